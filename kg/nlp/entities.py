"""Entity mentions: LAC's statistical NER plus general pattern layers.

Every layer proposes :class:`Cand` spans with a type and a score; overlaps are
then settled (longer and surer spans win). The layers are:

* LAC names (``PER``/``ORG``/``LOC``), extended over a following company or
  organisation suffix (``东华`` + ``软件``);
* names ending in a company or organisation suffix (``…有限公司``, ``…事业群``);
* product names in product contexts: quoted after a product noun or a launch
  verb (``工具“X”``), listed in brackets after a product noun, the subject of an
  intransitive launch verb (``X终于亮相``), a Latin name before a product noun;
* ``<company><product head>`` compounds (``X云``, ``X大脑``) and
  ``<company><Latin name>`` (``X Nova``); a Latin name after a company noun
  (``自动驾驶公司X``);
* company names in company slots (``领投了X``, ``子公司X``, ``X董事长…``);
* the person right after ``<organisation><title>`` where LAC cut the name;
* the company-name gazetteer, only where LAC's segmentation and the context agree;
* a listed company's name after a stock-status marker (``*ST``, ``S*ST``): the
  marker is not part of the name;
* a user lexicon;
* parenthetical aliases (``A(B)``, ``A(花名B)``);
* a ministry named by its head's title (``德国财政部长``), one-character short
  forms of places in context (``访华``, ``中美关系``), a speaker before a colon;
* every other occurrence of an accepted name in the same document.

Before the layers run, LAC's words are mended: a news dateline's 电/讯 and
city (``本报巴黎5月25日电``), and a foreign name LAC cut into pieces
(``成|吉思汗``, ``亚当|·|桑德勒``). LAC's names lose what it glued onto them
(``悉尼晴10℃``, ``新疆北部``, ``于海案``, ``费舍尔议长``).

Then names listed among common nouns are dropped, names used like products
become Products, "persons" or "places" that are short forms of a company
name in the document become Companies, team and club names (by match words,
or any city's or firm's bare name in a football report) become Organizations,
buildings and sites become Places, and a family name with a title (``张教授``)
is dropped. Last, the place inside a government's name (the 印度 of ``印度政府``)
is added as a mention of its own: the one overlap the result keeps, marked
``source == "inside"``.

Functions here are pure: text and LAC words in, candidates out.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence

from kg.nlp.lexicons import Lexicons
from kg.nlp.segmenter import dictionary_words
from kg.nlp.titles import parse_title, title_prefix
from kg.nlp.tokens import (
    FUNCTION_CHARS, LATIN_DESIGNATORS, LATIN_RE, MAIN_PRODUCTS, PROPER_TAGS, STOCK_CODE_NOTE, STOCK_MARK, AliasLink, Cand, Tok, abbreviations,
    fold, is_cjk, rare_word, strip_legal,
)

__all__ = ["find_mentions", "settle_overlaps", "type_by_suffix", "is_common_word"]

_LAUNCH_VERBS = ("推出", "发布", "上线", "亮相", "开发", "打造", "提供", "研发", "面世", "问世", "升级")
#: After a quoted name: made by a maker (“X”由A开发, “X”此前由A与B联合研发, “X”由A旗下的B历时四年打造).
#: (not 发布/推出 by 由: a ministry issues a policy, a body a standard; not a question: 是X研发的吗)
_MADE_BY_AFTER = re.compile(r"(?:主要|则|均|也|此前|目前|最初|最早|全部)*(?:由[^，,。；;“”]{2,24}?"
                            r"(?:开发|研发|打造|研制|设计|出品)(?:[，,。；;]|$|并|而成|运营|完成)"
                            r"|(?:是|为|系)(?:由)?[^，,。；;“”]{2,20}?(?:自主|独立|自行|联合|共同)?(?:研发|开发|打造|研制|设计|推出)的"
                            r"(?![^，,。；;]*[吗？?]))")
#: The end of a quoted name that a maker's verb does not make a product: a place, a venue, a
#: ranking, an index, a prize, a standard, a plan or a brand (“X小镇”由A打造, “X指数”由A研发).
_NOT_A_MADE_PRODUCT = re.compile(r"(?:小镇|广场|公园|园区|基地|大厦|中心|社区|街区|乐园|榜|榜单|指数|杯|奖|奖项|奖学金|标准|规划|政策"
                                 r"|计划|行动|工程|活动|倡议|大赛|论坛|峰会|专项|战略|项目|主题|大会|品牌)")


def _made_product(text: str, start: int, end: int, after: int) -> bool:
    """The name at ``start:end`` (quoted, or a model code) is what a maker made: at ``after``, 由A开发
    or 是A研发的… follows, and neither the name nor the kind that 是A研发的 gives it is a place, a
    plan or a brand (“X小镇”由A打造, “X”是A打造的文旅小镇)."""
    m = _MADE_BY_AFTER.match(text, after)
    if m is None or any(x.end() == end for x in _NOT_A_MADE_PRODUCT.finditer(text, start, end)):
        return False
    kind = re.match(r"[^，,。；;！!？?]{0,12}", text[m.end() :]).group()
    return not (m.group().endswith("的") and _NOT_A_MADE_PRODUCT.search(kind))
_INTRANSITIVE_LAUNCH = ("亮相", "面世", "问世", "上线", "发布", "推出", "登场", "开售")
_LAUNCH_ADVERBS = ("终于", "正式", "首次", "率先", "已经", "已", "将", "也", "则", "再次", "同时", "即将", "近日")
_ALIAS_CUES = ("花名", "又名", "证券简称", "股票简称", "简称", "别名", "昵称", "英文名", "原名", "下称", "以下简称", "外号", "人称", "艺名", "笔名")
_OPEN = "(（"
_CLOSE = ")）"
_QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"', "‘": "’"}
_GENERIC_PREFIX = re.compile(r"^(该|本(?!地|土)|这|那|此|其|某|每|各|一|两|多|几|数|上市|子|母|分|总|大|小|新|老|原|前|现)")
#: Kinds of firm and of money, not names: 全资孙公司, A股上市公司, AI创业公司, 中资储能(企业),
#: 人民币(成长)基金, 政府引导基金, 社会资本.
_GENERIC_FIRM = re.compile(
    r"(?:全资|控股)?(?:子|孙)公司|(?:A股|B股|H股|港股|美股|境内|境外)?上市公司|[A-Za-z]{0,4}(?:创业|初创)公司"
    r"|(?:中资|外资|合资|国资|民营)[\u4e00-\u9fff]{2,4}|(?:人民币|美元|外币|双币)[\u4e00-\u9fff]{0,4}基金"
    r"|(?:社会|产业|国有|民间|风险|私募|公募|境外|外资|长期|耐心)(?:资本|基金)"
    r"|(?:政府|国家级|省级|市级|区级|县级|地方)?(?:产业|创业|投资)?引导基金"  # (a kind of fund: 政府引导基金)
    # kinds of vehicle, an industry rather than a maker (新能源汽车电驱装配线)
    r"|(?:新能源|智能|电动|智能网联|纯电动|插电混动|混动|燃油|商用|乘用|自动驾驶|无人驾驶|氢能源|燃料电池)汽车")


def _generic_phrase(name: str) -> bool:
    """A determiner, a number word or a size before ordinary words (数家企业, 大型企业, 子公司),
    not a name that happens to start with such a character (数衡科技)."""
    m = _GENERIC_PREFIX.match(name)
    return m is not None and (m.end() == len(name) or _ordinary_phrase(name[m.end() :]))


_COMPANY_SLOT = re.compile(
    r"(投资|入股|注资|增持|领投|参投|跟投|收购|并购|控股|入主|举牌|子公司|旗下|旗下的|股东|向|对|与|加盟|投资平台"
    r"|(?:股东|控股方|收购方|投资方|受让方|买方)(?:为|是|系))了?$"
)
#: Verbs of a transfer after 将/把 and its object (将X收入囊中, 将X股权划拨给).
_TRANSFER_AFTER = re.compile(r"收入囊中|收归|纳入|划拨|划转|转让|出售|注入|并入|剥离|置入|卖给|售予|托管")
#: After a name: 是由 or 由, an agent, and what the agent did to it (是由星海科技创立的).
_BY_AGENT_AFTER = re.compile(r"(?:是|系|为)?由[^，。,;；]{2,20}?(?:创立|创办|创建|成立|设立|组建|投资|控股|收购|并购|孵化)")
#: Ordinary words that end in 局 (a bureau): a situation, not an office.
_JU_WORDS = ("政局", "时局", "大局", "僵局", "结局", "布局", "骗局", "残局", "开局", "棋局", "赌局", "乱局", "困局", "变局",
             "危局", "败局", "胜局", "定局", "格局", "全局")
#: Batteries' chemistries, whose grades carry digits too (NCM811, NMC622): no model's code.
_CHEMISTRY_CODES = frozenset({"NCM", "NMC", "NCA", "LFP", "LMFP"})
#: Latin abbreviations of technologies, kinds of products and business terms (AI芯片, 5G手机,
#: IPO): words, not the names of a product or a firm.
_TECH_TERMS = frozenset({
    "AI", "AIGC", "AGI", "VR", "AR", "XR", "MR", "IT", "ICT", "IOT", "5G", "4G", "6G", "GPU", "CPU", "NPU", "TPU", "DPU",
    "LED", "OLED", "LCD", "PC", "EV", "SAAS", "PAAS", "IAAS", "APP", "API", "SDK", "OS", "IC", "DRAM", "NAND", "SSD",
    "USB", "GPS", "B2B", "B2C", "O2O", "P2P", "NFT", "ERP", "CRM", "IPO", "ETF", "GDP", "CPI", "PMI", "PE", "VC", "LP",
    "GP", "CEO", "CFO", "CTO", "COO", "AIOT", "SOC", "EDA", "HPC", "LLM", "NLP", "ML", "RPA", "SEO", "UI", "UX", "TV",
    "SIC", "GAN", "IGBT", "MOSFET", "MCU", "FPGA", "ASIC", "HBM", "LIDAR", "ADAS", "BMS", "CAR-T", "ADC", "TKI", "CDMO", "CRO",
    "EVTOL", "UAV", "AGV", "AMR", "MEMS", "CAD", "CAE", "PLM", "MES", "SUV", "MPV",
    # screens' and batteries' technologies, sensing and radio (X电子LTPO屏幕, X能源NCM电池: no model's name)
    "AMOLED", "LTPO", "LTPS", "MINILED", "MICROLED", "QLED", *_CHEMISTRY_CODES, "CTP", "CTB", "CTC",
    "TOF", "NFC", "ANC", "UWB", "RFID",
})
#: Kinds of vehicle or robot written in Latin letters, after which a quoted name is a model's (载人eVTOL“X”).
_LATIN_KINDS = frozenset({"EVTOL", "UAV", "AGV", "AMR", "SUV", "MPV"})
_NOT_NAMES = frozenset({"内部", "外部", "全部", "局部", "董事局", "董事会", "总部", "干部", "股东", "当局", *_JU_WORDS})


def _ends_in_ju_word(d: _Doc, start: int, end: int) -> bool:
    """The name ends in a word like 政局 (situation) that jieba reads as a word: 俄国|政局, not 财政局 or 邮政局."""
    return end - start > 2 and d.text[end - 2 : end] in _JU_WORDS and d.word_at(end - 2) == (end - 2, end)
_LEGAL_ENDINGS = ("有限公司", "有限责任公司", "股份公司", "集团公司")
#: Adverbs LAC glues to a two-character name (李想|则). Not 才, a common last character of given names (杨国才).
_ADVERB_CHARS = frozenset("则也都就还又曾将便却亦")
_COMPANY_NOUNS = ("公司", "企业", "厂商", "集团", "独角兽", "运营商", "制造商", "供应商", "开发商")
#: Generic words in front of a product name: 旗舰手机小米14, 全新车型X.
_GENERIC_PRODUCT_WORDS = frozenset(
    {"旗舰", "新款", "全新", "新一代", "首款", "旗舰机", "新品", "手机", "车型", "新车", "品牌", "系列", "产品", "芯片", "平台"}
)
#: Regions that name a company's regional arm when glued to it (微软亚洲, 高盛亚洲).
_REGIONS = frozenset({"中国", "中国区", "美国", "亚洲", "亚太", "欧洲", "全球", "日本", "韩国", "印度", "香港", "北美", "大中华区"})
_BRAND_NOUNS = frozenset({"品牌", "新品牌", "子品牌", "系列", "新机", "车型", "新车", "产品", "新品"})
#: A model code: capitals (with a hyphen inside), then digits (TQ-3105, SK-411, YH-ADC7000, LM-7).
_MODEL_CODE = re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{1,4}(?:-[A-Z]{1,4})?-?[0-9]{1,5}[A-Za-z]?(?![A-Za-z0-9])")
#: A launch verb earlier in the phrase before a product noun (推出数字农业服务平台“X”).
_LAUNCH_VERB_BEFORE = re.compile(r"(?:推出|发布|上线|打造|开发|研发)(?:了|的)?[^，,。；;“”]{0,12}$")
#: Nouns after a quoted label of people or firms: “专精特新”企业, “银发”用户.
_LABEL_BEFORE = re.compile(r"(?:企业|公司|客户|用户|人群|群体|行业|领域|市场|家庭|商户|机构)")
#: Drug targets and technical standards written like model codes.
_NOT_MODEL_CODES = frozenset({"PD-1", "PD-L1", "GLP-1", "IL-2", "IL-6", "IL-17", "IL-23", "CD19", "CD20", "CD38", "CD47", "B7-H3",
                              "COVID-19", "H1N1", "H7N9", "SARS-COV-2", "DDR4", "DDR5", "LPDDR5", "HBM2", "HBM3", "PCIE4",
                              "PCIE5", "C-V2X", "IPV6", "CAR-T", "FGFR2", "CLDN18", "TROP2", "EGFR-TKI"})
#: A drug's noun right before a code; a device's noun right after one.
_DRUG_BEFORE = re.compile(r"(?:药物|抑制剂|抗体|疫苗|新药|候选药|偶联物|管线)$")
_DEVICE_AFTER = re.compile(r"(?:芯片|系列|处理器|传感器|模组|控制器|激光器)")
#: Nouns right after a quoted name that make it a product's, however LAC cut them.
_WORDS_AFTER_A_PRODUCTS_NAME = ("大模型", "系列", "芯片", "平台", "操作系统", "手机", "品牌", "App", "APP")
#: A short description, then a noun only a product takes, after a quoted name: “X”端侧大模型, “X”行业大模型, “X”智驾芯片.
_SHORT_KIND_THEN_NOUN = re.compile(r"[^\x00-\x7f是为的个一了将在与和及或等，,。；;：:“”「」（）()]{1,4}?(?:大模型|芯片|操作系统)")
_NAME_TAGS = PROPER_TAGS | frozenset({"n", "an", "vn", "x", "m"})
#: Legislatures and cabinets: after a place they name its body (斯里兰卡议会), alone the country's (内阁).
_LEGISLATURES = frozenset({"议会", "国会", "参议院", "众议院", "内阁"})
#: Public bodies named by a country or city before a common noun (斯里兰卡议会, 英国警方, 济南交警).
_PUBLIC_BODY_WORDS = _LEGISLATURES | frozenset({"警方", "交警", "海关", "军方", "代表团", "使馆",
                                "大使馆", "领事馆", "总领事馆"})
#: Words that make a place name a team's name: 日本 + 女队, 巴西 + 国家队.
_TEAM_WORDS = frozenset({"队", "女队", "男队", "球队", "国家队", "代表队", "青年队", "国奥队", "男篮", "女篮", "男足", "女足", "男排", "女排"})
#: One-character short names of countries, as in 美军, 中方, 访华.
_COUNTRY_CHARS = frozenset("中华美英法德俄日韩朝苏意西葡荷比奥瑞挪丹芬波捷匈罗保希土伊以埃印巴越泰菲缅老柬澳加墨古")


def type_by_suffix(name: str, lex: Lexicons) -> str | None:
    """Company or Organization from the name's ending, or ``None``.

    The longer ending decides (``信用卡中心`` is a company's, ``中心`` an
    organisation's); on a tie the organisation's.
    """
    if _PUBLIC_BANK.search(name):
        return "Organization"  # 中国人民银行, 央行: a bank that is a public body
    org = lex.suffix(name[1:], "org")  # the suffix must leave a name in front of it
    company = lex.suffix(name[1:], "company")
    if org and len(org) >= len(company or ""):
        return "Organization"
    return "Company" if company else None


#: A family name (or two characters) and a form of address or a title: 张教授, 王主任, 方总, 胡老; not a name.
_NOT_A_NAME = re.compile(
    r"^.{1,2}(某某?|先生|女士|小姐|太太|夫人|老师|师傅|同学|阿姨|大爷|教授|博士|医生|院士|律师|记者|老板|经理|主任"
    r"|书记|局长|处长|科长|部长|厂长|市长|县长|省长|校长|社长|总裁|董事长|主席|指导"
    r"|外长|议长|总统|总理|首相|大使|将军|大娘|大妈|大叔|大婶|大哥|大姐|奶奶|爷爷|老汉|老太)$"
    r"|^.[总老妻副工导队]$"  # one character, a family name, before these: 方总, 胡老 (李立工 is a name)
    r"|^.家门?$|^.+族$"  # 刘家, 阮家门: a family; 阿昌族: a people
)


def _valid_person(text: str) -> bool:
    t = text.strip()
    if t != text or len(t) < 2 or _NOT_A_NAME.match(t):
        return False
    if all(is_cjk(c) or c in "·•・‧-—－‐–" for c in t):
        parts = re.split(r"[·•・‧\-—－‐–]", t)
        if len(parts) > 1:  # a foreign name in parts: 芭芭拉·X, 尼克-X
            return len(parts) <= 4 and all(1 <= len(p) <= 6 for p in parts)
        # (a long transliteration: 亚斯特任布斯基; not 大亨德劳伦蒂斯, a word and a name)
        return len(t) <= 6 or (len(t) <= 8 and _transliterated(t) and t[0] in _TRANSLIT and t[-1] in _TRANSLIT)
    # Ben Bell, or BenBell where the spaces were lost
    return bool(re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z.]+(?:-[a-z]+)?){0,3}|[A-Z][a-z]+(?:[A-Z][a-z]+){1,3}", t))  # (Park Ji-hoon)


#: Characters of transliterated foreign names (阿, 巴, 尔, 斯, 克…).
_TRANSLIT = frozenset(
    "阿埃艾安奥巴拜班邦贝本比彼毕波伯博布查达戴丹道德迪蒂杜多厄恩法菲费芬丰弗福盖甘冈戈格古哈海汉豪赫亨胡霍基吉加贾杰"
    "金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷里利莉林琳卢鲁路伦罗洛马玛迈麦曼梅蒙米敏莫默姆穆纳奈南内尼妮诺欧帕潘"
    "佩皮普奇齐乔切琼丘萨塞桑森沙尚舍施什斯松苏索塔泰坦汤特提图托瓦万威韦维温沃乌西希谢辛休雅亚扬耶伊因尤约泽扎詹朱"
    "卓兹茨尔芭娅丝黛薇蕾琪露茜夫列涅捷瑟"
)


#: Characters that end organisations' names, not people's (解放军, 国民党).
_ORG_END_CHARS = frozenset("军队部局委会院所司行社团党厂处署办馆站")
#: What people do after their names (an organisation's name LAC gave a person: 金大中访美).
_PERSON_ACTS = re.compile(r"(?:先生|女士|同志|访[华美日英法德俄韩朝]|会见|会晤|出访|此行|夫妇)")
#: Words after a name that make it a person's: speech verbs (after an adverb: 还表示) and forms of address.
_PERSON_CONTEXT = re.compile(
    r"(?:(?:还|也|则|又|就|曾|已|再次|同时|随即|后来)?(?:说|表示|指出|认为|介绍|告诉|透露|强调)|先生|女士|同志|老师|教授|等人)"
)


#: A head of state's or government's title right after a name: the name is a person's (X首相),
#: where a firm's officer's title (X创始人) may follow a firm's.
_STATE_TITLE_AFTER = re.compile(r"(?:首相|总理|总统|外长|议长|国王|女王|亲王)")
#: A state's office right before a name (总统|X, 内政部长|X, 参议员|X): the name is a person's.
_STATE_TITLE_BEFORE = re.compile(r"(?:首相|总理|总统|外长|议长|国王|女王|亲王|部长|大使|参议员|众议员|议员|总督|州长|市长|省长)$")


#: Second characters of 周 words of time (周一, 周末, 周中, 周度, 周客|胜 of the odds).
_WEEK_WORD_ENDS = frozenset("一二三四五六日天末中初度内年岁期报刊赛客")


def _person_shaped(name: str, lex: Lexicons) -> bool:
    """A two-character Chinese "person" from LAC is kept when a family name leads it
    (or follows 老/小: 老王, 小李) or when it reads as a transliteration (both characters
    are transliteration characters); other two-character words (周中, 小胜) are not names."""
    if len(name) != 2 or not all(is_cjk(c) for c in name):
        return True
    if name[0] == "周" and name[1] in _WEEK_WORD_ENDS:
        return False  # 周中, 周末, 周初: a time of the week, not 周's name
    if name[0] in lex.surnames or (name[0] in "老小阿" and name[1] in lex.surnames):
        return True
    return name[0] in _TRANSLIT and name[1] in _TRANSLIT


#: Digits, punctuation and symbols only.
_NO_LETTERS = re.compile(r"[\d\W_]+")


def _valid_name(text: str) -> bool:
    t = text.strip()
    if t != text or len(t) < 2 or len(t) > 30:
        return len(t) == 1 and False
    if _NO_LETTERS.fullmatch(t):
        return False
    if not _brackets_balance(t):
        return False  # 香港）有限公司: a piece of 星海银行（香港）有限公司
    if _EDITION_ONLY.fullmatch(t):
        return False  # Pro版本, 标准版: an edition of something, not a name
    return not any(c in "\n\t，。；：！？,;!?“”\"" for c in t)


#: An edition's word alone: Pro版本, Max版, 标准版, 青春版.
_EDITION_ONLY = re.compile(r"(?:Pro|Max|Plus|Ultra|Lite|SE|Mini|mini|Air|Turbo|标准|高配|低配|青春|尊享|旗舰|海外|国际)?\s*(?:版本|版)")


def _brackets_balance(text: str) -> bool:
    depth = 0
    for c in text:
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _conjunctions_untagged(toks: Sequence[Tok]) -> list[Tok]:
    """The words, with a lone conjunction LAC tagged as a name (有限公司|和(ORG)|锐图国际…) tagged c."""
    return [Tok(t.start, t.end, t.text, "c") if t.tag in ("ORG", "PER", "LOC") and t.text in ("和", "与", "及", "或") else t
            for t in toks]


#: "vs" between two sides of a match, glued to a Chinese name or a number (桑普vs, 沙尔克04vs曼城).
_VERSUS = re.compile(r"(?<=[\u4e00-\u9fff\d])(?:vs|VS|Vs)(?=[\u4e00-\u9fff]|$)")


@functools.lru_cache(maxsize=256)
def _sibling_with_ending(suffix: str) -> re.Pattern[str]:
    """A listed sibling that ends like a unit or body: 、|和… then a short name and ``suffix``."""
    return re.compile(r"(?:、|和|及|与|以及)([\u4e00-\u9fff]{1,8}?)" + re.escape(suffix))


def _ren_glued_names(text: str, toks: Sequence[Tok], lex: Lexicons) -> list[Tok]:
    """The words, with one LAC read as a name that holds a person's name, the post verb 任 and a firm's name
    before a title (王岚任岫川科技(PER)|副总经理) cut in three: the person, 任 and the firm."""
    if "任" not in text:
        return list(toks)
    out: list[Tok] = []
    for t in toks:
        k = t.text.find("任")
        firm = t.text[k + 1 :]
        if t.tag in ("PER", "ORG") and k in (2, 3) and t.text[0] in lex.surnames and all(is_cjk(c) for c in t.text) \
                and len(firm) >= 4 and lex.suffix(firm, "company") is not None and _TITLE_WORD_START.match(text, t.end) \
                and _word_tag(t.text[: k + 2]) is None and _word_tag(t.text[1 : k + 1]) is None:
            # (not a name with 任 inside, 任澜, nor a word: 主任, 责任, 信任)
            s0 = t.start
            out += [Tok(s0, s0 + k, t.text[:k], "PER"), Tok(s0 + k, s0 + k + 1, "任", "v"), Tok(s0 + k + 1, t.end, firm, "ORG")]
        else:
            out.append(t)
    return out


def _known_names_before_ren(text: str, toks: Sequence[Tok], lex: Lexicons) -> list[Tok]:
    """The words, with a person's name that LAC found elsewhere in the text cut out where it runs into
    the post verb 任 before a title or the firm's word: 符知(v)|远任(a)|公司 and 柯立恒任公司(ORG) become
    符知远|任|公司 when 符知远 is a name (PER) elsewhere."""
    names = {t.text for t in toks if t.tag == "PER" and 2 <= len(t.text) <= 4 and t.text[0] in lex.surnames
             and all(is_cjk(c) for c in t.text)}
    if not names or "任" not in text:
        return list(toks)
    starts = {t.start for t in toks}
    ends = {t.end for t in toks}
    cuts: set[int] = set()  # where LAC's words are cut
    spans: list[tuple[int, int]] = []  # the names, each followed by its 任
    for name in names:
        k = text.find(name + "任")
        while k >= 0:  # (str.find, not a pattern per name: those would crowd the re module's cache)
            a, b = k, k + len(name)
            k = text.find(name + "任", k + 1)
            if (a in starts and b in ends and b + 1 in ends) or not (
                    _TITLE_WORD_START.match(text, b + 1) or text.startswith(("公司", "集团"), b + 1)):
                continue  # (LAC's words already part the name and 任; 任务, 任何: no post)
            if a > 0 and is_cjk(text[a - 1]) and a not in ends and text[a - 1] not in FUNCTION_CHARS:
                continue  # (the name runs on from a word before it)
            spans.append((a, b))
            cuts |= {a, b, b + 1}
    if not spans:
        return list(toks)
    out: list[Tok] = []
    for t in toks:
        inner = sorted(k for k in cuts if t.start < k < t.end)
        for x, y in zip([t.start, *inner], [*inner, t.end]):
            if any(a <= x and y <= b for a, b in spans):  # a piece of a name
                if out and out[-1].tag == "PER" and out[-1].end == x and any(a <= out[-1].start and y <= b for a, b in spans):
                    out[-1] = Tok(out[-1].start, y, text[out[-1].start : y], "PER")
                else:
                    out.append(Tok(x, y, text[x:y], "PER"))
            elif y == x + 1 and any(x == b for _, b in spans):
                out.append(Tok(x, y, "任", "v"))
            else:
                piece = text[x:y]
                out.append(Tok(x, y, piece, t.tag if (x, y) == (t.start, t.end) else (
                    "n" if piece.startswith(("公司", "集团")) or _word_tag(piece) else t.tag)))
    return out


def _post_verbs_rejoined(toks: Sequence[Tok]) -> list[Tok]:
    """The words, with a post verb that LAC split into a person's name made whole: 出|任云(PER)|与 ->
    出任|云, and 李文任(PER)|董事长 -> 李文|任 (任 before a title is the verb, not the end of a name)."""
    out: list[Tok] = []
    for i, t in enumerate(toks):
        p = out[-1] if out else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.tag == "PER" and t.text[:1] == "任" and len(t.text) >= 2 and p is not None and p.end == t.start \
                and p.text in ("出", "担", "兼", "接", "转", "升", "继", "现", "改", "调") and p.tag.startswith("v"):
            out[-1] = Tok(p.start, t.start + 1, p.text + "任", "v")
            out.append(Tok(t.start + 1, t.end, t.text[1:], "n"))
            continue
        if t.tag == "PER" and len(t.text) == 3 and t.text.endswith("任") and all(is_cjk(c) for c in t.text) \
                and nxt is not None and nxt.start == t.end and ((nxt.tag == "n" and _TITLE_WORD_START.match(nxt.text))
                                                                or nxt.tag == "ORG"):  # (李文任(PER)|澜衡控股党委(ORG))
            out += [Tok(t.start, t.end - 1, t.text[:-1], "PER"), Tok(t.end - 1, t.end, "任", "v")]
            continue
        if t.text[:1] == "任" and p is not None and p.tag == "PER" and p.end == t.start and (
                t.tag == "ORG" or (len(t.text) >= 3 and t.tag in ("n", "nz", "v") and _word_tag(t.text[:2]) is None)):
            # 王海|任澜衡(ORG)|控股, 李文|任(ORG)|澜衡控股党委, 甲|任筑岳(n)|控股: after a person, 任 is the post
            # verb (not 任务, 任期: words of their own), and a name follows it
            out.append(Tok(t.start, t.start + 1, "任", "v"))
            if len(t.text) > 1:
                out.append(Tok(t.start + 1, t.end, t.text[1:], "ORG"))
            continue
        if t.tag == "v" and p is not None and p.text in ("任", "出任", "担任", "兼任") and p.end == t.start and len(t.text) >= 4 \
                and _FIRM_WORD_INSIDE.search(t.text, 2):
            out.append(Tok(t.start, t.end, t.text, "ORG"))  # 任|澜衡控股党委(v): a firm's body after a post verb
            continue
        out.append(t)
    return out


#: One-character adverbs that follow a person's name (王刚仍持有…, 李文也表示…), read by LAC as words of their own.
_ADVERBS_AFTER_NAMES = frozenset("仍也还又都就已将再却亦")
#: A firm's word inside a word LAC read as a verb after a post verb (澜衡控股党委).
_FIRM_WORD_INSIDE = re.compile(r"控股|集团|公司|科技|股份|银行|证券")
#: Words that open a post's title (董事长, 总裁, 首席…, 副…, CEO).
_TITLE_WORD_START = re.compile(r"董事|总裁|总经理|首席|副|CEO|CFO|CTO|COO|行长|主席|秘书长|执行|合伙人|经理|主任|院长|理事长|会长|负责人")


def _versus_split(toks: Sequence[Tok]) -> list[Tok]:
    """The words, with a "vs" that LAC glued to a side of a match a word of its own (阿森纳vs|迪纳摩)."""
    out: list[Tok] = []
    for t in toks:
        m = _VERSUS.search(t.text)
        if m is None or not any(is_cjk(c) for c in t.text):
            out.append(t)
            continue
        parts = [(0, m.start(), t.tag), (m.start(), m.end(), "c"), (m.end(), len(t.text), t.tag)]
        out += [Tok(t.start + a, t.start + b, t.text[a:b], tag) for a, b, tag in parts if b > a]
    return out


def _datelines_untagged(toks: Sequence[Tok]) -> list[Tok]:
    """The words, with a news dateline's 电 or 讯 (新华社北京5月7日电, 本报讯, 云途科技讯␣) tagged as part of its date.

    LAC tags that 电 ORG or n, and it would glue onto the organisation that
    opens the story (电|国务院, 本报讯|黑龙江省委).
    """
    out: list[Tok] = []
    for i, t in enumerate(toks):  # 云途科技讯|␣: the outlet's name, then its 讯
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.tag == "ORG" and len(t.text) >= 4 and t.text.endswith("讯") and (nxt is None or not nxt.text.strip()) \
                and (i == 0 or "\n" in toks[i - 1].text) and not t.text.endswith(("通讯", "资讯")):
            out += [Tok(t.start, t.end - 1, t.text[:-1], "ORG"), Tok(t.end - 1, t.end, "讯", "TIME")]
        else:
            out.append(t)
    for i in range(len(out)):
        t = out[i]
        p = out[i - 1] if i else None
        after_date = p is not None and p.tag == "TIME" and p.end == t.start and p.text.endswith("日")
        if (t.text in ("电", "讯") and after_date) or t.text == "本报讯":
            out[i] = Tok(t.start, t.end, t.text, "TIME")
        if t.text in ("电", "讯") and after_date and i >= 2:
            city = out[i - 2]  # 本报|巴黎(ORG)|5月25日|电: the dateline's city
            before = out[i - 3] if i >= 3 else None
            if city.tag in ("ORG", "PER") and city.end == p.start and (before is None or before.text in ("本报", "本刊")
                                                                       or before.tag == "ORG"):
                out[i - 2] = Tok(city.start, city.end, city.text, "LOC")
    return out


def _split_at_kinds(text: str, toks: Sequence[Tok], words: tuple[Sequence[int], Sequence[int]] | None,
                    lex: Lexicons) -> list[Tok]:
    """The words, cut where a kind of firm ends and a name begins inside one LAC word.

    LAC reads 芯片企业芯跃智能 as 芯片|企业芯跃(ORG)|智能 and 地图服务商途灵科技 as
    地图服务|商途灵科技(ORG). Where jieba's words show a kind of firm (企业,
    服务商, 电商…) after an ordinary word and before a word the dictionary lacks, the
    kind becomes a word of its own (tagged n) and the rest keep LAC's tags.
    The name may also be made of dictionary words when LAC's organisation
    word goes on after the kind to a company's ending (深圳机器人公司|星火动力).
    """
    if not words or not words[0]:
        return list(toks)
    starts, ends = words
    tok_starts = [t.start for t in toks]

    def owner_of(pos: int) -> Tok | None:  # the LAC word that strictly contains ``pos``
        k = bisect.bisect_right(tok_starts, pos) - 1
        return toks[k] if k >= 0 and toks[k].start < pos < toks[k].end else None

    lac_at = {t.start: t for t in toks}
    cuts: list[tuple[int, int]] = []
    for n, (ws, we) in enumerate(zip(starts, ends)):
        if n == 0 or n + 1 >= len(starts) or (text[ws:we] not in _KIND_END and text[ws:we] not in ("品牌", "电商")):
            continue
        prev, nxt = text[starts[n - 1] : ends[n - 1]], text[starts[n + 1] : ends[n + 1]]
        if ends[n - 1] != ws or starts[n + 1] != we or (_word_tag(prev) not in _ORDINARY_TAGS and prev.upper() not in _TECH_TERMS):
            continue  # 星海企业管理: 星海 is a name, and 企业 part of it (SaaS公司, AI企业: kinds)
        if text.startswith(("事业群", "事业部", "业务", "部门", "板块", "中心"), we):
            continue  # 海外电商|事业群: a unit's name, the trade and the unit's word, not a kind before a name
        owner = owner_of(ws)
        if owner is not None:
            m = n - 1  # the jieba words of the LAC word before the kind
            while m >= 0 and starts[m] >= owner.start:
                if _word_tag(text[starts[m] : ends[m]]) not in _ORDINARY_TAGS | {"ns"} \
                        and text[starts[m] : ends[m]].upper() not in _TECH_TERMS:
                    break
                m -= 1
            if m >= 0 and starts[m] >= owner.start:
                continue  # 云帆商务公司(ORG): a name leads the LAC word, the kind is part of it
        after = lac_at.get(we)
        if after is not None and after.tag not in ("ORG", "PER", "LOC", "nz", "nw", "n", "x"):
            continue  # 商务公司|仅(d): no name follows
        if n >= 2 and ends[n - 2] == starts[n - 1] and LATIN_RE.fullmatch(text[starts[n - 2] : ends[n - 2]]):
            continue  # Brevik游戏公司Nebula: the kind belongs to the name before it
        word = owner or lac_at.get(ws)  # (the LAC word may start with the kind: 品牌星澜科技(ORG))
        named_rest = word is not None and word.tag == "ORG" and _named_firm_rest(text[we : word.end], lex)
        if text[ws:we] == "品牌" and not named_rest:
            continue  # 旗下品牌|Nova: a brand is a product's name; 手机品牌|星澜科技 a firm's
        # (餐饮SaaS公司峤云(ORG)|软件: jieba cuts the coined name into characters, LAC reads them as an organisation's)
        coined = (len(nxt) == 1 and word is not None and word.tag == "ORG" and word.end > we + 1
                  and all(is_cjk(c) for c in text[we : word.end]))
        if not (LATIN_RE.fullmatch(nxt) or (all(is_cjk(c) for c in nxt) and _word_tag(nxt) is None) or named_rest or coined):
            continue  # 软件企业|联合发布: no name follows
        cuts.append((ws, we))
    if not cuts:
        return list(toks)
    points = {p for c in cuts for p in c}
    before_kind: dict[int, int] = {}  # LAC word start -> where the kind inside it starts
    for ws, _ in cuts:
        owner = owner_of(ws)
        if owner is not None:  # 德国人工智能|公司: jieba's words of the LAC word before the kind
            before_kind[owner.start] = ws
            k = bisect.bisect_right(starts, owner.start)
            while k < len(starts) and starts[k] < ws:
                points.add(starts[k])
                k += 1
    cut_at = sorted(cuts)
    pts = sorted(points)
    out: list[Tok] = []
    for t in toks:
        inner = pts[bisect.bisect_right(pts, t.start) : bisect.bisect_left(pts, t.end)]
        for a, b in zip([t.start, *inner], [*inner, t.end]):
            k = bisect.bisect_right(cut_at, (a, len(text) + 1)) - 1
            kind = k >= 0 and cut_at[k][0] <= a and b <= cut_at[k][1]
            before = not kind and t.start in before_kind and b <= before_kind[t.start]
            tag = "n" if kind else ("LOC" if _word_tag(text[a:b]) == "ns" else "n") if before else t.tag
            if kind and out and out[-1].tag == "n" and out[-1].start >= cut_at[k][0]:
                out[-1] = Tok(out[-1].start, b, text[out[-1].start : b], "n")  # 服务|商: one kind word
            else:
                out.append(Tok(a, b, text[a:b], tag))
    return out


#: A country, a Latin name and 公司 in one organisation word: 德国Norvix公司.
_PLACE_LATIN_FIRM = re.compile(r"([\u4e00-\u9fff]{2,4})?([A-Za-z][A-Za-z0-9&.\- ]*[A-Za-z0-9])(公司|集团)")


def _latin_firm_core(text: str) -> str | None:
    """The Latin name of ``德国Norvix公司`` or ``Norvix公司``: the firm's own name, or None."""
    m = _PLACE_LATIN_FIRM.fullmatch(text)
    if m is None or (m.group(1) and _word_tag(m.group(1)) != "ns"):
        return None
    return m.group(2)


def _place_latin_firm(c: Cand) -> list[Cand]:
    """``德国Norvix公司`` (one LAC word): a Company named Norvix; the mention keeps the words around the name."""
    core = _latin_firm_core(c.text) if c.type in ("Company", "Organization") else None
    return [Cand(c.start, c.end, c.text, "Company", c.source, c.score, core)] if core else [c]


#: Adverbs that LAC glues after a firm's name into one organisation word (星海集团还|全资控股).
_GLUED_ADVERBS = frozenset("还也已将又并再均都亦则仍")


#: Verbs of doing something together that LAC glues to a partner's name after a firm's (X集团|联合Y科技).
_JOINS_WITH = ("联合", "携手", "联手")
#: Inside one organisation word of LAC's: a firm, an adverb, the verb of a stake, the firm held.
_CONTROLS_INSIDE = re.compile(r"(.{3,}?)(间接|直接|全资|还|也|已|将)?(控股|收购|入股|参股|增持)(.{4,})")
#: How a name goes on after 控股 when the word is part of it: 控股集团, 控股有限公司, 控股发展有限公司.
_NAME_GOES_ON = ("集团", "有限", "股份", "公司", "（", "(", "子公司", "股东", "发展", "实业", "投资", "管理", "国际", "香港",
                 "间接", "直接", "控股", "参股", "入股", "收购", "增持")


def _named_holding(rest: str, suf: str, lex: Lexicons) -> bool:
    """What follows 控股/收购 inside one LAC word is a firm's name: a core of its own before its
    ending (岚栖|电子), not a place or ordinary words (香港有限公司, 基金管理有限公司), and no legal
    form inside it (管理有限公司注册资本)."""
    core = strip_legal(rest[: -len(suf)] if rest.endswith(suf) else rest)
    if any(f in rest[:-len(suf)] for f in ("有限公司", "股份公司")):
        return False
    place = next((k for k in (3, 2) if _word_tag(core[:k]) == "ns"), 0)  # 杭州|岚栖银行: a place may open it
    own = core[place:]
    return len(own) >= 2 and _word_tag(own) != "ns" and not _ordinary_phrase(own)


def _partner_name(rest: str, lex: Lexicons) -> bool:
    """``rest`` (after 联合 inside a LAC word) is a partner's own name: a coined core and an ending
    (渭溪新区|管委会, 岚栖|科技), not 国… (联合国), an ending alone or ordinary words (投资|股份有限公司)."""
    suf = lex.suffix(rest)
    if suf is None or rest.startswith("国"):
        return False
    core = rest[: -len(suf)]
    return len(core) >= 2 and not _ordinary_phrase(core) and _word_tag(core) != "ns" and "公司" not in core


def _orgs_cut_at_adverbs(text: str, toks: Sequence[Tok], words: tuple[Sequence[int], Sequence[int]] | None,
                         lex: Lexicons) -> list[Tok]:
    """The words, with an organisation word cut where a company's name ends and an adverb
    that is a word of its own follows (星海集团|还|全资|控股, not 某集团再生资源公司: 再生 is a word;
    the rest takes jieba's words and tags), or where a name ends, a verb follows and another
    name fills the rest (某某总局|批准|星海半导体股份有限公司)."""
    if not words or not words[0]:
        return list(toks)
    starts, ends = words
    out: list[Tok] = []
    for t in toks:
        cut = None
        if t.tag == "ORG" and t.text.startswith(_JOINS_WITH) and _partner_name(t.text[2:], lex) and (
                (out and out[-1].tag == "ORG" and out[-1].end == t.start and lex.suffix(out[-1].text))
                or re.match(r"共同|一起|一道|发起|合作", text[t.end : t.end + 2])
                # (，联合X、Y…: a clause that opens with 联合 and a list of partners)
                or (text[t.end : t.end + 1] == "、" and re.search(r"(?:^|[，,；;]|将|并|还|又)$", text[:t.start]))):
            # 澄港集团(ORG)|联合岚栖科技(ORG), ，联合渭溪新区管委会(ORG)共同…: 联合 and a partner's name, LAC's one
            # word (not 联合国…, 联合|资信评估有限公司, 钢铁联合有限公司: names that hold 联合)
            out += [Tok(t.start, t.start + 2, t.text[:2], "v"), Tok(t.start + 2, t.end, t.text[2:], "ORG")]
            continue
        m = _DEAL_VERB_INSIDE.search(t.text, 3) if t.tag == "ORG" else None
        rest = t.text[m.end() :] if m is not None else ""
        if m is not None and lex.suffix(t.text[: m.start()], "company") \
                and len(lex.suffix(t.text[: m.start()], "company")) < m.start() \
                and len(rest) <= len(lex.suffix(rest) or rest) + 1 and not rest.endswith(_LEGAL_FORMS):
            # (not 澜舟资本收购基金管理有限公司, 岚汐集团持股有限公司: a legal name that holds the verb)
            # 昆岭创投持有公司(ORG)|股份: the holder, its verb, then the words it holds
            out += [Tok(t.start, t.start + m.start(), t.text[: m.start()], "ORG"),
                    Tok(t.start + m.start(), t.start + m.end(), m.group(), "v")]
            if m.end() < len(t.text):
                out.append(Tok(t.start + m.end(), t.end, t.text[m.end() :], "n"))
            continue
        k = next((k for w in _JOINS_WITH if (k := t.text.find(w, 2)) > 0), -1) if t.tag == "ORG" else -1
        if k >= 2 and _partner_name(t.text[k + 2 :], lex) and lex.suffix(t.text[:k]) and len(lex.suffix(t.text[:k])) < k:
            # 霁峤产投联合渭溪新区管委会(ORG): a firm, 联合, its partner (LAC's one word)
            out += [Tok(t.start, t.start + k, t.text[:k], "ORG"), Tok(t.start + k, t.start + k + 2, t.text[k : k + 2], "v"),
                    Tok(t.start + k + 2, t.end, t.text[k + 2 :], "ORG")]
            continue
        d = _CONTROLS_INSIDE.match(t.text) if t.tag == "ORG" and len(t.text) >= 8 else None
        if d and (suf := lex.suffix(d.group(1), "company")) and len(suf) < len(d.group(1)) \
                and (suf4 := lex.suffix(d.group(4), "company")) and not d.group(4).startswith(_NAME_GOES_ON) \
                and _named_holding(d.group(4), suf4, lex):
            # 澄港科技|间接|控股|岚栖电子(ORG): a firm, the verb of its stake, the firm it holds (LAC's one word;
            # not 澄港科技控股集团, 星海控股有限公司: names that hold 控股)
            k1, k2 = t.start + d.end(1), t.start + d.end(2)
            out += [Tok(t.start, k1, d.group(1), "ORG")] + ([Tok(k1, k2, d.group(2), "d")] if k2 > k1 else []) \
                + [Tok(k2, t.start + d.end(3), d.group(3), "v"), Tok(t.start + d.start(4), t.end, d.group(4), "ORG")]
            continue
        if t.tag == "ORG" and len(t.text) >= 5:
            for k in range(3, len(t.text) - 1):
                if t.text[k] in "系是" and len(t.text) - k > 4 and lex.suffix(t.text[:k], "company") \
                        and len(lex.suffix(t.text[:k], "company")) < k and lex.suffix(t.text[k + 1 :]) \
                        and not is_common_word(t.text[k : k + 2]):  # (航空|系统|司令部: a word, not the copula)
                    # 星海科技|系|北辰集团: a firm, the copula, its controller (LAC's one word)
                    out += [Tok(t.start, t.start + k, t.text[:k], "ORG"), Tok(t.start + k, t.start + k + 1, t.text[k], "v"),
                            Tok(t.start + k + 1, t.end, t.text[k + 1 :], "ORG")]
                    cut = -1
                    break
                if t.text[k] in _GLUED_ADVERBS:
                    suf = lex.suffix(t.text[:k], "company")
                    if suf and k > len(suf):
                        i = bisect.bisect_left(starts, t.start + k)
                        if i < len(starts) and starts[i] == t.start + k and ends[i] == t.start + k + 1:
                            cut = t.start + k
                        break
                elif k >= 4 and lex.suffix(t.text[:k], "org") and _verb_between_names(text, t, k, starts, ends, lex):
                    # 某某总局|批准|星海半导体股份有限公司: a body, its act, another name
                    i = bisect.bisect_left(starts, t.start + k)
                    out += [Tok(t.start, t.start + k, t.text[:k], "ORG"), Tok(starts[i], ends[i], text[starts[i] : ends[i]], "v"),
                            Tok(ends[i], t.end, text[ends[i] : t.end], "ORG")]
                    cut = -1
                    break
        if cut == -1:
            continue  # cut at a verb, above
        if cut is None:
            out.append(t)
            continue
        out.append(Tok(t.start, cut, text[t.start : cut], "ORG"))
        i = bisect.bisect_left(starts, cut)
        pos = cut
        while pos < t.end:
            end = ends[i] if i < len(starts) and starts[i] == pos and ends[i] <= t.end else t.end
            word = text[pos:end]
            out.append(Tok(pos, end, word, "d" if pos == cut else (_word_tag(word) or "v")))
            pos, i = end, i + 1
    return out


def _two_names_apart(toks: Sequence[Tok], lex: Lexicons) -> list[Tok]:
    """The words, with an organisation word that holds two names and the conjunction between them
    cut in three (岚岫计算中心和具身机器人实验室(ORG) -> 岚岫计算中心|和|具身机器人实验室)."""
    out: list[Tok] = []
    for t in toks:
        k = _between_two_names(t.text, lex) if t.tag == "ORG" and len(t.text) >= 9 else None
        if k is None:
            out.append(t)
            continue
        out += [Tok(t.start, t.start + k, t.text[:k], "ORG"), Tok(t.start + k, t.start + k + 1, t.text[k], "c"),
                Tok(t.start + k + 1, t.end, t.text[k + 1 :], "ORG")]
    return out


def _between_two_names(word: str, lex: Lexicons) -> int | None:
    """Where ``和``/``与``/``及`` joins two names inside one organisation word: each side at least
    four characters, ending in a suffix after a core of two or more, the first side a body's
    ending or a firm's legal one (not 发展和改革委员会, 工业和信息化部: no ending of its own; nor
    岫川大学机械与材料学院: a trade word, 机械, ends a firm's name but not a body's), or
    both sides firms' names (峤石科技与澜川集团: a trade word before a firm's ending is a firm's)."""
    for k, c in enumerate(word):
        if c in "和与及" and 4 <= k <= len(word) - 5 and _word_tag(word[k : k + 2]) is None:  # (大学|和平|研究中心: a word)
            left, right = word[:k], word[k + 1 :]
            suf_l = lex.suffix(left, "org") or next((x for x in ("公司", "集团") if left.endswith(x)), None)
            if suf_l is None and lex.suffix(right, "company") and lex.suffix(right, "org") is None \
                    and _coined_core(right, lex):
                suf_l = lex.suffix(left, "company")
            suf_r = lex.suffix(right)
            if suf_l and suf_r and len(left) - len(suf_l) >= 2 and len(right) - len(suf_r) >= 2 \
                    and len(suf_l) >= 2 and len(suf_r) >= 2:
                return k
    return None


def _coined_core(name: str, lex: Lexicons) -> bool:
    """What is left of a firm's name without its endings is a coined name, no word of jieba's
    (岫光|集团; not 通信|技术有限公司, 文化|产业集团, 零部件|有限公司: a trade's words, part of one name)."""
    core = name
    while (suf := lex.suffix(core, "company")) and len(core) > len(suf):
        core = core[: -len(suf)]
    return len(core) >= 2 and _word_tag(core) is None and not (len(core) >= 4 and _word_tag(core[:2]) and _word_tag(core[2:]))


def _verb_between_names(text: str, t: Tok, k: int, starts: Sequence[int], ends: Sequence[int], lex: Lexicons) -> bool:
    """Inside the organisation word ``t``, a name ends at ``k`` and jieba's next word is a verb
    of two or more characters, after which another name runs to the word's end, ending in a
    suffix with a name before it (not X集团|控股|有限公司, where 控股 is part of the name)."""
    i = bisect.bisect_left(starts, t.start + k)
    if i >= len(starts) or starts[i] != t.start + k or ends[i] - starts[i] < 2 or ends[i] >= t.end:
        return False
    if _word_tag(text[starts[i] : ends[i]]) != "v":
        return False
    rest = text[ends[i] : t.end]
    suf = lex.suffix(rest)
    head = rest[: len(rest) - len(suf)] if suf else ""
    return len(head) >= 2 and lex.suffix(head) != head


def _named_firm_rest(rest: str, lex: Lexicons) -> bool:
    """What follows a kind of firm inside one LAC organisation word is a firm's name:
    Chinese, not one dictionary word, and ending in a company's ending (星火动力)."""
    return (len(rest) >= 4 and all(is_cjk(c) for c in rest) and _word_tag(rest) is None
            and any(rest.endswith(x) and len(rest) > len(x) + 1 for x in lex.company_suffixes))


_NAME_DOTS = frozenset("·•・‧．")
#: A hyphenated given name in Latin letters (Ji-hoon, Seo-yeon).
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+(?![A-Za-z])")
_LATIN_NAME_PART = re.compile(r"[A-Z][a-z]+")
#: Dashes that join the parts of a foreign name in some styles (尼克-巴拉斯特).
_NAME_DASHES = frozenset({"-", "—", "－", "‐", "–"})


#: One-character verbs that follow a person's name: 说, 是, 称, 笑, 问.
_ACTS_AFTER_A_NAME = frozenset("说是称笑问答道讲想看")


def _names_ending_in_zhi(text: str, toks: Sequence[Tok], lex: Lexicons) -> set[str]:
    """Given names ending in 之 that LAC read as the particle: 祁川(PER)|之(u)|拿起, 杭敏(PER)|之(u)|此前
    (a family name and one character, then 之 and an act, an adverb or a time, not the noun of
    之's "of": 李强之子), when the document writes the name more than once and always with 之 (not
    王岚之辞职 beside 王岚). Once read so, the name is whole wherever the document writes it."""
    out = set()
    for k in range(1, len(toks) - 1):
        p, t, n = toks[k - 1], toks[k], toks[k + 1]
        if t.text == "之" and p.tag == "PER" and p.end == t.start and len(p.text) == 2 and p.text[0] in lex.surnames \
                and all(is_cjk(c) for c in p.text) and n.start == t.end \
                and (n.tag in ("v", "vd", "d", "TIME") or n.text in "，、：") and not n.text.startswith(("所", "一")):
            if not (len(n.text) == 1 and n.tag.startswith("v") and n.text not in _ACTS_AFTER_A_NAME):
                out.add(p.text + "之")  # (对成钢之|诉: the suit of 成钢; 祁川之|说: he said)
    # (王岚之辞职, 孙明之说: 之 can be "of" before a verb too; a name the document writes with 之 every time, and
    # more than once, is 之's)
    return {name for name in out if text.count(name) >= 2 and text.count(name) == text.count(name[:2])}


#: Words in 于 that follow a name as words of their own (张伟早于2014年, 王明生于1986年, 终于, 属于, 位于, 作于).
_NOT_NAME_ENDS_BEFORE_YU = frozenset("早晚先终属位用由对关基至等大小多少高低急忙善勇便在生死卒出成归始源毕见处作写建创立"
                                     "另欲称共随鉴迫胜负回留退葬聘献乐敢苦限忠来")


def _persons_rejoined(text: str, toks: Sequence[Tok], lex: Lexicons) -> list[Tok]:
    """The words, with a foreign name that LAC cut into glued person names made whole again
    (成|吉思汗, 里|贝里, 伯奇|费尔), but not two Chinese names written together (each
    led by a family name), nor a name after an alias cue whose end LAC took (又|名|兴哥);
    names in parts with a middle dot are one (亚当|·|桑德勒, 约翰|·沃尔什)."""
    out: list[Tok] = []
    skip_to = -1
    zhi_names = _names_ending_in_zhi(text, toks, lex) if "之" in text else set()
    for k, t in enumerate(toks):
        if t.start < skip_to:
            continue  # (a part of a name joined above)
        p = out[-1] if out else None
        q = out[-2] if len(out) >= 2 else None
        if (
            # 俞清(PER)|和(c)|担任: a given name ending in 和 that LAC read as "and"; nothing is joined to
            # the name, a verb or a preposition follows (许清和|因…辞去), not a second name or a noun
            t.text == "和" and p is not None and p.tag == "PER" and p.end == t.start and len(p.text) == 2
            and p.text[0] in lex.surnames and all(is_cjk(c) for c in p.text) and _and_ends_name(text, toks, k)
        ):
            out[-1] = Tok(p.start, t.end, p.text + t.text, "PER")
            continue
        if (
            # 卢澜(PER)|远于(v)|2014年: a given name's last character glued to the 于 before a time
            len(t.text) == 2 and t.text[1] == "于" and p is not None and p.tag == "PER" and p.end == t.start
            and len(p.text) == 2 and p.text[0] in lex.surnames and is_cjk(p.text[1]) and is_cjk(t.text[0])
            and t.text[0] not in _NOT_NAME_ENDS_BEFORE_YU and k + 1 < len(toks) and toks[k + 1].start == t.end
            and (toks[k + 1].tag == "TIME" or toks[k + 1].text[:1].isdigit())
            and not any(text[i + 2 : i + 3] != t.text[0] for i in _occurrences(text, p.text) if i != p.start)
            # (王澜 named alone elsewhere is a two-character name)
        ):
            out[-1] = Tok(p.start, t.start + 1, p.text + t.text[0], "PER")
            out.append(Tok(t.start + 1, t.end, "于", "p"))
            continue
        if t.text == "之" and p is not None and p.tag == "PER" and p.end == t.start and p.text + "之" in zhi_names:
            out[-1] = Tok(p.start, t.end, p.text + t.text, "PER")  # 祁川之: see _names_ending_in_zhi
            continue
        if (
            # Luca|␣|Bianchi: a Latin given name and family name that LAC found apart
            # (or one part read as a name and the other as a word: Allen(nz)|␣|Qiu(PER))
            p is not None and q is not None and "PER" in (t.tag, q.tag) and {t.tag, q.tag} <= {"PER", "nz", "n", "xc"}
            and p.text == " " and q.end == p.start and p.end == t.start and _LATIN_NAME_PART.fullmatch(q.text)
            and _LATIN_NAME_PART.fullmatch(t.text) and q.text not in _DESIGNATORS and t.text not in _DESIGNATORS
            and not text.startswith("-", t.end)  # (Park|␣|Ji|-|hoon: the hyphenated given name below)
        ):
            out[-2:] = [Tok(q.start, t.end, q.text + " " + t.text, "PER")]
            continue
        if (
            # Park(PER)|␣|Ji|-|hoon: a hyphenated given name after a Latin family name
            p is not None and q is not None and q.tag == "PER" and p.text == " " and q.end == p.start
            and _LATIN_NAME_PART.fullmatch(q.text) and (m := _HYPHENED_GIVEN.match(text, p.end)) is not None
            and t.start == p.end
        ):
            out[-2:] = [Tok(q.start, m.end(), text[q.start : m.end()], "PER")]
            skip_to = m.end()
            continue
        if (
            # David␣(PER)|Klein(PER), Marco␣(nz)|Bellini(PER): the space inside the first part's word
            p is not None and t.tag == "PER" and p.tag in ("PER", "nz") and p.end == t.start and p.text.endswith(" ")
            and _LATIN_NAME_PART.fullmatch(p.text[:-1]) and _LATIN_NAME_PART.fullmatch(t.text)
        ):
            out[-1] = Tok(p.start, t.end, p.text + t.text, "PER")
            continue
        if (
            # 亚当|·|桑德勒: two names LAC found with the middle dot between them
            p is not None and q is not None and t.tag == "PER" and q.tag == "PER" and p.text in _NAME_DOTS
            and q.end == p.start and p.end == t.start and all(is_cjk(c) for c in q.text + t.text)
        ):
            out[-2:] = [Tok(q.start, t.end, q.text + p.text + t.text, "PER")]
            continue
        if (
            # 尼克|-|巴拉斯特: a dash between two transliterated parts, one of them a name LAC found
            # and the other no place or organisation (巴伦-卡尔斯 is a fixture of two clubs, 李明-王刚 a pair)
            p is not None and q is not None and p.text in _NAME_DASHES and q.end == p.start and p.end == t.start
            and "PER" in (q.tag, t.tag) and q.tag not in ("ORG", "LOC") and t.tag not in ("ORG", "LOC")
            and all(is_cjk(c) for c in q.text + t.text) and _transliterated(q.text) and _transliterated(t.text)
        ):
            out[-2:] = [Tok(q.start, t.end, q.text + p.text + t.text, "PER")]
            continue
        if p is not None and p.tag == "PER" and p.end == t.start and (
            # 约翰|·沃尔什: LAC glued the dot to the second part
            (t.text[:1] in _NAME_DOTS and all(is_cjk(c) for c in p.text) and _transliterated(t.text[1:]))
            # 亚当·|桑德勒: or to the first
            or (t.tag == "PER" and p.text[-1:] in _NAME_DOTS and all(is_cjk(c) for c in p.text[:-1] + t.text))
        ):
            out[-1] = Tok(p.start, t.end, p.text + t.text, "PER")
            continue
        if p is not None and q is not None and p.tag == "PER" and len(p.text) == 1 and q.end == p.start \
                and (q.text + p.text).endswith(_KIND_END) and q.tag in ("n", "vn"):
            out[-2:] = [Tok(q.start, p.end, q.text + p.text, "n")]  # 服务|商(PER)|天衍云: the kind 服务商, then the name
            p, q = out[-1], (out[-2] if len(out) >= 2 else None)
        if (
            p is not None and t.tag == "PER" and p.tag == "PER" and p.end == t.start
            and not any(text.endswith(cue, 0, p.end) for cue in _ALIAS_CUES)
            and all(is_cjk(c) for c in p.text + t.text) and len(p.text) + len(t.text) <= 7
            and not (p.text[0] in lex.surnames and t.text[0] in lex.surnames and min(len(p.text), len(t.text)) >= 2)
        ):
            out[-1] = Tok(p.start, t.end, p.text + t.text, "PER")
        else:
            out.append(t)
    return out


#: The end of the clause after a name: 和 before it joins nothing when no 的 (of a second, described name) comes first.
_CLAUSE_REST = re.compile(r"[^，,。；;！!？?\n]*")


#: Words that describe people after "and" (周敏和|受邀|嘉宾, 王强和|在座|各位企业家): 和 joins them to the name before.
_PEOPLE_DESCRIBED = frozenset({"受邀", "在座", "与会", "参会", "随行", "特邀", "到场", "获奖", "入选", "相关"})


def _and_ends_name(text: str, toks: Sequence[Tok], k: int) -> bool:
    """``toks[k]`` is a 和 after a person's name: it is the name's last character when a verb, an
    adverb or a preposition follows at once (王树和|表示, 许清和|因, 俞清和|担任), and the clause names
    no second person, has no 的 and no word that describes people (柯立和|现任董事长周敏, 张伟和|加入公司的|李明,
    周敏和|受邀嘉宾 join two people)."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or nxt.start != toks[k].end or nxt.tag not in ("v", "vd", "p", "d") \
            or any(text.startswith(w, nxt.start) for w in _PEOPLE_DESCRIBED):
        return False
    rest = _CLAUSE_REST.match(text, nxt.start).end()
    return "的" not in text[nxt.start : rest] and not any(
        t.tag == "PER" for t in toks[k + 1 :] if t.start < rest)


#: A minister's or director's title whose first character ends the name of the body he heads (财政|部长).
_HEAD_OF_BODY = frozenset({"部长", "局长"})


#: Public bodies named by their kind alone (the country's, in context): 国会, 内阁, 国务院.
_STANDALONE_BODIES = _LEGISLATURES | frozenset({"国务院", "最高法院", "国民议会", "联邦议院", "联邦委员会"})


def _public_bodies(d: _Doc) -> list[Cand]:
    """``社民党对内阁决定表示反对``, ``向内政部提出质询``: a legislature, a cabinet or a ministry
    named alone is an Organization (not after a place's or body's name, which other layers join
    to it: 斯里兰卡议会)."""
    out = []
    for i, t in enumerate(d.toks):
        body = t.text in _STANDALONE_BODIES or (len(t.text) == 3 and t.text[-1] == "部" and t.tag in ("n", "nt", "ORG")
                                                  and _word_tag(t.text) == "nt")  # 内政部, 财政部 (not 销售部: a firm's)
        if not body or (i > 0 and d.toks[i - 1].end == t.start and d.toks[i - 1].tag in ("LOC", "ORG", "PER", "nz")):
            continue
        out.append(Cand(t.start, t.end, t.text, "Organization", "unit", 0.72))
    return out


def _ministries(d: _Doc) -> list[Cand]:
    """A place's ministry or bureau named in its head's title: ``美国财政部长`` → ``美国财政部``.

    The place, one or two ordinary nouns for the field (``财政``, ``农林``) and
    the title, written together; when the nouns already end in the body's
    word (``香港财经事务及库务局局长``), the body ends with them.
    """
    out = []
    toks = d.toks
    for i, t in enumerate(toks):
        if t.text not in _HEAD_OF_BODY or i < 2:
            continue
        j = i
        while j > 0 and i - j < 2 and toks[j - 1].tag == "n" and toks[j - 1].end == toks[j].start and is_cjk(toks[j - 1].text[0]):
            j -= 1
        if j == i or j == 0:
            continue
        place = toks[j - 1]
        if place.tag != "LOC" or place.end != toks[j].start:
            body = d.text[toks[j].start : t.start + 1]
            if _word_tag(body) == "nt" and len(body) == 3:  # 外交|部长 with no place: the country's 外交部
                out.append(Cand(toks[j].start, t.start + 1, body, "Organization", "unit", 0.75))
            continue
        # 香港|财经事务及库务局|局长: the field word may already name the body
        end = t.start if toks[i - 1].text.endswith(t.text[0]) else t.start + 1
        out.append(Cand(place.start, end, d.text[place.start : end], "Organization", "unit", 0.8))
    return out




def _coined_after_kind(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """A coined name and a company word right after a kind of firm, where LAC's words found no
    name or a piece of one (开发商码途科技(nz), 开发商栈渡科技(v), 开发商码(nz)|岑科技(ORG)).

    The name's own part is two characters the dictionary does not know (码途), or three with no
    word of it inside; the longest company word after it ends the name, unless a legal form
    follows (岑澜能源|股份有限公司). Names found already stand; pieces of this one LAC found go.
    """
    out: list[Cand] = []
    text = d.text
    for m in _KIND_BEFORE_NAME.finditer(text):
        run = _CJK_RUN.match(text, m.end(), m.end() + 12)
        if run is None or (m.group() in ("公司", "企业") and _NO_KIND_BEFORE.search(text, max(0, m.start() - 2), m.start())):
            continue  # (该公司|锂电材料销量: the firm's product; …有限公司|就借壳公司: a legal form, not a kind)
        rest = run.group()
        best = None
        for n in range(4, min(len(rest), 7) + 1):
            suf = lex.suffix(rest[:n], "company")
            if suf is None or len(suf) < 2 or not 2 <= n - len(suf) <= 3:
                continue
            core = rest[: n - len(suf)]
            if any(c in FUNCTION_CHARS for c in core) or not all(rare_word(core[k : k + 2]) for k in range(len(core) - 1)):
                continue
            best = n
        if best is None:
            continue
        # company words may run on to a legal form: 岑澜能源|股份|有限公司, 岑云科技|有限公司
        pos, end = best, best
        while pos < len(rest):
            k = next((k for k in range(min(len(rest), pos + 6), pos + 1, -1)
                      if lex.suffix(rest[pos:k], "company") == rest[pos:k]), None)
            if k is None:
                break
            pos = k
            if rest[:pos].endswith(_LEGAL_FORMS):
                end = pos
        s, e = m.end(), m.end() + end
        if not _NAME_THEN.match(text, e):
            continue  # 电池企业|锂电材料库存: what follows makes the words a thing the firm has, not a name
        inside = [c for c in cands if c.start < e and s < c.end]
        if any(not (s <= c.start and c.end <= e and c.source == "lac") for c in inside) \
                or any((c.start, c.end) == (s, e) for c in inside):
            continue
        out.append(Cand(s, e, text[s:e], "Company", "apposition", 0.88))
    return out


#: A count of bodies ending a name, alone or before their kind: X三家公司, 1200多家社区卫生服务中心, 杭州一家城市商业银行,
#: 澳门四座 (not a registered name's words: 百家汇科技有限公司, 三个爸爸科技有限公司, 中电科十四所).
_COUNTED_TAIL = re.compile(
    r"(?:\d+|[一二两三四五六七八九十百千]+)(?:多|余)?(?:家|座|个)(?:[\u4e00-\u9fff]{0,6}?"
    r"(?:公司|企业|银行|机构|集团|医院|学校|城市|单位|中心|门店|工厂|厂))?$")


def _counts_cut(cands: list[Cand], lex: Lexicons) -> list[Cand]:
    """A count of bodies LAC glued to a name's end goes (砾辰半导体三家公司 -> 砾辰半导体); a name that
    is nothing but a place or a count and the bodies (全国1200多家社区卫生服务中心, 杭州一家城市商业银行) goes
    whole. A registered name keeps its words (百家汇科技有限公司)."""
    out = []
    for c in cands:
        m = _COUNTED_TAIL.search(c.text)
        if m is None or c.text.endswith(_LEGAL_ENDINGS + ("股份有限公司",)):
            out.append(c)
            continue
        head = c.text[: m.start()]
        if len(head) >= 2 and lex.suffix(head) and c.type in ("Company", "Organization"):
            out.append(Cand(c.start, c.start + len(head), head, c.type, c.source, c.score, c.name))
    return out


def _conjoined_bodies(d: _Doc, lex: Lexicons) -> list[Cand]:
    """A body whose name joins two fields with 和, 与 or 及, where LAC ended the name at the
    conjunction: ``岑州市经济和(ORG)|信息化局(vn)`` is one bureau (经济和信息化局)."""
    out = []
    toks = d.toks
    for i, t in enumerate(toks):
        if t.tag != "ORG" or len(t.text) < 3 or t.text[-1] not in "和与及":
            continue
        for k in range(i + 1, min(len(toks), i + 4)):
            x = toks[k]
            if x.start != toks[k - 1].end or not all(is_cjk(c) for c in x.text) or x.tag in _NOT_IN_NAME_TAGS \
                    or x.tag in ("PER", "v") or x.end - t.start > 20 or lex.suffix(x.text, "company"):
                break  # (X国际与|Y集团|签署: two firms and a verb, not one body)
            name = d.text[t.start : x.end]
            if lex.suffix(name, "org") is not None and lex.suffix(x.text, "org") != x.text:
                out.append(Cand(t.start, x.end, name, "Organization", "unit", 0.85))
                break
    return out


class _Doc:
    """Indexes over one document's LAC words for fast boundary checks."""

    def __init__(self, text: str, toks: Sequence[Tok], words: tuple[Sequence[int], Sequence[int]] | None = None) -> None:
        self.text = text
        self.toks = _post_verbs_rejoined(_datelines_untagged(toks))
        if _VERSUS.search(text):
            self.toks = _versus_split(self.toks)
        # a second segmentation (jieba's, from the spaCy Doc): word starts and word ends, in order
        self.w_starts, self.w_ends = words if words else ((), ())
        self.starts = {t.start: i for i, t in enumerate(self.toks)}
        self.ends = {t.end: i for i, t in enumerate(self.toks)}
        self._start_list = [t.start for t in self.toks]
        self._company_context: set[str] | None = None  # see _company_context_names

    def word_end(self, pos: int) -> bool:
        """A LAC word or, when known, a jieba word ends at ``pos``."""
        if pos in self.ends:
            return True
        i = bisect.bisect_left(self.w_ends, pos)
        return i < len(self.w_ends) and self.w_ends[i] == pos

    def token_over(self, pos: int) -> Tok | None:
        """The word that strictly contains offset ``pos`` (starts before it, ends after it)."""
        i = bisect.bisect_right(self._start_list, pos) - 1
        if 0 <= i < len(self.toks) and self.toks[i].start < pos < self.toks[i].end:
            return self.toks[i]
        return None

    def toks_from(self, pos: int) -> Sequence[Tok]:
        """The LAC words that start at ``pos`` or after it, in order."""
        return self.toks[bisect.bisect_left(self._start_list, pos) :]

    def toks_within(self, start: int, end: int) -> Sequence[Tok]:
        """The LAC words that start in ``[start, end)``, in order."""
        return self.toks[bisect.bisect_left(self._start_list, start) : bisect.bisect_left(self._start_list, end)]

    def word_over(self, pos: int) -> tuple[int, int] | None:
        """The second segmentation's word that strictly contains offset ``pos``."""
        i = bisect.bisect_right(self.w_starts, pos) - 1
        if 0 <= i < len(self.w_starts) and self.w_starts[i] < pos < self.w_ends[i]:
            return self.w_starts[i], self.w_ends[i]
        return None

    def word_at(self, pos: int) -> tuple[int, int] | None:
        """The second segmentation's word that starts at ``pos``."""
        i = bisect.bisect_left(self.w_starts, pos)
        if i < len(self.w_starts) and self.w_starts[i] == pos:
            return pos, self.w_ends[i]
        return None

    def aligned(self, s: int, e: int) -> bool:
        return s in self.starts and e in self.ends

    def tokens_in(self, s: int, e: int) -> list[Tok]:
        i = self.starts.get(s)
        out = []
        while i is not None and i < len(self.toks) and self.toks[i].end <= e:
            out.append(self.toks[i])
            i += 1
        return out


def find_mentions(
    text: str,
    toks: Sequence[Tok],
    lex: Lexicons,
    user_lexicon: Mapping[str, str] | None = None,
    words: tuple[Sequence[int], Sequence[int]] | None = None,
) -> tuple[list[Cand], list[AliasLink]]:
    """Find entity mention candidates in a document.

    Args:
        text: The document text.
        toks: LAC words of the whole document, in order, with offsets into ``text``.
        lex: The general lexicons.
        user_lexicon: Optional ``name -> type`` entries that always count.
        words: Optional second segmentation: jieba's word starts and word ends
            (two lists of offsets, in order); where LAC cut a name inside one
            of its words, the name's boundary moves.

    Returns:
        Candidates sorted by offset, and alias links between spans. They do not
        overlap, except a place named inside a government's name (the 印度 of
        ``印度政府``), whose source is ``"inside"``.
    """
    toks = _orgs_cut_at_adverbs(text, _split_at_kinds(text, _two_names_apart(_conjunctions_untagged(toks), lex), words, lex),
                                words, lex)
    if "引导基金" in text:
        toks = _guidance_funds_joined(toks)
    d = _Doc(text, _persons_rejoined(text, _known_names_before_ren(text, _ren_glued_names(text, toks, lex), lex), lex), words)
    cands: list[Cand] = []
    cands += [x for c in _lac_names(d, lex) for x in _place_latin_firm(c)]
    cands += _suffix_names(d, lex)
    cands += _product_contexts(d, lex)
    if _DOSAGE_FORM_IN.search(text):
        cands += _drug_names(d)
    if "《" in text:
        cands += _titled_products(d)
    cands += _main_product_lists(d)
    if "品牌" in text:
        cands += _portfolio_brands(d, lex)
        cands += _glued_brands(d)
    if "等" in text or "款" in text or "代" in text:
        cands += _model_lists(d)
    if _MODEL_CODE.search(text):
        cands += _model_codes(d, lex)
    cands += _named_after_kind(d)
    if " " in text or any("0" <= ch <= "9" for ch in text):
        cands += _models_after_kinds(d)
        cands += _versioned_launches(d)
    if any("A" <= ch <= "Z" for ch in text):
        cands += _coded_models(d, lex)
    cands += _org_units(d, lex)
    cands += _ministries(d)
    cands += _conjoined_bodies(d, lex)
    cands += _public_bodies(d)
    cands += _gazetteer(d, lex)
    if "前" in text or "原" in text:
        cands += _former_employers(d, lex)
    cands += _stock_names(d)
    cands += _announcers(d, lex)
    cands += _place_abbreviations(d, lex)
    if "行" in text:
        cands += _bank_initials(d)
    if "网" in text:
        cands += _news_sites(d)
    cands += _deal_slots(d, lex)
    cands += _founded_slots(d)
    if "股东" in text:
        cands += _old_holders(d)
    if "投资" in text:
        cands += _investment_firms(d)
    if "期" in text:
        cands += _vintage_funds(d)
    if "投资" in text or "购" in text or "股" in text:
        kinded, items = _kinded_deal_objects(d, cands)
        cands = [c for c in cands if not _in_a_kind(c, items)] + kinded
    if "轮" in text:
        cands += _round_raisers(d)
        cands += _round_investees(d)
    cands += _round_investors(d, lex)
    cands += _short_org_words(d, lex)
    cands += _competitions(d)
    if user_lexicon:
        cands += _user_lexicon(d, user_lexicon)
    cands += _titled_people(d, lex, cands)
    if " " in text:
        cands += _titled_latin_people(d, lex)
    cands += _glued_title_names(d, lex)
    titled = _titled_orgs(d, lex, cands)
    cands = [c for c in cands if not (c.type == "Person" and any(t.start <= c.start and c.end < t.end for t in titled))] + titled
    cands += _dotted_names(d)
    cands += _latin_particle_names(d)
    if " " in text:
        cands += _bracketed_latin_names(d, cands)
    cands += _partnerships(d)
    cands += _latin_firms(d)
    if " " in text:
        cands += _latin_names_after_kind(d, lex)
    cands += _speakers(d, lex)
    cands += _occupation_names(d, lex)
    cands += _bylines(d, lex)
    cands += _listed_siblings(d, lex, cands)
    cands = _titles_cut(lex, _strip_holder_role(text, cands, lex))
    if "方" in text:
        cands = _party_fang_cut(d, lex, cands)
    if "党" in text or "纪委" in text or "工会" in text:
        cands = _firms_bodies_cut(d, lex, cands)
    cands = _after_verb_hou_cut(d, _former_mark_cut(d, lex, _weak_endings_cut(d, lex, _brand_word_cut(_ownership_word_cut(cands)))))
    if "巨头" in text:
        cands = _giants_cut(d, lex, cands)
    if "全称" in text:
        cands = _full_name_cut(cands, lex)
    if "企" in text:
        cands = _ownership_kind_cut(d, lex, cands)
    if "报" in text:
        cands = _newspapers(d, cands)
    if "行业" in text:
        cands = _research_desks(d, lex, cands)
    if "部" in text:
        cands = _departments_cut(lex, cands)
    if "事业" in text or "业务群" in text:
        cands = _units_cut(d, lex, cands)
    cands = _drop_kinds_of_firm(text, _counted_firms_cut(text, cands, lex), lex)
    if "政府" in text and "基金" in text:
        cands = _government_funds(text, cands)
    if "中国" in text:
        cands = _china_arms(text, cands)
    if "的" in text:
        cands = [c for c in cands if not _trade_subsidiary(d, c)]
    cands = _drop_currencies(d, cands)
    cands = _drop_documents(cands)
    cands = _shares_are_not_names(d, cands)
    cands = _appositive_firms(d, lex, cands)
    cands = _drop_common_lists(d, cands, lex)
    cands = _gazetteer_in_context(d, lex, cands)
    cands += _compounds(d, lex, cands)
    cands += _deal_object_siblings(d, lex, cands)
    if "与" in text or "和" in text or "同" in text:
        cands = _partner_slots(d, lex, cands)
    cands += _group_members(d, lex, cands)
    cands = _owned_names(d, lex, cands)
    cands += _brand_models(d, lex, cands)
    if "OS" in text:
        cands += _os_versions(d)
    if any("0" <= ch <= "9" for ch in text):
        cands = _maker_lines(d, lex, cands)
    if any("A" <= ch <= "Z" for ch in text):
        cands = _maker_codes(d, lex, cands)
    cands += _latin_companies(d, lex, cands)
    cands += _coined_after_kind(d, lex, cands)
    cands += _regional_firms(d, lex, cands)
    cands += _branches(d, cands)
    cands += _banks_before_cards(d, cands)
    cands = [c for c in cands if (c.text.upper() not in _TECH_TERMS and c.text not in _LATIN_FUNCTION_WORDS
                                  and c.text.rstrip(".") not in _DESIGNATORS and not (c.type == "Product" and c.text in _LABEL_WORDS)
                                  and not (c.type == "Product" and _PROGRAMME.search(c.text) and _a_programme(d, lex, c)))
             or c.source == "lexicon"]  # AI芯片, This Group, 一款“网红”手机, “云帆计划”
    cands = _split_owned(lex, cands)
    cands = _business_lines(d, lex, cands)
    if "称" in text:
        cands = _person_before_declared_firm(text, lex, cands)
    aliases, alias_cands = _parenthetical_aliases(d, lex, cands)
    cands += alias_cands
    if "全称" in text:
        full_links, full_cands = _full_names(d, cands)
        aliases += full_links
        cands += full_cands
    cands = settle_overlaps(cands)
    noted = _noted_names(cands)
    repeats = _propagate(d, cands, noted)
    cands = settle_overlaps(_pieces_of_noted_names(cands, repeats, noted) + repeats + _abbreviated(d, cands)
                            + _stems_of_full_names(d, lex, cands))
    cands = _context_types(d, lex, cands)
    cands = _alias_types(cands, aliases)
    cands = _short_company_names(text, lex, cands)
    cands = _match_words_trimmed(d, cands)
    cands = _team_names(d, lex, cands)
    cands = _bookmakers(d, lex, cands)
    cands = _venues(cands)
    listed = _listed_kinds(d, cands)
    known = {(c.start, c.end) for c in cands}
    found = [c for c in listed if (c.start, c.end) not in known and c.type in ("Company", "Organization")
             and len(c.text) >= 3 and all(is_cjk(ch) for ch in c.text)]  # (not IDM、Fabless等芯片厂商: trades' acronyms)
    if found:  # (A、B等晶圆厂 names B; where it recurs, 公司与B签署…, it is B too, as names found earlier are)
        spans = {(c.start, c.end) for c in listed}
        listed = settle_overlaps(listed + [r for r in _propagate(d, found, {}) if (r.start, r.end) not in spans])
    cands = listed
    cands = [c for c in cands if not _STOCK_MARK_ONLY.fullmatch(c.text)]  # ST of ST东航 is a mark, not a name
    cands = [c for c in cands if not _ROUND_NAME.fullmatch(c.text)]  # 天使轮(ORG): a round, whatever found it
    cands = _counts_cut(cands, lex)
    cands = _this_period_cut(d, cands)
    cands = [c for c in cands if not (c.type == "Person" and _NOT_A_NAME.match(c.text))]  # 张教授, whatever found it
    if "其" in text:
        cands = [_kin_cut(d, lex, c) for c in cands] + _kin_named(d, lex, cands)
    if "联合体" in text:
        cands = [_consortium_cut(d, lex, c) for c in cands]
    cands = [c for c in cands if c.source == "lexicon" or not (_GENERIC_FIRM.fullmatch(c.text) or _INVESTOR_KIND.fullmatch(c.text))]
    # (中资储能(ORG)|企业, 人民币私募股权基金: a kind of firm, no name)
    cands = [_owner_of_subsidiary(c, lex) for c in cands]
    cands = _one_char_stems_widened(d, lex, cands)
    cands = sorted(cands + _places_inside(d, lex, cands), key=lambda c: (c.start, -c.end))
    return cands, aliases


def _one_char_stems_widened(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``平台有(v)|邻(ORG)|集团``: a firm's name of one character and a company's ending takes the
    one-character word LAC cut off before it (no function word: 由华集团, 在华集团 stay as they are)."""
    text = d.text
    taken = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for c in cands:
        suf = lex.suffix(c.text, "company") if c.type == "Company" and c.source != "lexicon" else None
        k = d.ends.get(c.start)
        if suf and len(c.text) - len(suf) == 1 and k is not None and len(d.toks[k].text) == 1 and c.start - 1 not in taken \
                and is_cjk(text[c.start - 1]) and text[c.start - 1] not in _NO_STEM_CHARS:
            name = text[c.start - 1 : c.end]
            c = Cand(c.start - 1, c.end, name, c.type, c.source, c.score)
        out.append(c)
    return out


def _consortium_cut(d: _Doc, lex: Lexicons, c: Cand) -> Cand:
    """``A与B联合体``: the firms' consortium is no name; 联合体 glued to the second firm's name is cut off
    (a body's own name, 中国X产业联合体, that no 与/和 lists stays)."""
    if c.type in ("Company", "Organization") and c.source != "lexicon" and c.text.endswith("联合体") and len(c.text) >= 5 \
            and d.text[c.start - 1 : c.start] in ("与", "和", "及", "、"):
        name = c.text[:-3]
        return Cand(c.start, c.end - 3, name, type_by_suffix(name, lex) or c.type, c.source, c.score)
    return c


#: A relative's word that LAC glues to the name after 其 (其子|钟澜 read as 子钟澜).
_KIN = frozenset("子女妻夫父母兄弟姐妹")


def _kin_cut(d: _Doc, lex: Lexicons, c: Cand) -> Cand:
    """``其子钟澜``: a person's name that starts with a relative's word after 其 is the name without it,
    when what is left opens with a family name (其子钟澜担任总经理 → 钟澜)."""
    if c.type == "Person" and c.source != "lexicon" and len(c.text) >= 3 and c.text[0] in _KIN and c.text[1] in lex.surnames \
            and c.start > 0 and d.text[c.start - 1] == "其":
        return Cand(c.start + 1, c.end, c.text[1:], c.type, c.source, c.score)
    return c


def _kin_named(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``其子钟以屹(n)``: a word LAC read as a noun after 其 that is a relative's word and a person's name
    (a family name, then one or two characters that make no word) holds the person."""
    out = []
    for t in d.toks:
        if t.tag in ("n", "nz") and len(t.text) in (3, 4) and t.text[0] in _KIN and t.text[1] in lex.surnames \
                and t.start > 0 and d.text[t.start - 1] == "其" and _word_tag(t.text[1:]) is None \
                and _word_tag(t.text[:2]) is None and all(is_cjk(ch) for ch in t.text) \
                and not any(c.start < t.end and t.start < c.end for c in cands):
            out.append(Cand(t.start + 1, t.end, t.text[1:], "Person", "kin", 0.75))  # (not 其|子公司, 其|妻子)
    return out


#: What 本 opens when a name LAC found ends in it: 本季度, 本月, 本轮.
_THIS_PERIOD = re.compile(r"(?:季度|月|周|轮|期末|期初|期内|期间)")
#: Names and words that end in 本 of their own (澜舟资本, 日本, 样本).
_OWN_BEN = ("资本", "日本", "样本", "成本", "版本", "文本", "基本", "根本", "剧本", "课本", "账本", "书本", "标本", "蓝本")


#: What opens a week word when a "person" LAC found starts with its 周 (上周, 本周, 每周, 两周).
_BEFORE_WEEK = frozenset("上下本每当前两几近次该同一")


def _this_period_cut(d: _Doc, cands: list[Cand]) -> list[Cand]:
    """A name that ends in the 本 of 本季度 (澜舟|云本(ORG)|季度): the 本 is not the name's; what is
    left stands when it is still a name of two characters or more. A "person" that starts with
    the 周 of 上周 (上|周切沃) is no name."""
    text = d.text
    out = []
    for c in cands:
        if c.type == "Person" and c.text.startswith("周") and c.start > 0 and text[c.start - 1] in _BEFORE_WEEK \
                and c.source != "lexicon" and (c.text[1:2] in _WEEK_WORD_ENDS or _transliterated(c.text[1:])):
            continue  # 上|周一审, 上|周切沃: the 周 of 上周 (last week), then a time or a club (not 会上|周立新表示)
        if c.text.endswith("本") and not c.text.endswith(_OWN_BEN) and c.source != "lexicon" \
                and _THIS_PERIOD.match(text, c.end) and c.type not in ("Person", "Place"):
            if len(c.text) - 1 < 2:
                continue
            c = Cand(c.start, c.end - 1, c.text[:-1], c.type, c.source, c.score)
        out.append(c)
    return out


def settle_overlaps(cands: Sequence[Cand]) -> list[Cand]:
    """Keep a non-overlapping subset: surer first, then longer; ties by position."""
    ranked = sorted(cands, key=lambda c: (-(c.score + 0.03 * (c.end - c.start)), c.start, c.type))
    taken: list[Cand] = []
    used: set[int] = set()
    seen: set[tuple[int, int]] = set()
    for c in ranked:
        if (c.start, c.end) in seen or any(i in used for i in range(c.start, c.end)):
            continue
        seen.add((c.start, c.end))
        used.update(range(c.start, c.end))
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


# --- layers ---------------------------------------------------------------


#: Ends of a school's or an institute's name.
_INSTITUTION_ENDS = ("大学", "学院", "研究院", "研究所", "医院", "中学", "小学")


def _suffix_tail(d: _Doc, i: int, lex: Lexicons) -> int:
    """Index after the run of suffix words that follows token ``i`` (``东华`` + ``软件``;
    ``郑州铁路`` + ``分局``, a short word that ends in a suffix and is no title)."""
    j = i + 1
    suffixes = set(lex.company_suffixes) | set(lex.org_suffixes)
    while (
        j < len(d.toks)
        # (a school or an institute takes no company word: 斯坦福大学|电子|工程系)
        and not (d.toks[j - 1].text.endswith(_INSTITUTION_ENDS) and d.toks[j].text in lex.company_suffixes)
        and (d.toks[j].text in suffixes
             or (len(d.toks[j].text) <= 3 and lex.suffix(d.toks[j].text[1:]) and d.toks[j].text not in lex.titles
                 and d.toks[j].text not in _NOT_NAMES))
        and (d.toks[j].tag in ("n", "nz", "ORG", "vn") or d.toks[j].text in _VERB_READ_SUFFIXES)
        and d.toks[j].start == d.toks[j - 1].end
        and not (d.toks[j].text == "控股" and (d.text.startswith("股东", d.toks[j].end) or _holds_a_name_next(d, j, lex)))
        # (X|控股股东: a holder's role; 星川环境|控股|岚泽水务: the verb and its object)
        # (交易所|信息|显示: a field word ends only a short coined name, see _field_word_ends_name)
        and not (d.toks[j].text in _FIELD_WORDS
                 and not _field_word_ends_name(d.text, d.toks[i].start, d.toks[j].start, d.toks[j].end, lex))
    ):
        j += 1
    return j


#: What follows a firm's name ending in 投资, where 投资 cannot be the verb: a list or clause
#: break, or the firm's next act (红岭投资、华清创投等; 红岭投资继续追加).
_INVESTOR_NAME_END = re.compile(r"[、，,；;）)]|等|和|及|(?:继续|追加|宣布|表示|称|领投|跟投|参与|也|亦|还|则|已|作为|旗下)")
#: Verbs of receiving before a name: what follows the name is the money it gave (获A投资).
_RECEIVES_BEFORE = re.compile(r"(?:获|获得|接受|引入|引进)$")


def _glued_suffix(d: _Doc, start: int, pos: int, lex: Lexicons) -> int:
    """Where a company word of two or more characters that starts at ``pos`` ends, on a LAC
    word's end, or 0: for a bare name (from ``start``) before a company word LAC cut up
    (灵狐|互|娱) or tagged as something else (星海|互娱(d))."""
    if pos not in d.starts or pos >= len(d.text):
        return 0
    for x in lex.company_suffixes_by_first.get(d.text[pos], ()):
        if d.text.startswith(x, pos) and pos + len(x) in d.ends \
                and not (x in _FIELD_WORDS and not _field_word_ends_name(d.text, start, pos, pos + len(x), lex)) \
                and not (x == "控股" and _holds_a_name_next(d, d.ends[pos + len(x)], lex)):
            return pos + len(x)  # (星川环境|控股|岚泽水务: the verb, then its object)
    return 0


#: After the second of two parties: they act together (A与B联合打造, 共同出资, 合资成立, 携手).
_JOINT_ACT_AFTER = re.compile(r"(?:正式|已|将)?(?:联合|共同|合资|携手|合作)")


#: Kinds of firm or body alone, which LAC now and then tags as a name (对|公司(ORG)|估值的托底).
_BARE_KINDS = frozenset({"公司", "集团", "企业", "银行", "机构", "政府", "子公司", "母公司", "总公司", "分公司", "本公司", "该公司"})


def _lac_names(d: _Doc, lex: Lexicons) -> list[Cand]:
    out = []
    toks = d.toks
    # ORG words that stand alone somewhere in the document (no ORG word glued to them)
    named = [i for i, t in enumerate(toks) if t.tag in ("PER", "ORG", "LOC")]  # (no other word starts a name here)
    alone = {
        toks[n].text
        for n in named
        if toks[n].tag == "ORG"
        and not (n > 0 and toks[n - 1].tag == "ORG" and toks[n - 1].end == toks[n].start)
        and not (n + 1 < len(toks) and toks[n + 1].tag == "ORG" and toks[n + 1].start == toks[n].end)
    }
    for i in named:
        t = toks[i]
        if d.w_starts:
            t = _word_boundary(d, t, lex)
        if t.tag in ("LOC", "PER"):
            t = _place_core(d, t)
        if t.tag == "ORG" and t.text[-2:] in ("获悉", "首发", "独家") and len(t.text) >= 4 \
                and re.match(r"\s*[｜|丨:：]", d.text[t.end : t.end + 2]):
            t = Tok(t.start, t.end - 2, t.text[:-2], t.tag)  # 澄观财经首发(ORG)｜…: the outlet, then its column's word
        if t.tag == "ORG" and t.text[-2:] in _HOW_A_DEAL_IS_DONE and len(t.text) >= 4 and (
                lex.suffix(t.text[:-2], "company") or d.text.startswith("子公司", t.end)):
            # 澄川物流合资(ORG)|成立, 神川高铁全资(ORG)|子公司: how the deal is done or the stake held is no part of the name
            t = Tok(t.start, t.end - 2, t.text[:-2], t.tag)
        if t.tag in ("ORG", "LOC", "PER") and t.text in _BARE_KINDS:
            continue  # 对|公司(ORG)|估值: a kind of firm alone, no name
        if t.tag == "ORG" and d.text.endswith(("负责", "主管", "分管", "统筹"), 0, t.start) and lex.suffix(t.text) is None \
                and lex.suffix(t.text, "org") is None and _ordinary_words(t.text):
            continue  # 继续负责|品牌运营(ORG): the work in charge, not a body's name
        if i + 1 < len(toks) and _joint_glued(t, toks[i + 1], lex):
            t = Tok(t.start, t.end - 1, t.text[:-1], t.tag)  # 澄川科技与(ORG)|岫石科技(ORG): two firms, the joint glued to the first
        if t.tag == "PER" and t.text.strip("丨｜|") != t.text:
            core = t.text.strip("丨｜|")  # 文丨程悦 编辑丨许澄: a byline's bar is no part of a name
            if not core:
                continue
            s0 = t.start + t.text.index(core)
            t = Tok(s0, s0 + len(core), core, t.tag)
        if t.tag == "PER" and len(t.text) == 3 and is_cjk(t.text[0]) and (
                t.text[-1] in _ADVERB_CHARS or (t.text[-1] == "代" and d.text.startswith("为", t.end))):
            t = Tok(t.start, t.end - 1, t.text[:-1], t.tag)  # 李想|则 透露, 钱敏|代为: the adverb is not the name
        if t.tag == "PER" and t.text[0] == "小" and len(t.text) >= 4 and _transliterated(t.text[1:]):
            t = Tok(t.start + 1, t.end, t.text[1:], t.tag)  # 小|马尔蒂尼: "junior", not part of the name
        if t.tag == "PER" and len(t.text) >= 3 and t.text[-1] == "文" and d.text[t.end : t.end + 1] in ("/", "／"):
            t = Tok(t.start, t.end - 1, t.text[:-1], t.tag)  # 梅远山|文/摄: the byline's 文 (written by)
        if t.tag == "PER" and (m := _PERSON_GLUED_END.search(t.text)) and m.start() >= 2:
            t = Tok(t.start, t.start + m.start(), t.text[: m.start()], t.tag)  # 于海|案, 费舍尔|议长
        if t.tag == "PER" and len(t.text) == 1 and t.text in lex.surnames and 0 < i and i + 1 < len(toks) \
                and toks[i - 1].end == t.start and toks[i - 1].text in lex.titles and toks[i + 1].start == t.end \
                and 1 <= len(toks[i + 1].text) <= 2 and all(is_cjk(ch) for ch in toks[i + 1].text) \
                and toks[i + 1].tag in ("v", "n", "a", "vn", "nz") and toks[i + 1].text not in lex.triggers:
            # 创始人|周(PER)|启航(v): a title, a family name LAC read alone, and the given name it read as a word
            out.append(Cand(t.start, toks[i + 1].end, d.text[t.start : toks[i + 1].end], "Person", "titled", 0.83))
            continue
        if t.tag == "PER" and len(t.text) >= 3 and t.text.endswith("队") and all(is_cjk(c) for c in t.text):
            out.append(Cand(t.start, t.end, t.text, "Organization", "lac", 0.75))  # 泽尼特队(PER): a team
            continue
        if t.tag == "PER" and (kind := _place_or_body_named(d, t, lex)):
            # 巴达赫尚省(PER), 乔治·梅森大学(PER): a foreign place's or body's name; 首都|阿布贾(PER): a city's
            out.append(Cand(t.start, t.end, t.text, kind, "lac", 0.7))
            continue
        if t.tag == "PER" and t.text in lex.gazetteer and i > 1 and toks[i - 1].text in ("与", "和", "同") \
                and toks[i - 2].tag == "ORG" and _JOINT_ACT_AFTER.match(d.text, t.end):
            # 华X(ORG)与|赛X(PER)|联合打造: a known firm's name that acts jointly with a firm is a firm's
            out.append(Cand(t.start, t.end, t.text, "Company", "lac", 0.8))
            continue
        if t.tag == "PER" and LATIN_RE.fullmatch(t.text) and i > 0 and toks[i - 1].end == t.start \
                and (toks[i - 1].text in lex.product_nouns or lex.ends_in_product_noun(toks[i - 1].text)):
            continue  # 短视频平台|TikTok(PER): a product's Latin name after its kind, no person's
        if t.tag == "PER" and len(t.text) >= 4 and type_by_suffix(t.text, lex) == "Company":
            # 弗迪科技(PER): a name that ends in a company suffix is a company's
            out.append(Cand(t.start, t.end, t.text, "Company", "suffix", 0.86))
        elif t.tag == "PER" and len(t.text) == 4 and all(is_cjk(ch) for ch in t.text) and t.text[:2] in lex.gazetteer \
                and _word_tag(t.text[2:]) == "n" and _jieba_freq(t.text[2:]) >= 1000 and t.text[:2] not in lex.surnames:
            # 瑞X|咖啡(PER): a known firm's name and a common noun of its trade, no person's (no surname of two
            # characters opens it: not 欧阳|X)
            out.append(Cand(t.start, t.end, t.text, "Company", "lac", 0.8))
        elif t.tag == "PER" and _valid_person(t.text):
            j = _suffix_tail(d, i, lex)
            glued = _glued_suffix(d, t.start, t.end, lex) if j == i + 1 else 0
            if glued and d.text[t.end : glued] not in _VERB_READ_SUFFIXES:
                glued = 0
            if j > i + 1 and d.toks[j - 1].text in lex.company_suffixes:
                # 高瓴(PER) + 资本: a company named after a person-like word
                end = d.toks[j - 1].end
                out.append(Cand(t.start, end, d.text[t.start : end], "Company", "suffix", 0.86))
            elif glued:
                # 秦川(PER)|产(v)|投(v): a firm's word LAC cut up and read as verbs
                out.append(Cand(t.start, glued, d.text[t.start : glued], "Company", "suffix", 0.86))
            elif t.text in _company_context_names(d, lex):
                # 特斯拉(PER)…特斯拉CEO马斯克: a known company, used as one in this document
                out.append(Cand(t.start, t.end, t.text, "Company", "context", 0.86))
            elif _person_shaped(t.text, lex) or _PERSON_CONTEXT.match(d.text, t.end) \
                    or _STATE_TITLE_AFTER.match(d.text, t.end) or _STATE_TITLE_BEFORE.search(d.text, max(0, t.start - 3), t.start):
                # (桥本|首相, 内政部长|努里; not 星潮|创始人, a firm's)
                out.append(Cand(t.start, t.end, t.text, "Person", "lac", 0.85))
        elif t.tag == "LOC" and len(t.text) == 1 and t.text in lex.place_abbreviations:
            # 帮助俄(LOC)渡过: LAC's one-character place, when it is a word of its own for jieba too
            if d.word_at(t.start) == (t.start, t.end):
                out.append(Cand(t.start, t.end, t.text, "Place", "abbrev", 0.75, lex.place_abbreviations[t.text][0]))
        elif t.tag == "LOC" and (glued := _glued_suffix(d, t.start, t.end, lex)) and d.text[t.end : glued] in _VERB_READ_SUFFIXES \
                and (_word_tag(t.text) != "ns" or (d.text[t.end : glued] in ("产投", "创投")
                                                   and not re.match(r"行业|领域|市场|机构|圈|生态", d.text[glued : glued + 2]))):
            # (锡山|产|投: a place's investment firm is a firm, but 印度|智造 is the country's trade)
            # 澄岭(LOC)|产(v)|投(v): a firm's word LAC cut up and read as verbs (not a known place's: 中国智造)
            out.append(Cand(t.start, glued, d.text[t.start : glued], "Company", "suffix", 0.86))
        elif t.tag == "LOC" and _valid_name(t.text) and (is_cjk(t.text[0]) or t.text[0].isupper()):
            nxt = d.toks[i + 1] if i + 1 < len(d.toks) else None
            if nxt is not None and nxt.start == t.end and (nxt.text in _TEAM_WORDS or nxt.text in _PUBLIC_BODY_WORDS):
                # 巴西(LOC) + 女队: a national or city team; 斯里兰卡 + 议会, 英国 + 警方: a public body
                out.append(Cand(t.start, nxt.end, d.text[t.start : nxt.end], "Organization", "suffix", 0.8))
                continue
            typ = type_by_suffix(t.text, lex) if len(t.text) >= 4 else None
            if typ is None and _foreign_person_in_context(d, i, t, lex):
                out.append(Cand(t.start, t.end, t.text, "Person", "lac", 0.75))  # 库马拉通加(LOC)|总统: a person
                continue
            out.append(Cand(t.start, t.end, t.text, typ or "Place", "lac", 0.7))
        elif t.tag == "ORG" and len(t.text) == 3 and t.text[0] in lex.surnames and all(is_cjk(c) for c in t.text) \
                and t.text not in lex.gazetteer and type_by_suffix(t.text, lex) is None \
                and t.text[-1] not in _ORG_END_CHARS and _PERSON_ACTS.match(d.text, t.end):
            # 金大中(ORG)访美, 卓科达(ORG)先生: a family name, two more characters, and what people do
            out.append(Cand(t.start, t.end, t.text, "Person", "lac", 0.8))
        elif t.tag == "ORG" and _valid_name(t.text) and not _ends_in_ju_word(d, t.start, t.end) \
                and t.text not in lex.titles and not _NUMBER_AND_MEASURE.match(d.text, t.end - 1) \
                and not (_kind_of_institution(t.text) and i + 1 < len(d.toks) and d.toks[i + 1].tag == "ORG"
                         and d.toks[i + 1].start == t.end):
            # 俄国政局: a situation; 国务委员: a title; 从一|个侧面: a number; 民营银行|X银行: a kind, then the name
            if i > 0 and _glued_orgs(d.toks[i - 1], t, lex, alone):
                continue  # taken with the word before
            k = i
            while k + 1 < len(d.toks) and _glued_orgs(d.toks[k], d.toks[k + 1], lex, alone):
                k += 1  # 海尔(ORG)智家(ORG): LAC cut one name in two
            if k > i:
                t = Tok(t.start, d.toks[k].end, d.text[t.start : d.toks[k].end], "ORG")
            j = _suffix_tail(d, k, lex)
            if j == k + 1 and j < len(d.toks) and d.toks[j].tag == "LOC" and d.toks[j].start == t.end:
                # 微软(ORG) + 亚洲(LOC): a regional arm, when the list knows the whole
                # name or a job title follows (微软亚洲总裁…)
                loc = d.toks[j]
                acts = _title_follows(d.text, loc.end, lex) or any(
                    d.text.startswith(v, loc.end) for v in lex.triggers if len(v) >= 2
                )
                if d.text[t.start : loc.end] in lex.gazetteer or (loc.text in _REGIONS and acts):
                    j += 1
            if j == k + 1 and j < len(d.toks) and d.toks[j].start == t.end and d.toks[j].tag in ("n", "nz", "vn") \
                    and is_cjk(d.toks[j].text[0]) and len(d.toks[j].text) <= 3 \
                    and (t.text + d.toks[j].text in lex.gazetteer or d.toks[j].text == "国际"):
                j += 1  # 宋城(ORG)|演艺, 大盛(ORG)|国际: the company list knows the whole, or 国际 ends it
            investor = j == k + 1 and j < len(d.toks) and d.toks[j].text == "投资" and d.toks[j].start == t.end \
                and bool(_INVESTOR_NAME_END.match(d.text, d.toks[j].end)) and lex.suffix(t.text, "company") is None \
                and (not _RECEIVES_BEFORE.search(d.text, max(0, t.start - 4), t.start)  # 获云途创投投资: the noun,
                     or d.text[d.toks[j].end : d.toks[j].end + 1] in ("、", "等", "和", "及"))  # 获得红岭投资、…: a list
            if investor:
                j += 1  # 老股东红岭(ORG)|投资|继续追加: a firm named …投资, not the verb (红岭投资了X)
            end = d.toks[j - 1].end if j > k + 1 or k > i else t.end
            if j == k + 1 and k == i and lex.suffix(t.text, "company") is None and not t.text.endswith(_INSTITUTION_ENDS):
                # 灵狐(ORG)|互(d)|娱(v): a company word LAC cut into characters still ends a bare name
                glued = _glued_suffix(d, t.start, t.end, lex)
                if glued:
                    end, j = glued, j + 1
            name = d.text[t.start : end]
            if _SECTOR_END.search(name):
                # 汽车行业, 港航业: a trade, no organisation; X证券银行业|分析师, X证券证券行业|研究员: the firm, then the
                # trade it covers (the longest firm's name left, one the company list knows first)
                firm = _firm_before_sector(name, lex)
                if firm is None:
                    continue
                name, end = firm, t.start + len(firm)
            # a bare name (no suffix) is a company when the company list knows it;
            # otherwise an organisation (clubs, regulators, agencies)
            typ = type_by_suffix(name, lex) or ("Company" if investor or name in lex.gazetteer or not lex.gazetteer
                                                else "Organization")
            out.append(Cand(t.start, end, name, typ, "lac", 0.8 if j > k + 1 else 0.75))
    return out


#: Weather after a city in a forecast (悉尼晴10℃, 兰州晴转多云18℃), which LAC glues to the name.
_WEATHER_END = re.compile(r"(?:晴|阴|多云|少云|(?:小|中|大|暴|阵|雷阵|冻)雨|雨夹雪|(?:小|中|大|暴|阵)雪|雾|霾|扬沙|浮尘|沙尘暴?)$")
_TEMPERATURE_NEXT = re.compile(r"(?:转[\u4e00-\u9fff]{1,3})?[-－]?[0-9０-９]{1,2}(?:℃|度|°)")
#: A part of a region (新疆北部, 东北地区): the place is the region named before it.
_REGION_PART = re.compile(r"^(.{2,}?)(?:东北|东南|西北|西南|[东南西北中])部$")
#: Regions whose 地区 is a common noun, not part of the name (东北地区, 亚太地区; not 那曲地区).
_WIDE_REGION = re.compile(r"(?:[东南西北中华][东南西北部]?|亚太|拉美|中东|近东|远东|东南亚|[东南西中]亚|北非|[亚欧非美澳]洲|北美|南美)地区$")


#: Administrative endings of a place's name (巴达赫尚省, 康斯坦察县).
_ADMIN_PLACE_END = frozenset("省县市镇乡村州")
#: Kinds of place written right before a place's name (首都阿布贾, 城市哈斯科沃, 旅游胜地帕塔亚).
_PLACE_KIND_BEFORE = re.compile(r"(?:首都|首府|省会|城市|小城|古城|名城|小镇|村庄|港口|港城|胜地|岛国|邻国)$")


def _place_or_body_named(d: _Doc, t: Tok, lex: Lexicons) -> str | None:
    """Place or Organization for a LAC "person" that is a foreign place's or body's name: one
    ending in an administrative word or an organisation's two-character ending after a
    transliteration (巴达赫尚省, 乔治·梅森大学; a Chinese name such as 李金州 keeps its type), or
    one right after a kind of place (首都|阿布贾)."""
    name = t.text
    if not all(is_cjk(c) or c in _NAME_DOTS for c in name) or len(name) < 2:
        return None
    foreign = bool(_NAME_DOTS & set(name)) or name[0] not in lex.surnames or len(name) >= 5
    if foreign and len(name) >= 4 and name[-1] in _ADMIN_PLACE_END:
        return "Place"
    org = lex.suffix(name[1:], "org") or ("智库" if name.endswith("智库") else None)  # (澜欧智库: a think tank)
    if foreign and len(name) - len(org or name) >= 2 and len(org or "") >= 2 \
            and (type_by_suffix(name, lex) == "Organization" or org == "智库"):
        return "Organization"
    if _PLACE_KIND_BEFORE.search(d.text, max(0, t.start - 2), t.start) and _transliterated(name):
        return "Place"
    return None


#: Words right before a foreign name that make it a person's: sportspeople and posts (选手|X, 外援|X).
_PERSON_NOUN_BEFORE = re.compile(r"(?:选手|球员|外援|前锋|后卫|中场|门将|教练|主帅|主教练|球王|名将|老将|新秀|冠军|作家|"
                                 r"导演|演员|歌手|画家|诗人|参议员|众议员|议员|主席|秘书长|总统|总理|首相|外长)$")


def _foreign_person_in_context(d: _Doc, i: int, t: Tok, lex: Lexicons) -> bool:
    """A transliterated LAC "place" that jieba's dictionary does not know as a place, used as a
    person: a head of state's title or a speech verb after it (库马拉通加|总统, X|表示), a post or
    a sportsperson's word before it (外援|X), or a person's name beside it (X和|保拉(PER))."""
    name = t.text
    if not all(is_cjk(c) for c in name) or not _transliterated(name) or _jieba_freq(name) >= 40:
        return False  # (巴西|总统, 莫斯科: a place jieba's dictionary knows well, whatever its tag)
    text = d.text
    if _STATE_TITLE_AFTER.match(text, t.end) or _PERSON_CONTEXT.match(text, t.end) or re.match(r"任职|出任|担任|率领", text[t.end:t.end + 2]):
        return True
    if _PERSON_NOUN_BEFORE.search(text, max(0, t.start - 3), t.start):
        return True
    toks = d.toks
    for a, b in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= b < len(toks) and toks[a].text in ("和", "与", "、", "／", "/") and toks[b].tag == "PER" \
                and (toks[a].start == t.end if a > i else toks[a].end == t.start):
            return True
    return False


def _place_core(d: _Doc, t: Tok) -> Tok:
    """A LAC place (or a "person" in a forecast) without what LAC glued on: the
    weather of a forecast (``悉尼晴|10℃`` -> 悉尼), a part of the region
    (``新疆北部`` -> 新疆), a wide region's 地区 (``东北地区`` -> 东北)."""
    text = t.text
    m = _WEATHER_END.search(text)
    if m and m.start() >= 2 and _TEMPERATURE_NEXT.match(d.text, t.end):
        return Tok(t.start, t.start + m.start(), text[: m.start()], "LOC")
    if t.tag != "LOC":
        return t
    m = _REGION_PART.match(text)  # 江西|南部, not 江|西南部
    if m:
        return Tok(t.start, t.start + m.end(1), m.group(1), "LOC")
    if _WIDE_REGION.match(text):
        return Tok(t.start, t.end - 2, text[:-2], "LOC")
    return t


#: Words that join an owner and what it owns inside one organisation name LAC took whole
#: (and a preposition between two names: 财政部向北方投资集团).
_OWNER_INSIDE = re.compile(
    r"旗下的?(?:全资|控股)?子公司|旗下的?|的(?:全资|控股)?子公司|下属的?|(?<=[部局委会司团行厅署])(?:向|对|与|和|及)"
    r"|(?<=[司团行股份技业])(?:间接|直接)?(?:全资|控股)子公司|(?<=[司团行])子公司"  # 星海集团全资子公司星海矿业, X集团子公司Y
    r"|的?(?:第[一二三四五六七八九十]+大|控股|最大|主要|大)股东(?!大会|会)|的股东(?!大会|会)"
)


def _split_owned(lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``星海科技旗下子公司星海云计算有限公司`` read as one name: the owner and the subsidiary
    (or the shareholder: ``星海科技公司大股东北方投资集团``)."""
    out = []
    for c in cands:
        m = _OWNER_INSIDE.search(c.text) if c.type in ("Company", "Organization") else None
        if m is None or m.start() < 2 or len(c.text) - m.end() < 2:
            out.append(c)
            continue
        for a, b in ((0, m.start()), (m.end(), len(c.text))):
            part = c.text[a:b]
            typ = type_by_suffix(part, lex) or ("Company" if part in lex.gazetteer else c.type)
            out.append(Cand(c.start + a, c.start + b, part, typ, c.source, c.score))
    return out


#: A trade or sector at the end of a LAC organisation (汽车行业, 港航业, X证券|银行业): a trade is no body, and no
#: firm ends so (药业, 乳业, 置业 do: a brand's firm).
_TRADES_YE = (r"(?:银行|保险|证券|信托|港航|航运|航空|汽车|零售|餐饮|物流|快递|服务|金融|制造|地产|建筑"
              r"|互联网|钢铁|煤炭|化工|纺织|电商|旅游|酒店|传媒|广告|半导体|芯片|光伏)业")
_SECTOR_END = re.compile(r"(?:行业|产业|" + _TRADES_YE + r")$")
#: The whole trade word at the end (证券行业 of X证券证券行业, 银行业 of X证券银行业).
_SECTOR_WORD = re.compile(r"[\u4e00-\u9fff]{2}(?:行业|产业)|行业|产业|" + _TRADES_YE)


def _firm_before_sector(name: str, lex: Lexicons) -> str | None:
    """The firm's name before the trade an organisation ends with (X证券|银行业, X证券|证券行业), or None (汽车行业)."""
    firms = [name[:k] for k in range(len(name) - 2, 1, -1) if _SECTOR_WORD.fullmatch(name, k)]
    firms = [f for f in firms if len(f) >= 4 and f[-2:] != f[-4:-2]]  # (not X证券证券 of X证券证券行业, nor a name of three characters)
    known = [f for f in firms if f in lex.gazetteer]
    return known[0] if known else next((f for f in firms if type_by_suffix(f, lex) == "Company"), None)


#: A count of things (首款, 多家, 两台): no firm's name opens with one.
_COUNT_WORD = re.compile(r"(?:首|多|几|[一二两三四五六七八九十]+)[款家个台辆种项只部]")
#: A numeral and a measure word: LAC takes 从一 (从一个侧面) for an organisation.
_NUMBER_AND_MEASURE = re.compile(r"[一二两三四五六七八九十几][个种次项家位名批条件只场届]")
#: Words LAC glues to the end of a person's name: a case, a prize, a wife, a title (于海案, 徐悲鸿夫人, 费舍尔议长).
_PERSON_GLUED_END = re.compile(r"(?:案|奖|夫人|议长|总统|总理|首相|外长|部长|大使|将军|教授|先生|女士)$")
#: Particles that LAC glues to the end of a name (海南汽车|所|持): never part of it.
_TRAILING_PARTICLES = frozenset("所的之了着")
#: Characters that end a name's extension badly: function words and common verbs after names.
_NOT_NAME_TAIL = frozenset("的在和与及是了等将已也都就还曾称说向对被把从为则又便却亦才均拿到长表示胜平负值客主让升降后前上下中内外里队人区军方籍语文于以由自给跟同这那再并且而或因")


#: What follows a verb, not a name: an aspect or complement particle (出了, 死得早, 谈一下, 算得上).
_AFTER_VERB = ("了", "着", "过", "得", "一下")


def _verb_then_particle(d: _Doc, pos: int) -> bool:
    """LAC reads the character at ``pos`` as a verb that a particle follows, in its
    word (抱着, 算得上) or as the next word (出|了)."""
    i = d.starts.get(pos)
    if i is None:
        return False
    t = d.toks[i]
    if t.tag != "v":
        return False
    if len(t.text) > 1:
        return t.text[1:].startswith(_AFTER_VERB)
    return i + 1 < len(d.toks) and d.toks[i + 1].text in _AFTER_VERB


#: The firm's word that may come between a post verb and the title: 任|公司|总经理, 任|该集团|董事.
_FIRM_WORD_BEFORE_TITLE = re.compile(r"(?:该|本)?(?:公司|集团)?")


#: A deal's or a holding's verb inside a LAC organisation word, after a firm's name: 昆岭创投|持有公司.
_DEAL_VERB_INSIDE = re.compile(r"持有|持股|增持|减持|收购|入股|参股")
#: Adverbs, prepositions and conjunctions that LAC glues to the end of an organisation's name (X国资委将|所持).
_ADVERB_END_CHARS = frozenset("将把被已曾还也向对与和并则")


def _word_boundary(d: _Doc, t: Tok, lex: Lexicons) -> Tok:
    """Move a LAC name's end to agree with the second segmentation (jieba's words).

    * a particle that is a word of its own at the end of the name is cut off
      (``海南汽车所|持`` -> ``海南汽车``);
    * a name that ends inside a word is extended to the word's end when the
      whole is a known company name (``荣事|达`` -> ``荣事达``), or when the word
      starts with the name and adds one character that can end a name and does
      not start a relation verb (``美团|领投``): a person's two-character name
      after a family name (``周清|来``), a transliterated name (``卡利亚|里``),
      or any such character when jieba's dictionary knows the whole as a
      person's name (``吴冠|中``);
    * an organisation name that took the 大 of ``大股东`` (largest shareholder)
      gives it back, and one that took the last character of a common word
      before it (老股|东云途投资) starts after that word.
    """
    text = d.text
    w = d.word_over(t.start)
    if t.tag == "ORG" and w is not None and w[1] - t.start == 1 and t.end - w[1] >= 2 and is_common_word(text[w[0] : w[1]]):
        t = Tok(w[1], t.end, text[w[1] : t.end], t.tag)  # 老股|东云途投资: the name starts after 股东
    n = len(t.text)
    if n >= 3 and t.text[-1] in _TRAILING_PARTICLES and d.word_at(t.end - 1) == (t.end - 1, t.end) \
            and not (t.tag == "PER" and t.text[-1] in "之所"):  # 侯御之, 王羲之: 之 ends given names
        return Tok(t.start, t.end - 1, t.text[:-1], t.tag)
    if t.tag == "ORG" and n >= 5 and t.end in d.starts:
        nxt_word = d.toks[d.starts[t.end]]
        for k in (3, 2):  # X董事会(ORG)|秘书: the title 董事会秘书 takes the name's last characters
            m = lex.title_re.match(text, t.end - k)
            if m is not None and m.end() >= nxt_word.end and n - k >= 2:
                return Tok(t.start, t.end - k, t.text[: n - k], t.tag)
    if t.tag == "ORG" and n >= 4 and lex.suffix(t.text[:-1]) is not None and _crosses_into_word(d, t.start, t.end, any_name=True):
        return Tok(t.start, t.end - 1, t.text[:-1], t.tag)  # 远川实业主|营: 主 starts 主营 after the firm's word
    if n >= 4 and t.tag in ("ORG", "LOC") and t.text[-1] in _ADVERB_END_CHARS and d.word_at(t.end - 1) == (t.end - 1, t.end) \
            and _word_tag(t.text[-1]) in ("d", "p", "c"):
        return Tok(t.start, t.end - 1, t.text[:-1], t.tag)  # 岚川国资委将(ORG)|所持: the adverb is no part of the name
    if n >= 3 and t.tag in ("ORG", "LOC") and t.text[-1] == "大" and text.startswith("股东", t.end):
        return Tok(t.start, t.end - 1, t.text[:-1], t.tag)  # 新和成大|股东: the name's 大股东 (largest holder)
    if n >= 4 and t.tag in ("ORG", "LOC") and t.text[-1] in "原前" and re.match(r"(?:控股|第一大|大)?股东", text[t.end : t.end + 5]):
        return Tok(t.start, t.end - 1, t.text[:-1], t.tag)  # 赣川水务原|控股股东: its former holder
    if n >= 5 and t.tag == "ORG" and t.text.endswith("控股") and t.end in d.ends and _holds_a_name_next(d, d.ends[t.end], lex):
        return Tok(t.start, t.end - 2, t.text[:-2], t.tag)  # 金川环境控股(ORG)|赣川水务(LOC): 控股 is the verb, then its object
    if t.tag == "PER" and _crosses_into_word(d, t.start, t.end):
        return Tok(t.start, t.end - 1, t.text[:-1], t.tag)  # 穆萨敦|促: the foreign name's last character starts 敦促
    w = d.word_over(t.end)
    nxt = d.toks[d.starts[t.end]] if t.end in d.starts else None
    if t.tag in ("ORG", "LOC", "PER") and n >= 3 and _transliterated(t.text) and nxt is not None and len(nxt.text) == 1 \
            and nxt.text in _TRANSLIT and nxt.tag in ("v", "n", "nz") and w is not None and w[1] == nxt.end \
            and not _NAME_DOTS & set(t.text):
        return Tok(t.start, nxt.end, t.text + nxt.text, t.tag)  # 费内巴|切: jieba's 巴切 ends the foreign name
    if w is None or w[0] < t.start:
        return t
    if t.tag == "PER" and nxt is not None and _NOT_A_NAME.match("某" + nxt.text):
        return t  # 李文|博士: LAC's form of address after the name, though jieba reads 李文博|士
    ext = text[t.start : w[1]]
    extra = text[t.end : w[1]]
    if not all(is_cjk(c) for c in extra):
        return t
    if ext in lex.gazetteer and t.tag in ("ORG", "LOC", "PER") and len(extra) <= 2 and (
            n >= 2 or (w[1] in d.starts and d.toks[d.starts[w[1]]].text in lex.company_suffixes)):
        # (a lone character LAC read as a name grows only before a company word: 云(PER)|启|软件, not 现|金(PER)|红利)
        return Tok(t.start, w[1], ext, t.tag)
    if t.tag == "PER" and n == 2 and t.text[0] in lex.surnames and w[0] == t.start and len(extra) == 1 and _word_tag(ext) == "nr":
        return Tok(t.start, w[1], ext, t.tag)  # 吴冠|中: jieba's dictionary knows the whole as a person's name
    if w[0] != t.start or len(extra) != 1 or extra in _NOT_NAME_TAIL or not all(is_cjk(c) for c in t.text):
        return t
    if any(text.startswith(w, t.end) for w in lex.triggers):
        return t  # 美团|领投: the next character starts a relation verb, not the end of the name
    if _verb_then_particle(d, t.end):
        return t  # 韩立|抱着, 韩立|出|了: the character is LAC's verb, not the end of the name
    if _glued_suffix(d, t.start, t.end, lex):
        return t  # 青峦(ORG)|产|投 where jieba reads 青峦产|投: the character starts a company word
    if t.tag == "PER" and d.starts.get(t.end) is not None and d.toks[d.starts[t.end]].text == extra \
            and d.toks[d.starts[t.end]].tag == "v" and (
                lex.title_re.match(text, _FIRM_WORD_BEFORE_TITLE.match(text, w[1]).end())
                or (extra == "任" and (title := lex.title_re.search(text, w[1], w[1] + 18)) is not None
                    and not re.search(r"[，,。；;：:]", text[w[1] : title.start()]))):
        # 刘川|任|CEO, 周敏|任|公司总经理: LAC's verb before a title (任, 为), not the end of the name; after 任, a firm's
        # name may come first, the title later in the clause (林岚|任|岚川产控党委副书记)
        return t
    if t.tag == "PER" and n == 2 and t.text[0] in lex.surnames:
        return Tok(t.start, w[1], ext, t.tag)
    if t.tag in ("PER", "ORG", "LOC") and n >= 2 and t.text[0] not in lex.surnames:
        return Tok(t.start, w[1], ext, t.tag)
    return t


#: jieba's tags of verbs and function words (not of names or nouns, which a transliteration may end in: 尼斯, 克拉).
_FUNCTION_WORD_TAGS = frozenset({"v", "vd", "vn", "d", "c", "p", "a", "ad", "r", "u"})


def _crosses_into_word(d: _Doc, start: int, end: int, any_name: bool = False) -> bool:
    """A transliterated name (or, with ``any_name``, any name) whose last character starts a frequent
    word of jieba's that runs past the name's end (穆萨敦|促 for 穆萨|敦促, 安南希|望 for 安南|希望,
    远川实业主|营 for 远川实业|主营): the character is that word's."""
    name = d.text[start:end]
    if len(name) < 3 or not (any_name or _transliterated(name[-3:-1])) or not is_cjk(name[-1]):
        return False
    w = d.word_at(end - 1)
    if w is None or w[1] <= end:
        return False
    word = d.text[w[0] : w[1]]
    if any_name:  # (after a firm's word: any frequent word of the dictionary but a name's)
        return _word_tag(word) not in (None, "nr", "nrt", "ns", "nz", "nt", "j") and _jieba_freq(word) >= 50
    return _word_tag(word) in _FUNCTION_WORD_TAGS and _jieba_freq(word) >= 200


#: Words for a unit a firm owns, written between the owner's name and the unit's (X全资子公司Y).
_OWNED_UNIT_WORDS = ("子公司", "分公司", "孙公司", "旗下")


def _glued_orgs(a: Tok, b: Tok, lex: Lexicons, alone: set[str]) -> bool:
    """Two glued ORG words in Chinese script are one name (海尔|智家), unless the
    document also names each on its own (美团|滴滴 in a headline) and the whole is
    not a known name, nor the first a kind of institution (民营银行|浙江某银行)."""
    if not (a.tag == "ORG" and b.tag == "ORG" and a.end == b.start and is_cjk(a.text[-1]) and is_cjk(b.text[0])):
        return False
    if len(a.text) == 1 and (a.text in FUNCTION_CHARS or a.text in "任"):
        return False  # 曾|任(ORG)|X研究院(ORG): the post verb LAC tagged as a name, not the body's first character
    if len(b.text) >= 4 and _kind_of_institution(a.text):
        return False
    if len(b.text) >= 2 and _LISTED_FIRM_KIND.search(a.text) and _LISTED_FIRM_KIND.search(a.text).end() == len(a.text):
        return False  # 科创板上市公司(ORG)|澄岳光电(ORG): a kind of firm, then its name
    if len(b.text) >= 4 and a.text.endswith(_OWNED_UNIT_WORDS):
        return False  # 晟岚智能全资子公司(ORG)|苏州晟岚视觉科技有限公司(ORG): the owner's word for it, then its name
    if _joint_glued(a, b, lex):
        return False
    return (a.text + b.text) in lex.gazetteer or not (a.text in alone and b.text in alone)


def _joint_glued(a: Tok, b: Tok, lex: Lexicons) -> bool:
    """Two glued ORG words that are two firms, 与/和/及 glued to the first (澄川科技与|岫石科技)."""
    return a.tag == b.tag == "ORG" and a.end == b.start and len(a.text) >= 5 and a.text[-1] in "与和及" \
        and lex.suffix(a.text[:-1]) is not None and lex.suffix(b.text) is not None


#: A generation or a phase, which funds and products carry inside their names: 第三代, 二期, 第3期.
_ORDINAL_IN_NAME = re.compile(r"第?[一二三四五六七八九十\d]+(?:代|期)")


#: Ends of a whole firm's name: a time word after one opens a name of its own (X资本|未来科技基金).
_FIRM_WORD_ENDS = ("资本", "集团", "公司", "控股", "基金", "投资", "科技", "创投", "股份")
#: Time words that names bear (X未来科技基金, X现代农业集团), which LAC tags as times.
_TIME_WORDS_IN_NAMES = frozenset({"未来", "现代", "当代", "明日"})


def _name_start(d: _Doc, i: int, max_chars: int = 16) -> int | None:
    """Walk left from token ``i`` over name-like words; the start index, or None."""
    j = i
    while j > 0:
        p = d.toks[j - 1]
        # 新能源车企|驰(v)|曜|汽车: a coined name's character that LAC read as a verb, right after a kind of firm
        # (a kind in ordinary words, not a firm's name: X有限公司|任|党委, X公司|诉|Y公司; nor a verb that takes
        # a firm as its object: 子公司|获|X汽车…定点)
        kind = d.toks[j - 2] if j >= 2 else None
        coined = p.tag == "v" and len(p.text) == 1 and is_cjk(p.text) and p.text not in FUNCTION_CHARS \
            and p.text not in "任诉告称说获收购投控签推发设建入持占" and kind is not None and kind.end == p.start and kind.tag in ("n", "nz", "vn") \
            and len(kind.text) <= 6 and kind.text.endswith((*_KIND_END, *_SHORT_KINDS)) and d.toks[i].start - p.start <= 3
        # 驿(n)|见(v)|科技: a rare word LAC cut into two characters, the second read as a verb
        coined = coined or (p.tag == "v" and len(p.text) == 1 and j >= 2 and len(d.toks[j - 2].text) == 1
                            and d.toks[j - 2].end == p.start and d.toks[j - 2].tag in ("n", "nz", "vn", "a")
                            and p.text not in FUNCTION_CHARS and d.toks[j - 2].text not in FUNCTION_CHARS
                            and rare_word(d.toks[j - 2].text + p.text) and j == i
                            and d.toks[j - 2].text not in "年月日时周天号" and not (
                                j >= 3 and d.toks[j - 3].end == d.toks[j - 2].start and d.toks[j - 3].tag in ("m", "TIME")))
        # 南屿湖|未来(TIME)|科技|基金: a time word that names bear, inside a name
        coined = coined or (p.tag == "TIME" and p.text in _TIME_WORDS_IN_NAMES and j < i
                            and not (j >= 2 and d.toks[j - 2].text.endswith(_FIRM_WORD_ENDS)))  # (X资本|未来…基金: the owner's)
        if (p.tag not in _NAME_TAGS and p.tag != "a" and not coined) or p.end != d.toks[j].start \
                or d.toks[i].end - p.start > max_chars:
            break
        if p.tag == "m" and not LATIN_RE.fullmatch(p.text) and not (
                _ORDINAL_IN_NAME.fullmatch(p.text) and j >= 2 and d.toks[j - 2].end == p.start
                and (d.toks[j - 2].tag in ("LOC", "ORG", "nz") or (d.toks[j - 2].tag == "n" and rare_word(d.toks[j - 2].text)))):
            break  # (浙江省|第三代|半导体|产业|母基金, X|三期|股权投资基金: a generation or a phase inside a fund's name)
        if _is_role_word(p.text):
            break  # 股东|复星医药, 收购人|航天科工集团: a role, not part of the name
        if p.text == "任" and j >= 2 and d.toks[j - 2].text in ("曾", "现", "兼", "出", "转", "改", "升", "历", "后"):
            break  # 曾|任(ORG)|X研究院: the post verb LAC tagged as part of a name
        if p.text in ("人", "方", "者") and j >= 2 and d.toks[j - 2].tag.startswith("v") and d.toks[j - 2].end == p.start:
            break  # 收购|人|北方投资集团: the role split in two
        j -= 1
    return j if j < i else None


_ROLE_WORDS = frozenset(
    {"股东", "大股东", "控股股东", "公司", "企业", "集团", "旗下", "子公司", "母公司", "龙头", "巨头", "对手",
     "上市公司", "合作方", "买方", "卖方", "平台", "机构", "品牌", "厂商", "银行", "券商", "基金", "其",
     "自然人", "法人", "受让方", "转让方", "投资方", "出资方"}
)


#: Endings of kinds of institution; ordinary words before one make a role (保荐机构, 民营银行).
_ROLE_KIND_ENDS = ("机构", "银行", "券商", "公司", "企业", "平台", "基金")


def _kind_of_institution(text: str) -> bool:
    """A kind of institution, before a name (保荐机构, 民营银行): a verb or an attribute
    word, then the kind (a noun would often be a name: 平安银行, 环球公司)."""
    kind = next((k for k in _ROLE_KIND_ENDS if text.endswith(k)), None)
    return kind is not None and len(text) - len(kind) >= 2 and _word_tag(text[: -len(kind)]) in ("v", "vn", "b")


def _is_role_word(text: str) -> bool:
    """Words that name a role in front of a name (股东, 收购人, 投资方, 分销商, 保荐机构)."""
    return text in _ROLE_WORDS or (len(text) >= 2 and text[-1] in "人方者商" and text not in ("商人",)) \
        or _kind_of_institution(text)


#: What a listed company does in the news: 公告称, 今日披露, 晚间发布公告.
_ANNOUNCES = re.compile(r"(?:今日|昨日|日前|近日|今天|昨天|晚间|早间|\d{1,2}日)?(?:发布)?(?:公告|披露)")


def _announcers(d: _Doc, lex: Lexicons) -> list[Cand]:
    """Companies by what they do: ``上海(LOC)三毛(PER)公告称`` (a place and a word before
    公告/披露 are one listed company's name), ``罗牛山(PER)今日公告`` (a name that
    publishes an announcement, when the company list knows it)."""
    out = []
    toks = d.toks
    for a, b in zip(toks, toks[1:]):
        if a.tag == "PER" and a.text in lex.gazetteer and (a.start == 0 or not is_cjk(d.text[a.start - 1])) \
                and re.match(r"(?:今日|昨日|日前|近日|今天|昨天|晚间|早间|\d{1,2}日)?(?:发布)?公告", d.text[a.end : a.end + 6]):
            # 罗牛山(PER)今日公告称: people do not publish announcements, companies do
            out.append(Cand(a.start, a.end, a.text, "Company", "context", 0.9))
            continue
        if a.tag != "LOC" or b.tag not in ("PER", "ORG", "n", "nz") or a.end != b.start or len(b.text) < 2:
            continue
        if b.tag == "n" and is_common_word(b.text):
            continue  # 英国|媒体披露: the country's media, not a company
        if not (all(is_cjk(ch) for ch in a.text + b.text) and _ANNOUNCES.match(d.text, b.end)):
            continue
        out.append(Cand(a.start, b.end, d.text[a.start : b.end], "Company", "context", 0.9))
    return out


#: A shareholder role or a deal verb glued in front of a name: (第一大|控股)股东|北方投资集团.
#: Words for the role another firm plays for the text's (客户, 收购对象, 前东家, 竞争对手).
_ANOTHERS_ROLES = r"(?:收购|投资|合作|服务)?对象|(?:前|老)?东家|客户|(?:竞争)?对手|供应商|合作伙伴"
_HOLDER_PREFIX = re.compile(
    r"(?:老|新|原)?(?:第[一二三四五六七八九十]+大|控股|最大|主要|大)?股东|(?:控股|收购|并购|入股|注资|增持|入主)(?:人|方)?"
    r"|(?:全资|控股)(?:子公司|孙公司)"  # 全资子公司天穹金融科技有限公司: the role, not the name
    r"|(?:国资|国有资本|投资|产业投资|产业|股权投资|融资)平台"  # 国资平台鸿岫投资: the kind of holder, not the name
    r"|(?:运营|经营|实施|投资|出资|融资|发行)主体"  # 运营主体浙江X酿造有限公司: the firm's role, not its name
    r"|" + _ANOTHERS_ROLES  # 客户|澜峤科技: another firm's role (cut from a company's name only: see _ROLE_OF_ANOTHER)
)


#: The roles of another firm among the holder prefixes: cut only from a company's name, not a unit's.
_ROLE_OF_ANOTHER = re.compile(_ANOTHERS_ROLES)
def _a_role_here(text: str, start: int, role: str) -> bool:
    """``role`` at ``start`` is another firm's role, not the start of a name: 东家 only after 前/老 (前|东家X)."""
    return role != "东家" or text[start - 1 : start] in ("前", "老")


#: Company endings that are also the first word of a product phrase (灵狐智能音箱, 锐图智能驾驶系统).
_WEAK_ENDINGS = ("智能", "动力")


#: Sectors a broker's research desk covers (X证券|机械|行业|首席分析师).
_SECTORS = ("机械", "电子", "汽车", "医药", "生物医药", "计算机", "通信", "传媒", "家电", "化工", "军工", "电力设备", "电新",
            "新能源", "有色", "钢铁", "建材", "建筑", "地产", "房地产", "银行", "非银", "保险", "食品饮料", "农业", "纺织服装",
            "轻工", "商贸", "零售", "社服", "交运", "物流", "环保", "公用事业", "煤炭", "石化", "能源", "半导体", "消费")


def _research_desks(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``华岳证券机械行业首席分析师``: a firm's sector desk before an analyst's title; the sector
    LAC (or a company word) glued to the firm's name is not part of it."""
    text = d.text
    out = []
    for c in cands:
        if c.type in ("Company", "Organization") and c.source != "lexicon":
            e = c.end - 2 if c.text.endswith("行业") else c.end
            if text.startswith("行业", e) and (_title_follows(text, e + 2, lex) or text.startswith(("研究", "团队"), e + 2)):
                sector = next((w for w in _SECTORS if text.endswith(w, c.start, e) and e - len(w) - c.start >= 2), None)
                if sector is not None:
                    name = text[c.start : e - len(sector)]
                    c = Cand(c.start, c.start + len(name), name, type_by_suffix(name, lex) or c.type, c.source, c.score)
        out.append(c)
    return out


#: Ends of words before 部 that make no department: a business group (事业部) is a unit of its own, a sales
#: office (营业部) a branch, a command's headquarters (司令部, 指挥部) no firm's, and a shop's name ends in its
#: trade (汽车维修部, 家电门市部, 销售服务部: the shop itself).
_NOT_DEPARTMENTS = ("事业", "营业", "俱乐", "司令", "指挥", "维修", "门市", "经营", "服务", "批发")
#: Words of a firm's own name that a department's words never hold (X科技|发展公司|市场部: the name goes on).
_FIRMS_OWN_WORDS = ("公司", "集团", "有限", "股份", "控股")
#: Company endings that end a firm's name after another (信息|科技, 生物|医药, 商业|银行, 人寿|保险), where one that
#: names a trade may start a department's words (银行|零售信贷管理部, 证券|资产管理部), and so may one of these after
#: one of these (银行|科技金融部).
_FINAL_ENDINGS = frozenset({"科技", "医药", "电子", "化工", "银行", "保险", "集团", "控股", "股份", "实业", "光电", "通信"})
#: A bank's or a broker's departments that start with a firm's word: 公司业务部, 公司金融部, 集团客户部.
_FIRMS_WORD_DEPARTMENTS = re.compile(r"(?:公司|集团)(?:业务|金融|客户|银行|信贷|部门)")


def _departments_cut(lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``星澜集团投资部(ORG)总监甲``: a firm's name, then one of its departments (ordinary words and 部:
    企业信贷部, 人力资源部); the name is the firm's, a company's, and the department is a part of the post
    that follows, not a name of its own. A name found across the department (星澜银行网络金融(部)) goes
    with it."""
    out = []
    cut: list[tuple[int, int, int]] = []  # (start, the firm's end, end) of each department cut off
    for c in cands:
        if c.type in ("Company", "Organization") and c.source != "lexicon" and c.text.endswith("部") and len(c.text) >= 6 \
                and not any(type_by_suffix(c.text[:j], lex) == "Organization" for j in range(3, len(c.text))):
            # (中国房地产业协会|企业发展部: a body's department; the rule reads only firms')
            k = _department_at(c.text, lex)
            if k:
                cut.append((c.start, c.start + k, c.end))
                c = Cand(c.start, c.start + k, c.text[:k], "Company", c.source, c.score)
        out.append(c)
    if cut:
        out = [c for c in out if not any(s == c.start and f < c.end < e for s, f, e in cut)]
    return out


def _department_at(name: str, lex: Lexicons) -> int:
    """Where the department starts in ``name`` (a firm's name, then the department's words and 部), or 0.

    The firm's name is the shortest that ends in a company's word which does not go on (星澜基金|会 is no
    firm's) and leaves a department of two to eight characters: 交通银行|零售信贷管理部, 北京星澜置业有限公司|
    公关部 (not 北京星澜置业|有限公司公关部), 星澜信息科技|市场部 (not 星澜信息|科技市场部: a department does not
    start with a firm's word, save a bank's 公司业务部 or 集团客户部).
    """
    for k in range(max(3, len(name) - 9), len(name) - 2):
        firm, core = name[:k], name[k:-1]
        if type_by_suffix(firm, lex) != "Company" or _ending_goes_on(name, k, lex) or not all(is_cjk(ch) for ch in core):
            continue
        banks = _FIRMS_WORD_DEPARTMENTS.match(core) is not None and firm.endswith(("银行", "证券", "保险"))
        if (any(w in core for w in _FIRMS_OWN_WORDS) and not banks) or core.endswith(_NOT_DEPARTMENTS) \
                or "兼" in core or "秘书" in core or not _ordinary_phrase(core):
            continue  # (X董事会秘书兼证券部: a post, then the department)
        first = dictionary_words(core)[0]
        if len(first) < 2 or (first in _FINAL_ENDINGS and not banks and lex.suffix(firm, "company") not in _FINAL_ENDINGS):
            continue  # (中国房地|产业协会…; 星澜信息|科技市场部, but 星澜银行|零售信贷部)
        return k
    return 0


def _units_cut(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``星澜集团(ORG)|AI|事业群``: a firm's name that LAC found on its own, then one of its business units;
    they are two names, the firm's (a company) and the unit's (an organisation), as when the text puts 的
    or 旗下 between them. (Inside one LAC word, 星澜科技智能家电事业部, where the firm's name ends is
    not known: the name stays whole.)"""
    out = []
    for c in cands:
        unit = next((u for u in _BUSINESS_UNITS if c.text.endswith(u)), None) \
            if c.type in ("Company", "Organization") and c.source != "lexicon" else None
        i = d.starts.get(c.start) if unit is not None else None
        firm = d.toks[i] if i is not None else None
        if firm is not None and firm.tag == "ORG" and firm.end < c.end - len(unit) and _firms_own_name(firm.text, lex) \
                and not _ending_goes_on(c.text, firm.end - c.start, lex):
            at = firm.end + next((len(w) for w in ("旗下的", "旗下", "下属的", "下属", "的") if d.text.startswith(w, firm.end)), 0)
            core = d.text[at : c.end - len(unit)]
            if core and (LATIN_RE.fullmatch(core) or all(is_cjk(ch) for ch in core)) and not any(w in core for w in _FIRMS_OWN_WORDS):
                out.append(Cand(c.start, firm.end, firm.text, "Company", c.source, c.score))
                c = Cand(at, c.end, d.text[at : c.end], "Organization", c.source, c.score)
        out.append(c)
    return out


def _firms_own_name(firm: str, lex: Lexicons) -> bool:
    """``firm`` names a firm of its own: a company's ending after a name, not after ordinary words or a
    place or region (互联网金融, 中国区汽车: a trade)."""
    stem = firm[: -len(lex.suffix(firm, "company") or "")] or firm
    return type_by_suffix(firm, lex) == "Company" and not _ordinary_phrase(stem) and _word_tag(stem) != "ns" \
        and not stem.endswith("区")


def _ending_goes_on(text: str, k: int, lex: Lexicons) -> bool:
    """A name's ending runs on past ``k`` (星澜基金|会: the ending is 基金会, not 基金)."""
    for j in range(k + 1, min(len(text), k + 3) + 1):
        ending = lex.suffix(text[:j])
        if ending and len(ending) > j - k:
            return True
    return False


def _giants_cut(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``德国汽车巨头大众集团``, ``美国科技巨头X(ORG)``: a country, an industry and 巨头 say what
    kind of firm the name after them is; LAC glues them to it or reads them as a name of their own
    (德国工业(ORG)|巨头)."""
    text = d.text
    out = []
    for c in cands:
        if c.type in ("Company", "Organization") and c.source != "lexicon":
            k = c.text.rfind("巨头")
            named = k >= 0 and len(c.text) - k - 2 >= 2  # 德国汽车巨头|大众集团: the name after the kind
            if named:
                kind = c.text[:k]
            elif c.text.endswith("巨头") or (text.startswith("巨头", c.end) and _word_tag(c.text[:2]) == "ns"
                                            and _word_tag(c.text[2:]) not in (None, "nr", "nrt", "nz", "nt", "j")):
                kind = c.text  # 德国工业(ORG)|巨头: the kind of the firm named next, not a name
            else:
                out.append(c)
                continue
            # (its country stays a place: 德国|汽车巨头)
            place = next((kind[:n] for n in (4, 3, 2) if len(kind) > n and _word_tag(kind[:n]) == "ns"), None)
            if place:
                out.append(Cand(c.start, c.start + len(place), place, "Place", "lac", 0.7))
            if named:
                name = c.text[k + 2 :]
                out.append(Cand(c.start + k + 2, c.end, name, type_by_suffix(name, lex) or c.type, c.source, c.score))
            continue
        out.append(c)
    return out


#: The owner and kind of a state or private firm written before its name: 安徽省属国企, 市属国有企业, 央企, 民营企业.
_OWNERSHIP_KIND = re.compile(r"(?:(?P<place>[\u4e00-\u9fff]{2,3}?)(?:省|市|区|县)?属|中央|地方)?(?:国企|央企|民企|国有企业|民营企业|国有独资企业)")


#: An owner alone, which LAC may read as an organisation: 安徽省属, 市属国企.
_OWNER_ONLY = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,3}?)(?:省|市|区|县)属(?:国企|央企|国有企业)?")


def _ownership_kind_cut(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``安徽省属国企青岚农业发展集团``: who owns a firm and its kind, written before its name, are
    no part of it (the province stays a place)."""
    out = []
    for c in cands:
        if c.type in ("Company", "Organization") and c.source == "lac" and (own := _OWNER_ONLY.fullmatch(c.text)):
            if _word_tag(own.group("place")) == "ns":  # 安徽省属(ORG)|国企…: the owner's province, no name
                out.append(Cand(c.start, c.start + len(own.group("place")), own.group("place"), "Place", "lac", 0.7))
            continue
        m = _OWNERSHIP_KIND.match(c.text) if c.type in ("Company", "Organization") and c.source != "lexicon" else None
        rest = c.text[m.end() :] if m else ""
        if m is None or len(rest) < 4 or not type_by_suffix(rest, lex):
            out.append(c)
            continue
        place = m.group("place")
        if place and _word_tag(place) == "ns":
            out.append(Cand(c.start, c.start + len(place), place, "Place", "lac", 0.7))
        out.append(Cand(c.start + m.end(), c.end, rest, type_by_suffix(rest, lex) or c.type, c.source, c.score))
    return out


#: After a newspaper's name: its reporter or its news line (中国证券报记者, X报·中证网讯, X报讯).
_NEWSPAPER_AFTER = re.compile(r"(?:日|晚|早|时|周|商|证券|经济|科技|财经|青年|法制)?报(?=记者|讯|·)")


#: After a news site's name: its dateline (新华网北京3月5日电, 中新网9月7日电), its news line, its reporter, or
#: what it reports (X网快讯, X网记者, X网消息, X网来源：).
_SITE_NEWS_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{2,4})?\d{1,2}月\d{1,2}日(?:电|讯|消息|报道)|讯|快讯|消息|报道|记者|来源|独家|援引|获悉"
                              r"|综合报道|综合消息|专稿|评论员")
#: Networks that are no site (互联网消息, 电网记者): words ending in 网 that name a kind of network.
_NETWORK_WORDS = ("互联网", "物联网", "车联网", "局域网", "因特网", "万维网", "以太网", "电网", "官网", "内网", "外网", "专网",
                  "宽带网", "骨干网", "算力网", "卫星网", "通信网", "电信网", "路网", "管网")


#: Words of a public body's site, not a firm's: 中国政府网, 中国裁判文书网, X市人民政府网.
_PUBLIC_SITE = re.compile(r"政府|政务|法院|检察|裁判|公安|人大|政协|国务院|[部委局署厅]网$")


def _news_sites(d: _Doc) -> list[Cand]:
    """``新华网北京3月5日电``, ``环球网记者``, ``中新网消息``: a word of LAC's that ends in 网, then a
    dateline, a news line or a reporter, is a news site's name: a Company."""
    out = []
    for t in d.toks:
        if t.tag in ("nz", "ORG", "n", "nw") and t.text.endswith("网") and 3 <= len(t.text) <= 8 \
                and not t.text.endswith(_NETWORK_WORDS) and _SITE_NEWS_AFTER.match(d.text, t.end):
            typ = "Organization" if _PUBLIC_SITE.search(t.text) else "Company"  # (中国政府网, 中国裁判文书网: public bodies')
            out.append(Cand(t.start, t.end, t.text, typ, "site", 0.8))
    return out


def _newspapers(d: _Doc, cands: list[Cand]) -> list[Cand]:
    """``中国证券报记者``: a name that 报 (or a word ending in it) and a reporter or news line
    follow is a newspaper's, an Organization (LAC reads 中国|证券|报, and 证券 ends firms' names);
    ``中证网讯``: an outlet's news line, without its 讯."""
    out = []
    for c in cands:
        if c.type in ("Company", "Organization", "Place") and c.source != "lexicon":
            if (m := _NEWSPAPER_AFTER.match(d.text, c.end)) and c.type != "Place":
                c = Cand(c.start, m.end(), d.text[c.start : m.end()], "Organization", c.source, c.score)
            elif c.text.endswith(("网讯", "社讯", "报讯")) and len(c.text) >= 4:
                c = Cand(c.start, c.end - 1, c.text[:-1], "Organization", c.source, c.score)  # 中证网讯: the outlet's news line
        out.append(c)
    return out


#: A firm's party or union body, written before a post there (X党委副书记): the post is at the firm.
_FIRMS_BODY = re.compile(r"(?:党委|党组|纪委|工会)$")


def _firms_bodies_cut(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``澜衡控股党委|副书记``: a company's party committee before a title is part of the post
    (党委副书记 at the company), not an organisation of its own."""
    out = []
    for c in cands:
        m = _FIRMS_BODY.search(c.text) if c.type == "Organization" and c.source != "lexicon" else None
        stem = c.text[: m.start()] if m else ""
        if m and len(stem) >= 2 and type_by_suffix(stem, lex) == "Company" and title_prefix(d.text[c.end : c.end + 16], lex):
            c = Cand(c.start, c.start + len(stem), stem, "Company", c.source, c.score)
        out.append(c)
    return out


#: Words that make a party's noun with 方 (投资方, 收购方, 受让方): LAC may give the 方 to the name after it.
_PARTY_WORDS_BEFORE_FANG = ("投资", "收购", "受让", "出资", "合作", "交易", "转让", "出让", "买", "卖", "对", "各", "双", "甲", "乙")


def _party_fang_cut(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``公司投资|方恒岳(PER)|资本``: the 方 of a party's noun (投资方) is no part of the name after it."""
    out = []
    for c in cands:
        if c.text[:1] == "方" and len(c.text) >= 4 and c.type in ("Company", "Organization") and c.source != "lexicon" \
                and d.text[max(0, c.start - 2) : c.start].endswith(_PARTY_WORDS_BEFORE_FANG):
            c = Cand(c.start + 1, c.end, c.text[1:], type_by_suffix(c.text[1:], lex) or c.type, c.source, c.score)
        out.append(c)
    return out


def _titles_cut(lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``前大疆创新工程师(ORG)|顾承宇``: a job title LAC glued to a firm's name, right before a
    person's, is the person's post there, not part of the firm's name; so is one before 由 inside a
    name (``X欧洲总经理由集团``: the post of X欧洲 that the group's person fills)."""
    people = {c.start for c in cands if c.type == "Person"}
    out = []
    for c in cands:
        if c.type in ("Company", "Organization") and c.source == "lac" and c.end in people:
            title = lex.title_at_end(c.text)
            if title and len(title) >= 2 and len(c.text) - len(title) >= 2:
                name = c.text[: -len(title)]
                c = Cand(c.start, c.end - len(title), name, type_by_suffix(name, lex) or c.type, c.source, c.score)
        k = c.text.find("由", 1) if c.type in ("Company", "Organization") and c.source in ("lac", "suffix") else -1
        title = lex.title_at_end(c.text[:k]) if k > 0 else None
        if title and len(title) >= 2 and k - len(title) >= 2:
            # 欧洲总经理由集团(ORG): a firm's post, then 由 and who fills it, is no name; the firm is what comes before
            # (a place alone is the place: X集团|日本总经理由集团, the firm's post for Japan)
            name = c.text[: k - len(title)]
            typ = "Place" if _word_tag(name) == "ns" else type_by_suffix(name, lex) or c.type
            c = Cand(c.start, c.start + len(name), name, typ, c.source, c.score)
        out.append(c)
    return out


#: Verbs of something finished, after which 后 means "after": 完成后, 交割后.
_COMPLETION_VERBS = frozenset({"完成", "结束", "交割", "落地", "成立", "上市", "实施", "生效", "到位", "签署", "获批", "落定"})


def _after_verb_hou_cut(d: _Doc, cands: list[Cand]) -> list[Cand]:
    """``交易完成后|寿精机``: the 后 (after) of a verb LAC glued to the name that follows it."""
    out = []
    for c in cands:
        if c.text[:1] == "后" and len(c.text) >= 3 and c.source != "lexicon" and c.start in d.ends \
                and d.toks[d.ends[c.start]].text in _COMPLETION_VERBS:  # (not 收购|后稷农业: a name's own 后)
            c = Cand(c.start + 1, c.end, c.text[1:], c.type, c.source, c.score, c.name)
        out.append(c)
    return out


def _ownership_word_cut(cands: list[Cand]) -> list[Cand]:
    """``X集团下属(ORG)|子公司Y``: a word of ownership LAC glued to the end of a firm's name is the firm's
    cue for its units, no part of its name."""
    out = []
    for c in cands:
        if c.type in ("Company", "Organization") and c.source == "lac" and c.text[-2:] in _OWNERSHIP_WORDS and len(c.text) >= 4:
            c = Cand(c.start, c.end - 2, c.text[:-2], c.type, c.source, c.score, c.name)
        out.append(c)
    return out


def _brand_word_cut(cands: list[Cand]) -> list[Cand]:
    """``宠物食品品牌毛团实验室`` read as one name: the trade and 品牌 describe the name after them."""
    out = []
    for c in cands:
        k = c.text.rfind("品牌")
        # (品牌澜途(ORG): LAC glued the brand word of 高端新能源|品牌 to the name after it)
        if c.type in ("Company", "Organization") and c.source in ("lac", "suffix", "unit") and (2 <= k or (k == 0 and c.source == "lac")) \
                and len(c.text) - k - 2 >= 2 \
                and not _ordinary_phrase(c.text[k + 2 :]):  # (湖南省品牌信誉调查中心: a body whose work is brands)
            c = Cand(c.start + k + 2, c.end, c.text[k + 2 :], c.type, c.source, c.score, c.name)
        out.append(c)
    return out


def _former_employers(d: _Doc, lex: Lexicons) -> list[Cand]:
    """A known firm's name after 前 or 原 (former) and before its staff or a post: the firm someone
    worked for, however LAC cut it (前岫(ORG)|澜|高管, 前|岫|澜|员工, 原|X(PER)|副总裁). The name
    ends where one of LAC's words ends."""
    out = []
    text = d.text
    for m in _FORMER_MARK.finditer(text):
        s = m.end()
        if text[s : s + 2] not in lex.gazetteer_heads:
            continue
        for e in range(min(len(text), s + lex.gazetteer_max), s + 1, -1):
            name = text[s:e]
            if e in d.ends and name in lex.gazetteer and _FORMER_EMPLOYEE_AFTER.match(text, e):
                if _word_tag(name) not in (None, "nr", "nrt", "nt", "nz") and not (
                        s in d.starts and d.toks[d.starts[s]].end == e and d.toks[d.starts[s]].tag == "ORG"):
                    break  # (原统一|采购负责人, 前联合创始人, 此前海外…: a common word the list also holds, unless LAC named it)
                out.append(Cand(s, e, name, "Company", "titled", 0.86))
                break
    return out


def _former_mark_cut(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``原澜途科技总裁``: the 原 or 前 of a former post, glued to a firm's name before the post's
    title, is not part of it (not 前海, a place's own word; not 原力数字科技 with no post after it).
    A short name (原极光云总经理) loses it only where the text names it without (极光云升级为…)."""
    out = []
    for c in cands:
        if c.type in ("Company", "Organization") and c.source != "lexicon" and c.text[:1] in ("原", "前") \
                and (len(c.text) >= 5 or len(c.text) == 4 and d.text.count(c.text[1:]) > d.text.count(c.text)) \
                and _word_tag(c.text[:2]) is None and _title_follows(d.text, c.end, lex):
            c = Cand(c.start + 1, c.end, c.text[1:], c.type, c.source, c.score, c.name)
        out.append(c)
    return out


def _weak_endings_cut(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """A name that ends in 智能 or 动力 right before a noun (not a title) ends before that
    word: the phrase names a product (灵狐智能音箱), not a firm 灵狐智能; a firm's name LAC
    read with its share market (X科技美股盘|前) ends before the market."""
    out = []
    for c in cands:
        if c.type == "Company" and c.text.endswith(_WEAK_ENDINGS) and len(c.text) >= 4 and c.end in d.starts:
            nxt = d.toks[d.starts[c.end]]
            if nxt.tag in ("n", "vn", "nz") and is_cjk(nxt.text[0]) and lex.title_at_end(nxt.text) is None \
                    and nxt.text not in _ROLE_WORDS:  # (驰川动力|董事长: a title follows a firm)
                core = c.text[:-2]
                c = Cand(c.start, c.end - 2, core, c.type, c.source, c.score)
        elif c.type in ("Company", "Organization") and (m := _MARKET_TAIL.search(c.text)) and m.start() >= 3:
            # 云启科技美股盘(ORG)|前, X换股(ORG)|吸收合并: the market or the swap is not part of the name
            c = Cand(c.start, c.start + m.start(), c.text[: m.start()], "Company", c.source, c.score)
        out.append(c)
    return out


#: A share market or a share swap glued after a firm's name: X美股盘前, X港股, X换股(吸收合并).
_MARKET_TAIL = re.compile(r"(?:(?:美股|港股|A股|B股|H股)盘?|换股)$")


#: A rank, a count or a determiner: 第四大…, 两家…, 各…, 该… (数字内容 is no count).
_COUNTED = re.compile(r"第|[一二两三四五六七八九十几数多各每该本这那其某][家个位名项所批类大种]|[各每该本这那其某]")
#: A function word glued after a unit's or firm's ending: 云计算事业群由|集团…, not one name.
_FUNCTION_AFTER_ENDING = re.compile(r"(?<=[群部司团行所院会局])(?:由|将|被|在|把|从|于)")  # (向, 对: two names, see _split_owned)


def _listed_siblings(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``A事业群、B事业群和C事业群``: after a unit's or body's name found with its ending, the
    names that follow it in a list (、和及与) with the same ending are names too, however
    ordinary their words."""
    text = d.text
    out: list[Cand] = []
    taken = sorted((c.start, c.end) for c in cands)
    for c in cands:
        if c.type != "Organization" or c.source not in ("suffix", "lac", "unit"):
            continue
        suf = lex.suffix(c.text, "org")  # units and bodies (事业群, 委员会), not firms (企业银行及投资银行)
        if suf is None or len(suf) < 2:
            continue
        pos = c.end
        while True:
            m = _sibling_with_ending(suf).match(text[pos : pos + 16])
            if m is None or not m.group(1) or _FUNCTION_AFTER_ENDING.search(m.group(0)) or _COUNTED.match(m.group(1)):
                break
            s, e = pos + m.start(1), pos + m.end()
            if any(a < e and s < b and not (s <= a and b <= e - len(suf)) for a, b in taken):
                break  # a name found there already: not a bare sibling (one inside its words is: 和|国际业务|事业群)
            out.append(Cand(s, e, text[s:e], c.type, "list", 0.8))
            pos = e
    return out


def _strip_holder_role(text: str, cands: list[Cand], lex: Lexicons) -> list[Cand]:
    """Company and organisation names never start with 股东 (shareholder) or a deal verb
    (实现控股|加拿大东亚银行), nor end in words about capital or shares: cut them off."""
    out = []
    for c in cands:
        m = _HOLDER_PREFIX.match(c.text) if c.type in ("Company", "Organization") else None
        if m and _ROLE_OF_ANOTHER.fullmatch(m.group()) and (c.type != "Company" or lex.suffix(c.text, "org") is not None
                                                           or not _a_role_here(text, c.start, m.group())):
            m = None  # (客户体验事业群, 客户服务中心: a unit named by what it serves, not 客户|X; 东家X: a name)
        if m and len(c.text) - m.end() >= (2 if "股东" in m.group() else 4) and not c.text.startswith("股东大会"):
            c = Cand(c.start + m.end(), c.end, c.text[m.end() :], c.type, c.source, c.score)
        f = _FUNCTION_AFTER_ENDING.search(c.text) if c.type in ("Company", "Organization") else None
        if f and f.start() >= 2:  # 云计算事业群由集团: the name ends before 由
            part = c.text[: f.start()]
            c = Cand(c.start, c.start + f.start(), part, type_by_suffix(part, lex) or c.type, c.source, c.score)
        t = _NOT_NAME_END.search(c.text) if c.type in ("Company", "Organization") else None
        if t:  # 威宏电子|注册资本, 油气公司|全部股份: capital or shares, not part of the name
            if t.start() < 2:
                continue
            c = Cand(c.start, c.start + t.start(), c.text[: t.start()], c.type, c.source, c.score)
        out.append(c)
    return out


#: Verbs of holding or trading shares: after them, X股份 is X's shares, not a company named X股份.
_SHARE_VERB_BEFORE = re.compile(r"(?:持有|所持|持|出售|减持|增持|买入|卖出|转让|抛售|认购|收购)(?:的|了|其)?$")


def _shares_are_not_names(d: _Doc, cands: list[Cand]) -> list[Cand]:
    """``出售其持有的英伟达股份``: the shares of 英伟达, not a company 英伟达股份."""
    out = []
    for c in cands:
        if c.type == "Company" and c.text.endswith(("股份", "股票")) and len(c.text) >= 4 \
                and _SHARE_VERB_BEFORE.search(d.text, max(0, c.start - 5), c.start):
            # only where LAC read a name and the word 股份 apart (英伟达|股份, 蓝鲸|网络|股份), not one name (巢东股份)
            words = d.tokens_in(c.start, c.end)
            if len(words) >= 2 and words[-1].text in ("股份", "股票") and words[0].tag in ("ORG", "nz"):
                c = Cand(c.start, c.end - 2, c.text[:-2], c.type, c.source, c.score)
        out.append(c)
    return out


#: Words about a company's capital or shares that LAC glues to its name.
_NOT_NAME_END = re.compile(r"(?:注册资本金?|注册资金|资本金|(?:的)?(?:全部|部分|所有)(?:股份|股权)?|控股权|控制权)$")


#: Endings that make a kind of firm, not a name, out of an ordinary noun (科技公司, 信托公司).
_FIRM_WORDS = ("有限公司", "公司", "企业", "机构", "厂商")  # not 银行 or 集团: 建设银行, 新闻集团 are names
#: Industries that also end company names (顺丰物流); after an ordinary common word they name a sector.
_INDUSTRY_WORDS = ("物流", "科技", "软件", "网络", "传媒", "电子", "通信", "汽车", "医药", "能源", "地产", "文化", "游戏",
                   "娱乐", "教育", "医疗", "材料", "环保", "食品", "零售", "电池", "半导体", "水务", "燃气")
#: Trades that end short company names (岑远信息, 栖曜传感) but after ordinary words name a field (计算机视觉, 汽车电驱).
_FIELD_WORDS = ("信息", "传感", "电驱", "智驾", "视觉", "数智")
#: jieba dictionary tags of ordinary words: nouns, verbal nouns, verbs, adjectives, distinguishers.
_ORDINARY_TAGS = frozenset({"n", "vn", "v", "a", "an", "ad", "d", "b"})


#: Currencies, which LAC sometimes tags as names (10亿港元, 250亿挪威克朗, 提价1卢比).
_CURRENCY = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?:美元|欧元|日元|港元|港币|澳元|加元|韩元|英镑|卢比|克朗|法郎|马克|比索|卢布|里拉|兰特|林吉特|泰铢"
    r"|新台币|台币|人民币|新加坡元|瑞郎)$"
)


#: What a regulator or a company publishes that is a document, not a product (发布“通知”, 《…办法》).
_DOCUMENT_END = re.compile(
    r"(?:通知|意见|办法|规定|公告|报告|决定|通报|声明|倡议书?|指引|指南|条例|方案|规划|纲要|白皮书|细则|准则|章程|议案|预案|函"
    r"|协议|合同|政策|条款|规则|公约|守则|标准|法)$"
)


#: Right after a title in 《》: what only a game or an app has (主机版, 国服, 玩家, 版号; 定档9月公测…).
_TITLE_IS_A_PRODUCT_AFTER = re.compile(r"(?:的)?(?:主机版|手游版|移动版|PC版|端游版|国服|国际服|资料片|DLC|版号|Steam|玩家)"
                                       r"|[^，,。；;《》]{0,6}?(?:公测|内测|首测|不删档|开服)"
                                       r"|是一款[^，,。；;《》]{0,10}?(?:游戏|手游|应用|App|APP)")  # (《X》是一款解谜游戏)
#: Right before a title in 《》: a game or an app by its kind (手游《X》, 游戏新作《X》, 开放世界RPG《X》), or a new work that
#: a game's maker or a games event shows (X游戏公布新作《Y》, 游戏发布会上公布了新作《Y》; not 游戏与影视联动发布会上
#: 公布了新作, 游戏设定集新作).
_TITLE_IS_A_PRODUCT_BEFORE = re.compile(r"(?:新游|手游|端游|页游|网游|游戏新作|游戏作品|RPG|MMORPG|MOBA|FPS|App|APP|应用)$"
                                        r"|游戏[^，,。；;《》与和及、]{0,12}?(?:公布|发布|推出|展示)了?(?:旗下)?(?:首款)?(?:新作|新品)$")


def _titled_products(d: _Doc) -> list[Cand]:
    """A title in 《》 that is a game's or an app's: after 手游/游戏新作, or before 主机版, 国服, 公测, 版号
    (《X》主机版在日韩的发行, 新作《X》国服交给Y), not a document's (《…协议》, 《…法》) nor, with words
    that films, books and songs share (新作, 上线, 首发), a film's, a book's or a song's."""
    text = d.text
    out = []
    for m in re.finditer("《([^《》\n]{2,12})》", text):
        name = m.group(1)
        if not _valid_name(name) or _DOCUMENT_END.search(name):
            continue
        if _TITLE_IS_A_PRODUCT_BEFORE.search(text, max(0, m.start() - 22), m.start()) \
                or _TITLE_IS_A_PRODUCT_AFTER.match(text, m.end()):
            out.append(Cand(m.start(1), m.end(1), name, "Product", "quoted", 0.8))
    return out


def _drop_documents(cands: list[Cand]) -> list[Cand]:
    """A "product" named like a document (通知, 管理办法, 年度报告) is not one."""
    return [c for c in cands if not (c.type == "Product" and _DOCUMENT_END.search(c.text))]


def _drop_currencies(d: _Doc, cands: list[Cand]) -> list[Cand]:
    """Money is not an entity: 10亿港元 tagged as an organisation, 1卢比 as a person.

    Only after an amount: 马克 and 兰特 are also people's names.
    """
    out = []
    for c in cands:
        before = d.text[c.start - 1] if c.start else ""
        if _CURRENCY.match(c.text) and (before.isdigit() or before in "万亿千百十几多余"):
            continue
        out.append(c)
    return out


def place_word(word: str) -> bool:
    """jieba's dictionary knows ``word`` as a place (无锡), with a city's or a province's ending
    (苏州市), or as two places (北京|中关村)."""
    if _word_tag(word) == "ns" or (word[-1:] in "市省区县" and _word_tag(word[:-1]) == "ns"):
        return True
    return any(_word_tag(word[:k]) == "ns" and _word_tag(word[k:]) == "ns" for k in range(2, len(word) - 1))


def _jieba_freq(word: str) -> int:
    """How often jieba's dictionary counts ``word`` (0 for a word it does not hold)."""
    import jieba

    jieba.dt.check_initialized()  # (loaded once per process; a no-op after that)
    return jieba.dt.FREQ.get(word, 0) or 0


def _word_tag(word: str) -> str | None:
    """The part of speech jieba's dictionary gives ``word`` (``None`` when it is not a word there)."""
    import jieba.posseg  # loaded once per process (kg.nlp.preload loads it before workers fork)

    return jieba.posseg.dt.word_tag_tab.get(word)


word_tag = _word_tag


#: Ends of bodies' short names that no firm bears: 北交所, 人民日报社, 央行, 澄州市国资委, 红十字会.
_BODY_SHORT_ENDS = ("所", "社", "会", "委", "办", "局", "部", "署", "院", "厅", "央行", "政府", "大学", "学院")


def bare_firm_like(name: str, lex: Lexicons) -> bool:
    """A name with no mark of a body, that a firm could bear: no organisation's ending (委员会, 大学),
    no body's short ending (北交所, 人民日报社, 央行), not a place's name or a common word (挪威)."""
    return not lex.suffix(name, "org") and not name.endswith(_BODY_SHORT_ENDS) and not is_common_word(name)


def is_common_word(word: str) -> bool:
    """A place name or a frequent ordinary word in jieba's dictionary (中国, 中心), not an
    abbreviation (工行, 北大: tagged j) or a rare word."""
    tag = _word_tag(word)
    return tag == "ns" or (tag not in (None, "j", "nz", "nt") and _jieba_freq(word) >= 1000)


#: Kinds of trader written before a firm's name (开发商X, 集成商X); the relation patterns share them.
TRADER_KINDS = ("制造商", "运营商", "开发商", "供应商", "服务商", "提供商", "生产商", "零售商", "经销商", "品牌商", "集成商",
                "承包商", "分销商", "代理商", "贸易商", "设备商", "方案商", "研发商", "设计商", "承建商", "软件商", "硬件商",
                "材料商", "模组商")
_KIND_END = ("公司", "企业", "厂商", "工作室", "初创公司", "独角兽", *TRADER_KINDS)
#: Kinds of bank, not banks' names: 外资银行, 商业银行, 发卡银行, 城商行 (建设银行, 民生银行 are names).
_KIND_OF_BANK = re.compile(
    r"(?:外资|中资|商业|零售|国内|国外|海外|境外|发卡|收单|托管|代理|主办|贷款|企业|地方|股份制|国有|城市商业|农村商业|村镇|民营|"
    r"投资|政策性|网络|网上|直销|合作|大型|中小|中小型|各家|多家|部分|其他|相关|有关|欧美|外国|本地|当地)(?:银行|行)"
    r"|城商行|农商行|外资行|中资行|股份行|国有行|大行")
#: Short kinds of firm written before a firm's name (国内车企X, 创新药企X).
_SHORT_KINDS = ("车企", "药企", "房企", "险企", "央企", "国企", "民企", "外企", "券商", "新势力", "芯片商", "械企")
_SHORT_KIND_RE = re.compile("|".join(_SHORT_KINDS))
_PERSON_ROLES = frozenset({"员工", "职员", "工作人员", "负责人", "人士", "客服", "代表", "发言人", "老板", "高管"})
_APPOSITIVE_TAGS = frozenset({"n", "nz", "nw", "ORG", "PER", "LOC", "j", "x"})
#: Words that end a name after a kind of firm: punctuation, particles, prepositions, numbers, times.
_NOT_IN_NAME_TAGS = frozenset({"w", "u", "p", "c", "r", "m", "q", "f", "d", "TIME"})


def _name_like(toks: Sequence[Tok]) -> bool:
    """Words that can be a name: one of them tagged as a name (or Latin), or a single word the dictionary lacks."""
    if any(t.tag in PROPER_TAGS or t.tag == "x" or LATIN_RE.fullmatch(t.text) for t in toks):
        return True
    return len(toks) == 1 and _word_tag(toks[0].text) is None


def _read_as_verb(t: Tok) -> bool:
    """LAC or jieba's dictionary reads the word as a verb (接棒(v), 履新)."""
    return t.tag in ("v", "vd", "vn") or _word_tag(t.text) in ("v", "vd", "vn")


@functools.lru_cache(maxsize=1 << 16)
def _ordinary_phrase(text: str) -> bool:
    """Every jieba word of ``text`` is an ordinary dictionary word (智能|汽车, 游戏)."""
    words = dictionary_words(text)
    # (AI|芯片; 乳(ng)|饮品: a noun's morpheme; 卫星(nr): a frequent noun the dictionary tags as a name)
    return bool(words) and all(_word_tag(w) in _ORDINARY_TAGS or w.upper() in _TECH_TERMS or _word_tag(w) == "ng"
                               or (_word_tag(w) == "nr" and _jieba_freq(w) >= 1000) for w in words)


def _ordinary_words(text: str) -> bool:
    """``text`` is ordinary dictionary words of two characters or more (云端|数据), not a coined name
    that jieba can only cut into characters (翼|鸥|低空|物流)."""
    return _ordinary_phrase(text) and all(len(w) >= 2 for w in dictionary_words(text))


@functools.lru_cache(maxsize=1 << 14)
def _ordinary_after_place(text: str) -> bool:
    """A place and ordinary words (德国|生物|技术|公司), as LAC reads a kind of firm in one word."""
    words = dictionary_words(text)
    # (words of two characters or more: 英国|必|发|公司 is a name the dictionary lacks, read in characters)
    return len(words) >= 2 and _word_tag(words[0]) == "ns" and all(len(w) >= 2 for w in words[1:]) \
        and _ordinary_phrase(text[len(words[0]) :])


#: Before a kind of firm that no name follows: a determiner or a count (这家, 某, 多家, 一家).
_DETERMINER_BEFORE = re.compile(r"(?:这|那|该|某|每|各|多|几|一|两|数)家?$|家$")
#: Several firms, none named: 多家, 数家, 各家, 一些 (向多家器件厂商|送样).
_SOME_FIRMS_BEFORE = re.compile(r"(?:多|几|数|各|众多|诸多)家$|一些$|部分$")
#: A name in quotes: 「星海微电子」, “云途互娱”.
_QUOTED_NAME = re.compile(r"([「“])([\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9·&\- ]{1,14})([」”])")


#: The last characters of the kinds of firm (公司, 企业, 车企, 品牌…).
_KIND_LAST_CHARS = frozenset(w[-1] for w in (*_KIND_END, *_SHORT_KINDS, "品牌"))


#: Words after a firm's name that say how it does a deal (被X全资收购, 与X合资成立): not part of the name.
_HOW_A_DEAL_IS_DONE = frozenset({"全资", "合资", "独资", "参股", "联合", "共同", "携手", "分别"})


def _appositive_firms(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``成立了智能汽车公司集度``, ``收购了游戏公司米哈游``: the name after a kind of firm.

    The kind (ordinary words ending in 公司/企业/…) is not a name, so candidates
    inside it go; the words right after it, up to a function word or a
    punctuation mark, are the company's name.
    """
    toks = d.toks
    text = d.text
    drop: list[tuple[int, int]] = []
    out: list[Cand] = []
    for i, t in enumerate(toks):
        if t.text[-1] not in _KIND_LAST_CHARS:
            continue  # (no kind of firm ends here: the quick test)
        # (消费电子品牌|星海科技: a brand is a kind too, when a firm's name follows)
        brand = t.text.endswith("品牌")
        if not (t.text.endswith(_KIND_END) or brand or t.text in _SHORT_KINDS) or i + 1 >= len(toks) \
                or toks[i + 1].text in _SHORT_KINDS or toks[i + 1].text in _KIND_END:
            continue  # (车企|远|驰|汽车: a short kind as a word of its own; 新势力|车企|X: the last kind comes next)
        j = i
        while j > 0 and toks[j - 1].end == toks[j].start and (
            toks[j - 1].tag in ("n", "vn", "an", "a", "ORG") or toks[j - 1].text.upper() in _TECH_TERMS
            or (toks[j - 1].tag == "nz" and _ordinary_phrase(toks[j - 1].text))  # 液流电池(nz)|企业
        ) and t.end - toks[j - 1].start <= 8:
            j -= 1  # (AI|推理|芯片|公司: a technology's abbreviation is part of the kind)
        j0 = j
        if toks[j].tag in ("LOC", "ORG") and j < i and _word_tag(toks[j].text) == "ns":
            j += 1  # 德国|机器人公司库卡: the country describes the kind
        kind = text[toks[j].start : t.end]
        if j == i and kind in _KIND_END and i > 0 and toks[i - 1].end == t.start and toks[i - 1].tag == "LOC" \
                and _word_tag(toks[i - 1].text) == "ns":
            j0 = i - 1  # 德国|公司|Apex Robotics: a country's firm is a kind too
        elif t.text in _SHORT_KINDS:
            pass  # (新势力)车企|远驰汽车: a short kind the dictionary lacks
        elif kind in _KIND_END or kind == "品牌" or not (
                _ordinary_phrase(kind) or (j == i and toks[j].tag == "ORG" and _ordinary_after_place(kind))
                or (kind != t.text and t.text in _KIND_END  # 云|服务商: one character or ordinary words before the kind
                    and (len(kind) - len(t.text) == 1 or _ordinary_phrase(kind[: -len(t.text)])))):
            continue  # a bare 企业|微信 is a name of its own, not a kind of firm and a name
        if j0 > 0 and toks[j0 - 1].end == toks[j0].start and (toks[j0 - 1].tag in ("ORG", "PER", "nz", "nw")
                                                             or LATIN_RE.fullmatch(toks[j0 - 1].text)):
            continue  # Brevik|游戏公司: a name before it makes the kind part of the firm's name
        quoted = _QUOTED_NAME.match(text, t.end)
        if quoted and not is_common_word(quoted.group(2)) and quoted.group(2) not in lex.titles \
                and not (brand and lex.suffix(quoted.group(2), "company") is None) \
                and not _ordinary_phrase(quoted.group(2)) and not quoted.group(2).isdigit() \
                and not _DETERMINER_BEFORE.search(text, max(0, toks[j0].start - 3), toks[j0].start):
            # (乳饮品牌“穗宝”: a product; 互联网公司“降本增效”, 这家游戏公司“出海”: words in scare quotes)
            # 芯片公司「星海微电子」, 游戏公司“云途互娱”: the quoted name after the kind
            s, e = quoted.start(2), quoted.end(2)
            drop.append((toks[j0].start, t.end, e))
            out.append(Cand(s, e, quoted.group(2), type_by_suffix(quoted.group(2), lex) or "Company", "apposition", 0.88))
            continue
        # 车企|远(ad)|驰(v)|汽车: up to a company word a few characters on, whatever LAC tagged the words before it
        k = next((m + 1 for m in range(i + 2, min(len(toks), i + 5))
                  if toks[m].text in lex.company_suffixes and toks[m].end - toks[i + 1].start <= 6
                  and all(x.start == y.end and x.tag not in _NOT_IN_NAME_TAGS for x, y in zip(toks[i + 1 : m + 1], toks[i:m]))
                  and rare_word(text[toks[i + 1].start : toks[m].start])), i + 1)
        while k < len(toks) and toks[k].start == toks[k - 1].end \
                and not (toks[k].text in _HOW_A_DEAL_IS_DONE and lex.suffix(text[toks[i + 1].start : toks[k].start], "company")) \
                and (toks[k].end - toks[i + 1].start <= (24 if LATIN_RE.fullmatch(toks[k].text) else 6)
                     or (k == i + 1 and toks[k].tag == "ORG" and lex.suffix(toks[k].text, "company") is not None
                         and not _HOLDER_PREFIX.match(toks[k].text))) and (
            toks[k].tag in _APPOSITIVE_TAGS
            # 集度(vd): a word the dictionary lacks, whatever LAC tagged it
            or (toks[k].tag not in ("w", "u", "p", "c", "r", "m", "q", "f", "TIME") and len(toks[k].text) >= 2
                and _word_tag(toks[k].text) is None)
        ):
            k += 1
        if k == i + 1 or ((t.text in _SHORT_KINDS or _SOME_FIRMS_BEFORE.search(text, max(0, toks[j0].start - 3), toks[j0].start))
                          and toks[i + 1].tag.startswith("v") and len(toks[i + 1].text) >= 2 and not (
                k == i + 3 and toks[i + 2].text in lex.company_suffixes and toks[i + 2].text not in _WEAK_ENDINGS)):
            # 多家车企|入局(v)|智能驾驶, 向多家器件厂商|送样(v): what the firms do, not a name (车企|极澜(v)|汽车 is one)
            continue
        s, e = toks[i + 1].start, toks[k - 1].end
        how = next((w for w in _HOW_A_DEAL_IS_DONE if text.endswith(w, s, e)), None)
        if how and lex.suffix(text[s : e - len(how)], "company"):
            e -= len(how)  # 物流企业渠川(ORG)|物流合资(n)|成立: LAC glued the deal's manner to the name
        if text.startswith("品牌", s) and e - s - 2 >= 4:
            s += 2  # 新势力|品牌霁川汽车(one LAC word): the brand noun ends the kind
        if lex.suffix(text[s:e], "company") is None:
            e = _glued_suffix(d, s, e, lex) or e  # 游戏公司灵狐|互|娱: the company word LAC cut up ends the name
        w = d.word_over(e)
        if w is not None and s <= w[0] and w[1] - e == 1 and text[e] not in FUNCTION_CHARS and w[1] - s <= 6:
            e = w[1]  # 企业|安储智|控: jieba's word 智控 ends the name
        name = text[s:e]
        extended = k == i + 2 and k + 1 < len(toks) and toks[i + 1].tag in ("n", "nz", "ORG") and _jieba_freq(name) < 800 \
            and lex.suffix(name, "company") is None \
            and not toks[i + 1].text.endswith(("性", "化", "式", "型")) \
            and toks[k].start == e and len(toks[k].text) == 2 and toks[k].tag in ("n", "v", "vn", "a") \
            and all(is_cjk(ch) for ch in toks[k].text) and toks[k].text not in lex.triggers \
            and not _FIRM_ACTS_AFTER.match(toks[k].text) and toks[k + 1].tag in _NOT_IN_NAME_TAGS
        if extended:
            e, k = toks[k].end, k + 1  # 厂商|极光|创新|在: a rarer word and one more before a function word (not 企业|战略性|重组)
            name = text[s:e]
        if brand and lex.suffix(name, "company") is None:
            # 旗下品牌|Nova: a brand's own name is a product's; 烘焙品牌|麦川(PER)|烘焙, 甜品品牌|半溪冰室(n): a
            # coined name after a trade's brand noun (its trade's word may end it again) is the brand's; its
            # words after the first are single characters or words the dictionary lacks (山川|茶|事), not a
            # title, a role or an ordinary noun (岚跃|创始人, 汐茶|门店|数量)
            k = next((m for m in range(i + 2, k) if len(toks[m].text) >= 2 and _word_tag(toks[m].text) is not None), k)
            e = toks[k - 1].end
            if k < len(toks) and toks[k].start == e and len(toks[k].text) >= 2 and toks[k].text in kind \
                    and e - s <= 4 and toks[i + 1].tag in _APPOSITIVE_TAGS:
                e, k = toks[k].end, k + 1
            name = text[s:e]
            if t.text != "品牌" or not (2 <= e - s <= 6) or not all(is_cjk(ch) for ch in name) \
                    or toks[i + 1].tag not in _APPOSITIVE_TAGS \
                    or any(x.text in lex.titles or x.text in _PERSON_ROLES or _is_role_word(x.text) for x in toks[i + 1 : k]) \
                    or lex.title_re.search(name) or (k < len(toks) and toks[k].start == e and toks[k].text in lex.titles) \
                    or not any(rare_word(x.text) or _word_tag(x.text) is None or x.tag == "PER" for x in toks[i + 1 : k]) \
                    or is_common_word(name) or _ordinary_words(name) or _generic_phrase(name) \
                    or _DETERMINER_BEFORE.search(text, max(0, toks[j0].start - 3), toks[j0].start):
                continue
            out.append(Cand(s, e, name, "Product", "apposition", 0.8))
            drop.append((toks[j0].start, t.end, e))
            continue
        if any(x.text in lex.titles or x.text in _PERSON_ROLES or _is_role_word(x.text) for x in toks[i + 1 : k]) \
                or name.endswith(("团队", "小组", "课题组")):
            continue  # 保险公司|员工|张先生: a person of the firm, not its name; 咨询公司|王刚团队: a person's team
        if t.text.endswith("商") and all(x.tag == "PER" for x in toks[i + 1 : k]) and name[0] in lex.surnames \
                and len(name) <= 3:
            continue  # 红木经销商吴某某: a trader can be a person (a family name and one or two more), a 公司 not
        # (a rare word and a company's ending make a name too: 芯片厂商|云途(n)|半导体(n))
        named = extended or _name_like(toks[i + 1 : k]) or (
            (any(rare_word(x.text) for x in toks[i + 1 : k]) or rare_word(name[: -len(lex.suffix(name, "company") or name)]))
            and lex.suffix(name, "company") is not None)  # (远|驰|汽车: the rare word LAC cut in characters)
        if e - s < 2 or not named or is_common_word(name) or name in lex.titles \
                or _is_role_word(name) or _generic_phrase(name):
            continue
        drop.append((toks[j0].start, t.end, e))
        out.append(Cand(s, e, name, type_by_suffix(name, lex) or "Company", "apposition", 0.88))
    for t in toks:
        # one LAC name word that holds both: 杭州芯片设计公司浩宇微电子(ORG)
        lead = None if "商" not in t.text[:-4] else next(
            (m for m in _TRADER_KIND.finditer(text, max(0, t.start - 3), t.end - 4) if t.start < m.end()), None)
        if lead is not None and _named_firm_rest(text[lead.end() : t.end], lex):
            # 助手开发(nz)|商码舟科技(ORG), 开发商栈渡科技(v): a kind LAC glued to the name (whatever the word's tag)
            drop.append((t.start, lead.end(), t.end))
            name = text[lead.end() : t.end]
            out.append(Cand(lead.end(), t.end, name, type_by_suffix(name, lex) or "Company", "apposition", 0.88))
            continue
        if t.tag != "ORG":
            continue
        cut = max((t.text.find(k) + len(k) for k in _KIND_END if 0 < t.text.find(k) < len(t.text) - len(k) - 1), default=0)
        short = next((k for k in _SHORT_KINDS if t.text.startswith(k)), None)
        if not cut and short and _named_firm_rest(t.text[len(short) :], lex):
            # 车企东岳汽车(ORG): a short kind (车企, 药企, 券商) glued before a firm's name
            drop.append((t.start, t.start + len(short), t.end))
            name = t.text[len(short) :]
            out.append(Cand(t.start + len(short), t.end, name, type_by_suffix(name, lex) or "Company", "apposition", 0.88))
            continue
        if not cut:
            continue
        words = dictionary_words(t.text[:cut])
        place = words[0] if len(words) > 2 and _word_tag(words[0]) == "ns" else ""
        kind, name = t.text[len(place) : cut], t.text[cut:]
        if kind in _KIND_END or kind.endswith(("总公司", "分公司", "子公司", "母公司")) \
                or not (_ordinary_phrase(kind) or _LISTED_FIRM_KIND.fullmatch(kind)) \
                or _ordinary_phrase(name) or is_common_word(name) \
                or name in lex.titles or _is_role_word(name) or _GENERIC_PREFIX.match(name) or _HOLDER_PREFIX.match(name) \
                or lex.suffix(name) == name:  # (星海科技公司|大股东北方投资集团: a holder, not a name after a kind)
            continue
        drop.append((t.start, t.start + cut, t.end))
        out.append(Cand(t.start + cut, t.end, name, type_by_suffix(name, lex) or "Company", "apposition", 0.88))
        if place:
            out.append(Cand(t.start, t.start + len(place), place, "Place", "lac", 0.7))
    if not out:
        return cands
    # what overlaps the kind goes, alone or glued to the name (人工智能芯片公司(ORG)|星海科技(ORG),
    # 杭州芯片设计公司浩宇微电子); a place before it stays (杭州)
    drop.sort()
    drop_starts = [a for a, _, _ in drop]

    def dropped(c: Cand) -> bool:  # the drops that start before the candidate ends (bisect), back to one it misses
        k = bisect.bisect_left(drop_starts, c.end) - 1
        while k >= 0 and drop[k][2] >= c.end - 64:  # a kind and its name span a few dozen characters at most
            a, b, e = drop[k]
            if c.start < b and a < c.end <= e:
                return True
            k -= 1
        return False

    return [c for c in cands if not dropped(c)] + out


#: A listed firm by its market, not by a name (科创板上市公司, 港股上市企业, 新三板挂牌公司).
_LISTED_FIRM_KIND = re.compile(r"(?:科创板|创业板|主板|中小板|[AHB]股|港股|美股|北交所|上交所|深交所|新三板|沪市|深市|境内|境外|海外|国内|两地)"
                          r"(?:上市|挂牌)(?:公司|企业)")


#: What follows a field word that modifies a noun (信息产业, 视觉系统, 信息显示): the field, not a firm's name.
_FIELD_NOUN_AFTER = re.compile(r"(?:产业|行业|技术|系统|安全|服务|平台|中心|基地|化|披露|公开|公示|网|查询|显示|表明|来源|传递|泄露"
                               r"|不对称|领域|赛道|方案|模块|芯片|算法|能力|大模型|模型|来看|不透明|透明|形象(?!代言)|识别)")
#: Before 信息 that is information about or from something (查询X信息, 有关X信息, 据X信息): no firm's name.
_ABOUT_BEFORE = re.compile(r"(?:查询|查阅|有关|关于|从|据|根据|推送|发布|披露|获取|获得|提供|收到|掌握|核实|公开|发送|传递|相关)$")
#: Ends of bodies that publish information (交易所信息, 房地局信息, 某某网信息): the body's, not a firm's.
_PUBLISHER_ENDS = ("网", "所", "局", "会", "委", "办", "处", "部", "厅", "院", "报", "台", "社")


def _field_word_ends_name(text: str, start: int, core_end: int, end: int, lex: Lexicons) -> bool:
    """Whether a field word (信息, 传感…) after ``text[start:core_end]`` ends a firm's short name (岑远|信息).

    The name before it is a short coined word (two to four characters), not a
    body's name (交易所|信息) nor ordinary words (计算机|视觉), and no noun
    that the field word modifies follows (信息|产业, 视觉|系统).
    """
    core = text[start:core_end]
    if not (2 <= len(core) <= 4 and all(is_cjk(ch) for ch in core)) or core.endswith(_PUBLISHER_ENDS) \
            or lex.suffix(core) is not None or _ordinary_phrase(core) or _FIELD_NOUN_AFTER.match(text, end) \
            or (text.startswith("信息", core_end) and _ABOUT_BEFORE.search(text, max(0, start - 2), start)):
        return False  # (3D|视觉: a technology's code, not a name; 据|X信息: information from X, but 从X视觉采购 is a firm)
    words = dictionary_words(core)
    # (澜岫|财经|信息: a coined word, then an ordinary one the field word goes with)
    return not (len(words) >= 2 and len(words[-1]) >= 2 and _word_tag(words[-1]) in _ORDINARY_TAGS)


#: A count of firms at a name's end: 四家分行, 两家子公司, 3家银行.
_COUNTED_FIRMS = re.compile(r"(?:[一二三四五六七八九十两几数多]|\d+)家(?:分行|支行|银行|公司|子公司|分公司|企业|机构|医院|门店|工厂)$")


def _counted_firms_cut(text: str, cands: list[Cand], lex: Lexicons) -> list[Cand]:
    """``京沪深蓉四家分行``: firms counted, none named (dropped); ``诉讼A、B电子商务四家公司``: the last
    firm of a list, then the count, and ``X控股三家子公司``: the parent, then its units counted (the firm kept)."""
    out = []
    for c in cands:
        counted = _COUNTED_FIRMS.search(c.text) if c.type in ("Company", "Organization") else None
        if counted is None:
            out.append(c)
            continue
        head = c.text[: counted.start()]
        if len(head) >= 2 and (c.start > 0 and text[c.start - 1] in "、和及" or lex.suffix(head, "company")):
            out.append(Cand(c.start, c.start + len(head), head, c.type, c.source, c.score, c.name))
    return out


def _glued_brands(d: _Doc) -> list[Cand]:
    """``户外品牌X（LATIN）``, ``品牌X由…``: a coined name LAC glued to 品牌 in one word (品牌X(n)) is the
    brand's name, when its English name or a verb or a clause's end follows it."""
    out = []
    for i, t in enumerate(d.toks):
        rest = t.text[2:]
        if not t.text.startswith("品牌") or not 2 <= len(rest) <= 4 or not all(is_cjk(c) for c in rest) \
                or _word_tag(rest) is not None or _word_tag(rest[:2]) is not None:
            continue
        nxt = d.toks[i + 1] if i + 1 < len(d.toks) else None
        if nxt is None or nxt.start != t.end or not (_BRAND_NOTE_AFTER.match(d.text, t.end) or nxt.tag in ("v", "p", "d")
                                                     or nxt.text in ("，", "、", "。")):
            continue
        out.append(Cand(t.start + 2, t.end, rest, "Product", "apposition", 0.8))
    return out


#: A brand's English name in brackets after it: 峰屿（FENGYU）.
_BRAND_NOTE_AFTER = re.compile(r"[（(][A-Za-z][A-Za-z0-9 .&'\-]{1,30}[）)]")


#: Kinds of young firm: eVTOL创业公司, AI初创公司.
_STARTUP_KINDS = ("创业公司", "初创公司", "初创企业")
#: Right after a firm's name, not after a kind of firm (which a name follows): an act, a clause's end.
_ACTS_AFTER_A_FIRM = re.compile(r"(?:完成|获得|获|宣布|发布|推出|与|和|及|是|为|在|于|已|将|也|还|的|今年|近日|日前|[，,。；;、）)])")


def _tech_kind(core: str) -> bool:
    """``core`` (before 公司) says what a firm does, with a technical term in Latin letters, after
    a place perhaps: 杭州|MEMS|传感器|设计, 餐饮|SaaS; no word of it is a name."""
    if not any("A" <= ch <= "Z" or "a" <= ch <= "z" for ch in core):
        return False  # (every technical term is in Latin letters: no need to cut the words)
    words = dictionary_words(core)
    if words and _word_tag(words[0]) == "ns":
        words = words[1:]
    return any(w.upper() in _TECH_TERMS for w in words) and all(
        w.upper() in _TECH_TERMS or (len(w) >= 2 and _word_tag(w) in _ORDINARY_TAGS) for w in words)


#: Top titles that name a firm's heads (a unit's or a network's head is 负责人, 总监).
_HEADS_TITLE = re.compile(r"(?:联合)?创始人|董事长|CEO|首席执行官|总裁")


def _heads_named_after(text: str, c: Cand, cands: Sequence[Cand], lex: Lexicons) -> bool:
    """Right after ``c``, a firm's top title (or titles joined by 、/兼/和), then a person: X创始人、董事长兼CEO甲;
    not after a word that makes ``c`` a part or a kind (该|物流网络, 公司|销售网络, 国内|社交网络)."""
    m = lex.title_re.match(text, c.end)
    if m is None or len(m.group()) < 2 or not _HEADS_TITLE.match(m.group()) \
            or re.search(r"(?:该|其|本|这|公司|企业|集团|国内|国外|海外|全国|全球)$", text[max(0, c.start - 2) : c.start]):
        return False
    return any(p.type == "Person" and m.end() <= p.start <= c.end + 16 and not re.search(r"[，,。；;：:]", text[c.end : p.start])
               for p in cands)


#: A kind of battery named by its chemistry, its form or its use (磷酸铁锂电池, 磷酸铁锂动力电池, 储能电池, 硅碳负极电池).
_KIND_OF_CELL = re.compile(r"(?:磷酸铁锂|磷酸锰铁锂|三元锂?|锂离子|钠离子|全固态|半固态|固态|硅碳负极|硅基负极|石墨烯|铅酸|镍氢|高镍"
                           r"|液流|全钒|氢燃料|燃料|刀片|大圆柱|圆柱|软包|方形|锂)*(?:动力|储能)?(?:电池|电芯)(?:包|组|系统)?")


def _drop_kinds_of_firm(text: str, cands: list[Cand], lex: Lexicons) -> list[Cand]:
    """``科技公司``, ``信托公司``, ``游戏厂商``: an ordinary word plus 公司 names a kind of firm
    (and a region's ``东南亚子公司`` a branch with no name).

    The core must be one dictionary word with an ordinary tag (not a proper
    noun: 搜狐公司 stays) that the company list does not know (小米公司 stays).
    """
    out = []
    for c in cands:
        if c.type in ("Company", "Organization") and c.source in ("lac", "suffix"):
            suf = next((w for w in _FIRM_WORDS if c.text.endswith(w)), None)
            ind = None
            if suf is None:  # 冷链物流, 智能汽车: an ordinary word and an industry, when the word is common
                ind = next((w for w in _INDUSTRY_WORDS if c.text.endswith(w)), None)
                if ind is not None and _jieba_freq(c.text[: -len(ind)]) >= 50:
                    suf = ind
            core = c.text[: -len(suf)] if suf else ""
            if core and all(is_cjk(ch) for ch in core) and core not in lex.gazetteer and c.text not in lex.gazetteer \
                    and _word_tag(core) in _ORDINARY_TAGS and not (ind is not None and _word_tag(core) == "n" and _word_tag(c.text) is None
                                                                   and _heads_named_after(text, c, cands, lex)):
                continue  # (菠萝网络创始人、董事长兼CEO甲: an industry's word, but a firm whose heads are named after it)
            if (suf or ind) and len(c.text) > len(suf or ind) \
                    and (c.text.endswith(_STARTUP_KINDS) or c.text[: -len(suf or ind)].upper() in _TECH_TERMS
                         or not _ACTS_AFTER_A_FIRM.match(text, c.end) or text.endswith("一家", 0, c.start)) \
                    and not c.text.endswith(("有限公司", "股份公司", "有限责任公司")) and _tech_kind(c.text[: -len(suf or ind)]):
                continue  # (杭州)MEMS传感器设计|公司|X, 德国|GPU|调度|软件|X: a kind of firm named by its field, then the
                # name, or after 一家 (X是一家AI医疗公司)
            field = next((w for w in _FIELD_WORDS if c.text.endswith(w)), None)
            if field is not None and c.source == "suffix" and len(c.text) > len(field) \
                    and _ordinary_phrase(c.text[: -len(field)]):
                continue  # 新能源汽车|电驱, 计算机|视觉: ordinary words and a field, not a name
            if _unnamed_joint_body(c.text) or _KIND_OF_BANK.fullmatch(c.text) or _LISTED_FIRM_KIND.fullmatch(c.text):
                continue  # 东南亚子公司, 联合实验室, 外资银行, 科创板上市公司: named by what and where it is, not by a name
        if c.type in ("Company", "Organization") and _KIND_OF_CELL.fullmatch(c.text):
            continue  # 磷酸铁锂电池, 储能电池, 硅碳负极电池: a battery by its chemistry or use, not a battery maker
        out.append(c)
    return out


#: What follows two or three countries' short forms written together (中美关系, 中日韩三国).
_BETWEEN_COUNTRIES = re.compile(
    r"(?:两国|三国|四国|双方|两党|之间|关系|合作|贸易|经贸|会谈|峰会|首脑|元首|外长|友好|建交|边境|边界|战略"
    r"|对话|谈判|协议|协定|摩擦|冲突|争端|外交|军事|防务|伙伴|联合|(?:三个)?联合公报|互信|交流)"
)
#: Verbs of travel and presence before a place's short form (访华, 在京, 赴美, 对华).
_TO_PLACE = re.compile(r"(?:出访|访问|访|来|在|驻|赴|抵|离|返|进|旅|留|援|对|侵|回|入)$")
#: Countries whose short form follows 访/在/赴 in the news; not 以, 越, 加…, which are also common words.
_TRAVEL_COUNTRIES = frozenset("华美俄日韩朝英法德")
#: The one-character short forms of China's big banks, as a list writes them (工、农、中、建四大行).
_BANK_INITIALS = {"工": "中国工商银行", "农": "中国农业银行", "中": "中国银行", "建": "中国建设银行", "交": "交通银行",
                  "交通": "交通银行", "招": "招商银行"}
#: A list of three or more of them, then the banks they are: 工、农、中、建四大国有银行, 工、中、建、交通5家银行, 中、建、交三行
#: (not 工、农、建、交等领域的银行: trades).
_BANK_INITIAL_LIST = re.compile(r"[工农中建交招](?:[、，,和及与](?:交通|[工农中建交招])){2,5}"
                                r"(?=(?:等|这|共)?(?:[\d一二三四五六七八九十两几]+(?:大|家)?)?(?:国有|大型|主要|股份制)*(?:商业)?(?:银行|大行|行))")


def _bank_initials(d: _Doc) -> list[Cand]:
    """``工、农、中、建四大国有银行``: each one-character short form of a big bank in such a list is
    that bank, named by its full name (工 -> 中国工商银行)."""
    out = []
    for m in _BANK_INITIAL_LIST.finditer(d.text):
        i = m.start()
        if i > 0 and is_cjk(d.text[i - 1]) and i not in d.starts and (not d.w_starts or d.word_over(i) is not None):
            continue  # (加工、农业…: the 工 of a word; not 对|工、农…)
        items = [(i + x.start(), x.group()) for x in re.finditer(r"交通|[工农中建交招]", m.group())]  # (交通: 交通银行 too)
        if len(items) >= 3 and len({_BANK_INITIALS[w] for _, w in items}) == len(items):
            out += [Cand(k, k + len(w), w, "Company", "abbrev", 0.8, _BANK_INITIALS[w]) for k, w in items]
    return out


#: A country's side or head of state after its short form (中方, 俄总统).
_COUNTRY_SIDE = re.compile(r"(?:方|总统|总理|首相|外长|国务卿)")


def _place_abbreviations(d: _Doc, lex: Lexicons) -> list[Cand]:
    """One-character short forms of places, named by their full names (``中美关系`` -> 中国, 美国).

    Only where its context marks it: a run of two or three countries before a
    word of relations, a verb of travel or presence before it (and no jieba
    word going on after it: ``在京``, not ``在京城``), or 方 or a head-of-state
    title after it.
    """
    abbr = lex.place_abbreviations
    text = d.text
    out = []
    i, n = 0, len(text)
    while i < n:
        if text[i] not in abbr:
            i += 1
            continue
        j = i
        while j < n and j - i < 3 and abbr.get(text[j], ("", ""))[1] in ("country", "region"):
            j += 1
        k = d.starts.get(i)
        # 中美(LOC)加强合作; but not 古越(LOC)龙山, the start of a name
        run_is_place = k is not None and d.toks[k].end == j and d.toks[k].tag == "LOC" \
            and not (k + 1 < len(d.toks) and d.toks[k + 1].start == j and d.toks[k + 1].tag in PROPER_TAGS)
        # the run starts a word (中美关系, not 集中|美…)
        starts_word = i == 0 or not is_cjk(text[i - 1]) or (bool(d.w_starts) and d.word_over(i) is None)
        if j - i >= 2 and starts_word and (run_is_place or _BETWEEN_COUNTRIES.match(text, j)):
            out += [Cand(k, k + 1, text[k], "Place", "abbrev", 0.8, abbr[text[k]][0]) for k in range(i, j)]
            i = j
            continue
        name, kind = abbr[text[i]]
        side = _COUNTRY_SIDE.match(text, i + 1) if kind == "country" else None
        verb = _TO_PLACE.search(text, max(0, i - 2), i) if kind == "china" or text[i] in _TRAVEL_COUNTRIES else None
        if d.w_starts and (
            # 访华, 在京: a word of the verb and it, or it alone; nothing glued after (在京城, 越来越)
            (verb and d.word_over(i + 1) is None and d.word_over(i) in (None, (verb.start(), i + 1)))
            # 中方, 俄总统: a word may end with the side, not start before the short form
            or (side and d.word_over(i) is None and d.word_over(side.end()) is None)
        ):
            out.append(Cand(i, i + 1, text[i], "Place", "abbrev", 0.8, name))
        i += 1
    return out


#: After 资产: the noun assets, not an asset manager (资产规模, 资产总额, 资产负债).
_ASSETS_NOUN_AFTER = re.compile(r"规模|总额|总值|总量|负债|质量|配置|证券化|重组|注入|减值|收益")
#: After a place and a trade (德国汽车): a kind of firm, so the words describe a firm named next.
_TRADE_KIND_AFTER = re.compile(r"([\u4e00-\u9fff]{0,6}?)(?:供应商|厂商|制造商|生产商|企业|巨头|经销商|服务商|集成商)")
#: What firms of a trade make, before the kind (零部件供应商, 影像设备制造商 reads as ordinary words).
_TRADE_GOODS = re.compile(r"(?:零部件|零件|部件|配件|整车|设备|材料|电池|芯片|软件|系统|解决方案|电子|器件|模组)*")
#: Right before an item of a list (、, 以及, 及, 和).
_LISTED_BEFORE = re.compile(r"(?:、|以及|及|和)$")
#: After a firm's name: a post held there (在X担任…, 于X任职).
_POST_HELD_AFTER = re.compile(r"(?:担任|出任|任职|就职|任)")
#: After the firm someone joined: a time or a post taken there (加入X之前, 加入X后，担任…).
_JOINED_AFTER = re.compile(r"(?:之前|之后|以前|以后|前|后|时|[，,。；;]|并?(?:担任|出任|任))")
#: Kinds of firm that end in 商 (开发商, 供应商): inside a name's words they end a kind, not start a name.
_TRADER_KIND = re.compile("|".join(k for k in _KIND_END if k.endswith("商")))
#: Kinds of investor before a firm's name: (人民币|美元)私募股权基金, 风险投资机构, 产业资本.
_INVESTOR_KIND = re.compile(r"(?:人民币|美元|双币)?(?:私募股权|私募|股权投资|风险投资|创业投资|产业投资|并购)(?:基金(?:机构|管理人)?|机构)")
#: A kind of firm that a name may follow (开发商|码途科技, 储能企业|岑澜能源).
_KIND_BEFORE_NAME = re.compile("|".join(k for k in _KIND_END if len(k) >= 2 and k != "独角兽"))
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
#: Before 公司/企业 where it is no kind: nothing, a determiner, or a legal form's words (该公司, 有限公司).
_NO_KIND_BEFORE = re.compile(r"(?:该|本|其|贵|有限|股份|[^\u4e00-\u9fff])$|^$")
#: After a name: punctuation, or a firm's act or post (码途科技宣布, 码途科技（, 码途科技创始人).
_NAME_THEN = re.compile(r"$|[，,。；;、：:（(“”\s]|宣布|发布|完成|获得|获|推出|与|和|在|于|已|将|近日|日前|今日|也|还|正式|成立|是|为"
                        r"|旗下|董事|总裁|总经理|CEO|创始人|表示|称|此前|目前")
#: Legal forms a name after a kind may run on into (岑云科技|有限公司).
_LEGAL_FORMS = ("公司", "集团", "股份")
#: Firm suffixes LAC tags as verbs or adjectives (创投 is 创业投资, a venture firm; 智造, 产投; 精密).
_VERB_READ_SUFFIXES = frozenset({"创投", "智造", "产投", "精密", "传感", "电驱", "智驾"})


#: What follows a firm's name and hardly a place's industry: its acts, its officers, its legal form.
_FIRM_ACTS_AFTER = re.compile(
    r"(?:公司|集团|股份|有限|宣布|发布|表示|称|董事长|总裁|总经理|CEO|旗下|与|和|签署|完成|获得|推出|收购|投资|成立于|于\d"
    r"|(?:继续|仍|则|另)?(?:持有|持股|增持|减持|入股|领投|跟投|参投|认购))")  # (峤石(n)|资本|持有其余35%股权: a holder)


#: Company endings that are industries too: after a bare place they name the place's industry (宁夏光伏, 广东汽车)
#: more often than a firm (not 信托, 银行, 分行, 地产: 湖南信托 is a firm).
_INDUSTRY_SUFFIXES = frozenset({"能源", "汽车", "储能", "光伏", "电子", "电器", "医药", "制药", "生物", "软件", "网络", "通信",
                                "材料", "新材", "物流", "传媒", "钢铁", "化工", "化学", "电力", "机械", "家电", "半导体", "智能",
                                "智造", "数科", "机器人"})
#: Company words that also name a firm's line of business (…数科板块, …港务业务).
_LINE_WORDS = frozenset({"数科", "精工", "精密", "港务", "物联", "机器人", "宇航"})
#: Company words that end an industry's or a business line's name after a firm's (…机器人业务).
_LINE_ENDINGS = _INDUSTRY_SUFFIXES | _LINE_WORDS
#: After a firm's line of business.
_BUSINESS_AFTER = re.compile(r"业务|板块|事业|部门|条线|分部")
#: What follows a place's industry (江苏储能|项目, 宁夏光伏|装机量): no firm's name.
_INDUSTRY_AFTER = re.compile(r"项目|产业|行业|市场|基地|规模|装机|消费|领域|板块|赛道|发展|企业")


#: A firm's subsidiary, then the subsidiary's name: 岫钛全资子公司|岫芯半导体.
_OWNERS_SUBSIDIARY = re.compile(r"(?:全资|控股)(?:子公司|孙公司)")
#: A subsidiary's kind at the end of a name: X全资子公司, X控股子公司, X子公司.
_SUBSIDIARY_END = re.compile(r"(全资|控股)?(?:子公司|孙公司)$")


def _owner_of_subsidiary(c: Cand, lex: Lexicons) -> Cand:
    """``拓峰电气控股子公司``: a firm's name and 控股/全资子公司 read as one name name the owner."""
    m = _SUBSIDIARY_END.search(c.text) if c.type in ("Company", "Organization") and c.source != "lexicon" else None
    if m is None or m.start() < 2 or not (m.group(1) or lex.suffix(c.text[: m.start()], "company")):
        return c  # (澜途科技子公司: the firm's name has its ending; 岫钛控股子公司: 控股 says it)
    name = c.text[: m.start()]
    return Cand(c.start, c.start + len(name), name, type_by_suffix(name, lex) or c.type, c.source, c.score)


def _place_words(d: _Doc, start: int, end: int) -> bool:
    """The words before a company word are a place's name (德国|汽车, 日本|汽车)."""
    core = d.tokens_in(start, end)
    return bool(core) and all(x.tag == "LOC" or _word_tag(x.text) == "ns" for x in core)


#: An owner's units with no name (旗下|子公司, 下属|全资公司): what LAC glues to 旗下.
_UNITS_OF_AN_OWNER = re.compile(r"(?:的)?(?:全资|控股|参股|直属)?(?:子公司|孙公司|分公司|公司|企业|集团|机构|平台|基金)")


def _holds_a_name_next(d: _Doc, i: int, lex: Lexicons) -> bool:
    """LAC word ``i`` (ending in 控股) is followed, with nothing between, by a name that is no company
    word of its own: 控股 is the verb (金川环境控股|赣川水务), not a holding's name (复星控股|集团)."""
    if i + 1 >= len(d.toks):
        return False
    nxt = d.toks[i + 1]
    # (a "person" LAC read there is the object only when it ends like a firm: 星川控股|岚泽水务(PER), not 星川控股|王强)
    return nxt.start == d.toks[i].end and len(nxt.text) >= 2 and nxt.text not in lex.company_suffixes \
        and lex.suffix(nxt.text) != nxt.text \
        and (nxt.tag in ("ORG", "LOC") or (nxt.tag == "PER" and lex.suffix(nxt.text, "company") is not None))


#: Trades' words that end a firm's short name (X数据, X智能): after a name LAC read as a person's.
_TRADE_WORDS = frozenset({*_INDUSTRY_WORDS, *_FIELD_WORDS, "数据", "数科", "智能", "智造", "生物", "医疗", "医药", "资本",
                          "创投", "机器人", "互娱", "传感", "光电", "微电子", "新能源"})
#: Right after a firm's name: its founder or its head (X数据创始人兼CEO…).
_FIRMS_HEAD_AFTER = re.compile(r"(?:联合)?创始人|创办人|董事长|首席执行官|CEO|总裁|总经理")


def _suffix_names(d: _Doc, lex: Lexicons) -> list[Cand]:
    """``…公司``/``…集团``/``…委员会``: names that end in a known suffix, with a proper core."""
    out = []
    legal = ("公司", "集团", "有限公司", "股份有限公司", "控股", "股份")
    for i, t in enumerate(d.toks):
        if t.text in _TRADE_WORDS and i > 0 and d.toks[i - 1].tag == "PER" and d.toks[i - 1].end == t.start \
                and _FIRMS_HEAD_AFTER.match(d.text, t.end) and len(d.toks[i - 1].text) == 2:
            # 峤弦(PER)|数据|创始人兼CEO: a coined name LAC read as a person's, a trade's word and the firm's head
            p = d.toks[i - 1]
            out.append(Cand(p.start, t.end, d.text[p.start : t.end], "Company", "suffix", 0.8))
            continue
        suf = lex.suffix(t.text)
        if suf is None or t.text in lex.titles or t.text in _NOT_NAMES or _ends_in_ju_word(d, t.start, t.end) \
                or (t.tag not in ("n", "nz", "ORG", "nt") and not (t.text in _VERB_READ_SUFFIXES and i > 0 and (
                    (d.toks[i - 1].tag in ("PER", "LOC", "nz", "ORG") and _word_tag(d.toks[i - 1].text) != "ns")
                    # 老股东|启源(n)|创投(vn): after a firm's slot, whatever LAC tagged the name
                    or _COMPANY_SLOT.search(d.text, max(0, d.toks[i - 1].start - 6), d.toks[i - 1].start)))):
            continue  # (晨屿(PER)|创投(v): LAC reads the venture firm's word as a verb after a name; 无锡|精密(a) is a place's trade)
        if len(suf) == 1 and t.text != suf and t.tag not in ("ORG", "nz"):
            continue
        if t.text.startswith(("旗下", "下属")) and _UNITS_OF_AN_OWNER.fullmatch(t.text, 2):
            continue  # 星海集团|旗下子公司(n): the owner's units, not a name that ends there
        j = _name_start(d, i)
        if j is None and t.text == suf and i > 0:
            # 股东上港(v)集团: right after a company slot, take the word in between whatever LAC tagged it
            p = d.toks[i - 1]
            if p.end == t.start and is_cjk(p.text[0]) and _COMPANY_SLOT.search(d.text[max(0, p.start - 6) : p.start]) \
                    and (not p.tag.startswith("v") or p.text + t.text in lex.gazetteer or (
                        _word_tag(p.text) is None and p.text[0] not in FUNCTION_CHARS and t.text not in ("公司", "集团"))):
                j = i - 1  # (a verb there is a name only if the company list knows the whole or the dictionary lacks
                # the word, 平台|极澜(v)|资本: not 投资|建设|电池, nor 收购|将使|公司)
        start = d.toks[j].start if j is not None else t.start
        if t.text == suf and j is None:
            continue
        role = _HOLDER_PREFIX.match(d.text, start, t.end) or _OWNERS_SUBSIDIARY.search(d.text, start, t.end)
        if role and _ROLE_OF_ANOTHER.fullmatch(role.group()) and (lex.suffix(t.text, "org") is not None
                                                              or not _a_role_here(d.text, start, role.group())):
            role = None  # (客户成功事业部: a unit named by whom it serves; 东家X: a name)
        if role and t.end - role.end() >= 4:
            start = role.end()  # 股东|北方投资集团 in one word, 岫钛全资子公司|岫芯半导体: the role is not part of the name
        after_kind = d.text[max(0, t.start - 2) : t.start] in ("公司", "企业") and (
            start >= t.start - 4 or any(m.end() == t.start for m in _LISTED_FIRM_KIND.finditer(d.text, start, t.start))) \
            and len(t.text) - len(suf) >= 2 and not _GENERIC_PREFIX.match(t.text)  # (科创板上市公司|X光电)
        if after_kind:
            j, start = i, t.start  # 合资|公司|驰川动力科技有限公司: the kind of firm, then the name
        cut = _after_short_kind(d.text, start, t.end, rest=4)  # 车企|东岳汽车: the kind of firm is not part of the name
        trader = max((m.end() for m in _TRADER_KIND.finditer(d.text, start, t.end - 4)), default=start)
        # 人民币私募股权基金|X资本: the kind of investor before a firm's name is not part of it
        trader = max([trader] + [m.end() for m in _INVESTOR_KIND.finditer(d.text, start, t.end - 4)])
        if trader > cut and _name_like(d.tokens_in(trader, t.end) or d.toks_from(trader)[:1]):
            cut = trader  # AI编程助手开发(nz)|商码舟科技(ORG): the kind LAC cut up is not part of the name either
        # (and the name after it fills a firm's slot, if it is a name: not 民营房企|优质商业资产)
        after_kind = after_kind or (cut != start and not _ordinary_phrase(d.text[cut : t.end - len(suf)]))
        start = cut
        if j is not None and d.toks[j].start == start and d.toks[j].text in ("原", "前", "现") and t.end - start >= 5 \
                and j + 1 <= i:
            j += 1  # 原|恒岳(LOC)|资本|合伙人: a former post's 原 is not part of the firm's name
            start = d.toks[j].start
        first = d.toks[j] if j is not None else None
        if first is not None and first.start == start and len(first.text) == 2 and first.text[1] in "由为将被在向与对把" \
                and _word_tag(first.text) is None and first.tag not in ("ORG", "PER", "LOC", "nz"):
            continue  # 一职|由|公司 read as 一|职由|公司: a word's end and a function word, not a name
        end = t.end
        name = d.text[start:end]
        if len(name) >= 9 and (k := _between_two_names(name, lex)) is not None:
            start, name = start + k + 1, name[k + 1 :]  # 澄川科技与(ORG)|岫石科技: the second firm's name only
        if suf in _FIELD_WORDS and not _field_word_ends_name(d.text, start, end - len(suf), end, lex):
            continue
        if name[-2:] in ("党委", "党组") and lex.suffix(name[:-2]) is not None \
                and any((m := lex.title_re.match(d.text, end - k)) is not None and m.end() > end for k in (2, 3)):
            continue  # X国资委党委|委员: the title 党委委员 takes the name's last characters (the firm or body is read without)
        if (cell := _KIND_OF_CELL.match(d.text, start)) is not None and cell.end() >= end:
            continue  # 磷酸铁锂电池, 磷酸铁锂动力|电池: (in) a kind of battery, not a maker's name
        if d.text.startswith(("品牌“", "品牌「", "品牌\""), end) and _ordinary_phrase(name):
            continue  # 精酿啤酒品牌“X”: the trade of the brand quoted after it, not a firm
        if d.text.startswith(("品牌", "子品牌", "赛道"), end) and suf in _INDUSTRY_SUFFIXES and _ordinary_phrase(name) \
                and name not in lex.gazetteer:
            continue  # Y旗下的高端新能源品牌: an industry in ordinary words describing a brand, not a firm
        core = d.tokens_in(start, end)
        has_proper = any(x.tag in PROPER_TAGS or LATIN_RE.fullmatch(x.text) for x in core)
        # 领投了理想汽车 / 向理想汽车注资 / 子公司弗迪电池: a slot that holds a company name
        in_slot = len(name) >= 4 and (
            after_kind or bool(_COMPANY_SLOT.search(d.text[max(0, start - 6) : start])) or _title_follows(d.text, t.end, lex)
            # 将蓝鲸网络收入囊中, 把X的股权划拨给: the object of a transfer
            or (d.text[start - 1 : start] in ("将", "把") and bool(_TRANSFER_AFTER.search(d.text, t.end, t.end + 14)))
            # 云途软件是由星海科技创立的: what an agent founded, bought or holds
            or bool(_BY_AGENT_AFTER.match(d.text, t.end))
            # 加入远见汽车之前: the firm someone joined, then a time or a post (not 加入锂电材料赛道, 加入…研发团队)
            or (d.text[start - 2 : start] == "加入" and bool(_JOINED_AFTER.match(d.text, t.end)))
            # 曾在远见汽车担任…: where someone holds or held a post; 在X工作 only with a coined name (not 在德国汽车工作:
            # a country's trade, 在乡镇电力工作: a trade in ordinary words)
            or (d.text[start - 2 : start].endswith(("在", "于")) and (bool(_POST_HELD_AFTER.match(d.text, t.end)) or (
                d.text.startswith("工作", t.end) and not _place_words(d, start, t.start)
                and not _ordinary_phrase(d.text[start : t.start]))))
        )
        # 极智|数科 宣布…: a word the dictionary lacks before a company word, and a firm's act after it;
        # …、恒岳资本以及青岚|产业|基金: or a list of firms before it
        # (驿|见|科技: a rare word LAC cut into two characters; 启宸(vn)|资本: one the dictionary lacks, whatever LAC tagged it)
        split = len(core) == 3 and len(core[0].text) == 1 and len(core[1].text) == 1 and rare_word(core[0].text + core[1].text) \
            and core[0].text not in FUNCTION_CHARS and core[1].text not in FUNCTION_CHARS
        coined = 2 <= len(core) <= 3 and core[-1] is t and len(suf) >= 2 and (split or (
            rare_word(core[0].text) and (not core[0].tag.startswith("v") or _word_tag(core[0].text) is None)
            and all(x.tag == "n" for x in core[1:-1]))) \
            and (bool(_FIRM_ACTS_AFTER.match(d.text, t.end)) or bool(_LISTED_BEFORE.search(d.text, max(0, start - 3), start))
                 or d.text[t.end : t.end + 1] == "、")
        if t.text == "资产" and _ASSETS_NOUN_AFTER.match(d.text, t.end) and i > 0 \
                and (d.toks[i - 1].tag == "LOC" or _word_tag(d.toks[i - 1].text) == "ns"):
            continue  # 江西资产规模最大: the assets of a place, not an asset manager's name (闽信资产规模 is one's)
        if len(core) >= 2 and core[0].tag == "LOC" and all(x.tag == "LOC" or (x.tag in ("n", "vn") and _word_tag(x.text))
                                                           for x in core[1:-1]) \
                and (k := _TRADE_KIND_AFTER.match(d.text, t.end)) \
                and (_TRADE_GOODS.fullmatch(k.group(1)) or _ordinary_phrase(k.group(1))):
            continue  # 德国|汽车|零部件供应商X, 德国|汽车|电子|供应商X: a country's trade and a kind of firm describe the name after them
        # (宠物食品品牌X控股有限公司/n: a registered legal form in one word of LAC's names a firm, whatever its tag;
        # the firm starts after the last kind of firm the word holds: 全资荷兰子公司|X有限公司, 种植企业|X有限公司)
        registered = not (has_proper or in_slot or coined) and start >= t.start and name.endswith(("有限公司", "有限责任公司")) \
            and not name.startswith(("旗下", "下属", "通过"))  # (旗下X有限公司: an owner's unit, named after its cue)
        if registered:
            legal_at = name.rfind("有限")
            k = max((name.rfind(w, 0, legal_at) + len(w) for w in ("公司", "企业", "品牌") if name.rfind(w, 0, legal_at) >= 0), default=0)
            start, name = start + k, name[k:]
            registered = len(strip_legal(name)) >= 2
        if not (has_proper or in_slot or coined or registered) or _GENERIC_PREFIX.match(name) or not _valid_name(name) \
                or _GENERIC_FIRM.fullmatch(name) or (core and core[0].tag == "TIME") \
                or (core and core[0].tag == "m" and _COUNT_WORD.fullmatch(core[0].text)) \
                or _unnamed_joint_body(name):
            continue  # (首款(m)|智能手表: a count of things opens no name; 三一(m)重工 does)
        if _kind_of_institution(name) and i + 1 < len(d.toks) and d.toks[i + 1].tag == "ORG" \
                and d.toks[i + 1].start == t.end:
            continue  # 民营银行|X银行: the kind, then the name
        if d.text[start : t.start] in ("公司", "集团", "企业", "上市公司", "母公司", "子公司") or (t.text == suf and not has_proper
                                                                                   and d.text[start : t.start].endswith("公司")):
            continue  # 增持公司股份: the company's shares, not a firm named 公司股份
        sub = _SUBSIDIARY_END.search(name)
        if sub and (lex.suffix(name[: sub.start()], "company") or sub.group(1)):
            continue  # 星海集团全资子公司, 岫钛全资子公司: the firm's subsidiary, named next, not a firm of that name
        if core and (suf in _INDUSTRY_SUFFIXES or (suf in ("水务", "燃气") and _INDUSTRY_AFTER.match(d.text, t.end))) \
                and core[0].start == start \
                and all(x.tag == "LOC" and _word_tag(x.text) == "ns" for x in core if x.end <= t.start) \
                and t.start > start and name not in lex.gazetteer \
                and ((not in_slot and not _FIRM_ACTS_AFTER.match(d.text, t.end)) or _INDUSTRY_AFTER.match(d.text, t.end)):
            continue  # 宁夏|能源|消费量, 江苏|储能|项目: a place's industry, not a firm, unless a firm's act follows
            # (a place's 水务, 燃气 only before 行业, 市场…: 长春燃气 is a firm)
        if suf in _INDUSTRY_SUFFIXES and not in_slot and name not in lex.gazetteer and _ordinary_phrase(name):
            continue  # 工业机器人(nz), 智能汽车: an industry in ordinary words
        if "产品" in name or (suf == "机器人" and (re.search(r"\d", name) or len(name) - len(suf) > 3)):
            continue  # 旗舰产品曜石R3双臂协作机器人, 达芬奇手术机器人: a product, not a firm (元象机器人)
        if name.endswith("控股") and len(name) >= 5 and _holds_a_name_next(d, i, lex):
            continue  # 金川环境控股|赣川水务(LOC): 控股 is the verb, its object follows
        typ = type_by_suffix(name, lex) or "Company"
        score = 0.85 if any(name.endswith(x) for x in legal) or typ == "Organization" else 0.7
        out.append(Cand(start, end, name, typ, "suffix", score, _latin_firm_core(name)))  # 德国Norvix公司: Norvix
    return out


def _quoted_after(d: _Doc, pos: int) -> tuple[int, int] | None:
    """If a quoted span opens at ``pos``, the span of its content."""
    if pos >= len(d.text) or d.text[pos] not in _QUOTES:
        return None
    close = d.text.find(_QUOTES[d.text[pos]], pos + 1, pos + 20)
    if close <= pos + 1:
        return None
    return pos + 1, close


#: jieba dictionary tags of idioms, adjectives, verbs and adverbs: a quoted word of these kinds
#: before a product noun says what the product is like (“一体化”产品), not what it is called.
_QUALITY_TAGS = frozenset({"l", "i", "a", "an", "ad", "v", "vn", "vd", "d"})


#: Labels that news puts in quotes before a product noun: what a product is called by fans, not its name.
#: The end of a programme's, a campaign's or an event's name, which is no product: “云帆计划”, “燎原行动”.
_PROGRAMME = re.compile(r"(?:计划|行动|工程|活动|倡议|大赛|论坛|峰会|专项|战略|项目|主题|大会)$")
def _a_programme(d: _Doc, lex: Lexicons, c: Cand) -> bool:
    """A quoted name ending in 计划, 行动… is a programme's, unless it is a title (《暗潮行动》, a game) or a
    product noun comes right before it (空气净化器“蓝天工程”)."""
    before = d.text[max(0, c.start - 6) : c.start]
    return not before.endswith("《") and not lex.ends_in_product_noun(before.rstrip("“「\""))


_LABEL_WORDS = frozenset({"网红", "爆款", "旗舰", "黑科技", "神器", "国民", "高端", "入门", "明星", "现象级", "概念", "全能",
                          "智能", "新款", "首款", "平价", "国产", "山寨", "千元", "万元", "百元", "顶配", "低配", "高配"})


#: The last characters of the words _product_contexts looks at (quotes, launch verbs, company
#: nouns, product words, full-width Latin names; ASCII ones pass anyway); with the lexicon's
#: product nouns, a quick test that skips other words.
_PRODUCT_CONTEXT_LAST = frozenset(_QUOTES) | frozenset(
    w[-1] for w in (*_LAUNCH_VERBS, *_INTRANSITIVE_LAUNCH, *_COMPANY_NOUNS, "品牌", "系列", "新机", "车型")) | frozenset(
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ")  # (full-width Latin)
#: Kinds of device a quoted model's name may follow (激光雷达“X3”, 原型机“X一号”); not in the product-noun
#: lexicon, whose other rules (a Latin name before the noun, any quoted word after it) would read firms'
#: names and buzzwords there (Intel处理器, 激光雷达“上车”).
DEVICE_KINDS = ("激光雷达", "雷达", "传感器", "服务器", "处理器", "控制器", "一体机", "机械臂", "灵巧手", "原型机", "飞行器",
                 "数据库", "显示器", "投影仪", "扫地机", "工作站", "储能柜", "激光器", "逆变器", "变送器", "切割设备", "检测设备")
_PRODUCT_CONTEXT_LAST = _PRODUCT_CONTEXT_LAST | frozenset(k[-1] for k in DEVICE_KINDS)
#: A quoted model's name: a short brand and a model code, or a numbered Chinese name (澄界L5, X一号; not
#: “3个月”, “7nm”, “4K”, “L2+”).
_MODEL_LIKE = re.compile(r"[\u4e00-\u9fff]{1,4}[A-Z][A-Za-z0-9\-]{0,6}|[\u4e00-\u9fff]{2,4}[一二三四五六七八九十]号")
_product_last_cache: list[tuple[Lexicons, frozenset[str]]] = []


def _product_context_last(lex: Lexicons) -> frozenset[str]:
    for cached, chars in _product_last_cache:
        if cached is lex:
            return chars
    chars = _PRODUCT_CONTEXT_LAST | lex.product_noun_last_chars | frozenset(w[-1] for w in lex.product_nouns if w)
    _product_last_cache[:] = [(lex, chars)]
    return chars


#: Before a firm's own product's quoted name: what it owns, makes or launches (其旗下“X”, 推出了“X”, 拥有“X”等).
_OWN_PRODUCT_BEFORE = re.compile(r"(?:旗下|自研|自主研发|推出|发布|上线|拥有|打造|开发|研发)(?:了|的)?[^，,。；;“”]{0,6}$")
#: After a kind of product: the building of it, a project (…信息化系统建设, …平台项目).
_PROJECT_AFTER = re.compile(r"(?:的)?(?:建设|项目|工程|改造|升级改造)")
#: A naming verb before a quoted name: 一款名为“X”的App.
_NAMED_AS = re.compile(r"(?:名为|名叫|叫做|称为|命名为|取名为?)$")


def _product_kind_after(d: _Doc, lex: Lexicons, span: tuple[int, int]) -> bool:
    """After the quoted name at ``span``, a kind of product ends a short run of nouns: 旗下“X”私有云平台,
    拥有“X”等多款企业管理软件 (a list's kind), after a word of owning or launching; or 名为“X”的个人理财App
    (after a naming verb only: “X”的芯片 may be a firm's)."""
    toks = d.toks
    k = d.starts.get(span[1] + 1)
    if k is None:
        return False
    named = _NAMED_AS.search(d.text, max(0, span[0] - 5), span[0] - 1) is not None
    name = d.text[span[0] : span[1]]
    if not named and (not _OWN_PRODUCT_BEFORE.search(d.text, max(0, span[0] - 12), span[0] - 1) or name.endswith("+")
                      or _word_tag(name) is not None or (all(is_cjk(c) for c in name) and _ordinary_phrase(name))):
        return False  # (建设“碳中和”综合服务平台, 加入“一带一路”国际合作平台, “互联网+”医疗服务: a policy's or a trend's label;
        # a firm's own product is announced as its own: 旗下“X”私有云平台, 推出“X”…)
    if toks[k].text == "等" and k + 1 < len(toks):
        k += 1 + (toks[k + 1].tag == "m")  # 等|多款
    elif toks[k].text == "的" and named:
        k += 1
    for n in range(4):
        if k + n >= len(toks) or (n and toks[k + n].start != toks[k + n - 1].end):
            return False
        t = toks[k + n]
        if n and (t.text in lex.product_nouns or lex.ends_in_product_noun(t.text)):
            return not _PROJECT_AFTER.match(d.text, t.end)  # (“数字X”信息化系统建设: a project)
        if t.tag not in ("n", "vn", "nz", "a", "b", "an"):
            return False
    return False


def _words_only(name: str) -> bool:
    """``name`` is all common words of the dictionary, two characters or more each (天价, 首个|国产, 明星|产品)."""
    return all(len(w) >= 2 and _jieba_freq(w) >= 100 for w in dictionary_words(name))


#: A drug's dosage form ending its name (岫拉替尼片, 澜芪通络胶囊, X注射液), or 注射用 before it.
_DOSAGE_FORM = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,8}?)(?:缓释片|控释片|肠溶片|分散片|咀嚼片|泡腾片|软胶囊|胶囊|注射液|注射剂|口服液"
                          r"|颗粒|滴丸|软膏|乳膏|喷雾剂|混悬液|滴眼液|贴剂|片)")
_DOSAGE_FORM_IN = re.compile(r"片|胶囊|注射|口服液|颗粒|滴丸|软膏|乳膏|喷雾剂|混悬液|滴眼液|贴剂")


def _drug_names(d: _Doc) -> list[Cand]:
    """``岫拉替尼片``, ``澜芪通络胶囊``, ``注射用岫美拉唑钠``: a word that is a coined name (no word of the dictionary)
    and a drug's dosage form, or a coined word after 注射用, is a drug (a Product); not 阿司匹林肠溶片, 钙片, 感冒灵颗粒
    (a drug's common name: the dictionary knows it)."""
    text = d.text
    out = []
    for t in d.toks:
        if t.tag not in ("nz", "n", "ORG", "PER", "LOC") or not all(is_cjk(ch) for ch in t.text):
            continue
        m = _DOSAGE_FORM.fullmatch(t.text)
        after_use = text.endswith("注射用", 0, t.start) and not (t.end in d.starts and d.toks[d.starts[t.end]].tag in ("n", "nz", "vn"))
        # (注射用|中硼硅|玻璃管: what follows names something else used for injections, not the drug)
        stem = m.group("stem") if m else (t.text if after_use and 3 <= len(t.text) <= 8 else None)
        s0 = t.start - 3 if after_use else t.start
        if stem is not None and "药" in stem[:-1]:  # 降压药|岚舒平片: the kind of drug LAC glued on is no part of the name
            cut = stem.rindex("药") + 1
            stem, s0 = stem[cut:], t.start + cut
        if stem is None or len(stem) < 2 or _word_tag(stem) is not None or _ordinary_phrase(stem) or stem[0] in FUNCTION_CHARS:
            continue
        if m and t.text.endswith("片") and not m.group().endswith(("缓释片", "控释片", "肠溶片", "分散片", "咀嚼片", "泡腾片")) \
                and len(dictionary_words(stem)[-1]) >= 2:
            continue  # (氮化镓外延片, 晶圆切片: a wafer or a slice, not a tablet whose name is coined)
        out.append(Cand(s0, t.end, text[s0 : t.end], "Product", "drug", 0.85))
    return out


def _product_contexts(d: _Doc, lex: Lexicons) -> list[Cand]:
    out = []
    text = d.text
    last = _product_context_last(lex)
    for i, t in enumerate(d.toks):
        if t.text[-1] not in last and t.text[-1] >= "\x80":
            continue  # (no quote, product word, launch verb or Latin name ends here: the quick test)
        # 自研的“X”影像芯片, “X”系列: a quoted name right before a product noun
        if t.text in _QUOTES and i + 1 < len(d.toks):
            span = _quoted_after(d, t.start)
            nxt = d.starts.get(span[1] + 1) if span else None
            if span and nxt is not None and span[1] - span[0] <= 12 and _valid_name(text[span[0] : span[1]]) \
                    and _word_tag(text[span[0] : span[1]]) not in _QUALITY_TAGS and text[span[0] : span[1]] not in _LABEL_WORDS \
                    and (  # “一体化”产品, “网红”手机: a quality or a label, not a name
                d.toks[nxt].text in lex.product_nouns or lex.ends_in_product_noun(d.toks[nxt].text)
                or d.toks[nxt].text in _BRAND_NOUNS
                or (d.toks[nxt].tag in ("n", "nz") and nxt + 1 < len(d.toks) and d.toks[nxt + 1].start == d.toks[nxt].end
                    and d.toks[nxt + 1].text in lex.product_nouns)
                or text.startswith(_WORDS_AFTER_A_PRODUCTS_NAME, span[1] + 1)  # “启思”大(a)|模型: LAC cut the noun
                or _SHORT_KIND_THEN_NOUN.match(text, span[1] + 1)  # “岚言”端侧大模型, “霁瞳”行业大模型
                or _product_kind_after(d, lex, span)
            ):
                # (over LAC's person: “岳晶”系列 is a product's name, not a person's)
                out.append(Cand(span[0], span[1], text[span[0] : span[1]], "Product", "quoted", 0.9))
            elif span and span[1] - span[0] <= 12 and _valid_name(text[span[0] : span[1]]) \
                    and _word_tag(text[span[0] : span[1]]) is None and _made_product(text, span[0], span[1], span[1] + 1):
                # “X”由A开发, “X”此前由A与B联合研发: what a maker made
                out.append(Cand(span[0], span[1], text[span[0] : span[1]], "Product", "quoted", 0.85))
        # 工具“X” / 推出了“X” / 社交产品“X” / 数据|仓库“X” (a product noun LAC cut in two)
        if t.text in lex.product_nouns or lex.ends_in_product_noun(t.text) or t.text in _LAUNCH_VERBS \
                or (i and d.toks[i - 1].end == t.start and d.toks[i - 1].text + t.text in lex.product_nouns):
            pos = t.end
            if text.startswith("了", pos) or (text.startswith("的", pos) and t.text in _LAUNCH_VERBS):
                pos += 1  # 推出了“X”, 推出的“X”
            span = _quoted_after(d, pos)
            if span is None and t.text not in _LAUNCH_VERBS and text.startswith("《", pos):
                # 新游戏《X》: a title after a product noun (not after 发布, which also takes 《…通知》)
                close = text.find("》", pos + 1, pos + 20)
                span = (pos + 1, close) if close > pos + 1 else None
            if t.text.endswith("药") and span and _words_only(text[span[0] : span[1]]):
                span = None  # 靶向药“天价”, 抗癌药“明星产品”: a drug's coined name, not words in scare quotes
            if span and _valid_name(text[span[0] : span[1]]) and not _NOT_A_PRODUCT_AFTER.match(text, span[1] + 1) and (
                    span[1] - span[0] <= 12 or (span[1] - span[0] <= 24 and _LONG_LATIN_NAME.fullmatch(text, span[0], span[1]))):
                # (SUV“以旧换新”活动, 产品“X”战略: a campaign or a plan, not a product)
                # (智能手表“QX Band 7 Pro”, 产品“NovaCode Assist”: a long Latin name in capitalised words;
                # not “AI for Everyone”战略, “Deep Thinking”模式)
                # (推出数字农业服务平台“X”: a launched product noun's quoted name, surer than LAC's person)
                launched = t.text not in _LAUNCH_VERBS and _LAUNCH_VERB_BEFORE.search(text, max(0, t.start - 14), t.start)
                # (降压药“X”: a name a product noun introduces in quotes, surer than LAC's person)
                per = t.text not in _LAUNCH_VERBS and span[0] in d.starts and d.toks[d.starts[span[0]]].end == span[1] \
                    and d.toks[d.starts[span[0]]].tag == "PER"
                out.append(Cand(span[0], span[1], text[span[0] : span[1]], "Product", "quoted", 0.88 if launched or per else 0.8))
            # 工具(A、B、C)
            if t.text not in _LAUNCH_VERBS and pos < len(text) and text[pos] in "(（":
                close = next((k for k in range(pos + 1, min(len(text), pos + 60)) if text[k] in ")）"), -1)
                if close > pos:
                    k0 = pos + 1
                    for part in re.split(r"[、,，/]", text[pos + 1 : close]):
                        s = k0 + len(part) - len(part.lstrip())
                        name = part.strip()
                        if 2 <= len(name) <= 12 and _valid_name(name):
                            out.append(Cand(s, s + len(name), name, "Product", "list", 0.75))
                        k0 += len(part) + 1
        # 其车规级激光雷达“澄界L5”, 推出原型机“昕澜一号”: a quoted model's name after a kind of device
        # (not 激光雷达“上车”潮, 处理器“卡脖子”: a buzzword in quotes)
        if t.text.endswith(DEVICE_KINDS):
            span = _quoted_after(d, t.end)
            name = text[span[0] : span[1]] if span else ""
            if span and span[1] - span[0] <= 12 and _valid_name(name) and not _NOT_A_PRODUCT_AFTER.match(text, span[1] + 1) and (
                    _MODEL_LIKE.fullmatch(name) or (_LAUNCH_VERB_BEFORE.search(text, max(0, t.start - 14), t.start)
                                                    and _word_tag(name) not in _QUALITY_TAGS and not re.search(r"\d", name))):
                out.append(Cand(span[0], span[1], name, "Product", "quoted", 0.86))
        # X终于亮相 / X正式上线
        if t.text in _INTRANSITIVE_LAUNCH and t.tag.startswith("v"):
            after = text[t.end : t.end + 2]
            no_object = not after or after[0] in "，,。；;！!？?\n" or after in ("了，", "了,", "了。")
        else:
            no_object = False
        if no_object:
            j = i - 1
            while j >= 0 and d.toks[j].text in _LAUNCH_ADVERBS:
                j -= 1
            end = d.toks[j].end if j >= 0 else -1
            k = j
            # (A、B、Pad Air 5等(m)|亮相: a list's 等 ends no name)
            while k >= 0 and d.toks[k].tag in (_NAME_TAGS | {"v"}) and d.toks[k].text not in _LAUNCH_ADVERBS \
                    and not d.toks[k].text.endswith("等"):
                if d.toks[k].tag == "v" and len(d.toks[k].text) > 1:
                    if k == j and k > 0 and d.toks[k - 1].text in (lex.product_nouns | _BRAND_NOUNS):
                        k -= 1  # 品牌仰望: after a product noun, a verb-looking word is the name
                    break
                if k < j and d.toks[k].text in (lex.product_nouns | _BRAND_NOUNS):
                    break  # the product noun introduces the name; it is not part of it
                k -= 1
            if j >= 0 and k < j:
                start = d.toks[k + 1].start
                name = text[start:end]
                left = text[start - 1] if start > 0 else "\n"
                latin = LATIN_RE.search(name)
                if latin and latin.start() > 0 and latin.end() == len(name):
                    start, name, left = start + latin.start(), latin.group(), "的"  # 新机Mate60 -> Mate60
                after_noun = k >= 0 and d.toks[k].text in (lex.product_nouns | _BRAND_NOUNS)
                if 2 <= len(name) <= 10 and (left in "”」』\"，,。\n的 " or left.isspace() or after_noun) and _valid_name(name):
                    out.append(Cand(start, end, name, "Product", "launch", 0.7))
        # 推出了HarmonyOS / 发布新一代无人机“Mavic 3”: a Latin or quoted name after a launch verb
        if t.text in _LAUNCH_VERBS:
            window = text[t.end : t.end + 14]
            clause = re.split(r"[，,。；;！!？?\n]", window, maxsplit=1)[0]
            q = next((k for k, ch in enumerate(clause) if ch in _QUOTES), None)
            span = _quoted_after(d, t.end + q) if q else None
            latin_before = re.search(r"[A-Za-z0-9]+$", text[t.end : t.end + q]) if q else None
            # (载人eVTOL“X”: a kind in Latin letters, then a model's name; not SUV“家族化”, eVTOL“低空经济”: labels)
            latin_kind = latin_before is not None and latin_before.group().upper() in _LATIN_KINDS \
                and span is not None and _MODEL_LIKE.fullmatch(text, span[0], span[1]) is not None
            if q is not None and q > 1 and (latin_before is None or latin_kind):
                # (手机岚影Z7“星空蓝”配色: a variant's label after the model's name, not a product)
                if span and _valid_name(text[span[0] : span[1]]) and span[1] - span[0] <= 12 \
                        and not _NOT_A_PRODUCT_AFTER.match(text, span[1] + 1):  # (推出激光雷达“上车”计划: a plan)
                    out.append(Cand(span[0], span[1], text[span[0] : span[1]], "Product", "quoted", 0.75))
            lm = LATIN_RE.match(text, t.end + (1 if text.startswith("了", t.end) else 0))
            if lm and len(lm.group()) >= 2 and lm.group() not in lex.titles and not _FITS_ANOTHERS.match(text, lm.end()):
                e = _model_end(text, lm.end())
                if not _NOT_A_MODEL_AFTER.match(text, e):  # (提供L2+级辅助驾驶: a level, not a product)
                    out.append(Cand(lm.start(), e, text[lm.start() : e], "Product", "latin", 0.72))
            # 推出了文心一言: a short run of words up to the clause end that holds a proper name
            j = i + 1 + (1 if i + 1 < len(d.toks) and d.toks[i + 1].text == "了" else 0)
            k = j
            while k < len(d.toks) and k - j < 4 and d.toks[k].tag in _NAME_TAGS and d.toks[k].start == d.toks[k - 1].end:
                k += 1
            kind_then_quote = k < len(d.toks) and d.toks[k].text in _QUOTES and k > j and (
                d.toks[k - 1].text in lex.product_nouns or lex.ends_in_product_noun(d.toks[k - 1].text))
            if k > j + 1 and (k == len(d.toks) or d.toks[k].tag == "w") and not kind_then_quote:
                run = d.toks[j:k]  # (not 发布首款AI眼镜“X”: the kind of product, then its quoted name)
                # 旗舰手机小米14: the name follows the last generic product word
                cut = max((n + 1 for n, w in enumerate(run) if w.text in _GENERIC_PRODUCT_WORDS), default=0)
                run = run[cut:]
                end = run[-1].end if run else 0
                while run and end > run[-1].start and text[end - 1] in "。，,；;！!？?、":
                    end -= 1  # LAC can glue the full stop to a number (小米|14。)
                if run and end == run[-1].end and LATIN_RE.fullmatch(run[-1].text):
                    end = _model_end(text, end)  # 旗舰手机Nova| |X: the model letter is part of the name
                name = text[run[0].start : end] if run else ""
                if run and any(w.tag in ("PER", "nz", "nw", "ORG") for w in run) and 2 < len(name) <= 8 and _valid_name(name):
                    out.append(Cand(run[0].start, end, name, "Product", "launch", 0.8))
        # 自动驾驶公司Waymo: a Latin name right after a company noun
        if t.tag in ("n", "vn", "nz") and t.text.endswith(_COMPANY_NOUNS):
            lm = LATIN_RE.match(text, t.end)
            if lm and len(lm.group()) >= 2 and lm.group() not in lex.titles:
                out.append(Cand(lm.start(), lm.end(), lm.group(), "Company", "latin", 0.86))
        # 手机品牌Redmi: a Latin name right after a product noun
        if t.text in lex.product_nouns or t.text in ("品牌", "系列", "新机", "车型"):
            lm = LATIN_RE.match(text, t.end)
            if lm and len(lm.group()) >= 2 and lm.group() not in lex.titles:
                e = _model_end(text, lm.end())
                if not _NOT_A_MODEL_AFTER.match(text, e):  # (服务器PCIe 5.0接口: an interface, not a model)
                    out.append(Cand(lm.start(), e, text[lm.start() : e], "Product", "latin", 0.72))
        # Kindle业务 / Xbox平台: a Latin name right before a product noun
        if LATIN_RE.fullmatch(t.text) and len(t.text) >= 2 and i + 1 < len(d.toks):
            nxt = d.toks[i + 1]
            if nxt.start == t.end and nxt.text in lex.product_nouns and not t.text.isupper() or (
                nxt.start == t.end and nxt.text in lex.product_nouns and len(t.text) <= 4 and t.text.isupper()
            ):
                out.append(Cand(t.start, t.end, t.text, "Product", "latin", 0.65))
    # QX-205是A自主研发的…, LK-860由A开发: a model code that a maker made (at a clause's start)
    if "由" in text or "研发的" in text or "开发的" in text:
        for m in _CODE_NAME.finditer(text):
            if (m.start() == 0 or text[m.start() - 1] in "，,。；;：:\n）)（(") and _made_product(text, m.start(), m.end(), m.end()):
                out.append(Cand(m.start(), m.end(), m.group(), "Product", "latin", 0.8))
    return out


#: A model code: capitals, maybe a hyphen, digits (QX-205, LK-860, M900, VT310A).
_CODE_NAME = re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{1,6}-?\d{2,6}[A-Z]?(?![A-Za-z0-9\-])")


#: A long Latin name: words that start with a capital or a digit (QX Band 7 Pro, NovaCode Assist).
_LONG_LATIN_NAME = re.compile(r"(?:[\u4e00-\u9fff]{2,4} ?)?[A-Z0-9][A-Za-z0-9+\-.]*(?: [A-Z0-9][A-Za-z0-9+\-.]*)+"
                              r"|(?=.*(?:\d|\b(?:Pro|Max|Ultra|Plus|Mini|Lite|Studio|Air|Edge)\b))[A-Za-z0-9][A-Za-z0-9+\-. ]*")
#: After a quoted name: what makes it a slogan, a mode or a plan rather than a product.
_NOT_A_PRODUCT_AFTER = re.compile(r"战略|模式|计划(?!于|在|将|今年|明年|年内|下半年|上半年)|理念|功能|口号|愿景|主题|活动|倡议|设计语言|方案|质保")
#: One more word of a product's model name: a number (60, 15, S24), or a model word (Pro, Max, Ultra…).
_MODEL_WORD = re.compile(r" (?:[0-9]{1,4}(?:\.[0-9]{1,2})?[A-Za-z]{0,3}|[A-Z][0-9]{0,4}[A-Za-z]?|Pro|Max|Plus|Ultra|Mini|mini|Lite|SE|Air|Fold|Flip|Edge|Neo|Watch|Pad|Book|Pods|Buds|Band|Vision|Pencil)(?![A-Za-z0-9])")


def _business_lines(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``澜途科技机器人业务``: a firm's name, an industry word and 业务/板块 name the firm's line of
    business; the firm is the name without the industry word."""
    out = []
    for c in cands:
        suf = lex.suffix(c.text, "company") if c.type == "Company" else None
        if suf and suf in _LINE_ENDINGS and len(c.text) > len(suf) \
                and lex.suffix(c.text[: -len(suf)], "company") and _BUSINESS_AFTER.match(d.text, c.end):
            c = Cand(c.start, c.end - len(suf), c.text[: -len(suf)], c.type, c.source, c.score, c.name)
        out.append(c)
    return out


#: A kind of software or chip, then its name: a short brand and a Latin name with its version
#: (全新操作系统岸界OS 5.0, 自研芯片岫芯X1), which LAC glues to the kind.
_NAMED_AFTER_KIND = re.compile(
    r"(?:操作系统|系统|芯片|处理器|大模型|平台)((?:(?![是为和及与或名的了在将把对由升级])[\u4e00-\u9fff]){1,3}[A-Z][A-Za-z0-9]*(?: ?\d+(?:\.\d+)*)?)"
    r"(?![A-Za-z0-9.])")


def _named_after_kind(d: _Doc) -> list[Cand]:
    """``发布了全新操作系统岸界OS 5.0``: after a launch verb (and adjectives), a kind of software
    or chip and a name of a brand word and Latin letters (with a version) is a Product."""
    out = []
    for m in _NAMED_AFTER_KIND.finditer(d.text):
        if _LAUNCHED_BEFORE_KIND.search(d.text, max(0, m.start() - 8), m.start()):
            out.append(Cand(m.start(1), m.end(1), m.group(1), "Product", "model", 0.84))
    return out


#: Before a kind of product whose name follows: a launch or an adjective (发布了全新, 自研, 搭载).
_LAUNCHED_BEFORE_KIND = re.compile(r"(?:发布|推出|上线|亮相|搭载|采用|预装|自研|全新|新一代|自主研发)(?:了|的)?(?:全新|新一代|自研)?的?$")


#: The end of a kind of device, vehicle or material that a Latin model's name can follow
#: (户用储能一体机, 六轴协作机械臂, 激光雷达, 光学胶膜); not people's or firms' words (总裁, 公司).
_KIND_BEFORE_MODEL = re.compile(
    r"(?:[\u4e00-\u9fff](?:机|器|臂|仪|膜|柜|屏|镜|箱|灯|桩|盒|舱|芯|车|车型|机型)|灵巧手|机械手|芯片|电池|模组|雷达|"
    r"相机|平板|电脑|笔记本|机器人|终端|设备|装置|新品|(?<![A-Za-z])(?:SUV|MPV))$")
#: Words ending in 机 that are no device (危机, 司机, 商机…).
_NOT_A_DEVICE = re.compile(r"(?:危|司|商|时|契|良|转|生|战|飞行|有)机$")
#: After a Latin name: what makes it a standard's, an interface's, a level's or an event's name.
_NOT_A_MODEL_AFTER = re.compile(r"[.\d]*\s*(?:接口|标准|协议|规范|预警|项目|排放|认证|级别|等级|级|版本|峰会|大会|论坛|插头|插座|指引|报告|公告|航班)")
#: After a name: what is launched only fits it (推出了iPhone兼容的配件, X专用的…): not the launched product.
_FITS_ANOTHERS = re.compile(r"\s*(?:兼容|适配|专用|配套|周边|同款|平替)")
#: A model's Latin name: capitalised words, one of them with a digit (VoltCase 3, KX Grip G7, Zephyr 8);
#: the layer takes two or more words.
_LATIN_MODEL_NAME = re.compile(r"[A-Z][A-Za-z0-9+\-]*(?: [A-Z0-9][A-Za-z0-9+\-]*){0,3}(?![A-Za-z0-9+\-])")


#: A model's code glued to a brand's word (岫途L60, 峤界M9, 珩望U8, 屿想MEGA): capitals and a number, or
#: a word in capitals, then an edition (Pro, Max, Ultra).
_BRAND_MODEL_CODE = re.compile(r"(?<=[\u4e00-\u9fff])(?:[A-Z]{1,3}\d{1,4}[A-Za-z]?|[A-Z]{4,8})(?![A-Za-z0-9\-])"
                               r"(?:\s?(?:Pro|Max|Ultra|Plus|Lite|SE|mini|Air)(?![A-Za-z]))*")
#: Codes of quarters, halves and fiscal years, and capitals that are no model (Q3, H1, FY2025, LOGO).
_NOT_A_BRAND_MODEL = re.compile(r"[QH][1-4]|FY\d*|LOGO|NASA|CEO\w*")
#: Before a brand's model: its launch or sale, or its owner (发布了X, 推出全新X, 旗下X).
_BRAND_MODEL_BEFORE = re.compile(r"(?:发布|推出|上市|亮相|交付|预售|发售|开售|旗下)(?:了|的)?(?:全新|新款|首款|新一代|旗舰)?$")
#: After a brand's model: it goes on sale, is delivered or sold (X正式上市, X将于9月上市, X销量, X售价).
_BRAND_MODEL_AFTER = re.compile(r"(?:正式|今日|今天|已|已经|将|将于|已于|于|同步|首批|也|还|则|率先|开启|开始|全面)?"
                                r"[^，,。；;！？!?“”的]{0,8}?(?:上市|交付|开售|发售|预售|首发|销量|售价|定价)")


#: A role, a kind or a verb LAC glues before a brand (竞品|X S9, 新款|X S9, 对标|X M9, 搭载|X5).
_BRAND_ROLE_BEFORE = re.compile(r"竞品|竞对|对标|友商|对手|旗下|子公司|新车|新款|全新|首款|旗舰|国产|进口|代号为?|型号为?|搭载|支持|采用"
                                r"|配备|新增|获得|采购")
#: LAC's tags of a brand's words.
_BRAND_TAGS = frozenset({"n", "nz", "nw", "v", "vn", "a", "an", "PER", "ORG", "LOC"})


def _coded_models(d: _Doc, lex: Lexicons) -> list[Cand]:
    """``岫澜发布了岫途L60``, ``峤界M9正式上市``: a brand's word and a model's code glued to it are one
    Product where the model is launched, sold or delivered, or named as an owner's (旗下); the brand
    is LAC's word before the code, not a kind of product (手机Z7, 新款Z7: the code alone, found elsewhere)."""
    text = d.text
    out = []
    for m in _BRAND_MODEL_CODE.finditer(text):
        if _NOT_A_BRAND_MODEL.fullmatch(m.group().split()[0]) or _NOT_A_MODEL_AFTER.match(text, m.end()) \
                or text.startswith("次", m.end()):
            continue  # (高铁G1234次列车: a train)
        k = bisect.bisect_right(d._start_list, m.start() - 1) - 1  # LAC's word of the brand's last character
        if k < 0 or d.toks[k].end < m.start():
            continue
        words = [d.toks[k]]
        if m.start() - words[0].start == 1 and k and d.toks[k - 1].end == words[0].start:
            words.insert(0, d.toks[k - 1])  # 峤(v)|界M9(nz): a brand LAC cut in two
        start = words[0].start
        role = _BRAND_ROLE_BEFORE.match(text, start, m.start()) or _BRAND_ROLE_BEFORE.match(text, max(0, start - 1), m.start())
        if role and role.end() > start:
            start = role.end()  # 竞品峤风S9, 对|标问界M9 in LAC's words: the role before the brand is not part of it
        brand = text[start : m.start()]
        after = bool(_BRAND_MODEL_AFTER.match(text, m.end()))
        if _word_tag(brand) == "ns" or (_word_tag(brand) is not None and _jieba_freq(brand) >= 100 and not after):
            continue  # (亮相上海WAIC; 发布了支持L3…: a place or a dictionary word, not sold or delivered)
        if not 2 <= len(brand) <= 4 or not all(is_cjk(ch) for ch in brand) \
                or any(w.tag not in _BRAND_TAGS for w in words) \
                or brand in lex.product_nouns or lex.ends_in_product_noun(brand) \
                or brand.endswith(DEVICE_KINDS) or _KIND_BEFORE_MODEL.search(brand) or _MODEL_KUAN.search(brand) \
                or brand.startswith(_LAUNCH_VERBS + _INTRANSITIVE_LAUNCH) or brand in ("全新", "新款", "首款", "旗舰"):
            continue
        if not (_BRAND_MODEL_BEFORE.search(text, max(0, start - 8), start) or after):
            continue
        out.append(Cand(start, m.end(), text[start : m.end()], "Product", "model", 0.84))
    return out


#: A launch, then a large model's name and its version (发布了澜峤大模型4.0): the name with its version is a Product.
_VERSIONED_LAUNCH = re.compile(r"(?:发布|推出|上线|亮相|开源)(?:了|的)?(?:全新的?|新一代|最新的?)?"
                               r"([\u4e00-\u9fff]{2,5}?大模型)\s?(\d{1,2}(?:\.\d{1,2}){1,2})(?![\d.%％亿万元倍个])")


#: Words of a kind of large model, not a name (开源大模型, 多模态大模型, 医疗大模型, 第二代大模型).
_GENERIC_MODEL_WORD = re.compile(r"开源|闭源|自研|通用|行业|垂直|垂类|多模态|客服|医疗|金融|教育|工业|政务|法律|代码|编程|视觉|语音"
                                 r"|语言|基础|基座|千亿|万亿|端侧|轻量|专属|私有|企业级|第.代|新一代|[自多新第大小全超]")
#: After a version: what makes it a plan's, a strategy's or an era's stage (2.0战略, 3.0时代, 2.0版方案).
_PLAN_AFTER_VERSION = re.compile(r"\s?(?:版本?)?(?:战略|时代|阶段|计划|版图|模式|体系|行动|工程|规划|方案|政策|改革|标准)")


def _versioned_launches(d: _Doc) -> list[Cand]:
    """``岫峤科技发布了澜峤大模型4.0``: a launched large model's name and its version number, when the
    name before 大模型 is no common word (not 发布了通用大模型2.0). Other names with a version are left
    alone: on held-out articles they were more often a plan's stage or a feature than a product."""
    out = []
    for m in _VERSIONED_LAUNCH.finditer(d.text):
        name = m.group(1)
        core = name[:-3]
        words = dictionary_words(core)
        if is_common_word(core) or _GENERIC_MODEL_WORD.match(core) or (len(words) >= 2 and all(len(w) >= 2 for w in words)) \
                or any(c in FUNCTION_CHARS for c in name) or d.starts.get(m.start(1)) is None \
                or _PLAN_AFTER_VERSION.match(d.text, m.end()):
            continue  # (通用大模型, 医疗健康大模型: a kind of model; 大模型2.0战略: a plan)
        out.append(Cand(m.start(1), m.end(2), d.text[m.start(1) : m.end(2)], "Product", "model", 0.84))
    return out


def _models_after_kinds(d: _Doc) -> list[Cand]:
    """``户用储能一体机VoltCase 3``, ``纯电中大型SUV Zephyr 8``: a kind of device or vehicle, then
    a model's Latin name with a number, is a Product, however LAC cut the name."""
    text = d.text
    out = []
    for m in _LATIN_MODEL_NAME.finditer(text):
        name, start = m.group(), m.start()
        kind = re.match(r"(?:SUV|MPV) (?=[A-Z])", name)
        if kind:  # 中大型SUV Zephyr 8: the kind is no part of the name
            name, start = name[kind.end() :], start + kind.end()
        if " " not in name or not any(ch.isdigit() for ch in name) or start < 2:
            continue  # (澄臂R5, 曦芯T2: one short code after a brand that ends like a kind of device)
        before = text[max(0, start - 6) : start]
        if before.endswith(" "):
            before = before[:-1]
        if not before or before[-1] == " " or not _KIND_BEFORE_MODEL.search(before) or _NOT_A_DEVICE.search(before) \
                or _NOT_A_MODEL_AFTER.match(text, m.end()):
            continue  # (危机Level 3预警, 充电桩Type 2接口, 乘用车Euro 7排放标准: no model's name)
        out.append(Cand(start, m.end(), name, "Product", "model", 0.84))
    return out


#: A model's 款 (入门款, 新款, 旗舰款), not the 款 of a clause, a loan or a payment (条款, 贷款, 首付款).
_MODEL_KUAN = re.compile(r"(?:入门|新|首|旗舰|高配|顶配|低配|标准|基础|经典|同|升级|限量|特别|纪念|青春|尊享|豪华|运动|迭代|改款|换代)款$")
#: Codes of standards, ratings, interfaces and advisories, which follow product nouns too (耳机IPX-4, 服务器PCI-5).
_STANDARD_CODE = re.compile(r"(?:IPX?|PCIE?|USB|HDMI|L?P?DDR|GDDR|CVE|ISO|IEC|GB|EN|UL|WIFI|WI-FI|SATA|NVME|LTE|DP|TYPE)(?:-|\d)", re.I)


#: Nouns of documents, plans and services before a code, which are no products: 公告ZB-2024, 报告ESG-2023, 航班LX-588.
_NOT_A_PRODUCTS_NOUN = re.compile(r"(?:公告|报告|指引|计划|航班|航线|编号|文件|通知|批次|标准|专利|项目|合同|订单|批文|许可证)$")
#: A year inside a code: a report's or a plan's (FY2025, ESG-2023), not a model's.
_YEAR_CODE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A launch verb, then the words of a kind of product, right before a model code (发布了8英寸导电型碳化硅衬底|SJ-8N).
_LAUNCHED_KIND_BEFORE = re.compile(r"(?:推出|发布|上线|量产|亮相)(?:了|的)?[^，,。；;“”（）()、\s]{0,12}$")


def _ordinary_noun_before(d: _Doc, pos: int) -> bool:
    """jieba's word that ends at ``pos`` is a dictionary noun (衬底|SJ-8N), not a brand's name the
    dictionary lacks (极岸|X10, which is part of the model's name)."""
    i = bisect.bisect_left(d.w_ends, pos)
    if i >= len(d.w_ends) or d.w_ends[i] != pos:
        return False
    word = d.text[d.w_starts[i] : pos]
    return len(word) >= 2 and _word_tag(word) in ("n", "vn", "nz") and _jieba_freq(word) >= 10


def _model_codes(d: _Doc, lex: Lexicons) -> list[Cand]:
    """``抗体偶联药物TQ-3105``, ``抑制剂SK-411``, ``LM-7芯片``, ``YH-ADC7000系列``, ``运动控制器VT-310``,
    ``入门款XR-150``: a model code (Latin letters, then digits) right after a drug's noun, a kind of
    product or device or a model's 款, or right before a device's noun."""
    text = d.text
    out = []
    for m in _MODEL_CODE.finditer(text):
        code = m.group()
        if ("-" not in code and sum(ch.isdigit() for ch in code) < 2) or code.upper() in _NOT_MODEL_CODES:
            continue  # HER2, USB4, WIFI7; PD-1, GLP-1: a target's or a standard's name, not a model's
        before = text[max(0, m.start() - 6) : m.start()]
        kind_before = (before.endswith(DEVICE_KINDS) or bool(_MODEL_KUAN.search(before)) or (
            bool(before) and is_cjk(before[-1]) and lex.ends_in_product_noun(before))) and not _STANDARD_CODE.match(code)
        launched = bool(before) and (before.endswith(("发布的", "推出的", "发布了", "推出了")) or (
            is_cjk(before[-1]) and _LAUNCHED_KIND_BEFORE.search(text, max(0, m.start() - 16), m.start())
            and _ordinary_noun_before(d, m.start()) and not _NOT_A_PRODUCTS_NOUN.search(before))) \
            and not _STANDARD_CODE.match(code) and not _YEAR_CODE.search(code)
        # (发布的RQ-E800…, 发布了8英寸…衬底SJ-8N: what was launched; not 发布的FY2025指引, 报告ESG-2023, 航班LX-588)
        if _DRUG_BEFORE.search(text, max(0, m.start() - 4), m.start()) or _DEVICE_AFTER.match(text, m.end()) \
                or ((kind_before or launched) and not _NOT_A_MODEL_AFTER.match(text, m.end())):
            # (surer than a launch's run of words that LAC cut inside the code: 开发|双特异性抗体|LM|-118)
            out.append(Cand(m.start(), m.end(), m.group(), "Product", "quoted", 0.95))
    return out


#: The kind of products a list of models ends in: 小米15、vivo X200等同价位机型, A、B等车型.
_MODEL_KIND_AFTER_LIST = re.compile(
    r"等(?:同价位|同级别|主流|热门|高端|旗舰|竞品|竞争|多款|[一二三四五六七八九十两\d]款)?的?(?:车型|机型|手机|芯片|处理器|平板|笔记本|新车|SUV|轿车)")
#: A count and a kind of product right after a list of models (Q9和Q9 Pro两款手机, A、B两代产品).
_COUNTED_MODELS_AFTER_LIST = re.compile(
    r"(?<=[\dA-Za-z+])(?:[两三四五六七八九十]|\d)(?:款|代)(?:全新的?|新)?(?:车型|机型|手机|芯片|处理器|平板|笔记本|新车|SUV|轿车|产品|新品)")
#: One listed model: a brand and a model's number (小米15, vivo X200, 智界R7, 华为Mate 70).
_LISTED_MODEL = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}|[A-Za-z]{2,12})\s?[A-Za-z]{0,6}\s?\d{1,4}[A-Za-z]{0,3}(?:\s?(?:Pro|Max|Plus|Ultra|Lite|SE|mini|Air|\+))*")
_LIST_ITEM_BREAK = re.compile(r"[、，,；;：:（(“”\"]|和|及|与|以及")
_NOT_MODEL_START_TAGS = frozenset({"p", "d", "ad", "v", "vd", "c", "u", "r", "w", "TIME", "f"})


def _model_lists(d: _Doc) -> list[Cand]:
    """``与小米15、vivo X200等同价位机型竞争``: every model listed before 等 and a kind of
    product (车型, 机型, 芯片…) is a Product; an item is a brand and a model's number."""
    text = d.text
    out = []
    counted = [m for m in _COUNTED_MODELS_AFTER_LIST.finditer(text)]
    for m in [*_MODEL_KIND_AFTER_LIST.finditer(text), *counted]:
        end = m.start()
        items: list[Cand] = []
        for _ in range(8):
            lo = max(0, end - 20)
            brk = max((b.end() for b in _LIST_ITEM_BREAK.finditer(text, lo, end)), default=lo)
            # the first word from which on the rest reads as a model (直接|与|小米15, 新品|对标|华为Mate 70)
            start = None
            for t in d.toks_from(brk):
                if t.start >= end:
                    break
                if t.tag not in _NOT_MODEL_START_TAGS and _LISTED_MODEL.fullmatch(text, t.start, end):
                    start = t.start
                    break
            if start is None:
                break
            items.append(Cand(start, end, text[start:end], "Product", "model", 0.82))
            joined_by = "以及" if text[brk - 2 : brk] == "以及" else text[brk - 1 : brk]
            if brk == lo or joined_by not in ("、", "和", "及", "与", "以及"):
                break  # (the list ends where no conjunction joins the item before)
            end = brk - len(joined_by)
        if m in counted and len(items) < 2:
            continue  # (A和B两款机型: a list counted; one name before a count is not one)
        out += items
    return out


#: A firm's brands counted, then listed after a colon: 旗下目前共有七个品牌：, 拥有三大品牌：, 旗下品牌包括：.
BRAND_PORTFOLIO = re.compile(r"(?:旗下|拥有|共有|包括|涵盖)[^，,。；;：:]{0,10}?(?:(?:[一二三四五六七八九十两几多]|\d+)(?:个|大|款))?"
                             r"(?:子品牌|品牌)(?:包括|有)?[：:]")


def _portfolio_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the list in ``text[start:end]``: between commas and 、, a leading 以及/和/及/还有 dropped,
    and the item after a 、 split at its 和/及 (A、B和C: three items; 和府捞面 alone stays whole)."""
    out = []
    for m in re.finditer(r"[^，,、]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        lead = re.match(r"\s*(?:以及|还有|和|及)?" if s > start else r"\s*", text[s:e])  # (not 和府面馆 opening a list)
        s += lead.end()
        joined = re.search(r"以及|和|及", text[s:e]) if text[s - 1 : s] == "、" else None
        if joined and joined.start() >= 2 and e - (s + joined.end()) >= 2:
            out += [(s, s + joined.start()), (s + joined.end(), e)]
        else:
            out.append((s, e))
    return out


#: A numeral at a word's start: 三十度, 1号店.
_NUMERAL_START = re.compile(r"[一二三四五六七八九十百千万两\d]")


def _portfolio_brands(d: _Doc, lex: Lexicons) -> list[Cand]:
    """``X旗下目前共有七个品牌：起家的A，烘焙连锁B，个护品牌C，…，以及…轻食品牌D``: each item of the
    list is a brand, its name what is left after the words that describe it (up to 的, 品牌 or 连锁, else
    the dictionary words of a trade); an item that is only ordinary words names none."""
    text = d.text
    out: list[Cand] = []
    for cue in BRAND_PORTFOLIO.finditer(text):
        end = cue.end()
        while end < len(text) and text[end] not in "。；;\n":
            end += 1
        for s, e in _portfolio_items(text, cue.end(), end):
            # the words that describe the brand end at 的, 品牌 or 连锁 (起家的|A, 个护品牌|C, 烘焙连锁|B)
            k = max(text.rfind("的", s, e), text.rfind("品牌", s, e) + 1, text.rfind("连锁", s, e) + 1)
            bounded = k >= s
            if bounded:
                s = k + 1
            toks = d.tokens_in(s, e)
            # else they are the dictionary words of a trade before the name: 冻干|咖啡|雾岛 (not a word it lacks)
            while not bounded and len(toks) > 1 and toks[0].tag not in PROPER_TAGS \
                    and _word_tag(toks[0].text) not in (None, "nr", "nz", "ns", "nt") and not rare_word(toks[0].text):
                toks = toks[1:]
            if not bounded:
                if not toks:
                    continue
                if not _NUMERAL_START.match(text, toks[0].start):  # (北屿|三十度: a name that goes on with a number is whole)
                    s = toks[0].start
                e = toks[-1].end
            name = text[s:e]
            if 2 <= len(name) <= 8 and _valid_name(name) and (bounded or not _ordinary_phrase(name)) \
                    and not any(ch.isdigit() for ch in name[:1]):
                out.append(Cand(s, e, name, "Product", "list", 0.88))
    return out


#: A deal's verb whose objects may each follow the words of their kind (投资了咖啡品牌A、宠物医疗连锁B和机器人公司C).
_KINDED_DEAL_VERB = re.compile(r"(?:投资|入股|参股|收购|并购|控股)(?:了|过)?")
#: Between a deal's verb and a list of its objects: the verb's object noun (投资的企业包括|, 收购的品牌有|).
_LIST_AFTER_OBJECT_NOUN = re.compile(r"的[\u4e00-\u9fff]{1,6}?(?:包括|包含|有|为)[：:]?")
#: The words that end a firm's kind right before its name: 咖啡品牌|A, 烘焙连锁|B, 机器人公司|C (kg.nlp.relations
#: reads lists of them too).
FIRM_KIND_WORDS = "品牌|连锁|企业|公司|平台|厂商|服务商|供应商|制造商|运营商|开发商|独角兽"
_FIRM_KIND_END = re.compile(r"(?!企业家)(?:" + FIRM_KIND_WORDS + ")")  # (not 企业家)
#: The end of a common noun for a part or a kind of business, not a firm's name (门店, 研发中心, 经销商, 生产线).
_NOT_A_KINDED_NAME_END = re.compile(r"(?:店|厂|中心|基地|团队|线|网点|商|机构|部门|项目|业务|资产|板块|市场|渠道|品牌|平台|公司|企业)$")
#: LAC's tags of words that no name after a kind holds past its first word: a verb, an adverb, a
#: preposition, a conjunction, a place word or a number (A后, A并派驻董事, A均已盈利, A近十亿元).
_NOT_IN_KINDED_NAME_TAGS = frozenset({"v", "vd", "d", "p", "c", "f", "m", "q", "u", "w", "TIME"})
#: Words before a kind that make it another firm's or no kind at all: 该公司, 其旗下品牌, 两家公司.
_NOT_A_KIND_START = re.compile(r"[其该本此这那各多两三几一]|旗下|下属|相关|上述|部分|一些")
#: What a name after a kind cannot hold: a deal's or a round's words (A的股权, A的B轮).
_NOT_IN_KINDED_NAME = re.compile(r"[的轮股等]|资产|业务|项目|基金份额")


def _kinded_deal_objects(d: _Doc, cands: Sequence[Cand]) -> tuple[list[Cand], list[tuple[int, int, int]]]:
    """``投资了咖啡品牌A、宠物医疗连锁B和机器人公司C``, ``此前曾投资茶饮品牌A、烘焙连锁B``: after a deal's
    verb, list items (to the clause's end) that each name a firm after the words of its kind are
    companies, whatever LAC read their ordinary words as; the list must hold two such items, the kind
    two characters at least before its last word (not 该公司, X旗下品牌, nor another's: X投资的游戏公司), the
    name two to eight. The list may follow the verb's object noun (投资的企业包括A、B). Also returns each
    such item's start, kind's end and end."""
    text = d.text
    out: list[Cand] = []
    items: list[tuple[int, int, int]] = []
    named = [c for c in cands if c.type in ("Company", "Organization", "Person") and _word_tag(c.text) is None]  # (not 领先)
    for verb in _KINDED_DEAL_VERB.finditer(text):
        end = verb.end()
        framed = _LIST_AFTER_OBJECT_NOUN.match(text, verb.end())
        start = framed.end() if framed else verb.end()
        while end < len(text) and end - verb.end() < 80 and text[end] not in "，,。；;：:\n":
            end += 1
        found = []
        for s, e in _portfolio_items(text, start, end):
            kinds = list(_FIRM_KIND_END.finditer(text, s, e))
            if not kinds:
                continue
            k = kinds[-1]
            kind, name = text[s : k.end()], text[k.end() : e]
            de = kind.rfind("的")
            if k.start() - s < 2 or _NOT_A_KIND_START.match(kind) or not re.fullmatch(r"[\u4e00-\u9fff]+", kind) \
                    or "旗下" in kind or "下属" in kind or any(s <= c.start and c.end <= s + de for c in named) \
                    or not 2 <= len(name) <= 8 or not _valid_name(name) or _NOT_IN_KINDED_NAME.search(name) \
                    or name[0] in FUNCTION_CHARS or _NUMERAL_START.match(name) \
                    or _word_tag(name) is not None or _NOT_A_KINDED_NAME_END.search(name) \
                    or any(t.tag in _NOT_IN_KINDED_NAME_TAGS and not (t.text.startswith("之") and t.text not in _ZHI_WORDS)
                           for t in d.toks_within(k.end(), e)[1:]):
                continue  # (超市, 研发中心, 经销商: a common noun; A后, A之后, A并派驻董事: the clause goes on past the
                # name; 毛球之家 is one)
            found.append((Cand(k.end(), e, name, "Company", "list", 0.86), (s, k.end(), e)))
        if len(found) >= 2:
            out += [c for c, _ in found]
            items += [span for _, span in found]
    return out, items


#: Words of 之 that end no name (A之后, A之一): a time, a place or a part.
_ZHI_WORDS = frozenset({"之后", "之前", "之间", "之一", "之外", "之中", "之下", "之上", "之内", "之际", "之时", "之余", "之初"})


def _in_a_kind(c: Cand, items: Sequence[tuple[int, int, int]]) -> bool:
    """A firm's or a product's name that starts inside the kind of a listed deal's object (新锐|烘焙连锁A: 新锐;
    宠物医疗连锁A(医院) read whole): the kind only describes the name after it."""
    return c.type in ("Company", "Organization", "Product") and any(s <= c.start < k and c.end <= e for s, k, e in items)


#: After a quoted word in a list: it names a kind of goods or a field, not a product (“汽车”等领域, “智造”板块).
_CATEGORY_AFTER = re.compile(r"[”」]?[、和及与“”「」\w]{0,20}?(?:等)?(?:领域|品类|板块|大类|类别|行业|方案|业务)")


def _main_product_lists(d: _Doc) -> list[Cand]:
    """``主要产品包括检测设备“明镜”系列和量测设备“WT-9000”``: the quoted names in the list that
    follows a firm's products word (up to the clause's end) are products, whatever their kinds."""
    text = d.text
    out = []
    if "产品" not in text and "品种" not in text:
        return out
    for cue in MAIN_PRODUCTS.finditer(text):
        end = cue.end()
        while end < len(text) and end - cue.end() < 60 and text[end] not in "，,。；;：:\n":
            end += 1
        for m in _QUOTED_NAME.finditer(text, cue.end(), end):
            name = m.group(2)
            if _LABEL_BEFORE.match(text, m.end()):
                continue  # 面向“专精特新”企业的平台: a label of the customers, not a product's name
            if cue.group().startswith(("产品", "公司产品")) and (_word_tag(name) is not None or _CATEGORY_AFTER.match(text, m.end())):
                continue  # (…，产品包括“汽车”、“家电”等领域: kinds of goods after a bare 产品包括, not names)
            if _valid_name(name) and name not in _LABEL_WORDS and _word_tag(name) not in _QUALITY_TAGS:
                out.append(Cand(m.start(2), m.end(2), name, "Product", "quoted", 0.9))  # (over LAC's person: “岳鉴”)
    return out


def _model_end(text: str, end: int) -> int:
    """Where a product name that ends at ``end`` really ends: ``Mate`` + `` 60 Pro``, ``iPhone`` + `` 15 Pro Max``."""
    for _ in range(3):
        m = _MODEL_WORD.match(text, end)
        if not m:
            break
        end = m.end()
    return end


#: A model's name after its brand: a Latin word with a number (Nova 9, Pad 3, Watch S2) or a number
#: alone (15), then edition words (Pro, Max, Ultra…) and a plus.
_MODEL_AFTER_BRAND = re.compile(
    r"(?<![A-Za-z0-9])(?![QH][1-4](?![0-9])|FY|Q[1-4]|H[12])(?:[A-Za-z]+(?: ?\d+[A-Za-z]*| [A-Z]\d+|(?= (?:Pro|Max|Plus|Ultra))"
    r"|(?: [A-Z][A-Za-z]*){1,2} \d+(?:\.\d)?)(?: (?:Pro|Max|Plus|Ultra|Lite|SE|mini|Mini|Air|Fold|Flip|Turbo))*"
    r"|\d{1,3}(?: (?:Pro|Max|Plus|Ultra|Lite|SE|mini|Mini|Air|Fold|Flip|Turbo))+)\+?(?![A-Za-z0-9%％.\-])"
)


#: A maker's product line and model: a two-character line's name, then a model's code with a number
#: (思元370, 征程6, 虎贲T820, 星睿X 2.0).
_LINE_AND_MODEL = re.compile(r"([\u4e00-\u9fff]{2})((?:[A-Za-z]{0,4}\d[A-Za-z0-9.+\-]*|[A-Z]{2,}[A-Za-z]*)"
                             r"(?: (?:Gen|Pro|Max|Plus|Ultra|Lite|Air|[A-Z0-9][A-Za-z0-9.+]*))*)(?![A-Za-z0-9])")


#: Before a maker's part: a device uses it (搭载寒武纪…, 采用地平线…).
_USES_A_PART = re.compile(r"(?:搭载|采用|使用|配备|标配|选配|配置|基于|内置|集成|选用|换装|装载|推出|发布|首发)了?$")
#: After a part's model: the kind of part it is (思元370加速卡, 征程6芯片, 星睿X 2.0方案).
_PART_NOUN = re.compile(r"\s*(?:芯片|处理器|平台|方案|系统|加速卡|显卡|模组|模块|电池|传感器|基带|SoC|GPU|CPU|NPU)")
#: After a number that is no model's: a date's, an amount's or a count's unit.
_NOT_A_MODEL_END = re.compile(r"[年月日号时点分秒亿万千百元%％个家台辆人次倍期届寸吋米克瓦]|英寸")
#: A unit a number carries, not a model's code (100kWh, 16GB, 4nm, 120Hz, 50MP, 120W).
_UNIT_END = re.compile(r"\d(?:\.\d+)?\s*(?:kWh|Wh|mAh|Ah|GB|TB|MB|KB|nm|mm|cm|Hz|GHz|MHz|MP|W|kW|V|K|fps|Gbps|Mbps)$", re.I)



def _maker_lines(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``搭载寒武纪思元370加速卡``, ``采用地平线征程6芯片``: a known maker's name, then its product line's
    name and a model's code, is the maker (a Company) and the product (the line and the model),
    however LAC cut them (the maker and the line read as one organisation's name, the line as a place's)."""
    text = d.text
    firms = {c.text for c in cands if c.type == "Company"}
    out = list(cands)
    for m in _LINE_AND_MODEL.finditer(text):
        line, model = m.group(1), m.group(2)
        if not re.search(r"\d", model) or line in lex.product_nouns or lex.ends_in_product_noun(line) \
                or any(ch in FUNCTION_CHARS or ch in _NAME_STOP for ch in line) or _word_tag(line) in ("m", "q", "r", "p", "c", "d", "v", "t") \
                or _jieba_freq(line) >= 200 or line[0] in "首自新全最旗快柔大小超高" or model.upper() in _TECH_TERMS \
                or _UNIT_END.search(model):
            continue  # (采用寒武纪方案2.0, 电池100kWh, 去年5G, 首款5G, 柔性6.78英寸: an ordinary word, a time, a unit)
        p = m.start()
        maker = next((text[p - n : p] for n in (5, 4, 3, 2) if p - n >= 0 and (text[p - n : p] in lex.gazetteer
                      or text[p - n : p] in firms) and (p - n == 0 or p - n in d.starts or not is_cjk(text[p - n - 1]))), None)
        if maker is None or is_common_word(maker):
            continue
        s, e = p - len(maker), m.end()
        if _NOT_A_MODEL_END.match(text, e) or not (_USES_A_PART.search(text, max(0, s - 4), s) or _PART_NOUN.match(text, e)):
            continue  # (a date, an amount or a count: 深圳4月; a model only where a device uses it or a part's noun follows)
        if any(c.start < e and s < c.end and (c.start < s or c.end > e) for c in out):
            continue  # (a longer name runs across: it stands)
        out = [c for c in out if not (s <= c.start and c.end <= e)]
        out += [Cand(s, p, maker, "Company", "maker", 0.85), Cand(p, e, text[p:e], "Product", "model", 0.88)]
    return out


#: A maker's Latin model code after its name: letters with digits (XS2800, LYX-900, H100, MT7986), then
#: edition words. (Capitals alone, LTPO, TOF, NFC, or with a word, ARM Cortex, are a technology's name as often.)
_MAKER_CODE = re.compile(r" ?([A-Z][A-Za-z]*-?\d[A-Za-z0-9\-]*(?: (?:Gen \d|Pro|Max|Plus|Ultra|Lite))*)(?![A-Za-z0-9\-.])")
#: A standard's, a function's or a generation's code, not a model's: WiFi7, HBM3E, X86, QC5, L4, V2X, 5G, B12 (a line).
_NOT_A_MAKERS_CODE = re.compile(r"(?:WIFI|WI-FI|USB|L?P?DDR|GDDR|HBM|PCIE|UFS|X|QC|PD|L|V|BT|LTE|NR|H|AV|HDMI|DP|CAT|TYPE|IP|IPX|IEEE|B|Q|S|M)"
                                r"-?\d{1,2}[A-Z]?", re.I)
#: A device's verb opening the words before a model code (搭载|珩光科技): not part of the maker's name.
_USES_A_PART_START = re.compile(r"搭载|采用|使用|配备|标配|基于|内置|集成|选用|换装|装载|推出|发布|首发")
#: After a maker's model code: the kind of part it is, a size first for a camera's (一英寸主摄), or a few words
#: that describe it (QX32-R5无线模组, XS2800双核可穿戴SoC; no function word among them, not XS2800和芯片, nor a process's
#: or a chemistry's, SF3工艺平台, NMC811三元电池).
_PART_AFTER_CODE = re.compile(r"\s*(?:[一二两三四五六七八九十\d./]+英寸)?(?:(?![由为将被在向与对把是的了和及或从]|工艺|制程|技术|标准|三元|高镍)[\u4e00-\u9fff]){0,5}?"
                              r"\s?(?:芯片|处理器|平台|方案|加速卡|显卡|模组|模块|电池|电芯|图像传感器"
                              r"|传感器|主摄|摄像头|镜头|激光雷达|雷达|屏幕|显示屏|面板|基带|SoC|GPU|CPU|NPU)(?!产线|生产线|工厂|厂|线|项目)")
#: Words that open no maker's name before a part's code (该|科技公司, 国产|X科技): a pronoun, an owner's or a
#: description's word.
_NOT_A_MAKERS_START = re.compile(r"该|这家|那家|某|其|本|自家|旗下|下属|国产|国内|海外|全新|最新|知名|头部|龙头|一家|多家|包括|来自|选择")


def _company_suffix_len(name: str, lex: Lexicons) -> int:
    """The length of the company word ``name`` ends in, if two characters at least come before it; else 0."""
    suf = lex.suffix(name, "company")
    return len(suf) if suf is not None and len(name) - len(suf) >= 2 else 0


def _maker_codes(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``采用岫芯科技XS2800芯片``, ``标配屹驰科技 XD-9 芯片``, ``配备澜视电子LYX-900一英寸主摄``: a known
    maker's name (the company list's, a company found, or a name with a company's ending), then a
    Latin model code with a digit and the kind of part it is, is the maker (a Company) and its product
    (the code), however LAC cut or joined them."""
    text = d.text
    firms = {c.text for c in cands if c.type == "Company"}
    out = list(cands)
    for m in _MAKER_CODE.finditer(text):
        code = m.group(1)
        p = m.start()
        if p >= 1 and text[p - 1] == "的" and p >= 3 and is_cjk(text[p - 2]):
            p -= 1  # 采用X微电子的 XS2800: the maker, then 的 (a device's verb must come before it: below)
        if p == 0 or not is_cjk(text[p - 1]) or code.upper() in _TECH_TERMS or _UNIT_END.search(code) \
                or code.upper() in _NOT_MODEL_CODES or _NOT_A_MAKERS_CODE.fullmatch(code) or _STANDARD_CODE.match(code) \
                or not _PART_AFTER_CODE.match(text, m.end()) or re.match(r"[A-Za-z]*", code).group().upper() in _CHEMISTRY_CODES:
            continue  # (WiFi7芯片, L4方案, B12面板产线, NCM811电池: a standard, a level, a line or a chemistry, not a model)
        strict = p < m.start()  # (a code after the maker's 的 is a model only where a device uses it)
        makers_end = {c.end for c in out if c.source == "maker"}
        if p in makers_end or any(c.source == "model" and c.start in makers_end and c.start < p < c.end for c in out):
            continue  # (寒武纪|思元370: a maker and its line's model, read already)
        # (the longest such name that opens a word, its words none of a verb's, a pronoun's or a description's:
        # not 搭载|珩光科技, 改用|X科技, 该|科技公司; nor the end of another name: 速腾|聚创)
        maker = None
        for n in (6, 5, 4, 3, 2):
            w = text[max(0, p - n) : p]
            if len(w) < n or not all(is_cjk(ch) for ch in w) or not (p - n == 0 or p - n in d.starts or not is_cjk(text[p - n - 1])) \
                    or _USES_A_PART_START.match(w) or _NOT_A_MAKERS_START.match(w) or w[0] in FUNCTION_CHARS \
                    or any(t.tag in ("v", "vd", "p", "d", "r", "c", "u", "a", "ad", "m", "q", "f")
                           for t in d.toks_within(p - n, p - _company_suffix_len(w, lex))) \
                    or (p - n in d.ends and d.toks[d.ends[p - n]].tag in ("ORG", "nz", "PER")):
                continue  # (the words of a company's ending are the ending's: 峤矽|微(a)|电子)
            k = _company_suffix_len(w, lex)
            if w in lex.gazetteer or w in firms or (k and not is_common_word(w[:-k]) and not _ordinary_phrase(w[:-k])):
                maker = w
                break
        if maker is None or maker in lex.product_nouns or (is_common_word(maker) and maker not in lex.gazetteer):
            continue  # (a common word the company list holds is a maker before a part's code)
        s, e = p - len(maker), m.end()
        if strict and not _USES_A_PART.search(text, max(0, s - 4), s):
            continue
        if text[max(0, s - 2) : s].endswith(("该", "其", "本", "某", "这家", "那家")):
            continue  # (该|电子集团LX800: a firm the text named before, by its kind)
        part_end = _PART_AFTER_CODE.match(text, e).end()  # (岫芯科技XS2800芯片 as one compound gives way too)
        if any(c.start < part_end and s < c.end and (c.start < s or c.end > part_end) for c in out):
            continue  # (a longer name runs across: it stands)
        out = [c for c in out if not (s <= c.start and c.end <= part_end)]
        out += [Cand(s, p, maker, "Company", "maker", 0.85), Cand(m.start(1), e, code, "Product", "model", 0.88)]
    return out


def _brand_models(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``星澜Nova 9 Pro+``, ``星澜Pad 3``: a company's name or its short form (the name without
    its company ending), then a model's name, is a Product."""
    text = d.text
    brands = set()
    for c in cands:
        if c.type == "Product" and 2 <= len(c.text) <= 4 and all(is_cjk(ch) for ch in c.text):
            brands.add(c.text)  # (子品牌岫芒: a brand's own models, 岫芒 GT5)
        if c.type == "Company" and all(is_cjk(ch) for ch in c.text) and strip_legal(c.text) == c.text:
            brands.add(c.text)
            suf = lex.suffix(c.text, "company")
            if suf and len(c.text) - len(suf) >= 2:
                brands.add(c.text[: -len(suf)])
    if not brands:
        return []
    out = []
    longest = max(map(len, brands))
    for m in _MODEL_AFTER_BRAND.finditer(text):
        # (岫星 X30: some outlets write a space between Chinese and Latin letters)
        at = m.start() - 1 if m.start() >= 2 and text[m.start() - 1] == " " else m.start()
        if at == 0 or not is_cjk(text[at - 1]):
            continue
        brand = next((text[at - n : at] for n in range(min(longest, at), 1, -1) if text[at - n : at] in brands), None)
        if brand is None or _YEAR_CODE.search(m.group()) or m.group().upper() in _TECH_TERMS:
            continue  # (X World Tour 2024, X CES 2025, X B2B: an event, a strategy or a line of business, not a model)
        start = at - len(brand)
        out.append(Cand(start, m.end(), text[start : m.end()], "Product", "model", 0.9))
    return out


#: An operating system's name and version: 岫心 OS 5.0, 峤界OS 2 (the name opens a word).
_OS_VERSION = re.compile(r"[\u4e00-\u9fff]{2,4} ?OS ?\d{1,2}(?:\.\d{1,2})?(?![\dA-Za-z.])")


def _os_versions(d: _Doc) -> list[Cand]:
    """``全新的岫心 OS 5.0系统``: a name, OS and a version number is a Product."""
    out = []
    for m in _OS_VERSION.finditer(d.text):
        start = m.start()
        # (全新的|岫心, 预装(v)|峤界OS: the name starts at a word's start, after any verb or particle)
        while start < m.end() and (start not in d.starts or d.toks[d.starts[start]].tag in _NOT_IN_NAME_TAGS | {"v", "vd", "a", "ad"}):
            start += 1
        name = d.text[start : m.end()].split("OS")[0].strip()
        # (新版OS 5.0, 操作系统OS 5.0: no name before OS)
        if is_cjk(d.text[start]) and is_cjk(d.text[start + 1]) and _jieba_freq(name) < 200 and not name.endswith("系统"):
            out.append(Cand(start, m.end(), d.text[start : m.end()], "Product", "model", 0.84))
    return out


#: ``X是Y旗下的短视频平台``: what follows a company's 旗下 says what X is.
_MEMBER_NOUN = re.compile(
    r"旗下的?[^，。；,;！？!?]{0,8}?(?P<noun>平台|应用|App|APP|产品|品牌|软件|游戏|手游|子公司|公司|企业)"
    r"|的(?:全资|控股)?(?P<sub>子公司)"
)


def _group_members(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``X是Y旗下的Z平台``: X, the words before 是, is a Product (a platform, app,
    brand, game) or a Company (a company, subsidiary), when Y is a company."""
    out = []
    text = d.text
    owners = {c.start: c for c in cands if c.type in ("Company", "Organization")}
    for i, t in enumerate(d.toks):
        if t.text not in ("是", "为", "系") or i == 0:
            continue
        owner = owners.get(t.end)
        if owner is None:
            continue
        m = _MEMBER_NOUN.match(text, owner.end)
        if m is None:
            continue
        k = i  # (X目前为Y旗下…: a time word or an adverb between the name and 为)
        while k > 0 and d.toks[k - 1].text in ("目前", "现", "现已", "已", "仍", "也", "均", "现在", "如今"):
            k -= 1
        j = k  # walk left over the words of the name (LAC may cut it: 抖|音), up to the clause start
        while j > 0 and k - j < 3 and d.toks[j - 1].tag not in ("w", "u", "c", "p", "r", "d", "TIME", "m") \
                and d.toks[j - 1].end == d.toks[j].start:
            j -= 1
        if j == k or (j > 0 and d.toks[j - 1].tag not in ("w", "c", "d", "p")):
            continue  # the name must open its clause: …，X是Y旗下的…
        start, end = d.toks[j].start, d.toks[k].start
        name = text[start:end]
        if not (2 <= len(name) <= 10) or _GENERIC_PREFIX.match(name) or not _valid_name(name):
            continue
        typ = "Company" if m.group("sub") or m.group("noun") in ("子公司", "公司", "企业") else "Product"
        out.append(Cand(start, end, name, typ, "member", 0.86))
    return out


#: After a company's 旗下: a kind of holding (the AI助手 of 旗下AI助手X), then its name up to a list break.
_OWNED_AFTER = re.compile(
    r"旗下的?(?P<kind>AI助手|App|APP|应用|平台|品牌|产品|大模型|模型|游戏|手游|子公司|全资子公司|控股子公司|公司|企业|基金)?"
    r"(?P<name>[A-Za-z][A-Za-z0-9 .\-]{0,18}?[A-Za-z0-9]|[\u4e00-\u9fff]{2,8}?)(?=[、，,。；;）)]|和|及|以及|与|等|(?:联合|共同|合作|携手)"
    r"(?:开发|研发|打造|推出|发布|完成|建设|成立)|(?:入股|参股|增持|认购|出资))"
)
#: After a firm's holding: it acts with another, so it is a firm or a unit (旗下的Y联合开发), or it takes a stake
#: (旗下的Y入股…).
_ACTS_JOINTLY = re.compile(r"联合|共同|合作|携手|入股|参股|增持|认购|出资")
_HOLDING_KINDS = ("业务", "产品", "品牌", "平台", "公司", "企业", "子公司", "资产", "板块", "门店", "项目")
#: Quoted brands listed before a brand noun: 旗下拥有“A”和“B”两大家电品牌.
_QUOTED_BRANDS = re.compile(r"((?:“[^”]{1,12}”(?:、|和|及|与)?)+)(?:两大|三大|等|多个|几个)?[^，。；,;“]{0,6}?品牌")
#: Quoted products counted before their noun, which ends the phrase: 旗下拥有“A”和“B”两款App (not 两家芯片公司,
#: 两款游戏的发行权).
_QUOTED_COUNTED_PRODUCTS = re.compile(r"((?:“[^”]{1,12}”(?:、|和|及|与)?)+)(?:两|三|四|五|多|几)款(?:产品|App|APP|应用|游戏|手游|车型|芯片)"
                                      r"(?=[，。；,;、）)]|$|均|都|已|将|等|和|及)")



def _owned_names(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``X旗下的蓝莓``, ``X旗下AI助手Y``: the name after a company's 旗下 (and a kind of
    holding) is a Product, or a Company when the kind or its ending says so; and quoted
    names before a brand noun (``旗下拥有“A”和“B”两大品牌``) are Products. Returns ``cands`` with them (and
    without a name of LAC's cut short inside one)."""
    out = []
    dropped: set[Cand] = set()
    text = d.text
    taken = [(c.start, c.end) for c in cands]
    for owner in cands:
        if owner.type not in ("Company", "Organization"):
            continue
        # (X通过旗下的Y入股…: the vehicle a firm acts through is its own)
        m = _OWNED_AFTER.match(text, owner.end + (2 if text.startswith("通过", owner.end) else 0))
        if m is None:
            continue
        name, a, b = m.group("name"), m.start("name"), m.end("name")
        # (LAC's name cut short, its rest nouns: 旗下的问澜(ORG)|投资(vn)入股…: the whole is the name)
        short = [c for c in cands if c.start == a and a < c.end < b and c.source == "lac" and c.type in ("Company", "Organization")
                 and all(t.tag in ("n", "vn", "nz") for t in d.toks_within(c.end, b)) and c.end in d.starts
                 and not lex.title_re.match(text, c.end)]  # (旗下的X科技总经理: a post after the name, not its part)
        cut_short = {(c.start, c.end) for c in short}
        if any(s < b and a < e for s, e in taken if (s, e) != (a, b) and (s, e) not in cut_short) \
                or name.endswith(_HOLDING_KINDS) \
                or _GENERIC_PREFIX.match(name) or not d.word_end(b) or (a not in d.starts and not d.word_end(a)) \
                or name in _PERSON_ROLES or _jieba_freq(name) >= 400 or name.startswith("的"):
            continue  # (旗下的员工, 旗下的酒店: ordinary nouns; a rare one, 蓝莓, can be a name; 旗下公司|的机会: no name)
        tags = {t.tag for t in d.tokens_in(a, b)}
        if tags & {"PER", "m", "r", "TIME", "v", "p", "d"}:
            continue  # 旗下的多家公司, 旗下拥有: no name
        kind = m.group("kind") or ""
        typ = "Company" if kind.endswith(("公司", "企业", "基金")) or type_by_suffix(name, lex) == "Company" \
            or (not kind and _ACTS_JOINTLY.match(text, b)) else "Product"
        out.append(Cand(a, b, name, typ, "member", 0.8))
        dropped.update(short)
    for m in [*_QUOTED_BRANDS.finditer(text), *_QUOTED_COUNTED_PRODUCTS.finditer(text)]:
        if not re.search(r"旗下[^，。；,;]{0,6}$", text[max(0, m.start() - 10) : m.start()]):
            continue  # (“品质”与“创新”的品牌战略: values, not brands)
        if m.re is _QUOTED_COUNTED_PRODUCTS and not re.search(r"旗下(?:目前|现|还|共)?(?:拥有|有|包括)?$", text[max(0, m.start() - 10) : m.start()]):
            continue  # (旗下代理“A”和“B”两款游戏: another's)
        for q in re.finditer(r"“([^”]{1,12})”", m.group(1)):
            a = m.start(1) + q.start(1)
            out.append(Cand(a, a + len(q.group(1)), q.group(1), "Product", "member", 0.8))
    return [c for c in cands if c not in dropped] + out


#: A joint body the parties set up, named only by what it is (联合实验室, 储能合资公司): no name.
_JOINT_BODY = re.compile(r"(?:联合|合资|合营|共建)(?:实验室|研究院|研究中心|创新中心|中心|公司|企业)$")


#: Where a branch is, said with no place's name: 海外, 东南亚, 当地.
_WORLD_REGIONS = frozenset({"海外", "境外", "国内", "本地", "当地", "东南亚", "中东", "北美", "南美", "拉美", "欧美", "亚太",
                            "非洲", "东亚", "西亚", "中亚", "南亚", "北欧", "西欧", "东欧", "华东", "华南", "华北", "华中", "西南", "西北"})
#: A place's branch with no name of its own: 欧洲子公司, 海外分公司, 德国工厂.
_PLACE_BRANCH = re.compile(r"(?:子公司|分公司|工厂|总部|研发中心)$")


def _trade_subsidiary(d: _Doc, c: Cand) -> bool:
    """``X是Y旗下的低空出行子公司``, ``Y旗下的新能源控股子公司``: after 的, ordinary words (and 控股) and
    子公司 name a subsidiary by its trade, not by a name (but 为Y控股子公司 holds the owner's name); and
    ``下属控股子公司`` names none."""
    if not c.text.endswith("子公司"):
        return False
    where = c.text[: -len("子公司")]
    core = where.removesuffix("控股").removesuffix("全资")
    if core in ("下属", "旗下", "其", "该"):
        return True  # 与下属控股子公司X: no name
    return c.start > 0 and d.text[c.start - 1] == "的" and bool(core) and _ordinary_phrase(core)


def _unnamed_joint_body(name: str) -> bool:
    """A body named only by what it is: 联合实验室, 储能合资公司, or a place's 子公司 (欧洲子公司)."""
    m = _JOINT_BODY.search(name)
    if m is not None and (m.start() == 0 or _ordinary_phrase(name[: m.start()])):
        return True
    m = _PLACE_BRANCH.search(name)
    if m is not None:
        words = dictionary_words(name)  # (西门子|公司: 子公司 is no word there)
        if not (words[-1] == m.group() or (len(words) >= 2 and words[-2] + words[-1] == m.group())):
            m = None
    where = name[: m.start()] if m else ""
    return bool(where) and (where in _REGIONS or where in _WORLD_REGIONS
                            or (len(where) <= 4 and _word_tag(where) == "ns"))


#: After a unit: it is merged with another or split (A事业群与B事业群合并, A事业部拆分为).
_UNIT_MERGED_AFTER = re.compile(r"[^，。,;；]{0,14}?(?:合并|整合为|整合成|拆分|重组为)")


#: Words of place that LAC tags as pronouns but that begin a unit's name as a noun would (本地|生活|事业群).
_PLACE_MODIFIERS = frozenset({"本地", "本土", "当地"})
#: A count of units inside a "name": X事业群四大事业群, 三个事业部 (the units counted, not one named).
_COUNTED_UNITS = re.compile(r"(?:[一二三四五六七八九十两几数]|\d+)(?:大|个)(?:事业群|事业部|业务群|业务部|业务线|事业线)$")
#: Right before a unit's name: the unit before it in a list (…事业群（BSG）、|X).
_UNIT_LISTED_BEFORE = re.compile(r"(?:事业群|事业部|业务群|业务部|业务线|事业线|工作室)(?:[（(][^（()）]{1,12}[）)])?(?:、|和|及|以及)$")


#: The endings of a firm's business units (a unit's generic 中心, 实验室 is not enough).
_BUSINESS_UNITS = ("事业群", "事业部", "业务群", "事业本部")
#: The verbs that set a business unit up, right before its name (组建进店事业群).
_UNIT_SET_UP_VERBS = frozenset({"组建", "成立", "设立", "新设", "新成立", "设有", "下设"})
#: One-character words that complete the verb before a unit's name, not part of the name (组建起|游戏事业群).
_VERB_COMPLEMENTS = frozenset("起了成出好完过")
#: Where an item of a list of units opens: a line's start, a list's mark or number, a semicolon, a colon.
_UNIT_ITEM_OPENS = re.compile(r"(?:^|\n|[；;：:]|[·•●\-—]|\d[.、．]|[一二三四五六七八九十][、是]|[（(][一二三四五六七八九十\d][）)])\s*(?=[^\n；;：:]*$)")
#: A unit's code in brackets after its name: （CDG）, (XBG).
_UNIT_CODE_AFTER = re.compile(r"[（(][A-Z]{2,6}[）)]")
#: After a unit: the person who runs it (Y事业群由集团副总裁甲负责, 将交由甲统筹).
_UNIT_RUN_BY_AFTER = re.compile(r"(?:将|则|目前|现|已|仍|暂)?(?:交由|由)[^，。,;；由]{1,16}?(?:直接|全面|亲自)?(?:负责|统筹|分管|牵头)")


def _org_units(d: _Doc, lex: Lexicons) -> list[Cand]:
    """Organisation units named by a noun phrase: ``(消费者业务事业群)``, ``成立了…事业部``."""
    out = []
    units = tuple(s for s in lex.org_suffixes if len(s) >= 2)
    unit_set = frozenset(units)
    last = frozenset(u[-1] for u in units)
    text = d.text
    n = len(d.toks)
    for i, t in enumerate(d.toks):
        if t.text[-1:] not in last and (i + 1 >= n or d.toks[i + 1].text[-1:] not in last):
            continue  # (no unit's word ends here: the quick test)
        # the suffix may be split over two words (事业 + 群)
        end_i = i
        joined = t.text
        if i + 1 < n and (t.text + d.toks[i + 1].text) in unit_set:
            end_i, joined = i + 1, t.text + d.toks[i + 1].text
        nxt = d.toks[end_i + 1] if end_i + 1 < len(d.toks) else None
        if not joined.endswith(units) or (d.toks[end_i].tag in ("v", "vn", "vd") and nxt is not None
                                          and nxt.start == d.toks[end_i].end and nxt.tag in ("v", "vn", "vd")):
            continue  # 基金会|组织|实施: a verb before a verb, not a unit's name (欧佩克组织|在 is one)
        # walk left over nouns and the conjunctions inside a name (云与智慧产业)
        j = i
        while j > 0:
            p = d.toks[j - 1]
            if p.end != d.toks[j].start:
                break
            if p.tag == "PER" or p.text in lex.titles:
                break  # 副主席|姚刚|和国家外汇管理局: a person or a title ends the name
            if joined.endswith(_BUSINESS_UNITS) and (p.text in ("旗下", "下属") or (
                    p.tag == "ORG" and _firms_own_name(p.text, lex)
                    and not _ending_goes_on(text[p.start : d.toks[j].end], p.end - p.start, lex))):
                break  # 星澜集团|(旗下)|AI|事业群: the firm's name before its unit's is the firm's
            if p.tag in _NAME_TAGS or (p.tag == "a" and p.text in ("大", "新") and d.toks[j].tag in ("n", "nz")) \
                    or (p.text in _PLACE_MODIFIERS and d.toks[j].tag in ("n", "nz", "vn")):
                j -= 1  # (新设|大(a)|模型|事业部: the adjective of a term before a noun; 本地(r)|生活|事业群)
                continue
            if p.text in ("与", "和", "及") and p.tag in ("p", "c") and not (
                j >= 2 and (d.toks[j - 2].tag in ("ORG", "LOC", "PER") or d.toks[j - 2].text.endswith(units)
                            or text[p.start - 1] == "军")
            ) and d.toks[j].tag not in ("ORG", "LOC", "PER"):
                # 云与智慧产业, 发展和改革委员会; but 央行|和|银监会, …委员会|和|…政府, 海军|和|空军
                # or 同行|和|英国军队 coordinates two names
                j -= 1
                continue
            break
        while j < i and d.toks[j].text in ("与", "和", "及"):
            j += 1
        if joined.endswith(_BUSINESS_UNITS) and j >= 2 and len(d.toks[j - 1].text) == 1 and d.toks[j - 1].tag == "v" \
                and d.toks[j - 1].end == d.toks[j].start and d.toks[j - 1].text not in _VERB_COMPLEMENTS \
                and (d.toks[j - 2].text in _UNIT_SET_UP_VERBS
                     or (j >= 3 and d.toks[j - 2].text == "了" and d.toks[j - 3].text in _UNIT_SET_UP_VERBS)):
            j -= 1  # 组建(了)|进(v)|店|事业群: a one-character verb right after the verb that sets the unit up is the name's
        start, end = d.toks[j].start, d.toks[end_i].end
        if text[start] in "原前" and end - start >= 5 and (d.toks[j].text in ("原", "前") or _word_tag(d.toks[j].text) is None):
            start += 1  # 原|政企事业部, 原政(n)|企事业部: a former unit's 原 is not part of its name
        name = text[start:end]
        adjective = d.toks[j].tag == "a"  # (大模型事业部: the size belongs to the term, not a generic 大)
        if j == i or len(name) < 4 or not _valid_name(name) or _GENERIC_PREFIX.match(name[1:] if adjective else name) \
                or _unnamed_joint_body(name) or _COUNTED_UNITS.search(name):
            continue
        left = text[start - 1] if start > 0 else ""
        bracketed = left in _OPEN
        created = bool(re.search(r"(成立|设立|组建|新设|成立了|设立了|组建了)[^，。,;；]{0,8}$", text[max(0, start - 14) : start])
                       or re.search(r"(?:整合|合并|调整|升级|拆分|重组|划分)为$", text[max(0, start - 4) : start]))
        # …事业群（BSG）、A与B事业群: the next unit of a list of units
        created = created or bool(_UNIT_LISTED_BEFORE.search(text, max(0, start - 30), start))
        proper = any(x.tag in PROPER_TAGS for x in d.tokens_in(start, end))
        # a unit someone heads or joins: 出任云与智能事业群总裁, 由X负责的消费与内容事业群
        headed = bool(lex.title_re.match(text, end) or re.search(r"(?:出任|担任|兼任|负责|分管|加入|调任|执掌|统筹)的?$", text[max(0, start - 3) : start]))
        # units merged or split: 将原A事业群与B事业群合并, 将A事业部拆分为…
        merged = bool(_UNIT_MERGED_AFTER.match(text, end)) and bool(re.search(r"(?:将|与|和)原?$", text[max(0, start - 2) : start]))
        # a firm's unit (X的Y事业群, X旗下Y事业部) and a unit run by someone (Y事业群由X负责)
        owner = re.search(r"(?:的|旗下的?|下属的?)$", text[max(0, start - 3) : start])
        group = name.endswith(_BUSINESS_UNITS)  # (not X的研发中心: a common noun)
        owned = group and owner is not None and (k := d.ends.get(owner.start() + max(0, start - 3))) is not None \
            and (d.toks[k].tag == "ORG" or lex.suffix(d.toks[k].text, "company") is not None)
        run = group and bool(_UNIT_RUN_BY_AFTER.match(text, end))
        coded = group and bool(_UNIT_CODE_AFTER.match(text, end))  # 买菜与跑腿事业群（CDG）: a unit with its code
        if coded and not (bracketed or created or proper or headed or merged or owned or run):
            # a unit with its code that opens a line or a list's item is named whole (买菜(v)|与|跑腿|事业群（CDG）,
            # 跨境(s)|业务|事业群（XBG）)
            opener = _UNIT_ITEM_OPENS.search(text, max(0, end - 14), start)
            if opener is not None and all(is_cjk(ch) for ch in text[opener.end() : start]):
                k = d.starts.get(opener.end())
                while k is not None and k < j and d.toks[k].tag in ("d", "TIME", "p", "c", "u", "r"):
                    k += 1  # (目前|出海服务事业群: an adverb or a time is no part of the name)
                if k is not None and d.toks[k].start < start:
                    start = d.toks[k].start
                    name = text[start:end]
        if bracketed or created or proper or headed or merged or owned or run or coded:
            out.append(Cand(start, end, name, "Organization", "unit", 0.8))
    return out


#: A financing round's name, whatever the company list holds: 天使轮, Pre-A轮, B+轮.
_ROUND_NAME = re.compile(r"(?:天使|种子|战略|新一|首|Pre-?[A-Ea-e]|[A-Ea-e]\+*)轮")


def _gazetteer(d: _Doc, lex: Lexicons) -> list[Cand]:
    """Gazetteer names, only where LAC's words line up and LAC did not call it something else."""
    out = []
    if not lex.gazetteer:
        return out
    text = d.text
    heads = lex.gazetteer_heads
    n = len(d.toks)
    for i in range(n):
        s = d.toks[i].start
        if text[s : s + 2] not in heads:  # no name starts here
            continue
        best = None
        for j in range(i, min(n, i + 4)):
            e = d.toks[j].end
            if e - s > lex.gazetteer_max:
                break
            if j > i and d.toks[j].start != d.toks[j - 1].end:
                break
            if text[s:e] in lex.gazetteer:
                best = j
        if best is None:
            continue
        words = d.toks[i : best + 1]
        name = text[s : d.toks[best].end]
        if name in lex.titles or name in _ROLE_WORDS or lex.suffix(name) == name or name.endswith(("业务", "板块")) \
                or _ROUND_NAME.fullmatch(name):
            continue  # 合伙人, 股东: a role, whatever the list says; 电子: a name's ending; 国际业务: a line of business; 天使轮
        if i > 0 and best == i and len(name) == 2 and d.toks[i - 1].end == s and d.toks[i - 1].tag in ("ORG", "PER", "nz", "LOC") \
                and is_cjk(d.toks[i - 1].text[-1]):
            continue  # 沐阳(PER)|储能: the end of a longer name, not a name of its own
        tags = {w.tag for w in words}
        # 药X(ORG)|康Y(PER): a known firm's name LAC cut into a firm's and a person's (its start read as a name)
        split_firm = len(words) >= 2 and words[0].tag == "ORG" and words[-1].tag == "PER" and len(name) >= 4 \
            and not any(w.tag == "PER" for w in words[:-1])
        if (tags - {"PER"} if split_firm else tags) & {"PER", "LOC", "TIME", "m", "w", "q", "r", "p", "u", "c", "f", "ad"} or (
            len(words) == 1 and words[0].tag == "d"
        ):
            continue
        if not any(is_cjk(c) or c.isalpha() for c in name):
            continue
        after = d.toks[best + 1] if best + 1 < n else None
        if len(name) == 3 and is_cjk(name[2]) and _word_tag(name[:2]) == "b" and after is not None \
                and after.start == d.toks[best].end and after.tag in ("n", "vn", "nz"):
            continue  # 私有云|平台: a distinguishing word and a noun before another noun, a kind of thing the list holds
            # as a name (not 领投了新营销、…, 收购了天然坊和…: the list's name in a firm's place)
        if after is not None and after.start == d.toks[best].end and lex.suffix(after.text, "company") == after.text \
                and len(name) >= 2 and all(is_cjk(c) for c in name) and _word_tag(name) is None:
            # 甲(d)乙(v)|资本: a listed name the dictionary does not know, then a firm's word: the firm's whole name
            out.append(Cand(s, after.end, name + after.text, "Company", "gazetteer", 0.8))
            continue
        out.append(Cand(s, d.toks[best].end, name, "Company", "gazetteer", 0.8 if split_firm else 0.6))
    return out


#: A stock-status marker before a listed company's short name (special treatment, delisting risk).
_STOCK_MARK_ONLY = re.compile(STOCK_MARK)
_STOCK_MARK = re.compile(rf"(?<![A-Za-z*])(?:{STOCK_MARK})(?=[\u4e00-\u9fff])")
_STOCK_NAME_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "PER", "vn", "an"})


#: ``向X投资`` / ``对X进行战略注资``: the prepositional object of an investment verb names a company.
_INVESTEE_SLOT = re.compile(
    r"(?:向|对)([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,7}?)(?:进行|完成)?了?(?:战略|股权)?(?:投资|注资|增资|入股)"
)
#: ``收购Beats`` / ``入股了Brevik`` / ``收购美国院线AMC``: a Latin name right after a deal verb,
#: or after a word for what kind of company it is, is a company's.
_LATIN_AFTER_DEAL = re.compile(
    r"(?:收购|并购|入股|注资|控股)了?"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:公司|企业|品牌|院线|厂商|集团|银行|酒店|平台|网站|巨头|运营商|制造商|开发商|工作室))?"  # 美国院线AMC
    r"([A-Z][A-Za-z0-9&.\-]{1,20})(?![A-Za-z0-9])"
)


#: What someone founded, a whole clause's object: 创办了X，, 联合创立了X。.
_FOUNDED_SLOT = re.compile(
    r"(?:创办|创立|创建)了?([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{2,7})(?=[，,。；;、（(]|$)")


#: Ends of what someone sets up that is no firm: a scheme, a team, a channel, a town.
_NOT_A_FIRM_END = re.compile(r"(?:体系|课程|团队|频道|服务|小镇|平台|项目|中心|基地|栏目|节目|账号|模式|计划|论坛|社区|网站|公众号"
                             r"|品牌|系列|专业|学科|联盟|组织|基金|协会|学校|实验室|工作室|乐队)$")


#: After a name that opens a clause: it raises a round (X完成由A领投的5亿元C轮融资, X宣布完成数亿元B轮融资).
_RAISES_A_ROUND = re.compile(r"(?:宣布|正式|已|近日|日前)*完成(?:了)?(?:由[^，,。；;]{2,30}?领投的)?(?:近|超|逾|约)?"
                             r"(?:[\d.]+|数|十|百|千)*(?:[亿万千百]+)?(?:元|美元)?(?:人民币)?的?(?:新一|[A-E]\+*|Pre-[A-E]|天使|种子|战略)轮")


#: Ends of the words before 完成…轮融资 that name no firm: a kind, a group or a role (芯片公司, 项目团队,
#: 头部企业, 新锐品牌, 赛道龙头, 创业者代表, 公司旗下).
_NOT_A_RAISERS_END = ("公司", "企业", "行业", "团队", "工作室", "品牌", "龙头", "旗下", "代表", "机构", "平台", "基金", "项目",
                      "厂商", "领域", "赛道", "板块", "部门", "业务", "巨头", "新锐", "独角兽", "初创", "玩家", "选手", "方")
#: A kind of firm inside the words before 完成…轮融资: the name follows it (茶饮品牌|澄宝).
_KIND_IN_RAISER = re.compile(r"(?:品牌|公司|企业|厂商|平台|机构)")


def _round_raisers(d: _Doc) -> list[Cand]:
    """``今年4月，玄机原力完成由A领投的C轮融资``: the nouns that open a clause before 完成…轮融资
    name the firm that raised it, when together they are no dictionary word (not 公司, 本轮)."""
    out = []
    for m in _RAISES_A_ROUND.finditer(d.text):
        i = d.ends.get(m.start())
        if i is None:
            continue
        j = i
        while j >= 0 and d.toks[j].tag in ("n", "nz", "ORG", "PER", "LOC", "an") and is_cjk(d.toks[j].text[0]) \
                and m.start() - d.toks[j].start <= 6:
            j -= 1
        start = d.toks[j + 1].start if j < i else m.start()
        before = d.text[start - 1] if start > 0 else "\n"
        kind = _KIND_IN_RAISER.search(d.text, start, m.start())
        if kind is not None and kind.start() > start and m.start() - kind.end() >= 2 \
                and _word_tag(d.text[kind.end() : m.start()]) is None:
            start = kind.end()  # 茶饮品牌澄宝完成…: the kind of firm before the name (not 品牌星球, X平台科技)
        else:
            kind = None
        name = d.text[start : m.start()]
        if not (2 if kind else 3) <= len(name) <= 6 or name.endswith(_NOT_A_RAISERS_END) \
                or (before not in "，,。；;：:\n　 」”" and not before.isspace()) \
                or _word_tag(name) is not None or is_common_word(name) or name[0] in "该本这那此其某每各双三多" \
                or any(c in FUNCTION_CHARS for c in name):
            continue  # (not 本轮…, 双方…: a determiner; 玄机原力 is a name, whatever its first word)
        out.append(Cand(start, m.start(), name, "Company", "slot", 0.72))
    return out


#: An investor's act, then the name of the firm whose round it joined (A领投了X新一轮融资, 参投了X的B轮融资).
_INVESTS_IN_A_ROUND = re.compile(
    r"(?:领投|参投|跟投|投资|注资|参与)了?"
    r"([\u4e00-\u9fff]{2,6}?(?:[A-Za-z]{1,8})?|[A-Za-z][A-Za-z0-9]{1,15})"
    r"(?:此前|今年|去年|前年|后续|本轮|此轮|最新|上一|下一)?(?:的|公司的)?(?:近|超|逾|约)?(?:[\d.]+|[数十百千两一二三四五六七八九])*(?:[亿万千百]+)?"
    r"(?:元|美元)?(?:人民币)?的?(?:最新|新)?(?:新一|一|[A-E]\+*|Pre-[A-E]|天使|种子|战略)轮")


def _round_investees(d: _Doc) -> list[Cand]:
    """``峤岳资本领投了X新一轮融资``: the name between an investor's act and the round it joined
    is the firm that raised the round, whatever LAC made of its words (月|之|暗面), when it is no
    dictionary word (not 本次, 此轮) and holds no kind of firm or function word."""
    out = []
    for m in _INVESTS_IN_A_ROUND.finditer(d.text):
        name = m.group(1)
        cjk = "".join(ch for ch in name if is_cjk(ch))
        if name.endswith(_NOT_A_RAISERS_END) or _word_tag(name) is not None or (cjk and _word_tag(cjk) is not None
                                                                              and len(cjk) < len(name)) \
                or is_common_word(name) or name[0] in "该本这那此其某每各双三多新首" \
                or any(c in FUNCTION_CHARS or c in "亿万元次期" for c in name):
            continue  # (not 本次新一轮, 参与了公司的B轮: a determiner or a kind of firm)
        k = d.ends.get(m.start())
        if d.starts.get(m.start(1)) is None or not d.word_end(m.end(1)) or d.starts.get(m.start()) is None \
                or name.startswith(("领投", "参投", "跟投", "投资", "注资", "参与")) \
                or (m.group().startswith("投资") and k is not None and d.toks[k].tag in ("PER", "nz", "LOC")):
            continue  # the name starts or ends inside LAC's word (投资了|其…, X最|新), the act is a name's end
            # (岫曜投资|领投的A轮: 投资 of a firm, then the act), or the name is an act itself
        out.append(Cand(m.start(1), m.end(1), name, "Company", "slot", 0.74))
    return out


#: A holder that keeps investing: 老股东X投资继续追加, 原股东X资本也参与了本轮 (X…投资 is a firm's name there).
_OLD_HOLDER = re.compile(r"(?:老|原|现有)股东(([\u4e00-\u9fff]{2,4}?)(?:投资|资本|创投|基金))"
                         r"(?=继续|追加|也|亦|再次|跟投|参投|加注|超额|均)")


def _old_holders(d: _Doc) -> list[Cand]:
    """``老股东澜曜投资继续追加投资``: the firm after 老股东 whose next act is to invest again, whatever
    LAC made of its words (澜曜(v)|投资(v))."""
    return [Cand(m.start(1), m.end(1), m.group(1), "Company", "slot", 0.78) for m in _OLD_HOLDER.finditer(d.text)
            if not any(ch in FUNCTION_CHARS for ch in m.group(1))
            and _word_tag(m.group(2)) is None and not is_common_word(m.group(2))
            and not (len(m.group(2)) >= 4 and _ordinary_phrase(m.group(2)))]  # (not 追加投资, 政府引导基金, 深圳市投资)


#: Before a firm named …投资 in a list or a holder's slot: a list's separator, 股东, 平台, 由.
_INVESTOR_SLOT_BEFORE = re.compile(r"(?:[、，,：:；;（(]|及|和|与|股东|平台|机构|由|包括)$")
#: Before 包括: a firm's lines of business, whose items are no firms (主营业务包括定增投资、并购投资).
_BUSINESS_LINE_BEFORE = re.compile(r"(?:业务|产品|领域|方向|服务|范围|模式|板块|品类|赛道)(?:主要|还|则)?包括$")
#: A firm's name right before a list's separator (…资本、X投资), or right after one (X投资、Y基金).
_FIRM_BEFORE_ITEM = re.compile(r"(?:资本|基金|创投|投资|集团|控股|公司|证券|银行|保险|信托|人寿)[领跟参]?投?[，,、和及与]$")
_FIRM_ITEM_AFTER = re.compile(r"[、和及与][\u4e00-\u9fff]{2,4}(?:资本|基金|创投|投资|集团|控股|公司|证券|银行|保险|信托|人寿)")
#: After 投资 in a list of a project's verbs (投资、建设和运营).
_VERBS_LISTED_AFTER = re.compile(r"[、和及与](?:建设|运营|管理|开发|建造|运作|经营|设计|施工|持有)")
#: A round's act after an investor named after 由 (由X投资领投, 由X投资和Y资本联合领投).
_ROUND_ACT_AFTER = re.compile(r"(?:领投|跟投|参投|联合|共同|牵头|独家|等|[、和及与][^，,。；;]{2,12}?(?:领投|跟投|参投|共同|联合))")
#: Kinds of funder before 投资: 险资, 央企, 市财政, 社会资本 (no firm's name).
_KINDS_OF_FUNDER = ("资", "企", "财政", "资本", "政府", "机构", "基金", "银行", "券商", "个人", "集体", "国家")


#: A fund of a series, from its vintage on: 四期股权投资基金, 三期基金（有限合伙）, 二期创业投资合伙企业（有限合伙）.
_VINTAGE_FUND = re.compile(r"(?<!第)[一二三四五六七八九十]期[\u4e00-\u9fff]{0,10}?"
                           r"(?:基金(?:合伙企业)?(?:[（(]有限合伙[）)])?|合伙企业[（(]有限合伙[）)])")
#: Words that may stand in a fund series' name, between its proper name and its vintage (成长, 科创, 人民币).
_SERIES_WORD_TAGS = frozenset({"n", "nz", "vn", "v", "a", "ORG", "LOC", "PER"})


#: A government named by its level only, no place: 市政府, 该市政府, 国家级政府, 地方政府.
_GENERIC_GOVERNMENT = re.compile(r"(?:该|我|本|各|其)?(?:国家级|省级|市级|区级|县级|地方|各级)?(?:省|市|区|县|州)?政府")
#: A fund right after a government's name: (屹州市政府)引导基金, 产业投资基金.
_GOVERNMENT_FUND_AFTER = re.compile(r"(?:产业|创业|投资|发展)?(?:投资)?引导基金|产业(?:投资|发展)?基金")


def _government_funds(text: str, cands: list[Cand]) -> list[Cand]:
    """A government's name and a fund's kind right after it name the government's fund, a firm:
    屹州市政府|引导基金 (not the government)."""
    out = []
    for c in cands:
        m = _GOVERNMENT_FUND_AFTER.match(text, c.end) if c.type == "Organization" and c.text.endswith("政府") \
            and not _GENERIC_GOVERNMENT.fullmatch(c.text) else None
        if m is not None:
            c = Cand(c.start, m.end(), text[c.start : m.end()], "Company", c.source, c.score, None)
        out.append(c)
    return out


def _guidance_funds_joined(toks: Sequence[Tok]) -> list[Tok]:
    """引导(v)|基金 as one noun, 引导基金: a kind of fund whose name the words before it give (东屿产业|引导基金),
    not a verb before a fund."""
    out: list[Tok] = []
    for t in toks:
        if t.text == "基金" and out and out[-1].text == "引导" and out[-1].end == t.start:
            out[-1] = Tok(out[-1].start, t.end, "引导基金", "n")
        else:
            out.append(t)
    return out


#: After 中国 that ends a firm's China arm (X中国): a clause's end, a function word, a speech verb or an officer's title.
_AFTER_A_CHINA_ARM = re.compile(r"$|[^\u4e00-\u9fff]|(?:的|与|和|及|在|将|已|也|还|于|是|为|则|表示|宣布|称|方面|官方|总裁|CEO|董事长|总经理"
                                r"|首席|副总裁|负责人|发言人|公关|高级|执行|合伙人|市场部|董事|仍|负责|近日|日前|今日|此前|目前|旗下)")


def _china_arms(text: str, cands: list[Cand]) -> list[Cand]:
    """A firm's name with 中国 right after it, then the end of the name (X中国表示, X中国总裁甲, X中国、Y): the
    firm's China arm, one firm (not the country): 宜家中国. Not X中国市场, X中国区, X中国工厂."""
    places = {(c.start, c.end) for c in cands if c.type == "Place" and c.text == "中国"}
    out = []
    drop: set[tuple[int, int]] = set()
    for c in cands:
        if c.type == "Company" and text.startswith("中国", c.end) and (c.end, c.end + 2) in places \
                and _AFTER_A_CHINA_ARM.match(text, c.end + 2) and not c.text.endswith(("中国", "公司", "集团")):
            drop.add((c.end, c.end + 2))
            c = Cand(c.start, c.end + 2, c.text + "中国", c.type, c.source, c.score, None)
        out.append(c)
    return [c for c in out if not (c.type == "Place" and (c.start, c.end) in drop)]


def _vintage_funds(d: _Doc) -> list[Cand]:
    """A fund named with its vintage: 星岳创新四期股权投资基金, Lumen三期基金. The series' name is the
    words right before the vintage (at most three, a verb only right before it: 成长), and its first is a
    name (a proper noun, a word the dictionary lacks, Latin); not 第四期人民币基金 (an ordinal, no name)."""
    out = []
    text = d.text
    for m in _VINTAGE_FUND.finditer(text):
        if m.start() not in d.starts:
            continue
        i = d.starts[m.start()]
        k = i
        while k > 0 and i - k < 3:
            t = d.toks[k - 1]
            if t.end != d.toks[k].start or t.tag not in _SERIES_WORD_TAGS or (t.tag == "v" and k != i) \
                    or not all(is_cjk(c) for c in t.text) and not LATIN_RE.fullmatch(t.text):
                break
            k -= 1
        while k < i:  # the series' name starts with a name
            first = d.toks[k]
            if first.tag in PROPER_TAGS or LATIN_RE.fullmatch(first.text) or rare_word(first.text):
                break
            k += 1
        if k == i:
            continue
        start = d.toks[k].start
        out.append(Cand(start, m.end(), text[start : m.end()], "Company", "suffix", 0.85))
    return out


def _investment_firms(d: _Doc) -> list[Cand]:
    """``青岫资本、岫岭投资、长岚基金``, ``原股东明岫投资则已退出``, ``由国资平台鸿岫投资领投``: a coined
    word and 投资 in a list or a holder's slot, with a firm's act or the list going on after it, is a
    firm's name (LAC reads 投资 as the verb there).

    The word is two or three characters that the dictionary lacks (not 政府|投资, 企业|投资) and that
    LAC does not read as a known place, nor as a person's name unless other firms are listed next to
    it (上海|投资, 由张明|投资、李强管理).
    """
    out = []
    text = d.text
    for m in re.finditer("投资", text):
        e = m.end()
        if not _INVESTOR_NAME_END.match(text, e) or _VERBS_LISTED_AFTER.match(text, e):
            continue  # (由X投资、建设和运营: 投资 is one of a list of verbs)
        for n in (2, 3):
            s = m.start() - n
            slot = _INVESTOR_SLOT_BEFORE.search(text, max(0, s - 8), s) if s >= 0 else None
            if slot is None:
                continue
            if slot.group().endswith("由") and not _ROUND_ACT_AFTER.match(text, e):
                continue  # 该项目由X投资，规模…: who paid for it (由X投资领投 names the firm)
            if slot.group().endswith("包括") and _BUSINESS_LINE_BEFORE.search(text, max(0, s - 8), s):
                continue  # 主营业务包括定增投资、…: lines of business
            core = text[s : m.start()]
            if not all(is_cjk(ch) for ch in core) or any(ch in FUNCTION_CHARS for ch in core) \
                    or _word_tag(core) is not None or is_common_word(core) or _jieba_freq(core) >= 10 \
                    or core.endswith(_KINDS_OF_FUNDER):
                continue  # (险资|投资, 市财政|投资: a kind of funder, not a name)
            toks = d.tokens_in(s, m.start())
            # (a coined word LAC calls a person's is a firm's among firms: 岚栖资本领投，澜岫(PER)投资、岑远基金跟投)
            # (or the holder a 股东 slot names, or the investor before a round's act: 由澜舟(PER)投资领投)
            among_firms = bool(_FIRM_BEFORE_ITEM.search(text, max(0, s - 8), s)) or bool(_FIRM_ITEM_AFTER.match(text, e)) \
                or slot.group().endswith("股东") or bool(_ROUND_ACT_AFTER.match(text, e))
            if not toks or toks[0].start != s or toks[-1].end != m.start() \
                    or any(t.tag in ("m", "TIME", "q", "r", "p", "u", "c") for t in toks) \
                    or any(t.tag == "PER" and not among_firms for t in toks) \
                    or any(t.tag == "LOC" and _word_tag(t.text) == "ns" for t in toks) \
                    or any(t.tag[0] in "vad" and _word_tag(t.text) is not None for t in toks):
                continue  # (whole LAC words only; 张明|投资: a person invests; 转型|做|投资: verbs the dictionary knows)
            out.append(Cand(s, e, text[s:e], "Company", "slot", 0.78))
            break
    return out


def _founded_slots(d: _Doc) -> list[Cand]:
    """The firm someone founded, named alone after the verb (``与室友一起创办了橘屿网络，``,
    ``联合创立了砚舟(n)|健康(a)，``): a name that opens with a word the dictionary does not know,
    or one LAC called a name, and goes on past it (a lone person's name is no firm)."""
    out = []
    for m in _FOUNDED_SLOT.finditer(d.text):
        s, e = m.span(1)
        toks = d.tokens_in(s, e)
        if len(toks) < 2 or toks[-1].tag in _NOT_IN_NAME_TAGS or _GENERIC_PREFIX.match(m.group(1)) \
                or any(c in FUNCTION_CHARS for c in m.group(1)):
            continue
        first = toks[0]
        if not (rare_word(first.text) or first.tag == "ORG") or any(t.tag in ("PER", "LOC", "TIME", "m", "v") for t in toks[1:]) \
                or _NOT_A_FIRM_END.search(m.group(1)):
            continue  # (创办了文旅小镇, 创立了ESG评级体系: a place, a scheme, not a firm)
        out.append(Cand(s, e, m.group(1), "Company", "slot", 0.74))
    return out


#: Last words of what is no firm's name: assets, a business, a field, shares, people (部分资产, 医药股, 研发团队).
_NOT_A_FIRMS_HEAD = ("资产", "业务", "设施", "领域", "市场", "行业", "产业", "产业链", "板块", "股", "股票", "股权", "股份", "项目",
                     "门店", "企业", "公司", "材料", "资源", "技术", "团队", "用户", "客户", "员工", "员", "人", "商家", "商户",
                     "代表", "高管", "骑手", "伙伴", "股东", "方", "赛道", "方向", "产品", "资金")
#: A deal's verb right before the first firm of a list of its objects (投资了A和B, 入股A、B).
_DEAL_VERB_BEFORE = re.compile(r"(?:投资|入股|参股|收购|并购|增持|举牌|控股|孵化|领投|跟投)了?$")
#: A list that ends in things that are no firms: 等业务, 等项目, 等领域.
_NOT_FIRMS_LISTED = re.compile(r"等(?:[一二三四五六七八九十两多几\d]+[个项大类])?(?:业务|项目|领域|行业|方向|赛道|板块|资产|产品)")
#: Where such a list ends: a clause's end, or 等.
_OBJECT_LIST_END = re.compile(r"[，,。；;！!？?）)]|等|$")


def _deal_object_siblings(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``此前还投资了A和B。``: after a deal's verb and a firm found there, the other items of the
    list up to the clause's end are firms too, when LAC found no name there: words that the
    dictionary does not hold as one (远舟纪元), or a name found at the item's start that stops
    short of its end (北斗星|动力)."""
    text = d.text
    out: list[Cand] = []
    by_start = {c.start: c for c in cands}
    for c in cands:
        if c.type != "Company" or not _DEAL_VERB_BEFORE.search(text, max(0, c.start - 5), c.start):
            continue
        pos = c.end
        items = []
        while (sep := _LIST_SEP.match(text, pos)) is not None:
            end = next((k for k in range(sep.end(), min(len(text), sep.end() + 13)) if _LIST_SEP.match(text, k)
                        or _OBJECT_LIST_END.match(text, k)), None)
            if end is None or end == sep.end():
                break
            items.append((sep.end(), end))
            pos = end
        if not items or not _OBJECT_LIST_END.match(text, pos) or _NOT_FIRMS_LISTED.match(text, pos):
            continue  # (not the list's last item where the clause ends: 投资了A和B两家公司; 收购了A、冷链和仓储等业务)
        for a, b in items:
            name = text[a:b]
            if not 2 <= len(name) <= 12 or not all(is_cjk(ch) or ch.isalnum() for ch in name) or _GENERIC_PREFIX.match(name) \
                    or any(ch in _NAME_STOP or ch.isdigit() for ch in name) or _word_tag(name) is not None \
                    or name.endswith(_NOT_A_FIRMS_HEAD):
                continue  # (收购了A和部分资产, 增持了A和医药股: assets, shares, a field, not a firm)
            toks = d.toks_within(a, b)
            if a not in d.starts or not d.word_end(b) or any(t.tag in _NOT_IN_NAME_TAGS | {"PER", "LOC", "v"} for t in toks):
                continue
            found = by_start.get(a)
            if found is not None and not (found.type == "Company" and found.end < b and b - found.end <= 2
                                          and lex.suffix(name, "company") == text[found.end : b]):
                continue  # (a listed name cut short before a company's word: 北斗星|动力; not 云帆|股票)
            if found is None and _ordinary_words(name) and not (len(toks) == 1 and toks[0].end == b):
                continue  # (ordinary words LAC reads apart: 海外|市场; 远舟纪元 read as one word is a name)
            if found is None and any(x.start < b and a < x.end for x in cands):
                continue
            out.append(Cand(a, b, name, "Company", "list", 0.8))
    return out


#: A partnership's verb after its second party: 与X达成合作, 与X签署战略合作协议, 与X共建….
_PARTNER_VERB_AFTER = re.compile(r"(?:正式|已经|已|将|还|也|共同|联合|此前)?(?:达成|签署|签订|签约|共建|携手|开展合作|展开合作|建立合作)")
#: After 签署 or 签订: a pact, a document only parties sign (签署了战略合作协议, 签订合作框架协议; not 与网红达成合作).
_PACT_AFTER = re.compile(r"了?(?:一份)?(?:为期[^，,。；;]{1,4}的)?(?:战略|长期|全面|深度|独家)?(?:合作)?(?:框架)?(?:协议|备忘录)")
#: A kind of firm, platform, brand or chain right before the second party's name (与在线音乐平台X达成…).
_PARTY_KIND = re.compile(r"(?:平台|公司|企业|品牌|连锁|商城|集团|厂商|车企|药企|" + "|".join(TRADER_KINDS) + ")")


def _partner_slots(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``与在线音乐平台X达成战略合作``, ``与AI制药公司X签署…协议``, ``与X商城达成合作``: the second
    party of a partnership, between 与 (和, 同) and the verb, is a firm's name: the words after a
    kind of firm there, or all of them when they end in a company's word or are one name of LAC's.
    A name LAC found cut short (沃屿汽车|部件) or glued to the kind (AI制药公司岚|栖智药) gives way."""
    text = d.text
    out = list(cands)
    for m in re.finditer(r"[与和同]", text):
        v = _PARTNER_VERB_AFTER.search(text, m.end(), min(len(text), m.end() + 30))
        if v is None or v.start() - m.end() < 2:
            continue
        span = text[m.end() : v.start()]
        if re.search(r"[，,。；;：:、“”（）()\s]|与|和|旗下|下属|子公司", span):
            continue  # (与旗下品牌X共建…: its own brand, no partner)
        # the kind of firm has words before it and ends a word (在线音乐平台|X; not 企业家|俱乐部, nor 与|企业X: no words before)
        kinds = [k for k in _PARTY_KIND.finditer(span) if k.start() > 0 and d.word_end(m.end() + k.end())]
        a = m.end() + (kinds[-1].end() if kinds else 0)
        b = v.start()
        name = text[a:b]
        # a name the company list holds that is also an ordinary word, where a pact is signed with it (与完美签署
        # 战略合作协议): a firm, as only a party signs one
        pact = not kinds and name in lex.gazetteer and v.group().endswith(("签署", "签订")) and _PACT_AFTER.match(text, v.end()) is not None
        if not 2 <= len(name) <= 10 or any(ch in _NAME_STOP or ch.isdigit() for ch in name) or _GENERIC_PREFIX.match(name) \
                or (_word_tag(name) is not None and not pact) or name in lex.titles or name.endswith(_NOT_A_FIRMS_HEAD):
            continue  # (与公司核心员工签署, 与平台入驻商家签署: people, not a firm)
        if not kinds and not pact and _ordinary_words(name):
            continue  # (与传统汽车达成合作, 与金融科技签署: a trade, not a firm)
        toks = d.toks_within(a, b)
        # a name the company list holds (与屿岚(LOC)|眼镜达成…), or a firm's name found cut short by a word or two
        # of nouns (与岫明|峤联(n)达成…: not 与岫峤|发布会, whose words are no nouns' alone)
        known = (len(name) >= 3 and name in lex.gazetteer and _word_tag(name) is None) or pact  # (not 网红, 共赢: the list's words)
        stem = next((c for c in out if c.type == "Company" and c.start == a and 0 < b - c.end <= 2), None)
        extends = stem is not None and stem.end in d.starts and all(
            t.tag == "n" and _word_tag(t.text) is None for t in d.toks_within(stem.end, b))
        if not kinds and not (lex.suffix(name, "company") or known or extends
                              or (len(toks) == 1 and toks[0].end == b and toks[0].tag in ("ORG", "nz"))):
            continue
        # (a listed name that signs a pact may hold a verb's word: 与X(nz)|到家(v)签署…协议)
        bad = ("TIME", "p", "c", "m") if kinds else ("PER", "TIME", "p", "c", "m") if pact \
            else ("PER", "TIME", "v", "p", "c", "m") if known else ("PER", "LOC", "TIME", "v", "p", "c", "m")
        if any(t.tag in bad for t in toks if t.end <= b) or not d.word_end(b) \
                or (kinds and len(toks) == 1 and toks[0].tag in ("PER", "LOC") and toks[0].end == b):
            continue  # (after a kind, LAC may read a coined name's part as a verb, a person or a place: 岚|栖智药(v),
            #          乐澜(PER)|音乐; a person or a place alone is none: 与合作企业|张三)
        over = [c for c in out if c.start < b and a < c.end]
        if any(c.start == a and c.end == b and not (known and c.type == "Product" and c.source in ("gazetteer", "repeat"))
               for c in over):
            continue  # (a name found there stands; but a listed name typed a product by its use elsewhere, X平台, signs as a firm)
        if any(not ((c.start == a and c.end < b and b - c.end <= 3) or (kinds and c.start < a < c.end <= b)) for c in over):
            continue  # (a name across the verb, or one inside that is not cut short: it stands)
        out = [c for c in out if c not in over]
        out.append(Cand(a, b, name, type_by_suffix(name, lex) or "Company", "slot", 0.8))
    return out


def _deal_slots(d: _Doc, lex: Lexicons) -> list[Cand]:
    """Company names that only a deal's grammar marks: ``向X投资``, ``收购<Latin name>``.

    In ``向X投资`` the object must look like a name: the company list knows it,
    or LAC calls it an organisation or another proper name, or it is Latin;
    ``向合作伙伴投资`` and ``向张三投资`` (a person) are not company names.
    """
    out = []
    text = d.text
    for m in _INVESTEE_SLOT.finditer(text):
        name = m.group(1)
        if _GENERIC_PREFIX.match(name) or any(c in _NAME_STOP for c in name) or name in _NOT_NAMES:
            continue
        tags = {x.tag for x in d.tokens_in(m.start(1), m.end(1))}
        known = name in lex.gazetteer
        if tags & {"LOC", "TIME", "r", "m"} or ("PER" in tags and not known):
            continue
        if not (known or tags & {"ORG", "nz", "nw"} or LATIN_RE.fullmatch(name)):
            continue
        out.append(Cand(m.start(1), m.end(1), name, "Company", "slot", 0.74))
    for m in _LATIN_AFTER_DEAL.finditer(text):
        out.append(Cand(m.start(1), m.end(1), m.group(1), "Company", "slot", 0.74))
    for m in _NOMINAL_DEAL_OBJECT.finditer(text):
        # 完成对湘菜连锁品牌X的控股收购, 完成对X的收购: what a deal's noun is done to is a firm, whatever LAC read in
        # its words (X(PER)|人家(r), after its kind even a place's: 连锁品牌湘X(LOC)|人家); not a dictionary word, a time,
        # a pronoun's phrase (对其, 对该公司), nor a place's name with no kind before it
        name = m.group(2)
        if _word_tag(name) is not None or any(ch in _NAME_STOP or ch in FUNCTION_CHARS for ch in name[1:]) or name[0] in FUNCTION_CHARS \
                or _GENERIC_PREFIX.match(name) or name in _NOT_NAMES or _NOT_A_KIND_START.match(name):
            continue
        tags = {x.tag for x in d.tokens_in(m.start(2), m.end(2))}
        if tags & {"TIME", "m", "q"} or (not m.group(1) and ("LOC" in tags or not (tags & {"ORG", "nz", "nw", "PER"} or name in lex.gazetteer))):
            continue
        out.append(Cand(m.start(2), m.end(2), name, "Company", "slot", 0.76 if m.group(1) else 0.74))
    return out


#: A deal's noun done to a firm: 完成对(湘菜连锁品牌)X的(控股)收购 (group 1 the kind of the firm, if written; group 2 the name).
_NOMINAL_DEAL_OBJECT = re.compile(r"完成(?:了)?对([\u4e00-\u9fff]{0,8}(?:品牌|连锁|公司|企业|平台|厂商))?([\u4e00-\u9fff]{2,8}?)"
                                  r"的(?:全资|控股|战略|整体|全面)?(?:收购|并购|投资|入股|增资|注资)")


#: A financing round's verbs, after the investors they follow: A、B及C跟投, 由A和B联合领投.
_ROUND_VERB = re.compile(r"(?:等(?:机构|基金|公司)?)?(?:联合|共同|继续|也|亦)?(?:领投|跟投|参投)")
#: Where a round's list of investors starts: after a clause break or 由/获/其中.
_ROUND_LIST_START = re.compile(r".*(?:[，,。；;：:\s（(“”]|由|获|其中|包括|本轮|此轮)")
#: Between the items of a list (of a round's investors, of a deal's objects).
_LIST_SEP = re.compile(r"、|以及|及|和|与")


def _person_and_more(d: _Doc, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` are a person's name and more (王澜|个人, 王澜|夫妇)."""
    words = [t for t in d.toks if start <= t.start < end]
    return len(words) > 1 and words[0].tag == "PER"


#: Endings of investors' names: in a round's list, a coined name of two to four characters before one is a firm's,
#: even one LAC reads as a person's.
_INVESTORS_ENDINGS = ("资本", "投资", "创投", "基金")


def _round_investors(d: _Doc, lex: Lexicons) -> list[Cand]:
    """Investors listed before a round's verb (``A、B及C跟投``): each item is a firm's name
    when it ends in a company's ending (启元资本), holds a name LAC found, starts with a name
    the company list knows (蓝鲸|龙珠), or the list knows it whole; an item with a person's
    name in it is none, unless a company's ending follows well after it."""
    out = []
    text = d.text
    for m in _ROUND_VERB.finditer(text):
        lo = max(0, m.start() - 40)
        head = _ROUND_LIST_START.match(text, lo, m.start())
        start = head.end() if head else lo
        if start == lo and lo > 0:
            continue  # no clause start in reach
        pos = start
        items = []
        for sep in [*_LIST_SEP.finditer(text, start, m.start()), None]:
            end = sep.start() if sep else m.start()
            items.append((pos, end))
            pos = sep.end() if sep else pos
        for k, (a, b) in enumerate(items):
            owned = re.search(r"旗下|下属", text[a:b])
            if owned:  # 北辰资本旗下基金: the firm whose fund it is
                b = a + owned.start()
            name = text[a:b]
            suf = lex.suffix(name, "company") or next(
                (x for x in _INVESTORS_ENDINGS if name.endswith(x) and 2 <= len(name) - len(x) <= 4 and _word_tag(name[: -len(x)]) is None
                 and d.word_end(b - len(x)) and not _person_and_more(d, a, b - len(x))),
                None)  # (珩岳(PER)|投资: an ending of investors' names that is a verb too, after a name; not 甲|个人|投资)
            # an item starts at a word, or right after the item before (星海|和|顺远资本, though 和顺 is a word)
            starts_ok = a in d.starts or a in d.ends or (k > 0 and d.word_end(items[k - 1][1]) and bool(suf))
            if not 2 <= len(name) <= 12 or not d.word_end(b) or not starts_ok:
                continue
            toks = d.tokens_in(a, b) or [t for t in d.toks if a <= t.start < b]
            if not toks:
                continue
            tags = {t.tag for t in toks}
            # (a person's name may lead a fund's: 小海(PER)|长江|产业基金, 珩岳(PER)|投资: a firm of the deal's trade)
            if ("PER" in tags and not (suf and (len(name) - len(suf) >= 3 or suf in _INVESTORS_ENDINGS))) \
                    or tags & {"m", "TIME", "r", "p", "d"} \
                    or _generic_phrase(name) or (_GENERIC_PREFIX.match(name) and toks[0].tag not in ("ORG", "PER")):
                continue
            known_head = len(toks) >= 2 and toks[0].text in lex.gazetteer and tags <= {"n", "nz", "ORG", "LOC", "x"}
            if (suf and len(name) > len(suf)) or "ORG" in tags or known_head or name in lex.gazetteer \
                    or LATIN_RE.fullmatch(name):
                out.append(Cand(a, b, name, "Company", "slot", 0.78))
    return out


def _stock_names(d: _Doc) -> list[Cand]:
    """``*ST<name>``: the name is the word after the marker, or the rest of the word holding it."""
    out = []
    for m in _STOCK_MARK.finditer(d.text):
        s = m.end()
        tok = d.token_over(s)
        if tok is not None and tok.start >= m.start():
            e = tok.end  # LAC kept marker and name in one word, whatever its tag
        else:
            i = d.starts.get(s)
            if i is None or d.toks[i].tag not in _STOCK_NAME_TAGS:
                continue
            e = d.toks[i].end
        name = d.text[s:e]
        if 2 <= len(name) <= 6 and all(is_cjk(c) for c in name):
            out.append(Cand(s, e, name, "Company", "stock", 0.9))
    return out


_NAME_STOP = frozenset("的在和与及是了等将已也都就还曾称说向对被把从为则又便却亦才")
#: Characters that open no firm's name before a one-character stem: verbs, pronouns, prepositions and times
#: (获|美集团, 据|华集团, 跟|X集团, 其|华集团, 给|X集团, 前|X集团, 当|华集团).
_NO_STEM_CHARS = frozenset("获据跟其给前原以于而即当让使令自今去明后上下各该本此这那每某共同亦也又再仍还都均称向对被把从任予系如除经受") \
    | _NAME_STOP | FUNCTION_CHARS


#: A transliterated name in parts joined by a middle dot (卡洛斯·桑切斯, 让-保罗·X).
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・‧．][\u4e00-\u9fff]{1,6}){1,3}")


def _transliterated(part: str) -> bool:
    """Every character reads as a transliteration (阿, 巴, 尔, 斯…), but at most one."""
    return len(part) >= 2 and sum(c not in _TRANSLIT for c in part) <= (1 if len(part) >= 4 else 0)


def _dotted_names(d: _Doc) -> list[Cand]:
    """Foreign names written in parts with a middle dot: ``芭芭拉·X``, ``鲍里斯·X``.

    Each part must read as a transliteration; the words around the name
    (``部长卡洛斯·X表示``) are left out by trimming the first part to its
    transliterated end and the last to its transliterated start.
    """
    out = []
    for m in _DOTTED_NAME.finditer(d.text):
        parts = re.split(r"[·•・‧．]", m.group())
        first, last = parts[0], parts[-1]
        k = len(first)
        while k > 0 and first[k - 1] in _TRANSLIT:
            k -= 1
        n = 0
        while n < len(last) and last[n] in _TRANSLIT:
            n += 1
        if len(first) - k < 2 or n < 2 or not all(_transliterated(p) for p in parts[1:-1]):
            continue
        s, e = m.start() + k, m.end() - (len(last) - n)
        if n >= 3 and _crosses_into_word(d, s, e):
            e -= 1  # 科菲·安南希|望: 希 starts 希望
        out.append(Cand(s, e, d.text[s:e], "Person", "dotted", 0.84))
    return out


#: A Latin person's name: two or three capitalised words (Anna Berger, Jean-Luc Morel).
_LATIN_PERSON = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}(?![A-Za-z0-9.])")


def _titled_latin_people(d: _Doc, lex: Lexicons) -> list[Cand]:
    """``首席技术官Tobias Rehm表示``: a Latin name right after a post (a space may come between) and
    before a person's act, or after 由… and before 出任/担任, is a person's, whatever LAC tagged its
    words (not a firm's, Vornholt Elektronik GmbH, nor a product's, 首席执行官Nova Lite系列手机)."""
    out = []
    text = d.text
    for m in _LATIN_PERSON.finditer(text):
        s = m.start()
        lead = text[max(0, s - 8) : s].rstrip(" ")
        titled = any(lead[-n:] in lex.titles for n in range(2, min(8, len(lead)) + 1)) \
            or lead.endswith(("CEO", "CTO", "CFO", "COO", "CIO", "CMO"))
        # 总经理由德方委派的Lukas Weber出任: the holder of a post
        holder = bool(re.search(r"由[^，。,;；]{0,10}$", text[max(0, s - 11) : s])) and bool(_TAKES_POST.match(text, m.end()))
        # (a person acts or the phrase ends after the name: not 首席执行官Nova Lite系列手机, CEO Smart Glass发布会)
        if not ((titled and _LATIN_PERSON_AFTER.match(text, m.end())) or holder):
            continue
        if _LATIN_FIRM.match(text, s) or m.group().split(" ")[-1] in _LATIN_FIRM_WORDS:
            continue
        out.append(Cand(s, m.end(), m.group(), "Person", "titled", 0.8))
    return out


#: Last words of Latin firms' names that _LATIN_FIRM does not take alone (Vornholt Elektronik).
_LATIN_FIRM_WORDS = frozenset({"Elektronik", "Optik", "Chemie", "Technik", "Systems", "Solutions", "Software", "Energy",
                               "Power", "Materials", "Electronics", "Motors", "Media", "Games", "Studios", "Bank",
                               "Airlines", "Foods", "Medical", "Health", "Capital", "Partners", "Ventures", "Labs",
                               "Solar", "Dynamics", "Robotics", "Networks", "Pharma", "Biotech", "Logistics", "Group"})
#: After a person's Latin name: what a person does, or the phrase's end (表示, 在, ，).
_LATIN_PERSON_AFTER = re.compile(r"\s*(?:日前|近日|昨日|今日|今天|此前|随后|当天|当日|曾|亲自)?"
                                 r"(?:表示|称|说|透露|指出|介绍|认为|强调|坦言|回应|宣布|出任|担任|兼任|接任|出席|参加|主持|会见"
                                 r"|发表|接受|带领|率领|继续|仍|留任|持有|辞去|签署|代表|将|也|则|还|已|在|于|向|与|和|[，,。；;：:（(、]|$)")
#: A post taken, after its holder: 出任, 担任 (not 负责建设: a firm's task).
_TAKES_POST = re.compile(r"(?:出任|担任|兼任|接任|继任)")


#: A bare 公司 (or 该公司, 本公司) standing for a firm, after a clause break or a verb of posts: 为公司副总经理X.
_BARE_FIRM_WORD = re.compile(r"(?:(?<=[，,。；;：:、为由任是])|(?<=^)|该|本)公司")


def _titled_people(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """The name right after ``<organisation or country><title>``, where LAC cut it wrong or missed it.

    ``美团高级副总裁王莆|中接受…`` and ``协会理事|长尚冰在…``: two or three
    characters that start with a family name and end where a word starts;
    ``法国总理X在…``: a transliterated name (two to four characters) up to
    where a word starts.
    """
    out = []
    text = d.text
    owners = [o.end for o in cands if o.type in ("Company", "Organization", "Place")]
    bare: set[int] = set()
    if "公司" in text:  # 法定代表人为公司副总经理X: the firm the text is about, as a bare 公司
        inside = [(o.start, o.end) for o in cands]
        bare = {m.end() for m in _BARE_FIRM_WORD.finditer(text) if not any(a < m.end() and m.start() < b for a, b in inside)}
    for end in sorted(set(owners) | bare):
        pos = end + (1 if text.startswith("的", end) else 0)
        parsed = title_prefix(text[pos : pos + 16], lex)
        if parsed is None:
            continue
        s = pos + len(parsed[0])
        if s >= len(text) or not is_cjk(text[s]):
            continue
        first = d.toks[d.starts[s]] if s in d.starts else None
        nxt_name = d.toks[d.starts[s] + 1] if first is not None and d.starts[s] + 1 < len(d.toks) else None
        if first is not None and first.text == "由" and first.tag == "p" and nxt_name is not None and nxt_name.tag == "PER" \
                and _POST_VERB_AFTER.match(text, nxt_name.end):
            continue  # 董事长由(p)王刚担任: the preposition before the post's holder, not a family name (由明辉表示)
        best = None
        for n in (4, 3, 2):
            name = text[s : s + n]
            if len(name) < n or not all(is_cjk(ch) for ch in name) or any(ch in _NAME_STOP for ch in name[1:]):
                continue
            foreign = all(ch in _TRANSLIT for ch in name)
            if n == 4 and not foreign:
                continue
            if name[0] not in lex.surnames and name[:2] not in lex.surnames and not foreign:
                continue
            if first is not None and first.text == name and first.tag in ("ad", "d", "vd", "c", "p", "r") \
                    and _word_tag(name) is not None:
                continue  # 相关负责人|明确(ad)|否认: an adverb LAC read as one, not a family name's (易青川(ad) is a name)
            k = d.starts.get(s + n - 1)
            if k is not None and s + n - 1 > s and d.toks[k].text in _ADVERBS_AFTER_NAMES:
                continue  # 创始人|王刚|仍(d)|持有: the name ends before LAC's adverb
            nxt = d.starts.get(s + n)
            follows = d.toks[nxt] if nxt is not None else None
            if s + n == len(text) or text[s + n] in "，,。、；;：:！!？?）)” \n" or (
                follows is not None and (follows.tag.startswith("v") or follows.tag in ("p", "d", "c"))
            ):
                best = name
                break
        if best and end in bare and end not in owners and not (
                first is not None and (first.tag == "PER" or (first.text == best and _word_tag(best) is None))):
            continue  # (after a bare 公司 only a name LAC read as one, or one word the dictionary lacks: not 于近日, 毕业)
        if best:
            out.append(Cand(s, s + len(best), best, "Person", "titled", 0.83))
    return out


def _glued_title_names(d: _Doc, lex: Lexicons) -> list[Cand]:
    """``俄罗斯总理基里延科``: a title and the name after it that LAC read as one common
    word (总理基里延科/n). The name is where jieba ends the title: a transliteration of
    three to six characters, or two or three characters that open with a family name and
    are no word of jieba's dictionary."""
    out = []
    text = d.text
    for t in d.toks:
        if t.tag not in ("n", "nz", "nw", "vn") or len(t.text) < 4 or t.text[0] not in lex.title_first_chars:
            continue
        parsed = title_prefix(t.text, lex)
        if parsed is None:
            continue
        s = t.start + len(parsed[0])
        name = text[s : t.end]
        if not d.word_at(s) or not all(is_cjk(ch) for ch in name):
            continue
        foreign = 3 <= len(name) <= 6 and _transliterated(name)
        native = len(name) in (2, 3) and name[0] in lex.surnames and _word_tag(name) is None \
            and not any(ch in FUNCTION_CHARS for ch in name[1:]) \
            and lex.suffix(name) is None  # (总经理由集团/n: 由 and a firm's word, no name)
        if foreign or native:
            out.append(Cand(s, t.end, name, "Person", "titled", 0.83))
    return out


#: The verbs of taking a post, after its holder's name (由甲担任).
_POST_VERB_AFTER = re.compile(r"(?:担任|出任|兼任|接任|继任|代任|负责|代为|主持|分管|执掌)")
#: Titles that only a company (or a unit of one) has: 极越CEO夏一平, 蓝鲸网络创始人张伟.
_COMPANY_TITLES = re.compile(r"(?:联合)?创始人|创办人|(?:首席)?执行官|CEO|CFO|CTO|COO|董事长|总裁|总经理|副总裁")
_ORG_WORD_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "j", "vn", "an"})


#: A firm's functional areas, written between its name and an officer's title (X产品副总裁, X技术负责人).
_FUNCTIONAL_AREAS = frozenset({"产品", "技术", "市场", "销售", "运营", "财务", "研发", "营销", "战略", "供应链", "制造", "质量",
                               "法务", "商务", "人力资源", "公关", "品牌"})


def _titled_orgs(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``极越CEO夏一平``: the name-like words right before a company officer's title and a person.

    The words (two to six characters, nouns or names, no verb) must not be a
    common word, a role or a generic noun, and nothing else may claim them.
    """
    out = []
    text = d.text
    # (a statistical person or a company-list hit is a weak claim: 启衡(list)|数据|董事长)
    taken = {i for c in cands if not (c.type == "Person" and c.source == "lac") and c.source != "gazetteer"
             for i in range(c.start, c.end)}
    for p in cands:
        if p.type != "Person":
            continue
        title = next((m for m in _COMPANY_TITLES.finditer(text, max(0, p.start - 8), p.start) if m.end() == p.start), None)
        if title is None:
            # 联合创始人、首席产品官李文 / 创始人兼首席执行官李文: a second title after 、 or 兼
            title = next((m for m in _COMPANY_TITLES.finditer(text, max(0, p.start - 16), p.start)
                          if m.end() < p.start and text[m.end()] in "、兼" and text[m.end() + 1 : p.start] in lex.titles), None)
        if title is None or title.start() == 0:
            continue
        k = d.ends.get(title.start())
        if k is None:
            continue
        j = k
        while j >= 0 and title.start() - d.toks[j].start <= 6 and (j == k or d.toks[j].end == d.toks[j + 1].start) and (
            d.toks[j].tag in _ORG_WORD_TAGS
            # 极越(d): a word the dictionary does not know, whatever LAC tagged it
            or (d.toks[j].tag not in ("w", "m", "q", "TIME", "u", "p", "c", "r", "f")
                and (_word_tag(d.toks[j].text) is None
                     or (rare_word(d.toks[j].text) and (j < k or not _read_as_verb(d.toks[j])))))
            # 星海(PER)|手机|创始人: a two-character "name" glued to nouns before the title names a brand
            or (d.toks[j].tag == "PER" and j < k and len(d.toks[j].text) == 2 and j == k - 1 and d.toks[k].tag == "n"
                and (d.toks[k].text in lex.product_nouns or d.toks[k].text in _BRAND_NOUNS))  # (not 李明|团队)
        ):
            j -= 1
        j += 1
        if j > k:
            continue
        if j < k and d.toks[k].text in _FUNCTIONAL_AREAS and not (parse_title(title.group(), lex) or ("", True))[1]:
            k -= 1  # 声川|产品|副总裁: the product side's vice president of 声川 (but 岚岫技术|董事长: the firm's)
        elif j < k and d.toks[k].text == "品牌":
            k -= 1  # 岫芒|品牌|总经理: the head of the brand 岫芒
        s, e = d.toks[j].start, d.toks[k].end
        name = text[s:e]
        if e - s < 2 or any(i in taken for i in range(s, e)) or not all(is_cjk(ch) or ch.isalnum() for ch in name) \
                or not (_name_like(d.toks[j : k + 1]) or any(rare_word(t.text) for t in d.toks[j:k])
                        or (rare_word(d.toks[k].text) and not _read_as_verb(d.toks[k]))):
            # (启衡|数据|董事长: a rare word before a noun; 接棒|董事长, 履新|总裁: a rare verb, not a name)
            continue
        if _GENERIC_PREFIX.match(name) or name in _ROLE_WORDS or _is_role_word(name) or is_common_word(name) \
                or name in lex.titles or lex.suffix(name, "org"):
            continue
        out.append(Cand(s, e, name, type_by_suffix(name, lex) or "Company", "titled", 0.72))
    return out


def _user_lexicon(d: _Doc, user: Mapping[str, str]) -> list[Cand]:
    out = []
    for name, typ in user.items():
        for k in _occurrences(d.text, name):
            out.append(Cand(k, k + len(name), name, typ, "lexicon", 0.99))
    return out


def _list_items(d: _Doc, c: Cand) -> list[tuple[int, int]]:
    """Spans of the neighbouring items when ``c`` sits in a ``、``-separated list."""
    text = d.text
    items = []
    if c.start > 0 and text[c.start - 1] == "、":
        k = c.start - 1
        s = k
        while s > 0 and text[s - 1] not in "、，,。；;：:（(“\n 的在和与及":
            s -= 1
        items.append((s, k))
    if c.end < len(text) and text[c.end] == "、":
        k = c.end + 1
        e = k
        while e < len(text) and text[e] not in "、，,。；;：:）)”\n 等和与及":
            e += 1
        items.append((k, e))
    return items


_STRONG_SOURCES = frozenset({"suffix", "quoted", "list", "unit", "lexicon", "alias", "compound", "launch", "latin", "slot",
                             "abbrev", "site"})  # (slot: a deal's or a round's grammar marks it; abbrev: a bank's initial)
_ITEM_TAGS = frozenset({"n", "nz", "vn", "an", "a", "ORG", "LOC", "PER", "nw", "v", "d", "m"})


def _drop_common_lists(d: _Doc, cands: list[Cand], lex: Lexicons) -> list[Cand]:
    """Weak names in a list that is mostly common nouns (``云计算、人工智能、X等``) are common nouns too.

    A list's items vote: a firmly recognised name counts +1, a weak candidate
    (gazetteer only, or a bare LAC ORG) 0, and an item with no candidate made of
    common words -1; a firm right after a deal's verb (举牌A、B和C) counts +1. When
    the sum is negative, the weak candidates go.
    """
    text = d.text
    by_start = {}
    by_end = {}
    for c in cands:
        by_start.setdefault(c.start, []).append(c)
        by_end.setdefault(c.end, []).append(c)

    def firm(c: Cand) -> bool:
        return (c.source in _STRONG_SOURCES and c.score >= 0.75) or c.type in ("Person", "Place")

    def strength(cs: list[Cand]) -> int:
        if any(firm(c) for c in cs):
            return 1
        if any(c.source == "lac" for c in cs) and any(c.source == "gazetteer" for c in cs):
            return 1
        return 0

    def item_left(p: int) -> tuple[tuple[int, int], int | None]:
        cs = by_end.get(p)
        if cs:
            start = min(c.start for c in cs)
            if any(c.type == "Company" for c in cs) and _DEAL_VERB_BEFORE.search(text, max(0, start - 5), start):
                return (start, p), 1  # 举牌|A、B和C: the objects of a deal
            return (start, p), strength(cs)
        i = d.ends.get(p)
        j = i
        while j is not None and j >= 0 and d.toks[j].tag in _ITEM_TAGS and p - d.toks[j].start <= 8:
            j -= 1
        if i is None or j == i:
            return (p, p), 0
        if lex.title_at_end(text[d.toks[j + 1].start : p]) is not None:
            return (d.toks[j + 1].start, p), None  # X董事、Y董事长: a title before 、 is a chain of posts (no vote, nothing to drop)
        item = text[d.toks[j + 1].start : p]
        suffix = lex.suffix(item, "company")
        if suffix and len(item) - len(suffix) >= 2 and all(is_cjk(ch) for ch in item) \
                and (item[: -len(suffix)] in lex.gazetteer or _word_tag(item[: -len(suffix)]) is None):
            return (d.toks[j + 1].start, p), None  # 甲(d)乙(v)资本(n)、Y: a firm's name LAC cut up (no vote)
        return (d.toks[j + 1].start, p), -1

    def item_right(p: int) -> tuple[tuple[int, int], int]:
        cs = by_start.get(p)
        if cs:
            return (p, max(c.end for c in cs)), strength(cs)
        i = d.starts.get(p)
        j = i
        while j is not None and j < len(d.toks) and d.toks[j].tag in _ITEM_TAGS and d.toks[j].end - p <= 8:
            j += 1
        if i is None or j == i:
            return (p, p), 0
        return (p, d.toks[j - 1].end), -1

    # lists are runs of items joined by 、 (and a final 和/与/及)
    seps = [m.start() for m in re.finditer("、", text)]
    parent: dict[int, int] = {}
    votes: dict[int, dict[tuple[int, int], int | None]] = {}
    for p in seps:
        left, lv = item_left(p)
        right, rv = item_right(p + 1)
        # join with the list whose last item ends where this one's left item is
        root = parent.get(left[0], p)
        parent[right[0]] = root
        bucket = votes.setdefault(root, {})
        bucket[left] = lv
        bucket[right] = rv
        q = right[1]
        if text[q : q + 1] in ("和", "与", "及") and q + 1 < len(text):
            last, v = item_right(q + 1)
            if last[1] > last[0]:
                bucket[last] = v
    drop: set[tuple[int, int]] = set()
    for bucket in votes.values():
        if sum(v or 0 for v in bucket.values()) < 0:
            drop.update(span for span, v in bucket.items() if v == 0)
    out = []
    for c in cands:
        weak = not firm(c)
        if weak and any(s <= c.start and c.end <= e for s, e in drop):
            continue
        out.append(c)
    return out


#: Words that say what a firm owns, not what it makes: X旗下云服务平台 is no product "X旗下云".
_OWNERSHIP_WORDS = frozenset({"旗下", "下属", "所属", "麾下", "名下"})


def _compounds(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``<company><product head>`` (X云, X大脑) and ``<company><Latin name>`` (X Nova)."""
    companies = sorted({c.text for c in cands if c.type == "Company" and len(c.text) >= 2}, key=len, reverse=True)
    out = []
    text = d.text
    glue = frozenset({"n", "nz", "vn", "ORG", "an"})
    for name in companies:
        for k in _occurrences(text, name):
            m = _Span(text, k, k + len(name))
            e = m.end()
            lm = LATIN_RE.match(text, e)
            if lm is not None and " " in lm.group() and re.match(r"[A-Za-z0-9]", text[lm.end() : lm.end() + 1]):
                lm = LATIN_RE.match(text, e, lm.start() + lm.group().rindex(" "))  # X20 12GB: a model, then its memory
            glued_company = lm is not None and (type_by_suffix(name, lex) == "Company" or d.starts.get(lm.start()) is not None
                                               and d.toks[d.starts[lm.start()]].tag == "ORG")
            if lm and len(lm.group()) >= 2 and lm.group() not in lex.titles and not glued_company \
                    and lm.group().lower() not in ("vs", "v.s"):  # (阿森纳vs韦冈: a match, not a product)
                # a unit or product named in Latin letters, glued to its owner's name
                out.append(Cand(lm.start(), lm.end(), lm.group(), "Product", "compound", 0.75))
                out.append(Cand(m.start(), lm.end(), text[m.start() : lm.end()], "Product", "compound", 0.78))
                continue
            i = d.starts.get(e)
            if i is None:
                # the company name may end inside a LAC word (华为云 as one word)
                tok = d.token_over(e)
                if tok is None or not tok.text.startswith(text[tok.start : e]) or _OWNER_INSIDE.search(text, e, tok.end):
                    continue  # (X全资子公司Y支付科技有限公司 as one word: two firms, no product of X's)
                full_end = tok.end
                i = d.starts.get(full_end)
            else:
                full_end = e
            # extend over glued nouns (商业 操作系统, 云 服务), stopping at titles
            while i is not None and i < len(d.toks):
                t = d.toks[i]
                if t.start != full_end or t.tag not in glue or t.text in lex.titles or full_end - m.start() > 12 \
                        or lex.suffix(t.text, "company") or t.text in _OWNERSHIP_WORDS:
                    break  # (天穹集团|全资子公司|天穹金融科技有限公司: firms, not a product's words; X|旗下云服务)
                full_end = t.end
                i += 1
            rest = text[e:full_end]
            # cut after the last product head: 网易云音乐|用户数
            # (only where a word ends: the 云 of 制造商|云途汽车 is no product head)
            cut = max((k for k in _last_head_end(rest, lex) if d.word_end(e + k)), default=0)
            if cut and text.startswith("部", e + cut):
                cut = 0  # X银行网络金融|部: a firm's department (see _departments_cut), not its product
            if cut:
                full_end = e + cut
                out.append(Cand(m.start(), full_end, text[m.start() : full_end], "Product", "compound", 0.8))
    return out


def _last_head_end(rest: str, lex: Lexicons) -> list[int]:
    """End offsets in ``rest`` where a product head finishes (each start position, longest head)."""
    ends = []
    for k in range(len(rest)):
        m = lex.product_head_re.match(rest, k)
        if m:
            ends.append(m.end())
    return ends


def _title_follows(text: str, pos: int, lex: Lexicons) -> bool:
    """A job title (then usually a person) follows ``pos``: ``X联合创始人陈磊``."""
    m = lex.title_re.match(text, pos)
    return m is not None and len(m.group()) >= 2


def _company_context_names(d: _Doc, lex: Lexicons) -> set[str]:
    """Known company names that the document uses, at least once, in a context only a company has."""
    if d._company_context is None:
        d._company_context = {
            t.text for t in d.toks
            if len(t.text) >= 2 and t.text in lex.gazetteer and _COMPANY_ONLY_AFTER.match(d.text, t.end)
        }
    return d._company_context


#: Right before a deal's object: a takeover's verb (收购, 全资收购了, 并购).
_ACQUIRED_BEFORE = re.compile(r"(?:收购|并购|全资收购|控股)(?:了)?$")
#: Right after a deal's object: the clause ends or the stake follows (X。, X的全部股权, X 51%股权).
_DEAL_OBJECT_END = re.compile(r"(?:[，,。；;、！!]|$|的(?:全部|部分)?(?:股权|股份|控制权|控股权)|\s?\d+(?:\.\d+)?[%％])")


def _gazetteer_in_context(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """Keep gazetteer names that stand where names stand.

    The list holds many ordinary words, so a hit counts only when it is
    coordinated with other recognised names (``A、B和C``), is the object of a
    relation verb, or, unless it is one ordinary word, is followed by an
    organisation noun or is the subject of a relation verb.
    """
    text = d.text
    named = {"Company", "Organization", "Product"}
    gaz = [c for c in cands if c.source == "gazetteer"]
    company_context = _company_context_names(d, lex)
    keep_gaz: set[Cand] = set()
    starts = {c.start: c for c in cands if c.source != "gazetteer" and c.type in named}
    ends = {c.end: c for c in cands if c.source != "gazetteer" and c.type in named}

    for c in gaz:
        words = d.tokens_in(c.start, c.end)
        one_word = len(words) == 1 and words[0].tag not in ("ORG", "nz", "nw")
        before = text[max(0, c.start - 4) : c.start]
        ok = not one_word and any(before.endswith(v) or before.endswith(v + "了") for v in lex.triggers) \
            and not _describes_a_named_kind(d, lex, c.end)  # (推出光量子计算原型机“X”: what X is, not a name)
        if one_word and words[0].tag in ("n", "PER") and c.text in company_context:
            ok = True  # 快手发布…财报: an ordinary word, but used as a company's name
        if len(words) >= 2 and words[0].tag == "ORG" and words[-1].tag == "PER" and words[0].start == c.start:
            ok = True  # 药X(ORG)|康Y(PER): LAC read a name's start; the list knows the whole
        if one_word and _ACQUIRED_BEFORE.search(text, max(0, c.start - 4), c.start) and _DEAL_OBJECT_END.match(text, c.end):
            ok = True  # 以27亿美元收购X(a)。: what is bought whole is a firm, whatever LAC tagged its one word
        if not ok and not one_word:
            after = text[c.end : c.end + 6]
            ok = bool(_NAME_FOLLOWERS.match(after)) or _title_follows(text, c.end, lex)
        if ok:
            keep_gaz.add(c)
    # coordination spreads acceptance along a list: A(name)、B、C和D
    changed = True
    while changed:
        changed = False
        for c in keep_gaz:
            starts.setdefault(c.start, c)
            ends.setdefault(c.end, c)
        for c in gaz:
            if c in keep_gaz:
                continue
            left = text[c.start - 1 : c.start] if c.start else ""
            right = text[c.end : c.end + 1]
            if (left in ("、", "和", "与", "及") and c.start - 1 in ends) or (
                right in ("、", "和", "与", "及") and c.end + 1 in starts
            ):
                keep_gaz.add(c)
                changed = True
    return [c for c in cands if c.source != "gazetteer" or c in keep_gaz]


def _describes_a_named_kind(d: _Doc, lex: Lexicons, end: int) -> bool:
    """Right after ``end``, a few words end in a kind of product and a quoted name follows
    (光量子|计算原型机“X”): the words before ``end`` describe that product, they name nothing."""
    k = d.starts.get(end)
    if k is None:
        return False
    for n in range(3):
        if k + n >= len(d.toks) or (n and d.toks[k + n].start != d.toks[k + n - 1].end):
            return False
        t = d.toks[k + n]
        if t.tag not in ("n", "vn", "v", "nz"):
            return False
        if (t.text in lex.product_nouns or lex.ends_in_product_noun(t.text) or t.text.endswith(DEVICE_KINDS)) \
                and d.text.startswith(("“", "「"), t.end):
            return True
    return False


_SUBJECT_VERBS = ("投资", "入股", "收购", "并购", "推出", "发布", "领投", "注资", "增持", "战略投资", "合作", "成立")
#: What follows only a company's name: its officers, its shares, its results (特斯拉CEO, 快手发布…财报);
#: not 旗下, which people have too (索罗斯旗下的基金).
_COMPANY_ONLY_AFTER = re.compile(
    r"(?:董事长|创始人|CEO|CFO|CTO|COO|总裁|首席执行官|股价|市值|发言人|官方微博|官微"
    r"|(?:今日|今天|昨日|昨天|近日|日前|晚间)?(?:发布|公布|披露)[^，,。；;]{0,12}(?:财报|业绩|季报|年报))"
)
#: A firm's staff or a post after a "former" (前|X|高管, 原|X|副总裁): X is the firm they worked for.
_FORMER_EMPLOYEE_AFTER = re.compile(r"(?:高管|员工(?!持股)|高级|资深|首席|联合创始人|创始人|副?总裁|副?总经理|CEO|CTO|COO|CFO|副?董事长|合伙人|"
                                    r"(?:[^，,。；;、\s]{1,6}?)(?:负责人|总监|总经理|副总裁))")
#: 前 or 原 (former) as a word of its own: at a clause's start or after a function word (与前X, 是原X), not the
#: end of a word (此前, 目前, 三年前, 提前).
_FORMER_MARK = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[的是为系及和与、由将任被等]))[前原]")
#: What follows a name where it acts as a name: an organisation noun or a relation verb.
_NAME_FOLLOWERS = re.compile(
    r"(公司|集团|平台|App|APP|客户端|旗下|董事长|创始人|CEO|总裁|被|宣布|相关人士|(?:也|还|则|同样)?于同年)"
    r"|(已|已经|正式|将|拟|也|又|再次|正在|正|计划|有意|准备){0,2}(洽谈|商谈|谈判|考虑|筹划)?(战略)?(" + "|".join(_SUBJECT_VERBS) + ")"
)
_PRODUCT_AFTER = re.compile(r"^(平台|App|APP|客户端|的第一个版本|的新版本|的用户|用户量|版本)")
#: Right after a name: a maker's or a supplier's verb (X提供的屏幕, X供应, X生产的芯片).
_MAKER_VERB_AFTER = re.compile(r"(?:所|独家|联合)?(?:提供|供应|供货|生产|制造|代工|出品|研制)")
_PRODUCT_BEFORE = re.compile(r"(推出|发布|上线|使用|下载|打开|登录|涌入|产品|工具|应用)(了)?[“「]?$")


#: Latin words, one space apart: Vornholt Elektronik GmbH.
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9&.+\-]*(?: [A-Za-z0-9][A-Za-z0-9&.+\-]*)*")


#: After a firm's short name, what a firm has and a place does not: its officers, its board, its shares (not
#: 表示 or 方面: 江阴方面表示 is the city's government).
_FIRM_ONLY_AFTER = re.compile(r"(?:董事长|总裁|总经理|CEO|董事会|股价|公告|旗下)")


def _short_company_names(text: str, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """A "person" or "place" whose name sits inside a registered company name is that company's short name,
    and so is an "organisation" that is a company's name without its ending (岫钛 of 岫钛科技).

    ``北京普莱德新能源电池科技有限公司 … 普莱德将成为…``: LAC reads 普莱德 as a person.
    """
    companies = {c.text for c in cands if c.type == "Company"}
    fulls = [f for f in companies if f.endswith(_LEGAL_ENDINGS)]
    # 蔚来 / 蔚来汽车: a company name minus its industry or legal ending
    stems = {f[: -len(suf)] for f in companies if (suf := lex.suffix(f)) and len(f) > len(suf)}
    short: set[str] = set()
    seen: set[str] = set()
    latin_firms = [f for f in companies if _LATIN_WORDS.fullmatch(f) and " " in f]
    noted = {c.text for c in cands if c.source == "alias"}  # short names an alias note gave
    for c in cands:
        if c.type in ("Person", "Place", "Organization") and latin_firms and _LATIN_WORDS.fullmatch(c.text) \
                and any(f.startswith(c.text + " ") for f in latin_firms) \
                and not any(p.type == "Person" and p.text.endswith(" " + c.text) for p in cands):
            short.add(c.text)  # Vornholt Elektronik GmbH … Vornholt(PER)首席执行官: the firm's first words (not Jonas Vornholt's name)
            continue
        if c.type not in ("Person", "Place", "Organization") or not 2 <= len(c.text) <= 4 or c.text in seen:
            continue
        seen.add(c.text)
        if c.text in stems and not (c.type == "Place" and _word_tag(c.text) in ("ns", "n") and c.text not in noted
                                    and not (_jieba_freq(c.text) < 3000  # (not 中国表示, 北京表示: a country's, a city's)
                                             and any(x.text == c.text and _FIRM_ONLY_AFTER.match(text, x.end) for x in cands))):
            # (岫钛(ORG) of 岫钛科技: a bare name LAC found is the firm's too; not 合肥 of 合肥产投, unless the
            # bare name has officers or shares as a firm does: 黄山重工…黄山董事长)
            short.add(c.text)
            continue
        if c.type == "Organization":
            continue
        for f in fulls:
            k = f.find(c.text)
            if k == 0 and c.type == "Place" and _word_tag(c.text) in ("ns", "n") and c.text not in noted:
                continue  # 常州 of 常州岑鲸电芯有限公司: the place the firm's name opens with (unless a note made it the short name;
                # jieba's dictionary tags some cities n: 合肥)
            if 0 <= k <= 3 and len(f) - k - len(c.text) >= 2 and not (k and f[k - 1] in _OPEN):
                short.add(c.text)  # (not the region in brackets: 香港 of X（香港）有限公司)
                break
    if not short:
        return cands
    return [Cand(c.start, c.end, c.text, "Company", c.source, c.score) if c.text in short else c for c in cands]


#: Endings of buildings and sites: a name that ends so is a Place, whoever runs it
#: (上海光大会展中心, 国家博物馆, 首都机场), though its ending (中心, 馆) would make it an organisation's.
_VENUE_END = re.compile(
    r"(?:会展|会议|展览|博览|体育|购物|贸)中心$|(?:体育|电竞|展览|博物|美术|图书|纪念|科技|艺术)馆$"
    r"|体育场$|剧院$|音乐厅$|大厦$|广场$|机场$|车站$|码头$|公园$|大桥$"
)


#: A government named by its country, province or city (印度政府, 内蒙古人民政府).
_GOVERNMENT_END = re.compile(r"(?:人民)?政府$")


def _places_inside(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """The place inside a government's name, as a mention of its own (``印度政府`` -> 印度).

    The prefix counts as a place when LAC tags it so elsewhere in the document,
    jieba's dictionary tags it a place name, or it is a country's short form (俄政府).
    """
    lac_places: set[str] | None = None  # built at the first government's name
    out = []
    for c in cands:
        m = _GOVERNMENT_END.search(c.text) if c.type == "Organization" else None
        if m is None or m.start() == 0:
            continue
        place = c.text[: m.start()]
        abbr = lex.place_abbreviations.get(place)
        if len(place) == 1 and not (abbr and abbr[1] == "country"):
            continue  # 市政府, 县政府: no name
        if lac_places is None:
            lac_places = {t.text for t in d.toks if t.tag == "LOC"}
        if place in lac_places or _word_tag(place) == "ns" or len(place) == 1:
            out.append(Cand(c.start, c.start + len(place), place, "Place", "inside", 0.7, abbr[0] if abbr else None))
    return out


#: A kind of firm closing a list of names (A、B和C等公司): every name of the list is one.
_KIND_AFTER_LIST = re.compile(r"等(?:\d+家|多家|几家|数家)?(?:国内|国外|海外|全球|行业)?(?:主要|知名|头部|龙头|大型|主流)?"
                              r"(?:博彩|游戏|科技|互联网|光伏|晶圆|设备|汽车|芯片|半导体|锂电|电池|医药|家电|通信)?"
                              r"(?:公司|企业|厂商|银行|券商|集团|晶圆厂|车企|药企|龙头|巨头)(?![家主])")
_LIST_SEPARATORS = frozenset("、和与及")


def _listed_kinds(d: _Doc, cands: list[Cand]) -> list[Cand]:
    """``bet365、威廉希尔和韦德国际等公司``: the names listed before 等公司 are Companies.

    A listed name nothing else found is taken when it is one Latin word or one
    LAC name word (bet365, 易胜博); one that was found keeps its span and becomes
    a Company, unless it is a place (李明、王刚等企业家 lists people: 企业家 is no kind of firm).
    """
    text = d.text
    by_end = {c.end: c for c in cands}
    retype: set[tuple[int, int]] = set()
    extra: list[Cand] = []
    for m in _KIND_AFTER_LIST.finditer(text):
        end = m.start()
        loose: list[Cand] = []  # items taken whatever LAC made of their words: only in a list that names a firm
        firm = False
        while end > 0:
            c = by_end.get(end)
            if c is not None:
                if c.type in ("Company", "Organization", "Product", "Person"):
                    retype.add((c.start, c.end))  # (a "person" among firms is a firm: 威廉希尔)
                firm = firm or c.type == "Company"
                start = c.start
            else:
                k = d.ends.get(end)
                t = d.toks[k] if k is not None else None
                sep = max(text.rfind(x, max(0, end - 9), end) for x in _LIST_SEPARATORS)
                if sep < 0 and end < m.start():  # the list's first item: after the verb or preposition that opens it
                    k0 = d.ends.get(end)
                    while k0 is not None and k0 > 0 and end - d.toks[k0].start <= 8 and not d.toks[k0 - 1].tag.startswith(("v", "p")):
                        k0 -= 1
                    if k0 is not None and k0 > 0 and d.toks[k0 - 1].tag.startswith(("v", "p")) and end - d.toks[k0].start <= 8:
                        sep = d.toks[k0].start - 1
                item = text[sep + 1 : end] if sep >= 0 else ""
                if t is not None and (LATIN_RE.fullmatch(t.text) or t.tag in ("ORG", "nz")) and len(t.text) >= 2:
                    extra.append(Cand(t.start, t.end, t.text, "Company", "list", 0.7))
                    firm = True
                    start = t.start
                elif 2 <= len(item) <= 8 and sep + 1 in d.starts and all(is_cjk(ch) or ch.isalnum() for ch in item) \
                        and not any(ch in _NAME_STOP for ch in item) and not _GENERIC_PREFIX.match(item) \
                        and not place_word(item) and not any(x.tag in ("m", "TIME") or (x.tag == "PER" and x.end == end)
                                                             for x in d.toks_within(sep + 1, end)):
                    # X国际、长江|存储等国内主要晶圆厂: an item after a separator, whatever LAC made of its words
                    # (not 研发、生产、销售等企业环节 or 新能源、半导体等行业龙头: a list that names no firm)
                    loose.append(Cand(sep + 1, end, item, "Company", "list", 0.78))
                    start = sep + 1
                else:
                    break
            if start == 0 or text[start - 1] not in _LIST_SEPARATORS:
                break
            end = start - 1
        if firm:
            extra += [x for x in loose if _word_tag(x.text) is None]
    if not retype and not extra:
        return cands
    out = [Cand(c.start, c.end, c.text, "Company", c.source, c.score, c.name) if (c.start, c.end) in retype else c
           for c in cands if not any(x.start <= c.start and c.end <= x.end and (x.start, x.end) != (c.start, c.end) for x in extra)]
    return sorted(out + extra, key=lambda c: (c.start, -c.end))


def _venues(cands: list[Cand]) -> list[Cand]:
    """Company or organisation names that end like a building or a site are Places."""
    out = []
    for c in cands:
        m = _VENUE_END.search(c.text) if c.type in ("Company", "Organization") else None
        if m is not None and m.start() >= 1:
            c = Cand(c.start, c.end, c.text, "Place", c.source, c.score, c.name)
        out.append(c)
    return out


def _context_types(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """Retype names from their contexts: a name used like a product is a Product.

    Only names with no firm type of their own (gazetteer or bare LAC ORG) move.
    """
    text = d.text
    # a brand named after a trade's brand noun (茶饮品牌X) that is bought, set up, made a subsidiary or a partner
    # is run as a firm (and is no product for the votes below)
    firm_votes = {c.text for c in cands if c.type == "Product" and c.source == "apposition"}
    if firm_votes:
        firm_votes = {c.text for c in cands if c.text in firm_votes and (
            _FIRM_ACT_AFTER_BRAND.match(text, c.end) or _DEAL_BEFORE_BRAND.search(text, max(0, c.start - 14), c.start))}
    votes: dict[str, int] = {}
    weak: dict[str, bool] = {}
    products = [o for o in cands if o.type == "Product" and o.text not in firm_votes]
    product_spans = {(o.start, o.end) for o in products}
    product_starts = {o.start for o in products}
    product_ends = {o.end for o in products}
    for c in cands:
        w = c.source in ("gazetteer", "repeat") or (c.source == "lac" and type_by_suffix(c.text, lex) is None)
        weak[c.text] = weak.get(c.text, True) and w
        if _PRODUCT_AFTER.match(text[c.end : c.end + 6]) or (_PRODUCT_BEFORE.search(text[max(0, c.start - 5) : c.start])
                                                              and not _MAKER_VERB_AFTER.match(text, c.end)):
            votes[c.text] = votes.get(c.text, 0) + 1  # (使用X提供的屏幕: X makes what is used; it is no product)
        for span in _list_items(d, c):
            if span in product_spans:
                votes[c.text] = votes.get(c.text, 0) + 1
        if text[c.end : c.end + 1] in ("和", "与", "及") and c.end + 1 in product_starts:
            votes[c.text] = votes.get(c.text, 0) + 1
        if c.start > 0 and text[c.start - 1] in "和与及" and c.start - 1 in product_ends:
            votes[c.text] = votes.get(c.text, 0) + 1
    # a LAC place, person or bare organisation said to be a kind of firm (川岳坊是一家有二十多年历史的老厂) is a firm
    described = {c.text for c in cands if c.type in ("Place", "Person", "Organization") and c.source in ("lac", "repeat")
                 and type_by_suffix(c.text, lex) is None and (m := _IS_A_FIRM.match(text, c.end))
                 and not (c.type == "Place" and ("一家" not in m.group() or _word_tag(c.text) == "ns"))}
    # (not 沙特是中国最大的原油供应商: a country said to supply is no firm; a place only as 一家…, and no known place)
    # a bare organisation right after the kind of firm it is (锂盐企业|X, 上市公司|X) or with a stock code (X（300519）)
    described |= {c.text for c in cands if c.type == "Organization" and c.source in ("lac", "repeat")
                  and type_by_suffix(c.text, lex) is None
                  and (_FIRM_KIND_RIGHT_BEFORE.search(text, max(0, c.start - 4), c.start) or _STOCK_CODE_AFTER.match(text, c.end))
                  and not c.text.endswith(("所", "局", "会", "委", "部", "院", "署", "厅"))}  # (深交所（000001）: an exchange)
    # (and the name its brackets give it: 音频品牌声川（Sonolan）)
    bracketed = {c.end + 1 for c in cands if c.text in firm_votes and text[c.end : c.end + 1] in _OPEN}
    # a LAC person or place right after 品牌 (户外品牌岫川, 高尔夫品牌Brightmoor, 云计算品牌“X”) is a brand's name
    # (not after 旗下品牌, 该品牌, 个人品牌: what follows is often a city or a person; not a known place, a person's
    # full name or a name with a place's words after it: 品牌上海首店, 品牌中国区总裁)
    branded = {c.text for c in cands if c.type in ("Person", "Place") and c.source in ("lac", "repeat")
               and BRAND_RIGHT_BEFORE.search(text, max(0, c.start - 4), c.start)
               and not _NOT_A_BRANDS_KIND.search(text, max(0, c.start - 6), c.start)
               and _word_tag(c.text) != "ns" and not _PLACES_WORD_AFTER.match(text, c.end)
               and not (c.type == "Person" and len(c.text) >= 3 and c.text[0] in lex.surnames)} - described
    firm_brands = {c.text for c in cands if c.text in branded and (
        _FIRM_ACT_AFTER_BRAND.match(text, c.end) or _DEAL_BEFORE_BRAND.search(text, max(0, c.start - 14), c.start))}
    out = []
    for c in cands:
        if c.type == "Company" and weak.get(c.text) and votes.get(c.text, 0) >= 1:
            c = Cand(c.start, c.end, c.text, "Product", c.source, c.score)
        elif c.type == "Product" and (c.text in firm_votes or (c.source == "alias" and c.start in bracketed)):
            c = Cand(c.start, c.end, c.text, "Company", c.source, c.score)
        elif c.type in ("Place", "Person", "Organization") and c.text in described and c.source in ("lac", "repeat"):
            c = Cand(c.start, c.end, c.text, "Company", c.source, c.score)
        elif c.type in ("Place", "Person") and c.text in branded and c.source in ("lac", "repeat"):
            # a brand's name; a firm's when it is bought, set up or a partner (as for 茶饮品牌X above)
            c = Cand(c.start, c.end, c.text, "Company" if c.text in firm_brands else "Product", c.source, c.score)
        elif c.type == "Place" and c.source == "lac" and 2 <= len(c.text) <= 3 and c.text[0] in lex.surnames \
                and _word_tag(c.text) is None and _EXECUTIVE_RIGHT_BEFORE.search(text, max(0, c.start - 8), c.start):
            c = Cand(c.start, c.end, c.text, "Person", c.source, c.score)  # COO甲: a person LAC read as a place
        out.append(c)
    return out


#: After a name: it is said to be a kind of firm, to its clause's end (是一家有二十多年历史的老厂, 是国内领先的储能企业).
_IS_A_FIRM = re.compile(r"(?:目前|现在|如今|则)?(?:是|系)(?:一家|国内|全球|中国|我国|当地)[^，,。；;]{0,24}?"
                        r"(?:公司|企业|工厂|老厂|集团|初创公司|独角兽|制造商|供应商|服务商|运营商|开发商|厂商)(?=[，,。；;]|$)")
#: Right before a name: an executive's title (COO|X, 联合创始人|X, 首席科学家|X), so a person's.
_EXECUTIVE_RIGHT_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:CEO|CTO|COO|CFO|CMO|CIO|CSO|CPO|CXO)|创始人|联合创始人|董事长|总裁|总经理|首席[\u4e00-\u9fff]{1,4}官|首席科学家)$")
#: Right before a name: the kind of firm it is (锂盐企业|X, 上市公司|X, 存储芯片制造商|X).
_FIRM_KIND_RIGHT_BEFORE = re.compile(r"(?:企业|公司|厂商|制造商|供应商|服务商|运营商|开发商|经销商|集成商)$")
#: Right before a name: the word brand (户外品牌|X, 光学品牌 X, 云计算品牌“X”); the relation patterns share it.
BRAND_RIGHT_BEFORE = re.compile(r"品牌[ “「]?$")
#: Before 品牌: a determiner or an owner, not the trade of a brand (旗下品牌, 该品牌, 这一品牌, 个人品牌, 自有品牌).
_NOT_A_BRANDS_KIND = re.compile(r"(?:旗下|该|这|此|其|一|个人|自有|本|各|多个|两个|几个|哪个)品牌[ “「]?$")
#: After a place's name: what a place has (首店, 区域, 总部, 区, 市场, 门店, 分公司, 工厂).
_PLACES_WORD_AFTER = re.compile(r"(?:首店|区域|总部|大区|区|市场|门店|分公司|分部|工厂|基地|站|地区|办事处)")
#: Right after a name: its stock code (X（300519）, X（688001.SH）, X（股票代码：002964）).
_STOCK_CODE_AFTER = re.compile(STOCK_CODE_NOTE)
#: A firm's acts or officers after a brand's name: 创立于2018年, 成为X全资子公司, 完成A轮融资, 与X签署…, 联合创始人.
_FIRM_ACT_AFTER_BRAND = re.compile(r"(?:[（(][^（()）]{1,30}[）)])?(?:"  # (声川（Sonolan）正式成为…)
                                   r"(?:创立|成立|创办)于|(?:正式)?成为[^，,。；;]{0,10}子公司|(?:已|宣布)?完成[^，,。；;]{0,12}融资"
                                   r"|(?:已|还|也|将)?(?:与|和|同)[^，,。；;]{2,16}?(?:签署|签订|达成|合作|签约)"
                                   r"|(?:联合)?(?:创始人|创办人)|董事长|首席执行官|CEO|总裁|总经理)")
#: A deal or a partner's 与 right before a brand's name, with its trade's words between: 全资收购新中式茶饮品牌|X,
#: 与眼镜零售连锁品牌|X达成合作.
_DEAL_BEFORE_BRAND = re.compile(r"(?:收购|并购|入股|控股|投资了?|与|同)[^，,。；;的和、]{0,12}品牌$")




#: Sources of a candidate whose type is a statistical guess or a copy of one.
_WEAK_SOURCES = frozenset({"lac", "repeat", "gazetteer"})


def _alias_types(cands: list[Cand], aliases: list[AliasLink]) -> list[Cand]:
    """A short form a firm's alias note introduced (``Aurelis Medical B.V.（以下简称“Aurelis”）``)
    names that firm wherever LAC took it for a person or a place later on."""
    by_span = {(c.start, c.end): c for c in cands}
    firm_forms: dict[str, str] = {}
    for link in aliases:
        host, alias = by_span.get(link.a), by_span.get(link.b)
        if host is not None and alias is not None and host.type == "Company" \
                and (host.source not in _WEAK_SOURCES or host.text.endswith(_LEGAL_ENDINGS)):  # (X股份有限公司(ORG))
            firm_forms[alias.text] = "Company"
    if not firm_forms:
        return cands
    return [Cand(c.start, c.end, c.text, firm_forms[c.text], c.source, c.score, c.name)
            if c.text in firm_forms and c.type in ("Person", "Place") and c.source in _WEAK_SOURCES else c
            for c in cands]


#: ``X行`` words that are not a bank's short name: generic or pronoun-led, or a central bank.
_NOT_BANK_SHORT = re.compile(r"^(?:[该本这那此其某每各一两多几数同总分支商银央人外车单发进执运旅步言品罪暴])行$")
#: A bank that is a public body, not a company: central banks and development institutions.
_PUBLIC_BANK = re.compile(r"(?:央行|人民银行|中央银行|储备银行|联邦储备|世界银行|开发银行|投资银行集团)$")


_SHORT_ORG_END = re.compile("[行军]")


def _short_org_words(d: _Doc, lex: Lexicons) -> list[Cand]:
    """Short words that name a bank or an armed force.

    * ``招行``/``工行``/``广发行``: a bank's short name, tagged as a name by LAC,
      is a Company; generic words (该行, 分行) and central banks (央行) are not;
    * a country's armed forces (``美军``, ``俄海军``) and the services
      (``海军``, ``空军``) are Organizations.
    """
    out = []
    for m in _SHORT_ORG_END.finditer(d.text):
        i = d.ends.get(m.end())
        if i is None:
            continue
        t = d.toks[i]
        w = t.text
        last = w[-1]
        if last == "行":
            nxt = d.toks[i + 1] if i + 1 < len(d.toks) and d.toks[i + 1].start == t.end else None
            if nxt is not None and lex.suffix(nxt.text, "company") == nxt.text:
                continue  # 峻行(nz)|机器人: the first word of a firm's name, not a bank's short name
            if t.tag in ("ORG", "nz") and 2 <= len(w) <= 3 and all(is_cjk(c) for c in w):
                if len(w) == 2 and _NOT_BANK_SHORT.match(w) or w.endswith("银行"):
                    continue
                out.append(Cand(t.start, t.end, w, "Company", "suffix", 0.82))
        elif last == "军" and 2 <= len(w) <= 4:
            body = w[:-1]
            if body in ("海", "空", "陆") or (body[0] in _COUNTRY_CHARS and body[1:] in ("", "海", "空", "陆")):
                out.append(Cand(t.start, t.end, w, "Organization", "suffix", 0.78))
    return out


#: A league's short name: a country's one-character abbreviation and the division
#: (``X甲``, ``X乙``, ``X超``, ``X冠``), or a continent's and the champions' cup (``欧冠``).
_LEAGUE_SHORT = re.compile(r"[中英法德意西葡荷比苏俄土希瑞丹挪波乌日韩澳美巴阿墨][甲乙超冠]|[欧亚非][冠联]")
#: A cup competition: a place name or a competition word before ``杯``.
_CUP_WORDS = ("优胜者", "联合会", "世界", "联盟", "联赛", "足总", "国王", "洲际", "欧洲", "亚洲", "美洲", "非洲", "欧冠", "亚冠", "欧联")
_NOT_CUP_NEXT = frozenset("子中里内水酒茶")
#: Match words: a competition name needs one in the document.
_SPORT_CUE = re.compile(r"赛|球|冠军|夺冠|出线|主场|客场|积分|轮|vs|VS|进球|球队|俱乐部|赛季|本季|主帅|教练|赔率|盘口")


def _competitions(d: _Doc) -> list[Cand]:
    """Names of sports competitions, in a document that speaks of matches.

    * a league's short name (``X甲``/``X超``: a country's abbreviation and the
      division; ``欧冠``: a continent's and the champions' cup), standing as a
      word of its own (not inside a longer word of either segmentation);
    * a cup (``<place>杯``, ``联盟杯``), where a place name or a competition
      word comes right before ``杯``.

    A competition is an Organization (its organiser's league or cup).
    """
    text = d.text
    if "杯" not in text and not _LEAGUE_SHORT.search(text):
        return []
    if not _SPORT_CUE.search(text):
        return []
    out = []

    def free(s: int, e: int) -> bool:
        if d.token_over(s) is not None or d.word_over(s) is not None:
            return False
        for over in (d.token_over(e), d.word_over(e)):
            if over is None:
                continue
            oe = over.end if isinstance(over, Tok) else over[1]
            if text[e:oe] not in ("赛", "联赛", "联赛杯", "杯"):  # 亚冠|赛 (jieba) is fine
                return False
        return True

    for m in _LEAGUE_SHORT.finditer(text):
        s, e = m.start(), m.end()
        if free(s, e):
            out.append(Cand(s, e, m.group(), "Organization", "competition", 0.8))
    p = text.find("杯")
    while p > 0:
        if p + 1 >= len(text) or text[p + 1] not in _NOT_CUP_NEXT:
            s = next((p - len(w) for w in _CUP_WORDS if text.startswith(w, p - len(w))), -1)
            if s < 0 or d.token_over(s) is not None:
                # a place name right before 杯 (意大利杯): LAC's LOC word
                i = d.ends.get(p)
                s = d.toks[i].start if i is not None and d.toks[i].tag == "LOC" else -1
            if s >= 0 and free(s, p + 1):
                out.append(Cand(s, p + 1, text[s : p + 1], "Organization", "competition", 0.82))
        p = text.find("杯", p + 1)
    return out


#: Words right after a Latin name that make it a company's: a company noun or a company's act.
_LATIN_CO_RIGHT = re.compile(
    r"^(?:公司|集团|旗下|方面[，,]\s*(?:其|该公司)(?:首席|董事|总裁|总经理|CEO|发言人|负责人|高管)|等公司|等厂商|等企业|开发商|发行商|(?:正式|又|也|已|曾|近日|日前|目前正在|正在)?(?:宣布|公布|发行|开发|收购|推出|发布))"
)
#: ``由X开发``: the maker of a work.
_LATIN_CO_LEFT = re.compile(r"由$")
_LATIN_CO_AFTER_LEFT = re.compile(r"^(?:来)?(?:开发|发行|推出|制作|举办|运营|代理)")
_LATIN_CO_TAGS = frozenset({"nz", "n", "x", "xc", "nw", "ORG", "PER", "vn"})
_COORD = "、和与及"


#: Notes in brackets that are no region: （含跟投）, （领投）, （集团）, （控股）, （筹）.
_NOT_A_REGION = re.compile(r"含|投|集团|控股|筹|简称|下称|原|即|注")
#: A legal name's ending after its region: （中国）有限公司, （北京）文化传播有限公司.
_LEGAL_AFTER_REGION = re.compile(r"[\u4e00-\u9fff]{0,10}?(股份有限公司|有限责任公司|有限公司|公司)")


def _regional_firms(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """A firm's name with its region in brackets is one name: ``星海银行（中国）有限公司``,
    ``云途置地（北京）股份有限公司``, and ``星海银行（中国）`` (its arm there) after a company's name.

    The region is a place: a place name found there, a word LAC or jieba's
    dictionary tags as one, or a common region (中国, 亚太). The bracketed
    place is then no alias.
    """

    text = d.text
    places = {(c.start, c.end) for c in cands if c.type == "Place"}
    out = []
    for c in cands:
        if c.type not in ("Company", "Organization") or c.end >= len(text):
            continue
        c_end = c.end
        if text[c_end : c_end + 2] == "投资" and text[c_end + 2 : c_end + 3] in _OPEN:
            c_end += 2  # 珩岭(ORG)|投资(v)|（香港）有限公司: the firm's word LAC read as a verb
        if c_end >= len(text) or text[c_end] not in _OPEN:
            continue
        close = next((k for k in range(c_end + 2, min(len(text), c_end + 8)) if text[k] in _CLOSE), -1)
        if close < 0:
            continue
        inner = text[c_end + 1 : close]
        tok = d.toks[d.starts[c_end + 1]] if c_end + 1 in d.starts else None
        legal = _LEGAL_AFTER_REGION.match(text, close + 1)
        if not all(is_cjk(ch) for ch in inner) or not (
            inner in _REGIONS or (c_end + 1, close) in places or _word_tag(inner) == "ns"
            or (tok is not None and tok.tag == "LOC" and tok.text.startswith(inner))
            # 卓岚（宛溪）传感科技有限公司: a legal form after it makes a place the dictionary lacks the region
            or (legal is not None and legal.group(1) != "公司" and 2 <= len(inner) <= 3 and _word_tag(inner) is None
                and not is_common_word(inner) and not _NOT_A_REGION.search(inner))
        ):
            continue
        gap = text[close + 1 : legal.end() - len(legal.group(1))] if legal else ""
        if gap and any(_word_tag(w) not in (None, "n", "nz", "vn", "nt", "b") and w != "控股" for w in dictionary_words(gap)):
            legal = None  # 星海科技（深圳）收购了蓝鲸网络公司: a verb between, so another firm's name
        elif c_end != c.end and (not legal or legal.group(1) == "公司"):
            continue  # (珩岭投资（香港）: only with its legal form; X资本投资（含跟投）公司: no name)
        if legal:
            end = legal.end()
        elif c.type == "Company" or type_by_suffix(c.text, lex) == "Company":
            end = close + 1
        else:
            continue
        start = _after_short_kind(text, c.start, c.end)
        if any(m.end() == c.start + 1 for m in _TRADER_KIND.finditer(text, max(0, c.start - 4), c.start + 1)):
            start = c.start + 1  # 研发|商昕澜(ORG)（山东）科技有限公司: the trader's 商 LAC glued on is no part of the name
        out.append(Cand(start, end, text[start:end], "Company", "suffix", max(c.score, 0.85)))
    out += _unnamed_before_region(d, cands, places)
    return out


#: A bank's short name before one of its cards or services: 招行信用卡, 建行网银 (LAC glues them).
_BANK_BEFORE_CARD = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]行)(?=信用卡|储蓄卡|借记卡|白金卡|网银|手机银行|理财|贷款|客服)")
#: Words of two characters ending in 行 that are no bank (该行, 银行, 进行).
_NOT_BANK = frozenset({"现行", "外行", "内行", "该行", "本行", "此行", "银行", "总行", "分行", "支行", "同行", "一行", "进行", "执行", "运行", "发行",
                       "旅行", "流行", "举行", "实行", "履行", "推行", "施行", "通行", "步行", "飞行", "试行", "央行", "各行", "商行"})


def _banks_before_cards(d: _Doc, cands: list[Cand]) -> list[Cand]:
    """``招行信用卡``: a bank's short name (X行) right before its card, at the start of a phrase."""
    out = []
    for m in _BANK_BEFORE_CARD.finditer(d.text):
        if m.group(1) not in _NOT_BANK and _word_tag(m.group(1)) not in ("a", "b", "d", "t", "l") \
                and not is_common_word(m.group(1)) \
                and not any(c.start < m.end(1) and m.start(1) < c.end and c.type != "Product" for c in cands):
            out.append(Cand(m.start(1), m.end(1), m.group(1), "Company", "context", 0.75))
    return out


#: A branch's ending after its place: 星海银行无锡分行, 星海科技上海分公司.
_BRANCH_AFTER_PLACE = re.compile(r"(?:分行|支行|分公司|营业部)")


#: A city before a branch's word: 无锡|分行.
_BRANCH_CITY = re.compile(r"[\u4e00-\u9fff]{2,4}?(?=(?:分行|支行|分公司|营业部)$)")


def _branches(d: _Doc, cands: list[Cand]) -> list[Cand]:
    """``星海银行无锡分行``: a company's name, a place and 分行 (支行, 分公司) are one name, the branch's."""
    text = d.text
    out = []
    places = {c.start: c for c in cands if c.type == "Place"}
    for c in cands:
        if c.type not in ("Company", "Organization"):
            continue
        p = places.get(c.end)
        if p is not None:
            end = p.end
        else:  # (a place LAC joined to the branch's word: 无锡分行/ORG)
            t = d.toks[d.starts[c.end]] if c.end in d.starts else None
            m = _BRANCH_CITY.match(t.text) if t is not None else None
            if m is None or _word_tag(m.group()) != "ns":
                continue
            end = c.end + m.end()
        b = _BRANCH_AFTER_PLACE.match(text, end)
        if b is not None:
            out.append(Cand(c.start, b.end(), text[c.start : b.end()], "Company", "suffix", 0.85))
    return out


#: Words of a name before its region: nouns and names (星海/nz 机器人/n（深圳）有限公司).
_NAME_WORD_TAGS = frozenset({"n", "nz", "nr", "ORG", "PER", "LOC", "ns", "j", "an", "vn", "nw"})
#: A legal form right after a region in brackets: （深圳）有限公司, （北京）科技股份有限公司.
_REGION_THEN_LEGAL = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)](?:[\u4e00-\u9fff]{0,6}?)(?:股份有限公司|有限责任公司|有限公司)")


#: A kind of firm that a name follows: 合资公司, 子公司, 企业, 厂商.
_KIND_RIGHT_BEFORE = re.compile(r"(?:公司|企业|厂商|集团)(?=[\u4e00-\u9fff])")


def _unnamed_before_region(d: _Doc, cands: list[Cand], places: set[tuple[int, int]]) -> list[Cand]:
    """``人形机器人初创公司星海机器人（深圳）有限公司``: no name was found before the bracket, but
    a legal form follows a region there, so the nouns before it (back to a kind of firm, a
    verb or a stop) are the firm's name."""
    text = d.text
    out = []
    ends = {c.end for c in cands if c.type in ("Company", "Organization")}
    for m in _REGION_THEN_LEGAL.finditer(text):
        k = m.start()
        inner = m.group(1)
        if k in ends or k not in d.ends or not (
                inner in _REGIONS or (k + 1, k + 1 + len(inner)) in places or _word_tag(inner) == "ns"):
            continue
        i = d.ends[k]
        start = k
        while i >= 0 and k - d.toks[i].start <= 10:
            t = d.toks[i]
            if t.tag == "a" and (t.end == k or k - t.start == 2) and 2 <= k - t.start <= 4 and is_cjk(t.text) and i > 0 \
                    and d.toks[i - 1].tag in ("u", "p", "v", "w", "c"):
                start = t.start  # 注册于香港的|满杯(a)|（香港）有限公司: an adjective may open a firm's name, right after 的
                break
            if t.tag not in _NAME_WORD_TAGS or not all(is_cjk(ch) for ch in t.text) or t.text.endswith(_KIND_END) \
                    or t.text.endswith(_SHORT_KINDS):
                break  # (创新药企|星海生物医药: a kind of firm before the name)
            start = t.start
            i -= 1
        glued = next((c for c in cands if c.type == "Company" and c.end == start and k - c.start <= 12 and c.source != "gazetteer"), None)
        if glued is not None and start < k:
            start = glued.start  # 岫川精密|传动(vn)|（苏州）有限公司: a firm's name found before the words is the name's start
        kind = _KIND_RIGHT_BEFORE.search(text, max(0, k - 14), start)
        if kind is not None and start - kind.end() <= 6 and all(is_cjk(ch) for ch in text[kind.end() : k]) \
                and not any(ch in FUNCTION_CHARS for ch in text[kind.end() : start]):
            start = kind.end()  # 合资公司|启曜(v)|大成|显示(v)|科技（苏州）有限公司: words LAC read as verbs, after the kind
        start = _after_short_kind(text, start, k)
        start = max((t.end() for t in _TRADER_KIND.finditer(text, start, k) if k - t.end() >= 2), default=start)
        # (芯片研发|商曜澈(ORG)|量子（山东）…: the kind of trader LAC cut up is no part of the name)
        start = max((r.end() for r in _OWNERS_SUBSIDIARY.finditer(text, start, k) if k - r.end() >= 2), default=start)
        # (控股|子公司X科技(n)|（惠州）有限公司: the subsidiary's kind LAC glued to the name is no part of it)
        if k - start >= 2:
            out.append(Cand(start, m.end(), text[start : m.end()], "Company", "suffix", 0.85))
    return out


def _after_short_kind(text: str, start: int, end: int, rest: int = 2) -> int:
    """Where a name starts that runs on from a short kind of firm (车企|东岳汽车, 创新药企|星海生物医药):
    after the kind, if it is one (not the 车企 of 汽车企业管理), ordinary words at most come before it
    and ``rest`` characters after."""
    for m in reversed(list(_SHORT_KIND_RE.finditer(text, start, min(end, start + 6)))):  # (新势力车企|X: the last kind)
        lead = text[start : m.start()]
        place = next((n for n in (3, 2) if len(lead) > n and _word_tag(lead[:n]) == "ns"), 0)  # (上海|创新药企|X)
        if end - m.end() >= rest and (m.start() == start or _ordinary_phrase(lead) or (place and _ordinary_phrase(lead[place:]))) \
                and not (m.group().endswith("企") and text.startswith("业", m.end())):  # (汽|车企|业: 企业)
            k = m.end() + 2 if text.startswith(("品牌", "企业", "公司"), m.end()) and end - m.end() - 2 >= rest else m.end()
            return k  # (新势力品牌|霁川汽车: the kind may end in a noun of firms)
    return start


#: Roles that end the walk back to a partnership's name: its holder's or a party's (一致行动人, 受让方).
_PARTNERSHIP_STOPS = ("股东", "平台", "行动人", "合伙人", "发起人", "出资人", "受让人", "转让人", "受让方", "转让方", "出资方",
                      "投资方")
#: A limited partnership's legal form: 合伙企业（有限合伙）, 创业投资中心（有限合伙）, 产业基金（有限合伙）.
_PARTNERSHIP = re.compile(r"(?<=[\u4e00-\u9fff])(?:合伙企业)?[（(]有限合伙[）)]")


def _partnerships(d: _Doc) -> list[Cand]:
    """``苏州星海企业管理合伙企业（有限合伙）``: the words before the legal form, back to a
    function word, a verb, a role or a stop, name a limited partnership (a holding platform)."""
    out = []
    if "有限合伙" not in d.text:
        return out
    for m in _PARTNERSHIP.finditer(d.text):
        k = m.start()
        i = d.ends.get(k)
        start = k
        while i is not None and i >= 0 and k - d.toks[i].start <= 20:
            t = d.toks[i]
            # (宁波|甬创(v)|机器人…: a coined word LAC read as a verb, after the place the name opens with)
            coined = t.tag == "v" and rare_word(t.text) and i > 0 and d.toks[i - 1].tag == "LOC" and d.toks[i - 1].end == t.start
            if (t.tag not in _NAME_WORD_TAGS and not coined) or not all(is_cjk(ch) for ch in t.text) or t.text in _ROLE_WORDS \
                    or t.text.endswith(_PARTNERSHIP_STOPS):
                break  # (一致行动人, 有限合伙人, 发起人, 受让方: a role before the name; not 东方 of a name)
            start = t.start
            i -= 1
        if k - start >= 2 and (m.group().startswith("合伙企业") or (k - start >= 4 and not _ordinary_phrase(d.text[start:k]))):
            # (创业投资中心（有限合伙）, 产业基金（有限合伙）: a fund's name; not 股权投资基金（有限合伙）, a kind)
            out.append(Cand(start, m.end(), d.text[start : m.end()], "Company", "suffix", 0.88))
    return out


#: A Latin name with a particle before the family name: Pieter van Dam, Jan de Vries, Ursula von der Leyen.
_LATIN_PARTICLE_NAME = re.compile(
    r"(?<![A-Za-z\-])([A-Z][a-z]+) ((?:van|von|de|der|den|da|di|du|del|della|dos|ter|ten|le|la)(?: (?:der|den|de|la))?"
    r" [A-Z][a-z]+)(?![A-Za-z\-])"
)


#: Latin words that start the name of a place, a body or an event before de/du/del (Rio de Janeiro, Banco de Chile).
_LATIN_PLACE_WORDS = frozenset({
    "Rio", "Tour", "Cirque", "Universidad", "Universidade", "Université", "Banco", "Banca", "Costa", "Casa", "Puerto",
    "Porto", "Port", "Mont", "Monte", "Val", "Villa", "Club", "Museo", "Museu", "Musée", "Hotel", "Grand", "Petit", "Bois",
    "Santa", "San", "Santo", "Isla", "Cabo", "Plaza", "Palacio", "Instituto", "Institut", "Escuela", "Ciudad", "Lago",
    "Sierra", "Bahia", "Golfo", "Gran", "Nueva", "Nuevo", "Fundación", "Fundacion", "Corporación", "Compañía", "Grupo",
    "Banque", "Caisse", "Crédit", "Credit", "Société", "Societe", "Mar", "Isle", "Lake", "Cape", "Bay", "Fort", "Saint",
    "Champs", "Notre", "Palais", "Place", "Pont", "Musee", "Universite", "Ecole", "École",
})


#: A person's Latin name in brackets right after the Chinese one: 陈岫杰（Tan Mei Ling）, 马可·岚迪（Marco De Landi）.
_BRACKETED_LATIN_NAME = re.compile(r"[（(]((?:[A-Z][a-z'’\-]+|[A-Z]\.)(?: (?:[A-Z][a-z'’\-]+|[A-Z]\.|de|De|van|von|der|da|di|la|le|bin)){1,4})[）)]")


def _bracketed_latin_names(d: _Doc, cands: list[Cand]) -> list[Cand]:
    """``陈岫杰（Tan Mei Ling）``: the Latin name in brackets after a person is one name, that person's
    (LAC may cut it into several persons); the alias note links the two."""
    people = {c.end for c in cands if c.type == "Person" and is_cjk(c.text[-1])}
    out = []
    for m in _BRACKETED_LATIN_NAME.finditer(d.text):
        tags = {t.tag for t in d.tokens_in(m.start(1), m.end(1))}
        # (LAC read a piece as a person's and none as a firm's or a place's: not 李娜（Goldman Sachs）, 王芳（New York）)
        if m.start() in people and "PER" in tags and not tags & {"ORG", "LOC"}:
            out.append(Cand(m.start(1), m.end(1), m.group(1), "Person", "latin", 0.92))
    return out


def _latin_particle_names(d: _Doc) -> list[Cand]:
    """``Pieter van Dam``: a person, and ``van Dam`` alone later in the text the same person."""
    out = []
    for m in _LATIN_PARTICLE_NAME.finditer(d.text):
        if m.group(1) in _DESIGNATORS or m.group(1) in _LATIN_FUNCTION_WORDS or m.group(1) in _LATIN_PLACE_WORDS:
            continue  # (Banco de Chile, Rio de Janeiro, Tour de France: a bank, a place, an event)
        out.append(Cand(m.start(), m.end(), m.group(), "Person", "latin", 0.88))
    fulls = {c.text.split(" ", 1)[1]: c.text for c in out}  # van Dam -> Pieter van Dam
    for family, full in fulls.items():
        for k in _occurrences(d.text, family):
            if (k > 0 and d.text[k - 1] == " ") or any(c.start <= k < c.end for c in out):
                continue  # (part of the full name)
            e = k + len(family)
            if e < len(d.text) and d.text[e].isalpha() and d.text[e].isascii():
                continue
            out.append(Cand(k, e, family, "Person", "latin", 0.85, full))
    return out


#: A Latin firm's name with its legal or business designator: Halvard AG, Brevik Ventures, Ostmark GmbH.
_LATIN_FIRM = re.compile(
    r"(?<![A-Za-z0-9&])[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*){0,3}"
    r" (?:Pte\.? Ltd\.?|Sdn\.? Bhd\.?|Pty\.? Ltd\.?|AG|GmbH|Inc\.?|Ltd\.?|LLC|Corp\.?|Co\.|Group|Holdings|Ventures|Capital"
    r"|Partners|Technologies|Labs|Limited|Logistics"
    r"|PLC|plc|SE|SAS|SA|SpA|S\.p\.A\.|S\.A\.|N\.V\.|B\.V\.|K\.K\.|AB|ASA|Oy|Oyj|KG|Kft\.|S\.r\.l\.|S\.L\.|s\.r\.o\.|a\.s\.|Sp\. z o\.o\."
    # a field's word that ends many firms' names (Veltrix Microsystems, Quorvane Therapeutics)
    r"|Microsystems|Therapeutics|Biosciences|Biotech|Pharma|Pharmaceuticals|Automobili|Motors|Automotive"
    r"|Semiconductor|Semiconductors|Robotics|Industries|Investments)"
    # and its legal form after a comma: Ostmark Therapeutics, Inc.; Apex Robotics Co., Ltd.
    r"(?:,? (?:Inc\.?|Ltd\.?|LLC|Corp\.?|Co\., Ltd\.?|Pte\.? Ltd\.?|Sdn\.? Bhd\.?|Pty\.? Ltd\.?|Limited|PLC|plc|AG|GmbH|SE"
    r"|S\.A\.|N\.V\.|B\.V\.))?"
    r"(?![A-Za-z])(?! [A-Z])"
)


def _latin_firms(d: _Doc) -> list[Cand]:
    """``Halvard AG``, ``Brevik Ventures``: Latin names that end in a firm's designator
    (a leading article goes: The Carlyle Group -> Carlyle Group; This Group is no name)."""
    out = []
    for m in _LATIN_FIRM.finditer(d.text):
        words = m.group().split(" ")
        while len(words) > 2 and words[0] in _LATIN_FUNCTION_WORDS:
            words = words[1:]
        if words[0] in _LATIN_FUNCTION_WORDS:
            continue
        name = " ".join(words)
        out.append(Cand(m.end() - len(name), m.end(), name, "Company", "suffix", 0.9))
    return out


#: A Latin name of two to four capitalised words right after a kind of firm (公司 or 集团 only after
#: ordinary words, not a firm's own name: 微软公司Azure OpenAI Service): 封测企业Veltro Axis Berhad,
#: 自动化集成商Corvath Automation, 仓储企业Mekong Harbor Warehousing (one word is read by _product_contexts).
_LATIN_NAME_AFTER_KIND = re.compile(
    r"(?:企业|公司|集团|厂商|运营商|制造商|供应商|开发商|集成商|服务商|经销商|零售商|分销商|发行商|运营方|车企|药企|巨头)"
    r"([A-Z][A-Za-z0-9&\-]*(?: (?:[A-Z][A-Za-z0-9&\-]*|&)){1,3})(?![A-Za-z0-9])"
)


#: English words of posts, events and product lines, which no firm's name of several words holds.
_NOT_FIRM_WORDS = frozenset({"President", "Chief", "Officer", "Director", "Manager", "Head", "Vice", "VP", "Chairman",
                             "Founder", "Day", "Summit", "Conference", "Week", "Call", "Earnings"})
#: The last word of a product line's name (Vision Pro, Nova Max), not of a firm's.
_PRODUCT_LINE_END = frozenset({"Pro", "Max", "Plus", "Ultra", "Mini", "Lite", "Series", "Edition"})


def _kind_of_firm_before(d: _Doc, at: int) -> bool:
    """``巴西|种子|公司``, ``美国|自动化|公司``: the words before 公司 at ``at`` make a kind of firm (an
    ordinary word after a place, a break or nothing), not a firm's own name (微软公司, 星湾|科技|公司)."""
    whole = d.word_over(at + 1)
    if whole is not None and whole[1] == at + 2:  # (种子公司: a kind of firm the dictionary has as one word)
        return _word_tag(d.text[whole[0] : whole[1]]) == "n"
    w1 = d.word_over(at - 1) or d.word_at(at - 2) or d.word_at(at - 3)
    if w1 is None or w1[1] != at or _word_tag(d.text[w1[0] : w1[1]]) not in _ORDINARY_TAGS:
        return False
    w0 = d.word_over(w1[0] - 1) or next((w for n in (1, 2, 3, 4) if (w := d.word_at(w1[0] - n)) and w[1] == w1[0]), None)
    return w0 is None or _word_tag(d.text[w0[0] : w0[1]]) in _ORDINARY_TAGS | {"ns"} or not is_cjk(d.text[w1[0] - 1])


def _latin_names_after_kind(d: _Doc, lex: Lexicons) -> list[Cand]:
    """``马来西亚封测企业Veltro Axis Berhad``: a Latin name of several capitalised words right after
    a kind of firm is a Company's (not a title: 公司CEO John Smith)."""
    out = []
    for m in _LATIN_NAME_AFTER_KIND.finditer(d.text):
        words = m.group(1).split(" ")
        if any(w in lex.titles or w in _NOT_FIRM_WORDS for w in words) or words[-1] in _PRODUCT_LINE_END:
            continue  # (企业President John Lee, 厂商Open Day, 公司Vision Pro: a post, an event or a product, not a firm)
        if d.text.startswith(("公司", "集团"), m.start(1) - 2) and not _kind_of_firm_before(d, m.start(1) - 2):
            continue  # 微软公司Azure OpenAI Service: 公司 ends a firm's own name, and a product's follows
        out.append(Cand(m.start(1), m.end(1), m.group(1), "Company", "latin", 0.88))
    return out


#: A firm's designator alone is no name (This Group -> not "Group").
_DESIGNATORS = LATIN_DESIGNATORS
#: English words that do not start a firm's name.
_LATIN_FUNCTION_WORDS = frozenset({"The", "This", "That", "These", "Those", "In", "On", "At", "Of", "For", "By", "With",
                                   "A", "An", "Our", "Its", "Their", "And", "Or", "To", "From", "As", "Is", "New"})


def _latin_companies(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """A Latin name that LAC did not take as a company's, where the context says it is one.

    * a company noun or a company's act right after it (``X旗下``, ``X宣布``,
      ``X开发了``, ``…、X等公司``);
    * coordinated (``、``, ``和``, ``与``, ``及``) with a name already taken as a Company.

    A name a pattern layer already typed (a product after a product noun) stays.
    """
    text = d.text
    if not any("a" <= c.lower() <= "z" for c in text):
        return []
    companies = {(c.start, c.end) for c in cands if c.type == "Company"}
    # a name some pattern layer already typed (手机品牌Redmi: a Product) keeps its type
    firm = {i for c in cands if c.source not in ("lac", "gazetteer") for i in range(c.start, c.end)}
    co_ends = {e for _, e in companies}
    co_starts = {s for s, _ in companies}
    out = []
    for t in d.toks:
        w = t.text
        if t.tag not in _LATIN_CO_TAGS or len(w) < 2 or not LATIN_RE.fullmatch(w) or (t.start, t.end) in companies:
            continue
        if w in lex.titles or t.start in firm:
            continue
        right = text[t.end : t.end + 6]
        hit = bool(_LATIN_CO_RIGHT.match(right)) or bool(
            _LATIN_CO_LEFT.search(text[max(0, t.start - 1) : t.start]) and _LATIN_CO_AFTER_LEFT.match(right)
        )
        if not hit and t.start > 0 and text[t.start - 1] in _COORD:
            hit = t.start - 1 in co_ends
        if not hit and t.end < len(text) and text[t.end] in _COORD:
            hit = t.end + 1 in co_starts
        if hit:
            out.append(Cand(t.start, t.end, w, "Company", "latin", 0.87))
    return out


#: Where a speaker's turn can begin: the text's start, a line's or a sentence's end.
_TURN_START = frozenset("\n。！？；】”)）")


def _speakers(d: _Doc, lex: Lexicons) -> list[Cand]:
    """A speaker's name before a colon at the start of a turn (``张三：…``, as in
    interviews and commentaries): two to four characters led by a family name.

    Role words (``主持人：``, ``记者：``) are not led by a family name or are titles;
    a label before a quote (``公告称：“…”``, ``原作：《…》``) is not a turn.
    """
    text = d.text
    out = []
    p = -1
    while True:
        p = min((q for q in (text.find("：", p + 1), text.find(":", p + 1)) if q >= 0), default=-1)
        if p < 0:
            break
        for n in (2, 3, 4):
            s = p - n
            if s < 0:
                break
            if s > 0 and text[s - 1] not in _TURN_START:
                continue
            name = text[s:p]
            if not all(is_cjk(c) for c in name) or name in lex.titles or _is_role_word(name):
                continue
            if name[-1] in "称说道图" or any(c in "一二三四五六七八九十" for c in name[1:]) or text[p + 1 : p + 2] in ("《", "“", '"', "「"):
                break  # 公告称：“…”, 原作品：《…》, 印象六：: a label, not a turn
            if (n <= 3 and name[0] in lex.surnames) or (n >= 3 and name[:2] in lex.surnames):
                out.append(Cand(s, p, name, "Person", "speaker", 0.88))
            break
    return out


#: A byline's role before a name: 本报记者X, （记者X、通讯员Y）, 实习生X, 编辑：X, 文/X.
#: (An editor's or a writer's role only before a colon or a bar: not 基因编辑平台.)
_BYLINE_ROLE = re.compile(r"(?:(?:见习|实习|特约|首席)?记者|通讯员|实习生"
                          r"|(?:责任编辑|编辑|责编|撰稿|(?<![\u4e00-\u9fff])[文图]|撰文|摄影)(?=[ \u3000]*[:：/／|｜丨]))"
                          r"[ \u3000]*[:：/／|｜丨]?[ \u3000]*")
#: What follows a name in a byline: a break, the end, where the reporter files from (发自北京,
#: 上海报道), the byline's own words (文/摄, 摄) or the next role (实习生, 通讯员).
_BYLINE_TAIL = re.compile(r"$|[\s，,。、；;）)】\]/／|｜丨]|发自|报道|摄|文[/／]|(?:见习|实习)?记者|通讯员|实习生|编辑"
                          r"|[\u4e00-\u9fff]{2,8}报道")
#: Where a byline surely ends: its bracket, the line's end, where the reporter files from, 文/摄.
_BYLINE_END = re.compile(r"[）)]|$|\n|[ \u3000]|发自|报道|摄|文[/／]")
#: Prepositions and adverbs after 记者 that are family names too (记者向法院了解, 记者于现场): no name's start.
_NOT_BYLINE_FIRST = frozenset("向于在从对把被与和及或是将已曾都也还")
#: Characters that end a name in a byline badly (为 is common in given names: 商为智).
_BYLINE_NAME_STOP = _NAME_STOP - {"为"}
#: jieba's tags of words that are no one's name after a reporter (记者查阅, 记者连线).
_NOT_NAME_TAGS = frozenset({"v", "vd", "vn", "a", "ad", "d", "c", "p", "r", "m", "t", "f", "u", "q"})


def _bylines(d: _Doc, lex: Lexicons) -> list[Cand]:
    """A reporter's or an editor's name in a byline: ``本报记者季小川``, ``（记者傅远航）``,
    ``记者由冰发自北京``, ``记者蒲嘉禾上海报道``, ``编辑：邴晓川``.

    The name is two or three characters led by a family name, where LAC (or jieba) ends
    a word and the byline goes on (a break, 发自, 报道, 摄, the next role), and no
    common word of another kind (记者查阅, 记者连线); or a name LAC found there, family
    name or not (记者若岚). A name LAC glued to the byline's 文 (梅远山文/摄) loses it.
    """
    text = d.text
    out = []
    for m in _BYLINE_ROLE.finditer(text):
        s = m.end()
        i = d.starts.get(s)
        tok = d.toks[i] if i is not None else None
        if tok is not None and tok.tag == "PER" and 2 <= len(tok.text) <= 4 and all(is_cjk(c) for c in tok.text):
            name = tok.text[:-1] if len(tok.text) >= 3 and tok.text.endswith("文") and _BYLINE_TAIL.match(text, tok.end) \
                and text[tok.end : tok.end + 1] in "/／ \u3000\n）)" else tok.text
            if _BYLINE_TAIL.match(text, s + len(name)) or len(name) < len(tok.text):
                out.append(Cand(s, s + len(name), name, "Person", "byline", 0.86))
            continue
        for n in (3, 2):
            name = text[s : s + n]
            if len(name) < n or not all(is_cjk(c) for c in name) or any(c in _BYLINE_NAME_STOP for c in name[1:]):
                continue
            if name[0] not in lex.surnames and name[:2] not in lex.surnames:
                continue
            if not d.word_end(s + n) and s + n < len(text):
                continue
            if not _BYLINE_TAIL.match(text, s + n) or _word_tag(name) in _NOT_NAME_TAGS or name[0] in _NOT_BYLINE_FIRST \
                    or (n == 3 and _word_tag(name[1:]) in ("v", "vd", "vn", "d", "c", "p")):
                continue  # (记者查阅, 会见记者时|表示, 记者向|法院: a verb or a preposition, not a name)
            if _word_tag(name) not in (None, "nr") and not _BYLINE_END.match(text, s + n):
                continue  # (实习生计划, 记者沙龙，, 记者钱包、: a word, a name only where the byline ends: （记者马骁）;
                # a word jieba knows as a person's name is one anywhere: 记者曲岚秋、本报记者…)
            if any(t.tag in ("TIME", "LOC", "ORG", "m", "w") for t in d.toks_within(s, s + n)):
                continue  # 记者于|昨日: a time, not a name's end
            out.append(Cand(s, s + n, name, "Person", "byline", 0.86))
            break
    return out


#: Occupations whose holder's name may follow the word directly (画家X, 主编X, 设计师X, 选手X).
_OCCUPATION_BEFORE_NAME = re.compile(
    r"(?:画家|书法家|作家|诗人|艺术家|雕塑家|收藏家|藏家|摄影师|摄影家|设计师|建筑师|导演|编剧|制片人|制作人|演员|歌手|主持人"
    r"|选手|球员|外援|国脚|主帅|(?:主)?教练|主编|总监|评论员|解说员|律师|医生|工程师|科学家|经济学家|学者|研究员)")
#: After such a name: a break, a particle, or what a person does.
_OCCUPATION_NAME_END = re.compile(r"$|[\s，,。、；;：:）)（(“”\"]|的|在|和|与|也|还|则|曾|将|已|说|称|表示|认为|指出|介绍|透露|设计|执导|主演"
                                  r"|创作|发挥|率队|带队|亲自|本场|正在|目前")
#: A Latin name (a player's or a designer's handle, a given name) right after an occupation.
_LATIN_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9'\-]{1,24}(?![A-Za-z0-9])")


def _occupation_names(d: _Doc, lex: Lexicons) -> list[Cand]:
    """``著名画家冷枫的作品``, ``频道主编傅硕给我们介绍``, ``设计师ronarad设计的``, ``选手Sky``:
    a name right after an occupation, where LAC found none. A Chinese name is two or three
    characters led by a family name, a transliteration of two to five characters, or a
    Latin word; it ends where a word ends and a break, a particle or a person's act follows,
    and it is no common word of another kind."""
    text = d.text
    out = []
    for m in _OCCUPATION_BEFORE_NAME.finditer(text):
        s = m.end()
        if s >= len(text) or not d.word_end(s) or (m.start() not in d.starts and d.word_over(m.start()) is not None):
            continue  # (自主编程, 竞选手段: the occupation's word is part of another)
        if text[s] in " \u3000" and s + 1 < len(text) and text[s + 1].isascii():
            s += 1  # 选手 Sky
        if (h := _LATIN_HANDLE.match(text, s)) is not None:
            word = h.group()
            if word.upper() not in _TECH_TERMS and word not in _LATIN_FUNCTION_WORDS and word not in lex.titles \
                    and _OCCUPATION_NAME_END.match(text, h.end()):
                out.append(Cand(s, h.end(), word, "Person", "occupation", 0.8))
            continue
        for n in (5, 4, 3, 2):
            name = text[s : s + n]
            if len(name) < n or not all(is_cjk(c) for c in name) or any(c in _BYLINE_NAME_STOP for c in name[1:]):
                continue
            foreign = sum(c not in _TRANSLIT for c in name) == 0 or (n >= 4 and _transliterated(name))
            native = n <= 3 and (name[0] in lex.surnames or name[:2] in lex.surnames)
            if not (foreign or native) or (s + n < len(text) and not d.word_end(s + n)):
                continue
            if name[0] in FUNCTION_CHARS or name[1:] in lex.titles or (n == 3 and _word_tag(name[:2]) in ("n", "v", "vn")) \
                    or _word_tag(name[1:]) in ("v", "vd", "vn", "d", "c", "p"):
                continue  # (学者和教师, 主持人章院长, 导演计划中, 律师曾|表示: a conjunction, a title, a word, a verb)
            if not _OCCUPATION_NAME_END.match(text, s + n) or _word_tag(name) not in (None, "nr", "nrt", "nrfg"):
                continue
            if any(t.tag in ("TIME", "LOC", "ORG", "m", "w") for t in d.toks_within(s, s + n)):
                continue
            out.append(Cand(s, s + n, name, "Person", "occupation", 0.8))
            break
    return out


#: A sports team's name stands next to match words: ``A vs B``, ``A主场…``, ``战胜A``.
_TEAM_LEFT = re.compile(r"(?:vs|VS|Vs|v\.s\.|对阵|做客|迎战|客场挑战|主场迎战|主场对|客场对)\s*$")
_TEAM_LEFT_VERB = re.compile(r"(?:战胜|击败|负于|输给|不敌|逼平|力克|憾负|淘汰|绝杀|大胜|完胜|战平|横扫|掀翻)了?$")
_TEAM_RIGHT = re.compile(
    r"^\s*(?:vs|VS|Vs|v\.s\.|主场|客场|主队|客队|本赛季|本季|上赛季|上轮|本轮|近\d+轮|近\d+场|主帅|主教练|队长|"
    r"逼平|不敌|负于|输给|取胜|赢球|不败|连胜|连败|让球|受让|升盘|降盘|落败|主胜|客胜|胜赔|平赔|坐镇主场)"
)
#: Any match word at all: documents without one skip the team layer.
_TEAM_CUE = re.compile(r"vs|VS|Vs|v\.s\.|对阵|做客|迎战|战胜|击败|负于|输给|不敌|逼平|力克|憾负|淘汰|绝杀|大胜|完胜|战平|横扫|掀翻|落败|主胜|客胜|胜赔|平赔|主场|客场|主队|客队|赛季|本季|上轮|本轮|近\d+[轮场]|主帅|主教练|队长|取胜|赢球|不败|连胜|连败|让球|受让|升盘|降盘")
_TEAM_COORD = frozenset("、和与及对")
#: Words of football reports; two different ones, or one that no other story uses, make a document one.
_FOOTBALL_WORD = re.compile(r"联赛|英超|意甲|西甲|德甲|法甲|中超|欧冠|球队|主场|客场|进球|射门|积分榜|让球|赔率|平局|足球|球迷|球员|主帅"
                            r"|出线|防平|连胜|俱乐部|球场|前锋|后卫|门将|强队|豪门|小组赛|轮不胜|足彩|攻势"
                            r"|德比|中场|替补|阵型|点球|球门|逼和|欧赔|亚盘|连败|交锋|主队|客队|联盟杯|联赛杯|欧联|输球|赢球"
                            r"|保级|博冷|爆冷|主教练|伤停|两队|锋线|后防|助攻|破门")
#: Before a place where something happens, and after a place that is one: not a team's name.
_AT_PLACE = re.compile(r"(?:在|于|到|赴|抵达|抵|来自|回到|飞往|前往|位于|从|离开|返回|途经|移师|落户)$")
_PLACE_NOT_TEAM_AFTER = re.compile(r"(?:举行|举办|进行|市|省|州|时间|当地|街头|机场|体育场|球场|地区|人|籍|国脚|国家|盘|早餐盘"
                                   r"|德比|之行|联赛|前锋|中场|后卫|门将|球星|球员|教练|主教练)")
_CONTINENTS = frozenset({"亚洲", "欧洲", "非洲", "美洲", "南美", "北美", "拉美", "大洋洲", "中东", "东亚", "西亚", "东南亚", "欧美"})
#: Places that are no team in a football report: the continents, and 德比 (a derby, not the town's club).
_NOT_TEAMS = _CONTINENTS | {"德比"}
#: 主场/客场 of a match (主场迎战, 客场取胜), not of diplomacy or business (主场外交, 主场优势).
_HOME_AWAY_MATCH = re.compile(r"[主客]场(?:迎战|挑战|作战|比赛|取胜|获胜|告负|不败|连胜|连败|战绩|击败|负于|输给|战胜|逼平|胜率|[胜负平]\d)")
#: Football words that are odds words too (赔率 in insurance news is no match).
_ODDS_FOOTBALL = frozenset({"赔率", "让球", "足彩"})
# (not 主场 or 中场, which business writing uses too: 主场外交, 竞争进入中场)
_FOOTBALL_ONLY = frozenset({"英超", "意甲", "西甲", "德甲", "法甲", "中超", "欧冠", "积分榜", "让球", "射门",
                            "点球", "破门", "逼和", "欧赔", "亚盘", "联盟杯", "联赛杯", "欧联", "博冷", "锋线", "后防"})
_TEAM_RIGHT_PERSON_OK = re.compile(r"^\s*(?:vs|VS|Vs|v\.s\.|主场|客场|主队|客队|本赛季|上赛季|主帅|主教练)")
#: In a football report, what is said of a club and hardly of a player: its record, its
#: table place, its round (A上轮…, A 6胜6平2负, A积1分, A排名落后, A在荷甲…); and who beat
#: whom (not 近期 or 本赛季, said of players' form as much).
_CLUB_RIGHT = re.compile(
    r"^(?:近况|本季|上轮|下轮|\d+胜|\d+轮|两战|积\d+分|(?:排名|排第|名列)(?!射手|助攻)|不败|连续\d*轮|赢球|让球|"
    r"上盘|下盘|胜赔|平赔|晋级|出线|急需一场|剩余|在[^\s，。；、]{0,3}(?:甲|超|杯|联赛))"
)
_CLUB_LEFT = re.compile(r"(?:对手|面对|客战|输给|负于|战胜|击败|不敌|力克|胜了|平了|迎战|对阵|干掉|遭遇|做客)$")
#: In a football report, more of what is said of a club and hardly of a player: its record and
#: its ground (A 1平8负, A在三连败后, A的魔鬼主场, A在主场三连胜, A的客场成绩), its staff (A的中场
#: 图兰), a result (被A 1比1逼平); its kind and its place in the table (乙级球队A, 豪门克星A, 积分
#: 执底的A), its record before (两战两败的A, 主场不败A) and the odds on it (受注盘A). Not what a
#: scorer shares (A在主场梅开二度, A近三轮均有进球, A三战打入5球, 穿着A球衣).
_CLUB_RIGHT_IN_REPORT = re.compile(
    r"^(?:\d+[平负]|(?:此前|最近|近期)?在(?:主场|客场)(?:[\d一二两三四五六]+连[胜败平负]|[\d一二两三四五六]+战|不败|取胜|获胜|告负|战绩|成绩)"
    r"|在[两三四五\d]连[胜败平负]|[两三四五\d]连[胜败平负]|未尝胜绩|全取三分|客战|的(?:魔鬼)?(?:主场|客场)"
    r"|的(?:主场|客场)?(?:成绩|战绩|积分)|的(?:\d+岁的)?(?:中场|前锋|后卫|门将|主帅|主教练)"
    r"|(?:\d+[比:：\-]\d+)?(?:逼平|落败|获胜|大胜|让出|让半球|不稳胜|走两头|均博胆))"
)
_CLUB_LEFT_IN_REPORT = re.compile(
    r"(?:(?:输给|负于|战胜|击败|不敌|力克)了|交战|交手|球队|弱旅|强队|豪门|黑马|克星|老东家|竞争者|(?:中游|执底|垫底|榜首)的"
    r"|败的|[主客]场不败|输给过|小负|受注盘)$"
)
#: A player's or coach's role before his name: he is no club.
_PLAYER_ROLE = re.compile(r"(?:主帅|教练|前锋|中场|后卫|中卫|边卫|门将|球员|国脚|射手|队长|球星|大将|主力|新援|老将|外援)$")


#: Words of a betting report: a document without one has no bookmakers.
_BETTING_WORD = re.compile(r"赔率|赔付|主胜赔|客胜赔|平赔|凯比值|盘口|初盘|初赔|即时盘|让球|受注|博彩|投注|水位|升盘|降盘|足彩|庄家")
#: A cue that a bookmaker shares with others (an analyst 给出评级, a bank 开出信用证).
_WEAK_CUE = r"(?:甚至|分别|更是|则|也|均|都|纷纷|率先|同样)*(?:开出|给出|开盘)"
#: What a bookmaker does, right after its name: 立博主胜赔低至1.14, bwin早早把客胜赔压低, 威廉相同赔率下.
_ODDS_AFTER = re.compile(
    r"\s*(?:[：:]\s*\d+\.\d+/\d+\.\d+|(?:[\d.]+的?)?(?:相同赔率|同赔率|主胜赔|客胜赔|平赔|凯比值|赔率|初盘(?!解读|[：:])|初赔|即时盘|(?:提高|降低)赔付率|赔付率|"
    + _WEAK_CUE + r"|早早把|把(?:主|客)胜赔|均暗示|的(?:主胜|客胜)(?:赔|只有|仅为|高达|低至)"
    # the end of a list of them: A、B等主流公司, A、B等都早早抬高了主胜赔
    r"|等(?:主流|欧洲|博彩|多家)?(?:公司|庄家)|(?:等)?(?:都|均|也|纷纷|却|更是|就)?(?:早早)?(?:把|将)?(?:抬高|压低|降低|提高|调低|调高)了?(?:主胜|客胜|平)?赔))")
_ODDS_WORD = re.compile(r"凯比值|赔率|主胜赔|客胜赔|平赔|初盘|初赔|盘口")
#: Words only odds talk uses (not 盘口 or 庄家, which stock reports use too).
_STRONG_BETTING_WORD = re.compile(r"主胜|客胜|平赔|凯比值|赔率|赔付率|让球|初盘|初赔|足彩|博彩|受注")
_WEAK_ODDS_CUE = re.compile(_WEAK_CUE + "$")
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{1,14}(?![A-Za-z0-9])")


#: A match word glued after a side's name in odds talk: 阿森纳|客让浅盘, 曼联|热, 拜仁|积8分, 桑德兰|平/半.
_MATCH_WORD_AFTER = re.compile(r"(?:客胜|客|热|积|平)$")
#: What follows such a glued word: the odds or the points (让浅盘, 赔, 8分, /半, 手), or the clause's end.
_AFTER_MATCH_WORD = re.compile(r"让|胜?赔|\d|/|手|[。，,；;]|$")


def _match_words_trimmed(d: _Doc, cands: list[Cand]) -> list[Cand]:
    """In a match or betting report, a result or odds word that LAC glued to a side's name goes:
    ``平|佛罗伦萨`` (drew with), ``阿森纳|客让浅盘``, ``拜仁|积8分``, ``伟德|客胜均在``."""
    text = d.text
    if not (_BETTING_WORD.search(text) or _FOOTBALL_WORD.search(text)):
        return cands
    names = {c.text for c in cands}
    out = []
    for c in cands:
        s, e = c.start, c.end
        if c.type in ("Organization", "Place", "Person", "Company") and c.source != "lexicon":
            rest = text[s + 1 : e]
            if text[s] in "平胜负" and len(rest) >= 2 and (rest in names or _transliterated(rest)) \
                    and (s == 0 or not is_cjk(text[s - 1]) or text[s - 2 : s] in ("主场", "客场", "做客")):
                s += 1  # 首轮主场0-0平|柏林赫塔
            m = _MATCH_WORD_AFTER.search(text[s:e])
            if m is not None and (m.start() < 2 or (c.type == "Person" and not _transliterated(text[s : s + m.start()]))):
                m = None  # (张小平2球: 平 ends his name)
            if m is not None and m.end() == e - s and _AFTER_MATCH_WORD.match(text, e):
                e = s + m.start()
        out.append(c if (s, e) == (c.start, c.end) else Cand(s, e, text[s:e], c.type, c.source, c.score))
    return out


def _bookmakers(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """In a betting report, a name that gives odds is a bookmaker's, a Company: ``立博主胜赔低至1.14``,
    ``bwin早早把客胜赔压低``, ``威廉希尔相同赔率下``; so is a name listed with one (``伟德、bet365等主流公司``).
    LAC reads many of them as persons (威廉希尔) or not at all (bet365)."""
    text = d.text
    strong = set(_STRONG_BETTING_WORD.findall(text))
    if not strong:
        return cands  # (盘口, 庄家, 水位 alone are stock-market words too)
    names: dict[tuple[int, int], str] = {}
    for c in cands:
        if c.type in ("Person", "Company", "Organization", "Place") and len(c.text) <= 8 and not c.text.endswith("彩"):
            names[(c.start, c.end)] = c.text
    covered = bytearray(len(text) + 1)  # the characters some candidate covers
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    for t in d.toks:  # (a name LAC found that no layer kept: 威廉(PER)主胜赔)
        if t.tag in ("PER", "ORG", "nz") and 2 <= len(t.text) <= 8 and (t.start, t.end) not in names \
                and not any(covered[t.start : t.end]):
            names[(t.start, t.end)] = t.text
    for m in _LATIN_WORD.finditer(text):
        if (m.start(), m.end()) not in names and not any(covered[m.start() : m.end()]):
            names[(m.start(), m.end())] = m.group()
    # 立博凯比值…: a short word that opens a clause right before its odds, found by no one
    for m in re.finditer(r"(?:^|(?<=[，,。；;：:、\s●]))([\u4e00-\u9fff]{2,4}?)(?=相同赔率|同赔率|主胜赔|客胜赔|平赔|凯比值)", text):
        sp = (m.start(1), m.end(1))
        if sp not in names and not any(c.start < sp[1] and sp[0] < c.end and c.type != "Person" for c in cands) \
                and not _BETTING_WORD.search(m.group(1)) and not is_common_word(m.group(1)):
            names[sp] = m.group(1)
    spans = sorted(names)
    kinds = {(c.start, c.end): c.type for c in cands}
    makers: set[str] = set()
    for sp in spans:
        m = _ODDS_AFTER.match(text, sp[1])
        if m is None:
            continue
        weak = bool(_WEAK_ODDS_CUE.match(m.group().strip()))  # 给出/开出: analysts and banks do it too
        if weak and (len(strong) < 2 or kinds.get(sp) == "Place" or (kinds.get(sp) == "Person" and not _transliterated(names[sp]))):
            continue
        makers.add(names[sp])
    # a name coordinated with a bookmaker (A、B, A和B) before 等公司 / 等都…: one of them
    grew = True
    while grew:
        grew = False
        for a, b in zip(spans, spans[1:]):
            if text[a[1] : b[0]] in ("、", "和", "及", "与") and (names[a] in makers) != (names[b] in makers):
                makers |= {names[a], names[b]}
                grew = True
    if not makers:
        return cands
    out = [Cand(c.start, c.end, c.text, "Company", c.source, c.score) if c.text in makers else c for c in cands
           if not _ODDS_WORD.fullmatch(c.text)]  # (凯比值 is no one's name)
    known = {(c.start, c.end) for c in cands}
    for sp in spans:
        if sp not in known and names[sp] in makers:
            out.append(Cand(sp[0], sp[1], names[sp], "Company", "context", 0.75))
    return sorted(out, key=lambda c: (c.start, -c.end))


def _team_names(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """A place, company or "person" name used as a sports team's is an Organization.

    A name counts as a team where a match word stands next to it (``A vs B``,
    ``A主场…``, ``战胜A``); then every mention of it in the document moves.
    A person's name moves only on a team-only word (vs, 主场, 主帅), not on
    a win-or-lose verb (players win matches too). In a football report (two
    different football words, or one such as 英超 or 射门) a firm's or a
    place's bare name is a club's too, unless the place is where something
    happens, a nationality or a continent.
    """
    text = d.text
    football = set(_FOOTBALL_WORD.findall(text))
    football_report = len(football) >= 2 or bool(football & _FOOTBALL_ONLY) or bool(_HOME_AWAY_MATCH.search(text)) \
        or (bool(football - _ODDS_FOOTBALL) and bool(_BETTING_WORD.search(text)))  # (a football word and the odds)
    if not football_report and not _TEAM_CUE.search(text):
        return cands
    teams: set[str] = set()
    if football_report:
        # a football report: a firm's bare name there is a club's (阿森纳, 切尔西), not 博彩公司;
        # so is a city's or country's, unless it is where something happens (在杜塞尔多夫) or
        # a nationality (葡萄牙国脚), or a continent (亚洲盘)
        teams |= {c.text for c in cands if c.type == "Company" and c.source in ("lac", "gazetteer", "repeat")
                  and type_by_suffix(c.text, lex) is None}
        where = {c.text for c in cands if c.type == "Place" and (
            _AT_PLACE.search(text, max(0, c.start - 3), c.start) or _PLACE_NOT_TEAM_AFTER.match(text, c.end))}
        teams |= {c.text for c in cands if c.type == "Place" and c.source in ("lac", "repeat") and c.text not in where
                  and c.text not in _NOT_TEAMS and len(c.text) >= 2}
    for c in cands:
        if c.type not in ("Place", "Company", "Person") or c.source not in ("lac", "gazetteer", "repeat"):
            continue
        left = text[max(0, c.start - 6) : c.start]
        right = text[c.end : c.end + 6]
        if c.type == "Person":
            hit = bool(_TEAM_LEFT.search(left) or _TEAM_RIGHT_PERSON_OK.match(right)) or (
                # a foreign one-part name in a sports story, said to win or to stand in the table
                _transliterated(c.text) and not _NAME_DOTS & set(c.text) and not _PLAYER_ROLE.search(left)
                and bool(_CLUB_LEFT.search(left) or _CLUB_RIGHT.match(right))
            ) or (
                # in a football report, more club words; and a three-character name may end in one
                # character that is no transliteration's (博尔顿; not a Chinese player's 韦世豪)
                football_report and not _NAME_DOTS & set(c.text) and not _PLAYER_ROLE.search(left)
                and (_transliterated(c.text) or (len(c.text) == 3 and c.text[0] not in lex.surnames
                                                 and all(ch in _TRANSLIT for ch in c.text[:2])))
                and bool(_CLUB_LEFT.search(left) or _CLUB_RIGHT.match(right)
                         or _CLUB_LEFT_IN_REPORT.search(left) or _CLUB_RIGHT_IN_REPORT.match(right))
            )
        else:
            hit = bool(_TEAM_LEFT.search(left) or _TEAM_LEFT_VERB.search(left) or _TEAM_RIGHT.match(right))
        if hit:
            teams.add(c.text)
    if not teams:
        return cands
    # a name coordinated with a team (A、B, A和B, A对B) is a team too
    movable = [c for c in cands if c.type in ("Place", "Company", "Person") and c.source in ("lac", "gazetteer", "repeat")]
    by_start = {c.start: c for c in cands}
    by_end = {c.end: c for c in cands}
    grew = True
    while grew:
        grew = False
        for c in movable:
            if c.text in teams:
                continue
            for other in (by_end.get(c.start - 1), by_start.get(c.end + 1)):
                if other is None or other.text not in teams:
                    continue
                sep = text[c.start - 1] if other.end == c.start - 1 else text[c.end]
                if sep in _TEAM_COORD:
                    teams.add(c.text)
                    grew = True
                    break
    return [
        Cand(c.start, c.end, c.text, "Organization", c.source, c.score)
        if c.text in teams and c.type in ("Place", "Company", "Person") and c.source in ("lac", "gazetteer", "repeat")
        else c
        for c in cands
    ]


#: An alias note after a name, and the short form it declares: （下称“X”）, （以下简称“X”）.
_DECLARED_SHORT = re.compile(r"[（(](?:下称|以下称|以下简称|简称)[“\"]([^“”\"]{2,12})[”\"][）)]")


#: Right before a person named for a post: 核准, 任命, 聘任 (核准甲X公司董事长的任职资格).
_APPROVES_BEFORE = re.compile(r"(?:核准|批准|任命|聘任|聘请|提名|选举)(?:了)?$")


def _person_before_declared_firm(text: str, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """``核准甲X理财有限责任公司（下称“X理财”）董事长的任职资格``, read as one name: after a verb that names a
    person for a post, the firm starts where the short form its note declares does, and the two or three
    characters before it, a family name first and no word of the dictionary, are a person's name (not
    南屿湖未来科技基金（下称“未来科技基金”）: a place's name)."""
    out = []
    for c in cands:
        m = _DECLARED_SHORT.match(text, c.end) if c.type in ("Company", "Organization") else None
        k = c.text.find(m.group(1)) if m else -1
        if k in (2, 3) and c.text[0] in lex.surnames and _word_tag(c.text[:k]) is None \
                and _APPROVES_BEFORE.search(text, max(0, c.start - 4), c.start) \
                and all(is_cjk(ch) for ch in c.text[:k]) and not any(ch in FUNCTION_CHARS for ch in c.text[:k]):
            out.append(Cand(c.start, c.start + k, c.text[:k], "Person", "split", 0.85))
            c = Cand(c.start + k, c.end, c.text[k:], c.type, c.source, c.score, c.name)
        out.append(c)
    return out


def _parenthetical_aliases(d: _Doc, lex: Lexicons, cands: list[Cand]) -> tuple[list[AliasLink], list[Cand]]:
    """``A(B)`` and ``A(花名B)``: B is another name of A."""
    text = d.text
    by_end = {}
    for c in cands:
        if c.end < len(text) and text[c.end] in _OPEN:
            by_end.setdefault(c.end, []).append(c)
        elif text[c.end : c.end + 1] in ("」", "”") and text[c.end + 1 : c.end + 2] in _OPEN and c.start > 0 \
                and text[c.start - 1] in ("「", "“"):
            by_end.setdefault(c.end + 1, []).append(c)  # 「星海微电子」（以下简称“星海”）
    links: list[AliasLink] = []
    extra: list[Cand] = []
    for end, cs in sorted(by_end.items()):
        close = next((k for k in range(end + 1, min(len(text), end + 30)) if text[k] in _CLOSE), -1)
        if close < 0:
            continue
        inner_s, inner = end + 1, text[end + 1 : close]
        for cue in _ALIAS_CUES:
            if inner.startswith(cue):
                inner_s += len(cue)
                inner = inner[len(cue) :]
                if inner[:1] in ":：为是":
                    inner_s += 1
                    inner = inner[1:]
                inner = re.split(r"[，,；;]", inner)[0]  # （证券简称：X，证券代码：688001）
                break
        else:
            cue = ""
        quoted = [(inner_s + q.start(1), q.group(1)) for q in _QUOTED_ALIAS.finditer(inner)]
        if cue and len(quoted) >= 2 and _QUOTED_ALIASES.fullmatch(inner):
            parts = quoted  # （以下简称“公司”或“本公司”）: each quoted form is another name
        else:
            inner_s += len(inner) - len(inner.lstrip(" “\""))
            parts = [(inner_s, inner.strip(" “”\""))]
        a = max(cs, key=lambda c: c.score)
        if cue and len(parts) == 1 and (whole := _alias_led_start(text, cands, a, parts[0][1])) is not None:
            extra.append(whole)
            a = whole
        for inner_s, inner in parts:
            _alias_in_brackets(lex, cands, a, cue, inner_s, inner, links, extra)
    return links, extra


def _alias_led_start(text: str, cands: list[Cand], a: Cand, short: str) -> Cand | None:
    """The full name ``a`` started where its short form does, when LAC cut the name after the
    short form's first character (苏州|和|朴创业投资中心（有限合伙）（以下简称“和朴创投”）: 和
    is the name's, not "and"), with the place right before it: 苏州和朴创业投资中心（有限合伙）."""
    if a.type not in ("Company", "Organization") or len(short) < 3 or a.start < 1 \
            or text[a.start - 1] != short[0] or a.text[:1] != short[1] or not is_cjk(short[0]):
        return None
    start = a.start - 1
    place = next((c for c in cands if c.end == start and c.type == "Place" and c.end - c.start >= 2), None)
    if place is not None:
        start = place.start
    return Cand(start, a.end, text[start : a.end], a.type, a.source, a.score + 0.02)


#: A quoted short form in an alias note, and a note of several: “公司”或“本公司”.
_QUOTED_ALIAS = re.compile(r"[“\"]([^“”\"]{2,20})[”\"]")
_QUOTED_ALIASES = re.compile(r"\s*[“\"][^“”\"]{2,20}[”\"](?:\s*(?:或|、|和|及|，|,)\s*[“\"][^“”\"]{2,20}[”\"])+\s*")


def _alias_in_brackets(lex: Lexicons, cands: list[Cand], a: Cand, cue: str, inner_s: int, inner: str,
                       links: list[AliasLink], extra: list[Cand]) -> None:
    """``inner``, at ``inner_s`` in brackets after the name ``a``, as another name of it (into ``links`` and ``extra``)."""
    if not (2 <= len(inner) <= 20) or not _valid_name(inner) or re.search(r"\d{2,}|[，,、]", inner):
        return
    whole = any(c.start == inner_s and c.end == inner_s + len(inner) for c in cands)
    if not cue and a.type in ("Company", "Organization") and any(
        c.start == inner_s and c.end == inner_s + len(inner) and c.type == "Place" for c in cands
    ):
        return  # 星海银行（中国）: the firm's region, not another name of it (but （以下简称“汉川”）: its short name)
    if not cue and not whole and not (LATIN_RE.fullmatch(inner) or LATIN_RE.fullmatch(a.text)):
        # plain brackets hold aliases only between a Latin and a Chinese name
        # or around a recognised name, the whole of what they hold; anything
        # else is commentary (文华财经（编辑整理何丽丽）)
        if type_by_suffix(inner, lex) is None:
            return
    typ = a.type
    if not cue:
        t2 = type_by_suffix(inner, lex)
        if t2 and a.type not in ("Person",):
            typ = t2
        if a.type == "Person" and re.fullmatch(r"[A-Z]{2,6}", inner):
            typ = "Company"  # 萨维诺（SVN）: an acronym names a firm, not a person
    extra.append(Cand(inner_s, inner_s + len(inner), inner, typ, "alias", 0.82))
    if typ != a.type:
        extra.append(Cand(a.start, a.end, a.text, typ, "alias", a.score + 0.01))
    links.append(AliasLink((a.start, a.end), (inner_s, inner_s + len(inner))))


#: ``X全称Y``, ``X，全称为Y``: Y is the full name of X.
_FULL_NAME_CUE = re.compile(r"[，,]?(?:其|公司)?全称(?:为|是)?[：:]?[“\"]?")


def _full_name_cut(cands: list[Cand], lex: Lexicons) -> list[Cand]:
    """``云帆种业全称云帆生物种业股份有限公司`` (one LAC word), ``全称芜湖X有限公司``: the words
    before and after 全称 are two names of one firm, not one name."""
    out = []
    for c in cands:
        k = c.text.find("全称")
        if k < 0 or c.type not in ("Company", "Organization") or c.source == "lexicon" or len(c.text) - k - 2 < 4:
            out.append(c)
            continue
        full = c.text[k + 2 :]
        out.append(Cand(c.start + k + 2, c.end, full, type_by_suffix(full, lex) or c.type, c.source, c.score))
        if k >= 2:
            out.append(Cand(c.start, c.start + k, c.text[:k], out[-1].type, c.source, c.score))
    return out


def _full_names(d: _Doc, cands: list[Cand]) -> tuple[list[AliasLink], list[Cand]]:
    """``澜途装备全称上海澜途半导体装备股份有限公司``: the name before 全称 is the short name of
    the firm named after it; when nothing found it, it is the longest run of characters right
    before 全称 that the full name holds in order."""
    text = d.text
    links: list[AliasLink] = []
    extra: list[Cand] = []
    fulls = {c.start: c for c in cands if c.type in ("Company", "Organization")}
    for m in _FULL_NAME_CUE.finditer(text):
        full = fulls.get(m.end())
        if full is None or m.start() < 2:
            continue
        short = next((c for c in cands if c.end == m.start() and c.type in ("Company", "Organization", "Person")), None)
        if short is not None:
            if short.type == "Person":
                extra.append(Cand(short.start, short.end, short.text, full.type, "alias", short.score + 0.01))
            links.append(AliasLink((short.start, short.end), (full.start, full.end)))
            continue
        best = None
        for n in range(2, min(8, m.start()) + 1):
            name = text[m.start() - n : m.start()]
            if not all(is_cjk(ch) or ch.isalnum() for ch in name):
                break
            it = iter(full.text)
            if all(ch in it for ch in name):  # (the full name holds its characters in order)
                best = name
        if best is not None:
            extra.append(Cand(m.start() - len(best), m.start(), best, full.type, "alias", 0.82))
            links.append(AliasLink((m.start() - len(best), m.start()), (full.start, full.end)))
    return links, extra


class _Span:
    """A found occurrence, read back from the original text (a tiny stand-in for ``re.Match``)."""

    def __init__(self, text: str, s: int, e: int) -> None:
        self._t = text[s:e]
        self._s = s
        self._e = e

    def group(self) -> str:
        return self._t

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


def _occurrences(text: str, sub: str) -> list[int]:
    """Start offsets of the non-overlapping occurrences of ``sub`` (str.find, no regex to compile)."""
    out = []
    k = text.find(sub)
    while k >= 0 and sub:
        out.append(k)
        k = text.find(sub, k + len(sub))
    return out


def _abbreviated(d: _Doc, cands: list[Cand]) -> list[Cand]:
    """Short forms of the document's company names, where LAC reads them as a word (星海钢铁 … 星钢)."""
    fulls: dict[str, set[str]] = {}
    for c in cands:
        if c.type in ("Company", "Organization"):
            for a in abbreviations(strip_legal(c.text)):
                if not is_common_word(a):  # 中信国金 does not make 中国 a short form
                    fulls.setdefault(a, set()).add(c.text)
    out = []
    for t in d.toks:
        owners = fulls.get(t.text)
        if owners is not None and len(owners) == 1 and t.tag not in ("v", "vd", "d", "p", "c", "u", "m", "q", "r", "TIME"):
            typ = next(c.type for c in cands if c.text in owners)
            out.append(Cand(t.start, t.end, t.text, typ, "repeat", 0.7))
    return out


#: A registered name's ending: its legal form, after a region in brackets or not (（深圳）有限公司).
_REGISTERED_END = re.compile(r"(?:[（(][\u4e00-\u9fff]{2,4}[）)])?(?:股份有限公司|有限责任公司|有限公司)$")


def _stems_of_full_names(d: _Doc, lex: Lexicons, cands: list[Cand]) -> list[Cand]:
    """The name a registered firm goes by, its full name without the region and legal form,
    wherever the text uses it (``星桥数科（深圳）有限公司…星桥数科将负责…``), where LAC's
    words line up with it or LAC cut it short (星桥云|计算)."""
    text = d.text
    stems: dict[str, tuple[Cand, bool]] = {}
    for c in cands:
        if c.type != "Company" or not (m := _REGISTERED_END.search(c.text)):
            continue
        stem = c.text[: m.start()]
        if len(stem) >= 3 and all(is_cjk(ch) for ch in stem) and not is_common_word(stem) \
                and _word_tag(stem) not in ("ns", "nr") \
                and not any(_word_tag(stem[-k:]) == "ns" for k in (2, 3) if len(stem) - k >= 2):
            # (not X银行中国 of X银行中国有限公司: a firm's arm in a country)
            # 北京智能制造, 云端数据 (北京智能制造有限公司, 云端数据有限公司): ordinary words, a name only
            # where what follows is a firm's (云端数据董事长, not 云端数据规模)
            weak = any(_word_tag(stem[:k]) == "ns" for k in (2, 3)) or _ordinary_words(stem)
            stems.setdefault(stem, (c, weak))
        # the name it goes by without the city it opens with and its trade's word (深圳澄眸智能科技有限公司
        # -> 澄眸智能): a coined core the dictionary does not know
        # (悠行出行科技有限公司 -> 悠行出行: without the city too, where the core left is four characters or more)
        place = next((k for k in (3, 2) if len(stem) - k >= 4 and place_word(stem[:k])), 0)
        trade = lex.suffix(stem, "company")
        core = stem[place : -len(trade)] if trade and len(trade) == 2 else ""
        if len(core) >= 4 and all(is_cjk(ch) for ch in core) and _word_tag(core) is None and not _ordinary_words(core) \
                and _word_tag(core[:2]) is None:
            stems.setdefault(core, (c, False))  # (not 云计算, 前海金融: a trade's word, a district's name)
    out = []
    for stem, (c, weak) in stems.items():
        for s in _occurrences(text, stem):
            e = s + len(stem)
            if (s in d.starts or s == 0 or not is_cjk(text[s - 1])) and (e in d.ends or e == len(text) or not is_cjk(text[e])) \
                    and (not weak or _FIRM_ONLY_AFTER.match(text, e)):
                out.append(Cand(s, e, stem, "Company", "repeat", c.score - 0.05))
    return out


#: Characters that may follow a person's name in one word of LAC's: a post verb, an adverb (甲任CEO, 甲则表示).
_AFTER_PERSON_CHARS = frozenset("任为是也则将已曾现兼还又都就亦却再仍于")


def _noted_names(cands: list[Cand]) -> dict[str, Cand]:
    """Firms' short names that an alias note declared (X有限公司（以下简称“X”）), by name."""
    noted: dict[str, Cand] = {}
    for c in cands:
        if c.source == "alias" and c.type in ("Company", "Organization") and len(c.text) >= 2:
            noted.setdefault(c.text, c)
    return noted


def _pieces_of_noted_names(cands: list[Cand], repeats: list[Cand], noted: dict[str, Cand]) -> list[Cand]:
    """``cands`` without the shorter names inside a recurrence of a declared short name (鼎X光, a person LAC
    read in 鼎X光|膜) or another type for it: a declared name is whole and the firm's wherever it recurs;
    a longer name around it still wins."""
    spans = [(r.start, r.end, r.type) for r in repeats if r.text in noted]
    # a firm's name the text gave whole elsewhere beats the start of it LAC cut off here (X新|能 for X新能),
    # and a unit's name with a conjunction inside the end of it cut at the conjunction (B事业群 of A与B事业群)
    prefixes = {(r.start, r.end) for r in repeats if r.type in ("Company", "Organization") and r.text not in noted}
    joined = [(r.start, r.end, r.text) for r in repeats
              if r.type == "Organization" and re.search(r"[\u4e00-\u9fff](?:与|和|及)[\u4e00-\u9fff]", r.text)]
    if not spans and not prefixes and not joined:
        return cands
    return [c for c in cands if not any(s <= c.start and c.end <= e and (c.end - c.start < e - s or c.type != typ)
                                        for s, e, typ in spans)
            and not (c.source == "lac" and any(c.start == s and c.end < e for s, e in prefixes))
            and not any(c.end == e and s < c.start and name[c.start - s - 1] in "与和及" for s, e, name in joined)]


def _propagate(d: _Doc, cands: list[Cand], noted: dict[str, Cand]) -> list[Cand]:
    """Every other occurrence of an accepted name, where LAC's words line up."""
    best: dict[str, Cand] = {}
    weight: dict[tuple[str, str], float] = {}
    for c in cands:
        weight[(c.text, c.type)] = weight.get((c.text, c.type), 0.0) + c.score
    for c in cands:
        if len(c.text) < 2:
            continue
        cur = best.get(c.text)
        if cur is None or weight[(c.text, c.type)] > weight[(cur.text, cur.type)]:
            best[c.text] = c
    # (``noted``, see _noted_names: a firm's short name that an alias note declared, （以下简称“X”）, is the firm's
    # wherever it recurs, whatever LAC read there, 鼎X光|膜 as a person and a noun; see _pieces_of_noted_names)
    out = []
    text = d.text
    folded = fold(text)  # same length as text: 'ＭＩＵＩ' and 'miui' find 'MIUI'
    for name, c in best.items():
        if c.type == "Person" and len(name) < 2:
            continue
        if name in noted:
            c = noted[name]
        flags = 1 if LATIN_RE.fullmatch(name) else 0
        key = fold(name)
        for s in _occurrences(folded, key):
            e = s + len(key)
            m = _Span(text, s, e)
            glued = c.type == "Person" and len(name) >= 3 and e < len(text) and text[e] in _AFTER_PERSON_CHARS
            if (s in d.starts or not is_cjk(text[s - 1] if s else " ")) and (
                e in d.ends or e == len(text) or not is_cjk(text[e])
            ):
                out.append(Cand(s, e, m.group(), c.type, "repeat", c.score - 0.05))
            elif glued and (s in d.starts or not is_cjk(text[s - 1] if s else " ")):
                # 杜承|安任(v): a person the text named before, then a post verb or an adverb LAC read
                # as part of another word; the whole name beats the piece LAC found
                out.append(Cand(s, e, m.group(), c.type, "repeat", c.score))
            elif flags:
                out.append(Cand(s, e, m.group(), c.type, "repeat", c.score - 0.1))
            elif c.type == "Organization" and name.endswith(_BUSINESS_UNITS) and len(name) >= 5 \
                    and (s in d.starts or not is_cjk(text[s - 1] if s else " ")):
                # 出行|事业群旗(n)|下: a unit the text named before, its last word glued by LAC to what follows
                out.append(Cand(s, e, m.group(), c.type, "repeat", c.score - 0.05))
    # a name inside a longer name's occurrence is part of it there (the product 砚舟 inside the firm 砚舟健康)
    by_start: dict[int, list[Cand]] = {}
    for c in out:
        by_start.setdefault(c.start, []).append(c)

    def inside_longer(c: Cand) -> bool:
        return any(o.end >= c.end and o.end - o.start > c.end - c.start
                   for s in range(max(0, c.end - 30), c.start + 1) for o in by_start.get(s, ()))

    return [c for c in out if not inside_longer(c)]
