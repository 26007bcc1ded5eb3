"""data: The OECD and the OEEC it reconstituted: members since 1948, accessions, Secretaries-General

Applies seeds/0032_the_oecd_and_the_oeec_it_reconstituted.toml (changeset format 3) through the frozen applier
orgdb_appliers.changeset_v3; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0032
Revises: 0031
"""

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

SEED = "0032_the_oecd_and_the_oeec_it_reconstituted.toml"
SHA256 = "6b97785dae388810da6a4b231858c499fc3f1186cbc3add0010848a1849874fd"


def upgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v3

    changeset_v3.downgrade(SEED, SHA256)
