"""`orgdb export popolo`: a Popolo JSON document whose every item validates against the
official Popolo schemas (../shared/data/popolo-schemas, registered locally: no network).
The structure is tested always; full schema validation when the shared data is present."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from helpers import reader_for, sa_engine, shared
from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.interchange import popolo
from orgdb.interchange.cow import importer

DATA = Path(__file__).resolve().parent / "data"
runner = CliRunner()
DATE = re.compile(r"^\d{4}(-\d{2}){0,2}$")


def schema_dir() -> Path:
    return shared("data/popolo-schemas/membership.json").parent




@pytest.fixture
def document(writable_head_url):
    """The curated data at head plus the COW extract, as one Popolo document."""
    db_url = writable_head_url
    engine = sa_engine(db_url)
    try:
        with engine.begin() as conn:
            importer.import_cow(conn, DATA / "cow_extract.csv",
                           states=DATA / "states2016_extract.csv")
    finally:
        engine.dispose()
    reader = reader_for(db_url)
    try:
        return popolo.build(reader)
    finally:
        reader.close()


def test_document_structure(document):
    assert set(document) == {"organizations", "persons", "memberships", "posts", "treaties"}
    orgs = {o["id"]: o for o in document["organizations"]}
    assert len(orgs) == len(document["organizations"])  # ids are unique
    csto = orgs["organization/CSTO"]
    assert csto["name"] == "Collective Security Treaty Organization"
    assert {"scheme": "cow_ionum", "identifier": "1125"} in csto["identifiers"]
    assert any(n["name"] == "ОДКБ" and n["lang"] == "ru" for n in csto["other_names"])
    assert all("url" in s for o in orgs.values() for s in o.get("sources", []))
    # states are organizations of classification 'state', with their ISO codes
    namibia = orgs["state/NA"]
    assert namibia["classification"] == "state"
    assert {"scheme": "iso_3166_1_alpha2", "identifier": "NA"} in namibia["identifiers"]
    assert orgs["state/COW-BAD"]["founding_date"] == "1816-01-01"
    # a state COW found in the database carries its column's COW code too
    assert {"scheme": "cow_ccode", "identifier": "365"} in orgs["state/RU"]["identifiers"]
    # a state's membership is through `member`, the status its role
    mems = document["memberships"]
    uz = [m for m in mems if m.get("member", {}).get("id") == "state/UZ"
          and m["organization_id"] == "organization/CSTO"]
    assert uz and uz[0]["member"] == {"@type": "Organization", "id": "state/UZ"}
    assert {m["role"] for m in uz} >= {"member"}
    for m in mems:
        if "member" in m:
            assert m["member"]["id"] in orgs and m["organization_id"] in orgs
    # dates at their precision: COW's years print as YYYY
    wpact = [m for m in mems if m["organization_id"] == "organization/WPact"]
    assert wpact and all(len(m["start_date"]) == 4 for m in wpact)
    assert all(DATE.match(m[k]) for m in mems for k in ("start_date", "end_date") if k in m)
    # tenures are memberships holding a post
    tenures = [m for m in mems if "post_id" in m]
    posts = {p["id"] for p in document["posts"]}
    persons = {p["id"] for p in document["persons"]}
    assert tenures and all(t["post_id"] in posts and t["person_id"] in persons
                           for t in tenures)
    assert any(t["person_id"] == "person/nikolay-bordyuzha" for t in tenures)
    # treaty actions in the documented extension block on the state's item
    actions = [a for o in orgs.values() for a in o.get("treaty_actions", [])]
    assert actions and all(a["treaty_id"].startswith("treaty/") for a in actions)
    treaties = {t["id"] for t in document["treaties"]}
    assert {a["treaty_id"] for a in actions} <= treaties
    json.dumps(document)  # plain JSON


def test_every_item_validates_against_the_popolo_schemas(document):
    schemas = schema_dir()
    assert len(list(schemas.glob("*.json"))) == 16
    assert popolo.validate(document, schemas) == []


def test_validation_finds_a_bad_item():
    schemas = schema_dir()
    bad = {"organizations": [{"id": "organization/X", "founding_date": "12 May 1992",
                              "identifiers": [{"scheme": "x"}]}],
           "memberships": [{"id": "m", "sources": [{"note": "no url"}],
                            "person": {"name": 5}}]}
    errors = popolo.validate(bad, schemas)
    assert any("founding_date" in e for e in errors)
    assert any("identifiers/0" in e and "identifier" in e for e in errors)
    assert any("sources/0" in e for e in errors)
    assert any("person/name" in e for e in errors)  # a $ref resolved locally


def test_cli_export_popolo(tmp_path, head_sqlite_path):
    path = tmp_path / "head.sqlite3"
    shutil.copy(head_sqlite_path, path)
    out = tmp_path / "popolo.json"
    result = runner.invoke(app, ["export", "popolo", "-o", str(out), "--db",
                                 str(path)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert {m["organization_id"] for m in doc["memberships"]} >= {
        "organization/CSTO", "organization/NATO", "organization/CIS"}
    assert "memberships" in result.stderr
    assert popolo.validate(doc, schema_dir()) == []  # skips without ../shared, not in CI
