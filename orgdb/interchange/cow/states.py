"""COW's state columns and the states they become: the ISO mapping (STATE_MAP and
PERIODS, see docs/interchange.md), COW's state list (states2016.csv), and StateResolver,
which matches each column, and each of its periods, to a state already in the database
or creates one. A name means the same state with or without COW: the import adds no name
another state answers to, and the states COW keeps under one code (the Russian Empire,
the USSR and the Russian Federation) stay apart, year by year."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from orgdb.interchange.cow.columns import (
    COW_DATA_END,
    FIRST_YEAR,
    LAST_YEAR,
    STATES_FILE,
    CowError,
)
from orgdb.text import unsafe

# COW columns pycountry cannot match by name, or would match wrongly, with their ISO code:
# an ISO 3166-1 alpha-2, an ISO 3166-3 alpha-4 for a former state, or None for a state that
# has no ISO code (kept as a historical state coded COW-<stateabb>).
STATE_MAP: dict[str, str | None] = {
    "antiguabarbuda": "AG", "brunei": "BN", "capeverde": "CV", "ivorycoast": "CI",
    "fyromacedonia": "MK", "stkitts": "KN", "stlucia": "LC", "stvincent": "VC",
    "swaziland": "SZ", "turkey": "TR", "zaire": "CD",
    "etimor": "TL",  # pycountry's name lookup finds TPTL, the pre-2002 code
    # One COW code for a state that changed name or form: the column's own state is the
    # last; PERIODS gives the years of the others.
    "russia": "RU",  # Russian Empire, USSR (PERIODS), Russian Federation
    "yugoslaviaserb": "RS",  # Serbia, Yugoslavia and Serbia and Montenegro (PERIODS)
    "germany": "DE",  # Prussia, German Empire, Germany since 1990
    # Two COW codes for one state: each column gives it the years of its own.
    "wgermany": "DE",  # the Federal Republic, 1955-1990 (COW 260; `germany` from 1990)
    "nyemen": "YE",  # the Yemen Arab Republic (COW 678), which is Yemen (COW 679) in 1990
    # Former states with an ISO 3166-3 code, and Zanzibar with orgdb's own.
    "czechoslovakia": "CSHH", "egermany": "DDDE", "syemen": "YDYE", "zanzibar": "XZAN",
    # No ISO code of their own: COW's state stays a state of its own.
    "svietnam": None, "korea": None, "kosovo": None,
    "austriahungary": None, "baden": None, "bavariaelect": None, "hanover": None,
    "hesseelect": None, "hessegrand": None, "mecklenburg": None, "modena": None,
    "papalstates": None, "parma": None, "saxony": None, "tuscany": None,
    "twosicilies": None, "wurtenburg": None,
}
RAW = ""  # a period with no state: another column gives that state those years
# Years of a column that belong to another state than its own, or (RAW) whose cells stay
# cells: (first year, last year, code). Whole years, as COW counts: the USSR from 30
# December 1922 to 25 December 1991, the Kingdom of Serbs, Croats and Slovenes from 1
# December 1918, the Federal Republic of Yugoslavia from 27 April 1992 (Serbia and
# Montenegro from 2003) to Serbia's independence on 5 June 2006. Where two columns give
# one state years, each year is one column's and the other's cells stay raw, so that
# the export knows which column a membership's year is a cell of: Germany's are
# `germany`'s but 1955-1989, the Federal Republic's (reunified Germany holds 1990), and
# Yemen's `nyemen`'s until 1989, `yemen`'s from 1990.
PERIODS: dict[str, tuple[tuple[int, int, str], ...]] = {
    "russia": ((1923, 1991, "SUHH"),),
    "yugoslaviaserb": ((1919, 1991, "YUCS"), (1992, 2005, "CSXX")),
    "germany": ((1955, 1989, RAW),),
    "wgermany": ((FIRST_YEAR, 1954, RAW), (1990, LAST_YEAR, RAW)),
    "nyemen": ((1990, LAST_YEAR, RAW),),
    "yemen": ((FIRST_YEAR, 1989, RAW),),
}
# The name a state takes when the import creates it, where COW's name is not the state's.
STATE_NAME = {"yugoslaviaserb": "Serbia", "korea": "Korean Empire",
              "zanzibar": "Zanzibar"}
# Former names a column covers: other names of the state it maps to (added only where no
# other state carries the name already).
HISTORICAL_NAMES: dict[str, tuple[str, ...]] = {
    "russia": ("Russian Empire",),  # the USSR's names are the USSR's (PERIODS)
    "germany": ("Prussia", "German Empire"),
    "yugoslaviaserb": ("Kingdom of Serbia",),
    "vietnam": ("Democratic Republic of Vietnam", "North Vietnam"),
    "tanzania": ("Tanganyika",),
    "zaire": ("Zaire",),
    "wsamoa": ("Western Samoa",),
    "myanmar": ("Burma",),
    "srilanka": ("Ceylon",),
    "benin": ("Dahomey",),
    "burkinafaso": ("Upper Volta",),
    "wgermany": ("West Germany", "German Federal Republic"),
    "egermany": ("East Germany",),
    "nyemen": ("North Yemen", "Yemen Arab Republic"),
    "syemen": ("South Yemen",),
    "svietnam": ("South Vietnam",),
}

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
        try:
            rows = list(reader)
        except csv.Error as exc:
            raise CowError(f"{path}:{reader.line_num}: not CSV as COW writes it ({exc})"
                           ) from None
        for n, row in enumerate(rows, 2):
            where = f"{path}:{n}"
            for name, value in row.items():
                problem = unsafe(value or "")
                if problem:
                    raise CowError(f"{where}: field {name!r}: contains {problem}")
            numbers = {k: row[k] for k in ("styear", "stmonth", "stday", "endyear", "endmonth",
                                            "endday", "ccode")}
            wrong = next((k for k, v in numbers.items()
                          if not (v and v.isascii() and v.isdigit() and len(v) <= 4)), None)
            if wrong:
                raise CowError(f"{where}: field {wrong!r}: {numbers[wrong]!r} is not a number")
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
    """Map a COW column to its own state: STATE_MAP first, then pycountry by COW's name."""
    col = row.column
    code = STATE_MAP[col] if col in STATE_MAP else _iso_by_name(row.statenme)
    return target_of(code, STATE_NAME.get(col, row.statenme), row.stateabb,
                     HISTORICAL_NAMES.get(col, ()))


