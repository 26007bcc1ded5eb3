"""One canonical target for every way of naming a database, so that the guard, the writer
lock and the backups see one file however it is spelled; spellings orgdb cannot
canonicalize are refused in one line; no message ever prints a password."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from helpers import orgdb_cli, recent_start
from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.errors import DatabaseError
from orgdb.store import backup, revisions
from orgdb.store.target import parse, redact

runner = CliRunner()


def test_every_sqlite_spelling_is_one_target(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "orgdb.sqlite3"
    spellings = ["orgdb.sqlite3", "./orgdb.sqlite3", str(path), f"sqlite:///{path}",
                 "sqlite:///orgdb.sqlite3", f"sqlite+pysqlite:///{path}", f"file:{path}",
                 f"file://{path}", f"file://localhost{path}", f"sqlite:///file:{path}?uri=true",
                 f"SQLite:///{path}", f"  {path}  "]
    targets = {parse(s) for s in spellings}
    assert {t.path for t in targets} == {path}
    assert {t.url for t in targets} == {f"sqlite:///{path}"}


def test_a_symlink_is_the_file_it_points_to(tmp_path):
    real = tmp_path / "real.sqlite3"
    real.touch()
    (tmp_path / "link.sqlite3").symlink_to(real)
    assert parse(str(tmp_path / "link.sqlite3")).path == real


@pytest.mark.parametrize("spelling", [
    "sqlite://", "sqlite:///:memory:", "file::memory:", "sqlite:///x.db?mode=ro",
    "sqlite:///file:x.db?mode=memory&uri=true", "sqlite:///file:x.db",
    "file://otherhost/x.db", "sqlite:x.db", "mysql://root@127.0.0.1/test",
    "nosuch://host/x", "", "a\x00b"])
def test_spellings_it_cannot_canonicalize_are_refused(spelling):
    with pytest.raises(DatabaseError) as err:
        parse(spelling)
    assert "\n" not in str(err.value)


def test_postgres_spellings_use_the_shipped_driver():
    for url in ("postgresql://u@h/d", "postgres://u@h/d", "postgresql+psycopg://u@h/d",
                "postgresql+psycopg2://u@h:5433/d?sslmode=require", "postgresql:///local"):
        target = parse(url)
        assert target.url.startswith("postgresql+psycopg2://") and target.path is None
        assert target.url.split("://", 1)[1] == url.split("://", 1)[1]


def test_the_file_uri_spelling_gets_the_guard_lock_and_backup(tmp_path, head_sqlite_path,
                                                              monkeypatch):
    """`sqlite:///file:PATH?uri=true` once wiped a database with no backup and wrote into
    another application's file, and made a directory named `file:` in the cwd."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "orgdb.sqlite3"
    shutil.copy(head_sqlite_path, path)
    spelled = f"sqlite:///file:{path}?uri=true"
    down = runner.invoke(app, ["db", "downgrade", recent_start(), "--db", spelled])
    assert down.exit_code == 0, down.output
    [copy] = backup.backups(path)
    assert f"backup: {copy}" in down.stderr and f".{revisions.head()}." in copy.name
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    refused = runner.invoke(app, ["db", "upgrade", "--db", f"sqlite:///file:{other}?uri=true"])
    assert refused.exit_code == 1 and "not an orgdb database" in refused.stderr
    assert other.read_bytes() == before
    assert not (tmp_path / "file:").exists()


def test_the_pysqlite_spelling_gets_the_lock_and_backup_and_lookups_work(tmp_path,
                                                                         head_sqlite_path):
    path = tmp_path / "orgdb.sqlite3"
    shutil.copy(head_sqlite_path, path)
    spelled = f"sqlite+pysqlite:///{path}"
    down = runner.invoke(app, ["db", "downgrade", recent_start(), "--db", spelled])
    assert down.exit_code == 0, down.output
    assert len(backup.backups(path)) == 1
    assert (tmp_path / "orgdb.sqlite3.lock").exists()
    up = runner.invoke(app, ["db", "upgrade", "--db", spelled])
    assert up.exit_code == 0, up.output
    members = runner.invoke(app, ["members", "CSTO", "--db", spelled, "--as-of",
                                  "2011-08-12", "--format", "json"])
    assert members.exit_code == 0, members.output
    assert members.stdout.count('"state":') == 7


def test_redaction_hides_passwords_in_the_user_part_and_the_query():
    assert redact("postgresql+psycopg2://bob:S3cretPW@db:5432/x?sslmode=require"
                  "&password=S3cretPW") == ("postgresql+psycopg2://bob:***@db:5432/x?"
                                            "sslmode=require&password=***")


SECRET = "S3cretPW"


def test_an_unreachable_servers_error_never_prints_the_password():
    """No server needed: nothing listens on port 1."""
    unreachable = orgdb_cli("members", "CSTO", "--db",
                            f"postgresql://postgres:{SECRET}@127.0.0.1:1/none?password={SECRET}")
    assert unreachable.returncode == 1 and unreachable.stderr.startswith("Error: ")
    assert "cannot open database postgresql+psycopg2://postgres:***@127.0.0.1:1/none" in \
        unreachable.stderr
    assert SECRET not in unreachable.stderr + unreachable.stdout


def test_no_message_about_a_database_prints_its_password(head_pg_copy):
    """The refusals and the hint that names the database behind head."""
    secret = SECRET
    with_password = head_pg_copy.replace("postgres@", f"postgres:{secret}@", 1)
    assert runner.invoke(app, ["db", "downgrade", recent_start(), "--yes", "--db",
                               with_password]).exit_code == 0
    # below the newest data revision under recent_start(): a downgrade that loses rows
    from orgdb.curation.changelog import data_revisions

    known = revisions.known()
    data = max(r for r, *_ in data_revisions() if r <= recent_start())
    one_more = known[known.index(data) - 1]
    for args in (["members", "CSTO"], ["db", "downgrade", one_more]):
        result = runner.invoke(app, [*args, "--db", with_password])
        assert result.exit_code == 1, result.output
        assert secret not in result.output, result.output
    behind = runner.invoke(app, ["members", "CSTO", "--db",
                                 with_password + f"?password={secret}"])
    assert "hint: run: orgdb db upgrade --db postgresql" in behind.stderr
    assert secret not in behind.stderr and "***" in behind.stderr


def test_a_name_with_percent_or_question_marks_is_the_file_it_spells(tmp_path,
                                                                     head_sqlite_path):
    """SQLAlchemy reads `?` as a query and decodes `%2E`: `db downgrade base --db
    db%2Esqlite3` once emptied db.sqlite3 with no backup. Every write now goes to the file
    the name spells, the one orgdb locks and backs up."""
    plain = tmp_path / "db.sqlite3"
    shutil.copy(head_sqlite_path, plain)
    before = plain.read_bytes()
    missing = runner.invoke(app, ["db", "downgrade", "base", "--db",
                                  str(tmp_path / "db%2Esqlite3")])
    assert missing.exit_code == 1 and "does not exist" in missing.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]
    odd = tmp_path / "a?b%2E.sqlite3"
    shutil.copy(head_sqlite_path, odd)
    down = runner.invoke(app, ["db", "downgrade", recent_start(), "--db", str(odd)])
    assert down.exit_code == 0, down.output
    assert [b.name for b in backup.backups(odd)] == [
        n for n in os.listdir(tmp_path) if n.startswith("a?b%2E.sqlite3.0")]
    conn = sqlite3.connect(odd)  # a plain file name: no URI decoding
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
        recent_start(),)
    conn.close()
    assert plain.read_bytes() == before
