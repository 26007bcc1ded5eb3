"""data: Council of Europe members since 1949, Greece's withdrawal and return, Russia's suspension and expulsion

Applies seeds/0030_council_of_europe_members_since_1949.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0030
Revises: 0029
"""

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

SEED = "0030_council_of_europe_members_since_1949.toml"
SHA256 = "1d65e82f9ab13736d571d50e23a096495c5b14901389e751d3dcbf7727abddf5"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
