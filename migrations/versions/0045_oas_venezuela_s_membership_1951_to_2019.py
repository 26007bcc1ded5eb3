"""data: OAS: Venezuela's membership, 1951 to 2019

Applies seeds/0045_oas_venezuela_s_membership_1951_to_2019.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0045
Revises: 0044
"""

revision = "0045"
down_revision = "0044"
branch_labels = None
depends_on = None

SEED = "0045_oas_venezuela_s_membership_1951_to_2019.toml"
SHA256 = "42becca67311c1d0a1613196ccca2bafb9d05940aeb2539b9013bfd79a843363"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
