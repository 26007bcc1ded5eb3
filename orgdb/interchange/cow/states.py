"""COW's state columns and the states they become: the ISO mapping (STATE_MAP, see
docs/interchange.md), COW's state list (states2016.csv), and StateResolver, which matches
each column to a state already in the database or creates one."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from orgdb.interchange.cow.columns import COW_DATA_END, STATES_FILE, CowError
from orgdb.text import unsafe

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
        if old is None:
            raise CowError(f"column {col!r}: {code} is not an ISO 3166-3 code pycountry knows")
        return StateTarget(code, name, getattr(old, "alpha_2", None),
                           getattr(old, "alpha_3", None), True,
                           _names(name, (old.name, *history)))
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise CowError(f"column {col!r}: {code} is not an ISO 3166-1 code pycountry knows")
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


class StateResolver:
    """Matches each COW column to a state (by COW link, ISO code or COW code) or creates
    it, records the column in cow_state, and adds the names the column covers."""

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
        ct = tables["cow_state"]
        self.cow_rows = {r.name: r for r in conn.execute(
            sa.select(ct.c.id, ct.c.name, ct.c.position, ct.c.state_id))}
        self.next_position = max((r.position for r in self.cow_rows.values()),
                                 default=-1) + 1
        self.mapped = {r.state_id for r in self.cow_rows.values() if r.state_id is not None}

    def resolve(self, rows: list[CowStateRow]) -> tuple[list[int], list[int]]:
        """(cow_state id, state id) of each column, in order."""
        cow_ids, state_ids = [], []
        for row in rows:
            known = self.cow_rows.get(row.column)
            if known is not None and known.state_id is not None:
                state_id = known.state_id
            else:
                state_id = self._state_for(row)
                if known is not None:
                    ct = self.t["cow_state"]
                    self.conn.execute(sa.update(ct).where(ct.c.id == known.id)
                                      .values(state_id=state_id))
            cow_ids.append(known.id if known is not None else self._add_column(row, state_id))
            state_ids.append(state_id)
        return cow_ids, state_ids

    def _state_for(self, row: CowStateRow) -> int:
        target = state_target(row)
        state_id = self._find(target, row)
        if state_id is not None and state_id in self.mapped:
            raise CowError(f"{self.where}: column {row.column!r} maps to a state another COW "
                           "column maps to already")
        if state_id is None:
            state_id = self._create(target, row)
            names = target.other_names
        else:
            names = HISTORICAL_NAMES.get(row.column, ())
        self._add_names(state_id, names)
        self.mapped.add(state_id)
        return state_id

    def _find(self, target: StateTarget, row: CowStateRow) -> int | None:
        if target.code in self.by_code:
            return self.by_code[target.code]
        if target.alpha2 and not target.historic and target.alpha2 in self.by_a2:
            return self.by_a2[target.alpha2]
        if target.alpha3 and target.alpha3 in self.by_a3:
            return self.by_a3[target.alpha3]
        if target.code.startswith("COW-"):
            return self.by_cow.get(row.ccode)
        return None

    def _create(self, target: StateTarget, row: CowStateRow) -> int:
        st = self.t["state"]
        hist = target.historic
        state_id = self.conn.execute(sa.insert(st).values(
            code=target.code, name=target.name,
            alpha2=target.alpha2 if target.alpha2 not in self.by_a2 else None,
            alpha3=target.alpha3 if target.alpha3 not in self.by_a3 else None,
            cow_code=row.ccode, start_date=row.start if hist else None, start_precision="day",
            end_date=row.end if hist else None, end_precision="day",
            source_id=self.source_id).returning(st.c.id)).scalar_one()
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

    def _add_column(self, row: CowStateRow, state_id: int) -> int:
        ct = self.t["cow_state"]
        cow_id = self.conn.execute(sa.insert(ct).values(
            name=row.column, position=self.next_position, ccode=row.ccode,
            stateabb=row.stateabb, statenme=row.statenme,
            state_id=state_id).returning(ct.c.id)).scalar_one()
        self.next_position += 1
        return cow_id


def code_table(path: Path) -> str:
    """orgdb/read/cow_states.csv, which lets a name lookup take COW's codes and
    abbreviations (2, USA, UKG), written from COW's state list by the mapping above:
    `python -c "from orgdb.interchange.cow.states import code_table; ..."` (see the test
    that keeps it equal, tests/test_names.py)."""
    lines = ["ccode,stateabb,code"]
    for row in sorted(read_states(path).values(), key=lambda r: r.ccode):
        lines.append(f"{row.ccode},{row.stateabb},{state_target(row).code}")
    return "\n".join(lines) + "\n"
