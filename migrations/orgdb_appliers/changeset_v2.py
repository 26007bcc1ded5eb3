"""Applier for changeset format 2 (seeds/README.md), FROZEN: never edit this file.

Format 2 is format 1 (changeset_v1, frozen too, so what this module inherits never
changes) with, for schema revision 0015 and later:
- `via` on sources (the copy a source was read through), and updates that may correct
  sources (a title, a publisher, dates, a URL), membership events and treaty actions (a
  source, a date, what an action was);
- a section `organization_events`: dated events of an organization as a whole, or of a
  state in it outside any membership spell;
- treaty actions `deposit` and `entry_into_force` (the database's CHECK takes them);
- `[[removals]]`: a row an earlier changeset added that was wrong, named by `table` and
  `match` (its natural key), with every field it holds in `was`, so that the downgrade puts
  it back as it was. A row something else still refers to is not removed (a conflict).
Records are applied first, then updates (which may point rows at new sources), then
removals; a revert goes the other way.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from orgdb_appliers import changeset_v1 as v1
from orgdb_appliers.changeset_v1 import ChangesetConflict, Col, Date, Ref, Section

FORMAT = 2
__all__ = ["ChangesetConflict", "Document", "read", "summary", "apply", "revert",
           "upgrade", "downgrade"]

_S, _I, _D = v1._S, v1._I, v1._D
TABLES = {
    **v1.TABLES,
    "source": v1._table("source", key=_S, title=_S, publisher=_S, url=_S, published=_D,
                        published_precision=_S, retrieved=_D, retrieved_precision=_S,
                        via=_S, notes=_S),
    "organization_event": v1._table("organization_event", organization_id=_I, state_id=_I,
                                    date=_D, date_precision=_S, kind=_S, description=_S,
                                    confidence=_S, source_id=_I),
}
SECTIONS = {
    **v1.SECTIONS,
    "sources": Section("source", "key", {
        **v1.SECTIONS["sources"].fields, "via": Col()},
        ("key",), dict(v1.SECTIONS["sources"].defaults)),
    "organization_events": Section("organization_event", "", {
        "organization": Ref("organizations", "organization_id"),
        "state": Ref("states", "state_id"), "date": Date("date"), "kind": Col(),
        "description": Col(), "confidence": Col(), "source": Ref("sources", "source_id")},
        ("organization_id", "date", "kind", "state_id"), {"date_precision": "day",
                                                         "state_id": None}),
}
UPDATABLE = (*v1.UPDATABLE, "sources", "organization_events", "membership_events",
             "treaty_actions")
REMOVABLE = ("sources", "memberships", "membership_events", "tenures", "treaty_actions",
             "organization_events")


@dataclass
class Document(v1.Document):
    removals: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


class Format(v1.Format):
    TABLES = TABLES
    SECTIONS = SECTIONS
    UPDATABLE = UPDATABLE

    def read(self, raw: bytes, sha256: str | None = None, name: str = "changeset"
             ) -> Document:
        base = super().read(raw, sha256, name)
        removals = list(enumerate(tomllib.loads(raw.decode("utf-8")).get("removals", [])))
        return Document(base.title, base.date, base.records, base.updates, removals)

    def summary(self, doc: Document) -> dict[str, Any]:
        out = super().summary(doc)
        for _, rm in doc.removals:
            out["removed"].setdefault(rm["table"], []).append({**rm["match"], **rm["was"]})
        return out

    def apply(self, conn: Any, doc: Document) -> dict[str, int]:
        added = super().apply(conn, doc)
        w = v1._Writer(conn, self)
        referrers = v1._referrers(conn)
        for i, rm in doc.removals:
            self._remove(w, rm, ("removals", i), referrers)
            added["removals"] = added.get("removals", 0) + 1
        return added

    def revert(self, conn: Any, doc: Document) -> None:
        w = v1._Writer(conn, self)
        for i, rm in reversed(doc.removals):
            section, values = self._removed(rm, ("removals", i))
            if w.find(self.SECTIONS[section].table,
                      w.key(section, values, ("removals", i))) is None:
                t = self.TABLES[self.SECTIONS[section].table]
                conn.execute(sa.insert(t).values(**w.columns(section, values,
                                                                ("removals", i))))
        super().revert(conn, doc)

    def _removed(self, rm: dict[str, Any], where: tuple[str, int]) -> tuple[str, dict]:
        section = rm.get("table")
        if section not in REMOVABLE:
            raise ChangesetConflict(f"removals: unknown table {section!r}", where)
        return section, {**rm["match"], **rm.get("was", {})}

    def _remove(self, w: Any, rm: dict[str, Any], where: tuple[str, int],
                referrers: dict[str, list[tuple[str, str]]]) -> None:
        section, values = self._removed(rm, where)
        sec = self.SECTIONS[section]
        t = self.TABLES[sec.table]
        cols = w.columns(section, values, where)
        key = {k: cols[k] for k in sec.key}
        row = w.conn.execute(sa.select(t.c.id, *(t.c[c] for c in cols)).where(
            *(v1._eq(t.c[k], v) for k, v in key.items()))).mappings().first()
        what = f"{section.removesuffix('s')} {self._label(section, values)}"
        if row is None:
            raise ChangesetConflict(f"removal: no {what}", where)
        diff = [c for c in cols if v1._norm(row[c]) != v1._norm(cols[c])]
        if diff:
            raise ChangesetConflict(f"removal: {what} no longer has the values in 'was' "
                                    f"({', '.join(self._fields_of(section, diff))})", where)
        for table, col in referrers.get(sec.table, ()):
            if w.conn.execute(sa.text(f'SELECT 1 FROM "{table}" WHERE "{col}" = :id LIMIT 1'),
                              {"id": row["id"]}).first():
                raise ChangesetConflict(f"removal: {what} is still referred to by {table}",
                                        where)
        w.conn.execute(sa.delete(t).where(t.c.id == row["id"]))


# The module's interface, which data revisions and orgdb call.
_FORMAT = Format()
read, summary, apply, revert = _FORMAT.read, _FORMAT.summary, _FORMAT.apply, _FORMAT.revert
upgrade, downgrade = _FORMAT.upgrade, _FORMAT.downgrade
