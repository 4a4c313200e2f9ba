"""Tests of kg.store: add, replace, remove, idempotence, consistent labels, crash recovery, stats.

Most tests use small synthetic records (no NLP); the seed test compares the
store built by ``kg build seeds --store`` with ``kg.graph.build_graph``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDFS, Graph, Literal, URIRef

from kg.cli import cli
from kg.graph import build_graph
from kg.iris import entity_iri, graph_iri
from kg.ontology import KG
from kg.store import KGStore, StoreError
from kg.types import Entity, Evidence, Extraction, Mention, Relation

REPO = Path(__file__).resolve().parent.parent


def seed_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """``(store, outdir)`` of one ``kg build seeds --store`` per test session (shared by the store tests)."""
    root = tmp_path_factory.getbasetemp() / "kg_seed_store"
    store, out = root / "store", root / "out"
    if not (out / "extractions.jsonl").is_file():
        env = dict(os.environ, TOKENIZERS_PARALLELISM="false", PYTHONIOENCODING="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "kg", "build", "seeds", "-o", str(out), "--store", str(store), "--workers", "1", "-q"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
    return store, out


def _ent(name: str, etype: str = "Company", mentions: int = 1, aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(name, etype, entity_iri(name), aliases, tuple(Mention(name, i, i + len(name)) for i in range(mentions)))


def record(doc_id: str, *facts: tuple[str, str, str], extra: tuple[Entity, ...] = ()) -> Extraction:
    """A synthetic record: companies named in ``facts`` plus ``extra`` entities."""
    names = {e.name: e for e in extra}
    for h, _, t in facts:
        for n in (h, t):
            names.setdefault(n, _ent(n))
    rels = tuple(
        Relation(h, r, t, 0.8, Evidence(f"{h}{r}{t}。", i * 10, i * 10 + 8)) for i, (h, r, t) in enumerate(facts)
    )
    return Extraction(doc_id, tuple(names.values()), rels)


def normal(graph: Graph) -> set:
    """Triples with typed literals compared by value (Oxigraph writes canonical decimals)."""
    out = set()
    for s, p, o in graph:
        if isinstance(o, Literal) and isinstance(o.toPython(), Decimal):
            o = Literal(str(o.toPython().normalize()))
        out.add((s, p, o))
    return out


def same(store: KGStore, records: list[Extraction]) -> bool:
    return normal(store.union_graph()) == normal(build_graph(records))


def quads(store: KGStore) -> set[str]:
    return {str(q) for q in store.db}


# ------------------------------------------------------------------ seed


def test_store_seed_union_equals_build_graph(tmp_path_factory) -> None:
    store, out = seed_store(tmp_path_factory)
    records = [Extraction.from_json(json.loads(x)) for x in (out / "extractions.jsonl").read_text("utf-8").splitlines()]
    with KGStore(store, read_only=True) as st:
        assert st.documents() == ["seeds/000_08b5a1753ea21df5.txt"]
        assert same(st, records)
        ttl = Graph().parse(out / "graph.ttl")
        assert normal(ttl) == normal(st.union_graph())  # graph.ttl is still written as before
        assert st.record("seeds/000_08b5a1753ea21df5.txt") == records[0]


def test_store_named_graph_per_document(tmp_path) -> None:
    with KGStore(tmp_path / "s") as st:
        st.add(record("a", ("腾讯", "investedIn", "微盟")))
        st.add(record("b", ("阿里巴巴", "investedIn", "华宇软件")))
        names = {g.value for g in st.db.named_graphs()}
        assert {graph_iri("a"), graph_iri("b")} <= names
        ds = st.rdflib_dataset()  # rdflib's API over the same data
        assert (URIRef(entity_iri("腾讯")), KG.investedIn, URIRef(entity_iri("微盟"))) in ds.graph(URIRef(graph_iri("a")))


# ----------------------------------------------------- add / replace / remove


def test_store_readding_unchanged_changes_nothing(tmp_path) -> None:
    recs = [record("a", ("腾讯", "investedIn", "微盟")), record("b", ("腾讯", "launched", "QQ"))]
    with KGStore(tmp_path / "s") as st:
        assert st.add_many(recs) == {"added": 2}
        before = quads(st)
        assert st.add_many(recs) == {"unchanged": 2}
        assert quads(st) == before


def test_store_changed_document_replaces_its_graph(tmp_path) -> None:
    with KGStore(tmp_path / "s") as st:
        st.add(record("a", ("腾讯", "investedIn", "微盟")))
        st.add(record("b", ("阿里巴巴", "investedIn", "华宇软件")))
        new_a = record("a", ("腾讯", "investedIn", "金蝶国际"))
        assert st.add(new_a) == "replaced"
        g = st.union_graph()
        assert (URIRef(entity_iri("腾讯")), KG.investedIn, URIRef(entity_iri("金蝶国际"))) in g
        assert (URIRef(entity_iri("腾讯")), KG.investedIn, URIRef(entity_iri("微盟"))) not in g
        assert st.label(entity_iri("微盟")) is None  # only the old version mentioned it
        assert same(st, [new_a, record("b", ("阿里巴巴", "investedIn", "华宇软件"))])


def test_store_remove_document(tmp_path) -> None:
    a, b = record("a", ("腾讯", "investedIn", "微盟")), record("b", ("腾讯", "launched", "QQ"))
    with KGStore(tmp_path / "s") as st:
        st.add_many([a, b])
        assert st.remove("a") is True
        assert st.remove("a") is False
        assert st.documents() == ["b"]
        assert st.label(entity_iri("微盟")) is None
        assert st.label(entity_iri("腾讯")) == "腾讯"  # still mentioned by b
        assert same(st, [b])
        assert st.remove("b") and len(st.db) == 0


def test_store_labels_consistent_across_documents(tmp_path) -> None:
    iri = entity_iri("腾讯")
    heavy = Extraction("a", (Entity("腾讯控股", "Company", iri, (), tuple(Mention("腾讯控股", i, i + 4) for i in range(3))),))
    light = Extraction("b", (Entity("腾讯", "Company", iri, ("鹅厂",), (Mention("腾讯", 0, 2),)),))
    with KGStore(tmp_path / "s") as st:
        st.add_many([light, heavy])
        assert st.label(iri) == "腾讯控股"  # weighted by mentions over all documents, as kg.graph does
        alts = {str(o["a"].value) for o in st.query(f"SELECT ?a {{ <{iri}> <{SKOS_ALT}> ?a }}")}
        assert alts == {"腾讯", "鹅厂"}
        labels = [r["l"] for r in st.query(f"SELECT ?l {{ <{iri}> <{RDFS.label}> ?l }}")]
        assert len(labels) == 1  # one label, whichever document's graph is queried
        assert same(st, [light, heavy])
        st.remove("a")
        assert st.label(iri) == "腾讯"
        assert same(st, [light])


SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


def test_store_base_iri_is_kept(tmp_path) -> None:
    KGStore(tmp_path / "s", base="http://x.example/").close()
    with pytest.raises(StoreError, match="base IRI"):
        KGStore(tmp_path / "s", base="http://other.example/")


def test_store_locked_and_missing(tmp_path) -> None:
    with KGStore(tmp_path / "s"):
        with pytest.raises(StoreError, match="in use"):
            KGStore(tmp_path / "s")
    with pytest.raises(StoreError, match="no kg store"):
        KGStore(tmp_path / "nothing", read_only=True)


# ---------------------------------------------------------------- crashes


@pytest.mark.parametrize(
    ("batch", "kept"),
    # batch 1: d0, d1, d2 were committed before d2 was reported; batch 2: [d0, d1] and [d2, d3]
    [(1, 3), (2, 4)],
    ids=["between-documents", "mid-batches-keeps-whole-batches"],
)
def test_store_exception_leaves_consistent_store(tmp_path, batch: int, kept: int) -> None:
    recs = [record(f"d{i}", ("腾讯", "investedIn", f"公司{i}")) for i in range(5)]

    def boom(doc_id: str, outcome: str) -> None:
        if doc_id == "d2":
            raise RuntimeError("simulated crash")

    with KGStore(tmp_path / "s") as st:
        with pytest.raises(RuntimeError):
            st.add_many(recs, on_each=boom, batch=batch)
    with KGStore(tmp_path / "s") as st:
        assert st.documents() == [f"d{i}" for i in range(kept)]
        assert same(st, recs[:kept])
        assert st.add_many(recs) == {"unchanged": kept, "added": 5 - kept}
        assert same(st, recs)


class _StoreWrapper:
    """Stands in for a ``pyoxigraph.Store``, counting bulk loads; subclasses make one fail."""

    def __init__(self, db, n: int) -> None:  # noqa: ANN001
        self._db, self._n, self._bulks = db, n, 0

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._db, name)

    def __contains__(self, quad) -> bool:  # noqa: ANN001
        return quad in self._db


class _CrashAfterBulkLoad(_StoreWrapper):
    """The ``n``-th batch's bookkeeping commit fails after its graphs were bulk-loaded."""

    def bulk_extend(self, quads) -> None:  # noqa: ANN001
        self._db.bulk_extend(quads)
        self._bulks += 1

    def bulk_load(self, data, fmt) -> None:  # noqa: ANN001
        self._db.bulk_load(data, fmt)
        self._bulks += 1

    def extend(self, quads) -> None:  # noqa: ANN001
        if self._bulks == self._n:
            raise OSError("simulated crash between the bulk load and the bookkeeping")
        self._db.extend(quads)


