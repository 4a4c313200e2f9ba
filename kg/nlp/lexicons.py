"""Load the lexicons that drive the rule layers (titles, suffixes, triggers, cues).

Lexicons are plain data files in ``kg/nlp/lexicons``; the gazetteer of company
names lives in ``kg/data`` with its licence. Nothing here names a particular
entity: these are general word lists.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConfigError

__all__ = ["Lexicons", "load_lexicons", "load_user_lexicon", "LEXICON_DIR", "GAZETTEER_PATH"]

LEXICON_DIR = Path(__file__).parent / "lexicons"
GAZETTEER_PATH = Path(__file__).parents[1] / "data" / "company_names.txt"


def _lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@dataclass(frozen=True)
class Lexicons:
    """All general word lists used by the entity and relation layers."""

    titles: dict[str, str]  # title -> "top" | "role"
    company_suffixes: tuple[str, ...]  # longest first
    org_suffixes: tuple[str, ...]
    product_nouns: frozenset[str]
    product_heads: tuple[str, ...]
    triggers: dict[str, tuple[str, float]]  # verb -> (relation, confidence)
    cues: dict[str, str]  # cue -> neg | hearsay | intent | rumour
    gazetteer: frozenset[str]
    gazetteer_max: int
    surnames: frozenset[str]
    place_abbreviations: dict[str, tuple[str, str]]  # 华 -> (中国, country)

    def suffix(self, text: str, kind: str = "any") -> str | None:
        """The longest company (``kind="company"``), organisation (``"org"``) or any suffix ``text`` ends with."""
        table = self._suffix_sets[kind]
        if not text or text[-1] not in self._suffix_last_chars[kind]:
            return None  # (most words end in no suffix's last character: skip the slicing)
        for n in range(min(len(text), self._suffix_max), 0, -1):
            if text[-n:] in table:
                return text[-n:]
        return None

    @functools.cached_property
    def _suffix_sets(self) -> dict[str, frozenset[str]]:
        comp, org = frozenset(self.company_suffixes), frozenset(self.org_suffixes)
        return {"company": comp, "org": org, "any": comp | org}

    @functools.cached_property
    def _suffix_last_chars(self) -> dict[str, frozenset[str]]:
        return {kind: frozenset(x[-1] for x in table) for kind, table in self._suffix_sets.items()}

    @functools.cached_property
    def company_suffixes_by_first(self) -> dict[str, tuple[str, ...]]:
        """Company suffixes of two or more characters, by their first character."""
        out: dict[str, list[str]] = {}
        for x in self.company_suffixes:
            if len(x) >= 2:
                out.setdefault(x[0], []).append(x)
        return {k: tuple(v) for k, v in out.items()}

    @functools.cached_property
    def _suffix_max(self) -> int:
        return max(map(len, (*self.company_suffixes, *self.org_suffixes)))

    @functools.cached_property
    def product_head_re(self) -> re.Pattern[str]:
        """Matches any product head, longest first."""
        return re.compile("|".join(map(re.escape, self.product_heads)))

    @functools.cached_property
    def product_noun_re(self) -> re.Pattern[str]:
        """Matches any product noun, longest first."""
        return re.compile("|".join(map(re.escape, sorted(self.product_nouns, key=len, reverse=True))))

    @functools.cached_property
    def product_noun_endings(self) -> tuple[str, ...]:
        """The product nouns as a tuple, for ``str.endswith``."""
        return tuple(sorted(self.product_nouns))

    @functools.cached_property
    def product_noun_last_chars(self) -> frozenset[str]:
        """The last characters of the product nouns: a word ending in none of them ends in no product noun."""
        return frozenset(n[-1] for n in self.product_nouns if n)

    def ends_in_product_noun(self, word: str) -> bool:
        """``word`` ends with a product noun (手机, 芯片…)."""
        return bool(word) and word[-1] in self.product_noun_last_chars and word.endswith(self.product_noun_endings)

    @functools.cached_property
    def title_first_chars(self) -> frozenset[str]:
        """The first character of every known title (where a title can start)."""
        return frozenset(t[0] for t in self.titles if t)

    @functools.cached_property
    def title_re(self) -> re.Pattern[str]:
        """Matches a known title, longest first."""
        return re.compile("|".join(map(re.escape, sorted(self.titles, key=len, reverse=True))))

    def title_at_end(self, text: str) -> str | None:
        """The longest known title that ``text`` ends with, if any."""
        for n in range(min(len(text), self._title_max), 0, -1):
            if text[-n:] in self.titles:
                return text[-n:]
        return None

    @functools.cached_property
    def gazetteer_heads(self) -> frozenset[str]:
        """The first two characters of every gazetteer name (all names have at least two)."""
        return frozenset(n[:2] for n in self.gazetteer)

    @functools.cached_property
    def _title_max(self) -> int:
        return max(map(len, self.titles))


@functools.lru_cache(maxsize=4)
def load_lexicons(gazetteer: str | None = str(GAZETTEER_PATH)) -> Lexicons:
    """Read the bundled lexicons (cached per process).

    Args:
        gazetteer: Path of a names file (one per line), or ``None`` for none.
    """
    titles = dict(line.split("\t")[:2] for line in _lines(LEXICON_DIR / "titles.tsv"))
    triggers = {}
    for line in _lines(LEXICON_DIR / "triggers.tsv"):
        word, rel, conf = line.split("\t")
        triggers[word] = (rel, float(conf))
    cues = dict(line.split("\t")[:2] for line in _lines(LEXICON_DIR / "cues.tsv"))
    names: frozenset[str] = frozenset()
    if gazetteer:
        path = Path(gazetteer)
        if not path.is_file():
            raise ConfigError(f"gazetteer {path} not found; pass an existing names file or none")
        names = frozenset(n for n in _lines(path) if 2 <= len(n) <= 12)
    by_len = lambda xs: tuple(sorted(xs, key=len, reverse=True))  # noqa: E731
    return Lexicons(
        titles=titles,
        company_suffixes=by_len(_lines(LEXICON_DIR / "company_suffixes.txt")),
        org_suffixes=by_len(_lines(LEXICON_DIR / "org_suffixes.txt")),
        product_nouns=frozenset(_lines(LEXICON_DIR / "product_nouns.txt")),
        product_heads=by_len(_lines(LEXICON_DIR / "product_heads.txt")),
        triggers=triggers,
        cues=cues,
        gazetteer=names,
        gazetteer_max=max(map(len, names), default=0),
        surnames=frozenset(w for line in _lines(LEXICON_DIR / "surnames.txt") for w in line.split()),
        place_abbreviations={
            ch: (name, kind) for ch, name, kind in (line.split("\t")[:3] for line in _lines(LEXICON_DIR / "place_abbreviations.tsv"))
        },
    )


def load_user_lexicon(path: str | Path) -> dict[str, str]:
    """Read a user lexicon: ``name<TAB>Type`` per line (``#`` starts a comment).

    Raises:
        ConfigError: when the file is missing or a line has an unknown type.
    """
    from kg.types import ENTITY_TYPES

    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"lexicon {p}: no such file")
    out: dict[str, str] = {}
    for n, raw in enumerate(p.read_text(encoding="utf-8-sig").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [x.strip() for x in line.split("\t")]
        if len(parts) < 2 or parts[1] not in ENTITY_TYPES:
            raise ConfigError(
                f"lexicon {p}:{n}: expected 'name<TAB>type' with type one of {', '.join(ENTITY_TYPES)}"
            )
        out[parts[0]] = parts[1]
    return out
