"""Deterministic IRIs for entities, documents and statements.

IRIs are ASCII-only (names are percent-encoded), so every store and parser
accepts them; the readable name lives in ``rdfs:label``.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

__all__ = [
    "DEFAULT_BASE",
    "entity_iri",
    "document_iri",
    "graph_iri",
    "entities_graph_iri",
    "statement_iri",
    "normalize_base",
    "check_base",
]

#: Default base IRI of the data (``--base-iri`` overrides it).
DEFAULT_BASE = "http://kg.example.org/resource/"


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def check_base(base: str) -> str:
    """Return ``base`` if it can start every IRI kg writes, else raise ``ValueError`` saying why.

    >>> check_base("http://kg.example.org/resource/")
    'http://kg.example.org/resource/'
    >>> check_base("http://x y/")
    Traceback (most recent call last):
    ValueError: 'http://x y/' is not an absolute IRI: it holds ' ' (spaces and <>"{}|^`\\ are not allowed)
    """
    bad = _IRI_FORBIDDEN.search(base)
    if bad:
        raise ValueError(f"{base!r} is not an absolute IRI: it holds {bad.group()!r} (spaces and <>\"{{}}|^`\\ are not allowed)")
    if not _SCHEME.match(base):
        raise ValueError(f"{base!r} is not an absolute IRI: it needs a scheme, such as http://")
    return base


def normalize_base(base: str) -> str:
    """Return ``base`` ending with ``/`` or ``#``."""
    return base if base.endswith(("/", "#")) else base + "/"


@lru_cache(maxsize=1 << 17)  # names recur across documents and stages
def entity_iri(key: str, base: str = DEFAULT_BASE) -> str:
    """IRI of the canonical entity whose resolution key is ``key``.

    >>> entity_iri("华为")
    'http://kg.example.org/resource/entity/%E5%8D%8E%E4%B8%BA'
    """
    return f"{normalize_base(base)}entity/{quote(key, safe='')}"


def document_iri(doc_id: str, base: str = DEFAULT_BASE) -> str:
    """IRI of a document, derived from its id.

    >>> document_iri("seeds/a.txt")
    'http://kg.example.org/resource/doc/seeds%2Fa.txt'
    """
    return f"{normalize_base(base)}doc/{quote(doc_id, safe='')}"


def graph_iri(doc_id: str, base: str = DEFAULT_BASE) -> str:
    """IRI of the named graph that holds one document's facts.

    >>> graph_iri("seeds/a.txt")
    'http://kg.example.org/resource/graph/seeds%2Fa.txt'
    """
    return f"{normalize_base(base)}graph/{quote(doc_id, safe='')}"


def entities_graph_iri(base: str = DEFAULT_BASE) -> str:
    """IRI of the named graph that holds the merged entity descriptions (type, labels)."""
    return f"{normalize_base(base)}graph/_entities"


def statement_iri(*parts: object, base: str = DEFAULT_BASE) -> str:
    """IRI of a statement node: a stable hash of what identifies the fact and its evidence."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]
    return f"{normalize_base(base)}stmt/{digest}"
