"""data: The Organization of African Unity: its members from 1963 to 2002, Morocco's withdrawal, the Secretaries-General, the Charter; the OAU as the AU's predecessor

Applies seeds/0040_the_organization_of_african_unity_its.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0040
Revises: 0039
"""

revision = "0040"
down_revision = "0039"
branch_labels = None
depends_on = None

SEED = "0040_the_organization_of_african_unity_its.toml"
SHA256 = "977a81e3d1a91aac463f92e521c190319fbdc4a76ed1fcf24118291a39324357"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
