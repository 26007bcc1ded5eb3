"""data: The African Union: members since 2002, suspensions, Chairpersons of the Commission

Applies seeds/0033_the_african_union_members_since_2002.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0033
Revises: 0032
"""

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None

SEED = "0033_the_african_union_members_since_2002.toml"
SHA256 = "9d241ce3ed3b9a50102a442ab22f14261e3d305b8fe275f6e29c4e9df10914b7"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
