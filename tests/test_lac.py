"""The batched LAC tagger: exact offsets, batch invariance, long inputs."""

from __future__ import annotations

import pytest

from kg.nlp.lac import LacTagger

SENTENCES = [
    "小米集团董事长兼CEO雷军表示,今年将加大研发投入。",
    "红杉中国投资了美团、拼多多和快手等公司。",
    "宁德时代(CATL)与比亚迪签署了战略合作协议。",
    "美团上线了“拼好饭”,用户反响热烈!",
    "2023年,华为发力高端手机,万众期待的新机Mate60终于亮相。",
    "  京东方 在合肥\t新建了一条产线。\n",
    "网易",
    "",
]


@pytest.fixture(scope="module")
def tagger() -> LacTagger:
    return LacTagger()


def _words(text: str, toks) -> list[str]:
    return [text[s:e] for s, e, _ in toks]


def _check_cover(text: str, toks) -> None:
    assert "".join(_words(text, toks)) == text
    pos = 0
    for s, e, tag in toks:
        assert s == pos and e > s, (s, e, pos)
        assert isinstance(tag, str) and tag
        pos = e
    assert pos == len(text)


@pytest.mark.parametrize("text", SENTENCES, ids=[f"s{i}" for i in range(len(SENTENCES))])
def test_lac_offsets_cover_text(tagger, text):
    (toks,) = tagger.tag([text])
    _check_cover(text, toks)


@pytest.mark.parametrize("batch_chars", [6000, 40, 1], ids=["one-call", "small-batches", "one-per-call"])
def test_lac_batched_equals_single(tagger, batch_chars):
    batched = LacTagger(batch_chars=batch_chars).tag(SENTENCES)
    assert len(batched) == len(SENTENCES)
    for text, toks in zip(SENTENCES, batched):
        _check_cover(text, toks)
        single = tagger.tag([text])[0]
        strip = lambda ts: [(s, e, t) for s, e, t in ts if text[s:e].strip()]  # noqa: E731
        assert strip(toks) == strip(single), text


def test_lac_batch_order_independent(tagger):
    fwd = tagger.tag(SENTENCES)
    rev = tagger.tag(SENTENCES[::-1])[::-1]
    assert fwd == rev


LONG_CASES = [
    pytest.param("小米集团董事长雷军在北京发布了新产品。" * 30, id="repeated-sentences"),
    pytest.param(("宁德时代与比亚迪在合肥签署了战略合作协议" + "，") * 25 + "雷军表示支持。", id="one-long-sentence"),
]


@pytest.mark.parametrize("text", LONG_CASES)
def test_lac_long_text(tagger, text):
    assert len(text) > 256
    (toks,) = tagger.tag([text])
    _check_cover(text, toks)
    # names far past the first 256 characters are still tagged
    late = [(text[s:e], t) for s, e, t in toks if s > 300]
    assert ("雷军", "PER") in late, late[:20]


def test_lac_long_text_no_word_cut_at_chunk_boundary(tagger):
    # a person name straddling character 256 (LAC's chunk length) must stay one word
    text = "小米在北京发布了新产品。" * 21 + "据悉，" + "雷军表示很满意。"
    i = text.index("雷军")
    assert i == 255
    (toks,) = tagger.tag([text])
    _check_cover(text, toks)
    assert any(s <= i and i + 2 <= e for s, e, _ in toks), [(text[s:e], t) for s, e, t in toks if s >= i - 4 and e <= i + 6]


WIDTH_CASES = [
    pytest.param("小米发布了ＭＩＵＩ的新版本。", "小米发布了MIUI的新版本。", id="fullwidth-latin"),
    pytest.param("华为推出了ＨａｒｍｏｎｙＯＳ系统。", "华为推出了HarmonyOS系统。", id="fullwidth-mixed-case"),
    pytest.param("京东方２０２３年营收增长。", "京东方2023年营收增长。", id="fullwidth-digits"),
]


@pytest.mark.parametrize("full, half", WIDTH_CASES)
def test_lac_width_invariant(tagger, full, half):
    # LAC folds full-width to half-width forms (q2b.dic), so both spellings get the same words
    assert len(full) == len(half)
    a, b = tagger.tag([full, half])
    assert a == b


