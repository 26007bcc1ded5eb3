"""For an application that keeps orgdb's data beside its own (docs/host.md): orgdb's
tables in the application's MetaData, under orgdb's schema, so that its models can refer
to them (`foreign_key="orgdb.organization.id"`), and an alembic `include_object` that
keeps the application's autogenerate off them. orgdb's own migrations keep its tables;
the application's never create, alter or drop them.

On PostgreSQL orgdb's tables live in schema `orgdb` of the same database; on SQLite in a
file of its own, which the application ATTACHes as `orgdb`.
"""

from __future__ import annotations

from typing import Any

from orgdb.store.revisions import ALL_TABLES
from orgdb.store.target import DEFAULT_SCHEMA

_MARK = "orgdb"  # Table.info key of the tables add_tables copied


def add_tables(metadata: Any, schema: str = DEFAULT_SCHEMA) -> dict[str, Any]:
    """Copy orgdb's tables (at this orgdb's head) into `metadata` under `schema`; the
    copies by name. They describe orgdb's tables for foreign keys and queries; the
    application's migrations must leave them to orgdb (include_object)."""
    from orgdb.store.models import METADATA

    copies = {}
    for table in METADATA.sorted_tables:
        copy = table.to_metadata(metadata, schema=schema)
        copy.info[_MARK] = True
        copies[table.name] = copy
    return copies


def include_object(obj: Any, name: str | None, type_: str, reflected: bool,
                   compare_to: Any) -> bool:
    """alembic's include_object hook: False for orgdb's tables and what belongs to them
    (their columns, indexes and constraints), found in the application's metadata (the
    copies of add_tables) or in the database (in orgdb's schema, or tables of orgdb's
    names that the application's metadata does not declare); True for everything else.
    An application's foreign key into orgdb's tables is compared where the database holds
    it; SQLite holds none across files, and there it is passed over."""
    if type_ == "foreign_key_constraint" and not reflected and compare_to is None:
        if obj.referred_table.info.get(_MARK):
            return False
    table = obj if type_ == "table" else getattr(obj, "table", None)
    if table is None:
        return True
    if table.info.get(_MARK):
        return False
    if reflected and table.schema == DEFAULT_SCHEMA:
        return False
    if reflected and type_ == "table" and compare_to is None and table.name in ALL_TABLES:
        return False  # orgdb's table in the application's own schema or file
    return True
