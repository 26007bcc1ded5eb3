"""Applier for changeset format 6 (seeds/README.md), FROZEN once released: never edit it
then; a new format is a new module beside this one.

Format 6 is format 5 (changeset_v5) with, for schema revision 0088 and later:
- `class` on a source: what kind of document it is ("official record", "depositary
  record", "news of record", "scholarly", "reference work", "encyclopedia", "data set",
  "other");
- `start_latest` and `end_earliest` on a membership: a day known only within bounds
  ("not later than 1956": start = the earliest day it can be, start_latest = "1956");
- a section `[[known_gaps]]`: what the curators know is missing from an organization's
  data (`organization`, `topic`, `description`), updatable and removable like the rest.
"""

from __future__ import annotations

from typing import Any

from orgdb_appliers import changeset_v1 as v1
from orgdb_appliers import changeset_v3 as v3
from orgdb_appliers import changeset_v5 as v5
from orgdb_appliers.changeset_v1 import ChangesetConflict, Col, Date, Ref, Section

FORMAT = 6
__all__ = ["ChangesetConflict", "Document", "read", "summary", "apply", "revert",
           "upgrade", "downgrade"]

_S, _I, _D = v1._S, v1._I, v1._D
Document = v5.Document

TABLES = {
    **v5.TABLES,
    "source": v1._table("source", key=_S, title=_S, publisher=_S, url=_S, published=_D,
                        published_precision=_S, retrieved=_D, retrieved_precision=_S,
                        via=_S, notes=_S, source_class=_S),
    "membership": v1._table("membership", organization_id=_I, state_id=_I,
                            member_organization_id=_I, status=_S, start_date=_D,
                            start_precision=_S, start_latest_date=_D,
                            start_latest_precision=_S, end_date=_D, end_precision=_S,
                            end_earliest_date=_D, end_earliest_precision=_S, end_reason=_S,
                            confidence=_S, notes=_S, source_id=_I),
    "known_gap": v1._table("known_gap", organization_id=_I, topic=_S, description=_S),
}
_SOURCES, _MEMBERSHIPS = v5.SECTIONS["sources"], v5.SECTIONS["memberships"]
SECTIONS = {
    **v5.SECTIONS,
    "sources": Section("source", "key", {**_SOURCES.fields, "class": Col("source_class")},
                       _SOURCES.key, dict(_SOURCES.defaults)),
    "memberships": Section("membership", "", {
        **_MEMBERSHIPS.fields, "start_latest": Date("start_latest_date", end=True),
        "end_earliest": Date("end_earliest_date")},
        _MEMBERSHIPS.key, {**_MEMBERSHIPS.defaults, "start_latest_precision": "day",
                           "end_earliest_precision": "day"}),
    "known_gaps": Section("known_gap", "", {
        "organization": Ref("organizations", "organization_id"), "topic": Col(),
        "description": Col()}, ("organization_id", "topic")),
}
UPDATABLE = (*v3.UPDATABLE, "known_gaps")
REMOVABLE = (*v3.REMOVABLE, "known_gaps")


class Format(v5.Format):
    TABLES = TABLES
    SECTIONS = SECTIONS
    UPDATABLE = UPDATABLE

    def _removed(self, rm: dict[str, Any], where: tuple[str, int]) -> tuple[str, dict]:
        section = rm.get("table")
        if section not in REMOVABLE:
            raise ChangesetConflict(f"removals: unknown table {section!r}", where)
        return section, {**rm["match"], **rm.get("was", {})}


# The module's interface, which data revisions and orgdb call.
_FORMAT = Format()
read, summary, apply, revert = _FORMAT.read, _FORMAT.summary, _FORMAT.apply, _FORMAT.revert
upgrade, downgrade = _FORMAT.upgrade, _FORMAT.downgrade
