"""data: Bordyuzha leaves; Semerikov acting CSTO Secretary General (2017)

Applies seeds/0004_csto_sg_2017_semerikov_acting.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

from orgdb import changeset

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SEED = "0004_csto_sg_2017_semerikov_acting.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
