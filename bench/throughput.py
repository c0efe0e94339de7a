"""Throughput of eventwire against the bare spaCy parse, on the same articles, in one command.

    python bench/throughput.py [--limit N] [--cache DIR] [--batch-size N] [--json-out FILE]
                               [--corpus FILE.jsonl] [--only spacy|eventwire]
                               [--pipeline MODULE:NAME]

The parent process reads the corpus (the real NewsArticles corpus from the cache, fetched on
first use, or ``--corpus``), writes the chosen articles to one temporary JSONL file, then runs
each measurement in a child process of its own, one after the other:

* ``spacy``: ``nlp.pipe(texts, batch_size=...)`` over the article bodies;
* ``eventwire``: ``Pipeline().extract_many(articles, batch_size=...)``.

A child loads its model, codes one warm-up sentence (both counted as load time, not
throughput), times the loop over all articles, and reports its peak resident memory. Peak
memory is the kernel's ``VmHWM`` of the child's own address space: ``ru_maxrss`` would be
wrong here, because after fork+exec Linux carries the parent's high-water mark into the child.
The parent prints a Markdown table and the eventwire/spaCy throughput ratio, and writes the
full result to ``bench/results/throughput-<date>.json`` (or ``--json-out``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib
import importlib.metadata
import importlib.util
import json
import os
import platform
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout: make eventwire importable
    sys.path.insert(0, str(ROOT))

from bench.corpus import (  # noqa: E402
    DEFAULT_CACHE,
    count_words,
    fetch_news_articles,
    read_jsonl,
    read_news_articles,
    write_jsonl,
)
from eventwire.errors import EventwireError  # noqa: E402
from eventwire.records import Article  # noqa: E402
from eventwire.settings import Settings  # noqa: E402

DESCRIPTION = "Throughput of eventwire against the bare spaCy parse, on the same articles."
RUNS = ("spacy", "eventwire")
LABELS = {"spacy": "spaCy `nlp.pipe`", "eventwire": "eventwire `extract_many`"}
DEFAULT_PIPELINE = "eventwire.pipeline:Pipeline"
PROGRESS_EVERY = 500
WARM_UP = Article(
    id="warm-up",
    title="Warm-up",
    text="The foreign ministers of France and Germany met in Berlin on Monday to discuss trade.",
    published=dt.date(2017, 3, 1),
)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or, with the hidden ``--child``, one measurement of it)."""
    args = _parser().parse_args(argv)
    if args.child:
        return _child_main(args)
    signal.signal(signal.SIGTERM, _stop)  # so that a killed parent stops its child too
    try:
        report = run_benchmark(args)
    except EventwireError as error:  # a corpus that cannot be fetched or read: one line, no trace
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(render_table(report))
    write_report(report, Path(args.json_out) if args.json_out else default_json_path())
    return 1 if any("failed" in result for result in report["runs"].values()) else 0


def run_benchmark(args: argparse.Namespace) -> dict[str, Any]:
    """Measure each run in its own child process over the same articles; the report as data.

    Args:
        args: the parsed command line (limit, cache, corpus, batch size, pipeline, only).

    Returns:
        A JSON-ready dict: corpus, settings, machine, one entry per run, and the ratio.
    """
    started = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    articles = load_articles(args.corpus, args.cache, args.limit)
    runs = [args.only] if args.only else list(RUNS)
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        corpus_file = write_jsonl(articles, Path(tmp) / "articles.jsonl")
        digest = hashlib.sha256(corpus_file.read_bytes()).hexdigest()
        results = {run: _run_child(run, corpus_file, Path(tmp), args) for run in runs}
    return {
        "benchmark": "throughput",
        "started": started,
        "corpus": {
            "source": str(args.corpus) if args.corpus else f"NewsArticles ({args.cache})",
            "articles": len(articles),
            "words": sum(count_words(article.text) for article in articles),
            "sha256": digest,
        },
        "settings": {
            "batch_size": args.batch_size,
            "limit": args.limit,
            "pipeline": args.pipeline,
            "spacy_model": Settings.from_env().spacy_model,
        },
        "machine": _machine(),
        "runs": results,
        "ratio": _ratio(results),
    }


def load_articles(corpus: Path | None, cache: Path, limit: int | None) -> list[Article]:
    """The first ``limit`` articles of ``corpus`` (JSONL), or of the cached news corpus."""
    if corpus is not None:
        articles = read_jsonl(corpus)
    else:
        articles = read_news_articles(fetch_news_articles(cache))
    return articles[:limit] if limit is not None else articles


def default_json_path(today: dt.date | None = None) -> Path:
    """``bench/results/throughput-<date>.json`` in this checkout."""
    return ROOT / "bench" / "results" / f"throughput-{(today or dt.date.today()).isoformat()}.json"


