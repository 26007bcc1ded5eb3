"""data: ALBA-TCP, the Bolivarian Alliance for the Peoples of Our America: its members since 2004 with every departure and return, Executive Secretaries

Applies seeds/0081_alba_tcp_the_bolivarian_alliance_for_the.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0081
Revises: 0080
"""

revision = "0081"
down_revision = "0080"
branch_labels = None
depends_on = None

SEED = "0081_alba_tcp_the_bolivarian_alliance_for_the.toml"
SHA256 = "74527dc9e5eca069475aaa3a878c277ef7137b090756ad35dafbcac64697b341"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
