"""data: Uzbekistan suspends its CSTO membership (2012)

Applies seeds/0003_uzbekistan_2012_suspension.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

from orgdb import changeset

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SEED = "0003_uzbekistan_2012_suspension.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
