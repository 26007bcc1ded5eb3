"""data: The Organization of Turkic States (the Turkic Council until 2021): its members since 2009, Uzbekistan from 2019, Hungary and Turkmenistan as observers, Secretaries-General, the Nakhchivan Agreement

Applies seeds/0070_the_organization_of_turkic_states_the.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0070
Revises: 0069
"""

revision = "0070"
down_revision = "0069"
branch_labels = None
depends_on = None

SEED = "0070_the_organization_of_turkic_states_the.toml"
SHA256 = "45cdc1d35112a1b029aa81fe88f401bc2862dd162600a3483e54d81d40c3fd23"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
