"""data: CSTO: sources repaired; treaty consents, the CRRF and the Parliamentary Assembly

Applies seeds/0016_csto_sources_consents_crrf_pa.toml (changeset format 2) through the frozen applier
orgdb_appliers.changeset_v2; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0016
Revises: 0015
"""

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

SEED = "0016_csto_sources_consents_crrf_pa.toml"
SHA256 = "753b73bb71543223febc07008f734cd8968e50fa20feaeeb62dcc5867bbedc72"


def upgrade() -> None:
    from orgdb_appliers import changeset_v2

    changeset_v2.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v2

    changeset_v2.downgrade(SEED, SHA256)
