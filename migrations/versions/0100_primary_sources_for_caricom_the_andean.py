"""data: Primary sources for CARICOM, the Andean Community, SICA and ECCAS rows

Applies seeds/0100_primary_sources_for_caricom_the_andean.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0100
Revises: 0099
"""

revision = "0100"
down_revision = "0099"
branch_labels = None
depends_on = None

SEED = "0100_primary_sources_for_caricom_the_andean.toml"
SHA256 = "6061c9a708b82037123343c13b662ee034cefd6f995938972e125f07fc7c89a0"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
