"""Creating a SQLite database: built whole in a temporary file beside it, then renamed into
place, so that a kill at any moment leaves either no database or a complete one. At the
shipped snapshot's revision (orgdb.store.snapshot) it is loaded in milliseconds; other
revisions are built by the `migrate` function the caller passes (orgdb.store.migrate
passes its own, which starts from the snapshot where it can, so this module never imports
alembic's side of the store)."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from orgdb.errors import DatabaseError
from orgdb.store import backup, faults, lock, revisions, snapshot
from orgdb.store.target import Target, sqlite_target


def needed(target: Target) -> bool:
    return target.is_new


def create(target: Target, revision: str = "head", *,
           migrate: Callable[[Target, str], None] | None = None, quiet: bool = False) -> bool:
    """Create the database at `revision`; False if another process created it first.
    `migrate(target, revision)` builds a new file where the shipped SQL cannot."""
    assert target.path is not None
    path = target.path
    with lock.sqlite_writer(target):
        if not needed(target):
            return False
        for stale in path.parent.glob(f".{path.name}.creating-*"):
            stale.unlink(missing_ok=True)  # left by a killed creator: no creator runs now
        tmp = path.with_name(f".{path.name}.creating-{os.getpid()}")
        try:
            wanted = revisions.head() if revision == "head" else revision
            if snapshot.revision("sqlite") == wanted:
                _from_snapshot(tmp)
            elif migrate is None:
                raise DatabaseError(f"cannot create {path} at revision {revision} here",
                                    "run: orgdb db upgrade")
            else:
                if not quiet:
                    print(f"orgdb: building {path} from its migrations (a few seconds)...",
                          file=sys.stderr)
                migrate(sqlite_target(tmp), revision)
            put_in_place(tmp, path)
        except OSError as exc:
            raise DatabaseError(f"cannot create {path}: {exc.strerror}") from None
        finally:
            tmp.unlink(missing_ok=True)
            for side in ("-journal", "-wal", "-shm"):
                Path(f"{tmp}{side}").unlink(missing_ok=True)
    return True


def _from_snapshot(tmp: Path) -> None:
    """The snapshot's database: a copy of the compiled file where the package has one and
    its bytes are what its name says, else built from its SQL."""
    data = snapshot.compiled_bytes()
    if data is not None:
        tmp.write_bytes(data)
        faults.statement()
        return
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        snapshot.load_sqlite(conn)
    finally:
        conn.close()


def put_in_place(tmp: Path, path: Path) -> None:
    """A whole new database, built in `tmp` beside `path`: put in WAL mode, synced, then
    renamed into place (the directory synced too). A kill before the rename leaves only
    `tmp`, which the next writer removes."""
    set_wal(tmp)
    backup.fsync(tmp)
    faults.statement()
    os.replace(tmp, path)
    backup.fsync_dir(path.parent)


def set_wal(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
            raise DatabaseError(f"cannot put {path} in WAL mode")
    finally:
        conn.close()
