"""data: Moldova's participation in the CIS Agreement on its state register of legal acts

Applies seeds/0102_moldova_s_participation_in_the_cis.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0102
Revises: 0101
"""

revision = "0102"
down_revision = "0101"
branch_labels = None
depends_on = None

SEED = "0102_moldova_s_participation_in_the_cis.toml"
SHA256 = "c297749bbbf93c54a00fc500d77441be4bfc61978161880b6647319fe2444166"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
