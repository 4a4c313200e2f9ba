"""Entity resolution on hand-built candidates (no model needed)."""

from __future__ import annotations

import pytest

from kg.iris import entity_iri
from kg.nlp.lexicons import load_lexicons
from kg.nlp.relations import RelCand
from kg.nlp.tokens import AliasLink, Cand
from kg.resolve import merge_across, normalize_name, resolve_document
from kg.types import Extraction

LEX = load_lexicons(None)


def _span(text: str, form: str, nth: int = 0) -> tuple[int, int]:
    s = -1
    for _ in range(nth + 1):
        s = text.index(form, s + 1)
    return s, s + len(form)


def _cand(text: str, form: str, typ: str, nth: int = 0, source: str = "lac", score: float = 0.8) -> Cand:
    s, e = _span(text, form, nth)
    return Cand(s, e, form, typ, source, score)


def _resolve(text: str, specs, aliases=(), rels=(), doc_id: str = "d", base: str | None = None) -> Extraction:
    """``specs``: (form, type[, nth]); ``rels``: (head form, relation, tail form[, title]) in sentence 0."""
    cands = sorted((_cand(text, s[0], s[1], *(s[2:] or (0,))) for s in specs), key=lambda c: c.start)
    links = [AliasLink(_span(text, a), _span(text, b)) for a, b in aliases]
    rcs = []
    for r in rels:
        h, rel, t, *rest = r
        rcs.append(RelCand(_span(text, h), rel, _span(text, t), 0.8, (0, len(text)), rest[0] if rest else None))
    kw = {"base": base} if base else {}
    return resolve_document(doc_id, text, cands, links, rcs, LEX, **kw)


def _entity_of(x: Extraction, form: str):
    es = [e for e in x.entities if e.name == form or any(m.text == form for m in e.mentions)]
    assert len(es) == 1, (form, x.entities)
    return es[0]


# --- inside one document -----------------------------------------------------

IN_DOC_CASES = [
    # text, candidates, groups of forms that must be one entity, forms that must stay apart
    pytest.param(
        "小米发布了ＭＩＵＩ。MIUI用户很多,miui社区也很活跃。",
        [("小米", "Company"), ("ＭＩＵＩ", "Product"), ("MIUI", "Product"), ("miui", "Product")],
        [("ＭＩＵＩ", "MIUI", "miui")],
        [("小米", "MIUI")],
        id="width-and-case",
    ),
    pytest.param(
        "小米集团公布财报。小米表示营收增长。",
        [("小米集团", "Company"), ("小米", "Company")],
        [("小米集团", "小米")],
        [],
        id="legal-suffix-short",
    ),
    pytest.param(
        "美团点评发布公告。美团表示将继续投入。",
        [("美团点评", "Company"), ("美团", "Company")],
        [("美团点评", "美团")],
        [],
        id="abbreviation",
    ),
    pytest.param(
        "华为发布了华为云的新服务。",
        [("华为", "Company"), ("华为云", "Product")],
        [],
        [("华为", "华为云")],
        id="company-vs-product-head",
    ),
    pytest.param(
        "华为成立了华为研究院。",
        [("华为", "Company"), ("华为研究院", "Organization")],
        [],
        [("华为", "华为研究院")],
        id="company-vs-unit",
    ),
    pytest.param(
        "中信证券和中信银行都属于中信。",
        [("中信证券", "Company"), ("中信银行", "Company"), ("中信", "Company")],
        [],
        [("中信", "中信证券"), ("中信", "中信银行"), ("中信证券", "中信银行")],
        id="ambiguous-short-stays-apart",
    ),
    pytest.param(
        "比亚迪与比亚迪股份有限公司是同一家公司。",
        [("比亚迪", "Company"), ("比亚迪股份有限公司", "Company")],
        [("比亚迪", "比亚迪股份有限公司")],
        [],
        id="full-legal-name",
    ),
]


@pytest.mark.parametrize("text, specs, same, apart", IN_DOC_CASES)
def test_resolve_document_merging(text, specs, same, apart):
    x = _resolve(text, specs)
    for group in same:
        names = {_entity_of(x, f).name for f in group}
        assert len(names) == 1, f"{group} should be one entity: {x.entities}"
    for a, b in apart:
        assert _entity_of(x, a).name != _entity_of(x, b).name, f"{a} and {b} merged"
    for e in x.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_resolve_alias_link_makes_one_entity():
    text = "京东方副总裁刘晓东(花名东哥)表示,东哥将负责新产线。"
    x = _resolve(
        text,
        [("京东方", "Company"), ("刘晓东", "Person"), ("东哥", "Person"), ("东哥", "Person", 1)],
        aliases=[("刘晓东", "东哥")],
    )
    person = _entity_of(x, "刘晓东")
    assert person is _entity_of(x, "东哥")
    assert person.name == "刘晓东"
    assert person.aliases == ("东哥",)
    assert len(person.mentions) == 3


