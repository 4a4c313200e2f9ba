"""Tests of kg.validate, ontology/shapes.ttl and ``kg validate``.

Built graphs conform; broken ones are reported with what is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.errors import ConfigError
from kg.export import open_source
from kg.iris import entity_iri
from kg.ontology import KG, load_ontology
from kg.types import ENTITY_TYPES, RELATION_TYPES
from kg.validate import SHAPES_PATH, format_violation, load_shapes, validate_graph

DATA = Path(__file__).parent / "data" / "interop"
FINRE = Path(__file__).resolve().parents[2] / "shared" / "data" / "finre" / "valid.txt"
SH = Namespace("http://www.w3.org/ns/shacl#")
KGSH = Namespace("http://kg.example.org/shapes#")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture()
def graph() -> Graph:
    """A fresh, conforming graph of the interop fixture."""
    return open_source(graph=DATA).to_graph()


def _classes(graph: Graph, node) -> set[str]:  # noqa: ANN001
    """Class names of an rdfs:domain/range (a class or an owl:unionOf) or a sh:or of sh:class."""
    if isinstance(node, URIRef):
        return {str(node).rsplit("#", 1)[-1]}
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return {str(c).rsplit("#", 1)[-1] for c in Collection(graph, union)}
    return {str(graph.value(m, SH["class"])).rsplit("#", 1)[-1] for m in Collection(graph, node)}


def test_validate_shapes_cover_every_class(shapes) -> None:
    targets = {str(c).rsplit("#", 1)[-1] for c in shapes.objects(None, SH.targetClass)}
    assert set(ENTITY_TYPES) | {"Document", "Statement"} <= targets


@pytest.mark.parametrize("relation", RELATION_TYPES)
def test_validate_domain_and_range_match_the_ontology(shapes, relation) -> None:
    onto = load_ontology()
    prop = KG[relation]
    domain = shapes.value(KGSH[f"{relation}Domain"], SH["or"])
    range_ = shapes.value(KGSH[f"{relation}Range"], SH["or"])
    assert shapes.value(KGSH[f"{relation}Domain"], SH.targetSubjectsOf) == prop
    assert shapes.value(KGSH[f"{relation}Range"], SH.targetObjectsOf) == prop
    assert _classes(shapes, domain) == _classes(onto, onto.value(prop, RDFS.domain))
    assert _classes(shapes, range_) == _classes(onto, onto.value(prop, RDFS.range))


def test_validate_fixture_conforms(graph) -> None:
    report = validate_graph(graph)
    assert report.conforms, [format_violation(v) for v in report.violations]


def _stmt(graph: Graph, relation: str) -> URIRef:
    return next(iter(graph.subjects(RDF.predicate, KG[relation])))


def _drop_label(g: Graph) -> None:
    g.remove((URIRef(entity_iri("京东")), RDFS.label, None))


def _bad_range(g: Graph) -> None:
    g.add((URIRef(entity_iri("腾讯")), KG.launched, URIRef(entity_iri("京东"))))


def _bad_domain(g: Graph) -> None:
    g.add((URIRef(entity_iri("深圳")), KG.leads, URIRef(entity_iri("腾讯"))))


def _no_title(g: Graph) -> None:
    g.remove((_stmt(g, "leads"), KG.title, None))


def _confidence(g: Graph) -> None:
    g.set((_stmt(g, "investedIn"), KG.confidence, Literal(Decimal("1.5"))))


def _offsets(g: Graph) -> None:
    s = _stmt(g, "launched")
    g.set((s, KG.evidenceStart, Literal(90, datatype=XSD.integer)))
    g.set((s, KG.evidenceEnd, Literal(80, datatype=XSD.integer)))


def _no_document(g: Graph) -> None:
    g.remove((_stmt(g, "partnerOf"), URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None))


def _no_type(g: Graph) -> None:
    s = URIRef(entity_iri("京东"))
    g.remove((s, RDF.type, None))


@pytest.mark.parametrize(
    "break_it, path, message",
    [
        (_drop_label, "rdfs:label", "needs an rdfs:label"),
        (_bad_range, None, "tail of kg:launched must be a Product"),
        (_bad_domain, None, "head of kg:leads must be a Person"),
        (_no_title, None, "needs a kg:title"),
        (_confidence, "kg:confidence", "[0, 1]"),
        (_offsets, "kg:evidenceStart", "<= kg:evidenceEnd"),
        (_no_document, "prov:wasDerivedFrom", "a kg:Document"),
        (_no_type, None, "tail of kg:investedIn must be a Company"),
    ],
)
def test_validate_names_what_is_wrong(
    graph, break_it: Callable[[Graph], None], path, message
) -> None:
    break_it(graph)
    report = validate_graph(graph)
    assert not report.conforms
    hits = [v for v in report.violations if message in v.message]
    assert hits, [format_violation(v) for v in report.violations]
    if path:
        assert hits[0].path == path
    line = format_violation(hits[0])
    assert "\n" not in line and message in line


def test_validate_report_shows_the_label(graph) -> None:
    _bad_range(graph)
    v = next(v for v in validate_graph(graph).violations if "kg:launched" in v.message)
    assert v.label == "京东"
    assert format_violation(v).startswith(f'<{entity_iri("京东")}> "京东"')


def test_validate_bad_shapes_file(tmp_path) -> None:
    bad = tmp_path / "shapes.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_shapes(bad)
    with pytest.raises(ConfigError):
        load_shapes(tmp_path / "missing.ttl")
    assert SHAPES_PATH.is_file()


# ---------------------------------------------------------------- the CLI and built graphs


def test_validate_cli_exit_codes(run_kg, tmp_path, graph) -> None:
    ok = run_kg("validate", "--graph", DATA)
    assert ok.returncode == 0, ok.stderr
    assert "conforms" in ok.stderr
    _bad_range(graph)
    _no_title(graph)
    graph.serialize(tmp_path / "bad.ttl", format="turtle")
    bad = run_kg("validate", "--graph", tmp_path / "bad.ttl")
    assert bad.returncode == 1
    lines = bad.stdout.splitlines()
    assert any(
        '"京东"' in line and "tail of kg:launched must be a Product" in line for line in lines
    )
    assert any("needs a kg:title" in line for line in lines)
    assert "2 violation(s)" in bad.stderr
    missing = run_kg("validate", "--graph", tmp_path / "nope.ttl")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    (tmp_path / "broken.ttl").write_text("<a> <b>", encoding="utf-8")
    broken = run_kg("validate", "--graph", tmp_path / "broken.ttl")
    assert broken.returncode == 2 and broken.stderr.count("\n") == 1


def test_validate_seed_build_conforms(run_kg, seed_build) -> None:
    for target in (seed_build / "graph.ttl", seed_build):
        proc = run_kg("validate", "--graph", target)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def _finre_sentences(n: int) -> list[str]:
    out: list[str] = []
    for record in FINRE.read_text(encoding="utf-8").split("\n\n"):
        parts = record.strip().split("\t")
        if len(parts) >= 4 and parts[3].strip() and parts[3].strip() not in out:
            out.append(parts[3].strip())
        if len(out) == n:
            break
    return out


@pytest.mark.skipif(not FINRE.is_file(), reason=f"FinRE development set not found at {FINRE}")
def test_validate_finre_build_conforms(run_kg, tmp_path) -> None:
    sentences = _finre_sentences(200)
    assert len(sentences) == 200
    feed = tmp_path / "finre200.jsonl"
    with open(feed, "w", encoding="utf-8") as fh:
        for i, text in enumerate(sentences):
            fh.write(json.dumps({"id": f"finre-{i:03d}", "text": text}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    build = run_kg("build", feed, "-o", out, "-q", "--no-store", cwd=tmp_path)
    assert build.returncode == 0, build.stderr
    proc = run_kg("validate", "--graph", out / "graph.ttl", "--max", "0")
    assert proc.returncode == 0, proc.stdout
