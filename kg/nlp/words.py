"""Repairs of LAC's words that every later stage reads (entities and relations alike).

LAC sometimes reads a name and the verb after it as one word. Where that hides
a verb the relation patterns need, the word is split here, once, right after
tagging.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.nlp.tokens import Tok

__all__ = ["repair_words"]

#: A market, its trading system and a holder's trade in the firm's shares, which LAC reads as one
#: organisation's name (通过|X证券交易所交易系统增持(ORG)|公司股份, 通过|X证券交易所交易系统(ORG)|增持).
_TRADED_ON_A_MARKET = re.compile(r"(.{2,}?(?:交易所|市场))((?:交易系统|系统)?(?:以)?(?:集中竞价|大宗交易|竞价交易)?(?:方式)?)"
                                 r"(增持|减持|买入|卖出|购入|回购)?")


def repair_words(text: str, words: Sequence[Tok]) -> list[Tok]:
    """``words`` with a market glued to the way it was traded or to the trade split into the market
    (ORG), the way (a noun) and the trade (a verb): ``X证券交易所|交易系统|增持``."""
    if "交易所" not in text and "市场" not in text:
        return list(words)
    out: list[Tok] = []
    for t in words:
        m = _TRADED_ON_A_MARKET.fullmatch(t.text) if t.tag == "ORG" else None
        if m is None or not (m.group(2) or m.group(3)):
            out.append(t)
            continue
        for k, tag in ((1, "ORG"), (2, "n"), (3, "v")):
            if m.group(k):
                out.append(Tok(t.start + m.start(k), t.start + m.end(k), m.group(k), tag))
    return out
