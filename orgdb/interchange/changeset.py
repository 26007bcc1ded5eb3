"""Changesets: TOML files of curated facts (format: seeds/README.md).

This module reads and validates them as orgdb does today: types, vocabularies, partial
dates, ISO 3166 codes (through pycountry), control characters; every error names the
file, line and field. The writing is done by the frozen applier of the file's format
(migrations/orgdb_appliers), the same code that data revisions apply seeds with, so a
user's import and a shipped revision write alike.

Each section is one declaration in SECTIONS: its fields and their kinds, its natural key,
its required fields, and the format it came with (a field or a value a later format
added is refused in a file of an earlier one: FORMAT_OF).
"""

from __future__ import annotations

import json
import os
import re
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from orgdb.dates import parse_partial
from orgdb.errors import ChangesetError, UsageError
from orgdb.text import unsafe
from orgdb.vocabulary import (
    CONFIDENCES,
    COUNTED_AS,
    END_REASONS,
    SOURCE_CLASSES,
    STATE_KINDS,
    STATUSES,
    TREATY_ACTIONS,
)

MAX_BYTES = 10_000_000
INT64 = 2**63

# Field kinds: str, int, bool, a tuple (one of its values), START / END (a partial date,
# the first or last day of its period), REF (another row's natural key), NAMES (a list of
# {name, lang}), IDENTIFIERS (a list of {scheme, identifier}).
START, END, REF, NAMES, IDENTIFIERS = "start", "end", "ref", "names", "identifiers"


@dataclass(frozen=True)
class Section:
    name: str
    key: tuple[str, ...]  # the fields an update's `match` names
    required: tuple[str, ...]
    fields: dict[str, Any]
    spans: tuple[tuple[str, str], ...] = ()  # (start field, end field) pairs
    since: int = 1  # the changeset format that added the section
    optional_key: tuple[str, ...] = ()  # key fields a record (and a match) may leave out

    @property
    def singular(self) -> str:
        return {"treaties": "treaty"}.get(self.name, self.name.removesuffix("s"))


