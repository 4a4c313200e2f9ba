"""The spaCy side of kg: a ``zh`` pipeline with the jieba segmenter and kg's components.

This package is the only place that imports spaCy.
"""

from __future__ import annotations

from typing import Any

from kg.nlp.lac import DEFAULT_BATCH_CHARS
from kg.nlp.lexicons import GAZETTEER_PATH

__all__ = ["make_nlp", "preload", "PIPE_NAMES"]

PIPE_NAMES = ("kg_sentences", "kg_lac", "kg_entities", "kg_relations")


def preload() -> None:
    """Import spaCy and kg's components and load jieba's dictionaries and word tags, without building a pipeline.

    A process that forks extraction workers calls this first, so that every
    worker starts with them in memory.
    """
    import logging

    import jieba
    import spacy  # noqa: F401

    import kg.nlp.components  # noqa: F401  (registers the factories)

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    import jieba.posseg  # noqa: F401  (its word tags: kg.nlp.entities reads them)
    from kg.nlp.segmenter import make_segmenter

    make_segmenter()  # loads jieba-rs's dictionary


def make_nlp(
    gazetteer: str | None = str(GAZETTEER_PATH),
    lexicon: str | None = None,
    batch_chars: int = DEFAULT_BATCH_CHARS,
    threads: int = 1,
) -> Any:
    """Build the extraction pipeline.

    Args:
        gazetteer: Names file used as one feature of entity finding, or ``None``.
        lexicon: Optional user lexicon (``name<TAB>Type`` per line).
        batch_chars: Characters per LAC model call.
        threads: ONNX Runtime threads per process.

    Returns:
        A ``spacy.Language`` whose Docs carry ``doc._.kg_mentions`` and
        ``doc._.kg_relations``.
    """
    import logging

    import jieba
    import spacy

    import kg.nlp.components  # noqa: F401  (registers the factories)
    from kg.nlp.segmenter import make_segmenter

    jieba.setLogLevel(logging.WARNING)  # its start-up chatter is not for users
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    # kg reads no lexical attribute (like_num, is_stop, shape…); computing them for every new word costs
    # about half of the tokenizer's time
    nlp.vocab.lex_attr_getters = {}
    nlp.tokenizer.jieba_seg = make_segmenter()  # the same words as jieba, from jieba-rs (kg.nlp.segmenter)
    nlp.tokenizer = kg.nlp.components.TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_lac", config={"batch_chars": batch_chars, "threads": threads})
    nlp.add_pipe("kg_entities", config={"gazetteer": gazetteer, "lexicon": lexicon})
    nlp.add_pipe("kg_relations", config={"gazetteer": gazetteer})
    return nlp
