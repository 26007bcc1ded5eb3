"""data: The Pacific Islands Forum (the South Pacific Forum until 2000): its members, French Polynesia and New Caledonia from 2016, Fiji's suspension, the withdrawals that did not take effect, Secretaries General

Applies seeds/0072_the_pacific_islands_forum_the_south.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0072
Revises: 0071
"""

revision = "0072"
down_revision = "0071"
branch_labels = None
depends_on = None

SEED = "0072_the_pacific_islands_forum_the_south.toml"
SHA256 = "4827df8d015d1879b3f86dc3cab4027611530f4a13cf60fc99887c30d027d160"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
