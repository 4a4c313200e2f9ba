"""SPARQL over a kg store: named queries, bound parameters, syntax errors, output formats.

Named queries are the ``*.rq`` files of ``ontology/queries``. Each starts with
a comment header: its first lines describe it, and ``# @param NAME KIND
description`` lines declare its parameters. ``KIND`` is

- ``entity``: an entity name or alias (``华为``) or an IRI (``<http://…>``);
  the name is looked up among ``rdfs:label``/``skos:altLabel`` first;
- ``relation``: a relation name of the ontology (``investedIn``);
- ``string``: a plain literal.

Values are bound with Oxigraph's substitutions (SEP-0007), never spliced into
the query text, so a parameter is a projected variable of its query.

>>> q = named_queries()["investments"]
>>> [p.name for p in q.params]
['company']
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import ConfigError, KGError
from kg.ontology import KG
from kg.types import RELATION_TYPES

__all__ = [
    "QUERIES_PATH",
    "SELECT_FORMATS",
    "GRAPH_FORMATS",
    "Param",
    "NamedQuery",
    "QueryResult",
    "QuerySyntaxError",
    "named_queries",
    "bind_params",
    "run",
    "ResultTooLarge",
    "uses_service",
    "serialize",
    "format_table",
]

#: Folder of the named queries, relative to the repository root.
QUERIES_PATH: Path = Path(__file__).parents[1] / "ontology" / "queries"

#: ``--format`` of SELECT/ASK results -> pyoxigraph results format.
SELECT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}

#: ``--format`` of CONSTRUCT/DESCRIBE results -> pyoxigraph RDF format.
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}

_PARAM_KINDS = ("entity", "relation", "string")
_ERROR_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
_LABEL_LOOKUP = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity ?name WHERE { ?entity rdfs:label|skos:altLabel ?name }
"""


class ResultTooLarge(KGError):
    """Raised when an answer holds more rows (or triples) than the limit allows."""


class QuerySyntaxError(KGError):
    """Raised when a query (or update) is not valid SPARQL; carries the line and column."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        self.line, self.column, self.problem = line, column, message
        where = f" at line {line}, column {column}" if line is not None else ""
        super().__init__(f"SPARQL syntax error{where}: {message}")


@dataclass(frozen=True)
class Param:
    """One declared parameter of a named query."""

    name: str
    kind: str
    description: str


@dataclass(frozen=True)
class NamedQuery:
    """A shipped ``.rq`` file: name, description, parameters and text."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path


@dataclass
class QueryResult:
    """A query's answer, materialised.

    Attributes:
        kind: ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT/DESCRIBE).
        variables: Column names of a SELECT.
        rows: SELECT rows: one pyoxigraph term or ``None`` per column.
        boolean: The ASK answer.
        triples: CONSTRUCT/DESCRIBE triples (pyoxigraph).
    """

    kind: str
    variables: list[str]
    rows: list[list[Any]]
    boolean: bool | None = None
    triples: list[Any] | None = None


