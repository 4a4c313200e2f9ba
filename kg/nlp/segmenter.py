"""jieba's segmentation, computed by jieba-rs when it is installed.

spaCy's ``zh`` tokenizer with ``segmenter = "jieba"`` calls
``jieba_seg.cut(text, cut_all=False)``. :class:`JiebaSegmenter` answers that
call with `rjieba <https://pypi.org/project/rjieba/>`_, the Python binding of
jieba-rs: the same dictionary, the same DAG and HMM, about twenty times
faster than the pure-Python ``jieba`` (which was a fifth of extraction time).

The two differ only in how they split runs of Latin letters, digits and
punctuation (jieba-rs keeps ``OK.Nirvana`` or ``7-135`` whole), so such words
are handed back to Python jieba; on the development data (about 126,000 texts
of news, CLUENER, FinRE and People's Daily) the words are then identical.
Without rjieba, Python jieba does all the work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["JiebaSegmenter", "make_segmenter"]

#: The characters Python jieba segments with its dictionary (its ``re_han_default`` range).
_HAN = re.compile("[\u4e00-\u9fd5]")


class JiebaSegmenter:
    """A drop-in for the ``jieba`` module's ``cut`` as spaCy uses it, backed by jieba-rs."""

    def __init__(self) -> None:
        import jieba
        import rjieba

        self._rs_cut = rjieba.cut
        self._py_cut = jieba.cut
        self._rs_cut("初始化")  # loads jieba-rs's dictionary now, not in the first document

    def cut(self, text: str, cut_all: bool = False, HMM: bool = True) -> Iterator[str]:  # noqa: N803 (jieba's name)
        """The words of ``text``, as ``jieba.cut(text)`` gives them."""
        if cut_all or not HMM:
            yield from self._py_cut(text, cut_all=cut_all, HMM=HMM)
            return
        for w in self._rs_cut(text):
            if len(w) > 1 and not w.isalnum() and not _HAN.search(w):
                yield from self._py_cut(w)  # Latin runs with punctuation: jieba's own split
            else:
                yield w


def make_segmenter():  # noqa: ANN201 (JiebaSegmenter or the jieba module)
    """A :class:`JiebaSegmenter`, or the ``jieba`` module itself when rjieba is not installed."""
    try:
        return JiebaSegmenter()
    except ImportError:
        import jieba

        return jieba
