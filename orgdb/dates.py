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


class PartialDate(str):
    """A date at its precision, for the Python API: it is the string every output prints
    ('2011', '2011-08', '2011-08-12'), so JSON and CSV keep strings, and it carries `date`,
    the datetime.date stored for it (a partial start's first day, a partial end's last),
    and `precision` ('day', 'month' or 'year')."""

    date: dt.date
    precision: str

    def __new__(cls, text: str, date: dt.date, precision: str) -> PartialDate:
        obj = super().__new__(cls, text)
        obj.date, obj.precision = date, precision
        return obj

    def __repr__(self) -> str:
        return f"PartialDate({str(self)!r}, precision={self.precision!r})"


def partial_date(value: dt.date | str | None, precision: str | None) -> PartialDate | None:
    """A stored date and its precision as a PartialDate (None stays None)."""
    text = format_partial(value, precision)
    if text is None:
        return None
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return PartialDate(text, day, precision or "day")


def format_partial(value: dt.date | str | None, precision: str | None) -> str | None:
    """Print a date at its precision: a year-precision date prints as '2011'."""
    if value is None:
        return None
    iso = value if isinstance(value, str) else value.isoformat()
    return iso[:4] if precision == "year" else iso[:7] if precision == "month" else iso[:10]
