"""Shared fixtures: one extraction pipeline (spaCy + LAC) per test session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.types import Document, Extraction


@pytest.fixture(scope="session")
def extractor():
    """The full extraction pipeline, loaded once (spaCy + LAC)."""
    from kg.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor) -> Callable[[str], Extraction]:
    """``extract(text) -> Extraction`` for a one-document input."""
    cache: dict[str, Extraction] = {}

    def run(text: str) -> Extraction:
        if text not in cache:
            cache[text] = extractor.extract(Document(id="t", text=text, source="t"))
        return cache[text]

    return run



@pytest.fixture(scope="session")
def lac_words() -> Callable[[str, list[tuple[str, str]]], list]:
    """``lac_words(text, [(word, tag), ...])``: LAC words as Toks from pairs that spell ``text`` in order."""
    from kg.nlp.tokens import Tok

    def build(text: str, pairs: list[tuple[str, str]]) -> list[Tok]:
        toks, k = [], 0
        for w, tag in pairs:
            toks.append(Tok(k, k + len(w), w, tag))
            k += len(w)
        assert k == len(text)
        return toks

    return build

# --- CLI / pipeline fixtures (tests/test_cli.py, test_pipeline.py, test_gold.py) ---

import os as _os  # noqa: E402
import subprocess as _subprocess  # noqa: E402
import sys as _sys  # noqa: E402
from pathlib import Path as _Path  # noqa: E402

REPO_ROOT = _Path(__file__).resolve().parent.parent


def _run_kg(
    *args: str,
    stdin: bytes | None = None,
    cwd: str | _os.PathLike[str] | None = None,
    timeout: float = 180,
) -> _subprocess.CompletedProcess:
    """Run ``python -m kg ARGS`` and capture (text) stdout and stderr.

    Run in the repo (no ``cwd``), the default store is a temporary one: the
    tests must not add documents to the checkout's ``.kg/store``.
    """
    env = dict(_os.environ, TOKENIZERS_PARALLELISM="false", PYTHONIOENCODING="utf-8")
    if cwd is None and "KG_STORE" not in _os.environ:
        env["KG_STORE"] = str(_repo_run_store())
    proc = _subprocess.run(
        [_sys.executable, "-m", "kg", *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=str(cwd or REPO_ROOT),
        env=env,
        timeout=timeout,
    )
    return _subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode("utf-8"),
        proc.stderr.decode("utf-8", "replace"),
    )


_STORE_DIR: list[_Path] = []


def _repo_run_store() -> _Path:
    """One temporary store folder for the session's runs in the repo, removed at exit."""
    if not _STORE_DIR:
        import atexit
        import shutil
        import tempfile

        d = _Path(tempfile.mkdtemp(prefix="kg-test-store-"))
        atexit.register(shutil.rmtree, d, True)
        _STORE_DIR.append(d)
    return _STORE_DIR[0] / "store"


@pytest.fixture(scope="session")
def run_kg() -> Callable[..., _subprocess.CompletedProcess]:
    """``run_kg(*args, stdin=b"", cwd=None)``: the ``kg`` command in a subprocess (text output)."""
    return _run_kg


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> _Path:
    """Output folder of one ``kg build seeds --workers 1 -q`` run in the repo, per session."""
    out = tmp_path_factory.mktemp("seed_build") / "out"
    proc = _run_kg("build", "seeds", "-o", out, "--workers", "1", "-q")  # cwd: the repo
    assert proc.returncode == 0, proc.stderr
    return out
