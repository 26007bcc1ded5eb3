"""Cold-start lookup speed: `orgdb members` against `sqlite-utils query` on the same file.

Runs both commands interleaved in one process tree, on one database file built at head in a
temporary data directory, and reports medians and the ratio (goal: <= 1.0), plus the
median wall time of `orgdb --help` (goal: < 0.15 s).

    python bench/lookup.py [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The SQL an analyst would type for the same question.
SQL = """
SELECT s.name AS state, s.alpha2, s.alpha3, m.status, m.start_date, m.end_date, m.notes
FROM membership m JOIN state s ON s.id = m.state_id JOIN organization o
ON o.id = m.organization_id
WHERE o.code = 'CSTO' AND m.start_date <= '2011-08-12'
AND (m.end_date IS NULL OR m.end_date >= '2011-08-12')
ORDER BY s.name
"""


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    orgdb = shutil.which("orgdb") or sys.exit("orgdb is not on PATH")
    sqlite_utils = shutil.which("sqlite-utils") or sys.exit("sqlite-utils is not on PATH")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_DATA_HOME": tmp}
        env.pop("ORGDB_DATABASE_URL", None)
        subprocess.run([orgdb, "db", "upgrade"], env=env, check=True,
                       stderr=subprocess.DEVNULL)
        db = Path(tmp) / "orgdb" / "orgdb.sqlite3"
        commands = {
            "orgdb members": [orgdb, "members", "CSTO", "--as-of", "2011-08-12",
                              "--format", "json"],
            "sqlite-utils query": [sqlite_utils, "query", str(db), SQL],
            "orgdb --help": [orgdb, "--help"],
        }
        for cmd in commands.values():  # warm the page cache once
            _time(cmd, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(_time(cmd, env))
    med = {name: statistics.median(t) for name, t in times.items()}
    for name, m in med.items():
        print(f"{name:20} median {m * 1000:7.1f} ms over {args.runs} runs")
    ratio = med["orgdb members"] / med["sqlite-utils query"]
    print(f"lookup ratio orgdb/sqlite-utils: {ratio:.2f} (goal <= 1.0)")
    print(f"orgdb --help: {med['orgdb --help']:.3f} s (goal < 0.15 s)")


if __name__ == "__main__":
    main()
