"""data: The euro area: the states that adopted the euro, from the eleven of 1999 to Bulgaria in 2026, and the Presidents of the Eurogroup

Applies seeds/0066_the_euro_area_the_states_that_adopted.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0066
Revises: 0065
"""

revision = "0066"
down_revision = "0065"
branch_labels = None
depends_on = None

SEED = "0066_the_euro_area_the_states_that_adopted.toml"
SHA256 = "b765925d207d50352f767d0fc3784ee4b0c83e331e7e86dd827762e899fe6369"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
