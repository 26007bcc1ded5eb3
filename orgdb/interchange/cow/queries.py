"""The SQL `orgdb export cow` reads the IGO-year table back with (see orgdb.read.queries
for the conventions: :name parameters, portable SQL, tested on both backends)."""

from orgdb.interchange.cow.columns import SPAN_COLUMNS

COW_EXPORT_STATES = "SELECT id, name, state_id FROM cow_state ORDER BY position"
COW_EXPORT_PERIODS = """
SELECT cow_state_id, first_year, last_year, state_id FROM cow_state_period ORDER BY first_year
"""
COW_EXPORT_IGOS = "SELECT id, ioname, organization_id, owned FROM cow_igo ORDER BY position"
# the non-state cells of an IGO's rows, kept per span of years
COW_EXPORT_SPANS = f"""
SELECT first_year, last_year, {", ".join(SPAN_COLUMNS)}
FROM cow_span WHERE igo_id = :igo ORDER BY seq
"""
COW_EXPORT_RUNS = """
SELECT cow_state_id, first_year, last_year, value FROM cow_cell_run WHERE igo_id = :igo
"""
COW_EXPORT_MEMBERSHIPS = """
SELECT m.state_id, m.status, m.start_date, m.end_date FROM membership m
JOIN source s ON s.id = m.source_id
WHERE m.organization_id = :org AND s.key = :source
"""
