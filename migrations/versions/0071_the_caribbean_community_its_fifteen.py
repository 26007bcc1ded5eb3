"""data: The Caribbean Community: its fifteen members, Montserrat among them, six associate members, Secretaries-General, the Treaties of Chaguaramas

Applies seeds/0071_the_caribbean_community_its_fifteen.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0071
Revises: 0070
"""

revision = "0071"
down_revision = "0070"
branch_labels = None
depends_on = None

SEED = "0071_the_caribbean_community_its_fifteen.toml"
SHA256 = "ac0913361e6cf96798269ee1c0fb1b62551ed759e2c65d052136fe7dcf2154e5"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
