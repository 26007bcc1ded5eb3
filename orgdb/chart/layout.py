"""What a membership chart shows, in years as numbers: one row per member with its spells
coloured by status and its dated events marked, the officials along the top, and the
span of time the axis covers. The renderers only draw this."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from orgdb.vocabulary import TREATY_ACTIONS

# One colour per status, shared by every renderer (and the terminal's nearest ANSI colour).
COLOURS = {"member": "#2e7d32", "associate": "#00838f", "participant": "#00838f",
           "observer": "#1565c0", "partner": "#6a1b9a", "dialogue partner": "#6a1b9a",
           "suspended": "#c62828"}
OTHER = "#757575"
# Timeline kinds that are not events on a member's bar (its spells show them already).
_NOT_MARKED = ("joined", "left", "took office", "left office", "founded", "dissolved",
               "body founded", "treaty signed", "treaty in force")


class Spell(NamedTuple):
    start: float
    end: float
    status: str
    open_ended: bool  # still current: the bar runs to the chart's end


class Row(NamedTuple):
    label: str
    code: str
    spells: list[Spell]
    events: list[tuple[float, str]]  # (when, what)


class Tenure(NamedTuple):
    start: float
    end: float
    person: str
    acting: bool


class Chart(NamedTuple):
    title: str
    start: float
    end: float
    rows: list[Row]
    officials: list[tuple[str, list[Tenure]]]  # (post, tenures)


def year(text: str | None, *, end: bool = False) -> float | None:
    """'2011-08-12', '2011-08' or '2011' as a fractional year (a partial end counts to the
    end of its period)."""
    return _year(text, end=end) if text else None


def _year(text: str, *, end: bool = False) -> float:
    """`year` of a text known to be non-empty."""
    from orgdb.dates import parse_partial

    day, _ = parse_partial(text, end=end)
    if end and (day.month, day.day) == (12, 31):
        return day.year + 1.0  # the end of the last day (9999-12-31 has no day after it)
    first = dt.date(day.year, 1, 1)
    return day.year + ((day - first).days + (1 if end else 0)) / 365.25


def layout(db, organization: str, *, since: str | None = None,
           until: str | None = None, predecessors: bool = True) -> Chart:
    """The chart of one organization from the handle `db` (orgdb.connect), its
    predecessors' spells, events and officials included unless predecessors=False. Names
    are printed with their control characters escaped, as everywhere else."""
    from orgdb.text import escape

    chart = _layout(db, organization, since, until, predecessors)
    return chart._replace(
        title=escape(chart.title),
        rows=[r._replace(label=escape(r.label)) for r in chart.rows],
        officials=[(escape(p), [t._replace(person=escape(t.person)) for t in ts])
                   for p, ts in chart.officials])


AXIS = range(1800, 2101)  # the years a chart's axis may show


def _axis_year(option: str, text: str | None, *, end: bool = False) -> float | None:
    """--since or --until as a fractional year; a domain error outside AXIS."""
    if text is None:
        return None
    value = _year(text, end=end)
    if int(value) not in AXIS:
        from orgdb.errors import OrgdbError

        raise OrgdbError(f"{option} {text} is outside the years a chart shows "
                         f"({AXIS.start}-{AXIS.stop - 1})", f"give {option} a year in that range")
    return value


def _layout(db, organization: str, since: str | None, until: str | None,
            predecessors: bool) -> Chart:
    asked_lo, asked_hi = _axis_year("--since", since), _axis_year("--until", until, end=True)
    org = db.lookup_organization(organization)
    detail = db.organization(org)
    chain = db.chain(org) if predecessors else [org]
    members = db.members(org, history=True, predecessors=predecessors)
    now = asked_hi if asked_hi is not None else _year(dt.date.today().isoformat(), end=True)
    starts = [y for m in members if (y := year(m.start)) is not None]
    lo = asked_lo if asked_lo is not None else min([*starts, year(detail.founded) or now])
    hi = min(now, year(detail.dissolved, end=True) or now)
    rows: dict[str, Row] = {}
    for m in sorted(members, key=lambda m: (m.start or "", m.state)):
        s, e = year(m.start), year(m.end, end=True)
        if s is None or s > hi or (e is not None and e < lo):
            continue
        row = rows.setdefault(m.state_code, Row(m.state, m.state_code, [], []))
        row.spells.append(Spell(max(s, lo), min(e or hi, hi), m.status, e is None))
    for ev in db.timeline(org, predecessors=predecessors):
        when = year(ev.date)
        subject = next((r for r in rows.values() if r.label == ev.subject), None)
        if subject and when is not None and lo <= when <= hi and ev.kind not in _NOT_MARKED \
                and ev.kind not in TREATY_ACTIONS:
            subject.events.append((when, ev.kind))
    posts: dict[str, list[Tenure]] = {}
    for o in db.officials(org, history=True, predecessors=predecessors):
        s, e = year(o.start), year(o.end, end=True)
        if s is None or s > hi or (e is not None and e < lo):
            continue
        posts.setdefault(o.post, []).append(Tenure(max(s, lo), min(e or hi, hi), o.person,
                                                   o.acting))
    before = ", ".join(o.code for o in reversed(chain[1:]))
    return Chart(f"{org.name} ({org.code})" + (f", with {before} before it" if before else ""),
                 lo, hi, list(rows.values()),
                 sorted(posts.items()))


def ticks(start: float, end: float, most: int = 12) -> list[int]:
    """Years to label on the axis: every 1, 2, 5, 10, 20 or 50 years, at most `most`."""
    span = max(end - start, 1)
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if span / s <= most), 200)
    first = int(start) + (-int(start)) % step
    return list(range(first, int(end) + 1, step))
