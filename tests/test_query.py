"""Tests of kg.query and ``kg query``: the named queries on the seed graph, bindings, formats, errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph

from kg import query as q
from kg.ingest import read_documents
from kg.iris import entity_iri
from kg.store import KGStore

REPO = Path(__file__).resolve().parent.parent
SEED = "seeds/000_08b5a1753ea21df5.txt"


def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store of one ``kg build seeds --store`` per test session (shared with test_store/test_serve)."""
    root = tmp_path_factory.getbasetemp() / "kg_seed_store"
    store, out = root / "store", root / "out"
    if not (out / "extractions.jsonl").is_file():
        proc = run_kg("build", "seeds", "-o", out, "--store", store, "--workers", "1", "-q")
        assert proc.returncode == 0, proc.stderr
    return store


def run_kg(*args: object) -> subprocess.CompletedProcess:
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return seed_store(tmp_path_factory)


@pytest.fixture(scope="module")
def st(store):
    with KGStore(store, read_only=True) as s:
        yield s


def names(st: KGStore, result: q.QueryResult, var: str) -> list[str]:
    i = result.variables.index(var)
    return [st.label(r[i].value) or r[i].value for r in result.rows]


def ask(st: KGStore, name: str, *binds: str) -> q.QueryResult:
    nq = q.named_queries()[name]
    return q.run(st, nq.text, q.bind_params(st, nq, list(binds)) if binds else None)


# ------------------------------------------------------------ named queries


def test_query_named_queries_have_headers() -> None:
    named = q.named_queries()
    assert {"investors", "investments", "leaders", "launches", "chains", "evidence", "most-connected"} <= set(named)
    for nq in named.values():
        assert nq.text.startswith("#") and nq.description
        for p in nq.params:
            assert f"?{p.name}" in nq.text  # a projected variable, bound by substitution


def test_query_investments_of_tencent(st) -> None:
    r = ask(st, "investments", "company=腾讯")
    assert set(names(st, r, "target")) == {"东华软件", "金蝶国际", "微盟"}
    assert set(names(st, r, "company")) == {"腾讯"}


def test_query_investors_of_weimob(st) -> None:
    assert names(st, ask(st, "investors", "company=微盟"), "investor") == ["腾讯"]
    assert "腾讯" in names(st, ask(st, "investors"), "investor")  # unbound: every investment
    assert "阿里巴巴" in names(st, ask(st, "investors"), "investor")


def test_query_leaders_of_tencent_with_titles(st) -> None:
    r = ask(st, "leaders", "company=腾讯")
    pairs = {(p, str(row[r.variables.index("title")].value)) for p, row in zip(names(st, r, "person"), r.rows, strict=True)}
    assert {("马化腾", "董事会主席兼CEO"), ("刘炽平", "总裁")} <= pairs
    r = ask(st, "leaders", "company=阿里巴巴")
    assert "张勇" in names(st, r, "person")


def test_query_launches(st) -> None:
    assert "犀牛智造" in names(st, ask(st, "launches", "company=阿里巴巴"), "product")
    assert "飞书" in names(st, ask(st, "launches", "company=字节跳动"), "product")


def test_query_chains(st, tmp_path) -> None:
    # The seed article names no two-hop investment chain (Tencent's and Alibaba's targets invest in nobody).
    assert ask(st, "chains").rows == []
    from test_store import record

    with KGStore(tmp_path / "s") as small:
        small.add(record("a", ("腾讯", "investedIn", "微盟"), ("微盟", "investedIn", "雅座")))
        small.add(record("b", ("阿里巴巴", "investedIn", "华宇软件")))
        r = ask(small, "chains", "company=腾讯")
        assert [[small.label(t.value) for t in row] for row in r.rows] == [["腾讯", "微盟", "雅座"]]


def test_query_evidence_behind_a_fact(st) -> None:
    r = ask(st, "evidence", "head=腾讯", "relation=investedIn", "tail=微盟")
    assert len(r.rows) == 1
    row = dict(zip(r.variables, r.rows[0], strict=True))
    text = {d.id: d.text for d in read_documents([str(REPO / SEED)])}
    doc_text = next(iter(text.values()))
    assert row["doc"].value.endswith(SEED)
    start, end = int(row["start"].value), int(row["end"].value)
    assert doc_text[start:end] == row["evidence"].value
    assert "腾讯投资了东华软件、金蝶国际、微盟等" in row["evidence"].value
    assert 0 < float(row["confidence"].value) <= 1


