"""Tests of ontology/kg.ttl and its code mirror kg.ontology.KG."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib import namespace as rns
from rdflib.collection import Collection
from rdflib.namespace import get_annotations

from kg.ontology import (
    ENTITY_LABELS,
    KG,
    ONTOLOGY_IRI,
    ONTOLOGY_PATH,
    RELATION_LABELS,
    load_ontology,
)
from kg.types import ENTITY_TYPES, RELATION_TYPES

#: The relation table of the gold README: relation -> (head types, tail types).
GOLD_TABLE: dict[str, tuple[set[str], set[str]]] = {
    "investedIn": ({"Company", "Person", "Organization"}, {"Company"}),
    "acquired": ({"Company", "Organization"}, {"Company"}),
    "launched": ({"Company", "Organization", "Person"}, {"Product"}),
    "leads": ({"Person"}, {"Company", "Organization", "Product"}),
    "holdsPosition": ({"Person"}, {"Company", "Organization", "Product"}),
    "founded": ({"Person", "Company", "Organization"}, {"Company", "Organization"}),
    "subsidiaryOf": ({"Company", "Organization"}, {"Company", "Organization"}),
    "productOf": ({"Product"}, {"Company", "Organization"}),
    "partnerOf": ({"Company", "Organization"}, {"Company", "Organization"}),
}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


def _declared_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG))}


def _class_set(g: Graph, node: object) -> set[str]:
    """Local names of a class or of an owl:unionOf class expression."""
    union = g.value(node, OWL.unionOf)
    members = list(Collection(g, union)) if union is not None else [node]
    return {str(m)[len(str(KG)) :] for m in members}


def test_ontology_file_exists_and_parses(onto: Graph) -> None:
    assert ONTOLOGY_PATH.is_file()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None


def test_ontology_terms_match_code(onto: Graph) -> None:
    in_code = {KG[name] for name in get_annotations(KG)}
    assert in_code == _declared_terms(onto)


def test_ontology_covers_entity_and_relation_types(onto: Graph) -> None:
    for etype in ENTITY_TYPES:
        assert (KG[etype], RDF.type, OWL.Class) in onto
    for rel in RELATION_TYPES:
        assert (KG[rel], RDF.type, OWL.ObjectProperty) in onto
    assert set(ENTITY_LABELS) == set(ENTITY_TYPES)
    assert set(RELATION_LABELS) == set(RELATION_TYPES)


def test_ontology_closed_namespace_rejects_typos() -> None:
    with pytest.raises(AttributeError):
        KG.investedin  # noqa: B018


def test_ontology_every_term_has_zh_and_en_label_and_comment(onto: Graph) -> None:
    for term in _declared_terms(onto):
        for prop in (RDFS.label, RDFS.comment):
            langs = {lit.language for lit in onto.objects(term, prop)}
            assert {"zh", "en"} <= langs, (term, prop)


def test_ontology_labels_match_display_labels(onto: Graph) -> None:
    for name, (zh, en) in {**RELATION_LABELS, **ENTITY_LABELS}.items():
        labels = {(lit.language, str(lit)) for lit in onto.objects(KG[name], RDFS.label)}
        assert {("zh", zh), ("en", en)} <= labels


def test_ontology_leads_is_subproperty_of_holds_position(onto: Graph) -> None:
    assert (KG.leads, RDFS.subPropertyOf, KG.holdsPosition) in onto


def test_ontology_partner_of_is_symmetric(onto: Graph) -> None:
    assert (KG.partnerOf, RDF.type, OWL.SymmetricProperty) in onto


@pytest.mark.parametrize("rel", RELATION_TYPES)
def test_ontology_domain_and_range_follow_gold_table(onto: Graph, rel: str) -> None:
    heads, tails = GOLD_TABLE[rel]
    assert _class_set(onto, onto.value(KG[rel], RDFS.domain)) == heads
    assert _class_set(onto, onto.value(KG[rel], RDFS.range)) == tails


def test_ontology_aligns_with_schema_and_prov(onto: Graph) -> None:
    assert (KG.Person, RDFS.subClassOf, rns.SDO.Person) in onto
    assert (KG.Company, RDFS.subClassOf, rns.SDO.Corporation) in onto
    assert (KG.Organization, RDFS.subClassOf, rns.SDO.Organization) in onto
    assert (KG.Place, RDFS.subClassOf, rns.SDO.Place) in onto
    assert (KG.Product, RDFS.subClassOf, rns.SDO.Product) in onto
    assert (KG.founded, OWL.inverseOf, rns.SDO.founder) in onto
    assert (KG.Statement, RDFS.subClassOf, RDF.Statement) in onto
    assert (KG.Statement, RDFS.subClassOf, rns.PROV.Entity) in onto
    assert (KG.Document, RDFS.subClassOf, rns.PROV.Entity) in onto


def test_ontology_evidence_properties_are_typed(onto: Graph) -> None:
    for prop in (
        KG.title,
        KG.confidence,
        KG.extractor,
        KG.evidenceText,
        KG.evidenceStart,
        KG.evidenceEnd,
    ):
        assert (prop, RDF.type, OWL.DatatypeProperty) in onto
        assert onto.value(prop, RDFS.domain) == KG.Statement
    assert onto.value(KG.evidenceStart, RDFS.range) is not None
    conf_range = onto.value(KG.confidence, RDFS.range)
    assert onto.value(conf_range, OWL.onDatatype) is not None
