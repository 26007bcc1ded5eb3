"""The day a data revision says the shipped data is current to (table data_currency,
schema revision 0083), FROZEN once released: never edit it then.

A data revision written after 0083 records its day on the way up and takes it away on the
way down; the data is current to the latest day recorded.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op


def record(revision: str, day: str) -> None:
    op.get_bind().execute(
        sa.text("INSERT INTO data_currency (revision, current_to) VALUES (:r, :d)"),
        {"r": revision, "d": dt.date.fromisoformat(day)})


def forget(revision: str) -> None:
    op.get_bind().execute(sa.text("DELETE FROM data_currency WHERE revision = :r"),
                          {"r": revision})
