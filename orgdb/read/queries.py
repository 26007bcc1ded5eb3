"""Every read query, as SQL text with :name parameters, run by orgdb.store.connection.Reader
on the stdlib sqlite3 driver, psycopg2, or a SQLAlchemy connection inside a write. Portable
SQL only: each query is tested on SQLite and PostgreSQL. `:all` is 1 for every spell
(--history), 0 for the spells current in the period from `:d` to `:e` (one day, or a month or
a year asked as `--as-of 2011`).

An end date is inclusive, so a spell is current in the period when start <= e and end >= d.
"""

CURRENT = "({a}.start_date <= :e AND ({a}.end_date IS NULL OR {a}.end_date >= :d))"

ORG_NAMES = """
SELECT id, code, name, name AS matched FROM organization
UNION ALL
SELECT o.id, o.code, o.name, n.name FROM organization_name n
JOIN organization o ON o.id = n.organization_id
"""

# A code or name as stored, ASCII case aside: the common case, found without reading and
# folding every name (orgdb.read.lookups checks the hits as the full resolution would).
ORG_BY_NAME = f"""
SELECT id, code, name, matched FROM ({ORG_NAMES}) AS named
WHERE lower(code) = :name OR lower(matched) = :name
"""

STATE_NAMES = """
SELECT id, code, name, alpha2, alpha3, cow_code, kind, name AS matched FROM state
UNION ALL
SELECT s.id, s.code, s.name, s.alpha2, s.alpha3, s.cow_code, s.kind, n.name FROM state_name n
JOIN state s ON s.id = n.state_id
"""

ORGS = f"""
SELECT o.code, o.name, o.classification, o.founded, o.founded_precision, o.dissolved,
       o.dissolved_precision,
       (SELECT count(DISTINCT m.state_id) + count(DISTINCT m.member_organization_id)
          FROM membership m
         WHERE m.organization_id = o.id AND m.status IN ('member', 'suspended')
           AND {CURRENT.format(a="m")}) AS members,
       (SELECT count(DISTINCT m.state_id) + count(DISTINCT m.member_organization_id)
          FROM membership m
         WHERE m.organization_id = o.id AND m.status = 'suspended'
           AND {CURRENT.format(a="m")}) AS suspended, o.counted_as,
       o.curated, (SELECT max(m.observed_until) FROM membership m
                    WHERE m.organization_id = o.id) AS observed_until
FROM organization o
ORDER BY o.code
"""

ORG = """
SELECT o.id, o.code, o.name, o.classification, o.founded, o.founded_precision, o.dissolved,
       o.dissolved_precision, o.headquarters, o.notes, p.code AS parent, src.title AS source,
       src.url AS source_url
FROM organization o
LEFT JOIN organization p ON p.id = o.parent_id
LEFT JOIN source src ON src.id = o.source_id
WHERE o.id = :org
"""

ORG_OTHER_NAMES = """
SELECT name, lang FROM organization_name WHERE organization_id = :org ORDER BY name
"""

ORG_IDENTIFIERS = """
SELECT scheme, identifier FROM organization_identifier WHERE organization_id = :org
ORDER BY scheme
"""

ORG_CHILDREN = "SELECT code, name FROM organization WHERE parent_id = :org ORDER BY code"

_MEMBERSHIP_COLUMNS = """
       m.id AS membership_id, m.status, m.start_date, m.start_precision, m.end_date,
       m.end_precision, m.end_reason, m.observed_until, m.confidence, m.notes,
       m.start_latest_date, m.start_latest_precision, m.end_earliest_date,
       m.end_earliest_precision, src.title AS source, src.url AS source_url
"""

# A member is a state or (the EU in the G20) an organization: `state` and `state_code`
# name either, `member_type` says which.
_MEMBER = """COALESCE(s.code, mo.code) AS state_code, COALESCE(s.name, mo.name) AS state,
       s.alpha2, s.alpha3, s.kind AS member_kind,
       CASE WHEN m.state_id IS NULL THEN 'organization' ELSE 'state' END AS member_type"""
