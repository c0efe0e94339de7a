"""A light stand-in for ``eventwire.pipeline.Pipeline``, for tests where the model is not the point.

It codes no events: each article comes back as it went in. It records which articles it was
given, and can be told to crash (with :class:`Crash`, which no handler in eventwire catches)
after coding some, to play a process dying in the middle of a round.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventwire.records import Article, CodedArticle


class Crash(BaseException):
    """The process dying: a BaseException, so that nothing on its way out catches it."""


class FakePipeline:
    """Same ``code_many`` as the real Pipeline; every article comes back with no events."""

    def __init__(self, settings: object = None, *, crash_after: int | None = None) -> None:
        self.coded: list[str] = []
        self.crash_after = crash_after

    def code_many(
        self, articles: Iterable[Article], batch_size: int = 32, with_mentions: bool = True
    ) -> Iterator[CodedArticle]:
        """Each article with no events, crashing before the article after ``crash_after``."""
        for article in articles:
            if self.crash_after is not None and len(self.coded) >= self.crash_after:
                raise Crash(f"crashed before coding {article.id}")
            self.coded.append(article.id)
            yield CodedArticle(article=article, events=[], mentions=[])
