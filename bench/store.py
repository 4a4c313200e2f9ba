"""Store benchmark: the embedded Oxigraph store against rdflib's in-memory Graph.

Generates a synthetic knowledge graph shaped like kg's (documents with
mentions, direct relation triples and evidence-carrying statement nodes,
merged entity descriptions): by default 100,000 documents, about 1.7 million
graph triples (over 1,000,000, and the store size the add cost is measured
on), and prints in one run:

- load time of the same N-Triples file (the graph triples, no bookkeeping):
  ``pyoxigraph.Store.bulk_load`` on disk vs ``rdflib.Graph().parse`` in memory;
- the time of each named query of ``ontology/queries`` on both, bound to the
  most connected company where it takes a parameter;
- the cost of adding one document (``KGStore.add``: one transaction) to the
  store of all the synthetic documents vs to an empty store.

Usage::

    python bench/store.py                 # 100,000 documents, ~1.7M triples (about 25 minutes)
    python bench/store.py --docs 10000    # a quick run

Prints figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import query as q  # noqa: E402
from kg.iris import entity_iri  # noqa: E402
from kg.store import KGStore  # noqa: E402
from kg.types import Entity, Evidence, Extraction, Mention, Relation  # noqa: E402

_CHARS = "华云智数科技网络信息软件金融联创新达通星海宇博盛康泰安恒远方光明天地长江南北东西锦程瑞丰嘉禾"
_RELS = [("investedIn", "Company", "Company"), ("acquired", "Company", "Company"), ("launched", "Company", "Product"),
         ("leads", "Person", "Company"), ("partnerOf", "Company", "Company"), ("productOf", "Product", "Company")]


def _names(rng: random.Random, n: int, suffix: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(_CHARS) for _ in range(rng.randint(2, 4))) + suffix)
    return sorted(out)


def synthetic(docs: int, seed: int = 7) -> list[Extraction]:
    """``docs`` records: each mentions 2–3 entities (Zipf-like popularity) and has 0–2 relations."""
    rng = random.Random(seed)
    pool = {
        "Company": _names(rng, max(200, docs // 5), "公司"),
        "Person": _names(rng, max(100, docs // 20), "总"),
        "Product": _names(rng, max(100, docs // 10), "产品"),
    }
    weights = {t: [1.0 / (i + 1) ** 0.8 for i in range(len(v))] for t, v in pool.items()}
    out = []
    for d in range(docs):
        ents: dict[str, Entity] = {}
        rels = []
        for k in range(rng.choice((0, 1, 1, 2)) or 0):
            rel, ht, tt = rng.choice(_RELS)
            h = rng.choices(pool[ht], weights[ht])[0]
            t = rng.choices(pool[tt], weights[tt])[0]
            if h == t:
                continue
            for name, typ in ((h, ht), (t, tt)):
                ents.setdefault(name, Entity(name, typ, entity_iri(name), (), (Mention(name, 10 * k, 10 * k + len(name)),)))
            text = f"{h}与{t}的消息{d}-{k}。"
            rels.append(Relation(h, rel, t, round(rng.uniform(0.4, 0.95), 3), Evidence(text, 40 * k, 40 * k + len(text)),
                                 "总裁" if rel == "leads" else None))
        while len(ents) < 2:
            name = rng.choices(pool["Company"], weights["Company"])[0]
            ents.setdefault(name, Entity(name, "Company", entity_iri(name), (), (Mention(name, 0, len(name)),)))
        out.append(Extraction(f"news/{d:07d}", tuple(ents.values()), tuple(rels)))
    return out


def _timed(fn):  # noqa: ANN001, ANN202
    t = time.perf_counter()
    value = fn()
    return time.perf_counter() - t, value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000, help="synthetic documents (default 100,000: about 1.7M triples)")
    ap.add_argument("--cap", type=float, default=120.0, help="stop an rdflib query after this many seconds")
    ap.add_argument("--adds", type=int, default=20, help="documents added one by one to time an add")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    records = synthetic(args.docs + args.adds)
    base_recs, extra = records[: args.docs], records[args.docs:]
    print(f"synthetic KG: {args.docs:,} documents (+{args.adds} to add one by one)", flush=True)

    # 1. the kg store from records (build_graph per document, tallies, bookkeeping)
    t_fill, _ = _timed(lambda: _fill(tmp / "full", base_recs))
    with KGStore(tmp / "full") as st:
        total = len(st.db)
        union = [qd for qd in st.db if qd.graph_name != st.meta]
        ox.serialize([ox.Triple(x.subject, x.predicate, x.object) for x in union], str(tmp / "union.nt"),
                     format=ox.RdfFormat.N_TRIPLES)
        n_union = len(union)
        top_company = q.run(st, q.named_queries()["most-connected"].text).rows[0][0].value
    del union
    print(f"kg store from records (KGStore.bulk_load): {t_fill:.1f} s, {total:,} quads, {n_union:,} graph triples "
          f"(the rest is bookkeeping)", flush=True)

    # 2. load time of the same triples
    t_ox, ox_store = _timed(lambda: _ox_load(tmp / "union.nt", tmp / "ox"))
    t_rdf, graph = _timed(lambda: Graph().parse(str(tmp / "union.nt"), format="nt"))
    print(f"\nload        oxigraph (on disk) {t_ox:8.2f} s    rdflib Graph (memory) {t_rdf:8.2f} s    "
          f"x{t_rdf / t_ox:.1f}", flush=True)

    # 3. each named query
    named = q.named_queries()
    binds = {"company": ox.NamedNode(top_company), "head": ox.NamedNode(top_company)}
    sum_ox = sum_rdf = 0.0
    print(f"queries bound to {top_company.rsplit('/', 1)[-1]} where they take a company", flush=True)
    for nq in named.values():
        sub = {p.name: binds[p.name] for p in nq.params if p.name in binds}
        t1, n1 = _timed(lambda: sum(1 for _ in ox_store.query(
            nq.text, use_default_graph_as_union=True, substitutions={ox.Variable(k): v for k, v in sub.items()} or None)))
        init = {k: URIRef(v.value) for k, v in sub.items()}
        t2, n2 = _rdflib_query(graph, nq.text, init, args.cap)
        sum_ox += t1
        sum_rdf += t2
        shown = f"{t2 * 1000:10.1f} ms ({n2} rows)" if n2 is not None else f">{args.cap:g} s (stopped)      "
        print(f"  {nq.name:<15} oxigraph {t1 * 1000:9.1f} ms ({n1} rows)   rdflib {shown}   "
              f"x{t2 / max(t1, 1e-9):.0f}{'+' if n2 is None else ''}", flush=True)
    print(f"  {'all queries':<15} oxigraph {sum_ox:9.3f} s             rdflib {sum_rdf:10.3f} s             "
          f"x{sum_rdf / sum_ox:.0f}")
    print("(a '+' marks a lower bound: rdflib was stopped at --cap)")
    print(f"overall (load + queries): x{(t_rdf + sum_rdf) / (t_ox + sum_ox):.1f} faster", flush=True)
    del graph, ox_store

    # 4. adding one document: a store of args.docs documents vs an empty one
    costs = {}
    for label, path in (("empty store", tmp / "empty"), (f"store of {args.docs:,} documents", tmp / "full")):
        with KGStore(path) as st:
            times = []
            for rec in extra:
                t, _ = _timed(lambda: st.add(rec))  # noqa: B023
                times.append(t)
        costs[label] = statistics.median(times)
        print(f"\nadd one document to an {label:<28} median {costs[label] * 1000:7.2f} ms over {len(times)}"
              if label == "empty store" else
              f"add one document to a {label:<29} median {costs[label] * 1000:7.2f} ms over {len(times)}", flush=True)
    print(f"scratch files in {tmp} (delete them)")


def _rdflib_query(graph: Graph, text: str, init: dict, cap: float) -> tuple[float, int | None]:
    """Time one rdflib query in a forked child (the graph is shared copy-on-write); stop it after ``cap`` s."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()

    def work() -> None:
        t = time.perf_counter()
        n = len(list(graph.query(text, initBindings=init)))
        child.send((time.perf_counter() - t, n))

    proc = ctx.Process(target=work, daemon=True)
    proc.start()
    if parent.poll(cap):
        value = parent.recv()
        proc.join()
        return value
    proc.kill()
    proc.join()
    return cap, None


def _fill(path: Path, records: list[Extraction]) -> int:
    with KGStore(path) as st:
        return st.bulk_load(records)


def _ox_load(nt: Path, path: Path) -> ox.Store:
    store = ox.Store(str(path))
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    store.flush()
    return store


if __name__ == "__main__":
    main()
