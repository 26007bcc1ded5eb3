"""data: The Andean Community (the Andean Pact until 1997): its members since 1969, Chile's and Venezuela's departures, the associate members, Secretaries General, the Cartagena Agreement and the Trujillo Protocol

Applies seeds/0075_the_andean_community_the_andean_pact.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0075
Revises: 0074
"""

revision = "0075"
down_revision = "0074"
branch_labels = None
depends_on = None

SEED = "0075_the_andean_community_the_andean_pact.toml"
SHA256 = "63452b40a16d938894a5302a18862b32d6ac4e2f4a086ed3f8f78fe78195bef8"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
