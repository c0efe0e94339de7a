"""A stand-in for ``eventwire.pipeline.Pipeline``: parses with the configured model, codes nothing.

Used by the orchestration test (with a blank spaCy pipeline, so no model is needed) through
``bench/throughput.py --pipeline tests/bench/standin_pipeline.py:StandInPipeline``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventwire.nlp.model import load_model
from eventwire.records import Article, EventRecord
from eventwire.settings import Settings


class StandInPipeline:
    """Same interface as the real Pipeline; every article comes back with no events."""

    def __init__(self) -> None:
        self.nlp = load_model(Settings.from_env().spacy_model)

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 32
    ) -> Iterator[tuple[Article, list[EventRecord]]]:
        """Parse each article and yield it with an empty list of records."""
        pairs = ((article.text, article) for article in articles)
        for _doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield article, []
