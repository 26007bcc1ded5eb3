"""`orgdb import cow` and `orgdb export cow`: the Correlates of War IGO file in and back out,
cell for cell, on a committed extract (tests/data/cow_extract.csv: 13 IGOs, 272 rows, all
217 state columns); curated organizations are matched, never written; errors roll back."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers import (
    apply_file,
    changesets_passed_over,
    dump,
    head_schema,
    natural_rows,
    query,
    reader_for,
    sa_engine,
    without_cow,
    write_file,
)
from typer.testing import CliRunner

from orgdb.cli import app
from orgdb.errors import OrgdbError
from orgdb.interchange.cow import export, importer
from orgdb.interchange.cow import states as cow_states
from orgdb.store import migrate
from orgdb.store.target import resolve

DATA = Path(__file__).resolve().parent / "data"
EXTRACT = DATA / "cow_extract.csv"
STATES = DATA / "states2016_extract.csv"
runner = CliRunner()

CURATED_CSTO = """
[changeset]
title = "test fixture: a curated CSTO"

[[sources]]
key = "fixture"
title = "Test fixture"

[[states]]
code = "RU"
name = "Russia"
alpha2 = "RU"
alpha3 = "RUS"

[[states]]
code = "UZ"
name = "Uzbekistan"
alpha2 = "UZ"
alpha3 = "UZB"

[[organizations]]
code = "CSTO"
name = "Collective Security Treaty Organization"
founded = "2002-10-07"
source = "fixture"
identifiers = [{ scheme = "cow_ioname", identifier = "CSTO" }]

[[memberships]]
organization = "CSTO"
state = "RU"
start = "2002-10-07"
source = "fixture"

[[memberships]]
organization = "CSTO"
state = "UZ"
start = "2006-08-16"
end = "2012-12-19"
end_reason = "suspended"
source = "fixture"
"""


def fresh(url: str, tmp_path: Path, *, curated: bool = True) -> str:
    """A database with the schema at head but no shipped data, with a tiny curated CSTO."""
    head_schema(url)
    if curated:
        apply_file(url, write_file(tmp_path, CURATED_CSTO, "curated.toml"))
    return url


def import_file(url: str, path: Path = EXTRACT, states: Path = STATES) -> importer.ImportReport:
    engine = sa_engine(url)
    try:
        with engine.begin() as conn:
            return importer.import_cow(conn, path, states=states)
    finally:
        engine.dispose()


def head_copy(tmp_path: Path, head_sqlite_path: Path) -> str:
    """A private SQLite database at head with the curated data (CSTO, NATO, CIS) and
    without the COW data revision 0052 carries: as a user's import finds it."""
    path = tmp_path / "head.sqlite3"
    shutil.copy(head_sqlite_path, path)
    return without_cow(str(path))


def export_text(url: str) -> str:
    import io

    reader = reader_for(url)
    try:
        out = io.StringIO(newline="")
        export.export_cow(reader, out)
        return out.getvalue()
    finally:
        reader.close()


def spells(url: str, org: str, state_code: str) -> list[tuple]:
    return [(str(a)[:10], str(b)[:10], s, p, q) for a, b, s, p, q in query(url, """
        SELECT m.start_date, m.end_date, m.status, m.start_precision, m.end_precision
        FROM membership m JOIN organization o ON o.id = m.organization_id
        JOIN state s ON s.id = m.state_id
        WHERE o.code = :org AND s.code = :state ORDER BY m.start_date""",
        org=org, state=state_code)]


def curated_in_extract(url: str) -> list[str]:
    """The extract's IGOs the database already curates (matched by code or name), as the
    import names them: these are matched, never written to; the rest become
    organizations."""
    names = {row[0]: row[1] for row in extract_rows()[1:]}
    codes = {code for (code,) in query(url, "SELECT code FROM organization WHERE curated")}
    # a curated organization of the same code, or of the same name under a code of its
    # own (the Arctic Council's ARCTIC for COW's ArticC)
    called = dict(query(url, "SELECT lower(name), code FROM organization WHERE curated"))
    linked = {i: i if i in codes else called.get(n.casefold()) for i, n in names.items()}
    return sorted(f"{code} (COW {i})" for i, code in linked.items() if code)


