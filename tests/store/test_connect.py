"""Tests of eventwire.store.connect: URLs, and databases that cannot be opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.store import Store
from eventwire.store.connect import parse_url, safe_url

from .factories import make_article, make_event


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("events.db", "sqlite:///events.db"),
        ("/data/events.db", "sqlite:////data/events.db"),
        ("sqlite:///events.db", "sqlite:///events.db"),
        ("sqlite://", "sqlite://"),
        ("postgresql://ew:pw@db.example/events", "postgresql+psycopg://ew:pw@db.example/events"),
        ("postgres://ew@db.example:6543/events", "postgresql+psycopg://ew@db.example:6543/events"),
        ("postgresql+psycopg://ew@localhost/events", "postgresql+psycopg://ew@localhost/events"),
    ],
)
def test_connect_parse_url_normalises(given: str, expected: str) -> None:
    assert parse_url(given).render_as_string(hide_password=False) == expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://ew:secret@db.example.org:port/events", "malformed database URL"),
        ("mysql://ew:secret@db.example.org/events", "unsupported database"),
    ],
)
def test_connect_parse_url_rejects_bad_urls(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as raised:
        parse_url(url)
    assert "secret" not in str(raised.value)
    assert "ew:***@" in str(raised.value)


def test_connect_safe_url_masks_only_the_password() -> None:
    assert safe_url("postgresql://ew:p@ss:w0rd@host/db") == "postgresql://ew:***@host/db"
    assert safe_url("postgresql://ew@host/db") == "postgresql://ew@host/db"
    assert safe_url("sqlite:///a:b.db") == "sqlite:///a:b.db"


def test_connect_unreachable_postgres_is_a_store_error() -> None:
    # Port 9 (discard) has no PostgreSQL server on it; the refusal comes back at once.
    with pytest.raises(StoreError) as raised:
        Store("postgresql://ew:secret@127.0.0.1:9/test")
    message = str(raised.value)
    assert message.startswith("postgresql://ew:***@127.0.0.1:9/test: cannot open the store: ")
    assert "secret" not in message and "\n" not in message


def test_connect_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database. " * 100)
    with pytest.raises(StoreError, match="not an SQLite database file"):
        Store(str(path))


def test_connect_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder, not a database file"):
        Store(str(tmp_path))


def test_connect_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot create or open the database file"):
        Store(f"sqlite:///{tmp_path / 'missing' / 'events.db'}")


def test_connect_someone_elses_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE articles (slug TEXT)")
    connection.close()
    with pytest.raises(StoreError, match="not an eventwire database"):
        Store(str(path))


def test_connect_database_from_a_newer_eventwire(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    Store(str(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(StoreError, match="made by a newer eventwire"):
        Store(str(path))


def test_connect_new_sqlite_file_is_created_with_wal(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store(str(path)) as store:
        assert store.articles_count() == 0
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()


def test_connect_in_memory_store_keeps_its_tables() -> None:
    with Store("sqlite://") as store:
        assert store.articles_count() == 0
        assert store.stats()["events"] == 0


def test_connect_read_errors_become_store_errors(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    Store(str(path)).close()
    with Store(str(path)) as store:
        with sqlite3.connect(path) as connection:
            connection.execute("DROP TABLE event_actors")
        connection.close()
        with pytest.raises(StoreError, match=r"cannot read events: no such table: event_actors"):
            store.events(actor="RUS")


def test_connect_stored_record_of_another_shape_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "odd.db"
    article = make_article()
    with Store(str(path)) as store:
        store.save(article, [make_event(article, 0)])
        with sqlite3.connect(path) as connection:
            connection.execute("""UPDATE events SET record = '{"id": "ukr-1-e0"}'""")
        connection.close()
        with pytest.raises(StoreError, match="stored event 'ukr-1-e0' is not a valid record"):
            store.events()
