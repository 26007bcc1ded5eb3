"""data: Heads and partners: OPEC's Conference President in 2005, the Commission presidents of 1999 on the Official Journal, ASEAN's Secretaries-General of 2018-2023, Canada and Russia as ASEAN dialogue partners

Applies seeds/0086_heads_and_partners_opec_s_conference.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0086
Revises: 0085
"""

revision = "0086"
down_revision = "0085"
branch_labels = None
depends_on = None

SEED = "0086_heads_and_partners_opec_s_conference.toml"
SHA256 = "92199605003d78bca1dc66b106e1d736835d89e795b183e4a57bc8b1cbe64761"
CURRENT_TO = "2026-12-07"  # the day the maintainer checked the data current


def upgrade() -> None:
    from orgdb_appliers import changeset_v5, currency_v1

    changeset_v5.upgrade(SEED, SHA256)
    currency_v1.record(revision, CURRENT_TO)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5, currency_v1

    currency_v1.forget(revision)
    changeset_v5.downgrade(SEED, SHA256)
