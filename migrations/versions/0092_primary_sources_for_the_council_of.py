"""data: Primary sources for the Council of Europe's members, the SCO's founders and Iran

Applies seeds/0092_primary_sources_for_the_council_of.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0092
Revises: 0091
"""

revision = "0092"
down_revision = "0091"
branch_labels = None
depends_on = None

SEED = "0092_primary_sources_for_the_council_of.toml"
SHA256 = "48dbbb56151638d29e58d005009dee6fedc310ae22d5f0ae0591498085dc30d5"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
