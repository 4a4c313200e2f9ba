"""The runnable examples in docstrings stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "kg.turtle",
    "kg.iris",
    "kg.nlp.sentences",
    "kg.nlp.titles",
    "kg.nlp.tokens",
    "kg.resolve",
    "kg.query",
    "kg.store",
    "kg.serve",
    "kg.export",
    "kg.validate",
    "kg.graph",
]


@pytest.mark.parametrize("name", MODULES)
def test_doctests_pass(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
