"""Tests of kg.ingest (inputs -> Documents) and kg.boilerplate (page-junk removal)."""

from __future__ import annotations

import codecs
import io
import json
import os
from pathlib import Path

import pytest

from kg.boilerplate import strip_boilerplate
from kg.errors import InputError
from kg.ingest import decode_bytes, expand_inputs, read_documents
from kg.types import Document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_08b5a1753ea21df5.txt"
DATA = Path(__file__).resolve().parent / "data" / "ingest"

NEWS = "小米集团发布第三季度财报\n\n雷军表示，公司营收同比增长百分之八。\n"

# A synthetic article (not the seed) long enough to judge what a line shares with it.
ARTICLE_PARAS = [
    "比亚迪发布新一代刀片电池",
    "  据报道，比亚迪在深圳举行发布会，正式推出新一代刀片电池，能量密度较上一代提升两成。",
    "  公司董事长王传福表示，新电池将率先搭载于旗下多款新能源汽车，并向其他整车厂开放供应。",
    "  分析人士认为，电池成本下降将推动新能源汽车价格进一步走低，行业竞争随之加剧。",
    "  业内预计，未来两年动力电池产能仍将快速扩张，上游锂矿价格也可能随之波动。",
]


def article(*extra: str, at: int = 3) -> str:
    """The synthetic article with ``extra`` paragraphs inserted before paragraph ``at``."""
    paras = ARTICLE_PARAS[:at] + list(extra) + ARTICLE_PARAS[at:]
    return "\n\n".join(paras) + "\n"


def write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def read_all(inputs: list[str], **kwargs) -> tuple[list[Document], list[InputError]]:
    problems: list[InputError] = []
    docs = list(read_documents(inputs, on_problem=problems.append, **kwargs))
    return docs, problems


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda s: s.encode("utf-8"), id="utf-8"),
        pytest.param(lambda s: s.encode("utf-8-sig"), id="utf-8-sig"),
        pytest.param(lambda s: s.encode("utf-16"), id="utf-16-native-bom"),
        pytest.param(lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda s: s.encode("gb18030"), id="gb18030"),
        pytest.param(lambda s: s.encode("gbk"), id="gbk"),
    ],
)
def test_ingest_detects_encoding(tmp_path: Path, encode) -> None:
    path = write(tmp_path / "news.txt", encode(NEWS.replace("\n", "\r\n")))
    (doc,) = read_documents([path])
    assert doc == Document(id=path, text=NEWS, source=path)
    assert not doc.text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("甲\r\n乙\r\n", "甲\n乙\n"),
        ("甲\r乙\r", "甲\n乙\n"),
        ("甲\r\n\r\n乙\r丙\n", "甲\n\n乙\n丙\n"),
        ("  保留  空白\t和\u3000全角空格  \n", "  保留  空白\t和\u3000全角空格  \n"),
    ],
)
def test_ingest_decode_normalises_newlines_only(raw: str, expected: str) -> None:
    assert decode_bytes(raw.encode("utf-8"), "x.txt") == expected


def test_ingest_decode_prefers_utf8_over_gb18030() -> None:
    text = "腾讯发布混元大模型。"
    assert decode_bytes(text.encode("utf-8"), "x") == text
    assert decode_bytes(text.encode("gb18030"), "x") == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("台積電發布財報，營收創新高。今天天氣很好，我們去公園散步吧。", "big5"),
        ("トヨタ自動車が新型車を発表しました。", "shift_jis"),
    ],
)
def test_ingest_decode_other_cjk_encodings_not_misread_as_gb18030(text: str, encoding: str) -> None:
    # These bytes are valid GB18030 too, but decode to rare characters there.
    assert decode_bytes(text.encode(encoding), "x") == text


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_ingest_decode_whole_seed_article(encoding: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert decode_bytes(text.encode(encoding), "seed") == text


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text", id="nul"
        ),
        pytest.param(bytes(range(1, 9)) * 20 + b"abc", "binary file, not text", id="controls"),
        pytest.param(b"", "empty document", id="empty"),
        pytest.param(b" \r\n\t\n  ", "empty document", id="whitespace"),
        pytest.param(codecs.BOM_UTF8, "empty document", id="bom-only"),
        pytest.param(
            codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le"), "empty document", id="utf16-blank"
        ),
        pytest.param(
            codecs.BOM_UTF16_LE + b"\x00\xd8", "cannot decode as utf-16-le", id="bad-utf16"
        ),
    ],
)
def test_ingest_decode_rejects_bad_bytes(data: bytes, problem: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, "in/file.txt")
    assert info.value.source == "in/file.txt"
    assert problem in info.value.problem
    assert str(info.value).startswith("in/file.txt: ")
    assert "\n" not in str(info.value)


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.TXT", "notes.text", "data.csv"])
def test_ingest_one_document_per_plain_file(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, NEWS)
    assert list(read_documents([path])) == [Document(id=path, text=NEWS, source=path)]


