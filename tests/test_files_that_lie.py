"""Files that are not what they claim, and writes that once reached another file or lost
one: hard links, hot journals left by a killed write, special files, another
application's database with an alembic revision orgdb knows, hostile backups, restores
that pruned their own source or were killed onto a new path, a read-only directory seen
by a user who does not own it. Real files, real processes, real kills."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import orgdb_cli

from orgdb.store import backup, revisions

pytestmark = pytest.mark.slow


def one_line_error(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stderr.startswith("Error: ") and done.stderr.count("Error:") == 1
    assert "Traceback" not in done.stderr
    for w in words:
        assert w in done.stderr, done.stderr


def rev_and_integrity(path: Path) -> tuple[str | None, str]:
    conn = sqlite3.connect(path)
    try:
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (rev[0] if rev else None), conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM membership ORDER BY id").fetchall()
    finally:
        conn.close()


CHANGE = ('[changeset]\ntitle = "t"\n[[sources]]\nkey = "t{n}"\ntitle = "T{n}"\n'
          '[[organizations]]\ncode = "NEW{n}"\nname = "New {n}"\nsource = "t{n}"\n')


def change(tmp_path: Path, n: int) -> Path:
    path = tmp_path / f"change{n}.toml"
    path.write_text(CHANGE.format(n=n), encoding="utf-8")
    return path


# ------------------------------------------------------------------ hard links


def test_a_file_with_two_hard_links_is_never_written(head_sqlite_copy, tmp_path):
    """SQLite keeps a -wal file beside each name: imports through two links of one file
    once both said they succeeded, and one commit vanished. Now neither writes."""
    a = head_sqlite_copy
    b = tmp_path / "b.sqlite3"
    os.link(a, b)
    before = a.read_bytes()
    procs = [subprocess.Popen([sys.executable, "-m", "orgdb", "import",
                               str(change(tmp_path, n)), "--db", str(db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for n, db in enumerate((a, b))]
    for p in procs:
        out, err = p.communicate(timeout=120)
        one_line_error(subprocess.CompletedProcess(p.args, p.returncode, out, err),
                       "2 hard links", "cp ")
    assert a.read_bytes() == before
    assert orgdb_cli("members", "CSTO", "--db", str(b)).returncode == 0  # reading is fine


# ------------------------------------------------------------------ hot journals


def _cut_off_write(path: Path) -> None:
    """A write killed halfway in rollback-journal mode: a hot journal beside the file."""
    code = ("import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA journal_mode = DELETE'); c.execute('PRAGMA cache_size = 1')\n"
            "c.execute('BEGIN'); c.execute(\"UPDATE membership SET notes = 'half'\")\n"
            "os.kill(os.getpid(), 9)\n")
    subprocess.run([sys.executable, "-c", code, str(path)], check=False)
    assert Path(f"{path}-journal").stat().st_size > 0


def test_a_hot_journal_is_reported_then_recovered_by_the_next_write(head_sqlite_copy):
    path = head_sqlite_copy
    before = rows(path)
    _cut_off_write(path)
    lookup = orgdb_cli("members", "CSTO", "--db", str(path))
    one_line_error(lookup, "cut off", f"run: orgdb db upgrade --db {path}")
    up = orgdb_cli("db", "upgrade", "--db", str(path))
    assert up.returncode == 0, up.stderr
    assert not Path(f"{path}-journal").exists()
    assert rows(path) == before and rev_and_integrity(path) == (revisions.head(), "ok")
    assert orgdb_cli("members", "CSTO", "--db", str(path)).returncode == 0


def test_another_applications_hot_journal_is_not_recovered_by_orgdb(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE membership (id INTEGER PRIMARY KEY, notes TEXT);"
                       "INSERT INTO membership (notes) SELECT 'x' FROM (SELECT 1 UNION "
                       "SELECT 2 UNION SELECT 3);")
    conn.close()
    _cut_off_write(path)
    journal = Path(f"{path}-journal").read_bytes()
    one_line_error(orgdb_cli("db", "upgrade", "--db", str(path)), "not an orgdb database")
    assert Path(f"{path}-journal").read_bytes() == journal


# ------------------------------------------------------------------ special files


@pytest.mark.parametrize("kind", ["fifo", "/dev/null", "directory"])
def test_anything_but_a_regular_file_is_refused_at_once(tmp_path, kind):
    if kind == "fifo":
        name = tmp_path / "pipe.sqlite3"
        os.mkfifo(name)
    elif kind == "directory":
        name = tmp_path / "folder.sqlite3"
        name.mkdir()
    else:
        name = Path(kind)
    for args in (["members", "CSTO"], ["db", "upgrade"], ["db", "current"]):
        start = time.monotonic()
        done = orgdb_cli(*args, "--db", str(name), timeout=30)
        one_line_error(done, "not a database file")
        assert time.monotonic() - start < 10
    assert not Path(f"{name}.lock").exists()
    assert "db upgrade" not in done.stderr


# ------------------------------------------------------------------ another application


@pytest.mark.parametrize("version", ["0001", revisions.head()])
def test_another_application_at_a_revision_orgdb_knows_is_left_alone(tmp_path, version,
                                                                     head_sqlite_copy):
    other = tmp_path / "invoices.sqlite3"
    conn = sqlite3.connect(other)
    conn.executescript("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);"
                       f"INSERT INTO alembic_version VALUES ('{version}');"
                       "CREATE TABLE invoice (id INTEGER PRIMARY KEY, total NUMERIC);"
                       "INSERT INTO invoice (total) VALUES (12.5);")
    conn.close()
    before = other.read_bytes()
    one_line_error(orgdb_cli("db", "upgrade", "--db", str(other)), "not an orgdb database")
    one_line_error(orgdb_cli("db", "restore", str(head_sqlite_copy), "--db", str(other)),
                   "not an orgdb database")
    one_line_error(orgdb_cli("members", "CSTO", "--db", str(other)), "not an orgdb database")
    assert other.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("invoices")] == [
        "invoices.sqlite3"]


# ------------------------------------------------------------------ hostile backups


def _hostile(kind: str, head: Path, bad: Path) -> None:
    shutil.copy(head, bad)
    conn = sqlite3.connect(bad)
    conn.execute("PRAGMA journal_mode = DELETE")
    if kind == "trigger":
        conn.execute("CREATE TRIGGER wipe AFTER INSERT ON source BEGIN DELETE FROM "
                     "membership; END")
    elif kind == "view":
        conn.execute("CREATE VIEW everything AS SELECT * FROM membership")
    elif kind == "dropped index":
        conn.execute("DROP INDEX ix_membership_state_id")
    elif kind == "dangling reference":
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE membership SET state_id = 999999 WHERE id = (SELECT min(id) "
                     "FROM membership)")
    elif kind == "wrong revision":
        conn.execute("UPDATE alembic_version SET version_num = '0014'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("kind", "says"), [
    ("trigger", "trigger wipe"), ("view", "view everything"),
    ("dropped index", "index ix_membership_state_id"),
    ("dangling reference", "broken reference"), ("wrong revision", "says revision 0014")])
def test_a_hostile_backup_is_refused_with_its_reason(head_sqlite_copy, head_sqlite_path,
                                                     tmp_path, kind, says):
    bad = tmp_path / "bad.bak"
    _hostile(kind, head_sqlite_path, bad)
    before = head_sqlite_copy.read_bytes()
    one_line_error(orgdb_cli("db", "restore", str(bad), "--db", str(head_sqlite_copy)), says)
    assert head_sqlite_copy.read_bytes() == before and backup.backups(head_sqlite_copy) == []


def test_a_backup_of_another_page_size_goes_to_a_new_file_only(head_sqlite_copy,
                                                               head_sqlite_path, tmp_path):
    small = tmp_path / "small.bak"
    shutil.copy(head_sqlite_path, small)
    conn = sqlite3.connect(small)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA page_size = 512")
    conn.execute("VACUUM")
    conn.close()
    before = head_sqlite_copy.read_bytes()
    one_line_error(orgdb_cli("db", "restore", str(small), "--db", str(head_sqlite_copy)),
                   "pages of 512 bytes", "new file")
    assert head_sqlite_copy.read_bytes() == before
    fresh = tmp_path / "fresh.sqlite3"
    done = orgdb_cli("db", "restore", str(small), "--db", str(fresh))
    assert done.returncode == 0, done.stderr
    assert rev_and_integrity(fresh) == (revisions.head(), "ok")


# ------------------------------------------------------------------ restores


def _three_writes(path: Path, tmp_path: Path) -> list[Path]:
    for n in range(3):
        done = orgdb_cli("import", str(change(tmp_path, n)), "--db", str(path))
        assert done.returncode == 0, done.stderr
    found = backup.backups(path)
    assert len(found) == backup.KEEP
    return found


def test_restoring_the_oldest_backup_keeps_it(head_sqlite_copy, tmp_path):
    """restore backs up the database it replaces, which once pruned the very file being
    restored, then failed with 'unable to open database file'."""
    oldest = _three_writes(head_sqlite_copy, tmp_path)[0]
    kept = oldest.read_bytes()
    done = orgdb_cli("db", "restore", str(oldest), "--db", str(head_sqlite_copy))
    assert done.returncode == 0, done.stderr
    assert oldest.read_bytes() == kept
    conn = sqlite3.connect(head_sqlite_copy)
    assert conn.execute("SELECT count(*) FROM organization WHERE code LIKE 'NEW%'"
                        ).fetchone() == (0,)
    conn.close()


def test_a_backup_stamped_in_the_future_does_not_push_out_the_new_one(head_sqlite_copy,
                                                                      tmp_path):
    path = head_sqlite_copy
    for stamp in ("20990101T000000000000Z", "20990102T000000000000Z",
                  "20990103T000000000000Z"):
        shutil.copy(path, path.with_name(f"{path.name}.{revisions.head()}.{stamp}.bak"))
    done = orgdb_cli("import", str(change(tmp_path, 9)), "--db", str(path))
    assert done.returncode == 0, done.stderr
    written = done.stderr.split("backup: ", 1)[1].split()[0]
    assert Path(written).is_file() and len(backup.backups(path)) == backup.KEEP


def test_a_restore_killed_onto_a_new_path_leaves_no_file_or_a_whole_one(head_sqlite_path,
                                                                        tmp_path):
    """Once a kill left a hot journal that nothing could open. Now the copy is built
    beside the new name and renamed into place."""
    new = tmp_path / "new.sqlite3"
    outcomes = set()
    for n in range(8):
        for leftover in tmp_path.glob("new.sqlite3*"):
            leftover.unlink()
        proc = subprocess.Popen([sys.executable, "-m", "orgdb", "db", "restore",
                                 str(head_sqlite_path), "--db", str(new)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.05 + 0.04 * n)  # over the whole restore, start-up included
        proc.send_signal(signal.SIGKILL if n % 2 else signal.SIGINT)
        proc.wait(timeout=60)
        assert not Path(f"{new}-journal").exists()
        if new.exists():
            assert rev_and_integrity(new) == (revisions.head(), "ok"), n
            outcomes.add("whole")
        else:
            outcomes.add("none")
        again = orgdb_cli("db", "restore", str(head_sqlite_path), "--db", str(new))
        assert again.returncode == 0, again.stderr
        assert orgdb_cli("members", "CSTO", "--db", str(new)).returncode == 0
    assert not list(tmp_path.glob(".new.sqlite3.restoring-*"))
    assert outcomes, outcomes


# ------------------------------------------------------------------ a read-only directory


def _as_a_stranger(*args: str) -> subprocess.CompletedProcess:
    """orgdb run by root without its capabilities, on files owned by nobody: a user who
    does not own the file and may not write the directory."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        user = subprocess.run([sys.executable, "-m", "orgdb", *args], capture_output=True,
                              text=True, timeout=120)
        return user
    return subprocess.run([setpriv, "--bounding-set=-all", "--", sys.executable, "-m",
                           "orgdb", *args], capture_output=True, text=True, timeout=120)


