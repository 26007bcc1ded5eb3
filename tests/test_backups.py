"""Backups that can be trusted: written only before a write that will happen, named in UTC,
pruned by an exact match of their own database's names, checked with integrity_check
before the write goes ahead; restore takes only a whole orgdb file of its recorded
revision and backs up what it replaces; lookups never read around a lock."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import dump, orgdb_cli, recent_start, revision
from typer.testing import CliRunner

import orgdb
from orgdb.cli import app
from orgdb.errors import DatabaseError
from orgdb.store import backup, migrate, revisions
from orgdb.store.target import resolve

runner = CliRunner()
CHANGE = ('[changeset]\ntitle = "t"\n[[sources]]\nkey = "t"\ntitle = "T"\n'
          '[[organizations]]\ncode = "NEWORG"\nname = "New"\nsource = "t"\n')


def change_file(tmp_path: Path, text: str = CHANGE) -> Path:
    path = tmp_path / "change.toml"
    path.write_text(text, encoding="utf-8")
    return path


def has_neworg(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM organization WHERE code = 'NEWORG'"
                            ).fetchone()[0]
    finally:
        conn.close()


def test_upgrade_backs_up_and_restore_brings_it_back(tmp_path, recent_sqlite_path):
    path = tmp_path / "orgdb.sqlite3"
    url = str(path)
    shutil.copy(recent_sqlite_path, path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO source (key, title, published_precision, retrieved_precision) "
                 "VALUES ('mine', 'My source', 'day', 'day')")
    conn.commit()
    conn.close()
    result = runner.invoke(app, ["db", "upgrade", "--db", url])
    assert result.exit_code == 0, result.output
    [copy] = backup.backups(path)
    assert f".{recent_start()}." in copy.name and copy.name.endswith("Z.bak")
    assert f"backup: {copy}" in result.stderr
    restored = runner.invoke(app, ["db", "restore", str(copy), "--db", url])
    assert restored.exit_code == 0, restored.output
    assert revision(url) == recent_start()
    assert len(backup.backups(path)) == 2, "the database it replaced was backed up first"
    assert not Path(f"{copy}-wal").exists() and not Path(f"{copy}-shm").exists()


def test_an_import_backs_up_the_file_as_it_was_before(head_sqlite_copy, tmp_path):
    path = head_sqlite_copy
    result = runner.invoke(app, ["import", str(change_file(tmp_path)), "--db", str(path)])
    assert result.exit_code == 0, result.output
    [copy] = backup.backups(path)
    assert f"backup: {copy}" in result.stderr
    assert has_neworg(path) == 1 and has_neworg(copy) == 0


@pytest.mark.parametrize("command", [
    ["import", "{empty}"], ["import", "{change}", "--dry-run"], ["import", "{missing}"],
    ["db", "upgrade"], ["db", "upgrade", "9999"], ["db", "downgrade", "head"],
    ["db", "downgrade", "9999"]], ids=" ".join)
def test_no_op_and_failed_commands_write_no_backup(head_sqlite_copy, tmp_path, command):
    """Three typos must not push the real pre-upgrade backup out of the last three."""
    empty = change_file(tmp_path, '[changeset]\ntitle = "nothing"\n')
    change = tmp_path / "real.toml"
    change.write_text(CHANGE, encoding="utf-8")
    args = [a.format(empty=empty, change=change, missing=tmp_path / "missing.toml")
            for a in command]
    before = dump(str(head_sqlite_copy))
    runner.invoke(app, [*args, "--db", str(head_sqlite_copy)])
    assert backup.backups(head_sqlite_copy) == []
    assert dump(str(head_sqlite_copy)) == before


def test_a_failed_auto_upgrade_writes_no_backup(recent_sqlite_path, monkeypatch):
    from orgdb import resources
    from orgdb.store.target import default_path

    path = default_path()
    path.parent.mkdir(parents=True)
    shutil.copy(recent_sqlite_path, path)
    from orgdb.curation.changelog import data_revisions

    applier = resources.applier(data_revisions()[-1][3])  # the newest changeset's format

    def failing(name, sha):
        raise applier.ChangesetConflict(f"{name}: injected failure")

    monkeypatch.setattr(applier, "upgrade", failing)
    with pytest.raises(applier.ChangesetConflict), orgdb.connect() as db:
        db.members("CSTO")
    assert backup.backups(path) == [] and revision(str(path)) == recent_start()


def test_backup_names_are_utc(head_sqlite_copy, tmp_path):
    """Under TZ=Etc/GMT+12 a local time stamp made a fresh backup look older than the rest."""
    path = head_sqlite_copy
    for n in range(backup.KEEP):
        backup.write(path, f"{n:04d}")
    result = orgdb_cli("import", str(change_file(tmp_path)), "--db", str(path),
                       env={"TZ": "Etc/GMT+12"})
    assert result.returncode == 0, result.stderr
    newest = backup.backups(path)[-1]
    assert f"backup: {newest}" in result.stderr and f".{revisions.head()}." in newest.name


def test_pruning_matches_exactly_this_databases_backups(head_sqlite_path, tmp_path):
    a, a2, odd = tmp_path / "a.db", tmp_path / "a.db.v2", tmp_path / "h[1].db"
    for p in (a, a2, odd):
        shutil.copy(head_sqlite_path, p)
    mine = tmp_path / "a.db.1.bak"  # a user's own file, not an orgdb backup name
    mine.write_text("keep me")
    for _ in range(backup.KEEP + 2):
        backup.write(a2, revisions.head())
        backup.write(odd, revisions.head())
    for _ in range(backup.KEEP + 2):
        backup.write(a, revisions.head())
    assert len(backup.backups(a)) == backup.KEEP
    assert len(backup.backups(a2)) == backup.KEEP, "a.db's pruning deleted a.db.v2's"
    assert len(backup.backups(odd)) == backup.KEEP, "h[1].db never pruned"
    assert mine.read_text() == "keep me"


def test_a_backup_that_fails_its_check_stops_the_write(head_sqlite_copy, tmp_path,
                                                       monkeypatch):
    before = dump(str(head_sqlite_copy))
    monkeypatch.setattr(backup, "integrity_error", lambda conn: "page 7: corrupt")
    result = runner.invoke(app, ["import", str(change_file(tmp_path)), "--db",
                                 str(head_sqlite_copy)])
    assert result.exit_code == 1 and "integrity check" in result.stderr
    assert dump(str(head_sqlite_copy)) == before and backup.backups(head_sqlite_copy) == []


def test_a_database_not_in_wal_mode_gets_a_sound_backup(head_sqlite_copy, tmp_path):
    """Not in WAL mode, an import's backup once failed integrity_check every time."""
    conn = sqlite3.connect(head_sqlite_copy)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.close()
    for _ in range(4):
        result = runner.invoke(app, ["import", str(change_file(tmp_path)), "--db",
                                     str(head_sqlite_copy)])
        assert result.exit_code == 0, result.output
        change_file(tmp_path, CHANGE.replace("NEWORG", f"ORG{_}"))
    for copy in backup.backups(head_sqlite_copy):
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    conn = sqlite3.connect(head_sqlite_copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_new_database_is_in_wal_mode(tmp_path):
    path = tmp_path / "new.sqlite3"
    migrate.upgrade(resolve(str(path)))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def _version_row_only(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute(f"INSERT INTO alembic_version VALUES ('{revisions.head()}')")
    conn.commit()
    conn.close()


def _corrupt(path: Path, head: Path) -> None:
    data = bytearray(head.read_bytes())
    for offset in range(8192, min(len(data), 40960), 512):
        data[offset:offset + 64] = os.urandom(64)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("make", [_version_row_only, _corrupt], ids=["version only", "corrupt"])
def test_restore_refuses_a_file_that_is_not_a_whole_orgdb_database(head_sqlite_copy, tmp_path,
                                                                   head_sqlite_path, make):
    bad = tmp_path / "bad.sqlite3"
    if make is _corrupt:
        conn = sqlite3.connect(head_sqlite_path)
        conn.execute("PRAGMA journal_mode")
        conn.close()
        make(bad, head_sqlite_path)
    else:
        make(bad)
    before = head_sqlite_copy.read_bytes()
    result = runner.invoke(app, ["db", "restore", str(bad), "--db", str(head_sqlite_copy)])
    assert result.exit_code == 1 and result.stderr.startswith("Error: "), result.output
    assert head_sqlite_copy.read_bytes() == before
    assert backup.backups(head_sqlite_copy) == []


def test_restore_refuses_a_file_of_another_application(head_sqlite_copy, tmp_path):
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE foo (x)").connection.commit()
    before = head_sqlite_copy.read_bytes()
    result = runner.invoke(app, ["db", "restore", str(other), "--db", str(head_sqlite_copy)])
    assert result.exit_code == 1 and "not an orgdb database" in result.stderr
    assert head_sqlite_copy.read_bytes() == before


def test_restore_is_for_sqlite_on_postgres_it_says_pg_restore(head_pg_url, tmp_path):
    with pytest.raises(DatabaseError, match="restore brings back SQLite"), \
            orgdb.connect(head_pg_url) as db:
        db.restore(tmp_path / "x.bak")


def test_a_locked_database_is_waited_for_never_read_around(head_sqlite_copy, monkeypatch):
    """Not in WAL mode, a writer's uncommitted pages are in the file itself: a lookup that
    read around the lock (immutable=1) once returned them. Now it waits, then says so."""
    conn = sqlite3.connect(head_sqlite_copy, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("DELETE FROM membership")
    monkeypatch.setenv("ORGDB_LOCK_TIMEOUT", "0.3")
    try:
        result = runner.invoke(app, ["members", "CSTO", "--db", str(head_sqlite_copy)])
    finally:
        conn.execute("ROLLBACK")
        conn.close()
    assert result.exit_code == 1 and "locked" in result.stderr, result.output
    assert result.stdout == ""
