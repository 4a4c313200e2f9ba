#!/usr/bin/env python3
"""Extraction quality benchmark: P/R/F1 of ``kg extract`` on the development data.

This is a report, not a test: it exits 0 whenever the measurements ran, whether
or not the targets hold, and 1 only on errors (missing data, a failing
``kg extract``, ...).

The extractor is run exactly as a user runs it, through the public CLI contract::

    python -m kg extract CORPUS.jsonl -o OUT.jsonl --workers 2 -q

once per dataset, on a JSONL corpus with one record ``{"id", "text"}`` per
sentence or fragment (cached under ``bench/.cache/quality/``, git-ignored; the
datasets are measure-only and must never be committed or shipped).

Datasets (in ``shared/data``, see its README) and scoring rules:

* **CLUENER2020 train** (``cluener2020/train.json``): mention-level exact spans.
  ``name`` -> Person, ``company`` -> Company, ``organization`` and
  ``government`` -> Organization.  Predicted spans are every mention of every
  predicted entity, with the entity's type; only Person, Company and
  Organization are scored.  "Company+Organization merged" matches a predicted
  Company or Organization span against a gold company, organization or
  government span, ignoring which of the two types it is.
* **People's Daily NER dev** (``peoples_daily_ner/dev.txt``, char + BIO tag):
  PER -> Person, ORG -> Organization (predicted Company or Organization),
  LOC -> Place, exact spans.
* **FinRE valid** (``finre/valid.txt``): pair-restricted relation scoring.  In
  each sentence only the predicted relations whose two ends are a pair that the
  dataset labels for that sentence (in either direction) are judged; an end
  matches when the entity's name or any of its mention texts equals the
  labelled string.  Labels: 注资/入股/持股/增持 -> investedIn, 收购 -> acquired,
  合作 -> partnerOf (direction-free), 成立 -> founded; the passive labels
  被注资/被入股/被持股/被增持 -> investedIn, 被收购 -> acquired and 被成立 ->
  founded with head and tail swapped; every other label (``unknown``, 自己,
  拥有, 减持, ...) maps to no relation of ours, so a prediction on such a pair is
  a false positive unless the pair also carries a mapped label.  Records are
  de-duplicated.  Only investedIn, acquired, partnerOf and founded are scored
  (FinRE cannot judge our other relations).  ``<N>`` number placeholders are
  replaced by ``10`` in sentences and labelled names alike.
* **Calibration**: a reliability table of the judged FinRE predictions
  (confidence buckets, count and precision) and the precision of the judged
  predictions with confidence >= 0.8.

Besides the score tables (with reference baseline and target figures), it
classifies every error into a pattern (type confusion, boundary too short/long,
missed entity by name suffix, relation end not extracted, ...), writes the most
frequent patterns with concrete examples to ``bench/.cache/quality-errors.txt``
and, with ``--show-errors N``, prints the top N per set.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.evaluate import Score

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_CACHE_DIR = Path(__file__).resolve().parent / ".cache"
DEFAULT_DOC = REPO_ROOT / "docs" / "benchmarks.md"

ALL_SETS: tuple[str, ...] = ("cluener", "pd", "finre")
SET_TITLES: dict[str, str] = {
    "cluener": "CLUENER2020 train (mention-level exact spans)",
    "pd": "People's Daily NER dev (exact spans)",
    "finre": "FinRE valid (pair-restricted relations)",
}

#: Category names, in display order, per set.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "cluener": ("Person", "Company", "Organization", "Company+Organization merged"),
    "pd": ("Person", "Organization", "Place"),
    "finre": ("investedIn", "acquired", "partnerOf", "founded", "micro"),
}

#: Reference baseline F1 (for comparison) and target F1, per set and category.
BASELINE_F1: dict[str, dict[str, float]] = {
    "cluener": {"Person": 0.70, "Company": 0.44, "Organization": 0.28,
                "Company+Organization merged": 0.57},
    "pd": {"Person": 0.80, "Organization": 0.63, "Place": 0.72},
    "finre": {"investedIn": 0.21, "acquired": 0.29},
}
TARGET_F1: dict[str, dict[str, float]] = {
    "cluener": {"Person": 0.80, "Company": 0.70, "Company+Organization merged": 0.70},
    "pd": {"Person": 0.88, "Organization": 0.75, "Place": 0.80},
    "finre": {"investedIn": 0.50, "acquired": 0.50},
}
#: Target precision of judged FinRE predictions with confidence >= HIGH_CONFIDENCE.
HIGH_CONFIDENCE = 0.8
TARGET_HIGH_CONF_PRECISION = 0.85
CONFIDENCE_BUCKETS: tuple[tuple[float, float], ...] = (
    (0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.0))

CLUENER_TYPE_MAP: dict[str, str] = {
    "name": "Person", "company": "Company", "organization": "Organization",
    "government": "Organization"}
PD_TYPE_MAP: dict[str, str] = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
#: Predicted type -> scored category, per NER set.
PRED_TYPE_MAP: dict[str, dict[str, str]] = {
    "cluener": {"Person": "Person", "Company": "Company", "Organization": "Organization"},
    "pd": {"Person": "Person", "Company": "Organization", "Organization": "Organization",
           "Place": "Place"},
}

FINRE_RELATIONS: tuple[str, ...] = ("investedIn", "acquired", "partnerOf", "founded")
#: FinRE label -> (our relation, swap head and tail).
FINRE_LABEL_MAP: dict[str, tuple[str, bool]] = {
    "注资": ("investedIn", False), "入股": ("investedIn", False),
    "持股": ("investedIn", False), "增持": ("investedIn", False),
    "被注资": ("investedIn", True), "被入股": ("investedIn", True),
    "被持股": ("investedIn", True), "被增持": ("investedIn", True),
    "收购": ("acquired", False), "被收购": ("acquired", True),
    "合作": ("partnerOf", False),
    "成立": ("founded", False), "被成立": ("founded", True),
}
#: Trigger words, used only to describe relation false negatives.
FINRE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "investedIn": ("注资", "入股", "持股", "增持", "投资", "参股", "控股", "认购", "出资", "增资",
                   "持有", "股东", "股权", "举牌"),
    "acquired": ("收购", "并购", "购买", "买下", "吸收合并", "受让", "入主", "接手"),
    "partnerOf": ("合作", "联手", "携手", "联合", "战略", "签约", "签署", "协议", "联盟", "合资"),
    "founded": ("成立", "创立", "创办", "设立", "组建", "发起", "创建"),
}
PLACEHOLDER, PLACEHOLDER_VALUE = "<N>", "10"

#: Name suffixes used to group missed entities ("Organization FN missed: …大学").
NAME_SUFFIXES: tuple[str, ...] = (
    "股份有限公司", "有限责任公司", "有限公司", "委员会", "俱乐部", "研究院", "研究所",
    "办公室", "管理局", "联合会", "公司", "集团", "银行", "证券", "基金", "保险", "信托",
    "控股", "科技", "股份", "电子", "汽车", "地产", "传媒", "娱乐", "影业", "航空", "电视台",
    "大学", "学院", "中学", "小学", "学校", "医院", "协会", "学会", "联盟", "中心", "法院",
    "检察院", "政府", "部队", "队", "会", "局", "部", "厅", "署", "院", "所", "处", "站",
    "台", "社", "党", "团", "军", "省", "市", "县", "区", "镇", "乡", "村", "州", "国", "岛",
    "山", "河", "江", "湖", "海", "路", "街")

Span = tuple[int, int]


class BenchError(Exception):
    """An error that ends the benchmark with a one-line message and exit code 1."""


# --------------------------------------------------------------------------
# scores
# --------------------------------------------------------------------------


# P/R/F1 bookkeeping is the scorer's own (kg.evaluate.Score), so both report alike.


@dataclass(frozen=True)
class ErrorCase:
    """One classified error: its pattern, a short description and the context."""

    pattern: str
    what: str
    context: str
    doc_id: str


@dataclass
class SetResult:
    """Everything measured on one dataset."""

    name: str
    docs: int
    chars: int
    wall_s: float
    scores: dict[str, Score]
    errors: list[ErrorCase] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)
    calibration: dict[str, Any] | None = None


# --------------------------------------------------------------------------
# datasets
# --------------------------------------------------------------------------


@dataclass
class NerSample:
    """One NER sentence: text, gold spans per scored category, and all gold labels."""

    id: str
    text: str
    gold: dict[str, set[Span]]
    raw_labels: dict[Span, str]


@dataclass
class FinreSentence:
    """One FinRE sentence with its de-duplicated (head, tail, label) records."""

    id: str
    text: str
    labels: set[tuple[str, str, str]]


def _require(path: Path) -> Path:
    if not path.is_file():
        raise BenchError(f"missing data file {path} (use --data DIR)")
    return path


def load_cluener(data_dir: Path, limit: int | None) -> list[NerSample]:
    """Read CLUENER2020 train: ``{"text", "label": {type: {mention: [[s, e_incl]]}}}``."""
    path = _require(data_dir / "cluener2020" / "train.json")
    samples: list[NerSample] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            if limit is not None and len(samples) >= limit:
                break
            obj = json.loads(line)
            text: str = obj["text"]
            gold: dict[str, set[Span]] = defaultdict(set)
            raw: dict[Span, str] = {}
            for typ, mentions in (obj.get("label") or {}).items():
                for mention, spans in mentions.items():
                    for start, end_incl in spans:
                        span = (int(start), int(end_incl) + 1)
                        if text[span[0]:span[1]] != mention:
                            raise BenchError(f"{path}: bad span {span} for {mention!r}")
                        raw[span] = typ
                        if typ in CLUENER_TYPE_MAP:
                            gold[CLUENER_TYPE_MAP[typ]].add(span)
            samples.append(NerSample(f"cluener-{len(samples):06d}", text, dict(gold), raw))
    return samples


def load_peoples_daily(data_dir: Path, limit: int | None) -> list[NerSample]:
    """Read People's Daily dev: ``char TAG`` per line, blank line between sentences."""
    path = _require(data_dir / "peoples_daily_ner" / "dev.txt")
    samples: list[NerSample] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if not chars:
            return
        text = "".join(chars)
        gold: dict[str, set[Span]] = defaultdict(set)
        raw: dict[Span, str] = {}
        start, typ = -1, ""
        for i, tag in enumerate([*tags, "O"]):
            inside = tag.startswith("I-") and typ == tag[2:]
            if not inside and start >= 0:
                gold[PD_TYPE_MAP[typ]].add((start, i))
                raw[(start, i)] = typ
                start, typ = -1, ""
            if tag.startswith("B-") or (tag.startswith("I-") and not inside):
                start, typ = i, tag[2:]
        samples.append(NerSample(f"pd-{len(samples):06d}", text, dict(gold), raw))
        chars.clear()
        tags.clear()

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(samples) >= limit:
                break
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            char, _, tag = line.rpartition(" ")
            chars.append(char if char else " ")
            tags.append(tag)
    if limit is None or len(samples) < limit:
        flush()
    return samples


