"""data: NATO: sources repaired; the accession protocols, the secretaries general since 1952, the integrated command and the headquarters

Applies seeds/0017_nato_sources_repaired_the_accession.toml (changeset format 2) through the frozen applier
orgdb_appliers.changeset_v2; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0017
Revises: 0016
"""

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

SEED = "0017_nato_sources_repaired_the_accession.toml"
SHA256 = "4baedb0fa37e4e059a4ec8eeb333679fc48fb956af92c332b6982dc2dedcc4f0"


def upgrade() -> None:
    from orgdb_appliers import changeset_v2

    changeset_v2.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v2

    changeset_v2.downgrade(SEED, SHA256)
