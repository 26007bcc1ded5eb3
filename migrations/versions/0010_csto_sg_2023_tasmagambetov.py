"""data: Tasmagambetov CSTO Secretary General (2023)

Applies seeds/0010_csto_sg_2023_tasmagambetov.toml (changeset format 1) through the frozen applier
orgdb_appliers.changeset_v1; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0010
Revises: 0009
"""

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SEED = "0010_csto_sg_2023_tasmagambetov.toml"
SHA256 = "47aa4e737a93db66f3d53bd5ebdfab1b6c2863c4ad8bef35461fb97a942ed80c"


def upgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v1

    changeset_v1.downgrade(SEED, SHA256)
