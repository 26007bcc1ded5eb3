"""data: Primary sources for the Commonwealth's and the League of Arab States' members

Applies seeds/0097_primary_sources_for_the_commonwealth_s.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0097
Revises: 0096
"""

revision = "0097"
down_revision = "0096"
branch_labels = None
depends_on = None

SEED = "0097_primary_sources_for_the_commonwealth_s.toml"
SHA256 = "9c26b9125d3f7c1feeec4f2de30cf407fa63a7f777b022ac3672f32bcf6caeb3"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
