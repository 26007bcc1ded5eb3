"""data: Names people use for divided, unified and renamed states

Applies seeds/0050_names_people_use_for_divided_unified_and.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0050
Revises: 0049
"""

revision = "0050"
down_revision = "0049"
branch_labels = None
depends_on = None

SEED = "0050_names_people_use_for_divided_unified_and.toml"
SHA256 = "a95da2582e6c0b19202da80215ee08740c5dacf237d0765164dc06ae0c9d30a2"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
