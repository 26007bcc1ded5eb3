"""The SQLModel tables: orgdb's schema, Popolo-aligned.

Dates are stored as full dates plus a precision (day, month, year): a partial start is the
first day of its period, a partial end the last, and every end date is inclusive. The
database enforces keys, foreign keys and start <= end itself; constraint names follow
NAMING_CONVENTION so later migrations can alter them (on SQLite too, in batch mode).

The tables live in orgdb's own MetaData (METADATA), not SQLModel's shared one, so a host
application's own SQLModel tables are left alone. Data revisions never import this module:
it describes the schema at head only.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    MetaData,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from orgdb.vocabulary import (
    CONFIDENCES,
    COUNTED_AS,
    END_REASONS,
    PRECISIONS,
    SOURCE_CLASSES,
    STATE_KINDS,
    STATUSES,
    TREATY_ACTIONS,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
METADATA = MetaData(naming_convention=NAMING_CONVENTION)


class OrgdbModel(SQLModel, registry=registry(metadata=METADATA)):
    """Base of orgdb's tables: their own registry and MetaData."""


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def _precision_checks(*prefixes: str) -> list[CheckConstraint]:
    return [
        CheckConstraint(_in(f"{p}_precision", PRECISIONS), name=f"{p}_precision")
        for p in prefixes
    ]


def _span_checks() -> list[CheckConstraint]:
    return [
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR start_date <= end_date",
                        name="start_before_end"),
        *_precision_checks("start", "end"),
    ]


def _fk(target: str, *, nullable: bool = False, cascade: bool = False) -> Column:
    return Column(
        Integer,
        ForeignKey(target, ondelete="CASCADE" if cascade else None),
        nullable=nullable,
        index=True,
    )


class Source(OrgdbModel, table=True):
    __tablename__ = "source"
    __table_args__ = (*_precision_checks("published", "retrieved"),
                      CheckConstraint("source_class IS NULL OR "
                                      + _in("source_class", SOURCE_CLASSES),
                                      name="source_class"))

    id: Optional[int] = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    title: str
    publisher: Optional[str] = None
    url: Optional[str] = Field(default=None, unique=True)
    published: Optional[dt.date] = None
    published_precision: str = "day"
    retrieved: Optional[dt.date] = None
    retrieved_precision: str = "day"
    via: Optional[str] = None  # the copy read, where the original was read through one
    notes: Optional[str] = None
    # what kind of document it is: official record, news of record, encyclopedia...
    source_class: Optional[str] = None


class State(OrgdbModel, table=True):
    """A member that is a country: a sovereign state, or (`kind`) a territory, customs
    territory or economy that an organization admits as a member."""

    __tablename__ = "state"
    __table_args__ = (*_span_checks(), CheckConstraint(_in("kind", STATE_KINDS), name="kind"))

    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    name: str
    alpha2: Optional[str] = Field(default=None, unique=True)
    alpha3: Optional[str] = Field(default=None, unique=True)
    cow_code: Optional[int] = Field(default=None, index=True)
    kind: str = Field(default=STATE_KINDS[0], sa_column=Column(
        String, nullable=False, server_default=STATE_KINDS[0]))
    start_date: Optional[dt.date] = None
    start_precision: str = "day"
    end_date: Optional[dt.date] = None
    end_precision: str = "day"
    source_id: Optional[int] = Field(default=None, sa_column=_fk("source.id", nullable=True))


