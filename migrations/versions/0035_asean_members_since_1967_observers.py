"""data: ASEAN: members since 1967, observers, dialogue partners, Secretaries-General

Applies seeds/0035_asean_members_since_1967_observers.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0035
Revises: 0034
"""

revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None

SEED = "0035_asean_members_since_1967_observers.toml"
SHA256 = "d6ac1902b17a4b49ee6343671208a1a1a3e10d2c02cd22b8a95d71fe278eb806"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