def extract_rows() -> list[list[str]]:
    with EXTRACT.open(newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


# ------------------------------------------------------------------------- the extract


def test_the_extract_is_what_the_tests_say():
    rows = extract_rows()
    header = rows[0]
    assert len(header) == 3 + 217 + 15 and header[:3] == ["ioname", "orgname", "year"]
    igos = {r[0] for r in rows[1:]}
    assert len(igos) == 13 and 250 <= len(rows) - 1 <= 400
    cells = {c for r in rows[1:] for c in r[3:3 + 217]}
    assert cells == {"0", "1", "2", "3", "-9", "-1"}
    dead = header.index("dead")
    assert any(r[dead] == "1" for r in rows[1:])


# ------------------------------------------------------------------------- import


def test_mac_roman_letters_in_cows_names_are_repaired_and_exported_as_cow_wrote_them(
        db_url, tmp_path):
    """COW v3's file carries Mac Roman letters mis-decoded as C1 controls ('V\\x8alf\\x8ard'
    for Välfärd): the names orgdb stores are repaired, the export gives the cells back as
    COW wrote them."""
    url = fresh(db_url, tmp_path)
    import_file(url)
    [(name,)] = query(url, "SELECT name FROM organization WHERE code = 'NVC'")
    assert name == "Nordic Centre for Welfare and Social Issues (Nordens Välfärdscenter )"
    assert "\x8a" not in "".join(n for (n,) in query(url, "SELECT name FROM organization_name"))
    assert export_text(url) == EXTRACT.read_text(encoding="utf-8")


def test_import_writes_organizations_states_and_year_memberships(db_url, tmp_path):
    url = fresh(db_url, tmp_path)
    report = import_file(url)
    assert report.igos == 13 and report.rows == 272
    assert report.organizations == 12  # CSTO is the curated one
    # 217 columns are 215 states (West Germany's and Germany's are Germany, North Yemen's
    # and Yemen's Yemen) and three more for their years (the USSR, Yugoslavia, Serbia and
    # Montenegro); RU and UZ exist already
    assert report.states == 215 + 3 - 2
    assert report.memberships == 310  # 308 runs, two of them cut at the USSR's years
    org = query(url, """SELECT o.name, o.curated, o.founded, o.founded_precision, o.dissolved,
                        o.dissolved_precision, s.key FROM organization o
                        JOIN source s ON s.id = o.source_id WHERE o.code = 'WPact'""")[0]
    assert org[0] == "Warsaw Treaty Organization" and not org[1]
    assert (str(org[2]), org[3], str(org[4]), org[5]) == ("1955-01-01", "year", "1991-12-31",
                                                            "year")
    assert org[6] == "cow-igo-v3"
    idents = query(url, """SELECT i.scheme, i.identifier FROM organization_identifier i
                           JOIN organization o ON o.id = i.organization_id
                           WHERE o.code = 'WPact' ORDER BY i.scheme""")
    assert idents == [("cow_ioname", "WPact"), ("cow_ionum", "4460")]
    # each unbroken run of one status is one membership, with year precision
    assert spells(url, "OEEC", "GB") == [("1948-01-01", "1961-12-31", "member", "year",
                                          "year")]
    statuses = {r[0] for r in query(url, """SELECT DISTINCT m.status FROM membership m
                                            JOIN organization o ON o.id = m.organization_id
                                            WHERE o.code IN ('OEEC', 'EPA', 'ArticC')""")}
    assert statuses == {"member", "associate", "observer"}
    # the Warsaw Pact seat of COW's Russian column is the USSR's (its years 1923-1991)
    assert spells(url, "WPact", "SUHH") == [("1955-01-01", "1991-12-31", "member", "year",
                                            "year")]
    assert spells(url, "WPact", "RU") == []
    assert spells(url, "WPact", "DDDE")[0][:2] == ("1955-01-01", "1989-12-31")
    # membership that reaches an IGO's death ends 'dissolved'
    assert query(url, """SELECT DISTINCT m.end_reason FROM membership m JOIN organization o
                         ON o.id = m.organization_id WHERE o.code = 'SEATO'
                         AND m.end_date = '1977-12-31'""") == [("dissolved",)]
    # every membership is sourced to COW and never bridges -9 or -1
    assert query(url, """SELECT count(*) FROM membership m JOIN source s ON s.id = m.source_id
                         WHERE s.key <> 'cow-igo-v3'""") == [(2,)]  # the fixture's two


def test_a_gap_is_never_bridged(db_url, tmp_path):
    url = fresh(db_url, tmp_path, curated=False)
    import_file(url)
    rows = extract_rows()
    header = rows[0]
    agc = [r for r in rows[1:] if r[0] == "AGC"]
    years = [int(r[2]) for r in agc]
    assert 1990 not in years and 2002 in years  # rows missing 1990-2001
    gambia = header.index("gambia")
    assert {r[gambia] for r in agc if r[2] in ("1989", "2002")} == {"1"}
    found = spells(url, "AGC", "GM")  # a member 1972-1989 and 2002-2011, no row between
    assert [(a[:4], b[:4]) for a, b, *_ in found] == [("1972", "1989"), ("2002", "2011")]


def test_minus_nine_and_minus_one_are_not_memberships(db_url, tmp_path):
    url = fresh(db_url, tmp_path, curated=False)
    import_file(url)
    # ACP: namibia is -1 until 1989, 0 1990-1992, 1 1993-2013, -9 in 2014
    assert [(a[:4], b[:4], s) for a, b, s, *_ in spells(url, "ACP", "NA")] == [
        ("1993", "2013", "member")]
    raw = query(url, """SELECT r.value, count(*) FROM cow_cell_run r
                        JOIN cow_igo i ON i.id = r.igo_id GROUP BY r.value ORDER BY r.value""")
    assert {v for v, _ in raw} == {"-1", "-9"}


def test_state_columns_map_to_iso_or_historical_states(db_url, tmp_path):
    url = fresh(db_url, tmp_path)
    import_file(url)
    by_column = dict(query(url, "SELECT c.name, s.code FROM cow_state c "
                                "JOIN state s ON s.id = c.state_id"))
    assert len(by_column) == 217 and len(set(by_column.values())) == 215
    assert by_column["russia"] == "RU" and by_column["uzbekistan"] == "UZ"  # the fixture's
    assert by_column["yugoslaviaserb"] == "RS" and by_column["germany"] == "DE"
    assert by_column["czechoslovakia"] == "CSHH" and by_column["egermany"] == "DDDE"
    assert by_column["etimor"] == "TL" and by_column["zaire"] == "CD"
    assert by_column["namibia"] == "NA" and by_column["swaziland"] == "SZ"
    assert by_column["wgermany"] == "DE" and by_column["nyemen"] == "YE"
    for col, code in (("baden", "COW-BAD"), ("austriahungary", "COW-AUH"),
                      ("zanzibar", "XZAN"), ("korea", "COW-KOR")):
        assert by_column[col] == code
    periods = query(url, "SELECT c.name, p.first_year, p.last_year, s.code FROM "
                         "cow_state_period p JOIN cow_state c ON c.id = p.cow_state_id LEFT "
                         "JOIN state s ON s.id = p.state_id ORDER BY 1, 2")
    assert [p for p in periods if p[0] in ("russia", "yugoslaviaserb")] == [
        ("russia", 1923, 1991, "SUHH"), ("yugoslaviaserb", 1919, 1991, "YUCS"),
        ("yugoslaviaserb", 1992, 2005, "CSXX")]
    assert ("wgermany", 1990, 2016, None) in periods  # reunified Germany's column holds 1990
    baden = query(url, "SELECT name, alpha2, cow_code, start_date, end_date FROM state "
                       "WHERE code = 'COW-BAD'")[0]
    assert baden[:3] == ("Baden", None, 267)
    assert (str(baden[3]), str(baden[4])) == ("1816-01-01", "1871-01-18")
    serbia_names = {r[0] for r in query(url, "SELECT n.name FROM state_name n JOIN state s "
                                             "ON s.id = n.state_id WHERE s.code = 'RS'")}
    assert "Kingdom of Serbia" in serbia_names and "Yugoslavia" not in serbia_names
    assert query(url, "SELECT name FROM state WHERE code = 'RS'") == [("Serbia",)]
    assert query(url, "SELECT name FROM state WHERE code = 'COW-KOR'") == [("Korean Empire",)]


def test_state_targets_without_a_database():
    rows = cow_states.read_states(STATES)
    targets = {col: cow_states.state_target(row) for col, row in rows.items()}
    assert len(targets) == 217
    assert len({t.code for t in targets.values()}) == 215  # DE and YE have two columns each
    assert targets["russia"].code == "RU" and "Soviet Union" not in targets["russia"].other_names
    assert "Russian Empire" in targets["russia"].other_names
    assert targets["kosovo"].code == "XK" and targets["kosovo"].alpha3 == "XKX"
    assert targets["svietnam"].code == "COW-RVN" and targets["svietnam"].historic
    assert targets["syemen"].code == "YDYE" and targets["syemen"].alpha3 == "YMD"


# ------------------------------------------------------------------------- curated data


def test_curated_organization_is_matched_never_written(db_url, tmp_path):
    url = fresh(db_url, tmp_path)
    org_sql = "SELECT * FROM organization WHERE code = 'CSTO'"
    mem_sql = ("SELECT m.* FROM membership m JOIN organization o ON o.id = m.organization_id "
               "WHERE o.code = 'CSTO' ORDER BY m.id")
    ident_sql = """SELECT i.scheme, i.identifier FROM organization_identifier i
                   JOIN organization o ON o.id = i.organization_id
                   WHERE o.code = 'CSTO' ORDER BY i.scheme"""
    before = query(url, org_sql), query(url, mem_sql), query(url, ident_sql)
    report = import_file(url)
    # nothing written to it: no COW membership, not even an identifier
    assert (query(url, org_sql), query(url, mem_sql), query(url, ident_sql)) == before
    assert report.matched == ["CSTO (COW CSTO)"]
    # COW recorded as corroborating: the link row
    assert query(url, """SELECT i.owned FROM cow_igo i JOIN organization o
                         ON o.id = i.organization_id WHERE o.code = 'CSTO'""") == [(False,)]
    texts = [str(d) for d in report.disagreements]
    assert ("CSTO: Uzbekistan 2002-2005: COW says member, the curated data says "
            "not a member") in texts
    assert not [t for t in texts if "Russia" in t]  # COW agrees on Russia
    assert "CSTO: Armenia 2002-2014: COW says member, the curated data says not a member" \
        in texts
    assert all(d.organization == "CSTO" for d in report.disagreements)


def test_import_at_head_keeps_the_curated_data(writable_head_url):
    url = without_cow(writable_head_url)  # head: the curated CSTO, NATO and CIS
    curated = ("SELECT o.code, o.name, o.founded, m.state_id, m.status, m.start_date, "
               "m.end_date, m.source_id FROM organization o LEFT JOIN membership m ON "
               "m.organization_id = o.id WHERE o.curated ORDER BY o.code, m.id")
    before = query(url, curated)
    report = import_file(url)
    assert query(url, curated) == before
    assert sorted(report.matched) == curated_in_extract(url)
    assert {"CIS (COW CIS)", "CSTO (COW CSTO)"} <= set(report.matched)
    texts = [str(d) for d in report.disagreements]
    assert any(t.startswith("CSTO: Uzbekistan 2002-2005: COW says member") for t in texts)
    assert export_text(url) == EXTRACT.read_text(encoding="utf-8")


# ------------------------------------------------------------------------- round trip


def test_export_equals_the_input_cell_for_cell(db_url, tmp_path):
    url = fresh(db_url, tmp_path)
    import_file(url)
    text = export_text(url)
    assert text == EXTRACT.read_text(encoding="utf-8")  # header, order, every cell
    rows = list(csv.reader(text.splitlines()))
    assert rows == extract_rows()


def test_export_follows_edits_of_cow_memberships(sqlite_url, tmp_path):
    url = fresh(sqlite_url, tmp_path)
    import_file(url)
    engine = sa_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("""DELETE FROM membership WHERE state_id =
            (SELECT id FROM state WHERE code = 'GB') AND organization_id =
            (SELECT id FROM organization WHERE code = 'OEEC')"""))
    engine.dispose()
    rows = list(csv.reader(export_text(url).splitlines()))
    uk = rows[0].index("uk")
    assert {r[uk] for r in rows[1:] if r[0] == "OEEC"} == {"0"}


