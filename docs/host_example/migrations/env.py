"""The newsroom's alembic environment: its models as target_metadata, and orgdb's
include_object, so that autogenerate never proposes to create, alter or drop orgdb's
tables."""

from alembic import context
from newsroom import models  # noqa: F401 - registers the tables
from newsroom.database import engine
from sqlmodel import SQLModel

from orgdb.store.host import include_object

config = context.config
eng = engine(config.get_main_option("sqlalchemy.url"), config.attributes.get("orgdb_file"))
with eng.connect() as connection:
    context.configure(connection=connection, target_metadata=SQLModel.metadata,
                      include_object=include_object,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()
eng.dispose()
