"""The writer lock: every write (upgrade, downgrade, import, restore) holds it, on both
backends, so writers never interleave. A second writer waits a bounded time
($ORGDB_LOCK_TIMEOUT seconds, default 30), then gives up with one line."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from typing import Any

from orgdb.errors import DatabaseError
from orgdb.store.target import Target

ADVISORY_KEY = 0x6F7267646200  # "orgdb": one key for every orgdb write to a database
_POLL = 0.05


def timeout() -> float:
    try:
        return max(0.0, float(os.environ.get("ORGDB_LOCK_TIMEOUT", "30")))
    except ValueError:
        return 30.0


def busy(target: Target) -> DatabaseError:
    return DatabaseError(f"another orgdb write is in progress on {target.describe()}",
                         "wait for it to finish, then run the command again")


def lock_path(target: Target):
    assert target.path is not None
    return target.path.with_name(target.path.name + ".lock")


@contextlib.contextmanager
def sqlite_writer(target: Target) -> Iterator[None]:
    """An exclusive flock on a file beside the database, held for the with-block."""
    import fcntl

    path = lock_path(target)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+b")  # noqa: SIM115 - held for the with-block
    except OSError as exc:
        raise DatabaseError(f"cannot write beside {target.path}: {exc.strerror}") from None
    with handle:
        deadline = time.monotonic() + timeout()
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise busy(target) from None
                time.sleep(_POLL)
        yield


def postgres_writer(conn: Any, target: Target) -> None:
    """A transaction-scoped advisory lock, taken at the start of the write transaction
    and released by its commit or rollback."""
    from sqlalchemy import text

    deadline = time.monotonic() + timeout()
    while not conn.execute(text(f"SELECT pg_try_advisory_xact_lock({ADVISORY_KEY})")).scalar():
        if time.monotonic() >= deadline:
            raise busy(target)
        time.sleep(_POLL)
