"""Small helpers the test files share (imported as `helpers`; pytest puts tests/ on the path)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import sqlalchemy as sa

from orgdb import changeset, config
from orgdb.db import Reader, connect_ro, make_engine


def write(tmp_path: Path, text: str, name: str = "user.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def dump(url: str) -> dict[str, list[tuple]]:
    """Every row of every orgdb table, sorted: two dumps are equal iff the data is."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            tables = [t for t in sa.inspect(conn).get_table_names() if t != "alembic_version"]
            return {t: sorted(map(tuple, conn.execute(sa.text(f"SELECT * FROM {t}"))),
                              key=repr) for t in tables}
    finally:
        engine.dispose()


def apply_file(url: str, path: Path) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            return changeset.apply(conn, changeset.load(path))
    finally:
        engine.dispose()


def scalar(url: str, sql: str):
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql)).scalar()
    finally:
        engine.dispose()


def reader_for(url: str) -> Reader:
    """A read connection on a database at any revision (open_reader wants head)."""
    target = config.resolve(url)
    if target.sqlite_path is not None:
        return Reader(target, connect_ro(target.sqlite_path), "sqlite")
    engine = make_engine(url)
    return Reader(target, engine.connect(), engine.dialect.name, engine)
