"""A stand-in for the Pipeline on Dask workers: no model, one made-up event per article.

Each record says which process coded it, how many coders that process built and how many
threads its BLAS pools allow (in the actor mention's ``how``), so the tests can check that a
worker builds its coder once and keeps to one thread. An article whose text holds ``FAIL``
makes it raise, as a coder that breaks on one article would.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from eventwire.records import (
    ActorMention,
    Article,
    ArticleRef,
    CodedArticle,
    Coder,
    Entity,
    EventRecord,
    Evidence,
    Place,
)
from eventwire.settings import Settings

BUILT = 0  # coders built in this process


class StandInCoder:
    """Same ``code_many`` as the Pipeline; counts how often it is built per process."""

    def __init__(self, settings: Settings) -> None:
        global BUILT
        BUILT += 1
        self.settings = settings

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """One ASSAULT event and one mention per article; ``FAIL`` in the text raises."""
        for article in articles:
            if "FAIL" in article.text:
                raise ValueError(f"cannot code {article.id}")
            yield CodedArticle(article=article, events=[made_up_event(article)], mentions=[self._mention(article)])

    def _mention(self, article: Article) -> ActorMention:
        from threadpoolctl import threadpool_info

        threads = max((pool["num_threads"] for pool in threadpool_info()), default=1)
        how = f"pid={os.getpid()};built={BUILT};threads={threads};omp={os.environ.get('OMP_NUM_THREADS')}"
        return ActorMention(article_id=article.id, text="Kyiv", start=0, end=4, code="UKR", how=how)


def made_up_event(article: Article) -> EventRecord:
    """An event with every kind of field filled, to check that Parquet gives it back exactly."""
    published = article.published.isoformat() if article.published else None
    return EventRecord(
        id=f"{article.id}-e1", article_id=article.id, event="ASSAULT", cameo="190", quad_code=4,
        goldstein=-9.5, actor=[Entity(text="Russian forces", code="RUS", sector="MIL", cameo_code="RUSMIL")],
        recipient=[Entity(text="Kyiv", code="UKR", sector="GOV")], date=published,
        date_precision="day" if published else "unknown", date_basis="publication" if published else "none",
        location=Place(text="Kyiv", name="Kyiv", country="UKR", lat=50.45466, lon=30.5238, geonameid=703448,
                       precision="city"),
        evidence=Evidence(text=article.text[:40], start=0, end=min(40, len(article.text)), sentence=0, trigger="shelled"),
        confidence=0.8125, article=ArticleRef(id=article.id, title=article.title, published=published),
        coder=Coder(version="stand-in"),
    )  # fmt: skip


class BrokenCoder:
    """A coder that cannot be built, as when a worker lacks the model."""

    def __init__(self, settings: Settings) -> None:
        from eventwire.errors import ModelError

        raise ModelError(f"cannot load the spaCy pipeline {settings.spacy_model!r} on this worker")


class CrashingCoder(StandInCoder):
    """Kills its worker process on an article whose text holds ``CRASH``."""

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """As the stand-in, but ``CRASH`` ends the process at once."""
        for article in articles:
            if "CRASH" in article.text:
                os._exit(3)
            yield from super().code_many([article])
