"""data: Primary sources for the AU's founding members, the OAU Charter's signatures and two OAU admissions

Applies seeds/0099_primary_sources_for_the_au_s_founding.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0099
Revises: 0098
"""

revision = "0099"
down_revision = "0098"
branch_labels = None
depends_on = None

SEED = "0099_primary_sources_for_the_au_s_founding.toml"
SHA256 = "2a1eea48481426a96e258e2af043f9e85042c230c3572f2c39b4b95a75431ff4"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
