"""data: Uzbekistan suspends its CSTO membership (2012)

Applies seeds/0005_uzbekistan_2012_suspension.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0005
Revises: 0004
"""

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SEED = "0005_uzbekistan_2012_suspension.toml"
SHA256 = "6856ef0ee23416c9ce68b8c948f88423b91cedd9e2765778ffe11596ca63aff0"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
