"""Alembic environment. orgdb runs every migration on a connection it opened itself, inside
one transaction under its writer lock (orgdb.store.write), and hands it over in
`config.attributes["connection"]`; pytest-alembic hands over an Engine; the `alembic`
command line (for `alembic revision --autogenerate`) gets an engine from orgdb's settings.
"""

import sys
from pathlib import Path

from alembic import context
from sqlalchemy.engine import Connection

from orgdb import resources
from orgdb.store import target as orgdb_target
from orgdb.store.engine import write_engine
from orgdb.store.models import METADATA

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)  # data revisions import orgdb_appliers from here
context.config.attributes.setdefault("orgdb_seeds_dir", str(resources.seeds_dir()))
target_metadata = METADATA


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():  # a no-op inside orgdb's own transaction
        context.run_migrations()


def run_migrations_online() -> None:
    given = context.config.attributes.get("connection")
    if isinstance(given, Connection):
        _run(given)
        return
    engine = given if given is not None else write_engine(orgdb_target.resolve(None))
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        if given is None:
            engine.dispose()


if context.is_offline_mode():
    context.configure(url=orgdb_target.resolve(None).url, target_metadata=target_metadata,
                      render_as_batch=True, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
