"""The maintainer's workflow for "a new fact happened" (seeds/README.md), in a checkout:

- `new`: a changeset file and the data revision that applies it, under one shared number
  (the next revision), the file's SHA-256 pinned in the revision;
- `pin`: after editing the newest, unreleased changeset, pin its hash again;
- `build`: write the snapshots of the database at head that a new database is loaded
  from (orgdb.store.snapshot), each from a full replay of the revisions on its backend.

`new` and `pin` validate the changeset as orgdb does today, then load a scratch database
from the SQLite snapshot, upgrade it through the new revision, and run `orgdb check
--sources` there; on any error the files are left as they were. They leave the snapshots
at their revision, which stays valid (a new database is loaded from it and upgraded
through the rest): `build`, before a commit, brings both to head.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from orgdb import resources
from orgdb.errors import ChangesetError, UsageError
from orgdb.store import compiled, revisions, snapshot
from orgdb.store.target import sqlite_target

TEMPLATE = """\
# Fill in the facts (format: seeds/README.md), then run: orgdb data pin {number}
# Every fact row names a source: the original document, its publisher and dates.

# [[sources]]
# key = ""
# title = ""
# publisher = ""
# url = ""
# published = ""
# retrieved = ""
# class = ""      # official record, depositary record, news of record, scholarly,
#                 # reference work, encyclopedia, data set or other
"""

REVISION = '''"""data: {title}

Applies seeds/{seed} (changeset format {fmt}) through the frozen applier
orgdb_appliers.changeset_v{fmt}; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: {number}
Revises: {down}
"""

revision = "{number}"
down_revision = "{down}"
branch_labels = None
depends_on = None

SEED = "{seed}"
SHA256 = "{sha}"
CURRENT_TO = "{current_to}"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v{fmt}, currency_v1

    changeset_v{fmt}.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v{fmt}, currency_v1

    currency_v1.forget(revision)
    changeset_v{fmt}.downgrade(SEED, SHA256)
'''


@dataclass(frozen=True)
class Written:
    number: str
    seed: Path
    revision: Path


def checkout() -> Path:
    """The source checkout's root; an installed orgdb has no seeds to add to."""
    migrations = resources.migrations_dir()
    if migrations.name != "migrations":
        raise UsageError("orgdb data works in a source checkout of orgdb",
                         "git clone the project and pip install -e . there")
    return migrations.parent


def slug(title: str) -> str:
    """A file-name slug of the title, whole words only, about 40 characters at most."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    out = ""
    for word in re.findall(r"[a-z0-9]+", text.lower()):
        if out and len(out) + len(word) >= 40:
            break
        out = f"{out}_{word}" if out else word
    return out or "data"


def _header(title: str, date: str) -> str:
    """The [changeset] table, in the newest format."""
    escaped = title.replace("\\", "\\\\").replace('"', '\\"')
    return (f'[changeset]\ntitle = "{escaped}"\ndate = "{date}"\n'
            f"format = {resources.formats()[-1]}\n\n")


def _strip_header(text: str) -> str:
    """A draft's body without its own [changeset] table (its comments stay)."""
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        if re.match(r"\s*\[changeset\]\s*$", line):
            skipping = True
            continue
        if skipping and re.match(r"\s*\[", line):
            skipping = False
        if not skipping or re.match(r"\s*(#|$)", line):
            out.append(line)
    return "".join(out).lstrip("\n")


