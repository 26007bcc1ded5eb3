"""schema: organizations as members, successions of organizations and of states

- membership.member_organization_id: a member that is an organization (the EU in the G20
  and the WTO, the AU in the G20); a membership has a state or a member organization,
  never both (CHECK one_member), so state_id may now be empty;
- organization_succession: one organization followed by another (the OAU by the AU,
  the CSCE by the OSCE), so that a lookup before a successor's founding can be answered by
  its predecessor;
- state_succession: one state followed by another (the USSR by the Russian Federation);
- membership statuses gain `dialogue partner`, end reasons `succeeded` and `merged`.
The downgrade cannot hold what it drops: it stops, naming the rows, while any membership of
an organization, any succession, or any of the new values is in the database.

Revision ID: 0021
Revises: 0020
"""

import sqlalchemy as sa
from alembic import op
from alembic.util import CommandError

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

_STATUSES_OLD = ("member", "associate", "observer", "partner", "participant", "suspended")
_STATUSES = ("member", "associate", "observer", "partner", "dialogue partner", "participant",
             "suspended")
_END_OLD = ("withdrew", "suspended", "expelled", "dissolved", "expired")
_END = ("withdrew", "suspended", "expelled", "dissolved", "expired", "succeeded", "merged")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _succession(table: str, target: str, check: str) -> None:
    op.create_table(
        table,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("predecessor_id", sa.Integer(), nullable=False),
        sa.Column("successor_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("predecessor_id <> successor_id", name=op.f(f"ck_{table}_{check}")),
        sa.CheckConstraint("date_precision IN ('day', 'month', 'year')",
                           name=op.f(f"ck_{table}_date_precision")),
        sa.ForeignKeyConstraint(["predecessor_id"], [f"{target}.id"],
                                name=op.f(f"fk_{table}_predecessor_id_{target}")),
        sa.ForeignKeyConstraint(["successor_id"], [f"{target}.id"],
                                name=op.f(f"fk_{table}_successor_id_{target}")),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"],
                                name=op.f(f"fk_{table}_source_id_source")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("predecessor_id", "successor_id",
                            name=op.f(f"uq_{table}_predecessor_id_successor_id")),
    )
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ("predecessor_id", "successor_id", "source_id"):
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.alter_column("state_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("member_organization_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_membership_member_organization_id_organization"), "organization",
            ["member_organization_id"], ["id"])
        batch_op.create_index(batch_op.f("ix_membership_member_organization_id"),
                              ["member_organization_id"], unique=False)
        batch_op.create_unique_constraint(
            "uq_membership_member_organization",
            ["organization_id", "member_organization_id", "status", "start_date"])
        batch_op.create_check_constraint(
            "one_member", "(state_id IS NULL) <> (member_organization_id IS NULL)")
        batch_op.drop_constraint(op.f("ck_membership_status"), type_="check")
        batch_op.create_check_constraint("status", _in("status", _STATUSES))
        batch_op.drop_constraint(op.f("ck_membership_end_reason"), type_="check")
        batch_op.create_check_constraint("end_reason", "end_reason IS NULL OR "
                                         + _in("end_reason", _END))
    _succession("organization_succession", "organization", "two_organizations")
    _succession("state_succession", "state", "two_states")


def downgrade() -> None:
    bind = op.get_bind()
    held = {
        "memberships of organizations": "SELECT count(*) FROM membership "
                                        "WHERE member_organization_id IS NOT NULL",
        "new statuses or end reasons": "SELECT count(*) FROM membership WHERE status = "
                                       "'dialogue partner' OR end_reason IN ('succeeded', "
                                       "'merged')",
        "organization successions": "SELECT count(*) FROM organization_succession",
        "state successions": "SELECT count(*) FROM state_succession",
    }
    found = {what: bind.execute(sa.text(sql)).scalar() for what, sql in held.items()}
    found = {what: n for what, n in found.items() if n}
    if found:
        raise CommandError("revision 0021 cannot go down without losing rows: "
                           + ", ".join(f"{n} {what}" for what, n in found.items())
                           + " (remove them first)")
    for table in ("state_succession", "organization_succession"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in ("source_id", "successor_id", "predecessor_id"):
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_membership_end_reason"), type_="check")
        batch_op.create_check_constraint("end_reason", "end_reason IS NULL OR "
                                         + _in("end_reason", _END_OLD))
        batch_op.drop_constraint(op.f("ck_membership_status"), type_="check")
        batch_op.create_check_constraint("status", _in("status", _STATUSES_OLD))
        batch_op.drop_constraint(op.f("ck_membership_one_member"), type_="check")
        batch_op.drop_constraint("uq_membership_member_organization", type_="unique")
        batch_op.drop_index(batch_op.f("ix_membership_member_organization_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_membership_member_organization_id_organization"),
            type_="foreignkey")
        batch_op.drop_column("member_organization_id")
        batch_op.alter_column("state_id", existing_type=sa.Integer(), nullable=False)
