"""data: Khachaturov CSTO Secretary General (2017)

Applies seeds/0007_csto_sg_2017_khachaturov.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0007
Revises: 0006
"""

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SEED = "0007_csto_sg_2017_khachaturov.toml"
SHA256 = "115f1b5696130a512203ecbb95050507c7542b0e1d2d6a48cb813d092b0e0412"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
