"""Partial dates: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', stored as a date plus a precision."""

from __future__ import annotations

import calendar
import datetime as dt
import re

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
        raise UsageError(f"invalid date {text!r}", "no such day in the calendar") from None


def parse_day(text: str) -> dt.date:
    """Parse a full YYYY-MM-DD date (an --as-of argument)."""
    value, precision = parse_partial(text)
    if precision != "day":
        raise UsageError(f"invalid date {text!r}", "use a full date, YYYY-MM-DD")
    return value


def format_partial(value: dt.date | str | None, precision: str | None) -> str | None:
    """Print a date at its precision: a year-precision date prints as '2011'."""
    if value is None:
        return None
    iso = value if isinstance(value, str) else value.isoformat()
    return iso[:4] if precision == "year" else iso[:7] if precision == "month" else iso[:10]
