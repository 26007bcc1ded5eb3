"""data: Addresses in notes fixed: trailing dots, a proxy, an ellipsis

Applies seeds/0019_addresses_in_notes_fixed_trailing_dots_a.toml (changeset format 2) through the frozen applier
orgdb_appliers.changeset_v2; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0019
Revises: 0018
"""

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

SEED = "0019_addresses_in_notes_fixed_trailing_dots_a.toml"
SHA256 = "e2dcc9ac4bcd6d83f4f6aa834e011c93bcbf84941e5ab9fe08568ed811ea27f7"


def upgrade() -> None:
    from orgdb_appliers import changeset_v2

    changeset_v2.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v2

    changeset_v2.downgrade(SEED, SHA256)
