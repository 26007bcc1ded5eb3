"""The database at a revision, shipped as SQL text, one file per backend, so that a new
database is loaded in milliseconds instead of replaying every revision:

- snapshots/sqlite.sql: the tables, rows and indexes of a SQLite database the migrations
  built, as statements;
- snapshots/postgresql.sql: pg_dump's statements and COPY data of a PostgreSQL schema the
  migrations built, with the schema's name taken out, so that it loads into any schema.

Each file's first line names the revision it holds and a digest of what built it: the
revisions and changesets up to that revision, the frozen appliers and env.py. A revision
added later leaves it valid: a database loaded from it is then upgraded through the
revisions after it. `orgdb data build` writes both; a history test proves each identical
to a full replay on its backend, rows and constraints.
"""

from __future__ import annotations

import hashlib
import io
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from orgdb import resources
from orgdb.store import compiled, faults

FOLDER = Path(__file__).with_name("snapshots")
_HEADER = "-- orgdb database at revision {revision} from sources {digest}: written by " \
          "`orgdb data build`; do not edit\n"
_FIRST = compiled.FIRST


def path(backend: str) -> Path:
    return FOLDER / f"{backend}.sql"


def digest(revision: str) -> str:
    """A digest of what builds the database at `revision`: the revisions and changesets
    numbered up to it, every frozen applier and env.py."""
    h = hashlib.sha256()
    migrations = resources.migrations_dir()
    files = [*(f for f in sorted((migrations / "versions").glob("[0-9]*.py"))
               if f.name[:4] <= revision),
             *(f for f in sorted(resources.seeds_dir().glob("[0-9]*"))
               if f.name[:4] <= revision),
             *sorted((migrations / "orgdb_appliers").glob("*.py")),
             migrations / "env.py"]
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def revision(backend: str) -> str | None:
    """The revision the shipped snapshot holds; None if there is none or it was built
    from other files than these."""
    try:
        with path(backend).open(encoding="utf-8") as f:
            first = f.readline()
    except OSError:
        return None
    m = _FIRST.match(first)
    return m[1] if m and m[2] == digest(m[1]) else None


def header(rev: str) -> str:
    return _HEADER.format(revision=rev, digest=digest(rev))


# ---------------------------------------------------------------------------- loading

def schema_statements() -> Iterator[str]:
    """The SQLite snapshot's tables, indexes, triggers and views, without its rows."""
    return (s for s in compiled.statements(path("sqlite"))
            if not s.startswith("INSERT INTO "))


def compiled_file() -> Path | None:
    """The SQLite snapshot compiled into a database file (orgdb.store.compiled), if the
    package has it and the snapshot holds a revision this orgdb builds."""
    found = compiled.path_for(path("sqlite"))
    return found if found is not None and found.is_file() and revision("sqlite") else None


def compiled_bytes() -> bytes | None:
    """The compiled file's bytes where there is one and they are what its name says (a
    damaged copy is left aside: the caller builds from the SQL instead)."""
    built = compiled_file()
    return compiled.read_whole(built) if built is not None else None


def load_sqlite(dest: sqlite3.Connection) -> None:
    """Load the SQLite snapshot's statements into a new, private database file
    (orgdb.store.create renames it into place only when it is whole, and removes it
    otherwise); the caller syncs the file before the rename."""
    compiled.run(dest, path("sqlite"), each=faults.statement)


def _postgresql_parts() -> Iterator[tuple[str, str | None]]:
    """(statement, None) or (COPY statement, its data) in file order."""
    pending = ""
    with path("postgresql").open(encoding="utf-8") as f:
        next(f)
        for line in f:
            if not pending and line.startswith("COPY ") and line.endswith("FROM stdin;\n"):
                data = []
                for row in f:
                    if row == "\\.\n":
                        break
                    data.append(row)
                yield line.rstrip(";\n"), "".join(data)
                continue
            pending += line
            if line.rstrip().endswith(";"):
                yield pending, None
                pending = ""