def test_resolve_iris_deterministic():
    text = "小米与京东方达成战略合作。小米集团表示满意。"
    specs = [("小米", "Company"), ("京东方", "Company"), ("小米集团", "Company")]
    a = _resolve(text, specs)
    b = _resolve(text, specs)
    assert a == b
    for e in a.entities:
        assert e.iri == entity_iri(normalize_name(e.name))
    other = _resolve(text, specs, base="http://example.com/kg")
    assert [e.iri for e in other.entities] == [entity_iri(normalize_name(e.name), "http://example.com/kg/") for e in a.entities]
    assert all(iri.isascii() for iri in (e.iri for e in a.entities))


# --- relations inside one document -------------------------------------------


def test_resolve_partner_of_deduped_symmetrically():
    text = "小米与京东方达成战略合作。京东方和小米签署了协议。"
    cands = sorted(
        [_cand(text, "小米", "Company"), _cand(text, "京东方", "Company"), _cand(text, "京东方", "Company", 1), _cand(text, "小米", "Company", 1)],
        key=lambda c: c.start,
    )
    s1 = (0, text.index("。") + 1)
    s2 = (s1[1], len(text))
    rels = [
        RelCand(_span(text, "小米"), "partnerOf", _span(text, "京东方"), 0.7, s1),
        RelCand(_span(text, "京东方", 1), "partnerOf", _span(text, "小米", 1), 0.9, s2),
    ]
    x = resolve_document("d", text, cands, [], rels, LEX)
    partners = [r for r in x.relations if r.relation == "partnerOf"]
    assert len(partners) == 1, partners
    assert {partners[0].head, partners[0].tail} == {"小米", "京东方"}
    assert partners[0].confidence == 0.9
    ev = partners[0].evidence
    assert ev.text == text[ev.start : ev.end] == text[s2[0] : s2[1]]


LEADS_CASES = [
    pytest.param(
        "小米集团董事长雷军表示,雷军也是小米的董事。",
        [("小米集团", "Company"), ("雷军", "Person"), ("雷军", "Person", 1), ("小米", "Company", 1)],
        [("雷军", "leads", "小米集团", "董事长"), ("雷军", "holdsPosition", "小米", "董事")],
        {("雷军", "leads", "小米")},
        id="after-short-full-merge",
    ),
    pytest.param(
        "美团CEO王兴兼任美团董事。",
        [("美团", "Company"), ("王兴", "Person"), ("美团", "Company", 1)],
        [("王兴", "holdsPosition", "美团", "董事"), ("王兴", "leads", "美团", "CEO")],
        {("王兴", "leads", "美团")},
        id="same-span",
    ),
    pytest.param(
        "雷军是小米董事长,也是金山软件董事。",
        [("雷军", "Person"), ("小米", "Company"), ("金山软件", "Company")],
        [("雷军", "leads", "小米", "董事长"), ("雷军", "holdsPosition", "金山软件", "董事")],
        {("雷军", "leads", "小米"), ("雷军", "holdsPosition", "金山软件")},
        id="other-pair-kept",
    ),
]


@pytest.mark.parametrize("text, specs, rels, expected", LEADS_CASES)
def test_resolve_leads_supersedes_holds_position(text, specs, rels, expected):
    x = _resolve(text, specs, rels=rels)
    got = {(r.head, r.relation, _entity_of(x, r.tail).name) for r in x.relations}
    want = {(h, rel, _entity_of(x, t).name) for h, rel, t in expected}
    assert got == want, x.relations
    for r in x.relations:
        assert r.title


# --- across documents --------------------------------------------------------


def _doc(doc_id: str, text: str, specs) -> Extraction:
    return _resolve(text, specs, doc_id=doc_id)