def test_cli_import_and_export(tmp_path, head_sqlite_path):
    url = head_copy(tmp_path, head_sqlite_path)
    work = tmp_path / "cow"
    work.mkdir()
    shutil.copy(EXTRACT, work / "igo.csv")
    shutil.copy(STATES, work / "states2016.csv")  # found beside the IGO file
    result = runner.invoke(app, ["import", "cow", str(work / "igo.csv"), "--db", url])
    assert result.exit_code == 0, result.output
    created = 13 - len(curated_in_extract(url))  # the curated ones are matched instead
    assert created < 13 and f"added {created} organizations" in result.stderr
    assert "Uzbekistan 2002-2005" in result.stderr and "\r" not in result.stderr
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["export", "cow", "-o", str(out), "--db", url])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == EXTRACT.read_bytes()


# ------------------------------------------------------------------------- twice, errors


def test_second_import_changes_nothing(db_url, tmp_path):
    url = fresh(db_url, tmp_path)
    import_file(url)
    before = dump(url)
    report = import_file(url)
    assert (report.organizations, report.states, report.memberships, report.identifiers,
            report.names) == (0, 0, 0, 0, 0)
    assert report.unchanged == 13
    assert dump(url) == before
    assert report.disagreements  # still reported


def test_dry_run_writes_nothing(tmp_path, head_sqlite_path):
    url = head_copy(tmp_path, head_sqlite_path)
    before = dump(url)
    result = runner.invoke(app, ["import", "cow", str(EXTRACT), "--states", str(STATES),
                                 "--db", url, "--dry-run", "--format", "json"])
    assert result.exit_code == 0, result.output
    created = 13 - len(curated_in_extract(url))
    assert f'"organizations": {created}' in result.stdout and "dry run" in result.stderr
    assert dump(url) == before


