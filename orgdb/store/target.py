"""Which database a command means: one canonical Target for every accepted spelling.

`--db` (else $ORGDB_DATABASE_URL, else the embedded default file) may name a SQLite file as
a plain path, `sqlite:///path`, `sqlite+pysqlite:///path` or a `file:` URI (bare or inside
a sqlite URL), or a PostgreSQL server as `postgresql://`, `postgres://` or
`postgresql+<driver>://`. Every command resolves it here, so the guard, the writer lock and
the backups see one file however it was spelled; anything else is refused in one line.
(urllib.parse is imported only for URL spellings: the embedded default does not need it.)
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from orgdb.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

ENV_URL = "ORGDB_DATABASE_URL"
PG_DRIVER = "postgresql+psycopg2"  # the driver orgdb ships (`pip install 'orgdb[postgres]'`)
DEFAULT_SCHEMA = "orgdb"  # where orgdb keeps its tables on PostgreSQL unless told otherwise
_SCHEMA = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
_SECRET_KEYS = {"password", "passwd", "pwd", "sslpassword", "passfile"}


def default_path() -> Path:
    """The embedded default: a SQLite file in the user data directory (honours XDG_DATA_HOME)."""
    import platformdirs  # only the default needs it

    return platformdirs.user_data_path("orgdb", appauthor=False) / "orgdb.sqlite3"


class Target(NamedTuple):
    """A canonical database: `path` (absolute) for SQLite, else a server `url` and the
    `schema` that holds orgdb's tables there."""

    url: str  # SQLAlchemy URL: sqlite:////abs/path or postgresql+psycopg2://...
    explicit: bool  # named by the user: never migrated behind their back
    path: Path | None = None
    schema: str | None = None  # PostgreSQL: named by the URL's search_path, else 'orgdb'
    schema_named: bool = False  # the URL named it (else the default, DEFAULT_SCHEMA)

    @property
    def backend(self) -> str:
        return "sqlite" if self.path is not None else "postgresql"

    def sa_url(self) -> URL:
        """The SQLAlchemy URL, built from the resolved file (never re-read from the user's
        spelling, whose `?` or `%XX` SQLAlchemy would take for a query or an escape)."""
        from sqlalchemy.engine import URL, make_url

        if self.path is not None:
            return URL.create("sqlite", database=str(self.path))
        return make_url(self.url)

    def connect_options(self) -> dict[str, str]:
        """What a PostgreSQL connection needs besides the URL: the search_path of orgdb's
        schema, unless the URL sets one itself."""
        if self.path is not None or self.schema_named or self.schema is None:
            return {}
        return {"options": f"-c search_path={self.schema}"}

    @property
    def is_new(self) -> bool:
        """A SQLite target with no database yet: no file, or an empty one."""
        path = self.path
        return path is not None and (not path.exists() or (path.is_file()
                                                            and path.stat().st_size == 0))

    def describe(self) -> str:
        """How messages name it: the file, or the URL without its password."""
        return f"database {self.path}" if self.path is not None else f"database {redact(self.url)}"

    def option(self) -> str:
        """The `--db` option that names it again in a hint (never with a password), or ''
        when the user did not name it on the command line."""
        if not self.explicit or os.environ.get(ENV_URL):
            return ""
        return f" --db {self.path if self.path is not None else redact(self.url)}"


def sqlite_target(path: Path | str, *, explicit: bool = True) -> Target:
    """A SQLite file: an existing regular file or a name for a new one. Anything else (a
    directory, a FIFO, a device) is refused at once, before anything opens it."""
    path = Path(path).expanduser()
    path = Path(os.path.abspath(path))
    if path.parent.exists():
        path = path.parent.resolve() / path.name  # one name for the lock and the backups
        if path.is_symlink():
            path = path.resolve()
    if path.exists() and not path.is_file():
        kind = "a directory" if path.is_dir() else "not a regular file (a device or a FIFO)"
        raise DatabaseError(f"{path} is {kind}, not a database file",
                            "name a SQLite file, or a new file to create one")
    return Target("sqlite:///" + str(path), explicit, path)


def resolve(url: str | None = None) -> Target:
    """The Target for `url`, else $ORGDB_DATABASE_URL, else the embedded default."""
    if url is not None:
        return parse(url, explicit=True)
    env = os.environ.get(ENV_URL)
    if env:
        return parse(env, explicit=True)
    return sqlite_target(default_path(), explicit=False)


def parse(text: str, *, explicit: bool = True) -> Target:
    text = text.strip()
    if not text:
        raise DatabaseError("the database name is empty", "name a file or a URL with --db")
    if any(ord(c) < 32 for c in text):
        raise DatabaseError("the database name contains control characters")
    if text.casefold() in (":memory:", "sqlite://", "sqlite:///:memory:"):
        # SQLite's name for a database that lives as long as one connection: every
        # command would build the whole database only to drop it (and, taken as a file
        # name, it would write a file called ':memory:')
        raise DatabaseError("an in-memory database would not outlive the command",
                            "name a file with --db, or leave --db out for the default")
    scheme = text.split(":", 1)[0].lower() if re.match(r"^[A-Za-z][\w+.-]*:", text) else ""
    if scheme == "file":
        return sqlite_target(_file_uri_path(text, text), explicit=explicit)
    if scheme in ("sqlite", "sqlite+pysqlite"):
        return sqlite_target(_sqlite_url_path(text), explicit=explicit)
    if scheme in ("postgresql", "postgres") or scheme.startswith("postgresql+"):
        _check_postgres_url(text)
        url = _postgres_url(text)
        named = _search_path_schema(url)
        return Target(url, explicit, None, named or DEFAULT_SCHEMA, named is not None)
    if scheme and "://" in text:
        raise DatabaseError(f"cannot use database URL {redact(text)!r}: orgdb stores its data in "
                         "SQLite or PostgreSQL", "name a file, or a postgresql:// URL")
    return sqlite_target(text, explicit=explicit)  # a plain file path, as sqlite-utils takes


