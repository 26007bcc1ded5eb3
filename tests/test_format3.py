"""Changeset format 3 and schema revision 0021: organizations as members, successions of
organizations and of states, the new statuses and end reasons, on both backends."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from helpers import as_shipped_before_0056, sa_engine, scalar, without_cow, write_file
from typer.testing import CliRunner

import orgdb
from orgdb.cli import app
from orgdb.errors import ChangesetError, OrgdbError
from orgdb.interchange import changeset
from orgdb.store import migrate
from orgdb.store.target import resolve

runner = CliRunner()

FIXTURE = """
[changeset]
title = "test fixture: a club with an organization among its members, and successions"
format = 3

[[sources]]
key = "f3"
title = "Fixture source"

[[states]]
code = "XOLD"
name = "Old Republic"
source = "f3"

[[states]]
code = "XNEW"
name = "New Republic"
source = "f3"

[[state_successions]]
predecessor = "XOLD"
successor = "XNEW"
date = "1991-12-24"
kind = "continuation"
notes = "The New Republic continues the Old Republic's seats."
source = "f3"

[[organizations]]
code = "OLDCLUB"
name = "The Old Club"
founded = "1960-01-01"
dissolved = "1999-12-31"
source = "f3"

[[organizations]]
code = "NEWCLUB"
name = "The New Club"
founded = "2000-01-01"
source = "f3"

[[organization_successions]]
predecessor = "OLDCLUB"
successor = "NEWCLUB"
date = "2000-01-01"
kind = "replaced"
source = "f3"

[[memberships]]
organization = "OLDCLUB"
state = "XOLD"
start = "1960-01-01"
end = "1991-12-24"
end_reason = "succeeded"
source = "f3"

[[memberships]]
organization = "OLDCLUB"
state = "XNEW"
start = "1991-12-24"
end = "1999-12-31"
end_reason = "dissolved"
source = "f3"

[[memberships]]
organization = "NEWCLUB"
state = "RU"
start = "2000-01-01"
source = "f3"

[[memberships]]
organization = "NEWCLUB"
member = "CSTO"
start = "2010-06"
source = "f3"

