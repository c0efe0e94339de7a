"""Tests of the Alembic migrations shipped in eventwire.store.migrations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from eventwire.store import Store
from eventwire.store.migrate import head_revision
from eventwire.store.models import Base

from .databases import BACKENDS, database_url
from .factories import make_article, make_event


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with database_url(request.param, tmp_path) as url, Store(url) as opened:
        yield opened


def test_migrate_creates_the_schema_of_the_models(store: Store) -> None:
    with store._engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_migrate_records_the_head_revision(store: Store) -> None:
    with store._engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_heads() == (head_revision(),)
        tables = set(inspect(connection).get_table_names())
    assert {"alembic_version", "articles", "events", "event_actors", "actor_mentions", "event_clusters", "cluster_mentions"} <= tables


def test_migrate_creates_the_query_indexes(store: Store) -> None:
    with store._engine.connect() as connection:
        indexes = {
            index["name"]: index["column_names"]
            for table in ("events", "event_actors")
            for index in inspect(connection).get_indexes(table)
        }
    assert indexes == {
        "ix_events_order": ["date_start", "article_id", "evidence_start", "id", "date_end"],
        "ix_events_article_id": ["article_id"],
        "ix_events_event": ["event"],
        "ix_events_overview": ["date_start", "event", "quad_code", "goldstein"],
        "ix_events_modality": ["modality"],
        "ix_events_location_country": ["location_country", "date_start", "date_end"],
        "ix_events_ranges": ["date_end", "date_start", "date"],
        "ix_event_actors_role_code": ["role", "code", "event_id"],
        "ix_event_actors_role_cameo_code": ["role", "cameo_code", "event_id"],
        "ix_event_actors_probe": ["event_id", "role", "code", "cameo_code"],
    }


def test_migrate_upgrades_a_first_revision_store(tmp_path: Path) -> None:
    """A store made by revision 0001 gains the actor_mentions table and keeps its rows."""
    from alembic import command

    from eventwire.store.migrate import alembic_config

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        config = alembic_config(connection)
        command.upgrade(config, "0001")
        connection.execute(text("INSERT INTO articles (id, text, tags, source_lines, boilerplate, "
                                "content_hash, ingested_at) VALUES ('a', 'x', '[]', '[]', '[]', 'h', '2025-01-01')"))
    engine.dispose()
    with Store(url) as store:
        assert store.articles_count() == 1
        assert store.unresolved_actors() == []


def test_migrate_fills_the_date_end_and_place_country_of_stored_events(tmp_path: Path) -> None:
    """A store made before revision 0003 answers date-range and place filters once upgraded."""
    from alembic import command

    from eventwire.store.migrate import alembic_config

    url = f"sqlite:///{tmp_path / 'old.db'}"
    article = make_article("ken-1", published=dt.date(2025, 6, 20))
    with Store(url) as store:
        store.save(article, [make_event(article, 0, date="2025-05/2025-07"), make_event(article, 1, date=None)])
    engine = create_engine(url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0002")
        assert "date_end" not in {c["name"] for c in inspect(connection).get_columns("events")}
    engine.dispose()
    with Store(url) as store:  # upgrades to the head
        assert [e.id for e in store.events(since=dt.date(2025, 7, 31), until=dt.date(2025, 7, 31))] == ["ken-1-e0"]
        assert [e.id for e in store.events(since=dt.date(2025, 6, 20), until=dt.date(2025, 6, 20))] == [
            "ken-1-e0", "ken-1-e1"]  # fmt: skip
        assert [e.id for e in store.events(location="UKR")] == ["ken-1-e0", "ken-1-e1"]