_MEMBER_JOINS = """LEFT JOIN state s ON s.id = m.state_id
LEFT JOIN organization mo ON mo.id = m.member_organization_id"""

MEMBERS = f"""
SELECT {_MEMBER}, {_MEMBERSHIP_COLUMNS}
FROM membership m
{_MEMBER_JOINS}
JOIN source src ON src.id = m.source_id
WHERE m.organization_id = :org AND (:all = 1 OR {CURRENT.format(a="m")})
ORDER BY COALESCE(s.name, mo.name), m.start_date
"""


def _memberships_of(column: str, param: str) -> str:
    """The spells of one member, a state or an organization, in every organization."""
    return f"""
SELECT o.code AS organization, o.name AS organization_name, {_MEMBERSHIP_COLUMNS}
FROM membership m
JOIN organization o ON o.id = m.organization_id
JOIN source src ON src.id = m.source_id
WHERE m.{column} = :{param} AND (:all = 1 OR {CURRENT.format(a="m")})
ORDER BY o.code, m.start_date
"""


# The organizations an organization is itself a member of (the EU in the G20).
MEMBERSHIPS_OF_ORG = _memberships_of("member_organization_id", "member")

# Successions: the organization that answers for another before its founding, and the
# links a state's or an organization's record lists.
PREDECESSOR = """
SELECT p.id, p.code, p.name, p.founded, x.date, x.date_precision, x.kind
FROM organization_succession x JOIN organization p ON p.id = x.predecessor_id
WHERE x.successor_id = :org
"""
ORG_FOUNDED = "SELECT founded FROM organization WHERE id = :org"
CURRENT_TO = "SELECT max(current_to) AS current_to FROM data_currency"
COUNTED_AS = "SELECT counted_as FROM organization WHERE id = :org"
COUNTED_AS_OF_CODE = "SELECT counted_as FROM organization WHERE code = :code"
ORG_SUCCESSIONS = """
SELECT 'predecessor' AS side, p.code, x.kind, x.date, x.date_precision
FROM organization_succession x JOIN organization p ON p.id = x.predecessor_id
WHERE x.successor_id = :org
UNION ALL
SELECT 'successor', p.code, x.kind, x.date, x.date_precision
FROM organization_succession x JOIN organization p ON p.id = x.successor_id
WHERE x.predecessor_id = :org
ORDER BY 1, 4
"""
STATE_SUCCESSIONS = """
SELECT 'predecessor' AS side, p.code, p.name, x.kind, x.date, x.date_precision, x.notes
FROM state_succession x JOIN state p ON p.id = x.predecessor_id
WHERE x.successor_id = :state
UNION ALL
SELECT 'successor', p.code, p.name, x.kind, x.date, x.date_precision, x.notes
FROM state_succession x JOIN state p ON p.id = x.successor_id
WHERE x.predecessor_id = :state
ORDER BY 1, 5
"""

MEMBERSHIPS_OF = _memberships_of("state_id", "state")

# Status events ('participation frozen', 'suspension announced'...) of the memberships
# of one organization or one state, up to the period's end :e (or all).
_EVENTS = """
SELECT e.membership_id, e.date, e.date_precision, e.kind, e.description, e.confidence,
       src.title AS source
FROM membership_event e
JOIN membership m ON m.id = e.membership_id
JOIN source src ON src.id = e.source_id
WHERE {where} AND (:all = 1 OR e.date <= :e)
ORDER BY e.date
"""
EVENTS_OF_ORG = _EVENTS.format(where="m.organization_id = :org")
EVENTS_OF_STATE = _EVENTS.format(where="m.state_id = :state")

