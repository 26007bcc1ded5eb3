"""orgdb's exceptions. The CLI turns each into one line on stderr at a single boundary."""

from __future__ import annotations


class OrgdbError(Exception):
    """Base class. `hint` is the next step offered to the user; `exit_code` the CLI's."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class NotFound(OrgdbError, LookupError):
    """No record matches a name; `suggestions` holds the closest names, best first."""

    def __init__(self, kind: str, query: str, suggestions: list[str] | None = None) -> None:
        self.kind = kind
        self.query = query
        self.suggestions = suggestions or []
        hint = f"did you mean {' or '.join(self.suggestions)}?" if self.suggestions else None
        super().__init__(f"no {kind} matches {query!r}", hint)


class UsageError(OrgdbError, ValueError):
    """Malformed input from the user (a bad date, an unknown format)."""

    exit_code = 2


class DatabaseError(OrgdbError):
    """The database cannot be used: not orgdb's, too new, behind head, unreachable."""


class ChangesetError(OrgdbError):
    """A changeset file is invalid or conflicts with the database. `more` holds the file's
    other errors, each with its line, so one run reports them all."""

    def __init__(self, message: str, hint: str | None = None,
                 more: list[str] | None = None) -> None:
        super().__init__(message, hint)
        self.more = more or []
