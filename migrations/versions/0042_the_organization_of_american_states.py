"""data: The Organization of American States: members since 1951, Cuba's exclusion, Honduras's suspension, Nicaragua's withdrawal, the Secretaries General, permanent observers, the Charter

Applies seeds/0042_the_organization_of_american_states.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0042
Revises: 0041
"""

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None

SEED = "0042_the_organization_of_american_states.toml"
SHA256 = "bbf21601432020bf44968117a03ac10c6f6ff7086981f7b47ef8bd0d4b717110"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
