"""orgdb serve in a real browser (Debian's chromium, driven by Playwright), as a person
would use it: the CSTO's page on 2011-08-12 with its seven members and Bordyuzha, another
date, a link to Belarus, the CSV download; no console error and no broken link on any page
visited. The screenshot README shows is kept current here. Skips where no browser is
installed, except under CI=true."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

pytest.importorskip("fastapi")
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DOCS = Path(__file__).resolve().parent.parent / "docs"
SHOT, SHOT_TEXT = DOCS / "serve-csto.png", DOCS / "serve-csto.txt"

if CHROMIUM is None:
    if os.environ.get("CI") == "true":
        raise RuntimeError("CI=true: the browser tests need Debian's chromium (.ci/run "
                           "installs it)")
    pytest.skip("no chromium installed (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(head_sqlite_path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "orgdb", "serve", "--db",
                             str(head_sqlite_path), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            with contextlib.suppress(OSError):
                urllib.request.urlopen(base + "/", timeout=1)
                break
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode())
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1200,
                                                                   "height": 900})
    p = context.new_page()
    p.errors = []  # console errors and uncaught page errors, checked by visit()
    p.on("console", lambda m: p.errors.append(m.text) if m.type == "error" else None)
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    yield p
    context.close()


def visit(page, url: str) -> None:
    """Open a page; it must load without a console error and every link on it within
    the site must answer."""
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    assert page.errors == [], page.errors
    own = urlparse(url).netloc
    for href in {a.get_attribute("href") for a in page.query_selector_all("a[href]")}:
        target = urljoin(url, href)
        if urlparse(target).netloc != own:
            continue  # a source's own address: the reader's to follow
        status = page.request.get(target).status
        assert status < 400, (target, status)


def member_names(page) -> list[str]:
    cells = page.query_selector_all("table.members tbody tr td:first-child")
    return [c.inner_text() for c in cells]


def test_the_csto_on_2011_08_12_another_date_belarus_and_the_csv(server, page, tmp_path):
    visit(page, f"{server}/org/CSTO?as_of=2011-08-12")
    assert sorted(member_names(page)) == ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan",
                                          "Russian Federation", "Tajikistan", "Uzbekistan"]
    assert page.get_by_text("Nikolay Bordyuzha").first.is_visible()
    # another date: Uzbekistan gone since 2012
    page.fill("#as_of", "2024-06-01")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**as_of=2024-06-01**")
    assert page.errors == []
    assert "Uzbekistan" not in member_names(page) and "Belarus" in member_names(page)
    # the CSV of what is shown
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    csv_text = Path(info.value.path()).read_text(encoding="utf-8")
    assert csv_text.startswith("organization,state,") and "Belarus" in csv_text
    assert "Uzbekistan" not in csv_text
    # a link to Belarus
    page.get_by_role("link", name="Belarus", exact=True).first.click()
    page.wait_for_url("**/state/BY**")
    assert page.locator("h1").inner_text() == "Belarus (BY)"
    visit(page, page.url)
    assert page.get_by_role("link", name="CSTO").first.is_visible()


def test_the_other_pages_load_clean(server, page):
    for path in ("/", "/person/Bordyuzha", "/treaty/CST-1992", "/search?q=collective",
                 "/members?q=NATO%20%26%20EU&as_of=2004-05-01",
                 "/diff/NATO?first=1990-01-01&second=2000-01-01", "/org/EU?as_of=1980"):
        visit(page, server + path)
        assert page.locator("h1").count() == 1, path


def test_the_screenshot_in_docs_is_current(server, page):
    """README shows docs/serve-csto.png. The page's text is kept beside it: where the page
    no longer reads so, the screenshot is stale. ORGDB_UPDATE_SCREENSHOT=1 retakes both."""
    page.goto(f"{server}/org/CSTO?as_of=2011-08-12")
    text = page.inner_text("main")
    if os.environ.get("ORGDB_UPDATE_SCREENSHOT") == "1":
        page.screenshot(path=str(SHOT), full_page=False)
        SHOT_TEXT.write_text(text, encoding="utf-8")
    assert SHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert text == SHOT_TEXT.read_text(encoding="utf-8"), \
        "the CSTO page changed: retake the screenshot with ORGDB_UPDATE_SCREENSHOT=1"
