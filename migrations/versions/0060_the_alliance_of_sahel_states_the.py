"""data: The Alliance of Sahel States (the Confederation of Sahel States since 2024): Mali, Burkina Faso and Niger, its Presidents, the Liptako-Gourma Charter and the Confederation Treaty

Applies seeds/0060_the_alliance_of_sahel_states_the.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0060
Revises: 0059
"""

revision = "0060"
down_revision = "0059"
branch_labels = None
depends_on = None

SEED = "0060_the_alliance_of_sahel_states_the.toml"
SHA256 = "89ccae0a48869630f84858003ef9b7a58a5109e4443f5199edc94dd16453fbef"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
