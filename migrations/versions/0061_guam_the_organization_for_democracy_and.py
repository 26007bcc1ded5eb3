"""data: GUAM, the Organization for Democracy and Economic Development: Georgia, Ukraine, Azerbaijan and Moldova since 1997, Uzbekistan's years, Secretaries General, the Yalta and Kyiv Charters

Applies seeds/0061_guam_the_organization_for_democracy_and.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0061
Revises: 0060
"""

revision = "0061"
down_revision = "0060"
branch_labels = None
depends_on = None

SEED = "0061_guam_the_organization_for_democracy_and.toml"
SHA256 = "1e7f530759170f11389c25029d641a966cb3fc1ad31e07cc95dbd7576720ce0d"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
