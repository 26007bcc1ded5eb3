"""The anchor of the COW benchmarks: a copy of a database at head with the COW data that
revision 0052 carries taken back (by the frozen writer's own removal), the curated data
alone, compacted as a first use's copy is: the database as it was before COW was carried."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path


def without_cow(db: Path, copy: Path) -> None:
    import sqlalchemy as sa

    from orgdb.resources import cow_applier

    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db, copy)
    engine = sa.create_engine(f"sqlite:///{copy}")
    with engine.begin() as conn:
        cow_applier().remove(conn)
    engine.dispose()
    conn = sqlite3.connect(copy)
    conn.execute("VACUUM")
    conn.close()