def load_finre(data_dir: Path, limit: int | None) -> list[FinreSentence]:
    """Read FinRE valid, grouped by sentence (first ``limit`` distinct sentences)."""
    path = _require(data_dir / "finre" / "valid.txt")
    by_text: dict[str, FinreSentence] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                raise BenchError(f"{path}: expected 4 tab-separated fields, got {line[:80]!r}")
            head, tail, label, sentence = (p.strip().replace(PLACEHOLDER, PLACEHOLDER_VALUE)
                                           for p in parts)
            sent = by_text.get(sentence)
            if sent is None:
                if limit is not None and len(by_text) >= limit:
                    continue
                sent = FinreSentence(f"finre-{len(by_text):06d}", sentence, set())
                by_text[sentence] = sent
            sent.labels.add((head, tail, label))
    return list(by_text.values())


# --------------------------------------------------------------------------
# running the extractor
# --------------------------------------------------------------------------


def write_corpus(records: Iterable[tuple[str, str]], path: Path) -> tuple[int, int]:
    """Write ``{"id", "text"}`` JSONL (atomically); return (documents, characters)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    docs = chars = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for doc_id, text in records:
            fh.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
            docs += 1
            chars += len(text)
    os.replace(tmp, path)
    return docs, chars


def run_extract(corpus: Path, out: Path, workers: int, reuse: bool) -> float:
    """Run ``python -m kg extract CORPUS -o OUT --workers N -q``; return wall seconds.

    With ``reuse`` and an existing output newer than the corpus, skip the run
    (returns 0.0): useful to re-analyse errors without re-extracting.
    """
    if reuse and out.is_file() and out.stat().st_mtime >= corpus.stat().st_mtime:
        return 0.0
    cmd = [sys.executable, "-m", "kg", "extract", str(corpus), "-o", str(out),
           "--workers", str(workers), "-q"]
    log = out.with_suffix(".log")
    t0 = time.perf_counter()
    with log.open("w", encoding="utf-8") as fh:
        proc = subprocess.run(cmd, cwd=REPO_ROOT, stdout=fh, stderr=subprocess.STDOUT,
                              check=False)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise BenchError(f"`{shlex.join(cmd)}` exited {proc.returncode}; see {log}")
    return wall


def read_output(out: Path, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Read the extractor's JSONL output, keyed by document id; check every id is present."""
    records: dict[str, dict[str, Any]] = {}
    with out.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                records[str(rec.get("id"))] = rec
    missing = [i for i in ids if i not in records]
    if missing:
        raise BenchError(f"{out}: {len(missing)} documents missing from the output "
                         f"(first: {missing[0]})")
    return records


