"""How ``eventwire batch`` scales with local Dask workers: the same articles on 1, then 2 workers.

    python bench/batch_scaling.py [--limit N] [--workers 1,2] [--partition-size K]
                                  [--cache DIR] [--corpus FILE.jsonl] [--json-out FILE]
                                  [--coder MODULE:NAME]

For each worker count, in turn, one command starts a LocalCluster exactly as ``eventwire batch
--scheduler local:N`` does (single-threaded worker processes), runs the batch driver over the
articles into a fresh output folder (Parquet only: loading the store happens on the client
and does not scale with workers), then asks every worker for its peak resident memory and CPU
time. Throughput counts coding only: from the first task submitted to the last partition
written, after each worker has loaded its model. Scaling efficiency for N workers is
``rate_N / (N * rate_1)``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout: make eventwire importable
    sys.path.insert(0, str(ROOT))

from bench.corpus import DEFAULT_CACHE, count_words  # noqa: E402
from bench.throughput import load_articles, positive_int, write_report  # noqa: E402
from eventwire.batch import run_batch  # noqa: E402
from eventwire.batch.cluster import SchedulerSpec, open_client  # noqa: E402
from eventwire.errors import EventwireError  # noqa: E402
from eventwire.records import Article  # noqa: E402
from eventwire.settings import Settings  # noqa: E402

DESCRIPTION = "Scaling of eventwire batch over local Dask workers, on the same articles."
DEFAULT_PARTITION_SIZE = 25  # small enough that 2 workers get an even share of a few hundred articles


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a Markdown table and write the JSON report."""
    args = _parser().parse_args(argv)
    try:
        report = run_benchmark(args)
    except EventwireError as error:  # a corpus that cannot be fetched or read: one line, no trace
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(render_table(report))
    write_report(report, Path(args.json_out) if args.json_out else default_json_path())
    return 1 if any(run["failed"] or run["rejected"] for run in report["runs"]) else 0


def run_benchmark(args: argparse.Namespace) -> dict[str, Any]:
    """Code the articles once per worker count; the report as data."""
    started = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    articles = load_articles(args.corpus, args.cache, args.limit)
    factory = _load_object(args.coder) if args.coder else None
    runs = [_measure(articles, workers, args.partition_size, factory) for workers in args.workers]
    base = runs[0]["articles_per_s"] if runs and runs[0]["workers"] == 1 else None
    for run in runs:
        run["efficiency"] = run["articles_per_s"] / (run["workers"] * base) if base else None
    return {
        "benchmark": "batch_scaling",
        "started": started,
        "corpus": {
            "source": str(args.corpus) if args.corpus else f"NewsArticles ({args.cache})",
            "articles": len(articles),
            "words": sum(count_words(article.text) for article in articles),
        },
        "settings": {"partition_size": args.partition_size, "limit": args.limit, "coder": args.coder or "Pipeline",
                     "spacy_model": Settings.from_env().spacy_model},  # fmt: skip
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "load_average_at_start": os.getloadavg()},  # fmt: skip
        "runs": runs,
    }


def default_json_path(today: dt.date | None = None) -> Path:
    """``bench/results/batch-scaling-<date>.json`` in this checkout."""
    return ROOT / "bench" / "results" / f"batch-scaling-{(today or dt.date.today()).isoformat()}.json"


def render_table(report: dict[str, Any]) -> str:
    """The report as a Markdown table, with the scaling efficiency of each run."""
    corpus, settings = report["corpus"], report["settings"]
    lines = [
        f"Corpus: {corpus['source']}, {corpus['articles']:,} articles, {corpus['words']:,} words; "
        f"partitions of {settings['partition_size']}",
        "",
        "| workers | partitions | articles | events | coding s | articles/s | efficiency | start-up s "
        "| peak RSS MB per worker | worker CPU s | CPU share |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|",
    ]
    for run in report["runs"]:
        efficiency = f"{run['efficiency']:.2f}" if run["efficiency"] is not None else "-"
        lines.append(
            f"| {run['workers']} | {run['partitions']} | {run['articles']:,} | {run['events']:,} "
            f"| {run['code_seconds']:.1f} | {run['articles_per_s']:.2f} | {efficiency} "
            f"| {run['start_seconds']:.1f} | {', '.join(f'{mb:,.0f}' for mb in run['peak_rss_mb'])} "
            f"| {', '.join(f'{s:.0f}' for s in run['cpu_seconds'])} | {run['cpu_share']:.2f} |"
        )
    lines += ["", "Efficiency = rate_N / (N * rate_1). Start-up (cluster, and the model loaded on every "
              "worker) is not in the rate. CPU share = the workers' CPU time over their wall time in the "
              "run: under 1, something else on the machine took cores from them."]  # fmt: skip
    for run in report["runs"]:
        for problem in run["failed"] + run["rejected"]:
            lines.append(f"{run['workers']} worker(s): {problem}")
    return "\n".join(lines)


