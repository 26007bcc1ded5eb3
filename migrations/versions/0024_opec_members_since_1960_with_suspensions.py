"""data: OPEC: members since 1960 with suspensions and withdrawals, Secretaries General since 2007

Applies seeds/0024_opec_members_since_1960_with_suspensions.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0024
Revises: 0023
"""

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

SEED = "0024_opec_members_since_1960_with_suspensions.toml"
SHA256 = "07b6a9d1958e8af48a730e438a2e6b48aa01587c93537f1ab090294234ba33b5"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
