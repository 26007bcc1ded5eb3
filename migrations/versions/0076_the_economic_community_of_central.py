"""data: The Economic Community of Central African States: its members since 1984, Rwanda's departure and return, Gabon's suspension, Secretaries General and Presidents of the Commission, the Libreville Treaties

Applies seeds/0076_the_economic_community_of_central.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0076
Revises: 0075
"""

revision = "0076"
down_revision = "0075"
branch_labels = None
depends_on = None

SEED = "0076_the_economic_community_of_central.toml"
SHA256 = "8233ee6e264003713f79c7b0dbaabd33389dfbf046d9c6f9c129c53b350997e8"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
