"""Schema and data migrations through alembic, each run as one write (orgdb.store.write):
under the writer lock, in one transaction for any number of revisions, refused before
anything is written if the database is not orgdb's or is newer than this package, backed
up (SQLite) only when it changes something. Imported only by commands that write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from orgdb import resources
from orgdb.errors import DatabaseError
from orgdb.store import create, revisions, write
from orgdb.store.engine import write_engine
from orgdb.store.target import Target


@dataclass(frozen=True)
class Change:
    """What an upgrade or downgrade did."""

    before: str | None
    after: str | None
    backup: Path | None = None
    deleted_rows: int = 0
    created: bool = False

    @property
    def changed(self) -> bool:
        return self.created or self.before != self.after


def alembic_config(conn: Any = None) -> Any:
    """alembic's configuration, built in code: alembic.ini and the cwd play no part."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    cfg.attributes["connection"] = conn
    return cfg


def _alembic(conn: Any, verb: str, revision: str) -> None:
    from alembic import command
    from alembic.util import CommandError

    try:
        getattr(command, verb)(alembic_config(conn), revision)
    except CommandError as exc:
        raise DatabaseError(str(exc).splitlines()[0]) from None


def upgrade(target: Target, revision: str = "head") -> Change:
    """Bring the database to `revision`, creating it (SQLite) if there is none."""
    if create.needed(target) and create.create(target, revision, migrate=run_on_new_file):
        return Change(None, revisions.head() if revision == "head" else revision,
                      created=True)
    with write.session(target) as w:
        _alembic(w.conn, "upgrade", revision)
        after = w.current_revision()
        w.changed = after != w.revision
        w.keep = w.changed
    return Change(w.revision, after, w.backup)


def downgrade(target: Target, revision: str, *, yes: bool = False) -> Change:
    """Take the database down to `revision` ('base': no orgdb table left). On PostgreSQL,
    which keeps no backup, a downgrade that deletes rows needs `yes`."""
    from sqlalchemy import text

    with write.session(target) as w:
        rows_before = write.count_rows(w)
        _alembic(w.conn, "downgrade", revision)
        if revision == revisions.BASE:
            w.conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        after = w.current_revision()
        deleted = rows_before - write.count_rows(w)
        w.changed = after != w.revision
        w.keep = w.changed
        if target.path is None and deleted > 0 and not yes:
            raise DatabaseError(
                f"downgrading {target.describe()} to {revision} would delete {deleted} "
                "rows; nothing was changed",
                "PostgreSQL keeps no backup: save one with pg_dump, then run again with --yes")
    return Change(w.revision, after, w.backup, deleted_rows=deleted)


def run_on_new_file(target: Target, revision: str) -> None:
    """Migrate a private new file (orgdb.store.create builds the database in one)."""
    engine = write_engine(target)
    try:
        with engine.connect() as conn, conn.begin():
            _alembic(conn, "upgrade", revision)
    finally:
        engine.dispose()


def history() -> list[tuple[str, str]]:
    """(revision, first line of its message) pairs, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(resources.migrations_dir()))
    return [(r.revision, (r.doc or "").strip().splitlines()[0] if r.doc else "")
            for r in reversed(list(script.walk_revisions()))]
