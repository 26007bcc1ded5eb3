"""data: Armenia freezes its participation in the CSTO (2024)

Applies seeds/0012_armenia_2024_freeze.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0012
Revises: 0011
"""

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SEED = "0012_armenia_2024_freeze.toml"
SHA256 = "016230fc8b0bae48e9c0079c5612bea300bfc136b9ff9bfaeb20a73170f6344e"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
