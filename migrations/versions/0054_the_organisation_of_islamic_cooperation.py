"""data: The Organisation of Islamic Cooperation: members since 1969, suspensions, observer states, Secretaries-General, Charters

Applies seeds/0054_the_organisation_of_islamic_cooperation.toml (changeset format 4) through the frozen applier
orgdb_appliers.changeset_v4; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0054
Revises: 0053
"""

revision = "0054"
down_revision = "0053"
branch_labels = None
depends_on = None

SEED = "0054_the_organisation_of_islamic_cooperation.toml"
SHA256 = "b6ab06f0116b352b70bb65608aa1de70b44864611881c00ad46ec9e17a43930b"


def upgrade() -> None:
    from orgdb_appliers import changeset_v4

    changeset_v4.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v4

    changeset_v4.downgrade(SEED, SHA256)
