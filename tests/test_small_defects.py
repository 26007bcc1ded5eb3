"""The small defects of the command line, each fixed and kept fixed: a closed pipe, raw
errors, COW in capitals, a changeset's errors all at once, acting holders in the timeline,
empty answers that say why."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from helpers import cli as run
from helpers import write_file


@pytest.mark.parametrize("args", [["export", "csv", "--table", "memberships"],
                                  ["members", "UN", "-f", "csv"]])
def test_a_closed_pipe_is_not_an_error(head_sqlite_path, args):
    env = {**os.environ, "ORGDB_DATABASE_URL": str(head_sqlite_path)}
    proc = subprocess.Popen([sys.executable, "-m", "orgdb", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert first and "Error" not in err and "Traceback" not in err


def test_an_unwritable_output_is_one_line(head_url, tmp_path):
    result = run("export", "popolo", "-o", str(tmp_path / "missing" / "x.json"),
                 "--db", head_url)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot write ") and "Traceback" not in result.stderr


def test_cow_in_capitals_is_still_the_cow_import(head_url, tmp_path):
    result = run("import", "COW", str(tmp_path / "nothing.csv"), "--db", head_url)
    assert result.exit_code == 1
    assert "nothing.csv" in result.stderr and "takes one file" not in result.stderr


def test_a_changeset_s_errors_come_all_at_once_with_their_lines(head_url, tmp_path):
    path = write_file(tmp_path, """\
        [changeset]
        title = "two mistakes"

        [[sources]]
        key = "a"
        title = ""

        [[sources]]
        key = "b"
        title = "B"
        published = "2020-02-30"
        """)
    result = run("import", str(path), "--db", head_url)
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert result.exit_code == 1 and len(errors) == 2
    assert errors[0].endswith(":4: field 'title': required")
    assert ":8: field 'published': invalid date '2020-02-30'" in errors[1]


def test_a_bad_header_date_is_refused(head_url, tmp_path):
    path = write_file(tmp_path, '[changeset]\ntitle = "x"\ndate = "1988-13-01"\n')
    result = run("import", str(path), "--db", head_url)
    assert result.exit_code == 1 and "invalid date '1988-13-01'" in result.stderr


def test_the_timeline_says_acting(head_url):
    rows = json.loads(run("timeline", "OAS", "-f", "json", "--db", head_url).stdout)
    einaudi = [r for r in rows if r["subject"] == "Luigi R. Einaudi"]
    assert [r["kind"] for r in einaudi if r["kind"].startswith("took")] == [
        "took office, acting"]
    assert any(r["kind"] == "took office" for r in rows)


@pytest.mark.parametrize(("args", "why"), [
    (["members", "CSTO", "--as-of", "1990-01-01"], "founded on 2003-09-18"),
    (["members", "OAU"], "OAU was dissolved on 2002-07-08"),
    (["state", "AQ"], "Antarctica belongs to no organization in the data on"),
])
def test_an_empty_answer_says_why(head_url, args, why):
    result = run(*args, "--db", head_url)
    assert result.exit_code == 0 and why in result.stderr


def test_version_short_help_and_completion(monkeypatch):
    from importlib.metadata import version

    assert run("--version").stdout.strip() == f"orgdb {version('orgdb')}"
    assert run("-h").stdout.startswith("Usage: orgdb")
    assert run("members", "-h").stdout.startswith("Usage: orgdb members")
    # the shell named on the command line, not detected from the process tree (a test
    # run in the background has no shell above it)
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    for shell, first in (("bash", "_orgdb_completion() {"), ("zsh", "#compdef orgdb")):
        script = run("--show-completion", shell)
        assert script.exit_code == 0 and script.stdout.startswith(first), script.output
    assert "complete -o default -F _orgdb_completion orgdb" in run(
        "--show-completion", "bash").stdout


@pytest.mark.parametrize("name", [":memory:", "sqlite:///:memory:"])
def test_an_in_memory_database_is_refused_and_writes_nothing(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    result = run("members", "CSTO", "--db", name)
    assert result.exit_code == 1
    assert "in-memory database would not outlive the command" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_db_before_the_command_names_its_database(head_sqlite_path, tmp_path):
    before = run("--db", str(head_sqlite_path), "members", "CSTO", "--as-of", "2011-08-12",
                 "-f", "json")
    assert before.exit_code == 0, before.stderr
    assert len(json.loads(before.stdout)) == 7
    # the command's own --db wins over the one before it
    elsewhere = run("--db", str(tmp_path / "missing.sqlite3"), "members", "CSTO",
                    "--db", str(head_sqlite_path))
    assert elsewhere.exit_code == 0, elsewhere.stderr
