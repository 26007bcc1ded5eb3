"""An empty PostgreSQL database brought to head, against anchors measured in the same run,
interleaved:

- `orgdb db upgrade` on an empty database: the shipped snapshot loaded and stamped, in
  one transaction under the writer lock (goal: <= 5 s, whatever the number of revisions);
- psql loading the same snapshot file: the server's own work, the floor;
- every revision replayed from nothing, as an upgrade did before the snapshots (fewer
  runs: it takes tens of seconds, and grows with every data revision).

$ORGDB_BENCH_POSTGRES_URL names a database the benchmark may fill: its schema `orgdb` is
dropped before each run.

    ORGDB_BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1/orgdb_bench \\
        python bench/postgres_setup.py [--runs 7] [--replays 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

REPLAY = "import sys; from orgdb.store import migrate, target; " \
         "migrate.upgrade(target.resolve(sys.argv[1]), replay=True)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--replays", type=int, default=2)
    args = parser.parse_args()
    url = os.environ.get("ORGDB_BENCH_POSTGRES_URL") or sys.exit(
        "set ORGDB_BENCH_POSTGRES_URL to a database the benchmark may fill")
    orgdb = shutil.which("orgdb") or sys.exit("orgdb is not on PATH")
    psql = shutil.which("psql") or sys.exit("psql is not on PATH")

    import sqlalchemy as sa

    from orgdb.store import revisions, snapshot
    from orgdb.store.target import resolve

    target = resolve(url)
    libpq = target.url.replace("postgresql+psycopg2://", "postgresql://", 1)
    if snapshot.revision("postgresql") != revisions.head():
        sys.exit("the PostgreSQL snapshot is not at head: run orgdb data build --postgres URL")
    admin = sa.create_engine(target.sa_url())

    def empty() -> None:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{target.schema}" CASCADE'))

    env = {**os.environ}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as users run it: with cached bytecode
    commands = {
        "orgdb db upgrade": [orgdb, "db", "upgrade", "--db", url],
        "psql -f snapshot": [psql, "-q", "-v", "ON_ERROR_STOP=1", "-d", libpq,
                             "-c", f'CREATE SCHEMA "{target.schema}"',
                             "-c", f'SET search_path TO "{target.schema}"',
                             "-f", str(snapshot.path("postgresql"))],
        "replay": [sys.executable, "-c", REPLAY, url],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(args.runs):
        for name, cmd in commands.items():
            if name == "replay" and run >= args.replays:
                continue
            empty()
            start = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    empty()
    admin.dispose()
    med = {name: statistics.median(t) for name, t in times.items()}
    for name, m in med.items():
        print(f"{name:18} median {m:6.2f} s over {len(times[name])} runs")
    setup = med["orgdb db upgrade"]
    print(f"empty database to head ({len(revisions.known())} revisions): {setup:.2f} s"
          "  (goal <= 5 s)")
    print(f"orgdb / psql loading the same file:    {setup / med['psql -f snapshot']:.2f}")
    print(f"replay / orgdb:                        {med['replay'] / setup:.1f}")


if __name__ == "__main__":
    main()
