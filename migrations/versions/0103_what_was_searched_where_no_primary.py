"""data: What was searched where no primary record was found: the UN's member list, the Czech Republic's and Slovakia's CSCE admission

Applies seeds/0103_what_was_searched_where_no_primary.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0103
Revises: 0102
"""

revision = "0103"
down_revision = "0102"
branch_labels = None
depends_on = None

SEED = "0103_what_was_searched_where_no_primary.toml"
SHA256 = "a90ccc592144f2311caa0e4767e94c1fd62bdf53c917ab21e068a18fcf87b806"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
