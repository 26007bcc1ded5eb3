"""Tables fit the terminal, take colour where it does, and long output goes through the
pager, as git does; a pipe gets the whole table, uncoloured and unpaged."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys

from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.cli.output import render
from orgdb.cli.screen import Screen, detect, fit

ANSI = re.compile(r"\x1b\[[0-9;]*m")
ROWS = [{"code": "CSTO", "name": "Collective Security Treaty Organization " * 3,
         "status": "member"},
        {"code": "X", "name": "short", "status": "suspended"}]


def test_the_widest_column_gives_way_first():
    assert fit([10, 80, 6], ["code", "name", "status"], 60) == [10, 40, 6]
    assert fit([10, 80, 6], ["code", "name", "status"], None) == [10, 80, 6]
    assert fit([10, 10], ["code", "name"], 3) == [6, 6]  # never below MIN_COLUMN


def test_a_table_fits_the_screen_and_wide_shows_everything():
    narrow = render(ROWS, ["code", "name", "status"], Screen(width=60))
    assert max(map(len, narrow)) <= 60 and "…" in narrow[2]
    whole = render(ROWS, ["code", "name", "status"], Screen(width=None))
    assert ROWS[0]["name"].strip() in whole[2]


def test_colour_only_where_the_screen_takes_it():
    plain = render(ROWS, ["code", "name", "status"], Screen(width=None))
    assert not any(ANSI.search(line) for line in plain)
    coloured = render(ROWS, ["code", "name", "status"], Screen(width=None, colour=True))
    assert "\x1b[32mmember\x1b[0m" in coloured[2] and "\x1b[31msuspended" in coloured[3]
    assert [ANSI.sub("", line) for line in coloured] == plain


class FakeTerminal:
    def isatty(self):
        return True

    def fileno(self):
        raise OSError


def test_no_color_and_dumb_terminals_and_pipes_get_no_colour():
    assert detect(FakeTerminal(), {}).colour
    assert not detect(FakeTerminal(), {"NO_COLOR": "1"}).colour
    assert not detect(FakeTerminal(), {"TERM": "dumb"}).colour
    assert detect(FakeTerminal(), {"COLUMNS": "72"}).width == 72
    assert detect(FakeTerminal(), {"COLUMNS": "72"}, wide=True).width is None
    piped = detect(open(os.devnull, "w"), {})  # noqa: SIM115
    assert (piped.width, piped.colour, piped.height) == (None, False, None)


def _in_a_terminal(tmp_path, head_sqlite_path, *args, **env):
    """Run orgdb with stdout on a pseudo-terminal; the pager writes what it gets to a file."""
    paged = tmp_path / f"paged-{len(list(tmp_path.iterdir()))}.txt"
    main, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "orgdb", *args, "--db", str(head_sqlite_path)],
        stdout=child, stderr=subprocess.PIPE,
        env={**{k: v for k, v in os.environ.items() if k != "NO_COLOR"},
             "PAGER": f"cat > {paged}", "COLUMNS": "70", "LINES": "10", "TERM": "xterm",
             **env})
    os.close(child)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    proc.wait(timeout=60)
    os.close(main)
    return proc.returncode, shown.decode(), paged.read_text() if paged.exists() else None


def test_long_output_on_a_terminal_goes_through_the_pager(tmp_path, head_sqlite_path):
    code, shown, paged = _in_a_terminal(tmp_path, head_sqlite_path, "orgs")
    assert code == 0 and paged is not None and "UN" in paged
    lines = [ANSI.sub("", line) for line in paged.splitlines()]
    assert len(lines) > 10 and max(map(len, lines)) <= 70
    assert ANSI.search(paged)  # bold headers on a terminal that takes colour


def test_no_color_on_a_terminal_and_a_short_answer_is_not_paged(tmp_path, head_sqlite_path):
    code, shown, paged = _in_a_terminal(tmp_path, head_sqlite_path, "orgs", NO_COLOR="1")
    assert code == 0 and paged is not None and not ANSI.search(paged)
    code, shown, paged = _in_a_terminal(tmp_path, head_sqlite_path, "officials", "CSTO",
                                        "--as-of", "2011-08-12")
    assert code == 0 and paged is None and "Nikolay" in shown  # 70 columns: cut


def test_a_pipe_gets_the_whole_table(head_url):
    result = CliRunner().invoke(app, ["members", "CSTO", "--as-of", "2011-08-12", "--db",
                                      head_url])
    assert result.exit_code == 0 and not ANSI.search(result.stdout)
    assert "…" not in result.stdout  # nothing cut: the reader may grep it
