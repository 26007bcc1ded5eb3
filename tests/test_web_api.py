"""orgdb serve's JSON API and pages through FastAPI's test client, on both backends: the
same rows as the CLI's --format json, the CLI's errors with the matching HTTP codes, no
write endpoint, a clean 4xx for hostile input, the headers that keep a browser safe."""

from __future__ import annotations

import json
import subprocess
import sys
from urllib.parse import quote

import pytest
from helpers import cli

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from orgdb.web.app import create_app  # noqa: E402


@pytest.fixture
def client(head_url):
    with TestClient(create_app(head_url)) as c:
        yield c


SAME = [
    ("/api/members/CSTO?as_of=2011-08-12", ["members", "CSTO", "--as-of", "2011-08-12"]),
    ("/api/members/OSCE?as_of=1995&status=all", ["members", "OSCE", "--as-of", "1995",
                                                 "--status", "all"]),
    ("/api/members/NATO%20%26%20EU?as_of=2004-05-01", ["members", "NATO & EU", "--as-of",
                                                     "2004-05-01"]),
    ("/api/state/Belarus?history=true", ["state", "Belarus", "--history"]),
    ("/api/officials/AU?as_of=1990-01-01", ["officials", "AU", "--as-of", "1990-01-01"]),
    ("/api/timeline/CSTO?since=2011&until=2012", ["timeline", "CSTO", "--since", "2011",
                                                  "--until", "2012"]),
    ("/api/diff/EU?first=1980&second=2026-01-01", ["diff", "EU", "1980", "2026-01-01"]),
    ("/api/treaty/CST-1992", ["treaty", "CST-1992"]),
    ("/api/person/Bordyuzha", ["person", "Bordyuzha"]),
    ("/api/search?q=collective", ["search", "collective"]),
    ("/api/compare/Belarus/Russia?as_of=2011-08-12", ["compare", "Belarus", "Russia",
                                                      "--as-of", "2011-08-12"]),
    ("/api/quality?organization=OAS", ["quality", "OAS"]),
]


@pytest.mark.parametrize(("path", "command"), SAME, ids=[p for p, _ in SAME])
def test_the_api_gives_the_rows_the_cli_gives(client, head_url, path, command):
    response = client.get(path)
    assert response.status_code == 200, response.text
    rows = response.json()
    assert rows == json.loads(cli(*command, "-f", "json", "--db", head_url).stdout)
    assert rows, "an empty answer proves nothing"


def test_members_of_the_csto_on_2011_08_12(client):
    rows = client.get("/api/members/CSTO?as_of=2011-08-12").json()
    assert sorted(r["alpha3"] for r in rows) == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK",
                                                  "UZB"]
    officials = client.get("/api/officials/CSTO?as_of=2011-08-12").json()
    assert [o["person"] for o in officials] == ["Nikolay Bordyuzha"]
    csv_text = client.get("/api/members/CSTO?as_of=2011-08-12&format=csv").text
    assert csv_text == cli("members", "CSTO", "--as-of", "2011-08-12", "-f", "csv",
                           "--db", client.app.state.site.db.target.url).stdout


@pytest.mark.parametrize(("path", "status", "command"), [
    ("/api/members/Nowhere%20Union", 404, ["members", "Nowhere Union"]),
    ("/api/members/CSTO?as_of=2011-13-01", 400, ["members", "CSTO", "--as-of", "2011-13-01"]),
    ("/api/state/Korea", 404, ["state", "Korea"]),
    ("/api/officials/NATO%20%26%20EU", 400, ["officials", "NATO & EU"]),
])
def test_errors_carry_the_cli_message_and_the_matching_code(client, head_url, path, status,
                                                             command):
    response = client.get(path)
    assert response.status_code == status
    error = cli(*command, "--db", head_url).stderr.splitlines()[0].removeprefix("Error: ")
    assert response.json()["error"] == error


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_there_is_no_write_endpoint(client, method):
    for path in ("/api/members/CSTO", "/org/CSTO", "/api/orgs", "/"):
        assert getattr(client, method)(path).status_code == 405


