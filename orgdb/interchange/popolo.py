"""Popolo JSON export (popoloproject.com, schemas version 1.0.1).

The document is `{"organizations", "persons", "memberships", "posts", "treaties"}`:

- organizations: every organization (id `organization/<code>`) and every state, as an
  organization of classification `state` (id `state/<code>`), with identifiers, other names
  and sources;
- memberships: a state's membership is a membership whose `member` is
  `{"@type": "Organization", "id": "state/<code>"}`; `role` is the status; a tenure is a
  membership with `person_id` and `post_id`;
- dates at their precision (YYYY, YYYY-MM or YYYY-MM-DD); sources as `sources` links (a
  source without a URL gets `urn:orgdb:source:<key>`).

What Popolo cannot say goes in extension properties, which the schemas allow (none of the 16
sets `additionalProperties`): `treaty_actions` on a state's organization item, `end_reason`,
`confidence`, `notes` and `events` on memberships, `acting`, `confidence` and `notes` on
tenures, `headquarters` on organizations, `lang` on other names, and the top-level
`treaties` collection (the document itself has no schema). docs/interchange.md lists them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from orgdb.dates import format_partial
from orgdb.read import queries as q

COLLECTIONS = {"organizations": "organization", "persons": "person",
               "memberships": "membership", "posts": "post"}

def _date(row: dict[str, Any], col: str, prec: str) -> str | None:
    return format_partial(row[col], row[prec])


def _sources(row: dict[str, Any]) -> list[dict[str, str]]:
    if not row.get("source_key"):
        return []
    return [{"url": row["source_url"] or f"urn:orgdb:source:{row['source_key']}",
             "note": row["source"]}]


def _compact(item: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: Popolo fields are optional, and null says nothing more."""
    return {k: v for k, v in item.items() if v not in (None, [], {})}


def _names(rows: list[dict[str, Any]]) -> dict[int, list[dict[str, str]]]:
    out: dict[int, list[dict[str, str]]] = {}
    for r in rows:
        out.setdefault(r["id"], []).append(_compact({"name": r["name"], "lang": r["lang"]}))
    return out


def org_id(code: str) -> str:
    return f"organization/{code}"


def state_id(code: str) -> str:
    return f"state/{code}"