def _read_only(folder: Path) -> None:
    for p in [*folder.iterdir(), folder]:
        if os.geteuid() == 0:
            os.chown(p, 65534, 65534)
        p.chmod(0o555 if p.is_dir() else 0o444)


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_stranger_reads_a_database_in_a_read_only_directory(head_sqlite_path, tmp_path,
                                                              journal):
    """Also a copy of a database in WAL mode (no -wal file beside it): SQLite cannot make
    its -shm file there and says "attempt to write a readonly database"; it is read as it
    is on disk."""
    folder = tmp_path / "shared"
    folder.mkdir()
    shutil.copy(head_sqlite_path, folder / "orgdb.sqlite3")
    conn = sqlite3.connect(folder / "orgdb.sqlite3")
    assert conn.execute(f"PRAGMA journal_mode = {journal}").fetchone()[0] == journal
    conn.close()
    _read_only(folder)
    done = _as_a_stranger("members", "CSTO", "--as-of", "2011-08-12", "--db",
                          str(folder / "orgdb.sqlite3"), "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 8
    assert sorted(p.name for p in folder.iterdir()) == ["orgdb.sqlite3"]


def test_a_wal_copy_in_a_read_only_directory_says_what_to_do(head_sqlite_path, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    work = tmp_path / "work.sqlite3"
    shutil.copy(head_sqlite_path, work)
    conn = sqlite3.connect(work)  # committed pages left in the -wal while it is open
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE source SET notes = 'in the wal' WHERE id = 1")
    conn.commit()
    shutil.copy(work, folder / "orgdb.sqlite3")
    shutil.copy(f"{work}-wal", folder / "orgdb.sqlite3-wal")
    conn.close()
    _read_only(folder)
    done = _as_a_stranger("members", "CSTO", "--db", str(folder / "orgdb.sqlite3"))
    one_line_error(done, "-wal file holds pages", "directory you can write")
    assert "locked" not in done.stderr


def test_a_compiled_database_that_is_not_what_its_name_says_is_never_copied(
        tmp_path, monkeypatch):
    """The database a first use copies is named by the SHA-256 of its bytes: a damaged one
    (a truncated install) is left aside and the snapshot's SQL builds the database."""
    from orgdb.store import compiled, create, snapshot
    from orgdb.store.target import sqlite_target

    shipped = snapshot.compiled_file()
    assert shipped is not None and compiled.read_whole(shipped) is not None
    damaged = tmp_path / "package" / shipped.name
    damaged.parent.mkdir()
    damaged.write_bytes(shipped.read_bytes()[: shipped.stat().st_size // 2])
    loads = []
    real_run = compiled.run
    monkeypatch.setattr(compiled, "run", lambda *a, **k: (loads.append(1), real_run(*a, **k)))
    for source, built_from_sql in ((shipped, False), (damaged, True)):
        monkeypatch.setattr(snapshot, "compiled_file", lambda source=source: source)
        loads.clear()
        path = tmp_path / f"{source.parent.name}.sqlite3"
        assert create.create(sqlite_target(path), quiet=True)
        assert bool(loads) == built_from_sql
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT count(*) FROM cow_igo").fetchone()[0] == 534
        finally:
            conn.close()
