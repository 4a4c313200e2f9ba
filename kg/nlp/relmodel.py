"""A small statistical relation classifier: one sentence, two mention spans, a relation.

The model is a multinomial logistic regression over sparse string features of
the text around and between two mentions; ``bench/train_relations.py`` trains it
on FinRE (train split only) and writes ``kg/data/relation_model.json``.  The
same :func:`pair_features` runs at training time and in the pipeline, from the
sentence text and the two spans alone, so nothing depends on gold-only
information.

A pair is read in text order (``x`` first, ``y`` second); the classes carry the
direction: ``acquired>`` means x acquired y, ``acquired<`` that y acquired x.
:func:`RelationModel.score` turns that back into probabilities for an ordered
(head, tail) pair.  The weights are a dict from feature to a row of class
weights; inference adds up the rows of a pair's features (one NumPy sum).
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

__all__ = [
    "LABELS",
    "RELATIONS",
    "MODEL_PATH",
    "RelationModel",
    "load_model",
    "pair_features",
    "trigger_words",
]

MODEL_PATH = Path(__file__).parents[1] / "data" / "relation_model.json"
RELATIONS = ("investedIn", "acquired", "founded", "partnerOf")
#: Classes in text order: ``r>`` = first mention is the head, ``r<`` = the second is.
LABELS = ("none", "investedIn>", "investedIn<", "acquired>", "acquired<", "founded>", "founded<", "partnerOf")

_NUM = re.compile(r"<N>|[0-9０-９][0-9０-９.,，]*")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ&'\-]*")
#: Words whose presence anywhere in a region is a feature of its own.
_KEYWORDS = (
    "被", "将", "拟", "未", "不", "或", "%", "股", "股权", "股份", "股东", "控股", "旗下", "子公司",
    "与", "和", "、", "及", "的", "向", "对", "从", "为", "由", "其", "后", "获", "收购", "持有",
    "转让", "出售", "减持", "竞争", "合作", "协议", "成立", "设立",
)
_CLAUSE = frozenset("，,；;。！!？?：:")
_DIST = (0, 1, 2, 4, 8, 16, 32)
_WINDOW = 5  # characters of context on each side
_EDGE = 20  # characters of a long gap kept at each end


def norm(s: str) -> str:
    """Numbers become ``0`` and Latin words ``a``: FinRE's ``<N>`` and real figures alike."""
    return _LATIN.sub("a", _NUM.sub("0", s))


@functools.lru_cache(maxsize=1)
def trigger_words() -> tuple[tuple[str, str], ...]:
    """(word, relation) of the trigger lexicon, longest word first."""
    from kg.nlp.lexicons import load_lexicons

    trig = load_lexicons(None).triggers
    return tuple(sorted(((w, r) for w, (r, _) in trig.items()), key=lambda x: (-len(x[0]), x[0])))


@functools.lru_cache(maxsize=1)
def _trigger_re() -> tuple[re.Pattern[str], dict[str, str]]:
    words = trigger_words()
    return re.compile("|".join(re.escape(w) for w, _ in words)), dict(words)


def _bucket(n: int, edges: Sequence[int] = _DIST) -> int:
    for i, e in enumerate(edges):
        if n <= e:
            return i
    return len(edges)


def _grams(prefix: str, s: str, out: list[str]) -> None:
    out.extend(prefix + ch for ch in s)
    out.extend(prefix + s[i : i + 2] for i in range(len(s) - 1))


