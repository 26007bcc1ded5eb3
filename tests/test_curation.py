"""The maintainer's workflow (`orgdb data new | pin | build`) and the data's changelog
(`orgdb changes`). The workflow tests work on a copy of the checkout's migrations/, seeds/
and snapshots, never on the checkout itself."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from orgdb import resources
from orgdb.cli import app
from orgdb.store import migrate, revisions, snapshot
from orgdb.store.target import sqlite_target

runner = CliRunner()

DRAFT = """
[changeset]
title = "ignored: the command's title wins"

[[sources]]
key = "test-armenia-notice"
title = "Armenia notifies its withdrawal from the CSTO (test fixture)"
publisher = "Test"
published = "2026-05-01"
retrieved = "2026-05-02"
class = "official record"

[[membership_events]]
organization = "CSTO"
state = "AM"
membership_start = "2003-09-18"
date = "2026-05-01"
kind = "withdrawal notified"
confidence = "high"
source = "test-armenia-notice"
"""

OVERLAP = """
[[sources]]
key = "test-overlap"
title = "An overlapping spell (test fixture)"

[[memberships]]
organization = "CSTO"
state = "AM"
start = "2010-01-01"
source = "test-overlap"
"""


@pytest.fixture
def checkout(tmp_path, monkeypatch) -> Path:
    """A copy of the checkout's data files that the commands write into."""
    root = tmp_path / "checkout"
    shutil.copytree(resources.migrations_dir(), root / "migrations",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(resources.seeds_dir(), root / "seeds")
    shutil.copytree(snapshot.FOLDER, root / "orgdb" / "store" / "snapshots")
    monkeypatch.setattr(resources, "migrations_dir", lambda: root / "migrations")
    monkeypatch.setattr(resources, "seeds_dir", lambda: root / "seeds")
    monkeypatch.setattr(snapshot, "FOLDER", root / "orgdb" / "store" / "snapshots")
    return root


def snapshots() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(snapshot.FOLDER.iterdir())}


def events_in_a_new_database(tmp_path, currency: dict | None = None) -> list[str]:
    """The CSTO events of a database the checkout's revisions build (from the snapshot);
    `currency` receives its data_currency rows."""
    path = tmp_path / f"new-{len(list(tmp_path.glob('new-*')))}.sqlite3"
    migrate.upgrade(sqlite_target(path))
    conn = sqlite3.connect(path)
    try:
        if currency is not None:
            currency.update(conn.execute("SELECT revision, current_to FROM data_currency"))
        return [k for (k,) in conn.execute("SELECT kind FROM membership_event")]
    finally:
        conn.close()


