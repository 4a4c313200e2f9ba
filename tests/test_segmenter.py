"""kg.nlp.segmenter: jieba's words from jieba-rs, identical to Python jieba's."""

from __future__ import annotations

import json
from pathlib import Path

import jieba
import pytest

from kg.nlp import make_nlp
from kg.nlp.segmenter import JiebaSegmenter, dictionary_words

pytest.importorskip("rjieba", reason="rjieba (jieba-rs) is not installed; Python jieba segments alone")

SEED = Path(__file__).resolve().parents[1] / "seeds"

CASES = [
    "星海科技宣布完成新一轮融资，由云途软件领投。",
    "OK.Nirvana战队在7-135的比分中落后,AT&T与Yahoo!的合作--暂停....",
    "增长3.5%,市值达到1,200亿元;iPhone 15 Pro于9月发布。",
    "第一行\r\n第二行\n\n  两个空格\t制表符　全角空格",
    "ＡＢＣ公司的ＣＥＯ张三表示：“我们将继续投入ＡＩ。”",
    "##话题## 2024-01-01 v1.2.3 C++ C# .NET e-mail",
    "",
    # characters jieba-rs counts as Chinese and Python jieba does not
    "㐀㐁中国人民银行",
    "𠀀𠀁公司发布公告",
    "䶮䶮和豈更中的研究",
    "鿖鿗研究院成立",
    "A股和H股同时上市，😀表情",
]


def _python_jieba(text: str) -> list[str]:
    return [w for w in jieba.cut(text, cut_all=False) if w]


@pytest.mark.parametrize("text", CASES)
def test_segmenter_gives_python_jiebas_words(text: str) -> None:
    seg = JiebaSegmenter()
    assert [w for w in seg.cut(text, cut_all=False) if w] == _python_jieba(text)


def test_segmenter_gives_python_jiebas_words_on_the_seed_and_the_test_documents() -> None:
    seg = JiebaSegmenter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt"))]
    data = Path(__file__).resolve().parent / "data"
    for p in sorted(data.rglob("*.jsonl")):
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                texts.append(json.loads(line)["text"])
            except (ValueError, KeyError, TypeError):
                continue
    assert texts
    for text in texts:
        assert list(seg.cut(text)) == _python_jieba(text)


def test_segmenter_passes_other_modes_to_python_jieba() -> None:
    seg = JiebaSegmenter()
    text = "中华人民共和国成立"
    assert list(seg.cut(text, cut_all=True)) == list(jieba.cut(text, cut_all=True))
    assert list(seg.cut(text, HMM=False)) == list(jieba.cut(text, HMM=False))


def test_segmenter_is_the_pipelines_jieba() -> None:
    nlp = make_nlp(gazetteer=None)
    assert isinstance(nlp.tokenizer.jieba_seg, JiebaSegmenter)
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == "jieba"
    text = "云途软件的首席执行官李明宣布,公司收购了星海科技。"
    assert [t.text for t in nlp.make_doc(text)] == _python_jieba(text)


def test_segmenter_gives_python_jiebas_words_on_random_mixed_script_text() -> None:
    import random

    pool = list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法"
                "ABCxyz0129.-_%#&+@ \t\n\r　，。！？、（）【】ＡＢＣ１２３ａｂ《》“”…—ー아한あいアイ㐀㐁䶮豈更鿖鿗😀é股") + ["𠀀", "𠀁"]
    rng = random.Random(7)
    seg = JiebaSegmenter()
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))
        assert list(seg.cut(text)) == _python_jieba(text), text


# ---- dictionary_words: jieba.lcut(text, HMM=False), the dictionary's words that kg.nlp.entities reads


@pytest.mark.parametrize("text", CASES + ["德国生物技术公司", "英国必发公司", "西门子公司", "星海科技AI芯片7-135", "Wi-Fi 7路由器", "M&A交易"])
def test_dictionary_words_are_python_jiebas_words_without_hmm(text: str) -> None:
    assert dictionary_words(text) == jieba.lcut(text, HMM=False)


def test_dictionary_words_are_python_jiebas_on_random_mixed_script_text() -> None:
    import random

    pool = list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法"
                "德生物技术公司科股份集团智能汽车云端数据"
                "ABCxyz0129.-_%#&+@ \t\n\r　，。！？、（）【】ＡＢＣ１２３ａｂ《》“”…—ー아한あいアイ㐀㐁䶮豈更鿖鿗😀é股") + ["𠀀", "𠀁"]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 30)))
        assert dictionary_words(text) == jieba.lcut(text, HMM=False), text
