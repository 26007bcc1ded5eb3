"""The Correlates of War IGO data set, version 3 (IGO-year format): its columns, cell codes
and source row for the reader, the importer and the export, taken from the frozen writer
that defines them."""

from __future__ import annotations

import datetime as dt

from orgdb.errors import OrgdbError
from orgdb.resources import cow_applier

# The file's layout, as the frozen writer (migrations/orgdb_appliers/cow_v1.py) defines it.
_FORMAT = cow_applier()
SOURCE, HEAD, META = _FORMAT.SOURCE, _FORMAT.HEAD, _FORMAT.META
SPAN_COLUMNS, STATUS = _FORMAT.SPAN_COLUMNS, _FORMAT.STATUS

STATES_FILE = "states2016.csv"
YEAR_COLUMNS = ("year", "sdate", "deaddate")  # four ASCII digits (sdate, deaddate may be empty)
CELL_OF_STATUS = {v: k for k, v in STATUS.items()}
CELLS = frozenset({"0", "1", "2", "3", "-9", "-1"})
COW_DATA_END = dt.date(2016, 12, 31)  # states2016.csv's end for a state still in the system
FIRST_YEAR, LAST_YEAR = _FORMAT.FIRST_YEAR, _FORMAT.LAST_YEAR  # the years a column may hold


class CowError(OrgdbError):
    """The COW file cannot be imported (named with file, line and column), or the database
    holds no COW data to export."""
