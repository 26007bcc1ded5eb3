"""The typed records lookups return: `as_dict()` gives their JSON/CSV shape. Dates are
orgdb.dates.PartialDate: the string every output prints, with `.date` and `.precision`.

They are typed NamedTuples, not dataclasses: building fourteen dataclasses costs the
lookup's cold start some 6 ms, NamedTuples under 1 ms (bench/lookup.py).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from orgdb.dates import PartialDate  # noqa: F401  (the dates' type, in annotations)


def plain(value: Any) -> Any:
    """A record, or a list of them, as plain dicts and lists (for JSON and CSV)."""
    if hasattr(value, "_asdict"):
        return {k: plain(v) for k, v in value._asdict().items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def record(cls: type) -> type:
    cls.as_dict = plain  # type: ignore[attr-defined]
    return cls


@record
class OrgRef(NamedTuple):
    id: int
    code: str
    name: str


@record
class TreatyRef(NamedTuple):
    id: int
    code: str
    title: str


@record
class StateRef(NamedTuple):
    id: int | None  # None: a real state that has no row (it belongs to nothing)
    code: str
    name: str
    alpha2: str | None
    alpha3: str | None
    note: str | None = None  # how the name was read, where it could be read otherwise
    kind: str = "sovereign state"  # or territory, customs territory, economy


@record
class OrgSummary(NamedTuple):
    code: str
    name: str
    classification: str | None  # e.g. "intergovernmental organization", "arrangement"
    founded: PartialDate | None
    dissolved: PartialDate | None
    members: int  # full members and suspended ones, as `members` lists them by default
    suspended: int  # of the members
    counted_as: str  # what the organization counts: "member states" or "members"
    coverage: str  # "curated", or how far an imported source saw it: "COW to 2014"
    observed_until: PartialDate | None
    current_to: PartialDate | None  # the day its data was checked current, or the last
    # day an imported source saw it


@record
class Member(NamedTuple):
    """A member's spell in an organization (one row of `members` or `state`). The member is
    a state, or an organization (the EU in the G20): `member_type` says which, and `state`
    and `state_code` then hold the organization's name and code. `organization` is the
    organization that answered: a predecessor, for a day before the one asked about was
    founded (the EEC for the EU in 1980)."""

    organization: str
    state: str
    state_code: str
    member_type: str  # "state" or "organization"
    member_kind: str | None  # a state's kind: sovereign state, territory, customs territory...
    alpha2: str | None
    alpha3: str | None
    status: str
    start: PartialDate | None
    end: PartialDate | None
    end_reason: str | None
    observed_until: PartialDate | None  # the source saw the spell until then, and no further
    standing: str | None  # latest status event, e.g. "participation frozen since 2024-02-22"
    confidence: str | None
    notes: str | None
    source: str
    source_url: str | None
    partial: bool = False  # asked for a month or year: the spell covers only part of it
    # A day known only within bounds (ISO 8601-2 / EDTF): the spell began on some day from
    # `start` to `start_latest`, ended on some day from `end_earliest` to `end`.
    start_latest: PartialDate | None = None
    end_earliest: PartialDate | None = None
    uncertain: str | None = None  # on a day inside the bounds: "may not have begun yet"


@record
class Combined(NamedTuple):
    """A state a set expression over organizations selects ('NATO & EU'): `member_of`
    lists the expression's organizations it belonged to then (codes, in the expression's
    order), whether or not the expression needed them."""

    state: str
    state_code: str
    member_type: str
    member_kind: str | None
    alpha2: str | None
    alpha3: str | None
    member_of: list[str]


@record
class MemberCount(NamedTuple):
    """How many members an organization has, counted as it counts them itself ("member
    states" or "members"): spells of status member, by the kind of member, and the others
    by status (associates, observers...)."""

    counted_as: str
    members: int
    kinds: dict[str, int]  # of the members: sovereign state, territory, organization...
    others: dict[str, int]  # by status: associate, observer...
    uncertain: int = 0  # of the members, those whose day is known only within bounds
    # that hold the day asked about (Uruguay in the OAS in 1953)

    @classmethod
    def of(cls, spells: list[Member], counted_as: str) -> MemberCount:
        """The count of a lookup's spells. A month or year may hold two spells of one
        member: each counts once, as a member if it was one at any time, else under its
        latest status."""
        latest: dict[tuple[str, str], Member] = {}
        for m in spells:
            seen = latest.get((m.member_type, m.state_code))
            if seen is None or seen.status != "member":
                latest[(m.member_type, m.state_code)] = m
        kinds: dict[str, int] = {}
        others: dict[str, int] = {}
        for m in latest.values():
            if m.status == "member":
                kind = m.member_kind or m.member_type
                kinds[kind] = kinds.get(kind, 0) + 1
            else:
                others[m.status] = others.get(m.status, 0) + 1
        uncertain = sum(1 for m in latest.values() if m.status == "member" and m.uncertain)
        return cls(counted_as, sum(kinds.values()), kinds, others, uncertain)

    def text(self) -> str:
        """E.g. '166 members (160 sovereign states, 2 territories, 1 organization...),
        1 suspended, 25 observers': the members (and how many of them are uncertain on
        the day), then the others by status, suspended first."""
        out = count_text(self.members, self.counted_as)
        if set(self.kinds) - {"sovereign state"}:
            out += " (" + ", ".join(count_text(n, k) for k, n in sorted(
                self.kinds.items(), key=lambda kv: (kv[0] != "sovereign state", kv[0]))) + ")"
        if self.uncertain:
            out += f" ({self.uncertain} of them uncertain)"
        others = sorted(self.others.items(), key=lambda kv: (kv[0] != "suspended", kv[0]))
        return ", ".join([out, *(count_text(n, s) for s, n in others)])


def count_text(n: int, noun: str) -> str:
    """'193 member states', '1 member', '2 territories'."""
    return f"{n} {_noun(noun, n)}"


def _noun(noun: str, n: int) -> str:
    """'member states' for 2, 'member state' for 1; 'territory' -> 'territories'."""
    singular = noun.removesuffix("s") if noun.endswith(("states", "members")) else noun
    if n == 1 or singular.endswith("ed"):  # '2 suspended'
        return singular
    if singular.endswith("y") and not singular.endswith("ey"):
        return singular[:-1] + "ies"
    return singular + "s"


@record
class Quality(NamedTuple):
    """What an organization's data rests on (`orgdb quality`): its fact rows (memberships,
    tenures, treaty actions, events) by confidence, by the precision of their dates
    ("bounded": a day known only within bounds) and by their source's class; the share on
    an official, depositary or news-of-record source; its known gaps; and the day its data
    is current to."""

    organization: str
    name: str
    rows: int
    confidence: dict[str, int]  # high, medium, low, unstated
    precision: dict[str, int]  # day, month, year, bounded
    source_class: dict[str, int]  # official record ... data set, unclassified
    primary_share: float | None  # of the rows, on an official, depositary or news source
    known_gaps: list[str]  # "topic: description"
    current_to: PartialDate | None

    def text(self) -> str:
        """'78% official, depositary or news of record (412 of 530 rows)'."""
        if self.primary_share is None:
            return "no rows"
        primary = round(self.primary_share * self.rows)
        return (f"{self.primary_share:.0%} official, depositary or news of record "
                f"({primary} of {self.rows} rows)")


@record
class Official(NamedTuple):
    organization: str
    post: str
    person: str
    role: str | None
    acting: bool
    start: PartialDate | None
    end: PartialDate | None
    confidence: str | None
    notes: str | None
    source: str
    source_url: str | None


@record
class PersonRef(NamedTuple):
    id: int
    key: str
    name: str


@record
class Change(NamedTuple):
    """How a member's standing differs between two dates (`orgdb diff`), and when it
    changed: the first day of the spell it joined or changed to, the last day of the spell
    it left (the spell of the organization that answered then: the EEC's, for a state that
    joined in 1981 and is asked about through the EU)."""

    change: str  # "joined", "left" or "changed"
    state: str
    state_code: str
    before: str | None  # status (and standing) on the first date
    after: str | None  # on the second
    date: PartialDate | None = None
    organization: str | None = None  # the organization whose spell gives the date


@record
class Side(NamedTuple):
    """One organization in `orgdb compare`: how each of two states stood in it on a date
    (status and standing, or None), and which of them were in it."""

    organization: str
    name: str
    first: str | None
    second: str | None
    shared: str  # "both", "first" or "second"


@record
class TreatySummary(NamedTuple):
    code: str
    title: str
    signed: PartialDate | None
    signed_place: str | None
    in_force: PartialDate | None
    depositary: str | None
    organization: str | None


@record
class StateAction(NamedTuple):
    """A state's action under a treaty (signature, ratification, withdrawal...)."""

    treaty: str
    treaty_title: str
    state: str
    state_code: str
    action: str
    date: PartialDate | None
    confidence: str | None
    notes: str | None
    source: str
    source_url: str | None


