"""data: G7: members since 1975, Russia's G8 years and suspension

Applies seeds/0025_g7_members_since_1975_russia_s_g8_years.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0025
Revises: 0024
"""

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

SEED = "0025_g7_members_since_1975_russia_s_g8_years.toml"
SHA256 = "14bb44f0b5a50b132fc746086c444114676cefaf0a52a4f44fcb125eb7756adb"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
