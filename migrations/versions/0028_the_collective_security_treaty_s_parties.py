"""data: The Collective Security Treaty's parties before the CSTO, as its predecessor

Applies seeds/0028_the_collective_security_treaty_s_parties.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0028
Revises: 0027
"""

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

SEED = "0028_the_collective_security_treaty_s_parties.toml"
SHA256 = "aa69829ce70138bbf055502add7afea2366c703c5ea4663ee6a58f43c61384b4"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
