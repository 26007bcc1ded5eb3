"""data: the CSTO as the 2011 article describes it

Applies seeds/0001_csto_2011.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

from orgdb import changeset

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SEED = "0001_csto_2011.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
