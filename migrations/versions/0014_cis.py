"""data: the CIS, its founding instruments and members

Applies seeds/0012_cis.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0014
Revises: 0013
"""

from alembic import op

from orgdb import changeset

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

SEED = "0012_cis.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
