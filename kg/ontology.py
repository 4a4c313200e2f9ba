"""The kg vocabulary, defined once in code and mirrored by ``ontology/kg.ttl``.

``KG`` is a closed rdflib namespace: a typo such as ``KG.investedin`` raises
``AttributeError`` instead of minting a new IRI. ``tests/test_ontology.py``
checks that ``KG`` and the Turtle file declare the same terms.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DefinedNamespace, Namespace

__all__ = [
    "KG",
    "KG_NS",
    "ONTOLOGY_IRI",
    "ONTOLOGY_PATH",
    "ENTITY_LABELS",
    "RELATION_LABELS",
    "load_ontology",
]

#: The ontology file, relative to the repository root.
ONTOLOGY_PATH: Path = Path(__file__).parents[1] / "ontology" / "kg.ttl"

#: IRI of the ``owl:Ontology`` resource itself.
ONTOLOGY_IRI = URIRef("http://kg.example.org/ontology")


class KG(DefinedNamespace):
    """kg ontology terms (``http://kg.example.org/ontology#``)."""

    _NS = Namespace("http://kg.example.org/ontology#")
    _fail = True

    # Classes
    Company: URIRef  # A business: a listed company, a start-up, a business unit.
    Person: URIRef  # A natural person.
    Product: URIRef  # A product, service, platform or brand.
    Organization: URIRef  # A non-company organisation: government body, association, university.
    Place: URIRef  # A geographic place: a country, a region, a city.
    Document: URIRef  # One input document, typically a news article.
    Statement: URIRef  # The reified evidence of one relation triple.

    # Relations (head -> tail)
    investedIn: URIRef  # The head put money into or holds a stake in the tail company.
    acquired: URIRef  # The head took control of the tail company.
    launched: URIRef  # The head released or developed the product.
    leads: URIRef  # The person holds a top role at the tail (sub-property of holdsPosition).
    holdsPosition: URIRef  # The person holds a named role at the tail.
    founded: URIRef  # The head created the tail (inverse of schema:founder).
    subsidiaryOf: URIRef  # The head is a unit or subsidiary of the tail.
    productOf: URIRef  # The product belongs to the tail.
    partnerOf: URIRef  # Cooperation, alliance or joint venture (symmetric).

    # Evidence carried by kg:Statement nodes
    title: URIRef  # The role named by a leads / holdsPosition statement.
    confidence: URIRef  # The extractor's confidence in [0, 1], xsd:decimal.
    extractor: URIRef  # Name and version of the extractor.
    evidenceText: URIRef  # The evidence sentence, verbatim.
    evidenceStart: URIRef  # Start character offset of the evidence in the document.
    evidenceEnd: URIRef  # End character offset (exclusive) of the evidence.


#: The namespace as a plain ``Namespace`` (for ``graph.bind``).
KG_NS = Namespace(str(KG))

#: Display labels of the entity classes: ``type -> (zh, en)``.
ENTITY_LABELS: dict[str, tuple[str, str]] = {
    "Company": ("公司", "Company"),
    "Person": ("人物", "Person"),
    "Product": ("产品", "Product"),
    "Organization": ("机构", "Organization"),
    "Place": ("地点", "Place"),
}

#: Display labels of the relations: ``relation -> (zh, en)``; equal to the rdfs:labels.
RELATION_LABELS: dict[str, tuple[str, str]] = {
    "investedIn": ("投资", "invested in"),
    "acquired": ("收购", "acquired"),
    "launched": ("发布", "launched"),
    "leads": ("领导", "leads"),
    "holdsPosition": ("任职", "holds position"),
    "founded": ("创立", "founded"),
    "subsidiaryOf": ("隶属于", "subsidiary of"),
    "productOf": ("产品归属", "product of"),
    "partnerOf": ("合作", "partner of"),
}


def load_ontology(path: str | Path | None = None) -> Graph:
    """Parse the ontology file.

    Args:
        path: The Turtle file to read; ``ONTOLOGY_PATH`` by default.

    Returns:
        A new graph holding the ontology triples.
    """
    graph = Graph()
    graph.parse(Path(path) if path is not None else ONTOLOGY_PATH, format="turtle")
    return graph
