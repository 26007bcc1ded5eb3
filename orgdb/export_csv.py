"""CSV export of memberships, tenures and treaty actions: one file per table, header row,
dates at their precision, empty cells for missing values.

A state's ISO code is written as it is: Namibia's alpha-2 `NA` is the two letters N and A.
Readers that turn `NA` into a missing value (pandas does by default) must be told not to;
see docs/interchange.md.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, TextIO

from orgdb.dates import format_partial

_SOURCE = "src.key AS source_key, src.title AS source, src.url AS source_url"

MEMBERSHIPS = f"""
SELECT o.code AS organization, o.name AS organization_name, s.code AS state_code,
       s.name AS state, s.alpha2, s.alpha3, m.status, m.start_date, m.start_precision,
       m.end_date, m.end_precision, m.end_reason, m.confidence, m.notes, {_SOURCE}
FROM membership m
JOIN organization o ON o.id = m.organization_id
JOIN state s ON s.id = m.state_id
JOIN source src ON src.id = m.source_id
ORDER BY o.code, s.code, m.start_date, m.status
"""

TENURES = f"""
SELECT o.code AS organization, p.key AS post_key, p.label AS post, pe.key AS person_key,
       pe.name AS person, t.role, t.acting, t.start_date, t.start_precision, t.end_date,
       t.end_precision, t.confidence, t.notes, {_SOURCE}
FROM tenure t
JOIN post p ON p.id = t.post_id
JOIN organization o ON o.id = p.organization_id
JOIN person pe ON pe.id = t.person_id
JOIN source src ON src.id = t.source_id
ORDER BY o.code, p.key, t.start_date, pe.key
"""

TREATY_ACTIONS = f"""
SELECT tr.code AS treaty, tr.title AS treaty_title, s.code AS state_code, s.name AS state,
       s.alpha2, s.alpha3, ta.action, ta.date, ta.date_precision, ta.confidence, ta.notes,
       {_SOURCE}
FROM treaty_action ta
JOIN treaty tr ON tr.id = ta.treaty_id
JOIN state s ON s.id = ta.state_id
JOIN source src ON src.id = ta.source_id
ORDER BY tr.code, s.code, ta.date, ta.action
"""

# table -> (query, output columns); a date column is printed at its precision.
TABLES: dict[str, tuple[str, list[str]]] = {
    "memberships": (MEMBERSHIPS, [
        "organization", "organization_name", "state_code", "state", "alpha2", "alpha3",
        "status", "start", "end", "end_reason", "confidence", "notes", "source_key", "source",
        "source_url"]),
    "tenures": (TENURES, [
        "organization", "post_key", "post", "person_key", "person", "role", "acting", "start",
        "end", "confidence", "notes", "source_key", "source", "source_url"]),
    "treaty_actions": (TREATY_ACTIONS, [
        "treaty", "treaty_title", "state_code", "state", "alpha2", "alpha3", "action", "date",
        "confidence", "notes", "source_key", "source", "source_url"]),
}
_DATES = {"start": ("start_date", "start_precision"), "end": ("end_date", "end_precision"),
          "date": ("date", "date_precision")}


def _value(row: dict[str, Any], column: str) -> Any:
    if column in _DATES:
        value, precision = _DATES[column]
        return format_partial(row[value], row[precision]) or ""
    value = row[column]
    if column == "acting":
        return "true" if value else "false"
    return "" if value is None else value


def write_table(reader: Any, table: str, out: TextIO) -> int:
    """Write one table (memberships, tenures or treaty_actions) as CSV; returns rows."""
    sql, columns = TABLES[table]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    rows = reader.rows(sql)
    for row in rows:
        writer.writerow([_value(row, c) for c in columns])
    return len(rows)


def write_all(reader: Any, directory: Path, tables: list[str] | None = None) -> dict[str, int]:
    """Write each table to DIRECTORY/<table>.csv; returns rows per file name."""
    directory.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for table in tables or list(TABLES):
        path = directory / f"{table}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            counts[str(path)] = write_table(reader, table, f)
    return counts