def _sqlite_url_path(url: str) -> str:
    from urllib.parse import parse_qsl

    rest = url.split(":", 1)[1]
    if not rest.startswith("///"):
        raise DatabaseError(f"cannot use database URL {url!r}: a SQLite URL names a file",
                         "sqlite:///relative/path or sqlite:////absolute/path")
    rest = rest[3:]
    rest, _, query = rest.partition("?")
    params = dict(parse_qsl(query, keep_blank_values=True))
    if rest.startswith("file:"):
        if params.pop("uri", "").lower() not in ("true", "1"):
            raise DatabaseError(f"cannot use database URL {url!r}: a file: name needs ?uri=true")
        return _file_uri_path(rest + (f"?{_qs(params)}" if params else ""), url)
    if params:
        raise DatabaseError(f"cannot use database URL {url!r}: orgdb takes no SQLite options "
                         f"({', '.join(params)})", "name the file alone")
    if not rest or rest == ":memory:":
        raise DatabaseError("an in-memory SQLite database keeps nothing",
                         "name a file, e.g. --db orgdb.sqlite3")
    return rest


def _file_uri_path(uri: str, original: str) -> str:
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(uri)
    if parts.netloc not in ("", "localhost"):
        raise DatabaseError(f"cannot use database name {original!r}: a file: URI on another host")
    if parts.query:
        raise DatabaseError(f"cannot use database name {original!r}: orgdb takes no SQLite "
                         f"URI options ({parts.query})", "name the file alone")
    path = unquote(parts.path)
    if not path or path == ":memory:":
        raise DatabaseError("an in-memory SQLite database keeps nothing",
                         "name a file, e.g. --db orgdb.sqlite3")
    return path


def _qs(params: dict[str, str]) -> str:
    from urllib.parse import quote

    return "&".join(f"{quote(k)}={quote(v)}" for k, v in params.items())


def _check_postgres_url(url: str) -> None:
    """Refuse, without ever echoing it, a URL that does not parse as one PostgreSQL URL: the
    error names the part that is wrong (a driver that read it otherwise would print parts
    of the password in its own message)."""
    from urllib.parse import urlsplit

    def bad(part: str, hint: str) -> DatabaseError:
        return DatabaseError(f"cannot use the PostgreSQL URL: {part}", hint)

    authority = url.split("://", 1)[-1].split("/", 1)[0].split("?", 1)[0]
    if authority.count("@") > 1:
        raise bad("its user part holds an '@' that is not percent-encoded",
                  "write an @ in the user name or password as %40")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - parsing it is the check
    except ValueError as exc:
        what = ("its host part has an unclosed '['" if "IPv6" in str(exc) else
                "its port is not a number from 0 to 65535" if "port" in str(exc).lower() else
                "it does not parse as a URL")
        raise bad(what, "postgresql://USER:PASSWORD@HOST:PORT/DATABASE, with special "
                  "characters percent-encoded") from None


def _search_path_schema(url: str) -> str | None:
    """The schema a PostgreSQL URL names: the first entry of a search_path set in its
    libpq `options` (`?options=-csearch_path%3Dmine`), else None."""
    from urllib.parse import parse_qsl, urlsplit

    try:
        query = urlsplit(url).query
    except ValueError:
        return None
    for key, value in parse_qsl(query):
        if key != "options":
            continue
        found = re.search(r"-c\s*search_path\s*=\s*([^\s,]+)", value)
        if found:
            name = found[1].strip('"')
            if not _SCHEMA.fullmatch(name):
                raise DatabaseError(f"cannot use schema {name!r}: orgdb takes a plain "
                                    "identifier (letters, digits, _)",
                                    "name a schema such as orgdb or orgdb_data")
            return name
    return None


def _postgres_url(url: str) -> str:
    """The URL with the driver orgdb ships (libpq reads the rest, a socket path included)."""
    return PG_DRIVER + url[url.index(":"):]


def redact(url: str) -> str:
    """The URL without a password, in its user part or its query string."""
    from urllib.parse import parse_qsl, urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unreadable URL>"
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        if ":" in user:
            user = user.split(":", 1)[0] + ":***"
        netloc = f"{user}@{host}"
    query = "&".join(f"{k}=***" if k.lower() in _SECRET_KEYS else f"{k}={v}"
                     for k, v in parse_qsl(parts.query, keep_blank_values=True))
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def secrets(url: str) -> list[str]:
    """The secret strings in a URL, so that no message ever prints them."""
    from urllib.parse import parse_qsl, unquote, urlsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    found = [parts.password, unquote(parts.password)] if parts.password else []
    found += [v for k, v in parse_qsl(parts.query) if k.lower() in _SECRET_KEYS and v]
    return [s for s in found if len(s) >= 3]
