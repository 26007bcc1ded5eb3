"""The terminal a table is printed on: its width, whether it takes colour, and the pager
long output goes through, as git does. Nothing here applies when stdout is not a terminal
(a pipe or a file gets the whole table, uncoloured, unpaged).
NO_COLOR (https://no-color.org) and TERM=dumb turn colour off."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator, Sequence
from typing import NamedTuple

MIN_COLUMN = 6  # a column is never cut narrower than this (or its header)
_STATUS_COLOUR = {"member": "32", "associate": "36", "participant": "36", "observer": "34",
                  "partner": "34", "dialogue partner": "34", "suspended": "31",
                  "joined": "32", "left": "31", "changed": "33"}


class Screen(NamedTuple):
    width: int | None = None  # None: as wide as the cells are
    colour: bool = False
    height: int | None = None  # the terminal's, when output may be paged


SCREEN = Screen()


def detect(stream=None, env=None, *, wide: bool = False) -> Screen:
    """What the stream is: a terminal's width, height and colour, or none of them."""
    stream = stream or sys.stdout
    env = os.environ if env is None else env
    tty = hasattr(stream, "isatty") and stream.isatty()
    size = _size(stream, env) if tty else None
    width = size[0] if size else None
    colour = tty and "NO_COLOR" not in env and env.get("TERM") != "dumb"
    return Screen(None if wide else width, colour, size[1] if size else None)


def _size(stream, env) -> tuple[int, int]:
    """$COLUMNS and $LINES where set (as shutil.get_terminal_size reads them), else the
    terminal's own size."""
    try:
        cols, lines = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError, AttributeError):
        cols, lines = 100, 40
    return (int(env["COLUMNS"]) if env.get("COLUMNS", "").isdigit() else cols,
            int(env["LINES"]) if env.get("LINES", "").isdigit() else lines)


def fit(widths: Sequence[int], headers: Sequence[str], width: int | None,
        floors: Sequence[int | None] | None = None) -> list[int]:
    """Column widths that fit `width`: the widest column that can still give way goes
    first, each down to its header's length (or MIN_COLUMN), or to its own floor where
    one is given (a column never cut)."""
    out = list(widths)
    if width is None:
        return out
    gaps = 2 * (len(out) - 1)
    floor = [max(len(h), MIN_COLUMN) for h in headers]
    for i, f in enumerate(floors or ()):
        if f is not None:
            floor[i] = f
    while sum(out) + gaps > width:
        giving = [k for k in range(len(out)) if out[k] > floor[k]]
        if not giving:
            break  # nothing left to give: the line stays longer than the terminal
        out[max(giving, key=lambda k: out[k])] -= 1
    return out


def paint(text: str, code: str) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if code and text.strip() else text


def status_colour(value: str) -> str:
    return _STATUS_COLOUR.get(value.strip().split(" (")[0], "")


@contextlib.contextmanager
def session(wide: bool = False) -> Iterator[None]:
    """One command's output: the screen it is printed on, and, on a terminal, the pager
    when it is taller than the terminal."""
    global SCREEN
    real = sys.stdout
    SCREEN = detect(real, wide=wide)
    height = SCREEN.height
    if height is None:
        try:
            yield
        finally:
            SCREEN = Screen()
        return
    buffer = io.StringIO()
    sys.stdout = buffer
    try:
        yield
    finally:
        sys.stdout = real
        SCREEN = Screen()
        page(buffer.getvalue(), height, real)


def page(text: str, height: int, out) -> None:
    """Write `text`, through $ORGDB_PAGER or $PAGER (default `less`) when it is taller
    than the terminal; LESS=FRX unless set, so less exits on a short page and keeps
    colour."""
    pager = os.environ.get("ORGDB_PAGER", os.environ.get("PAGER", "less"))
    if text.count("\n") < height - 1 or not pager.strip() or pager.strip() == "cat":
        out.write(text)
        out.flush()
        return
    import subprocess

    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        proc = subprocess.Popen(pager, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        out.write(text)
        return
    assert proc.stdin is not None  # opened with stdin=PIPE
    with contextlib.suppress(BrokenPipeError):  # the reader quit the pager early
        proc.stdin.write(text.encode("utf-8", "replace"))
        proc.stdin.close()
    proc.wait()
