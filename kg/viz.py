"""Render the graph as one self-contained, offline HTML page (pyvis / vis-network).

Nodes are coloured by type (with a legend) and sized by degree; edges are
labelled ``投资 investedIn``; tooltips show the entity's type, aliases and
document count, or the relation's title, confidence and evidence.

Entity names, titles and evidence are untrusted text. Tooltips are built as
HTML with every piece of text escaped, the node and edge data travel as JSON
with ``<``, ``>``, ``&`` and ``'`` escaped, and the vis-network script and
stylesheet are inlined, so the page loads nothing from the network.
"""

from __future__ import annotations

import html
import math
import os
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from jinja2 import Environment
from markupsafe import Markup
from pyvis.network import Network
from rdflib import Graph

from kg.fsutil import atomic_write
from kg.graph import graph_to_networkx
from kg.ontology import ENTITY_LABELS, RELATION_LABELS
from kg.types import ENTITY_TYPES

__all__ = ["TYPE_COLORS", "render_html", "to_pyvis"]

#: Node colour of each entity type.
TYPE_COLORS: dict[str, str] = {
    "Company": "#4e79a7",
    "Person": "#f28e2b",
    "Product": "#59a14f",
    "Organization": "#b07aa1",
    "Place": "#edc948",
}
_UNKNOWN_COLOR = "#bab0ac"
_MAX_EVIDENCE = 3

_OPTIONS: dict[str, Any] = {
    "layout": {"randomSeed": 42, "improvedLayout": True},
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
        "stabilization": {"enabled": True, "iterations": 300},
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
    "nodes": {"shape": "dot", "font": {"size": 14}},
    "edges": {"font": {"size": 10, "align": "middle"}, "color": {"inherit": False}},
}

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

_TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{{ title }}</title>
<style>{{ vis_css }}</style>
<style>
body { font-family: sans-serif; margin: 0; }
h1 { font-size: 1.3em; margin: 0.5em 1em; }
#mynetwork { width: 100%; height: 85vh; border-top: 1px solid lightgray; }
#kg-legend { margin: 0 1em 0.5em; font-size: 0.9em; }
#kg-legend ul { list-style: none; display: inline; padding: 0; margin: 0; }
#kg-legend li { display: inline-block; margin-right: 1.2em; }
.kg-swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%;
  margin-right: 0.3em; vertical-align: middle; }
