"""Small shared types for the rule layers: LAC words and mention candidates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["Tok", "Cand", "AliasLink", "PROPER_TAGS", "CLAUSE_PUNCT", "STOCK_MARK", "STOCK_CODE_NOTE", "MAIN_PRODUCTS",
           "is_cjk", "LATIN_RE",
           "fold", "LEGAL_SUFFIXES", "LATIN_DESIGNATORS", "strip_legal", "abbreviations", "latin_short_form",
           "FUNCTION_CHARS", "rare_word"]

#: LAC tags of proper names (people, organisations, places, other names, works).
PROPER_TAGS = frozenset({"PER", "ORG", "LOC", "nz", "nw"})
#: Characters that end a clause inside a sentence.
CLAUSE_PUNCT = frozenset(",，;；:：!！?？。\n")
LATIN_RE = re.compile(
    r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9Ａ-Ｚａ-ｚ０-９&.+\-]*(?: [0-9０-９]{1,3}(?![0-9]))?[A-Za-z0-9Ａ-Ｚａ-ｚ０-９+]|[A-Za-zＡ-Ｚａ-ｚ]"
)
#: Folds full-width ASCII forms to ASCII, keeping every string's length.
WIDTH_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


#: The special-treatment marks before a listed company's short name (ST, *ST, SST, S*ST), as a regex.
STOCK_MARK = r"S?\*?ST"
#: A stock code in brackets right after a listed firm's name: （300519）, （688001.SH）, （证券代码：002964）.
STOCK_CODE_NOTE = r"[（(](?:[A-Za-z:：\s证券代码股票]{0,6})?\d{6}(?:\.[A-Za-z]{2})?[）)]"
#: A firm's own products, listed next (主要产品包括, 核心产品为, 旗舰产品): the names listed are
#: products (entities) and the firm's (relations).
MAIN_PRODUCTS = re.compile(r"(?:主要|核心|主打|主力|明星|拳头|旗舰|代表性?)(?:产品(?:线)?|品种)(?:主要)?(?:包括|包含|涵盖|有|为|是)?"
                           r"|(?<=[，,；;])(?:公司)?产品(?:主要)?(?:包括|包含|涵盖)")  # (…主要从事X的研发，产品包括“甲”)

#: Legal-form endings that do not change which company a name denotes.
LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "控股集团", "集团", "公司")


#: Words that end a Latin firm's name: its legal form or its business (Halvard AG, Ostmark Therapeutics, Inc.).
LATIN_DESIGNATORS = frozenset({
    "AG", "GmbH", "Inc", "Ltd", "LLC", "Corp", "Co", "Group", "Holdings", "Ventures", "Capital", "Partners",
    "Technologies", "Labs", "Limited", "PLC", "plc", "SE", "SAS", "SA", "SpA", "AB", "ASA", "Oy", "Microsystems",
    "Systems", "Therapeutics", "Biosciences", "Biotech", "Pharma", "Pharmaceuticals", "Automobili", "Motors", "Automotive",
    "Electronics", "Semiconductor", "Semiconductors", "Robotics", "Networks", "Software", "Energy", "Industries",
    "Investments", "Logistics", "Pte", "Bhd", "Sdn", "Pty"})
_DESIGNATOR_KEYS = frozenset(w.casefold() for w in LATIN_DESIGNATORS)


def latin_short_form(short: str, full: str) -> bool:
    """``full`` is the Latin name ``short`` plus designators only: Apex / Apex Robotics Inc.

    Both may be folded (case, spaces gone: apex / apexroboticsinc.), as entity resolution keys are;
    Apex Cloud is a unit of Apex, not its full name.
    """
    if not (short.isascii() and full.isascii() and short[:1].isalpha() and full.startswith(short)) or len(full) == len(short):
        return False
    rest = "".join(ch for ch in full[len(short) :].casefold() if ch.isalnum())
    ok = [True] + [False] * len(rest)  # ok[i]: rest[:i] splits into designators
    for i in range(1, len(rest) + 1):
        ok[i] = any(ok[j] and rest[j:i] in _DESIGNATOR_KEYS for j in range(max(0, i - 15), i))
    return bool(rest) and ok[-1]


def strip_legal(name: str) -> str:
    """The name without its legal-form ending (``小米集团`` -> 小米), if something is left."""
    for suf in LEGAL_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf) + 1:
            return name[: -len(suf)]
    return name


def abbreviations(name: str) -> tuple[str, ...]:
    """The usual short forms of a four- or six-character name of two-character words.

    >>> abbreviations("安阳钢铁"), abbreviations("中国石化"), abbreviations("中国石油化工")
    (('安钢', '安铁'), ('中石', '中化', '中石化'), ('中石化',))
    """
    if not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return ()
    if len(name) == 4:
        out = (name[0] + name[2], name[0] + name[3])
        return (*out, "中" + name[2:]) if name.startswith("中国") else out
    if len(name) == 6:
        return (name[0] + name[2] + name[4],)
    return ()


def fold(text: str) -> str:
    """Full-width to half-width and lower case, one character for one: offsets stay valid.

    >>> fold("ＭＩＵＩ 15")
    'miui 15'
    """
    return text.translate(WIDTH_FOLD).lower()


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


class Tok(NamedTuple):
    """A LAC word with character offsets into the document (a tuple: cheap to make by the million)."""

    start: int
    end: int
    text: str
    tag: str


@dataclass(frozen=True)
class Cand:
    """An entity mention candidate: a span, a type, where it came from and how sure we are."""

    start: int
    end: int
    text: str
    type: str
    source: str
    score: float
    name: str | None = None  # the full name a short form stands for (华 -> 中国), when it is not the text


@dataclass(frozen=True)
class AliasLink:
    """Two spans that name the same entity (``张三(花名老张)``, ``CBG(消费者业务事业群)``)."""

    a: tuple[int, int]
    b: tuple[int, int]


#: Characters that end no name's word: prepositions, particles, conjunctions (职由, 事的).
FUNCTION_CHARS = frozenset("由为将被在向与对把是的了和及或从")


def rare_word(word: str) -> bool:
    """Two Chinese characters the dictionary lacks or hardly knows (启衡, freq 3): a name's part,
    whatever LAC tagged it; not a character and a function word read as one (一|职由|公司)."""
    import jieba

    return len(word) == 2 and is_cjk(word[0]) and is_cjk(word[1]) and word[1] not in FUNCTION_CHARS \
        and jieba.dt.FREQ.get(word, 0) < 10
