"""What ``kg`` command modules share: the one way a user error ends a command, and a paused collector for big runs."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

__all__ = ["fail", "collector_paused"]


def fail(msg: str, code: int = 2) -> None:
    """Print ``kg: error: MSG`` on stderr (one line, no traceback) and exit with ``code``."""
    click.echo(f"kg: error: {msg}", err=True)
    sys.exit(code)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the body (reference counting still frees memory).

    ``kg build`` holds every record of a run while it builds the graph: some
    million long-lived objects that each automatic collection walks again, for
    nothing, since records, triples and terms form no cycles. Pausing it took
    the 5.5 MB speed corpus (``bench/speed.py``) from 35.8 s to 30.0 s, most of
    it in the stages after extraction. Processes forked inside the
    body inherit the pause; extraction workers turn the collector back on
    (:func:`kg.pipeline.extract_many`). With one worker (``--workers 1``, or
    a one-core machine) extraction runs here, paused too; it makes no cyclic
    garbage that would pile up. On the way out, what the body allocated is
    frozen (``gc.freeze``): reference counting still frees it, but no later
    collection walks it, nor finds a cycle in it. That suits a command that
    ends soon after; a long-lived caller (a server, a test session building
    many graphs) should not wrap its work in this.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            # what the body allocated is still young: moved out of the way first, the next
            # automatic collection does not walk it all (a third of a second on a large build)
            gc.freeze()
            gc.enable()
