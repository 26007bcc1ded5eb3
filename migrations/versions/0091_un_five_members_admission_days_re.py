"""data: UN: five members' admission days re-sourced to newspapers of record and the members' own missions

Applies seeds/0091_un_five_members_admission_days_re.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0091
Revises: 0090
"""

revision = "0091"
down_revision = "0090"
branch_labels = None
depends_on = None

SEED = "0091_un_five_members_admission_days_re.toml"
SHA256 = "63812348f09f63626536029ecfc9500a3eaaddba9dbc1c5e5f40072485635a43"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
