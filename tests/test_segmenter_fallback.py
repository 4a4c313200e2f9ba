"""kg.nlp.segmenter without rjieba: Python jieba does the work (no skip: this is the case it covers)."""

from __future__ import annotations

import sys

import jieba
import pytest

from kg.nlp.segmenter import make_segmenter


def test_segmenter_falls_back_to_python_jieba_without_rjieba(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rjieba", None)  # import fails
    assert make_segmenter() is jieba
