"""Applier for changeset format 3 (seeds/README.md), FROZEN: never edit this file.

Format 3 is format 2 (changeset_v2, frozen too) with, for schema revision 0021 and later:
- memberships whose member is an organization: `member = "EU"` (an organization's code)
  in place of `state`; a membership names one or the other;
- sections `organization_successions` and `state_successions`: one organization or state
  followed by another (`predecessor`, `successor`, `date`, `kind`, `notes`, `source`);
- the membership status `dialogue partner` and the end reasons `succeeded` and `merged`
  (the database's CHECKs take them).
Membership events still name a state's membership.
"""

from __future__ import annotations

from typing import Any

from orgdb_appliers import changeset_v1 as v1
from orgdb_appliers import changeset_v2 as v2
from orgdb_appliers.changeset_v1 import ChangesetConflict, Col, Date, Ref, Section

FORMAT = 3
__all__ = ["ChangesetConflict", "Document", "read", "summary", "apply", "revert",
           "upgrade", "downgrade"]

_S, _I, _D = v1._S, v1._I, v1._D
Document = v2.Document


def _succession_table(name: str) -> Any:
    return v1._table(name, predecessor_id=_I, successor_id=_I, date=_D, date_precision=_S,
                     kind=_S, notes=_S, source_id=_I)


def _succession_section(table: str, of: str) -> Section:
    return Section(table, "", {
        "predecessor": Ref(of, "predecessor_id"), "successor": Ref(of, "successor_id"),
        "date": Date("date"), "kind": Col(), "notes": Col(),
        "source": Ref("sources", "source_id")},
        ("predecessor_id", "successor_id"), {"date_precision": "day"})


TABLES = {
    **v2.TABLES,
    "membership": v1._table("membership", organization_id=_I, state_id=_I,
                            member_organization_id=_I, status=_S, start_date=_D,
                            start_precision=_S, end_date=_D, end_precision=_S, end_reason=_S,
                            confidence=_S, notes=_S, source_id=_I),
    "organization_succession": _succession_table("organization_succession"),
    "state_succession": _succession_table("state_succession"),
}
_MEMBERSHIPS = v2.SECTIONS["memberships"]
SECTIONS = {
    **v2.SECTIONS,
    "memberships": Section("membership", "", {
        **_MEMBERSHIPS.fields, "member": Ref("organizations", "member_organization_id")},
        ("organization_id", "state_id", "member_organization_id", "status", "start_date"),
        {**_MEMBERSHIPS.defaults, "state_id": None, "member_organization_id": None}),
    "organization_successions": _succession_section("organization_succession",
                                                    "organizations"),
    "state_successions": _succession_section("state_succession", "states"),
}
UPDATABLE = (*v2.UPDATABLE, "organization_successions", "state_successions")
REMOVABLE = (*v2.REMOVABLE, "organization_successions", "state_successions")


class Format(v2.Format):
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
