"""Alembic environment: runs eventwire's migrations on the connection the store hands over.

Alembic's own command line works too, with ``alembic_config(url=...)`` from
``eventwire.store.migrate``; offline mode (``--sql``) prints the SQL instead of running it.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from eventwire.store.models import Base


def _run_on(connection: Connection) -> None:
    """Run the pending migrations on an open connection."""
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite alters tables by copying them; batch mode lets later revisions do that.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_offline() -> None:
    """Write the migrations' SQL to standard output."""
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=Base.metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_online() -> None:
    """Run on the store's connection, or on a new one to the configured URL."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("set sqlalchemy.url, e.g. alembic_config(url='sqlite:///x.db')")
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            _run_on(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    _run_offline()
else:
    _run_online()
