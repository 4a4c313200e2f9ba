"""Tests of kg.pipeline and the build as a whole: purity, determinism, boilerplate, round trip."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph import build_graph, serialize_turtle
from kg.ingest import read_documents
from kg.iris import DEFAULT_BASE
from kg.nlp.lexicons import load_lexicons
from kg.pipeline import ExtractorSettings, extract_many
from kg.resolve import merge_across
from kg.types import Document, Extraction

REPO = Path(__file__).resolve().parent.parent
SEED = "seeds/000_08b5a1753ea21df5.txt"
ARTICLE = REPO / "tests" / "data" / "cli" / "article.txt"
SEED_LAST_SENTENCE = "一场产业互联网革命正在紧锣密鼓地发生。"
LOGIN_BOX_WORDS = (
    "微信",
    "注册",
    "账号",
    "社交账号",
    "密码",
    "验证码",
    "登录",
    "兼职视频剪辑师",
    "视频剪辑师",
)

SMALL_DOCS = [
    "腾讯投资了东华软件、金蝶国际、微盟等。",
    "阿里巴巴则入股了润和软件、华宇软件、银江股份等。",
    "阿里巴巴董事局主席兼CEO张勇认为,产业互联网的核心是让产业升级。",
    "腾讯总裁刘炽平进一步解释称,腾讯的使命是成为数字化助手。",
    "京东智联云总裁周伯文将产业互联网聚焦在三个问题。",
    "阿里巴巴副总裁刘松认为:消费互联网是商品的互联网。",
]

JUNK_TAILS = {
    "seed-login-box": "\n兼职视频剪辑师是做什么?\n\n0\n没有账号? 注册  忘记密码?\n\n"
    "社交账号快速登录\n\n微信扫一扫关注\n如已关注,请回复“登录”二字获取验证码\n",
    "share-copyright": "\n分享到:微信 微博 QQ空间\n\n版权所有 © 2020 新浪网\n\n"
    "扫码下载新浪财经APP\n\n网上兼职日结工资是真的吗?\n",
    "related-links": "\n责任编辑:王小明\n\n上一篇:腾讯发布财报\n下一篇:阿里云降价\n\n相关阅读\n",
}


def read_one(path: str | Path) -> Document:
    docs = list(read_documents([str(path)]))
    assert len(docs) == 1
    return docs[0]


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return read_one(SEED)
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def seed_extraction(extractor, seed_doc: Document) -> Extraction:
    return extractor.extract(seed_doc)


def assert_offsets_index_text(doc: Document, x: Extraction) -> None:
    for e in x.entities:
        for m in e.mentions:
            assert doc.text[m.start : m.end] == m.text, (e.name, m)
    for r in x.relations:
        assert doc.text[r.evidence.start : r.evidence.end] == r.evidence.text, r


# --------------------------------------------------------------- determinism


def test_pipeline_build_is_byte_identical(seed_build: Path, run_kg, tmp_path: Path) -> None:
    out = tmp_path / "again"
    proc = run_kg("build", "seeds", "-o", out, "--workers", "1", "-q")
    assert proc.returncode == 0, proc.stderr
    for name in ("graph.ttl", "extractions.jsonl", "graph.html"):
        assert (out / name).read_bytes() == (seed_build / name).read_bytes(), name


def test_pipeline_extract_is_pure(extractor) -> None:
    """Same document, same record, even with another document extracted in between."""
    a = Document(id="a", text=SMALL_DOCS[0] + SMALL_DOCS[2], source="a")
    b = Document(id="b", text=SMALL_DOCS[1] + SMALL_DOCS[3], source="b")
    first = extractor.extract(a)
    extractor.extract(b)
    second = extractor.extract(a)
    assert first.relations, "fixture should yield relations"
    assert first == second
    assert first.to_json() == second.to_json()


def test_pipeline_extract_batch_equals_single(extractor) -> None:
    docs = [Document(id=f"d{i}", text=t, source=f"d{i}") for i, t in enumerate(SMALL_DOCS)]
    assert list(extractor.extract_batch(docs)) == [extractor.extract(d) for d in docs]


def test_pipeline_extract_many_workers_give_same_records_in_order() -> None:
    docs = [Document(id=f"d{i}", text=t, source=f"d{i}") for i, t in enumerate(SMALL_DOCS)]
    settings = ExtractorSettings()
    # batch_chars=1: every document is a batch of its own, so two workers really share the work
    one = list(extract_many(docs, settings, workers=1, batch_chars=1))
    two = list(extract_many(docs, settings, workers=2, batch_chars=1))
    assert [d.id for d, _ in one] == [d.id for d in docs]
    assert [d.id for d, _ in two] == [d.id for d in docs]
    assert [x.doc_id for _, x in two] == [d.id for d in docs]
    assert [x for _, x in one] == [x for _, x in two]
    assert [x.to_json() for _, x in one] == [x.to_json() for _, x in two]
    assert sum(len(x.relations) for _, x in one) >= len(docs)


def _worker_collector_state(send) -> None:  # noqa: ANN001 (a multiprocessing connection)
    import gc

    from kg.pipeline import _init_worker

    _init_worker(ExtractorSettings())
    send.send((gc.isenabled(), gc.get_freeze_count() > 0))
    send.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_pipeline_worker_collects_garbage_when_forked_from_a_paused_parent() -> None:
    import gc
    import multiprocessing as mp

    from kg.cli_common import collector_paused

    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    with collector_paused():
        assert not gc.isenabled()
        proc = ctx.Process(target=_worker_collector_state, args=(send,))
        proc.start()
    send.close()
    enabled, frozen = recv.recv()
    proc.join()
    assert gc.isenabled()
    gc.unfreeze()
    assert enabled, "a worker inherits the paused collector and must turn it back on"
    assert frozen, "a worker's models and lexicons are moved out of the collector's way"


def test_pipeline_collector_paused_keeps_a_collector_that_was_already_off() -> None:
    import gc

    from kg.cli_common import collector_paused

    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


# --------------------------------------------------------------- boilerplate


def test_pipeline_seed_nothing_from_trailing_boilerplate(
    seed_doc: Document, seed_extraction: Extraction
) -> None:
    body_end = seed_doc.text.index(SEED_LAST_SENTENCE) + len(SEED_LAST_SENTENCE)
    assert seed_extraction.entities and seed_extraction.relations
    for e in seed_extraction.entities:
        for m in e.mentions:
            assert m.end <= body_end, (e.name, m)
    for r in seed_extraction.relations:
        assert r.evidence.end <= body_end, r
    names = {e.name for e in seed_extraction.entities}
    assert not names & set(LOGIN_BOX_WORDS)
    for e in seed_extraction.entities:
        assert not any(w in m.text for m in e.mentions for w in ("注册", "账号", "登录", "兼职")), e


def test_pipeline_seed_spam_line_removed(seed_doc: Document) -> None:
    """The spam question pasted mid-article and the login box are not in the document text."""
    assert "兼职视频剪辑师" not in seed_doc.text
    assert "忘记密码" not in seed_doc.text and "扫一扫" not in seed_doc.text
    assert "诞生了钉钉的第一个版本。" in seed_doc.text  # the paragraph after the spam line stays


@pytest.mark.parametrize("tail", sorted(JUNK_TAILS))
def test_pipeline_appended_boilerplate_changes_nothing(
    extractor, tmp_path: Path, tail: str
) -> None:
    article = ARTICLE.read_text(encoding="utf-8")
    clean, junk = tmp_path / "clean.txt", tmp_path / "junk.txt"
    clean.write_text(article, encoding="utf-8")
    junk.write_text(article.rstrip("\n") + "\n" + JUNK_TAILS[tail], encoding="utf-8")
    x_clean, x_junk = extractor.extract(read_one(clean)), extractor.extract(read_one(junk))
    assert x_clean.entities
    assert x_junk.entities == x_clean.entities
    assert x_junk.relations == x_clean.relations


# ----------------------------------------------------------------- round trip


def test_pipeline_turtle_round_trip_of_seed_build(seed_build: Path, seed_doc: Document) -> None:
    """graph.ttl parses back to the graph build_graph makes from the written records."""
    with open(seed_build / "extractions.jsonl", encoding="utf-8") as fh:
        records = [Extraction.from_json(json.loads(line)) for line in fh]
    assert [r.doc_id for r in records] == [SEED]
    in_memory = build_graph(records, {seed_doc.id: seed_doc}, base=DEFAULT_BASE)
    parsed = Graph().parse(seed_build / "graph.ttl", format="turtle")
    assert len(parsed) == len(in_memory) > 0
    assert isomorphic(parsed, in_memory)


def test_pipeline_library_graph_matches_cli_build(
    seed_build: Path, seed_doc: Document, seed_extraction
) -> None:
    """The library path (extract, merge, build_graph) gives the graph the CLI wrote."""
    records = merge_across(
        [seed_extraction], load_lexicons(ExtractorSettings().gazetteer), base=DEFAULT_BASE
    )
    in_memory = build_graph(records, {seed_doc.id: seed_doc})
    parsed = Graph().parse(seed_build / "graph.ttl", format="turtle")
    assert isomorphic(parsed, in_memory)
    reparsed = Graph().parse(data=serialize_turtle(in_memory), format="turtle")
    assert isomorphic(reparsed, in_memory)


# ------------------------------------------------------------------- evidence


def test_pipeline_evidence_and_mentions_index_document(
    extractor, seed_doc: Document, seed_extraction
) -> None:
    assert seed_extraction.relations
    assert_offsets_index_text(seed_doc, seed_extraction)
    article = read_one(ARTICLE)
    x = extractor.extract(article)
    assert x.relations
    assert_offsets_index_text(article, x)


def test_pipeline_evidence_offsets_with_crlf_and_bom(extractor, tmp_path: Path) -> None:
    """Offsets index the text as read even when the file had a BOM and CRLF newlines."""
    article = ARTICLE.read_text(encoding="utf-8")
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + article.replace("\n", "\r\n").encode("utf-8"))
    doc = read_one(path)
    x = extractor.extract(doc)
    assert x.relations
    assert_offsets_index_text(doc, x)


def _failing_on(marker: str, monkeypatch) -> None:  # noqa: ANN001
    """Make relation finding fail (as a defect would) on any text that holds ``marker``."""
    import kg.nlp.components as components

    real = components.find_relations

    def find_relations(text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if marker in text:
            raise IndexError("list index out of range")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(components, "find_relations", find_relations)


def test_pipeline_a_failing_document_keeps_the_others(monkeypatch) -> None:
    from kg.pipeline import Extractor

    _failing_on("岫坏", monkeypatch)
    docs = [Document(id=f"d{i}", text=t, source="t") for i, t in enumerate(
        ["澜峤科技收购了岫光电子。", "岫坏集团宣布与澜峤科技合作。", "屹珩资本投资了澜峤科技。"])]
    out = list(Extractor().extract_batch(docs))
    assert [x.doc_id for x in out] == ["d0", "d1", "d2"]
    assert out[1].entities == () and out[1].relations == ()
    assert out[1].meta["extraction_error"] == "IndexError: list index out of range"
    assert any(r.relation == "acquired" for r in out[0].relations) and not out[0].meta
    assert any(r.relation == "investedIn" for r in out[2].relations) and not out[2].meta


def test_cli_a_failing_document_is_reported_and_the_rest_written(monkeypatch, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    _failing_on("岫坏", monkeypatch)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in
                             [("a", "澜峤科技收购了岫光电子。"), ("b", "岫坏集团宣布与澜峤科技合作。"), ("c", "屹珩资本投资了澜峤科技。")]),
                   encoding="utf-8")
    out = tmp_path / "x.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(src), "-o", str(out), "--workers", "1", "-q"])
    assert result.exit_code == 1
    assert "kg: b: extraction failed (IndexError: list index out of range); its record is empty" in result.output
    assert "1 document(s) failed to extract" in result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[1]["entities"] == [] and records[1]["meta"]["extraction_error"].startswith("IndexError")
    assert records[0]["relations"] and records[2]["relations"]


def test_cli_build_keeps_going_past_a_failing_document(monkeypatch, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    _failing_on("岫坏", monkeypatch)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in
                             [("a", "澜峤科技收购了岫光电子。"), ("b", "岫坏集团宣布与澜峤科技合作。")]), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "--no-store", "--workers", "1", "-q"])
    assert result.exit_code == 1
    assert "kg: b: extraction failed" in result.output
    records = [json.loads(line) for line in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b"] and records[0]["relations"]
    assert records[1]["meta"]["extraction_error"].startswith("IndexError")
    assert (out / "graph.ttl").stat().st_size > 0 and (out / "graph.html").stat().st_size > 0
