"""`orgdb import` and `orgdb export ...`: the COW IGO file and user changesets in; the COW
IGO-year table, Popolo JSON and CSV out. Thin wrappers over orgdb.Database."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from orgdb.cli.options import DbOption, Format, FormatOption, PredecessorsOption
from orgdb.cli.output import emit, guarded, say

export_app = typer.Typer(help="Write the database out: COW IGO-year CSV, Popolo JSON, CSV.",
                         no_args_is_help=True)

OutFileOption = Annotated[Optional[Path], typer.Option(
    "--output", "-o", help="Write to this file (default: stdout).", show_default=False)]


class CsvTable(str, Enum):
    memberships = "memberships"
    tenures = "tenures"
    treaty_actions = "treaty_actions"


@contextlib.contextmanager
def _output(path: Path | None, **kwargs: Any) -> Iterator[Any]:
    if path is None:
        yield sys.stdout
        return
    from orgdb.errors import OrgdbError

    try:
        f = path.open("w", encoding="utf-8", **kwargs)
    except OSError as exc:
        raise OrgdbError(f"cannot write {path}: {exc.strerror}",
                         "name a file in a directory that exists and you may write to") \
            from None
    with f:
        yield f


def _progress(label: str):
    """A one-line progress bar on stderr when it is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def show(done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        if pct != shown[0]:
            shown[0] = pct
            bar = "#" * (pct // 4)
            sys.stderr.write(f"\r{label} [{bar:<25}] {pct:3d}%")
            if pct >= 100:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return show


def import_(
    source: Annotated[str, typer.Argument(
        help="'cow' to import the Correlates of War IGO file named by PATH; otherwise a "
             "changeset file (TOML, the format of seeds/README.md).")],
    path: Annotated[Optional[Path], typer.Argument(
        help="With 'cow': the IGO-year CSV (igo_year_formatv3.csv).", show_default=False)
    ] = None,
    db: DbOption = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Show what would change, then roll back.")] = False,
    states: Annotated[Optional[Path], typer.Option(
        "--states", help="With 'cow': COW's state list (default: states2016.csv beside "
        "the IGO file).", show_default=False)] = None,
    format: FormatOption = Format.table,
) -> None:
    """Import the Correlates of War IGO data set, or apply a changeset file; all or
    nothing, in one transaction.

    Example: orgdb import cow igo_year_formatv3.csv

    Example: orgdb import my-changes.toml --dry-run
    """
    from orgdb.errors import UsageError

    if source.casefold() == "cow":
        if path is None:
            raise UsageError("orgdb import cow needs the IGO-year CSV",
                             "orgdb import cow igo_year_formatv3.csv")
        summary = _import_cow(path, states, db, dry_run)
    else:
        if path is not None or states is not None:
            raise UsageError("a changeset import takes one file",
                             "orgdb import FILE.toml, or orgdb import cow PATH")
        summary = _import_changeset(Path(source), db, dry_run)
    if format is not Format.table:
        emit([summary], format, list(summary))


def _import_cow(path: Path, states: Path | None, db: str | None,
                dry_run: bool) -> dict[str, Any]:
    from orgdb.database import connect

    with connect(db) as handle:
        report = handle.import_cow(path, states=states, dry_run=dry_run,
                                   progress=_progress("importing COW IGO v3"))
    if report.backup:
        say(f"backup: {report.backup}")
    prefix = "dry run, nothing written: would have " if dry_run else ""
    say(prefix + report.summary())
    return {"dry_run": dry_run, **report.as_dict()}


def _import_changeset(path: Path, db: str | None, dry_run: bool) -> dict[str, Any]:
    from orgdb.database import connect

    with connect(db) as handle:
        result = handle.import_changeset(path, dry_run=dry_run)
    if result.backup:
        say(f"backup: {result.backup}")
    what = ", ".join(f"{n} {k}" for k, n in result.added.items()) or "nothing"
    verb = "dry run, nothing written: would add" if dry_run else "added"
    say(f"{path}: {verb} {what}; {result.already_present} record(s) already present")
    return result.as_dict()


@export_app.command("cow")
@guarded
def export_cow(output: OutFileOption = None, db: DbOption = None) -> None:
    """Write the COW IGO-year table back from the database: for every IGO the import
    created, every cell as in the imported file; the curated organizations' rows from
    COW's stored cells.

    Example: orgdb export cow -o igo_year_formatv3.csv
    """
    from orgdb.database import connect

    with connect(db) as handle, _output(output, newline="") as out:
        rows = handle.export_cow(out)
    say(f"{rows} IGO-year rows written")


@export_app.command("popolo")
@guarded
def export_popolo(output: OutFileOption = None, db: DbOption = None) -> None:
    """Write the database as one Popolo JSON document: organizations (states among them,
    classification 'state'), persons, memberships (tenures too) and posts; treaties and
    treaty actions in extension properties (docs/interchange.md).

    Example: orgdb export popolo -o orgdb-popolo.json
    """
    from orgdb.database import connect

    with connect(db) as handle, _output(output) as out:
        counts = handle.export_popolo(out)
    say(", ".join(f"{n} {k}" for k, n in counts.items()) + " written")


@export_app.command("csv")
@guarded
def export_csv(
    table: Annotated[Optional[CsvTable], typer.Option(
        "--table", help="Only this table; to stdout unless -o names a directory.",
        show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Directory to write memberships.csv, tenures.csv and "
        "treaty_actions.csv into.", show_default=False)] = None,
    organization: Annotated[Optional[str], typer.Option(
        "--organization", help="Only this organization's rows, its predecessors' included "
        "(the EEC's and the EC's for the EU).", show_default=False)] = None,
    predecessors: PredecessorsOption = True,
    db: DbOption = None,
) -> None:
    """Write memberships, tenures and treaty actions as CSV with a header row: one file
    each into a directory, or one table to stdout; all organizations' or one's.

    Example: orgdb export csv --organization EU -o eu/
    """
    from orgdb.database import connect
    from orgdb.errors import UsageError

    if table is None and output is None:
        raise UsageError("name a directory with -o DIR, or one table with --table",
                         "orgdb export csv -o DIR, or orgdb export csv --table memberships")
    if output is not None and output.exists() and not output.is_dir():
        raise UsageError(f"{output} is not a directory")
    with connect(db) as handle:
        if output is None:
            assert table is not None  # checked above: a table, a directory or both
            rows = handle.export_csv(table.value, sys.stdout, organization=organization,
                                     predecessors=predecessors)
            say(f"{rows} {table.value} written")
        else:
            counts = handle.export_csv_files(output, [table.value] if table else None,
                                             organization=organization,
                                             predecessors=predecessors)
            for name, rows in counts.items():
                say(f"{name}: {rows} rows")


def register(app: typer.Typer) -> None:
    app.command("import")(guarded(import_))
    app.add_typer(export_app, name="export")
