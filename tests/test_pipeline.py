"""Tests of the pipeline spine: eventwire.extract and Pipeline, with the real model."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import eventwire
from eventwire import Article, EventRecord, InputError, Pipeline
from eventwire.records import SCHEMA_PATH

pytestmark = pytest.mark.slow

# Invented news sentences, one article each, covering several event types and modalities.
STORIES = {
    "kremlin": "Moscow condemned the accord. Russia accused Ukraine of shelling a power plant.",
    "berlin": "Germany and France held talks in Berlin about energy prices.",
    "sanctions": (
        "The United States imposed sanctions on Iran. Japan will send aid to the Philippines."
    ),
    "nairobi": "Kenyan police arrested dozens of protesters in Nairobi.",
    "weather": "It rained all afternoon and the match was played as planned.",
    "brussels": "The European Union could impose new sanctions on Russia, diplomats said.",
}
PUBLISHED = dt.date(2025, 11, 18)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _articles() -> list[Article]:
    return [Article(id=key, text=text, published=PUBLISHED) for key, text in STORIES.items()]


def test_pipeline_extract_codes_a_condemnation_by_moscow() -> None:
    records = eventwire.extract("Moscow condemned the accord.", published="2025-11-18")
    assert [record.event for record in records] == ["ACCUSE"]
    (record,) = records
    assert [actor.code for actor in record.actor] == ["RUS"]
    assert record.evidence.trigger == "condemned"
    assert record.article.published == "2025-11-18"


def test_pipeline_records_validate_against_the_shipped_schema(
    pipeline: Pipeline, validator: Draft202012Validator
) -> None:
    records = [record for _, coded in pipeline.extract_many(_articles()) for record in coded]
    assert {record.event for record in records} >= {"ACCUSE", "CONSULT", "SANCTION"}
    for record in records:
        errors = [error.message for error in validator.iter_errors(json.loads(record.to_json()))]
        assert errors == [], f"{record.id} ({record.event}): {errors}"


def test_pipeline_extract_gives_the_same_ids_twice() -> None:
    text = STORIES["kremlin"]
    first = eventwire.extract(text, published="2025-11-18")
    second = eventwire.extract(text, published="2025-11-18")
    assert first, "the story should code at least one event"
    assert [record.id for record in first] == [record.id for record in second]
    assert first == second


def test_pipeline_ids_do_not_depend_on_the_pipeline_instance(pipeline: Pipeline) -> None:
    article = Article(id="kremlin", text=STORIES["kremlin"], published=PUBLISHED)
    assert [r.id for r in pipeline.extract(article)] == [r.id for r in eventwire.extract(article)]


def test_pipeline_ids_are_unique_within_an_article(pipeline: Pipeline) -> None:
    article = Article(id="sanctions", text=STORIES["sanctions"] + " " + STORIES["kremlin"])
    ids = [record.id for record in pipeline.extract(article)]
    assert len(ids) >= 2
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_pipeline_extract_empty_text_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError):
        eventwire.extract(text)


@pytest.mark.parametrize("published", ["18/11/2025", "2025-13-45", "yesterday", "Nov 18 2025"])
def test_pipeline_extract_invalid_published_is_an_input_error(published: str) -> None:
    with pytest.raises(InputError, match="published"):
        eventwire.extract("Moscow condemned the accord.", published=published)


@pytest.mark.parametrize("published", [dt.date(2025, 11, 18), "2025-11-18", "2025-11-18T09:30:00Z"])
def test_pipeline_extract_accepts_dates_and_iso_strings(published: dt.date | str) -> None:
    (record,) = eventwire.extract("Moscow condemned the accord.", published=published)
    assert record.article.published == "2025-11-18"


def test_pipeline_extract_dates_an_undated_article(pipeline: Pipeline) -> None:
    article = Article(id="undated", text="Moscow condemned the accord.")
    (record,) = eventwire.extract(article, published="2025-11-18")
    assert record.article_id == "undated"
    assert record.article.published == "2025-11-18"


def test_pipeline_extract_many_keeps_input_order(pipeline: Pipeline) -> None:
    articles = _articles() * 2  # twice over, so batches of 4 cut through the list unevenly
    articles = [a.model_copy(update={"id": f"{i:02d}-{a.id}"}) for i, a in enumerate(articles)]

    def lazily() -> Iterator[Article]:
        yield from articles

    results = list(pipeline.extract_many(lazily(), batch_size=4))
    assert [article.id for article, _ in results] == [article.id for article in articles]
    for article, records in results:
        assert all(record.article_id == article.id for record in records)
    coded = {article.id: [r.event for r in records] for article, records in results}
    assert coded["04-weather"] == [] and coded["10-weather"] == []
    assert coded["01-berlin"] == coded["07-berlin"] == ["CONSULT"]


def test_pipeline_extract_many_of_nothing_is_empty(pipeline: Pipeline) -> None:
    assert list(pipeline.extract_many([])) == []


def test_pipeline_evidence_offsets_slice_the_body_text(pipeline: Pipeline, tmp_path: Path) -> None:
    # A headline and a dateline are cut from the body, so the offsets must be into the body.
    story = tmp_path / "story.txt"
    story.write_text(
        "Moscow rejects Baltic accord\n\n"
        "MOSCOW (Wire) - Moscow condemned the accord signed in Tallinn.\n\n"
        "Russia accused Ukraine of shelling a power plant near the border. "
        "Germany and France held talks in Berlin about the shelling.\n",
        encoding="utf-8",
    )
    (article,) = eventwire.read_source(str(story), PUBLISHED)
    records = pipeline.extract(article)
    assert len(records) >= 3
    for record in records:
        evidence = record.evidence
        assert article.text[evidence.start : evidence.end] == evidence.text
        assert evidence.trigger.split()[0] in evidence.text
    sentences = [record.evidence.sentence for record in records]
    assert sentences == sorted(sentences)


def test_pipeline_records_are_event_records(pipeline: Pipeline) -> None:
    records = pipeline.extract(Article(id="kremlin", text=STORIES["kremlin"]))
    assert records and all(isinstance(record, EventRecord) for record in records)
    assert {record.coder.version for record in records} == {eventwire.__version__}


@pytest.mark.slow
def test_pipeline_extract_refuses_a_published_date_with_trailing_words(pipeline: object) -> None:
    with pytest.raises(eventwire.InputError, match="2025-11-18xyz"):
        eventwire.extract("Moscow condemned the accord.", published="2025-11-18xyz")
