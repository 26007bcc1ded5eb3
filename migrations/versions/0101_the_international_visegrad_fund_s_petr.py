"""data: The International Visegrad Fund's Petr Mareš from August 2021, on the Embassy of Japan's report

Applies seeds/0101_the_international_visegrad_fund_s_petr.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0101
Revises: 0100
"""

revision = "0101"
down_revision = "0100"
branch_labels = None
depends_on = None

SEED = "0101_the_international_visegrad_fund_s_petr.toml"
SHA256 = "2baab667caf6975064a2571acd3c71d19a66e61a82471275a548fdfb58e54ca8"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
