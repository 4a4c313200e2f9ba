"""Build the evidence-carrying RDF graph from per-document extractions.

Every relation becomes a direct triple ``<head> kg:rel <tail>`` plus one
``kg:Statement`` node per piece of evidence (standard RDF reification), which
records the evidence sentence and offsets, the confidence, the extractor and
the source document (``prov:wasDerivedFrom``). Entities from different
documents merge on their IRI. The graph holds no blank nodes, so the same
input always serialises to the same Turtle bytes.
"""

from __future__ import annotations

import datetime as _dt
import math
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO, SKOS

from kg import EXTRACTOR_VERSION, turtle
from kg.errors import InputError
from kg.fsutil import atomic_write
from kg.iris import DEFAULT_BASE, document_iri, entities_graph_iri, graph_iri, normalize_base, statement_iri
from kg.ontology import KG
from kg.types import ENTITY_TYPES, RELATION_ENDS, RELATION_TYPE_WEIGHT, RELATION_TYPES, Document, Extraction, Relation

__all__ = [
    "build_graph",
    "graph_triples",
    "graph_parts",
    "prefixes",
    "TripleIndex",
    "build_dataset",
    "new_graph",
    "serialize_turtle",
    "write_turtle",
    "graph_to_networkx",
]

SCHEMA = SDO

_TYPE_RANK = {t: i for i, t in enumerate(ENTITY_TYPES)}
_CLASS_TO_TYPE = {KG[t]: t for t in ENTITY_TYPES}
_PREDICATE_TO_RELATION = {KG[r]: r for r in RELATION_TYPES}
_TYPE_TO_CLASS = {t: c for c, t in _CLASS_TO_TYPE.items()}
_RELATION_TO_PREDICATE = {r: p for p, r in _PREDICATE_TO_RELATION.items()}
_RELATIONS = frozenset(RELATION_TYPES)


@dataclass
class _EntityAcc:
    """Everything seen about one entity IRI across documents."""

    types: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    surface: set[str] = field(default_factory=set)


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """The prefixes kg binds in its graphs, ``prefix -> namespace``."""
    return {p: str(ns) for p, ns in new_graph(base).namespaces()}


def new_graph(base: str = DEFAULT_BASE) -> Graph:
    """Return an empty graph with the kg prefixes bound.

    Args:
        base: Base IRI of the data; ``kgr:`` is bound to it and ``ent:``,
            ``doc:``, ``stmt:`` to its entity, document and statement folders.
    """
    graph = Graph(bind_namespaces="core")
    base = normalize_base(base)
    for prefix, ns in (
        ("kg", str(KG)),
        ("skos", str(SKOS)),
        ("prov", str(PROV)),
        ("schema", str(SCHEMA)),
        ("dcterms", str(DCTERMS)),
        ("kgr", base),
        ("ent", base + "entity/"),
        ("doc", base + "doc/"),
        ("stmt", base + "stmt/"),
    ):
        graph.bind(prefix, Namespace(ns), override=True, replace=True)
    return graph


def build_graph(
    extractions: Iterable[Extraction],
    documents: Mapping[str, Document] | None = None,
    base: str = DEFAULT_BASE,
    extractor: str = EXTRACTOR_VERSION,
    min_confidence: float = 0.0,
) -> Graph:
    """Merge extractions into one RDF graph.

    Args:
        extractions: One record per document.
        documents: Optional ``doc_id -> Document`` for document metadata
            (title, date, url).
        base: Base IRI of document and statement IRIs.
        extractor: Value of ``kg:extractor`` on every statement.
        min_confidence: Relations below this confidence are dropped.

    Returns:
        A plain ``rdflib.Graph`` without blank nodes.

    Raises:
        InputError: A record names an unknown entity type or relation, a
            relation end that is not an entity of its document, or a
            confidence outside [0, 1].
    """
    graph = new_graph(base)
    for t in graph_triples(extractions, documents, base=base, extractor=extractor, min_confidence=min_confidence):
        graph.add(t)
    return graph


