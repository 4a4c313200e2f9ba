"""Job-title phrases: ``董事局主席兼CEO``, ``合伙人``, ``教育线负责人``."""

from __future__ import annotations

import re

from kg.nlp.lexicons import Lexicons

__all__ = ["parse_title", "title_prefix"]

_DEPUTY = re.compile(r"(副|助理|代理)")
#: A title someone held before: 前CEO, 原董事长, 已卸任的总裁.
_FORMER = re.compile(r"^(?:前任|前|原|已故|已卸任的?|卸任的?|退休的?)")
_TITLE_SEP = re.compile(r"兼|、|暨|及|和")
_BAD_PREFIX = re.compile(r"[的是在说了和与将把对从由，。,、；;：:\d“”\"()（）]")
#: Verbs and holder words before a title: 现有股东包括创始人 is a list of holders, not a title;
#: 子公司总经理 is a post at a subsidiary the text does not name.
_BAD_PREFIX_WORDS = re.compile(r"包括|股东|担任|出任|成为|任命|聘请|加入|离开|辞去|子公司|分公司|孙公司")
#: Words of a post still to be given, before it: 拟聘任, 选举, 提名.
_PENDING_POST = re.compile(r"拟|聘任|选举|提名|推荐")
#: Lead-in words before a title that are no part of it: the title starts after the last (公司近日收到|董事长, 董事会决定|副总裁).
_LEAD_IN_WORDS = re.compile(r"收到|接到|近日|日前|提交|审议|通过|同意|决定|宣布|表示|发布|选举|聘任|率队|委派|派出|派驻|指派")
#: An office or department inside the organisation before a head's title: 总裁办主任, 创始人办公室主任, 投资部总经理
#: head the office, not the firm; so do the heads of a line of products or business (X产品线负责人, 海外业务负责人).
#: (not 总部: the firm's headquarters; 投资银行部执行|总经理: the rank in the office before the head's word)
#: Words before a later title of a chain that keep it at the same body: 董事兼集团总裁, 总经理、首席执行官.
_SAME_BODY_PREFIX = re.compile(r"(?:集团|公司|本公司|该公司|董事会|监事会|党委|党组|全球|总部)?(?:执行|常务|高级|资深|首席|联席|名誉|代理|代行|轮值|副)*")
_OFFICE_PREFIX = re.compile(r"(?:办|办公室|秘书处|(?<!总)部|中心|处|室|线|业务|板块|项目)(?:执行|常务|高级|资深)?$")


#: A title's Latin abbreviation in brackets after it: （CFO）, (COO).
_ABBREVIATION_NOTE = re.compile(r"[（(][A-Za-z]{2,6}[）)]")
#: A title's foreign form in brackets (董事总经理（Geschäftsführer）), and 之一 after a post that several hold.
_FOREIGN_NOTE = re.compile(r"[（(][A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .\-]{1,30}[）)]")
_ONE_OF = re.compile(r"之一$")


def parse_title(between: str, lex: Lexicons, lead_in: bool = True) -> tuple[str, bool] | None:
    """Read ``between`` as a title phrase; ``(title, is_top)`` or ``None``. With ``lead_in``, words
    that lead into the title (收到, 近日, 宣布…) may come first and are not part of it.

    >>> from kg.nlp.lexicons import load_lexicons
    >>> lex = load_lexicons(None)
    >>> parse_title("董事局主席兼CEO", lex)
    ('董事局主席兼CEO', True)
    >>> parse_title("副理事长", lex)
    ('副理事长', False)
    >>> parse_title("投资了", lex) is None
    True
    >>> parse_title("前CEO", lex)  # a former title: the person held it, but does not lead now
    ('前CEO', False)
    >>> parse_title("总裁办主任", lex)  # the head of an office inside the firm
    ('总裁办主任', False)
    >>> parse_title("投资银行部执行总经理", lex)
    ('投资银行部执行总经理', False)
    >>> parse_title("副总裁、音频产品线负责人", lex)  # the head of a product line, not of the firm
    ('副总裁、音频产品线负责人', False)
    >>> parse_title("近日收到董事长", lex)  # words that lead into the title are dropped (with ``lead_in``)
    ('董事长', True)
    >>> parse_title("近日收到董事长", lex, lead_in=False) is None
    True
    >>> parse_title("委派副总经理", lex)  # X委派副总经理甲: the firm sends its own vice president
    ('副总经理', False)
    >>> parse_title("委派其副总经理", lex)
    ('副总经理', False)
    """
    t = between.strip()
    t = t.lstrip(")）").removeprefix("的").strip()
    t = _ABBREVIATION_NOTE.sub("", t)  # 首席财务官（CFO）兼董事会秘书: the title's abbreviation in brackets
    t = _ONE_OF.sub("", _FOREIGN_NOTE.sub("", t))  # 董事总经理（Geschäftsführer）之一: one of those who hold the post
    leads = list(_LEAD_IN_WORDS.finditer(t))
    if leads:
        # 近日收到董事长: with ``lead_in`` the title starts after the words that lead into it (without, there is none);
        # 审议通过拟聘任副总经理: a post proposed, not held
        if not lead_in or _PENDING_POST.search(t, 0, leads[-1].end()):
            return None
        t = t[leads[-1].end() :].removeprefix("其")  # (X委派其副总经理甲: 其 is the firm that sends its own)
    if not t or len(t) > 24:
        return None
    top = False
    for i, seg in enumerate(_TITLE_SEP.split(t)):
        seg = seg.strip()
        if not seg:
            return None
        title = lex.title_at_end(seg)
        if title is None:
            return None
        prefix = seg[: -len(title)]
        if len(prefix) > 8 or _BAD_PREFIX.search(prefix) or _BAD_PREFIX_WORDS.search(prefix):
            return None
        if i and prefix and not _SAME_BODY_PREFIX.fullmatch(prefix):
            continue  # 董事、岫川锦汉董事长: a later post with a name of its own is at another body, not a head's post here
        if lex.titles[title] == "top" and not _DEPUTY.search(prefix) and not _OFFICE_PREFIX.search(prefix):
            top = True
    return t, top and not _FORMER.match(t)



def title_prefix(text: str, lex: Lexicons, max_len: int = 16) -> tuple[str, bool] | None:
    """The longest title phrase that ``text`` starts with: ``(title, is_top)`` or ``None``.

    >>> from kg.nlp.lexicons import load_lexicons
    >>> title_prefix("高级副总裁王莆中接受采访", load_lexicons(None))
    ('高级副总裁', False)
    """
    window = text[:max_len]
    firsts = lex.title_first_chars
    ends = sorted({m.end() for k in range(len(window)) if window[k] in firsts and (m := lex.title_re.match(window, k))},
                  reverse=True)
    for n in ends:
        parsed = parse_title(window[:n], lex, lead_in=False)  # (the title must be the words it starts with)
        if parsed is not None:
            return parsed
    return None