def _broken_copy(tmp_path: Path, line_no: int, column: str, value: str) -> Path:
    rows = extract_rows()
    rows[line_no - 1][rows[0].index(column)] = value
    path = tmp_path / "broken.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    return path


def test_an_error_leaves_the_database_as_it_was(db_url, tmp_path):
    url = fresh(db_url, tmp_path)
    before = dump(url)
    last = len(extract_rows())
    path = _broken_copy(tmp_path, last, "zambia", "7")  # the very last row
    with pytest.raises(OrgdbError, match=rf"broken.csv:{last}: field 'zambia': '7' is not"):
        import_file(url, path)
    assert dump(url) == before


def test_cli_error_is_one_line_with_file_line_and_column(tmp_path, head_sqlite_path):
    url = head_copy(tmp_path, head_sqlite_path)
    path = _broken_copy(tmp_path, 5, "year", "19x4")
    result = runner.invoke(app, ["import", "cow", str(path), "--states", str(STATES),
                                 "--db", url])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}:5: field 'year': '19x4' is not a year")
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("edit", "message"), [
    (lambda rows: rows[0].__setitem__(5, "atlantis"), r":1: column 'atlantis' is not a state"),
    (lambda rows: rows[0].__setitem__(-1, "econ"), r":1: not a COW IGO-year file"),
    (lambda rows: rows.append(rows[1]), r"rows of IGO 'AGC' are not together"),
    (lambda rows: rows.insert(2, rows[1]), r"IGO 'AGC' has a second row for 1964"),
    (lambda rows: rows[3].pop(), r":4: 234 cells, the header has 235"),
])
def test_malformed_files_are_refused(sqlite_url, tmp_path, edit, message):
    url = fresh(sqlite_url, tmp_path)
    rows = extract_rows()
    edit(rows)
    path = tmp_path / "bad.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    before = dump(url)
    with pytest.raises(OrgdbError, match=message):
        import_file(url, path)
    assert dump(url) == before


def test_missing_state_list_is_a_clear_error(tmp_path, head_sqlite_path):
    url = head_copy(tmp_path, head_sqlite_path)
    lone = tmp_path / "igo.csv"
    shutil.copy(EXTRACT, lone)
    result = runner.invoke(app, ["import", "cow", str(lone), "--db", url])
    assert result.exit_code == 1
    assert f"{tmp_path / 'states2016.csv'}: COW's state list is missing" in result.stderr
    assert "hint: put states2016.csv beside the IGO file" in result.stderr


def test_export_without_cow_data_says_so(tmp_path, head_sqlite_path):
    url = head_copy(tmp_path, head_sqlite_path)
    result = runner.invoke(app, ["export", "cow", "--db", url])
    assert result.exit_code == 1
    assert "holds no COW IGO data" in result.stderr


def test_runs_split_on_value_and_on_gaps():
    from orgdb.resources import cow_applier

    years = [2000, 2001, 2002, 2005, 2006]
    cells = ("1", "1", "2", "2", "2")
    assert list(cow_applier().runs(years, cells)) == [(2000, 2001, "1"), (2002, 2002, "2"),
                                             (2005, 2006, "2")]


