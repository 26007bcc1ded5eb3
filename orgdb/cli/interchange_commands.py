"""`orgdb import` and `orgdb export ...`: the COW IGO file and user changesets in; the COW
IGO-year table, Popolo JSON and CSV out. Thin wrappers over orgdb.cow, orgdb.changeset,
orgdb.popolo and orgdb.export_csv."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from orgdb.cli.options import DbOption, Format, FormatOption
from orgdb.cli.output import emit, guarded

export_app = typer.Typer(help="Write the database out: COW IGO-year CSV, Popolo JSON, CSV.",
                         no_args_is_help=True)

OutFileOption = Annotated[Optional[Path], typer.Option(
    "--output", "-o", help="Write to this file (default: stdout).", show_default=False)]


class CsvTable(str, Enum):
    memberships = "memberships"
    tenures = "tenures"
    treaty_actions = "treaty_actions"


def _writable(db: str | None):
    """(target, engine) for a database at head. The embedded default is created and
    brought to head on first use; a database named by the user must be at head already."""
    from orgdb import db as dbmod

    reader = dbmod.open_reader(db)
    target = reader.target
    reader.close()
    return target, dbmod.make_engine(target.url)


def _finish(target, trans, dry_run: bool) -> None:
    """Roll a dry run back; otherwise back the SQLite file up, then commit. The backup is
    taken just before the commit, so it holds the database exactly as it was before the
    import (the import's writes are not committed yet) and a failed import leaves none."""
    if dry_run:
        trans.rollback()
        return
    from orgdb import db as dbmod
    from orgdb import migrate

    migrate.backup_sqlite(target, dbmod.head_revision())
    trans.commit()


@contextlib.contextmanager
def _output(path: Path | None, **kwargs: Any) -> Iterator[Any]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8", **kwargs) as f:
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

    if source == "cow":
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
    from orgdb import cow

    target, engine = _writable(db)
    try:
        with engine.connect() as conn:
            with conn.begin() as trans:
                report = cow.import_cow(conn, path, states=states,
                                        progress=_progress("importing COW IGO v3"))
                _finish(target, trans, dry_run)
    finally:
        engine.dispose()
    prefix = "dry run, nothing written: would have " if dry_run else ""
    print(prefix + report.summary(), file=sys.stderr)
    return {"dry_run": dry_run, **report.as_dict()}


def _import_changeset(path: Path, db: str | None, dry_run: bool) -> dict[str, Any]:
    from orgdb import changeset
    from orgdb import check as checks
    from orgdb.db import Reader
    from orgdb.errors import ChangesetError

    cs = changeset.load(path)  # errors name the file, line and field
    target, engine = _writable(db)
    try:
        with engine.connect() as conn:
            with conn.begin() as trans:
                reader = Reader(target, conn, "sqlalchemy")  # in this transaction
                before = set(checks.run(reader))
                added = changeset.apply(conn, cs)
                broken = [f for f in checks.run(reader) if f not in before]
                if broken:
                    raise ChangesetError(
                        f"{path}: the changeset breaks the data rules of orgdb check: "
                        + "; ".join(f"{f.rule}: {f.detail}" for f in broken),
                        "correct the file; nothing was written")
                _finish(target, trans, dry_run)
    finally:
        engine.dispose()
    total = sum(cs.count().values())
    written = sum(added.values())
    what = ", ".join(f"{n} {k}" for k, n in added.items()) or "nothing"
    verb = "dry run, nothing written: would add" if dry_run else "added"
    print(f"{path}: {verb} {what}; {total - written} record(s) already present",
          file=sys.stderr)
    return {"file": str(path), "dry_run": dry_run, "added": added,
            "already_present": total - written}


@export_app.command("cow")
@guarded
def export_cow(output: OutFileOption = None, db: DbOption = None) -> None:
    """Write the COW IGO-year table back from the database: for every IGO the import
    created, every cell as in the imported file; the curated organizations' rows from
    COW's stored cells.

    Example: orgdb export cow -o igo_year_formatv3.csv
    """
    from orgdb import cow
    from orgdb.db import open_reader

    reader = open_reader(db)
    try:
        with _output(output, newline="") as out:
            rows = cow.export_cow(reader, out)
    finally:
        reader.close()
    print(f"{rows} IGO-year rows written", file=sys.stderr)


@export_app.command("popolo")
@guarded
def export_popolo(output: OutFileOption = None, db: DbOption = None) -> None:
    """Write the database as one Popolo JSON document: organizations (states among them,
    classification 'state'), persons, memberships (tenures too) and posts; treaties and
    treaty actions in extension properties (docs/interchange.md).

    Example: orgdb export popolo -o orgdb-popolo.json
    """
    from orgdb import popolo
    from orgdb.db import open_reader

    reader = open_reader(db)
    try:
        with _output(output) as out:
            counts = popolo.write(reader, out)
    finally:
        reader.close()
    print(", ".join(f"{n} {k}" for k, n in counts.items()) + " written", file=sys.stderr)


@export_app.command("csv")
@guarded
def export_csv(
    table: Annotated[Optional[CsvTable], typer.Option(
        "--table", help="Only this table; to stdout unless -o names a directory.",
        show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Directory to write memberships.csv, tenures.csv and "
        "treaty_actions.csv into.", show_default=False)] = None,
    db: DbOption = None,
) -> None:
    """Write memberships, tenures and treaty actions as CSV with a header row: one file
    each into a directory, or one table to stdout.

    Example: orgdb export csv --table memberships > memberships.csv
    """
    from orgdb import export_csv as ex
    from orgdb.db import open_reader
    from orgdb.errors import UsageError

    if table is None and output is None:
        raise UsageError("name a directory with -o DIR, or one table with --table",
                         "orgdb export csv -o DIR, or orgdb export csv --table memberships")
    if output is not None and output.exists() and not output.is_dir():
        raise UsageError(f"{output} is not a directory")
    reader = open_reader(db)
    try:
        if output is None:
            rows = ex.write_table(reader, table.value, sys.stdout)
            print(f"{rows} {table.value} written", file=sys.stderr)
        else:
            counts = ex.write_all(reader, output, [table.value] if table else None)
            for name, rows in counts.items():
                print(f"{name}: {rows} rows", file=sys.stderr)
    finally:
        reader.close()


def register(app: typer.Typer) -> None:
    app.command("import")(guarded(import_))
    app.add_typer(export_app, name="export")