# Terms used per triple, looked up once (namespace attribute access is slow in rdflib)
_DCTERMS_identifier = DCTERMS.identifier
_DCTERMS_title = DCTERMS.title
_KG_Document = KG.Document
_KG_Statement = KG.Statement
_KG_confidence = KG.confidence
_KG_evidenceEnd = KG.evidenceEnd
_KG_evidenceStart = KG.evidenceStart
_KG_evidenceText = KG.evidenceText
_KG_extractor = KG.extractor
_KG_title = KG.title
_PROV_wasDerivedFrom = PROV.wasDerivedFrom
_RDF_Statement = RDF.Statement
_RDF_object = RDF.object
_RDF_predicate = RDF.predicate
_RDF_subject = RDF.subject
_RDF_type = RDF.type
_RDFS_label = RDFS.label
_SCHEMA_datePublished = SCHEMA.datePublished
_SCHEMA_mentions = SCHEMA.mentions
_SCHEMA_url = SCHEMA.url
_SKOS_altLabel = SKOS.altLabel
_XSD_anyURI = XSD.anyURI
_XSD_date = XSD.date
_XSD_dateTime = XSD.dateTime
_XSD_decimal = XSD.decimal
_XSD_integer = XSD.integer


def graph_triples(
    extractions: Iterable[Extraction],
    documents: Mapping[str, Document] | None = None,
    base: str = DEFAULT_BASE,
    extractor: str = EXTRACTOR_VERSION,
    min_confidence: float = 0.0,
) -> list[tuple[URIRef, URIRef, Any]]:
    """The triples of :func:`build_graph`, as a list (no rdflib store involved).

    Writers that only need the triples (Turtle, the store) use this directly:
    it is several times faster than filling an ``rdflib.Graph``.
    """
    parts, descriptions = graph_parts(extractions, documents, base, extractor, min_confidence)
    return [t for part in parts for t in part] + descriptions


def graph_parts(
    extractions: Iterable[Extraction],
    documents: Mapping[str, Document] | None = None,
    base: str = DEFAULT_BASE,
    extractor: str = EXTRACTOR_VERSION,
    min_confidence: float = 0.0,
) -> tuple[list[list[tuple[URIRef, URIRef, Any]]], list[tuple[URIRef, URIRef, Any]]]:
    """The triples of :func:`graph_triples`, split by where they come from.

    Returns:
        ``(parts, descriptions)``: ``parts[i]`` holds the triples of the
        ``i``-th record (its document node, ``schema:mentions``, direct
        triples and statement nodes: the record's named graph in the store),
        and ``descriptions`` the merged entity descriptions (type, label,
        alternative labels). A statement that two records with the same
        document id both carry is written once, in the part of the record
        whose copy wins.
    """
    documents = documents or {}
    node = _NodeCache()  # one URIRef per IRI: fewer objects, and equal terms are identical (fast look-ups)
    parts: list[list[tuple[URIRef, URIRef, Any]]] = []
    entities: dict[str, _EntityAcc] = defaultdict(_EntityAcc)
    statements: dict[str, tuple[int, tuple[str, Relation, str, str]]] = {}

    for i, ex in enumerate(extractions):
        part: list[tuple[URIRef, URIRef, Any]] = []
        parts.append(part)
        add = part.append
        doc = node[document_iri(ex.doc_id, base=base)]
        _add_document(add, doc, ex.doc_id, documents.get(ex.doc_id))
        names: dict[str, str] = {}
        for ent in ex.entities:
            if ent.type not in _TYPE_RANK:
                raise InputError(ex.doc_id, f"entity {ent.name!r} has unknown type {ent.type!r}")
            acc = entities[ent.iri]
            weight = max(1, len(ent.mentions))
            acc.types[ent.type] += weight
            acc.names[ent.name] += weight
            acc.surface.update(ent.aliases)
            acc.surface.update(m.text for m in ent.mentions)
            names[ent.name] = ent.iri
            add((doc, _SCHEMA_mentions, node[ent.iri]))
        for iri, etype in relation_typed_ends(ex):  # what a relation says of its ends outweighs mentions
            entities[iri].types[etype] += RELATION_TYPE_WEIGHT
        for rel in ex.relations:
            _check_relation(ex.doc_id, rel, names)
            if rel.confidence < min_confidence:
                continue
            key = statement_iri(
                ex.doc_id,
                rel.head,
                rel.relation,
                rel.tail,
                rel.title,
                rel.evidence.start,
                base=base,
            )
            candidate = (ex.doc_id, rel, names[rel.head], names[rel.tail])
            if key not in statements or _rank(candidate) > _rank(statements[key][1]):
                statements[key] = (i, candidate)

    descriptions: list[tuple[URIRef, URIRef, Any]] = []
    for iri, acc in entities.items():
        _add_entity(descriptions.append, node[iri], acc)
    for key, (i, (doc_id, rel, head, tail)) in statements.items():
        _add_statement(parts[i].append, node, URIRef(key), doc_id, rel, head, tail, base, extractor)
    return parts, descriptions


