"""Batch coding on a Dask cluster: partitions coded by workers into Parquet, then stored.

    partitions.py   cutting the corpus into partitions with deterministic ids
    worker.py       the worker side: one coder per worker process, one task per partition
    files.py        writing a partition as Parquet (atomically) and reading it back
    cluster.py      reaching a Dask cluster from ``--scheduler``
    driver.py       the client side: skip finished partitions, code the rest, load the store
    report.py       the summary line and the problem lines of a run
"""

from __future__ import annotations

from eventwire.batch.cluster import parse_scheduler
from eventwire.batch.driver import BatchSummary, run_batch
from eventwire.batch.files import read_partition
from eventwire.batch.partitions import DEFAULT_PARTITION_SIZE, Partition, Rejected, partition_articles
from eventwire.batch.report import problem_lines, summary_line

__all__ = [
    "BatchSummary",
    "DEFAULT_PARTITION_SIZE",
    "Partition",
    "Rejected",
    "parse_scheduler",
    "partition_articles",
    "problem_lines",
    "read_partition",
    "run_batch",
    "summary_line",
]
