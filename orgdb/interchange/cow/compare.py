"""Comparing COW's rows for an organization the database already holds (curated) with the
curated data: never written, every disagreement reported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from orgdb.interchange.cow.columns import STATUS
from orgdb.interchange.cow.reader import Block


@dataclass(frozen=True)
class Disagreement:
    organization: str
    subject: str  # a state's name, or 'founded' / 'dissolved'
    years: str
    cow: str
    curated: str

    def __str__(self) -> str:
        years = f" {self.years}" if self.years else ""
        return (f"{self.organization}: {self.subject}{years}: COW says {self.cow}, "
                f"the curated data says {self.curated}")


def compare(conn: Any, tables: dict[str, Any], block: Block, org_id: int,
            first: dict[str, str], states: Any) -> list[Disagreement]:
    """Where COW's rows for one IGO disagree with the organization `org_id` in the
    database (`states`: the frozen writer's ColumnStates, the state each year of
    each column is compared as)."""
    t = tables["organization"]
    org = conn.execute(sa.select(t.c.code, t.c.founded, t.c.dissolved)
                       .where(t.c.id == org_id)).one()
    out = _dates(org, first)
    spells = _spells(conn, tables["membership"], org_id)
    claims = _claims(block, states)
    st = tables["state"]
    names = dict(conn.execute(sa.select(st.c.id, st.c.name)).all()) if claims else {}
    for sid, per in sorted(claims.items(), key=lambda kv: names.get(kv[0], "")):
        found = [d for year in sorted(per) if (d := _year(year, per[year],
                                                          spells.get(sid, ())))]
        for y0, y1, cow, ours in _group(found):
            out.append(Disagreement(org.code, names.get(sid, str(sid)),
                                    str(y0) if y0 == y1 else f"{y0}-{y1}", cow, ours))
    return out


def _dates(org: Any, first: dict[str, str]) -> list[Disagreement]:
    out = []
    for label, cow_text, ours in (("founded", first["sdate"], org.founded),
                                  ("dissolved", first["deaddate"], org.dissolved)):
        cow_year = int(cow_text) if cow_text.strip().isdigit() else None
        our_year = as_date(ours).year if ours is not None else None
        if cow_year is not None and our_year is not None and cow_year != our_year:
            out.append(Disagreement(org.code, label, "", str(cow_year), str(our_year)))
        elif cow_year is not None and our_year is None and label == "dissolved":
            out.append(Disagreement(org.code, label, "", str(cow_year), "not dissolved"))
    return out


# COW has no word for these: a suspended member is still a member to it, and a participant
# of a founding agreement (the CIS's 1991-1993 states, say) is what it calls a full member.
_AS_COW = {"suspended": "member", "participant": "member"}


def _spells(conn: Any, m: Any, org_id: int) -> dict[int, list[tuple[dt.date, dt.date, str]]]:
    spells: dict[int, list[tuple[dt.date, dt.date, str]]] = {}
    for sid, status, start, end in conn.execute(
            sa.select(m.c.state_id, m.c.status, m.c.start_date, m.c.end_date)
            .where(m.c.organization_id == org_id)):
        spells.setdefault(sid, []).append(
            (as_date(start), as_date(end) if end is not None else dt.date.max,
             status))
    return spells


def _claims(block: Block, states: Any) -> dict[int, dict[int, str]]:
    """COW's claim per compared state: year -> status ('' for not a member)."""
    claims: dict[int, dict[int, str]] = {}
    for j in range(len(states.own)):
        for year, row in zip(block.years, block.rows, strict=True):
            sid = states.state(j, year)
            cell = row[3 + j]
            if sid is None or cell in ("-9", "-1"):
                continue
            status = STATUS.get(cell, "")
            per = claims.setdefault(sid, {})
            if status or year not in per:
                per[year] = status
    return claims


def _year(year: int, cow: str, spells: Any) -> tuple[int, str, str] | None:
    full, partial = set(), set()
    for start, end, status in spells:
        if start <= dt.date(year, 1, 1) and end >= dt.date(year, 12, 31):
            full.add(status)
        elif start <= dt.date(year, 12, 31) and end >= dt.date(year, 1, 1):
            partial.add(status)
    if cow and cow not in {_AS_COW.get(s, s) for s in full | partial}:
        return year, cow, "/".join(sorted(full | partial)) or "not a member"
    if not cow and full:
        return year, "not a member", "/".join(sorted(full))
    return None


def _group(found: list[tuple[int, str, str]]) -> Iterator[tuple[int, int, str, str]]:
    """Consecutive years with the same disagreement, as (first, last, cow, ours)."""
    run: list[Any] | None = None
    for year, cow, ours in found:
        if run and run[1] == year - 1 and run[2:] == [cow, ours]:
            run[1] = year
            continue
        if run:
            yield tuple(run)  # type: ignore[misc]
        run = [year, year, cow, ours]
    if run:
        yield tuple(run)  # type: ignore[misc]


def as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
