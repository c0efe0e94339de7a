"""Partitions on disk: written atomically, read back exactly, finished only when whole."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from eventwire.batch.files import finished, partition_path, prepare_out, read_partition, write_partition, written
from eventwire.batch.partitions import Rejected, partition_articles
from eventwire.errors import InputError
from eventwire.export import FLAT_COLUMNS
from eventwire.records import ActorMention, Article, CodedArticle, Dateline
from tests.batch.standin_coder import made_up_event

# Invented for these tests; one with every optional field, one with none.
ARTICLES = [
    Article(id="kyiv-1", text="Russian forces shelled Kyiv overnight, officials said.", title="Kyiv shelled",
            published=dt.date(2025, 11, 18), url="https://example.org/1", outlet="Example", language="en",
            dateline=Dateline(text="KYIV (Reuters) -", place="KYIV", wire="Reuters"), tags=("ukraine",),
            source_lines=("Example News",), boilerplate=("Follow us",), origin="feed.jsonl:1"),
    Article(id="bare", text="Talks stalled."),
]  # fmt: skip


def _coded(article: Article) -> CodedArticle:
    mention = ActorMention(article_id=article.id, text="Russian forces", start=0, end=14, code="RUS",
                           sector="MIL", cameo_code="RUSMIL", how="nationality")  # fmt: skip
    return CodedArticle(article=article, events=[made_up_event(article)], mentions=[mention])


@pytest.fixture
def out(tmp_path: Path) -> Path:
    prepare_out(tmp_path / "out")
    return tmp_path / "out"


@pytest.fixture
def partition():
    (partition,) = partition_articles(ARTICLES, 10, "test-coder")
    return partition


def test_files_round_trip_is_exact(out: Path, partition) -> None:
    coded = [_coded(article) for article in ARTICLES]
    manifest = write_partition(out, partition, coded, [], {"worker": "w"})
    assert (manifest["articles"], manifest["events"], manifest["worker"]) == (2, 2, "w")
    assert list(read_partition(out, partition.name)) == coded


def test_files_events_table_has_the_export_columns(out: Path, partition) -> None:
    write_partition(out, partition, [_coded(article) for article in ARTICLES], [], {})
    events = pd.read_parquet(out / "events")
    assert list(events.columns) == [*FLAT_COLUMNS, "record"]
    assert list(events["article_id"]) == ["kyiv-1", "bare"]
    articles = pd.read_parquet(out / "articles")
    assert list(articles["event_count"]) == [1, 1]
    assert articles["published"].iloc[0] == "2025-11-18" and pd.isna(articles["published"].iloc[1])


def test_files_a_partition_is_finished_only_when_whole(out: Path, partition) -> None:
    assert finished(out, partition.name) is None
    write_partition(out, partition, [_coded(article) for article in ARTICLES], [], {})
    assert finished(out, partition.name) is not None
    events = partition_path(out, "events", partition.name)
    events.write_bytes(events.read_bytes()[:100])  # cut short behind the manifest's back
    assert written(out, partition.name) is None and finished(out, partition.name) is None


def test_files_a_partition_with_rejected_articles_is_written_but_not_finished(out: Path, partition) -> None:
    rejected = [Rejected("bare", "ValueError: no")]
    write_partition(out, partition, [_coded(ARTICLES[0])], rejected, {})
    assert written(out, partition.name)["rejected"] == [{"article_id": "bare", "reason": "ValueError: no"}]
    assert finished(out, partition.name) is None
    assert [c.article.id for c in read_partition(out, partition.name)] == ["kyiv-1"]


def test_files_a_manifest_for_another_partition_does_not_count(out: Path, partition) -> None:
    write_partition(out, partition, [_coded(article) for article in ARTICLES], [], {})
    manifest = partition_path(out, "manifests", partition.name)
    manifest.write_text(json.dumps({**json.loads(manifest.read_text()), "partition": "part-9"}), encoding="utf-8")
    assert finished(out, partition.name) is None


@pytest.mark.parametrize("make", ["file", "under a file"])
def test_files_prepare_out_names_a_folder_it_cannot_write(tmp_path: Path, make: str) -> None:
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    target = tmp_path / "taken" if make == "file" else tmp_path / "taken" / "sub"
    with pytest.raises(InputError, match=r"taken.*cannot write the batch output there"):
        prepare_out(target)
