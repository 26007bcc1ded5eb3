"""Alembic environment. Like the revisions it runs, it imports only alembic and SQLAlchemy:
the data path never imports orgdb, SQLModel or pycountry, so a revision released today runs
the same after years of changes to them (a test runs base -> head with all three
unimportable).

Who runs it, and how it gets its connection:
- orgdb hands over a connection it opened itself, inside one transaction under its writer
  lock, in `config.attributes["connection"]` (pytest-alembic hands over an Engine there);
- plain alembic with `sqlalchemy.url` set in the configuration gets an engine from it;
- a developer's `alembic revision --autogenerate` in a checkout (neither of the above)
  gets orgdb's own database and models: only that path imports orgdb.
Revisions name their constraints through the naming convention of `target_metadata`
(alembic's op.f and batch mode): the convention is frozen here, as the revisions were
written with it. orgdb's models (which use the same convention, a test checks) matter only
to autogenerate; a caller may hand them over in `config.attributes["target_metadata"]`.
"""

import sys
from pathlib import Path

import sqlalchemy as sa
from alembic import context
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)  # data revisions import orgdb_appliers from here
config = context.config
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _run(connection: Connection, target_metadata: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():  # a no-op inside orgdb's own transaction
        context.run_migrations()


def _developer_setup() -> tuple[object, object]:
    """orgdb's database and models, for `alembic` run by hand in a checkout."""
    from orgdb.store import target
    from orgdb.store.engine import write_engine
    from orgdb.store.models import METADATA

    return write_engine(target.resolve(None)), METADATA


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    metadata = config.attributes.get("target_metadata") or sa.MetaData(
        naming_convention=NAMING_CONVENTION)
    if isinstance(given, Connection):
        _run(given, metadata)
        return
    engine = given
    if engine is None and config.get_main_option("sqlalchemy.url"):
        engine = sa.create_engine(config.get_main_option("sqlalchemy.url"), poolclass=NullPool)
    elif engine is None:
        engine, metadata = _developer_setup()
    try:
        with engine.connect() as conn:
            _run(conn, metadata)
    finally:
        if given is None:
            engine.dispose()


if context.is_offline_mode():
    raise SystemExit("orgdb's data revisions read the database they change: "
                     "offline (--sql) migrations are not supported")
run_migrations_online()
