"""data: The European Economic Area: its contracting parties since 1994, the EU among them, the United Kingdom's departure, the enlargement agreements

Applies seeds/0068_the_european_economic_area_its.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0068
Revises: 0067
"""

revision = "0068"
down_revision = "0067"
branch_labels = None
depends_on = None

SEED = "0068_the_european_economic_area_its.toml"
SHA256 = "4aebd88dd2eac013b7630f24e751656e57419ec6969856c36345f81ca431a362"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
