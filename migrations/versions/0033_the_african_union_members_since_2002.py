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
SHA256 = "8353cab279b3759748b550f964697a12a11c6024d8e89a945477673ddb90e6ac"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
