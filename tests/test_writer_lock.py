"""Writers exclude each other: every write (upgrade, downgrade, import, restore) takes the
same writer lock on both backends; a second writer waits a bounded time, then says in one
line that another orgdb write is in progress. Tested with real concurrent processes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers import dump, orgdb_cli, recent_start, revision, sa_engine
from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.store import lock, migrate, revisions
from orgdb.store.target import resolve

runner = CliRunner()

DATA = Path(__file__).resolve().parent / "data"
CHANGE = """[changeset]
title = "t"
[[sources]]
key = "t"
title = "T"
[[organizations]]
code = "NEWORG"
name = "New"
source = "t"
"""


def hold_postgres_lock(url: str):
    """An open transaction holding the writer lock, as a running orgdb write does."""
    eng = sa_engine(url)
    conn = eng.connect()
    trans = conn.begin()
    conn.execute(sa.text(f"SELECT pg_advisory_xact_lock({lock.ADVISORY_KEY})"))
    return eng, conn, trans


@pytest.mark.parametrize("write", [
    ["import", "{change}"], ["db", "upgrade"], ["db", "downgrade", "{previous}", "--yes"],
    ["import", "cow", str(DATA / "cow_extract.csv"), "--states",
     str(DATA / "states2016_extract.csv")]], ids=lambda w: " ".join(w[:2]))
def test_a_second_writer_waits_then_gives_up_in_one_line(writable_head_url, tmp_path, write,
                                                         monkeypatch):
    """The lock is held by another connection (flock on its own open file, or a PostgreSQL
    session), as a running orgdb write holds it."""
    change = tmp_path / "new.toml"
    change.write_text(CHANGE, encoding="utf-8")
    previous = revisions.known()[-2]
    args = [a.format(change=change, previous=previous) for a in write]
    target = resolve(writable_head_url)
    if write == ["db", "upgrade"]:  # at head, upgrade would do nothing: start behind
        migrate.downgrade(target, previous, yes=True)
    before = dump(writable_head_url)
    monkeypatch.setenv("ORGDB_LOCK_TIMEOUT", "0.3")
    if target.path is not None:
        held = lock.sqlite_writer(target)
        held.__enter__()
    else:
        eng, conn, trans = hold_postgres_lock(writable_head_url)
    try:
        start = time.monotonic()
        result = runner.invoke(app, [*args, "--db", writable_head_url])
        waited = time.monotonic() - start
    finally:
        if target.path is not None:
            held.__exit__(None, None, None)
        else:
            trans.rollback()
            conn.close()
            eng.dispose()
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert errors == [f"Error: another orgdb write is in progress on {target.describe()}"]
    assert isinstance(result.exception, SystemExit) and waited >= 0.3
    assert dump(writable_head_url) == before
    retry = runner.invoke(app, [*args, "--db", writable_head_url])  # the lock is free again
    assert retry.exit_code == 0, retry.output


def test_an_import_racing_a_downgrade_never_writes_into_a_half_migrated_database(
        writable_head_url):
    """`import cow` started during a `db downgrade` once committed COW data into a
    database halfway down. Now one of them waits for the other; whichever comes second
    either works or says in one line why not, and `db upgrade` works afterwards."""
    db = ["--db", writable_head_url]
    cow = [sys.executable, "-m", "orgdb", "import", "cow", str(DATA / "cow_extract.csv"),
           "--states", str(DATA / "states2016_extract.csv"), *db]
    down = [sys.executable, "-m", "orgdb", "db", "downgrade", recent_start(), "--yes", *db]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for cmd in (down, cow)]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
    for code, err in results:
        assert "Traceback" not in err and "locked" not in err and "Integrity" not in err, err
        assert code == 0 or err.count("Error: ") == 1, err
    assert results[0][0] == 0, results[0][1]  # the downgrade always goes through
    rev = revision(writable_head_url)
    assert rev == recent_start(), rev
    up = orgdb_cli("db", "upgrade", *db)
    assert up.returncode == 0, up.stderr
    assert revision(writable_head_url) == revisions.head()
    check = orgdb_cli("check", *db)
    assert check.returncode == 0, check.stderr


def test_eight_writers_at_once_each_apply_once(head_sqlite_copy, tmp_path):
    """Eight imports of the same changeset at once: one adds it, the seven others find it
    already present; no 'database is locked', no duplicate rows."""
    change = tmp_path / "new.toml"
    change.write_text(CHANGE, encoding="utf-8")
    cmd = [sys.executable, "-m", "orgdb", "import", str(change), "--db",
           str(head_sqlite_copy), "--format", "json"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(8)]
    outs = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in procs]
    assert all(code == 0 for code, _, _ in outs), [err for _, _, err in outs]
    added = sorted('"organizations": 1' in out for _, out, _ in outs)
    assert added == [False] * 7 + [True]
    rows = dump(str(head_sqlite_copy))["organization"]
    assert sum(1 for r in rows if r[1] == "NEWORG") == 1


def test_a_restore_waits_for_the_writer_lock(head_sqlite_copy, tmp_path):
    spare = tmp_path / "spare.sqlite3"
    shutil.copy(head_sqlite_copy, spare)
    target = resolve(str(head_sqlite_copy))
    with lock.sqlite_writer(target):
        result = orgdb_cli("db", "restore", str(spare), "--db", str(head_sqlite_copy),
                           env={"ORGDB_LOCK_TIMEOUT": "0.5"})
    assert result.returncode == 1
    assert "another orgdb write is in progress" in result.stderr
