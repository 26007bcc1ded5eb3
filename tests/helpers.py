"""Small helpers the test files share (imported as `helpers`; pytest puts tests/ on the path)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import sqlalchemy as sa

from orgdb import resources
from orgdb.interchange import changeset
from orgdb.store import engine, write
from orgdb.store.connection import Reader, open_postgres, open_sqlite
from orgdb.store.target import resolve

# The default run takes the newest data revisions down and up and kills writes through
# them; walking the whole history is for the `history` tests.
RECENT = 3


def recent_start() -> str:
    """The revision before the newest RECENT ones."""
    from orgdb.store import revisions

    return revisions.known()[-RECENT - 1]


def write_file(tmp_path: Path, text: str, name: str = "user.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def sa_engine(url: str):
    return engine.engine(resolve(url))


def without_cow(url: str) -> str:
    """Take back the COW data revision 0052 wrote (the frozen writer's own removal): the
    database as it is with the curated data alone, as before COW was carried."""
    from orgdb.resources import cow_applier

    eng = sa_engine(url)
    try:
        with eng.begin() as conn:
            cow_applier().remove(conn)
    finally:
        eng.dispose()
    return url


def dump(url: str) -> dict[str, list[tuple]]:
    """Every row of every orgdb table, sorted by every column (by the database: a sort in
    Python of COW's hundred thousand rows costs more): two dumps are equal iff the data
    is."""
    eng = sa_engine(url)
    try:
        with eng.connect() as conn:
            insp = sa.inspect(conn)
            out = {}
            for t in insp.get_table_names():
                if t == "alembic_version":
                    continue
                order = ", ".join(str(i + 1) for i in range(len(insp.get_columns(t))))
                out[t] = list(map(tuple, conn.execute(
                    sa.text(f'SELECT * FROM "{t}" ORDER BY {order}'))))
            return out
    finally:
        eng.dispose()


def natural_rows(url: str) -> dict[str, Counter[tuple]]:
    """Every table's rows with ids replaced by what they point at: a row's own id is dropped
    and each foreign key becomes a digest of the referenced row's content (recursively), so
    two databases compare equal when they hold the same data, whatever ids a re-insert got.
    (A digest, not the nested row, keeps this fast on COW's hundred thousand rows.)"""
    eng = sa_engine(url)
    try:
        with eng.connect() as conn:
            insp = sa.inspect(conn)
            tables = [t for t in insp.get_table_names() if t != "alembic_version"]
            fks = {t: {fk["constrained_columns"][0]: fk["referred_table"]
                       for fk in insp.get_foreign_keys(t)} for t in tables}
            raw = {}
            for t in tables:
                result = conn.execute(sa.text(f'SELECT * FROM "{t}"'))
                raw[t] = (list(result.keys()), [tuple(r) for r in result])
    finally:
        eng.dispose()
    plan = {t: [(i, c, fks[t].get(c)) for i, c in sorted(enumerate(cols), key=lambda x: x[1])
                if c != "id"] for t, (cols, _) in raw.items()}
    by_id = {t: {r[cols.index("id")]: r for r in rows} for t, (cols, rows) in raw.items()
             if "id" in cols}
    memo: dict[tuple[str, int], str] = {}

    def natural(table: str, row: tuple) -> tuple:
        out = []
        for i, col, target in plan[table]:
            value = row[i]
            if target and value is not None:
                key = (target, value)
                ref = memo.get(key)
                if ref is None:
                    content = repr(natural(target, by_id[target][value])).encode()
                    ref = memo[key] = f"{target}:{hashlib.sha256(content).hexdigest()[:20]}"
                value = ref
            out.append((col, value))
        return tuple(out)

    return {t: Counter(natural(t, r) for r in rows) for t, (_, rows) in raw.items()}


def head_schema(url: str) -> str:
    """An empty database with the schema at head and no shipped data (the tables orgdb's
    models declare, which a test checks are the tables the migrations build), stamped at
    head so that commands accept it."""
    from orgdb.store import pgschema, revisions
    from orgdb.store.models import METADATA

    eng = sa_engine(url)
    try:
        with eng.begin() as conn:
            pgschema.ensure(conn, resolve(url))
            METADATA.create_all(conn)
            conn.execute(sa.text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT "
                                 "NULL PRIMARY KEY)"))
            conn.execute(sa.text("INSERT INTO alembic_version VALUES (:v)"),
                         {"v": revisions.head()})
    finally:
        eng.dispose()
    return url


def apply_file(url: str, path: Path) -> dict[str, int]:
    """Apply a changeset in one write, as `orgdb import` does but without the check diff."""
    cs = changeset.load(path)
    with write.session(resolve(url)) as w:
        added = changeset.apply(w.conn, cs)
        w.changed = True
    return added


def query(url: str, sql: str, **params) -> list[tuple]:
    eng = sa_engine(url)
    try:
        with eng.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(sql), params)]
    finally:
        eng.dispose()


