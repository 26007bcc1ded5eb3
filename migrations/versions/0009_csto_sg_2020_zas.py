"""data: Zas CSTO Secretary General (2020)

Applies seeds/0007_csto_sg_2020_zas.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

from orgdb import changeset

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SEED = "0007_csto_sg_2020_zas.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
