"""`orgdb import cow`: a COW IGO-year file into the database, in the caller's transaction.

The file is read and checked here (orgdb.interchange.cow.reader: streamed one IGO's block
of rows at a time, every cell checked) and written by the same frozen writer that revision
0052 writes the carried copy with (migrations/orgdb_appliers/cow_v1.py, whose docstring
says what becomes what), with today's state plan (orgdb.interchange.cow.states.plan). An
IGO that matches an organization already in the database is never written to: every
disagreement with the curated data is reported (orgdb.interchange.cow.compare). An IGO
imported before is left alone when its rows are the same, and replaced when they differ
(a newer release).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from orgdb.interchange.cow.columns import HEAD, META, STATES_FILE, CowError
from orgdb.interchange.cow.compare import Disagreement, compare
from orgdb.interchange.cow.reader import Reader
from orgdb.interchange.cow.states import plan, read_states
from orgdb.resources import cow_applier
from orgdb.store.models import METADATA

# What the frozen writer counts (rows, IGOs, organizations, states, memberships,
# identifiers, names, unchanged and replaced IGOs, matches, COW's own inconsistencies).
_Counts: Any = cow_applier().Counts


@dataclass
class ImportReport(_Counts):
    """What an import added, as the writer counts it, and what it found."""

    disagreements: list[Disagreement] = field(default_factory=list)
    backup: Path | None = None  # of the database before the import

    def added(self) -> int:
        """Rows the import adds (0: a second run of the same file)."""
        return (self.igos - self.unchanged + self.replaced + self.organizations + self.states
                + self.memberships + self.identifiers + self.names)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["disagreements"] = [str(x) for x in self.disagreements]
        d["backup"] = str(self.backup) if self.backup else None
        return d

    def summary(self) -> str:
        lines = [
            f"{self.rows} rows, {self.igos} IGOs read; added {self.organizations} "
            f"organizations, {self.states} states, {self.memberships} memberships, "
            f"{self.identifiers} identifiers, {self.names} other names",
        ]
        if self.unchanged:
            lines.append(f"{self.unchanged} IGOs were imported before and are unchanged")
        if self.replaced:
            lines.append(f"{self.replaced} IGOs were imported before from other rows: "
                         "replaced by this file's")
        if self.matched:
            lines.append("matched to organizations already in the database (never written; "
                         "COW recorded as corroborating): " + ", ".join(self.matched))
        if self.disagreements:
            lines.append(f"{len(self.disagreements)} disagreements with the curated data "
                         "(not written):")
            lines.extend(f"  {d}" for d in self.disagreements)
        if self.source_inconsistencies:
            lines.append("inconsistencies in COW's own data, kept as COW has them (orgdb check "
                         "lists them as warnings):")
            lines.extend(f"  {x}" for x in self.source_inconsistencies)
        return "\n".join(lines)


def _header_check(conn: sa.Connection, path: Path, states_path: Path,
                  report: ImportReport) -> tuple[Callable[[list[str]], int], list[Any]]:
    """The reader's header check, which makes the writer once the header is known (it is
    returned in the one-element list)."""
    made: list[Any] = []

    def check(header: list[str]) -> int:
        where = f"{path}:1"
        if tuple(header[:3]) != HEAD or tuple(header[-len(META):]) != META:
            raise CowError(f"{where}: not a COW IGO-year file: the header must start with "
                           f"{', '.join(HEAD)} and end with {', '.join(META)}")
        columns = header[3:-len(META)]
        if len(set(columns)) != len(columns):
            raise CowError(f"{where}: a state column is named twice")
        states = read_states(states_path)
        for col in columns:
            if col not in states:
                raise CowError(f"{where}: column {col!r} is not a state of {states_path}")
        cow = cow_applier()
        try:
            writer = cow.Writer(conn, plan([states[c] for c in columns]), report)
            made.append(writer)
            return int(writer.header(columns))
        except cow.CowConflict as exc:
            raise CowError(f"{where}: {exc}") from None

    return check, made


def import_cow(conn: sa.Connection, path: Path | str, *, states: Path | str | None = None,
               progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import a COW IGO-year file within the caller's transaction (the caller rolls back
    on any error, so a failed import leaves the database as it was). `states` is COW's
    state list, by default states2016.csv beside the file; `progress(done, total)` is
    called with bytes read."""
    path = Path(path)
    states_path = Path(states) if states else path.parent / STATES_FILE
    if not path.exists():
        raise CowError(f"{path}: no such file")
    if not path.is_file():  # a FIFO would hang, a device never end
        raise CowError(f"{path}: not a regular file")
    if not states_path.is_file():
        raise CowError(f"{states_path}: COW's state list is missing",
                       f"put {STATES_FILE} beside the IGO file, or name it with --states")
    report = ImportReport()
    check, made = _header_check(conn, path, states_path, report)
    cow = cow_applier()
    for block in Reader(path, progress).blocks(check):
        writer = made[0]
        try:
            matched = writer.igo(block)
        except cow.CowConflict as exc:
            raise CowError(f"{path}:{block.line}: {exc}") from None
        if matched is not None:
            report.disagreements.extend(_compare(conn, block, matched, writer))
    if made:
        made[0].finish()
    return report



def disagreements(conn: sa.Connection) -> list[Disagreement]:
    """Every disagreement between the COW data the database holds (the carried copy, or
    an import's) and the curated organizations COW is linked to, as an import reports
    them. Reads only (the caller's transaction is not committed)."""
    cow = cow_applier()
    igo = cow.TABLES["cow_igo"]
    linked = list(conn.execute(sa.select(igo.c.id, igo.c.organization_id).where(
        igo.c.owned.is_(False), igo.c.organization_id.is_not(None)).order_by(igo.c.position)))
    if not linked:
        return []
    writer = cow.Writer(conn, {}, cow.Counts())
    writer.resume()
    out: list[Disagreement] = []
    for igo_id, org_id in linked:
        out.extend(_compare(conn, cow.stored_block(conn, igo_id, writer), org_id, writer))
    return out


def _compare(conn: sa.Connection, block: Any, org_id: int, writer: Any) -> list[Disagreement]:
    """One IGO's rows against the curated organization they are linked to."""
    tables = {name: METADATA.tables[name] for name in ("organization", "membership", "state")}
    return compare(conn, tables, block, org_id, cow_applier().first_cells(block),
                   writer.states)


# ------------------------------------------------------------------------------ export

