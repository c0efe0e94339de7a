"""Opening a database: turning what the user typed into an engine, and errors into one line.

The store speaks SQLite (a file, by default) and PostgreSQL (through psycopg 3). Every
driver or SQLAlchemy error that reaches the user goes through :func:`store_error`, so it
reads ``<url with the password masked>: <what failed>: <why>`` on one line.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from alembic.util.exc import CommandError
from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from eventwire.errors import StoreError

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_PASSWORD = re.compile(r"(://[^:/@]*:)[^/]*@")  # up to the last "@" before the path
# A table of ours exists already but Alembic has no record of it: someone else's schema.
_CLASH = re.compile(r"^(table|relation) \S+ already exists")
# Seconds before an unreachable PostgreSQL server is reported, instead of hanging.
_CONNECT_TIMEOUT = 10


def safe_url(url: str) -> str:
    """``url`` as it may be shown to a user: the password, if any, replaced by ``***``."""
    return _PASSWORD.sub(r"\1***@", url)


def parse_url(url: str) -> URL:
    """The SQLAlchemy URL for a store URL or a bare file path (which means SQLite).

    ``postgresql://`` and ``postgres://`` URLs get the psycopg 3 driver.

    Raises:
        StoreError: the URL is malformed, names a backend other than SQLite or PostgreSQL,
            or is a SQLite path that is a folder.
    """
    shown = safe_url(url)
    try:
        parsed = make_url(url if _SCHEME.match(url) else "sqlite:///" + url)
    except (ArgumentError, ValueError):
        raise StoreError(
            f"{shown}: malformed database URL "
            "(expected sqlite:///path.db, postgresql://user@host/db or a file path)"
        ) from None
    backend = parsed.get_backend_name()
    if backend == "postgres" or (backend == "postgresql" and parsed.drivername == "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend not in ("sqlite", "postgresql"):
        raise StoreError(f"{shown}: unsupported database (expected sqlite or postgresql)")
    if backend == "sqlite" and parsed.database and Path(parsed.database).is_dir():
        raise StoreError(f"{shown}: is a folder, not a database file")
    return parsed


def create_store_engine(url: URL) -> Engine:
    """An engine for ``url``, with SQLite's foreign keys and WAL journal switched on."""
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url)
        timeout = {} if "connect_timeout" in url.query else {"connect_timeout": _CONNECT_TIMEOUT}
        return create_engine(url, connect_args=timeout, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as error:
        raise StoreError(f"{safe_url(str(url))}: no driver for this database ({error})") from None


def _sqlite_engine(url: URL) -> Engine:
    """A SQLite engine; an in-memory database keeps one shared connection so it persists."""
    in_memory = url.database in (None, "", ":memory:")
    engine = create_engine(url, poolclass=StaticPool) if in_memory else create_engine(url)

    @event.listens_for(engine, "connect")
    def _pragmas(connection: sqlite3.Connection, _record: Any) -> None:
        cursor = connection.cursor()
        # SQLite ignores ON DELETE CASCADE unless each connection asks for foreign keys.
        cursor.execute("PRAGMA foreign_keys = ON")
        if not in_memory:
            # WAL lets readers (the API, an export) go on while an ingest writes.
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    return engine


def store_error(url: str, action: str, error: BaseException) -> StoreError:
    """The one-line StoreError for ``error``, raised while doing ``action`` on ``url``."""
    return StoreError(f"{safe_url(url)}: {action}: {_problem(error)}")


def _problem(error: BaseException) -> str:
    """What went wrong, in one line and in the user's terms where the cause is a common one."""
    cause = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    text = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    if isinstance(error, CommandError) and "Can't locate revision" in text:
        return f"not an eventwire database, or one made by a newer eventwire ({text})"
    if "file is not a database" in text:
        return "not an SQLite database file"
    if "unable to open database file" in text:
        return "cannot create or open the database file (does its folder exist, is it writable?)"
    if _CLASH.match(text):
        return f"not an eventwire database ({text})"
    if isinstance(error, SQLAlchemyError) and not isinstance(error, DBAPIError):
        # SQLAlchemy appends a link to its error guide; the first line is the message.
        text = text.split(" (Background on this error")[0]
    return text
