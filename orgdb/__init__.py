"""orgdb: the reference database of international-organization memberships.

    >>> import orgdb
    >>> with orgdb.connect() as db:
    ...     [m.state for m in db.members("CSTO", as_of="2011-08-12")]

`import orgdb` does no I/O and imports nothing heavy: the API is loaded on first use.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not imported from typing: `python -m orgdb` loads this module
# first, and the command line's start-up stays free of imports until it can handle Ctrl-C

__version__ = "0.2.0"
__all__ = ["connect", "Database", "ImportResult", "NotFound", "OrgdbError", "DatabaseError",
           "UsageError", "ChangesetError", "Member", "Official", "StateAction", "Event",
           "SearchHit", "PartialDate"]

_FROM = {"connect": "database", "Database": "database", "ImportResult": "database",
         "Member": "read.records", "Official": "read.records", "StateAction": "read.records",
         "Event": "read.records", "SearchHit": "read.records", "NotFound": "errors",
         "OrgdbError": "errors", "DatabaseError": "errors", "UsageError": "errors",
         "ChangesetError": "errors", "PartialDate": "dates"}

if TYPE_CHECKING:
    from orgdb.database import Database, ImportResult, connect
    from orgdb.dates import PartialDate
    from orgdb.errors import ChangesetError, DatabaseError, NotFound, OrgdbError, UsageError
    from orgdb.read.records import Event, Member, Official, SearchHit, StateAction


def __getattr__(name: str) -> object:
    if name in _FROM:
        import importlib

        return getattr(importlib.import_module(f"orgdb.{_FROM[name]}"), name)
    raise AttributeError(f"module 'orgdb' has no attribute {name!r}")
