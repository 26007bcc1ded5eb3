"""Applier of the Correlates of War IGO-year file (COW IGO v3's layout), FROZEN: never edit
this file; a new layout or a new way of writing it is a new module beside this one.

Data revision 0052 applies, through it, the copy of COW IGO v3 the package carries
(seeds/0052_cow_igo_v3.csv.gz) with the state plan written for that copy
(seeds/0052_cow_igo_v3_states.json); `orgdb import cow FILE` writes a user's file through
the same Writer, with the state plan of the orgdb that reads it
(orgdb.interchange.cow.states.plan). It imports nothing from orgdb and no pycountry.

The state plan gives, for each state column, COW's own line of its state list, the code of
the state its years belong to, and its periods (years that belong to another state, or to
none: `""`, a cell kept raw); and, for each code, the state to create when the database has
none. The Writer:
- finds each column's state (by code, ISO alpha-2 or alpha-3, or COW code) or creates it,
  and records the column (cow_state) and its periods (cow_state_period);
- makes every IGO an organization (code = COW `ioname`), unless it matches one already in
  the database (by a cow_ionum/cow_ioname identifier, by code, or by name): a matched
  organization is never written to; the cow_igo row links it;
- makes each unbroken run of years with the same status (1 member, 2 associate,
  3 observer) of an organization it created one membership with year precision; a run that
  reaches the last year of an IGO that is not dissolved has no end, and its
  `observed_until` says how far COW saw it;
- keeps the rest (the IGO's other columns, -9 and -1 cells, every cell of a matched
  organization) raw in cow_span and cow_cell_run, so the file can be written back cell for
  cell.
It adds nothing to a row it did not create, so that remove() takes back exactly what it
added. An IGO met again with the same rows is left as it is; with other rows (a newer
release), its earlier rows are replaced.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any

import sqlalchemy as sa

_S, _I, _D, _B = sa.String, sa.Integer, sa.Date, sa.Boolean


def _table(name: str, /, **cols: Any) -> sa.TableClause:
    return sa.table(name, sa.column("id", _I), *(sa.column(c, t) for c, t in cols.items()))


HEAD = ("ioname", "orgname", "year")
META = ("sdate", "deaddate", "dead", "integrated", "replaced", "longorgname", "ionum",
        "igocode", "version", "accuracyofpre1965membershipdates", "sourcesandnotes",
        "imputed", "political", "social", "economic")
SPAN_COLUMNS = ("orgname", *META)
STATUS = {"1": "member", "2": "associate", "3": "observer"}
CLASSIFICATION = "intergovernmental organization"
FIRST_YEAR, LAST_YEAR = 1816, 2016  # the years a state column may hold
BATCH = 5000
SOURCE = {
    "key": "cow-igo-v3",
    "title": "Correlates of War: Intergovernmental Organizations v3",
    "publisher": "Correlates of War Project",
    "url": "https://correlatesofwar.org/data-sets/igos/",
    "published": dt.date(2019, 7, 1),
    "published_precision": "month",
    "notes": "IGO-year format, version 3.0, 1816-2014 (published: the codebook's date, "
             "July 2019); coded by year, no source per cell. Cite: Pevehouse, Jon C.W., "
             "Timothy Nordstrom, Roseanne W. McManus and Anne Spencer Jamison, 'Tracking "
             "Organizations in the World: The Correlates of War IGO Version 3.0 Datasets', "
             "Journal of Peace Research 57(3), 2020, 492-503, doi:10.1177/0022343319881175",
}

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
    "membership": _table("membership", organization_id=_I, state_id=_I, status=_S,
                         start_date=_D, start_precision=_S, end_date=_D, end_precision=_S,
                         end_reason=_S, observed_until=_D, confidence=_S, notes=_S,
                         source_id=_I),
    "cow_state": _table("cow_state", name=_S, position=_I, ccode=_I, stateabb=_S,
                        statenme=_S, state_id=_I),
    "cow_state_period": _table("cow_state_period", cow_state_id=_I, first_year=_I,
                               last_year=_I, state_id=_I),
    "cow_igo": _table("cow_igo", ioname=_S, position=_I, organization_id=_I, owned=_B,
                      digest=_S, carried=_B),
    "cow_span": _table("cow_span", igo_id=_I, seq=_I, first_year=_I, last_year=_I,
                       **{c: _S for c in SPAN_COLUMNS}),
    "cow_cell_run": _table("cow_cell_run", igo_id=_I, cow_state_id=_I, first_year=_I,
                           last_year=_I, value=_S),
}


class CowConflict(Exception):
    """The file or its state plan does not fit the database."""


@dataclass
class Block:
    """One IGO's rows, in the file's order."""

    ioname: str
    line: int  # of its first row
    rows: list[list[str]]
    years: list[int]


@dataclass
class Counts:
    """What a Writer added and found (orgdb's ImportReport extends it)."""

    rows: int = 0
    igos: int = 0
    organizations: int = 0
    states: int = 0
    memberships: int = 0
    identifiers: int = 0
    names: int = 0
    unchanged: int = 0  # IGOs held before with the same rows: nothing written
    replaced: int = 0  # IGOs held before from other rows (an earlier release)
    matched: list[str] = field(default_factory=list)  # "CSTO (COW CSTO)"
    # COW's own inconsistencies, kept as COW has them (orgdb check lists them as warnings)
    source_inconsistencies: list[str] = field(default_factory=list)


@dataclass
class ColumnStates:
    """The state each year of each state column belongs to: the column's own, or another
    (a period), or none (the cell stays a cell)."""

    own: list[int]
    periods: list[list[tuple[int, int, int | None]]]

    def state(self, j: int, year: int) -> int | None:
        for first, last, state_id in self.periods[j]:
            if first <= year <= last:
                return state_id
        return self.own[j]

    def pieces(self, j: int, y0: int, y1: int) -> list[tuple[int, int, int | None]]:
        """Years y0..y1 of column j cut where the state they belong to changes."""
        if not self.periods[j]:  # most columns: one state all along
            return [(y0, y1, self.own[j])]
        out: list[tuple[int, int, int | None]] = []
        for year in range(y0, y1 + 1):
            sid = self.state(j, year)
            if out and out[-1][2] == sid and out[-1][1] == year - 1:
                out[-1] = (out[-1][0], year, sid)
            else:
                out.append((year, year, sid))
        return out


def runs(years: list[int], cells: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    """(first year, last year, value) of each unbroken run of one value; a gap in the
    years ends a run."""
    if years[-1] - years[0] == len(years) - 1:  # no gap, as in most IGOs: C-speed groups
        start = years[0]
        for value, group in groupby(cells):
            n = len(list(group))
            yield start, start + n - 1, value
            start += n
        return
    start = prev = years[0]
    value = cells[0]
    for year, cell in zip(years[1:], cells[1:], strict=True):
        if cell != value or year != prev + 1:
            yield start, prev, value
            start, value = year, cell
        prev = year
    yield start, prev, value


def first_cells(block: Block) -> dict[str, str]:
    """The IGO's non-state cells in its first row, by column name."""
    row = block.rows[0]
    return dict(zip(SPAN_COLUMNS, [row[1], *row[-len(META):]], strict=True))


def digest(block: Block) -> str:
    return hashlib.sha256("\x1e".join("\x1f".join(r) for r in block.rows)
                          .encode()).hexdigest()


def repaired(text: str) -> str:
    """A COW name with its Mac Roman letters restored and tabs made spaces (COW v3's file
    was converted from Mac Roman as if it were Latin-1: its é arrives as U+008E)."""
    return "".join(bytes([ord(c)]).decode("mac_roman") if 0x80 <= ord(c) < 0xA0 else
                   " " if c == "\t" else c for c in text)


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


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


# ------------------------------------------------------------------------------ states


class _States:
    """Each column of the plan, and each of its periods, matched to a state or created."""

    def __init__(self, w: Writer, plan: dict[str, Any]) -> None:
        self.w, self.conn, self.t = w, w.conn, TABLES
        self.targets: dict[str, dict[str, Any]] = plan["states"]
        self.columns: dict[str, dict[str, Any]] = {c["column"]: c for c in plan["columns"]}
        st = self.t["state"]
        existing = list(self.conn.execute(sa.select(st.c.id, st.c.code, st.c.alpha2,
                                                    st.c.alpha3, st.c.cow_code)))
        self.by_code = {r.code: r.id for r in existing}
        self.by_a2 = {r.alpha2: r.id for r in existing if r.alpha2}
        self.by_a3 = {r.alpha3: r.id for r in existing if r.alpha3}
        self.by_cow = {r.cow_code: r.id for r in existing
                       if r.cow_code is not None and not r.alpha2 and not r.alpha3}
        self.taken_names = {n for (n,) in self.conn.execute(sa.select(st.c.name))} | {
            n for (n,) in self.conn.execute(sa.select(self.t["state_name"].c.name))}
        ct, pt = self.t["cow_state"], self.t["cow_state_period"]
        self.cow_rows = {r.name: r for r in self.conn.execute(
            sa.select(ct.c.id, ct.c.name, ct.c.position, ct.c.state_id))}
        self.cow_periods: dict[int, list[tuple[int, int, int | None]]] = {}
        for cid, first, last, sid in self.conn.execute(sa.select(
                pt.c.cow_state_id, pt.c.first_year, pt.c.last_year, pt.c.state_id)
                .order_by(pt.c.first_year)):
            self.cow_periods.setdefault(cid, []).append((first, last, sid))
        self.next_position = max((r.position for r in self.cow_rows.values()),
                                 default=-1) + 1

    def resolve(self, names: list[str]) -> tuple[list[int], ColumnStates]:
        """The cow_state id of each column, in order, and the states of its years."""
        cow_ids, own, periods = [], [], []
        for name in names:
            col = self.columns.get(name)
            if col is None:
                raise CowConflict(f"column {name!r} is not a state of the state plan")
            known = self.cow_rows.get(name)
            if known is not None and known.state_id is not None:
                state_id, spans = known.state_id, self.cow_periods.get(known.id, [])
            else:
                state_id, spans = self._state_for(col), self._periods_for(col)
                if known is not None:
                    ct = self.t["cow_state"]
                    self.conn.execute(sa.update(ct).where(ct.c.id == known.id)
                                      .values(state_id=state_id))
                    self._add_periods(known.id, spans)
            cow_ids.append(known.id if known is not None
                           else self._add_column(col, state_id, spans))
            own.append(state_id)
            periods.append(spans)
        columns = ColumnStates(own, periods)
        self._check_one_column_a_state_year(names, columns)
        return cow_ids, columns

    def _state_for(self, col: dict[str, Any]) -> int:
        code = col["state"]
        return self._find(code, col["ccode"]) or self._create(code, col)

    def _periods_for(self, col: dict[str, Any]) -> list[tuple[int, int, int | None]]:
        out: list[tuple[int, int, int | None]] = []
        for first, last, code in col["periods"]:
            state_id = None
            if code:
                state_id = self._find(code, None) or self._create(code, None)
            out.append((first, last, state_id))
        return out

    def _check_one_column_a_state_year(self, names: list[str], columns: ColumnStates) -> None:
        """Two columns may give one state years of their own, never the same year."""
        owner: dict[tuple[int, int], str] = {}
        for j, name in enumerate(names):
            for year in range(FIRST_YEAR, LAST_YEAR + 1):
                sid = columns.state(j, year)
                if sid is None:
                    continue
                other = owner.setdefault((sid, year), name)
                if other != name:
                    raise CowConflict(f"columns {other!r} and {name!r} both give one state "
                                      f"the year {year}")

    def _find(self, code: str, ccode: int | None) -> int | None:
        target = self.targets[code]
        if code in self.by_code:
            return self.by_code[code]
        if target["alpha2"] and not target["historic"] and target["alpha2"] in self.by_a2:
            return self.by_a2[target["alpha2"]]
        if target["alpha3"] and target["alpha3"] in self.by_a3:
            return self.by_a3[target["alpha3"]]
        if code.startswith("COW-") and ccode is not None:
            return self.by_cow.get(ccode)
        return None

    def _create(self, code: str, col: dict[str, Any] | None) -> int:
        """A state the database lacks, with its other names that no state has, and COW's
        dates when it is a column's own state and is no more."""
        target = self.targets[code]
        dated = col is not None and target["historic"]
        st = self.t["state"]
        state_id = self.conn.execute(sa.insert(st).values(
            code=code, name=target["name"] or code,
            alpha2=target["alpha2"] if target["alpha2"] not in self.by_a2 else None,
            alpha3=target["alpha3"] if target["alpha3"] not in self.by_a3 else None,
            cow_code=col["ccode"] if col else None,
            start_date=_day(col["start"]) if dated and col else None, start_precision="day",
            end_date=_day(col["end"]) if dated and col else None, end_precision="day",
            source_id=self.w.source_id).returning(st.c.id)).scalar_one()
        self.w.report.states += 1
        self.by_code[code] = state_id
        self.by_a2.setdefault(target["alpha2"] or "", state_id)
        self.by_a3.setdefault(target["alpha3"] or "", state_id)
        self.taken_names.add(target["name"])
        new = [n for n in target["other_names"] if n not in self.taken_names]
        if new:
            self.conn.execute(sa.insert(self.t["state_name"]),
                              [{"state_id": state_id, "name": n, "lang": "en"} for n in new])
            self.taken_names.update(new)
            self.w.report.names += len(new)
        return state_id

    def _add_column(self, col: dict[str, Any], state_id: int,
                    spans: list[tuple[int, int, int | None]]) -> int:
        ct = self.t["cow_state"]
        cow_id = self.conn.execute(sa.insert(ct).values(
            name=col["column"], position=self.next_position, ccode=col["ccode"],
            stateabb=col["stateabb"], statenme=col["statenme"],
            state_id=state_id).returning(ct.c.id)).scalar_one()
        self.next_position += 1
        self._add_periods(cow_id, spans)
        return cow_id

    def _add_periods(self, cow_id: int, spans: list[tuple[int, int, int | None]]) -> None:
        if spans:
            self.conn.execute(sa.insert(self.t["cow_state_period"]), [
                {"cow_state_id": cow_id, "first_year": first, "last_year": last,
                 "state_id": sid} for first, last, sid in spans])


# ------------------------------------------------------------------------------ the writer


class Writer:
    """Writes an IGO-year file, one IGO's block at a time, in the caller's transaction:
    header(columns) first, then igo(block) for each, then finish()."""

    def __init__(self, conn: Any, plan: dict[str, Any], report: Any, *,
                 carried: bool = False) -> None:
        self.conn = conn
        self.carried = carried  # writing the copy the package carries (cow_igo.carried)
        self.plan = plan
        self.report = report  # a Counts, or anything with its fields
        self.t = TABLES
        self.pending: dict[str, list[dict[str, Any]]] = {k: [] for k in (
            "membership", "cow_span", "cow_cell_run", "organization_name",
            "organization_identifier")}
        self.ncolumns = 0
        self.col_state: list[int] = []
        self.states = ColumnStates([], [])
        self._load(SOURCE)

    def _rows(self, table: str, *cols: str) -> list[Any]:
        t = self.t[table]
        return list(self.conn.execute(sa.select(*(t.c[c] for c in cols))))

    def _load(self, source: dict[str, Any]) -> None:
        self.source_id = self._source(source)
        self.org_code: dict[str, int] = {}
        self.org_info: dict[int, str] = {}
        self.org_by_name: dict[str, set[int]] = {}
        for oid, code, name in self._rows("organization", "id", "code", "name"):
            self.org_code[code] = oid
            self.org_info[oid] = code
            self.org_by_name.setdefault(_norm(name), set()).add(oid)
        for oid, name in self._rows("organization_name", "organization_id", "name"):
            self.org_by_name.setdefault(_norm(name), set()).add(oid)
        self.ident: dict[tuple[str, str], int] = {
            (s, i): oid for oid, s, i in self._rows("organization_identifier",
                                                   "organization_id", "scheme", "identifier")}
        self.igos: dict[str, tuple[int, int | None, bool, str]] = {
            io: (iid, oid, bool(owned), dig) for iid, io, oid, owned, dig in
            self._rows("cow_igo", "id", "ioname", "organization_id", "owned", "digest")}
        self.linked = {v[1] for v in self.igos.values() if v[1] is not None}
        pos = [p for (p,) in self._rows("cow_igo", "position")]
        self.next_position = max(pos) + 1 if pos else 0

    def _source(self, source: dict[str, Any]) -> int:
        t = self.t["source"]
        for col in ("key", "url"):
            found = self.conn.execute(sa.select(t.c.id).where(t.c[col] == source[col]))
            sid = found.scalar()
            if sid is not None:
                return sid
        return self.conn.execute(sa.insert(t).values(
            **source, retrieved=None, retrieved_precision="day").returning(t.c.id)).scalar_one()

    def resume(self) -> None:
        """The state columns as the database holds them (to write one IGO again)."""
        ct, pt = self.t["cow_state"], self.t["cow_state_period"]
        cols = list(self.conn.execute(sa.select(ct.c.id, ct.c.state_id)
                                      .order_by(ct.c.position)))
        periods: dict[int, list[tuple[int, int, int | None]]] = {}
        for cid, first, last, sid in self.conn.execute(sa.select(
                pt.c.cow_state_id, pt.c.first_year, pt.c.last_year, pt.c.state_id)
                .order_by(pt.c.first_year)):
            periods.setdefault(cid, []).append((first, last, sid))
        self.ncolumns = len(cols)
        self.col_state = [cid for cid, _ in cols]
        self.states = ColumnStates([sid for _, sid in cols],
                                   [periods.get(cid, []) for cid, _ in cols])

    def header(self, columns: list[str]) -> int:
        """The state columns, in the file's order; returns their number."""
        self.ncolumns = len(columns)
        self.col_state, self.states = _States(self, self.plan).resolve(columns)
        return self.ncolumns

    def igo(self, block: Block, *, place: Held | None = None) -> int | None:
        """Write one IGO; returns the organization it matched (never written to, for the
        caller to compare with), or None for one it created. `place` puts back an IGO
        release() took out: at its position, with its carried mark, linked to the
        organization it names (or, with none, owning an organization of its own)."""
        rep = self.report
        rep.igos += 1
        rep.rows += len(block.rows)
        dig = digest(block)
        first = first_cells(block)
        before = self.igos.get(block.ioname)
        reuse: int | None = None
        if before is not None:
            igo_id, org_id, owned, old = before
            if old == dig:
                rep.unchanged += 1
                return org_id if not owned else None
            self._drop(igo_id, org_id, owned)  # a newer release: its rows replace these
            rep.replaced += 1
            reuse = org_id if owned else None
            if org_id is not None:
                self.linked.discard(org_id)
        if place is not None and place.organization is not None:
            org_id, owned = place.organization, False
            self.linked.add(org_id)
        else:
            org_id, owned = self._organization(block, first, reuse, own=place is not None)
        igo_t = self.t["cow_igo"]
        igo_id = self.conn.execute(sa.insert(igo_t).values(
            ioname=block.ioname,
            position=self.next_position if place is None else place.position,
            organization_id=org_id, owned=owned, digest=dig,
            carried=self.carried if place is None else place.carried,
        ).returning(igo_t.c.id)).scalar_one()
        if place is None:
            self.next_position += 1
        self.igos[block.ioname] = (igo_id, org_id, owned, dig)
        self._spans(block, igo_id)
        self._cells(block, first, igo_id, org_id, owned)
        self._flush(final=False)
        return org_id if not owned else None

    def _cells(self, block: Block, first: dict[str, str], igo_id: int,
               org_id: int | None, owned: bool) -> None:
        dissolved = _year_end(first["deaddate"])
        founded = _year_start(first["sdate"])
        if founded and dissolved and dissolved < founded:
            dissolved = None  # as _organization() stores it
        years = block.years
        last_year = max(years)
        n = self.ncolumns
        columns = list(zip(*(r[3:3 + n] for r in block.rows), strict=True))
        mem, raw = self.pending["membership"], self.pending["cow_cell_run"]
        outside = 0
        for j, cells in enumerate(columns):
            if cells.count("0") == len(cells):
                continue
            for y0, y1, value in runs(years, cells):
                if value == "0":
                    continue
                for p0, p1, state_id in self.states.pieces(j, y0, y1):
                    if owned and value in STATUS and state_id is not None:
                        end = dt.date(p1, 12, 31)
                        # alive in the IGO's last year, COW's horizon: no end, only observed
                        open_ = not dissolved and p1 == last_year
                        mem.append({
                            "organization_id": org_id, "state_id": state_id,
                            "status": STATUS[value], "start_date": dt.date(p0, 1, 1),
                            "start_precision": "year", "end_date": None if open_ else end,
                            "end_precision": "day" if open_ else "year",
                            "end_reason": "dissolved" if dissolved and end >= dissolved
                            else None,
                            "observed_until": end if open_ else None,
                            "confidence": None, "notes": None, "source_id": self.source_id})
                        self.report.memberships += 1
                        outside += bool(dissolved and end > dissolved
                                        or founded and dt.date(p0, 1, 1) < founded)
                    else:
                        raw.append({"igo_id": igo_id, "cow_state_id": self.col_state[j],
                                    "first_year": p0, "last_year": p1, "value": value})
        if outside:
            self.report.source_inconsistencies.append(
                f"{block.ioname}: {outside} membership spells outside its years "
                f"({first['sdate']}-{first['deaddate'] or 'open'})")

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

    def _organization(self, block: Block, first: dict[str, str],
                      reuse: int | None, *, own: bool = False) -> tuple[int | None, bool]:
        """The organization an IGO matches (never written to), or the one it owns: `reuse`
        (an earlier release's, rewritten) or a new one (always, with `own`)."""
        ioname, ionum = block.ioname, first["ionum"]
        long, short = repaired(first["longorgname"]), repaired(first["orgname"])
        if reuse is None and not own:
            found = self._match(ioname, ionum, long, short)
            if found is not None:
                self.report.matched.append(f"{self.org_info[found]} (COW {ioname})")
                self.linked.add(found)
                return found, False
        founded = _year_start(first["sdate"])
        dissolved = _year_end(first["deaddate"])
        notes = None
        if founded and dissolved and dissolved < founded:
            notes = f"COW gives a death year ({first['deaddate']}) before the start year"
            dissolved = None
        name = _display_name(long, ioname) or short.strip() or ioname
        values = {"name": name, "classification": CLASSIFICATION, "founded": founded,
                  "founded_precision": "year", "dissolved": dissolved,
                  "dissolved_precision": "year", "notes": notes}
        t = self.t["organization"]
        if reuse is not None:
            self.conn.execute(sa.update(t).where(t.c.id == reuse).values(**values))
            self.linked.add(reuse)
            return reuse, True
        code = ioname if ioname not in self.org_code else f"COW-{ioname}"
        if code in self.org_code:
            raise CowConflict(f"IGO {ioname!r}: codes {ioname!r} and {code!r} are both "
                              "taken by other organizations")
        oid = self.conn.execute(sa.insert(t).values(
            code=code, **values, headquarters=None, parent_id=None, curated=False,
            source_id=self.source_id).returning(t.c.id)).scalar_one()
        self.report.organizations += 1
        self.org_code[code] = oid
        self.org_info[oid] = code
        self.linked.add(oid)
        if short.strip() and short.strip() != name:
            self.pending["organization_name"].append(
                {"organization_id": oid, "name": short.strip(), "lang": None})
            self.report.names += 1
        for key in (("cow_ionum", ionum), ("cow_ioname", ioname)):
            if key[1] and key not in self.ident:
                self.ident[key] = oid
                self.pending["organization_identifier"].append(
                    {"organization_id": oid, "scheme": key[0], "identifier": key[1]})
                self.report.identifiers += 1
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

    def _drop(self, igo_id: int, org_id: int | None, owned: bool) -> None:
        """An IGO's rows from an earlier file: its cells, and the memberships COW gave the
        organization it owns (the organization stays, to be rewritten)."""
        self._flush(final=True)
        for table in ("cow_cell_run", "cow_span"):
            t = self.t[table]
            self.conn.execute(sa.delete(t).where(t.c.igo_id == igo_id))
        if owned and org_id is not None:
            m = self.t["membership"]
            self.conn.execute(sa.delete(m).where(m.c.organization_id == org_id,
                                                 m.c.source_id == self.source_id))
        igo = self.t["cow_igo"]
        self.conn.execute(sa.delete(igo).where(igo.c.id == igo_id))

    def _flush(self, *, final: bool) -> None:
        for table in ("organization_name", "organization_identifier", "cow_span",
                      "membership", "cow_cell_run"):
            rows = self.pending[table]
            if rows and (final or len(rows) >= BATCH):
                self.conn.execute(sa.insert(self.t[table]), rows)
                rows.clear()

    def finish(self) -> None:
        self._flush(final=True)


# ------------------------------------------------------------------------------ removal


def remove(conn: Any) -> None:
    """Take back every row a Writer added: the cow_* tables, the organizations COW owns
    with their names, identifiers and memberships, the states created for it that nothing
    else refers to, and its source row if nothing refers to it. Raises CowConflict, having
    removed nothing, where a row of someone else's refers to an organization COW owns."""
    t = TABLES
    src = conn.execute(sa.select(t["source"].c.id).where(
        t["source"].c.key == SOURCE["key"])).scalar()
    igo, m = t["cow_igo"], t["membership"]
    owned = [oid for (oid,) in conn.execute(sa.select(igo.c.organization_id).where(
        igo.c.owned.is_(True), igo.c.organization_id.is_not(None)))]
    refs = _referrers(conn)
    owned_ids = set(owned)
    for table, column in refs.get("organization", []):  # one query a referring column
        if table in ("cow_igo", "organization_name", "organization_identifier"):
            continue
        rt = sa.table(table, sa.column(column), sa.column("source_id"))
        q = sa.select(rt.c[column]).where(rt.c[column].is_not(None)).distinct()
        if table == "membership" and src is not None:
            q = q.where(rt.c.source_id != src)
        for (oid,) in conn.execute(q):
            if oid in owned_ids:
                code = conn.execute(sa.select(t["organization"].c.code).where(
                    t["organization"].c.id == oid)).scalar()
                raise CowConflict(f"organization {code} holds COW's data and a {table} row "
                                  "that is not COW's refers to it")
    for table in ("cow_cell_run", "cow_span", "cow_igo", "cow_state_period", "cow_state"):
        conn.execute(sa.delete(t[table]))
    for start in range(0, len(owned), 500):
        part = owned[start:start + 500]
        conn.execute(sa.delete(m).where(m.c.organization_id.in_(part)))
        for table in ("organization_name", "organization_identifier"):
            conn.execute(sa.delete(t[table]).where(t[table].c.organization_id.in_(part)))
        conn.execute(sa.delete(t["organization"]).where(t["organization"].c.id.in_(part)))
    if src is None:
        return
    st = t["state"]
    for (sid,) in list(conn.execute(sa.select(st.c.id).where(st.c.source_id == src))):
        if not _referred(conn, refs, "state", sid, ignore=("state_name",)):
            conn.execute(sa.delete(t["state_name"]).where(t["state_name"].c.state_id == sid))
            conn.execute(sa.delete(st).where(st.c.id == sid))
    if not _referred(conn, refs, "source", src):
        conn.execute(sa.delete(t["source"]).where(t["source"].c.id == src))


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


def _referred(conn: Any, refs: dict[str, list[tuple[str, str]]], table: str, row_id: int,
              ignore: tuple[str, ...] = ()) -> bool:
    for other, column in refs.get(table, []):
        if other in ignore:
            continue
        rt = sa.table(other, sa.column(column))
        if conn.execute(sa.select(sa.func.count()).select_from(rt)
                        .where(rt.c[column] == row_id)).scalar():
            return True
    return False


# ------------------------------------------------------------------- handing an IGO over


@dataclass
class Held:
    """An IGO release() took out of the database: its rows, as COW's file has them, and
    where it was; `organization` is the one to link it to when it is put back (None: it
    owns one of its own again)."""

    block: Block
    position: int
    carried: bool
    organization: int | None = None


def stored_block(conn: Any, igo_id: int, writer: Writer) -> Block:
    """An IGO's rows as COW's file has them, from what the database keeps: its spans,
    its raw cells and (an IGO that owns its organization) the memberships COW gave it."""
    t = TABLES
    igo = conn.execute(sa.select(t["cow_igo"]).where(t["cow_igo"].c.id == igo_id)).one()
    sp = t["cow_span"]
    spans = list(conn.execute(sa.select(sp).where(sp.c.igo_id == igo_id).order_by(sp.c.seq)))
    cells: dict[int, list[str]] = {}
    for span in spans:
        for year in range(span.first_year, span.last_year + 1):
            cells[year] = ["0"] * writer.ncolumns
    index = {cid: j for j, cid in enumerate(writer.col_state)}
    cr = t["cow_cell_run"]
    for cid, first, last, value in conn.execute(sa.select(
            cr.c.cow_state_id, cr.c.first_year, cr.c.last_year, cr.c.value)
            .where(cr.c.igo_id == igo_id)):
        for year in range(first, last + 1):
            if year in cells:
                cells[year][index[cid]] = value
    if igo.owned and igo.organization_id is not None:
        column_of: dict[tuple[int, int], int] = {}
        for j in range(writer.ncolumns):
            for year in range(FIRST_YEAR, LAST_YEAR + 1):
                sid = writer.states.state(j, year)
                if sid is not None:
                    column_of.setdefault((sid, year), j)
        m = t["membership"]
        cell_of = {v: k for k, v in STATUS.items()}
        for sid, status, start, end in conn.execute(sa.select(
                m.c.state_id, m.c.status, m.c.start_date, m.c.end_date).where(
                m.c.organization_id == igo.organization_id,
                m.c.source_id == writer.source_id)):
            last = _day(str(end)[:10]).year if end else max(cells)  # type: ignore[union-attr]
            for year in range(_day(str(start)[:10]).year, last + 1):  # type: ignore[union-attr]
                j = column_of.get((sid, year))
                if year in cells and j is not None:
                    cells[year][j] = cell_of[status]
    block = Block(igo.ioname, 0, [], [])
    for span in spans:
        meta = [getattr(span, c) for c in SPAN_COLUMNS]
        for year in range(span.first_year, span.last_year + 1):
            block.rows.append([igo.ioname, meta[0], str(year), *cells[year], *meta[1:]])
            block.years.append(year)
    return block


def release(conn: Any, ioname: str) -> Held:
    """Take one IGO out: its cow_* rows and, where it owns its organization, that
    organization with its names, identifiers and COW's memberships (refused, CowConflict,
    where a row that is not COW's refers to it). put_back() writes it in again."""
    t = TABLES
    igo_t = t["cow_igo"]
    igo = conn.execute(sa.select(igo_t).where(igo_t.c.ioname == ioname)).first()
    if igo is None:
        raise CowConflict(f"the database holds no COW IGO {ioname!r}")
    writer = Writer(conn, {}, Counts())
    writer.resume()
    held = Held(stored_block(conn, igo.id, writer), igo.position, bool(igo.carried))
    writer._drop(igo.id, igo.organization_id, bool(igo.owned))
    if igo.owned and igo.organization_id is not None:
        oid = igo.organization_id
        for table, column in _referrers(conn).get("organization", []):
            if table in ("cow_igo", "organization_name", "organization_identifier"):
                continue
            rt = sa.table(table, sa.column(column))
            if conn.execute(sa.select(sa.func.count()).select_from(rt)
                            .where(rt.c[column] == oid)).scalar():
                raise CowConflict(f"COW IGO {ioname!r}: a {table} row that is not COW's "
                                  "refers to its organization")
        for table in ("organization_name", "organization_identifier"):
            conn.execute(sa.delete(t[table]).where(t[table].c.organization_id == oid))
        conn.execute(sa.delete(t["organization"]).where(t["organization"].c.id == oid))
    return held


def put_back(conn: Any, held: Held) -> None:
    """Write an IGO release() took out in again, where it was (see Writer.igo)."""
    writer = Writer(conn, {}, Counts())
    writer.resume()
    writer.igo(held.block, place=held)
    writer.finish()


# ------------------------------------------------------------------------------ revisions


def _seed(name: str, sha256: str) -> bytes:
    from alembic import context

    given = context.config.attributes.get("orgdb_seeds_dir")
    here = Path(__file__).resolve().parent.parent
    for folder in (given, here.parent / "seeds", here.parent / "_seeds"):
        if folder and (Path(folder) / name).is_file():
            raw = (Path(folder) / name).read_bytes()
            if hashlib.sha256(raw).hexdigest() != sha256:
                raise CowConflict(f"seed file {name} is not the one its revision was "
                                  "written with (SHA-256 differs)")
            return raw
    raise CowConflict(f"seed file {name} is missing from this installation")


def blocks(text: Iterable[str]) -> tuple[list[str], Iterator[Block]]:
    """A trusted IGO-year file (the carried copy, checked by its SHA-256): its header and
    its IGOs' blocks."""
    reader = csv.reader(text)
    header = next(reader)

    def gen() -> Iterator[Block]:
        block: Block | None = None
        for row in reader:
            if block is None or row[0] != block.ioname:
                if block is not None:
                    yield block
                block = Block(row[0], reader.line_num, [], [])
            block.rows.append(row)
            block.years.append(int(row[2]))
        if block is not None:
            yield block

    return header, gen()


def _shipped(data: tuple[str, str], plan: tuple[str, str]
             ) -> tuple[list[str], Iterator[Block], dict[str, Any]]:
    raw = gzip.decompress(_seed(data[0], data[1])).decode("utf-8")
    header, found = blocks(io.StringIO(raw, newline=""))
    return header, found, json.loads(_seed(plan[0], plan[1]))


def upgrade(data: tuple[str, str], plan: tuple[str, str]) -> None:
    """A data revision's upgrade(): write the carried file (seed name, SHA-256) with its
    state plan, its IGOs marked carried, unless the database holds COW data already (a
    user's import stands)."""
    from alembic import op
    from alembic.util import CommandError

    conn = op.get_bind()
    if conn.execute(sa.select(sa.func.count()).select_from(TABLES["cow_igo"])).scalar():
        return
    try:
        header, found, plan_doc = _shipped(data, plan)
    except CowConflict as exc:
        raise CommandError(str(exc)) from None
    writer = Writer(conn, plan_doc, Counts(), carried=True)
    writer.header(header[len(HEAD):-len(META)])
    for block in found:
        writer.igo(block)
    writer.finish()


def downgrade(data: tuple[str, str], plan: tuple[str, str]) -> None:
    """A data revision's downgrade(): take back what upgrade() wrote. A database whose COW
    data an import wrote keeps it; one where an import has replaced or added IGOs since
    makes this refuse, naming them."""
    from alembic import op
    from alembic.util import CommandError

    conn = op.get_bind()
    igo = TABLES["cow_igo"]
    held = list(conn.execute(sa.select(igo.c.ioname, igo.c.carried)))
    if not any(carried for _, carried in held):
        return
    imported = sorted(name for name, carried in held if not carried)
    if imported:
        raise CommandError(f"{len(imported)} COW IGOs were imported from another file "
                           f"since the carried copy was written ({', '.join(imported[:3])}"
                           + (", ..." if len(imported) > 3 else "") + "); downgrading "
                           "would lose them: write them out first with orgdb export cow")
    try:
        remove(conn)
    except CowConflict as exc:
        raise CommandError(str(exc)) from None
