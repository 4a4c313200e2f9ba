"""Unit tests of kg.evaluate against the scoring rules of the gold README.

README rules (seeds/gold, /work/shared/gold/README.md):
* an entity matches when the predicted canonical name, or any predicted mention
  text, equals the gold name or an alias, and the predicted type is among the
  gold ``types``;
* a relation matches when the relation name is the same and both ends match by
  name as above; direction matters except for ``partnerOf``;
* ``leads`` is a sub-property of ``holdsPosition``: every gold leads pair is also
  a gold holdsPosition pair, every predicted leads also a predicted holdsPosition;
* optional items are neutral; anything else unmatched is a false positive;
* P/R/F1 per relation type and per entity type, then micro-averaged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate import Report, Score, load_gold, merge_reports, score_document
from kg.iris import entity_iri
from kg.types import Entity, Evidence, Extraction, Mention, Relation

GOLD = {
    "entities": [
        {"name": "阿里巴巴", "types": ["Company"], "aliases": ["阿里", "阿里巴巴集团"]},
        {"name": "腾讯", "types": ["Company"]},
        {"name": "微盟", "types": ["Company"]},
        {"name": "京东", "types": ["Company"]},
        {"name": "张勇", "types": ["Person"]},
        {"name": "刘松", "types": ["Person"]},
        {"name": "陈航", "types": ["Person"], "aliases": ["无招"]},
        {"name": "阿里云", "types": ["Product", "Organization", "Company"]},
        {"name": "犀牛智造", "types": ["Product"]},
    ],
    "optional_entities": [
        {"name": "中国", "types": ["Place"]},
        {"name": "犀牛智造", "types": ["Company"]},
        {"name": "钉钉教育线", "types": ["Organization", "Product"]},
    ],
    "relations": [
        {"head": "腾讯", "relation": "investedIn", "tail": "微盟", "evidence": "腾讯投资了微盟"},
        {
            "head": "张勇",
            "relation": "leads",
            "tail": "阿里巴巴",
            "title": "CEO",
            "evidence": "阿里巴巴CEO张勇",
        },
        {
            "head": "刘松",
            "relation": "holdsPosition",
            "tail": "阿里巴巴",
            "title": "副总裁",
            "evidence": "阿里巴巴副总裁刘松",
        },
        {
            "head": "阿里巴巴",
            "relation": "partnerOf",
            "tail": "京东",
            "evidence": "阿里巴巴与京东合作",
        },
        {
            "head": "阿里巴巴",
            "relation": "launched",
            "tail": "犀牛智造",
            "evidence": "阿里推出犀牛智造",
        },
    ],
    "optional_relations": [
        {"head": "阿里云", "relation": "productOf", "tail": "阿里巴巴"},
        {"head": "陈航", "relation": "leads", "tail": "阿里巴巴", "title": "负责人"},
        {"head": "刘松", "relation": "leads", "tail": "钉钉教育线", "title": "负责人"},
    ],
}
N_GOLD_ENTITIES = len(GOLD["entities"])


def ent(name: str, etype: str, *mentions: str) -> Entity:
    """A predicted entity; its mentions default to its name."""
    texts = mentions or (name,)
    return Entity(name, etype, entity_iri(name), (), tuple(Mention(t, 0, len(t)) for t in texts))


def rel(head: str, relation: str, tail: str, title: str | None = None) -> Relation:
    text = f"{head}{relation}{tail}"
    return Relation(head, relation, tail, 0.9, Evidence(text, 0, len(text)), title)


# all required gold entities, predicted correctly by canonical name
ALL_ENTITIES = (
    ent("阿里巴巴", "Company"),
    ent("腾讯", "Company"),
    ent("微盟", "Company"),
    ent("京东", "Company"),
    ent("张勇", "Person"),
    ent("刘松", "Person"),
    ent("陈航", "Person"),
    ent("阿里云", "Product"),
    ent("犀牛智造", "Product"),
)


def score(entities=ALL_ENTITIES, relations=(), gold=GOLD) -> Report:
    return score_document(Extraction("doc", tuple(entities), tuple(relations)), gold)


def counts(s: Score | None) -> tuple[int, int, int]:
    return (0, 0, 0) if s is None else (s.tp, s.fp, s.fn)


def entity_errors(rep: Report) -> list[dict]:
    return [e for e in rep.errors if e["kind"].startswith("entity_")]


def replace(entities: tuple[Entity, ...], name: str, *new: Entity) -> tuple[Entity, ...]:
    """``entities`` with the one named ``name`` replaced by ``new`` (or removed)."""
    assert any(e.name == name for e in entities)
    return tuple(x for e in entities for x in ((e,) if e.name != name else new))


# ------------------------------------------------------------------ entities


def test_evaluate_all_entities_found_is_perfect() -> None:
    rep = score()
    assert counts(rep.entity_micro) == (N_GOLD_ENTITIES, 0, 0)
    assert rep.entity_micro.f1 == 1.0
    assert counts(rep.entities["Company"]) == (4, 0, 0)
    assert counts(rep.entities["Person"]) == (3, 0, 0)
    assert counts(rep.entities["Product"]) == (2, 0, 0)


@pytest.mark.parametrize(
    "predicted",
    [
        ent("阿里", "Company"),  # canonical name is an alias
        ent("阿里巴巴集团", "Company"),  # another alias
        ent("Alibaba", "Company", "Alibaba", "阿里"),  # a mention text is an alias
        ent("阿里巴巴控股", "Company", "阿里巴巴"),  # a mention text is the gold name
    ],
    ids=["name-alias", "name-alias-2", "mention-alias", "mention-name"],
)
def test_evaluate_entity_alias_matching(predicted: Entity) -> None:
    rep = score(replace(ALL_ENTITIES, "阿里巴巴", predicted))
    assert counts(rep.entity_micro) == (N_GOLD_ENTITIES, 0, 0)
    assert not entity_errors(rep)


def test_evaluate_entity_alias_of_person_via_mention() -> None:
    """陈航 found only as the nickname 无招."""
    rep = score(replace(ALL_ENTITIES, "陈航", ent("无招", "Person")))
    assert counts(rep.entities["Person"]) == (3, 0, 0)


def test_evaluate_entity_alias_matches_relation_end() -> None:
    """A relation between alias-named predictions matches the gold relation."""
    ents = replace(ALL_ENTITIES, "阿里巴巴", ent("阿里", "Company"))
    rep = score(ents, [rel("张勇", "leads", "阿里", "CEO")])
    assert counts(rep.relations["leads"]) == (1, 0, 0)


def test_evaluate_entity_wrong_type_is_fp_and_fn() -> None:
    rep = score(replace(ALL_ENTITIES, "腾讯", ent("腾讯", "Person")))
    assert counts(rep.entities["Person"]) == (3, 1, 0)  # FP under the predicted type
    assert counts(rep.entities["Company"]) == (3, 0, 1)  # FN under the gold type
    assert counts(rep.entity_micro) == (N_GOLD_ENTITIES - 1, 1, 1)
    assert sorted((e["kind"], e["name"]) for e in entity_errors(rep)) == [
        ("entity_fn", "腾讯"),
        ("entity_fp", "腾讯"),
    ]


@pytest.mark.parametrize("etype", ["Product", "Organization", "Company"])
def test_evaluate_entity_any_listed_type_matches(etype: str) -> None:
    rep = score(replace(ALL_ENTITIES, "阿里云", ent("阿里云", etype)))
    assert counts(rep.entity_micro) == (N_GOLD_ENTITIES, 0, 0)
    assert counts(rep.entities[etype])[0] >= 1


def test_evaluate_entity_missing_is_fn() -> None:
    rep = score(replace(ALL_ENTITIES, "京东"))
    assert counts(rep.entities["Company"]) == (3, 0, 1)
    assert [e["name"] for e in rep.errors if e["kind"] == "entity_fn"] == ["京东"]


def test_evaluate_entity_unknown_is_fp() -> None:
    rep = score(ALL_ENTITIES + (ent("前沿技术实验室", "Organization"),))
    assert counts(rep.entities["Organization"]) == (0, 1, 0)
    assert counts(rep.entity_micro) == (N_GOLD_ENTITIES, 1, 0)


@pytest.mark.parametrize(
    "extra, neutral",
    [
        (ent("中国", "Place"), True),  # optional, right type
        (ent("犀牛智造", "Company"), True),  # optional type of a required name
        (ent("中国", "Organization"), False),  # optional name, type not listed -> FP
    ],
    ids=["optional", "optional-type-of-required", "optional-wrong-type"],
)
def test_evaluate_entity_optional_is_neutral(extra: Entity, neutral: bool) -> None:
    base = replace(ALL_ENTITIES, "犀牛智造") if extra.name == "犀牛智造" else ALL_ENTITIES
    without = score(base)
    rep = score(base + (extra,))
    fp = rep.entity_micro.fp - without.entity_micro.fp
    assert rep.entity_micro.tp == without.entity_micro.tp
    assert rep.entity_micro.fn == without.entity_micro.fn
    assert fp == (0 if neutral else 1)


def test_evaluate_entity_duplicate_counts_once() -> None:
    """Two predictions of one gold entity give one TP (never two)."""
    rep = score(ALL_ENTITIES + (ent("阿里", "Company"),))
    assert rep.entity_micro.tp == N_GOLD_ENTITIES
    assert rep.entity_micro.fn == 0


# ----------------------------------------------------------------- relations

GOLD_RELATIONS = [
    rel("腾讯", "investedIn", "微盟"),
    rel("张勇", "leads", "阿里巴巴", "CEO"),
    rel("刘松", "holdsPosition", "阿里巴巴", "副总裁"),
    rel("阿里巴巴", "partnerOf", "京东"),
    rel("阿里巴巴", "launched", "犀牛智造"),
]


def test_evaluate_all_relations_found_is_perfect() -> None:
    rep = score(relations=GOLD_RELATIONS)
    # 5 gold relations + the holdsPosition implied by the one leads
    assert counts(rep.relation_micro) == (6, 0, 0)
    assert counts(rep.relations["leads"]) == (1, 0, 0)
    assert counts(rep.relations["holdsPosition"]) == (2, 0, 0)
    assert not rep.errors


def test_evaluate_relation_direction_matters() -> None:
    rep = score(relations=[rel("微盟", "investedIn", "腾讯")])
    assert counts(rep.relations["investedIn"]) == (0, 1, 1)


@pytest.mark.parametrize("gold_reversed", [False, True], ids=["gold-AB", "gold-BA"])
@pytest.mark.parametrize(
    "head, tail", [("阿里巴巴", "京东"), ("京东", "阿里巴巴")], ids=["pred-AB", "pred-BA"]
)
def test_evaluate_partner_of_is_symmetric(head: str, tail: str, gold_reversed: bool) -> None:
    gold = GOLD
    if gold_reversed:
        rels = [
            dict(r, head=r["tail"], tail=r["head"]) if r["relation"] == "partnerOf" else r
            for r in GOLD["relations"]
        ]
        gold = dict(GOLD, relations=rels)
    rep = score(relations=[rel(head, "partnerOf", tail)], gold=gold)
    assert counts(rep.relations["partnerOf"]) == (1, 0, 0)


def test_evaluate_partner_of_both_directions_count_once() -> None:
    rep = score(
        relations=[rel("阿里巴巴", "partnerOf", "京东"), rel("京东", "partnerOf", "阿里巴巴")]
    )
    assert counts(rep.relations["partnerOf"]) == (1, 0, 0)


def test_evaluate_relation_wrong_name_is_fp_and_fn() -> None:
    rep = score(relations=[rel("腾讯", "acquired", "微盟")])
    assert counts(rep.relations["acquired"]) == (0, 1, 0)
    assert counts(rep.relations["investedIn"]) == (0, 0, 1)


def test_evaluate_relation_to_unknown_entity_is_fp() -> None:
    ents = ALL_ENTITIES + (ent("东华软件", "Company"),)
    rep = score(ents, [rel("腾讯", "investedIn", "东华软件")])
    assert counts(rep.relations["investedIn"]) == (0, 1, 1)


def test_evaluate_relation_ends_match_by_name_despite_entity_type() -> None:
    """An end predicted with a wrong type still matches by name (entity FP+FN, relation TP)."""
    ents = replace(ALL_ENTITIES, "腾讯", ent("腾讯", "Person"))
    rep = score(ents, [rel("腾讯", "investedIn", "微盟")])
    assert counts(rep.relations["investedIn"]) == (1, 0, 0)


def test_evaluate_relation_end_typed_as_optional_still_matches_by_name() -> None:
    """犀牛智造 typed Company (an optional type): the launched relation still matches by name.

    README: "both ends match by name as above".
    """
    ents = replace(ALL_ENTITIES, "犀牛智造", ent("犀牛智造", "Company"))
    rep = score(ents, [rel("阿里巴巴", "launched", "犀牛智造")])
    assert counts(rep.relations["launched"]) == (1, 0, 0)


def test_evaluate_optional_relation_end_with_unlisted_type_is_neutral() -> None:
    """钉钉教育线 typed Company (not a listed type): an entity FP, but the optional
    relation to it still matches by name, so it is neutral (README: ends match by name)."""
    ents = ALL_ENTITIES + (ent("钉钉教育线", "Company"),)
    rep = score(ents, [rel("刘松", "leads", "钉钉教育线", "负责人")])
    assert counts(rep.entities["Company"]) == (4, 1, 0)
    assert counts(rep.relations.get("leads")) == (0, 0, 1)  # only the gold 张勇 leads is missed
    assert counts(rep.relations.get("holdsPosition")) == (0, 0, 2)


# ------------------------------------------------------- leads / holdsPosition


@pytest.mark.parametrize(
    "predicted, leads, holds",
    [
        # predicted leads on a gold leads pair: TP in both
        ([rel("张勇", "leads", "阿里巴巴", "CEO")], (1, 0, 0), (1, 0, 1)),
        # predicted leads on a gold holdsPosition pair: holdsPosition TP, leads FP
        ([rel("刘松", "leads", "阿里巴巴", "副总裁")], (0, 1, 1), (1, 0, 1)),
        # predicted holdsPosition on a gold leads pair: holdsPosition TP, leads FN
        ([rel("张勇", "holdsPosition", "阿里巴巴", "CEO")], (0, 0, 1), (1, 0, 1)),
        # gold leads pair missing: FN in leads and in holdsPosition
        ([], (0, 0, 1), (0, 0, 2)),
        # leads and holdsPosition both predicted for one pair: one holdsPosition
        (
            [
                rel("张勇", "leads", "阿里巴巴", "CEO"),
                rel("张勇", "holdsPosition", "阿里巴巴", "CEO"),
            ],
            (1, 0, 0),
            (1, 0, 1),
        ),
        # a leads that is not in the gold: FP in leads and in holdsPosition
        ([rel("张勇", "leads", "腾讯", "CEO")], (0, 1, 1), (0, 1, 2)),
    ],
    ids=["leads-on-leads", "leads-on-holds", "holds-on-leads", "missing", "both", "wrong-pair"],
)
def test_evaluate_leads_counts_as_holds_position(
    predicted: list[Relation], leads: tuple, holds: tuple
) -> None:
    rep = score(relations=predicted)
    assert counts(rep.relations.get("leads")) == leads
    assert counts(rep.relations.get("holdsPosition")) == holds


@pytest.mark.parametrize(
    "predicted",
    [
        rel("陈航", "leads", "阿里巴巴", "负责人"),  # optional leads
        rel("陈航", "holdsPosition", "阿里巴巴", "负责人"),  # implied by the optional leads
        rel("阿里云", "productOf", "阿里巴巴"),
    ],
    ids=["optional-leads", "optional-implied-holds", "optional-productOf"],
)
def test_evaluate_relation_optional_is_neutral(predicted: Relation) -> None:
    rep = score(relations=[predicted])
    base = score()
    assert counts(rep.relation_micro) == counts(base.relation_micro)
    assert not [e for e in rep.errors if e["kind"] == "relation_fp"]


# ------------------------------------------------------------ micro averages


def test_evaluate_micro_average_pools_counts() -> None:
    """Micro P/R/F1 come from pooled counts, not from averaging per-type scores."""
    ents = replace(ALL_ENTITIES, "腾讯", ent("腾讯", "Person"))  # Person FP, Company FN
    ents = ents + (
        ent("前沿技术实验室", "Organization"),
        ent("百度大脑", "Product"),
    )  # two more FPs
    rep = score(ents, [rel("腾讯", "investedIn", "微盟"), rel("微盟", "acquired", "京东")])
    m = rep.entity_micro
    assert (m.tp, m.fp, m.fn) == (8, 3, 1)
    assert m.precision == pytest.approx(8 / 11)
    assert m.recall == pytest.approx(8 / 9)
    assert m.f1 == pytest.approx(2 * (8 / 11) * (8 / 9) / (8 / 11 + 8 / 9))
    macro = sum(s.f1 for s in rep.entities.values()) / len(rep.entities)
    assert m.f1 != pytest.approx(macro)
    r = rep.relation_micro
    # investedIn TP; acquired FP; leads FN; holdsPosition 2 FN; partnerOf FN; launched FN
    assert (r.tp, r.fp, r.fn) == (1, 1, 5)
    assert r.precision == pytest.approx(0.5)
    assert r.recall == pytest.approx(1 / 6)


def test_evaluate_merge_reports_adds_documents() -> None:
    a = score(relations=GOLD_RELATIONS)
    b = score(replace(ALL_ENTITIES, "京东"), [rel("微盟", "investedIn", "腾讯")])
    merged = merge_reports([a, b])
    assert counts(merged.entity_micro) == (2 * N_GOLD_ENTITIES - 1, 0, 1)
    assert counts(merged.relations["investedIn"]) == (1, 1, 1)
    assert len(merged.errors) == len(a.errors) + len(b.errors)
    js = merged.to_json()
    assert js["entity_micro"]["tp"] == merged.entity_micro.tp
    assert set(js) == {"entities", "entity_micro", "relations", "relation_micro", "errors"}


@pytest.mark.parametrize(
    "tp, fp, fn, p, r",
    [(0, 0, 0, 0.0, 0.0), (3, 1, 0, 0.75, 1.0), (0, 2, 2, 0.0, 0.0), (2, 2, 6, 0.5, 0.25)],
)
def test_evaluate_score_precision_recall_f1(tp: int, fp: int, fn: int, p: float, r: float) -> None:
    s = Score(tp, fp, fn)
    assert s.precision == pytest.approx(p)
    assert s.recall == pytest.approx(r)
    assert s.f1 == pytest.approx(2 * p * r / (p + r) if p + r else 0.0)


# ----------------------------------------------------------------- gold files


@pytest.mark.parametrize(
    "content, problem",
    [("{not json", "not a JSON"), ('{"entities": []}', "needs"), ("[]", "needs")],
    ids=["bad-json", "no-relations", "not-object"],
)
def test_evaluate_load_gold_errors_name_file(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "x.gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as info:
        load_gold(path)
    assert str(path) in str(info.value)


def test_evaluate_load_gold_reads_file(tmp_path: Path) -> None:
    path = tmp_path / "x.gold.json"
    path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    assert load_gold(path) == GOLD
