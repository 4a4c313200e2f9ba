"""Relation extraction over hand-written business-news sentences.

Expected facts follow the relation vocabulary of the gold README
(/work/shared/gold/README.md): direction head -> tail, ``leads`` for top titles,
``holdsPosition`` for deputies and other roles (with the title text), names
matched by canonical name or by any mention text of the entity.
"""

from __future__ import annotations

import pytest

from kg.types import Entity, Extraction, Relation

# --- helpers ----------------------------------------------------------------


def _entities_named(x: Extraction, name: str) -> list[Entity]:
    """Entities whose canonical name, an alias or a mention text equals ``name``."""
    return [e for e in x.entities if e.name == name or name in e.aliases or any(m.text == name for m in e.mentions)]


def _find(x: Extraction, head: str, rel: str, tail: str) -> list[Relation]:
    heads = {e.name for e in _entities_named(x, head)}
    tails = {e.name for e in _entities_named(x, tail)}
    out = [r for r in x.relations if r.relation == rel and r.head in heads and r.tail in tails]
    if rel == "partnerOf":  # symmetric
        out += [r for r in x.relations if r.relation == rel and r.head in tails and r.tail in heads]
    return out


def _show(x: Extraction) -> str:
    ents = ", ".join(f"{e.name}/{e.type}" for e in x.entities)
    rels = "; ".join(f"{r.head} -{r.relation}{'[' + r.title + ']' if r.title else ''}-> {r.tail} ({r.confidence})" for r in x.relations)
    return f"entities: {ents}\nrelations: {rels}"


def _check_facts(x: Extraction, facts, not_facts) -> None:  # noqa: ANN001 (lists of (head, relation, tail))
    """Every fact of ``facts`` is found and none of ``not_facts``."""
    for f in facts:
        _assert_fact(x, *f)
    for f in not_facts:
        assert not _find(x, *f), _show(x)


def _assert_fact(x: Extraction, head: str, rel: str, tail: str, title: str | None = None) -> Relation:
    found = _find(x, head, rel, tail)
    assert found, f"missing {head} -{rel}-> {tail}\n{_show(x)}"
    if title is not None:
        assert any(r.title == title for r in found), f"{head} -{rel}-> {tail}: title {[r.title for r in found]} != {title!r}\n{_show(x)}"
        return next(r for r in found if r.title == title)
    return found[0]


def _type_of(x: Extraction, name: str) -> set[str]:
    return {e.type for e in _entities_named(x, name)}


# --- coordinated and plain objects -------------------------------------------

INVEST_CASES = [
    pytest.param(
        "红杉中国投资了美团、拼多多和快手等公司。",
        "红杉中国",
        ["美团", "拼多多", "快手"],
        id="list-dun-he-deng",
    ),
    pytest.param(
        "高瓴资本先后投资了京东方、宁德时代和比亚迪。",
        "高瓴资本",
        ["京东方", "宁德时代", "比亚迪"],
        id="list-dun-he",
    ),
    pytest.param(
        "小米集团投资了石头科技、云米科技、华米科技等生态链企业。",
        "小米集团",
        ["石头科技", "云米科技", "华米科技"],
        id="list-suffix-names",
    ),
    pytest.param("高瓴资本入股了宁德时代。", "高瓴资本", ["宁德时代"], id="rugu"),
    pytest.param("红杉中国领投了理想汽车的新一轮融资。", "红杉中国", ["理想汽车"], id="lingtou-round"),
    pytest.param("去年,小米增持了京东方的股份。", "小米", ["京东方"], id="zengchi"),
]


@pytest.mark.parametrize("text, head, tails", INVEST_CASES)
def test_relations_coordinated_objects(extract, text, head, tails):
    x = extract(text)
    for tail in tails:
        _assert_fact(x, head, "investedIn", tail)
        assert "Company" in _type_of(x, tail), f"{tail} should be a Company\n{_show(x)}"
    invested = [r for r in x.relations if r.relation == "investedIn"]
    assert len(invested) == len(tails), f"expected exactly {len(tails)} investedIn\n{_show(x)}"


# --- titles ------------------------------------------------------------------

TITLE_CASES = [
    pytest.param(
        "小米集团董事长兼CEO雷军表示,今年将加大研发投入。",
        [("雷军", "leads", "小米集团", "董事长兼CEO")],
        id="appositive-chair-and-ceo",
    ),
    pytest.param(
        "宁德时代董事长曾毓群在大会上发表了演讲。",
        [("曾毓群", "leads", "宁德时代", "董事长")],
        id="appositive-chair",
    ),
    pytest.param(
        "华为的副总裁余承东出席了发布会。",
        [("余承东", "holdsPosition", "华为", "副总裁")],
        id="appositive-de-deputy",
    ),
    pytest.param(
        "美团高级副总裁王莆中接受了记者采访。",
        [("王莆中", "holdsPosition", "美团", "高级副总裁")],
        id="appositive-senior-vp",
    ),
    pytest.param(
        "红杉中国合伙人、美团负责人王兴出席了活动。",
        [("王兴", "holdsPosition", "红杉中国", "合伙人"), ("王兴", "leads", "美团", "负责人")],
        id="chained-partner-and-head",
    ),
    pytest.param(
        "中国互联网协会理事长尚冰在会上致辞。",
        [("尚冰", "leads", "中国互联网协会", "理事长")],
        id="org-chairman-lishizhang",
    ),
    pytest.param(
        "中国汽车工业协会副会长付炳锋介绍了行业情况。",
        [("付炳锋", "holdsPosition", "中国汽车工业协会", "副会长")],
        id="org-deputy",
    ),
    pytest.param("王兴担任美团公司总裁。", [("王兴", "leads", "美团公司", "总裁")], id="person-first-danren"),
    pytest.param("雷军出任金山软件董事长。", [("雷军", "leads", "金山软件", "董事长")], id="person-first-churen"),
    pytest.param("曾毓群担任宁德时代董事。", [("曾毓群", "holdsPosition", "宁德时代", "董事")], id="person-first-role"),
    pytest.param("比亚迪总裁王传福宣布了新的战略。", [("王传福", "leads", "比亚迪", "总裁")], id="appositive-president"),
    # a firm's department glued to its name (X银行企业信贷部/ORG): the post is at the firm, the department part of the title
    pytest.param("岫峰银行企业信贷部总经理张岫表示，今年贷款增长较快。",
                 [("张岫", "holdsPosition", "岫峰银行", "企业信贷部总经理")], id="department-head-at-the-firm"),
    pytest.param("澜汐置业有限公司公关部经理赵珩介绍了情况。",
                 [("赵珩", "holdsPosition", "澜汐置业有限公司", "公关部经理")], id="department-after-a-legal-form"),
    pytest.param("珩远证券市场研究部负责人李峤认为，市场已经见底。",
                 [("李峤", "holdsPosition", "珩远证券", "市场研究部负责人")], id="department-words-jieba-joins-to-the-name"),
    # a business unit right after its firm's name: two names, the unit's head leads the unit
    pytest.param("岫峰集团AI事业群总裁王澜表示，将加大投入。", [("王澜", "leads", "AI事业群", "总裁")], id="unit-after-its-firm"),
    pytest.param("峤云集团旗下AI事业群总裁陈珩表示，大模型已接入多款产品。", [("陈珩", "leads", "AI事业群", "总裁")],
                 id="unit-after-its-firm-and-qixia"),
    # a department's head does not lead the firm, whatever the rank (执行总经理)
    pytest.param("峤云证券投资银行部执行总经理王澜表示，新股项目储备充足。",
                 [("王澜", "holdsPosition", "峤云证券", "投资银行部执行总经理")], id="department-executive-head"),
    # a firm's name with two endings (信息|科技, 商业|银行), a bank's 公司业务部 and 零售信贷管理部
    pytest.param("岫峰信息科技市场部经理冯澜表示，公司云服务收入大幅增长。",
                 [("冯澜", "holdsPosition", "岫峰信息科技", "市场部经理")], id="department-after-two-endings"),
    pytest.param("珩远银行公司业务部总经理李峤表示，将加大对制造业的支持。",
                 [("李峤", "holdsPosition", "珩远银行", "公司业务部总经理")], id="bank-corporate-department"),
    pytest.param("岫峰银行零售信贷管理部副总经理黄岫向记者表示，房贷利率下行。",
                 [("黄岫", "holdsPosition", "岫峰银行", "零售信贷管理部副总经理")], id="department-starting-with-a-trade"),
    pytest.param("岫峰银行网络金融部总经理冯澜表示，手机银行用户突破一亿。",
                 [("冯澜", "holdsPosition", "岫峰银行", "网络金融部总经理")], id="department-no-product"),
]


@pytest.mark.parametrize("text, facts", TITLE_CASES)
def test_relations_titles(extract, text, facts):
    x = extract(text)
    for person, rel, org, title in facts:
        _assert_fact(x, person, rel, org, title)
        assert "Person" in _type_of(x, person)
        if rel == "holdsPosition":
            # a deputy or a partner does not lead the organisation
            assert not _find(x, person, "leads", org), f"{person} should not lead {org}\n{_show(x)}"


@pytest.mark.parametrize("text, unit, firm", [
    pytest.param("岫峰集团AI事业群总裁王澜表示，将加大投入。", "AI事业群", "岫峰集团", id="lac-apart"),
    pytest.param("岫峰集团云事业群总裁王澜出席了发布会。", "云事业群", "岫峰集团", id="one-character-unit"),
])
def test_relations_a_unit_named_after_its_firm_is_the_firms(extract, text, unit, firm):
    x = extract(text)
    assert _find(x, unit, "subsidiaryOf", firm), _show(x)
    assert "Company" in _type_of(x, firm) and "Organization" in _type_of(x, unit), _show(x)


def test_relations_units_listed_after_a_firms_name_are_all_its(extract):
    x = extract("澜汐集团游戏事业群、广告事业群和云事业群均实现增长。")
    for unit in ("游戏事业群", "广告事业群", "云事业群"):
        _assert_fact(x, unit, "subsidiaryOf", "澜汐集团")
    # the list ends at a name that is no unit (与澜汐科技…: another firm's unit)
    x = extract("岫峰集团云事业群与澜汐科技游戏事业群达成合作。")
    assert not _find(x, "游戏事业群", "subsidiaryOf", "岫峰集团"), _show(x)


def test_relations_a_deal_on_a_firms_unit_is_with_the_unit(extract):
    x = extract("屹恒集团收购了岫峰科技AI事业群。")
    assert _find(x, "屹恒集团", "acquired", "AI事业群") and not _find(x, "屹恒集团", "acquired", "岫峰科技"), _show(x)
    assert _find(x, "AI事业群", "subsidiaryOf", "岫峰科技"), _show(x)
    x = extract("澜汐科技与珩远集团云事业群签署了战略合作协议。")
    assert _find(x, "澜汐科技", "partnerOf", "云事业群") or _find(x, "云事业群", "partnerOf", "澜汐科技"), _show(x)


# --- subject carried across clauses ------------------------------------------

CARRIED_CASES = [
    pytest.param(
        "2021年,小米发力智能汽车,经过三年研发,备受关注的新品小米SU7终于亮相。",
        "小米",
        "小米SU7",
        id="xiaomi-su7",
    ),
    pytest.param(
        "2023年,华为发力高端手机,历经多年打磨,万众期待的新机Mate60终于亮相。",
        "华为",
        "Mate60",
        id="huawei-mate60",
    ),
    pytest.param(
        "去年,比亚迪加码高端市场,经过两年筹备,全新品牌仰望正式亮相。",
        "比亚迪",
        "仰望",
        id="byd-brand",
    ),
]


@pytest.mark.parametrize("text, head, product", CARRIED_CASES)
def test_relations_carried_subject(extract, text, head, product):
    x = extract(text)
    _assert_fact(x, head, "launched", product)
    assert "Product" in _type_of(x, product), _show(x)


# --- passive and prepositional -----------------------------------------------

VOICE_CASES = [
    pytest.param("摩拜单车被美团收购。", ("美团", "acquired", "摩拜单车"), id="passive-bei"),
    pytest.param("2018年,摩拜单车被美团以27亿美元收购。", ("美团", "acquired", "摩拜单车"), id="passive-bei-yi"),
    pytest.param("摩托罗拉移动被联想集团收购。", ("联想集团", "acquired", "摩托罗拉移动"), id="passive-lenovo"),
    pytest.param("小米与京东方达成战略合作。", ("小米", "partnerOf", "京东方"), id="prep-yu-partner"),
    pytest.param("宁德时代和蔚来汽车签署了合作协议。", ("宁德时代", "partnerOf", "蔚来汽车"), id="prep-he-partner"),
    pytest.param("高瓴资本对宁德时代进行了投资。", ("高瓴资本", "investedIn", "宁德时代"), id="prep-dui-invest"),
    pytest.param("红杉中国向理想汽车注资10亿元。", ("红杉中国", "investedIn", "理想汽车"), id="prep-xiang-inject"),
    # the subject of an earlier clause is the partner of a clause that opens with 与
    pytest.param("今年9月，星海科技推出了新一代芯片，并与云途软件签署战略合作协议。", ("星海科技", "partnerOf", "云途软件"),
                 id="partner-of-the-carried-subject"),
    pytest.param("记者获悉星海科技投资了云途软件。", ("星海科技", "investedIn", "云途软件"), id="huoxi-is-not-passive"),
    # a time and adverbs between the first partner and 与
    pytest.param("星海物流今年10月已与北辰资本成立合资公司。", ("星海物流", "partnerOf", "北辰资本"), id="time-then-yu-joint-venture"),
    pytest.param("蓝鲸网络昨日与云途软件签署了战略合作协议。", ("蓝鲸网络", "partnerOf", "云途软件"), id="time-then-yu-agreement"),
    pytest.param("远驰汽车还与地图服务商途灵科技签署了合作协议。", ("远驰汽车", "partnerOf", "途灵科技"), id="partner-after-a-kind-of-firm"),
]


def test_relations_no_partnership_of_the_carried_subject_in_a_dispute(extract):
    x = extract("星海科技发布了财报，同时与云途软件的合作纠纷仍在进行。")
    assert not _find(x, "星海科技", "partnerOf", "云途软件"), _show(x)


@pytest.mark.parametrize("text, fact", VOICE_CASES)
def test_relations_passive_and_prepositional(extract, text, fact):
    x = extract(text)
    head, rel, tail = fact
    _assert_fact(x, head, rel, tail)
    if rel != "partnerOf":
        assert not _find(x, tail, rel, head), f"reversed {rel}\n{_show(x)}"


# --- negation, intent, rumour ------------------------------------------------

# (plain sentence, modal variants, fact); each variant is "neg" (no relation: a denial, a failed deal
# or hearsay) or "hedged" (no relation, or a confidence strictly below the plain fact's: a plan).
MODALITY_CASES = [
    pytest.param("美团收购了摩拜单车。", "美团拟收购摩拜单车。", "hedged", ("美团", "acquired", "摩拜单车"), id="intent-ni"),
    pytest.param("美团收购了摩拜单车。", "传闻美团将收购摩拜单车。", "neg", ("美团", "acquired", "摩拜单车"), id="rumour-chuanwen"),
    pytest.param("联想集团收购了摩托罗拉移动。", "联想集团计划收购摩托罗拉移动。", "hedged", ("联想集团", "acquired", "摩托罗拉移动"), id="intent-jihua"),
    pytest.param("联想集团收购了摩托罗拉移动。", "据传联想集团有意收购摩托罗拉移动。", "neg", ("联想集团", "acquired", "摩托罗拉移动"), id="rumour-juchuan"),
    pytest.param("小米投资了石头科技。", "小米未投资石头科技。", "neg", ("小米", "investedIn", "石头科技"), id="neg-wei"),
    pytest.param("小米投资了石头科技。", "小米并未投资石头科技。", "neg", ("小米", "investedIn", "石头科技"), id="neg-bingwei"),
    pytest.param("小米投资了石头科技。", "小米否认投资石头科技。", "neg", ("小米", "investedIn", "石头科技"), id="neg-fouren"),
    pytest.param("小米入股了京东方。", "小米没有入股京东方。", "neg", ("小米", "investedIn", "京东方"), id="neg-meiyou"),
    # after the deal's word: it has not happened, the other side denies any contact, or talks go on
    pytest.param("星海科技与云途软件达成合作。", "外界关注的星海科技与云途软件的合作仍未落地。", "neg",
                 ("星海科技", "partnerOf", "云途软件"), id="neg-not-landed"),
    pytest.param("北辰集团入股了云途软件。", "传闻北辰集团有意入股云途软件，对此云途软件回应称“目前没有任何接触”。", "neg",
                 ("北辰集团", "investedIn", "云途软件"), id="neg-no-contact"),
    pytest.param("星海科技与云途软件达成合作。", "星海科技与云途软件的合作仍在洽谈。", "hedged",
                 ("星海科技", "partnerOf", "云途软件"), id="hedged-still-talking"),
    pytest.param("澜途科技收购了星湾科技。", "此前有消息称，澜途科技将以约30亿元收购星湾科技。", "neg",
                 ("澜途科技", "acquired", "星湾科技"), id="rumour-reported"),
    pytest.param("澜途科技收购了星湾科技。", "值得注意的是，此前有市场传闻称澜途科技有意收购星湾科技全部股权。", "neg",
                 ("澜途科技", "acquired", "星湾科技"), id="rumour-market"),
    pytest.param("恒岳电子收购微澜半导体51%股权。目前，微澜半导体已成为恒岳电子的控股子公司。",
                 "恒岳电子拟收购微澜半导体51%股权。交易完成后，微澜半导体将成为恒岳电子的控股子公司。", "hedged",
                 ("微澜半导体", "subsidiaryOf", "恒岳电子"), id="what-a-pending-deal-will-make"),
]


@pytest.mark.parametrize("plain, modal, kind, fact", MODALITY_CASES)
def test_relations_modality(extract, plain, modal, kind, fact):
    head, rel, tail = fact
    base = _assert_fact(extract(plain), head, rel, tail)
    x = extract(modal)
    found = _find(x, head, rel, tail)
    if kind == "neg":
        assert not found, f"negated fact extracted\n{_show(x)}"
    else:
        assert all(r.confidence < base.confidence for r in found), (
            f"hedged {[r.confidence for r in found]} not below plain {base.confidence}\n{_show(x)}"
        )


# --- launches ----------------------------------------------------------------

LAUNCH_CASES = [
    pytest.param("小米推出了“澎湃OS”。", "小米", "澎湃OS", id="tuichu-le-quoted"),
    pytest.param("华为发布新一代产品“鸿蒙”。", "华为", "鸿蒙", id="fabu-product-noun-quoted"),
    pytest.param("美团上线了“拼好饭”。", "美团", "拼好饭", id="shangxian-quoted"),
    pytest.param("比亚迪发布了新车型“海豹”。", "比亚迪", "海豹", id="fabu-chexing-quoted"),
    pytest.param("大疆推出了新一代无人机“Mavic 3”。", "大疆", "Mavic 3", id="tuichu-latin-quoted"),
    pytest.param("百度在发布会上推出了文心一言。", "百度", "文心一言", id="tuichu-unquoted-name"),
]


@pytest.mark.parametrize("text, head, product", LAUNCH_CASES)
def test_relations_launch(extract, text, head, product):
    x = extract(text)
    _assert_fact(x, head, "launched", product)
    assert _type_of(x, product) == {"Product"}, _show(x)


# --- ownership ---------------------------------------------------------------

OWNERSHIP_CASES = [
    pytest.param("小米旗下的手机品牌Redmi发布了新机。", ("Redmi", "productOf", "小米"), id="qixia-product"),
    pytest.param("网易旗下的网易云音乐用户数突破两亿。", ("网易云音乐", "productOf", "网易"), id="qixia-compound-product"),
    pytest.param("比亚迪的子公司弗迪电池获得了融资。", ("弗迪电池", "subsidiaryOf", "比亚迪"), id="de-zigongsi"),
    pytest.param("交易完成后,极兔速递将成为顺丰控股的全资子公司。", ("极兔速递", "subsidiaryOf", "顺丰控股"), id="becomes-subsidiary"),
    pytest.param(
        "宁德时代旗下的广东邦普循环科技有限公司扩建了工厂。",
        ("广东邦普循环科技有限公司", "subsidiaryOf", "宁德时代"),
        id="qixia-company",
    ),
]


@pytest.mark.parametrize("text, fact", OWNERSHIP_CASES)
def test_relations_ownership(extract, text, fact):
    x = extract(text)
    _assert_fact(x, *fact)


# --- founded -----------------------------------------------------------------

FOUNDED_CASES = [
    pytest.param("雷军创立了小米公司。", [("雷军", "founded", "小米公司")], id="person-chuangli"),
    pytest.param("王兴于2010年创办了美团。", [("王兴", "founded", "美团")], id="person-chuangban"),
    pytest.param(
        "华为成立了智能汽车解决方案事业部。",
        [("华为", "founded", "智能汽车解决方案事业部"), ("智能汽车解决方案事业部", "subsidiaryOf", "华为")],
        id="company-unit",
    ),
    pytest.param(
        "美团成立了无人机事业部。",
        [("美团", "founded", "无人机事业部"), ("无人机事业部", "subsidiaryOf", "美团")],
        id="company-unit-short",
    ),
    pytest.param(
        "比亚迪创始人、董事长王传福在发布会上表示。",
        [("王传福", "founded", "比亚迪"), ("王传福", "leads", "比亚迪", "创始人、董事长")],
        id="founder-title",
    ),
    pytest.param(
        "拼多多联合创始人陈磊出席了会议。",
        [("陈磊", "founded", "拼多多"), ("陈磊", "holdsPosition", "拼多多", "联合创始人")],
        id="co-founder-title",
    ),
]


@pytest.mark.parametrize("text, facts", FOUNDED_CASES)
def test_relations_founded(extract, text, facts):
    x = extract(text)
    for f in facts:
        _assert_fact(x, *f)


# --- evidence and confidence of every relation -------------------------------

ALL_TEXTS = sorted(
    {
        p.values[0]
        for table in (INVEST_CASES, TITLE_CASES, CARRIED_CASES, VOICE_CASES, LAUNCH_CASES, OWNERSHIP_CASES, FOUNDED_CASES)
        for p in table
    }
    | {p.values[0] for p in MODALITY_CASES}
    | {p.values[1] for p in MODALITY_CASES}
)


@pytest.mark.parametrize("text", ALL_TEXTS, ids=[f"s{i:02d}" for i in range(len(ALL_TEXTS))])
def test_relations_evidence_and_confidence(extract, text):
    x = extract(text)
    by_name = {e.name: e for e in x.entities}
    for r in x.relations:
        ev = r.evidence
        assert 0 <= ev.start < ev.end <= len(text)
        assert ev.text == text[ev.start : ev.end]
        assert 0 < r.confidence <= 1, r
        for end in (r.head, r.tail):
            e = by_name[end]
            forms = {e.name, *e.aliases} | {m.text for m in e.mentions if ev.start <= m.start and m.end <= ev.end}
            assert any(f in ev.text for f in forms), f"{end} not in evidence {ev.text!r}"


# --- stakes --------------------------------------------------------------------

STAKE_CASES = [
    pytest.param("海尔智家持有日日顺物流30%的股权。", ("海尔智家", "investedIn", "日日顺物流"), id="holds-stake"),
    pytest.param("格力电器收购了珠海银隆科技30%的股份。", ("格力电器", "investedIn", "珠海银隆科技"), id="buys-stake"),
    pytest.param(
        "今年3月,中国平安以50亿元收购汇丰控股持有的平安银行15%的股权。",
        ("中国平安", "investedIn", "平安银行"),
        id="buys-anothers-stake",
    ),
    pytest.param("吉利控股在获得戴姆勒集团9.69%的股份后成为其最大股东。", ("吉利控股", "investedIn", "戴姆勒集团"), id="obtains-stake"),
    pytest.param("宝钢股份为武钢股份的第一大股东。", ("宝钢股份", "investedIn", "武钢股份"), id="is-largest-holder"),
    pytest.param(
        "中远海控近日证实了与其第二大股东上港集团商谈合作事项的消息。",
        ("上港集团", "investedIn", "中远海控"),
        id="its-second-holder",
    ),
]


@pytest.mark.parametrize("text, fact", STAKE_CASES)
def test_relations_stakes(extract, text, fact):
    _assert_fact(extract(text), *fact)


def test_relations_share_transfer_agreement_is_not_a_partnership(extract):
    x = extract("新华制药与中国医药签署一份股权转让协议。")
    assert not _find(x, "新华制药", "partnerOf", "中国医药") and not _find(x, "中国医药", "partnerOf", "新华制药"), _show(x)
    x = extract("新华制药与中国医药签署战略合作框架协议。")
    assert _find(x, "新华制药", "partnerOf", "中国医药") or _find(x, "中国医药", "partnerOf", "新华制药"), _show(x)


def test_relations_letter_of_intent_lowers_confidence(extract):
    plain = _find(extract("万科受让了华润置地10%的股权。"), "万科", "investedIn", "华润置地")
    intent = _find(extract("万科发布了关于受让华润置地10%股权意向的公告。"), "万科", "investedIn", "华润置地")
    assert plain, "the plain fact must be found"
    assert not intent or intent[0].confidence < plain[0].confidence


# --- financing rounds: investors named before an object-less trigger ---------------

ROUND_CASES = [
    pytest.param(
        "小鹏汽车宣布完成数亿元B轮融资，本轮融资由阿里巴巴领投，小米集团、IDG资本跟投。",
        "小鹏汽车", ["阿里巴巴", "小米集团", "IDG资本"], id="lead-and-followers",
    ),
    pytest.param("理想汽车完成由美团领投的5亿美元融资。", "理想汽车", ["美团"], id="you-inside-the-clause"),
    pytest.param("商汤科技完成新一轮融资，由软银愿景基金领投。", "商汤科技", ["软银愿景基金"], id="new-round"),
    # a kind of firm before the name; a firm named …投资; no deal between the co-investors
    pytest.param(
        "11月20日，人工智能芯片公司星海科技宣布完成C轮融资，本轮由北辰资本领投，云途创投、蓝鲸基金跟投，老股东红岭投资继续追加投资。",
        "星海科技", ["北辰资本", "云途创投", "蓝鲸基金", "红岭投资"], id="kind-before-the-name-and-co-investors",
    ),
    # 获得A、B等机构的投资: every investor of the list, in the company the sentence is about
    pytest.param("星海科技成立于2019年，此前已获得红岭资本、华清创投等机构的投资。", "星海科技", ["红岭资本", "华清创投"],
                 id="passive-huode-list-and-earlier-subject"),
    # the list before 跟投 names the firms whole: a known name and a unit word (蓝鲸|龙珠), a name LAC tagged
    # only in part (高岭(ORG)|创投(vn)), a fund after a brand and a place (小鹏(PER)|长江(LOC)|产业基金)
    pytest.param("星海科技宣布完成C轮融资，本轮由北辰资本领投，高岭创投、蓝鲸龙珠及启元资本跟投。", "星海科技",
                 ["北辰资本", "高岭创投", "蓝鲸龙珠", "启元资本"], id="followers-list-items-whole"),
    pytest.param("星海科技完成10亿元C轮融资，由小鹏长江产业基金领投，蓝鲸网络和顺远资本跟投。", "星海科技",
                 ["小鹏长江产业基金", "蓝鲸网络", "顺远资本"], id="lead-fund-and-followers-joined-by-he"),
    # LAC: 深圳人工智能公司星火科技(ORG): the place's name and the firm's inside one word
    pytest.param("36氪获悉，深圳人工智能公司星火科技近日宣布完成C轮融资，本轮由北辰资本领投，高岭创投跟投。", "星火科技",
                 ["北辰资本", "高岭创投"], id="place-and-firm-in-one-lac-word"),
    # LAC: 老/股/东云途投资(ORG): the name starts after 股东; 继续加注 is the old holder's investment
    pytest.param("星火科技近日宣布完成C轮融资，本轮由北辰资本领投，高岭创投跟投，老股东云途投资继续加注。", "星火科技",
                 ["北辰资本", "高岭创投", "云途投资"], id="old-holder-adds-more"),
]


@pytest.mark.parametrize("text, target, investors", ROUND_CASES)
def test_relations_round_investors(extract, text, target, investors):
    x = extract(text)
    for inv in investors:
        _assert_fact(x, inv, "investedIn", target)
    # the investors did not invest in each other
    assert not [r for r in x.relations if r.relation == "investedIn" and r.tail != target], _show(x)


def test_relations_no_round_no_target(extract):
    x = extract("据悉，腾讯和京东跟投。")
    assert not x.relations, _show(x)


def test_relations_name_not_extended_into_a_trigger(extract):
    x = extract("美团领投了理想汽车的B轮融资。")
    _assert_fact(x, "美团", "investedIn", "理想汽车")
    assert not _entities_named(x, "美团领"), _show(x)


def test_relations_founded_subsidiary_is_also_subsidiary_of(extract):
    x = extract("比亚迪宣布成立全资子公司弗迪科技。")
    _assert_fact(x, "比亚迪", "founded", "弗迪科技")
    _assert_fact(x, "弗迪科技", "subsidiaryOf", "比亚迪")
    assert _entities_named(x, "弗迪科技")[0].type == "Company", _show(x)


DEAL_SLOT_CASES = [
    pytest.param("据悉，腾讯已向蔚来投资了数亿美元。", ("腾讯", "investedIn", "蔚来"), id="xiang-x-touzi"),
    pytest.param("星海集团于去年以3亿美元收购Zorvex。", ("星海集团", "acquired", "Zorvex"), id="latin-after-shougou"),
]


@pytest.mark.parametrize("text, fact", DEAL_SLOT_CASES)
def test_relations_deal_slot_names(extract, text, fact):
    x = extract(text)
    _assert_fact(x, *fact)
    assert _entities_named(x, fact[2])[0].type == "Company", _show(x)


@pytest.mark.parametrize("text", ["华为宣布向合作伙伴投资10亿元。", "公司将向该项目投资5亿元。", "软银向张三投资了100万元。"])
def test_relations_deal_slot_needs_a_name(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation == "investedIn"], _show(x)


MEMBER_CASES = [
    pytest.param("星聊是星海科技旗下的一款社交应用。", ("星聊", "productOf", "星海科技"), "Product", id="app"),
    pytest.param("据了解，抖抖是美团旗下的短视频平台。", ("抖抖", "productOf", "美团"), "Product", id="platform-after-clause"),
    pytest.param("云盒鲜生为比亚迪的全资子公司。", ("云盒鲜生", "subsidiaryOf", "比亚迪"), "Company", id="subsidiary"),
]


@pytest.mark.parametrize("text, fact, typ", MEMBER_CASES)
def test_relations_member_before_shi_owner_qixia(extract, text, fact, typ):
    x = extract(text)
    _assert_fact(x, *fact)
    assert _entities_named(x, fact[0])[0].type == typ, _show(x)


@pytest.mark.parametrize("text", ["他是星海科技旗下的员工。", "这是美团旗下的产品。"])
def test_relations_member_needs_a_name(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation in ("productOf", "subsidiaryOf")], _show(x)


def test_relations_joint_venture_partners(extract):
    x = extract("比亚迪与丰田汽车成立合资公司，双方各持股50%。")
    _assert_fact(x, "比亚迪", "partnerOf", "丰田汽车")


def test_relations_verb_before_a_suffix_word_is_not_a_company(extract):
    x = extract("星海时代宣布在匈牙利投资建设电池工厂。")
    assert not _entities_named(x, "建设电池"), _show(x)
    assert not [r for r in x.relations if r.relation == "investedIn"], _show(x)


TITLE_MORE_CASES = [
    pytest.param("星海科技前CEO张伟已于去年离职。", ("张伟", "holdsPosition", "星海科技", "前CEO"), id="former-not-leads"),
    pytest.param("星海科技CFO陈静和CTO刘洋共同出席发布会。", ("刘洋", "holdsPosition", "星海科技", "CTO"), id="second-titled-person"),
    pytest.param("星海科技已任命赵敏为首席财务官。", ("赵敏", "holdsPosition", "星海科技", "首席财务官"), id="appointed-as"),
    pytest.param("星海集团董事会昨日任命周涛为公司总裁。", ("周涛", "leads", "星海集团", "总裁"), id="appointed-top"),
]


@pytest.mark.parametrize("text, fact", TITLE_MORE_CASES)
def test_relations_more_titles(extract, text, fact):
    x = extract(text)
    r = _assert_fact(x, *fact[:3], title=fact[3])
    if fact[1] == "holdsPosition":
        assert not _find(x, fact[0], "leads", fact[2]), _show(x)
    assert r.confidence >= 0.8


def test_relations_denied_report_gives_no_relation(extract):
    x = extract("有消息称星海科技将收购云途软件，但星海科技方面予以否认。")
    assert not _find(x, "星海科技", "acquired", "云途软件"), _show(x)


MORE_DEAL_CASES = [
    pytest.param("星海科技以12亿元的价格收购了云途软件100%股权。", ("星海科技", "acquired", "云途软件"), id="whole-stake-is-acquired"),
    pytest.param("星海科技旗下子公司星海云计算有限公司今日正式成立。", ("星海云计算有限公司", "subsidiaryOf", "星海科技"), id="owner-glued-in-one-name"),
    pytest.param("据星海科技官网显示，公司由张伟和李娜于2015年共同创立。", ("李娜", "founded", "星海科技"), id="founded-by-you"),
    pytest.param("云途软件创立于2010年，创始人为王磊。", ("王磊", "founded", "云途软件"), id="founder-is"),
]


@pytest.mark.parametrize("text, fact", MORE_DEAL_CASES)
def test_relations_more_deals_and_founders(extract, text, fact):
    _assert_fact(extract(text), *fact)


def test_relations_part_stake_is_investment_not_acquisition(extract):
    x = extract("星海科技以2亿元收购了云途软件20%股权。")
    _assert_fact(x, "星海科技", "investedIn", "云途软件")
    assert not _find(x, "星海科技", "acquired", "云途软件"), _show(x)


def test_relations_majority_stake_is_an_acquisition(extract):
    x = extract("星海科技以5亿元收购云途软件60%的股权。")
    _assert_fact(x, "星海科技", "acquired", "云途软件")
    x = extract("星海科技以5亿元收购云途软件50%的股权。")  # half is not control
    assert not _find(x, "星海科技", "acquired", "云途软件"), _show(x)


@pytest.mark.parametrize("text", ["星海科技业绩下滑，由于张伟创立时定位不清，市场份额有限。",
                                  "星海科技发展很快，由于张伟创办了多家企业，经验丰富。"])
def test_relations_youyu_is_not_an_agent(extract, text):
    x = extract(text)  # 由于 is "because": 张伟 did not found 星海科技 here
    assert not [r for r in x.relations if r.relation == "founded"], _show(x)


# --- share sales, holders named through 公司, names in adverbials ---------------------

TRANSFER_CASES = [
    pytest.param("星海科技将所持蓝鲸网络30%的股份以5亿元转让给云途软件。", ("云途软件", "investedIn", "蓝鲸网络"), id="sells-stake-to"),
    pytest.param("星海科技将其持有的蓝鲸网络2000万股股权全部出售给云途软件。", ("云途软件", "investedIn", "蓝鲸网络"),
                 id="sells-all-its-shares"),
    pytest.param("星海科技将所持蓝鲸网络100%的股权转让给云途软件。", ("云途软件", "acquired", "蓝鲸网络"), id="sells-whole-company"),
    pytest.param("星海科技将所持蓝鲸网络60%的股权转让给云途软件。", ("云途软件", "acquired", "蓝鲸网络"), id="sells-a-majority"),
]


def test_relations_all_the_sellers_shares_need_not_be_the_whole_company(extract):
    # 所持Y的全部股份: all the seller held (not 100% of Y): the buyer becomes a holder, Y is not bought whole
    x = extract("今年上半年，峤岩资本将所持岫沅光电的全部股份转让给了澜赫产业基金。")
    _assert_fact(x, "澜赫产业基金", "investedIn", "岫沅光电")
    assert not _find(x, "澜赫产业基金", "acquired", "岫沅光电") and not _find(x, "岫沅光电", "subsidiaryOf", "澜赫产业基金"), _show(x)


@pytest.mark.parametrize("text, facts", [
    pytest.param("岫岭控股由江西省国资委履行出资人职责并100%持股。", [("江西省国资委", "investedIn", "岫岭控股")],
                 id="held-by-a-state-body"),
    pytest.param("岫岭水务由岫岭控股全资持有。", [("岫岭控股", "investedIn", "岫岭水务"), ("岫岭水务", "subsidiaryOf", "岫岭控股")],
                 id="wholly-held-by-a-firm"),
    pytest.param("岫岭能源目前持有A股上市公司澜江电力（600693）32.6%的股份，为其控股股东。",
                 [("岫岭能源", "investedIn", "澜江电力"), ("澜江电力", "subsidiaryOf", "岫岭能源")], id="holder-that-controls"),
    pytest.param("此前市场曾有声音认为，同属岫岭控股的岫岭水务也将被并入。", [("岫岭水务", "subsidiaryOf", "岫岭控股")],
                 id="of-the-same-group"),
])
def test_relations_holders_named_after_the_firm(extract, text, facts):
    x = extract(text)
    for fact in facts:
        _assert_fact(x, *fact)


def test_relations_a_stake_held_by_another_is_no_control(extract):
    x = extract("岫岭能源持有澜江电力12.6%的股份，为其第二大股东。")
    _assert_fact(x, "岫岭能源", "investedIn", "澜江电力")
    assert not _find(x, "澜江电力", "subsidiaryOf", "岫岭能源"), _show(x)


#: 划拨 (an allocation of state-held shares) moves them as a sale does
ALLOCATION_CASES = [
    pytest.param("市国资委已将蓝鲸网络的30%股份划拨给星海集团。", ("星海集团", "investedIn", "蓝鲸网络"), id="allocates-stake-to"),
    pytest.param("市国资委已将蓝鲸网络的全部股份划拨给星海集团。", ("星海集团", "acquired", "蓝鲸网络"), id="allocates-whole-company"),
]


@pytest.mark.parametrize("text, fact", ALLOCATION_CASES)
def test_relations_allocated_shares_make_the_receiver_a_holder(extract, text, fact):
    x = extract(text)
    r = _assert_fact(x, *fact)
    assert r.confidence >= 0.8, _show(x)
    assert not _find(x, "市国资委", "investedIn", "蓝鲸网络"), _show(x)


@pytest.mark.parametrize("text, fact", TRANSFER_CASES)
def test_relations_share_sale_makes_the_buyer_a_holder(extract, text, fact):
    x = extract(text)
    r = _assert_fact(x, *fact)
    assert r.confidence >= 0.8, _show(x)  # the 将 of 将Y股权转让给B is not the future tense
    assert not _find(x, "星海科技", "investedIn", "蓝鲸网络"), _show(x)  # the seller is not a new holder


@pytest.mark.parametrize("text", ["星海科技否认将所持蓝鲸网络30%的股份转让给云途软件。",
                                  "星海科技将所持蓝鲸网络30%的股份转让给云途软件的计划已经终止。"])
def test_relations_denied_or_failed_share_sale(extract, text):
    x = extract(text)
    assert not _find(x, "云途软件", "investedIn", "蓝鲸网络"), _show(x)


def test_relations_planned_share_sale_is_less_sure(extract):
    plain = _find(extract("星海科技将所持蓝鲸网络30%的股份转让给云途软件。"), "云途软件", "investedIn", "蓝鲸网络")
    planned = _find(extract("星海科技拟将所持蓝鲸网络30%的股份转让给云途软件。"), "云途软件", "investedIn", "蓝鲸网络")
    assert plain and planned and planned[0].confidence < plain[0].confidence


HOLDER_REF_CASES = [
    pytest.param("蓝鲸网络今日披露，公司第三大股东北方投资集团近日减持了部分股份。", ("北方投资集团", "investedIn", "蓝鲸网络"),
                 id="company-refers-back"),
    pytest.param("星海科技公司大股东北方投资集团已完成增持。", ("北方投资集团", "investedIn", "星海科技公司"),
                 id="holder-glued-in-one-name"),
    pytest.param("截至6月底，海螺水泥只持有蓝鲸网络、云途软件等3家公司2000万股。", ("海螺水泥", "investedIn", "云途软件"),
                 id="only-holds"),
]


@pytest.mark.parametrize("text, fact", HOLDER_REF_CASES)
def test_relations_holders(extract, text, fact):
    _assert_fact(extract(text), *fact)


#: 其股东X / 公司股东X with no rank before 股东: the pattern reads it (the classifier alone stays under 0.8)
PLAIN_HOLDER_CASES = [
    pytest.param("星海科技上市以后，还让其股东北方投资集团获益良多。", ("北方投资集团", "investedIn", "星海科技"),
                 id="its-plain-holder"),
    pytest.param("蓝鲸网络今日公告，公司股东北辰资本于近期减持了部分股份。", ("北辰资本", "investedIn", "蓝鲸网络"),
                 id="company-plain-holder"),
]


#: Y与第一大股东X, Y和控股股东X: the holder of the company named just before 与/和
PLAIN_HOLDER_CASES += [
    pytest.param("据悉，蓝鲸网络与第一大股东北方投资集团的持股比例相差不大。", ("北方投资集团", "investedIn", "蓝鲸网络"),
                 id="yu-largest-holder"),
    pytest.param("股权转让完成后，蓝鲸网络和控股股东星海集团将共同推进重组。", ("星海集团", "investedIn", "蓝鲸网络"),
                 id="he-controlling-holder"),
]


@pytest.mark.parametrize("text, fact", PLAIN_HOLDER_CASES)
def test_relations_plain_holder_after_a_reference(extract, text, fact):
    r = _assert_fact(extract(text), *fact)
    assert r.confidence >= 0.8, r


HOLDER_LIST_CASES = [
    pytest.param("蓝鲸网络的投资方包括星海集团、北辰资本和北方投资集团。", ["星海集团", "北辰资本", "北方投资集团"], "蓝鲸网络",
                 id="investors-include"),
    pytest.param("截至6月底，蓝鲸网络的前三大流通股东分别为星海集团、北辰资本和北方投资集团。", ["星海集团", "北辰资本", "北方投资集团"],
                 "蓝鲸网络", id="top-three-holders-are"),
]


@pytest.mark.parametrize("text, holders, owned", HOLDER_LIST_CASES)
def test_relations_every_holder_of_a_list(extract, text, holders, owned):
    x = extract(text)
    for h in holders:
        _assert_fact(x, h, "investedIn", owned)


def test_relations_largest_holder_is_one_name_not_a_list(extract):
    x = extract("同时，蓝鲸网络大股东星海集团与北辰资本于5月签订了合同。")
    _assert_fact(x, "星海集团", "investedIn", "蓝鲸网络")
    assert not _find(x, "北辰资本", "investedIn", "蓝鲸网络"), _show(x)


@pytest.mark.parametrize("text, wrong", [
    pytest.param("星海科技正积极开拓海外市场，此次收购或将为北辰资本开拓海外发行市场铺路。", ("星海科技", "acquired", "北辰资本"),
                 id="wei-beneficiary"),
    pytest.param("星海科技表示，此次投资将给北辰资本带来新的增长。", ("星海科技", "investedIn", "北辰资本"), id="gei-beneficiary"),
])
def test_relations_name_after_a_beneficiary_preposition_is_not_the_object(extract, text, wrong):
    x = extract(text)
    assert not _find(x, *wrong), _show(x)


@pytest.mark.parametrize("text, facts", [
    pytest.param("和同行一样，蓝鲸网络、北方投资集团都是星海集团入股的上市公司。",
                 [("星海集团", "investedIn", "蓝鲸网络"), ("星海集团", "investedIn", "北方投资集团")], id="list-dou-shi-x-rugu-de"),
    pytest.param("据悉，蓝鲸网络也是北辰资本收购的企业。", [("北辰资本", "acquired", "蓝鲸网络")], id="ye-shi-x-shougou-de"),
])
def test_relations_object_before_shi_described_by_a_deal(extract, text, facts):
    x = extract(text)
    for fact in facts:
        _assert_fact(x, *fact)


@pytest.mark.parametrize("text", ["据悉，蓝鲸网络并不是北辰资本收购的企业。", "据悉，蓝鲸网络并非北辰资本收购的企业。"])
def test_relations_object_before_a_negated_shi_is_no_fact(extract, text):
    x = extract(text)
    assert not _find(x, "北辰资本", "acquired", "蓝鲸网络"), _show(x)


@pytest.mark.parametrize("text, tails", [
    pytest.param("星海科技公告称，将出资2亿元参股设立北方投资集团。", ["北方投资集团"], id="cangu-sheli"),
    pytest.param("星海科技公告称，公司分别投资1000万元、2000万元参股设立北方投资集团和云途软件有限公司。",
                 ["北方投资集团", "云途软件有限公司"], id="touzi-amounts-sheli-list"),
])
def test_relations_stake_in_a_company_being_set_up(extract, text, tails):
    x = extract(text)
    for tail in tails:
        _assert_fact(x, "星海科技", "investedIn", tail)
        _assert_fact(x, "星海科技", "founded", tail)


@pytest.mark.parametrize("text", ["星海集团向*ST蓝鲸注资5亿元。", "星海集团承诺，将向*ST蓝鲸注入优质资产。"])
def test_relations_prepositional_object_after_a_stock_mark(extract, text):
    _assert_fact(extract(text), "星海集团", "investedIn", "蓝鲸")


@pytest.mark.parametrize("text", [
    "星海集团收购蓝鲸网络30%股权，成为其控股股东。",
    "星海集团收购蓝鲸网络转让的股权成为蓝鲸网络大股东后，对管理层进行了调整。",
    "星海集团收购蓝鲸网络30%的股份，从而成为蓝鲸网络的实际控制人。",
])
def test_relations_stake_that_gives_control_is_an_acquisition(extract, text):
    x = extract(text)
    _assert_fact(x, "星海集团", "acquired", "蓝鲸网络")
    assert not _find(x, "星海集团", "investedIn", "蓝鲸网络"), _show(x)


@pytest.mark.parametrize("text, tail", [
    pytest.param("公司表示，星海集团收购云途软件有限公司控股权，是看好当地的开发前景。", "云途软件有限公司", id="controlling-stake"),
    pytest.param("星海集团收购了北方投资集团持有的所有云途软件有限公司股权。", "云途软件有限公司", id="all-shares-before-the-name"),
])
def test_relations_controlling_or_all_shares_bought_is_an_acquisition(extract, text, tail):
    x = extract(text)
    _assert_fact(x, "星海集团", "acquired", tail)
    assert not _find(x, "星海集团", "investedIn", tail), _show(x)


@pytest.mark.parametrize("text", ["星海集团收购蓝鲸网络5%股权，成为其第三大股东。", "星海集团收购蓝鲸网络9%股权，成为其第一大股东。"])
def test_relations_stake_that_makes_a_ranked_holder_stays_an_investment(extract, text):
    x = extract(text)
    _assert_fact(x, "星海集团", "investedIn", "蓝鲸网络")
    assert not _find(x, "星海集团", "acquired", "蓝鲸网络"), _show(x)


@pytest.mark.parametrize("text, fact, wrong", [
    pytest.param("与此同时，星海集团还承诺，在蓝鲸网络本次重组方案通过后6个月内，向蓝鲸网络注资5亿元。",
                 ("星海集团", "investedIn", "蓝鲸网络"), None, id="object-named-in-the-adverbial"),
    pytest.param("星海集团表示，在蓝鲸网络完成改制以后，将向北方投资集团注资。",
                 ("星海集团", "investedIn", "北方投资集团"), ("蓝鲸网络", "investedIn", "北方投资集团"), id="third-company"),
])
def test_relations_time_adverbial_does_not_replace_the_topic(extract, text, fact, wrong):
    x = extract(text)
    _assert_fact(x, *fact)
    if wrong:
        assert not _find(x, *wrong), _show(x)


def test_relations_time_adverbial_names_the_topic_when_there_is_none(extract):
    x = extract("据报道，在蓝鲸网络股价上涨后，又发布公告称拟入股北方投资集团。")
    _assert_fact(x, "蓝鲸网络", "investedIn", "北方投资集团")


BROUGHT_IN_CASES = [
    pytest.param("星海科技已引进战略投资者北辰资本和北方投资集团。", ["北辰资本", "北方投资集团"], id="brings-in-strategic-investors"),
    pytest.param("消息又指，星海科技是次引入3家基础投资者，分别为北辰资本、北方投资集团以及星海集团。",
                 ["北辰资本", "北方投资集团", "星海集团"], id="brings-in-three-named-after"),
    pytest.param("星海科技引入北辰资本作为战略投资者。", ["北辰资本"], id="brings-in-as-investor"),
]


@pytest.mark.parametrize("text, holders", BROUGHT_IN_CASES)
def test_relations_investors_a_company_brings_in(extract, text, holders):
    x = extract(text)
    for h in holders:
        r = _assert_fact(x, h, "investedIn", "星海科技")
        assert r.confidence >= 0.8, _show(x)


def test_relations_investors_brought_in_with_modality(extract):
    x = extract("星海科技计划引入北辰资本作为战略投资者。")
    assert all(r.confidence < 0.8 for r in _find(x, "北辰资本", "investedIn", "星海科技")), _show(x)
    x = extract("星海科技未能引进战略投资者北辰资本。")
    assert not _find(x, "北辰资本", "investedIn", "星海科技"), _show(x)
    x = extract("星海科技引进了北辰资本的技术。")
    assert not _find(x, "北辰资本", "investedIn", "星海科技"), _show(x)  # no investor word: not a holder


TAKEN_IN_CASES = [
    pytest.param("星海集团成功将北方投资集团收入囊中。", ("星海集团", "acquired", "北方投资集团"), id="jiang-x-shouru-nangzhong"),
    pytest.param("星海集团以10亿元的总价将云途软件有限公司收归麾下。", ("星海集团", "acquired", "云途软件有限公司"), id="jiang-x-shougui-huixia"),
    pytest.param("蓝鲸网络最终被星海集团收入囊中。", ("星海集团", "acquired", "蓝鲸网络"), id="bei-a-shouru-nangzhong"),
    pytest.param("此次星海集团得以收入囊中的云途软件有限公司是一家老牌企业。", ("星海集团", "acquired", "云途软件有限公司"),
                 id="a-shouru-nangzhong-de-x"),
]


@pytest.mark.parametrize("text, fact", TAKEN_IN_CASES)
def test_relations_idioms_of_taking_a_company_over(extract, text, fact):
    r = _assert_fact(extract(text), *fact)
    assert r.confidence >= 0.8, r


def test_relations_idioms_of_taking_over_with_modality(extract):
    x = extract("星海集团未能将云途软件有限公司收归麾下。")
    assert not _find(x, "星海集团", "acquired", "云途软件有限公司"), _show(x)
    x = extract("星海集团是否会趁势将云途软件有限公司收入囊中，仍有待观察。")
    assert all(r.confidence < 0.8 for r in _find(x, "星海集团", "acquired", "云途软件有限公司")), _show(x)


@pytest.mark.parametrize("text, fact", [
    pytest.param("市国资委还与星海集团达成协议，前者向后者转让蓝鲸网络30%的股份。", ("星海集团", "investedIn", "蓝鲸网络"),
                 id="qianzhe-xiang-houzhe-zhuanrang"),
    pytest.param("北方投资集团与星海集团签署协议，后者将所持蓝鲸网络30%的股份转让给前者。", ("北方投资集团", "investedIn", "蓝鲸网络"),
                 id="houzhe-zhuanrang-gei-qianzhe"),
])
def test_relations_former_and_latter_stand_for_the_two_names(extract, text, fact):
    x = extract(text)
    r = _assert_fact(x, *fact)
    assert r.confidence >= 0.8, _show(x)


@pytest.mark.parametrize("text", ["星海集团宣布收购北方投资集团在中国香港和印度的部分资产。",
                                  "星海集团正与北方投资集团洽谈，以购买后者在中国香港和印度的部分资产。"])
def test_relations_part_of_a_company_in_a_place_is_not_the_company(extract, text):
    x = extract(text)
    assert not _find(x, "星海集团", "acquired", "北方投资集团"), _show(x)


def test_relations_clause_opening_with_holds_has_the_earlier_subject(extract):
    x = extract("截至6月底，星海集团持有北方投资集团股份比例为10%，而持有云途软件有限公司股份比例则高达20%。")
    r = _assert_fact(x, "星海集团", "investedIn", "云途软件有限公司")
    assert r.confidence >= 0.8, _show(x)


def test_relations_company_word_ending_a_name_is_not_a_reference(extract):
    x = extract("蓝鲸网络表示，星海科技公司大股东北方投资集团已完成增持。")
    assert not _find(x, "北方投资集团", "investedIn", "蓝鲸网络"), _show(x)


def test_relations_object_ending_a_clause_is_not_the_next_subject(extract):
    x = extract("星海科技公告，将出资设立蓝鲸网络有限公司和云途软件有限公司。")
    assert not _find(x, "云途软件有限公司", "founded", "蓝鲸网络有限公司"), _show(x)


def test_relations_group_acting_on_its_namesake_stays_two_entities(extract):
    x = extract("星海集团入主*ST星海后，将推动业务整合。")
    assert len(_entities_named(x, "星海集团")) == 1 and _entities_named(x, "星海集团") != _entities_named(x, "星海"), _show(x)
    _assert_fact(x, "星海集团", "investedIn", "星海")


def test_relations_abbreviation_joins_the_full_name(extract):
    x = extract("昨日，星海科技收购星钢的消息传出，星海钢铁股价大涨。")
    steel = [e for e in x.entities if e.name == "星海钢铁"]
    assert steel and "星钢" in {m.text for m in steel[0].mentions}, _show(x)
    _assert_fact(x, "星海科技", "acquired", "星海钢铁")


def test_relations_part_of_a_company_bought_is_not_the_company(extract):
    x = extract("股东们共同抵制星海科技收购蓝鲸网络的房地产项目，认为该计划损害了利益。")
    assert not _find(x, "星海科技", "acquired", "蓝鲸网络"), _show(x)  # neither the pattern nor the classifier


def test_relations_currency_is_not_a_buyer(extract):
    x = extract("星海科技以约10亿港元收购云途软件。")
    assert not any(e.name == "港元" for e in x.entities), _show(x)
    _assert_fact(x, "星海科技", "acquired", "云途软件")


# --- control, partners in a 与 phrase, second verbs, roles before names ------------------

@pytest.mark.parametrize("text", ["星海集团已经控股云途软件。", "云途软件目前由星海集团控股。"])
def test_relations_control_makes_a_subsidiary(extract, text):
    x = extract(text)
    _assert_fact(x, "云途软件", "subsidiaryOf", "星海集团")
    assert not _find(x, "星海集团", "acquired", "云途软件"), _show(x)  # control is not a purchase


def test_relations_person_in_control_holds_shares(extract):
    _assert_fact(extract("张伟控股蓝鲸网络。"), "张伟", "investedIn", "蓝鲸网络")


def test_relations_role_before_a_name_is_cut(extract):
    x = extract("收购完成后，收购人北方投资集团将合计持有蓝鲸网络2亿股。")
    assert not any(e.name.startswith("收购") for e in x.entities), _show(x)
    _assert_fact(x, "北方投资集团", "investedIn", "蓝鲸网络")


def test_relations_vehicle_named_after_tongguo_invests(extract):
    _assert_fact(extract("星海集团通过云途软件投资蓝鲸网络。"), "云途软件", "investedIn", "蓝鲸网络")


def test_relations_person_described_after_a_deal_is_the_agent(extract):
    x = extract("资金来自曾大额认购蓝鲸网络H股的投资人张伟。")
    _assert_fact(x, "张伟", "investedIn", "蓝鲸网络")


def test_relations_sale_to_the_largest_holder(extract):
    x = extract("公司拟向大股东北方投资集团出售控股子公司蓝鲸网络84%股权。")
    _assert_fact(x, "北方投资集团", "acquired", "蓝鲸网络")  # 84%: control changes hands (acquired = took control of)


def test_relations_every_company_of_a_share_list(extract):
    x = extract("星海集团先后投资了蓝鲸网络、云途软件等上市公司股票。")
    _assert_fact(x, "星海集团", "investedIn", "蓝鲸网络")
    _assert_fact(x, "星海集团", "investedIn", "云途软件")


def test_relations_founded_company_named_after_its_kind(extract):
    x = extract("星海科技与云途软件共同出资成立了智能汽车公司集度。")
    _assert_fact(x, "星海科技", "founded", "集度")
    _assert_fact(x, "云途软件", "founded", "集度")


def test_relations_officer_of_an_unknown_company(extract):
    _assert_fact(extract("极越CEO夏一平此前曾任职于多家车企。"), "夏一平", "leads", "极越", "CEO")


def test_relations_appointment_announced_in_its_own_clause(extract):
    x = extract("星海科技宣布，任命张伟为星海科技执行副总裁。")
    _assert_fact(x, "张伟", "holdsPosition", "星海科技", "执行副总裁")


def test_relations_round_of_a_company_tagged_as_a_person(extract):
    x = extract("小红书完成新一轮融资，本轮由星海资本和北方投资集团联合领投，淡马锡跟投。")
    for investor in ("星海资本", "北方投资集团", "淡马锡"):
        _assert_fact(x, investor, "investedIn", "小红书")
    assert not _find(x, "淡马锡", "investedIn", "星海资本"), _show(x)


def test_relations_shares_of_a_named_company_after_a_selling_verb(extract):
    x = extract("星海集团计划出售其持有的英伟达股份。")
    _assert_fact(x, "星海集团", "investedIn", "英伟达")
    assert not any(e.name.endswith("股份") for e in x.entities), _show(x)


def test_relations_completed_tender_offer_by_the_sentence_company(extract):
    x = extract("9月3日，星海集团宣布，其全资子公司已完成对德国机器人公司库卡的要约收购。")
    _assert_fact(x, "星海集团", "acquired", "库卡")


def test_relations_officer_of_the_company_referred_to_as_gongsi(extract):
    x = extract("星海科技发布公告，公司联合首席执行官张伟将兼任公司执行董事。")
    _assert_fact(x, "张伟", "leads", "星海科技", "联合首席执行官")


def test_relations_largest_investor(extract):
    x = extract("星海科技表示，北方投资集团是星海科技最大的投资者。")
    _assert_fact(x, "北方投资集团", "investedIn", "星海科技")


# --- a fact, and the wrong reading next to it ---------------------------------------------

FACT_NOT_FACT_CASES = [
    pytest.param(
        "星海科技今日公告称，公司在北方产权交易所成功竞得蓝鲸网络2000万股股份。",
        ("星海科技", "investedIn", "蓝鲸网络"), ("北方产权交易所", "investedIn", "蓝鲸网络"), id="name-after-zai-is-not-the-buyer"),
    pytest.param(
        "星海科技收购美国院线Zorvex后，海外业务逐年扩大。",
        ("星海科技", "acquired", "Zorvex"), ("星海科技", "acquired", "美国"), id="latin-name-after-kind-of-company"),
    pytest.param(
        "星海科技与云途软件就收购蓝鲸网络签订了协议。",
        ("星海科技", "acquired", "蓝鲸网络"), ("云途软件", "acquired", "蓝鲸网络"), id="partner-in-yu-phrase-is-not-the-buyer"),
    pytest.param(
        "星海科技将收购蓝鲸网络及出售云途软件股权。",
        ("星海科技", "acquired", "蓝鲸网络"), ("星海科技", "investedIn", "云途软件"), id="shares-of-a-second-verb"),
    pytest.param(
        "相比之下，星海集团控股2.31%的蓝鲸网络公司并不是理想的平台。",
        ("星海集团", "investedIn", "蓝鲸网络公司"), ("蓝鲸网络公司", "subsidiaryOf", "星海集团"), id="small-stake-named-with-konggu-is-a-holding"),
    pytest.param(
        "蓝鲸网络已完成新一轮融资，由阿布扎比投资机构Zorvex领投。",
        ("Zorvex", "investedIn", "蓝鲸网络"), ("蓝鲸网络", "investedIn", "Zorvex"), id="investment-institution-is-a-noun-not-a-verb"),
    pytest.param(
        "9月12日，星海科技在加州库比蒂诺发布了Zorvex 16系列手机。",
        ("星海科技", "launched", "Zorvex 16"), ("库比蒂诺", "launched", "Zorvex 16"), id="name-in-a-place-phrase-is-not-the-agent"),
    # the appointing company, with the person described between the verb and the name
    pytest.param(
        "云途汽车3日发布公告，宣布任命原北辰电子高级副总裁刘志强为公司首席执行官。",
        ("刘志强", "leads", "云途汽车"), ("刘志强", "leads", "北辰电子"), id="appointed-person-described-by-a-former-post"),
    # 其 after 持有: the company of the clause before
    pytest.param(
        "云途汽车是北辰控股的子公司，北辰控股持有其51%的股份。",
        ("北辰控股", "investedIn", "云途汽车"), ("云途汽车", "investedIn", "北辰控股"), id="holds-its-shares"),
    # a place and a kind of firm before the object describe it
    pytest.param(
        "星海科技还宣布收购了位于杭州的芯片设计公司浩宇微电子，交易金额未披露。",
        ("星海科技", "acquired", "浩宇微电子"), ("星海科技", "acquired", "杭州"), id="place-and-kind-before-the-object"),
    # a bare 股东 announces one holder, not a list: the second name is the first one's partner
    pytest.param(
        "蓝鲸网络的股东星海集团和北辰资本签署了合作协议。",
        ("星海集团", "investedIn", "蓝鲸网络"), ("北辰资本", "investedIn", "蓝鲸网络"), id="bare-holder-word-names-one"),
]


def test_relations_holder_of_a_subsidiary_is_not_the_companys_holder(extract):
    x = extract("蓝鲸网络今日公告，其子公司股东北辰资本出席会议。")
    assert not _find(x, "北辰资本", "investedIn", "蓝鲸网络"), _show(x)
    x = extract("蓝鲸网络今日公告，其股东北辰资本出席会议。")
    _assert_fact(x, "北辰资本", "investedIn", "蓝鲸网络")


@pytest.mark.parametrize("text, fact, wrong", FACT_NOT_FACT_CASES)
def test_relations_fact_and_not_the_wrong_reading(extract, text, fact, wrong):
    x = extract(text)
    _assert_fact(x, *fact)
    assert not _find(x, *wrong), _show(x)


def test_relations_post_word_after_the_title(extract):
    x = extract("公告显示，赵明将继续担任云途汽车董事长一职。")
    _assert_fact(x, "赵明", "leads", "云途汽车", title="董事长")


def test_relations_this_company_names_the_company_of_an_earlier_sentence(extract):
    text = "星海科技创始人陈立新表示，融资将用于研发。据悉，该公司于2019年在深圳成立，此前已获得红岭资本、华清创投等机构的投资。"
    x = extract(text)
    for investor in ("红岭资本", "华清创投"):
        r = _assert_fact(x, investor, "investedIn", "星海科技")
        assert r.evidence.text.startswith("据悉，该公司"), r.evidence
    # with no company before it, 该公司 stands for none
    x = extract("据悉，该公司此前已获得红岭资本的投资。")
    assert not x.relations, _show(x)


def test_relations_belongs_to_and_the_latter_controls(extract):
    x = extract("云途手机隶属于星海控股集团，后者还控制着星海汽车和星海金融两家公司。")
    _assert_fact(x, "星海汽车", "subsidiaryOf", "星海控股集团")
    _assert_fact(x, "星海金融", "subsidiaryOf", "星海控股集团")
    x = extract("星海汽车隶属于星海控股集团。")
    _assert_fact(x, "星海汽车", "subsidiaryOf", "星海控股集团")
    x = extract("星海控股集团严格控制了成本。")  # 控制 with no company after it
    assert not x.relations, _show(x)


def test_relations_a_headline_space_ends_the_phrase_before_a_title(extract):
    x = extract("星海手机发布旗舰机Nova X 联合创始人李文出任总裁")
    assert not _find(x, "李文", "holdsPosition", "Nova X"), _show(x)
    x = extract("星海科技 CEO李明表示，新品将在年底上市。")  # a space before a Latin title is only spacing
    _assert_fact(x, "李明", "leads", "星海科技", title="CEO")


RED_TEAM_CASES = [
    # the verb's own object makes the 对-phrase its agent, not its object
    pytest.param("国家市场监督管理总局依法对快送科技收购同城配送平台速达到家未依法申报作出处罚决定。",
                 None, ("国家市场监督管理总局", "acquired", "快送科技"), id="regulator-is-no-buyer"),
    # the person founded it; the firm before his former title is his employer
    pytest.param("芯跃智能成立于2019年，由浩宇微电子前首席架构师苏明远创办。",
                 ("苏明远", "founded", "芯跃智能"), ("浩宇微电子", "founded", "芯跃智能"), id="founder-described-by-employer"),
    # a holder list may start with a role; its words are no title
    pytest.param("公告显示，云途软件现有股东包括创始人王立新、锐新资本以及华晟产业基金。",
                 ("华晟产业基金", "investedIn", "云途软件"), ("王立新", "leads", "云途软件"), id="holders-after-a-role"),
    pytest.param("锐图智能拥有两家全资子公司——锐图（苏州）机器人有限公司和锐图国际控股有限公司。",
                 ("锐图国际控股有限公司", "subsidiaryOf", "锐图智能"), ("锐图智能", "subsidiaryOf", "锐图国际控股有限公司"),
                 id="has-subsidiaries-list"),
    pytest.param("昨日获悉，星海集团全资子公司星海矿业已向一家澳大利亚上市企业提出要约收购。",
                 ("星海矿业", "subsidiaryOf", "星海集团"), ("星海集团", "subsidiaryOf", "星海矿业"), id="group-then-its-subsidiary"),
    pytest.param("与此同时，天穹集团全资子公司天穹金融科技有限公司将分拆独立融资。",
                 ("天穹金融科技有限公司", "subsidiaryOf", "天穹集团"), ("天穹集团", "subsidiaryOf", "天穹金融科技有限公司"),
                 id="group-then-its-legal-subsidiary"),
    pytest.param("去年被恒科股份全资收购的德国工业软件商Meridian GmbH发布了新产品。",
                 ("恒科股份", "acquired", "Meridian GmbH"), ("Meridian GmbH", "acquired", "恒科股份"), id="passive-relative-clause"),
]


@pytest.mark.parametrize("text, fact, wrong", RED_TEAM_CASES)
def test_relations_red_team_readings(extract, text, fact, wrong):
    x = extract(text)
    if fact is not None:
        _assert_fact(x, *fact)
    assert not _find(x, *wrong), _show(x)
    assert not any("包括" in (r.title or "") for r in x.relations), _show(x)


def test_relations_all_holders_after_a_role(extract):
    x = extract("公告显示，云途软件现有股东包括创始人王立新、锐新资本以及华晟产业基金。")
    for holder in ("王立新", "锐新资本", "华晟产业基金"):
        _assert_fact(x, holder, "investedIn", "云途软件")
    x = extract("锐图智能拥有两家全资子公司——锐图（苏州）机器人有限公司和锐图国际控股有限公司。")
    _assert_fact(x, "锐图（苏州）机器人有限公司", "subsidiaryOf", "锐图智能")


def test_relations_bare_company_word_at_a_clause_start_names_the_earlier_company(extract):
    x = extract("蓝鲸网络今日发布公告。公司董事会同意任命陈思远为公司总裁。")
    _assert_fact(x, "陈思远", "leads", "蓝鲸网络", title="总裁")
    x = extract("锐图智能科技股份有限公司今日上市。公司曾获启元资本、致远投资等机构投资。")
    for investor in ("启元资本", "致远投资"):
        _assert_fact(x, investor, "investedIn", "锐图智能科技股份有限公司")
    x = extract("公司董事会同意任命陈思远为公司总裁。")  # no company before: none to name
    assert not x.relations, _show(x)


REVIEW_CASES = [
    # (text, fact that must hold or None, fact that must not)
    pytest.param("星海科技（深圳）收购了蓝鲸网络公司。", ("星海科技（深圳）", "acquired", "蓝鲸网络公司"), None,
                 id="verb-between-a-region-and-another-firm"),
    pytest.param("星海科技今日开盘大涨。云途软件发布公告称，公司将与蓝鲸网络合作。", ("云途软件", "partnerOf", "蓝鲸网络"),
                 ("星海科技", "partnerOf", "蓝鲸网络"), id="company-word-takes-the-nearest-company"),
    pytest.param("星海科技发布新品。分析师认为，应该公司与云途软件合作。", None, ("星海科技", "partnerOf", "云途软件"),
                 id="yinggai-is-no-reference"),
    pytest.param("星海科技发布新品。一家初创公司也在同日发布产品，该公司曾获北辰资本投资。", None,
                 ("北辰资本", "investedIn", "星海科技"), id="unnamed-firm-stops-the-reference"),
    pytest.param("星海科技发布了新品。\n该公司曾获北辰资本投资。", None, ("北辰资本", "investedIn", "星海科技"),
                 id="new-paragraph-stops-the-reference"),
    pytest.param("星海科技曾获云途创投投资。", ("云途创投", "investedIn", "星海科技"), None, id="received-investment-noun"),
    pytest.param("星海集团国有资产管理部部长张伟表示，改革将继续。", ("张伟", "holdsPosition", "星海集团"), ("张伟", "leads", "星海集团"),
                 id="title-prefix-with-you"),
    pytest.param("星海科技 董事长李明表示，新品年底上市。", ("李明", "leads", "星海科技"), None, id="space-before-a-title"),
    pytest.param("星海科技与云途软件合作应对竞争。", ("星海科技", "partnerOf", "云途软件"), None, id="cooperating-against-rivals"),
    pytest.param("星海科技从未与云途软件合作。", None, ("星海科技", "partnerOf", "云途软件"), id="never-with"),
    pytest.param("星海科技设有子公司云途软件、蓝鲸网络与北辰资本签署协议。", ("云途软件", "subsidiaryOf", "星海科技"),
                 ("北辰资本", "subsidiaryOf", "星海科技"), id="subsidiary-list-ends-at-yu"),
]


@pytest.mark.parametrize("text, fact, wrong", REVIEW_CASES)
def test_relations_review_readings(extract, text, fact, wrong):
    x = extract(text)
    if fact is not None:
        _assert_fact(x, *fact)
    if wrong is not None:
        assert not _find(x, *wrong), _show(x)


POST_CASES = [
    # (text, fact with title that must hold, fact that must not)
    pytest.param("蓝鲸网络成立于2019年，目前李文担任公司董事长兼CEO。", ("李文", "leads", "蓝鲸网络", "董事长兼CEO"), None,
                 id="serves-as-the-company-word"),
    pytest.param("星海集团发布公告。董事长之子王磊目前担任集团总裁。", ("王磊", "leads", "星海集团", "总裁"), None,
                 id="serves-as-the-group-word"),
    pytest.param("星海科技今日发布公告。公司创始人、董事长李文直接持有公司30%的股份。",
                 ("李文", "leads", "星海科技", "创始人、董事长"), None, id="company-word-before-titles"),
    pytest.param("李明担任星海科技总裁，同时兼任云途软件董事。", ("李明", "holdsPosition", "云途软件", "董事"), None,
                 id="carried-holder-of-a-second-post"),
    pytest.param("星海科技今日宣布人事调整。原副总裁赵敏接任CEO一职，即日起生效。", ("赵敏", "leads", "星海科技", "CEO"), None,
                 id="post-with-no-organisation"),
    pytest.param("星海科技宣布，前云途软件副总裁孙悦加盟星海科技，出任高级副总裁。",
                 ("孙悦", "holdsPosition", "星海科技", "高级副总裁"), ("孙悦", "holdsPosition", "云途软件", "高级副总裁"),
                 id="carried-post-at-the-company-joined"),
    pytest.param("李明于2019年出任总经理。", None, ("李明", "leads", "总经理", None), id="no-company-no-post"),
    pytest.param("人事安排方面，岚德现任首席执行官Jonas Keller将继续留任，同时已被任命为澜帆动力副总裁兼欧洲区业务负责人。",
                 ("Jonas Keller", "holdsPosition", "澜帆动力", "副总裁"), None, id="carried-appointed-as"),
    pytest.param("分业务看，由集团执行副总裁顾川负责的智能出行事业群营收达到74.8亿元。",
                 ("顾川", "leads", "智能出行事业群", "负责人"), None, id="the-unit-a-person-runs"),
    pytest.param("公司将原云业务事业部升级为霁云事业群，交由集团副总裁李川全面负责，全年新签合同额58亿元。",
                 ("李川", "leads", "霁云事业群", "负责人"), ("李川", "leads", "云业务事业部", None),
                 id="the-unit-named-before-run-by"),
    pytest.param("岫澜集团的智慧零售事业群由集团副总裁陈峤负责。", ("陈峤", "leads", "智慧零售事业群", "负责人"), None,
                 id="a-firms-unit-run-by"),
    pytest.param("岫澜集团宣布成立智慧零售事业群，该事业群由集团总裁陈峤直接负责。", ("陈峤", "leads", "智慧零售事业群", "负责人"), None,
                 id="the-unit-referred-to-run-directly-by"),
    # a successor takes over the post given up before it (the firm and title that described the one who left)
    pytest.param("岫澜科技副总裁林峤宇已于本月离职，该职务由原财务总监周澜接任。", ("周澜", "holdsPosition", "岫澜科技", "副总裁"),
                 ("林峤宇", "holdsPosition", "岫澜科技", None), id="successor-takes-the-post-given-up"),
    pytest.param("岫澜科技副总裁林峤宇因个人原因辞职，该职位将由峤云软件总经理周澜接替。",
                 ("周澜", "holdsPosition", "岫澜科技", "副总裁"), ("林峤宇", "holdsPosition", "岫澜科技", None),
                 id="successor-described-by-another-firm"),
    pytest.param("岫澜集团董事长林峤宇因个人原因辞职，董事会选举周澜接任董事长。", ("周澜", "leads", "岫澜集团", "董事长"),
                 ("林峤宇", "leads", "岫澜集团", None), id="successor-takes-the-same-bare-post"),
    pytest.param("岫澜科技董事长林峤宇已退休，该职务暂由周澜担任。", ("周澜", "leads", "岫澜科技", "董事长"),
                 ("林峤宇", "leads", "岫澜科技", None), id="retired-holder-and-successor"),
]


@pytest.mark.parametrize("text, fact, wrong", POST_CASES)
def test_relations_posts_at_the_company_the_text_is_about(extract, text, fact, wrong):
    x = extract(text)
    if fact is not None:
        _assert_fact(x, *fact[:3], title=fact[3])
    if wrong is not None:
        assert not [r for r in x.relations if (r.head, r.relation, r.tail) == wrong[:3]
                    and (wrong[3] is None or r.title == wrong[3])], _show(x)
    if fact is None:
        assert not [r for r in x.relations if r.relation in ("leads", "holdsPosition")], _show(x)


def test_relations_launched_list_of_products_each_with_its_kind(extract):
    # A系列手机、B平板和C智能手表: each model followed by its own product noun, all launched
    x = extract("澄岫科技正式推出澄岫X30系列手机、澄岫Pad 3平板和澄岫Watch S5智能手表。")
    for model in ("澄岫X30", "澄岫Pad 3", "澄岫Watch S5"):
        _assert_fact(x, "澄岫科技", "launched", model)


def test_relations_deal_made_through_a_vehicle_named_in_its_own_clause(extract):
    # A通过旗下平台B，领投了C的融资: B made the investment, and B is A's unit
    x = extract("岫澜汽车近日通过旗下产业投资平台岫澜创投，领投了固态电池企业峤锂能源5亿元B+轮融资。")
    _assert_fact(x, "岫澜创投", "investedIn", "峤锂能源")
    _assert_fact(x, "岫澜创投", "subsidiaryOf", "岫澜汽车")
    # the firm's stock code in brackets between it and 通过
    x = extract("上市车企岫途汽车（09617.HK）近日通过旗下产业投资平台岫途创投，领投了固态电池企业澜锂新能源5亿元B+轮融资。")
    _assert_fact(x, "岫途创投", "investedIn", "澜锂新能源")
    _assert_fact(x, "岫途创投", "subsidiaryOf", "岫途汽车")


def test_relations_an_investor_whose_name_lac_reads_as_a_person_and_a_verb(extract):
    # 珩岳(PER)|投资(v)|参投: in a round's list, a name and an investor's ending are a firm
    x = extract("今年1月，澜川半导体宣布完成数亿元A轮融资，本轮由澜港产业投资基金领投，岫途汽车、珩岳投资参投。")
    _assert_fact(x, "珩岳投资", "investedIn", "澜川半导体")
    assert "Company" in _type_of(x, "珩岳投资")
    # a person's own investment is the person's (甲|个人|投资)
    x = extract("澜川半导体完成A轮融资，本轮由岫峰资本领投，王澜个人投资跟投。")
    assert not _entities_named(x, "王澜个人投资"), _show(x)


def test_relations_a_business_units_products(extract):
    # a list item about a unit: what it has (旗下包括…) or runs (统管…) is its own
    x = extract("金融科技事业群由集团CTO王澜兼任CEO，旗下包括云计算品牌“澜云”和办公协作工具“岫信”。")
    _assert_fact(x, "澜云", "productOf", "金融科技事业群")
    _assert_fact(x, "岫信", "productOf", "金融科技事业群")
    x = extract("内容事业群由集团高级副总裁李峤出任总裁，统管短视频产品“澜流”。")
    _assert_fact(x, "澜流", "productOf", "内容事业群")
    # 负责 after a person is no unit's running a product, nor is reselling another's
    x = extract("王澜负责公司的产品“澜流”。")
    assert not _find(x, "澜流", "productOf", "王澜"), _show(x)
    x = extract("云事业群由王澜出任总裁，负责代理销售外部厂商的“峤影”系列产品。")
    assert not _find(x, "峤影", "productOf", "云事业群"), _show(x)


@pytest.mark.parametrize("text, fact", [
    pytest.param("岫峰科技的总经理是王澜。", ("王澜", "leads", "岫峰科技"), id="title-shi-person"),
    pytest.param("岫澜集团设立四大事业群。\n出海业务事业群（XBG），总裁是今年年初从岫峰科技加盟的王澜；",
                 ("王澜", "leads", "出海业务事业群"), id="title-shi-relative-clause-de-person"),
])
def test_relations_a_post_is_a_person(extract, text, fact):
    _assert_fact(extract(text), *fact)


@pytest.mark.parametrize("text, person", [
    pytest.param("岫峰科技董事长是王澜的弟弟。", "王澜", id="a-relative-of-the-person"),
    pytest.param("岫峰科技的总经理是王澜的老部下李峤。", "王澜", id="the-person-describes-the-holder"),
    pytest.param("澜汐银行董事长是王澜最信任的助手李峤。", "王澜", id="words-after-the-person"),
    pytest.param("有消息称岫峰科技总经理是王澜的说法并不属实。", "王澜", id="a-claim"),
    pytest.param("岫峰科技的总经理是王澜还是李峤？", "李峤", id="a-question"),
])
def test_relations_shi_before_a_person_who_is_not_the_holder(extract, text, person):
    x = extract(text)
    assert not [r for r in x.relations if r.head == person and r.relation in ("leads", "holdsPosition")], _show(x)



@pytest.mark.parametrize("text, fact", [
    # a clause that opens with 品牌 and a title: the brand named after 品牌 before
    pytest.param("户外品牌岫川于2019年推出，品牌总裁庄可岫此前表示，岫川今年收入增长超过40%。", ("庄可岫", "leads", "岫川"),
                 id="brand-title-in-a-later-clause"),
    # the brand's name, 品牌, a title and a person: the post is at the brand
    pytest.param("岫芒品牌总经理郦文峤介绍，新机针对多款热门手游做了适配。", ("郦文峤", "leads", "岫芒"), id="name-brand-title"),
    # a list item about a unit: the post filled later in it is the unit's
    pytest.param("岫澜集团设立四大事业群。\n跨境业务事业群（XBG），负责人为单岫，此前她是岫食的总经理；",
                 ("单岫", "leads", "跨境业务事业群"), id="unit-item-head"),
])
def test_relations_heads_of_brands_and_units(extract, text, fact):
    _assert_fact(extract(text), *fact)


@pytest.mark.parametrize("text, wrong", [
    # 与 after a launched phone compares it with a rival's, it lists nothing
    pytest.param("峤云科技上月推出峤云 M5 Max后，岫川科技今天发布了岫川Nova 9手机与峤云 M5 Max正面竞争。",
                 ("岫川科技", "launched", "峤云 M5 Max"), id="rival-after-yu"),
    # 该职务 is the post named last (新设首席AI官), not the one that described someone before
    pytest.param("岫川科技董事长周澜明表示，公司新设首席AI官，该职务由林峤远出任。", ("林峤远", "leads", "岫川科技"),
                 id="zhiwu-is-the-new-post"),
    # 由Y…持股 denied, or Y only manages the firm that holds another's shares
    pytest.param("岫川科技由屹达集团负责运营但不持股。", ("屹达集团", "investedIn", "岫川科技"), id="runs-but-holds-no-shares"),
    pytest.param("峤远基金由屹达集团担任管理人并持有岫川科技股份。", ("屹达集团", "investedIn", "峤远基金"), id="manager-of-a-fund"),
    # 为其控股股东 that goes on to name someone else's
    pytest.param("屹达集团持有岫川科技5%股份，为其控股股东峤远资本的全资子公司。", ("岫川科技", "subsidiaryOf", "屹达集团"),
                 id="subsidiary-of-the-controlling-holder"),
    # the firm sold is no vehicle
    pytest.param("屹达集团通过出售岫川科技，投资了峤远物流。", ("岫川科技", "investedIn", "峤远物流"), id="sold-firm-is-no-vehicle"),
    # a unit bought from its firm is not that firm's unit any more
    pytest.param("岫川科技收购了屹达集团的物流事业群。", ("物流事业群", "subsidiaryOf", "屹达集团"), id="unit-bought"),
    # a country that only describes the firm after it is not what was bought
    pytest.param("德国GPU调度软件厂商岫算近日被屹达集团收购。", ("屹达集团", "acquired", "德国"), id="country-before-a-kind"),
])
def test_relations_near_misses_of_this_sessions_rules(extract, text, wrong):
    x = extract(text)
    assert not _find(x, *wrong), _show(x)


@pytest.mark.parametrize("text, facts, wrong", [
    # the round is the firm's right before 完成…融资, not the subject that only describes it
    pytest.param("珩光科技旗下的珩光智驾完成A轮融资5亿元，澜途资本领投。", [("澜途资本", "investedIn", "珩光智驾")],
                 ("澜途资本", "investedIn", "珩光科技"), id="unit-of-the-subject-raises"),
    pytest.param("澄岫科技前CTO林珩创办的峤智科技完成1亿元天使轮融资，澜途资本参投。", [("澜途资本", "investedIn", "峤智科技")],
                 ("澜途资本", "investedIn", "澄岫科技"), id="founders-former-employer-is-not-financed"),
    # 领投方为A names the round's investor; the clause after it goes on with the same round
    pytest.param("峤云软件完成5000万美元B轮融资，领投方为岫川创投，老股东澜图资本跟投。",
                 [("岫川创投", "investedIn", "峤云软件"), ("澜图资本", "investedIn", "峤云软件")],
                 ("澜图资本", "investedIn", "岫川创投"), id="lead-investor-named-after-weishi"),
    # 获悉 (learnt) raises no round: the outlet is not financed
    pytest.param("岫刊获悉｜具身智能公司「曜岫智能」完成3亿元B轮融资，衡屿资本领投", [("衡屿资本", "investedIn", "曜岫智能")],
                 ("衡屿资本", "investedIn", "岫刊"), id="outlet-learnt-of-a-round"),
])
def test_relations_who_raised_the_round(extract, text, facts, wrong):
    x = extract(text)
    for fact in facts:
        _assert_fact(x, *fact)
    assert not _find(x, *wrong), _show(x)


def test_relations_a_rounds_investor_is_not_what_the_text_is_about(extract):
    # a bare CEO in the next sentence is the firm's the text is about, not the investor's who led its round
    x = extract("岫光科技旗下的澜图智能今日宣布完成2亿元B轮融资，峤石资本领投，老股东屹川创投跟投。CEO周明表示将加大研发投入。")
    assert not _find(x, "周明", "leads", "峤石资本") and not _find(x, "周明", "leads", "屹川创投"), _show(x)


@pytest.mark.parametrize("text, wrong", [
    # what a launched accessory fits is not launched; an edition's word alone is no product
    pytest.param("澜图智能推出了iPhone兼容的配件，售价199元。", ("澜图智能", "launched", "iPhone"), id="fits-an-iphone"),
    pytest.param("岫光科技CEO周明称将推出Pro版本。", ("周明", "launched", "Pro版本"), id="an-edition"),
])
def test_relations_no_launch_of_what_is_only_fitted_or_an_edition(extract, text, wrong):
    x = extract(text)
    assert not _find(x, *wrong), _show(x)


def test_relations_the_sole_holders_whole_stake_is_the_company(extract):
    x = extract("岫川科技唯一股东屹达集团将所持岫川科技的全部股份转让给峤远资本。")
    _assert_fact(x, "峤远资本", "acquired", "岫川科技")


def test_relations_a_firms_business_group(extract):
    x = extract("岫澜集团的智慧零售事业群今年营收增长三成。")
    _assert_fact(x, "智慧零售事业群", "subsidiaryOf", "岫澜集团")


def test_relations_launched_product_belongs_to_its_one_launcher(extract):
    x = extract("星海科技今日发布了新一代芯片“天枢800”。")
    launched = _assert_fact(x, "星海科技", "launched", "天枢800")
    owned = _assert_fact(x, "天枢800", "productOf", "星海科技")
    assert owned.confidence < launched.confidence and owned.evidence == launched.evidence
    # the text says whose product it is: no second owner from the launch
    x = extract("星海科技今日发布了新一代芯片“天枢800”。据悉，天枢800是云途软件旗下的产品。")
    _assert_fact(x, "天枢800", "productOf", "云途软件")
    assert not _find(x, "天枢800", "productOf", "星海科技"), _show(x)


GROUP_CASES = [
    # (text, facts that must hold, facts that must not)
    pytest.param("星海集团目前控制两家上市公司：在深交所上市的云途电器（持股41.2%）、在科创板上市的蓝鲸智控（持股56.5%）。",
                 # (the holder says it controls both: each is its subsidiary, whatever the stake; a stake alone,
                 # 参股, makes none: test_relations_firms_a_holder_says_it_controls_are_its_units)
                 [("星海集团", "investedIn", "云途电器"), ("星海集团", "investedIn", "蓝鲸智控"), ("蓝鲸智控", "subsidiaryOf", "星海集团"),
                  ("云途电器", "subsidiaryOf", "星海集团")],
                 [("云途电器", "investedIn", "蓝鲸智控")], id="stakes-in-brackets"),
    # LAC: 星海集团还全资(ORG)|控股: the firm's name ends before the adverb, the verb is read
    pytest.param("除上市平台外，星海集团还全资控股星海财务有限公司和星海物流有限公司，并持有民营银行浙江澜海银行18%的股份。",
                 [("星海财务有限公司", "subsidiaryOf", "星海集团"), ("星海物流有限公司", "subsidiaryOf", "星海集团"),
                  ("星海集团", "investedIn", "浙江澜海银行")], [], id="adverb-glued-to-the-name"),
    pytest.param("星海集团发布年报。集团实际控制人、董事局主席李文持有星海集团72%的股权。",
                 [("李文", "leads", "星海集团"), ("李文", "investedIn", "星海集团")], [], id="group-word-before-titles"),
]


@pytest.mark.parametrize("text, facts, wrong", GROUP_CASES)
def test_relations_group_structure(extract, text, facts, wrong):
    x = extract(text)
    for fact in facts:
        _assert_fact(x, *fact)
    for fact in wrong:
        assert not _find(x, *fact), _show(x)


JOINT_VENTURE_CASES = [
    # (text, facts that must hold)
    pytest.param("星海科技与云途软件签署协议，双方将共同出资设立蓝鲸储能有限公司。",
                 [("星海科技", "founded", "蓝鲸储能有限公司"), ("云途软件", "founded", "蓝鲸储能有限公司"),
                  ("星海科技", "partnerOf", "云途软件")], id="two-parties"),
    # three parties, named with their short forms in brackets, then each one's money and stake
    pytest.param("星海科技股份有限公司（下称“星海科技”）公告称，公司与云途软件股份有限公司（下称“云途软件”）、"
                 "北辰投资集团有限公司（下称“北辰投资”）签署《合资经营协议》，三方将共同出资设立蓝鲸储能科技有限公司，"
                 "其中云途软件以现金出资15.3亿元、持股51%，星海科技出资10.2亿元、持股34%，北辰投资出资4.5亿元、持股15%。",
                 [(p, rel, "蓝鲸储能科技有限公司") for p in ("星海科技", "云途软件股份有限公司", "北辰投资集团有限公司")
                  for rel in ("founded", "investedIn")] + [("云途软件股份有限公司", "partnerOf", "北辰投资集团有限公司")],
                 id="three-parties-and-their-stakes"),
    pytest.param("星海科技与云途软件成立合资公司星云智能科技有限公司。",
                 [("星海科技", "founded", "星云智能科技有限公司"), ("云途软件", "founded", "星云智能科技有限公司")],
                 id="set-up-a-joint-venture-company-named"),
    # a time word before 与, and a country before the partner's name
    pytest.param("星海科技去年与德国Norvix公司共同出资设立的云途光伏有限公司已投产。",
                 [("星海科技", "founded", "云途光伏有限公司"), ("Norvix", "founded", "云途光伏有限公司")],
                 id="time-word-and-country-between-the-parties"),
]


@pytest.mark.parametrize("text, facts", JOINT_VENTURE_CASES)
def test_relations_joint_venture_founders_and_stakes(extract, text, facts):
    x = extract(text)
    for fact in facts:
        _assert_fact(x, *fact)


def test_relations_joint_venture_that_ended_gives_nothing(extract):
    x = extract("星海科技与云途软件此前计划共同设立蓝鲸储能有限公司，但该计划最终终止。")
    assert not [r for r in x.relations if r.relation in ("founded", "partnerOf")], _show(x)


OWNED_NAME_CASES = [
    # (text, facts that must hold, names that must not be entities)
    pytest.param("蓝问的月活仅次于星海科技旗下的豆荚、云途软件旗下的蓝莓等应用。",
                 [("豆荚", "productOf", "星海科技"), ("蓝莓", "productOf", "云途软件")], [], id="common-words-as-names"),
    pytest.param("星海科技旗下AI助手App“蓝问”同步完成升级。", [("蓝问", "productOf", "星海科技")], [], id="kind-then-quoted-name"),
    pytest.param("星海集团旗下的酒店业务表现良好，旗下的多家公司也在扩张。", [], ["酒店业务", "多家公司"], id="holdings-are-no-names"),
]


@pytest.mark.parametrize("text, facts, not_names", OWNED_NAME_CASES)
def test_relations_names_after_qixia(extract, text, facts, not_names):
    x = extract(text)
    for fact in facts:
        _assert_fact(x, *fact)
    for name in not_names:
        assert name not in {e.name for e in x.entities}, _show(x)


def test_relations_quoted_brands_before_a_brand_noun(extract):
    x = extract("其中，星海电器是集团的压舱石，旗下拥有“星家”和“Zova”两大家电品牌。")
    products = {e.name for e in x.entities if e.type == "Product"}
    assert {"星家", "Zova"} <= products, _show(x)


def test_relations_unnamed_joint_lab_is_no_entity(extract):
    x = extract("本轮融资完成后，星海科技将与云途软件成立联合实验室，双方计划开展芯片定制合作。")
    assert not _entities_named(x, "联合实验室"), _show(x)
    _assert_fact(x, "星海科技", "partnerOf", "云途软件")


BANK_POST_CASES = [
    # (text, fact with title)
    pytest.param("星海银行股份有限公司（下称“星海银行”）发布公告。李文目前兼任该行首席风险官，分管风险管理部。",
                 ("李文", "holdsPosition", "星海银行", "首席风险官"), id="gaihang-is-the-bank"),
    pytest.param("星海银行股份有限公司（下称“星海银行”）发布公告。公告显示，由行长王刚代为履行董事长职责。",
                 ("王刚", "leads", "星海银行", "行长"), id="bare-title-at-the-paragraphs-bank"),
]


@pytest.mark.parametrize("text, fact", BANK_POST_CASES)
def test_relations_posts_at_the_bank_the_text_is_about(extract, text, fact):
    _assert_fact(extract(text), *fact[:3], title=fact[3])


def test_relations_bare_title_of_an_outsider_is_no_post(extract):
    # an analyst works elsewhere; 该行 needs a bank
    x = extract("星海科技发布财报。分析师李文认为，业绩好于预期。")
    assert not [r for r in x.relations if r.head == "李文"], _show(x)
    x = extract("星海科技发布公告。王刚目前兼任该行首席风险官。")
    assert not [r for r in x.relations if r.head == "王刚" and r.tail == "星海科技"], _show(x)


def test_relations_brand_models_launched(extract):
    x = extract("国产手机品牌星澜科技在深圳召开发布会，一口气推出星澜Nova 9、星澜Nova 9 Pro、星澜Nova 9 Pro+三款手机，"
                "同时发布平板电脑星澜Pad 3。")
    assert _entities_named(x, "星澜科技") and not _entities_named(x, "国产手机品牌星澜科技"), _show(x)
    for product in ("星澜Nova 9", "星澜Nova 9 Pro", "星澜Nova 9 Pro+", "星澜Pad 3"):
        assert _entities_named(x, product)[0].type == "Product", _show(x)
        _assert_fact(x, "星澜科技", "launched", product)


@pytest.mark.parametrize("text, name", [
    pytest.param("据星海银行1月17日的行情资讯显示，价格上涨。", "星海银行", id="a-date-after-a-bank"),
    pytest.param("最低的是星海6%，最高的是云途21.6%。", "星海", id="a-percent-after-a-name"),
])
def test_relations_numbers_after_a_name_make_no_model(extract, text, name):
    x = extract(text)
    assert not [e for e in x.entities if e.type == "Product"], _show(x)


REVIEW_MORE_CASES = [
    # (text, fact that must not be extracted)
    pytest.param("星海科技今日公告。国家主席王刚出席了峰会。", ("王刚", "leads", "星海科技"), id="chairman-of-state"),
    pytest.param("星海科技发布财报。首席分析师王强表示看好。", ("王强", "holdsPosition", "星海科技"), id="chief-analyst"),
    pytest.param("星海科技发布公告。该行董事长王强辞职。", ("王强", "leads", "星海科技"), id="gaihang-without-a-bank"),
    pytest.param("星海银行发布年报。该行业龙头云途软件宣布投资北辰电子。", ("星海银行", "investedIn", "北辰电子"), id="gaihangye"),
    pytest.param("王强接替张伟，出任星海科技总裁。", ("张伟", "leads", "星海科技"), id="the-predecessor-gets-no-post"),
    pytest.param("星海科技前十大股东中，云途资本（持股5.2%）均为机构投资者。", ("星海科技", "investedIn", "云途资本"),
                 id="a-shareholders-stake-in-brackets"),
    pytest.param("星海科技与云途软件将共同出资设立合资公司，由北辰资本控股。", ("星海科技", "founded", "北辰资本"),
                 id="no-venture-after-a-comma"),
    pytest.param("星海科技收购云途软件后表示，没有任何计划出售该业务。", None, id="no-plan-is-no-denial"),
]


@pytest.mark.parametrize("text, wrong", REVIEW_MORE_CASES)
def test_relations_review_misreadings(extract, text, wrong):
    x = extract(text)
    if wrong is not None:
        assert not _find(x, *wrong), _show(x)
    else:
        _assert_fact(x, "星海科技", "acquired", "云途软件")


def test_relations_what_is_offered_to_a_firm_is_no_launch(extract):
    x = extract("北辰银行向星海科技提供50亿元贷款。")
    assert not [r for r in x.relations if r.relation in ("launched", "productOf")], _show(x)
    assert _entities_named(x, "星海科技")[0].type == "Company", _show(x)


def test_relations_old_holder_leads_the_round(extract):
    # LAC: 老/股/东云途(ORG)|投资: the name starts after 股东
    x = extract("星火科技宣布完成C轮融资，本轮由老股东云途投资领投。")
    _assert_fact(x, "云途投资", "investedIn", "星火科技")


TOPIC_CASES = [
    # (text, fact with title): a paragraph that names no firm speaks of the one the article is about
    pytest.param("星海科技发布年报，全年营收增长12%。星海科技表示，星海科技将加大研发投入。\n\n管理层方面，公司董事长李文表示，明年将继续扩产。",
                 ("李文", "leads", "星海科技", "董事长"), id="gongsi-in-a-later-paragraph"),
    pytest.param("星海科技发布年报，全年营收增长12%。星海科技表示，星海科技将加大研发投入。\n\n董事会同意聘任王刚为公司总经理。",
                 ("王刚", "leads", "星海科技", "总经理"), id="appointed-to-the-articles-company"),
    pytest.param("峤澜科技发布年报，全年营收增长12%。峤澜科技表示，峤澜科技将加大研发投入。\n\n"
                 "同次会议还聘任刘晓屿、王志峤为公司副总裁，聘任孙澜为财务总监，聘任黄岫静为董事会秘书。",
                 ("黄岫静", "holdsPosition", "峤澜科技", "董事会秘书"), id="later-appointments-of-the-sentence"),
]


@pytest.mark.parametrize("text, fact", TOPIC_CASES)
def test_relations_posts_at_the_company_the_article_is_about(extract, text, fact):
    _assert_fact(extract(text), *fact[:3], title=fact[3])


def test_relations_no_company_of_the_article_when_two_are_named_alike(extract):
    x = extract("星海科技与云途软件签约，星海科技和云途软件将共建实验室。云途软件与星海科技均表示满意。\n\n管理层方面，公司董事长李文表示，明年将继续扩产。")
    assert not [r for r in x.relations if r.head == "李文"], _show(x)


FILLED_POST_CASES = [
    # (text, facts with titles): the post first, the person after 由 or 为
    pytest.param("星海科技发布年报。星海科技营收增长。星海科技表示满意。管理层方面，公司董事长由李文担任，总经理为王刚，财务总监兼董事会秘书为赵敏。",
                 [("李文", "leads", "星海科技", "董事长"), ("王刚", "leads", "星海科技", "总经理"),
                  ("赵敏", "holdsPosition", "星海科技", "财务总监兼董事会秘书")], id="posts-of-the-articles-company"),
    pytest.param("蓝鲸网络由李文于2015年创立，CEO则由王刚担任。",
                 [("李文", "founded", "蓝鲸网络", None), ("王刚", "leads", "蓝鲸网络", "CEO")], id="ceo-after-the-founding"),
    pytest.param("云途软件宣布调整架构，新成立的交易平台事业群由原电商事业群总裁刘晗担任负责人。",
                 [("刘晗", "leads", "交易平台事业群", "负责人")], id="unit-run-by"),
]


@pytest.mark.parametrize("text, facts", FILLED_POST_CASES)
def test_relations_post_filled_by_a_person_named_after_it(extract, text, facts):
    x = extract(text)
    for head, rel, tail, title in facts:
        _assert_fact(x, head, rel, tail, title=title)


def test_relations_post_filled_by_is_not_a_founding_or_a_post_elsewhere(extract):
    x = extract("蓝鲸网络由李文于2015年创立，CEO则由王刚担任。")
    assert not _find(x, "李文", "holdsPosition", "蓝鲸网络") and not _find(x, "李文", "leads", "蓝鲸网络"), _show(x)
    x = extract("云途软件宣布调整架构，新成立的交易平台事业群由原电商事业群总裁刘晗担任负责人。")
    assert not _find(x, "刘晗", "holdsPosition", "云途软件") and not _find(x, "刘晗", "leads", "云途软件"), _show(x)
    # the board of a joint venture not named: its chair is not the chair of a parent
    x = extract("合资公司设董事会，由5名董事组成，其中星海科技提名3名；董事长由星海科技副总裁高翔担任。")
    assert not [r for r in _find(x, "高翔", "holdsPosition", "星海科技") + _find(x, "高翔", "leads", "星海科技")
                if r.title == "董事长"], _show(x)


_REPORT = "星海科技发布年报。星海科技营收增长。星海科技表示满意。"
TOPIC_HOLDER_CASES = [
    # (text, holders of the article's company): an annual report's holders, no company named
    pytest.param(_REPORT + "第三大股东为云途创业投资基金（有限合伙），持股5.62%；北辰投资有限公司持股3.11%。",
                 # (a fund's legal form is part of its name, as for 合伙企业（有限合伙）)
                 ["云途创业投资基金（有限合伙）", "北辰投资有限公司"], id="rank-and-percent"),
    pytest.param(_REPORT + "股东结构方面，控股股东星海控股集团有限公司持股比例由32.6%增至34.2%。",
                 ["星海控股集团有限公司"], id="controlling-holder-whose-stake-grew"),
    pytest.param(_REPORT + "前十大股东中还包括持股1.37%的启元价值混合型证券投资基金。",
                 ["启元价值混合型证券投资基金"], id="percent-before-the-holder"),
]


@pytest.mark.parametrize("text, holders", TOPIC_HOLDER_CASES)
def test_relations_holders_of_the_articles_company(extract, text, holders):
    x = extract(text)
    for h in holders:
        _assert_fact(x, h, "investedIn", "星海科技")


def test_relations_held_by_the_articles_company_and_the_rest(extract):
    x = extract(_REPORT + "宁夏星海材料有限公司由公司持股70%，其余30%股权由宁东产业投资有限公司持有。")
    _assert_fact(x, "星海科技", "investedIn", "宁夏星海材料有限公司")
    _assert_fact(x, "宁夏星海材料有限公司", "subsidiaryOf", "星海科技")
    _assert_fact(x, "宁东产业投资有限公司", "investedIn", "宁夏星海材料有限公司")
    assert not _find(x, "宁东产业投资有限公司", "investedIn", "星海科技"), _show(x)


def test_relations_holder_of_a_named_company_is_not_a_holder_of_the_articles(extract):
    x = extract(_REPORT + "北辰投资有限公司持有蓝鲸网络5%的股份。")
    _assert_fact(x, "北辰投资有限公司", "investedIn", "蓝鲸网络")
    assert not _find(x, "北辰投资有限公司", "investedIn", "星海科技"), _show(x)


def test_relations_round_of_the_articles_company(extract):
    # 本轮由A领投 names no company: the round is the one of the company the text is about
    x = extract(_REPORT + "本轮由北辰资本领投，云途创投、启元基金及老股东蓝鲸资本跟投。")
    for investor in ("北辰资本", "云途创投", "启元基金", "蓝鲸资本"):
        _assert_fact(x, investor, "investedIn", "星海科技")


def test_relations_round_after_a_firm_named_with_its_region(extract):
    x = extract("人形机器人初创公司星海机器人（深圳）有限公司（以下简称“星海机器人”）已完成8亿元B+轮融资，本轮由北辰资本领投，云途创投跟投。")
    assert "Company" in _type_of(x, "星海机器人（深圳）有限公司"), _show(x)
    assert not _entities_named(x, "深圳"), _show(x)  # (the region is part of the name)
    for investor in ("北辰资本", "云途创投"):
        _assert_fact(x, investor, "investedIn", "星海机器人")


SUBSIDIARY_MORE_CASES = [
    # (text, subsidiary, owner)
    pytest.param(_REPORT + "光学膜业务方面，全资子公司常州星海光电科技有限公司全年实现营收12.8亿元。",
                 "常州星海光电科技有限公司", "星海科技", id="bare-wholly-owned-subsidiary"),
    pytest.param(_REPORT + "公司拟通过全资子公司星海（新加坡）控股有限公司收购蓝鲸网络。",
                 "星海（新加坡）控股有限公司", "星海科技", id="through-a-subsidiary"),
    pytest.param(_REPORT + "该模型由公司旗下的星海研究院开发。", "星海研究院", "星海科技", id="gongsi-qixia-after-you"),
    pytest.param("星海银行发布公告。星海银行业绩增长。李文现任星海银行无锡分行行长，曾长期负责普惠金融条线。",
                 "星海银行无锡分行", "星海银行", id="a-branch-named-after-its-bank"),
    pytest.param("根据澜川集团旗下上市公司——澜川科技和澜川电子的公告。", "澜川电子", "澜川集团", id="a-dash-opens-a-list-of-units"),
    pytest.param("澜川集团旗下子公司：澜川科技、澜川电子均已完成改制。", "澜川电子", "澜川集团", id="a-colon-opens-a-list-of-units"),
]


@pytest.mark.parametrize("text, sub, owner", SUBSIDIARY_MORE_CASES)
def test_relations_more_subsidiaries(extract, text, sub, owner):
    _assert_fact(extract(text), sub, "subsidiaryOf", owner)


@pytest.mark.parametrize("text", [
    pytest.param("澜舟集团旗下品牌——澜舟汽车和竞争对手岑远汽车的销量差距正在缩小。", id="brands-not-units"),
    pytest.param("岚栖资本投资（领投）公司为澜岫科技。", id="a-note-after-touzi"),
])
def test_relations_review_pins_no_unit_lists(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation == "subsidiaryOf" and "岑远" in r.head], _show(x)
    assert not [e for e in x.entities if "（" in e.name], _show(x)


def test_relations_a_firm_after_a_unit_with_no_list_opener_is_no_unit(extract):
    x = extract("澜川集团旗下的澜川科技和霁峤科技签署了合作协议。")
    _assert_fact(x, "澜川科技", "subsidiaryOf", "澜川集团")
    assert not [r for r in x.relations if r.relation == "subsidiaryOf" and r.head.startswith("霁峤")], _show(x)


def test_relations_holders_named_in_turn_hold_no_stake_in_each_other(extract):
    # (the statistical model read the later holder as investing in the earlier one)
    x = extract("其中，长岚基金与汇岫人寿为四季度新进股东，原第九大股东岫岭投资则已退出前十大股东之列。")
    assert _entities_named(x, "岫岭投资") and not [r for r in x.relations if r.relation == "investedIn"], _show(x)


def test_relations_branch_is_one_name_led_by_its_head(extract):
    x = extract("李文现任星海银行无锡分行行长。")
    assert _entities_named(x, "星海银行无锡分行") and not _entities_named(x, "无锡分行"), _show(x)
    _assert_fact(x, "李文", "leads", "星海银行无锡分行", title="行长")


def test_relations_subsidiary_of_another_company_named_is_not_the_articles(extract):
    x = extract(_REPORT + "蓝鲸网络通过全资子公司蓝鲸（香港）控股有限公司收购了北辰软件。")
    _assert_fact(x, "蓝鲸（香港）控股有限公司", "subsidiaryOf", "蓝鲸网络")
    assert not _find(x, "蓝鲸（香港）控股有限公司", "subsidiaryOf", "星海科技"), _show(x)


def test_relations_its_subsidiary_named(extract):
    x = extract("星海集团宣布，其全资子公司星海智行科技有限公司已完成对蓝鲸网络的收购。")
    _assert_fact(x, "星海智行科技有限公司", "subsidiaryOf", "星海集团")


def test_relations_ren_before_a_title_is_a_post_verb(extract):
    # 刘川任CEO: 任 is the verb (not the end of his name); the post is at the sentence's company,
    # not at the former employer that describes the founders
    x = extract("星海机器人公司成立于2022年，由两位前大疆工程师刘川和程一帆联合创立，刘川任CEO，程一帆任CTO。")
    assert _entities_named(x, "刘川") and not _entities_named(x, "刘川任"), _show(x)
    _assert_fact(x, "刘川", "leads", "星海机器人公司", title="CEO")
    _assert_fact(x, "程一帆", "holdsPosition", "星海机器人公司", title="CTO")
    assert not [r for r in _find(x, "程一帆", "holdsPosition", "大疆") if r.title == "CTO"], _show(x)


PRODUCTS_OF_CASES = [
    # (text, products, owner)
    pytest.param(_REPORT + "公司目前的核心产品包括全尺寸人形机器人“星海W1”以及灵巧手“星海Hand 2”，后者已开始供货。",
                 ["星海W1", "星海Hand 2"], "星海科技", id="gongsi-core-products"),
    pytest.param("蓝鲸网络由前北辰电子工程师李文于2020年创办，其核心产品为车规级芯片“鲸芯S7”系列。",
                 ["鲸芯S7"], "蓝鲸网络", id="qi-is-the-sentences-company"),
]


@pytest.mark.parametrize("text, products, owner", PRODUCTS_OF_CASES)
def test_relations_products_of_a_company(extract, text, products, owner):
    x = extract(text)
    for p in products:
        _assert_fact(x, p, "productOf", owner)


def test_relations_products_of_not_the_former_employer(extract):
    x = extract("蓝鲸网络由前北辰电子工程师李文于2020年创办，其核心产品为车规级芯片“鲸芯S7”系列。")
    assert not _find(x, "鲸芯S7", "productOf", "北辰电子"), _show(x)


def test_relations_bare_gongsi_is_the_articles_company_not_the_last_subject(extract):
    # 后者 was the subject last; a bare 公司 still means the company the report is about
    x = extract("星海科技发布招股书。星海科技拥有两家全资子公司——星海（苏州）机器人有限公司和星海国际控股有限公司，后者注册于新加坡。"
                "公司主要产品包括协作机器人“星海Arm”系列。星海科技表示将扩产。")
    _assert_fact(x, "星海Arm", "productOf", "星海科技")
    assert not _find(x, "星海Arm", "productOf", "星海国际控股有限公司"), _show(x)


def test_relations_stock_short_name_is_an_alias(extract):
    x = extract("检测设备厂商上海星海微测科技股份有限公司（证券简称：星海微测，证券代码：688001）今日上市。截至午间收盘，星海微测股价报92.50元。")
    e = _entities_named(x, "星海微测")
    assert e and e[0].name == "上海星海微测科技股份有限公司", _show(x)


def test_relations_bare_title_after_xiang_jituan(extract):
    x = extract("星海集团发布内部邮件。星海集团宣布组织调整。星海集团表示满意。根据邮件，贺兰舟出任云与智能事业群总裁，向集团总裁葛一鸣汇报。")
    _assert_fact(x, "葛一鸣", "leads", "星海集团", title="总裁")
    _assert_fact(x, "贺兰舟", "leads", "云与智能事业群", title="总裁")


def test_relations_qi_title_is_at_the_company_named_before(extract):
    x = extract("星海汽车发布公告。云途智驾成为公司控股子公司，其创始人兼CEO卢峻将继续负责日常经营。")
    _assert_fact(x, "卢峻", "leads", "云途智驾", title="创始人兼CEO")
    _assert_fact(x, "卢峻", "founded", "云途智驾")
    assert not _find(x, "卢峻", "leads", "星海汽车"), _show(x)


@pytest.mark.parametrize("text, generic", [
    pytest.param("此外，公司计划在匈牙利设立欧洲子公司。", "欧洲子公司", id="region-subsidiary"),
    pytest.param("星海科技拟在新加坡设立东南亚子公司。", "东南亚子公司", id="region-word-subsidiary"),
])
def test_relations_a_places_branch_is_no_name(extract, text, generic):
    x = extract(text)
    assert not _entities_named(x, generic), _show(x)


def test_relations_venture_firm_read_as_a_verb_and_gongsi_gets_a_round(extract):
    # LAC: 晨屿(PER)|创投(v); 公司获得…投资 is the round of the article's company
    x = extract(_REPORT + "2016年，公司获得晨屿创投的天使轮投资。")
    assert _type_of(x, "晨屿创投") == {"Company"}, _show(x)
    _assert_fact(x, "晨屿创投", "investedIn", "星海科技")


def test_relations_short_kind_before_a_firm_is_not_its_name(extract):
    x = extract("同日，星海光电还与国内车企东岳汽车签署战略合作协议。")
    assert _entities_named(x, "东岳汽车") and not _entities_named(x, "车企东岳汽车"), _show(x)
    _assert_fact(x, "星海光电", "partnerOf", "东岳汽车")


def test_relations_a_firm_whose_name_ends_like_a_branch_stays(extract):
    x = extract("西门子公司与星海科技有着长期合作的历史。")
    assert _type_of(x, "西门子公司") == {"Company"}, _show(x)


def test_relations_post_filled_by_a_vice_president_of_gongsi(extract):
    # LAC: 一/m 职由/n 公司/n: no firm named 职由公司
    x = extract("对于李文的离职，星海科技方面回应称，公司已完成交接，云计算事业部总经理一职由公司副总裁吴桐兼任。")
    assert not [e for e in x.entities if e.name.startswith("职由")], _show(x)
    _assert_fact(x, "吴桐", "holdsPosition", "星海科技", title="副总裁")
    _assert_fact(x, "吴桐", "leads", "云计算事业部", title="总经理")


def test_relations_managing_director_is_no_head(extract):
    x = extract("北辰资本董事总经理钟子谦进入董事会。")
    _assert_fact(x, "钟子谦", "holdsPosition", "北辰资本", title="董事总经理")
    assert not _find(x, "钟子谦", "leads", "北辰资本"), _show(x)


def test_relations_bare_gongsi_after_a_former_employer_is_the_sentences_firm(extract):
    x = extract("1月9日，星海科技发布内部邮件宣布，原云途软件副总裁、云计算事业部总经理梁宏正式加盟，"
                "出任星海科技首席技术官（CTO），直接向公司CEO段立新汇报。")
    _assert_fact(x, "段立新", "leads", "星海科技", title="CEO")
    assert not _find(x, "段立新", "leads", "云途软件"), _show(x)


def test_relations_posts_on_an_unnamed_joint_ventures_board_are_not_the_parents(extract):
    x = extract("合资公司董事会由五名董事组成，星海医药委派三名，星海医药高级副总裁林立峰出任董事长。")
    assert not _find(x, "林立峰", "leads", "星海医药"), _show(x)
    _assert_fact(x, "林立峰", "holdsPosition", "星海医药", title="高级副总裁")


_TOPIC_PARA = "星海科技发布公告。星海科技营收增长。星海科技表示将加大研发投入。\n\n"
REVIEW_NEG_CASES = [
    # (text, a relation that must not be extracted): found by an adversarial review of the rules above
    pytest.param(_TOPIC_PARA + "云途软件公司同日宣布完成C轮融资。公司CEO王刚表示将扩大招聘。",
                 ("王刚", "leads", "星海科技"), id="gongsi-is-the-paragraphs-firm-not-the-articles"),
    pytest.param(_TOPIC_PARA + "他本人在蓝鲸网络持股约3%。", ("蓝鲸网络", "investedIn", "星海科技"), id="holds-in-a-firm"),
    pytest.param(_TOPIC_PARA + "云途软件由蓝鲸网络公司持股60%。", ("蓝鲸网络公司", "investedIn", "星海科技"), id="held-by-another"),
    pytest.param(_TOPIC_PARA + "北辰资本持股5%以上的企业共有12家。", ("北辰资本", "investedIn", "星海科技"), id="more-than-a-stake"),
    pytest.param(_TOPIC_PARA + "蓝鲸网络的创始人李文持股35%，为第一大股东。", ("李文", "investedIn", "星海科技"), id="founder-of-another"),
    pytest.param(_TOPIC_PARA + "云途软件公司同日宣布，全资子公司云帆信息完成工商登记。",
                 ("云帆信息", "subsidiaryOf", "星海科技"), id="subsidiary-of-the-sentences-firm"),
    pytest.param("蓝鲸网络被启元资本收购，其创始人兼CEO李文将留任。", ("李文", "leads", "启元资本"), id="qi-is-the-subject"),
    pytest.param(_TOPIC_PARA + "传闻称公司董事长将由李文担任，但星海科技否认。", ("李文", "leads", "星海科技"), id="rumoured-post"),
    pytest.param(_TOPIC_PARA + "总裁则为王刚所器重。", ("王刚", "leads", "星海科技"), id="wei-suo-passive"),
    pytest.param(_TOPIC_PARA + "项目负责人为王刚。", ("王刚", "leads", "星海科技"), id="project-lead-is-no-firm-post"),
    pytest.param("星海科技旗下的云途软件由王刚担任总经理。", ("王刚", "leads", "星海科技"), id="post-at-the-subsidiary"),
]


@pytest.mark.parametrize("text, fact", REVIEW_NEG_CASES)
def test_relations_review_cases_give_no_false_relation(extract, text, fact):
    x = extract(text)
    assert not _find(x, *fact), _show(x)


def test_relations_review_cases_keep_the_right_relation(extract):
    x = extract(_TOPIC_PARA + "云途软件公司同日宣布完成C轮融资。公司CEO王刚表示将扩大招聘。")
    _assert_fact(x, "王刚", "leads", "云途软件公司", title="CEO")
    x = extract("蓝鲸网络被启元资本收购，其创始人兼CEO李文将留任。")
    _assert_fact(x, "李文", "leads", "蓝鲸网络")
    x = extract("星海科技旗下的云途软件由王刚担任总经理。")
    _assert_fact(x, "王刚", "leads", "云途软件", title="总经理")
    x = extract(_TOPIC_PARA + "现任董事长为王刚。")
    _assert_fact(x, "王刚", "leads", "星海科技", title="董事长")


@pytest.mark.parametrize("text, name, wrong", [
    pytest.param("星海证券分析师王刚给出“买入”评级，盘口显示主力资金流入。", "王刚", "Company", id="analyst-is-no-bookmaker"),
    pytest.param("庄家已开始出货，香港开盘后股指下跌。", "香港", "Company", id="market-open-is-no-bookmaker"),
    pytest.param("车险赔率调整后，星海保险和云途财险等公司将受益。", "星海保险", "Organization", id="insurance-odds-are-no-match"),
    pytest.param("星海科技发布了Nebula手机。Nebula方面，销量超预期。", "Nebula", "Company", id="product-before-fangmian"),
])
def test_relations_review_cases_types(extract, text, name, wrong):
    x = extract(text)
    assert wrong not in _type_of(x, name), _show(x)


@pytest.mark.parametrize("text, bad", [
    pytest.param("现行贷款利率维持不变，外行理财需谨慎。", "现行", id="xianxing-is-no-bank"),
    pytest.param("北辰数据（上海）科技有限公司今日成立。", "数据（上海）科技有限公司", id="region-name-keeps-its-start"),
    pytest.param("球队新援张小平2球建功。", "张小", id="ping-ends-a-chinese-name"),
])
def test_relations_review_cases_names(extract, text, bad):
    assert not _entities_named(extract(text), bad)


def test_relations_gai_unit_is_the_unit_named_before(extract):
    # 该事业群 stands for the unit named last (本地 is no "this" prefix: 本地生活事业群 is a name)
    x = extract("星海科技调整架构，设立本地生活事业群。该事业群总裁谢蔓表示，即时零售业务增长迅速。")
    _assert_fact(x, "谢蔓", "leads", "本地生活事业群", title="总裁")
    _assert_fact(x, "本地生活事业群", "subsidiaryOf", "星海科技")


ROUND_CASES = [
    # a quoted name after its kind of firm, with its alias note after the closing quote
    pytest.param("36氪获悉，AI芯片公司「星海微电子」（以下简称“星海”）近日完成B轮融资，由北辰资本领投。星海成立于2021年。",
                 [("北辰资本", "investedIn", "星海微电子")], id="quoted-name-after-its-kind"),
    # 本轮 in the next sentence is the round of the company the sentence before was about
    pytest.param("星海科技近日完成B轮融资。本轮融资由北辰资本领投，启元资本、云帆基金跟投，老股东恒岳资本继续超额跟投。",
                 [("北辰资本", "investedIn", "星海科技"), ("启元资本", "investedIn", "星海科技"),
                  ("云帆基金", "investedIn", "星海科技"), ("恒岳资本", "investedIn", "星海科技")], id="this-round-next-sentence"),
    # a news outlet before its dateline is not what the paragraph is about
    pytest.param("星海社4月18日讯（记者 李文）星海社记者获悉，国产高性能模拟芯片厂商云途半导体已于近日完成B轮融资。本轮由北辰资本领投。",
                 [("北辰资本", "investedIn", "云途半导体")], id="outlet-with-its-dateline"),
]


@pytest.mark.parametrize("text, facts", ROUND_CASES)
def test_relations_rounds_named_in_the_sentence_before(extract, text, facts):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert set(facts) <= got, _show(x)
    assert not any(r.tail.startswith("星海社") for r in x.relations), _show(x)


def test_relations_weilai_in_a_funds_name_is_no_negation(extract):
    # 未来 (the future) in 云帆未来基金 is not 未 (not): the fund took part in the round
    x = extract("星海科技近日完成B轮融资，由北辰资本领投，青岚创投、云帆未来基金跟投。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert ("青岚创投", "investedIn", "星海科技") in got, _show(x)


def test_relations_what_raises_a_round_is_a_company():
    # a round's agents make what raised it a company, whatever LAC called its mentions (the vote reads tail_type)
    from kg.nlp.lexicons import load_lexicons
    from kg.nlp.relations import find_relations
    from kg.nlp.tokens import Cand, Tok

    text = "澜湃完成B轮融资。本轮由北辰资本领投。"
    toks = [Tok(0, 2, "澜湃", "ORG"), Tok(2, 4, "完成", "v"), Tok(4, 6, "B轮", "nz"), Tok(6, 8, "融资", "vn"), Tok(8, 9, "。", "w"),
            Tok(9, 11, "本轮", "r"), Tok(11, 12, "由", "p"), Tok(12, 16, "北辰资本", "ORG"), Tok(16, 17, "领", "v"),
            Tok(17, 18, "投", "vn"), Tok(18, 19, "。", "w")]
    ents = [Cand(0, 2, "澜湃", "Company", "lac", 0.8), Cand(12, 16, "北辰资本", "Company", "suffix", 0.85)]
    rels = find_relations(text, [(0, 9), (9, 19)], toks, ents, load_lexicons())
    found = [r for r in rels if r.relation == "investedIn" and r.head == (12, 16) and r.tail == (0, 2)]
    assert found and found[0].tail_type == "Company", rels


NOMINAL_DEAL_CASES = [
    pytest.param("星海医疗已完成对荷兰医疗器械公司Norvane Medical B.V.（以下简称“Norvane”）100%股权的收购。",
                 ("星海医疗", "acquired", "Norvane Medical B.V."), id="whole-stake-with-alias-note"),
    pytest.param("星海电气已完成对河北电池管理系统企业云储智控70%股权的收购。", ("星海电气", "acquired", "云储智控"), id="majority"),
    pytest.param("星海科技完成对云途软件20%股权的收购。", ("星海科技", "investedIn", "云途软件"), id="minority-is-an-investment"),
    pytest.param("星海科技宣布完成对云途软件的收购。", ("星海科技", "acquired", "云途软件"), id="no-stake"),
]


@pytest.mark.parametrize("text, fact", NOMINAL_DEAL_CASES)
def test_relations_deal_as_a_noun_after_dui(extract, text, fact):
    _assert_fact(extract(text), *fact)


def test_relations_planned_nominal_deal_keeps_its_lower_confidence(extract):
    x = extract("星海科技拟完成对云途软件的收购。")
    assert all(r.confidence < 0.6 for r in x.relations if r.relation == "acquired"), _show(x)


def test_relations_products_listed_each_with_its_own_noun(extract):
    x = extract("7月16日，星蓝科技正式发布折叠屏手机“星蓝Fold 3”、智能手表“星蓝Watch S2”以及无线耳机“星蓝Buds Air”三款新品。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert {("星蓝科技", "launched", p) for p in ("星蓝Fold 3", "星蓝Watch S2", "星蓝Buds Air")} <= got, _show(x)


def test_relations_subject_after_a_long_kind_of_firm(extract):
    # 国内(s)|心血管|介入(v)|器械|企业|X（以下简称…）宣布，已完成对B的收购: X is the clause's subject
    _assert_fact(extract("6月10日，国内心血管介入器械企业星海医疗科技集团股份有限公司（以下简称“星海医疗”）宣布，"
                         "已完成对云途生物100%股权的收购，交易对价约2.8亿欧元。"),
                 "星海医疗科技集团股份有限公司", "acquired", "云途生物")


def test_relations_listed_firm_announcing_is_the_articles_company(extract):
    # the target is named (with its alias note) more often, but the headline's firm with its stock
    # code, announcing, is what 公司 in the announcement stands for
    text = ("星海电子：拟收购云途半导体51%股权\n\n"
            "证券时报e公司讯，星海电子（688951）4月22日晚间公告，公司当日召开董事会。\n\n"
            "公告显示，星海电子拟受让苏州云途半导体有限公司（以下简称“云途半导体”）51%股权。交易完成后，云途半导体将成为公司控股子公司。"
            "云途半导体成立于2018年。云途半导体主要从事功率器件设计。星海电子表示，本次收购有助于公司向上游延伸。同日，星海电子还披露了年报。\n\n"
            "人事方面，董事会同意聘任李文为公司总经理。")
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert ("李文", "leads", "星海电子") in got and not any(h == "李文" and t != "星海电子" for h, _, t in got), _show(x)


@pytest.mark.parametrize("text, fact", [
    pytest.param("星海科技成立于2016年。公司上线了无人机配送服务“海豚快送”。", ("星海科技", "launched", "海豚快送"), id="gongsi-shangxian"),
    pytest.param("云途软件成立于2019年。公司又推出了面向物流仓储的轮式机器人云途M1。", ("云途软件", "launched", "云途M1"), id="gongsi-you"),
])
def test_relations_bare_gongsi_before_more_verbs(extract, text, fact):
    _assert_fact(extract(text), *fact)


def test_relations_owner_has_products_listed_each_with_its_kind(extract):
    x = extract("星海科技旗下拥有即时配送平台“星海送”、面向商户的SaaS系统“海管家”。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert {("星海送", "productOf", "星海科技"), ("海管家", "productOf", "星海科技")} <= got, _show(x)


def test_relations_subject_after_a_kind_lac_glued_to_the_name(lac_words):
    # 杭州|自动(ad)|驾驶|芯片|企业星跃(ORG)|智能: the kind of firm ends inside LAC's word, yet describes the subject
    from kg.nlp.lexicons import load_lexicons
    from kg.nlp.relations import find_relations
    from kg.nlp.tokens import Cand

    text = "杭州自动驾驶芯片企业星跃智能宣布完成B轮融资，本轮由北辰资本领投，松石创投跟投。"
    words = [("杭州", "LOC"), ("自动", "ad"), ("驾驶", "v"), ("芯片", "n"), ("企业星跃", "ORG"), ("智能", "n"), ("宣布", "v"),
             ("完成", "v"), ("B轮", "nz"), ("融资", "vn"), ("，", "w"), ("本轮", "r"), ("由", "p"), ("北辰资本", "ORG"), ("领", "v"),
             ("投", "vn"), ("，", "w"), ("松石创投", "ORG"), ("跟", "c"), ("投", "v"), ("。", "w")]
    toks = lac_words(text, words)
    ents = [Cand(0, 2, "杭州", "Place", "lac", 0.7), Cand(10, 14, "星跃智能", "Company", "suffix", 0.85),
            Cand(text.index("北辰资本"), text.index("北辰资本") + 4, "北辰资本", "Company", "suffix", 0.85),
            Cand(text.index("松石创投"), text.index("松石创投") + 4, "松石创投", "Company", "suffix", 0.85)]
    rels = find_relations(text, [(0, len(text))], toks, ents, load_lexicons())
    heads = {text[r.head[0] : r.head[1]] for r in rels if r.relation == "investedIn" and r.tail == (10, 14)}
    assert heads == {"北辰资本", "松石创投"}, rels


# An adversarial review of this session's rules found these; each must stay as it is now.
REVIEW_ROUND_TWO_CASES = [
    pytest.param("宁夏光伏装机量同比增长30%。", "宁夏光伏", None, id="place-and-industry-is-no-firm"),
    pytest.param("澜海集团投资了江苏储能项目。", "江苏储能", None, id="place-and-industry-before-xiangmu"),
    pytest.param("互联网公司“降本增效”成为今年的关键词。", "降本增效", None, id="scare-quotes-after-a-kind"),
    pytest.param("这家游戏公司“出海”后获得星海资本投资。", "出海", None, id="quotes-after-a-determined-kind"),
    pytest.param("半导体产业已进入中场阶段，美国与日本联手限制出口，韩国则保持观望。", "美国", "Organization", id="zhongchang-is-no-match"),
    pytest.param("据悉，接棒董事长王强当天出席了发布会。", "接棒", None, id="rare-verb-before-a-title"),
    pytest.param("Banco de Chile与澜海集团签署合作协议。", "Banco de Chile", "Person", id="bank-with-a-particle"),
    pytest.param("汽车企业管理（上海）有限公司与澜海集团签署协议。", "业管理（上海）有限公司", None, id="chexi-inside-qiye"),
    pytest.param("控股股东及其一致行动人宁波星澜投资合伙企业（有限合伙）合计持股35%。", "一致行动人宁波星澜投资合伙企业（有限合伙）", None,
                 id="role-before-a-partnership"),
]


@pytest.mark.parametrize("text, name, wrong_type", REVIEW_ROUND_TWO_CASES)
def test_relations_review_round_two_entities(extract, text, name, wrong_type):
    x = extract(text)
    assert not any(e.name == name and (wrong_type is None or e.type == wrong_type) for e in x.entities), _show(x)


REVIEW_ROUND_TWO_FACTS = [
    # (text, a fact that must be found or None, a fact that must not be found or None)
    pytest.param("星海科技电商业务表现亮眼，并于去年收购了云启软件。", ("星海科技", "acquired", "云启软件"), None, id="dian-is-no-dateline"),
    pytest.param("云启软件宣布完成A轮融资。此前，澜海集团曾投资星途科技。本轮由高瓴领投。", ("高瓴", "investedIn", "云启软件"),
                 ("高瓴", "investedIn", "澜海集团"), id="this-round-is-the-last-rounds-firm"),
    pytest.param("澜途科技推出的智能手表“星环”与华为手表“GT5”相比续航更长。", None, ("澜途科技", "launched", "GT5"),
                 id="yu-compares-products"),
    pytest.param("澜途科技发布新款手机“星耀X1”、竞品手机“Mate70”也同步降价。", None, ("澜途科技", "launched", "Mate70"),
                 id="a-rivals-product"),
    pytest.param("澜海集团董事会否决了对云启软件的收购议案。", None, ("澜海集团", "acquired", "云启软件"), id="deal-rejected"),
    pytest.param("澜海集团反对云启软件的收购要约。", None, ("澜海集团", "acquired", "云启软件"), id="fandui"),
    pytest.param("澜海集团完成对云启软件剩余30%股权的收购，云启软件成为其全资子公司。", ("澜海集团", "acquired", "云启软件"), None,
                 id="the-remaining-stake"),
]


@pytest.mark.parametrize("text, must, must_not", REVIEW_ROUND_TWO_FACTS)
def test_relations_review_round_two_facts(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)


POST_LIST_CASES = [
    # (text, a fact that must be found or None, a fact that must not be found or None)
    pytest.param("澜途科技总经理王刚、恒岳资本总经理李文共同为基金揭牌。", ("李文", "leads", "恒岳资本"),
                 ("李文", "leads", "澜途科技"), id="each-item-its-own-organisation"),
    pytest.param("澜途科技总经理王刚、云启软件总经理李文共同为基金揭牌。", ("王刚", "leads", "澜途科技"),
                 ("李文", "leads", "澜途科技"), id="a-firm-lac-missed-is-no-title"),
    pytest.param("澜途科技的CFO王刚和CTO李文出席了发布会。", ("李文", "holdsPosition", "澜途科技"), None,
                 id="a-second-title-of-the-same-organisation"),
    pytest.param("澜途数智董事长由云启软件副总经理王刚兼任，总经理由恒岳资本运营总监李文出任。",
                 ("李文", "leads", "澜途数智"), None, id="the-next-post-of-the-same-organisation"),
    pytest.param("澜途数智董事长由云启软件副总经理王刚兼任，总经理由恒岳资本运营总监李文出任。",
                 ("王刚", "leads", "澜途数智"), ("李文", "leads", "恒岳资本"), id="the-first-post-filled"),
    pytest.param("澜途科技董事长由王刚担任，总经理为李文。", ("王刚", "leads", "澜途科技"), None, id="you-is-no-family-name"),
]


@pytest.mark.parametrize("text, must, must_not", POST_LIST_CASES)
def test_relations_posts_in_lists_and_filled_in_turn(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)


UNIT_CASES = [
    # (text, facts that must all be found)
    pytest.param("澜途科技高级副总裁、终端事业部总裁王刚介绍了三款新品。",
                 {("终端事业部", "subsidiaryOf", "澜途科技"), ("王刚", "holdsPosition", "澜途科技"), ("王刚", "leads", "终端事业部")},
                 id="a-units-title-after-the-firms"),
    pytest.param("霁岳汽车副总裁兼智能驾驶中心负责人王刚表示，双方将合作。",
                 {("智能驾驶中心", "subsidiaryOf", "霁岳汽车"), ("王刚", "holdsPosition", "霁岳汽车")}, id="jian-chains-titles"),
    pytest.param("澜途集团将原有的六大事业群整合为四个：云计算事业群、智能终端事业群和国际业务事业群。",
                 {("云计算事业群", "subsidiaryOf", "澜途集团"), ("智能终端事业群", "subsidiaryOf", "澜途集团"),
                  ("国际业务事业群", "subsidiaryOf", "澜途集团")}, id="reorganised-into-listed-units"),
    pytest.param("3月3日，短视频平台澜途科技内部发布组织调整邮件，宣布成立交易平台事业群，并新设大模型事业部。",
                 {("交易平台事业群", "subsidiaryOf", "澜途科技"), ("大模型事业部", "subsidiaryOf", "澜途科技")},
                 id="new-units-of-the-one-firm-named"),
]


@pytest.mark.parametrize("text, facts", UNIT_CASES)
def test_relations_a_firms_units(extract, text, facts):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert facts <= got, _show(x)


def test_relations_units_after_another_firms_name_are_not_the_subjects(extract):
    x = extract("澜途科技宣布与恒岳资本合作，恒岳资本将成立云计算事业群。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert ("云计算事业群", "subsidiaryOf", "澜途科技") not in got, _show(x)


MAIN_PRODUCT_CASES = [
    # (text, facts that must all be found, a fact that must not be found or None)
    pytest.param("根据招股说明书，澜途科技成立于2015年，主要产品包括晶圆缺陷检测设备“明镜”系列和膜厚量测设备“WT-9000”，客户涵盖中芯国际。",
                 {("明镜", "productOf", "澜途科技"), ("WT-9000", "productOf", "澜途科技")}, None, id="main-products-with-kinds"),
    pytest.param("公开资料显示，澜途半导体成立于2016年，其核心产品SiC MOSFET模块“澜途QS-9”已批量供货比亚迪。",
                 {("澜途QS-9", "productOf", "澜途半导体")}, ("SiC", "productOf", "澜途半导体"), id="qi-core-product"),
    pytest.param("澜途新材主要从事高纯硅基材料的研发，主要产品包括光伏级多晶硅、“澜辉”系列电子级硅烷以及“澜晶”半导体用高纯石英砂。",
                 {("澜辉", "productOf", "澜途新材"), ("澜晶", "productOf", "澜途新材")}, None, id="quoted-names-in-the-list"),
    pytest.param("霁岳汽车成立于2018年，总部位于合肥，旗下目前拥有“霁岳Q5”“霁岳Q7”两款智能电动SUV。",
                 {("霁岳Q5", "productOf", "霁岳汽车"), ("霁岳Q7", "productOf", "霁岳汽车")}, None, id="qixia-opens-a-clause"),
    pytest.param("澜途科技与恒岳资本签约，恒岳资本的核心产品“岳鉴”将接入澜途平台。",
                 {("岳鉴", "productOf", "恒岳资本")}, ("岳鉴", "productOf", "澜途科技"), id="the-firm-named-before-the-word"),
]


@pytest.mark.parametrize("text, facts, wrong", MAIN_PRODUCT_CASES)
def test_relations_a_firms_main_products(extract, text, facts, wrong):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert facts <= got and (wrong is None or wrong not in got), _show(x)


CONTROL_CASES = [
    # (text, a fact that must be found, a fact that must not be found or None)
    pytest.param("澜途港务是宁州市国资委全资控股的港口运营企业。", ("宁州市国资委", "investedIn", "澜途港务"),
                 ("澜途港务", "subsidiaryOf", "宁州市国资委"), id="a-public-body-holds-a-stake"),
    pytest.param("澜途科技系恒岳集团实际控制的平台公司。", ("澜途科技", "subsidiaryOf", "恒岳集团"), None,
                 id="xi-a-firms-subsidiary-lac-glued"),
    pytest.param("澜途港务由宁州市国资委全资控股。", ("宁州市国资委", "investedIn", "澜途港务"), None, id="passive-public-body"),
    pytest.param("澜途集团是一家民营企业，董事局主席王刚持有其约41%的股份。", ("王刚", "investedIn", "澜途集团"), None,
                 id="an-approximate-stake"),
    pytest.param("目前，私募股权基金Sunrise Capital Partners持有澜途精机约67%股份。",
                 ("Sunrise Capital Partners", "investedIn", "澜途精机"), None, id="jingji-ends-a-firms-name"),
    pytest.param("公告显示，澜途软件现有股东包括创始人王刚、恒岳资本以及青岚产业基金，其中恒岳资本将全部退出。",
                 ("青岚产业基金", "investedIn", "澜途软件"), None, id="a-coined-fund-in-a-list-of-holders"),
]


@pytest.mark.parametrize("text, must, wrong", CONTROL_CASES)
def test_relations_control_and_stakes(extract, text, must, wrong):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert must in got and (wrong is None or wrong not in got), _show(x)


def test_entities_xitong_is_no_copula_inside_a_name(extract):
    x = extract("新华网消息：美国海军航空系统司令部12日下令。")
    assert "美国海军航空系统司令部" in {e.name for e in x.entities}, _show(x)


def test_relations_a_datelines_outlet_takes_part_in_no_relation(extract):
    x = extract("证券时报e公司讯 1月8日晚间，星海生物公告，公司将其自主研发的抗体偶联药物KX-2015的权利授予澜途医疗。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert ("KX-2015", "productOf", "星海生物") in got and not any("证券时报" in h or "证券时报" in t for h, _, t in got), _show(x)


@pytest.mark.parametrize("text, fact", [
    pytest.param("星海科技电商业务表现亮眼，并于去年收购了云启软件。", ("星海科技", "acquired", "云启软件"), id="dian-shang"),
    pytest.param("星海科技讯息平台上线后，公司又收购了云启软件。", ("星海科技", "acquired", "云启软件"), id="xun-xi"),
])
def test_relations_words_that_start_like_a_dateline_keep_the_firm(extract, text, fact):
    x = extract(text)
    assert fact in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)


def test_relations_officers_of_firms_whose_word_lac_cut_into_verbs(extract):
    # LAC: 澄岭(LOC)|产(v)|投(v): the company word read as two verbs still ends the name
    x = extract("澄岭产投总经理王刚、澄岭资本总经理李文以及宁北新区管委会主任赵川共同为基金揭牌。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert {("王刚", "leads", "澄岭产投"), ("李文", "leads", "澄岭资本"), ("赵川", "leads", "宁北新区管委会")} <= got, _show(x)


PARTNER_CASES = [
    # (text, facts that must all be found, a fact that must not be found or None)
    pytest.param("此外，霁岳汽车还与德国零部件供应商Kessler AG、地图服务商恒岳科技分别签署了智能座舱和高精地图方面的合作协议。",
                 {("霁岳汽车", "partnerOf", "Kessler AG"), ("霁岳汽车", "partnerOf", "恒岳科技")}, None, id="partners-each-with-a-kind"),
    pytest.param("澜途生物将双抗ADC海外权益授权给恒岳医药，首付款1.5亿美元。", {("澜途生物", "partnerOf", "恒岳医药")}, None,
                 id="licensed-out"),
    pytest.param("澜途生物还宣布以1200万美元首付款从恒岳生物引进口服小分子药物在中国大陆的独家权益。",
                 {("澜途生物", "partnerOf", "恒岳生物")}, None, id="licensed-in"),
    pytest.param("澜途科技从恒岳资本手中收购了全部股权。", set(), ("澜途科技", "partnerOf", "恒岳资本"), id="bought-from-is-no-licence"),
    pytest.param("招股书显示，澜途科技成立于2014年，创始人为清华大学博士王刚。", {("王刚", "founded", "澜途科技")}, None,
                 id="founder-with-a-description"),
]


@pytest.mark.parametrize("text, facts, wrong", PARTNER_CASES)
def test_relations_partners_licences_and_founders(extract, text, facts, wrong):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert facts <= got and (wrong is None or wrong not in got), _show(x)


REVIEW_ROUND_THREE_FACTS = [
    # (text, a fact that must be found or None, a fact that must not be found or None): cases an adversarial
    # review of the units, control, products and dateline rules found
    pytest.param("澜途科技首席科学家、青岚大学人工智能研究院院长王刚表示，公司将加大投入。", None,
                 ("青岚大学人工智能研究院", "subsidiaryOf", "澜途科技"), id="an-outside-bodys-unit-in-a-title-chain"),
    pytest.param("澜途科技成立于2010年，是恒岳集团汽车事业部的核心供应商。", None,
                 ("恒岳集团汽车事业部", "subsidiaryOf", "澜途科技"), id="chengliyu-is-no-reorganisation"),
    pytest.param("澜途科技此前已组建智能驾驶事业部，恒岳集团则在上月成立了汽车事业群。", ("汽车事业群", "subsidiaryOf", "恒岳集团"),
                 ("汽车事业群", "subsidiaryOf", "澜途科技"), id="each-clause-its-own-firm"),
    pytest.param("澜途科技4月18日电话会议上表示，将以5亿元收购青岚科技。", ("澜途科技", "acquired", "青岚科技"), None,
                 id="dianhua-is-no-dateline"),
    pytest.param("澜途科技发布年报。报告期内，澜途科技机器人业务收入增长50%，恒岳资本持有澜途科技10%股份。",
                 ("恒岳资本", "investedIn", "澜途科技"), None, id="a-firms-line-of-business"),
    pytest.param("澜途科技是恒岳集团控股的澄岭科技的供应商。", None, ("澜途科技", "subsidiaryOf", "恒岳集团"),
                 id="what-y-controls-is-z"),
    pytest.param("澜途科技领投B轮融资，旗下拥有“灵雀”“飞鸿”两大品牌的青岚科技也参与跟投。", None,
                 ("灵雀", "productOf", "澜途科技"), id="qixia-in-a-relative-clause"),
    pytest.param("恒岳资本合伙人由明辉表示，看好这一赛道。", ("由明辉", "holdsPosition", "恒岳资本"), None, id="you-as-a-family-name"),
]


@pytest.mark.parametrize("text, must, must_not", REVIEW_ROUND_THREE_FACTS)
def test_relations_review_round_three(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)


@pytest.mark.parametrize("text, bad", [
    pytest.param("澜途医药的候选药物HER2-ADC进入临床。", "HER2", id="a-target"),
    pytest.param("抗体药物PD-1单抗获批上市。", "PD-1", id="a-target-with-a-hyphen"),
    pytest.param("澜途科技新推出的WIFI7芯片已量产。", "WIFI7", id="a-standard"),
    pytest.param("澜途科技的主要产品包括面向“专精特新”企业的数字化平台。", "专精特新", id="a-label-of-customers"),
])
def test_entities_review_round_three_no_products(extract, text, bad):
    x = extract(text)
    assert bad not in {e.name for e in x.entities if e.type == "Product"}, _show(x)


@pytest.mark.parametrize("text", [
    "2012年度，澜途股份从恒岳酒业获得投资收益3501万元。",
    "澜途资本方面将从恒岳银行方面获得35万美元的债务融资。",
])
def test_relations_gains_from_a_firm_are_no_licence(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation == "partnerOf"], _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("资料显示，澜途科技成立于2017年，由恒岳电子（HY）前设计总监王刚创立，目前王刚担任公司董事长。",
                 ("王刚", "leads", "澜途科技"), ("王刚", "leads", "恒岳电子"), id="former-employer-with-a-short-name"),
    pytest.param("资料显示，澜途科技成立于2017年，由恒岳电子副总裁王刚创立，目前王刚担任公司总经理。",
                 ("王刚", "leads", "澜途科技"), ("王刚", "leads", "恒岳电子"), id="employers-title-and-person"),
    pytest.param("资料显示，澜途科技成立于2017年，创始人曾在恒岳电子任职，目前李文担任公司总经理。",
                 ("李文", "leads", "澜途科技"), ("李文", "leads", "恒岳电子"), id="worked-there-before"),
    pytest.param("资料显示，澜途科技与恒岳电子签署协议，目前李文担任公司总经理。",
                 ("李文", "leads", "恒岳电子"), None, id="two-firms-without-a-person-keep-the-last"),
])
def test_relations_bare_gongsi_skips_a_firm_that_describes_a_person(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert must in got and (must_not is None or must_not not in got), _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("澜途科技随后证实，周敏已加入公司出任首席产品官。", ("周敏", "holdsPosition", "澜途科技"), None, id="joins-the-company-and-takes-a-post"),
    pytest.param("原恒岳资本合伙人王刚正式加盟澜途科技，并担任总裁。", ("王刚", "leads", "澜途科技"), None, id="joins-then-a-head-post"),
    pytest.param("另有传闻称，王刚将加盟澜途科技出任总裁，对此澜途科技表示不予置评。", None, ("王刚", "leads", "澜途科技"), id="hearsay"),
    pytest.param("王刚加入澜途科技后，负责研发。", None, ("王刚", "leads", "澜途科技"), id="joins-without-a-post"),
    pytest.param("今年1月，该公司首席技术官王刚离职，加入美国人工智能公司Velmora担任首席科学家。",
                 ("王刚", "holdsPosition", "Velmora"), None, id="a-clause-joins-a-firm-of-a-kind"),
    pytest.param("王刚去年从恒岳电子离职，随后加盟澜途科技出任总裁。", ("王刚", "leads", "澜途科技"), None, id="a-clause-joins-then-leads"),
    pytest.param("有消息称王刚离职，将加盟澜途科技出任总裁。", None, ("王刚", "leads", "澜途科技"), id="a-clause-joins-hearsay"),
    pytest.param("澜途科技成立于2016年，李文现任公司首席科学官。", ("李文", "holdsPosition", "澜途科技"), None, id="a-chief-officer-title"),
    pytest.param("天隼智航已于今年6月被澜途科技全资收购，成为其全资子公司。", ("天隼智航", "subsidiaryOf", "澜途科技"), None,
                 id="taken-over-then-its-subsidiary"),
    pytest.param("栖木科技是一家智能家居企业，去年被家电企业澜途科技收购，目前为其控股子公司。", ("栖木科技", "subsidiaryOf", "澜途科技"), None,
                 id="taken-over-now-its-subsidiary"),
    pytest.param("天隼智航去年被澜途科技收购，但仍独立运营。", None, ("天隼智航", "subsidiaryOf", "澜途科技"), id="taken-over-no-subsidiary-said"),
])
def test_relations_joining_a_firm_and_becoming_a_subsidiary(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("澜途科技将为星河汽车提供自动驾驶系统“极目”。", ("极目", "productOf", "澜途科技"), ("星河汽车", "launched", "极目"),
                 id="supplies-a-named-customer"),
    pytest.param("云帆科技也将向海外车企提供L2+级辅助驾驶系统“天穹Pilot”。", ("天穹Pilot", "productOf", "云帆科技"),
                 ("云帆科技", "launched", "L2+"), id="supplies-an-unnamed-customer-and-a-level-is-no-product"),
    pytest.param("Nova 9搭载了澄芯微电子为其定制的“天枢900”芯片。", ("天枢900", "productOf", "澄芯微电子"), None, id="made-for-it"),
])
def test_relations_a_suppliers_product(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert must in got and (must_not is None or must_not not in got), _show(x)


@pytest.mark.parametrize("text, maker, product", [
    pytest.param("该服务器搭载寒武纪思元370加速卡，算力大幅提升。", "寒武纪", "思元370", id="maker-line-and-model"),
    pytest.param("新车采用地平线征程6芯片。", "地平线", "征程6", id="line-lac-may-read-as-a-place"),
])
def test_relations_a_makers_line_and_model(extract, text, maker, product):
    x = extract(text)
    types = {e.name: e.type for e in x.entities}
    assert types.get(maker) == "Company" and types.get(product) == "Product", _show(x)
    assert (product, "productOf", maker) in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)


@pytest.mark.parametrize("text", [
    pytest.param("寒武纪2023年营收下降。", id="a-year-is-no-model"),
    pytest.param("地平线已就Z7芯片获得认证。", id="adverbs-are-no-line"),
])
def test_relations_no_makers_line_without_one(extract, text):
    x = extract(text)
    assert not [e for e in x.entities if e.type == "Product" and not e.name.isascii()], _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("王海涛接替刘建华，加入星辰科技担任首席执行官。", ("王海涛", "leads", "星辰科技"), ("刘建华", "leads", "星辰科技"),
                 id="joined-the-subject-not-the-predecessor"),
    pytest.param("恒岳电子董事长李文宣布王刚离职，加入澜途科技担任总裁。", ("王刚", "leads", "澜途科技"), ("李文", "leads", "澜途科技"),
                 id="joined-the-person-announced"),
    pytest.param("传王刚已从恒岳电子离职，加盟澜途科技出任总裁。", None, ("王刚", "leads", "澜途科技"), id="joined-rumour"),
    pytest.param("澜途科技将向星桥汽车提供由寒武纪研发的“思元”芯片。", None, ("思元", "productOf", "澜途科技"),
                 id="supplies-another-makers-product"),
    pytest.param("澜途科技将向星桥汽车提供“星辰X7”车型的激光雷达。", None, ("星辰X7", "productOf", "澜途科技"),
                 id="supplies-a-part-for-the-buyers-product"),
    pytest.param("新车采用地平线方案2.0。", None, ("方案2.0", "productOf", "地平线"), id="maker-then-an-ordinary-word"),
])
def test_relations_session_eleven_review_two_pins(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)


@pytest.mark.parametrize("text, below", [
    pytest.param("王刚将加盟澜途科技出任总裁。", 0.8, id="planned-move"),
    pytest.param("王刚从恒岳电子离职，将加盟澜途科技出任总裁。", 0.7, id="planned-join-in-a-clause"),
])
def test_relations_a_planned_move_is_less_sure(extract, text, below):
    x = extract(text)
    got = [r for r in x.relations if (r.head, r.relation, r.tail) == ("王刚", "leads", "澜途科技")]
    assert got and got[0].confidence < below, _show(x)


def test_entities_former_firm_before_a_title_keeps_its_name(extract):
    x = extract("原恒岳资本合伙人王刚表示看好。")
    assert ("恒岳资本", "Company") in {(e.name, e.type) for e in x.entities}, _show(x)
    assert ("王刚", "holdsPosition", "恒岳资本") in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("澜途集团于2023年3月宣布启动组织变革，设立澜途云智能集团、澜途电商集团、澜途物流集团等六大业务集团。",
                 ("澜途电商集团", "subsidiaryOf", "澜途集团"), ("澜途电商集团", "subsidiaryOf", "澜途云智能集团"), id="six-business-groups"),
    pytest.param("澜途科技今年新成立智算事业群、终端事业群等三个事业群。",
                 ("终端事业群", "subsidiaryOf", "澜途科技"), None, id="units-closed-by-their-kind"),
])
def test_relations_units_listed_before_their_kind(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert must in got and (must_not is None or must_not not in got), _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("海岳集团是一家以港口物流起家的民营企业集团，董事局主席王刚持有其约41%股权。", ("王刚", "leads", "海岳集团"), None,
                 id="chair-opens-a-later-clause"),
    pytest.param("澜途科技今日发布新品，副总裁李文出席发布会。", ("李文", "holdsPosition", "澜途科技"), None, id="a-deputy"),
    pytest.param("澜途科技今日发布新品，原董事长王刚出席发布会。", None, ("王刚", "leads", "澜途科技"), id="a-former-post"),
    pytest.param("王刚今日出席论坛，董事长李文也到场。", None, ("李文", "leads", "王刚"), id="a-person-subject"),
])
def test_relations_a_clause_that_opens_with_a_title(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)


def test_relations_a_reorganisations_units_are_siblings_and_one_is_handed_to_its_head(extract):
    x = extract("澜途科技将原有的六个事业部整合为三大事业群：智算事业群由王刚直接兼管；企业软件事业群总裁由原政企事业部负责人李文担任；"
                "新成立的终端与生态事业群则交由副总裁赵川负责。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert ("赵川", "leads", "终端与生态事业群") in got, _show(x)
    assert ("终端与生态事业群", "subsidiaryOf", "澜途科技") in got, _show(x)
    assert not {r for r in got if r[0].endswith("事业群") and r[2].endswith("事业群")}, _show(x)


def test_relations_a_bare_post_is_not_at_the_holders_former_employer(extract):
    x = extract("恒岳能源副总裁王刚出任澜途新材董事长，青岚化学副社长李文出任总经理。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert ("李文", "leads", "澜途新材") in got and ("青岚化学", "Company") in {(e.name, e.type) for e in x.entities}, _show(x)
    assert ("李文", "leads", "青岚化学") not in got, _show(x)


@pytest.mark.parametrize("text, fact, wrong", [
    pytest.param("原澜途科技总裁王刚今日加盟恒岳资本。", ("王刚", "holdsPosition", "澜途科技"), ("王刚", "leads", "澜途科技"), id="yuan-before-a-firm"),
    pytest.param("前澜途科技总裁王刚今日加盟恒岳资本。", ("王刚", "holdsPosition", "澜途科技"), ("王刚", "leads", "澜途科技"), id="qian-before-a-firm"),
    pytest.param("企业软件事业群总裁由原政企事业部负责人李文担任。", ("李文", "holdsPosition", "政企事业部"), ("李文", "leads", "政企事业部"),
                 id="a-former-units-head"),
    pytest.param("此前澜途科技总裁王刚表示看好。", ("王刚", "leads", "澜途科技"), None, id="ciqian-is-no-former-mark"),
])
def test_relations_a_former_post_marked_before_its_organisation(extract, text, fact, wrong):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert fact in got and (wrong is None or wrong not in got), _show(x)


def test_entities_units_merged_or_headed_and_a_former_mark(extract):
    x = extract("澜途科技宣布将原电商事业群与本地零售事业群合并，由集团执行副总裁王刚负责的智能云事业群则保持不变。")
    names = {e.name for e in x.entities}
    assert {"电商事业群", "智能云事业群"} <= names and "原电商事业群" not in names, _show(x)


def test_relations_a_joint_venture_set_up_with_an_amount_by_partners_named_with_their_kinds(extract):
    x = extract("4月12日，新能源车企霁岳汽车与电池制造商青岚能源在合肥签署战略合作协议，双方将共同出资20亿元成立合资公司"
                "恒川动力科技有限公司，其中霁岳汽车持股51%，青岚能源持股49%。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    for party in ("霁岳汽车", "青岚能源"):
        assert (party, "founded", "恒川动力科技有限公司") in got, _show(x)
        assert (party, "investedIn", "恒川动力科技有限公司") in got, _show(x)


@pytest.mark.parametrize("text", [
    pytest.param("公司股东大会审议通过了该议案。", id="the-companys-meeting"),
    pytest.param("控股股东计划增持公司股份。", id="the-companys-shares"),
])
def test_entities_a_kind_of_firm_before_an_ordinary_word_names_nothing(extract, text):
    x = extract(text)
    assert not [e for e in x.entities if e.type == "Company"], _show(x)


@pytest.mark.parametrize("text, pair", [
    pytest.param("德国工业巨头澜途集团（Lantu）宣布与国内工业AI初创公司青岚智造签署合作协议。", ("澜途集团", "青岚智造"),
                 id="announced-after-an-alias-with-a-kind"),
    pytest.param("澜途科技今日宣布与国内初创公司青岚智造签署合作协议。", ("澜途科技", "青岚智造"), id="announced-with-a-kind"),
])
def test_relations_partners_announced_with_the_partners_kind(extract, text, pair):
    x = extract(text)
    assert frozenset(pair) in {frozenset((r.head, r.tail)) for r in x.relations if r.relation == "partnerOf"}, _show(x)


@pytest.mark.parametrize("text, fact, not_names", [
    pytest.param("星湾科技发布新品。新机搭载由星湾全资子公司云帆电子自研的“帆芯X1”影像芯片。", ("云帆电子", "subsidiaryOf", "星湾科技"),
                 {"星湾全资子公司", "星湾全资子公司云帆电子"}, id="the-owners-short-name-then-its-subsidiary"),
    pytest.param("恒岳电气宣布已完成对青岚智控70%股权的收购，青岚智控正式成为恒岳电气控股子公司。",
                 ("青岚智控", "subsidiaryOf", "恒岳电气"), {"恒岳电气控股子公司"}, id="formally-becomes-its-subsidiary"),
    pytest.param("公司海外业务板块澜途国际（Lantu International）总裁王刚透露，海外收入占比提升。", ("王刚", "leads", "澜途国际"),
                 set(), id="a-title-after-the-units-foreign-name"),
])
def test_relations_subsidiaries_and_posts_around_kinds_and_notes(extract, text, fact, not_names):
    x = extract(text)
    assert fact in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)
    assert not not_names & {e.name for e in x.entities}, _show(x)


@pytest.mark.parametrize("text, fact, not_names", [
    pytest.param("星湾智储换股吸收合并云帆电气实施完毕。", ("星湾智储", "acquired", "云帆电气"), {"星湾智储换股"}, id="an-absorption-by-share-swap"),
    pytest.param("原青岚科技副总裁王刚加盟澜途数科出任CTO 云计算人才争夺战升温", ("王刚", "holdsPosition", "澜途数科"), set(),
                 id="joins-in-a-headline"),
    pytest.param("李文离职后出任云服务商恒岳云的CFO。", ("李文", "holdsPosition", "恒岳云"), set(), id="a-post-at-a-firm-after-its-kind"),
])
def test_relations_mergers_headlines_and_kinds_before_firms(extract, text, fact, not_names):
    x = extract(text)
    assert fact in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)
    assert not not_names & {e.name for e in x.entities}, _show(x)


@pytest.mark.parametrize("text", [
    pytest.param("王刚是澜途科技的创始人。", id="is-its-founder"),
    pytest.param("王刚担任澜途科技联合创始人兼CTO。", id="serves-as-co-founder"),
])
def test_relations_a_person_said_to_be_a_founder_founded_the_firm(extract, text):
    x = extract(text)
    assert ("王刚", "founded", "澜途科技") in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)


def test_relations_joins_the_company_and_serves(extract):
    x = extract("澜途科技宣布，李文加盟公司担任首席技术官。")
    assert ("李文", "holdsPosition", "澜途科技") in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("云梦数智产业协会成立 青衡智算研究院院长王刚当选首任理事长", ("王刚", "leads", "云梦数智产业协会"),
                 ("云梦数智产业协会", "founded", "青衡智算研究院"), id="a-headlines-phrases-and-an-election"),
    pytest.param("澜途数智产业协会今日成立，青岚研究院院长王刚当选首任会长。", ("王刚", "leads", "澜途数智产业协会"),
                 ("王刚", "leads", "青岚研究院会长"), id="elected-at-the-body-formed"),
])
def test_relations_elected_posts_and_headline_phrases(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert must in got and must_not not in got, _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("澜途科技子公司总经理李文表示看好。", None, ("李文", "leads", "澜途科技"), id="a-post-at-an-unnamed-subsidiary"),
    pytest.param("据咨询公司王刚团队测算，市场规模将翻倍。", None, None, id="a-persons-team-is-no-firm"),
    # (the post at the text's company; one its holder resigns is given up: see the resignation cases)
    pytest.param("澜途科技发布公告，公司联合首席执行官王刚表示看好。", ("王刚", "leads", "澜途科技"), None, id="the-texts-company-post-stays"),
    pytest.param("澜途科技发布公告，公司联合首席执行官王刚辞职。", None, ("王刚", "leads", "澜途科技"), id="a-post-resigned-at-the-texts-company"),
])
def test_relations_posts_at_subsidiaries_and_teams(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)
    assert not {e.name for e in x.entities if e.type == "Company"} & {"王刚团队", "澜途科技子公司"}, _show(x)


# --- review round four: regressions an adversarial review of this session's rules found ---------

REVIEW_ROUND_FOUR_ENTITIES = [
    # football club words that players share: the players stay people
    pytest.param("英超焦点战中，萨拉赫在主场梅开二度，利物浦3比0大胜曼城。", "萨拉赫", "Person", id="a-scorer-at-home"),
    pytest.param("德甲第5轮，凯恩近三轮均有进球。", "凯恩", "Person", id="a-scorers-last-rounds"),
    pytest.param("哈兰德三战打入5球，曼城在英超积分榜上暂列第二。", "哈兰德", "Person", id="three-games"),
    pytest.param("英超第9轮，热刺主场被萨拉赫连进两球。", "萨拉赫", "Person", id="scored-against-at-home"),
    pytest.param("球迷穿着梅西球衣涌入球场，英超联赛气氛热烈。", "梅西", "Person", id="a-players-shirt"),
    pytest.param("中超第18轮，韦世豪在主场梅开二度。", "韦世豪", "Person", id="a-chinese-player"),
    # names that start with 后, 前 or 原, and verbs that end in 报, keep their characters
    pytest.param("澜途科技宣布收购后稷农业科技有限公司51%股权。", "后稷农业科技有限公司", "Company", id="hou-starts-a-name"),
    pytest.param("澜途科技起诉后海传媒侵犯其商标权。", "后海传媒", "Company", id="hou-after-another-verb"),
    pytest.param("前锦网络科技有限公司是一家人力资源服务企业。", "前锦网络科技有限公司", "Company", id="qian-starts-a-name"),
    pytest.param("星河集团投资了原力数字科技有限公司。", "原力数字科技有限公司", "Company", id="yuan-starts-a-name"),
    pytest.param("澜途科技回报社会的方式多种多样。", "澜途科技", "Company", id="huibao-is-no-newspaper"),
    pytest.param("星河集团第一时间向澜途科技通报消息。", "澜途科技", "Company", id="tongbao-is-no-newspaper"),
]


@pytest.mark.parametrize("text, name, typ", REVIEW_ROUND_FOUR_ENTITIES)
def test_relations_review_round_four_entities(extract, text, name, typ):
    x = extract(text)
    assert (name, typ) in {(e.name, e.type) for e in x.entities}, _show(x)


REVIEW_ROUND_FOUR_FACTS = [
    # (text, a fact that must be found or None, a fact that must not be found or None)
    pytest.param("星河集团采用的处理器是岫芯X2。", None, None, id="shi-is-no-part-of-a-product"),
    pytest.param("陈晨是星河集团创始人王海的女儿。", ("王海", "founded", "星河集团"), ("陈晨", "founded", "星河集团"),
                 id="a-founders-daughter"),
    pytest.param("李娜担任澜途科技创始人办公室主任。", None, ("李娜", "founded", "澜途科技"), id="the-founders-office"),
    pytest.param("传闻澜海物流将被星河集团收购，成为其全资子公司。", None, ("澜海物流", "subsidiaryOf", "星河集团"), id="rumoured-subsidiary"),
    pytest.param("据媒体报道，澜途科技或被星河集团收购，成为其全资子公司。", None, ("澜途科技", "subsidiaryOf", "星河集团"),
                 id="reported-subsidiary"),
    pytest.param("由王立明负责的消费与内容事业群将并入新成立的平台事业群。", None, ("消费与内容事业群", "founded", "平台事业群"),
                 id="merged-units"),
    pytest.param("澜途科技邀请足球明星武磊担任品牌大使。", None, ("武磊", "holdsPosition", "澜途科技"), id="a-brand-ambassador"),
    pytest.param("李明已加入星河集团，将出任其首席财务官。", ("李明", "holdsPosition", "星河集团"), None, id="its-cfo"),
]


@pytest.mark.parametrize("text, must, must_not", REVIEW_ROUND_FOUR_FACTS)
def test_relations_review_round_four_facts(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)
    assert not any(e.name in ("是岫芯X2", "锂电材料") for e in x.entities), _show(x)
    assert all(r.title is None or not r.title.startswith(("其", "公司")) for r in x.relations), _show(x)


def test_relations_review_round_four_joining_a_track_names_no_firm(extract):
    x = extract("澜途科技宣布加入锂电材料赛道。")
    assert {e.name for e in x.entities} == {"澜途科技"}, _show(x)


@pytest.mark.parametrize("text, title", [
    pytest.param("澜途科技创始人办公室主任王刚表示，公司将加大投入。", "创始人办公室主任", id="the-founders-office-before-the-name"),
    pytest.param("澜途科技总裁办主任王刚表示，公司将加大投入。", "总裁办主任", id="the-presidents-office"),
    pytest.param("澜途科技董事长助理王刚表示，公司将加大投入。", "董事长助理", id="the-chairmans-assistant"),
    pytest.param("澜途科技创始人助理王刚表示，公司将加大投入。", "创始人助理", id="the-founders-assistant"),
])
def test_relations_an_office_head_or_an_assistant_to_the_head_holds_a_post_and_leads_nothing(extract, text, title):
    x = extract(text)
    got = {(r.head, r.relation, r.tail, r.title) for r in x.relations}
    assert ("王刚", "holdsPosition", "澜途科技", title) in got, _show(x)
    assert not {r.relation for r in x.relations} & {"leads", "founded"}, _show(x)


@pytest.mark.parametrize("text", [
    pytest.param("澜途科技旗下云帆电子总经理由李文出任。", id="under"),
    pytest.param("澜途科技旗下的云帆电子总经理由李文出任。", id="under-with-de"),
])
def test_relations_a_post_filled_at_a_unit_named_after_its_parent(extract, text):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert {("李文", "leads", "云帆电子"), ("云帆电子", "subsidiaryOf", "澜途科技")} <= got, _show(x)
    assert ("李文", "leads", "澜途科技") not in got, _show(x)


def test_relations_co_investors_of_a_round_whose_firm_is_not_named_invested_in_none_of_each_other(extract):
    x = extract("据悉，本轮融资由恒岳资本领投，青岚创投、云帆资本跟投，老股东星湾科技继续加注。")
    assert not [r for r in x.relations if r.relation == "investedIn"], _show(x)
    x = extract("澜途科技宣布完成5亿元B轮融资。本轮融资由恒岳资本领投，青岚创投、云帆资本跟投，老股东星湾科技继续加注。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert {(n, "investedIn", "澜途科技") for n in ("恒岳资本", "青岚创投", "云帆资本", "星湾科技")} == got, _show(x)


def test_relations_a_founder_named_by_a_bare_title_founded_the_firm_the_sentence_is_about(extract):
    x = extract("星湾新能成立于2021年，创始人李文博士毕业于青岚大学。")
    assert ("李文", "founded", "星湾新能") in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("澜途装备：收购云帆精密60%股权完成过户 终止筹划收购韩国Velmor Vacuum", ("澜途装备", "acquired", "云帆精密"), None,
                 id="a-headlines-next-phrase-is-another-story"),
    pytest.param("澜途科技公告称，公司决定收购云帆精密100%股权。", ("澜途科技", "acquired", "云帆精密"), None,
                 id="the-deal-not-called-off"),
    pytest.param("澜途科技公告称，公司决定终止筹划以发行股份方式收购云帆精密100%股权的事项。", None,
                 ("澜途科技", "acquired", "云帆精密"), id="a-deal-called-off-far-before-its-verb"),
    pytest.param("澜途科技成立于2015年，2020年被星湾集团全资收购。", ("星湾集团", "acquired", "澜途科技"), None,
                 id="a-passive-with-the-sentences-subject"),
    pytest.param("澜途科技总部位于杭州，去年被星湾集团以21亿元收购。", ("星湾集团", "acquired", "澜途科技"), None,
                 id="a-passive-after-a-place-clause"),
])
def test_relations_deals_in_headlines_called_off_or_suffered_by_the_sentences_subject(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)
    assert ("澜途装备", "acquired", "Velmor Vacuum") not in got, _show(x)


def test_entities_a_time_word_before_a_member_phrase_names_no_firm(extract):
    x = extract("星湾科技去年被Vardell AG以21亿美元收购，目前为Vardell旗下全资子公司。")
    assert "目前" not in {e.name for e in x.entities}, _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("澜途装备成立于2015年，2021年在上交所科创板上市，其推出的HX-300系列刻蚀机已进入多家晶圆厂。",
                 ("澜途装备", "launched", "HX-300"), ("上交所", "launched", "HX-300"), id="where-it-listed-is-no-subject"),
    pytest.param("据悉，在星湾集团收购云帆电子公布伊始，星湾集团方面曾表示看好。", ("星湾集团", "acquired", "云帆电子"), None,
                 id="in-a-clause-of-time-the-name-acts"),
])
def test_relations_a_name_after_zai_is_where_unless_it_acts(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert must in got and (must_not is None or must_not not in got), _show(x)


@pytest.mark.parametrize("text, fact", [
    pytest.param("澜途物流发布年报。报告期内，公司以2.6亿元受让宁波云帆集装箱码头有限公司35%股权。",
                 ("澜途物流", "investedIn", "宁波云帆集装箱码头有限公司"), id="gongsi-yi-an-amount"),
    pytest.param("澜途种业发布公告。公司以8000万元入股农业遥感初创企业星湾科技。", ("澜途种业", "investedIn", "星湾科技"),
                 id="gongsi-yi-and-a-kind-before-the-firm"),
    pytest.param("澜途装备发布公告。公告显示，公司以现金4.8亿元收购无锡云帆精密机械有限公司（简称“云帆精密”）60%股权事项已完成。",
                 ("澜途装备", "acquired", "无锡云帆精密机械有限公司"), id="gongsi-yi-cash-and-a-majority"),
])
def test_relations_a_bare_gongsi_paying_for_a_deal_is_the_paragraphs_company(extract, text, fact):
    x = extract(text)
    assert fact in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)


@pytest.mark.parametrize("text", [
    pytest.param("澜途物流发布年报。其控股股东为福建省属国企星海港航集团有限公司，持股比例为41.2%；公司董事长为王刚，总裁为李文。",
                 id="posts-filled-after-the-holder"),
    pytest.param("澜途物流发布年报。其控股股东为星海港航集团有限公司，持股比例为41.2%；公司董事长王刚表示，将继续拓展航线。",
                 id="a-post-before-the-name-after-the-holder"),
])
def test_relations_a_bare_gongsi_after_the_companys_holder_is_the_company_not_the_holder(extract, text):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert ("王刚", "leads", "澜途物流") in got and ("王刚", "leads", "星海港航集团有限公司") not in got, _show(x)


def test_relations_a_bare_gongsi_after_a_subsidiary_the_firm_has_is_the_firm(extract):
    x = extract("澜衡生物成立于2020年，并在美国波士顿设有全资子公司Lanheng Therapeutics Inc.，负责海外临床开发。"
                "公司创始人兼CEO俞岫川博士此前在一家跨国药企工作近十年。")
    _assert_fact(x, "俞岫川", "leads", "澜衡生物", "创始人兼CEO")
    _assert_fact(x, "俞岫川", "founded", "澜衡生物")
    assert not [r for r in x.relations if r.head == "俞岫川" and r.tail == "Lanheng Therapeutics Inc."], _show(x)


def test_relations_firms_counted_after_a_transfer_become_the_receivers_subsidiaries(extract):
    x = extract("经江西省人民政府批准，由江西省国资委出资组建澜衡控股，并将星峰建工集团有限公司（以下简称“星峰建工”）和"
                "云岭交通投资集团有限公司（以下简称“云岭交投”）的全部股权无偿划转至澜衡控股，两家企业成为澜衡控股的全资子公司。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert {("星峰建工集团有限公司", "subsidiaryOf", "澜衡控股"), ("云岭交通投资集团有限公司", "subsidiaryOf", "澜衡控股")} <= got, _show(x)
    assert not [r for r in x.relations if r.relation == "subsidiaryOf" and r.head == "江西省国资委"], _show(x)


@pytest.mark.parametrize("text, owned, owner, more", [
    pytest.param("去年11月，岫川集团通过旗下的问澜投资入股峤驰汽车，持股比例约4.2%。", "问澜投资", "岫川集团",
                 ("问澜投资", "investedIn", "峤驰汽车"), id="a-vehicle-takes-a-stake"),
])
def test_relations_a_firm_named_after_the_owners_pang_xia_that_acts(extract, text, owned, owner, more):
    x = extract(text)
    _assert_fact(x, owned, "subsidiaryOf", owner)
    assert _type_of(x, owned) == {"Company"}, _show(x)
    if more:
        _assert_fact(x, *more)


@pytest.mark.parametrize("text, firm, partner, not_partner", [
    pytest.param("星澜科技还与完美签署战略合作协议，双方将共同开发新游戏。", "星澜科技", "完美", None, id="a-known-name-that-is-a-word"),
    pytest.param("星澜食品近年来动作频频。今年3月，公司与好想你签署战略合作协议，旗下门店接入好想你平台。", "星澜食品", "好想你", None,
                 id="a-verbs-word-inside-and-a-platform-later"),
    pytest.param("澜达电子是国内车载雷达的主要供应商之一，前五大客户包括岫驰汽车、峤途汽车和澜行汽车。"
                 "今年上半年，公司还与携程签署战略合作协议。", "澜达电子", "携程", "澜行汽车", id="gongsi-is-not-the-last-of-its-customers"),
])
def test_relations_a_pact_signed_with_a_listed_name(extract, text, firm, partner, not_partner):
    x = extract(text)
    _assert_fact(x, firm, "partnerOf", partner)
    assert _type_of(x, partner) == {"Company"}, _show(x)
    if not_partner:
        assert not _find(x, not_partner, "partnerOf", partner), _show(x)


def test_relations_a_holder_through_a_vehicle_holds_what_the_vehicle_holds(extract):
    x = extract("澜衡控股通过星峰建工间接持有星峰股份43.6%的股份。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert {("澜衡控股", "investedIn", "星峰股份"), ("星峰建工", "investedIn", "星峰股份")} <= got, _show(x)


def test_relations_a_quoted_product_launched_after_a_long_description(extract):
    x = extract("澜途集团今年已推出基于自研大模型的AI陪玩助手“灵雀”。")
    assert ("澜途集团", "launched", "灵雀") in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)
    x = extract("澜途集团今年已推出基于自研大模型的AI陪玩助手。")
    assert not [r for r in x.relations if r.relation == "launched"], _show(x)


@pytest.mark.parametrize("text, fact", [
    pytest.param("澜途种业发布公告。其首席科学家王海表示，新品种已通过审定。", ("王海", "holdsPosition", "澜途种业"), id="qi-opens-the-sentence"),
    pytest.param("澜途种业发布公告。目前，公司在海南三亚建有育种基地，在合肥设有实验室，其首席科学家王海带领的团队已建立起平台。",
                 ("王海", "holdsPosition", "澜途种业"), id="past-clauses-that-carry-the-subject"),
    pytest.param("霁岳汽车发布公告。公司已于上月完成对自动驾驶方案商岚途智驾51%股权的收购，岚途智驾成为公司控股子公司，"
                 "其创始人兼CEO王海将继续负责日常经营。", None, id="not-past-a-clause-with-its-own-subject"),
])
def test_relations_qi_before_a_post_with_no_firm_named_in_the_sentence(extract, text, fact):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert fact is None or fact in got, _show(x)
    assert not {("王海", "leads", "霁岳汽车"), ("王海", "founded", "霁岳汽车")} & got, _show(x)


def test_relations_a_post_only_reported_to_come_is_no_fact(extract):
    x = extract("此前有媒体报道称，王刚离开青岸后将出任另一家新势力品牌霁川汽车的CEO。")
    assert not [r for r in x.relations if r.head == "王刚"], _show(x)
    x = extract("王刚将出任霁川汽车的CEO。")
    assert ("王刚", "leads", "霁川汽车") in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)


# --- review round five: regressions an adversarial review of this session's rules found ---------

@pytest.mark.parametrize("text, fact", [
    pytest.param("据悉，澜途科技以现金或股票的形式全资收购了星湾科技。", ("澜途科技", "acquired", "星湾科技"), id="huo-meaning-or"),
    pytest.param("尽管市场担心估值可能过高，澜途科技仍完成了对星湾科技的收购。", ("澜途科技", "acquired", "星湾科技"), id="keneng-in-another-clause"),
    pytest.param("针对网络传闻，澜途科技澄清称，公司已于去年完成对星湾科技的收购。", ("澜途科技", "acquired", "星湾科技"), id="clarifying-a-rumour"),
    pytest.param("澜途科技否认了市场传闻，并表示已于2022年全资收购星湾科技。", ("澜途科技", "acquired", "星湾科技"), id="denying-a-rumour"),
    pytest.param("受传闻影响，澜途科技股价大涨；当天公司公告称，已收购星湾科技20%股权。", ("澜途科技", "investedIn", "星湾科技"),
                 id="a-rumours-effect"),
    pytest.param("澜途科技终止上市辅导后收购了星湾科技。", ("澜途科技", "acquired", "星湾科技"), id="something-else-called-off-before"),
    pytest.param("澜途科技终止筹划重大资产重组并以现金收购星湾科技20%股权。", ("澜途科技", "investedIn", "星湾科技"),
                 id="another-plan-called-off"),
    pytest.param("澜途科技放弃优先购买权后恒岳资本收购了星湾科技30%股权。", ("恒岳资本", "investedIn", "星湾科技"),
                 id="another-firm-gave-up-a-right"),
])
def test_relations_review_round_five_facts_near_rumour_and_stop_words_stay(extract, text, fact):
    x = extract(text)
    assert fact in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)


@pytest.mark.parametrize("text", [
    pytest.param("澜途科技收购星湾科技 交易告吹", id="a-headlines-failure-phrase"),
    pytest.param("澜途科技并购星湾科技 双方终止合作", id="a-headlines-called-off-phrase"),
    pytest.param("此前有媒体报道称澜途科技拟收购星湾科技控股权，但星湾科技表示公司与澜途科技之间不存在任何收购安排。",
                 id="a-reported-plan-denied"),
    pytest.param("另据媒体报道，澜途科技还有意收购星湾科技的多数股权，但双方目前均未签署任何协议。", id="a-reported-wish-not-signed"),
])
def test_relations_review_round_five_failed_or_reported_deals_are_dropped(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation in ("acquired", "investedIn")], _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("澜途科技获恒岳资本领投的5000万元A轮融资，云帆资本跟投。", ("恒岳资本", "investedIn", "澜途科技"), None,
                 id="a-round-received-is-no-co-investor"),
    pytest.param("星湾科技本轮融资获青岚创投参投。", ("青岚创投", "investedIn", "星湾科技"), None, id="huo-a-participant"),
    pytest.param("恒岳资本领投了澜途科技的A轮融资，青岚创投跟投。", ("青岚创投", "investedIn", "澜途科技"),
                 ("青岚创投", "investedIn", "恒岳资本"), id="the-follower-joins-the-leaders-round"),
    pytest.param("星湾科技目前为澜途科技旗下全资子公司。", ("星湾科技", "subsidiaryOf", "澜途科技"), None, id="a-time-word-before-wei"),
    pytest.param("澜途科技收购了星湾科技，创始人王刚将继续留任。", ("澜途科技", "acquired", "星湾科技"), ("王刚", "founded", "澜途科技"),
                 id="whose-founder-is-unclear"),
    pytest.param("恒岳资本投资的云帆电子成立于2020年，创始人赵川曾在大厂工作。", ("赵川", "founded", "云帆电子"),
                 ("赵川", "founded", "恒岳资本"), id="the-founder-of-the-firm-set-up"),
    pytest.param("恒岳资本去年领投了成立于2021年的澜途科技。", None, ("恒岳资本", "founded", "澜途科技"), id="chengli-yu-is-when"),
    pytest.param("恒岳资本投资了澜途科技。公司投资部负责人李文表示，将继续关注硬科技。", None, ("李文", "leads", "恒岳资本"),
                 id="a-departments-head"),
    pytest.param("澜途科技2019年在杭州成立，2021年在上交所上市，其创始人王刚为浙大校友。", ("王刚", "founded", "澜途科技"),
                 ("王刚", "founded", "上交所"), id="qi-past-where-it-listed"),
    pytest.param("澜途科技在北京设有研究院，其院长赵川曾任大学教授。", None, ("赵川", "leads", "澜途科技"), id="qi-the-unit-just-named"),
    pytest.param("澜途科技的控股股东为恒岳集团，集团董事长王刚同时兼任澜途科技董事。", ("王刚", "leads", "恒岳集团"),
                 ("王刚", "leads", "澜途科技"), id="jituan-is-the-group-holder"),
    pytest.param("澜途科技通过旗下基金投资了星湾科技。", ("澜途科技", "investedIn", "星湾科技"), ("星湾科技", "subsidiaryOf", "澜途科技"),
                 id="what-the-fund-bought-is-no-unit"),
    pytest.param("星湾科技于2019年被收购，收购方为澜途科技。", ("澜途科技", "acquired", "星湾科技"), ("星湾科技", "acquired", "澜途科技"),
                 id="the-buyer-named-as-party"),
    pytest.param("澜途科技收购星湾科技 遭监管否决", None, ("澜途科技", "acquired", "星湾科技"), id="vetoed"),
    pytest.param("澜途科技推出了“云帆计划”，扶持初创企业。", None, ("澜途科技", "launched", "云帆计划"), id="a-programme-is-no-product"),
])
def test_relations_review_round_five_rounds_founders_references_and_parties(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)


@pytest.mark.parametrize("text, name, not_name", [
    pytest.param("微软公司Azure OpenAI Service已在中国区上线。", None, "Azure OpenAI Service", id="a-product-after-a-firms-own-name"),
    pytest.param("星湾科技公司Open Day活动吸引了众多开发者。", None, "Open Day", id="an-event"),
    pytest.param("云帆电子旗下企业President John Lee表示，将加大投资。", None, "President John Lee", id="a-post"),
    pytest.param("公司曾考虑收购巴西种子公司Terra Aurora，但谈判已暂停。", "Terra Aurora", None, id="after-a-kind-with-gongsi"),
])
def test_entities_review_round_five_latin_names_after_a_kind(extract, text, name, not_name):
    x = extract(text)
    names = {e.name for e in x.entities}
    assert (name is None or name in names) and (not_name is None or not_name not in names), _show(x)


@pytest.mark.parametrize("text", [
    pytest.param("澜途科技和星湾科技均为恒岳集团的子公司。", id="jun-wei"),
    pytest.param("澜途科技、星湾科技都是恒岳集团旗下企业。", id="dou-shi"),
])
def test_relations_firms_listed_before_jun_wei_are_all_the_owners(extract, text):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert {("澜途科技", "subsidiaryOf", "恒岳集团"), ("星湾科技", "subsidiaryOf", "恒岳集团")} <= got, _show(x)


def test_relations_zhe_jia_and_a_kind_of_firm_refers_to_the_firm_named_before(extract):
    x = extract("澜途食品成立于2019年。今年7月，这家预制菜企业推出面向单身人群的“小饭盒”系列。")
    assert ("澜途食品", "launched", "小饭盒") in {(r.head, r.relation, r.tail) for r in x.relations}, _show(x)


def test_relations_a_bare_gongsi_that_developed_a_product_launched_it(extract):
    x = extract("澜途物流发布年报。公司自主研发的“运通达”智慧物流平台于2023年6月正式上线。")
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert {("澜途物流", "launched", "运通达"), ("运通达", "productOf", "澜途物流")} <= got, _show(x)


# --- review round six ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact, dropped", [
    pytest.param("澜途科技决定终止对星湾科技的收购。", ("澜途科技", "acquired", "星湾科技"), True, id="zhongzhi-dui-de-shougou"),
    pytest.param("监管部门叫停了澜途科技对星湾科技的收购。", ("澜途科技", "acquired", "星湾科技"), True, id="jiaoting-by-a-regulator"),
    pytest.param("澜途科技宣布取消此前公布的收购星湾科技的计划。", ("澜途科技", "acquired", "星湾科技"), True, id="quxiao-a-plan"),
    pytest.param("澜途科技董事会否决了收购星湾科技的议案。", ("澜途科技", "acquired", "星湾科技"), True, id="foujue-a-motion"),
    pytest.param("澜途科技去年收购了星湾科技，目前不存在任何其他收购安排。", ("澜途科技", "acquired", "星湾科技"), False,
                 id="no-other-arrangement"),
    pytest.param("澜途科技收购星湾科技后，叫停了星湾科技的亏损业务。", ("澜途科技", "acquired", "星湾科技"), False,
                 id="stopping-a-business-after-the-deal"),
    pytest.param("澜途科技完成收购星湾科技 同时终止部分募投项目", ("澜途科技", "acquired", "星湾科技"), False,
                 id="a-headlines-next-phrase-ends-something-else"),
    pytest.param("澜途科技收购星湾科技获批 并取消年度分红", ("澜途科技", "acquired", "星湾科技"), False, id="a-dividend-cancelled"),
])
def test_relations_review_round_six_deals_called_off_or_not(extract, text, fact, dropped):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (fact not in got) if dropped else (fact in got), _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("熠光科技由赵川创立于2018年。", ("赵川", "founded", "熠光科技"), None, id="you-x-chuangli-yu"),
    pytest.param("熠光科技宣布收购北辰科技，创始人赵川表示此举将完善公司产业链。", ("赵川", "founded", "熠光科技"), None,
                 id="the-subjects-founder-among-two-firms"),
    pytest.param("熠光科技是北辰集团旗下子公司，其负责人李文表示将加大研发投入。", ("李文", "leads", "熠光科技"), None,
                 id="qi-after-the-firm-called-a-subsidiary"),
    pytest.param("恒岳银行设有20家分行，其行长李文表示将继续扩大网点布局。", ("李文", "leads", "恒岳银行"), None,
                 id="qi-after-counted-branches"),
    pytest.param("北辰科技拟转让其持有的熠光科技20%股权，受让方为远岚资本。", None, ("远岚资本", "investedIn", "北辰科技"),
                 id="the-seller-is-no-target"),
    pytest.param("远岚集团旗下新成立的熠光智能发布了首款产品。", ("熠光智能", "subsidiaryOf", "远岚集团"), None,
                 id="a-unit-set-up-is-a-unit"),
    pytest.param("据媒体报道，星湾科技已发布公告，宣布王刚将出任公司CFO。", ("王刚", "holdsPosition", "星湾科技"), None,
                 id="a-post-announced-since-the-report"),
    pytest.param("澜途游戏发布战术射击游戏《暗潮行动》，首周下载量破千万。", ("澜途", "launched", "暗潮行动"), None,
                 id="a-games-title-ending-in-xingdong"),
    pytest.param("澜途科技收购了美国电商公司Home Plus Market。", ("澜途科技", "acquired", "Home Plus Market"), None,
                 id="a-firm-named-with-plus"),
    pytest.param("澜途科技发布公告，公司投资方恒岳资本拟减持2%股份。", None, ("澜途科技", "investedIn", "方恒岳资本"),
                 id="the-fang-of-a-partys-noun"),
])
def test_relations_review_round_six_founders_references_parties_and_names(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)
    assert "方恒岳资本" not in {e.name for e in x.entities}, _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("恒岳资本领投了星湾科技的B轮融资，云帆电子则获得了青岚创投的投资。", ("青岚创投", "investedIn", "云帆电子"),
                 ("青岚创投", "investedIn", "星湾科技"), id="a-passive-clause-has-its-own-firm"),
    pytest.param("此前传闻的收购案已于昨日完成，澜途科技正式收购星湾科技。", ("澜途科技", "acquired", "星湾科技"), None,
                 id="a-rumour-come-true"),
    pytest.param("据澜途科技官方消息称，公司已完成对星湾科技的收购。", ("澜途科技", "acquired", "星湾科技"), None, id="official-news"),
    pytest.param("网传恒岳资本将入股远岚科技，远岚科技已确认此事。", ("恒岳资本", "investedIn", "远岚科技"), None, id="confirmed-since"),
    pytest.param("另有传言称恒岳资本将战略入股星湾科技，恒岳资本相关人士回应“消息不属实”。", None,
                 ("恒岳资本", "investedIn", "星湾科技"), id="denied-as-untrue"),
    pytest.param("恒岳资本投资了熠光科技。公司投资部总经理李文表示，将继续关注硬科技。", ("李文", "holdsPosition", "恒岳资本"),
                 ("李文", "leads", "恒岳资本"), id="a-departments-head-leads-no-firm"),
])
def test_relations_review_round_six_rumours_come_true_and_department_heads(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("星湾科技20%股权被转让，受让方为青岚创投。", ("青岚创投", "investedIn", "星湾科技"), None, id="a-stake-transferred-to-a-party"),
    pytest.param("星湾科技宣布完成B轮融资，收购方为澜途科技。", None, ("星湾科技", "acquired", "澜途科技"), id="no-reversed-deal"),
    pytest.param("王刚任澜途科技总部总裁。", ("王刚", "leads", "澜途科技"), None, id="headquarters-is-the-firm"),
    pytest.param("赵川是澜途科技总部首席执行官。", ("赵川", "leads", "澜途科技"), None, id="headquarters-ceo"),
])
def test_relations_review_round_seven_parties_and_headquarters(extract, text, must, must_not):
    x = extract(text)
    got = {(r.head, r.relation, r.tail) for r in x.relations}
    assert (must is None or must in got) and (must_not is None or must_not not in got), _show(x)


def test_relations_a_clause_opening_with_a_word_no_name_covers_keeps_its_own_subject(extract):
    # a headline's items: 飞隼 (a firm LAC missed) launched Orbit 3, not the firm of the item before
    x = extract("晨讯早报｜岑川汽车任命新CFO；飞隼发布Orbit 3")
    assert not [r for r in x.relations if r.relation in ("launched", "productOf")], _show(x)
    # a clause with no subject of its own still has the one before
    x = extract("岑川科技去年推出了首款手表；今年又发布了“岑川Ring”智能戒指。")
    _assert_fact(x, "岑川科技", "launched", "岑川Ring")


def test_relations_an_alias_note_of_several_quoted_forms_names_the_firm_by_each(extract):
    text = ("杭州岑瓴电子股份有限公司（以下简称“公司”或“本公司”）于2025年4月18日召开董事会。"
            "公司以自有资金5000万元在合肥市设立全资子公司合肥岑瓴智能传感有限公司。"
            "经公司总经理王立新先生提名，公司董事会同意聘任李文女士为公司副总经理。")
    x = extract(text)
    firm = next(e for e in x.entities if e.name == "杭州岑瓴电子股份有限公司")
    assert {"公司", "本公司"} <= {m.text for m in firm.mentions}, _show(x)
    _assert_fact(x, "合肥岑瓴智能传感有限公司", "subsidiaryOf", "杭州岑瓴电子股份有限公司")
    _assert_fact(x, "王立新", "leads", "杭州岑瓴电子股份有限公司", "总经理")
    _assert_fact(x, "李文", "holdsPosition", "杭州岑瓴电子股份有限公司", "副总经理")


@pytest.mark.parametrize("text, org, title", [
    pytest.param("李文女士，1983年出生，曾任沛川微电子有限公司市场总监，2021年至今任岑朔半导体董事。", "岑朔半导体", "董事",
                 id="dated-current-post"),
    pytest.param("王立新，男，1975年出生，现任岑川科技副总裁。", "岑川科技", "副总裁", id="xianren"),
])
def test_relations_a_resumes_current_post(extract, text, org, title):
    x = extract(text)
    person = "李文" if "李文" in text else "王立新"
    _assert_fact(x, person, "holdsPosition", org, title)
    assert not [r for r in x.relations if r.tail.startswith("沛川")], _show(x)  # 曾任: a former post


def test_relations_chief_officers_of_any_field(extract):
    x = extract("砚舟科技成立于2018年，戚望川任CEO，蔺知微任首席医疗官。")
    _assert_fact(x, "蔺知微", "holdsPosition", "砚舟科技", "首席医疗官")


BODY_TEXT = ("岑州市人工智能产业协会第三届会员大会在岑州举行。大会选举岑芯智能科技有限公司董事长王立新为协会第三届理事会理事长，"
             "岑江大学副校长李文、舒禾机器人总经理蔺知微、岑曙数智集团总裁戚望川等5人当选副理事长。"
             "同日，由岑州市人民政府与岑江大学共同发起成立的岑江智能制造研究院正式揭牌。"
             "研究院首任院长由两院院士、岑江大学材料学院教授郝青萝担任，副院长为庞若川和许一帆。"
             "郝青萝透露，研究院正与德国岑恩应用技术研究所洽谈共建联合实验室，目前双方尚未签约。")


def test_relations_a_bare_body_word_stands_for_the_one_body_of_that_kind(extract):
    x = extract(BODY_TEXT)
    _assert_fact(x, "王立新", "leads", "岑州市人工智能产业协会")
    _assert_fact(x, "郝青萝", "leads", "岑江智能制造研究院")


def test_relations_each_person_of_an_elected_list_holds_the_post(extract):
    x = extract(BODY_TEXT)
    for p in ("李文", "蔺知微", "戚望川"):
        _assert_fact(x, p, "holdsPosition", "岑州市人工智能产业协会", "副理事长")


def test_relations_a_post_filled_by_a_described_person_and_by_a_list(extract):
    x = extract(BODY_TEXT)
    _assert_fact(x, "郝青萝", "leads", "岑江智能制造研究院", "首任院长")
    for p in ("庞若川", "许一帆"):
        _assert_fact(x, p, "holdsPosition", "岑江智能制造研究院", "副院长")


def test_relations_a_body_set_up_together_is_founded_by_each_and_the_unit_of_none(extract):
    x = extract(BODY_TEXT)
    _assert_fact(x, "岑州市人民政府", "founded", "岑江智能制造研究院")
    _assert_fact(x, "岑江大学", "founded", "岑江智能制造研究院")
    assert not _find(x, "岑江智能制造研究院", "subsidiaryOf", "岑州市人民政府"), _show(x)


def test_relations_talks_the_two_sides_have_not_signed_are_no_partnership(extract):
    x = extract("岑江智能制造研究院正与德国岑恩应用技术研究所洽谈共建联合实验室，目前双方尚未签约。")
    assert not _find(x, "岑江智能制造研究院", "partnerOf", "德国岑恩应用技术研究所"), _show(x)
    x = extract("岑川科技与岑禾资本签署战略合作协议，双方将共建联合实验室。")
    _assert_fact(x, "岑川科技", "partnerOf", "岑禾资本")


def test_relations_a_round_of_a_firm_after_a_kind_lac_cut_across_words(extract):
    x = extract("AI编程助手开发商码舟科技宣布完成A轮融资，由晨岑资本领投，北极星创投跟投。")
    _assert_fact(x, "晨岑资本", "investedIn", "码舟科技")
    _assert_fact(x, "北极星创投", "investedIn", "码舟科技")


def test_relations_the_founder_who_also_holds_another_post(extract):
    x = extract("拓岑科技成立于2016年，创始人兼董事长为黄岑。")
    _assert_fact(x, "黄岑", "founded", "拓岑科技")
    _assert_fact(x, "黄岑", "leads", "拓岑科技", "创始人兼董事长")


def test_relations_appointed_lists_and_titles_with_their_abbreviation(extract):
    x = extract("岑鲸储能晚间公告，公司董事会同意聘任原常务副总裁王立新为公司总裁，聘任韩越、许一帆为公司副总裁，"
                "聘任戚望川为首席财务官（CFO）兼董事会秘书。")
    for p in ("韩越", "许一帆"):
        _assert_fact(x, p, "holdsPosition", "岑鲸储能", "副总裁")
    _assert_fact(x, "戚望川", "holdsPosition", "岑鲸储能", "首席财务官兼董事会秘书")


def test_relations_a_pronouns_post_goes_to_the_person_named_last(extract):
    x = extract("王立新在接受采访时表示，李文先生将把更多精力投入到岑鲸公益基金会的工作中，他目前担任该基金会理事长。")
    _assert_fact(x, "李文", "leads", "岑鲸公益基金会", "理事长")
    assert not _find(x, "王立新", "leads", "岑鲸公益基金会"), _show(x)


def test_relations_a_firm_announcing_its_own_agreement_with_a_partner(extract):
    x = extract("发布会上，岑川汽车同时宣布与岑德电池签署为期五年的战略合作及电池供货协议。")
    _assert_fact(x, "岑川汽车", "partnerOf", "岑德电池")


# --- review of this session's changes: the cases it found, pinned ---------------------------------

@pytest.mark.parametrize("text, wrong", [
    pytest.param("钟以宁的导师出身中科院，现任澄昱科技首席科学家。", "钟以宁", id="the-mentors-post"),
    pytest.param("接替钟以宁的是一位80后，现任沐岩能源副总裁。", "钟以宁", id="the-successors-post"),
    pytest.param("樊嘉禾回忆，当年招聘他的面试官，现任栎川汽车人力资源总监。", "樊嘉禾", id="the-interviewers-post"),
    pytest.param("祁若川的搭档阎思远出身投行，现任衡曜资本合伙人。", "祁若川", id="the-partners-post"),
])
def test_relations_a_current_post_of_someone_else_in_the_sentence(extract, text, wrong):
    x = extract(text)
    assert not [r for r in x.relations if r.head == wrong and r.relation in ("holdsPosition", "leads")], _show(x)


def test_relations_a_bare_body_word_after_a_new_unnamed_body_of_that_kind(extract):
    x = extract("钟以宁曾任北辰大学材料研究院院长。今年3月，澄昱科技宣布成立新的研究院，研究院首任院长由顾怀瑾担任。")
    assert not _find(x, "顾怀瑾", "leads", "北辰大学材料研究院"), _show(x)


def test_relations_wei_ci_is_for_this_not_a_posts_holder(extract):
    x = extract("澄昱科技首席执行官为此专门致信钟以宁和邝明远。")
    assert not [r for r in x.relations if r.relation in ("holdsPosition", "leads")], _show(x)


@pytest.mark.parametrize("text, fact", [
    pytest.param("澄昱科技收购霁原物流100%股权，交易双方未签署业绩承诺协议。", ("澄昱科技", "acquired", "霁原物流"),
                 id="a-side-agreement-of-a-deal-done"),
    pytest.param("沐岩能源与栎川汽车签署换电合作协议，合作期间双方均未签署其他排他条款。", ("沐岩能源", "partnerOf", "栎川汽车"),
                 id="other-terms-not-signed"),
])
def test_relations_what_the_two_sides_did_not_sign_besides_the_deal(extract, text, fact):
    x = extract(text)
    _assert_fact(x, *fact)


def test_relations_the_quoted_names_after_a_kind_of_product_are_launched(extract):
    x = extract("9月18日，消费电子企业岑岭科技在深圳举行新品发布会，正式发布旗下首款AI眼镜“岑岭Lens A2”、智能手表“QX Band 7 Pro”。")
    _assert_fact(x, "岑岭科技", "launched", "岑岭Lens A2")
    _assert_fact(x, "岑岭科技", "launched", "QX Band 7 Pro")
    assert "AI眼镜" not in {e.name for e in x.entities}, _show(x)  # the kind of product, not one


def test_relations_cofounders_after_a_firm_that_only_says_where_a_founder_worked(extract):
    x = extract("岩岑机器人成立于2022年，总部位于上海。创始人兼CEO岑一鸣此前在岑疆科技负责云台算法团队；"
                "联合创始人兼CTO柏青山是岑州大学副教授；另一位联合创始人许岚则出任公司COO。")
    for p in ("岑一鸣", "柏青山", "许岚"):
        _assert_fact(x, p, "founded", "岩岑机器人")
    _assert_fact(x, "许岚", "holdsPosition", "岩岑机器人", "COO")
    assert not [r for r in x.relations if r.tail == "岑疆科技" and r.head != "岑一鸣"], _show(x)


def test_relations_a_co_investor_listed_after_the_lead_is_no_investee(extract):
    x = extract("次年，青岑物联完成由高岑资本领投、晨岑创投跟投的C轮融资，估值突破10亿美元。")
    _assert_fact(x, "高岑资本", "investedIn", "青岑物联")
    _assert_fact(x, "晨岑创投", "investedIn", "青岑物联")
    assert not _find(x, "高岑资本", "investedIn", "晨岑创投"), _show(x)


def test_relations_a_venture_the_sides_still_discuss_is_no_partnership(extract):
    x = extract("对于此前有媒体报道的岑衡汽车将与北岑电池成立电池合资公司一事，岑衡汽车表示，双方仍在洽谈中，相关协议尚未签署。")
    assert not _find(x, "岑衡汽车", "partnerOf", "北岑电池"), _show(x)


# --- second review of this session's changes: its cases, pinned ------------------------------------

@pytest.mark.parametrize("text, person, org, title", [
    pytest.param("公告显示，骆舒桐，男，1978年出生，硕士学历，曾任岚穹科技财务总监，现任霁禾生物董事、总经理。",
                 "骆舒桐", "霁禾生物", "董事、总经理", id="after-a-lead-in"),
    pytest.param("骆舒桐今年45岁，现任霁禾生物总经理。", "骆舒桐", "霁禾生物", "总经理", id="an-age"),
    pytest.param("詹嘉禾，男，汉族，1970年出生，律师，具有法律职业资格，现任萃岭材料独立董事。", "詹嘉禾", "萃岭材料", "独立董事",
                 id="a-profession"),
    pytest.param("昶川教育基金会是一家非公募基金会，基金会理事长由骆舒桐担任。", "骆舒桐", "昶川教育基金会", "理事长",
                 id="a-body-described-by-its-kind"),
    pytest.param("琰图科技的总经理为此前担任副总裁的詹嘉禾。", "詹嘉禾", "琰图科技", "总经理", id="wei-ci-qian"),
    pytest.param("骆舒桐先生向邬景弘女士颁发了聘书，他目前担任昶川教育基金会理事长。", "骆舒桐", "昶川教育基金会", "理事长",
                 id="he-is-the-clauses-subject"),
    pytest.param("殷若澜与丈夫桑修远共同创立了岚穹公益基金会，她目前担任该基金会理事长。", "殷若澜", "岚穹公益基金会", "理事长",
                 id="she-is-the-clauses-subject"),
    pytest.param("骆舒桐的女儿骆清妍毕业于哈佛大学，她目前担任霁禾生物副总裁。", "骆清妍", "霁禾生物", "副总裁",
                 id="she-is-whom-the-possessor-introduces"),
])
def test_relations_posts_of_resumes_pronouns_and_filled_posts(extract, text, person, org, title):
    x = extract(text)
    assert [r for r in _find(x, person, "holdsPosition", org) + _find(x, person, "leads", org) if r.title == title], _show(x)
    others = {e.name for e in x.entities if e.type == "Person"} - {person}
    assert not [r for r in x.relations if r.head in others and r.tail == org and r.relation in ("leads", "holdsPosition")], _show(x)


@pytest.mark.parametrize("text, person", [
    pytest.param("琰图科技创始人兼CEO骆舒桐为获奖团队代表邬景弘颁发了奖杯。", "邬景弘", id="wei-after-a-titled-person"),
    pytest.param("霁禾生物创始人兼董事长卢嘉珩是殷若澜的大学同学。", "殷若澜", id="shi-after-a-titled-person"),
])
def test_relations_a_person_after_a_founders_titled_name_is_no_founder(extract, text, person):
    x = extract(text)
    assert not [r for r in x.relations if r.head == person], _show(x)


@pytest.mark.parametrize("text, partners", [
    pytest.param("岚穹科技与霁禾生物就合作进行了接洽，目前双方未签署任何协议。", False, id="nothing-signed"),
    pytest.param("琰图科技与瓴犀半导体计划在储能领域展开深度合作，据悉目前双方尚未签署合作协议。", False, id="cooperation-agreement-not-yet"),
    pytest.param("琰图科技与瓴犀半导体已于去年签署战略合作协议，目前双方仍在洽谈二期项目细节。", True, id="talks-on-a-second-phase"),
    pytest.param("琰图科技与瓴犀半导体签署了战略合作协议，与萃岭材料的相关协议尚未签署。", True, id="a-third-firms-agreement"),
    pytest.param("琰图科技与瓴犀半导体签署了战略合作协议，但补充协议尚未签署。", True, id="a-supplementary-agreement"),
    pytest.param("近日有人冒用霁禾生物名义招商。霁禾生物与鸢舟机器人不存在任何合作关系。", False, id="no-relation-at-all"),
])
def test_relations_agreements_signed_and_not(extract, text, partners):
    x = extract(text)
    a, b = [e.name for e in x.entities if e.type == "Company"][:2]
    assert bool(_find(x, a, "partnerOf", b)) == partners, _show(x)


def test_relations_officers_listed_after_a_firm_and_its_first_officer(extract):
    x = extract("掌声欢迎北京岑泽房地产开发有限公司总经理蔺青先生、副总经理韩越女士、副总经理许一帆女士。")
    for p in ("韩越", "许一帆"):
        _assert_fact(x, p, "holdsPosition", "北京岑泽房地产开发有限公司", "副总经理")


def test_relations_a_resume_whose_person_is_called_something(extract):
    x = extract("王立新被称为行业的“老兵”，1968年出生，现任岑川能源股份有限公司总经理。")
    _assert_fact(x, "王立新", "leads", "岑川能源股份有限公司", "总经理")


@pytest.mark.parametrize("text", [
    pytest.param("传恒远集团拟收购星澜汽车 星澜回应：与事实不符", id="a-headlines-chuan"),
    pytest.param("针对近期市场流传的“恒远集团将全资收购星澜汽车”的消息，星澜汽车发布声明称，该传闻“纯属捏造”。", id="liuchuan"),
    pytest.param("星澜汽车创始人表示，公司曾考虑收购巴西种子公司Terra Lusa，但因估值分歧，目前谈判已暂停。", id="talks-paused"),
    pytest.param("针对此前“星澜科技将与恒远物流在同城货运领域合作”的报道，星澜科技表示，双方“有过接触，但未达成任何合作协议”。",
                 id="no-agreement-of-any-kind"),
    pytest.param("另据知情人士透露，屹川医药曾与公司接触，有意入股岫峤生物，许岫宁对此未予置评。", id="an-insider-disclosed"),
    pytest.param("有投资者询问公司是否与峤澜汽车存在合作，岫川股份董事会秘书高屿回复称，公司目前与峤澜汽车暂无直接业务往来。",
                 id="the-answer-says-none"),
])
def test_relations_hearsay_and_talks_that_stopped_are_no_deal(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation in ("acquired", "partnerOf", "investedIn")], _show(x)


def test_relations_a_partnership_with_no_stake_between(extract):
    x = extract("岫川股份与峤澜汽车达成合作，双方暂无股权关系。")
    assert _find(x, "岫川股份", "partnerOf", "峤澜汽车") or _find(x, "峤澜汽车", "partnerOf", "岫川股份"), _show(x)


def test_relations_a_deal_done_whose_talks_once_paused(extract):
    x = extract("岑川科技宣布收购北辰科技，交易已于上月完成交割。")
    _assert_fact(x, "岑川科技", "acquired", "北辰科技")


def test_relations_rounds_a_firm_got_from_named_investors(extract):
    x = extract("星澜科技专注于慢病管理。公司成立之初获得北辰基金的天使轮投资，此后又先后获得云岑资本、华岑资本的多轮融资。")
    for investor in ("北辰基金", "云岑资本", "华岑资本"):
        _assert_fact(x, investor, "investedIn", "星澜科技")
    assert not _find(x, "星澜科技", "founded", "北辰基金"), _show(x)  # 成立之初: a time


# --- third review of this session's changes: its cases, pinned -------------------------------------

@pytest.mark.parametrize("text, fact", [
    pytest.param("鸿川汽车宣布，传统燃油车业务将逐步退出，公司已以12亿元收购晶曜微电子51%股权。",
                 ("鸿川汽车", "acquired", "晶曜微电子"), id="chuantong-is-no-hearsay"),
    pytest.param("鸿川汽车以12亿元收购晶曜微电子51%股权，受消息影响，公司股票交易暂停。",
                 ("鸿川汽车", "acquired", "晶曜微电子"), id="a-trading-halt-is-no-failed-deal"),
    pytest.param("鸿川汽车已与晶曜微电子签署战略合作协议，鸿川汽车与岑澜电子的收购谈判已破裂。",
                 ("鸿川汽车", "partnerOf", "晶曜微电子"), id="another-deals-talks-broke"),
    pytest.param("晶曜微电子由林嘉树于2015年成立至今，已累计获得三轮融资。", ("林嘉树", "founded", "晶曜微电子"),
                 id="founded-by-since"),
    pytest.param("鸿川汽车董事会任命陈岳峰为总裁，他还将兼任晶曜微电子董事长。", ("陈岳峰", "leads", "晶曜微电子"),
                 id="he-after-a-board"),
    pytest.param("蒯远舟会见了来访的郑闻舟，他目前担任晶曜微电子首席执行官。", ("郑闻舟", "leads", "晶曜微电子"),
                 id="he-the-visitor"),
])
def test_relations_third_review_facts_kept(extract, text, fact):
    x = extract(text)
    _assert_fact(x, *fact)


@pytest.mark.parametrize("text", [
    pytest.param("澄昱科技首席执行官为此次合作专门会见了钟以宁和邝明远。", id="wei-ci-ci"),
    pytest.param("晶曜微电子获得了星澄银行的融资租赁服务。", id="a-financing-service"),
    pytest.param("霁岚研究院与一家民营研究院达成合作，研究院院长林嘉树出席签约仪式。", id="an-unnamed-body-of-the-kind"),
])
def test_relations_third_review_no_posts_or_investors(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation in ("leads", "holdsPosition", "investedIn")], _show(x)


# --- a firm named again, an outlet's frame, and the type a relation gives its end ----------------

# (text, fact that must be found, fact that must not)
REFERENCE_CASES = [
    pytest.param("北辰环保宣布收购鹤汀水务。据介绍，鹤汀水务管理团队保持稳定，郑立达继续担任该公司总经理，北辰环保副总裁林悦则出任鹤汀水务董事长。",
                 ("郑立达", "leads", "鹤汀水务"), ("郑立达", "leads", "北辰环保"), id="gai-gongsi-a-firm-lac-called-an-org"),
    pytest.param("澄观财经获悉｜具身智能公司「岚川智能」完成3亿元B轮融资，临溪资本领投。",
                 ("临溪资本", "investedIn", "岚川智能"), ("临溪资本", "investedIn", "澄观财经"), id="an-outlet-learnt"),
    pytest.param("北辰环保宣布收购鹤汀水务。鹤汀水务业绩稳定。", ("北辰环保", "acquired", "鹤汀水务"), None,
                 id="what-is-acquired-is-a-company-however-often-tagged"),
    pytest.param("北辰环保收购鹤汀水务70%股权。截至公告日，相关股权已完成过户，鹤汀水务正式成为公司控股子公司。",
                 ("鹤汀水务", "subsidiaryOf", "北辰环保"), None, id="the-firm-that-becomes-a-part-is-not-the-gongsi"),
    pytest.param("去年，青翎航空发布了载人飞行器“翎隼”，并与物流企业渠川物流合资成立翎川低空物流有限公司。",
                 ("青翎航空", "founded", "翎川低空物流有限公司"), None, id="a-joint-venture-of-the-carried-subject"),
    pytest.param("去年，青翎航空发布了载人飞行器“翎隼”，并与物流企业渠川物流合资成立翎川低空物流有限公司。",
                 ("青翎航空", "partnerOf", "渠川物流"), None, id="a-joint-ventures-partners"),
    pytest.param("青翎航空发布了新机，渠川物流则与沐霁物流合资成立翎川低空物流有限公司。",
                 ("沐霁物流", "founded", "翎川低空物流有限公司"), ("青翎航空", "founded", "翎川低空物流有限公司"),
                 id="a-joint-venture-of-a-later-subject"),
    pytest.param("陆某持有澜拓电子62%的股权，澄湖创投、溧水产投分别持股18%和11%。", ("溧水产投", "investedIn", "澜拓电子"), None,
                 id="holders-listed-with-their-stakes"),
    pytest.param("澜拓电子成立于2015年，澄湖创投和溧水产投分别持有其30%、20%的股权。", ("澄湖创投", "investedIn", "澜拓电子"), None,
                 id="holders-listed-after-the-firms-clause"),
    pytest.param("本轮由岚屿资本领投，老股东渚阳基金追加投资。", None, ("渚阳基金", "investedIn", "岚屿资本"),
                 id="an-old-holder-is-no-co-investors-target"),
    pytest.param("澄幻科技完成2亿元A轮融资，投资方包括岑石资本、霁梧创投以及光学模组厂商曜瞳光电。",
                 ("曜瞳光电", "investedIn", "澄幻科技"), None, id="the-rounds-investors-listed"),
    pytest.param("澄幻科技宣布完成2亿元A轮融资，本轮投资方为岑石资本和霁梧创投。", ("霁梧创投", "investedIn", "澄幻科技"), None,
                 id="the-rounds-investors-are"),
    pytest.param("澄岳电气收购澜拓电子100%股权的交易已完成，澜拓电子自7月起纳入公司合并报表范围，正式成为公司全资子公司。",
                 ("澜拓电子", "subsidiaryOf", "澄岳电气"), None, id="becomes-a-subsidiary-with-the-subject-carried"),
    pytest.param("澜拓电子成立于2015年，目前为澄岳集团控股子公司。", ("澜拓电子", "subsidiaryOf", "澄岳集团"), None,
                 id="is-a-subsidiary-with-the-subject-carried"),
]


@pytest.mark.parametrize("text, fact, not_fact", REFERENCE_CASES)
def test_relations_references_and_frames(extract, text, fact, not_fact):
    x = extract(text)
    if fact:
        _assert_fact(x, *fact)
    if not_fact:
        assert not _find(x, *not_fact), _show(x)


# What a relation says of its end's type decides only between a firm and a bare name LAC called an
# organisation; a body, an outlet, a place or a person keeps its type (and the wrong relation goes).
# (text, name, type it keeps, a fact that must not be extracted)
KEPT_TYPE_CASES = [
    pytest.param("海通证券发布研报，给予澄岳光电“买入”评级。澄岳光电今年一季度营收同比增长35%。澄岳光电董事长王立新表示，公司将继续加大研发投入。",
                 "澄岳光电", "Company", ("海通证券", "launched", "澄岳光电"), id="a-rated-firm-is-no-product"),
    pytest.param("澄州市国资委将其持有的澄江水泥30%股权转让给万澄集团。万澄集团收购澄州市国资委持有的股权后，将成为澄江水泥控股股东。",
                 "澄州市国资委", "Organization", ("万澄集团", "acquired", "澄州市国资委"), id="a-state-assets-body"),
    pytest.param("王澄完成天使轮融资，由澄泰基金领投。王澄曾任澄度科技高级副总裁。", "王澄", "Person", ("澄泰基金", "investedIn", "王澄"),
                 id="a-founder-raising-money"),
    pytest.param("据人民日报社报道，澄岳集团收购了人民日报社旗下的澄讯传媒。人民日报社相关负责人表示欢迎。", "人民日报社", "Organization",
                 ("澄岳集团", "acquired", "人民日报社"), id="a-news-agency"),
    pytest.param("2015年3月，澄达收购印度第二大院线公司PVX。澄达借壳几无障碍，印度PVX当年盈利。", "印度", None,
                 ("澄达", "acquired", "印度"), id="a-country"),
]


@pytest.mark.parametrize("text, name, typ, not_fact", KEPT_TYPE_CASES)
def test_relations_an_implied_type_does_not_override_a_body_a_place_or_a_person(extract, text, name, typ, not_fact):
    x = extract(text)
    types = {e.type for e in x.entities if e.name == name}
    assert "Company" not in types if typ is None else types == {typ}, _show(x)
    assert not _find(x, *not_fact), _show(x)


# 该公司 after a body (an exchange, an outlet) is the firm named before it; a joint venture's other
# party is the subject of the clause right before, only when no other firm was named since.
# (text, fact that must be found or None, fact that must not)
NOT_THE_PARTY_CASES = [
    pytest.param("澄岳光电昨日收到北交所问询函，该公司董事长王立新表示将按时回复。", ("王立新", "leads", "澄岳光电"),
                 ("王立新", "leads", "北交所"), id="gai-gongsi-after-an-exchange"),
    pytest.param("澄岳光电与人民日报社签署合作协议，该公司总经理李明出席。", None, ("李明", "leads", "人民日报社"), id="gai-gongsi-after-an-outlet"),
    pytest.param("澄岳光电公告称，其全资子公司澄岳新能源已完成工商登记，并与澄江电力合资成立澄源储能有限公司。",
                 ("澄江电力", "founded", "澄源储能有限公司"), ("澄岳光电", "founded", "澄源储能有限公司"),
                 id="a-subsidiary-named-since"),
    pytest.param("据澄岳证券分析师王立介绍，澄星科技今年业绩大增，并与澄江电力合资成立澄源储能有限公司。",
                 ("澄星科技", "founded", "澄源储能有限公司"), ("澄岳证券", "founded", "澄源储能有限公司"),
                 id="the-clause-right-before"),
    pytest.param("澄岳光电获悉该消息后，当即宣布收购澄江科技。", ("澄岳光电", "acquired", "澄江科技"), None, id="huoxi-as-a-verb"),
    pytest.param("澄观财经首发｜具身智能公司「岚川智能」完成5亿元B轮融资，临溪资本领投。澄观财经了解到，公司成立于2021年。",
                 ("临溪资本", "investedIn", "岚川智能"), ("临溪资本", "investedIn", "澄观财经"), id="an-outlets-column"),
]


@pytest.mark.parametrize("text, fact, not_fact", NOT_THE_PARTY_CASES)
def test_relations_a_body_or_an_earlier_firm_is_not_the_party(extract, text, fact, not_fact):
    x = extract(text)
    if fact:
        _assert_fact(x, *fact)
    if not_fact:
        assert not _find(x, *not_fact), _show(x)


# A round's listed investors put money into the firm that raised it, not into another firm of the
# sentence; a subject-less "…为Y控股子公司" is about the previous clause's only firm, not a plan or hearsay.
# (text, fact that must be found or None, fact that must not)
ROUND_AND_PART_CASES = [
    pytest.param("澄观集团宣布，其投资的岚图智能完成新一轮融资，投资方包括澄岭资本、云栖创投。",
                 ("云栖创投", "investedIn", "岚图智能"), ("云栖创投", "investedIn", "澄观集团"), id="the-firm-that-raised-it"),
    pytest.param("澄岭资本近日领投了岚图智能的5亿元B轮融资，参投方包括云栖创投、澄川资本。", None,
                 ("云栖创投", "investedIn", "澄岭资本"), id="not-the-lead-investor"),
    pytest.param("据澄观财经报道，岚图智能完成5亿元B轮融资，投资方包括澄岭资本、云栖创投。",
                 ("澄岭资本", "investedIn", "岚图智能"), ("澄岭资本", "investedIn", "澄观财经"), id="not-the-outlet"),
    pytest.param("澄观科技成立于2016年。公司此前已完成四轮融资，投资方包括澄岭资本、云栖创投以及光学模组厂商澄瞳光电。",
                 ("澄瞳光电", "investedIn", "澄观科技"), None, id="the-gongsi-that-raised-it"),
    pytest.param("澄观科技表示，岚图智能的B轮融资尚未完成，投资方包括澄岭资本和云栖创投。", None,
                 ("澄岭资本", "investedIn", "岚图智能"), id="a-round-not-raised"),
    pytest.param("澄岭资本宣布完成新一轮基金募集，出资方包括云栖集团、澄川控股。", None,
                 ("云栖集团", "investedIn", "澄岭资本"), id="a-fund-raised-is-no-round"),
    pytest.param("澄观科技与岚图集团共同出资设立澄川新能源，为岚图集团控股子公司。", None,
                 ("澄观科技", "subsidiaryOf", "岚图集团"), id="the-new-firm-is-the-part"),
    pytest.param("澄观集团通过澄观科技持有岚图智能60%股权，为澄观科技控股子公司。", None,
                 ("澄观集团", "subsidiaryOf", "澄观科技"), id="not-the-holder"),
    pytest.param("澄观科技拟增资扩股引入岚图集团，成为岚图集团的控股子公司。", None,
                 ("澄观科技", "subsidiaryOf", "岚图集团"), id="a-plan"),
    pytest.param("据传，澄观科技已被岚图集团收购，成为岚图集团全资子公司。", None,
                 ("澄观科技", "subsidiaryOf", "岚图集团"), id="hearsay"),
]


@pytest.mark.parametrize("text, fact, not_fact", ROUND_AND_PART_CASES)
def test_relations_a_rounds_investors_and_a_subject_less_part(extract, text, fact, not_fact):
    x = extract(text)
    if fact:
        _assert_fact(x, *fact)
    if not_fact:
        found = _find(x, *not_fact)
        assert not found or all(r.confidence < 0.5 for r in found), _show(x)


@pytest.mark.parametrize("text, product, owner", [
    pytest.param("曜驰汽车的旗舰车型曜驰S9和曜驰X7销量大增。", "曜驰X7", "曜驰汽车", id="flagship-models"),
    pytest.param("翎屿科技的主力机型TL-7已交付200台。", "TL-7", "翎屿科技", id="main-model-code"),
])
def test_relations_a_firms_main_models(extract, text, product, owner):
    _assert_fact(extract(text), product, "productOf", owner)


# Review pins: a post filled 由…兼任 after a deal is at the firm the deal named; a round's investors after
# any wording of 完成…融资; a subject-less 为…子公司 after a partnership or with a later doubt.
# (text, fact that must be found, fact that must not or None)
REVIEW_PINS = [
    pytest.param("澄川集团宣布成立澄川科技，由集团副总裁王晓明兼任总经理。", ("王晓明", "leads", "澄川科技"),
                 ("王晓明", "leads", "澄川集团"), id="a-post-at-the-firm-just-set-up"),
    pytest.param("岚图智能于近日完成5亿元B轮融资，投资方包括澄岭资本和云栖创投。", ("云栖创投", "investedIn", "岚图智能"), None,
                 id="investors-after-a-time-adverbial"),
    pytest.param("岚图智能成立于2019年，近日完成5亿元B轮融资，投资方包括澄岭资本和云栖创投。",
                 ("澄岭资本", "investedIn", "岚图智能"), None, id="investors-of-the-carried-subject"),
    pytest.param("岚图智能与澄观科技达成战略合作，并完成B轮融资，投资方包括澄岭资本和云栖创投。",
                 ("澄岭资本", "investedIn", "岚图智能"), ("澄岭资本", "investedIn", "澄观科技"), id="investors-of-a-shared-subject"),
    pytest.param("澄川物流与澄东物流达成战略合作，为星河集团全资子公司。", ("澄川物流", "subsidiaryOf", "星河集团"), None,
                 id="a-part-after-a-partnership"),
    pytest.param("澄川物流成立于2015年，为星河集团全资子公司，目前尚未实现盈利。", ("澄川物流", "subsidiaryOf", "星河集团"), None,
                 id="a-part-with-a-later-doubt"),
    pytest.param("澄岳物流为星河智能控股子公司。", ("澄岳物流", "subsidiaryOf", "星河智能"), None, id="the-owners-name-kept"),
    pytest.param("澄川科技的核心芯片岚芯X1采购受阻。", None, ("岚芯X1", "productOf", "澄川科技"), id="a-suppliers-chip"),
    pytest.param("澄观科技目前尚未完成B轮融资，投资方包括澄岭资本和云栖创投。", None, ("澄岭资本", "investedIn", "澄观科技"),
                 id="a-round-not-raised-yet"),
    pytest.param("岚图智能将于下月完成B轮融资，投资方包括澄岭资本和云栖创投。", None, ("澄岭资本", "investedIn", "岚图智能"),
                 id="a-round-to-come"),
    pytest.param("岚图智能为澄观科技提供服务并完成融资，投资方包括澄岭资本和云栖创投。", None, ("澄岭资本", "investedIn", "澄观科技"),
                 id="a-customer-before-the-round"),
    pytest.param("澄川物流的竞争对手澄东物流，为星河集团全资子公司。", None, ("澄川物流", "subsidiaryOf", "星河集团"),
                 id="the-firm-that-ends-the-clause-before"),
    pytest.param("澄川物流2018年引入澄岭资本作为战略投资者，现为星河集团控股子公司。", ("澄川物流", "subsidiaryOf", "星河集团"), None,
                 id="a-part-after-bringing-in-an-investor"),
]


@pytest.mark.parametrize("text, fact, not_fact", REVIEW_PINS)
def test_relations_review_pins(extract, text, fact, not_fact):
    x = extract(text)
    if fact:
        _assert_fact(x, *fact)
    if not_fact:
        assert not _find(x, *not_fact), _show(x)


@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("澜岫港务集团有限公司（以下简称“澜岫港务”）与新加坡物流企业Halden Freight Pte. Ltd.（以下简称“Halden”）"
                 "在温州举行合资公司揭牌仪式。双方共同出资设立的霁川物流有限公司已完成工商注册，注册资本10亿元，"
                 "其中澜岫港务持股51%，Halden持股49%。",
                 [("澜岫港务集团有限公司", "investedIn", "霁川物流有限公司"), ("Halden Freight Pte. Ltd.", "investedIn", "霁川物流有限公司")],
                 [("Halden Freight Pte. Ltd.", "investedIn", "澜岫港务集团有限公司")], id="the-parties-named-a-sentence-before"),
    pytest.param("岚栖化学与德国企业Helvar Chemie AG合资成立霁峤新材料（南通）有限公司。合资公司注册资本2亿欧元，"
                 "其中岚栖化学以现金出资1.02亿欧元，持股51%；Helvar Chemie AG以现金及专利技术作价出资0.98亿欧元，持股49%。",
                 [("岚栖化学", "investedIn", "霁峤新材料（南通）有限公司"), ("Helvar Chemie AG", "investedIn", "霁峤新材料（南通）有限公司")],
                 [], id="the-joint-venture-of-the-sentence-before"),
    pytest.param("2022年，她又牵头创立了专注边缘计算芯片的霁峤微电子有限公司，澄港集团持股40%。",
                 [("澄港集团", "investedIn", "霁峤微电子有限公司")], [], id="a-firm-someone-set-up"),
    pytest.param("澜岫机器人近日完成3亿元B轮融资。本轮融资由霁峤资本领投，老股东岚栖创投继续超额追投。",
                 [("岚栖创投", "investedIn", "澜岫机器人")], [], id="an-old-holder-invests-again"),
    # (共同成立, not 合资成立: a joint venture's 合资 is itself money put in, so the firm set up would be invested in anyway)
    pytest.param("澄港集团与岚栖化学共同成立霁峤新材料有限公司。其中澄港集团还持有澜岫港务30%的股权。",
                 [("澄港集团", "investedIn", "澜岫港务")], [("澄港集团", "investedIn", "霁峤新材料有限公司")],
                 id="a-stake-in-another-firm-named"),
])
def test_relations_stakes_in_a_firm_just_set_up(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("澜岫科技完成了对霁川新材的增资，持股比例由40%提升至51%，后者由此纳入合并报表范围。",
                 [("霁川新材", "subsidiaryOf", "澜岫科技")], [], id="the-latter-consolidated"),
    pytest.param("霁川新材自7月起纳入澜岫科技合并报表范围。", [("霁川新材", "subsidiaryOf", "澜岫科技")], [], id="consolidated-by-a-named-firm"),
    pytest.param("根据协议，霁川新材作为澜岫科技的控股子公司纳入其合并报表。", [("霁川新材", "subsidiaryOf", "澜岫科技")],
                 [("澜岫科技", "subsidiaryOf", "霁川新材")], id="as-its-subsidiary"),
    pytest.param("霁川新材不再纳入澜岫科技合并报表范围。", [], [("霁川新材", "subsidiaryOf", "澜岫科技")], id="no-longer"),
    pytest.param("澜岫科技拟收购霁川新材51%股权，交易完成后霁川新材将纳入公司合并报表范围。", [],
                 [("霁川新材", "subsidiaryOf", "澜岫科技")], id="a-plan"),
])
def test_relations_a_firm_consolidated_in_anothers_accounts_is_its_subsidiary(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, fact, not_owner", [
    pytest.param("澜岫科技今日宣布，其首款产品“QX-700”计划于2026年量产。", ("QX-700", "productOf", "澜岫科技"), None,
                 id="its-first-product"),
    pytest.param("其中，霁川视界是澄港集团的控股子公司，其车规级激光雷达“霁光R5”已获得多家车企定点。",
                 ("霁光R5", "productOf", "霁川视界"), "澄港集团", id="the-subject-of-the-clause-before"),
    pytest.param("合资公司将主要研发和生产电驱总成，其首款产品“QX-700”计划于2026年量产。", None, None, id="an-unnamed-firm"),
    pytest.param("澜岫科技表示，其竞争对手的无人机“霁眸M5”已获订单。", None, None, id="a-rivals-product"),
])
def test_relations_its_product_opening_a_clause(extract, text, fact, not_owner):
    x = extract(text)
    if fact is not None:
        _assert_fact(x, *fact)
    else:
        assert not [r for r in x.relations if r.relation == "productOf"], _show(x)
    if not_owner is not None:
        assert not [r for r in x.relations if r.relation == "productOf" and r.tail == not_owner], _show(x)


@pytest.mark.parametrize("text, founders, new", [
    pytest.param("澄溪产业协会由湖畔研究院、启岚数据、云栖科技等42家单位共同发起成立。",
                 ["湖畔研究院", "云栖科技"], "澄溪产业协会", id="listed-after-you"),
    pytest.param("澄港集团联合岚栖科技、霁川资本等28家企业发起成立的霁湖产业联盟今日揭牌。",
                 ["澄港集团", "岚栖科技", "霁川资本"], "霁湖产业联盟", id="one-joins-a-list"),
    pytest.param("12月6日，霁峤产业投资集团有限公司（以下简称“霁峤产投”）在西安宣布，联合渭溪新区管委会共同发起设立澜岫产业基金。",
                 ["霁峤产业投资集团有限公司", "渭溪新区管委会"], "澜岫产业基金", id="the-subject-joins-a-partner"),
])
def test_relations_every_firm_listed_before_a_joint_founding_founded_it(extract, text, founders, new):
    x = extract(text)
    for f in founders:
        _assert_fact(x, f, "founded", new)


@pytest.mark.parametrize("text, names", [
    pytest.param("联合国儿童基金会发布报告。", {"联合国儿童基金会"}, id="the-united-nations"),
    pytest.param("联合资信评估有限公司下调了其评级。", {"联合资信评估有限公司"}, id="a-name-that-opens-with-lianhe"),
    pytest.param("南京钢铁联合有限公司持有新华保险股份。", {"南京钢铁联合有限公司"}, id="a-name-that-holds-lianhe"),
])
def test_relations_names_that_hold_lianhe_stay_whole(extract, text, names):
    x = extract(text)
    assert names <= {e.name for e in x.entities}, _show(x)


# Second review of this session's rules: each case failed on the reviewed commit.
REVIEW_TWO_CASES = [
    # (text, facts that must hold, facts that must not)
    pytest.param("澜舟科技与星桥通信合资成立澜星智能。澜舟科技目前总股本10亿股，其中岑远资本持股12%。", [],
                 [("岑远资本", "investedIn", "澜星智能")], id="the-parents-shares-not-the-joint-ventures"),
    pytest.param("澜舟科技与星桥科技合资成立澜星智能。澜远科技完成5亿元A轮融资，其中岑远资本出资2亿元。", [],
                 [("岑远资本", "investedIn", "澜星智能")], id="another-firms-round"),
    pytest.param("2015年，李立恒创立了澜舟科技。今年，澜舟科技领投了星桥科技B轮融资，其中岑远资本出资1亿元跟投。", [],
                 [("岑远资本", "investedIn", "澜舟科技")], id="a-firm-set-up-years-before"),
    pytest.param("澜舟科技预计澜星智能将于四季度纳入公司合并报表范围。", [],
                 [("澜舟科技", "subsidiaryOf", "澜星智能"), ("澜星智能", "subsidiaryOf", "澜舟科技")], id="expected-consolidation"),
    pytest.param("澜舟科技称，星桥科技收购澜星智能后，澜星智能纳入其合并报表范围。", [("澜星智能", "subsidiaryOf", "星桥科技")],
                 [("澜星智能", "subsidiaryOf", "澜舟科技")], id="consolidated-by-the-buyer"),
    pytest.param("澜舟科技将其持有的澜星智能股权转让给星桥科技，交易完成后，澜星智能纳入合并报表范围。",
                 [("澜星智能", "subsidiaryOf", "星桥科技")], [("澜星智能", "subsidiaryOf", "澜舟科技")], id="not-the-seller"),
    pytest.param("澜舟科技主要竞争对手为星桥科技，其旗舰手机“星桥Z9”销量领先。", [],
                 [("星桥Z9", "productOf", "澜舟科技")], id="its-is-the-rivals"),
    pytest.param("澜舟科技起诉星桥科技侵犯专利，其无人机“星隼M5”被要求下架。", [],
                 [("星隼M5", "productOf", "澜舟科技")], id="its-is-the-defendants"),
    pytest.param("澜舟科技创始人李立恒酷爱咖啡，其咖啡品牌“立恒手冲”已开出三家门店。", [],
                 [("立恒手冲", "productOf", "澜舟科技")], id="its-is-the-persons"),
    pytest.param("澜舟科技决定关闭霁云事业部，由人力资源总监李立恒负责。", [],
                 [("李立恒", "leads", "霁云事业部")], id="he-handles-the-closing"),
    pytest.param("由副总裁李立恒负责的霁云事业群重组项目已于上月启动。", [],
                 [("李立恒", "leads", "霁云事业群")], id="he-runs-the-project"),
    pytest.param("李立恒卸任澜舟科技CEO，李文博接任，并被任命为星桥科技董事。", [("李文博", "holdsPosition", "星桥科技")],
                 [("李立恒", "holdsPosition", "星桥科技")], id="the-successor-is-appointed"),
]



@pytest.mark.parametrize("text", [
    pytest.param("澜岫智能与京东物流、星桥科技以及霁川资本签署战略合作协议。", id="a-list-of-three"),
    pytest.param("澜岫智能现场先后与京东物流、星桥科技以及霁川资本签署战略合作协议。", id="on-site-one-after-another"),
])
def test_relations_every_partner_of_a_listed_agreement(extract, text):
    x = extract(text)
    for b in ("京东物流", "星桥科技", "霁川资本"):
        _assert_fact(x, "澜岫智能", "partnerOf", b)


# Third review of this session's rules: each case failed on the reviewed commit.
REVIEW_THREE_CASES = [
    # (text, facts that must hold, facts that must not)
    pytest.param("该联盟由岚栖科技、翠屏电子等42家单位共同发起成立，澄港集团当选为理事长单位。", [],
                 [("岚栖科技", "founded", "澄港集团"), ("翠屏电子", "founded", "澄港集团")], id="the-next-clauses-firm"),
    pytest.param("霁湾创投基金由岚栖科技发起设立，澄港资本、翠屏资本等12家机构作为有限合伙人出资认购。", [],
                 [("岚栖科技", "founded", "澄港资本")], id="a-funds-partners"),
    pytest.param("由澄港集团牵头，联合岚栖科技、翠屏电子发起成立的长屿人工智能研究院今日揭牌。",
                 [("澄港集团", "founded", "长屿人工智能研究院"), ("岚栖科技", "founded", "长屿人工智能研究院")], [],
                 id="led-then-joined"),
    pytest.param("12月6日，澄州省人民政府国有资产监督管理委员会（以下简称“澄州省国资委”）全资控股的霁峤产业投资集团有限公司"
                 "（以下简称“霁峤产投”）在西安宣布，联合渭溪新区管委会共同发起设立澜岫产业基金。",
                 [("霁峤产业投资集团有限公司", "founded", "澜岫产业基金")],
                 [("澄州省人民政府国有资产监督管理委员会", "founded", "澜岫产业基金")], id="the-announcer-joins-not-its-owner"),
    pytest.param("岚栖科技总裁李启鸣在发布会上表示，其新款手机“星舟X”将于下月上市。", [("星舟X", "productOf", "岚栖科技")], [],
                 id="its-said-by-an-officer"),
    pytest.param("据悉，由柯峻峰负责的游戏事业群业务将独立上市。", [("柯峻峰", "leads", "游戏事业群")], [], id="the-units-business"),
]



@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("5月6日，星帆汽车宣布人事调整：总裁王立新卸任总裁一职，转任公司顾问；原云鹭汽车副总裁陈嘉禾正式加盟，"
                 "出任星帆汽车总裁，全面负责销售业务。", [("陈嘉禾", "leads", "星帆汽车")], [], id="the-newcomer-after-a-semicolon"),
    pytest.param("王立新担任星帆汽车董事长；此前与陈嘉禾共同创办云鹭汽车，现兼任远枫科技董事。",
                 [("王立新", "holdsPosition", "远枫科技")], [("陈嘉禾", "holdsPosition", "远枫科技")],
                 id="a-partner-named-after-the-semicolon-is-no-subject"),
])
def test_relations_a_semicolon_starts_a_new_holder_of_carried_posts(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("控股子公司澜禾物流有限公司（澄港科技持股65%）实现营收41.2亿元。", [("澄港科技", "investedIn", "澜禾物流有限公司")], [],
                 id="the-holder-in-brackets"),
    pytest.param("控股子公司澜禾物流有限公司（澄港科技持股65%）实现营收41.2亿元，其余35%股权由物流企业远枫科技持有。",
                 [("远枫科技", "investedIn", "澜禾物流有限公司")], [], id="the-rest-held-by-a-firm-of-a-kind"),
    pytest.param("澄港科技持有澜禾物流65%股权，其余35%股权由远枫科技持有。", [("远枫科技", "investedIn", "澜禾物流")],
                 [("远枫科技", "investedIn", "澄港科技")], id="the-rest-of-the-stake-named-before"),
    pytest.param("交易完成后，澜禾物流创始人李长风仍持有其25%股权，并继续担任该公司总经理。", [("李长风", "investedIn", "澜禾物流")], [],
                 id="its-is-the-firm-of-the-holders-post"),
    pytest.param("澄港科技与翠屏电子共同出资设立的澜禾物流有限公司已完成注册。",
                 [("澄港科技", "investedIn", "澜禾物流有限公司"), ("翠屏电子", "investedIn", "澜禾物流有限公司")], [],
                 id="jointly-funded"),
    pytest.param("澄港科技与翠屏电子联合发起成立长屿产业联盟。", [("澄港科技", "founded", "长屿产业联盟")],
                 [("澄港科技", "investedIn", "长屿产业联盟")], id="jointly-launched-is-no-investment"),
])
def test_relations_stake_holders_named_around_a_firm(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("年报显示，澄港科技旗下PET复合铜箔产品“岚箔”系列全年出货量达1.3亿平方米。", [("岚箔", "productOf", "澄港科技")], [],
                 id="a-kind-then-the-quoted-name"),
    pytest.param("澄港科技旗下基金近日投资的社交平台“岚聊”用户破亿。", [], [("岚聊", "productOf", "澄港科技")],
                 id="what-its-fund-invested-in"),
])
def test_relations_a_product_of_a_kind_under_its_owner(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text", [
    pytest.param("澄港科技控股岚栖电子。", id="glued"),
    pytest.param("澄港科技间接控股岚栖电子。", id="an-adverb"),
    pytest.param("集团通过澄港科技间接控股工业机器人公司岚栖电子。", id="the-held-firms-kind"),
])
def test_relations_control_inside_one_lac_word(extract, text):
    x = extract(text)
    _check_facts(x, [("岚栖电子", "subsidiaryOf", "澄港科技")], [])


def test_relations_a_holding_firms_name_stays_whole(extract):
    x = extract("澄港科技控股集团有限公司发布公告。")
    assert [e.name for e in x.entities] == ["澄港科技控股集团有限公司"]


# Review of this session's rules: each case failed on the reviewed commit (or pins what it got right).
REVIEW_FOUR_CASES = [
    # (text, facts that must hold, facts that must not)
    pytest.param("李立恒先生，中国国籍；澜舟科技创始人王思远之女婿，2015年起任星桥科技副总裁，兼任岚栖化学董事。",
                 [("李立恒", "holdsPosition", "岚栖化学")], [("王思远", "holdsPosition", "岚栖化学")], id="a-possessor-is-no-subject"),
    pytest.param("李立恒，1972年出生；澜舟科技董事长王思远的大学同学，现任星桥科技总裁，兼任岚栖化学独立董事。",
                 [("李立恒", "holdsPosition", "岚栖化学")], [("王思远", "holdsPosition", "岚栖化学")], id="nor-one-with-de"),
    pytest.param("澜舟科技总裁李立恒卸任；此外，原星桥科技副总裁王思远正式加盟，出任澜舟科技总裁。",
                 [("王思远", "leads", "澜舟科技")], [], id="a-connective-after-the-semicolon"),
    pytest.param("星桥科技的大股东为澜舟科技，澜舟科技董事长李立恒仍持有其25%股权。", [("李立恒", "investedIn", "星桥科技")],
                 [("李立恒", "investedIn", "澜舟科技")], id="its-is-the-firm-named-before"),
    pytest.param("岚栖化学宣布，其子公司星桥科技的65%股权由澜舟科技持有。", [("澜舟科技", "investedIn", "星桥科技")],
                 [("澜舟科技", "investedIn", "岚栖化学")], id="the-stake-in-the-same-clause"),
    pytest.param("澜舟科技持有星桥科技65%股权，岚栖智能的其余35%股权由王氏集团持有。", [("王氏集团", "investedIn", "岚栖智能")],
                 [("王氏集团", "investedIn", "星桥科技")], id="the-rest-of-another-firm"),
    pytest.param("澜舟科技持有星桥科技65%股权，其余35%股权仍由创始人李立恒持有。", [("李立恒", "investedIn", "星桥科技")], [],
                 id="the-rest-held-by-a-founder"),
    pytest.param("控股子公司星桥科技（澜舟科技持股65%，岚栖电子持股35%）实现营收。",
                 [("澜舟科技", "investedIn", "星桥科技"), ("岚栖电子", "investedIn", "星桥科技")],
                 [("澜舟科技", "investedIn", "岚栖电子")], id="two-holders-in-brackets"),
    pytest.param("控股子公司星桥科技（由澜舟科技持股65%）实现营收。", [("澜舟科技", "investedIn", "星桥科技")], [],
                 id="held-by-in-brackets"),
    pytest.param("控股子公司星桥科技（澜舟科技持有其65%股权）实现营收。", [("澜舟科技", "investedIn", "星桥科技")], [],
                 id="holds-its-shares-in-brackets"),
    pytest.param("澜舟科技与星桥科技共同出资设立了一只由岚栖资本管理的产业基金。", [("星桥科技", "partnerOf", "澜舟科技")],
                 [("澜舟科技", "investedIn", "岚栖资本"), ("星桥科技", "investedIn", "岚栖资本")], id="not-the-funds-manager"),
    pytest.param("澜舟科技旗下芯片设计公司星桥微电子完成B轮融资。", [("星桥微电子", "subsidiaryOf", "澜舟科技")], [],
                 id="the-name-after-a-kind-of-firm"),
]


def test_relations_a_planned_joint_funding_is_less_sure(extract):
    x = extract("澜舟科技与星桥科技签署协议，双方拟共同出资设立岚栖智能。")
    r = _assert_fact(x, "澜舟科技", "investedIn", "岚栖智能")
    assert r.confidence < 0.6


@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("8月28日晚，新势力车企澜舟汽车在杭州举行发布会，一口气推出了中大型纯电轿车澜舟S7和六座增程SUV澜舟X9两款新车。",
                 [("澜舟汽车", "launched", "澜舟S7"), ("澜舟汽车", "launched", "澜舟X9")], [], id="a-kind-of-firm-before-the-subject"),
    pytest.param("2018年，星桥科技推出工业物联网平台“岚云”，帮助制造企业对设备进行远程监测。", [("星桥科技", "launched", "岚云")],
                 [("星桥科技", "launched", "物联网")], id="the-quoted-name-after-a-describing-word"),
    pytest.param("澜舟科技正式发布旗下首款AI眼镜“澜舟Glass S1”、智能手表“LZ Watch 5 Pro”以及全新升级的“岚栖大模型2.0”。",
                 [("澜舟科技", "launched", "澜舟Glass S1"), ("澜舟科技", "launched", "LZ Watch 5 Pro"),
                  ("澜舟科技", "launched", "岚栖大模型2.0")], [], id="a-new-version-in-the-list"),
    pytest.param("澜舟科技推出面向3C电子行业的小负载机械臂“岚臂M1”。", [("澜舟科技", "launched", "岚臂M1")],
                 [("澜舟科技", "launched", "3C电子")], id="a-name-inside-the-description"),
])
def test_relations_launches_with_descriptions(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


# Second review of this session's rules: each case failed on the reviewed commit.
REVIEW_FIVE_CASES = [
    # (text, facts that must hold, facts that must not)
    pytest.param("澜舟科技旗下门店独家代理进口奶粉品牌“爱诺”。", [], [("爱诺", "productOf", "澜舟科技")], id="a-brand-its-shops-sell"),
    pytest.param("星桥科技旗下基金近期重仓热门游戏“幻境”。", [], [("幻境", "productOf", "星桥科技")], id="a-game-its-fund-holds"),
    pytest.param("澜舟科技旗下工厂代工生产运动品牌“岚跃”球鞋。", [], [("岚跃", "productOf", "澜舟科技")], id="a-brand-it-makes-for-others"),
    pytest.param("星桥科技旗下应用商店已下架竞品应用“柚聊”。", [], [("柚聊", "productOf", "星桥科技")], id="a-rivals-app"),
    pytest.param("澜舟科技持有15%的星桥电子有限公司股权。", [("澜舟科技", "investedIn", "星桥电子有限公司")], [],
                 id="a-percentage-before-the-firm"),
    pytest.param("李立恒介绍，澜舟科技创始人王思远目前仍持有其30%股权。", [("王思远", "investedIn", "澜舟科技")], [],
                 id="its-after-someone-speaking"),
    pytest.param("岚栖化学董事长李立恒表示，星桥科技创始人王思远仍持有其30%股权。", [("王思远", "investedIn", "星桥科技")],
                 [("王思远", "investedIn", "岚栖化学")], id="its-after-another-firms-speaker"),
    pytest.param("澜舟科技持有星桥科技65%股权，其余35%股权由公司实际控制人李立恒持有。", [("李立恒", "investedIn", "星桥科技")], [],
                 id="the-rest-held-by-the-controller"),
    pytest.param("澜舟科技持有星桥科技65%股权，其余35%股权由其创始人李立恒持有。", [("李立恒", "investedIn", "星桥科技")], [],
                 id="the-rest-held-by-its-founder"),
    pytest.param("澜舟科技与星桥科技共同设立由李立恒担任董事长的星澜智能科技有限公司。",
                 [("澜舟科技", "founded", "星澜智能科技有限公司"), ("星桥科技", "founded", "星澜智能科技有限公司")], [],
                 id="a-chairman-after-you"),
]


@pytest.mark.parametrize("text, name", [
    pytest.param("澜舟科技控股香港有限公司为公司全资子公司。", "澜舟科技控股香港有限公司", id="a-place-after-konggu"),
    pytest.param("澜舟资本控股投资管理有限公司完成备案。", "澜舟资本控股投资管理有限公司", id="ordinary-words-after-konggu"),
    pytest.param("澜舟科技控股发展有限公司今日发布公告。", "澜舟科技控股发展有限公司", id="fazhan-after-konggu"),
    pytest.param("澜舟资本收购基金管理有限公司成立。", "澜舟资本收购基金管理有限公司", id="a-fund-named-for-buyouts"),
])
def test_relations_names_that_hold_a_deal_verb_stay_whole(extract, text, name):
    x = extract(text)
    assert [e.name for e in x.entities] == [name] and not x.relations, (x.entities, x.relations)


@pytest.mark.parametrize("text, not_facts", [
    pytest.param("【联澄社6月12日电】记账软件服务商账簿通近日被金融科技企业澜舟科技全资收购。", [("澜舟科技", "acquired", "联澄社")],
                 id="an-outlets-dateline-in-brackets"),
    pytest.param("澜舟科技董事会审议通过了《关于收购星桥电子有限公司51%股权的议案》。", [("澜舟科技", "acquired", "星桥电子有限公司")],
                 id="a-proposals-title"),
])
def test_relations_nothing_from_a_dateline_or_a_proposals_title(extract, text, not_facts):
    _check_facts(extract(text), [], not_facts)


# Third review of this session's rules: each case failed on the reviewed commit.
REVIEW_SIX_CASES = [
    # (text, facts that must hold, facts that must not)
    pytest.param("作为车企澜舟汽车的核心供应商，星桥电子近日推出了新一代激光雷达“星眸L2”。", [],
                 [("澜舟汽车", "launched", "星眸L2")], id="as-a-suppliers-client"),
    pytest.param("面向车企澜舟汽车等客户，推出了车规级芯片“星芯S1”。", [], [("澜舟汽车", "launched", "星芯S1")], id="for-a-client"),
    pytest.param("岚栖医药近日宣布，作为药企澜舟制药的合作伙伴，推出了创新药“星康”。", [("岚栖医药", "launched", "星康")],
                 [("澜舟制药", "launched", "星康")], id="as-a-partner"),
    pytest.param("澜舟汽车推出澜舟S7车型“星耀版”。", [("澜舟汽车", "launched", "澜舟S7")], [("澜舟汽车", "launched", "星耀版")],
                 id="a-models-edition"),
    pytest.param("星桥科技推出星桥X1手机“星空蓝”配色。", [("星桥科技", "launched", "星桥X1")], [("星桥科技", "launched", "星空蓝")],
                 id="a-phones-colour"),
    pytest.param("星桥科技推出工业物联网平台“岚云”和安全平台“岚盾”。",
                 [("星桥科技", "launched", "岚云"), ("星桥科技", "launched", "岚盾")], [], id="the-list-goes-on"),
    pytest.param("澜舟科技发布手机“澜舟X1”以及全新升级的“澜舟”品牌标识。", [("澜舟科技", "launched", "澜舟X1")],
                 [("澜舟科技", "launched", "澜舟")], id="an-upgraded-logo"),
    pytest.param("星桥集团控股杭州岚栖银行股份有限公司。", [("杭州岚栖银行股份有限公司", "subsidiaryOf", "星桥集团")], [],
                 id="a-held-firm-opening-with-a-place"),
    pytest.param("星桥科技旗下医疗影像辅助诊断系统“岚影”用户破万。", [("岚影", "productOf", "星桥科技")], [], id="a-long-kind"),
    pytest.param("星桥科技旗下汽车销售服务平台“岚车”上线。", [("岚车", "productOf", "星桥科技")], [], id="a-sales-platform"),
    pytest.param("澜舟科技与星桥科技共同设立由旗下子公司岚栖资本管理的产业基金。", [("星桥科技", "partnerOf", "澜舟科技")],
                 [("澜舟科技", "founded", "岚栖资本"), ("星桥科技", "founded", "岚栖资本")], id="managed-by-a-described-firm"),
]


@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("年报显示，澜舟集团目前直接或间接控制三家上市公司：在深交所主板上市的星桥电器（持股41.2%）。",
                 [("星桥电器", "subsidiaryOf", "澜舟集团"), ("澜舟集团", "investedIn", "星桥电器")], [], id="controlled-whatever-the-stake"),
    pytest.param("澜舟集团参股三家公司：星桥电器（持股21.2%）。", [("澜舟集团", "investedIn", "星桥电器")],
                 [("星桥电器", "subsidiaryOf", "澜舟集团")], id="a-minority-stake"),
])
def test_relations_firms_a_holder_says_it_controls_are_its_units(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


# Fourth review of this session's rules: each case failed on the reviewed commit. (The third review's
# "its-after-a-round" pin is withdrawn with its rule: after a round, 其 may be either firm, and the
# holder's own firm is the more common reading.)
REVIEW_SEVEN_CASES = [
    # (text, facts that must hold, facts that must not)
    pytest.param("业内领先企业澜舟科技于3月12日在上海宣布，已完成对岚栖科技的收购。", [("澜舟科技", "acquired", "岚栖科技")], [],
                 id="a-leading-firm"),
    pytest.param("深度学习芯片企业星桥微电子昨日召开发布会，推出了新一代芯片“桥芯M9”。", [("星桥微电子", "launched", "桥芯M9")], [],
                 id="a-kind-with-a-verb"),
    pytest.param("作为龙头企业澜舟新能源今年先后投资了岚栖锂业，并全资收购了启岚电池。",
                 [("澜舟新能源", "investedIn", "岚栖锂业"), ("澜舟新能源", "acquired", "启岚电池")], [], id="as-a-leader-it-acts"),
    pytest.param("星桥资本领投了澜舟科技的A轮融资，澜舟科技创始人李立恒仍持有其45%股权。", [("李立恒", "investedIn", "澜舟科技")],
                 [("李立恒", "investedIn", "星桥资本")], id="its-after-a-round-is-the-founders-firm"),
    pytest.param("澜舟科技完成对岚栖科技的收购，岚栖科技董事长李立恒仍持有其15%股权。", [("李立恒", "investedIn", "岚栖科技")],
                 [("李立恒", "investedIn", "澜舟科技")], id="its-after-a-takeover"),
    pytest.param("澜舟科技推出了工业物联网平台“禾岚”并宣布开源。", [("澜舟科技", "launched", "禾岚")], [("澜舟科技", "launched", "物联网")],
                 id="a-quote-then-bing"),
    pytest.param("澜舟科技推出了工业物联网平台“禾岚”2.0。", [("澜舟科技", "launched", "禾岚")], [("澜舟科技", "launched", "物联网")],
                 id="a-quote-then-a-version"),
    pytest.param("澜舟科技董事会审议通过了关于收购岚栖化学51%股权的议案。", [], [("澜舟科技", "acquired", "岚栖化学")],
                 id="a-proposal-without-book-marks"),
    pytest.param("澜舟科技董事会审议通过了《关于收购岚栖化学51%股权的预案》。", [], [("澜舟科技", "acquired", "岚栖化学")],
                 id="a-draft-plan"),
    pytest.param("【星桥财经讯】澜舟科技今日宣布，已完成对岚栖化学的收购。", [("澜舟科技", "acquired", "岚栖化学")],
                 [("星桥财经讯", "acquired", "岚栖化学")], id="the-subject-after-a-bracketed-dateline"),
]


def test_relations_a_post_at_a_branch_is_a_post_at_its_firm(extract):
    x = extract("澄港银行今日公告。孔立明现任澄港银行无锡分行行长，曾长期负责该行普惠金融条线。")
    r = _assert_fact(x, "孔立明", "holdsPosition", "澄港银行")
    assert r.title == "无锡分行行长"
    _check_facts(x, [], [("孔立明", "leads", "澄港银行")])


# Fifth review of this session's rules: each case failed on the reviewed commit.
REVIEW_EIGHT_CASES = [
    # (text, facts that must hold, facts that must not)
    pytest.param("澜舟集团目前不再控制以下公司：星桥科技（持股21.2%）。", [], [("星桥科技", "subsidiaryOf", "澜舟集团")],
                 id="no-longer-controls"),
    pytest.param("澜舟集团曾控制两家上市公司：星桥科技（持股41.2%）。", [], [("星桥科技", "subsidiaryOf", "澜舟集团")],
                 id="once-controlled"),
    pytest.param("澜舟集团直接控制两家公司：星桥科技（持股55%）、瑞川科技（持股38%），并参股锦川电子（持股5%）。",
                 [("星桥科技", "subsidiaryOf", "澜舟集团"), ("瑞川科技", "subsidiaryOf", "澜舟集团")],
                 [("锦川电子", "subsidiaryOf", "澜舟集团")], id="a-stake-after-the-controlled-list"),
    pytest.param("澜舟集团参股两家金融控股公司：星桥科技（持股5%）。", [], [("星桥科技", "subsidiaryOf", "澜舟集团")],
                 id="a-kind-of-holding-firm"),
    pytest.param("澜舟集团实际控制人李立恒控制的企业：星桥科技（持股35%）。", [], [("星桥科技", "subsidiaryOf", "澜舟集团")],
                 id="its-controllers-firms"),
    pytest.param("作为星桥科技旗下公司，近日完成对锦川电子的收购。", [], [("星桥科技", "acquired", "锦川电子")],
                 id="as-its-unit-with-no-subject"),
    pytest.param("作为星桥科技第二大股东，近日增持锦川电子股份。", [], [("星桥科技", "investedIn", "锦川电子")],
                 id="as-its-holder-with-no-subject"),
    pytest.param("瑞川科技获得星桥科技领投的2亿元融资，星桥科技创始人李立恒持有其5%股权。", [("李立恒", "investedIn", "瑞川科技")],
                 [("李立恒", "investedIn", "星桥科技")], id="its-is-the-firm-that-raised"),
    pytest.param("瑞川科技本轮融资由星桥科技跟投，星桥科技创始人李立恒持有其1.5%股权。", [("李立恒", "investedIn", "瑞川科技")],
                 [("李立恒", "investedIn", "星桥科技")], id="its-is-the-firm-whose-round"),
    pytest.param("澜舟科技董事会审议通过了关于公司以发行股份及支付现金方式收购锦川电子100%股权的议案。", [],
                 [("澜舟科技", "acquired", "锦川电子")], id="a-long-proposal"),
    pytest.param("澜舟科技审议通过了关于收购锦川电子的重组草案。", [], [("澜舟科技", "acquired", "锦川电子")], id="a-draft"),
]


# Sixth review of this session's rules: each case failed on the reviewed commit.
REVIEW_NINE_CASES = [
    # (text, facts that must hold, facts that must not)
    pytest.param("江陵集团（以下简称“江陵”）公告，李立恒现任江陵银行杭州分行行长。", [], [("李立恒", "holdsPosition", "江陵集团")],
                 id="a-branch-of-another-firm"),
    pytest.param("澜舟人寿公告称，李立恒出任澜舟人寿保险江苏分公司总经理。", [], [("李立恒", "holdsPosition", "澜舟人寿")],
                 id="no-place-after-the-firm"),
    pytest.param("星桥银行股份有限公司今日公告。李立恒现任星桥银行无锡分行行长。",
                 [("李立恒", "holdsPosition", "星桥银行股份有限公司")], [], id="the-firm-by-its-full-name"),
    pytest.param("星桥银行今日公告。李立恒为星桥银行苏州分行的实际控制人。", [], [("李立恒", "holdsPosition", "星桥银行")],
                 id="a-controller-is-no-post"),
    pytest.param("澜舟集团主要控制三家上市公司：岚栖新材（持股41.2%）、星桥新材（持股36.5%）。",
                 [("星桥新材", "subsidiaryOf", "澜舟集团")], [], id="mainly-controls"),
    pytest.param("澜舟集团控制以下三家公司：岚栖新材（持股41.2%）、星桥新材（持股36.5%）。",
                 [("星桥新材", "subsidiaryOf", "澜舟集团")], [], id="the-following-three"),
    pytest.param("澜舟集团控制两家上市公司：岚栖新材（持股41.2%，此外还持有其可转债）、星桥新材（持股36.5%）。",
                 [("星桥新材", "subsidiaryOf", "澜舟集团")], [], id="a-cue-inside-brackets"),
    pytest.param("岚栖化学为澜舟科技提供融资担保，澜舟科技创始人李立恒持有其60%股权。", [("李立恒", "investedIn", "澜舟科技")],
                 [("李立恒", "investedIn", "岚栖化学")], id="financing-that-is-no-round"),
    pytest.param("澜舟科技关于现金收购岚栖化学60%股权的方案已于3月实施完毕。", [("澜舟科技", "acquired", "岚栖化学")], [],
                 id="a-plan-carried-out"),
    pytest.param("澜舟科技根据关于收购岚栖化学的方案完成了对岚栖化学的收购。", [("澜舟科技", "acquired", "岚栖化学")], [],
                 id="done-according-to-a-plan"),
    pytest.param("澜舟科技审议通过了《发行股份购买岚栖化学100%股权暨关联交易报告书（草案）》。", [],
                 [("澜舟科技", "acquired", "岚栖化学"), ("澜舟科技", "investedIn", "岚栖化学")], id="a-draft-report"),
]


# Seventh review of this session's rules: each case failed on the reviewed commit.
REVIEW_TEN_CASES = [
    # (text, facts that must hold, facts that must not)
    pytest.param("星桥集团通过股权转让已不再控制以下公司：岚栖新材（持股30%）、澜舟科技（持股25%）。", [],
                 [("澜舟科技", "subsidiaryOf", "星桥集团")], id="through-a-sale-no-longer-controls"),
    pytest.param("星桥集团通过协议与他方共同控制以下企业：岚栖新材（持股40%）、澜舟科技（持股35%）。", [],
                 [("澜舟科技", "subsidiaryOf", "星桥集团")], id="joint-control"),
    pytest.param("澜舟科技关于收购岚栖化学51%股权的议案尚未实施完毕。", [], [("澜舟科技", "acquired", "岚栖化学")], id="not-yet-carried-out"),
    pytest.param("澜舟科技关于收购岚栖化学51%股权的议案将于下月实施完毕。", [], [("澜舟科技", "acquired", "岚栖化学")],
                 id="to-be-carried-out"),
    pytest.param("澜舟科技董事会审议通过《关于收购岚栖化学51%股权的方案》。", [], [("澜舟科技", "acquired", "岚栖化学")],
                 id="a-titled-plan"),
    pytest.param("星桥银行公告，李立恒出任星桥银行金融街支行行长。", [("李立恒", "holdsPosition", "星桥银行")], [],
                 id="a-district-branch"),
    pytest.param("澜舟科技本次融资由星桥资本独家投资，岚栖化学创始人李立恒持有其40%股权。", [("李立恒", "investedIn", "澜舟科技")],
                 [("李立恒", "investedIn", "岚栖化学")], id="this-round"),
]


# Eighth review of this session's rules: each case failed on the reviewed commit. (The seventh review's branch
# named by any word that is not a firm's, 前海分行, is narrowed to places and district words: it split other firms'
# names, 澜舟电子|商务分公司.)
REVIEW_ELEVEN_CASES = [
    pytest.param("澜舟电子发布公告。李立恒现任澜舟电子商务分公司总经理。", [], [("李立恒", "holdsPosition", "澜舟电子")],
                 id="another-firms-branch"),
    pytest.param("星桥资产发布公告。李立恒现任星桥资产管理分公司总经理。", [], [("李立恒", "holdsPosition", "星桥资产")],
                 id="another-firms-branch-too"),
    pytest.param("星桥银行发布公告。李立恒现任星桥银行信用卡分行行长。", [], [("李立恒", "holdsPosition", "星桥银行")],
                 id="a-business-line-is-no-district"),
    pytest.param("澜舟科技公告称《关于收购星桥电子100%股权的议案》已决定不再实施。", [], [("澜舟科技", "acquired", "星桥电子")],
                 id="no-longer-carried-out"),
    pytest.param("澜舟科技发布《关于收购星桥电子51%股权的方案》，交易已完成交割。", [("澜舟科技", "acquired", "星桥电子")], [],
                 id="the-deal-done-after-a-plan"),
]


# This session's review pins, all one kind of case: (text, facts that must hold, facts that must not).
SESSION_REVIEW_CASES = (REVIEW_FOUR_CASES + REVIEW_FIVE_CASES + REVIEW_SIX_CASES + REVIEW_SEVEN_CASES + REVIEW_EIGHT_CASES
                        + REVIEW_NINE_CASES + REVIEW_TEN_CASES + REVIEW_ELEVEN_CASES)



# --- the units a body has under it: 下设, 下辖 ----------------------------------------------

@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("岚岫研究院成立于2020年，由澜州市政府联合澜舟科技共同组建，下设岚岫计算中心和岚岫视觉实验室等机构。",
                 [("岚岫计算中心", "subsidiaryOf", "岚岫研究院"), ("岚岫视觉实验室", "subsidiaryOf", "岚岫研究院")],
                 [("岚岫计算中心", "subsidiaryOf", "澜舟科技")], id="the-subject-of-an-earlier-clause"),
    pytest.param("澜舟集团下辖星桥物流有限公司、岚栖资本和澜舟研究院。",
                 [("星桥物流有限公司", "subsidiaryOf", "澜舟集团"), ("岚栖资本", "subsidiaryOf", "澜舟集团"),
                  ("澜舟研究院", "subsidiaryOf", "澜舟集团")], [], id="a-list-after-xiaxia"),
    pytest.param("澜舟研究院下设岚岫计算中心，其中岚岫视觉实验室由青年学者柯立和担任主任。",
                 [("岚岫计算中心", "subsidiaryOf", "澜舟研究院"), ("柯立和", "leads", "岚岫视觉实验室")],
                 [("岚岫视觉实验室", "subsidiaryOf", "澜舟研究院")], id="only-the-units-listed-at-once"),
])
def test_relations_units_under_a_body(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)



# --- posts carried to the person named before, and a name LAC glued to 任 ---------------------------

@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("CTO柯立恒不再直接管理大模型团队，但仍兼任澜舟研究院院长。", [("柯立恒", "leads", "澜舟研究院")], [],
                 id="but-still-holds"),
    pytest.param("创始人柯立恒仍担任星桥科技总经理，同时出任澜舟集团中国区副总裁，负责视觉业务。",
                 [("柯立恒", "leads", "星桥科技"), ("柯立恒", "holdsPosition", "澜舟集团")], [], id="a-region-inside-the-title"),
    pytest.param("澜舟新材由教授柯立恒与其博士生李沐于去年联合创立，柯立恒任公司董事长，李沐任总经理。",
                 [("柯立恒", "leads", "澜舟新材"), ("李沐", "leads", "澜舟新材")], [], id="name-ren-gongsi-read-as-one-word"),
])
def test_relations_posts_of_people_named_before(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("澜舟智能成立于2019年。公司目前员工约320人，总部位于杭州，并在合肥设有全资子公司合肥澜舟视觉技术有限公司，主要承担设备组装。",
                 [("合肥澜舟视觉技术有限公司", "subsidiaryOf", "澜舟智能")], [("合肥澜舟视觉技术有限公司", "subsidiaryOf", "合肥")],
                 id="set-up-in-a-city"),
    pytest.param("岚栖生物公告称，柯立恒此前任公司副总经理；他目前还兼任全资子公司苏州星桥细胞治疗有限公司执行董事。",
                 [("苏州星桥细胞治疗有限公司", "subsidiaryOf", "岚栖生物")], [], id="a-post-at-the-subsidiary"),
])
def test_relations_a_subsidiary_whose_owner_is_the_texts_firm(extract, text, facts, not_facts):
    x = extract(text)
    _check_facts(x, facts, not_facts)
    assert "合肥" not in {e.name for e in x.entities if e.type == "Company"}, _show(x)


def test_relations_the_head_of_a_product_line_does_not_lead_the_firm(extract):
    x = extract("澜舟科技副总裁、岚音产品线负责人柯立恒介绍，新品主要面向学生用户。")
    _check_facts(x, [("柯立恒", "holdsPosition", "澜舟科技")], [("柯立恒", "leads", "澜舟科技")])


# Review of this session's rules: each case failed on the reviewed commit.
@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("岚星集团旗下澜舟银行下设岚星支行和澜舟支行。", [("岚星支行", "subsidiaryOf", "澜舟银行")],
                 [("岚星支行", "subsidiaryOf", "岚星集团")], id="units-under-the-body-named-last"),
    pytest.param("澜舟大学成立人工智能研究院，下设机器学习研究中心和视觉计算研究中心。",
                 [("机器学习研究中心", "subsidiaryOf", "人工智能研究院")], [("机器学习研究中心", "subsidiaryOf", "澜舟大学")],
                 id="units-under-the-body-just-set-up"),
    pytest.param("岚星集团与澜舟集团合并后，下设岚星科技和澜舟科技两大子集团。", [],
                 [("澜舟科技", "subsidiaryOf", "岚星集团")], id="units-of-a-merged-group"),
    pytest.param("在澜舟银行工作二十年后，柯立出任岚星集团总裁，他还兼任全资子公司岚星资本董事长。",
                 [("岚星资本", "subsidiaryOf", "岚星集团")], [("岚星资本", "subsidiaryOf", "澜舟银行")], id="not-a-former-employer"),
    pytest.param("柯立曾任澜舟银行行长，现兼任全资子公司岚星物流执行董事。", [], [("岚星物流", "subsidiaryOf", "澜舟银行")],
                 id="not-the-bank-he-once-ran"),
])
def test_relations_review_of_this_sessions_units(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("中国证监会通报，依法对江苏岚栖智造股份有限公司（下称“岚栖智造”）欺诈发行案作出行政处罚决定，对公司罚款1.2亿元，"
                 "对时任董事长兼总经理柯振东罚款3000万元，对财务总监吴海澜罚款800万元。",
                 [("柯振东", "leads", "岚栖智造"), ("吴海澜", "holdsPosition", "岚栖智造")], [], id="officers-of-the-penalised-firm"),
    pytest.param("澜舟科技创始人、董事长兼首席执行官柯立恒宣布，公司将把自动驾驶部门分拆为独立子公司“澜舟智行科技有限公司”。",
                 [("柯立恒", "leads", "澜舟科技")], [("柯立恒", "leads", "澜舟智行科技有限公司")], id="not-after-a-firm-in-the-clause"),
])
def test_relations_officers_named_by_title_alone(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


# Announcements and consumer news (holders its stake describes, partners' agreements, a group's brands).
@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("岚峤电子披露，持有公司6.83%股份的股东苏州和澜创业投资中心（有限合伙）（以下简称“和澜创投”）计划减持公司股份。",
                 [("和澜创投", "investedIn", "岚峤电子")], [], id="holder-its-stake-describes"),
    pytest.param("澜财传媒记者注意到，柯景川仍担任公司控股股东杭州岚岳投资控股有限公司的执行董事。", [],
                 [("杭州岚岳投资控股有限公司", "investedIn", "澜财传媒")], id="the-outlet-is-not-the-company"),
    pytest.param("同日，澜清生物与韩国生物科技公司Hanvel Therapeutics签署独家授权许可协议。",
                 [("澜清生物", "partnerOf", "Hanvel Therapeutics")], [], id="licence-agreement"),
    pytest.param("岚屿集团最早以烘焙品牌麦澜烘焙起家，此后陆续孵化了港式甜品品牌半溪冰室和精品咖啡品牌沐澜咖啡。",
                 [("麦澜烘焙", "productOf", "岚屿集团"), ("沐澜咖啡", "productOf", "岚屿集团")], [], id="brands-a-group-grew"),
    pytest.param("岚屿集团全资收购新中式茶饮品牌山澜茶事，创始人柯晓芃留任。", [("岚屿集团", "acquired", "山澜茶事")],
                 [("柯晓芃", "founded", "岚屿集团")], id="a-brand-bought-and-its-founder"),
    pytest.param("负责这条产线的是岚栖产品副总裁柯以柔，她同样来自澜疆。", [], [("柯以柔", "holdsPosition", "岚栖产品")],
                 id="product-vice-president"),
])
def test_relations_announcements_and_brands(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


# Review of this session's rules: each case went wrong on the reviewed commit.
@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("岚岫技术董事长陈川表示，公司将在年内上市。", [("陈川", "leads", "岚岫技术")], [], id="a-firms-name-ending-in-an-area"),
    pytest.param("峤溟科技发布了AI智库产品“溟思”。", [("峤溟科技", "launched", "溟思")], [], id="a-product-named-think-tank"),
    pytest.param("岚汐集团以代理意大利奢侈品牌溟纱起家，目前已拥有20家门店。", [], [("溟纱", "productOf", "岚汐集团")],
                 id="an-agents-brand"),
    pytest.param("星桥百货拥有国际品牌岫纱在华东地区的独家代理权。", [], [("岫纱", "productOf", "星桥百货")], id="rights-to-a-brand"),
    pytest.param("岫溟资本在公告中表示，被投企业孵化了茶饮品牌汐茶。", [], [("汐茶", "productOf", "岫溟资本")],
                 id="another-firm-grew-the-brand"),
    pytest.param("岚岫股份分别与澜川汽车和汐屿汽车签署了供货协议。",
                 [("岚岫股份", "partnerOf", "澜川汽车"), ("岚岫股份", "partnerOf", "汐屿汽车")],
                 [("澜川汽车", "partnerOf", "汐屿汽车")], id="partners-listed-after-yu"),
    pytest.param("咖啡品牌屿咖联合创始人王溟透露，公司正筹备新一轮融资。", [("王溟", "founded", "屿咖")], [],
                 id="a-brand-with-a-founder-is-a-firm"),
    pytest.param("音频品牌声川（Sonolux）正式成为汐峤电子全资子公司。", [("声川", "subsidiaryOf", "汐峤电子")], [],
                 id="a-brand-made-a-subsidiary-past-its-brackets"),
])
def test_relations_review_of_this_sessions_brands_and_partners(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


# A state group's reorganisation, holders and rumours in announcements.
@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("澜川股份公告，本次过户完成后，岚泽投资持有公司5.02%股份，成为公司持股5%以上股东；星川控股仍为公司控股股东，"
                 "公司实际控制人仍为柯振岳。", [("柯振岳", "investedIn", "澜川股份")], [("柯振岳", "holdsPosition", "澜川股份")],
                 id="the-actual-controller-holds-the-firm"),
    pytest.param("根据重组方案，岚省国资委将所持岚省信息产业投资集团有限公司（以下简称“岚信投”）100%股权无偿划转至湘澜集团。",
                 [("岚信投", "subsidiaryOf", "湘澜集团"), ("湘澜集团", "acquired", "岚信投")], [], id="all-shares-moved-to-a-group"),
    pytest.param("同时，将岚省交通投资集团有限公司下属企业湖南潇岚通信发展有限公司整体划入湘澜集团。",
                 [("湖南潇岚通信发展有限公司", "subsidiaryOf", "湘澜集团")], [], id="a-firm-moved-whole-into-a-group"),
    pytest.param("重组完成后，岚信投、潇岚通信和湖南湘澜数据科技有限公司等12家企业成为湘澜集团二级子企业。",
                 [("潇岚通信", "subsidiaryOf", "湘澜集团"), ("湖南湘澜数据科技有限公司", "subsidiaryOf", "湘澜集团")], [],
                 id="firms-listed-become-second-tier-units"),
    pytest.param("另有自媒体称，晟岚智能已与星汐机器人达成合作，共同开发关节模组。", [], [("晟岚智能", "partnerOf", "星汐机器人")],
                 id="a-self-media-rumour"),
])
def test_relations_reorganisations_holders_and_rumours(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


def test_relations_a_funds_name_holds_its_generation(extract):
    x = extract("本轮融资由湖北省第三代半导体产业母基金领投。")
    assert _type_of(x, "湖北省第三代半导体产业母基金") == {"Company"}, _show(x)
    x = extract("根据重组方案，岚省国资委将所持岚省信息产业投资集团有限公司100%股权无偿划转至湘澜集团。")
    assert _entities_named(x, "岚省国资委") and not _entities_named(x, "岚省国资委将"), _show(x)


# Posts filled with 由…兼任 after the firm, a firm described as a kind of firm, a post kept (留任).
@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("澜翼航空是星越汽车集团旗下的低空出行子公司，由星越汽车集团副总裁黎文川兼任总经理。",
                 [("黎文川", "leads", "澜翼航空"), ("黎文川", "holdsPosition", "星越汽车集团")],
                 [("黎文川", "leads", "星越汽车集团")], id="post-by-you-at-the-sentences-firm"),
    pytest.param("川岳坊是一家有二十多年历史的老厂，收购完成后它成了我们的控股子公司，原来的创始人龙德川继续留任总经理。",
                 [("龙德川", "leads", "川岳坊")], [], id="a-post-kept-at-a-firm-described-as-one"),
])
def test_relations_posts_at_the_firm_the_sentence_is_about(extract, text, facts, not_facts):
    x = extract(text)
    _check_facts(x, facts, not_facts)


# Holders described by their stake, posts given up or kept, founders described by a school, posts in relative clauses.
@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("澜砚股份公告，持股5%以上股东峤岭创投的减持计划已实施完毕。", [("峤岭创投", "investedIn", "澜砚股份")],
                 [("澜砚股份", "investedIn", "峤岭创投")], id="a-holder-over-five-percent"),
    pytest.param("汐宸科技公告，公司董事会近日收到副总经理苏以澜提交的书面辞职报告，苏以澜因个人原因辞去公司副总经理职务。"
                 "同日，董事会同意聘任葛汐为公司副总经理。", [("葛汐", "holdsPosition", "汐宸科技")],
                 [("苏以澜", "holdsPosition", "汐宸科技")], id="a-post-given-up"),
    pytest.param("岫驰传感由澜州大学博士方砚之创立，主营激光雷达用光学传感器。", [], [("澜州大学", "founded", "岫驰传感")],
                 id="a-school-describes-the-founder"),
    pytest.param("岫岭资本投资了由戚若岫担任创始人兼CEO的凌汐生物。",
                 [("戚若岫", "leads", "凌汐生物"), ("戚若岫", "founded", "凌汐生物")], [], id="a-post-in-a-relative-clause"),
    pytest.param("晶岚装备近日公告，宋岚川因工作调整辞去公司总经理职务，辞职后仍担任公司董事长及董事会战略委员会主任委员。",
                 [("宋岚川", "leads", "晶岚装备")], [], id="a-post-kept-after-resigning-another"),
    pytest.param("砚川电子此前宣布，副总裁祁岫明辞去其所任职务，董事会已接受其辞呈。", [],
                 [("祁岫明", "holdsPosition", "砚川电子")], id="every-post-given-up"),
    pytest.param("砚川电子副总经理蔺澜实因个人原因卸任。", [], [("蔺澜实", "holdsPosition", "砚川电子")],
                 id="a-post-given-up-with-no-title-repeated"),
    pytest.param("砚川电子CEO祁岫明表示不会辞职。", [("祁岫明", "leads", "砚川电子")], [], id="a-resignation-denied"),
    pytest.param("砚川电子总裁祁岫明将于年底卸任。", [("祁岫明", "leads", "砚川电子")], [], id="a-resignation-to-come"),
    pytest.param("砚川电子董事长祁岫明辞职后，将出任澜峤集团总裁。", [("祁岫明", "leads", "澜峤集团")], [],
                 id="a-post-taken-after-resigning-every-post"),
])
def test_relations_holders_and_posts_given_up_or_kept(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, fact", [
    pytest.param("岫岭资本投资了由戚若岫担任创始人兼CEO的凌汐生物。", ("岫岭资本", "investedIn", "凌汐生物"), id="invested-past-a-relative-clause"),
    pytest.param("岫岭资本还投资了由黎岫、卜汐联合创立的储能系统集成商峤汐储能。", ("岫岭资本", "investedIn", "峤汐储能"),
                 id="invested-past-a-relative-clause-and-a-kind"),
])
def test_relations_an_object_after_a_relative_clause(extract, text, fact):
    _assert_fact(extract(text), *fact)


# Review of the session's later rules: each case went wrong on the reviewed commit.
@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("峤岫能源公告，周峤山出任公司董事长，原董事长吴岚生因工作调动辞去董事长职务。", [("周峤山", "leads", "峤岫能源")], [],
                 id="the-new-holder-keeps-the-post-another-gave-up"),
    pytest.param("澜屿股份公告，董事长王汐远因工作调整辞去公司董事长职务，辞职后仍担任公司董事。",
                 [("王汐远", "holdsPosition", "澜屿股份")], [("王汐远", "leads", "澜屿股份")], id="a-title-given-up-not-its-prefix"),
    pytest.param("柯澜药业公告，公司财务总监赵屿衡辞去财务总监职务，转任公司副总经理。", [("赵屿衡", "holdsPosition", "柯澜药业")], [],
                 id="a-post-taken-after-another-given-up"),
    pytest.param("柯澜集团公告，刘芷宁辞去公司董事职务后，将出任澜峤电子董事。", [("刘芷宁", "holdsPosition", "澜峤电子")], [],
                 id="a-post-at-another-firm"),
    pytest.param("南玻岚发布公告，称董事会收到董事长曾澜、副总裁胡岫辞去其在岚玻集团担任职务的辞职报告。", [],
                 [("曾澜", "leads", "岚玻集团"), ("胡岫", "holdsPosition", "岚玻集团")], id="everyone-a-resignation-letter-names"),
    pytest.param("岫柯电子公告，公司股东岫屿投资、持股3%的股东澜芷资本均计划减持。", [("澜芷资本", "investedIn", "岫柯电子")],
                 [("澜芷资本", "investedIn", "岫屿投资")], id="a-holder-of-the-announcing-firm-not-of-the-one-before"),
    pytest.param("由岫澜大学博士团队创立的岫澜智能完成融资。", [("岫澜大学", "founded", "岫澜智能")], [], id="a-team-is-no-persons-name"),
])
def test_relations_review_of_this_sessions_later_rules(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


def test_relations_a_title_after_words_that_lead_into_it():
    from kg.nlp.lexicons import load_lexicons
    from kg.nlp.titles import parse_title, title_prefix

    lex = load_lexicons(None)
    assert parse_title("近日收到董事长", lex) == ("董事长", True)
    assert parse_title("审议通过拟聘任副总经理", lex) is None  # a post proposed, not held
    # the title the words start with, not one after lead-in words further on (原总裁)
    assert title_prefix("委员；董事会选举原总裁贺岚", lex) == ("委员", False)


def test_relations_a_title_with_its_foreign_form_or_one_of_several():
    from kg.nlp.lexicons import load_lexicons
    from kg.nlp.titles import parse_title

    lex = load_lexicons(None)
    assert parse_title("董事总经理（Geschäftsführer）之一", lex) == ("董事总经理", False)
    assert parse_title("独立董事之一", lex) == ("独立董事", False)
    assert parse_title("首席设计官", lex) == ("首席设计官", False)
    assert parse_title("首席财务官（CFO）兼董事会秘书", lex) == ("首席财务官兼董事会秘书", False)


# A declared short name wins over LAC's pieces of it; a holder of 公司 is never 公司.
@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("砚澜新材公告，拟将控股子公司苏州砚衡光学膜科技有限公司（以下简称“砚衡光膜”）分拆上市。"
                 "砚澜新材董事长邵岚钧目前兼任砚衡光膜董事长；砚衡光膜总经理一职则由柯岫澜担任。",
                 [("柯岫澜", "leads", "苏州砚衡光学膜科技有限公司"), ("邵岚钧", "leads", "苏州砚衡光学膜科技有限公司")],
                 [("柯岫澜", "leads", "砚衡光")], id="a-declared-short-name-beats-a-person-lac-found-in-it"),
    pytest.param("岫川科技有限公司（以下简称“岫川”）今日发布公告。岫川控股集团副总裁祁澜表示，岫川将继续投资储能业务。",
                 [("祁澜", "holdsPosition", "岫川控股集团")], [("祁澜", "holdsPosition", "岫川科技有限公司")],
                 id="a-longer-name-around-a-declared-short-name-stays"),
    pytest.param("岫峤电子披露，持有公司6.83%股份的股东苏州澜朴创业投资中心（有限合伙）（以下简称“澜朴创投”）计划减持公司股份。"
                 "澜朴创投称，本次减持系自身资金安排需要。同日，公司另公告称，已与湖北岫芯微系统有限公司签署《战略合作框架协议》。",
                 [("岫峤电子", "partnerOf", "湖北岫芯微系统有限公司")],
                 [("苏州澜朴创业投资中心（有限合伙）", "partnerOf", "湖北岫芯微系统有限公司")], id="a-holder-of-the-firm-is-not-the-firm"),
])
def test_relations_declared_short_names_and_holders(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


# A bare 公司 that opens a later clause is the same 公司 as before, not the firm the first clause named.
def test_relations_a_second_bare_company_is_the_first(extract):
    x = extract("岳川智能成立于2016年。公司目前员工约320人，总部位于杭州，并在合肥设有全资子公司合肥岳川视觉技术有限公司，"
                "主要承担设备组装与交付；今年初，公司又成立了岳川智能东莞分公司，负责华南客户的售后服务。")
    _check_facts(x, [("岳川智能", "founded", "岳川智能东莞分公司"), ("合肥岳川视觉技术有限公司", "subsidiaryOf", "岳川智能")],
                 [("合肥岳川视觉技术有限公司", "founded", "岳川智能东莞分公司"),
                  ("岳川智能东莞分公司", "subsidiaryOf", "合肥岳川视觉技术有限公司")])



# Owners after the kind of firm they are or before a stock code; indirect subsidiaries.
@pytest.mark.parametrize("text, fact", [
    pytest.param("澜煦医疗发布公告称，其间接全资子公司广州澜煦医院管理有限公司已与原股东签署股权转让协议。",
                 ("广州澜煦医院管理有限公司", "subsidiaryOf", "澜煦医疗"), id="its-indirect-subsidiary"),
    pytest.param("峤驰汽车是国有车企中岳汽车集团的控股子公司，主打新能源车型。", ("峤驰汽车", "subsidiaryOf", "中岳汽车集团"),
                 id="a-subsidiary-of-an-owner-after-its-kind"),
    pytest.param("据了解，心澜网络是A股上市公司天峤科技（300519）旗下的游戏发行平台。", ("心澜网络", "subsidiaryOf", "天峤科技"),
                 id="under-an-owner-with-a-stock-code"),
])
def test_relations_owners_after_their_kind_or_before_a_code(extract, text, fact):
    _assert_fact(extract(text), *fact)


# A joint venture set up in a relative clause (A与B合资组建的X), after the partner's kind and 其; a later bare 合资公司 is it.
def test_relations_a_joint_venture_and_its_later_mentions(extract):
    x = extract("深圳物流企业岫川物流集团股份有限公司（简称“岫川物流”）12日发布消息，其与马来西亚上市物流企业澜拓货运"
                "（Lantor Freight Berhad）合资组建的岫澜物流（马来西亚）有限公司，当天在吉隆坡正式揭牌运营。"
                "据介绍，合资公司注册资本为1亿林吉特，其中岫川物流持股51%，澜拓货运持股49%。"
                "揭牌仪式上，合资公司推出了首个标准化产品“澜海快线”。合资公司首任总经理由柴岫南出任。")
    jv = "岫澜物流（马来西亚）有限公司"
    _check_facts(x, [("岫川物流集团股份有限公司", "partnerOf", "澜拓货运"), ("岫川物流集团股份有限公司", "investedIn", jv),
                     ("澜拓货运", "investedIn", jv), (jv, "launched", "澜海快线"), ("柴岫南", "leads", jv)],
                 [("澜拓货运", "investedIn", "岫川物流集团股份有限公司")])


def test_relations_a_joint_venture_partner_after_its_kind(extract):
    x = extract("峤岳半导体与清屿区属国企清屿城市发展投资集团有限公司（简称“清屿城投”）合资组建的樾峤先进封装有限公司当天正式揭牌。")
    _check_facts(x, [("峤岳半导体", "partnerOf", "清屿城市发展投资集团有限公司"),
                     ("峤岳半导体", "investedIn", "樾峤先进封装有限公司")], [])


def test_relations_a_wire_dateline_and_byline_are_not_the_subject(extract):
    x = extract("新华网深圳11月12日电 （记者 祁岫言）深圳物流企业岫川物流集团股份有限公司（简称“岫川物流”）12日发布消息，"
                "其与马来西亚物流企业澜拓货运合资组建的岫澜物流（马来西亚）有限公司，当天在吉隆坡正式揭牌运营。")
    _check_facts(x, [("岫川物流集团股份有限公司", "partnerOf", "澜拓货运")], [])



# Posts left (离职, 不再兼任) and rumours quoted; a deal for the firm that runs a brand.
@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("澜辰银行副行长伏岫言已于上月离职。", [], [("伏岫言", "holdsPosition", "澜辰银行")], id="a-post-left"),
    pytest.param("澜辰银行副行长伏岫言离职后，将出任岫峤证券总裁。", [("伏岫言", "leads", "岫峤证券")],
                 [("伏岫言", "holdsPosition", "澜辰银行")], id="a-post-left-for-another-firm"),
    pytest.param("澜辰银行公告，行长柯岳明不再兼任澜辰理财董事长。", [("柯岳明", "leads", "澜辰银行")],
                 [("柯岳明", "leads", "澜辰理财")], id="a-second-post-no-longer-held"),
    pytest.param("对于近期有关“泰岳人寿有意入股华峤医疗、成为第二大股东”的市场传言，华峤医疗已发布澄清公告称，"
                 "公司并未与泰岳人寿就任何股权投资事项进行磋商。", [], [("泰岳人寿", "investedIn", "华峤医疗")],
                 id="a-quoted-rumour"),
    pytest.param("杭州禾岫消费品集团有限公司宣布，已完成对精酿啤酒品牌“北岫三十度”的运营主体浙江北岫酿造有限公司的全资收购。",
                 [("杭州禾岫消费品集团有限公司", "acquired", "浙江北岫酿造有限公司")], [], id="the-firm-that-runs-a-brand-bought"),
])
def test_relations_posts_left_rumours_quoted_brands_run(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


# Business groups set up in a list, their heads named with no group (事业群总裁, 暂由甲兼任负责人), a company title in a
# group's sentence (由公司联合创始人甲负责: the company's founder, not the group's).
def test_relations_business_groups_and_their_heads(extract):
    x = extract("本地生活平台岳邻科技今日发布内部信，原有的十余个事业部将整合为本地零售事业群（TSG）、文娱与社交事业群（ESG）、"
                "岳邻云事业群和海外市场事业群四大事业群。根据内部信，本地零售事业群是调整后体量最大的板块，由原首席运营官柏岫出任"
                "事业群总裁。文娱与社交事业群由公司联合创始人喻澜帆负责。海外市场事业群目前仍在组建中，暂由首席财务官谭岫宜兼任负责人。")
    groups = ["本地零售事业群", "文娱与社交事业群", "岳邻云事业群", "海外市场事业群"]
    _check_facts(x, [(g, "subsidiaryOf", "岳邻科技") for g in groups]
                 + [("柏岫", "leads", "本地零售事业群"), ("喻澜帆", "leads", "文娱与社交事业群"), ("谭岫宜", "leads", "海外市场事业群")],
                 [("喻澜帆", "founded", "文娱与社交事业群"), ("谭岫宜", "leads", "岳邻科技"), ("柏岫", "leads", "岳邻科技")])
    assert not any(e.name in ("社交事业群", "海外市场事业群四大事业群") for e in x.entities)


# Bank personnel: a subsidiary glued to its bank by LAC, a post named before its holder's clause (…的董事长一职，改由甲兼任),
# an appointment the board passed (审议通过聘任甲为该行行长的议案), a branch named bare and in full.
@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("澜辰银行全资子公司澜辰理财有限责任公司（下称“澜辰理财”）的董事长一职，改由该行副行长季岫谷兼任。",
                 [("季岫谷", "leads", "澜辰理财"), ("澜辰理财", "subsidiaryOf", "澜辰银行")], [], id="a-post-then-its-holder"),
    pytest.param("澜辰银行股份有限公司（下称“澜辰银行”）发布公告称，该行董事会已审议通过聘任伏岫言为该行行长的议案。",
                 [("伏岫言", "leads", "澜辰银行")], [], id="an-appointment-the-board-passed"),
    pytest.param("岫峤科技董事会审议通过了关于聘任柯岳明为公司总经理的议案。", [("柯岳明", "leads", "岫峤科技")], [],
                 id="an-appointment-passed-about-the-company"),
    pytest.param("岫峤科技董事会审议了拟聘任柯岳明为公司总经理的议案。", [], [("柯岳明", "leads", "岫峤科技")],
                 id="an-appointment-only-proposed"),
    pytest.param("窦岫之在澜辰银行杭州分行任职六年。此次调整后，杭州分行行长由窦岫之接任。",
                 [("窦岫之", "leads", "澜辰银行杭州分行")], [], id="a-branch-named-bare-and-in-full"),
])
def test_relations_bank_personnel(extract, text, facts, not_facts):
    x = extract(text)
    _check_facts(x, facts, not_facts)
    assert not any("全资子公司" in e.name for e in x.entities)


def test_relations_a_bare_title_is_not_at_a_former_employer(extract):
    x = extract("另外两位联合创始人中，CTO骆岫琪此前在华为担任工程师；COO蒲云河则曾在一家工业机器人企业担任销售副总裁。")
    _check_facts(x, [], [("骆岫琪", "holdsPosition", "华为"), ("蒲云河", "holdsPosition", "华为")])


# A brand portfolio listed after a colon: each item, past the words that describe it, is a brand of the firm.
def test_relations_a_brand_portfolio_listed_with_a_final_he(extract):
    x = extract("澜岫集团旗下拥有三大品牌：岚下茶坊、麦岫和澄岚。")
    _check_facts(x, [(b, "productOf", "澜岫集团") for b in ("岚下茶坊", "麦岫", "澄岚")], [])
    assert not any("和" in e.name for e in x.entities)


def test_relations_a_brand_portfolio_listed(extract):
    x = extract("梳理发现，澜岫集团旗下目前共有六个品牌：起家的岚下茶坊，烘焙连锁麦岫，面向年轻女性的个护品牌澄岚，"
                "宠物食品品牌毛岫实验室，北屿三十度，以及10月刚推出的轻食品牌青岫小厨。")
    brands = ["岚下茶坊", "麦岫", "澄岚", "毛岫实验室", "北屿三十度", "青岫小厨"]
    _check_facts(x, [(b, "productOf", "澜岫集团") for b in brands], [])


# Review of this session's rules: each case went wrong on a reviewed commit of the session.
@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("星河科技董事长林岳东批准了副总裁王磊的离职。", [("林岳东", "leads", "星河科技")], [], id="someone-elses-resignation"),
    pytest.param("星岳科技新任CEO林涛此前已从蓝海科技离职。", [("林涛", "leads", "星岳科技")], [], id="left-a-former-employer"),
    pytest.param("蓝湾生物董事长韩子墨提出辞职，但董事会未予批准。", [("韩子墨", "leads", "蓝湾生物")], [], id="a-resignation-refused"),
    pytest.param("云帆物流总裁孟凯可能离职，公司尚未回应。", [("孟凯", "leads", "云帆物流")], [], id="a-resignation-speculated"),
    pytest.param("星岳科技总经理林涛的前任王磊已于去年离职。", [("林涛", "leads", "星岳科技")], [], id="the-predecessor-left"),
    pytest.param("东润纺织总经理余海涛因病离任，由董事长罗杰代为履职。", [("罗杰", "leads", "东润纺织")],
                 [("余海涛", "leads", "东润纺织")], id="left-for-a-reason"),
    pytest.param("远峰新能昨日正式对外公布“远峰新能完成收购清源电池”的消息，交易已于上月交割。",
                 [("远峰新能", "acquired", "清源电池")], [], id="an-official-quote-is-no-rumour"),
    pytest.param("市场上关于“天衡药业入股康达生物”的猜测终于落地，双方于昨日签署增资协议。",
                 [("天衡药业", "investedIn", "康达生物")], [], id="a-rumour-that-came-true"),
    pytest.param("受大股东星海集团委托，瑞华股份董事会审议通过了聘任李建明为公司总经理的议案。",
                 [("李建明", "leads", "瑞华股份")], [("李建明", "leads", "星海集团")], id="the-board-named-is-the-firms"),
    pytest.param("继华为之后，瑞华股份也调整了管理层，董事会审议通过了聘任李建明为公司总裁的议案。", [],
                 [("李建明", "leads", "华为")], id="whose-board-is-unclear"),
    pytest.param("华远药业与国企国药集团合资组建的华药医疗已投产。华远药业与拜尔斯集团的另一家合资公司正在筹建，"
                 "合资公司总经理由拜尔斯集团高管李维出任。", [("华远药业", "investedIn", "华药医疗")],
                 [("李维", "leads", "华药医疗")], id="another-joint-venture"),
])
def test_relations_review_of_this_sessions_rules(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, a, b", [
    pytest.param("岫峰科技与澜汐建设组成的联合体中标该项目。", "岫峰科技", "澜汐建设", id="formed-a-consortium"),
    pytest.param("岫峰科技与华澜信息联合体为第一中标候选人。", "岫峰科技", "华澜信息", id="consortium-glued-to-the-name"),
])
def test_relations_a_consortium_makes_partners(extract, text, a, b):
    x = extract(text)
    assert _find(x, a, "partnerOf", b) or _find(x, b, "partnerOf", a), _show(x)
    assert not _entities_named(x, b + "联合体"), _show(x)


@pytest.mark.parametrize("text, founders, firm", [
    pytest.param("黎岫和卜澜联合创立了蓝峤储能。", ("黎岫", "卜澜"), "蓝峤储能", id="a-list-then-together"),
    pytest.param("由黎岫、卜澜联合创立的蓝峤储能完成A轮融资。", ("黎岫", "卜澜"), "蓝峤储能", id="in-a-relative-clause"),
    pytest.param("岫峰科技与澜汐集团共同创立了峤云智能。", ("岫峰科技", "澜汐集团"), "峤云智能", id="two-firms"),
])
def test_relations_founders_listed_together(extract, text, founders, firm):
    x = extract(text)
    for f in founders:
        _assert_fact(x, f, "founded", firm)


# --- founders together, shared posts, posts carried to the right person -------

TOGETHER_CASES = [
    pytest.param(
        "王一鸣和李思远2015年在杭州创立了澜石科技。",
        [("王一鸣", "founded", "澜石科技"), ("李思远", "founded", "澜石科技")], [],
        id="two-people-found-without-gongtong",
    ),
    pytest.param(
        "沈岫遥与大学室友林澜一起在杭州创办了橙屿网络。",
        [("沈岫遥", "founded", "橙屿网络"), ("林澜", "founded", "橙屿网络")], [],
        id="partner-described-after-yu",
    ),
    pytest.param(
        "2015年，沈岫遥回国，与大学室友林澜一起在杭州创办了橙屿网络。",
        [("沈岫遥", "founded", "橙屿网络"), ("林澜", "founded", "橙屿网络")], [],
        id="clause-opens-with-the-partner",
    ),
    pytest.param(
        "王一鸣与岫光资本合作创办了澜石科技。",
        [("王一鸣", "founded", "澜石科技")], [("岫光资本", "founded", "澜石科技")],
        id="a-firm-partner-is-no-co-founder-without-gongtong",
    ),
    pytest.param(
        "澜峰科技与岫光集团合资成立澜岫新材料（上海）有限公司。",
        [("澜峰科技", "founded", "澜岫新材料（上海）有限公司"), ("岫光集团", "founded", "澜岫新材料（上海）有限公司")], [],
        id="two-firms-lac-glued-into-one-word",
    ),
    pytest.param(
        "2021年，冯屹辞职创办翎澜科技，并拉来前同事、飞控专家白岫川担任联合创始人兼CTO。",
        [("白岫川", "founded", "翎澜科技"), ("白岫川", "holdsPosition", "翎澜科技", "联合创始人兼CTO")], [],
        id="co-founder-post-taken-is-a-founding",
    ),
]



SHARED_POST_CASES = [
    pytest.param(
        "对于本次分拆，鼎澜新材独立董事顾雅屹、梁乃峤发表了同意的独立意见。",
        [("顾雅屹", "holdsPosition", "鼎澜新材", "独立董事"), ("梁乃峤", "holdsPosition", "鼎澜新材", "独立董事")], [],
        id="independent-directors-listed",
    ),
    pytest.param(
        "澜石科技联合创始人王一鸣、李思远和张屹出席了发布会。",
        [("王一鸣", "founded", "澜石科技"), ("李思远", "founded", "澜石科技"), ("张屹", "founded", "澜石科技")], [],
        id="co-founders-listed",
    ),
    pytest.param(
        "澜石科技CFO王一鸣、李思远等人参加了会议。",
        [("王一鸣", "holdsPosition", "澜石科技", "CFO")], [("李思远", "holdsPosition", "澜石科技")],
        id="a-post-of-one-is-not-shared",
    ),
    pytest.param(
        "澜石科技董事长王一鸣和李思远共同出席了发布会。",
        [("王一鸣", "leads", "澜石科技", "董事长")], [("李思远", "leads", "澜石科技")],
        id="the-chair-is-one",
    ),
]



CARRIED_POST_CASES = [
    pytest.param(
        "集团董事局主席何振屹持有岫华集团72%的股权，其长子何启澜目前担任集团总裁，同时兼任岫华新能源董事长。",
        [("何启澜", "leads", "岫华新能源", "董事长")], [("何振屹", "leads", "岫华新能源")],
        id="a-relatives-word-opens-the-clause-before",
    ),
    pytest.param(
        "公告显示，阚思屹此前任公司副总经理；他目前还兼任全资子公司苏州祁峤细胞治疗有限公司执行董事。",
        [("阚思屹", "holdsPosition", "苏州祁峤细胞治疗有限公司", "执行董事")], [],
        id="kind-of-firm-before-its-name",
    ),
    pytest.param(
        "但邵景屹仍担任公司控股股东杭州瀚岫投资控股有限公司的执行董事。",
        [("邵景屹", "holdsPosition", "杭州瀚岫投资控股有限公司", "执行董事")], [],
        id="controlling-holder-before-its-name",
    ),
    pytest.param(
        "原属于云业务的澜石AI实验室被拆出，升级为集团一级部门，由首席科学家温叙峤担任负责人。",
        [("温叙峤", "leads", "澜石AI实验室", "负责人")], [],
        id="post-by-the-sentences-subject",
    ),
    pytest.param(
        "澜石研究院于去年揭牌，由澜川科学院院士王一鸣出任院长。",
        [("王一鸣", "leads", "澜石研究院", "院长")], [("王一鸣", "leads", "澜川科学院")],
        id="post-at-the-subject-not-at-the-description",
    ),
]



FUNDED_CASES = [
    pytest.param(
        "根据公告，珩银理财注册资本为10亿元人民币，由澜江银行以自有资金全额出资，注册地为江西省南昌市。",
        [("澜江银行", "investedIn", "珩银理财")], [],
        id="funded-in-full-by",
    ),
    pytest.param(
        "岫光生物成立于2019年，总部位于美国波士顿，由风投机构澜峰资本孵化并投资，专注于肿瘤免疫疗法。",
        [("澜峰资本", "investedIn", "岫光生物")], [],
        id="incubated-and-funded-by",
    ),
    pytest.param(
        "峤衡控股由岚州省国资委出资设立，注册资本50亿元。",
        [("岚州省国资委", "founded", "峤衡控股"), ("岚州省国资委", "investedIn", "峤衡控股")], [],
        id="set-up-with-its-money",
    ),
    pytest.param(
        "澜峤基金规模10亿元，由岫川集团和澜峰资本共同出资。",
        [("岫川集团", "investedIn", "澜峤基金"), ("澜峰资本", "investedIn", "澜峤基金")], [],
        id="funded-together",
    ),
    pytest.param(
        "岫川集团今日宣布启动新工厂建设，该工厂由澜峰资本出资。",
        [], [("澜峰资本", "investedIn", "岫川集团")],
        id="a-plant-funded-is-no-firm",
    ),
    pytest.param(
        "岫川集团与澜峤科技合作的新项目由澜峰资本投资。",
        [], [("澜峰资本", "investedIn", "澜峤科技"), ("澜峰资本", "investedIn", "岫川集团")],
        id="a-project-funded-is-no-firm",
    ),
    pytest.param(
        "翎屹汽车旗下的翎屹产业投资基金去年参与了锐峤动力的B轮融资，目前持股约4.5%。",
        [("翎屹产业投资基金", "investedIn", "锐峤动力")], [],
        id="took-part-in-a-round",
    ),
    pytest.param(
        "澜峰资本参与了岫光科技的融资谈判。",
        [], [("澜峰资本", "investedIn", "岫光科技")],
        id="talks-about-a-round-are-no-investment",
    ),
    pytest.param(
        "宠物医疗连锁品牌绒澜医疗宣布完成1.5亿元B轮融资，投资方为峤石基金与澜峰资本。",
        [("峤石基金", "investedIn", "绒澜医疗"), ("澜峰资本", "investedIn", "绒澜医疗")], [],
        id="investors-joined-by-yu",
    ),
    pytest.param(
        "截至今年一季度末，岫川汽车的第一大股东为岚州省国资委下属企业岚州汽车工业集团有限公司，持股比例为27.4%。",
        [("岚州汽车工业集团有限公司", "investedIn", "岫川汽车")], [("岚州省国资委", "investedIn", "岫川汽车")],
        id="the-holder-is-the-firm-its-owner-describes",
    ),
]



# Review pins for founders together, shared posts and posts by the subject: near misses that
# must not fire. (text, facts that must be found, facts that must not)
TOGETHER_PINS = [
    pytest.param("王屹澜2014年加入岫川集团，同年其弟王屹峤在杭州创办了澜峤科技。",
                 [("王屹峤", "founded", "澜峤科技")], [("王屹澜", "founded", "澜峤科技")], id="same-year-is-no-partner"),
    pytest.param("王屹澜担任岫川集团董事长，同时李珩在杭州创立了澜峤科技。",
                 [("李珩", "founded", "澜峤科技")], [("王屹澜", "founded", "澜峤科技")], id="meanwhile-is-no-partner"),
    pytest.param("王屹澜坦言，与李珩2016年创办的澜峤科技不同，岫川集团更注重线下。",
                 [], [("王屹澜", "founded", "澜峤科技")], id="a-comparison-is-no-partnership"),
    pytest.param("王屹澜透露，与他同期的李珩2016年在杭州创立了澜峤科技。",
                 [], [("王屹澜", "founded", "澜峤科技")], id="a-peer-described-is-no-partner"),
    pytest.param("王屹澜同意李珩2015年在杭州创办澜峤科技。",
                 [], [("王屹澜", "founded", "澜峤科技")], id="agreeing-is-no-founding"),
    pytest.param("王屹澜和李珩在杭州分别创立了澜峤科技和岫川网络。",
                 [], [("王屹澜", "founded", "岫川网络")], id="each-their-own"),
    pytest.param("岫川集团董事长王屹澜和总裁李珩在发布会上宣布成立澜峤研究院。",
                 [], [("王屹澜", "founded", "澜峤研究院")], id="announcers-are-no-founders"),
    pytest.param("王屹澜2015年与李珩离婚后创办了澜峤科技。",
                 [("王屹澜", "founded", "澜峤科技")], [("李珩", "founded", "澜峤科技")], id="a-divorce-is-no-partnership"),
    pytest.param("王屹澜于2015年与李珩共同创办了澜峤科技。",
                 [("王屹澜", "founded", "澜峤科技"), ("李珩", "founded", "澜峤科技")], [], id="a-year-before-yu"),
    pytest.param("王屹澜和李珩两人于2015年创办了澜峤科技。",
                 [("王屹澜", "founded", "澜峤科技"), ("李珩", "founded", "澜峤科技")], [], id="the-two-of-them"),
    pytest.param("澜峤科技与岫川集团签约，澜峤科技副总裁王屹澜和李珩分别代表双方签字。",
                 [("王屹澜", "holdsPosition", "澜峤科技")], [("李珩", "holdsPosition", "澜峤科技")], id="each-party-signs"),
    pytest.param("澜峤科技董事王屹澜和李珩夫妇出席了晚宴。",
                 [("王屹澜", "holdsPosition", "澜峤科技")], [("李珩", "holdsPosition", "澜峤科技")], id="a-couple"),
    pytest.param("澜峤科技副总裁王屹澜和李珩教授共同主持了会议。",
                 [("王屹澜", "holdsPosition", "澜峤科技")], [("李珩", "holdsPosition", "澜峤科技")], id="a-title-of-their-own"),
    pytest.param("澜峤能源与环境科技有限公司获得屹珩资本投资。",
                 [("屹珩资本", "investedIn", "澜峤能源与环境科技有限公司")], [], id="a-trade-word-after-yu-is-one-name"),
    pytest.param("岫川传媒与文化产业集团董事长李珩表示，公司将扩大投资。",
                 [("李珩", "leads", "岫川传媒与文化产业集团")], [], id="one-group-with-two-trades"),
    pytest.param("澜峤实验室承担了国家重点研发项目，由李珩担任项目负责人。",
                 [], [("李珩", "holdsPosition", "澜峤实验室")], id="a-projects-post"),
    pytest.param("澜峤研究院举办学术年会，由李珩担任大会主席。",
                 [], [("李珩", "leads", "澜峤研究院")], id="an-events-post"),
    pytest.param("澜峤研究院成立新药研发中心，由李珩担任中心主任。",
                 [], [("李珩", "leads", "澜峤研究院"), ("李珩", "holdsPosition", "澜峤研究院")], id="a-new-units-post"),
    pytest.param("澜峤基金会正式成立，由王屹澜担任理事长。",
                 [("王屹澜", "leads", "澜峤基金会", "理事长")], [], id="the-body-set-up-is-the-subject"),
]



SUBSIDIARY_KIND_CASES = [
    pytest.param("瑞峤医药公告，自2024年7月1日至本公告披露日，公司及控股子公司瑞峤（成都）生物科技有限公司累计获得政府补助3268万元。",
                 [("瑞峤（成都）生物科技有限公司", "subsidiaryOf", "瑞峤医药")], [], id="the-company-and-its-subsidiary"),
    pytest.param("迈澜精工12月2日晚间公告，公司通过境外全资子公司迈澜国际（香港）有限公司在荷兰设立的特殊目的公司完成收购。",
                 [("迈澜国际（香港）有限公司", "subsidiaryOf", "迈澜精工")], [], id="through-an-offshore-subsidiary"),
    pytest.param("凯澜精密在捷克拥有一家全资子公司Valtor CZ s.r.o.，主要承担零部件加工业务。",
                 [("Valtor CZ s.r.o.", "subsidiaryOf", "凯澜精密")], [], id="has-a-subsidiary-abroad"),
    pytest.param("万峤集团6月10日宣布，旗下全资子公司万峤家电（香港）有限公司已完成对意大利厨电企业峤拉厨电100%股权的收购。",
                 [("万峤家电（香港）有限公司", "subsidiaryOf", "万峤集团")], [], id="its-subsidiary-after-an-announcement"),
    pytest.param("岫盛集团宣布，其两家控股子公司岫普国际和澜曼电子被判处罚金。",
                 [("岫普国际", "subsidiaryOf", "岫盛集团"), ("澜曼电子", "subsidiaryOf", "岫盛集团")], [], id="a-list-of-subsidiaries"),
    pytest.param("澜峤科技收购了岫川集团的全资子公司岫光电子。",
                 [("澜峤科技", "acquired", "岫光电子"), ("岫光电子", "subsidiaryOf", "岫川集团")],
                 [("澜峤科技", "acquired", "岫川集团"), ("岫光电子", "subsidiaryOf", "澜峤科技")], id="buys-anothers-subsidiary"),
    pytest.param("澜峤科技收购岫川集团子公司岫光电子100%股权。",
                 [("澜峤科技", "acquired", "岫光电子")], [("澜峤科技", "acquired", "岫川集团")], id="buys-a-subsidiary-named-with-its-owner"),
    pytest.param("澜峤科技拟出售全资子公司岫光电子100%股权。",
                 [], [("澜峤科技", "acquired", "岫光电子")], id="sells-its-subsidiary"),
]



# Review pins for funding after 由 and rounds joined (and founders with a described partner).
FUNDING_PINS = [
    pytest.param("澜峤科技宣布，由岫川集团投资建设的产业园开工。", [], [("岫川集团", "investedIn", "澜峤科技")], id="a-park-it-builds"),
    pytest.param("澜峤科技由屹珩资本投资团队负责。", [], [("屹珩资本", "investedIn", "澜峤科技")], id="an-investment-team"),
    pytest.param("岫川集团旗下澜峤科技，由屹珩资本投资。", [], [("屹珩资本", "investedIn", "岫川集团")], id="whose-firm-is-unclear"),
    pytest.param("屹珩资本参加了澜峤科技的融资发布会。", [], [("屹珩资本", "investedIn", "澜峤科技")], id="a-launch-event"),
    pytest.param("屹珩资本参与了澜峤科技的定增报价，但未获配。", [], [("屹珩资本", "investedIn", "澜峤科技")], id="a-bid-not-filled"),
    pytest.param("屹珩资本董事长王屹参与了澜峤科技的B轮融资。", [], [("王屹", "investedIn", "澜峤科技")], id="a-person-acts-for-a-firm"),
    pytest.param("屹珩资本参与了澜峤科技的B轮融资。", [("屹珩资本", "investedIn", "澜峤科技")], [], id="a-round-joined"),
    pytest.param("澜峤科技的股东包括岫川集团与屹珩资本。",
                 [("岫川集团", "investedIn", "澜峤科技"), ("屹珩资本", "investedIn", "澜峤科技")], [], id="holders-joined-by-yu"),
    pytest.param("王屹与其父亲王峤澜共同创办了岫峤科技。",
                 [("王屹", "founded", "岫峤科技"), ("王峤澜", "founded", "岫峤科技")], [], id="with-his-father-together"),
    pytest.param("王屹2012年离开澜屹集团，同年与李珩创办了岫峤科技。",
                 [("王屹", "founded", "岫峤科技"), ("李珩", "founded", "岫峤科技")], [], id="the-same-year-with-a-partner"),
    pytest.param("王屹和李珩于2016年1月在北京中关村创办了岫峤科技。",
                 [("王屹", "founded", "岫峤科技"), ("李珩", "founded", "岫峤科技")], [], id="two-places-in-a-row"),
    pytest.param("澜屹集团独立董事王屹和李珩的任期届满。",
                 [("王屹", "holdsPosition", "澜屹集团"), ("李珩", "holdsPosition", "澜屹集团")], [], id="their-terms"),
    pytest.param("岫峤基金会成立于2012年，由王屹担任理事长。", [("王屹", "leads", "岫峤基金会", "理事长")], [], id="set-up-in-a-year"),
    pytest.param("澜屹商会成立了第五届理事会，由王屹担任会长。", [("王屹", "leads", "澜屹商会", "会长")], [], id="a-new-council"),
]



POSSESSED_PRODUCT_CASES = [
    pytest.param("新车首发搭载澜峤科技的澜行MAX电池，续航最高可达760公里。",
                 [("澜行MAX", "productOf", "澜峤科技")], [], id="a-firms-product-after-de"),
    pytest.param("加入星峤汽车后，杜屹主导了公司“峤航NOP”系统的研发。",
                 [("峤航NOP", "productOf", "星峤汽车")], [], id="the-companys-product"),
    pytest.param("朗屹电子成立于2008年，主要从事车规级功率模块的研发与生产，产品包括“QX-IGBT”系列模块和电机控制器。",
                 [("QX-IGBT", "productOf", "朗屹电子")], [], id="its-products-include"),
    pytest.param("锐澜汽车3月18日在杭州发布了旗下第二款车型——纯电中大型SUV Quillan 7。",
                 [("锐澜汽车", "launched", "Quillan 7")], [], id="a-dash-before-the-product"),
    pytest.param("由澜峤研究院和岫川集团员工组建的众筹公司“屹珩云”同样在进行研究。",
                 [], [("屹珩云", "productOf", "岫川集团"), ("屹珩云", "productOf", "澜峤研究院")], id="a-kind-of-firm-is-no-reference"),
]



# Review pins for subsidiaries named by their kind (and rounds joined, funding described).
SUBSIDIARY_PINS = [
    pytest.param("澜峤科技的全资子公司澜峤电子有限公司和屹珩集团签署了合作协议。",
                 [("澜峤电子有限公司", "subsidiaryOf", "澜峤科技")], [("屹珩集团", "subsidiaryOf", "澜峤科技")], id="a-party-after-the-subsidiary"),
    pytest.param("澜峤科技的全资子公司澜峤电子及控股子公司澜峤光电均被纳入合并报表范围。",
                 [("澜峤光电", "subsidiaryOf", "澜峤科技")], [("澜峤光电", "subsidiaryOf", "澜峤电子")], id="two-subsidiaries-of-one-owner"),
    pytest.param("屹珩集团在德国拥有一家全资子公司Yiheng Germany GmbH和一家控股子公司Yiheng Service KG。",
                 [("Yiheng Service KG", "subsidiaryOf", "屹珩集团")], [("Yiheng Service KG", "subsidiaryOf", "Yiheng Germany GmbH")],
                 id="a-second-kind-after-and"),
    pytest.param("澜峤科技控股子公司澜峤光电有限公司获得政府补助500万元。",
                 [], [("澜峤光电有限公司", "subsidiaryOf", "澜峤科技控股")], id="no-owner-cut-after-konggu"),
    pytest.param("澜峤科技起诉了岫川集团，其全资子公司岫川物流被列为共同被告。",
                 [("岫川物流", "subsidiaryOf", "岫川集团")], [("岫川物流", "subsidiaryOf", "澜峤科技")], id="its-is-the-firm-named-last"),
    pytest.param("澜川集团中国区总裁、在华全资子公司澜川（中国）投资有限公司董事长王屹澜接受了采访。",
                 [("澜川（中国）投资有限公司", "subsidiaryOf", "澜川集团")], [], id="a-place-in-the-post-is-no-owner"),
    pytest.param("峤岳新材料是由屹珩资本孵化并投资的硬科技企业。",
                 [("屹珩资本", "investedIn", "峤岳新材料")], [], id="is-a-firm-funded-by"),
    pytest.param("屹珩资本参与了岫峰股份的首发战略配售。", [("屹珩资本", "investedIn", "岫峰股份")], [], id="an-ipo-placement"),
]



POST_AT_OWNED_FIRM_CASES = [
    pytest.param("李珩担任岫川集团全资子公司澜峤科技执行董事。",
                 [("李珩", "holdsPosition", "澜峤科技", "执行董事")], [("李珩", "holdsPosition", "岫川集团")], id="post-at-the-subsidiary"),
    pytest.param("王屹澜目前担任岫川集团旗下的澜峤科技总经理。",
                 [("王屹澜", "leads", "澜峤科技", "总经理")], [("王屹澜", "leads", "岫川集团")], id="post-at-the-unit-under-a-group"),
    pytest.param("王屹澜担任屹珩资本董事长，同时兼任岫川集团全资子公司澜峤科技执行董事。",
                 [("王屹澜", "holdsPosition", "澜峤科技", "执行董事")], [("王屹澜", "holdsPosition", "岫川集团")],
                 id="a-carried-post-at-the-subsidiary"),
    pytest.param("同时，迈澜精工委派副总经理蔡秉峤出任凯澜精密董事总经理，负责整合期间的财务与供应链协同。",
                 [("蔡秉峤", "holdsPosition", "迈澜精工", "副总经理"), ("蔡秉峤", "holdsPosition", "凯澜精密", "董事总经理")], [],
                 id="a-firm-sends-its-own-officer"),
]



# Review pins for a firm's products.
PRODUCT_PINS = [
    pytest.param("对标岫川汽车的“峤风S6”车型定价低于预期。", [], [("峤风S6", "productOf", "岫川汽车")], id="benchmarked-against"),
    pytest.param("屹川精密的“岫光X1”手机代工订单占其营收一半。", [], [("岫光X1", "productOf", "屹川精密")], id="a-makers-orders"),
    pytest.param("澜峤科技起诉了一家初创公司，称该公司的“峤影”相机侵犯其专利。", [], [("峤影", "productOf", "澜峤科技")],
                 id="that-company-is-unnamed"),
    pytest.param("澜峤科技是一家人工智能企业。峤源资本和公司“岫光”大模型团队达成合作。", [], [("岫光", "productOf", "峤源资本")],
                 id="the-company-is-another-than-its-partner"),
    pytest.param("峤芯科技与岫芯半导体达成合作，产品包括“峤芯M2”和“岫芯S5”。", [], [("岫芯S5", "productOf", "峤芯科技")],
                 id="products-of-two-firms"),
    pytest.param("峤芯科技成立于2015年，产品包括“汽车”、“家电”等领域。", [], [("汽车", "productOf", "峤芯科技")], id="fields-no-products"),
    pytest.param("澜峤科技发布了年度旗舰手机——搭载QJ M2芯片的Xiuguang X1 Pro。", [], [("澜峤科技", "launched", "M2")],
                 id="a-part-after-the-dash"),
    pytest.param("澜峤股份控股子公司岫光数科拟在科创板上市。", [("岫光数科", "subsidiaryOf", "澜峤股份")], [], id="a-holding-subsidiary"),
    pytest.param("王屹澜曾参与了澜峤科技的IPO和多轮融资。", [], [("王屹澜", "investedIn", "澜峤科技")], id="a-person-handles-rounds"),
    pytest.param("天使投资人王屹澜参与了澜峤科技的A轮融资。", [("王屹澜", "investedIn", "澜峤科技")], [], id="an-angel-investor"),
]



MORE_OWNER_CASES = [
    pytest.param("澜峤科技的App“岫光”月活已超过3000万。", [("岫光", "productOf", "澜峤科技")], [], id="a-kind-between-firm-and-product"),
    pytest.param("峤芯科技表示，其“峤芯M2”芯片已实现量产。", [("峤芯M2", "productOf", "峤芯科技")], [], id="its-product"),
    pytest.param("峤岳新材料由岫川集团和屹珩资本于2019年共同出资成立。",
                 [("岫川集团", "investedIn", "峤岳新材料"), ("屹珩资本", "investedIn", "峤岳新材料")], [], id="a-year-before-the-funding"),
    pytest.param("峤源资本和岫海基金参与了澜峤科技的B轮融资。",
                 [("峤源资本", "investedIn", "澜峤科技"), ("岫海基金", "investedIn", "澜峤科技")], [], id="two-firms-join-a-round"),
]



# Review pins for owners of products and people in rounds.
OWNER_PINS = [
    pytest.param("澜峤科技的竞品App“峤聊”月活下降。", [], [("峤聊", "productOf", "澜峤科技")], id="a-rivals-app"),
    pytest.param("澜峤科技的合作平台“峤云”已接入百家商户。", [], [("峤云", "productOf", "澜峤科技")], id="a-partners-platform"),
    pytest.param("澜峤科技宣布与岫川集团达成合作，其“峤云”平台将向岫川集团开放。", [], [("峤云", "productOf", "岫川集团")],
                 id="its-after-a-partnership"),
    pytest.param("澜峤科技前员工王屹澜离职创业，其“峤云”咖啡品牌开出首店。", [], [("峤云", "productOf", "澜峤科技")],
                 id="its-is-a-persons"),
    pytest.param("澜峤科技的“岫光P60”手机首销当日售罄。", [("岫光P60", "productOf", "澜峤科技")], [], id="its-first-sale"),
    pytest.param("澜峤科技的“岫光P70”手机订单量超预期。", [("岫光P70", "productOf", "澜峤科技")], [], id="its-orders"),
    pytest.param("连续创业者王屹峰参与了峤云科技的天使轮融资。", [("王屹峰", "investedIn", "峤云科技")], [], id="an-angel-round"),
    pytest.param("王屹峰以个人身份参与了峤云科技的A轮融资。", [("王屹峰", "investedIn", "峤云科技")], [], id="in-a-personal-capacity"),
    pytest.param("澜峤科技旗下的岫光汽车成立于2018年，产品包括“岫行Q5”和“岫行Q8”。",
                 [("岫行Q5", "productOf", "岫光汽车")], [("岫行Q5", "productOf", "澜峤科技")], id="the-units-products"),
]



ROUND_AND_UNIT_CASES = [
    pytest.param("据悉，澜峤科技此次融资的投资方包括屹珩资本、岫海基金等多家机构。",
                 [("屹珩资本", "investedIn", "澜峤科技"), ("岫海基金", "investedIn", "澜峤科技")], [], id="this-rounds-investors-include"),
    pytest.param("澜峤科技的出行事业群负责人是集团副总裁王屹澜。",
                 [("王屹澜", "leads", "出行事业群", "负责人")], [], id="the-units-head-is-a-described-person"),
    pytest.param("澜峤科技的董事长是王屹澜的弟弟王屹峤。", [], [("王屹澜", "leads", "澜峤科技")], id="the-chairs-brother"),
]


SUCCESSION_AND_HOLDER_CASES = [
    pytest.param("李珩将接替王屹澜出任澜峤科技首席执行官。",
                 [("李珩", "leads", "澜峤科技", "首席执行官")], [("王屹澜", "leads", "澜峤科技")], id="the-one-replaced"),
    pytest.param("王屹澜和李珩分别任岫川集团董事长和总经理。",
                 [("王屹澜", "leads", "岫川集团", "董事长"), ("李珩", "leads", "岫川集团", "总经理")], [], id="posts-in-turn"),
    pytest.param("澜峤科技的第一大股东为岫川集团，第二大股东为屹珩资本。",
                 [("岫川集团", "investedIn", "澜峤科技"), ("屹珩资本", "investedIn", "澜峤科技")],
                 [("屹珩资本", "investedIn", "岫川集团")], id="the-next-holder"),
    pytest.param("王屹澜和李珩分别担任岫澜科技副总裁。",
                 [("王屹澜", "holdsPosition", "岫澜科技", "副总裁"), ("李珩", "holdsPosition", "岫澜科技", "副总裁")], [],
                 id="one-post-each-holds"),
    pytest.param("王屹澜分别担任岫澜科技董事长和总经理。", [("王屹澜", "leads", "岫澜科技", "董事长和总经理")], [], id="one-person-two-posts"),
    pytest.param("王屹澜、李珩分别担任岫澜科技董事长和峤屹集团总经理。",
                 [("王屹澜", "leads", "岫澜科技", "董事长"), ("李珩", "leads", "峤屹集团", "总经理")],
                 [("李珩", "leads", "岫澜科技"), ("王屹澜", "leads", "峤屹集团")], id="another-firm-among-the-posts"),
]


MAKER_CASES = [
    pytest.param("据介绍，“岫云OS 2.0”由澜峰科技开发，已在多款手机上线。",
                 [("澜峰科技", "launched", "岫云OS 2.0"), ("岫云OS 2.0", "productOf", "澜峰科技")], [], id="made-by-passive"),
    pytest.param("“峤光”游戏引擎由澜舟科技历时三年自主研发。", [("澜舟科技", "launched", "峤光")], [], id="made-by-after-its-kind"),
    pytest.param("“岫语”由澜舟科技、峤石科技与屹川智能联合研发。",
                 [("澜舟科技", "launched", "岫语"), ("峤石科技", "launched", "岫语"), ("屹川智能", "launched", "岫语"),
                  ("峤石科技", "partnerOf", "屹川智能")], [("岫语", "productOf", "峤石科技")], id="made-by-three-together"),
    pytest.param("“珩芯二号”由岫峰科技旗下的珩芯半导体研发。", [("珩芯半导体", "launched", "珩芯二号")],
                 [("岫峰科技", "launched", "珩芯二号")], id="made-by-the-owned-maker"),
    pytest.param("QX-205是澜清生物自主研发的一款靶向CLDN18.2的ADC。",
                 [("澜清生物", "launched", "QX-205"), ("QX-205", "productOf", "澜清生物")], [], id="a-code-is-what-it-made"),
    pytest.param("“岫云OS”是由澜峰科技开发的操作系统。", [("澜峰科技", "launched", "岫云OS")], [], id="is-made-by"),
    pytest.param("该车搭载由峤石汽车与屹峰科技联合开发的“磐岫电池”。",
                 [("峤石汽车", "launched", "磐岫电池"), ("屹峰科技", "launched", "磐岫电池")], [], id="made-together-relative"),
    pytest.param("峤石汽车与屹峰科技共同推出了“磐岫电池”。",
                 [("峤石汽车", "launched", "磐岫电池"), ("屹峰科技", "launched", "磐岫电池"), ("峤石汽车", "partnerOf", "屹峰科技")], [],
                 id="launched-together"),
    pytest.param("德国企业峤创诺日前在上海发布了面向中国市场的新一代运动控制器VT-310。", [("峤创诺", "launched", "VT-310")], [],
                 id="a-market-describes-the-product"),
    pytest.param("屹川智能发布了基于“峤云”大模型的智能助手“屹语”。", [("屹川智能", "launched", "屹语")],
                 [("屹川智能", "launched", "峤云")], id="a-product-describes-the-product"),
    pytest.param("深圳屹岚科技有限公司正式推出AR眼镜新品“瞳岫X2”及入门款XR-150。",
                 [("深圳屹岚科技有限公司", "launched", "瞳岫X2"), ("深圳屹岚科技有限公司", "launched", "XR-150")], [], id="and-an-entry-model"),
    pytest.param("岫峰集团发布旗下品牌“珩光”的新款“珩光S2”。", [("岫峰集团", "launched", "珩光S2")], [("岫峰集团", "launched", "珩光")],
                 id="the-brands-new-model"),
    pytest.param("澜珩科技由清澜大学物理系教授严屹舟于2020年创立，目前已推出光量子计算原型机“昕珩一号”。",
                 [("严屹舟", "founded", "澜珩科技"), ("澜珩科技", "launched", "昕珩一号")], [("澜珩科技", "launched", "光量子")],
                 id="the-founded-firm-goes-on"),
    # near misses: a supplier, a presenter, a policy, a standard, a place, a question, what a platform made, a seller
    pytest.param("澜舟科技的澜舟X9由岫峰电子提供芯片。", [], [("岫峰电子", "launched", "澜舟X9"), ("澜舟X9", "productOf", "岫峰电子")],
                 id="a-supplier-is-no-maker"),
    pytest.param("澜舟科技的澜舟X9由林澜亮相展示。", [], [("林澜", "launched", "澜舟X9")], id="a-presenter-is-no-maker"),
    pytest.param("“澜数峤算”由澜州市发展改革委推出，旨在优化算力布局。", [], [("澜州市发展改革委", "launched", "澜数峤算")], id="a-policy"),
    pytest.param("GB-2024由国家标准化管理委员会发布。", [], [("国家标准化管理委员会", "launched", "GB-2024")], id="a-standard"),
    pytest.param("“岫光小镇”由澜舟地产历时三年打造。", [], [("澜舟地产", "launched", "岫光小镇")], id="a-town"),
    pytest.param("“岫山”是澜汐集团打造的文旅小镇。", [], [("澜汐集团", "launched", "岫山")], id="is-a-town"),
    pytest.param("“岫星”是澜舟科技研发的吗？", [], [("澜舟科技", "launched", "岫星")], id="a-question"),
    pytest.param("“岫峰X7”由岫峰汽车打造的平台衍生而来。", [], [("岫峰汽车", "launched", "岫峰X7")], id="made-from-a-platform"),
    pytest.param("QX-205由澜舟医药开发，屹川药业负责销售。", [("澜舟医药", "launched", "QX-205")], [("屹川药业", "launched", "QX-205")],
                 id="the-seller-is-no-maker"),
]


HEAD_OF_CASES = [
    pytest.param("澜峰网络旗下在线协作平台“峰会”负责人孙屹也在此次调整中晋升为高级副总裁。", [("孙屹", "leads", "峰会", "负责人")], [],
                 id="the-head-of-a-quoted-product"),
    pytest.param("“峤云”平台负责人孙屹表示，将继续加大投入。", [("孙屹", "leads", "峤云", "负责人")], [], id="the-head-after-its-kind"),
    pytest.param("峤光研究院现在有400多名工程师，负责人是王屹。", [("王屹", "leads", "峤光研究院", "负责人")], [],
                 id="the-head-of-the-body-named-first"),
    pytest.param("峤光研究院成立于2019年，负责人是马岫·贝林（Mateo Bellin），他已在杭州工作多年。",
                 [("马岫·贝林", "leads", "峤光研究院", "负责人")], [], id="the-head-with-a-latin-note"),
    pytest.param("峤光研究院与澜峰科技签约，负责人是王屹。", [], [("王屹", "leads", "峤光研究院")], id="two-bodies-named-first"),
    pytest.param("峤光研究院现在有400多名工程师，负责人是王屹的弟弟。", [], [("王屹", "leads", "峤光研究院")], id="the-heads-brother"),
    pytest.param("澜峰集团旗下云计算业务澜峰云升级为全资子公司，原澜峰云总经理易岫出任该子公司CEO。",
                 [("易岫", "holdsPosition", "澜峰云")], [], id="a-former-post-at-a-short-name"),
]


REST_HOLDER_CASES = [
    pytest.param("公司完成了对岫晟新材料（峤州）有限公司的增资，持股比例由40%提升至51%；屹峤产业发展集团有限公司继续持有其余49%股权。",
                 [("屹峤产业发展集团有限公司", "investedIn", "岫晟新材料（峤州）有限公司")], [], id="keeps-the-rest-after-a-raise"),
    pytest.param("澜峰科技持有岫光电子65%股权，峤石资本持有其余35%股权。",
                 [("峤石资本", "investedIn", "岫光电子"), ("澜峰科技", "investedIn", "岫光电子")], [("峤石资本", "investedIn", "澜峰科技")],
                 id="holds-the-rest-of-the-staked-firm"),
    pytest.param("澜峰科技持股65%，峤石资本持有其余35%股权。", [], [("峤石资本", "investedIn", "澜峰科技")], id="the-rest-after-a-holder"),
]


LATER_PARTNER_CASES = [
    pytest.param("今年3月，岫岳集团收购了峤图科技60%股权；5月，又与屹川物流签署战略合作协议。", [("岫岳集团", "partnerOf", "屹川物流")], [],
                 id="again-with-a-partner"),
    pytest.param("澜联科技在武汉举办生态大会，现场先后与峤石科技、屹川智能以及澜汐研究院签署战略合作协议。",
                 [("澜联科技", "partnerOf", "峤石科技"), ("澜联科技", "partnerOf", "屹川智能"), ("澜联科技", "partnerOf", "澜汐研究院")],
                 [("峤石科技", "partnerOf", "屹川智能")], id="in-turn-with-a-list"),
    pytest.param("澜联科技收购了峤石科技，随后与屹川智能的谈判破裂。", [], [("澜联科技", "partnerOf", "屹川智能")], id="talks-broke-down"),
    pytest.param("澜联科技在武汉举办生态大会，现场先后与峤石科技、屹川智能等公司的高管见面。", [],
                 [("澜联科技", "partnerOf", "峤石科技")], id="met-their-officers"),
]


NAMED_THIS_SENTENCE_CASES = [
    pytest.param("澜峰科技与峤石科技成立合资公司峤澜智能，王屹出任该合资公司董事长。",
                 [("王屹", "leads", "峤澜智能", "董事长"), ("澜峰科技", "partnerOf", "峤石科技")], [("王屹", "leads", "澜峰科技")],
                 id="the-joint-venture-named-before"),
    pytest.param("澜峰科技与峤石科技成立合资公司峤澜智能，合资公司董事长由王屹担任。", [("王屹", "leads", "峤澜智能")], [],
                 id="a-bare-joint-venture-named-before"),
    pytest.param("澜峰集团将云业务分拆为全资子公司澜峰云计算有限公司，易岫出任该子公司CEO。",
                 [("澜峰云计算有限公司", "subsidiaryOf", "澜峰集团"), ("易岫", "leads", "澜峰云计算有限公司", "CEO")],
                 [("易岫", "leads", "澜峰集团")], id="split-off-into-a-subsidiary"),
    pytest.param("澜峰集团旗下云计算业务澜峰云升级为全资子公司“澜峰云计算（深圳）有限公司”。",
                 [("澜峰云计算（深圳）有限公司", "subsidiaryOf", "澜峰集团")], [("澜峰云计算（深圳）有限公司", "subsidiaryOf", "澜峰云")],
                 id="a-business-becomes-a-subsidiary"),
    pytest.param("澜峰集团收购了峤石科技的全资子公司屹川软件，王屹出任该子公司总经理。", [("王屹", "leads", "屹川软件")], [],
                 id="this-subsidiary-after-a-deal"),
]


RELATIVE_SUBJECT_CASES = [
    pytest.param("在退出端，椿峤资本早期投资的工业视觉企业睿屹视觉，已于今年6月被A股上市公司华峤股份以6.8亿元全资收购。",
                 [("华峤股份", "acquired", "睿屹视觉"), ("椿峤资本", "investedIn", "睿屹视觉")], [("华峤股份", "acquired", "椿峤资本")],
                 id="what-the-investor-backed-was-bought"),
    pytest.param("椿峤资本投资的睿屹科技，已被华峤股份全资收购。", [("华峤股份", "acquired", "睿屹科技")], [("华峤股份", "acquired", "椿峤资本")],
                 id="what-was-backed-was-bought"),
    pytest.param("椿峤资本今年已投资睿屹视觉，还被华峤股份收购。", [], [("华峤股份", "acquired", "睿屹视觉")], id="the-investor-was-bought"),
    pytest.param("澜峤科技曾是岫川集团的控股子公司，2021年被屹珩集团收购。", [("屹珩集团", "acquired", "澜峤科技")],
                 [("屹珩集团", "acquired", "岫川集团")], id="once-a-subsidiary-then-bought"),
    pytest.param("公告显示，澜途软件现有股东包括创始人孟峤航、峤新资本以及岫晟产业基金。",
                 [("孟峤航", "founded", "澜途软件"), ("孟峤航", "investedIn", "澜途软件")], [], id="a-holder-called-its-founder"),
    pytest.param("公告显示，澜途软件现有股东包括董事长孟峤航。", [("孟峤航", "investedIn", "澜途软件")], [("孟峤航", "founded", "澜途软件")],
                 id="a-holder-called-its-chairman"),
    pytest.param("澜峰科技是王屹和李岫创办的公司。", [("王屹", "founded", "澜峰科技"), ("李岫", "founded", "澜峰科技")], [],
                 id="founders-listed-in-a-relative-clause"),
    pytest.param("澜峰科技是王屹和李岫的公司。", [], [("王屹", "founded", "澜峰科技")], id="whose-company-no-founding"),
]


SECOND_REVIEW_PINS = [
    pytest.param("澜峤集团昨日发布的公告显示，其已被峤石集团收购。", [("峤石集团", "acquired", "澜峤集团")], [], id="its-notice-said-it-was-bought"),
    pytest.param("岫峤基金曾孵化的机器人企业珩动科技，已被澜峤集团收购。", [("澜峤集团", "acquired", "珩动科技")],
                 [("澜峤集团", "acquired", "岫峤基金")], id="what-the-fund-incubated-was-bought"),
    pytest.param("峤澜科技平台“岫学”的合作方负责人唐屹表示看好该项目。", [], [("唐屹", "leads", "岫学")], id="a-partners-head"),
    pytest.param("“峤聊”平台的供应商负责人许澜称，订单量有所下降。", [], [("许澜", "leads", "峤聊")], id="a-suppliers-head"),
    pytest.param("峤屹研究院现在有400多名工程师，负责人是岫珩电子的许珩。", [], [("许珩", "leads", "峤屹研究院")],
                 id="the-head-of-another-firm"),
    pytest.param("澜峤科技设立全资子公司岫峤智能和全资子公司峤岫物流，程屹出任该子公司董事长。", [], [("程屹", "leads", "峤岫物流"),
                 ("程屹", "leads", "岫峤智能")], id="which-subsidiary-is-unclear"),
    pytest.param("岫澜科技拟将旗下业务峤乐升级为全资子公司“峤乐科技”。", [], [("峤乐科技", "subsidiaryOf", "岫澜科技")],
                 id="a-planned-subsidiary"),
    pytest.param("岫石科技的子公司峤屹科技将云业务分拆为全资子公司峤屹云。", [("峤屹云", "subsidiaryOf", "峤屹科技")],
                 [("峤屹云", "subsidiaryOf", "岫石科技")], id="the-subsidiary-splits-its-business"),
    pytest.param("澜峤集团宣布增持股份，峤石资本继续持有其余49%股权。", [], [("峤石资本", "investedIn", "澜峤集团")],
                 id="the-rest-of-no-named-stake"),
    pytest.param("峤屹科技是程屹和许珩创办的公司的子公司。", [], [("程屹", "founded", "峤屹科技")], id="founders-of-the-parent"),
]


# Every table of (text, facts that must be found, facts that must not) above, read by one test.
#: Products a firm owns, said by what they are (公司的生成式模型平台“P”), by a list after 旗下包括, by its first
#: product, or by a relative clause with a time (P是X于2022年推出的平台); and the near misses of each.
OWN_PRODUCT_CASES = [
    pytest.param("“澜图”是岫川科技于2022年推出的核心软件平台，目前已迭代至3.0版本。",
                 [("岫川科技", "launched", "澜图"), ("澜图", "productOf", "岫川科技")], [], id="made-by-relative-with-a-year"),
    pytest.param("澜峤科技是王屹澜和李珩2015年创办的一家人工智能公司。",
                 [("王屹澜", "founded", "澜峤科技"), ("李珩", "founded", "澜峤科技")], [], id="founded-by-relative-with-a-year"),
    pytest.param("岫川生物与AI制药公司峤澜智药签署战略合作协议。峤澜智药创始人兼CEO甄屹表示，公司的生成式模型平台“峤镜”已在多个项目中得到验证。",
                 [("峤镜", "productOf", "峤澜智药")], [("峤镜", "productOf", "岫川生物")], id="the-speakers-firm-describes-its-platform"),
    pytest.param("岫川科技的生成式模型平台“峤镜”已在多个项目中得到验证。", [("峤镜", "productOf", "岫川科技")], [],
                 id="a-firms-described-platform"),
    pytest.param("岫川科技的竞品平台“峤镜”用户增长更快。", [], [("峤镜", "productOf", "岫川科技")], id="a-rivals-platform"),
    pytest.param("屹川科技和澜峤科技的服务器产品“屹云”和“岫光”均入选名录。", [],
                 [("屹云", "productOf", "澜峤科技"), ("屹云", "productOf", "屹川科技")], id="two-firms-products"),
    pytest.param("屹川科技发布了面向峤石汽车的定制芯片QX-700。", [("屹川科技", "launched", "QX-700")],
                 [("QX-700", "productOf", "峤石汽车")], id="a-customers-custom-chip"),
    pytest.param("澜峤科技旗下峤驰汽车发布首款车型峤驰X5。", [("峤驰X5", "productOf", "峤驰汽车")],
                 [("峤驰X5", "productOf", "澜峤科技")], id="not-a-description-with-a-verb"),
    pytest.param("岫川集团旗下包括租车产品“澜租”和网约车业务“峤行”，由集团副总裁岑屹兼任负责人。",
                 [("澜租", "productOf", "岫川集团"), ("峤行", "productOf", "岫川集团")], [], id="listed-after-qixia-baokuo"),
    pytest.param("2018年，她和吕屹联合创立了澜栖健康。澜栖健康的第一款产品是面向患者的慢病管理App“澜栖”。",
                 [("澜栖", "productOf", "澜栖健康")], [], id="its-first-product-is"),
    pytest.param("澜峤科技宣布组建进店事业群和航旅事业群。航旅事业群旗下包括租车产品“澜租”和网约车业务“峤行”，由澜峤科技高级副总裁岑屹兼任负责人。",
                 [("澜租", "productOf", "航旅事业群"), ("峤行", "productOf", "航旅事业群"), ("岑屹", "leads", "航旅事业群"),
                  ("进店事业群", "subsidiaryOf", "澜峤科技")],
                 [("岑屹", "leads", "澜峤科技")], id="a-units-name-glued-to-qixia-recurs"),
    pytest.param("峤岳电器今日发布公告。截至目前，峤岳控股集团有限公司（简称“峤岳控股”）持有峤岳电器21%股份，仍为公司控股股东；"
                 "峤岳控股实际控制人钟岫培担任峤岳电器董事长，钟以屹担任公司总经理。",
                 [("钟以屹", "leads", "峤岳电器")], [("钟以屹", "leads", "峤岳控股集团有限公司")], id="the-holder-after-is-not-gongsi"),
    pytest.param("峤岳电器今日发布公告。截至目前，峤岳控股集团有限公司（简称“峤岳控股”）持有峤岳电器21%股份，仍为公司控股股东；"
                 "峤岳控股实际控制人钟岫培担任峤岳电器董事长，其子钟以屹担任公司总经理。",
                 [("钟以屹", "leads", "峤岳电器")], [], id="a-son-named-after-qi"),
    pytest.param("王屹与大学同学李珩、工程师张岫在杭州共同创办了岫峤科技。",
                 [("王屹", "founded", "岫峤科技"), ("李珩", "founded", "岫峤科技"), ("张岫", "founded", "岫峤科技")], [],
                 id="founders-listed-each-described"),
    pytest.param("贺屹2013年加入澄屹储能，历任研发总监、全资子公司澄屹储能（欧洲）有限公司总经理，2020年起任公司总裁。",
                 [("澄屹储能（欧洲）有限公司", "subsidiaryOf", "澄屹储能")], [], id="a-subsidiary-among-posts-held"),
    pytest.param("岫川科技旗下拥有“澜图”和“峤影”两款App。",
                 [("澜图", "productOf", "岫川科技"), ("峤影", "productOf", "岫川科技")], [], id="quoted-apps-counted"),
]

#: The near misses a review of the owned-product patterns found (another party's product, an analyst's or an
#: investor's firm, a firm left unnamed, what a unit deals in, a name that only describes a product).
OWN_PRODUCT_REVIEW_PINS = [
    pytest.param("岫川科技的竞对平台“峤镜”用户增长更快。", [], [("峤镜", "productOf", "岫川科技")], id="a-rivals-platform-by-another-word"),
    pytest.param("岫川科技发布财报。澜峤证券研究员甄屹指出，该公司的云计算平台“岫云”收入增速超预期。",
                 [("岫云", "productOf", "岫川科技")], [("岫云", "productOf", "澜峤证券")], id="an-analyst-speaks-of-gaisi"),
    pytest.param("岫川科技获澜峤资本领投。澜峤资本合伙人甄屹表示，公司的生成式模型平台“峤镜”具备领先优势。",
                 [], [("峤镜", "productOf", "澜峤资本")], id="an-investor-speaks-of-gongsi"),
    pytest.param("岫川科技收购了一家AI芯片公司，该公司的“峤芯”芯片已量产。", [], [("峤芯", "productOf", "岫川科技")],
                 id="gaisi-of-an-unnamed-firm-with-latin"),
    pytest.param("岫川资本旗下有基金投资了短视频App“峤拍”。", [], [("峤拍", "productOf", "岫川资本")], id="what-its-fund-invested-in"),
    pytest.param("岫川科技旗下包括自研平台“岫云”和合作平台“峤云”。", [("岫云", "productOf", "岫川科技")],
                 [("峤云", "productOf", "岫川科技")], id="a-partners-platform-listed"),
    pytest.param("岫川科技的首款产品为一款接入“峤言”大模型的App“岫答”。", [("岫答", "productOf", "岫川科技")],
                 [("峤言", "productOf", "岫川科技")], id="a-name-in-the-first-products-description"),
    pytest.param("岫川集团旗下拥有“峤屹”和“澜岫”两家芯片公司。", [], [("峤屹", "productOf", "岫川集团")], id="two-chip-firms"),
    pytest.param("岫川科技旗下代理“澜图”和“峤影”两款游戏。", [], [("澜图", "productOf", "岫川科技")], id="games-it-only-distributes"),
    pytest.param("岫川集团组建起游戏事业群，由岑屹负责。", [("岑屹", "leads", "游戏事业群")], [], id="a-verbs-complement-is-no-part"),
    pytest.param("王屹否认与大学同学李珩、工程师张岫共同创办了岫峤科技。", [],
                 [("李珩", "founded", "岫峤科技"), ("张岫", "founded", "岫峤科技")], id="founding-denied"),
    pytest.param("岫川科技的客户澜峤科技的第一款产品是智能手环“峤环”。", [("峤环", "productOf", "澜峤科技")], [],
                 id="a-customers-first-product"),
    pytest.param("“澜图”是岫川科技2022年推出的平台的升级版。", [], [("岫川科技", "launched", "澜图")], id="an-upgrade-of-what-it-made"),
    pytest.param("澜峤科技是王屹澜2015年创办的公司吗？", [], [("王屹澜", "founded", "澜峤科技")], id="founded-asked"),
    pytest.param("岫川科技的第一款产品是模仿澜峤科技的智能手环“峤环”。", [], [("峤环", "productOf", "澜峤科技")],
                 id="imitating-anothers"),
    pytest.param("目前，岫研光电已推出功率达100瓦的工业级飞秒激光器“XY-F900”以及面向晶圆切割的激光隐形切割设备“星珩S3”。",
                 [("岫研光电", "launched", "XY-F900"), ("岫研光电", "launched", "星珩S3")], [], id="and-a-described-device"),
    pytest.param("岫川科技发布了手机“澜图”以及竞争对手的旗舰机型“峤影”。", [("岫川科技", "launched", "澜图")],
                 [("岫川科技", "launched", "峤影")], id="and-a-rivals-model"),
]

#: Posts read past a foreign form of the title, a firm's alias note, 公司's holder, a unit run by someone (兼管),
#: and chief officers the title list lacked.
POST_FORM_CASES = [
    pytest.param("同时，澜拓精工委派副总经理蔡岫钧出任澜峤精密董事总经理（Geschäftsführer）之一，负责整合期间的财务与供应链协同。",
                 [("蔡岫钧", "holdsPosition", "澜峤精密")], [], id="a-post-with-its-foreign-form-one-of"),
    pytest.param("邵屹川担任杭州峤岳投资控股有限公司（以下简称“峤岳投资”）的执行董事。",
                 [("邵屹川", "holdsPosition", "杭州峤岳投资控股有限公司")], [], id="a-post-after-the-alias-note"),
    pytest.param("但邵屹川仍担任公司控股股东杭州峤岳投资控股有限公司（以下简称“峤岳投资”）的执行董事。",
                 [("邵屹川", "holdsPosition", "杭州峤岳投资控股有限公司")], [], id="a-post-at-gongsis-holder"),
    pytest.param("政企服务事业群由澜见科技CTO上官屹兼管，下设岫珩事业部。",
                 [("上官屹", "leads", "政企服务事业群"), ("上官屹", "holdsPosition", "澜见科技")], [], id="a-unit-run-by-jianguan"),
    pytest.param("星峤传媒与爱峤科技签署了长剧内容联合出品协议。", [("星峤传媒", "partnerOf", "爱峤科技")], [],
                 id="a-joint-production-agreement"),
    pytest.param("东澜港务与峤屹物流在温州举行合资公司揭牌仪式。", [("东澜港务", "partnerOf", "峤屹物流")], [],
                 id="a-joint-ventures-unveiling"),
    pytest.param("东澜港务与峤屹物流尚未签署联合研发协议。", [], [("东澜港务", "partnerOf", "峤屹物流")],
                 id="a-joint-agreement-not-signed"),
    pytest.param("据介绍，这套设计语言出自岫湃汽车首席设计官马可·岫迪（Marco Xiudi）之手。",
                 [("马可·岫迪", "holdsPosition", "岫湃汽车")], [], id="a-chief-design-officer"),
]

#: The near misses a second review found: words in 于 after a name, a holder named in speech, a unit named by
#: whom it serves, another's device, a relative clause after 否认, a new version made, 吗啡, a firm's own researcher,
#: and 该公司 for a firm left unnamed.
SECOND_OWN_PRODUCT_PINS = [
    pytest.param("王澜另于2016年创办了澜峤生物。", [("王澜", "founded", "澜峤生物")], [], id="ling-yu-is-no-name"),
    pytest.param("岫川科技回应称，是公司控股股东的个人行为。公司董事长王屹澜表示将加强管理。",
                 [("王屹澜", "leads", "岫川科技")], [], id="a-holder-named-in-speech-is-no-holder-name"),
    pytest.param("岫川科技成立客户体验事业群，由王屹澜负责。", [("王屹澜", "leads", "客户体验事业群")], [],
                 id="a-unit-named-by-whom-it-serves"),
    pytest.param("岫川科技推出激光器“峤光”以及行业龙头的激光切割设备“屹刃”。", [("岫川科技", "launched", "峤光")],
                 [("岫川科技", "launched", "屹刃")], id="and-a-leaders-device"),
    pytest.param("王屹澜否认与李峤共同创办的岫川科技存在财务问题。", [("王屹澜", "founded", "岫川科技")], [],
                 id="denied-about-what-they-founded"),
    pytest.param("“峤镜”是岫川科技推出的新版App。", [("岫川科技", "launched", "峤镜")], [], id="a-new-version-it-made"),
    pytest.param("岫川药业是王屹澜创办的吗啡类药物生产企业。", [("王屹澜", "founded", "岫川药业")], [], id="ma-of-mafei-is-no-question"),
    pytest.param("岫川科技首席研究员王屹澜指出，该公司的“峤镜”芯片已量产。", [("峤镜", "productOf", "岫川科技")], [],
                 id="a-firms-own-researcher"),
    pytest.param("澜峤资本投资了一家AI芯片公司，该公司推出了“峤镜”芯片。", [], [("澜峤资本", "launched", "峤镜")],
                 id="gaisi-launches-for-a-firm-left-unnamed"),
    pytest.param("澜峤资本收购了一家AI医疗公司，该公司董事长王屹澜将留任。", [], [("王屹澜", "leads", "澜峤资本")],
                 id="gaisis-chair-of-a-firm-left-unnamed"),
    pytest.param("岫川科技是国内一家AI公司，该公司的“峤镜”大模型已开源。", [("峤镜", "productOf", "岫川科技")], [],
                 id="a-named-firms-kind-after-a-place"),
]

FACT_TABLES = (REVIEW_TWO_CASES + REVIEW_THREE_CASES + SESSION_REVIEW_CASES + TOGETHER_CASES + SHARED_POST_CASES + CARRIED_POST_CASES + FUNDED_CASES + TOGETHER_PINS + SUBSIDIARY_KIND_CASES + FUNDING_PINS + POSSESSED_PRODUCT_CASES + SUBSIDIARY_PINS + POST_AT_OWNED_FIRM_CASES + PRODUCT_PINS + MORE_OWNER_CASES + OWNER_PINS + ROUND_AND_UNIT_CASES
               + SUCCESSION_AND_HOLDER_CASES + MAKER_CASES + HEAD_OF_CASES + REST_HOLDER_CASES
               + LATER_PARTNER_CASES + NAMED_THIS_SENTENCE_CASES
               + RELATIVE_SUBJECT_CASES + SECOND_REVIEW_PINS + OWN_PRODUCT_CASES + OWN_PRODUCT_REVIEW_PINS
               + POST_FORM_CASES + SECOND_OWN_PRODUCT_PINS)


@pytest.mark.parametrize("text, facts, not_facts", FACT_TABLES)
def test_relations_facts_and_near_misses(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


def test_relations_a_round_joined_by_the_carried_subject(extract):
    """A clause that takes part in placements with no name of its own before the verb (the subject is
    carried from the clause before) reads the carried subject, and does not fail."""
    x = extract("而值得关注的是，一个多月时间里，澜峤集团已经合计斥资26.89亿元，密集参与岫川航空等33家上市公司的非公开发行。")
    _assert_fact(x, "澜峤集团", "investedIn", "岫川航空")


def test_relations_a_holder_through_the_vehicle_it_controls(extract):
    x = extract("股权层面，陈屿通过其控制的Bright Peak Holdings Ltd.持有峤澜控股约46%的股份。")
    _assert_fact(x, "陈屿", "investedIn", "峤澜控股")


@pytest.mark.parametrize("text, parent, unit", [
    pytest.param("2022年，峤安人寿全资设立峤安资产管理有限公司，注册资本10亿元。", "峤安人寿", "峤安资产管理有限公司", id="wholly-set-up"),
    pytest.param("岫川科技于2021年全资成立了岫川云计算有限公司。", "岫川科技", "岫川云计算有限公司", id="with-a-year"),
])
def test_relations_a_firm_set_up_with_all_the_money_is_a_subsidiary(extract, text, parent, unit):
    x = extract(text)
    _assert_fact(x, unit, "subsidiaryOf", parent)
    _assert_fact(x, parent, "founded", unit)


def test_relations_a_firm_set_up_jointly_is_no_subsidiary(extract):
    x = extract("岫川科技与峤澜集团共同出资设立岫峤能源有限公司。")
    assert not _find(x, "岫峤能源有限公司", "subsidiaryOf", "岫川科技"), _show(x)


def test_relations_a_public_body_that_sets_up_a_firm_holds_it(extract):
    x = extract("澄峤市国资委全资设立澜岫国有资本运营公司。")
    _assert_fact(x, "澄峤市国资委", "investedIn", "澜岫国有资本运营公司")
    assert not _find(x, "澜岫国有资本运营公司", "subsidiaryOf", "澄峤市国资委"), _show(x)


@pytest.mark.parametrize("text, a, b, not_a, not_b", [
    pytest.param("岫川科技与峤澜汽车达成战略合作，与澜屿汽车暂无合作。", "岫川科技", "峤澜汽车", "岫川科技", "澜屿汽车", id="none-with-the-second"),
    pytest.param("澜屿科技表示，公司已与峤迪汽车达成合作，此前与屿米科技暂无业务往来。", "澜屿科技", "峤迪汽车", "峤迪汽车", "屿米科技", id="no-business-after"),
])
def test_relations_no_ties_undo_only_their_own_pair(extract, text, a, b, not_a, not_b):
    x = extract(text)
    assert _find(x, a, "partnerOf", b) or _find(x, b, "partnerOf", a), _show(x)
    assert not (_find(x, not_a, "partnerOf", not_b) or _find(x, not_b, "partnerOf", not_a)), _show(x)


@pytest.mark.parametrize("text, a, rel, b", [
    pytest.param("岫川集团宣布收购峤澜科技，此前双方尚无合作关系。", "岫川集团", "acquired", "峤澜科技", id="acquired"),
    pytest.param("岫峤资本去年入股峤澜科技，双方目前暂无业务合作。", "岫峤资本", "investedIn", "峤澜科技", id="invested"),
])
def test_relations_no_ties_before_undo_no_deal(extract, text, a, rel, b):
    _assert_fact(extract(text), a, rel, b)


def test_relations_partners_a_later_clause_announces(extract):
    x = extract("岫川科技今日举办技术大会，正式发布新一代大模型“岫思3.0”，同时宣布与峤澜云、屿澜银行、珩想集团等企业达成合作。")
    for partner in ("峤澜云", "屿澜银行", "珩想集团"):
        assert _find(x, "岫川科技", "partnerOf", partner) or _find(x, partner, "partnerOf", "岫川科技"), _show(x)


@pytest.mark.parametrize("text, a, rel, b", [
    pytest.param("公司董事会就是否同意岫澜科技收购峤屹电子51%股权进行了表决，最终以9票同意获得通过。", "岫澜科技", "acquired", "峤屹电子",
                 id="a-vote-that-passed"),
    pytest.param("尚未确定是否赴港上市的峤屹科技今年已获得屿川资本投资数亿元。", "屿川资本", "investedIn", "峤屹科技", id="a-describing-question"),
    pytest.param("记者求证峤澜集团是否已收购峤屿光电，峤澜集团方面确认收购已于上月完成。", "峤澜集团", "acquired", "峤屿光电",
                 id="asked-then-confirmed"),
    pytest.param("岫澜科技与峤屹汽车此前并无合作，此次签约标志着双方正式建立战略合作关系。", "岫澜科技", "partnerOf", "峤屹汽车",
                 id="none-before-signed-now"),
    pytest.param("岫澜科技的全资子公司为注册于香港的峤屿（香港）有限公司。", "峤屿（香港）有限公司", "subsidiaryOf", "岫澜科技",
                 id="registered-there"),
])
def test_relations_stated_despite_a_question_or_a_past_denial(extract, text, a, rel, b):
    x = extract(text)
    assert _find(x, a, rel, b) or (rel == "partnerOf" and _find(x, b, rel, a)), _show(x)


@pytest.mark.parametrize("text", [
    pytest.param("岫澜科技是否已与峤屿汽车达成战略合作，目前仍有待官方证实。", id="still-to-be-confirmed"),
    pytest.param("屿舟科技是否推出了“岫星”？", id="a-question"),
])
def test_relations_a_question_asserts_nothing(extract, text):
    x = extract(text)
    assert not x.relations, _show(x)


# --- 他/她 opening a clause stands for the person named last before it ----------------------------

PRONOUN_SUBJECT_CASES = [
    pytest.param("骆岫川本科毕业于一所工科大学。2009年，他和大学同学薛屿珩在杭州共同创办了屿峤软件。",
                 [("骆岫川", "founded", "屿峤软件"), ("薛屿珩", "founded", "屿峤软件")], [], id="a-sentence-before"),
    pytest.param("骆岫川没有留在公司。他在家休息了半年，2017年又创立了珩屿智能。", [("骆岫川", "founded", "珩屿智能")], [],
                 id="after-a-full-stop"),
    pytest.param("骆岫川先生主持了签约仪式。随后她创立了珩屿智能。", [], [("骆岫川", "founded", "珩屿智能")],
                 id="she-is-not-the-man-named-before"),
    pytest.param("骆岫川主持了签约仪式。他们随后创立了珩屿智能。", [], [("骆岫川", "founded", "珩屿智能")],
                 id="they-is-not-one-person"),
    pytest.param("骆岫川在峤石资本工作期间结识了薛屿珩。他于2016年创办了珩屿智能。", [("骆岫川", "founded", "珩屿智能")],
                 [("薛屿珩", "founded", "珩屿智能")], id="he-is-the-subject-not-the-object"),
    pytest.param("骆岫川为薛屿珩女士颁发了任命书。她此前创办了珩屿智能。", [("薛屿珩", "founded", "珩屿智能")],
                 [("骆岫川", "founded", "珩屿智能")], id="she-is-the-one-called-a-woman"),
    pytest.param("薛屿珩和丈夫骆岫川出席了晚宴。她去年投资了珩屿智能。", [("薛屿珩", "investedIn", "珩屿智能")],
                 [("骆岫川", "investedIn", "珩屿智能")], id="she-is-not-the-husband"),
    pytest.param("在峤石资本期间，骆岫川结识了薛屿珩。她后来创办了珩屿智能。", [],
                 [("骆岫川", "founded", "珩屿智能"), ("薛屿珩", "founded", "珩屿智能")], id="she-with-two-unmarked-is-unclear"),
    pytest.param("骆岫川和薛屿珩都曾在峤石资本工作。他后来创办了珩屿智能。", [],
                 [("骆岫川", "founded", "珩屿智能"), ("薛屿珩", "founded", "珩屿智能")], id="two-joined-subjects-is-unclear"),
    pytest.param("骆岫川当选董事长，薛屿珩当选副董事长。他此前创办了珩屿智能。", [],
                 [("骆岫川", "founded", "珩屿智能"), ("薛屿珩", "founded", "珩屿智能")], id="two-subjects-before-is-unclear"),
    pytest.param("“薛屿珩是我见过最好的创业者，”骆岫川说。她于2015年创办了珩屿智能。", [],
                 [("骆岫川", "founded", "珩屿智能")], id="a-name-in-quotes-makes-she-unclear"),
    pytest.param("骆岫川的儿子薛屿珩出任峤石资本总裁。他本人则于2015年创办了珩屿智能。", [],
                 [("骆岫川", "founded", "珩屿智能"), ("薛屿珩", "founded", "珩屿智能")], id="he-himself-is-unclear"),
    pytest.param("骆岫川已离开珩屿智能。他不再担任珩屿智能CEO。", [], [("骆岫川", "leads", "珩屿智能")],
                 id="a-post-the-pronoun-gives-up"),
    pytest.param("记者岑屿峰报道。他此前曾任珩屿智能首席技术官。", [], [("岑屿峰", "holdsPosition", "珩屿智能")],
                 id="not-the-reporter"),
]


@pytest.mark.parametrize("text, facts, not_facts", PRONOUN_SUBJECT_CASES)
def test_relations_a_pronoun_subject_is_the_person_named_last(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


# --- a deal's objects listed each after the words of its kind ----------------------------------------

KINDED_OBJECT_CASES = [
    pytest.param("星澜集团宣布，已完成收购家居品牌木屿和厨电企业峤川电器。",
                 [("星澜集团", "acquired", "木屿"), ("星澜集团", "acquired", "峤川电器")], id="subject-before-an-announcement"),
    pytest.param("星澜集团收购了印尼电商平台卡岫布、越南物流企业峤贡速运。",
                 [("星澜集团", "acquired", "卡岫布"), ("星澜集团", "acquired", "峤贡速运")], id="a-place-in-the-kind"),
    pytest.param("珩屿创投投资了咖啡品牌晨光咖啡、宠物医疗连锁毛球之家和机器人公司屿鹿科技。",
                 [("珩屿创投", "investedIn", "毛球之家")], id="a-name-with-zhi"),
    pytest.param("岫川资本投资的企业包括茶饮品牌山野茶坊、烘焙连锁稻香时刻。",
                 [("岫川资本", "investedIn", "山野茶坊"), ("岫川资本", "investedIn", "稻香时刻")], id="after-the-objects-noun"),
    pytest.param("岫川资本投资了国内领先的咖啡品牌山里茶坊、华东最大的烘焙连锁麦穗坊。",
                 [("岫川资本", "investedIn", "山里茶坊"), ("岫川资本", "investedIn", "麦穗坊")], id="kinds-with-adjectives"),
    pytest.param("岫川资本此前曾投资茶饮品牌山野阿婆、烘焙连锁稻香时刻和预制菜企业峤禾食品。",
                 [("岫川资本", "investedIn", "山野阿婆"), ("岫川资本", "investedIn", "稻香时刻"), ("岫川资本", "investedIn", "峤禾食品")],
                 id="three-kinds-of-firm"),
    pytest.param("珩屿创投投资了咖啡品牌晨光咖啡、宠物医疗连锁毛毛之家和机器人公司屿鹿科技。",
                 [("珩屿创投", "investedIn", "晨光咖啡"), ("珩屿创投", "investedIn", "毛毛之家"), ("珩屿创投", "investedIn", "屿鹿科技")],
                 id="brand-chain-and-company"),
]


@pytest.mark.parametrize("text, facts", KINDED_OBJECT_CASES)
def test_relations_objects_listed_after_their_kinds(extract, text, facts):
    x = extract(text)
    for f in facts:
        _assert_fact(x, *f)
    assert {e.type for f in facts for e in _entities_named(x, f[2])} == {"Company"}, _show(x)


@pytest.mark.parametrize("text, not_name", [
    pytest.param("岫川资本投资了该公司旗下品牌山野阿婆和烘焙连锁稻香时刻。", "山野阿婆", id="the-firms-own-brand-is-no-kind"),
    pytest.param("岫川资本收购了两家公司部分股权和一家企业全部资产。", "部分股权", id="shares-are-no-name"),
    pytest.param("岫川资本投资了咖啡品牌的股权、烘焙连锁的门店。", "的股权", id="possessives-are-no-names"),
    pytest.param("岫川资本收购了区域连锁超市、全国连锁药店和线上零售平台。", "超市", id="common-nouns-are-no-names"),
    pytest.param("岫川资本投资了医药企业研发中心、汽车企业生产基地。", "研发中心", id="a-firms-part-is-no-name"),
    pytest.param("岫川资本在投资了咖啡品牌山里茶坊、烘焙连锁麦穗坊后，又投资了珩屿智能。", "麦穗坊后", id="the-clause-goes-on"),
    pytest.param("岫川资本投资了知名企业家骆岫川、烘焙连锁麦穗坊。", "家骆岫川", id="an-entrepreneur-is-no-kind-of-firm"),
    pytest.param("岫川资本投资了芯片公司屿川微、电池企业峤禾储能之后，又投资了珩屿智能。", "峤禾储能之后", id="after-zhihou"),
])
def test_relations_no_firm_after_a_kind_that_is_not_one(extract, text, not_name):
    x = extract(text)
    assert not [e for e in x.entities if not_name in e.name and e.type == "Company"], _show(x)


def test_relations_an_owner_before_a_kind_stays(extract):
    x = extract("星澜集团收购了峤石科技旗下咖啡品牌山里茶坊、烘焙连锁麦穗坊。")
    assert _type_of(x, "峤石科技") == {"Company"}, _show(x)


def test_relations_a_word_inside_a_kind_is_no_firm(extract):
    x = extract("岫川资本已投资了知名咖啡品牌山里茶坊、新锐烘焙连锁麦穗坊。")
    _assert_fact(x, "岫川资本", "investedIn", "麦穗坊")
    assert not _entities_named(x, "新锐"), _show(x)


# --- a maker's name, its Latin model code and the kind of part ---------------------------------------

@pytest.mark.parametrize("text, product, maker", [
    pytest.param("新款手表采用岫芯科技XS2800芯片。", "XS2800", "岫芯科技", id="glued-code-and-chip"),
    pytest.param("新车全系标配屹驰科技 XD-9 芯片。", "XD-9", "屹驰科技", id="spaced-code"),
    pytest.param("新车还搭载珩光科技 KT3 激光雷达。", "KT3", "珩光科技", id="a-code-before-a-lidar"),
    pytest.param("新机改用岫芯科技XS2800芯片。", "XS2800", "岫芯科技", id="the-verb-is-no-part-of-the-maker"),
    pytest.param("新机配备澜视电子LYX-900一英寸主摄。", "LYX-900", "澜视电子", id="a-cameras-size-first"),
    pytest.param("手表采用岫芯科技XS2800双核可穿戴SoC。", "XS2800", "岫芯科技", id="words-that-describe-the-part"),
    pytest.param("青屿L7则采用澜鑫科技 QX32-R5 无线模组。", "QX32-R5", "澜鑫科技", id="spaced-code-and-description"),
    pytest.param("手表采用峤矽微电子的 XR7020 双核可穿戴 SoC。", "XR7020", "峤矽微电子", id="the-makers-then-de"),
])
def test_relations_a_makers_model_code_is_its_product(extract, text, product, maker):
    x = extract(text)
    _assert_fact(x, product, "productOf", maker)
    assert _type_of(x, maker) == {"Company"} and _type_of(x, product) == {"Product"}, _show(x)


@pytest.mark.parametrize("text, not_product", [
    pytest.param("新车搭载峤能科技的星行PLUS电池。", "PLUS", id="an-editions-word"),
    pytest.param("新机采用澜视电子QHD屏幕。", "QHD", id="capitals-alone-name-a-technology"),
    pytest.param("新机采用岫芯科技WiFi7芯片。", "WiFi7", id="a-standard"),
    pytest.param("新机搭载岫芯科技L4方案。", "L4", id="a-level"),
    pytest.param("澜视电子B12面板产线今年投产。", "B12", id="a-factory-line"),
    pytest.param("新车搭载峤能科技NCM电池。", "NCM", id="a-batterys-chemistry"),
    pytest.param("该机型采用澜视电子LTPO屏幕。", "LTPO", id="a-screens-technology"),
    pytest.param("新车搭载澄岫新能源的半固态电池。", "半固态电池", id="a-chemistry-the-dictionary-knows"),
    pytest.param("新车搭载澄岫新能源的磷酸铁锂电池。", "磷酸铁锂电池", id="another-chemistry"),
    pytest.param("新车搭载岫能科技NCM811高镍电池。", "NCM811", id="a-chemistrys-grade"),
    pytest.param("芯片采用峤岚电子的 SF3工艺平台量产。", "SF3", id="a-process-node"),
    pytest.param("新机采用岫澜科技 Mini LED背光面板。", "Mini LED", id="capitalised-words-name-a-technology"),
])
def test_relations_no_model_code(extract, text, not_product):
    x = extract(text)
    assert not [e for e in x.entities if e.name == not_product and e.type == "Product"], _show(x)


def test_relations_a_description_opens_no_makers_name(extract):
    x = extract("该科技公司XS2800芯片已量产。")
    assert not [e for e in x.entities if "科技公司" in e.name and e.type == "Company"], _show(x)


def test_relations_units_listed_after_a_reorganisation_are_the_papers_firms(extract):
    x = extract("岫川网络创始人、董事长兼CEO骆岫峰今日发布内部信，宣布岫川网络启动组织架构调整。岫川网络表示，此次调整将提升效率。\n\n"
                "根据内部信，调整后的四大事业群分别为：内容生态事业群（NTG）、智慧零售事业群（SRW）、本地服务事业群（LFW）以及游戏娱乐事业群（GEW）。")
    for unit in ("内容生态事业群", "智慧零售事业群", "本地服务事业群", "游戏娱乐事业群"):
        _assert_fact(x, unit, "subsidiaryOf", "岫川网络")


def test_relations_units_listed_after_a_reorganisation_of_a_named_firm_are_its(extract):
    x = extract("岫川网络表示，此次调整将提升效率。峤石科技调整后的两大事业群分别为：智慧零售事业群和数字娱乐事业群。")
    assert not _find(x, "智慧零售事业群", "subsidiaryOf", "岫川网络"), _show(x)


@pytest.mark.parametrize("text", [
    "岫程汽车成立于2020年，是峤华汽车集团旗下的高端新能源品牌。",
    "据了解，岫程汽车成立于2020年，是峤华汽车集团旗下的新能源品牌，总部位于上海。",
])
def test_relations_a_clause_opening_with_shi_is_about_the_clause_befores_firm(extract, text):
    x = extract(text)
    _assert_fact(x, "岫程汽车", "subsidiaryOf", "峤华汽车集团")
    assert not [e for e in x.entities if "新能源" in e.name], _show(x)


def test_relations_a_clause_opening_with_shi_after_another_firm_says_nothing(extract):
    x = extract("岫程汽车收购了澜川电池，是峤华汽车集团旗下的新能源品牌。")
    assert not _find(x, "岫程汽车", "subsidiaryOf", "峤华汽车集团"), _show(x)


def test_relations_a_partner_an_owner_describes(extract):
    x = extract("新系统由岫程汽车与峤石集团旗下的火岩引擎联合开发。")
    _assert_fact(x, "岫程汽车", "partnerOf", "火岩引擎")
    _assert_fact(x, "火岩引擎", "subsidiaryOf", "峤石集团")
    assert not _find(x, "岫程汽车", "partnerOf", "峤石集团"), _show(x)
    assert _type_of(x, "火岩引擎") == {"Company"}, _show(x)


# --- near misses of the rules above, from an adversarial review ----------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("峤拓电子成立于2011年，是岫川科技旗下多个品牌的核心供应商。", id="a-supplier-of-the-owners-brands"),
    pytest.param("峤拓电子近日中标，为岫川科技旗下工厂提供自动化产线设备。", id="wei-is-for"),
    pytest.param("岫川科技回应称，是澜木资本旗下的基金主导了此次收购。", id="shi-stresses-another-actor"),
])
def test_relations_a_shi_clause_that_says_something_else(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation == "subsidiaryOf" and r.tail in ("岫川科技", "澜木资本")
                and r.head in ("峤拓电子", "岫川科技")], _show(x)


def test_relations_a_shi_clause_after_the_owner_that_bought_it(extract):
    x = extract("峤途汽车于2022年被岫木集团收购，现为岫木集团旗下品牌。")
    _assert_fact(x, "峤途汽车", "subsidiaryOf", "岫木集团")


@pytest.mark.parametrize("title", ["合资公司董事长", "工会主席", "技术委员会主任", "下属企业负责人"])
def test_relations_a_chained_appointment_at_a_unit_is_not_the_companys(extract, title):
    x = extract("峤澜科技发布年报，全年营收增长12%。峤澜科技表示，峤澜科技将加大研发投入。\n\n"
                f"同次会议还聘任刘晓屿为公司副总裁，聘任黄岫静为{title}。")
    assert not [r for r in x.relations if r.head == "黄岫静" and r.tail == "峤澜科技"], _show(x)


def test_relations_units_after_another_firms_reorganisation_are_not_the_papers(extract):
    x = extract("岫川网络今年营收增长20%。岫川网络表示将加大研发投入。岫川网络的竞争对手澜帆智能上月宣布架构调整。"
                "调整后的三大事业群分别为：机器人事业群、智能物流事业群和服务事业群。")
    assert not [r for r in x.relations if r.relation == "subsidiaryOf" and r.tail == "岫川网络"], _show(x)


@pytest.mark.parametrize("text", [
    pytest.param("峤拓电子此前已获得多轮融资，是澜木资本旗下基金重仓的半导体企业。", id="the-owners-fund-holds-it"),
    pytest.param("岫川网络发布公告，岫川网络营收增长，岫川网络表示。行业方面，多家车企调整了架构，调整后的事业群分别为：乘用车事业群和商用车事业群。",
                 id="firms-in-general-in-the-sentence"),
])
def test_relations_more_near_misses_of_ownership_clauses(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation == "subsidiaryOf"], _show(x)


def test_entities_a_brand_word_lac_glued_to_the_name_after_it():
    from kg.nlp.entities import _brand_word_cut
    from kg.nlp.tokens import Cand

    # LAC reads 高端新能源|品牌峤途(ORG) in some sentences: the brand word is no part of the name
    (c,) = _brand_word_cut([Cand(10, 14, "品牌峤途", "Organization", "lac", 0.75)])
    assert (c.start, c.text) == (12, "峤途")
    (kept,) = _brand_word_cut([Cand(0, 6, "品牌研究中心", "Organization", "suffix", 0.8)])
    assert kept.text == "品牌研究中心"  # (a body whose work is brands, found by its ending)


@pytest.mark.parametrize("text", [
    pytest.param("骆岫川离开峤石科技，创立了一家物流公司，并出任CEO。", id="a-firm-set-up-unnamed"),
    pytest.param("骆岫川曾在峤石科技工作。后来他离开峤石科技，创立了一家物流公司，并出任CEO。", id="through-a-pronoun"),
])
def test_relations_a_bare_post_is_not_at_the_firm_left(extract, text):
    x = extract(text)
    assert not _find(x, "骆岫川", "leads", "峤石科技"), _show(x)


def test_relations_a_bare_post_at_the_firm_set_up_by_name(extract):
    x = extract("骆岫川离开峤石科技，创办了屿图科技，并担任董事长。")
    _assert_fact(x, "骆岫川", "leads", "屿图科技", "董事长")


@pytest.mark.parametrize("text, facts, not_facts", [
    # the fund the sentence names, then its investors, in a list too (分别出资)
    pytest.param("峤屹产业投资基金由屹州市政府牵头设立，屹州城投出资10亿元，珩山集团、岫川控股分别出资3亿元和2亿元。",
                 [(p, "investedIn", "峤屹产业投资基金") for p in ("珩山集团", "岫川控股")], [], id="named-fund-and-a-list"),
    # a bare 基金 in the next paragraph stands for the fund named before
    pytest.param("岫峤二期股权投资基金完成首关。\n据悉，基金首期资金中，珩川控股出资5亿元，屿山集团出资3亿元。",
                 [(p, "investedIn", "岫峤二期股权投资基金") for p in ("珩川控股", "屿山集团")], [], id="a-bare-fund-word"),
    # an investor with its short form, and one that acts as a partner before its money (作为…，认缴出资)
    pytest.param("峤澜新兴产业基金正式落地。\n澜屹集团作为基金的主要出资方之一，认缴出资20亿元。",
                 [("澜屹集团", "investedIn", "峤澜新兴产业基金")], [], id="as-a-partner-then-its-money"),
    pytest.param("从出资人名单看，岫澜创新三期基金的LP结构颇具代表性：东屿产业引导基金担任基石LP，认缴12亿元；"
                 "珩屿人寿、澜峤母基金参与出资。",
                 [(p, "investedIn", "岫澜创新三期基金") for p in ("东屿产业引导基金", "珩屿人寿", "澜峤母基金")], [],
                 id="cornerstone-lp-and-others"),
    pytest.param("岫山创新三期基金的出资方涵盖了多类机构：屹州市政府引导基金、峤川产业投资母基金两家引导基金均为本期基金出资。",
                 [(p, "investedIn", "岫山创新三期基金") for p in ("屹州市政府引导基金", "峤川产业投资母基金")], [],
                 id="two-guidance-funds-for-this-fund"),
    # near misses: the money goes to another firm, a round, a company's capital, a plan, a denial
    pytest.param("岫屿产业基金当天揭牌。\n峤川集团出资2亿元收购了澜屹新材30%的股权。",
                 [], [("峤川集团", "investedIn", "岫屿产业基金")], id="money-for-another-firm"),
    pytest.param("珩峤基金此前领投了澜岫医疗的B轮融资，屿岳资本出资1亿元跟投。",
                 [], [("屿岳资本", "investedIn", "珩峤基金")], id="a-round-not-the-fund"),
    pytest.param("屹川集团与岫峤产业基金共同出资设立合资公司峤澜新材，屹川集团出资6亿元，持股60%。",
                 [], [("屹川集团", "investedIn", "岫峤产业基金")], id="a-joint-venture-of-a-fund"),
    pytest.param("屹峤产业基金计划募资20亿元，珩屿集团拟出资5亿元。", [], [("珩屿集团", "investedIn", "屹峤产业基金")],
                 id="a-plan"),
    pytest.param("岫澜新能源产业基金成立后，峤山集团未出资。", [], [("峤山集团", "investedIn", "岫澜新能源产业基金")],
                 id="no-money"),
    pytest.param("岫屿产业基金当天揭牌。\n多家公募基金参与了此次定增，峤岳资本出资2亿元认购。",
                 [], [("峤岳资本", "investedIn", "岫屿产业基金")], id="a-kind-of-fund-is-no-reference"),
])
def test_relations_investors_in_a_fund(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, name", [
    pytest.param("岫澜资本完成旗下第四期人民币成长基金——岫澜创新四期股权投资基金的首次关闭。", "岫澜创新四期股权投资基金",
                 id="a-fund-with-its-vintage"),
    pytest.param("公司认缴出资1亿元参与设立宁波峤创机器人产业投资合伙企业（有限合伙）。", "宁波峤创机器人产业投资合伙企业（有限合伙）",
                 id="a-coined-word-lac-read-as-a-verb-after-the-place"),
    pytest.param("屹州市政府引导基金为本期基金出资。", "屹州市政府引导基金", id="a-governments-fund"),
])
def test_entities_names_of_funds(extract, text, name):
    x = extract(text)
    assert any(e.name == name and e.type == "Company" for e in x.entities), [(e.name, e.type) for e in x.entities]
    if "第四期" in text:  # (第四期人民币成长基金: an ordinal and a kind of fund, no name)
        assert not any("人民币" in e.name for e in x.entities), [(e.name, e.type) for e in x.entities]


def test_relations_a_post_before_by_inside_a_name_lac_glued(extract):
    # LAC reads 欧洲总经理由集团 as one organisation: the post is X欧洲's, filled by the group's vice-president
    x = extract("峤途汽车在匈牙利设立了峤途欧洲。据了解，峤途欧洲总经理由集团副总裁蒋屿远兼任。")
    _assert_fact(x, "蒋屿远", "leads", "峤途欧洲", "总经理")
    assert not any("由" in e.name for e in x.entities), _show(x)
    assert not _find(x, "蒋屿远", "leads", "峤途汽车"), _show(x)


@pytest.mark.parametrize("verb", ["带领", "领导", "领衔"])
def test_relations_a_unit_led_by_its_head(extract, verb):
    x = extract(f"峤川网络的电商事业群由高级副总裁黎岫朔{verb}，团队规模超过两千人。")
    assert _find(x, "黎岫朔", "leads", "电商事业群"), _show(x)
    # (not a team a person's group makes up, nor working under someone)
    y = extract(f"峤川网络的研发团队由黎岫朔{verb}的小组组成。")
    assert not _find(y, "黎岫朔", "leads", "峤川网络"), _show(y)


def test_relations_units_of_a_reorganisation_after_an_outlets_dateline(extract):
    text = ("澜屿科技讯 8月21日上午消息，澜屿科技获悉，生活方式社区平台峤柚网络今日发布内部邮件，宣布进行组织架构调整。\n"
            "峤柚网络表示，原有的十余个业务部门被整合为内容生态事业群（CEG）、零售事业群（RSG）和出行事业群（MSG）三大事业群。")
    x = extract(text)
    for unit in ("内容生态事业群", "零售事业群", "出行事业群"):
        assert not _find(x, unit, "subsidiaryOf", "澜屿科技"), _show(x)
    # a sentence that names the firm only after the outlet's dateline
    y = extract("峤柚网络宣布组织架构调整\n澜屿科技讯 8月21日消息，澜屿科技获悉，生活方式社区平台峤柚网络今日发布内部邮件，"
                "宣布进行组织架构调整：原有的业务部门被整合为零售事业群（RSG）和出行事业群（MSG）两大事业群。")
    for unit in ("零售事业群", "出行事业群"):
        assert _find(y, unit, "subsidiaryOf", "峤柚网络"), _show(y)
        assert not _find(y, unit, "subsidiaryOf", "澜屿科技"), _show(y)


def test_entities_a_post_and_by_cut_from_a_name_lac_read():
    from kg.nlp.entities import _titles_cut
    from kg.nlp.lexicons import load_lexicons
    from kg.nlp.tokens import Cand

    lex = load_lexicons(None)
    # 峤途|欧洲总经理由集团(ORG): the firm is what comes before the post
    (c,) = _titles_cut(lex, [Cand(4, 14, "峤途欧洲总经理由集团", "Company", "suffix", 0.85)])
    assert (c.start, c.end, c.text) == (4, 8, "峤途欧洲")
    (kept,) = _titles_cut(lex, [Cand(0, 8, "由岫实业集团", "Company", "suffix", 0.85)])
    assert kept.text == "由岫实业集团"  # (a name's own 由, no post before it)


@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("峤川汽车成立于2016年，2021年在香港上市，其股东名单中包括澜屿资本、岫峤创投和珩山资本等。",
                 [(h, "investedIn", "峤川汽车") for h in ("澜屿资本", "岫峤创投", "珩山资本")], [], id="its-holders-listed"),
    pytest.param("公开资料显示，峤川汽车成立于2016年，其主要股东包括澜屿资本。", [("澜屿资本", "investedIn", "峤川汽车")], [],
                 id="after-a-sources-clause"),
    # another firm named before 其: whose holders, unclear
    pytest.param("峤川汽车与岫峤集团签署协议，其股东包括澜屿资本。", [],
                 [("澜屿资本", "investedIn", "峤川汽车"), ("澜屿资本", "investedIn", "岫峤集团")], id="two-firms-before"),

    # a firm before 其 that only says where a founder worked does not make the owner unclear
    pytest.param("公开资料显示，岫峤汽车成立于2016年，由林珩与前岚峤电子高管周霁共同创办，其股东名单中包括澜珩资本和岫屿创投等。",
                 [(h, "investedIn", "岫峤汽车") for h in ("澜珩资本", "岫屿创投")],
                 [("澜珩资本", "investedIn", "岚峤电子")], id="a-founders-former-employer-between"),
    pytest.param("岫峤汽车成立于2016年，由林珩与岚峤电子副总裁周霁共同创办，其股东名单中包括澜珩资本。",
                 [("澜珩资本", "investedIn", "岫峤汽车")], [], id="a-founders-employer-with-a-post-between"),
])
def test_relations_holders_listed_after_its(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


def test_entities_a_registered_name_lac_read_as_one_noun(extract):
    # LAC reads 宠物食品品牌峤川控股有限公司 as one common noun: the legal form still names a firm
    x = extract("岫川社6月16日讯 国内宠物食品品牌峤川控股有限公司（下称“峤川”）今日起在香港公开招股。")
    assert any(e.name == "峤川控股有限公司" and e.type == "Company" for e in x.entities), _show(x)


def test_entities_an_ownership_word_lac_glued_to_a_firm():
    from kg.nlp.entities import _ownership_word_cut
    from kg.nlp.tokens import Cand

    # 峤美集团下属(ORG)|子公司…: 下属 is the cue for the units, no part of the name
    (c,) = _ownership_word_cut([Cand(12, 18, "峤美集团下属", "Organization", "lac", 0.75)])
    assert (c.start, c.end, c.text) == (12, 16, "峤美集团")
    (kept,) = _ownership_word_cut([Cand(0, 4, "岫屿所属", "Organization", "suffix", 0.8)])
    assert kept.text == "岫屿所属"  # (only LAC's words: a name found by its ending is whole)


def test_entities_a_registered_name_after_a_kind_lac_glued_to_it(extract):
    x = extract("理由是自2010年开始，峤美集团下属子公司峤丰华运商贸有限公司没有交纳物业费。")
    assert any(e.name == "峤丰华运商贸有限公司" for e in x.entities), _show(x)
    assert not any("下属" in e.name or "子公司" in e.name for e in x.entities), _show(x)


@pytest.mark.parametrize("text, name", [
    pytest.param("澜济药业以慢病用药见长，核心品种为降压药“澜舒康”。", "澜舒康", id="a-blood-pressure-drug"),
    pytest.param("岫普制药则深耕肿瘤领域，其自主研发的靶向药“岫舒宁”去年销售额约11亿元。", "岫舒宁", id="a-targeted-drug"),
])
def test_entities_a_drug_named_after_its_kind_is_a_product(extract, text, name):
    x = extract(text)
    assert any(e.name == name and e.type == "Product" for e in x.entities), _show(x)


@pytest.mark.parametrize("text, arm", [
    pytest.param("澜屿资本中国总裁黎岫明表示，今年投资节奏将放缓。", "澜屿资本中国", id="an-officers-title-after"),
    pytest.param("澜屿资本中国仍将保持目前的投资速度。", "澜屿资本中国", id="an-adverb-after"),
    pytest.param("澜屿资本中国市场份额继续扩大。", None, id="the-china-market"),
    pytest.param("岫川科技中国区总裁表示。", None, id="the-china-region"),
    pytest.param("澜屿资本中国工厂的产能提升。", None, id="a-factory-in-china"),
])
def test_entities_a_firms_china_arm(extract, text, arm):
    x = extract(text)
    names = {e.name for e in x.entities}
    if arm:
        assert arm in names and "中国" not in names, _show(x)
    else:
        assert not any(n.endswith("中国") and n != "中国" for n in names), _show(x)


@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("峤州监管局已核准黎岫明担任峤阳理财有限责任公司董事长的任职资格。",
                 [("黎岫明", "leads", "峤阳理财有限责任公司")], [], id="approved-for-a-post"),
    pytest.param("峤州监管局已核准黎岫明担任峤阳银行副行长、黎峤川担任峤阳银行董事的任职资格。",
                 [("黎岫明", "holdsPosition", "峤阳银行"), ("黎峤川", "holdsPosition", "峤阳银行")], [], id="two-approvals"),
    # a person's name LAC glued to the firm's, which its note's short form parts
    pytest.param("峤州监管局已核准黎岫明峤阳理财有限责任公司（下称“峤阳理财”）董事长的任职资格。",
                 [("黎岫明", "leads", "峤阳理财")], [], id="the-name-glued-to-the-firms"),
    pytest.param("峤州监管局未核准黎岫明担任峤阳理财有限责任公司董事长的任职资格。",
                 [], [("黎岫明", "leads", "峤阳理财有限责任公司")], id="not-approved"),
])
def test_relations_a_regulators_approved_qualification(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


def test_relations_a_rumour_the_market_spread(extract):
    # 市场曾传出“…”的消息: hearsay, no fact
    x = extract("值得一提的是，此前市场曾传出峤川汽车有意收购澜芯微电子控股权的消息。")
    assert not _find(x, "峤川汽车", "acquired", "澜芯微电子"), _show(x)
    y = extract("峤川汽车已收购澜芯微电子。")
    assert _find(y, "峤川汽车", "acquired", "澜芯微电子"), _show(y)


@pytest.mark.parametrize("text", [
    pytest.param("峤川创新基金成立，澜江集团出资2亿元建设配套产业园。", id="money-to-build"),
    pytest.param("峤川产业基金成立后，澜江集团出资3亿元，用于偿还银行贷款。", id="money-for-a-purpose"),
    pytest.param("澜屿资本旗下峤川基金此前投资了屹珩科技，澜江集团出资1亿元受让了部分老股。", id="money-for-old-shares"),
    pytest.param("岫峰资本设立霁岚产业基金，澜江集团出资3亿元，用于收购峤川科技的股权。", id="money-to-buy-another-firm"),
])
def test_relations_money_a_fund_sentence_spends_elsewhere(extract, text):
    x = extract(text)
    assert not any(r.relation == "investedIn" and r.head == "澜江集团" and r.tail.endswith("基金") for r in x.relations), _show(x)


@pytest.mark.parametrize("text, facts", [
    pytest.param("峤川产业基金募资完成，澜江集团出资比例达30%，岫川集团出资比例为20%。",
                 [("澜江集团", "investedIn", "峤川产业基金"), ("岫川集团", "investedIn", "峤川产业基金")], id="shares-of-the-fund"),
    pytest.param("屹川市政府出资10亿元设立峤川产业引导基金。", [("屹川市政府", "investedIn", "峤川产业引导基金")], id="sets-up-the-fund"),
    pytest.param("澜屿资本发布公告称，澜屿创投四期基金已完成备案，岫江集团、霁岚控股为基金出资人。",
                 [("岫江集团", "investedIn", "澜屿创投四期基金"), ("霁岚控股", "investedIn", "澜屿创投四期基金")], id="its-partners"),
])
def test_relations_investors_in_a_fund_more(extract, text, facts):
    _check_facts(extract(text), facts, [])


@pytest.mark.parametrize("text", ["该市政府引导基金规模达到100亿元。", "省级政府引导基金与市级政府引导基金联合出资。", "地方政府引导基金规模持续扩大。"])
def test_entities_a_governments_fund_of_no_place_is_no_name(extract, text):
    x = extract(text)
    assert not any(e.name.endswith("引导基金") for e in x.entities), _show(x)


@pytest.mark.parametrize("quoted", ["天价", "首个国产", "出海", "明星产品"])
def test_entities_words_in_scare_quotes_after_a_drug_kind(extract, quoted):
    x = extract(f"峤川医药的靶向药“{quoted}”引发关注。")
    assert not any(e.name == quoted for e in x.entities), _show(x)


def test_relations_a_post_for_a_place_lac_glued_with_by(extract):
    # 澜屿集团|日本总经理由集团(ORG): the group's post for Japan, not a firm named 日本
    x = extract("澜屿集团日本总经理由集团副总裁周岫川兼任。")
    assert not any(e.name == "日本" and e.type == "Company" for e in x.entities), _show(x)
    assert _find(x, "周岫川", "leads", "澜屿集团"), _show(x)


def test_relations_a_holder_listed_through_its_owner(extract):
    x = extract("峤川科技成立于2016年，其股东名单中包括澜屿资本的子公司岫峰创投。")
    assert _find(x, "岫峰创投", "investedIn", "峤川科技"), _show(x)
    assert not _find(x, "澜屿资本", "investedIn", "峤川科技"), _show(x)


def test_relations_a_subsidiarys_kind_lac_glued_to_its_regional_name(extract):
    # 控股|子公司X科技(n)|（惠州）有限公司: the kind is no part of the name
    x = extract("峤川电子发布公告，公司控股子公司峤川新能源科技（惠州）有限公司（简称“峤川新能源”）获得订单。")
    assert not any("子公司" in e.name for e in x.entities), _show(x)
    assert _find(x, "峤川新能源科技（惠州）有限公司", "subsidiaryOf", "峤川电子"), _show(x)


@pytest.mark.parametrize("text, facts, not_facts", [
    # the holders listed after a firm's registered capital hold that firm, not the article's company
    pytest.param("岫峤汽车与澜珩集团签署合资协议。根据协议，岚峤新能源有限公司注册资本60亿元，岫峤汽车持股51%，澜珩集团持股49%。",
                 [("岫峤汽车", "investedIn", "岚峤新能源有限公司"), ("澜珩集团", "investedIn", "岚峤新能源有限公司")],
                 [("澜珩集团", "investedIn", "岫峤汽车")], id="holders-after-registered-capital"),
    # 成立 and how long since: no founding of the investors named after it; 拿到A和B的天使轮投资: their money
    pytest.param("岫峤科技成立仅两个月便拿到澜屿资本和珩川创投的天使轮投资。",
                 [("澜屿资本", "investedIn", "岫峤科技"), ("珩川创投", "investedIn", "岫峤科技")],
                 [("岫峤科技", "founded", "澜屿资本"), ("岫峤科技", "founded", "珩川创投")], id="founded-months-ago-then-angels"),
    pytest.param("岫峤科技成立不到三年，已获得澜屿资本的A轮投资。", [("澜屿资本", "investedIn", "岫峤科技")],
                 [("岫峤科技", "founded", "澜屿资本")], id="founded-under-three-years-ago"),
    # a post taken at the bare 合资公司 is at the joint venture the text set up
    pytest.param("岫峤汽车与澜珩集团合资成立的岚峤新能源有限公司正式揭牌。岫峤汽车总裁林珩出任合资公司董事长，澜珩集团副总裁周霁出任副董事长。",
                 [("林珩", "leads", "岚峤新能源有限公司")], [("林珩", "leads", "澜珩集团")], id="post-at-the-bare-joint-venture"),
    # 开发了X旗下Y品牌的车型: X owns the brand; it was not launched
])
def test_relations_holders_rounds_and_joint_venture_posts(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


def test_relations_an_owner_before_qixia_is_not_what_was_made(lac_words):
    """``主导开发了X旗下Y品牌的车型``: X, named before 旗下, owns what was made; it is no launched product."""
    from kg.nlp.lexicons import load_lexicons
    from kg.nlp.relations import find_relations
    from kg.nlp.tokens import Cand

    text = "周霁2012年加入华岫汽车，主导开发了华岫旗下峤途品牌的第一代纯电车型。"
    words = [("周霁", "PER"), ("2012年", "TIME"), ("加入", "v"), ("华岫汽车", "ORG"), ("，", "w"), ("主导", "v"), ("开发", "v"),
             ("了", "u"), ("华岫", "ORG"), ("旗下", "n"), ("峤途", "n"), ("品牌", "n"), ("的", "u"), ("第一代", "m"), ("纯电", "a"),
             ("车型", "n"), ("。", "w")]
    toks = lac_words(text, words)
    owner = text.index("华岫旗下")
    ents = [Cand(0, 2, "周霁", "Person", "lac", 0.85), Cand(10, 14, "华岫汽车", "Company", "lac", 0.75),
            Cand(owner, owner + 2, "华岫", "Company", "lac", 0.75)]
    rels = find_relations(text, [(0, len(text))], toks, ents, load_lexicons())
    assert not [r for r in rels if r.relation == "launched" and r.tail == (owner, owner + 2)], rels
    assert not [r for r in rels if r.relation == "productOf" and r.head == (owner, owner + 2)], rels


@pytest.mark.parametrize("text, facts, not_facts", [
    # a clause that opens with 由 is about the sentence's subject
    pytest.param("澜屿数科成立于2018年，注册资本5亿元，由澜屿银行全资持股。",
                 [("澜屿银行", "investedIn", "澜屿数科"), ("澜屿数科", "subsidiaryOf", "澜屿银行")], [], id="held-by-after-the-subjects-clauses"),
    pytest.param("岫峤科技与澜屿数科签约，由澜屿银行全资持股。", [],
                 [("澜屿银行", "investedIn", "岫峤科技"), ("澜屿银行", "investedIn", "澜屿数科")], id="another-firm-between"),
    # 据X了解: where the news comes from is not what the clauses after it are about
    pytest.param("据岚峤科技了解，此前该公司曾先后获得澜屿资本、珩川创投的投资。", [],
                 [("澜屿资本", "investedIn", "岚峤科技"), ("珩川创投", "investedIn", "岚峤科技")], id="a-sources-clause-is-no-topic"),
    # (but 据X相关人士介绍: the firm's own people speak of it)
    pytest.param("据岚峤科技相关人士介绍，公司此前已获得澜屿资本的投资。", [("澜屿资本", "investedIn", "岚峤科技")], [],
                 id="the-firms-own-people"),
])
def test_relations_held_by_and_sources(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, facts, not_facts", [
    pytest.param("澜屿资本也是岫峤科技的早期投资方。", [("澜屿资本", "investedIn", "岫峤科技")], [], id="also-its-investor"),
    pytest.param("澜屿资本还是岫峤科技的第二大股东。", [("澜屿资本", "investedIn", "岫峤科技")], [], id="also-its-holder"),
    # (but a person who is an investment firm's 投资人 works there)
    pytest.param("林珩是岫峤科技创始人兼CEO，他也是澜屿资本的投资人之一。", [("林珩", "founded", "岫峤科技")],
                 [("林珩", "investedIn", "澜屿资本")], id="a-persons-job-at-an-investment-firm"),
    # a time the clause opens with between the person and the post verb
    pytest.param("岫峤酒业原董事长林珩在交易完成后继续担任该公司总经理。", [("林珩", "leads", "岫峤酒业", "总经理")], [],
                 id="a-time-before-the-post-verb"),
    pytest.param("林珩在重组完成后出任岫峤科技总裁。", [("林珩", "leads", "岫峤科技", "总裁")], [], id="a-time-then-a-firm"),
])
def test_relations_also_a_holder_and_a_post_after_a_time(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, facts, not_facts", [
    # a former employer only describes the person after it: no subject, no partner in a list of founders
    pytest.param("前拼多多高管林珩近日创办了屿霁科技，并获得澜峤资本投资。", [("林珩", "founded", "屿霁科技")],
                 [("澜峤资本", "investedIn", "拼多多")], id="former-employer-is-no-subject"),
    pytest.param("林珩与前拼多多员工林岚共同创办了澜峤科技。", [("林珩", "founded", "澜峤科技"), ("林岚", "founded", "澜峤科技")], [],
                 id="former-employer-inside-a-partners-description"),
    # a round's 投资 before another noun is no investment in the one who got it
    pytest.param("澜峤资本获得岫川科技的天使轮投资回报超过百倍。", [], [("岫川科技", "investedIn", "澜峤资本")], id="a-rounds-return"),
    pytest.param("澜峤资本此前拿到了岫川科技的B轮投资份额。", [], [("岫川科技", "investedIn", "澜峤资本")], id="a-rounds-share"),
    # the firm right before the verb is funded, not the clause's first
    pytest.param("澜峤资本旗下的岫川科技斩获屿霁创投的Pre-A轮投资。", [("屿霁创投", "investedIn", "岫川科技")],
                 [("屿霁创投", "investedIn", "澜峤资本")], id="the-firm-before-the-verb"),
    # 由 after clauses about another thing held, or a firm's own news
    pytest.param("岫川科技董事长林珩表示，新设立的储能公司注册资本2亿元，由澜峤集团全资持股。", [],
                 [("澜峤集团", "investedIn", "岫川科技"), ("岫川科技", "subsidiaryOf", "澜峤集团")], id="by-after-another-thing-held"),
    pytest.param("据岫川科技消息，该公司已收购屿霁智能。", [("岫川科技", "acquired", "屿霁智能")], [], id="a-firms-own-news"),
    # a holder's own capital in a list of holders
    pytest.param("岫川科技2023年年报显示，控股股东澜峤集团注册资本10亿元，持股32.6%，屿霁投资持股5.1%。", [],
                 [("屿霁投资", "investedIn", "澜峤集团")], id="a-holders-own-capital"),
])
def test_relations_former_employers_rounds_and_sources_reviewed(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


def test_entities_former_is_a_word_of_its_own_and_no_common_word(extract):
    for text in ("此前联合创始人林珩已从岫川科技离职。", "前联合创始人林岚起诉岫川科技。", "澜峤集团原统一采购负责人林珩被免职。"):
        x = extract(text)
        assert not any(e.name in ("联合", "统一") for e in x.entities), _show(x)
    x = extract("前拼多多员工林珩创立了岫川科技。")
    assert any(e.name == "拼多多" and e.type == "Company" for e in x.entities), _show(x)


@pytest.mark.parametrize("text, facts, not_facts", [
    # a post in brackets or between commas right after the name: one organisation and a title
    pytest.param("林珩（屿霁科技副总裁兼首席财务官）表示，公司将继续扩产。",
                 [("林珩", "holdsPosition", "屿霁科技", "副总裁兼首席财务官")], [], id="bracketed-post"),
    pytest.param("林珩，屿霁科技董事长，昨日在发布会上表示公司将扩产。", [("林珩", "leads", "屿霁科技", "董事长")], [],
                 id="post-between-commas"),
    # a former post in the note is not held now; a note without a title is no post
    pytest.param("跟投的还有林珩（澜峤资本创始合伙人）和林岚（屿霁科技原副总裁）。",
                 [("林珩", "holdsPosition", "澜峤资本", "创始合伙人")],
                 [("林岚", "holdsPosition", "屿霁科技"), ("林岚", "leads", "屿霁科技")], id="former-post-in-a-note"),
    pytest.param("会议由林珩（屿霁科技）主持。", [], [("林珩", "holdsPosition", "屿霁科技"), ("林珩", "leads", "屿霁科技")],
                 id="a-note-without-a-title"),
    # 任 between a name and a firm's post is the verb, not the name's last character
    pytest.param("省委组织部宣布，林珩任岚川产控党委书记、董事长；林岚任岚川产控党委副书记、董事、总经理。",
                 [("林珩", "leads", "岚川产控", "党委书记、董事长"), ("林岚", "leads", "岚川产控", "党委副书记、董事、总经理")], [],
                 id="ren-is-the-verb"),
    # shares of 公司 held, counted in shares: a stake in the firm the paragraph is about
    pytest.param("峤川新材11月19日晚间公告，公司董事长林珩累计增持公司股份126.8万股。本次增持后，林珩直接持有公司股份1.12亿股，"
                 "占总股本的18.7%，仍为公司第一大股东。", [("林珩", "investedIn", "峤川新材")], [], id="shares-of-the-company-counted"),
    # a firm's drugs named as its main varieties (品种) are its products
    pytest.param("岫澜药业的核心品种为降压药“岫舒康”。", [("岫舒康", "productOf", "岫澜药业")], [], id="core-variety"),
    pytest.param("岫澜药业成立于2001年，主要品种包括“岫舒康”和“澜舒宁”。",
                 [("岫舒康", "productOf", "岫澜药业"), ("澜舒宁", "productOf", "岫澜药业")], [], id="main-varieties-listed"),
])
def test_relations_posts_after_names_and_holdings_reviewed(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, firm, product", [
    # a trigger's verbal noun that only describes the product's kind (开发平台, 研发平台) is no second act
    pytest.param("岫川科技推出开发平台“岫言”。", "岫川科技", "岫言", id="development-platform"),
    pytest.param("岫川科技推出AI研发平台“岫言”。", "岫川科技", "岫言", id="research-platform"),
    # a brand's Chinese name, then capitalised Latin words, quoted after the kind
    pytest.param("岫川科技正式推出企业智能体开发平台“岫川Agent Studio”。", "岫川科技", "岫川Agent Studio", id="brand-then-latin-words"),
])
def test_relations_a_verbal_noun_describing_the_kind_of_a_launched_product(extract, text, firm, product):
    x = extract(text)
    _assert_fact(x, firm, "launched", product)
    _assert_fact(x, product, "productOf", firm)


@pytest.mark.parametrize("text, facts, not_facts", [
    # 公司 in 持有公司股份 is the firm whose announcement or holder the sentence names before the holder
    pytest.param("岫川科技与屿霁科技同日发布公告。岫川科技称，林珩持有公司股份100万股；屿霁科技称，王屹持有公司股份200万股。",
                 [("林珩", "investedIn", "岫川科技"), ("王屹", "investedIn", "屿霁科技")], [("王屹", "investedIn", "岫川科技")],
                 id="each-announcers-shares"),
    pytest.param("屿霁科技公告，岫川投资和澜峤资本分别持有公司股份300万股和200万股。",
                 [("岫川投资", "investedIn", "屿霁科技"), ("澜峤资本", "investedIn", "屿霁科技")],
                 [("澜峤资本", "investedIn", "岫川投资")], id="listed-holders"),
    pytest.param("岫川科技公告，林珩持有公司股份的比例将降至4.9%。", [("林珩", "investedIn", "岫川科技")], [], id="a-ratio"),
    pytest.param("岫川科技业绩稳健。据年报，林珩直接持有公司22.4%的股份。", [("林珩", "investedIn", "岫川科技")], [],
                 id="a-percentage-of-the-company"),
    # a post in a note that is not held now, or not one that runs the firm
    pytest.param("林珩（屿霁科技拟任总经理）的任职资格尚待核准。", [], [("林珩", "leads", "屿霁科技")], id="a-post-to-come"),
    pytest.param("林珩，屿霁科技卸任董事长，目前仍持有公司股份。", [], [("林珩", "leads", "屿霁科技")], id="a-post-given-up"),
    pytest.param("林珩（屿霁科技名誉董事长）出席了庆典。", [], [("林珩", "leads", "屿霁科技")], id="an-honorary-post"),
    pytest.param("王屹（屿霁科技监事会主席）对财务报告提出异议。", [("王屹", "holdsPosition", "屿霁科技", "监事会主席")],
                 [("王屹", "leads", "屿霁科技")], id="the-supervisory-boards-chair"),
    pytest.param("王屹（屿霁科技现任董事长）表示，公司将推进回购。", [("王屹", "leads", "屿霁科技", "董事长")], [], id="current-is-no-title"),
    # varieties described as a procurement's or a season's are not plainly the speaker's own
    pytest.param("岫澜药业表示，本次集采的主要品种包括“岫舒康”和“澜舒宁”。", [], [("岫舒康", "productOf", "岫澜药业")],
                 id="a-procurements-varieties"),
])
def test_relations_notes_and_holdings_reviewed(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, person, firm, rel, title", [
    # LAC reads the person, the post verb 任 and the firm as one name before the title
    pytest.param("王屹任屿霁科技副总经理。", "王屹", "屿霁科技", "holdsPosition", "副总经理", id="deputy"),
    pytest.param("会议决定，林珩任屿霁科技总经理。", "林珩", "屿霁科技", "leads", "总经理", id="head"),
])
def test_relations_a_name_lac_glued_to_ren_and_a_firm(extract, text, person, firm, rel, title):
    x = extract(text)
    _assert_fact(x, person, rel, firm, title)
    assert not any("任" in e.name for e in x.entities), _show(x)


@pytest.mark.parametrize("text, facts, not_facts", [
    # 其 after two firms in its sentence, or before a holder's word, stands for no firm of its own
    pytest.param("岫川科技与屿霁科技签署合作协议，其推出的“岫言”平台将接入屿霁的数据。", [("岫川科技", "launched", "岫言")],
                 [("屿霁科技", "launched", "岫言")], id="qi-after-two-firms"),
    pytest.param("岫川科技表示，其控股股东为澜峤集团。", [("澜峤集团", "investedIn", "岫川科技")], [], id="qi-holders-word"),
    # an investment's projects are still investments (投资 describes no noun there)
    pytest.param("岫澜区产业引导基金的投资项目包括峤川科技和屹珩科技。",
                 [("岫澜区产业引导基金", "investedIn", "峤川科技"), ("岫澜区产业引导基金", "investedIn", "屹珩科技")], [],
                 id="investment-projects"),
])
def test_relations_qi_and_investment_projects(extract, text, facts, not_facts):
    _check_facts(extract(text), facts, not_facts)


@pytest.mark.parametrize("text, fact", [
    # a party post whose 党委 LAC glued to the body's name
    pytest.param("澜川省国资委党委委员、副主任林珩在揭牌仪式上表示。", ("林珩", "holdsPosition", "澜川省国资委", "党委委员、副主任"),
                 id="party-committee-member"),
    # a firm's name, words LAC read as others, then its region and legal form: one name
    pytest.param("林珩辞职后转任公司全资子公司岫川精密传动（苏州）有限公司总经理。",
                 ("林珩", "leads", "岫川精密传动（苏州）有限公司", "总经理"), id="name-words-region-legal-form"),
])
def test_relations_party_posts_and_regional_names(extract, text, fact):
    _assert_fact(extract(text), *fact)


def test_relations_products_listed_before_a_count_of_core_varieties(extract):
    x = extract("岫澜药业目前的营收仍主要依赖澜芪通络胶囊、岫舒平片两大核心品种。")
    _assert_fact(x, "澜芪通络胶囊", "productOf", "岫澜药业")
    _assert_fact(x, "岫舒平片", "productOf", "岫澜药业")


@pytest.mark.parametrize("title", ["董事、轮值董事长", "董事、代行董事长", "董事、全球总裁"])
def test_relations_a_chains_later_head_post_at_the_same_body(extract, title):
    x = extract(f"岚屿集团{title}林珩出席会议。")
    _assert_fact(x, "林珩", "leads", "岚屿集团", title)


@pytest.mark.parametrize("text, facts", [
    # a chain of posts at two bodies, before the name or in a note after it: each post at its own body
    pytest.param("岫川科技董事、屿霁科技董事长林珩表示，公司将扩产。",
                 [("林珩", "holdsPosition", "岫川科技", "董事"), ("林珩", "leads", "屿霁科技", "董事长")], id="before-the-name"),
    pytest.param("王屹（屿霁科技董事、岫川科技董事长）表示，双方将加强协同。",
                 [("王屹", "holdsPosition", "屿霁科技", "董事"), ("王屹", "leads", "岫川科技", "董事长")], id="in-a-note"),
])
def test_relations_a_chain_of_posts_at_two_bodies(extract, text, facts):
    x = extract(text)
    for f in facts:
        _assert_fact(x, *f)


@pytest.mark.parametrize("text, facts", [
    # after a serve verb, a chain of firms each with its title gives each firm its own post
    pytest.param("王屹现任屿霁资本董事、岫川医疗董事长。",
                 [("王屹", "holdsPosition", "屿霁资本", "董事"), ("王屹", "leads", "岫川医疗", "董事长")], id="现任"),
    pytest.param("王屹担任屿霁资本董事、岫川医疗董事长，负责两家公司的战略。",
                 [("王屹", "holdsPosition", "屿霁资本", "董事"), ("王屹", "leads", "岫川医疗", "董事长")], id="担任"),
    pytest.param("岚屿科技副总裁王屹，现任屿霁资本董事、岫川医疗董事长。",
                 [("王屹", "holdsPosition", "屿霁资本", "董事"), ("王屹", "leads", "岫川医疗", "董事长")], id="a-later-clause"),
    # a firm without a title of its own shares the next one's
    pytest.param("王屹兼任屿霁资本、岫川医疗董事。",
                 [("王屹", "holdsPosition", "屿霁资本", "董事"), ("王屹", "holdsPosition", "岫川医疗", "董事")], id="a-shared-title"),
    # a current post in a note after the name
    pytest.param("王屹（现任岫川医疗董事长）表示，公司将扩产。", [("王屹", "leads", "岫川医疗", "董事长")], id="现任-in-a-note"),
])
def test_relations_a_chain_of_posts_after_a_serve_verb(extract, text, facts):
    x = extract(text)
    for f in facts:
        _assert_fact(x, *f)


def test_relations_a_board_committee_is_no_second_body_of_a_chain(extract):
    x = extract("林珩辞去公司总经理职务，辞职后仍担任公司董事长及董事会战略委员会主任委员。")
    assert not [r for r in x.relations if "委员会" in r.tail], _show(x)


def test_relations_a_firm_sends_its_own_officer(extract):
    x = extract("岚峤科技派出其首席技术官程岫原出任合资公司总经理。")
    _assert_fact(x, "程岫原", "holdsPosition", "岚峤科技", "首席技术官")


def test_relations_a_subsidiary_that_raised_capital_invested_in_nothing(extract):
    x = extract("岚峤医药公告称，其控股子公司岫澜生物已完成增资扩股并引入外部投资者，融资总额8亿元。")
    _assert_fact(x, "岫澜生物", "subsidiaryOf", "岚峤医药")
    assert not _find(x, "岫澜生物", "investedIn", "岚峤医药"), _show(x)


def test_relations_an_asset_injection_puts_no_money_in(extract):
    x = extract("岚峤港口已将岫川码头有限公司51%股权注入岚峤股份。")
    assert not [r for r in x.relations if r.relation == "investedIn" and r.tail == "岚峤股份"], _show(x)


def test_relations_what_the_firm_set_up_is_not_the_speakers(extract):
    x = extract("岚屿科技创始人兼CEO程岫原在发布会上表示：“做手表我们准备了两年多。”"
                "他透露，研发团队约180人，其中近一半来自公司去年设立的岫川研究院。")
    _assert_fact(x, "程岫原", "leads", "岚屿科技", "创始人兼CEO")
    assert not _find(x, "程岫原", "founded", "岫川研究院"), _show(x)


def test_relations_a_firm_is_no_partner_of_its_name_without_its_trade(extract):
    x = extract("2023年，岫澜软件与岚川汽车签署合作协议，在岚川一条车身焊装线上联合验证焊接变形补偿方案。")
    _assert_fact(x, "岫澜软件", "partnerOf", "岚川汽车")
    assert not [r for r in x.relations if {r.head, r.tail} == {"岚川汽车", "岚川"}], _show(x)


@pytest.mark.parametrize("text, firm", [
    pytest.param("岫海证券银行业分析师林岫远认为，息差仍是今年的看点。", "岫海证券", id="bank-sector"),
    pytest.param("澜川证券证券行业研究员林岫远认为，佣金率仍将下滑。", "澜川证券", id="the-firms-own-trade"),
])
def test_relations_an_analyst_of_a_firm_that_covers_a_trade(extract, text, firm):
    x = extract(text)
    _assert_fact(x, "林岫远", "holdsPosition", firm)
    assert not [e for e in x.entities if e.name.endswith("业")], _show(x)


def test_relations_its_subsidiary_after_a_partner_is_the_subjects(extract):
    x = extract("今年3月，岚帆科技与岫川物流签署海外仓合作协议；其全资子公司岚帆国际（香港）有限公司则负责海外采购。")
    _assert_fact(x, "岚帆国际（香港）有限公司", "subsidiaryOf", "岚帆科技")
    assert not _find(x, "岚帆国际（香港）有限公司", "subsidiaryOf", "岫川物流"), _show(x)


def test_relations_publishing_figures_is_no_launch(extract):
    x = extract("岫澜银行公布澜峤产品赎回价，大部分现值为零。")
    assert not [r for r in x.relations if r.relation == "launched"], _show(x)


@pytest.mark.parametrize("text", [
    "岚峤物业于2020年从母公司岚峤集团分拆上市。",
    "岚峤物业的母公司为岚峤集团，后者持有其62%的股份。",
])
def test_relations_a_parent_named_after_mu_gong_si(extract, text):
    _assert_fact(extract(text), "岚峤物业", "subsidiaryOf", "岚峤集团")


def test_relations_a_licence_to_a_firm_named_with_its_kind(extract):
    x = extract("岫澜生物将XR-301在大中华区以外的开发和商业化权益授权给美国生物技术公司Velmora Therapeutics。")
    _assert_fact(x, "岫澜生物", "partnerOf", "Velmora Therapeutics")


@pytest.mark.parametrize("text", [
    "股东大会审议通过拟任宋屹澜为峤珩纺织股份有限公司董事、岫霁服饰有限公司董事长的议案。",
    "张屿岫拟任峤珩银行行长、澜峤证券董事，待监管核准。",
    "李峤澜此前担任屿霁科技董事、岫岚集团副总裁，后于2022年离职。",
    "王屿珩不再担任岫峤科技副总裁、澜屹物流总经理。",
])
def test_relations_no_chain_of_posts_not_held_now(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation in ("leads", "holdsPosition")], _show(x)


def test_relations_posts_in_turn_after_an_adverb(extract):
    x = extract("陈霁峰和周岫宁目前分别担任峤屿重工股份有限公司董事长和澜屹机械有限公司总经理。")
    _assert_fact(x, "陈霁峰", "leads", "峤屿重工股份有限公司", "董事长")
    _assert_fact(x, "周岫宁", "leads", "澜屹机械有限公司", "总经理")
    assert not _find(x, "周岫宁", "leads", "峤屿重工股份有限公司"), _show(x)


def test_relations_a_licence_to_ones_own_subsidiary_is_no_partnership(extract):
    x = extract("岫峤医药将一款药物授权给其全资子公司霁屿生物。")
    assert not [r for r in x.relations if r.relation == "partnerOf"], _show(x)


@pytest.mark.parametrize("text, holders", [
    pytest.param("岚峤科技成立于2016年，岫川资本为其股东。", ["岫川资本"], id="its-holder"),
    pytest.param("岚峤科技成立于2016年，岫川资本、霁屿创投均为其股东。", ["岫川资本", "霁屿创投"], id="a-list-of-holders"),
    pytest.param("岫川资本、霁屿创投均为岚峤科技股东。", ["岫川资本", "霁屿创投"], id="the-firm-named"),
    pytest.param("岚峤科技成立于2016年，岫川资本是其第一大股东。", ["岫川资本"], id="the-largest-holder"),
])
def test_relations_holders_named_before_what_they_hold(extract, text, holders):
    x = extract(text)
    for h in holders:
        _assert_fact(x, h, "investedIn", "岚峤科技")


def test_relations_no_holder_of_an_unclear_its(extract):
    x = extract("岚峤科技与霁屿物流签署协议，岫川资本为其股东。")
    assert not [r for r in x.relations if r.head == "岫川资本"], _show(x)


@pytest.mark.parametrize("text", [
    "岫澜科技公告称，霁峤物流为其股东提供不超过5亿元的担保。",
    "岫澜科技上市以来，岫川资本为其股东带来了可观收益。",
    "屿珩科技成立于2014年，岫川资本为其股东霁屿控股的全资子公司。",
])
def test_relations_for_its_holders_names_no_holder(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation == "investedIn" and r.tail in ("岫澜科技", "屿珩科技")], _show(x)


@pytest.mark.parametrize("text", [
    "市场传闻岫川资本是霁岚科技的股东，但公司予以否认。",
    "岫川资本是霁岚科技股东的说法不实。",
    "岫川资本是霁岚科技的股东吗？",
    "峤屿科技为霁岚科技股东提供了2亿元借款。",
    "霁峤物流为霁岚科技股东的全资子公司。",
    "岫川资本是霁岚科技股东大会的列席单位。",
])
def test_relations_no_stake_doubted_or_of_other_holders(extract, text):
    x = extract(text)
    assert not [r for r in x.relations if r.relation == "investedIn" and r.tail == "霁岚科技"], _show(x)


def test_relations_a_plain_holder_statement_is_a_stake(extract):
    _assert_fact(extract("岫川资本是霁岚科技的股东。"), "岫川资本", "investedIn", "霁岚科技")


@pytest.mark.parametrize("text, holders, firm", [
    pytest.param("岚峤科技成立于2019年，岫川资本与霁屿创投均为其股东。", ["岫川资本", "霁屿创投"], "岚峤科技", id="joined-by-yu"),
    pytest.param("岫川资本是岚峤科技的战略股东。", ["岫川资本"], "岚峤科技", id="a-strategic-holder"),
    pytest.param("他是岫川资本成为岚峤科技最大股东的主要推手。", ["岫川资本"], "岚峤科技", id="becomes-the-holder"),
])
def test_relations_more_holders_named_first(extract, text, holders, firm):
    x = extract(text)
    for h in holders:
        _assert_fact(x, h, "investedIn", firm)
