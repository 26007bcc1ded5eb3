"""Read connections, without SQLAlchemy: the stdlib sqlite3 driver for SQLite files and
psycopg2 for PostgreSQL (each imports in a few milliseconds; the ORM would cost more than
the lookup). Both run the same SQL text with `:name` parameters (orgdb.read.queries).

A Reader can also wrap a SQLAlchemy connection, so that the same queries read the
uncommitted state inside a write transaction (the check diff of an import).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from orgdb.errors import DatabaseError
from orgdb.store.lock import timeout
from orgdb.store.target import Target, redact, secrets

Row = dict[str, Any]
_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def _pyformat(sql: str) -> str:
    """`:name` parameters as psycopg2's `%(name)s` (a literal % doubled)."""
    return _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


class Reader:
    """A read connection: `rows(sql, params)` returns a list of dicts on any backend,
    dates as ISO strings."""

    def __init__(self, target: Target, conn: Any, kind: str) -> None:
        self.target = target
        self._conn = conn
        self._kind = kind  # 'sqlite3', 'psycopg2' or 'sqlalchemy'
        self._cache: dict[str, str] = {}

    @property
    def backend(self) -> str:
        return self.target.backend

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        if self._conn is None:
            raise DatabaseError("this orgdb handle is closed", "open another: orgdb.connect()")
        params = {k: _plain(v) if self._kind == "sqlite3" else v
                  for k, v in (params or {}).items()}
        if self._kind == "sqlalchemy":
            from sqlalchemy import text

            result = self._conn.execute(text(sql), params)
            return [{k: _plain(v) for k, v in r.items()} for r in result.mappings()]
        if self._kind == "psycopg2":
            sql = self._cache.get(sql) or self._cache.setdefault(sql, _pyformat(sql))
            with self._conn.cursor() as cur:
                cur.execute(sql, params)
                names = [d[0] for d in cur.description]
                return [{n: _plain(v) for n, v in zip(names, r, strict=True)}
                        for r in cur.fetchall()]
        cur = self._conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def state(self) -> tuple[str | None, list[str]]:
        """The database's alembic revision (None if it has none) and its table names."""
        if self.backend == "sqlite":
            tables = [r["name"] for r in self.rows(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]
        else:
            tables = [r["name"] for r in self.rows(
                "SELECT table_name AS name FROM information_schema.tables "
                "WHERE table_schema = current_schema()")]
        revision = None
        if "alembic_version" in tables:
            found = sorted(r["version_num"] for r in self.rows(
                "SELECT version_num FROM alembic_version"))
            revision = ",".join(found) or None
        return revision, tables

    def close(self) -> None:
        if self._conn is not None and self._kind != "sqlalchemy":
            self._conn.close()
        self._conn = None


def open_sqlite(path: Path, *, look_only: bool = False) -> sqlite3.Connection:
    """Open a SQLite file read-only. Only where SQLite cannot make its -shm file (a
    read-only directory) and no -wal file holds committed pages is it opened immutable;
    a locked database is waited for ($ORGDB_LOCK_TIMEOUT), never read around. A file a
    killed write left with a hot journal is reported with the command that recovers it;
    `look_only` opens it as it is on disk (immutable), for a writer to tell whose it is
    before it recovers it."""
    uri = Path(path).resolve().as_uri()  # quotes '?', '#' and spaces in the path
    if look_only:
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout())
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        journal = Path(f"{path}-journal")
        if "readonly" in str(exc) and journal.is_file() and journal.stat().st_size:
            raise DatabaseError(
                f"{path} holds a write that was cut off (its journal {journal.name} lies "
                "beside it) and must be rolled back before it can be read",
                f"run: orgdb db upgrade --db {path} (it rolls the cut-off write back first)"
            ) from None
        wal = Path(f"{path}-wal")
        beside = "unable to open" in str(exc) or "readonly" in str(exc)  # no -shm there
        if beside and wal.is_file() and wal.stat().st_size:
            raise DatabaseError(
                f"cannot read {path}: its -wal file holds pages that SQLite reads only "
                "through a -shm file beside it, which it cannot make in this directory",
                "copy the file and its -wal file to a directory you can write, or let "
                f"its owner fold the -wal file in: orgdb db upgrade --db {path}") from None
        if not beside:
            raise DatabaseError(f"cannot read {path}: {exc}",
                                "another program may hold it locked; try again") from None
        try:
            return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
        except sqlite3.Error as exc2:
            raise DatabaseError(f"cannot read {path}: {exc2}") from None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a SQLite database ({exc})") from None


def open_postgres(target: Target) -> Any:
    try:
        import psycopg2
    except ImportError:
        raise DatabaseError("PostgreSQL needs its driver",
                            "pip install 'orgdb[postgres]'") from None
    try:
        conn = psycopg2.connect(target.url.replace("postgresql+psycopg2://", "postgresql://",
                                                   1), **target.connect_options())
    except Exception as exc:
        raise DatabaseError(f"cannot open {target.describe()}: "
                            f"{scrub(first_line(exc), target)}") from None
    conn.set_session(readonly=True, autocommit=True)
    return conn


def connect(target: Target) -> Reader:
    if target.path is not None:
        return Reader(target, open_sqlite(target.path), "sqlite3")
    return Reader(target, open_postgres(target), "psycopg2")


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def scrub(text: str, target: Target) -> str:
    """A message without the target's password, however the driver quoted it."""
    for secret in secrets(target.url):
        text = text.replace(secret, "***")
    return text.replace(target.url, redact(target.url))
