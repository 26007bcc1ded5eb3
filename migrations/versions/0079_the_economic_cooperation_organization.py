"""data: The Economic Cooperation Organization: Iran, Pakistan and Turkey from 1985, the seven states of 1992, Secretaries General, the Treaty of Izmir

Applies seeds/0079_the_economic_cooperation_organization.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0079
Revises: 0078
"""

revision = "0079"
down_revision = "0078"
branch_labels = None
depends_on = None

SEED = "0079_the_economic_cooperation_organization.toml"
SHA256 = "bc4407c0e940d322eaceaae22cd828488658f204df0ae2a83c5c5e1340d9f268"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