# --------------------------------------------------------------------------
# NER scoring and error patterns
# --------------------------------------------------------------------------


def predicted_spans(record: dict[str, Any], text: str) -> tuple[dict[Span, set[str]], int]:
    """Every mention span of every predicted entity -> its entity types.

    Also returns how many mentions have offsets that do not index their text.
    """
    spans: dict[Span, set[str]] = defaultdict(set)
    bad = 0
    for ent in record.get("entities") or []:
        for m in ent.get("mentions") or []:
            span = (int(m["start"]), int(m["end"]))
            if text[span[0]:span[1]] != m.get("text"):
                bad += 1
            spans[span].add(str(ent.get("type")))
    return spans, bad


def _suffix_group(name: str) -> str:
    for suf in NAME_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            return f"…{suf}"
    return "bare name (no generic suffix)"


def _person_group(name: str) -> str:
    if "·" in name or "•" in name or any(c.isascii() and c.isalpha() for c in name):
        return "foreign/latin name"
    if len(name) <= 2:
        return "1-2 chars"
    if len(name) == 3:
        return "3 chars"
    return "4+ chars (transliterated?)"


def _context(text: str, span: Span, width: int = 14) -> str:
    s, e = span
    left = ("…" if s > width else "") + text[max(0, s - width):s]
    right = text[e:e + width] + ("…" if e + width < len(text) else "")
    return f"{left}【{text[s:e]}】{right}".replace("\n", " ")


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_ner(set_name: str, samples: Sequence[NerSample],
              records: dict[str, dict[str, Any]]) -> tuple[dict[str, Score], list[ErrorCase], int]:
    """Exact-span P/R/F1 per category, the classified errors and the bad-offset count."""
    type_map = PRED_TYPE_MAP[set_name]
    cats = [c for c in CATEGORIES[set_name] if "merged" not in c]
    scores = {c: Score() for c in CATEGORIES[set_name]}
    errors: list[ErrorCase] = []
    bad_total = 0
    for sample in samples:
        text = sample.text
        spans, bad = predicted_spans(records[sample.id], text)
        bad_total += bad
        pred: dict[str, set[Span]] = defaultdict(set)
        for span, types in spans.items():
            for t in types:
                if t in type_map:
                    pred[type_map[t]].add(span)
        gold_cat_of: dict[Span, set[str]] = defaultdict(set)
        for c, ss in sample.gold.items():
            for s in ss:
                gold_cat_of[s].add(c)
        for c in cats:
            g, p = sample.gold.get(c, set()), pred.get(c, set())
            scores[c].add(Score(len(g & p), len(p - g), len(g - p)))
            for span in sorted(g - p):
                errors.append(_classify_fn(c, span, text, spans, p, sample.id, type_map))
            for span in sorted(p - g):
                err = _classify_fp(c, span, text, g, p, gold_cat_of, sample, spans)
                if err is not None:
                    errors.append(err)
        if "Company+Organization merged" in scores:
            g = sample.gold.get("Company", set()) | sample.gold.get("Organization", set())
            p = pred.get("Company", set()) | pred.get("Organization", set())
            scores["Company+Organization merged"].add(Score(len(g & p), len(p - g), len(g - p)))
    return scores, errors, bad_total


