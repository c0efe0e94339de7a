"""Writing a coded partition as Parquet, and reading it back as the records it was made from.

The output folder holds one Parquet dataset per table, and one manifest per finished partition::

    OUT/events/part-<index>-<id>.parquet    one row per event: the export's flat columns and
                                            ``record``, the whole record as JSON
    OUT/articles/part-<index>-<id>.parquet  one row per article: a few flat columns, ``article``
                                            (JSON), ``mentions`` (JSON list of its actor mentions)
                                            and ``quotes`` (JSON list of its statements)
    OUT/manifests/part-<index>-<id>.json    written last: counts, rejected articles, file sizes
    OUT/run.json                     the latest run: its partitions in input order, its summary

Every file is written under a hidden temporary name and renamed when complete, so a killed
worker leaves no half partition; only a partition with a manifest (whose files are there at
the sizes it records) counts as finished. Readers such as ``pandas.read_parquet(OUT/"events")``
skip the hidden temporary files.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from eventwire.batch.partitions import Partition, Rejected
from eventwire.errors import InputError
from eventwire.export.output import binary_output, text_output
from eventwire.export.writers import write_parquet
from eventwire.ingest import content_hash
from eventwire.records import ActorMention, Article, CodedArticle, EventRecord, Quote

TABLES = ("events", "articles")
MANIFESTS = "manifests"
RUN_FILE = "run.json"


def partition_path(out: Path, folder: str, name: str) -> Path:
    """Where one file of a partition goes: ``OUT/<folder>/<name>.parquet`` (or ``.json``)."""
    suffix = ".json" if folder == MANIFESTS else ".parquet"
    return out / folder / f"{name}{suffix}"


def prepare_out(out: Path) -> None:
    """Create the output folders and check that files can be written there.

    Raises:
        InputError: naming ``out``, when it is not a folder or cannot be written.
    """
    try:
        for folder in (*TABLES, MANIFESTS):
            (out / folder).mkdir(parents=True, exist_ok=True)
        probe = out / MANIFESTS / f".probe-{os.getpid()}.tmp"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise InputError(str(out), f"cannot write the batch output there ({error.strerror or error})") from None


def write_partition(
    out: Path, partition: Partition, coded: Sequence[CodedArticle], rejected: Sequence[Rejected],
    details: dict[str, Any],
) -> dict[str, Any]:  # fmt: skip
    """Write a coded partition: its events, its articles, then its manifest, each atomically.

    Args:
        out: the output folder (prepared by :func:`prepare_out`).
        partition: the partition that was coded.
        coded: its articles as coded, in input order.
        rejected: its articles that could not be coded.
        details: more to keep in the manifest (worker, seconds).

    Returns:
        The manifest, as written.
    """
    manifest_path = partition_path(out, MANIFESTS, partition.name)
    manifest_path.unlink(missing_ok=True)  # a partition being redone is unfinished until the end
    events = [event for article in coded for event in article.events]
    sizes = {
        "events": _write_events(partition_path(out, "events", partition.name), events),
        "articles": _write_articles(partition_path(out, "articles", partition.name), coded),
    }
    manifest = {
        "partition": partition.name,
        "id": partition.id,
        "index": partition.index,
        "articles": len(coded),
        "events": len(events),
        "rejected": [{"article_id": r.article_id, "reason": r.reason} for r in rejected],
        "bytes": sizes,
        **details,
    }
    with text_output(manifest_path) as stream:
        stream.write(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return manifest


def written(out: Path, name: str) -> dict[str, Any] | None:
    """The manifest of a partition whose files are all there, complete; else None."""
    manifest = read_manifest(out, name)
    if manifest is None:
        return None
    for table in TABLES:
        path = partition_path(out, table, name)
        if not path.is_file() or path.stat().st_size != manifest["bytes"][table]:
            return None
    return manifest


def finished(out: Path, name: str) -> dict[str, Any] | None:
    """The manifest of a partition written with no article rejected (so a re-run skips it)."""
    manifest = written(out, name)
    return manifest if manifest is not None and not manifest["rejected"] else None


def read_manifest(out: Path, name: str) -> dict[str, Any] | None:
    """A partition's manifest, or None when it has none (or one that cannot be read)."""
    try:
        manifest: dict[str, Any] = json.loads(partition_path(out, MANIFESTS, name).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if manifest.get("partition") == name else None


def read_partition(out: Path, name: str) -> Iterator[CodedArticle]:
    """The coded articles of a written partition, in input order, rebuilt exactly.

    Raises:
        InputError: a file of the partition cannot be read (say, the folder is not shared
            between the workers and this machine).
    """
    import pyarrow.parquet as pq

    tables = {}
    for table, columns in (("articles", ["article", "mentions", "quotes"]), ("events", ["article_id", "record"])):
        path = partition_path(out, table, name)
        try:
            present = set(pq.read_schema(path).names)  # partitions written before quotes were kept lack them
            tables[table] = pq.read_table(path, columns=[c for c in columns if c in present]).to_pydict()
        except OSError as error:
            raise InputError(str(path), f"cannot read the partition ({error})") from None
    by_article: dict[str, list[EventRecord]] = {}
    for article_id, record in zip(tables["events"]["article_id"], tables["events"]["record"], strict=True):
        by_article.setdefault(article_id, []).append(EventRecord.model_validate_json(record))
    articles = tables["articles"]
    quotes_column = articles.get("quotes") or ["[]"] * len(articles["article"])
    for article_json, mentions_json, quotes_json in zip(articles["article"], articles["mentions"], quotes_column, strict=True):
        article = Article.model_validate_json(article_json)
        mentions = [ActorMention.model_validate(mention) for mention in json.loads(mentions_json)]
        quotes = [Quote.model_validate(quote) for quote in json.loads(quotes_json or "[]")]
        yield CodedArticle(article=article, events=by_article.get(article.id, []), mentions=mentions, quotes=quotes)


def remove_leftovers(out: Path, name: str) -> None:
    """Delete the temporary files an interrupted write of this partition left behind."""
    for folder in (*TABLES, MANIFESTS):
        for leftover in (out / folder).glob(f".{name}.*.tmp"):
            leftover.unlink(missing_ok=True)


def write_run(out: Path, run: dict[str, Any]) -> None:
    """Write ``OUT/run.json``, the record of the latest run (atomically)."""
    with text_output(out / RUN_FILE) as stream:
        stream.write(json.dumps(run, indent=1, ensure_ascii=False) + "\n")


def _write_events(path: Path, events: list[EventRecord]) -> int:
    """The events table, as the Parquet export writes it; returns the file's size."""
    write_parquet(events, path)
    return path.stat().st_size


def _write_articles(path: Path, coded: Sequence[CodedArticle]) -> int:
    """The articles table; returns the file's size."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [_article_row(article) for article in coded]
    table = pa.Table.from_pylist(rows, schema=_articles_schema())
    with binary_output(path) as stream:
        pq.write_table(table, stream)
    return path.stat().st_size


def _article_row(coded: CodedArticle) -> dict[str, Any]:
    article = coded.article
    return {
        "article_id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "outlet": article.outlet,
        "url": article.url,
        "language": article.language,
        "origin": article.origin,
        "event_count": len(coded.events),
        "mention_count": len(coded.mentions),
        "content_hash": content_hash(article),
        "article": article.model_dump_json(),
        "mentions": json.dumps([mention.model_dump(mode="json") for mention in coded.mentions], ensure_ascii=False),
        "quotes": json.dumps([quote.model_dump(mode="json") for quote in coded.quotes], ensure_ascii=False),
    }


def _articles_schema():  # noqa: ANN202 - pyarrow is imported late, only where Parquet is written
    import pyarrow as pa

    counts = {"event_count", "mention_count"}
    names = ("article_id", "title", "published", "outlet", "url", "language", "origin", "event_count",
             "mention_count", "content_hash", "article", "mentions", "quotes")  # fmt: skip
    return pa.schema([pa.field(name, pa.int64() if name in counts else pa.string()) for name in names])
