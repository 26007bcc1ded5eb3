"""`orgdb export cow`: the IGO-year table written back from the database, cell for cell."""

from __future__ import annotations

import csv
from typing import Any, TextIO

from orgdb.interchange.cow import queries as q
from orgdb.interchange.cow.columns import (
    CELL_OF_STATUS,
    FIRST_YEAR,
    HEAD,
    LAST_YEAR,
    META,
    SOURCE,
    SPAN_COLUMNS,
    CowError,
)


def export_cow(reader: Any, out: TextIO) -> int:
    """Write the IGO-year table back from the database (an orgdb.db.Reader); returns the
    number of rows. Cells 1/2/3 of the IGOs the import created come from their
    COW-sourced memberships; every other cell from the raw runs."""
    states = reader.rows(q.COW_EXPORT_STATES)
    igos = reader.rows(q.COW_EXPORT_IGOS)
    if not states or not igos:
        raise CowError("the database holds no COW IGO data",
                       "import it first: orgdb import cow igo_year_formatv3.csv")
    index_of_cow = {s["id"]: i for i, s in enumerate(states)}
    column_of = _columns_of_state_years(reader, states, index_of_cow)
    n = len(states)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*HEAD, *(s["name"] for s in states), *META])
    count = 0
    for igo in igos:
        spans = reader.rows(q.COW_EXPORT_SPANS, {"igo": igo["id"]})
        rows: dict[int, list[str]] = {}
        for span in spans:
            for year in range(span["first_year"], span["last_year"] + 1):
                rows[year] = ["0"] * n
        for run in reader.rows(q.COW_EXPORT_RUNS, {"igo": igo["id"]}):
            j = index_of_cow[run["cow_state_id"]]
            for year in range(run["first_year"], run["last_year"] + 1):
                if year in rows:
                    rows[year][j] = run["value"]
        if igo["owned"] and igo["organization_id"] is not None:
            for mem in reader.rows(q.COW_EXPORT_MEMBERSHIPS, {"org": igo["organization_id"],
                                                         "source": SOURCE["key"]}):
                cell = CELL_OF_STATUS.get(mem["status"])
                if cell is None:
                    continue
                first = int(str(mem["start_date"])[:4])
                last = int(str(mem["end_date"])[:4]) if mem["end_date"] else max(rows)
                for year in range(first, last + 1):
                    col = column_of.get((mem["state_id"], year))
                    if year in rows and col is not None:
                        rows[year][col] = cell
        for span in spans:
            meta = [span[c] for c in SPAN_COLUMNS]
            for year in range(span["first_year"], span["last_year"] + 1):
                writer.writerow([igo["ioname"], meta[0], year, *rows[year], *meta[1:]])
                count += 1
    return count


def _columns_of_state_years(reader: Any, states: list[dict[str, Any]],
                            index_of_cow: dict[int, int]) -> dict[tuple[int, int], int]:
    """(state id, year) -> the column that year of that state is a cell of: the column's
    own state, but in its periods (cow_state_period) another state or none."""
    periods: dict[int, list[dict[str, Any]]] = {}
    for p in reader.rows(q.COW_EXPORT_PERIODS):
        periods.setdefault(index_of_cow[p["cow_state_id"]], []).append(p)
    out: dict[tuple[int, int], int] = {}
    for j, s in enumerate(states):
        spans = periods.get(j, [])
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            sid = next((p["state_id"] for p in spans
                        if p["first_year"] <= year <= p["last_year"]), s["state_id"])
            if sid is not None:
                out.setdefault((sid, year), j)
    return out