ACROSS_CASES = [
    # docs as (text, specs); groups of (doc index, form) that must get one name and IRI; pairs that must not
    pytest.param(
        [("小米发布了新机。", [("小米", "Company")]), ("小米集团公布了财报。", [("小米集团", "Company")])],
        [((0, "小米"), (1, "小米集团"))],
        [],
        id="short-and-legal-full",
    ),
    pytest.param(
        [("美团上线了新功能。", [("美团", "Company")]), ("美团点评发布了公告。", [("美团点评", "Company")])],
        [((0, "美团"), (1, "美团点评"))],
        [],
        id="abbreviation",
    ),
    pytest.param(
        [
            ("中信发布了公告。", [("中信", "Company")]),
            ("中信证券发布了研报。", [("中信证券", "Company")]),
            ("中信银行发布了年报。", [("中信银行", "Company")]),
        ],
        [],
        [((0, "中信"), (1, "中信证券")), ((0, "中信"), (2, "中信银行")), ((1, "中信证券"), (2, "中信银行"))],
        id="ambiguous-short-stays-apart",
    ),
    pytest.param(
        [("华为发布了新机。", [("华为", "Company")]), ("华为云推出了新服务。", [("华为云", "Product")])],
        [],
        [((0, "华为"), (1, "华为云"))],
        id="company-vs-product",
    ),
    pytest.param(
        [("京东方发布了新屏幕。", [("京东方", "Company")]), ("京东方与小米合作。", [("京东方", "Company"), ("小米", "Company")])],
        [((0, "京东方"), (1, "京东方"))],
        [((1, "京东方"), (1, "小米"))],
        id="same-name",
    ),
    pytest.param(
        [("小米发布了ＭＩＵＩ。", [("小米", "Company"), ("ＭＩＵＩ", "Product")]), ("MIUI用户很多。", [("MIUI", "Product")])],
        [((0, "ＭＩＵＩ"), (1, "MIUI"))],
        [],
        id="width-variants",
    ),
]


@pytest.mark.parametrize("docs, same, apart", ACROSS_CASES)
def test_resolve_merge_across(docs, same, apart):
    exts = [_doc(f"d{i}", text, specs) for i, (text, specs) in enumerate(docs)]
    merged = merge_across(exts, LEX)
    assert [x.doc_id for x in merged] == [x.doc_id for x in exts]
    again = merge_across([_doc(f"d{i}", text, specs) for i, (text, specs) in enumerate(docs)], LEX)
    assert merged == again

    def ent(ref):
        i, form = ref
        return _entity_of(merged[i], form)

    for a, b in same:
        ea, eb = ent(a), ent(b)
        assert (ea.name, ea.iri) == (eb.name, eb.iri), f"{a} / {b}: {ea} vs {eb}"
    for a, b in apart:
        assert ent(a).iri != ent(b).iri, f"{a} / {b} merged"
    for x in merged:
        for e in x.entities:
            assert e.iri == entity_iri(normalize_name(e.name))


def test_resolve_merge_across_keeps_relations_consistent():
    text1 = "小米集团与京东方达成战略合作。"
    x1 = _resolve(text1, [("小米集团", "Company"), ("京东方", "Company")], rels=[("小米集团", "partnerOf", "京东方")], doc_id="d1")
    x2 = _doc("d2", "小米发布了新机。", [("小米", "Company")])
    m1, m2 = merge_across([x1, x2], LEX)
    names1 = {e.name for e in m1.entities}
    for r in m1.relations:
        assert r.head in names1 and r.tail in names1
    assert _entity_of(m1, "小米集团").iri == _entity_of(m2, "小米").iri


def test_resolve_a_legal_form_makes_the_entity_a_company(extract):
    # the short form alone may be called an organisation; the full legal name settles it
    x = extract("宁波星拓精工股份有限公司（下称“星拓精工”）公告称，星拓精工拟收购寿精机。星拓精工表示，星拓精工将推进整合。"
                "星拓精工董事长表示看好。")
    found = [e for e in x.entities if e.name == "宁波星拓精工股份有限公司"]
    assert found and found[0].type == "Company", [(e.name, e.type) for e in x.entities]


def test_resolve_latin_firm_named_without_its_ending(extract):
    # a mention whose name differs from its text (KTX集团 -> KTX) joins the other forms, and nothing fails
    x = extract("据了解，星海前三季度净利润下降，原因为KTX集团转让低压电器业务的收益，KTX表示将继续转型。")
    found = [e for e in x.entities if e.name == "KTX"]
    assert found and {m.text for m in found[0].mentions} >= {"KTX集团"}, [(e.name, e.mentions) for e in x.entities]


@pytest.mark.parametrize("short, full, same", [
    ("Apex", "Apex Robotics Inc.", True),
    ("apex", "apexroboticsinc.", True),  # as resolution keys fold them
    ("Norvane", "Norvane Therapeutics, Inc.", True),
    ("Apex", "Apex Cloud", False),  # a unit of Apex, not its full name
    ("Apex", "Apexa Group", False),
    ("Apex", "Apex", False),
])
def test_resolve_latin_short_form(short, full, same):
    from kg.nlp.tokens import latin_short_form

    assert latin_short_form(short, full) is same
