"""data: European Union and its predecessors: members since 1952, Presidents of the Commission and the European Council, treaties, the UK's withdrawal

Applies seeds/0027_european_union_and_its_predecessors.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0027
Revises: 0026
"""

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

SEED = "0027_european_union_and_its_predecessors.toml"
SHA256 = "cc8f3dd3ab5bf0312fb8e6bd2f70c80631585be37d012fa4b9dabc359dc7518d"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
