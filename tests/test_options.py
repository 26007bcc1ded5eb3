"""Dates and options mean one thing everywhere: partial --as-of dates, --history against
--as-of, --status from the vocabulary, one CSV header and one boolean spelling."""

from __future__ import annotations

import csv
import io
import json

import pytest
from helpers import cli as run


def test_a_year_means_any_time_in_it_and_marks_partial_spells(d):
    year = {m.state: m.partial for m in d.members("CSTO", as_of="2012")}
    day = {m.state for m in d.members("CSTO", as_of="2012-12-31")}
    assert year["Uzbekistan"] is True  # suspended 2012-12-19: part of 2012 only
    assert year["Russian Federation"] is False
    assert "Uzbekistan" not in day and set(year) == day | {"Uzbekistan"}
    month = {m.state: m.partial for m in d.members("CSTO", as_of="2012-12")}
    assert month["Uzbekistan"] is True
    assert all(not m.partial for m in d.members("CSTO", as_of="2011-08-12"))


def test_a_period_counts_members_at_any_time_in_it(d):
    counts = {o.code: o.members for o in d.organizations(as_of="1995")}
    # GATT 1947's 128 contracting parties were all there in 1995, beside the WTO.
    assert counts["GATT"] == 128 and 0 < counts["WTO"] < 128


def test_the_table_says_the_period_and_marks_partial_spells(head_url):
    result = run("members", "CSTO", "--as-of", "2012", "--db", head_url)
    lines = result.stdout.splitlines()
    # Uzbekistan, whose spell ended in December, counts as one of the seven of 2012
    assert lines[0].endswith("at any time in 2012") and "partial" in lines[1]
    assert lines[-1] == "7 member states"
    assert any(line.startswith("Uzbekistan") and " yes " in line for line in lines)


@pytest.mark.parametrize("bad", ["2011-8-12", "2011-13", "11", "2011-02-30"])
def test_every_bad_date_gets_the_same_kind_of_hint(head_url, bad):
    result = run("members", "CSTO", "--as-of", bad, "--db", head_url)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: invalid date '{bad}'")
    assert "use a full date" not in result.stderr


def test_history_with_as_of_is_a_usage_error(head_url):
    result = run("members", "CSTO", "--history", "--as-of", "2011-08-12", "--db", head_url)
    assert result.exit_code == 2 and "--history" in result.stderr


def test_status_is_case_insensitive_and_checked(head_url):
    upper = run("members", "CSTO", "--status", "Member", "--as-of", "2011-08-12",
                "-f", "json", "--db", head_url)
    assert len(json.loads(upper.stdout)) == 7
    wrong = run("members", "CSTO", "--status", "membr", "--db", head_url)
    assert wrong.exit_code == 2 and "unknown status 'membr'" in wrong.stderr


def test_an_empty_csv_answer_has_the_full_header(head_url):
    full = run("members", "CSTO", "-f", "csv", "--db", head_url).stdout.splitlines()[0]
    empty = run("members", "CSTO", "--as-of", "1990-01-01", "-f", "csv", "--db", head_url)
    assert empty.exit_code == 0 and empty.stdout.splitlines() == [full]
    nothing = run("state", "AQ", "-f", "csv", "--db", head_url).stdout.splitlines()
    assert len(nothing) == 1 and nothing[0].startswith("kind,organization,state")


def test_csv_booleans_are_spelled_as_export_csv_spells_them(head_url):
    rows = list(csv.DictReader(io.StringIO(
        run("officials", "NATO", "--history", "-f", "csv", "--db", head_url).stdout)))
    assert {r["acting"] for r in rows} == {"true", "false"}
    members = list(csv.DictReader(io.StringIO(
        run("members", "CSTO", "-f", "csv", "--db", head_url).stdout)))
    assert {r["partial"] for r in members} == {"false"}
