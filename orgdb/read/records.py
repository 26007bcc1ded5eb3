"""The typed records lookups return: `as_dict()` gives their JSON/CSV shape."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


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
class StateAction(Record):
    """A state's action under a treaty (signature, ratification, withdrawal...)."""

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
