"""data: Asia-Pacific Economic Cooperation: its 21 member economies since 1989, the ASEAN Secretariat as observer, Executive Directors

Applies seeds/0065_asia_pacific_economic_cooperation_its_21.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0065
Revises: 0064
"""

revision = "0065"
down_revision = "0064"
branch_labels = None
depends_on = None

SEED = "0065_asia_pacific_economic_cooperation_its_21.toml"
SHA256 = "b91ddbe58511158e3419087ee6fe5af41d5e00a484cc2eb15b3bff9ffa0b8144"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
