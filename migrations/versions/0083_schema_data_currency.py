"""schema: data_currency, the day the shipped data is current to

Each data revision from here on records the day through which its maintainer checked the
data current (orgdb_appliers.currency_v1); lookups asked about a later day say that the
answer may be stale. This revision records the day the revisions before it were last
checked against their sources, 2026-12-07. Only data revisions write the table, so the
downgrade loses nothing a user or an import added.

Revision ID: 0083
Revises: 0082
"""

import sqlalchemy as sa
from alembic import op

revision = "0083"
down_revision = "0082"
branch_labels = None
depends_on = None

CHECKED = "2026-12-07"  # the day revisions 0001-0082 were last checked current


def upgrade() -> None:
    op.create_table(
        "data_currency",
        sa.Column("revision", sa.String(), nullable=False),
        sa.Column("current_to", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("revision", name=op.f("pk_data_currency")),
    )
    from orgdb_appliers import currency_v1

    currency_v1.record(revision, CHECKED)


def downgrade() -> None:
    op.drop_table("data_currency")
