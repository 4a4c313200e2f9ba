"""General removal of web-page boilerplate lines from article text.

Scraped news pages carry junk around the article body: login and sharing boxes,
copyright notices, stray counters, and spam headlines pasted between paragraphs.
:func:`strip_boilerplate` drops such lines with general rules (keyword scores,
line shape, and how much a line shares with the rest of the document); it never
matches phrases of a particular page.

A line is junk when it is

* a lone number or lone punctuation (``0``, ``|``, ``——``);
* a short page-widget line: it holds page-widget words (登录, 注册, 扫一扫,
  版权所有, copyright ...) and little else, or enough of them (more when it
  reads as a sentence) while sharing little with the rest of the document;
* a short standalone question (``...?``) whose content bigrams are almost absent
  from the rest of the document: a spam headline inserted into the page.

A trailing run made only of junk lines (and blank lines) is dropped whole, and
in that tail a short non-sentence line with any page-widget word, a byline
(``来源：X``, ``编辑：X``), a list item under a related-stories header (a
related story's headline, ``·X召开…会``) or a labelled notice about the page
of any length (``免责声明：本文…``; not a firm's own ``特别声明：``) counts as junk.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["strip_boilerplate"]

#: A junk line is short: at most this many characters (twice as many without CJK).
MAX_JUNK_LEN = 40
#: A stray question line is at most this many characters.
MAX_QUESTION_LEN = 25
#: Lone numbers / punctuation lines longer than this are kept.
MAX_LONE_SYMBOL_LEN = 12
#: The rest of the document needs this many distinct bigrams to judge relatedness.
MIN_CONTEXT_BIGRAMS = 30
#: A question sharing less than this fraction of its bigrams with the document is stray.
UNRELATED_OVERLAP = 0.25
#: A widget line sharing this fraction (and at least TOPIC_MIN_SHARED) bigrams is on topic.
TOPIC_OVERLAP = 0.6
TOPIC_MIN_SHARED = 3
#: A widget line with at most this many other word characters is junk outright.
MAX_RESIDUE = 2

# Page-widget words. Strong ones almost never appear in a short line of article
# prose; weak ones do ("引发关注。"), so a line needs several of them.
_STRONG_WORDS = tuple(
    "忘记密码|找回密码|验证码|扫一扫|扫码|二维码|分享到|一键分享|版权所有|版权声明|免责声明|"
    "未经授权|转载请注明|责任编辑|点击查看|点击进入|阅读原文|阅读全文|下载APP|下载客户端|"
    "返回顶部|回到顶部|上一篇|下一篇|相关阅读|推荐阅读|相关新闻|相关文章|相关链接|快速登录|立即登录|立即注册|"
    "打印本页|关闭窗口|打开当前页|"
    "copyright|©|all rights reserved|sign in|sign up|log in|back to top|read more".split("|")
)
_WEAK_WORDS = tuple(
    "登录|登陆|注册|账号|帐号|密码|关注|分享|收藏|举报|评论|点赞|转载|订阅|公众号|客户端|APP|"
    "返回|首页|login|register|share|follow|subscribe|comment".split("|")
)


def _word_pattern(words: tuple[str, ...]) -> str:
    """Regex alternation of ``words``, longest first; Latin words match whole words only."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        body = re.escape(word)
        latin = word.isascii() and word[0].isalnum()
        parts.append(rf"(?<![a-z0-9]){body}(?![a-z0-9])" if latin else body)
    return "|".join(parts)


