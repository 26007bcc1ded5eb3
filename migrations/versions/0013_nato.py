"""data: NATO, the North Atlantic Treaty, its members and secretaries general

Applies seeds/0013_nato.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0013
Revises: 0012
"""

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

SEED = "0013_nato.toml"
SHA256 = "1cbc54e1518f2e80f82874f07b70e8c8c4ddcf98238f3a74ca85d17e6ef772cb"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
