"""Where the alembic scripts, the changesets and the frozen appliers are: inside an
installed wheel (orgdb/_migrations, orgdb/_seeds) or at the top of a source checkout."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

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


def applier(fmt: int) -> ModuleType:
    """The frozen applier of changeset format `fmt` (migrations/orgdb_appliers)."""
    return frozen_module(f"changeset_v{fmt}", f"no applier for changeset format {fmt}")


def cow_applier() -> ModuleType:
    """The frozen applier of COW's IGO-year file, which revision 0052 and `orgdb import
    cow` write through."""
    return frozen_module("cow_v1", "no applier for COW's IGO-year file")


def frozen_module(stem: str, missing: str) -> ModuleType:
    """migrations/orgdb_appliers/<stem>.py, loaded once as orgdb_appliers.<stem>."""
    import importlib.util

    name = f"orgdb_appliers.{stem}"
    if name in sys.modules:
        return sys.modules[name]
    folder = migrations_dir() / "orgdb_appliers"
    path = folder / f"{stem}.py"
    if not path.is_file():
        raise LookupError(missing)
    if "orgdb_appliers" not in sys.modules:
        pkg = importlib.util.spec_from_file_location(
            "orgdb_appliers", folder / "__init__.py", submodule_search_locations=[str(folder)])
        assert pkg is not None and pkg.loader is not None
        sys.modules["orgdb_appliers"] = module = importlib.util.module_from_spec(pkg)
        pkg.loader.exec_module(module)
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def formats() -> list[int]:
    """The changeset formats this orgdb can apply, oldest first."""
    folder = migrations_dir() / "orgdb_appliers"
    return sorted(int(p.stem.rsplit("_v", 1)[1]) for p in folder.glob("changeset_v*.py"))