SECTIONS = [
    Section("sources", ("key",), ("key", "title"), {
        "key": str, "title": str, "publisher": str, "url": str, "published": START,
        "retrieved": START, "via": str, "notes": str, "class": SOURCE_CLASSES}),
    Section("states", ("code",), ("code", "name"), {
        "code": str, "name": str, "alpha2": str, "alpha3": str, "cow_code": int,
        "kind": STATE_KINDS, "start": START, "end": END, "source": REF, "other_names": NAMES},
        (("start", "end"),)),
    Section("organizations", ("code",), ("code", "name"), {
        "code": str, "name": str, "classification": str, "founded": START, "dissolved": END,
        "headquarters": str, "parent": REF, "notes": str, "source": REF, "other_names": NAMES,
        "identifiers": IDENTIFIERS, "curated": bool, "counted_as": COUNTED_AS},
        (("founded", "dissolved"),)),
    Section("persons", ("key",), ("key", "name"), {
        "key": str, "name": str, "other_names": NAMES, "nationality": REF, "source": REF}),
    Section("posts", ("organization", "key"), ("organization", "key", "label"), {
        "organization": REF, "key": str, "label": str, "single_holder": bool}),
    # a membership's member is a state or (format 3) an organization: one of the two
    # a day known only within bounds (format 6): the spell began on some day from start to
    # start_latest, and ended on some day from end_earliest to end
    Section("memberships", ("organization", "state", "member", "status", "start"),
            ("organization", "start", "source"), {
        "organization": REF, "state": REF, "member": REF, "status": STATUSES, "start": START,
        "start_latest": END, "end": END, "end_earliest": START, "end_reason": END_REASONS,
        "confidence": CONFIDENCES, "notes": str, "source": REF},
            (("start", "end"), ("start", "start_latest"), ("end_earliest", "end"),
             ("start_latest", "end")), optional_key=("state", "member")),
    Section("membership_events",
            ("organization", "state", "membership_start", "status", "date", "kind"),
            ("organization", "state", "membership_start", "date", "kind", "source"), {
        "organization": REF, "state": REF, "membership_start": START, "status": STATUSES,
        "date": START, "kind": str, "description": str, "confidence": CONFIDENCES,
        "source": REF}, optional_key=("status",)),
    Section("tenures", ("organization", "post", "person", "start"),
            ("organization", "post", "person", "start", "source"), {
        "organization": REF, "post": REF, "person": REF, "role": str, "acting": bool,
        "start": START, "end": END, "confidence": CONFIDENCES, "notes": str, "source": REF},
        (("start", "end"),)),
    Section("treaties", ("code",), ("code", "title", "source"), {
        "code": str, "title": str, "other_titles": NAMES, "signed": START,
        "signed_place": str, "in_force": START, "depositary": str, "establishes": REF,
        "confidence": CONFIDENCES, "notes": str, "source": REF},
        (("signed", "in_force"),)),
    Section("treaty_actions", ("treaty", "state", "action", "date"),
            ("treaty", "state", "action", "date", "source"), {
        "treaty": REF, "state": REF, "action": TREATY_ACTIONS, "date": START,
        "confidence": CONFIDENCES, "notes": str, "source": REF}),
    Section("organization_events", ("organization", "date", "kind", "state"),
            ("organization", "date", "kind", "source"), {
        "organization": REF, "state": REF, "date": START, "kind": str, "description": str,
        "confidence": CONFIDENCES, "source": REF}, since=2, optional_key=("state",)),
    Section("organization_successions", ("predecessor", "successor"),
            ("predecessor", "successor", "kind", "source"), {
        "predecessor": REF, "successor": REF, "date": START, "kind": str, "notes": str,
        "source": REF}, since=3),
    Section("state_successions", ("predecessor", "successor"),
            ("predecessor", "successor", "kind", "source"), {
        "predecessor": REF, "successor": REF, "date": START, "kind": str, "notes": str,
        "source": REF}, since=3),
    Section("known_gaps", ("organization", "topic"), ("organization", "topic", "description"),
            {"organization": REF, "topic": str, "description": str}, since=6),
]
ONE_OF = {"memberships": ("state", "member")}  # a record names exactly one of these
BY_NAME = {s.name: s for s in SECTIONS}
UPDATABLE = {"memberships": 1, "tenures": 1, "organizations": 1, "treaties": 1, "states": 1,
             "persons": 1, "sources": 2, "organization_events": 2, "membership_events": 2,
             "treaty_actions": 2, "organization_successions": 3,
             "state_successions": 3, "known_gaps": 6}  # -> the format since
REMOVABLE = ("sources", "memberships", "membership_events", "tenures", "treaty_actions",
             "organization_events", "organization_successions",
             "state_successions", "known_gaps")  # since format 2 (successions 3, gaps 6)
# Fields and values that a later format added: (section, field[, value]) -> format.
FORMAT_OF = {("sources", "via"): 2, ("treaty_actions", "action", "deposit"): 2,
             ("treaty_actions", "action", "entry_into_force"): 2,
             ("memberships", "member"): 3, ("memberships", "status", "dialogue partner"): 3,
             ("memberships", "end_reason", "succeeded"): 3,
             ("memberships", "end_reason", "merged"): 3,
             ("states", "kind"): 5, ("organizations", "counted_as"): 5,
             ("sources", "class"): 6, ("memberships", "start_latest"): 6,
             ("memberships", "end_earliest"): 6}


@dataclass
class Changeset:
    """A validated changeset: its header, its raw bytes (what the applier reads) and the
    line of each record, for messages."""

    path: Path
    title: str
    date: str | None
    format: int
    raw: bytes
    counts: dict[str, int]
    lines: dict[str, list[int]]

    def line(self, section: str, index: int) -> int:
        found = self.lines.get(section, [])
        return found[index] if index < len(found) else 0

    def document(self) -> Any:
        """The applier's reading of the file."""
        return self.applier().read(self.raw, None, str(self.path))

    def applier(self) -> Any:
        from orgdb import resources

        return resources.applier(self.format)


