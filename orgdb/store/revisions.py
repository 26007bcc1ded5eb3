"""The schema revisions this orgdb ships, known without importing alembic: each file in
migrations/versions is named by its 4-digit revision id (a test keeps this honest)."""

from __future__ import annotations

from collections.abc import Sequence

from orgdb import resources
from orgdb.errors import DatabaseError
from orgdb.store.target import Target

BASE = "base"  # the revision of a database with no orgdb table, in every message

# The tables each schema revision adds (none drops one); a test checks them against what
# the schema revisions build. A database that says it is at a revision must have them.
TABLES_ADDED = {
    "0001": ("alembic_version", "source", "organization", "state", "membership",
             "organization_identifier", "organization_name", "person", "post", "state_name",
             "treaty", "membership_event", "tenure", "treaty_action"),
    "0002": ("cow_igo", "cow_state", "cow_span", "cow_cell_run"),
    "0015": ("organization_event",),
    "0021": ("organization_succession", "state_succession"),
    "0049": ("cow_state_period",),
    "0083": ("data_currency",),
    "0088": ("known_gap",),
}
ALL_TABLES = tuple(t for added in TABLES_ADDED.values() for t in added)


def tables_at(revision: str) -> set[str]:
    """orgdb's tables in a database at `revision`."""
    return {t for rev, added in TABLES_ADDED.items() if rev <= revision for t in added}


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
    missing = sorted(tables_at(revision) - set(tables))
    if missing:  # another application's alembic_version that happens to say 0001
        raise DatabaseError(
            f"{target.describe()} is not an orgdb database (its alembic_version says "
            f"{revision}, but it has no table {', '.join(missing[:3])}"
            + (", ..." if len(missing) > 3 else "") + ")",
            "name an orgdb database with --db, or a new file to create one")
    return "head" if revision == revisions[-1] else "behind"


def behind(target: Target, revision: str | None) -> DatabaseError:
    """The error for a database the user named that is not at head."""
    return DatabaseError(
        f"{target.describe()} is at revision {revision or BASE}; this orgdb needs {head()}",
        f"run: orgdb db upgrade{target.option()}",
    )
