"""Changesets: TOML files of curated facts (format: seeds/README.md), applied and reverted.

Data revisions and `orgdb import FILE` both come through here. This module never imports
orgdb.models: it declares the table shapes a changeset writes (format version 1) with
sa.table()/sa.column(), so a revision that uses it keeps meaning what it meant when it was
written. Rows are found by natural key, never by id, so applying and reverting touch
exactly the changeset's own rows; a row that other rows still reference (a user's
membership of a seeded state, say) is kept on revert, so user data is never lost.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from orgdb.dates import format_partial, parse_partial
from orgdb.errors import ChangesetError, UsageError

_S, _I, _D, _B = sa.String, sa.Integer, sa.Date, sa.Boolean


def _t(table_name: str, /, **cols: Any) -> sa.TableClause:
    return sa.table(table_name, sa.column("id", _I), *(sa.column(c, t) for c, t in cols.items()))


TABLES = {
    "source": _t("source", key=_S, title=_S, publisher=_S, url=_S, published=_D,
                 published_precision=_S, retrieved=_D, retrieved_precision=_S, notes=_S),
    "state": _t("state", code=_S, name=_S, alpha2=_S, alpha3=_S, cow_code=_I, start_date=_D,
                start_precision=_S, end_date=_D, end_precision=_S, source_id=_I),
    "state_name": _t("state_name", state_id=_I, name=_S, lang=_S),
    "organization": _t("organization", code=_S, name=_S, classification=_S, founded=_D,
                       founded_precision=_S, dissolved=_D, dissolved_precision=_S,
                       headquarters=_S, parent_id=_I, curated=_B, notes=_S, source_id=_I),
    "organization_name": _t("organization_name", organization_id=_I, name=_S, lang=_S),
    "organization_identifier": _t("organization_identifier", organization_id=_I, scheme=_S,
                                  identifier=_S),
    "person": _t("person", key=_S, name=_S, other_names=_S, nationality_id=_I, source_id=_I),
    "post": _t("post", organization_id=_I, key=_S, label=_S, single_holder=_B),
    "membership": _t("membership", organization_id=_I, state_id=_I, status=_S, start_date=_D,
                     start_precision=_S, end_date=_D, end_precision=_S, end_reason=_S,
                     confidence=_S, notes=_S, source_id=_I),
    "membership_event": _t("membership_event", membership_id=_I, date=_D, date_precision=_S,
                           kind=_S, description=_S, confidence=_S, source_id=_I),
    "tenure": _t("tenure", post_id=_I, person_id=_I, role=_S, acting=_B, start_date=_D,
                 start_precision=_S, end_date=_D, end_precision=_S, confidence=_S, notes=_S,
                 source_id=_I),
    "treaty": _t("treaty", code=_S, title=_S, other_titles=_S, signed=_D, signed_precision=_S,
                 signed_place=_S, in_force=_D, in_force_precision=_S, depositary=_S,
                 organization_id=_I, confidence=_S, notes=_S, source_id=_I),
    "treaty_action": _t("treaty_action", treaty_id=_I, state_id=_I, action=_S, date=_D,
                        date_precision=_S, confidence=_S, notes=_S, source_id=_I),
}

# Rows that may reference a row of each table: a referenced row is kept on revert.
REFERENCED_BY = {
    "source": [(t, "source_id") for t in ("state", "organization", "person", "membership",
                                          "membership_event", "tenure", "treaty",
                                          "treaty_action")],
    "state": [("membership", "state_id"), ("treaty_action", "state_id"),
              ("person", "nationality_id")],
    "organization": [("organization", "parent_id"), ("membership", "organization_id"),
                     ("post", "organization_id"), ("treaty", "organization_id")],
    "person": [("tenure", "person_id")],
    "post": [("tenure", "post_id")],
    "membership": [("membership_event", "membership_id")],
    "treaty": [("treaty_action", "treaty_id")],
    "tenure": [],
    "membership_event": [],
    "treaty_action": [],
}

STATUSES = ("member", "associate", "observer", "partner", "participant", "suspended")
END_REASONS = ("withdrew", "suspended", "expelled", "dissolved", "expired")
CONFIDENCES = ("high", "medium", "low")
ACTIONS = ("signature", "ratification", "accession", "succession", "acceptance", "approval",
           "withdrawal", "denunciation", "depositary")

# Field kinds: str, int, bool, text enums (tuple), 'start'/'end' partial dates,
# 'ref:<section>' natural-key references, 'names' lists of {name, lang}.
_DATE_START, _DATE_END = "start", "end"


@dataclass(frozen=True)
class Section:
    name: str
    table: str
    key: tuple[str, ...]
    required: tuple[str, ...]
    fields: dict[str, Any]
    columns: dict[str, str] = field(default_factory=dict)  # field -> column when renamed


SECTIONS: list[Section] = [
    Section("sources", "source", ("key",), ("key", "title"),
            {"key": str, "title": str, "publisher": str, "url": str, "published": _DATE_START,
             "retrieved": _DATE_START, "notes": str}),
    Section("states", "state", ("code",), ("code", "name"),
            {"code": str, "name": str, "alpha2": str, "alpha3": str, "cow_code": int,
             "start": _DATE_START, "end": _DATE_END, "source": "ref:sources",
             "other_names": "names"}),
    Section("organizations", "organization", ("code",), ("code", "name"),
            {"code": str, "name": str, "classification": str, "founded": _DATE_START,
             "dissolved": _DATE_END, "headquarters": str, "parent": "ref:organizations",
             "notes": str, "source": "ref:sources", "other_names": "names",
             "identifiers": "identifiers", "curated": bool},
            {"parent": "parent_id"}),
    Section("persons", "person", ("key",), ("key", "name"),
            {"key": str, "name": str, "other_names": "joined", "nationality": "ref:states",
             "source": "ref:sources"},
            {"nationality": "nationality_id"}),
    Section("posts", "post", ("organization", "key"), ("organization", "key", "label"),
            {"organization": "ref:organizations", "key": str, "label": str,
             "single_holder": bool}),
    Section("memberships", "membership", ("organization", "state", "status", "start"),
            ("organization", "state", "start", "source"),
            {"organization": "ref:organizations", "state": "ref:states", "status": STATUSES,
             "start": _DATE_START, "end": _DATE_END, "end_reason": END_REASONS,
             "confidence": CONFIDENCES, "notes": str, "source": "ref:sources"}),
    Section("membership_events", "membership_event", ("membership", "date", "kind"),
            ("organization", "state", "membership_start", "date", "kind", "source"),
            {"organization": str, "state": str, "membership_start": str, "status": STATUSES,
             "date": _DATE_START, "kind": str, "description": str,
             "confidence": CONFIDENCES, "source": "ref:sources"}),
    Section("tenures", "tenure", ("post", "person", "start"),
            ("organization", "post", "person", "start", "source"),
            {"organization": str, "post": str, "person": "ref:persons", "role": str,
             "acting": bool, "start": _DATE_START, "end": _DATE_END,
             "confidence": CONFIDENCES, "notes": str, "source": "ref:sources"}),
    Section("treaties", "treaty", ("code",), ("code", "title", "source"),
            {"code": str, "title": str, "other_titles": "joined", "signed": _DATE_START,
             "signed_place": str, "in_force": _DATE_START, "depositary": str,
             "establishes": "ref:organizations", "confidence": CONFIDENCES, "notes": str,
             "source": "ref:sources"},
            {"establishes": "organization_id"}),
    Section("treaty_actions", "treaty_action", ("treaty", "state", "action", "date"),
            ("treaty", "state", "action", "date", "source"),
            {"treaty": "ref:treaties", "state": "ref:states", "action": ACTIONS,
             "date": _DATE_START, "confidence": CONFIDENCES, "notes": str,
             "source": "ref:sources"}),
]
BY_NAME = {s.name: s for s in SECTIONS}
_DATE_COLUMNS = {"start": "start_date", "end": "end_date"}
# Fields that only name the row's parent; columns() resolves them to its id.
_KEY_ONLY = {
    "posts": ("organization",),
    "memberships": ("organization", "state"),
    "membership_events": ("organization", "state", "membership_start", "status"),
    "tenures": ("organization", "post"),
    "treaty_actions": ("state",),
}


@dataclass
class Record:
    section: Section
    values: dict[str, Any]
    line: int

    def where(self) -> str:
        return f"line {self.line} ([[{self.section.name}]])"


@dataclass
class Update:
    section: Section
    match: dict[str, Any]
    was: dict[str, Any]
    set: dict[str, Any]
    line: int


@dataclass
class Changeset:
    path: Path
    title: str
    date: str | None
    records: list[Record]
    updates: list[Update]

    def count(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.records:
            out[r.section.name] = out.get(r.section.name, 0) + 1
        if self.updates:
            out["updates"] = len(self.updates)
        return out


# ---------------------------------------------------------------------------- loading


def load(path: Path | str, *, max_bytes: int = 10_000_000) -> Changeset:
    """Read and validate a changeset file; errors name the file, line and field."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ChangesetError(f"{path}: cannot read ({exc.strerror})") from None
    if len(raw) > max_bytes:
        raise ChangesetError(f"{path}: file is larger than {max_bytes} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ChangesetError(f"{path}:{line}: not valid UTF-8") from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ChangesetError(f"{path}: invalid TOML: {exc}") from None
    lines = _header_lines(text)
    meta = doc.pop("changeset", None)
    if not isinstance(meta, dict) or not isinstance(meta.get("title"), str):
        raise ChangesetError(f"{path}: [changeset] with a title is required")
    records: list[Record] = []
    updates: list[Update] = []
    for name, items in doc.items():
        if name != "updates" and name not in BY_NAME:
            raise ChangesetError(f"{path}: unknown section [[{name}]]")
        if not isinstance(items, list):
            raise ChangesetError(f"{path}: {name} must be an array of tables ([[{name}]])")
        for i, item in enumerate(items):
            line = lines.get(name, [])[i] if i < len(lines.get(name, [])) else 0
            where = f"{path}:{line}"
            if name == "updates":
                updates.append(_update(item, where, line))
            else:
                records.append(Record(BY_NAME[name], _validate(BY_NAME[name], item, where,
                                                               partial=False), line))
    order = {s.name: i for i, s in enumerate(SECTIONS)}
    records.sort(key=lambda r: order[r.section.name])
    return Changeset(path, meta["title"], meta.get("date"), records, updates)


def _header_lines(text: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        m = re.match(r"\s*\[\[\s*([A-Za-z_]+)\s*\]\]", line)
        if m:
            out.setdefault(m[1], []).append(n)
    return out


def _validate(section: Section, item: Any, where: str, *, partial: bool) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ChangesetError(f"{where}: expected a table")
    for name in item:
        if name not in section.fields:
            raise ChangesetError(f"{where}: field {name!r}: unknown field for {section.name}")
    if not partial:
        for name in section.required:
            if item.get(name) in (None, ""):
                raise ChangesetError(f"{where}: field {name!r}: required")
    out: dict[str, Any] = {}
    for name, value in item.items():
        kind = section.fields[name]
        out[name] = _check(kind, value, f"{where}: field {name!r}")
    if section.name == "states" and ("alpha2" in out or "alpha3" in out):
        from orgdb.iso import code_error

        problem = code_error(out.get("alpha2"), out.get("alpha3"))
        if problem:
            field_name = "alpha2" if "alpha2" in out else "alpha3"
            raise ChangesetError(f"{where}: field {field_name!r}: {problem}")
    if not partial:
        for prefix in ("start", "founded", "signed"):
            end = {"start": "end", "founded": "dissolved", "signed": "in_force"}[prefix]
            a, b = out.get(prefix), out.get(end)
            if a and b and b[0] < a[0]:
                raise ChangesetError(f"{where}: field {end!r}: {item[end]} is before "
                                     f"{prefix} {item[prefix]}")
    return out


def _check(kind: Any, value: Any, where: str) -> Any:
    if kind is bool:
        if not isinstance(value, bool):
            raise ChangesetError(f"{where}: expected true or false")
        return value
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise ChangesetError(f"{where}: expected an integer")
        return value
    if isinstance(kind, tuple):
        if value not in kind:
            raise ChangesetError(f"{where}: {value!r} is not one of {', '.join(kind)}")
        return value
    if kind in ("names", "identifiers"):
        wanted = ("name", "lang") if kind == "names" else ("scheme", "identifier")
        if not isinstance(value, list) or not all(
            isinstance(v, dict) and set(v) <= set(wanted) and isinstance(v.get(wanted[0]), str)
            and all(isinstance(x, str) and x.strip() for x in v.values())
            for v in value
        ):
            raise ChangesetError(f"{where}: expected a list of {{{', '.join(wanted)}}} tables")
        return value
    if kind == "joined":
        if not isinstance(value, list) or not all(
            isinstance(v, dict) and isinstance(v.get("name"), str) for v in value
        ):
            raise ChangesetError(f"{where}: expected a list of {{name, lang}} tables")
        return "; ".join(v["name"] for v in value)
    if not isinstance(value, str):
        raise ChangesetError(f"{where}: expected a string")
    if not value.strip() or any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise ChangesetError(f"{where}: empty or contains control characters")
    if kind in (_DATE_START, _DATE_END):
        try:
            return parse_partial(value, end=kind == _DATE_END)
        except UsageError as exc:
            raise ChangesetError(f"{where}: {exc}") from None
    return value


def _update(item: Any, where: str, line: int) -> Update:
    if not isinstance(item, dict) or set(item) - {"table", "match", "was", "set"}:
        raise ChangesetError(f"{where}: an update has table, match, was and set")
    section = BY_NAME.get(item.get("table", ""))
    if section is None or section.name in ("sources",):
        raise ChangesetError(f"{where}: field 'table': unknown table {item.get('table')!r}")
    parts = {}
    for part in ("match", "was", "set"):
        value = item.get(part, {})
        if not isinstance(value, dict):
            raise ChangesetError(f"{where}: field {part!r}: expected a table")
        parts[part] = _validate(section, value, where, partial=True)
    if set(parts["match"]) != set(_key_fields(section)):
        raise ChangesetError(f"{where}: field 'match': needs exactly "
                             f"{', '.join(_key_fields(section))}")
    if not parts["set"] or set(parts["was"]) - set(parts["set"]):
        raise ChangesetError(f"{where}: field 'was': must name only fields in 'set'")
    return Update(section, parts["match"], parts["was"], parts["set"], line)


def _key_fields(section: Section) -> tuple[str, ...]:
    key = section.key
    if section.name == "membership_events":
        return ("organization", "state", "membership_start", "date", "kind")
    if section.name == "tenures":
        return ("organization", "post", "person", "start")
    if section.name == "memberships":
        return ("organization", "state", "status", "start")
    return key


# ---------------------------------------------------------------------------- writing


class _Writer:
    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn

    def id_of(self, table: str, **where: Any) -> int | None:
        t = TABLES[table]
        q = sa.select(t.c.id).where(*(_eq(t.c[k], v) for k, v in where.items()))
        return self.conn.execute(q).scalar()

    # -- natural keys to column values

    def ref(self, section: str, value: Any, where: str) -> int:
        table = BY_NAME[section].table
        col = {"sources": "key", "states": "code", "organizations": "code", "persons": "key",
               "treaties": "code"}[section]
        found = self.id_of(table, **{col: value})
        if found is None:
            kind = section[:-1] if section != "treaties" else "treaty"
            raise ChangesetError(f"{where}: unknown {kind} {value!r}")
        return found

    def columns(self, section: Section, values: dict[str, Any], where: str) -> dict[str, Any]:
        """Turn a record's fields into the table's column values."""
        cols: dict[str, Any] = {}
        for name, value in values.items():
            kind = section.fields[name]
            w = f"{where}: field {name!r}"
            if kind in ("names", "identifiers") or name in _KEY_ONLY.get(section.name, ()):
                continue
            if isinstance(kind, str) and kind.startswith("ref:"):
                col = section.columns.get(name, f"{name}_id")
                cols[col] = None if value is None else self.ref(kind[4:], value, w)
            elif kind in (_DATE_START, _DATE_END):
                col = _DATE_COLUMNS.get(name, name)
                prec = (col[:-5] if col.endswith("_date") else col) + "_precision"
                cols[col], cols[prec] = (None, "day") if value is None else value
            else:
                cols[section.columns.get(name, name)] = value
        if "organization" in values and section.name in ("memberships", "posts"):
            cols["organization_id"] = self.ref("organizations", values["organization"],
                                               f"{where}: field 'organization'")
        if "state" in values and section.name in ("memberships", "treaty_actions"):
            cols["state_id"] = self.ref("states", values["state"], f"{where}: field 'state'")
        if section.name == "membership_events" and "organization" in values:
            cols["membership_id"] = self._membership(values, where)
        if section.name == "tenures" and "post" in values:
            cols["post_id"] = self._post(values, where)
        return cols

    def _membership(self, v: dict[str, Any], where: str) -> int:
        start = parse_partial(v["membership_start"])[0]
        found = self.id_of("membership",
                           organization_id=self.ref("organizations", v["organization"],
                                                    f"{where}: field 'organization'"),
                           state_id=self.ref("states", v["state"], f"{where}: field 'state'"),
                           status=v.get("status", "member"), start_date=start)
        if found is None:
            raise ChangesetError(f"{where}: no membership of {v['state']} in "
                                 f"{v['organization']} starting {v['membership_start']}")
        return found

    def _post(self, v: dict[str, Any], where: str) -> int:
        found = self.id_of("post", organization_id=self.ref("organizations",
                                                            v["organization"],
                                                            f"{where}: field 'organization'"),
                           key=v["post"])
        if found is None:
            raise ChangesetError(f"{where}: unknown post {v['post']!r} of {v['organization']}")
        return found

    def key_columns(self, section: Section, values: dict[str, Any], where: str) -> dict:
        cols = self.columns(section, values, where)
        names = {"memberships": ("organization_id", "state_id", "status", "start_date"),
                 "membership_events": ("membership_id", "date", "kind"),
                 "tenures": ("post_id", "person_id", "start_date"),
                 "posts": ("organization_id", "key"),
                 "treaty_actions": ("treaty_id", "state_id", "action", "date")}.get(
                     section.name, section.key)
        if section.name == "memberships":
            cols.setdefault("status", "member")
        return {k: cols[k] for k in names}


def _eq(col: Any, value: Any) -> Any:
    return col.is_(None) if value is None else col == value


def _defaults(section: Section) -> dict[str, Any]:
    d: dict[str, Any] = {}
    for name, kind in section.fields.items():
        if kind in (_DATE_START, _DATE_END):
            col = _DATE_COLUMNS.get(name, name)
            d[(col[:-5] if col.endswith("_date") else col) + "_precision"] = "day"
    if section.name == "memberships":
        d["status"] = "member"
    if section.name == "organizations":
        d["curated"] = True
    if section.name == "posts":
        d["single_holder"] = True
    if section.name == "tenures":
        d["acting"] = False
    return d


def apply(conn: sa.Connection, changeset: Changeset | Path | str) -> dict[str, int]:
    """Insert the changeset's rows (skipping identical ones already present) and make its
    updates. Returns counts of rows added. Raises ChangesetError on any conflict; the caller
    owns the transaction, so a failure leaves the database as it was."""
    cs = changeset if isinstance(changeset, Changeset) else load_seed(changeset)
    w = _Writer(conn)
    added: dict[str, int] = {}
    for rec in cs.records:
        where = f"{cs.path}:{rec.line}"
        sec, t = rec.section, TABLES[rec.section.table]
        key = w.key_columns(sec, rec.values, where)
        cols = {**_defaults(sec), **w.columns(sec, rec.values, where)}
        existing = conn.execute(
            sa.select(*(t.c[c] for c in cols), t.c.id).where(
                *(_eq(t.c[k], v) for k, v in key.items()))
        ).mappings().first()
        if existing is not None:
            diff = [c for c in cols if _norm(existing[c]) != _norm(cols[c])]
            if diff:
                raise ChangesetError(f"{where}: {sec.name[:-1]} {_describe(rec)} already exists "
                                     f"with different {', '.join(diff)}")
            row_id = existing["id"]
        else:
            row_id = conn.execute(sa.insert(t).values(**cols).returning(t.c.id)).scalar_one()
            added[sec.name] = added.get(sec.name, 0) + 1
        _apply_names(conn, sec, row_id, rec.values)
    for up in cs.updates:
        _apply_update(w, cs, up, forward=True)
        added["updates"] = added.get("updates", 0) + 1
    return added


def _norm(v: Any) -> Any:
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bool):
        return int(v)
    return v


def _describe(rec: Record) -> str:
    parts = []
    for k in _key_fields(rec.section):
        v = rec.values.get(k, "member" if k == "status" else "")
        parts.append(format_partial(*v) if isinstance(v, tuple) else str(v))
    return " ".join(parts)


def _apply_names(conn: sa.Connection, sec: Section, row_id: int, values: dict) -> None:
    subs = {"other_names": ("state_name" if sec.name == "states" else "organization_name",
                            ("name",)),
            "identifiers": ("organization_identifier", ("scheme", "identifier"))}
    for field_name, (table, key) in subs.items():
        if field_name not in values or sec.fields.get(field_name) not in ("names",
                                                                          "identifiers"):
            continue
        t = TABLES[table]
        fk = "state_id" if table == "state_name" else "organization_id"
        for item in values[field_name]:
            cond = [t.c[fk] == row_id, *(t.c[k] == item[k] for k in key)]
            if conn.execute(sa.select(t.c.id).where(*cond)).first() is None:
                conn.execute(sa.insert(t).values({fk: row_id, **item}))


def _apply_update(w: _Writer, cs: Changeset, up: Update, *, forward: bool) -> None:
    where = f"{cs.path}:{up.line}"
    sec, t = up.section, TABLES[up.section.table]
    key = w.key_columns(sec, up.match, where)
    new_cols = w.columns(sec, up.set, where)
    old_cols = {c: None for c in new_cols}
    for c in list(old_cols):
        if c.endswith("_precision"):
            old_cols[c] = "day"
    old_cols.update(w.columns(sec, up.was, where))
    expect, target = (old_cols, new_cols) if forward else (new_cols, old_cols)
    row = conn_first(w.conn, sa.select(*(t.c[c] for c in expect), t.c.id).where(
        *(_eq(t.c[k], v) for k, v in key.items())))
    if row is None:
        if not forward:
            return  # the row is gone already; nothing to restore
        raise ChangesetError(f"{where}: update: no {sec.name[:-1]} matches "
                             f"{', '.join(f'{k}={v}' for k, v in up.match.items())}")
    if any(_norm(row[c]) != _norm(v) for c, v in expect.items()):
        if forward:
            raise ChangesetError(f"{where}: update: the {sec.name[:-1]} no longer has the "
                                 f"values in 'was'; it was changed since")
        return  # changed by someone since: leave their change alone
    w.conn.execute(sa.update(t).where(t.c.id == row["id"]).values(**target))


def conn_first(conn: sa.Connection, q: Any) -> Any:
    return conn.execute(q).mappings().first()


def revert(conn: sa.Connection, changeset: Changeset | Path | str) -> None:
    """Undo apply(): restore what its updates changed and delete the rows it added, by
    natural key, keeping any row that other rows still reference."""
    cs = changeset if isinstance(changeset, Changeset) else load_seed(changeset)
    w = _Writer(conn)
    for up in reversed(cs.updates):
        _apply_update(w, cs, up, forward=False)
    for rec in reversed(cs.records):
        where = f"{cs.path}:{rec.line}"
        sec, t = rec.section, TABLES[rec.section.table]
        try:
            key = w.key_columns(sec, rec.values, where)
        except ChangesetError:
            continue  # something it hangs on is gone already
        row_id = conn.execute(sa.select(t.c.id).where(
            *(_eq(t.c[k], v) for k, v in key.items()))).scalar()
        if row_id is None or _referenced(conn, sec.table, row_id, rec):
            continue
        for sub, fk in (("state_name", "state_id"), ("organization_name", "organization_id"),
                        ("organization_identifier", "organization_id")):
            if (sub == "state_name") == (sec.table == "state") and sec.table in ("state",
                                                                               "organization"):
                st = TABLES[sub]
                conn.execute(sa.delete(st).where(st.c[fk] == row_id))
        conn.execute(sa.delete(t).where(t.c.id == row_id))


def _referenced(conn: sa.Connection, table: str, row_id: int, rec: Record) -> bool:
    for child, col in REFERENCED_BY[table]:
        c = TABLES[child]
        if conn.execute(sa.select(c.c.id).where(c.c[col] == row_id).limit(1)).first():
            return True
    return False


def load_seed(name: Path | str) -> Changeset:
    """A shipped changeset, by file name (data revisions name theirs)."""
    from orgdb.resources import seeds_dir

    path = Path(name)
    return load(path if path.is_absolute() else seeds_dir() / path)
