"""Run one function in a forked child process while this process goes on.

``kg build`` writes its output files and updates the store from the same
records; the two jobs share nothing, so the store update runs in a child
process on the other core. A fork shares the records without copying or
pickling them. Where the platform cannot fork, or this process runs other
threads (a fork copies only the calling thread), the function runs in this
process when its result is asked for.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from kg.errors import KGError

__all__ = ["Background"]

T = TypeVar("T")


class Background(Generic[T]):
    """``fn(*args)`` started now, its result collected by :meth:`result`.

    A :class:`~kg.errors.KGError` raised in the child is raised again by
    :meth:`result` as a ``KGError`` with the same message; any other failure
    becomes a ``RuntimeError`` carrying the child's traceback.
    """

    def __init__(self, fn: Callable[..., T], *args: Any) -> None:
        self._fn, self._args = fn, args
        self._proc = None
        if "fork" in mp.get_all_start_methods() and threading.active_count() == 1:  # see kg.pipeline
            ctx = mp.get_context("fork")
            self._recv, send = ctx.Pipe(duplex=False)
            self._proc = ctx.Process(target=_child, args=(send, fn, args), daemon=False)
            self._proc.start()
            send.close()

    def result(self) -> T:
        """Wait for the function and return its result (or raise its error)."""
        if self._proc is None:
            return self._fn(*self._args)
        try:
            kind, value = self._recv.recv()
        except EOFError:
            kind, value = "crash", f"the child process died (exit code {self._proc.exitcode})"
        finally:
            self._proc.join()
            self._recv.close()
        if kind == "ok":
            return value
        if kind == "kgerror":
            raise KGError(value)
        raise RuntimeError(value)


def _child(send: Any, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        out = ("ok", fn(*args))
    except KGError as exc:
        out = ("kgerror", str(exc))
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises
        out = ("crash", traceback.format_exc())
    try:
        send.send(out)
    except Exception as exc:  # noqa: BLE001 - a result that cannot be pickled
        send.send(("crash", f"cannot return the result: {exc!r}"))
    send.close()
