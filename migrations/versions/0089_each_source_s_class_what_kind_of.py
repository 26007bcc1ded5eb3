"""data: Each source's class: what kind of document it is

Applies seeds/0089_each_source_s_class_what_kind_of.toml (changeset format 6) through the frozen applier
orgdb_appliers.changeset_v6; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0089
Revises: 0088
"""

revision = "0089"
down_revision = "0088"
branch_labels = None
depends_on = None

SEED = "0089_each_source_s_class_what_kind_of.toml"
SHA256 = "35670094d3ad49eec7296265179bd0482fac3a7e65e6bb07bb4f2d0d33f47e49"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    changeset_v6.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v6, currency_v1

    currency_v1.forget(revision)
    changeset_v6.downgrade(SEED, SHA256)
