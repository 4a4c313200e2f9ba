"""Render the graph as one self-contained, offline HTML page (vis-network).

Nodes are coloured by type (with a legend that doubles as a type filter) and
sized by degree; edges are labelled ``投资 investedIn`` and can be filtered by
relation. Hovering shows the entity's type, aliases and document count, or the
relation's title, confidence and up to three evidence sentences with their
documents. A search box finds an entity by name or alias; clicking a node
highlights its neighbourhood.

Entity names, titles and evidence are untrusted text. They travel only as JSON
in ``<script type="application/json">`` blocks (``<``, ``>``, ``&`` and ``'``
escaped), and the page script puts them into the DOM as text, never as HTML.
vis-network (shipped inside pyvis) and the page's own script and stylesheet are
inlined, and a Content-Security-Policy forbids every fetch, so the page loads
nothing from the network.

Example:
    >>> from kg.graph import build_graph
    >>> page = render_page(build_graph([]), title="empty")
    >>> "vis.Network" in page and "0 实体 entities" in page
    True
"""

from __future__ import annotations

import html
import math
import os
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any, TypeAlias

import networkx as nx
import pyvis
from jinja2 import Environment
from markupsafe import Markup
from rdflib import Graph
from rdflib.util import guess_format

from kg.errors import ConfigError, InputError
from kg.fsutil import atomic_write
from kg.graph import graph_to_networkx
from kg.ontology import ENTITY_LABELS, RELATION_LABELS
from kg.types import ENTITY_TYPES, RELATION_TYPES
from kg.viz_layout import force_layout

__all__ = [
    "TYPE_COLORS",
    "find_entity",
    "notebook_html",
    "read_graph",
    "render_html",
    "render_page",
    "select_view",
    "show",
    "vis_data",
]

#: Node colour of each entity type.
TYPE_COLORS: dict[str, str] = {
    "Company": "#4e79a7",
    "Person": "#f28e2b",
    "Product": "#59a14f",
    "Organization": "#b07aa1",
    "Place": "#edc948",
}
_UNKNOWN = "Unknown"
_UNKNOWN_COLOR = "#bab0ac"
_EDGE_COLOR = "#8c8c8c"
_MAX_EVIDENCE = 3
_SEED_LIMIT = 500  # above this many nodes, physics starts from the Python layout

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_ENV = Environment(autoescape=True, keep_trailing_newline=True)

#: What the rendering functions accept: an rdflib graph, the path of an RDF
#: file, or the output of ``graph_to_networkx``.
GraphLike: TypeAlias = "Graph | nx.MultiDiGraph | str | os.PathLike[str]"


def read_graph(path: str | os.PathLike[str]) -> Graph:
    """Parse an RDF file (Turtle, N-Triples, RDF/XML, JSON-LD… by its suffix).

    Raises:
        InputError: The file is missing or is not valid RDF.
    """
    source = Path(path)
    if not source.is_file():
        raise InputError(str(source), "no such file")
    graph = Graph()
    try:
        graph.parse(source, format=guess_format(str(source)) or "turtle")
    except Exception as exc:  # rdflib raises many unrelated types for bad syntax
        lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
        where = next((ln.rstrip(":") for ln in lines if ln.startswith("at line")), "")
        what = next(
            (ln.split(" at ^")[0] for ln in lines if not ln.startswith("at line")),
            type(exc).__name__,
        )
        detail = f"{what} ({where.replace(' of <>', '')})" if where else what
        raise InputError(str(source), f"not a readable RDF graph: {detail[:200]}") from None
    return graph


def find_entity(nxg: nx.MultiDiGraph, name: str) -> str:
    """The node whose name (else alias) is ``name``, case-insensitively as a fallback.

    Among several matches the most connected wins.

    Raises:
        ConfigError: No entity has that name or alias; the message suggests
            names that contain it.
    """
    wanted = name.strip()
    folded = wanted.casefold()
    tests = (
        lambda d: d.get("label") == wanted,
        lambda d: wanted in d.get("aliases", ()),
        lambda d: folded in {s.casefold() for s in [d.get("label", ""), *d.get("aliases", ())]},
    )
    for test in tests:
        hits = [n for n, d in nxg.nodes(data=True) if test(d)]
        if hits:
            return min(hits, key=lambda n: (-nxg.degree(n), n))
    close = sorted(
        {
            d.get("label", n)
            for n, d in nxg.nodes(data=True)
            if folded and folded in d.get("label", "").casefold()
        }
    )[:5]
    hint = f" (names containing it: {', '.join(close)})" if close else ""
    raise ConfigError(f"no entity named {name!r} in the graph{hint}")


