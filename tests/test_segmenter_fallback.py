"""kg.nlp.segmenter without rjieba: Python jieba does the work (no skip: this is the case it covers)."""

from __future__ import annotations

import sys

import jieba
import pytest

from kg.nlp.segmenter import make_segmenter


def test_segmenter_falls_back_to_python_jieba_without_rjieba(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rjieba", None)  # import fails
    assert make_segmenter() is jieba


def test_dictionary_words_fall_back_to_python_jieba_without_rjieba(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.nlp import segmenter

    monkeypatch.setitem(sys.modules, "rjieba", None)  # import fails
    segmenter._rs_cut_no_hmm.cache_clear()
    try:
        assert segmenter._rs_cut_no_hmm() is None
        assert segmenter.dictionary_words("德国生物技术公司") == jieba.lcut("德国生物技术公司", HMM=False)
    finally:
        segmenter._rs_cut_no_hmm.cache_clear()
