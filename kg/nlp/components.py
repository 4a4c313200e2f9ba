"""spaCy pipeline components: sentences, LAC words, entity mentions, relations.

Each component is a ``make_*`` factory plus a small class. Components only
annotate the Doc (in ``doc._`` extensions); they do no I/O. The pipe order and
the settings live in config (see :func:`kg.nlp.make_nlp`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.nlp.entities import find_mentions
from kg.nlp.lac import DEFAULT_BATCH_CHARS, LacTagger
from kg.nlp.lexicons import GAZETTEER_PATH, load_lexicons, load_user_lexicon
from kg.nlp.relations import find_relations
from kg.nlp.sentences import split_sentences
from kg.nlp.tokens import Tok
from kg.nlp.words import repair_words

__all__ = ["TextKeepingTokenizer", "SentenceSplitter", "LacComponent", "EntityComponent", "RelationComponent"]

for _name in ("kg_text", "kg_sents", "kg_words", "kg_mentions", "kg_aliases", "kg_relations"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class TextKeepingTokenizer:
    """Wraps the pipeline's tokenizer (jieba) and keeps the input string on the Doc.

    Components read ``doc._.kg_text`` instead of ``doc.text``, which spaCy
    rebuilds from the tokens on every access.
    """

    def __init__(self, inner) -> None:  # noqa: ANN001 (a spaCy tokenizer)
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        doc = self.inner(text)
        doc._.kg_text = text
        return doc

    def __getattr__(self, name: str):  # noqa: ANN204 (to_disk, from_disk, …)
        return getattr(self.inner, name)


@Language.factory("kg_sentences", assigns=["token.is_sent_start", "doc._.kg_sents"])
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()


class SentenceSplitter:
    """Sentence spans by Chinese end punctuation and line breaks."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.kg_text or doc.text  # Doc.text is rebuilt from the tokens on every access
        doc._.kg_text = text
        spans = split_sentences(text)
        doc._.kg_sents = spans
        starts = {s for s, _ in spans}
        if not len(doc):
            return doc
        # one array in, one array out: setting Token.is_sent_start one by one is
        # quadratic on long documents
        offsets = doc.to_array([IDX])
        flags = numpy.array([1 if i == 0 or idx in starts else -1 for i, idx in enumerate(offsets.tolist())],
                            dtype=numpy.int64).astype(numpy.uint64)
        doc.from_array([SENT_START], flags.reshape(-1, 1))
        return doc


@Language.factory(
    "kg_lac",
    requires=["doc._.kg_sents"],
    assigns=["doc._.kg_words"],
    default_config={"batch_chars": DEFAULT_BATCH_CHARS, "threads": 1},
)
def make_lac(nlp: Language, name: str, batch_chars: int, threads: int) -> LacComponent:
    return LacComponent(batch_chars=batch_chars, threads=threads)


class LacComponent:
    """Baidu LAC words (segmentation, POS and NER tags) as character offsets."""

    def __init__(self, batch_chars: int = DEFAULT_BATCH_CHARS, threads: int = 1) -> None:
        self.tagger = LacTagger(batch_chars=batch_chars, threads=threads)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._tag(batch)
                batch = []
        if batch:
            yield from self._tag(batch)

    def _tag(self, docs: list[Doc]) -> list[Doc]:
        texts, owners = [], []
        doc_texts = [doc._.kg_text or doc.text for doc in docs]
        for di, doc in enumerate(docs):
            text = doc_texts[di]
            for s, e in doc._.kg_sents or split_sentences(text):
                texts.append(text[s:e])
                owners.append((di, s))
        words: list[list[Tok]] = [[] for _ in docs]
        for (di, s), ws in zip(owners, self.tagger.tag(texts)):
            text = doc_texts[di]
            words[di].extend(Tok(s + a, s + b, text[s + a : s + b], tag) for a, b, tag in ws)
        for doc, text, ws in zip(docs, doc_texts, words):
            doc._.kg_words = repair_words(text, ws)
        return docs


@Language.factory(
    "kg_entities",
    requires=["doc._.kg_words"],
    assigns=["doc.ents", "doc._.kg_mentions", "doc._.kg_aliases"],
    default_config={"gazetteer": str(GAZETTEER_PATH), "lexicon": None},
)
def make_entities(nlp: Language, name: str, gazetteer: str | None, lexicon: str | None) -> EntityComponent:
    return EntityComponent(gazetteer=gazetteer, lexicon=lexicon)


class EntityComponent:
    """Entity mentions from LAC NER plus general pattern layers (see kg.nlp.entities)."""

    def __init__(self, gazetteer: str | None = str(GAZETTEER_PATH), lexicon: str | None = None) -> None:
        self.lex = load_lexicons(gazetteer)
        self.user = load_user_lexicon(lexicon) if lexicon else None

    def __call__(self, doc: Doc) -> Doc:
        # jieba's words (the Doc's tokens) as a second segmentation: LAC names that end inside one move
        arr = doc.to_array([IDX, LENGTH])
        words = (arr[:, 0].tolist(), (arr[:, 0] + arr[:, 1]).tolist()) if len(doc) else None
        mentions, aliases = find_mentions(doc._.kg_text or doc.text, doc._.kg_words or [], self.lex, self.user, words)
        doc._.kg_mentions = mentions
        doc._.kg_aliases = aliases
        spans = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, label=m.type, alignment_mode="contract")
            if span is not None and len(span):
                spans.append(span)
        doc.ents = filter_spans(spans)
        return doc


@Language.factory(
    "kg_relations",
    requires=["doc._.kg_mentions"],
    assigns=["doc._.kg_relations"],
    default_config={"gazetteer": str(GAZETTEER_PATH)},
)
def make_relations(nlp: Language, name: str, gazetteer: str | None) -> RelationComponent:
    return RelationComponent(gazetteer=gazetteer)


class RelationComponent:
    """Relations between mentions from trigger, title and ownership patterns."""

    def __init__(self, gazetteer: str | None = str(GAZETTEER_PATH)) -> None:
        self.lex = load_lexicons(gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_relations = find_relations(
            doc._.kg_text or doc.text, doc._.kg_sents or [], doc._.kg_words or [], doc._.kg_mentions or [], self.lex
        )
        return doc
