"""Repairs of LAC's words (kg.nlp.words) that entities and relations both read."""

from __future__ import annotations

from kg.nlp.words import repair_words


def test_a_market_glued_to_a_trade_is_split(lac_words):
    text = "甲通过澜川证券交易所交易系统增持公司股份。"
    words = lac_words(text, [("甲", "PER"), ("通过", "p"), ("澜川证券交易所交易系统增持", "ORG"), ("公司", "n"), ("股份", "n"), ("。", "w")])
    got = [(t.text, t.tag) for t in repair_words(text, words)]
    assert got == [("甲", "PER"), ("通过", "p"), ("澜川证券交易所", "ORG"), ("交易系统", "n"), ("增持", "v"), ("公司", "n"),
                   ("股份", "n"), ("。", "w")]
    assert all(text[t.start : t.end] == t.text for t in repair_words(text, words))


def test_a_market_and_a_manner_then_the_trade(lac_words):
    text = "岫峤证券交易所集中竞价方式减持"
    (t,) = lac_words(text, [(text, "ORG")])
    assert [(x.text, x.tag) for x in repair_words(text, [t])] == [("岫峤证券交易所", "ORG"), ("集中竞价方式", "n"), ("减持", "v")]


def test_other_words_are_kept(lac_words):
    text = "岫澜交易所宣布增持计划。"
    words = lac_words(text, [("岫澜交易所", "ORG"), ("宣布", "v"), ("增持", "v"), ("计划", "n"), ("。", "w")])
    assert repair_words(text, words) == words
    text = "澜川证券交易所"  # (a market alone: as LAC read it)
    words = lac_words(text, [(text, "ORG")])
    assert repair_words(text, words) == words


def test_a_market_glued_to_its_trading_system_only(lac_words):
    text = "澜川证券交易所交易系统增持"
    words = lac_words(text, [("澜川证券交易所交易系统", "ORG"), ("增持", "v")])
    assert [(x.text, x.tag) for x in repair_words(text, words)] == [("澜川证券交易所", "ORG"), ("交易系统", "n"), ("增持", "v")]