def _classify_fn(cat: str, span: Span, text: str, spans: dict[Span, set[str]],
                 same_cat: set[Span], doc_id: str, type_map: dict[str, str]) -> ErrorCase:
    gold_text = text[span[0]:span[1]]
    ctx = _context(text, span)
    if span in spans:
        types = "/".join(sorted(spans[span]))
        return ErrorCase(f"{cat} FN: exact span predicted as {types}",
                         f"{gold_text} → {types}", ctx, doc_id)
    overlapping = [s for s in same_cat if _overlaps(s, span)]
    if overlapping:
        s = min(overlapping, key=lambda x: abs(x[0] - span[0]) + abs(x[1] - span[1]))
        pred_text = text[s[0]:s[1]]
        if span[0] <= s[0] and s[1] <= span[1]:
            kind = "too short"
        elif s[0] <= span[0] and span[1] <= s[1]:
            kind = "too long"
        else:
            kind = "crossing"
        return ErrorCase(f"{cat} boundary {kind}", f"pred {pred_text} vs gold {gold_text}",
                         ctx, doc_id)
    other = [(s, t) for s, ts in spans.items() if _overlaps(s, span) for t in ts]
    if other:
        s, t = min(other, key=lambda x: abs(x[0][0] - span[0]) + abs(x[0][1] - span[1]))
        pred_text = text[s[0]:s[1]]
        return ErrorCase(f"{cat} FN: overlapped by a {t} span",
                         f"pred {pred_text} [{t}] vs gold {gold_text}", ctx, doc_id)
    group = _person_group(gold_text) if cat == "Person" else _suffix_group(gold_text)
    return ErrorCase(f"{cat} FN: missed, {group}", gold_text, ctx, doc_id)


def _classify_fp(cat: str, span: Span, text: str, gold_same: set[Span], pred_same: set[Span],
                 gold_cat_of: dict[Span, set[str]], sample: NerSample,
                 spans: dict[Span, set[str]]) -> ErrorCase | None:
    """Classify a false positive; ``None`` when it is already reported as a FN pattern."""
    pred_text = text[span[0]:span[1]]
    ctx = _context(text, span)
    if gold_cat_of.get(span):
        return None  # type confusion: reported on the gold category's FN side
    same = [g for g in gold_same if _overlaps(g, span)]
    if same:
        if any(g in pred_same for g in same):
            g = next(g for g in same if g in pred_same)
            return ErrorCase(f"{cat} FP: extra nested/overlapping span of a found entity",
                             f"pred {pred_text} beside gold {text[g[0]:g[1]]}", ctx, sample.id)
        return None  # boundary error: reported on the FN side
    raw = sample.raw_labels.get(span)
    if raw is not None:
        return ErrorCase(f"{cat} FP: gold labels the span '{raw}'", pred_text, ctx, sample.id)
    other = [(g, t) for g, t in sample.raw_labels.items() if _overlaps(g, span)]
    if other:
        g, t = other[0]
        return ErrorCase(f"{cat} FP: overlaps a gold '{t}' span",
                         f"pred {pred_text} vs gold {text[g[0]:g[1]]} [{t}]", ctx, sample.id)
    return ErrorCase(f"{cat} FP: not a gold entity", pred_text, ctx, sample.id)


