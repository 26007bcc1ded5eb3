"""data: OPEC: its Secretaries General from 1961 to 2006

Applies seeds/0047_opec_its_secretaries_general_from_1961.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0047
Revises: 0046
"""

revision = "0047"
down_revision = "0046"
branch_labels = None
depends_on = None

SEED = "0047_opec_its_secretaries_general_from_1961.toml"
SHA256 = "0547b55824028dad7fb3534950fd823cdc35c23f40092cc6f03dc2501d789330"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
