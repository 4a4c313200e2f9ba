"""``kg export`` and ``kg validate``: thin commands over :mod:`kg.export` and :mod:`kg.validate`.

Library errors become one-line messages here (exit 2 for bad input or
options); ``kg validate`` exits 1 when the graph does not conform.
"""

from __future__ import annotations

import click

from kg.cli_common import fail as _fail
from kg.errors import KGError

__all__ = ["export", "validate"]


def _source_options(f):  # noqa: ANN001, ANN202
    f = click.option(
        "--graph",
        "graph",
        type=click.Path(),
        metavar="FILE|OUTDIR",
        help="A kg build OUTDIR, an extractions.jsonl, or an RDF file "
        "(.ttl .nt .nq .trig .jsonld .rdf).",
    )(f)
    f = click.option(
        "--store",
        "store",
        type=click.Path(),
        metavar="DIR",
        help="A kg store folder (see kg query / kg serve).",
    )(f)
    return f


@click.command()
@_source_options
@click.option(
    "-f",
    "--format",
    "fmt",
    required=True,
    type=click.Choice(
        [
            "turtle",
            "ntriples",
            "nquads",
            "trig",
            "json-ld",
            "rdfxml",
            "graphml",
            "gexf",
            "neo4j",
            "cypher",
        ]
    ),
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(),
    help="Output file (a folder for --format neo4j).",
)
def export(store, graph, fmt, output) -> None:  # noqa: ANN001
    """Write the graph of --store DIR or --graph FILE in another format.

    \b
    RDF:            turtle, ntriples, nquads, trig, json-ld, rdfxml
    property graph: graphml, gexf (Gephi, Cytoscape), neo4j (nodes.csv and
                    relationships.csv for neo4j-admin), cypher (cypher-shell script)

    nquads and trig keep one named graph per document. --graph OUTDIR (or its
    extractions.jsonl) rebuilds those graphs from the records; a .ttl file has
    none. RDF exports stream, so a large store is not loaded into memory
    (json-ld and the property graphs need the whole graph). List attributes
    (aliases) are joined with ';' in graphml, gexf and neo4j.

    \b
    Example:
      kg export --graph out/ --format trig -o out/graph.trig
      kg export --graph out/graph.ttl --format ntriples -o graph.nt
      kg export --store kgstore/ --format neo4j -o neo4j-import/
      neo4j-admin database import full --nodes=neo4j-import/nodes.csv \\
          --relationships=neo4j-import/relationships.csv --multiline-fields=true neo4j
    """
    from kg.export import export as run_export
    from kg.export import open_source

    try:
        source = open_source(store=store, graph=graph)
        n = run_export(source, fmt, output)
    except KGError as exc:
        _fail(str(exc))
    unit = (
        "triples/quads" if fmt not in ("graphml", "gexf", "neo4j", "cypher") else "nodes and edges"
    )
    click.echo(f"kg: wrote {n} {unit} as {fmt} -> {output}", err=True)


@click.command()
@_source_options
@click.option(
    "--shapes",
    type=click.Path(dir_okay=False),
    help="SHACL shapes file [default: ontology/shapes.ttl].",
)
@click.option(
    "--max",
    "max_shown",
    type=click.IntRange(0),
    default=50,
    show_default=True,
    help="Print at most this many violations (0: all).",
)
def validate(store, graph, shapes, max_shown) -> None:  # noqa: ANN001
    """Check the graph of --store DIR or --graph FILE against the SHACL shapes.

    Prints one line per violation: the focus node and its label, the property
    path and the message. Exit status 0 when the graph conforms, 1 when it
    does not, 2 for unreadable input.

    \b
    Example:
      kg validate --graph out/graph.ttl
      kg validate --store kgstore/ --max 0
    """
    from kg.export import open_source
    from kg.validate import format_violation, load_shapes, validate_graph

    try:
        shapes_graph = load_shapes(shapes)
        data = open_source(store=store, graph=graph).to_graph()
        report = validate_graph(data, shapes_graph)
    except KGError as exc:
        _fail(str(exc))
    shown = report.violations if max_shown == 0 else report.violations[:max_shown]
    for v in shown:
        click.echo(format_violation(v))
    if len(shown) < len(report.violations):
        click.echo(f"… and {len(report.violations) - len(shown)} more (--max 0 shows all)")
    if report.conforms:
        click.echo(f"kg: {graph or store} conforms ({len(data)} triples)", err=True)
        return
    focus = len({v.focus for v in report.violations})
    _fail(f"{len(report.violations)} violation(s) on {focus} node(s)", code=1)
