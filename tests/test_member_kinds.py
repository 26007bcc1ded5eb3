"""Members that are not sovereign states (schema revision 0055, changeset format 5): each
state record's kind, what each organization counts ("member states" or "members"), and
the counts lookups give, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re

import pytest
import sqlalchemy as sa
from helpers import as_shipped_before_0056, dump, sa_engine
from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.errors import OrgdbError
from orgdb.store import migrate
from orgdb.store.target import resolve

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_states_that_are_not_sovereign_have_their_kind(d):
    assert d.lookup_state("Hong Kong").kind == "territory"
    assert d.lookup_state("Macao").kind == "territory"
    assert d.lookup_state("TW").kind == "customs territory"
    assert d.lookup_state("Belarus").kind == "sovereign state"


def test_each_member_row_says_what_kind_of_member_it_is(d):
    kinds = {m.state: m.member_kind for m in d.members("WTO", as_of="2020-01-01")}
    assert kinds["Hong Kong"] == "territory"
    assert kinds["Taiwan, Province of China"] == "customs territory"
    assert kinds["Japan"] == "sovereign state"
    assert kinds["European Union"] is None  # an organization: member_type says so
    # a state's own view carries its kind too
    assert {m.member_kind for m in d.memberships_of("HK", history=True)} == {"territory"}


def test_organizations_count_as_they_say_themselves(d):
    # the WTO's 164 members of 2020: 160 states, two territories, Chinese Taipei, the EU
    wto = d.member_count("WTO", as_of="2020-01-01")
    assert (wto.counted_as, wto.members) == ("members", 164)
    assert wto.kinds == {"sovereign state": 160, "territory": 2, "customs territory": 1,
                         "organization": 1}
    un = d.member_count("UN", as_of="2011-08-12")  # South Sudan the 193rd, 14 July 2011
    assert (un.counted_as, un.members, un.kinds) == ("member states", 193,
                                                     {"sovereign state": 193})
    g20 = d.member_count("G20", as_of="2025-01-01")  # the AU from 9 September 2023
    assert (g20.counted_as, g20.members, g20.kinds["organization"]) == ("members", 21, 2)
    csto = d.member_count("CSTO", as_of="2011-08-12")
    assert (csto.counted_as, csto.members, csto.others) == ("member states", 7, {})


def test_a_year_counts_a_member_once_as_a_member_it_was_at_any_time(d):
    # Indonesia was a member of OPEC in 2016 until its suspension of 30 November
    opec = d.member_count("OPEC", as_of="2016")
    assert opec.members == 14 and "suspended" not in opec.others
    assert d.member_count("OPEC", as_of="2017-06-01").others == {"suspended": 1}


def test_the_lookups_say_what_they_count(head_url):
    lines = run("members", "WTO", "--as-of", "2020-01-01", "--db", head_url).stdout
    lines = lines.splitlines()
    assert lines[0] == "Members of World Trade Organization (WTO) on 2020-01-01"
    # the last line counts what the WTO counts, and the observers the table leaves out
    assert lines[-1].startswith("164 members (160 sovereign states, 1 customs territory, "
                                "1 organization, 2 territories), ")
    assert re.search(r", \d+ observers \(\d+ more spells with --status all\)$", lines[-1])
    csto = run("members", "CSTO", "--as-of", "2011-08-12", "--db", head_url).stdout
    assert csto.splitlines()[-1] == "7 member states"
    hk = run("state", "Hong Kong", "--db", head_url).stdout
    assert hk.splitlines()[0].startswith("Memberships of Hong Kong (HK), a territory, on ")
    orgs = {o["code"]: o for o in json.loads(run("orgs", "-f", "json", "--db",
                                                 head_url).stdout)}
    assert orgs["WTO"]["counted_as"] == "members"
    assert orgs["UN"]["counted_as"] == "member states"
    assert orgs["UN"]["classification"] == "intergovernmental organization"
    table = {line.split()[0]: line for line in run("orgs", "--db", head_url).stdout.splitlines()}
    assert " 166 members " in table["WTO"] and " 193 member states " in table["UN"]


KIND_FILE = """\
[changeset]
title = "Pitcairn, a territory"
format = {fmt}

[[sources]]
key = "my-pitcairn"
title = "My note on Pitcairn"

[[states]]
code = "PN"
name = "Pitcairn"
alpha2 = "PN"
kind = "{kind}"
source = "my-pitcairn"
"""


@pytest.mark.parametrize(("fmt", "kind", "error"), [
    (4, "territory", "field 'kind': 'territory' needs changeset format 5"),
    (5, "colony", "field 'kind'"),
])
def test_a_kind_needs_format_5_and_one_of_the_kinds(sqlite_url, tmp_path, fmt, kind, error):
    path = tmp_path / "pn.toml"
    path.write_text(KIND_FILE.format(fmt=fmt, kind=kind))
    result = run("import", path, "--db", sqlite_url)
    assert result.exit_code != 0
    assert error in result.stderr


def test_revision_0055_goes_down_only_without_losing_a_kind(writable_head_url, tmp_path,
                                                           schema_only):
    """A user's territory stops 0055's downgrade, changing nothing; without it the schema
    goes down and up again. (The data revisions between are passed over: the kinds 0056
    sets, its own downgrade would set back, as done here by hand.)"""
    url = writable_head_url
    path = tmp_path / "pn.toml"
    path.write_text(KIND_FILE.format(fmt=5, kind="territory"))
    assert run("import", path, "--db", url).exit_code == 0
    as_shipped_before_0056(url, keeping="PN")
    eng = sa_engine(url)
    try:
        before = dump(url)
        with pytest.raises(OrgdbError, match="1 states of another kind than a sovereign"):
            migrate.downgrade(resolve(url), "0054", yes=True)
        assert dump(url) == before
        with eng.begin() as conn:  # the user takes their territory out
            conn.execute(sa.text("DELETE FROM state WHERE code = 'PN'"))
        migrate.downgrade(resolve(url), "0054", yes=True)
        with eng.connect() as conn:
            assert "kind" not in {c["name"] for c in sa.inspect(conn).get_columns("state")}
        migrate.upgrade(resolve(url))
        with eng.connect() as conn:
            assert "kind" in {c["name"] for c in sa.inspect(conn).get_columns("state")}
            assert "counted_as" in {c["name"] for c in
                                    sa.inspect(conn).get_columns("organization")}
    finally:
        eng.dispose()