HOSTILE = ["x" * 5000, "CSTO\x00", "CS\x1b[2JTO", "../../etc/passwd", "..%2F..%2Fetc",
           "' OR 1=1 --", "CSTO'; DROP TABLE membership; --", "%00", "\u202eOTSC",
           "{{7*7}}", "<script>alert(1)</script>"]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("kind", ["/api/members/", "/org/", "/state/", "/api/state/",
                                  "/person/", "/treaty/", "/api/diff/"])
def test_hostile_input_gets_a_clean_4xx(client, kind, text):
    response = client.get(kind + quote(text, safe="./%'"),
                          params={"first": "2000", "second": "2001"})
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:200])
    assert "Traceback" not in response.text and "<script>" not in response.text


@pytest.mark.parametrize("date", ["2011-13-01", "soon", "x" * 300, "2011-02-30", "\x00"])
def test_invalid_dates_get_a_400(client, date):
    for path in ("/api/members/CSTO", "/org/CSTO", "/state/BY"):
        response = client.get(path, params={"as_of": date})
        assert response.status_code == 400, (path, response.status_code)


def test_pages_are_safe_by_construction(client):
    page = client.get("/org/CSTO", params={"as_of": "2011-08-12"})
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in page.text  # works without JavaScript
    assert client.get("/api/members/CSTO").headers["content-security-policy"] == csp
    # a name is escaped where a page shows it back
    found = client.get("/search", params={"q": "<b>x</b>"})
    assert "<b>x</b>" not in found.text and "&lt;b&gt;x&lt;/b&gt;" in found.text


def test_the_csto_page_permalinks_and_every_date_a_link(client):
    page = client.get("/org/CSTO", params={"as_of": "2011-08-12"}).text
    rev = client.app.state.site.revision
    assert f'href="/org/CSTO?as_of=2011-08-12&amp;rev={rev}"' in page  # its permalink
    for name in ("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russian Federation",
                 "Tajikistan", "Uzbekistan"):
        assert f">{name}</a>" in page
    assert "Nikolay Bordyuzha" in page
    assert f'href="/org/CSTO?as_of=2003-09-18&amp;rev={rev}"' in page  # a date, a link
    assert "<svg" in page and "/api/members/CSTO?as_of=2011-08-12" in page
    assert "Sources" in page and 'rel="noopener noreferrer"' in page


def test_a_link_from_another_revision_says_so(client):
    page = client.get("/org/CSTO", params={"rev": "0001"}).text
    assert "made at data revision 0001" in page


def test_openapi_docs_list_the_api(client):
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/members/{name}" in paths and "/api/org/{name}" in paths


def test_the_lookup_path_imports_none_of_the_web_stack(head_sqlite_path):
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "orgdb", "members",
                             "CSTO", "--db", str(head_sqlite_path)], capture_output=True,
                            text=True)
    assert result.returncode == 0
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines()}
    assert {"orgdb.cli", "orgdb.read.lookups"} <= imported
    assert not imported & {"fastapi", "uvicorn", "jinja2", "starlette", "orgdb.web"}


def test_serve_binds_to_loopback_unless_told_otherwise():
    import inspect

    from orgdb.cli.serve_command import serve

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


def test_the_cache_answers_afresh_once_the_data_changes(head_sqlite_copy, tmp_path):
    """A response is kept until the data changes: an import by another process (a commit
    on another connection) is seen on the next request."""
    from helpers import write_file

    with TestClient(create_app(str(head_sqlite_copy))) as c:
        before = c.get("/api/members/CSTO?status=all").json()
        assert c.get("/api/members/CSTO?status=all").json() == before  # from the cache
        assert "MN" not in {r["state_code"] for r in before}
        change = write_file(tmp_path, """
[changeset]
title = "a new member"
format = 6
[[sources]]
key = "t-src"
title = "A test source"
class = "other"
[[memberships]]
organization = "CSTO"
state = "MN"
status = "observer"
start = "2020-01-01"
source = "t-src"
""")
        assert cli("import", change, "--db", head_sqlite_copy).exit_code == 0
        after = c.get("/api/members/CSTO?status=all").json()
        assert "MN" in {r["state_code"] for r in after} and len(after) == len(before) + 1
