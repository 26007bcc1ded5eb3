"""The JSON API: one endpoint per lookup command, the same rows as its `--format json`
(orgdb.read.answers builds them for both), or CSV with `?format=csv`. Errors are JSON
with the CLI's message and hint (orgdb.web.app)."""

from __future__ import annotations

import io
import json
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from orgdb.read import answers
from orgdb.read.records import (
    Change,
    Combined,
    Event,
    Member,
    Official,
    OrgSummary,
    Quality,
    SearchHit,
    Side,
    StateAction,
    Succession,
    TreatySummary,
    plain,
)
from orgdb.web.context import Site, checked, named

router = APIRouter(prefix="/api", tags=["api"])
Fmt = Literal["json", "csv"]
AsOf = Query(None, description="YYYY-MM-DD (default today); YYYY-MM or YYYY: any time in it")


def _site(request: Request) -> Site:
    return request.app.state.site


def _fields(*records: Any) -> list[str]:
    return list(dict.fromkeys(f for r in records for f in r._fields))


def reply(rows: list[dict[str, Any]], fields: list[str], fmt: str, name: str) -> Response:
    """Rows as JSON (a list, as --format json prints it) or CSV (as --format csv)."""
    if fmt == "csv":
        from orgdb.interchange.csv_export import write_rows

        out = io.StringIO()
        write_rows(rows, fields, out)
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": f'attachment; filename="{name}.csv"'})
    return Response(json.dumps(rows, ensure_ascii=False), media_type="application/json")


def dicts(records: list[Any]) -> list[dict[str, Any]]:
    return [plain(r) for r in records]


@router.get("/orgs", summary="orgdb orgs")
async def orgs(request: Request, as_of: str | None = AsOf, format: Fmt = "json") -> Response:
    d = _site(request).db
    rows = dicts(d.organizations(as_of=checked(as_of, "date")))
    quality = {q.organization: plain(q) for q in d.quality()}
    rows = [{**r, "quality": quality.get(r["code"])} for r in rows]
    return reply(rows, _fields(OrgSummary), format, "orgs")


@router.get("/org/{name}", summary="orgdb org NAME")
async def org(request: Request, name: str, as_of: str | None = AsOf) -> Response:
    d = _site(request).db
    detail = d.organization(named(name, "organization name"), as_of=checked(as_of, "date"))
    return reply([plain(detail)], [], "json", name)


@router.get("/members/{name}", summary="orgdb members NAME (or a set expression)")
async def members(request: Request, name: str, as_of: str | None = AsOf,
                  history: bool = False, status: str | None = None,
                  predecessors: bool = True, format: Fmt = "json") -> Response:
    d = _site(request).db
    name = named(name, "organization name") or ""
    ref = d.organization_or_expression(name)
    as_of = checked(as_of, "date")
    if ref is None:
        rows = dicts(answers.combined(d, name, as_of=as_of, status=status))
        return reply(rows, _fields(Combined), format, "members")
    _, shown = answers.members(d, ref, as_of=as_of, history=history, status=status,
                               predecessors=predecessors)
    return reply(dicts(shown), _fields(Member), format, f"members-{ref.code}")


@router.get("/state/{name}", summary="orgdb state NAME")
async def state(request: Request, name: str, as_of: str | None = AsOf,
                history: bool = False, format: Fmt = "json") -> Response:
    d = _site(request).db
    ref = d.lookup_state(named(name, "state name"))
    parts = answers.state(d, ref, as_of=checked(as_of, "date"), history=history)
    return reply(answers.state_rows(ref, *parts),
                 ["kind", *_fields(Member, StateAction, Succession)], format,
                 f"state-{ref.code}")


@router.get("/compare/{first}/{second}", summary="orgdb compare STATE STATE")
async def compare(request: Request, first: str, second: str, as_of: str | None = AsOf,
                  format: Fmt = "json") -> Response:
    d = _site(request).db
    rows = d.compare(named(first, "state name"), named(second, "state name"),
                     as_of=checked(as_of, "date"))
    return reply(dicts(rows), _fields(Side), format, "compare")


@router.get("/officials/{name}", summary="orgdb officials NAME")
async def officials(request: Request, name: str, as_of: str | None = AsOf,
                    history: bool = False, predecessors: bool = True,
                    format: Fmt = "json") -> Response:
    d = _site(request).db
    rows = d.officials(named(name, "organization name"), as_of=checked(as_of, "date"),
                       history=history, predecessors=predecessors)
    return reply(dicts(rows), _fields(Official), format, "officials")


@router.get("/treaties", summary="orgdb treaties [ORGANIZATION]")
async def treaties(request: Request, organization: str | None = None,
                   format: Fmt = "json") -> Response:
    d = _site(request).db
    rows = d.treaties(checked(organization, "organization name"))
    return reply(dicts(rows), _fields(TreatySummary), format, "treaties")


@router.get("/treaty/{name}", summary="orgdb treaty NAME")
async def treaty(request: Request, name: str, format: Fmt = "json") -> Response:
    d = _site(request).db
    rows = d.treaty_actions(named(name, "treaty name"))
    return reply(dicts(rows), _fields(StateAction), format, "treaty")


@router.get("/timeline/{name}", summary="orgdb timeline NAME")
async def timeline(request: Request, name: str, since: str | None = None,
                   until: str | None = None, predecessors: bool = True,
                   format: Fmt = "json") -> Response:
    d = _site(request).db
    rows = d.timeline(named(name, "organization name"), since=checked(since, "date"),
                      until=checked(until, "date"), predecessors=predecessors)
    return reply(dicts(rows), _fields(Event), format, "timeline")


@router.get("/diff/{name}", summary="orgdb diff NAME FIRST SECOND")
async def diff(request: Request, name: str, first: str, second: str,
               predecessors: bool = True, format: Fmt = "json") -> Response:
    d = _site(request).db
    rows = d.diff(named(name, "organization name"), checked(first, "date"),
                  checked(second, "date"), predecessors=predecessors)
    return reply(dicts(rows), _fields(Change), format, "diff")


@router.get("/person/{name}", summary="orgdb person NAME")
async def person(request: Request, name: str, format: Fmt = "json") -> Response:
    d = _site(request).db
    rows = d.posts_of(named(name, "person's name"))
    return reply(dicts(rows), _fields(Official), format, "person")


@router.get("/search", summary="orgdb search TEXT")
async def search(request: Request, q: str, format: Fmt = "json") -> Response:
    d = _site(request).db
    return reply(dicts(d.search(named(q, "search text"))), _fields(SearchHit),
                 format, "search")


@router.get("/quality", summary="orgdb quality [ORGANIZATION]")
async def quality(request: Request, organization: str | None = None,
                  format: Fmt = "json") -> Response:
    d = _site(request).db
    rows = d.quality(checked(organization, "organization name"))
    return reply(dicts(rows), _fields(Quality), format, "quality")
