"""Spaces between Chinese and Latin letters or digits (kg.spacing): read without them, offsets as written."""

from __future__ import annotations

from kg.spacing import collapse, to_original
from kg.types import Entity, Evidence, Extraction, Mention, Relation


def test_spacing_collapse_drops_only_spaces_between_chinese_and_latin_or_digits():
    text = "岫星今晚推出岫星 X30 Pro 手机，预约量已突破 120 万。Pad Air 5 也来了"
    spaced = collapse(text)
    assert spaced is not None
    assert spaced.view == "岫星今晚推出岫星X30 Pro手机，预约量已突破120万。Pad Air 5也来了"
    # every character of the view is the character of the text it came from
    assert all(text[o] == ch for ch, o in zip(spaced.view, spaced.origin, strict=True))


def test_spacing_none_when_there_is_nothing_to_collapse():
    assert collapse("岫澜科技投资了峤云软件。") is None
    assert collapse("Pad Air 5 and Watch S5") is None  # (Latin words keep their spaces)


def test_spacing_offsets_map_back_with_the_spaces_inside():
    text = "推出岫星 X30 系列，售价 4999 元起，9 月开售。"
    spaced = collapse(text)
    s = spaced.view.index("岫星X30")
    start, end = spaced.span(s, s + len("岫星X30"))
    assert text[start:end] == "岫星 X30"


def test_spacing_records_point_into_the_text_as_written():
    text = "岫星今晚推出岫星 X30 手机，售价 4999 元。"
    spaced = collapse(text)
    s = spaced.view.index("岫星X30")
    m = Mention("岫星X30", s, s + 5)
    firm = Mention("岫星", 0, 2)
    v = len(spaced.view)
    x = Extraction("d", (Entity("岫星X30", "Product", "iri:p", ("岫星X30",), (m,)), Entity("岫星", "Company", "iri:c", (), (firm,))),
                   (Relation("岫星", "launched", "岫星X30", 0.8, Evidence(spaced.view, 0, v)),))
    y = to_original(x, text, spaced)
    product = y.entities[0]
    assert product.name == "岫星 X30" and product.iri == "iri:p"
    assert all(text[m.start : m.end] == m.text for e in y.entities for m in e.mentions)
    r = y.relations[0]
    assert (r.head, r.tail) == ("岫星", "岫星 X30") and text[r.evidence.start : r.evidence.end] == r.evidence.text
    assert r.evidence == Evidence(text, 0, len(text))


def test_spacing_extraction_of_a_spaced_text(extract):
    text = "据悉，Vauclix 与岫星科技于 2023 年签署了为期五年的战略合作协议。岫星科技今晚推出岫星 X30 Pro 手机。"
    x = extract(text)
    assert any(r.relation == "partnerOf" and {r.head, r.tail} == {"Vauclix", "岫星科技"} for r in x.relations), x
    names = {e.name for e in x.entities}
    assert "岫星 X30 Pro" in names, names
    for e in x.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
    for r in x.relations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text
        assert r.head in names and r.tail in names


def test_spacing_same_entity_with_and_without_spaces_has_one_iri(extract):
    a = extract("岫星科技今晚推出岫星 X30 Pro 手机。")
    b = extract("岫星科技今晚推出岫星X30 Pro手机。")
    iri = {e.iri for e in a.entities if e.type == "Product"}
    assert iri and iri == {e.iri for e in b.entities if e.type == "Product"}


def test_spacing_keeps_a_headlines_pauses_and_spaces_beside_english_words():
    # a line with no sentence in it is a headline: its spaces are pauses (发布 X30 周澜：…)
    text = "岫星科技发布 X30 周澜：明年将进军欧洲 15 国\n岫星今晚推出岫星 X30 手机，售价 4999 元，9 月开售。"
    spaced = collapse(text)
    assert spaced is not None and spaced.view.startswith("岫星科技发布 X30 周澜：明年将进军欧洲 15 国\n岫星今晚推出岫星X30手机")
    # an English word in lower case keeps its spaces (… of 珩光科技 will …)
    text = "Qorvane 发布声明称：“The acquisition of 珩光科技 will help.”交易金额为 12 亿美元，约 86 亿元。"
    spaced = collapse(text)
    assert spaced is not None and "of 珩光科技 will" in spaced.view and "Qorvane发布" in spaced.view


def test_spacing_a_spaced_headline_gives_no_glued_name(extract):
    x = extract("岫星科技发布 X30 周澜：明年将进军欧洲 15 国\n岫星今晚推出岫星 X30 手机，售价 4999 元，9 月开售。")
    assert not [e for e in x.entities if "周澜" in e.name and e.type != "Person"], x.entities
