"""Cutting a corpus into partitions whose ids a re-run recognises."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.batch.partitions import coder_key, drop_repeated_ids, partition_articles
from eventwire.pipeline import Pipeline
from eventwire.records import Article
from eventwire.settings import Settings

KEY = coder_key(Settings(), Pipeline)
ARTICLES = [Article(id=f"a{n}", text=f"Envoys met in Geneva for round {n}.") for n in range(5)]


@pytest.mark.parametrize(("size", "lengths"), [(2, [2, 2, 1]), (5, [5]), (9, [5]), (1, [1] * 5)])
def test_partitions_cut_in_input_order(size: int, lengths: list[int]) -> None:
    partitions = partition_articles(ARTICLES, size, KEY)
    assert [len(p.articles) for p in partitions] == lengths
    assert [a for p in partitions for a in p.articles] == ARTICLES
    assert [p.index for p in partitions] == list(range(len(lengths)))
    assert partitions[0].name == f"part-00000-{partitions[0].id}"


def test_partitions_ids_are_the_same_in_every_run() -> None:
    assert partition_articles(ARTICLES, 2, KEY) == partition_articles(list(ARTICLES), 2, KEY)


@pytest.mark.parametrize(
    "change",
    [
        {"text": "Envoys met in Vienna for round 0."},
        {"published": dt.date(2017, 3, 6)},
        {"id": "other"},
    ],
)
def test_partitions_id_changes_with_an_article(change: dict) -> None:
    first, *_ = partition_articles(ARTICLES, 2, KEY)
    changed = [ARTICLES[0].model_copy(update=change), *ARTICLES[1:]]
    new_first, new_second, _ = partition_articles(changed, 2, KEY)
    assert new_first.id != first.id
    assert new_second.id == partition_articles(ARTICLES, 2, KEY)[1].id


@pytest.mark.parametrize(
    "settings", [Settings(classifier=True), Settings(min_confidence=0.5), Settings(spacy_model="en_core_web_sm")]
)
def test_partitions_id_changes_with_the_coder_settings(settings: Settings) -> None:
    other = coder_key(settings, Pipeline)
    assert other != KEY
    assert partition_articles(ARTICLES, 5, other)[0].id != partition_articles(ARTICLES, 5, KEY)[0].id


def test_partitions_rejects_a_size_below_one() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        partition_articles(ARTICLES, 0, KEY)


def test_partitions_drop_repeated_ids_keeps_the_last_copy() -> None:
    again = ARTICLES[1].model_copy(update={"text": "A later copy."})
    kept, dropped = drop_repeated_ids([*ARTICLES, again])
    assert dropped == 1
    assert [a.id for a in kept] == ["a0", "a2", "a3", "a4", "a1"]
    assert kept[-1].text == "A later copy."
