"""Backups of SQLite files: written just before a write commits (so only before a write
that will happen), from the committed state, checked with `PRAGMA integrity_check`, named
`<file>.<revision>.<UTC time>.bak` beside the file; the newest KEEP are kept, and pruning
touches only names that match this database's own pattern exactly."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from orgdb.errors import DatabaseError
from orgdb.store import faults
from orgdb.store.connection import open_sqlite

KEEP = 3
_STAMP = "%Y%m%dT%H%M%S%fZ"


def _pattern(path: Path) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(path.name)}\.([0-9]{{4}}|base)\.([0-9]{{8}}T[0-9]{{12}}Z)"
                      r"\.bak")


def backups(path: Path) -> list[Path]:
    """This database's backups, oldest first."""
    pattern = _pattern(path)
    found = []
    for p in path.parent.iterdir() if path.parent.is_dir() else ():
        m = pattern.fullmatch(p.name)
        if m:
            found.append((m[2], p))
    return [p for _, p in sorted(found)]


def integrity_error(conn: sqlite3.Connection) -> str | None:
    """None if `PRAGMA integrity_check` says ok, else its first complaint."""
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if result == ["ok"] else result[0]


def copy(source: sqlite3.Connection, dest: Path) -> None:
    """A consistent copy through the backup API (the source's committed state), written to
    a temporary name, checked, then renamed into place; left in rollback-journal mode, so
    that reading it never makes -wal or -shm files beside it."""
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    try:
        out = sqlite3.connect(tmp)
        try:
            source.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")
            problem = integrity_error(out)
        finally:
            out.close()
        if problem:
            raise DatabaseError(f"the copy {dest} fails its integrity check ({problem}); "
                                "nothing was written")
        fsync(tmp)
        faults.statement()  # a kill here leaves the temporary copy, never a half backup
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot write {dest}: {exc}") from None
    except OSError as exc:
        raise DatabaseError(f"cannot write {dest}: {exc.strerror}") from None
    finally:
        tmp.unlink(missing_ok=True)


def write(path: Path, revision: str | None, *, protect: Path | None = None) -> Path:
    """Back up the committed state of `path` (the caller holds the writer lock and has not
    committed yet), then prune to the newest KEEP, counting the new one among them even
    if another is stamped later (a clock set back); `protect` (a backup being restored)
    is never pruned."""
    stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
    dest = path.with_name(f"{path.name}.{revision or 'base'}.{stamp}.bak")
    stale = re.compile(rf"\.{_pattern(path).pattern}\.tmp-[0-9]+")
    for p in path.parent.iterdir():
        if stale.fullmatch(p.name):
            p.unlink(missing_ok=True)  # left by a killed writer (the caller holds the lock)
    source = open_sqlite(path)
    try:
        copy(source, dest)
    finally:
        source.close()
    others = [b for b in backups(path) if b != dest and b.resolve() != protect]
    for old in others[:max(0, len(others) - (KEEP - 1))]:
        old.unlink(missing_ok=True)
    return dest


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    try:
        fsync(path)
    except OSError:
        pass  # not every file system lets a directory be synced