def test_ingest_html_fixture_main_text() -> None:
    path = str(DATA / "news.html")
    (doc,) = read_documents([path])
    assert doc.id == doc.source == path
    assert doc.title == "宁德时代在德国建厂 | 示例新闻网"
    assert doc.text.split("\n") == [
        "宁德时代在德国建设电池工厂",
        "宁德时代宣布在德国图林根州投资建设 动力电池工厂,计划年产能十四吉瓦时。",
        "该工厂将为宝马等欧洲车企供货。",
        "首批产品预计明年下线。",
        "投资金额:十八亿欧元",
        "员工人数:约两千人",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "<nav>菜单</nav><main><h2>标题</h2><p>正文一</p><div>正文二</div></main>"
            "<p>主体之外</p>",
            "标题\n正文一\n正文二",
            id="main",
        ),
        pytest.param(
            "<header>站点头部</header><div><p>第一段</p><p>第二段<b>加粗</b>继续</p></div>"
            "<footer>页脚</footer><aside>侧栏</aside>",
            "第一段\n第二段加粗继续",
            id="body",
        ),
        pytest.param(
            "<article><p>短的相关文章</p></article><article><p>这是最长的一篇正文文章内容。</p>"
            "</article>",
            "这是最长的一篇正文文章内容。",
            id="longest-article",
        ),
        pytest.param(
            "<p>表格:</p><table><tr><td>公司</td><td>城市</td></tr><tr><td>华为</td>"
            "<td>深圳</td></tr></table>",
            "表格:\n公司 城市\n华为 深圳",
            id="table",
        ),
        pytest.param("<p>甲<br/>乙</p><pre>一行\n  二行</pre>", "甲\n乙\n一行\n二行", id="br-pre"),
    ],
)
def test_ingest_html_block_structure(tmp_path: Path, body: str, expected: str) -> None:
    html = f"<html><head><title> 页面\n 标题 </title></head><body>{body}</body></html>"
    path = write(tmp_path / "page.htm", html)
    (doc,) = read_documents([path])
    assert doc.text == expected
    assert doc.title == "页面 标题"


def test_ingest_html_in_gbk_without_title(tmp_path: Path) -> None:
    html = "<html><body><script>x()</script><p>华为发布鸿蒙系统。</p></body></html>"
    path = write(tmp_path / "gbk.html", html.encode("gbk"))
    (doc,) = read_documents([path])
    assert (doc.text, doc.title) == ("华为发布鸿蒙系统。", None)


def test_ingest_jsonl_records_and_problems(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"id": "n1", "text": "字节跳动推出飞书。", "title": "飞书", "url": "http://x/1"}
        ),
        json.dumps({"text": "京东物流上市。", "date": "2021-05-28"}),
        "{not json",
        "",
        json.dumps(["text", "array"]),
        json.dumps({"id": 7}),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        json.dumps({"id": 8, "text": "美团收购摩拜。\r\n第二行"}, ensure_ascii=False),
    ]
    path = write(tmp_path / "docs.jsonl", "\n".join(lines) + "\n")
    docs, problems = read_all([path])
    assert docs == [
        Document("n1", "字节跳动推出飞书。", path, title="飞书", url="http://x/1"),
        Document(f"{path}#L2", "京东物流上市。", path, date="2021-05-28"),
        Document("8", "美团收购摩拜。\n第二行", path),
    ]
    assert [(p.source, p.line) for p in problems] == [(path, n) for n in (3, 5, 6, 7, 8)]
    messages = [str(p) for p in problems]
    assert messages[0].startswith(f"{path}:3: invalid JSON")
    assert messages[1] == f"{path}:5: not a JSON object but list"
    assert messages[2] == f'{path}:6: missing "text" field'
    assert messages[3] == f'{path}:7: "text" must be a string, not int'
    assert messages[4] == f'{path}:8: empty "text"'