def read_limited(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """A regular file's bytes, refused past max_bytes without reading on (/dev/zero), and
    never a FIFO or a device (which would hang or never end)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise ChangesetError(f"{path}: cannot read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ChangesetError(f"{path}: not a regular file")
        raw = f.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise ChangesetError(f"{path}: file is larger than {max_bytes} bytes")
    return raw


def load(path: Path | str, *, max_bytes: int = MAX_BYTES) -> Changeset:
    """Read and validate a changeset file; errors name the file, line and field."""
    path = Path(path)
    raw = read_limited(path, max_bytes)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ChangesetError(f"{path}:{line}: not valid UTF-8") from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ChangesetError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ChangesetError(f"{path}: invalid TOML: nested too deeply") from None
    lines = _header_lines(text)
    meta = doc.pop("changeset", None)
    fmt = _header(meta, path)
    counts: dict[str, int] = {}
    problems: list[ChangesetError] = []
    for name, items in doc.items():
        if name not in ("updates", "removals", "takeovers") and name not in BY_NAME:
            raise ChangesetError(f"{path}: unknown section [[{name}]]")
        for special, since in (("removals", 2), ("takeovers", 4)):
            if name == special and fmt < since:
                raise ChangesetError(f"{path}: section [[{name}]] needs changeset format "
                                     f"{since}", f"add format = {since} to [changeset]")
        if name in BY_NAME and BY_NAME[name].since > fmt:
            raise ChangesetError(f"{path}: section [[{name}]] needs changeset format "
                                 f"{BY_NAME[name].since}",
                                 f"add format = {BY_NAME[name].since} to [changeset]")
        if not isinstance(items, list):
            raise ChangesetError(f"{path}: {name} must be an array of tables ([[{name}]])")
        for i, item in enumerate(items):
            line = lines.get(name, [])[i] if i < len(lines.get(name, [])) else 0
            where = f"{path}:{line}"
            try:  # every record is checked, so one run reports all of a file's errors
                if name == "updates":
                    _update(item, where, fmt)
                elif name == "removals":
                    _removal(item, where, fmt)
                elif name == "takeovers":
                    _takeover(item, where, doc)
                else:
                    _record(BY_NAME[name], item, where, fmt, partial=False)
            except ChangesetError as exc:
                problems.append(exc)
        counts[name] = len(items)
    try:
        _unique_urls(doc.get("sources", []), lines.get("sources", []), path)
    except ChangesetError as exc:
        problems.append(exc)
    if problems:
        first = problems[0]
        raise ChangesetError(str(first), first.hint, [str(p) for p in problems[1:]])
    return Changeset(path, meta["title"], meta.get("date"), fmt, raw, counts, lines)


def _unique_urls(sources: list[Any], lines: list[int], path: Path) -> None:
    """Two sources are two documents: the same URL twice is one source under two keys."""
    seen: dict[str, str] = {}
    for i, item in enumerate(sources):
        url = item.get("url") if isinstance(item, dict) else None
        if isinstance(url, str) and url:
            if url in seen:
                line = lines[i] if i < len(lines) else 0
                raise ChangesetError(f"{path}:{line}: field 'url': {url} is the url of source "
                                     f"{seen[url]!r} too", "one document, one source row")
            seen[url] = item.get("key", "?")


def _header(meta: Any, path: Path) -> int:
    from orgdb import resources

    if not isinstance(meta, dict) or not isinstance(meta.get("title"), str) \
            or not meta["title"].strip():
        raise ChangesetError(f"{path}: [changeset] with a title is required")
    unknown = set(meta) - {"title", "date", "format"}
    if unknown:
        raise ChangesetError(f"{path}: [changeset]: unknown field {sorted(unknown)[0]!r}")
    _check(str, meta["title"], f"{path}: [changeset] title")
    if "date" in meta:
        _check(START, meta["date"], f"{path}: [changeset] date")
    fmt = meta.get("format", 1)
    if type(fmt) is not int or fmt not in resources.formats():  # not true, not 1.0
        raise ChangesetError(f"{path}: [changeset] format {json.dumps(fmt)} is not one this "
                             f"orgdb reads ({', '.join(map(str, resources.formats()))})")
    return fmt


def _header_lines(text: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        m = re.match(r"\s*\[\[\s*([A-Za-z_]+)\s*\]\]", line)
        if m:
            out.setdefault(m[1], []).append(n)
    return out


def _record(section: Section, item: Any, where: str, fmt: int, *,
            partial: bool) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ChangesetError(f"{where}: expected a table")
    for name, value in item.items():
        if name not in section.fields:
            raise ChangesetError(f"{where}: field {name!r}: unknown field for {section.name}")
        since = max(FORMAT_OF.get((section.name, name), 1),
                    FORMAT_OF.get((section.name, name, value), 1) if isinstance(value, str)
                    else 1)
        if since > fmt:
            raise ChangesetError(f"{where}: field {name!r}: {value!r} needs changeset "
                                 f"format {since}", f"add format = {since} to [changeset]")
    if not partial:
        for name in section.required:
            if item.get(name) in (None, ""):
                raise ChangesetError(f"{where}: field {name!r}: required")
        _one_of(section, item, where)
    out = {name: _check(section.fields[name], value, f"{where}: field {name!r}")
           for name, value in item.items()}
    if section.name == "states" and ("alpha2" in out or "alpha3" in out):
        from orgdb.interchange.iso import code_error

        problem = code_error(out.get("alpha2"), out.get("alpha3"))
        if problem:
            field_name = "alpha2" if "alpha2" in out else "alpha3"
            raise ChangesetError(f"{where}: field {field_name!r}: {problem}")
    if section.name == "organizations" and out.get("parent") and out["parent"] == out.get(
            "code"):
        raise ChangesetError(f"{where}: field 'parent': an organization cannot be its own "
                             "parent")
    for start, end in section.spans:
        a, b = out.get(start), out.get(end)
        if a and b and b[0] < a[0]:
            raise ChangesetError(f"{where}: field {end!r}: {item[end]} is before {start} "
                                 f"{item[start]}")
    return out


def _one_of(section: Section, item: dict[str, Any], where: str) -> None:
    given = [f for f in ONE_OF.get(section.name, ()) if item.get(f) not in (None, "")]
    if section.name in ONE_OF and len(given) != 1:
        a, b = ONE_OF[section.name]
        raise ChangesetError(f"{where}: field {a!r}: a {section.singular} names a {a} or a "
                             f"{b}, one of the two")


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ChangesetError(f"{where}: expected a string")
    if not value.strip():
        raise ChangesetError(f"{where}: empty")
    problem = unsafe(value)
    if problem:
        raise ChangesetError(f"{where}: contains {problem}", "names, notes and titles are "
                             "one line of visible text")
    return value


def _check(kind: Any, value: Any, where: str) -> Any:
    if kind is bool:
        if not isinstance(value, bool):
            raise ChangesetError(f"{where}: expected true or false")
        return value
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise ChangesetError(f"{where}: expected an integer")
        if not -INT64 <= value < INT64:
            raise ChangesetError(f"{where}: {value} is out of range")
        return value
    if isinstance(kind, tuple):
        if value not in kind:
            raise ChangesetError(f"{where}: {value!r} is not one of {', '.join(kind)}")
        return value
    if kind in (NAMES, IDENTIFIERS):
        wanted = ("name", "lang") if kind == NAMES else ("scheme", "identifier")
        if not isinstance(value, list) or not all(
                isinstance(v, dict) and set(v) <= set(wanted) and wanted[0] in v
                and (kind == NAMES or wanted[1] in v) for v in value):
            raise ChangesetError(f"{where}: expected a list of {{{', '.join(wanted)}}} tables")
        for v in value:
            for k, x in v.items():
                _text(x, f"{where}: {k}")
        return value
    value = _text(value, where)
    if kind in (START, END):
        try:
            return parse_partial(value, end=kind == END)
        except UsageError as exc:
            raise ChangesetError(f"{where}: {exc}") from None
    return value


def _update(item: Any, where: str, fmt: int) -> None:
    if not isinstance(item, dict) or set(item) - {"table", "match", "was", "set"}:
        raise ChangesetError(f"{where}: an update has table, match, was and set")
    section = BY_NAME.get(item.get("table", "")) if isinstance(item.get("table"), str) \
        else None
    if section is None or UPDATABLE.get(section.name, 99) > fmt:
        raise ChangesetError(f"{where}: field 'table': unknown table {item.get('table')!r}"
                             + (f" in changeset format {fmt}" if section else ""))
    parts = {}
    for part in ("match", "was", "set"):
        value = item.get(part, {})
        if not isinstance(value, dict):
            raise ChangesetError(f"{where}: field {part!r}: expected a table")
        parts[part] = _record(section, value, where, fmt, partial=True)
    if not set(section.key) - set(section.optional_key) <= set(parts["match"]) <= set(
            section.key):
        raise ChangesetError(f"{where}: field 'match': needs exactly {', '.join(section.key)}")
    _one_of(section, parts["match"], where)
    if not parts["set"] or set(parts["was"]) - set(parts["set"]):
        raise ChangesetError(f"{where}: field 'was': must name only fields in 'set'")


def _removal(item: Any, where: str, fmt: int) -> None:
    """A row to remove: its table, its natural key in `match` and all its other fields in
    `was`, which the downgrade puts back."""
    if not isinstance(item, dict) or set(item) - {"table", "match", "was"}:
        raise ChangesetError(f"{where}: a removal has table, match and was")
    if item.get("table") not in REMOVABLE or BY_NAME[item["table"]].since > fmt:
        raise ChangesetError(f"{where}: field 'table': cannot remove from "
                             f"{item.get('table')!r}")
    section = BY_NAME[item["table"]]
    match, was = item.get("match"), item.get("was", {})
    if not isinstance(match, dict) or not isinstance(was, dict):
        raise ChangesetError(f"{where}: fields 'match' and 'was' are tables")
    if not set(section.key) - set(section.optional_key) <= set(match) <= set(section.key):
        raise ChangesetError(f"{where}: field 'match': needs exactly {', '.join(section.key)}")
    _one_of(section, match, where)
    _record(section, {**match, **was}, where, fmt, partial=False)


def _takeover(item: Any, where: str, doc: dict[str, Any]) -> None:
    """An organization COW alone held that the changeset curates: COW's IGO (`cow`, its
    ioname) and the organization (`organization`, a code of the changeset's records)."""
    if not isinstance(item, dict) or set(item) != {"cow", "organization"}:
        raise ChangesetError(f"{where}: a takeover has exactly cow and organization")
    for key in ("cow", "organization"):
        _check(str, item[key], f"{where}: field {key!r}")
    codes = {o.get("code") for o in doc.get("organizations", []) if isinstance(o, dict)}
    if item["organization"] not in codes:
        raise ChangesetError(f"{where}: field 'organization': {item['organization']!r} is not "
                             "an organization of this changeset")


def apply(conn: Any, cs: Changeset) -> dict[str, int]:
    """Apply a validated changeset in the caller's transaction through its format's frozen
    applier; returns rows added per section (and 'updates'). A conflict with the database
    raises ChangesetError naming the file and line; the caller rolls back."""
    applier = cs.applier()
    try:
        return applier.apply(conn, cs.document())
    except applier.ChangesetConflict as exc:
        line = cs.line(*exc.where) if exc.where else 0
        raise ChangesetError(f"{cs.path}:{line}: {exc}") from None


def revert(conn: Any, cs: Changeset) -> None:
    cs.applier().revert(conn, cs.document())
