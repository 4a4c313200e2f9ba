"""The ``kg viz`` command: write the offline HTML network of a store or a graph file.

Registered on the group in :mod:`kg.cli`. Library errors become one-line
messages here (exit 2); no traceback is shown for user error.
"""

from __future__ import annotations

import click

from kg.cli_common import fail as _fail
from kg.errors import KGError

__all__ = ["viz"]


@click.command()
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False),
    help="Read the graph from this kg store (see kg build --store).",
)
@click.option(
    "--graph",
    "graph_file",
    type=click.Path(dir_okay=False),
    help="Read the graph from this RDF file (graph.ttl of kg build; format by suffix).",
)
@click.option(
    "-o",
    "--output",
    default="graph.html",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The HTML page to write.",
)
@click.option(
    "--focus",
    metavar="NAME",
    help="Show only the neighbourhood of the entity with this name or alias.",
)
@click.option(
    "--hops",
    type=click.IntRange(0, 10),
    default=1,
    show_default=True,
    help="Radius of the --focus neighbourhood, in relations.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out relations below this confidence.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(0),
    default=500,
    show_default=True,
    help="Show the N most connected entities (0: all); the page says how many are hidden.",
)
@click.option(
    "--physics/--no-physics",
    default=True,
    show_default=True,
    help="Lay out in the browser until stable (then stop), or place nodes up front "
    "and run no simulation (fastest for big graphs).",
)
@click.option("--title", default="kg network", show_default=True, help="Page title.")
def viz(
    store_dir, graph_file, output, focus, hops, min_confidence, max_nodes, physics, title
) -> None:  # noqa: ANN001
    """Write an interactive HTML view of the graph that works offline.

    Colour by type with a legend, size by degree, bilingual relation labels,
    tooltips with aliases, documents, confidence and evidence; a search box,
    type and relation filters, and click-to-highlight neighbourhoods. The page
    is one file that loads nothing from the network.

    \b
    Example:
      kg viz --graph out/graph.ttl -o out/graph.html
      kg viz --store .kg/store --focus 华为 --hops 2 -o huawei.html
      kg viz --graph out/graph.ttl --min-confidence 0.8 --max-nodes 2000 --no-physics -o big.html
    """
    from kg.viz import read_graph, render_html

    if bool(store_dir) == bool(graph_file):
        _fail("give exactly one of --store DIR or --graph FILE")
    try:
        if graph_file:
            graph = read_graph(graph_file)
        else:
            from kg.store import KGStore

            with KGStore(store_dir, read_only=True) as store:
                graph = store.union_graph()
        render_html(
            graph,
            output,
            title=title,
            focus=focus,
            hops=hops,
            min_confidence=min_confidence,
            max_nodes=max_nodes or None,
            physics=physics,
        )
    except KGError as exc:
        _fail(str(exc))
    click.echo(f"kg: wrote {output}", err=True)
