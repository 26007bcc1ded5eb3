"""orgdb's own schema on PostgreSQL. Its tables, its alembic_version and its data live in
one schema, `orgdb` unless the URL's search_path names another (orgdb.store.target), so
that they never meet a host application's tables in the same database. Every connection
orgdb opens sets that search_path; the SQL itself names no schema.

orgdb 0.1 kept its tables in `public`: the first `orgdb db upgrade` moves them into
orgdb's schema (ALTER TABLE ... SET SCHEMA keeps every row, sequence, index and
constraint), and until then lookups say so.
"""

from __future__ import annotations

from typing import Any

from orgdb.errors import DatabaseError
from orgdb.store import revisions
from orgdb.store.connection import Reader
from orgdb.store.target import Target

LEGACY = "public"


def _scalar(conn: Any, sql: str, **params: Any) -> Any:
    from sqlalchemy import text

    return conn.execute(text(sql), params).scalar()


def ensure(conn: Any, target: Target) -> None:
    """Create orgdb's schema inside the write transaction (a rollback removes it again)."""
    if target.schema is not None:
        conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{target.schema}"')


def legacy_tables(reader: Reader) -> list[str]:
    """orgdb's tables in `public`, where orgdb 0.1 kept them, when orgdb's schema is
    the default one (and holds none: the caller asks only then); else []."""
    target = reader.target
    if target.schema_named or target.schema in (None, LEGACY):
        return []
    found = {r["name"] for r in reader.rows(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = "
        ":s AND table_type = 'BASE TABLE'", {"s": LEGACY})}
    if not {"alembic_version", "organization", "membership"} <= found:
        return []
    version = reader.rows("SELECT max(version_num) AS v FROM public.alembic_version")[0]["v"]
    if version not in revisions.known():
        return []
    return sorted(found & set(revisions.ALL_TABLES))


def move_legacy(conn: Any, target: Target) -> list[str]:
    """Move orgdb's tables from `public` into its schema; the tables moved."""
    tables = legacy_tables(Reader(target, conn, "sqlalchemy"))
    if tables:
        ensure(conn, target)
        for table in tables:
            conn.exec_driver_sql(f'ALTER TABLE public."{table}" SET SCHEMA "{target.schema}"')
    return tables


def legacy_error(target: Target) -> DatabaseError:
    return DatabaseError(
        f"{target.describe()} keeps orgdb's tables in schema public, as orgdb 0.1 "
        f"did; this orgdb keeps them in schema {target.schema}",
        f"run: orgdb db upgrade{target.option()} (it moves them, every row kept)")


def drop_if_empty(conn: Any, target: Target) -> None:
    """After a downgrade to base: drop orgdb's default schema if nothing is left in it."""
    if target.schema is None or target.schema_named:
        return
    left = _scalar(conn, "SELECT count(*) FROM pg_class c JOIN pg_namespace n "
                   "ON n.oid = c.relnamespace WHERE n.nspname = :s", s=target.schema)
    if left == 0:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{target.schema}"')
