"""Schema and data migrations through alembic (imported only by commands that write).

Safety around alembic: a database that is not orgdb's, or newer than this package, is
refused before anything is written; on SQLite a file lock serialises concurrent first
uses (PostgreSQL takes an advisory lock in migrations/env.py) and a consistent backup is
written beside an existing file before it changes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

from orgdb import config, db, resources
from orgdb.errors import DatabaseError

KEEP_BACKUPS = 3


def alembic_config(target: config.Target):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    cfg.attributes["orgdb_url"] = target.url
    return cfg


def _guard(target: config.Target) -> str | None:
    """Refuse a database that is not orgdb's or is newer than this package, untouched."""
    revision, tables = db.revision_of(target)
    db.check_revision(revision, tables, target)
    return revision


@contextlib.contextmanager
def _sqlite_lock(target: config.Target) -> Iterator[None]:
    """Serialise migrations of one SQLite file across processes (a lock file beside it)."""
    path = target.sqlite_path
    if path is None:
        yield
        return
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    lock = path.with_name(path.name + ".lock")
    try:
        handle = open(lock, "a+b")  # noqa: SIM115 - held for the with-block
    except OSError as exc:
        raise DatabaseError(f"cannot write beside {path}: {exc.strerror}") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def upgrade(target: config.Target, revision: str = "head") -> Path | None:
    """Upgrade to `revision`; returns the backup written first, if any."""
    from alembic import command

    with _sqlite_lock(target):
        current = _guard(target)  # read again under the lock: another process may be done
        if revision == "head" and current == db.head_revision():
            return None
        backup = backup_sqlite(target, current) if current else None
        _run(command.upgrade, target, revision)
        _wal(target)
        return backup


def downgrade(target: config.Target, revision: str) -> Path | None:
    from alembic import command

    with _sqlite_lock(target):
        current = _guard(target)
        backup = backup_sqlite(target, current) if current else None
        _run(command.downgrade, target, revision)
        if revision == "base":
            _drop_version_table(target)
        return backup


def _wal(target: config.Target) -> None:
    """WAL lets lookups read while a writer works, seeing old or new data, never half."""
    path = target.sqlite_path
    if path is not None:
        import sqlite3

        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.close()


def backup_sqlite(target: config.Target, revision: str | None) -> Path | None:
    """A consistent copy (sqlite3 backup API) beside the file, named with revision and
    time; the last KEEP_BACKUPS are kept. Says where on stderr."""
    path = target.sqlite_path
    if path is None or not path.exists():
        return None
    import sqlite3

    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    dest = path.with_name(f"{path.name}.{revision or 'none'}.{stamp}.bak")
    try:
        _copy_sqlite(path, dest)
    except sqlite3.Error as exc:
        dest.unlink(missing_ok=True)
        raise DatabaseError(f"cannot back up {path}: {exc}") from None
    for old in backups(path)[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    print(f"backup: {dest}", file=sys.stderr)
    return dest


def backups(path: Path) -> list[Path]:
    """Backups of a SQLite file, oldest first."""
    return sorted(path.parent.glob(f"{path.name}.*.bak"), key=lambda p: p.name.rsplit(".", 2)[1])


def restore(target: config.Target, backup: Path) -> None:
    """Bring a backup back over the SQLite database, after checking it is orgdb's."""
    path = target.sqlite_path
    if path is None:
        raise DatabaseError("restore works on SQLite databases only")
    source = config.Target(config.sqlite_url(backup), explicit=True)
    if not backup.is_file():
        raise DatabaseError(f"no backup file {backup}")
    revision, tables = db.revision_of(source)
    if db.check_revision(revision, tables, source) == "empty":
        raise DatabaseError(f"{backup} is not an orgdb database")
    with _sqlite_lock(target):
        _copy_sqlite(backup, path)


def _copy_sqlite(source: Path, dest: Path) -> None:
    """A consistent copy through the sqlite3 backup API (safe while others read or write)."""
    import sqlite3

    src = db.connect_ro(source)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()


def _drop_version_table(target: config.Target) -> None:
    """`downgrade base` leaves no orgdb table behind, alembic's bookkeeping included."""
    from sqlalchemy import text

    engine = db.make_engine(target.url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    finally:
        engine.dispose()


def _run(fn, target: config.Target, revision: str) -> None:
    from alembic.util import CommandError

    try:
        fn(alembic_config(target), revision)
    except CommandError as exc:
        raise DatabaseError(str(exc).splitlines()[0]) from None


def history() -> list[tuple[str, str]]:
    """(revision, message) pairs, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(resources.migrations_dir()))
    revs = list(script.walk_revisions())
    return [(r.revision, (r.doc or "").strip()) for r in reversed(revs)]
