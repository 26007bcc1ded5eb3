"""One place that writes results: a readable table, or JSON / CSV / NDJSON for scripts.
Data goes to stdout, messages to stderr. On a terminal a table fits its width, takes
colour and long output is paged (orgdb/cli/screen.py); a pipe gets it whole. Control
characters found in the data or in a message are printed escaped (\\x1b), never
raw, so nothing in a database can drive the terminal."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from orgdb.cli.options import Format
from orgdb.text import escape


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return escape(" ".join(str(value).split()))


def emit(rows: Sequence[dict[str, Any]], fmt: Format, columns: Sequence[str],
         fields: Sequence[str] = (), chosen: str | None = None) -> None:
    """Write rows. The table shows `columns`; the other formats carry every field. CSV's
    header is `fields` (the record's, so an empty answer has the same header as a full one)
    and any other key a row has. `chosen` (--columns a,b,c) keeps those fields alone, in
    that order, in every format."""
    if chosen is not None:
        known = list(dict.fromkeys([*fields, *columns, *(k for row in rows for k in row)]))
        names = [c.strip() for c in chosen.split(",") if c.strip()]
        unknown = [c for c in names if c not in known]
        if unknown or not names:
            from orgdb.errors import UsageError

            raise UsageError(f"no column {', '.join(unknown) or chosen!r} here",
                             f"choose among: {', '.join(known)}")
        rows = [{c: r.get(c) for c in names} for r in rows]
        columns = fields = names
    out = sys.stdout
    if fmt is Format.json:
        json.dump(list(rows), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt is Format.ndjson:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        from orgdb.interchange.csv_export import write_rows

        write_rows(rows, fields or columns, out)
    elif fmt is Format.markdown:
        shown = columns or list(dict.fromkeys([*fields, *(k for row in rows for k in row)]))
        for line in markdown(rows, shown):
            out.write(line + "\n")
    else:
        table(rows, columns)


def markdown(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> list[str]:
    """A GitHub-flavoured Markdown table of the table's columns, each cell whole."""
    def cell(value: Any) -> str:
        return _cell(value).replace("|", "\\|")

    return ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns),
            *("| " + " | ".join(cell(r.get(c)) for c in columns) + " |" for r in rows)]


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    if not rows:
        print("(no rows)")  # on stdout, after the title, even when a pager holds it
        return
    from orgdb.cli import screen

    for line in render(rows, columns, screen.SCREEN):
        print(line)


# Cells a table never cuts: dates, codes, names of states and organizations, statuses.
WHOLE = frozenset({"start", "end", "date", "signed", "in_force", "founded", "dissolved",
                   "code", "state_code", "alpha2", "alpha3", "state", "organization",
                   "treaty", "status", "action", "change", "post", "person"})
# What a table too wide for its terminal leaves out first, in this order (after the
# columns empty in every row); only then is free text cut.
DROP_ORDER = ("notes", "source", "source_url", "end_reason", "confidence", "partial",
              "acting", "role", "coverage", "current_to", "classification", "depositary",
              "signed_place", "other_titles", "member_of")


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], at) -> list[str]:
    """A table's lines for a screen `at` (orgdb.cli.screen.Screen). On a terminal too
    narrow for it, the columns empty in every row go first, then those of DROP_ORDER, one
    by one, and a footer names them; then free text is cut, the widest column first.
    Dates, codes and names (WHOLE) are never cut. Widths are display widths (a CJK
    character takes two cells). Statuses are coloured where the terminal takes colour."""
    from orgdb.cli.screen import fit, paint, status_colour

    columns = list(columns)
    cells = {c: [_cell(r.get(c)) for r in rows] for c in columns}
    left_out: list[str] = []
    if at.width is not None:
        empty = [c for c in columns if not any(cells[c])]
        columns = [c for c in columns if c not in empty]

        def needed() -> int:
            return sum(max(display_width(c), *map(display_width, cells[c]))
                       for c in columns) + 2 * (len(columns) - 1)

        for c in DROP_ORDER:
            if needed() <= at.width:
                break
            if c in columns and len(columns) > 1:
                columns.remove(c)
                left_out.append(c)
        left_out = [*([f"{', '.join(empty)} (empty)"] if empty else []),
                    *([f"{', '.join(left_out)} (to fit)"] if left_out else [])]
    full = [max(display_width(c), *map(display_width, cells[c])) for c in columns]
    widths = fit(full, columns, at.width,
                 floors=[f if c in WHOLE else None for c, f in zip(columns, full, strict=True)])
    tinted = [c in ("status", "change") for c in columns]

    def line(values: Sequence[str], codes: Sequence[str]) -> str:
        parts = []
        for v, w, code in zip(values, widths, codes, strict=True):
            text = _clip(v, w)
            parts.append(paint(text, code if at.colour else "") + " " * (w - display_width(text)))
        return "  ".join(parts).rstrip()

    out = [line(columns, ["1"] * len(columns)), "  ".join("-" * w for w in widths)]
    for i in range(len(rows)):
        row = [cells[c][i] for c in columns]
        out.append(line(row, [status_colour(v) if t else "" for v, t in zip(row, tinted,
                                                                          strict=True)]))
    if left_out:
        out.append(_clip(f"(not shown: {'; '.join(left_out)}; --wide shows all)",
                         at.width or 10**6))
    return out


