#!/usr/bin/env python3
"""Speed and memory benchmark for ``kg build`` against ``jieba.posseg``.

This is a report, not a test: it always exits 0 when the measurements ran,
whether or not the targets hold, and exits non-zero only on errors (missing
data, a failing ``kg build``, ...).

What it does:

1. Generates (once, then caches under ``bench/.cache/``) a deterministic corpus
   of Chinese news pseudo-articles from the public development datasets in
   ``shared/data``: FinRE sentences (``<N>`` placeholders replaced by seeded
   random digits) and CLUENER2020 fragments, 20-40 sentences per article,
   written as JSONL ``{"id": "bench-000001", "text": ...}``.  Both datasets
   are far smaller than 5 MB once de-duplicated, so sentences are reused
   (each reuse gets fresh digits and a different neighbourhood).
2. Measures ``jieba.posseg`` throughput on the same texts (one
   ``list(jieba.posseg.cut(text))`` per article, jieba initialised first).
3. Runs ``python -m kg build CORPUS -o OUTDIR --store OUTDIR/store [extra args]``
   as a subprocess (a new, empty store each run, unless the extra args name
   ``--store`` or ``--no-store``), timing wall clock and sampling the RSS of the
   child process tree every 50 ms (sum over the tree, max over time).
4. Prints a table with the figures and whether the targets hold:
   ``kg build`` chars/s >= ``jieba.posseg`` chars/s, and peak RSS < 1.5 GB.

Sizes use SI units: 1 MB = 1,000,000 bytes, 1.5 GB = 1,500 MB.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_CACHE_DIR = Path(__file__).resolve().parent / ".cache"

DEFAULT_SIZE_MB = 5.5
QUICK_SIZE_MB = 0.5
DEFAULT_SEED = 20240601
#: Bump when the generator's output changes, so stale caches are not reused.
GENERATOR_VERSION = 3

MB = 1_000_000
RSS_LIMIT_BYTES = 1_500 * MB
POLL_INTERVAL_S = 0.05

MIN_SENTENCES, MAX_SENTENCES = 20, 40
SENTENCE_END = "。！？!?…”』」\"'）)"
TRAILING_JUNK = "，,、；;：: \t"
PLACEHOLDER = re.compile(r"<N>")


class BenchError(Exception):
    """An error that ends the benchmark with a one-line message and exit code 1."""


# --------------------------------------------------------------------------
# corpus generation
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusStats:
    """Size of a generated corpus."""

    path: str
    docs: int
    chars: int
    bytes: int  # UTF-8 bytes of the article texts (not of the JSONL framing)
    file_bytes: int


def read_finre_sentences(data_dir: Path) -> list[str]:
    """Return the de-duplicated sentence column of FinRE train+valid, in file order."""
    seen: dict[str, None] = {}
    for name in ("train.txt", "valid.txt"):
        path = data_dir / "finre" / name
        if not path.is_file():
            raise BenchError(f"missing dataset file {path} (see --data)")
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\r\n").split("\t")
                if len(parts) >= 4 and parts[3].strip():
                    seen.setdefault(parts[3].strip(), None)
    return list(seen)


def read_cluener_texts(data_dir: Path) -> list[str]:
    """Return the de-duplicated ``text`` fields of CLUENER2020 train, in file order."""
    path = data_dir / "cluener2020" / "train.json"
    if not path.is_file():
        raise BenchError(f"missing dataset file {path} (see --data)")
    seen: dict[str, None] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                text = json.loads(line)["text"]
            except (ValueError, KeyError, TypeError) as exc:
                raise BenchError(f"{path}:{lineno}: bad CLUENER record ({exc})") from exc
            if isinstance(text, str) and text.strip():
                seen.setdefault(text.strip(), None)
    return list(seen)


def fill_placeholders(sentence: str, rng: random.Random) -> str:
    """Replace every ``<N>`` by seeded random digits that fit the context.

    FinRE replaces numbers by ``<N>``, sometimes only part of one (``200<N>年``).
    Years, months, days and percentages get plausible values; a placeholder glued to other
    digits gets one digit; anything else gets 1-4 digits (no leading zero).
    """

    def digits(m: re.Match[str]) -> str:
        text, start, end = m.string, m.start(), m.end()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if before.isdigit() or before == ">" or after.isdigit():
            return str(rng.randint(0, 9))
        if after == "年":
            return str(rng.randint(1998, 2016))
        if after == "月":
            return str(rng.randint(1, 12))
        if after in ("日", "号"):
            return str(rng.randint(1, 28))
        if before == "." or after == "%":
            return str(rng.randint(1, 99))
        n = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
        return str(rng.randint(10 ** (n - 1), 10**n - 1))

    return PLACEHOLDER.sub(digits, sentence)


def as_sentence(fragment: str) -> str:
    """Give a fragment sentence-final punctuation (CLUENER fragments are often cut)."""
    fragment = fragment.rstrip(TRAILING_JUNK)
    if fragment and fragment[-1] not in SENTENCE_END:
        fragment += "。"
    return fragment


def iter_sentences(pool: Sequence[str], rng: random.Random) -> Iterator[str]:
    """Yield sentences from ``pool`` forever: one shuffled pass after another."""
    order = list(range(len(pool)))
    while True:
        rng.shuffle(order)
        for i in order:
            yield as_sentence(fill_placeholders(pool[i], rng))


def iter_articles(pool: Sequence[str], seed: int) -> Iterator[str]:
    """Yield pseudo-articles of 20-40 sentences, split into paragraphs of 3-8 sentences."""
    rng = random.Random(seed)
    sentences = iter_sentences(pool, rng)
    while True:
        remaining = rng.randint(MIN_SENTENCES, MAX_SENTENCES)
        paragraphs: list[str] = []
        while remaining > 0:
            n = min(remaining, rng.randint(3, 8))
            paragraphs.append("".join(next(sentences) for _ in range(n)))
            remaining -= n
        yield "\n".join(paragraphs)


def data_fingerprint(data_dir: Path) -> str:
    """A short hash of the input files' sizes, so a changed dataset invalidates the cache."""
    h = hashlib.sha256()
    for rel in ("finre/train.txt", "finre/valid.txt", "cluener2020/train.json"):
        path = data_dir / rel
        h.update(f"{rel}:{path.stat().st_size if path.exists() else -1};".encode())
    return h.hexdigest()[:8]


