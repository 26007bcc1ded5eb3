"""data: The Community of Portuguese Language Countries: members, Guinea-Bissau's suspension, associate observers, Executive Secretaries

Applies seeds/0053_the_community_of_portuguese_language.toml (changeset format 4) through the frozen applier
orgdb_appliers.changeset_v4; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0053
Revises: 0052
"""

revision = "0053"
down_revision = "0052"
branch_labels = None
depends_on = None

SEED = "0053_the_community_of_portuguese_language.toml"
SHA256 = "c42c92d32885c4e54e9b991857d8460e06e8beb5fac7abbc088ecd44ce21bd88"


def upgrade() -> None:
    from orgdb_appliers import changeset_v4

    changeset_v4.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v4

    changeset_v4.downgrade(SEED, SHA256)
