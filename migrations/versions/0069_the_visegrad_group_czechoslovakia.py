"""data: The Visegrád Group: Czechoslovakia, Hungary and Poland from 1991, the Czech Republic and Slovakia from 1993, the International Visegrad Fund

Applies seeds/0069_the_visegrad_group_czechoslovakia.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0069
Revises: 0068
"""

revision = "0069"
down_revision = "0068"
branch_labels = None
depends_on = None

SEED = "0069_the_visegrad_group_czechoslovakia.toml"
SHA256 = "700ad0fdaa064a92d7b12c30d19d5c37e4ccc32f8496639a7335465473f77f6f"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