def corpus_stats(path: Path) -> CorpusStats:
    """Count docs, characters and UTF-8 bytes of the texts in a JSONL corpus."""
    docs = chars = nbytes = 0
    for text in iter_corpus_texts(path):
        docs += 1
        chars += len(text)
        nbytes += len(text.encode("utf-8"))
    return CorpusStats(str(path), docs, chars, nbytes, path.stat().st_size)


def iter_corpus_texts(path: Path) -> Iterator[str]:
    """Yield the ``text`` field of each line of a JSONL corpus."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)["text"]


def ensure_corpus(data_dir: Path, cache_dir: Path, size_mb: float, seed: int) -> Path:
    """Return the cached corpus of at least ``size_mb`` MB of text, generating it if needed."""
    if size_mb <= 0:
        raise BenchError(f"--size-mb must be positive, got {size_mb}")
    if not data_dir.is_dir():
        raise BenchError(f"data directory not found: {data_dir} (see --data)")
    name = (
        f"corpus-{size_mb:g}mb-seed{seed}-v{GENERATOR_VERSION}-{data_fingerprint(data_dir)}.jsonl"
    )
    path = cache_dir / name
    if path.is_file():
        log(f"using cached corpus {path}")
        return path

    log(f"generating {size_mb:g} MB corpus from {data_dir} ...")
    finre = read_finre_sentences(data_dir)
    cluener = read_cluener_texts(data_dir)
    pool = finre + cluener
    if not pool:
        raise BenchError(f"no sentences found under {data_dir}")
    log(f"  pool: {len(finre):,} FinRE sentences + {len(cluener):,} CLUENER texts")

    target = int(size_mb * MB)
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".corpus-", suffix=".tmp", dir=cache_dir)
    written = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for i, text in enumerate(iter_articles(pool, seed), 1):
                record = {"id": f"bench-{i:06d}", "text": text}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += len(text.encode("utf-8"))
                if written >= target:
                    break
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    log(f"  wrote {path}")
    return path


# --------------------------------------------------------------------------
# measurements
# --------------------------------------------------------------------------


@dataclass
class JiebaResult:
    """Throughput of ``jieba.posseg`` on the corpus."""

    seconds: float
    chars_per_s: float
    tokens: int
    init_seconds: float


@dataclass
class BuildResult:
    """Wall clock, throughput and memory of one ``kg build`` run."""

    command: list[str]
    seconds: float
    chars_per_s: float
    peak_rss_tree_mb: float
    ru_maxrss_mb: float
    cpu_seconds: float
    samples: int
    outdir: str
    log: str


def measure_jieba(texts: Sequence[str]) -> JiebaResult:
    """Time ``list(jieba.posseg.cut(text))`` over every article (after initialising jieba)."""
    import logging

    t0 = time.perf_counter()
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    list(jieba.posseg.cut("中国平安宣布增持招商银行股份。"))  # warm up posseg's tables
    init_seconds = time.perf_counter() - t0

    cut = jieba.posseg.cut
    tokens = 0
    t0 = time.perf_counter()
    for text in texts:
        tokens += len(list(cut(text)))
    seconds = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    return JiebaResult(seconds, chars / seconds if seconds > 0 else 0.0, tokens, init_seconds)


def tree_rss(proc: object) -> int:
    """Sum the RSS (bytes) of a psutil process and all its descendants; 0 if it is gone."""
    import psutil

    assert isinstance(proc, psutil.Process)
    total = 0
    try:
        members = [proc, *proc.children(recursive=True)]
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def maxrss_bytes(ru_maxrss: int) -> int:
    """Convert ``ru_maxrss`` to bytes (kilobytes on Linux, bytes on macOS)."""
    return ru_maxrss if sys.platform == "darwin" else ru_maxrss * 1024


def run_build(
    kg_command: list[str],
    corpus: Path,
    outdir: Path,
    extra: Sequence[str],
    chars: int,
    log_path: Path,
) -> BuildResult:
    """Run ``kg build`` in a subprocess, polling the RSS of its process tree every 50 ms."""
    try:
        import psutil
    except ImportError as exc:
        raise BenchError("psutil is required to measure RSS: pip install psutil") from exc

    command = [*kg_command, "build", str(corpus), "-o", str(outdir), *extra]
    log(f"running: {shlex.join(command)}")
    env = dict(os.environ)
    # Let `python -m kg` find the working tree even when kg is not installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = samples = 0
    with log_path.open("wb") as log_fh:
        t0 = time.perf_counter()
        try:
            child = subprocess.Popen(
                command,
                cwd=REPO_ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log_fh,
                stderr=subprocess.STDOUT,
            )
        except OSError as exc:
            raise BenchError(f"cannot start `{shlex.join(command)}`: {exc}") from exc
        try:
            proc = psutil.Process(child.pid)
            while child.poll() is None:
                peak = max(peak, tree_rss(proc))
                samples += 1
                time.sleep(POLL_INTERVAL_S)
        except psutil.NoSuchProcess:
            pass
        except KeyboardInterrupt:
            child.terminate()
            child.wait()
            raise
        returncode = child.wait()
        seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)

    if returncode != 0:
        raise BenchError(
            f"kg build failed (exit {returncode}): `{shlex.join(command)}`"
            f" -- {last_line(log_path)} [full log: {log_path}]"
        )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return BuildResult(
        command=command,
        seconds=seconds,
        chars_per_s=chars / seconds if seconds > 0 else 0.0,
        peak_rss_tree_mb=peak / MB,
        ru_maxrss_mb=maxrss_bytes(after.ru_maxrss) / MB,
        cpu_seconds=cpu,
        samples=samples,
        outdir=str(outdir),
        log=str(log_path),
    )


def last_line(path: Path) -> str:
    """Return the last non-blank line of a log file (for one-line error messages)."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return "(no log)"
    for line in reversed(lines):
        if line.strip():
            return line.strip()[:300]
    return "(no output)"


