"""Tests of kg.graph: merging extractions into the evidence-carrying RDF graph."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib import namespace as rns
from rdflib.compare import isomorphic

from kg import EXTRACTOR_VERSION
from kg.errors import InputError
from kg.graph import build_graph, graph_to_networkx, serialize_turtle, write_turtle
from kg.iris import document_iri, entity_iri, statement_iri
from kg.ontology import KG
from kg.types import Document, Entity, Evidence, Extraction, Mention, Relation

DATA = Path(__file__).parent / "data" / "graph"
TENCENT = URIRef(entity_iri("腾讯"))
JD = URIRef(entity_iri("京东"))
PONY = URIRef(entity_iri("马化腾"))
WECHAT = URIRef(entity_iri("微信"))
ALLEN = URIRef(entity_iri("张小龙"))
DOC_A = URIRef(document_iri("news/a.txt"))
DOC_B = URIRef(document_iri("news/b.txt"))


def load_extractions() -> list[Extraction]:
    with open(DATA / "extractions.jsonl", encoding="utf-8") as fh:
        return [Extraction.from_json(json.loads(line)) for line in fh]


def load_documents() -> dict[str, Document]:
    with open(DATA / "documents.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return {
        r["id"]: Document(r["id"], r["text"], r["id"], r.get("title"), r.get("date"), r.get("url"))
        for r in rows
    }


def entity(name: str, etype: str, *mentions: str, aliases: tuple[str, ...] = ()) -> Entity:
    """An entity whose mentions are ``mentions`` at dummy offsets."""
    return Entity(
        name, etype, entity_iri(name), aliases, tuple(Mention(m, 0, len(m)) for m in mentions)
    )


def relation(
    head: str, rel: str, tail: str, conf: float = 0.9, title: str | None = None
) -> Relation:
    text = f"{head}{rel}{tail}。"
    return Relation(head, rel, tail, conf, Evidence(text, 0, len(text)), title)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph(load_extractions(), load_documents(), min_confidence=0.5)


def statements(g: Graph, s: URIRef, p: URIRef, o: URIRef) -> list[URIRef]:
    query = """
        SELECT ?st WHERE { ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
    """
    return [row.st for row in g.query(query, initBindings={"s": s, "p": p, "o": o})]


def test_graph_direct_triples_exist(graph: Graph) -> None:
    assert (TENCENT, KG.investedIn, JD) in graph
    assert (PONY, KG.leads, TENCENT) in graph
    assert (WECHAT, KG.productOf, TENCENT) in graph
    assert (ALLEN, KG.holdsPosition, TENCENT) in graph
    assert (TENCENT, KG.launched, WECHAT) in graph


def test_graph_leads_is_not_duplicated_as_holds_position(graph: Graph) -> None:
    assert (PONY, KG.holdsPosition, TENCENT) not in graph


def test_graph_statement_carries_all_evidence_fields(graph: Graph) -> None:
    (st,) = statements(graph, PONY, KG.leads, TENCENT)
    assert st == URIRef(statement_iri("news/a.txt", "马化腾", "leads", "腾讯", "董事长", 9))
    assert (st, RDF.type, RDF.Statement) in graph
    assert (st, RDF.type, KG.Statement) in graph
    assert graph.value(st, KG.title) == Literal("董事长")
    conf = graph.value(st, KG.confidence)
    assert conf.datatype == rns.XSD.decimal and conf.toPython() == Decimal("0.85")
    assert graph.value(st, KG.extractor) == Literal(EXTRACTOR_VERSION)
    assert graph.value(st, rns.PROV.wasDerivedFrom) == DOC_A
    assert str(graph.value(st, KG.evidenceText)) == "马化腾是腾讯董事长。"
    assert graph.value(st, KG.evidenceStart) == Literal(9, datatype=rns.XSD.integer)
    assert graph.value(st, KG.evidenceEnd) == Literal(19, datatype=rns.XSD.integer)


def test_graph_statement_without_title_has_no_title(graph: Graph) -> None:
    (st,) = statements(graph, TENCENT, KG.investedIn, JD)
    assert graph.value(st, KG.title) is None
    assert graph.value(st, KG.confidence).toPython() == Decimal("0.9")


def test_graph_labels_and_alt_labels(graph: Graph) -> None:
    assert list(graph.objects(TENCENT, RDFS.label)) == [Literal("腾讯", lang="zh")]
    alts = set(graph.objects(TENCENT, rns.SKOS.altLabel))
    assert alts == {Literal("腾讯控股", lang="zh"), Literal("腾讯公司", lang="zh")}
    assert list(graph.objects(JD, rns.SKOS.altLabel)) == []


def test_graph_type_merge_keeps_type_with_most_mentions(graph: Graph) -> None:
    # 腾讯: Company with 3 mentions in news/a.txt, Organization with 1 in news/b.txt.
    assert list(graph.objects(TENCENT, RDF.type)) == [KG.Company]


def test_graph_type_merge_tie_follows_entity_types_order() -> None:
    exs = [
        Extraction("d1", (entity("微信支付", "Organization", "微信支付"),)),
        Extraction("d2", (entity("微信支付", "Product", "微信支付"),)),
    ]
    g = build_graph(exs)
    assert list(g.objects(URIRef(entity_iri("微信支付")), RDF.type)) == [KG.Product]


def test_graph_entities_link_to_documents(graph: Graph) -> None:
    assert set(graph.subjects(rns.SDO.mentions, TENCENT)) == {DOC_A, DOC_B}
    assert set(graph.subjects(rns.SDO.mentions, PONY)) == {DOC_A}


def test_graph_documents_carry_metadata(graph: Graph) -> None:
    assert (DOC_A, RDF.type, KG.Document) in graph
    assert graph.value(DOC_A, rns.DCTERMS.identifier) == Literal("news/a.txt")
    assert graph.value(DOC_A, rns.DCTERMS.title) == Literal("腾讯投资京东")
    assert graph.value(DOC_A, rns.SDO.datePublished) == Literal("2024-03-01", datatype=rns.XSD.date)
    assert str(graph.value(DOC_A, rns.SDO.url)) == "https://news.example.com/a"
    assert graph.value(DOC_B, rns.DCTERMS.title) is None


def test_graph_min_confidence_drops_relation(graph: Graph) -> None:
    assert (TENCENT, KG.partnerOf, JD) not in graph
    assert statements(graph, TENCENT, KG.partnerOf, JD) == []
    full = build_graph(load_extractions())
    assert (TENCENT, KG.partnerOf, JD) in full
    assert len(statements(full, TENCENT, KG.partnerOf, JD)) == 1


def test_graph_sparql_with_init_bindings(graph: Graph) -> None:
    rows = graph.query("SELECT ?h WHERE { ?h kg:investedIn ?t }", initBindings={"t": JD})
    assert [row.h for row in rows] == [TENCENT]
    query = "SELECT ?title WHERE { ?st rdf:subject ?p ; rdf:predicate kg:leads ; kg:title ?title }"
    rows = graph.query(query, initBindings={"p": PONY})
    assert [str(row.title) for row in rows] == ["董事长"]


def test_graph_prefixes_are_bound(graph: Graph) -> None:
    prefixes = dict(graph.namespaces())
    for prefix in ("kg", "rdfs", "skos", "prov", "schema", "xsd", "kgr"):
        assert prefix in prefixes
    assert str(prefixes["kg"]) == str(KG)


def test_graph_has_no_blank_nodes(graph: Graph) -> None:
    assert not any(isinstance(term, BNode) for triple in graph for term in triple)


def test_graph_turtle_round_trip_is_isomorphic(graph: Graph) -> None:
    parsed = Graph().parse(data=serialize_turtle(graph), format="turtle")
    assert isomorphic(parsed, graph)


def test_graph_turtle_is_deterministic() -> None:
    exs = load_extractions()
    first = serialize_turtle(build_graph(exs, load_documents()))
    second = serialize_turtle(build_graph(exs, load_documents()))
    reordered = serialize_turtle(build_graph(list(reversed(exs)), load_documents()))
    assert first == second == reordered


def test_graph_write_turtle_writes_utf8_file(graph: Graph, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "graph.ttl"
    write_turtle(graph, out)
    text = out.read_text(encoding="utf-8")
    assert text == serialize_turtle(graph)
    assert "马化腾" in text
    assert isomorphic(Graph().parse(out, format="turtle"), graph)


def test_graph_custom_base_iri() -> None:
    base = "https://example.com/kg"
    g = build_graph(load_extractions(), base=base)
    docs = set(g.subjects(RDF.type, KG.Document))
    assert docs == {
        URIRef(document_iri("news/a.txt", base=base)),
        URIRef(document_iri("news/b.txt", base=base)),
    }
    assert all(
        str(st).startswith("https://example.com/kg/stmt/")
        for st in g.subjects(RDF.type, KG.Statement)
    )


def test_graph_duplicate_statement_keeps_highest_confidence() -> None:
    ents = (entity("腾讯", "Company", "腾讯"), entity("京东", "Company", "京东"))
    ex = Extraction(
        "d",
        ents,
        (relation("腾讯", "investedIn", "京东", 0.6), relation("腾讯", "investedIn", "京东", 0.8)),
    )
    g = build_graph([ex])
    confs = [lit.toPython() for lit in g.objects(None, KG.confidence)]
    assert confs == [Decimal("0.8")]


def test_graph_confidence_is_rounded_to_three_decimals() -> None:
    ents = (entity("腾讯", "Company"), entity("京东", "Company"))
    g = build_graph([Extraction("d", ents, (relation("腾讯", "acquired", "京东", 0.123456),))])
    assert [lit.toPython() for lit in g.objects(None, KG.confidence)] == [Decimal("0.123")]


@pytest.mark.parametrize(
    "ex",
    [
        Extraction(
            "d",
            (entity("腾讯", "Company"), entity("京东", "Company")),
            (relation("腾讯", "owns", "京东"),),
        ),
        Extraction("d", (entity("腾讯", "Company"),), (relation("腾讯", "investedIn", "京东"),)),
        Extraction(
            "d",
            (entity("腾讯", "Company"), entity("京东", "Company")),
            (relation("腾讯", "acquired", "京东", 1.5),),
        ),
        Extraction("d", (entity("腾讯", "Brand"),)),
    ],
    ids=["unknown-relation", "unknown-tail", "bad-confidence", "unknown-type"],
)
def test_graph_invalid_records_raise_input_error(ex: Extraction) -> None:
    with pytest.raises(InputError, match="^d: "):
        build_graph([ex])


def test_graph_to_networkx_nodes_and_edges(graph: Graph) -> None:
    nxg = graph_to_networkx(graph)
    assert nxg.number_of_nodes() == 5
    tencent = nxg.nodes[str(TENCENT)]
    assert tencent == {
        "label": "腾讯",
        "type": "Company",
        "aliases": ["腾讯公司", "腾讯控股"],
        "docs": 2,
    }
    edge = nxg.edges[str(PONY), str(TENCENT), "leads"]
    assert edge["relation"] == "leads"
    assert edge["title"] == "董事长"
    assert edge["confidence"] == pytest.approx(0.85)
    assert edge["evidence"] == [("马化腾是腾讯董事长。", "news/a.txt")]
    assert not nxg.has_edge(str(TENCENT), str(JD), "partnerOf")


def test_graph_to_networkx_works_on_parsed_turtle(graph: Graph) -> None:
    parsed = Graph().parse(data=serialize_turtle(graph), format="turtle")
    a, b = graph_to_networkx(graph), graph_to_networkx(parsed)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_graph_dataset_splits_documents_and_unions_to_the_graph() -> None:
    from rdflib import Graph as _Graph
    from rdflib.compare import isomorphic as _iso

    from kg.graph import build_dataset
    from kg.iris import entities_graph_iri, graph_iri

    exts = _dataset_records()
    ds = build_dataset(exts)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == {graph_iri("d1"), graph_iri("d2"), entities_graph_iri()}
    union = _Graph()
    for g in ds.graphs():
        for t in g:
            union.add(t)
    assert _iso(union, build_graph(exts))
    # each document's graph holds only its own statements
    d1 = ds.graph(URIRef(graph_iri("d1")))
    assert set(d1.objects(None, rns.PROV.wasDerivedFrom)) == {URIRef(document_iri("d1"))}


def _dataset_records() -> list[Extraction]:
    def ent(name: str, typ: str) -> Entity:
        return Entity(name, typ, entity_iri(name), (), (Mention(name, 0, len(name)),))

    def rel(h: str, r: str, t: str, text: str) -> Relation:
        return Relation(h, r, t, 0.8, Evidence(text, 0, len(text)))

    return [
        Extraction("d1", (ent("腾讯", "Company"), ent("微盟", "Company")), (rel("腾讯", "investedIn", "微盟", "腾讯投资了微盟。"),)),
        Extraction("d2", (ent("腾讯", "Company"), ent("京东", "Company")), (rel("腾讯", "investedIn", "京东", "腾讯投资了京东。"),)),
    ]


def test_graph_triple_index_projects_like_the_rdflib_graph() -> None:
    from kg.graph import TripleIndex, graph_triples

    exts = _dataset_records()
    triples = graph_triples(exts)
    via_index = graph_to_networkx(TripleIndex(triples))
    via_graph = graph_to_networkx(build_graph(exts))
    assert sorted(via_index.nodes(data=True)) == sorted(via_graph.nodes(data=True))
    assert sorted(via_index.edges(keys=True, data=True)) == sorted(via_graph.edges(keys=True, data=True))


def test_relation_ends_outweigh_mentions_in_the_merged_type(tmp_path) -> None:
    """A name typed Place where it is mentioned three times, and Company where it is invested in, is a Company."""
    place_iri, investor_iri = entity_iri("蓝鲸"), entity_iri("星海科技")

    def ent(name: str, typ: str, iri: str, n: int) -> Entity:
        return Entity(name, typ, iri, (), tuple(Mention(name, 10 * i, 10 * i + len(name)) for i in range(n)))

    as_place = Extraction("d1", (ent("蓝鲸", "Place", place_iri, 3),), ())
    invested = Extraction(
        "d2",
        (ent("星海科技", "Company", investor_iri, 1), ent("蓝鲸", "Company", place_iri, 1)),
        (Relation("星海科技", "investedIn", "蓝鲸", 0.9, Evidence("星海科技投资蓝鲸。", 0, 9)),),
    )
    g = build_graph([as_place, invested])
    assert (URIRef(place_iri), RDF.type, KG.Company) in g
    assert (URIRef(place_iri), RDF.type, KG.Place) not in g
    # without the relation, the mentions decide
    g2 = build_graph([as_place, Extraction("d2", invested.entities, ())])
    assert (URIRef(place_iri), RDF.type, KG.Place) in g2


def test_turtle_escapes_every_character_a_string_literal_may_not_hold() -> None:
    from kg.turtle import _escape_string

    assert _escape_string('引号"与\\反斜杠') == '引号\\"与\\\\反斜杠'
    assert _escape_string("行\n回车\r制表\t退格\b换页\f") == "行\\n回车\\r制表\\t退格\\b换页\\f"
    assert _escape_string("控制\x00\x01\x1f\x7f") == "控制\\u0000\\u0001\\u001F\\u007F"
    assert _escape_string("普通文字 é \u2028") == "普通文字 é \u2028"
    g = Graph().parse(data=f'<http://e.org/a> <http://e.org/p> "{_escape_string(chr(0) + "x" + chr(34))}" .', format="nt")
    assert str(next(iter(g))[2]) == '\x00x"'
