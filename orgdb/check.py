"""`orgdb check`: the data rules the database cannot enforce on its own."""

from __future__ import annotations

from dataclasses import dataclass

from orgdb import queries as q
from orgdb.dates import format_partial
from orgdb.db import Reader


@dataclass(frozen=True)
class Finding:
    rule: str
    detail: str

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "detail": self.detail}


def _d(value) -> str:
    return format_partial(value, "day") or "open"


def run(reader: Reader) -> list[Finding]:
    """Every finding, grouped by rule; an empty list means the data passes."""
    out: list[Finding] = []
    for r in reader.rows(q.CHECK_MEMBERSHIP_OVERLAP):
        out.append(Finding("overlapping memberships",
                           f"{r['state']} in {r['organization']} ({r['status']}): spells from "
                           f"{_d(r['a_start'])} and {_d(r['b_start'])} overlap"))
    for r in reader.rows(q.CHECK_TENURE_OVERLAP, {"true": True}):
        out.append(Finding("overlapping tenures",
                           f"{r['post']} of {r['organization']}: {r['a_person']} (from "
                           f"{_d(r['a_start'])}) and {r['b_person']} (from {_d(r['b_start'])})"))
    for r in reader.rows(q.CHECK_END_BEFORE_START):
        out.append(Finding("end before start",
                           f"{r['kind']} {r['what']}: ends {_d(r['end_date'])} before it "
                           f"starts {_d(r['start_date'])}"))
    for r in reader.rows(q.CHECK_OUTSIDE_LIFETIME):
        out.append(Finding("membership outside the organization's lifetime",
                           f"{r['state']} in {r['organization']} from {_d(r['start_date'])} to "
                           f"{_d(r['end_date'])}; organization {_d(r['founded'])} to "
                           f"{_d(r['dissolved'])}"))
    for r in reader.rows(q.CHECK_UNSOURCED):
        out.append(Finding("fact without a source", f"{r['kind']} {r['what']}"))
    return out
