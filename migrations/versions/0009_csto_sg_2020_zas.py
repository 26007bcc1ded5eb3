"""data: Zas CSTO Secretary General (2020)

Applies seeds/0009_csto_sg_2020_zas.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0009
Revises: 0008
"""

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SEED = "0009_csto_sg_2020_zas.toml"
SHA256 = "3ed1d22ffcda14475b1280dfb911d309c1f59af6b380fe6d2e41f1c5f1f98d9b"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
