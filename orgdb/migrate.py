"""Schema and data migrations through alembic (imported only by commands that write)."""

from __future__ import annotations

from orgdb import config, db, resources
from orgdb.errors import DatabaseError


def alembic_config(target: config.Target):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    cfg.attributes["orgdb_url"] = target.url
    return cfg


def _guard(target: config.Target) -> None:
    """Refuse a database that is not orgdb's or is newer than this package, untouched."""
    revision, tables = db.revision_of(target)
    db.check_revision(revision, tables, target)


def _prepare(target: config.Target) -> None:
    path = target.sqlite_path
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)


def upgrade(target: config.Target, revision: str = "head") -> None:
    from alembic import command

    _guard(target)
    _prepare(target)
    _run(command.upgrade, target, revision)


def downgrade(target: config.Target, revision: str) -> None:
    from alembic import command

    _guard(target)
    _run(command.downgrade, target, revision)
    if revision == "base":
        _drop_version_table(target)


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
