"""data: GATT: China's membership, 1948 to 1950

Applies seeds/0048_gatt_china_s_membership_1948_to_1950.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0048
Revises: 0047
"""

revision = "0048"
down_revision = "0047"
branch_labels = None
depends_on = None

SEED = "0048_gatt_china_s_membership_1948_to_1950.toml"
SHA256 = "5d8da10bfa3d3f1316755efeb2f177d025695a129cb4849657d276d7281a6ec7"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
