"""data: Azerbaijan, Georgia and Uzbekistan leave the Collective Security Treaty (1999)

Applies seeds/0004_cst_1999_non_renewal.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0004
Revises: 0003
"""

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SEED = "0004_cst_1999_non_renewal.toml"
SHA256 = "2fb18131122cd37c3851068289ee90ecb22fa29093b03ea63d598c1a6765fd3a"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
