"""Partial dates: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', stored as a date plus a precision."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from orgdb.errors import UsageError

_PARTIAL = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")  # ASCII digits only



def parse_partial(text: str, *, end: bool = False) -> tuple[dt.date, str]:
    """Parse a partial ISO date. A partial start is its period's first day, an end its last."""
    m = _PARTIAL.match(text.strip()) if isinstance(text, str) else None
    if not m:
        raise UsageError(f"invalid date {text!r}", "use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day:
            return dt.date(year, int(month), int(day)), "day"
        if month:
            mon = int(month)
            last = calendar.monthrange(year, mon)[1] if 1 <= mon <= 12 else 0
            return dt.date(year, mon, last if end else 1), "month"
        return (dt.date(year, 12, 31) if end else dt.date(year, 1, 1)), "year"
    except ValueError:
        raise UsageError(f"invalid date {text!r}", "no such month or day in the calendar") from None


class Period(NamedTuple):
    """The days an --as-of date names: one day, or a whole month or year ('2011')."""

    start: dt.date
    end: dt.date
    text: str  # as asked, at its precision

    @property
    def one_day(self) -> bool:
        return self.start == self.end

    @property
    def sql(self) -> dict[str, dt.date]:
        """The query parameters: a spell is in the period when start <= :e and end >= :d."""
        return {"d": self.start, "e": self.end}


def parse_period(value: str | dt.date | Period | None) -> Period:
    """An --as-of argument: YYYY-MM-DD, or YYYY-MM / YYYY for any time in that period;
    None is today."""
    if isinstance(value, Period):
        return value
    if value is None:
        value = dt.date.today()
    if isinstance(value, dt.date):
        return Period(value, value, value.isoformat())
    start, precision = parse_partial(value)
    end, _ = parse_partial(value, end=True)
    return Period(start, end, format_partial(start, precision) or "")


def format_partial(value: dt.date | str | None, precision: str | None) -> str | None:
    """Print a date at its precision: a year-precision date prints as '2011'."""
    if value is None:
        return None
    iso = value if isinstance(value, str) else value.isoformat()
    return iso[:4] if precision == "year" else iso[:7] if precision == "month" else iso[:10]
