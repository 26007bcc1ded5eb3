"""data: The European Free Trade Association: members since 1960, Finland's association, the departures to the EEC and the EU, Secretaries-General, the Stockholm and Vaduz Conventions

Applies seeds/0058_the_european_free_trade_association.toml (changeset format 5) through the frozen applier
orgdb_appliers.changeset_v5; the file's SHA-256 is pinned, so an edited seed is refused.

Revision ID: 0058
Revises: 0057
"""

revision = "0058"
down_revision = "0057"
branch_labels = None
depends_on = None

SEED = "0058_the_european_free_trade_association.toml"
SHA256 = "810a04604d78d04870caefba2722bebc078d3f11c29475b2015d99841503050d"


def upgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.upgrade(SEED, SHA256)


def downgrade() -> None:
    from orgdb_appliers import changeset_v5

    changeset_v5.downgrade(SEED, SHA256)
