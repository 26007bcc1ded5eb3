"""Which database: --db URL, else ORGDB_DATABASE_URL, else the embedded default file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_URL = "ORGDB_DATABASE_URL"
SQLITE_PREFIX = "sqlite:///"


def default_path() -> Path:
    """The embedded default: a SQLite file in the user data directory (honours XDG_DATA_HOME)."""
    import platformdirs  # only the default needs it

    return platformdirs.user_data_path("orgdb", appauthor=False) / "orgdb.sqlite3"


@dataclass(frozen=True)
class Target:
    url: str
    explicit: bool  # named by the user: never migrated behind their back

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite:")

    @property
    def sqlite_path(self) -> Path | None:
        if not self.url.startswith(SQLITE_PREFIX):
            return None
        rest = self.url[len(SQLITE_PREFIX):].split("?", 1)[0]
        return Path(rest) if rest and rest != ":memory:" else None


def resolve(url: str | None = None) -> Target:
    if url:
        return Target(url, explicit=True)
    env = os.environ.get(ENV_URL)
    if env:
        return Target(env, explicit=True)
    return Target(SQLITE_PREFIX + str(default_path()), explicit=False)


def sqlite_url(path: Path | str) -> str:
    return SQLITE_PREFIX + str(path)
