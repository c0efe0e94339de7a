"""Tests of eventwire.store.rows: dates, content hashes and row conversion."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.store.rows import content_hash, date_start, event_row

from .factories import POLICE, UKRAINE, make_article, make_event


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (None, None),
        ("2025-11-04", dt.date(2025, 11, 4)),
        ("2025-11", dt.date(2025, 11, 1)),
        ("2025", dt.date(2025, 1, 1)),
        ("2025-05/2025-07", dt.date(2025, 5, 1)),
        ("2024-12-30/2025-01-02", dt.date(2024, 12, 30)),
    ],
)
def test_rows_date_start(date: str | None, expected: dt.date | None) -> None:
    assert date_start(date) == expected


def test_rows_date_start_rejects_impossible_dates() -> None:
    with pytest.raises(ValueError):
        date_start("2025-02-30")


def test_rows_content_hash_ignores_origin_only() -> None:
    article = make_article()
    assert content_hash(article) == content_hash(make_article(origin="other.txt"))
    assert content_hash(article) != content_hash(make_article(title="New title"))
    assert content_hash(article) != content_hash(make_article(published=dt.date(2025, 11, 6)))
    assert len(content_hash(article)) == 64


def test_rows_event_row_falls_back_on_the_publication_date() -> None:
    article = make_article(published=dt.date(2025, 11, 5))
    assert event_row(make_event(article, 0, date=None), article.published).date_start == dt.date(
        2025, 11, 5
    )
    # The article handed to save() has no date, but the record's article reference does.
    assert event_row(make_event(article, 0, date=None), None).date_start == dt.date(2025, 11, 5)


def test_rows_event_row_upper_cases_codes_for_lookups() -> None:
    article = make_article()
    lower = UKRAINE.model_copy(update={"code": "ukr", "cameo_code": "ukrGOV"})
    row = event_row(make_event(article, 0, actor=[lower], recipient=[POLICE]), None)
    assert [(a.role, a.position, a.code, a.cameo_code) for a in row.actors] == [
        ("actor", 0, "UKR", "UKRGOV"),
        ("recipient", 0, "KEN", "KENCOP"),
    ]
