"""Entity resolution: mentions -> canonical entities, inside a document and across documents.

Inside a document, mentions join one entity when they
* have the same normalised text (full-width/half-width forms and case folded),
* are linked as aliases (``张三(花名老张)``, ``CBG(消费者业务事业群)``),
* are a short and a full name of one company (``比亚迪`` / ``比亚迪股份`` /
  ``比亚迪股份有限公司``), but not a company and its product (``华为云`` of ``华为``),
* or an abbreviation of the words' first characters (``安钢`` / ``安阳钢铁``);
  names that a relation joins stay apart (``三联集团入主三联``).

Across documents, :func:`merge_across` gives every document the same entity for
the same normalised name and folds short company names into the one full name
that extends them.

IRIs come from the normalised canonical name, so the same input always gives
the same graph.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from kg.iris import DEFAULT_BASE, entity_iri
from kg.nlp.entities import bare_firm_like, is_common_word
from kg.nlp.lexicons import Lexicons
from kg.nlp.relations import RelCand
from kg.nlp.tokens import LEGAL_SUFFIXES, AliasLink, Cand, abbreviations, is_cjk, latin_short_form, strip_legal
from kg.types import ENTITY_TYPES, RELATION_ENDS, Entity, Evidence, Extraction, Mention, Relation

__all__ = ["normalize_name", "resolve_document", "merge_across", "LEGAL_SUFFIXES"]

_ORG_FAMILY = frozenset({"Company", "Organization"})
_SOURCE_WEIGHT = {"repeat": 0.5, "gazetteer": 0.8}


#: Ends of a branch's name (嘉兴分行, 朝阳支行, 华东分公司).
_BRANCH_WORDS = ("分行", "支行", "分公司", "营业部")


def normalize_name(name: str) -> str:
    """Fold full-width/half-width forms, case and spaces.

    >>> normalize_name("ＱＱ 音乐")
    'qq音乐'
    """
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


class _Union:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, i: int) -> int:
        while self.p[i] != i:
            self.p[i] = self.p[self.p[i]]
            i = self.p[i]
        return i

    def join(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)


_REGISTERED = ("有限公司", "有限责任公司", "股份公司", "集团公司")


def _is_short_form(short: str, full: str, lex: Lexicons) -> bool:
    """``short`` abbreviates ``full`` (比亚迪/比亚迪股份), rather than naming a part of it (华为/华为云).

    A registered name may also carry a place in front: 北京普莱德…有限公司 / 普莱德.
    """
    if len(short) < 2 or len(full) <= len(short):
        return False
    if latin_short_form(short, full):
        return True  # Apex / Apex Robotics Inc.
    if not full.startswith(short):
        k = full.find(short)
        return 0 < k <= 3 and full.endswith(_REGISTERED)
    rest = full[len(short) :]
    if not all("\u4e00" <= ch <= "\u9fff" for ch in rest):
        return False  # 华为CBG is a unit of 华为, not its full name
    if any(rest.endswith(h) for h in lex.product_heads) or any(rest.endswith(s) for s in lex.org_suffixes):
        return False
    return True


def _short_forms_inside(registered: set[str], names: set[str], lex: Lexicons) -> dict[str, list[str]]:
    """Names found inside registered names after a short place prefix (北京|普莱德|…有限公司)."""
    out: dict[str, list[str]] = defaultdict(list)
    for f in sorted(registered):
        for k in range(1, 4):
            for end in range(k + 2, len(f) + 1):
                short = f[k:end]
                if short in names and _is_short_form(short, f, lex):
                    out[short].append(f)
    return out


#: Legal forms of a company: a name that ends in one is a Company, whatever else its mentions were called.
_COMPANY_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "株式会社")
_LATIN_COMPANY_FORM = re.compile(r" (?:Inc\.?|Ltd\.?|LLC|Corp\.?|GmbH|AG|PLC|plc|S\.A\.|N\.V\.|B\.V\.|SpA|K\.K\.)$")


def _vote_type(members: Sequence[Cand], implied: Counter, lex: Lexicons) -> str:
    if any((c.text.endswith(_COMPANY_FORMS) or _LATIN_COMPANY_FORM.search(c.text)) and c.type in ("Company", "Organization")
           for c in members):
        return "Company"  # 宁波X股份有限公司 and its short form X (which LAC may call an organisation or a person)
    if implied.get("Company") and all(c.type == "Company" or _bare_org(c, lex) for c in members):
        # 青禾水务(ORG)…青禾水务(ORG) after 收购: what is acquired or invested in is a company, however often
        # LAC tagged a bare name as an organisation (not a body, an exchange, an outlet or a place: 北交所, 人民日报社, 挪威)
        return "Company"
    score: Counter = Counter()
    for c in members:
        score[c.type] += c.score * _SOURCE_WEIGHT.get(c.source, 1.0)
    for t, n in implied.items():
        score[t] += 1.0 * n  # what a relation says of an end outweighs a statistical tag
    return max(score, key=lambda t: (score[t], -_TYPE_ORDER.get(t, 99)))


_TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}
#: Relations whose tail is where a post is held.
_POSTS = frozenset({"holdsPosition", "leads"})


def _bare_org(c: Cand, lex: Lexicons) -> bool:
    """A mention LAC tagged as an organisation that has no mark of one (not 北交所, 人民日报社, 挪威)."""
    return c.type == "Organization" and c.source in ("lac", "repeat") and bare_firm_like(c.text, lex)


def _canonical(forms: Counter, first: dict[str, int]) -> str:
    """A Chinese name over a name in Latin letters only (许嘉言 over Jayden Xu); then the fullest
    name without a legal-form ending; then the standard width; then the most used."""

    def key(f: str) -> tuple:
        stripped = strip_legal(f)
        return (any(is_cjk(c) for c in f), len(stripped), stripped == f, unicodedata.normalize("NFKC", f) == f, forms[f],
                -first[f])

    return max(forms, key=key)


def resolve_document(
    doc_id: str,
    text: str,
    mentions: Sequence[Cand],
    aliases: Sequence[AliasLink],
    relations: Sequence[RelCand],
    lex: Lexicons,
    base: str = DEFAULT_BASE,
) -> Extraction:
    """Turn one document's mention and relation candidates into an :class:`Extraction`."""
    n = len(mentions)
    uf = _Union(n)
    by_span = {(m.start, m.end): i for i, m in enumerate(mentions)}
    by_norm: dict[str, int] = {}
    for i, m in enumerate(mentions):
        k = normalize_name(m.name or m.text)
        if k in by_norm:
            uf.join(i, by_norm[k])
        else:
            by_norm[k] = i
    for link in aliases:
        a, b = by_span.get(link.a), by_span.get(link.b)
        if a is not None and b is not None:
            uf.join(a, b)
    # short and full names of one company or organisation, unless a relation
    # says they are two (三联集团入主三联: a group and its listed company)
    apart = {
        frozenset((normalize_name(mentions[by_span[r.head]].text), normalize_name(mentions[by_span[r.tail]].text)))
        for r in relations
        if r.head in by_span and r.tail in by_span
    }
    orgs = sorted({normalize_name(m.name or m.text) for m in mentions if m.type in _ORG_FAMILY})  # (by_norm's keys)
    inside = _short_forms_inside({f for f in orgs if f.endswith(_REGISTERED)}, set(orgs), lex)
    for i, short in enumerate(orgs):
        fulls = set(inside.get(short, ()))
        for f in orgs[i + 1 :]:  # names that extend `short` follow it in sorted order
            if not f.startswith(short):
                break
            if _is_short_form(short, f, lex) or strip_legal(f) == short:
                fulls.add(f)
        if fulls:
            stems = {strip_legal(f) for f in fulls}
            if len(stems) == 1:  # ambiguous short names stay apart
                for f in fulls:
                    if frozenset((short, f)) not in apart:
                        uf.join(by_norm[short], by_norm[f])

    # abbreviations made of the words' first characters: 安钢 / 安阳钢铁, 工行 / 工商银行, 中石化 / 中国石化
    derived: dict[str, set[str]] = defaultdict(set)
    for f in orgs:
        for short in abbreviations(strip_legal(f)):
            if not is_common_word(short):  # 中信国金 does not make 中国 a short form
                derived[short].add(f)
    for short in orgs:
        fulls = derived.get(short, set())
        if len(fulls) == 1:
            (f,) = fulls
            if frozenset((short, f)) not in apart:
                uf.join(by_norm[short], by_norm[f])
    # a branch named bare (嘉兴分行) and in full once (X银行嘉兴分行): one branch, when one full name ends so
    for short in orgs:
        if not (3 <= len(short) <= 8 and short.endswith(_BRANCH_WORDS)):
            continue
        fulls = [f for f in orgs if len(f) >= len(short) + 2 and f.endswith(short)]
        if len(fulls) == 1 and frozenset((short, fulls[0])) not in apart:
            uf.join(by_norm[short], by_norm[fulls[0]])

    implied: dict[int, Counter] = defaultdict(Counter)
    post_at: dict[int, Counter] = defaultdict(Counter)  # the types of the mentions where a post is held
    for r in relations:
        for span, t in ((r.head, r.head_type), (r.tail, r.tail_type)):
            if t and span in by_span:
                implied[uf.find(by_span[span])][t] += 1
        if r.tail_type is None and r.relation in _POSTS and r.tail in by_span \
                and (m := mentions[by_span[r.tail]]).type in ("Company", "Organization"):
            post_at[uf.find(by_span[r.tail])][m.type] += 1

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)

    entities: list[Entity] = []
    name_of: dict[int, str] = {}
    taken: dict[str, int] = {}
    for root, idx in sorted(groups.items(), key=lambda kv: mentions[kv[1][0]].start):
        members = [mentions[i] for i in idx]
        if post_at[root] and {m.type for m in members} - {"Company", "Organization"} == {"Person"}:
            # 业务X(PER)…原X(ORG)总经理甲: where a post is held is a body, whatever LAC called the name elsewhere
            implied[root].update(post_at[root])
        typ = _vote_type(members, implied[root], lex)
        forms = Counter(m.name or m.text for m in members)
        first = {}
        for m in members:
            first.setdefault(m.name or m.text, m.start)
        name = _canonical(forms, first)
        key = normalize_name(name)
        if key in taken:  # two groups chose one name: keep them one entity
            name_of[root] = entities[taken[key]].name
            old = entities[taken[key]]
            ms = tuple(sorted(set(old.mentions) | {Mention(m.text, m.start, m.end) for m in members}, key=lambda x: x.start))
            al = tuple(sorted(set(old.aliases) | {f for f in forms if f != old.name}))
            entities[taken[key]] = replace(old, mentions=ms, aliases=al)
            continue
        taken[key] = len(entities)
        name_of[root] = name
        entities.append(
            Entity(
                name=name,
                type=typ,
                iri=entity_iri(key, base),
                aliases=tuple(sorted(f for f in forms if f != name)),
                mentions=tuple(Mention(m.text, m.start, m.end) for m in sorted(members, key=lambda m: m.start)),
            )
        )
    type_of = {e.name: e.type for e in entities}

    best: dict[tuple[str, str, str], Relation] = {}
    for r in relations:
        hi, ti = by_span.get(r.head), by_span.get(r.tail)
        if hi is None or ti is None or r.confidence <= 0:
            continue  # (a relation of no confidence, hearsay, only typed its names)
        h, t = name_of[uf.find(hi)], name_of[uf.find(ti)]
        if h == t or not _fits(r.relation, type_of[h], type_of[t]):
            continue
        s, e = r.sentence
        rel = Relation(h, r.relation, t, r.confidence, Evidence(text[s:e], s, e), r.title)
        k = (h, r.relation, t)
        if r.relation == "partnerOf":
            k = (min(h, t), r.relation, max(h, t))
        if k not in best or rel.confidence > best[k].confidence:
            best[k] = rel
    # a product that one company or organisation launched is its product, unless the text says whose it is
    launchers: dict[str, list[Relation]] = defaultdict(list)
    for (h, rel, t), r in best.items():
        if rel == "launched" and type_of[h] in ("Company", "Organization") and type_of[t] == "Product" \
                and lex.suffix(t, "company") is None:  # (提供…给星海科技: a firm is no product, whatever the launch said)
            launchers[t].append(r)
    owned = {t for (t, rel, _) in best if rel == "productOf"}
    for product, rs in launchers.items():
        if len(rs) == 1 and product not in owned:
            r = rs[0]
            best[(product, "productOf", r.head)] = Relation(product, "productOf", r.head, round(r.confidence * 0.9, 3),
                                                            r.evidence, None)
    # a leads fact already says holdsPosition
    for (h, rel, t) in list(best):
        if rel == "holdsPosition" and (h, "leads", t) in best:
            del best[(h, rel, t)]
    rels = sorted(best.values(), key=lambda r: (r.evidence.start, r.head, r.relation, r.tail))
    return Extraction(doc_id=doc_id, entities=tuple(entities), relations=tuple(rels))


