"""data: Mercosur: its founders since 1991, Paraguay's and Venezuela's suspensions, Venezuela and Bolivia as members, the associated states, the High Representatives, the Treaty of Asunción and the Protocol of Ouro Preto

Applies seeds/0063_mercosur_its_founders_since_1991.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0063
Revises: 0062
"""

revision = "0063"
down_revision = "0062"
branch_labels = None
depends_on = None

SEED = "0063_mercosur_its_founders_since_1991.toml"
SHA256 = "c102d7a56f4a99d9adb30a2207873204c6474e95a6b230293cecee0ec43116cf"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