def named_queries(folder: str | Path | None = None) -> dict[str, NamedQuery]:
    """Read the named queries (``NAME.rq``) of ``folder`` (``QUERIES_PATH`` by default).

    Raises:
        ConfigError: A header declares a parameter of an unknown kind.
    """
    out = {}
    for path in sorted(Path(folder or QUERIES_PATH).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        desc: list[str] = []
        params: list[Param] = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            body = line.lstrip("#").strip()
            if body.startswith("@param"):
                bits = body.split(None, 3)
                if len(bits) < 3 or bits[2] not in _PARAM_KINDS:
                    raise ConfigError(f"{path}: '@param NAME KIND description' with KIND one of {', '.join(_PARAM_KINDS)}")
                params.append(Param(bits[1], bits[2], bits[3] if len(bits) > 3 else ""))
            elif body:
                desc.append(body)
        out[path.stem] = NamedQuery(path.stem, " ".join(desc), tuple(params), text, path)
    return out


def bind_params(store: Any, query: NamedQuery | None, pairs: Sequence[str]) -> list[dict[str, Any]]:
    """Turn ``NAME=VALUE`` pairs into substitution sets (one per matching entity combination).

    An entity name may name several entities; the query then runs once per
    entity. A name that matches no entity gives no substitution set (no rows).

    Args:
        store: An open :class:`kg.store.KGStore`.
        query: The named query whose parameters are bound (``None``: any
            variable, values taken as entity names or ``<IRI>``).
        pairs: ``NAME=VALUE`` strings.

    Raises:
        ConfigError: A pair is malformed, names an unknown parameter or an
            unknown relation.
    """
    kinds = {p.name: p.kind for p in query.params} if query else {}
    combos: list[dict[str, Any]] = [{}]
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name:
            raise ConfigError(f"--bind wants NAME=VALUE, got {pair!r}")
        if query is not None and name not in kinds:
            known = ", ".join(kinds) or "none"
            raise ConfigError(f"query {query.name!r} has no parameter {name!r} (parameters: {known})")
        terms = _terms(store, kinds.get(name, "entity"), value)
        combos = [dict(c, **{name: t}) for c in combos for t in terms]
    return combos


def _terms(store: Any, kind: str, value: str) -> list[Any]:
    if value.startswith("<") and value.endswith(">"):
        return [ox.NamedNode(value[1:-1])]
    if kind == "string":
        return [ox.Literal(value)]
    if kind == "relation":
        if value not in RELATION_TYPES:
            raise ConfigError(f"unknown relation {value!r}; one of {', '.join(RELATION_TYPES)}")
        return [ox.NamedNode(str(KG[value]))]
    found = []
    for lang in ("zh", None):
        lit = ox.Literal(value, language=lang) if lang else ox.Literal(value)
        for row in store.query(_LABEL_LOOKUP, {"name": lit}):
            if row["entity"] not in found:
                found.append(row["entity"])
    return sorted(found, key=lambda n: n.value)


def _syntax_error(exc: BaseException) -> QuerySyntaxError:
    msg = str(exc)
    m = _ERROR_AT.match(msg)
    if m:
        problem = " ".join(m.group(3).split())
        if len(problem) > 160:  # Oxigraph may list every character class it expected
            problem = problem[:150].rsplit(",", 1)[0] + ", …"
        return QuerySyntaxError(problem, int(m.group(1)), int(m.group(2)))
    return QuerySyntaxError(" ".join(msg.split()))


_STRIP = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.I)


def uses_service(text: str) -> bool:
    """Whether a query calls ``SERVICE`` (federation to other hosts); strings, IRIs and comments are ignored."""
    return bool(_SERVICE.search(_STRIP.sub(" ", text)))


def run(
    store: Any,
    text: str,
    substitutions: Iterable[Mapping[str, Any]] | None = None,
    *,
    max_rows: int | None = None,
    dataset: Mapping[str, Any] | None = None,
) -> QueryResult:
    """Run ``text`` on ``store`` once per substitution set and merge the answers.

    Args:
        store: An open :class:`kg.store.KGStore`.
        text: The SPARQL query.
        substitutions: From :func:`bind_params`; ``None`` runs it unbound.
        max_rows: Most rows (or triples) an answer may hold.
        dataset: Extra ``pyoxigraph.Store.query`` arguments (``default_graph``,
            ``named_graphs``) replacing the union default graph.

    Raises:
        ResultTooLarge: The answer exceeds ``max_rows``.
        QuerySyntaxError: The query is not valid SPARQL.
        KGError: The query failed while running.
    """
    subs = list(substitutions) if substitutions is not None else [{}]
    result: QueryResult | None = None
    for sub in subs:
        try:
            answer = _query(store, text, sub, dataset)
            part = _materialise(answer, max_rows)
        except SyntaxError as exc:
            raise _syntax_error(exc) from None
        except (OSError, RuntimeError, ValueError, TypeError) as exc:
            raise KGError(f"query failed: {' '.join(str(exc).split())}") from None
        if result is None:
            result = part
        elif part.kind == "select":
            seen = {tuple(map(str, r)) for r in result.rows}
            result.rows.extend(r for r in part.rows if tuple(map(str, r)) not in seen)
        elif part.kind == "ask":
            result.boolean = bool(result.boolean or part.boolean)
        else:
            assert result.triples is not None and part.triples is not None
            result.triples.extend(t for t in part.triples if t not in result.triples)
    if result is None:  # no entity matched: an empty answer of the right shape
        try:
            part = _materialise(_query(store, text, {}, dataset), max_rows)
        except SyntaxError as exc:
            raise _syntax_error(exc) from None
        part.rows, part.boolean, part.triples = [], False if part.kind == "ask" else None, [] if part.kind == "graph" else None
        result = part
    return result