def test_ingest_jsonl_raises_without_on_problem(tmp_path: Path) -> None:
    path = write(tmp_path / "docs.jsonl", '{"text": "好的一行。"}\n[1]\n{"text": "不会读到。"}\n')
    docs = read_documents([path])
    assert next(docs).text == "好的一行。"
    with pytest.raises(InputError, match=r"docs\.jsonl:2: not a JSON object"):
        next(docs)


# --------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            "阿里巴巴发布通义千问。\n第二段。\n".encode(),
            [Document("<stdin>", "阿里巴巴发布通义千问。\n第二段。\n", "<stdin>")],
            id="text",
        ),
        pytest.param(
            "百度发布文心一言。".encode("gb18030"),
            [Document("<stdin>", "百度发布文心一言。", "<stdin>")],
            id="gb18030-text",
        ),
        pytest.param(
            b'{"id": "a", "text": "one"}\n\n{"text": "two"}\n',
            [Document("a", "one", "<stdin>"), Document("<stdin>#L3", "two", "<stdin>")],
            id="jsonl",
        ),
        pytest.param(
            b'{"text": "one"}\nplain line\n',
            [Document("<stdin>", '{"text": "one"}\nplain line\n', "<stdin>")],
            id="mixed-is-text",
        ),
    ],
)
def test_ingest_stdin_sniffs_jsonl_or_text(data: bytes, expected: list[Document]) -> None:
    assert list(read_documents(["-"], stdin=io.BytesIO(data))) == expected


def test_ingest_stdin_problems_name_stdin() -> None:
    docs, problems = read_all(["-"], stdin=io.BytesIO(b'{"text": "ok"}\n{"id": 1}\n'))
    assert [d.text for d in docs] == ["ok"]
    assert [str(p) for p in problems] == ['<stdin>:2: missing "text" field']
    _, problems = read_all(["-"], stdin=io.BytesIO(b"\x00\x01binary"))
    assert [str(p) for p in problems] == ["<stdin>: binary file, not text"]


# --------------------------------------------------------------------------- expansion


SUB = ["sub/deeper/y.md", "sub/x.html", "sub/z.txt"]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for rel in [
        "b.txt",
        "a.md",
        "c.jsonl",
        "page.HTML",
        "old.htm",
        "skip.csv",
        "notes",
        ".hidden.txt",
        ".git/config.txt",
        "sub/z.txt",
        "sub/deeper/y.md",
        "sub/x.html",
    ]:
        write(tmp_path / rel, '{"text": "x"}\n' if rel.endswith(".jsonl") else "正文。\n")
    return tmp_path


def test_ingest_expand_directory_recursively(tree: Path) -> None:
    got = expand_inputs([str(tree)])
    assert [os.path.relpath(p, tree) for p in got] == [
        "a.md",
        "b.txt",
        "c.jsonl",
        "old.htm",
        "page.HTML",
        os.path.join("sub", "deeper", "y.md"),
        os.path.join("sub", "x.html"),
        os.path.join("sub", "z.txt"),
    ]
    assert all(p.startswith(str(tree)) for p in got)


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        (["*.txt"], ["b.txt"]),
        (["**/*.txt"], ["b.txt", "sub/z.txt"]),
        (["sub/*"], SUB),
        (["s?b/[xz].*"], ["sub/x.html", "sub/z.txt"]),
        (["*.csv"], ["skip.csv"]),
        (["sub/z.txt", "a.md", "-"], ["sub/z.txt", "a.md", "-"]),
        # input order kept, explicit unknown extension read, duplicates dropped
        (["notes", "b.txt", "*.txt", "sub", "sub/x.html"], ["notes", "b.txt", *SUB]),
    ],
)
def test_ingest_expand_globs_and_order(
    tree: Path, monkeypatch: pytest.MonkeyPatch, patterns: list[str], expected: list[str]
) -> None:
    monkeypatch.chdir(tree)
    assert expand_inputs(patterns) == [p.replace("/", os.sep) for p in expected]