class StateName(OrgdbModel, table=True):
    __tablename__ = "state_name"
    __table_args__ = (UniqueConstraint("state_id", "name"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    state_id: int = Field(sa_column=_fk("state.id", cascade=True))
    name: str = Field(index=True)
    lang: Optional[str] = None


class Organization(OrgdbModel, table=True):
    __tablename__ = "organization"
    __table_args__ = (
        CheckConstraint("dissolved IS NULL OR founded IS NULL OR founded <= dissolved",
                        name="founded_before_dissolved"),
        *_precision_checks("founded", "dissolved"),
        CheckConstraint(_in("counted_as", COUNTED_AS), name="counted_as"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    name: str
    classification: Optional[str] = None
    founded: Optional[dt.date] = None
    founded_precision: str = "day"
    dissolved: Optional[dt.date] = None
    dissolved_precision: str = "day"
    headquarters: Optional[str] = None
    parent_id: Optional[int] = Field(default=None, sa_column=_fk("organization.id", nullable=True))
    curated: bool = True
    # what the organization counts among its members: "member states" or "members"
    counted_as: str = Field(default=COUNTED_AS[0], sa_column=Column(
        String, nullable=False, server_default=COUNTED_AS[0]))
    notes: Optional[str] = None
    source_id: Optional[int] = Field(default=None, sa_column=_fk("source.id", nullable=True))


class OrganizationName(OrgdbModel, table=True):
    __tablename__ = "organization_name"
    __table_args__ = (UniqueConstraint("organization_id", "name"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    organization_id: int = Field(sa_column=_fk("organization.id", cascade=True))
    name: str = Field(index=True)
    lang: Optional[str] = None


class OrganizationIdentifier(OrgdbModel, table=True):
    __tablename__ = "organization_identifier"
    __table_args__ = (UniqueConstraint("scheme", "identifier"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    organization_id: int = Field(sa_column=_fk("organization.id", cascade=True))
    scheme: str
    identifier: str


class Membership(OrgdbModel, table=True):
    """A member's spell in an organization: the member is a state or, where the organization
    admits them (the EU in the G20 and the WTO), another organization."""

    __tablename__ = "membership"
    __table_args__ = (
        UniqueConstraint("organization_id", "state_id", "status", "start_date"),
        UniqueConstraint("organization_id", "member_organization_id", "status", "start_date",
                         name="uq_membership_member_organization"),
        CheckConstraint("(state_id IS NULL) <> (member_organization_id IS NULL)",
                        name="one_member"),
        CheckConstraint(_in("status", STATUSES), name="status"),
        CheckConstraint("end_reason IS NULL OR " + _in("end_reason", END_REASONS),
                        name="end_reason"),
        CheckConstraint("confidence IS NULL OR " + _in("confidence", CONFIDENCES),
                        name="confidence"),
        *_span_checks(),
        # a day known only within bounds (changeset format 6): the spell began on some
        # day from start_date to start_latest_date, ended on some day from
        # end_earliest_date to end_date
        CheckConstraint("start_latest_date IS NULL OR start_latest_date >= start_date",
                        name="start_bounds"),
        CheckConstraint("end_earliest_date IS NULL OR (end_date IS NOT NULL AND "
                        "end_earliest_date <= end_date)", name="end_bounds"),
        *_precision_checks("start_latest", "end_earliest"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    organization_id: int = Field(sa_column=_fk("organization.id"))
    state_id: Optional[int] = Field(default=None, sa_column=_fk("state.id", nullable=True))
    member_organization_id: Optional[int] = Field(
        default=None, sa_column=_fk("organization.id", nullable=True))
    status: str = "member"
    start_date: dt.date
    start_precision: str = "day"
    start_latest_date: Optional[dt.date] = None
    start_latest_precision: str = Field(default="day", sa_column=Column(
        String, nullable=False, server_default="day"))
    end_date: Optional[dt.date] = None
    end_precision: str = "day"
    end_earliest_date: Optional[dt.date] = None
    end_earliest_precision: str = Field(default="day", sa_column=Column(
        String, nullable=False, server_default="day"))
    end_reason: Optional[str] = None
    # The last day the source observed the spell, where the source stops before today (COW
    # ends in 2014): the spell has no end, but nothing later is known of it.
    observed_until: Optional[dt.date] = None
    confidence: Optional[str] = None
    notes: Optional[str] = None
    source_id: int = Field(sa_column=_fk("source.id"))


class OrganizationSuccession(OrgdbModel, table=True):
    """One organization followed by another (the OAU by the AU, the EC by the EU): a
    lookup before the successor's founding is answered by its predecessor."""

    __tablename__ = "organization_succession"
    __table_args__ = (
        UniqueConstraint("predecessor_id", "successor_id"),
        CheckConstraint("predecessor_id <> successor_id", name="two_organizations"),
        *_precision_checks("date"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    predecessor_id: int = Field(sa_column=_fk("organization.id"))
    successor_id: int = Field(sa_column=_fk("organization.id"))
    date: Optional[dt.date] = None  # the successor's first day in the predecessor's place
    date_precision: str = "day"
    kind: str  # e.g. "replaced", "renamed", "absorbed"
    notes: Optional[str] = None
    source_id: int = Field(sa_column=_fk("source.id"))


class StateSuccession(OrgdbModel, table=True):
    """One state followed by another (the USSR by the Russian Federation, which continues
    its seats): memberships end `succeeded` or `merged` and the link says by whom."""

    __tablename__ = "state_succession"
    __table_args__ = (
        UniqueConstraint("predecessor_id", "successor_id"),
        CheckConstraint("predecessor_id <> successor_id", name="two_states"),
        *_precision_checks("date"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    predecessor_id: int = Field(sa_column=_fk("state.id"))
    successor_id: int = Field(sa_column=_fk("state.id"))
    date: Optional[dt.date] = None
    date_precision: str = "day"
    kind: str  # e.g. "continuation", "succession", "merger", "unification"
    notes: Optional[str] = None
    source_id: int = Field(sa_column=_fk("source.id"))


class MembershipEvent(OrgdbModel, table=True):
    """A dated status event on a membership (announcement, freeze...): history, not overwrite."""

    __tablename__ = "membership_event"
    __table_args__ = (
        UniqueConstraint("membership_id", "date", "kind"),
        CheckConstraint("confidence IS NULL OR " + _in("confidence", CONFIDENCES),
                        name="confidence"),
        *_precision_checks("date"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    membership_id: int = Field(sa_column=_fk("membership.id", cascade=True))
    date: dt.date
    date_precision: str = "day"
    kind: str
    description: Optional[str] = None
    confidence: Optional[str] = None
    source_id: int = Field(sa_column=_fk("source.id"))


class OrganizationEvent(OrgdbModel, table=True):
    """A dated event of an organization as a whole (a headquarters move), or of a state in
    it outside any membership spell (a parliament rejecting accession): history."""

    __tablename__ = "organization_event"
    __table_args__ = (
        UniqueConstraint("organization_id", "date", "kind", "state_id"),
        CheckConstraint("confidence IS NULL OR " + _in("confidence", CONFIDENCES),
                        name="confidence"),
        *_precision_checks("date"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    organization_id: int = Field(sa_column=_fk("organization.id"))
    state_id: Optional[int] = Field(default=None, sa_column=_fk("state.id", nullable=True))
    date: dt.date
    date_precision: str = "day"
    kind: str
    description: Optional[str] = None
    confidence: Optional[str] = None
    source_id: int = Field(sa_column=_fk("source.id"))


class Person(OrgdbModel, table=True):
    __tablename__ = "person"

    id: Optional[int] = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name: str = Field(index=True)
    other_names: Optional[str] = None  # "; "-separated
    nationality_id: Optional[int] = Field(default=None, sa_column=_fk("state.id", nullable=True))
    source_id: Optional[int] = Field(default=None, sa_column=_fk("source.id", nullable=True))


class Post(OrgdbModel, table=True):
    __tablename__ = "post"
    __table_args__ = (UniqueConstraint("organization_id", "key"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    organization_id: int = Field(sa_column=_fk("organization.id"))
    key: str
    label: str
    single_holder: bool = True


class Tenure(OrgdbModel, table=True):
    __tablename__ = "tenure"
    __table_args__ = (
        UniqueConstraint("post_id", "person_id", "start_date"),
        CheckConstraint("confidence IS NULL OR " + _in("confidence", CONFIDENCES),
                        name="confidence"),
        *_span_checks(),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    post_id: int = Field(sa_column=_fk("post.id"))
    person_id: int = Field(sa_column=_fk("person.id"))
    role: Optional[str] = None
    acting: bool = False
    start_date: dt.date
    start_precision: str = "day"
    end_date: Optional[dt.date] = None
    end_precision: str = "day"
    confidence: Optional[str] = None
    notes: Optional[str] = None
    source_id: int = Field(sa_column=_fk("source.id"))


class Treaty(OrgdbModel, table=True):
    __tablename__ = "treaty"
    __table_args__ = (
        CheckConstraint("in_force IS NULL OR signed IS NULL OR signed <= in_force",
                        name="signed_before_in_force"),
        CheckConstraint("confidence IS NULL OR " + _in("confidence", CONFIDENCES),
                        name="confidence"),
        *_precision_checks("signed", "in_force"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    title: str
    other_titles: Optional[str] = None  # "; "-separated
    signed: Optional[dt.date] = None
    signed_precision: str = "day"
    signed_place: Optional[str] = None
    in_force: Optional[dt.date] = None
    in_force_precision: str = "day"
    depositary: Optional[str] = None
    organization_id: Optional[int] = Field(
        default=None, sa_column=_fk("organization.id", nullable=True)
    )
    confidence: Optional[str] = None
    notes: Optional[str] = None
    source_id: int = Field(sa_column=_fk("source.id"))


class TreatyAction(OrgdbModel, table=True):
    """A state's role under a treaty, typed as the UN Treaty Collection types them."""

    __tablename__ = "treaty_action"
    __table_args__ = (
        UniqueConstraint("treaty_id", "state_id", "action", "date"),
        CheckConstraint(_in("action", TREATY_ACTIONS), name="action"),
        CheckConstraint("confidence IS NULL OR " + _in("confidence", CONFIDENCES),
                        name="confidence"),
        *_precision_checks("date"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    treaty_id: int = Field(sa_column=_fk("treaty.id"))
    state_id: int = Field(sa_column=_fk("state.id"))
    action: str
    date: dt.date
    date_precision: str = "day"
    confidence: Optional[str] = None
    notes: Optional[str] = None
    source_id: int = Field(sa_column=_fk("source.id"))


# ---------------------------------------------------------------------------- COW IGO v3
# What `orgdb import cow` keeps beside the Popolo-aligned tables so that `orgdb export cow`
# writes the IGO-year file back cell for cell (docs/interchange.md). Cells 1/2/3 of an IGO
# the importer created live in `membership`; every other non-zero cell (-9, -1, and 1/2/3 of
# an organization it did not create) is kept raw, run-length encoded by year.

def _year_span_check() -> CheckConstraint:
    return CheckConstraint("first_year <= last_year", name="first_year_before_last_year")


class CowState(OrgdbModel, table=True):
    """One state column of the IGO-year file and the state its years belong to, but for
    those a CowStatePeriod gives to another (two columns may share a state: West Germany's
    and Germany's are Germany's, in years of their own)."""

    __tablename__ = "cow_state"
    __table_args__ = (UniqueConstraint("position"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)  # the column name, e.g. "yugoslaviaserb"
    position: int
    ccode: int
    stateabb: str
    statenme: str
    state_id: Optional[int] = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("state.id", ondelete="SET NULL"), nullable=True),
    )


class CowStatePeriod(OrgdbModel, table=True):
    """Years of a state column that belong to another state than the column's own (one
    COW code for a state that changed form: russia's 1923-1991 are the USSR's), or to none
    (state_id NULL: another column gives the same state those years, and this column's
    cells for them are kept raw)."""

    __tablename__ = "cow_state_period"
    __table_args__ = (UniqueConstraint("cow_state_id", "first_year"), _year_span_check())

    id: Optional[int] = Field(default=None, primary_key=True)
    cow_state_id: int = Field(sa_column=_fk("cow_state.id", cascade=True))
    first_year: int
    last_year: int
    state_id: Optional[int] = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("state.id", ondelete="SET NULL"), nullable=True,
                         index=True),
    )


class CowIgo(OrgdbModel, table=True):
    """One IGO of the file: the organization it became or was matched to."""

    __tablename__ = "cow_igo"
    __table_args__ = (UniqueConstraint("position"), UniqueConstraint("organization_id"))

    id: Optional[int] = Field(default=None, primary_key=True)
    ioname: str = Field(unique=True)
    position: int
    organization_id: Optional[int] = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("organization.id", ondelete="SET NULL"),
                         nullable=True),
    )
    owned: bool  # created by the import: its 1/2/3 cells are memberships
    digest: str  # sha256 of its rows, so a second import knows it unchanged
    # written by data revision 0052 from the copy of COW carried in the package (its
    # downgrade takes back only these), not by `orgdb import cow`
    carried: bool = Field(default=False, sa_column=Column(Boolean, nullable=False,
                                                          server_default=false()))


class CowSpan(OrgdbModel, table=True):
    """A run of consecutive years of one IGO whose non-state cells are all the same."""

    __tablename__ = "cow_span"
    __table_args__ = (UniqueConstraint("igo_id", "seq"), _year_span_check())

    id: Optional[int] = Field(default=None, primary_key=True)
    igo_id: int = Field(sa_column=_fk("cow_igo.id", cascade=True))
    seq: int
    first_year: int
    last_year: int
    orgname: str
    sdate: str
    deaddate: str
    dead: str
    integrated: str
    replaced: str
    longorgname: str
    ionum: str
    igocode: str
    version: str
    accuracyofpre1965membershipdates: str
    sourcesandnotes: str
    imputed: str
    political: str
    social: str
    economic: str


class CowCellRun(OrgdbModel, table=True):
    """Consecutive years of one (IGO, state column) holding the same raw cell value."""

    __tablename__ = "cow_cell_run"
    __table_args__ = (UniqueConstraint("igo_id", "cow_state_id", "first_year"),
                      _year_span_check())

    id: Optional[int] = Field(default=None, primary_key=True)
    igo_id: int = Field(sa_column=_fk("cow_igo.id", cascade=True))
    cow_state_id: int = Field(sa_column=_fk("cow_state.id", cascade=True))
    first_year: int
    last_year: int
    value: str


class DataCurrency(OrgdbModel, table=True):
    """The day through which the shipped data was checked current, as each data revision
    records it (revision 0083 and later): the data is current to the latest of them.
    Data revisions alone write it; a downgrade takes its revision's row away."""

    __tablename__ = "data_currency"

    revision: str = Field(primary_key=True)
    current_to: dt.date


class KnownGap(OrgdbModel, table=True):
    """What the curators know is missing or unsettled in an organization's data (a member's
    day no source gives, a vacancy nobody dates), so that `orgdb quality` can say so."""

    __tablename__ = "known_gap"
    __table_args__ = (UniqueConstraint("organization_id", "topic"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    organization_id: int = Field(sa_column=_fk("organization.id"))
    topic: str  # short, e.g. "Uruguay's deposit of the Charter"
    description: str  # what is missing, and what was searched
