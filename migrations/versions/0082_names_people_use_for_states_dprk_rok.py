"""data: Names people use for states: DPRK, ROK, Persia, Ceylon, Holland, and the parts of the United Kingdom

Applies seeds/0082_names_people_use_for_states_dprk_rok.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0082
Revises: 0081
"""

revision = "0082"
down_revision = "0081"
branch_labels = None
depends_on = None

SEED = "0082_names_people_use_for_states_dprk_rok.toml"
SHA256 = "f4d20121be05aa9548a34fbd006fb57a371c6772725024c627e61a9a66bf7fdc"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
