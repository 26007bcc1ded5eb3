"""data: COW IGO v3, carried in the package

The Correlates of War IGO data set, version 3.0 (Pevehouse, McManus and Nordstrom; 534
IGOs, 1816-2014), applied from the gzip of COW's own file carried in seeds/
(igo_year_formatv3.csv, unchanged) with the state plan written for it (which state each
COW column, and each of its periods, is), through the frozen writer
orgdb_appliers.cow_v1: the organizations COW alone knows answer out of the box; the
curated ones take precedence (COW is linked to them, never written into them). A database
that holds COW data already (an earlier `orgdb import cow`) keeps it as it is. Both files'
SHA-256 are pinned, so an edited seed is refused.

Revision ID: 0052
Revises: 0051
"""

revision = "0052"
down_revision = "0051"
branch_labels = None
depends_on = None

DATA = ("0052_cow_igo_v3.csv.gz",
        "5813078bbf5ef6d0efa7c406aabe6c5b540e50dcaf9336878e0e13a35bfae967")
PLAN = ("0052_cow_igo_v3_states.json",
        "935dfb48fe2d3de06564aa9a250b0d52f84522a0804f5acd559726311ef68cbb")


def upgrade() -> None:
    from orgdb_appliers import cow_v1

    cow_v1.upgrade(DATA, PLAN)


def downgrade() -> None:
    from orgdb_appliers import cow_v1

    cow_v1.downgrade(DATA, PLAN)
