"""A SQLite database's schema as what it declares, so that two databases built different
ways compare equal when they hold the same tables, columns, constraints and indexes:
whitespace collapsed, a CREATE TABLE's name unquoted (alembic's batch mode rebuilds and
renames a table as `"x"`) and its constraints sorted (batch mode writes them in set
order); columns keep their order. Restore checks a backup against it."""

from __future__ import annotations

import re
import sqlite3

_TABLE = re.compile(r'CREATE TABLE "?(\w+)"? \((.*)\)', re.S)


def normal(sql: str | None) -> str | None:
    if sql is None:
        return None
    sql = " ".join(sql.split())
    m = _TABLE.fullmatch(sql)
    if not m:
        return sql
    items, depth, item = [], 0, ""
    for ch in m[2]:
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            items.append(item.strip())
            item = ""
        else:
            item += ch
    items.append(item.strip())
    columns = [i for i in items if not i.startswith("CONSTRAINT")]
    constraints = sorted(i for i in items if i.startswith("CONSTRAINT"))
    return f"CREATE TABLE {m[1]} ({', '.join(columns + constraints)})"


def schema(conn: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    """Every table, index, trigger and view (SQLite's own aside), as what it declares."""
    return [(kind, name, normal(sql)) for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name")]
