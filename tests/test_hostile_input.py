"""Hostile input gets one line, the documented exit code, no traceback, and an unchanged
database."""

from __future__ import annotations

import json
import shutil
import sqlite3

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
