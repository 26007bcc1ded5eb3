"""The Python API's lookup contract, as pycountry's: get_* -> None, lookup_* raises
NotFound with suggestions, search -> a ranked list. `import orgdb` does no I/O."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

import orgdb
from orgdb.store import revisions


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
        d.lookup_state("Bellarus")
    assert err.value.suggestions[0] == "Belarus"


def test_names_case_insensitively_and_in_other_languages(d):
    assert d.lookup_organization("ОДКБ").code == "CSTO"
    assert d.lookup_organization("одкб").code == "CSTO"
    assert d.lookup_organization("collective security treaty organisation").code == "CSTO"
    assert d.lookup_state("na").name == "Namibia"
    assert d.lookup_state("aq").name == "Antarctica" and d.lookup_state("aq").id is None
    assert d.lookup_state("BLR").alpha2 == "BY"
    assert d.lookup_treaty("washington treaty").code == "NAT-1949"


def test_search_ranks_exact_then_prefix_then_substring(d):
    hits = [(h.kind, h.key) for h in d.search("CIS")]
    assert hits[0] == ("organization", "CIS")
    names = [h.name for h in d.search("collective security treaty")]
    assert names[0] == "Collective Security Treaty"  # the exact name first, then prefixes
    assert "Collective Security Treaty Organization" in names[1:3]


def test_import_orgdb_is_cheap_and_does_no_io(tmp_path):
    code = ("import sys, orgdb; heavy = {'sqlalchemy', 'sqlmodel', 'alembic', 'pycountry'};"
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"XDG_DATA_HOME": str(tmp_path), "PATH": ""}, check=True)
    assert out.stdout.strip() == "[]"
    assert not any(tmp_path.iterdir())


def test_the_sqlite_lookup_path_imports_no_orm_and_no_alembic(head_sqlite_path):
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "orgdb", "members", "CSTO", "--db",
         str(head_sqlite_path), "--format", "json"],
        capture_output=True, text=True, check=True)
    imported = {line.split("|")[-1].strip().split(".")[0]
                for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert not imported & {"sqlalchemy", "sqlmodel", "alembic", "pydantic"}
    assert "Armenia" in result.stdout


def test_the_postgresql_lookup_path_imports_no_orm_and_no_alembic(head_pg_url):
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "orgdb", "members", "CSTO", "--db",
         head_pg_url, "--format", "json", "--as-of", "2011-08-12"],
        capture_output=True, text=True, check=True)
    imported = {line.split("|")[-1].strip().split(".")[0]
                for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert not imported & {"sqlalchemy", "sqlmodel", "alembic", "pydantic", "psycopg"}
    assert "psycopg2" in imported
    assert len(json.loads(result.stdout)) == 7


def test_one_handle_reads_writes_exports_and_checks(head_sqlite_copy, tmp_path):
    """orgdb.connect() gives one object for lookups, imports, exports and checks."""
    change = tmp_path / "new.toml"
    change.write_text('[changeset]\ntitle = "t"\n[[sources]]\nkey = "t"\ntitle = "T"\n'
                      '[[organizations]]\ncode = "NEWORG"\nname = "New"\nsource = "t"\n',
                      encoding="utf-8")
    with orgdb.connect(str(head_sqlite_copy)) as db:
        assert len(db.members("CSTO", as_of="2011-08-12")) == 7
        result = db.import_changeset(change)
        assert result.added == {"sources": 1, "organizations": 1}
        assert result.backup is not None and result.backup.is_file()
        assert db.lookup_organization("NEWORG").code == "NEWORG"  # the handle reads on
        assert [f for f in db.check() if f.severity == "error"] == []
        out = io.StringIO()
        counts = db.export_popolo(out)
        assert counts["organizations"] > 3 and "NEWORG" in out.getvalue()
        assert db.revision() == (revisions.head(), "head")
    with pytest.raises(orgdb.DatabaseError, match="closed"):
        db.members("CSTO")


def test_every_public_method_of_the_handle_has_a_return_type_and_a_docstring():
    import inspect

    from orgdb.database import Database

    names = [n for n, _ in inspect.getmembers(Database) if not n.startswith("_")]
    assert {"members", "upgrade", "import_cow", "check", "lookup_treaty"} <= set(names)
    for name in names:
        member = inspect.getattr_static(Database, name)
        fn = member.fget if isinstance(member, property) else member
        fn = fn.__func__ if isinstance(fn, staticmethod) else fn
        assert (fn.__doc__ or "").strip(), f"{name} has no docstring"
        returns = inspect.signature(fn).return_annotation
        assert returns is not inspect.Signature.empty, f"{name} has no return type"
        assert "Any" not in str(returns), f"{name} returns {returns}"


def test_each_lookup_takes_the_ref_it_returns(d):
    """A ref a lookup returned can be handed to it again (and to the other methods)."""
    for lookup, name in ((d.lookup_organization, "CSTO"), (d.lookup_state, "Belarus"),
                         (d.lookup_treaty, "CST-1992"), (d.lookup_person, "Bordyuzha")):
        ref = lookup(name)
        assert lookup(ref) == ref
    treaty = d.lookup_treaty("CST-1992")
    assert d.treaty_status(treaty) == d.treaty_status("CST-1992") != []
    person = d.get_person("Bordyuzha")
    assert person is not None and d.posts_of(person) == d.posts_of("Bordyuzha") != []


def test_host_application_models_are_left_alone():
    """A user's own SQLModel table defined before orgdb's models are imported survives."""
    code = """
from sqlmodel import Field, SQLModel

class HostThing(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)

import orgdb.store.models as m
assert "hostthing" in SQLModel.metadata.tables, list(SQLModel.metadata.tables)
assert "organization" not in SQLModel.metadata.tables
assert "organization" in m.METADATA.tables and "hostthing" not in m.METADATA.tables
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_dates_carry_a_datetime_date_and_their_precision(d):
    import datetime as dt

    ru = next(m for m in d.members("CSTO", as_of="2011-08-12") if m.alpha2 == "RU")
    assert isinstance(ru.start, orgdb.PartialDate)
    assert (ru.start, ru.start.date, ru.start.precision) == ("2003-09-18",
                                                             dt.date(2003, 9, 18), "day")
    malawi = next(m for m in d.members("OAU", history=True) if m.alpha2 == "MW")
    assert (malawi.start, malawi.start.date, malawi.start.precision) == (
        "1964", dt.date(1964, 1, 1), "year")  # a partial start is its period's first day
    assert malawi.end.date == dt.date(2002, 7, 8)
    own = d.members("CSTO", history=True, predecessors=False)  # the Treaty's spells aside
    assert own[0].as_dict()["start"] == "2003-09-18"  # JSON
