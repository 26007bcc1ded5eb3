"""data: Khachaturov CSTO Secretary General (2017)

Applies seeds/0005_csto_sg_2017_khachaturov.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

from orgdb import changeset

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SEED = "0005_csto_sg_2017_khachaturov.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
