"""Bringing a database's schema up to date with the Alembic migrations shipped in the package.

No ``alembic.ini`` is needed: :func:`alembic_config` builds the configuration in code. To add
a revision after changing ``models.py``::

    from alembic import command
    from eventwire.store.migrate import alembic_config
    command.revision(alembic_config(url="sqlite:///scratch.db"), "what changed", autogenerate=True)

(run it against a database at the current head), then read and tidy the generated file.
"""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic configuration for eventwire's migrations.

    Args:
        connection: run the migrations on this open connection (what the store does).
        url: otherwise, connect to this SQLAlchemy URL (for Alembic's own commands).
    """
    config = Config()
    # Config values go through configparser, which treats "%" as interpolation.
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# Alembic's operation proxies are process-wide, so two stores opened at once in one process
# (two threads) must migrate one after the other.
_MIGRATING = threading.Lock()
# Two processes opening the same new PostgreSQL database (a watcher and a batch job) take this
# advisory lock, so that one creates the tables and the other then finds them made.
MIGRATION_LOCK_KEY = 0x6576656E74  # "event"


def upgrade(engine: Engine) -> None:
    """Create the tables in a new database, or migrate an older one, in one transaction."""
    with _MIGRATING, engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        command.upgrade(alembic_config(connection), "head")


def head_revision() -> str:
    """The newest revision shipped with this version of eventwire."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "eventwire ships at least one migration"
    return head
