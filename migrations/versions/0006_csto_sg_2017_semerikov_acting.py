"""data: Bordyuzha leaves; Semerikov acting CSTO Secretary General (2017)

Applies seeds/0006_csto_sg_2017_semerikov_acting.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0006
Revises: 0005
"""

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SEED = "0006_csto_sg_2017_semerikov_acting.toml"
SHA256 = "717f752805e9224ac5bfb16590d03411910d69a8f253d203a9be0ef0459e06bf"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
