"""Commands about the data as a whole: `orgdb check`, `orgdb changes`, and the
maintainer's `orgdb data new | pin | build`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from orgdb.cli.options import DbOption, Format, FormatOption
from orgdb.cli.output import emit, guarded, heading, say, table

data_app = typer.Typer(help="Keep the curated data: new data revisions (in a checkout).",
                       no_args_is_help=True)


def check(db: DbOption = None, format: FormatOption = Format.table,
          sources: Annotated[bool, typer.Option(
              "--sources", help="Also the sourcing standard: complete source rows, primary "
              "sources, working URLs (docs/data.md).")] = False,
          cow: Annotated[bool, typer.Option(
              "--cow", help="Also list, as notes, every year where COW's data disagrees "
              "with a curated organization, as orgdb import cow reports them.")] = False,
          ) -> None:
    """Validate the data: overlapping spells, two holders of a single-holder post on one
    day, ends before starts, memberships outside the organization's lifetime, parent
    cycles, facts without a source. Exits 1 on any error; findings in imported data that
    are the source's own inconsistencies are warnings.

    Example: orgdb check --sources
    """
    from orgdb.database import connect
    from orgdb.read.check import Finding, errors

    with connect(db) as handle:
        findings = handle.check(sources=sources)
        if cow:
            findings += [Finding("COW disagrees with the curated data", str(d), "note")
                         for d in handle.cow_disagreements()]
    emit([f.as_dict() for f in findings], format, ["severity", "rule", "detail"])
    failed = errors(findings)
    counts = [f"{n} {kind}(s)" for kind in ("warning", "note")
              if (n := sum(f.severity == kind for f in findings))]
    note = f" and {' and '.join(counts)}" if counts else ""
    if failed:
        from orgdb.errors import OrgdbError

        raise OrgdbError(f"orgdb check found {len(failed)} error(s){note}",
                         "each is listed above; fix the data, or read docs/data.md")
    say(f"no errors{note}")


def changes(
    since: Annotated[Optional[str], typer.Option(
        "--since", help="Only changes dated on or after this day (YYYY, YYYY-MM or "
        "YYYY-MM-DD).", show_default=False)] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v",
                                          help="Show the rows themselves.")] = False,
    format: FormatOption = Format.table,
) -> None:
    """The data's changelog: each data revision with its real-world date, its title, and
    what it added, changed and removed.

    Example: orgdb changes --since 2024
    """
    from orgdb.curation.changelog import changes as list_changes

    entries = list_changes(since=since, verbose=verbose)
    rows = [e.as_dict() for e in entries]
    if format is not Format.table:
        emit(rows, format, list(rows[0]) if rows else [])
        return
    table([{**r, "added": ", ".join(f"{n} {k}" for k, n in r["added"].items())}
           for r in rows], ["revision", "date", "title", "added", "changed", "removed"])
    if verbose:
        for e in entries:
            heading(f"{e.revision}  {e.date or ''}  {e.title}")
            for section, items in e.rows["added"].items():
                for item in items:
                    print(f"  + {section}: {_brief(item)}")
            for up in e.rows["changed"]:
                print(f"  ~ {up['table']}: {_brief(up['match'])}: {_brief(up['set'])}")


def _brief(item: dict) -> str:
    from orgdb.text import escape

    return escape("; ".join(f"{k}={v}" for k, v in item.items() if k != "notes"))


@data_app.command("new")
@guarded
def data_new(
    title: Annotated[str, typer.Argument(help="What happened, e.g. 'Armenia leaves the CSTO'.")],
    date: Annotated[str, typer.Option("--date", help="The real-world date (YYYY, YYYY-MM or "
                                      "YYYY-MM-DD).")],
    draft: Annotated[Optional[Path], typer.Option(
        "--from", help="A drafted changeset file whose facts the new one takes.",
        show_default=False)] = None,
    current_to: Annotated[Optional[str], typer.Option(
        "--current-to", help="The day you checked the data current (default today): "
        "the revision records it, and `orgdb db current` shows it.",
        show_default=False)] = None,
) -> None:
    """Create the next data revision and its changeset under one number, pin the file's
    hash, apply it to a scratch database built from every revision and run orgdb check
    there (in a source checkout).

    Example: orgdb data new "Armenia leaves the CSTO" --date 2026-05-01 --from draft.toml
    """
    from orgdb.curation.new import new

    made = new(title, date, draft, current_to)
    say(f"wrote {made.seed} and {made.revision}; checked (before committing: orgdb data "
        "build --postgres URL)")
    if draft is None:
        say(f"fill in {made.seed}, then run: orgdb data pin {made.number}")


@data_app.command("pin")
@guarded
def data_pin(number: Annotated[str, typer.Argument(help="The newest revision, e.g. 0015.")]
             ) -> None:
    """Pin the newest changeset's hash again after editing it, and check it as `new` does.

    Example: orgdb data pin 0015
    """
    from orgdb.curation.new import pin

    made = pin(number)
    say(f"pinned {made.seed} in {made.revision}; checked")


@data_app.command("build")
@guarded
def data_build(postgres: Annotated[Optional[str], typer.Option(
        "--postgres", help="A PostgreSQL database in which to replay the revisions (in a "
        "scratch schema, dropped afterwards) for the PostgreSQL snapshot; it needs "
        "pg_dump.", show_default=False)] = None) -> None:
    """Write the snapshots a new database is loaded from (orgdb/store/snapshots/), each
    from a database the migrations build from nothing: SQLite's, and PostgreSQL's with
    --postgres.

    Example: orgdb data build --postgres postgresql://localhost/scratch
    """
    from orgdb.curation.new import build

    for path in build(postgres):
        say(f"wrote {path}")


COMMANDS = [check, changes]


def register(app: typer.Typer) -> None:
    for fn in COMMANDS:
        app.command()(guarded(fn, tables=True))
    app.add_typer(data_app, name="data")
