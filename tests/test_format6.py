"""Changeset format 6 and schema revision 0088: source classes, bounded days, known gaps;
the lookups that mark a row uncertain inside its bounds, and `orgdb quality`."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from helpers import (
    appliers_passed_over,
    apply_file,
    cli,
    dump,
    natural_rows,
    sa_engine,
    write_file,
)

from orgdb.errors import OrgdbError
from orgdb.interchange import changeset
from orgdb.read.source_rules import class_problem
from orgdb.store import migrate, write
from orgdb.store.target import resolve

FIXTURE = """\
[changeset]
title = "A club whose second member joined on a day known within bounds"
format = 6

[[sources]]
key = "club-annals"
title = "Annals of the Club, 1956"
publisher = "The Club"
published = "1956"
retrieved = "2026-12-07"
class = "official record"

[[organizations]]
code = "BCLUB"
name = "The Bounded Club"
founded = "1950-01-01"
source = "club-annals"

[[memberships]]
organization = "BCLUB"
state = "FR"
start = "1950-01-01"
source = "club-annals"

[[memberships]]
organization = "BCLUB"
state = "UY"
start = "1951-12-13"
start_latest = "1956"
end = "1990-12-31"
end_earliest = "1990-06"
confidence = "low"
notes = "Not later than 1956: the Annals of 1956 list it."
source = "club-annals"

