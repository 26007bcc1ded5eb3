"""The newsroom's engine. On PostgreSQL orgdb's tables are in schema `orgdb` of the same
database; on SQLite they are in a file of their own, attached as `orgdb` to every
connection (SQLite checks no foreign key across files: there the reference is by id)."""

from __future__ import annotations

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine


def engine(url: str, orgdb_file: str | None = None) -> Engine:
    eng = create_engine(url)
    if orgdb_file is not None:

        @event.listens_for(eng, "connect")
        def _attach(dbapi_conn, _record) -> None:
            dbapi_conn.execute("ATTACH DATABASE ? AS orgdb", (orgdb_file,))

    return eng
