"""Read input paths (files, directories, globs, ``-`` for stdin) into Documents.

Formats go by extension: ``.txt``/``.md`` (and any other explicitly named file)
are one plain-text document per file, ``.html``/``.htm`` give their main text,
``.jsonl`` gives one document per line. Encodings are detected, newlines are
normalised to ``\\n`` and page boilerplate is removed, so ``Document.text`` is
the cleaned text that offsets index into.
"""

from __future__ import annotations

import codecs
import glob
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO

from kg.boilerplate import strip_boilerplate
from kg.errors import InputError
from kg.types import Document

__all__ = ["KNOWN_EXTENSIONS", "read_documents", "expand_inputs", "decode_bytes"]

#: Extensions picked up when a directory is expanded.
KNOWN_EXTENSIONS: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".jsonl"})

STDIN = "<stdin>"
_HTML = frozenset({".html", ".htm"})
_GLOB_MAGIC = re.compile(r"[*?[]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that never occur in text (tab, newlines, form feed and ESC do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"
_MAX_CONTROL_RATIO = 0.05
_MIN_TEXT_RATIO = 0.95
_SAMPLE_CHARS = 5000
_MIN_COMMON_HANZI = 0.8
_DROP_TAGS = ("script", "style", "nav", "aside", "form", "noscript", "template", "iframe", "svg")
_BLOCK_TAGS = tuple(
    "address article blockquote caption dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main ol p pre section table tr ul".split()
)

OnProblem = Callable[[InputError], None]


def read_documents(
    inputs: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    on_problem: OnProblem | None = None,
) -> Iterator[Document]:
    """Read every document of ``inputs``, in input order.

    Inputs are expanded at once (see :func:`expand_inputs`), so a missing path
    raises before any document is read; files are read lazily.

    Args:
        inputs: File paths, directories, glob patterns, or ``"-"`` for stdin.
        stdin: Binary stream read for ``"-"``; defaults to ``sys.stdin.buffer``.
        on_problem: Called with the :class:`InputError` of each unreadable file
            or malformed JSONL line, after which reading goes on. When ``None``,
            the error is raised instead.

    Returns:
        An iterator of :class:`Document`.

    Raises:
        InputError: For a missing path, or a bad input when ``on_problem`` is None.
    """
    paths = expand_inputs(inputs)

    def report(error: InputError) -> None:
        if on_problem is None:
            raise error
        on_problem(error)

    def generate() -> Iterator[Document]:
        for path in paths:
            source = STDIN if path == "-" else path
            try:
                text = _read_text(path, stdin)
                if _extension(path) == ".jsonl" or (path == "-" and _is_jsonl(text)):
                    documents = _read_jsonl(source, text, report)
                else:
                    documents = iter([_single_document(source, text, _extension(path) in _HTML)])
            except InputError as exc:
                report(exc)
                continue
            yield from documents

    return generate()


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Expand input arguments into a list of file paths (and ``"-"``).

    Directories are walked recursively for files with a known extension,
    skipping hidden files and directories; glob patterns are expanded. Matches
    of one directory or glob are sorted; the inputs keep their order, and a
    path met twice is kept at its first place only.

    Args:
        inputs: File paths, directories, glob patterns, or ``"-"`` for stdin.

    Returns:
        The paths, as given or joined onto the given directory.

    Raises:
        InputError: ``"no such file or directory"`` for a missing path or a glob
            matching nothing.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = path if path == "-" else os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            out.append(path)

    for item in inputs:
        if item == "-" or os.path.isfile(item):
            add(item)
        elif os.path.isdir(item):
            for path in _walk(item):
                add(path)
        elif _GLOB_MAGIC.search(item) and (matches := sorted(glob.glob(item, recursive=True))):
            for match in matches:
                for path in _walk(match) if os.path.isdir(match) else (match,):
                    add(path)
        else:
            raise InputError(item, "no such file or directory")
    return out


def decode_bytes(data: bytes, source: str) -> str:
    """Decode file contents to text, detecting the encoding.

    Tries a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8, then
    GB18030 (a superset of GBK) when the result looks like text, then
    charset_normalizer's best guess. Newlines are normalised to ``\\n``.

    Args:
        data: The raw bytes.
        source: The file name, for error messages.

    Returns:
        The decoded text, without BOM.

    Raises:
        InputError: For binary data, undecodable data, or an empty document.
    """
    text = _decode(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "empty document")
    return text


def _decode(data: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"cannot decode as {encoding}: {exc.reason}") from None
    if not data.strip():
        return ""
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if b"\0" in data or controls > _MAX_CONTROL_RATIO * len(data):
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if _looks_like_text(text, cjk=True) and _mostly_common_hanzi(text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and _looks_like_text(text := str(best), cjk=False):
        return text
    raise InputError(source, "cannot decode: not UTF-8, UTF-16 or GB18030 text")


def _looks_like_text(text: str, *, cjk: bool) -> bool:
    """Whether nearly all characters are printable (common CJK ones, with ``cjk``)."""
    if not text:
        return True

    def ok(ch: str) -> bool:
        if ch.isascii():
            return ch.isprintable() or ch in "\t\n\r\f\v\x1b"
        if cjk:
            # CJK ideographs, CJK/full-width punctuation, general punctuation.
            return (
                "\u4e00" <= ch <= "\u9fff"
                or "\u3000" <= ch <= "\u303f"
                or "\uff00" <= ch <= "\uffef"
                or "\u2000" <= ch <= "\u206f"
            )
        return unicodedata.category(ch) not in ("Cc", "Co", "Cn", "Cs") and ch != "\ufffd"

    return sum(map(ok, text)) >= _MIN_TEXT_RATIO * len(text)


def _mostly_common_hanzi(text: str) -> bool:
    """Whether most ideographs are among GB2312's 3755 most common ones.

    Big5 or Shift_JIS bytes read as GB18030 give valid but rare characters.
    """
    hanzi = [ch for ch in text[:_SAMPLE_CHARS] if "\u4e00" <= ch <= "\u9fff"]
    common = 0
    for ch in hanzi:
        try:
            common += 0xB0 <= ch.encode("gb2312")[0] <= 0xD7  # GB2312 level-1 rows
        except UnicodeEncodeError:
            pass
    return common >= _MIN_COMMON_HANZI * len(hanzi)


def _walk(root: str) -> list[str]:
    """Files with a known extension under ``root``, hidden ones skipped, sorted."""
    found: list[tuple[tuple[str, ...], str]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and _extension(name) in KNOWN_EXTENSIONS:
                path = os.path.join(dirpath, name)
                found.append((tuple(os.path.relpath(path, root).split(os.sep)), path))
    return [path for _, path in sorted(found)]


def _extension(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def _read_text(path: str, stdin: BinaryIO | None) -> str:
    """Read and decode one input (``"-"`` is stdin)."""
    if path == "-":
        return decode_bytes((stdin if stdin is not None else sys.stdin.buffer).read(), STDIN)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    return decode_bytes(data, path)


def _is_jsonl(text: str) -> bool:
    """Whether every non-blank line of ``text`` is a JSON object."""
    return all(_is_json_object(line) for line in text.split("\n") if line.strip())


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _single_document(source: str, text: str, html: bool) -> Document:
    """The one document of a plain-text or HTML input."""
    if html:
        title, body = _html_text(text)
        return _document(source, body, source, title=title)
    return _document(source, text, source)


def _document(
    doc_id: str, text: str, source: str, line: int | None = None, **meta: Any
) -> Document:
    """Build a Document from decoded text, removing page boilerplate."""
    cleaned = strip_boilerplate(text)
    if not cleaned.strip():
        raise InputError(source, "empty document after removing page boilerplate", line)
    return Document(id=doc_id, text=cleaned, source=source, **meta)


def _read_jsonl(source: str, text: str, report: OnProblem) -> Iterator[Document]:
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield _jsonl_record(source, lineno, line)
        except InputError as exc:
            report(exc)


def _jsonl_record(source: str, lineno: int, line: str) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"invalid JSON: {exc.msg} (column {exc.colno})", lineno) from None
    if not isinstance(record, dict):
        raise InputError(source, f"not a JSON object but {type(record).__name__}", lineno)
    text = record.get("text")
    if text is None:
        raise InputError(source, 'missing "text" field', lineno)
    if not isinstance(text, str):
        raise InputError(source, f'"text" must be a string, not {type(text).__name__}', lineno)
    if not text.strip():
        raise InputError(source, 'empty "text"', lineno)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    doc_id = record.get("id")
    meta = {
        key: None if record.get(key) is None else str(record[key])
        for key in ("title", "date", "url")
    }
    return _document(
        f"{source}#L{lineno}" if doc_id is None else str(doc_id), text, source, lineno, **meta
    )


def _html_text(html: str) -> tuple[str | None, str]:
    """The ``<title>`` and the main text of an HTML page, one block per line.

    Scripts, styles, navigation, asides, forms and the page's own header and
    footer are dropped; ``<article>`` (the longest) or ``<main>`` is preferred
    over the whole body. A header inside the article (its headline) is kept.
    """
    from bs4 import BeautifulSoup
    from bs4.element import PreformattedString

    soup = BeautifulSoup(html, "lxml")
    title = " ".join(soup.title.get_text().split()) if soup.title else None
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    articles = soup.find_all("article")
    if articles:
        root = max(articles, key=lambda a: len(a.get_text(strip=True)))
    else:
        root = soup.find("main") or soup.body or soup
    for tag in root.find_all(["header", "footer"]):
        if tag.name == "footer" or tag.find_parent(["article", "main"]) is None:
            tag.decompose()
    for node in root.find_all(string=True):
        if isinstance(node, PreformattedString):  # comments, doctype, CDATA ...
            node.extract()
        elif node.find_parent("pre") is None:
            node.replace_with(re.sub(r"\s+", " ", str(node)))
    for tag in root.find_all("br"):
        tag.replace_with("\n")
    for tag in root.find_all(["td", "th"]):
        tag.insert_after(" ")
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (line.strip() for line in root.get_text().split("\n"))
    return title or None, "\n".join(line for line in lines if line)