[[known_gaps]]
organization = "BCLUB"
topic = "Uruguay's day"
description = "No source gives the day Uruguay joined."
"""


def test_a_bounded_day_is_uncertain_inside_its_bounds_and_plain_outside(writable_head_url,
                                                                        tmp_path):
    url = writable_head_url
    before = natural_rows(url)
    path = write_file(tmp_path, FIXTURE)
    added = apply_file(url, path)
    assert added.get("known_gaps") == 1 and added.get("memberships") == 2
    result = cli("members", "BCLUB", "--as-of", "1953-01-01", "-f", "json", "--db", url)
    uy = {r["state_code"]: r for r in json.loads(result.stdout)}["UY"]
    assert uy["uncertain"] == "may not have begun yet (began by 1956)"
    assert (uy["start"], uy["start_latest"]) == ("1951-12-13", "1956")
    for day, expected in (("1957-01-01", None), ("1990-03-01", None),
                          ("1990-07-01", "may have ended (from 1990-06)")):
        rows = json.loads(cli("members", "BCLUB", "--as-of", day, "-f", "json", "--db",
                              url).stdout)
        assert {r["state_code"]: r["uncertain"] for r in rows}["UY"] == expected, day
    # before the earliest day the row is not there at all
    early = json.loads(cli("members", "BCLUB", "--as-of", "1951-12-12", "-f", "json",
                           "--db", url).stdout)
    assert [r["state_code"] for r in early] == ["FR"]
    table = cli("members", "BCLUB", "--as-of", "1953", "--db", url).stdout
    assert "start_latest" in table.splitlines()[1] and "may not have begun yet" in table
    assert cli("check", "--db", url).exit_code == 0
    [club] = cli_json("quality", "BCLUB", "--db", url)
    assert club["known_gaps"] == ["Uruguay's day: No source gives the day Uruguay joined."]
    assert club["precision"] == {"day": 1, "bounded": 1}
    assert club["source_class"] == {"official record": 2} and club["primary_share"] == 1.0
    with write.session(resolve(url)) as w:  # the changeset reverted: nothing else changed
        changeset.revert(w.conn, changeset.load(path))
        w.changed = True
    assert natural_rows(url) == before


def cli_json(*args):
    result = cli(*args, "-f", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(("change", "error"), [
    (('start_latest = "1956"', 'start_latest = "1950"'),
     "field 'start_latest': 1950 is before start 1951-12-13"),
    (('end_earliest = "1990-06"', 'end_earliest = "1991"'),
     "field 'end': 1990-12-31 is before end_earliest 1991"),
    (('class = "official record"', 'class = "blog"'), "field 'class'"),
    (("format = 6", "format = 5"), "needs changeset format 6"),
])
def test_format_6_fields_are_validated(tmp_path, change, error):
    path = write_file(tmp_path, FIXTURE.replace(*change))
    with pytest.raises(OrgdbError, match=error.replace("(", r"\(")):
        changeset.load(path)


def test_a_source_class_its_address_belies_is_refused():
    assert class_problem(None, "https://www.nato.int/x").startswith("no class")
    assert "is an encyclopedia" in class_problem("official record",
                                                 "https://en.wikipedia.org/wiki/NATO")
    assert "is a wiki" in class_problem("news of record", "https://x.fandom.com/wiki/y")
    assert class_problem("encyclopedia", "https://de.wikipedia.org/wiki/NATO") is None
    assert class_problem("official record", "https://www.nato.int/x") is None


def test_revision_0088_goes_down_only_without_losing_a_bound(writable_head_url, tmp_path):
    """A user's bounded membership stops the downgrade through 0088, changing nothing;
    without it the schema goes down and up again. The data revisions between are passed
    over (their classes, gaps and bounds taken out here, as their downgrades would), so
    the test does not grow with the revisions after 0088."""
    url = writable_head_url
    apply_file(url, write_file(tmp_path, FIXTURE))
    eng = sa_engine(url)
    with eng.begin() as conn:  # what the shipped data revisions after 0088 put in
        conn.execute(sa.text("UPDATE source SET source_class = NULL "
                             "WHERE key <> 'club-annals'"))
        conn.execute(sa.text("DELETE FROM known_gap WHERE topic <> 'Uruguay''s day'"))
        conn.execute(sa.text(
            "UPDATE membership SET start_latest_date = NULL, end_earliest_date = NULL "
            "WHERE organization_id <> (SELECT id FROM organization WHERE code = 'BCLUB')"))
    before = dump(url)
    with appliers_passed_over(), pytest.raises(OrgdbError,
                                               match="memberships with bounded dates"):
        migrate.downgrade(resolve(url), "0087", yes=True)
    assert dump(url) == before
    try:
        with eng.begin() as conn:  # the user takes their bounds and gap out
            conn.execute(sa.text(
                "UPDATE membership SET start_latest_date = NULL, end_earliest_date = NULL "
                "WHERE organization_id = (SELECT id FROM organization WHERE code = 'BCLUB')"))
            conn.execute(sa.text("DELETE FROM known_gap WHERE topic = 'Uruguay''s day'"))
            conn.execute(sa.text("UPDATE source SET source_class = NULL "
                                 "WHERE key = 'club-annals'"))
        with appliers_passed_over():
            migrate.downgrade(resolve(url), "0087", yes=True)
            with eng.connect() as conn:
                assert "known_gap" not in sa.inspect(conn).get_table_names(
                    schema=None if url.endswith(("sqlite3", ".db")) else "orgdb")
            migrate.upgrade(resolve(url))
        with eng.connect() as conn:
            assert "known_gap" in sa.inspect(conn).get_table_names(
                schema=None if url.endswith(("sqlite3", ".db")) else "orgdb")
    finally:
        eng.dispose()


QUALITY = ["quality", "-f", "markdown", "--columns",
           "organization,rows,primary,confidence,precision,known_gaps"]


def test_readme_shows_this_releases_quality(head_sqlite_path):
    """README's table is `orgdb quality` on the shipped data: every release states its
    own quality."""
    from test_readme import README

    text = README.read_text(encoding="utf-8")
    shown = text.split("<!-- quality -->\n", 1)[1].split("<!-- /quality -->", 1)[0]
    table = cli(*QUALITY, "--db", head_sqlite_path).stdout
    assert shown.strip() == table.strip(), "run: orgdb " + " ".join(QUALITY) + \
        " and paste it into README.md"


def test_quality_counts_add_up_and_name_the_gaps(d):
    report = {q.organization: q for q in d.quality()}
    assert {"CSTO", "NATO", "OAS", "UN", "EU"} <= set(report)
    for q in report.values():
        assert sum(q.confidence.values()) == sum(q.precision.values()) == \
            sum(q.source_class.values()) == q.rows
        assert q.primary_share is None or 0 <= q.primary_share <= 1
        assert str(q.current_to) == str(d.current_to())
    assert report["SICA"].known_gaps and report["NATO"].rows > 100
    # every source the shipped rows rest on has a class
    assert not any("unclassified" in q.source_class for q in report.values())
    [who] = d.quality("WHO")  # an organization only COW knows: COW's data set, to 2014
    assert who.source_class == {"data set": who.rows} and str(who.current_to) == "2014-12-31"
