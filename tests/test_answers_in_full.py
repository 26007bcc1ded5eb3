"""Issue 22's answers in full: members lists what `orgs` counts and ends with the count;
two states side by side; one organization's rows exported with its predecessors'; the
chart and the timeline through the predecessors."""

from __future__ import annotations

import csv
import io
import json

from helpers import cli


def test_members_lists_members_and_suspended_ones_and_ends_with_the_count(head_url):
    shown = cli("members", "OSCE", "--as-of", "1995", "--db", head_url).stdout.splitlines()
    every = cli("members", "OSCE", "--as-of", "1995", "--status", "all", "--db",
                head_url).stdout.splitlines()
    # the Mediterranean and Asian partners are left out by default, and counted
    assert not any(" partner " in line for line in shown)
    assert any(" partner " in line for line in every)
    last = shown[-1]
    assert last.startswith("53 member states, 1 suspended, ") and "partners" in last
    assert last.endswith("more spells with --status all)")
    hidden = int(last.rsplit("(", 1)[1].split()[0])
    assert len(every) - len(shown) == hidden
    rows = json.loads(cli("members", "OSCE", "--as-of", "1995", "-f", "json", "--db",
                          head_url).stdout)
    assert {r["status"] for r in rows} == {"member", "suspended"} and len(rows) == 54


def test_orgs_counts_the_suspended_members_and_says_so(head_url):
    rows = {r["code"]: r for r in json.loads(cli("orgs", "--as-of", "2026-11-28", "-f",
                                                 "json", "--db", head_url).stdout)}
    assert (rows["AU"]["members"], rows["AU"]["suspended"]) == (55, 6)
    table = cli("orgs", "--as-of", "2026-11-28", "--db", head_url).stdout
    assert "55 member states (6 suspended)" in table
    members = cli("members", "AU", "--as-of", "2026-11-28", "--db", head_url).stdout
    assert members.splitlines()[-1] == "49 member states, 6 suspended"


def test_compare_on_the_command_line(head_url):
    result = cli("compare", "Belarus", "Russia", "--as-of", "2011-08-12", "--db", head_url)
    lines = result.stdout.splitlines()
    assert lines[0] == "Memberships of Belarus (BY) and Russian Federation (RU) on 2011-08-12"
    assert lines[1].split()[:4] == ["organization", "name", "BY", "RU"]
    assert any(line.startswith("CSTO ") and line.split()[-2:] == ["member", "member"]
               for line in lines)
    both, *_ = lines[-1].split(" in both")
    rows = json.loads(cli("compare", "BY", "RU", "--as-of", "2011-08-12", "-f", "json",
                          "--db", head_url).stdout)
    assert int(both) == sum(r["shared"] == "both" for r in rows) > 10
    assert cli("compare", "Belarus", "Belarus", "--db", head_url).exit_code == 2


def test_export_csv_of_one_organization_holds_its_predecessors_rows(head_url):
    result = cli("export", "csv", "--organization", "EU", "--table", "memberships", "--db",
                 head_url)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["organization"] for r in rows} == {"EEC", "EC", "EU"}
    assert any(r["organization"] == "EEC" and r["state"] == "Belgium" for r in rows)
    alone = cli("export", "csv", "--organization", "EU", "--table", "memberships",
                "--no-predecessors", "--db", head_url)
    assert {r["organization"] for r in csv.DictReader(io.StringIO(alone.stdout))} == {"EU"}
    tenures = cli("export", "csv", "--organization", "AU", "--table", "tenures", "--db",
                  head_url)
    assert {r["organization"] for r in csv.DictReader(io.StringIO(tenures.stdout))} == {
        "OAU", "AU"}
    assert cli("export", "csv", "--organization", "Nowhere Union", "--table", "tenures",
               "--db", head_url).exit_code == 1


def test_the_chart_of_the_eu_starts_with_the_eec(head_url, tmp_path):
    from orgdb.chart.layout import layout
    from orgdb.database import connect

    with connect(head_url) as d:
        chart = layout(d, "EU")
        alone = layout(d, "EU", predecessors=False)
    assert int(chart.start) == 1958 and chart.title.endswith("with EEC, EC before it")
    belgium = next(r for r in chart.rows if r.code == "BE")
    assert int(belgium.spells[0].start) == 1958
    assert int(alone.start) == 1993


def test_timeline_and_diff_tables_name_the_organization_that_answered(head_url):
    timeline = cli("timeline", "AU", "--until", "2002", "--db", head_url).stdout.splitlines()
    assert timeline[1].split()[0] == "organization"
    assert any(line.startswith("OAU ") for line in timeline)
    diff = cli("diff", "EU", "1980", "2026-01-01", "--db", head_url).stdout.splitlines()
    assert diff[1].split()[:3] == ["organization", "change", "date"]
    assert any(line.split()[:3] == ["EEC", "joined", "1981-01-01"] for line in diff)
