"""Applier for changeset format 1 (seeds/README.md), FROZEN: never edit this file.

Data revisions apply their seed file through it, so a revision written today applies the
same way after years of changes to orgdb itself. It imports nothing from orgdb and no
pycountry: it declares the table shapes and vocabularies of format 1 itself, and trusts
the validation the seed file passed when it was written (its SHA-256 is pinned in the
revision). A new format is a new module beside this one.

Rows are found by natural key, never by id. apply() inserts each record unless an
identical row is there already (a differing one is a conflict) and makes the updates;
revert() restores what the updates changed and deletes the records' rows, keeping any row
that something outside the changeset still refers to (found through the database's own
foreign keys, so tables added later count too).
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

FORMAT = 1
_S, _I, _D, _B = sa.String, sa.Integer, sa.Date, sa.Boolean


class ChangesetConflict(Exception):
    """A changeset does not fit the database; `where` is (section, index) or None."""

    def __init__(self, message: str, where: tuple[str, int] | None = None) -> None:
        super().__init__(message)
        self.where = where


def _table(table_name: str, /, **cols: Any) -> sa.TableClause:
    return sa.table(table_name, sa.column("id", _I), *(sa.column(c, t) for c, t in cols.items()))


TABLES = {
    "source": _table("source", key=_S, title=_S, publisher=_S, url=_S, published=_D,
                     published_precision=_S, retrieved=_D, retrieved_precision=_S, notes=_S),
    "state": _table("state", code=_S, name=_S, alpha2=_S, alpha3=_S, cow_code=_I,
                    start_date=_D, start_precision=_S, end_date=_D, end_precision=_S,
                    source_id=_I),
    "state_name": _table("state_name", state_id=_I, name=_S, lang=_S),
    "organization": _table("organization", code=_S, name=_S, classification=_S, founded=_D,
                           founded_precision=_S, dissolved=_D, dissolved_precision=_S,
                           headquarters=_S, parent_id=_I, curated=_B, notes=_S, source_id=_I),
    "organization_name": _table("organization_name", organization_id=_I, name=_S, lang=_S),
    "organization_identifier": _table("organization_identifier", organization_id=_I,
                                      scheme=_S, identifier=_S),
    "person": _table("person", key=_S, name=_S, other_names=_S, nationality_id=_I,
                     source_id=_I),
    "post": _table("post", organization_id=_I, key=_S, label=_S, single_holder=_B),
    "membership": _table("membership", organization_id=_I, state_id=_I, status=_S,
                         start_date=_D, start_precision=_S, end_date=_D, end_precision=_S,
                         end_reason=_S, confidence=_S, notes=_S, source_id=_I),
    "membership_event": _table("membership_event", membership_id=_I, date=_D,
                               date_precision=_S, kind=_S, description=_S, confidence=_S,
                               source_id=_I),
    "tenure": _table("tenure", post_id=_I, person_id=_I, role=_S, acting=_B, start_date=_D,
                     start_precision=_S, end_date=_D, end_precision=_S, confidence=_S,
                     notes=_S, source_id=_I),
    "treaty": _table("treaty", code=_S, title=_S, other_titles=_S, signed=_D,
                     signed_precision=_S, signed_place=_S, in_force=_D, in_force_precision=_S,
                     depositary=_S, organization_id=_I, confidence=_S, notes=_S, source_id=_I),
    "treaty_action": _table("treaty_action", treaty_id=_I, state_id=_I, action=_S, date=_D,
                            date_precision=_S, confidence=_S, notes=_S, source_id=_I),
}

# ------------------------------------------------------------------------ the format
# A field is one of: a column (same name unless `column` says), a partial date (start or
# end of its period, with a <prefix>_precision column), a reference to another section's
# row by its natural key, a list of {name, lang} names joined with "; " into one column, or
# a list of sub-rows (other names, identifiers) kept in a table of their own.


@dataclass(frozen=True)
class Col:
    column: str | None = None


@dataclass(frozen=True)
class Date:
    column: str
    end: bool = False

    @property
    def precision(self) -> str:
        return self.column.removesuffix("_date") + "_precision"


@dataclass(frozen=True)
class Ref:
    section: str
    column: str


@dataclass(frozen=True)
class Joined:
    column: str


@dataclass(frozen=True)
class SubRows:
    table: str
    parent: str  # the sub-row's column naming its parent
    key: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    table: str
    natural_key: str  # the column a Ref to this section matches ('' if none)
    fields: dict[str, Any]
    key: tuple[str, ...]  # key columns
    defaults: dict[str, Any] = field(default_factory=dict)
    # fields that only name a parent row, resolved by `parent` into one key column
    parent_fields: tuple[str, ...] = ()


_PREC = {"start_precision": "day", "end_precision": "day"}
SECTIONS: dict[str, Section] = {
    "sources": Section("source", "key", {
        "key": Col(), "title": Col(), "publisher": Col(), "url": Col(),
        "published": Date("published"), "retrieved": Date("retrieved"), "notes": Col()},
        ("key",), {"published_precision": "day", "retrieved_precision": "day"}),
    "states": Section("state", "code", {
        "code": Col(), "name": Col(), "alpha2": Col(), "alpha3": Col(), "cow_code": Col(),
        "start": Date("start_date"), "end": Date("end_date", end=True),
        "source": Ref("sources", "source_id"),
        "other_names": SubRows("state_name", "state_id", ("name",))},
        ("code",), dict(_PREC)),
    "organizations": Section("organization", "code", {
        "code": Col(), "name": Col(), "classification": Col(), "founded": Date("founded"),
        "dissolved": Date("dissolved", end=True), "headquarters": Col(),
        "parent": Ref("organizations", "parent_id"), "notes": Col(),
        "source": Ref("sources", "source_id"), "curated": Col(),
        "other_names": SubRows("organization_name", "organization_id", ("name",)),
        "identifiers": SubRows("organization_identifier", "organization_id",
                               ("scheme", "identifier"))},
        ("code",), {"founded_precision": "day", "dissolved_precision": "day",
                    "curated": True}),
    "persons": Section("person", "key", {
        "key": Col(), "name": Col(), "other_names": Joined("other_names"),
        "nationality": Ref("states", "nationality_id"), "source": Ref("sources", "source_id")},
        ("key",)),
    "posts": Section("post", "", {
        "organization": Ref("organizations", "organization_id"), "key": Col(), "label": Col(),
        "single_holder": Col()},
        ("organization_id", "key"), {"single_holder": True}),
    "memberships": Section("membership", "", {
        "organization": Ref("organizations", "organization_id"),
        "state": Ref("states", "state_id"), "status": Col(), "start": Date("start_date"),
        "end": Date("end_date", end=True), "end_reason": Col(), "confidence": Col(),
        "notes": Col(), "source": Ref("sources", "source_id")},
        ("organization_id", "state_id", "status", "start_date"),
        {"status": "member", **_PREC}),
    "membership_events": Section("membership_event", "", {
        "organization": None, "state": None, "membership_start": None, "status": None,
        "date": Date("date"), "kind": Col(), "description": Col(), "confidence": Col(),
        "source": Ref("sources", "source_id")},
        ("membership_id", "date", "kind"), {"date_precision": "day"},
        ("organization", "state", "membership_start", "status")),
    "tenures": Section("tenure", "", {
        "organization": None, "post": None, "person": Ref("persons", "person_id"),
        "role": Col(), "acting": Col(), "start": Date("start_date"),
        "end": Date("end_date", end=True), "confidence": Col(), "notes": Col(),
        "source": Ref("sources", "source_id")},
        ("post_id", "person_id", "start_date"), {"acting": False, **_PREC},
        ("organization", "post")),
    "treaties": Section("treaty", "code", {
        "code": Col(), "title": Col(), "other_titles": Joined("other_titles"),
        "signed": Date("signed"), "signed_place": Col(), "in_force": Date("in_force"),
        "depositary": Col(), "establishes": Ref("organizations", "organization_id"),
        "confidence": Col(), "notes": Col(), "source": Ref("sources", "source_id")},
        ("code",), {"signed_precision": "day", "in_force_precision": "day"}),
    "treaty_actions": Section("treaty_action", "", {
        "treaty": Ref("treaties", "treaty_id"), "state": Ref("states", "state_id"),
        "action": Col(), "date": Date("date"), "confidence": Col(), "notes": Col(),
        "source": Ref("sources", "source_id")},
        ("treaty_id", "state_id", "action", "date"), {"date_precision": "day"}),
}
UPDATABLE = ("memberships", "tenures", "organizations", "treaties", "states", "persons")


def parse_date(text: str, *, end: bool = False) -> tuple[dt.date, str]:
    m = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", str(text).strip())
    if not m:
        raise ChangesetConflict(f"invalid date {text!r}")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day:
            return dt.date(year, int(month), int(day)), "day"
        if month:
            last = calendar.monthrange(year, int(month))[1]
            return dt.date(year, int(month), last if end else 1), "month"
        return (dt.date(year, 12, 31) if end else dt.date(year, 1, 1)), "year"
    except (ValueError, calendar.IllegalMonthError):
        raise ChangesetConflict(f"invalid date {text!r}") from None


# ------------------------------------------------------------------------ documents


@dataclass
class Document:
    title: str
    date: str | None
    records: list[tuple[str, int, dict[str, Any]]]  # (section, index, fields), in order
    updates: list[tuple[int, dict[str, Any]]]  # (index, {table, match, was, set})


# ------------------------------------------------------------------------ writing


def _norm(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _eq(col: Any, value: Any) -> Any:
    return col.is_(None) if value is None else col == value


class Format:
    """Changeset format 1: its table shapes, sections and rules. A later format subclasses
    it (this class never changes, so neither does what a subclass inherits)."""

    TABLES = TABLES
    SECTIONS = SECTIONS
    UPDATABLE = UPDATABLE

    def read(self, raw: bytes, sha256: str | None = None, name: str = "changeset"
             ) -> Document:
        if sha256 is not None and hashlib.sha256(raw).hexdigest() != sha256:
            raise ChangesetConflict(f"{name} is not the file this revision was released with "
                                    f"(SHA-256 {hashlib.sha256(raw).hexdigest()}, pinned "
                                    f"{sha256}): released seed files are never edited")
        doc = tomllib.loads(raw.decode("utf-8"))
        meta = doc.pop("changeset", {})
        records = []
        for section in self.SECTIONS:
            for i, item in enumerate(doc.get(section, [])):
                records.append((section, i, item))
        updates = list(enumerate(doc.get("updates", [])))
        return Document(meta.get("title", ""), meta.get("date"), records, updates)

    def summary(self, doc: Document) -> dict[str, Any]:
        """What the changeset adds and changes (format 1 removes nothing)."""
        added: dict[str, list[dict[str, Any]]] = {}
        for section, _, item in doc.records:
            added.setdefault(section, []).append(item)
        return {"added": added, "changed": [u for _, u in doc.updates], "removed": {}}

    def apply(self, conn: Any, doc: Document) -> dict[str, int]:
        """Insert the records (an identical row already there is kept) and make the
        updates; returns the number of rows added per section, and 'updates'. The caller
        owns the transaction: on ChangesetConflict it rolls back."""
        w = _Writer(conn, self)
        added: dict[str, int] = {}
        for section, i, values in doc.records:
            where = (section, i)
            sec = self.SECTIONS[section]
            t = self.TABLES[sec.table]
            cols = w.columns(section, values, where)
            key = {k: cols[k] for k in sec.key}
            existing = conn.execute(sa.select(t.c.id, *(t.c[c] for c in cols)).where(
                *(_eq(t.c[k], v) for k, v in key.items()))).mappings().first()
            if existing is not None:
                diff = [c for c in cols if _norm(existing[c]) != _norm(cols[c])]
                if diff:
                    raise ChangesetConflict(
                        f"{section.removesuffix('s')} {self._label(section, values)} already "
                        f"exists with different {', '.join(self._fields_of(section, diff))}",
                        where)
                row_id = existing["id"]
            else:
                row_id = conn.execute(sa.insert(t).values(**cols).returning(t.c.id)
                                      ).scalar_one()
                added[section] = added.get(section, 0) + 1
            for name, items in self._subrows(section, values):
                kind = sec.fields[name]
                st = self.TABLES[kind.table]
                for item in items:
                    cond = {kind.parent: row_id, **{k: item[k] for k in kind.key}}
                    if w.find(kind.table, cond) is None:
                        conn.execute(sa.insert(st).values(**{kind.parent: row_id, **item}))
        for i, up in doc.updates:
            self._update(w, up, ("updates", i), forward=True)
            added["updates"] = added.get("updates", 0) + 1
        return added

    def revert(self, conn: Any, doc: Document) -> None:
        """Undo apply(): restore what the updates changed (unless changed since), then
        delete the records' rows, last first, each only if nothing else refers to it."""
        w = _Writer(conn, self)
        for i, up in reversed(doc.updates):
            self._update(w, up, ("updates", i), forward=False)
        referrers = _referrers(conn)
        for section, i, values in reversed(doc.records):
            sec = self.SECTIONS[section]
            try:
                key = w.key(section, values, (section, i))
            except ChangesetConflict:
                continue  # a row it hangs on is gone already
            row_id = w.find(sec.table, key)
            if row_id is None:
                continue
            for name, items in self._subrows(section, values):
                kind = sec.fields[name]
                st = self.TABLES[kind.table]
                for item in items:
                    conn.execute(sa.delete(st).where(st.c[kind.parent] == row_id, *(
                        st.c[k] == item[k] for k in kind.key)))
            if any(conn.execute(sa.text(f'SELECT 1 FROM "{table}" WHERE "{col}" = :id '
                                        "LIMIT 1"), {"id": row_id}).first()
                   for table, col in referrers.get(sec.table, ())):
                continue  # something outside the changeset still refers to it: it stays
            t = self.TABLES[sec.table]
            conn.execute(sa.delete(t).where(t.c.id == row_id))

    def _label(self, section: str, values: dict[str, Any]) -> str:
        """A record's natural key as the file gives it, e.g. 'USERORG RU member 2001-05'."""
        sec = self.SECTIONS[section]
        parts = []
        for name, kind in sec.fields.items():
            column = getattr(kind, "column", None) or name
            if name in sec.parent_fields or column in sec.key:
                parts.append(str(values.get(name, sec.defaults.get(column, ""))))
        return " ".join(parts)

    def _fields_of(self, section: str, columns: list[str]) -> list[str]:
        out = []
        for name, kind in self.SECTIONS[section].fields.items():
            owned = {getattr(kind, "column", None) or name}
            if isinstance(kind, Date):
                owned.add(kind.precision)
            if owned & set(columns):
                out.append(name)
        return out

    def _subrows(self, section: str, values: dict[str, Any]) -> list[tuple[str, list[dict]]]:
        fields = self.SECTIONS[section].fields
        return [(n, v) for n, v in values.items() if isinstance(fields.get(n), SubRows)]

    def _update(self, w: _Writer, up: dict[str, Any], where: tuple[str, int], *,
                forward: bool) -> None:
        section = up["table"]
        if section not in self.UPDATABLE:
            raise ChangesetConflict(f"unknown table {section!r}", where)
        t = self.TABLES[self.SECTIONS[section].table]
        new = w.columns(section, up.get("set", {}), where, defaults=False)
        old = {c: ("day" if c.endswith("_precision") else None) for c in new}
        old.update(w.columns(section, up.get("was", {}), where, defaults=False))
        expect, target = (old, new) if forward else (new, old)
        key = w.key(section, up["match"], where)
        if not forward:  # the row carries the values `set` gave its key columns
            key.update({k: v for k, v in new.items() if k in key})
        row = w.conn.execute(sa.select(t.c.id, *(t.c[c] for c in expect)).where(
            *(_eq(t.c[k], v) for k, v in key.items()))).mappings().first()
        if row is None:
            if forward:
                raise ChangesetConflict(f"update: no {section.removesuffix('s')} matches "
                                        f"{up['match']}", where)
            return  # gone already: nothing to restore
        if any(_norm(row[c]) != _norm(v) for c, v in expect.items()):
            if forward:
                raise ChangesetConflict(f"update: the {section.removesuffix('s')} no longer "
                                        "has the values in 'was'; it was changed since", where)
            return  # changed by someone since: their change stays
        w.conn.execute(sa.update(t).where(t.c.id == row["id"]).values(**target))

    # -- data revisions

    def upgrade(self, name: str, sha256: str) -> None:
        """A data revision's upgrade(): apply seeds/<name>, which must have this SHA-256."""
        from alembic import op

        try:
            self.apply(op.get_bind(), self.read(_seed(name).read_bytes(), sha256, name))
        except ChangesetConflict as exc:
            where = f" ([[{exc.where[0]}]] #{exc.where[1] + 1})" if exc.where else ""
            raise ChangesetConflict(f"{name}{where}: {exc}") from None

    def downgrade(self, name: str, sha256: str) -> None:
        """A data revision's downgrade(): revert seeds/<name>."""
        from alembic import op

        self.revert(op.get_bind(), self.read(_seed(name).read_bytes(), sha256, name))