def render_table(report: dict[str, Any]) -> str:
    """The report as a Markdown table, followed by the ratio, load times and events."""
    lines = [
        f"Corpus: {report['corpus']['source']}, batch size {report['settings']['batch_size']}",
        "",
        "| run | articles | words | seconds | articles/s | words/s | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    measured = {run: r for run, r in report["runs"].items() if "failed" not in r}
    for run, result in measured.items():
        lines.append(
            f"| {LABELS[run]} | {result['articles']:,} | {result['words']:,} "
            f"| {result['seconds']:.2f} | {result['articles_per_s']:.2f} "
            f"| {result['words_per_s']:,.0f} | {result['peak_rss_mb']:,.0f} |"
        )
    lines.append("")
    if report["ratio"] is not None:
        lines.append(f"Throughput ratio eventwire / spaCy: {report['ratio']:.3f}")
    for run, result in report["runs"].items():
        if "failed" in result:
            lines.append(f"The {run} run FAILED ({result['failed']}); its error is printed above.")
    loads = ", ".join(f"{run} {r['load_seconds']:.1f} s" for run, r in measured.items())
    lines.append(f"Model load and warm-up (not in throughput): {loads}")
    if "eventwire" in measured:
        coded = measured["eventwire"]
        per_article = coded["events_per_article"]
        lines.append(f"Events coded: {coded['events']:,} ({per_article:.2f} per article)")
        if "parse_seconds" in coded:
            share = coded["coding_seconds"] / coded["seconds"] if coded["seconds"] else 0.0
            lines.append(
                f"Inside the eventwire run: spaCy parse {coded['parse_seconds']:.2f} s, "
                f"eventwire's own coding {coded['coding_seconds']:.2f} s ({share:.1%})"
            )
    return "\n".join(lines)


# --------------------------------------------------------------------------- parent side


def _parser() -> argparse.ArgumentParser:
    """The command line; ``--child`` and ``--child-out`` are internal."""
    parser = argparse.ArgumentParser(description=DESCRIPTION)
    add = parser.add_argument
    add("--limit", type=positive_int, metavar="N", help="only the first N articles (default all)")
    add("--cache", type=Path, default=DEFAULT_CACHE, metavar="DIR", help="corpus cache folder")
    add("--batch-size", type=positive_int, default=32, metavar="N", help="documents per batch")
    add("--json-out", type=Path, metavar="FILE", help="default bench/results/throughput-DATE.json")
    add("--corpus", type=Path, metavar="FILE.jsonl", help="articles as JSONL, not the news corpus")
    add("--only", choices=RUNS, help="measure one of the two runs")
    add("--pipeline", default=DEFAULT_PIPELINE, metavar="MODULE:NAME", help="or FILE.py:NAME")
    add("--child", choices=RUNS, help=argparse.SUPPRESS)
    add("--child-out", type=Path, help=argparse.SUPPRESS)
    return parser


def _stop(signum: int, _frame: object) -> None:
    """SIGTERM handler: exit through the finally blocks."""
    raise SystemExit(128 + signum)


def positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def write_report(report: dict[str, Any], out: Path) -> None:
    """Write a benchmark's JSON report (its folder made if need be) and say where."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {out}")


def _run_child(run: str, corpus_file: Path, tmp: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Launch one measurement in a fresh interpreter and read back its result (or failure)."""
    out = tmp / f"{run}.json"
    command = [sys.executable, str(Path(__file__).resolve()), "--child", run]
    command += ["--corpus", str(corpus_file), "--child-out", str(out)]
    command += ["--batch-size", str(args.batch_size), "--pipeline", args.pipeline]
    print(f"[{run}] measuring in a child process ...", file=sys.stderr, flush=True)
    child = subprocess.Popen(command)  # stderr passes through: progress and errors
    try:
        status = child.wait()
    finally:
        if child.poll() is None:  # the parent was stopped: do not leave a child measuring
            child.terminate()
            child.wait()
    if status != 0 or not out.exists():  # keep going: the other run's figures still count
        return {"failed": f"exit status {status}"}
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def _ratio(results: dict[str, dict[str, Any]]) -> float | None:
    """eventwire throughput over spaCy throughput, when both were measured."""
    if not all(run in results and "failed" not in results[run] for run in RUNS):
        return None
    base = results["spacy"]["articles_per_s"]
    return results["eventwire"]["articles_per_s"] / base if base else None


def _machine() -> dict[str, Any]:
    """What the figures depend on besides the code."""
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "spacy": importlib.metadata.version("spacy"),
    }


# --------------------------------------------------------------------------- child side


def _child_main(args: argparse.Namespace) -> int:
    """Measure one run over the parent's JSONL and write the result as JSON."""
    articles = read_jsonl(args.corpus)
    if args.child == "spacy":
        result = _measure_spacy(articles, args.batch_size)
    else:
        result = _measure_eventwire(articles, args.batch_size, args.pipeline)
    args.child_out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


