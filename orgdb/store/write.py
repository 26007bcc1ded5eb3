"""One write transaction, the same for every write (upgrade, downgrade, import, restore):

1. the writer lock (orgdb.store.lock), so writers never interleave;
2. on SQLite, the file checked to be orgdb's before anything is written beside it, and WAL
   mode checked (and set), so that the backup below reads a consistent, committed state
   while this transaction is open;
3. one transaction (orgdb.store.engine), in which the database is checked to be orgdb's
   and not newer than this package before anything is written;
4. the caller's work; then, on SQLite, the foreign keys checked across the database;
5. only if the work changed something and is to be kept: a backup of the state before it
   (SQLite), checked with integrity_check; then the commit.

An error or a kill anywhere before the commit leaves the database as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orgdb.errors import DatabaseError
from orgdb.store import backup, lock, revisions
from orgdb.store.connection import Reader, connect, first_line, open_sqlite, scrub
from orgdb.store.engine import write_engine
from orgdb.store.target import Target


@dataclass
class Write:
    """The open write: `conn` is a SQLAlchemy connection inside the transaction."""

    target: Target
    conn: Any
    revision: str | None  # before the write
    tables: list[str]
    keep: bool = True  # False: roll back (a dry run)
    changed: bool = False  # set by the caller: a backup is due before the commit
    backup: Path | None = None
    notes: list[str] = field(default_factory=list)

    def reader(self) -> Reader:
        """The lookups' queries, reading this transaction's own uncommitted state."""
        return Reader(self.target, self.conn, "sqlalchemy")

    def current_revision(self) -> str | None:
        return self.reader().state()[0]


def ensure_wal(path: Path) -> None:
    """WAL lets lookups read while a writer works, and the backup read the committed
    state; a file in another journal mode is switched before the write."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal" and conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
            raise DatabaseError(f"cannot put {path} in WAL mode")
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a SQLite database ({exc})") from None
    finally:
        conn.close()


def guard_file(target: Target) -> None:
    """Refuse, before anything is written beside it (even a lock file), a SQLite file that
    is not orgdb's, is newer than this package, is not SQLite at all, or has other hard
    links (SQLite keeps its journal beside each name: writes through two names lose
    data). A file that a killed write left with a hot journal is looked at as it is on
    disk, to tell whose it is; the write recovers it (recover_unfinished)."""
    path = target.path
    if path is None or not path.exists():
        return
    links = path.stat().st_nlink
    if links > 1:
        raise DatabaseError(
            f"{path} has {links} hard links: SQLite keeps its journal beside each name, so "
            "writes through two names would lose data; orgdb does not write it",
            f"make it one file: cp {path} NEW, and use NEW (or remove the other links)")
    reader = (Reader(target, open_sqlite(path, look_only=True), "sqlite3")
              if has_hot_journal(path) else connect(target))
    try:
        revisions.check(*reader.state(), target)
    finally:
        reader.close()


def has_hot_journal(path: Path) -> bool:
    journal = Path(f"{path}-journal")
    return journal.is_file() and journal.stat().st_size > 0


def recover_unfinished(path: Path) -> None:
    """Roll back what a killed write left in a hot journal, as SQLite does on the first
    read-write open (the caller holds the writer lock and has guarded the file)."""
    if not has_hot_journal(path):
        return
    conn = sqlite3.connect(path, timeout=10)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"cannot recover {path}: {exc}") from None
    finally:
        conn.close()


@contextlib.contextmanager
def session(target: Target) -> Iterator[Write]:
    guard_file(target)
    held = lock.sqlite_writer(target) if target.path is not None else contextlib.nullcontext()
    with held:
        if target.path is not None:
            recover_unfinished(target.path)
            ensure_wal(target.path)
        engine = write_engine(target)
        try:
            try:
                conn = engine.connect()
            except Exception as exc:
                raise DatabaseError(f"cannot open {target.describe()}: "
                                    f"{scrub(first_line(exc), target)}") from None
            with conn:
                with _transaction(conn, target) as w:
                    yield w
        finally:
            engine.dispose()


@contextlib.contextmanager
def _transaction(conn: Any, target: Target) -> Iterator[Write]:
    trans = conn.begin()
    try:
        if target.path is None:
            lock.postgres_writer(conn, target)
        revision, tables = Reader(target, conn, "sqlalchemy").state()
        revisions.check(revision, tables, target)
        w = Write(target, conn, revision, tables)
        yield w
        if not w.keep:
            trans.rollback()
            return
        if target.path is not None:
            _check_foreign_keys(conn, target)
            if w.changed and w.revision is not None:
                w.backup = backup.write(target.path, w.revision)
        trans.commit()
    except BaseException:
        if trans.is_active:
            trans.rollback()
        raise


def _check_foreign_keys(conn: Any, target: Target) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent = broken[0][0], broken[0][1], broken[0][2]
        raise DatabaseError(f"the write would leave {len(broken)} broken reference(s) in "
                            f"{target.describe()} (e.g. {table} row {rowid} to {parent}); "
                            "nothing was written")


def count_rows(w: Write) -> int:
    """Rows in every orgdb table (alembic's bookkeeping aside)."""
    from sqlalchemy import text

    tables = [t for t in w.reader().state()[1]
              if not t.startswith("sqlite_") and t != "alembic_version"]
    return sum(w.conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables)
