"""data: Armenia freezes its participation in the CSTO (2024)

Applies seeds/0010_armenia_2024_freeze.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0012
Revises: 0011
"""

from alembic import op

from orgdb import changeset

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SEED = "0010_armenia_2024_freeze.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