# --------------------------------------------------------------------------
# report
# --------------------------------------------------------------------------


@dataclass
class Report:
    """Everything the benchmark measured, as printed by ``--json``."""

    corpus: CorpusStats
    jieba: JiebaResult | None = None
    build: BuildResult | None = None
    ratio: float | None = None
    targets: dict[str, bool | None] = field(default_factory=dict)
    python: str = sys.version.split()[0]
    cpus: int | None = os.cpu_count()


def evaluate(report: Report) -> None:
    """Fill in the kg/jieba ratio and the target verdicts."""
    if report.jieba and report.build and report.jieba.chars_per_s > 0:
        report.ratio = report.build.chars_per_s / report.jieba.chars_per_s
    report.targets = {
        "speed_ge_jieba_posseg": (report.ratio >= 1.0) if report.ratio is not None else None,
        "peak_rss_lt_1.5GB": (
            report.build.peak_rss_tree_mb * MB < RSS_LIMIT_BYTES if report.build else None
        ),
    }


def verdict(ok: bool | None) -> str:
    """Render a target verdict."""
    return "n/a" if ok is None else ("yes" if ok else "NO")


def format_table(report: Report) -> str:
    """Render the report as a small two-column table."""
    c, j, b = report.corpus, report.jieba, report.build
    rows: list[tuple[str, str]] = [
        ("corpus", Path(c.path).name),
        ("corpus chars", f"{c.chars:,}"),
        ("corpus bytes (UTF-8 text)", f"{c.bytes:,} ({c.bytes / MB:.2f} MB)"),
        ("corpus docs", f"{c.docs:,}"),
    ]
    if j:
        rows += [
            ("jieba.posseg time", f"{j.seconds:.1f} s (+{j.init_seconds:.1f} s init)"),
            ("jieba.posseg chars/s", f"{j.chars_per_s:,.0f}"),
        ]
    if b:
        rows += [
            ("kg build wall time", f"{b.seconds:.1f} s (child CPU {b.cpu_seconds:.1f} s)"),
            ("kg build chars/s", f"{b.chars_per_s:,.0f}"),
            ("kg peak RSS, process tree", f"{b.peak_rss_tree_mb:,.0f} MB"),
            ("kg max RSS, single process", f"{b.ru_maxrss_mb:,.0f} MB (ru_maxrss)"),
        ]
    if report.ratio is not None:
        rows.append(("ratio kg / jieba.posseg", f"{report.ratio:.2f}x"))
    t = report.targets
    rows += [
        ("target: kg >= jieba.posseg", verdict(t.get("speed_ge_jieba_posseg"))),
        ("target: peak RSS < 1.5 GB", verdict(t.get("peak_rss_lt_1.5GB"))),
    ]
    width = max(len(k) for k, _ in rows)
    rule = "-" * (width + 2 + max(len(v) for _, v in rows))
    return "\n".join([rule, *(f"{k.ljust(width)}  {v}" for k, v in rows), rule])


