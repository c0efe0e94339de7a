"""The batch driver: partition the corpus, code the unfinished partitions on a Dask cluster,
then load every written partition into the store.

Runs on the client. The articles travel to the workers inside their tasks; the coded records
come back through the output folder (which the client and the workers must share), never
through the scheduler.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.batch.cluster import SchedulerSpec, open_client, parse_scheduler
from eventwire.batch.files import finished, prepare_out, read_partition, write_run, written
from eventwire.batch.partitions import (
    DEFAULT_PARTITION_SIZE,
    Partition,
    Rejected,
    coder_key,
    drop_repeated_ids,
    partition_articles,
)
from eventwire.batch.worker import CoderFactory, CoderPlugin, code_partition_task
from eventwire.errors import EventwireError, InputError, ModelError
from eventwire.ingest import store_coded
from eventwire.records import Article
from eventwire.settings import Settings
from eventwire.version import __version__


@dataclass
class BatchSummary:
    """What one batch run did, and how long each phase took (seconds)."""

    partitions: int = 0
    coded: int = 0  # partitions coded in this run
    skipped: int = 0  # partitions finished by an earlier run
    articles: int = 0  # articles coded in this run
    events: int = 0  # events coded in this run
    loaded: int = 0  # articles stored
    duplicates: int = 0  # near-duplicates linked while storing
    repeated_ids: int = 0  # earlier copies of an article id given twice, dropped
    workers: int = 0
    rejected: list[tuple[str, Rejected]] = field(default_factory=list)  # (partition name, article)
    failed: list[str] = field(default_factory=list)  # partitions whose task failed, with why
    start_seconds: float = 0.0  # reaching the cluster and loading a coder on every worker
    code_seconds: float = 0.0
    load_seconds: float = 0.0
    seconds: float = 0.0

    @property
    def articles_per_s(self) -> float:
        """Coding throughput: articles coded per second of coding (start-up not counted)."""
        return self.articles / self.code_seconds if self.code_seconds else 0.0


def run_batch(
    articles: Iterable[Article], *, scheduler: str, out: Path, settings: Settings, store=None,  # noqa: ANN001
    partition_size: int = DEFAULT_PARTITION_SIZE, factory: CoderFactory | None = None,
    on_partition: Callable[[], None] = lambda: None, on_article: Callable[[], None] = lambda: None,
) -> BatchSummary:  # fmt: skip
    """Code a corpus on a Dask cluster into Parquet partitions, then store them.

    Args:
        articles: the corpus, in input order.
        scheduler: ``local``, ``local:N`` or ``tcp://HOST:PORT`` (see :mod:`eventwire.batch.cluster`).
        out: the output folder; partitions finished there by an earlier run are not coded again.
        settings: the coder's settings (model, classifier, minimum confidence).
        store: an open :class:`~eventwire.store.Store` to load, or None to write Parquet only.
        partition_size: articles per partition (per task).
        factory: builds the coder on each worker from ``settings``; default
            :class:`~eventwire.pipeline.Pipeline`. It must be importable on the workers.
        on_partition: called as each partition is coded (or fails).
        on_article: called as each article is stored.

    Returns:
        The counts and timings; articles that could not be coded and partitions whose task
        failed are listed in it, not raised.

    Raises:
        InputError: no articles, a bad ``--scheduler``, an unreachable scheduler, an output
            folder that cannot be written, or one the workers do not share.
        ModelError: a worker could not build the coder.
    """
    started = time.perf_counter()
    spec = parse_scheduler(scheduler)
    if factory is None:
        from eventwire.pipeline import Pipeline

        factory = Pipeline
    kept, repeated = drop_repeated_ids(articles)
    if not kept:
        raise InputError("input", "no articles to code")
    out = Path(out)
    prepare_out(out)
    key = coder_key(settings, factory)
    partitions = partition_articles(kept, partition_size, key)
    todo = [partition for partition in partitions if finished(out, partition.name) is None]
    summary = BatchSummary(partitions=len(partitions), skipped=len(partitions) - len(todo), repeated_ids=repeated)
    for _ in range(summary.skipped):
        on_partition()
    if todo:
        # Named per run: two runs on one cluster each keep their own coder, and their own tasks.
        plugin = CoderPlugin(settings, factory, f"eventwire-{secrets.token_hex(4)}")
        _code(todo, spec, out, plugin, summary, on_partition)
    write_run(out, _run_record(partitions, key, partition_size, summary))
    if store is not None:
        _load(out, partitions, store, summary, on_article)
    summary.seconds = time.perf_counter() - started
    return summary


def _load(
    out: Path, partitions: list[Partition], store, summary: BatchSummary, on_article: Callable[[], None]  # noqa: ANN001
) -> None:
    """Store the articles of every written partition, in input order, one transaction each."""
    loading = time.perf_counter()
    stored = store_coded(_written_articles(out, partitions), store, on_article=on_article)
    summary.loaded, summary.duplicates = stored.stored, stored.duplicates
    summary.load_seconds = time.perf_counter() - loading


def _code(
    todo: list[Partition], spec: SchedulerSpec, out: Path, plugin: CoderPlugin, summary: BatchSummary,
    on_partition: Callable[[], None],
) -> None:  # fmt: skip
    """Code the partitions in ``todo`` on the cluster, one task each, recording the outcome."""
    from distributed import as_completed

    starting = time.perf_counter()
    with open_client(spec) as client:
        summary.workers = len(client.scheduler_info(n_workers=-1)["workers"])
        _register(client, plugin, spec)
        try:
            summary.start_seconds = time.perf_counter() - starting
            coding = time.perf_counter()
            futures = {
                client.submit(code_partition_task, partition, str(out), plugin.name,
                              key=f"{plugin.name}-{partition.name}"): partition
                for partition in todo
            }  # fmt: skip
            for future in as_completed(futures):
                _record(future, futures[future], out, summary)
                on_partition()
            summary.code_seconds = time.perf_counter() - coding
        finally:
            # Workers that join later need no coder. (The spaCy model itself stays in each worker
            # process's own cache, so a second run on a long-lived cluster starts at once.)
            with contextlib.suppress(Exception):
                client.unregister_worker_plugin(plugin.name)


def _register(client, plugin: CoderPlugin, spec: SchedulerSpec) -> None:  # noqa: ANN001
    """Build the coder on every worker (and on workers that join later)."""
    try:
        client.register_plugin(plugin, name=plugin.name)
    except EventwireError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to load becomes one line
        raise ModelError(f"{spec.text}: a worker could not load the coder ({type(error).__name__}: {error})") from None


def _record(future, partition: Partition, out: Path, summary: BatchSummary) -> None:  # noqa: ANN001
    """Count one finished task, or note why it failed."""
    try:
        manifest: dict[str, Any] = future.result()
    except Exception as error:  # noqa: BLE001 - a failed partition is reported, the others go on
        reason = str(error).splitlines()[0] if str(error) else ""
        reason = reason.split(". ")[0] if len(reason) > 200 else reason  # KilledWorker says a lot
        summary.failed.append(f"partition {partition.name}: {type(error).__name__}: {reason}")
        return
    if written(out, partition.name) is None:
        host = manifest.get("host", "?")
        raise InputError(str(out), f"partition {partition.name} written on {host} is not here: "
                         "--out must be a folder that the workers and this machine share")  # fmt: skip
    summary.coded += 1
    summary.articles += manifest["articles"]
    summary.events += manifest["events"]
    summary.rejected += [(partition.name, Rejected(**rejected)) for rejected in manifest["rejected"]]


def _written_articles(out: Path, partitions: list[Partition]) -> Iterable:
    """The coded articles of every written partition, in input order."""
    for partition in partitions:
        if written(out, partition.name) is not None:
            yield from read_partition(out, partition.name)


def _run_record(partitions: list[Partition], key: str, size: int, summary: BatchSummary) -> dict[str, Any]:
    """What ``OUT/run.json`` says of the latest run."""
    return {
        "eventwire": __version__,
        "coder": key,
        "partition_size": size,
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "partitions": [{"name": p.name, "articles": len(p.articles)} for p in partitions],
        "coded": summary.coded,
        "skipped": summary.skipped,
        "failed": summary.failed,
        "rejected": [{"partition": name, "article_id": r.article_id, "reason": r.reason} for name, r in summary.rejected],
        "workers": summary.workers,
        "code_seconds": round(summary.code_seconds, 3),
    }
