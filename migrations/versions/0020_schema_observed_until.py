"""schema: a membership's observed_until, so that a source's horizon is not an end

COW's data set ends in 2014, and its import recorded a membership alive in an IGO's last
year as ending that year: the United Kingdom left the EU in 2014, and no COW organization
had a member today. Such a spell now has no end, and `observed_until` keeps the last day
the source saw it (the 31st of December of the IGO's last year). The upgrade converts what
an earlier import wrote (a COW-sourced spell ending in the last year of an IGO that is not
dissolved); the downgrade writes the horizon back as the end, as that import did.

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

COW_SOURCE = "cow-igo-v3"  # the source row a COW import writes (orgdb.interchange.cow)


def upgrade() -> None:
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.add_column(sa.Column("observed_until", sa.Date(), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(sa.text("""
        SELECT m.id, m.end_date, (SELECT max(s.last_year) FROM cow_span s
                                  WHERE s.igo_id = i.id) AS last_year
        FROM membership m
        JOIN source src ON src.id = m.source_id AND src.key = :key
        JOIN organization o ON o.id = m.organization_id AND o.dissolved IS NULL
        JOIN cow_igo i ON i.organization_id = o.id AND i.owned
        WHERE m.end_date IS NOT NULL"""), {"key": COW_SOURCE}).all()
    for row in rows:
        end = row.end_date if not isinstance(row.end_date, str) else None
        year = end.year if end else int(str(row.end_date)[:4])
        if row.last_year is not None and year == row.last_year:
            bind.execute(sa.text(
                "UPDATE membership SET observed_until = end_date, end_date = NULL, "
                "end_precision = 'day' WHERE id = :id"), {"id": row.id})


def downgrade() -> None:
    op.execute("UPDATE membership SET end_date = observed_until, end_precision = 'year' "
               "WHERE observed_until IS NOT NULL AND end_date IS NULL")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_column("observed_until")