def pair_features(
    text: str,
    a: tuple[int, int],
    b: tuple[int, int],
    bounds: tuple[int, int] | None = None,
) -> list[str]:
    """Features of the mention pair ``a``, ``b`` (any order) in ``text``.

    Args:
        text: The document (or sentence) text.
        a, b: Character spans of the two mentions; they must not overlap.
        bounds: The sentence span that windows stay inside (default: all of ``text``).

    Returns:
        Feature strings, read in text order (``x`` the first mention, ``y`` the second).
    """
    x, y = (a, b) if a[0] <= b[0] else (b, a)
    s0, s1 = bounds if bounds is not None else (0, len(text))
    gap_raw = text[x[1] : y[0]]
    gap = norm(gap_raw)
    # windows are cut after folding numbers, so that "<N>%" and "12.5%" take the same room
    left = norm(text[max(s0, x[0] - 4 * _WINDOW) : x[0]])[-_WINDOW:]
    right = norm(text[y[1] : min(s1, y[1] + 4 * _WINDOW)])[:_WINDOW]
    head = norm(text[s0 : x[0]])
    tail = norm(text[y[1] : s1])
    out = ["bias", f"d:{_bucket(len(gap))}"]
    if len(gap) <= 6:
        out.append("g=" + gap)
    if len(gap) <= 2 * _EDGE:
        _grams("g:", gap, out)
    else:
        _grams("gx:", gap[:_EDGE], out)
        _grams("gy:", gap[-_EDGE:], out)
    _grams("l:", left, out)
    _grams("r:", right, out)
    out.append("l1:" + left[-1:])
    out.append("r1:" + right[:1])
    out.append("r2:" + right[:2])
    punct = sum(ch in _CLAUSE for ch in gap)
    out.append(f"p:{min(punct, 2)}")
    for region, s in (("g", gap), ("l", head), ("r", tail)):
        for w in _KEYWORDS:
            if w in s:
                out.append(f"k{region}:{w}")
    trig_re, trig_rel = _trigger_re()
    for region, s in (("g", gap), ("l", left), ("r", right), ("R", tail)):
        seen: set[str] = set()
        for hit in trig_re.finditer(s):
            w = hit.group()
            rel = trig_rel[w]
            if rel not in seen:
                seen.add(rel)
                out.append(f"t{region}:{rel}")
                if region == "g":
                    # the trigger's place: right after x, right before y, or in the middle
                    at = hit.start()
                    where = "x" if at <= 2 else ("y" if len(s) - at - len(w) <= 2 else "m")
                    out.append(f"tg{where}:{rel}")
                    if "被" in s[:at]:
                        out.append(f"tgp:{rel}")
    return out


class RelationModel:
    """Weights of the classifier and a calibration of its probabilities."""

    def __init__(self, data: dict) -> None:
        self.labels: tuple[str, ...] = tuple(data["labels"])
        if self.labels != LABELS:
            raise ValueError(f"relation model has labels {self.labels}, expected {LABELS}")
        self.weights: dict[str, list[float]] = data["weights"]
        # the same rows as one matrix, for summing (row by row, in feature order, as Python's sum would)
        self._row = {f: i for i, f in enumerate(self.weights)}
        self._matrix = np.array([*self.weights.values(), [0.0] * len(self.labels)], dtype=np.float64)
        self.calibration: tuple[float, float] = tuple(data.get("calibration", (1.0, 0.0)))  # type: ignore[assignment]
        self.meta: dict = data.get("meta", {})

    def probabilities(self, feats: Iterable[str]) -> list[float]:
        """Class probabilities (in :data:`LABELS` order) for a feature list."""
        row = self._row
        rows = [row[f] for f in feats if f in row]
        # (a reduction over the first axis adds the rows in order; no rows sum to the zero row)
        z = self._matrix[rows].sum(axis=0).tolist() if rows else self._matrix[-1].tolist()
        m = max(z)
        ex = [math.exp(v - m) for v in z]
        s = sum(ex)
        return [v / s for v in ex]

    def calibrated(self, p: float) -> float:
        """Platt scaling of a class probability: how often such a prediction was right."""
        a, b = self.calibration
        p = min(max(p, 1e-6), 1 - 1e-6)
        return 1.0 / (1.0 + math.exp(-(a * math.log(p / (1 - p)) + b)))

    def score(
        self,
        text: str,
        head: tuple[int, int],
        tail: tuple[int, int],
        bounds: tuple[int, int] | None = None,
    ) -> dict[str, float]:
        """Probability of each relation with ``head`` as its head (``"none"`` too)."""
        p = dict(zip(self.labels, self.probabilities(pair_features(text, head, tail, bounds))))
        fwd, back = (">", "<") if head[0] <= tail[0] else ("<", ">")
        out = {"none": p["none"], "partnerOf": p["partnerOf"]}
        for r in ("investedIn", "acquired", "founded"):
            out[r] = p[r + fwd]
        out["reverse"] = sum(p[r + back] for r in ("investedIn", "acquired", "founded"))
        return out

    def best(
        self,
        text: str,
        a: tuple[int, int],
        b: tuple[int, int],
        bounds: tuple[int, int] | None = None,
    ) -> tuple[str, tuple[int, int], tuple[int, int], float]:
        """The most probable reading of an unordered pair: (relation or "none", head, tail, probability)."""
        probs = self.probabilities(pair_features(text, a, b, bounds))
        i = max(range(len(probs)), key=probs.__getitem__)
        label = self.labels[i]
        x, y = (a, b) if a[0] <= b[0] else (b, a)
        if label.endswith("<"):
            return label[:-1], y, x, probs[i]
        return label.rstrip(">"), x, y, probs[i]


@functools.lru_cache(maxsize=2)
def load_model(path: str | None = None) -> RelationModel | None:
    """The shipped model (cached per process), or ``None`` when the file is absent."""
    p = Path(path) if path else MODEL_PATH
    if not p.is_file():
        return None
    with p.open(encoding="utf-8") as fh:
        return RelationModel(json.load(fh))
