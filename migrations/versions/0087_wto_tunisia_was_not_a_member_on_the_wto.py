"""data: WTO: Tunisia was not a member on the WTO's first day (its day not found)

Applies seeds/0087_wto_tunisia_was_not_a_member_on_the_wto.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0087
Revises: 0086
"""

revision = "0087"
down_revision = "0086"
branch_labels = None
depends_on = None

SEED = "0087_wto_tunisia_was_not_a_member_on_the_wto.toml"
SHA256 = "59227d53e98da9737ac213aa4504125e8ea72f32a84e4fa6394c3dd5c9568826"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v5, currency_v1

    changeset_v5.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5, currency_v1

    currency_v1.forget(revision)
    changeset_v5.downgrade(SEED, SHA256)
