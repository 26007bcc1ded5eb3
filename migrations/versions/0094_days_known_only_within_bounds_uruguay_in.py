"""data: Days known only within bounds: Uruguay in the OAS, Tunisia in the WTO, Lebanon and Syria in GATT, six Pacific Islands Forum members

Applies seeds/0094_days_known_only_within_bounds_uruguay_in.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0094
Revises: 0093
"""

revision = "0094"
down_revision = "0093"
branch_labels = None
depends_on = None

SEED = "0094_days_known_only_within_bounds_uruguay_in.toml"
SHA256 = "2391b2ec4f5c8155c9664365dc9fcb7b5892076a6d2c61f68dde784c609239fb"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
