"""data: Corrections from an audit: Russia's last day in the Council of Europe, Czechoslovakia's membership, Serbia and Montenegro's last day, the EurAsEC Treaty's entry into force, the ECSC's later members

Applies seeds/0084_corrections_from_an_audit_russia_s_last.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0084
Revises: 0083
"""

revision = "0084"
down_revision = "0083"
branch_labels = None
depends_on = None

SEED = "0084_corrections_from_an_audit_russia_s_last.toml"
SHA256 = "bcacba920e5343e3fa3ab329d9165f42c54ffb8834e24c02b1f7279f9d9c3f44"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v5, currency_v1

    changeset_v5.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5, currency_v1

    currency_v1.forget(revision)
    changeset_v5.downgrade(SEED, SHA256)
