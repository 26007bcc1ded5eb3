"""SQLAlchemy engines for the write path (alembic and the importers need SQLAlchemy; the
lookups do not, see orgdb.store.connection).

On SQLite a write is one real transaction: the driver's own transaction handling, which
commits around DDL, is switched off and BEGIN IMMEDIATE is emitted instead (SQLAlchemy's
pysqlite recipe), so an upgrade of any number of revisions commits whole or not at all.
Foreign keys are enforced by a `PRAGMA foreign_key_check` of the whole database before the
commit rather than statement by statement, so that alembic's batch mode can rebuild a
table that others refer to without cascading deletes.
"""

from __future__ import annotations

from typing import Any

from orgdb.store import faults
from orgdb.store.target import Target


def write_engine(target: Target) -> Any:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(target.sa_url(), poolclass=NullPool,
                           connect_args=target.connect_options())
    if target.path is not None:

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # no implicit BEGIN/COMMIT around our SQL
            dbapi_conn.execute("PRAGMA busy_timeout = 10000")
            dbapi_conn.execute("PRAGMA foreign_keys = OFF")

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    faults.instrument(engine)
    return engine


def engine(target: Target) -> Any:
    """A plain engine for code that brings its own session (foreign keys enforced)."""
    from sqlalchemy import create_engine, event

    eng = create_engine(target.sa_url(), connect_args=target.connect_options())
    if target.path is not None:

        @event.listens_for(eng, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute("PRAGMA foreign_keys = ON")

    return eng
