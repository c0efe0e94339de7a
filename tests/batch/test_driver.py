"""The driver on a real LocalCluster of two worker processes, with a stand-in coder (no model).

One cluster serves the whole file; each run reaches it as ``tcp://`` (the path a real cluster
takes) and registers its own coder plugin on it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest

from eventwire.batch import read_partition, run_batch
from eventwire.batch.files import partition_path
from eventwire.errors import ModelError
from eventwire.records import Article
from eventwire.settings import Settings
from eventwire.store import Store
from tests.batch.standin_coder import BrokenCoder, CrashingCoder, StandInCoder, made_up_event

# Invented: seven short articles, in three partitions of three.
ARTICLES = [
    Article(id=f"story-{n}", text=f"Russian forces shelled Kyiv on day {n}, officials said.",
            published=dt.date(2025, 11, n + 1))
    for n in range(7)
]  # fmt: skip


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a LocalCluster of two single-threaded worker processes."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster:  # fmt: skip
        yield cluster.scheduler_address


def _run(scheduler: str, out: Path, store: Store | None = None, articles=ARTICLES, factory=StandInCoder):  # noqa: ANN001, ANN202
    return run_batch(articles, scheduler=scheduler, out=out, settings=Settings(), store=store,
                     partition_size=3, factory=factory)  # fmt: skip


def test_driver_writes_partitions_and_loads_the_store(scheduler: str, tmp_path: Path) -> None:
    with Store(tmp_path / "b.db") as store:
        summary = _run(scheduler, tmp_path / "out", store)
        stored = {event.id: event for event in store.events()}
        assert store.articles_count() == 7
    assert (summary.coded, summary.skipped, summary.articles, summary.events, summary.loaded) == (3, 0, 7, 7, 7)
    assert (summary.workers, summary.failed, summary.rejected) == (2, [], [])
    assert stored == {f"story-{n}-e1": made_up_event(article) for n, article in enumerate(ARTICLES)}
    names = sorted(path.stem for path in (tmp_path / "out" / "events").glob("*.parquet"))
    assert [name[:10] for name in names] == ["part-00000", "part-00001", "part-00002"]
    coded = [c for name in names for c in read_partition(tmp_path / "out", name)]
    assert [c.article for c in coded] == ARTICLES
    # Each worker process built its coder once for the run, capped at one thread.
    hows = [c.mentions[0].how for c in coded]
    built = {how.split(";")[0]: how.split(";")[1] for how in hows}
    assert len(built) <= 2 and len(set(hows)) == len(built)
    assert all("threads=1;omp=1" in how for how in hows)


def test_driver_rerun_skips_finished_partitions(scheduler: str, tmp_path: Path) -> None:
    _run(scheduler, tmp_path / "out")
    again = _run(scheduler, tmp_path / "out")
    assert (again.coded, again.skipped, again.articles, again.workers) == (0, 3, 0, 0)
    with Store(tmp_path / "b.db") as store:  # a re-run still loads what the first one wrote
        assert _run(scheduler, tmp_path / "out", store).loaded == 7
        assert len(store.events()) == 7


def test_driver_redoes_a_partition_left_half_written(scheduler: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(scheduler, out)
    (name,) = [p.stem for p in (out / "manifests").glob("part-00001-*.json")]
    # A run killed while writing: the manifest never came, the articles file is a temp file.
    partition_path(out, "manifests", name).unlink()
    articles_file = partition_path(out, "articles", name)
    articles_file.unlink()
    leftover = articles_file.with_name(f".{articles_file.name}.dead.tmp")
    leftover.write_bytes(b"PAR1 half a file")
    with Store(tmp_path / "b.db") as store:
        summary = _run(scheduler, out, store)
        assert (summary.coded, summary.skipped, summary.loaded) == (1, 2, 7)
        assert len(store.events()) == 7
    assert not leftover.exists() and articles_file.exists()
    assert [c.article.id for c in read_partition(out, name)] == ["story-3", "story-4", "story-5"]


def test_driver_reports_an_article_that_fails_and_keeps_the_rest(scheduler: str, tmp_path: Path) -> None:
    articles = [*ARTICLES[:4], ARTICLES[4].model_copy(update={"text": "FAIL to code."}), *ARTICLES[5:]]
    with Store(tmp_path / "b.db") as store:
        summary = _run(scheduler, tmp_path / "out", store, articles)
        assert store.articles_count() == 6
    assert [(name[:10], r.article_id, r.reason) for name, r in summary.rejected] == [
        ("part-00001", "story-4", "ValueError: cannot code story-4")
    ]
    assert (summary.coded, summary.articles, summary.loaded) == (3, 6, 6)
    again = _run(scheduler, tmp_path / "out", None, articles)  # not finished: tried again
    assert (again.coded, again.skipped, len(again.rejected)) == (1, 2, 1)


def test_driver_a_coder_that_cannot_load_is_one_error(scheduler: str, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="cannot load the spaCy pipeline"):
        _run(scheduler, tmp_path / "out", factory=BrokenCoder)


def test_driver_a_worker_that_dies_fails_its_partition_only(tmp_path: Path) -> None:
    articles = [*ARTICLES[:4], ARTICLES[4].model_copy(update={"text": "CRASH the worker."}), *ARTICLES[5:]]
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        summary = _run("local:1", tmp_path / "out", articles=articles, factory=CrashingCoder)
    assert summary.coded == 2 and summary.articles == 4
    (failure,) = summary.failed
    assert failure.startswith("partition part-00001-") and "KilledWorker" in failure
