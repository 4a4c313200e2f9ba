"""The relation classifier: features, loader, training script and its layer in the pipeline.

Sentences here are invented; none comes from FinRE or the seed article.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from kg.nlp import relations as rel_mod
from kg.nlp.relmodel import LABELS, MODEL_PATH, RelationModel, load_model, pair_features

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "bench"))
import train_relations  # noqa: E402


def _span(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(name, i + 1)
    return (i, i + len(name))


# --- features ------------------------------------------------------------------


def test_features_read_the_pair_in_text_order():
    t = "比亚迪今天宣布正式收购华为旗下一家工厂。"
    a, b = _span(t, "比亚迪"), _span(t, "华为")
    assert pair_features(t, a, b) == pair_features(t, b, a)
    f = pair_features(t, a, b)
    assert "g:正式" in f and "g:收购" in f  # the words between
    assert "tg:acquired" in f and "tgy:acquired" in f  # a trigger, right before the second name
    assert "r:旗" in f and "l1:" in f  # what follows the second name; nothing before the first


def test_features_mark_the_passive():
    active = "华为收购了比亚迪。"
    passive = "比亚迪被华为收购。"
    fa = pair_features(active, _span(active, "华为"), _span(active, "比亚迪"))
    fp = pair_features(passive, _span(passive, "比亚迪"), _span(passive, "华为"))
    assert "kg:被" in fp and "kg:被" not in fa
    assert "tr:acquired" in fp  # the verb follows the second name
    assert "tg:acquired" in fa


def test_features_fold_numbers_and_latin_words():
    t1 = "美团持有小米<N>%股份。"
    t2 = "美团持有小米12.5%股份。"
    f1 = pair_features(t1, _span(t1, "美团"), _span(t1, "小米"))
    f2 = pair_features(t2, _span(t2, "美团"), _span(t2, "小米"))
    assert f1 == f2
    assert "r:0%" in f1


def test_features_stay_inside_the_sentence_bounds():
    t = "华为表示满意。小米收购美团。"
    s = t.index("小米")
    f = pair_features(t, _span(t, "小米"), _span(t, "美团"), bounds=(s, len(t)))
    assert "l1:" in f and not any(x.startswith("l:") for x in f)


# --- the model file and its loader ----------------------------------------------


def test_shipped_model_loads_and_is_small():
    assert MODEL_PATH.is_file()
    assert MODEL_PATH.stat().st_size < 2_000_000
    m = load_model()
    assert m is load_model()  # cached: one load per process
    assert m.labels == LABELS
    assert "FinRE" in m.meta["trained_on"]


def test_scores_are_probabilities_with_directions():
    m = load_model()
    t = "华为去年买入比亚迪的股票。"
    a, b = _span(t, "华为"), _span(t, "比亚迪")
    ab, ba = m.score(t, a, b), m.score(t, b, a)
    probs = m.probabilities(pair_features(t, a, b))
    assert math.isclose(sum(probs), 1.0)
    assert math.isclose(ab["investedIn"], probs[LABELS.index("investedIn>")])
    assert math.isclose(ba["investedIn"], probs[LABELS.index("investedIn<")])
    assert ab["partnerOf"] == ba["partnerOf"]
    rel, head, tail, p = m.best(t, b, a)
    assert (rel, head, tail) == ("investedIn", a, b) and p > 0.5


def test_probabilities_are_the_softmax_of_the_summed_weight_rows():
    """The matrix sum gives the very floats of adding each feature's row in order (unknown features add nothing)."""
    import random

    m = load_model()
    feats = sorted(m.weights)
    rng = random.Random(3)
    for n in (0, 1, 2, 7, 40, 150):
        chosen = rng.sample(feats, n) + ["no such feature"]
        rows = [m.weights[f] for f in chosen if f in m.weights]
        z = [sum(col) for col in zip(*rows)] if rows else [0.0] * len(LABELS)
        top = max(z)
        ex = [math.exp(v - top) for v in z]
        assert m.probabilities(chosen) == [v / sum(ex) for v in ex]


def test_missing_model_file_means_no_model(tmp_path):
    assert load_model(str(tmp_path / "none.json")) is None


def test_model_with_other_labels_is_refused():
    with pytest.raises(ValueError):
        RelationModel({"labels": ["none", "x"], "weights": {}})


def test_calibration_is_monotone():
    m = load_model()
    xs = [m.calibrated(p) for p in (0.1, 0.3, 0.5, 0.7, 0.9, 0.99)]
    assert xs == sorted(xs) and 0 < xs[0] and xs[-1] < 1


# --- the training script ----------------------------------------------------------

