"""The SQLite snapshot (snapshots/sqlite.sql) compiled into a database file beside it, so
that a first use copies a file instead of running megabytes of SQL. It is compiled when the
package is built (hatch_build.py, at the top of the checkout, also for an editable
install) and by `orgdb data build`, and named by the snapshot's first line (revision and
digest), so that a file compiled from another snapshot is never taken, and by the SHA-256
of its own bytes, so that a copy that is not what the file was built as (a truncated or
damaged install) is never put in place. Standard library only: the build hook loads this
file by its path, before orgdb's dependencies exist."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

FIRST = re.compile(r"-- orgdb database at revision (\d{4}) from sources ([0-9a-f]+):")


def statements(sql: Path) -> Iterator[str]:
    """The snapshot's statements, one at a time, without its first line."""
    pending = ""
    with sql.open(encoding="utf-8") as f:
        next(f)
        for line in f:
            pending += line
            if sqlite3.complete_statement(pending):
                yield pending
                pending = ""


def _stem(sql: Path) -> str | None:
    """sqlite-<revision>-<digest> of the snapshot `sql`; None for a file that is not one."""
    try:
        with sql.open(encoding="utf-8") as f:
            m = FIRST.match(f.readline())
    except OSError:
        return None
    return f"sqlite-{m[1]}-{m[2]}" if m else None


def path_for(sql: Path) -> Path | None:
    """The database compiled from `sql`, sqlite-<revision>-<digest>-<sha256>.sqlite3 beside
    it, if there is one."""
    stem = _stem(sql)
    found = sorted(sql.parent.glob(f"{stem}-*.sqlite3")) if stem else []
    return found[0] if found else None


def read_whole(path: Path) -> bytes | None:
    """The compiled file's bytes if they are what its name says (their SHA-256), else
    None."""
    data = path.read_bytes()
    claimed = path.stem.rsplit("-", 1)[-1]
    return data if hashlib.sha256(data).hexdigest()[:len(claimed)] == claimed else None


def run(conn: sqlite3.Connection, sql: Path, chunk: int = 200,
        each: object = None) -> None:
    """Run the snapshot's statements in `conn`, a new private file, without a journal or
    syncs: `chunk` statements at a time through executescript, twice as fast as one at a
    time; `each()`, if given, after every chunk."""
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    batch: list[str] = []
    for statement in statements(sql):
        batch.append(statement)
        if len(batch) == chunk:
            conn.executescript("BEGIN;" + "".join(batch) + "COMMIT;")
            if callable(each):
                each()
            batch = []
    conn.executescript("BEGIN;" + "".join(batch) + "COMMIT;")
    if callable(each):
        each()


def compile_snapshot(sql: Path) -> Path:
    """Compile `sql` into its database file (built beside it, then renamed into place),
    and remove those compiled from earlier snapshots."""
    stem = _stem(sql)
    if stem is None:
        raise ValueError(f"{sql} is not an orgdb snapshot")
    tmp = sql.with_name(f".{stem}.{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            run(conn, sql)
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        out = sql.with_name(f"{stem}-{hashlib.sha256(tmp.read_bytes()).hexdigest()[:16]}"
                            ".sqlite3")
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    for old in sql.parent.glob("sqlite-*.sqlite3"):
        if old != out:
            old.unlink(missing_ok=True)
    return out
