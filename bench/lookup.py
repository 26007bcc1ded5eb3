"""Cold-start speed of a lookup, against anchors measured in the same run, interleaved:

- `orgdb members CSTO --as-of 2011-08-12 --format json` (a warm lookup: the database exists)
  against `sqlite-utils query` of the same question on the same file (goal: <= 0.8);
- a first use: the same command on an empty data directory, the database created on the
  way, against the warm lookup (goal: <= 4);
- the lookup on the default database, which carries COW's 534 IGOs (revision 0052),
  against the same lookup on a copy with COW's data taken back, the curated data alone, as
  before COW was carried (goal: <= 1.1);
- the same lookup on PostgreSQL against the SQLite one (goal: <= 2), when
  $ORGDB_BENCH_POSTGRES_URL names a database the benchmark may fill (its schema `orgdb` is
  replaced);
- `orgdb --help` (goal: < 0.15 s).

Every command runs with Python's bytecode cache, as an installed orgdb does (the warm-up
run writes it, even where PYTHONDONTWRITEBYTECODE is set for development).

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

from curated_only import without_cow

# The SQL an analyst would type for the same question.
SQL = """
SELECT s.name AS state, s.alpha2, s.alpha3, m.status, m.start_date, m.end_date, m.notes
FROM membership m JOIN state s ON s.id = m.state_id JOIN organization o
ON o.id = m.organization_id
WHERE o.code = 'CSTO' AND m.start_date <= '2011-08-12'
AND (m.end_date IS NULL OR m.end_date >= '2011-08-12')
ORDER BY s.name
"""
LOOKUP = ["members", "CSTO", "--as-of", "2011-08-12", "--format", "json"]


def _time(cmd: list[str], env: dict[str, str], before=None) -> float:
    if before:
        before()
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _postgres(orgdb: str, url: str, env: dict[str, str]) -> None:
    """Bring the benchmark's PostgreSQL database to head, from an empty schema."""
    import sqlalchemy as sa

    from orgdb.store.target import resolve

    target = resolve(url)
    engine = sa.create_engine(target.sa_url())
    with engine.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{target.schema}" CASCADE'))
    engine.dispose()
    subprocess.run([orgdb, "db", "upgrade", "--db", url], env=env, check=True,
                   stderr=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    orgdb = shutil.which("orgdb") or sys.exit("orgdb is not on PATH")
    sqlite_utils = shutil.which("sqlite-utils") or sys.exit("sqlite-utils is not on PATH")
    pg_url = os.environ.get("ORGDB_BENCH_POSTGRES_URL")
    with tempfile.TemporaryDirectory() as tmp:
        warm_home, fresh_home = Path(tmp) / "warm", Path(tmp) / "fresh"
        env = {**os.environ, "XDG_DATA_HOME": str(warm_home)}
        env.pop("ORGDB_DATABASE_URL", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as users run it: with cached bytecode
        fresh_env = {**env, "XDG_DATA_HOME": str(fresh_home)}
        subprocess.run([orgdb, "db", "upgrade"], env=env, check=True,
                       stderr=subprocess.DEVNULL)
        db = warm_home / "orgdb" / "orgdb.sqlite3"
        commands = {
            "orgdb members": ([orgdb, *LOOKUP], env, None),
            "sqlite-utils query": ([sqlite_utils, "query", str(db), SQL], env, None),
            "first use": ([orgdb, *LOOKUP], fresh_env,
                          lambda: shutil.rmtree(fresh_home, ignore_errors=True)),
            "orgdb --help": ([orgdb, "--help"], env, None),
        }
        if pg_url:
            _postgres(orgdb, pg_url, env)
            commands["orgdb members (pg)"] = ([orgdb, *LOOKUP, "--db", pg_url], env, None)
        curated_env = {**env, "XDG_DATA_HOME": str(Path(tmp) / "curated")}
        without_cow(db, Path(tmp) / "curated" / "orgdb" / "orgdb.sqlite3")
        commands["orgdb members (no COW)"] = ([orgdb, *LOOKUP], curated_env, None)
        for cmd, cmd_env, before in commands.values():  # warm the page cache once
            _time(cmd, cmd_env, before)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (cmd, cmd_env, before) in commands.items():
                times[name].append(_time(cmd, cmd_env, before))
    med = {name: statistics.median(t) for name, t in times.items()}
    for name, m in med.items():
        print(f"{name:22} median {m * 1000:7.1f} ms over {args.runs} runs")
    lookup = med["orgdb members"]
    print(f"lookup ratio orgdb/sqlite-utils:       {lookup / med['sqlite-utils query']:.2f}"
          "  (goal <= 0.8)")
    print(f"first use / warm lookup:               {med['first use'] / lookup:.2f}"
          "  (goal <= 4)")
    if pg_url:
        print(f"PostgreSQL lookup / SQLite lookup:     {med['orgdb members (pg)'] / lookup:.2f}"
              "  (goal <= 2)")
    else:
        print("PostgreSQL lookup: not measured (set ORGDB_BENCH_POSTGRES_URL)")
    print(f"with COW inside / without:             "
          f"{lookup / med['orgdb members (no COW)']:.2f}  (goal <= 1.1)")
    print(f"orgdb --help: {med['orgdb --help']:.3f} s (goal < 0.15 s)")


if __name__ == "__main__":
    main()
