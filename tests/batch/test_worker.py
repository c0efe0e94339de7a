"""The worker's pure function: a partition coded, with failing articles rejected by name."""

from __future__ import annotations

from eventwire.batch.worker import code_partition
from eventwire.records import Article
from eventwire.settings import Settings
from tests.batch.standin_coder import StandInCoder


def test_worker_codes_a_partition_in_one_batch() -> None:
    articles = [Article(id=f"a{n}", text="Troops shelled the town.") for n in range(3)]
    coded, rejected = code_partition(StandInCoder(Settings()), articles)
    assert [c.article.id for c in coded] == ["a0", "a1", "a2"] and rejected == []


def test_worker_rejects_only_the_failing_article_and_says_why() -> None:
    articles = [Article(id="a", text="Fine."), Article(id="b", text="FAIL here."), Article(id="c", text="Fine.")]
    coded, rejected = code_partition(StandInCoder(Settings()), articles)
    assert [c.article.id for c in coded] == ["a", "c"]
    assert [(r.article_id, r.reason) for r in rejected] == [("b", "ValueError: cannot code b")]
