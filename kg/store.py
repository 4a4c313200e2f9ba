"""The persistent, embedded graph store: Oxigraph on disk, one named graph per document.

Layout of a store folder ``DIR``:

- ``DIR/kg-store.json``: the store format and the base IRI its graphs use;
- ``DIR/oxigraph/``: the Oxigraph (RocksDB) database.

Inside the database:

- each document's facts live in the named graph ``graph_iri(doc_id)``: its
  node, ``schema:mentions``, the direct triples and the statement nodes (the
  same triples :func:`kg.graph.build_dataset` puts there);
- the merged entity descriptions (type, ``rdfs:label``, ``skos:altLabel``) live
  in ``entities_graph_iri(base)``; they are recomputed for the entities a
  document touches whenever it is added, replaced or removed, so a label is
  the same whichever document is queried;
- the bookkeeping lives in ``<base>graph/_meta`` with the ``kgs:`` vocabulary:
  each document's content hash and extraction record (JSON, without the text)
  and, per entity, the tally of types, names and surface forms over all
  documents, from which its description is recomputed without re-extraction.

Removing a document (its graph, bookkeeping and its share of the entity
descriptions) is one SPARQL update, which Oxigraph applies in one transaction.
New and changed documents go in by batches: a changed document's old graph and
bookkeeping are dropped, the graphs go in by Oxigraph's bulk loader, then the
bookkeeping in one transaction, which is the point at which the batch counts
as stored; their entity descriptions are merged at the end, under a marker. A build killed at any point leaves a store that the next
writable open repairs (graphs without bookkeeping are dropped, descriptions
recomputed from the records), and re-running the build completes the job
(unchanged documents are skipped by hash).

>>> import tempfile
>>> from kg.types import Entity, Extraction
>>> with KGStore(tempfile.mkdtemp() + "/s") as st:
...     st.add(Extraction("d1", entities=(Entity("华为", "Company", "http://kg.example.org/resource/entity/t"),)))
'added'
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import SKOS, DefinedNamespace, Namespace

from kg import EXTRACTOR_VERSION, turtle
from kg.errors import KGError
from kg.graph import relation_typed_ends
from kg.iris import DEFAULT_BASE, document_iri, entities_graph_iri, graph_iri, normalize_base
from kg.ontology import KG
from kg.types import ENTITY_TYPES, RELATION_TYPE_WEIGHT, RELATION_TYPES, Document, Extraction

__all__ = [
    "DEFAULT_STORE",
    "KGS",
    "KGStore",
    "StoreError",
    "StoreStats",
    "meta_graph_iri",
    "to_ox",
    "from_ox",
]

#: Where ``kg build``, ``kg query``, ``kg serve``, ``kg stats`` and ``kg remove``
#: find the store when no ``--store`` is given (``$KG_STORE`` overrides it).
DEFAULT_STORE = Path(".kg") / "store"

_FORMAT = 1
_TYPE_RANK = {t: i for i, t in enumerate(ENTITY_TYPES)}
_SCHEMA_MENTIONS = ox.NamedNode("https://schema.org/mentions")


class KGS(DefinedNamespace):
    """Bookkeeping terms of the store (``http://kg.example.org/store#``); never in graph.ttl."""

    _NS = Namespace("http://kg.example.org/store#")
    _fail = True

    contentHash: URIRef  # SHA-256 of what a document's graph was built from.
    record: URIRef  # The document's extraction record and metadata, as JSON.
    tally: URIRef  # Per entity: weighted types, names and surface forms over all documents (JSON).
    pending: URIRef  # Set while new documents are going in; their entity descriptions are not merged yet.


class StoreError(KGError):
    """Raised when a store cannot be opened (missing, locked, another base IRI) or changed."""


def meta_graph_iri(base: str = DEFAULT_BASE) -> str:
    """IRI of the named graph holding the store's bookkeeping (hashes, records, tallies)."""
    return f"{normalize_base(base)}graph/_meta"


@lru_cache(maxsize=1 << 16)
def _named_node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def to_ox(term: Any) -> Any:
    """Convert an rdflib term to the pyoxigraph term."""
    if isinstance(term, URIRef):
        return _named_node(str(term))  # IRIs repeat (predicates, classes, entities): made once
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store term {term!r}")


def from_ox(term: Any) -> Any:
    """Convert a pyoxigraph term to the rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"cannot convert term {term!r}")


@dataclass
class StoreStats:
    """What ``kg stats`` prints.

    Attributes:
        documents: Number of documents in the store.
        entities: Entities per class (``Company`` -> n).
        relations: Distinct direct facts per relation (``investedIn`` -> n).
        statements: Evidence-carrying statement nodes.
        quads: All quads, bookkeeping included.
        size_bytes: Size of the store folder on disk.
    """

    documents: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    statements: int = 0
    quads: int = 0
    size_bytes: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "entities": self.entities,
            "relations": self.relations,
            "statements": self.statements,
            "quads": self.quads,
            "size_bytes": self.size_bytes,
        }


Tally = dict[str, dict[str, int]]  # "types" / "names" / "surface" -> value -> weight


def _tally_of(ex: Extraction) -> dict[str, Tally]:
    """One document's contribution to each entity's description (as ``kg.graph`` weighs it)."""
    out: dict[str, Tally] = {}
    for ent in ex.entities:
        acc = out.get(ent.iri)
        if acc is None:
            acc = out[ent.iri] = {"types": {}, "names": {}, "surface": {}}
        weight = max(1, len(ent.mentions))
        types, names, surface = acc["types"], acc["names"], acc["surface"]
        types[ent.type] = types.get(ent.type, 0) + weight
        names[ent.name] = names.get(ent.name, 0) + weight
        for form in {*ent.aliases, *(m.text for m in ent.mentions)}:
            surface[form] = surface.get(form, 0) + 1
    for iri, etype in relation_typed_ends(ex):  # as kg.graph weighs them
        types = out[iri]["types"]
        types[etype] = types.get(etype, 0) + RELATION_TYPE_WEIGHT
    return out


def _merge_tally(total: Tally, part: Tally, sign: int) -> None:
    for key in ("types", "names", "surface"):
        c = total.get(key)
        if c is None:
            c = total[key] = {}
        for k, v in part.get(key, {}).items():
            n = c.get(k, 0) + sign * v
            if n > 0:
                c[k] = n
            else:
                c.pop(k, None)


def _description(iri: str, tally: Tally) -> list[tuple[Any, Any, Any]]:
    """Type, label and alternative labels of one entity (the rules of ``kg.graph``)."""
    types, names, surface = tally.get("types", {}), tally.get("names", {}), tally.get("surface", {})
    if not types or not names:
        return []
    node = URIRef(iri)
    etype = min(types, key=lambda t: (-types[t], _TYPE_RANK.get(t, 99)))
    label = min(names, key=lambda n: (-names[n], n))
    triples: list[tuple[Any, Any, Any]] = [(node, RDF.type, KG[etype]), (node, RDFS.label, Literal(label, lang="zh"))]
    for alt in sorted((set(names) | set(surface)) - {label}):
        if alt.strip():
            triples.append((node, SKOS.altLabel, Literal(alt, lang="zh")))
    return triples


def _record_text(ex: Extraction, document: Document | None) -> str:
    """The bookkeeping record of a document (JSON): its extraction and metadata, without the text."""
    return json.dumps({"extraction": ex.to_json(), "document": _doc_meta(document)}, ensure_ascii=False)


def _hash(record_text: str, min_confidence: float) -> str:
    """The content hash of a document's graph: what it was built from, and how."""
    payload = f"{EXTRACTOR_VERSION}\n{min_confidence!r}\n{record_text}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _quad_text(q: ox.Quad) -> str:
    # pyoxigraph's str() of a term is its escaped N-Triples form, so no text is spliced raw
    return f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"


class KGStore:
    """A kg store folder: an embedded Oxigraph database plus its settings.

    Use it as a context manager; ``read_only=True`` opens an existing store
    for queries without taking the writer's lock.

    Args:
        path: The store folder (created on a writable open).
        read_only: Open for queries only; the store must exist.
        base: Base IRI of the data. A new store records it; an existing one
            must have been built with the same base.

    Raises:
        StoreError: The store is missing (read-only), locked by another
            process, or uses another base IRI.
    """

    def __init__(
        self, path: str | os.PathLike[str] = DEFAULT_STORE, *, read_only: bool = False, base: str | None = None
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        settings = self.path / "kg-store.json"
        if settings.is_file():
            try:
                conf = json.loads(settings.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise StoreError(f"{settings}: unreadable store settings ({exc})") from exc
            if base is not None and normalize_base(base) != conf.get("base"):
                raise StoreError(
                    f"store {self.path} uses base IRI {conf.get('base')}; pass --base-iri {conf.get('base')} "
                    "or use another --store"
                )
            self.base = str(conf.get("base", DEFAULT_BASE))
        elif read_only:
            raise StoreError(f"no kg store at {self.path}; build one with: kg build INPUT... --store {self.path}")
        else:
            self.base = normalize_base(base or DEFAULT_BASE)
            self.path.mkdir(parents=True, exist_ok=True)
            from kg.fsutil import atomic_write

            with atomic_write(settings) as fh:
                json.dump({"format": _FORMAT, "base": self.base}, fh)
        db = str(self.path / "oxigraph")
        try:
            self._db = ox.Store.read_only(db) if read_only else ox.Store(db)
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"store {self.path} is in use by another process (a running kg build?); try again when it ends"
                ) from exc
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        self.meta = ox.NamedNode(meta_graph_iri(self.base))
        self.entities = ox.NamedNode(entities_graph_iri(self.base))
        self._pending = ox.Quad(self.meta, ox.NamedNode(str(KGS.pending)), ox.Literal("true"), self.meta)
        if not read_only and self._pending in self._db:  # a build was stopped before it finished
            self._drop_orphan_graphs()
            self._recompute_entities()

    # ------------------------------------------------------------ lifecycle

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the database (and its lock)."""
        db = getattr(self, "_db", None)
        if db is not None:
            if not self.read_only:
                db.flush()
            self._db = None
            del db

    @property
    def db(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        if self._db is None:
            raise StoreError(f"store {self.path} is closed")
        return self._db

    # ------------------------------------------------------------ documents

    def documents(self) -> list[str]:
        """Ids of the stored documents, sorted."""
        return sorted(self._doc_ids().values())

    def _doc_ids(self) -> dict[str, str]:
        """document IRI -> id, from the bookkeeping graph."""
        out = {}
        for q in self.db.quads_for_pattern(None, ox.NamedNode(str(KGS.record)), None, self.meta):
            out[q.subject.value] = json.loads(q.object.value)["extraction"]["id"]
        return out

    def content_hash(self, doc_id: str) -> str | None:
        """The stored content hash of ``doc_id``, or ``None`` when it is not stored."""
        doc = ox.NamedNode(document_iri(doc_id, self.base))
        for q in self.db.quads_for_pattern(doc, ox.NamedNode(str(KGS.contentHash)), None, self.meta):
            return str(q.object.value)
        return None

    def record(self, doc_id: str) -> Extraction | None:
        """The stored extraction record of ``doc_id`` (no re-extraction needed), or ``None``."""
        raw = self._raw_record(doc_id)
        return Extraction.from_json(raw["extraction"]) if raw else None

    def _raw_record(self, doc_id: str) -> dict[str, Any] | None:
        doc = ox.NamedNode(document_iri(doc_id, self.base))
        for q in self.db.quads_for_pattern(doc, ox.NamedNode(str(KGS.record)), None, self.meta):
            return json.loads(q.object.value)
        return None

    def add(self, extraction: Extraction, document: Document | None = None, *, min_confidence: float = 0.0) -> str:
        """Add or replace one document in one transaction.

        Args:
            extraction: The document's record (entity IRIs already canonical).
            document: Its metadata (title, date, url); the text is not stored.
            min_confidence: Relations below it are left out of the graph.

        Returns:
            ``"added"``, ``"replaced"`` or ``"unchanged"`` (nothing written).

        Raises:
            StoreError: The store is read-only.
            kg.errors.InputError: The record is malformed.
        """
        counts = self.add_many([extraction], {extraction.doc_id: document} if document else None,
                               min_confidence=min_confidence)
        return next(iter(counts))

    def add_many(
        self,
        extractions: Iterable[Extraction],
        documents: Mapping[str, Document] | None = None,
        *,
        min_confidence: float = 0.0,
        on_each: Callable[[str, str], None] | None = None,
        batch: int = 256,
        triples: Sequence[Sequence[tuple[Any, Any, Any]]] | None = None,
    ) -> Counter[str]:
        """Add documents; returns counts of added/replaced/unchanged.

        New and changed documents go in ``batch`` at a time: a changed
        document's old graph and bookkeeping are dropped first (one update per
        batch), the batch's graphs are bulk-loaded, and its bookkeeping is
        committed in one transaction, which is the moment the batch counts as
        stored. Their share of the entity descriptions is merged once at the
        end. While a call is under way the store carries a marker, and opening
        it for writing after a crash drops graphs without bookkeeping and
        rebuilds every entity description from the stored records, so a build
        killed mid-way leaves a usable store and the re-run completes it (a
        changed document caught in between is then missing, and added again).
        ``on_each(doc_id, outcome)`` is called after each document's batch is
        committed. A batch is loaded by a second thread (Oxigraph does not
        hold the GIL) while this one formats the next batch; one batch at most
        is in flight, and its load ends before the next batch's old graphs are
        dropped.

        ``triples``, when given, holds each record's own triples in the order
        of ``extractions``, as :func:`kg.graph.graph_parts` returns them for
        the same records, documents and ``min_confidence`` (a caller that has
        them saves computing them again).
        """
        self._writable()
        counts: Counter[str] = Counter()
        documents = documents or {}
        # (doc_id, extraction, document, record text, digest, its triples or None, old raw record or None)
        fresh: list[tuple[str, Extraction, Document | None, str, str, Any, Any]] = []
        delta: dict[str, list[tuple[Tally, int]]] = {}
        outcomes: list[tuple[str, str]] = []
        # A batch's graphs and bookkeeping are written by one loader thread (Oxigraph
        # releases the GIL), while this thread formats the next batch's N-Quads.
        loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-store-load")
        loading: tuple[Future[None], list[tuple[str, str]]] | None = None

        def report(done: list[tuple[str, str]]) -> None:
            for doc_id, outcome in done:
                counts[outcome] += 1
                if on_each is not None:
                    on_each(doc_id, outcome)

        def settle() -> None:
            """Wait for the batch being loaded; then its documents count as stored."""
            nonlocal loading
            if loading is not None:
                job, done = loading
                loading = None
                try:
                    job.result()  # a failed load raises here
                finally:
                    job = None  # no cycle through the failed load's traceback: it would keep the database open
                report(done)

        def flush_fresh() -> None:
            nonlocal loading
            lines: list[str] = []  # N-Quads text: Oxigraph parses it faster than Python builds Quad objects
            books: list[ox.Quad] = []
            graphs = [graph_iri(d, self.base) for d, *_ in fresh]
            for (doc_id, ex, document, record, digest, part, _old), g in zip(fresh, graphs, strict=True):
                doc = ox.NamedNode(document_iri(doc_id, self.base))
                lines.append(turtle.nquads(self._graph_of(ex, document, min_confidence, part), g, nq))
                books.append(ox.Quad(doc, ox.NamedNode(str(KGS.contentHash)), ox.Literal(digest), self.meta))
                books.append(
                    ox.Quad(doc, ox.NamedNode(str(KGS.record)), ox.Literal(record), self.meta)
                )
                for iri, tally in _tally_of(ex).items():
                    delta.setdefault(iri, []).append((tally, +1))
            settle()  # the previous batch is in before this one's graphs are emptied
            done = outcomes[:]
            outcomes.clear()
            if not fresh:
                report(done)  # unchanged documents only
                return
            if self._pending not in self.db:
                self.db.extend([self._pending])
            # emptied first: the old version of a changed document, or a graph a crash left without bookkeeping
            ops = [f"DROP SILENT GRAPH <{g}>" for g in graphs]
            for doc_id, *_, old in fresh:
                if old is not None:
                    doc = document_iri(doc_id, self.base)
                    ops.append(f"DELETE WHERE {{ GRAPH {self.meta} {{ <{doc}> ?p ?o }} }}")
                    for iri, tally in _tally_of(Extraction.from_json(old["extraction"])).items():
                        delta.setdefault(iri, []).append((tally, -1))
            self.db.update(" ;\n".join(ops))
            data = "".join(lines).encode("utf-8")
            fresh.clear()

            def load() -> None:
                # The graphs go in by Oxigraph's bulk loader (several times faster than a
                # transaction, but not atomic); the bookkeeping, committed after them in one
                # transaction, is what makes the documents part of the store. A crash in
                # between leaves graphs without bookkeeping, which the next open drops.
                self.db.bulk_load(data, ox.RdfFormat.N_QUADS)
                self.db.extend(books)

            loading = (loader.submit(load), done)

        nq = turtle.nquads_formatter()
        try:
            had_tallies = next(self.db.quads_for_pattern(None, ox.NamedNode(str(KGS.tally)), None, self.meta), None) is not None
            seen: set[str] = set()
            for i, ex in enumerate(extractions):
                part = triples[i] if triples is not None else None
                if ex.doc_id in seen:  # a later copy of a document in the same call replaces the earlier one
                    flush_fresh()
                    settle()
                seen.add(ex.doc_id)
                document = documents.get(ex.doc_id)
                record = _record_text(ex, document)
                digest = _hash(record, min_confidence)
                old = self._raw_record(ex.doc_id)
                if old is not None and self.content_hash(ex.doc_id) == digest:
                    outcomes.append((ex.doc_id, "unchanged"))
                else:
                    fresh.append((ex.doc_id, ex, document, record, digest, part, old))
                    outcomes.append((ex.doc_id, "added" if old is None else "replaced"))
                if len(fresh) >= batch:
                    flush_fresh()
            flush_fresh()
            # the descriptions are worked out while the last batch loads, and written after it
            self._merge_entities(delta, had_tallies, ready=settle)
        finally:
            loader.shutdown(wait=True)  # never leave a load running behind an error
        return counts

    def _merge_entities(
        self, delta: dict[str, list[tuple[Tally, int]]], had_tallies: bool = True, ready: Callable[[], None] = lambda: None
    ) -> None:
        """Fold pending tally changes into the stored tallies and descriptions.

        Entities the store already describes are updated in one SPARQL update;
        new ones (all of them when the store ``had_tallies`` for none before)
        go in by the bulk loader. Both happen under the pending marker, so a
        crash part-way is repaired by the next open. ``ready()`` is called
        once the changes are worked out, before anything is written.
        """
        known: dict[str, list[tuple[Tally, int]]] = {}
        lines: list[str] = []
        if delta:
            tally_p = ox.NamedNode(str(KGS.tally))
            nq = turtle.nquads_formatter()
            meta, ents = self.meta.value, self.entities.value
            for iri in sorted(delta):
                if had_tallies and next(self.db.quads_for_pattern(ox.NamedNode(iri), tally_p, None, self.meta), None):
                    known[iri] = delta[iri]
                    continue
                total: Tally = {}
                for part, sign in delta[iri]:
                    _merge_tally(total, part, sign)
                if total.get("types"):
                    text = json.dumps({k: dict(sorted(v.items())) for k, v in total.items()}, ensure_ascii=False)
                    lines.append(turtle.nquads([(URIRef(iri), KGS.tally, Literal(text))], meta, nq))
                    lines.append(turtle.nquads(_description(iri, total), ents, nq))
        ready()
        if known:
            self._apply([], 0.0, known)
        if lines:
            try:
                self.db.bulk_load("".join(lines).encode("utf-8"), ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError, ValueError) as exc:
                raise StoreError(f"store {self.path}: could not write the entity descriptions: {exc}") from exc
        delta.clear()
        if self._pending in self.db:
            self.db.remove(self._pending)

    def _drop_orphan_graphs(self) -> None:
        """Drop document graphs whose bookkeeping never committed (a bulk load cut short)."""
        recorded = {
            doc_id_of(q.subject.value)
            for q in self.db.quads_for_pattern(None, ox.NamedNode(str(KGS.record)), None, self.meta)
        }
        prefix = f"{self.base}graph/"
        orphans = [
            g for g in self.db.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)
            and g not in (self.meta, self.entities) and doc_id_of(g.value) not in recorded
        ]
        if orphans:
            self.db.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in orphans))

    def _recompute_entities(self) -> None:
        """Rebuild every tally and entity description from the stored records."""
        tallies: dict[str, Tally] = {}
        for q in self.db.quads_for_pattern(None, ox.NamedNode(str(KGS.record)), None, self.meta):
            ex = Extraction.from_json(json.loads(q.object.value)["extraction"])
            for iri, part in _tally_of(ex).items():
                _merge_tally(tallies.setdefault(iri, {}), part, +1)
        tally_p = ox.NamedNode(str(KGS.tally))
        old = list(self.db.quads_for_pattern(None, tally_p, None, self.meta))
        ops = [f"CLEAR SILENT GRAPH {self.entities}"]
        if old:
            ops.append("DELETE DATA { " + " ".join(_quad_text(q) for q in old) + " }")
        self.db.update(" ;\n".join(ops))
        quads: list[ox.Quad] = []
        for iri, total in sorted(tallies.items()):
            node = ox.NamedNode(iri)
            text = json.dumps({k: dict(sorted(v.items())) for k, v in total.items()}, ensure_ascii=False)
            quads.append(ox.Quad(node, tally_p, ox.Literal(text), self.meta))
            quads.extend(ox.Quad(*map(to_ox, t), self.entities) for t in _description(iri, total))
        self.db.extend(quads)
        self.db.remove(self._pending)

    def remove(self, doc_id: str) -> bool:
        """Take a document out (its graph, bookkeeping and share of entity descriptions).

        Returns:
            ``False`` when the document was not in the store.
        """
        self._writable()
        old = self._raw_record(doc_id)
        if old is None:
            return False
        self._apply([(doc_id, old, None, None, None, None, None)], 0.0)
        return True

    def _graph_of(
        self, ex: Extraction, document: Document | None, min_confidence: float, part: Sequence[tuple] | None
    ) -> Sequence[tuple[Any, Any, Any]]:
        """The rdflib triples of a record's named graph (``part``, when the caller has them)."""
        if part is None:
            return _document_triples(ex, document, self.base, min_confidence)
        return part

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")

    def _apply(
        self,
        changes: list[tuple[str, Any, Extraction | None, Document | None, Any, Any, Any]],
        min_confidence: float,
        pending: dict[str, list[tuple[Tally, int]]] | None = None,
    ) -> None:
        """Replace some documents' graphs, bookkeeping and entity descriptions in one update.

        Each change is ``(doc_id, old raw record or None, new extraction or None,
        document, new raw record, digest, the new record's triples or None)``.
        """
        db = self.db
        tally_p = ox.NamedNode(str(KGS.tally))
        ops: list[str] = []
        deletes: list[ox.Quad] = []
        inserts: list[ox.Quad] = []
        delta: dict[str, list[tuple[Tally, int]]] = {k: list(v) for k, v in (pending or {}).items()}
        for doc_id, old, new, document, record, digest, triples in changes:
            g = ox.NamedNode(graph_iri(doc_id, self.base))
            doc = ox.NamedNode(document_iri(doc_id, self.base))
            deletes.extend(db.quads_for_pattern(doc, None, None, self.meta))
            if old:
                ops.append(f"DROP SILENT GRAPH {g}")
                for iri, part in _tally_of(Extraction.from_json(old["extraction"])).items():
                    delta.setdefault(iri, []).append((part, -1))
            if new is not None:
                for iri, part in _tally_of(new).items():
                    delta.setdefault(iri, []).append((part, +1))
                inserts.extend(ox.Quad(*_to_ox_triple(t), g) for t in self._graph_of(new, document, min_confidence, triples))
                inserts.append(ox.Quad(doc, ox.NamedNode(str(KGS.contentHash)), ox.Literal(str(digest)), self.meta))
                inserts.append(
                    ox.Quad(doc, ox.NamedNode(str(KGS.record)), ox.Literal(record), self.meta)
                )
        for iri in sorted(delta):
            node = ox.NamedNode(iri)
            total: Tally = {}
            for q in db.quads_for_pattern(node, tally_p, None, self.meta):
                deletes.append(q)
                total = {k: dict(v) for k, v in json.loads(q.object.value).items()}
            deletes.extend(db.quads_for_pattern(node, None, None, self.entities))
            for part, sign in delta[iri]:
                _merge_tally(total, part, sign)
            if total.get("types"):
                text = json.dumps({k: dict(sorted(v.items())) for k, v in total.items()}, ensure_ascii=False)
                inserts.append(ox.Quad(node, tally_p, ox.Literal(text), self.meta))
                inserts.extend(ox.Quad(*map(to_ox, t), self.entities) for t in _description(iri, total))
        try:
            if not ops and not deletes:  # nothing to take out: one binary transaction
                db.extend(inserts)
                return
            if deletes:
                ops.append("DELETE DATA { " + " ".join(_quad_text(q) for q in deletes) + " }")
            if inserts:
                ops.append("INSERT DATA { " + " ".join(_quad_text(q) for q in inserts) + " }")
            db.update(" ;\n".join(ops))
        except (OSError, SyntaxError, ValueError) as exc:
            what = ", ".join(repr(c[0]) for c in changes[:3]) or "the entity descriptions"
            raise StoreError(f"store {self.path}: could not write {what}: {exc}") from exc

    def bulk_load(
        self,
        extractions: Iterable[Extraction],
        documents: Mapping[str, Document] | None = None,
        *,
        min_confidence: float = 0.0,
    ) -> int:
        """Fill an empty store fast (no transactions; for benchmarks and first loads).

        A bulk load that is interrupted leaves a store to delete, unlike
        :meth:`add`. Returns the number of documents loaded.

        Raises:
            StoreError: The store is not empty or is read-only.
        """
        self._writable()
        if len(self.db):
            raise StoreError(f"store {self.path} is not empty; bulk_load needs an empty store")
        documents = documents or {}
        tallies: dict[str, Tally] = {}
        n = 0

        def quads() -> Iterator[ox.Quad]:
            nonlocal n
            for ex in extractions:
                n += 1
                doc = documents.get(ex.doc_id)
                g = ox.NamedNode(graph_iri(ex.doc_id, self.base))
                d = ox.NamedNode(document_iri(ex.doc_id, self.base))
                record = _record_text(ex, doc)
                for t in _document_triples(ex, doc, self.base, min_confidence):
                    yield ox.Quad(*_to_ox_triple(t), g)
                yield ox.Quad(d, ox.NamedNode(str(KGS.contentHash)), ox.Literal(_hash(record, min_confidence)), self.meta)
                yield ox.Quad(d, ox.NamedNode(str(KGS.record)), ox.Literal(record), self.meta)
                for iri, part in _tally_of(ex).items():
                    _merge_tally(tallies.setdefault(iri, {}), part, +1)
            for iri, total in tallies.items():
                node = ox.NamedNode(iri)
                text = json.dumps({k: dict(v) for k, v in total.items()}, ensure_ascii=False)
                yield ox.Quad(node, ox.NamedNode(str(KGS.tally)), ox.Literal(text), self.meta)
                for t in _description(iri, total):
                    yield ox.Quad(*map(to_ox, t), self.entities)

        self.db.bulk_extend(quads())
        self.db.flush()
        return n

    # ------------------------------------------------------------ reading

    def query(self, sparql: str, substitutions: Mapping[str, Any] | None = None) -> Any:
        """Run SPARQL over the union of all graphs (see :mod:`kg.query` for errors and output).

        Args:
            sparql: The query text.
            substitutions: ``variable name -> pyoxigraph term``, bound as values.
        """
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        return self.db.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)

    def union_graph(self) -> Graph:
        """The document and entity graphs merged into one rdflib ``Graph`` (no bookkeeping).

        Its triples equal :func:`kg.graph.build_graph` of the stored records.
        """
        from kg.graph import new_graph

        graph = new_graph(self.base)
        for q in self.db.quads_for_pattern(None, None, None, None):
            if q.graph_name == self.meta or isinstance(q.graph_name, ox.DefaultGraph):
                continue
            graph.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return graph

    def rdflib_dataset(self) -> Any:
        """An ``rdflib.Dataset`` over this store (through ``oxrdflib``), for rdflib's API."""
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        return Dataset(store=OxigraphStore(store=self.db))

    def label(self, iri: str) -> str | None:
        """The ``rdfs:label`` of an entity, or ``None``."""
        node = ox.NamedNode(iri)
        for q in self.db.quads_for_pattern(node, ox.NamedNode(str(RDFS.label)), None, self.entities):
            return str(q.object.value)
        return None

    def stats(self) -> StoreStats:
        """Counts per class and relation, documents, statements and size on disk."""
        db = self.db
        st = StoreStats(documents=sum(1 for _ in db.quads_for_pattern(None, ox.NamedNode(str(KGS.record)), None, self.meta)))
        rdf_type = ox.NamedNode(str(RDF.type))
        for t in ENTITY_TYPES:
            st.entities[t] = sum(1 for _ in db.quads_for_pattern(None, rdf_type, ox.NamedNode(str(KG[t])), self.entities))
        for r in RELATION_TYPES:
            facts = {(q.subject, q.object) for q in db.quads_for_pattern(None, ox.NamedNode(str(KG[r])), None, None)}
            st.relations[r] = len(facts)
        st.statements = sum(1 for _ in db.quads_for_pattern(None, rdf_type, ox.NamedNode(str(KG.Statement)), None))
        st.quads = len(db)
        st.size_bytes = sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())
        return st


def _doc_meta(document: Document | None) -> dict[str, Any]:
    if document is None:
        return {}
    return {k: v for k, v in (("title", document.title), ("date", document.date), ("url", document.url)) if v}


def _document_triples(
    ex: Extraction, document: Document | None, base: str, min_confidence: float
) -> list[tuple[Any, Any, Any]]:
    """The (rdflib) triples of one document's named graph: its part of ``build_graph``, without entity descriptions."""
    from kg.graph import graph_parts

    docs = {ex.doc_id: document} if document is not None else {}
    (part,), _ = graph_parts([ex], docs, base=base, min_confidence=min_confidence)
    return part


def _to_ox_triple(t: tuple[Any, Any, Any]) -> tuple[Any, Any, Any]:
    return to_ox(t[0]), to_ox(t[1]), to_ox(t[2])


def doc_id_of(iri: str) -> str:
    """The document id encoded in a document or graph IRI."""
    return unquote(iri.rsplit("/", 1)[-1])
