"""data: Members that are not sovereign states: kinds of Hong Kong, Macao and Taiwan; what the WTO, GATT and G20 count

Applies seeds/0056_members_that_are_not_sovereign_states.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0056
Revises: 0055
"""

revision = "0056"
down_revision = "0055"
branch_labels = None
depends_on = None

SEED = "0056_members_that_are_not_sovereign_states.toml"
SHA256 = "991b59b31b34f55234e9e2664d472d767bf59296f615c194b7ebe5f0d2841083"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