def select_view(
    nxg: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    hops: int = 1,
    min_confidence: float = 0.0,
    max_nodes: int | None = 500,
) -> tuple[nx.MultiDiGraph, int]:
    """Cut the part of ``nxg`` that the page shows.

    Args:
        nxg: Output of :func:`kg.graph.graph_to_networkx`.
        focus: Name or alias of an entity: keep only its neighbourhood.
        hops: Radius of that neighbourhood (edges in either direction).
        min_confidence: Drop relations below this confidence (and those without one).
        max_nodes: Keep this many of the most connected entities (the focus
            always stays); ``None`` or 0 keeps all.

    Returns:
        The subgraph and the number of entities that ``max_nodes`` hid.

    Raises:
        ConfigError: ``focus`` is not a name or alias, or ``hops`` is negative.
    """
    view = nxg
    if min_confidence > 0:
        view = nxg.copy()
        view.remove_edges_from(
            [
                (h, t, k)
                for h, t, k, c in nxg.edges(keys=True, data="confidence")
                if c is None or c < min_confidence
            ]
        )
    center = None
    if focus is not None:
        if hops < 0:
            raise ConfigError(f"hops must be 0 or more, not {hops}")
        center = find_entity(view, focus)
        near = nx.single_source_shortest_path_length(
            view.to_undirected(as_view=True), center, cutoff=hops
        )
        view = view.subgraph(near)
    hidden = 0
    if max_nodes and view.number_of_nodes() > max_nodes:
        ranked = sorted(
            view.nodes,
            key=lambda n: (n != center, -view.degree(n), str(view.nodes[n].get("label")), n),
        )
        hidden = view.number_of_nodes() - max_nodes
        view = view.subgraph(ranked[:max_nodes])
    return nx.MultiDiGraph(view), hidden


def vis_data(nxg: nx.MultiDiGraph, *, positions: bool = False) -> tuple[list[dict], list[dict]]:
    """The vis-network node and edge records of ``nxg``, in sorted (deterministic) order.

    Nodes carry ``id``, ``label``, ``type`` (also their vis ``group``, which
    gives the colour), ``size`` (grows with the degree), ``aliases``, ``docs``
    and ``degree``; edges carry ``id``, ``from``, ``to``, ``label``
    (``"投资 investedIn"``), ``relation``, ``titles``, ``confidence``,
    ``evidence`` (at most three ``[text, doc]`` pairs) and ``nEvidence``.
    Text stays raw here: the page embeds it as escaped JSON and shows it as text.

    Args:
        nxg: Entity multigraph with ``graph_to_networkx`` attributes.
        positions: Add ``x``/``y`` from :func:`kg.viz_layout.force_layout`.
    """
    order = sorted(nxg.nodes)
    pos = force_layout(order, list(nxg.edges())) if positions else {}
    nodes = []
    for iri in order:
        data = nxg.nodes[iri]
        etype = data.get("type") or _UNKNOWN
        node: dict[str, Any] = {
            "id": iri,
            "label": data.get("label") or iri,
            "type": etype,
            "group": etype,
            "size": _size(nxg.degree(iri)),
            "aliases": list(data.get("aliases") or []),
            "docs": int(data.get("docs") or 0),
            "degree": nxg.degree(iri),
        }
        if iri in pos:
            node["x"], node["y"] = pos[iri]
        nodes.append(node)
    edges = []
    pairs: Counter[frozenset[str]] = Counter()
    for i, (head, tail, rel) in enumerate(sorted(nxg.edges(keys=True))):
        data = nxg.edges[head, tail, rel]
        pair = frozenset((head, tail))
        nth = pairs[pair]
        pairs[pair] += 1
        evidence = data.get("evidence") or []
        confidence = data.get("confidence")
        edges.append(
            {
                "id": f"e{i}",
                "from": head,
                "to": tail,
                "label": f"{RELATION_LABELS.get(rel, ('', ''))[0]} {rel}".strip(),
                "relation": rel,
                "titles": list(data.get("titles") or []),
                "confidence": round(float(confidence), 3) if confidence is not None else None,
                "evidence": [[text, doc] for text, doc in evidence[:_MAX_EVIDENCE]],
                "nEvidence": len(evidence),
                "arrows": "" if rel == "partnerOf" else "to",
                # parallel edges bend apart; single ones stay straight (cheaper to draw)
                "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.2 * nth}
                if nth
                else {"enabled": False},
            }
        )
    return nodes, edges