def target_of(code: str | None, name: str, stateabb: str,
              history: tuple[str, ...] = ()) -> StateTarget:
    """The state a code names: an ISO 3166-1 alpha-2, an ISO 3166-3 alpha-4, another code
    of orgdb's own (XZAN), or None for a state with no code, kept as COW-<stateabb>."""
    import pycountry

    if code is None:
        return StateTarget(f"COW-{stateabb}", name, None, None, True, _names(name, history))
    if len(code) == 4:
        old = pycountry.historic_countries.get(alpha_4=code)
        if old is None:  # one of orgdb's own codes, as the curated data has it
            return StateTarget(code, name, None, None, True, _names(name, history))
        name = name or old.name
        return StateTarget(code, name, getattr(old, "alpha_2", None),
                           getattr(old, "alpha_3", None), True,
                           _names(name, (old.name, *history)))
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise CowError(f"{code} is not an ISO 3166-1 code pycountry knows")
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


@dataclass
class ColumnStates:
    """The state each year of each state column belongs to: the column's own, or another
    (a period), or none (a RAW period: the cell stays a cell)."""

    own: list[int]
    periods: list[list[tuple[int, int, int | None]]]

    def state(self, j: int, year: int) -> int | None:
        for first, last, state_id in self.periods[j]:
            if first <= year <= last:
                return state_id
        return self.own[j]

    def pieces(self, j: int, y0: int, y1: int) -> list[tuple[int, int, int | None]]:
        """Years y0..y1 of column j cut where the state they belong to changes."""
        out: list[tuple[int, int, int | None]] = []
        for year in range(y0, y1 + 1):
            sid = self.state(j, year)
            if out and out[-1][2] == sid and out[-1][1] == year - 1:
                out[-1] = (out[-1][0], year, sid)
            else:
                out.append((year, year, sid))
        return out