def test_data_new_writes_a_changeset_and_its_revision_under_one_number(checkout, tmp_path):
    head = revisions.head()
    shipped = snapshots()
    number = f"{int(head) + 1:04d}"
    draft = tmp_path / "draft.toml"
    draft.write_text(DRAFT, encoding="utf-8")
    result = runner.invoke(app, ["data", "new", "Armenia leaves the CSTO", "--date",
                                 "2026-05-01", "--from", str(draft), "--current-to",
                                 "2026-12-31"])
    assert result.exit_code == 0, result.output
    seed = checkout / "seeds" / f"{number}_armenia_leaves_the_csto.toml"
    revision = checkout / "migrations" / "versions" / f"{number}_armenia_leaves_the_csto.py"
    text = seed.read_text(encoding="utf-8")
    assert text.startswith('[changeset]\ntitle = "Armenia leaves the CSTO"\n'
                           'date = "2026-05-01"\n') and "ignored" not in text
    code = revision.read_text(encoding="utf-8")
    assert f'down_revision = "{head}"' in code and f'revision = "{number}"' in code
    sha = re.search(r'SHA256 = "([0-9a-f]{64})"', code)[1]
    assert sha == hashlib.sha256(seed.read_bytes()).hexdigest()
    assert revisions.head() == number
    # the snapshots stay as they were, still valid at their revision; a new database is
    # loaded from them and upgraded through the new revision
    assert snapshots() == shipped and snapshot.revision("sqlite") == head
    # the revision records the day its maintainer checked the data current
    currency: dict = {}
    assert "withdrawal notified" in events_in_a_new_database(tmp_path, currency)
    assert currency[number] == "2026-12-31" and len(currency) >= 2
    changes = runner.invoke(app, ["changes", "--since", "2026-05", "--format", "json"])
    assert [e for e in json.loads(changes.stdout) if e["revision"] == number] == [{
        "revision": number, "date": "2026-05-01", "title": "Armenia leaves the CSTO",
        "seed": seed.name, "added": {"sources": 1, "membership_events": 1}, "changed": 0,
        "removed": 0}]
    # editing the new, unreleased changeset: pin it again
    seed.write_text(text.replace("withdrawal notified", "withdrawal notice sent"),
                    encoding="utf-8")
    pinned = runner.invoke(app, ["data", "pin", number])
    assert pinned.exit_code == 0, pinned.output
    assert hashlib.sha256(seed.read_bytes()).hexdigest() in revision.read_text()
    assert "withdrawal notice sent" in events_in_a_new_database(tmp_path)
    assert snapshots() == shipped
    refused = runner.invoke(app, ["data", "pin", head])
    assert refused.exit_code == 2 and "only the newest revision" in refused.stderr


@pytest.mark.parametrize("bad", ["2026-13-01", "soon", "2026"])
def test_data_new_refuses_a_current_to_that_is_not_a_day(checkout, bad):
    before = sorted(p.name for p in (checkout / "seeds").iterdir())
    result = runner.invoke(app, ["data", "new", "x", "--date", "2026", "--current-to", bad])
    assert result.exit_code == 2 and "is not a day" in result.stderr
    assert sorted(p.name for p in (checkout / "seeds").iterdir()) == before


def test_data_new_refuses_a_changeset_that_breaks_the_check(checkout, tmp_path):
    before = sorted(p.name for p in (checkout / "seeds").iterdir())
    versions = sorted(p.name for p in (checkout / "migrations" / "versions").glob("*.py"))
    shipped = snapshots()
    draft = tmp_path / "draft.toml"
    draft.write_text(OVERLAP, encoding="utf-8")
    result = runner.invoke(app, ["data", "new", "An overlap", "--date", "2026",
                                 "--from", str(draft)])
    assert result.exit_code == 1
    assert "overlapping memberships" in result.stderr and "nothing was written" in result.stderr
    assert sorted(p.name for p in (checkout / "seeds").iterdir()) == before
    assert sorted(p.name for p in (checkout / "migrations" / "versions").glob("*.py")
                  ) == versions
    assert snapshots() == shipped


def test_data_new_refuses_an_invalid_changeset_naming_the_line(checkout, tmp_path):
    draft = tmp_path / "draft.toml"
    draft.write_text(DRAFT.replace('date = "2026-05-01"\nkind', 'date = "2026-13-01"\nkind'),
                     encoding="utf-8")
    result = runner.invoke(app, ["data", "new", "Bad date", "--date", "2026",
                                 "--from", str(draft)])
    assert result.exit_code == 1 and "field 'date': invalid date '2026-13-01'" in result.stderr
    assert not list((checkout / "seeds").glob("*bad_date*"))


def test_data_new_without_a_draft_writes_a_template_to_fill_in(checkout):
    result = runner.invoke(app, ["data", "new", "Something happened", "--date", "2026-11"])
    assert result.exit_code == 0, result.output
    [seed] = (checkout / "seeds").glob("*_something_happened.toml")
    assert "orgdb data pin" in seed.read_text() and "orgdb data pin" in result.stderr


