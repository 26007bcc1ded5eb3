"""The views built on the lookups: diff between two dates, a person's posts, a timeline
between two dates."""

from __future__ import annotations

import pytest

import orgdb


def test_diff_names_who_joined_left_and_changed(d):
    nato = {(c.change, c.state) for c in d.diff("NATO", "1990-01-01", "2000-01-01")}
    assert nato == {("joined", "Czechia"), ("joined", "Hungary"), ("joined", "Poland")}
    assert [(c.change, c.state) for c in d.diff("CSTO", "2011", "2013")] == [
        ("left", "Uzbekistan")]
    [ukraine] = d.diff("CIS", "2017-01-01", "2019-01-01")
    assert ukraine.change == "changed" and ukraine.before != ukraine.after
    assert d.diff("NATO", "2000-01-01", "2000-01-01") == []


def test_a_person_by_surname_name_or_key_and_the_posts_held(d):
    assert d.lookup_person("Bordyuzha").key == "nikolay-bordyuzha"
    assert d.lookup_person("nikolay bordyuzha").key == "nikolay-bordyuzha"
    posts = d.posts_of("Amara Essy")
    assert [p.organization for p in posts] == ["OAU", "AU"]
    with pytest.raises(orgdb.NotFound):
        d.lookup_person("Nobody Atall")


def test_a_timeline_between_two_dates(d):
    events = d.timeline("CSTO", since="2012", until="2012")
    assert events and all(e.date.startswith("2012") for e in events)
    assert {e.kind for e in events} >= {"suspended", "left"}
    assert len(d.timeline("CSTO", since="2012")) < len(d.timeline("CSTO"))


def test_diff_gives_the_day_of_each_change(d):
    changes = {c.state_code: c for c in d.diff("NATO", "1990-01-01", "2000-01-01")}
    assert {code: str(c.date) for code, c in changes.items()} == {
        "CZ": "1999-03-12", "HU": "1999-03-12", "PL": "1999-03-12"}
    [uzbekistan] = d.diff("CSTO", "2011", "2013")
    assert str(uzbekistan.date) == "2012-12-19"  # the last day of its spell
    armenia = {c.state_code: c for c in d.diff("CSTO", "2020", "2025")}["AM"]
    assert armenia.change == "changed" and str(armenia.date) == "2024-02-22"


def test_diff_follows_the_predecessors_and_names_them(d):
    changes = {c.state_code: c for c in d.diff("EU", "1980-01-01", "2026-01-01")}
    # Greece joined the EEC in 1981; the EU answers 2026 through the spells that ran on
    assert (changes["GR"].change, str(changes["GR"].date), changes["GR"].organization) == (
        "joined", "1981-01-01", "EEC")
    assert (changes["GB"].change, str(changes["GB"].date)) == ("left", "2020-01-31")
    # without predecessors 1980 has no members, and every member of 2026 joined
    alone = d.diff("EU", "1980-01-01", "2026-01-01", predecessors=False)
    assert {c.change for c in alone} == {"joined"} and len(alone) == 27


def test_a_timeline_holds_the_predecessors_events(d):
    events = d.timeline("AU", until="2002-12-31")
    assert {e.organization for e in events} == {"OAU", "AU"}
    assert [e.date for e in events] == sorted(e.date for e in events)
    assert any(e.organization == "OAU" and e.kind == "dissolved" for e in events)
    assert {e.organization for e in d.timeline("AU", predecessors=False)} == {"AU"}


def test_compare_sets_two_states_side_by_side(d):
    rows = {r.organization: r for r in d.compare("Belarus", "Russia", as_of="2011-08-12")}
    assert (rows["CSTO"].first, rows["CSTO"].second, rows["CSTO"].shared) == (
        "member", "member", "both")
    assert rows["SCO"].first == "dialogue partner" and rows["SCO"].second == "member"
    assert rows["G7"].first is None and rows["G7"].shared == "second"  # the G8 years
    assert "NATO" not in rows
    shared = [r.shared for r in rows.values()]
    assert shared == sorted(shared, key=["both", "first", "second"].index)
    with pytest.raises(orgdb.UsageError):
        d.compare("Belarus", "BLR")


def test_a_vacancy_of_a_post_the_organization_carries_from_before_its_founding(d):
    # the Commission's Presidents are kept on the EU: between Hallstein and Rey (revision
    # 0095) the post was vacant, which the EU says, not its predecessor of the day
    assert d.officials("EU", as_of="1967-07-03") == []
    assert d.vacancy("EU", as_of="1967-07-03") == (
        "the post of President of the European Commission of EU was vacant on 1967-07-03: "
        "Walter Hallstein's tenure ended on 1967-06-30, Jean Rey's began on 1967-07-06")