def log(message: str) -> None:
    """Print a progress message to stderr."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """Return the command-line parser."""
    parser = argparse.ArgumentParser(
        prog="bench/speed.py",
        description=(
            "Benchmark `kg build` throughput and peak memory against jieba.posseg "
            "on a generated ~5.5 MB Chinese news corpus. Always exits 0 when the "
            "measurements ran (it is a report); exits 1 on errors."
        ),
        epilog=(
            "examples:\n"
            "  python bench/speed.py                       # 5.5 MB corpus, full run\n"
            "  python bench/speed.py --quick               # 0.5 MB smoke run\n"
            "  python bench/speed.py --json -- --workers 2 # pass --workers 2 to kg build\n"
            "  python bench/speed.py --skip-build          # corpus + jieba.posseg only"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA_DIR,
        metavar="DIR",
        help="shared dataset directory with finre/ and cluener2020/ (default: %(default)s)",
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument(
        "--size-mb",
        type=float,
        default=None,
        metavar="MB",
        help=f"corpus size in MB of UTF-8 text (default: {DEFAULT_SIZE_MB:g})",
    )
    size.add_argument(
        "--quick",
        action="store_true",
        help=f"smoke run on a {QUICK_SIZE_MB:g} MB corpus",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help="generator seed (default: %(default)s)",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=DEFAULT_CACHE_DIR,
        metavar="DIR",
        help="where corpora and build outputs go (default: bench/.cache)",
    )
    parser.add_argument(
        "--kg-command",
        default=f"{shlex.quote(sys.executable)} -m kg",
        metavar="CMD",
        help="command that runs kg (default: '%(default)s')",
    )
    parser.add_argument(
        "--keep-output",
        action="store_true",
        help="keep the kg build output directory instead of deleting it",
    )
    parser.add_argument("--skip-jieba", action="store_true", help="skip the jieba.posseg run")
    parser.add_argument("--skip-build", action="store_true", help="skip the kg build run")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument(
        "build_args",
        nargs=argparse.REMAINDER,
        metavar="-- KG_BUILD_ARGS",
        help="extra arguments passed to `kg build` (after a literal --)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the process exit code."""
    args = build_parser().parse_args(argv)
    extra = list(args.build_args)
    if extra and extra[0] == "--":
        extra = extra[1:]
    size_mb = QUICK_SIZE_MB if args.quick else (args.size_mb or DEFAULT_SIZE_MB)
    cache_dir: Path = args.cache_dir.resolve()

    try:
        corpus = ensure_corpus(args.data.resolve(), cache_dir, size_mb, args.seed)
        report = Report(corpus=corpus_stats(corpus))
        log(f"corpus: {report.corpus.docs:,} docs, {report.corpus.chars:,} chars")

        if not args.skip_jieba:
            log("measuring jieba.posseg ...")
            report.jieba = measure_jieba(list(iter_corpus_texts(corpus)))
            log(f"  jieba.posseg: {report.jieba.chars_per_s:,.0f} chars/s")

        if not args.skip_build:
            import shutil

            cache_dir.mkdir(parents=True, exist_ok=True)
            outdir = Path(tempfile.mkdtemp(prefix="build-", dir=cache_dir))
            log_path = outdir.with_name(outdir.name + ".log")
            if not any(a == "--no-store" or a.startswith("--store") for a in extra):
                extra = [*extra, "--store", str(outdir / "store")]  # fresh each run, not the repo's .kg/store
            try:
                report.build = run_build(
                    shlex.split(args.kg_command),
                    corpus,
                    outdir,
                    extra,
                    report.corpus.chars,
                    log_path,
                )
            finally:
                if not args.keep_output:
                    shutil.rmtree(outdir, ignore_errors=True)
            if not args.keep_output:
                log_path.unlink(missing_ok=True)
            log(f"  kg build: {report.build.chars_per_s:,.0f} chars/s")
    except BenchError as exc:
        print(f"bench/speed.py: error: {exc}", file=sys.stderr)
        return 1

    evaluate(report)
    print(format_table(report))
    if args.json:
        print(json.dumps(asdict(report), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