def test_query_most_connected_companies(st) -> None:
    r = ask(st, "most-connected")
    top = names(st, r, "company")
    assert set(top[:2]) == {"腾讯", "阿里巴巴"}  # the article is about Tencent's and Alibaba's moves
    degrees = [int(row[1].value) for row in r.rows]
    assert degrees == sorted(degrees, reverse=True)


# ------------------------------------------------------------ bindings


def test_query_bind_is_a_value_not_text(st) -> None:
    evil = 'company=腾讯" } } ; DROP ALL ; SELECT * { ?s ?p "'
    assert ask(st, "investments", evil).rows == []
    assert ask(st, "investments", f"company=<{entity_iri('腾讯')}>").rows  # an IRI works too


def test_query_bind_errors(st) -> None:
    nq = q.named_queries()["investments"]
    with pytest.raises(q.ConfigError, match="no parameter"):
        q.bind_params(st, nq, ["nope=1"])
    with pytest.raises(q.ConfigError, match="NAME=VALUE"):
        q.bind_params(st, nq, ["腾讯"])
    with pytest.raises(q.ConfigError, match="unknown relation"):
        q.bind_params(st, q.named_queries()["evidence"], ["relation=owns"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }", True),
        ("select * { service silent <http://x/> { ?s ?p ?o } }", True),
        ('SELECT * { ?s ?p "SERVICE" }', False),
        ("SELECT * { ?s <http://x/SERVICE> ?o } # SERVICE", False),
        ("SELECT ?service { ?service ?p ?o }", False),
    ],
)
def test_query_uses_service(text: str, expected: bool) -> None:
    assert q.uses_service(text) is expected


# ------------------------------------------------------------ CLI


def test_query_cli_table_shows_labels(store) -> None:
    proc = run_kg("query", "--store", store, "--name", "investments", "--bind", "company=腾讯")
    assert proc.returncode == 0, proc.stderr
    assert "东华软件" in proc.stdout and "%E" not in proc.stdout and "(3 rows)" in proc.stdout


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml"])
def test_query_cli_select_formats(store, fmt: str) -> None:
    proc = run_kg("query", "--store", store, "--name", "investments", "--bind", "company=腾讯", "--format", fmt)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    if fmt == "json":
        rows = json.loads(out)["results"]["bindings"]
        assert {r["target"]["value"] for r in rows} == {entity_iri(n) for n in ("东华软件", "金蝶国际", "微盟")}
    elif fmt == "xml":
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        assert len(ET.fromstring(out.encode()).findall(".//r:result", ns)) == 3
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {r["target"] for r in rows} == {entity_iri(n) for n in ("东华软件", "金蝶国际", "微盟")}
    else:
        lines = out.strip().splitlines()
        assert lines[0].split("\t")[:2] == ["?company", "?target"] and len(lines) == 4


@pytest.mark.parametrize("fmt, rdflib_fmt", [("turtle", "turtle"), ("ntriples", "nt"), ("json-ld", "json-ld")])
def test_query_cli_construct_formats(store, tmp_path, fmt: str, rdflib_fmt: str) -> None:
    rq = tmp_path / "c.rq"
    rq.write_text("PREFIX kg: <http://kg.example.org/ontology#>\nCONSTRUCT { ?a kg:investedIn ?b } WHERE { ?a kg:investedIn ?b }")
    proc = run_kg("query", "--store", store, "-f", rq, "--format", fmt)
    assert proc.returncode == 0, proc.stderr
    g = Graph().parse(data=proc.stdout, format=rdflib_fmt)
    assert len(g) >= 4


def test_query_cli_ask_and_wrong_format(store) -> None:
    proc = run_kg("query", "--store", store, "ASK { ?s ?p ?o }")
    assert proc.returncode == 0 and proc.stdout.strip() == "yes"
    proc = run_kg("query", "--store", store, "ASK { ?s ?p ?o }", "--format", "turtle")
    assert proc.returncode == 2 and "not for SELECT/ASK" in proc.stderr


def test_query_cli_syntax_error_has_line_and_column(store) -> None:
    proc = run_kg("query", "--store", store, "SELECT ?x\nWHERE { ?x ?y }")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert "SPARQL syntax error at line 2, column" in lines[0]


def test_query_cli_usage_errors(store) -> None:
    assert run_kg("query", "--store", store).returncode == 2
    proc = run_kg("query", "--store", store, "--name", "nope")
    assert proc.returncode == 2 and "investments" in proc.stderr
    proc = run_kg("query", "--list")
    assert proc.returncode == 0 and "company=<entity>" in proc.stdout
