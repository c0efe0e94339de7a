"""Shared fixtures. Heavy ones (the spaCy model, the pipeline) are session-scoped.

Tests that need the model are marked ``slow``; parse-level unit tests build their Doc by hand
with ``parsed.parse`` (tests/parsed.py) and need no model.
"""

from __future__ import annotations

import datetime as dt

import pytest

SEED_ARTICLE = "../shared/seed/000_af930ad4295694b6.txt"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path):
    """``cli("extract", "a.txt")`` runs eventwire from ``tmp_path`` with no EVENTWIRE_DB set."""
    from clirun import run_cli

    monkeypatch.chdir(tmp_path)  # short relative names in messages; a stray default db lands here
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    return run_cli


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


PUBLISHED = dt.date(2025, 11, 18)