def new(title: str, date: str, draft: Path | None = None,
        current_to: str | None = None) -> Written:
    """Write the next data revision and its changeset. `date` is the real-world date of
    the update; `current_to` (default today) the day its maintainer checked the data
    current, which the revision records (orgdb db current)."""
    import datetime as dt

    from orgdb.dates import parse_partial

    root = checkout()
    parse_partial(date)  # a bad date is a usage error
    try:
        checked = dt.date.fromisoformat(current_to) if current_to else dt.date.today()
    except ValueError:
        raise UsageError(f"--current-to {current_to!r} is not a day (YYYY-MM-DD)") from None
    if not title.strip():
        raise UsageError("the title is empty")
    down = revisions.head()
    number = f"{int(down) + 1:04d}"
    name = f"{number}_{slug(title)}"
    seed = root / "seeds" / f"{name}.toml"
    revision = root / "migrations" / "versions" / f"{name}.py"
    body = TEMPLATE.format(number=number)
    if draft is not None:
        try:
            body = _strip_header(draft.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read {draft}: {exc}") from None
    seed.write_text(_header(title, date) + body, encoding="utf-8")
    try:
        _write_revision(revision, title, number, down, seed, checked.isoformat())
        _validate(seed)
    except BaseException:
        seed.unlink(missing_ok=True)
        revision.unlink(missing_ok=True)
        raise
    return Written(number, seed, revision)


def _write_revision(path: Path, title: str, number: str, down: str, seed: Path,
                    current_to: str) -> None:
    sha = hashlib.sha256(seed.read_bytes()).hexdigest()
    path.write_text(REVISION.format(title=title.replace('"""', "'''"), seed=seed.name,
                                    fmt=resources.formats()[-1], number=number, down=down,
                                    sha=sha, current_to=current_to),
                    encoding="utf-8")


def pin(number: str) -> Written:
    """Pin the newest revision's changeset again, after editing it (never a released one:
    only the head revision can be re-pinned)."""
    root = checkout()
    if number != revisions.head():
        raise UsageError(f"only the newest revision ({revisions.head()}) can be pinned again",
                         "a released changeset is never edited: write a new one with "
                         "orgdb data new")
    [revision] = (root / "migrations" / "versions").glob(f"{number}_*.py")
    text = revision.read_text(encoding="utf-8")
    found = re.search(r'^SEED = "(.+)"$', text, re.M)
    if not found:
        raise UsageError(f"revision {number} is not a data revision")
    seed = root / "seeds" / found[1]
    old = text
    sha = hashlib.sha256(seed.read_bytes()).hexdigest()
    revision.write_text(re.sub(r'^SHA256 = ".*"$', f'SHA256 = "{sha}"', text, flags=re.M),
                        encoding="utf-8")
    try:
        _validate(seed)
    except BaseException:
        revision.write_text(old, encoding="utf-8")
        raise
    return Written(number, seed, revision)


def _validate(seed: Path) -> None:
    """Validate the file, apply it through its revision to a scratch database (the
    snapshot, upgraded through the newest revisions) and run `orgdb check --sources` there
    (its errors, not its warnings)."""
    from orgdb.database import connect
    from orgdb.interchange import changeset
    from orgdb.read import check
    from orgdb.store import migrate

    changeset.load(seed)  # today's validation: types, vocabularies, ISO codes, dates
    with tempfile.TemporaryDirectory() as tmp:
        target = sqlite_target(Path(tmp) / "scratch.sqlite3")
        migrate.run_on_new_file(target, "head")
        with connect(str(target.path)) as db:
            findings = check.errors(db.check(sources=True))
        if findings:
            raise ChangesetError(
                f"{seed}: with it applied, orgdb check --sources finds: "
                + "; ".join(f"{f.rule}: {f.detail}" for f in findings),
                "correct the file; nothing was written")


def build(postgres: str | None = None) -> list[Path]:
    """Write the snapshots from databases the migrations build from nothing: SQLite's
    always, PostgreSQL's when `postgres` names a database where a scratch schema may be
    made (and dropped again); the files written."""
    from orgdb.store import migrate

    checkout()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "head.sqlite3"
        migrate.run_on_new_file(sqlite_target(path), "head", replay=True)
        write_sqlite_snapshot(path)
    written = [snapshot.path("sqlite")]
    if postgres is not None:
        write_postgresql_snapshot(postgres)
        written.append(snapshot.path("postgresql"))
    return written


def _write(path: Path, lines: Iterator[str]) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        out.writelines(lines)
    tmp.replace(path)


def write_sqlite_snapshot(path: Path) -> None:
    """The SQLite snapshot's SQL, and the database file compiled from it."""
    conn = sqlite3.connect(path)
    try:
        _write(snapshot.path("sqlite"), snapshot.dump_sqlite(conn, revisions.head()))
    finally:
        conn.close()
    compiled.compile_snapshot(snapshot.path("sqlite"))


def write_postgresql_snapshot(url: str) -> None:
    """Replay every revision into a scratch schema of the database at `url`, dump it with
    pg_dump, drop the schema."""
    from sqlalchemy import make_url, text

    from orgdb.store import engine, migrate
    from orgdb.store.target import parse

    scratch = f"orgdb_build_{os.getpid()}"
    base = parse(url)
    if base.path is not None:
        raise UsageError("--postgres names a PostgreSQL database")
    sep = "&" if "?" in base.url else "?"
    target = parse(f"{base.url}{sep}options=-csearch_path%3D{scratch}")
    admin = engine.engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{scratch}" CASCADE'))
        migrate.upgrade(target, replay=True)
        libpq = make_url(base.url).set(drivername="postgresql").render_as_string(
            hide_password=False)
        _write(snapshot.path("postgresql"),
               snapshot.dump_postgresql(libpq, scratch, revisions.head()))
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{scratch}" CASCADE'))
        admin.dispose()
