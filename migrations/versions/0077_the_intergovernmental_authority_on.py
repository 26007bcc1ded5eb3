"""data: The Intergovernmental Authority on Development (IGADD until 1996): its members since 1986, Eritrea's and Sudan's suspensions and Eritrea's withdrawal, Executive Secretaries, its founding agreements

Applies seeds/0077_the_intergovernmental_authority_on.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0077
Revises: 0076
"""

revision = "0077"
down_revision = "0076"
branch_labels = None
depends_on = None

SEED = "0077_the_intergovernmental_authority_on.toml"
SHA256 = "fa8f26b8fd6069702a28f776318f8283f5df10567a42c4179add350dfb4eb67b"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
