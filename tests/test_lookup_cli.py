"""Every lookup command works in every format on both backends; errors are one line."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.cli.lookup_commands import COMMANDS as LOOKUPS

runner = CliRunner()
README = Path(__file__).resolve().parent.parent / "README.md"

CALLS = {
    "orgs": ["orgs"],
    "org": ["org", "csto", "--as-of", "2011-08-12"],
    "members": ["members", "ОДКБ", "--as-of", "2011-08-12"],
    "state": ["state", "BLR", "--history"],
    "officials": ["officials", "CSTO", "--as-of", "2011-08-12"],
    "treaties": ["treaties"],
    "treaty": ["treaty", "Collective Security Treaty"],
    "timeline": ["timeline", "CSTO"],
    "diff": ["diff", "NATO", "1990-01-01", "2000-01-01"],
    "compare": ["compare", "Belarus", "Russia", "--as-of", "2011-08-12"],
    "quality": ["quality", "CSTO"],
    "person": ["person", "Bordyuzha"],
    "search": ["search", "collective"],
}


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "ndjson", "markdown"])
@pytest.mark.parametrize("command", sorted(CALLS))
def test_every_command_in_every_format(head_url, command, fmt):
    result = run(*CALLS[command], "--db", head_url, "--format", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        data = json.loads(out)
        assert isinstance(data, list) and data
    elif fmt == "ndjson":
        lines = out.splitlines()
        assert lines, "ndjson printed nothing"
        assert all(isinstance(json.loads(line), dict) for line in lines)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows
    elif fmt == "markdown":
        lines = out.splitlines()
        assert lines[0].startswith("| ") and lines[1].startswith("| --- |")
        assert len(lines) > 2 and all(line.count(" | ") == lines[0].count(" | ")
                                      for line in lines if "\\|" not in line)
    else:
        assert out.strip()


def test_members_json_carries_codes_dates_and_sources(head_url):
    data = json.loads(run("members", "CSTO", "--as-of", "2011-08-12", "--format", "json",
                          "--db", head_url).stdout)
    by = {r["alpha3"]: r for r in data}
    assert set(by) == {"RUS", "ARM", "BLR", "KAZ", "KGZ", "TJK", "UZB"}
    assert by["RUS"]["start"] == "2003-09-18" and by["RUS"]["source"]
    assert by["UZB"]["alpha2"] == "UZ"


def test_json_is_an_empty_array_when_nothing_matches(head_url):
    result = run("members", "NATO", "--as-of", "1900-01-01", "--format", "json", "--db",
                 head_url)
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_state_that_belongs_to_nothing_is_an_empty_answer(head_url):
    result = run("state", "AQ", "--format", "json", "--db", head_url)  # Antarctica
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_state_lookup_by_names_and_codes(head_url):
    for name in ("BY", "blr", "Belarus", "belarus"):
        data = json.loads(run("state", name, "--format", "json", "--db", head_url).stdout)
        assert "CSTO" in {r["organization"] for r in data if r["kind"] == "membership"}


def test_unknown_organization_suggests(head_url):
    result = run("members", "CST0", "--db", head_url)
    assert result.exit_code == 1
    assert "Error: no organization matches 'CST0'" in result.stderr
    assert "did you mean CST or CSTO" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("bad", ["2011-02-30", "yesterday", "2011-13-01"])
def test_malformed_date_exits_2(head_url, bad):
    result = run("members", "CSTO", "--as-of", bad, "--db", head_url)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: invalid date")


def test_every_command_is_documented_in_the_readme():
    import typer

    text = README.read_text(encoding="utf-8")
    click_app = typer.main.get_command(app)
    names = []
    for name, cmd in click_app.commands.items():
        subs = getattr(cmd, "commands", None)
        names += [f"{name} {sub}" for sub in subs] if subs else [name]
    assert len(names) >= 20
    for name in names:
        assert re.search(rf"`orgdb {name}\b", text), name
    for fn in LOOKUPS:
        assert fn.__doc__ and "Example: orgdb " in fn.__doc__
    # each lookup in every format; the chart is a picture, tested in test_chart.py
    assert set(CALLS) == {fn.__name__ for fn in LOOKUPS} - {"chart"}
