"""The pages, server-rendered and working without JavaScript. Each page's URL says
everything needed to reproduce it (the date, the data revision); every date on it links
to the same page on that date; every row names its source."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from orgdb.read import answers
from orgdb.web.context import Site, checked, named

router = APIRouter(include_in_schema=False)


def _site(request: Request) -> Site:
    return request.app.state.site


def _page(request: Request, template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(_site(request).render(template, request, **context))


def sources(*groups: list[Any]) -> list[tuple[str, str | None]]:
    """The sources of the rows shown, each once, in order of first use."""
    seen: dict[str, str | None] = {}
    for rows in groups:
        for r in rows:
            if r.source and r.source not in seen:
                seen[r.source] = getattr(r, "source_url", None)
    return list(seen.items())


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, as_of: str | None = None) -> HTMLResponse:
    d = _site(request).db
    orgs = d.organizations(as_of=checked(as_of, "date"))
    return _page(request, "home.html", orgs=orgs, as_of=as_of,
                 curated=[o for o in orgs if o.coverage == "curated"],
                 others=[o for o in orgs if o.coverage != "curated"])


@router.get("/org/{name}", response_class=HTMLResponse)
async def org(request: Request, name: str, as_of: str | None = None,
              status: str | None = None) -> HTMLResponse:
    from orgdb.chart import svg
    from orgdb.chart.layout import layout

    d = _site(request).db
    ref = d.lookup_organization(named(name, "organization name"))
    as_of = checked(as_of, "date")
    detail = d.organization(ref, as_of=as_of)  # its members of every status, officials
    if status is None or answers.every_status(status):
        spells = detail.members
    else:
        spells = d.members(ref, as_of=as_of, status=status)
    shown = answers.shown(spells, status)
    officials = detail.officials
    history = d.members(ref, history=True)
    tenures = d.officials(ref, history=True)
    empty = None if spells else d.empty_reason(ref, as_of=as_of)
    vacancy = None if officials else d.vacancy(ref, as_of=as_of)
    return _page(
        request, "org.html", ref=ref, org=detail, as_of=as_of, members=shown,
        count=answers.count(d, spells) or None,
        hidden=len(spells) - len(shown), status=status, history=history,
        officials=officials, tenures=tenures, empty=empty, vacancy=vacancy,
        chart=Markup(svg.render(layout(d, ref.code))),
        sources=sources(shown, officials, history, tenures))


@router.get("/members", response_class=HTMLResponse)
async def members(request: Request, q: str, as_of: str | None = None) -> HTMLResponse:
    """A set expression over organizations ('NATO & EU') on a date."""
    d = _site(request).db
    q = named(q, "expression")
    as_of = checked(as_of, "date")
    ref = d.organization_or_expression(q)
    if ref is not None:
        from starlette.responses import RedirectResponse

        return RedirectResponse(_site(request).link(f"/org/{ref.code}", as_of=as_of))  # type: ignore[return-value]
    rows = d.combine(q, as_of=as_of)
    return _page(request, "members.html", q=q, as_of=as_of, rows=rows)


@router.get("/state/{name}", response_class=HTMLResponse)
async def state(request: Request, name: str, as_of: str | None = None) -> HTMLResponse:
    d = _site(request).db
    ref = d.lookup_state(named(name, "state name"))
    as_of = checked(as_of, "date")
    spells, actions, links = answers.state(d, ref, as_of=as_of)
    history = d.memberships_of(ref, history=True)
    every_action = d.actions_of(ref, history=True)
    return _page(request, "state.html", ref=ref, as_of=as_of, spells=spells,
                 history=history, actions=every_action, links=links,
                 sources=sources(spells, history, every_action))


@router.get("/person/{name}", response_class=HTMLResponse)
async def person(request: Request, name: str) -> HTMLResponse:
    d = _site(request).db
    ref = d.lookup_person(named(name, "person's name"))
    posts = d.posts_of(ref)
    return _page(request, "person.html", ref=ref, posts=posts, sources=sources(posts))


@router.get("/treaty/{name}", response_class=HTMLResponse)
async def treaty(request: Request, name: str) -> HTMLResponse:
    d = _site(request).db
    ref = d.lookup_treaty(named(name, "treaty name"))
    actions = d.treaty_actions(ref)
    info = next((t for t in d.treaties() if t.code == ref.code), None)
    return _page(request, "treaty.html", ref=ref, info=info, status=d.treaty_status(ref),
                 sources=sources(actions))


@router.get("/diff/{name}", response_class=HTMLResponse)
async def diff(request: Request, name: str, first: str | None = None,
               second: str | None = None) -> HTMLResponse:
    d = _site(request).db
    name = named(name, "organization name") or ""
    ref = d.organization_or_expression(name)
    first = checked(first, "date")
    second = checked(second, "date")
    rows = d.diff(ref or name, first, second) if first and second else None
    return _page(request, "diff.html", name=name, ref=ref, first=first, second=second,
                 rows=rows)


@router.get("/search", response_class=HTMLResponse)
async def search(request: Request, q: str | None = None) -> HTMLResponse:
    d = _site(request).db
    q = checked(q, "search text") if q else None
    return _page(request, "search.html", q=q, hits=d.search(q) if q else [])
