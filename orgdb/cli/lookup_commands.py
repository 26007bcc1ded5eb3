"""Lookup commands: thin wrappers over orgdb.Database, each with an example."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from orgdb.cli.options import (
    AsOfOption,
    ColumnsOption,
    DbOption,
    Format,
    FormatOption,
    HistoryOption,
    PredecessorsOption,
)
from orgdb.cli.output import emit, guarded, heading, say, table
from orgdb.errors import UsageError
from orgdb.read.records import (
    Change,
    Event,
    Member,
    Official,
    OrgSummary,
    Quality,
    SearchHit,
    Side,
    StateAction,
    Succession,
    TreatySummary,
    count_text,
)
from orgdb.text import escape

OrgArg = Annotated[str, typer.Argument(help="Organization: code, name or any other name.")]
StateArg = Annotated[str, typer.Argument(help="State: ISO alpha-2/alpha-3 code or any name.")]

MEMBER_COLUMNS = ["state", "alpha2", "alpha3", "status", "start", "end", "end_reason",
                  "standing", "notes", "source"]


def _open(db: str | None):
    from orgdb.database import connect

    return connect(db)


def _dicts(records) -> list[dict]:
    return [r.as_dict() for r in records]


def _fields(*records) -> list[str]:
    """The fields of the record types a command prints: its CSV header, rows or none."""
    return list(dict.fromkeys(f for r in records for f in r._fields))


def _answered(rows, asked: str, as_of: str | None) -> None:
    """Say on stderr when a predecessor answered (the EEC for the EU in 1980)."""
    if rows and rows[0].organization != asked:
        say(f"note: {asked} did not exist yet on {as_of}; answered by its predecessor "
            f"{rows[0].organization}")


def _title(fmt: Format, text: str) -> None:
    """The line above a table that says what the names asked about resolved to."""
    if fmt is Format.table:
        print(escape(text))


def _on(as_of: str | None, history: bool) -> str:
    from orgdb.dates import parse_period

    if history:
        return "every spell"
    period = parse_period(as_of)
    return f"on {period.text}" if period.one_day else f"at any time in {period.text}"


def _member_columns(as_of: str | None) -> list[str]:
    """A month or year asked about adds the column that marks spells covering part of it."""
    from orgdb.dates import parse_period

    one_day = as_of is None or parse_period(as_of).one_day
    return MEMBER_COLUMNS if one_day else [*MEMBER_COLUMNS[:7], "partial", *MEMBER_COLUMNS[7:]]


def _with_bounds(rows, columns: list[str]) -> list[str]:
    """The columns, with those of bounded days where a row has one (Uruguay's deposit of
    the OAS Charter, known to fall between two days)."""
    extra = [c for c in ("start_latest", "end_earliest", "uncertain")
             if any(getattr(r, c) for r in rows)]
    return [*columns[:columns.index("end") + 1], *extra, *columns[columns.index("end") + 1:]]


def _with_organization(rows, asked: str, columns: list[str]) -> list[str]:
    """The table's columns, led by the organization where a predecessor answered some
    rows (the EEC's and the EC's spells in the EU's history)."""
    if any(r.organization != asked for r in rows):
        return ["organization", *columns]
    return columns


def _horizon(spells, as_of: str | None) -> None:
    """Say on stderr when an answer rests on spells a source stopped seeing before the day
    asked about (COW ends in 2014): they are shown, having no known end, but may be stale."""
    from orgdb.dates import parse_period

    day = parse_period(as_of).start.isoformat()
    seen = sorted({m.observed_until for m in spells if m.observed_until
                   and m.observed_until < day})
    if seen:
        n = sum(1 for m in spells if m.observed_until and m.observed_until < day)
        say(f"note: {n} of these spells rest on data that ends on {seen[-1]} (COW IGO v3): "
            "members then, with no known end since")


def _stale(d, as_of: str | None) -> None:
    """Say on stderr when the day asked about is after the day the data was last checked
    current (orgdb db current): what happened since is not known."""
    from orgdb.dates import parse_period

    if as_of is None:
        return
    checked = d.current_to()
    if checked is not None and parse_period(as_of).end > checked.date:
        say(f"note: the data is current to {checked}; {as_of} is after it, so later "
            "changes are not known")


def orgs(db: DbOption = None, format: FormatOption = Format.table,
         as_of: AsOfOption = None, columns: ColumnsOption = None) -> None:
    """List the organizations with their classification, founding date, member count (full
    members and suspended ones) and the day their data is current to.

    Example: orgdb orgs --format csv
    """
    with _open(db) as d:
        rows = _dicts(d.organizations(as_of=as_of))
        _stale(d, as_of)
        quality = {} if format is Format.table else {
            x.organization: x.as_dict() for x in d.quality()}
    if quality:  # what each curated organization's data rests on (orgdb quality)
        rows = [{**r, "quality": quality.get(r["code"])} for r in rows]
    if format is Format.table:  # the count says what it counts: "55 member states (6
        # suspended)"
        rows = [{**r, "members": count_text(r["members"], r["counted_as"]) + (
            f" ({r['suspended']} suspended)" if r["suspended"] else "")} for r in rows]
    emit(rows, format, ["code", "name", "classification", "founded", "dissolved", "members",
                        "coverage", "current_to"], _fields(OrgSummary), columns)


def _tally(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {n}" for k, n in counts.items())


def quality(organization: Annotated[Optional[str], typer.Argument(
                help="One organization (default: every curated one).")] = None,
            db: DbOption = None, format: FormatOption = Format.table,
            columns: ColumnsOption = None) -> None:
    """Show what each curated organization's data rests on: its rows by confidence, date
    precision and source class, the share on official, depositary or news-of-record
    sources, its known gaps and the day it is current to.

    Example: orgdb quality OAS
    """
    with _open(db) as d:
        rows = d.quality(organization)
    if format not in (Format.table, Format.markdown):
        emit(_dicts(rows), format, [], _fields(Quality), columns)
        return
    shown = [{"organization": r.organization, "rows": r.rows,
              "primary": "" if r.primary_share is None else f"{r.primary_share:.0%}",
              "confidence": _tally(r.confidence), "precision": _tally(r.precision),
              "source_class": _tally(r.source_class), "known_gaps": len(r.known_gaps),
              "current_to": r.current_to} for r in rows]
    if len(rows) > 1:
        total = sum(r.rows for r in rows)
        primary = sum(round((r.primary_share or 0) * r.rows) for r in rows)
        _title(format, f"Quality of the curated data: {primary} of {total} rows "
                       f"({primary / total:.0%}) rest on an official, depositary or "
                       "news-of-record source")
    else:
        _title(format, f"Quality of {rows[0].name} ({rows[0].organization}): "
                       f"{rows[0].text()}")
    emit(shown, format, ["organization", "rows", "primary", "confidence", "precision",
                         "source_class", "known_gaps", "current_to"], [], columns)
    if format is Format.table and len(rows) == 1 and rows[0].known_gaps:
        heading("Known gaps")
        for gap in rows[0].known_gaps:
            print(escape(f"- {gap}"))


def org(organization: OrgArg, db: DbOption = None, format: FormatOption = Format.table,
        as_of: AsOfOption = None) -> None:
    """Show one organization: names, dates, bodies, members and officials on the date,
    treaties and sources.

    Example: orgdb org CSTO --as-of 2011-08-12
    """
    with _open(db) as d:
        detail = d.organization(organization, as_of=as_of)
        _stale(d, as_of)
    data = detail.as_dict()
    if format is not Format.table:
        emit([data], format, list(data))
        return
    for key in ("code", "name", "other_names", "identifiers", "classification", "founded",
                "dissolved", "headquarters", "parent", "bodies", "predecessors", "successors",
                "member_of", "notes", "source"):
        value = data[key]
        if value:
            print(escape(f"{key.replace('_', ' ')}: " +
                         ("; ".join(value) if isinstance(value, list) else str(value))))
    when = _on(as_of, False)
    heading(f"Members {when}")
    table(data["members"], _member_columns(as_of))
    heading(f"Officials {when}")
    table(data["officials"], ["post", "person", "role", "start", "end"])
    heading("Treaties")
    table(data["treaties"], ["code", "title", "signed", "in_force"])
    heading("Sources")
    for s in data["sources"]:
        print(escape(f"- {s}"))


def members(organization: OrgArg, db: DbOption = None, format: FormatOption = Format.table,
            as_of: AsOfOption = None, history: HistoryOption = False,
            status: Annotated[Optional[str], typer.Option(
                help="Only this status (member, associate, observer, suspended...), or "
                "'all'. Default: full members and suspended ones.",
                show_default=False)] = None,
            predecessors: PredecessorsOption = True, columns: ColumnsOption = None) -> None:
    """List an organization's member states on a date (default today), or every spell;
    the table ends with the count: '53 members, 1 suspended, 7 partners'.

    Example: orgdb members CSTO --as-of 2011-08-12
    """
    from orgdb.read import answers

    with _open(db) as d:
        ref = d.organization_or_expression(organization)
        _stale(d, as_of)
        if ref is None:
            _combined(d, organization, format, as_of, history, status)
            return
        spells, rows = answers.members(d, ref, as_of=as_of, history=history, status=status,
                                       predecessors=predecessors)
        if not spells and not history and status is None:
            say(f"note: {d.empty_reason(ref, as_of=as_of)}")
        count = "" if history else answers.count(d, spells)
    if not history:
        _horizon(rows, as_of)
        _answered(rows, ref.code, as_of)
    _title(format, f"Members of {ref.name} ({ref.code}) {_on(as_of, history)}")
    emit(_dicts(rows), format, _with_organization(rows, ref.code, _with_bounds(
        rows, _member_columns(as_of))), _fields(Member), columns)
    hidden = len(spells) - len(rows)
    if format is Format.table and (count or hidden):
        more = f"{hidden} more spells with --status all" if hidden else ""
        print(escape(f"{count} ({more})" if count and more else count or more))


def _combined(d, expression: str, format: Format, as_of: str | None, history: bool,
              status: str | None) -> None:
    """`members 'NATO & EU'`: the states a set expression over organizations selects."""
    from orgdb.read import answers
    from orgdb.read.records import Combined
    from orgdb.read.sets import describe, names, parse

    if history:
        raise UsageError("--history lists one organization's spells; a set expression "
                         "answers on a date or in a period", "drop --history")
    rows = answers.combined(d, expression, as_of=as_of, status=status)
    node = parse(expression)
    codes = {name: d.lookup_organization(name).code for name in names(node)}
    computed = f"{describe(node, codes)} {_on(as_of, False)}"
    if not rows:
        say(f"note: no state is in {computed}")
    _title(format, f"States in {computed}: {len(rows)} (& in both, | in either, "
                   "- in the first but not the second)")
    emit(_dicts(rows), format, ["state", "alpha2", "alpha3", "member_of"], _fields(Combined))


def state(name: StateArg, db: DbOption = None, format: FormatOption = Format.table,
          as_of: AsOfOption = None, history: HistoryOption = False) -> None:
    """List the organizations a state belongs to on a date, and its treaty actions.

    Example: orgdb state Belarus
    """
    from orgdb.read import answers

    with _open(db) as d:
        ref = d.lookup_state(name)
        _stale(d, as_of)
        spells, actions, links = answers.state(d, ref, as_of=as_of, history=history)
    if ref.note:
        say(f"note: {ref.note}")
    if not spells and not history:
        say(f"note: {ref.name} belongs to no organization in the data {_on(as_of, False)}")
    if not history:
        _horizon(spells, as_of)
    if format is not Format.table:
        emit(answers.state_rows(ref, spells, actions, links), format, [],
             ["kind", *_fields(Member, StateAction, Succession)])
        return
    kind = "" if ref.kind == "sovereign state" else f", a {ref.kind},"
    _title(format, f"Memberships of {ref.name} ({ref.code}){kind} {_on(as_of, history)}")
    columns = ["organization", "status", "start", "end", "end_reason", "standing", "source"]
    if _member_columns(as_of) is not MEMBER_COLUMNS:
        columns.insert(5, "partial")
    table(_dicts(spells), _with_bounds(spells, columns))
    if actions:
        heading("Treaty actions")
        table(_dicts(actions), ["treaty", "action", "date", "source"])
    if links:
        heading("Successions")
        table(_dicts(links), ["side", "name", "kind", "date", "notes"])


def officials(organization: OrgArg, db: DbOption = None, format: FormatOption = Format.table,
              as_of: AsOfOption = None, history: HistoryOption = False,
              predecessors: PredecessorsOption = True, columns: ColumnsOption = None
              ) -> None:
    """List who held each post of an organization on a date, or every tenure.

    Example: orgdb officials CSTO --as-of 2011-08-12
    """
    with _open(db) as d:
        ref = d.lookup_organization(organization)
        _stale(d, as_of)
        rows = d.officials(ref, as_of=as_of, history=history, predecessors=predecessors)
        if not rows and not history:
            say(f"note: {d.vacancy(ref, as_of=as_of, predecessors=predecessors)}")
    if not history:
        _answered(rows, ref.code, as_of)
    _title(format, f"Officials of {ref.name} ({ref.code}) {_on(as_of, history)}")
    emit(_dicts(rows), format, _with_organization(
        rows, ref.code, ["post", "person", "role", "acting", "start", "end", "source"]),
         _fields(Official), columns)


def treaties(organization: Annotated[Optional[str], typer.Argument(
                 help="Only the treaties of this organization.")] = None,
             db: DbOption = None, format: FormatOption = Format.table,
             columns: ColumnsOption = None) -> None:
    """List treaties, or those of one organization.

    Example: orgdb treaties CSTO
    """
    with _open(db) as d:
        ref = d.lookup_organization(organization) if organization else None
        rows = d.treaties(ref.code if ref else None)
    if ref:
        _title(format, f"Treaties of {ref.name} ({ref.code})")
    emit(_dicts(rows), format, ["code", "title", "signed", "signed_place", "in_force",
                                "organization"], _fields(TreatySummary), columns)


def treaty(name: Annotated[str, typer.Argument(help="Treaty: code or title.")],
           db: DbOption = None, format: FormatOption = Format.table) -> None:
    """Show each state's actions under a treaty, laid out as the UN Treaty Collection's
    status tables are (a = accession, d = succession, A = acceptance, AA = approval,
    D = denunciation), with the deposit of its instrument and the day the treaty bound it
    where sources give them apart from its ratification.

    Example: orgdb treaty CST-1992
    """
    with _open(db) as d:
        ref = d.lookup_treaty(name)
        if format is Format.table:
            _title(format, f"{ref.title} ({ref.code})")
            table(_dicts(d.treaty_status(ref.code)),
                  ["participant", "signature", "consent", "deposit", "in_force", "withdrawal",
                   "depositary"])
        else:
            emit(_dicts(d.treaty_actions(ref.code)), format, [], _fields(StateAction))


SinceOption = Annotated[Optional[str], typer.Option(
    "--since", help="Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).",
    show_default=False)]
UntilOption = Annotated[Optional[str], typer.Option(
    "--until", help="Only events on or before this date (YYYY takes the whole year).",
    show_default=False)]


def timeline(organization: OrgArg, db: DbOption = None,
             format: FormatOption = Format.table, since: SinceOption = None,
             until: UntilOption = None, predecessors: PredecessorsOption = True) -> None:
    """List every dated event of an organization and its predecessors in order: founding,
    treaty actions, joins, status changes, exits, tenures (acting ones marked).

    Example: orgdb timeline CSTO --since 2011 --until 2012
    """
    with _open(db) as d:
        ref = d.lookup_organization(organization)
        rows = d.timeline(ref, since=since, until=until, predecessors=predecessors)
    span = (f" from {since}" if since else "") + (f" through {until}" if until else "")
    _title(format, f"Timeline of {ref.name} ({ref.code}){span}")
    emit(_dicts(rows), format, _with_organization(rows, ref.code, ["date", "kind", "subject",
                                                                   "detail"]), _fields(Event))


def diff(organization: OrgArg,
         first: Annotated[str, typer.Argument(help="The earlier date (YYYY-MM-DD, YYYY-MM or "
                                                    "YYYY).")],
         second: Annotated[str, typer.Argument(help="The later date.")],
         db: DbOption = None, format: FormatOption = Format.table,
         predecessors: PredecessorsOption = True) -> None:
    """Who joined, who left and whose status changed between two dates, and on what day:
    the first day of the spell joined or changed to, the last day of the spell left.

    Example: orgdb diff NATO 1990-01-01 2026-01-01
    """
    with _open(db) as d:
        ref = d.organization_or_expression(organization)
        _stale(d, second)
        rows = d.diff(ref or organization, first, second, predecessors=predecessors)
    asked = f"{ref.name} ({ref.code})" if ref else organization
    _title(format, f"Changes in {asked} from {first} to {second}")
    emit(_dicts(rows), format, _with_organization(
        [r for r in rows if r.organization], ref.code if ref else "",
        ["change", "date", "state", "before", "after"]), _fields(Change))


def compare(first: StateArg, second: StateArg, db: DbOption = None,
            format: FormatOption = Format.table, as_of: AsOfOption = None,
            columns: ColumnsOption = None) -> None:
    """Set two states' memberships side by side on a date (default today): the
    organizations both belong to, then those of one alone.

    Example: orgdb compare Belarus Russia --as-of 2011-08-12
    """
    with _open(db) as d:
        a, b = d.lookup_state(first), d.lookup_state(second)
        _stale(d, as_of)
        rows = d.compare(a, b, as_of=as_of)
    if format is not Format.table:
        emit(_dicts(rows), format, [], _fields(Side), columns)
        return
    _title(format, f"Memberships of {a.name} ({a.code}) and {b.name} ({b.code}) "
                   f"{_on(as_of, False)}")
    shown = [{"organization": r.organization, "name": r.name, a.code: r.first,
              b.code: r.second} for r in rows]
    emit(shown, format, ["organization", "name", a.code, b.code], [], columns)
    count = {k: sum(1 for r in rows if r.shared == k) for k in ("both", "first", "second")}
    print(f"{count['both']} in both, {count['first']} {a.name} alone, "
          f"{count['second']} {b.name} alone")


def person(name: Annotated[str, typer.Argument(help="Person: key, name or other name.")],
           db: DbOption = None, format: FormatOption = Format.table) -> None:
    """List the posts a person held, in order.

    Example: orgdb person Bordyuzha
    """
    with _open(db) as d:
        ref = d.lookup_person(name)
        rows = d.posts_of(ref.key)
    _title(format, f"Posts held by {ref.name} ({ref.key})")
    emit(_dicts(rows), format, ["organization", "post", "role", "acting", "start", "end",
                                "source"], _fields(Official))


def chart(organization: OrgArg, db: DbOption = None,
          output: Annotated[Optional[Path], typer.Option(
              "--output", "-o", help="Write an SVG or PNG file (by its suffix) instead of "
              "drawing in the terminal.", show_default=False)] = None,
          since: Annotated[Optional[str], typer.Option(
              "--since", help="Start the time axis here (default: the first member).",
              show_default=False)] = None,
          until: Annotated[Optional[str], typer.Option(
              "--until", help="End the time axis here (default: today).",
              show_default=False)] = None, predecessors: PredecessorsOption = True) -> None:
    """Draw an organization's membership timeline: a bar per member's spells coloured by
    status, events marked, the officials along the top; in the terminal, or to SVG/PNG.

    Example: orgdb chart CSTO -o csto.svg
    """
    from orgdb.chart.layout import layout
    from orgdb.errors import OrgdbError, UsageError

    kind = output.suffix.casefold() if output else None
    if kind not in (None, ".svg", ".png"):
        raise UsageError(f"cannot tell the format of {output}", "name a .svg or .png file")
    with _open(db) as d:
        picture = layout(d, organization, since=since, until=until,
                         predecessors=predecessors)
    if output is None:
        from orgdb.chart import text
        from orgdb.cli.screen import SCREEN

        for line in text.render(picture, SCREEN.width or 100, SCREEN.colour):
            print(line)
        return
    try:
        if kind == ".svg":
            from orgdb.chart import svg

            output.write_text(svg.render(picture), encoding="utf-8")
        else:
            from orgdb.chart import png

            png.write(picture, output)
    except OSError as exc:
        raise OrgdbError(f"cannot write {output}: {exc.strerror or exc}") from None
    say(f"{output}: {len(picture.rows)} members, {len(picture.officials)} post(s)")


def search(text: Annotated[str, typer.Argument(help="Part of a name.")],
           db: DbOption = None, format: FormatOption = Format.table) -> None:
    """Find organizations, states, persons and treaties whose names match TEXT.

    Example: orgdb search collective
    """
    with _open(db) as d:
        rows = d.search(text)
    emit(_dicts(rows), format, ["kind", "key", "name", "matched"], _fields(SearchHit))


COMMANDS = [orgs, org, members, state, compare, officials, treaties, treaty, timeline, diff,
            person, chart, search, quality]


def register(app: typer.Typer) -> None:
    for fn in COMMANDS:
        app.command()(guarded(fn, tables=True))
