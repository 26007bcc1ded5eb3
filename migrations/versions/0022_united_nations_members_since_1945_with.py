"""data: United Nations: members since 1945 with successions and observers, Secretaries-General, Charter

Applies seeds/0022_united_nations_members_since_1945_with.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0022
Revises: 0021
"""

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

SEED = "0022_united_nations_members_since_1945_with.toml"
SHA256 = "8370f4027743c4f18a4adc554cd0e17d579c89dba209cdb8b71674ce8b431c5d"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