_SYNTHETIC = [
    ("{a}", "{b}", "收购", "{a}宣布收购{b}。"),
    ("{b}", "{a}", "被收购", "{a}宣布收购{b}。"),
    ("{b}", "{a}", "收购", "{a}已被{b}收购。"),
    ("{a}", "{b}", "被收购", "{a}已被{b}收购。"),
    ("{a}", "{b}", "持股", "{a}持有{b}<N>%股份。"),
    ("{b}", "{a}", "被持股", "{a}持有{b}<N>%股份。"),
    ("{a}", "{b}", "合作", "{a}与{b}达成合作。"),
    ("{b}", "{a}", "合作", "{a}与{b}达成合作。"),
    ("{a}", "{b}", "unknown", "{a}与{b}达成合作。"),
    ("{a}", "{b}", "竞争", "{a}和{b}争夺市场。"),
    ("{a}", "{b}", "unknown", "{a}的股价高于{b}。"),
]
_NAMES = ["甲科技", "乙电子", "丙集团", "丁控股", "戊银行", "己传媒", "庚汽车", "辛能源"]


def _write_synthetic(path: Path) -> None:
    lines = []
    for i, a in enumerate(_NAMES):
        b = _NAMES[(i + 3) % len(_NAMES)]
        for h, t, lab, s in _SYNTHETIC:
            lines += ["\t".join((h.format(a=a, b=b), t.format(a=a, b=b), lab, s.format(a=a, b=b))), ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_labels_map_with_direction_and_dedupe():
    recs = [("甲", "乙", "被收购"), ("乙", "甲", "收购"), ("甲", "乙", "unknown")]
    assert train_relations.pair_label(recs, "甲", "乙") == "acquired<"  # 乙 acquired 甲
    assert train_relations.pair_label(recs, "乙", "甲") == "acquired>"
    assert train_relations.pair_label([("甲", "乙", "unknown"), ("甲", "乙", "合作")], "乙", "甲") == "partnerOf"
    assert train_relations.pair_label([("甲", "乙", "拟收购"), ("甲", "乙", "unknown")], "甲", "乙") == "none"


def test_training_script_is_deterministic_and_its_model_loads(tmp_path):
    data = tmp_path / "train.txt"
    _write_synthetic(data)
    outs = [tmp_path / "m1.json", tmp_path / "m2.json"]
    for out in outs:
        args = ["--data", str(data), "-o", str(out), "--iters", "150", "--min-count", "1", "--folds", "2"]
        assert train_relations.main(args) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()
    m = load_model(str(outs[0]))
    assert json.loads(outs[0].read_text(encoding="utf-8"))["labels"] == list(LABELS)
    t = "壬食品已被癸物流收购。"  # new names, a learnt pattern
    a, b = _span(t, "壬食品"), _span(t, "癸物流")
    assert m.best(t, a, b)[:3] == ("acquired", b, a)
    t = "壬食品宣布收购癸物流。"
    assert m.best(t, _span(t, "壬食品"), _span(t, "癸物流"))[:3] == ("acquired", _span(t, "壬食品"), _span(t, "癸物流"))
    t = "壬食品的股价高于癸物流。"
    assert m.best(t, _span(t, "壬食品"), _span(t, "癸物流"))[0] == "none"


# --- the classifier layer in the pipeline ---------------------------------------

#: (sentence, relation the layer must add as (head, relation, tail), or None: it must add nothing)
LAYER_CASES = [
    ("华为电子去年买入比亚迪的股票。", ("华为电子", "investedIn", "比亚迪")),
    ("小米集团去年买入美团点评的股票。", ("小米集团", "investedIn", "美团")),
    ("比亚迪的股价今天下跌,华为的股价上涨。", None),
    ("小米集团董事长今日表示,美团点评是公司的竞争对手。", None),
    ("比亚迪与华为电子就专利纠纷对簿公堂。", None),
    ("小米投资了比亚迪、美团等;华为则入股了京东方、蔚来等。", None),  # no pair across the ';'
]


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import make_nlp

    return make_nlp()


def _layer(nlp, text: str, monkeypatch) -> tuple[set, set]:
    d = nlp(text)
    args = (text, d._.kg_sents, d._.kg_words, d._.kg_mentions, nlp.get_pipe("kg_relations").lex)

    def named(rels):
        return {(text[r.head[0] : r.head[1]], r.relation, text[r.tail[0] : r.tail[1]]): r.confidence for r in rels}

    with_model = named(rel_mod.find_relations(*args))
    monkeypatch.setattr(rel_mod, "load_model", lambda *a: None)
    rules = named(rel_mod.find_relations(*args))
    monkeypatch.undo()
    added = {k: v for k, v in with_model.items() if k not in rules}
    return added, rules


@pytest.mark.parametrize("text,expected", LAYER_CASES, ids=[c[0][:12] for c in LAYER_CASES])
def test_classifier_layer(nlp, text, expected, monkeypatch):
    added, rules = _layer(nlp, text, monkeypatch)
    if expected is None:
        assert not added, added
    else:
        assert expected in added, (added, rules)
        conf = added[expected]
        assert rel_mod.MODEL_THRESHOLD <= conf <= rel_mod.MODEL_MAX_CONFIDENCE


def test_layer_leaves_pairs_that_a_rule_relates(nlp, monkeypatch):
    added, rules = _layer(nlp, "华为电子去年增持比亚迪股票。", monkeypatch)
    assert ("华为电子", "investedIn", "比亚迪") in rules and not added
