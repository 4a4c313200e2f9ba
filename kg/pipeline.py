"""Documents in, extraction records out.

:func:`Extractor.extract` is a pure function of one document (given the
settings), so the same code can run on a cluster engine unchanged; graph
building merges the records afterwards. :func:`extract_many` runs it over many
documents, batching the model calls and using several processes.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from kg.iris import DEFAULT_BASE
from kg.nlp.lac import DEFAULT_BATCH_CHARS
from kg.nlp.lexicons import GAZETTEER_PATH, load_lexicons
from kg.resolve import resolve_document
from kg.spacing import collapse, to_original
from kg.types import Document, Extraction

__all__ = ["ExtractorSettings", "Extractor", "extract_many"]


@dataclass(frozen=True)
class ExtractorSettings:
    """Everything that decides what extraction returns for a document."""

    base: str = DEFAULT_BASE
    gazetteer: str | None = str(GAZETTEER_PATH)
    lexicon: str | None = None
    batch_chars: int = DEFAULT_BATCH_CHARS


class Extractor:
    """Runs the spaCy pipeline and resolution over documents."""

    def __init__(self, settings: ExtractorSettings = ExtractorSettings()) -> None:
        from kg.nlp import make_nlp

        self.settings = settings
        self.nlp = make_nlp(gazetteer=settings.gazetteer, lexicon=settings.lexicon, batch_chars=settings.batch_chars)
        self.lex = load_lexicons(settings.gazetteer)

    def extract(self, doc: Document) -> Extraction:
        """Extract the entities and relations of one document."""
        return next(self.extract_batch([doc]))

    def extract_batch(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """Extract many documents in order, batching the model calls.

        A document whose extraction fails (a defect, not the input's fault) does not take the others
        with it: the batch's remaining documents are extracted one at a time, and the failing one
        gets an empty record whose ``meta["extraction_error"]`` says what went wrong.
        """
        docs = list(docs)
        # (a text with spaces between Chinese and Latin letters or digits is read without them: kg.spacing)
        spaced = [collapse(d.text) for d in docs]
        texts = [s.view if s is not None else d.text for d, s in zip(docs, spaced)]
        done = 0
        try:
            for d, s, text, sdoc in zip(docs, spaced, texts, self.nlp.pipe(texts, batch_size=32)):
                x = self._record(d.id, text, sdoc)
                yield to_original(x, d.text, s) if s is not None else x
                done += 1
        except Exception:  # noqa: BLE001 (one document's failure: the others are read one at a time)
            for d, s, text in list(zip(docs, spaced, texts))[done:]:
                yield self._extract_alone(d, s, text)

    def _extract_alone(self, d: Document, s, text: str) -> Extraction:  # noqa: ANN001 (a kg.spacing view or None)
        try:
            x = self._record(d.id, text, self.nlp(text))
        except Exception as exc:  # noqa: BLE001
            return Extraction(d.id, meta={"extraction_error": f"{type(exc).__name__}: {exc}"})
        return to_original(x, d.text, s) if s is not None else x

    def _record(self, doc_id: str, text: str, sdoc) -> Extraction:  # noqa: ANN001 (a spaCy Doc)
        return resolve_document(
            doc_id,
            text,
            sdoc._.kg_mentions or [],
            sdoc._.kg_aliases or [],
            sdoc._.kg_relations or [],
            self.lex,
            base=self.settings.base,
        )


_WORKER: Extractor | None = None
#: The collector's thresholds in a worker. Extraction makes no cyclic garbage (400,000 characters of
#: news left none for ``gc.collect()`` to find), yet at the default (700, 10, 10) collections
#: took about 1% of a worker's time; these make them rare without turning them off.
_WORKER_GC_THRESHOLDS = (50_000, 20, 20)


def _init_worker(settings: ExtractorSettings) -> None:
    global _WORKER
    gc.enable()  # a forked worker inherits the parent's paused collector (kg.cli_common.collector_paused)
    gc.set_threshold(*_WORKER_GC_THRESHOLDS)
    _WORKER = Extractor(settings)
    gc.freeze()  # the models and lexicons last as long as the worker: no collection need walk them


def _work(batch: list[Document]) -> list[Extraction]:
    assert _WORKER is not None
    return list(_WORKER.extract_batch(batch))


def _batches(docs: Iterable[Document], max_chars: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    size = 0
    for d in docs:
        batch.append(d)
        size += len(d.text)
        if size >= max_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def extract_many(
    docs: Iterable[Document],
    settings: ExtractorSettings = ExtractorSettings(),
    workers: int | None = None,
    progress: Callable[[Document], None] | None = None,
    batch_chars: int = 40_000,
) -> Iterator[tuple[Document, Extraction]]:
    """Extract every document, in input order.

    Args:
        docs: The documents.
        settings: Extraction settings (same settings, same output).
        workers: Processes to use; ``None`` means one per core (at most 4), and
            ``1`` runs in this process.
        progress: Called once per finished document.
        batch_chars: Characters handed to a worker at a time.
    """
    if workers is None:
        workers = max(1, min(4, os.cpu_count() or 1))
    if workers <= 1:
        ex = Extractor(settings)
        for batch in _batches(docs, batch_chars):
            for d, x in zip(batch, ex.extract_batch(batch)):
                if progress:
                    progress(d)
                yield d, x
        return
    ctx = _worker_context()
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        batches = _batches(docs, batch_chars)
        pending: list[tuple[list[Document], object]] = []
        for batch in batches:
            pending.append((batch, pool.apply_async(_work, (batch,))))
            if len(pending) >= workers * 2:
                yield from _drain(pending.pop(0), progress)
        while pending:
            yield from _drain(pending.pop(0), progress)


def _worker_context():  # noqa: ANN202 (a multiprocessing context)
    """Fork the workers from this process with the NLP libraries already loaded, where that is safe.

    Importing spaCy and loading jieba's dictionary once here, then forking,
    starts the workers about a second sooner than a fresh interpreter per
    worker; the models themselves (LAC, lexicons) are still loaded in each
    worker. A process that runs other threads (a fork copies only the calling
    one, and maybe a lock another holds), macOS and Windows use a fresh
    interpreter per worker.
    """
    if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods() and threading.active_count() == 1:
        from kg.nlp import preload

        preload()
        return mp.get_context("fork")
    return mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")


def _drain(item: tuple[list[Document], object], progress: Callable[[Document], None] | None) -> Iterator[tuple[Document, Extraction]]:
    batch, res = item
    for d, x in zip(batch, res.get()):  # type: ignore[attr-defined]
        if progress:
            progress(d)
        yield d, x