def _query(store: Any, text: str, sub: Mapping[str, Any], dataset: Mapping[str, Any] | None) -> Any:
    if not dataset:
        return store.query(text, sub)
    subs = {ox.Variable(k): v for k, v in sub.items()} or None
    return store.db.query(text, substitutions=subs, **dataset)


def _materialise(answer: Any, max_rows: int | None = None) -> QueryResult:
    def take(items: Iterable[Any]) -> list[Any]:
        out = []
        for item in items:
            out.append(item)
            if max_rows is not None and len(out) > max_rows:
                raise ResultTooLarge(f"the answer has more than {max_rows} rows; add a LIMIT")
        return out

    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        return QueryResult("select", names, [[sol[i] for i in range(len(names))] for sol in take(answer)])
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", [], [], boolean=bool(answer))
    return QueryResult("graph", [], [], triples=take(answer))


def serialize(result: QueryResult, fmt: str) -> bytes:
    """Write a result in a standard format.

    Args:
        result: From :func:`run`.
        fmt: ``csv``, ``tsv``, ``json`` or ``xml`` for SELECT/ASK;
            ``turtle``, ``ntriples``, ``json-ld`` or ``xml`` (RDF/XML) for graphs.

    Raises:
        ConfigError: The format does not fit the query form.
    """
    if result.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise ConfigError(f"format {fmt!r} is not for CONSTRUCT/DESCRIBE; use one of {', '.join(GRAPH_FORMATS)}")
        return ox.serialize(result.triples or [], format=GRAPH_FORMATS[fmt]) or b""
    if fmt not in SELECT_FORMATS:
        raise ConfigError(f"format {fmt!r} is not for SELECT/ASK; use one of {', '.join(SELECT_FORMATS)}")
    if result.kind == "ask":
        return _ask(bool(result.boolean), fmt)
    return _solutions(result, fmt)


def _ask(value: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
            f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n"
        ).encode()
    return ("_askResult\n" + ("true" if value else "false") + "\n").encode()


def _solutions(result: QueryResult, fmt: str) -> bytes:
    """SELECT results through pyoxigraph's writers (a parse of our own rows keeps them standard)."""
    # Re-encode the rows as SPARQL JSON and let pyoxigraph write the asked format.
    doc = {
        "head": {"vars": result.variables},
        "results": {"bindings": [
            {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None} for row in result.rows
        ]},
    }
    raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt == "json":
        return raw
    parsed = ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=SELECT_FORMATS[fmt]) or b""


def _json_term(t: Any) -> dict[str, str]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = t.datatype.value
    return out


def format_table(result: QueryResult, label: Any = None) -> str:
    """A readable text table; IRIs show as their labels where ``label(iri)`` has one.

    Args:
        result: From :func:`run`.
        label: ``iri -> label or None`` (e.g. ``KGStore.label``).
    """
    if result.kind == "ask":
        return "yes" if result.boolean else "no"
    if result.kind == "graph":
        return (serialize(result, "turtle") or b"").decode("utf-8").rstrip()
    cache: dict[str, str] = {}

    def cell(t: Any) -> str:
        if t is None:
            return ""
        if isinstance(t, ox.NamedNode):
            if t.value not in cache:
                lab = label(t.value) if label else None
                cache[t.value] = lab if lab is not None else _short(t.value)
            return cache[t.value]
        return str(t.value)

    rows = [[cell(t) for t in row] for row in result.rows]
    head = result.variables
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(head)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(head), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _short(iri: str) -> str:
    ns = str(KG)
    if iri.startswith(ns):
        return "kg:" + iri[len(ns):]
    from urllib.parse import unquote

    return unquote(iri.rstrip("/").rsplit("/", 1)[-1]) if "/resource/" in iri else iri


def _width(text: str) -> int:
    """Display width: CJK and other wide characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

