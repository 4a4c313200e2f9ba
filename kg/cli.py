"""The ``kg`` command line: a thin user of the library.

Library errors (:class:`kg.errors.KGError`) become one-line messages here;
no traceback is shown for user error.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import click

from kg import __version__
from kg.cli_common import collector_paused
from kg.cli_common import fail as _fail
from kg.errors import InputError, KGError
from kg.fsutil import atomic_write
from kg.iris import DEFAULT_BASE
from kg.types import Document, Extraction

__all__ = ["main", "cli"]


class _Problems:
    """Collects per-record input problems: each is reported on one line, and the run goes on."""

    def __init__(self) -> None:
        self.count = 0
        self.failed = 0

    def __call__(self, err: InputError) -> None:
        self.count += 1
        click.echo(f"kg: skipped {err}", err=True)

    def extracted(self, x: Extraction) -> None:
        """Report a document whose extraction failed (its record is kept, empty)."""
        if x.meta.get("extraction_error"):
            self.failed += 1
            click.echo(f"kg: {x.doc_id}: extraction failed ({x.meta['extraction_error']}); its record is empty", err=True)

    def fail_if_any(self) -> None:
        parts = [f"{self.count} input record(s) skipped"] if self.count else []
        parts += [f"{self.failed} document(s) failed to extract"] if self.failed else []
        if parts:
            _fail("; ".join(parts), code=1)


def _settings(base: str, lexicon: str | None, no_gazetteer: bool):  # noqa: ANN202
    from kg.nlp.lexicons import GAZETTEER_PATH, load_user_lexicon
    from kg.pipeline import ExtractorSettings

    if lexicon:
        load_user_lexicon(lexicon)  # fail early, with the file and line, before any work
    return ExtractorSettings(base=base, gazetteer=None if no_gazetteer else str(GAZETTEER_PATH), lexicon=lexicon)


def _run_extraction(
    inputs: Sequence[str], settings, workers: int | None, problems: _Problems, quiet: bool  # noqa: ANN001
) -> Iterator[tuple[Document, Extraction]]:
    from tqdm import tqdm

    from kg.ingest import read_documents
    from kg.pipeline import extract_many

    docs = read_documents(inputs, stdin=sys.stdin.buffer, on_problem=problems)
    tqdm.monitor_interval = 0  # no monitor thread: the extraction workers are forked from this process
    bar = tqdm(desc="extracting", unit="doc", disable=quiet or None, file=sys.stderr, leave=False)
    try:
        for d, x in extract_many(docs, settings, workers=workers, progress=lambda d: bar.update(1)):
            problems.extracted(x)
            yield d, x
    finally:
        bar.close()


def _check_store(store_dir: str, base: str) -> None:
    _open_store(store_dir, base).close()


def _update_store(store_dir: str, base: str, records, docs, min_confidence: float, parts):  # noqa: ANN001, ANN202
    with _open_store(store_dir, base) as store:
        return store.add_many(records, docs, min_confidence=min_confidence, triples=parts)


def _open_store(store_dir: str, base: str):  # noqa: ANN202
    from kg.store import KGStore

    return KGStore(store_dir, base=base)


class _Clock:
    """Prints how long each stage took, with ``--verbose``."""

    def __init__(self, on: bool) -> None:
        import time

        self.on = on
        self.now = time.perf_counter
        self.last = self.now()

    def __call__(self, stage: str) -> None:
        t = self.now()
        if self.on:
            click.echo(f"kg: {stage}: {t - self.last:.2f} s", err=True)
        self.last = t


def _base(value: str) -> str:
    from kg.iris import check_base

    try:
        return check_base(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


_COMMON = [
    click.argument("inputs", nargs=-1, required=True, metavar="INPUT..."),
    click.option("--base-iri", default=DEFAULT_BASE, show_default=True, callback=lambda ctx, p, v: _base(v),
                 help="Base IRI of the data."),
    click.option("--lexicon", type=click.Path(dir_okay=False), help="User lexicon: 'name<TAB>Type' per line."),
    click.option("--no-gazetteer", is_flag=True, help="Do not use the bundled company-name list."),
    click.option("--workers", type=click.IntRange(1, 64), help="Processes for extraction [default: one per core]."),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
]


def _common(f):  # noqa: ANN001, ANN202
    for opt in reversed(_COMMON):
        f = opt(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg: build an evidence-carrying knowledge graph from Chinese news.

    \b
    Example:
      kg build seeds/ -o out/
      kg extract article.txt
    """


@cli.command()
@_common
@click.option("-o", "--output", "outdir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Output folder for graph.ttl, graph.html and extractions.jsonl.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out relations below this confidence.")
@click.option("--max-nodes", type=click.IntRange(1), default=500, show_default=True,
              help="Show at most this many of the most connected entities in graph.html.")
