#!/usr/bin/env python3
"""Train the relation classifier (``kg/nlp/relmodel.py``) on FinRE train.txt.

Only the train split is read: FinRE valid is the measure (``bench/quality.py``)
and its test split is the reviewers'.  Labels map as in the quality bench:
注资/入股/持股/增持 -> investedIn, 收购 -> acquired, 合作 -> partnerOf,
成立 -> founded, the passive ``被X`` labels with head and tail swapped, and
every other label (``unknown``, 拟收购, 减持, ...) -> none.  A (sentence, head,
tail) key that carries both ``unknown`` and a real label counts once, with the
real label.  Names of a sentence that no record pairs are extra ``none`` pairs.

The model is a multinomial logistic regression (L2, full-batch Adam, fixed
iterations: the same input gives the same file).  Its probabilities are
Platt-scaled on out-of-fold predictions of a 5-fold split by sentence.  The
output is a JSON file of feature -> class weights, small weights pruned::

    python bench/train_relations.py                       # writes kg/data/relation_model.json
    python bench/train_relations.py --data x.txt -o m.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.nlp.relmodel import LABELS, MODEL_PATH, pair_features

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import FINRE_LABEL_MAP  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "finre" / "train.txt"

#: FinRE label -> (our relation, swap head and tail); other labels are "none". The
#: same mapping scores FinRE in bench/quality.py, so training and measuring agree.
LABEL_MAP: dict[str, tuple[str, bool]] = FINRE_LABEL_MAP
#: When one pair carries two mapped relations, the first of these wins.
PRIORITY = ("acquired", "investedIn", "founded", "partnerOf")


@dataclass(frozen=True)
class Example:
    sentence: str
    a: tuple[int, int]  # first in text
    b: tuple[int, int]
    label: str


def read_finre(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Sentence -> its (head, tail, label) records, in file order."""
    by_sent: dict[str, list[tuple[str, str, str]]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 4:
            raise ValueError(f"{path}:{n}: expected head<TAB>tail<TAB>label<TAB>sentence")
        h, t, lab, s = parts
        by_sent.setdefault(s, []).append((h, t, lab))
    return by_sent


def pair_label(records: list[tuple[str, str, str]], x: str, y: str) -> str:
    """The class of the pair (x first in text, y second) from its de-duplicated records."""
    rels: set[tuple[str, str, str]] = set()
    for h, t, lab in records:
        if {h, t} != {x, y} or lab not in LABEL_MAP:
            continue  # unknown and unmapped labels add nothing next to a real one
        rel, swap = LABEL_MAP[lab]
        head = t if swap else h
        rels.add((rel, head, t if head == h else h))
    if not rels:
        return "none"
    rel, head, _ = min(rels, key=lambda r: (PRIORITY.index(r[0]), r[1]))
    if rel == "partnerOf":
        return rel
    return rel + (">" if head == x else "<")


def _occurrences(s: str, name: str) -> list[tuple[int, int]]:
    out, i = [], s.find(name)
    while i >= 0:
        out.append((i, i + len(name)))
        i = s.find(name, i + 1)
    return out


def closest(s: str, n1: str, n2: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The nearest non-overlapping occurrences of two names, first one first."""
    best = None
    for p in _occurrences(s, n1):
        for q in _occurrences(s, n2):
            if p[0] < q[1] and q[0] < p[1]:
                continue
            x, y = (p, q) if p[0] < q[0] else (q, p)
            key = (y[0] - x[1], x[0])
            if best is None or key < best[0]:
                best = (key, x, y)
    return None if best is None else (best[1], best[2])


def examples(by_sent: dict[str, list[tuple[str, str, str]]], extra_negatives: bool = True) -> list[Example]:
    out = []
    for s, records in by_sent.items():
        names = sorted({n for h, t, _ in records for n in (h, t)})
        labelled = {frozenset((h, t)) for h, t, _ in records if h != t}
        pairs = labelled if not extra_negatives else {frozenset((p, q)) for p in names for q in names if p != q}
        for pair in sorted(pairs, key=sorted):
            n1, n2 = sorted(pair)
            spans = closest(s, n1, n2)
            if spans is None:
                continue
            x, y = spans
            xn, yn = s[x[0] : x[1]], s[y[0] : y[1]]
            label = pair_label(records, xn, yn) if pair in labelled else "none"
            out.append(Example(s, x, y, label))
    return out


def featurize(exs: Sequence[Example]) -> list[list[str]]:
    return [pair_features(e.sentence, e.a, e.b) for e in exs]


# -- the classifier ----------------------------------------------------------


class Sparse:
    """Rows of feature ids as one flat array (a binary CSR matrix without scipy)."""

    def __init__(self, rows: list[list[int]], n_cols: int) -> None:
        self.n_rows, self.n_cols = len(rows), n_cols
        self.idx = np.array([i for r in rows for i in r], dtype=np.int64)
        self.row = np.repeat(np.arange(len(rows)), [len(r) for r in rows])

    def dot(self, w: np.ndarray) -> np.ndarray:  # X @ W
        out = np.zeros((self.n_rows, w.shape[1]))
        for k in range(w.shape[1]):
            out[:, k] = np.bincount(self.row, weights=w[self.idx, k], minlength=self.n_rows)
        return out

    def tdot(self, g: np.ndarray) -> np.ndarray:  # X.T @ G
        out = np.zeros((self.n_cols, g.shape[1]))
        for k in range(g.shape[1]):
            out[:, k] = np.bincount(self.idx, weights=g[self.row, k], minlength=self.n_cols)
        return out


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit(x: Sparse, y: np.ndarray, n_classes: int, l2: float, iters: int, lr: float = 0.05) -> np.ndarray:
    """Multinomial logistic regression, L2 on the weights, full-batch Adam from zeros."""
    w = np.zeros((x.n_cols, n_classes))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    onehot = np.eye(n_classes)[y]
    n = x.n_rows
    for t in range(1, iters + 1):
        p = softmax(x.dot(w))
        g = x.tdot(p - onehot) / n + l2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def platt(p: np.ndarray, ok: np.ndarray, iters: int = 50) -> tuple[float, float]:
    """Fit sigmoid(a*logit(p)+b) to 0/1 outcomes (Newton's method with step halving)."""
    z = np.log(np.clip(p, 1e-6, 1 - 1e-6) / (1 - np.clip(p, 1e-6, 1 - 1e-6)))

    def loss(a: float, b: float) -> float:
        u = a * z + b
        return float(np.sum(np.logaddexp(0, u) - ok * u))

    a, b = 1.0, 0.0
    for _ in range(iters):
        q = 1 / (1 + np.exp(-(a * z + b)))
        r = q * (1 - q)
        ga, gb = np.sum((q - ok) * z), np.sum(q - ok)
        haa, hab, hbb = np.sum(r * z * z) + 1e-6, np.sum(r * z), np.sum(r) + 1e-6
        det = haa * hbb - hab * hab
        da, db = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        step, before = 1.0, loss(a, b)
        while step > 1e-4 and loss(a - step * da, b - step * db) > before:
            step /= 2
        a, b = a - step * da, b - step * db
    return float(a), float(b)


def _fold(sentence: str, k: int) -> int:
    return int(hashlib.md5(sentence.encode("utf-8")).hexdigest(), 16) % k


def train(exs: Sequence[Example], min_count: int = 2, l2: float = 1e-3, iters: int = 300, folds: int = 5,
          prune: float = 0.02, log=print) -> dict:
    feats = featurize(exs)
    y = np.array([LABELS.index(e.label) for e in exs])

    def matrix(rows: Sequence[list[str]], vocab: dict[str, int]) -> Sparse:
        return Sparse([sorted({vocab[f] for f in r if f in vocab}) for r in rows], len(vocab))

    def vocab_of(rows: Sequence[list[str]]) -> dict[str, int]:
        counts = Counter(f for r in rows for f in set(r))
        return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}

    # out-of-fold predictions: how good the model is, and data for its calibration
    fold = np.array([_fold(e.sentence, folds) for e in exs])
    oof = np.zeros((len(exs), len(LABELS)))
    for k in range(folds):
        tr, te = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        vocab = vocab_of([feats[i] for i in tr])
        w = fit(matrix([feats[i] for i in tr], vocab), y[tr], len(LABELS), l2, iters)
        oof[te] = softmax(matrix([feats[i] for i in te], vocab).dot(w))
    pred = oof.argmax(axis=1)
    emitted = pred != 0
    a, b = platt(oof[np.arange(len(exs)), pred][emitted], (pred == y)[emitted].astype(float))
    report = {}
    for c, lab in enumerate(LABELS):
        tp = int(np.sum((pred == c) & (y == c)))
        fp = int(np.sum((pred == c) & (y != c)))
        fn = int(np.sum((pred != c) & (y == c)))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        report[lab] = {"tp": tp, "fp": fp, "fn": fn, "f1": round(f1, 3)}
        log(f"  out-of-fold {lab:12s} tp {tp:5d} fp {fp:5d} fn {fn:5d} F1 {f1:.3f}")
    log(f"  Platt scaling a={a:.3f} b={b:.3f}")

    vocab = vocab_of(feats)
    w = fit(matrix(feats, vocab), y, len(LABELS), l2, iters)
    # the bias stays; a feature whose weights are all tiny goes
    weights = {}
    for f, i in vocab.items():
        row = w[i]
        if f == "bias" or np.max(np.abs(row)) >= prune:
            weights[f] = [round(float(v), 3) for v in row]
    log(f"  features: {len(vocab)} seen >= {min_count} times, {len(weights)} kept")
    return {
        "labels": list(LABELS),
        "calibration": [round(a, 4), round(b, 4)],
        "weights": dict(sorted(weights.items())),
        "meta": {
            "trained_on": "FinRE train.txt (thunlp/Chinese_NRE, MIT licence)",
            "examples": len(exs),
            "class_counts": {lab: int(np.sum(y == c)) for c, lab in enumerate(LABELS)},
            "l2": l2, "iterations": iters, "min_count": min_count, "prune": prune,
            "out_of_fold": report,
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="FinRE train.txt [default: %(default)s]")
    ap.add_argument("-o", "--output", type=Path, default=MODEL_PATH, help="model file [default: %(default)s]")
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"train_relations: missing {args.data} (use --data)", file=sys.stderr)
        return 1
    exs = examples(read_finre(args.data))
    print(f"{len(exs)} pairs from {args.data}: {dict(sorted(Counter(e.label for e in exs).items()))}")
    model = train(exs, min_count=args.min_count, l2=args.l2, iters=args.iters, folds=args.folds)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({len(text.encode('utf-8')) / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
