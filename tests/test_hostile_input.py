"""Hostile input gets one line, the documented exit code, no traceback, and an unchanged
database."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time

import pytest
from typer.testing import CliRunner

from orgdb.cli import app

runner = CliRunner()


def one_line_error(result, code=1):
    assert result.exit_code == code, result.output
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("Error:") == 1
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is not a database\n" * 100)
    before = path.read_bytes()
    one_line_error(runner.invoke(app, ["members", "CSTO", "--db", str(path)]))
    assert path.read_bytes() == before


def test_a_truncated_database(head_sqlite_path, tmp_path):
    path = tmp_path / "cut.sqlite3"
    data = head_sqlite_path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    before = path.read_bytes()
    result = runner.invoke(app, ["members", "CSTO", "--db", str(path)])
    one_line_error(result)
    assert path.read_bytes() == before


def test_another_applications_database(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    result = runner.invoke(app, ["members", "CSTO", "--db", str(path)])
    one_line_error(result)
    assert "not an orgdb database" in result.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize("url", ["nosuchdb://host/x", "mysql://root@127.0.0.1/test",
                                 "postgresql://nobody@127.0.0.1:1/none",
                                 "sqlite://", "sqlite:///:memory:", "file::memory:",
                                 "sqlite:///x.db?mode=memory"])
def test_unknown_scheme_or_unreachable_server(url):
    one_line_error(runner.invoke(app, ["members", "CSTO", "--db", url]))


@pytest.mark.parametrize("name", ["CSTO'; DROP TABLE membership; --", 'O"Brien', "a\x07b",
                                  "\u202eOTSC", "%", "_", "' OR 1=1 --"])
def test_hostile_names_are_just_unknown(head_sqlite_path, tmp_path, name):
    path = tmp_path / "copy.sqlite3"
    shutil.copy(head_sqlite_path, path)
    before = path.read_bytes()
    result = runner.invoke(app, ["members", name, "--db", str(path)])
    one_line_error(result)
    assert "no organization matches" in result.stderr
    assert path.read_bytes() == before


def test_hostile_search_text_matches_nothing_harmfully(head_url):
    """SQL wildcards and quotes are matched as the characters they are, never as patterns:
    no name in the data contains them, so each search finds nothing (a LIKE pattern would
    have matched every name)."""
    for text in ("%", "_", "'; --", "\u202e"):
        result = runner.invoke(app, ["search", text, "--db", head_url, "--format", "json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == [], text
    found = runner.invoke(app, ["search", "treaty", "--db", head_url, "--format", "json"])
    assert found.exit_code == 0 and json.loads(found.stdout), "search finds real names"


# ----------------------------------------------------------------- changesets that got in

HEADER = '[changeset]\ntitle = "t"\n[[sources]]\nkey = "t"\ntitle = "T"\n'


@pytest.mark.parametrize(("body", "message"), [
    ('[[organizations]]\ncode = "X1"\nname = "X"\nsource = "t"\n'
     'other_names = [{ name = "evil\\u001b[31mred" }]\n', "field 'other_names': name"),
    ('[[organizations]]\ncode = "X1"\nname = "X"\nsource = "t"\n'
     'identifiers = [{ scheme = "wikidata", identifier = "Q1\\u0000" }]\n',
     "field 'identifiers': identifier"),
    ('[[treaties]]\ncode = "T1"\ntitle = "T"\nsource = "t"\n'
     'other_titles = [{ name = "\\u009b31m" }]\n', "field 'other_titles': name"),
    ('[[organizations]]\ncode = "X1"\nname = "X"\nparent = "X1"\nsource = "t"\n',
     "cannot be its own parent"),
    ('[[memberships]]\norganization = "CSTO"\nstate = "RU"\nstart = "٢٠١١"\nsource = "t"\n',
     "field 'start': invalid date"),
    ('[[states]]\ncode = "X1"\nname = "X"\ncow_code = 99999999999999999999\n',
     "field 'cow_code'"),
    ("x = " + "[" * 5000 + "]" * 5000 + "\n", "invalid TOML"),
], ids=["escape in a name", "NUL in an identifier", "C1 in a title", "own parent",
        "arabic-indic digits", "over 64 bits", "deep nesting"])
def test_changesets_that_once_got_through(head_sqlite_path, tmp_path, body, message):
    path = tmp_path / "copy.sqlite3"
    shutil.copy(head_sqlite_path, path)
    before = path.read_bytes()
    change = tmp_path / "bad.toml"
    change.write_text(HEADER + body, encoding="utf-8")
    result = runner.invoke(app, ["import", str(change), "--db", str(path)])
    one_line_error(result)
    assert message in result.stderr and "bad.toml" in result.stderr, result.stderr
    assert path.read_bytes() == before


def test_a_parent_cycle_is_refused(head_sqlite_copy, tmp_path):
    first = tmp_path / "a.toml"
    first.write_text(HEADER + '[[organizations]]\ncode = "A1"\nname = "A"\nsource = "t"\n'
                     '[[organizations]]\ncode = "B1"\nname = "B"\nparent = "A1"\n'
                     'source = "t"\n', encoding="utf-8")
    assert runner.invoke(app, ["import", str(first), "--db", str(head_sqlite_copy)]
                         ).exit_code == 0
    before = head_sqlite_copy.read_bytes()
    cycle = tmp_path / "cycle.toml"
    cycle.write_text('[changeset]\ntitle = "c"\n[[updates]]\ntable = "organizations"\n'
                     'match = { code = "A1" }\nwas = {}\nset = { parent = "B1" }\n',
                     encoding="utf-8")
    result = runner.invoke(app, ["import", str(cycle), "--db", str(head_sqlite_copy)])
    one_line_error(result)
    assert "its own ancestor" in result.stderr
    assert head_sqlite_copy.read_bytes() == before


def test_devices_and_fifos_are_refused_without_reading_them(head_sqlite_copy, tmp_path):
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    for name in ("/dev/zero", str(fifo)):
        for args in (["import", name], ["import", "cow", name], ["db", "restore", name]):
            start = time.monotonic()
            result = runner.invoke(app, [*args, "--db", str(head_sqlite_copy)])
            one_line_error(result)
            assert time.monotonic() - start < 5, args


def test_output_escapes_control_characters_already_in_a_database(head_sqlite_copy):
    conn = sqlite3.connect(head_sqlite_copy)
    conn.execute("UPDATE organization SET notes = 'red\x1b[31mALERT\x07' WHERE code = 'CSTO'")
    conn.commit()
    conn.close()
    for fmt in ("table", "csv"):
        result = runner.invoke(app, ["org", "CSTO", "--db", str(head_sqlite_copy),
                                     "--format", fmt])
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "\\x1b[31mALERT\\x07" in result.stdout
    data = runner.invoke(app, ["org", "CSTO", "--db", str(head_sqlite_copy), "--format",
                               "json"])
    assert json.loads(data.stdout)[0]["notes"] == "red\x1b[31mALERT\x07"  # JSON escapes it


def test_arabic_indic_digits_are_not_a_date(head_url):
    result = runner.invoke(app, ["members", "CSTO", "--as-of", "٢٠١١-٠٨-١٢", "--db", head_url])
    one_line_error(result, code=2)


# Characters that could forge output or hide what a name says (issue: a name holding
# "\n" printed a forged `Error:` line; bidi overrides, zero-width spaces, tabs and line
# separators were stored).
FORGING = {"line break": "Armenia\nError: forged", "RLO": "Arme\u202einia",
           "zero-width space": "Arme\u200bnia", "tab": "Arme\tnia",
           "line separator": "Arme\u2028nia", "NUL": "Arme\x00nia", "C1": "Arme\x9bnia"}


@pytest.mark.parametrize("name", FORGING.values(), ids=FORGING.keys())
def test_a_changeset_name_that_could_forge_output_is_refused(head_sqlite_copy, tmp_path,
                                                             name):
    before = head_sqlite_copy.read_bytes()
    change = tmp_path / "forge.toml"
    quoted = json.dumps(name)  # a TOML basic string: the same escapes as JSON
    change.write_text(HEADER + f'[[states]]\ncode = "XF"\nname = {quoted}\nsource = "t"\n',
                      encoding="utf-8")
    result = runner.invoke(app, ["import", str(change), "--db", str(head_sqlite_copy)])
    one_line_error(result)
    assert "forge.toml:" in result.stderr and "field 'name': contains" in result.stderr
    assert head_sqlite_copy.read_bytes() == before


@pytest.mark.parametrize("fmt", ["true", "1.0", '"1"'])
def test_a_changeset_format_that_is_not_an_integer_is_refused(tmp_path, fmt):
    change = tmp_path / "fmt.toml"
    change.write_text(f'[changeset]\ntitle = "t"\nformat = {fmt}\n', encoding="utf-8")
    result = runner.invoke(app, ["import", str(change), "--dry-run"])
    one_line_error(result)
    assert f"[changeset] format {fmt} is not one" in result.stderr


def test_output_escapes_names_that_could_forge_lines(head_sqlite_copy):
    """A name stored before the entry points refused it is shown escaped: one line,
    every mark visible."""
    conn = sqlite3.connect(head_sqlite_copy)
    conn.execute("UPDATE state SET name = 'Armenia\nError: forged\u202e' WHERE code = 'AM'")
    conn.commit()
    conn.close()
    result = runner.invoke(app, ["state", "AM", "--db", str(head_sqlite_copy)])
    assert result.exit_code == 0, result.output
    shown = result.stdout + result.stderr
    assert "\nError: forged" not in shown and "\u202e" not in shown
    assert "Armenia\\x0aError: forged\\u202e" in shown


def _cow_with(tmp_path, edit):
    """The test extract with one cell edited: edit(header, rows) changes rows in place."""
    import csv
    from pathlib import Path

    data = Path(__file__).with_name("data")
    with (data / "cow_extract.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    edit(rows[0], rows)
    path = tmp_path / "igo_year_formatv3.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    shutil.copy(data / "states2016_extract.csv", tmp_path / "states2016.csv")
    return path


def _set(column: str, value: str, row: int = 1):
    def edit(header, rows):
        rows[row][header.index(column)] = value
    return edit


@pytest.mark.parametrize(("edit", "message"), [
    (_set("orgname", "Org\x00name"), "field 'orgname': contains a control character (U+0000)"),
    (_set("orgname", "Org\x1b[31m"), "field 'orgname': contains a control character (U+001B)"),
    (_set("longorgname", "Org\u202ename"), "field 'longorgname': contains a right-to-left"),
    (_set("orgname", "Org\nname"), ":2: field 'orgname': contains a line break"),
    (_set("year", "0"), "field 'year': '0' is not a year"),
    (_set("year", "-5"), "field 'year': '-5' is not a year"),
    (_set("year", "99999"), "field 'year': '99999' is not a year"),
    (_set("year", "١٩٦٥"), "field 'year': '١٩٦٥' is not a year"),
    (_set("sdate", "0"), "field 'sdate': '0' is not a year"),
    (_set("sourcesandnotes", "x" * 140_000), "field larger than field limit"),
], ids=["NUL", "ESC", "RLO", "newline", "year 0", "year -5", "year 99999", "arabic-indic",
        "sdate 0", "a huge field"])
def test_a_cow_file_is_checked_like_a_changeset(head_sqlite_copy, tmp_path, edit, message):
    path = _cow_with(tmp_path, edit)
    before = head_sqlite_copy.read_bytes()
    result = runner.invoke(app, ["import", "cow", str(path), "--db", str(head_sqlite_copy)])
    one_line_error(result)
    assert message in result.stderr and "igo_year_formatv3.csv:" in result.stderr
    assert head_sqlite_copy.read_bytes() == before


def test_a_bare_carriage_return_in_a_cow_file_is_one_line(head_sqlite_copy, tmp_path):
    path = _cow_with(tmp_path, lambda header, rows: None)
    path.write_bytes(path.read_bytes().replace(b",African", b",Afr\rican", 1))
    result = runner.invoke(app, ["import", "cow", str(path), "--db", str(head_sqlite_copy)])
    one_line_error(result)
    assert "igo_year_formatv3.csv:" in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--until", "9999-12-31"], "--until 9999-12-31 is outside"),
    (["--since", "0001-01-01"], "--since 0001-01-01 is outside")])
def test_a_chart_beyond_any_plausible_year_is_one_line(head_sqlite_path, args, message):
    result = runner.invoke(app, ["chart", "CSTO", *args, "--db", str(head_sqlite_path)])
    one_line_error(result)
    assert message in result.stderr


@pytest.mark.parametrize(("url", "part"), [
    ("postgresql://postgres:SECRETPW@[::1/x", "unclosed '['"),
    ("postgresql://postgres:SEC@RETPW@127.0.0.1:1/x", "'@' that is not percent-encoded"),
    ("postgresql://postgres:SECRETPW@127.0.0.1:99999/x", "port")])
def test_a_url_that_does_not_parse_is_never_echoed(url, part):
    result = runner.invoke(app, ["members", "CSTO", "--db", url])
    one_line_error(result)
    assert part in result.stderr
    for piece in ("SECRETPW", "SEC", "RETPW", "postgres:"):
        assert piece not in result.stderr, result.stderr