def render_page(
    graph: GraphLike,
    *,
    title: str = "kg network",
    focus: str | None = None,
    hops: int = 1,
    min_confidence: float = 0.0,
    max_nodes: int | None = 500,
    physics: bool = True,
) -> str:
    """The HTML text of the interactive, offline view of ``graph``.

    Args:
        graph: An rdflib graph built by ``kg.graph.build_graph`` (or parsed
            from its Turtle), the path of such a file, or the output of
            ``graph_to_networkx``.
        title: Page title and heading (escaped).
        focus: Show only the neighbourhood of the entity with this name or alias.
        hops: Radius of the ``focus`` neighbourhood.
        min_confidence: Leave out relations below this confidence.
        max_nodes: Show only this many of the most connected entities (the
            page says how many are hidden); ``None`` or 0 shows all.
        physics: Lay the graph out in the browser with a force simulation that
            stops once stable; ``False`` places nodes in Python and runs no
            simulation at all (fastest for big graphs).

    Raises:
        ConfigError: ``focus`` names no entity.
        InputError: ``graph`` is a path that cannot be read.
    """
    full = _as_networkx(graph)
    nxg, hidden = select_view(
        full, focus=focus, hops=hops, min_confidence=min_confidence, max_nodes=max_nodes
    )
    # Big graphs start from the Python layout, so the browser only polishes it.
    seeded = not physics or nxg.number_of_nodes() > _SEED_LIMIT
    nodes, edges = vis_data(nxg, positions=seeded)
    type_counts = Counter(n["type"] for n in nodes)
    rel_counts = Counter(e["relation"] for e in edges)
    types = [*ENTITY_TYPES, *sorted(set(type_counts) - set(ENTITY_TYPES))]
    legend = [
        {
            "type": t,
            "color": TYPE_COLORS.get(t, _UNKNOWN_COLOR),
            "zh": ENTITY_LABELS.get(t, ("未知", t))[0],
            "en": ENTITY_LABELS.get(t, ("未知", t))[1],
            "count": type_counts[t],
        }
        for t in types
        if t in ENTITY_TYPES or type_counts[t]
    ]
    relations = [
        {"relation": r, "zh": RELATION_LABELS[r][0], "count": rel_counts[r]}
        for r in RELATION_TYPES
        if rel_counts[r]
    ]
    meta = {
        "typeLabels": {**ENTITY_LABELS, _UNKNOWN: ("未知", _UNKNOWN)},
        "relationLabels": RELATION_LABELS,
        "edgeColor": _EDGE_COLOR,
        "hidden": hidden,
    }
    return _ENV.from_string(_asset_text("page.html")).render(
        title=title,
        legend=legend,
        relations=relations,
        n_nodes=len(nodes),
        n_edges=len(edges),
        n_hidden=hidden,
        focus=focus,
        hops=hops,
        min_confidence=min_confidence,
        meta=meta,
        nodes=nodes,
        edges=edges,
        options=_options(len(nodes), len(edges), physics, seeded, [g["type"] for g in legend]),
        vis_js=_inline(_VIS_DIR / "vis-network.min.js", "</script"),
        vis_css=_inline(_VIS_DIR / "vis-network.css", "</style"),
        page_js=Markup(_asset_text("page.js")),
        page_css=Markup(_asset_text("page.css")),
    )


