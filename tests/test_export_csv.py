"""`orgdb export csv`: memberships, tenures and treaty actions as CSV with a header row, one
file each into a directory or one table to stdout; Namibia's `NA` stays the string NA."""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from helpers import apply_file, reader_for, write_file
from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.interchange import csv_export as export_csv

runner = CliRunner()

NAMIBIA = """
[changeset]
title = "test fixture: Namibia in the CSTO's neighbourhood"

[[sources]]
key = "na-fixture"
title = "Namibia fixture"

[[states]]
code = "NA"
name = "Namibia"
alpha2 = "NA"
alpha3 = "NAM"

[[organizations]]
code = "NAFX"  # not one of COW's, which the database carries
name = "Namibia fixture union"
founded = "1910"
source = "na-fixture"

[[memberships]]
organization = "NAFX"
state = "NA"
start = "1990-03"
notes = "NA"
source = "na-fixture"
"""


@pytest.fixture
def url(writable_head_url, tmp_path):
    """A database at head (the curated data) with Namibia's membership added."""
    apply_file(writable_head_url, write_file(tmp_path, NAMIBIA, "namibia.toml"))
    return writable_head_url


def read(url, table):
    reader = reader_for(url)
    try:
        out = io.StringIO(newline="")
        export_csv.write_table(reader, table, out)
    finally:
        reader.close()
    return list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


def test_namibia_stays_na(url):
    rows = [r for r in read(url, "memberships") if r["organization"] == "NAFX"]
    assert rows == [{
        "organization": "NAFX", "organization_name": "Namibia fixture union",
        "state_code": "NA", "state": "Namibia", "member_type": "state", "alpha2": "NA",
        "alpha3": "NAM",
        "status": "member", "start": "1990-03", "end": "", "end_reason": "", "observed_until": "",
        "confidence": "", "notes": "NA", "source_key": "na-fixture",
        "source": "Namibia fixture", "source_url": ""}]


def test_tables_carry_the_curated_data(url):
    members = read(url, "memberships")
    assert {r["organization"] for r in members} >= {"CSTO", "NATO", "CIS"}
    uz = [r for r in members if r["organization"] == "CSTO" and r["alpha2"] == "UZ"]
    assert any(r["start"] == "2006-08-16" and r["end"] == "2012-12-19" for r in uz)
    tenures = read(url, "tenures")
    assert any(r["person_key"] == "nikolay-bordyuzha" and r["acting"] == "false"
               for r in tenures)
    actions = read(url, "treaty_actions")
    from orgdb.vocabulary import TREATY_ACTIONS

    assert actions and {r["action"] for r in actions} <= set(TREATY_ACTIONS)
    assert {"signature", "ratification", "entry_into_force"} <= {r["action"] for r in actions}
    assert all(r["date"] and r["source"] for r in actions)


def test_cli_writes_one_file_per_table(tmp_path, head_sqlite_path):
    db = tmp_path / "head.sqlite3"
    shutil.copy(head_sqlite_path, db)
    out = tmp_path / "csv"
    result = runner.invoke(app, ["export", "csv", "-o", str(out), "--db",
                                 str(db)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["memberships.csv", "tenures.csv",
                                                     "treaty_actions.csv"]
    for name, (_, columns) in export_csv.TABLES.items():
        with (out / f"{name}.csv").open(newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        assert rows[0] == columns and len(rows) > 1


def test_cli_one_table_to_stdout(tmp_path, head_sqlite_path):
    db = tmp_path / "head.sqlite3"
    shutil.copy(head_sqlite_path, db)
    result = runner.invoke(app, ["export", "csv", "--table", "tenures", "--db",
                                 str(db)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and set(rows[0]) == set(export_csv.TABLES["tenures"][1])
    assert "tenures written" in result.stderr


def test_cli_needs_a_directory_or_a_table(tmp_path, head_sqlite_path):
    db = tmp_path / "head.sqlite3"
    shutil.copy(head_sqlite_path, db)
    result = runner.invoke(app, ["export", "csv", "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: name a directory with -o DIR")