OFFICIALS = f"""
SELECT p.key AS post_key, p.label AS post, pe.key AS person_key, pe.name AS person,
       t.role, t.acting, t.start_date, t.start_precision, t.end_date, t.end_precision,
       t.confidence, t.notes, src.title AS source, src.url AS source_url
FROM tenure t
JOIN post p ON p.id = t.post_id
JOIN person pe ON pe.id = t.person_id
JOIN source src ON src.id = t.source_id
WHERE p.organization_id = :org AND (:all = 1 OR {CURRENT.format(a="t")})
ORDER BY p.label, t.start_date
"""

PERSON_NAMES = """
SELECT id, key, name, other_names FROM person
"""

POSTS_OF_PERSON = """
SELECT o.code AS organization, p.label AS post, pe.name AS person, t.role, t.acting,
       t.start_date, t.start_precision, t.end_date, t.end_precision, t.confidence, t.notes,
       src.title AS source, src.url AS source_url
FROM tenure t
JOIN post p ON p.id = t.post_id
JOIN organization o ON o.id = p.organization_id
JOIN person pe ON pe.id = t.person_id
JOIN source src ON src.id = t.source_id
WHERE t.person_id = :person
ORDER BY t.start_date, o.code
"""

TREATIES = """
SELECT t.code, t.title, t.signed, t.signed_precision, t.signed_place, t.in_force,
       t.in_force_precision, t.depositary, o.code AS organization
FROM treaty t
LEFT JOIN organization o ON o.id = t.organization_id
WHERE :any_org = 1 OR t.organization_id = :org
ORDER BY t.signed, t.code
"""

TREATY_NAMES = """
SELECT id, code, title AS name, title AS matched, other_titles FROM treaty
"""

_ACTION_COLUMNS = """
       t.code AS treaty, t.title AS treaty_title, s.code AS state_code, s.name AS state,
       ta.action, ta.date, ta.date_precision, ta.confidence, ta.notes, src.title AS source,
       src.url AS source_url
"""

ACTIONS_OF_TREATY = f"""
SELECT {_ACTION_COLUMNS}
FROM treaty_action ta
JOIN treaty t ON t.id = ta.treaty_id
JOIN state s ON s.id = ta.state_id
JOIN source src ON src.id = ta.source_id
WHERE ta.treaty_id = :treaty
ORDER BY s.name, ta.date
"""

ACTIONS_OF_STATE = f"""
SELECT {_ACTION_COLUMNS}
FROM treaty_action ta
JOIN treaty t ON t.id = ta.treaty_id
JOIN state s ON s.id = ta.state_id
JOIN source src ON src.id = ta.source_id
WHERE ta.state_id = :state AND (:all = 1 OR ta.date <= :e)
ORDER BY ta.date, t.code
"""

