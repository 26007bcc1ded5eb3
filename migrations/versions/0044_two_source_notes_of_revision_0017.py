"""data: Two source notes of revision 0017 cleaned of working references

Applies seeds/0044_two_source_notes_of_revision_0017.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0044
Revises: 0043
"""

revision = "0044"
down_revision = "0043"
branch_labels = None
depends_on = None

SEED = "0044_two_source_notes_of_revision_0017.toml"
SHA256 = "513644f09c18a5a971100d9a245906ec2a65f8699b1bdac9bad12e63676d70ab"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