def test_the_command_line_reports_each_disagreement_as_a_sentence(tmp_path,
                                                                  head_sqlite_path):
    """`orgdb import cow` lists, on stderr, each way COW differs from the curated data:
    founding years, and each state's years with each side's status."""
    url = head_copy(tmp_path, head_sqlite_path)
    result = runner.invoke(app, ["import", "cow", str(EXTRACT), "--states", str(STATES),
                                 "--db", url])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert "  CSTO: founded: COW says 2002, the curated data says 2003" in lines
    assert ("  CSTO: Afghanistan 2013-2014: COW says observer, the curated data says not a "
            "member") in lines
    # where they agree (Russia from the Charter's entry into force) nothing is said
    assert [x for x in lines if "Russian Federation" in x] == [
        "  CSTO: Russian Federation 2002: COW says member, the curated data says not a member"]


def test_progress_bar_only_on_a_terminal(monkeypatch):
    import io

    from orgdb.cli import interchange_commands as ic

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert ic._progress("importing") is None
    tty = Tty()
    monkeypatch.setattr("sys.stderr", tty)
    show = ic._progress("importing")
    show(50, 100)
    show(100, 100)
    assert tty.getvalue() == ("\rimporting [############             ]  50%"
                              "\rimporting [#########################] 100%\n")


# ------------------------------------------------------------------------- round trips


def without_periods(tmp_path: Path) -> tuple[Path, Path]:
    """The extract without the columns that revision 0049's periods need (COW's Russia and
    Serbia, which hold other states' years, and the two Germanies and Yemens, which share
    one), as an import before 0049 could hold them: its downgrade refuses periods."""
    keep = [c for c in extract_rows()[0][3:-len(importer.META)]
            if c not in {*cow_states.PERIODS, "yemen"}]
    rows = extract_rows()
    header = rows[0]
    index = [header.index(c) for c in (*importer.HEAD, *keep, *importer.META)]
    igo, states = tmp_path / "igo_year_formatv3.csv", tmp_path / "states2016.csv"
    with igo.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([r[i] for i in index] for r in rows)
    with STATES.open(encoding="utf-8") as f:
        lines = f.readlines()
    col = lines[0].rstrip("\n").split(",").index("state")
    states.write_text("".join([lines[0], *(line for line in lines[1:]
                                            if line.rstrip("\n").split(",")[col] in keep)]),
                      encoding="utf-8")
    return igo, states


def test_below_revision_0049_cow_data_with_periods_is_refused_and_left_alone(
        writable_head_url):
    url = without_cow(writable_head_url)
    import_file(url)
    before = dump(url)
    with pytest.raises(OrgdbError, match="revision 0049 cannot go down without losing rows"):
        migrate.downgrade(resolve(url), "0048", yes=True)
    assert dump(url) == before


@pytest.mark.history
def test_a_schema_round_trip_keeps_what_the_import_attached(writable_head_url, tmp_path):
    """`db downgrade 0002` then `db upgrade` once dropped the COW identifiers attached to the
    curated CSTO and CIS and unlinked their cow_igo rows. A data revision's downgrade now
    removes only what it added."""
    url = without_cow(writable_head_url)
    igo_file, states_file = without_periods(tmp_path)
    import_file(url, igo_file, states_file)
    attached = ("SELECT o.code, i.scheme, i.identifier FROM organization_identifier i "
                "JOIN organization o ON o.id = i.organization_id ORDER BY 1, 2, 3")
    linked = ("SELECT c.ioname, o.code FROM cow_igo c LEFT JOIN organization o "
              "ON o.id = c.organization_id ORDER BY 1")
    before = (query(url, attached), query(url, linked))
    assert ("CIS", "CIS") in before[1] and ("CSTO", "CSTO") in before[1]
    migrate.downgrade(resolve(url), "0002", yes=True)
    migrate.upgrade(resolve(url))
    assert (query(url, attached), query(url, linked)) == before
    assert export_text(url) == igo_file.read_text(encoding="utf-8")


# ------------------------------------------------------------------------- check


def test_the_sources_own_inconsistencies_are_warnings_not_errors(head_sqlite_copy, tmp_path):
    """COW keeps members of an IGO after its death year (ACCT in the full file): the import
    keeps them as COW has them and reports them; `orgdb check` lists them as warnings and
    passes. A curated row that breaks a rule still fails the check."""
    rows = extract_rows()
    head = rows[0]
    dead = head.index("deaddate")
    edited = tmp_path / "igo_year_formatv3.csv"
    with edited.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(head)
        for row in rows[1:]:
            writer.writerow(row[:dead] + ["1958"] + row[dead + 1:] if row[0] == "EPA" else row)
    shutil.copy(STATES, tmp_path / "states2016.csv")
    url = without_cow(str(head_sqlite_copy))
    result = runner.invoke(app, ["import", "cow", str(edited), "--db", url])
    assert result.exit_code == 0, result.output
    assert "inconsistencies in COW's own data" in result.stderr and "EPA:" in result.stderr
    check = runner.invoke(app, ["check", "--db", url, "--format", "json"])
    assert check.exit_code == 0, check.output
    findings = json.loads(check.stdout)
    assert findings and {f["severity"] for f in findings} == {"warning"}
    assert all("EPA" in f["detail"] for f in findings)
    assert "no errors and" in check.stderr and "warning(s)" in check.stderr
    engine = sa_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO membership (organization_id, state_id, status, start_date, "
            "start_precision, end_precision, source_id) SELECT o.id, s.id, 'member', "
            "'1990-01-01', 'day', 'day', o.source_id FROM organization o, state s "
            "WHERE o.code = 'CSTO' AND s.code = 'RU'"))
    engine.dispose()
    failed = runner.invoke(app, ["check", "--db", url, "--format", "json"])
    assert failed.exit_code == 1 and "2 error(s)" in failed.stderr
    errors = [f for f in json.loads(failed.stdout) if f["severity"] == "error"]
    assert {f["rule"] for f in errors} == {"overlapping memberships",
                                            "membership outside the organization's lifetime"}
    assert all("CSTO" in f["detail"] for f in errors)


