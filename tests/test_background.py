"""Tests of kg.background: a function run in a forked child, its result or error brought back."""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time

import pytest

from kg.background import Background
from kg.errors import InputError, KGError

pytestmark = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="the platform cannot fork")


@pytest.fixture(autouse=True)
def _single_threaded(request) -> None:
    if request.node.name != "test_with_other_threads_it_runs_in_this_process" and threading.active_count() > 1:
        pytest.skip("an earlier test left a thread running; Background then runs in-process (tested below)")


def _pid_and(x: int) -> tuple[int, int]:
    return os.getpid(), x * 2


def test_result_comes_from_a_child_process() -> None:
    records = list(range(1000))  # shared with the child by the fork, not pickled
    pid, doubled = Background(lambda: _pid_and(len(records))).result()
    assert pid != os.getpid()
    assert doubled == 2000


def test_kg_error_keeps_its_message() -> None:
    def fail() -> None:
        raise InputError("news.jsonl", "not UTF-8", line=3)

    with pytest.raises(KGError, match=r"^news\.jsonl:3: not UTF-8$"):
        Background(fail).result()


def test_other_failure_carries_the_child_traceback() -> None:
    def crash() -> None:
        raise ZeroDivisionError("boom")

    with pytest.raises(RuntimeError, match=r"(?s)Traceback.*ZeroDivisionError: boom"):
        Background(crash).result()


def test_child_that_dies_is_reported() -> None:
    with pytest.raises(RuntimeError, match="died"):
        Background(os._exit, 3).result()


def test_child_runs_before_the_result_is_asked_for(tmp_path) -> None:
    started = tmp_path / "child-started"

    def child() -> str:
        started.write_text("x")
        return "done"

    job = Background(child)
    deadline = time.monotonic() + 30
    while not started.exists() and time.monotonic() < deadline:  # the parent goes on meanwhile
        time.sleep(0.01)
    assert started.exists()
    assert job.result() == "done"


def test_with_other_threads_it_runs_in_this_process() -> None:
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        pid, doubled = Background(_pid_and, 4).result()
    finally:
        stop.set()
        t.join()
    assert pid == os.getpid()
    assert doubled == 8
