"""Plain, frozen records passed between the pipeline stages.

``Document`` goes into extraction; ``Extraction`` (entities and relations with
their evidence) comes out and feeds graph building. Nothing here imports spaCy
or rdflib, so records can cross process boundaries cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "RELATION_ENDS",
    "RELATION_TYPE_WEIGHT",
    "TITLED_RELATIONS",
    "Document",
    "Mention",
    "Entity",
    "Evidence",
    "Relation",
    "Extraction",
]

#: Entity classes, in the order used for display.
ENTITY_TYPES: tuple[str, ...] = ("Company", "Person", "Product", "Organization", "Place")

#: Relation vocabulary (head -> tail), see ontology/kg.ttl.
RELATION_TYPES: tuple[str, ...] = (
    "investedIn",
    "acquired",
    "launched",
    "leads",
    "holdsPosition",
    "founded",
    "subsidiaryOf",
    "productOf",
    "partnerOf",
)

#: The entity types each relation allows at its head and its tail (ontology/shapes.ttl).
RELATION_ENDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "investedIn": (frozenset({"Company", "Person", "Organization"}), frozenset({"Company"})),
    "acquired": (frozenset({"Company", "Organization"}), frozenset({"Company"})),
    "launched": (frozenset({"Company", "Organization", "Person"}), frozenset({"Product"})),
    "leads": (frozenset({"Person"}), frozenset({"Company", "Organization", "Product"})),
    "holdsPosition": (frozenset({"Person"}), frozenset({"Company", "Organization", "Product"})),
    "founded": (frozenset({"Person", "Company", "Organization"}), frozenset({"Company", "Organization"})),
    "subsidiaryOf": (frozenset({"Company", "Organization"}), frozenset({"Company", "Organization"})),
    "productOf": (frozenset({"Product"}), frozenset({"Company", "Organization"})),
    "partnerOf": (frozenset({"Company", "Organization"}), frozenset({"Company", "Organization"})),
}

#: How much one relation end weighs, against one mention, when documents disagree on an
#: entity's type: what a relation says of its ends outweighs how a name was tagged.
RELATION_TYPE_WEIGHT = 10

#: Relations that carry the title the person holds.
TITLED_RELATIONS: frozenset[str] = frozenset({"leads", "holdsPosition"})


@dataclass(frozen=True)
class Document:
    """One input document.

    Attributes:
        id: The JSONL record's ``id`` when there is one, else the file path.
        text: The document text exactly as read (offsets index into it).
        source: Where it came from: a file path or ``"<stdin>"``.
        title, date, url: Optional metadata from JSONL or HTML.
    """

    id: str
    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of the document text: ``doc.text[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Entity:
    """A resolved entity of one document: a canonical name, a type, its mentions."""

    name: str
    type: str
    iri: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def to_json(self) -> dict[str, Any]:
        # the public contract: aliases are the mention texts other than the name
        return {
            "name": self.name,
            "type": self.type,
            "iri": self.iri,
            "mentions": [m.to_json() for m in self.mentions],
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Entity:
        return cls(
            name=obj["name"],
            type=obj["type"],
            iri=obj["iri"],
            aliases=tuple(obj.get("aliases", ())),
            mentions=tuple(Mention(m["text"], m["start"], m["end"]) for m in obj.get("mentions", ())),
        )


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, with its character offsets in the document."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Relation:
    """A directed fact ``head -relation-> tail`` between two entities of one document.

    ``head`` and ``tail`` are canonical entity names of the same ``Extraction``.
    """

    head: str
    relation: str
    tail: str
    confidence: float
    evidence: Evidence
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "head": self.head,
            "relation": self.relation,
            "tail": self.tail,
            "title": self.title,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence.to_json(),
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Relation:
        ev = obj["evidence"]
        return cls(
            head=obj["head"],
            relation=obj["relation"],
            tail=obj["tail"],
            title=obj.get("title"),
            confidence=float(obj["confidence"]),
            evidence=Evidence(ev["text"], ev["start"], ev["end"]),
        )


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document: the record that graph building merges."""

    doc_id: str
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The public ``kg extract`` JSONL object for this document."""
        out: dict[str, Any] = {
            "id": self.doc_id,
            "entities": [e.to_json() for e in self.entities],
            "relations": [r.to_json() for r in self.relations],
        }
        if self.meta:
            out["meta"] = dict(self.meta)
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Extraction:
        return cls(
            doc_id=obj["id"],
            entities=tuple(Entity.from_json(e) for e in obj.get("entities", ())),
            relations=tuple(Relation.from_json(r) for r in obj.get("relations", ())),
            meta=dict(obj.get("meta", {})),
        )