def display_width(text: str) -> int:
    """Terminal cells `text` takes: two for a wide East Asian character, none for a
    combining mark."""
    import unicodedata

    if text.isascii():
        return len(text)
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _clip(text: str, limit: int) -> str:
    if display_width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"


def heading(text: str) -> None:
    print(f"\n{escape(text)}")


def say(text: str) -> None:
    """A message for the user, on stderr: each of its lines escaped."""
    print("\n".join(escape(line) for line in text.split("\n")), file=sys.stderr)


def guarded(fn, *, tables: bool = False):
    """The single boundary where orgdb's exceptions become `Error: ...` plus a hint on
    stderr and the documented exit code (1 domain, 2 usage); ORGDB_DEBUG=1 re-raises.
    No message ever carries a password from the database URL. A command that prints
    tables (`tables=True`) gains `--wide` and its output the terminal's width, colour and
    pager (orgdb/cli/screen.py)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from orgdb.errors import OrgdbError

        try:
            if not tables:
                return fn(*args, **kwargs)
            from orgdb.cli.screen import session

            with session(kwargs.pop("wide", False)):
                return fn(*args, **kwargs)
        except BrokenPipeError:
            # The reader went away (`| head -1`): not an error. stdout goes to /dev/null so
            # the flush at exit does not fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise SystemExit(0) from None
        except OrgdbError as exc:
            if os.environ.get("ORGDB_DEBUG") == "1":
                raise
            hide = _secrets(kwargs.get("db"))
            print(f"Error: {_clean(str(exc), hide)}", file=sys.stderr)
            for more in getattr(exc, "more", ()):  # a file's other errors, one line each
                print(f"Error: {_clean(more, hide)}", file=sys.stderr)
            if exc.hint:
                print(f"hint: {_clean(exc.hint, hide)}", file=sys.stderr)
            raise SystemExit(exc.exit_code) from None

    if tables:
        import inspect
        import typing

        from orgdb.cli.options import WideOption

        # typer reads options from the signature: fn's own, annotations evaluated, + --wide
        hints = typing.get_type_hints(fn, include_extras=True)
        params = [p.replace(annotation=hints.get(p.name, p.annotation))
                  for p in inspect.signature(fn).parameters.values()]
        params.append(inspect.Parameter("wide", inspect.Parameter.KEYWORD_ONLY,
                                        default=False, annotation=WideOption))
        # (through __dict__, as functools.wraps does: typeshed's functions lack __signature__)
        wrapper.__dict__["__signature__"] = inspect.Signature(params)
        wrapper.__annotations__ = {**hints, "wide": WideOption}
    return wrapper


def _secrets(db: str | None) -> list[str]:
    from orgdb.store.target import ENV_URL, secrets

    return [s for url in (db, os.environ.get(ENV_URL)) if url for s in secrets(url)]


def _clean(text: str, hide: list[str]) -> str:
    for secret in hide:
        text = text.replace(secret, "***")
    return escape(" ".join(text.splitlines()))