# Every dated event of one organization, for `orgdb timeline`.
TIMELINE = f"""
SELECT o.founded AS date, o.founded_precision AS precision, 'founded' AS kind,
       o.code AS subject, o.name AS detail, src.title AS source
FROM organization o LEFT JOIN source src ON src.id = o.source_id
WHERE o.id = :org AND o.founded IS NOT NULL
UNION ALL
SELECT o.dissolved, o.dissolved_precision, 'dissolved', o.code, o.name, src.title
FROM organization o LEFT JOIN source src ON src.id = o.source_id
WHERE o.id = :org AND o.dissolved IS NOT NULL
UNION ALL
SELECT c.founded, c.founded_precision, 'body founded', c.code, c.name, src.title
FROM organization c LEFT JOIN source src ON src.id = c.source_id
WHERE c.parent_id = :org AND c.founded IS NOT NULL
UNION ALL
SELECT t.signed, t.signed_precision, 'treaty signed', t.code, t.title, src.title
FROM treaty t JOIN source src ON src.id = t.source_id
WHERE t.organization_id = :org AND t.signed IS NOT NULL
UNION ALL
SELECT t.in_force, t.in_force_precision, 'treaty in force', t.code, t.title, src.title
FROM treaty t JOIN source src ON src.id = t.source_id
WHERE t.organization_id = :org AND t.in_force IS NOT NULL
UNION ALL
SELECT ta.date, ta.date_precision, ta.action, s.name, t.code, src.title
FROM treaty_action ta JOIN treaty t ON t.id = ta.treaty_id JOIN state s ON s.id = ta.state_id
JOIN source src ON src.id = ta.source_id
WHERE t.organization_id = :org
UNION ALL
SELECT m.start_date, m.start_precision, 'joined', COALESCE(s.name, mo.name), m.status,
       src.title
FROM membership m {_MEMBER_JOINS} JOIN source src ON src.id = m.source_id
WHERE m.organization_id = :org
UNION ALL
SELECT e.date, e.date_precision, e.kind, s.name, e.description, src.title
FROM membership_event e JOIN membership m ON m.id = e.membership_id
JOIN state s ON s.id = m.state_id JOIN source src ON src.id = e.source_id
WHERE m.organization_id = :org
UNION ALL
SELECT m.end_date, m.end_precision, 'left', COALESCE(s.name, mo.name), m.end_reason,
       src.title
FROM membership m {_MEMBER_JOINS} JOIN source src ON src.id = m.source_id
WHERE m.organization_id = :org AND m.end_date IS NOT NULL
UNION ALL
SELECT e.date, e.date_precision, e.kind, COALESCE(s.name, o.code), e.description, src.title
FROM organization_event e JOIN organization o ON o.id = e.organization_id
LEFT JOIN state s ON s.id = e.state_id JOIN source src ON src.id = e.source_id
WHERE e.organization_id = :org
UNION ALL
SELECT t.start_date, t.start_precision,
       CASE WHEN t.acting THEN 'took office, acting' ELSE 'took office' END, pe.name,
       COALESCE(t.role, p.label), src.title
FROM tenure t JOIN post p ON p.id = t.post_id JOIN person pe ON pe.id = t.person_id
JOIN source src ON src.id = t.source_id
WHERE p.organization_id = :org
UNION ALL
SELECT t.end_date, t.end_precision, 'left office', pe.name, p.label, src.title
FROM tenure t JOIN post p ON p.id = t.post_id JOIN person pe ON pe.id = t.person_id
JOIN source src ON src.id = t.source_id
WHERE p.organization_id = :org AND t.end_date IS NOT NULL
ORDER BY 1, 3, 4
"""

SEARCH_NAMES = """
SELECT 'organization' AS kind, o.code AS key, o.name, o.name AS matched FROM organization o
UNION ALL
SELECT 'organization', o.code, o.name, n.name
FROM organization_name n JOIN organization o ON o.id = n.organization_id
UNION ALL
SELECT 'state', s.code, s.name, s.name FROM state s
UNION ALL
SELECT 'state', s.code, s.name, n.name FROM state_name n JOIN state s ON s.id = n.state_id
UNION ALL
SELECT 'person', p.key, p.name, p.name FROM person p
UNION ALL
SELECT 'person', p.key, p.name, p.other_names FROM person p WHERE p.other_names IS NOT NULL
UNION ALL
SELECT 'treaty', t.code, t.title, t.title FROM treaty t
UNION ALL
SELECT 'treaty', t.code, t.title, t.other_titles FROM treaty t WHERE t.other_titles IS NOT NULL
"""

# ---------------------------------------------------------------- orgdb check
# Two spells of a membership overlap when each starts before the other ends; sharing only a
# boundary day is allowed there. A single-holder post has one holder per day: end dates are
# inclusive, so an outgoing holder ends the day before the successor starts, and sharing a
# day is an overlap. A NULL end is open.
_OVERLAP = """(({b}.end_date IS NULL OR {a}.start_date < {b}.end_date)
   AND ({a}.end_date IS NULL OR {b}.start_date < {a}.end_date))"""
_SAME_DAY = """(({b}.end_date IS NULL OR {a}.start_date <= {b}.end_date)
   AND ({a}.end_date IS NULL OR {b}.start_date <= {a}.end_date))"""

