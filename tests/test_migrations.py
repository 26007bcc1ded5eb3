"""Migrations: pytest-alembic's built-in checks on both backends, plus orgdb's own rules."""

from __future__ import annotations

import ast
import sqlite3

from alembic.script import ScriptDirectory
from pytest_alembic.tests import (  # noqa: F401 - collected as tests, on both backends
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import inspect

from orgdb import config, db, migrate, resources


def _snapshot(path) -> tuple[list[tuple[str, str, str]], dict[str, list[tuple]]]:
    """Every schema object's SQL and every table's rows, in a stable order."""
    conn = sqlite3.connect(path)
    try:
        schema = conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        tables = [name for kind, name, _ in schema if kind == "table"]
        rows = {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()
    return schema, rows


def _tables(url: str) -> list[str]:
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


def test_sqlite_upgrade_downgrade_upgrade_is_identical(sqlite_url):
    target = config.resolve(sqlite_url)
    migrate.upgrade(target)
    first = _snapshot(target.sqlite_path)
    assert first[1]["alembic_version"] == [(db.head_revision(),)]
    migrate.downgrade(target, "base")
    migrate.upgrade(target)
    assert _snapshot(target.sqlite_path) == first


def test_downgrade_base_leaves_no_table(db_url):
    target = config.resolve(db_url)
    migrate.upgrade(target)
    assert "organization" in _tables(db_url)
    migrate.downgrade(target, "base")
    assert _tables(db_url) == []


def test_head_revision_matches_alembic():
    script = ScriptDirectory(str(resources.migrations_dir()))
    assert script.get_heads() == [db.head_revision()]


def test_revisions_form_a_linear_chain_named_by_file():
    files = sorted((resources.migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    assert [f.name[:4] for f in files] == db.known_revisions()
    previous = None
    for f in files:
        values = {}
        for node in ast.parse(f.read_text()).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                if node.targets[0].id in ("revision", "down_revision"):
                    values[node.targets[0].id] = ast.literal_eval(node.value)
        assert values == {"revision": f.name[:4], "down_revision": previous}, f.name
        previous = f.name[:4]


def test_each_revision_downgrades_to_exactly_what_came_before(db_url):
    """Upgrade one revision, downgrade it: the data is exactly as before, on both backends
    (ids aside: a row re-added later may get a new id, so rows are compared without them)."""
    from helpers import dump

    def rows(url):
        return {t: sorted((r[1:] for r in v), key=repr) for t, v in dump(url).items()}

    target = config.resolve(db_url)
    revisions = db.known_revisions()
    migrate.upgrade(target, revisions[0])
    for previous, revision in zip(revisions, revisions[1:], strict=False):
        before = rows(db_url)
        migrate.upgrade(target, revision)
        assert rows(db_url) != before or revision == "0002", f"{revision} added nothing"
        migrate.downgrade(target, previous)
        assert rows(db_url) == before, f"downgrading {revision} did not restore {previous}"
        migrate.upgrade(target, revision)
