"""Alembic environment: the URL comes from orgdb's configuration, the metadata from the models."""

from alembic import context
from sqlalchemy.engine import Connection

from orgdb import config as orgdb_config
from orgdb.db import make_engine
from orgdb.models import SQLModel

target_metadata = SQLModel.metadata
ADVISORY_LOCK = 0x6F7267646200  # "orgdb": one key for every orgdb migration


def _url() -> str:
    url = context.config.attributes.get("orgdb_url")
    return url or orgdb_config.resolve(None).url


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, render_as_batch=True,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = context.config.attributes.get("connection")
    if isinstance(given, Connection):  # handed over by a caller
        _run(given)
        return
    if given is not None:  # pytest-alembic hands over its Engine
        with given.connect() as conn:
            _run(conn)
        return
    engine = make_engine(_url())
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two upgrades at once: the second waits here, then finds the work done.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({ADVISORY_LOCK})")
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
