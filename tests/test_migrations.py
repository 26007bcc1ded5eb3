"""Migrations: the chain's shape, the frozen data path, the schema revisions, each applier
format, the newest data revisions down and up, the snapshots. Whatever walks the whole
history (pytest-alembic's built-in checks, every revision down and up, the snapshots against
a full replay, base -> head with orgdb unimportable) is marked `history`: CI runs it after
the default run (`pytest -m history`)."""

from __future__ import annotations

import ast
import hashlib
import os
import re
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from alembic.script import ScriptDirectory
from helpers import RECENT, natural_rows, sa_engine
from pytest_alembic.tests import (
    test_model_definitions_match_ddl,
    test_single_head_revision,  # noqa: F401 - collected as a test, on both backends
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import inspect

from orgdb import resources
from orgdb.store import migrate, revisions, snapshot, sqlite_schema
from orgdb.store.target import resolve

# pytest-alembic's checks that replay the whole history
test_upgrade = pytest.mark.history(test_upgrade)
test_up_down_consistency = pytest.mark.history(test_up_down_consistency)
test_model_definitions_match_ddl = pytest.mark.history(test_model_definitions_match_ddl)


def _schema_sql(path) -> list[tuple[str, str, str | None]]:
    """Every schema object of a SQLite file, as what it declares."""
    conn = sqlite3.connect(path)
    try:
        return sqlite_schema.schema(conn)
    finally:
        conn.close()


def _tables(url: str) -> list[str]:
    engine = sa_engine(url)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


def catalog(url: str) -> dict[str, list]:
    """A database's schema as its catalog describes it: columns with types, nullability
    and defaults, every constraint's definition, every index; on SQLite the statements in
    sqlite_master (constraints in a stable order)."""
    target = resolve(url)
    if target.path is not None:
        return {"sqlite_master": _schema_sql(target.path)}
    from helpers import query

    queries = {
        "columns": "SELECT table_name, column_name, data_type, is_nullable, column_default "
                   "FROM information_schema.columns WHERE table_schema = current_schema()",
        "constraints": "SELECT c.conrelid::regclass::text, c.conname, "
                       "pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_namespace "
                       "n ON n.oid = c.connamespace WHERE n.nspname = current_schema()",
        "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes "
                   "WHERE schemaname = current_schema()",
        "sequences": "SELECT sequence_name, data_type FROM information_schema.sequences "
                     "WHERE sequence_schema = current_schema()",
    }
    found = {name: sorted(map(tuple, query(url, sql))) for name, sql in queries.items()}
    found["constraints"] = sorted((t, n, _check_logic(d)) for t, n, d in found["constraints"])
    found["indexes"] = sorted((t, n, d.replace(f" ON {target.schema}.", " ON "))
                              for t, n, d in found["indexes"])
    return found


def _check_logic(definition: str) -> str:
    """A constraint's definition without casts and parentheses: PostgreSQL prints a CHECK
    it read back from a dump with its casts moved (`(ARRAY['a'::varchar])::text[]` becomes
    `ARRAY[('a'::varchar)::text]`), the same constraint."""
    if not definition.startswith("CHECK"):
        return definition
    bare = re.sub(r"::[a-z ]+(\[\])?", "", definition)
    return "".join(re.sub(r"[()]", "", bare).split())


# ------------------------------------------------------------------ the chain's shape


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


# ------------------------------------------------------------------ the frozen data path

FORBIDDEN = ("orgdb", "pycountry", "sqlmodel")


def _imported_modules(path) -> set[str]:
    """Modules a file imports at its top level or inside its functions, but not under
    `_developer_setup` (env.py's path for a developer's `alembic` by hand)."""
    names = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "_developer_setup":
            node.body = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_revisions_appliers_and_env_import_no_evolving_code():
    """A revision written today must apply unchanged after years of changes to orgdb: no
    revision, frozen applier or env.py's data path imports orgdb, pycountry or sqlmodel."""
    folder = resources.migrations_dir()
    files = [*(folder / "versions").glob("*.py"), *(folder / "orgdb_appliers").glob("*.py"),
             folder / "env.py"]
    assert len(files) > 14
    for path in files:
        bad = {m for m in _imported_modules(path) if m.split(".")[0] in FORBIDDEN}
        assert not bad, f"{path.name} imports {sorted(bad)}"


def test_data_revisions_apply_through_a_frozen_applier():
    for path in (resources.migrations_dir() / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "SEED = " in text:
            assert "from orgdb_appliers import changeset_v" in text, path.name
        if "DATA = " in text:  # a copy of COW's file, carried as it is
            assert "from orgdb_appliers import cow_v" in text, path.name


# Every released applier, pinned: a changed applier would change how released revisions
# apply. A new format is a new file, pinned here once it is released.
RELEASED_APPLIERS = {
    "__init__.py": "a29ac9d4a94ac352229aaba44c2e1be060f40663e41ada354c00c7351ec4c42a",
    "changeset_v1.py": "bf35a4bd3150094ac0b2ba97b32b87b9a7914d1939c2b6c427aa20421ab3a366",
    "changeset_v2.py": "a430da785d9b16e12fdcde8d0b6120674bc0b0c4f398f97a9c13c78c949a758f",
    "changeset_v3.py": "f741966b8efaadcf04b65170a60030436e1ff080e4d63b27f5351a2eeb1953a2",
    "changeset_v4.py": "0d49f1161ac245ff8fb92d0ea1cc552bc6e1bea83a1e28c1b6ce6bd60886967b",
    "changeset_v5.py": "6a38c5a965b095eebbb7b04212fa5949dc06396ef964d6252e84faf7808f4b98",
    "cow_v1.py": "d8f535e458ef0db4c0bef762c84fcf00bc701cc2e50a96b6e071c4a7bb5a6452",
}


def test_released_appliers_never_change():
    folder = resources.migrations_dir() / "orgdb_appliers"
    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(folder.glob("*.py"))}
    for name, sha in RELEASED_APPLIERS.items():
        assert found.get(name) == sha, (
            f"{name} is a released applier and must never change: a new format is a new "
            "applier module")


def test_an_edited_seed_is_refused_by_its_revision():
    from orgdb.curation.changelog import data_revisions

    revision, seed, sha, fmt = data_revisions()[0]
    applier = resources.applier(fmt)
    raw = (resources.seeds_dir() / seed).read_bytes()
    assert applier.read(raw, sha, seed).title
    with pytest.raises(applier.ChangesetConflict, match="never edited"):
        applier.read(raw + b"\n# an edit\n", sha, seed)


_BLOCKED_RUN = textwrap.dedent("""
    import importlib.abc, sys

    class Blocked(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.split(".")[0] in ("orgdb", "sqlmodel", "pycountry"):
                raise ImportError(f"{name} may not be imported on the data path")

    sys.meta_path.insert(0, Blocked())
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", sys.argv[1])
    cfg.set_main_option("sqlalchemy.url", sys.argv[2].replace("%", "%%"))
    command.upgrade(cfg, "head")
    loaded = [m for m in sys.modules if m.split(".")[0] in ("orgdb", "sqlmodel", "pycountry")]
    assert not loaded, loaded
""")


@pytest.mark.history
def test_base_to_head_runs_with_orgdb_sqlmodel_and_pycountry_unimportable(db_url, tmp_path):
    """The frozen chain by mechanism: plain alembic, in a process where orgdb, SQLModel
    and pycountry cannot be imported, upgrades an empty database through every revision
    to the very database orgdb loads from its snapshot (ids included)."""
    from helpers import dump

    target = resolve(db_url)
    if target.path is not None:
        url, reference = str(target.sa_url()), str(tmp_path / "reference.sqlite3")
    else:  # orgdb's schema named in the URL, as a user would; the reference beside it
        with sa_engine(db_url).begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{target.schema}"')
        url = f"{target.url}?options=-csearch_path%3D{target.schema}"
        reference = f"{target.url}?options=-csearch_path%3Dreference"
    script = tmp_path / "blocked.py"
    script.write_text(_BLOCKED_RUN, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(resources.migrations_dir()), url],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": ""}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    migrate.upgrade(resolve(reference))
    assert catalog(db_url) == catalog(reference)
    rows = dump(db_url)
    assert rows["membership"] and rows == dump(reference)


# ------------------------------------------------------------------ the snapshots


def test_the_shipped_snapshots_hold_head():
    """A new database is loaded from the snapshots; built from other files than these,
    or behind head, they would cost a first use a replay (run: orgdb data build)."""
    for backend in ("sqlite", "postgresql"):
        assert snapshot.revision(backend) == revisions.head(), (
            f"the {backend} snapshot is stale: run orgdb data build --postgres URL")


@pytest.mark.history
def test_each_snapshot_is_the_database_a_full_replay_builds(db_url, tmp_path):
    """Row for row and constraint for constraint, on each backend."""
    target = resolve(db_url)
    migrate.upgrade(target, replay=True)
    if target.path is not None:
        loaded = str(tmp_path / "loaded.sqlite3")
        migrate.upgrade(resolve(loaded))
    else:
        loaded = f"{target.url}?options=-csearch_path%3Dloaded"
        migrate.upgrade(resolve(loaded))
    assert catalog(loaded) == catalog(db_url)
    from helpers import dump

    rows = dump(db_url)
    assert rows["membership"], "the comparison saw no data"
    assert dump(loaded) == rows  # ids included


@pytest.mark.history
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_build_is_the_same_byte_for_byte(backend, tmp_path, monkeypatch, request):
    """`orgdb data build` writes the snapshot that is shipped, byte for byte (PostgreSQL's
    from a replay in a scratch schema of the test server, dumped by pg_dump)."""
    from orgdb.curation import new

    shipped = snapshot.path(backend).read_bytes()
    server = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    monkeypatch.setattr(snapshot, "FOLDER", tmp_path)
    new.build(server)
    assert (tmp_path / f"{backend}.sql").read_bytes() == shipped


# ------------------------------------------------------------------ the schema revisions


def _schema_revisions() -> list[str]:
    """The revisions that apply no data (data revisions apply theirs through a frozen
    applier of migrations/orgdb_appliers)."""
    return [p.name[:4] for p in sorted((resources.migrations_dir() / "versions").glob("*.py"))
            if "from orgdb_appliers import" not in p.read_text(encoding="utf-8")]


def test_each_schema_revision_goes_down_to_exactly_the_schema_before(db_url, schema_only):
    """Each schema revision, up then down then up, on both backends: the schema after the
    downgrade is the schema before it, and up again the same as the first time."""
    target = resolve(db_url)
    known = revisions.known()
    for rev in _schema_revisions():
        index = known.index(rev)
        previous = known[index - 1] if index else revisions.BASE
        if index:
            migrate.upgrade(target, previous)
        before = catalog(db_url)
        migrate.upgrade(target, rev)
        after = catalog(db_url)
        assert after != before, f"{rev} changed nothing"
        assert set(_tables(db_url)) == revisions.tables_at(rev), "revisions.TABLES_ADDED"
        migrate.downgrade(target, previous, yes=True)
        assert catalog(db_url) == before, f"downgrading {rev} left another schema"
        migrate.upgrade(target, rev)
        assert catalog(db_url) == after, f"upgrading {rev} again gave another schema"


def test_the_models_describe_the_database_at_head(writable_head_url):
    """What `alembic revision --autogenerate` would find between orgdb's models and a
    database at head: nothing, on both backends."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from orgdb.store.models import METADATA

    engine = sa_engine(writable_head_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "compare_type": True, "render_as_batch": conn.dialect.name == "sqlite"})
            assert compare_metadata(context, METADATA) == []
    finally:
        engine.dispose()


# ------------------------------------------------------------------ the appliers

# One changeset for each applier format, using what that format added: each is applied
# and reverted through its frozen applier, as a data revision's upgrade and downgrade do.
FORMAT_CHANGESETS = {
    1: """
[[sources]]
key = "f-src"
title = "A source (format test)"
[[organizations]]
code = "FORG"
name = "Format test organization"
source = "f-src"
other_names = [{ name = "FTO", lang = "en" }]
[[memberships]]
organization = "FORG"
state = "RU"
start = "2001-05"
source = "f-src"
[[membership_events]]
organization = "FORG"
state = "RU"
membership_start = "2001-05"
date = "2002"
kind = "observed"
source = "f-src"
[[updates]]
table = "memberships"
match = { organization = "CSTO", state = "UZ", status = "member", start = "2006-08-16" }
was = { confidence = "high" }
set = { confidence = "medium" }
""",
    2: """
[[sources]]
key = "f-src"
title = "A source (format test)"
via = "https://example.org/copy"
[[organization_events]]
organization = "CSTO"
date = "2030-01-01"
kind = "headquarters moved"
source = "f-src"
[[removals]]
table = "membership_events"
match = { organization = "CSTO", state = "UZ", membership_start = "2006-08-16", \
status = "member", date = "2012-06-20", kind = "suspension note sent" }
was = { confidence = "medium", source = "themoscowtimes-2012-06-28", description = \
"Note on suspension of membership sent to the CSTO Secretariat (per the Uzbek agency \
Jahon via Xinhua; single source)." }
""",
    3: """
[[sources]]
key = "f-src"
title = "A source (format test)"
[[organizations]]
code = "FCLUB"
name = "Format test club"
source = "f-src"
[[memberships]]
organization = "FCLUB"
member = "CSTO"
status = "dialogue partner"
start = "2020"
source = "f-src"
[[organization_successions]]
predecessor = "CSTO"
successor = "FCLUB"
date = "2030"
kind = "succeeded"
source = "f-src"
""",
    4: """
[[sources]]
key = "f-src"
title = "A source (format test)"
[[organizations]]
code = "WHO"
name = "World Health Organization"
founded = "1948-04-07"
source = "f-src"
[[memberships]]
organization = "WHO"
state = "CH"
start = "1948-04-07"
source = "f-src"
[[takeovers]]
cow = "WHO"
organization = "WHO"
""",
    5: """
[[sources]]
key = "f-src"
title = "A source (format test)"
[[states]]
code = "PN"
name = "Pitcairn"
alpha2 = "PN"
kind = "territory"
source = "f-src"
[[organizations]]
code = "FCOUNT"
name = "Format test club of members"
counted_as = "members"
source = "f-src"
[[updates]]
table = "states"
match = { code = "MO" }
was = { kind = "territory" }
set = { kind = "economy" }
""",
    6: """
[[sources]]
key = "f-src"
title = "A source (format test)"
class = "official record"
[[organizations]]
code = "FBOUND"
name = "Format test club of bounded days"
source = "f-src"
[[memberships]]
organization = "FBOUND"
state = "UY"
start = "1951-12-13"
start_latest = "1956"
end = "1990"
end_earliest = "1990-06"
source = "f-src"
[[known_gaps]]
organization = "FBOUND"
topic = "Uruguay's day"
description = "Not found."
[[updates]]
table = "sources"
match = { key = "cow-igo-v3" }
was = { class = "data set" }
set = { class = "reference work" }
[[updates]]
table = "known_gaps"
match = { organization = "FBOUND", topic = "Uruguay's day" }
was = { description = "Not found." }
set = { description = "Not found in the Annals." }
""",
}


def test_every_applier_format_has_a_changeset_here():
    assert sorted(FORMAT_CHANGESETS) == resources.formats()


@pytest.mark.parametrize("fmt", sorted(FORMAT_CHANGESETS))
def test_each_applier_format_applies_and_reverts_exactly(writable_head_url, tmp_path, fmt):
    """Through the frozen applier of each format, on both backends: what it adds, updates
    and removes is there, and a revert gives back exactly the data before."""
    from helpers import apply_file, write_file

    from orgdb.interchange import changeset
    from orgdb.store import write

    url = writable_head_url
    before = natural_rows(url)
    path = write_file(tmp_path, f'[changeset]\ntitle = "format {fmt}"\nformat = {fmt}\n'
                      + FORMAT_CHANGESETS[fmt], f"format{fmt}.toml")
    added = apply_file(url, path)
    assert added.get("sources") == 1 and natural_rows(url) != before
    with write.session(resolve(url)) as w:
        changeset.revert(w.conn, changeset.load(path))
        w.changed = True
    assert natural_rows(url) == before


def test_the_newest_data_revisions_go_down_and_up_exactly(writable_head_url):
    """The newest revisions, each down then up then down again: the data is exactly as
    before each step (ids aside: a row put back may get a new id, so rows are compared by
    what they hold and point at)."""
    url = writable_head_url
    target = resolve(url)
    known = revisions.known()
    steps = known[-RECENT - 1:]
    schema = set(_schema_revisions())
    states = {steps[-1]: natural_rows(url)}
    for previous, rev in reversed(list(zip(steps, steps[1:], strict=False))):
        migrate.downgrade(target, previous, yes=True)
        states[previous] = natural_rows(url)
        assert states[previous] != states[rev] or rev in schema, f"{rev} added nothing"
    for rev in steps[1:]:
        migrate.upgrade(target, rev)
        assert natural_rows(url) == states[rev], f"upgrading {rev} again gave other data"
    for previous, rev in reversed(list(zip(steps, steps[1:], strict=False))):
        migrate.downgrade(target, previous, yes=True)
        assert natural_rows(url) == states[previous], f"downgrading {rev} again"


@pytest.mark.history
def test_each_revision_downgrades_to_exactly_what_came_before(db_url):
    """Every revision since the newest released one, up then down then up, on both
    backends. The released revisions were walked so when they were released, and cannot
    change since: their seeds and appliers are pinned (test_seed_hashes,
    test_released_appliers_never_change), and base -> head -> base still runs them all
    (test_upgrade, test_downgrade_base_leaves_no_table). So the walk grows with the
    revisions not yet released, not with the whole history."""
    from test_seed_hashes import RELEASED

    target = resolve(db_url)
    known = revisions.known()
    known = known[known.index(max(RELEASED)):]
    migrate.upgrade(target, known[0])
    before = natural_rows(db_url)
    schema = set(_schema_revisions())  # a schema revision may leave the rows as they were
    for previous, revision in zip(known, known[1:], strict=False):
        migrate.upgrade(target, revision)
        after = natural_rows(db_url)
        assert after != before or revision in schema, f"{revision} added nothing"
        migrate.downgrade(target, previous, yes=True)
        assert natural_rows(db_url) == before, f"downgrading {revision} did not restore " \
                                               f"{previous}"
        migrate.upgrade(target, revision)  # the next step starts where the upgrade left it
        before = after


@pytest.mark.history
def test_sqlite_upgrade_downgrade_upgrade_is_identical(sqlite_url):
    target = resolve(sqlite_url)
    migrate.upgrade(target, replay=True)
    first = _schema_sql(target.path), natural_rows(sqlite_url)
    migrate.downgrade(target, "base")
    assert [t for _, t, _ in _schema_sql(target.path)] == []
    migrate.upgrade(target, replay=True)
    assert (_schema_sql(target.path), natural_rows(sqlite_url)) == first


@pytest.mark.history
def test_downgrade_base_leaves_no_table(writable_head_url):
    target = resolve(writable_head_url)
    assert "organization" in _tables(writable_head_url)
    migrate.downgrade(target, "base", yes=True)
    assert [t for t in _tables(writable_head_url) if not t.startswith("sqlite_")] == []


def test_the_models_name_constraints_as_the_revisions_do():
    """env.py keeps its own frozen copy of the naming convention the revisions were
    written with; the models must name constraints the same way."""
    from orgdb.store.models import NAMING_CONVENTION

    text = (resources.migrations_dir() / "env.py").read_text(encoding="utf-8")
    tree = ast.parse(text)
    [frozen] = [ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
                and getattr(n.targets[0], "id", "") == "NAMING_CONVENTION"]
    assert frozen == NAMING_CONVENTION
