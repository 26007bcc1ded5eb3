"""Schema and data migrations through alembic, each run as one write (orgdb.store.write):
under the writer lock, in one transaction for any number of revisions, refused before
anything is written if the database is not orgdb's or is newer than this package, backed
up (SQLite) only when it changes something. Imported only by commands that write."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from orgdb import resources
from orgdb.errors import DatabaseError
from orgdb.store import create, pgschema, revisions, snapshot, write
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
    moved_from: str | None = None  # PostgreSQL: the schema orgdb 0.1's tables were moved from

    @property
    def changed(self) -> bool:
        return self.created or self.before != self.after or self.moved_from is not None


def alembic_config(conn: Any = None) -> Any:
    """alembic's configuration, built in code: alembic.ini and the cwd play no part."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    cfg.attributes["connection"] = conn
    cfg.attributes["orgdb_seeds_dir"] = str(resources.seeds_dir())  # the appliers read it
    return cfg


def _alembic(conn: Any, verb: str, revision: str) -> None:
    from alembic import command
    from alembic.util import CommandError

    try:
        getattr(command, verb)(alembic_config(conn), revision)
    except CommandError as exc:
        raise DatabaseError(str(exc).splitlines()[0]) from None


def upgrade(target: Target, revision: str = "head", *, replay: bool = False) -> Change:
    """Bring the database to `revision`, creating it (SQLite) if there is none. An empty
    database starts from the shipped snapshot where it is not past `revision`; with
    `replay`, from nothing through every revision (how the snapshots are made and
    proved)."""
    if replay and target.path is not None and create.needed(target):
        run_on_new_file(target, revision, replay=True)
        return Change(None, revisions.head() if revision == "head" else revision,
                      created=True)
    if create.needed(target) and create.create(target, revision, migrate=run_on_new_file):
        return Change(None, revisions.head() if revision == "head" else revision,
                      created=True)
    moved = None
    with write.session(target) as w:
        if w.revision is None and target.path is None:
            if pgschema.move_legacy(w.conn, target):
                moved, w.revision = pgschema.LEGACY, w.current_revision()
            pgschema.ensure(w.conn, target)
        if w.revision is None and not replay:
            start_from_snapshot(w.conn, target.backend, revision)
        _alembic(w.conn, "upgrade", revision)
        after = w.current_revision()
        w.changed = after != w.revision or moved is not None
        w.keep = w.changed
    return Change(w.revision, after, w.backup, moved_from=moved)


def downgrade(target: Target, revision: str, *, yes: bool = False) -> Change:
    """Take the database down to `revision` ('base': no orgdb table left). On PostgreSQL,
    which keeps no backup, a downgrade that deletes rows needs `yes`."""
    from sqlalchemy import text

    if target.is_new:
        raise DatabaseError(f"{target.describe()} does not exist; there is nothing to take "
                            "down", "name an orgdb database with --db")
    with write.session(target) as w:
        rows_before = write.count_rows(w)
        _alembic(w.conn, "downgrade", revision)
        if revision == revisions.BASE:
            w.conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
            if target.path is None:
                pgschema.drop_if_empty(w.conn, target)
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


def start_from_snapshot(conn: Any, backend: str, revision: str) -> bool:
    """Load the shipped snapshot into the empty database of `conn` if it holds a revision
    not past `revision`; the migrations then go on from there."""
    known = revisions.known()
    wanted = known[-1] if revision == "head" else revision
    held = snapshot.revision(backend)
    if held is None or wanted not in known or known.index(held) > known.index(wanted):
        return False
    snapshot.load(conn, backend)
    return True


def run_on_new_file(target: Target, revision: str, *, replay: bool = False) -> None:
    """Migrate a private new file (orgdb.store.create builds the database in one); with
    `replay`, through every revision from nothing, never from the snapshot."""
    copied = not replay and _copy_compiled(target, revision)
    engine = write_engine(target)
    try:
        with engine.connect() as conn, conn.begin():
            if not replay and not copied:
                start_from_snapshot(conn, "sqlite", revision)
            _alembic(conn, "upgrade", revision)
    finally:
        engine.dispose()


def _copy_compiled(target: Target, revision: str) -> bool:
    """Start a new file from the compiled snapshot (orgdb.store.compiled), a copy instead
    of a second of SQL, where its revision is not past `revision` and its bytes are whole."""
    known = revisions.known()
    wanted = known[-1] if revision == "head" else revision
    held = snapshot.revision("sqlite")
    if (target.path is None or held is None or wanted not in known
            or known.index(held) > known.index(wanted)):
        return False
    data = snapshot.compiled_bytes()
    if data is None:
        return False
    target.path.write_bytes(data)
    return True


@contextlib.contextmanager
def schema_only() -> Iterator[None]:
    """Within the block, every data revision is a no-op (its applier's upgrade and
    downgrade do nothing), so that the chain builds the schema of a revision in a second
    instead of replaying the data before it. Only for a scratch database: restore's check
    of a backup's schema uses it."""
    from orgdb import resources

    appliers = [*(resources.applier(fmt) for fmt in resources.formats()),
                resources.cow_applier()]
    saved = [(a, a.upgrade, a.downgrade) for a in appliers]
    try:
        for applier in appliers:
            setattr(applier, "upgrade", _skip)  # noqa: B010 - a module's function
            setattr(applier, "downgrade", _skip)  # noqa: B010
        yield
    finally:
        for applier, up, down in saved:
            setattr(applier, "upgrade", up)  # noqa: B010
            setattr(applier, "downgrade", down)  # noqa: B010


def _skip(*_seed: object) -> None:
    return None


def history() -> list[tuple[str, str]]:
    """(revision, first line of its message) pairs, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(resources.migrations_dir()))
    return [(r.revision, (r.doc or "").strip().splitlines()[0] if r.doc else "")
            for r in reversed(list(script.walk_revisions()))]
