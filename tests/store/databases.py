"""The databases store tests run against: a SQLite file, and PostgreSQL when it is running.

The server is ``EVENTWIRE_TEST_POSTGRES`` (default: trust auth on 127.0.0.1:5432, database
``test``); when it is unreachable the PostgreSQL variants are skipped with the reason. Each
PostgreSQL test gets a throwaway schema (selected through ``search_path`` in the URL),
dropped afterwards, so tests never see each other's tables.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

# The server the postgres-marked tests use; another one can be named in the environment.
POSTGRES = os.environ.get("EVENTWIRE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@functools.cache
def postgres_unreachable() -> str | None:
    """Why the test PostgreSQL server cannot be used, or None when it can."""
    try:
        psycopg.connect(POSTGRES, connect_timeout=3).close()
    except psycopg.Error as error:
        return str(error).strip().splitlines()[0]
    return None


@contextmanager
def database_url(backend: str, folder: Path) -> Iterator[str]:
    """The URL of an empty database of that backend, removed again afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'events.db'}"
        return
    reason = postgres_unreachable()
    if reason is not None:
        pytest.skip(f"PostgreSQL at {POSTGRES} is unreachable: {reason}")
    schema = f"eventwire_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{POSTGRES}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")
