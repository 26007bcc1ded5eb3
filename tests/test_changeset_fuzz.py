"""Generated changesets, valid and not: each either applies with exactly its documented
effect or fails cleanly, leaving the database file byte-identical."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from pathlib import Path

from helpers import sa_engine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdb.errors import ChangesetError
from orgdb.interchange import changeset

ORGS = ["CSTO", "NATO", "NOPE"]
STATES = ["RU", "FR", "ZZ"]
STATUSES = ["member", "observer", "boss"]
DATES = st.one_of(
    st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat),
    st.integers(1950, 2030).map(str),
    st.sampled_from(["2021-02-30", "2021-13-01", "20x1", "", "2011-08-12\x00"]),
)
NAMES = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]),
                min_size=0, max_size=12)


def membership():
    return st.fixed_dictionaries(
        {"organization": st.sampled_from(ORGS), "state": st.sampled_from(STATES),
         "status": st.sampled_from(STATUSES), "start": DATES, "source": st.just("fuzz")},
        optional={"end": DATES, "notes": NAMES},
    )


def toml_value(v: str) -> str:
    """A TOML basic string: \\uXXXX for the BMP, \\UXXXXXXXX beyond (an astral character
    written as \\u with five digits would be another character and a stray digit)."""
    escaped = "".join(c if c.isprintable() and c not in '"\\' else
                      f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}"
                      for c in v)
    return f'"{escaped}"'


def render(rows) -> str:
    out = ['[changeset]\ntitle = "fuzz"\n\n[[sources]]\nkey = "fuzz"\ntitle = "Fuzz"\n']
    for row in rows:
        out.append("[[memberships]]")
        out.extend(f"{k} = {toml_value(v)}" for k, v in row.items())
        out.append("")
    return "\n".join(out)


def expected_valid(rows, existing) -> bool:
    from orgdb.dates import parse_partial
    from orgdb.errors import UsageError

    keys = {}
    for r in rows:
        if r["organization"] == "NOPE" or r["state"] == "ZZ" or r["status"] == "boss":
            return False
        if "notes" in r and (not r["notes"].strip() or any(
                ord(c) < 32 and c not in "\n\t" or 127 <= ord(c) < 160 for c in r["notes"])):
            return False
        try:
            start, start_precision = parse_partial(r["start"])
            end = parse_partial(r["end"], end=True)[0] if "end" in r else None
        except UsageError:
            return False
        if end is not None and end < start:
            return False
        key = (r["organization"], r["state"], r["status"], start)
        if (key[0], key[1], key[2], start.isoformat()) in existing:
            return False  # a curated row with other values: a conflict, never an overwrite
        value = (start_precision, end, r.get("notes"), r.get("end") and parse_partial(r["end"])[1])
        if keys.setdefault(key, value) != value:
            return False
    return True


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(membership(), min_size=1, max_size=4))
def test_generated_changesets(head_sqlite_path, rows):
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "orgdb.sqlite3"
        shutil.copy(head_sqlite_path, db)
        path = Path(tmp) / "fuzz.toml"
        path.write_text(render(rows), encoding="utf-8")
        conn = sqlite3.connect(db)
        count = conn.execute("SELECT count(*) FROM membership").fetchone()[0]
        existing = set(conn.execute(
            "SELECT o.code, s.code, m.status, m.start_date FROM membership m "
            "JOIN organization o ON o.id = m.organization_id "
            "JOIN state s ON s.id = m.state_id"))
        conn.close()
        before = db.read_bytes()
        engine = sa_engine(str(db))
        try:
            with engine.begin() as conn:
                added = changeset.apply(conn, changeset.load(path))
        except ChangesetError as exc:
            assert "\n" not in str(exc)
            assert not expected_valid(rows, existing), exc
            engine.dispose()
            assert db.read_bytes() == before
            return
        engine.dispose()
        assert expected_valid(rows, existing)
        after = sqlite3.connect(db).execute("SELECT count(*) FROM membership").fetchone()[0]
        assert after - count == added.get("memberships", 0)
        distinct = {(r["organization"], r["state"], r["status"], r["start"]) for r in rows}
        assert added.get("memberships", 0) <= len(distinct)


def test_astral_characters_survive_the_escaper():
    import tomllib

    for text in ("😀", "a\U0001f600b", "\u00e9\n\x1b", "𝔘𝔫𝔦"):
        assert tomllib.loads(f"x = {toml_value(text)}")["x"] == text