@pytest.mark.parametrize("missing", ["nope.txt", "nodir/", "*.docx", "sub/**/*.pdf"])
def test_ingest_expand_missing_raises(
    tree: Path, monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    monkeypatch.chdir(tree)
    with pytest.raises(InputError) as info:
        expand_inputs(["b.txt", missing])
    assert str(info.value) == f"{missing}: no such file or directory"


def test_ingest_read_documents_raises_missing_before_reading(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", NEWS)
    with pytest.raises(InputError, match="no such file or directory"):
        read_documents([good, str(tmp_path / "missing.txt")])


def test_ingest_directory_mixes_good_and_bad_files(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", NEWS)
    write(tmp_path / "2.txt", b"\x00\x01\x02\x03")
    write(tmp_path / "3.md", b"")
    write(tmp_path / "4.html", "<html><body><script>only()</script></body></html>")
    write(tmp_path / "5.jsonl", '{"text": "好。"}\n{bad\n')
    write(tmp_path / "6.txt", "0\n|\n")
    docs, problems = read_all([str(tmp_path)])
    assert [os.path.basename(d.id) for d in docs] == ["1.txt", "5.jsonl#L1"]
    assert [(os.path.basename(p.source), p.line, p.problem.split(":")[0]) for p in problems] == [
        ("2.txt", None, "binary file, not text"),
        ("3.md", None, "empty document"),
        ("4.html", None, "empty document after removing page boilerplate"),
        ("5.jsonl", 2, "invalid JSON"),
        ("6.txt", None, "empty document after removing page boilerplate"),
    ]
    with pytest.raises(InputError, match=r"2\.txt: binary file"):
        list(read_documents([str(tmp_path)]))


# --------------------------------------------------------------------------- boilerplate


def test_ingest_seed_article_boilerplate_removed() -> None:
    raw = SEED.read_text(encoding="utf-8")
    junk = {
        "0",
        "没有账号? 注册\xa0\xa0忘记密码?",
        "社交账号快速登录",
        "微信扫一扫关注",
        "如已关注,请回复“登录”二字获取验证码",
        "兼职视频剪辑师是做什么?",
    }
    assert junk <= {line.strip() for line in raw.split("\n")}
    (doc,) = read_documents([str(SEED)])
    kept = [line for line in doc.text.split("\n") if line.strip()]
    assert kept == [line for line in raw.split("\n") if line.strip() and line.strip() not in junk]
    assert "诞生了钉钉的第一个版本。" in kept
    assert kept[-1].strip().startswith("显而易见的是")
    assert doc.text == strip_boilerplate(raw)
    assert "每一个流程,\n\n诞生了钉钉的第一个版本。" in doc.text  # one blank line, not two
    assert doc.text.endswith("紧锣密鼓地发生。")


@pytest.mark.parametrize(
    "junk",
    [
        # lone numbers / punctuation
        ["12"],
        ["|"],
        ["……"],
        ["3 / 5"],
        ["·"],
        # login, sharing, copyright widgets
        ["请先登录后再发表评论"],
        ["用户名/密码 登录"],
        ["找回密码 | 立即注册"],
        ["扫码下载客户端"],
        ["分享到: 微博 QQ空间 豆瓣"],
        ["收藏 | 举报"],
        ["责任编辑：李明"],
        ["返回顶部"],
        ["Copyright © 2021 Example Media. All rights reserved."],
        ["Sign in  |  Register"],
        # stray questions sharing nothing with the article
        ["如何在家做兼职月入过万?"],
        ["宠物狗每天应该喂几次？"],
        # several in a row
        ["88", "点击查看更多评论", "阅读原文"],
    ],
)
def test_ingest_boilerplate_removes_junk_lines(junk: list[str]) -> None:
    assert strip_boilerplate(article(*junk)) == article()


@pytest.mark.parametrize(
    "line",
    [
        # long sentences mentioning widget words are article prose
        "该平台表示，自上线以来每天约有三千万用户登录使用，其中超过一半来自三四线城市的中小商户。",
        "记者注意到，不少车主在社交平台分享用车体验，也有人关注电池在低温环境下的续航表现。",
        # short sentences with one or two weak widget words
        "这一消息引发市场广泛关注。",
        "用户注册后即可登录。",
        # a short heading with one weak word, or several but on the article's topic
        "车主关注的焦点",
        "新能源汽车车主分享与关注",
        # questions that share content with the article
        "新能源汽车的价格战还会持续多久？",
        "刀片电池的能量密度能否继续提升?",
        # numbers and punctuation inside text, and ordinary short lines
        "2023年营收：4240亿元",
        "一、市场格局",
        "（完）",
        # Latin widget words only count as whole words
        "Shareholders approved the merger",
    ],
)
def test_ingest_boilerplate_keeps_article_lines(line: str) -> None:
    text = article(line)
    assert strip_boilerplate(text) == text


def test_ingest_boilerplate_keeps_questions_in_tiny_documents() -> None:
    text = "兼职视频剪辑师是做什么?\n\n一段很短的正文。\n"
    assert strip_boilerplate(text) == text


def test_ingest_boilerplate_keeps_question_inside_paragraph() -> None:
    text = article("业内人士反问道：\n宠物狗每天应该喂几次？\n这与电池无关。")
    assert strip_boilerplate(text) == text


@pytest.mark.parametrize(
    ("tail", "expected_tail"),
    [
        pytest.param("\n\n8\n\n登录后参与讨论\n\n收藏本文\n", "\n", id="junk-tail"),
        pytest.param("\n登录后参与讨论\n| 订阅频道\n", "\n", id="lenient-tail-with-junk"),
        pytest.param("\n\n登录后参与讨论\n", "\n\n登录后参与讨论\n", id="lenient-alone-kept"),
        pytest.param("\n\n此事引发各方关注。\n\n0", "\n\n此事引发各方关注。", id="sentence-stops"),
    ],
)
def test_ingest_boilerplate_drops_trailing_block(tail: str, expected_tail: str) -> None:
    body = article().rstrip("\n")
    assert strip_boilerplate(body + tail) == body + expected_tail


def test_ingest_boilerplate_lenient_line_kept_mid_article() -> None:
    text = article("登录后参与讨论")
    assert strip_boilerplate(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲段。\n\n0\n\n乙段。", "甲段。\n\n乙段。"),
        ("甲段。\n0\n乙段。", "甲段。\n乙段。"),
        ("返回顶部\n\n甲段。\n", "甲段。\n"),
        ("甲段。\n\n  \n\n乙段。\n", "甲段。\n\n  \n\n乙段。\n"),
        ("", ""),
        ("\n\n", "\n\n"),
        ("0", ""),
    ],
)
def test_ingest_boilerplate_keeps_paragraph_structure(text: str, expected: str) -> None:
    assert strip_boilerplate(text) == expected


def test_ingest_boilerplate_applies_to_every_format(tmp_path: Path) -> None:
    dirty = article("版权所有 © 示例网", "0", "如何在家做兼职月入过万?")
    clean = article()
    write(tmp_path / "a.txt", dirty)
    write(tmp_path / "b.md", dirty)
    write(tmp_path / "c.jsonl", json.dumps({"id": "c", "text": dirty}) + "\n")
    paras = "".join(f"<p>{p.strip()}</p>" for p in dirty.split("\n\n"))
    write(tmp_path / "d.html", f"<html><body>{paras}</body></html>")
    docs, problems = read_all([str(tmp_path)])
    assert not problems
    assert [d.text for d in docs[:3]] == [clean] * 3
    html_lines = [p.strip() for p in clean.split("\n\n")]
    assert docs[3].text == "\n".join(html_lines)


def test_ingest_boilerplate_a_pages_tail_of_byline_print_box_and_related_headlines() -> None:
    tail = "来源：青岚日报\n编辑：李明\n【打印本页】【关闭窗口】\n扫一扫在手机打开当前页\n相关新闻：\n·市国资委召开年度重点工作推进会\n·澜途集团举行揭牌仪式"
    assert strip_boilerplate(article() + "\n" + tail + "\n") == article()


@pytest.mark.parametrize("ending", [
    pytest.param("主要数据：\n· 营收增长20%\n· 净利润增长15%", id="a-bulleted-list-ends-the-article"),
    pytest.param("数据来源：公司公告", id="a-data-source-line"),
])
def test_ingest_boilerplate_keeps_an_articles_own_last_lines(ending: str) -> None:
    text = article() + "\n" + ending + "\n"
    assert strip_boilerplate(text) == text


@pytest.mark.parametrize("ending, kept", [
    pytest.param("主要数据：\n· 营收增长20%\n· 净利润增长15%\n责任编辑：王刚", "主要数据：\n· 营收增长20%\n· 净利润增长15%",
                 id="bullets-before-an-editors-line"),
    pytest.param("发布会上签约的项目包括：\n· 恒岳资本：战略投资5亿元\n打开当前页", "发布会上签约的项目包括：\n· 恒岳资本：战略投资5亿元",
                 id="bullets-before-a-widget"),
    pytest.param("公司表示，本次项目资金来源：自有资金及银行贷款\n扫一扫分享到朋友圈", "公司表示，本次项目资金来源：自有资金及银行贷款",
                 id="laiyuan-in-prose"),
    pytest.param("基因编辑：从实验室走向临床\n扫一扫下载APP", "基因编辑：从实验室走向临床", id="bianji-in-a-heading"),
    pytest.param("【相关链接】\n▪ 澜途科技发布年报\n▪ 储能行业迎来扩产潮", "", id="headlines-under-a-related-header"),
    pytest.param("相关阅读\n· 独家｜青峦资本领投，具身智能公司「岑衡机器人」完成天使轮融资\n· 岑迅科技发布新一代折叠屏手机\n\n"
                 "免责声明：本文内容仅供读者参考，不构成任何投资建议。本文由本站原创，转载请联系授权。", "",
                 id="headlines-before-a-long-disclaimer"),
    pytest.param("分析师在报告中给出风险提示：行业竞争加剧。\n扫一扫分享到朋友圈", "分析师在报告中给出风险提示：行业竞争加剧。",
                 id="a-notice-word-inside-prose"),
    pytest.param("热门文章\n· 独家：岑川游戏完成B轮融资，澜跃资本领投\n· 岱峤互娱宣布收购海外工作室Northgate\n兼职代练一天能赚多少钱？",
                 "", id="headlines-under-a-popular-header-then-a-teaser"),
    pytest.param("公司表示：\n· 营收增长20%\n明年会更好吗？", "公司表示：\n· 营收增长20%\n明年会更好吗？",
                 id="a-question-after-bullets-with-no-related-header"),
    pytest.param("相关文章：\n岫光科技 Q7 手机官宣 10 月 8 日发布，搭载 2 亿像素主摄\n澜星 X30 Pro 真机谍照曝光\n\n分享到：微信 微博\n登录 ｜ 注册",
                 "", id="headlines-with-no-mark-under-a-related-header"),
    pytest.param("公司表示：\n澜星 X30 Pro 将于下月开售\n分享到：微信 微博", "公司表示：\n澜星 X30 Pro 将于下月开售",
                 id="a-short-line-with-no-related-header-stays"),
    pytest.param("岫川科技今日开出首家体验店。\n店内热门推荐：\n岫星 X30 Pro\n岫星 Pad Air 5",
                 "岫川科技今日开出首家体验店。\n店内热门推荐：\n岫星 X30 Pro\n岫星 Pad Air 5", id="a-header-word-inside-a-line"),
])
def test_ingest_boilerplate_a_tails_list_items_and_bylines_only_where_they_are_page_junk(ending: str, kept: str) -> None:
    text = article() + "\n" + ending + "\n"
    want = article() + ("\n" + kept + "\n" if kept else "")
    assert strip_boilerplate(text) == want


@pytest.mark.parametrize("byline", ["来源：青岚日报\n编辑：王立新", "作者：李文"])
def test_ingest_boilerplate_bylines_alone_in_the_tail(byline: str) -> None:
    assert strip_boilerplate(article() + "\n" + byline + "\n") == article()


def test_ingest_boilerplate_a_document_of_one_byline_like_line_is_kept() -> None:
    assert strip_boilerplate("作者：王立新") == "作者：王立新"


def test_ingest_boilerplate_a_firms_own_statement_before_a_byline_is_kept() -> None:
    statement = "特别声明：钧岱集团已于今年6月完成对沐岩能源51%股权的收购，沐岩能源成为钧岱集团控股子公司。"
    text = article() + "\n" + statement + "\n责任编辑：温景行\n"
    assert strip_boilerplate(text) == article() + "\n" + statement + "\n"


@pytest.mark.parametrize("notice, kept", [
    pytest.param("特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。", False, id="a-platforms-notice"),
    pytest.param("郑重声明：本网站所载文章仅代表作者观点。", False, id="a-sites-notice"),
    pytest.param("郑重声明：霁禾生物与鸢舟机器人不存在任何合作关系，也从未授权其开展招商。", True, id="a-firms-statement"),
])
def test_ingest_boilerplate_notices_about_the_page_and_statements_of_a_firm(notice, kept) -> None:
    text = article() + "\n" + notice + "\n编辑：邵可岚\n"
    assert strip_boilerplate(text) == article() + ("\n" + notice + "\n" if kept else ""), strip_boilerplate(text)
