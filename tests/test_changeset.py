"""Changesets: validation errors name file, line and field; apply/revert touch exactly
their own rows; rows a user added survive downgrades and upgrades."""

from __future__ import annotations

import pytest
from helpers import apply_file, dump, scalar, write_file

from orgdb.errors import ChangesetError
from orgdb.interchange import changeset
from orgdb.store import migrate
from orgdb.store.target import resolve

USER_CHANGESET = """
[changeset]
title = "a user's own organization"

[[sources]]
key = "user-notes"
title = "My notes"

[[states]]
code = "XK"
name = "Kosovo"

[[organizations]]
code = "USERORG"
name = "A User's Organization"
founded = "2000"
source = "user-notes"

[[memberships]]
organization = "USERORG"
state = "RU"
start = "2001-05"
source = "user-notes"

[[memberships]]
organization = "CSTO"
state = "XK"
status = "observer"
start = "2020-01-01"
source = "user-notes"

[[persons]]
key = "jane-doe"
name = "Jane Doe"

[[tenures]]
organization = "CSTO"
post = "secretary-general"
person = "jane-doe"
acting = true
start = "2030-01-01"
source = "user-notes"
"""

@pytest.mark.history
def test_user_rows_survive_downgrade_to_schema_and_upgrade(writable_head_url, tmp_path):
    db_url = writable_head_url
    target = resolve(db_url)
    added = apply_file(db_url, write_file(tmp_path, USER_CHANGESET, "user.toml"))
    assert added["memberships"] == 2 and added["tenures"] == 1
    # the last schema revision: all curated data reverted
    migrate.downgrade(target, "0002", yes=True)
    assert scalar(db_url, "SELECT count(*) FROM organization WHERE code = 'NATO'") == 0
    kept = dump(db_url)
    assert any(r[1] == "USERORG" for r in kept["organization"])
    assert len(kept["membership"]) == 2 and len(kept["tenure"]) == 1
    # what the user's rows hang on stays (CSTO, RU, the post); everything else is gone
    assert {r[1] for r in kept["organization"]} == {"USERORG", "CSTO"}
    migrate.upgrade(target)
    assert scalar(db_url, "SELECT count(*) FROM membership m JOIN organization o ON "
                         "o.id = m.organization_id WHERE o.code = 'USERORG'") == 1
    assert scalar(db_url, "SELECT count(*) FROM tenure WHERE acting = true AND "
                         "start_date > '2029-01-01'") == 1
    assert scalar(db_url, "SELECT count(*) FROM membership m JOIN organization o ON "
                         "o.id = m.organization_id WHERE o.code = 'NATO'") == 32


def test_apply_twice_changes_nothing(head_sqlite_copy, tmp_path):
    sqlite_url = str(head_sqlite_copy)
    path = write_file(tmp_path, USER_CHANGESET, "user.toml")
    apply_file(sqlite_url, path)
    before = dump(sqlite_url)
    assert apply_file(sqlite_url, path) == {}
    assert dump(sqlite_url) == before


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ('[[memberships]]\norganization = "CSTO"\nstate = "RU"\nstart = "2021-02-30"\n'
         'source = "s"\n', r"user.toml:\d+: field 'start': invalid date '2021-02-30'"),
        ('[[memberships]]\norganization = "CSTO"\nstate = "RU"\nstart = "2021"\n'
         'end = "2020"\nsource = "s"\n', r"field 'end': 2020 is before start 2021"),
        ('[[memberships]]\norganization = "CSTO"\nstate = "RU"\nstart = 2021\n'
         'source = "s"\n', r"field 'start': expected a string"),
        ('[[memberships]]\norganization = "CSTO"\nstate = "RU"\nstart = "2021"\n'
         'status = "boss"\nsource = "s"\n', r"field 'status': 'boss' is not one of"),
        ('[[memberships]]\norganization = "CSTO"\nstate = "RU"\nstart = "2021"\n'
         'colour = "red"\nsource = "s"\n', r"field 'colour': unknown field"),
        ('[[memberships]]\norganization = "CSTO"\nstate = "RU"\nsource = "s"\n',
         r"field 'start': required"),
    ],
)
def test_invalid_changesets_name_line_and_field(tmp_path, snippet, message):
    path = write_file(tmp_path, '[changeset]\ntitle = "t"\n\n' + snippet)
    with pytest.raises(ChangesetError, match=message):
        changeset.load(path)


def test_unknown_references_fail_and_leave_the_database_unchanged(head_sqlite_copy, tmp_path):
    sqlite_url = str(head_sqlite_copy)
    before = dump(sqlite_url)
    path = write_file(tmp_path, USER_CHANGESET.replace('organization = "CSTO"\nstate = "XK"',
                                                  'organization = "NOPE"\nstate = "XK"'))
    with pytest.raises(ChangesetError, match=r"user.toml:\d+: field 'organization': "
                                             r"unknown organization 'NOPE'"):
        apply_file(sqlite_url, path)
    assert dump(sqlite_url) == before


def test_invalid_utf8_is_refused(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_bytes(b'[changeset]\ntitle = "\xff"\n')
    with pytest.raises(ChangesetError, match=r"bad.toml:2: not valid UTF-8"):
        changeset.load(path)


def test_a_huge_file_is_refused_before_parsing(tmp_path):
    path = tmp_path / "huge.toml"
    path.write_bytes(b"# padding\n" * 1_100_000)
    with pytest.raises(ChangesetError, match=r"huge.toml: file is larger than"):
        changeset.load(path)


def test_duplicate_keys_within_a_file_conflict(head_sqlite_copy, tmp_path):
    sqlite_url = str(head_sqlite_copy)
    before = dump(sqlite_url)
    twice = USER_CHANGESET + '''
[[memberships]]
organization = "USERORG"
state = "RU"
start = "2001-05"
end = "2003"
source = "user-notes"
'''
    with pytest.raises(ChangesetError, match=r"user.toml:\d+: membership USERORG RU member "
                                             r"2001-05 already exists with different end"):
        apply_file(sqlite_url, write_file(tmp_path, twice, "user.toml"))
    assert dump(sqlite_url) == before


@pytest.mark.parametrize(
    ("codes", "ok"),
    [('alpha2 = "RU"\nalpha3 = "RUS"', True), ('alpha2 = "SU"\nalpha3 = "SUN"', True),
     ('alpha2 = "NA"\nalpha3 = "NAM"', True), ('alpha2 = "QQ"', False),
     ('alpha2 = "RU"\nalpha3 = "FRA"', False), ('alpha3 = "XYZ"', False)],
)
def test_state_codes_are_validated_against_iso_3166(tmp_path, codes, ok):
    path = write_file(tmp_path, f'[changeset]\ntitle = "t"\n[[states]]\ncode = "X1"\n'
                           f'name = "X"\n{codes}\n')
    if ok:
        changeset.load(path)
    else:
        with pytest.raises(ChangesetError, match=r"field 'alpha[23]': .*ISO 3166"):
            changeset.load(path)
