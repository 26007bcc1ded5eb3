"""data: Tasmagambetov CSTO Secretary General (2023)

Applies seeds/0008_csto_sg_2023_tasmagambetov.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

from orgdb import changeset

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SEED = "0008_csto_sg_2023_tasmagambetov.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
