"""Where the alembic scripts and the changesets are: inside an installed wheel
(orgdb/_migrations, orgdb/_seeds) or at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _first(*candidates: Path) -> Path:
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"orgdb is installed without {candidates[0].name}")


def migrations_dir() -> Path:
    return _first(_HERE / "_migrations", _HERE.parent / "migrations")


def seeds_dir() -> Path:
    return _first(_HERE / "_seeds", _HERE.parent / "seeds")
