"""Migrations: pytest-alembic's built-in checks on both backends, plus orgdb's own rules:
data revisions run no evolving application code, the shipped head.sql is the database the
migrations build, and every revision goes down to exactly what came before."""

from __future__ import annotations

import ast
import sqlite3

import pytest
from alembic.script import ScriptDirectory
from pytest_alembic.tests import (  # noqa: F401 - collected as tests, on both backends
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import inspect

from orgdb import resources
from orgdb.store import migrate, prebuilt, revisions
from orgdb.store.target import resolve


def _normal(sql: str | None) -> str | None:
    """A CREATE TABLE with its constraint clauses sorted: alembic's batch mode rebuilds a
    table with its constraints in set order, which differs from one process to the next."""
    if not sql or not sql.startswith("CREATE TABLE") or "\n\tCONSTRAINT" not in sql:
        return sql
    head, body = sql.split("(\n", 1)
    items = body.rsplit("\n)", 1)[0].split(", \n")
    columns = [i for i in items if not i.lstrip().startswith("CONSTRAINT")]
    constraints = sorted(i.strip() for i in items if i.lstrip().startswith("CONSTRAINT"))
    return head + "(" + " | ".join(c.strip() for c in columns) + " | " + " | ".join(
        constraints) + ")"


def _snapshot(path) -> tuple[list[tuple[str, str, str]], dict[str, list[tuple]]]:
    """Every schema object's SQL (constraints in a stable order) and every table's rows."""
    conn = sqlite3.connect(path)
    try:
        schema = [(kind, name, _normal(sql)) for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")]
        tables = [name for kind, name, _ in schema if kind == "table"]
        rows = {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()
    return schema, rows


def _tables(url: str) -> list[str]:
    from helpers import sa_engine

    engine = sa_engine(url)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


def test_sqlite_upgrade_downgrade_upgrade_is_identical(sqlite_url):
    target = resolve(sqlite_url)
    migrate.upgrade(target)
    first = _snapshot(target.path)
    assert first[1]["alembic_version"] == [(revisions.head(),)]
    migrate.downgrade(target, "base")
    assert [t for _, t, _ in _snapshot(target.path)[0]] == []
    migrate.upgrade(target)
    assert _snapshot(target.path) == first


def test_the_shipped_head_sql_is_the_database_the_migrations_build(tmp_path):
    """head.sql (what a first use copies) is identical, schema and rows, to a database
    built by running every migration; `orgdb data build` rewrites it."""
    from orgdb.store import create

    assert prebuilt.revision() == revisions.head(), "head.sql is stale: run orgdb data build"
    built = tmp_path / "migrated.sqlite3"
    migrate.run_on_new_file(resolve(str(built)), "head")
    copied = resolve(str(tmp_path / "copied.sqlite3"))
    create.create(copied)
    assert _snapshot(copied.path) == _snapshot(built)
    assert _snapshot(built)[1]["membership"], "the comparison saw no data"


def test_downgrade_base_leaves_no_table(writable_head_url):
    target = resolve(writable_head_url)
    assert "organization" in _tables(writable_head_url)
    migrate.downgrade(target, "base", yes=True)
    assert [t for t in _tables(writable_head_url) if not t.startswith("sqlite_")] == []


def test_head_revision_matches_alembic():
    script = ScriptDirectory(str(resources.migrations_dir()))
    assert script.get_heads() == [revisions.head()]


def test_revisions_form_a_linear_chain_named_by_file():
    files = sorted((resources.migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    assert [f.name[:4] for f in files] == revisions.known()
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
    (ids aside: a row a downgrade puts back may get a new id, so rows are compared by what
    they hold and point at)."""
    from helpers import natural_rows as rows

    target = resolve(db_url)
    known = revisions.known()
    migrate.upgrade(target, known[0])
    before = rows(db_url)
    for previous, revision in zip(known, known[1:], strict=False):
        migrate.upgrade(target, revision)
        after = rows(db_url)
        assert after != before or revision == "0002", f"{revision} added nothing"
        migrate.downgrade(target, previous, yes=True)
        assert rows(db_url) == before, f"downgrading {revision} did not restore {previous}"
        migrate.upgrade(target, revision)  # the next step starts where the upgrade left it
        before = after


FORBIDDEN = ("orgdb", "pycountry", "sqlmodel")


def _imported_modules(path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_revisions_and_appliers_import_no_evolving_code():
    """A revision written today must apply unchanged after years of changes to orgdb: no
    revision or frozen applier imports orgdb, pycountry or sqlmodel."""
    folder = resources.migrations_dir()
    files = [*(folder / "versions").glob("*.py"), *(folder / "orgdb_appliers").glob("*.py")]
    assert len(files) > 14
    for path in files:
        bad = {m for m in _imported_modules(path) if m.split(".")[0] in FORBIDDEN}
        assert not bad, f"{path.name} imports {sorted(bad)}"


def test_data_revisions_apply_through_a_frozen_applier():
    for path in (resources.migrations_dir() / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "SEED = " in text:
            assert "from orgdb_appliers import changeset_v" in text, path.name


def test_upgrade_from_base_does_not_depend_on_todays_validation(sqlite_url, monkeypatch):
    """Make today's changeset validation refuse everything and pycountry know no country:
    the data revisions still apply, through their frozen applier."""
    import pycountry

    from orgdb.interchange import changeset

    def refuse(*_args, **_kwargs):
        raise AssertionError("a data revision ran today's validation")

    monkeypatch.setattr(changeset, "load", refuse)
    monkeypatch.setattr(changeset, "_check", refuse)
    monkeypatch.setattr(pycountry.countries, "get", refuse)
    monkeypatch.setattr(pycountry.countries, "lookup", refuse)
    monkeypatch.setattr(pycountry.historic_countries, "get", refuse)
    target = resolve(sqlite_url)
    migrate.run_on_new_file(target, "head")
    conn = sqlite3.connect(target.path)
    nato = conn.execute("SELECT count(*) FROM membership m JOIN organization o "
                        "ON o.id = m.organization_id WHERE o.code = 'NATO'").fetchone()[0]
    conn.close()
    assert nato == 32


def test_an_edited_seed_is_refused_by_its_revision():
    from orgdb.curation.changelog import data_revisions

    revision, seed, sha, fmt = data_revisions()[0]
    applier = resources.applier(fmt)
    raw = (resources.seeds_dir() / seed).read_bytes()
    assert applier.read(raw, sha, seed).title
    with pytest.raises(applier.ChangesetConflict, match="never edited"):
        applier.read(raw + b"\n# an edit\n", sha, seed)
