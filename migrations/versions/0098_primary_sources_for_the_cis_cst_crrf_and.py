"""data: Primary sources for the CIS, CST, CRRF and OPEC rows resting on encyclopedias, scholarly notes and minor sites

Applies seeds/0098_primary_sources_for_the_cis_cst_crrf_and.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0098
Revises: 0097
"""

revision = "0098"
down_revision = "0097"
branch_labels = None
depends_on = None

SEED = "0098_primary_sources_for_the_cis_cst_crrf_and.toml"
SHA256 = "15f1aad269f6cd6163a06c89df1ee1f8653c74f7b53b3dcc4511b65e92ea1286"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
