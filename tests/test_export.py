"""Tests of kg.export and ``kg export``: every format, named graphs, quoting, streaming, errors."""

from __future__ import annotations

import csv
import json
import re
import tracemalloc
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.errors import ConfigError, InputError
from kg.export import (
    ARRAY_DELIMITER,
    FORMATS,
    NEO4J_NODE_HEADER,
    NEO4J_RELATIONSHIP_HEADER,
    RDF_FORMATS,
    Source,
    cypher_literal,
    export,
    open_source,
    property_graph,
)
from kg.graph import build_dataset, build_graph
from kg.iris import entities_graph_iri, entity_iri, graph_iri
from kg.types import Extraction

DATA = Path(__file__).parent / "data" / "interop"
TRICKY = 'Acme "Quoted" \\ Co; Ltd'
TRIPLE_FORMATS = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml"}
#: With a named-graph source, JSON-LD keeps the graphs too.
QUAD_FORMATS = {"nquads": "nquads", "trig": "trig", "json-ld": "json-ld"}


def records() -> list[Extraction]:
    with open(DATA / "extractions.jsonl", encoding="utf-8") as fh:
        return [Extraction.from_json(json.loads(line)) for line in fh]


@pytest.fixture(scope="module")
def source() -> Source:
    return open_source(graph=DATA)


@pytest.fixture(scope="module")
def exported(tmp_path_factory, source) -> dict[str, Path]:
    """Every format of the interop fixture, written once."""
    out = tmp_path_factory.mktemp("export")
    paths = {}
    for fmt in FORMATS:
        paths[fmt] = out / ("neo4j" if fmt == "neo4j" else f"graph.{fmt}")
        export(source, fmt, paths[fmt])
    return paths


def test_export_formats_match_the_cli_choices() -> None:
    params = {p.name: p for p in cli.commands["export"].params}
    assert tuple(params["fmt"].type.choices) == FORMATS


@pytest.mark.parametrize("fmt", sorted(TRIPLE_FORMATS))
def test_export_triple_formats_round_trip_through_rdflib(exported, fmt) -> None:
    back = Graph().parse(exported[fmt], format=TRIPLE_FORMATS[fmt])
    assert isomorphic(back, build_graph(records()))


@pytest.mark.parametrize("fmt", sorted(QUAD_FORMATS))
def test_export_quad_formats_keep_one_named_graph_per_document(exported, fmt) -> None:
    back = Dataset()
    back.parse(exported[fmt], format=QUAD_FORMATS[fmt])
    want = build_dataset(records())
    names = {g.identifier for g in want.graphs() if len(g)}
    assert {g.identifier for g in back.graphs() if len(g)} == names
    assert URIRef(graph_iri("news/b 2.txt")) in names
    assert URIRef(entities_graph_iri()) in names
    for name in names:
        assert isomorphic(back.graph(name), want.graph(name)), name


def test_export_jsonld_of_a_triple_file_is_one_graph(tmp_path, exported) -> None:
    export(open_source(graph=exported["turtle"]), "json-ld", tmp_path / "g.jsonld")
    back = Graph().parse(tmp_path / "g.jsonld", format="json-ld")
    assert isomorphic(back, build_graph(records()))


def test_export_jsonld_uses_the_shipped_context(exported) -> None:
    doc = json.loads(exported["json-ld"].read_text(encoding="utf-8"))
    shipped = json.loads((Path(__file__).parents[1] / "ontology" / "context.jsonld").read_text())
    assert doc["@context"] == shipped["@context"]
    text = exported["json-ld"].read_text(encoding="utf-8")
    assert '"investedIn"' in text and '"confidence"' in text and "腾讯" in text


def test_export_triples_are_deduplicated_across_documents(source) -> None:
    tencent, jd = entity_iri("腾讯"), entity_iri("京东")
    direct = [t for t in source.triples() if t.subject.value == tencent and t.object.value == jd]
    assert len(direct) == 1  # stated by both documents, written once


