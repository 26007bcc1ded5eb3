"""COW's state columns and the states they become: the ISO mapping (STATE_MAP and
PERIODS, see docs/interchange.md), COW's state list (states2016.csv), and the state plan
built from them, by which the frozen writer matches each column, and each of its periods,
to a state already in the database or creates one. A name means the same state with or
without COW: COW adds no name to a state it did not create, and the states COW keeps under
one code (the Russian Empire, the USSR and the Russian Federation) stay apart, year by
year."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from orgdb.interchange.cow.columns import (
    COW_DATA_END,
    FIRST_YEAR,
    LAST_YEAR,
    STATES_FILE,
    CowError,
)
from orgdb.interchange.iso import USER_ASSIGNED
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
    "kosovo": "XK",  # ISO leaves it uncoded: the user-assigned code orgdb adopts (iso.py)
    "svietnam": None, "korea": None,
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
# Former names a column covers: other names of its state when COW creates it (added only
# where no other state carries the name already; a state the database has keeps its names).
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
    """The state a code names: an ISO 3166-1 alpha-2 (or a user-assigned one, XK), an ISO
    3166-3 alpha-4, another code of orgdb's own (XZAN), or None for a state with no code,
    kept as COW-<stateabb>."""
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
    if code in USER_ASSIGNED:
        return StateTarget(code, name, code, USER_ASSIGNED[code], False, _names(name, history))
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


def plan(rows: list[CowStateRow]) -> dict[str, Any]:
    """The state plan the frozen writer (migrations/orgdb_appliers/cow_v1.py) takes: each
    column's line of COW's state list, the code of its own state and its periods, and for
    each code the state to create where the database has none. Revision 0052 carries the
    plan this gave for COW IGO v3 (seeds/0052_cow_igo_v3_states.json)."""
    targets: dict[str, dict[str, Any]] = {}
    columns = []
    for row in rows:
        own = state_target(row)
        targets.setdefault(own.code, _target_doc(own))
        periods: list[list[Any]] = []
        for first, last, code in PERIODS.get(row.column, ()):
            if code != RAW:
                other = target_of(code, "", row.stateabb)
                targets.setdefault(other.code, _target_doc(other))
            periods.append([first, last, code])
        columns.append({
            "column": row.column, "ccode": row.ccode, "stateabb": row.stateabb,
            "statenme": row.statenme, "start": row.start.isoformat(),
            "end": row.end.isoformat() if row.end else None, "state": own.code,
            "periods": periods})
    return {"states": targets, "columns": columns}


def _target_doc(target: StateTarget) -> dict[str, Any]:
    return {"name": target.name, "alpha2": target.alpha2, "alpha3": target.alpha3,
            "historic": target.historic, "other_names": list(target.other_names)}


def code_table(path: Path) -> str:
    """orgdb/read/cow_states.csv, which lets a name lookup take COW's codes and
    abbreviations (2, USA, UKG), written from COW's state list by the mapping above:
    `python -c "from orgdb.interchange.cow.states import code_table; ..."` (see the test
    that keeps it equal, tests/test_names.py)."""
    lines = ["ccode,stateabb,code"]
    for row in sorted(read_states(path).values(), key=lambda r: r.ccode):
        lines.append(f"{row.ccode},{row.stateabb},{state_target(row).code}")
    return "\n".join(lines) + "\n"
