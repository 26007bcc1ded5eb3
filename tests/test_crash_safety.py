"""Writes that cannot be half-done: a process killed at any statement of a write leaves the
database exactly as it was before the write or exactly as a whole write leaves it (every
row of every table, integrity_check ok), and the next lookup answers: the seven CSTO
members of 2011-08-12.

Each write runs in a forked child (the parent has SQLAlchemy and alembic loaded already, so
a kill costs milliseconds) that kills itself with SIGKILL, or SIGINT for a Ctrl-C, right
after its Nth SQL statement (ORGDB_CRASH_AFTER, orgdb.store.faults). The kill points are
spread over the whole write, its last statements and its commit included."""

from __future__ import annotations

import csv
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import recent_start, sa_engine

import orgdb
from orgdb.store import create, faults, migrate, revisions
from orgdb.store.target import default_path, sqlite_target

pytestmark = pytest.mark.slow
KILLS = 20
# A write through the whole history (every data revision) costs seconds a run, and a kill
# at its Nth statement replays it up to there: fewer points, still spread over all of it.
KILLS_THROUGH_HISTORY = 12
# Through the newest revisions, COW's carried copy among them (1,300 statements, a second
# and a half a run): fewer points, still spread over all of them and their commit; the
# history run kills through every revision too.
KILLS_THROUGH_NEWEST = 14
CSTO_2011 = {"Russian Federation", "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan",
             "Tajikistan", "Uzbekistan"}
DATA = Path(__file__).resolve().parent / "data"


def in_child(write: Callable[[], object], crash_after: int, sig: str) -> int:
    """Run `write` in a forked child that dies after its Nth statement; its wait status."""
    pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            os.environ["ORGDB_CRASH_AFTER"] = str(crash_after)
            os.environ["ORGDB_CRASH_SIGNAL"] = sig
            faults._done = 0
            write()
        except BaseException:  # a Ctrl-C unwinds: the transaction rolls back
            code = 3
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    return status


def statements(write: Callable[[], object], monkeypatch) -> int:
    """How many statements one whole run of `write` executes, counted in a forked child as
    the kills run it (a run in this process would leave it caches and engines the kills'
    children then start with, and count a different write)."""
    read, written = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            os.environ["ORGDB_CRASH_AFTER"] = str(10**9)
            faults._done = 0
            write()
            os.write(written, str(faults._done).encode())
        except BaseException:
            code = 3
        os._exit(code)
    os.close(written)
    _, status = os.waitpid(pid, 0)
    with os.fdopen(read) as counted:
        total = counted.read()
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and total, status
    return int(total)


def contents(path: Path) -> list[str] | None:
    """Every table's schema, and a digest of its rows in rowid order (None: no file). A
    table that alembic's batch mode rebuilt lists its constraints in no fixed order, so
    each CREATE statement's lines are sorted. The rows are joined by SQLite itself: the
    carried COW data makes a dump in Python cost a third of a second a kill."""
    if not path.exists():
        return None
    conn = sqlite3.connect(path)
    try:
        out = []
        for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master "
                                            "WHERE sql IS NOT NULL ORDER BY type, name"):
            out.append("\n".join(sorted(line.rstrip(", ") for line in sql.split("\n"))))
            if kind == "table":
                cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
                row = " || ',' || ".join(f'quote("{c}")' for c in cols)
                n, text = conn.execute(
                    f'SELECT count(*), group_concat(r, char(10)) FROM (SELECT {row} AS r '
                    f'FROM "{name}" ORDER BY rowid)').fetchone()
                digest = hashlib.sha256((text or "").encode()).hexdigest()
                out.append(f"{name}: {n} rows, {digest}")
        return out
    finally:
        conn.close()


# A point no write reaches: the write completes. A run's count of statements can differ
# by a few from the next run's (the revert of a changeset looks for rows that refer to one
# it removes table by table, in the order SQLite lists them, and stops at the first), so
# the point "one past the end" is this, not total + 1.
COMPLETES = 10**9


