"""The lookups: the questions the CLI answers, as methods returning typed records
(orgdb.read.records). orgdb.Database inherits them; they read through `_rows()`.

Lookup contract (as in pycountry): `get_*` returns None, `lookup_*` raises NotFound with
suggestions, `search` returns a ranked list.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from orgdb.dates import PartialDate, Period, parse_partial, parse_period, partial_date
from orgdb.errors import NotFound, UsageError
from orgdb.read import queries as q
from orgdb.read.records import (
    Change,
    Combined,
    Event,
    Member,
    MemberCount,
    Official,
    OrgDetail,
    OrgRef,
    OrgSummary,
    PersonRef,
    Quality,
    SearchHit,
    Side,
    StateAction,
    StateRef,
    Succession,
    TreatyRef,
    TreatyStatus,
    TreatySummary,
)

# Kinds of membership event that change how a membership stands (shown beside its status).
STATUS_EVENT_PREFIXES = ("participation", "suspension", "suspended", "withdrawal")


def _coverage(row: dict[str, Any]) -> str:
    """How far the data of an organization reaches: curated (kept current by the data
    revisions), or the year an imported source stops seeing it."""
    if row["curated"]:
        return "curated"
    seen = row["observed_until"]
    return f"COW to {str(seen)[:4]}" if seen else "imported"


def _d(row: dict[str, Any], col: str, prec: str | None = None) -> PartialDate | None:
    return partial_date(row.get(col), row.get(prec or col.replace("_date", "") + "_precision"))


_CONSENT_MARK = {"ratification": "", "accession": " a", "succession": " d",
                 "acceptance": " A", "approval": " AA"}


AsOf = str | dt.date | Period | None


def _when(as_of: AsOf, history: bool) -> Period:
    """The period asked about (a day, or a month or year); every spell (history) and one
    period exclude each other."""
    if history and as_of is not None:
        raise UsageError("--history lists every spell and takes no --as-of date",
                         "drop --as-of to see every spell, or --history to see one day")
    return parse_period(as_of)


def _status(status: str | None) -> str | None:
    """A membership status from the vocabulary, whatever its case; else a usage error."""
    if status is None:
        return None
    from orgdb.vocabulary import STATUSES

    wanted = " ".join(status.casefold().split())
    if wanted not in STATUSES:
        raise UsageError(f"unknown status {status!r}", "use one of: " + ", ".join(STATUSES))
    return wanted


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _named(rows: dict[str, dict[str, Any]], others: str, *, surnames: bool = False):
    """The resolution stage of records keyed by code (or key): the key exactly, the name
    and the other names ('; '-joined in column `others`), and for persons the surname."""
    def stage(names) -> None:
        for key, r in rows.items():
            label = f"{r['name']} ({key})"
            names.add(key, key, label, code=True)
            for n in [r["name"], *(r[others] or "").split("; ")]:
                names.add(n, key, label)
                if surnames and n and " " in n:  # the surname alone: 'Bordyuzha'
                    names.add(n.rsplit(" ", 1)[1], key, label)
    return stage


def _uncertain(latest: PartialDate | None, earliest: PartialDate | None,
               period: Period | None) -> str | None:
    """What a spell with a bounded day leaves open on the day asked about: inside the
    bounds it may not have begun yet, or may have ended; outside them, nothing."""
    if period is None:
        return None
    if latest is not None and period.start < latest.date:
        return f"may not have begun yet (began by {latest})"
    if earliest is not None and period.end >= earliest.date:
        return f"may have ended (from {earliest})"
    return None


def _or_none(lookup, name):
    try:
        return lookup(name)
    except (NotFound, UsageError):
        return None


class Lookups:
    """Read methods over `_rows(sql, params)`, which the handle provides."""

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        raise NotImplementedError

    # ------------------------------------------------------------------ names
    # Resolution rules: orgdb.read.names. get_* returns None where lookup_* raises.

    def get_organization(self, name: str | OrgRef) -> OrgRef | None:
        """An organization by code, name or other name (orgdb.read.names), else None."""
        return _or_none(self.lookup_organization, name)

    def lookup_organization(self, name: str | OrgRef) -> OrgRef:
        """An organization by code, name or other name; NotFound with suggestions."""
        if isinstance(name, OrgRef):  # resolved already (the CLI resolves, then asks)
            return name
        plain = _fold(name)  # the common case, a code or name as stored: found by the
        # database where the name is plain ASCII, else among every name, folded
        if plain.isascii() and len(plain) <= 200:
            hits = {(r["id"], r["code"], r["name"])
                    for r in self._rows(q.ORG_BY_NAME, {"name": plain})
                    if plain in (_fold(r["code"]), _fold(r["matched"]))}
            if len(hits) == 1:
                return OrgRef(*hits.pop())
        rows = self._rows(q.ORG_NAMES)
        by_code = {r["code"]: r for r in rows}
        hits = {r["code"] for r in rows if plain in (_fold(r["code"]), _fold(r["matched"]))}
        if len(hits) == 1:
            found = by_code[hits.pop()]
            return OrgRef(found["id"], found["code"], found["name"])

        from orgdb.read.names import fold_spelling, resolve

        def database(names) -> None:
            for r in rows:
                label = f"{r['name']} ({r['code']})"
                names.add(r["code"], r["code"], label, code=True)
                names.add(r["matched"], r["code"], label)

        try:
            code = resolve("organization", name, [database], fold_spelling).ident
        except NotFound:
            from orgdb.read.sets import is_expression

            if any(op in name for op in "&|-") and is_expression(name):
                raise UsageError(f"{name!r} is a set expression: members and diff answer "
                                 "those", "name one organization here") from None
            raise
        return OrgRef(by_code[code]["id"], code, by_code[code]["name"])

    def organization_or_expression(self, text: str) -> OrgRef | None:
        """The organization `text` names, or None where it is a set expression over
        organizations ('NATO & EU': see combine). Text written with an operator names an
        organization only by a code or recorded name spelled exactly (case aside), so that
        'NATO &' is a malformed expression, not NATO."""
        if not ("&" in text or "|" in text or "-" in text):  # a name: sets.py not loaded
            return self.lookup_organization(text)
        from orgdb.read.sets import is_expression

        if not is_expression(text):
            return self.lookup_organization(text)
        wanted = text.strip().casefold()
        hits = {(r["id"], r["code"], r["name"]) for r in self._rows(q.ORG_NAMES)
                if wanted in (r["code"].casefold(), r["matched"].casefold())}
        return OrgRef(*hits.pop()) if len(hits) == 1 else None

    def get_state(self, name: str | StateRef) -> StateRef | None:
        """A state by code, name or other name in the database, else by ISO or COW code or
        ISO name in any language (a real state the database does not hold has id None);
        else None."""
        return _or_none(self.lookup_state, name)

    def lookup_state(self, name: str | StateRef) -> StateRef:
        """A state as get_state finds it; NotFound with suggestions."""
        if isinstance(name, StateRef):
            return name
        rows = self._rows(q.STATE_NAMES)
        plain = _fold(name)  # a code or name as stored resolves without the stages
        hits = {r["code"]: r for r in rows
                if plain in {_fold(v) for v in (r["code"], r["alpha2"], r["alpha3"],
                                                r["matched"]) if v}}
        if len(hits) == 1 and len(plain) > 3:  # short codes may also be COW's (AUS)
            r = hits.popitem()[1]
            return StateRef(r["id"], r["code"], r["name"], r["alpha2"], r["alpha3"],
                            kind=r["kind"])
        from orgdb.read.names import cow_note, fold, resolve, state_stages

        stages = state_stages(rows, lambda n, c: f"{n} ({c})")
        found = resolve("state", name, stages,
                        shown=lambda names, i: names.label[i].rsplit(" (", 1)[0])
        code = found.ident
        note = cow_note(found.names, fold(name), code) if len(fold(name)) <= 3 else None
        for r in rows:
            if r["code"] == code:
                return StateRef(r["id"], code, r["name"], r["alpha2"], r["alpha3"], note,
                                r["kind"])
        return self._state_outside(code, note)

    @staticmethod
    def _state_outside(code: str, note: str | None) -> StateRef:
        """A state the database has no row for, from ISO 3166 (it belongs to nothing)."""
        import pycountry

        if len(code) == 4:
            old = pycountry.historic_countries.get(alpha_4=code)
            assert old is not None, code  # names.resolve found it there
            return StateRef(None, code, old.name, None, getattr(old, "alpha_3", None), note)
        c = pycountry.countries.get(alpha_2=code)
        assert c is not None, code
        return StateRef(None, code, getattr(c, "common_name", None) or c.name, code,
                        c.alpha_3, note)

    def get_treaty(self, name: str | TreatyRef) -> TreatyRef | None:
        """A treaty by code, title or other title, else None."""
        return _or_none(self.lookup_treaty, name)

    def lookup_treaty(self, name: str | TreatyRef) -> TreatyRef:
        """A treaty by code, title or other title; NotFound with suggestions."""
        if isinstance(name, TreatyRef):
            return name
        from orgdb.read.names import fold_spelling, resolve

        rows = {r["code"]: r for r in self._rows(q.TREATY_NAMES)}
        stage = _named(rows, "other_titles")
        found = resolve("treaty", name, [stage], fold_spelling).ident
        return TreatyRef(rows[found]["id"], found, rows[found]["name"])

    # ------------------------------------------------------------------ lookups

    def organizations(self, *, as_of: AsOf = None) -> list[OrgSummary]:
        """Every organization with its member count on the date (default today), or the
        number that were members at any time in a month or year: full members and
        suspended ones (`suspended` says how many), and the day its data is current to."""
        rows = self._rows(q.ORGS, parse_period(as_of).sql)
        checked = self.current_to()
        return [OrgSummary(r["code"], r["name"], r["classification"], _d(r, "founded"),
                           _d(r, "dissolved"), int(r["members"]), int(r["suspended"]),
                           r["counted_as"], _coverage(r), _d(r, "observed_until"),
                           checked if r["curated"] else _d(r, "observed_until"))
                for r in rows]

    def quality(self, organization: str | OrgRef | None = None) -> list[Quality]:
        """What each curated organization's data rests on (orgdb.read.records.Quality), or
        one organization's (curated or not), in order of code."""
        from orgdb.vocabulary import CONFIDENCES, PRIMARY_CLASSES, SOURCE_CLASSES

        orgs = self._rows(q.ORG_IDS)
        if organization is not None:
            one = self.lookup_organization(organization)
            orgs = [o for o in orgs if o["id"] == one.id]
        else:
            orgs = [o for o in orgs if o["curated"]]
        wanted = {o["id"] for o in orgs}
        tally: dict[int, list[dict[str, Any]]] = {i: [] for i in wanted}
        for r in self._rows(q.QUALITY_ROWS):
            if r["org"] in wanted:
                tally[r["org"]].append(r)
        gaps: dict[str, list[str]] = {}
        for g in self._rows(q.KNOWN_GAPS):
            gaps.setdefault(g["code"], []).append(f"{g['topic']}: {g['description']}")
        checked = self.current_to()
        out = []
        for o in orgs:
            rows = tally[o["id"]]

            def count(field: str, values: tuple[str, ...], other: str,
                      rows: list[dict[str, Any]] = rows) -> dict[str, int]:
                found = {v: sum(1 for r in rows if r[field] == v) for v in values}
                found[other] = len(rows) - sum(found.values())
                return {k: n for k, n in found.items() if n}

            primary = sum(1 for r in rows if r["source_class"] in PRIMARY_CLASSES)
            seen = (None if o["curated"] else max(
                (m.observed_until for m in self.members(OrgRef(o["id"], o["code"], o["name"]),
                                                        history=True, predecessors=False)
                 if m.observed_until), default=None, key=lambda d: d.date))
            out.append(Quality(
                o["code"], o["name"], len(rows), count("confidence", CONFIDENCES, "unstated"),
                count("precision", ("day", "month", "year", "bounded"), "other"),
                count("source_class", SOURCE_CLASSES, "unclassified"),
                primary / len(rows) if rows else None, gaps.get(o["code"], []),
                checked if o["curated"] else seen))
        return out

    def current_to(self) -> PartialDate | None:
        """The day through which the curated data was last checked current, as the data
        revisions record it (None in a database that records none)."""
        day = self._rows(q.CURRENT_TO)[0]["current_to"]
        return partial_date(day, "day") if day is not None else None

    def members(self, organization: str | OrgRef, *, as_of: AsOf = None,
                history: bool = False, status: str | None = None,
                predecessors: bool = True) -> list[Member]:
        """Member states of an organization on a date (default today), at any time in a
        month or year (`as_of="2011"`; spells covering only part of it have `partial`), or
        every spell. A day before the organization was founded is answered by its
        predecessor (the EEC for the EU in 1980), and the history holds the predecessors'
        spells first; each row names the organization that answered.
        `predecessors=False` keeps to the organization itself."""
        period = _when(as_of, history)
        status = _status(status)
        org = self.lookup_organization(organization)
        if history:
            orgs = self.chain(org) if predecessors else [org]
        else:
            orgs = [self.answering(org, period.end) if predecessors else org]
        out = []
        for o in reversed(orgs):  # the earliest predecessor first
            params = {"org": o.id, **period.sql, "all": int(history)}
            rows = self._rows(q.MEMBERS, params)
            events = self._standing(q.EVENTS_OF_ORG, params)
            out += [self._member(o.code, r, events, None if history else period)
                    for r in rows if status is None or r["status"] == status]
        return out

    def combine(self, expression: str, *, as_of: AsOf = None,
                status: str | None = "member") -> list[Combined]:
        """The states a set expression over organizations selects on a date (default
        today) or at any time in a month or year: 'NATO & EU' (in both), 'CSTO - SCO' (in
        the first, not the second), 'EU | EFTA' (in either), with parentheses; each
        organization answered through its predecessors as `members` does. Counts spells
        of `status` (default member; None: any)."""
        from orgdb.read import sets

        node = sets.parse(expression)
        refs = {name: self.lookup_organization(name) for name in sets.names(node)}
        spells = {name: {(m.member_type, m.state_code): m
                         for m in self.members(ref, as_of=as_of, status=status)}
                  for name, ref in refs.items()}
        chosen = sets.evaluate(node, {name: set(rows) for name, rows in spells.items()})
        out = []
        for key in chosen:
            m = next(rows[key] for rows in spells.values() if key in rows)
            member_of = list(dict.fromkeys(refs[name].code for name, rows in spells.items()
                                           if key in rows))
            out.append(Combined(m.state, m.state_code, m.member_type, m.member_kind,
                                m.alpha2, m.alpha3, member_of))
        return sorted(out, key=lambda c: (c.state.casefold(), c.state_code))

    def counted_as(self, organization: str | OrgRef) -> str:
        """What the organization counts among its members, as it says itself: "member
        states" (the UN's 193) or "members" (the WTO's, with customs territories and the
        EU)."""
        if not isinstance(organization, OrgRef):  # a code, as member rows name it: no
            # name resolution needed
            found = self._rows(q.COUNTED_AS_OF_CODE, {"code": organization})
            if found:
                return str(found[0]["counted_as"])
        org = self.lookup_organization(organization)
        return str(self._rows(q.COUNTED_AS, {"org": org.id})[0]["counted_as"])

    def member_count(self, organization: str | OrgRef, *, as_of: AsOf = None) -> MemberCount:
        """How many members the organization had on a date (default today), or in a month
        or year, counted as it counts them, by kind of member; others by status."""
        spells = self.members(organization, as_of=as_of)
        answered = spells[0].organization if spells else organization
        return MemberCount.of(spells, self.counted_as(answered))

    def empty_reason(self, organization: str | OrgRef, *, as_of: AsOf = None) -> str:
        """Why an organization has no members on a date: not founded yet, dissolved, or
        none recorded then."""
        period = parse_period(as_of)
        org = self.lookup_organization(organization)
        return (self._outside_life(org, period)
                or f"no member of {org.code} is recorded on {period.text}")

    def _outside_life(self, org: OrgRef, period: Period) -> str | None:
        """'X was founded on D, after P' or 'X was dissolved on D, before P', else None."""
        r = self._rows(q.ORG, {"org": org.id})[0]
        if r["founded"] is not None and str(r["founded"])[:10] > period.end.isoformat():
            return f"{org.code} was founded on {_d(r, 'founded')}, after {period.text}"
        if r["dissolved"] is not None and str(r["dissolved"])[:10] < period.start.isoformat():
            return f"{org.code} was dissolved on {_d(r, 'dissolved')}, before {period.text}"
        return None

    def answering(self, org: OrgRef, day: dt.date) -> OrgRef:
        """The organization that answers for `org` on `day`: itself, or, before it was
        founded, the predecessor that was there then (the EEC for the EU in 1980)."""
        chain = self.chain(org)
        for this in chain[:-1]:  # the earliest answers for any day before the others
            founded = self._rows(q.ORG_FOUNDED, {"org": this.id})[0]["founded"]
            if founded is None or str(founded)[:10] <= day.isoformat():
                return this
        return chain[-1]

    def memberships_of_organization(self, organization: str | OrgRef, *, as_of: AsOf = None,
                                    history: bool = False) -> list[Member]:
        """The organizations an organization is itself a member of (the EU in the G20)."""
        period = _when(as_of, history)
        org = self.lookup_organization(organization)
        rows = self._rows(q.MEMBERSHIPS_OF_ORG, {"member": org.id, **period.sql,
                                                 "all": int(history)})
        return [self._member(r["organization"], {**r, "state": org.name, "state_code": org.code,
                                                  "member_type": "organization",
                                                  "member_kind": None,
                                                  "alpha2": None, "alpha3": None}, {},
                             None if history else period)
                for r in rows]

    def successions_of(self, state: str | StateRef) -> list[Succession]:
        """A state's predecessors and successors (the USSR and the Russian Federation)."""
        ref = self.lookup_state(state)
        if ref.id is None:
            return []
        return [Succession(r["side"], r["code"], r["name"], r["kind"], _d(r, "date"),
                           r["notes"])
                for r in self._rows(q.STATE_SUCCESSIONS, {"state": ref.id})]

    def memberships_of(self, state: str | StateRef, *, as_of: AsOf = None,
                       history: bool = False) -> list[Member]:
        """The organizations a state belongs to on a date (or in a month or year), or every
        spell."""
        period = _when(as_of, history)
        ref = self.lookup_state(state)
        if ref.id is None:
            return []
        params = {"state": ref.id, **period.sql, "all": int(history)}
        rows = self._rows(q.MEMBERSHIPS_OF, params)
        events = self._standing(q.EVENTS_OF_STATE, params)
        return [self._member(r["organization"], {**r, "state": ref.name,
                                                  "state_code": ref.code,
                                                  "member_type": "state",
                                                  "member_kind": ref.kind,
                                                  "alpha2": ref.alpha2, "alpha3": ref.alpha3},
                             events, None if history else period) for r in rows]

    def _standing(self, sql: str, params: dict[str, Any]) -> dict[int, str]:
        """Latest status event of each membership, as 'participation frozen since DATE'."""
        out: dict[int, str] = {}
        for e in self._rows(sql, params):
            if e["kind"].casefold().startswith(STATUS_EVENT_PREFIXES):
                out[e["membership_id"]] = f"{e['kind']} since {_d(e, 'date')}"
        return out

    @staticmethod
    def _member(org: str, r: dict[str, Any], events: dict[int, str],
                period: Period | None = None) -> Member:
        # A spell that begins or ends inside a month or year asked about covers part of it.
        partial = period is not None and not period.one_day and (
            str(r["start_date"])[:10] > period.start.isoformat()
            or (r["end_date"] is not None and str(r["end_date"])[:10] < period.end.isoformat()))
        latest, earliest = _d(r, "start_latest_date"), _d(r, "end_earliest_date")
        return Member(org, r["state"], r["state_code"], r["member_type"], r["member_kind"],
                      r["alpha2"], r["alpha3"], r["status"],
                      _d(r, "start_date"), _d(r, "end_date"), r["end_reason"],
                      _d(r, "observed_until"), events.get(r["membership_id"]),
                      r["confidence"], r["notes"],
                      r["source"], r["source_url"], partial, latest, earliest,
                      _uncertain(latest, earliest, period))

    def officials(self, organization: str | OrgRef, *, as_of: AsOf = None,
                  history: bool = False, predecessors: bool = True) -> list[Official]:
        """Who held each post on a date (everyone who did in a month or year), or every
        tenure. Like `members`, a day before the organization was founded is answered by
        its predecessor (the OAU's Secretary-General for the AU in 1990), and the history
        holds the predecessors' tenures first; each row names the organization that
        answered. `predecessors=False` keeps to the organization itself."""
        period = _when(as_of, history)
        org = self.lookup_organization(organization)
        chain = self.chain(org) if predecessors else [org]
        if not history:
            # the organization's own posts first: a post it carries from before its
            # founding (the Commission's Presidents since 1958, kept on the EU) answers
            # for itself; otherwise the predecessor that was there then
            found = self._officials(org, period, history)
            then = self.answering(org, period.end) if predecessors else org
            return found or (self._officials(then, period, history) if then != org else [])
        return [r for o in reversed(chain) for r in self._officials(o, period, history)]

    def _officials(self, org: OrgRef, period: Period, history: bool) -> list[Official]:
        rows = self._rows(q.OFFICIALS, {"org": org.id, **period.sql, "all": int(history)})
        return [Official(org.code, r["post"], r["person"], r["role"], bool(r["acting"]),
                         _d(r, "start_date"), _d(r, "end_date"), r["confidence"], r["notes"],
                         r["source"], r["source_url"]) for r in rows]

    def chain(self, org: OrgRef) -> list[OrgRef]:
        """The organization and the predecessors that answer for it, newest first (the
        AU, the OAU; the EU, the EC, the EEC)."""
        out, seen = [org], {org.id}
        while True:
            before = [p for p in self._rows(q.PREDECESSOR, {"org": out[-1].id})
                      if p["id"] not in seen]
            if not before:
                return out
            out.append(OrgRef(before[0]["id"], before[0]["code"], before[0]["name"]))
            seen.add(out[-1].id)

    def vacancy(self, organization: str | OrgRef, *, as_of: AsOf = None,
                predecessors: bool = True) -> str:
        """Why an organization has no official on a date: not founded yet, dissolved, or
        the post between two holders ('Secretary-General was vacant: Dag Hammarskjöld's
        tenure ended on 1961-09-18, U Thant's began on 1961-11-03')."""
        period = parse_period(as_of)
        org = self.lookup_organization(organization)
        tenures = self._rows(q.OFFICIALS, {"org": org.id, **period.sql, "all": 1})
        # as `officials` answers: a post the organization carries from before its founding
        # (the Commission's Presidents, kept on the EU) speaks for itself
        carried = any(str(t["start_date"])[:10] <= period.end.isoformat() for t in tenures)
        if predecessors and not carried:
            then = self.answering(org, period.end)
            if then != org:
                org = then
                tenures = self._rows(q.OFFICIALS, {"org": org.id, **period.sql, "all": 1})
        outside = None if carried else self._outside_life(org, period)
        if outside:
            return outside
        day = period.start.isoformat()
        before = [t for t in tenures if t["end_date"] is not None
                  and str(t["end_date"])[:10] < day]
        after = [t for t in tenures if str(t["start_date"])[:10] > period.end.isoformat()]
        held = len(tenures) - len(before) - len(after)  # tenures that cover the period
        if before and after and not held:
            last = max(before, key=lambda t: str(t["end_date"]))
            nxt = min(after, key=lambda t: str(t["start_date"]))
            return (f"the post of {last['post']} of {org.code} was vacant on {period.text}: "
                    f"{last['person']}'s tenure ended on {_d(last, 'end_date')}, "
                    f"{nxt['person']}'s began on {_d(nxt, 'start_date')}")
        if not tenures:
            return f"no official of {org.code} is recorded"
        return f"no official of {org.code} is recorded on {period.text}"

    def treaties(self, organization: str | OrgRef | None = None) -> list[TreatySummary]:
        """Every treaty, or those of one organization, in order of signature."""
        org = self.lookup_organization(organization) if organization else None
        rows = self._rows(q.TREATIES, {"org": org.id if org else -1,
                                         "any_org": 0 if org else 1})
        return [TreatySummary(r["code"], r["title"], _d(r, "signed"), r["signed_place"],
                              _d(r, "in_force"), r["depositary"], r["organization"])
                for r in rows]

    def treaty_actions(self, treaty: str | TreatyRef) -> list[StateAction]:
        """Every state's actions under one treaty."""
        t = self.lookup_treaty(treaty)
        return [self._action(r) for r in self._rows(q.ACTIONS_OF_TREATY,
                                                    {"treaty": t.id})]

    def treaty_status(self, treaty: str | TreatyRef) -> list[TreatyStatus]:
        """The actions pivoted as the UN Treaty Collection's status tables lay them out."""
        by_state: dict[str, dict[str, Any]] = {}
        for a in self.treaty_actions(treaty):
            row = by_state.setdefault(a.state, {"signature": None, "consent": None,
                                                "deposit": None, "in_force": None,
                                                "withdrawal": None, "depositary": False})
            if a.action == "signature":
                row["signature"] = a.date
            elif a.action == "deposit":
                row["deposit"] = a.date
            elif a.action == "entry_into_force":
                row["in_force"] = a.date
            elif a.action in _CONSENT_MARK:
                row["consent"] = f"{a.date}{_CONSENT_MARK[a.action]}"
            elif a.action in ("withdrawal", "denunciation"):
                row["withdrawal"] = f"{a.date}" + (" D" if a.action == "denunciation" else "")
            elif a.action == "depositary":
                row["depositary"] = True
        return [TreatyStatus(state, **v) for state, v in sorted(by_state.items())]

    def actions_of(self, state: str | StateRef, *, as_of: AsOf = None,
                   history: bool = False) -> list[StateAction]:
        """A state's treaty actions (signatures, ratifications, withdrawals...) taken on
        or before the date, default today, or every action with history."""
        period = _when(as_of, history)
        ref = self.lookup_state(state)
        if ref.id is None:
            return []
        rows = self._rows(q.ACTIONS_OF_STATE, {"state": ref.id, **period.sql,
                                                 "all": int(history)})
        return [self._action(r) for r in rows]

    @staticmethod
    def _action(r: dict[str, Any]) -> StateAction:
        return StateAction(r["treaty"], r["treaty_title"], r["state"], r["state_code"],
                            r["action"], _d(r, "date"), r["confidence"], r["notes"],
                            r["source"], r["source_url"])

    def timeline(self, organization: str | OrgRef, *, since: AsOf = None,
                 until: AsOf = None, predecessors: bool = True) -> list[Event]:
        """Every dated event of an organization in order, its predecessors' included
        (unless predecessors=False), or those from `since` (its first day) through `until`
        (its last day: until="2011" takes the whole year). Each names its organization."""
        org = self.lookup_organization(organization)
        low = parse_period(since).start.isoformat() if since is not None else ""
        high = parse_period(until).end.isoformat() if until is not None else "9999"
        events = [Event(_d(r, "date", "precision"), r["kind"], r["subject"], r["detail"],
                        r["source"], o.code)
                  for o in reversed(self.chain(org) if predecessors else [org])
                  for r in self._rows(q.TIMELINE, {"org": o.id})
                  if r["date"] is not None and low <= str(r["date"])[:10] <= high]
        return sorted(events, key=lambda e: str(e.date.date) if e.date else "")

    def diff(self, organization: str | OrgRef, first: AsOf, second: AsOf, *,
             predecessors: bool = True) -> list[Change]:
        """Who joined, who left and whose status changed between two dates, each with the
        day it happened (Change). Each date is answered as `members` answers it, through
        a predecessor before the organization was founded."""
        ref = (organization if isinstance(organization, OrgRef)
               else self.organization_or_expression(organization))
        if ref is None:
            return self._combined_diff(str(organization), first, second)
        org = ref
        low, high = parse_period(first), parse_period(second)

        def standing(day: Period) -> dict[str, tuple[str, str]]:
            return {m.state_code: (m.state, m.status + (f" ({m.standing})" if m.standing
                                                          else ""))
                    for m in self.members(org, as_of=day, predecessors=predecessors)}

        spells: dict[str, list[Member]] = {}
        for m in self.members(org, history=True, predecessors=predecessors):
            spells.setdefault(m.state_code, []).append(m)

        def when(code: str, change: str, status: str = "") -> tuple[PartialDate | None,
                                                                   str | None]:
            """The spell that made the change: the first of `status` to begin after the
            first date (joined, changed), or the last to end before the second (left)."""
            mine = [m for m in spells.get(code, []) if m.start is not None]
            if change == "left":
                ended = [m for m in mine if m.end is not None
                         and m.end.date < high.start and m.end.date >= low.start]
                last = max(ended, key=lambda m: m.end.date, default=None)  # type: ignore
                return (last.end, last.organization) if last else (None, None)
            # the spell of `status` held on the second date, followed back through the
            # spells of the same status that run on into it (the EEC's, the EC's, the
            # EU's): the change is where that run began
            def began(m: Member) -> dt.date:
                assert m.start is not None  # `mine` holds spells with a start
                return m.start.date

            def finished(m: Member) -> dt.date:
                return m.end.date if m.end is not None else dt.date.max

            run = [m for m in mine if status.startswith(m.status) and began(m) <= high.end
                   and finished(m) >= high.start]
            while run:
                earlier = [m for m in mine if m.status == run[-1].status
                           and m.end is not None and began(m) < began(run[-1])
                           and (began(run[-1]) - finished(m)).days <= 1]
                if not earlier:
                    break
                run.append(earlier[0])
            if run and began(run[-1]) > low.end:
                return run[-1].start, run[-1].organization
            if " since " in status:  # the same status, a new standing ('participation
                # frozen since 2024-02-22'): the day of its event
                day = status.rsplit(" since ", 1)[1].rstrip(")")
                return partial_date(*parse_partial(day)), mine[-1].organization
            return None, None

        before, after = standing(low), standing(high)
        out = []
        for code in sorted(before.keys() | after.keys(),
                           key=lambda c: (before.get(c) or after[c])[0]):
            b, a = before.get(code), after.get(code)
            if b is None:
                assert a is not None  # the code is in one of the two
                out.append(Change("joined", a[0], code, None, a[1], *when(code, "joined", a[1])))
            elif a is None:
                out.append(Change("left", b[0], code, b[1], None, *when(code, "left")))
            elif b[1] != a[1]:
                out.append(Change("changed", a[0], code, b[1], a[1],
                                  *when(code, "changed", a[1])))
        return out

    def _combined_diff(self, expression: str, first: AsOf, second: AsOf) -> list[Change]:
        """diff over a set expression ('NATO & EU'): the states that came into the set or
        left it, each on the day it did (the last day in the set, for one that left):
        the first day after `first` on which the expression, evaluated on the operands'
        member spells, held the state's standing on `second`."""
        from orgdb.read import sets

        node = sets.parse(expression)
        refs = {name: self.lookup_organization(name) for name in sets.names(node)}
        low, high = parse_period(first), parse_period(second)
        before = {c.state_code: c for c in self.combine(expression, as_of=low)}
        after = {c.state_code: c for c in self.combine(expression, as_of=high)}
        spells = {name: [m for m in self.members(ref, history=True, status="member")]
                  for name, ref in refs.items()}

        def inside(code: str, day: dt.date) -> bool:
            held = {name: {code} if any(m.state_code == code and m.start is not None
                                        and m.start.date <= day
                                        and (m.end is None or m.end.date >= day)
                                        for m in rows) else set()
                    for name, rows in spells.items()}
            return code in sets.evaluate(node, held)

        def when(code: str, now_in: bool) -> PartialDate | None:
            """The last change point up to `second` where the state's place in the set
            became what it is on `second`; spells' first days and the days after their
            last ones are where it can change."""
            points = sorted({d for rows in spells.values() for m in rows
                             if m.state_code == code
                             for d in ([m.start.date] if m.start else [])
                             + ([m.end.date + dt.timedelta(days=1)] if m.end else [])
                             if low.end < d <= high.end})
            flips = [day for day in points if inside(code, day) == now_in
                     and inside(code, day - dt.timedelta(days=1)) != now_in]
            if not flips:
                return None
            return partial_date(flips[-1] - dt.timedelta(days=0 if now_in else 1), "day")

        out = []
        for code in sorted(before.keys() | after.keys(),
                           key=lambda c: (before.get(c) or after[c]).state):
            b, a = before.get(code), after.get(code)
            if b is None and a is not None:
                out.append(Change("joined", a.state, code, None, " ".join(a.member_of),
                                  when(code, True)))
            elif a is None and b is not None:
                out.append(Change("left", b.state, code, " ".join(b.member_of), None,
                                  when(code, False)))
        return out

    def compare(self, first: str | StateRef, second: str | StateRef, *,
                as_of: AsOf = None) -> list[Side]:
        """Two states' memberships side by side on a date (default today), or at any time
        in a month or year: each organization either belonged to, with each one's status,
        those of both first."""
        a, b = self.lookup_state(first), self.lookup_state(second)
        if a.code == b.code:
            raise UsageError(f"both names are {a.name}", "name two different states")

        def standing(ref: StateRef) -> dict[str, str]:
            out: dict[str, str] = {}
            for m in self.memberships_of(ref, as_of=as_of):
                text = m.status + (f" ({m.standing})" if m.standing else "")
                out[m.organization] = "; ".join(filter(None, [out.get(m.organization),
                                                              text]))
            return out

        left, right = standing(a), standing(b)
        names = {r["code"]: r["name"] for r in self._rows(q.ORG_NAMES)
                 if r["name"] == r["matched"]}
        rows = [Side(code, names.get(code, code), left.get(code), right.get(code),
                     "both" if code in left and code in right
                     else "first" if code in left else "second")
                for code in left.keys() | right.keys()]
        order = {"both": 0, "first": 1, "second": 2}
        return sorted(rows, key=lambda r: (order[r.shared], r.organization))

    def get_person(self, name: str | PersonRef) -> PersonRef | None:
        """A person by key, name, other name or surname, else None."""
        return _or_none(self.lookup_person, name)

    def lookup_person(self, name: str | PersonRef) -> PersonRef:
        """A person by key, name or other name (exact, then a unique prefix); NotFound
        with suggestions."""
        if isinstance(name, PersonRef):
            return name
        rows = {r["key"]: r for r in self._rows(q.PERSON_NAMES)}
        from orgdb.read.names import resolve

        found = resolve("person", name, [_named(rows, "other_names", surnames=True)],
                        shown=lambda names, i: names.label[i].rsplit(" (", 1)[0]).ident
        return PersonRef(rows[found]["id"], found, rows[found]["name"])

    def posts_of(self, person: str | PersonRef) -> list[Official]:
        """Every post a person held, in order."""
        ref = self.lookup_person(person)
        return [Official(r["organization"], r["post"], r["person"], r["role"],
                         bool(r["acting"]), _d(r, "start_date"), _d(r, "end_date"),
                         r["confidence"], r["notes"], r["source"], r["source_url"])
                for r in self._rows(q.POSTS_OF_PERSON, {"person": ref.id})]

    def search(self, text: str) -> list[SearchHit]:
        """Organizations, states, persons and treaties whose names contain TEXT, ranked:
        exact matches first, then prefixes, then other matches; ties by name."""
        wanted = _fold(text)
        if not wanted:
            raise UsageError("search text is empty")
        best: dict[tuple[str, str], tuple[int, SearchHit]] = {}
        for r in self._rows(q.SEARCH_NAMES):
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

    def organization(self, organization: str | OrgRef, *, as_of: AsOf = None) -> OrgDetail:
        """One organization: names, dates, bodies, members and officials on the date (or in
        the month or year), treaties and sources."""
        day = parse_period(as_of)
        org = self.lookup_organization(organization)
        r = self._rows(q.ORG, {"org": org.id})[0]
        links: dict[str, list[str]] = {"predecessor": [], "successor": []}
        for x in self._rows(q.ORG_SUCCESSIONS, {"org": org.id}):
            when = _d(x, "date")
            links[x["side"]].append(f"{x['code']} ({x['kind']}" + (f", {when})" if when
                                                                   else ")"))
        members = self.members(org, as_of=day)
        officials = self.officials(org, as_of=day)
        sources = sorted({m.source for m in members} | {o.source for o in officials} |
                         ({r["source"]} if r["source"] else set()))
        return OrgDetail(
            code=r["code"], name=r["name"],
            other_names=[f"{n['name']} ({n['lang']})" if n["lang"] else n["name"]
                         for n in self._rows(q.ORG_OTHER_NAMES, {"org": org.id})],
            identifiers=[f"{i['scheme']}:{i['identifier']}"
                         for i in self._rows(q.ORG_IDENTIFIERS, {"org": org.id})],
            classification=r["classification"], founded=_d(r, "founded"),
            dissolved=_d(r, "dissolved"), headquarters=r["headquarters"], parent=r["parent"],
            bodies=[c["code"] for c in self._rows(q.ORG_CHILDREN, {"org": org.id})],
            predecessors=links["predecessor"], successors=links["successor"],
            member_of=[m.organization for m in self.memberships_of_organization(
                org, as_of=day)],
            notes=r["notes"], source=r["source"], as_of=day.text, members=members,
            officials=officials, treaties=self.treaties(org), sources=sources,
        )