def test_data_commands_need_a_checkout(monkeypatch, tmp_path):
    installed = tmp_path / "site-packages" / "orgdb" / "_migrations"
    installed.mkdir(parents=True)
    monkeypatch.setattr(resources, "migrations_dir", lambda: installed)
    result = runner.invoke(app, ["data", "build"])
    assert result.exit_code == 2 and "source checkout" in result.stderr


@pytest.mark.history
def test_data_build_writes_what_the_migrations_build(checkout):
    """From a full replay (a history test proves the result equal to one)."""
    snapshot.path("sqlite").write_text("-- stale\n", encoding="utf-8")
    assert snapshot.revision("sqlite") is None
    result = runner.invoke(app, ["data", "build"])
    assert result.exit_code == 0, result.output
    assert snapshot.revision("sqlite") == revisions.head()


def test_changes_lists_every_data_revision_with_its_real_world_date():
    result = runner.invoke(app, ["changes", "--format", "json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    data_revisions = [p.name[:4] for p in sorted(
        (resources.migrations_dir() / "versions").glob("*.py")) if "SEED = " in p.read_text()]
    assert [e["revision"] for e in entries] == data_revisions
    nato = next(e for e in entries if e["seed"].endswith("_nato.toml"))
    assert nato["added"]["memberships"] == 32 and nato["date"] == "2024-10-01"
    uz = next(e for e in entries if "uzbekistan" in e["seed"])
    assert uz["date"] == "2012-12-19" and uz["changed"] == 1


def test_changes_since_and_verbose(head_sqlite_path):
    since = json.loads(runner.invoke(app, ["changes", "--since", "2024", "--format", "json"]
                                     ).stdout)
    assert since and all(e["date"] >= "2024" for e in since)
    everything = json.loads(runner.invoke(app, ["changes", "--format", "json"]).stdout)
    assert len(since) < len(everything)
    verbose = json.loads(runner.invoke(app, ["changes", "-v", "--since", "2012-12",
                                             "--format", "json"]).stdout)
    uz = next(e for e in verbose if "uzbekistan" in e["seed"])
    assert uz["rows"]["changed"][0]["match"]["state"] == "UZ"
    assert len(uz["rows"]["added"]["membership_events"]) == uz["added"]["membership_events"]
    table = runner.invoke(app, ["changes", "-v", "--since", "2012-12"])
    assert table.exit_code == 0 and "~ memberships: organization=CSTO; state=UZ" in table.stdout
    bad = runner.invoke(app, ["changes", "--since", "2012-13"])
    assert bad.exit_code == 2


def test_the_rows_changes_counts_are_the_rows_the_revisions_add(head_sqlite_path):
    """The changelog's counts agree with the database the revisions build (the curated
    changesets' rows: COW's carried copy is not a changeset)."""
    entries = json.loads(runner.invoke(app, ["changes", "--format", "json"]).stdout)
    total = sum(e["added"].get("memberships", 0) for e in entries)
    conn = sqlite3.connect(head_sqlite_path)
    assert conn.execute("SELECT count(*) FROM membership WHERE organization_id NOT IN "
                        "(SELECT organization_id FROM cow_igo WHERE owned)").fetchone()[0] \
        == total
    conn.close()


def test_data_new_refuses_a_source_that_breaks_the_sourcing_standard(checkout, tmp_path):
    # An encyclopedia mirror as a fact's own source: `check --sources` calls it an error.
    draft = tmp_path / "draft.toml"
    draft.write_text(DRAFT.replace('publisher = "Test"',
                                   'publisher = "Test"\nurl = "https://en.wikiwand.com/x"'),
                     encoding="utf-8")
    shipped = snapshots()
    result = runner.invoke(app, ["data", "new", "Mirror", "--date", "2026",
                                 "--from", str(draft)])
    assert result.exit_code == 1
    assert "source not primary" in result.stderr and "wikiwand.com" in result.stderr
    assert not list((checkout / "seeds").glob("*_mirror.toml"))
    assert snapshots() == shipped
