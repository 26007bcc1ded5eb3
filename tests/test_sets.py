"""Set expressions over organizations (issue 22, part 1): 'NATO & EU', 'CSTO - SCO',
'EU | EFTA', with parentheses, on the command line and in Python, on both backends."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.errors import UsageError
from orgdb.read import sets

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def codes(rows):
    return {r.state_code for r in rows}


def test_nato_and_the_eu_on_the_day_of_the_2004_enlargements(d):
    both = d.combine("NATO & EU", as_of="2004-05-01")
    nato = {m.state_code for m in d.members("NATO", as_of="2004-05-01", status="member")}
    eu = {m.state_code for m in d.members("EU", as_of="2004-05-01", status="member")}
    assert codes(both) == nato & eu and len(both) == 19
    assert {tuple(r.member_of) for r in both} == {("NATO", "EU")}


def test_difference_union_and_parentheses(d):
    assert codes(d.combine("CSTO - SCO")) == {"AM"}  # Armenia alone is not in the SCO
    assert len(d.combine("EU | EFTA")) == 27 + 4
    not_euro = d.combine("(NATO & EU) - EUROAREA", as_of="2010-01-01")
    assert "GB" in codes(not_euro) and "DE" not in codes(not_euro)
    # member_of names every operand the state was in, the ones subtracted too
    armenia = d.combine("CSTO - SCO")[0]
    assert armenia.member_of == ["CSTO"]
    # & binds tighter than |: EFTA | (NATO & EU)
    assert codes(d.combine("EFTA | NATO & EU")) == codes(d.combine("EFTA | (NATO & EU)"))


def test_operands_are_any_names_quoted_where_they_hold_an_operator(d):
    assert codes(d.combine("ОДКБ & ШОС")) == codes(d.combine("CSTO & SCO"))
    quoted = d.combine('"Intergovernmental TV & Radio Corporation (ITRC MIR)" & CIS',
                       as_of="2010-01-01")
    assert quoted and all(r.member_of == ["ITVRC", "CIS"] for r in quoted)
    assert d.organization_or_expression("CSTO-PA").code == "CSTO-PA"  # a name, not minus


@pytest.mark.parametrize("text", ["NATO &", "& EU", "(NATO & EU", "NATO & EU)", 'NATO & "EU'])
def test_a_malformed_expression_is_a_usage_error(d, text):
    with pytest.raises(UsageError):
        d.combine(text)


def test_the_command_line_says_what_it_computed(head_url):
    result = run("members", "NATO & EU", "--as-of", "2004-05-01", "--db", head_url)
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert first.startswith("States in NATO & EU on 2004-05-01: 19 ")
    rows = json.loads(run("members", "CSTO - SCO", "-f", "json", "--db", head_url).stdout)
    assert [(r["state_code"], r["member_of"]) for r in rows] == [("AM", ["CSTO"])]
    bad = run("members", "NATO &", "--db", head_url)
    assert bad.exit_code == 2 and "an organization is missing" in bad.stderr
    unknown = run("members", "NATO & Nowhereland Pact", "--db", head_url)
    assert unknown.exit_code == 1 and "no organization matches" in unknown.stderr
    history = run("members", "NATO & EU", "--history", "--db", head_url)
    assert history.exit_code == 2


def test_the_parser_alone():
    node = sets.parse("(A & B) - C | D")
    assert sets.names(node) == ["A", "B", "C", "D"]
    assert sets.describe(node, {n: n for n in "ABCD"}) == "((A & B) - C) | D"
    assert sets.evaluate(node, {"A": {1, 2, 3}, "B": {2, 3}, "C": {3}, "D": {9}}) == {2, 9}
    assert not sets.is_expression("CSTO-PA") and not sets.is_expression("Forum (SPF)")
    assert sets.is_expression("NATO - EU") and sets.is_expression("NATO &")


def test_diff_over_a_set_expression_dates_each_change(d):
    joined = {c.state_code: str(c.date) for c in d.diff("NATO & EU", "2003-01-01",
                                                         "2005-01-01")}
    assert joined == {code: "2004-05-01" for code in ("CZ", "EE", "HU", "LV", "LT", "PL",
                                                       "SK", "SI")}
    # Finland and Sweden left 'EU - NATO' on their last day outside NATO
    left = [(c.change, c.state_code, str(c.date)) for c in d.diff("EU - NATO", "2019",
                                                                  "2025")]
    assert left == [("left", "FI", "2023-04-03"), ("left", "SE", "2024-03-06")]


def test_a_set_expression_where_one_organization_is_needed_is_a_usage_error(head_url):
    result = run("officials", "NATO & EU", "--db", head_url)
    assert result.exit_code == 2 and "is a set expression" in result.stderr
    table = run("diff", "NATO & EU", "2003", "2005", "--db", head_url).stdout
    assert table.splitlines()[0] == "Changes in NATO & EU from 2003 to 2005"
