"""Names never resolve to the wrong state: exact matches first, then a unique prefix, else
an error with ranked suggestions or the candidates; the answer says what was resolved."""

from __future__ import annotations

import json

import pytest
from helpers import cli as run
from helpers import shared

import orgdb
from orgdb.read.names import COW_STATES, fold, fold_spelling


def test_folding_ignores_case_accents_punctuation_and_compatibility_forms():
    assert fold("Côte d’Ivoire") == fold("COTE D'IVOIRE") == "cote d ivoire"
    assert fold("ＢＥＬＡＲＵＳ") == "belarus"  # full-width letters, NFKC
    assert fold_spelling("Organisation for Economic Co-operation") == \
        fold_spelling("Organization for Economic Cooperation")


@pytest.mark.parametrize("name, code", [
    ("BY", "BY"), ("blr", "BY"), ("  Belarus ", "BY"), ("Беларусь", "BY"),
    ("Казахстан", "KZ"), ("Allemagne", "DE"), ("Côte d’Ivoire", "CI"),
    ("UK", "GB"), ("GB", "GB"), ("USA", "US"), ("United States of America", "US"),
    ("UKG", "GB"), ("200", "GB"), ("365", "RU"),  # COW's abbreviation and codes
    ("SUHH", "SUHH"), ("SUN", "SUHH"),  # ISO 3166-3
    ("Russ", "RU"), ("Kazakh", "KZ"),  # a prefix of exactly one state's names
    ("Россия", "RU"), ("Ivory Coast", "CI"), ("East Timor", "TL"),  # names people use
    ("Kosovo", "XK"), ("XKX", "XK"),  # the user-assigned code (COW's state list)
])
def test_states_resolve_exactly_then_by_a_unique_prefix(d, name, code):
    assert d.lookup_state(name).code == code


@pytest.mark.parametrize("name", ["12", "XX", "Atlantis", "Narnia", "%"])
def test_unknown_names_are_errors_not_guesses(d, name):
    assert d.get_state(name) is None
    with pytest.raises(orgdb.NotFound):
        d.lookup_state(name)


def test_an_ambiguous_name_lists_its_candidates(d):
    with pytest.raises(orgdb.NotFound) as err:
        d.lookup_state("Korea")
    codes = [s.rsplit(" (", 1)[1] for s in err.value.suggestions]
    assert {"KP)", "KR)"} <= set(codes)  # and COW's Korean Empire, 1887-1905
    assert f"matches {len(codes)} states" in str(err.value)


def test_an_iso_code_that_is_also_cow_s_code_of_another_state_says_so(d):
    ref = d.lookup_state("AUS")
    assert ref.code == "AU" and "Austria" in ref.note
    assert d.lookup_state("Austria").note is None


def test_organizations_in_either_spelling_and_treaties_suggested_by_code(d):
    assert d.lookup_organization("Organisation for Economic Co-operation and "
                                 "Development").code == "OECD"
    assert d.lookup_organization("organization for economic cooperation and "
                                 "development").code == "OECD"
    assert d.lookup_organization("north atlantic treaty").code == "NATO"
    for acronym in ("OTAN", "НАТО", "otan"):
        assert d.lookup_organization(acronym).code == "NATO"
    assert d.lookup_organization("Commonwealth").code == "CWTH"
    assert d.lookup_organization("ОБСЕ").code == "OSCE"
    with pytest.raises(orgdb.NotFound) as err:
        d.lookup_treaty("CST")
    assert err.value.suggestions[0] == "CST-1992"


@pytest.mark.parametrize("name, why", [("12", "no state matches '12'"),
                                       ("XX", "no state matches 'XX'"),
                                       ("Atlantis", "no state matches 'Atlantis'"),
                                       ("Korea", "'Korea' matches 3 states")])
def test_the_cli_refuses_what_it_cannot_resolve(head_url, name, why):
    result = run("state", name, "--db", head_url)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"Error: {why}")


def test_an_empty_name_is_a_usage_error(head_url):
    result = run("state", "", "--db", head_url)
    assert result.exit_code == 2 and "Error: the state name is empty" in result.stderr


def test_the_answer_says_what_the_name_resolved_to(head_url):
    result = run("state", "Беларусь", "--as-of", "2011-08-12", "--db", head_url)
    assert result.stdout.splitlines()[0] == "Memberships of Belarus (BY) on 2011-08-12"
    rows = json.loads(run("state", "blr", "-f", "json", "--db", head_url).stdout)
    assert rows and {r["state_code"] for r in rows} == {"BY"}
    result = run("members", "collective security treaty organisation", "--as-of",
                 "2011-08-12", "--db", head_url)
    assert result.stdout.splitlines()[0] == \
        "Members of Collective Security Treaty Organization (CSTO) on 2011-08-12"
    result = run("state", "AUS", "--db", head_url)
    assert "note: AUS is taken as Australia (AU); COW's AUS is Austria (AT)" in result.stderr


def test_cow_codes_table_is_what_the_import_maps_cow_s_state_list_to():
    from orgdb.interchange.cow.states import code_table

    expected = code_table(shared("data/cow-igo-v3/states2016.csv"))
    assert COW_STATES.read_text(encoding="utf-8") == expected, \
        "regenerate orgdb/read/cow_states.csv with orgdb.interchange.cow.states.code_table"


def test_a_word_or_prefix_of_several_names_lists_them(head_url):
    result = run("state", "America", "--db", head_url)
    assert result.exit_code == 1
    assert "American Samoa (AS)" in result.stderr and "United States (US)" in result.stderr
    assert run("state", "Kazakh", "--db", head_url).exit_code == 0  # one name begins so


@pytest.mark.parametrize(("name", "code"), [("E.U.", "EU"), ("N.A.T.O.", "NATO"),
                                            ("U.N.", "UN"), ("G-7", "G7"), ("g-20", "G20")])
def test_dots_and_hyphens_fold_like_other_punctuation(d, name, code):
    assert d.lookup_organization(name).code == code


@pytest.mark.parametrize(("name", "code"), [
    ("DPRK", "KP"), ("ROK", "KR"), ("Soviet Union", "SUHH"), ("Persia", "IR"),
    ("Ceylon", "LK"), ("Zaire", "CD"), ("Holland", "NL"), ("England", "GB"),
    ("Scotland", "GB")])
def test_names_people_use_resolve(d, name, code):
    assert d.lookup_state(name).code == code
