"""Crash testing. With ORGDB_CRASH_AFTER=N set, a write kills its own process (SIGKILL,
or the signal named by ORGDB_CRASH_SIGNAL, e.g. INT for a Ctrl-C) right after its Nth SQL
statement. The tests use it to kill upgrades, downgrades, first uses and imports at every
statement boundary and check that the database is afterwards at the old or the new
revision. Unset, it costs nothing."""

from __future__ import annotations

import os
import signal
from typing import Any

_done = 0


def _limit() -> int | None:
    value = os.environ.get("ORGDB_CRASH_AFTER")
    return int(value) if value and value.isdigit() else None


def statement() -> None:
    """Count one statement; die after the Nth."""
    global _done
    limit = _limit()
    if limit is None:
        return
    _done += 1
    if _done >= limit:
        name = os.environ.get("ORGDB_CRASH_SIGNAL", "KILL").upper()
        os.kill(os.getpid(), getattr(signal, f"SIG{name}", signal.SIGKILL))


def instrument(engine: Any) -> None:
    if _limit() is None:
        return
    from sqlalchemy import event

    @event.listens_for(engine, "after_cursor_execute")
    def _after(*_args: Any) -> None:
        statement()
