"""data: Masadykov CSTO Secretary General (2026)

Applies seeds/0011_csto_sg_2026_masadykov.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0011
Revises: 0010
"""

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

SEED = "0011_csto_sg_2026_masadykov.toml"
SHA256 = "a6b12901221a3098187b021e111590cd595e6334af62f61d7b3de3a2f14f3c15"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