def test_export_graphml_and_gexf_read_back(exported, source) -> None:
    pg = property_graph(source)
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        kwargs = {"force_multigraph": True} if fmt == "graphml" else {}
        back = read(exported[fmt], **kwargs)
        assert back.number_of_nodes() == pg.number_of_nodes(), fmt
        assert back.number_of_edges() == pg.number_of_edges(), fmt
        for node, attrs in pg.nodes(data=True):
            got = back.nodes[node]
            for key in ("label", "type", "aliases", "docs"):
                assert got[key] == attrs[key], (fmt, node, key)
        want_edges = sorted(
            (u, v, a["relation"], a.get("title"), a["confidence"])
            for u, v, a in pg.edges(data=True)
        )
        got_edges = sorted(
            (u, v, a["relation"], a.get("title"), float(a["confidence"]))
            for u, v, a in back.edges(data=True)
        )
        assert got_edges == want_edges, fmt


def test_export_property_graph_joins_aliases(source) -> None:
    pg = property_graph(source)
    node = pg.nodes[entity_iri(TRICKY)]
    assert node["label"] == TRICKY
    assert node["type"] == "Company"
    # ';' is the array delimiter, so a ';' inside an alias becomes a full-width one
    assert sorted(node["aliases"].split(ARRAY_DELIMITER)) == sorted(
        ["Acme\nCo", "A,B；C", 'It\'s "odd"']
    )
    lead = pg.get_edge_data(entity_iri("马化腾"), entity_iri("腾讯"))
    assert lead["leads"]["title"] == "董事长"
    assert lead["holdsPosition"]["title"] == "CEO"


# ---------------------------------------------------------------- Neo4j

_NEO4J_TYPES = (
    "int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time"
    "|localdatetime|datetime|duration"
)
#: neo4j-admin import header field: ``name:TYPE``, ``name:TYPE[]``, ``name:ID(group)``,
#: ``:LABEL``, ``:START_ID(group)``, ``:END_ID(group)``, ``:TYPE``, ``:IGNORE`` or a bare name.
_NEO4J_FIELD = re.compile(
    rf"^(?:(?P<name>[^:\s][^:]*)?:(?P<kind>ID|START_ID|END_ID)(?:\((?P<group>[^()]+)\))?"
    rf"|:(?P<special>LABEL|TYPE|IGNORE)"
    rf"|(?P<prop>[^:\s][^:]*)(?::(?P<type>{_NEO4J_TYPES})(?P<array>\[\])?)?)$"
)


def _neo4j_header_ok(header: list[str], kind: str) -> None:
    fields = [_NEO4J_FIELD.match(h) for h in header]
    assert all(fields), [h for h, m in zip(header, fields, strict=True) if not m]
    kinds = [m.group("kind") or m.group("special") for m in fields if m]
    if kind == "nodes":
        assert kinds.count("ID") == 1 and "START_ID" not in kinds and "TYPE" not in kinds
    else:
        assert (
            kinds.count("START_ID") == 1 and kinds.count("END_ID") == 1 and kinds.count("TYPE") == 1
        )
        assert "ID" not in kinds and "LABEL" not in kinds
    props = [
        m.group("name") or m.group("prop")
        for m in fields
        if m and (m.group("name") or m.group("prop"))
    ]
    assert len(props) == len(set(props))


def test_export_neo4j_headers_follow_the_import_grammar(exported) -> None:
    with open(exported["neo4j"] / "nodes.csv", encoding="utf-8", newline="") as fh:
        _neo4j_header_ok(next(csv.reader(fh)), "nodes")
    with open(exported["neo4j"] / "relationships.csv", encoding="utf-8", newline="") as fh:
        _neo4j_header_ok(next(csv.reader(fh)), "relationships")
    for bad in (["id:ID", "x:ID"], ["name:text"], [":LABEL", "a:int[][]"]):
        with pytest.raises(AssertionError):
            _neo4j_header_ok(bad, "nodes")


def test_export_neo4j_csv_quotes_names(exported, source) -> None:
    with open(exported["neo4j"] / "nodes.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0].keys()) == NEO4J_NODE_HEADER
    by_iri = {r["iri:ID"]: r for r in rows}
    tricky = by_iri[entity_iri(TRICKY)]
    assert tricky["name"] == TRICKY
    assert "Acme\nCo" in tricky["aliases:string[]"].split(";")
    assert tricky[":LABEL"] == "Entity;Company"
    assert len(rows) == property_graph(source).number_of_nodes()
    with open(exported["neo4j"] / "relationships.csv", encoding="utf-8", newline="") as fh:
        rels = list(csv.DictReader(fh))
    assert tuple(rels[0].keys()) == NEO4J_RELATIONSHIP_HEADER
    ids = set(by_iri)
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)
    partner = next(r for r in rels if r[":TYPE"] == "partnerOf")
    assert partner["evidence"] == '腾讯与Acme "Quoted" \\ Co; Ltd合作,\n签署协议。'
    assert all(0.0 <= float(r["confidence:float"]) <= 1.0 for r in rels)


