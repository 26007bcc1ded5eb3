"""`orgdb db ...`: create, upgrade, downgrade, restore and inspect the database."""

from __future__ import annotations

from typing import Annotated

import typer

from orgdb.cli.options import DbOption
from orgdb.cli.output import guarded, say

app = typer.Typer(help="Create, migrate and inspect the database.", no_args_is_help=True)


def _report(change, db) -> None:  # noqa: ANN001 - an orgdb.store.migrate.Change
    from orgdb.store.revisions import BASE

    if change.moved_from:
        say(f"moved orgdb's tables from schema {change.moved_from} into schema "
            f"{db.target.schema}, every row kept")
    if change.backup:
        say(f"backup: {change.backup}")
    if change.deleted_rows:
        say(f"deleted {change.deleted_rows} rows")
    where = db.target.describe()
    if change.created:
        say(f"created {where} at revision {change.after}")
    elif change.before != change.after:
        say(f"{where} is at revision {change.after or BASE} (was {change.before or BASE})")
    elif not change.moved_from:
        say(f"{where} is at revision {change.after or BASE} already; nothing changed")


@app.command()
@guarded
def upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
    db: DbOption = None,
) -> None:
    """Bring the database up to REVISION (default head), creating it if needed.

    Example: orgdb db upgrade
    """
    from orgdb.database import connect

    with connect(db) as handle:
        _report(handle.upgrade(revision), handle)


@app.command()
@guarded
def downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, or 'base' for none.")],
    db: DbOption = None,
    yes: Annotated[bool, typer.Option(
        "--yes", help="On PostgreSQL, which keeps no backup: delete the rows the downgrade "
        "removes.")] = False,
) -> None:
    """Take the database down to REVISION; `base` removes every orgdb table.

    Example: orgdb db downgrade 0001
    """
    from orgdb.database import connect

    with connect(db) as handle:
        _report(handle.downgrade(revision, yes=yes), handle)


@app.command()
@guarded
def current(db: DbOption = None) -> None:
    """Print the database's revision, whether it is the head, and the day its data is
    current to (the day the data revisions were last checked against their sources).

    Example: orgdb db current
    """
    from orgdb.database import connect
    from orgdb.store.revisions import BASE, head

    with connect(db) as handle:
        rev, state = handle.revision()
        checked = handle.current_to() if state == "head" else None
    label = {"head": " (head)", "behind": f" (behind head {head()})", "empty": ""}[state]
    typer.echo(f"{rev or BASE}{label}" + (f", data current to {checked}" if checked else ""))


@app.command()
@guarded
def history() -> None:
    """List the revisions this orgdb ships, oldest first.

    Example: orgdb db history
    """
    from orgdb.store import migrate

    for rev, doc in migrate.history():
        typer.echo(f"{rev}  {doc}")


@app.command()
@guarded
def path() -> None:
    """Print the path of the embedded default database file.

    Example: orgdb db path
    """
    from orgdb.store.target import default_path

    typer.echo(str(default_path()))


@app.command()
@guarded
def restore(
    backup: Annotated[str, typer.Argument(help="A backup file written before a write.")],
    db: DbOption = None,
) -> None:
    """Bring a backup back over the SQLite database, after checking it: its integrity,
    and that its tables are those of its revision. The file it replaces is backed up first.

    Example: orgdb db restore ~/.local/share/orgdb/orgdb.sqlite3.0003.20261127T101500000000Z.bak
    """
    from orgdb.database import connect

    with connect(db) as handle:
        restored = handle.restore(backup)
    if restored.backup:
        say(f"backup: {restored.backup}")
    say(f"restored {backup} (revision {restored.revision})")