class _CallLog(_StoreWrapper):
    """Records the writes in order: (call, batch's first graph or '', thread)."""

    def __init__(self, db) -> None:  # noqa: ANN001
        super().__init__(db, 0)
        self.calls: list[tuple[str, str, str]] = []

    def _log(self, call: str, what: str = "") -> None:
        import threading

        self.calls.append((call, what, threading.current_thread().name))

    def update(self, text) -> None:  # noqa: ANN001
        if "DROP SILENT GRAPH" in text:
            self._log("drop", text.split("<", 1)[1].split(">", 1)[0])
        self._db.update(text)

    def bulk_load(self, data, fmt) -> None:  # noqa: ANN001
        self._log("load", data.split(b"> .\n", 1)[0].rsplit(b"<", 1)[1].decode())
        self._db.bulk_load(data, fmt)

    def extend(self, quads) -> None:  # noqa: ANN001
        quads = list(quads)
        self._log("books" if any(str(q.predicate).endswith("record>") for q in quads) else "extend")
        self._db.extend(quads)


def test_store_batches_load_in_a_second_thread_one_at_a_time(tmp_path) -> None:
    recs = [record(f"d{i}", ("星海科技", "investedIn", f"公司{i}")) for i in range(5)]
    committed: list[tuple[str, int]] = []
    with KGStore(tmp_path / "s") as st:
        log = st._db = _CallLog(st._db)
        st.add_many(recs, batch=2, on_each=lambda d, o: committed.append((d, len(log.calls))))
        assert same(st, recs)
    # (the entity descriptions' own load at the end goes to the bookkeeping graph)
    calls = [(c, w) for c, w, _ in log.calls if c in ("drop", "books") or (c == "load" and not w.endswith("/_meta"))]
    batches = [graph_iri(d) for d in ("d0", "d2", "d4")]
    # each batch: its old graphs dropped, then its graphs loaded, then its bookkeeping; never interleaved
    assert calls == [x for g in batches for x in (("drop", g), ("load", g), ("books", ""))]
    main = {t for c, _, t in log.calls if c == "drop"}
    loaders = {t for c, w, t in log.calls if c == "books" or (c == "load" and not w.endswith("/_meta"))}
    assert len(main) == 1 and not (main & loaders), log.calls
    # the entity descriptions go in after the last batch
    last_books = max(i for i, (c, _, _) in enumerate(log.calls) if c == "books")
    assert [i for i, (c, w, _) in enumerate(log.calls) if c == "load" and w.endswith("/_meta")] > [last_books]
    # a document is reported only once its batch's bookkeeping is in
    books_at = [i + 1 for i, (c, _, _) in enumerate(log.calls) if c == "books"]
    assert [d for d, _ in committed] == [f"d{i}" for i in range(5)]
    for doc, seen in committed:
        assert seen >= books_at[int(doc[1:]) // 2], (doc, seen, log.calls)


def test_store_crash_after_bulk_load_drops_orphan_graphs(tmp_path) -> None:
    recs = [record(f"d{i}", ("腾讯", "investedIn", f"公司{i}")) for i in range(5)]
    st = KGStore(tmp_path / "s")
    st._db = _CrashAfterBulkLoad(st._db, n=2)
    with pytest.raises(OSError, match="simulated crash"):
        st.add_many(recs, batch=2)
    graphs = {g.value for g in st.db.named_graphs()}
    assert graph_iri("d2") in graphs  # the second batch's graphs are in, its bookkeeping is not
    st.close()
    with KGStore(tmp_path / "s") as st:  # the writable open repairs the store
        assert st.documents() == ["d0", "d1"]
        graphs = {g.value for g in st.db.named_graphs()}
        assert graph_iri("d1") in graphs and graph_iri("d2") not in graphs and graph_iri("d3") not in graphs
        assert same(st, recs[:2])
        assert st.add_many(recs) == {"unchanged": 2, "added": 3}
        assert same(st, recs)


class _CrashInBulkLoad(_StoreWrapper):
    """The ``n``-th bulk load writes half its quads, then fails."""

    def bulk_extend(self, quads) -> None:  # noqa: ANN001
        self._bulks += 1
        quads = list(quads)
        if self._bulks == self._n:
            self._db.bulk_extend(quads[: len(quads) // 2])
            raise OSError("simulated crash in a bulk load")
        self._db.bulk_extend(quads)

    def bulk_load(self, data: bytes, fmt) -> None:  # noqa: ANN001
        self._bulks += 1
        if self._bulks == self._n:
            lines = data.splitlines(keepends=True)
            self._db.bulk_load(b"".join(lines[: len(lines) // 2]), fmt)
            raise OSError("simulated crash in a bulk load")
        self._db.bulk_load(data, fmt)


def test_store_crash_while_replacing_leaves_the_caught_documents_out(tmp_path) -> None:
    old = [record(f"d{i}", ("腾讯", "investedIn", f"公司{i}")) for i in range(4)]
    new = [record(f"d{i}", ("腾讯", "acquired", f"公司{i}")) for i in range(4)]
    with KGStore(tmp_path / "s") as st:
        st.add_many(old)
    st = KGStore(tmp_path / "s")
    st._db = _CrashAfterBulkLoad(st._db, n=2)  # batches of 2: the second batch's bookkeeping fails
    with pytest.raises(OSError, match="simulated crash"):
        st.add_many(new, batch=2)
    st.close()
    with KGStore(tmp_path / "s") as st:
        # d0, d1 were replaced; d2, d3 had their old version dropped and the new one never committed
        assert st.documents() == ["d0", "d1"]
        assert same(st, new[:2])
        assert st.add_many(new) == {"unchanged": 2, "added": 2}
        assert same(st, new)


@pytest.mark.parametrize(
    ("n", "kept"),
    [(2, 2), (4, 5)],
    ids=["in-a-batch-of-graphs", "while-merging-entity-descriptions"],
)
def test_store_crash_in_a_bulk_load_recovers(tmp_path, n, kept) -> None:
    recs = [record(f"d{i}", ("腾讯", "investedIn", f"公司{i}")) for i in range(5)]
    st = KGStore(tmp_path / "s")
    st._db = _CrashInBulkLoad(st._db, n=n)  # batches of 2: three bulk loads of graphs, then the descriptions
    with pytest.raises((OSError, StoreError), match="simulated crash"):
        st.add_many(recs, batch=2)
    st.close()
    with KGStore(tmp_path / "s") as st:  # the writable open repairs what the bulk load left half-done
        assert st.documents() == [f"d{i}" for i in range(kept)]
        assert {g.value for g in st.db.named_graphs()} >= {graph_iri(f"d{i}") for i in range(kept)}
        assert not {g.value for g in st.db.named_graphs()} & {graph_iri(f"d{i}") for i in range(kept, 5)}
        assert same(st, recs[:kept])
        expected = {"unchanged": kept, "added": 5 - kept} if kept < 5 else {"unchanged": 5}
        assert st.add_many(recs) == expected
        assert same(st, recs)


def test_store_precomputed_triples_give_the_same_store(tmp_path) -> None:
    from kg.graph import graph_parts

    recs = [record(f"d{i}", ("腾讯", "investedIn", f"公司{i}"), (f"公司{i}", "launched", f"产品{i}")) for i in range(6)]
    parts, _ = graph_parts(recs)
    with KGStore(tmp_path / "a") as a, KGStore(tmp_path / "b") as b:
        a.add_many(recs, batch=4)
        b.add_many(recs, batch=4, triples=parts)
        assert quads(a) == quads(b)
        assert same(b, recs)
        changed = [record("d1", ("腾讯", "acquired", "公司1"))]
        a.add_many(changed)
        b.add_many(changed, triples=graph_parts(changed)[0])
        assert quads(a) == quads(b)


_KILLED_WRITER = """
import sys, time
sys.path.insert(0, {tests!r})
from test_store import record
from kg.store import KGStore
recs = [record(f"d{{i:03d}}", ("腾讯", "investedIn", f"公司{{i}}"), (f"公司{{i}}", "launched", f"产品{{i}}")) for i in range(400)]
def tick(doc_id, outcome):
    open({progress!r}, "w").write(doc_id)
    time.sleep(0.01)
with KGStore({store!r}) as st:
    st.add_many(recs, on_each=tick)
"""


def test_store_killed_build_recovers(tmp_path) -> None:
    store, progress = tmp_path / "s", tmp_path / "progress"
    code = _KILLED_WRITER.format(tests=str(Path(__file__).parent), progress=str(progress), store=str(store))
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO)
    deadline = time.time() + 60
    while time.time() < deadline and not (progress.exists() and progress.read_text() >= "d020"):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    recs = [record(f"d{i:03d}", ("腾讯", "investedIn", f"公司{i}"), (f"公司{i}", "launched", f"产品{i}")) for i in range(400)]
    with KGStore(store) as st:  # usable: opens, and holds whole documents only
        done = st.documents()
        assert 20 <= len(done) < 400
        assert same(st, [r for r in recs if r.doc_id in set(done)])
        counts = st.add_many(recs)  # the re-run completes it
        assert counts["unchanged"] == len(done) and counts["added"] == 400 - len(done)
        assert same(st, recs)


# ------------------------------------------------------------------ stats / CLI


def test_store_stats(tmp_path) -> None:
    with KGStore(tmp_path / "s") as st:
        st.add_many([record("a", ("腾讯", "investedIn", "微盟")), record("b", ("腾讯", "investedIn", "微盟"))])
        s = st.stats()
    assert s.documents == 2
    assert s.entities["Company"] == 2
    assert s.relations["investedIn"] == 1  # one distinct fact, told by two documents
    assert s.statements == 2
    assert s.size_bytes > 0 and s.quads > 0


def test_store_cli_stats_and_remove(tmp_path) -> None:
    with KGStore(tmp_path / "s") as st:
        st.add_many([record("a", ("腾讯", "investedIn", "微盟")), record("b", ("腾讯", "launched", "QQ"))])
    runner = CliRunner()
    res = runner.invoke(cli, ["stats", "--store", str(tmp_path / "s"), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["documents"] == 2
    res = runner.invoke(cli, ["stats", "--store", str(tmp_path / "s")])
    assert "investedIn" in res.output and "documents   2" in res.output and "size" in res.output
    res = runner.invoke(cli, ["remove", "--store", str(tmp_path / "s"), "a", "zzz"])
    assert res.exit_code == 1
    with KGStore(tmp_path / "s", read_only=True) as st:
        assert st.documents() == ["b"]
    res = runner.invoke(cli, ["stats", "--store", str(tmp_path / "missing")])
    assert res.exit_code == 2 and "no kg store" in res.output and "Traceback" not in res.output


def test_store_relation_ends_outweigh_mentions_as_in_the_graph(tmp_path) -> None:
    """The store's merged type follows kg.graph's rule, added at once or one document after the other."""
    place_iri, investor_iri = entity_iri("蓝鲸"), entity_iri("星海科技")

    def ent(name: str, typ: str, iri: str, n: int) -> Entity:
        return Entity(name, typ, iri, (), tuple(Mention(name, 10 * i, 10 * i + len(name)) for i in range(n)))

    records = [
        Extraction("d1", (ent("蓝鲸", "Place", place_iri, 3),), ()),
        Extraction(
            "d2",
            (ent("星海科技", "Company", investor_iri, 1), ent("蓝鲸", "Company", place_iri, 1)),
            (Relation("星海科技", "investedIn", "蓝鲸", 0.9, Evidence("星海科技投资蓝鲸。", 0, 9)),),
        ),
    ]
    with KGStore(tmp_path / "a") as st:
        st.add_many(records)
        assert same(st, records)
    with KGStore(tmp_path / "b") as st:
        for r in records:
            st.add_many([r])
        assert same(st, records)
