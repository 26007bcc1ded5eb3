"""data: CIS: participants of the founding Agreement from 1991, members from the Charter, the chief executives, the statutory bodies, sources repaired

Applies seeds/0018_cis_participants_of_the_founding.toml (changeset format 2) through the frozen applier
orgdb_appliers.changeset_v2; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0018
Revises: 0017
"""

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

SEED = "0018_cis_participants_of_the_founding.toml"
SHA256 = "220198d7f937787a7d54dae44f3898cf089cd8c9114d43f1b8a5abf59fa05bc5"


def upgrade() -> None:
    from orgdb_appliers import changeset_v2

    changeset_v2.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v2

    changeset_v2.downgrade(SEED, SHA256)
