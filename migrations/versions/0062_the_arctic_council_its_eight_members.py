"""data: The Arctic Council: its eight members since 1996, observer states and organizations, the 2022 pause, Directors of the Secretariat

Applies seeds/0062_the_arctic_council_its_eight_members.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0062
Revises: 0061
"""

revision = "0062"
down_revision = "0061"
branch_labels = None
depends_on = None

SEED = "0062_the_arctic_council_its_eight_members.toml"
SHA256 = "715784c93f2f8b5aead70a80fef901daef11f730f25955baab69f8528d432666"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
