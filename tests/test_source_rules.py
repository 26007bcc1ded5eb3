"""The sourcing standard `orgdb check --sources` enforces (orgdb.read.source_rules)."""

from __future__ import annotations

import json
import shutil

import pytest
import sqlalchemy as sa
from helpers import sa_engine
from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.read.source_rules import findings, urls_in

runner = CliRunner()
GOOD = {"key": "k", "title": "Protocol signed in Brussels", "publisher": "NATO",
        "url": "https://www.nato.int/docu/update/2003/03-march/e0326a.htm",
        "published": "2003-03-26", "retrieved": "2026-11-28", "via": None, "notes": None,
        "source_class": "official record"}


def rules(cited: bool = True, **change) -> set[str]:
    return {rule for rule, _ in findings([{**GOOD, **change}], {"k"} if cited else set())}


def test_a_complete_primary_source_passes():
    assert rules() == set()


@pytest.mark.parametrize("change, rule", [
    ({"publisher": None}, "source incomplete"),
    ({"published": None}, "source incomplete"),
    ({"retrieved": None}, "source incomplete"),
    ({"title": "e0326a 113343", "url": "https://x.example/news_113343.htm"}, "source title"),
    ({"title": "Page (docu/update)"}, "source title"),
    ({"url": "ftp://x.example/a"}, "source URL"),
    ({"url": "https://x.example/a…b"}, "source URL"),
    ({"url": "https://nato.int./a"}, "source URL"),
    ({"url": "https://192.0.2.7/a"}, "source URL"),
    ({"url": "https://proxy.example/https://nato.int/a"}, "source URL"),
    ({"url": "https://fanyv88.com:443/https/wn.com/CSTO"}, "source URL"),
    ({"url": "https://en.wikiwand.com/en/NATO"}, "source not primary"),
    ({"url": "https://nato.fandom.com/wiki/NATO"}, "source not primary"),
    ({"url": "https://www.politikforum.ru/showthread.php?t=1"}, "source not primary"),
    ({"url": "https://example.org/forum/topic-1"}, "source not primary"),
    ({"url": "https://web.archive.org/web/2003/http://nato.int/"}, "source not primary"),
    ({"via": "a copy somewhere"}, "source URL"),
])
def test_each_breach_is_named(change, rule):
    assert rule in rules(**change)


def test_a_copy_is_a_breach_only_for_a_source_facts_rest_on():
    assert rules(cited=False, url="https://en.wikiwand.com/en/NATO",
                 source_class="encyclopedia") == set()


def test_a_copy_named_as_via_is_fine():
    assert rules(via="https://web.archive.org/web/2003/https://www.nato.int/") == set()


def test_the_encyclopedia_itself_may_be_cited():
    # ...where no original was found; the facts resting on it must then be low confidence
    # (checked against the database below).
    assert rules(url="https://en.wikipedia.org/wiki/NATO", source_class="encyclopedia") == set()
    # classed as what it is
    assert rules(url="https://en.wikipedia.org/wiki/NATO") == {"source class"}


def test_an_undated_document_says_so_in_its_notes():
    assert rules(published=None) == {"source incomplete"}
    assert rules(published=None, notes="Undated: an official web page without a date") == {
        "source undated"}


def check_sources(url: str) -> dict:
    result = runner.invoke(app, ["check", "--sources", "--db", url, "--format", "json"])
    return {"exit": result.exit_code, "findings": json.loads(result.stdout)}


