"""The worker side: one coder per worker process, one task per partition.

:class:`CoderPlugin` is a Dask worker plugin: when it is registered (and on every worker that
joins later) it caps the worker's numeric libraries at one thread and builds the coder (the
:class:`~eventwire.pipeline.Pipeline`, so the spaCy model) once. :func:`code_partition_task`,
the task, takes that coder, runs the runner's own pure function :func:`code_partition` and
writes the result with :mod:`eventwire.batch.files`; only a small manifest travels back.
"""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from distributed import WorkerPlugin, get_worker

from eventwire.batch.files import remove_leftovers, write_partition
from eventwire.batch.partitions import Partition, Rejected
from eventwire.records import Article, CodedArticle
from eventwire.settings import Settings

# Numeric libraries read these when they start; libraries already loaded are capped with
# threadpoolctl. Parallelism comes from worker processes, not threads inside one.
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")


class Coder(Protocol):
    """What a worker needs of a coder: :meth:`eventwire.pipeline.Pipeline.code_many`."""

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]: ...


CoderFactory = Callable[[Settings], Coder]


def code_partition(coder: Coder, articles: Iterable[Article]) -> tuple[list[CodedArticle], list[Rejected]]:
    """Code a partition's articles; an article that fails is rejected with its reason.

    The articles are coded in one batch. If that fails, they are coded again one at a time, so
    that only the failing articles are lost, and each is named with its error.

    Returns:
        The coded articles in input order, and the rejected ones.
    """
    articles = list(articles)
    try:
        return list(coder.code_many(articles)), []
    except Exception:  # noqa: BLE001 - which article failed is found, and reported, below
        pass
    coded: list[CodedArticle] = []
    rejected: list[Rejected] = []
    for article in articles:
        try:
            coded.extend(coder.code_many([article]))
        except Exception as error:  # noqa: BLE001 - recorded as a Rejected, reported by the driver
            rejected.append(Rejected(article.id, f"{type(error).__name__}: {error}"))
    return coded, rejected


class CoderPlugin(WorkerPlugin):
    """Builds one coder per worker process, with its numeric libraries kept to one thread."""

    def __init__(self, settings: Settings, factory: CoderFactory, name: str) -> None:
        self.settings = settings
        self.factory = factory
        self.name = name
        self.coder: Coder | None = None
        self.load_seconds = 0.0
        self.lock: threading.Lock | None = None  # made on the worker: a lock cannot be pickled

    async def setup(self, worker: Any) -> None:  # noqa: ANN401 - distributed's Worker
        """Load the coder in a thread, so that the worker keeps answering the scheduler."""
        await asyncio.get_running_loop().run_in_executor(None, self._load)

    def teardown(self, worker: Any) -> None:  # noqa: ANN401
        """Let the coder go (the spaCy model stays in this process's cache for a next run)."""
        self.coder = None

    def _load(self) -> None:
        started = time.perf_counter()
        self.lock = threading.Lock()  # one partition at a time, should a worker have several threads
        limit_threads()
        self.coder = self.factory(self.settings)
        self.load_seconds = time.perf_counter() - started


def limit_threads() -> None:
    """Keep this process's BLAS/OpenMP pools to one thread (ONNX sessions set their own)."""
    for variable in THREAD_VARIABLES:
        os.environ[variable] = "1"
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


def code_partition_task(partition: Partition, out: str, plugin_name: str) -> dict[str, Any]:
    """The Dask task: code one partition with this worker's coder and write it under ``out``.

    Returns:
        The partition's manifest (counts, rejected articles, worker, seconds).
    """
    plugin = get_worker().plugins[plugin_name]
    assert isinstance(plugin, CoderPlugin) and plugin.coder is not None and plugin.lock is not None
    started = time.perf_counter()
    limit_threads()  # again in this thread: OpenMP keeps its thread count per calling thread
    with plugin.lock:
        coded, rejected = code_partition(plugin.coder, partition.articles)
    seconds = time.perf_counter() - started
    remove_leftovers(Path(out), partition.name)
    details = {"worker": get_worker().address, "host": socket.gethostname(), "pid": os.getpid(),
               "seconds": round(seconds, 3), "load_seconds": round(plugin.load_seconds, 3)}  # fmt: skip
    return write_partition(Path(out), partition, coded, rejected, details)
