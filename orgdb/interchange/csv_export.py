"""CSV export of memberships, tenures and treaty actions: one file per table, header row,
dates at their precision, empty cells for missing values.

A state's ISO code is written as it is: Namibia's alpha-2 `NA` is the two letters N and A.
Readers that turn `NA` into a missing value (pandas does by default) must be told not to;
see docs/interchange.md.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from orgdb.dates import format_partial
from orgdb.read import queries as q

# table -> (query, output columns); a date column is printed at its precision.
TABLES: dict[str, tuple[str, list[str]]] = {
    "memberships": (q.EXPORT_MEMBERSHIPS, [
        "organization", "organization_name", "state_code", "state", "member_type", "alpha2",
        "alpha3", "status", "start", "end", "end_reason", "observed_until", "confidence", "notes",
        "source_key", "source", "source_url"]),
    "tenures": (q.EXPORT_TENURES, [
        "organization", "post_key", "post", "person_key", "person", "role", "acting", "start",
        "end", "confidence", "notes", "source_key", "source", "source_url"]),
    "treaty_actions": (q.EXPORT_TREATY_ACTIONS, [
        "treaty", "treaty_title", "organization", "state_code", "state", "alpha2", "alpha3",
        "action", "date", "confidence", "notes", "source_key", "source", "source_url"]),
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


def write_table(reader: Any, table: str, out: TextIO,
                organizations: frozenset[str] | None = None) -> int:
    """Write one table (memberships, tenures or treaty_actions) as CSV, or only the rows of
    `organizations` (codes: an organization and its predecessors); returns rows."""
    sql, columns = TABLES[table]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    rows = [r for r in reader.rows(sql)
            if organizations is None or r["organization"] in organizations]
    for row in rows:
        writer.writerow([_value(row, c) for c in columns])
    return len(rows)


def write_all(reader: Any, directory: Path, tables: list[str] | None = None,
              organizations: frozenset[str] | None = None) -> dict[str, int]:
    """Write each table to DIRECTORY/<table>.csv; returns rows per file name."""
    directory.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for table in tables or list(TABLES):
        path = directory / f"{table}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            counts[str(path)] = write_table(reader, table, f, organizations)
    return counts


def write_rows(rows: Sequence[dict[str, Any]], fields: Sequence[str], out: TextIO) -> None:
    """A lookup's rows as CSV, as the command line's --format csv and the web API's
    ?format=csv write them: the record's fields as the header (one header whether rows
    match or not) and any other key a row has; booleans `true`/`false`, lists joined by
    '; ', control characters escaped."""
    from orgdb.text import escape

    def cell(value: Any) -> Any:
        if isinstance(value, bool):  # one spelling everywhere, as `export csv` writes them
            return "true" if value else "false"
        if isinstance(value, list):
            value = "; ".join(json.dumps(v, ensure_ascii=False) if isinstance(v, dict)
                              else str(v) for v in value)
        if isinstance(value, dict):
            value = json.dumps(value, ensure_ascii=False)
        return escape(value) if isinstance(value, str) else value

    header = list(dict.fromkeys([*fields, *(k for row in rows for k in row)]))
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: cell(v) for k, v in row.items()})