def build(reader: Any) -> dict[str, Any]:
    """The whole database as one Popolo document (an orgdb.db.Reader)."""
    org_names = _names(reader.rows(q.EXPORT_ORG_NAMES))
    org_ids: dict[int, list[dict[str, str]]] = {}
    for r in reader.rows(q.EXPORT_ORG_IDS):
        org_ids.setdefault(r["id"], []).append({"scheme": r["scheme"],
                                                 "identifier": r["identifier"]})
    organizations = [_compact({
        "id": org_id(r["code"]), "name": r["name"], "classification": r["classification"],
        "other_names": org_names.get(r["id"], []),
        "identifiers": [{"scheme": "orgdb", "identifier": r["code"]},
                        *org_ids.get(r["id"], [])],
        "parent_id": org_id(r["parent"]) if r["parent"] else None,
        "founding_date": _date(r, "founded", "founded_precision"),
        "dissolution_date": _date(r, "dissolved", "dissolved_precision"),
        "description": r["notes"], "headquarters": r["headquarters"],
        "sources": _sources(r)}) for r in reader.rows(q.EXPORT_ORGS)]

    actions: dict[int, list[dict[str, Any]]] = {}
    for r in reader.rows(q.EXPORT_TREATY_ACTIONS):
        actions.setdefault(r["state_id"], []).append(_compact({
            "treaty_id": f"treaty/{r['treaty']}", "treaty": r["treaty_title"],
            "action": r["action"], "date": _date(r, "date", "date_precision"),
            "confidence": r["confidence"], "notes": r["notes"], "sources": _sources(r)}))
    state_names = _names(reader.rows(q.EXPORT_STATE_NAMES))
    for r in reader.rows(q.EXPORT_STATES):
        idents = [{"scheme": "orgdb", "identifier": r["code"]}]
        if r["alpha2"]:
            idents.append({"scheme": "iso_3166_1_alpha2", "identifier": r["alpha2"]})
        if r["alpha3"]:
            idents.append({"scheme": "iso_3166_1_alpha3", "identifier": r["alpha3"]})
        if len(r["code"]) == 4 and r["code"].isalpha():
            idents.append({"scheme": "iso_3166_3_alpha4", "identifier": r["code"]})
        if r["cow_code"] is not None:
            idents.append({"scheme": "cow_ccode", "identifier": str(r["cow_code"])})
        organizations.append(_compact({
            "id": state_id(r["code"]), "name": r["name"], "classification": "state",
            "other_names": state_names.get(r["id"], []), "identifiers": idents,
            "founding_date": _date(r, "start_date", "start_precision"),
            "dissolution_date": _date(r, "end_date", "end_precision"),
            "sources": _sources(r), "treaty_actions": actions.get(r["id"], [])}))

    events: dict[int, list[dict[str, Any]]] = {}
    for r in reader.rows(q.EXPORT_EVENTS):
        events.setdefault(r["membership_id"], []).append(_compact({
            "date": _date(r, "date", "date_precision"), "kind": r["kind"],
            "description": r["description"], "confidence": r["confidence"],
            "sources": _sources(r)}))
    memberships = []
    for r in reader.rows(q.EXPORT_MEMBERSHIPS):
        start = _date(r, "start_date", "start_precision")
        memberships.append(_compact({
            "id": f"membership/{r['organization']}/{r['state_code']}/{r['status']}/{start}",
            "label": f"{r['state']}: {r['status']}",
            "role": r["status"],
            "member": {"@type": "Organization",
                       "id": state_id(r["state_code"]) if r["member_type"] == "state"
                       else org_id(r["state_code"])},
            "organization_id": org_id(r["organization"]),
            "start_date": start, "end_date": _date(r, "end_date", "end_precision"),
            "end_reason": r["end_reason"], "confidence": r["confidence"],
            "notes": r["notes"], "events": events.get(r["membership_id"], []),
            "sources": _sources(r)}))
    for r in reader.rows(q.EXPORT_TENURES):
        start = _date(r, "start_date", "start_precision")
        post = f"post/{r['organization']}/{r['post_key']}"
        memberships.append(_compact({
            "id": f"tenure/{r['organization']}/{r['post_key']}/{r['person_key']}/{start}",
            "role": r["role"], "person_id": f"person/{r['person_key']}", "post_id": post,
            "organization_id": org_id(r["organization"]),
            "start_date": start, "end_date": _date(r, "end_date", "end_precision"),
            "acting": bool(r["acting"]), "confidence": r["confidence"],
            "notes": r["notes"], "sources": _sources(r)}))

    persons = [_compact({
        "id": f"person/{r['key']}", "name": r["name"],
        "other_names": [{"name": n} for n in (r["other_names"] or "").split("; ") if n],
        "national_identity": r["nationality_name"],
        "nationality_id": state_id(r["nationality"]) if r["nationality"] else None,
        "sources": _sources(r)}) for r in reader.rows(q.EXPORT_PERSONS)]
    posts = [_compact({
        "id": f"post/{r['organization']}/{r['key']}", "label": r["label"],
        "organization_id": org_id(r["organization"]),
        "single_holder": bool(r["single_holder"])}) for r in reader.rows(q.EXPORT_POSTS)]
    treaties = [_compact({
        "id": f"treaty/{r['code']}", "title": r["title"],
        "other_titles": [t for t in (r["other_titles"] or "").split("; ") if t],
        "signed_date": _date(r, "signed", "signed_precision"), "signed_place": r["signed_place"],
        "entry_into_force_date": _date(r, "in_force", "in_force_precision"),
        "depositary": r["depositary"],
        "organization_id": org_id(r["organization"]) if r["organization"] else None,
        "confidence": r["confidence"], "notes": r["notes"],
        "sources": _sources(r)}) for r in reader.rows(q.EXPORT_TREATIES)]
    return {"organizations": organizations, "persons": persons, "memberships": memberships,
            "posts": posts, "treaties": treaties}


def write(reader: Any, out: Any) -> dict[str, int]:
    """Write the document as JSON; returns the number of items per collection."""
    doc = build(reader)
    json.dump(doc, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return {k: len(v) for k, v in doc.items()}


# ---------------------------------------------------------------------------- validation


def validators(schema_dir: Path | str) -> dict[str, Any]:
    """A jsonschema Draft3Validator per Popolo schema file, their $refs resolved from the
    files themselves (a `referencing` Registry keyed by each file's `id`): validation never
    touches the network. Needs the test extras (jsonschema, referencing)."""
    from jsonschema import Draft3Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT3

    schemas: dict[str, Any] = {}
    resources = []
    for path in sorted(Path(schema_dir).glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(schema, default_specification=DRAFT3)
        resources += [(schema["id"], resource), (schema["id"].rstrip("#"), resource)]
        schemas[path.stem] = schema
    registry = Registry().with_resources(resources)
    return {name: Draft3Validator(schema, registry=registry,
                                  format_checker=Draft3Validator.FORMAT_CHECKER)
            for name, schema in schemas.items()}


def validate(document: dict[str, Any], schema_dir: Path | str) -> list[str]:
    """Every schema error of every item, as 'collection[i] id: path: message'."""
    checks = validators(schema_dir)
    errors = []
    for collection, schema in COLLECTIONS.items():
        for i, item in enumerate(document.get(collection, [])):
            for err in checks[schema].iter_errors(item):
                where = "/".join(str(p) for p in err.absolute_path) or "(item)"
                errors.append(f"{collection}[{i}] {item.get('id')}: {where}: {err.message}")
    return errors
