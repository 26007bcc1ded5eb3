"""data: The Economic Community of West African States: members since 1975, Mauritania's withdrawal, the Sahel states' departure in 2025, suspensions, Executive Secretaries and Presidents of the Commission, founding treaties

Applies seeds/0059_the_economic_community_of_west_african.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0059
Revises: 0058
"""

revision = "0059"
down_revision = "0058"
branch_labels = None
depends_on = None

SEED = "0059_the_economic_community_of_west_african.toml"
SHA256 = "434a40586572965a45b1d5901294c60eac08d8a05f82055467e2dd5eae3c7138"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