def test_severity_in_the_database(head_sqlite_path, tmp_path):
    """An error for a source curated facts rest on; a warning for one nothing rests on, and
    for an undated document (it stays in view without failing the check)."""
    path = tmp_path / "rules.sqlite3"
    shutil.copy(head_sqlite_path, path)
    engine = sa_engine(str(path))
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO source (key, title, publisher, url, published, published_precision, "
            "retrieved, retrieved_precision, notes) VALUES ('lonely', 'A copy', 'Someone', "
            "'https://en.wikiwand.com/en/X', '2001-01-01', 'day', '2026-11-28', 'day', NULL), "
            "('undated', 'Member states', 'CSTO', 'https://en.odkb-csto.org/', NULL, 'day', "
            "'2026-11-28', 'day', 'Undated: a web page')"))
        conn.execute(sa.text(
            "UPDATE membership SET source_id = (SELECT id FROM source WHERE key = 'undated') "
            "WHERE id = (SELECT min(id) FROM membership WHERE organization_id = "
            "(SELECT id FROM organization WHERE code = 'CSTO'))"))
    engine.dispose()
    found = {(f["rule"], f["detail"].split(":")[0]): f["severity"]
             for f in check_sources(str(path))["findings"]}
    assert ("source not primary", "lonely") not in found  # nothing rests on it
    assert found[("source undated", "undated")] == "warning"
    assert ("source incomplete", "undated") not in found


def test_a_fact_on_the_encyclopedia_must_be_low_confidence(head_sqlite_path, tmp_path):
    path = tmp_path / "wiki.sqlite3"
    shutil.copy(head_sqlite_path, path)
    engine = sa_engine(str(path))
    pick = ("(SELECT min(m.id) FROM membership m JOIN organization o ON o.id = "
            "m.organization_id WHERE o.code = 'CSTO')")
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO source (key, title, publisher, url, published, published_precision, "
            "retrieved, retrieved_precision) VALUES ('wp', 'Collective Security Treaty "
            "Organization', 'Wikipedia', "
            "'https://en.wikipedia.org/wiki/CSTO', '2026-11-01', 'day', '2026-11-28', 'day')"))
        conn.execute(sa.text(
            f"UPDATE membership SET confidence = 'high', source_id = "
            f"(SELECT id FROM source WHERE key = 'wp') WHERE id = {pick}"))
    rule = "encyclopedia without low confidence"
    assert any(f["rule"] == rule and f["severity"] == "error" and "rests on wp " in f["detail"]
               for f in check_sources(str(path))["findings"])
    with engine.begin() as conn:
        conn.execute(sa.text(f"UPDATE membership SET confidence = 'low' WHERE id = {pick}"))
    engine.dispose()
    assert not any(f["rule"] == rule and "rests on wp " in f["detail"]
                   for f in check_sources(str(path))["findings"])


def test_an_official_document_number_beside_its_headline_is_fine():
    assert rules(title="Foreign Relations of the United States, Volume XIII, Document 153: "
                 "Memorandum for guidance of Mr. McCloy",
                 url="https://history.state.gov/historicaldocuments/frus1964-68v13/d153") == set()


def test_addresses_in_notes_end_where_their_sentence_does():
    assert urls_in("Also: https://a.example/x, https://b.example/y. Then (https://c.example/z).") \
        == ["https://a.example/x", "https://b.example/y", "https://c.example/z"]
    assert urls_in("read via https://m.example/index.php?q=... (cut)") == [
        "https://m.example/index.php?q=..."]  # an ellipsis stays, to be reported


def test_a_broken_address_in_a_note_is_an_error(head_sqlite_path, tmp_path):
    path = tmp_path / "notes.sqlite3"
    shutil.copy(head_sqlite_path, path)
    engine = sa_engine(str(path))
    with engine.begin() as conn:
        conn.execute(sa.text(
            "UPDATE tenure SET notes = 'Left office (https://sputnik.by./20170101/a.html).' "
            "WHERE id = (SELECT min(id) FROM tenure)"))
    engine.dispose()
    found = check_sources(str(path))
    assert found["exit"] == 1
    assert any(f["rule"] == "note URL" and "sputnik.by./" in f["detail"]
               and f["severity"] == "error" for f in found["findings"])


def test_a_short_headline_with_its_document_number_is_fine():
    assert rules(title="Foreign Relations of the United States, Volume IX, Document 242: "
                 "Editorial Note",
                 url="https://history.state.gov/historicaldocuments/frus1977-80v09/d242") == set()
    assert "source title" in rules(title="TASS: world 1005227", url="http://tass.com/world/1005227")
