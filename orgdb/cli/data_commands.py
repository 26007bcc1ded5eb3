"""Commands about the data as a whole: `orgdb check`."""

from __future__ import annotations

import sys

import typer

from orgdb.cli.options import DbOption, Format, FormatOption
from orgdb.cli.output import emit, guarded


def check(db: DbOption = None, format: FormatOption = Format.table) -> None:
    """Validate the data: overlapping spells, overlapping tenures in a single-holder post,
    ends before starts, memberships outside the organization's lifetime, facts without a
    source. Exits 1 on any finding.

    Example: orgdb check
    """
    from orgdb import check as checks
    from orgdb.db import open_reader

    reader = open_reader(db)
    try:
        findings = checks.run(reader)
    finally:
        reader.close()
    emit([f.as_dict() for f in findings], format, ["rule", "detail"])
    if findings:
        print(f"{len(findings)} finding(s)", file=sys.stderr)
        raise typer.Exit(1)
    print("no findings", file=sys.stderr)


COMMANDS = [check]


def register(app: typer.Typer) -> None:
    for fn in COMMANDS:
        app.command()(guarded(fn))
