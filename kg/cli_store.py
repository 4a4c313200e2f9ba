"""The store commands of ``kg``: ``query``, ``serve``, ``stats`` and ``remove``.

Registered on the group in :mod:`kg.cli`. Library errors become one-line
messages here (exit 2); no traceback is shown for user error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.cli_common import fail as _fail
from kg.errors import KGError
from kg.store import DEFAULT_STORE

__all__ = ["query", "serve", "stats", "remove", "STORE_OPTION"]


#: ``--store DIR`` as every store command spells it (``$KG_STORE`` overrides the default).
STORE_OPTION = click.option(
    "--store",
    "store_dir",
    default=str(DEFAULT_STORE),
    envvar="KG_STORE",
    show_default=True,
    type=click.Path(file_okay=False),
    help="The store folder (or set KG_STORE).",
)

_FORMATS = ["table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "json-ld"]


@click.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False, exists=True), help="Read the query from a .rq file.")
@click.option("-n", "--name", help="Run a named query of ontology/queries (see --list).")
@click.option("-b", "--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind a parameter (repeatable); entity names are looked up by label and alias.")
@click.option("--format", "fmt", type=click.Choice(_FORMATS), default="table", show_default=True,
              help="table (labels instead of IRIs); csv, tsv, json, xml for SELECT/ASK; "
                   "turtle, ntriples, json-ld (or xml) for CONSTRUCT/DESCRIBE.")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@STORE_OPTION
def query(sparql, query_file, name, binds, fmt, list_, store_dir) -> None:  # noqa: ANN001
    """Run a SPARQL query on the store (the union of all documents' graphs).

    Give the query as an argument, with -f FILE, or by --name. Parameters are
    bound as values, never pasted into the query text. A syntax error prints
    its line and column and exits with 2.

    \b
    Example:
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      kg query --name investments --bind company=华为
      kg query --name evidence --bind head=华为 --bind relation=investedIn --format csv
      kg query -f ontology/queries/leaders.rq --bind company=华为
    """
    from kg import query as q
    from kg.store import KGStore

    try:
        named = q.named_queries()
        if list_:
            for nq in named.values():
                params = " ".join(f"{p.name}=<{p.kind}>" for p in nq.params)
                click.echo(f"{nq.name:<16}{nq.description}" + (f"\n{'':<16}--bind {params}" if params else ""))
            return
        given = [x for x in (sparql, query_file, name) if x]
        if len(given) != 1:
            _fail("give exactly one of SPARQL, -f FILE or --name NAME (kg query --help)")
        nq = None
        if name:
            if name not in named:
                _fail(f"no named query {name!r}; one of {', '.join(named)}")
            nq = named[name]
            text = nq.text
        elif query_file:
            text = Path(query_file).read_text(encoding="utf-8")
        else:
            text = sparql
        with KGStore(store_dir, read_only=True) as st:
            subs = q.bind_params(st, nq, binds) if binds else None
            result = q.run(st, text, subs)
            if fmt == "table":
                click.echo(q.format_table(result, st.label))
                return
            out = q.serialize(result, fmt)
    except KGError as exc:
        _fail(str(exc))
    sys.stdout.buffer.write(out)
    if not out.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable report.")
@STORE_OPTION
def stats(as_json, store_dir) -> None:  # noqa: ANN001
    """Print counts per class and relation, documents, statements and the store size.

    \b
    Example:
      kg stats
      kg stats --store /data/kg --json
    """
    from kg.store import KGStore

    try:
        with KGStore(store_dir, read_only=True) as st:
            s = st.stats()
    except KGError as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(s.to_json(), indent=2))
        return
    lines = [f"store       {store_dir}", f"documents   {s.documents}", f"statements  {s.statements}",
             f"quads       {s.quads}", f"size        {_size(s.size_bytes)}", "entities"]
    lines += [f"  {k:<16}{v}" for k, v in s.entities.items()]
    lines.append("relations")
    lines += [f"  {k:<16}{v}" for k, v in s.relations.items()]
    click.echo("\n".join(lines))


def _size(n: int) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


@click.command()
@click.argument("doc_ids", nargs=-1, required=True, metavar="DOC-ID...")
@STORE_OPTION
def remove(doc_ids, store_dir) -> None:  # noqa: ANN001
    """Take documents out of the store (their graphs and their share of entity labels).

    DOC-ID is the document id as `kg build` recorded it: the JSONL record's
    id, else the file path. The exit status is 1 when an id was not stored.

    \b
    Example:
      kg remove seeds/000_08b5a1753ea21df5.txt
      kg remove --store /data/kg news-42 news-43
    """
    from kg.store import KGStore

    missing = 0
    try:
        with KGStore(store_dir) as st:
            for doc_id in doc_ids:
                if st.remove(doc_id):
                    click.echo(f"kg: removed {doc_id}", err=True)
                else:
                    missing += 1
                    click.echo(f"kg: not in the store: {doc_id}", err=True)
    except KGError as exc:
        _fail(str(exc))
    if missing:
        sys.exit(1)


@click.command()
@STORE_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="Port (0: any free one).")
@click.option("--timeout", type=click.FloatRange(0.1), default=30.0, show_default=True, help="Seconds a query may run.")
@click.option("--max-results", type=click.IntRange(1), default=100_000, show_default=True,
              help="Most rows (or triples) one answer may hold.")
@click.option("--workers", type=click.IntRange(1, 64), default=4, show_default=True, help="Query processes.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates bearing the token.")
@click.option("--token", envvar="KG_TOKEN", help="Bearer token for updates (or set KG_TOKEN).")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE (queries that call other endpoints).")
@click.option("--cors", "cors", metavar="ORIGIN", help="Send CORS headers for this origin ('*' for any).")
@click.option("--html", "html", type=click.Path(dir_okay=False, exists=True),
              help="Serve this graph.html as the network view [default: rendered from the store].")
def serve(store_dir, host, port, timeout, max_results, workers, allow_update, token, allow_service, cors,  # noqa: ANN001
          html) -> None:
    """Serve the store as a SPARQL 1.1 endpoint, with a query page and the network view.

    The endpoint is /sparql (GET and POST; results by the Accept header; a
    service description when there is no query). / is the query page, /graph
    the network view; both work offline. Read-only unless --allow-update with
    a --token; SERVICE refused unless --allow-service; each query is stopped
    after --timeout seconds.

    \b
    Example:
      kg serve
      kg serve --store /data/kg --port 8000 --timeout 10
      KG_TOKEN=s3cret kg serve --allow-update
    """
    from kg.serve import ServeSettings, make_server

    if allow_update and not token:
        _fail("--allow-update needs --token TOKEN (or KG_TOKEN)")
    settings = ServeSettings(
        store=str(store_dir), timeout=timeout, max_results=max_results, workers=workers,
        allow_update=allow_update, token=token, allow_service=allow_service, cors=cors, html=html,
    )
    try:
        server = make_server(settings, host=host, port=port)
    except (KGError, OSError) as exc:
        _fail(str(exc))
    click.echo(f"kg: serving {store_dir} at http://{host}:{server.server_address[1]}/ (SPARQL at /sparql); "
               "Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
