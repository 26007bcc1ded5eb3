"""story: a headline tagged with an organization of orgdb

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("headline", sa.String(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["orgdb.organization.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_story_organization_id", "story", ["organization_id"])


def downgrade() -> None:
    op.drop_index("ix_story_organization_id", table_name="story")
    op.drop_table("story")
