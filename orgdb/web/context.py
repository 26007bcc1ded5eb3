"""What every request shares: the read-only handle, the data revision it answers at (each
page's permalink names it), the templates, and the checks a name or a date passes before
it reaches a lookup, as the CLI's own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request

import orgdb
from orgdb.database import Database
from orgdb.errors import UsageError
from orgdb.store.connection import scrub
from orgdb.text import unsafe

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
MAX_TEXT = 200  # no name of the data is longer; a longer one is refused, not looked up


def named(text: str, what: str) -> str:
    """A name from a URL's path, checked as `checked` does."""
    checked(text, what)
    return text


def checked(text: str | None, what: str) -> str | None:
    """A name or date from a URL, refused (400) where the CLI would refuse it or where no
    name of the data could be: too long, control characters, empty."""
    if text is None:
        return None
    if len(text) > MAX_TEXT:
        raise UsageError(f"the {what} is longer than {MAX_TEXT} characters")
    problem = unsafe(text)
    if problem:
        raise UsageError(f"the {what} holds {problem}")
    if not text.strip():
        raise UsageError(f"the {what} is empty")
    return text


@dataclass
class Site:
    db: Database
    revision: str
    current_to: str | None
    version: str
    env: Environment

    @classmethod
    def open(cls, url: str | None) -> Site:
        from importlib.metadata import version

        db = orgdb.connect(url)
        revision, _ = db.revision()  # fails now where the database cannot answer
        env = Environment(loader=FileSystemLoader(HERE / "templates"),
                          autoescape=select_autoescape(default=True, default_for_string=True),
                          trim_blocks=True, lstrip_blocks=True)
        site = cls(db, revision or "base", None, version("orgdb"), env)
        env.globals.update(site=site)
        return site

    def start(self) -> None:
        """Open the read connection in the thread that serves the requests (the event
        loop's: every handler is async, so one SQLite connection serves them all)."""
        checked_to = self.db.current_to()
        self.current_to = str(checked_to) if checked_to else None

    def scrub(self, text: str) -> str:
        return scrub(text, self.db.target)

    def link(self, path: str, **params: Any) -> str:
        """A permalink: the path, its parameters, and the data revision it answers at."""
        query = {k: v for k, v in params.items() if v not in (None, "", False)}
        query["rev"] = self.revision
        return f"{path}?{urlencode(query)}"

    def render(self, template: str, request: Request, **context: Any) -> str:
        asked = request.query_params.get("rev")
        return self.env.get_template(template).render(
            request=request, path=request.url.path, today=dt.date.today().isoformat(),
            other_revision=asked if asked and asked != self.revision else None, **context)
