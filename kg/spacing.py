"""Spaces between Chinese and Latin letters or digits, as some outlets write them.

Tech outlets often put a space between Chinese and Latin letters or digits
(``澄星今晚推出 X20 系列手机，预约量已突破 120 万``). The model and the
patterns read Chinese written without them, so extraction reads a *view* of
the text with those spaces taken out, and every offset it finds is mapped back
to the text as read (:func:`to_original`): a mention's text is always
``text[start:end]`` of the document, spaces included (``澄星 X20``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.types import Evidence, Extraction, Mention

__all__ = ["SpacedText", "collapse", "to_original"]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: One plain space between a Chinese character and a Latin letter or a digit, either way round (not the
#: space that ends a dateline's outlet: X讯 7月16日, 新华社电 …).
_SPACE = re.compile(rf"(?<=[{_CJK}])(?<![讯电]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[{_CJK}])")
#: The Latin word or number beside such a space (after it; before it).
_LATIN_WORD = re.compile(r"[A-Za-z0-9.+\-]+")
_LATIN_WORD_END = re.compile(r"[A-Za-z0-9.+\-]+$")
#: A line that holds a sentence (a headline's spaces are pauses between its phrases: 发布 X20 周澜：…).
_SENTENCE_LINE = re.compile(r"[。！？!?；;]")
#: Chinese right next to a Latin letter or a digit, with no space.
_UNSPACED = re.compile(rf"(?<=[{_CJK}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[{_CJK}])")


class SpacedText:
    """A document's text without the spaces :data:`_SPACE` matches, and where each character came from.

    Attributes:
        view: The text without those spaces.
        origin: For each character of ``view``, its offset in the original text.
    """

    def __init__(self, view: str, origin: list[int]) -> None:
        self.view = view
        self.origin = origin

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the view's ``[start, end)`` (the spaces inside it included)."""
        if end <= start:
            o = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return o, o
        return self.origin[start], self.origin[end - 1] + 1


def collapse(text: str) -> SpacedText | None:
    """The view of ``text`` without spaces between Chinese and Latin letters or digits; None when the
    text is not written so.

    Only a text that spaces Chinese from Latin letters and digits as a rule (three times at least, and
    at least twice as often as not) is: elsewhere such a space is a headline's pause between two
    phrases (…出任CTO 云计算人才争夺战升温), which the patterns read as a break.
    """
    cuts = [m.start() for m in _SPACE.finditer(text)]
    if len(cuts) < 3 or len(cuts) < 2 * sum(1 for _ in _UNSPACED.finditer(text)):
        return None
    cuts = [c for c in cuts if _spacing_of_a_name(text, c)]
    if not cuts:
        return None
    origin: list[int] = []
    pieces: list[str] = []
    prev = 0
    for c in cuts:
        pieces.append(text[prev:c])
        origin.extend(range(prev, c))
        prev = c + 1
    pieces.append(text[prev:])
    origin.extend(range(prev, len(text)))
    return SpacedText("".join(pieces), origin)


def _spacing_of_a_name(text: str, at: int) -> bool:
    """The space at ``at`` spaces Chinese from a model, a code, a name or a number (X20, CEO, Vauclix,
    4999) inside a sentence's line: not from an English word in lower case (“…acquisition of 珩光科技
    will…”), and not in a headline, where it is a pause."""
    after = _LATIN_WORD.match(text, at + 1)
    before = _LATIN_WORD_END.search(text, max(0, at - 40), at)
    word = after.group() if after else before.group() if before else ""
    if not any(ch.isupper() or ch.isdigit() for ch in word):
        return False
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return bool(_SENTENCE_LINE.search(text, line_start, line_end if line_end >= 0 else len(text)))


def to_original(x: Extraction, text: str, spaced: SpacedText) -> Extraction:
    """``x``, read from ``spaced.view``, with its offsets and texts in the original ``text``.

    A name that is some mention's text in the view becomes that mention's text as written
    (``澄星X20`` -> ``澄星 X20``); IRIs stay as they were, so a name written with or without
    the spaces is one entity.
    """
    written: dict[str, str] = {}

    def mention(m: Mention) -> Mention:
        s, e = spaced.span(m.start, m.end)
        written.setdefault(m.text, text[s:e])
        return Mention(text[s:e], s, e)

    entities = []
    for ent in x.entities:
        mentions = tuple(mention(m) for m in ent.mentions)
        entities.append((ent, mentions))

    def name(n: str) -> str:
        return written.get(n, n)

    out_entities = tuple(
        replace(ent, name=name(ent.name), aliases=tuple(dict.fromkeys(name(a) for a in ent.aliases)), mentions=mentions)
        for ent, mentions in entities
    )
    relations = []
    for r in x.relations:
        s, e = spaced.span(r.evidence.start, r.evidence.end)
        relations.append(replace(r, head=name(r.head), tail=name(r.tail), evidence=Evidence(text[s:e], s, e)))
    return replace(x, entities=out_entities, relations=tuple(relations))
