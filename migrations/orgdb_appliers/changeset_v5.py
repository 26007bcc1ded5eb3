"""Applier for changeset format 5 (seeds/README.md), FROZEN once released: never edit it
then; a new format is a new module beside this one.

Format 5 is format 4 (changeset_v4) with, for schema revision 0055 and later:
- `kind` on a state: "sovereign state", "territory", "customs territory" or "economy"
  (a state that does not say is a sovereign state: the column's default);
- `counted_as` on an organization: "member states" or "members", what the organization
  itself counts (an organization that does not say counts member states).
Both may be set by `[[updates]]` of a state or an organization, like any other field.
"""

from __future__ import annotations

from orgdb_appliers import changeset_v1 as v1
from orgdb_appliers import changeset_v3 as v3
from orgdb_appliers import changeset_v4 as v4
from orgdb_appliers.changeset_v1 import ChangesetConflict, Col, Section

FORMAT = 5
__all__ = ["ChangesetConflict", "Document", "read", "summary", "apply", "revert",
           "upgrade", "downgrade"]

_S, _I, _D, _B = v1._S, v1._I, v1._D, v1._B
Document = v4.Document

TABLES = {
    **v3.TABLES,
    "state": v1._table("state", code=_S, name=_S, alpha2=_S, alpha3=_S, cow_code=_I,
                       kind=_S, start_date=_D, start_precision=_S, end_date=_D,
                       end_precision=_S, source_id=_I),
    "organization": v1._table("organization", code=_S, name=_S, classification=_S,
                              founded=_D, founded_precision=_S, dissolved=_D,
                              dissolved_precision=_S, headquarters=_S, parent_id=_I,
                              curated=_B, counted_as=_S, notes=_S, source_id=_I),
}


def _with(section: str, name: str) -> Section:
    """A section of format 4 with one more column field, which has no default: a record
    that leaves it out leaves the row's value alone (a new row takes the column's)."""
    old = v3.SECTIONS[section]
    return Section(old.table, old.natural_key, {**old.fields, name: Col()}, old.key,
                   dict(old.defaults), old.parent_fields)


SECTIONS = {
    **v3.SECTIONS,
    "states": _with("states", "kind"),
    "organizations": _with("organizations", "counted_as"),
}


class Format(v4.Format):
    TABLES = TABLES
    SECTIONS = SECTIONS


# The module's interface, which data revisions and orgdb call.
_FORMAT = Format()
read, summary, apply, revert = _FORMAT.read, _FORMAT.summary, _FORMAT.apply, _FORMAT.revert
upgrade, downgrade = _FORMAT.upgrade, _FORMAT.downgrade
