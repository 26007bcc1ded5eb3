"""One place that writes results: a readable table, or JSON / CSV / NDJSON for scripts.
Data goes to stdout, messages to stderr. orgdb prints no colour, so NO_COLOR always holds."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from orgdb.cli.options import Format


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return " ".join(str(value).split())


def emit(rows: Sequence[dict[str, Any]], fmt: Format, columns: Sequence[str]) -> None:
    """Write rows. The table shows `columns`; the other formats carry every field."""
    out = sys.stdout
    if fmt is Format.json:
        json.dump(list(rows), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt is Format.ndjson:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        fields = list(rows[0]) if rows else list(columns)
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv(v) for k, v in row.items()})
    else:
        table(rows, columns)


def _csv(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else str(v)
                         for v in value)
    return value


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, limit: int = 60) -> None:
    if not rows:
        print("(no rows)", file=sys.stderr)
        return
    cells = [[_clip(_cell(r.get(c)), limit) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def heading(text: str) -> None:
    print(f"\n{text}")


def guarded(fn):
    """The single boundary where orgdb's exceptions become `Error: ...` plus a hint on
    stderr and the documented exit code (1 domain, 2 usage); ORGDB_DEBUG=1 re-raises."""
    import functools
    import os

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from orgdb.errors import OrgdbError

        try:
            return fn(*args, **kwargs)
        except OrgdbError as exc:
            if os.environ.get("ORGDB_DEBUG") == "1":
                raise
            print(f"Error: {exc}", file=sys.stderr)
            if exc.hint:
                print(f"hint: {exc.hint}", file=sys.stderr)
            raise SystemExit(exc.exit_code) from None

    return wrapper
