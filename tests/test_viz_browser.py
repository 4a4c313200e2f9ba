"""The HTML network in a real browser: Debian's headless Chromium, driven by Playwright.

No browser is downloaded: Playwright drives ``/usr/bin/chromium`` (``.ci/system-deps``
installs it as root). The context is offline, and every request, console
message, page error and dialog is recorded. The tests skip, with the reason,
only when Chromium or Playwright is missing or Chromium cannot start.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kg.graph import graph_to_networkx
from kg.viz import read_graph

CHROMIUM = Path("/usr/bin/chromium")
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
XSS_COMPANY = "<img src=x onerror=alert(1)>"
XSS_PRODUCT = "</script><script>alert(2)</script>"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module (Playwright gives it a fresh profile)."""
    if not CHROMIUM.exists():
        pytest.skip(
            f"{CHROMIUM} is not installed "
            "(apt-get install chromium; .ci/system-deps does it as root)"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
    )
    pw = sync_api.sync_playwright().start()
    try:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, timeout=60_000)
    except Exception as exc:  # noqa: BLE001 - any launch failure is a reason to skip
        pw.stop()
        pytest.skip(f"cannot launch {CHROMIUM}: {str(exc).splitlines()[0]}")
    yield chromium
    chromium.close()
    pw.stop()


