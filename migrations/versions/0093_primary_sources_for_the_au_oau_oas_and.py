"""data: Primary sources for the AU, OAU, OAS and ASEAN rows an audit found weak

Applies seeds/0093_primary_sources_for_the_au_oau_oas_and.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0093
Revises: 0092
"""

revision = "0093"
down_revision = "0092"
branch_labels = None
depends_on = None

SEED = "0093_primary_sources_for_the_au_oau_oas_and.toml"
SHA256 = "d43cfa25e4e3913f0b6e3291ec812abdd4d2d804727d1fccfd0d33314c2326ee"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