# ---------------------------------------------------------------- Cypher


def _parse_cypher_literal(text: str) -> Any:
    """A small reader of the Cypher literals the exporter writes (maps, lists, strings, numbers)."""
    pos = 0
    escapes = {
        "n": "\n",
        "t": "\t",
        "r": "\r",
        "b": "\b",
        "f": "\f",
        '"': '"',
        "'": "'",
        "\\": "\\",
    }

    def ws() -> None:
        nonlocal pos
        while pos < len(text) and text[pos] == " ":
            pos += 1

    def value() -> Any:
        nonlocal pos
        ws()
        c = text[pos]
        if c == "{":
            pos += 1
            out = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return out
            while True:
                ws()
                assert text[pos] == "`"
                end = text.index("`", pos + 1)
                key = text[pos + 1 : end]
                pos = end + 1
                ws()
                assert text[pos] == ":"
                pos += 1
                out[key] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                assert text[pos] == "}"
                pos += 1
                return out
        if c == "[":
            pos += 1
            items: list[Any] = []
            ws()
            if text[pos] == "]":
                pos += 1
                return items
            while True:
                items.append(value())
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                assert text[pos] == "]"
                pos += 1
                return items
        if c == '"':
            pos += 1
            chars = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    e = text[pos + 1]
                    if e == "u":
                        chars.append(chr(int(text[pos + 2 : pos + 6], 16)))
                        pos += 6
                        continue
                    chars.append(escapes[e])
                    pos += 2
                    continue
                assert text[pos] not in "\n\r"
                chars.append(text[pos])
                pos += 1
            pos += 1
            return "".join(chars).encode("utf-16", "surrogatepass").decode("utf-16")
        m = re.compile(r"null|true|false|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?").match(text, pos)
        assert m, text[pos : pos + 20]
        pos = m.end()
        return json.loads(m.group())

    result = value()
    ws()
    assert pos == len(text)
    return result


@pytest.mark.parametrize(
    "value",
    [
        "",
        'a"b',
        "back\\slash",
        "new\nline\r\ttab",
        "它's 中文",
        "emoji 😀",
        "\u2028",
        {"k": [1, 0.5, None, True]},
    ],
)
def test_export_cypher_literal_reads_back(value) -> None:
    assert _parse_cypher_literal(cypher_literal(value)) == value


def test_export_cypher_script_uses_merge_with_parameters(exported, source) -> None:
    lines = exported["cypher"].read_text(encoding="utf-8").splitlines()
    nodes: dict[str, dict] = {}
    edges = []
    rows = None
    for line in lines:
        if line.startswith("//") or line.startswith("CREATE CONSTRAINT"):
            continue
        if line.startswith(":param rows => "):
            rows = _parse_cypher_literal(line[len(":param rows => ") :])
            continue
        # a statement: it uses the rows just set and names no data itself
        assert (
            line.startswith("UNWIND $rows AS row ") and " MERGE " in line and line.endswith(";")
        ), line
        assert '"' not in line and "'" not in line
        assert rows is not None
        if "MERGE (n:Entity" in line:
            nodes.update({r["iri"]: r for r in rows})
        else:
            edges.extend(
                (r["start"], line.split("[r:`")[1].split("`")[0], r["end"], r) for r in rows
            )
        rows = None
    pg = property_graph(source)
    assert len(nodes) == pg.number_of_nodes()
    assert len(edges) == pg.number_of_edges()
    assert nodes[entity_iri(TRICKY)]["name"] == TRICKY
    assert "Acme\nCo" in nodes[entity_iri(TRICKY)]["aliases"]
    partner = next(r for _, rel, _, r in edges if rel == "partnerOf")
    assert partner["evidence"] == '腾讯与Acme "Quoted" \\ Co; Ltd合作,\n签署协议。'


# ---------------------------------------------------------------- sources and streaming


