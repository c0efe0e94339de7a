"""Shared fixtures. Heavy ones (the spaCy model, the pipeline) are session-scoped.

Tests that need the model are marked ``slow`` by the fixture itself; parse-level unit tests
build their Doc by hand with :func:`make_doc` and need no model.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

SEED_ARTICLE = "../shared/seed/000_af930ad4295694b6.txt"


@pytest.fixture(scope="session")
def pipeline():
    """The full eventwire pipeline with the default English model."""
    from eventwire.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    """The loaded spaCy pipeline, line-break component included."""
    return pipeline.nlp


@pytest.fixture(scope="session")
def knowledge():
    """The project's actor knowledge base."""
    from eventwire.actors.knowledge import load_knowledge

    return load_knowledge()


def make_doc(
    words: list[str],
    heads: list[int],
    deps: list[str],
    pos: list[str],
    lemmas: list[str] | None = None,
    ents: list[str] | None = None,
    tags: list[str] | None = None,
) -> Doc:
    """A parsed Doc built by hand: heads are absolute token indices (a root points to itself).

    ``ents`` uses spaCy's IOB strings ("B-PERSON", "I-PERSON", "O").
    """
    return Doc(
        Vocab(), words=words, heads=heads, deps=deps, pos=pos,
        lemmas=lemmas or [w.lower() for w in words], ents=ents, tags=tags,
        sent_starts=[True] + [False] * (len(words) - 1),
    )  # fmt: skip


PUBLISHED = dt.date(2025, 11, 18)