def _fits(rel: str, head_type: str, tail_type: str) -> bool:
    heads, tails = RELATION_ENDS[rel]
    return head_type in heads and tail_type in tails


def merge_across(extractions: Iterable[Extraction], lex: Lexicons, base: str = DEFAULT_BASE) -> list[Extraction]:
    """Give the same entity the same name and IRI in every document.

    Names join across documents when they are the same after width and case
    folding (``ＭＩＵＩ``/``MIUI``), differ only by a legal-form ending
    (``小米``/``小米集团``), or when a short company name abbreviates exactly
    one full name of the corpus (``比亚迪``/``比亚迪股份``); ambiguous short names
    stay apart. The canonical name of a group is chosen as inside a document.
    """
    exts = list(extractions)
    forms: dict[str, Counter] = defaultdict(Counter)  # key -> surface name -> weight
    family: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    for x in exts:
        for e in x.entities:
            k = normalize_name(e.name)
            forms[k][e.name] += max(1, len(e.mentions))
            family[k].add(e.type)
            first.setdefault(e.name, len(first))
    # names that a relation joins are two entities everywhere (三联集团入主三联)
    apart = {frozenset((normalize_name(r.head), normalize_name(r.tail))) for x in exts for r in x.relations}
    keys = sorted(forms)
    index = {k: i for i, k in enumerate(keys)}
    uf = _Union(len(keys))
    orgs = [k for k in keys if family[k] & _ORG_FAMILY]
    org_set = set(orgs)
    for k in orgs:
        stem = strip_legal(k)
        if stem != k and stem in org_set and frozenset((k, stem)) not in apart:
            uf.join(index[k], index[stem])
    inside = _short_forms_inside({f for f in orgs if f.endswith(_REGISTERED)}, org_set, lex)
    for i, k in enumerate(orgs):
        fulls = list(inside.get(k, ()))
        for j in range(i + 1, len(orgs)):  # names that extend k follow it in sorted order
            f = orgs[j]
            if not f.startswith(k):
                break
            if _is_short_form(k, f, lex):
                fulls.append(f)
        if fulls and len({strip_legal(f) for f in fulls}) == 1:  # ambiguous short names stay apart
            for f in fulls:
                if frozenset((k, f)) not in apart:
                    uf.join(index[k], index[f])
    groups: dict[int, list[str]] = defaultdict(list)
    for k in keys:
        groups[uf.find(index[k])].append(k)
    rename: dict[str, str] = {}  # surface name -> canonical name
    for members in groups.values():
        counts: Counter = Counter()
        for k in members:
            counts.update(forms[k])
        canon = _canonical(counts, first)
        for name in counts:
            if name != canon:
                rename[name] = canon
    if not rename:
        return exts
    out = []
    for x in exts:
        if not any(e.name in rename for e in x.entities):
            out.append(x)
            continue
        merged: dict[str, Entity] = {}
        for e in x.entities:
            new = rename.get(e.name, e.name)
            aliases = set(e.aliases) | ({e.name} if new != e.name else set())
            if new in merged:
                old = merged[new]
                merged[new] = replace(
                    old,
                    aliases=tuple(sorted((set(old.aliases) | aliases) - {new})),
                    mentions=tuple(sorted(set(old.mentions) | set(e.mentions), key=lambda m: (m.start, m.end))),
                )
            else:
                merged[new] = replace(
                    e, name=new, iri=entity_iri(normalize_name(new), base), aliases=tuple(sorted(aliases - {new}))
                )
        rels: dict[tuple[str, str, str], Relation] = {}
        for r in x.relations:
            if r.head in rename or r.tail in rename:
                r2 = replace(r, head=rename.get(r.head, r.head), tail=rename.get(r.tail, r.tail))
            else:
                r2 = r
            if r2.head == r2.tail:
                continue
            k3 = (r2.head, r2.relation, r2.tail)
            if k3 not in rels or r2.confidence > rels[k3].confidence:
                rels[k3] = r2
        out.append(replace(x, entities=tuple(merged.values()), relations=tuple(rels.values())))
    return out