CHECK_MEMBERSHIP_OVERLAP = f"""
SELECT o.code AS organization, o.curated, COALESCE(s.name, mo.name) AS state, a.status,
       a.start_date AS a_start, b.start_date AS b_start
FROM membership a
JOIN membership b ON b.organization_id = a.organization_id AND b.status = a.status
     AND a.id < b.id AND (b.state_id = a.state_id
                          OR b.member_organization_id = a.member_organization_id)
JOIN organization o ON o.id = a.organization_id
LEFT JOIN state s ON s.id = a.state_id
LEFT JOIN organization mo ON mo.id = a.member_organization_id
WHERE {_OVERLAP.format(a="a", b="b")}
"""

# Pairs of tenures of a single-holder post whose stored spans share a day; orgdb.read.check
# keeps those that share one whatever day within its precision each boundary falls on.
CHECK_TENURE_OVERLAP = f"""
SELECT o.code AS organization, p.label AS post, pa.name AS a_person, a.start_date AS a_start,
       a.start_precision AS a_start_precision, a.end_date AS a_end,
       a.end_precision AS a_end_precision, pb.name AS b_person, b.start_date AS b_start,
       b.start_precision AS b_start_precision, b.end_date AS b_end,
       b.end_precision AS b_end_precision
FROM tenure a
JOIN tenure b ON b.post_id = a.post_id AND a.id < b.id
JOIN post p ON p.id = a.post_id
JOIN organization o ON o.id = p.organization_id
JOIN person pa ON pa.id = a.person_id
JOIN person pb ON pb.id = b.person_id
WHERE p.single_holder = :true AND {_SAME_DAY.format(a="a", b="b")}
"""

CHECK_END_BEFORE_START = """
SELECT 'membership' AS kind, o.code || ' / ' || COALESCE(s.name, mo.name) AS what,
       m.start_date, m.end_date
FROM membership m JOIN organization o ON o.id = m.organization_id
LEFT JOIN state s ON s.id = m.state_id
LEFT JOIN organization mo ON mo.id = m.member_organization_id
WHERE m.end_date < m.start_date
UNION ALL
SELECT 'tenure', p.label || ' / ' || pe.name, t.start_date, t.end_date
FROM tenure t JOIN post p ON p.id = t.post_id JOIN person pe ON pe.id = t.person_id
WHERE t.end_date < t.start_date
UNION ALL
SELECT 'organization', o.code, o.founded, o.dissolved
FROM organization o WHERE o.dissolved < o.founded
"""

CHECK_OUTSIDE_LIFETIME = """
SELECT o.code AS organization, o.curated, COALESCE(s.name, mo.name) AS state,
       m.start_date, m.end_date, o.founded, o.dissolved
FROM membership m JOIN organization o ON o.id = m.organization_id
LEFT JOIN state s ON s.id = m.state_id
LEFT JOIN organization mo ON mo.id = m.member_organization_id
WHERE m.start_date < o.founded
   OR (o.dissolved IS NOT NULL AND (m.end_date IS NULL OR m.end_date > o.dissolved))
"""

# An organization that is its own ancestor (a parent cycle).
CHECK_PARENT_CYCLE = """
WITH RECURSIVE chain(start_id, id, depth) AS (
    SELECT id, parent_id, 1 FROM organization WHERE parent_id IS NOT NULL
    UNION ALL
    SELECT c.start_id, o.parent_id, c.depth + 1 FROM chain c
    JOIN organization o ON o.id = c.id
    WHERE o.parent_id IS NOT NULL AND c.id <> c.start_id AND c.depth < 64
)
SELECT DISTINCT o.code AS organization FROM chain c JOIN organization o ON o.id = c.start_id
WHERE c.id = c.start_id
ORDER BY 1
"""

CHECK_UNSOURCED = """
SELECT 'organization' AS kind, code AS what FROM organization WHERE source_id IS NULL
UNION ALL
SELECT 'person', key FROM person WHERE source_id IS NULL
"""

