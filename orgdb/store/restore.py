"""`orgdb db restore FILE`: bring a backup back over a SQLite database.

The file is accepted only if it is a regular file that passes `PRAGMA integrity_check`,
is an orgdb database at a revision this orgdb knows, has exactly the schema of that
revision (tables, columns, constraints and indexes; no trigger or view of its own) and
no broken reference. The database it replaces is backed up first, and the file being
restored is never pruned. Under the writer lock, in one transaction: an existing database
takes the copy through SQLite's backup API, so readers see the old or the new data and a
kill leaves the old; a new one is built in a temporary file and renamed into place, so a
kill leaves no file at all."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from orgdb.errors import DatabaseError
from orgdb.store import (
    backup,
    create,
    faults,
    lock,
    revisions,
    snapshot,
    sqlite_schema,
    write,
)
from orgdb.store.connection import Reader, open_sqlite
from orgdb.store.target import Target, sqlite_target


@dataclass(frozen=True)
class Restored:
    revision: str
    backup: Path | None  # of the database it replaced


def expected_schema(revision: str) -> list[tuple[str, str, str | None]]:
    """The schema of a database at `revision`: at the shipped snapshot's, the snapshot's
    own statements without its rows; else as the schema revisions build it (the data
    revisions between them change no schema, and are passed over)."""
    if snapshot.revision("sqlite") == revision:
        conn = sqlite3.connect(":memory:")
        try:
            for statement in snapshot.schema_statements():
                conn.execute(statement)
            return sqlite_schema.schema(conn)
        finally:
            conn.close()
    with tempfile.TemporaryDirectory() as tmp:
        from orgdb.store import migrate

        path = Path(tmp) / "expected.sqlite3"
        with migrate.schema_only():
            migrate.run_on_new_file(sqlite_target(path), revision, replay=True)
        conn = sqlite3.connect(path)
        try:
            return sqlite_schema.schema(conn)
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
        found, expected = sqlite_schema.schema(conn), expected_schema(revision)
        if found != expected:
            extra = sorted(f"{k} {n}" for k, n, _ in set(found) - set(expected))
            missing = sorted(f"{k} {n}" for k, n, _ in set(expected) - set(found))
            raise DatabaseError(
                f"{path} says revision {revision}, but its schema is not that revision's ("
                + "; ".join(filter(None, [
                    "not in it: " + ", ".join(missing) if missing else "",
                    "its own or changed: " + ", ".join(extra) if extra else ""])) + ")",
                "choose another backup")
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise DatabaseError(f"{path} has {len(broken)} broken reference(s) (e.g. "
                                f"{broken[0][0]} row {broken[0][1]} to {broken[0][2]})",
                                "choose another backup")
        return revision
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"cannot read {path}: {exc}", "choose another backup") from None
    finally:
        conn.close()


def restore(target: Target, path: Path) -> Restored:
    if target.path is None:
        raise DatabaseError("restore brings back SQLite backups",
                            "on PostgreSQL, use pg_restore with a pg_dump file")
    path = path.resolve()
    if path == target.path:
        raise DatabaseError(f"{path} is the database itself")
    revision = check_file(path)
    write.guard_file(target)  # never over another application's file
    with lock.sqlite_writer(target):
        write.recover_unfinished(target.path)
        if create.needed(target):
            _to_new_file(path, target.path)
            return Restored(revision, None)
        current = open_sqlite(target.path)
        try:
            rev, tables = Reader(target, current, "sqlite3").state()
        finally:
            current.close()
        revisions.check(rev, tables, target)
        write.ensure_wal(target.path)
        replaced = backup.write(target.path, rev, protect=path) if rev is not None else None
        _in_place(path, target.path, replaced)
    return Restored(revision, replaced)


def _in_place(path: Path, dest_path: Path, replaced: Path | None) -> None:
    """One write transaction of the backup API into the WAL-mode database."""
    source = open_sqlite(path)
    try:
        dest = sqlite3.connect(dest_path, timeout=10)
        try:
            source_size = source.execute("PRAGMA page_size").fetchone()[0]
            dest_size = dest.execute("PRAGMA page_size").fetchone()[0]
            if source_size != dest_size:
                raise DatabaseError(
                    f"{path} has pages of {source_size} bytes, {dest_path} of {dest_size}: "
                    "SQLite restores across page sizes only into a new file",
                    "restore it to a new file (--db new.sqlite3), then use that one")
            source.backup(dest)
            problem = backup.integrity_error(dest)
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot restore {path} into {dest_path}: {exc}") from None
    finally:
        source.close()
    if problem:
        raise DatabaseError(f"{dest_path} fails its integrity check after the restore "
                            f"({problem})", f"bring back the copy taken first: {replaced}")


def _to_new_file(path: Path, dest_path: Path) -> None:
    """The copy built whole beside the new name (checked, in WAL mode), then renamed into
    place: a kill leaves no database, never a half one."""
    for stale in dest_path.parent.glob(f".*{dest_path.name}.restoring-*"):
        stale.unlink(missing_ok=True)  # a killed restore's copy, or the copy's own temp
    tmp = dest_path.with_name(f".{dest_path.name}.restoring-{os.getpid()}")
    try:
        source = open_sqlite(path)
        try:
            backup.copy(source, tmp)
        finally:
            source.close()
        faults.statement()  # a kill here or in put_in_place leaves the temporary copy
        create.put_in_place(tmp, dest_path)
    except OSError as exc:
        raise DatabaseError(f"cannot write {dest_path}: {exc.strerror}") from None
    finally:
        tmp.unlink(missing_ok=True)
