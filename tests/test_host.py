"""A host application with its own models and migrations beside orgdb's data
(docs/host.md, docs/host_example): both chains upgrade side by side, the host's foreign
key to orgdb.organization resolves, and the host's autogenerate leaves orgdb's tables
alone; on PostgreSQL (one database, orgdb in its schema) and on SQLite (orgdb's file
attached)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

import orgdb

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "host_example"

CHECK = """
import sys
from alembic import command
from upgrade import config
command.check(config(*sys.argv[1:3]))  # raises if autogenerate would change anything
"""


def run(folder: Path, code_or_script: str, *args: str) -> subprocess.CompletedProcess:
    argv = ([sys.executable, code_or_script] if code_or_script.endswith(".py")
            else [sys.executable, "-c", code_or_script])
    source = Path(orgdb.__file__).resolve().parents[1]  # the orgdb under test, first
    done = subprocess.run([*argv, *args], cwd=folder, capture_output=True, text=True,
                          timeout=300, env={**os.environ,
                                            "PYTHONPATH": os.pathsep.join([str(folder),
                                                                           str(source)])})
    assert done.returncode == 0, done.stderr[-3000:]
    return done


@pytest.fixture(params=["sqlite", "postgresql"])
def host(request, tmp_path):
    """(the example's folder, its database URL, orgdb's file on SQLite or None)."""
    folder = tmp_path / "newsroom"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__"))
    if request.param == "sqlite":
        return folder, f"sqlite:///{tmp_path / 'newsroom.sqlite3'}", str(tmp_path / "o.db")
    url = request.getfixturevalue("pg_url")
    return folder, url.replace("postgresql+psycopg://", "postgresql+psycopg2://"), None


def _engine(url: str, orgdb_file: str | None):
    engine = sa.create_engine(url)
    if orgdb_file:
        sa.event.listen(engine, "connect", lambda c, _r: c.execute(
            "ATTACH DATABASE ? AS orgdb", (orgdb_file,)))
    return engine


def test_both_chains_upgrade_side_by_side_and_the_foreign_key_resolves(host):
    folder, url, orgdb_file = host
    args = [url, *([orgdb_file] if orgdb_file else [])]
    run(folder, "upgrade.py", *args)
    run(folder, "upgrade.py", *args)  # again: nothing to do, for either chain
    run(folder, CHECK, *args)  # the host's autogenerate: no change, no drop of orgdb's
    engine = _engine(url, orgdb_file)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO story (headline, organization_id) SELECT 'Summit in Minsk', "
                "id FROM orgdb.organization WHERE code = 'CSTO'"))
            rows = conn.execute(sa.text(
                "SELECT s.headline, o.name FROM story s JOIN orgdb.organization o "
                "ON o.id = s.organization_id")).all()
            tables = sa.inspect(conn).get_table_names()
            versions = conn.execute(sa.text("SELECT version_num FROM alembic_version")).all()
        assert rows == [("Summit in Minsk", "Collective Security Treaty Organization")]
        assert sorted(tables) == ["alembic_version", "story"]  # orgdb's are elsewhere
        assert versions == [("0001",)]  # the host's own version table, the host's revision
        if orgdb_file is None:  # PostgreSQL enforces the foreign key into orgdb's schema
            with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
                conn.execute(sa.text("INSERT INTO story (headline, organization_id) "
                                     "VALUES ('Nowhere', -1)"))
    finally:
        engine.dispose()
    with orgdb.connect(orgdb_file or url) as db:
        assert len(db.members("CSTO", as_of="2011-08-12")) == 7
        assert db.revision()[1] == "head"


def test_include_object_keeps_autogenerate_off_orgdbs_tables_in_the_hosts_schema(tmp_path):
    """orgdb's tables in the host's own file or schema, as before orgdb had a schema of
    its own: the host's autogenerate proposes no drop for them, and still sees its own."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from orgdb.store import migrate
    from orgdb.store.host import include_object
    from orgdb.store.target import sqlite_target

    path = tmp_path / "shared.sqlite3"
    migrate.upgrade(sqlite_target(path))
    host = sa.MetaData()
    sa.Table("story", host, sa.Column("id", sa.Integer, primary_key=True))
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include_object})
            diffs = compare_metadata(context, host)
            unfiltered = compare_metadata(MigrationContext.configure(conn), host)
    finally:
        engine.dispose()
    assert [d[0] for d in diffs] == ["add_table"] and diffs[0][1].name == "story"
    assert len([d for d in unfiltered if d[0] == "remove_table"]) > 15  # what it prevents
