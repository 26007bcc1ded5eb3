"""`orgdb db restore FILE`: bring a backup back over a SQLite database.

The file is accepted only if it is a regular file, passes `PRAGMA integrity_check`, is at a
revision this orgdb knows, and has exactly the tables and columns of that revision. The
database it replaces is backed up first. The copy goes through SQLite's backup API into
the open database, in one transaction under the writer lock, so readers see the old or the
new data and a kill leaves the old."""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from orgdb.errors import DatabaseError
from orgdb.store import backup, create, lock, revisions, write
from orgdb.store.connection import Reader, open_sqlite
from orgdb.store.target import Target, sqlite_target


@dataclass(frozen=True)
class Restored:
    revision: str
    backup: Path | None  # of the database it replaced


def _schema(conn: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{t}")'))
            for t in tables}


def expected_schema(revision: str) -> dict[str, list[str]]:
    """The tables and columns of a database at `revision`, as the schema revisions build
    it (the data revisions between them change no schema, and are passed over)."""
    with tempfile.TemporaryDirectory() as tmp:
        from orgdb.store import migrate

        path = Path(tmp) / "expected.sqlite3"
        with migrate.schema_only():
            migrate.run_on_new_file(sqlite_target(path), revision, replay=True)
        conn = sqlite3.connect(path)
        try:
            return _schema(conn)
        finally:
            conn.close()


def check_file(path: Path) -> str:
    """The revision of a file fit to restore, or one line saying why it is not."""
    if not path.is_file():
        raise DatabaseError(f"{path} is not a file")
    source = sqlite_target(path)
    conn = open_sqlite(path)
    try:
        problem = backup.integrity_error(conn)
        if problem:
            raise DatabaseError(f"{path} fails its integrity check ({problem})",
                                "choose another backup: orgdb db restore --help")
        revision, tables = Reader(source, conn, "sqlite3").state()
        if revisions.check(revision, tables, source) == "empty" or revision is None:
            raise DatabaseError(f"{path} is not an orgdb database")
        if _schema(conn) != expected_schema(revision):
            raise DatabaseError(f"{path} says revision {revision}, but its tables are not "
                                "those of that revision", "choose another backup")
        return revision
    finally:
        conn.close()


def restore(target: Target, path: Path) -> Restored:
    if target.path is None:
        raise DatabaseError("restore brings back SQLite backups",
                            "on PostgreSQL, use pg_restore with a pg_dump file")
    if path.resolve() == target.path:
        raise DatabaseError(f"{path} is the database itself")
    revision = check_file(path)
    write.guard_file(target)  # never over another application's file
    with lock.sqlite_writer(target):
        replaced = None
        if not create.needed(target):
            current = open_sqlite(target.path)
            try:
                rev, tables = Reader(target, current, "sqlite3").state()
            finally:
                current.close()
            revisions.check(rev, tables, target)
            write.ensure_wal(target.path)
            if rev is not None:
                replaced = backup.write(target.path, rev)
        source = open_sqlite(path)
        try:
            dest = sqlite3.connect(target.path, timeout=10)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = WAL")
                problem = backup.integrity_error(dest)
            finally:
                dest.close()
        finally:
            source.close()
        if problem:
            raise DatabaseError(f"{target.describe()} fails its integrity check after the "
                                f"restore ({problem})",
                                f"bring back the copy taken first: {replaced}")
    return Restored(revision, replaced)
