"""The day the data is current to (schema revision 0083): recorded by the data revisions,
shown by `db current` and `orgs`, and said on stderr when a lookup asks about a later day."""

from __future__ import annotations

from helpers import cli, orgdb_cli, recorded_current_to, scalar

from orgdb.store import migrate
from orgdb.store.target import resolve


def test_the_database_records_the_day_its_data_is_current_to(d):
    assert str(d.current_to()) == recorded_current_to()
    curated = {o.code: o for o in d.organizations()}
    assert str(curated["CSTO"].current_to) == recorded_current_to()
    # an organization only COW knows is current to the last day COW saw it
    assert str(curated["AAAID"].current_to) == "2014-12-31"


def test_db_current_and_orgs_show_it(head_url):
    assert cli("db", "current", "--db", head_url).stdout.strip().endswith(
        f"data current to {recorded_current_to()}")
    rows = {r["code"]: r for r in __import__("json").loads(
        cli("orgs", "-f", "json", "--db", head_url).stdout)}
    assert rows["NATO"]["current_to"] == recorded_current_to()


def test_a_day_after_it_gets_a_note_and_a_day_before_none(head_url):
    later = cli("members", "CSTO", "--as-of", "2031-01-01", "--db", head_url)
    assert later.exit_code == 0
    assert f"note: the data is current to {recorded_current_to()}; 2031-01-01 is after it" \
        in later.stderr
    for command in (["officials", "CSTO"], ["state", "Belarus"], ["org", "CSTO"],
                    ["members", "NATO & EU"], ["orgs"]):
        assert "is after it" in cli(*command, "--as-of", "2031", "--db", head_url).stderr
    earlier = cli("members", "CSTO", "--as-of", "2011-08-12", "--db", head_url)
    assert "current to" not in earlier.stderr and earlier.stdout.count("\n") > 7


def test_revision_0083_goes_down_and_up_without_losing_its_day(head_sqlite_copy):
    target = resolve(str(head_sqlite_copy))
    migrate.downgrade(target, "0082")
    assert scalar(str(head_sqlite_copy), "SELECT count(*) FROM sqlite_master "
                                          "WHERE name = 'data_currency'") == 0
    result = orgdb_cli("db", "upgrade", "--db", str(head_sqlite_copy))
    assert result.returncode == 0, result.stderr
    assert str(scalar(str(head_sqlite_copy), "SELECT max(current_to) FROM data_currency")
               ) == recorded_current_to()
