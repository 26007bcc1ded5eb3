"""data: Names people use: organizations' acronyms in other languages and states' short names

Applies seeds/0043_names_people_use_organizations_acronyms.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0043
Revises: 0042
"""

revision = "0043"
down_revision = "0042"
branch_labels = None
depends_on = None

SEED = "0043_names_people_use_organizations_acronyms.toml"
SHA256 = "67e89024e0eec82faa6a34758de82cb08650ca00770f16671973e40d4eaf5426"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