def kill_points(total: int, kills: int = KILLS) -> list[int]:
    """`kills` points spread over 1..total, the write's last statements among them, and one
    no write reaches (the write completes); every point of a write with fewer."""
    if total <= kills:
        return [*range(1, total + 1), COMPLETES]
    spread = {1 + round(i * (total - 3) / (kills - 4)) for i in range(kills - 3)}
    return sorted(spread | {total - 1, total, COMPLETES})


def revision_and_integrity(path: Path) -> tuple[str | None, str]:
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        rev = (conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
               if "alembic_version" in tables else None)
        return rev, conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def next_lookup() -> set[str]:
    with orgdb.connect() as db:  # the embedded default: created or upgraded if need be
        return {m.state for m in db.members("CSTO", as_of="2011-08-12")}


def reset(path: Path, start: Path | None) -> None:
    for side in ("", "-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    if start is not None:
        shutil.copy(start, path)


def kill_everywhere(write: Callable[[], object], start: Path | None, allowed: set,
                    monkeypatch, check: Callable[[Path], str] | None = None,
                    kills: int = KILLS) -> None:
    """Kill `write` at every kill point, alternately with SIGKILL and SIGINT; after each,
    the default database is at a revision in `allowed`, whole, holds exactly what it held
    before the write or exactly what a whole write leaves, and the next lookup answers.
    The lookup runs once for each distinct state the kills leave (the database's contents
    and which -wal, -shm and -journal files lie beside it): a lookup is a function of that
    state, so a kill that leaves the very state an earlier one left answers as it did."""
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    reset(path, start)
    before = contents(path)
    total = statements(write, monkeypatch)
    after = contents(path)
    outcomes = set()
    looked_up = set()
    for n, point in enumerate(kill_points(total, kills)):
        reset(path, start)
        status = in_child(write, point, "KILL" if n % 2 == 0 else "INT")
        assert os.WIFSIGNALED(status) or os.WIFEXITED(status)
        beside = frozenset(side for side in ("-wal", "-shm", "-journal")
                           if Path(f"{path}{side}").exists())
        if path.exists():
            rev, integrity = revision_and_integrity(path)
            assert integrity == "ok", (point, integrity)
            assert rev in allowed, (point, rev)
            outcome = (rev, check(path) if check else None)
        else:
            outcome = "no file"
            assert "no file" in allowed, point
        left = contents(path)
        assert left in (before, after), f"a half-done write at statement {point}"
        state = (left == after, beside)
        if state not in looked_up:
            assert next_lookup() == CSTO_2011, point
            looked_up.add(state)
        outcomes.add(outcome)
    assert len(outcomes) == 2, f"kills should land before and after the commit: {outcomes}"


def test_kills_during_first_use_leave_no_partial_file(monkeypatch):
    target = sqlite_target(default_path(), explicit=False)
    kill_everywhere(lambda: create.create(target), None, {"no file", revisions.head()},
                    monkeypatch)
    leftovers = [p.name for p in default_path().parent.iterdir()
                 if ".creating-" in p.name]
    assert leftovers == [], "a later creation removes what a killed one left"


def test_kills_during_a_restore_onto_a_new_path(monkeypatch, head_sqlite_path, tmp_path):
    """The copy is built beside the new name and renamed into place: a kill anywhere
    leaves no database or a whole one, never a hot journal nothing can open."""
    from orgdb.store.restore import restore

    spare = tmp_path / "spare.bak"
    shutil.copy(head_sqlite_path, spare)
    target = sqlite_target(default_path(), explicit=False)
    kill_everywhere(lambda: restore(target, spare), None, {"no file", revisions.head()},
                    monkeypatch)
    assert not list(default_path().parent.glob(".*restoring-*"))


def test_kills_during_an_upgrade_through_the_newest_revisions(monkeypatch,
                                                              recent_sqlite_path):
    target = sqlite_target(default_path(), explicit=False)
    kill_everywhere(lambda: migrate.upgrade(target), recent_sqlite_path,
                    {recent_start(), revisions.head()}, monkeypatch, kills=KILLS_THROUGH_NEWEST)


def test_kills_during_a_downgrade_through_the_newest_revisions(monkeypatch,
                                                              head_sqlite_path):
    target = sqlite_target(default_path(), explicit=False)
    kill_everywhere(lambda: migrate.downgrade(target, recent_start()), head_sqlite_path,
                    {revisions.head(), recent_start()}, monkeypatch, kills=KILLS_THROUGH_NEWEST)


@pytest.fixture(scope="module")
def at_0001(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("start") / "at_0001.sqlite3"
    migrate.upgrade(sqlite_target(path), "0001")
    return path


@pytest.mark.history
def test_kills_during_upgrade_from_0001(monkeypatch, at_0001):
    target = sqlite_target(default_path(), explicit=False)
    kill_everywhere(lambda: migrate.upgrade(target), at_0001,
                    {"0001", revisions.head()}, monkeypatch, kills=KILLS_THROUGH_HISTORY)


@pytest.mark.history
def test_kills_during_downgrade_to_base(monkeypatch, head_sqlite_path):
    target = sqlite_target(default_path(), explicit=False)
    kill_everywhere(lambda: migrate.downgrade(target, "base"), head_sqlite_path,
                    {revisions.head(), None}, monkeypatch, kills=KILLS_THROUGH_HISTORY)


def test_kills_during_import_cow(monkeypatch, curated_sqlite_path):
    extract = DATA / "cow_extract.csv"
    with extract.open(newline="", encoding="utf-8") as f:
        names = {row[0]: row[1] for row in list(csv.reader(f))[1:]}
    ionames = set(names)
    conn = sqlite3.connect(curated_sqlite_path)
    curated = {code for (code,) in conn.execute("SELECT code FROM organization WHERE curated")}
    called = {name.casefold() for (name,) in conn.execute(
        "SELECT name FROM organization WHERE curated UNION SELECT n.name FROM "
        "organization_name n JOIN organization o ON o.id = n.organization_id WHERE o.curated")}
    others = conn.execute("SELECT count(*) FROM organization WHERE NOT curated").fetchone()[0]
    igos_before = conn.execute("SELECT count(*) FROM cow_igo").fetchone()[0]
    conn.close()
    # curated IGOs are matched, not created: by code, or by name (ArticC: the Arctic Council)
    matched = {i for i in ionames if i in curated or names[i].casefold() in called}
    created = len(ionames) - len(matched)

    def cow_all_or_nothing(path: Path) -> str:
        conn = sqlite3.connect(path)
        try:
            igos = conn.execute("SELECT count(*) FROM cow_igo").fetchone()[0] - igos_before
            orgs = conn.execute("SELECT count(*) FROM organization WHERE NOT curated"
                                ).fetchone()[0] - others
        finally:
            conn.close()
        assert (igos, orgs) in ((0, 0), (len(ionames), created)), (igos, orgs)
        return "imported" if igos else "not imported"

    def import_cow():
        with orgdb.connect() as db:
            db.import_cow(extract, states=DATA / "states2016_extract.csv")

    kill_everywhere(import_cow, curated_sqlite_path, {revisions.head()}, monkeypatch,
                    cow_all_or_nothing)


def test_real_signals_at_random_moments_of_a_first_use(tmp_path):
    """As a user would: SIGKILL or Ctrl-C at a random moment of the first `orgdb members`."""
    rng = random.Random(20261128)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    path = tmp_path / "orgdb" / "orgdb.sqlite3"
    for n in range(10):
        reset(path, None)
        proc = subprocess.Popen([sys.executable, "-m", "orgdb", "members", "CSTO"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.02, 0.25))
        proc.send_signal(signal.SIGKILL if n % 2 else signal.SIGINT)
        proc.wait(timeout=60)
        if path.exists():
            assert revision_and_integrity(path) == (revisions.head(), "ok")
        after = subprocess.run([sys.executable, "-m", "orgdb", "members", "CSTO", "--as-of",
                                "2011-08-12"], env=env, capture_output=True, text=True,
                               timeout=60)
        assert after.returncode == 0, after.stderr
        assert all(state in after.stdout for state in CSTO_2011)


def test_kills_while_an_empty_postgresql_database_is_loaded(pg_url, monkeypatch):
    """An empty PostgreSQL database is loaded from the snapshot in one transaction: killed
    at any statement, it is afterwards empty (not even orgdb's schema left) or whole."""
    from helpers import query, revision

    target = orgdb.connect(pg_url).target
    counts = ("SELECT (SELECT count(*) FROM membership), (SELECT count(*) FROM source), "
              "(SELECT count(*) FROM tenure)")

    def reset() -> None:
        with sa_engine(pg_url).begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{target.schema}" CASCADE')

    total = statements(lambda: migrate.upgrade(target), monkeypatch)
    whole = query(pg_url, counts)
    assert whole[0][0] > 1000
    outcomes = set()
    for n, point in enumerate(kill_points(total)):
        reset()
        status = in_child(lambda: migrate.upgrade(target), point, "KILL" if n % 2 == 0
                          else "INT")
        assert os.WIFSIGNALED(status) or os.WIFEXITED(status)
        rev = revision(pg_url)
        schemas = query(pg_url, "SELECT nspname FROM pg_namespace WHERE nspname = :s",
                        s=target.schema)
        if rev is None:
            assert schemas == [], f"a kill at statement {point} left orgdb's schema"
        else:
            assert (rev, query(pg_url, counts)) == (revisions.head(), whole), point
        outcomes.add(rev)
    assert outcomes == {None, revisions.head()}
    migrate.upgrade(target)  # and the next upgrade works
    assert query(pg_url, counts) == whole


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_failing_revision_leaves_the_database_where_it_started(backend, request,
                                                                 monkeypatch):
    """An upgrade of many revisions that fails in 0013 leaves the database at its starting
    revision, on both backends: one transaction for the whole upgrade."""
    from helpers import dump, revision

    from orgdb import resources

    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")
    target = orgdb.connect(url).target
    migrate.upgrade(target, "0002")
    before = dump(url)
    applier = resources.applier(1)
    real = applier.upgrade

    def failing(name, sha):
        if name.startswith("0013"):
            raise applier.ChangesetConflict(f"{name}: injected failure")
        real(name, sha)

    monkeypatch.setattr(applier, "upgrade", failing)
    with pytest.raises(applier.ChangesetConflict, match="injected"):
        migrate.upgrade(target)
    assert revision(url) == "0002"
    assert dump(url) == before


def _time_to_reach_orgdb() -> float:
    """How long Python takes here to start and import orgdb's entry module (before that,
    a Ctrl-C meets Python's own start-up, which orgdb cannot handle)."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import orgdb.__main__"], check=True)
        times.append(time.perf_counter() - start)
    return sorted(times)[1]


def test_a_ctrl_c_at_any_moment_of_start_up_ends_quietly_with_130(head_sqlite_path):
    """A SIGINT while Python loads the command line once printed a traceback (2 of 50).
    The installed `orgdb` script and `python -m orgdb` both go through orgdb.__main__,
    which handles it from its first line: exit 130, nothing printed. (A signal that lands
    in Python's own start-up or in the console script pip writes (its `import re` comes
    first), before any of orgdb's code, is Python's to report; on a busy machine some do,
    and they are told apart by their traceback, which has no frame in orgdb's package.)"""
    script = shutil.which("orgdb")
    commands = [[sys.executable, "-m", "orgdb"], *([[script]] if script else [])]
    ready = _time_to_reach_orgdb()
    package = os.path.dirname(orgdb.__file__)
    rng = random.Random(20261207)
    handled = 0
    for n in range(20):
        cmd = commands[n % len(commands)]
        proc = subprocess.Popen([*cmd, "members", "CSTO", "--db", str(head_sqlite_path)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(ready + rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        if err and f'File "{package}' not in err:
            continue  # Python's own start-up, or pip's script: no frame of orgdb's
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
        assert proc.returncode in (0, 130) or (proc.returncode == -signal.SIGINT
                                               and err == ""), (proc.returncode, err)
        handled += proc.returncode == 130
    assert handled >= 5, f"only {handled} of 20 interrupts landed in orgdb's start-up"
