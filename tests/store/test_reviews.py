"""Tests of human reviews of events in the store: checks, the latest review applied on reading,
corrections seen by filters, and reviews outliving a re-coded article."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import InputError, NotFoundError
from eventwire.export import write_csv, write_jsonl
from eventwire.store import Store

from .databases import BACKENDS, database_url
from .factories import POLICE, PROTESTERS, make_article, make_event


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with database_url(request.param, tmp_path) as url, Store(url) as opened:
        article = make_article("ukr-1")
        opened.save(article, [make_event(article, 0), make_event(article, 1, event="REQUEST", date="2025-11-07")])
        yield opened


def test_reviews_unreviewed_event_reads_as_coded(store: Store) -> None:
    record = store.event("ukr-1-e0")
    assert record is not None and record.human_reviewed is False and record.review is None
    assert store.reviews("ukr-1-e0") == []


def test_reviews_correct_verdict_flags_the_event(store: Store) -> None:
    review = store.review_event("ukr-1-e0", "ana", "correct", note="checked against the source")
    assert (review.verdict, review.changes, review.original, review.note) == ("correct", {}, {}, "checked against the source")
    assert review.reviewed_at.tzinfo is not None
    [first, second] = store.events()
    assert (first.human_reviewed, first.review) == (True, review)
    assert second.human_reviewed is False


def test_reviews_corrected_fields_replace_the_coded_ones_and_keep_the_original(store: Store) -> None:
    review = store.review_event("ukr-1-e0", "ana", "corrected",
                                {"event": "reject", "recipient": "KENCOP", "modality": "negated", "date": "2025-10",
                                 "location": "ken"})  # fmt: skip
    assert review.changes["event"] == "REJECT" and review.changes["modality"] == "negated"
    assert review.original["event"] == "ACCUSE" and review.original["recipient"][0]["code"] == "RUS"
    record = store.event("ukr-1-e0")
    assert record is not None
    assert (record.event, record.cameo, record.quad_code, record.modality) == ("REJECT", "12", 3, "negated")
    assert (record.date, record.date_precision, record.recipient[0].cameo_code) == ("2025-10", "month", "KENCOP")
    assert record.location is not None and record.location.country == "KEN"
    assert record.human_reviewed and record.review == review


def test_reviews_filters_see_the_correction(store: Store) -> None:
    store.review_event("ukr-1-e0", "ana", "corrected", {"event": "REJECT", "location": "KEN", "recipient": [POLICE.model_dump()]})
    assert [e.id for e in store.events(event_type="REJECT")] == ["ukr-1-e0"]
    assert [e.id for e in store.events(event_type="ACCUSE")] == []
    assert [e.id for e in store.events(location="KEN")] == ["ukr-1-e0"]
    assert [e.id for e in store.events(recipient="KENCOP")] == ["ukr-1-e0"]
    assert [e.id for e in store.events(reviewed=True)] == ["ukr-1-e0"]
    assert [e.id for e in store.events(reviewed=False)] == ["ukr-1-e1"]


def test_reviews_latest_review_wins(store: Store) -> None:
    store.review_event("ukr-1-e0", "ana", "corrected", {"event": "REJECT"})
    latest = store.review_event("ukr-1-e0", "bo", "wrong", note="not an event at all")
    record = store.event("ukr-1-e0")
    assert record is not None and record.event == "ACCUSE" and record.review == latest
    assert [e.id for e in store.events(event_type="ACCUSE")] == ["ukr-1-e0"]
    assert [r.reviewer for r in store.reviews("ukr-1-e0")] == ["ana", "bo"]


def test_reviews_survive_recoding_the_article(store: Store) -> None:
    store.review_event("ukr-1-e0", "ana", "corrected", {"actor": ["KENCVL"], "event": "PROTEST"})
    article = make_article("ukr-1")
    store.save(article, [make_event(article, 0), make_event(article, 1, event="REQUEST")])
    record = store.event("ukr-1-e0")
    assert record is not None and record.event == "PROTEST" and record.actor[0].code == "KEN"
    assert [e.id for e in store.events(actor="KENCVL")] == ["ukr-1-e0"]


@pytest.mark.parametrize(
    ("verdict", "changes", "message"),
    [
        ("great", None, "verdict: unknown verdict 'great'"),
        ("corrected", {}, "changes: a 'corrected' review needs"),
        ("correct", {"event": "REJECT"}, "changes: a 'correct' review takes no changes"),
        ("corrected", {"goldstein": 3}, "changes: unknown field 'goldstein'"),
        ("corrected", {"event": "SHOUT"}, "changes.event: unknown event type 'SHOUT'"),
        ("corrected", {"modality": "maybe"}, "changes.modality: unknown modality 'maybe'"),
        ("corrected", {"date": "2025-13-01"}, "changes.date: '2025-13-01' is not a date"),
        ("corrected", {"date": "yesterday"}, "changes.date: 'yesterday' is not a date"),
        ("corrected", {"actor": []}, "changes.actor"),
        ("corrected", {"location": 12}, "changes.location: 12 is no place"),
    ],
)
def test_reviews_bad_review_is_refused_and_nothing_is_saved(store: Store, verdict: str, changes: dict | None, message: str) -> None:
    with pytest.raises(InputError, match="^" + message.replace("(", r"\(")):
        store.review_event("ukr-1-e0", "ana", verdict, changes)
    assert store.reviews("ukr-1-e0") == []


def test_reviews_unknown_event_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no stored event has the id 'nope'"):
        store.review_event("nope", "ana", "correct")


def test_reviews_empty_reviewer_is_refused(store: Store) -> None:
    with pytest.raises(InputError, match="^reviewer:"):
        store.review_event("ukr-1-e0", "  ", "correct")


def test_reviews_exports_carry_the_review(store: Store) -> None:
    store.review_event("ukr-1-e0", "ana", "corrected", {"recipient": [PROTESTERS.model_dump()]})
    out = io.StringIO()
    write_csv(store.iter_events(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["id"], r["human_reviewed"], r["recipient_code"]) for r in rows] == [
        ("ukr-1-e0", "True", "KEN"), ("ukr-1-e1", "False", "RUS")]  # fmt: skip
    lines = io.StringIO()
    write_jsonl(store.iter_events(), lines)
    first = json.loads(lines.getvalue().splitlines()[0])
    assert first["human_reviewed"] is True and first["review"]["reviewer"] == "ana"


def test_reviews_cluster_record_carries_the_review(store: Store) -> None:
    store.review_event("ukr-1-e1", "ana", "wrong")
    cluster = store.cluster_of_event("ukr-1-e1")
    assert cluster is not None and cluster.record.id == "ukr-1-e1" and cluster.record.human_reviewed
