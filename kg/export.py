"""Export a kg graph to formats other stores and tools load.

RDF: Turtle, N-Triples, N-Quads and TriG (which keep the per-document named
graphs), JSON-LD (with the compact ``@context`` of ``ontology/context.jsonld``)
and RDF/XML. Property graphs: GraphML and GEXF (through networkx), Neo4j
import CSV (``neo4j-admin database import``) and a Cypher script.

A :class:`Source` is where an export reads from: a store folder, an ``OUTDIR``
of ``kg build`` or its ``extractions.jsonl`` (rebuilt with
:func:`kg.graph.build_dataset`, so named graphs are kept), or any RDF file.
The RDF formats except JSON-LD stream: quads go from the parser or the store
to the writer one at a time, so N-Triples of a large store are never held in
memory. JSON-LD and the property graphs need the whole graph.

Every output is written through :func:`kg.fsutil.atomic_write`.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.errors import ConfigError, InputError, OutputError
from kg.fsutil import atomic_write
from kg.iris import DEFAULT_BASE, normalize_base
from kg.ontology import KG
from kg.types import RELATION_TYPES

__all__ = [
    "RDF_FORMATS",
    "PROPERTY_GRAPH_FORMATS",
    "FORMATS",
    "CONTEXT_PATH",
    "ARRAY_DELIMITER",
    "NEO4J_NODE_HEADER",
    "NEO4J_RELATIONSHIP_HEADER",
    "Source",
    "open_source",
    "export",
    "load_context",
    "property_graph",
    "cypher_literal",
]

#: The JSON-LD context of the kg vocabulary, relative to the repository root.
CONTEXT_PATH: Path = Path(__file__).parents[1] / "ontology" / "context.jsonld"

#: RDF formats and their pyoxigraph format (``None``: written with rdflib).
RDF_FORMATS: dict[str, ox.RdfFormat | None] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": None,
    "rdfxml": ox.RdfFormat.RDF_XML,
}

#: Property-graph formats. ``neo4j`` writes a folder (nodes.csv, relationships.csv).
PROPERTY_GRAPH_FORMATS: tuple[str, ...] = ("graphml", "gexf", "neo4j", "cypher")

#: Every format ``kg export --format`` accepts.
FORMATS: tuple[str, ...] = (*RDF_FORMATS, *PROPERTY_GRAPH_FORMATS)

_QUAD_FORMATS = frozenset({"nquads", "trig"})

#: Joins list values (aliases, titles, documents) in GraphML, GEXF and Neo4j
#: CSV, whose attributes cannot hold lists; ``;`` is also neo4j-admin's default
#: ``--array-delimiter``. A ``;`` inside a value becomes ``；`` (U+FF1B).
ARRAY_DELIMITER = ";"
_DELIMITER_STANDIN = "\uff1b"

#: Header of the Neo4j ``nodes.csv``.
NEO4J_NODE_HEADER: tuple[str, ...] = (
    "iri:ID",
    "name",
    "type",
    "aliases:string[]",
    "docs:int",
    ":LABEL",
)

#: Header of the Neo4j ``relationships.csv``.
NEO4J_RELATIONSHIP_HEADER: tuple[str, ...] = (
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "title",
    "titles:string[]",
    "confidence:float",
    "evidence",
    "evidenceCount:int",
    "documents:string[]",
)

#: File suffixes of the RDF inputs ``--graph`` reads, and their parser format.
_INPUT_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}

_VOCAB_PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
}

_RELATION_IRIS = frozenset(str(KG[r]) for r in RELATION_TYPES)


# ---------------------------------------------------------------- sources


@dataclass
class Source:
    """Where an export reads its quads from.

    Attributes:
        name: The path the user gave, for messages.
        open_quads: Returns a fresh iterator of ``pyoxigraph.Quad``; called
            once per pass, so a file or store is read lazily, quad by quad.
        named_graphs: Whether the quads carry per-document named graphs.
        base: Base IRI of the data, for the ``ent:``/``doc:``/``stmt:`` prefixes.
    """

    name: str
    open_quads: Callable[[], Iterator[ox.Quad]]
    named_graphs: bool
    base: str = DEFAULT_BASE

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad, streamed."""
        return self.open_quads()

    def triples(self) -> Iterator[ox.Triple]:
        """The union of all graphs, streamed.

        A relation triple stated by several documents lives in each document's
        graph; only those (``kg:`` relation predicates) are de-duplicated, so
        memory grows with the number of distinct relations, not of triples.
        """
        seen: set[ox.Triple] = set()
        for q in self.quads():
            t = q.triple
            if q.predicate.value in _RELATION_IRIS:
                if t in seen:
                    continue
                seen.add(t)
            yield t

    def prefixes(self, data: bool = True) -> dict[str, str]:
        """The vocabulary prefixes and, with ``data``, those of the data folders.

        Turtle writers must escape the ``%`` of percent-encoded names in
        prefixed names (``ent:\\%E8...``), which is legal but unreadable and
        trips older parsers, so the streamed Turtle, TriG and RDF/XML leave
        entity and document IRIs whole (``data=False`` keeps only ``stmt:``).
        """
        base = normalize_base(self.base)
        if not data:
            return {**_VOCAB_PREFIXES, "stmt": base + "stmt/"}
        return {
            **_VOCAB_PREFIXES,
            "kgr": base,
            "ent": base + "entity/",
            "doc": base + "doc/",
            "stmt": base + "stmt/",
        }

    def to_graph(self) -> Graph:
        """The union of all graphs as one in-memory rdflib graph (validation, JSON-LD, networkx)."""
        graph = Graph(bind_namespaces="core")
        for prefix, ns in self.prefixes().items():
            graph.bind(prefix, ns, override=True, replace=True)
        data = ox.serialize(self.triples(), format=ox.RdfFormat.N_TRIPLES)
        graph.parse(data=data, format="nt")
        return graph

    def to_dataset(self) -> Dataset:
        """All quads as an in-memory rdflib dataset (for JSON-LD with named graphs)."""
        ds = Dataset()
        for prefix, ns in self.prefixes().items():
            ds.bind(prefix, ns, override=True, replace=True)
        data = ox.serialize(self.quads(), format=ox.RdfFormat.N_QUADS)
        ds.parse(data=data, format="nquads")
        return ds


