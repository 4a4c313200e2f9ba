"""Tests of kg.viz: the offline, escaped HTML network view."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.graph import build_graph
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
    assert XSS_NAME not in page
    assert XSS_EVIDENCE not in page
    assert "<script>alert" not in page
    assert "<标题>" not in page and "&lt;标题&gt; &amp; test" in page
    nodes = {n["label"]: n for n in dataset(page, "kg-nodes")}
    tip = nodes[XSS_NAME]["title"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in tip
    assert "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in tip
    assert "<img" not in tip and "<script" not in tip


def test_viz_node_tooltip_shows_type_aliases_and_documents(page: str) -> None:
    nodes = {n["label"]: n for n in dataset(page, "kg-nodes")}
    tip = nodes["腾讯"]["title"]
    assert "公司 Company" in tip
    assert "腾讯控股" in tip
    assert "Documents: 2" in tip
    assert nodes["腾讯"]["size"] > nodes["京东"]["size"]  # sized by degree


def test_viz_edge_tooltip_shows_title_confidence_and_three_evidence(page: str) -> None:
    edges = dataset(page, "kg-edges")
    leads = next(e for e in edges if e["label"] == "领导 leads")
    assert (
        "董事长" in leads["title"] and "0.900" in leads["title"] and "news/a.txt" in leads["title"]
    )
    xss = next(e for e in edges if "第二句" in e["title"])
    assert xss["title"].count("“") == 3
    assert "第四句不显示" not in xss["title"]
    assert "news/&lt;b&gt;.txt" in xss["title"]


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