def _measure_spacy(articles: list[Article], batch_size: int) -> dict[str, Any]:
    """Parse every body with ``nlp.pipe``; tokens are counted so every Doc is consumed."""
    from eventwire.nlp.model import load_model  # imports spaCy: only the child needs it

    started = time.perf_counter()
    nlp = load_model(Settings.from_env().spacy_model)
    nlp(WARM_UP.text)
    load_seconds = time.perf_counter() - started
    docs = nlp.pipe((article.text for article in articles), batch_size=batch_size)
    result = _timed(docs, "spacy", lambda doc: {"tokens": len(doc)})
    result["model"] = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}"
    return _finish(result, articles, load_seconds)


def _measure_eventwire(articles: list[Article], batch_size: int, spec: str) -> dict[str, Any]:
    """Code every article with the full pipeline and count the events it yields."""
    started = time.perf_counter()
    pipeline = _load_object(spec)()
    for _ in pipeline.extract_many([WARM_UP], batch_size=batch_size):
        pass
    load_seconds = time.perf_counter() - started
    clock = _ParseClock.attach(pipeline)
    pairs = pipeline.extract_many(articles, batch_size=batch_size)
    types: Counter[str] = Counter()

    def tally(pair: tuple[Article, list[Any]]) -> dict[str, int]:
        types.update(record.event for record in pair[1])
        return {"events": len(pair[1]), "articles_with_events": int(bool(pair[1]))}

    result = _timed(pairs, "eventwire", tally)
    result.setdefault("events", 0)
    result.setdefault("articles_with_events", 0)
    result["events_per_article"] = result["events"] / max(result["articles"], 1)
    result["events_by_type"] = dict(types.most_common())
    if clock is not None:
        result["parse_seconds"] = clock.seconds
        result["coding_seconds"] = result["seconds"] - clock.seconds
    return _finish(result, articles, load_seconds)


class _ParseClock:
    """Stands in for a pipeline's spaCy ``nlp`` and sums the time spent inside ``nlp.pipe``.

    The rest of the eventwire run's time is eventwire's own work (actors, events, records):
    measured inside one process, this split is far steadier than the difference of two runs.
    """

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        self.seconds = 0.0

    @classmethod
    def attach(cls, pipeline: Any) -> _ParseClock | None:
        """Wrap ``pipeline.nlp`` when the pipeline has one (a stand-in may not)."""
        if not callable(getattr(getattr(pipeline, "nlp", None), "pipe", None)):
            return None
        clock = cls(pipeline.nlp)
        pipeline.nlp = clock
        return clock

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)

    def __call__(self, text: str) -> Any:
        """A single parse, not timed (the pipeline batches through ``pipe``)."""
        return self._nlp(text)

    def pipe(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        """``nlp.pipe``, with the time of every step added to :attr:`seconds`."""
        docs = iter(self._nlp.pipe(*args, **kwargs))
        while True:
            started = time.perf_counter()
            try:
                doc = next(docs)
            except StopIteration:
                return
            finally:
                self.seconds += time.perf_counter() - started
            yield doc


def _timed(
    items: Iterable[Any], run: str, count: Callable[[Any], dict[str, int]]
) -> dict[str, Any]:
    """Drain ``items`` under the clock and CPU meter, summing what ``count`` says of each."""
    totals: Counter[str] = Counter()
    done = 0
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    for item in items:
        totals.update(count(item))
        done += 1
        if done % PROGRESS_EVERY == 0:
            elapsed = time.perf_counter() - started
            print(f"[{run}] {done:,} articles, {elapsed:.0f} s", file=sys.stderr, flush=True)
    seconds = time.perf_counter() - started
    cpu_seconds = _cpu_seconds() - cpu_before
    return {"articles": done, "seconds": seconds, "cpu_seconds": cpu_seconds, **totals}


def _finish(result: dict[str, Any], articles: list[Article], load_seconds: float) -> dict[str, Any]:
    """Add words, rates, load time and memory to a timed result."""
    words = sum(count_words(article.text) for article in articles[: result["articles"]])
    seconds = result["seconds"]
    result.update(
        words=words,
        articles_in=len(articles),
        articles_per_s=result["articles"] / seconds if seconds else 0.0,
        words_per_s=words / seconds if seconds else 0.0,
        load_seconds=load_seconds,
        peak_rss_mb=_peak_rss_mb(),
    )
    return result


def _peak_rss_mb() -> float:
    """This process's peak resident set in MiB (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS


def _cpu_seconds() -> float:
    """User plus system CPU time of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _load_object(spec: str) -> Callable[[], Any]:
    """The callable named by ``module:name`` or ``path/to/file.py:name``."""
    module_name, _, name = spec.partition(":")
    if module_name.endswith(".py"):
        location = importlib.util.spec_from_file_location("bench_pipeline", module_name)
        if location is None or location.loader is None:
            raise SystemExit(f"cannot load {module_name}")
        module = importlib.util.module_from_spec(location)
        location.loader.exec_module(module)
    else:
        module = importlib.import_module(module_name)
    factory: Callable[[], Any] = getattr(module, name or "Pipeline")
    return factory


if __name__ == "__main__":
    sys.exit(main())