@click.option("-v", "--verbose", is_flag=True, help="Print the time each stage took.")
@click.option("--store", "store_dir", default=".kg/store", envvar="KG_STORE", show_default=True,
              type=click.Path(file_okay=False),
              help="Also add the documents to this persistent store (for kg query/serve; or set KG_STORE).")
@click.option("--no-store", is_flag=True, help="Do not touch the store; write only OUTDIR.")
def build(inputs, base_iri, lexicon, no_gazetteer, workers, quiet, outdir, min_confidence, max_nodes,  # noqa: ANN001
          verbose, store_dir, no_store) -> None:
    """Extract INPUT... and write the graph (Turtle), its HTML view and the records.

    INPUT is a file (.txt, .md, .html, .jsonl), a folder (read recursively), a
    glob, or - for standard input. Writes OUTDIR/graph.ttl, OUTDIR/graph.html
    and OUTDIR/extractions.jsonl; each file appears whole or not at all. The
    documents also go into the store (.kg/store unless --store or KG_STORE
    says otherwise), one transaction each: unchanged ones are skipped, changed
    ones replaced. The exit status is 1 when any input record was skipped.

    \b
    Example:
      kg build seeds/ -o out/
      kg build 'news/*.html' feed.jsonl -o out/ --min-confidence 0.5
      kg build news/ --store /data/kg
    """
    from kg import turtle
    from kg.background import Background
    from kg.graph import TripleIndex, graph_parts, graph_to_networkx, prefixes
    from kg.nlp.lexicons import load_lexicons
    from kg.resolve import merge_across
    from kg.viz import render_page

    problems = _Problems()
    clock = _Clock(verbose)
    store_job = None
    try:
        settings = _settings(base_iri, lexicon, no_gazetteer)
        from kg.ingest import expand_inputs

        expand_inputs(inputs)  # a missing input fails before the store is touched
        if not no_store:  # a locked or mismatched store fails before any work
            # (opened in a child: this process must not hold the database when it forks the update)
            Background(_check_store, store_dir, base_iri).result()
        with collector_paused():  # the records are long-lived and cycle-free: see collector_paused
            pairs = list(_run_extraction(inputs, settings, workers, problems, quiet))
            clock("extract")
            docs = {d.id: d for d, _ in pairs}
            records = merge_across((x for _, x in pairs), load_lexicons(settings.gazetteer), base=base_iri)
            clock("resolve across documents")
            parts, descriptions = graph_parts(records, docs, base=base_iri, min_confidence=min_confidence)
            triples = [t for part in parts for t in part] + descriptions
            clock("build graph")
            # the store update runs in a child process beside the output files
            if not no_store:
                unique = len({x.doc_id for x in records}) == len(records)  # parts line up with store graphs
                store_job = Background(_update_store, store_dir, base_iri, records, docs, min_confidence,
                                       parts if unique else None)
            out = Path(outdir)
            ttl = turtle.dumps(triples, prefixes(base_iri))
            clock("serialise graph.ttl")
            page = render_page(graph_to_networkx(TripleIndex(triples)), max_nodes=max_nodes)
            clock("render graph.html")
            # the three files appear together: all are written in full before any is renamed into place
            with atomic_write(out / "graph.ttl") as f_ttl, atomic_write(out / "graph.html") as f_html, \
                    atomic_write(out / "extractions.jsonl") as f_jsonl:
                f_ttl.write(ttl)
                f_html.write(page)
                for x in records:
                    f_jsonl.write(json.dumps(x.to_json(), ensure_ascii=False) + "\n")
            clock("write outputs")
            stored = None
            if store_job is not None:
                stored, store_job = store_job.result(), None
                clock("update the store (after the outputs)")
    except KGError as exc:
        if store_job is not None:  # the outputs failed: still let the store update finish cleanly
            try:
                store_job.result()
            except KGError:
                pass
        _fail(str(exc))
    n_rel = sum(len(x.relations) for x in records)
    n_ent = len({e.iri for x in records for e in x.entities})
    click.echo(f"kg: {len(records)} documents, {n_ent} entities, {n_rel} relations -> {out}/", err=True)
    if not no_store:
        click.echo(f"kg: store {store_dir}: {stored.get('added', 0)} added, {stored.get('replaced', 0)} replaced, "
                   f"{stored.get('unchanged', 0)} unchanged", err=True)
    problems.fail_if_any()


