"""Tests of the ``kg`` command line: help, build, extract, stdin, bad input and atomic output.

Most tests run ``python -m kg ... --workers 1 -q`` in a subprocess (the real
entry point, exit codes and stderr); help text is checked with click's runner.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import cli
from kg.fsutil import atomic_write
from kg.ingest import read_documents
from kg.ontology import KG
from kg.types import ENTITY_TYPES, RELATION_TYPES, TITLED_RELATIONS

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "cli"
SEED = "seeds/000_08b5a1753ea21df5.txt"  # relative to the repo root (the subprocess cwd)
ARTICLE = "tests/data/cli/article.txt"
GOOD_JSONL = "tests/data/cli/good.jsonl"
MALFORMED_JSONL = "tests/data/cli/malformed.jsonl"
BAD_LEXICON = "tests/data/cli/bad_lexicon.tsv"
FAST = ("--workers", "1", "-q")

ENTITY_KEYS = {"name", "type", "iri", "mentions"}
MENTION_KEYS = {"text", "start", "end"}
RELATION_KEYS = {"head", "relation", "tail", "title", "confidence", "evidence"}
EVIDENCE_KEYS = {"text", "start", "end"}
RELATION_PREDICATES = {KG[r] for r in RELATION_TYPES}


def jsonl(text: str) -> list[dict]:
    """Parse JSONL text; every non-empty line must be one JSON object."""
    objs = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert all(isinstance(o, dict) for o in objs)
    return objs


def doc_texts(*paths: str) -> dict[str, str]:
    """``id -> text`` of the documents of ``paths`` as kg reads them (cwd: the repo)."""
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return {d.id: d.text for d in read_documents(list(paths))}
    finally:
        os.chdir(cwd)


def relation_triples(graph: Graph) -> int:
    return sum(1 for _, p, _ in graph if p in RELATION_PREDICATES)


def stderr_lines(proc) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.strip()]


# --------------------------------------------------------------------- help


@pytest.mark.parametrize("command", [None, *sorted(cli.commands)])
def test_cli_help_has_example(command: str | None) -> None:
    """The group and every command (a new one too) document an example."""
    args = ["--help"] if command is None else [command, "--help"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert "Usage:" in result.output


def test_cli_commands_are_the_documented_ones() -> None:
    """build, extract and eval exist (the help test above iterates whatever else is added)."""
    assert {"build", "extract", "eval"} <= set(cli.commands)


# -------------------------------------------------------------------- build


def test_cli_build_writes_turtle_html_and_records(seed_build: Path) -> None:
    ttl, html, records = (seed_build / n for n in ("graph.ttl", "graph.html", "extractions.jsonl"))
    graph = Graph().parse(ttl, format="turtle")
    assert len(graph) > 0
    assert relation_triples(graph) > 0
    assert "<html" in html.read_text(encoding="utf-8").lower()
    objs = jsonl(records.read_text(encoding="utf-8"))
    assert [o["id"] for o in objs] == [SEED]  # one object per document (seeds/ holds one .txt)
    assert objs[0]["entities"] and objs[0]["relations"]
    assert not [p for p in seed_build.iterdir() if p.name.startswith(".")]  # no temp files left


def test_cli_build_min_confidence_drops_relations(seed_build: Path, run_kg, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = run_kg("build", "seeds", "-o", out, "--min-confidence", "0.99", *FAST)
    assert proc.returncode == 0, proc.stderr
    full = Graph().parse(seed_build / "graph.ttl", format="turtle")
    strict = Graph().parse(out / "graph.ttl", format="turtle")
    assert relation_triples(strict) < relation_triples(full)
    kept = [float(c) for c in strict.objects(None, KG.confidence)]
    assert all(c >= 0.99 for c in kept)


# ------------------------------------------------------------------ extract


@pytest.fixture(scope="module")
def extracted(run_kg) -> list[dict]:
    """``kg extract`` of a text file, the seed and a two-record JSONL, in that order."""
    proc = run_kg("extract", ARTICLE, SEED, GOOD_JSONL, *FAST)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return jsonl(proc.stdout)


def test_cli_extract_ids_in_input_order(extracted: list[dict]) -> None:
    """A file's id is its path as given; a JSONL record's id is its ``id``."""
    assert [o["id"] for o in extracted] == [ARTICLE, SEED, "rec-1", "rec-2"]


def test_cli_extract_keys_exactly_match_contract(extracted: list[dict]) -> None:
    """No key beyond the documented ones (id, entities[...], relations[...])."""
    for obj in extracted:
        assert set(obj) == {"id", "entities", "relations"}
        for ent in obj["entities"]:
            assert set(ent) == ENTITY_KEYS, f"{obj['id']}: entity keys {sorted(ent)}"
            for m in ent["mentions"]:
                assert set(m) == MENTION_KEYS
        for rel in obj["relations"]:
            assert set(rel) == RELATION_KEYS
            assert set(rel["evidence"]) == EVIDENCE_KEYS


def test_cli_extract_values_follow_contract(extracted: list[dict]) -> None:
    """Required keys present with the right types and vocabularies."""
    for obj in extracted:
        assert isinstance(obj["id"], str)
        assert obj["entities"], obj["id"]  # every fixture names companies
        for ent in obj["entities"]:
            assert ENTITY_KEYS <= set(ent)
            assert isinstance(ent["name"], str) and ent["name"]
            assert ent["type"] in ENTITY_TYPES
            assert isinstance(ent["iri"], str) and ent["iri"].startswith(("http://", "https://"))
            assert ent["mentions"], ent["name"]
            for m in ent["mentions"]:
                assert MENTION_KEYS <= set(m)
                assert isinstance(m["start"], int) and isinstance(m["end"], int)
        names = [e["name"] for e in obj["entities"]]
        assert len(names) == len(set(names)), f"{obj['id']}: duplicate entity names"
        for rel in obj["relations"]:
            assert RELATION_KEYS <= set(rel)
            assert rel["relation"] in RELATION_TYPES
            assert isinstance(rel["confidence"], float) and 0.0 <= rel["confidence"] <= 1.0
            if rel["relation"] in TITLED_RELATIONS:
                assert isinstance(rel["title"], str) and rel["title"], rel
            else:
                assert rel["title"] is None, rel
            assert EVIDENCE_KEYS <= set(rel["evidence"])


def test_cli_extract_offsets_index_document_text(extracted: list[dict]) -> None:
    """``text[start:end]`` equals every mention and evidence text, against the text as read."""
    texts = doc_texts(ARTICLE, SEED, GOOD_JSONL)
    assert set(texts) == {o["id"] for o in extracted}
    for obj in extracted:
        text = texts[obj["id"]]
        for ent in obj["entities"]:
            for m in ent["mentions"]:
                assert 0 <= m["start"] < m["end"] <= len(text)
                assert text[m["start"] : m["end"]] == m["text"], (obj["id"], ent["name"], m)
        for rel in obj["relations"]:
            ev = rel["evidence"]
            assert 0 <= ev["start"] < ev["end"] <= len(text)
            assert text[ev["start"] : ev["end"]] == ev["text"], (obj["id"], rel)


def test_cli_extract_relation_ends_are_entities_of_same_object(extracted: list[dict]) -> None:
    assert any(o["relations"] for o in extracted)
    for obj in extracted:
        names = {e["name"] for e in obj["entities"]}
        for rel in obj["relations"]:
            assert rel["head"] in names and rel["tail"] in names, (obj["id"], rel)


def test_cli_extract_output_file_same_as_stdout(
    extracted: list[dict], run_kg, tmp_path: Path
) -> None:
    out = tmp_path / "sub" / "x.jsonl"
    proc = run_kg("extract", ARTICLE, GOOD_JSONL, "-o", out, *FAST)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert jsonl(out.read_text(encoding="utf-8")) == [extracted[0], extracted[2], extracted[3]]
    assert sorted(p.name for p in out.parent.iterdir()) == ["x.jsonl"]


@pytest.mark.parametrize(
    "source, expected_ids",
    [(ARTICLE, ["<stdin>"]), (GOOD_JSONL, ["rec-1", "rec-2"])],
    ids=["text", "jsonl"],
)
def test_cli_extract_stdin(
    extracted: list[dict], run_kg, source: str, expected_ids: list[str]
) -> None:
    """``kg extract -`` reads plain text or JSONL from standard input."""
    proc = run_kg("extract", "-", *FAST, stdin=(REPO / source).read_bytes())
    assert proc.returncode == 0, proc.stderr
    objs = jsonl(proc.stdout)
    assert [o["id"] for o in objs] == expected_ids
    by_file = {o["id"]: o for o in extracted}
    reference = [by_file[ARTICLE]] if source == ARTICLE else [by_file["rec-1"], by_file["rec-2"]]
    for got, want in zip(objs, reference, strict=True):
        assert got["entities"] == want["entities"]
        assert got["relations"] == want["relations"]


# ---------------------------------------------------------------- bad input

BAD_FILES = {
    "binary": ("bad.txt", b"PK\x03\x04\x00\x00\x00\x08\x00" + bytes(range(256)) * 4),
    "undecodable": (
        "bad.txt",
        b"\xff\xfe" + "腾讯投资了微盟".encode("utf-16-le") + b"\x00",
    ),  # odd UTF-16
    "empty": ("bad.txt", b""),
    "blank": ("bad.txt", b"  \n\n \t\n"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_cli_extract_bad_file_is_skipped_with_one_line(
    extracted: list[dict], run_kg, tmp_path: Path, kind: str
) -> None:
    name, data = BAD_FILES[kind]
    bad = tmp_path / name
    bad.write_bytes(data)
    proc = run_kg("extract", ARTICLE, bad, GOOD_JSONL, *FAST)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    naming = [line for line in stderr_lines(proc) if str(bad) in line]
    assert len(naming) == 1, proc.stderr
    # the good inputs still come out, in order
    assert [o["id"] for o in jsonl(proc.stdout)] == [ARTICLE, "rec-1", "rec-2"]
    assert jsonl(proc.stdout)[0] == extracted[0]


def test_cli_extract_malformed_jsonl_line_is_skipped(run_kg) -> None:
    proc = run_kg("extract", MALFORMED_JSONL, *FAST)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    naming = [line for line in stderr_lines(proc) if f"{MALFORMED_JSONL}:2" in line]
    assert len(naming) == 1, proc.stderr
    objs = jsonl(proc.stdout)
    assert [o["id"] for o in objs] == ["rec-1", "rec-3"]
    assert all(o["entities"] for o in objs)


def test_cli_build_bad_record_still_writes_good_ones(run_kg, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = run_kg("build", MALFORMED_JSONL, "-o", out, *FAST)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert any(f"{MALFORMED_JSONL}:2" in line for line in stderr_lines(proc)), proc.stderr
    assert [o["id"] for o in jsonl((out / "extractions.jsonl").read_text(encoding="utf-8"))] == [
        "rec-1",
        "rec-3",
    ]
    assert (out / "graph.ttl").is_file() and (out / "graph.html").is_file()


@pytest.mark.parametrize(
    "args",
    [
        ["build", "missing.txt", "-o", "{out}"],
        ["build", ARTICLE, "missing.txt", "-o", "{out}"],
        ["extract", ARTICLE, "missing.txt", "-o", "{out}/x.jsonl"],
        ["extract", "missing.txt"],
    ],
    ids=["build", "build-after-good", "extract-o", "extract-stdout"],
)
def test_cli_missing_input_exit_2_and_no_output(run_kg, tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "out"
    proc = run_kg(*[a.format(out=out) for a in args], *FAST, cwd=REPO)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = stderr_lines(proc)
    assert len(lines) == 1 and "missing.txt" in lines[0], proc.stderr
    assert proc.stdout == ""
    assert not (out / "graph.ttl").exists()
    assert not out.exists() or not any(out.iterdir()), sorted(p.name for p in out.iterdir())


@pytest.mark.parametrize("command", ["build", "extract"])
def test_cli_bad_lexicon_exit_2_names_file_and_line(run_kg, tmp_path: Path, command: str) -> None:
    out = tmp_path / "out"
    extra = ["-o", str(out)] if command == "build" else []
    proc = run_kg(command, ARTICLE, "--lexicon", BAD_LEXICON, *extra, *FAST)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = stderr_lines(proc)
    assert len(lines) == 1, proc.stderr
    assert f"{BAD_LEXICON}:3" in lines[0]
    assert proc.stdout == ""
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("base", ["http://x y/", "kg-data"], ids=["space", "no-scheme"])
def test_cli_bad_base_iri_is_a_usage_error(run_kg, tmp_path: Path, base: str) -> None:
    out, store = tmp_path / "out", tmp_path / "store"
    proc = run_kg("build", ARTICLE, "--base-iri", base, "-o", str(out), "--store", str(store), *FAST)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "--base-iri" in proc.stderr and "not an absolute IRI" in proc.stderr
    assert not out.exists() and not store.exists()


@pytest.mark.parametrize("command", ["build", "extract"])
def test_cli_unwritable_output_is_one_line_error(run_kg, tmp_path: Path, command: str) -> None:
    """An output path below a regular file cannot be created: a message, not a traceback."""
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / ("out" if command == "build" else "x.jsonl")
    proc = run_kg(command, ARTICLE, "-o", target, *FAST)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr, proc.stderr[-300:]
    lines = stderr_lines(proc)
    assert len(lines) == 1 and str(blocker) in lines[0], proc.stderr


# ------------------------------------------------------------ atomic output


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


class Boom(Exception):
    pass


@pytest.mark.parametrize(
    "mode, old, new", [("w", "旧内容\n", "新的一半"), ("wb", b"old", b"new half")]
)
def test_fsutil_atomic_write_failure_keeps_old_content(tmp_path: Path, mode: str, old, new) -> None:
    target = tmp_path / "graph.ttl"
    if isinstance(old, bytes):
        target.write_bytes(old)
    else:
        target.write_text(old, encoding="utf-8")
    with pytest.raises(Boom), atomic_write(target, mode) as fh:
        fh.write(new)
        fh.flush()
        raise Boom
    assert (
        target.read_bytes() if isinstance(old, bytes) else target.read_text(encoding="utf-8")
    ) == old
    assert _leftovers(tmp_path, {"graph.ttl"}) == []


def test_fsutil_atomic_write_failure_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new" / "x.jsonl"
    with pytest.raises(KeyboardInterrupt), atomic_write(target) as fh:
        fh.write("{}\n")
        raise KeyboardInterrupt
    assert not target.exists()
    assert _leftovers(target.parent, set()) == []


def test_fsutil_atomic_write_success_replaces(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    target.write_text("old", encoding="utf-8")
    with atomic_write(target) as fh:
        fh.write("新\n")
        assert target.read_text(encoding="utf-8") == "old"  # not visible before the block ends
    assert target.read_text(encoding="utf-8") == "新\n"
    assert _leftovers(tmp_path, {"x.txt"}) == []
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # the usual mode, not mkstemp's 0600


def test_cli_missing_input_leaves_the_store_untouched(run_kg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    proc = run_kg("build", "missing.txt", "-o", str(tmp_path / "out"), "--store", str(store), "--workers", "1", "-q",
                  cwd=REPO)
    assert proc.returncode == 2, proc.stderr
    assert not store.exists()
