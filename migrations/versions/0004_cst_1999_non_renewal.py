"""data: Azerbaijan, Georgia and Uzbekistan leave the Collective Security Treaty (1999)

Applies seeds/0002_cst_1999_non_renewal.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

from orgdb import changeset

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SEED = "0002_cst_1999_non_renewal.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