def open_source(
    store: str | os.PathLike[str] | None = None, graph: str | os.PathLike[str] | None = None
) -> Source:
    """Open what ``kg export`` / ``kg validate`` read: ``--store DIR`` or ``--graph FILE``.

    ``graph`` may be:

    - an ``OUTDIR`` of ``kg build``: its ``extractions.jsonl`` is rebuilt into
      per-document named graphs (as the store holds them); without one, its
      ``graph.ttl`` is read;
    - an ``extractions.jsonl`` file (the ``kg extract`` contract), rebuilt the same way;
    - an RDF file (``.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.jsonld``, ``.rdf``),
      streamed; a triple file has no named graphs.

    A rebuild from extractions knows no document title, date or URL, and keeps
    every relation (``kg build --min-confidence`` filters only graph.ttl).

    Raises:
        InputError: The path is missing or unreadable, or the records are malformed.
        ConfigError: Neither or both of ``store`` and ``graph`` are given, or the
            store cannot be opened.
    """
    if (store is None) == (graph is None):
        raise ConfigError("give exactly one of --store DIR and --graph FILE")
    if store is not None:
        return _store_source(Path(store))
    path = Path(graph)  # type: ignore[arg-type]
    if path.is_dir():
        if (path / "extractions.jsonl").is_file():
            return _extractions_source(path / "extractions.jsonl", name=str(path))
        if (path / "graph.ttl").is_file():
            return _rdf_source(path / "graph.ttl")
        raise InputError(str(path), "folder holds neither extractions.jsonl nor graph.ttl")
    if not path.is_file():
        raise InputError(str(path), "no such file or folder")
    if path.suffix.lower() == ".jsonl":
        return _extractions_source(path, name=str(path))
    return _rdf_source(path)


