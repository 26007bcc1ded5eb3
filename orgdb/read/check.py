"""`orgdb check`: the data rules the database cannot enforce on its own.

A finding in curated data is an error. The same finding in an organization an import
created (curated = false) is the source's own inconsistency, which the import kept as the
source has it and reported: it is a warning, and does not fail the check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from orgdb.dates import format_partial
from orgdb.read import queries as q


@dataclass(frozen=True)
class Finding:
    rule: str
    detail: str
    severity: str = "error"  # or 'warning', or 'note' (orgdb check --cow)

    def as_dict(self) -> dict[str, str]:
        return {"severity": self.severity, "rule": self.rule, "detail": self.detail}


def _d(value: Any) -> str:
    return format_partial(value, "day") or "open"


def _severity(row: dict[str, Any]) -> str:
    return "error" if row.get("curated", True) else "warning"


def run(reader: Any) -> list[Finding]:
    """Every finding, grouped by rule; no error means the data passes."""
    out: list[Finding] = []
    for r in reader.rows(q.CHECK_MEMBERSHIP_OVERLAP):
        out.append(Finding("overlapping memberships",
                           f"{r['state']} in {r['organization']} ({r['status']}): spells from "
                           f"{_d(r['a_start'])} and {_d(r['b_start'])} overlap", _severity(r)))
    for r in reader.rows(q.CHECK_TENURE_OVERLAP, {"true": True}):
        if not _certain_overlap(r):
            continue  # only the imprecision of a month or a year makes them meet
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
                           f"{_d(r['dissolved'])}", _severity(r)))
    for r in reader.rows(q.CHECK_PARENT_CYCLE):
        out.append(Finding("organization is its own ancestor",
                           f"{r['organization']} is in a cycle of parent organizations"))
    for r in reader.rows(q.CHECK_UNSOURCED):
        out.append(Finding("fact without a source", f"{r['kind']} {r['what']}"))
    return out


def _certain_overlap(r: dict[str, Any]) -> bool:
    """Whether two spans share a day wherever within its period each imprecise boundary
    falls: the latest possible starts against the earliest possible ends."""
    import datetime as dt

    def day(value: Any) -> dt.date | None:
        return None if value is None else dt.date.fromisoformat(str(value)[:10])

    def latest_start(value: Any, precision: str) -> dt.date:
        d = day(value)
        assert d is not None  # tenure.start_date is NOT NULL
        if precision == "year":
            return d.replace(month=12, day=31)
        if precision == "month":
            nxt = d.replace(day=28) + dt.timedelta(days=4)
            return nxt - dt.timedelta(days=nxt.day)
        return d

    def earliest_end(value: Any, precision: str) -> dt.date:
        d = day(value)
        if d is None:
            return dt.date.max
        return d.replace(month=1, day=1) if precision == "year" else d.replace(
            day=1) if precision == "month" else d

    return (latest_start(r["a_start"], r["a_start_precision"])
            <= earliest_end(r["b_end"], r["b_end_precision"])
            and latest_start(r["b_start"], r["b_start_precision"])
            <= earliest_end(r["a_end"], r["a_end_precision"]))


def sources(reader: Any) -> list[Finding]:
    """The sourcing standard (orgdb.read.source_rules): an error for a source that curated
    facts rest on, a warning for any other (one only an import's rows cite, or none)."""
    from orgdb.read import source_rules

    curated = {r["key"] for r in reader.rows(q.CHECK_CURATED_CITATIONS, {"true": True})}
    rows = reader.rows(q.CHECK_SOURCES)
    out = []
    for rule, detail in source_rules.findings(rows, curated):
        key = detail.split(":", 1)[0]
        severe = key in curated and rule != "source undated"
        out.append(Finding(rule, detail, "error" if severe else "warning"))
    for r in reader.rows(q.CHECK_NOTE_TEXTS):
        for url in source_rules.urls_in(r["text"]):
            problem = source_rules.url_problem(url)
            if problem:
                out.append(Finding("note URL", f"{r['kind']} {r['what']}: {url} {problem}"))
    for r in reader.rows(q.CHECK_ENCYCLOPEDIA_CONFIDENCE):
        out.append(Finding("encyclopedia without low confidence",
                           f"{r['kind']} {r['what']} rests on {r['key']} (an encyclopedia, cited "
                           "where no original was found): its confidence must be low"))
    return out


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]
