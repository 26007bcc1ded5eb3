"""schema: source.source_class, bounded membership dates, known_gap

What a reader needs to judge the data:
- source.source_class: what kind of document a source is (official record, depositary
  record, news of record, scholarly, reference work, encyclopedia, data set, other);
- membership.start_latest_date / end_earliest_date (each with its precision): a day known
  only within bounds, as ISO 8601-2 (EDTF) writes "not later than 1956" or "between
  1951-12-13 and 1956-12-31": the spell began on some day from start_date to
  start_latest_date, and ended on some day from end_earliest_date to end_date;
- known_gap: what the curators know is missing from an organization's data.
Written by hand after orgdb.store.models. The downgrade cannot hold any of them: it stops,
naming what it would lose, while any row holds one (the changesets of format 6 that wrote
them go down first; a user's own stay until removed).

Revision ID: 0088
Revises: 0087
"""

import sqlalchemy as sa
from alembic import op
from alembic.util import CommandError

revision = "0088"
down_revision = "0087"
branch_labels = None
depends_on = None

# The vocabularies as this revision wrote them (orgdb.vocabulary may grow later).
CLASSES = ("official record", "depositary record", "news of record", "scholarly",
           "reference work", "encyclopedia", "data set", "other")
PRECISIONS = ("day", "month", "year")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_class", sa.String(), nullable=True))
        batch_op.create_check_constraint(
            "source_class", "source_class IS NULL OR " + _in("source_class", CLASSES))
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.add_column(sa.Column("start_latest_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("start_latest_precision", sa.String(), nullable=False,
                                      server_default="day"))
        batch_op.add_column(sa.Column("end_earliest_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("end_earliest_precision", sa.String(), nullable=False,
                                      server_default="day"))
        batch_op.create_check_constraint(
            "start_bounds", "start_latest_date IS NULL OR start_latest_date >= start_date")
        batch_op.create_check_constraint(
            "end_bounds", "end_earliest_date IS NULL OR (end_date IS NOT NULL AND "
            "end_earliest_date <= end_date)")
        batch_op.create_check_constraint("start_latest_precision",
                                         _in("start_latest_precision", PRECISIONS))
        batch_op.create_check_constraint("end_earliest_precision",
                                         _in("end_earliest_precision", PRECISIONS))
    op.create_table(
        "known_gap",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"],
                                name=op.f("fk_known_gap_organization_id_organization")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_known_gap")),
        sa.UniqueConstraint("organization_id", "topic",
                            name=op.f("uq_known_gap_organization_id_topic")),
    )
    with op.batch_alter_table("known_gap", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_known_gap_organization_id"),
                              ["organization_id"], unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    held = {
        "sources with a class": "SELECT count(*) FROM source WHERE source_class IS NOT NULL",
        "memberships with bounded dates": "SELECT count(*) FROM membership WHERE "
        "start_latest_date IS NOT NULL OR end_earliest_date IS NOT NULL",
        "known gaps": "SELECT count(*) FROM known_gap",
    }
    found = {what: bind.execute(sa.text(sql)).scalar() for what, sql in held.items()}
    found = {what: n for what, n in found.items() if n}
    if found:
        raise CommandError("revision 0088 cannot go down without losing data: "
                           + ", ".join(f"{n} {what}" for what, n in found.items()))
    with op.batch_alter_table("known_gap", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_known_gap_organization_id"))
    op.drop_table("known_gap")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        for name in ("end_earliest_precision", "start_latest_precision", "end_bounds",
                     "start_bounds"):
            batch_op.drop_constraint(op.f(f"ck_membership_{name}"), type_="check")
        for column in ("end_earliest_precision", "end_earliest_date",
                       "start_latest_precision", "start_latest_date"):
            batch_op.drop_column(column)
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_source_source_class"), type_="check")
        batch_op.drop_column("source_class")