.kg-tip { max-width: 32em; white-space: normal; }
</style>
<script>{{ vis_js }}</script>
</head>
<body>
<h1>{{ title }}</h1>
<div id="kg-legend">
<b>图例 Legend</b>
<ul>
{%- for item in legend %}
<li><span class="kg-swatch" style="background-color: {{ item.color }}"></span>\
{{ item.zh }} {{ item.en }} ({{ item.count }})</li>
{%- endfor %}
</ul>
<span>{{ n_nodes }} 实体 entities, {{ n_edges }} 关系 relations{% if n_hidden %}; {{ n_hidden }} less connected entities hidden (showing the {{ n_nodes }} most connected){% endif %}</span>
</div>
<div id="mynetwork"></div>
<script type="application/json" id="kg-nodes">{{ nodes|tojson }}</script>
<script type="application/json" id="kg-edges">{{ edges|tojson }}</script>
<script type="application/json" id="kg-options">{{ options|tojson }}</script>
<script>
(function () {
  function load(id) { return JSON.parse(document.getElementById(id).textContent); }
  function withHtmlTitles(items) {
    items.forEach(function (item) {
      if (typeof item.title === "string") {
        var tip = document.createElement("div");
        tip.className = "kg-tip";
        tip.innerHTML = item.title;  // built from escaped text in kg.viz
        item.title = tip;
      }
    });
    return items;
  }
  var data = {
    nodes: new vis.DataSet(withHtmlTitles(load("kg-nodes"))),
    edges: new vis.DataSet(withHtmlTitles(load("kg-edges")))
  };
  new vis.Network(document.getElementById("mynetwork"), data, load("kg-options"));
})();
</script>
</body>
</html>
"""

_ENV = Environment(autoescape=True, keep_trailing_newline=True)


def render_html(
    graph: Graph, path: str | os.PathLike[str], *, title: str = "kg network", max_nodes: int | None = 500
) -> None:
    """Write an interactive, offline HTML view of ``graph``.

    Args:
        graph: A graph built by ``kg.graph.build_graph``.
        path: The HTML file to write (atomically; parents are created).
        title: Page title and heading (escaped).
        max_nodes: Keep only this many of the most connected entities (the
            page says how many are hidden); ``None`` keeps all.
    """
    nxg = graph_to_networkx(graph)
    n_all = nxg.number_of_nodes()
    if max_nodes is not None and n_all > max_nodes:
        ranked = sorted(nxg.nodes, key=lambda n: (-nxg.degree(n), str(nxg.nodes[n].get("label")), n))
        nxg = nxg.subgraph(ranked[:max_nodes]).copy()
    net = to_pyvis(nxg)
    counts = Counter(data.get("type") for _, data in nxg.nodes(data=True))
    legend = [
        {
            "color": TYPE_COLORS[t],
            "zh": ENTITY_LABELS[t][0],
            "en": ENTITY_LABELS[t][1],
            "count": counts[t],
        }
        for t in ENTITY_TYPES
    ]
    page = _ENV.from_string(_TEMPLATE).render(
        title=title,
        legend=legend,
        n_nodes=nxg.number_of_nodes(),
        n_edges=nxg.number_of_edges(),
        n_hidden=n_all - nxg.number_of_nodes(),
        nodes=net.nodes,
        edges=net.edges,
        options=_OPTIONS,
        vis_js=_asset("vis-network.min.js", "</script"),
        vis_css=_asset("vis-network.css", "</style"),
    )
    with atomic_write(path) as fh:
        fh.write(page)


def to_pyvis(nxg: nx.MultiDiGraph) -> Network:
    """Convert the output of ``graph_to_networkx`` to a styled pyvis network.

    Nodes and edges are added in sorted order, so the result is deterministic.

    Args:
        nxg: Entity multigraph with ``graph_to_networkx`` attributes.

    Returns:
        A directed ``pyvis.network.Network`` with inline resources.
    """
    net = Network(directed=True, cdn_resources="in_line")
    for iri in sorted(nxg.nodes):
        data = nxg.nodes[iri]
        net.add_node(
            iri,
            label=data.get("label") or iri,
            color=TYPE_COLORS.get(data.get("type") or "", _UNKNOWN_COLOR),
            size=_size(nxg.degree(iri)),
            title=_node_tip(data),
        )
    pairs: Counter[frozenset[str]] = Counter()
    for head, tail, rel in sorted(nxg.edges(keys=True)):
        data = nxg.edges[head, tail, rel]
        pair = frozenset((head, tail))
        roundness = 0.15 * pairs[pair]
        pairs[pair] += 1
        net.add_edge(
            head,
            tail,
            label=f"{RELATION_LABELS.get(rel, ('', ''))[0]} {rel}".strip(),
            title=_edge_tip(nxg, head, tail, data),
            arrows="" if rel == "partnerOf" else "to",
            smooth={"enabled": True, "type": "curvedCW", "roundness": roundness},
        )
    return net


def _size(degree: int) -> float:
    """Node size growing with the square root of its degree."""
    return round(10 + 6 * math.sqrt(degree), 2)


def _esc(text: object) -> str:
    """HTML-escape ``text`` (quotes included)."""
    return html.escape(str(text), quote=True)


def _node_tip(data: dict[str, Any]) -> str:
    """Tooltip HTML of a node; every piece of text is escaped."""
    zh, en = ENTITY_LABELS.get(data.get("type") or "", ("未知", "Unknown"))
    lines = [f"<b>{_esc(data.get('label', ''))}</b>", f"类型 Type: {_esc(zh)} {_esc(en)}"]
    if data.get("aliases"):
        lines.append("别名 Aliases: " + "、".join(_esc(a) for a in data["aliases"]))
    lines.append(f"文档 Documents: {int(data.get('docs', 0))}")
    return "<br>".join(lines)


def _edge_tip(nxg: nx.MultiDiGraph, head: str, tail: str, data: dict[str, Any]) -> str:
    """Tooltip HTML of an edge; every piece of text is escaped."""
    rel = data.get("relation", "")
    zh, en = RELATION_LABELS.get(rel, ("", rel))
    ends = (_esc(nxg.nodes[end].get("label", end)) for end in (head, tail))
    lines = [
        "<b>{} → {}</b>".format(*ends),
        f"{_esc(zh)} {_esc(rel)} ({_esc(en)})",
    ]
    if data.get("titles"):
        lines.append("职务 Title: " + "、".join(_esc(t) for t in data["titles"]))
    if data.get("confidence") is not None:
        lines.append(f"置信度 Confidence: {float(data['confidence']):.3f}")
    evidence = data.get("evidence") or []
    if evidence:
        lines.append(f"证据 Evidence ({len(evidence)}):")
        for text, doc_id in evidence[:_MAX_EVIDENCE]:
            lines.append(f"“{_esc(text)}” — <i>{_esc(doc_id)}</i>")
    return "<br>".join(lines)


def _asset(name: str, closing: str) -> Markup:
    """Read a bundled vis-network file for inlining; neutralise ``closing`` tags."""
    text = (_VIS_DIR / name).read_text(encoding="utf-8")
    return Markup(text.replace(closing, closing[:1] + "\\" + closing[1:]))
