"""`orgdb import cow`: the IGO-year file into the database, in the caller's transaction.

Streamed one IGO's block of rows at a time and written in executemany batches:

- every IGO becomes an organization (code = COW `ioname`), unless it matches one already in
  the database (by a `cow_ionum`/`cow_ioname` identifier, by code, or by name); a matched
  organization is never written to: COW is recorded beside it as a corroborating source
  (identifiers and the `cow_igo` link row) and every disagreement is reported;
- every state column becomes a state (orgdb.interchange.cow.states);
- each unbroken run of years with the same status (1 member, 2 associate, 3 observer) of an
  organization the import created becomes one membership with year precision; a run that
  reaches the last year of an IGO that is not dissolved (COW ends in 2014) has no end, and
  its `observed_until` says how far COW saw it;
- the rest of the file (the IGO's other columns, -9 and -1 cells, every cell of a matched
  organization) is kept raw in the cow_* tables, so the export writes the file back cell
  for cell.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from orgdb.interchange.cow.columns import (
    BATCH,
    CLASSIFICATION,
    HEAD,
    META,
    SOURCE,
    SPAN_COLUMNS,
    STATES_FILE,
    STATUS,
    CowError,
    repaired,
)
from orgdb.interchange.cow.compare import Disagreement, compare
from orgdb.interchange.cow.reader import Block, Reader, runs
from orgdb.interchange.cow.states import ColumnStates, StateResolver, read_states
from orgdb.store.models import METADATA


@dataclass
class ImportReport:
    """What an import added, and what it found."""

    rows: int = 0
    igos: int = 0
    organizations: int = 0
    states: int = 0
    memberships: int = 0
    identifiers: int = 0
    names: int = 0
    unchanged: int = 0  # IGOs imported before, identical: nothing written
    matched: list[str] = field(default_factory=list)  # "CSTO (COW CSTO)"
    disagreements: list[Disagreement] = field(default_factory=list)
    # COW's own inconsistencies, kept as COW has them (orgdb check lists them as warnings)
    source_inconsistencies: list[str] = field(default_factory=list)
    backup: Path | None = None  # of the database before the import

    def added(self) -> int:
        """Rows the import adds (0: a second run of the same file)."""
        return (self.igos - self.unchanged + self.organizations + self.states
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



def _norm(name: str) -> str:
    name = re.sub(r"\s*\([^()]*\)\s*$", "", name)  # a trailing "(NATO)"
    name = name.casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^\w]+", " ", name).split())


def _display_name(long: str, ioname: str) -> str:
    """COW's long name without a trailing "(NATO)" that only repeats the code."""
    m = re.fullmatch(r"(.*\S)\s*\(([^()]*)\)\s*", long)
    if m and m[2].strip().casefold() == ioname.casefold():
        return m[1]
    return long.strip()


def _year_start(text: str) -> dt.date | None:
    return dt.date(int(text), 1, 1) if text.strip().isdigit() else None


def _year_end(text: str) -> dt.date | None:
    return dt.date(int(text), 12, 31) if text.strip().isdigit() else None


