"""data: Primary sources for ECOWAS, OTS, ECO, OECD and EEA rows

Applies seeds/0096_primary_sources_for_ecowas_ots_eco_oecd.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0096
Revises: 0095
"""

revision = "0096"
down_revision = "0095"
branch_labels = None
depends_on = None

SEED = "0096_primary_sources_for_ecowas_ots_eco_oecd.toml"
SHA256 = "6a124a6055e16c401e721df7db679e60a03994e8996701fa721106e5ed7017b3"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
