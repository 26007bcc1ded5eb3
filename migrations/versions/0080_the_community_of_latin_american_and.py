"""data: The Community of Latin American and Caribbean States: its 33 members since 2011, Brazil's and Bolivia's suspended participation

Applies seeds/0080_the_community_of_latin_american_and.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0080
Revises: 0079
"""

revision = "0080"
down_revision = "0079"
branch_labels = None
depends_on = None

SEED = "0080_the_community_of_latin_american_and.toml"
SHA256 = "4841afac0ebcf1ab3bc2f3c72816991eedf515a9cb98f53cd317e94213a87973"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
