"""data: The Commonwealth: its members since 1949, suspensions, withdrawals and returns, the Heads of the Commonwealth and the Secretaries-General

Applies seeds/0041_the_commonwealth_its_members_since_1949.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0041
Revises: 0040
"""

revision = "0041"
down_revision = "0040"
branch_labels = None
depends_on = None

SEED = "0041_the_commonwealth_its_members_since_1949.toml"
SHA256 = "358deb357ac5c747afb8782de58d538e16d21169f7f7e8b9e8e4bd22fac5a676"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
