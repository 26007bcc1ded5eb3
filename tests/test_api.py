"""The Python API's lookup contract, as pycountry's: get_* -> None, lookup_* raises
NotFound with suggestions, search -> a ranked list. `import orgdb` does no I/O."""

from __future__ import annotations

import subprocess
import sys

import pytest

import orgdb


@pytest.fixture
def d(head_url):
    with orgdb.connect(head_url) as handle:
        yield handle


def test_get_returns_none_and_lookup_raises_with_suggestions(d):
    assert d.get_organization("CST0") is None
    assert d.get_state("Narnia") is None
    assert d.get_treaty("No such treaty") is None
    with pytest.raises(orgdb.NotFound) as err:
        d.lookup_organization("NAT0")
    assert err.value.suggestions[0] == "NATO"
    with pytest.raises(orgdb.NotFound) as err:
        d.lookup_state("Belarrus")
    assert err.value.suggestions[0] == "Belarus"


def test_names_case_insensitively_and_in_other_languages(d):
    assert d.lookup_organization("ОДКБ").code == "CSTO"
    assert d.lookup_organization("одкб").code == "CSTO"
    assert d.lookup_organization("collective security treaty organisation").code == "CSTO"
    assert d.lookup_state("na").name == "Namibia" and d.lookup_state("na").id is None
    assert d.lookup_state("BLR").alpha2 == "BY"
    assert d.lookup_treaty("washington treaty").code == "NAT-1949"


def test_search_ranks_exact_then_prefix_then_substring(d):
    hits = [(h.kind, h.key) for h in d.search("CIS")]
    assert hits[0] == ("organization", "CIS")
    names = [h.name for h in d.search("collective security treaty")]
    assert names[0] == "Collective Security Treaty"
    assert names[1] == "Collective Security Treaty Organization"


def test_import_orgdb_is_cheap_and_does_no_io(tmp_path):
    code = ("import sys, orgdb; heavy = {'sqlalchemy', 'sqlmodel', 'alembic', 'pycountry'};"
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"XDG_DATA_HOME": str(tmp_path), "PATH": ""}, check=True)
    assert out.stdout.strip() == "[]"
    assert not any(tmp_path.iterdir())


def test_the_sqlite_lookup_path_imports_no_orm_and_no_alembic(head_sqlite_path):
    from orgdb import config

    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "orgdb", "members", "CSTO", "--db",
         config.sqlite_url(head_sqlite_path), "--format", "json"],
        capture_output=True, text=True, check=True)
    imported = {line.split("|")[-1].strip().split(".")[0]
                for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert not imported & {"sqlalchemy", "sqlmodel", "alembic", "pydantic"}
    assert "Armenia" in result.stdout