@pytest.mark.slow
def test_a_clean_full_cow_import_passes_the_check(head_sqlite_copy):
    from helpers import shared

    cow = shared("data/cow-igo-v3/igo_year_formatv3.csv")
    url = without_cow(str(head_sqlite_copy))
    result = runner.invoke(app, ["import", "cow", str(cow), "--db", url])
    assert result.exit_code == 0, result.output
    check = runner.invoke(app, ["check", "--db", url, "--format", "json"])
    assert check.exit_code == 0, check.stderr
    findings = json.loads(check.stdout)
    assert findings, "COW's ACCT keeps members after its death year: warnings expected"
    assert {f["severity"] for f in findings} == {"warning"}


def test_cis_participants_count_as_cow_members(writable_head_url):
    """Our 1991-1993 participants of the CIS Agreement are COW's full members: no
    disagreement; COW's own errors (members before ratifying) stay reported."""
    texts = [str(d) for d in import_file(writable_head_url).disagreements
             if d.organization == "CIS"]
    assert not [t for t in texts if "Belarus" in t or "Russian Federation" in t]
    assert not [t for t in texts if "says member, the curated data says participant" in t]
    assert "CIS: Moldova 1991-1993: COW says member, the curated data says not a member" in texts
    assert ("CIS: Ukraine 1993-2014: COW says associate, the curated data says participant"
            in texts)


# ------------------------------------------------------------------ COW's horizon (2014)


def test_a_spell_alive_in_cows_last_year_has_no_end(db_url, tmp_path):
    url = fresh(db_url, tmp_path)
    import_file(url)
    rows = query(url, """SELECT s.code, m.end_date, m.observed_until FROM membership m
                         JOIN organization o ON o.id = m.organization_id
                         JOIN state s ON s.id = m.state_id
                         WHERE o.code = 'ArticC' AND m.status = 'member'""")
    assert len(rows) == 8
    assert {(end, str(seen)[:10]) for _, end, seen in rows} == {(None, "2014-12-31")}
    # a dissolved IGO's spells keep their end, and nothing is open-ended in them
    assert query(url, """SELECT count(*) FROM membership m JOIN organization o
                         ON o.id = m.organization_id WHERE o.code = 'WPact'
                         AND (m.end_date IS NULL OR m.observed_until IS NOT NULL)""") == [(0,)]
    # and the file still comes back cell for cell
    assert export_text(url) == EXTRACT.read_text(encoding="utf-8")


def test_a_lookup_past_the_horizon_answers_and_says_so(tmp_path):
    url = fresh(str(tmp_path / "h.sqlite3"), tmp_path)
    import_file(url)
    today = runner.invoke(app, ["members", "ArticC", "--db", url, "--format", "json"])
    assert today.exit_code == 0
    members = json.loads(today.stdout)
    assert len([m for m in members if m["status"] == "member"]) == 8
    assert {m["observed_until"] for m in members} == {"2014-12-31"}
    assert "rest on data that ends on 2014-12-31" in today.stderr
    then = runner.invoke(app, ["members", "ArticC", "--db", url, "--as-of", "2014-06-01"])
    assert "ends on" not in then.stderr  # within what COW saw: nothing to say
    orgs = {o["code"]: o for o in json.loads(runner.invoke(
        app, ["orgs", "--db", url, "--format", "json"]).stdout)}
    assert orgs["ArticC"]["coverage"] == "COW to 2014" and orgs["ArticC"]["members"] == 8
    assert orgs["CSTO"]["coverage"] == "curated"
    assert orgs["WPact"]["members"] == 0  # dissolved in 1991: no horizon to carry


@pytest.mark.history
def test_the_horizon_round_trips_through_the_schema_revision(writable_head_url, tmp_path):
    """Down to 0019 the horizon is written back as the end (as that revision's import wrote
    it); up again it is a horizon once more, every row as it was."""
    url = without_cow(writable_head_url)
    import_file(url, *without_periods(tmp_path))
    sql = ("SELECT o.code, s.code, m.status, m.start_date, m.end_date, m.observed_until "
           "FROM membership m JOIN organization o ON o.id = m.organization_id "
           "JOIN state s ON s.id = m.state_id ORDER BY 1, 2, 3, 4")
    before = query(url, sql)
    opened = [r[0] for r in query(url, "SELECT id FROM membership "
                                       "WHERE observed_until IS NOT NULL")]
    assert len(opened) > 100  # ArticC, IRENA, NVC and RCFC's spells alive in 2014
    migrate.downgrade(resolve(url), "0019", yes=True)
    ends = query(url, "SELECT end_date FROM membership WHERE id IN ("
                      + ", ".join(map(str, opened)) + ")")
    assert {str(e)[:10] for (e,) in ends} == {"2014-12-31"}
    migrate.upgrade(resolve(url))
    assert query(url, sql) == before


# ------------------------------------------------------------------------- names

# Names that once changed meaning when COW was imported: USSR went to the Russian
# Federation and lost its UN and CSCE rows, Korea to COW's Korean Empire, West Germany to a
# state of its own, Yugoslavia to Serbia, Zanzibar became ambiguous.
STABLE_NAMES = ("USSR", "Soviet Union", "Korea", "West Germany", "Yugoslavia", "Zanzibar",
                "Burma", "Zaire", "Czechoslovakia", "East Germany", "Yemen", "North Yemen",
                "South Yemen")


