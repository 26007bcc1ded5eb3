"""data: The World Trade Organization: members since 1995, observers, the Directors-General, the Marrakesh Agreement

Applies seeds/0039_the_world_trade_organization_members.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0039
Revises: 0038
"""

revision = "0039"
down_revision = "0038"
branch_labels = None
depends_on = None

SEED = "0039_the_world_trade_organization_members.toml"
SHA256 = "dbae712bad53e521eb08c09fab08e95cd37899de9043df96f890b81d56bd3e84"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