def build_dataset(
    extractions: Iterable[Extraction],
    documents: Mapping[str, Document] | None = None,
    base: str = DEFAULT_BASE,
    extractor: str = EXTRACTOR_VERSION,
    min_confidence: float = 0.0,
) -> Dataset:
    """The same triples as :func:`build_graph`, split into named graphs.

    Each document's facts (its node, ``schema:mentions``, direct triples and
    statement nodes) live in the named graph ``graph_iri(doc_id)``, so a
    document can be replaced or removed on its own. The merged entity
    descriptions (type, label, alternative labels) live in
    ``entities_graph_iri(base)``. The union of all named graphs equals
    ``build_graph`` of the same records.
    """
    exts = list(extractions)
    merged = build_graph(exts, documents, base=base, extractor=extractor, min_confidence=min_confidence)
    ds = Dataset()
    for prefix, ns in merged.namespaces():
        ds.bind(prefix, ns, override=True, replace=True)
    entity_iris = {URIRef(e.iri) for x in exts for e in x.entities}
    described = {_RDF_type, _RDFS_label, _SKOS_altLabel}

    def is_description(t: tuple) -> bool:
        return t[0] in entity_iris and t[1] in described

    ents = ds.graph(URIRef(entities_graph_iri(base)))
    for t in merged:
        if is_description(t):
            ents.add(t)
    for x in exts:
        g = ds.graph(URIRef(graph_iri(x.doc_id, base)))
        for t in build_graph([x], documents, base=base, extractor=extractor, min_confidence=min_confidence):
            if not is_description(t):
                g.add(t)
    return ds


def _check_relation(doc_id: str, rel: Relation, names: Mapping[str, str]) -> None:
    """Raise ``InputError`` unless ``rel`` is well-formed within its document."""
    if rel.relation not in _RELATIONS:
        raise InputError(doc_id, f"unknown relation {rel.relation!r}")
    for end in (rel.head, rel.tail):
        if end not in names:
            raise InputError(doc_id, f"relation {rel.relation} names {end!r}, not an entity")
    if math.isnan(rel.confidence) or not 0.0 <= rel.confidence <= 1.0:
        raise InputError(doc_id, f"confidence {rel.confidence!r} is outside [0, 1]")


def _rank(candidate: tuple[str, Relation, str, str]) -> tuple[Any, ...]:
    """Order of duplicate statements (same IRI): the most confident one wins."""
    rel = candidate[1]
    return (rel.confidence, rel.evidence.end, rel.evidence.text)


def _add_document(add: Callable[[tuple], None], doc: URIRef, doc_id: str, meta: Document | None) -> None:
    """Add the document node and its metadata."""
    add((doc, _RDF_type, _KG_Document))
    add((doc, _DCTERMS_identifier, Literal(doc_id)))
    if meta is None:
        return
    if meta.title:
        add((doc, _DCTERMS_title, Literal(meta.title)))
    if meta.date:
        add((doc, _SCHEMA_datePublished, _date_literal(meta.date)))
    if meta.url:
        add((doc, _SCHEMA_url, Literal(meta.url, datatype=_XSD_anyURI)))


def _date_literal(value: str) -> Literal:
    """``xsd:date`` / ``xsd:dateTime`` when ``value`` is ISO 8601, else a plain literal."""
    text = value.strip()
    try:
        if len(text) == 10:
            _dt.date.fromisoformat(text)
            return Literal(text, datatype=_XSD_date)
        if "T" in text:
            _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            return Literal(text, datatype=_XSD_dateTime)
    except ValueError:
        pass
    return Literal(value)


def relation_typed_ends(ex: Extraction) -> list[tuple[str, str]]:
    """``(entity IRI, type)`` for every relation end whose type in this record the relation allows.

    Documents can disagree on a name's type (a place in one, a company that is
    invested in in another); these ends weigh more in the merged type, so the
    graph keeps to the shapes where it can.
    """
    by_name = {e.name: e for e in ex.entities}
    out = []
    for rel in ex.relations:
        ends = RELATION_ENDS.get(rel.relation)
        if ends is None:
            continue
        for name, allowed in ((rel.head, ends[0]), (rel.tail, ends[1])):
            ent = by_name.get(name)
            if ent is not None and ent.type in allowed:
                out.append((ent.iri, ent.type))
    return out


def _add_entity(add: Callable[[tuple], None], iri: URIRef, acc: _EntityAcc) -> None:
    """Add type, label and alternative labels of one merged entity."""
    etype = min(acc.types, key=lambda t: (-acc.types[t], _TYPE_RANK[t]))
    label = min(acc.names, key=lambda n: (-acc.names[n], n))
    add((iri, _RDF_type, _TYPE_TO_CLASS[etype]))
    add((iri, _RDFS_label, Literal(label, lang="zh")))
    for alt in sorted((set(acc.names) | acc.surface) - {label}):
        if alt.strip():
            add((iri, _SKOS_altLabel, Literal(alt, lang="zh")))


