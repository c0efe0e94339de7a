"""Splitting a corpus into partitions whose ids say what they hold, so a re-run knows them.

A partition is a run of consecutive input articles. Its id is a hash of its articles' ids and
content hashes (text, date and coder version, as ``ingest`` uses to skip unchanged articles)
and of the coder's own key (the settings that change what is coded): the same articles coded
the same way get the same id in every run, and any change to one of them gives a new id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from eventwire.ingest import content_hash
from eventwire.records import Article
from eventwire.settings import Settings
from eventwire.version import __version__

DEFAULT_PARTITION_SIZE = 200
ID_LENGTH = 20  # hex digits of SHA-256 kept in an id: 80 bits, no collision in any real corpus


@dataclass(frozen=True)
class Partition:
    """Consecutive input articles coded by one task and written as one pair of Parquet files."""

    id: str
    index: int  # its place in the input, from 0
    articles: tuple[Article, ...]

    @property
    def name(self) -> str:
        """The name of its files: ``part-<index>-<id>``, so that listings follow the input."""
        return f"part-{self.index:05d}-{self.id}"


@dataclass(frozen=True)
class Rejected:
    """An article a worker could not code, with the reason; reported, never dropped quietly."""

    article_id: str
    reason: str


def coder_key(settings: Settings, factory: Callable[[Settings], object]) -> str:
    """What, besides the articles, decides a partition's output: coder, version and settings."""
    name = f"{getattr(factory, '__module__', '?')}.{getattr(factory, '__qualname__', repr(factory))}"
    return "|".join([
        name, __version__, settings.spacy_model, f"knowledge={settings.knowledge_dir or ''}",
        f"classifier={int(settings.classifier)}", f"min_confidence={settings.min_confidence:g}",
    ])  # fmt: skip


def partition_id(articles: Sequence[Article], key: str) -> str:
    """The id of a partition holding ``articles`` (in that order) coded by coder ``key``."""
    digest = hashlib.sha256(key.encode("utf-8"))
    for article in articles:
        digest.update(f"\n{article.id}\t{content_hash(article)}".encode())
    return digest.hexdigest()[:ID_LENGTH]


def partition_articles(articles: Iterable[Article], size: int, key: str) -> list[Partition]:
    """The articles cut, in input order, into partitions of ``size`` (the last may be smaller).

    Args:
        articles: the corpus, in input order.
        size: articles per partition, at least 1.
        key: the coder's key (:func:`coder_key`), part of every partition id.

    Returns:
        The partitions, in input order.
    """
    if size < 1:
        raise ValueError(f"partition size must be at least 1, not {size}")
    chunk: list[Article] = []
    partitions: list[Partition] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) == size:
            partitions.append(_partition(chunk, len(partitions), key))
            chunk = []
    if chunk:
        partitions.append(_partition(chunk, len(partitions), key))
    return partitions


def _partition(chunk: list[Article], index: int, key: str) -> Partition:
    return Partition(id=partition_id(chunk, key), index=index, articles=tuple(chunk))


def drop_repeated_ids(articles: Iterable[Article]) -> tuple[list[Article], int]:
    """The articles with each id kept once (its last copy, as ``ingest`` leaves the store), and
    how many earlier copies were dropped."""
    ordered = list(articles)
    last = {article.id: position for position, article in enumerate(ordered)}
    kept = [article for position, article in enumerate(ordered) if last[article.id] == position]
    return kept, len(ordered) - len(kept)
