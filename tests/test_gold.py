"""The extractor against the development gold file (seeds/gold), through ``kg eval --json``."""

from __future__ import annotations

import json

import pytest

GOLD = "seeds/gold/000_08b5a1753ea21df5.gold.json"
MIN_F1 = 0.90


@pytest.fixture(scope="module")
def report(run_kg) -> dict:
    proc = run_kg("eval", GOLD, "--json")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize("part", ["entity_micro", "relation_micro"])
def test_gold_micro_f1_at_least_090(report: dict, part: str) -> None:
    score = report[part]
    errors = [e for e in report["errors"] if e["kind"].startswith(part.split("_")[0])]
    assert score["f1"] >= MIN_F1, (score, errors)


@pytest.mark.parametrize("relation, n_gold", [("investedIn", 6), ("leads", 5)])
def test_gold_all_core_facts_found(report: dict, relation: str, n_gold: int) -> None:
    score = report["relations"].get(relation, {"tp": 0, "fn": n_gold})
    missed = [
        e for e in report["errors"] if e["kind"] == "relation_fn" and e["relation"] == relation
    ]
    assert (score["tp"], score["fn"]) == (n_gold, 0), missed


def test_gold_report_is_consistent(report: dict) -> None:
    """The micro scores add up the per-type counts; the F1 follows from P and R."""
    for per, micro in (("entities", "entity_micro"), ("relations", "relation_micro")):
        for k in ("tp", "fp", "fn"):
            assert report[micro][k] == sum(s[k] for s in report[per].values())
        m = report[micro]
        p = m["tp"] / (m["tp"] + m["fp"])
        r = m["tp"] / (m["tp"] + m["fn"])
        assert m["f1"] == pytest.approx(2 * p * r / (p + r), abs=1e-4)
    # the gold file has 37 required entities; each is either found or missed
    assert report["entity_micro"]["tp"] + report["entity_micro"]["fn"] == 37
    # 17 required relations, plus one holdsPosition for each of the 5 leads
    assert report["relation_micro"]["tp"] + report["relation_micro"]["fn"] == 17 + 5
