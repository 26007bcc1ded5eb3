"""data: The East African Community: its members since 2000, from Kenya, Tanzania and Uganda to Somalia in 2024, Secretaries General, the Treaty of Arusha

Applies seeds/0073_the_east_african_community_its_members.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0073
Revises: 0072
"""

revision = "0073"
down_revision = "0072"
branch_labels = None
depends_on = None

SEED = "0073_the_east_african_community_its_members.toml"
SHA256 = "85575e422bae1ec13984f730e3920995ed255e58b77f45833944ca1493c2608f"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