def scalar(url: str, sql: str):
    eng = sa_engine(url)
    try:
        with eng.connect() as conn:
            return conn.execute(sa.text(sql)).scalar()
    finally:
        eng.dispose()


def reader_for(url: str) -> Reader:
    """A read connection on a database at any revision."""
    target = resolve(url)
    if target.path is not None:
        return Reader(target, open_sqlite(target.path), "sqlite3")
    return Reader(target, open_postgres(target), "psycopg2")


def revision(url: str) -> str | None:
    reader = reader_for(url)
    try:
        return reader.state()[0]
    finally:
        reader.close()


def orgdb_cli(*args: str, env: dict | None = None, timeout: float = 120):
    """Run the orgdb command line in a process of its own."""
    return subprocess.run([sys.executable, "-m", "orgdb", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=timeout)


def shared(relative: str) -> Path:
    """A file of the read-only material beside the checkout (../shared, or $ORGDB_SHARED).
    Without it a test skips, except under CI=true, where it is always there and a missing
    file is a failure."""
    import pytest

    root = Path(os.environ.get("ORGDB_SHARED")
                or Path(__file__).resolve().parents[2] / "shared")
    path = root / relative
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing, and CI=true: the shared material must be there")
        pytest.skip(f"{path} is not here (the shared material beside the checkout)")
    return path


def cli(*args):
    """Run the orgdb command line in-process (typer's CliRunner; stderr apart)."""
    from typer.testing import CliRunner

    from orgdb.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


@contextlib.contextmanager
def changesets_passed_over(url: str):
    """Within the block the curated changesets' data revisions do nothing, while COW's
    (0052) and the schema revisions run: a test of COW's revision walks past the curated
    data that came after it in a second, not in the half-minute their takeovers take. The
    kinds and counts revision 0056 set, and the classes and gaps of 0089 and 0090, are put
    back first, as their own downgrades would, so that revisions 0055 and 0088 may go
    down."""
    as_shipped_before_0056(url)
    with appliers_passed_over():
        yield


@contextlib.contextmanager
def appliers_passed_over():
    """Within the block every changeset applier's upgrade and downgrade do nothing: the
    data revisions run as no-ops, the schema revisions as ever."""
    from orgdb import resources

    appliers = [resources.applier(fmt) for fmt in resources.formats()]
    saved = [(a, a.upgrade, a.downgrade) for a in appliers]
    try:
        for a in appliers:
            a.upgrade = a.downgrade = lambda *_: None
        yield
    finally:
        for a, up, down in saved:
            a.upgrade, a.downgrade = up, down


def as_shipped_before_0056(url: str, *, keeping: str = "") -> str:
    """The shipped data as the data revisions' downgrades leave it for the schema revisions
    below them: every state a sovereign state and every organization counting member
    states again, but the state coded `keeping` (revision 0056's downgrade); no source
    class and no known gap (0089's and 0090's). For tests that pass over the data
    revisions on their way below revisions 0055 and 0088."""
    eng = sa_engine(url)
    try:
        with eng.begin() as conn:
            conn.execute(sa.text("UPDATE state SET kind = 'sovereign state' WHERE code <> :k"),
                         {"k": keeping})
            conn.execute(sa.text("UPDATE organization SET counted_as = 'member states'"))
            conn.execute(sa.text("UPDATE source SET source_class = NULL"))
            conn.execute(sa.text("UPDATE membership SET start_latest_date = NULL, "
                                 "end_earliest_date = NULL"))
            conn.execute(sa.text("DELETE FROM known_gap"))
    finally:
        eng.dispose()
    return url


def recorded_current_to() -> str:
    """The latest day the shipped revisions record the data current to (CURRENT_TO in a
    data revision, CHECKED in schema revision 0083), read from their files."""
    days = [m[1] for p in (resources.migrations_dir() / "versions").glob("*.py")
            if (m := re.search(r'^(?:CURRENT_TO|CHECKED) = "(.+)"', p.read_text(), re.M))]
    return max(days)