def _measure(articles: list[Article], workers: int, partition_size: int, factory: Any) -> dict[str, Any]:  # noqa: ANN401
    """One batch run over ``articles`` on a fresh LocalCluster of ``workers`` processes."""
    print(f"[{workers} worker(s)] starting the cluster ...", file=sys.stderr, flush=True)
    starting = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="eventwire-batch-bench-") as tmp, \
            open_client(SchedulerSpec(f"local:{workers}", workers=workers)) as client:  # fmt: skip
        cluster_seconds = time.perf_counter() - starting
        address = client.scheduler.address  # type: ignore[attr-defined]
        before = client.run(_worker_usage)  # type: ignore[attr-defined]
        summary = run_batch(articles, scheduler=address, out=Path(tmp), settings=Settings.from_env(),
                            partition_size=partition_size, factory=factory)  # fmt: skip
        usage = client.run(_worker_usage)  # type: ignore[attr-defined]
    cpu = sum(usage[w]["cpu_seconds"] - before[w]["cpu_seconds"] for w in usage)
    busy = workers * (summary.start_seconds + summary.code_seconds)  # the workers' wall time in the run
    print(f"[{workers} worker(s)] {summary.articles_per_s:.2f} articles/s", file=sys.stderr, flush=True)
    return {
        "workers": workers,
        "partitions": summary.partitions,
        "articles": summary.articles,
        "events": summary.events,
        "code_seconds": summary.code_seconds,
        "articles_per_s": summary.articles_per_s,
        "start_seconds": cluster_seconds + summary.start_seconds,
        "peak_rss_mb": [usage[worker]["peak_rss_mb"] for worker in sorted(usage)],
        "cpu_seconds": [usage[worker]["cpu_seconds"] for worker in sorted(usage)],
        # Below 1 when the workers did not get a whole core each: a busy machine, not eventwire.
        "cpu_share": cpu / busy if busy else 0.0,
        "failed": summary.failed,
        "rejected": [f"{name}: {r.article_id}: {r.reason}" for name, r in summary.rejected],
    }


def _worker_usage() -> dict[str, float]:
    """Run on each worker: its peak resident memory (VmHWM, MiB) and CPU seconds so far.

    The workers are spawned, not forked, so their VmHWM is their own."""
    peak = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
    if not peak:  # no /proc (macOS): ru_maxrss, in bytes there
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"peak_rss_mb": peak, "cpu_seconds": usage.ru_utime + usage.ru_stime}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=DESCRIPTION)
    add = parser.add_argument
    add("--limit", type=positive_int, metavar="N", help="only the first N articles (default all)")
    add("--workers", type=_counts, default=[1, 2], metavar="1,2", help="worker counts, in turn (default 1,2)")
    add("--partition-size", type=positive_int, default=DEFAULT_PARTITION_SIZE, metavar="K", help="articles per task")
    add("--cache", type=Path, default=DEFAULT_CACHE, metavar="DIR", help="corpus cache folder")
    add("--corpus", type=Path, metavar="FILE.jsonl", help="articles as JSONL, not the news corpus")
    add("--json-out", type=Path, metavar="FILE", help="default bench/results/batch-scaling-DATE.json")
    add("--coder", metavar="MODULE:NAME", help="another coder class, importable on the workers")
    return parser


def _counts(value: str) -> list[int]:
    """An argparse type: comma-separated worker counts."""
    return [positive_int(part) for part in value.split(",")]


def _load_object(spec: str) -> Any:  # noqa: ANN401
    """The object named by ``module:name`` (it must be importable by the workers too)."""
    module_name, _, name = spec.partition(":")
    return getattr(importlib.import_module(module_name), name)


if __name__ == "__main__":
    sys.exit(main())
