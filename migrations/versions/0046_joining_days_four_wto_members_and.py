"""data: Joining days: four WTO members, and Djibouti in the OAU and the Arab League

Applies seeds/0046_joining_days_four_wto_members_and.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0046
Revises: 0045
"""

revision = "0046"
down_revision = "0045"
branch_labels = None
depends_on = None

SEED = "0046_joining_days_four_wto_members_and.toml"
SHA256 = "5c17edd1c7c5b51176e6895f85bdd4f0885780cb4a815e0d5f736dec580e0792"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
