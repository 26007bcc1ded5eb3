"""The `orgdb` command line: one typer app, a module per command group.

Modules here import only typer and orgdb's light modules at import time, so `orgdb --help`
stays fast; each command imports what it needs when it runs.
"""

from __future__ import annotations

import os
import sys
from typing import Optional

import typer

from orgdb.cli import (
    data_commands,
    db_commands,
    interchange_commands,
    lookup_commands,
    serve_command,
)

app = typer.Typer(
    name="orgdb",
    help="The reference database of international-organization memberships.\n\n"
    "Example: orgdb members CSTO --as-of 2011-08-12",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        print(f"orgdb {version('orgdb')}")
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(
        False, "--version", help="Print orgdb's version and exit.", callback=_version,
        is_eager=True),
        db: Optional[str] = typer.Option(
            None, "--db", help="Database URL for the command that follows (as `orgdb "
            "--db FILE members CSTO`); the command's own --db wins.",
            show_default=False)) -> None:
    """The reference database of international-organization memberships.

    Example: orgdb members CSTO --as-of 2011-08-12
    """
    if db is not None:  # read where every command finds its default database
        from orgdb.store.target import ENV_URL

        os.environ[ENV_URL] = db
app.add_typer(db_commands.app, name="db")
lookup_commands.register(app)
data_commands.register(app)
interchange_commands.register(app)
serve_command.register(app)


def main() -> None:
    """Entry point. Commands turn orgdb's errors into one line themselves (output.guarded);
    this is the last line of defence against a traceback."""
    try:
        app()
        sys.stdout.flush()
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # the last flush, after a command (output.guarded) returned
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except Exception as exc:
        if os.environ.get("ORGDB_DEBUG") == "1":
            raise
        print(f"Error: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        print("hint: run again with ORGDB_DEBUG=1 for the traceback", file=sys.stderr)
        sys.exit(1)