# The source rules (orgdb check --sources): every source, and the keys of the sources that
# facts of curated organizations (or persons) rest on.
CHECK_SOURCES = """
SELECT key, title, publisher, url, published, retrieved, via, notes, source_class
FROM source ORDER BY key
"""
# Facts that rest on an encyclopedia (cited only where no original was found) must say so
# with confidence low.
CHECK_ENCYCLOPEDIA_CONFIDENCE = f"""
SELECT 'membership' AS kind, o.code || ' / ' || COALESCE(s.code, mo.code) AS what, src.key
FROM membership m JOIN organization o ON o.id = m.organization_id
{_MEMBER_JOINS} JOIN source src ON src.id = m.source_id
WHERE src.url LIKE '%wikipedia.org%' AND (m.confidence IS NULL OR m.confidence <> 'low')
UNION ALL
SELECT 'tenure', p.label || ' / ' || pe.name, src.key FROM tenure t
JOIN post p ON p.id = t.post_id JOIN person pe ON pe.id = t.person_id
JOIN source src ON src.id = t.source_id
WHERE src.url LIKE '%wikipedia.org%' AND (t.confidence IS NULL OR t.confidence <> 'low')
UNION ALL
SELECT 'treaty action', tr.code || ' / ' || s.code || ' ' || a.action, src.key FROM treaty_action a
JOIN treaty tr ON tr.id = a.treaty_id JOIN state s ON s.id = a.state_id
JOIN source src ON src.id = a.source_id
WHERE src.url LIKE '%wikipedia.org%' AND (a.confidence IS NULL OR a.confidence <> 'low')
UNION ALL
SELECT 'membership event', e.kind, src.key FROM membership_event e
JOIN source src ON src.id = e.source_id
WHERE src.url LIKE '%wikipedia.org%' AND (e.confidence IS NULL OR e.confidence <> 'low')
"""
# Notes and descriptions that may name further sources by address (orgdb check --sources).
CHECK_NOTE_TEXTS = f"""
SELECT 'organization' AS kind, o.code AS what, o.notes AS text FROM organization o
WHERE o.notes LIKE '%http%'
UNION ALL
SELECT 'membership', o.code || ' / ' || COALESCE(s.code, mo.code) || ' ' || m.status, m.notes
FROM membership m JOIN organization o ON o.id = m.organization_id {_MEMBER_JOINS}
WHERE m.notes LIKE '%http%'
UNION ALL
SELECT 'membership event', o.code || ' / ' || s.code || ' ' || e.kind, e.description
FROM membership_event e JOIN membership m ON m.id = e.membership_id
JOIN organization o ON o.id = m.organization_id JOIN state s ON s.id = m.state_id
WHERE e.description LIKE '%http%'
UNION ALL
SELECT 'organization event', o.code || ' ' || e.kind, e.description FROM organization_event e
JOIN organization o ON o.id = e.organization_id WHERE e.description LIKE '%http%'
UNION ALL
SELECT 'tenure', p.label || ' / ' || pe.name, t.notes FROM tenure t
JOIN post p ON p.id = t.post_id JOIN person pe ON pe.id = t.person_id
WHERE t.notes LIKE '%http%'
UNION ALL
SELECT 'treaty', tr.code, tr.notes FROM treaty tr WHERE tr.notes LIKE '%http%'
UNION ALL
SELECT 'treaty action', tr.code || ' / ' || s.code || ' ' || a.action, a.notes
FROM treaty_action a JOIN treaty tr ON tr.id = a.treaty_id JOIN state s ON s.id = a.state_id
WHERE a.notes LIKE '%http%'
UNION ALL
SELECT 'source', src.key, src.notes FROM source src WHERE src.notes LIKE '%http%'
"""
CHECK_CURATED_CITATIONS = """
SELECT DISTINCT s.key FROM source s WHERE s.id IN (
    SELECT o.source_id FROM organization o WHERE o.curated = :true
    UNION SELECT m.source_id FROM membership m
          JOIN organization o ON o.id = m.organization_id WHERE o.curated = :true
    UNION SELECT e.source_id FROM membership_event e JOIN membership m ON m.id = e.membership_id
          JOIN organization o ON o.id = m.organization_id WHERE o.curated = :true
    UNION SELECT t.source_id FROM tenure t JOIN post p ON p.id = t.post_id
          JOIN organization o ON o.id = p.organization_id WHERE o.curated = :true
    UNION SELECT e.source_id FROM organization_event e
          JOIN organization o ON o.id = e.organization_id WHERE o.curated = :true
    UNION SELECT t.source_id FROM treaty t
    UNION SELECT a.source_id FROM treaty_action a
    UNION SELECT p.source_id FROM person p)
"""


