"""data: The Nordic Council: its five states and three autonomous territories, the Helsinki Treaty, Secretaries General

Applies seeds/0064_the_nordic_council_its_five_states_and.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0064
Revises: 0063
"""

revision = "0064"
down_revision = "0063"
branch_labels = None
depends_on = None

SEED = "0064_the_nordic_council_its_five_states_and.toml"
SHA256 = "adf549ffd2bb4de34ee07d42c768551309304df55b559d0d6e298180fb064b03"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
