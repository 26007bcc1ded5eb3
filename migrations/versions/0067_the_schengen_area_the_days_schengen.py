"""data: The Schengen area: the days Schengen rules took effect for each state, air and sea borders before land borders, from 1995 to Bulgaria and Romania in 2025

Applies seeds/0067_the_schengen_area_the_days_schengen.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0067
Revises: 0066
"""

revision = "0067"
down_revision = "0066"
branch_labels = None
depends_on = None

SEED = "0067_the_schengen_area_the_days_schengen.toml"
SHA256 = "9f27b29653f0315d26258f1e54c7c0cd28e253f6095dfca963d2be94a495a57b"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