def _rdf_source(path: Path) -> Source:
    """Stream an RDF file through pyoxigraph's parser; fail early on a syntax error."""
    fmt = _INPUT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(_INPUT_FORMATS))
        raise InputError(
            str(path), f"unknown RDF file type {path.suffix!r}; expected one of {known}, or .jsonl"
        )

    def open_quads() -> Iterator[ox.Quad]:
        try:
            yield from ox.parse(path=str(path), format=fmt)
        except (SyntaxError, ValueError) as exc:
            raise InputError(str(path), f"not valid {fmt.name}: {_one_line(exc)}") from exc
        except OSError as exc:
            raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc

    # One pass up front, in constant memory: a syntax error is reported before
    # any output exists, and the data's base IRI is read off its IRIs.
    base: str | None = None
    for q in open_quads():
        if base is None and isinstance(q.subject, ox.NamedNode):
            base = _base_of(q.subject.value)
    named = fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)
    base = base or DEFAULT_BASE
    return Source(str(path), open_quads, named_graphs=named, base=base)


def _extractions_source(path: Path, name: str) -> Source:
    """Rebuild per-document named graphs from extraction records."""
    from kg.graph import build_dataset
    from kg.types import Extraction

    records = []
    try:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    records.append(Extraction.from_json(json.loads(line)))
                except (ValueError, KeyError, TypeError) as exc:
                    raise InputError(
                        str(path), f"not an extraction record: {_one_line(exc)}", line=lineno
                    ) from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "not UTF-8 text") from exc
    base = next((b for x in records for e in x.entities if (b := _base_of(e.iri))), DEFAULT_BASE)
    ds = build_dataset(records, base=base)
    # Sorted by graph and subject, so Turtle and TriG writers group statements.
    quads = sorted(
        ox.parse(ds.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS),
        key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)),
    )

    def open_quads() -> Iterator[ox.Quad]:
        return iter(quads)

    return Source(name, open_quads, named_graphs=True, base=base)


def _store_source(path: Path) -> Source:
    """Quads of a kg store folder (:class:`kg.store.KGStore`), streamed from disk.

    The document graphs and the entity graph are exported; the store's
    bookkeeping graph is not.
    """
    from kg.store import KGStore

    with KGStore(path, read_only=True) as st:  # fails early, with the store's own message
        base = st.base

    def open_quads() -> Iterator[ox.Quad]:
        with KGStore(path, read_only=True) as st:
            for q in st.db.quads_for_pattern(None, None, None, None):
                if q.graph_name != st.meta and not isinstance(q.graph_name, ox.DefaultGraph):
                    yield q

    return Source(str(path), open_quads, named_graphs=True, base=base)


def _base_of(iri: str) -> str | None:
    """The data base IRI of an entity, document or statement IRI, else ``None``."""
    for folder in ("entity/", "doc/", "stmt/"):
        head, sep, _ = iri.rpartition("/" + folder)
        if sep and "/" not in _:
            return head + "/"
    return None


# ---------------------------------------------------------------- export


