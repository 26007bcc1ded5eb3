"""Applier for changeset format 4 (seeds/README.md), FROZEN once released: never edit it
then; a new format is a new module beside this one.

Format 4 is format 3 (changeset_v3, frozen) with, for schema revision 0051 and later, a
section `[[takeovers]]`: an organization that COW's data alone held until this changeset
curates it. Each names COW's IGO (`cow`, its ioname) and the curated organization
(`organization`, a code the changeset's records give):

    [[takeovers]]
    cow = "WHO"
    organization = "WHO"

Before the records are written, the IGO is taken out (orgdb_appliers.cow_v1.release: the
organization COW owned, with its names, identifiers and COW's memberships); after them, it
is written in again at its place, linked to the curated organization, its cells kept raw
as for any organization curated before COW came (cow_v1.put_back). A database that holds
no COW data for the IGO, or whose IGO is linked to that organization already, has nothing
to hand over. A revert takes the IGO
out again, reverts the records, and writes the IGO back as COW's own: the database is as
it was before, row for row.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from orgdb_appliers import changeset_v3 as v3
from orgdb_appliers import cow_v1
from orgdb_appliers.changeset_v1 import ChangesetConflict

FORMAT = 4
__all__ = ["ChangesetConflict", "Document", "read", "summary", "apply", "revert",
           "upgrade", "downgrade"]


@dataclass
class Document(v3.Document):
    takeovers: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


class Format(v3.Format):
    def read(self, raw: bytes, sha256: str | None = None, name: str = "changeset"
             ) -> Document:
        base = super().read(raw, sha256, name)
        takeovers = list(enumerate(tomllib.loads(raw.decode("utf-8")).get("takeovers", [])))
        return Document(base.title, base.date, base.records, base.updates, base.removals,
                        takeovers)

    def summary(self, doc: Document) -> dict[str, Any]:  # type: ignore[override]
        out = super().summary(doc)
        if doc.takeovers:
            out["taken_over"] = [dict(t) for _, t in doc.takeovers]
        return out

    def apply(self, conn: Any, doc: Document) -> dict[str, int]:  # type: ignore[override]
        held = [None if self._taken_over(conn, t) else self._release(conn, t, ("takeovers", i))
                for i, t in doc.takeovers]
        added = super().apply(conn, doc)
        org = self.TABLES["organization"]
        for (i, t), h in zip(doc.takeovers, held, strict=True):
            if h is None:
                continue
            h.organization = conn.execute(sa.select(org.c.id).where(
                org.c.code == t["organization"])).scalar()
            if h.organization is None:
                raise ChangesetConflict(f"takeover of COW's {t['cow']!r}: no organization "
                                        f"{t['organization']!r}", ("takeovers", i))
            cow_v1.put_back(conn, h)
            added["takeovers"] = added.get("takeovers", 0) + 1
        return added

    def revert(self, conn: Any, doc: Document) -> None:  # type: ignore[override]
        held = [self._release(conn, t, ("takeovers", i)) for i, t in doc.takeovers]
        super().revert(conn, doc)
        for h in reversed(held):
            if h is not None:
                h.organization = None  # COW's own again
                cow_v1.put_back(conn, h)

    @staticmethod
    def _taken_over(conn: Any, takeover: dict[str, Any]) -> bool:
        """Whether COW's IGO is linked to the curated organization already (this file, or
        another, applied before): then there is nothing to hand over."""
        igo, org = cow_v1.TABLES["cow_igo"], cow_v1.TABLES["organization"]
        return conn.execute(sa.select(igo.c.id).join_from(
            igo, org, org.c.id == igo.c.organization_id).where(
            igo.c.ioname == takeover["cow"], igo.c.owned.is_(False),
            org.c.code == takeover["organization"])).first() is not None

    @staticmethod
    def _release(conn: Any, takeover: dict[str, Any], where: tuple[str, int]) -> Any:
        """The IGO taken out, or None where the database holds no COW data for it."""
        igo = cow_v1.TABLES["cow_igo"]
        if conn.execute(sa.select(igo.c.id).where(igo.c.ioname == takeover["cow"])
                        ).first() is None:
            return None
        try:
            return cow_v1.release(conn, takeover["cow"])
        except cow_v1.CowConflict as exc:
            raise ChangesetConflict(str(exc), where) from None


# The module's interface, which data revisions and orgdb call.
_FORMAT = Format()
read, summary, apply, revert = _FORMAT.read, _FORMAT.summary, _FORMAT.apply, _FORMAT.revert
upgrade, downgrade = _FORMAT.upgrade, _FORMAT.downgrade
