"""`orgdb db ...`: the embedded default, PostgreSQL, and databases orgdb must refuse."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import orgdb_cli, recent_start, recorded_current_to, sa_engine
from sqlalchemy import inspect
from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.store import revisions
from orgdb.store.target import ENV_URL

runner = CliRunner()


def orgdb(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the real command, with its error boundary, in a subprocess."""
    return orgdb_cli(*args, env=env)


def test_path_honours_xdg_data_home(tmp_path):
    result = CliRunner().invoke(app, ["db", "path"], env={"XDG_DATA_HOME": str(tmp_path)})
    assert result.exit_code == 0
    assert result.stdout.strip() == str(tmp_path / "orgdb" / "orgdb.sqlite3")


def test_upgrade_creates_the_embedded_default(tmp_path):
    data = tmp_path / "data"
    script = Path(sys.executable).with_name("orgdb")  # the console script, as a user runs it
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    upgraded = subprocess.run([script, "db", "upgrade"], capture_output=True, text=True, env=env)
    assert upgraded.returncode == 0, upgraded.stderr
    assert (data / "orgdb" / "orgdb.sqlite3").is_file()
    current = orgdb("db", "current", XDG_DATA_HOME=str(data))
    assert current.returncode == 0, current.stderr
    assert current.stdout.strip() == f"{revisions.head()} (head), data current to " \
        f"{recorded_current_to()}"


def test_history_lists_the_first_revision():
    result = CliRunner().invoke(app, ["db", "history"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("0001 ")


@pytest.mark.parametrize("down_to", [
    recent_start(), pytest.param("base", marks=pytest.mark.history)])
def test_postgres_upgrade_downgrade_upgrade(head_pg_copy, down_to):
    """From head (a copy of the template: an empty database's first upgrade is tested in
    test_migrations), down, which asks for --yes, and up again."""
    pg_url = head_pg_copy
    env = {ENV_URL: pg_url}

    def cli(*args):
        return runner.invoke(app, list(args), env=env)

    assert cli("db", "upgrade").exit_code == 0  # at head already: nothing to do
    assert cli("db", "current").stdout.strip().startswith(
        f"{revisions.head()} (head), data current to ")
    refused = cli("db", "downgrade", down_to)
    assert refused.exit_code == 1 and "would delete" in refused.stderr, refused.output
    assert "pg_dump" in refused.stderr and "--yes" in refused.stderr
    assert cli("db", "current").stdout.strip().startswith(
        f"{revisions.head()} (head), data current to ")
    downgraded = cli("db", "downgrade", down_to, "--yes")
    assert downgraded.exit_code == 0, downgraded.output
    assert "deleted" in downgraded.stderr
    engine = sa_engine(pg_url)
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
    finally:
        engine.dispose()
    if down_to == "base":
        assert tables == []
    else:
        current = cli("db", "current").stdout.strip()
        assert current == f"{down_to} (behind head {revisions.head()})", current
        assert "membership" in tables
    assert cli("db", "upgrade").exit_code == 0
    assert cli("db", "current").stdout.strip().startswith(
        f"{revisions.head()} (head), data current to ")


def _newer_orgdb(path, sql="UPDATE alembic_version SET version_num = 'ffff'"):
    """An orgdb database at a revision this package does not know."""
    shutil.copy(HEAD, path)
    with sqlite3.connect(path) as conn:
        conn.execute(sql)
    conn.close()


def _newer_orgdb_branch(path):
    """An unknown revision beside a known one (two rows in alembic_version)."""
    _newer_orgdb(path, "INSERT INTO alembic_version (version_num) VALUES ('ffff')")


def _other_application(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO foo (name) VALUES ('bar')")
    conn.close()


def _not_sqlite(path):
    path.write_bytes(os.urandom(4096))


@pytest.mark.parametrize(
    "make",
    [_newer_orgdb, _newer_orgdb_branch, _other_application, _not_sqlite],
    ids=lambda f: f.__name__.lstrip("_"),
)
@pytest.mark.parametrize("command", [["upgrade"], ["downgrade", "base"], ["current"]], ids="_".join)
def test_refuses_a_database_it_must_not_touch(tmp_path, head_sqlite_path, make, command):
    global HEAD
    HEAD = head_sqlite_path
    path = tmp_path / "other.sqlite3"
    make(path)
    before = path.read_bytes()
    result = runner.invoke(app, ["db", *command, "--db", str(path)])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and str(path) in errors[0], result.stderr
    assert result.stdout == ""
    assert path.read_bytes() == before
    beside = {p.name for p in tmp_path.iterdir()} - {"other.sqlite3-wal", "other.sqlite3-shm"}
    assert beside == {"other.sqlite3"}, "no lock file or backup beside a refused file"


HEAD = None