[[memberships]]
organization = "NEWCLUB"
state = "BY"
status = "dialogue partner"
start = "2012"
source = "f3"
"""


@pytest.fixture
def url(writable_head_url, tmp_path):
    with orgdb.connect(writable_head_url) as db:
        db.import_changeset(write_file(tmp_path, FIXTURE, "f3.toml"))
    return writable_head_url


def test_an_organization_is_a_member_beside_states(url):
    with orgdb.connect(url) as db:
        members = {m.state_code: m for m in db.members("NEWCLUB", as_of="2020-01-01")}
    assert set(members) == {"RU", "CSTO", "BY"}
    assert members["CSTO"].member_type == "organization"
    assert members["CSTO"].state == "Collective Security Treaty Organization"
    assert members["CSTO"].alpha2 is None and members["CSTO"].start == "2010-06"
    assert members["RU"].member_type == "state"
    assert members["BY"].status == "dialogue partner"
    with orgdb.connect(url) as db:
        assert db.organization("CSTO", as_of="2020-01-01").member_of == ["NEWCLUB"]
        assert db.organization("CSTO", as_of="2009-01-01").member_of == []


def test_a_predecessor_answers_before_its_successor_was_founded(url):
    with orgdb.connect(url) as db:
        before = db.members("NEWCLUB", as_of="1980-01-01")
        assert {m.organization for m in before} == {"OLDCLUB"}
        assert {m.state_code for m in before} == {"XOLD"}
        assert {m.state_code for m in db.members("NEWCLUB", as_of="1995-01-01")} == {"XNEW"}
        detail = db.organization("NEWCLUB")
        assert detail.predecessors == ["OLDCLUB (replaced, 2000-01-01)"]
        assert db.organization("OLDCLUB").successors == ["NEWCLUB (replaced, 2000-01-01)"]
    result = runner.invoke(app, ["members", "NEWCLUB", "--as-of", "1980-01-01", "--db", url])
    assert result.exit_code == 0
    assert "answered by its predecessor OLDCLUB" in result.stderr
    assert "Old Republic" in result.stdout


def test_a_states_successions_are_kept_and_shown(url):
    with orgdb.connect(url) as db:
        links = db.successions_of("XNEW")
        assert [(x.side, x.code, x.kind, x.date) for x in links] == [
            ("predecessor", "XOLD", "continuation", "1991-12-24")]
        old = [m for m in db.memberships_of("XOLD", history=True)]
        assert [(m.organization, m.end, m.end_reason) for m in old] == [
            ("OLDCLUB", "1991-12-24", "succeeded")]
    shown = runner.invoke(app, ["state", "XNEW", "--db", url])
    assert "Successions" in shown.stdout and "continuation" in shown.stdout


def test_exports_say_what_kind_of_member(url, tmp_path):
    out = runner.invoke(app, ["export", "csv", "--table", "memberships", "--db", url])
    assert out.exit_code == 0
    line = next(row for row in out.stdout.splitlines() if row.startswith("NEWCLUB,") and
                ",CSTO," in row)
    assert ",organization," in line
    target = tmp_path / "p.json"
    assert runner.invoke(app, ["export", "popolo", "-o", str(target), "--db", url]
                         ).exit_code == 0
    doc = json.loads(target.read_text())
    member = next(m for m in doc["memberships"] if m.get("organization_id")
                  == "organization/NEWCLUB" and m["member"]["id"].endswith("CSTO"))
    assert member["member"]["id"] == "organization/CSTO"


def test_the_check_covers_members_that_are_organizations(url):
    """A second, overlapping spell of the same organization member is a defect."""
    engine = sa_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO membership (organization_id, member_organization_id, status, "
            "start_date, start_precision, end_precision, source_id) SELECT n.id, c.id, "
            "'member', '2015-01-01', 'day', 'day', (SELECT id FROM source WHERE key = 'f3') "
            "FROM organization n, organization c WHERE n.code = 'NEWCLUB' AND c.code = 'CSTO'"))
    engine.dispose()
    result = runner.invoke(app, ["check", "--db", url, "--format", "json"])
    findings = json.loads(result.stdout)
    assert any(f["rule"] == "overlapping memberships" and "Collective Security" in f["detail"]
               for f in findings)


def _one_membership(fmt: int, lines: str) -> str:
    """A changeset of one source and one CSTO membership with `lines` in it."""
    return f"""[changeset]
title = "t"
format = {fmt}
[[sources]]
key = "s"
title = "S"
[[memberships]]
organization = "CSTO"
{lines}
start = "2020"
source = "s"
"""


@pytest.mark.parametrize("change, message", [
    ('state = "RU"\nmember = "CSTO"', "names a state or a member, one of the two"),
    ("", "names a state or a member, one of the two"),
])
def test_a_membership_names_one_member(tmp_path, change, message):
    with pytest.raises(ChangesetError, match=message):
        changeset.load(write_file(tmp_path, _one_membership(3, change)))


@pytest.mark.parametrize("line, field", [
    ('member = "CSTO"', "member"), ('status = "dialogue partner"\nstate = "RU"', "status"),
    ('end_reason = "succeeded"\nend = "2021"\nstate = "RU"', "end_reason"),
])
def test_format_3_fields_need_format_3(tmp_path, line, field):
    with pytest.raises(ChangesetError, match="needs changeset format 3"):
        changeset.load(write_file(tmp_path, _one_membership(2, line)))


def test_the_schema_revision_will_not_go_down_over_rows_it_cannot_hold(url, schema_only):
    """Revision 0021 refuses to go down while a membership of an organization, a
    succession or a new status is there (the data revisions between are passed over:
    they would remove the curated ones, not the user's)."""
    # what the data revisions passed over here would take back on their way down: the
    # kinds 0056 set (else 0055 refuses) and the COW IGOs 0052 carried in (else 0051 does)
    as_shipped_before_0056(without_cow(url))
    before = scalar(url, "SELECT count(*) FROM membership")
    with pytest.raises(OrgdbError, match="revision 0021 cannot go down without losing rows"):
        migrate.downgrade(resolve(url), "0020", yes=True)
    assert scalar(url, "SELECT count(*) FROM membership") == before
    assert scalar(url, "SELECT count(*) FROM organization_succession") >= 1
