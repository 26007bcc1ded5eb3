"""data: The Central American Integration System: its members since 1992, the Dominican Republic's association and membership, observers, Secretaries General, the Tegucigalpa Protocol

Applies seeds/0078_the_central_american_integration_system.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0078
Revises: 0077
"""

revision = "0078"
down_revision = "0077"
branch_labels = None
depends_on = None

SEED = "0078_the_central_american_integration_system.toml"
SHA256 = "ee0c5429b5ca5a1f146d5633fa20537b4a7e757de4401b8c8d131f7582934fdc"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
