"""The database at head, shipped as SQL text (orgdb/store/head.sql) so that a first use
creates it in milliseconds instead of running every migration. `orgdb data build` writes
it from a database the migrations built; a test checks that the two are identical, schema
and rows. Reading and writing it needs only the stdlib sqlite3 driver."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from orgdb import resources
from orgdb.store import faults

PATH = Path(__file__).with_name("head.sql")
_HEADER = "-- orgdb database at revision {revision} from sources {digest}: written by " \
          "`orgdb data build`; do not edit\n"


def digest() -> str:
    """A digest of what the database at head is built from: the revisions, the frozen
    appliers and the changesets. A head.sql built from other files is stale."""
    h = hashlib.sha256()
    migrations = resources.migrations_dir()
    files = [*sorted((migrations / "versions").glob("*.py")),
             *sorted((migrations / "orgdb_appliers").glob("*.py")),
             *sorted(resources.seeds_dir().glob("*.toml"))]
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def revision() -> str | None:
    """The revision the shipped file holds, None if there is no file or it was built from
    other revisions or changesets than these."""
    try:
        with PATH.open(encoding="utf-8") as f:
            first = f.readline()
    except OSError:
        return None
    m = re.match(r"-- orgdb database at revision (\d{4}) from sources ([0-9a-f]+):", first)
    return m[1] if m and m[2] == digest() else None


def dump(conn: sqlite3.Connection, rev: str) -> Iterator[str]:
    """Statements that rebuild the database: tables, rows in rowid order, then indexes."""
    yield _HEADER.format(revision=rev, digest=digest())
    schema = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                          "ORDER BY rowid").fetchall()
    for kind, name, sql in schema:
        if kind == "table" and not name.startswith("sqlite_"):
            yield f"{sql};\n"
    for kind, name, _ in schema:
        if kind != "table" or (name.startswith("sqlite_") and name != "sqlite_sequence"):
            continue
        cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        values = " || ',' || ".join(f'quote("{c}")' for c in cols)
        query = f'SELECT {values} FROM "{name}" ORDER BY rowid'
        for (row,) in conn.execute(query):
            yield f'INSERT INTO "{name}" VALUES({row});\n'
    for kind, _, sql in schema:
        if kind in ("index", "trigger", "view"):
            yield f"{sql};\n"


def load(dest: sqlite3.Connection) -> None:
    """Run the shipped statements in one transaction on an empty database."""
    dest.execute("BEGIN")
    pending = ""
    with PATH.open(encoding="utf-8") as f:
        for line in f:
            if not pending and line.startswith("--"):
                continue  # the header
            pending += line
            if sqlite3.complete_statement(pending):
                dest.execute(pending)
                faults.statement()
                pending = ""
    dest.execute("COMMIT")