def _answers(url: str) -> dict[str, tuple]:
    """Each name's state and the curated rows it answers (COW's own rows set aside)."""
    import orgdb

    out: dict[str, tuple] = {}
    with orgdb.connect(url) as db:
        curated = {o.code for o in db.organizations() if o.coverage == "curated"}
        for name in STABLE_NAMES:
            try:
                ref = db.lookup_state(name)
            except OrgdbError as exc:  # ambiguous: its candidates may include COW's own
                out[name] = ("refused", type(exc).__name__,   # states (the Korean Empire)
                             "(KP)" in str(exc) and "(KR)" in str(exc))
                continue
            spells = sorted((m.organization, m.status, m.start, m.end)
                            for m in db.memberships_of(ref, history=True)
                            if m.organization in curated)
            actions = sorted((a.treaty, a.action, a.date) for a in db.actions_of(
                ref, history=True))
            out[name] = (ref.code, spells, actions)
    return out


def test_names_mean_the_same_state_with_or_without_cow(writable_head_url):
    """On both backends: each name resolves to the same state, or is refused the same way,
    and answers the same curated rows with COW inside (as shipped), without it, and after
    `orgdb import cow` has brought it back."""
    url = writable_head_url
    inside = _answers(url)
    assert inside["USSR"][0] == "SUHH" and ("UN", "member") in {s[:2] for s in
                                                                inside["USSR"][1]}
    assert inside["West Germany"][0] == "DE" and inside["Zaire"][0] == "CD"
    assert inside["Korea"] == ("refused", "NotFound", True)  # North and South listed
    assert _answers(without_cow(url)) == inside
    import_file(url)
    assert _answers(url) == inside


# ------------------------------------------------- COW inside the package (revision 0052)


def _carried_rows(ioname: str) -> tuple[list[str], list[list[str]]]:
    """The carried copy's header and one IGO's rows (seeds/0052_cow_igo_v3.csv.gz)."""
    import gzip
    import io

    from orgdb import resources

    raw = gzip.decompress((resources.seeds_dir() / "0052_cow_igo_v3.csv.gz").read_bytes())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    return rows[0], [r for r in rows[1:] if r[0] == ioname]


def test_a_fresh_install_answers_for_an_organization_only_cow_knows():
    """The default database, as a first use builds it, holds COW's 534 IGOs: the
    International Coffee Organization answers for 2010 as COW's cells say, and today with
    the horizon note."""
    import orgdb

    header, ico = _carried_rows("ICfO")
    cells = next(r for r in ico if r[2] == "2010")[3:-len(importer.META)]
    expected = sorted(header[3 + j] for j, c in enumerate(cells) if c == "1")
    then = runner.invoke(app, ["members", "International Coffee Organization",
                               "--as-of", "2010", "--format", "json"])
    assert then.exit_code == 0, then.output
    members = [m for m in json.loads(then.stdout) if m["status"] == "member"]
    assert len(expected) > 40 and len(members) == len(expected)
    assert "ends on" not in then.stderr
    today = runner.invoke(app, ["members", "International Coffee Organization"])
    assert today.exit_code == 0, today.output
    assert "rest on data that ends on 2014-12-31" in today.stderr
    with orgdb.connect() as db:
        igos = db._rows("SELECT count(*) AS n, sum(CASE WHEN carried THEN 1 ELSE 0 END) AS c, "
                        "sum(CASE WHEN owned THEN 0 ELSE 1 END) AS matched FROM cow_igo")[0]
        curated = {o.code for o in db.organizations() if o.coverage == "curated"}
    assert (igos["n"], igos["c"]) == (534, 534)
    assert igos["matched"] >= 10 and {"NATO", "CSTO", "UN", "OECD"} <= curated


def test_the_carried_copy_exports_as_cow_wrote_it(head_url, tmp_path):
    """`orgdb export cow` writes the carried IGOs back cell for cell, on both backends."""
    import gzip

    from orgdb import resources

    raw = gzip.decompress((resources.seeds_dir() / "0052_cow_igo_v3.csv.gz").read_bytes())
    out = tmp_path / "igo.csv"
    result = runner.invoke(app, ["export", "cow", "-o", str(out), "--db", head_url])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == raw


def _newer_release(tmp_path: Path) -> Path:
    """The extract as a newer release would give it: IRENA's cells for 2014 changed."""
    rows = extract_rows()
    for row in rows:
        if row[0] == "IRENA" and row[2] == "2014":
            row[rows[0].index("usa")] = "0"
    path = tmp_path / "newer" / "igo.csv"
    path.parent.mkdir()
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    shutil.copy(STATES, path.parent / "states2016.csv")
    return path


def test_a_newer_release_replaces_the_carried_igos_it_changes(writable_head_url, tmp_path):
    url = writable_head_url
    path = _newer_release(tmp_path)
    report = import_file(url, path)
    assert (report.replaced, report.unchanged) == (1, 12)
    assert spells(url, "IRENA", "US")[-1][1] == "2013-12-31"
    assert "IRENA" in export_text(url) and export_text(url).count("\nIRENA,") == len(
        [r for r in extract_rows() if r[0] == "IRENA"])
    assert query(url, "SELECT carried FROM cow_igo WHERE ioname = 'IRENA'") == [(False,)]


