"""Concurrent first use, read-only files, lookups beside writes (backups: test_backups)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from helpers import revision
from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.store import revisions
from orgdb.store.target import ENV_URL, resolve

runner = CliRunner()


def orgdb(*args, env=None):
    return subprocess.run([sys.executable, "-m", "orgdb", *args], capture_output=True,
                          text=True, env=env, timeout=300)


def test_eight_first_uses_at_once_make_one_database(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    env.pop(ENV_URL, None)
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: orgdb("members", "CSTO", "--format", "json",
                                                env=env), range(8)))
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    assert len({r.stdout for r in results}) == 1
    path = tmp_path / "orgdb" / "orgdb.sqlite3"
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
        (revisions.head(),)]
    dupes = conn.execute("SELECT count(*) FROM (SELECT organization_id, state_id, "
                         "member_organization_id, status, start_date FROM membership "
                         "GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1)").fetchone()[0]
    assert dupes == 0
    conn.close()


def test_two_postgresql_upgrades_at_once_apply_each_revision_once(pg_url):
    env = {**os.environ, ENV_URL: pg_url}
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda _: orgdb("db", "upgrade", env=env), range(2)))
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    assert revision(pg_url) == revisions.head()


@contextlib.contextmanager
def read_only(*paths):
    """Make files and directories read-only even for root (chattr +i), else by mode."""
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(
                ["chattr", "+i", *map(str, paths)], capture_output=True).returncode:
            pytest.skip("root, and no chattr +i on this file system")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
        return
    modes = {p: p.stat().st_mode for p in paths}
    for p in paths:
        p.chmod(stat.S_IRUSR | (stat.S_IXUSR if p.is_dir() else 0))
    try:
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


def test_lookups_work_on_a_read_only_file_in_a_read_only_directory(head_sqlite_path,
                                                                   tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "orgdb.sqlite3"
    shutil.copy(head_sqlite_path, path)
    url = str(path)
    with read_only(path, folder):
        for args in (["members", "CSTO"], ["state", "AM", "--history"], ["check"]):
            result = runner.invoke(app, [*args, "--db", url])
            assert result.exit_code == 0, result.output
        upgrade = runner.invoke(app, ["db", "downgrade", "0013", "--db", url])
        assert upgrade.exit_code == 1 and upgrade.stderr.startswith("Error: ")
        assert "Traceback" not in upgrade.output


def test_lookups_never_write_the_file(head_sqlite_path, tmp_path):
    path = tmp_path / "copy.sqlite3"
    path.write_bytes(head_sqlite_path.read_bytes())
    before = path.read_bytes()
    for args in (["members", "CSTO"], ["state", "Belarus"], ["orgs"], ["check"]):
        assert runner.invoke(app, [*args, "--db", str(path)]).exit_code == 0
    assert path.read_bytes() == before


def test_lookups_during_a_write_see_old_or_new_data_never_half(head_sqlite_path, tmp_path):
    import orgdb
    from orgdb.interchange import changeset
    from orgdb.store import write

    path = tmp_path / "live.sqlite3"
    shutil.copy(head_sqlite_path, path)
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    url = str(path)
    change = tmp_path / "join.toml"
    change.write_text('[changeset]\ntitle = "t"\n[[sources]]\nkey = "t"\ntitle = "T"\n'
                      + "".join(f'[[memberships]]\norganization = "NATO"\nstate = "{s}"\n'
                                f'status = "partner"\nstart = "2020"\nsource = "t"\n'
                                for s in ("AM", "KZ", "TJ")), encoding="utf-8")

    def partners():
        with orgdb.connect(url) as d:
            return len(d.members("NATO", as_of="2021-01-01", status="partner"))

    with write.session(resolve(url)) as w:  # the write path every command takes
        changeset.apply(w.conn, changeset.load(change))
        assert partners() == 0  # the reader is not blocked and sees the old data
        w.changed = True
    assert partners() == 3


