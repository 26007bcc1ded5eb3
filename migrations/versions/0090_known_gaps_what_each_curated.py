"""data: Known gaps: what each curated organization's data is known to lack, from docs/data.md

Applies seeds/0090_known_gaps_what_each_curated.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0090
Revises: 0089
"""

revision = "0090"
down_revision = "0089"
branch_labels = None
depends_on = None

SEED = "0090_known_gaps_what_each_curated.toml"
SHA256 = "fcd0e08e7bd7839c48987ec102d07c2f606ff833645b60b1ee623c1491a6b8e7"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