class _Writer:
    def __init__(self, conn: Any, fmt: Format) -> None:
        self.conn = conn
        self.fmt = fmt

    def find(self, table: str, cols: dict[str, Any]) -> int | None:
        t = self.fmt.TABLES[table]
        return self.conn.execute(sa.select(t.c.id).where(
            *(_eq(t.c[k], v) for k, v in cols.items()))).scalar()

    def ref(self, section: str, value: Any, where: tuple[str, int], field_name: str) -> int:
        sec = self.fmt.SECTIONS[section]
        found = self.find(sec.table, {sec.natural_key: value})
        if found is None:
            kind = {"treaties": "treaty"}.get(section, section.removesuffix("s"))
            raise ChangesetConflict(f"field {field_name!r}: unknown {kind} {value!r}", where)
        return found

    def _parent(self, section: str, values: dict[str, Any],
                where: tuple[str, int]) -> dict[str, int]:
        org = self.ref("organizations", values["organization"], where, "organization")
        if section == "tenures":
            post = self.find("post", {"organization_id": org, "key": values["post"]})
            if post is None:
                raise ChangesetConflict(f"field 'post': unknown post {values['post']!r} of "
                                        f"{values['organization']}", where)
            return {"post_id": post}
        state = self.ref("states", values["state"], where, "state")
        start = parse_date(values["membership_start"])[0]
        found = self.find("membership", {"organization_id": org, "state_id": state,
                                         "status": values.get("status", "member"),
                                         "start_date": start})
        if found is None:
            raise ChangesetConflict(f"field 'membership_start': no membership of "
                                    f"{values['state']} in "
                                    f"{values['organization']} starting "
                                    f"{values['membership_start']}", where)
        return {"membership_id": found}

    def columns(self, section: str, values: dict[str, Any], where: tuple[str, int],
                *, defaults: bool = True) -> dict[str, Any]:
        """A record's fields (or some of them) as its table's column values."""
        sec = self.fmt.SECTIONS[section]
        cols: dict[str, Any] = dict(sec.defaults) if defaults else {}
        for name, value in values.items():
            kind = sec.fields[name]
            if isinstance(kind, Col):
                cols[kind.column or name] = value
            elif isinstance(kind, Date):
                cols[kind.column], cols[kind.precision] = (
                    (None, "day") if value is None else parse_date(value, end=kind.end))
            elif isinstance(kind, Ref):
                cols[kind.column] = None if value is None else self.ref(kind.section, value,
                                                                        where, name)
            elif isinstance(kind, Joined):
                cols[kind.column] = "; ".join(v["name"] for v in value)
        if sec.parent_fields and any(f in values for f in sec.parent_fields):
            cols.update(self._parent(section, values, where))
        return cols

    def key(self, section: str, values: dict[str, Any], where: tuple[str, int]) -> dict:
        cols = self.columns(section, values, where)
        return {k: cols[k] for k in self.fmt.SECTIONS[section].key}


def _referrers(conn: Any) -> dict[str, list[tuple[str, str]]]:
    """For each table, the (table, column) pairs whose foreign keys point at it."""
    inspector = sa.inspect(conn)
    out: dict[str, list[tuple[str, str]]] = {}
    for table in inspector.get_table_names():
        for fk in inspector.get_foreign_keys(table):
            if len(fk["constrained_columns"]) == 1:
                out.setdefault(fk["referred_table"], []).append(
                    (table, fk["constrained_columns"][0]))
    return out


def _seed(name: str) -> Path:
    from alembic import context

    given = context.config.attributes.get("orgdb_seeds_dir")
    here = Path(__file__).resolve().parent.parent
    for folder in (given, here.parent / "seeds", here.parent / "_seeds"):
        if folder and (Path(folder) / name).is_file():
            return Path(folder) / name
    raise ChangesetConflict(f"seed file {name} is missing from this installation")


# The module's interface, which data revisions and orgdb call.
_FORMAT = Format()
read, summary, apply, revert = _FORMAT.read, _FORMAT.summary, _FORMAT.apply, _FORMAT.revert
upgrade, downgrade = _FORMAT.upgrade, _FORMAT.downgrade
