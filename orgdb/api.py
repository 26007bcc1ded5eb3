"""The Python API: `orgdb.connect()` returns a Database whose methods answer the questions
the CLI answers, with typed records. The CLI calls these and nothing else.

Lookup contract (as in pycountry): `get_*` returns None, `lookup_*` raises NotFound with
suggestions, `search` returns a ranked list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from orgdb import queries as q
from orgdb.dates import format_partial, parse_day
from orgdb.db import Reader, open_reader
from orgdb.errors import NotFound, UsageError

# Kinds of membership event that change how a membership stands (shown beside its status).
STATUS_EVENT_PREFIXES = ("participation", "suspension", "suspended", "withdrawal")


def _d(row: dict[str, Any], col: str, prec: str | None = None) -> str | None:
    return format_partial(row.get(col), row.get(prec or col.replace("_date", "") + "_precision"))


class Record:
    """Base of the typed records: `as_dict()` gives the JSON/CSV shape."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True)
class OrgRef(Record):
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class TreatyRef(Record):
    id: int
    code: str
    title: str


@dataclass(frozen=True)
class StateRef(Record):
    id: int | None  # None: a real state that has no row (it belongs to nothing)
    code: str
    name: str
    alpha2: str | None
    alpha3: str | None


@dataclass(frozen=True)
class OrgSummary(Record):
    code: str
    name: str
    founded: str | None
    dissolved: str | None
    members: int


@dataclass(frozen=True)
class Member(Record):
    """A state's spell in an organization (one row of `members` or `state`)."""

    organization: str
    state: str
    state_code: str
    alpha2: str | None
    alpha3: str | None
    status: str
    start: str | None
    end: str | None
    end_reason: str | None
    standing: str | None  # latest status event, e.g. "participation frozen since 2024-02-22"
    confidence: str | None
    notes: str | None
    source: str
    source_url: str | None


@dataclass(frozen=True)
class Official(Record):
    organization: str
    post: str
    person: str
    role: str | None
    acting: bool
    start: str | None
    end: str | None
    confidence: str | None
    notes: str | None
    source: str
    source_url: str | None


@dataclass(frozen=True)
class TreatySummary(Record):
    code: str
    title: str
    signed: str | None
    signed_place: str | None
    in_force: str | None
    depositary: str | None
    organization: str | None


@dataclass(frozen=True)
class TreatyAction(Record):
    treaty: str
    treaty_title: str
    state: str
    state_code: str
    action: str
    date: str | None
    confidence: str | None
    notes: str | None
    source: str
    source_url: str | None


@dataclass(frozen=True)
class TreatyStatus(Record):
    """One participant's line in a UN Treaty Collection style status table."""

    participant: str
    signature: str | None
    consent: str | None  # ratification; accession (a), succession (d), acceptance (A) ...
    withdrawal: str | None
    depositary: bool


@dataclass(frozen=True)
class Event(Record):
    date: str | None
    kind: str
    subject: str
    detail: str | None
    source: str | None


@dataclass(frozen=True)
class SearchHit(Record):
    kind: str
    key: str
    name: str
    matched: str


@dataclass(frozen=True)
class OrgDetail(Record):
    code: str
    name: str
    other_names: list[str]
    identifiers: list[str]
    classification: str | None
    founded: str | None
    dissolved: str | None
    headquarters: str | None
    parent: str | None
    bodies: list[str]
    notes: str | None
    source: str | None
    as_of: str | None
    members: list[Member] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    treaties: list[TreatySummary] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


_CONSENT_MARK = {"ratification": "", "accession": " a", "succession": " d",
                 "acceptance": " A", "approval": " AA"}


