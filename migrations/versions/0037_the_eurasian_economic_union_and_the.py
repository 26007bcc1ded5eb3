"""data: The Eurasian Economic Union and the Eurasian Economic Community before it: members, observers, Chairmen of the Commission's Board

Applies seeds/0037_the_eurasian_economic_union_and_the.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0037
Revises: 0036
"""

revision = "0037"
down_revision = "0036"
branch_labels = None
depends_on = None

SEED = "0037_the_eurasian_economic_union_and_the.toml"
SHA256 = "846e3282e255fcf77e3ef70a9fd58b844d8c3859d535a13aec001a1c500e5b73"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