def export(source: Source, fmt: str, path: str | os.PathLike[str]) -> int:
    """Write ``source`` in format ``fmt`` to ``path`` (a folder for ``neo4j``).

    Args:
        source: From :func:`open_source`.
        fmt: One of :data:`FORMATS`.
        path: The output file; for ``neo4j`` the folder receiving
            ``nodes.csv`` and ``relationships.csv``.

    Returns:
        The number of triples/quads written (RDF), or of nodes plus edges.

    Raises:
        ConfigError: ``fmt`` is unknown.
        InputError: The source cannot be read.
        OutputError: ``path`` cannot be written.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        if fmt == "json-ld":
            return _write_jsonld(source, path)
        if fmt in RDF_FORMATS:
            return _write_rdf(source, fmt, path)
        pg = property_graph(source)
        if fmt == "graphml":
            _write_nx(pg, path, nx.write_graphml)
        elif fmt == "gexf":
            _write_nx(pg, path, nx.write_gexf)
        elif fmt == "neo4j":
            _write_neo4j(pg, Path(path))
        else:
            _write_cypher(pg, path)
        return pg.number_of_nodes() + pg.number_of_edges()
    except (IsADirectoryError, NotADirectoryError, PermissionError) as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _write_rdf(source: Source, fmt: str, path: str | os.PathLike[str]) -> int:
    count = 0

    def counted(items: Iterable[Any]) -> Iterator[Any]:
        nonlocal count
        for item in items:
            count += 1
            yield item

    items = source.quads() if fmt in _QUAD_FORMATS else source.triples()
    prefixes = None if fmt in ("ntriples", "nquads") else source.prefixes(data=False)
    with atomic_write(path, "wb") as fh:
        ox.serialize(counted(items), fh, RDF_FORMATS[fmt], prefixes=prefixes)
    return count


def load_context(path: str | Path | None = None) -> dict[str, Any]:
    """The ``@context`` object of ``ontology/context.jsonld`` (or ``path``)."""
    with open(Path(path) if path is not None else CONTEXT_PATH, encoding="utf-8") as fh:
        return json.load(fh)["@context"]


def _write_jsonld(source: Source, path: str | os.PathLike[str]) -> int:
    """JSON-LD compacted with the shipped context, which is embedded (the file works offline)."""
    context = load_context()
    data: Graph | Dataset = source.to_dataset() if source.named_graphs else source.to_graph()
    text = data.serialize(format="json-ld", context=context, auto_compact=True)
    with atomic_write(path) as fh:
        fh.write(text)
    return len(data)


# ---------------------------------------------------------------- property graphs


def property_graph(source: Source) -> nx.MultiDiGraph:
    """The entity network of ``source`` with flat, writable attributes.

    Nodes (entity IRIs): ``label``, ``type``, ``aliases`` (joined with
    :data:`ARRAY_DELIMITER`), ``docs``. Edges, keyed by relation: ``relation``,
    ``title`` (when there is one), ``titles``, ``confidence``, ``evidence``
    (the most confident evidence sentence), ``evidence_count`` and ``documents``
    (joined ids). ``None`` values are left out, since GraphML and GEXF have no null.
    """
    from kg.graph import graph_to_networkx

    full = graph_to_networkx(source.to_graph())
    out = nx.MultiDiGraph()
    for node, attrs in full.nodes(data=True):
        out.add_node(
            node,
            **_drop_none(
                label=attrs.get("label"),
                type=attrs.get("type"),
                aliases=_join(attrs.get("aliases") or []),
                docs=int(attrs.get("docs") or 0),
            ),
        )
    for u, v, key, attrs in full.edges(keys=True, data=True):
        evidence = attrs.get("evidence") or []
        conf = attrs.get("confidence")
        out.add_edge(
            u,
            v,
            key=key,
            **_drop_none(
                relation=attrs["relation"],
                title=attrs.get("title"),
                titles=_join(attrs.get("titles") or []),
                confidence=float(conf) if conf is not None else None,
                evidence=evidence[0][0] if evidence else None,
                evidence_count=len(evidence),
                documents=_join(sorted({d for _, d in evidence if d})),
            ),
        )
    return out


def _join(values: Iterable[str]) -> str:
    return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, _DELIMITER_STANDIN) for v in values)


def _drop_none(**attrs: Any) -> dict[str, Any]:
    return {k: v for k, v in attrs.items() if v is not None}


def _write_nx(
    pg: nx.MultiDiGraph, path: str | os.PathLike[str], writer: Callable[..., None]
) -> None:
    with atomic_write(path, "wb") as fh:
        writer(pg, fh)


def _write_neo4j(pg: nx.MultiDiGraph, folder: Path) -> None:
    """``nodes.csv`` and ``relationships.csv`` for ``neo4j-admin database import full``.

    Standard CSV quoting (a ``"`` is doubled); empty cells are absent properties.
    """
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} exists and is not a folder; neo4j export writes a folder")
    with atomic_write(folder / "nodes.csv") as fh:
        w = _csv_writer(fh)
        w.writerow(NEO4J_NODE_HEADER)
        for node, a in pg.nodes(data=True):
            labels = ["Entity"] + ([a["type"]] if a.get("type") else [])
            w.writerow(
                [
                    node,
                    a.get("label", ""),
                    a.get("type", ""),
                    a.get("aliases", ""),
                    a.get("docs", 0),
                    ";".join(labels),
                ]
            )
    with atomic_write(folder / "relationships.csv") as fh:
        w = _csv_writer(fh)
        w.writerow(NEO4J_RELATIONSHIP_HEADER)
        for u, v, a in pg.edges(data=True):
            conf = a.get("confidence")
            w.writerow(
                [
                    u,
                    v,
                    a["relation"],
                    a.get("title", ""),
                    a.get("titles", ""),
                    "" if conf is None else repr(conf),
                    a.get("evidence", ""),
                    a.get("evidence_count", 0),
                    a.get("documents", ""),
                ]
            )


def _csv_writer(fh: IO[str]) -> Any:
    return csv.writer(fh, dialect="excel", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


_CYPHER_BATCH = 500


def _write_cypher(pg: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """A cypher-shell script: ``:param rows`` blocks, each then ``UNWIND $rows AS row MERGE``.

    Every value travels in a parameter, so no name is ever spliced into a query;
    labels and relationship types (which Cypher cannot parameterise) come from
    the fixed vocabulary only.
    """
    nodes_by_type: dict[str, list[dict[str, Any]]] = {}
    for node, a in pg.nodes(data=True):
        row = {
            "iri": node,
            "name": a.get("label"),
            "type": a.get("type"),
            "aliases": _split(a.get("aliases", "")),
            "docs": a.get("docs", 0),
        }
        nodes_by_type.setdefault(a.get("type") or "", []).append(row)
    edges_by_rel: dict[str, list[dict[str, Any]]] = {}
    for u, v, a in pg.edges(data=True):
        row = {
            "start": u,
            "end": v,
            "title": a.get("title"),
            "titles": _split(a.get("titles", "")),
            "confidence": a.get("confidence"),
            "evidence": a.get("evidence"),
            "evidenceCount": a.get("evidence_count", 0),
            "documents": _split(a.get("documents", "")),
        }
        edges_by_rel.setdefault(a["relation"], []).append(row)

    with atomic_write(path) as fh:
        fh.write("// kg graph for Neo4j: cypher-shell -f graph.cypher\n")
        fh.write("// Data is passed as :param rows; MERGE makes the script safe to run twice.\n")
        fh.write(
            "CREATE CONSTRAINT kg_entity_iri IF NOT EXISTS "
            "FOR (n:Entity) REQUIRE n.iri IS UNIQUE;\n"
        )
        for etype in sorted(nodes_by_type):
            label = f":{_cypher_name(etype)}" if etype else ""
            query = (
                "UNWIND $rows AS row MERGE (n:Entity {iri: row.iri}) "
                f"SET n{label}, n.name = row.name, n.type = row.type, n.aliases = row.aliases, "
                "n.docs = row.docs;\n"
            )
            _write_batches(fh, nodes_by_type[etype], query)
        for rel in sorted(edges_by_rel):
            query = (
                "UNWIND $rows AS row MATCH (a:Entity {iri: row.start}) "
                "MATCH (b:Entity {iri: row.end}) "
                f"MERGE (a)-[r:{_cypher_name(rel)}]->(b) "
                "SET r.title = row.title, r.titles = row.titles, r.confidence = row.confidence, "
                "r.evidence = row.evidence, r.evidenceCount = row.evidenceCount, "
                "r.documents = row.documents;\n"
            )
            _write_batches(fh, edges_by_rel[rel], query)


def _write_batches(fh: IO[str], rows: list[dict[str, Any]], query: str) -> None:
    for i in range(0, len(rows), _CYPHER_BATCH):
        fh.write(f":param rows => {cypher_literal(rows[i : i + _CYPHER_BATCH])}\n")
        fh.write(query)


def _split(joined: str) -> list[str]:
    return [x for x in joined.split(ARRAY_DELIMITER) if x] if joined else []


def _cypher_name(name: str) -> str:
    """A label or relationship type from the fixed vocabulary, backtick-quoted."""
    return "`" + name.replace("`", "``") + "`"


def cypher_literal(value: Any) -> str:
    """A Cypher literal for ``value`` (JSON-like data), on one line.

    Strings use JSON escapes, all of which Cypher also reads (``\\"``, ``\\\\``,
    ``\\n``, ``\\uXXXX``); map keys are backtick-quoted names.

    >>> cypher_literal({"name": 'a"b\\\\c\\nd', "n": [1, 0.5, None, True]})
    '{`name`: "a\\\\"b\\\\\\\\c\\\\nd", `n`: [1, 0.5, null, true]}'
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, str):
        return (
            json.dumps(value, ensure_ascii=False)
            .replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029")
        )
    if isinstance(value, Mapping):
        return (
            "{"
            + ", ".join(f"{_cypher_name(str(k))}: {cypher_literal(v)}" for k, v in value.items())
            + "}"
        )
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as a Cypher literal")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__
