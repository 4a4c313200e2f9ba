"""How fast does the HTML network render and become interactive in headless Chromium?

Generates synthetic entity graphs shaped like ours (scale-free degrees, the five
entity types, the nine relations, evidence on every edge), writes the page with
``kg.viz.render_page`` and opens it in Debian's headless Chromium, offline. It
prints, per graph and layout mode:

- ``page``: seconds to build the HTML in Python, and its size;
- ``ready``: milliseconds from navigation start until the layout is done, physics
  has stopped and the first frame is drawn (``kgView.readyMs``): the page is
  interactive from then on;
- ``click`` and ``search``: milliseconds a neighbourhood highlight and a search
  take once ready.

Usage:
    python bench/viz.py                       # 2,000/5,000 and 10,000/25,000, both modes
    python bench/viz.py --sizes 2000:5000 --modes physics
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.types import ENTITY_TYPES, RELATION_TYPES
from kg.viz import render_page

__all__ = ["synthetic_graph", "measure", "main"]

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 7) -> nx.MultiDiGraph:
    """A ``graph_to_networkx``-shaped multigraph with preferential-attachment degrees."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(n_nodes):
        etype = rng.choice(ENTITY_TYPES)
        g.add_node(
            f"http://kg.example.org/resource/entity/n{i}",
            label=f"实体{i}号",
            type=etype,
            aliases=[f"E{i}"] if i % 3 == 0 else [],
            docs=rng.randint(1, 5),
        )
    iris = list(g.nodes)
    ends = iris[:2]  # endpoint pool: picking from it is preferential attachment
    added = 0
    while added < n_edges:
        head = rng.choice(ends) if rng.random() < 0.7 else rng.choice(iris)
        tail = rng.choice(iris)
        rel = rng.choice(RELATION_TYPES)
        if head == tail or g.has_edge(head, tail, rel):
            continue
        g.add_edge(
            head,
            tail,
            key=rel,
            relation=rel,
            title=None,
            titles=[],
            confidence=round(rng.uniform(0.5, 1.0), 3),
            evidence=[
                (f"第{k}条证据句子,说明{rel}。", f"news/{rng.randint(0, 999)}.txt")
                for k in range(2)
            ],
        )
        ends.extend((head, tail))
        added += 1
    return g


def measure(page_path: Path, node_id: str, timeout_s: float = 300.0) -> dict[str, float]:
    """Open the page offline in headless Chromium; return readiness and interaction times (ms)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            args=ARGS,
            offline=True,
            viewport={"width": 1280, "height": 800},
        )
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_path.as_uri())
        deadline = time.monotonic() + timeout_s
        while not page.evaluate("() => !!(window.kgView && window.kgView.ready)"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{page_path} not ready after {timeout_s} s")
            time.sleep(0.02)
        ready = page.evaluate("() => kgView.readyMs")
        click = page.evaluate(
            """(id) => { const t = performance.now(); kgView.highlight(id);
                         kgView.network.redraw(); return performance.now() - t; }""",
            node_id,
        )
        search = page.evaluate(
            """() => { const t = performance.now(); kgView.search('实体1号');
                       return performance.now() - t; }"""
        )
        context.close()
    if errors:
        raise RuntimeError(f"console errors: {errors[:3]}")
    return {"ready": ready, "click": click, "search": search}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per graph size and layout mode."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000:5000,10000:25000", help="NODES:EDGES,...")
    parser.add_argument("--modes", default="physics,no-physics", help="physics and/or no-physics")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"bench/viz.py: {CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 2
    print(
        f"{'nodes':>6} {'edges':>6} {'mode':<10} {'page s':>7} {'MB':>5} {'ready ms':>9} "
        f"{'click ms':>9} {'search ms':>9}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            n_nodes, n_edges = (int(x) for x in size.split(":"))
            graph = synthetic_graph(n_nodes, n_edges)
            hub = max(graph.nodes, key=graph.degree)
            for mode in args.modes.split(","):
                t0 = time.perf_counter()
                html = render_page(graph, max_nodes=None, physics=(mode == "physics"))
                build = time.perf_counter() - t0
                path = Path(tmp) / f"g{n_nodes}-{mode}.html"
                path.write_text(html, encoding="utf-8")
                r = measure(path, hub)
                print(
                    f"{n_nodes:>6} {n_edges:>6} {mode:<10} {build:>7.2f} {len(html) / 1e6:>5.1f} "
                    f"{r['ready']:>9.0f} {r['click']:>9.0f} {r['search']:>9.0f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
