"""Both chains to head, side by side: orgdb's (its tables, in its schema or file) and the
newsroom's (its own tables, with its own alembic_version).

    python upgrade.py postgresql+psycopg2://localhost/newsroom
    python upgrade.py sqlite:///newsroom.sqlite3 orgdb.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config

import orgdb


def config(url: str, orgdb_file: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["orgdb_file"] = orgdb_file
    return cfg


def upgrade(url: str, orgdb_file: str | None = None) -> None:
    with orgdb.connect(orgdb_file or url) as db:  # orgdb's own migrations, its own lock
        db.upgrade()
    command.upgrade(config(url, orgdb_file), "head")


if __name__ == "__main__":
    upgrade(*sys.argv[1:3])
