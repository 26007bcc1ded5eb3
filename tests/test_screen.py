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


# ------------------------------------------------------------------ tables that keep what matters


def _render(rows, columns, width=80):
    from orgdb.cli.output import render
    from orgdb.cli.screen import Screen

    return render([r.as_dict() for r in rows], columns, Screen(width, False, None))


def test_members_at_80_columns_keep_dates_codes_and_names_whole(d):
    from orgdb.cli.lookup_commands import MEMBER_COLUMNS

    rows = d.members("CSTO")
    lines = _render(rows, MEMBER_COLUMNS)
    assert max(map(len, lines)) <= 80
    for m in rows:
        line = next(x for x in lines if x.startswith(m.state))
        assert f"{m.alpha2}  " in line and str(m.start) in line  # nothing cut
    assert lines[0].split()[:5] == ["state", "alpha2", "alpha3", "status", "start"]
    # the empty columns go first, then notes and source, and the footer says so
    assert lines[-1].startswith("(not shown: end, end_reason (empty); notes, source (to fit)")
    assert "participation frozen" in next(x for x in lines if x.startswith("Armenia"))


def test_treaty_codes_and_dates_are_never_cut(d):
    rows = d.treaties("NATO")
    lines = _render(rows, ["code", "title", "signed", "signed_place", "in_force",
                           "organization"])
    assert max(map(len, lines)) <= 80
    for t in rows:
        assert any(line.startswith(t.code + " ") and str(t.signed) in line for line in lines)


def test_wide_characters_take_two_cells():
    from orgdb.cli.output import _clip, display_width

    assert display_width("中华人民共和国") == 14 and display_width("Côte") == 4
    assert display_width(_clip("上海合作组织成员国", 9)) <= 9


def test_columns_chooses_the_fields_in_every_format(head_url):
    result = CliRunner().invoke(app, ["members", "CSTO", "--columns", "state_code,start",
                                      "-f", "csv", "--db", head_url])
    assert result.stdout.splitlines()[:2] == ["state_code,start", "AM,2003-09-18"]
    bad = CliRunner().invoke(app, ["members", "CSTO", "--columns", "nope", "--db", head_url])
    assert bad.exit_code == 2 and "choose among: organization, state" in bad.stderr
