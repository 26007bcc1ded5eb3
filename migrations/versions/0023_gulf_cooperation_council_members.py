"""data: Gulf Cooperation Council: members, Secretaries-General since 1981, Charter, the 2017-2021 rift

Applies seeds/0023_gulf_cooperation_council_members.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0023
Revises: 0022
"""

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

SEED = "0023_gulf_cooperation_council_members.toml"
SHA256 = "e216dcf3c9c871c04a50b0b88720f36ed4090c8492f82cb9b9f1c7d3d5a7b1bf"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
