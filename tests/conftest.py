"""Shared fixtures: an isolated environment, databases per backend, pytest-alembic setup.

Databases at head are built once per session and copied per test: a SQLite file is copied,
a PostgreSQL database is created from a template (CREATE DATABASE ... TEMPLATE).
"""

from __future__ import annotations

import os
import shutil
import uuid

import pytest

from orgdb.store import create, engine, migrate, pgschema
from orgdb.store.target import ENV_URL, resolve, sqlite_target

PG_ENV = "ORGDB_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: kills and races processes many times (run "
                            "by default and in CI; deselect locally with -m 'not slow')")
    config.addinivalue_line("markers", "history: walks the whole revision history, so its "
                            "cost grows with the data; left out of the default run, run by "
                            "CI after it: pytest -m history")
    if os.environ.get("CI") == "true" and not os.environ.get(PG_ENV):
        raise pytest.UsageError(f"CI=true and {PG_ENV} is not set: the PostgreSQL tests "
                                "must run in CI")


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory, monkeypatch):
    """No test touches the real user data directory or a database named by the caller."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    for name in (ENV_URL, "ORGDB_DEBUG", "ORGDB_CRASH_AFTER", "ORGDB_CRASH_SIGNAL",
                 "ORGDB_LOCK_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)


def _pg_base() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set")
    return resolve(url).url


def _admin(url: str):
    return engine.engine(resolve(url)).execution_options(isolation_level="AUTOCOMMIT")


def _pg_database(url: str, name: str, template: str | None = None) -> str:
    from sqlalchemy import make_url, text

    admin = _admin(url)
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'
                              + (f' TEMPLATE "{template}"' if template else "")))
    finally:
        admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(url: str, name: str) -> None:
    from sqlalchemy import text

    admin = _admin(url)
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def _pg_name(url: str) -> str:
    from sqlalchemy import make_url

    return make_url(url).database


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    """A SQLite database that does not exist yet."""
    return sqlite_target(tmp_path / "orgdb.sqlite3").url


def _own_pg_database(suffix: str | None = None, template: str | None = None):
    """A PostgreSQL database beside the one the tests were given, dropped afterwards."""
    base = _pg_base()
    # each parallel worker of each run its own (two runs at once must not share a template)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "") + os.environ.get(
        "PYTEST_XDIST_TESTRUNUID", str(os.getpid()))[:8]
    name = f"{_pg_name(base)}_{suffix or uuid.uuid4().hex[:8]}{worker}"
    yield _pg_database(base, name, template)
    _drop_pg_database(base, name)


@pytest.fixture
def pg_url():
    """An empty PostgreSQL database of its own."""
    yield from _own_pg_database()


@pytest.fixture(params=BACKENDS)
def db_url(request) -> str:
    """An empty database on each backend."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def alembic_config():
    """Built in code as orgdb does, so alembic.ini and the cwd play no part; with orgdb's
    models, which only autogenerate reads."""
    from pytest_alembic.config import Config

    from orgdb.store.models import METADATA

    return Config(config_options={"target_metadata": METADATA},
                  alembic_config=migrate.alembic_config())


@pytest.fixture(params=BACKENDS)
def alembic_engine(request):
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
    target = resolve(url)
    eng = engine.write_engine(target)
    with eng.begin() as conn:  # orgdb creates its schema in its first write
        pgschema.ensure(conn, target)
    yield eng
    eng.dispose()


@pytest.fixture
def schema_only():
    """The chain with every data revision a no-op: what the schema revisions do alone,
    without walking the data revisions between them."""
    with migrate.schema_only():
        yield


@pytest.fixture(scope="session")
def head_sqlite_path(tmp_path_factory):
    """A SQLite file at head with the curated data, built once; tests copy it or read it."""
    target = sqlite_target(tmp_path_factory.mktemp("head") / "orgdb.sqlite3")
    create.create(target)
    return target.path


@pytest.fixture(scope="session")
def curated_sqlite_path(head_sqlite_path, tmp_path_factory):
    """A SQLite file at head with the curated data alone (the COW data revision 0052
    carries taken back, as before a user's import), built once; tests copy it."""
    from helpers import without_cow

    path = tmp_path_factory.mktemp("curated") / "orgdb.sqlite3"
    shutil.copy(head_sqlite_path, path)
    without_cow(str(path))
    return path


@pytest.fixture(scope="session")
def recent_sqlite_path(head_sqlite_path, tmp_path_factory):
    """A SQLite file at the revision before the newest RECENT ones (head, downgraded),
    built once; tests copy it."""
    from helpers import recent_start

    path = tmp_path_factory.mktemp("recent") / "orgdb.sqlite3"
    shutil.copy(head_sqlite_path, path)
    migrate.downgrade(sqlite_target(path), recent_start())
    for backup in path.parent.glob("*.bak"):
        backup.unlink()
    return path


@pytest.fixture(scope="session")
def pg_template():
    """A PostgreSQL database at head, built once by the migrations, never opened again but
    as the template of copies (CREATE DATABASE ... TEMPLATE needs it idle)."""
    for url in _own_pg_database("template"):
        migrate.upgrade(resolve(url))
        yield _pg_name(url)


@pytest.fixture(scope="session")
def head_pg_url(pg_template):
    """A PostgreSQL database at head, for read-only use."""
    yield from _own_pg_database("head", pg_template)


@pytest.fixture(params=BACKENDS)
def head_url(request):
    """A database at head with the curated data, on each backend (read-only use)."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("head_sqlite_path"))
    return request.getfixturevalue("head_pg_url")


@pytest.fixture
def head_sqlite_copy(head_sqlite_path, tmp_path):
    """A writable SQLite file at head of this test's own."""
    path = tmp_path / "orgdb.sqlite3"
    shutil.copy(head_sqlite_path, path)
    return path


@pytest.fixture
def head_pg_copy(pg_template):
    """A writable PostgreSQL database at head of this test's own."""
    yield from _own_pg_database(template=pg_template)


@pytest.fixture(params=BACKENDS)
def writable_head_url(request):
    """A writable database at head with the curated data, on each backend."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("head_sqlite_copy"))
    return request.getfixturevalue("head_pg_copy")


@pytest.fixture
def d(head_url):
    """An orgdb handle on a database at head, on each backend (read-only use)."""
    import orgdb

    with orgdb.connect(head_url) as handle:
        yield handle
