"""data: The South Asian Association for Regional Cooperation: members since 1985, observers, Secretaries-General, Charter

Applies seeds/0057_the_south_asian_association_for_regional.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0057
Revises: 0056
"""

revision = "0057"
down_revision = "0056"
branch_labels = None
depends_on = None

SEED = "0057_the_south_asian_association_for_regional.toml"
SHA256 = "dcc18c1d97129ca34d6f50a8a661290df73a6a89ce24f78cc5c05a4ba8a6cf30"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
