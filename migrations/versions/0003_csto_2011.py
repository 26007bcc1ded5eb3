"""data: the CSTO as the 2011 article describes it

Applies seeds/0003_csto_2011.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0003
Revises: 0002
"""

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SEED = "0003_csto_2011.toml"
SHA256 = "6c6dd7aece66b592ed4b14855571a787060a6b0a73fcea070f8d4639928d7a6c"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
