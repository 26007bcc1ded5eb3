"""Build hook: compile the SQLite snapshot into the database file a first use copies
(orgdb/store/compiled.py), for a wheel and for an editable install alike."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileSnapshot(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location(
            "orgdb_compiled", root / "orgdb" / "store" / "compiled.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out = module.compile_snapshot(root / "orgdb" / "store" / "snapshots" / "sqlite.sql")
        # the file is not in git (.gitignore): a wheel takes it by name
        build_data["force_include"][str(out)] = f"orgdb/store/snapshots/{out.name}"
