"""`orgdb changes`: the data's own changelog. Each data revision applies one changeset;
its entry gives the real-world date and title from the changeset's header and what it
added, changed and removed, read through the frozen applier of the changeset's format."""

from __future__ import annotations

import ast
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orgdb import resources
from orgdb.dates import parse_partial


@dataclass(frozen=True)
class Change:
    revision: str
    date: str | None
    title: str
    seed: str
    added: dict[str, int]
    changed: int
    removed: int
    rows: dict[str, Any] = field(default_factory=dict)  # filled with verbose=True

    def as_dict(self) -> dict[str, Any]:
        d = {"revision": self.revision, "date": self.date, "title": self.title,
             "seed": self.seed, "added": self.added, "changed": self.changed,
             "removed": self.removed}
        if self.rows:
            d["rows"] = self.rows
        return d


def data_revisions() -> list[tuple[str, str, str, int]]:
    """(revision, seed file, pinned SHA-256, changeset format) of each data revision,
    read from the revision files without running them."""
    out = []
    for path in sorted((resources.migrations_dir() / "versions").glob("[0-9]*_*.py")):
        consts = _constants(path)
        if "SEED" in consts:
            fmt = next((int(n.rsplit("_v", 1)[1]) for n in _imports(path)
                        if n.startswith("orgdb_appliers.changeset_v")), 1)
            out.append((path.name[:4], consts["SEED"], consts.get("SHA256", ""), fmt))
    return out


def _constants(path: Path) -> dict[str, Any]:
    values = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, ast.Constant):
            values[node.targets[0].id] = node.value.value
    return values


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names += [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names]
    return names


def changes(*, since: str | None = None, verbose: bool = False) -> list[Change]:
    """Every data revision this orgdb ships, oldest first; `since` (a partial date) keeps
    those whose real-world date falls on or after its first day."""
    start = parse_partial(since)[0] if since else None
    out = []
    for revision, seed, sha, fmt in data_revisions():
        applier = resources.applier(fmt)
        doc = applier.read((resources.seeds_dir() / seed).read_bytes(), sha or None, seed)
        if start and (not doc.date or _first_day(doc.date) < start):
            continue
        s = applier.summary(doc)
        out.append(Change(revision, doc.date, doc.title, seed,
                          {k: len(v) for k, v in s["added"].items()}, len(s["changed"]),
                          sum(len(v) for v in s["removed"].values()),
                          s if verbose else {}))
    return out


def _first_day(text: str) -> dt.date:
    return parse_partial(text)[0]