# ---------------------------------------------------------------- exports (CSV, Popolo)
_SOURCE = "src.key AS source_key, src.title AS source, src.url AS source_url"

EXPORT_MEMBERSHIPS = f"""
SELECT m.id AS membership_id, o.code AS organization, o.name AS organization_name,
       {_MEMBER}, m.status, m.start_date, m.start_precision, m.end_date, m.end_precision,
       m.end_reason, m.observed_until, m.confidence, m.notes, {_SOURCE}
FROM membership m
JOIN organization o ON o.id = m.organization_id
{_MEMBER_JOINS}
JOIN source src ON src.id = m.source_id
ORDER BY o.code, COALESCE(s.code, mo.code), m.start_date, m.status
"""

EXPORT_TENURES = f"""
SELECT o.code AS organization, p.key AS post_key, p.label AS post, pe.key AS person_key,
       pe.name AS person, t.role, t.acting, t.start_date, t.start_precision, t.end_date,
       t.end_precision, t.confidence, t.notes, {_SOURCE}
FROM tenure t
JOIN post p ON p.id = t.post_id
JOIN organization o ON o.id = p.organization_id
JOIN person pe ON pe.id = t.person_id
JOIN source src ON src.id = t.source_id
ORDER BY o.code, p.key, t.start_date, pe.key
"""

EXPORT_TREATY_ACTIONS = f"""
SELECT tr.code AS treaty, tr.title AS treaty_title, ta.state_id, s.code AS state_code,
       s.name AS state, s.alpha2, s.alpha3, ta.action, ta.date, ta.date_precision,
       ta.confidence, ta.notes, {_SOURCE}, tro.code AS organization
FROM treaty_action ta
JOIN treaty tr ON tr.id = ta.treaty_id
LEFT JOIN organization tro ON tro.id = tr.organization_id
JOIN state s ON s.id = ta.state_id
JOIN source src ON src.id = ta.source_id
ORDER BY tr.code, s.code, ta.date, ta.action
"""

