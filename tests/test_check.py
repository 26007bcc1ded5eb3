"""`orgdb check` passes on the shipped data and catches each kind of defect."""

from __future__ import annotations

import json
import re
import shutil

import pytest
import sqlalchemy as sa
from helpers import sa_engine
from typer.testing import CliRunner

from orgdb.cli import app

runner = CliRunner()


def ids(conn):
    one = {
        "csto": "SELECT id FROM organization WHERE code = 'CSTO'",
        "ru": "SELECT id FROM state WHERE code = 'RU'",
        "src": "SELECT min(id) FROM source",
        "post": "SELECT p.id FROM post p JOIN organization o ON o.id = p.organization_id "
                "WHERE o.code = 'CSTO'",
        "person": "SELECT min(id) FROM person",
    }
    return {k: conn.execute(sa.text(v)).scalar() for k, v in one.items()}


DEFECTS = {
    "overlapping memberships":
        "INSERT INTO membership (organization_id, state_id, status, start_date, "
        "start_precision, end_precision, source_id) VALUES (:csto, :ru, 'member', "
        "'2010-01-01', 'day', 'day', :src)",
    "overlapping tenures":
        "INSERT INTO tenure (post_id, person_id, acting, start_date, start_precision, "
        "end_precision, source_id) VALUES (:post, :person, false, '2011-01-01', 'day', 'day', "
        ":src)",
    "end before start":
        "INSERT INTO membership (organization_id, state_id, status, start_date, "
        "start_precision, end_date, end_precision, source_id) VALUES (:csto, :ru, 'observer', "
        "'2010-01-01', 'day', '2009-01-01', 'day', :src)",
    "membership outside the organization's lifetime":
        "INSERT INTO membership (organization_id, state_id, status, start_date, "
        "start_precision, end_date, end_precision, source_id) VALUES (:csto, :ru, 'partner', "
        "'1990-01-01', 'day', '1991-01-01', 'day', :src)",
    "organization is its own ancestor":
        "UPDATE organization SET parent_id = id WHERE code = 'CSTO'",
    "fact without a source":
        "INSERT INTO organization (code, name, founded_precision, dissolved_precision, "
        "curated) VALUES ('NOSRC', 'Unsourced', 'day', 'day', true)",
}


def test_shipped_data_passes(head_url):
    result = runner.invoke(app, ["check", "--db", head_url])
    assert result.exit_code == 0, result.output
    assert "no errors" in result.stderr


@pytest.mark.parametrize("rule", sorted(DEFECTS))
def test_each_defect_is_caught(head_sqlite_path, tmp_path, rule):
    path = tmp_path / "defect.sqlite3"
    shutil.copy(head_sqlite_path, path)
    url = str(path)
    engine = sa_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
        conn.execute(sa.text(DEFECTS[rule]), ids(conn))
    engine.dispose()
    result = runner.invoke(app, ["check", "--db", url, "--format", "json"])
    assert result.exit_code == 1
    assert rule in result.stdout
    assert re.match(r"Error: orgdb check found \d+ error\(s\)", result.stderr)
    assert "\nhint: " in result.stderr


def test_imprecise_handovers_are_not_overlaps(head_sqlite_path, tmp_path):
    """'To April 1993' and 'from 1993' need not share a day; a day inside April does."""
    path = tmp_path / "handover.sqlite3"
    shutil.copy(head_sqlite_path, path)
    engine = sa_engine(str(path))
    insert = ("INSERT INTO tenure (post_id, person_id, acting, start_date, start_precision, "
              "end_date, end_precision, source_id) VALUES (:post, :person, false, :s, :sp, :e, "
              ":ep, :src)")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO post (organization_id, key, label, single_holder) "
                             "SELECT id, 'test-head', 'Test head', true FROM organization "
                             "WHERE code = 'CSTO'"))
        post = conn.execute(sa.text("SELECT id FROM post WHERE key = 'test-head'")).scalar()
        people = [r[0] for r in conn.execute(sa.text("SELECT id FROM person ORDER BY id "
                                                     "LIMIT 2"))]
        src = conn.execute(sa.text("SELECT min(id) FROM source")).scalar()
        base = {"post": post, "src": src}
        conn.execute(sa.text(insert), {**base, "person": people[0], "s": "1981-05-26",
                                       "sp": "day", "e": "1993-04-30", "ep": "month"})
        conn.execute(sa.text(insert), {**base, "person": people[1], "s": "1993-01-01",
                                       "sp": "year", "e": "1996-12-31", "ep": "year"})
    result = runner.invoke(app, ["check", "--db", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output  # imprecise ends that may touch: no error
    assert [f for f in json.loads(result.stdout) if f["severity"] == "error"] == []
    assert "Test head" not in result.stdout
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE tenure SET start_date = '1993-03-15', start_precision = "
                             "'day' WHERE post_id = :post AND start_precision = 'year'"),
                     {"post": post})
    engine.dispose()
    result = runner.invoke(app, ["check", "--db", str(path), "--format", "json"])
    assert result.exit_code == 1, result.output
    [overlap] = [f for f in json.loads(result.stdout) if "Test head" in f["detail"]]
    assert overlap["severity"] == "error"
