"""The full Correlates of War IGO import at scale, against `sqlite-utils insert`.

In one run on one machine:
1. `orgdb import cow igo_year_formatv3.csv` into a copy of a database at head with the
   carried COW data taken back (the curated data only, bench/curated_only.py): wall time
   and peak memory (the child's max RSS, from os.wait4);
2. `sqlite-utils insert NEW.db igo igo_year_formatv3.csv --csv`, the same CSV loaded as raw
   rows into a new SQLite file: the same two figures; the ratio (goal <= 3) and orgdb's
   peak memory (goal < 300 MB);
3. the round trip: `orgdb export cow` equals the input, cell for cell, for every IGO the
   import created (and says whether the whole file is byte-identical), and the curated
   data is unchanged by the import;
4. `orgdb members CSTO` on the COW-loaded database against the curated-only one,
   interleaved, medians (goal: within 1.1x).

    python bench/cow_import.py [--cow PATH] [--runs 15] [--json]

The COW file defaults to ../shared/data/cow-igo-v3/igo_year_formatv3.csv beside the
checkout (or $ORGDB_SHARED/data/...).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from curated_only import without_cow

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} is not installed (pip install -e '.[test]')")
    return found


def _measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{err}")
    rss_kb = usage.ru_maxrss  # kilobytes on Linux
    return wall, rss_kb / 1024


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def _round_trip(source: Path, exported: Path, db: Path) -> dict[str, object]:
    conn = sqlite3.connect(db)
    curated = {io for (io,) in conn.execute("SELECT ioname FROM cow_igo WHERE NOT owned")}
    conn.close()
    a, b = _rows(source), _rows(exported)
    header_same = a[0] == b[0]
    by_a = {(r[0], r[2]): r for r in a[1:] if r[0] not in curated}
    by_b = {(r[0], r[2]): r for r in b[1:] if r[0] not in curated}
    cells = sum(len(r) for r in by_a.values())
    differing = sum(1 for k, r in by_a.items() if by_b.get(k) != r) + len(set(by_b) - set(by_a))
    return {"header_identical": header_same, "non_curated_rows": len(by_a),
            "non_curated_cells": cells, "rows_differing": differing,
            "curated_igos_written_from_raw_cells": sorted(curated),
            "file_byte_identical": source.read_bytes() == exported.read_bytes()}


def _curated(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT o.code, o.name, o.founded, o.dissolved, m.state_id, m.status, "
            "m.start_date, m.end_date, m.end_reason, m.source_id FROM organization o "
            "LEFT JOIN membership m ON m.organization_id = o.id WHERE o.curated "
            "ORDER BY o.code, m.id").fetchall()
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = Path(os.environ.get("ORGDB_SHARED") or ROOT.parent / "shared")
    parser.add_argument("--cow", type=Path,
                        default=shared / "data" / "cow-igo-v3" / "igo_year_formatv3.csv")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not args.cow.is_file():
        sys.exit(f"{args.cow}: the COW IGO file is not there (set ORGDB_SHARED or --cow)")
    orgdb, sqlite_utils = _tool("orgdb"), _tool("sqlite-utils")
    figures: dict[str, object] = {"cow_file": str(args.cow),
                                  "cow_file_mb": round(args.cow.stat().st_size / 2**20, 1)}
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        env = {**os.environ, "XDG_DATA_HOME": tmp}
        env.pop("ORGDB_DATABASE_URL", None)
        curated = tmpd / "curated.sqlite3"
        loaded = tmpd / "cow.sqlite3"
        t0 = time.perf_counter()
        head = tmpd / "head.sqlite3"
        subprocess.run([orgdb, "db", "upgrade", "--db", f"sqlite:///{head}"], env=env,
                       check=True, stderr=subprocess.DEVNULL)
        without_cow(head, curated)
        figures["curated_db_build_s"] = round(time.perf_counter() - t0, 2)
        shutil.copy(curated, loaded)

        wall, rss = _measure([orgdb, "import", "cow", str(args.cow), "--db",
                              f"sqlite:///{loaded}"], env)
        figures["orgdb_import_s"], figures["orgdb_import_peak_mb"] = round(wall, 2), round(rss)
        wall, rss = _measure([sqlite_utils, "insert", str(tmpd / "raw.db"), "igo",
                              str(args.cow), "--csv"], env)
        figures["sqlite_utils_insert_s"] = round(wall, 2)
        figures["sqlite_utils_peak_mb"] = round(rss)
        ratio = figures["orgdb_import_s"] / figures["sqlite_utils_insert_s"]  # type: ignore[operator]
        figures["import_ratio"] = round(ratio, 2)
        figures["import_ratio_goal_met"] = ratio <= 3
        figures["peak_memory_goal_met"] = figures["orgdb_import_peak_mb"] < 300  # type: ignore[operator]

        wall, _ = _measure([orgdb, "import", "cow", str(args.cow), "--db",
                            f"sqlite:///{loaded}"], env)
        figures["second_import_s"] = round(wall, 2)
        figures["curated_data_unchanged"] = _curated(curated) == _curated(loaded)

        exported = tmpd / "export.csv"
        wall, _ = _measure([orgdb, "export", "cow", "-o", str(exported), "--db",
                            f"sqlite:///{loaded}"], env)
        figures["export_s"] = round(wall, 2)
        figures["round_trip"] = _round_trip(args.cow, exported, loaded)

        commands = {db.name: [orgdb, "members", "CSTO", "--as-of", "2011-08-12", "--format",
                              "json", "--db", f"sqlite:///{db}"] for db in (curated, loaded)}
        for cmd in commands.values():
            _time(cmd, env)  # warm the page cache
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(_time(cmd, env))
        a, b = (statistics.median(times[n]) for n in (curated.name, loaded.name))
        figures["members_curated_only_s"] = round(a, 3)
        figures["members_cow_loaded_s"] = round(b, 3)
        figures["members_ratio"] = round(b / a, 3)
        figures["members_goal_met"] = b / a <= 1.1
        conn = sqlite3.connect(loaded)
        figures["cow_loaded_counts"] = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                        for t in ("organization", "state", "membership",
                                                  "cow_span", "cow_cell_run")}
        conn.close()
        figures["cow_loaded_db_mb"] = round(loaded.stat().st_size / 2**20, 1)
        figures["sqlite_utils_db_mb"] = round((tmpd / "raw.db").stat().st_size / 2**20, 1)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key:40} {value}")


if __name__ == "__main__":
    main()
