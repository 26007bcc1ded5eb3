"""The SQLite snapshot (snapshots/sqlite.sql) compiled into a database file beside it, so
that a first use copies a file instead of running megabytes of SQL. It is compiled when the
package is built (hatch_build.py, at the top of the checkout, also for an editable
install) and by `orgdb data build`, and named by the snapshot's first line (revision and
digest), so that a file compiled from another snapshot is never taken. Standard library
only: the build hook loads this file by its path, before orgdb's dependencies exist."""

from __future__ import annotations

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


def path_for(sql: Path) -> Path | None:
    """Where the database compiled from `sql` is (or goes); None for a file that is not a
    snapshot."""
    try:
        with sql.open(encoding="utf-8") as f:
            m = FIRST.match(f.readline())
    except OSError:
        return None
    return sql.with_name(f"sqlite-{m[1]}-{m[2]}.sqlite3") if m else None


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
    out = path_for(sql)
    if out is None:
        raise ValueError(f"{sql} is not an orgdb snapshot")
    tmp = out.with_name(f".{out.name}.{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            run(conn, sql)
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    for old in sql.parent.glob("sqlite-*.sqlite3"):
        if old != out:
            old.unlink(missing_ok=True)
    return out
