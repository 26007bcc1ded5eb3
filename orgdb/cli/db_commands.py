"""`orgdb db ...`: create, upgrade, downgrade and inspect the database."""

from __future__ import annotations

from typing import Annotated

import typer

from orgdb.cli.options import DbOption
from orgdb.cli.output import guarded

app = typer.Typer(help="Create, migrate and inspect the database.", no_args_is_help=True)


@app.command()
@guarded
def upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
    db: DbOption = None,
) -> None:
    """Bring the database up to REVISION (default head), creating it if needed.

    Example: orgdb db upgrade
    """
    from orgdb import config, migrate
    from orgdb import db as dbmod

    target = config.resolve(db)
    migrate.upgrade(target, revision)  # says on stderr where it backed the file up
    rev, _ = dbmod.revision_of(target)
    typer.echo(f"{dbmod.describe(target)} is at revision {rev}", err=True)


@app.command()
@guarded
def downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, or 'base' for none.")],
    db: DbOption = None,
) -> None:
    """Take the database down to REVISION; `base` removes every orgdb table.

    Example: orgdb db downgrade 0001
    """
    from orgdb import config, migrate
    from orgdb import db as dbmod

    target = config.resolve(db)
    migrate.downgrade(target, revision)
    rev, _ = dbmod.revision_of(target)
    typer.echo(f"{dbmod.describe(target)} is at revision {rev or 'base'}", err=True)


@app.command()
@guarded
def current(db: DbOption = None) -> None:
    """Print the database's revision, and whether it is the head.

    Example: orgdb db current
    """
    from orgdb import config
    from orgdb import db as dbmod

    target = config.resolve(db)
    rev, tables = dbmod.revision_of(target)
    state = dbmod.check_revision(rev, tables, target)
    label = {"head": " (head)", "behind": f" (behind head {dbmod.head_revision()})",
             "empty": ""}[state]
    typer.echo(f"{rev or 'none'}{label}")


@app.command()
@guarded
def history() -> None:
    """List the revisions this orgdb ships, oldest first.

    Example: orgdb db history
    """
    from orgdb import migrate

    for rev, doc in migrate.history():
        typer.echo(f"{rev}  {doc.splitlines()[0] if doc else ''}")


@app.command()
@guarded
def path() -> None:
    """Print the path of the embedded default database file.

    Example: orgdb db path
    """
    from orgdb import config

    typer.echo(str(config.default_path()))


@app.command()
@guarded
def restore(
    backup: Annotated[str, typer.Argument(help="A backup file written before an upgrade.")],
    db: DbOption = None,
) -> None:
    """Bring a backup back over the SQLite database, after checking it is orgdb's.

    Example: orgdb db restore ~/.local/share/orgdb/orgdb.sqlite3.0003.20261127T101500.bak
    """
    from pathlib import Path

    from orgdb import config, migrate

    target = config.resolve(db)
    migrate.restore(target, Path(backup).expanduser())
    typer.echo(f"restored {backup}", err=True)
