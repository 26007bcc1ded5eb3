"""data: NATO, the North Atlantic Treaty, its members and secretaries general

Applies seeds/0011_nato.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

from orgdb import changeset

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

SEED = "0011_nato.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