class _NodeCache(dict):
    """``cache[iri]`` is the one ``URIRef`` of ``iri``."""

    def __missing__(self, iri: str) -> URIRef:
        ref = self[iri] = URIRef(iri)
        return ref


def _add_statement(
    add: Callable[[tuple], None],
    node: Mapping[str, URIRef],
    stmt: URIRef,
    doc_id: str,
    rel: Relation,
    head: str,
    tail: str,
    base: str,
    extractor: str,
) -> None:
    """Add the direct triple and its reified, evidence-carrying statement."""
    s, p, o = node[head], _RELATION_TO_PREDICATE[rel.relation], node[tail]
    add((s, p, o))
    add((stmt, _RDF_type, _RDF_Statement))
    add((stmt, _RDF_type, _KG_Statement))
    add((stmt, _RDF_subject, s))
    add((stmt, _RDF_predicate, p))
    add((stmt, _RDF_object, o))
    if rel.title:
        add((stmt, _KG_title, Literal(rel.title)))
    confidence = Decimal(f"{rel.confidence:.3f}")
    add((stmt, _KG_confidence, Literal(confidence, datatype=_XSD_decimal)))
    add((stmt, _KG_extractor, Literal(extractor)))
    add((stmt, _PROV_wasDerivedFrom, node[document_iri(doc_id, base=base)]))
    add((stmt, _KG_evidenceText, Literal(rel.evidence.text)))
    add((stmt, _KG_evidenceStart, Literal(rel.evidence.start, datatype=_XSD_integer)))
    add((stmt, _KG_evidenceEnd, Literal(rel.evidence.end, datatype=_XSD_integer)))


def serialize_turtle(graph: Graph) -> str:
    """Serialise ``graph`` as Turtle; the same triples always give the same text.

    Args:
        graph: A graph without blank nodes.

    Returns:
        Turtle text with sorted prefixes, subjects, predicates and objects.
    """
    return turtle.dumps(graph, dict(graph.namespaces()))


def write_turtle(graph: Graph, path: str | os.PathLike[str]) -> None:
    """Write ``serialize_turtle(graph)`` to ``path`` atomically (UTF-8).

    Args:
        graph: The graph to write.
        path: Target file; its parent directories are created.
    """
    text = serialize_turtle(graph)
    with atomic_write(path) as fh:
        fh.write(text)