def render_html(graph: GraphLike, path: str | os.PathLike[str], **options: Any) -> None:
    """Write :func:`render_page` of ``graph`` to ``path`` (atomically; parents are created).

    Args:
        graph: As for :func:`render_page`.
        path: The HTML file to write.
        **options: Keyword options of :func:`render_page` (``title``,
            ``focus``, ``hops``, ``min_confidence``, ``max_nodes``, ``physics``).
    """
    page = render_page(graph, **options)
    with atomic_write(path) as fh:
        fh.write(page)


def notebook_html(graph: GraphLike, *, height: int = 640, **options: Any) -> str:
    """An ``<iframe>`` holding the page in ``srcdoc``: works offline and sandboxed.

    The sandbox allows scripts only, so the page cannot touch the notebook.

    Args:
        graph: As for :func:`render_page`.
        height: Height of the frame in pixels.
        **options: Keyword options of :func:`render_page`.
    """
    page = render_page(graph, **options)
    return (
        f'<div class="kg-viz"><iframe srcdoc="{html.escape(page, quote=True)}" '
        'sandbox="allow-scripts" '
        f'title="kg network" style="width: 100%; height: {int(height)}px; '
        'border: 1px solid #ddd;"></iframe></div>'
    )


def show(graph: GraphLike, *, height: int = 640, **options: Any) -> None:
    """Display the interactive view of ``graph`` inline in a Jupyter notebook.

    Args:
        graph: As for :func:`render_page`.
        height: Height of the view in pixels.
        **options: Keyword options of :func:`render_page`.

    Raises:
        ConfigError: IPython is not installed.

    Example:
        >>> import kg.viz
        >>> kg.viz.show("out/graph.ttl", focus="华为", hops=1)  # doctest: +SKIP
    """
    try:
        from IPython.display import HTML, display
    except ImportError:
        raise ConfigError("kg.viz.show needs IPython (pip install ipython)") from None
    display(HTML(notebook_html(graph, height=height, **options)))


def _as_networkx(graph: GraphLike) -> nx.MultiDiGraph:
    """Project any accepted graph input onto the entity multigraph."""
    if isinstance(graph, nx.MultiDiGraph):
        return graph
    if isinstance(graph, Graph):
        return graph_to_networkx(graph)
    return graph_to_networkx(read_graph(graph))


def _options(
    n_nodes: int, n_edges: int, physics: bool, seeded: bool, types: list[str]
) -> dict[str, Any]:
    """vis-network options; big graphs get cheaper drawing and, when seeded, a short polish."""
    big = n_nodes > 1000 or n_edges > 2500
    return {
        "groups": {t: {"color": TYPE_COLORS.get(t, _UNKNOWN_COLOR)} for t in types},
        "autoResize": True,
        "layout": {"randomSeed": 42, "improvedLayout": n_nodes <= 100},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "springLength": 120,
                "avoidOverlap": 0,
            },
            "stabilization": {
                "enabled": True,
                "iterations": _polish(n_nodes) if seeded else 400,
                "updateInterval": 25,
            },
        },
        "interaction": {
            "hover": True,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "tooltipDelay": 150,
            "navigationButtons": False,
        },
        "nodes": {"shape": "dot", "font": {"size": 14, "color": "#222"}},
        "edges": {
            "font": {"size": 10, "align": "middle", "color": "#444"},
            "color": {"color": _EDGE_COLOR, "inherit": False},
            "arrows": {"to": {"scaleFactor": 0.5}},
            "width": 1,
        },
    }


def _polish(n_nodes: int) -> int:
    """Stabilisation steps on top of the Python layout: fewer as each step gets dearer."""
    return max(15, min(60, 120_000 // max(n_nodes, 1)))


def _size(degree: int) -> float:
    """Node size growing with the square root of its degree."""
    return round(10 + 6 * math.sqrt(degree), 2)


def _asset_text(name: str) -> str:
    """A file of the ``kg.viz_assets`` package data."""
    return resources.files("kg.viz_assets").joinpath(name).read_text(encoding="utf-8")


def _inline(path: Path, closing: str) -> Markup:
    """Read a vis-network file for inlining: neutralise ``closing`` tags, drop source maps."""
    text = path.read_text(encoding="utf-8")
    text = "\n".join(
        line for line in text.split("\n") if not line.startswith("//# sourceMappingURL=")
    )
    return Markup(text.replace(closing, closing[:1] + "\\" + closing[1:]))
