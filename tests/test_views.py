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