def test_export_reads_a_store(tmp_path) -> None:
    from kg.store import KGStore

    with KGStore(tmp_path / "store") as st:
        for x in records():
            st.add(x)
    src = open_source(store=tmp_path / "store")
    assert src.named_graphs
    export(src, "trig", tmp_path / "g.trig")
    back = Dataset()
    back.parse(tmp_path / "g.trig", format="trig")
    union = Graph()
    for g in back.graphs():
        for t in g:
            union.add(t)
    # Oxigraph stores xsd:decimal in canonical form ("0.9" for "0.900"): compare values
    assert _values(union) == _values(build_graph(records()))
    assert URIRef(graph_iri("news/a.txt")) in {g.identifier for g in back.graphs()}


def _values(graph: Graph) -> set[tuple]:
    return {(s, p, o.toPython() if isinstance(o, Literal) else o) for s, p, o in graph}


def test_export_ntriples_streams_from_a_triple_file(tmp_path, monkeypatch) -> None:
    n = 60_000
    big = tmp_path / "big.nt"
    with open(big, "w", encoding="utf-8") as fh:
        for i in range(n):
            label = "<http://www.w3.org/2000/01/rdf-schema#label>"
            fh.write(f'<http://kg.example.org/resource/entity/e{i}> {label} "名字 {i}"@zh .\n')

    def no_memory_copy(self):  # noqa: ANN001, ANN202
        raise AssertionError("the whole graph was loaded")

    monkeypatch.setattr(Source, "to_graph", no_memory_copy)
    monkeypatch.setattr(Source, "to_dataset", no_memory_copy)
    src = open_source(graph=big)
    tracemalloc.start()
    try:
        written = export(src, "ntriples", tmp_path / "out.nt")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == n
    assert peak < 2_000_000, peak  # a graph of 60k triples in rdflib takes far more
    assert sum(1 for _ in open(tmp_path / "out.nt", encoding="utf-8")) == n


def test_export_failure_leaves_the_old_output(tmp_path) -> None:
    target = tmp_path / "g.nt"
    target.write_text("old\n", encoding="utf-8")

    def broken():  # noqa: ANN202
        yield ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/p"), ox.Literal("1"))
        raise InputError("x.nt", "broken in the middle")

    with pytest.raises(InputError):
        export(Source("x", broken, named_graphs=False), "ntriples", target)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.nt"]


def test_export_source_errors() -> None:
    with pytest.raises(ConfigError):
        open_source()
    with pytest.raises(ConfigError):
        open_source(store="a", graph="b")
    with pytest.raises(InputError, match="no such file"):
        open_source(graph="does/not/exist.ttl")
    with pytest.raises(ConfigError, match="unknown format"):
        export(open_source(graph=DATA), "dot", "x.dot")


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("bad.ttl", "<http://a> <http://b> .\n", "not valid"),
        ("bad.jsonl", '{"id": "x", "entities": [{"name": 1}]}\n', "bad.jsonl:1"),
        ("bad.csv", "a,b\n", "unknown RDF file type"),
    ],
)
def test_export_cli_bad_input_is_one_line(run_kg, tmp_path, name, content, message) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    proc = run_kg("export", "--graph", path, "--format", "ntriples", "-o", tmp_path / "o.nt")
    assert proc.returncode == 2, proc.stderr
    assert (
        proc.stderr.count("\n") == 1 and message in proc.stderr and "Traceback" not in proc.stderr
    )
    assert not (tmp_path / "o.nt").exists()


def test_export_cli_missing_input_and_both_sources(run_kg, tmp_path) -> None:
    proc = run_kg("export", "--graph", tmp_path / "nope", "-f", "turtle", "-o", tmp_path / "o.ttl")
    assert proc.returncode == 2 and "no such file" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_kg(
        "export", "--graph", DATA, "--store", tmp_path, "-f", "turtle", "-o", tmp_path / "o.ttl"
    )
    assert proc.returncode == 2 and "exactly one" in proc.stderr


def test_export_cli_writes_every_format(tmp_path) -> None:
    runner = CliRunner()
    for fmt in FORMATS:
        out = tmp_path / f"o.{fmt}"
        res = runner.invoke(cli, ["export", "--graph", str(DATA), "--format", fmt, "-o", str(out)])
        assert res.exit_code == 0, (fmt, res.output)
        assert out.exists()
    assert (tmp_path / "o.neo4j" / "nodes.csv").is_file()
    assert set(RDF_FORMATS) < set(FORMATS)