@dataclass
class Session:
    """An opened page and everything it did."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        """Evaluate a function expression (the page's CSP forbids string eval)."""
        return self.page.evaluate(expression, arg)


def open_page(browser: Any, path: Path) -> Session:
    """Open ``path`` offline and wait until the layout is done and drawn."""
    context = browser.new_context(offline=True, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    session = Session(page)
    page.on("request", lambda r: session.requests.append(r.url))
    page.on("console", lambda m: session.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: session.errors.append(str(e)))

    def on_dialog(dialog: Any) -> None:
        session.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(path.as_uri())
    deadline = time.monotonic() + 60
    while not session.js("() => !!(window.kgView && window.kgView.ready)"):
        assert time.monotonic() < deadline, f"{path} did not become ready"
        time.sleep(0.05)
    return session


def node_point(session: Session, node_id: str) -> tuple[float, float]:
    """Page coordinates of a node's centre."""
    return tuple(
        session.js(
            """(id) => { const n = kgView.network;
                         const p = n.canvasToDOM(n.getPositions([id])[id]);
                         const r = document.getElementById("mynetwork").getBoundingClientRect();
                         return [r.left + p.x, r.top + p.y]; }""",
            node_id,
        )
    )


@pytest.fixture(scope="module")
def seed(browser: Any, seed_build: Path) -> Session:
    """graph.html of ``kg build seeds/``, opened once."""
    return open_page(browser, seed_build / "graph.html")


@pytest.fixture(scope="module")
def xss(browser: Any, run_kg, tmp_path_factory: pytest.TempPathFactory) -> Session:
    """graph.html built by the real pipeline from a document naming hostile entities."""
    folder = tmp_path_factory.mktemp("xss")
    (folder / "news.txt").write_text(
        f"据报道,{XSS_COMPANY}公司今天发布了新产品{XSS_PRODUCT}。腾讯投资了{XSS_COMPANY}公司。\n",
        encoding="utf-8",
    )
    (folder / "names.tsv").write_text(
        f"{XSS_COMPANY}\tCompany\n{XSS_PRODUCT}\tProduct\n", encoding="utf-8"
    )
    proc = run_kg(
        "build",
        "news.txt",
        "-o",
        "out",
        "--lexicon",
        "names.tsv",
        "--no-store",
        "--workers",
        "1",
        "-q",
        cwd=folder,
    )
    assert proc.returncode == 0, proc.stderr
    return open_page(browser, folder / "out" / "graph.html")


# ------------------------------------------------------------ offline


def test_viz_browser_loads_nothing_from_the_network(seed: Session) -> None:
    assert seed.requests, "the page itself is a request"
    assert [u for u in seed.requests if not u.startswith("file://")] == []
    assert seed.errors == []


def test_viz_browser_datasets_hold_every_node_and_edge(seed: Session, seed_build: Path) -> None:
    nxg = graph_to_networkx(read_graph(seed_build / "graph.ttl"))
    assert 0 < nxg.number_of_nodes() <= 500
    counts = seed.js(
        "() => [kgView.nodes.length, kgView.edges.length, kgView.network.body.nodeIndices.length]"
    )
    assert counts == [nxg.number_of_nodes(), nxg.number_of_edges(), nxg.number_of_nodes()]


def test_viz_browser_physics_stops_once_stable(seed: Session) -> None:
    frames = seed.js(
        """() => new Promise((done) => { let n = 0; kgView.network.on("afterDrawing", () => n++);
                                          setTimeout(() => done(n), 1000); })"""
    )
    assert frames == 0  # nothing animates: the simulation is off
    assert seed.js("() => kgView.network.physics.physicsEnabled") is False


def test_viz_browser_canvas_is_not_blank(seed: Session, browser: Any) -> None:
    shot = seed.page.locator("#mynetwork").screenshot()
    probe = browser.new_page()
    variance = probe.evaluate(
        """async (src) => {
             const img = new Image(); img.src = src; await img.decode();
             const c = document.createElement("canvas"); c.width = img.width; c.height = img.height;
             const ctx = c.getContext("2d"); ctx.drawImage(img, 0, 0);
             const px = ctx.getImageData(0, 0, c.width, c.height).data;
             let sum = 0, sq = 0, n = 0;
             for (let i = 0; i < px.length; i += 4) {
               const y = 0.299 * px[i] + 0.587 * px[i + 1] + 0.114 * px[i + 2];
               sum += y; sq += y * y; n++;
             }
             return sq / n - (sum / n) ** 2; }""",
        "data:image/png;base64," + base64.b64encode(shot).decode(),
    )
    probe.close()
    assert variance > 20, variance  # a white canvas has variance 0


# ------------------------------------------------------------ interaction


def test_viz_browser_search_finds_a_node_by_alias(seed: Session) -> None:
    node = seed.js("() => kgView.nodes.get().find((n) => n.aliases.length && n.degree > 0)")
    assert node, "the seed graph has an entity with an alias"
    seed.page.fill("#kg-search", node["aliases"][0])
    seed.page.press("#kg-search", "Enter")
    assert seed.js("() => kgView.highlighted") == node["id"]
    assert seed.js("() => kgView.network.getSelectedNodes()") == [node["id"]]
    assert seed.page.text_content("#kg-search-status").startswith("找到 found")
    seed.page.fill("#kg-search", "")
    seed.page.press("#kg-search", "Enter")
    assert seed.js("() => kgView.highlighted") is None
    seed.page.fill("#kg-search", "no such entity at all")
    seed.page.press("#kg-search", "Enter")
    assert seed.page.text_content("#kg-search-status") == "未找到 not found"


def test_viz_browser_type_filter_hides_and_shows_a_type(seed: Session) -> None:
    total, companies = seed.js(
        """() => [kgView.nodes.length,
                  kgView.nodes.get({filter: (n) => n.type === 'Company'}).length]"""
    )
    assert companies > 0
    box = seed.page.locator('input[data-kg-type="Company"]')
    box.uncheck()
    assert seed.js("() => [kgView.nodeView.length, kgView.network.body.nodeIndices.length]") == [
        total - companies,
        total - companies,
    ]
    box.check()
    assert seed.js("() => kgView.network.body.nodeIndices.length") == total


def test_viz_browser_relation_filter_hides_a_relation(seed: Session) -> None:
    relation, count = seed.js(
        """() => { const e = kgView.edges.get()[0];
                   const same = kgView.edges.get({filter: (x) => x.relation === e.relation});
                   return [e.relation, same.length]; }"""
    )
    box = seed.page.locator(f'input[data-kg-relation="{relation}"]')
    box.uncheck()
    assert seed.js("() => kgView.edgeView.length") == seed.js("() => kgView.edges.length") - count
    box.check()


def test_viz_browser_click_highlights_the_neighbourhood(seed: Session) -> None:
    hub = seed.js("() => kgView.nodes.get().reduce((a, b) => (b.degree > a.degree ? b : a))")
    x, y = node_point(seed, hub["id"])
    seed.page.mouse.click(x, y)
    assert seed.js("() => kgView.highlighted") == hub["id"]
    dimmed = seed.js(
        """(id) => { const near = new Set(kgView.network.getConnectedNodes(id).concat([id]));
                     const wrong = (n) => (n.opacity === 0.15) === near.has(n.id);
                     return kgView.nodes.get().filter(wrong).length; }""",
        hub["id"],
    )
    assert dimmed == 0  # neighbours bright, everything else dimmed
    seed.page.mouse.click(5, 795)  # empty canvas corner
    assert seed.js("() => kgView.highlighted") is None


def test_viz_browser_hover_shows_the_node_tooltip(seed: Session) -> None:
    node = seed.js("() => kgView.nodes.get().find((n) => n.aliases.length)")
    x, y = node_point(seed, node["id"])
    seed.page.mouse.move(x, y)
    seed.page.wait_for_selector("#kg-tip:not([hidden])", timeout=5000)
    tip = seed.page.text_content("#kg-tip")
    assert (
        node["label"] in tip
        and "别名 Aliases: " + node["aliases"][0] in tip
        and "文档 Documents: " in tip
    )
    seed.page.mouse.move(5, 795)


# ------------------------------------------------------------ hostile names


def test_viz_browser_hostile_names_fire_nothing_and_show_as_text(xss: Session) -> None:
    assert xss.dialogs == []
    assert xss.errors == []
    assert [u for u in xss.requests if not u.startswith("file://")] == []
    labels = xss.js("() => kgView.nodes.get().map((n) => n.label)")
    assert XSS_COMPANY in labels and XSS_PRODUCT in labels
    injected = xss.js("() => [document.querySelectorAll('img').length, document.scripts.length]")
    assert injected == [0, 6]  # vis, 4 JSON blocks, the page script: nothing added


def test_viz_browser_hostile_names_are_searchable_text(xss: Session) -> None:
    for name in (XSS_COMPANY, XSS_PRODUCT):
        xss.page.fill("#kg-search", name)
        xss.page.press("#kg-search", "Enter")
        node = xss.js("() => kgView.nodes.get(kgView.highlighted)")
        assert node["label"] == name
        assert xss.page.text_content("#kg-search-results button") == name
        x, y = node_point(xss, node["id"])
        xss.page.mouse.move(x, y)
        xss.page.wait_for_selector("#kg-tip:not([hidden])", timeout=5000)
        assert xss.page.text_content("#kg-tip").startswith(name)
        xss.page.mouse.move(5, 795)
    assert xss.js("() => document.querySelectorAll('img').length") == 0
    assert xss.dialogs == [] and xss.errors == []


def test_viz_browser_edge_tooltip_shows_evidence_as_text(xss: Session) -> None:
    edge = xss.js("() => kgView.edges.get().find((e) => e.relation === 'launched')")
    assert edge, "the pipeline found the launch"
    point = xss.js(
        # the edge's own midpoint: a parallel edge (productOf back from the product) bends away from the line
        """(e) => { const n = kgView.network; const mid = n.body.edges[e.id].edgeType.getPoint(0.5);
                    const m = n.canvasToDOM(mid);
                    const r = document.getElementById("mynetwork").getBoundingClientRect();
                    return [r.left + m.x, r.top + m.y]; }""",
        edge,
    )
    xss.page.mouse.move(*point)
    xss.page.wait_for_selector("#kg-tip:not([hidden])", timeout=5000)
    tip = xss.page.text_content("#kg-tip")
    assert f"{XSS_COMPANY} → {XSS_PRODUCT}" in tip
    assert "发布 launched" in tip or "launched" in tip
    assert "置信度 Confidence: " in tip and XSS_PRODUCT in tip and "news.txt" in tip
    assert xss.js("() => document.querySelectorAll('img').length") == 0 and xss.dialogs == []


# ------------------------------------------------------------ notebook frame


def test_viz_browser_notebook_frame_renders_offline(
    browser: Any, seed_build: Path, tmp_path: Path
) -> None:
    """What kg.viz.show displays: the sandboxed srcdoc frame works on its own, offline."""
    from kg.viz import notebook_html

    host = tmp_path / "notebook.html"
    host.write_text(
        "<!DOCTYPE html><html><body>"
        + notebook_html(seed_build / "graph.ttl", focus="腾讯")
        + "</body></html>",
        encoding="utf-8",
    )
    context = browser.new_context(offline=True)
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(host.as_uri())
    frame = page.frame_locator("iframe")
    frame.locator("#kg-focus").wait_for(timeout=30_000)
    inner = next(f for f in page.frames if f != page.main_frame)
    deadline = time.monotonic() + 30
    while not inner.evaluate("() => !!(window.kgView && window.kgView.ready)"):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert inner.evaluate("() => kgView.nodes.get().some((n) => n.label === '腾讯')")
    assert [u for u in requests if not u.startswith(("file://", "about:"))] == []
    assert errors == []
    context.close()


def test_viz_browser_physics_box_restarts_and_stops_again(seed: Session) -> None:
    seed.page.locator("#kg-physics").check()
    assert seed.js("() => kgView.network.physics.physicsEnabled") is True
    deadline = time.monotonic() + 30
    while seed.js("() => document.getElementById('kg-physics').checked"):
        assert time.monotonic() < deadline, "physics never stopped"
        time.sleep(0.1)
    assert seed.js("() => kgView.network.physics.physicsEnabled") is False