# --------------------------------------------------------------------------
# FinRE scoring, calibration and error patterns
# --------------------------------------------------------------------------


def _entity_names(record: dict[str, Any]) -> dict[str, set[str]]:
    """Predicted entity name -> its name and every mention text."""
    names: dict[str, set[str]] = {}
    for ent in record.get("entities") or []:
        name = str(ent.get("name"))
        ns = names.setdefault(name, {name})
        ns.update(str(m.get("text")) for m in ent.get("mentions") or [])
    return names


def _gold_triples(labels: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    triples: set[tuple[str, str, str]] = set()
    for head, tail, label in labels:
        mapped = FINRE_LABEL_MAP.get(label)
        if mapped is None:
            continue
        rel, swap = mapped
        h, t = (tail, head) if swap else (head, tail)
        if h == t:
            continue  # a self-pair can never be predicted (FinRE has a few)
        if rel == "partnerOf":
            h, t = sorted((h, t))
        triples.add((rel, h, t))
    return triples


def score_finre(sentences: Sequence[FinreSentence], records: dict[str, dict[str, Any]]
                ) -> tuple[dict[str, Score], list[ErrorCase], dict[str, Any], dict[str, Any]]:
    """Pair-restricted P/R/F1 per relation and micro, errors, calibration and notes."""
    scores = {c: Score() for c in CATEGORIES["finre"]}
    errors: list[ErrorCase] = []
    judged_conf: list[tuple[float, bool]] = []
    unjudged = total_pred = 0
    for sent in sentences:
        rec = records[sent.id]
        names = _entity_names(rec)
        pairs = {frozenset((h, t)) for h, t, _ in sent.labels if h != t}
        gold = _gold_triples(sent.labels)
        judged: dict[tuple[str, str, str], float] = {}
        all_pred: list[tuple[str, set[str], set[str]]] = []
        for r in rec.get("relations") or []:
            rel = str(r.get("relation"))
            hn = names.get(str(r.get("head")), {str(r.get("head"))})
            tn = names.get(str(r.get("tail")), {str(r.get("tail"))})
            all_pred.append((rel, hn, tn))
            if rel not in FINRE_RELATIONS:
                continue
            total_pred += 1
            conf = float(r.get("confidence") or 0.0)
            hit = False
            for pair in pairs:
                a, b = tuple(pair)
                for x, y in ((a, b), (b, a)):
                    if x in hn and y in tn:
                        hit = True
                        key = (rel, *sorted((x, y))) if rel == "partnerOf" else (rel, x, y)
                        judged[key] = max(conf, judged.get(key, 0.0))  # type: ignore[arg-type]
            unjudged += not hit
        for key, conf in judged.items():
            ok = key in gold
            judged_conf.append((conf, ok))
            rel = key[0]
            if ok:
                scores[rel].tp += 1
            else:
                scores[rel].fp += 1
                err = _classify_rel_fp(key, conf, sent, gold)
                if err is not None:
                    errors.append(err)
        for key in gold - set(judged):
            scores[key[0]].fn += 1
            errors.append(_classify_rel_fn(key, sent, names, all_pred))
    for rel in FINRE_RELATIONS:
        scores["micro"].add(scores[rel])
    calibration = calibrate(judged_conf)
    notes = {"predicted_relations_scored_types": total_pred,
             "not_judged_pair_not_labelled": unjudged,
             "judged_unique": len(judged_conf)}
    return scores, errors, calibration, notes


def calibrate(judged: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    """Reliability table (count, precision per confidence bucket) and precision at >= 0.8."""
    rows = []
    for lo, hi in CONFIDENCE_BUCKETS:
        last = hi >= 1.0
        inb = [ok for c, ok in judged if lo <= c and (c <= hi if last else c < hi)]
        rows.append({"bucket": f"[{lo:.1f},{hi:.1f}{']' if last else ')'}", "count": len(inb),
                     "precision": round(sum(inb) / len(inb), 4) if inb else None})
    high = [ok for c, ok in judged if c >= HIGH_CONFIDENCE]
    return {"buckets": rows, "high_confidence_count": len(high),
            "high_confidence_precision": round(sum(high) / len(high), 4) if high else None}


def _classify_rel_fp(key: tuple[str, str, str], conf: float, sent: FinreSentence,
                     gold: set[tuple[str, str, str]]) -> ErrorCase | None:
    rel, a, b = key
    pair_gold = {g for g in gold if {g[1], g[2]} == {a, b}}
    if pair_gold:
        return None  # wrong type or direction: reported on the FN side
    labels = sorted({lab for h, t, lab in sent.labels if {h, t} == {a, b}})
    lab = "/".join(labels)
    return ErrorCase(f"{rel} FP: pair labelled {lab}",
                     f"{rel}({a}, {b}) conf={conf:.2f}", sent.text, sent.id)


def _classify_rel_fn(key: tuple[str, str, str], sent: FinreSentence,
                     names: dict[str, set[str]],
                     all_pred: list[tuple[str, set[str], set[str]]]) -> ErrorCase:
    rel, h, t = key
    what = f"{rel}({h}, {t})"

    def found(s: str) -> bool:
        return any(s in ns for ns in names.values())

    def near(s: str) -> str:
        cands = sorted({n for ns in names.values() for n in ns if n and (s in n or n in s)},
                       key=len)
        return cands[-1] if cands else ""

    hf, tf = found(h), found(t)
    if not (hf and tf):
        parts, details = [], []
        for role, name, ok in (("head", h, hf), ("tail", t, tf)):
            if ok:
                continue
            close = near(name)
            parts.append((role, "boundary differs" if close else "not extracted"))
            details.append(f"{name}≈{close}" if close else f"{name} absent")
        if rel == "partnerOf":
            kinds = sorted({k for _, k in parts})
            label = ("both ends " if len(parts) == 2 else "one end ") + " / ".join(kinds)
        else:
            label = ", ".join(f"{role} {kind}" for role, kind in parts)
        return ErrorCase(f"{rel} FN: {label}", f"{what}: {'; '.join(details)}", sent.text,
                         sent.id)
    between = [(r, hn, tn) for r, hn, tn in all_pred
               if (h in hn and t in tn) or (t in hn and h in tn)]
    if not between:
        trig = [w for w in FINRE_TRIGGERS[rel] if w in sent.text]
        kind = f"trigger {'/'.join(trig[:2])} present" if trig else "no trigger word"
        return ErrorCase(f"{rel} FN: both ends extracted, no relation ({kind})", what,
                         sent.text, sent.id)
    same = [x for x in between if x[0] == rel]
    if same:
        return ErrorCase(f"{rel} FN: predicted in reverse direction", what, sent.text, sent.id)
    others = "/".join(sorted({x[0] for x in between}))
    return ErrorCase(f"{rel} FN: predicted as {others}", what, sent.text, sent.id)


# --------------------------------------------------------------------------
# running a set
# --------------------------------------------------------------------------


def run_set(name: str, data_dir: Path, cache_dir: Path, limit: int | None, workers: int,
            reuse: bool) -> SetResult:
    """Build the corpus of one set, run the extractor on it and score the output."""
    tag = f"{name}-{'all' if limit is None else limit}"
    corpus = cache_dir / f"{tag}.jsonl"
    out = cache_dir / f"{tag}.out.jsonl"
    if name in ("cluener", "pd"):
        samples = load_cluener(data_dir, limit) if name == "cluener" else \
            load_peoples_daily(data_dir, limit)
        items = [(s.id, s.text) for s in samples]
    elif name == "finre":
        sentences = load_finre(data_dir, limit)
        items = [(s.id, s.text) for s in sentences]
    else:
        raise BenchError(f"unknown set {name!r}")
    if reuse and corpus.is_file():
        docs, chars = len(items), sum(len(t) for _, t in items)
    else:
        docs, chars = write_corpus(items, corpus)
    wall = run_extract(corpus, out, workers, reuse)
    records = read_output(out, [i for i, _ in items])
    if name == "finre":
        scores, errors, calibration, notes = score_finre(sentences, records)
        return SetResult(name, docs, chars, wall, scores, errors, notes, calibration)
    scores, errors, bad = score_ner(name, samples, records)
    return SetResult(name, docs, chars, wall, scores, errors, {"bad_mention_offsets": bad})


# --------------------------------------------------------------------------
# reporting
# --------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _status(f1: float, target: float | None) -> str:
    if target is None:
        return ""
    return "ok" if f1 >= target else "below"


def format_tables(results: Sequence[SetResult]) -> str:
    """Human-readable plain-text tables."""
    lines: list[str] = []
    for res in results:
        lines.append(f"{SET_TITLES[res.name]}: {res.docs} docs, {res.chars} chars, "
                     f"wall {res.wall_s:.1f}s")
        lines.append(f"  {'category':<30}{'tp':>6}{'fp':>6}{'fn':>6}   {'P':>5}  {'R':>5}  "
                     f"{'F1':>5}  {'base':>5}  {'target':>6}")
        for cat in CATEGORIES[res.name]:
            s = res.scores[cat]
            base = BASELINE_F1.get(res.name, {}).get(cat)
            tgt = TARGET_F1.get(res.name, {}).get(cat)
            tgt_s = f">={tgt:.2f}" if tgt is not None else "   -  "
            lines.append(f"  {cat:<30}{s.tp:>6}{s.fp:>6}{s.fn:>6}   {s.precision:.3f}  "
                         f"{s.recall:.3f}  {s.f1:.3f}  {_fmt(base)}  {tgt_s} "
                         f"{_status(s.f1, tgt)}")
        if res.calibration is not None:
            cal = res.calibration
            lines.append("  calibration of judged predictions "
                         "(confidence bucket: count, precision)")
            for row in cal["buckets"]:
                lines.append(f"    {row['bucket']:<11} {row['count']:>5}  {_fmt(row['precision'])}")
            hp = cal["high_confidence_precision"]
            st = "" if hp is None else ("ok" if hp >= TARGET_HIGH_CONF_PRECISION else "below")
            lines.append(f"    precision at confidence >= {HIGH_CONFIDENCE}: {_fmt(hp)} "
                         f"(n={cal['high_confidence_count']}, target >= "
                         f"{TARGET_HIGH_CONF_PRECISION}) {st}")
        if res.notes:
            lines.append("  notes: " + ", ".join(f"{k}={v}" for k, v in res.notes.items()))
        lines.append("")
    return "\n".join(lines)


def error_patterns(res: SetResult, top: int, examples: int) -> str:
    """The ``top`` most frequent error patterns of one set with concrete examples."""
    by_pattern: dict[str, list[ErrorCase]] = defaultdict(list)
    for e in res.errors:
        by_pattern[e.pattern].append(e)
    lines = [f"== {SET_TITLES[res.name]}: {len(res.errors)} classified errors, "
             f"{len(by_pattern)} patterns =="]
    ranked = sorted(by_pattern.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]
    for rank, (pattern, cases) in enumerate(ranked, 1):
        counts = Counter(c.what for c in cases)
        lines.append(f"{rank:>2}. {pattern}  ({len(cases)})")
        frequent = [f"{w} ×{n}" for w, n in counts.most_common(8) if n > 1]
        if frequent:
            lines.append("    most frequent: " + ", ".join(frequent))
        seen: set[str] = set()
        shown = 0
        for what, _ in counts.most_common():
            if shown >= examples:
                break
            if what in seen:
                continue
            seen.add(what)
            case = next(c for c in cases if c.what == what)
            ctx = case.context if len(case.context) <= 110 else case.context[:107] + "…"
            lines.append(f"    - {what}  | {ctx}  [{case.doc_id}]")
            shown += 1
    return "\n".join(lines)


def to_json(results: Sequence[SetResult], meta: dict[str, Any]) -> dict[str, Any]:
    """Machine-readable results."""
    return {
        "meta": meta,
        "sets": {r.name: {"docs": r.docs, "chars": r.chars, "wall_s": round(r.wall_s, 2),
                          "scores": {c: r.scores[c].to_json() for c in CATEGORIES[r.name]},
                          "notes": r.notes,
                          **({"calibration": r.calibration} if r.calibration else {})}
                 for r in results},
        "baseline_f1": BASELINE_F1,
        "targets": {"f1": TARGET_F1,
                    "high_confidence_precision": {"min_confidence": HIGH_CONFIDENCE,
                                                  "target": TARGET_HIGH_CONF_PRECISION}},
    }


def format_markdown(results: Sequence[SetResult], meta: dict[str, Any]) -> str:
    """The ``docs/benchmarks.md`` page."""
    out = ["# Extraction quality benchmarks", "",
           "Generated by `bench/quality.py`: the extractor is run through the public CLI "
           "(`python -m kg extract CORPUS.jsonl -o OUT.jsonl --workers 2 -q`) on the "
           "development data in `shared/data` (measure-only datasets, never shipped).", "",
           f"- date: {meta['date']}", f"- commit: `{meta['commit']}`",
           f"- machine: {meta['platform']}, {meta['cpu_count']} CPUs, Python {meta['python']}",
           f"- command: `{meta['command']}`", ""]
    for res in results:
        out += [f"## {SET_TITLES[res.name]}", "",
                f"{res.docs} documents, {res.chars} characters, wall time {res.wall_s:.1f} s.", "",
                "| category | TP | FP | FN | P | R | F1 | baseline F1 | target F1 |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for cat in CATEGORIES[res.name]:
            s = res.scores[cat]
            base = BASELINE_F1.get(res.name, {}).get(cat)
            tgt = TARGET_F1.get(res.name, {}).get(cat)
            tgt_s = f"≥ {tgt:.2f} ({_status(s.f1, tgt)})" if tgt is not None else "-"
            out.append(f"| {cat} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | "
                       f"{s.recall:.3f} | **{s.f1:.3f}** | {_fmt(base).strip()} | {tgt_s} |")
        if res.calibration is not None:
            cal = res.calibration
            out += ["", "Calibration of the judged FinRE predictions:", "",
                    "| confidence | count | precision |", "|---|---:|---:|"]
            out += [f"| {r['bucket']} | {r['count']} | {_fmt(r['precision']).strip()} |"
                    for r in cal["buckets"]]
            out += ["", f"Precision at confidence ≥ {HIGH_CONFIDENCE}: "
                        f"**{_fmt(cal['high_confidence_precision']).strip()}** "
                        f"(n = {cal['high_confidence_count']}; target ≥ "
                        f"{TARGET_HIGH_CONF_PRECISION})."]
        out.append("")
    out += ["## Scoring rules", "",
            "- CLUENER2020: name → Person, company → Company, organization + government → "
            "Organization; every mention of every predicted entity is a predicted span; exact "
            "spans. *Merged* ignores the Company/Organization distinction.",
            "- People's Daily: PER → Person, ORG → Organization (predicted Company or "
            "Organization), LOC → Place; exact spans.",
            "- FinRE: only predictions on pairs the dataset labels for the sentence are judged; "
            "注资/入股/持股/增持 → investedIn, 收购 → acquired, 合作 → partnerOf "
            "(direction-free), 成立 → founded, passive 被X labels swapped; other labels → no "
            "relation (a prediction there is a false positive).", ""]
    return "\n".join(out)


def machine_meta(argv: Sequence[str]) -> dict[str, Any]:
    """Date, commit, platform, CPU count and the command line."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT,
                                capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=REPO_ROOT, capture_output=True, text=True,
                               check=True).stdout.strip()
        if dirty:
            commit += "+dirty"
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {"date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "commit": commit, "platform": platform.platform(),
            "cpu_count": os.cpu_count(), "python": platform.python_version(),
            "command": shlex.join(["python", "bench/quality.py", *argv])}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        prog="bench/quality.py",
        description="Extraction quality (P/R/F1) of `kg extract` on CLUENER2020, People's "
                    "Daily NER and FinRE, run through the public CLI contract.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n"
               "  python bench/quality.py                      # all sets, full data\n"
               "  python bench/quality.py --limit 300 --sets cluener,finre --show-errors 5\n"
               "  python bench/quality.py --json > quality.json\n"
               "  python bench/quality.py --write-doc           # also rewrite docs/benchmarks.md")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR,
                        help=f"development data directory [default: {DEFAULT_DATA_DIR}]")
    parser.add_argument("--sets", default=",".join(ALL_SETS),
                        help="comma-separated subset of cluener,pd,finre [default: all]")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="use only the first N sentences of each set [default: all]")
    parser.add_argument("--workers", type=int, default=2, help="kg extract --workers [default: 2]")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--write-doc", action="store_true",
                        help="write (overwrite) the markdown report, docs/benchmarks.md")
    parser.add_argument("--doc-path", type=Path, default=DEFAULT_DOC,
                        help=f"where --write-doc writes [default: {DEFAULT_DOC}]")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE_DIR,
                        help=f"corpora and extractor outputs go to CACHE_DIR/quality "
                             f"[default: {DEFAULT_CACHE_DIR}]")
    parser.add_argument("--errors-file", type=Path, default=None,
                        help="error-pattern report [default: CACHE_DIR/quality-errors.txt]")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N",
                        help="also print the N most frequent error patterns per set")
    parser.add_argument("--reuse", action="store_true",
                        help="reuse cached extractor outputs when present (re-score only)")
    args = parser.parse_args(argv)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    bad = [s for s in sets if s not in ALL_SETS]
    if bad or not sets:
        parser.error(f"--sets: unknown set(s) {', '.join(bad) or '(none)'}; "
                     f"choose from {','.join(ALL_SETS)}")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be >= 1")
    if args.workers < 1:
        parser.error("--workers must be >= 1")
    args.set_list = sets
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; 0 when it ran, 1 on errors."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    meta = machine_meta(argv)
    cache = args.cache_dir / "quality"
    results: list[SetResult] = []
    try:
        for name in args.set_list:
            if not args.json:
                print(f"[{name}] running kg extract …", file=sys.stderr, flush=True)
            results.append(run_set(name, args.data, cache, args.limit, args.workers, args.reuse))
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    errors_file = args.errors_file or args.cache_dir / "quality-errors.txt"
    errors_file.parent.mkdir(parents=True, exist_ok=True)
    errors_file.write_text(
        f"# kg quality error patterns ({meta['date']}, commit {meta['commit']}, "
        f"command: {meta['command']})\n\n"
        + "\n\n".join(error_patterns(r, top=25, examples=5) for r in results) + "\n",
        encoding="utf-8")
    if args.json:
        print(json.dumps(to_json(results, meta), ensure_ascii=False, indent=2))
    else:
        print(f"kg extraction quality — {meta['date']}, commit {meta['commit']}, "
              f"{meta['platform']}, {meta['cpu_count']} CPUs")
        print(f"command: {meta['command']}\n")
        print(format_tables(results))
        if args.show_errors:
            for r in results:
                print(error_patterns(r, top=args.show_errors, examples=3) + "\n")
        print(f"error patterns with examples: {errors_file}")
    if args.write_doc:
        args.doc_path.parent.mkdir(parents=True, exist_ok=True)
        args.doc_path.write_text(format_markdown(results, meta), encoding="utf-8")
        if not args.json:
            print(f"wrote {args.doc_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