@cli.command()
@_common
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the JSONL here instead of stdout.")
def extract(inputs, base_iri, lexicon, no_gazetteer, workers, quiet, output) -> None:  # noqa: ANN001
    """Extract INPUT... to JSONL: one object per document, in input order.

    Each object is {"id", "entities": [{"name", "type", "iri", "mentions"}],
    "relations": [{"head", "relation", "tail", "title", "confidence",
    "evidence": {"text", "start", "end"}}]}; offsets index the document text.

    \b
    Example:
      kg extract seeds/000_08b5a1753ea21df5.txt | head -c 400
      cat article.txt | kg extract - -o article.jsonl
    """
    problems = _Problems()
    try:
        settings = _settings(base_iri, lexicon, no_gazetteer)
        if output:
            with atomic_write(output) as fh:
                for _, x in _run_extraction(inputs, settings, workers, problems, quiet):
                    fh.write(json.dumps(x.to_json(), ensure_ascii=False) + "\n")
        else:
            for _, x in _run_extraction(inputs, settings, workers, problems, quiet):
                sys.stdout.write(json.dumps(x.to_json(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
    except KGError as exc:
        _fail(str(exc))
    problems.fail_if_any()


@cli.command("eval")
@click.argument("gold_files", nargs=-1, required=True, metavar="GOLD.json...", type=click.Path(dir_okay=False))
@click.option("--docs", type=click.Path(file_okay=False), help="Folder holding the annotated documents "
              "[default: the gold file's folder, then its parent].")
@click.option("--errors", is_flag=True, help="List every false positive and false negative.")
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable report.")
@click.option("--no-gazetteer", is_flag=True, help="Do not use the bundled company-name list.")
def eval_(gold_files, docs, errors, as_json, no_gazetteer) -> None:  # noqa: ANN001
    """Run the extractor on the documents that GOLD.json files annotate and score it.

    Scoring follows the gold README: name-or-alias matching, leads counts as
    holdsPosition, optional items are neutral, micro averages.

    \b
    Example:
      kg eval seeds/gold/*.gold.json --docs seeds/
      kg eval seeds/gold/000_08b5a1753ea21df5.gold.json --errors
    """
    from kg.evaluate import load_gold, merge_reports, score_document
    from kg.ingest import read_documents
    from kg.pipeline import Extractor

    try:
        settings = _settings(DEFAULT_BASE, None, no_gazetteer)
        ex = Extractor(settings)
        reports = []
        for gf in gold_files:
            gold = load_gold(gf)
            doc_path = _find_doc(Path(gf), gold, docs)
            doc = next(read_documents([str(doc_path)]))
            reports.append(score_document(ex.extract(doc), gold))
        rep = merge_reports(reports)
    except KGError as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(rep.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(_table(rep))
    if errors:
        for e in rep.errors:
            click.echo("  " + json.dumps(e, ensure_ascii=False))


def _find_doc(gold_path: Path, gold: dict, docs: str | None) -> Path:
    name = gold.get("doc")
    if not name:
        raise InputError(str(gold_path), "gold file has no 'doc' naming its document")
    for folder in ([Path(docs)] if docs else [gold_path.parent, gold_path.parent.parent, Path("seeds")]):
        if (folder / name).is_file():
            return folder / name
    raise InputError(str(gold_path), f"document {name!r} not found; pass --docs DIR")


def _table(rep) -> str:  # noqa: ANN001
    rows = [("entities", "", "", "", "")]
    for k, s in sorted(rep.entities.items()):
        rows.append((f"  {k}", f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.tp}/{s.fp}/{s.fn}"))
    m = rep.entity_micro
    rows.append(("  micro", f"{m.precision:.3f}", f"{m.recall:.3f}", f"{m.f1:.3f}", f"{m.tp}/{m.fp}/{m.fn}"))
    rows.append(("relations", "", "", "", ""))
    for k, s in sorted(rep.relations.items()):
        rows.append((f"  {k}", f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.tp}/{s.fp}/{s.fn}"))
    m = rep.relation_micro
    rows.append(("  micro", f"{m.precision:.3f}", f"{m.recall:.3f}", f"{m.f1:.3f}", f"{m.tp}/{m.fp}/{m.fn}"))
    head = f"{'':<18}{'P':>7}{'R':>7}{'F1':>7}  tp/fp/fn"
    return "\n".join([head] + [f"{a:<18}{b:>7}{c:>7}{d:>7}  {e}" for a, b, c, d, e in rows])


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``kg`` command."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="kg", standalone_mode=True)
    except KeyboardInterrupt:
        _fail("interrupted", code=130)


from kg.cli_export import export as _export_cmd  # noqa: E402
from kg.cli_export import validate as _validate_cmd

cli.add_command(_export_cmd)
cli.add_command(_validate_cmd)


from kg.cli_store import query, remove, serve, stats  # noqa: E402

cli.add_command(query)
cli.add_command(serve)
cli.add_command(stats)
cli.add_command(remove)


from kg.cli_viz import viz  # noqa: E402

cli.add_command(viz)
