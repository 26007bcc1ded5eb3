"""data: Primary sources for the Presidents of the European Commission, the Greenland Treaty and the end of the Brexit transition period

Applies seeds/0095_primary_sources_for_the_presidents_of.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0095
Revises: 0094
"""

revision = "0095"
down_revision = "0094"
branch_labels = None
depends_on = None

SEED = "0095_primary_sources_for_the_presidents_of.toml"
SHA256 = "aa17962926458f13c76aff8f7f8bc4a4bffa809942a6b8893617bba2e72281c8"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