class StateResolver:
    """Matches each COW column, and each of its periods, to a state (by COW link, ISO code
    or COW code) or creates it, records the column in cow_state and its periods in
    cow_state_period, and adds the names the column covers that no other state has."""

    def __init__(self, conn: Any, tables: dict[str, Any], source_id: int, report: Any,
                 where: str) -> None:
        self.conn, self.t, self.source_id, self.report, self.where = (
            conn, tables, source_id, report, where)
        st = tables["state"]
        existing = list(conn.execute(sa.select(st.c.id, st.c.code, st.c.alpha2, st.c.alpha3,
                                               st.c.cow_code)))
        self.by_code = {r.code: r.id for r in existing}
        self.by_a2 = {r.alpha2: r.id for r in existing if r.alpha2}
        self.by_a3 = {r.alpha3: r.id for r in existing if r.alpha3}
        self.by_cow = {r.cow_code: r.id for r in existing
                       if r.cow_code is not None and not r.alpha2 and not r.alpha3}
        self.taken_names = {n for (n,) in conn.execute(sa.select(st.c.name))} | {
            n for (n,) in conn.execute(sa.select(tables["state_name"].c.name))}
        ct, pt = tables["cow_state"], tables["cow_state_period"]
        self.cow_rows = {r.name: r for r in conn.execute(
            sa.select(ct.c.id, ct.c.name, ct.c.position, ct.c.state_id))}
        self.cow_periods: dict[int, list[tuple[int, int, int | None]]] = {}
        for cid, first, last, sid in conn.execute(sa.select(
                pt.c.cow_state_id, pt.c.first_year, pt.c.last_year, pt.c.state_id)
                .order_by(pt.c.first_year)):
            self.cow_periods.setdefault(cid, []).append((first, last, sid))
        self.next_position = max((r.position for r in self.cow_rows.values()),
                                 default=-1) + 1

    def resolve(self, rows: list[CowStateRow]) -> tuple[list[int], ColumnStates]:
        """The cow_state id of each column, in order, and the states of its years."""
        cow_ids, own, periods = [], [], []
        for row in rows:
            known = self.cow_rows.get(row.column)
            if known is not None and known.state_id is not None:
                state_id, spans = known.state_id, self.cow_periods.get(known.id, [])
            else:
                state_id, spans = self._state_for(row), self._periods_for(row)
                if known is not None:
                    ct = self.t["cow_state"]
                    self.conn.execute(sa.update(ct).where(ct.c.id == known.id)
                                      .values(state_id=state_id))
                    self._add_periods(known.id, spans)
            cow_ids.append(known.id if known is not None
                           else self._add_column(row, state_id, spans))
            own.append(state_id)
            periods.append(spans)
        columns = ColumnStates(own, periods)
        self._check_one_column_a_state_year(rows, columns)
        return cow_ids, columns

    def _state_for(self, row: CowStateRow) -> int:
        """The column's own state: found (it gains the column's former names that no
        other state has) or created (with its ISO names too, and COW's dates for a state
        that is no more)."""
        target = state_target(row)
        state_id = self._find(target, row.ccode)
        if state_id is None:
            state_id = self._create(target, row.ccode, row)
            self._add_names(state_id, target.other_names)
        else:
            self._add_names(state_id, HISTORICAL_NAMES.get(row.column, ()))
        return state_id

    def _periods_for(self, row: CowStateRow) -> list[tuple[int, int, int | None]]:
        out: list[tuple[int, int, int | None]] = []
        for first, last, code in PERIODS.get(row.column, ()):
            state_id = None
            if code != RAW:
                target = target_of(code, "", row.stateabb)
                state_id = self._find(target, None) or self._create(target, None)
            out.append((first, last, state_id))
        return out

    def _check_one_column_a_state_year(self, rows: list[CowStateRow],
                                       columns: ColumnStates) -> None:
        """Two columns may give one state years of their own, never the same year."""
        owner: dict[tuple[int, int], str] = {}
        for j, row in enumerate(rows):
            for year in range(FIRST_YEAR, LAST_YEAR + 1):
                sid = columns.state(j, year)
                if sid is None:
                    continue
                other = owner.setdefault((sid, year), row.column)
                if other != row.column:
                    raise CowError(f"{self.where}: columns {other!r} and {row.column!r} both "
                                   f"give one state the year {year}")

    def _find(self, target: StateTarget, ccode: int | None) -> int | None:
        if target.code in self.by_code:
            return self.by_code[target.code]
        if target.alpha2 and not target.historic and target.alpha2 in self.by_a2:
            return self.by_a2[target.alpha2]
        if target.alpha3 and target.alpha3 in self.by_a3:
            return self.by_a3[target.alpha3]
        if target.code.startswith("COW-") and ccode is not None:
            return self.by_cow.get(ccode)
        return None

    def _create(self, target: StateTarget, ccode: int | None,
                row: CowStateRow | None = None) -> int:
        st = self.t["state"]
        dated = row is not None and target.historic
        state_id = self.conn.execute(sa.insert(st).values(
            code=target.code, name=target.name or target.code,
            alpha2=target.alpha2 if target.alpha2 not in self.by_a2 else None,
            alpha3=target.alpha3 if target.alpha3 not in self.by_a3 else None,
            cow_code=ccode, start_date=row.start if dated and row else None,
            start_precision="day", end_date=row.end if dated and row else None,
            end_precision="day", source_id=self.source_id).returning(st.c.id)).scalar_one()
        self.report.states += 1
        self.by_code[target.code] = state_id
        self.by_a2.setdefault(target.alpha2 or "", state_id)
        self.by_a3.setdefault(target.alpha3 or "", state_id)
        self.taken_names.add(target.name)
        return state_id

    def _add_names(self, state_id: int, names: tuple[str, ...]) -> None:
        new = [n for n in names if n not in self.taken_names]
        if new:
            self.conn.execute(sa.insert(self.t["state_name"]),
                              [{"state_id": state_id, "name": n, "lang": "en"} for n in new])
            self.taken_names.update(new)
            self.report.names += len(new)

    def _add_column(self, row: CowStateRow, state_id: int,
                    spans: list[tuple[int, int, int | None]]) -> int:
        ct = self.t["cow_state"]
        cow_id = self.conn.execute(sa.insert(ct).values(
            name=row.column, position=self.next_position, ccode=row.ccode,
            stateabb=row.stateabb, statenme=row.statenme,
            state_id=state_id).returning(ct.c.id)).scalar_one()
        self.next_position += 1
        self._add_periods(cow_id, spans)
        return cow_id

    def _add_periods(self, cow_id: int, spans: list[tuple[int, int, int | None]]) -> None:
        if spans:
            self.conn.execute(sa.insert(self.t["cow_state_period"]), [
                {"cow_state_id": cow_id, "first_year": first, "last_year": last,
                 "state_id": sid} for first, last, sid in spans])


def code_table(path: Path) -> str:
    """orgdb/read/cow_states.csv, which lets a name lookup take COW's codes and
    abbreviations (2, USA, UKG), written from COW's state list by the mapping above:
    `python -c "from orgdb.interchange.cow.states import code_table; ..."` (see the test
    that keeps it equal, tests/test_names.py)."""
    lines = ["ccode,stateabb,code"]
    for row in sorted(read_states(path).values(), key=lambda r: r.ccode):
        lines.append(f"{row.ccode},{row.stateabb},{state_target(row).code}")
    return "\n".join(lines) + "\n"
