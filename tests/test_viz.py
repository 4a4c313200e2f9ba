"""Tests of kg.viz: the offline, escaped HTML network view."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import kg.viz
from kg.graph import build_graph, graph_to_networkx
from kg.iris import entity_iri
from kg.types import Entity, Evidence, Extraction, Mention, Relation
from kg.viz import render_html

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_EVIDENCE = "</script><script>alert(2)</script>"


def entity(name: str, etype: str, aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(name, etype, entity_iri(name), aliases, (Mention(name, 0, len(name)),))


def relation(
    head: str, rel: str, tail: str, text: str, start: int = 0, title: str | None = None
) -> Relation:
    return Relation(head, rel, tail, 0.9, Evidence(text, start, start + len(text)), title)


def extractions() -> list[Extraction]:
    return [
        Extraction(
            "news/a.txt",
            (
                entity("腾讯", "Company", ("腾讯控股",)),
                entity("京东", "Company"),
                entity("马化腾", "Person"),
            ),
            (
                relation("腾讯", "investedIn", "京东", "腾讯投资京东。"),
                relation("马化腾", "leads", "腾讯", "马化腾是腾讯董事长。", 7, "董事长"),
            ),
        ),
        Extraction(
            "news/<b>.txt",
            (
                entity("腾讯", "Company"),
                entity(XSS_NAME, "Organization", (XSS_EVIDENCE,)),
                entity("深圳", "Place"),
            ),
            (
                relation(XSS_NAME, "investedIn", "腾讯", XSS_EVIDENCE, 0),
                relation(XSS_NAME, "investedIn", "腾讯", "第二句。", 40),
                relation(XSS_NAME, "investedIn", "腾讯", "第三句。", 50),
                relation(XSS_NAME, "investedIn", "腾讯", "第四句不显示。", 60),
            ),
        ),
    ]


def dataset(page: str, element_id: str) -> list[dict]:
    match = re.search(
        rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.S
    )
    assert match, element_id
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("viz") / "out" / "graph.html"
    render_html(build_graph(extractions()), path, title="<标题> & test")
    assert path.is_file()
    return path.read_text(encoding="utf-8")


def test_viz_nodes_dataset_has_every_entity(page: str) -> None:
    nodes = dataset(page, "kg-nodes")
    assert len(nodes) == 5
    assert {n["label"] for n in nodes} == {"腾讯", "京东", "马化腾", XSS_NAME, "深圳"}


def test_viz_edge_labels_are_bilingual(page: str) -> None:
    labels = sorted(e["label"] for e in dataset(page, "kg-edges"))
    assert labels == ["投资 investedIn", "投资 investedIn", "领导 leads"]


def test_viz_has_no_remote_resources(page: str) -> None:
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", page, re.I)
    assert tags
    for tag in tags:
        assert not re.search(r"(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", tag, re.I), tag
    assert "vis.Network" in page  # vis-network is inlined


def test_viz_escapes_untrusted_text(page: str) -> None:
    # the page never holds the markup itself: names travel as JSON with <, >, & escaped
    assert XSS_NAME not in page
    assert XSS_EVIDENCE not in page
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "<标题>" not in page and "&lt;标题&gt; &amp; test" in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    nodes = {n["label"]: n for n in dataset(page, "kg-nodes")}
    assert nodes[XSS_NAME]["aliases"] == [XSS_EVIDENCE]  # decoded, the text is intact


def test_viz_page_script_uses_no_html_sinks() -> None:
    """Untrusted text reaches the DOM only as text: the page script never parses HTML."""
    script = (Path(kg.viz.__file__).parent / "viz_assets" / "page.js").read_text(encoding="utf-8")
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ):
        assert sink not in script, sink


def test_viz_node_records_carry_type_aliases_and_documents(page: str) -> None:
    nodes = {n["label"]: n for n in dataset(page, "kg-nodes")}
    tencent = nodes["腾讯"]
    assert tencent["type"] == tencent["group"] == "Company"
    assert tencent["aliases"] == ["腾讯控股"]
    assert tencent["docs"] == 2 and tencent["degree"] == 3
    assert tencent["size"] > nodes["京东"]["size"]  # sized by degree
    assert "title" not in tencent  # tooltips are built by the page script, from text


def test_viz_edge_records_carry_title_confidence_and_three_evidence(page: str) -> None:
    edges = dataset(page, "kg-edges")
    leads = next(e for e in edges if e["label"] == "领导 leads")
    assert leads["titles"] == ["董事长"] and leads["confidence"] == 0.9
    assert leads["evidence"] == [["马化腾是腾讯董事长。", "news/a.txt"]]
    xss = next(e for e in edges if e["nEvidence"] == 4)
    assert len(xss["evidence"]) == 3
    assert "第四句不显示。" not in {text for text, _ in xss["evidence"]}
    assert {doc for _, doc in xss["evidence"]} == {"news/<b>.txt"}


def test_viz_groups_colour_nodes_by_type(page: str) -> None:
    groups = dataset_options(page)["groups"]
    for etype, color in kg.viz.TYPE_COLORS.items():
        assert groups[etype]["color"] == color


def test_viz_legend_lists_entity_types(page: str) -> None:
    legend = re.search(r'<div id="kg-legend">(.*?)</div>', page, re.S)
    assert legend
    for label in ("公司 Company", "人物 Person", "产品 Product", "机构 Organization", "地点 Place"):
        assert label in legend.group(1)


def test_viz_layout_is_seeded(page: str) -> None:
    assert dataset_options(page)["layout"]["randomSeed"] == 42


def dataset_options(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-options">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_viz_output_is_deterministic(tmp_path: Path) -> None:
    graph = build_graph(extractions())
    render_html(graph, tmp_path / "a.html")
    render_html(build_graph(list(reversed(extractions()))), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_viz_max_nodes_keeps_the_most_connected_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "capped.html"
    render_html(build_graph(extractions()), path, max_nodes=2)
    html = path.read_text(encoding="utf-8")
    labels = {n["label"] for n in dataset(html, "kg-nodes")}
    # 腾讯 has degree 3; the rest tie at 1 (or 0) and go by label, "<img…" first
    assert labels == {"腾讯", XSS_NAME}
    assert "3 less connected entities hidden" in html


# ------------------------------------------------------------ selection


def nx_graph():
    from kg.graph import graph_to_networkx

    return graph_to_networkx(build_graph(extractions()))


def labels_of(nxg) -> set[str]:
    return {d["label"] for _, d in nxg.nodes(data=True)}


def test_viz_select_focus_by_name_or_alias_and_hops() -> None:
    view, hidden = kg.viz.select_view(nx_graph(), focus="京东", hops=1)
    assert labels_of(view) == {"京东", "腾讯"} and hidden == 0
    view, _ = kg.viz.select_view(nx_graph(), focus="腾讯控股", hops=1)  # an alias
    assert labels_of(view) == {"腾讯", "京东", "马化腾", XSS_NAME}
    view, _ = kg.viz.select_view(nx_graph(), focus="京东", hops=2)
    assert labels_of(view) == {"京东", "腾讯", "马化腾", XSS_NAME}
    view, _ = kg.viz.select_view(nx_graph(), focus="京东", hops=0)
    assert labels_of(view) == {"京东"}


def test_viz_select_unknown_focus_is_a_config_error() -> None:
    from kg.errors import ConfigError

    with pytest.raises(ConfigError, match="no entity named '腾' in the graph.*腾讯"):
        kg.viz.select_view(nx_graph(), focus="腾")


def test_viz_select_min_confidence_drops_weaker_relations() -> None:
    graph = build_graph(
        [
            Extraction(
                "d",
                (
                    entity("甲公司", "Company"),
                    entity("乙公司", "Company"),
                    entity("丙公司", "Company"),
                ),
                (
                    Relation("甲公司", "investedIn", "乙公司", 0.9, Evidence("甲投资乙。", 0, 5)),
                    Relation("甲公司", "acquired", "丙公司", 0.4, Evidence("甲拟收购丙。", 5, 11)),
                ),
            )
        ]
    )
    view, _ = kg.viz.select_view(graph_to_networkx(graph), min_confidence=0.5)
    assert [k for _, _, k in view.edges(keys=True)] == ["investedIn"]
    assert view.number_of_nodes() == 3  # entities stay; only the relation goes


def test_viz_select_max_nodes_keeps_the_focus() -> None:
    view, hidden = kg.viz.select_view(nx_graph(), focus="京东", hops=2, max_nodes=2)
    assert "京东" in labels_of(view) and "腾讯" in labels_of(view) and hidden == 2


def test_viz_no_physics_places_every_node_and_turns_physics_off(tmp_path: Path) -> None:
    html = kg.viz.render_page(build_graph(extractions()), physics=False)
    assert dataset_options(html)["physics"]["enabled"] is False
    assert all(
        isinstance(n.get("x"), float) and isinstance(n.get("y"), float)
        for n in dataset(html, "kg-nodes")
    )
    on = kg.viz.render_page(build_graph(extractions()))
    assert dataset_options(on)["physics"]["enabled"] is True
    assert dataset_options(on)["physics"]["stabilization"]["enabled"] is True
    assert not any("x" in n for n in dataset(on, "kg-nodes"))  # small graphs lay out in the browser


def test_viz_force_layout_is_deterministic_and_spreads_nodes() -> None:
    from kg.viz_layout import force_layout

    nodes = [f"n{i}" for i in range(60)]
    edges = [(f"n{i}", f"n{(i * 7) % 60}") for i in range(60)]
    a, b = force_layout(nodes, edges), force_layout(nodes, edges)
    assert a == b
    assert len(set(a.values())) == 60


def test_viz_render_accepts_a_turtle_path(tmp_path: Path) -> None:
    from kg.graph import write_turtle

    write_turtle(build_graph(extractions()), tmp_path / "g.ttl")
    html = kg.viz.render_page(tmp_path / "g.ttl")
    assert len(dataset(html, "kg-nodes")) == 5


def test_viz_read_graph_errors_are_input_errors(tmp_path: Path) -> None:
    from kg.errors import InputError

    bad = tmp_path / "bad.ttl"
    bad.write_text("garbage <<\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.ttl: not a readable RDF graph: .*line 1"):
        kg.viz.read_graph(bad)
    with pytest.raises(InputError, match="no such file"):
        kg.viz.read_graph(tmp_path / "missing.ttl")


# ------------------------------------------------------------ notebook


def test_viz_notebook_html_is_a_sandboxed_srcdoc_iframe() -> None:
    frame = kg.viz.notebook_html(build_graph(extractions()), height=500)
    assert (
        frame.startswith('<div class="kg-viz"><iframe srcdoc=')
        and 'sandbox="allow-scripts"' in frame
    )
    assert "height: 500px" in frame
    body = re.search(r'srcdoc="([^"]*)"', frame)
    assert body  # the whole page sits in one attribute: no raw quote escapes it
    assert "<script" not in body.group(1) and "&lt;script" in body.group(1)


def test_viz_show_displays_the_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("IPython")
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    kg.viz.show(build_graph(extractions()), focus="腾讯")
    assert len(shown) == 1 and "<iframe srcdoc=" in shown[0].data


# ------------------------------------------------------------ kg viz


def test_viz_cli_writes_the_page_with_options(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.graph import write_turtle

    write_turtle(build_graph(extractions()), tmp_path / "g.ttl")
    out = tmp_path / "v" / "page.html"
    result = CliRunner().invoke(
        cli,
        [
            "viz",
            "--graph",
            str(tmp_path / "g.ttl"),
            "-o",
            str(out),
            "--focus",
            "京东",
            "--hops",
            "1",
            "--no-physics",
            "--title",
            "京东",
        ],
    )
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert {n["label"] for n in dataset(html, "kg-nodes")} == {"京东", "腾讯"}
    assert "1-hop neighbourhood of “京东”" in html
    assert dataset_options(html)["physics"]["enabled"] is False


def test_viz_cli_max_nodes_says_how_many_are_hidden(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.graph import write_turtle

    write_turtle(build_graph(extractions()), tmp_path / "g.ttl")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(
        cli, ["viz", "--graph", str(tmp_path / "g.ttl"), "-o", str(out), "--max-nodes", "3"]
    )
    assert result.exit_code == 0, result.output
    assert "2 less connected entities hidden" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give exactly one of --store DIR or --graph FILE"),
        (["--graph", "missing.ttl"], "missing.ttl: no such file"),
        (["--graph", "g.ttl", "--focus", "无此公司"], "no entity named '无此公司' in the graph"),
        (["--store", "no-store-here"], "no kg store at no-store-here"),
    ],
)
def test_viz_cli_errors_are_one_line(run_kg, tmp_path: Path, args: list[str], message: str) -> None:
    from kg.graph import write_turtle

    write_turtle(build_graph(extractions()), tmp_path / "g.ttl")
    proc = run_kg("viz", *args, "-o", "page.html", cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), proc.stderr
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "page.html").exists()


def test_viz_cli_reads_the_store(run_kg, tmp_path: Path) -> None:
    """kg build --store fills a store; kg viz --store draws the same entities as graph.html."""
    doc = tmp_path / "news.txt"
    doc.write_text("腾讯投资了京东。马化腾是腾讯董事会主席。", encoding="utf-8")
    built = run_kg(
        "build", doc, "-o", tmp_path / "out", "--store", tmp_path / "store", "--workers", "1", "-q"
    )
    assert built.returncode == 0, built.stderr
    proc = run_kg("viz", "--store", tmp_path / "store", "-o", tmp_path / "s.html")
    assert proc.returncode == 0, proc.stderr
    from_store = {
        n["label"] for n in dataset((tmp_path / "s.html").read_text(encoding="utf-8"), "kg-nodes")
    }
    from_build = {
        n["label"]
        for n in dataset((tmp_path / "out" / "graph.html").read_text(encoding="utf-8"), "kg-nodes")
    }
    assert from_store == from_build and "腾讯" in from_store


@pytest.mark.parametrize("name", ["kg.viz", "kg.viz_layout"])
def test_viz_doctests_pass(name: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