def _as_of(value: str | dt.date | None) -> dt.date:
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    return parse_day(value)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class Database:
    """A read handle on an orgdb database. Use as a context manager or call close()."""

    def __init__(self, reader: Reader) -> None:
        self._r = reader

    def close(self) -> None:
        self._r.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backend(self) -> str:
        return self._r.backend

    # ------------------------------------------------------------------ names

    def get_organization(self, name: str) -> OrgRef | None:
        wanted = _fold(name)
        for row in self._r.rows(q.ORG_NAMES):
            if wanted in (_fold(row["code"]), _fold(row["matched"])):
                return OrgRef(row["id"], row["code"], row["name"])
        return None

    def lookup_organization(self, name: str) -> OrgRef:
        found = self.get_organization(name)
        if found is None:
            raise NotFound("organization", name, self._suggest(name, q.ORG_NAMES, "code"))
        return found

    def _suggest(self, name: str, sql: str, key: str) -> list[str]:
        import difflib

        rows = self._r.rows(sql)
        by_name: dict[str, str] = {}
        for row in rows:
            by_name.setdefault(_fold(row[key]), row[key])
            by_name.setdefault(_fold(row["matched"]), row[key])
        close = difflib.get_close_matches(_fold(name), list(by_name), n=6, cutoff=0.6)
        out: list[str] = []
        for match in close:
            if by_name[match] not in out:
                out.append(by_name[match])
        return out[:3]

    def get_state(self, name: str) -> StateRef | None:
        """A state by code, name or other name in the database, else by ISO code or name
        through pycountry (a real state the database does not hold has id None)."""
        wanted = _fold(name)
        rows = self._r.rows(q.STATE_NAMES)
        for row in rows:
            if wanted in {_fold(v) for k in ("code", "matched", "alpha2", "alpha3")
                          if (v := row[k])}:
                return self._state(row)
        found = self._state_from_pycountry(name)
        if found is None and len(wanted) > 3:  # one database name containing the text
            hits = {r["id"]: r for r in rows if wanted in _fold(r["matched"])}
            if len(hits) == 1:
                return self._state(next(iter(hits.values())))
        return found

    @staticmethod
    def _state(row: dict[str, Any]) -> StateRef:
        return StateRef(row["id"], row["code"], row["name"], row["alpha2"], row["alpha3"])

    def _state_from_pycountry(self, name: str) -> StateRef | None:
        """ISO codes and names the database does not hold, through pycountry: ISO 3166-1
        (exact, then a fuzzy match that contains the text), then ISO 3166-3 former states."""
        import pycountry

        try:
            country = pycountry.countries.lookup(name)
        except LookupError:
            country = self._fuzzy(pycountry.countries, name)
        if country is None:
            try:
                old = pycountry.historic_countries.lookup(name)
            except LookupError:
                return None
            return StateRef(None, old.alpha_4, old.name, None, getattr(old, "alpha_3", None))
        rows = self._r.rows(q.STATE_BY_ALPHA2, {"alpha2": country.alpha_2})
        if rows:
            return self._state(rows[0])
        return StateRef(None, country.alpha_2, country.name, country.alpha_2, country.alpha_3)

    @staticmethod
    def _fuzzy(countries, name: str):
        try:
            found = countries.search_fuzzy(name)
        except LookupError:
            return None
        best = found[0]
        names = [getattr(best, k, "") or "" for k in ("name", "official_name", "common_name")]
        if len(found) == 1 or any(_fold(name) in _fold(n) for n in names):
            return best
        return None

    def lookup_state(self, name: str) -> StateRef:
        found = self.get_state(name)
        if found is None:
            raise NotFound("state", name, self._suggest(name, q.STATE_NAMES, "name"))
        return found

    def get_treaty(self, name: str) -> TreatyRef | None:
        wanted = _fold(name)
        for row in self._r.rows(q.TREATY_NAMES):
            names = [row["code"], row["name"], *(row["other_titles"] or "").split("; ")]
            if wanted in {_fold(n) for n in names if n}:
                return TreatyRef(row["id"], row["code"], row["name"])
        return None

    def lookup_treaty(self, name: str) -> TreatyRef:
        found = self.get_treaty(name)
        if found is None:
            raise NotFound("treaty", name, self._suggest(name, q.TREATY_NAMES, "code"))
        return found

    # ------------------------------------------------------------------ lookups

    def organizations(self, *, as_of: str | dt.date | None = None) -> list[OrgSummary]:
        """Every organization with its member count on the date (default today)."""
        rows = self._r.rows(q.ORGS, {"d": _as_of(as_of)})
        return [OrgSummary(r["code"], r["name"], _d(r, "founded"), _d(r, "dissolved"),
                           int(r["members"])) for r in rows]

    def members(self, organization: str, *, as_of: str | dt.date | None = None,
                history: bool = False, status: str | None = None) -> list[Member]:
        """Member states of an organization on a date (default today), or every spell."""
        day = _as_of(as_of)
        org = self.lookup_organization(organization)
        params = {"org": org.id, "d": day, "all": int(history)}
        rows = self._r.rows(q.MEMBERS, params)
        events = self._standing(q.EVENTS_OF_ORG, params)
        return [self._member(org.code, r, events) for r in rows
                if status is None or r["status"] == status]

    def memberships_of(self, state: str, *, as_of: str | dt.date | None = None,
                       history: bool = False) -> list[Member]:
        """The organizations a state belongs to on a date, or every spell."""
        day = _as_of(as_of)
        ref = self.lookup_state(state)
        if ref.id is None:
            return []
        params = {"state": ref.id, "d": day, "all": int(history)}
        rows = self._r.rows(q.MEMBERSHIPS_OF, params)
        events = self._standing(q.EVENTS_OF_STATE, params)
        return [self._member(r["organization"], {**r, "state": ref.name,
                                                  "state_code": ref.code,
                                                  "alpha2": ref.alpha2, "alpha3": ref.alpha3},
                             events) for r in rows]

    def _standing(self, sql: str, params: dict[str, Any]) -> dict[int, str]:
        """Latest status event of each membership, as 'participation frozen since DATE'."""
        out: dict[int, str] = {}
        for e in self._r.rows(sql, params):
            if e["kind"].casefold().startswith(STATUS_EVENT_PREFIXES):
                out[e["membership_id"]] = f"{e['kind']} since {_d(e, 'date')}"
        return out

    @staticmethod
    def _member(org: str, r: dict[str, Any], events: dict[int, str]) -> Member:
        return Member(org, r["state"], r["state_code"], r["alpha2"], r["alpha3"], r["status"],
                      _d(r, "start_date"), _d(r, "end_date"), r["end_reason"],
                      events.get(r["membership_id"]), r["confidence"], r["notes"],
                      r["source"], r["source_url"])

    def officials(self, organization: str, *, as_of: str | dt.date | None = None,
                  history: bool = False) -> list[Official]:
        day = _as_of(as_of)
        org = self.lookup_organization(organization)
        rows = self._r.rows(q.OFFICIALS, {"org": org.id, "d": day,
                                          "all": int(history)})
        return [Official(org.code, r["post"], r["person"], r["role"], bool(r["acting"]),
                         _d(r, "start_date"), _d(r, "end_date"), r["confidence"], r["notes"],
                         r["source"], r["source_url"]) for r in rows]

    def treaties(self, organization: str | None = None) -> list[TreatySummary]:
        org = self.lookup_organization(organization) if organization else None
        rows = self._r.rows(q.TREATIES, {"org": org.id if org else -1,
                                         "any_org": 0 if org else 1})
        return [TreatySummary(r["code"], r["title"], _d(r, "signed"), r["signed_place"],
                              _d(r, "in_force"), r["depositary"], r["organization"])
                for r in rows]

    def treaty_actions(self, treaty: str) -> list[TreatyAction]:
        """Every state's actions under one treaty."""
        t = self.lookup_treaty(treaty)
        return [self._action(r) for r in self._r.rows(q.TREATY_ACTIONS, {"treaty": t.id})]

    def treaty_status(self, treaty: str) -> list[TreatyStatus]:
        """The actions pivoted as the UN Treaty Collection's status tables lay them out."""
        by_state: dict[str, dict[str, Any]] = {}
        for a in self.treaty_actions(treaty):
            row = by_state.setdefault(a.state, {"signature": None, "consent": None,
                                                "withdrawal": None, "depositary": False})
            if a.action == "signature":
                row["signature"] = a.date
            elif a.action in _CONSENT_MARK:
                row["consent"] = f"{a.date}{_CONSENT_MARK[a.action]}"
            elif a.action in ("withdrawal", "denunciation"):
                row["withdrawal"] = a.date + (" D" if a.action == "denunciation" else "")
            elif a.action == "depositary":
                row["depositary"] = True
        return [TreatyStatus(state, **v) for state, v in sorted(by_state.items())]

    def actions_of(self, state: str, *, as_of: str | dt.date | None = None,
                   history: bool = False) -> list[TreatyAction]:
        day = _as_of(as_of)
        ref = self.lookup_state(state)
        if ref.id is None:
            return []
        rows = self._r.rows(q.ACTIONS_OF_STATE, {"state": ref.id, "d": day,
                                                 "all": int(history)})
        return [self._action(r) for r in rows]

    @staticmethod
    def _action(r: dict[str, Any]) -> TreatyAction:
        return TreatyAction(r["treaty"], r["treaty_title"], r["state"], r["state_code"],
                            r["action"], _d(r, "date"), r["confidence"], r["notes"],
                            r["source"], r["source_url"])

    def timeline(self, organization: str) -> list[Event]:
        org = self.lookup_organization(organization)
        return [Event(_d(r, "date", "precision"), r["kind"], r["subject"], r["detail"],
                      r["source"]) for r in self._r.rows(q.TIMELINE, {"org": org.id})]

    def search(self, text: str) -> list[SearchHit]:
        """Organizations, states, persons and treaties whose names contain TEXT, ranked:
        exact matches first, then prefixes, then other matches; ties by name."""
        wanted = _fold(text)
        if not wanted:
            raise UsageError("search text is empty")
        best: dict[tuple[str, str], tuple[int, SearchHit]] = {}
        for r in self._r.rows(q.SEARCH_NAMES):
            for matched in (r["matched"] or "").split("; "):
                f = _fold(matched)
                if wanted not in f and wanted != _fold(r["key"]):
                    continue
                rank = 0 if wanted in (f, _fold(r["key"])) else 1 if f.startswith(wanted) else 2
                hit = SearchHit(r["kind"], r["key"], r["name"], matched)
                k = (r["kind"], r["key"])
                if k not in best or rank < best[k][0]:
                    best[k] = (rank, hit)
        return [h for _, h in sorted(best.values(), key=lambda x: (x[0], x[1].name,
                                                                    x[1].kind))]

    def organization(self, organization: str, *,
                     as_of: str | dt.date | None = None) -> OrgDetail:
        """One organization: names, dates, bodies, members and officials on the date,
        treaties and sources."""
        day = _as_of(as_of)
        org = self.lookup_organization(organization)
        r = self._r.rows(q.ORG, {"org": org.id})[0]
        members = self.members(org.code, as_of=day)
        officials = self.officials(org.code, as_of=day)
        sources = sorted({x.source for x in [*members, *officials]} |
                         ({r["source"]} if r["source"] else set()))
        return OrgDetail(
            code=r["code"], name=r["name"],
            other_names=[f"{n['name']} ({n['lang']})" if n["lang"] else n["name"]
                         for n in self._r.rows(q.ORG_OTHER_NAMES, {"org": org.id})],
            identifiers=[f"{i['scheme']}:{i['identifier']}"
                         for i in self._r.rows(q.ORG_IDENTIFIERS, {"org": org.id})],
            classification=r["classification"], founded=_d(r, "founded"),
            dissolved=_d(r, "dissolved"), headquarters=r["headquarters"], parent=r["parent"],
            bodies=[c["code"] for c in self._r.rows(q.ORG_CHILDREN, {"org": org.id})],
            notes=r["notes"], source=r["source"], as_of=day.isoformat(), members=members,
            officials=officials, treaties=self.treaties(org.code), sources=sources,
        )


def connect(url: str | None = None) -> Database:
    """Open an orgdb database for lookups: `url` (SQLAlchemy form), else
    $ORGDB_DATABASE_URL, else the embedded default, created on first use."""
    return Database(open_reader(url))