def test_downgrading_the_carried_copy_keeps_what_an_import_wrote(writable_head_url, tmp_path):
    """Revision 0052's downgrade takes back only what it wrote: it refuses, changing
    nothing, once an import has replaced carried IGOs; a database whose COW data a user
    imported before 0052 keeps it, down and up again."""
    url = writable_head_url
    import_file(url, _newer_release(tmp_path))
    with changesets_passed_over(url):  # the curated revisions after 0052 do nothing
        before = dump(url)
        with pytest.raises(OrgdbError, match="1 COW IGOs were imported from another file"):
            migrate.downgrade(resolve(url), "0051", yes=True)
        assert dump(url) == before
        # a user's own import, where nothing was carried: 0052 leaves it as it is
        without_cow(url)
        import_file(url)
        mine = natural_rows(url)
        migrate.downgrade(resolve(url), "0052", yes=True)  # the revisions after it first
        at_0052 = dump(url)
        migrate.downgrade(resolve(url), "0051", yes=True)
        assert dump(url) == at_0052
        migrate.upgrade(resolve(url))
        assert natural_rows(url) == mine


# A curated changeset (format 4) for an organization COW alone held: the WHO.
WHO_CURATED = """
[changeset]
title = "test fixture: the WHO curated"
format = 4

[[sources]]
key = "who-fixture"
title = "WHO fixture"

[[organizations]]
code = "WHO"
name = "World Health Organization"
founded = "1948-04-07"
source = "who-fixture"

[[memberships]]
organization = "WHO"
state = "CH"
start = "1948-04-07"
source = "who-fixture"

[[takeovers]]
cow = "WHO"
organization = "WHO"
"""


def test_a_curated_changeset_takes_over_an_organization_cow_held(writable_head_url,
                                                                 tmp_path):
    """COW's WHO gives way to the curated one: its memberships become raw cells again,
    the file still exports byte for byte, and a revert puts COW's WHO back row for row."""
    import gzip

    from orgdb import resources
    from orgdb.interchange import changeset
    from orgdb.store import write

    url = writable_head_url
    who = ("SELECT o.curated, count(m.id) FROM organization o LEFT JOIN membership m "
           "ON m.organization_id = o.id WHERE o.code = 'WHO' GROUP BY o.curated")
    link = ("SELECT c.owned, c.carried, o.code FROM cow_igo c LEFT JOIN organization o "
            "ON o.id = c.organization_id WHERE c.ioname = 'WHO'")
    [(curated, n)] = query(url, who)
    assert not curated and n > 150 and query(url, link) == [(True, True, "WHO")]
    before = natural_rows(url)
    path = write_file(tmp_path, WHO_CURATED, "who.toml")
    added = apply_file(url, path)
    assert added["takeovers"] == 1
    assert query(url, who) == [(True, 1)]  # the curated rows only
    assert query(url, link) == [(False, True, "WHO")]  # COW corroborates it, as for NATO
    raw = gzip.decompress((resources.seeds_dir() / "0052_cow_igo_v3.csv.gz").read_bytes())
    assert export_text(url) == raw.decode("utf-8")
    with write.session(resolve(url)) as w:
        changeset.revert(w.conn, changeset.load(path))
        w.changed = True
    assert natural_rows(url) == before


def test_a_takeover_is_format_4_and_names_one_of_the_changesets_organizations(
        sqlite_url, tmp_path):
    older = WHO_CURATED.replace("format = 4", "format = 3")
    with pytest.raises(OrgdbError, match=r"takeovers\]\] needs changeset format 4"):
        apply_file(sqlite_url, write_file(tmp_path, older, "v3.toml"))
    bad = WHO_CURATED.replace('cow = "WHO"\norganization = "WHO"',
                              'cow = "WHO"\norganization = "XYZ"')
    assert bad != WHO_CURATED
    with pytest.raises(OrgdbError, match="'XYZ' is not an organization of this changeset"):
        apply_file(sqlite_url, write_file(tmp_path, bad, "bad.toml"))


def test_check_cow_lists_the_disagreements_an_import_reports(writable_head_url):
    """`orgdb check --cow` compares the COW data the database holds with the curated data,
    as the import does: the same sentences as an import's report, on both backends."""
    import orgdb

    url = without_cow(writable_head_url)
    report = import_file(url)
    assert report.disagreements
    with orgdb.connect(url) as db:
        held = db.cow_disagreements()
    assert sorted(map(str, held)) == sorted(map(str, report.disagreements))


def test_check_cow_on_the_carried_copy(head_url):
    result = runner.invoke(app, ["check", "--cow", "--db", head_url, "--format", "json"])
    assert result.exit_code == 0, result.output
    notes = [f["detail"] for f in json.loads(result.stdout) if f["severity"] == "note"]
    assert ("CSTO: Uzbekistan 2002-2005: COW says member, the curated data says "
            "not a member") in notes
    assert not [n for n in notes if n.startswith("NATO:")]  # COW agrees on NATO
    assert f"and {len(notes)} note(s)" in result.stderr
    plain = runner.invoke(app, ["check", "--db", head_url, "--format", "json"])
    assert "note" not in {f["severity"] for f in json.loads(plain.stdout)}


def test_a_takeover_applied_twice_changes_nothing_the_second_time(head_sqlite_copy,
                                                                   tmp_path):
    url = str(head_sqlite_copy)
    path = write_file(tmp_path, WHO_CURATED, "who.toml")
    assert apply_file(url, path)["takeovers"] == 1
    before = dump(url)
    assert "takeovers" not in apply_file(url, path)
    assert dump(url) == before