EXPORT_ORGS = f"""
SELECT o.id, o.code, o.name, o.classification, o.founded, o.founded_precision, o.dissolved,
       o.dissolved_precision, o.headquarters, o.notes, p.code AS parent, {_SOURCE}
FROM organization o
LEFT JOIN organization p ON p.id = o.parent_id
LEFT JOIN source src ON src.id = o.source_id
ORDER BY o.code
"""
EXPORT_ORG_NAMES = """
SELECT organization_id AS id, name, lang FROM organization_name ORDER BY name
"""
# An organization's identifiers, and COW's for one COW's data is linked to (a curated
# organization COW matched gets no identifier row: the cow_igo link is the record).
EXPORT_ORG_IDS = """
SELECT organization_id AS id, scheme, identifier FROM organization_identifier
UNION
SELECT organization_id, 'cow_ioname', ioname FROM cow_igo WHERE organization_id IS NOT NULL
UNION
SELECT c.organization_id, 'cow_ionum', sp.ionum FROM cow_igo c
JOIN cow_span sp ON sp.igo_id = c.id
WHERE c.organization_id IS NOT NULL AND sp.ionum IS NOT NULL AND sp.ionum != ''
ORDER BY scheme, identifier
"""
# A state's COW code: its own, or (a state COW found in the database) its column's.
EXPORT_STATES = f"""
SELECT s.id, s.code, s.name, s.alpha2, s.alpha3,
       COALESCE(s.cow_code, (SELECT min(c.ccode) FROM cow_state c WHERE c.state_id = s.id))
           AS cow_code, s.start_date, s.start_precision,
       s.end_date, s.end_precision, {_SOURCE}
FROM state s LEFT JOIN source src ON src.id = s.source_id
ORDER BY s.code
"""
EXPORT_STATE_NAMES = "SELECT state_id AS id, name, lang FROM state_name ORDER BY name"
EXPORT_EVENTS = f"""
SELECT e.membership_id, e.date, e.date_precision, e.kind, e.description, e.confidence,
       {_SOURCE}
FROM membership_event e JOIN source src ON src.id = e.source_id
ORDER BY e.date, e.kind
"""
EXPORT_PERSONS = f"""
SELECT pe.key, pe.name, pe.other_names, s.code AS nationality, s.name AS nationality_name,
       {_SOURCE}
FROM person pe
LEFT JOIN state s ON s.id = pe.nationality_id
LEFT JOIN source src ON src.id = pe.source_id
ORDER BY pe.key
"""
EXPORT_POSTS = """
SELECT o.code AS organization, p.key, p.label, p.single_holder
FROM post p JOIN organization o ON o.id = p.organization_id
ORDER BY o.code, p.key
"""
EXPORT_TREATIES = f"""
SELECT t.code, t.title, t.other_titles, t.signed, t.signed_precision, t.signed_place,
       t.in_force, t.in_force_precision, t.depositary, o.code AS organization, t.confidence,
       t.notes, {_SOURCE}
FROM treaty t
LEFT JOIN organization o ON o.id = t.organization_id
JOIN source src ON src.id = t.source_id
ORDER BY t.code
"""

# ---------------------------------------------------------------- quality (orgdb quality)
# Every fact row of an organization with what a reader weighs it by: its confidence, the
# coarsest precision of its dates, whether a day is only bounded, and its source's class.
_COARSEST = """CASE WHEN {a}.start_precision = 'year' OR ({a}.end_date IS NOT NULL AND
       {a}.end_precision = 'year') THEN 'year' WHEN {a}.start_precision = 'month' OR
       ({a}.end_date IS NOT NULL AND {a}.end_precision = 'month') THEN 'month'
       ELSE 'day' END"""
QUALITY_ROWS = f"""
SELECT m.organization_id AS org, 'membership' AS kind, m.confidence,
       CASE WHEN m.start_latest_date IS NOT NULL OR m.end_earliest_date IS NOT NULL
            THEN 'bounded' ELSE {_COARSEST.format(a="m")} END AS precision,
       src.source_class
FROM membership m JOIN source src ON src.id = m.source_id
UNION ALL
SELECT p.organization_id, 'tenure', t.confidence, {_COARSEST.format(a="t")},
       src.source_class
FROM tenure t JOIN post p ON p.id = t.post_id JOIN source src ON src.id = t.source_id
UNION ALL
SELECT tr.organization_id, 'treaty action', ta.confidence, ta.date_precision,
       src.source_class
FROM treaty_action ta JOIN treaty tr ON tr.id = ta.treaty_id
JOIN source src ON src.id = ta.source_id
WHERE tr.organization_id IS NOT NULL
UNION ALL
SELECT m.organization_id, 'membership event', e.confidence, e.date_precision,
       src.source_class
FROM membership_event e JOIN membership m ON m.id = e.membership_id
JOIN source src ON src.id = e.source_id
UNION ALL
SELECT e.organization_id, 'organization event', e.confidence, e.date_precision,
       src.source_class
FROM organization_event e JOIN source src ON src.id = e.source_id
"""
KNOWN_GAPS = """
SELECT o.code, g.topic, g.description FROM known_gap g
JOIN organization o ON o.id = g.organization_id ORDER BY o.code, g.topic
"""
ORG_IDS = "SELECT id, code, name, curated FROM organization ORDER BY code"
