"""data: The OSCE and the CSCE before it: participating States since the Helsinki Final Act, Partners for Co-operation, Secretaries General

Applies seeds/0031_the_osce_and_the_csce_before_it.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0031
Revises: 0030
"""

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

SEED = "0031_the_osce_and_the_csce_before_it.toml"
SHA256 = "f2aabeea3049ba19d3cc0989297100b6b1d0b1fe5d8cd7ae7baa4813aac1da32"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