class TripleIndex:
    """A read-only view of a triple list with the few look-ups of an ``rdflib.Graph``
    that :func:`graph_to_networkx` needs; building it is far cheaper than a Graph.

    >>> from rdflib import URIRef, Literal
    >>> a, p = URIRef("http://e/a"), URIRef("http://e/p")
    >>> TripleIndex([(a, p, Literal("x"))]).value(a, p)
    rdflib.term.Literal('x')
    """

    def __init__(self, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        self._sp: dict[tuple[Any, Any], list[Any]] = defaultdict(list)
        self._po: dict[tuple[Any, Any], list[Any]] = defaultdict(list)
        self._p: dict[Any, list[tuple[Any, Any]]] = defaultdict(list)
        for s, p, o in dict.fromkeys(triples):
            self._sp[(s, p)].append(o)
            if type(o) is URIRef:  # look-ups by object are by IRI only: literals need no index
                self._po[(p, o)].append(s)
            self._p[p].append((s, o))

    def objects(self, subject: Any, predicate: Any) -> Iterator[Any]:
        return iter(self._sp.get((subject, predicate), ()))

    def subjects(self, predicate: Any, obj: URIRef) -> Iterator[Any]:
        if type(obj) is not URIRef:
            raise TypeError("TripleIndex.subjects looks up IRIs only")
        return iter(self._po.get((predicate, obj), ()))

    def subject_objects(self, predicate: Any) -> Iterator[tuple[Any, Any]]:
        return iter(self._p.get(predicate, ()))

    def value(self, subject: Any, predicate: Any) -> Any:
        objs = self._sp.get((subject, predicate))
        return objs[0] if objs else None


def graph_to_networkx(graph: Graph | TripleIndex) -> nx.MultiDiGraph:
    """Project the entity relations of ``graph`` onto a networkx multigraph.

    Nodes are entity IRIs with attributes ``label``, ``type`` (``None`` when the
    node has no kg entity class), ``aliases`` (sorted list) and ``docs`` (the
    number of documents mentioning it). Edges are keyed by relation name and
    carry ``relation``, ``title`` (the most frequent, or ``None``), ``titles``,
    ``confidence`` (the highest, or ``None``) and ``evidence``: a list of
    ``(text, doc_id)`` pairs, most confident first.

    Args:
        graph: A graph built by ``build_graph`` (or parsed from its Turtle).

    Returns:
        A new ``networkx.MultiDiGraph``, built in sorted order.
    """
    out = nx.MultiDiGraph()
    support = _statement_support(graph)
    edges = sorted(
        (str(s), rel, str(o))
        for pred, rel in _PREDICATE_TO_RELATION.items()
        for s, o in graph.subject_objects(pred)
        if isinstance(s, URIRef) and isinstance(o, URIRef)
    )
    iris = {URIRef(i) for i in _entity_iris(graph)}
    iris.update(URIRef(end) for s, _, o in edges for end in (s, o))
    for iri in sorted(iris):
        out.add_node(str(iri), **_node_attrs(graph, iri))
    for s, rel, o in edges:
        stmts = support.get((s, rel, o), [])
        titles = Counter(t for t, _, _, _ in stmts if t)
        title = min(titles, key=lambda t: (-titles[t], t)) if titles else None
        ranked = sorted(stmts, key=lambda x: (-(x[1] if x[1] is not None else -1.0), x[3], x[2]))
        evidence: list[tuple[str, str]] = []
        for _, _, text, doc_id in ranked:
            if text and (text, doc_id) not in evidence:
                evidence.append((text, doc_id))
        confs = [c for _, c, _, _ in stmts if c is not None]
        out.add_edge(
            s,
            o,
            key=rel,
            relation=rel,
            title=title,
            titles=sorted(titles),
            confidence=max(confs) if confs else None,
            evidence=evidence,
        )
    return out


def _entity_iris(graph: Graph) -> set[str]:
    """IRIs typed with one of the kg entity classes."""
    return {
        str(s)
        for cls in _CLASS_TO_TYPE
        for s in graph.subjects(RDF.type, cls)
        if isinstance(s, URIRef)
    }


def _node_attrs(graph: Graph, iri: URIRef) -> dict[str, Any]:
    """Display attributes of one entity node."""
    types = [_CLASS_TO_TYPE[c] for c in graph.objects(iri, RDF.type) if c in _CLASS_TO_TYPE]
    labels = sorted(
        graph.objects(iri, RDFS.label),
        key=lambda lit: (getattr(lit, "language", None) != "zh", str(lit)),
    )
    label = str(labels[0]) if labels else unquote(str(iri).rstrip("/").rsplit("/", 1)[-1])
    return {
        "label": label,
        "type": min(types, key=_TYPE_RANK.__getitem__) if types else None,
        "aliases": sorted({str(a) for a in graph.objects(iri, SKOS.altLabel)} - {label}),
        "docs": len(set(graph.subjects(SCHEMA.mentions, iri))),
    }


def _statement_support(
    graph: Graph,
) -> dict[tuple[str, str, str], list[tuple[str | None, float | None, str, str]]]:
    """``(head, relation, tail) -> [(title, confidence, evidence text, doc id)]``."""
    support: dict[tuple[str, str, str], list[tuple[str | None, float | None, str, str]]]
    support = defaultdict(list)
    for stmt in graph.subjects(RDF.type, RDF.Statement):
        pred = graph.value(stmt, RDF.predicate)
        if pred not in _PREDICATE_TO_RELATION:
            continue
        key = (
            str(graph.value(stmt, RDF.subject)),
            _PREDICATE_TO_RELATION[pred],
            str(graph.value(stmt, RDF.object)),
        )
        title = graph.value(stmt, KG.title)
        conf = graph.value(stmt, KG.confidence)
        text = graph.value(stmt, KG.evidenceText)
        support[key].append(
            (
                str(title) if title is not None else None,
                float(conf.toPython()) if isinstance(conf, Literal) else None,
                str(text) if text is not None else "",
                _doc_id(graph, graph.value(stmt, PROV.wasDerivedFrom)),
            )
        )
    return support


def _doc_id(graph: Graph, doc: Any) -> str:
    """The id of a document node: its ``dcterms:identifier`` or its decoded IRI tail."""
    if doc is None:
        return ""
    ident = graph.value(doc, DCTERMS.identifier)
    if ident is not None:
        return str(ident)
    return unquote(str(doc).rsplit("/", 1)[-1])
