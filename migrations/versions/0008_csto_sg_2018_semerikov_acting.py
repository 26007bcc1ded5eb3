"""data: Khachaturov recalled; Semerikov acting again (2018)

Applies seeds/0008_csto_sg_2018_semerikov_acting.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0008
Revises: 0007
"""

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SEED = "0008_csto_sg_2018_semerikov_acting.toml"
SHA256 = "5602e49ad89d70fa0710ebfe32d492bbf396bf9fbe8d5b6253c8449300a4bf84"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
