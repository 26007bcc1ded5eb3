"""data: The Shanghai Cooperation Organisation: members since 2001, observers, dialogue partners and the SCO partners since 2025, Secretaries-General

Applies seeds/0036_the_shanghai_cooperation_organisation.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0036
Revises: 0035
"""

revision = "0036"
down_revision = "0035"
branch_labels = None
depends_on = None

SEED = "0036_the_shanghai_cooperation_organisation.toml"
SHA256 = "5b9030de4e3360d56fb7e084acfb0cde5f1c65ce271270c835fd437131a166af"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