def load(conn: Any, backend: str) -> None:
    """Load the snapshot into the empty database (or schema) of `conn`, a SQLAlchemy
    connection inside the caller's write transaction."""
    dbapi = conn.connection.dbapi_connection
    if backend == "sqlite":
        for statement in compiled.statements(path("sqlite")):
            dbapi.execute(statement)
            faults.statement()
        return
    with dbapi.cursor() as cur:
        for statement, data in _postgresql_parts():
            if data is None:
                cur.execute(statement)
            else:
                cur.copy_expert(statement.replace(" FROM stdin", " FROM STDIN"),
                                io.StringIO(data))
            faults.statement()


# ---------------------------------------------------------------------------- writing

def dump_sqlite(conn: sqlite3.Connection, rev: str) -> Iterator[str]:
    """Statements that rebuild the database: tables, rows in rowid order, then indexes.
    Alembic's batch mode rebuilds a table with its constraints, and then its indexes, in
    set order, which differs from one run to the next: both are written sorted, so that
    a build is the same byte for byte."""
    yield header(rev)
    schema = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                          "ORDER BY rowid").fetchall()
    for kind, name, sql in schema:
        if kind == "table" and not name.startswith("sqlite_"):
            yield f"{canonical_table_sql(sql)};\n"
    for kind, name, _ in schema:
        if kind != "table" or (name.startswith("sqlite_") and name != "sqlite_sequence"):
            continue
        cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        values = " || ',' || ".join(f'quote("{c}")' for c in cols)
        query = f'SELECT {values} FROM "{name}" ORDER BY rowid'
        for (row,) in conn.execute(query):
            yield f'INSERT INTO "{name}" VALUES({row});\n'
    for _, _, sql in sorted(s for s in schema if s[0] in ("index", "trigger", "view")):
        yield f"{sql};\n"  # by name: batch mode recreates a table's indexes in set order


def canonical_table_sql(sql: str) -> str:
    """A CREATE TABLE statement with its CONSTRAINT clauses sorted (columns keep their
    order): the same table, written the same way however batch mode ordered them."""
    if not sql.startswith("CREATE TABLE") or "\n\tCONSTRAINT" not in sql:
        return sql
    head, body = sql.split("(\n", 1)
    body, tail = body.rsplit("\n)", 1)
    items = body.split(", \n")
    columns = [i for i in items if not i.lstrip().startswith("CONSTRAINT")]
    constraints = sorted(i for i in items if i.lstrip().startswith("CONSTRAINT"))
    return head + "(\n" + ", \n".join(columns + constraints) + "\n)" + tail


_DROP = re.compile(r"^(SET |SELECT pg_catalog\.set_config|CREATE SCHEMA )")


def dump_postgresql(url: str, schema: str, rev: str) -> Iterator[str]:
    """The snapshot of `schema` in the PostgreSQL database at libpq `url`, by pg_dump:
    its statements without session settings, ownership or the schema's name, and its
    COPY data sorted by id (pg_dump writes rows in storage order)."""
    import subprocess

    done = subprocess.run(
        ["pg_dump", f"--dbname={url}", f"--schema={schema}", "--no-owner", "--no-privileges",
         "--no-comments", "--no-tablespaces", "--no-security-labels", "--no-publications",
         "--no-subscriptions"], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"pg_dump failed: {done.stderr.strip()}")
    qualifier = re.compile(rf"(?<![\w\"]){re.escape(schema)}\.")
    yield header(rev)
    lines = iter(done.stdout.splitlines(keepends=True))
    pending = ""
    for line in lines:
        if not pending and (not line.strip() or line.startswith(("--", "\\"))):
            continue  # blank lines, comments, psql's meta-commands (\restrict)
        if not pending and line.startswith("COPY "):
            rows = []
            for row in lines:
                if row == "\\.\n":
                    break
                rows.append(row)
            rows.sort(key=_row_order)
            yield qualifier.sub("", line) + "".join(rows) + "\\.\n"
            continue
        pending += qualifier.sub("", line)
        if line.rstrip().endswith(";"):
            if not _DROP.match(pending):
                yield pending
            pending = ""


def _row_order(row: str) -> tuple[int, str]:
    first = row.split("\t", 1)[0]
    return (int(first), row) if first.isdigit() else (0, row)
