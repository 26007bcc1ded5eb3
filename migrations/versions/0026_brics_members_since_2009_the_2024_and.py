"""data: BRICS: members since 2009, the 2024 and 2025 enlargements, partner countries

Applies seeds/0026_brics_members_since_2009_the_2024_and.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0026
Revises: 0025
"""

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

SEED = "0026_brics_members_since_2009_the_2024_and.toml"
SHA256 = "29a8a3216cdf1f625a81d9a507cf85fadfd191edfb30c09df22cd44fd1348db1"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
