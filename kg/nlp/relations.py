"""Relations between entity mentions, from general syntactic patterns.

Patterns, each over one sentence:

* titles: ``<org>[的]<title>[兼<title>]<person>``, chained over ``、``
  (``A合伙人、B负责人C``), and ``<person>担任<org>[的]<title>``;
* trigger verbs (``投资``, ``收购``, ``推出``, ``成立``, ``合作`` …) with
  coordinated objects (``投资了A、B、C等``), prepositional objects
  (``A与B合作``, ``A对B进行投资``), the passive (``A被B收购``), intransitive
  launches (``X终于亮相``) and a subject carried across the clauses of a
  sentence (``华为发力高端手机,……新机终于亮相``);
* ownership: ``A旗下(的)…B``, ``A的子公司B``, a unit that A set up, and
  ``<company><product>`` compounds; control (``A控股B``: B is A's subsidiary);
* shares: holders (``X持有Y 10%股权``, ``Y的大股东X``, ``公司第三大股东X``, ``Y的投资方包括A、B和C``,
  ``Y引进战略投资者A``) and sales or allocations (``将所持Y股权转让给B``, ``划拨给B``: B holds Y
  now); a stake that gives control (``收购Y控股权``, ``…成为其控股股东``) and idioms such as
  ``将X收入囊中`` are acquisitions;
* references: ``前者``/``后者`` after ``A与B`` stand for A and B;
* modality: negation drops a relation; intent and rumour lower its confidence;
* a trained classifier (:mod:`kg.nlp.relmodel`) for the company pairs of a
  sentence that no pattern relates: investedIn, acquired, founded, partnerOf
  when its calibrated probability clears :data:`MODEL_THRESHOLD`.

Functions are pure: text, words and mentions in, :class:`RelCand` out.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from kg.nlp.entities import (BRAND_PORTFOLIO, BRAND_RIGHT_BEFORE, DEVICE_KINDS, FIRM_KIND_WORDS, TRADER_KINDS, bare_firm_like,
                             place_word, word_tag)
from kg.nlp.lexicons import Lexicons
from kg.nlp.relmodel import load_model
from kg.nlp.titles import parse_title, title_prefix
from kg.nlp.tokens import CLAUSE_PUNCT, MAIN_PRODUCTS, STOCK_CODE_NOTE, STOCK_MARK, Cand, Tok, is_cjk, rare_word, strip_legal
from kg.types import RELATION_ENDS

__all__ = ["RelCand", "find_relations", "parse_title"]

_ORGISH = frozenset({"Company", "Organization", "Product"})
_PATTERN_RELATIONS = ("investedIn", "acquired", "launched", "founded", "partnerOf")
#: The types a pattern may relate: the ontology's domain and range (kg.types.RELATION_ENDS),
#: except that an organisation a deal is about also counts (the relation then types it a
#: Company); ``controls`` (控股) becomes subsidiaryOf or, for a person, investedIn.
_HEAD_TYPES = {r: RELATION_ENDS[r][0] for r in _PATTERN_RELATIONS} | {"controls": RELATION_ENDS["investedIn"][0]}
_TAIL_TYPES = {r: RELATION_ENDS[r][1] for r in _PATTERN_RELATIONS} | {
    "investedIn": RELATION_ENDS["investedIn"][1] | {"Organization"},
    "acquired": RELATION_ENDS["acquired"][1] | {"Organization"},
    "controls": RELATION_ENDS["subsidiaryOf"][1],
}
_UNIT_SUFFIXES = ("事业群", "事业部", "业务群", "实验室", "研究院", "子公司", "分公司", "部门", "中心")
#: Words without which a sentence holds no licence, and no control (quick tests).
_LICENCE_WORDS = re.compile(r"授权|授予|许可|引进")
_CONTROL_WORDS = re.compile(r"控股|控制")
#: 向/从/获得 and the other party's kind before its name: 向意大利, 从韩国, 获得.
_FROM_OR_TO = re.compile(r"(向|从|获得)[^，,。；;]{0,12}$")
#: Between a firm and its partner: 与 and the partner's kind (还与德国零部件供应商).
_KIND_OF_PARTNER = r"[^，,。；;、]{0,12}?(?:公司|企业|国企|央企|车企|药企|房企|险企|厂商|商|机构|平台|集团|品牌|银行|大学|研究院|医院)"
#: A licence's verb before the licensee (and the licensee's kind): …权益授权给, 授予, 授权给美国生物技术公司.
_LICENSED_TO = re.compile(r"(?:授权(?:给|予)|(?:许可|授予)给?)(?:" + _KIND_OF_PARTNER + ")?$")
_WITH_A_KIND = re.compile(r"[）)]?(?:今日|近日|日前)?(?:宣布|表示)?(?:还|也|已|已经|将|正式|再次|同时|则|分别)*(?:与|同|跟)" + _KIND_OF_PARTNER)
#: The next partner of a list, with its kind: 、地图服务商.
_LISTED_KIND = re.compile(r"(?:、|和|及|以及)" + _KIND_OF_PARTNER)
#: X是…/X系…, then its controller's name (X是Y全资控股的企业).
_IS_CONTROLLED = re.compile(r"(?:则|也|目前|现)?(?:是|系|为)(?:一家|一个)?(?:由)?")
#: After the controller's name: …全资控股的, 实际控制的, 控股的.
_CONTROL_AFTER = re.compile(r"(?:全资|绝对|相对|实际|间接|直接)?(?:控股|控制)(?:的|之)")
#: What a relative clause of ownership modifies: …品牌的青岚科技 (a name after 的).
_OWNED_BY_NEXT = re.compile(r"的[\u4e00-\u9fffA-Za-z]{0,6}?(?:公司|科技|集团|股份|控股)")
#: A clause that opens with what the sentence's firm owns: 旗下目前拥有, 旗下有.
_OWNS_LIST = re.compile(r"\s*旗下(?:目前|现|还|共)?(?:拥有|有|包括)")
#: Between the last of a list of agents and their verb: they act together (甲、乙于2019年联合创立).
_TOGETHER_BEFORE = re.compile(r"(?:等人?)?(?:于[^，,。；;]{0,10}?)?(?:一起|共同|联合)")
#: Between founders and the founding verb: when and where (甲和乙2015年在杭州|创立了X).
#: (a place the text names stands as ＠: 在＠, 于2015年在＠)
_FOUNDING_ADJUNCTS = re.compile(r"(?:等人?|[两二三四五]人)?(?:(?:于|在)?\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?"
                                r"|(?:在|于)＠+(?:[\u4e00-\u9fff]{1,4}?(?:区|县|镇|园|村))?|一起|共同|联合|合伙)*")
#: After the funders a clause names after 由: how they fund (以自有资金全额出资, 孵化并投资, 共同出资设立).
_FUNDS_AFTER = re.compile(r"(?:等(?:[一二三四五六七八九十\d]+家)?(?:机构|企业|单位|公司|股东)?)?(?:于?\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?"
                          r"(?:以[^，,。；;由]{1,8}?)?(?:全额|共同|联合|独家|全资)?(?:出资|注资|孵化并投资|孵化和投资|投资)"
                          r"(?:(设立|组建|成立|创办|新设)|(?=$|[，,。；;）)]|并|且)|(?=的))")  # (not 投资建设的产业园, 投资团队, 投资5亿元建设)
#: Between a firm (or a clause's start) and 由 of its funders: adverbs only (X则由, X系由, ，并由).
_BEFORE_BY = re.compile(r"\s*(?:并|且|则|均|全部|主要|已|将|目前|最初|当时)*(?:系|是)?")
#: Between an owner and its firm named as a holder: A下属企业|B, A旗下的|B, A全资子公司|B.
_OWNERS_FIRM = re.compile(r"(?:下属|旗下|控股|全资)(?:的)?(?:企业|公司|子公司|平台|基金)?")
#: A subsidiary's kind right before its name: 全资子公司X, 境外全资子公司X, 在华全资子公司X, 控股孙公司X.
_SUBSIDIARY_KIND = re.compile(r"(?:境外|境内|海外|在华|国内)?(?:一家|([两二三四五六七八九十多几]+)家)?(?:全资|控股|间接控股|直接控股)"
                              r"(?:子公司|孙公司)(?:[—－\-]{1,2}|：|:|“|「|为(?:注册于[^，,。；;的]{1,8}的)?)?")
#: A plan, not a deed (拟将, 计划将, 准备, 有意, 考虑, 筹划, 或将, 有望).
_PLANNED = re.compile(r"拟|计划|准备|有意|考虑|筹划|或将|有望")
#: Between a firm (or a business of it) and the subsidiary's kind: it is split off or turned into one
#: (将云业务分拆为, 升级为独立运营的).
_BECOMES_SUBSIDIARY = re.compile(r"(?:分拆|拆分|升级|改组|重组|改制)(?:为|成)(?:独立运营的|独立的|一家)?$")
#: Between an owner (or a clause's start) and its subsidiary's kind: 的, 旗下, 及, 通过, 在捷克拥有一家,
#: 中国区总裁、 (a post at the owner before a post at its subsidiary), 公司 (the company the text is about).
_TO_SUBSIDIARY = re.compile(r"\s*(?:(?:本|该)?公司)?(?:的|之|旗下(?:的)?|下属(?:的)?|其|及其?|和|以及|通过|向|对|将|拟|已|目前|还"
                            r"|在[^，,。；;、“”]{1,6}?(?:拥有|设有|设立了|新设)|拥有|设有|设立了|新设"
                            r"|[^，,。；;、“”]{0,6}(?:总裁|总经理|董事长|负责人|CEO)、)*")
#: Between an owner and the firm it owns, named as a deal's object: 的全资子公司, 旗下的, 控股的, 所属.
_OWNED_AFTER = re.compile(r"(?:的|之)?(?:(?:旗下|下属)(?:的)?(?:(?:全资|控股)?子公司)?|(?:全资|控股|间接控股)?(?:子公司|孙公司)"
                          r"|(?:全资|绝对)?控股的|所属的?)")
#: Between a firm and its product: 的, 旗下(的), 自研的, 自主研发的.
_POSSESSIVE = re.compile(r"(?:的|旗下的?|自研的|自主研发的|研发的)(?:(?:新一代|最新|首款|旗舰|新|自有|子|主力|核心|智能|AI)?"
                         r"(?:品牌|App|APP|应用|平台|助手|小程序|大模型|产品|新品|车型|手机|芯片|操作系统))?")
# (X的App“P”, X的新品牌“P”; not X的竞品App“P”, X的合作平台“P”: only words that describe X's own)
#: 的 (旗下, 自研的) alone, before the words that say what a product is (X的|生成式模型平台|“P”).
_POSSESSIVE_WORD = re.compile(r"的|旗下的?|自研的|自主研发的|研发的")
#: The words that say what a product is, after 的/旗下 and right before its name (up to 12 characters).
_KIND_PHRASE_BEFORE = re.compile(r"(?:的|旗下)([^的，,。；;：:、“”「」《》（）()\s]{1,12})$")
#: A firm's first product, then what it is (X的第一款产品是…App“P”).
_FIRST_PRODUCT = re.compile(r"(?<=的)(?:第一款|首款)产品(?:是|为)")
#: Nouns that a trigger's verbal noun right before them only describes (开发平台, 研发中心, 投资机构).
_NOUNS_A_VERB_DESCRIBES = frozenset({"平台", "中心", "团队", "基地", "部门", "工具", "体系", "机构", "方案", "能力", "费用",
                                     "投入", "人员", "环境", "模式", "流程", "周期", "成本", "进度", "经验"})
#: A count and a firm's own products' word, right after the products listed (A、B两大核心品种, A和B两款主力产品).
_COUNTED_OWN_PRODUCTS = re.compile(r"(?:两|三|四|五|六|七|八|九|十|\d+)(?:大|款|个|种)(?:核心|主要|主力|拳头|主打|明星)(?:品种|产品|品牌)")
#: A note right after a person's name that holds an organisation's name and a title: （X公司董事长）, ，X公司董事长，
#: (the note is group 1 in brackets, group 2 between commas, where more of the sentence follows).
_POST_NOTE_AFTER = re.compile(r"(?:[（(]([^（()）。；;，,]{3,40})[）)]|[，,]([^（()）。；;，,：:“”]{3,30})[，,](?=[^，,。；;]))")
#: Before a serve verb, words of a post not held now: planned, given up or past (拟任, 不再担任, 此前担任, 曾先后担任, 历任).
_NOT_NOW_BEFORE_POSTS = re.compile(r"拟|不再|此前|之前|曾|历任|先后|原|离任|卸任|辞去|将")
#: A committee of a firm's board (董事会战略委员会, 审计委员会): a post there is a post at the firm.
_BOARD_COMMITTEE = re.compile(r"^(?:董事会|监事会)|(?:战略|审计|提名|薪酬|考核|风险|风控|投资|决策|关联交易|可持续发展|ESG)[^，,]{0,6}委员会$")
#: A post not held now, or not one that runs the firm, inside a title: 原副总裁, 前CEO, 离任董事, 拟任总经理, 名誉董事长.
_FORMER_IN_TITLE = re.compile(r"^(?:[原前]|离任|卸任|已故|时任|拟任|候任|首任|名誉|荣誉)|曾任|退休|相关负责人")
#: Posts held one after another, up to a subsidiary's kind (历任研发总监、全资子公司…).
_POSTS_HELD_BEFORE = re.compile(r"(?:历任|曾任|先后任|先后担任)[^，,。；;]{0,20}、$")
#: Titles of those who speak of another firm (分析师, 研究员, 合伙人, 投资经理).
_OUTSIDE_VOICE = re.compile(r"分析师|研究员|合伙人|投资|董事总经理|顾问")
#: Firms whose people speak of other firms: brokers, investors, research houses.
_OUTSIDE_FIRMS = ("资本", "证券", "投资", "基金", "创投", "资管", "研究院", "研究所", "咨询")
#: An analyst's or an investor's title right after the firm's name (澜峤证券首席分析师, 澜峤资本合伙人).
_ANALYST_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:分析师|研究员|合伙人|投资经理|投资总监|董事总经理)")


def _outside_voice(text: str, firm: Cand) -> bool:
    """``firm`` is followed by the title of one who speaks of other firms: an analyst anywhere, a researcher or an
    investor's title at a broker, an investor or a research house (not 岫川科技首席研究员, a firm's own staff)."""
    m = _ANALYST_AFTER.match(text, firm.end)
    return m is not None and ("分析师" in m.group() or firm.text.endswith(_OUTSIDE_FIRMS))


#: Between a name inside the description of the product that follows and that product (接入“峤言”|大模型的App“|P).
_INSIDE_A_DESCRIPTION = re.compile(r"[”」》]?[^，,。；;“”「」]{0,8}?的[^，,。；;“”「」的]{0,10}[“「《]?")
#: After what a relative clause says another made: the subject is derived from it (…推出的平台的升级版, 衍生而来).
_DERIVED_FROM = re.compile(r"的[^，,。；;的]{1,10}的(?:升级版|新版|改版|替代品|竞品|衍生品|仿制品|复刻版|翻版|山寨版)|衍生而来|脱胎于")
#: A post with its foreign form in brackets, perhaps one of several (董事总经理（Geschäftsführer）之一).
_POST_WITH_NOTE = re.compile(r"(的)?([^，。,;；（(]{1,16}[（(][A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .\-]{1,30}[）)](?:之一)?)(?=$|[，。,;；])")
#: A reference to a firm at a clause's start (该公司, 这家企业, 此公司).
_UNNAMED_REF = re.compile(r"(?:该|这家|此)(?:公司|企业|集团)")
#: A speech verb that ends a clause, right before what is said (甲表示，公司的…).
_SAID_THEN = re.compile(r"(?:表示|称|介绍|透露|指出|说)[，,：:]\s*$")
#: Before a firm that a product is for, not by (面向X的, 适用于X的, 为X打造的).
_FOR_A_CUSTOMER = re.compile(r"(?:面向|适用于|适配|适合|用于|为|给|供|针对)$")
#: Words of a product's description that make it another party's (竞品App, 合作平台, 代理品牌).
_NOT_OWN_KIND = re.compile(r"竞品|竞争|竞对|对标|对头|劲敌|平替|对手|合作|代理|同类|友商|客户|供应|供货|伙伴|第三方|外部|投资|被投|收购"
                           r"|上游|下游|入驻|股东|合资|参股|战投|关联|母公司|兄弟|经销|加盟|代运营|代销|进口|贴牌|采购|定制|适配|配套|引进"
                           r"|授权|代工|联名|对象|厂商|主机厂|投放|销售|首发|发行|结算|服务商|底座|目标|买家|渠道")
#: The tags of the words that say what a product is (生成式|模型|平台, 慢病|管理|App): nouns and modifiers, no verb.
_KIND_WORD_TAGS = frozenset({"n", "nz", "vn", "a", "an", "b", "eng", "nw", "f"})
#: 公司 (该公司, 本公司) and 的/旗下 before the words that say what the product is (公司的生成式模型平台“P”).
_COMPANYS_OWN_BEFORE_KIND = re.compile(r"(?:(?:本|该)公司|(?<=[了的在和与及对为将把向从由，,、])公司)(?:的|旗下的?|自研的|自主研发的)$")
#: After a product: its trade, where the firm before it is no maker (代工订单, 供应短缺, 采购量, 测试平台).
_NOT_ITS_MAKERS_AFTER = re.compile(r"[”」》]?[\u4e00-\u9fff]{0,4}?(?:的)?(?:代工订单|代工业务|供应(?:出现|短缺|紧张|不足)|采购|测试平台|仿制|竞品)")
#: Before a firm: its product is compared or traded, not owned by who speaks (对标X的P, 代理X的P).
_NOT_ITS_MAKER_BEFORE = re.compile(r"(?:对标|比肩|仿制|模仿|仿照|效仿|抄袭|替代|代工|代理|经销|分销|竞品|对手)$")
#: 公司 right before a product: the text's company's (主导了公司“甲”系统的研发; not 子公司的, 分公司的).
#: (公司 after a word of its own, not the end of a kind: 众筹公司X, 科技公司X)
_COMPANYS_BEFORE_PRODUCT = re.compile(r"(?:(?:本|该)公司|(?<=[了的在和与及对为将把向从由，,、])公司)(?:的|旗下的?|自研的|自主研发的)?$")
#: Between the agent and the verb of a relative clause: an adverb, a time (Y是X于2022年推出的平台, 早年创办的).
_AGENT_TO_VERB = re.compile(r"(?:所|曾|曾经|已|已经|先后|早年|共同|联合|自主|独立|自行)?"
                            r"(?:(?:于|在)?(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:初|底|末|年中)?|今年|去年|前年)"
                            r"(?:所|已|共同|联合|自主|独立|自行)?)?")
#: Taking part in a firm's round or capital increase (A参与了X的B轮融资, 参与X定增): an investment.
_JOINING_VERBS = frozenset({"参与", "参加"})
_JOINS_ROUND = re.compile(r"了?[^，,。；;对]{1,30}?的[^，,。；;的]{0,10}?(?:融资|增资|增资扩股|定增|定向增发|非公开发行|战略配售|配售|募资|认购)"
                          r"(?=$|[，,。；;、）)]|并|且|中|时|后|等|及|和|认购)")  # (not 融资方案, 融资路演, 融资租赁, 定增报价)
_JOINED_ROUND = ("investedIn", 0.85)
#: A clause that names a firm's next holder, after one named before: 第二大股东为, 其他股东为.
_NEXT_HOLDER = re.compile(r"\s*(?:而|另|另外|此外)?(?:第[二三四五六七八九十\d]+大|其他|另一|另一大|其余)股东(?:分别)?(?:为|是|系)")
#: Right before a person: he is the one replaced (接替|甲, 取代|甲).
_REPLACES_BEFORE = re.compile(r"(?:接替|接任|取代|替代|顶替|继任)$")
#: A clause that opens with a relative's word before the name: 其长子|乙, 他的女儿|丙.
_KIN_OPENS = re.compile(r"\s*(?:其|他的|她的)?(?:长子|次子|幼子|儿子|长女|次女|女儿|子|女|妻子|丈夫|夫人|弟弟|哥哥|妹妹|姐姐"
                        r"|侄子|外甥|女婿|儿媳)")
#: A clause that opens with a partner: (并)与大学室友|乙一起创办…
_CLAUSE_LEAD = r"\s*(?:并|还|又|则|也|后|随后|此后|之后|同年|次年|当年|\d{2,4}年)*"
#: (a partner's description holds no 的, 是 or pronoun: not 与他同期的乙, 与乙创办的X)
_PLAIN_DESCRIPTION = r"[^，,。；;的是他她之此其]{0,8}"
#: (with 共同/一起 after the partner, a description of any kind is safe: 与其父亲|乙共同创办)
_ANY_DESCRIPTION = r"[^，,。；;]{0,10}"
_PARTNER_OPENS = re.compile(_CLAUSE_LEAD + "([与和同跟])" + _PLAIN_DESCRIPTION)
#: Between two people of a list, the second described (甲、工程师乙, 甲和校友乙).
_LISTED_DESCRIBED = re.compile(r"(?:、|和|及|与)" + _PLAIN_DESCRIPTION)
_PARTNER_OPENS_TOGETHER = re.compile(_CLAUSE_LEAD + "([与和同跟])" + _ANY_DESCRIPTION)
#: A word of doing it together: 一起, 共同, 联合, 合伙.
_TOGETHER_WORD = re.compile(r"一起|共同|联合|合伙")
#: Between the last of a product's makers and the verb: they made it together (A与B联合开发, A和B合作研发).
_MADE_TOGETHER = re.compile(r"(?:等)?(?:一起|共同|联合|合作|携手)")
#: The verbs of a maker after 由 (P由X开发); not 提供 or 亮相 (由A提供芯片: a supplier).
_MADE_VERBS = frozenset({"开发", "研发", "打造", "推出", "发布"})
#: After the maker's verb: the clause ends, or the making goes on (并, 完成, 而成, 运营).
_MADE_VERB_ENDS = re.compile(r"[，,。；;！!]|$|并|而成|完成|运营|上线")
#: Between 由 and the maker: nothing, or the maker's owner and a word of owning (由公司旗下的X, 由A旗下的研究院X).
_BY_THEN_MAKER = re.compile(r"(?:[^，,。；;]{0,12}?(?:旗下|下属|全资子公司|控股子公司|子公司)的?)?")
#: Between the maker and the verb: how it was made (联合, 自主, 历时四年); no other word.
_HOW_MADE = re.compile(r"(?:联合|共同|合作|携手|一起|自主|独立|负责|主导|牵头|全程|"
                       r"(?:历时|耗时|用时|历经|花费|花了)(?:近|约|超过|逾)?[\d一二三四五六七八九十两半多]+(?:个)?(?:年|月|个月|天|周)(?:时间)?(?:的时间)?)*")
#: A partner described after 与 (甲与大学室友|乙, 甲与搭档|乙, 甲和前同事、飞控专家|乙, 甲2015年与|乙).
_DESCRIBED_PARTNER = re.compile(r"(?:于?\d{2,4}年(?:\d{1,2}月)?)?([与和同跟])" + _PLAIN_DESCRIPTION)
_DESCRIBED_PARTNER_TOGETHER = re.compile(r"(?:于?\d{2,4}年(?:\d{1,2}月)?)?([与和同跟])" + _ANY_DESCRIPTION)
#: A clause that opens with what a business unit runs: 统管短视频产品“甲”, 负责外卖平台“乙”.
_UNIT_RUNS = re.compile(r"\s*(?:统管|主管|负责|分管|运营|管理)(?:着)?")
#: What a unit runs that is another's: 代理销售外部厂商的“甲”, 对接合作伙伴的“乙”, 引进的游戏.
_OTHERS_GOODS = re.compile(r"代理|代销|分销|外部|合作伙伴|合作方|第三方|对接|引进|授权")
#: Right after a person who ends a clause (总裁是甲；, 总经理是甲。).
_ENDS_CLAUSE = re.compile(r"\s*(?:[（(][A-Za-z][A-Za-z .\-·]{1,40}[）)])?(?:[，,。；;！!）)]|$)")  # (甲（Mateo Bellin），: a Latin note)
#: Internal business groups of a firm, and the verbs of a reorganisation that names them.
_BUSINESS_GROUPS = ("事业群", "事业部", "业务群", "事业本部")
_REORGANISES = re.compile(r"(?:整合(?:为|成)|调整为|拆分(?:为|成)|重组为|合并(?:为|成)?|升级为|划分为|新设|新成立|设立|成立|组建)"
                          r"(?!于|以来|之初|至今|后|时|初期|早期|十|二十|\d|周年|新公司)")
#: The rest of a clause that says a firm is another's: 旗下的(高端)新能源品牌(之一), 的全资子公司 (nothing else after).
_MEMBERS_CLAUSE_END = re.compile(r"(?:旗下的?(?:(?!的)[\u4e00-\u9fffA-Za-z]){0,8}?(?:品牌|子品牌|子公司|公司|企业|平台|业务|板块)"
                                 r"|的(?:间接|直接)?(?:全资|控股)?(?:子公司|孙公司))(?:之一)?\s*")
#: The units a reorganisation left, listed with no firm named (调整后的四大事业群分别为：A事业群（XYZ）、B事业群…):
#: the units of the firm the paragraph is about.
_UNITS_AFTER_REORGANISING = re.compile(r"(?:调整|重组|整合|改组|升级)后的?[^，,。；;：:]{0,8}?(?:事业群|事业部|业务群|业务集团|板块)"
                                       r"(?:分别为|分别是|包括|为)[：:]?")
#: What the media report or what may happen: 据媒体报道, 或被收购.
_REPORTED = re.compile(r"据(?:媒体|外媒|知情人士)?报道|媒体报道称|或被|拟被|将被")
#: Units merged into one another: 并入, 合并, 整合为.
_MERGES = re.compile(r"并入|合并|整合")
#: The end of a list of a firm's new units: 等六大业务集团, 等三个事业群, 等业务板块.
_GROUPS_LIST_CLOSE = re.compile(r"等(?:[一二三四五六七八九十两\d]+(?:大|个|家))?(?:业务集团|事业群|事业部|业务板块|子集团|业务单元)")
_LIST_BREAK = re.compile(r"[。！？!?\n]")  # (a colon's list may run over ；: A事业群由甲兼管；B事业群…)
#: A body of its own, not a firm's unit: a school's, an institute's, the state's.
_OUTSIDE_BODY = re.compile(r"大学|学院|研究院|研究所|国家|协会|学会|科学院")
_INTRANSITIVE = frozenset({"亮相", "面世", "问世", "上线", "发布", "登场", "开售"})
_COORD = re.compile(r"^\s*(、|和|与|及|以及|并|，|,)\s*$")
_PREPS = ("对", "向", "与", "和", "同", "跟", "联合")
#: Between a supplier and 提供 (or 供应): to whom it supplies (A也将向海外客户提供…, A为其提供…).
_SUPPLIES_TO = re.compile(r"(?:也|将|已|还|正|会|均|都|可|能)*[向为给][^，,。；;]{1,16}")
#: Verbs that cast the firm after them in a role in another's story: 作为药企X的伙伴, 继车企X之后, 面向车企X.
_ROLE_VERBS = frozenset({"作为", "继", "面向", "牵手", "借鉴", "不同于", "对标", "联手", "携手", "参照", "效仿"})
#: The special-treatment mark before a listed company's short name: ST, *ST, S*ST.
_STOCK_MARK = re.compile(rf"\s*{STOCK_MARK}\s*$")
#: Prepositions between a verb and a name that make the name no object of the verb.
_BENEFICIARY_PREPS = frozenset({"为", "给", "替", "帮", "向", "对", "与", "同", "跟"})
_PART_OF = re.compile(r"(?:在[^，,。；;]{1,20}?)?(?:的)?[^，,。；;]{0,8}?(?:业务|资产|项目|部门|工厂|土地|大楼|产品线|门店|品牌|事业部)")
#: A share expression after a name: 10%股权, 10万股, 股份.
_STAKE = re.compile(r"(?:约|逾|近|超过|超|合计)?(?:[\d.,%％]+|<N>|几|部分|全部|大部分|多数)?\s*(?:%|％)?\s*(?:的)?(?:股权|股份|股票|万股|亿股|股(?![东价市]))")
_COOP = re.compile(
    r"(合作|携手|结盟|联手|战略协同|联合打造|联合开发|联合推出|共同开发|共同打造|共建|(?:组成的?)?联合体"
    r"|(签署|签订|达成|签有)[^，,。；;]{0,12}(战略|框架|合资|联盟|供货|供应|采购|授权|许可|代工|直采|技术服务"
    r"|联合|出品|研发)[^，,。；;]{0,6}(协议|意向书|备忘录|合同)"
    r"|(成立|组建|设立|合资成立|共同成立|共同出资成立)[^，,。；;]{0,4}合资(公司|企业)"
    r"|(举行|举办)[^，,。；;]{0,6}合资(公司|企业|工厂)(揭牌|成立|开业|签约)"  # A与B举行合资公司揭牌仪式
    r")"
)
#: After a bought stake: the buyer now controls the company (成为Y的控股股东 / 大股东 / 实际控制人); a
#: rank (第一大股东, 最大股东) says only that no one holds more, not that the holder controls.
_CONTROL_GAINED = re.compile(
    r"[^。；;]{0,16}?(?:并|从而|进而|后|之后|以|来)?(?:将)?(?:一举)?成为[^，,。；;]{0,12}?"
    r"(?:控股股东|(?<![第一二三四五六七八九十\d最])大股东|实际控制人|控股方|绝对控股)"
)
#: A clause that is a time adverbial: 在……后, 在……期间, 在……之前.
_TIME_ADVERBIAL = re.compile(r"\s*(?:在|于)[^，,。；;]+(?:后|之后|以后|内|时|之时|前|之前|以前|期间|之际)\s*")
#: A company bringing in holders: ``引进战略投资者``, ``引入3家基石投资者，分别为``; then the names.
_BRINGS_IN = re.compile(r"[^，,。；;]{0,6}?(?:引入|引进)(?:了)?")
_BRINGS_IN_HOLDERS = re.compile(
    _BRINGS_IN.pattern + r"[^，,。；;]{0,10}?(?:投资者|投资方|投资人|股东)\s*[，,：:]?\s*(?:分别为|分别是|包括|为|是)?")
#: Between an owner and its unit named next: 的子公司, 旗下的, 下属企业.
_A_UNIT_OF = re.compile(r"(?:的|旗下的?|下属的?)(?:全资|控股)?(?:子公司|孙公司|企业|公司|基金|平台)?")
#: A clause that opens with its holders' list: 其股东名单中包括, 其主要股东包括, 其投资方分别为.
_ITS_HOLDERS = re.compile(r"\s*其(?:主要|现有|前[一二三四五六七八九十\d]+大)?(?:股东|投资者|投资方|投资人)(?:名单)?(?:中|里)?"
                          r"(?:包括|分别为|分别是)")
#: A regulator's approval of a person's qualification, before the person: 核准, 核准了.
_QUALIFICATION = re.compile(r"核准(?:了)?")
#: After the firm, the post the qualification is for: 董事长的任职资格, 行长任职资格, 副行长、(the next person's).
_QUALIFIED_POST = re.compile(r"(?:的)?([^，,。；;的（）()、]{1,12}?)(?:(?:的)?任职资格|、)")
#: ``(引入A)作为战略投资者``.
_AS_HOLDER = re.compile(r"(?:作为|成为|为)(?:其|公司)?(?:的)?[^，,。；;]{0,6}?(?:投资者|投资方|投资人|股东)")
#: Idioms of taking a company over (收入囊中, 收归麾下, 纳入旗下, 揽入怀中).
_TAKEN_IN = re.compile(r"(?:收入|收归|纳入|揽入|收于|归入|收至)(?:其|自己|自家)?(?:囊中|麾下|旗下|怀中|怀抱)")
#: A clause that opens with 持有 and the company held: 而持有B股份….
_OPENS_WITH_HOLDS = re.compile(r"\s*(?:而|并|且|还|也|同时|另|另外|此外|目前|现|仍|则|共|合计|累计|分别|已|间接|直接)*(?:持有|持)(?:了)?")
#: Between a company and the shares bought: a controlling stake (Y控股权, Y的控制权).
_WHOLE_STAKE_AFTER = re.compile(r"\s*(?:的)?(?:控股权|控制权)")
_STAKE_VERBS = frozenset({"获得", "取得", "拥有", "获取"})
#: Manner words LAC glues to a trigger: 要约收购, 全面收购, 联合投资.
_MANNER = frozenset({"要约", "全面", "联合", "共同", "追加", "战略", "反向", "整体", "跨境", "溢价", "协议"})
#: A noun after a trigger word makes a compound noun of it: 控股股东, 持股比例, 投资机构, 收购方.
_NOUN_AFTER_TRIGGER = re.compile(
    r"股东|子公司|公司|权|比例|地位|机构|基金|集团|人|者|方|银行|额|款|领域|规模|金额|收益|价值|回报"
    r"|风险|策略|理念|逻辑|机会|热点|部门|平台|伙伴|关系|模式|团队|经验"
)
#: A sale of shares to a buyer: ``(将Y的股权)转让给B``, ``出售予B``.
_TRANSFER_TO = re.compile(r"(?:转让|出售|转售|卖|转|过户|划转|划拨)(?:给|予)|(?:无偿)?(?:划转|划拨)(?:至|到)")
#: A firm moved whole into another: 将…下属企业X整体划入Y, 将X并入Y.
_MOVED_INTO = re.compile(r"(?:整体|全部|一并)?(?:划入|并入|划归)")
#: Shares of the company just named: ``10%的股权``, ``的全部股份``, ``10万股``.
_SHARES_OF = re.compile(
    r"\s*(?:的)?(?:约|近|逾|共计|合计)?(?:(?:[\d.,]+|<N>)+\s*(?:%|％|万股|亿股|股)|全部|部分|大部分)?\s*(?:的)?(?:股权|股份|股票)?"
)
#: A preposition that makes the name after it a place, not an agent: 在X(交易所)竞得.
#: (通过X投资 names the vehicle, which is the investor of record.)
_ADVERBIAL_BEFORE = re.compile(r"(?:在|于|从)$")
#: ``向B转让Y…股权``: the verb after the buyer.
_TRANSFER_FROM_VERB = re.compile(r"(?:协议)?(?:转让|出售|转售|划转|划拨)(?:了)?(?:其|所)?(?:持有|所持|持)?(?:的)?")
_STAKE_OR_RIGHTS = re.compile(r"(?:[\d.,]+|<N>)\s*(?:%|％)\s*(?:的)?(?:股权|股份|权益)")
_ITS_HOLDER = re.compile(
    r"(?:与|和|同|跟|向)?(?:其|(?:该|本)公司|(?<![子分母])公司)(?:的)?"
    r"(?:(?:第[一二三四五六七八九十\d]+大|控股|最大|主要|大)?股东(?:、实际控制人)?|实际控制人)(?:为|是)?"
    # 持有公司6.83%股份的股东X, 持股5%以上股东X: a holder its stake describes
    r"|持有(?:其|(?:该|本)公司|(?<![子分母])公司)(?:约)?\d+(?:\.\d+)?\s*[%％](?:的)?(?:股份|股权)的(?:股东|投资者|投资方)?"
    r"|(?<![\u4e00-\u9fff])持股(?:\d+(?:\.\d+)?|<N>)\s*[%％](?:以上)?(?:的)?股东"
)
_HOLDERS = re.compile(
    r"^(?:(?:此次|本次|本轮|这次|该轮)?(?:[A-Za-z\d+\-]{1,5}轮|天使轮|新一轮)?融资)?"  # (X此次融资的投资方包括…)
    r"(?:的)?(?:现有|目前的|现)?(?:(?:第|前)[一二三四五六七八九十\d]+大|控股|最大|主要|重要|早期|战略|机构|大)?(?:的)?(?:流通)?(?:股东|投资者|投资人|投资方)"
    r"(?:(?:分别)?(?:为|是|系)|包括)?"
)
#: A list of names: ``A、B和C``.
_LIST_SEP = ("、", "和", "及", "以及")
#: The same, and 与 (A与B联合创立, 投资了A与B).
_LIST_SEP_WITH = (*_LIST_SEP, "与")
#: Verbs in a clause that make another firm there the likelier part: set up, bought, held (X与Y共同设立Z，为Y…).
_SETS_UP_OR_BUYS = re.compile(r"设立|成立|组建|收购|并购|持有|控股|出资|增资|入股|出售|转让|被")
#: A round raised: 完成/获得 … 融资 (X近日完成5亿元B轮融资, X宣布完成了新一轮融资).
_RAISED_ROUND = re.compile(r"(?:完成|获得|获(?![悉知]))(?:了)?[^，,。；;]{0,24}?融资")  # (not 获悉: learnt)
#: Between a firm and the 完成/获得 of its round: time words and adverbs only (于近日, 今年3月, 已于上月, 成功, 再).
_WHEN_RAISED = re.compile(r"(?:[（(][^）)]{0,20}[）)])?\s*(?:于|在|近日|近期|日前|今日|今天|昨日|本周|上周|本月|上月|今年|去年|此前|先后|累计|共|"
                          r"已|已经|正式|宣布|成功|顺利|再次|再|又|也|刚刚|目前|此轮|本轮|\d{4}年|\d{1,2}月|初|底|中旬|\s)*")
#: Before a round's 完成/获得 in its clause: not raised yet, or only planned.
_NOT_YET_RAISED = re.compile(r"尚未|未|没有|将|拟|计划|有望|准备|预计")
#: After a round: it has not happened.
_NOT_RAISED = re.compile(r"尚未|未能|没有|并未|仍未|未完成")
#: A clause that opens with a round's investors: 投资方包括, 本轮投资方为, 参投机构有.
_INVESTORS_ARE = re.compile(r"\s*(?:本轮|此轮|该轮|本次|此次)?(?:融资)?的?(?:投资方|参投方|领投方|跟投方|投资机构|领投机构|投资人|出资方)"
                            r"(?:包括|为|是|有)[:：]?")
#: A kind of firm before a listed name: 光学模组厂商C, 知名投资机构B.
_KIND_OF_LISTED = re.compile(r"[\u4e00-\u9fff]{0,8}(?:厂商|机构|公司|企业|基金|集团|平台)")
#: After a list of holders: each one's stake (分别持股18%和11%, 分别持有其30%、20%的股权).
_HOLDERS_STAKES = re.compile(r"\s*(?:目前|现|则)?分别(持股|持有)(?:其|公司|该公司)?(?:约)?[\d.]+\s*[%％]")
_SERVE_VERBS = ("担任", "出任", "任", "升任", "兼任", "是", "为", "作为", "系", "现任", "曾任")
_BECOMES_SUB = re.compile(r"(?:将|已|已经|现|目前|正式|也|随之)*(?:成为|是|为|系|作为)")
#: Between a holder and the vehicle it holds through: 通过, 通过其全资子公司, 拟通过旗下, 通过其控制的.
_THROUGH_BEFORE = re.compile(r"(?:拟|将|已|还|则|也|主要)?通过(?:其|公司)?(?:旗下|下属|(?:实际)?控制|持有)?(?:的)?(?:全资|控股)?(?:子公司|孙公司|平台)?$")
#: Between a firm (and its stock code in brackets) and the vehicle it acts through: (近日)通过(其)旗下(产业投资平台)
#: (group 1: the vehicle is its unit).
_THROUGH_VEHICLE = re.compile(r"(?:[（(][^（()）]{1,16}[）)])?[^，,。；;]{0,6}?通过(?:其)?(?:(旗下|下属|全资子公司|控股子公司|子公司)[^，,。；;]{0,10}"
                              r"|[^，,。；;]{0,8}(?:平台|基金|主体|载体|公司))")
#: A firm's word as the subject right before a verb (公司去年|设立的X, 集团|投资的): the firm acts, not a person.
_FIRM_WORD_BEFORE = re.compile(r"(?:公司|集团)(?:\d{4}年|去年|今年|前年|此前|早前|当年|近期|最近|日前|已|曾|先后)*$")
#: 母公司 (the parent) right before the parent's name, and what may stand between the firm and it (的, 从,
#: 与其, a time: X于2020年从|母公司|Y, X的|母公司为|Y).
_PARENT_WORD = re.compile(r"母公司(?:为|是)?")
_TO_PARENT = re.compile(r"(?:于[^，,。；;]{2,10}?)?(?:的|从|与其|和其|及其|其)?")
#: After a holder named first, ending its clause: 均为其股东, 是其第一大股东 (not 为其股东提供担保, 为其股东X的子公司:
#: 为 "for", or the holder's own description).
_HOLDER_OF_ITS = re.compile(r"(?:均|都|也|亦|同时|目前|现|仍)*(?:为|是|系|成为)其(?:的)?"
                            r"(?:第[一二三四五六七八九十]+大|控股|主要|重要|战略|机构|大)?股东(?:之一)?(?=[，,。；;]|$)")
#: After a holder's role: words that make the holders others (X为Y股东|提供借款, Y股东|的子公司, Y股东|大会).
_ROLE_GOES_ON = re.compile(r"(?:的|之(?!一)|大会|会|提供|带来|创造|分红|派发|负责|借款|担保|名单|结构|户数|人数)")
#: After a stake's firm, the rest of the sentence doubting it: X是Y股东的说法不实, X是Y的股东吗？
_DOUBTED_AFTER = re.compile(r"[^。；;]*?(?:(?:的)?(?:说法|消息|传闻|报道)(?:不实|有误|并不属实|不属实|系误传)|[吗么][？?]|[？?])")
#: After 公布 (announce) of a launch: a new work or product (公布了新作《X》, 公布首款车型X).
_NEW_WORK_AFTER = re.compile(r"了?(?:旗下)?(?:新作|新品|新款|首款|新游戏|新游|新车型|新机型)")
#: Before 注入 of what is put in, equity or assets (将X剩余80%股权|注入B), not money (向B注入资金).
_ASSETS_PUT_IN = re.compile(r"将[^，,。；;]{0,30}?(?:股权|股份|资产|业务)[^，,。；;]{0,4}$")
#: Before 增资(扩股) of a firm that raised the capital itself: Y已完成|增资扩股, Y正式启动|增资 (not A完成对Y的|增资).
_CAPITAL_RAISED_BEFORE = re.compile(r"(?:已|已经|正式|顺利|近日|日前|本次)*(?:完成|实施|进行|启动|开展)了?(?:本次|新一轮|首轮)?$")
#: Right after a firm: the text says it has no ties with the firm before (与B暂无直接业务往来).
_NO_TIES_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:暂无|并无|尚无|毫无)(?:任何|直接)?(?:的)?(?:业务往来|业务合作|合作关系|合作|往来)")
#: Right before a relation's verb or a firm: a question about it (是否与B存在, X是否推出了; not 无论是否, 总是否认,
#: nor 是否…的/之际/后, a question that only describes).
_ASKED_BEFORE = re.compile(r"(?<![总论管])是否(?:已经?|会|将|曾|有意|计划)?[^，,。；;、的际时后]{0,10}$|有没有(?:与|和|同)?[^，,。；;、的]{0,10}$")
#: Right after a firm: a question about it (公司与Y是否有合作).
_ASKED_AFTER = re.compile(r"[^，,。；;]{0,4}?(?<![总论管])(?:是否|有没有)")
#: After a relation's verb: the sentence says it is so after all (此次签约, 双方签署了…协议, 确认, 合作多年, 获得通过).
_AFFIRMED_AFTER = re.compile(r"(?<![未待])(?:签约|签署|签订|建立[^，,。；;]{0,4}合作|达成[^，,。；;]{0,4}合作|合作多年|确认|证实|属实|获得通过"
                             r"|审议通过)")
#: Before an affirming word: it is still to come or denied (有待官方证实, 尚未确认, 无法证实).
_NOT_YET_BEFORE = re.compile(r"(?:待|未|无法|不能|没有)[^，,。；;]{0,4}$")
#: Between a firm and the firm it set up with all or most of the money (A全资设立X, A于2022年全资成立了X, A控股发起设立了X).
_WHOLLY_SET_UP = re.compile(r"(?:于[^，,。；;]{2,12}?)?(?:目前|近日|日前|此前|已|又|还|也)*(?:全资|控股)(?:发起)?(?:设立|成立|组建|新设)(?:了)?")


def _affirmed_after(text: str, start: int, end: int) -> bool:
    """The sentence says the questioned or denied relation is so after all, after ``start``."""
    return any(not _NOT_YET_BEFORE.search(text, max(start, m.start() - 6), m.start())
               for m in _AFFIRMED_AFTER.finditer(text, start, end))


#: After the vehicle: the deal itself (，领投了…, 投资了…, 收购…), with no subject of its own.
_CARRIES_DEAL = re.compile(r"[，,]?(?:并|已|还|先后|分别)?(?:领投|参投|跟投|投资|入股|收购|增资|认购|控股)")
#: A clause with no subject of its own, which goes on with the one before: 在合肥设有实验室, 并于…, 同时…
_CARRIES_SUBJECT = re.compile(r"\s*(?:并|还|也|又|同时|此外|另外|目前|现)?(?:在|于|从|向|对|已|将|设有|拥有|建有)")
#: 是 or 为 after a member's name, perhaps after a time word: X为, X目前为, X现系.
_IS_NOW = re.compile(r"(?:目前|现|现已|已|仍|也|均|都|现在|如今)?(?:是|为|系)")
#: Between 对 and a firm: the brand it runs, then its role (对精酿啤酒品牌“X”的运营主体|Y的收购).
_OPERATOR_OF_BRAND = re.compile(r"[^，,。；;]{0,12}?品牌[“「\"][^”」\"]{1,12}[”」\"]的(?:运营主体|经营主体|运营方|运营公司|母公司|所属公司)")
#: After a quote: it is what a rumour or a report says (“A将收购B”的传闻, …的市场传言, …的说法).
_RUMOUR_AFTER_QUOTE = re.compile(r"(?:的|等)?(?:(?:市场|网络|媒体|坊间|网上)?(?:传言|传闻|猜测|猜想)|(?:市场|网络|媒体|坊间|网上)(?:消息|报道|说法))")
#: After a rumour: it was confirmed or came true (属实, 得到确认, 终于落地, 已签署).
_RUMOUR_CONFIRMED = re.compile(r"属实|证实|确认|落地|准确|成真|已签署|已完成|正式签署")
#: A wire's dateline and byline at a clause's start: 新华网杭州3月2日电 （记者 X）, 本报讯（记者 X）.
_DATELINE_LEAD = re.compile(r"[^，,。；;（(]{2,20}?(?:\d{1,2}月\d{1,2}日电|[报社网]讯)\s*(?:[（(]记者[^（()）]{0,20}[）)])?\s*")
#: A joint venture named by its kind alone: 合资公司, 该合资公司, 这家合资企业 (group 1: a determiner).
_THE_JOINT_VENTURE = re.compile(r"(该|这家|此|上述)?合资(?:公司|企业)")
#: What may open a clause before its subject: a time, a sequence word (2018年她创办了X, 此后他加入Y).
_LEAD_TIME_WORDS = (r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|此后|随后|后来|当年|同年|次年|之后|如今|现在|目前|同时|此前|早年"
                    r"|去年|今年|当时|随即)?")
_LEAD_TIME = re.compile(r"\s*" + _LEAD_TIME_WORDS)
#: 他/她 as a clause's subject (2008年，他和同学创办了X; 此后她加入Y): one person, not 他们, 他俩, 他的, 他人.
_PERSON_PRONOUN = re.compile(r"(?:^|(?<=[，,。；;：:！？!?”\s]))" + _LEAD_TIME_WORDS + r"(他|她)(?![们俩的人])")
#: Words right before a name that say a man or a woman (甲的丈夫乙, 其妻子乙).
_MALE_BEFORE = re.compile(r"(?:丈夫|老公|儿子|父亲|哥哥|弟弟|祖父|爷爷|外公|男友)$")
_FEMALE_BEFORE = re.compile(r"(?:妻子|夫人|太太|老婆|女儿|母亲|姐姐|妹妹|祖母|奶奶|外婆|女友)$")


def _sex_of(text: str, p: Cand) -> str | None:
    """``"m"`` or ``"f"`` when an honorific after the name or a kin word before it says which, else None."""
    if text.startswith("先生", p.end) or _MALE_BEFORE.search(text, max(0, p.start - 2), p.start):
        return "m"
    if text.startswith(("女士", "小姐"), p.end) or _FEMALE_BEFORE.search(text, max(0, p.start - 2), p.start):
        return "f"
    return None


def _people_in(text: str, lo: int, hi: int, mentions: Sequence[Cand]) -> list[Cand]:
    """The persons named in ``[lo, hi)``, not a byline's reporter: who a later 他/她 may be (one in quotes
    too: “甲是…，”乙说。她…: either; only one outside them opens a clause, see _opens_clause)."""
    return [m for m in mentions if m.type == "Person" and lo <= m.start and m.end <= hi and m.source not in ("byline", "ref")]


def _opens_clause(text: str, lo: int, p: Cand) -> bool:
    """``p`` is its clause's first word, after any time or adverb (…，2009年甲创办了X)."""
    cs = max([lo] + [text.rfind(ch, lo, p.start) + 1 for ch in "，,；;：:。"])
    lead = _POST_ADVERBS.match(text, _LEAD_TIME.match(text, cs).end()).end()
    return p.start == lead


def _sentence_people(text: str, span: tuple[int, int], mentions: Sequence[Cand],
                     before: tuple[list[Cand], Cand | None]) -> tuple[list[Cand], Cand | None]:
    """Whom a 他/她 in a later sentence may stand for: the persons this sentence names (one each) and
    the one of them opening its clauses, if one does (甲的导师乙是…: 乙, whom the possessor introduces);
    ``before`` when it names none."""
    people = _people_in(text, span[0], span[1], mentions)
    if not people:
        return before
    openers = []
    for p in people:
        if _opens_clause(text, span[0], p):
            nxt = next((q for q in people if q.start > p.end), None)
            if nxt is not None and re.fullmatch(r"和|与|及|、|以及", text[p.end : nxt.start]):
                openers += [p, nxt]  # 甲和乙都曾在X工作: two subjects
                continue
            introduced = text.startswith("的", p.end) and nxt is not None and not re.search(r"[，,；;：:]", text[p.end : nxt.start])
            openers.append(nxt if introduced else p)
    named = list({p.name or p.text: p for p in people}.values())
    subjects = {p.name or p.text for p in openers}
    return named, (openers[-1] if len(subjects) == 1 else None)


def _pronoun_person(text: str, she: bool, people: Sequence[Cand], subject: Cand | None) -> Cand | None:
    """Which of ``people`` 他/她 stands for. 她 is marked: the only one a 女士 or a kin word calls a
    woman (甲为乙女士颁发了聘书。她…: 乙), else the only one not called a man. 他 may stand for anyone:
    the only one not called a woman, else the subject if it is not. None when two could be meant."""
    if she:
        women = [p for p in people if _sex_of(text, p) == "f"]
        if len(women) == 1:
            return women[0]
    rest = [p for p in people if _sex_of(text, p) != ("m" if she else "f")]
    if len(rest) == 1:
        return rest[0]
    if not she and subject is not None and subject in rest:
        return subject
    return None


#: Another joint venture than the one named before: 另一家合资公司, 一家新的合资公司 (a later 合资公司 is that one).
#: A joint venture set up with no name given (又与B成立合资公司，甲出任合资公司总经理: that one, not an earlier one).
_SETS_UP_A_JOINT_VENTURE = re.compile(r"(?:成立|设立|组建|新设|合资成立)(?:了)?(?:一家)?(?:新的)?合资(?:公司|企业)(?![\u4e00-\u9fff（(])")
#: Right before a firm's word: a verb of taking a post (出任|合资公司董事长).
_POST_VERB_BEFORE = re.compile(r"(?:出任|担任|兼任|任)$")
#: Words for something a firm may hold other than the firm itself (公司, 子公司, 股权, 业务, 资产, 项目…).
_ANOTHER_THING_HELD = re.compile(r"公司|企业|股权|股份|业务|资产|项目|平台|基金|工厂|门店|品牌|表示|称|介绍")
#: Adverbs and times only, between a subject and its verb (此前, 已, 又, 先后, 近日).
_ADVERBS_BEFORE_VERB = re.compile(r"(?:此前|之前|目前|近日|日前|今年|去年|已经|已|又|曾|先后|还|也|再次|陆续|成功|正式|便|就|刚刚|刚|\s)*")
#: Endings of an investment firm's name (X资本, X创投, X基金).
_INVESTMENT_FIRM_ENDS = ("资本", "创投", "基金", "投资", "资管", "资产")
#: A time a person's clause opens with before its verb: 在交易完成后, 于重组期间.
_WHEN_BEFORE_VERB = re.compile(r"^(?:在|于)[^，,。；;在于的]{1,10}?(?:之后|之前|以后|以来|期间|后|前|时)")
#: After a name right after 据: the news comes from it (据X了解, 据X报道; not 据X消息 or 据X相关人士介绍: the
#: firm's own word, speaking of it).
_SOURCE_AFTER = re.compile(r"[^，,。；;人]{0,8}?(?:了解|获悉|报道)(?:到)?[，,：:]")


def _news_source(text: str, e: Cand) -> bool:
    """``据X了解，…``: the name only says where the news comes from."""
    return text[e.start - 1 : e.start] == "据" and _SOURCE_AFTER.match(text, e.end) is not None


#: Right after a firm: its registered capital or share capital opens the clause (X注册资本60亿元, X的注册资本为…).
_ITS_CAPITAL = re.compile(r"(?:的)?(?:注册资本|注册资金|总股本)")
_ANOTHER_JOINT_VENTURE = re.compile(r"(?:另一家|另外一家|另一个|另外|一家新的?|新的|新设的?|拟设立的?|筹建的?)合资(?:公司|企业)")
#: From a clause's start to a word: nothing but time words, adverbs and a lead-in (据介绍，|此外，|目前|同时).
_OPENS_A_CLAUSE = re.compile(r"(?:^|[，,。；;：:\s])(?:据介绍|据了解|此外|另外|同时|目前|此次|随后|未来|今后|其中|首先|其次|最后|而)?$")
#: A firm's words for itself, which an alias note may make a name (（以下简称“本公司”）).
_SELF_WORDS = frozenset({"本公司", "该公司", "公司", "本行", "该行", "本集团", "该集团"})
#: Right before a person: a board passing an appointment (审议通过了关于聘任|同意聘任|批准任命).
_APPROVED_APPOINTMENT = re.compile(r"(?:审议通过|审议并通过|同意|批准)了?(?:《)?(?:关于)?(?:聘任|任命|聘请)$")
#: After the person so appointed: the post (为该行行长的议案, 为公司总经理, 担任公司副总裁一职).
_APPOINTED_POST = re.compile(r"(?:为|担任)(?:公司|该公司|集团|该集团|该行|本行|本公司)?(?:的)?([^，。,;；》]{1,24}?)"
                             r"(?=的议案|议案|》|$|[，。,;；]|一职|职务)")
#: Between 是 and an owner's name: the kind of firm the owner is (国有车企, A股上市公司, 港股上市公司).
_OWNERS_KIND = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,8}?(?:上市公司|公司|企业|集团|车企|药企|房企|险企|国企|央企|巨头|厂商|平台)")
#: A stock code or a short note in brackets after a name: （300519）, （01877.HK）.
_CODE_NOTE = re.compile(r"[（(][A-Za-z0-9.:：\s]{2,16}[）)]")
#: The deal's party named: 收购方为Y, 受让方是Y.
_PARTY_NAMED = re.compile(r"(收购方|并购方|买方|受让方|投资方|出资方)(?:为|是|系)")
#: Between a sentence's company and a deal's named party: the company was bought or its stake passed on (被…收购, 被转让).
_SUBJECT_BOUGHT = re.compile(r"被[^，,。；;]{0,12}?(?:收购|并购|入股|增资|投资|转让|出售|划转)")
#: A firm's setting up, right after its name or opening a clause: 成立于, 创立于, 创办于.
_SET_UP_IN = re.compile(r"(?:成立|创立|创办|创建|注册成立)于")
#: A unit head's title (院长, 负责人), which after a unit's noun is the unit's post.
_UNIT_HEAD = re.compile(r"(?:院长|所长|主任|负责人|厂长|行长|校长|执行院长|秘书长)$")
#: A unit a firm set up or runs, named right before 其 (设有研究院，其院长…).
_UNIT_NOUN_BEFORE = re.compile(r"(?:设有|设立了?|成立了?|建有|建立了?|下设|组建了?|拥有)(?![^，,；;]*?(?:\d|[两三四五六七八九十多几数])[家个所座])"
                               r"[^，,；;]{0,10}?(?:研究院|研究所|研发中心|中心|实验室|工厂|办事处|学院|基金会)[，,；;、]?$")
#: Firms counted, then what they become: 两家企业成为, 上述三家公司均为.
_FIRMS_COUNTED_BECOME = re.compile(r"(?:这|上述|该)?([两二三四五])家(?:企业|公司)(?:将|均|也|都|随之|由此|从而)*(?:成为|为)")
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_SUB_NOUN = re.compile(r"(?:的)?(?:间接|直接)?(?:全资|控股|直属)?(?:(?:二|三)级)?(?:子公司|孙公司|附属公司|旗下公司|下属公司|分公司|子企业|下属企业)")
#: A list that ends in 等 and a count of firms that become something: A、B和C等12家企业成为Y二级子企业.
_LISTED_FIRMS_BECOME = re.compile(r"等(?:[\d一二三四五六七八九十两]+|多)家(?:企业|公司)(?:将|均|也|都|随之|由此|从而)*(?:成为|为)")
_ADVERBS_ONLY = re.compile(r"(?:终于|正式|首次|已经|已|将|也|再次|同时|即将|\s)*")
_HOLDER_CLAUSE = re.compile(r"(?:约|近|逾|超过)?(?:\d[\d.,]*|<N>)+(?:%|％|股|万股|亿股)(?:以上|以下)?(?:的|(?=股东))")
#: 由 that introduces the agent (由A领投, 由甲创立), not 由于 (because) or 自由/理由.
_BY = re.compile(r"(?<![自理缘经])由(?!于|此|衷)")
#: ``创始人为甲``: founders named after the title.
_FOUNDERS_ARE = re.compile(r"((?:联合)?(?:创始人|创办人)(?:兼[^，,。；;为是：:]{1,10})?)(?:为|是|：|:)")
#: After a news outlet's name at a clause's start: its dated dateline or its reporter
#: (X4月18日讯, X4月9日电, X讯, X记者), or its frame before a mark (X获悉｜, X首发：; not X获悉该消息后);
#: not 电 or 消息 alone (澄海科技电商业务, 澄海科技消息).
_DATELINE_AFTER = re.compile(r"\d{1,2}月\d{1,2}日(?:讯|电)|讯|记者|(?:获悉|首发|独家)(?=\s*[｜|:：，,])")
#: A news outlet's dateline after its name (讯, 4月18日讯, 北京4月18日电).
_OUTLET_DATELINE = re.compile(r"(?:\s*(?:\d{1,2}月\d{1,2}日)?讯|\s*(?:[\u4e00-\u9fff]{2,3})?\d{1,2}月\d{1,2}日电)(?=[\s（(，,：:】\]］]|$)")
#: A coordinator and the kind of the next item in a list of products: 、智能手表 / 以及无线耳机
#: (not 与, which also compares: 与华为手表“GT5”相比).
_COORD_THEN_KIND = re.compile(r"(?:、|和|及|以及)([\u4e00-\u9fffA-Za-z]{1,8})")
#: The same before a firm in a list of deals' objects: its kind's words (、宠物医疗连锁B, 和机器人公司C).
_COORD_THEN_FIRM_KIND = re.compile(r"(?:、|和|及|以及)[\u4e00-\u9fff]{2,8}?(?:" + FIRM_KIND_WORDS + ")")
#: The same, the item's kind described first (以及面向晶圆切割的激光切割设备“B”): the kind after the one 的.
_COORD_THEN_DESCRIBED_KIND = re.compile(r"(?:、|和|及|以及)(?:一款|全新的?|新一代的?)?(?:面向|针对|基于|用于|适用于|专为|支持|采用|搭载|集成|内置|兼容)"
                                        r"[^，,。；;“”「」的]{1,12}的([\u4e00-\u9fffA-Za-z]{1,10})")
#: Between two listed products: the first one's kind, then the list's joint (A系列手机、B; A平板，以及全新的B;
#: not 与, as above).
_KIND_THEN_COORD = re.compile(r"(?:系列)?([\u4e00-\u9fff]{0,6}?)(?:、|和|及|以及|[，,]以及)(?:全新的?|新一代的?|新款的?|最新的?)?")
#: What a unit does with another's product: 代工, 代理, 重仓, 下架 (旗下工厂代工生产运动品牌“A”).
_DEALS_IN_OTHERS = re.compile(r"代工|代理|代销|重仓|持仓|下架|引进|引入|分销|经销|承运|上映|播出|投资|参股|收购|竞品|独家")


def _plain_word(c: Cand, lex: Lexicons) -> bool:
    """A mention that may be only a word describing a kind of product (物联网 of 工业物联网平台): Chinese
    characters, no firm's ending, not a name made of a firm's and a product's (X云服务)."""
    return all(is_cjk(ch) for ch in c.text) and not lex.suffix(c.text) and c.source not in ("compound", "lexicon")


#: A new version said of the next item of a list, before its quoted name: 以及全新升级的“X”.
_NEW_VERSION = re.compile(r"(?:(?:全新|全面|迭代|焕新)?升级(?:版)?|全新一代|新一代|全新|最新|新款)(?:的)?")
#: What may follow a quoted name that is the object itself, not a word it modifies (“Y”配色, “Y”品牌标识, “Y”的插件).
_QUOTED_ENDS_OBJECT = re.compile(r"[”」》](?:$|[，。,；;、：:！!？?）)\s0-9A-Za-z]|和|及|与|以及|并|等|系列|系统|平台|版|正式|已|将|于|在|上线"
                                 r"|发布|亮相|面世)")
#: A variant's word before the next listed product (及入门款P, 和标准版P, 以及高配车型P).
_VARIANT_KIND = re.compile(r"(?:[\u4e00-\u9fff]{0,4}|Pro|Max|Plus|Ultra|Lite|mini)(?:款|版|版本|型号|机型|车型)")
#: After a launch verb: words that open a description of the product named after 的 (面向X市场的, 基于A芯片的).
_DESCRIBES_PRODUCT = re.compile(r"(?:了|出|的)?(?:一款|全新的?|新一代的?)?(?:面向|针对|基于|搭载|适用于|用于|专为|支持|采用|集成|内置|融合|结合|兼容)")
#: Between a brand and its product (品牌“A”的旗舰新品|P, A的新款|P): the brand's new product.
_BRANDS_NEW_PRODUCT = re.compile(r"[”」》]?(?:品牌)?的(?:首款|首个|第[一二三四五六七八九十]+款|最新|全新|新一代|旗舰|高端|入门)?(?:新品|产品|新款|旗舰款?|机型|车型|型号)[“「]?")
#: Kinds of product that are another firm's, not the list's owner's: 竞品手机, 对手的….
_OTHERS_PRODUCT = re.compile(r"竞品|对手|友商|投资|参股|合作")
#: Right before a nominal deal's 对: the deal was done (已完成对…, 正式实施对…).
_DEAL_DONE_BEFORE = re.compile(r"(?:完成|实施|落实)了?$")
#: Between a nominal deal's object and its noun: an alias note, a stake, 股权的 (B（以下简称“B”）70%股权的|收购).
_NOMINAL_DEAL_TAIL = re.compile(
    r"(?:[（(][^（()）]{0,30}[）)])?(?:约|共计|合计|全部|剩余|部分)?(?:\d+(?:\.\d+)?\s*[%％])?(?:的)?(?:股权|股份)?的(?:要约|全面|整体|全资|控股)?"
)
#: After a listed firm's name as a report introduces it: its stock code, or its announcement (X（688001）晚间公告).
_INTRODUCED = re.compile(STOCK_CODE_NOTE + r"|(?:\d{1,2}月\d{1,2}日)?(?:晚间|早间|午间|晚|今日|今天)?(?:发布)?公告(?:称|显示)?")
#: After the firm that opens a headline: a colon (X：拟收购…).
_HEADLINE_SUBJECT = re.compile(r"[：:]")
#: What an owner has: 旗下拥有…, 旗下有…, 旗下包括….
_HAS = re.compile(r"(?:目前|现|还|共)?(?:拥有|有|包括|包含)")
#: Between two listed products, each with its own kind: ”、面向商户的SaaS系统“.
_NEXT_LISTED_PRODUCT = re.compile(r"[”」]?(?:、|和|及|以及)[^，,。；;、“”「」]{0,14}[“「]?")
#: A round the text named before: 本轮由A领投 (the round an earlier sentence reported).
_THIS_ROUND = re.compile(r"[本该此这]轮")
#: A sentence about a financing round (融资, A轮, 天使轮…).
_FUNDING = re.compile(r"融资|(?:天使|种子|Pre-?[A-E]|[A-E]\+?|[A-E]\d|战略|[本该此这]|新一)轮")
_FOUNDER = re.compile(r"(联合)?(创始人|创办人|创立者|缔造者)")
#: The confidence of a deal only rumoured (传闻称A将收购B): no fact, so resolution drops it, but its
#: grammar still types the names (what is bought is a company).
HEARSAY = 0.0
#: The classifier speaks for a pair when its calibrated probability reaches this.
MODEL_THRESHOLD = 0.6
#: Its confidence stays under the high-confidence band (0.8): out of fold on FinRE
#: train its calibrated >= 0.8 guesses were right 83% of the time, and the pairs it
#: sees here are the harder ones that no pattern related.
MODEL_MAX_CONFIDENCE = 0.79
_MODEL_TYPES = frozenset({"Company", "Organization"})
_MODEL_MAX_GAP = 60  # characters between the two names
_SENTENCE_END = re.compile(r"[。；;！!？?]")
#: After a name in its clause: it is one of a round's investors (青岚创投、云帆资本跟投; 老股东X继续加注), so no
#: other investor of the round invested in it.
_ROUND_INVESTOR_AFTER = re.compile(r"[^，,。；;：:获由被受]{0,20}?(?:领投|跟投|参投|加注|追投)")


@dataclass(frozen=True)
class RelCand:
    """A relation between two mention spans, with its sentence span."""

    head: tuple[int, int]
    relation: str
    tail: tuple[int, int]
    confidence: float
    sentence: tuple[int, int]
    title: str | None = None
    head_type: str | None = None  # a type the pattern implies for the head
    tail_type: str | None = None  # and for the tail (investedIn -> Company)


#: Before a cooperation word: rivals, a dispute or a related party, not partners.
_NOT_PARTNERS = re.compile(r"关联|竞争|纠纷|诉讼|对手|之争|不存在|并无|没有任何|从未|从无")


def _not_partners(text: str, start: int, coop: re.Match[str]) -> bool:
    """Between the second name and the cooperation word a rivalry or dispute, or a dispute
    right after it (与B的合作纠纷); not a purpose (合作应对竞争)."""
    return bool(_NOT_PARTNERS.search(text, start, coop.start()) or re.match(r"(?:纠纷|诉讼|争议)", text[coop.end() :]))
#: Y拥有两家全资子公司——A和B: the subsidiaries that follow.
_HAS_SUBSIDIARIES = re.compile(
    r"(?:目前|现|还|共|旗下)?(?:拥有|有|设有|下设)[^，,。；;]{0,6}?(?:全资|控股)?(?:子公司|附属公司)(?:分别为|分别是|包括|为|是)?[—\-:：\s]*")
#: Before the units a body has under it: 下设A和B, 下辖A、B (perhaps after 还, 目前 or 共).
_UNITS_UNDER = re.compile(r"(?:目前|现|还|共)?(?:下设|下辖)(?:有|了)?")
#: X隶属于Y: X is a part of Y.
_BELONGS_TO = re.compile(r"(?:现|目前|均)?(?:隶属于|隶属|归属于|从属于)")
#: Between a holder and the 公司 whose shares it holds: 目前持有, 将增持, 成为.
_HOLDS_THE_FIRM = re.compile(r"(?:目前|现|仍|将|已|合计|直接|间接|累计|共)*(?:持有|持股|增持|减持|入股|成为|系|为)(?:了)?")
#: After a name, before a later 公司: the name was said to hold 公司's shares (X持股比例降至38%，仍为公司控股股东，公司…).
_HOLDER_OF_THE_FIRM = re.compile(r"[^。；;]{0,30}?(?:为|是|成为)公司(?:的)?[^，,。；;]{0,10}?股东")
#: After an owner named in a description: 旗下的, 下属的, 控股的, 的全资子公司.
_OWNER_AFTER = re.compile(r"(?:旗下|下属|控股的|全资的|的全资|的控股|的子公司)")
#: A company named again: 该公司, or a bare 公司/集团 that starts a clause as its subject.
#: The characters :meth:`_Sentence._clauses` heeds: brackets and quotes, clause punctuation, spaces.
_CLAUSE_MARKS = re.compile("[“「『(（《”」』)）》" + re.escape("".join(sorted(CLAUSE_PUNCT))) + " \u3000]")
#: Words one of which every match of ``_THIS_COMPANY`` holds (a quick test before the pattern).
_THIS_COMPANY_WORDS = ("该", "这家", "公司", "集团")
_THIS_COMPANY = re.compile(
    r"(?<!应)该(?:公司|集团|企业|银行|行(?![业为情列动径]))"
    # 这家预制菜企业推出…: the firm named before, by its kind (not 另一家, 一家: a firm the text leaves unnamed)
    r"|(?<![另一])这家[\u4e00-\u9fff]{0,6}?(?:公司|企业|集团)(?=推出|发布|上线|宣布|已|将|还|也|又|目前|近日|于|在|与|完成|获得|表示|称|的)"
    r"|(?:^|(?<=[，,。；;：:！？!?”\s]))(?:公司|集团)(?=董事会|管理层|方面|表示|称|宣布|同意|决定|已|将|还|也|又|另|目前|此前|今年|去年"
    r"|正式|首次|再次|近日|日前|今日|今天|随后|同时|陆续|先后|率先|上线|成功|成立(?!了)"
    r"|于|在|与|通过|拟|计划|主要|旗下|曾|获得|完成|推出|发布|(?:联合)?创始人|董事长|董事|总裁|副总裁|总经理|副总经理|首席|CEO|CFO|CTO|COO"
    r"|实际控制人|控股股东|党委书记"
    # 公司以2.6亿元受让X 35%股权, 公司斥资…收购: the company's own deal
    r"|以|斥资|出资|受让|入股|收购|投资(?![部者人方机总经关业额收理])|增持|参股|设立"
    # 公司自主研发的“X”平台: the company's own product
    r"|自主研发|自研|研发的|开发的)"
    # 担任公司董事长, 出任集团总裁, 持有公司5%的股份: the post or stake of the company the text is about
    r"|(?:(?<=担任)|(?<=出任)|(?<=兼任)|(?<=升任)|(?<=接任)|(?<=现任)|(?<=持有)|(?<=执掌))(?:公司|集团)(?!股份|有限|集团)"
    # 甲已加入公司出任CPO: the company a person joins
    r"|(?:(?<=加入)|(?<=加盟))(?:公司|集团)(?=[，,]?(?:并)?(?:担任|出任))"
    # 由公司旗下的X, 通过公司全资子公司X, 其控股子公司X: the owner of a unit named next
    r"|(?:(?<=[由向通过与和及为将是对把在])|(?:^|(?<=[，,。；;：:\s])))(?:公司|集团)(?=旗下|(?:的)?(?:全资|控股)?子公司)"
)
#: A clause that says the firm is now its buyer's subsidiary: 成为其全资子公司, 目前为其控股子公司.
_NOW_ITS_SUB = re.compile(r"\s*(?:目前|现|现已|已|并|随后|从而|由此|正式)*(?:成为|为|系|作为)其(?:的)?(?:全资|控股)?(?:子公司|附属公司)")
#: The takeover verb after the buyer of a passive clause: 被B收购, 被B全资收购, 被B以5亿元并购.
_TAKEN_OVER = re.compile(r"[^，,。；;]{0,10}?(?:收购|并购|控股|吸收合并)")
#: A former post's mark right before its organisation: 原X总裁甲, 前X副总裁甲 (not 此前X…).
_FORMER_BEFORE = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[的是为系及和与、由将任被]))[原前]$")
#: After a holder: 及其一致行动人合计持有, 仍持有其.
_HOLDS_AFTER = re.compile(r"^(?:及其[^，,]{0,12}|等)?(?:将|仍|共|合计|累计|目前|已|间接|直接|分别|只|仅|还|也|均|尚|依然|继续)*(?:持有|持|拥有|控制)(?:其)?")
#: After a holder: 目前为, 已成为 (…的第一大股东).
_IS_AFTER = re.compile(r"^(?:目前|已|仍|将|已经|也|还|同样|同时|亦|均|都)*(?:为|是|成为|系|作为)")
#: Before a deal's word: hearsay or doubt.
_RUMOUR_BEFORE = re.compile(r"(传闻|据传|传言|网传|消息称|有消息|据悉.*或|或将|或被|或许|可能|是否|能否|会否|据(?:媒体|外媒)报道|媒体报道称)")
#: Before a deal's word: a plan.
_PLAN_BEFORE = re.compile(r"(拟|计划|打算|有意|意欲|欲|筹划|准备|将要|有望|考虑)")
#: Before a firm named as a holder: 其控股股东为(福建省属国企)X, 第一大股东X.
_NAMED_AS_HOLDER = re.compile(r"(?:控股股东|大股东|股东|实际控制人|实控人)(?:为|是|系)?[^，,。；;、]{0,8}$")
#: The end of a clause of time: 在A收购B之前, 在A股价上涨后, 在A成立伊始.
_TIME_FRAME_END = re.compile(r"(?:之前|以前|之后|以后|后|前|时|之时|期间|以来|伊始|之际)$")
#: A space between Chinese words: it parts a headline's phrases (收购A股权完成过户 终止筹划收购B).
_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")
#: Before a deal's word in its clause: the deal was called off (终止筹划…收购, 决定放弃对B的收购).
_STOPPED_BEFORE = re.compile(r"(?:终止|放弃|取消|叫停|否决)(?:了)?[^，,。；;\s并后再又]{0,24}$")
#: A frame that reports hearsay before a deal: 传闻称, 市场传闻, 有消息称, 据传, 网传, 市场曾传出 (not 针对网络传闻 or 否认传闻).
_HEARSAY_FRAME = re.compile(r"(?<!针对)(?<!否认)(?<!否认了)(?<!澄清)(?<!回应)(?<!辟谣)(?<!受)(?<!对于)(?<!关于)"
                            r"(?:(?:市场|网络|业内|外界|此前|近日)?(?:传闻|传言)(?!影响|不实|的)|据传|网传|有消息称|(?<!官方)消息称|消息人士称|知情人士(?:称|透露)"
                            r"|(?:市场|网络|业内|外界|坊间)(?:上)?(?:曾|一度|此前)?传出"  # (市场曾传出“A拟引入B”的消息)
                            r"|(?:有|另有)?(?:自媒体|网友|博主|网帖)(?:爆料)?称"
                            # 市场流传的“A将收购B”的消息; a headline's 传A拟收购B
                            r"|(?:市场|网络|坊间|业内)?流传|(?:^|(?<=[\s：:｜|]))传(?![统播媒动输感承奇来递真说言闻])"
                            r"(?=[^，,。；;\s]{2,16}?(?:拟|将|欲|有意|或)))")
#: A media report: with a plan after it (有媒体报道称A拟收购B), hearsay.
_MEDIA_REPORT = re.compile(r"(?:有|据|另据|此前有)?(?:媒体|外媒|港媒|市场)(?:报道|消息)(?:称|指出|显示)?")
#: After a hearsay frame: someone states the deal since (澄清称, 公告称, 表示), which makes it a fact again.
_ASSERTED_AFTER = re.compile(r"澄清|公告称|公告显示|表示|证实|确认|宣布|正式|已于[^，,。；;]{0,10}完成")
#: A deal's verb: where the classifier reads a pair's modality (终止筹划收购B).
_DEAL_VERB = re.compile(r"收购|并购|入股|投资|增持|控股|设立|成立|发布|推出|上线")
#: After a deal's word: it failed or is denied.
_FAILED_AFTER = re.compile(r"(失败|告吹|搁浅|流产|被否|否决|终止|取消|未果|未能|否认|辟谣|不实)")
#: A headline's next phrase that says the deal failed (交易告吹, 双方终止合作, 因监管原因终止, 遭监管否决), not
#: another story's (同时终止部分募投项目, 并取消年度分红).
_FAILED_PHRASE = re.compile(r"[^\s]{0,10}?(?:失败|告吹|搁浅|流产|被否|否决|叫停|终止|取消|未果)(?:了)?(?:合作|交易|收购|并购|计划)?(?=\s|$)")
#: A passive mark before a deal's word (not 获悉, learnt): 被B收购, 获A投资.
_PASSIVE_BEFORE = re.compile(r"(被|遭|获(?![悉知]))([^，。]*)$")
#: After an owner: 旗下的, 通过其全资子公司 (a unit named next).
_OWNS_NEXT = re.compile(r"(?:(?:拟|将|已|还|则|也)?通过(?:其)?)?(旗下|下属|控股的|(?:的)?(?:全资|控股)?子公司|全资附属公司|麾下)(的)?")
#: Before a buyer: 向, 向大股东.
_TO_BUYER = re.compile(r"向(?:其)?(?:第[一二三四五六七八九十]+大股东|控股股东|大股东|股东|母公司)?$")
#: The kind of a firm written right before its name: 云服务商, 国内初创公司, 芯片企业.
_KIND_BEFORE_FIRM = re.compile(_KIND_OF_PARTNER + r"|(?:公司|集团)?(?:的)?(?:控股股东|第一大股东|大股东|(?:全资|控股|参股)?子公司|母公司)")
#: Elected to a post: 当选首任理事长, 当选为新一届会长, 当选第二届董事长.
_ELECTED = re.compile(r"(?:等(?:\d+|[一二两三四五六七八九十]+)(?:人|位|名))?(?:正式|全票|高票)?当选(?:为)?(?:首任|新任|新一届|新一任|第[一二三四五六七八九十\d]+届|该会|协会)?"
                      r"([^，。,;；、\s]{2,8}?)(?=$|[，。,;；、\s]|一职)")
#: 公司 and a post before a person: the text's company's post (公司联合首席执行官甲; not 子公司总经理甲).
_COMPANYS_POST_BEFORE = re.compile(r"(?:该|本)?(?<![子分孙母])公司(?:的)?([^，,。；;：:]{1,14})$")
#: Posts that several people hold at once (副总裁, 独立董事, 联合创始人, 合伙人).
_SHARED_POST = re.compile(r"(?:高级|资深|执行|常务)?副[\u4e00-\u9fff]{1,6}|(?:独立|执行|非执行|外部)?董事|监事|(?:联合)?创始人"
                          r"|(?:管理|创始|高级)?合伙人|委员|顾问|高管")


#: An event, a project or a new unit the subject holds or sets up, whose post a later 由甲担任 fills.
_HOLDS_AN_EVENT = re.compile(r"(?:成立|设立|新设|组建|启动|发起)(?!于|以来|之初|至今|周年|[\d一二三四五六七八九十]+周年)"
                             r"(?!了?(?:新一届|第[一二三四五六七八九十\d]+届))了?[^，,。；;了]")
#: A post that is an event's, a project's or a unit's, not the body's own (项目负责人, 大会主席, 中心主任).
_NOT_THE_BODYS_POST = re.compile(r"项目|课题|大会|会议|论坛|峰会|活动|中心|小组|专家组|评审|组委会")
#: After the last of two names: the pair is no two colleagues (夫妇, 离婚, 的儿子, 分别代表双方).
_NO_COLLEAGUE_AFTER = re.compile(r"\s*(?:夫妇|夫妻|两口子|离婚|结婚|[的之](?:儿子|女儿|子|女|妻子|丈夫|父亲|母亲|子女|家人|亲属|配偶)"
                                 r"|分别代表|代表双方|双方)")


def _founder_title(title: str) -> bool:
    """One of the title's posts is a founder's (创始人、董事长; not 创始人办公室主任)."""
    return any(_FOUNDER.fullmatch(part.strip()) for part in re.split(r"兼|、|暨|及|和", title))


#: A person joins a firm: 甲已加入X, 甲正式加盟X.
_JOINS = re.compile(r"(?:已|已经|正式|日前|近日|此前|将)*(?:加入|加盟|入职)了?\s*$")
#: The post taken at the firm joined: 出任CPO, ，并担任总裁.
_POST_AFTER_JOINING = re.compile(
    r"[，,]?(?:并|后|随即|将)?(?:担任|出任)(?:该公司|公司|集团|其)?(?:的)?([^，。,;；\s]{1,24}?)(?=$|[，。,;；\s]|一职|职务)")
#: Before a firm where someone worked: 曾在乙担任…, 此前在乙任职.
_WORKED_AT_BEFORE = re.compile(r"(?:曾在|曾于|曾就职于|曾任职于|此前在|原在|早年在)$")
#: A note in brackets after a name, up to a foreign name's length: 乙（TI）, 澄域国际（Chengyu International）.
_NOTE_AFTER_NAME = re.compile(r"[（(][^（()）]{1,40}[）)]")
#: Ends of exchanges', outlets' and agencies' names, which the company list may hold but 该公司 never
#: stands for (X收到北交所问询函，该公司董事长…).
_NO_FIRMS_END = ("交所", "交易所", "通讯社", "新闻社", "日报社", "电视台", "央行", "证监会", "银保监会")
#: A firm the text does not name (一家初创公司, 某公司): a later 该公司 may be that one.
_UNNAMED_FIRM = re.compile(r"(?:一家|某|另一家|多家|几家)[\u4e00-\u9fffA-Za-z]{0,8}?(?:公司|企业|集团)")
#: Before 一家…公司 in its clause: it says what a named firm is (X是一家AI企业, X是国内一家, X为杭州的一家).
_IS_A_KIND_BEFORE = re.compile(r"(?:是|为|系)[^，,。；;是为系]{0,6}$")


def _unnamed_firm(text: str, a: int, b: int) -> bool:
    """A firm left unnamed (一家AI芯片公司, 某企业) in ``text[a:b]``, not a named firm's kind (X是国内一家AI公司)."""
    return any(not _IS_A_KIND_BEFORE.search(text, a, m.start()) for m in _UNNAMED_FIRM.finditer(text, a, b))


#: After a deal's word: it has not happened (合作仍未落地, 尚未签署), or the other side says there is
#: nothing (回应称“目前没有任何接触”).
_NOT_DONE = re.compile(
    r"[^。；;]{0,6}?(?:仍|尚|还|并|迄今|至今|目前)?(?:均|都|也)?(?:未|没有)(?:能)?(?:落地|达成|签署|签约|启动|实施|开展|完成|获批|成行|谈妥)"
    # …，目前双方尚未签约 (not 双方未签署业绩承诺协议: a side agreement of a deal done)
    r"|[^。；;]{0,30}?(?:双方|(?<![\u4e00-\u9fff])相关协议)(?:目前|迄今|至今)?(?:仍|尚|还)(?:均|都)?(?:未|没有)(?:正式)?"
    r"(?:签约|签署|签订|达成)(?:正式|合作|战略合作)?(?:协议|合同|一致)?(?=$|[，,。；;])"
    r"|[^。；;]{0,40}?(?:未|没有)(?:签署|签订|达成)任何(?:合作)?(?:协议|合同)"  # 目前双方未签署任何协议, 但未达成任何合作协议
    # 但因估值分歧，目前谈判已暂停: the talks stopped
    r"|[^。；;]{0,40}?(?:双方|目前|但)[^。；;，,]{0,6}?(?:谈判|洽谈)(?:目前)?(?:已|已经)?(?:暂停|中止|终止|搁置|告吹|破裂)"
    r"|[^。；;]{0,30}?双方(?:目前)?(?:仍|尚|还)(?:在|处于)(?:洽谈|谈判|商谈|磋商|接洽)(?:中|阶段)?(?=$|[，,。；;])"  # 双方仍在洽谈中
    r"|[^。；;]{0,16}?(?:回应|回复|否认|表示|称)[^。；;]{0,8}?(?:没有|并无|无)任何(?:接触|洽谈|意向)"
    r"|[^。；;]{0,40}?不存在任何(?:收购|投资|合作|入股|交易)?(?:安排|计划|协议|意向)"
)
#: After a deal's word: still being talked about (合作仍在洽谈).
_STILL_TALKING = re.compile(r"[^。；;]{0,4}?(?:仍|尚|还|正)(?:在|处于)?(?:洽谈|谈判|商谈|磋商|接洽|沟通)")
#: A kind of institution written before a name (民营银行, 保荐机构), or nothing.
_KIND_BEFORE_NAME = re.compile(r"(?:[\u4e00-\u9fff]{2,4}(?:银行|机构|公司|企业|基金|券商))?")
#: Several parties setting up a firm together: 三方将共同出资设立X, 双方合资成立X.
_JOINTLY_SET_UP = re.compile(
    r"(?:双方|三方|四方|各方|多方|两家公司|三家公司)?(?:将|拟|计划|已|已经)?(?:共同|联合|合资)"
    r"(?:(?:出资|投资)(?:[\d.]+\s*(?:亿|万|千万)?(?:元|美元|欧元|港元)(?:人民币)?)?|发起)?(?:设立|成立|组建|创立|创办)(?:了)?"
    r"|(?:将|拟|计划|已|已经)?(?:设立|成立|组建)(?:了)?(?:一家)?(?:合资公司|合资企业)")
#: A kind of firm before a partner's name: 与电池制造商B, 和韩国化工企业B.
_KIND_AFTER_WITH = re.compile(r"^(与|和|同|跟|及)" + _KIND_OF_PARTNER + "$")
#: Time words and adverbs between two parties of a joint venture: A去年与B, A此前已与B.
_PARTY_ADVERBS = re.compile(r"^(?:去年|今年|此前|日前|近日|曾|已经|已|将|正式|则|还|也)+")
#: A note after a name that gives its short form: （下称“X”）, （以下简称“X”）.
_ALIAS_NOTE = re.compile(r"[（(](?:下称|以下称|以下简称|简称|证券简称|股票简称)[^）)]{0,24}[）)]")
#: A firm set up, named right after: 共同出资设立的X, 合资成立X, 设立合资公司X.
_SETS_UP_NEW = re.compile(r"(?:共同|联合|合资)(?:出资|投资)?(?:设立|成立|组建)(?:了)?(?:的)?(?:合资公司|合资企业|新公司)?"
                          r"|(?:设立|成立|组建)(?:了)?(?:一家)?(?:合资公司|合资企业)"
                          # 牵头创立了专注边缘计算芯片的X（…），A持股40%
                          r"|(?:创立|创办|设立|成立|组建)了(?:一家)?(?:[^，,。；;了]{0,14}?的)?")
#: The joint venture, referred to in a later sentence: 合资公司, 合资企业.
_NEW_FIRM_REF = re.compile(r"合资公司|合资企业")
#: Words of another deal, whose stakes are not the joint venture's: a round, an issue, a company's own shares.
_OTHER_DEAL = re.compile(r"融资|定增|募资|增发|总股本|股东|认购")
#: What may open a clause before a holder's name: 其中, 此外.
_STAKE_LEAD = re.compile(r"\s*(?:其中|另外|此外)?[，,]?\s*")
#: After a party's name: it puts money in (以现金出资15.3亿元, 认缴出资) …
_PUTS_IN = re.compile(r"[^，,。；;]{0,14}?(?:出资|认缴)")
#: … or holds a share (持股51%, 占股34%).
_HOLDS_PERCENT = re.compile(r"[^，,。；;]{0,4}?(?:持股|占股|持有)[^，,。；;]{0,6}?[%％]")
#: A fund's name or its short form, by its ending: 产业基金, 合伙企业（有限合伙）, 峤创合伙, 创新四期 (not 基金会).
_FUND_LIKE = re.compile(r"(?:基金|合伙|有限合伙[）)]|[一二三四五六七八九十]期)$")
#: Words that stand for a fund without naming it (，基金首期资金中, 作为基金的出资方, 为本期基金出资; not 公募基金,
#: a kind) or speak of its partners.
_FUND_WORDS = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[该本期只此为向对的]))基金(?![会管])|有限合伙人|LP")
#: What may open a clause before the investors of a fund: 其中, 目前, 其余资金由.
_FUNDERS_LEAD = re.compile(r"\s*(?:其中|此外|另外|同时|目前|据介绍|据悉)?[，,]?\s*(?:其余(?:份额|资金|部分|\d+(?:\.\d+)?亿元)?(?:则)?由|由)?")
#: Between two investors of a fund: a list's joint, perhaps with the kind of the next (、A股上市公司).
_FUNDERS_JOINT = re.compile(r"(?:、|和|与|及|以及)(?:[\u4e00-\u9fffA-Z]{0,6}?(?:公司|企业|机构|集团|基金|银行))?")
#: After a fund's investors (等机构, 两家引导基金, 作为有限合伙人, 作为基金的出资方之一，), what they do
#: (group 1): 出资20亿元, 认缴出资, 参与了认购, 完成认缴, 担任基石LP, 为本期基金出资.
_FUNDS_THE_FUND = re.compile(
    r"(?:等|以及|和|及)?(?:[一二两三四五六七八九十多数几]+家)?"
    r"(?:机构|引导基金|母基金|家族办公室|险资|国资|股东|投资人|投资者|企业)?"
    r"(?:作为[^，,。；;]{1,16}?[，,]?)?"
    r"((?:分别|均|也|则|亦|已|还|共同|合计|先后|各自|此次|本次)*"
    r"(?:(?:出资|认缴(?:出资)?)(?!额|人|方)|参与了?(?:出资|认购|认缴)|完成了?认缴|担任(?:基石|主要|首席)?(?:LP|有限合伙人)"
    r"|为(?:本期|该|这只)?基金出资|出现在(?:LP|出资人)名单))")
#: After an investor's word for a fund, the rest of its clause: an amount or amounts, a share, a partner's role
#: at most (出资20亿元, 分别出资5亿元和8亿元, 出资比例达30%, 出资后持有40%份额, 为基金出资人; not 出资2亿元建设产业园).
_AMOUNT = r"[\d.]+\s*(?:亿|万|千万|百万)?(?:元|美元|港元|欧元)?(?:人民币)?"
_FUND_MONEY_ENDS = re.compile(r"\s*(?:人|方)?(?:之一)?(?:(?:约|共|合计|总计)?" + _AMOUNT + r"(?:[、和及与]" + _AMOUNT + r")*)?"
                              r"(?:(?:比例|占比)(?:达到|达|为|约|是)?[\d.]+\s*[%％]|后?(?:持有|占有|占)[\d.]+\s*[%％](?:的)?(?:份额)?)?"
                              r"(?:的?(?:份额|出资额))?(?:中|里)?\s*")
#: After an investor's word for a fund and the money, the fund it sets up or funds, named next (出资10亿元设立X基金,
#: 认缴出资1亿元参与设立X合伙企业（有限合伙）, 出资的X基金).
_FUND_SET_UP_NEXT = re.compile(r"\s*(?:(?:约|共|合计)?" + _AMOUNT + r")?(?:(?:参与|参与了)?(?:共同|联合)?(?:发起)?(?:设立|成立|组建)(?:了)?|的)")
#: A clause that says what money is for: 用于, 专项用于.
_PURPOSE_OPENS = re.compile(r"\s*(?:主要|将|全部|专项|专门)?用(?:于|来|以)")
#: A stake in brackets after a company's name: A（持股41.2%）, A（持股比例为51%）.
_BRACKETED_STAKE = re.compile(r"\s*[（(](?:直接|间接|合计)?(?:持股|持有|控股)(?:比例)?(?:为|约|达)?\s*(\d+(?:\.\d+)?)\s*[%％][）)]")
#: A title right before a person, after a clause break or a function word (，行长甲, 由行长甲, 提名甲).
_BARE_TITLE_BEFORE = re.compile(r"(?:^|(?<=[，,。；;：:\s“由及和与、将对])|(?<=对时任)|(?<=时任))(?:另一位|另一名|另一个|一位|两位)?"
                                r"(?![其该本原前])([^，,。；;：:\s“”由及和与、的将]{2,10})$")
#: Posts inside a firm (not 分析师, 记者, 教授: people who work elsewhere).
_OWN_POST = re.compile(r"董事|监事|总裁|总经理|行长|首席执行官|首席财务官|首席技术官|首席运营官|首席风险官|CEO|CFO|CTO|COO|合伙人|创始人")
#: Posts of people who work elsewhere, or of a state (首席分析师, 国家主席, 秘书长).
_OUTSIDE_POST = re.compile(r"分析师|经济学家|研究员|记者|教授|(?<!董事局)(?<!董事会)主席|秘书长|所长|院长|负责人")
#: A clause that opens with a post verb and no person: 同时兼任Y董事长.
_CARRIED_POST = re.compile(r"\s*(?:(?:辞职|卸任|离任|交割|调整)后)?(?:同时|并|还|另|另外|此外|目前|现|已|将|但|仍|仍然|依然|也|亦|则|继续)*"
                           r"(?:兼任|担任|出任|并任|接任|升任|转任|改任|(?:被)?(?:任命|委任|聘任|聘请)为)")
#: Between a person and a later 现任: another person spoken of, or speech (他的, X的搭档, 回忆，…; not 被称为).
_OTHER_PERSON = re.compile(r"他的|她的|其(?:导师|搭档|同事|妻子|丈夫)|的[\u4e00-\u9fff]{0,4}(?:导师|搭档|同事|面试官|老师|学生|妻子|丈夫|父亲|母亲"
                           r"|儿子|女儿|朋友|同学|室友|助手|秘书|继任者|前任)|(?:回忆|表示|透露|说|称)[，,：:]")
#: Rumour anywhere in a sentence (网传甲已离职…, 传甲…): a move it reports is no fact.
_RUMOUR = re.compile(r"据传|网传|传闻|传言|(?:^|(?<=[\s：:｜|，,。]))传(?![统播媒动输感承奇来递真说言闻])")
#: Between two people: the first announces, invites or appoints the second (甲宣布乙离职, 甲邀请乙).
_NAMES_ANOTHER = re.compile(r"宣布|邀请|聘请|任命|推荐|介绍|透露|表示|称")
#: A clause that opens with joining a firm (…，加入美国人工智能公司X担任首席科学家): the post is taken there.
_JOINED_THEN = re.compile(r"\s*(?:随后|此后|后|并|已|正式|旋即|随即|转而|将|拟|计划)*(?:加入|加盟|入职)了?")
#: A clause that opens with 他/她 and a post verb: the post of the person the pronoun stands for (see _pronoun_holder).
_PRONOUN_POST = re.compile(r"\s*(?:他|她)(?:目前|现在|现|也|还|同时|则|仍|将)*(?:担任|出任|兼任|任)")
#: After 成立: a time since the founding, not a founding (成立之初, 成立以来, 成立后).
_SINCE_FOUNDING = re.compile(r"之初|之后|以来|伊始|至今|初期|当年|后(?![\u4e00-\u9fff]{0,3}(?:公司|企业))|时"
                             # 成立仅两个月便…, 成立不到三年: how long since (a duration, not an object)
                             r"|(?:仅|才|刚|刚刚|不到|不足|未满|未到|近|约|已|已经|已有|短短)*"
                             r"[\d一二两三四五六七八九十百半几数]+(?:个)?多?(?:月|年|天|周|星期)")
#: 获得A、B(等机构)的(多轮/B轮)融资: the investors of the clause's company.
_FUNDED_BY = re.compile(r"(?:获(?:得)?|拿到|斩获)(?:了)?([^，,。；;]{2,40}?)(?:等(?:机构|投资方|基金)?)?的[^，,。；;的]{0,8}"
                        r"(?:融资(?!服务|租赁|支持|担保|额度|渠道|平台|工具|产品|方案|便利)"
                        r"|(?:天使|种子|战略|Pre-?[A-Ea-e]\+?|[A-Ea-e]\+*)轮投资(?!份额|机会|额度|协议|意向|款|权|资格|名额|计划|回报|收益|经验|项目))")
#: A clause of a résumé that opens with a current post at a firm: 2021年至今任Y董事, 现任Y总经理 (not 曾任: a former one).
_DATED_POST = re.compile(r"\s*(?:\d{4}年(?:\d{1,2}月)?(?:至今|起|以来)?|至今|目前|现)(?:任|担任|兼任|出任)|\s*现任")
#: A clause that opens with 品牌 and a title, right before a person: ，品牌总裁|甲.
_BRAND_TITLE_BEFORE = re.compile(r"(?:^|(?<=[，,；;。]))品牌([^，,。；;、的]{1,8})$")
#: Right before a seller's unit: a deal that takes it (收购了X的Y事业群, 出售, 剥离).
_SOLD_BEFORE = re.compile(r"(?:收购|并购|出售|剥离|转让|买下|接手)(?:了)?$")
#: The seller holds all of the firm: 唯一股东, 全资股东, 持有其100%.
_SOLE_HOLDER = re.compile(r"唯一股东|全资股东|独资股东|100\s*[%％]")
#: After the holder: it holds the shares, perhaps all of them (履行出资人职责并100%持股, 全资持有, 控股).
_HOLDS_ALL_OR_SOME = re.compile(r"(?:(?!不|未|非|担任|负责|管理)[^，,。；;由]){0,12}?(?P<whole>100\s*[%％]|全资|绝对)?(?:持股|持有|控股)"
                                r"(?:\d+(?:\.\d+)?\s*[%％])?(?:[。；;，,]|$)")
#: A holder of a firm's shares (持有X 32.6%的股份), then what the stake makes it.
_CONTROLLING_HOLDER = re.compile(r"持有(?P<held>(?:A股|港股)?(?:上市公司)?)")
#: After a stake: the holder controls the firm (…股份，为其控股股东).
_SAYS_CONTROL = re.compile(r"[^，,。；;]{0,30}?股(?:份|权)[，,](?:并|目前)?(?:为|是|系|成为)其(?:控股股东|母公司)(?=[，,。；;]|$)")
#: The post given up, taken over by a person: 该职务由(原财务总监)乙接任, 其职位将由乙接替 (group 1 ends at the person).
_SUCCESSOR = re.compile(r"(?:该|其|此|这一|上述)(?:职务|职位|岗位|一职)(?:将|则|暂|现|已)?由([^，,。；;由]{1,16}?)"
                        r"(?:正式|暂时)?(?:接任|接替|出任|担任)")
#: A post taken with no organisation named: 甲接任CEO一职, …，出任高级副总裁 (the company the text is about).
_POST_ADVERBS = re.compile(r"\s*(?:同时|并|还|另外|另|此外|目前|现|将|已|已经|正式|随即|继续|仍|仍将|将继续)*")
_BARE_POST = re.compile(r"(?:兼任|担任|出任|接任|升任|转任|改任|留任|任)(?:公司)?([^，。,;；、]{1,20}?)(?:一职|职务|的职务)?(?=$|[，。,;；])")
#: Before a unit head and his description: 由(集团执行副总裁)甲, 交由甲 (…负责).
_RUN_BY_BEFORE = re.compile(r"(?:并|则|将|改|现)?(?:交由|由)[^，,。；;由]{0,14}$")
#: A unit set up or reorganised in the clause before …，由甲负责 (not one closed or sold: 关闭X事业部，由甲负责).
_UNIT_SET_UP = re.compile(r"升级为|成立|设立|新设|组建|整合为|改组为|合并为|拆分为|调整为")
#: After a unit a person is said to run: a task of the unit's, which is what he runs (重组项目, 出售计划).
_UNIT_TASK_AFTER = re.compile(r"(?:的)?(?:重组|项目|计划|改革|整合|改造|出售|关停|裁员|转型)")
#: After the person: 负责 and the clause's end (…，由甲负责，全年新签…).
_RUNS_UNIT_END = re.compile(r"(?:全面)?负责(?:该事业群|该部门)?(?=$|[，,。；;])")
#: A post filled by a person named after it: 公司董事长由甲担任, CEO则由甲担任, 首席产品官一职由甲接任,
#: 总经理为甲; or a unit run by a person: X事业群由甲担任负责人, X事业群由甲负责.
#: A post at a clause's end, as a thing to be filled: (X的)董事长一职, 总经理职务.
_POST_CLOSES_CLAUSE = re.compile(r"([^，,。；;的（）()]{2,12})(?:一职|职务)$")
#: A clause that opens with who fills the post before it: 改由, 则由, 暂由, 由.
_BY_OPENS_CLAUSE = re.compile(r"\s*(?:现|则|将|改|暂|暂时|已|已经|仍)?由")
_POST_FILLED_BY = re.compile(r"(?:一职|职务|的职务)?(?:则|将|仍|现|目前|改|暂|也)*(?:交由|由|为|是)$")  # (X事业群则交由甲负责)
_FILLS_POST = re.compile(r"(?:正式|将|继续|暂时|临时)?(?:担任|出任|接任|兼任|代理|履职)?(?=$|[，,。；;])")
_RUNS_UNIT = re.compile(r"(?:正式|将|继续|同时)?(?:担任|出任|兼任)([^，,。；;]{1,12}?)(?=$|[，,。；;])"
                        r"|(?:全面|直接|亲自|具体)?(?:负责|兼管|分管|统管|主管|执掌|掌舵|领导|带领|领衔)(?=$|[，,。；;])")
#: Words for another party than the product named before them (合作方, 商家, 供应商, 竞品…).
_ANOTHER_PARTYS_HEAD = re.compile(r"(?:合作方|合作伙伴|商家|供应商|竞品|投资方|投资人|客户|用户|代理商|经销商|渠道商|服务商|入驻商家)")
#: The head of a unit, named alone in a later clause (X研究院…，负责人是甲).
_UNIT_HEAD_ALONE = re.compile(r"(?:负责人|主任|院长|所长|站长|馆长|带头人)")
_POST_ADVERB_PREFIX = re.compile(r"^(?:此外|同时|另外|其中|而|则|目前|现任|新任|现|管理层方面)*")
#: A holder with a stake and no company named (the article's company): X持股5.62%, X持股比例由1.8%升至3.2%;
#: or shares of 公司 held, counted or as a ratio (group ours: X持有公司股份4286万股, 持有公司22.4%的股份, 持有公司股份的比例降至4.9%).
_HOLDS_SOME = re.compile(
    r"(?:直接|间接|合计|累计|目前|仍|共)*持(?:股|有)(?:比例)?[\d.\s约为达由从至到增降升已经]{0,12}?\d+(?:\.\d+)?\s*[%％](?!以上|以下|的)"
    r"|(?:及其一致行动人|及其关联方)?(?:直接|间接|合计|累计|目前|仍|共|分别|各自|已)*持有(?P<ours>本?公司)(?:(?:股份|股票|A股股份)"
    r"(?:(?:约|共计|合计)?\d+(?:\.\d+)?(?:万|亿)?股(?!以上|以下)|的?比例[^，,。；;]{0,10}?\d+(?:\.\d+)?\s*[%％])"
    r"|约?\d+(?:\.\d+)?\s*[%％](?:的)?(?:股份|股权|股票))")
#: Shares of 公司 held (持有公司股份4286万股): of the firm the paragraph is about, which the sentences before say.
_HOLDS_OUR_SHARES = re.compile(r"持有(?:本)?公司(?:股份|股票|A股股份|约?\d)")
#: After a firm: its announcement or its holder, which 公司 in what follows stands for (A称，…; A公告，…; A的股东X).
_ANNOUNCER_AFTER = re.compile(r"(?:[（(][^（()）]{0,20}[）)])?(?:此前|日前|近日|当日|同日|晚间|今日|当晚)?(?:发布)?(?:公告|披露|表示|称|宣布|透露)"
                              r"|(?:[（(][^（()）]{0,20}[）)])?(?:的|之)?(?:控股股东|股东|第一大股东|实际控制人|董事长|总经理|副总经理|总裁|副总裁"
                              r"|董事|监事|高管|财务总监|董事会秘书|员工持股平台)")
#: The kind of unit and a dash or colon that open a list of units: 旗下上市公司——A和B, 旗下子公司：A、B.
_UNITS_LISTED = re.compile(r"(?:子公司|公司|企业)(?:包括|有)?\s*[—:：]+\s*$")
#: Before a holder, with no company named: 控股股东X, 第三大股东为X, 持股1.37%的X.
_HOLDER_BEFORE = re.compile(
    r"(?:(?:(?:第|前)[一二三四五六七八九十\d]+大|控股|最大|主要)股东(?:为|是)?|持股(?:比例)?(?:为|约)?\d+(?:\.\d+)?\s*[%％]的)$")
#: Y由公司持股70%: the company the article is about holds Y.
_HELD_BY_US = re.compile(r"(?:则|将|仍|目前)?由(?:本)?公司(?:直接|间接|合计)?持(?:股|有)(?:其)?(\d+(?:\.\d+)?\s*[%％])")
#: N%股权由X持有: the holder after 由 (and its kind: 由物流企业X持有).
_HELD_BY = re.compile(r"\d+(?:\.\d+)?\s*[%％](?:的)?股(?:权|份)(?:则|将|仍)?由(?:" + _KIND_OF_PARTNER
                      + r"|(?:公司|其|该公司)?(?:联合创始人|创始人|实际控制人|控股股东))?$")
#: A stake right after a company's name: Y 65%股权, Y的65%股份.
#: After a holder: it keeps the rest of the shares (继续持有其余49%股权, 持有剩余30%的股份).
_HOLDS_THE_REST = re.compile(r"(?:继续|仍然?|则|另|将)?持有(?:其余|剩余)的?\s*(?:约)?\d+(?:\.\d+)?\s*[%％]的?股(?:权|份)")
#: After 对 and a firm: a deal on it (对Y的增资, 对Y的收购).
_DEAL_AFTER_OBJECT = re.compile(r"(?:\d+(?:\.\d+)?\s*[%％]股权)?的?(?:增资|收购|投资|注资|入股|控股)")
_STAKE_AFTER = re.compile(r"\s*(?:的)?(?:其余|剩余|其他|另外)?(?:约)?\d+(?:\.\d+)?\s*[%％](?:的)?股(?:权|份)")
#: All that stands between two names: adverbs, a trigger verb and perhaps the kind of the second firm
#: (已控股, 间接控股工业机器人公司).
_GAP_TRIGGER = re.compile(r"(?:已|已经|还|也|又|间接|直接|全资|正式|成功)*([\u4e00-\u9fff]{2,4}?)(?:了)?"
                          r"(?:[\u4e00-\u9fff]{0,10}?(?:公司|企业|厂商|机构|集团))?")
#: A round of funding spoken of (not 融资担保, 融资租赁): 领投, 跟投, B轮融资, 本轮融资, 获得/完成…融资.
_A_ROUND = re.compile(r"领投|跟投|独家投资|轮融资|本轮|本次融资|(?:获得|完成|获)[^，,。；;]{0,12}融资(?!担保|租赁|贷款|服务)")
#: The end of a proposal's title after a trigger: …的议案, …的预案, …报告书（草案）.
_PROPOSAL_END = re.compile(r"[^，,。；;《》]*?(?:的(?:[议预提方]案|重组草案|草案)|报告书[（(]草案[）)]|[（(]草案[）)])")
#: After a proposal: it has been carried out (已于3月实施完毕, 已完成交割; not 尚未/将于…实施完毕).
_CARRIED_OUT = re.compile(r"》?(?:[，,]\s*(?:目前|本次|该项?)?交易)?[^，,。；;]{0,2}已(?:经)?[^，,。；;未将拟尚需预不停止消终]{0,6}?"
                          r"(?:实施完毕|实施完成|实施|完成交割|完成)")
#: The subject says it controls the firms it lists: 直接或间接控制三家上市公司：, 控股以下子公司：.
_CONTROLS_LIST = re.compile(r"(?:目前|现|现在|直接|或|和|间接|共|合计|实际|已|分别|主要|还|也|通过[^，,。；;：:控不未非共与]{1,10}?)*"
                            r"(?:控制|控股)(?:了)?(?:以下|下列|如下)?(?:[一二三四五六七八九十两\d]+家)?(?:上市|控股)?(?:子)?(?:公司|企业)[:：]")
#: After a list of controlled firms, a cue that the next firms are only held: 并参股…, 另持有…, 同时参股….
_ONLY_HELD_NEXT = re.compile(r"参股|持有|少数股权|另|同时|此外")
#: A stake that ends its phrase: 持股65%，…
_STAKE_ENDS_PHRASE = re.compile(r"\s*(?:约)?\d+(?:\.\d+)?\s*[%％]\s*[，,、；;）)]")
#: After a holder named in brackets behind a company: Y（X持股65%）.
_HOLDER_IN_BRACKETS = re.compile(
    r"(?:直接|间接|合计)?(?:持股|持有)(?:其)?(?:比例)?(?:为|约|达)?\s*(\d+(?:\.\d+)?)\s*[%％](?:的)?(?:股权|股份)?([）)]|[，,、])")
#: A clause that opens with a subsidiary and no owner: 全资子公司X, 公司控股子公司X (公司 read as a reference).
#: (or after the firm has it, 并在合肥设有全资子公司X, or a person holds a post there, 他还兼任全资子公司X执行董事)
_BARE_SUBSIDIARY = re.compile(r"\s*(?:[^，,。；;]{0,8}?方面，)?(?:此外|另外|同时|其中)?"
                              r"(?:(?:并|还|也|另|目前)*(?:在[^，,。；;“”]{1,6}?)?(?:设有|设立了|拥有|下设)(?:一家|两家)?"
                              r"|(?:他|她)?(?:目前|现)?(?:还|也|同时)?(?:兼任|担任|出任))?(?:全资|控股)子公司")
#: Before a firm someone worked for once: 曾任, 曾就职于, 离开, 毕业于, 此前在.
_FORMER_EMPLOYER = re.compile(r"曾|原|前任|此前|离开|毕业|就职|供职|工作")
#: A title with at most an ordinary rank or field before its head word: 副总裁, 财务总监, 首席执行官, 执行董事.
_PLAIN_TITLE = re.compile(r"(?:副|首席|高级|执行|常务|独立|非执行|联席|财务|技术|运营|营销|董事会)?"
                          r"(?:董事长|副董事长|总经理|总裁|总监|执行官|财务官|技术官|运营官|董事|秘书|行长|经理|CEO|CFO|CTO|COO)")
#: A branch or unit's name that starts with its company's: 星海银行无锡分行, 星海科技上海分公司.
#: Kinds of branch that end a branch's name after its firm's and a place (X银行无锡分行, X保险上海分公司).
_BRANCH_KINDS = ("分行", "支行", "分公司")
_BRANCH_ENDS = (*_BRANCH_KINDS, "研究院", "事业部", "事业群", "实验室")
#: Before a brand in its clause: an agent's or another firm's words (以代理…品牌A, 被投企业孵化了…品牌A, 国际品牌A).
_NOT_ITS_BRAND = re.compile(r"代理|经销|分销|授权|引进|被投|旗下企业|投资的|合作的?|国际品牌|外资品牌|海外品牌")
#: After a brand: the rights to sell it (拥有品牌A在华东的独家代理权).
_AGENCY_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:代理权|经销权|授权|销售权)")
#: What a firm did with a brand, then the brand's trade and brand noun: 孵化了港式甜品品牌|A, 以烘焙品牌|A(起家).
_BRAND_GROWN = re.compile(r"(?:孵化|推出|创立|创办|打造|拥有|运营|以)[^，,。；;]{0,30}品牌$")
#: Words that announce a company's own products: 核心产品包括, 主要产品为, 自研的, 旗舰产品, 为其定制的.
_PRODUCTS_OF = re.compile(r"(?:的)?(?:目前的?)?(?:(?:核心|主要|主力|旗舰|明星|拳头|代表性?)"
                          r"(?:产品|机型|车型|型号)(?:包括|有|为|是|系)?"
                          r"|自研的?|自主研发的?"
                          r"|为(?:其|我们|该公司|该机|该车|客户)?(?:量身)?(?:定制|打造|定制开发|开发|研发|设计)的)")  # (X为其定制的“A”芯片)
#: A spokesman's verb: what an officer says of his firm (表示, 介绍, 透露).
_SPEAKS = re.compile(r"表示|介绍|透露|宣布|称|指出|说")
#: Words of another party in a clause: a customer, rival, supplier, partner, lawsuit or deal.
_OTHER_PARTY = re.compile(r"客户|竞争|对手|起诉|诉讼|合作|供应商|采购|收购|投资|伙伴|与|和|向|对")
#: After a firm, the rest of a clause that says what kind of firm it is: 是Y的控股子公司, 为国内激光雷达龙头.
_IS_A_KIND_OF_FIRM = re.compile(r"(?:是|为|系)[^，,。；;]*?(?:子公司|孙公司|企业|公司|厂商|龙头|品牌|供应商|制造商|平台)$")
#: A clause that opens with 其, a kind of product and the product's quoted name: ，其多光谱无人机“霁眸M5”.
_ITS_PRODUCT = re.compile(r"\s*其(?:首款|第一款|新一代|最新一代|最新款|新款|旗舰)?(?![^“「]{0,10}(?:竞争|对手|客户|合作|伙伴|供应商|投资|收购|的))"
                          r"[^，,。；;“「”」]{1,10}[“「]")
#: Hearsay or a deal not done in the sentence: 传闻, 据知情人士透露, 尚未签约, 否认.
_HEARSAY = re.compile(r"传闻|传言|据传|网传|据知情人士|知情人士透露|消息人士|有消息称|(?:媒体|自媒体|网友|博主)(?:报道)?称|据(?:媒体|外媒)报道"
                      r"|尚未|否认|或将|有望"
                      r"|(?:^|(?<=[，,。；;]))\s*若|如果")
#: Between a firm and a person it describes: a former post or an occupation (前…工程师, 原…副总裁).
#: People of a school or a lab, written after its name before a person's (X大学博士甲, Y研究所研究员乙).
_SCHOOL_ROLES = "博士后|博士|硕士|副教授|教授|讲师|院士|校友|毕业生|研究生|学生|研究员|工程师"
_DESCRIBES_PERSON = re.compile(r"的?(?:前|原)?[^，,。；;、由与和]{0,6}?(?:员工|高管|总监|经理|副总裁|总裁|专家|科学家|合伙人|"
                               + _SCHOOL_ROLES + ")")
#: Expectation before a consolidation: 预计X将于四季度纳入…, 有望.
_EXPECTED = re.compile(r"预计|预期|有望|或将")
#: Between a firm and its owner before 纳入: 作为Y的控股子公司.
_HELD_AS_UNIT = re.compile(r"(?:作为|成为)(?:其)?")
#: A deal before a consolidation whose owner the text leaves unnamed: 收购X后, 将X转让给B.
_DEAL_BEFORE = re.compile(r"收购|并购|转让|出售|受让|卖给|售予")
#: Consolidated in a firm's accounts: 纳入X合并报表范围, 纳入公司合并报表, 纳入合并财务报表范围 (``owner``: where a named owner starts).
_CONSOLIDATED = re.compile(r"(?:纳入|并入)(?:其|公司|集团|本公司)?(?P<owner>)[^，,。；;]{0,12}?(?:的)?合并(?:财务)?报表")
#: After a list of founders: 等42家单位共同发起成立(的), 联合…发起设立.
_CO_FOUNDED = re.compile(r"(?:等\s*[\d一二三四五六七八九十百]+\s*家[^，,。；;由]{0,16}?)?(?:共同|联合)?发起(?:成立|设立|组建)(?:了)?(?:的)?")
#: 该子公司: the subsidiary the sentence named.
_THIS_SUBSIDIARY = re.compile(r"该(?:全资|控股)?子公司")
#: Right before a firm's name: the kind it was set up as (合资公司X, 全资子公司X, 成立了子公司X).
_SET_UP_AS = re.compile(r"(?:合资|子)(?:公司|企业)$")
#: A reference to a unit named before: 该事业群, 该研究院.
_THIS_UNIT = re.compile(r"该(事业群|事业部|研究院|实验室|研究所|部门)")
#: Words for a kind of body that a text uses alone for the one body of that kind it named (协会 for X产业协会).
_BODY_WORDS = ("协会", "研究院", "基金会", "学会", "商会", "联合会", "联盟", "研究所", "促进会")
_BODY_KIND = re.compile("(?:" + "|".join(_BODY_WORDS) + ")$")
#: A bare body word: at a clause's start or after a function word (为协会理事长, 研究院首任院长, 与该基金会).
_BARE_BODY = re.compile(r"(?:(?:^|(?<=[，,。；;：:！？!?”\s为由与和及被在向对其]))本?|该)(" + "|".join(_BODY_WORDS)
                        + r")(?![\u4e00-\u9fff]{0,2}(?:会员|成员|单位))")
#: A firm the text does not name, whose board or posts a sentence may speak of: 合资公司, 新公司, 该子公司.
_UNNAMED_NEW_FIRM = re.compile(r"(?:合资|子|新|该子)公司")
#: Verbs of appointing someone to a post.
_APPOINT = re.compile(r"(?:任命|委任|聘任|聘请|提名|选举|推选)了?")
#: Right before a firm a person leaves: 离开, 告别, 退出, 离职于.
_LEFT_BEFORE = re.compile(r"(?:离开|告别|辞别|退出|离职于|跳出)了?$")
#: A firm set up that the text leaves unnamed: 创立了一家物流公司, 成立新公司.
_SET_UP_UNNAMED = re.compile(r"(?:创立|创办|创建|成立|组建|设立)了?(?:一家|一个|新的?)[^，,。；;]{0,10}?(?:公司|企业|机构|平台)")
#: Posts at a unit or a body beside the company, not the company's own: 合资公司董事长, 下属企业负责人, 研究院院长,
#: 技术委员会主任, 欧洲区负责人, 工会主席, 党委书记, 监事会主席.
_NOT_THE_FIRMS_POST = re.compile(r"合资公司|参股公司|控股公司|子公司|分公司|孙公司|下属|旗下|研究院|研究所|委员会|中心|实验室|事业部|事业群"
                                 r"|[\u4e00-\u9fff]{1,3}区(?!域)|工会|党委|党支部|监事会|纪委|职代会")
#: Appointments at 公司 right before the verb, chained by commas (聘任甲为公司副总裁，聘任乙为财务总监，|聘任…):
#: the later ones of the sentence are at 公司 too.
_APPOINTED_AT_THE_FIRM = re.compile(
    r"(?:任命|委任|聘任|聘请)了?[^，,。；;]{1,24}?为(?:公司|该公司)[^，,。；;]{1,16}[，,]"
    r"(?:\s*(?:同时|并|还|另)?(?:任命|委任|聘任|聘请)了?[^，,。；;]{1,24}?为[^，,。；;]{1,16}[，,])*\s*(?:同时|并|还|另)?$")
#: A negation before 与: 从未与B合作, 不再与B合作.
_NEVER_WITH = re.compile(r"(?:不|未|没|没有|不再|从未|从不|并未|尚未)(?:曾)?(?:与|同|跟)")
#: A clause that opens with its partner: (并|还|同时)与B…
_CLAUSE_WITH = re.compile(r"\s*其?(?:并且|并|还|也|又|同时|此外|另外|随后|此后|而|且|现场|先后|分别|当天|当日|同日|再次|首次|正式)*"
                          r"(?:宣布)?(?:将|已|已经|正|正在)?(?:与|同|跟|和)")
#: Words that end a kind of firm written before a firm's name (芯片设计公司星海科技).
_KIND_OF_FIRM = ("公司", "企业", "厂商", "工作室", "品牌", "车企", "药企", "房企", "险企", "独角兽", *TRADER_KINDS)
#: Between a place and the company it describes: 的, a kind of firm, or both (的芯片设计公司).
_PLACE_THEN_KIND = re.compile(r"的?(?:[\u4e00-\u9fff]{0,8}?(?:公司|企业|厂商|工作室|集团|机构|[制运开供服提生零销]?[造营发应务供产售]?商))?")


def find_relations(
    text: str,
    sentences: Sequence[tuple[int, int]],
    toks: Sequence[Tok],
    mentions: Sequence[Cand],
    lex: Lexicons,
) -> list[RelCand]:
    """Find relation candidates in every sentence of a document.

    Mentions nested inside another (``source == "inside"``: the 印度 of 印度政府)
    take no part: the patterns read the outer name.
    """
    # (the outlet of a dateline at a paragraph's start takes part in no relation: 证券时报e公司讯 1月8日晚间，…)
    mentions = [m for m in mentions if m.source != "inside" and not (
        (_OUTLET_DATELINE.match(text, m.end) or m.text.endswith("讯") and text[m.end : m.end + 1] in ("】", "]", "］"))
        and text[text.rfind("\n", 0, m.start) + 1 : m.start].strip() in ("", "【", "[", "［"))]
    toks = _cut_after_names(text, toks, mentions, lex)
    out: list[RelCand] = []
    topic = _topic(text, mentions)
    listed = next((m for m in mentions if m.type == "Company" and _INTRODUCED.match(text, m.end)), None)
    antecedent: Cand | None = topic
    round_firm: Cand | None = None  # the firm the paragraph's last sentence about a round was about (for 本轮)
    last_unit: Cand | None = None  # the internal unit named last (for 该事业群)
    new_firm: Cand | None = None  # the firm the paragraph last said was jointly set up (for 其中A持股51%)
    joint: Cand | None = None  # the joint venture the text set up last (for a later bare 合资公司)
    fund: Cand | None = None  # the fund the text named last, not as an investor (for 基金首期资金中，A出资…)
    people: tuple[list[Cand], Cand | None] = ([], None)  # whom a 他/她 may stand for (see _sentence_people)
    before: tuple[int, int] = (0, 0)  # the paragraph's sentence before this one
    before_names = 0  # where its names start in ``mentions``
    bodies: dict[str, dict[str, Cand]] = {}  # the bodies named so far by their kind's word (for a bare 协会)
    read: list[_Sentence] = []  # the paragraph's sentences not yet read for the antecedent (read only when needed)
    prev_end = 0
    ti = 0
    mi = 0
    for s, e in sentences:
        while ti < len(toks) and toks[ti].end <= s:
            ti += 1
        tj = ti
        while tj < len(toks) and toks[tj].start < e:
            tj += 1
        while mi < len(mentions) and mentions[mi].end <= s:
            mi += 1
        mj = mi
        while mj < len(mentions) and mentions[mj].start < e:
            mj += 1
        if "\n" in text[prev_end:s]:
            antecedent, read, round_firm = topic, [], None  # a new paragraph: back to the company the article is about
            new_firm = None
            before = (0, 0)
        prev_end = e
        if read and (_THIS_COMPANY.search(text, s, e) or _BARE_POST.search(text, s, e) or _OWN_POST.search(text, s, e)
                     or _HOLDS_OUR_SHARES.search(text, s, e)):
            antecedent = _antecedent(text, read, antecedent)
            read = []
        sent = _Sentence(text, (s, e), list(toks[ti:tj]), list(mentions[mi:mj]), lex, antecedent, topic, last_unit, round_firm,
                         bodies, joint, people)
        people = _sentence_people(text, (s, e), mentions[mi:mj], people)
        sent.listed = listed
        # (the paragraph's sentence before: the firms it names, what it says of firms in general)
        sent.before = (text[before[0] : before[1]],
                       {m.name or m.text for m in mentions[before_names:mi] if m.type == "Company"} if before[1] else set())
        before, before_names = (s, e), mi
        filled = sent.posts_filled_by() + sent.units_run_by()
        filled_keys = {(r.head, r.title) for r in filled}
        carried = [r for r in sent.carried_posts() if (r.head, r.title) not in filled_keys]  # (the post's own organisation won)
        found = (sent.titles() + sent.elected_posts() + sent.successors() + sent.held_by() + sent.brand_heads() + sent.approved_appointments() + sent.approved_qualifications() + sent.portfolio() + carried + filled + sent.relative_posts() + sent.posts_by_subject() + sent.funded_by() + sent.named_subsidiaries() + sent.possessed_products() + sent.posts_after_names() + sent.officers_named_bare() + sent.founders_named() + sent.co_founders() + sent.triggers() + sent.stakes() + sent.holders_of_the_topic() + sent.its_holders() + sent.bracketed_stakes() + sent.joint_ventures() + sent.transfers()
                 + sent.taken_in() + sent.cooperation() + sent.ownership() + sent.reorganised_units() + sent.units_under() + sent.units_after_firms() + sent.main_products() + sent.counted_own_products()
                 + sent.controlled_by() + sent.licences() + sent.maker_lines() + sent.parents_named() + sent.holders_of_its())
        found = sent.deals_on_units(found)
        found += _founders_by_title(found, sent.ents)
        stakes, new_firm = sent.stakes_in_a_new_firm(new_firm)
        funded, fund = sent.fund_contributions(fund)
        found += funded
        # (the holder's stake is in the firm set up, not in the article's company: 其中A持股51%，B持股49%)
        held = {r.head for r in stakes}
        found = [r for r in found if not (r.relation == "investedIn" and r.head in held)] + stakes
        if "通过" in text[s:e]:
            found += sent.through_vehicles(found)
        if "全资" in text[s:e] or "控股" in text[s:e]:
            found += sent.wholly_set_up(found)
        if "方" in text[s:e]:
            found += sent.named_party()
        if _MERGES.search(text, s, e):
            # 由甲负责的A事业群将并入新成立的B事业群: a merger of units, none founded or owns the other
            found = [r for r in found if not (r.relation in ("founded", "subsidiaryOf")
                                              and text[r.head[0] : r.head[1]].endswith(_BUSINESS_GROUPS)
                                              and text[r.tail[0] : r.tail[1]].endswith(_BUSINESS_GROUPS))]
        if sent.set_up_units:
            # a reorganisation's units: none founded another listed with it, or is its unit
            units = sent.set_up_units
            found = [r for r in found if not (r.relation in ("founded", "subsidiaryOf") and r.head in units and r.tail in units)]
            sent.vetoed |= {frozenset((text[a[0] : a[1]], text[b[0] : b[1]])) for a in units for b in units if a != b}
        if _RESIGNS.search(text, s, e):
            found = [r for r in found if not _post_given_up(text, s, e, r)]
        # 开发了X旗下Y品牌的车型: X, named before 旗下, owns what was made; it is no product
        found = [r for r in found if not (r.relation == "launched" and text.startswith("旗下", r.tail[1])
                                          or r.relation == "productOf" and text.startswith("旗下", r.head[1]))]
        out += found
        out += sent.classified(found)
        read.append(sent)
        named_joint = [m for m in sent.ents if m.type == "Company" and m.source != "ref" and strip_legal(m.text) != m.text
                       and _THE_JOINT_VENTURE.fullmatch(text, max(s, m.start - 4), m.start)]
        joint = sent.joint_venture or (named_joint[-1] if named_joint else joint)  # (合资公司X: named with its kind)
        if sent.joint_venture is None and not named_joint and _ANOTHER_JOINT_VENTURE.search(text, s, e):
            joint = None  # 另一家合资公司也在筹备中: later a bare 合资公司 may be that one
        funding = _FUNDING.search(text, s, e)
        if funding is not None and not _THIS_ROUND.search(text, s, e):
            # the firm named last before a round (not an investor after 由) raised it, for 本轮由A领投 after it:
            # 36氪获悉｜芯片公司「X」完成B轮融资; X完成由A领投的B轮融资
            by = max((m.start() for m in _BY.finditer(text, s, funding.start())), default=-1)
            limit = by if by >= 0 else funding.start()
            firms = [m for m in sent.ents if m.type in ("Company", "Organization") and m.end <= limit]
            if firms:
                round_firm = sent.refs.get((firms[-1].start, firms[-1].end), firms[-1])
        units = [m for m in mentions[mi:mj] if m.type == "Organization" and m.text.endswith(_UNIT_SUFFIXES)]
        if units:
            last_unit = units[-1]
        for m in mentions[mi:mj]:
            kind = _BODY_KIND.search(m.text) if m.type == "Organization" and m.source != "ref" else None
            if kind is not None and len(m.text) > len(kind.group()):
                bodies.setdefault(kind.group(), {})[m.name or m.text] = m
    return _dedupe(out + _branch_posts(mentions, out, lex))


def _founders_by_title(found: list[RelCand], ents: Sequence[Cand]) -> list[RelCand]:
    """A founder's post (联合创始人兼CTO) at a firm or a body that no relation found says the person
    founded: the person founded it (甲担任联合创始人: whichever pattern read the post)."""
    firms = {(m.start, m.end) for m in ents if m.type in ("Company", "Organization")}
    have = {(r.head, r.tail) for r in found if r.relation == "founded"}
    out = []
    for r in found:
        if r.relation in ("holdsPosition", "leads") and r.title and r.tail in firms and (r.head, r.tail) not in have \
                and _founder_title(r.title):
            out.append(RelCand(r.head, "founded", r.tail, r.confidence, r.sentence))
            have.add((r.head, r.tail))
    return out


#: Roles that are no post at a branch's firm: a controller, a holder.
_NOT_A_POST = re.compile(r"控制人|股东")


#: A district or a region that names a branch (金融街, 自贸区, 杭州高新, 华南第二), written as one.
_DISTRICT = re.compile(r"[\u4e00-\u9fff]{1,3}(?:新区|开发区|自贸区|园区|区|街|路)|[\u4e00-\u9fff]{2}高新"
                       r"|(?:华东|华南|华北|华中|西南|西北|东北|东部|西部|南部|北部|中部)(?:第[一二三四五六七八九十])?")


def _branch_word(word: str, lex: Lexicons) -> bool:
    """What names a branch between its firm's name and 分行/支行/分公司: a place (无锡, 北京中关村) or a
    district's or region's word (金融街, 自贸区, 华南第二), not the rest of another firm's name (商务 of
    X电子商务分公司 when the text also names X电子) or a firm's word (银行杭州 of X银行杭州分行)."""
    if len(word) < 2 or not all(is_cjk(ch) for ch in word):
        return False
    return place_word(word) or (_DISTRICT.fullmatch(word) is not None and not any(word.startswith(w) for w in lex.company_suffixes))


def _branch_posts(mentions: Sequence[Cand], rels: Sequence[RelCand], lex: Lexicons) -> list[RelCand]:
    """A post at a branch is a post at the firm the text names it of: 甲现任X银行无锡分行行长 ->
    holdsPosition(甲, X银行, 无锡分行行长)."""
    by_span = {(m.start, m.end): m for m in mentions}
    firms: dict[str, Cand] = {}
    for m in mentions:
        if m.type == "Company":
            firms.setdefault(m.name or m.text, m)
            firms.setdefault(strip_legal(m.name or m.text), m)  # (X银行 of X银行股份有限公司)
    out = []
    for r in rels:
        branch = by_span.get(r.tail)
        if r.relation not in ("leads", "holdsPosition") or branch is None or not r.title:
            continue
        name = branch.name or branch.text
        kind = next((k for k in _BRANCH_KINDS if name.endswith(k)), None)
        if kind is None or _NOT_A_POST.search(r.title):
            continue
        # the firm's name, then a place or a district of two to five characters: X银行|无锡|分行,
        # X银行股份有限公司|无锡|分行, X银行|金融街|支行
        firm, n = None, 0
        for n in (2, 3, 4, 5):
            owner = name[: -len(kind) - n]
            if _branch_word(name[-len(kind) - n : -len(kind)], lex) \
                    and (firm := firms.get(owner) or firms.get(strip_legal(owner))) is not None:
                break
        if firm is not None:
            former = re.match(r"原|前", r.title)
            branch_part = name[-len(kind) - n :]
            title = (former.group() + branch_part + r.title[1:]) if former else branch_part + r.title
            out.append(RelCand(r.head, "holdsPosition", (firm.start, firm.end), round(r.confidence * 0.9, 3), r.sentence, title))
    return out


#: After a name said to be a holder, up to its clause's end (A与B为四季度新进股东，): of a company named elsewhere.
_IS_A_HOLDER_AFTER = re.compile(r"(?:均|也|亦|同|则)?(?:为|是|系|成为)[^，,；;。]{0,10}股东[，,；;]")


#: An occupation right after a body's name, then the person's name: 清华大学博士|X, 浙江大学教授|X.
_OCCUPATION_AFTER = re.compile(r"(?:的)?(?:" + _SCHOOL_ROLES + r")(?!团队|会|组|们)[\u4e00-\u9fff·]{2,4}(?<!团队)(?<!们)$")
#: After 由 and a person: the post, then 的 and the firm it describes (由甲担任创始人兼CEO的X).
_RELATIVE_POST = re.compile(r"(?:担任|出任|任)([^，,。；;的]{2,16})的")
#: After a deal's verb: a relative clause with its own agent, up to the 的 before the object (了由甲创办的|X).
_RELATIVE_OBJECT = re.compile(r"(?:了|过)?由[^，,。；;的]{2,24}?的(?:[^，,。；;的]{0,10}?(?:公司|企业|品牌|平台|厂商|商))?")
#: A firm's name between a verb and a title (辞去|X科技|总裁): Chinese characters and Latin letters, no clause break.
_NAMEISH = r"[\u4e00-\u9fffA-Za-z]{2,16}?"
#: A resignation letter received, and who wrote it: 收到(董事长甲、副总裁乙辞去…)的辞职报告.
_RESIGNATION_LETTER = re.compile(r"(?:收到|接到)([^。；;]{2,40}?)(?:的|提交的|递交的)?(?:书面)?辞(?:职|呈)(?:报告|申请|函|信)?")
#: Giving a post up: 辞去, 卸任, 不再担任, a letter of resignation.
_RESIGNS = re.compile(r"辞去|辞任|卸任|离任|离职|不再担任|不再兼任|辞职|退休")
#: Giving up every post, or the post already named, with no title repeated: 辞去(其)所任职务, 辞去公司一切职务;
#: 因个人原因卸任, 辞职 at a clause's end.
_ALL_POSTS_GIVEN_UP = re.compile(r"(?:辞去|辞任|卸任|离任|不再担任|不再兼任)(?:其|公司|在公司)?(?:所任|所担任|担任)?(?:的)?"
                                 r"(?:全部|一切|所有|相关|上述|各项)?(?:职务|职位)|(?:辞职|卸任|离任|离职|退休)(?=后|[，,。；;]|$)")
#: Between a person and a resignation that names no post: a time or a reason only (已于今年5月, 因个人原因).
_RESIGNATION_GAP = r"(?:已经|已|于|因|由于|近日|日前|昨日|今日|上月|本月|月初|月底|去年|今年|年初|年底|正式|宣布|个人|工作|身体|年龄" \
                   r"|家庭|病|原因|调整|安排|到龄|退休|任期|届满|\d{1,4}年|\d{1,2}月|\d{1,2}日|[一二三四五六七八九十]{1,2}月)*"
#: After a resignation: it was refused, undone or only reported (但董事会未予批准, 均被挽留, 重新当选, 回应称不实).
_RESIGNATION_UNDONE = re.compile(r"未予批准|不予批准|未获批准|挽留|撤回|收回|重新当选|重新出任|回归|不实|否认|辟谣")
#: A resignation denied, refused or still to come (不会卸任, 拟辞去所任职务, 将于年底离任): the post is still held.
_NOT_YET_GIVEN_UP = re.compile(r"不|未|没|否认|拒绝|拟|将|或|计划|考虑|传|可能|疑似|如果|若|推迟|曾|提出|申请")
#: A post kept in the same sentence (group 1: 甲卸任，继续担任董事长), or taken up (甲辞职后出任公司顾问): not every
#: post is given up (a post taken at another firm, 离职后将出任Y总裁, is no post kept).
_POST_KEPT_OR_TAKEN = re.compile(r"((?:仍|继续|还|仍然|依然)(?:担任|兼任|出任)|留任|续任|(?:仍|依然)(?:是|为))"
                                 r"|(?<!不再)担任|出任|转任|改任|(?<!不再)兼任|(?<!所)任职(?!务)|履职")


def _post_given_up(text: str, s: int, e: int, r: RelCand) -> bool:
    """A post the sentence says its holder gives up: 甲辞去(公司)副总经理职务, 卸任董事长, 收到副总经理甲提交的
    书面辞职报告 (not a post taken up after it: 辞去财务总监职务，转任公司副总经理)."""
    if r.relation not in ("holdsPosition", "leads") or not r.title or r.title[0] in "前原":
        return False  # (X前CEO甲已于去年离职: the title already says the post is a past one)
    person = text[r.head[0] : r.head[1]]
    title = re.escape(r.title)
    sentence = text[s:e]
    firm = text[r.tail[0] : r.tail[1]]
    # (a holder named in an earlier sentence is 他/她 here: 甲已离开X。他不再担任X的CEO)
    who = re.escape(person) if person in sentence else "(?:他|她)"
    # the person, then in the same clause the verb of giving up and the whole title (辞去董事长职务, not 辞去总裁助理职务
    # for 总裁), at 公司 or at the post's own firm (not 辞去公司董事职务后，将出任Y董事)
    given_up = re.search(who + r"[^，,。；;]{0,16}?(?:辞去|辞任|卸任|离任|不再担任|不再兼任)(?:其|公司|集团|(" + _NAMEISH + r"))?"
                         r"(?:所任|担任的)?" + title + r"(?=职务|一职|的职务|及|、|和|[，,。；;]|$)", sentence)
    if given_up and (given_up.group(1) and given_up.group(1) != firm
                     or re.search(re.escape(firm) + r"(?!子公司|旗下|下属|控股子|全资子)", sentence[given_up.end() :])):
        given_up = None  # (辞去公司董事职务后，将出任Y董事: the post at Y, named after it, is another)
    kept = [m for m in _POST_KEPT_OR_TAKEN.finditer(sentence) if m.group(1) or re.match(
        r"(?:公司|集团|该行|本行|该公司|其|" + re.escape(firm) + ")", sentence[m.end() : m.end() + len(firm) + 2])]
    if not given_up and not kept:
        # 副总裁甲辞去其所任职务, 副总经理甲因个人原因卸任: the post named with the person, given up whole
        # (the person right before the verb, with only a time or a reason between: not 董事长甲批准了副总裁乙的离职,
        # 甲此前已从乙离职, 甲可能离职, 甲提出辞职，但董事会未予批准)
        every = re.search(who + _RESIGNATION_GAP + r"(?:" + _ALL_POSTS_GIVEN_UP.pattern + ")", sentence)
        if every and not _NOT_YET_GIVEN_UP.search(every.group()) and not _RESIGNATION_UNDONE.search(sentence, every.end()) \
                and not re.search(re.escape(firm) + r"(?!子公司|旗下|下属|控股子|全资子)", sentence[every.end() :]):
            given_up = every
    letter = re.search(title + who + r"(?:已|近日)?(?:提交|递交)?(?:的)?(?:书面)?辞职", sentence)
    # 董事会收到董事长甲、副总裁乙辞去其在X担任职务的辞职报告: everyone the letter names gives the post up
    letters = any(person in m.group(1) for m in _RESIGNATION_LETTER.finditer(sentence))
    return bool(given_up or letter or letters)


def _topic(text: str, mentions: Sequence[Cand]) -> Cand | None:
    """The company a news article is about: the one named most often, at least three times and
    half as often again as any other; None when no firm stands out (a round-up of several
    firms). Its first mention as a company stands for it."""
    counts: dict[str, int] = {}
    first: dict[str, Cand] = {}
    for m in mentions:
        key = m.name or m.text
        if m.type in ("Company", "Organization") and not key.endswith(_UNIT_SUFFIXES):  # (not its own units)
            counts[key] = counts.get(key, 0) + 1
            if m.type == "Company":
                first.setdefault(key, m)
    # a full name with its short form in a note (X有限公司（以下简称“X”）) is counted under the short
    # form; the first firm so introduced, or introduced with its stock code or as the one announcing
    # (X（688001）晚间公告), is what a report is about more often than not (two more); so is the
    # firm that opens the headline (X：拟收购…)
    short_of: dict[str, str] = {}
    introduced = None
    for m in mentions:
        if m.type != "Company":
            continue
        s = _short_name_in_note(text, m.end)
        key = m.name or m.text
        if s and key in counts and s != key:
            counts[s] = counts.get(s, 0) + counts.pop(key)
            if key in first:
                first.setdefault(s, first[key])
            short_of[key] = s
        if introduced is None and (s or _INTRODUCED.match(text, m.end)):
            introduced = s or key
    if introduced is not None and introduced in counts:
        counts[introduced] += 2
    head = next((m for m in mentions if m.type == "Company"), None)
    if head is not None and _HEADLINE_SUBJECT.match(text, head.end) and "\n" not in text[: head.start]:
        key = short_of.get(head.name or head.text, head.name or head.text)
        if key in counts:
            counts[key] += 2
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][0] not in first:
        return None  # (the most named is an organisation, or a firm read as one)
    name, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n < 3 or n < 1.5 * second:
        return None
    return first[name]


def _cut_after_names(text: str, toks: Sequence[Tok], mentions: Sequence[Cand], lex: Lexicons) -> list[Tok]:
    """The words, with an organisation word that starts with a name and runs on past its end
    cut there (星海集团|还全资控股, where LAC read one organisation) when no other name follows
    inside it; a trigger verb that ends the rest is a word of its own."""
    if not mentions:
        return list(toks)
    starts = sorted(m.start for m in mentions)
    end_at = {m.start: m.end for m in mentions}
    out: list[Tok] = []
    for t in toks:
        cut = end_at.get(t.start, t.end) if t.tag == "ORG" else t.end
        i = bisect.bisect_left(starts, cut)
        if cut >= t.end or (i < len(starts) and starts[i] < t.end):
            out.append(t)  # the word is the name, or another name follows inside it (深圳|…公司星火动力)
            continue
        out.append(Tok(t.start, cut, text[t.start : cut], t.tag))
        rest = text[cut : t.end]
        verb = next((rest[k:] for k in range(len(rest)) if rest[k:] in lex.triggers), None)
        if verb and len(verb) < len(rest):
            out.append(Tok(cut, t.end - len(verb), rest[: -len(verb)], "d"))
            out.append(Tok(t.end - len(verb), t.end, verb, "v"))
        else:
            out.append(Tok(cut, t.end, rest, "v" if verb else "n"))
    return out


#: Before a name: what makes it a holder of 公司 (持有公司6.83%股份的股东X, 公司控股股东X), never 公司 itself.
_HOLDER_OF_THE_FIRM_BEFORE = re.compile(r"(?:持有公司[^，,。；;]{0,12}?股份的|公司(?:的)?(?:控股|第[一二三四五六七八九十]大|大)?)股东$")
#: After a firm, in its clause: it is 公司's holder (X持有…股份，仍为公司控股股东).
_HOLDER_OF_THE_FIRM_AFTER = re.compile(r"(?:[（(][^）)]{0,30}[）)])?[^；;。，,]{0,30}?(?:持有|持股|合计持)[^；;。，,]{0,30}[，,]\s*"
                                       r"(?:仍|依然|继续|目前)?(?:为|是|系)公司(?:的)?(?:控股|第[一二三四五六七八九十]大|大)?股东")
#: The short form an alias note gives: quoted (（以下简称“X”）) or after 简称： (（证券简称：X）).
_NOTE_SHORT = re.compile(r"[“\"「]([^”\"」]{2,12})[”\"」]|简称[:：]([^，,；;）)]{2,12})")


def _short_name_in_note(text: str, end: int) -> str | None:
    """The short name the alias note right after ``end`` (a name's end) gives, if there is one."""
    note = _ALIAS_NOTE.match(text, end)
    short = _NOTE_SHORT.search(note.group()) if note else None
    return (short.group(1) or short.group(2)) if short else None


def _holders_of_the_firm(text: str, ents: Sequence[Cand]) -> set[str]:
    """The names of firms named as holders of 公司 (持有公司6.83%股份的股东X, X持有…，仍为公司控股股东),
    with the short name their alias note gives (（以下简称“Y”）)."""
    holders: set[str] = set()
    for m in ents:
        if m.type == "Company" and (_HOLDER_OF_THE_FIRM_BEFORE.search(text, max(0, m.start - 24), m.start)
                                    or _HOLDER_OF_THE_FIRM_AFTER.match(text, m.end)):
            holders.add(m.text)
            short = _short_name_in_note(text, m.end)
            if short:
                holders.add(short)
    return holders


def _antecedent(text: str, sents: Sequence[_Sentence], antecedent: Cand | None) -> Cand | None:
    """The company the text is about after ``sents``, for a 该公司 in the next sentence: the last
    clause subject that is a company; a firm left unnamed (一家初创公司) starts afresh. A firm the
    paragraph named as a holder of 公司 (持有公司6.83%股份的股东X（以下简称“Y”）) is not it."""
    holders: set[str] = set()
    for sent in sents:
        if _unnamed_firm(text, sent.span[0], sent.span[1]):
            antecedent = None
        holders |= _holders_of_the_firm(text, sent.ents)
        for c in sent.clauses:
            subj = sent._subject_of(c)
            if subj is not None and subj.type == "Company" and text[subj.start : subj.end] not in ("前者", "后者") \
                    and text[subj.start : subj.end] not in holders and not _JOINS_A_ROUND.match(text, subj.end, c[1]) \
                    and not _NAMED_AS_A_SUBSIDIARY.search(text, max(c[0], subj.start - 14), subj.start) \
                    and not _NAMED_AS_ANOTHER.search(text, c[0], subj.start):
                # (…完成B轮融资，A领投，B跟投: the investors in another's round are not what the text is about;
                # 并在美国设有全资子公司X: the subsidiary the firm has is not it; 前五大客户包括A、B和C: nor its customers)
                antecedent = sent.refs.get((subj.start, subj.end), subj)  # (…，后者注册于新加坡 is about B, not the text)
    return antecedent


#: Right before a name: a firm's verb made it the firm's subsidiary, its object (设有全资子公司X, 旗下拥有子公司X; not
#: 子公司X完成融资, where the subsidiary acts).
_NAMED_AS_A_SUBSIDIARY = re.compile(r"(?:设有|设立了?|拥有|下设|成立了?)[^，,。；;]{0,6}?(?:子公司|附属公司)[“「]?$")
#: Before a name in its clause: it is one of a firm's customers, suppliers or rivals, or an item of a list.
_NAMED_AS_ANOTHER = re.compile(r"包括|包含|涵盖|客户|供应商|竞争对手|竞品|对手")
#: After an investor's name: it joins another's round (领投, 跟投, 参投, 等联合领投).
_JOINS_A_ROUND = re.compile(r"(?:等|、)?[^，,。；;]{0,8}?(?:联合)?(?:领投|跟投|参投|独家投资)")
_PERCENT_AFTER = re.compile(r"(?:了)?(?:约|接近|近|逾|超过|达)?(\d+(?:\.\d+)?)\s*[%％]")
_PERCENT_BEFORE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％](?:的股份|的股权)?$")


def _minority(text: str, t: Tok) -> bool:
    """``控股2.31%``, ``以30%控股``: a stake under half named with 控股."""
    m = _PERCENT_AFTER.match(text, t.end) or _PERCENT_BEFORE.search(text, max(0, t.start - 12), t.start)
    return m is not None and float(m.group(1)) < 50


def _majority(stake: str) -> bool:
    """A stake of more than half: ``51%股权``."""
    m = re.match(r"\s*(\d+(?:\.\d+)?)\s*[%％]", stake)
    return m is not None and float(m.group(1)) > 50


def _agent(text: str, heads: list[Cand]) -> Cand | None:
    """The last name before the verb, unless it is the partner in a 与/同/跟 phrase after
    another name: in ``A与B就收购C签订协议`` A acts."""
    if not heads:
        return None
    last = heads[-1]
    if len(heads) >= 2 and last.start > 0 and text[last.start - 1] in "与同跟":
        return heads[-2]
    return last


def _list_ending_with(text: str, names: list[Cand], seps: tuple[str, ...]) -> list[Cand]:
    """The names of the list that ends with ``names[-1]``: back while only a separator of ``seps`` stands
    between two names (A、B和C)."""
    listed = [names[-1]]
    for m in reversed(names[:-1]):
        if text[m.end : listed[0].start] not in seps:
            break
        listed.insert(0, m)
    return listed


def _list_end(text: str, clause_end: int) -> int:
    """Where the list a clause opens ends: past the clause, while it goes on with more list items
    after a colon (整合为四个：A事业群、B事业群), up to the sentence's next clause break."""
    if text[clause_end : clause_end + 1] not in ("：", ":"):
        return clause_end
    m = _LIST_BREAK.search(text, clause_end + 1)
    return m.start() if m else len(text)


def _firm_part(unit: str) -> str:
    """A unit's name before its business-group word (恒岳集团汽车事业部 -> 恒岳集团汽车)."""
    for g in _BUSINESS_GROUPS:
        if unit.endswith(g):
            unit = unit[: -len(g)]
            break
    k = max((unit.find(w) + len(w) for w in ("集团", "公司", "科技", "控股", "股份") if 0 < unit.find(w)), default=0)
    return unit[:k]


def _dedupe(rels: list[RelCand]) -> list[RelCand]:
    best: dict[tuple, RelCand] = {}
    for r in rels:
        k = (r.head, r.relation, r.tail, r.sentence)
        if k not in best or r.confidence > best[k].confidence:
            best[k] = r
    return sorted(best.values(), key=lambda r: (r.sentence, r.head, r.tail, r.relation))


class _Sentence:
    def __init__(self, text: str, span: tuple[int, int], toks: list[Tok], ents: list[Cand], lex: Lexicons,
                 antecedent: Cand | None = None, topic: Cand | None = None, last_unit: Cand | None = None,
                 round_firm: Cand | None = None, bodies: dict[str, dict[str, Cand]] | None = None,
                 joint: Cand | None = None, people_before: tuple[list[Cand], Cand | None] = ([], None)) -> None:
        self.text = text
        self.span = span
        self.toks = toks
        self.ents = [m for m in ents if m.start >= span[0] and m.end <= span[1]]
        self.refs: dict[tuple[int, int], Cand] = {}  # 前者/后者, 该公司 -> the name it stands for
        self.antecedent = antecedent  # the company earlier sentences of the paragraph were about
        self.round_firm = round_firm  # the firm whose financing round an earlier sentence reported (for 本轮)
        self.topic = topic  # the company the article is about (see _topic)
        self.lex = lex
        self.ents = self._with_references(self.ents, antecedent, topic, last_unit, bodies, joint, people_before)
        self.joint_venture: Cand | None = None  # the joint venture this sentence set up, for a later bare 合资公司
        self.listed: Cand | None = None  # the firm the article introduced with its stock code (X（688001）), if any
        self.before: tuple[str, set[str]] = ("", set())  # the paragraph's sentence before: its text and the firms it names
        self._ent_starts = [m.start for m in self.ents]
        self._tok_starts = [t.start for t in toks]
        self._tok_ends = [t.end for t in toks]
        self._subjects: dict[tuple[int, int], Cand | None] = {}
        self.clauses = self._clauses()
        self.vetoed: set[frozenset[str]] = set()  # pairs a pattern read and found unrelated
        self.set_up_units: set[tuple[int, int]] = set()  # units a reorganisation listed

    # -- structure --------------------------------------------------------

    def _clauses(self) -> list[tuple[int, int]]:
        s, e = self.span
        out = []
        depth = 0
        start = s
        for hit in _CLAUSE_MARKS.finditer(self.text, s, e):  # (the characters the walk below heeds)
            i = hit.start()
            ch = hit.group()
            if ch in "“「『(（《":
                depth += 1
            elif ch in "”」』)）》":
                depth = max(0, depth - 1)
            elif (ch in CLAUSE_PUNCT or (ch in " \u3000" and s < i < e - 1 and is_cjk(self.text[i - 1])
                                           and is_cjk(self.text[i + 1]))) and depth == 0:
                # (a space between Chinese words parts a headline's phrases: X协会成立 Y当选会长)
                if i > start:
                    out.append((start, i))
                start = i + 1
        if e > start:
            out.append((start, e))
        return out

    def _with_references(self, ents: list[Cand], antecedent: Cand | None = None, topic: Cand | None = None,
                         last_unit: Cand | None = None, bodies: dict[str, dict[str, Cand]] | None = None,
                         joint: Cand | None = None, people_before: tuple[list[Cand], Cand | None] = ([], None)) -> list[Cand]:
        """``A与B达成协议，前者向后者转让…``: 前者 stands for A and 后者 for B; ``该公司`` (or a
        bare 公司/集团 as a clause's subject) for the nearest company named before it in the
        sentence, else for ``antecedent``, the company earlier sentences of the paragraph were
        about (a bare 公司 with neither for ``topic``, the company the article is about);
        ``该事业群`` for the unit of that kind named last; and a bare ``协会``/``研究院``/``该基金会``
        for the one body of that kind the text named (``bodies``: the bodies named so far, by
        kind); and 他/她 opening a clause for a person this sentence named before it or, with none, one
        of ``people_before`` (the persons the last sentence naming any named and its subject: see
        _sentence_people and _pronoun_person). Each
        becomes a mention of its own (source ``ref``) that the patterns read like a name; relations
        found on it point to the name it stands for."""
        text = self.text
        added = []
        holders: set[str] | None = None  # the holders of 公司 the sentence names
        sentence = text[self.span[0] : self.span[1]]
        this_company = _THIS_COMPANY.finditer(text, self.span[0], self.span[1]) \
            if any(w in sentence for w in _THIS_COMPANY_WORDS) else ()
        for m in this_company:
            if any(e.start < m.end() and m.start() < e.end for e in ents):
                continue
            # the nearest company named before it in this sentence, else the earlier sentences' one;
            # none after a firm the text does not name (一家初创公司…，该公司…)
            named = [e for e in ents if e.end <= m.start() and not e.text.endswith(_NO_FIRMS_END) and (e.type == "Company" or (
                m.group() == "该公司" and e.type == "Organization" and e.source in ("lac", "repeat")
                and bare_firm_like(e.text, self.lex)))]
            # (青禾水务(ORG)管理团队…，甲继续担任该公司总经理: 该公司 may be a firm LAC tagged as an organisation;
            # a bare 公司 is not an outlet's: 星海报讯 X公告，公司与…)
            # X正式成为公司控股子公司, X系公司全资子公司: the firm that becomes or is a part of 公司 is not it
            # (nor the outlet reporting: 财经社记者注意到，…公司控股股东X; nor the holder of 公司's shares:
            # X持有公司5%股份, X成为公司第二大股东)
            named = [e for e in named if not _BECOMES_SUB.fullmatch(text, e.end, m.start())
                     and not _DATELINE_AFTER.match(text, e.end) and not _HOLDS_THE_FIRM.fullmatch(text, e.end, m.start())
                     and not _HOLDER_OF_THE_FIRM.match(text, e.end, m.start())
                     and not (_outside_voice(text, e) and _SAID_THEN.search(text, e.end, m.start()))
                     and not _news_source(text, e)]  # (据X了解，此前该公司…: X only says where the news comes from)
            # (澜峤证券研究员甲指出，该公司的…: the analyst's firm is not the one spoken of)
            if m.group() == "公司":
                # 其控股股东为X，持股41.2%；公司董事长为甲: the company's holder is not the 公司 (集团 may be the holder)
                if holders is None:  # (nor 持有公司8%股份的股东X（以下简称“Y”）…，公司董事长: read once a sentence)
                    holders = _holders_of_the_firm(text, ents)
                named = [e for e in named if not _NAMED_AS_HOLDER.search(text, max(self.span[0], e.start - 12), e.start)
                         and e.text not in holders]
            if m.group() in ("公司", "集团") and len(named) >= 2:
                # 甲成立于2017年，由乙前总监丙创立，目前丙担任公司董事长: a firm that only says where
                # a person worked (乙前总监丙, 曾在乙任职的丙) is not the 公司 of the sentence
                own = [e for e in named if not self._describes_person(e, ents)]
                named = own or named
            elif m.group() in ("公司", "集团") and named and self._worked_at(named[0]):
                named = []  # 甲此前在乙负责…；丙出任公司COO: 乙 is where 甲 worked, the 公司 is the paragraph's
            ante = named[-1] if named else antecedent
            if len(named) >= 2 and m.group() in ("公司", "集团"):
                # 甲宣布，原乙副总裁丙加盟，向公司CEO丁汇报: a bare 公司 is the firm the sentence opened with
                # (the firm named last may only describe a person)
                first = next((e for e in ents if e.type in ("Company", "Organization", "Person")), None)
                if first is not None and first is named[0] and _PARTY_ADVERBS.sub("", text[self.span[0] : first.start]).strip() == "":
                    ante = named[0]
            if not named and antecedent is None and topic is not None and m.group() == "公司":
                ante = topic  # a bare 公司, no firm named before it in the paragraph: the article's company
            before = [r for r in added if r.end <= m.start() and text[r.start : r.end] == "公司"]
            if m.group() == "公司" and before and not any(
                    e.start > before[-1].end and (e.start == self.span[0] or text[e.start - 1] in "，,；;：:") for e in named):
                # 公司入股X，目前持股19%；去年，公司还收购了Y: the same 公司 as before, not the firm its clause named
                ante = self.refs[(before[-1].start, before[-1].end)]
            if ante is None or _unnamed_firm(text, self.span[0], m.start()):
                continue
            if m.group().endswith("集团") and not ante.text.endswith(("集团", "控股")):
                continue  # 集团 stands for a group
            if m.group().endswith("行") and not strip_legal(ante.text).endswith("行"):
                continue  # 该行 stands for a bank
            ref = Cand(m.start(), m.end(), ante.text, ante.type, "ref", ante.score, ante.name)
            self.refs[(ref.start, ref.end)] = ante
            added.append(ref)
        # 合资公司首任总经理由甲出任, 该合资公司还与X签署…: a bare 合资公司 for the joint venture the text set up
        # last (not 双方将成立合资公司: a new one; nor 合资公司X, which names its own)
        for m in _THE_JOINT_VENTURE.finditer(text, self.span[0], self.span[1]):
            # (成立合资公司X，甲出任该合资公司董事长: the one this sentence named)
            joint = next((e for e in reversed(ents) if e.end <= m.start() and self._set_up_as(e, "合资")), joint)
            if joint is None or _ANOTHER_JOINT_VENTURE.search(text, self.span[0], m.end()) \
                    or any(e.start < m.end() and m.start() < e.end for e in ents) \
                    or any(e.start == m.end() for e in ents) \
                    or not (m.group(1) or m.start() == self.span[0] or _OPENS_A_CLAUSE.search(text, self.span[0], m.start())
                            or (_POST_VERB_BEFORE.search(text, max(self.span[0], m.start() - 2), m.start())
                                and not _SETS_UP_A_JOINT_VENTURE.search(text, self.span[0], m.start()))):
                # (甲出任合资公司董事长: the post verb's firm is the joint venture too)
                continue
            ref = Cand(m.start(), m.end(), joint.text, joint.type, "ref", joint.score, joint.name)
            self.refs[(ref.start, ref.end)] = joint
            added.append(ref)
        # 为协会理事长, 研究院首任院长由…: a bare body word for the one body of that kind the text named
        # before it, in this sentence or an earlier one (not when it named two: which one is unclear)
        for m in _BARE_BODY.finditer(text, self.span[0], self.span[1]):
            if any(e.start < m.end() and m.start() < e.end for e in ents):
                continue
            here = {e.name or e.text: e for e in ents if e.end <= m.start() and e.type == "Organization"
                    and e.text.endswith(m.group(1))}
            known = {**(bodies or {}).get(m.group(1), {}), **here}
            if len(known) != 1:
                continue
            body = next(iter(known.values()))
            if re.search(r"(?:新的?|另一家|另一个|成立了?|设立了?|组建了?|(?<![是为])(?:一家|一个))[\u4e00-\u9fff]{0,6}" + m.group(1),
                         text[max(body.end, self.span[0]) : m.start()]):
                continue  # 宣布成立新的研究院，研究院首任院长…: the new body, which has no name
            ref = Cand(m.start(), m.end(), body.text, body.type, "ref", body.score, body.name)
            self.refs[(ref.start, ref.end)] = body
            added.append(ref)
        # 该事业群总裁甲: the unit of that kind named last before it (in this sentence or an earlier one)
        for m in _THIS_UNIT.finditer(text, self.span[0], self.span[1]):
            units = [e for e in ents if e.end <= m.start() and e.type == "Organization" and e.text.endswith(m.group(1))]
            unit = units[-1] if units else (last_unit if last_unit is not None and last_unit.text.endswith(m.group(1)) else None)
            if unit is None or any(e.start < m.end() and m.start() < e.end for e in ents):
                continue
            ref = Cand(m.start(), m.end(), unit.text, unit.type, "ref", unit.score, unit.name)
            self.refs[(ref.start, ref.end)] = unit
            added.append(ref)
        # 分拆为全资子公司X，甲出任该子公司CEO: the subsidiary this sentence named last
        for m in _THIS_SUBSIDIARY.finditer(text, self.span[0], self.span[1]):
            subs = [e for e in ents if e.end <= m.start() and self._set_up_as(e, "子公司")]
            if len({e.text for e in subs}) != 1 or any(e.start < m.end() and m.start() < e.end for e in ents) \
                    or re.search(r"子公司[^，,。；;]{1,12}?和", text[self.span[0] : m.start()]):
                continue  # (one subsidiary named; with two, which one is unclear)
            ref = Cand(m.start(), m.end(), subs[-1].text, subs[-1].type, "ref", subs[-1].score, subs[-1].name)
            self.refs[(ref.start, ref.end)] = subs[-1]
            added.append(ref)
        for m in re.finditer(r"前者|后者", text[self.span[0] : self.span[1]]):
            at = self.span[0] + m.start()
            if any(e.start <= at < e.end for e in ents):
                continue
            before = [e for e in ents if e.end <= at and e.type in ("Company", "Organization", "Person")]
            pair = next(
                ((a, b) for a, b in zip(reversed(before[:-1]), reversed(before))
                 if re.fullmatch(r"(?:还|也|已|已经|正|先后|分别)?(?:与|和|同|跟|及|以及)", text[a.end : b.start])),
                None,
            )
            if pair is None:
                # A隶属于B，后者…: with no pair joined by 与, the last two names before it
                orgs = [e for e in before if e.type in ("Company", "Organization")]
                if len(orgs) < (2 if m.group() == "前者" else 1) or re.search(r"[。；;]", text[orgs[-1].end : at]):
                    continue
                pair = (orgs[-2] if len(orgs) >= 2 else orgs[-1], orgs[-1])
            ante = pair[0] if m.group() == "前者" else pair[1]
            ref = Cand(at, at + 2, ante.text, ante.type, "ref", ante.score, ante.name)
            self.refs[(ref.start, ref.end)] = ante
            added.append(ref)
        for m in _PERSON_PRONOUN.finditer(text, self.span[0], self.span[1]):
            at = m.start(1)
            if any(e.start <= at < e.end for e in ents):
                continue
            if text.startswith("本人", m.end(1)):
                continue  # 甲的儿子乙任总裁。他本人…: 本人 sets him apart from the one just named; which one is unclear
            # a person this sentence named before it (no subject preferred: 甲将CEO一职交给乙，他…), else one of
            # the persons the last sentence that named any named (see _pronoun_person)
            here = list({e.name or e.text: e for e in _people_in(text, self.span[0], at, ents)}.values())
            ante = _pronoun_person(text, m.group(1) == "她", here, None) if here \
                else _pronoun_person(text, m.group(1) == "她", *people_before)
            if ante is None:
                continue
            ref = Cand(at, at + 1, ante.text, ante.type, "ref", ante.score, ante.name)
            self.refs[(ref.start, ref.end)] = self.refs.get((ante.start, ante.end), ante)
            added.append(ref)
        return sorted(ents + added, key=lambda e: (e.start, e.end)) if added else ents

    def _set_up_as(self, e: Cand, kind: str) -> bool:
        """``e`` is a company named right after the kind it was set up as (合资公司X, 全资子公司X), ``kind``
        among the words before it."""
        before = self.text[max(self.span[0], e.start - 6) : e.start]
        return e.type == "Company" and _SET_UP_AS.search(before) is not None and kind in before

    def _worked_at(self, firm: Cand) -> bool:
        """``曾在乙…``, ``此前在乙负责…``: the firm is only where a person worked before."""
        return bool(_WORKED_AT_BEFORE.search(self.text, max(0, firm.start - 4), firm.start))

    def _describes_person(self, firm: Cand, ents: list[Cand]) -> bool:
        """``乙（B）前总监丙``, ``乙副总裁丙``, ``两位前乙工程师丙``: the firm, a post or an
        occupation there, and a person named right after it; ``曾在乙担任…的丙``: where a
        person worked before."""
        text = self.text
        if self._worked_at(firm):
            return True
        pos = firm.end
        if m := _NOTE_AFTER_NAME.match(text, pos):
            pos = m.end()  # 乙（TI）前总监丙
        elif text[pos : pos + 1] in ("）", ")"):
            pos += 1  # the TI of 乙（TI）前总监丙
        return any(e.type == "Person" and pos < e.start <= pos + 16
                   and (_DESCRIBES_PERSON.fullmatch(text, pos, e.start) or parse_title(text[pos : e.start], self.lex))
                   for e in ents)

    def ents_in(self, s: int, e: int) -> list[Cand]:
        """The names inside ``[s, e)`` (the list is sorted by start)."""
        ents = self.ents
        i = bisect.bisect_left(self._ent_starts, s)
        out = []
        while i < len(ents) and ents[i].start < e:
            if ents[i].end <= e:
                out.append(ents[i])
            i += 1
        return out

    def toks_in(self, s: int, e: int) -> list[Tok]:
        """The words inside ``[s, e)`` (sorted, not overlapping)."""
        i = bisect.bisect_left(self._tok_starts, s)
        j = bisect.bisect_right(self._tok_ends, e, lo=i)  # (the words do not overlap: their ends are in order too)
        return self.toks[i:j]

    def rel(self, h: Cand, rel: str, t: Cand, conf: float, title: str | None = None, **kw) -> RelCand:
        h = self.refs.get((h.start, h.end), h)  # 前者/后者: the name it stands for
        t = self.refs.get((t.start, t.end), t)
        return RelCand((h.start, h.end), rel, (t.start, t.end), round(min(conf, 0.99), 3), self.span, title, **kw)

    # -- titles -----------------------------------------------------------

    def portfolio(self) -> list[RelCand]:
        """``X旗下目前共有七个品牌：A，B，…，以及D``: each brand listed after the colon is X's (the firm
        named right before the cue, else the one the paragraph is about)."""
        out: list[RelCand] = []
        text = self.text
        for cue in BRAND_PORTFOLIO.finditer(text, self.span[0], self.span[1]):
            clause = next((c for c in self.clauses if c[0] <= cue.start() < c[1]), None)
            firms = [e for e in self.ents if clause is not None and clause[0] <= e.start and e.end <= cue.start()
                     and e.type in ("Company", "Organization")]
            owner = self.refs.get((firms[-1].start, firms[-1].end), firms[-1]) if firms else self.antecedent
            if owner is None:
                continue
            brands = [e for e in self.ents if e.start >= cue.end() and e.type == "Product"]
            out += [self.rel(b, "productOf", owner, 0.75) for b in brands if (b.name or b.text) != (owner.name or owner.text)]
        return out

    def approved_appointments(self) -> list[RelCand]:
        """``董事会审议通过了聘任甲为公司总经理的议案``, ``该行董事会已审议通过聘任甲为该行行长的议案``: an
        appointment the board passed is a post at the firm whose board it is (X董事会), else at the one firm
        the sentence names before the board (not an owner, 星海集团旗下…; none when two firms leave it
        unclear), else at the firm its 公司 stands for; where the paragraph named no firm, a board's 公司 is
        the listed firm the article introduced with its stock code. Not one only proposed (拟聘任), voted
        down, or at a firm the post itself names (聘任甲为Y总经理: read elsewhere)."""
        out: list[RelCand] = []
        text = self.text
        for p in self.ents:
            if p.type != "Person":
                continue
            m = _APPROVED_APPOINTMENT.search(text, max(self.span[0], p.start - 14), p.start)
            post = _APPOINTED_POST.match(text, p.end, self.span[1]) if m else None
            parsed = parse_title(post.group(1), self.lex) if post else None
            if parsed is None or re.search(r"拟|否决|未通过|不同意", text[self.span[0] : m.start()]):
                continue
            if any(p.end <= e.start and e.end <= post.end(1) and e.source != "ref" and e.text not in _SELF_WORDS for e in self.ents):
                continue  # 聘任甲为星海物业总经理: a post at a firm named in it, read elsewhere
            # (the firm whose board it is, X董事会 or X（以下简称“本公司”）董事会; with no board named, the one
            # firm the sentence names before it)
            k = text.rfind("董事会", self.span[0], m.start())
            boards = [e for e in self.ents if k >= 0 and e.type == "Company"
                      and (e.end in (k, k - 1) or _ALIAS_NOTE.fullmatch(text, e.end, k))]
            if any(e.start < k < e.end for e in self.ents):
                continue  # X旗下Y董事会 read as one name: whose board it is stays unclear
            before = {(e.name or e.text) for e in self.ents if k >= 0 and e.end <= k and e.type == "Company" and e.source != "ref"
                      and not _OWNER_AFTER.match(text, e.end)}  # (星海集团旗下…: the owner, not the firm of the board)
            if k >= 0 and not boards and len(before) > 1 and not text[self.span[0] : k].endswith(("公司", "该行", "本行")):
                continue  # 继华为之后，X也调整了管理层，董事会审议通过…: whose board is unclear
            named = boards or [e for e in self.ents if e.end <= m.start() and e.type == "Company" and e.source != "ref"
                               and not _OWNER_AFTER.match(text, e.end)]
            named = [self.refs.get((e.start, e.end), e) for e in named]
            refs = [self.refs.get((e.start, e.end), e) for e in self.ents if e.end <= m.start() and e.source == "ref"]
            # (公司 with the paragraph's own firm before it is that firm; at a paragraph's start, with nothing
            # but the article's company to go by, a board's 公司 is the listed firm)
            board = k >= 0 and self.antecedent is self.topic
            org = named[0] if named else ((self.listed if board else None) or (refs[0] if refs else self.antecedent or self.topic))
            if org is not None:
                out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", org, 0.75, parsed[0]))
        return out

    def approved_qualifications(self) -> list[RelCand]:
        """``监管局已核准甲（担任）X董事长的任职资格``, ``核准甲担任X副行长、乙担任X董事的任职资格``: a regulator
        approving a person's qualification for a post at a firm gives the post (not 拟, 未, 不予核准)."""
        out: list[RelCand] = []
        text = self.text
        for c in self.clauses:
            m = _QUALIFICATION.search(text, c[0], c[1])
            if m is None or "任职资格" not in text[m.end() : c[1]] or re.search(r"拟|未|不予|暂缓", text[c[0] : m.end()]):
                continue
            for p in self.ents_in(m.end(), c[1]):
                if p.type != "Person" or not (p.start == m.end() or text[p.start - 1 : p.start] == "、"):
                    continue
                at = p.end + (2 if text.startswith("担任", p.end) else 0)
                org = next((e for e in self.ents if e.start == at and e.type in ("Company", "Organization")), None)
                if org is None:
                    continue
                note = _ALIAS_NOTE.match(text, org.end)
                post = _QUALIFIED_POST.match(text, note.end() if note else org.end, c[1])
                parsed = parse_title(post.group(1), self.lex) if post else None
                if parsed is not None:
                    out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", org, 0.8, parsed[0]))
        return out

    def brand_heads(self) -> list[RelCand]:
        """``户外品牌X由集团孵化，品牌总裁甲表示…``: the brand's officer, where a clause opens with
        品牌 and a title, works at the brand the sentence named after 品牌 before."""
        text = self.text
        out: list[RelCand] = []
        if "品牌" not in text[self.span[0] : self.span[1]]:
            return out
        for p in self.ents:
            if p.type != "Person":
                continue
            m = _BRAND_TITLE_BEFORE.search(text, max(self.span[0], p.start - 12), p.start)
            parsed = parse_title(m.group(1), self.lex) if m else None
            if parsed is None:
                continue
            brand = next((e for e in reversed(self.ents) if e.end <= m.start() and e.type in ("Product", "Company", "Organization")
                          and BRAND_RIGHT_BEFORE.search(text, max(self.span[0], e.start - 3), e.start)), None)
            if brand is not None:
                out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", brand, 0.7, "品牌" + parsed[0]))
        return out

    def held_by(self) -> list[RelCand]:
        """``X由Y履行出资人职责并100%持股``, ``X由Y全资持有``: Y holds X's shares (and a firm that holds
        all or control of X owns it); ``A持有Y 32.6%的股份，为其控股股东``: Y is A's subsidiary."""
        text = self.text
        out: list[RelCand] = []
        if "持" not in text[self.span[0] : self.span[1]] and "控股" not in text[self.span[0] : self.span[1]]:
            return out  # (no holding: the quick test)
        firms = [e for e in self.ents if e.type in ("Company", "Organization")]
        # X由Y…持股: the firm right before 由, its holder right after it
        for by in (k for k in range(self.span[0], self.span[1]) if text[k] == "由"):
            x = next((e for e in reversed(firms) if e.end <= by and re.fullmatch(r"(?:目前|现|则|均|也)?", text[e.end : by])), None)
            if x is None and text[by - 1 : by] in ("，", ","):
                # X成立于2018年，注册资本5亿元，由Y全资持股: a clause that opens with 由 is about the sentence's
                # subject, when no other firm is named between
                subj = self._subject_of(self.clauses[0])
                if subj is not None and subj.end <= by and not any(subj.end <= e.start and e.end <= by for e in firms) \
                        and not _ANOTHER_THING_HELD.search(text, subj.end, by):
                    x = self.refs.get((subj.start, subj.end), subj)
                # (not X表示，新设立的储能公司注册资本2亿元，由Y全资持股: the clauses between name another thing held)
            y = next((e for e in firms if e.start == by + 1), None)
            hold = _HOLDS_ALL_OR_SOME.match(text, y.end, self.span[1]) if y is not None else None
            if x is None or hold is None or x.type != "Company":
                continue
            out.append(self.rel(y, "investedIn", x, 0.8))
            if y.type == "Company" and hold.group("whole"):
                out.append(self.rel(x, "subsidiaryOf", y, 0.75))
        for m in _CONTROLLING_HOLDER.finditer(text, self.span[0], self.span[1]):
            clause = next((c for c in self.clauses if c[0] <= m.start() < c[1]), None)
            held = next((e for e in firms if m.end("held") <= e.start <= m.end("held") + 10), None)
            holder = next((e for e in reversed(firms) if clause is not None and clause[0] <= e.start and e.end <= m.start()), None)
            if held is None or holder is None or holder.type != "Company" or held.type != "Company" \
                    or not _SAYS_CONTROL.match(text, m.end(), self.span[1]):
                continue
            out.append(self.rel(held, "subsidiaryOf", holder, 0.75))
        return out

    def successors(self) -> list[RelCand]:
        """``X副总裁甲已于本月离职，该职务由乙接任``: the person who takes over the post given up
        before (the title that described the person before, at its firm) holds it."""
        text = self.text
        out: list[RelCand] = []
        for m in _SUCCESSOR.finditer(text, self.span[0], self.span[1]):
            p = next((e for e in self.ents if e.type == "Person" and e.end == m.end(1)), None)
            if p is None:
                continue
            # the post: a firm, its title, a person (X副总裁甲), the last before 该职务
            post = None
            for q in self.ents:
                if q.type != "Person" or q.end > m.start():
                    continue
                firm = max((e for e in self.ents if e.type == "Company" and e.end <= q.start and q.start - e.end <= 12),
                           key=lambda e: e.end, default=None)
                parsed = parse_title(text[firm.end : q.start], self.lex) if firm is not None else None
                if parsed is not None:
                    post = (self.refs.get((firm.start, firm.end), firm), parsed)
            if post is not None:
                firm, parsed = post
                # (公司新设首席AI官，该职务由乙出任: 该职务 is the post named last, not the one described before it)
                between = text[firm.end : m.start()]
                if not _RESIGNS.search(between) or self.lex.title_re.search(between[between.find(parsed[0]) + len(parsed[0]) :]
                                                                          if parsed[0] in between else between):
                    continue
                out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", firm, 0.7, parsed[0]))
        return out

    def elected_posts(self) -> list[RelCand]:
        """``X协会成立 Y研究院院长甲当选首任理事长``: a person elected to a post holds it at the
        body the sentence names first (not the one that only says where he works), else at the
        paragraph's."""
        out: list[RelCand] = []
        text = self.text
        for p in self.ents:
            m = _ELECTED.match(text, p.end, self.span[1]) if p.type == "Person" else None
            parsed = parse_title(m.group(1), self.lex) if m else None
            if parsed is None:
                continue
            bodies = [e for e in self.ents if e.end <= p.start and e.type in ("Company", "Organization")
                      and not self._describes_person(e, self.ents)]
            org = self.refs.get((bodies[0].start, bodies[0].end), bodies[0]) if bodies else self.antecedent
            if org is None:
                continue
            holders = [p]
            if text.startswith("等", p.end):  # 甲、Y总经理乙、Z总裁丙等5人当选…: each person of the list
                clause = next(c for c in self.clauses if c[0] <= p.start < c[1])
                before = [e for e in self.ents_in(clause[0], p.start) if e.type == "Person"]
                for q, nxt in zip(reversed(before), reversed([*before[1:], p])):
                    if not text.startswith("、", q.end) or nxt is not holders[0]:
                        break
                    holders.insert(0, q)
            out += [self.rel(h, "leads" if parsed[1] else "holdsPosition", org, 0.75, parsed[0]) for h in holders]
        return out

    def titles(self) -> list[RelCand]:
        out = []
        text = self.text
        prev: tuple[Cand, Cand] | None = None  # the last person given a title, and the organisation
        for p in self.ents:
            if p.type != "Person":
                continue
            # X的CFO甲和CTO乙: a title and name after a titled person's name, joined by 和/、 (not when
            # another organisation is named in between: X总经理甲、Y总经理乙 is Y's)
            if prev is not None and not any(prev[0].end <= o.start and o.end <= p.start and o.type in _ORGISH
                                            for o in self.ents):
                m = re.fullmatch(r"(?:和|及|以及|、|与)(.{1,12})", text[prev[0].end : p.start])
                parsed = parse_title(m.group(1), self.lex) if m else None
                word = self.lex.title_at_end(parsed[0]) if parsed else None
                if parsed is not None and word and len(parsed[0]) > len(word) \
                        and self.lex.suffix(parsed[0][: -len(word)], "company"):
                    parsed = None  # X总经理甲、云启软件总经理乙: a firm's name LAC missed, not a title of X's
                if parsed is not None:
                    out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", prev[1], 0.85, parsed[0]))
                    prev = (p, prev[1])
                    continue
                # X独立董事甲、乙: a bare list after a post that several hold gives each the post (not a
                # post of one: CFO甲、乙 names two people, one of them the CFO)
                held = next((r for r in reversed(out) if r.head == (prev[0].start, prev[0].end)
                             and r.tail == (prev[1].start, prev[1].end) and r.relation in ("holdsPosition", "leads")), None)
                if held is not None and held.title and text[prev[0].end : p.start] in ("、", "和", "及") \
                        and _SHARED_POST.fullmatch(held.title) and not _NO_COLLEAGUE_AFTER.match(text, p.end) \
                        and not any(text[p.end : p.end + k] in self.lex.titles for k in (2, 3, 4)):
                    # (not 董事甲和乙夫妇, 副总裁甲和乙分别代表双方, 监事甲和乙的儿子, 副总裁甲和乙教授)
                    out.append(self.rel(p, held.relation, prev[1], 0.75, held.title))
                    if _founder_title(held.title):
                        out.append(self.rel(p, "founded", prev[1], 0.75))
                    prev = (p, prev[1])
                    continue
            cur = p.start
            chained = False
            unit: Cand | None = None  # the unit whose title came last in a chain (X副总裁、Y事业部总裁甲)
            while True:
                left = [o for o in self.ents if o.end <= cur and o.type in _ORGISH]
                if not left:
                    break
                o = left[-1]
                between = text[o.end : cur]
                if chained:
                    between = between.rstrip("、和及兼，, ")
                elif (note := _NOTE_AFTER_NAME.match(between)) and not any(o.end < x.start < cur for x in self.ents):
                    between = between[note.end() :]  # 澄域国际（Chengyu International）总裁甲: a note after the name
                elif o.type == "Product" and between[:1] in ("”", "」"):
                    between = between[1:]  # 平台“X”负责人甲, “X”平台负责人甲: the quoted product's head
                    kind = self.lex.product_noun_re.match(between)
                    between = between[kind.end() :] if kind and parse_title(between[kind.end() :], self.lex) else between
                    if _ANOTHER_PARTYS_HEAD.match(between.removeprefix("的")):
                        break  # (平台“X”的合作方负责人甲, 供应商负责人: another party's head, not the product's)
                if any(ch in "，,。；;：:" for ch in between) or (
                        re.match(r"\s+[\u4e00-\u9fff]", between) and (o.type == "Product" or o.text[-1:].isascii())):
                    break  # (a space after a product's Latin name ends a headline's phrase: 发布Nova X |联合创始人李文出任总裁)
                parsed = parse_title(between, self.lex)
                if parsed is None:
                    break
                title, top = parsed
                if not chained and _FORMER_BEFORE.search(text, max(self.span[0], o.start - 3), o.start):
                    title, top = text[o.start - 1] + title, False  # 原X总裁甲: a post held before
                out.append(self.rel(p, "leads" if top else "holdsPosition", o, 0.9, title))
                if chained and unit is not None and o.type == "Company" \
                        and (unit.text.startswith(o.text) or not self.lex.suffix(_firm_part(unit.text), "company")):
                    out.append(self.rel(unit, "subsidiaryOf", o, 0.75))  # X副总裁、终端事业部总裁甲: X's unit
                prev = (p, o)
                if _founder_title(title) and o.type in ("Company", "Organization"):
                    out.append(self.rel(p, "founded", o, 0.85))  # 创始人: the person founded it (not 创始人办公室主任)
                cur = o.start
                # skip an alias in brackets right before: 华为CBG(消费者业务事业群)总裁
                if cur > 0 and text[cur - 1] in "(（":
                    inner = [x for x in self.ents if x.end == cur - 1]
                    cur = inner[-1].start if inner else cur
                    if inner:
                        out.append(self.rel(p, "leads" if top else "holdsPosition", inner[-1], 0.7, title))
                if cur > 0 and text[cur - 1] in "、和及兼":
                    chained = True
                    unit = o if o.type == "Organization" and o.text.endswith(_BUSINESS_GROUPS + ("中心",)) \
                        and not _OUTSIDE_BODY.search(o.text) else None  # (not 青岚大学…研究中心: another body's)
                    continue
                break
            # X发布公告，公司联合首席执行官甲…: 公司 is the company the sentence is about
            if cur == p.start:
                m = _COMPANYS_POST_BEFORE.search(text, self.span[0], p.start)
                parsed = parse_title(m.group(1), self.lex) if m else None
                ref = self.span[0] + m.start() if m else -1
                # (not a business group the sentence opens with: X事业群由公司联合创始人甲负责 is the company's founder;
                # with no firm named before, 公司 is the paragraph's, else the article's)
                company = next((o for o in self.ents if o.end <= ref and o.type in ("Company", "Organization")
                                and not o.text.endswith(_BUSINESS_GROUPS)), None)
                if company is None and ref >= 0 and any(o.end <= ref and o.type == "Organization" for o in self.ents):
                    company = self.antecedent or self.topic
                if company is not None and m.group().startswith("该") and _unnamed_firm(text, self.span[0], ref):
                    company = None  # (A收购了一家AI医疗公司，该公司董事长甲…: the firm left unnamed)
                if parsed and company is not None and not any(o.start <= ref < o.end or o.end == ref for o in self.ents):
                    out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", company, 0.8, parsed[0]))
                    if _founder_title(parsed[0]):
                        out.append(self.rel(p, "founded", company, 0.8))  # 公司创始人、董事长甲: he founded it
                    prev = (p, company)
            # X成为公司控股子公司，其创始人兼CEO甲…: 其 is the subject of the clause before it, else the
            # company named last before it in the sentence
            if cur == p.start and not (prev is not None and prev[0] is p):
                m = re.search(r"(?:^|[，,；;、])\s*其(?:的)?([^，,。；;：:]{1,14})$", text[self.span[0] : p.start])
                parsed = parse_title(m.group(1), self.lex) if m else None
                at = self.span[0] + m.start(1) if m else -1
                before = [o for o in self.ents if o.end <= at and o.type in ("Company", "Organization") and o.source != "ref"
                          and not self._in_place_phrase(next((c for c in self.clauses if c[0] <= o.start < c[1]), self.span), o)]
                prior = [c for c in self.clauses if c[1] <= at]
                if parsed and _UNIT_HEAD.search(parsed[0]) \
                        and _UNIT_NOUN_BEFORE.search(text, self.span[0], self.span[0] + m.start() + (m.group()[0] in "，,；;、")):
                    parsed = None  # X在北京设有研究院，其院长甲: 其 is the unit just named, not the firm
                subj = None
                for c in reversed(prior):  # (past clauses that carry the subject on: 公司在A建有…，在B设有…，其…)
                    subj = self._subject_of(c)
                    if subj is not None or not _CARRIES_SUBJECT.match(self.text, c[0], c[1]):
                        break
                if subj is not None and subj.type in ("Company", "Organization") and subj.start >= self.span[0]:
                    before.append(self.refs.get((subj.start, subj.end), subj))  # 甲被乙收购，其创始人…: 其 is 甲
                if parsed and not before and not prior and self.antecedent is not None and self.antecedent.type == "Company":
                    before = [self.antecedent]  # X发布公告。其首席科学家甲表示…: 其 is the paragraph's company
                if parsed and before:
                    out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", before[-1], 0.7, parsed[0]))
                    if _founder_title(parsed[0]):
                        out.append(self.rel(p, "founded", before[-1], 0.7))
                    prev = (p, before[-1])
            # 行长甲代为履职: a post of the firm's own, with no organisation named, is at the company
            # named before in the sentence, else the paragraph's (not a 分析师's or 记者's: they work elsewhere)
            if cur == p.start and not (prev is not None and prev[0] is p):  # (no title read above)
                m = _BARE_TITLE_BEFORE.search(text, self.span[0], p.start)
                # (向集团总裁甲汇报: the preposition and the firm's own word are not the title)
                title_text = re.sub(r"^(?:.*向)?(?:集团|公司|本公司)?", "", m.group(1)) if m else ""
                parsed = parse_title(title_text, self.lex) if title_text and not any(
                    m.start(1) <= o.start < p.start for o in self.ents if o is not p) else None
                if parsed and _OWN_POST.search(parsed[0]) and not _OUTSIDE_POST.search(parsed[0]) \
                        and not any(o.end == m.start(1) for o in self.ents):
                    # (not a firm that only says where a person worked: 甲此前在乙负责…；联合创始人丙)
                    named = [e for e in self.ents if e.end <= m.start(1) and e.type == "Company"
                             and not self._worked_at(e)]
                    if m.group(1).lstrip().startswith("集团"):  # (集团董事长甲: the group named before, not another firm)
                        named = [e for e in named if e.text.endswith(("集团", "控股"))][-1:]
                    org = named[0] if named else self.antecedent  # (the sentence's subject, not an object: 收购了B，董事长甲)
                    founder = _founder_title(parsed[0])
                    if founder and len({e.text for e in named}) > 1:
                        # a founder among several firms: the one the sentence says was set up (B成立于2020年，
                        # 创始人甲), else none (A收购了B，创始人甲…: whose founder is unclear)
                        set_up = self._set_up_firm(named)
                        if set_up is not None:
                            org = set_up
                        elif re.search(r"收购|并购", text[self.span[0] : p.start]) and re.search(r"留任|继续", text[p.end : self.span[1]]):
                            org = None  # A收购了B，创始人甲将继续留任: B's founder, whom the text leaves unsaid
                    if org is not None and ("行长" not in parsed[0] or strip_legal(org.text).endswith("行")):
                        out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", org, 0.6, parsed[0]))
                        if founder:
                            out.append(self.rel(p, "founded", org, 0.6))  # X成立于2021年，创始人甲…: he founded X
                        prev = (p, org)
            # X任命张三为CFO / X聘请张三担任总裁: the appointing organisation, the person, the title
            # (the person may be described between the verb and the name: 任命原北辰电子高级副总裁甲为…)
            verb = max(_APPOINT.finditer(text, self.span[0], p.start), key=lambda m: m.start(), default=None)  # the last
            upto = verb.end() if verb is not None and not re.search(r"[，,。；;]", text[verb.end() : p.start]) else p.start
            left = [o for o in self.ents if o.end <= (verb.start() if upto != p.start else p.start) and o.type in _ORGISH]
            p_end = p.end  # 聘任甲、乙为公司副总裁: the post after the list the person opens
            for q in (e for e in self.ents if e.type == "Person" and e.start >= p.end):
                if not re.fullmatch(r"、|和|及|与", text[p_end : q.start]):
                    break
                p_end = q.end
            # (…聘任乙为公司副总裁，聘任丙为财务总监: a later appointment of the same sentence needs no 公司 again)
            again = verb is not None and _APPOINTED_AT_THE_FIRM.search(text[self.span[0] : verb.start()]) is not None
            if not left and verb is not None and upto == verb.end() and self.antecedent is not None \
                    and (re.match(r"(?:为|担任|出任)(?:公司|该公司|集团)", text[p_end : p_end + 5])
                         or (again and text.startswith("为", p_end))):
                # 董事会同意聘任甲为公司总经理: the company the text is about appoints
                rest = text[p_end : self.span[1]]
                m = re.match(r"(?:为|担任|出任)(?:公司|该公司|集团)?(?:的)?([^，。,;；]{1,24}?)(?=$|[，。,;；]|一职)", rest)
                parsed = parse_title(m.group(1), self.lex) if m else None
                if parsed and not re.match(r"(?:为|担任|出任)(?:公司|该公司|集团)", rest) and _NOT_THE_FIRMS_POST.search(m.group(1)):
                    parsed = None  # (聘任乙为合资公司董事长, 聘任丙为工会主席: a post at a unit or a body, not the company's)
                if parsed:
                    out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", self.antecedent, 0.75, parsed[0]))
            if left:
                o = left[-1]
                between = text[o.end : upto]
                lead = re.search(r"(?:任命|委任|聘任|聘请|提名|选举|推选)了?$", between)
                # X任命甲为…, or X宣布，任命甲为… (a clause of its own that starts with the verb)
                if lead and (not re.search(r"[，,。；;]", between) or re.fullmatch(
                        r"[^。；;]*[，,]\s*(?:正式|决定|宣布|已|已经|同时|还|又)*(?:任命|委任|聘任|聘请|提名|选举|推选)了?", between)):
                    rest = text[p_end : self.span[1]]
                    m = re.match(r"(?:为|担任|出任)(?:公司|该公司|集团)?(?:的)?([^，。,;；]{1,24}?)(?=$|[，。,;；]|一职)", rest)
                    org = o
                    named = next((x for x in self.ents if m and x.start == p_end + m.start(1) and x.type in _ORGISH), None)
                    title_text = m.group(1) if m else ""
                    if named is not None:  # 任命甲为联想集团执行副总裁: the organisation named again
                        org, title_text = named, text[named.end : p_end + m.end(1)]
                    parsed = parse_title(title_text, self.lex) if title_text else None
                    if parsed:
                        out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", org, 0.8, parsed[0]))
            # person first: 张三担任X公司CEO / 张三是X的创始人
            # (not the one replaced: 乙将接替甲出任X首席执行官; nor a list given posts in turn: 甲和乙分别任X董事长和总经理)
            after = [o for o in self.ents if o.start >= p.end and o.type in _ORGISH] \
                if not _REPLACES_BEFORE.search(text, max(self.span[0], p.start - 3), p.start) else []
            in_turn = bool(after) and re.match(r"\s*(?:[、和与及]\s*[^，,。；;]{1,6}?)?(?:目前|此前|曾经?|现|均|已|也)*分别",
                                               text[p.end : after[0].start]) is not None
            if in_turn and (respective := self._respective_posts(p, after[0])) is not None:
                out += respective  # (else, lists of other lengths: the posts as one title, as before)
                after = []
            if after:
                o = after[0]
                gap = text[p.end : o.start]
                if len(after) >= 2 and after[1].type in ("Company", "Organization") \
                        and _OWNED_AFTER.fullmatch(text, o.end, after[1].start):
                    o = after[1]  # 甲担任X全资子公司Y执行董事: the post is at Y, which X only describes
                elif len(after) >= 2 and o.source == "ref" and after[1].type in ("Company", "Organization") \
                        and _KIND_BEFORE_FIRM.fullmatch(text, o.start, after[1].start):
                    o = after[1]  # 甲仍担任公司控股股东Y的执行董事: the post is at Y, 公司's holder
                clause_end = min((c[1] for c in self.clauses if c[0] <= o.start < c[1]), default=self.span[1])
                # (出任云服务商X的CFO: the kind of the firm may come between the verb and its name)
                verb = max(((k + len(v)) for v in _SERVE_VERBS if (k := gap.rfind(v)) >= 0), default=-1)
                bare = gap[:verb] if verb > 0 and _KIND_BEFORE_FIRM.fullmatch(gap, verb) else gap
                bare = _WHEN_BEFORE_VERB.sub("", bare)  # (甲在交易完成后继续担任该公司总经理: a time, then the verb)
                if len(bare) <= 8 and not any(ch in "，,。；;" for ch in gap) and bare.strip().endswith(_SERVE_VERBS) \
                        and not ((h := _HEARSAY.search(text, self.span[0], p.start)) and re.search(r"将|拟|或", gap)
                                 and not _ASSERTED_AFTER.search(text, h.end(), p.start)):
                    # (not 据媒体报道，甲将出任X的CEO: a post only rumoured)
                    # (担任X（以下简称“Y”）的执行董事: the firm's alias note comes before the post)
                    note = _ALIAS_NOTE.match(text, o.end)
                    base = note.end() if note else o.end
                    if base > o.end:
                        clause_end = next((c[1] for c in self.clauses if c[0] <= base < c[1]), clause_end)
                    chain = self._chain_of_posts(o, base, clause_end)
                    if len(chain) > 1 and (in_turn or _NOT_NOW_BEFORE_POSTS.search(text, max(self.span[0], p.start - 4), o.start)):
                        chain = []  # (甲此前担任X董事、Y副总裁, 拟任…, 不再担任…, 甲和乙分别担任… left unpaired: no chain)
                    for o, parsed in chain:
                        out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", o, 0.8, parsed[0]))
                        if _founder_title(parsed[0]):
                            out.append(self.rel(p, "founded", o, 0.8))  # 甲是X的创始人: he founded it
                elif len(gap) <= 8 and _JOINS.search(gap) and not any(ch in "，,。；;" for ch in gap) \
                        and not _HEARSAY.search(text, self.span[0], self.span[1]):
                    # 甲已加入X出任CPO, 甲加盟X，并担任总裁: the firm joined and the post taken there
                    # (not 传闻称甲将加盟X出任总裁; 甲将加盟X: a plan, less sure)
                    m = _POST_AFTER_JOINING.match(text, o.end, self.span[1])
                    parsed = parse_title(m.group(1), self.lex) if m else None
                    if parsed:
                        conf = 0.6 if re.search(r"将|拟|计划", gap) else 0.8
                        out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", o, conf, parsed[0]))
        return out

    def _chain_of_posts(self, o: Cand, base: int, clause_end: int) -> list[tuple[Cand, tuple[str, bool]]]:
        """The posts after a serve verb, from the firm ``o`` (its title starts at ``base``) to the clause's
        end: ``担任X董事长`` -> X's; a chain of firms, each with its title (``担任X董事、Y董事长``), gives
        each firm its own, and a firm without one shares the next (``担任X、Y董事``)."""
        text = self.text
        chain: list[tuple[Cand, str]] = []
        while True:
            # (Y中国区副总裁: a place inside the title, 中国|区, does not end it)
            nxt = [x for x in self.ents if x.start >= base and not (x.type == "Place" and text.startswith("区", x.end))]
            limit = min([nxt[0].start] if nxt else [clause_end])
            tail = text[base : min(limit, clause_end)]
            later = nxt[0] if nxt and nxt[0].start < clause_end and nxt[0].type in ("Company", "Organization") \
                and not _BOARD_COMMITTEE.search(nxt[0].text) else None  # (董事长及|战略委员会主任委员: the firm's own board)
            if later is not None and o.type != "Product" and len(tail) <= 12 and tail.endswith(("、", "兼", "及", "和")) \
                    and (tail[:-1] == "" or parse_title(tail[:-1].removeprefix("的"), self.lex) is not None):
                chain.append((o, tail[:-1]))  # 担任X董事、|Y董事长: the chain goes on at the next firm
                o, base = later, later.end
                continue
            if nxt and nxt[0].start < clause_end and tail.endswith(("、", "兼", "及", "和")):
                tail = tail[:-1]  # Y副总裁兼|欧洲区负责人, 公司董事长及|董事会战略委员会主任委员: the first post
            # (张三担任X董事长一职 / 职务: the post's word is not part of the title)
            m = re.match(r"^(的)?([^，。,;；]{1,16}?)(?=$|[，。,;；]|一职|职务|的职务)", tail) \
                or _POST_WITH_NOTE.match(tail)  # (董事总经理（Geschäftsführer）之一: with its foreign form)
            if m and nxt and nxt[0].type == "Person" and nxt[0].start == base + m.end():
                m = None  # 甲是X创始人乙的女儿: the title is 乙's, not 甲's
            chain.append((o, m.group(0) if m else ""))
            break
        out: list[tuple[Cand, tuple[str, bool]]] = []
        shared = None
        for org, title in reversed(chain):
            parsed = parse_title(title, self.lex) if title else shared
            if parsed:
                out.append((org, parsed))
            elif len(chain) > 1 and org is chain[-1][0] and title_prefix(title.removeprefix("的"), self.lex) is not None:
                return []  # (拟任甲为X董事、Y董事长的议案: a chain whose last post runs on is no list of posts)
            shared = parsed if title else shared
        return out[::-1]

    def _respective_posts(self, p: Cand, o: Cand) -> list[RelCand] | None:
        """``甲和乙分别任X董事长和总经理``: the people of the list that holds ``p`` take the posts listed after X
        in turn, when the two lists are as long (the list's first person gives the posts for all; the others
        get ``[]``); so do the firms of a chain, each with its title (甲和乙分别担任X董事长和Y总经理). ``None``
        when the lists do not pair up (甲和乙分别担任X副总裁)."""
        text = self.text
        persons = [e for e in self.ents if e.type == "Person" and e.end <= o.start]
        i = next(k for k, e in enumerate(persons) if e is p)
        first, last = i, i
        while first > 0 and text[persons[first - 1].end : persons[first].start] in ("、", "和", "与", "及"):
            first -= 1
        while last + 1 < len(persons) and text[persons[last].end : persons[last + 1].start] in ("、", "和", "与", "及"):
            last += 1
        people = persons[first : last + 1]
        m = re.match(r"([^，,。；;]{2,24}?)(?=$|[，,。；;]|一职|职务)", text[o.end : self.span[1]])
        posts = re.split(r"[、和及]", m.group(1)) if m else []
        if m and len(people) >= 2 and any(o.end <= e.start < o.end + m.end() for e in self.ents):
            # another firm among the posts: a chain of firms, each with its title, given in turn (or none)
            clause_end = next((c[1] for c in self.clauses if c[0] <= o.start < c[1]), self.span[1])
            chain = self._chain_of_posts(o, o.end, clause_end)
            if people[0] is not p or len(chain) != len(people):
                return []
            return [self.rel(who, "leads" if parsed[1] else "holdsPosition", firm, 0.75, parsed[0])
                    for who, (firm, parsed) in zip(people, chain)]
        if len(posts) != len(people) or len(people) < 2:
            return None  # (lists that do not pair up)
        if people[0] is not p:
            return []
        out = []
        for who, post in zip(people, posts):
            parsed = parse_title(post, self.lex)
            if parsed is not None:
                out.append(self.rel(who, "leads" if parsed[1] else "holdsPosition", o, 0.75, parsed[0]))
        return out

    def carried_posts(self) -> list[RelCand]:
        """``甲担任X总裁，同时兼任Y董事长``: a clause that opens with a post verb and names
        no person gives the post to the person the sentence named last before it; a post
        with no organisation (``甲接任CEO一职``, ``…，出任高级副总裁``) is at the company the
        sentence or the paragraph is about."""
        out = []
        text = self.text
        for p in self.ents:
            if p.type == "Person":
                out += self._bare_post(p, p.end)
        for c in self.clauses[1:]:
            m = _CARRIED_POST.match(text, c[0], c[1])
            orgs = [o for o in self.ents_in(*c) if o.type in ("Company", "Organization")]
            pronoun = dated = False
            joined = _JOINED_THEN.match(text, c[0], c[1]) if m is None and orgs else None
            if joined is not None and (text[joined.end() : orgs[0].start] == ""
                                       or _KIND_BEFORE_FIRM.fullmatch(text, joined.end(), orgs[0].start)):
                # …，加入美国人工智能公司X担任首席科学家: the post taken at the firm joined, by a person named before
                post = _POST_AFTER_JOINING.match(text, orgs[0].end, c[1])
                parsed = parse_title(post.group(1), self.lex) if post else None
                people = [e for e in self.ents if e.type == "Person" and e.end <= c[0]]
                # the person who opens the clause before, else the first the sentence names (甲接替乙，加入X担任…;
                # 甲师从乙，随后加入…)
                if parsed and people and not any(e.type == "Person" for e in self.ents_in(*c)) \
                        and not _HEARSAY.search(text, self.span[0], self.span[1]) \
                        and not _RUMOUR.search(text[self.span[0] : self.span[1]]):
                    conf = 0.6 if re.search(r"将|拟|计划", text[c[0] : orgs[0].start]) else 0.75
                    ci = self.clauses.index(c)
                    pc = self.clauses[ci - 1]
                    prev = [e for e in self.ents_in(*pc) if e.type == "Person"]
                    # (据甲介绍，乙离职，加入X…: the person who opens the clause right before; 甲宣布乙离职，加入X…,
                    # 甲邀请乙，加入X…: the person 甲 announces or invites)
                    holder = prev[0] if prev and self._opens_part(pc[0], prev[0]) else people[0]
                    if len(prev) >= 2 and _NAMES_ANOTHER.search(text, prev[0].end, prev[-1].start):
                        holder = prev[-1]
                    out.append(self.rel(holder, "leads" if parsed[1] else "holdsPosition", orgs[0], conf, parsed[0]))
                continue
            if m is None:
                m = _DATED_POST.match(text, c[0], c[1])  # …，2021年至今任Y董事: a résumé's current post
                dated = m is not None
                if m is None:
                    m = _PRONOUN_POST.match(text, c[0], c[1])  # …乙…，他目前担任Y理事长: the person named last
                    pronoun = m is not None
                if m is None or not orgs:
                    continue
            if any(e.type == "Person" for e in self.ents_in(*c)):
                continue
            people = [e for e in self.ents if e.type == "Person" and e.end <= c[0]]
            if not people:
                continue
            # 甲卸任总裁；原X副总裁乙正式加盟，出任Y总裁: a semicolon starts a new subject, the person
            # the part after it opens with (after the posts that describe them)
            part = max(text.rfind("；", self.span[0], c[0]), text.rfind(";", self.span[0], c[0]))
            if part >= 0:
                first = next((e for e in self.ents_in(part + 1, c[0]) if e.type == "Person"), None)
                if first is not None and self._opens_part(part + 1, first):
                    people = [first]
            holder = self._pronoun_holder(c, m.group()) if pronoun else people[0]  # 甲接替乙，出任…: the first person
            if not pronoun:
                # 甲卸任X董事长，乙接任，并被任命为Y董事: the person the clause right before opens with
                ci = self.clauses.index(c)
                prev_people = [e for e in self.ents_in(*self.clauses[ci - 1]) if e.type == "Person"]
                # (…，其长子乙担任集团总裁，同时兼任Y董事长: a relative's word before the name opens it too)
                if prev_people and prev_people[0] is not people[0] and (
                        prev_people[0].start == self.clauses[ci - 1][0]
                        or _KIN_OPENS.fullmatch(text, self.clauses[ci - 1][0], prev_people[0].start)):
                    holder = prev_people[0]
            if holder is None:
                continue
            if dated and not self._resume_of(holder, c):
                continue  # (甲的导师…，现任Y首席科学家: the post of someone the text does not name)
            if not orgs:  # …，出任高级副总裁: the post at the company named before
                out += self._bare_post(holder, c[0])
                continue
            if orgs[0].start != m.end() and not _KIND_BEFORE_FIRM.fullmatch(text, m.end(), orgs[0].start):
                continue  # (…，他还兼任全资子公司Y执行董事: the kind of firm may come before its name)
            o = orgs[0]
            if len(orgs) >= 2 and _OWNED_AFTER.fullmatch(text, o.end, orgs[1].start):
                o = orgs[1]  # …，同时兼任X全资子公司Y执行董事: the post is at Y
            for o, parsed in self._chain_of_posts(o, o.end, c[1]):
                out.append(self.rel(holder, "leads" if parsed[1] else "holdsPosition", o, 0.75, parsed[0]))
        return out

    def _opens_part(self, start: int, p: Cand) -> bool:
        """``p`` is the subject that opens the text from ``start``: nothing before it but
        organisations and posts (``原X副总裁甲``, ``甲``)."""
        if self.text.startswith(("的", "之"), p.end):
            return False  # (X董事长乙的秘书丙, 乙之女婿: 乙 only describes the subject)
        words = self.text[start : p.start]
        for o in sorted((o for o in self.ents_in(start, p.start) if o.type != "Person"), key=lambda o: -o.start):
            words = words[: o.start - start] + words[o.end - start :]
        words = re.sub(r"^(?:此外|另外|同时|与此同时|其中)?[，,]?(?:原|前|现任|现)?", "", words.strip())
        return not words or parse_title(words, self.lex) is not None

    def _predicate_follows(self, name: Cand, c: tuple[int, int]) -> bool:
        """A verb, an adverb or a time comes right after ``name`` in its clause (作为龙头企业X今年投资了…),
        not a noun that makes it part of a role (作为X旗下公司，…; 作为X的核心供应商，…)."""
        nxt = next((t for t in self.toks_in(name.end, c[1])), None)
        return nxt is not None and nxt.start == name.end and (nxt.tag.startswith(("v", "d", "p")) or nxt.tag in ("TIME", "t")) \
            and nxt.tag != "vn"

    def _financed_before(self, end: int) -> Cand | None:
        """The firm whose round the sentence spoke of before ``end``: the one right before 的…融资 (A领投了Y的A轮融资),
        else the sentence's subject (Y获得A领投的融资, Y本轮融资由A领投)."""
        firms = [e for e in self.ents_in(self.span[0], end) if e.type in ("Company", "Organization")]
        named = next((e for e in reversed(firms) if re.match(r"的[^，,。；;]{0,8}融资", self.text[e.end : end])
                      and re.search(r"投了?$|投资了?$", self.text[self.span[0] : e.start])), None)
        return named or self._subject_of(self.clauses[0])

    def _pronoun_holder(self, c: tuple[int, int], opening: str) -> Cand | None:
        """Who 他/她 opening clause ``c`` is: the person opening the nearest clause before it
        (甲向乙女士颁发了聘书，他…: 甲), not one of a different sex (先生/女士 after the name)."""
        she = "她" in opening
        for a, b in reversed([x for x in self.clauses if x[1] <= c[0]]):
            lead = _POST_ADVERBS.match(self.text, a, b).end()
            first = next((e for e in self.ents_in(a, b) if e.type == "Person" and e.start == lead), None)
            if first is None:
                continue
            if self.text.startswith("的", first.end):  # 甲的女儿乙…，她…: 乙, whom the possessor introduces
                first = next((e for e in self.ents_in(first.end, b) if e.type == "Person"), first)
            guest = next((e for e in self.ents_in(first.end, b) if e.type == "Person"
                          and re.search(r"(?:来访|到访|来华|来京)的$", self.text[a:e.start])), None)
            if guest is not None:
                first = guest  # 甲会见了来访的乙，他…: the visitor the clause describes
            return None if self._other_sex(first, she) else first
        # (no clause opens with a person: 董事会任命甲为总裁，他还将兼任…, 对于甲而言，…，他…: the person named last)
        before = [e for e in self.ents if e.type == "Person" and e.end <= c[0]]
        if not before:
            return None
        return None if self._other_sex(before[-1], she) else before[-1]

    def _other_sex(self, p: Cand, she: bool) -> bool:
        """The name is followed by the other sex's honorific (她 and 甲先生, 他 and 乙女士)."""
        return self.text.startswith("先生" if she else "女士", p.end)

    def _resume_of(self, p: Cand, c: tuple[int, int]) -> bool:
        """The post in ``c`` is ``p``'s: ``p`` is no one's object or possessor (接替甲的是…, 甲的导师…), and
        nothing between them speaks of another person (他的…, 甲回忆，当年招聘他的面试官，现任…)."""
        text = self.text
        if text.startswith("的", p.end) or re.search(r"(?:接替|接任|代替|取代|向|与|和|对)$", text[self.span[0] : p.start]):
            return False
        return not _OTHER_PERSON.search(text, p.end, c[0])

    def relative_posts(self) -> list[RelCand]:
        """``由甲担任创始人兼CEO的X``: the post a relative clause gives a person at the firm it describes
        (founded too when the title says 创始人)."""
        out: list[RelCand] = []
        text = self.text
        for p in self.ents:
            if p.type != "Person" or not text.endswith("由", 0, p.start):
                continue
            m = _RELATIVE_POST.match(text, p.end, self.span[1])
            x = next((e for e in self.ents if m and e.start == m.end() and e.type in ("Company", "Organization")), None)
            parsed = parse_title(m.group(1), self.lex) if x is not None else None
            if parsed is None:
                continue
            out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", x, 0.8, parsed[0]))
            if "创始人" in parsed[0] or "创办人" in parsed[0]:
                out.append(self.rel(p, "founded", x, 0.8))
        return out

    def posts_filled_by(self) -> list[RelCand]:
        """``公司董事长由甲担任``, ``总经理为甲``, ``首席产品官一职由甲接任``: a post named first, the
        person after 由 or 为; the post is at the organisation written right before it, else at
        the company the text is about. ``X事业群由甲担任负责人`` / ``X事业群由甲负责``: a
        named organisation first, the post (or 负责: its head) after the person."""
        out = []
        text = self.text
        last: Cand | None = None  # the organisation of the post filled last in the sentence
        for c in self.clauses:
            people = [e for e in self.ents_in(*c) if e.type == "Person"]
            for p in people:
                # 由 or 为 before the person (or before the list that ends with the person); or 是, right before
                # the person or before a relative clause that ends with 的 right before it (总裁是年初从X加盟的甲)
                shi = text.rfind("是", c[0], p.start)
                # (or a post of the holder's between: 负责人是集团副总裁甲)
                described = shi >= 0 and shi < p.start - 1 and parse_title(
                    re.sub(r"^(?:公司|集团|本公司)", "", text[shi + 1 : p.start]), self.lex) is not None
                if shi >= 0 and not ((shi == p.start - 1 or text[p.start - 1] == "的" or described)
                                     and _ENDS_CLAUSE.match(text, p.end, c[1] + 1)
                                     and not re.search(r"[？?]|还是", text[self.span[0] : self.span[1]])):
                    shi = -1  # (董事长是甲的弟弟, 总经理是甲的说法, 总经理是甲还是乙？: not the holder)
                k = max(text.rfind("由", c[0], p.start), text.rfind("为", c[0], p.start), shi)
                listed = [e for e in people if k < e.start < p.start]
                if listed and not all(re.fullmatch(r"、|和|及|与|以及", text[a.end : b.start])
                                      for a, b in zip(listed, [*listed[1:], p])):
                    continue  # (副院长为甲和乙: each holder of a list)
                # (with at most a short description between: 由原X总裁甲, 由X院士、Y教授甲)
                if k < 0 or (listed[0] if listed else p).start - k > 26 \
                        or any(e.type == "Person" and k < e.start < p.start and e not in listed for e in self.ents):
                    continue
                if re.search(r"[，,。；;]", text[k:p.start]):
                    continue
                head = text[c[0] : k + 1]
                m = _POST_FILLED_BY.search(head)
                if m is None:
                    continue
                before = head[: m.start()]
                before_start = c[0] + len(_POST_ADVERB_PREFIX.match(before).group())
                before = text[before_start : c[0] + m.start()]
                orgs = [e for e in self.ents_in(before_start, c[0] + m.start()) if e.type in ("Company", "Organization")]
                after = text[p.end : c[1]]
                if orgs and orgs[-1].end == c[0] + m.start() and text[k] == "由":
                    # X事业群由甲担任负责人 / X事业群由甲负责
                    o = orgs[-1]
                    lead_in = text[before_start : o.start]  # (新成立的X事业群, 原X, 星海科技旗下的X)
                    # (X的Y事业群: the unit of the firm named right before it)
                    owned = re.search(r"(?:旗下|下属|控股)的?$", lead_in) or any(
                        e.type == "Company" and text[e.end : o.start] == "的" for e in self.ents_in(before_start, o.start))
                    if not owned and (
                            len(lead_in) > 6 or any(e.start < o.start for e in self.ents_in(before_start, o.start))):
                        continue
                    r = _RUNS_UNIT.match(after)
                    if r is None:
                        continue
                    title = r.group(1) if r.group(1) else "负责人"
                    parsed = parse_title(title, self.lex)
                    if parsed:
                        out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", o, 0.75, parsed[0]))
                    continue
                if text[k] == "由" and not _FILLS_POST.match(after):
                    continue  # 公司由甲于2015年创立: not a post
                if text[k] == "为" and re.match(r"[所的]", after):
                    continue  # 总裁则为甲所器重, 总经理为甲的老部下乙: not the holder
                if text[k] == "为" and text[k + 1 : k + 2] in ("了", "此") and "的" not in text[k:p.start]:
                    continue  # 首席执行官为此(次合作)专门致信甲: for this, not the post's holder (but 为此前担任…的甲)
                if _HEARSAY.search(text, self.span[0], self.span[1]):
                    continue  # 传闻称公司董事长将由甲担任, …CEO将由乙担任，但双方尚未签约
                # the post before 由/为: after an organisation (X董事长由甲担任) or 公司/集团, or alone
                o = orgs[-1] if orgs else None
                same_body = False
                title_start = o.end if o is not None else before_start
                if o is None:
                    if _UNNAMED_NEW_FIRM.search(text, before_start, c[0] + m.start()):
                        continue  # 新公司董事长由甲担任: a firm not named
                    ref = re.match(r"(?:该公司|公司|集团|本公司)?(?:现任|新任)?", text[before_start : c[0] + m.start()])
                    title_start += ref.end() if ref else 0
                    o = self.antecedent
                    named = [e for e in self.ents if e.end <= c[0] and e.type == "Company"
                             and not _NAMED_AS_HOLDER.search(text, max(self.span[0], e.start - 12), e.start)]
                    opener = next((e for e in self.ents if e.type == "Organization" and e.text.endswith(_BUSINESS_GROUPS)
                                   and e.end <= self.clauses[0][1] and not text[self.span[0] : e.start].strip()), None)
                    if last is not None and not ref.end():
                        o = last  # X董事长由甲兼任，总经理由乙出任: the same organisation's next post
                        same_body = True
                    elif opener is not None and c != self.clauses[0] and not ref.end():
                        # X事业群（XBG），负责…，负责人为甲: a list item about the unit it opens with
                        o, same_body = self.refs.get((opener.start, opener.end), opener), True
                    elif c != self.clauses[0] and not ref.end() and _UNIT_HEAD_ALONE.fullmatch(text, title_start, c[0] + m.start()) \
                            and (body := self._subject_of(self.clauses[0])) is not None and body.type == "Organization" \
                            and not any(e.type in ("Company", "Organization") for e in self.ents_in(body.end, p.start)):
                        # X研究院现有400名工程师，负责人是甲: the head of the body the sentence is about
                        o, same_body = self.refs.get((body.start, body.end), body), True
                    elif _UNNAMED_NEW_FIRM.search(text, self.span[0], c[0]):
                        continue  # 合资公司设董事会…，董事长由甲担任: the post is at a firm not named
                    elif named and named[0].source == "ref":  # 公司董事长由甲担任，总经理为乙
                        o = self.refs.get((named[0].start, named[0].end), o)
                    elif named:
                        o = self._subject_of(self.clauses[0])  # (the company the sentence is about)
                        o = self.refs.get((o.start, o.end), o) if o is not None and o.type == "Company" else None
                elif o.start != before_start and not (
                        len(orgs) >= 2 and orgs[-2].start == before_start
                        and re.fullmatch(r"(?:旗下|下属)?的?", text[orgs[-2].end : o.start])):
                    continue  # (but X旗下Y总经理由甲出任: the post is at Y)
                parsed = parse_title(text[title_start : c[0] + m.start()], self.lex)
                if parsed is None or o is None or (not orgs and not same_body
                                                   and (not _OWN_POST.search(parsed[0]) or _OUTSIDE_POST.search(parsed[0]))):
                    continue  # (with no organisation written, only a firm's own post: not 项目负责人)
                if _NOT_A_POST.search(parsed[0]):
                    # 公司实际控制人仍为甲, 控股股东为乙: a holder, not a post
                    if not same_body and (r := self._typed(p, "investedIn", o, 0.7)) is not None:
                        out.append(r)
                    continue
                out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", o, 0.7, parsed[0]))
                last = o
        # X的董事长一职，改由甲兼任: the post closes one clause, the next opens with 由 and its holder
        for prev, c in zip(self.clauses, self.clauses[1:]):
            post = _POST_CLOSES_CLAUSE.search(text, prev[0], prev[1])
            by = _BY_OPENS_CLAUSE.match(text, c[0], c[1]) if post else None
            if by is None or text[prev[1] : c[0]] not in ("，", ","):
                continue
            p = next((e for e in self.ents_in(by.end(), c[1]) if e.type == "Person"), None)
            if p is None or p.start - by.end() > 14 or not _FILLS_POST.match(text, p.end, c[1]) \
                    or any(e.type == "Person" and by.end() <= e.start < p.start for e in self.ents):
                continue
            firms = [e for e in self.ents_in(prev[0], post.start()) if e.type in ("Company", "Organization")]
            # (the firm, or its short name in the note after it: X有限公司（下称“X”）的董事长一职)
            o = firms[-1] if firms and re.fullmatch(r"[”\"」]?[）)]?的?", text[firms[-1].end : post.start()]) else None
            o = self.refs.get((o.start, o.end), o) if o is not None else None
            parsed = parse_title(post.group(1), self.lex)
            if o is not None and parsed is not None and not _NOT_A_POST.search(parsed[0]):
                out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", o, 0.7, parsed[0]))
        return out

    def units_run_by(self) -> list[RelCand]:
        """``由集团副总裁甲负责的X事业群``: the unit after 负责的; ``…升级为X事业群，由集团副总裁甲负责``:
        the unit that ends the clause before. 甲 leads it (its 负责人)."""
        out = []
        text = self.text
        units = [e for e in self.ents if e.type == "Organization" and e.text.endswith(_BUSINESS_GROUPS)]
        if not units:
            return out
        for p in (e for e in self.ents if e.type == "Person"):
            m = _RUN_BY_BEFORE.search(text, max(self.span[0], p.start - 20), p.start)
            if m is None or (m.start() > self.span[0] and text[m.start() - 1] not in "，,。；;\n"):
                continue  # (由 opens a clause or the sentence)
            after = text[p.end : self.span[1]]
            if after.startswith("负责的"):  # 由甲负责的X事业群
                unit = next((u for u in units if u.start == p.end + 3), None)
                if unit is not None and _UNIT_TASK_AFTER.match(text, unit.end):
                    continue  # 由甲负责的X事业群重组项目: he runs the project, not the unit
            elif _RUNS_UNIT_END.match(after):  # X事业群，由甲负责
                clause = next((c for c in self.clauses if c[0] <= p.start < c[1]), None)
                prev = max((c for c in self.clauses if clause is not None and c[1] <= clause[0]), default=None,
                           key=lambda c: c[1])
                # (the clause opens with 由 and the one before ends with the unit)
                if prev is None or text[prev[1] : clause[0]] not in ("，", ",") or not re.match(r"(?:并|则|将|改|现)?(?:交由|由)", text[clause[0] : clause[1]]):
                    continue
                unit = next((u for u in units if u.end == prev[1]), None)
                if unit is None or not _UNIT_SET_UP.search(text, prev[0], unit.start):
                    continue  # (关闭X事业部，由甲负责: he handles its closing)
            else:
                continue
            if unit is not None:
                out.append(self.rel(p, "leads", unit, 0.75, "负责人"))
        return out

    def posts_by_subject(self) -> list[RelCand]:
        """``X实验室升级为一级部门，由首席科学家甲担任负责人``, ``X研究院揭牌，由院士甲出任院长``: a
        later clause that opens with 由, a person (maybe described) and the post he takes gives the
        post at the body or firm the sentence opens with."""
        out: list[RelCand] = []
        if len(self.clauses) < 2 or "由" not in self.text[self.clauses[1][0] : self.span[1]]:
            return out
        c0 = self.clauses[0]
        subj = self._subject_of(c0)
        if subj is None:  # (a relative clause before the subject: 原属于云业务的X)
            first = next(iter(self.ents_in(*c0)), None)
            subj = first if first is not None and self.text[first.start - 1] == "的" else None
        if subj is None or subj.type not in ("Company", "Organization"):
            return out
        text = self.text
        named = subj
        subj = self.refs.get((subj.start, subj.end), subj)
        for c in self.clauses[1:]:
            if any(e.type in ("Company", "Organization") and e is not named for e in self.ents_in(named.start, c[0])):
                break  # (X宣布成立Y，由甲兼任总经理: the post is at the firm set up, which other patterns read)
            if _HOLDS_AN_EVENT.search(text, named.end, c[0]):
                break  # (X举办学术年会，由甲担任大会主席; X成立研发中心，由甲担任主任: the post is the event's or the unit's)
            by = _BY_OPENS_CLAUSE.match(text, c[0], c[1])
            people = [e for e in self.ents_in(*c) if e.type == "Person"]
            if by is None or len(people) != 1 or people[0].start - by.end() > 14:
                continue
            p = people[0]
            if re.search(r"[、和与及]", text[by.end() : p.start]) or any(e.start >= p.end for e in self.ents_in(*c)):
                continue  # (由甲和乙…: a list; …担任X董事长: the post's own organisation, which other patterns read)
            m = _RUNS_UNIT.match(text, p.end, c[1])
            if m is None or m.group(1) is None:
                continue
            parsed = parse_title(m.group(1), self.lex)
            if parsed is not None and not _NOT_A_POST.search(parsed[0]) and not _NOT_THE_BODYS_POST.match(m.group(1)):
                out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", subj, 0.7, parsed[0]))
        return out

    def funded_by(self) -> list[RelCand]:
        """``X注册资本10亿元，由Y以自有资金全额出资``, ``X由风投机构Y孵化并投资``, ``由Y出资组建X``,
        ``X由A和B共同出资设立``: the firms after 由 put money into the firm set up after the verb, else
        the one the clause names before 由, else the one the sentence opens with."""
        out: list[RelCand] = []
        text = self.text
        if "资" not in text[self.span[0] : self.span[1]]:
            return out  # (every funding phrase holds 资: 出资, 注资, 投资)
        for c in self.clauses:
            for by in re.finditer(r"由", text[c[0] : c[1]]):
                at = c[0] + by.end()
                listed: list[Cand] = []
                pos = at
                for e in self.ents_in(at, c[1]):
                    gap = text[pos : e.start]
                    sep = next((x for x in ("、", "和", "及", "与") if gap.startswith(x)), "") if listed else ""
                    if (listed and not sep) or not (gap == sep or _KIND_OF_LISTED.fullmatch(gap, len(sep))) \
                            or e.type not in ("Company", "Organization"):
                        break
                    listed.append(e)
                    pos = e.end
                funds = _FUNDS_AFTER.match(text, pos, c[1]) if listed else None
                if funds is None or (text.startswith("的", funds.end()) and not re.search(r"(?:是|系)$", text[c[0] : c[0] + by.start()])):
                    continue  # (X是由Y投资的企业: X; but not X宣布，由Y投资的新工厂…)
                new = next((e for e in self.ents_in(funds.end(), c[1]) if e.start - funds.end() <= 2
                            and e.type in ("Company", "Organization")), None) if funds.group(1) else None
                before = [e for e in self.ents_in(c[0], c[0] + by.start()) if e.type in ("Company", "Organization")]
                lead = before[-1].end if before else c[0]
                if not _BEFORE_BY.fullmatch(text, lead, c[0] + by.start()):
                    continue  # (X的新工厂由Y出资, 该项目由Y投资: what is funded is not a firm named)
                target = new or (before[-1] if before else None)
                if target is None:  # (the subject of the clauses before: 据介绍，X注册资本…，由Y全额出资)
                    ci = self.clauses.index(c)
                    prev = self.clauses[ci - 1] if ci > 0 else None
                    # the firm that ends the clause right before (X旗下Y，由Z投资; …拟引入的重组方Y，是由Z…出资组建的),
                    # else the subject of a clause before that names no other firm
                    ending = next((e for e in self.ents_in(*prev) if e.end == prev[1] and e.type in ("Company", "Organization")),
                                  None) if prev is not None else None
                    cc = next((cc for cc in self.clauses[:ci] if self._subject_of(cc) is not None), None)
                    firms = [e for e in self.ents_in(*cc) if e.type in ("Company", "Organization")] if cc else []
                    target = ending or (self._subject_of(cc) if cc is not None and len(firms) == 1 else None)
                if target is None or target.type not in ("Company", "Organization"):
                    continue
                target = self.refs.get((target.start, target.end), target)
                mod = self._modality(c, Tok(funds.start(), funds.end(), funds.group(), "v"))
                if not mod:
                    continue
                out += [r for e in listed if (e.name or e.text) != (target.name or target.text)
                        and (r := self._typed(e, "investedIn", target, 0.8 * mod)) is not None]
        return out

    def _its_owner(self, at: int) -> Cand | None:
        """Whose 其 at ``at`` is, in 其全资子公司X: the company named last before it in the sentence (else the
        text's), unless that one follows 与/和/向 as the other party: then the subject of its clause
        (A与B签署协议；其全资子公司X…: A's)."""
        text = self.text
        before = [e for e in self.ents if e.end <= at and e.type == "Company" and not place_word(e.text)]
        if not before:
            return self.antecedent
        last = before[-1]
        if text[last.start - 1 : last.start] in ("与", "和", "同", "跟", "向", "对"):
            subj = self._subject_of(next((c for c in self.clauses if c[0] <= last.start < c[1]), self.span))
            if subj is not None and subj.type == "Company" and subj is not last:
                return subj
        return last

    def named_subsidiaries(self) -> list[RelCand]:
        """``A及控股子公司X``, ``A通过境外全资子公司X``, ``A在捷克拥有一家全资子公司X``, ``A中国区总裁、
        在华全资子公司X董事长``, ``A宣布，旗下全资子公司X…``: a subsidiary's kind right before its
        name; the owner is the firm named right before the kind (with only 的, 旗下, 及, 通过, 在…拥有
        between), else the company 公司 stands for, else the subject of the clause before."""
        out: list[RelCand] = []
        text = self.text
        kinds = list(_SUBSIDIARY_KIND.finditer(text, self.span[0], self.span[1]))
        if not kinds:
            return out
        firms = [e for e in self.ents if e.type in ("Company", "Organization") and not place_word(e.text)]
        owners: dict[int, Cand] = {}  # the owner of each subsidiary named after its kind, by its start
        for m in kinds:
            b = next((e for e in firms if e.start == m.end()), None)
            if b is None:
                continue
            c = next((c for c in self.clauses if c[0] <= m.start() < c[1]), self.span)
            owner = next((e for e in reversed(self.ents) if c[0] <= e.start and e.end <= m.start() and e.type != "Place"
                          and not place_word(e.text)), None)
            if owner is not None and _BECOMES_SUBSIDIARY.search(text, owner.end, m.start()) \
                    and not _PLANNED.search(text, c[0], m.start()) \
                    and (subj := self._subject_of(c)) is not None and subj.type == "Company" and subj.text != b.text:
                # A将云业务分拆为全资子公司X, A旗下业务Y升级为全资子公司“X”: A owns X (not 拟将…: a plan);
                # A的子公司B将…分拆为: B, the agent before 将/把
                owner = owner if owner.type == "Company" and re.match(r"(?:已|正式)?[将把]", text[owner.end : m.start()]) else subj
                if (r := self.rel(b, "subsidiaryOf", self.refs.get((owner.start, owner.end), owner), 0.8)) is not None:
                    out.append(r)
                owners[b.start] = owner
                continue
            if owner is not None and owner.start in owners:
                # 全资子公司X和一家控股子公司Y: a subsidiary named after its kind is no owner; Y is X's owner's too
                if not re.fullmatch(r"(?:和|及|以及|、)", text[owner.end : m.start()]):
                    continue
                owner = owners[owner.start]
            elif owner is not None and (owner not in firms or not _TO_SUBSIDIARY.fullmatch(text, owner.end, m.start())):
                continue  # (another word between: A收购了B…的全资子公司X is read by other patterns)
            if owner is None:
                lead = _TO_SUBSIDIARY.fullmatch(text, c[0], m.start())
                if lead is None and _POSTS_HELD_BEFORE.search(text, c[0], m.start()):
                    # 加入X，历任研发总监、全资子公司Y总经理: a post at a subsidiary, among posts at the firm
                    # the person joined (named before in the sentence, else the paragraph's company)
                    before = [e for e in firms if e.end <= c[0] and e.type == "Company"]
                    owner = before[-1] if before else self.antecedent
                    if owner is not None and owner.type == "Company":
                        owner = self.refs.get((owner.start, owner.end), owner)
                        if (r := self.rel(b, "subsidiaryOf", owner, 0.75)) is not None:
                            out.append(r)
                    continue
                if lead is None:
                    continue
                if re.match(r"\s*(?:本|该)?公司", lead.group()):
                    owner = self.antecedent if self.antecedent is not None and self.antecedent.type == "Company" else None
                    first = self._subject_of(self.clauses[0])
                    if first is not None and first.type == "Company":
                        owner = first  # (X公告，公司及控股子公司Y…: 公司 is X)
                elif re.match(r"\s*其", lead.group()):  # 其全资子公司Y: the company named last before
                    owner = self._its_owner(m.start())
                elif c != self.clauses[0] and re.match(r"\s*(?:旗下|下属)", lead.group()):
                    ci = self.clauses.index(c)
                    prev_firms = {e.name or e.text for e in firms if self.clauses[ci - 1][0] <= e.start < self.clauses[ci - 1][1]}
                    # X宣布，旗下全资子公司Y… (not when the clause before names two firms: whose is unclear)
                    owner = self._subject_of(self.clauses[ci - 1]) if len(prev_firms) == 1 else None
            if owner is None or owner.type not in ("Company", "Organization"):
                continue
            owner = self.refs.get((owner.start, owner.end), owner)
            owners[b.start] = owner
            listed = [b]  # 其两家控股子公司A和B: each of a list the kind counts (not 全资子公司X和Y签署…: Y a party)
            for e in firms if m.group(1) else []:
                if e.start > listed[-1].end and text[listed[-1].end : e.start] in _LIST_SEP:
                    listed.append(e)
                elif e.start > listed[-1].end:
                    break
            out += [self.rel(x, "subsidiaryOf", owner, 0.75) for x in listed if (owner.name or owner.text) != (x.name or x.text)]
        return out

    def possessed_products(self) -> list[RelCand]:
        """``搭载X的澜行MAX电池``, ``X旗下的“甲”``, ``主导了公司“甲”系统的研发``: a product named right after
        a firm and 的 (or 旗下, 自研的) is the firm's; after 公司, the firm the sentence names (the only one),
        else the text's company."""
        out: list[RelCand] = []
        text = self.text
        firms = [e for e in self.ents if e.type in ("Company", "Organization")]
        for b in self.ents:
            if b.type != "Product":
                continue
            s0 = b.start - (1 if text[b.start - 1 : b.start] in ("“", "「", "《") else 0)
            if _NOT_ITS_MAKERS_AFTER.match(text, b.end):
                continue  # (X的P手机代工订单, X的P芯片供应: the product's trade, where X may be a buyer or a maker)
            d0 = self._own_kind_before(s0)  # (公司的生成式模型平台“P”: the words that say what P is)
            owner = next((a for a in reversed(firms) if a.end <= s0 and _POSSESSIVE.fullmatch(text, a.end, s0)), None)
            if owner is None and d0 < s0:
                owner = next((a for a in reversed(firms) if a.end <= d0 and _POSSESSIVE_WORD.fullmatch(text, a.end, d0)), None)
                if owner is not None and (re.search(r"[和与及、]$", text[self.span[0] : owner.start])
                                          or _FOR_A_CUSTOMER.search(text, max(self.span[0], owner.start - 4), owner.start)):
                    continue  # (A和B的服务器产品“P”: whose is unclear; 面向B的定制芯片: B is the customer)
            if owner is not None and _NOT_ITS_MAKER_BEFORE.search(text, max(self.span[0], owner.start - 4), owner.start):
                continue  # (对标X的P, 代理X的P: a rival's or a principal's product, read elsewhere if at all)
            its = re.search(r"(?:表示|称|介绍|透露|指出|说)[，,：:]\s*其(?:的|旗下的?|自研的)?$|[，,；;]\s*其旗下的?$", text[self.span[0] : s0])
            if owner is None and its is not None:
                # X表示，其“P”芯片已量产, …由全资子公司X承担，其旗下“P”…: 其 is the firm named last before (not a
                # person's, nor after another clause: X与Y签约，其“P”… is unclear)
                owner = next((a for a in reversed(self.ents) if a.end <= self.span[0] + its.start()), None)
                if owner is None or owner.type != "Company":
                    continue
            if owner is None:
                m = _COMPANYS_BEFORE_PRODUCT.search(text, self.span[0], s0) or (
                    _COMPANYS_OWN_BEFORE_KIND.search(text, self.span[0], d0) if d0 < s0 else None)
                if m is None or _unnamed_firm(text, self.span[0], m.start()):
                    continue  # (收购了一家数据公司，并将该公司的“P”…: the firm 该公司 stands for is not named)
                if any(re.fullmatch(r"[和与及、]", text[e.end : m.start()]) for e in firms):
                    continue  # (Y和公司“P”团队: 公司 is another firm than Y)
                named = {e.name or e.text for e in firms if e.end <= m.start() and e.type == "Company"
                         and not _outside_voice(text, e)}  # (澜峤证券分析师甲表示，公司的…: not the broker's, nor an investor's)
                owner = next(e for e in firms if (e.name or e.text) in named) if len(named) == 1 else (
                    self.antecedent if not named else None)
                ref = self.antecedent or self.topic
                if owner is not None and named and ref is not None and (ref.name or ref.text) not in named \
                        and not m.group().startswith(("该", "本")) and not self._speakers_firm(owner, m.start()):
                    continue  # (X是一家AI企业。Y和公司“P”团队达成合作: 公司 is X, the paragraph's, not Y)
            if owner is None or owner.type not in ("Company", "Organization") or owner.text.endswith(("地区", "区域")):
                continue
            owner = self.refs.get((owner.start, owner.end), owner)
            if (owner.name or owner.text) != (b.name or b.text):
                out.append(self.rel(b, "productOf", owner, 0.7))
        return out

    def _speakers_firm(self, firm: Cand, at: int) -> bool:
        """``X创始人兼CEO甲表示，公司的…``: ``firm``, a title and a person who speaks right before 公司 at
        ``at``; 公司 is then the speaker's firm."""
        text = self.text
        said = _SAID_THEN.search(text, self.span[0], at)
        if said is None:
            return False
        p = next((e for e in self.ents if e.type == "Person" and e.end == said.start() and e.start > firm.end), None)
        title = parse_title(text[firm.end : p.start], self.lex) if p is not None else None
        # (an analyst's or an investor's firm is not the one that speaks of its own: 澜峤证券分析师甲表示，公司的…)
        return title is not None and not _OUTSIDE_VOICE.search(title[0]) and not firm.text.endswith(_OUTSIDE_FIRMS) \
            and not any((e.name or e.text) == (firm.name or firm.text) for e in self.ents if e.start > at)

    def _own_kind_before(self, s0: int) -> int:
        """Where the words that say what the product at ``s0`` is start (公司的|生成式模型平台|“P”), else ``s0``:
        up to 12 characters after 的/旗下 that end in a product's noun and name no other party's (竞品, 合作)."""
        m = _KIND_PHRASE_BEFORE.search(self.text, max(self.span[0], s0 - 14), s0)
        if m is None or not m.group(1) or _NOT_OWN_KIND.search(m.group(1)) \
                or not (self.lex.ends_in_product_noun(m.group(1)) or m.group(1).endswith("品牌")):
            return s0
        a, b = m.span(1)
        words = self.toks_in(a, b)
        if not words or words[0].start != a or any(e.start < b and a < e.end for e in self.ents) \
                or any(w.tag not in _KIND_WORD_TAGS for w in words):
            return s0  # (旗下峤驰汽车发布首款车型X: a firm and a verb, not what X is)
        return a

    def posts_after_names(self) -> list[RelCand]:
        """``甲（X公司副总裁兼首席投资官）``, ``甲，X公司董事长，表示``, ``甲（X董事、Y董事长）``: posts written right
        after a person's name, in brackets or between commas, as organisations' names each with its title and
        nothing else, are the person's posts there (not one given up, to come or honorary: 甲（X原副总裁）,
        甲（X拟任总经理）, 甲（X名誉董事长）; see _FORMER_IN_TITLE)."""
        out: list[RelCand] = []
        text = self.text
        for p in self.ents:
            if p.type != "Person":
                continue
            m = _POST_NOTE_AFTER.match(text, p.end, self.span[1])
            if m is None:
                continue
            a, b = m.span(1) if m.group(1) is not None else m.span(2)
            if text.startswith(("现任", "新任"), a):
                a += 2  # 甲（现任X董事长）: a current post
            inside = [x for x in self.ents if a <= x.start and x.end <= b]
            posts: list[tuple[Cand, str]] = []  # (organisation, the words after it up to the next organisation)
            for k, o in enumerate(inside):
                nxt = inside[k + 1].start if k + 1 < len(inside) else b
                if o.type not in ("Company", "Organization") or self.lex.title_re.search(o.text) \
                        or (k == 0 and o.start != a) or (k and not text[inside[k - 1].end : o.start].endswith("、")):
                    posts = []  # (an organisation's name opens the note and each part after 、, no title is in a name)
                    break
                posts.append((o, text[o.end : nxt].removesuffix("、")))
            for o, words in posts:
                parsed = parse_title(words, self.lex, lead_in=False)
                if parsed is None or _FORMER_IN_TITLE.search(parsed[0]):
                    continue
                title, top = parsed
                title = re.sub(r"^(?:现任|新任)", "", title)
                if title.startswith("监事会"):
                    top = False  # 监事会主席: the chair of the supervisory board, who does not run the firm
                out.append(self.rel(p, "leads" if top else "holdsPosition", o, 0.85, title))
                if _founder_title(title):
                    out.append(self.rel(p, "founded", o, 0.85))
        return out

    def officers_named_bare(self) -> list[RelCand]:
        """``对公司罚款…，对时任董事长兼总经理甲罚款…，对财务总监乙罚款``: a plain firm's title right before
        a person, after a clause break or 对 (no organisation named earlier in the clause), is a post at
        the one firm the sentence names."""
        text = self.text
        firms = [self.refs.get((e.start, e.end), e) for e in self.ents if e.type == "Company"]
        if not firms:
            return []
        firm = firms[0]  # (江苏瑞澜智造股份有限公司（下称“瑞澜智造”）: one firm, by its full and its short name)
        if _unnamed_firm(text, self.span[0], self.span[1]):
            return []  # (A收购了一家AI医疗公司，该公司董事长甲…: the post is at the firm left unnamed)
        if self._worked_at(firm):
            return []  # CTO甲此前在乙担任工程师: 乙 is where 甲 worked before, not the firm of the title
        if any((f.name or f.text) not in (firm.name or firm.text) and (firm.name or firm.text) not in (f.name or f.text)
               for f in firms):
            return []
        out: list[RelCand] = []
        for p in self.ents:
            if p.type != "Person":
                continue
            lo = max(self.span[0], p.start - 14)
            cut = max(text.rfind(ch, lo, p.start) for ch in "，,；;对")
            if cut < 0:
                continue
            k = cut + 1 + (2 if text.startswith(("时任", "现任"), cut + 1) else 0)
            clause = next((c for c in self.clauses if c[0] <= p.start < c[1]), (k, k))
            if not 2 <= p.start - k <= 10 or any(e is not p and e.start < p.start and e.end > min(k, clause[0])
                                                  and e.type in ("Company", "Organization") for e in self.ents):
                continue  # (an organisation named in the clause before the person: X创始人、董事长甲 is read elsewhere)
            parsed = parse_title(text[k : p.start], self.lex)
            if parsed is None or not all(_PLAIN_TITLE.fullmatch(seg) or seg in self.lex.titles for seg in re.split(r"兼|、", parsed[0])):
                continue  # (the words are titles and nothing else: not 向CEO, 其创始人, 加籍华人工程师, 集团副总裁)
            out.append(self.rel(p, "leads" if parsed[1] else "holdsPosition", firm, 0.55, parsed[0]))
        return out

    def _bare_post(self, p: Cand, at: int) -> list[RelCand]:
        """甲接任CEO一职 (the post verb at ``at`` or right after the person): the post at the
        company named last before it in the sentence, else at the paragraph's company."""
        m = _BARE_POST.match(self.text, _POST_ADVERBS.match(self.text, at, self.span[1]).end(), self.span[1])
        if m is None or any(e.start < m.end() and m.start() < e.end for e in self.ents) or m.group(1)[:1] in "该本其":
            return []  # (兼任该行…: a reference that named nothing here)
        parsed = parse_title(m.group(1), self.lex)
        if parsed is None or re.search(r"(?:合资|子|新|该子)公司(?:董事会|设|将|的)", self.text[self.span[0] : p.start]):
            return []  # 合资公司董事会由…组成，…乙出任总经理: the post is at a firm not named
        people = [e for e in self.ents if e.type == "Person"]
        # (not a firm that only describes a person: 由两位前大疆工程师甲和乙创立，甲任CEO)
        named = [e for e in self.ents if e.end <= p.start and e.type == "Company" and not self._describes_person(e, people)]
        before = [e for e in self.ents if p.end <= e.start and e.end <= at and e.type == "Company"]
        # 甲离开X，创立了一家物流公司，并出任CEO: not the firm left, nor one named before a firm set up that the
        # text leaves unnamed (the post is at that one)
        before = [e for e in before if not _LEFT_BEFORE.search(self.text, max(self.span[0], e.start - 3), e.start)]
        last = max([e.end for e in before + named], default=p.end)
        if _SET_UP_UNNAMED.search(self.text, last, at):
            return []
        if not before and not named:
            # X董事长甲因个人原因辞职，乙接任董事长: the same post at the firm that described the one before in it
            named = [e for e in self.ents if e.end <= p.start and e.type == "Company" and any(
                q is not p and q.start > e.end and q.end <= p.start and self.text[e.end : q.start] == m.group(1)
                for q in people)]
        org = (before or named or [self.antecedent])[-1]
        clause = next((c for c in self.clauses if c[0] <= p.start < c[1]), None)
        if not before and clause is not None and clause[0] > self.span[0] \
                and re.fullmatch(r"\s*(?:并|则|将|现|暂|暂时|改)?由[^，,。；;]{0,24}", self.text[clause[0] : p.start]):
            # X是Y旗下的子公司，由Y副总裁甲兼任总经理: the post at the firm the sentence is about, not at its owner
            # (nor at the firm that describes the person); 宣布成立X，由…兼任: at X; X事业群目前仍在组建中，暂由甲兼任
            # 负责人: at the business group
            owned = [e for e in named if e.end <= clause[0] and not _OWNER_AFTER.match(self.text, e.end)] + [
                e for e in self.ents if e.end <= clause[0] and e.type == "Organization" and e.text.endswith(_BUSINESS_GROUPS)]
            if owned:
                org = max(owned, key=lambda e: e.start)
        if org is None:
            return []
        return [self.rel(p, "leads" if parsed[1] else "holdsPosition", org, 0.7, parsed[0])]

    def co_founders(self) -> list[RelCand]:
        """``X由A、B、C等42家单位共同发起成立``, ``A联合B、C等28家企业发起成立的X``: every firm or body
        listed before the founding verb founded X (the body named after it, else the one before 由)."""
        out: list[RelCand] = []
        text = self.text
        for m in _CO_FOUNDED.finditer(text, self.span[0], self.span[1]):
            clause = next((c for c in self.clauses if c[0] <= m.start() < c[1]), None)
            if clause is None:
                continue
            before = [e for e in self.ents_in(clause[0], m.start()) if e.type in ("Company", "Organization", "Person")]
            if not before or not re.fullmatch(r"\s*", text[before[-1].end : m.start()]):
                continue
            founders = [before[-1]]
            for e in reversed(before[:-1]):
                if text[e.end : founders[-1].start] not in (*_LIST_SEP, "与", "联合", "携手", "联手"):
                    break
                founders.append(e)
            new = next((e for e in self.ents if 0 <= e.start - m.end() <= 2 and e.type in ("Company", "Organization")
                        and not re.search(r"[，,。；;]", text[m.end() : e.start])), None)
            lead = text[clause[0] : founders[-1].start]
            if re.fullmatch(r"\s*(?:并|还|将|又)?(?:联合|携手|联手)", lead):
                # X宣布，联合A共同发起设立Y / 由X牵头，联合A、B…发起成立的Y: the one who joins them founded it too
                ci = self.clauses.index(clause)
                prev = self.clauses[ci - 1] if ci > 0 else None
                by = re.match(r"\s*由", text[prev[0] : prev[1]]) if prev is not None else None
                lead_firm = next((e for e in self.ents_in(*prev) if e.start == prev[0] + by.end()), None) if by else None
                # (X全资控股的Y在西安宣布，联合A…: the one that announces, the last firm before the clause's 宣布)
                said = re.search(r"(?:宣布|表示|称|公告)$", text[prev[0] : prev[1]]) if prev is not None else None
                speaker = next((e for e in reversed(self.ents_in(*prev)) if e.type in ("Company", "Organization")), None) \
                    if said else None
                subj = lead_firm or speaker or next((x for c in self.clauses[:ci] if (x := self._subject_of(c)) is not None), None)
                if subj is not None and subj.type in ("Company", "Organization"):
                    founders.append(self.refs.get((subj.start, subj.end), subj))
            if new is None and lead.endswith("由"):  # X由A、B…共同发起成立
                new = next((e for e in reversed(self.ents_in(clause[0], founders[-1].start))
                            if e.type in ("Company", "Organization")), None)
            if new is None:
                continue
            mod = self._modality(clause, Tok(m.start(), m.end(), m.group(), "v"))
            if not mod:
                continue
            for f in founders:
                if (f.name or f.text) != (new.name or new.text):
                    out.append(self.rel(f, "founded", new, 0.7 * mod))
        return out

    def founders_named(self) -> list[RelCand]:
        """``X创立于2010年，创始人为甲(和乙)``: the people named after 创始人为/是 founded the company the sentence is about."""
        out = []
        for m in _FOUNDERS_ARE.finditer(self.text, self.span[0], self.span[1]):
            if "兼" in m.group(1) and parse_title(m.group(1), self.lex) is None:
                continue  # 创始人兼CEO甲为乙颁奖: a person, not a second title, after 兼
            company = next((e for e in self.ents if e.end <= m.start() and e.type in ("Company", "Organization")), None)
            if company is None:
                continue
            pos = m.end()
            # (a short description may come first: 创始人为清华大学博士甲)
            described = next((p for p in self.ents if p.start >= pos and p.type == "Person"), None)
            if described is not None and described.start > pos and described.start - pos <= 12 \
                    and not re.search(r"[，,。；;、和与及]", self.text[pos : described.start]):
                pos = described.start
            for p in self.ents:
                if p.start < pos:
                    continue
                if p.start != pos or p.type != "Person":
                    break
                title, top = parse_title(m.group(1), self.lex) or (m.group(1), False)
                out.append(self.rel(p, "founded", company, 0.8))
                out.append(self.rel(p, "leads" if top else "holdsPosition", company, 0.75, title))
                sep = re.match(r"和|与|及|、", self.text[p.end : p.end + 1])
                if not sep:
                    break
                pos = p.end + 1
        return out

    # -- trigger verbs ----------------------------------------------------

    def _subject_of(self, c: tuple[int, int]) -> Cand | None:
        """The clause's own subject: a name at its start, or one that ends it (``…的X,``)."""
        if c not in self._subjects:
            self._subjects[c] = self._find_subject(c)
        return self._subjects[c]

    def _find_subject(self, c: tuple[int, int]) -> Cand | None:
        ents = [m for m in self.ents_in(*c) if m.type in ("Company", "Organization", "Person")]
        start = c[0]
        dateline = _DATELINE_LEAD.match(self.text, c[0], c[1]) if ents and ("日电" in self.text[c[0] : ents[-1].start]
                                                                           or "讯" in self.text[c[0] : ents[-1].start]) else None
        if dateline:  # 某社北京6月18日电 （记者 X）Y宣布…: the wire's dateline and byline open the clause
            start = dateline.end()
            ents = [m for m in ents if m.start >= start]
        if not ents:
            return None
        first = ents[0]
        if len(ents) >= 2 and ents[1].type == "Person" and not self.text[start : first.start - 1].strip() and self._former_employer(first):
            return ents[1]  # 前X高管甲创办了Y: the person, whose former employer X only describes him
        lead = self.toks_in(start, first.start)
        bar = max((k for k, t in enumerate(lead) if t.text in ("｜", "|", "丨")), default=-1)
        lead = lead[bar + 1 :]  # 星海财经获悉｜芯片公司X完成…: a headline's column before its bar is not the subject
        if lead and lead[0].text in ("【", "[", "［"):  # 【X讯】Y宣布…: an outlet's dateline in brackets opens the clause
            close = next((k for k, t in enumerate(lead) if t.text in ("】", "]", "］")), None)
            if close is not None:
                lead = lead[close + 1 :]
        at = first.start
        if lead and lead[-1].end == at and lead[-1].text in ("「", "“"):
            lead, at = lead[:-1], lead[-1].start  # 芯片公司「星海微电子」: a quoted name after its kind
        glued = None if lead and lead[-1].end == at else next((t for t in self.toks if t.start < at < t.end), None)
        if glued is not None and self.text[glued.start : at].endswith(_KIND_OF_FIRM) and (not lead or lead[-1].end == glued.start):
            lead = lead + [Tok(glued.start, at, self.text[glued.start : at], "n")]  # 芯片|企业芯跃(ORG)|智能: LAC glued the kind on
        elif glued is not None and (kind := next((k for k in _KIND_OF_FIRM if self.text.endswith(k, c[0], at)), None)):
            # 助手开发(nz)|商码舟科技(ORG): a kind LAC cut across words; the words up to it, then the kind
            k0 = at - len(kind)
            lead = [t if t.end <= k0 else Tok(t.start, k0, self.text[t.start : k0], t.tag) for t in lead if t.start < k0] \
                + [Tok(k0, at, kind, "n")]
        if lead and lead[-1].end == at and lead[-1].text.endswith(_KIND_OF_FIRM):
            # 人工智能芯片公司|星海科技宣布, 国产高性能模拟芯片厂商|X: the kind of firm before the name describes it
            # (模拟 a verb of the kind, not a deal's: 收购|芯片厂商X keeps its verb)
            k = len(lead) - 1
            while k > 0 and lead[k - 1].end == lead[k].start and (
                # (国内(s)|…企业, 自动(ad)|驾驶; not a deal's verb LAC tagged as a noun: 已完成收购(vn)|家居品牌X, though
                # a holding's word is the kind's own: 控股|子公司X)
                lead[k - 1].tag in ("n", "vn", "nz", "a", "an", "ad", "b", "s", "ORG", "LOC")
                and (lead[k - 1].text not in self.lex.triggers or lead[k - 1].text in ("控股", "参股", "合资", "独资", "全资"))
                or (lead[k - 1].tag == "v" and lead[k - 1].text not in self.lex.triggers and lead[k - 1].text not in _PREPS
                    and lead[k - 1].text not in _ROLE_VERBS)
            ):  # (not 作为药企X的合作伙伴, 面向车企X: a verb that casts X in a role in another's story stays)
                k -= 1
            lead = lead[:k]
        if not lead and (frame := _DATELINE_AFTER.match(self.text, first.end)):
            rest = re.match(r"\s*[｜|:：]\s*", self.text[frame.end() : c[1]])
            if rest:  # X获悉｜芯片公司「Y」完成…, X首发｜: the outlet's frame; the clause after it has its own subject
                return self._find_subject((frame.end() + rest.end(), c[1]))
            return None  # 星海社4月18日讯（记者…）: the outlet reporting, not the clause's subject
        following = self.toks_in(first.end, c[1])[:4]
        after = following[:3]
        relative = bool(after) and after[0].tag.startswith("v") and any(t.text == "的" for t in after[1:])
        if not relative and after and after[0].tag in ("d", "t", "TIME", "ad") and after[0].start == first.end:
            # X早期投资的Y: a time or an adverb, then the relative clause's verb and 的 (not X曾是Y的子公司)
            k = next((k for k, t in enumerate(following) if t.tag not in ("d", "t", "TIME", "ad")), 0)
            rest = self.toks_in(first.end, c[1])[k : k + 2]
            relative = len(rest) == 2 and rest[1].text == "的" \
                and (self.lex.triggers.get(rest[0].text, ("",))[0] in ("investedIn", "acquired", "founded", "controls")
                     or rest[0].text in ("孵化", "培育", "扶持", "参股", "投"))
            # (X早期投资的企业Y; not X昨日发布的公告显示，其…: X is still the subject)
        # 万众期待的新机…: a name inside a relative clause is not the subject
        if not relative and all(t.tag in ("TIME", "t", "d", "c", "w", "m", "f", "p", "r") for t in lead) and not any(
            t.text in _PREPS or t.text in ("被", "将", "把", "由") for t in lead
        ) and not (any(t.text in _ROLE_VERBS for t in lead) and not self._predicate_follows(first, c)) \
                and not (lead and lead[-1].text in ("在", "于", "从") and not (after and after[0].text in self.lex.triggers)
                         and not _TIME_FRAME_END.search(self.text, c[0], c[1])):
            # (作为X旗下公司，…: a name after 作为/面向/继… is the subject only when a verb, an adverb or a time follows it)
            return first  # (2021年在上交所上市: where, not who; but 在A收购B之前, 在A股价上涨后: who)
        last = ents[-1]
        if self.text[last.end : c[1]].strip():
            return None
        deal = [t for t in self.toks_in(c[0], last.start) if t.text in self.lex.triggers]
        if not deal or (relative and self.text.startswith("的", deal[-1].end) and not any(
                m.start >= deal[-1].end for m in ents[:-1])):
            return last  # …的X, : the name that ends the clause (A早期投资的企业X, : what the relative clause describes)
        # after a deal verb X is its object (设立A和B, 增资上游生产多晶硅的X), unless the
        # verb's own object and 的 come first: 认购工行H股的沙特王子X did the deal
        objects = [m for m in ents[:-1] if m.start >= deal[-1].end]
        if objects and "的" in self.text[objects[-1].end : last.start]:
            return last
        return None

    def triggers(self) -> list[RelCand]:
        out = []
        topic: Cand | None = None
        funding = bool(_FUNDING.search(self.text, self.span[0], self.span[1]))
        for c in self.clauses:
            subj = self._subject_of(c)
            agents_only = False  # 由A领投 / B跟投 / 由甲创立: the clause names agents, not a new subject
            for t in self._trigger_words(c):
                hit = self.lex.triggers.get(t.text) or (_JOINED_ROUND if t.text in _JOINING_VERBS else None)
                if any(m.start <= t.start < m.end for m in self.ents):
                    continue
                rel, conf = hit
                if rel == "controls" and _minority(self.text, t):
                    rel = "investedIn"  # 控股2.31%的X: a holding, not control
                if _NOUN_AFTER_TRIGGER.match(self.text, t.end):
                    continue  # 控股股东, 持股比例, 投资机构: nouns here, not verbs
                if t.text == "公布" and not _NEW_WORK_AFTER.match(self.text, t.end):
                    continue  # 公布了新作《X》 is a launch; 公布业绩, 公布X产品赎回价 are not
                if rel == "founded" and self.text.startswith("于", t.end) and not _BY.search(self.text, c[0], t.start):
                    continue  # 领投了成立于2021年的X: when X was set up, not who set it up (but 由甲创立于2018年)
                if rel == "founded" and _SINCE_FOUNDING.match(self.text, t.end) and not _BY.search(self.text, c[0], t.start):
                    continue  # 公司成立之初获得…: a time, not a founding (but 由甲成立以来: he founded it)
                if t.text in ("持股", "持有") and _HOLDER_CLAUSE.match(self.text, t.end):
                    continue  # 持股10%的X: X is the holder, described; not an object
                if t.text == "持股" and _STAKE_ENDS_PHRASE.match(self.text, t.end):
                    continue  # A持股65%，B持股35%: B is the next holder, not what A holds
                if re.search(r"[（(](?:直接|间接|合计)?$", self.text[max(c[0], t.start - 3) : t.start]) \
                        and re.match(r"[^）)]{0,10}[%％]", self.text[t.end : c[1]]):
                    continue  # A（持股41.2%）: the stake in A, read by bracketed_stakes

                mod = self._modality(c, t)
                if mod is None:  # 未向B投资, 入股B…没有任何接触: the clause's names stay unrelated, for the classifier too
                    self.vetoed |= {frozenset((a.text, b.text)) for a in self.ents_in(c[0], t.start)
                                    for b in self.ents_in(t.end, c[1])}
                    continue
                conf *= mod
                # 由A领投、B跟投的C轮融资: B is A's co-investor, not what A invested in
                co_investor = rel == "investedIn" and bool(_ROUND_INVESTOR_AFTER.fullmatch(t.text)) \
                    and self.text[t.end : t.end + 1] in ("、", "和", "及", "与")
                if (not self.ents_in(t.end, c[1]) or co_investor) and (
                    (funding and rel == "investedIn" and not _PASSIVE_BEFORE.search(self.text, c[0], t.start))
                    or (rel in ("founded", "controls") and _BY.search(self.text, c[0], t.start) is not None)
                ):
                    # 本轮由A领投 with no company named in the sentence: the round of the company the text is about
                    # (本轮由A领投: the round of the firm the last sentence about a round was about, else the article's)
                    financed = topic if topic is not None or rel != "investedIn" else (self.round_firm or self.topic)
                    raiser = self._round_raised_before(c[0])[1] if rel == "investedIn" and topic is not None else None
                    if raiser is not None:
                        # X旗下的Y完成A轮融资，Z领投 / X前CTO甲创办的Y完成…，Z参投: the round is Y's, not the subject's
                        financed = self.refs.get((raiser.start, raiser.end), raiser)
                    if financed is not None and rel == "investedIn":
                        # A领投了X的A轮融资，B跟投: A invested; the round is X's, not A's
                        done = next((r for r in out if r.relation == "investedIn" and r.head == (financed.start, financed.end)), None)
                        if done is not None:
                            financed = next((e for e in self.ents if (e.start, e.end) == done.tail), financed)
                    same = financed is topic or (topic is not None and financed is not None
                                                 and (financed.name or financed.text) == (topic.name or topic.text))
                    if rel == "investedIn" and t.text in ("增资", "增资扩股") \
                            and _CAPITAL_RAISED_BEFORE.search(self.text, c[0], t.start):
                        continue  # 其子公司Y已完成增资扩股: Y raised the capital, and invested in nothing
                    found = self._agents_before(c, t, conf if same else conf * 0.9, financed, rel)
                    if found:
                        out += found
                        agents_only = True
                        if rel == "founded" and topic is None:
                            # X由甲于2020年创立，目前已推出P: the firm founded is what the next clauses are about
                            topic = next((e for e in self.ents if (e.start, e.end) == found[0].tail), None)
                        continue
                    if rel == "investedIn" and _ROUND_INVESTOR_AFTER.fullmatch(t.text) \
                            and not _PASSIVE_BEFORE.search(self.text, c[0], t.start):  # (X获A领投: X is financed)
                        agents_only = True  # A、B跟投 in a round of a firm not named: A is no topic either
                        continue
                if rel == "launched" and not self.ents_in(t.end, c[1]):
                    made = self._made_by(c, t, conf)
                    if made:
                        out += made
                        continue
                carried = None if subj is None and self._unnamed_subject(c, t) else topic
                out += self._one_trigger(c, t, rel, conf, subj or carried)
            out += self._stake_verbs(c, subj or topic)
            out += self._holders_listed(c)
            out += self._funded_by(c, subj or topic)
            out += self._round_investors_listed(c)
            # 在X本次改革通过后10个月内, : a time adverbial; its name does not replace the topic
            # (but with none before, 在X股价上涨后，又发布公告称…, it is the one)
            if _INVESTORS_ARE.match(self.text, c[0], c[1]):
                agents_only = True  # 领投方为A: the clause names the round's investors, not a new subject
            if subj is not None and not agents_only and (topic is None or not _TIME_ADVERBIAL.fullmatch(self.text, c[0], c[1])) \
                    and not _news_source(self.text, subj):
                topic = subj  # (not 据X了解: a source's clause; the clauses after it are about another)
        return out

    def _funded_by(self, c: tuple[int, int], financed: Cand | None) -> list[RelCand]:
        """``(X)先后获得A、B的多轮融资``: the firms before 的 put money into the clause's company (融资 is
        no verb of the investor's, so no trigger reads it)."""
        m = _FUNDED_BY.search(self.text, c[0], c[1])
        if m is not None:
            # (X旗下的Y斩获A的Pre-A轮投资: Y, the firm right before the verb, is funded)
            near = next((e for e in reversed(self.ents_in(c[0], m.start())) if e.type in ("Company", "Organization")), None)
            if near is not None and _ADVERBS_BEFORE_VERB.fullmatch(self.text, near.end, m.start()):
                financed = near
        if m is None or financed is None or financed.type not in ("Company", "Organization"):
            return []
        agents = [e for e in self.ents_in(m.start(1), m.end(1)) if e.type in _HEAD_TYPES["investedIn"]]
        if not agents or any(not re.fullmatch(r"、|和|及|与|以及", self.text[a.end : b.start]) for a, b in zip(agents, agents[1:])):
            return []
        mod = self._modality(c, Tok(m.start(), m.end(), m.group(), "v"))
        if mod is None:
            return []
        target = self.refs.get((financed.start, financed.end), financed)
        return [r for a in agents if a.text != target.text
                and (r := self.rel(a, "investedIn", financed, 0.75 * mod, tail_type="Company")) is not None]

    def _unnamed_subject(self, c: tuple[int, int], t: Tok) -> bool:
        """The clause opens with a word no name covers and the dictionary hardly knows, before the
        verb ``t`` (…；飞隼(n)|发布X 3): its own subject, a firm the tagger missed; or with 该公司 that
        no firm's name stands behind: not the subject of the clauses before."""
        lead = [x for x in self.toks_in(c[0], t.start) if x.tag != "w"]
        if not lead or any(m.start <= lead[0].start < m.end for m in self.ents):
            return False
        # (…一家AI芯片公司，该公司推出了P: 该公司 stands for the firm left unnamed, which no name covers)
        return rare_word(lead[0].text) or bool(_UNNAMED_REF.match(self.text, lead[0].start))

    def _made_by(self, c: tuple[int, int], t: Tok, conf: float) -> list[RelCand]:
        """``P由X开发``, ``“P”由A与B联合研发``, ``P由Y旗下的X历时四年打造``: the makers named after 由
        launched the product named before it; a single company maker owns it too."""
        text = self.text
        by = max((m.start() for m in _BY.finditer(text, c[0], t.start)), default=-1)
        if by < 0:
            return []
        if t.text not in _MADE_VERBS or not _MADE_VERB_ENDS.match(text, t.end):
            return []  # (P由A提供芯片, 由A亮相展示: a supplier or a presenter, not the maker)
        products = [m for m in self.ents_in(c[0], by) if m.type == "Product"]
        if not products or not self._product_then_by(products[-1].end, by):
            return []
        makers = [m for m in self.ents_in(by + 1, t.start) if m.type in _HEAD_TYPES["launched"]]
        if not makers or not _HOW_MADE.fullmatch(text, makers[-1].end, t.start):
            return []
        listed = _list_ending_with(text, makers, _LIST_SEP_WITH)
        if not _BY_THEN_MAKER.fullmatch(text, by + 1, listed[0].start):
            return []
        product = products[-1]
        out = [r for m in listed if (r := self.rel(m, "launched", product, conf * 0.95)) is not None]
        if len(listed) == 1 and listed[0].type == "Company":
            out += [r for r in [self.rel(product, "productOf", listed[0], conf * 0.9)] if r is not None]
        firms = [m for m in listed if m.type in ("Company", "Organization")]
        if len(firms) >= 2 and _MADE_TOGETHER.match(text, listed[-1].end):  # (由A与B联合研发: they worked together)
            out += [r for i, a in enumerate(firms) for b in firms[i + 1 :]
                    if (r := self.rel(a, "partnerOf", b, conf * 0.85)) is not None]
        return out

    def _product_then_by(self, a: int, b: int) -> bool:
        """Between a product's name and 由: its closing quote, maybe its kind, and adverbs only
        (“P”操作系统由…, P则由…)."""
        gap = self.text[a:b]
        m = re.match(r"[”」》]?([\u4e00-\u9fffA-Za-z]{0,8}?)(?:主要|则|均|也|都|此前|目前|最初|早期|最早|全部|完全|全程)*$", gap)
        if m is None:
            return False
        kind = m.group(1)
        return not kind or kind in self.lex.product_nouns or self.lex.ends_in_product_noun(kind) or kind.endswith(DEVICE_KINDS)

    def _agents_before(
        self, c: tuple[int, int], t: Tok, conf: float, topic: Cand | None, rel: str = "investedIn"
    ) -> list[RelCand]:
        """The agents named before an object-less trigger, and the company the sentence is about.

        ``X完成B轮融资，由A领投，B和C跟投``: A, B and C invested in X;
        ``X完成由A领投的融资``: the company before 由 is the one financed;
        ``公司由甲和乙于2015年共同创立``: 甲 and 乙 founded it (``rel`` founded).
        """
        before = [m for m in self.ents_in(c[0], t.start) if m.type in _HEAD_TYPES[rel]]
        by = max((m.start() for m in _BY.finditer(self.text, c[0], t.start)), default=-1)
        if by >= 0:
            investors = [m for m in before if m.start > by]
            # 由浩宇微电子前首席架构师苏明远创办: the person acts; the firm before the title is his employer
            # (or named in the person's description: 由前萨维诺（SVN）亚太区事业部总经理甲创办; not 由A与甲创办)
            investors = [m for m in investors if not (m.type in ("Company", "Organization") and any(
                p.type == "Person" and p.start > m.end and (parse_title(self.text[m.end : p.start], self.lex)
                                                            or not re.search(r"[、和与及，,]", self.text[m.end : p.start]))
                for p in investors))]
            # 由清华大学博士X创立 (X a name LAC missed): a body that a person's occupation follows is no agent
            investors = [m for m in investors if not (m.type in ("Company", "Organization") and _OCCUPATION_AFTER.match(
                self.text, m.end, t.start))]
            own = [m for m in before if m.end <= by and m.type in ("Company", "Organization")]
            target = own[0] if own else topic
        else:
            investors, target = before, topic
        # 小红书(PER)完成新一轮融资: what raises a round is a company, whatever LAC tagged it
        financed = target is not None and target.type == "Person" and target.source == "lac" and rel == "investedIn"
        if target is None or (target.type not in ("Company", "Organization") and not financed):
            return []
        out = []
        for m in investors:
            if m.start != target.start and m.text != target.text:
                if rel == "investedIn":  # (the investors are already of investedIn's head types)
                    r = self.rel(m, rel, target, conf * 0.9, tail_type="Company")  # what raises a round is a company
                else:
                    r = self._typed(m, rel, target, conf * 0.9)
                if r is not None:
                    out.append(r)
        return out

    def _round_raised_before(self, end: int) -> tuple[bool, Cand | None]:
        """Whether the sentence raised a round before ``end`` (完成/获得…融资; not 融资尚未完成, X将于下月完成…),
        and the firm that raised it: the one right before its verb in that clause, with only times and
        adverbs between (None when no firm stands there)."""
        text = self.text
        raised = list(_RAISED_ROUND.finditer(text, self.span[0], end))
        if not raised or _NOT_RAISED.search(text, raised[-1].end(), end):
            return False, None  # (no round raised, or 融资尚未完成)
        rc = next((x for x in self.clauses if x[0] <= raised[-1].start() < x[1]), None)
        if rc is None or _NOT_YET_RAISED.search(text, rc[0], raised[-1].start()):
            return False, None  # (X尚未完成…, X将于下月完成…, 计划于年内完成…: no round raised)
        firms = [e for e in self.ents_in(rc[0], raised[-1].start()) if e.type in ("Company", "Organization")]
        if firms and not _WHEN_RAISED.fullmatch(text, firms[-1].end, raised[-1].start()):
            return False, None  # (X为Y提供服务并完成…, 在Y的支持下完成…: the firm before is not the one that raised it)
        return True, (firms[-1] if firms else None)

    def _round_investors_listed(self, c: tuple[int, int]) -> list[RelCand]:
        """``X完成2亿元A轮融资，投资方包括A、B以及C``: a clause that opens with the round's investors
        and lists them; each invested in the firm that raised the sentence's last round (the firm right
        before its 完成…融资, else the sentence's subject), unless that round is not raised yet."""
        text = self.text
        cue = _INVESTORS_ARE.match(text, c[0], c[1])
        if cue is None:
            return []
        # the firm that raised the sentence's last round (完成/获得…融资): the last firm before the verb in
        # that clause, else the subject of the sentence's first clause (X成立于2019年，近日完成B轮融资)
        raised, raiser = self._round_raised_before(c[0])
        if not raised:
            return []
        financed = raiser or self._subject_of(self.clauses[0])
        if financed is None or financed.type not in ("Company", "Organization"):
            return []
        financed = self.refs.get((financed.start, financed.end), financed)
        listed: list[Cand] = []
        pos = cue.end()
        for e in self.ents_in(cue.end(), c[1]):
            gap = text[pos : e.start]
            sep = next((x for x in ("以及", "、", "和", "及", "与") if gap.startswith(x)), "") if listed else ""
            if (listed and not sep) or not (gap == sep or _KIND_OF_LISTED.fullmatch(gap, len(sep))) \
                    or e.type not in _HEAD_TYPES["investedIn"]:
                break  # (以及光学模组厂商C: a kind of firm may come before a name)
            listed.append(e)
            pos = e.end
        mod = self._modality(c, Tok(cue.start(), cue.end(), cue.group(), "v"))
        if mod is None:
            return []
        return [r for e in listed if e.text != financed.text
                and (r := self._typed(e, "investedIn", financed, 0.75 * mod)) is not None]

    def _holders_listed(self, c: tuple[int, int]) -> list[RelCand]:
        """``陆某持有X 62%的股权，A、B分别持股18%和11%``: a clause that opens with a list of holders
        and their stakes (分别持股…); what they hold is the firm named last before the clause in
        the sentence (X)."""
        text = self.text
        holders: list[Cand] = []
        pos = c[0]
        for e in self.ents_in(*c):
            gap = text[pos : e.start]
            if (gap not in _LIST_SEP if holders else re.sub(r"^\s*(?:其中|另外|此外|而|其余)?[，,]?", "", gap)) \
                    or e.type not in _HEAD_TYPES["investedIn"]:
                break
            holders.append(e)
            pos = e.end
        stakes = _HOLDERS_STAKES.match(text, pos, c[1])
        if len(holders) < 2 or stakes is None:
            return []
        held = [e for e in self.ents if self.span[0] <= e.start and e.end <= c[0] and e.type == "Company"]
        if not held or any(h.text == held[-1].text for h in holders):
            return []
        mod = self._modality(c, Tok(stakes.start(1), stakes.end(1), stakes.group(1), "v"))
        if mod is None:
            return []
        return [r for h in holders if (r := self._typed(h, "investedIn", held[-1], 0.75 * mod)) is not None]

    def _stake_verbs(self, c: tuple[int, int], topic: Cand | None) -> list[RelCand]:
        """``X获得Y 10%的股权``: verbs that are an investment only when a stake follows."""
        out = []
        for t in self.toks_in(*c):
            if t.text not in _STAKE_VERBS or not t.tag.startswith("v"):
                continue
            after = self.ents_in(t.end, c[1])
            if not after:
                continue
            stake = next(
                (m for m in _STAKE_OR_RIGHTS.finditer(self.text, after[0].end, c[1])
                 if not any(e.start < m.end() and m.start() < e.end for e in after)),
                None,
            )
            if stake is None or stake.start() - after[0].end > 16:
                continue
            before = [m for m in self.ents_in(c[0], t.start) if m.type in _HEAD_TYPES["investedIn"]]
            head = before[-1] if before else topic
            if head is None:
                continue
            owned = [m for m in after if m.end <= stake.start()]
            mod = self._modality(c, t)
            if mod is None or not owned:
                continue
            r = self._typed(head, "investedIn", owned[-1], 0.8 * mod)
            if r is not None:
                out.append(r)
        return out

    def _describes_a_noun(self, t: Tok) -> bool:
        """A trigger's verbal noun right before a noun it only describes: 开发(vn)|平台, 研发(vn)|中心, 投资(vn)|机构."""
        if t.tag != "vn":
            return False
        k = bisect.bisect_left(self._tok_starts, t.end)
        nxt = self.toks[k] if k < len(self.toks) and self.toks[k].start == t.end else None
        return nxt is not None and (nxt.text in self.lex.product_nouns or nxt.text in _NOUNS_A_VERB_DESCRIBES)

    def _trigger_words(self, c: tuple[int, int]) -> list[Tok]:
        """Trigger verbs of a clause: one verb word, or verb words LAC split (领/投 -> 领投)."""
        toks = self.toks_in(*c)
        out = []
        i = 0
        while i < len(toks):
            t = toks[i]
            verbish = t.tag.startswith("v") or t.tag == "vn"
            if t.text in _JOINING_VERBS and verbish and _JOINS_ROUND.match(self.text, t.end, c[1]):
                # A参与了X的B轮融资: A invested in X (A the name right before, with no other verb between:
                # not 认购B股份、出资参与X的增资, where the list is a third firm's)
                before = self.ents_in(c[0], t.start)
                last = before[-1].end if before else c[0]
                # (not a person, who may act for a firm or handle the deal: 甲参与了Y的融资; but 天使投资人甲参与了…,
                # 甲以个人身份参与了…, 甲参与了Y的天使轮融资)
                if not any(x.tag.startswith("v") or x.text in ("、", "，", ",") for x in toks if last <= x.start < t.start) \
                        and not (before and before[-1].type == "Person"
                                 and not re.search(r"投资人|投资者|天使", self.text[max(c[0], before[-1].start - 8) : before[-1].start])
                                 and not re.search(r"个人身份|个人名义", self.text[before[-1].end : t.start])
                                 and not re.search(r"天使|种子", self.text[t.end : c[1]])):
                    out.append(t)
                i += 1
                continue
            if t.text in self.lex.triggers and verbish:
                if self._describes_a_noun(t):
                    i += 1  # 推出开发(vn)|平台“P”, 研发(vn)|中心: the verbal noun describes the noun after it, no act
                    continue
                out.append(t)
                i += 1
                continue
            if (verbish or len(t.text) == 1) and i + 1 < len(toks) and toks[i + 1].start == t.end:
                joined = t.text + toks[i + 1].text  # 领/投, 跟(c)/投
                if joined in self.lex.triggers and toks[i + 1].tag.startswith("v"):
                    out.append(Tok(t.start, toks[i + 1].end, joined, "v"))
                    i += 2
                    continue
            # 要约收购, 全面收购(nz): a manner word glued to the trigger
            if (verbish or t.tag == "nz") and 3 <= len(t.text) <= 4 and t.text[-2:] in self.lex.triggers \
                    and t.text[:-2] in _MANNER:
                out.append(Tok(t.end - 2, t.end, t.text[-2:], "v"))
            i += 1
        # 澄港科技已控股岚栖电子: the whole gap between two names is a trigger LAC glued into a name's word
        ents = self.ents_in(*c)
        for a, b in zip(ents, ents[1:], strict=False):
            m = _GAP_TRIGGER.fullmatch(self.text, a.end, b.start)
            if m and m.group(1) in self.lex.triggers and not any(t.start <= m.start(1) < t.end for t in out):
                out.append(Tok(m.start(1), m.end(1), m.group(1), "v"))
        return sorted(out, key=lambda t: t.start)

    def _modality(self, c: tuple[int, int], t: Tok) -> float | None:
        # (未来 is the future, not 未: 明德未来基金跟投)
        window = self.text[max(c[0], t.start - 6) : t.start].replace("未来", "··")
        factor = 1.0
        for cue, kind in self.lex.cues.items():
            if not window.endswith(cue) and cue not in window[-4:]:
                continue
            if kind == "neg":
                return None
            factor = min(factor, {"intent": 0.55, "hearsay": HEARSAY}.get(kind, 0.45))
        if (neg := re.search(r"(?:不|未|没有|没|不再|从未|从不|并未|尚未|否认)(?:曾)?(?:与|同|跟|对|向)[^，,。；;]{1,30}$", self.text[c[0] : t.start])) \
                and not (neg.group().startswith("否认") and self.text.startswith("的", t.end)):
            # (否认与乙共同创办的X存在问题: what is denied is about X, which they did found)
            return None  # 从未与B合作, 未向B投资, 否认与乙共同创办: the negation stands before the partner or the object
        if (re.search(r"(?:暂无|暂未|并无|尚无|毫无)(?:任何|直接)?$", self.text[c[0] : t.start])
                or _ASKED_BEFORE.search(self.text, c[0], t.start)) and not _affirmed_after(self.text, t.end, self.span[1]):
            return None  # 与Y暂无合作: none; 询问公司是否与Y存在合作: a question asserts nothing (unless the sentence
            # goes on to say so: 此前并无合作，此次签约…, Y方面确认收购已于上月完成)
        if re.search(r"(?:拟|计划|打算|准备|有意)(?:与|同|跟|对|向)[^，,。；;]{1,30}$", self.text[c[0] : t.start]):
            factor = min(factor, 0.55)  # 拟与乙共同创办: an intent stands before the partner
        if ((k := self.text.rfind("《", self.span[0], t.start)) >= 0 and "》" not in self.text[k : t.start]
                and (p := _PROPOSAL_END.match(self.text, t.start, self.span[1])) is not None and self.text.startswith("》", p.end())
                or (a := re.search(r"关于[^，,。；;]{0,30}$", self.text[c[0] : t.start])) is not None
                and not re.search(r"(?:根据|按照|按|依据|依照)$", self.text[c[0] : c[0] + a.start()])
                and (p := _PROPOSAL_END.match(self.text, t.start, c[1])) is not None) \
                and not _CARRIED_OUT.match(self.text, p.end(), self.span[1]):
            # 审议通过了《关于收购X 51%股权的议案》, 关于…的预案, …报告书（草案）: a proposal's title, not a deal done
            # (but 关于收购X的议案已实施完毕, 根据关于…的方案完成了收购: done)
            return None
        if _STOPPED_BEFORE.search(self.text, c[0], t.start):
            return None  # 终止筹划以发行股份方式收购B, 叫停了A对B的收购: a deal called off (not 终止X后收购B)
        opened = self.text.rfind("“", self.span[0], t.start)
        if opened >= 0 and "”" not in self.text[opened : t.start]:
            closed = self.text.find("”", t.end, self.span[1])
            if closed >= 0 and _RUMOUR_AFTER_QUOTE.match(self.text, closed + 1) \
                    and not _RUMOUR_CONFIRMED.search(self.text, closed, self.span[1]):
                return None  # 有关“A有意入股B”的市场传言: what a rumour says, quoted (unless the sentence confirms it)
        head_window = self.text[max(self.span[0], t.start - 80) : t.start]  # intent often opens the sentence
        if _RUMOUR_BEFORE.search(head_window):
            factor = min(factor, 0.45)  # 可能, 是否, 据媒体报道: less sure
        frame = _HEARSAY_FRAME.search(head_window) or (_PLAN_BEFORE.search(head_window) and _MEDIA_REPORT.search(head_window))
        if frame and frame.group().endswith("传出") and re.search(r"[，,；;]", head_window[frame.end() :]):
            frame = None  # (市场传出A有意收编B，A也于2010年买入B股份: what was spread ends at its clause)
        if frame and not _ASSERTED_AFTER.search(head_window, frame.end()) \
                and not re.search(r"(?<![未不])(?:确认|证实)|(?<!不)属实", self.text[t.end : self.span[1]]):  # (网传…，X已确认此事)
            factor = HEARSAY  # 传闻称A将…, 有消息称, 据传: hearsay, not a fact (unless someone states it since)
        # (a headline's next phrase is another story, 收购A完成过户 终止筹划收购B, 吸收合并B实施完毕 B今起终止上市,
        # unless it says this deal failed: 收购B 交易告吹)
        gap = _HEADLINE_GAP.search(self.text, t.end, self.span[1])
        if gap is not None and _FAILED_PHRASE.match(self.text, gap.end(), self.span[1]) \
                and not any(e.start == gap.end() for e in self.ents):
            gap = None  # (收购B 交易告吹: the next phrase is this deal's end)
        tail_window = self.text[t.end : gap.start() if gap else self.span[1]]
        if _PLAN_BEFORE.search(head_window) or re.search(
            r"意向", tail_window[:20]
        ):
            factor = min(factor, 0.55)  # 受让X股权意向: an intention, not the deal
        if _FAILED_AFTER.search(tail_window) or _NOT_DONE.match(tail_window):
            return None  # the deal failed, or the report is denied (……，但X方面予以否认), or it has not happened
        if _STILL_TALKING.match(tail_window):
            factor = min(factor, 0.45)  # 合作仍在洽谈: talks, not the deal
        return factor

    def _one_trigger(self, c: tuple[int, int], t: Tok, rel: str, conf: float, topic: Cand | None) -> list[RelCand]:
        text = self.text
        if t.text == "注入" and _ASSETS_PUT_IN.search(text, c[0], t.start):
            return []  # A将X的股权注入B: an asset injection, X's shares move to B; no one puts money into B
        if topic is not None and topic.type == "Person" and _FIRM_WORD_BEFORE.search(text, c[0], t.start):
            topic = None  # 他透露，…来自公司去年设立的X: the firm set X up, not the person the sentence is about
        before = self.ents_in(c[0], t.start)
        after = self.ents_in(t.end, c[1])
        out: list[RelCand] = []
        # passive: A被B收购
        m_bei = _PASSIVE_BEFORE.search(text[c[0] : t.start])  # not 获悉 (learnt)
        if m_bei and rel in ("acquired", "investedIn", "controls"):
            bei = c[0] + m_bei.start()
            agents = [m for m in before if m.start > bei]
            # (not a country that only describes what follows it: 德国GPU调度软件厂商X被B收购)
            patients = [m for m in before if m.end <= bei and not (m.type == "Place" and len(m.text) < 4)]
            if not patients and topic is not None and topic.end <= bei and topic.type in ("Company", "Organization") \
                    and (m_bei.group(1) == "获" or (m_bei.group(1) == "被" and not self.ents_in(c[0], bei))):
                # X成立于2019年，此前已获得A的投资 / X成立于2015年，2020年被A全资收购: the company the sentence is about
                patients = [topic]
            if not patients and m_bei.group(1) == "被" and text.startswith("的", t.end):
                # 被恒科股份全资收购的德国工业软件商X: what the relative clause describes
                patients = [m for m, _ in self._objects(t, after, rel)[:1]]
            if agents and patients:
                if rel == "controls":
                    r = self._typed(agents[-1], rel, patients[-1], conf * 0.95)
                    return [r] if r is not None else []
                # 获得A、B和C等机构的投资: every agent of the list
                listed = _list_ending_with(text, agents, _LIST_SEP)
                out += [self.rel(m, rel, patients[-1], conf * 0.95, tail_type="Company") for m in listed]
            return out
        # prepositional object: A与B合作 / A对B进行投资 / A向B注资
        # (not when the verb has an object of its own: 依法对A收购B作出处罚 is A's deal)
        # (向A注入资产: A still receives; the object is what is put in)
        own_object = rel in ("acquired", "investedIn") and "对" in text[c[0] : t.start] and (
            bool(self._objects(t, after, rel)) or self._noun_follows(t))
        nominal = self._nominal_deal(c, t, rel, conf, before, topic)
        if nominal is not None:
            return nominal
        if before and rel == "launched" and t.text in ("提供", "供应") and _SUPPLIES_TO.fullmatch(text, before[-1].end, t.start):
            # A也将向海外客户提供系统“P”: a supplier's product, given to someone the text does not name
            product = self._supplied(t, after)
            a = before[-1]
            return [self.rel(product, "productOf", a, conf * 0.95)] if product is not None and a.type == "Company" else []
        if before:
            gap_ents = before
            if len(gap_ents) >= 2:
                b = gap_ents[-1]
                a = gap_ents[-2]
                mid = _STOCK_MARK.sub("", text[a.end : b.start].strip())  # 向*ST星海: the ST marks the stock
                post = text[b.end : t.start]
                if rel == "launched" and t.text in ("提供", "供应") and mid.endswith(("为", "给")) and len(post) <= 8 \
                        and not any(ch in "，," for ch in post):
                    # A将为B提供自动驾驶系统“P”: B receives P; P is A's product
                    product = self._supplied(t, after)
                    r = self.rel(product, "productOf", a, conf * 0.95) if product is not None and a.type == "Company" else None
                    return [r] if r is not None else []
                jointly = rel == "launched" and mid.endswith(("与", "和")) and _MADE_TOGETHER.fullmatch(text, b.end, t.start)
                if mid.endswith(_PREPS) and len(post) <= 8 and not any(ch in "，," for ch in post) and not own_object \
                        and not jointly:  # (A与B联合开发P: both made it, below)
                    if rel == "launched":
                        # 向X提供贷款: X receives what is offered; it is not a product (A向B提供系统“P”: P is A's)
                        product = self._supplied(t, after) if mid.endswith("向") else None
                        return [self.rel(product, "productOf", a, conf * 0.95)] if product is not None and a.type == "Company" else []
                    if rel == "partnerOf" or mid[-1] in "对向":
                        out.append(self._typed(a, rel, b, conf * 0.95))
                        return [r for r in out if r is not None]
            elif topic is not None and rel in ("acquired", "investedIn") and not own_object and re.search(
                    r"[对向](?:[\u4e00-\u9fff]{0,8}?(?:公司|企业|厂商|银行))?(?:" + STOCK_MARK + ")?$", text[c[0] : gap_ents[0].start]):
                # 其子公司已完成对X的要约收购: the company the sentence is about acts
                post = text[gap_ents[0].end : t.start]
                if len(post) <= 8 and not any(ch in "，," for ch in post) and topic.start != gap_ents[0].start:
                    r = self._typed(topic, rel, gap_ents[0], conf * 0.9)
                    return [r] if r is not None else []
        # a stake, not the company: 收购Z持有的Y 10%的股权 -> investedIn(head, Y)
        if rel in ("acquired", "investedIn") and after:
            stake = next(
                (m for m in _STAKE.finditer(text, t.end, c[1]) if not any(e.start < m.end() and m.start() < e.end for e in after)),
                None,
            )
            if stake:
                owned = [
                    m for m in after
                    if m.end <= stake.start() and (m.type in ("Company", "Organization") or m.type == "Place" and len(m.text) >= 4)
                ]
                # 收购A及出售B股权: the shares are a second, coordinated verb's, not this one's
                between = self.toks_in(t.end, owned[-1].start) if owned else []
                other_verb = any(
                    (x.tag == "c" or x.text in ("、", "并")) and y.tag.startswith("v") for x, y in zip(between, between[1:])
                )
                heads = [
                    m for m in before
                    if m.type in _HEAD_TYPES["investedIn"] and not self._in_place_phrase(c, m)
                ]
                head = _agent(text, heads) or topic
                if owned and not other_verb and head is not None and owned[-1].start != head.start:
                    # 收购X 100%股权 / 全部股权: the whole company changes hands
                    whole = rel == "acquired" and (
                        re.match(r"(?:100(?:\.0+)?\s*[%％]|全部|所有)", stake.group().strip())
                        # 收购Y控股权, 收购所有Y股权: control, or all of it
                        or _WHOLE_STAKE_AFTER.match(text, owned[-1].end, stake.end()) is not None
                        or re.search(r"(?:所有|全部)(?:的)?$", text[t.end : owned[-1].start]) is not None
                        # 收购Y股权成为其控股股东: the stake gives control
                        or _CONTROL_GAINED.match(text, stake.end(), self.span[1]) is not None
                        # 购买Y 51%股权: more than half of it
                        or _majority(stake.group()))
                    # 投资了A、B、C等公司股票: every company of the list
                    listed = _list_ending_with(text, owned, _LIST_SEP_WITH)
                    rels = [self._typed(head, "acquired" if whole else "investedIn", m, min(conf, 0.85)) for m in listed]
                    return [r for r in rels if r is not None and r.tail != r.head]
        # active voice: objects after the trigger
        tails = self._objects(t, after, rel)
        if not tails and rel in ("investedIn", "acquired", "founded", "launched"):
            described = self._described_before(c, t, before, rel, conf)
            if described:
                return described
        if not tails:
            if t.text in _INTRANSITIVE and rel == "launched":
                prod = [m for m in before if m.type == "Product" and _ADVERBS_ONLY.fullmatch(text[m.end : t.start])]
                head = topic if topic is not None and (not prod or topic.start < prod[-1].start) else None
                left = [m for m in before if m.type in ("Company", "Organization") and (not prod or m.end <= prod[-1].start)]
                if left and prod:
                    gap = self.toks_in(left[-1].end, prod[-1].start)
                    if not any(g.tag.startswith("v") for g in gap) or head is None:
                        head = left[-1]  # 华为的X / 华为新机X, but not 万众期待的X
                elif left:
                    head = left[-1]
                if prod and head is not None:
                    out.append(self.rel(head, rel, prod[-1], conf * 0.9))
            return [r for r in out if r is not None]
        # not a name in a place phrase: 在X(交易所)竞得
        heads = [m for m in before if m.type in _HEAD_TYPES[rel] and not self._in_place_phrase(c, m)]
        head = _agent(text, heads)
        factor = 1.0
        if head is None:
            head, factor = topic, 0.9
        if head is None:
            return out
        co_founders = [m for m in self._listed_together(heads, t) if m is not head] if rel == "founded" else []
        if rel == "launched" and head in heads and _MADE_TOGETHER.fullmatch(text, heads[-1].end, t.start):
            # 由A与B联合开发的P, A和B共同推出P: each of the list made it, and they worked together
            co_founders = [m for m in _list_ending_with(text, heads, _LIST_SEP_WITH) if m is not head]
            out += [r for m in co_founders if m.type in ("Company", "Organization") and head.type in ("Company", "Organization")
                    and (r := self.rel(head, "partnerOf", m, conf * 0.85)) is not None] if tails else []
        if rel == "investedIn" and t.text in _JOINING_VERBS and head in heads:
            # A和B参与了X的B轮融资: each of the list took part (the names co_founders holds are the deal's co-agents)
            co_founders = [m for m in _list_ending_with(text, heads, _LIST_SEP_WITH) if m is not head
                           and (m.type in ("Company", "Organization") or head.type == "Person")]
        if rel == "founded" and head.type == "Person" and head in heads and not co_founders \
                and self._partner_word(
                    ((_PARTNER_OPENS_TOGETHER if (together := bool(_TOGETHER_WORD.search(text, head.end, t.start)))
                      else _PARTNER_OPENS).fullmatch(text, c[0], head.start)), together) \
                and self._when_and_where(head.end, t.start) and not text.startswith("的", t.end):
            # 甲回国后，与大学室友乙一起创办了X: the partner after 与 and the subject the clause carries on
            # (not 同年/同时乙创办了X, 与乙创办的X不同: no partner, or a relative clause)
            ci = self.clauses.index(c) if c in self.clauses else 0
            subj = next((x for cc in reversed(self.clauses[:ci]) if (x := self._subject_of(cc)) is not None), None)
            if subj is not None and subj.type == "Person":
                co_founders = [subj]
        for tail, skipped in tails:
            if tail.start == head.start:
                continue
            if rel == "acquired" and _PART_OF.match(text, tail.end, c[1]):
                self.vetoed.add(frozenset((head.text, tail.text)))
                continue  # 收购X的PC业务: a part of X changes hands, not X
            r = self._typed(head, rel, tail, conf * factor * (0.93**skipped))
            # 甲和乙联合创立了X, 由甲、乙共同创办的X: each of the list founded it
            out += [x for m in co_founders if m.start != tail.start
                    and (x := self._typed(m, rel, tail, conf * factor * (0.93**skipped))) is not None] if r is not None else []
            if r is not None:
                out.append(r)
                if rel == "founded" and (tail.text.endswith(_UNIT_SUFFIXES) or "子公司" in text[t.end : tail.start]) \
                        and not re.search(r"共同|联合", text[c[0] : t.start]):
                    # (由A与B共同发起成立的X研究院: set up together, the unit of neither)
                    out.append(self.rel(tail, "subsidiaryOf", head, conf * factor * 0.9))
        return out

    def _former_employer(self, firm: Cand) -> bool:
        """``前X高管甲``, ``原X副总裁甲``: a firm after 前/原, then its staff or a post, then a person: the
        firm only says where the person worked."""
        return firm.type in ("Company", "Organization") and _FORMER_BEFORE.search(self.text, max(0, firm.start - 1), firm.start) \
            is not None and self._describes_person(firm, self.ents)

    def _listed_together(self, heads: list[Cand], t: Tok) -> list[Cand]:
        """The names of a list that ends right before 共同/联合 and the verb ``t`` (甲、乙和丙联合创立), or none.

        People need no 共同 (甲和乙于2015年在杭州创立了X), and the partner after 与 may be described
        (甲与大学室友乙一起创办了X, 甲与搭档乙在杭州创立X)."""
        heads = [h for h in heads if not self._former_employer(h)]  # (与前X员工乙共同创办: X only describes 乙)
        if not heads:
            return []
        text = self.text
        together = _TOGETHER_BEFORE.fullmatch(text, heads[-1].end, t.start)
        people = heads[-1].type == "Person" and self._when_and_where(heads[-1].end, t.start)
        if not (together or people):
            return []
        listed = _list_ending_with(text, heads, _LIST_SEP_WITH)
        with_word = bool(_TOGETHER_WORD.search(text, heads[-1].end, t.start))
        described = _DESCRIBED_PARTNER_TOGETHER if with_word else _DESCRIBED_PARTNER
        if len(listed) == 1 and len(heads) >= 2 and heads[-2].type == heads[-1].type == "Person" \
                and self._partner_word(described.fullmatch(text, heads[-2].end, heads[-1].start), with_word):
            listed = [heads[-2], heads[-1]]
        if heads[-1].type == "Person":
            # 与大学同学甲、工程师乙共同创办: people listed, each with a word of who they are
            people_listed = [heads[-1]]
            for m in reversed(heads[:-1]):
                if m.type != "Person" or not _LISTED_DESCRIBED.fullmatch(text, m.end, people_listed[0].start):
                    break
                people_listed.insert(0, m)
            if len(people_listed) > len(listed):
                listed = people_listed
        if people and not all(m.type == "Person" for m in listed):
            return []
        return listed if len(listed) >= 2 else []

    def _when_and_where(self, a: int, b: int) -> bool:
        """Only when and where stand between ``a`` and ``b`` (2015年在杭州, 于2018年, 一起): places
        the text names, years, 共同 (not 在发布会上宣布, 在杭州分别)."""
        gap = self.text[a:b]
        for e in sorted(self.ents_in(a, b), key=lambda e: -e.start):
            if e.type != "Place":
                return False
            gap = gap[: e.start - a] + "＠" + gap[e.end - a :]
        return _FOUNDING_ADJUNCTS.fullmatch(gap) is not None

    def _partner_word(self, m: re.Match[str] | None, together: bool = False) -> bool:
        """``m`` matched 与/和/同/跟 before a partner, and the character is a word of its own (not
        同年, 同时, 同意, 跟随: no partner follows; but 与其父亲…共同: 其 is the subject's)."""
        if m is None:
            return False
        pair = self.text[m.start(1) : m.start(1) + 2]
        return word_tag(pair) is None or (together and pair[1] == "其")

    def _described_before(self, c: tuple[int, int], t: Tok, before: list[Cand], rel: str, conf: float) -> list[RelCand]:
        """``A、B都是X入股的房企``, ``Y是由X创立的公司``: the trigger's object is the name before 是,
        which a relative clause (X<trigger>的…) describes."""
        text = self.text
        if not re.match(r"(?:了|过)?的", text[t.end : t.end + 2]):
            return []
        agents = [m for m in before if m.type in _HEAD_TYPES[rel]]
        if not agents or not _AGENT_TO_VERB.fullmatch(text, agents[-1].end, t.start):
            return []
        x = agents[-1]
        # Y是甲和乙创办的公司: each agent of the list that ends right before the verb
        makers = _list_ending_with(text, agents, _LIST_SEP_WITH) if rel in ("founded", "launched") else [x]
        cop = re.search(r"(?:都|也|均|就|即|正|同样|皆|则)?(并不|不|并非|非|未必)?(?:是|为|系)?(?:由)?$", text[c[0] : makers[0].start])
        if cop is None or not cop.group() or cop.group().endswith(("都", "也", "均", "就", "即", "正", "同样", "皆", "则")):
            return []
        if cop.group(1):
            return []  # Y并不是X收购的企业
        if re.search(r"的(?:全资|控股)?(?:子公司|孙公司|分公司|母公司|股东)", text[t.end : c[1]]):
            return []  # (Y是甲和乙创办的公司的子公司: they founded Y's parent, not Y)
        if re.search(r"[？?]|吗(?=$|[？?。！!，,])", text[t.end : c[1] + 1]):
            return []  # (“P”是A研发的吗？, Y是甲创办的公司吗？: a question)
        if rel == "launched" and (not re.search(r"[是为系]", cop.group()) or _DERIVED_FROM.search(text, t.end, c[1])):
            return []  # (“P”由A打造的平台衍生而来, “P”是A推出的平台的升级版: P is not what A made)
        at = c[0] + cop.start()
        ys = [m for m in before if m.end <= at]
        if not ys or (text[ys[-1].end : at].strip() if rel != "launched" else not self._product_then_by(ys[-1].end, at)):
            return []
        owned = _list_ending_with(text, ys, _LIST_SEP)
        out = [self._typed(a, rel, y, conf * 0.9) for a in makers for y in owned if y.start != a.start]
        if rel == "launched" and x.type == "Company" and len(makers) == 1:  # P是X自主研发的…: X's own product
            out += [self.rel(y, "productOf", x, conf * 0.85) for y in owned if y.type == "Product"]
        return [r for r in out if r is not None]

    def _in_place_phrase(self, c: tuple[int, int], m: Cand) -> bool:
        """``在X(交易所)``, ``在加州X``: a name after 在/于/从 and any places, a place phrase, not an agent."""
        start = m.start
        for p in reversed([e for e in self.ents if c[0] <= e.start and e.end <= m.start]):
            if p.end != start or p.type != "Place":
                break
            start = p.start
        return bool(_ADVERBIAL_BEFORE.search(self.text, c[0], start))

    def _nominal_deal(self, c: tuple[int, int], t: Tok, rel: str, conf: float, before: list[Cand],
                      topic: Cand | None) -> list[RelCand] | None:
        """``A完成对B（以下简称“B”）70%股权的收购``: the deal as a noun, with 对 before its object.

        Only a deal done (完成/实施 right before 对; not 否决了对B的收购). The object is the first firm
        after 对 (past a place and a kind of firm); the buyer the firm named before 对, else the
        company the sentence is about. A stake under half is an investment, not a takeover,
        unless it is the rest (剩余30%股权).
        """
        if rel not in ("acquired", "investedIn"):
            return None
        text = self.text
        k = text.rfind("对", c[0], t.start)
        if k < 0 or not _DEAL_DONE_BEFORE.search(text, max(c[0], k - 6), k):
            return None  # (反对/否决了对B的收购, 回应了对B的收购: no deal done)
        objs = [m for m in before if m.start > k and m.type in ("Company", "Organization")]
        if not objs or not _NOMINAL_DEAL_TAIL.fullmatch(text, objs[0].end, t.start) \
                or not (_PLACE_THEN_KIND.fullmatch(text, k + 1, objs[0].start) or objs[0].start - k - 1 <= 14
                        or _OPERATOR_OF_BRAND.fullmatch(text, k + 1, objs[0].start)):
            return None
        obj = objs[0]
        if any(ch in "，,；;。" for ch in text[k:obj.start]):
            return None
        buyers = [m for m in before if m.end <= k and m.type in _HEAD_TYPES[rel] and not self._in_place_phrase(c, m)]
        buyer = buyers[-1] if buyers else topic
        if buyer is None or buyer.start == obj.start or buyer.text == obj.text:
            return None
        pct = _PERCENT_AFTER.search(text, obj.end, t.start)
        if rel == "acquired" and pct and float(pct.group(1)) < 50 and "剩余" not in text[obj.end : t.start]:
            rel = "investedIn"  # (剩余30%股权: the rest, so the whole firm)
        r = self._typed(buyer, rel, obj, conf * (0.95 if buyers else 0.9))
        return [r] if r is not None else []

    def _noun_follows(self, t: Tok) -> bool:
        """A noun right after the verb (past 了/过): 对A收购同城配送平台B."""
        nxt = next((x for x in self.toks if x.start >= t.end and x.text not in ("了", "过")), None)
        return nxt is not None and nxt.start <= t.end + 1 and nxt.tag in ("n", "nz", "ORG", "LOC", "PER")

    def _objects(self, t: Tok, after: list[Cand], rel: str) -> list[tuple[Cand, int]]:
        """The coordinated objects right after a trigger, with the words skipped to reach them."""
        if not after:
            return []
        text = self.text
        # 投资了由甲担任创始人兼CEO的X, 收购由甲创办的X: a relative clause with its own agent, then the object
        relative = _RELATIVE_OBJECT.match(text, t.end)
        if relative is not None:
            obj = next((m for m in after if m.start == relative.end() and m.type in ("Company", "Organization")), None)
            if obj is not None and rel in ("investedIn", "acquired", "partnerOf"):
                return [(obj, 1)]
        first = after[0]
        gap_toks = self.toks_in(t.end, first.start)
        gap_text = text[t.end : first.start]
        if any(ch in "，,；;。" for ch in gap_text):
            return []
        skipped = sum(1 for x in gap_toks if x.text not in ("了", "过", "“", "”", "的", "「", "」"))
        if rel == "launched" and "——" in gap_text and first.type == "Product":
            # 发布了旗下第二款车型——纯电中大型SUV X: what comes after the dash describes the product
            dash = t.end + gap_text.rindex("——") + 2
            described = self.toks_in(dash, first.start)
            skipped = 1 + sum(1 for x in described if x.text.strip() not in ("", "“", "”", "的", "「", "」"))
            if any(x.tag.startswith("v") for x in described):
                return []  # (——搭载X芯片的Y: a part inside the product comes first)
        # 参股设立X: a stake taken in the company being set up; any other verb between
        # (投资收购X) has the object to itself
        verbs = [x for x in gap_toks if x.text not in ("了", "过")]
        founding = rel == "investedIn" and bool(verbs) and self.lex.triggers.get(verbs[-1].text, ("",))[0] == "founded"
        # (a quoted product may come after a long description: 推出基于自研大模型的AI陪玩助手“灵雀”)
        quoted = rel == "launched" and first.type == "Product" and text[first.start - 1 : first.start] in ("“", "「", "《")
        if skipped > (12 if quoted else 6) or any(self.lex.triggers.get(x.text) and not self._describes_a_noun(x)
                                                   for x in (verbs[:-1] if founding else gap_toks)):
            return []  # (推出开发平台“P”: 开发 only describes the platform)
        if any(x.tag == "p" and x.text in _BENEFICIARY_PREPS for x in gap_toks):
            return []  # 此次收购或将为X开拓市场: X after 为/给/向 is who gains, not what is bought
        if any(x.text == "由" for x in gap_toks):
            return []  # 设立由旗下子公司X管理的基金: X after 由 acts in what follows, it is not the object
        # 推出工业物联网平台“禾X”: a word that only describes the kind of the quoted product after it
        quoted_next = next((m for m in after if m.start > first.end), None) if rel == "launched" else None
        if quoted_next is not None and quoted_next.type == "Product" and text[quoted_next.start - 1] in "“「《" \
                and text[first.start - 1 : first.start] not in ("“", "「", "《") \
                and (desc := text[first.end : quoted_next.start - 1]) \
                and (0 < len(desc) <= 4 and self.lex.ends_in_product_noun(desc) and _plain_word(first, self.lex)
                     or len(desc) <= 12 and 0 < len(desc) - desc.rfind("的") - 1 <= 6 and "的" in desc
                     and not re.search(r"[，,。；;、]", desc) and _QUOTED_ENDS_OBJECT.match(text, quoted_next.end)) \
                and not self.ents_in(first.end, quoted_next.start - 1):
            # (推出面向3C电子行业的小负载机械臂“Y”: the first name is in the description, 的 ends it)
            first, skipped = quoted_next, skipped + 1
        # 发布了面向中国市场的运动控制器P, 推出基于A芯片的服务器P: the names before 的 describe the product
        describes = rel == "launched" and _DESCRIBES_PRODUCT.match(text, t.end) is not None
        if rel == "launched" and (first.type != "Product" or describes):
            product = next((m for m in after if m.start > first.start and m.type == "Product"), None)
            de = text.rfind("的", first.end, product.start) if product is not None else -1
            if de >= 0 and (first.type == "Place" or describes) \
                    and not any(ch in "，,；;。" for ch in text[first.end : product.start]) and product.start - t.end <= 30 \
                    and product.start - de - 1 <= 10 and not self.ents_in(de, product.start) \
                    and (describes or all(m.type == "Place" for m in self.ents_in(t.end, de))):
                first, skipped = product, skipped + 1
        # 收购美国院线AMC / 收购德国机器人公司库卡 / 收购位于杭州的芯片设计公司X: the place
        # describes the company that follows
        while first.type == "Place":
            nxt = next((m for m in after if m.start >= first.end), None)
            between = self.toks_in(first.end, nxt.start) if nxt is not None else []
            if nxt is None or nxt.type not in ("Company", "Organization"):
                break
            nouns = nxt.start - first.end <= 6 and text[first.end : nxt.start] == "".join(x.text for x in between) \
                and all(x.tag in ("n", "nz", "vn") for x in between)
            if not nouns and not _PLACE_THEN_KIND.fullmatch(text, first.end, nxt.start):
                break
            first, skipped = nxt, skipped + 1 + len(between)
        # 收购了B的全资子公司C, 投资B旗下的C, 收购B控股的C: the owner only describes the object, its firm
        if rel in ("acquired", "investedIn") and first.type in ("Company", "Organization"):
            owned = next((m for m in after if m.start >= first.end), None)
            if owned is not None and owned.type in ("Company", "Organization") \
                    and _OWNED_AFTER.fullmatch(text, first.end, owned.start):
                first, skipped = owned, skipped + 1
        # 发布旗下品牌“A”的旗舰新品P: the brand only describes the product launched
        if rel == "launched" and first.type == "Product":
            nxt = next((m for m in after if m.start >= first.end), None)
            if nxt is not None and nxt.type == "Product" and _BRANDS_NEW_PRODUCT.fullmatch(text, first.end, nxt.start):
                first, skipped = nxt, skipped + 1
        out = [(first, skipped)]
        prev = first
        for nxt in [m for m in after if m.start >= first.end]:
            if nxt.start < prev.end:
                continue  # (a place inside the kind of the firm taken already: 、越南物流企业B)
            sep = text[prev.end : nxt.start].strip("”」 ")
            sep = sep.lstrip("“「")
            if rel in ("investedIn", "acquired") and nxt.type == "Place" and prev.type == "Company":
                # 收购了印尼电商平台A、越南物流企业B: the place opens the next firm's kind
                firm = next((m for m in after if m.start >= nxt.end and m.type != "Place"), None)
                if firm is not None and firm.type == "Company" and _COORD_THEN_FIRM_KIND.fullmatch(text, prev.end, firm.start) \
                        and all(x.type == "Place" for x in self.ents_in(prev.end, firm.start)):
                    out.append((firm, skipped))
                    prev = firm
                    continue
            if _COORD.match(sep or "") or sep in ("、", "和", "与", "及", "以及"):
                out.append((nxt, skipped))
                prev = nxt
                continue
            # A系列手机、B平板，以及全新的C系统: each item followed by its own product noun
            after_kind = _KIND_THEN_COORD.fullmatch(sep.rstrip("“「"))
            if after_kind and nxt.type == "Product" and prev.type == "Product" \
                    and (not after_kind.group(1) or self.lex.ends_in_product_noun(after_kind.group(1))
                         or after_kind.group(1).endswith(DEVICE_KINDS)) \
                    and not self.ents_in(prev.end, nxt.start):
                out.append((nxt, skipped))
                prev = nxt
                continue
            # 投资了咖啡品牌A、宠物医疗连锁B和机器人公司C: each firm after the words of its kind (a place among them:
            # 、越南物流企业B)
            if rel in ("investedIn", "acquired") and prev.type == "Company" and nxt.type == "Company" \
                    and _COORD_THEN_FIRM_KIND.fullmatch(sep) \
                    and all(x.type == "Place" for x in self.ents_in(prev.end, nxt.start)) \
                    and not re.search(r"[其该本此这那]|旗下|下属", sep):
                out.append((nxt, skipped))
                prev = nxt
                continue
            # 手机“A”、智能手表“B”以及无线耳机“C”: each item with its own product noun (or a variant's: 及入门款C)
            kind = _COORD_THEN_KIND.fullmatch(sep.rstrip("“「")) or _COORD_THEN_DESCRIBED_KIND.fullmatch(sep.rstrip("“「"))
            if kind and nxt.type == "Product" \
                    and (self.lex.ends_in_product_noun(kind.group(1)) or kind.group(1).endswith(DEVICE_KINDS)
                         or _VARIANT_KIND.fullmatch(kind.group(1))
                         or _NEW_VERSION.fullmatch(kind.group(1)) and text[nxt.start - 1] in "“「《"
                         and _QUOTED_ENDS_OBJECT.match(text, nxt.end)) \
                    and not _OTHERS_PRODUCT.search(kind.group(1)) and not self.ents_in(prev.end, nxt.start) \
                    and not (kind.re is _COORD_THEN_DESCRIBED_KIND and _NOT_OWN_KIND.search(sep)):
                out.append((nxt, skipped))
                prev = nxt
                continue
            break
        return out

    def _typed(self, head: Cand, rel: str, tail: Cand, conf: float) -> RelCand | None:
        if head.type not in _HEAD_TYPES[rel]:
            return None
        if rel == "controls":  # A控股B: B is A's controlled subsidiary; a person or a public body (国资委)
            if tail.type not in _TAIL_TYPES[rel]:  # that controls B holds its shares
                return None
            if head.type in ("Person", "Organization"):
                return self.rel(head, "investedIn", tail, conf, tail_type="Company")
            return self.rel(tail, "subsidiaryOf", head, conf)
        if tail.type not in _TAIL_TYPES[rel]:
            weak = tail.source in ("gazetteer", "lac", "repeat", "suffix")
            if rel == "launched" and tail.type == "Company" and weak:
                return self.rel(head, rel, tail, conf * 0.85, tail_type="Product")
            if rel in ("investedIn", "acquired") and tail.type == "Place" and len(tail.text) >= 4 and weak:
                # what is invested in is a company, even when LAC read a place name (北京英智)
                return self.rel(head, rel, tail, conf * 0.85, tail_type="Company")
            return None
        tail_type = "Company" if rel in ("investedIn", "acquired") and tail.type == "Organization" and tail.source != "unit" else None
        return self.rel(head, rel, tail, conf, tail_type=tail_type)

    # -- stakes and cooperation ---------------------------------------------

    def stakes(self) -> list[RelCand]:
        """``X持有Y10%股权``, ``X为Y第一大股东``, ``Y的大股东X``, ``X对Y举牌``: investedIn."""
        out = []
        text = self.text
        orgs = [m for m in self.ents if m.type in ("Company", "Organization", "Person")]
        topic: Cand | None = None
        for c in self.clauses:
            ents = [m for m in orgs if c[0] <= m.start and m.end <= c[1]]
            out += self._its_holders(c, ents)
            # X持有A股份比例为…，而持有B股份比例则…: a clause that opens with 持有 has the earlier subject
            m = _OPENS_WITH_HOLDS.match(text, c[0], c[1])
            if m and topic is not None:  # (a kind before the name: 并持有民营银行X 18%的股份)
                y = next((e for e in ents if e.type != "Person" and e.start >= m.end()
                          and _KIND_BEFORE_NAME.fullmatch(text, m.end(), e.start)), None)
                if y is not None and _STAKE.match(text, y.end, c[1]):
                    out.append(self._stake(topic, y, 0.8, c, c[0]))
            earlier = topic
            subj = self._subject_of(c)
            if subj is not None:
                topic = subj
            for i, x in enumerate(ents):
                rest = text[x.end : c[1]]
                # X (合计/仍/将)持有 Y … 股权
                m = _HOLDS_AFTER.match(rest)
                own = next((e for e in reversed(ents[:i]) if e.type != "Person"), None) if x.type == "Person" else None
                if earlier is not None and earlier.type != "Person" and self.span[0] <= earlier.start < c[0] \
                        and re.search(r"股东|持有|持股|股权|股份", text[self.span[0] : c[0]]):
                    own = None  # (Y的大股东为X，X董事长甲仍持有其25%股权: 其 is Y, whose shares the sentence spoke of)
                if m and m.group().endswith("其") and own is not None and parse_title(text[own.end : x.start], self.lex) \
                        and _STAKE.match(text, x.end + m.end(), c[1]):
                    # X创始人甲仍持有其25%股权: 其 is the firm whose post describes the holder (after a round, the
                    # firm that raised it: Y获得X领投的融资，X创始人甲持有其5%股权)
                    held = (self._financed_before(c[0]) if _A_ROUND.search(text, self.span[0], c[0]) else None) or own
                    out.append(self._stake(x, held, 0.8, c, x.start))
                    continue
                if m and m.group().endswith("其") and earlier is not None and earlier.type != "Person" \
                        and earlier.text != x.text and _STAKE.match(text, x.end + m.end(), c[1]):
                    # Y是X的子公司，X持有其51%的股份: 其 is the company of the clause before
                    out.append(self._stake(x, earlier, 0.8, c, x.start))
                    continue
                if m:
                    ys = [y for y in ents[i + 1 :] if y.start >= x.end + m.end() and y.type != "Person"]
                    # (A持股65%，B持股35%: B is the next holder, not what A holds)
                    if ys and len(text[x.end + m.end() : ys[0].start]) <= 6 \
                            and not re.search(r"[，,、；;]", text[x.end + m.end() : ys[0].start]):
                        owned = [ys[0]]
                        for y in ys[1:]:
                            if text[owned[-1].end : y.start] in ("、", "和", "及", "以及", "与"):
                                owned.append(y)
                            else:
                                break
                        tail_text = text[owned[-1].end : c[1]]
                        if _STAKE.search(tail_text[:40]):
                            for holder in [*self._coordinated_before(x, ents), x]:
                                for y in owned:
                                    out.append(self._stake(holder, y, 0.85, c, x.start))
                # X 为/是/成为 Y (的)? 第一大股东 / 最大的投资者
                m = _IS_AFTER.match(rest)
                if m:
                    ys = [y for y in ents[i + 1 :] if y.start == x.end + m.end() and y.type in ("Company", "Organization")]
                    role = _HOLDERS.match(text[ys[0].end : ys[0].end + 10]) if ys else None
                    if role and role.group() and not (x.type == "Person" and "投资人" in role.group()
                                                      and strip_legal(ys[0].text).endswith(_INVESTMENT_FIRM_ENDS)) \
                            and not (_ROLE_GOES_ON.match(text, ys[0].end + role.end()) and "成为" not in m.group()):
                        # (not X为Y股东提供借款, X为Y股东的子公司, X是Y股东大会的列席单位: the holders are others;
                        # but 他是X成为Y最大股东的推手: X becomes the holder)
                        # (not 甲也是X资本的投资人: a person's job at an investment firm)
                        for holder in [*self._coordinated_before(x, ents), x]:  # (A、B均为Y股东: every holder listed)
                            out.append(self._stake(holder, ys[0], 0.85, c, x.start))
                # Y 的(第一)大股东(为)? X
                m = _HOLDERS.match(rest)
                if m and m.group() and re.search("股东|投资者|投资人|投资方", m.group()):
                    # (a role may come first: 股东包括创始人周立新、…)
                    xs = [y for y in ents[i + 1 :] if y.start >= x.end + m.end() and (
                        y.start - (x.end + m.end()) <= 2 or parse_title(text[x.end + m.end() : y.start], self.lex))]
                    if xs and xs[0].type in ("Company", "Organization"):
                        # (Y的第一大股东为A下属企业B: the holder is B, the firm of A's the name describes)
                        nxt = next((y for y in ents[i + 1 :] if y.start >= xs[0].end), None)
                        if nxt is not None and nxt.type in ("Company", "Organization") \
                                and _OWNERS_FIRM.fullmatch(text, xs[0].end, nxt.start):
                            self.vetoed.add(frozenset((xs[0].text, x.text)))  # (A holds Y only through B)
                            xs = [nxt]
                    if xs and xs[0].type in ("Company", "Organization", "Person"):
                        out.append(self._stake(xs[0], x, 0.8, c, x.start))
                        role = parse_title(text[x.end + m.end() : xs[0].start], self.lex) if xs[0].start > x.end + m.end() else None
                        if xs[0].type == "Person" and role is not None and _founder_title(role[0]):
                            out.append(self.rel(xs[0], "founded", x, 0.75))  # 股东包括创始人甲: he founded Y
                        # Y的第一大股东为A，第二大股东为B: a later clause that names the next holder is Y's too
                        for cc in (cc for cc in self.clauses if cc[0] >= xs[0].end):
                            nxt = _NEXT_HOLDER.match(text, cc[0], cc[1])
                            z = next((e for e in self.ents if nxt and e.start == nxt.end()), None)
                            if z is None or z.type not in ("Company", "Organization", "Person"):
                                break
                            out.append(self._stake(z, x, 0.75, cc, x.start))
                            self.vetoed.add(frozenset((xs[0].text, z.text)))  # (two holders: neither holds the other)
                        # Y的股东包括A、B和C, 前三大股东分别为A、B和C: every name of the list (not after
                        # a rank of one: 大股东A与B签约 is A's deal with B)
                        # a bare 股东 does not announce a list either: 股东A和B签署协议 is A's deal with B
                        listed = bool(re.search(r"前|分别|包括|(?:为|是|系)$", m.group()))
                        prev = xs[0]
                        for y in [y for y in ents[i + 1 :] if y.start >= xs[0].end] if listed else []:
                            if text[prev.end : y.start] not in _LIST_SEP_WITH:
                                break
                            out.append(self._stake(y, x, 0.8, c, x.start))
                            prev = y
                # Y 与(其)第一大股东 X: the holder of the company just named
                m = re.match(r"^(?:与|和|同|跟)(?:其)?(?:的)?(?:第[一二三四五六七八九十\d]+大|控股|最大|主要|大)股东(?:为|是)?", rest)
                if m:
                    xs = [y for y in ents[i + 1 :] if y.start == x.end + m.end()]
                    if xs and x.type in ("Company", "Organization"):
                        out.append(self._stake(xs[0], x, 0.8, c, x.start))
                # Y 引进战略投资者 A(、B和C) / Y 引入 A 作为战略投资者: A holds Y
                out += self._brought_in(c, x)
                # X 对 Y 举牌 / X 举牌 Y
                m = re.match(r"^(?:对|向)", rest)
                if m:
                    ys = [y for y in ents[i + 1 :] if y.start == x.end + m.end()]
                    if ys and re.match(r"^(?:[^，,。]{0,6})举牌", text[ys[0].end : ys[0].end + 9]):
                        out.append(self._stake(x, ys[0], 0.85, c, x.start))
        return [r for r in out if r is not None]

    def taken_in(self) -> list[RelCand]:
        """Idioms of taking a company over: ``A将X收入囊中``, ``X被A收归麾下``, ``A收入囊中的X``: acquired."""
        out: list[RelCand] = []
        text = self.text
        topic: Cand | None = None
        for c in self.clauses:
            subj = self._subject_of(c)
            for m in _TAKEN_IN.finditer(text, c[0], c[1]):
                before = self.ents_in(c[0], m.start())
                head = patient = None
                at = m.start()
                bei = re.search(r"被([^，,。；;被]*)$", text[c[0] : m.start()])
                ba = re.search(r"(?:将|把)(?:其)?$", text[c[0] : before[-1].start]) if before else None
                if bei:  # X被A收入囊中
                    agents = [e for e in before if e.start >= c[0] + bei.end(1) - len(bei.group(1))]
                    patients = [e for e in before if e.end <= c[0] + bei.start()]
                    head = agents[-1] if agents and text[agents[-1].end : m.start()].strip() == "" else None
                    patient = patients[-1] if patients else (topic if topic is not None and topic is not head else None)
                    at = c[0] + bei.start()
                elif ba and len(text[before[-1].end : m.start()]) <= 4:  # A将X(一并)收入囊中
                    patient = before[-1]
                    at = c[0] + ba.start()
                    agents = [e for e in before[:-1] if e.end <= at and not self._in_place_phrase(c, e)]
                    head = _agent(text, agents) or subj or topic
                elif re.match(r"的", text[m.end() : m.end() + 1]):  # A(得以)收入囊中的X
                    nxt = next((e for e in self.ents_in(m.end(), c[1]) if e.start - m.end() <= 8), None)
                    agents = [e for e in before if len(text[e.end : m.start()]) <= 4]
                    if nxt is not None and agents:
                        head, patient = agents[-1], nxt
                if head is None or patient is None or head.start == patient.start:
                    continue
                mod = self._modality(c, Tok(at, m.end(), m.group(), "v"))
                if mod is None:
                    continue
                r = self._typed(head, "acquired", patient, 0.85 * mod)
                if r is not None:
                    out.append(r)
            if subj is not None:
                topic = subj
        return out

    def its_holders(self) -> list[RelCand]:
        """``X于2021年上市，其股东名单中包括A、B和C等``: a clause that opens with 其 and a list of holders names
        the holders of the sentence's subject (its first clause's that has one), a company no other firm follows
        before the clause."""
        text = self.text
        out: list[RelCand] = []
        for c in self.clauses[1:]:
            m = _ITS_HOLDERS.match(text, c[0], c[1])
            if m is None:
                continue
            owner = self._its_firm(c)
            if owner is None:
                continue
            holders = [x for x in self.ents_in(*c) if x.start == m.end()]
            for x in self.ents_in(m.end(), c[1]):
                if holders and x.start >= holders[-1].end and _A_UNIT_OF.fullmatch(text, holders[-1].end, x.start):
                    self.vetoed.add(frozenset((holders[-1].text, owner.text)))  # (A的子公司B: the holder is B, not A)
                    holders[-1] = x
                elif holders and x.start >= holders[-1].end and text[holders[-1].end : x.start] in _LIST_SEP:
                    holders.append(x)
            mod = self._modality(c, Tok(m.start(), m.end(), m.group(), "v"))
            if mod:
                out += [r for h in holders if (r := self._typed(h, "investedIn", owner, 0.8 * mod)) is not None]
        return out

    def _its_firm(self, c: tuple[int, int]) -> Cand | None:
        """Whose 其 in clause ``c`` is: the subject of the sentence's first clause that has one (after a source's:
        公开资料显示，X成立于…), a company no other firm follows before ``c`` (X与Y签署协议，其股东…: whose, unclear;
        but X由甲与前Y高管乙创办，其股东…: Y only says where 乙 worked)."""
        owner = next((x for k in self.clauses if k[1] <= c[0] and (x := self._subject_of(k)) is not None), None)
        if owner is None or owner.type != "Company" or any(
                x.type == "Company" and owner.end <= x.start and x.end <= c[0] and not self._staff_of(x) for x in self.ents):
            return None
        return owner

    def holders_of_its(self) -> list[RelCand]:
        """``A、B均为其股东``, ``A是其第一大股东``: the holders that open a clause hold shares of the firm 其 stands for
        (a firm named instead of 其 is read by ``stakes``)."""
        out: list[RelCand] = []
        text = self.text
        for m in _HOLDER_OF_ITS.finditer(text, self.span[0], self.span[1]):
            c = next((c for c in self.clauses if c[0] <= m.start() < c[1]), self.span)
            last = next((e for e in self.ents_in(c[0], m.start()) if e.end == m.start()), None)
            if last is None or last.type not in ("Company", "Organization", "Person"):
                continue
            holders = [*self._coordinated_before(last, self.ents_in(c[0], last.start)), last]
            if holders[0].start != c[0] and not _POST_ADVERBS.fullmatch(text, c[0], holders[0].start):
                continue  # (the holders open the clause: not 据A介绍，B为其股东)
            owner = self._its_firm(c)
            mod = self._modality(c, Tok(m.start(), m.end(), m.group(), "v")) if owner is not None else None
            if mod:
                owner = self.refs.get((owner.start, owner.end), owner)
                out += [r for h in holders if h.text != owner.text and (r := self._typed(h, "investedIn", owner, 0.8 * mod)) is not None]
        return out

    def _staff_of(self, x: Cand) -> bool:
        """A firm named only as a person's employer: its staff or a post follows (前Y高管乙, Y副总裁乙)."""
        m = self.lex.title_re.match(self.text, x.end)
        return self.text.startswith("高管", x.end) or (self.text.startswith("员工", x.end) and not self.text.startswith("员工持股", x.end)) \
            or (m is not None and len(m.group()) >= 2)  # (not X员工持股平台: a holder of its own)

    def _brought_in(self, c: tuple[int, int], y: Cand) -> list[RelCand]:
        """``Y引进战略投资者A``, ``Y引入3家基石投资者，分别为A、B和C``, ``Y引入A作为战略投资者``."""
        if y.type not in ("Company", "Organization"):
            return []
        text = self.text
        out: list[RelCand] = []
        first: Cand | None = None
        m = _BRINGS_IN_HOLDERS.match(text, y.end, min(self.span[1], y.end + 40))
        if m:
            first = next((e for e in self.ents if e.start == m.end()), None)
        if first is None:
            m = _BRINGS_IN.match(text, y.end, c[1])
            if m:
                named = next((e for e in self.ents if e.start == m.end()), None)
                if named is not None and _AS_HOLDER.match(text, named.end, c[1]):
                    first = named
        if first is None:
            return []
        holders = [first]
        for e in self.ents:
            if e.start >= holders[-1].end and text[holders[-1].end : e.start] in _LIST_SEP:
                holders.append(e)
        at = m.start() + len(m.group().split("引")[0])  # the verb: 未能引入 / 计划引入 before it
        mod = self._modality(c, Tok(at, at + 2, text[at : at + 2], "v"))
        if mod is None:
            return []
        for h in holders:
            if h.type in ("Company", "Organization", "Person") and h.start != y.start:
                r = self._typed(h, "investedIn", y, 0.8 * mod)
                if r is not None:
                    out.append(r)
        return out

    def transfers(self) -> list[RelCand]:
        """A sale of shares names the buyer as a new holder: investedIn(buyer, company).

        ``A将所持Y 10%的股权转让给B``, ``将其持有的Y股份全部出售给B``,
        ``A向B转让Y 20%股权``. The seller is not related: it held the shares
        before. All of Y's shares (``Y 100%股权``) make it an acquisition.
        """
        out = []
        text = self.text
        for c in self.clauses:
            ents = self.ents_in(*c)
            for m in _TRANSFER_TO.finditer(text, c[0], c[1]):
                buyer = next((b for b in ents if 0 <= b.start - m.end() <= 1), None)
                owned = self._stake_before(ents, m.start())
                if buyer is not None and owned is not None:
                    out += self._transfer(c, m, buyer, *owned)
            for i, x in enumerate(ents):
                # 将…下属企业X整体划入Y: X becomes Y's (whoever held it before)
                m = _MOVED_INTO.match(text, x.end, c[1])
                y = next((b for b in ents[i + 1 :] if m and b.start == m.end()), None)
                if y is None or x.type != "Company" or y.type not in ("Company", "Organization") \
                        or not re.search(r"(?:将|把)[^，,。；;]{0,24}$", text[c[0] : x.start]):
                    continue
                mod = self._modality(c, Tok(m.start(), m.end(), m.group(), "v"))
                if mod is not None and (x.name or x.text) != (y.name or y.text):
                    out.append(self.rel(x, "subsidiaryOf", y, 0.75 * mod))
            for i, buyer in enumerate(ents):
                # 向B出售, 向大股东B出售
                if not _TO_BUYER.search(text[c[0] : buyer.start]):
                    continue
                verb = _TRANSFER_FROM_VERB.match(text, buyer.end, c[1])
                if verb is None:
                    continue
                sub = re.match(r"(?:其)?(?:控股|全资)?(?:子公司)?", text[verb.end() : c[1]])  # 出售控股子公司Y…股权
                after = [y for y in ents[i + 1 :] if y.start >= verb.end() and y.start - verb.end() - sub.end() <= 4]
                if not after:
                    continue
                y = after[0]
                shares = _SHARES_OF.match(text, y.end, c[1])
                if "股" not in shares.group():
                    continue
                whole = re.match(r"\s*(?:的)?(?:100(?:\.0+)?\s*[%％]|全部)", shares.group()) is not None or _majority(shares.group().lstrip("的"))
                out += self._transfer(c, verb, buyer, y, whole)
        return out

    def _stake_before(self, ents: list[Cand], end: int) -> tuple[Cand, bool] | None:
        """The company whose shares are sold before ``end``: ``Y 10%的股权`` with nothing after but the price."""
        before = [e for e in ents if e.end <= end]
        if not before or before[-1].type not in ("Company", "Organization", "Place"):
            return None
        y = before[-1]
        note = re.match(r"[”」\"]?[）)]", self.text[y.end : end])  # X（以下简称“Y”）100%股权: past the note's end
        shares = _SHARES_OF.match(self.text, y.end + (note.end() if note else 0), end)
        rest = self.text[shares.end() : end]
        # between the shares and the verb only the price or a manner: 以10亿元, 全部, 一并
        if "股" not in shares.group() or not re.fullmatch(r"(?:以[^，,。；;]{0,12}?(?:元|价格|对价)|全部|一并|协议|无偿)?", rest):
            return None
        # (所持Y的全部股份: all the seller held, which need not be all of Y; 所持Y 100%股权 is)
        held = re.search(r"(?:所持|持有的?)$", self.text[max(0, y.start - 4) : y.start]) is not None \
            and not _SOLE_HOLDER.search(self.text, self.span[0], y.start)  # (唯一股东X将所持Y的全部股份…: all of Y)
        whole = re.match(r"\s*(?:的)?(?:100(?:\.0+)?\s*[%％]" + ("" if held else "|全部") + ")", shares.group()) is not None \
            or _majority(shares.group().lstrip("的"))
        return y, whole

    def _transfer(self, c: tuple[int, int], verb: re.Match, buyer: Cand, owned: Cand, whole: bool) -> list[RelCand]:
        if buyer.start == owned.start or buyer.type not in _HEAD_TYPES["investedIn"]:
            return []
        at = min(verb.start(), owned.start)
        # 将 that moves the object before the verb (将所持Y股权转让给B) is not the future
        # 将; cues such as 否认 or 拟 come before it
        disposal = re.search(r"(?:将|把)(?:其|所)?(?:所持|持有|持)?(?:的)?$", self.text[c[0] : at])
        if disposal:
            at = c[0] + disposal.start()
        mod = self._modality(c, Tok(at, verb.end(), verb.group(), "v"))
        if mod is None:
            return []
        rel = "acquired" if whole and buyer.type != "Person" else "investedIn"
        r = self._typed(buyer, rel, owned, 0.85 * mod)
        if r is None:
            return []
        if rel == "acquired" and owned.type == "Company":
            # all of Y's shares: Y is now the buyer's (将Y 100%股权无偿划转至B)
            return [r, self.rel(owned, "subsidiaryOf", buyer, 0.8 * mod)]
        return [r]

    def _coordinated_before(self, x: Cand, ents: list[Cand]) -> list[Cand]:
        """Names joined to ``x`` on its left: ``A及一致行动人B``, ``A和B``."""
        out = []
        cur = x
        for y in reversed([e for e in ents if e.end <= x.start]):
            gap = self.text[y.end : cur.start]
            if re.fullmatch(r"(及|和|与|、|以及)(其)?[^，,。；;]{0,6}", gap) and y.type in ("Company", "Organization", "Person"):
                out.append(y)
                cur = y
            else:
                break
        return out[::-1]

    def _its_holders(self, c: tuple[int, int], ents: list[Cand]) -> list[RelCand]:
        """``Y…与其第二大股东X``, ``Y今日披露，公司第三大股东X…``: 其 and 公司 refer back
        to the company the sentence is about, which X holds shares of."""
        out = []
        for m in _ITS_HOLDER.finditer(self.text, c[0], c[1]):
            ref = self.text.find("公司", m.start(), m.end())
            if ref >= 0 and any(e.start < ref <= e.end for e in self.ents):
                continue  # 星海科技公司股东: 公司 ends a name, it does not refer back
            subject = self._subject_of(c)
            if self.text.startswith("持股", m.start()):
                # 公司股东A、持股3%的股东B: a holder of the firm the sentence opens with, not of the holder listed before
                subject = next((e for e in self.ents if e.type == "Company" and e.end <= m.start()), None)
                if subject is None or _DATELINE_AFTER.match(self.text, subject.end):
                    continue
            elif self.text.startswith("其", m.start()) and re.search(r"(?:及|和|与)$", self.text[c[0] : m.start()]):
                # 对上市公司X及其实际控制人Y: 其 is X, the firm it joins (nothing when X is no name found)
                subject = next((e for e in ents if e.type == "Company" and self.text[e.end : m.start()] in ("及", "和", "与", "以及")), None)
                if subject is None:
                    continue
            elif subject is None or subject.start > m.start():
                subject = next((e for e in ents if e.end <= m.start() and e.type in ("Company", "Organization")), None)
            if subject is None:  # the sentence's first company, in an earlier clause (not an outlet: 财经社记者注意到)
                first = next((e for e in self.ents if e.type in ("Company", "Organization")
                              and not _DATELINE_AFTER.match(self.text, e.end)), None)
                subject = first if first is not None and first.end <= c[0] else None
            if subject is None:
                continue
            holder = next((e for e in ents if e.start == m.end()), None)
            if holder is not None and holder is not subject:
                r = self._stake(holder, subject, 0.8, c, m.start())
                if r is not None:
                    out.append(r)
        return out

    def holders_of_the_topic(self) -> list[RelCand]:
        """An annual report's list of holders names no company: ``控股股东X持股比例由32.6%增至34.2%``,
        ``第三大股东为X，持股5.62%``, ``Y持股3.11%``, ``持股1.37%的X`` hold shares of the company the
        article is about; ``其余30%股权由X持有`` of the company the sentence is about."""
        out: list[RelCand] = []
        text = self.text
        for c in self.clauses:
            ents = [e for e in self.ents_in(*c) if e.type in ("Company", "Organization", "Person")]
            # Y注册资本60亿元，A持股51%，B持股49%: the firm whose capital an earlier clause gave (not 控股股东X注册资本
            # 10亿元，持股32.6%，Y持股5.1%: a holder's own capital, in a list of holders)
            capital = next((self.refs.get((e.start, e.end), e) for e in reversed(self.ents_in(self.span[0], c[0]))
                            if e.type in ("Company", "Organization") and _ITS_CAPITAL.match(text, e.end, c[0])
                            and not re.search(r"股东[为是]?$", text[max(self.span[0], e.start - 4) : e.start])), None) if ents else None
            for i, x in enumerate(ents):
                owner = self.topic
                if x.source != "ref" and (_HELD_BY.search(text, c[0], x.start) and re.match(r"(?:持有|所有)", text[x.end : x.end + 2])
                                          or _HOLDS_THE_REST.match(text, x.end, c[1])):
                    # 其余35%股权由X持有, X继续持有其余49%股权: the holder of the firm whose stake the sentence gave
                    # before (A持有Y 65%股权，其余…; 完成了对Y的增资，持股比例提升至51%), or else of the firm the
                    # sentence is about, unless that is a holder itself (A持股65%，其余…)
                    staked = [e for e in self.ents_in(self.span[0], x.start) if e.type == "Company" and (
                        _STAKE_AFTER.match(text, e.end, x.start) or text[e.start - 1 : e.start] == "对" and _DEAL_AFTER_OBJECT.match(text, e.end))]
                    if not staked and _HOLDS_THE_REST.match(text, x.end, c[1]):
                        continue  # (X宣布增持股份，Y继续持有其余49%股权: whose rest, the sentence does not say)
                    subj = staked[-1] if staked else self._subject_of(self.clauses[0])
                    if subj is not None and subj.type in ("Company", "Organization") and subj.text != x.text \
                            and (staked or not any(e.text == subj.text and _HOLDS_AFTER.match(text[e.end : c[0]])
                                                   for e in self.ents_in(self.span[0], c[0]))):
                        out.append(self._stake(x, self.refs.get((subj.start, subj.end), subj), 0.7, c, x.start))
                    continue
                # 合资公司注册资本为1亿元，其中A持股51%: holders of the joint venture the bare 合资公司 stands for,
                # else of the firm whose capital an earlier clause gave
                joint = next((self.refs[(e.start, e.end)] for e in self.ents if e.source == "ref" and e.end <= x.start
                              and _THE_JOINT_VENTURE.fullmatch(text, e.start, e.end)), None) or capital
                owner = joint or owner
                last = x  # (A、B和C合计持有公司股份…: each listed holder, the verb after the last)
                while (nxt := next((e for e in ents if e.start >= last.end), None)) is not None \
                        and nxt.type == x.type and text[last.end : nxt.start] in _LIST_SEP:
                    last = nxt
                ours = _HOLDS_SOME.match(text, last.end, c[1])
                if joint is None and ours is not None and ours.group("ours"):
                    # X持有公司股份4286万股: 公司 is the firm whose announcement or holder the sentence names before X
                    # (A称，X持有公司股份…; A的股东X持有…), else, where the sentence names no firm before X, the
                    # paragraph's; a firm named before X in any other way leaves 公司 unclear
                    named = [e for e in self.ents_in(self.span[0], x.start) if e.type in ("Company", "Organization")]
                    cur = x.start
                    while named and text[named[-1].end : cur] in _LIST_SEP:
                        cur = named.pop().start  # (A公告，B和C分别持有公司股份…: B is another holder, not 公司)
                    if named:
                        if not _ANNOUNCER_AFTER.match(text, named[-1].end, x.start):
                            continue
                        owner = self.refs.get((named[-1].start, named[-1].end), named[-1])
                    elif self.antecedent is not None and self.antecedent.type == "Company":
                        owner = self.antecedent
                    if x.source == "ref" or owner is None or (owner.name or owner.text) == (x.name or x.text):
                        continue
                    out.append(self._stake(x, owner, 0.7, c, x.start))
                    continue
                if x.source == "ref" or owner is None or (x.name or x.text) == (owner.name or owner.text):
                    continue
                if joint is None and self.antecedent is not None \
                        and (self.antecedent.name or self.antecedent.text) != (owner.name or owner.text):
                    continue  # (the paragraph is about another firm: whose holder X is, is unclear)
                lead = text[c[0] : x.start]
                # 他在蓝鲸网络持股, Y由X持股, 蓝鲸网络的创始人李文持股35%: X is not the article's holder
                unclear = bool(re.search(r"[在对向于从由][^，,。；;]{0,4}$", lead)) or any(
                    e.type in ("Company", "Organization") and e.end <= x.start for e in ents[:i])
                later = [y for y in ents[i + 1 :] if y.type != "Person"]
                held = None if unclear else _HOLDS_SOME.match(text, x.end, c[1])
                before = None if unclear else _HOLDER_BEFORE.search(text, c[0], x.start)
                if held is not None and not any(y.start < held.end() for y in later):
                    out.append(self._stake(x, owner, 0.7, c, x.start))
                elif before is not None and not any(e.end <= x.start for e in self.ents_in(c[0], before.start()) if e.type != "Person"):
                    out.append(self._stake(x, owner, 0.7, c, x.start))
                elif x.type != "Person" and (m := _HELD_BY_US.match(text, x.end, c[1])) is not None:
                    # Y由公司持股70%: the article's company holds Y (more than half: Y is its subsidiary)
                    out.append(self._stake(owner, x, 0.75, c, x.start))
                    if _majority(m.group(1)):
                        out.append(self.rel(x, "subsidiaryOf", owner, 0.7))
        return [r for r in out if r is not None]

    def bracketed_stakes(self) -> list[RelCand]:
        """``X控制三家公司：A（持股41.2%）、B（持股36.5%）``: the sentence's subject holds each
        company that a stake in brackets follows (a majority one makes it a subsidiary)."""
        out = []
        text = self.text
        for y in self.ents:  # Y（X持股65%）, Y（由X持股65%，Z持股35%）: the holders are named in the brackets
            if y.type == "Company" and text.startswith(("（", "("), y.end):
                pos, holders = y.end + 1 + text.startswith("由", y.end + 1), []
                while (x := next((e for e in self.ents_in(pos, self.span[1]) if e.start == pos), None)) is not None \
                        and x.type in _HEAD_TYPES["investedIn"] and (m := _HOLDER_IN_BRACKETS.match(text, x.end, self.span[1])):
                    holders.append(x)
                    if m.group(2) in "）)":
                        break
                    pos = m.end()
                else:
                    # (Y（X持股65%的子公司）: the brackets say something else, nothing holds; a next holder
                    # that no name was found for leaves the ones before)
                    if x is not None or pos == y.end + 1 + text.startswith("由", y.end + 1):
                        holders = []
                for x in holders:
                    r = self._typed(x, "investedIn", y, 0.8)
                    if r is not None:
                        out.append(r)
        subject = next((s for c in self.clauses if (s := self._subject_of(c)) is not None), None)
        if subject is None or subject.type not in ("Company", "Organization"):
            return out
        for y in self.ents:
            m = _BRACKETED_STAKE.match(text, y.end, self.span[1])
            if m is None or y.type != "Company" or y.start <= subject.start:
                continue
            if "股东" in text[self.span[0] : y.start]:  # 前十大股东中，A（持股5.2%）: A holds the subject's shares
                r = self._typed(y, "investedIn", subject, 0.8)
                if r is not None:
                    out.append(r)
                continue
            r = self._typed(subject, "investedIn", y, 0.8)
            if r is not None:
                out.append(r)
            # (X直接或间接控制三家上市公司：A（持股41.2%）: a firm it says it controls is its unit, whatever the stake)
            controls = _CONTROLS_LIST.match(text, subject.end)  # (the subject's own verb, right after its name)
            if float(m.group(1)) > 50 or controls and not _ONLY_HELD_NEXT.search(
                    re.sub(r"[（(][^）)]*[）)]", "", text[controls.end() : y.start])):  # (a cue outside the items' brackets)
                out.append(self.rel(y, "subsidiaryOf", subject, 0.75))
        return out

    def joint_ventures(self) -> list[RelCand]:
        """``A与B、C签署协议，三方将共同出资设立X``: each party founded X and they are partners;
        then ``其中A出资…、持股51%``: each party that puts in money or holds a stake invested in X."""
        out = []
        text = self.text
        for m in _JOINTLY_SET_UP.finditer(text, self.span[0], self.span[1]):
            new = next((e for e in self.ents if e.start >= m.end() and e.type in ("Company", "Organization")), None)
            if new is None or new.start - m.end() > 12 or re.search(r"[，,。；;]", text[m.end() : new.start]):
                continue  # (设立合资公司，由B控股: B is not what was set up)
            # 设立一只由(旗下子公司)B管理的基金: B, after 由 and its description, is not what was set up either
            # (but 设立由甲担任董事长的X: X, after the clause that 的 closes, is)
            by = text.rfind("由", m.end(), new.start)
            managed = by >= 0 and "的" not in text[by : new.start]
            if not managed:
                self.joint_venture = new
            before = [e for e in self.ents if e.end <= m.start() and e.type in ("Company", "Organization")]
            parties: list[Cand] = []
            for e in reversed(before):
                if not parties:
                    parties.append(e)
                    continue
                between = _ALIAS_NOTE.sub("", text[e.end : parties[-1].start])
                for pl in self.ents:  # 与德国X公司: a place before the partner's name
                    if pl.type == "Place" and e.end <= pl.start and pl.end <= parties[-1].start:
                        between = between.replace(pl.text, "")
                between = _KIND_AFTER_WITH.sub(r"\1", _PARTY_ADVERBS.sub("", between))  # (A与电池制造商B)
                if between in ("与", "和", "、", "及", "以及", "同", "跟"):
                    parties.append(e)
                elif parties[-1] is before[-1] and len(parties) == 1 and not re.search(r"与|和|、|及", between):
                    parties = [e]  # A与B签署协议，…: the list ends before the last name
                elif len(parties) > 1:
                    break
            if len(parties) == 1:
                # A发布了X，并与B合资成立C: the clause opens with 与 B; A, the sentence's subject, is the other party
                # (the subject of the clause right before, with no other firm named since: not 澄海科技旗下X…，并与B)
                ci = next((k for k, c in enumerate(self.clauses) if c[0] <= parties[0].start < c[1]), 0)
                subj = self._subject_of(self.clauses[ci - 1]) if ci > 0 else None
                lead = text[self.clauses[ci][0] : parties[0].start]
                note = _ALIAS_NOTE.match(text, subj.end) if subj is not None else None  # (X（简称“Y”）…，其与B: Y is X)
                if subj is not None and subj.type in ("Company", "Organization") \
                        and not any(e.type in ("Company", "Organization") and (note.end() if note else subj.end) <= e.start < parties[0].start
                                    for e in self.ents) \
                        and _CLAUSE_WITH.fullmatch(re.sub("(与|和|同|跟)" + _KIND_OF_PARTNER + "$", r"\1", lead)):
                    parties.append(subj)
            if len(parties) < 2:
                continue
            mod = self._modality((self.span[0], self.span[1]), Tok(m.start(), m.end(), m.group(), "v"))
            if mod is None:
                continue
            names = {self.refs.get((p.start, p.end), p).text for p in parties}
            if re.search(r"拟|计划", m.group()):
                mod = min(mod, 0.55)  # 双方拟共同出资设立X: a plan
            funded = re.search(r"出资|投资|合资", m.group()) is not None  # 共同出资设立X, 合资成立X: each party put money in
            for i, p in enumerate(parties):
                if not managed:
                    out.append(self.rel(p, "founded", new, 0.75 * mod))
                if funded and not managed:
                    out.append(self.rel(p, "investedIn", new, 0.75 * mod))
                out += [self.rel(p, "partnerOf", q, 0.7 * mod) for q in parties[i + 1 :]]
            if managed:
                continue
            # 其中A以现金出资15.3亿元、持股51%: the parties' stakes in what they set up
            for c in self.clauses:
                if c[0] < new.end:
                    continue
                lead = re.match(r"\s*(?:其中)?", text[c[0] : c[1]]).end() + c[0]
                holder = next((e for e in self.ents_in(*c) if e.start == lead), None)
                h = self.refs.get((holder.start, holder.end), holder).text if holder is not None else ""
                if not h or not any(n.startswith(h) or h.startswith(n) for n in names):
                    continue  # (a party named again by its short form: 云途软件 of 云途软件股份有限公司)
                if _PUTS_IN.match(text, holder.end, c[1]) or _HOLDS_PERCENT.match(text, holder.end, c[1]):
                    out.append(self.rel(holder, "investedIn", new, 0.8 * mod))
        return out

    def _buyer_before(self, end: int) -> Cand | None:
        """The buyer of the last deal before ``end``: the firm right before 收购/并购/受让 (adverbs and a
        time between), or the one right after 转让给/出售给/卖给."""
        text = self.text
        deal = max(_DEAL_BEFORE.finditer(text, self.span[0], end), key=lambda m: m.start(), default=None)
        if deal is None:
            return None
        firms = [e for e in self.ents if e.type in ("Company", "Organization")]
        if re.match(r"转让|出售|卖给|售予", deal.group()):
            to = re.match(r"[^，,。；;]{0,16}?(?:给|予)", text[deal.end() : end])
            return next((e for e in firms if to and e.start == deal.end() + to.end()), None)
        agent = next((e for e in reversed(firms) if e.end <= deal.start()), None)
        if agent is not None and re.fullmatch(r"[^，,。；;]{0,12}", text[agent.end : deal.start()]) \
                and not re.search(r"被|由", text[agent.end : deal.start()]):
            return self.refs.get((agent.start, agent.end), agent)
        return None

    def stakes_in_a_new_firm(self, carried: Cand | None) -> tuple[list[RelCand], Cand | None]:
        """``双方共同出资设立的X…，其中A持股51%，B持股49%``, and in the paragraph's next sentences
        ``合资公司注册资本…，其中A以现金出资…``: a clause that opens with a holder who puts money in
        or holds a share of the firm just set up invested in it. Returns the relations and the firm
        set up (the one carried when this sentence sets up none)."""
        text = self.text
        new = None
        joint = False
        for m in _SETS_UP_NEW.finditer(text, self.span[0], self.span[1]):
            found = next((e for e in self.ents if m.end() <= e.start <= m.end() + 6 and e.type == "Company"
                          and not re.search(r"[，,。；;]", text[m.end() : e.start])), None)
            if found is not None:
                new, joint = found, bool(re.search("合资|共同|联合", m.group()))  # (not 创立了…的X: one founder's)
        # a joint venture is carried to the paragraph's next sentences that name it (合资公司…，其中A持股51%);
        # a firm someone set up is not (2015年甲创立了X。…其中B出资: another deal's)
        keep = new if new is not None and joint else (carried if new is None else None)
        firm = new if new is not None else carried
        if firm is None or (new is None and ((not _NEW_FIRM_REF.search(text, self.span[0], self.span[1])
                                              and not re.match(r"\s*其中", text[self.span[0] : self.span[1]]))
                                             or _OTHER_DEAL.search(text, self.span[0], self.span[1]))):
            return [], keep
        firm = self.refs.get((firm.start, firm.end), firm)
        out = []
        clauses = [c for c in self.clauses if new is None or c[0] >= new.end]
        for c in clauses:
            lead = _STAKE_LEAD.match(text, c[0], c[1]).end()
            if lead == c[1] and text[c[0] : c[1]].strip() == "其中":
                continue  # (其中，A以现金出资…: the holder opens the next clause)
            holder = next((e for e in self.ents_in(*c) if e.start == lead and e.type in ("Company", "Organization", "Person")), None)
            if holder is None:
                continue
            h = self.refs.get((holder.start, holder.end), holder)
            if (h.name or h.text) == (firm.name or firm.text) or any(
                    e.type in ("Company", "Organization") and e.start > holder.end for e in self.ents_in(*c)):
                continue  # (A持有B 30%股权: a stake in another firm named there)
            if _PUTS_IN.match(text, holder.end, c[1]) or _HOLDS_PERCENT.match(text, holder.end, c[1]):
                mod = self._modality(c, Tok(holder.end, holder.end, "", "v"))
                if mod:
                    out.append(self.rel(holder, "investedIn", firm, 0.75 * mod))
        return out, keep

    def fund_contributions(self, carried: Cand | None) -> tuple[list[RelCand], Cand | None]:
        """``X基金由甲牵头发起，A出资20亿元，B、C分别出资5亿元和8亿元``, ``基金首期资金中，A出资…``,
        ``A作为基金的主要出资方之一，认缴出资…``: the investors a clause opens with, when they put
        money in and name nothing else, invested in the fund the sentence names (one that is not among
        them), else, when the sentence speaks of a fund without naming it, in the fund named before
        (``carried``). Returns the relations and the fund for the sentences after."""
        text = self.text
        s, e = self.span
        funds = [m for m in self.ents if m.type == "Company" and _FUND_LIKE.search(self.refs.get((m.start, m.end), m).text)]
        if not funds and (carried is None or not any(
                not any(x.start <= w.start() < x.end for x in self.ents) for w in _FUND_WORDS.finditer(text, s, e))):
            return [], carried
        if _A_ROUND.search(text, s, e):
            return [], carried  # (a round's investors put money into the firm raising it)
        funders: list[tuple[Cand, tuple[int, int]]] = []
        for c in self.clauses:
            ents = [x for x in self.ents_in(*c) if x.type in ("Company", "Organization")]
            at = _FUNDERS_LEAD.match(text, c[0], c[1]).end()
            listed: list[Cand] = []
            for x in ents:
                if x.start != at and not (listed and _FUNDERS_JOINT.fullmatch(text, at, x.start)):
                    break
                listed.append(x)
                note = _ALIAS_NOTE.match(text, x.end)
                at = note.end() if note else x.end
            if not listed:
                continue
            verb = _FUNDS_THE_FUND.match(text, at)
            if verb is None:
                continue
            rest = next((k for k in self.clauses if k[0] <= verb.start(1) < k[1]), c)
            then = next((k for k in self.clauses if k[0] > rest[0]), None)
            set_up = _FUND_SET_UP_NEXT.match(text, verb.end(), rest[1])
            funds_next = set_up is not None and any(x.start == set_up.end() and _FUND_LIKE.search(x.text) for x in self.ents)
            if not (_FUND_MONEY_ENDS.fullmatch(text, verb.end(), rest[1]) or funds_next) \
                    or (then is not None and _PURPOSE_OPENS.match(text, then[0], then[1])):
                continue  # (A出资5亿元收购B, 出资2亿元建设产业园, 出资3亿元，用于偿还贷款: the money buys something else)
            funders += [(x, c) for x in listed]
        named = {(x.start, x.end) for x, _ in funders}
        fund = next((m for m in funds if (m.start, m.end) not in named), None)
        fund = self.refs.get((fund.start, fund.end), fund) if fund is not None else None
        target = fund or carried
        out = []
        if target is not None:
            for x, c in funders:
                h = self.refs.get((x.start, x.end), x)
                if (h.name or h.text) == (target.name or target.text):
                    continue
                mod = self._modality(c, Tok(x.end, x.end, "", "v"))
                if mod:
                    out.append(self.rel(x, "investedIn", target, 0.75 * mod))
        return out, fund or carried

    def _stake(self, holder: Cand, owned: Cand, conf: float, c: tuple[int, int], at: int) -> RelCand | None:
        if holder.start == owned.start:
            return None
        window = self.text[c[0] : at]
        if re.search(r"(拟|计划|将|欲|有意)", window):
            conf *= 0.6
        if re.search(r"(不|未|没有)(再)?(持有|持)", self.text[holder.end : owned.start]):
            return None
        if _DOUBTED_AFTER.match(self.text, owned.end, self.span[1]):
            return None  # (X是Y股东的说法不实; X是Y的股东吗？)
        if _HEARSAY_FRAME.search(self.text, c[0], holder.start):
            if _FAILED_AFTER.search(self.text, owned.end, self.span[1]):
                return None  # (市场传闻X是Y的股东，但公司予以否认)
            conf *= 0.5  # (据传X是Y的股东: hearsay in the stake's own clause)
        return self._typed(holder, "investedIn", owned, conf)

    def cooperation(self) -> list[RelCand]:
        """``A与B…合作``, ``A和B签署…协议``, ``由A与B联合打造``: partnerOf."""
        out = []
        text = self.text
        topic: Cand | None = None
        carried = any(_CLAUSE_WITH.match(text, c[0], c[1]) for c in self.clauses[1:])  # read subjects only then
        for c in self.clauses:
            ents = [m for m in self.ents_in(*c) if m.type in ("Company", "Organization")]
            lead = _CLAUSE_WITH.match(text, c[0], c[1])
            if topic is not None and ents and lead and ents[0].start == lead.end():
                # X推出了…，并与B签署合作协议: the sentence's subject is the other partner
                b = ents[0]
                coop = _COOP.search(text, b.end, min(c[1], b.end + 30))
                if coop is not None and _not_partners(text, b.end, coop):
                    self.vetoed.add(frozenset((topic.text, b.text)))
                elif coop is not None:
                    mod = self._modality(c, Tok(coop.start(), coop.end(), coop.group(), "v"))
                    r = self._typed(topic, "partnerOf", b, (0.75 if coop.start() - b.end <= 4 else 0.65) * mod) \
                        if mod is not None and topic.text != b.text else None
                    if r is not None:
                        out.append(r)
                        # …，现场先后与A、B以及C签署协议: each of the list
                        prev = b
                        for nxt in ents[1:]:
                            if nxt.start >= coop.start() or text[prev.end : nxt.start] not in ("和", "及", "、", "以及", "与"):
                                break
                            if nxt.text != topic.text and (r2 := self._typed(topic, "partnerOf", nxt, r.confidence * 0.95)) is not None:
                                out.append(r2)
                            prev = nxt
            subj = self._subject_of(c) if carried else None
            if subj is not None and subj.type in ("Company", "Organization"):
                topic = subj
            for i, a in enumerate(ents[:-1]):
                b = ents[i + 1]
                sep = text[a.end : b.start]
                if sep not in ("与", "和", "同", "跟", "及", "携手", "联手", "联合") and not self._when_then_with(a.end, b.start) \
                        and not _WITH_A_KIND.fullmatch(sep):  # (A还与德国零部件供应商B…: the kind of the partner)
                    if _NEVER_WITH.search(sep):
                        self.vetoed.add(frozenset((a.text, b.text)))  # 从未与B合作: not for the classifier either
                    continue
                if sep in ("和", "及") and i > 0 and re.search(r"(?:与|同|跟)$", text[ents[i - 1].end : a.start]):
                    continue  # X(分别)与A和B签署…: A and B are X's partners, listed, not each other's
                coop = _COOP.search(text, b.end, min(c[1], b.end + 30))
                if coop is None:
                    continue
                if _not_partners(text, b.end, coop):
                    self.vetoed.add(frozenset((a.text, b.text)))
                    continue  # 与B的竞争, 与B的合作纠纷: rivals or a dispute
                conf = 0.8 if coop.start() - b.end <= 4 else 0.7
                mod = self._modality(c, Tok(coop.start(), coop.end(), coop.group(), "v"))
                if mod is None:
                    self.vetoed.add(frozenset((a.text, b.text)))  # 合作仍未落地: not for the classifier either
                    continue
                owned = next((x for x in ents[i + 2 :] if re.fullmatch(r"旗下的?", text[b.end : x.start])), None)
                if owned is not None:
                    b = owned  # 由A与B旗下的C联合开发: the partner is C, which B only describes
                r = self._typed(a, "partnerOf", b, conf * mod)
                if r is not None:
                    out.append(r)
                # A与B和C签署协议, A与B、C以及D签署…: the rest of the list joins too (A与供应商B、服务商C)
                prev = b
                for nxt in ents[i + 2 :]:
                    if not (text[prev.end : nxt.start] in ("和", "及", "、", "以及")
                            or _LISTED_KIND.fullmatch(text, prev.end, nxt.start)):
                        break
                    r2 = self._typed(a, "partnerOf", nxt, conf * mod * 0.9)
                    if r2 is not None:
                        out.append(r2)
                    prev = nxt
        return out

    def parents_named(self) -> list[RelCand]:
        """``X的母公司Y``, ``X于2020年从母公司Y分拆上市``, ``X与其母公司Y``: Y, named right after 母公司, owns the firm
        named before in the clause (with only 的, 从, 与其 and a time between)."""
        out = []
        text = self.text
        for m in _PARENT_WORD.finditer(text, self.span[0], self.span[1]):
            y = next((e for e in self.ents if e.start == m.end() and e.type in ("Company", "Organization")), None)
            c = next((c for c in self.clauses if c[0] <= m.start() < c[1]), self.span)
            x = next((e for e in reversed(self.ents) if c[0] <= e.start and e.end <= m.start()), None)
            if y is None or x is None or x.type != "Company" or not _TO_PARENT.fullmatch(text, x.end, m.start()):
                continue
            x, y = self.refs.get((x.start, x.end), x), self.refs.get((y.start, y.end), y)
            if (x.name or x.text) != (y.name or y.text) and (r := self.rel(x, "subsidiaryOf", y, 0.75)) is not None:
                out.append(r)
        return out

    def licences(self) -> list[RelCand]:
        """A licence between two firms is a partnership: ``A向B授权…``, ``A将…权益授权给B``,
        ``A从B引进…``, ``A获得B…授权``. A is the clause's subject, else the sentence's."""
        out: list[RelCand] = []
        text = self.text
        if not _LICENCE_WORDS.search(text, self.span[0], self.span[1]):
            return out
        first = next((x for c in self.clauses if (x := self._subject_of(c)) is not None), None)
        for c in self.clauses:
            a = self._subject_of(c) or first
            if a is None or a.type not in ("Company", "Organization"):
                continue
            for b in self.ents_in(*c):
                if b.start <= a.end or b.type not in ("Company", "Organization") or (b.name or b.text) == (a.name or a.text):
                    continue
                between = text[a.end : b.start]
                if len(between) > 60 or any(ch in between for ch in "，,。；;"):
                    continue
                if re.search(r"(?:其|旗下|下属)[^，,。；;]{0,6}?(?:子公司|公司|企业)$", between):
                    continue  # (将药物授权给其全资子公司Y: a licence inside the group, no partnership)
                after = text[b.end : c[1]]
                party = _FROM_OR_TO.search(between)
                if party is None:
                    m = _LICENSED_TO.search(between)  # A将…授权给B
                else:  # A向B授权, A从B引进 (not 从B获得投资收益), A获得B…授权
                    k = party.group(1)
                    m = re.match(r"授权" if k == "向" else r"[^，,。；;]{0,24}?引进", after) if k in ("向", "从") \
                        else re.match(r"[^，,。；;]{0,30}?授权", after)
                verb = m.group() if m else None
                if verb is None:
                    continue
                mod = self._modality(c, Tok(b.start, b.end, b.text, "v"))
                r = self._typed(self.refs.get((a.start, a.end), a), "partnerOf", self.refs.get((b.start, b.end), b),
                                0.7 * mod) if mod is not None else None
                if r is not None:
                    out.append(r)
        return out

    def _when_then_with(self, s: int, e: int) -> bool:
        """``A今年10月已与B…``: between two names, a time, adverbs and then 与/同/跟 (not 和: 和 joins lists)."""
        between = self.toks_in(s, e)
        if not between or between[-1].text not in ("与", "同", "跟") or "".join(t.text for t in between) != self.text[s:e]:
            return False
        if _NEVER_WITH.search(self.text, s, e):
            return False  # 从未与B合作: no partnership
        # (A同时宣布与B…: A announces its own deal with B)
        return all(t.tag in ("TIME", "t", "d", "ad") or t.text in ("已", "已经", "将", "还", "也", "正式", "再次", "宣布", "现场", "当天", "当日")
                   for t in between[:-1])

    # -- ownership --------------------------------------------------------

    def controlled_by(self) -> list[RelCand]:
        """``X是Y全资控股的港口运营企业`` / ``X系Y实际控制的平台``: Y controls X (a firm's
        subsidiary, or a stake of a person's or a public body's)."""
        out: list[RelCand] = []
        text = self.text
        if not _CONTROL_WORDS.search(text, self.span[0], self.span[1]):
            return out
        for c in self.clauses:
            x = self._subject_of(c)
            if x is None or x.type not in ("Company", "Organization"):
                continue
            m = _IS_CONTROLLED.match(text, x.end, c[1])
            names = self.ents_in(*c)
            y = next((e for e in names if m and e.start == m.end()), None)
            if y is None or y.type not in ("Company", "Organization", "Person") or (y.name or y.text) == (x.name or x.text):
                continue
            ctrl = _CONTROL_AFTER.match(text, y.end, c[1])
            if ctrl and not any(e.start >= ctrl.end() for e in names) and "的" not in text[ctrl.end() : c[1]]:
                # (not X是Y控股的Z的供应商: what Y controls is Z, and X is something of Z's)
                r = self._typed(self.refs.get((y.start, y.end), y), "controls", self.refs.get((x.start, x.end), x), 0.75)
                if r is not None:
                    out.append(r)
        return out

    def _supplied(self, t, after: list[Cand]) -> Cand | None:
        """The supplier's own product that trigger ``t`` (提供) supplies: the first product after it, with
        no other firm named or 由… said between (提供寒武纪“P”芯片, 提供由X研发的“P”: the other firm's),
        and no 的 right after it (提供“P”车型的激光雷达, 提供“P”的以旧换新服务: P is not what is supplied)."""
        product = next((e for e in after if e.type == "Product"), None)
        if product is None:
            return None
        text = self.text
        if any(e.type in ("Company", "Organization") and t.end <= e.start < product.start for e in after) \
                or "由" in text[t.end : product.start] or re.match(r"[”」』\"]?(?:[\u4e00-\u9fff]{0,3}?)的", text[product.end : product.end + 5]):
            return None
        return product

    def maker_lines(self) -> list[RelCand]:
        """``搭载寒武纪思元370加速卡``, ``标配X科技 DRIVE Y 芯片``: the product line and model right after
        its maker's name (a space between them at most) is the maker's product (the entity layer found the
        two as one, source ``maker`` and ``model``)."""
        ents = self.ents
        return [self.rel(b, "productOf", a, 0.8) for a, b in zip(ents, ents[1:])
                if a.source == "maker" and b.source == "model" and self.text[a.end : b.start] in ("", " ", "的", "的 ")
                and b.type == "Product"]

    def main_products(self) -> list[RelCand]:
        """``X成立于2015年，主要产品包括A设备“甲”和B设备“乙”`` / ``其核心产品“甲”已量产``: the
        products listed after a firm's products word are its own. The firm is the one named
        right before the word (X的核心产品), else the subject of the sentence, else the only
        firm it names before the word, else the text's company (其, 公司)."""
        text = self.text
        out: list[RelCand] = []
        cues = list(MAIN_PRODUCTS.finditer(text, self.span[0], self.span[1]))
        cues += _FIRST_PRODUCT.finditer(text, self.span[0], self.span[1])  # X的第一款产品是…“P”
        # …，旗下目前拥有“A”“B”两款SUV: a clause that opens with 旗下 lists the sentence's firm's
        cues += [m for c in self.clauses if (m := _OWNS_LIST.match(text, c[0], c[1])) is not None]
        # A事业群旗下包括租车产品“甲”和…: what a firm or a unit names right before 旗下包括
        cues += [m for e in self.ents if e.type in ("Company", "Organization")
                 and (m := _OWNS_LIST.match(text, e.end, self.span[1])) is not None and m.start() == e.end]
        # A事业群由…出任总裁，统管短视频产品“甲”和…: what a business unit runs is its own
        runs = [m for c in self.clauses if (m := _UNIT_RUNS.match(text, c[0], c[1])) is not None
                and not _OTHERS_GOODS.search(text, c[0], c[1])]
        cues += runs
        for cue in cues:
            before = [e for e in self.ents if e.end <= cue.start()]
            owner = None
            owners_only = {(a.start, a.end) for a, b in zip(before, before[1:]) if _OWNED_AFTER.fullmatch(text, a.end, b.start)}
            if cue.group().startswith(("产品", "公司产品")) and len({e.name or e.text for e in before if e.type == "Company"
                                                                 and (e.start, e.end) not in owners_only}) != 1:
                continue  # (X与Y达成合作，产品包括…; X收购了Y，产品包括…: whose products is unclear; X旗下的Y…: Y's)
            if cue in runs:
                subject = self._subject_of(self.clauses[0]) if self.clauses else None
                if subject is None or subject.type != "Organization" or not subject.text.endswith(_BUSINESS_GROUPS) \
                        or subject.start != self.clauses[0][0]:
                    continue
            if before and before[-1].type in ("Company", "Organization") and re.fullmatch(r"的?", text[before[-1].end : cue.start()]):
                owner = before[-1]  # X的核心产品
            elif "品种" in cue.group() and not re.search(r"(?:^|[，,；;：:]|其|公司|该公司)的?$", text[self.span[0] : cue.start()]):
                continue  # (本次集采的主要品种, 今年推广的主要品种: varieties described so are not plainly a firm's own)
            elif re.search(r"(?:其|公司|该公司)的?$", text[self.span[0] : cue.start()]):
                subject = next((x for c in self.clauses if c[1] <= cue.start() and (x := self._subject_of(c)) is not None), None)
                owner = subject if subject is not None and subject.type == "Company" else self.antecedent
            else:
                subject = next((x for c in self.clauses if c[0] <= cue.start() and (x := self._subject_of(c)) is not None), None)
                if subject is not None and (subject.start, subject.end) in owners_only:
                    # X旗下的Y成立于2018年，产品包括…: Y's, which X only describes
                    subject = next((b for a, b in zip(before, before[1:]) if a is subject), subject)
                firms = {e.name or e.text for e in before if e.type == "Company"}
                if subject is not None and subject.end <= cue.start() and (subject.type == "Company" or (
                        subject.type == "Organization" and subject.text.endswith(_BUSINESS_GROUPS))):
                    owner = subject  # (a business unit's own products: A事业群…，旗下包括…品牌“甲”)
                elif subject is None and len(firms) == 1:
                    owner = next(e for e in before if e.type == "Company")
            if owner is None or owner.type not in ("Company", "Organization"):
                continue
            owner = self.refs.get((owner.start, owner.end), owner)
            if _OWNED_BY_NEXT.search(text, cue.end(), next((c[1] for c in self.clauses if c[0] <= cue.start() < c[1]), self.span[1])):
                continue  # 旗下拥有“A”“B”两大品牌的青岚科技: the owner is named after 的
            pos = cue.end()
            for b in (e for e in self.ents if e.start >= cue.end()):
                gap = text[pos : b.start]
                if len(gap) > 20 or re.search(r"[，,。；;]", gap) or b.type != "Product" \
                        or _NOT_OWN_KIND.search(gap) or _DEALS_IN_OTHERS.search(gap):
                    break  # (旗下有基金投资了App“P”, 自研平台“A”和合作平台“B”: not its own)
                pos = b.end
                nxt = next((e for e in self.ents if e.start >= b.end), None)
                if nxt is not None and nxt.type == "Product" and _INSIDE_A_DESCRIPTION.fullmatch(text, b.end, nxt.start):
                    continue  # (首款产品为一款接入“峤言”大模型的App“P”: the first name only describes P)
                if (b.name or b.text) != (owner.name or owner.text):
                    out.append(self.rel(b, "productOf", owner, 0.75))
        return out

    def counted_own_products(self) -> list[RelCand]:
        """``X的营收仍主要依赖A、B两大核心品种``: products listed right before a count and a firm's own products'
        word (核心品种, 主力产品) are those of the firm the sentence is about (its subject, else the paragraph's)."""
        out: list[RelCand] = []
        text = self.text
        for cue in _COUNTED_OWN_PRODUCTS.finditer(text, self.span[0], self.span[1]):
            listed = [e for e in self.ents if e.end <= cue.start()]
            if not listed or listed[-1].end != cue.start() or listed[-1].type != "Product":
                continue
            items = [listed[-1]]
            for e in reversed(listed[:-1]):
                if e.type != "Product" or text[e.end : items[-1].start] not in _LIST_SEP:
                    break
                items.append(e)
            if len(items) < 2:
                continue  # (one name before a count is no list)
            clause = next((c for c in self.clauses if c[0] <= cue.start() < c[1]), None)
            owner = self._subject_of(clause) if clause is not None else None
            if owner is None or owner.type != "Company":
                owner = self.antecedent if owner is None else None
            if owner is None or owner.type != "Company":
                continue
            out += [self.rel(b, "productOf", owner, 0.75) for b in items if (b.name or b.text) != (owner.name or owner.text)]
        return out

    def _firms_and_their_units(self) -> list[tuple[Cand, Cand]]:
        """(firm, unit): a business unit named right after a firm's name (星澜集团AI事业群)."""
        return [(a, b) for a, b in zip(self.ents, self.ents[1:])
                if b.start == a.end and a.type == "Company" and b.type == "Organization" and b.source != "ref"
                and b.text.endswith(_BUSINESS_GROUPS)]

    def deals_on_units(self, found: list[RelCand]) -> list[RelCand]:
        """``收购了X集团AI事业群``, ``与X集团云事业群合作``: a deal on a firm's name that its business unit's follows
        is a deal with the unit (which :meth:`units_after_firms` makes the firm's), not with the whole firm."""
        unit_after = {(a.start, a.end): b for a, b in self._firms_and_their_units()}
        if not unit_after:
            return found
        out = []
        for r in found:
            if r.relation in ("acquired", "investedIn", "partnerOf") and r.tail in unit_after:
                u = unit_after[r.tail]
                # (a unit bought or invested in is a business of its own: the relation's range, a company)
                r = dataclasses.replace(r, tail=(u.start, u.end), tail_type="Company" if r.relation != "partnerOf" else r.tail_type)
            if r.relation == "partnerOf" and r.head in unit_after:
                u = unit_after[r.head]
                r = dataclasses.replace(r, head=(u.start, u.end))
            out.append(r)
        return out

    def units_after_firms(self) -> list[RelCand]:
        """``星澜集团AI事业群总裁甲``: a business unit named right after a firm's name is the firm's, and so are
        the units listed right after it (星澜集团游戏事业群、广告事业群和云事业群)."""
        out = []
        for a, b in self._firms_and_their_units():
            firm = self.refs.get((a.start, a.end), a)
            listed = [b]
            for e in self.ents[self.ents.index(b) + 1 :]:
                if self.text[listed[-1].end : e.start] not in _LIST_SEP_WITH or e.type != "Organization" \
                        or e.source == "ref" or not e.text.endswith(_BUSINESS_GROUPS):
                    break
                listed.append(e)
            out += [self.rel(u, "subsidiaryOf", firm, 0.8) for u in listed]
        return out

    def units_under(self) -> list[RelCand]:
        """``X…，下设A和B等机构`` / ``X下辖A、B``: the bodies or firms listed right after 下设 or 下辖
        are X's units. X is the body the sentence named last before the cue, not an agent's (由A…组建)
        or a partner's (与A, 联合A)."""
        text = self.text
        out: list[RelCand] = []
        for cue in _UNITS_UNDER.finditer(text, self.span[0], self.span[1]):
            clause = next((c for c in self.clauses if c[0] <= cue.start() < c[1]), None)
            if clause is None:
                continue
            if "合并" in text[self.span[0] : cue.start()]:
                continue  # (A与B合并后，下设…: the merged group's units, which neither firm owns)
            # the body named last before the cue (X旗下Y下设…: Y; X成立Y研究院，下设…: the institute), not an
            # agent's (…，由A联合B共同组建，下设…) nor a partner's
            owner = None
            for o in reversed([e for e in self.ents_in(self.span[0], cue.start()) if e.type in ("Company", "Organization")]):
                part = next((c for c in self.clauses if c[0] <= o.start < c[1]), None)
                if part is not None and text.startswith("由", part[0]):
                    continue
                if re.search(r"(?:联合|与|和|及|同)$", text[max(self.span[0], o.start - 2) : o.start]):
                    continue
                owner = o
                break
            if owner is None:
                continue
            owner = self.refs.get((owner.start, owner.end), owner)
            items: list[Cand] = []
            at = cue.end()
            for b in self.ents_in(cue.end(), clause[1]):
                if b.start != at or b.type not in ("Company", "Organization"):
                    break
                items.append(b)
                sep = next((x for x in _LIST_SEP if text.startswith(x, b.end)), None)
                if sep is None:
                    break
                at = b.end + len(sep)
            out += [self.rel(b, "subsidiaryOf", owner, 0.75) for b in items if (b.name or b.text) != (owner.name or owner.text)]
        return out

    def reorganised_units(self) -> list[RelCand]:
        """``X将原有的六个事业部整合为三大事业群：A事业群、B事业群…`` / ``X成立A事业群，并新设B事业部``:
        the business groups named after a firm's reorganisation verb are the firm's units. The
        firm is the subject of the verb's clause, else the firm the sentence named before the verb
        (its subject, or the only one), else the text's company when the sentence opens with 公司."""
        text = self.text
        out: list[RelCand] = []
        listed = list(_UNITS_AFTER_REORGANISING.finditer(text, self.span[0], self.span[1]))
        for cue in [*_REORGANISES.finditer(text, self.span[0], self.span[1]), *listed]:
            clause = next((c for c in self.clauses if c[0] <= cue.start() < c[1]), None)
            owner = self._subject_of(clause) if clause is not None else None  # (the clause's own: 乙将成立…)
            if owner is not None and (owner.type != "Company" or owner.end > cue.start()):
                owner = None  # (…，并新设大模型事业部: the unit ending the clause is no subject)
            if owner is None:
                # (not a name in brackets after another: 曜石集团（Yaoshi Group）)
                # (nor an outlet's dateline: 澜屿科技讯 8月21日消息，澜屿科技获悉，…)
                firms = [e for e in self.ents if e.type == "Company" and e.end <= cue.start() and text[e.start - 1 : e.start] not in ("（", "(")
                         and not _DATELINE_AFTER.match(text, e.end) and not text.startswith("获悉", e.end)]
                subject = next((x for c in self.clauses if c[1] <= cue.start() and (x := self._subject_of(c)) is not None
                                and x.type == "Company"), None)
                if subject is not None and not any(e.start > subject.start for e in firms):
                    owner = subject
                elif subject is None and len({e.name or e.text for e in firms}) == 1:
                    owner = firms[0]
            if owner is None and (re.match(r"\s*(?:该公司|公司|集团)", text[self.span[0] : self.span[1]])
                                  or (cue in listed and not any(e.type == "Company" for e in self.ents)
                                      and self.antecedent is not None and self._about_the_paragraphs_firm())):
                owner = self.antecedent  # (调整后的六大事业群分别为：…, in a sentence that names no firm: the paragraph's)
            if owner is None or owner.type != "Company" or owner.end > cue.start():
                continue
            owner = self.refs.get((owner.start, owner.end), owner)
            end = clause[1] if clause is not None else self.span[1]
            close = _GROUPS_LIST_CLOSE.search(text, cue.end(), _list_end(text, end))
            if close is not None:
                # 设立A集团、B集团、C集团等六大业务集团: whatever the list holds, a unit
                items = [b for b in self.ents if cue.end() <= b.start and b.end <= close.start()
                         and b.type in ("Company", "Organization") and (b.name or b.text) != (owner.name or owner.text)]
                self.set_up_units |= {(b.start, b.end) for b in items}
                out += [self.rel(b, "subsidiaryOf", owner, 0.7) for b in items]
                continue
            units = [b for b in self.ents
                     if cue.end() <= b.start and b.end <= _list_end(text, end) and b.type == "Organization"
                     and b.text.endswith(_BUSINESS_GROUPS) and not _OUTSIDE_BODY.search(b.text)
                     # (not a unit another firm's name opens, named apart or glued on: 恒岳集团汽车事业部)
                     and not any(a.type == "Company" and b.text.startswith(a.text) and a.text != owner.text for a in self.ents)
                     and not (not b.text.startswith(owner.text) and self.lex.suffix(_firm_part(b.text), "company"))]
            self.set_up_units |= {(b.start, b.end) for b in units}
            out += [self.rel(b, "subsidiaryOf", owner, 0.7) for b in units]
        return out

    def _owner_named_at(self, at: int) -> tuple[Cand | None, int]:
        """The company or body named at ``at``, after the kind of firm it is if written (是国有车企Y的…, 是A股上市公司Y旗下…),
        and where the text goes on after it and its stock code (Y（300519）旗下); (None, 0) when none is."""
        text = self.text
        owner = next((a for a in self.ents if a.start == at or (a.start > at and _OWNERS_KIND.fullmatch(text, at, a.start))), None)
        if owner is None or owner.type not in ("Company", "Organization"):
            return None, 0
        code = _CODE_NOTE.match(text, owner.end)
        return owner, code.end() if code else owner.end

    def _about_the_paragraphs_firm(self) -> bool:
        """The sentence before this one names no firm but the paragraph's, and neither speaks of firms in general
        (not 云帆智能近日宣布重组。调整后的…, 多家车企调整了组织架构，调整后的…)."""
        said, firms = self.before
        here = self.text[self.span[0] : self.span[1]]
        return not (firms - {self.antecedent.name or self.antecedent.text}) \
            and not re.search(r"多家|行业|业内|同行|不少|一些", said + here)

    def _brands_grown(self) -> list[RelCand]:
        """``X最早以烘焙品牌A起家，此后孵化了甜品品牌B和咖啡品牌C``: a brand named after its trade's
        brand noun, in a clause that says the firm started from, grew, set up or runs it, is the
        product of the firm the sentence is about (its last subject so far; no other firm between)."""
        out: list[RelCand] = []
        text = self.text
        owner: Cand | None = None
        for c in self.clauses:
            subj = self._subject_of(c)
            if subj is not None:
                owner = subj if subj.type == "Company" else None
            for b in self.ents_in(*c):
                if b.type != "Product" or b.source != "apposition" or not _BRAND_GROWN.search(text, c[0], b.start) \
                        or _NOT_ITS_BRAND.search(text, c[0], b.start) or _AGENCY_AFTER.match(text, b.end, c[1]):
                    continue  # (以代理…品牌A起家, 拥有品牌A的独家代理权: another's brand; 被投企业孵化了…: another firm's)
                if owner is None:  # (由甲创办的X，最早以…品牌A起家: the firm the sentence named last, else the paragraph's)
                    owner = next((e for e in reversed(self.ents) if e.end <= c[0] and e.type == "Company"), None) \
                        or (self.antecedent if self.antecedent is not None and self.antecedent.type == "Company" else None)
                if owner is None or b.start < owner.end and owner.start >= self.span[0]:
                    continue
                if any(e.type in ("Company", "Organization") and owner.end <= e.start and e.end <= b.start for e in self.ents):
                    continue  # (X收购了Y旗下品牌A: Y's)
                held = self.refs.get((owner.start, owner.end), owner)
                if (held.name or held.text) != (b.name or b.text):
                    out.append(self.rel(b, "productOf", held, 0.7))
        return out

    def ownership(self) -> list[RelCand]:
        out = []
        text = self.text
        ents = self.ents
        for i, a in enumerate(ents):
            if a.type not in ("Company", "Organization"):
                continue
            rest = text[a.end : a.end + 14]
            m = _OWNS_NEXT.match(rest)
            if m is None and a.type == "Company" and rest.startswith("的"):
                # X的Y事业群: a firm's business group; 同属X的Y: a firm of the same group as the one before
                b = next((b for b in ents[i + 1 :] if b.start == a.end + 1), None)
                if b is not None and b.type == "Organization" and b.text.endswith(_BUSINESS_GROUPS) \
                        and not _SOLD_BEFORE.search(text, max(self.span[0], a.start - 6), a.start):
                    out.append(self.rel(b, "subsidiaryOf", a, 0.75))  # (not 收购了X的Y事业群: it changes hands)
                elif b is not None and b.type == "Company" and re.search(r"同属(?:于)?$", text[max(0, a.start - 3) : a.start]):
                    out.append(self.rel(b, "subsidiaryOf", a, 0.75))
            if m:
                nxt = [b for b in ents[i + 1 :] if b.start >= a.end + m.end()]
                if nxt:
                    b = nxt[0]
                    if len(nxt) > 1 and nxt[1].start == b.end and nxt[1].type == "Company" and b.text.endswith(("公司", "企业")):
                        b = nxt[1]  # X旗下芯片设计公司|Y: the kind of firm LAC read as a name, then the firm's name
                    gap = text[a.end + m.end() : b.start]
                    # (旗下拥有即时配送平台“A”: what it has, after its kind; 旗下PET复合铜箔产品“A”: a kind, then the quoted name)
                    limit = 14 if b.type == "Product" and (_HAS.match(gap) or gap.endswith(("“", "「", "《")) and "的" not in gap
                                                           and not _DEALS_IN_OTHERS.search(gap)) else 8
                    acts = any(x.tag == "v" and x.text in self.lex.triggers and not text.startswith("的", x.end)
                               and self.lex.triggers[x.text][0] != "founded" for x in self.toks_in(a.end + m.end(), b.start))
                    if len(gap) <= limit and not any(ch in "，,。；;、" for ch in gap) and not acts:
                        # (not 通过旗下基金投资了B: what the unit bought)
                        rel = "productOf" if b.type == "Product" else "subsidiaryOf"
                        if b.type != "Person" and b.type != "Place":
                            out.append(self.rel(b, rel, a, 0.8))
                        # 旗下上市公司——A和B: a list the dash or colon opens goes on, each firm a unit
                        prev = b
                        for c in nxt[1:] if rel == "subsidiaryOf" and _UNITS_LISTED.search(gap) else []:
                            if c.type not in ("Company", "Organization") or text[prev.end : c.start] not in _LIST_SEP:
                                break
                            out.append(self.rel(c, rel, a, 0.8))
                            prev = c
                        # …平台“A”、面向商户的SaaS系统“B”: the list goes on, each item with its kind
                        for c in nxt[1:] if rel == "productOf" else []:
                            if c.type != "Product" or not _NEXT_LISTED_PRODUCT.fullmatch(text, prev.end, c.start) \
                                    or _OTHERS_PRODUCT.search(text, prev.end, c.start):
                                break  # (…、投资的社交平台“B”: not its own)
                            out.append(self.rel(c, rel, a, 0.75))
                            prev = c
        # Y拥有两家全资子公司——A和B / Y旗下有子公司A、B: every company of the list
        for i, a in enumerate(ents):
            if a.type not in ("Company", "Organization"):
                continue
            m = _HAS_SUBSIDIARIES.match(text, a.end)
            if m is None:
                continue
            listed = [b for b in ents[i + 1 :] if b.start == m.end() and b.type in ("Company", "Organization")]
            for b in ents[i + 1 :] if listed else []:
                if b.start <= listed[-1].start:
                    continue
                if text[listed[-1].end : b.start] not in _LIST_SEP or b.type not in ("Company", "Organization"):
                    break
                listed.append(b)
            out += [self.rel(b, "subsidiaryOf", a, 0.8) for b in listed]
        # Y纳入X合并报表范围, …，后者由此纳入合并报表范围: a firm consolidated in X's accounts is X's subsidiary
        # (X not named: the firm the sentence is about, else the text's)
        for m in _CONSOLIDATED.finditer(text, self.span[0], self.span[1]):
            clause = next((c for c in self.clauses if c[0] <= m.start() < c[1]), None)
            if clause is None or _PLAN_BEFORE.search(text, self.span[0], m.start()) or _EXPECTED.search(text, self.span[0], m.start()) \
                    or _HEARSAY.search(text, self.span[0], self.span[1]) or re.search(r"不再|未|不", text[clause[0] : m.start()]):
                continue  # (不再纳入合并报表范围: it left the group; 预计…纳入: not yet)
            firms = [e for e in self.ents_in(clause[0], m.start()) if e.type in ("Company", "Organization")]
            if not firms:
                continue
            owner = next((e for e in ents if e.start == m.end("owner") and e.type in ("Company", "Organization")), None)
            held_as = _HELD_AS_UNIT.match(text, firms[0].end, m.start()) if len(firms) >= 2 else None
            if held_as is not None and firms[1].start == held_as.end():
                members, owner = [firms[0]], owner or firms[1]  # X作为Y的控股子公司纳入其合并报表
            else:
                # the firm right before 纳入 (and the ones listed with it: 主要系A、B纳入合并报表范围所致)
                members = [firms[-1]]
                for e in reversed(firms[:-1]):
                    if text[e.end : members[-1].start] not in _LIST_SEP:
                        break
                    members.append(e)
            if owner is None and _DEAL_BEFORE.search(text, self.span[0], m.start()):
                # B收购X后，X纳入其合并报表 / A将X转让给B，…X纳入合并报表: the buyer's (the agent of 收购, or the
                # firm after 转让给); none found, no owner
                owner = self._buyer_before(m.start())
                if owner is None:
                    continue
            if owner is None:
                # (经纬纺机净利润增加，…由于X于2月起纳入公司合并报表范围: the firm the sentence named first)
                before = [e for e in ents if e.end <= members[-1].start and e.type == "Company"]
                owner = before[0] if before else self.antecedent
            if owner is None:
                continue
            owner = self.refs.get((owner.start, owner.end), owner)
            for member in members:
                member = self.refs.get((member.start, member.end), member)
                if (member.name or member.text) != (owner.name or owner.text):
                    out.append(self.rel(member, "subsidiaryOf", owner, 0.75))
        # X隶属于Y / X归属于Y: X is a part of Y
        for i, a in enumerate(ents):
            if a.type not in ("Company", "Organization", "Product"):
                continue
            m = _BELONGS_TO.match(text, a.end)
            owner = next((b for b in ents[i + 1 :] if m and b.start == m.end()), None)
            if owner is not None and owner.type in ("Company", "Organization") and owner.text != a.text:
                out.append(self.rel(a, "productOf" if a.type == "Product" else "subsidiaryOf", owner, 0.8))
        # X(将)成为Y的全资子公司 / X是Y旗下公司 (X（Sonolan）正式成为…: past the brackets of its other name)
        for i, a in enumerate(ents):
            if a.type not in ("Company", "Organization"):
                continue
            note = re.match(r"[（(][^（()）]{1,30}[）)]", text[a.end : a.end + 32])
            m = _BECOMES_SUB.match(text, a.end + (note.end() if note else 0))
            if m:
                # 交易完成后，X将成为公司控股子公司: what a deal still to close will make of X, a plan's confidence
                pending = "将" in m.group() and re.search(r"完成后[，,]?$", text[max(self.span[0], a.start - 12) : a.start])
                nxt = [b for b in ents[i + 1 :] if b.start == m.end() and b.type in ("Company", "Organization")]
                if nxt and _SUB_NOUN.match(text, nxt[0].end):
                    out.append(self.rel(a, "subsidiaryOf", nxt[0], 0.8 * 0.55 if pending else 0.8))
        # 将A和B的全部股权划转至Y，两家企业成为Y的全资子公司: the firms counted, named last before
        for m in _FIRMS_COUNTED_BECOME.finditer(text, self.span[0], self.span[1]):
            owner = next((b for b in ents if b.start == m.end() and b.type in ("Company", "Organization")), None)
            if owner is None or not _SUB_NOUN.match(text, owner.end):
                continue
            n = _COUNT.get(m.group(1), 0)
            owner_name = self.refs.get((owner.start, owner.end), owner).text
            members: list[Cand] = []
            for b in reversed([e for e in ents if e.end <= m.start() and e.type in ("Company", "Organization")]):
                if re.search(r"[（(][^）)]*$", text[self.span[0] : b.start]):
                    continue  # (以下简称“B”): another name of a member, inside its brackets
                if b.text != owner_name and all(b.text != x.text for x in members):
                    members.append(b)
                if len(members) == n:
                    break
            if len(members) == n:
                out += [self.rel(b, "subsidiaryOf", owner, 0.75) for b in members]
        # A、B和C等12家企业成为Y二级子企业: each firm of the list before 等
        for m in _LISTED_FIRMS_BECOME.finditer(text, self.span[0], self.span[1]):
            owner = next((b for b in ents if b.start == m.end() and b.type in ("Company", "Organization")), None)
            if owner is None or not _SUB_NOUN.match(text, owner.end) or "将" in m.group():
                continue
            owner = self.refs.get((owner.start, owner.end), owner)
            members = []
            pos = m.start()
            for b in reversed([e for e in ents if e.end <= m.start()]):
                if b.end != pos or b.type not in ("Company", "Organization"):
                    break
                members.append(b)
                sep = re.search(r"(?:、|和|及|与|以及)$", text[self.span[0] : b.start])
                if sep is None:
                    break
                pos = b.start - len(sep.group())
            out += [self.rel(b, "subsidiaryOf", owner, 0.75) for b in members if (b.name or b.text) != (owner.name or owner.text)]
        # X是Y旗下的平台 / X为Y的子公司: the member before 是, the owner after it
        for i, b in enumerate(ents):
            if b.type not in ("Product", "Company"):
                continue
            m = _IS_NOW.match(text, b.end, self.span[1])  # (X目前为Y旗下…)
            owner, rest = self._owner_named_at(m.end()) if m else (None, 0)
            if owner is None:
                continue
            if re.match(r"(?:旗下|的(?:间接|直接)?(?:全资|控股)?(?:子公司|孙公司))", text[rest:]):
                out.append(self.rel(b, "productOf" if b.type == "Product" else "subsidiaryOf", owner, 0.8))
                # A和B均为Y的子公司: every member listed before 均/都
                k = i
                while m.group().startswith(("均", "都")) and k > 0 and ents[k - 1].type == b.type \
                        and text[ents[k - 1].end : ents[k].start] in _LIST_SEP:
                    k -= 1
                    out.append(self.rel(ents[k], "productOf" if b.type == "Product" else "subsidiaryOf", owner, 0.75))
        # X成立于2020年，是Y旗下的新能源品牌 (Z了解到，X成立于…，是Y旗下的…): a clause with no subject of its own
        # that opens with 是 says it of the company the clause before opens with (no other firm between)
        for prev, c in zip(self.clauses, self.clauses[1:]):
            subj = self._subject_of(prev)
            m = _IS_NOW.match(text, c[0], c[1])
            if m is None or subj is None or subj.type != "Company" or subj.start < self.span[0]:
                continue
            owner, rest = self._owner_named_at(m.end())
            if owner is None or (owner.name or owner.text) == (subj.name or subj.text) \
                    or any(e.type in ("Company", "Organization") and subj.end <= e.start and e.end <= c[0]
                           and (e.name or e.text) != (owner.name or owner.text) for e in ents):
                continue  # (X被Y收购，现为Y旗下品牌: the owner itself may stand between)
            # (the clause says only that: 是Y旗下的新能源品牌(之一); not 是Y旗下多个品牌的供应商, 为Y旗下工厂提供设备)
            if _MEMBERS_CLAUSE_END.fullmatch(text, rest, c[1]):
                out.append(self.rel(subj, "subsidiaryOf", owner, 0.75))
        # X的核心产品包括“A”和“B”, 公司主要产品为A, 其自研的“A”大模型: the products of X
        for m in _PRODUCTS_OF.finditer(text, self.span[0], self.span[1]):
            lead = m.start()
            named = [e for e in ents if e.end == lead and e.type in ("Company", "Organization")]
            if named:
                owner = self.refs.get((named[0].start, named[0].end), named[0])
            elif re.search(r"(?:该公司|公司|其)$", text[max(self.span[0], lead - 3) : lead]):
                owner = self.antecedent
                if text[lead - 1] == "其":  # (the sentence's company, not a former employer named since)
                    subj = self._subject_of(self.clauses[0])
                    if subj is not None and subj.type == "Company" and subj.start >= self.span[0]:
                        owner = self.refs.get((subj.start, subj.end), subj)
            else:
                continue
            if owner is None:
                continue
            listed: list[Cand] = []
            for b in (e for e in ents if e.start >= m.end()):
                gap = text[(listed[-1].end if listed else m.end()) : b.start]
                if len(gap) > 14 or re.search(r"[，,。；;]", gap) or (listed and not re.search(r"[、和及与]|以及", gap)):
                    break
                if b.type == "Product":
                    listed.append(b)
            out += [self.rel(b, "productOf", owner, 0.75) for b in listed if (b.name or b.text) != (owner.name or owner.text)]
        out += self._brands_grown()
        # X是Y的控股子公司，其车规级激光雷达“A”…: 其 is the firm the clause before is about (its subject, else
        # the firm it names last: 加入X，主导了其畅销车型“A”); nothing when it names none (合资公司将…，其首款产品“A”)
        for ci in range(1, len(self.clauses)):
            c = self.clauses[ci]
            m = _ITS_PRODUCT.match(text, c[0], c[1])
            product = next((e for e in ents if m and e.start == m.end() and e.type == "Product"), None)
            if product is None:
                continue
            prev = self.clauses[ci - 1]
            named = [e for e in self.ents_in(*prev) if e.type in ("Company", "Organization", "Person")]
            opens = named and named[0].type != "Person" and not text[prev[0] : named[0].start].strip(" 其中此外另外，,")
            # the only name of the clause before (X今日宣布，其首款产品“A”), or the firm it opens with when it says what
            # that firm is (其中，X是Y的控股子公司，其…“A”); not a rival, customer or person named with it
            if _OTHER_PARTY.search(text, prev[0], prev[1]):
                continue  # (X起诉星桥科技…, X的客户星桥科技…: 其 may be the other party, whose name LAC missed)
            others = named[1:]
            if len(named) == 1 and named[0].type != "Person":
                owner = named[0]
            elif opens and _IS_A_KIND_OF_FIRM.match(text, named[0].end, prev[1]):
                owner = named[0]
            elif opens and all(e.type == "Person" for e in others) and (
                    not parse_title(text[named[0].end : others[0].start], self.lex)
                    or _SPEAKS.search(text, others[-1].end, prev[1])):
                # X由遥感专家甲创办，其…“A”; X总裁甲在发布会上表示，其新款手机“A”: the firm's (not X创始人甲酷爱咖啡，
                # 其咖啡品牌…: the person's)
                owner = named[0]
            else:
                continue
            if owner is not None:
                owner = self.refs.get((owner.start, owner.end), owner)
                if (owner.name or owner.text) != (product.name or product.text):
                    out.append(self.rel(product, "productOf", owner, 0.7))
        # X自7月起纳入公司合并报表范围，正式成为公司全资子公司: a clause with no subject of its own, after one
        # whose subject is a firm, makes that firm the named owner's (公司 stands for the text's company)
        for ci in range(1, len(self.clauses)):
            c = self.clauses[ci]
            m = _BECOMES_SUB.match(text, c[0] + len(text[c[0] : c[1]]) - len(text[c[0] : c[1]].lstrip()))
            owner = next((e for e in ents if m and e.start == m.end() and e.type in ("Company", "Organization")), None)
            if owner is None or not _SUB_NOUN.match(text, owner.end) or "将" in m.group():
                continue
            prev = self.clauses[ci - 1]
            firm = self._subject_of(prev)
            owner_name = self.refs.get((owner.start, owner.end), owner).text
            others = [e for e in self.ents_in(*prev) if e is not firm and e.type in ("Company", "Organization")
                      and self.refs.get((e.start, e.end), e).text != owner_name]
            last = next((e for e in reversed(self.ents_in(*prev)) if e.type in ("Company", "Organization")), None)
            if firm is None or firm.type not in ("Company", "Organization") \
                    or (others and _SETS_UP_OR_BUYS.search(text, prev[0], prev[1])) \
                    or (last is not None and last is not firm and not text[last.end : prev[1]].strip()) \
                    or self.refs.get((firm.start, firm.end), firm).text == owner_name \
                    or _PLAN_BEFORE.search(text, self.span[0], c[0]) or _HEARSAY.search(text, self.span[0], c[1]) \
                    or _RUMOUR_BEFORE.search(text, self.span[0], c[1]):
                continue  # (X与Y共同设立Z，为Y控股子公司: Z is; 据传X已被Y收购，成为…: hearsay; X拟…: a plan)
                # (another firm in the clause before is fine unless set up, bought or held there, X与Y达成合作，系Z全资子公司,
                # or unless it ends the clause: X的竞争对手Y，为Z全资子公司)
            out.append(self.rel(firm, "subsidiaryOf", owner, 0.75))
        # A去年被B收购，目前为其控股子公司: the firm taken over is now the buyer's subsidiary
        for ci in range(1, len(self.clauses)):
            c, prev = self.clauses[ci], self.clauses[ci - 1]
            if not _NOW_ITS_SUB.match(text, c[0], c[1]) or _HEARSAY.search(text, self.span[0], self.span[1]) \
                    or _RUMOUR_BEFORE.search(text, self.span[0], c[0]) or _REPORTED.search(text, self.span[0], c[0]):
                continue  # (传闻X将被B收购，成为其全资子公司: no fact)
            by = text.rfind("被", prev[0], prev[1])
            buyer = next((e for e in ents if by >= 0 and by < e.start <= by + 9 and e.type in ("Company", "Organization")
                          and _TAKEN_OVER.match(text, e.end, prev[1])), None)
            firm = next((e for e in ents if self.span[0] <= e.start and e.end <= by and e.type in ("Company", "Organization")), None) \
                if buyer is not None else None
            if firm is not None:
                firm, buyer = self.refs.get((firm.start, firm.end), firm), self.refs.get((buyer.start, buyer.end), buyer)
                if (firm.name or firm.text) != (buyer.name or buyer.text):
                    out.append(self.rel(firm, "subsidiaryOf", buyer, 0.75))
        # 其全资子公司X: the company named before in the sentence, else the one the text is about
        for m in re.finditer(r"其(?:的)?(?:间接|直接)?(?:全资|控股)?(?:子公司|孙公司)", text[self.span[0] : self.span[1]]):
            at = self.span[0] + m.end()
            b = next((e for e in ents if e.start == at and e.type in ("Company", "Organization")), None)
            owner = self._its_owner(self.span[0] + m.start())
            if b is not None and owner is not None and (b.name or b.text) != (owner.name or owner.text):
                out.append(self.rel(b, "subsidiaryOf", owner, 0.75))
        # 全资子公司X opening a clause names no owner: the firm the sentence named first, else the text's
        for c in self.clauses:
            m = _BARE_SUBSIDIARY.match(text, c[0], c[1])
            b = next((e for e in self.ents_in(c[0], c[1]) if e.start == m.end()), None) if m else None
            firms = [e for e in ents if e.end <= c[0] and e.type == "Company"]
            if m is not None and re.search(r"设有|设立了|拥有|下设|兼任|担任|出任", m.group()):
                # (…并在合肥设有全资子公司X, 他还兼任全资子公司X…: the firm named last, not a former employer's:
                # 柯立曾就职于A，现任B董事长，他还兼任全资子公司X董事长)
                firms = [e for e in firms if not any(cl[0] <= e.start < cl[1] and _FORMER_EMPLOYER.search(text, cl[0], e.start)
                                                     for cl in self.clauses)][-1:]
            owner = self.refs.get((firms[0].start, firms[0].end), firms[0]) if firms else self.antecedent
            if b is not None and owner is not None and b.type in ("Company", "Organization") \
                    and (b.name or b.text) != (owner.name or owner.text):
                out.append(self.rel(b, "subsidiaryOf", owner, 0.7))
        # 星海银行无锡分行: a branch or unit whose name starts with its company's (named in the
        # sentence, or the company the text is about)
        hosts = [a for a in ents if a.type == "Company" and a.source != "ref"] + [x for x in (self.antecedent, self.topic) if x]
        for b in ents:
            if b.type in ("Company", "Organization") and b.text.endswith(_BRANCH_ENDS):
                host = next((a for a in hosts if len(a.text) >= 2 and len(a.text) < len(b.text) and b.text.startswith(a.text)
                             and not b.text[len(a.text):].startswith(_BRANCH_ENDS)), None)
                if host is not None:
                    out.append(self.rel(b, "subsidiaryOf", host, 0.7))
        # <company><product> compounds: 华为云 is Huawei's, 华为CBG is its unit
        owners = [m for m in ents if m.type == "Company"]
        names = {m.text for m in owners}
        for b in ents:
            if b.type not in ("Product", "Organization") or b.source not in ("compound", "alias", "repeat"):
                continue
            owner = next((n for n in sorted(names, key=len, reverse=True) if b.text.startswith(n) and len(b.text) > len(n)), None)
            if owner is None:
                continue
            host = next(m for m in owners if m.text == owner)
            rel = "productOf" if b.type == "Product" else "subsidiaryOf"
            out.append(self.rel(b, rel, host, 0.6))
        return out

    def named_party(self) -> list[RelCand]:
        """``X于2019年被收购，收购方为Y``: the buyer (or investor) named as the deal's party bought (or
        invested in) the company the sentence is about."""
        out = []
        text = self.text
        subj = self._subject_of(self.clauses[0]) if self.clauses else None
        if subj is None or subj.type != "Company":
            return out
        for m in _PARTY_NAMED.finditer(text, subj.end, self.span[1]):
            party = next((e for e in self.ents if e.start == m.end() and e.type in ("Company", "Organization", "Person")), None)
            if not _SUBJECT_BOUGHT.search(text, subj.end, m.start()):
                if party is not None:
                    self.vetoed.add(frozenset((party.text, subj.text)))  # (whose party it is, the text does not say)
                continue  # (X拟转让其持有的Y股权，受让方为Z: X is the seller, not what Z bought)
            if party is None or party.text == subj.text:
                continue
            rel = "acquired" if m.group(1) in ("收购方", "买方", "并购方") and party.type != "Person" else "investedIn"
            mod = self._modality(self.clauses[0], Tok(m.start(), m.end(), m.group(), "v"))
            if mod:
                r = self._typed(party, rel, self.refs.get((subj.start, subj.end), subj), 0.8 * mod)
                if r is not None:
                    out.append(r)
        return out

    def _set_up_firm(self, named: list[Cand]) -> Cand | None:
        """The firm the sentence says was set up: the one right before 成立于 (B成立于2020年), or the
        first clause's subject when a clause opens with it (X全称Y，成立于2021年)."""
        text = self.text
        for m in _SET_UP_IN.finditer(text, self.span[0], self.span[1]):
            firm = next((e for e in named if e.end == m.start()), None)
            if firm is None and any(c[0] == m.start() for c in self.clauses):
                firm = self._subject_of(self.clauses[0])
            if firm is not None and firm.type == "Company":
                return self.refs.get((firm.start, firm.end), firm)
        return None

    def wholly_set_up(self, found: list[RelCand]) -> list[RelCand]:
        """``A全资设立X``, ``A控股设立了X、Y``: the firm A set up with all or most of the money is A's subsidiary as
        well as A's founding;
        a public body's (``X市国资委全资设立Y``) is its stake, as control by a body is elsewhere."""
        done = {(r.head, r.relation, r.tail) for r in found}
        types = {(e.start, e.end): e.type for e in self.ents}
        out = []
        for r in found:
            m = _WHOLLY_SET_UP.match(self.text, r.head[1], r.tail[0]) if r.relation == "founded" and r.head[1] <= r.tail[0] else None
            if m is None:
                continue
            # (A控股发起设立了X、Y等: every firm of the list)
            listed = [e for e in self.ents if m.end() <= e.start and e.end <= r.tail[0]]
            gaps = [self.text[a : b] for a, b in zip([m.end()] + [e.end for e in listed], [e.start for e in listed] + [r.tail[0]])]
            if any(g not in ("", "、", "和", "及", "与") for g in gaps) or gaps[0]:
                continue
            if types.get(r.head) == "Company" and (r.tail, "subsidiaryOf", r.head) not in done:
                out.append(RelCand(r.tail, "subsidiaryOf", r.head, r.confidence, r.sentence))
            elif types.get(r.head) == "Organization" and (r.head, "investedIn", r.tail) not in done:
                out.append(RelCand(r.head, "investedIn", r.tail, r.confidence, r.sentence))
        return out

    def through_vehicles(self, found: list[RelCand]) -> list[RelCand]:
        """``A通过B间接持有C 43.6%的股份``, ``A通过全资子公司B收购C``: B holds or buys C for A, so A
        invested in (or bought) C too."""
        out = []
        text = self.text
        done = {(r.head, r.relation, r.tail) for r in found}
        for r in found:
            if r.relation not in ("investedIn", "acquired"):
                continue
            # A通过旗下产业投资平台B，领投了C…: the clause after the vehicle goes on with A as its subject, but
            # B made the deal, for A, whose unit it is
            b = next((e for e in self.ents if r.head[1] < e.start and e.end < r.tail[0] and e.type in ("Company", "Organization")
                      and _THROUGH_VEHICLE.fullmatch(text, r.head[1], e.start)
                      and re.fullmatch(r"[，,]?", text[e.end : e.end + 1]) and _CARRIES_DEAL.match(text, e.end)), None)
            if b is not None and ((b.start, b.end), r.relation, r.tail) not in done:
                out.append(self.rel(b, r.relation, Cand(r.tail[0], r.tail[1], text[r.tail[0] : r.tail[1]], "Company", "ref", 0.9),
                                    r.confidence))
                if _THROUGH_VEHICLE.fullmatch(text, r.head[1], b.start).group(1):
                    out.append(self.rel(b, "subsidiaryOf", Cand(*r.head, text[r.head[0] : r.head[1]], "Company", "ref", 0.9), 0.8))
            m = _THROUGH_BEFORE.search(text, self.span[0], r.head[0])
            if m is None:
                continue
            a = next((e for e in self.ents if e.end == m.start() and e.type in ("Company", "Organization", "Person")), None)
            if a is not None and a.text != text[r.tail[0] : r.tail[1]]:
                out.append(self.rel(a, r.relation, Cand(r.tail[0], r.tail[1], text[r.tail[0] : r.tail[1]], "Company", "ref", 0.9),
                                    r.confidence * 0.95))
        return out

    # -- the trained classifier ---------------------------------------------

    def classified(self, found: list[RelCand]) -> list[RelCand]:
        """What the classifier reads between two company names that no pattern related (or ruled out)."""
        ents = [m for m in self.ents if m.type in _MODEL_TYPES and m.source != "ref"]
        if len(ents) < 2:
            return []
        model = load_model()
        if model is None:
            return []
        text = self.text
        related = {frozenset((text[r.head[0] : r.head[1]], text[r.tail[0] : r.tail[1]])) for r in found} | self.vetoed
        # co-agents: two names a pattern found doing the same to the same company (A领投，B跟投
        # X's round) are partners in the deal, not a deal between them
        agents: dict[tuple[str, str], set[str]] = defaultdict(set)
        for r in found:
            agents[(r.relation, text[r.tail[0] : r.tail[1]])].add(text[r.head[0] : r.head[1]])
        related |= {frozenset((a, b)) for group in agents.values() for a in group for b in group if a != b}
        # one pair of names, read where they stand closest (as in training)
        closest: dict[frozenset[str], tuple[int, Cand, Cand]] = {}
        for i, a in enumerate(ents):
            for b in ents[i + 1 :]:
                gap = b.start - a.end
                if a.text == b.text or gap < 0 or gap > _MODEL_MAX_GAP:
                    continue
                key = frozenset((a.text, b.text))
                if key in related or (key in closest and closest[key][0] <= gap):
                    continue
                closest[key] = (gap, a, b)
        out = []
        names = [m for m in self.ents if m.type in ("Company", "Organization", "Person")]
        for _, a, b in closest.values():
            if any(a.end <= m.start and m.end <= b.start for m in names) or _SENTENCE_END.search(text, a.end, b.start):
                continue  # the model never saw a third name or a sentence break between the two
            if _IS_A_HOLDER_AFTER.match(text, a.end, b.start) and re.search(r"股东[^，,；;。]{0,2}$", text[a.end : b.start]):
                continue  # A与B为新进股东，原第九大股东C: holders named in turn, of a company, not of each other
            clause = next((c for c in self.clauses if c[0] <= b.start < c[1]), self.span)
            verb = max(_DEAL_VERB.finditer(text, clause[0], b.start), key=lambda m: m.start(), default=None)
            if not self._modality(clause, Tok(b.start, b.start, "", "v")) or (
                    verb is not None and not self._modality(clause, Tok(verb.start(), verb.end(), verb.group(), "v"))):
                continue  # 没有/未 before the second name or its deal's verb, the deal failed or is hearsay: as for the patterns
            if self._in_place_phrase(next((c for c in self.clauses if c[0] <= a.start < c[1]), self.span), a):
                continue  # 在X交易所竞得Y: X is where, not who
            rel, h, _t, p = model.best(text, (a.start, a.end), (b.start, b.end), self.span)
            if rel == "none" or (rel == "partnerOf" and not _affirmed_after(text, b.end, self.span[1]) and (
                    _NO_TIES_AFTER.match(text, b.end) or _NO_TIES_AFTER.match(text, a.end)
                    or _ASKED_BEFORE.search(text, max(self.span[0], a.start - 12), a.start)
                    or _ASKED_BEFORE.search(text, max(self.span[0], b.start - 12), b.start)
                    or _ASKED_AFTER.match(text, a.end) or _ASKED_AFTER.match(text, b.end))):
                continue  # (询问是否与B存在合作，…回复称，与B暂无直接业务往来: the sentence says there are none)
            long, short = (a, b) if len(a.text) > len(b.text) else (b, a)
            if rel == "partnerOf" and long.text.startswith(short.text) \
                    and self.lex.suffix(long.text, "company") == long.text[len(short.text):]:
                continue  # (A与岚川汽车合作，在岚川的产线上…: a firm and its name without its trade's word, one firm)
            conf = min(model.calibrated(p), MODEL_MAX_CONFIDENCE)
            if conf >= MODEL_THRESHOLD:
                head, tail = (a, b) if h == (a.start, a.end) else (b, a)
                if rel == "investedIn" and _ROUND_INVESTOR_AFTER.match(text, tail.end, self.span[1]):
                    continue  # 由A领投，B、C跟投: co-investors of a round, not a deal between them (not X获A领投)
                r = self._typed(head, rel, tail, conf)
                if r is not None:
                    out.append(r)
        return out

