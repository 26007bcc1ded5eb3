"""`orgdb import FILE`: a user changeset in the format of seeds/, checked against the schema
and the rules of `orgdb check`, all or nothing, with `--dry-run`; errors name file, line and
field."""

from __future__ import annotations

import json
import re
import textwrap

import pytest
import sqlalchemy as sa
from helpers import dump, sa_engine
from typer.testing import CliRunner

import orgdb
from orgdb.cli import app

runner = CliRunner()

GOOD = """
[changeset]
title = "Bouvet Island observes the CSTO (a user's own notes)"

[[sources]]
key = "my-notes"
title = "My notes"

[[states]]
code = "BV"  # a state the database does not hold yet
name = "Bouvet Island"

[[memberships]]
organization = "CSTO"
state = "BV"
status = "observer"
start = "2030-01"
source = "my-notes"
"""


@pytest.fixture
def url(writable_head_url):
    return writable_head_url


def write_file(tmp_path, text, name="mine.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def run(*args):
    return runner.invoke(app, [str(a) for a in args])




def bv_spells(url):
    engine = sa_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(
                "SELECT m.status FROM membership m JOIN state s ON s.id = m.state_id "
                "WHERE s.code = 'BV'")).all()
    finally:
        engine.dispose()


def test_import_applies_a_changeset(url, tmp_path):
    path = write_file(tmp_path, GOOD)
    result = run("import", path, "--db", url)
    assert result.exit_code == 0, result.output
    assert "added 1 sources, 1 states, 1 memberships" in result.stderr
    assert [r[0] for r in bv_spells(url)] == ["observer"]
    again = run("import", path, "--db", url, "--format", "json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)[0]["added"] == {}
    assert "3 record(s) already present" in again.stderr


def test_dry_run_shows_counts_and_writes_nothing(url, tmp_path):
    before = dump(url)
    result = run("import", write_file(tmp_path, GOOD), "--db", url, "--dry-run", "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)[0]
    assert summary["dry_run"] is True
    assert summary["added"] == {"sources": 1, "states": 1, "memberships": 1}
    assert "would add 1 sources, 1 states, 1 memberships" in result.stderr
    assert dump(url) == before


@pytest.mark.parametrize(("text", "message"), [
    (GOOD.replace('start = "2030-01"', 'start = "2030-13"'),
     r"mine.toml:\d+: field 'start': invalid date '2030-13'"),
    (GOOD.replace('status = "observer"', 'status = "friend"'),
     r"mine.toml:\d+: field 'status': 'friend' is not one of"),
    (GOOD.replace('organization = "CSTO"', 'organization = "NOPE"'),
     # orgdb.changeset names the line here, not the field (the reference is the key)
     r"mine.toml:\d+: (field 'organization': )?unknown organization 'NOPE'"),
])
def test_errors_name_file_line_and_field_and_write_nothing(url, tmp_path, text, message):
    before = dump(url)
    result = run("import", write_file(tmp_path, text), "--db", url)
    assert result.exit_code == 1
    assert re.search(message, result.stderr.splitlines()[0]), result.stderr
    assert "Traceback" not in result.output
    assert dump(url) == before


def test_all_or_nothing(url, tmp_path):
    """The last record conflicts with the curated data: the first ones are not kept."""
    text = GOOD + textwrap.dedent("""
        [[organizations]]
        code = "CSTO"
        name = "Not the CSTO"
        """)
    before = dump(url)
    result = run("import", write_file(tmp_path, text), "--db", url)
    assert result.exit_code == 1
    assert "already exists with different name" in result.stderr
    assert dump(url) == before


def test_the_rules_of_orgdb_check_apply(url, tmp_path):
    """A second spell of Russia in the CSTO overlapping the curated one is refused."""
    text = GOOD.replace('state = "BV"', 'state = "RU"').replace('status = "observer"',
                                                               'status = "member"')
    before = dump(url)
    result = run("import", write_file(tmp_path, text), "--db", url)
    assert result.exit_code == 1
    assert "breaks the data rules of orgdb check: overlapping memberships" in result.stderr
    assert dump(url) == before


def test_a_file_that_is_not_toml(url, tmp_path):
    result = run("import", write_file(tmp_path, "[changeset\ntitle = 1\n"), "--db", url)
    assert result.exit_code == 1
    assert "mine.toml: invalid TOML" in result.stderr


def test_cow_needs_a_path(url):
    result = run("import", "cow", "--db", url)
    assert result.exit_code == 2
    assert "needs the IGO-year CSV" in result.stderr


def test_one_url_for_two_sources_is_a_clear_error(tmp_path):
    from orgdb.errors import ChangesetError
    from orgdb.interchange import changeset

    text = """[changeset]
title = "t"
[[sources]]
key = "a"
title = "A"
url = "https://example.org/x"
[[sources]]
key = "b"
title = "B"
url = "https://example.org/x"
"""
    path = tmp_path / "dup.toml"
    path.write_text(text)
    with pytest.raises(ChangesetError, match=r"dup.toml:7: field 'url'.*source 'a' too"):
        changeset.load(path)


def test_names_added_to_records_already_there_are_kept(url, tmp_path):
    """A changeset that only adds names to a state the database holds changes the data:
    the import keeps it and says what it added (it counted records alone, and rolled the
    names back as a no-op)."""
    path = write_file(tmp_path, """
[changeset]
title = "Another name for Belarus"

[[states]]
code = "BY"
name = "Belarus"
alpha2 = "BY"
alpha3 = "BLR"
source = "iso-3166-1-2020"
other_names = [{ name = "White Russia", lang = "en" }]
""")
    result = runner.invoke(app, ["import", str(path), "--db", url])
    assert result.exit_code == 0, result.output
    assert "added 1 names and identifiers; 1 record(s) already present" in result.stderr
    with orgdb.connect(url) as d:
        assert d.lookup_state("White Russia").code == "BY"
