"""Opening a database for reading, and knowing its schema revision without alembic.

SQLite is read through the stdlib sqlite3 driver (importing SQLAlchemy would cost more than
the lookup); server databases go through SQLAlchemy. Both run the same SQL text with
`:name` parameters, so a query is written once (orgdb.queries).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from orgdb import config, resources
from orgdb.errors import DatabaseError

Row = dict[str, Any]


def known_revisions() -> list[str]:
    """Revision ids this package ships, oldest first: each file's 4-digit prefix."""
    versions = resources.migrations_dir() / "versions"
    return sorted(p.name[:4] for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


class Reader:
    """A read connection: `rows(sql, **params)` returns a list of dicts on either backend."""

    def __init__(self, target: config.Target, conn: Any, backend: str, engine: Any = None):
        self.target = target
        self._conn = conn
        self.backend = backend
        self._engine = engine

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        params = dict(params or {})
        if self.backend == "sqlite":
            cur = self._conn.execute(sql, {k: _sqlite_value(v) for k, v in params.items()})
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        from sqlalchemy import text

        result = self._conn.execute(text(sql), params)
        return [{k: _plain(v) for k, v in r.items()} for r in result.mappings()]

    def close(self) -> None:
        self._conn.close()
        if self._engine is not None:
            self._engine.dispose()


def _sqlite_value(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date) else v


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date) else v


def make_engine(url: str):
    """A SQLAlchemy engine; SQLite connections enforce foreign keys."""
    from sqlalchemy import create_engine, event

    if url.startswith(("postgresql://", "postgres://")):  # psycopg 3 is the driver we ship
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # noqa: ANN001
            dbapi_conn.execute("PRAGMA foreign_keys=ON")

    return engine


def check_revision(revision: str | None, tables: Sequence[str], target: config.Target) -> str:
    """'head', 'behind' or 'empty'; raise for a database orgdb must not touch."""
    if revision is None:
        if [t for t in tables if not t.startswith("sqlite_") and t != "alembic_version"]:
            raise DatabaseError(
                f"{describe(target)} is not an orgdb database",
                "name an orgdb database with --db, or an empty file to create one",
            )
        return "empty"
    known = known_revisions()
    if revision not in known:
        raise DatabaseError(
            f"{describe(target)} is at revision {revision}, unknown to this orgdb "
            f"(head {known[-1]}); it was written by a newer orgdb",
            "upgrade orgdb itself: pip install -U orgdb",
        )
    return "head" if revision == known[-1] else "behind"


def describe(target: config.Target) -> str:
    path = target.sqlite_path
    if path is not None:
        return f"database {path}"
    return "database " + _redact(target.url)


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
    return url


def connect_ro(path: Path) -> sqlite3.Connection:
    """Open a SQLite file read-only. A WAL file in a directory we cannot write (where
    SQLite cannot make its -shm file) is opened as immutable instead."""
    uri = Path(path).resolve().as_uri()  # quotes '?', '#' and spaces in the path
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def _sqlite_open(path: Path) -> sqlite3.Connection:
    try:
        return connect_ro(path)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open {path}: {exc}") from None


def _sqlite_state(conn: sqlite3.Connection, path: Path) -> tuple[str | None, list[str]]:
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rev = None
        if "alembic_version" in tables:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            rev = ",".join(sorted(r[0] for r in rows)) or None
        return rev, tables
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a SQLite database ({exc})") from None


def _server_state(conn) -> tuple[str | None, list[str]]:
    from sqlalchemy import inspect, text

    tables = inspect(conn).get_table_names()
    rev = None
    if "alembic_version" in tables:
        rev = ",".join(sorted(conn.execute(text("SELECT version_num FROM alembic_version"))
                              .scalars())) or None
    return rev, tables


def revision_of(target: config.Target) -> tuple[str | None, list[str]]:
    """The database's alembic revision (None if it has none) and its table names."""
    path = target.sqlite_path
    if path is not None:
        if not path.exists():
            return None, []
        conn = _sqlite_open(path)
        try:
            return _sqlite_state(conn, path)
        finally:
            conn.close()
    engine, conn = _server_connect(target)
    try:
        with conn:
            return _server_state(conn)
    finally:
        engine.dispose()


def _server_connect(target: config.Target):
    """An engine and an open connection, or one line saying why not."""
    try:
        engine = make_engine(target.url)
    except Exception as exc:  # unknown scheme, missing driver
        raise DatabaseError(f"cannot use database URL {_redact(target.url)!r}: {exc}") from None
    try:
        return engine, engine.connect()
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open {describe(target)}: {_first_line(exc)}") from None


def open_reader(url: str | None = None) -> Reader:
    """Open a database for lookups; one connection reads the revision, then serves the
    lookups. The embedded default is created and brought to head on first use; a
    database the user named is never migrated behind their back."""
    target = config.resolve(url)
    path = target.sqlite_path
    reader, revision, tables = None, None, []
    if path is None or path.exists():
        reader = _connect(target)
        try:
            revision, tables = (_sqlite_state(reader._conn, path) if path is not None
                                else _server_state(reader._conn))
        except DatabaseError:
            reader.close()
            raise
        except Exception as exc:
            reader.close()
            raise DatabaseError(f"cannot open {describe(target)}: {_first_line(exc)}") from None
    try:
        state = check_revision(revision, tables, target)
    except DatabaseError:
        if reader is not None:
            reader.close()
        raise
    if state == "head" and reader is not None:
        return reader
    if reader is not None:
        reader.close()
    if target.explicit:
        where = f" --db {target.url}" if target.url != _env_url() else ""
        raise DatabaseError(
            f"{describe(target)} is at revision {revision or 'none (empty)'}; "
            f"this orgdb needs {head_revision()}",
            f"run: orgdb db upgrade{where}",
        )
    from orgdb import migrate

    migrate.upgrade(target)
    return _connect(target)


def _connect(target: config.Target) -> Reader:
    path = target.sqlite_path
    if path is not None:
        return Reader(target, _sqlite_open(path), "sqlite")
    engine, conn = _server_connect(target)
    return Reader(target, conn, engine.dialect.name, engine)


def _env_url() -> str | None:
    import os

    return os.environ.get(config.ENV_URL)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