class _Importer:
    def __init__(self, conn: sa.Connection, path: Path, states_path: Path,
                 progress: Callable[[int, int], None] | None) -> None:
        self.conn = conn
        self.path = path
        self.states_path = states_path
        self.progress = progress
        self.report = ImportReport()
        self.t = {name: METADATA.tables[name] for name in (
            "source", "state", "state_name", "organization", "organization_name",
            "organization_identifier", "membership", "cow_state", "cow_state_period",
            "cow_igo", "cow_span", "cow_cell_run")}
        self.pending: dict[str, list[dict[str, Any]]] = {k: [] for k in (
            "membership", "cow_span", "cow_cell_run", "organization_name",
            "organization_identifier")}
        self.columns: list[str] = []
        self.col_state: list[int] = []  # cow_state.id per state column
        self.states = ColumnStates([], [])  # the state of each year of each column
        self._load()

    # -- the database's current contents, cached (no per-row SELECT)

    def _rows(self, table: str, *cols: str) -> list[Any]:
        t = self.t[table]
        return list(self.conn.execute(sa.select(*(t.c[c] for c in cols))))

    def _load(self) -> None:
        self.source_id = self._source()
        self.org_code: dict[str, int] = {}
        self.org_info: dict[int, tuple[str, bool]] = {}
        self.org_by_name: dict[str, set[int]] = {}
        for oid, code, name, curated in self._rows("organization", "id", "code", "name",
                                                   "curated"):
            self.org_code[code] = oid
            self.org_info[oid] = (code, bool(curated))
            self.org_by_name.setdefault(_norm(name), set()).add(oid)
        for oid, name in self._rows("organization_name", "organization_id", "name"):
            self.org_by_name.setdefault(_norm(name), set()).add(oid)
        self.ident: dict[tuple[str, str], int] = {
            (s, i): oid for oid, s, i in self._rows("organization_identifier",
                                                   "organization_id", "scheme", "identifier")}
        self.igos: dict[str, tuple[int, int | None, bool, str]] = {
            io: (iid, oid, bool(owned), digest) for iid, io, oid, owned, digest in
            self._rows("cow_igo", "id", "ioname", "organization_id", "owned", "digest")}
        self.linked = {v[1] for v in self.igos.values() if v[1] is not None}
        pos = [p for (p,) in self._rows("cow_igo", "position")]
        self.next_position = max(pos) + 1 if pos else 0

    def _source(self) -> int:
        t = self.t["source"]
        for col in ("key", "url"):
            found = self.conn.execute(sa.select(t.c.id).where(t.c[col] == SOURCE[col]))
            sid = found.scalar()
            if sid is not None:
                return sid
        return self.conn.execute(sa.insert(t).values(
            **SOURCE, retrieved=None, retrieved_precision="day").returning(t.c.id)).scalar_one()

    # -- header and states

    def check_header(self, header: list[str]) -> int:
        where = f"{self.path}:1"
        if tuple(header[:3]) != HEAD or tuple(header[-len(META):]) != META:
            raise CowError(f"{where}: not a COW IGO-year file: the header must start with "
                           f"{', '.join(HEAD)} and end with {', '.join(META)}")
        self.columns = header[3:-len(META)]
        if len(set(self.columns)) != len(self.columns):
            raise CowError(f"{where}: a state column is named twice")
        states = read_states(self.states_path)
        for col in self.columns:
            if col not in states:
                raise CowError(f"{where}: column {col!r} is not a state of "
                               f"{self.states_path}")
        resolver = StateResolver(self.conn, self.t, self.source_id, self.report, where)
        self.col_state, self.states = resolver.resolve([states[c] for c in self.columns])
        return len(self.columns)

    def igo(self, block: Block) -> None:
        rep = self.report
        rep.igos += 1
        rep.rows += len(block.rows)
        digest = hashlib.sha256("\x1e".join("\x1f".join(r) for r in block.rows)
                                .encode()).hexdigest()
        first = dict(zip(SPAN_COLUMNS, [block.rows[0][1], *block.rows[0][-len(META):]],
                         strict=True))
        before = self.igos.get(block.ioname)
        if before is not None:
            igo_id, org_id, owned, old_digest = before
            if old_digest != digest:
                raise CowError(f"{self.path}:{block.line}: IGO {block.ioname!r} was imported "
                               "before from different data",
                               "an import adds, it never rewrites: import into a new database")
            rep.unchanged += 1
            if org_id is not None and not owned:
                self.report.disagreements.extend(
                    compare(self.conn, self.t, block, org_id, first, self.states))
            return
        org_id, owned = self._organization(block, first)
        igo_t = self.t["cow_igo"]
        igo_id = self.conn.execute(sa.insert(igo_t).values(
            ioname=block.ioname, position=self.next_position, organization_id=org_id,
            owned=owned, digest=digest).returning(igo_t.c.id)).scalar_one()
        self.next_position += 1
        self.igos[block.ioname] = (igo_id, org_id, owned, digest)
        self._spans(block, igo_id)
        dissolved = _year_end(first["deaddate"])
        nstates = len(self.columns)
        years = block.years
        last_year = max(years)
        columns = list(zip(*(r[3:3 + nstates] for r in block.rows), strict=True))
        founded = _year_start(first["sdate"])
        if founded and dissolved and dissolved < founded:
            dissolved = None  # as _organization() stores it
        mem, raw = self.pending["membership"], self.pending["cow_cell_run"]
        outside = 0
        for j, cells in enumerate(columns):
            if cells.count("0") == len(cells):
                continue
            for y0, y1, value, state_id in self._runs(j, years, cells):
                if value == "0":
                    continue
                if owned and value in STATUS and state_id is not None:
                    end = dt.date(y1, 12, 31)
                    # alive in the IGO's last year, COW's horizon: no end, only observed
                    open_ = not dissolved and y1 == last_year
                    mem.append({
                        "organization_id": org_id, "state_id": state_id,
                        "status": STATUS[value], "start_date": dt.date(y0, 1, 1),
                        "start_precision": "year", "end_date": None if open_ else end,
                        "end_precision": "day" if open_ else "year",
                        "end_reason": "dissolved" if dissolved and end >= dissolved else None,
                        "observed_until": end if open_ else None,
                        "confidence": None, "notes": None, "source_id": self.source_id})
                    rep.memberships += 1
                    outside += bool(dissolved and end > dissolved
                                    or founded and dt.date(y0, 1, 1) < founded)
                else:
                    raw.append({"igo_id": igo_id, "cow_state_id": self.col_state[j],
                                 "first_year": y0, "last_year": y1, "value": value})
        if outside:
            rep.source_inconsistencies.append(
                f"{block.ioname}: {outside} membership spells outside its years "
                f"({first['sdate']}-{first['deaddate'] or 'open'})")
        if not owned and org_id is not None:
            self.report.disagreements.extend(
                compare(self.conn, self.t, block, org_id, first, self.states))
        self._flush(final=False)

    def _runs(self, j: int, years: list[int], cells: tuple[str, ...]
              ) -> list[tuple[int, int, str, int | None]]:
        """Column j's runs of one value, cut where its years change state: (first, last,
        value, state id, or None where the cells stay raw)."""
        out = []
        for y0, y1, value in runs(years, cells):
            for p0, p1, state_id in self.states.pieces(j, y0, y1):
                out.append((p0, p1, value, state_id))
        return out

    def _spans(self, block: Block, igo_id: int) -> None:
        n = len(META)
        seq = 0
        start = prev = None
        meta: list[str] | None = None
        spans = self.pending["cow_span"]

        def close() -> None:
            assert meta is not None  # set by the block's first row
            spans.append({"igo_id": igo_id, "seq": seq, "first_year": start,
                          "last_year": prev, **dict(zip(SPAN_COLUMNS, meta, strict=True))})

        for year, row in zip(block.years, block.rows, strict=True):
            cells = [row[1], *row[-n:]]
            if meta is None or prev is None or cells != meta or year != prev + 1:
                if meta is not None:
                    close()
                    seq += 1
                start, meta = year, cells
            prev = year
        close()

    def _organization(self, block: Block, first: dict[str, str]) -> tuple[int | None, bool]:
        """The organization an IGO matches (never written to), or a new one."""
        ioname, ionum = block.ioname, first["ionum"]
        long, short = repaired(first["longorgname"]), repaired(first["orgname"])
        found = self._match(ioname, ionum, long, short)
        if found is not None:
            code, _ = self.org_info[found]
            self.report.matched.append(f"{code} (COW {ioname})")
            self.linked.add(found)
            self._identifiers(found, ioname, ionum)
            return found, False
        code = ioname if ioname not in self.org_code else f"COW-{ioname}"
        if code in self.org_code:
            raise CowError(f"{self.path}:{block.line}: IGO {ioname!r}: codes {ioname!r} and "
                           f"{code!r} are both taken by other organizations")
        founded = _year_start(first["sdate"])
        dissolved = _year_end(first["deaddate"])
        notes = None
        if founded and dissolved and dissolved < founded:
            notes = f"COW gives a death year ({first['deaddate']}) before the start year"
            dissolved = None
        name = _display_name(long, ioname) or short.strip() or ioname
        t = self.t["organization"]
        oid = self.conn.execute(sa.insert(t).values(
            code=code, name=name, classification=CLASSIFICATION, founded=founded,
            founded_precision="year", dissolved=dissolved, dissolved_precision="year",
            headquarters=None, parent_id=None, curated=False, notes=notes,
            source_id=self.source_id).returning(t.c.id)).scalar_one()
        self.report.organizations += 1
        self.org_code[code] = oid
        self.org_info[oid] = (code, False)
        self.linked.add(oid)
        if short.strip() and short.strip() != name:
            self.pending["organization_name"].append(
                {"organization_id": oid, "name": short.strip(), "lang": None})
            self.report.names += 1
        self._identifiers(oid, ioname, ionum)
        return oid, True

    def _match(self, ioname: str, ionum: str, long: str, short: str) -> int | None:
        for key in (("cow_ionum", ionum), ("cow_ioname", ioname)):
            oid = self.ident.get(key)
            if oid is not None and oid not in self.linked:
                return oid
        oid = self.org_code.get(ioname)
        if oid is not None and oid not in self.linked:
            other = [i for (s, i), o in self.ident.items() if o == oid and s == "cow_ionum"]
            if not other or ionum in other:
                return oid
        for name in (long, short):
            ids = self.org_by_name.get(_norm(name), set()) - self.linked
            if len(ids) == 1 and name.strip():
                return next(iter(ids))
        return None

    def _identifiers(self, oid: int, ioname: str, ionum: str) -> None:
        for key in (("cow_ionum", ionum), ("cow_ioname", ioname)):
            if key[1] and key not in self.ident:
                self.ident[key] = oid
                self.pending["organization_identifier"].append(
                    {"organization_id": oid, "scheme": key[0], "identifier": key[1]})
                self.report.identifiers += 1

    # -- a matched organization: compare, never write

    # -- writing

    def _flush(self, *, final: bool) -> None:
        for table in ("organization_name", "organization_identifier", "cow_span",
                      "membership", "cow_cell_run"):
            rows = self.pending[table]
            if rows and (final or len(rows) >= BATCH):
                self.conn.execute(sa.insert(self.t[table]), rows)
                rows.clear()

    def run(self) -> ImportReport:
        for block in Reader(self.path, self.progress).blocks(self.check_header):
            self.igo(block)
        self._flush(final=True)
        return self.report


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
    return _Importer(conn, path, states_path, progress).run()


# ------------------------------------------------------------------------------ export

