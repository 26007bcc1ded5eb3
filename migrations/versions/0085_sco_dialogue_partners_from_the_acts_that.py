"""data: SCO dialogue partners from the acts that granted the status (Sri Lanka and Belarus 2009, the five of 2022 in 2023); AU suspensions from the Peace and Security Council's decision day

Applies seeds/0085_sco_dialogue_partners_from_the_acts_that.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0085
Revises: 0084
"""

revision = "0085"
down_revision = "0084"
branch_labels = None
depends_on = None

SEED = "0085_sco_dialogue_partners_from_the_acts_that.toml"
SHA256 = "705077e969405bd8c8c314d1fb5c8abe37f1d32b744c01c5379b20cb8a5bbd20"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v5, currency_v1

    changeset_v5.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5, currency_v1

    currency_v1.forget(revision)
    changeset_v5.downgrade(SEED, SHA256)
