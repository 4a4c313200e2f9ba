"""Score extraction records against gold annotations (the rules of the gold README).

* An entity matches when the predicted canonical name, or any predicted mention
  text, equals the gold name or an alias, and the predicted type is among the
  gold ``types``.
* A relation matches when the relation name is the same and both ends match by
  name as above; direction matters except for ``partnerOf``.
* ``leads`` is a sub-property of ``holdsPosition``: every gold ``leads`` pair is
  also a gold ``holdsPosition`` pair, and every predicted ``leads`` also counts
  as a predicted ``holdsPosition``.
* Optional items are neutral; anything else unmatched is a false positive.
* P/R/F1 per entity type and per relation, then micro-averaged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.types import Extraction

__all__ = ["Score", "Report", "load_gold", "score_document", "merge_reports"]


@dataclass
class Score:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_json(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    """Scores per category plus the individual errors, for one or more documents."""

    entities: dict[str, Score] = field(default_factory=dict)
    relations: dict[str, Score] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def entity_micro(self) -> Score:
        return _micro(self.entities.values())

    @property
    def relation_micro(self) -> Score:
        return _micro(self.relations.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "entities": {k: v.to_json() for k, v in sorted(self.entities.items())},
            "entity_micro": self.entity_micro.to_json(),
            "relations": {k: v.to_json() for k, v in sorted(self.relations.items())},
            "relation_micro": self.relation_micro.to_json(),
            "errors": self.errors,
        }


def _micro(scores: Iterable[Score]) -> Score:
    total = Score()
    for s in scores:
        total.add(s)
    return total


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read a gold file; raises :class:`InputError` naming the file when it is malformed."""
    p = Path(path)
    try:
        gold = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(p), "no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(p), f"not a JSON gold file ({exc})") from None
    if not isinstance(gold, dict) or "entities" not in gold or "relations" not in gold:
        raise InputError(str(p), "gold file needs 'entities' and 'relations'")
    return gold


def _names(entry: Mapping[str, Any]) -> set[str]:
    return {entry["name"], *entry.get("aliases", [])}


def _entity_index(entries: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    idx: dict[str, int] = {}
    for i, e in enumerate(entries):
        for n in _names(e):
            idx.setdefault(n, i)
    return idx


def score_document(pred: Extraction, gold: Mapping[str, Any]) -> Report:
    """Score one document's extraction against its gold annotation."""
    rep = Report()
    req = list(gold.get("entities", []))
    opt = list(gold.get("optional_entities", []))
    req_idx, opt_idx = _entity_index(req), _entity_index(opt)

    # -- entities --
    matched: set[int] = set()
    pred_gold: dict[str, tuple[str, int] | None] = {}  # predicted name -> gold entity it matched
    for e in pred.entities:
        forms = {e.name, *(m.text for m in e.mentions)}
        hit = next((req_idx[f] for f in sorted(forms) if f in req_idx and e.type in req[req_idx[f]]["types"]), None)
        if hit is not None:
            pred_gold[e.name] = ("req", hit)
            if hit not in matched:
                matched.add(hit)
                rep.entities.setdefault(e.type, Score()).tp += 1
            continue
        # relation ends match by name whatever the type: required names first, then optional
        name_hit = next((req_idx[f] for f in sorted(forms) if f in req_idx), None)
        oname_hit = next((opt_idx[f] for f in sorted(forms) if f in opt_idx), None)
        pred_gold[e.name] = (
            ("req", name_hit) if name_hit is not None else (("opt", oname_hit) if oname_hit is not None else None)
        )
        ohit = next(
            (opt_idx[f] for f in sorted(forms)
             if f in opt_idx and (e.type in opt[opt_idx[f]]["types"] or not opt[opt_idx[f]]["types"])),
            None,
        )
        if ohit is not None:
            continue  # an optional entity: neutral
        rep.entities.setdefault(e.type, Score()).fp += 1
        rep.errors.append({"kind": "entity_fp", "name": e.name, "type": e.type})
    for i, g in enumerate(req):
        if i not in matched:
            t = g["types"][0]
            rep.entities.setdefault(t, Score()).fn += 1
            rep.errors.append({"kind": "entity_fn", "name": g["name"], "types": g["types"]})

    # -- relations --
    def gold_key(rel: str, h: str, t: str) -> tuple | None:
        hi, ti = req_idx.get(h, opt_idx.get(h)), req_idx.get(t, opt_idx.get(t))
        hk = ("req", req_idx[h]) if h in req_idx else (("opt", opt_idx[h]) if h in opt_idx else None)
        tk = ("req", req_idx[t]) if t in req_idx else (("opt", opt_idx[t]) if t in opt_idx else None)
        if hi is None or ti is None or hk is None or tk is None:
            return None
        if rel == "partnerOf":
            hk, tk = sorted([hk, tk])
        return (rel, hk, tk)

    def expand(items: Iterable[Mapping[str, Any]]) -> set[tuple]:
        keys = set()
        for r in items:
            k = gold_key(r["relation"], r["head"], r["tail"])
            if k is None:
                continue
            keys.add(k)
            if r["relation"] == "leads":
                keys.add(("holdsPosition", k[1], k[2]))
        return keys

    gold_req = expand(gold.get("relations", []))
    gold_opt = expand(gold.get("optional_relations", [])) - gold_req
    predicted: dict[tuple, Any] = {}
    for r in pred.relations:
        h, t = pred_gold.get(r.head), pred_gold.get(r.tail)
        rels = [r.relation] + (["holdsPosition"] if r.relation == "leads" else [])
        for rel in rels:
            if h is None or t is None:
                key: tuple = (rel, ("pred", r.head), ("pred", r.tail))
            else:
                hk, tk = (sorted([h, t]) if rel == "partnerOf" else (h, t))
                key = (rel, hk, tk)
            predicted.setdefault(key, r)
    for key, r in sorted(predicted.items(), key=lambda kv: str(kv[0])):
        rel = key[0]
        if key in gold_req:
            rep.relations.setdefault(rel, Score()).tp += 1
        elif key in gold_opt:
            continue
        else:
            rep.relations.setdefault(rel, Score()).fp += 1
            if not (rel == "holdsPosition" and r.relation == "leads"):
                rep.errors.append({"kind": "relation_fp", "relation": r.relation, "head": r.head, "tail": r.tail,
                                   "evidence": r.evidence.text})
    names = {("req", i): g["name"] for i, g in enumerate(req)} | {("opt", i): g["name"] for i, g in enumerate(opt)}
    evid = {gold_key(r["relation"], r["head"], r["tail"]): r.get("evidence", "") for r in gold.get("relations", [])}
    for key in sorted(gold_req - set(predicted), key=str):
        rep.relations.setdefault(key[0], Score()).fn += 1
        rep.errors.append({"kind": "relation_fn", "relation": key[0], "head": names[key[1]], "tail": names[key[2]],
                           "evidence": evid.get(key, "")})
    return rep


def merge_reports(reports: Iterable[Report]) -> Report:
    """Add up reports of several documents (micro averages over all of them)."""
    out = Report()
    for r in reports:
        for k, s in r.entities.items():
            out.entities.setdefault(k, Score()).add(s)
        for k, s in r.relations.items():
            out.relations.setdefault(k, Score()).add(s)
        out.errors += r.errors
    return out

