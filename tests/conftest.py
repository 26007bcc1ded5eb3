"""Shared fixtures: isolated environment, a database URL per backend, pytest-alembic setup."""

from __future__ import annotations

import os

import pytest

from orgdb import config, db, resources

PG_ENV = "ORGDB_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory, monkeypatch):
    """No test touches the real user data directory or a database named by the caller."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    monkeypatch.delenv(config.ENV_URL, raising=False)
    monkeypatch.delenv("ORGDB_DEBUG", raising=False)


def _reset_postgres(url: str) -> None:
    from sqlalchemy import text

    engine = db.make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return config.sqlite_url(tmp_path / "orgdb.sqlite3")


@pytest.fixture
def pg_url():
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set")
    _reset_postgres(url)
    yield url
    _reset_postgres(url)


@pytest.fixture(params=BACKENDS)
def db_url(request) -> str:
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def alembic_config():
    """Built in code as orgdb.migrate does, so alembic.ini and the cwd play no part."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    return cfg


@pytest.fixture(params=BACKENDS)
def alembic_engine(request):
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
    engine = db.make_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def head_sqlite_path(tmp_path_factory):
    """A SQLite file at head with the curated data, built once; tests copy it or read it."""
    from orgdb import migrate

    path = tmp_path_factory.mktemp("head") / "orgdb.sqlite3"
    migrate.upgrade(config.Target(config.sqlite_url(path), explicit=True))
    return path


@pytest.fixture(scope="session")
def head_pg_url():
    """A PostgreSQL database of its own at head, beside the one migration tests empty."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set")
    from sqlalchemy import make_url, text

    from orgdb import migrate

    base = make_url(db.make_engine(url).url)
    name = f"{base.database}_head"
    admin = db.make_engine(url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    head = base.set(database=name).render_as_string(hide_password=False)
    migrate.upgrade(config.Target(head, explicit=True))
    yield head
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def head_url(request):
    """A database at head with the curated data, on each backend (read-only use)."""
    if request.param == "sqlite":
        return config.sqlite_url(request.getfixturevalue("head_sqlite_path"))
    return request.getfixturevalue("head_pg_url")