_WIDGET_RE = re.compile(
    f"(?P<strong>{_word_pattern(_STRONG_WORDS)})|(?P<weak>{_word_pattern(_WEAK_WORDS)})",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[。！!；;…]+[”’\"'）)」』】]*$|\.$")
_QUESTION_END = re.compile(r"[?？][”’\"'）)」』】]*$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD_RUN = re.compile(r"[^\W_]+")
# Function characters: bigrams holding one carry no topic ("是做", "什么").
_FUNCTION_CHARS = frozenset(
    "的了是在和与及或也都就而但被把从对为这那之其此该什么吗呢吧啊呀嘛"
    "怎如何哪谁有个一不没很再又还将可要我你他她它们着过地得所以于"
)


def strip_boilerplate(text: str) -> str:
    """Remove page-boilerplate lines from ``text``.

    Args:
        text: Document text with ``\\n`` newlines.

    Returns:
        The text without junk lines. Kept lines are unchanged and keep their
        order; blank lines stay, except that removing a line between two blank
        lines removes one of them too, and a removed trailing block takes the
        blank lines before it. A final newline is kept.
    """
    lines = text.split("\n")
    if not any(line.strip() for line in lines):
        return text
    context = _Context(lines)
    drop = [context.is_junk(i) for i in range(len(lines))]

    # The trailing tail: blank lines and junk lines (leniently judged) at the end.
    start = len(lines)
    while start > 0 and (
        _is_blank(lines[start - 1]) or drop[start - 1]
        or _is_tail_junk(lines[start - 1], _LIST_MARK.match(lines[start - 1].strip()) is not None
                         and _under_related_header(lines, start - 1))
        or _headline_under_related_header(lines, start - 1)
        or _is_related_header(lines[start - 1])
        or (start == len(lines) or _is_blank("".join(lines[start:]))) and _after_related_list(lines, start - 1)
    ):
        start -= 1
    # (a related-stories header with its list counts as page junk there: 热门文章 · A · B)
    if any(drop[start:]) or any(_is_related_header(line) for line in lines[start:]):
        drop[start:] = [True] * (len(lines) - start)

    kept: list[str] = []
    for i, line in enumerate(lines):
        if drop[i]:
            continue
        # Removing a paragraph between blank lines must not leave two blank lines.
        if _is_blank(line) and i > 0 and drop[i - 1] and (not kept or _is_blank(kept[-1])):
            continue
        kept.append(line)
    if len(kept) == len(lines):
        return text
    out = "\n".join(kept)
    if text.endswith("\n") and out and not out.endswith("\n"):
        out += "\n"
    return out


class _Context:
    """Per-document state: the lines and which content bigrams each holds."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._line_grams: list[set[str]] | None = None
        self._counts: Counter[str] | None = None
        self.blank_paragraphs = any(_is_blank(line) for line in lines)
        self.several_lines = sum(1 for line in lines if line.strip()) > 1

    @property
    def bigrams(self) -> list[set[str]]:
        """Each line's content bigrams, computed on first use: most documents have no line to judge."""
        if self._line_grams is None:
            self._line_grams = [_bigrams(line) for line in self.lines]
        return self._line_grams

    @property
    def counts(self) -> Counter[str]:
        """How many lines hold each bigram."""
        if self._counts is None:
            self._counts = Counter()
            for grams in self.bigrams:
                self._counts.update(grams)
        return self._counts

    def is_junk(self, i: int) -> bool:
        """Whether line ``i`` is junk on its own (outside the trailing tail)."""
        s = self.lines[i].strip()
        if not s:
            return False
        if _is_lone_symbols(s) or (_BYLINE.fullmatch(s) and self.several_lines):
            return True  # (0, |; 作者：李文, 来源：青岚日报: a byline, beside other lines)
        if len(s) > _max_len(s):
            return False
        score, residue = _widget_score(s)
        if score:
            if len(residue.replace(" ", "")) <= MAX_RESIDUE:
                return True
            needed = 3 if _SENTENCE_END.search(s) else 2
            on_topic = self._related(i, _bigrams(residue), TOPIC_OVERLAP, TOPIC_MIN_SHARED)
            return score >= needed and not on_topic
        return (
            len(s) <= MAX_QUESTION_LEN
            and _QUESTION_END.search(s) is not None
            and self._standalone(i)
            and len(self.bigrams[i]) >= 2
            and not self._related(i, self.bigrams[i], UNRELATED_OVERLAP, 1)
        )

    def _standalone(self, i: int) -> bool:
        """Whether line ``i`` is a paragraph of its own."""
        if not self.blank_paragraphs:
            return True
        before = i == 0 or _is_blank(self.lines[i - 1])
        after = i == len(self.lines) - 1 or _is_blank(self.lines[i + 1])
        return before and after

    def _related(self, i: int, grams: set[str], ratio: float, minimum: int) -> bool:
        """Whether ``grams`` overlap the rest of the document (lines other than ``i``).

        A document too small to judge counts every line as related.
        """
        own = self.bigrams[i]
        if len(self.counts) - len(own) < MIN_CONTEXT_BIGRAMS or not grams:
            return True
        shared = sum(1 for g in grams if self.counts[g] > (g in own))
        return shared >= minimum and shared / len(grams) >= ratio


def _is_blank(line: str) -> bool:
    return not line.strip()


def _max_len(s: str) -> int:
    return MAX_JUNK_LEN if _CJK.search(s) else 2 * MAX_JUNK_LEN


def _is_lone_symbols(s: str) -> bool:
    """A short line of digits, punctuation, symbols and spaces only (``0``, ``|``)."""
    return len(s) <= MAX_LONE_SYMBOL_LEN and all(unicodedata.category(ch)[0] in "NPSZ" for ch in s)


def _widget_score(s: str) -> tuple[int, str]:
    """Score page-widget words in ``s`` (strong 2, weak 1).

    Returns:
        The score and the residue: the word characters left outside the matches,
        with a space where a match was.
    """
    score = 0
    for match in _WIDGET_RE.finditer(s):
        score += 2 if match.group("strong") else 1
    return score, " ".join(_WORD_RUN.findall(_WIDGET_RE.sub(" ", s)))


#: A list item's mark at a line's start (a related story's headline in a page's tail: ·X召开…会).
_LIST_MARK = re.compile(r"[·•▪●◆■▶►]")
#: A byline, a whole short line: 来源：X, 编辑：X, 作者：X (not 资金来源：…, 基因编辑：…).
_BYLINE = re.compile(r"(?:来源|稿源|编辑|责编|作者|审核|校对)[：:]\s*[^\s，,。；;：:]{1,12}")
#: A page's labelled notice about the page, whole sentences after the label: 免责声明：本文仅供参考…,
#: 特别声明：以上内容…本平台仅提供信息存储服务 (not a firm's own 特别声明：, which names no page word).
_NOTICE = re.compile(r"[【\[]?(?:免责声明|版权声明|风险提示|郑重声明|特别声明)[】\]]?[：:]"
                     r".*(?:本文|本站|本网|本平台|转载|投资建议|仅供参考|仅代表作者|信息存储|版权|投资有风险)")
#: A related-stories header, after which a page lists other stories' headlines.
_RELATED_HEADER = re.compile(r"(?:相关新闻|相关阅读|推荐阅读|相关文章|相关链接|延伸阅读|热门推荐|更多新闻|热门文章|热门资讯|热点新闻"
                             r"|相关推荐|精彩推荐|猜你喜欢|大家都在看|最新文章|热文推荐|更多阅读)[：:]?$")


def _is_tail_junk(line: str, below_header: bool = False) -> bool:
    """Lenient junk test for the trailing tail: a labelled notice about the page (``免责声明：本文…``)
    of any length, any widget word or a byline in a short non-sentence, or a list item's mark under a
    related-stories header (``below_header``)."""
    s = line.strip()
    if _NOTICE.match(s):
        return True
    return len(s) <= _max_len(s) and not _SENTENCE_END.search(s) and (
        _widget_score(s)[0] > 0 or bool(_BYLINE.fullmatch(s)) or (below_header and bool(_LIST_MARK.match(s))))


def _after_related_list(lines: list[str], i: int) -> bool:
    """Line ``i``, the page's last, is a short question or teaser right after a related-stories list
    (``兼职游戏代练一天能赚多少钱？`` under ``热门文章`` and its items)."""
    s = lines[i].strip()
    if not s or len(s) > 30 or _SENTENCE_END.search(s):
        return False
    k = i - 1
    while k >= 0 and _is_blank(lines[k]):
        k -= 1
    return k >= 0 and bool(_LIST_MARK.match(lines[k].strip())) and _under_related_header(lines, k)


def _under_related_header(lines: list[str], i: int) -> bool:
    """Line ``i`` is one of the list items right under a related-stories header."""
    k = i - 1
    while k >= 0 and (_is_blank(lines[k]) or _LIST_MARK.match(lines[k].strip())):
        k -= 1
    return k >= 0 and _is_related_header(lines[k])


def _is_related_header(line: str) -> bool:
    """The line is a related-stories header alone (``相关文章：``, ``【相关链接】``), not a sentence that
    ends in one (``介绍了团队发表的相关文章：``) nor a shop's ``店内热门推荐：``."""
    return bool(_RELATED_HEADER.match(line.strip().strip("【】[] ")))


def _headline_under_related_header(lines: list[str], i: int) -> bool:
    """Line ``i`` is a headline listed with no mark under a related-stories header: it and every
    line up to the header are short and end no sentence (``相关文章：`` / ``X 手机官宣 10 月 8 日发布``)."""
    k = i
    while k >= 0 and (_is_blank(lines[k]) or _bare_headline(lines[k])):
        k -= 1
    return k < i and k >= 0 and _is_related_header(lines[k])


def _bare_headline(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 2 * MAX_QUESTION_LEN and not _SENTENCE_END.search(s) and not _RELATED_HEADER.search(s)


def _bigrams(s: str) -> set[str]:
    """Content tokens of ``s``.

    CJK character bigrams without function characters, and lower-cased
    Latin/digit words of two or more characters.
    """
    grams: set[str] = set()
    for run in _WORD_RUN.findall(s):
        if run.isascii():
            if len(run) >= 2:
                grams.add(run.lower())
            continue
        for a, b in zip(run, run[1:], strict=False):
            if a not in _FUNCTION_CHARS and b not in _FUNCTION_CHARS:
                grams.add(a + b)
    return grams
