"""data: GATT 1947: its contracting parties from 1948 to 1995 and its Directors-General

Applies seeds/0038_gatt_1947_its_contracting_parties_from.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0038
Revises: 0037
"""

revision = "0038"
down_revision = "0037"
branch_labels = None
depends_on = None

SEED = "0038_gatt_1947_its_contracting_parties_from.toml"
SHA256 = "acb18976c0c1f808f1046d3efa4850c8c894e0814db43a6e0518e12dc08a1237"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