@record
class TreatyStatus(NamedTuple):
    """One participant's line in a UN Treaty Collection style status table."""

    participant: str
    signature: str | None
    consent: str | None  # ratification; accession (a), succession (d), acceptance (A) ...
    deposit: str | None  # of the instrument with the depositary, where sources give it apart
    in_force: PartialDate | None  # the day the treaty bound the state, where sources give it
    withdrawal: str | None
    depositary: bool


@record
class Event(NamedTuple):
    date: PartialDate | None
    kind: str
    subject: str
    detail: str | None
    source: str | None
    organization: str | None = None  # whose event: the one asked about or a predecessor


@record
class Succession(NamedTuple):
    """A state's predecessor or successor (the USSR, continued by the Russian Federation)."""

    side: str  # "predecessor" or "successor"
    code: str
    name: str
    kind: str
    date: PartialDate | None
    notes: str | None


@record
class SearchHit(NamedTuple):
    kind: str
    key: str
    name: str
    matched: str


@record
class OrgDetail(NamedTuple):
    code: str
    name: str
    other_names: list[str]
    identifiers: list[str]
    classification: str | None
    founded: PartialDate | None
    dissolved: PartialDate | None
    headquarters: str | None
    parent: str | None
    bodies: list[str]
    predecessors: list[str]  # e.g. "EC (replaced, 2009-12-01)"
    successors: list[str]
    member_of: list[str]  # the organizations it is itself a member of on the date
    notes: str | None
    source: str | None
    as_of: str | None
    members: list[Member] = []
    officials: list[Official] = []
    treaties: list[TreatySummary] = []
    sources: list[str] = []
