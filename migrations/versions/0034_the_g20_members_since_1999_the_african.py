"""data: The G20: members since 1999, the African Union since 2023

Applies seeds/0034_the_g20_members_since_1999_the_african.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0034
Revises: 0033
"""

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None

SEED = "0034_the_g20_members_since_1999_the_african.toml"
SHA256 = "4d2ca39f33e8ac48cb77e07bed8f4605c0775f4ae3f01f39e651f333e37fb260"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
