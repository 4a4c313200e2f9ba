"""Sentence boundaries by character rules (Chinese end punctuation and line breaks)."""

from __future__ import annotations

__all__ = ["split_sentences"]

_ENDS = frozenset("。！？!?…")
_CLOSERS = frozenset("”’」』）)\"'")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the non-blank sentences of ``text``.

    A sentence ends after ``。！？!?…`` (plus closing quotes or brackets) or at a
    line break. Leading and trailing whitespace is left out of each span.

    >>> t = "美团收购了摩拜。他说:“好!”\\n下一段"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['美团收购了摩拜。', '他说:“好!”', '下一段']
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    i = 0
    while i < n:
        ch = text[i]
        end = None
        if ch == "\n":
            end = i
            nxt = i + 1
        elif ch in _ENDS:
            j = i + 1
            while j < n and (text[j] in _ENDS or text[j] in _CLOSERS):
                j += 1
            end = nxt = j
        if end is not None:
            _add(text, start, end, spans)
            start = i = nxt
            continue
        i += 1
    _add(text, start, n, spans)
    return spans


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
