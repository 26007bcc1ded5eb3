"""orgdb serve against Datasette on the same SQLite file, on loopback, with a bounded load
generator (ApacheBench, `ab`: a fixed request count at a fixed concurrency), interleaved
rounds in one run:

- members of an organization on a date: orgdb's /api/members/CSTO?as_of=2011-08-12
  against Datasette's canned query giving the same rows as JSON;
- an organization's page: orgdb's /org/CSTO?as_of=2011-08-12 (names, members and
  officials on the date, history, chart, treaties, sources) against Datasette's row page
  of the organization;

each with orgdb's response cache (the default) and without it (--no-cache), reporting
requests per second and p50/p99 latency, and the ratio to Datasette (goal: >= 1.5x the
throughput, p99 <= Datasette's). With $ORGDB_BENCH_POSTGRES_URL naming a database the
benchmark may fill (its schema `orgdb` is replaced), orgdb serving PostgreSQL too.

    pip install datasette   # and ab: apt-get install apache2-utils
    python bench/serve.py [--requests 2000] [--concurrency 8] [--rounds 3]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

MEMBERS_SQL = """
SELECT o.code AS organization, s.name AS state, s.code AS state_code, s.alpha2, s.alpha3,
       m.status, m.start_date, m.start_precision, m.end_date, m.end_precision, m.end_reason,
       m.confidence, m.notes, src.title AS source, src.url AS source_url
FROM membership m JOIN organization o ON o.id = m.organization_id
JOIN state s ON s.id = m.state_id JOIN source src ON src.id = m.source_id
WHERE o.code = :org AND m.start_date <= :as_of
  AND (m.end_date IS NULL OR m.end_date >= :as_of) AND m.status IN ('member', 'suspended')
ORDER BY s.name
"""


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _server(cmd: list[str], port: int) -> Iterator[str]:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            with contextlib.suppress(OSError):
                urllib.request.urlopen(base + "/", timeout=1)
                break
            if proc.poll() is not None:
                sys.exit(f"{cmd[0]} did not start: {proc.stderr.read().decode()[-500:]}")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _ab(url: str, requests: int, concurrency: int) -> tuple[float, float, float]:
    """(requests per second, p50 ms, p99 ms); every response must be a 200."""
    out = subprocess.run(["ab", "-q", "-n", str(requests), "-c", str(concurrency), url],
                         capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests per second:\s+([\d.]+)", out)[1])
    p50 = float(re.search(r"^\s+50%\s+(\d+)", out, re.M)[1])
    p99 = float(re.search(r"^\s+99%\s+(\d+)", out, re.M)[1])
    non_2xx = re.search(r"Non-2xx responses:\s+(\d+)", out)
    if non_2xx:
        sys.exit(f"{url}: {non_2xx[1]} responses were not 200")
    return rps, p50, p99


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    orgdb = shutil.which("orgdb") or sys.exit("orgdb is not on PATH")
    datasette = shutil.which("datasette") or sys.exit("pip install datasette")
    shutil.which("ab") or sys.exit("ab is not on PATH (apt-get install apache2-utils)")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "orgdb.db"
        subprocess.run([orgdb, "db", "upgrade", "--db", str(db)], check=True,
                       stderr=subprocess.DEVNULL)
        org_id = sqlite3.connect(db).execute(
            "SELECT id FROM organization WHERE code = 'CSTO'").fetchone()[0]
        metadata = Path(tmp) / "metadata.json"
        metadata.write_text(json.dumps({"databases": {"orgdb": {"queries": {
            "members": {"sql": MEMBERS_SQL}}}}}))
        servers = {
            "orgdb": [orgdb, "serve", "--db", str(db)],
            "orgdb --no-cache": [orgdb, "serve", "--db", str(db), "--no-cache"],
            "datasette": [datasette, "serve", "-i", str(db), "--metadata", str(metadata)],
        }
        if os.environ.get("ORGDB_BENCH_POSTGRES_URL"):
            url = os.environ["ORGDB_BENCH_POSTGRES_URL"]
            sys.path.insert(0, str(Path(__file__).parent))
            from lookup import _postgres

            _postgres(orgdb, url, dict(os.environ))
            servers["orgdb postgresql --no-cache"] = [orgdb, "serve", "--db", url,
                                                      "--no-cache"]
        paths = {
            "members": {"datasette": "/orgdb/members.json?org=CSTO&as_of=2011-08-12"
                                     "&_shape=array",
                        "orgdb": "/api/members/CSTO?as_of=2011-08-12"},
            "organization page": {"datasette": f"/orgdb/organization/{org_id}",
                                  "orgdb": "/org/CSTO?as_of=2011-08-12"},
        }
        results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
        for _ in range(args.rounds):  # interleaved, so a slow moment hits every server
            for name, cmd in servers.items():
                port = _port()
                with _server([*cmd, "--port", str(port)], port) as base:
                    for what, path in paths.items():
                        url = base + path["datasette" if name == "datasette" else "orgdb"]
                        _ab(url, 100, args.concurrency)  # warm-up
                        results.setdefault((what, name), []).append(
                            _ab(url, args.requests, args.concurrency))
    print(f"{args.requests} requests at concurrency {args.concurrency}, median of "
          f"{args.rounds} rounds")
    for what in paths:
        anchor = statistics.median(r[0] for r in results[(what, "datasette")])
        anchor_p99 = statistics.median(r[2] for r in results[(what, "datasette")])
        for name in servers:
            runs = results[(what, name)]
            rps = statistics.median(r[0] for r in runs)
            p50 = statistics.median(r[1] for r in runs)
            p99 = statistics.median(r[2] for r in runs)
            ratio = "" if name == "datasette" else \
                f"  x{rps / anchor:.2f} of Datasette's throughput, p99 {p99:.0f} vs " \
                f"{anchor_p99:.0f} ms (goal: >= 1.5, p99 <=)"
            print(f"{what:18s} {name:28s} {rps:8.0f} req/s  p50 {p50:3.0f} ms  "
                  f"p99 {p99:3.0f} ms{ratio}")


if __name__ == "__main__":
    main()
