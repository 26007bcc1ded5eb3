"""data: the CIS, its founding instruments and members

Applies seeds/0014_cis.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0014
Revises: 0013
"""

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

SEED = "0014_cis.toml"
SHA256 = "566d9feb585cad21ba4b94afd4ad6953d5b86506b30326cd483497db3a073ea0"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
