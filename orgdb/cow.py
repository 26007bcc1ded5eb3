"""The Correlates of War IGO data set, version 3 (IGO-year format): import and export.

`import_cow()` streams the IGO-year CSV row by row, one IGO's block of rows at a time, and
writes in executemany batches inside the caller's transaction:

- every IGO becomes an organization (code = COW `ioname`), unless it matches one already in
  the database (by a `cow_ionum`/`cow_ioname` identifier, by code, or by name); a matched
  organization is never written to: COW is recorded beside it as a corroborating source
  (identifiers and the `cow_igo` link row) and every disagreement is reported;
- every state column becomes a state, matched by ISO code through `states2016.csv` and
  pycountry, else kept as a historical state coded `COW-<stateabb>` (see STATE_MAP);
- each unbroken run of years with the same status (1 member, 2 associate, 3 observer) of an
  organization the import created becomes one membership with year precision;
- the rest of the file (the IGO's other columns, -9 and -1 cells, every cell of a matched
  organization) is kept raw in the cow_* tables, so `export_cow()` writes the file back
  cell for cell.

See docs/interchange.md for the decisions behind the state mapping.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

import sqlalchemy as sa

from orgdb import queries as q
from orgdb.errors import OrgdbError

SOURCE = {
    "key": "cow-igo-v3",
    "title": "Correlates of War: Intergovernmental Organizations v3",
    "publisher": "Correlates of War Project",
    "url": "https://correlatesofwar.org/data-sets/igos/",
    "published": dt.date(2019, 7, 1),
    "published_precision": "month",
    "notes": "Pevehouse, McManus and Nordstrom, IGO-year format, version 3.0, 1816-2014 "
             "(published: the codebook's date, July 2019); coded by year, no source per cell",
}
STATES_FILE = "states2016.csv"
HEAD = ("ioname", "orgname", "year")
META = ("sdate", "deaddate", "dead", "integrated", "replaced", "longorgname", "ionum",
        "igocode", "version", "accuracyofpre1965membershipdates", "sourcesandnotes",
        "imputed", "political", "social", "economic")
SPAN_COLUMNS = ("orgname", *META)  # the non-state cells of a row, kept per span of years
STATUS = {"1": "member", "2": "associate", "3": "observer"}
CELL_OF_STATUS = {v: k for k, v in STATUS.items()}
CELLS = frozenset({"0", "1", "2", "3", "-9", "-1"})
BATCH = 5000
CLASSIFICATION = "intergovernmental organization"

# COW columns pycountry cannot match by name, or would match wrongly, with their ISO code:
# an ISO 3166-1 alpha-2, an ISO 3166-3 alpha-4 for a former state, or None for a state that
# has no ISO code (kept as a historical state coded COW-<stateabb>).
STATE_MAP: dict[str, str | None] = {
    "antiguabarbuda": "AG", "brunei": "BN", "capeverde": "CV", "ivorycoast": "CI",
    "fyromacedonia": "MK", "stkitts": "KN", "stlucia": "LC", "stvincent": "VC",
    "swaziland": "SZ", "turkey": "TR", "zaire": "CD",
    "etimor": "TL",  # pycountry's name lookup finds TPTL, the pre-2002 code
    # One COW code for a state that changed name or form: the column is the successor.
    "russia": "RU",  # Russian Empire, USSR, Russian Federation
    "yugoslaviaserb": "RS",  # Serbia, Yugoslavia, FR Yugoslavia, Serbia and Montenegro
    "germany": "DE",  # Prussia, German Empire, Germany since 1990
    # Former states with an ISO 3166-3 code.
    "czechoslovakia": "CSHH", "egermany": "DDDE", "syemen": "YDYE",
    # No ISO code of their own: COW's state stays a state of its own.
    "wgermany": None,  # German Federal Republic 1955-1990 (COW 260; `germany` after)
    "nyemen": None,  # Yemen Arab Republic (COW 678; `yemen` is unified Yemen from 1990)
    "svietnam": None, "korea": None, "kosovo": None, "zanzibar": None,
    "austriahungary": None, "baden": None, "bavariaelect": None, "hanover": None,
    "hesseelect": None, "hessegrand": None, "mecklenburg": None, "modena": None,
    "papalstates": None, "parma": None, "saxony": None, "tuscany": None,
    "twosicilies": None, "wurtenburg": None,
}
# The name a state takes when the import creates it, where COW's name is not the state's.
STATE_NAME = {"yugoslaviaserb": "Serbia"}
# Former names a column covers: other names of the state it maps to (added only where no
# other state carries the name already).
HISTORICAL_NAMES: dict[str, tuple[str, ...]] = {
    "russia": ("Russian Empire", "Soviet Union", "USSR"),
    "germany": ("Prussia", "German Empire"),
    "yugoslaviaserb": ("Kingdom of Serbia", "Yugoslavia", "Federal Republic of Yugoslavia",
                       "Serbia and Montenegro"),
    "vietnam": ("Democratic Republic of Vietnam", "North Vietnam"),
    "tanzania": ("Tanganyika",),
    "zaire": ("Zaire",),
    "wsamoa": ("Western Samoa",),
    "myanmar": ("Burma",),
    "srilanka": ("Ceylon",),
    "benin": ("Dahomey",),
    "burkinafaso": ("Upper Volta",),
    "wgermany": ("West Germany",),
    "egermany": ("East Germany",),
    "nyemen": ("North Yemen",),
    "syemen": ("South Yemen",),
    "svietnam": ("South Vietnam",),
    "korea": ("Korean Empire",),
}
# Columns compared, for a matched organization, as if they were another column's state:
# West Germany's memberships are the Federal Republic's, which is Germany (DE) since 1990.
COMPARE_AS = {"wgermany": "germany"}
COW_DATA_END = dt.date(2016, 12, 31)  # states2016.csv's end for a state still in the system


class CowError(OrgdbError):
    """The COW file cannot be imported (named with file, line and column), or the database
    holds no COW data to export."""


@dataclass(frozen=True)
class Disagreement:
    organization: str
    subject: str  # a state's name, or 'founded' / 'dissolved'
    years: str
    cow: str
    curated: str

    def __str__(self) -> str:
        years = f" {self.years}" if self.years else ""
        return (f"{self.organization}: {self.subject}{years}: COW says {self.cow}, "
                f"the curated data says {self.curated}")


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

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["disagreements"] = [str(x) for x in self.disagreements]
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
        return "\n".join(lines)


# ------------------------------------------------------------------------------ states


@dataclass(frozen=True)
class CowStateRow:
    column: str
    ccode: int
    stateabb: str
    statenme: str
    start: dt.date
    end: dt.date | None  # None: still in the system when the list ends


def read_states(path: Path) -> dict[str, CowStateRow]:
    """COW's state list (states2016.csv), by the column name the IGO file uses."""
    if not path.is_file():
        raise CowError(f"{path}: COW's state list is missing",
                       f"put {STATES_FILE} beside the IGO file, or name it with --states")
    out: dict[str, CowStateRow] = {}
    with path.open(newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        need = {"ccode", "stateabb", "statenme", "styear", "stmonth", "stday", "endyear",
                "endmonth", "endday", "state"}
        if not need <= set(reader.fieldnames or ()):
            raise CowError(f"{path}:1: not COW's state list (needs columns "
                           f"{', '.join(sorted(need))})")
        for row in reader:
            where = f"{path}:{reader.line_num}"
            try:
                start = dt.date(int(row["styear"]), int(row["stmonth"]), int(row["stday"]))
                end = dt.date(int(row["endyear"]), int(row["endmonth"]), int(row["endday"]))
                ccode = int(row["ccode"])
            except ValueError as exc:
                raise CowError(f"{where}: {exc}") from None
            col = row["state"]
            prev = out.get(col)
            if prev is not None:  # a state that left the system and came back
                start = min(start, prev.start)
                end = max(end, prev.end or COW_DATA_END)
            out[col] = CowStateRow(col, ccode, row["stateabb"], row["statenme"], start,
                                   None if end >= COW_DATA_END else end)
    return out


@dataclass(frozen=True)
class StateTarget:
    """The state a COW column maps to."""

    code: str
    name: str
    alpha2: str | None
    alpha3: str | None
    historic: bool  # ISO 3166-3 former state, or a state with no ISO code
    other_names: tuple[str, ...]


def state_target(row: CowStateRow) -> StateTarget:
    """Map a COW column to a state: STATE_MAP first, then pycountry by COW's name."""
    import pycountry

    col = row.column
    history = HISTORICAL_NAMES.get(col, ())
    code = STATE_MAP[col] if col in STATE_MAP else _iso_by_name(row.statenme)
    name = STATE_NAME.get(col, row.statenme)
    if code is None:
        return StateTarget(f"COW-{row.stateabb}", name, None, None, True,
                           _names(name, history))
    if len(code) == 4:
        old = pycountry.historic_countries.get(alpha_4=code)
        return StateTarget(code, name, getattr(old, "alpha_2", None),
                           getattr(old, "alpha_3", None), True,
                           _names(name, (old.name, *history)))
    country = pycountry.countries.get(alpha_2=code)
    iso_names = (getattr(country, "common_name", None), country.name,
                 getattr(country, "official_name", None))
    return StateTarget(code, name, code, country.alpha_3, False,
                       _names(name, (*iso_names, *history)))


def _iso_by_name(name: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def _names(name: str, others: tuple[str | None, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for n in others:
        if n and n != name and n not in out:
            out.append(n)
    return tuple(out)


# ------------------------------------------------------------------------------ reading


@dataclass
class _Block:
    ioname: str
    line: int
    rows: list[list[str]]
    years: list[int]


class _Reader:
    """The IGO-year file, streamed: the header, then one IGO's block of rows at a time."""

    def __init__(self, path: Path, progress: Callable[[int, int], None] | None) -> None:
        self.path = path
        self.progress = progress
        self.done = 0
        self.total = 0
        self.line = 0

    def _lines(self, fb: Any) -> Iterator[str]:
        self.total = os.fstat(fb.fileno()).st_size
        first = True
        for n, raw in enumerate(fb, 1):
            self.done += len(raw)
            if first:
                raw = raw.removeprefix(codecs.BOM_UTF8)
                first = False
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                raise CowError(f"{self.path}:{n}: not valid UTF-8") from None
            if self.progress is not None and n % 500 == 0:
                self.progress(self.done, self.total)

    def blocks(self, header_check: Callable[[list[str]], int]) -> Iterator[_Block]:
        try:
            fb = self.path.open("rb")
        except OSError as exc:
            raise CowError(f"{self.path}: cannot read ({exc.strerror})") from None
        with fb:
            reader = csv.reader(self._lines(fb))
            try:
                header = next(reader)
            except StopIteration:
                raise CowError(f"{self.path}: empty file") from None
            width = len(header)
            nstates = header_check(header)
            seen: set[str] = set()
            block: _Block | None = None
            years: set[int] = set()
            for row in reader:
                line = reader.line_num
                if len(row) != width:
                    if not row:
                        continue
                    raise CowError(f"{self.path}:{line}: {len(row)} cells, the header has "
                                   f"{width}")
                ioname = row[0]
                if not ioname:
                    raise CowError(f"{self.path}:{line}: field 'ioname': empty")
                try:
                    year = int(row[2])
                except ValueError:
                    raise CowError(f"{self.path}:{line}: field 'year': {row[2]!r} is not a "
                                   "year") from None
                bad = set(row[3:3 + nstates]) - CELLS
                if bad:
                    j = next(i for i, v in enumerate(row[3:3 + nstates]) if v in bad)
                    raise CowError(f"{self.path}:{line}: field {header[3 + j]!r}: "
                                   f"{row[3 + j]!r} is not a COW code "
                                   "(0, 1, 2, 3, -9 or -1)")
                if block is None or ioname != block.ioname:
                    if block is not None:
                        yield block
                    if ioname in seen:
                        raise CowError(f"{self.path}:{line}: rows of IGO {ioname!r} are not "
                                       "together", "sort the file by IGO")
                    seen.add(ioname)
                    block, years = _Block(ioname, line, [], []), set()
                if year in years:
                    raise CowError(f"{self.path}:{line}: IGO {ioname!r} has a second row for "
                                   f"{year}")
                years.add(year)
                block.rows.append(row)
                block.years.append(year)
            if block is not None:
                yield block
            if self.progress is not None:
                self.progress(self.total, self.total)


def _runs(years: list[int], cells: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    """(first year, last year, value) of each unbroken run of one value; a gap in the
    years ends a run."""
    start = prev = years[0]
    value = cells[0]
    for year, cell in zip(years[1:], cells[1:], strict=True):
        if cell != value or year != prev + 1:
            yield start, prev, value
            start, value = year, cell
        prev = year
    yield start, prev, value


# ------------------------------------------------------------------------------ importing


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


def _years_text(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


class _Importer:
    def __init__(self, conn: sa.Connection, path: Path, states_path: Path,
                 progress: Callable[[int, int], None] | None) -> None:
        from orgdb import models as m

        self.conn = conn
        self.path = path
        self.states_path = states_path
        self.progress = progress
        self.report = ImportReport()
        self.t = {name: m.SQLModel.metadata.tables[name] for name in (
            "source", "state", "state_name", "organization", "organization_name",
            "organization_identifier", "membership", "cow_state", "cow_igo", "cow_span",
            "cow_cell_run")}
        self.pending: dict[str, list[dict[str, Any]]] = {k: [] for k in (
            "membership", "cow_span", "cow_cell_run", "organization_name",
            "organization_identifier")}
        self.columns: list[str] = []
        self.col_state: list[int] = []  # cow_state.id per state column
        self.col_target: list[int | None] = []  # state.id per state column
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
        self._resolve_states([states[c] for c in self.columns])
        return len(self.columns)

    def _resolve_states(self, rows: list[CowStateRow]) -> None:
        t = self.t["state"]
        existing = self._rows("state", "id", "code", "alpha2", "alpha3", "cow_code")
        by_code = {r.code: r.id for r in existing}
        by_a2 = {r.alpha2: r.id for r in existing if r.alpha2}
        by_a3 = {r.alpha3: r.id for r in existing if r.alpha3}
        by_cow = {r.cow_code: r.id for r in existing
                  if r.cow_code is not None and not r.alpha2 and not r.alpha3}
        taken_names = {n for (n,) in self._rows("state", "name")} | {
            n for (n,) in self._rows("state_name", "name")}
        cow_rows = {r.name: r for r in self._rows("cow_state", "id", "name", "position",
                                                  "state_id")}
        next_pos = max((r.position for r in cow_rows.values()), default=-1) + 1
        mapped = {r.state_id for r in cow_rows.values() if r.state_id is not None}
        ct = self.t["cow_state"]
        for row in rows:
            target = state_target(row)
            known = cow_rows.get(row.column)
            if known is not None and known.state_id is not None:
                state_id = known.state_id
            else:
                state_id = by_code.get(target.code) or (
                    by_a2.get(target.alpha2) if target.alpha2 and not target.historic
                    else None) or (by_a3.get(target.alpha3) if target.alpha3 else None) or (
                    by_cow.get(row.ccode) if target.code.startswith("COW-") else None)
                if state_id is not None and state_id in mapped:
                    raise CowError(f"{self.path}:1: column {row.column!r} maps to a state "
                                   "another COW column maps to already")
                created = state_id is None
                if created:
                    hist = target.historic
                    state_id = self.conn.execute(sa.insert(t).values(
                        code=target.code, name=target.name,
                        alpha2=target.alpha2 if target.alpha2 not in by_a2 else None,
                        alpha3=target.alpha3 if target.alpha3 not in by_a3 else None,
                        cow_code=row.ccode,
                        start_date=row.start if hist else None, start_precision="day",
                        end_date=row.end if hist else None, end_precision="day",
                        source_id=self.source_id).returning(t.c.id)).scalar_one()
                    self.report.states += 1
                    by_code[target.code] = state_id
                    by_a2.setdefault(target.alpha2 or "", state_id)
                    by_a3.setdefault(target.alpha3 or "", state_id)
                    taken_names.add(target.name)
                names = target.other_names if created else HISTORICAL_NAMES.get(row.column, ())
                new = [n for n in names if n not in taken_names]
                if new:
                    self.conn.execute(sa.insert(self.t["state_name"]),
                                      [{"state_id": state_id, "name": n, "lang": "en"}
                                       for n in new])
                    taken_names.update(new)
                    self.report.names += len(new)
                mapped.add(state_id)
                if known is not None:
                    self.conn.execute(sa.update(ct).where(ct.c.id == known.id)
                                      .values(state_id=state_id))
            if known is None:
                cow_id = self.conn.execute(sa.insert(ct).values(
                    name=row.column, position=next_pos, ccode=row.ccode,
                    stateabb=row.stateabb, statenme=row.statenme,
                    state_id=state_id).returning(ct.c.id)).scalar_one()
                next_pos += 1
            else:
                cow_id = known.id
            self.col_state.append(cow_id)
            self.col_target.append(state_id)
        index = {c: i for i, c in enumerate(self.columns)}
        self.compare_target = [
            self.col_target[index[COMPARE_AS[c]]] if COMPARE_AS.get(c) in index
            else self.col_target[i] for i, c in enumerate(self.columns)]

    # -- one IGO

    def igo(self, block: _Block) -> None:
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
                self._compare(block, org_id, first)
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
        columns = list(zip(*(r[3:3 + nstates] for r in block.rows), strict=True))
        mem, runs = self.pending["membership"], self.pending["cow_cell_run"]
        for j, cells in enumerate(columns):
            if cells.count("0") == len(cells):
                continue
            for y0, y1, value in _runs(years, cells):
                if value == "0":
                    continue
                if owned and value in STATUS:
                    end = dt.date(y1, 12, 31)
                    mem.append({
                        "organization_id": org_id, "state_id": self.col_target[j],
                        "status": STATUS[value], "start_date": dt.date(y0, 1, 1),
                        "start_precision": "year", "end_date": end, "end_precision": "year",
                        "end_reason": "dissolved" if dissolved and end >= dissolved else None,
                        "confidence": None, "notes": None, "source_id": self.source_id})
                    rep.memberships += 1
                else:
                    runs.append({"igo_id": igo_id, "cow_state_id": self.col_state[j],
                                 "first_year": y0, "last_year": y1, "value": value})
        if not owned and org_id is not None:
            self._compare(block, org_id, first)
        self._flush(final=False)

    def _spans(self, block: _Block, igo_id: int) -> None:
        n = len(META)
        seq = 0
        start = prev = None
        meta: list[str] | None = None
        spans = self.pending["cow_span"]

        def close() -> None:
            spans.append({"igo_id": igo_id, "seq": seq, "first_year": start,
                          "last_year": prev, **dict(zip(SPAN_COLUMNS, meta, strict=True))})

        for year, row in zip(block.years, block.rows, strict=True):
            cells = [row[1], *row[-n:]]
            if meta is None or cells != meta or year != prev + 1:
                if meta is not None:
                    close()
                    seq += 1
                start, meta = year, cells
            prev = year
        close()

    def _organization(self, block: _Block, first: dict[str, str]) -> tuple[int | None, bool]:
        """The organization an IGO matches (never written to), or a new one."""
        ioname, ionum = block.ioname, first["ionum"]
        long, short = first["longorgname"], first["orgname"]
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

    def _compare(self, block: _Block, org_id: int, first: dict[str, str]) -> None:
        t = self.t["organization"]
        org = self.conn.execute(sa.select(t.c.code, t.c.founded, t.c.dissolved)
                                .where(t.c.id == org_id)).one()
        out = self.report.disagreements
        for label, cow_text, ours in (("founded", first["sdate"], org.founded),
                                      ("dissolved", first["deaddate"], org.dissolved)):
            cow_year = int(cow_text) if cow_text.strip().isdigit() else None
            our_year = _as_date(ours).year if ours is not None else None
            if cow_year is not None and our_year is not None and cow_year != our_year:
                out.append(Disagreement(org.code, label, "", str(cow_year), str(our_year)))
            elif cow_year is not None and our_year is None and label == "dissolved":
                out.append(Disagreement(org.code, label, "", str(cow_year), "not dissolved"))
        m = self.t["membership"]
        spells: dict[int, list[tuple[dt.date, dt.date, str]]] = {}
        for sid, status, start, end in self.conn.execute(
                sa.select(m.c.state_id, m.c.status, m.c.start_date, m.c.end_date)
                .where(m.c.organization_id == org_id)):
            spells.setdefault(sid, []).append(
                (_as_date(start), _as_date(end) if end is not None else dt.date.max,
                 "member" if status == "suspended" else status))
        # COW's claims per compared state: year -> status ('' for not a member).
        claims: dict[int, dict[int, str]] = {}
        nstates = len(self.columns)
        for j in range(nstates):
            sid = self.compare_target[j]
            if sid is None:
                continue
            for year, row in zip(block.years, block.rows, strict=True):
                cell = row[3 + j]
                if cell in ("-9", "-1"):
                    continue
                status = STATUS.get(cell, "")
                per = claims.setdefault(sid, {})
                if status or year not in per:
                    per[year] = status
        names = dict(self.conn.execute(sa.select(self.t["state"].c.id,
                                                  self.t["state"].c.name)).all()) \
            if claims else {}
        for sid, per in sorted(claims.items(), key=lambda kv: names.get(kv[0], "")):
            found: list[tuple[int, str, str]] = []
            for year in sorted(per):
                cow = per[year]
                full, partial = set(), set()
                for start, end, status in spells.get(sid, ()):
                    if start <= dt.date(year, 1, 1) and end >= dt.date(year, 12, 31):
                        full.add(status)
                    elif start <= dt.date(year, 12, 31) and end >= dt.date(year, 1, 1):
                        partial.add(status)
                if cow and cow not in full | partial:
                    ours = "/".join(sorted(full | partial)) or "not a member"
                    found.append((year, cow, ours))
                elif not cow and full:
                    found.append((year, "not a member", "/".join(sorted(full))))
            for y0, y1, cow, ours in _group(found):
                out.append(Disagreement(org.code, names.get(sid, str(sid)),
                                        _years_text(y0, y1), cow, ours))

    # -- writing

    def _flush(self, *, final: bool) -> None:
        for table in ("organization_name", "organization_identifier", "cow_span",
                      "membership", "cow_cell_run"):
            rows = self.pending[table]
            if rows and (final or len(rows) >= BATCH):
                self.conn.execute(sa.insert(self.t[table]), rows)
                rows.clear()

    def run(self) -> ImportReport:
        for block in _Reader(self.path, self.progress).blocks(self.check_header):
            self.igo(block)
        self._flush(final=True)
        return self.report


def _group(found: list[tuple[int, str, str]]) -> Iterator[tuple[int, int, str, str]]:
    """Consecutive years with the same disagreement, as (first, last, cow, ours)."""
    run: list[Any] | None = None
    for year, cow, ours in found:
        if run and run[1] == year - 1 and run[2:] == [cow, ours]:
            run[1] = year
            continue
        if run:
            yield tuple(run)  # type: ignore[misc]
        run = [year, year, cow, ours]
    if run:
        yield tuple(run)  # type: ignore[misc]


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def import_cow(conn: sa.Connection, path: Path | str, *, states: Path | str | None = None,
               progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import a COW IGO-year file within the caller's transaction (the caller rolls back
    on any error, so a failed import leaves the database as it was). `states` is COW's
    state list, by default states2016.csv beside the file; `progress(done, total)` is
    called with bytes read."""
    path = Path(path)
    states_path = Path(states) if states else path.parent / STATES_FILE
    if not path.is_file():
        raise CowError(f"{path}: no such file")
    if not states_path.is_file():
        raise CowError(f"{states_path}: COW's state list is missing",
                       f"put {STATES_FILE} beside the IGO file, or name it with --states")
    return _Importer(conn, path, states_path, progress).run()


# ------------------------------------------------------------------------------ export

def export_cow(reader: Any, out: TextIO) -> int:
    """Write the IGO-year table back from the database (an orgdb.db.Reader); returns the
    number of rows. Cells 1/2/3 of the IGOs the import created come from their
    COW-sourced memberships; every other cell from the raw runs."""
    states = reader.rows(q.COW_EXPORT_STATES)
    igos = reader.rows(q.COW_EXPORT_IGOS)
    if not states or not igos:
        raise CowError("the database holds no COW IGO data",
                       "import it first: orgdb import cow igo_year_formatv3.csv")
    index_of_cow = {s["id"]: i for i, s in enumerate(states)}
    index_of_state = {s["state_id"]: i for i, s in enumerate(states) if s["state_id"]}
    n = len(states)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*HEAD, *(s["name"] for s in states), *META])
    count = 0
    for igo in igos:
        spans = reader.rows(q.COW_EXPORT_SPANS, {"igo": igo["id"]})
        rows: dict[int, list[str]] = {}
        for span in spans:
            for year in range(span["first_year"], span["last_year"] + 1):
                rows[year] = ["0"] * n
        for run in reader.rows(q.COW_EXPORT_RUNS, {"igo": igo["id"]}):
            j = index_of_cow[run["cow_state_id"]]
            for year in range(run["first_year"], run["last_year"] + 1):
                if year in rows:
                    rows[year][j] = run["value"]
        if igo["owned"] and igo["organization_id"] is not None:
            for mem in reader.rows(q.COW_EXPORT_MEMBERSHIPS, {"org": igo["organization_id"],
                                                         "source": SOURCE["key"]}):
                j = index_of_state.get(mem["state_id"])
                cell = CELL_OF_STATUS.get(mem["status"])
                if j is None or cell is None:
                    continue
                first = int(str(mem["start_date"])[:4])
                last = int(str(mem["end_date"])[:4]) if mem["end_date"] else max(rows)
                for year in range(first, last + 1):
                    if year in rows:
                        rows[year][j] = cell
        for span in spans:
            meta = [span[c] for c in SPAN_COLUMNS]
            for year in range(span["first_year"], span["last_year"] + 1):
                writer.writerow([igo["ioname"], meta[0], year, *rows[year], *meta[1:]])
                count += 1
    return count
