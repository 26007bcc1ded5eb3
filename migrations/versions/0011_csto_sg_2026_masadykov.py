"""data: Masadykov CSTO Secretary General (2026)

Applies seeds/0009_csto_sg_2026_masadykov.toml. A data revision: it never imports orgdb.models; the changeset
module declares the table shapes it writes. The downgrade removes exactly the rows the
upgrade added (by natural key) and restores what it changed; user rows are never touched.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

from orgdb import changeset

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

SEED = "0009_csto_sg_2026_masadykov.toml"


def upgrade() -> None:
    changeset.apply(op.get_bind(), SEED)


def downgrade() -> None:
    changeset.revert(op.get_bind(), SEED)
