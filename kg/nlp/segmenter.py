"""jieba's segmentation, computed by jieba-rs when it is installed.

spaCy's ``zh`` tokenizer with ``segmenter = "jieba"`` calls
``jieba_seg.cut(text, cut_all=False)``. :class:`JiebaSegmenter` answers that
call with `rjieba <https://pypi.org/project/rjieba/>`_, the Python binding of
jieba-rs: the same dictionary, the same DAG and HMM, about twenty times
faster than the pure-Python ``jieba`` (which was a fifth of extraction time).

The two differ in how they split runs of Latin letters, digits and
punctuation (jieba-rs keeps ``OK.Nirvana`` or ``7-135`` whole), so every word
jieba-rs returns that is not plain Chinese or plain ASCII letters and digits
is handed back to Python jieba. They also differ in which characters count as
Chinese: jieba-rs takes CJK extensions and compatibility ideographs into its
blocks (which changes how the words around them are cut), Python jieba cuts
them off one by one; a text holding any such character goes to Python jieba
whole. On the development data (about 139,000 texts of news, CLUENER, FinRE
and People's Daily) the words are identical. Without rjieba, Python jieba
does all the work.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

__all__ = ["JiebaSegmenter", "dictionary_words", "make_segmenter"]

#: Words both segmenters cut alike: Chinese of Python jieba's ``re_han_default`` range only,
#: or ASCII letters and digits only.
_PLAIN = re.compile("[\u4e00-\u9fd5]+|[A-Za-z0-9]+")
#: Characters jieba-rs counts as Chinese and Python jieba does not (CJK extensions, compatibility ideographs).
_RS_ONLY_HAN = re.compile("[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


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
        if cut_all or not HMM or _RS_ONLY_HAN.search(text):
            yield from self._py_cut(text, cut_all=cut_all, HMM=HMM)
            return
        for w in self._rs_cut(text):
            if len(w) > 1 and not _PLAIN.fullmatch(w):
                yield from self._py_cut(w)  # 7-135, 㐀㐁, A股: Python jieba's own split
            else:
                yield w


def dictionary_words(text: str) -> list[str]:
    """``jieba.lcut(text, HMM=False)``: the dictionary's words of ``text``, by jieba-rs where the two agree (as above)."""
    rs_cut = _rs_cut_no_hmm()
    if rs_cut is None or _RS_ONLY_HAN.search(text):
        import jieba

        return jieba.lcut(text, HMM=False)
    out: list[str] = []
    for w in rs_cut(text, False):
        if len(w) > 1 and not _PLAIN.fullmatch(w):
            import jieba

            out.extend(jieba.lcut(w, HMM=False))
        else:
            out.append(w)
    return out


@functools.lru_cache(maxsize=1)
def _rs_cut_no_hmm():  # noqa: ANN202 (rjieba.cut, or None)
    try:
        import rjieba
    except ImportError:
        return None
    return rjieba.cut


def make_segmenter():  # noqa: ANN201 (JiebaSegmenter or the jieba module)
    """A :class:`JiebaSegmenter`, or the ``jieba`` module itself when rjieba is not installed."""
    try:
        return JiebaSegmenter()
    except ImportError:
        import jieba

        return jieba
