"""The schema revisions this orgdb ships, known without importing alembic: each file in
migrations/versions is named by its 4-digit revision id (a test keeps this honest)."""

from __future__ import annotations

from collections.abc import Sequence

from orgdb import resources
from orgdb.errors import DatabaseError
from orgdb.store.target import Target

BASE = "base"  # the revision of a database with no orgdb table, in every message


def known() -> list[str]:
    """Revision ids, oldest first."""
    versions = resources.migrations_dir() / "versions"
    return sorted(p.name[:4] for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py"))


def head() -> str:
    return known()[-1]


def check(revision: str | None, tables: Sequence[str], target: Target) -> str:
    """'head', 'behind' or 'empty'; raise for a database orgdb must not touch."""
    if revision is None:
        if [t for t in tables if not t.startswith("sqlite_") and t != "alembic_version"]:
            raise DatabaseError(
                f"{target.describe()} is not an orgdb database",
                "name an orgdb database with --db, or a new file to create one",
            )
        return "empty"
    revisions = known()
    if revision not in revisions:
        raise DatabaseError(
            f"{target.describe()} is at revision {revision}, unknown to this orgdb "
            f"(head {revisions[-1]}); it was written by a newer orgdb",
            "upgrade orgdb itself: pip install -U orgdb",
        )
    return "head" if revision == revisions[-1] else "behind"


def behind(target: Target, revision: str | None) -> DatabaseError:
    """The error for a database the user named that is not at head."""
    return DatabaseError(
        f"{target.describe()} is at revision {revision or BASE}; this orgdb needs {head()}",
        f"run: orgdb db upgrade{target.option()}",
    )
