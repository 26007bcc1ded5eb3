"""data: Khachaturov recalled; Semerikov acting again (2018)

Applies seeds/0006_csto_sg_2018_semerikov_acting.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

from orgdb import changeset

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SEED = "0006_csto_sg_2018_semerikov_acting.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
