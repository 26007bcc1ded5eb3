"""data: League of Arab States: members since 1945 with suspensions, Secretaries-General, Pact

Applies seeds/0029_league_of_arab_states_members_since_1945.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0029
Revises: 0028
"""

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

SEED = "0029_league_of_arab_states_members_since_1945.toml"
SHA256 = "7a1961a6ab727d9037d0d18ff98f06164bca75a04b41f458f9b0adb65efa7d51"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