def _reference_viterbi(emissions, trans, length):
    """Textbook Viterbi for one row (first index wins ties, as numpy's argmax)."""
    import numpy as np

    if length == 0:
        return []
    em = emissions[:length]
    dp = em[0].copy()
    back = []
    for t in range(1, length):
        scores = dp[:, None] + trans  # [from, to]
        bp = scores.argmax(axis=0)
        back.append(bp)
        dp = scores[bp, np.arange(len(dp))] + em[t]
    path = [int(dp.argmax())]
    for bp in reversed(back):
        path.append(int(bp[path[-1]]))
    return path[::-1]


@pytest.mark.parametrize("spread", [0.0, 0.05, 1.0, 6.0], ids=["all-tied", "close", "typical", "wide"])
def test_viterbi_matches_the_textbook_decoder(tagger, spread):
    import numpy as np

    from kg.nlp.lac import _viterbi

    rng = np.random.default_rng(7)
    trans = tagger._trans
    k = trans.shape[0]
    lengths = np.array([1, 17, 3, 40, 40, 9, 2, 33], dtype=np.int64)
    emissions = (rng.standard_normal((len(lengths), int(lengths.max()), k)) * spread).astype(np.float32)
    emissions[:, :, 5] += spread  # one tag often ahead, others bunched: exercises the shortlist and the fallback
    paths = _viterbi(emissions, trans, lengths)
    for row, n in enumerate(lengths):
        assert paths[row, :n].tolist() == _reference_viterbi(emissions[row], trans, int(n)), row


def test_a_sentence_is_tagged_the_same_whatever_its_batch(tagger):
    """The encoder ignores the ``length`` input, so padding would reach a short
    row's backward pass: rows of one call must never be padded. Before this was
    kept, three sentences of the seed article got other words in a batch than
    alone."""
    from pathlib import Path

    from kg.nlp.sentences import split_sentences

    (seed,) = (Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")
    text = seed.read_text(encoding="utf-8")
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert len(sentences) > 50
    together = LacTagger(batch_chars=4000).tag(sentences)
    assert together == [tagger.tag([s])[0] for s in sentences]
    assert LacTagger(batch_chars=300).tag(sentences[::-1])[::-1] == together


def test_the_rows_of_one_model_call_are_never_padded(tagger):
    texts = ["星海科技发布了新手机。", "云途软件", "蓝鲸网络与北辰资本签署了合作协议。", "云途软件", "甲"]
    pieces = [(i, 0, len(t)) for i, t in enumerate(texts)]
    order = sorted(range(len(pieces)), key=lambda k: pieces[k][2] - pieces[k][1])
    batches = list(LacTagger(batch_chars=4000)._batches(order, pieces))
    assert sorted(k for b in batches for k in b) == list(range(len(texts)))
    for b in batches:
        assert len({len(texts[k]) for k in b}) == 1, b


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_viterbi_over_many_rows_of_any_length(tagger, seed):
    """Stretches of close tags next to fixed ones, at row starts and ends, in empty and one-character rows."""
    import numpy as np

    from kg.nlp.lac import _viterbi

    rng = np.random.default_rng(seed)
    trans = tagger._trans
    k = trans.shape[0]
    lengths = rng.integers(0, 30, size=120)
    emissions = (rng.standard_normal((len(lengths), int(lengths.max()), k)) * 0.3).astype(np.float32)
    emissions[:, :, 3] += rng.choice([0.0, 2.0], size=emissions.shape[:2]).astype(np.float32)  # fixed here, close there
    paths = _viterbi(emissions, trans, lengths)
    for row, n in enumerate(lengths):
        assert paths[row, :n].tolist() == _reference_viterbi(emissions[row], trans, int(n)), row


@pytest.mark.parametrize("text, marks", [
    ("澄观财经首发｜具身智能公司「岚川智能」完成B轮融资", "｜|丨"), ("文丨澄悦 编辑丨岑澄", "｜|丨"), ("A|B两款产品", "｜|丨"),
    # LAC glues some clause end marks to the word before (L60。/m, War3。/nz)
    ("岫峤汽车发布了乐屿L60。", "。！？；，、"), ("累计销量达2.5万。", "。！？；，、"), ("据悉，War3。bet365、澜峤", "。！？；，、"),
])
def test_lac_bars_and_end_marks_are_words_of_their_own(tagger, text, marks):
    (toks,) = tagger.tag([text])
    _check_cover(text, toks)
    for a, b, tag in toks:
        if any(ch in marks for ch in text[a:b]):
            assert set(text[a:b]) <= set(marks) and tag == "w", (text[a:b], tag)
            assert marks != "。！？；，、" or b - a == 1, text[a:b]  # (an end mark stands alone; bars may run together)
