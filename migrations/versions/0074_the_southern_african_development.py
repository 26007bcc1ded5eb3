"""data: The Southern African Development Community: its members since 1992, Seychelles' withdrawal and return, Madagascar's suspension, Executive Secretaries, the Windhoek Treaty

Applies seeds/0074_the_southern_african_development.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0074
Revises: 0073
"""

revision = "0074"
down_revision = "0073"
branch_labels = None
depends_on = None

SEED = "0074_the_southern_african_development.toml"
SHA256 = "47d34303b51f8725214a396aa9037e67370b25a3f86531766ba8cf537216f89a"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
