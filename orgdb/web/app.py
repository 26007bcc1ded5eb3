"""The web application: one read-only orgdb handle per process, the pages and the API,
the errors as the CLI's messages with the HTTP code its exit code means, and the headers
that keep a browser safe (a Content-Security-Policy with no script at all)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from orgdb.errors import DatabaseError, NotFound, OrgdbError, UsageError
from orgdb.web import api, pages
from orgdb.web.context import STATIC, Site

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY"}


class SafeHeaders:
    """Adds HEADERS to every response (the API docs page, which runs the docs' own
    script, without the Content-Security-Policy). A plain ASGI middleware: Starlette's
    BaseHTTPMiddleware costs each request a task and a stream."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.strict = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]
        self.docs = [h for h in self.strict if h[0] != b"content-security-policy"]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self.docs if scope["path"].startswith(("/docs", "/openapi.json")) \
            else self.strict

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


def status_of(exc: OrgdbError) -> int:
    """The HTTP code the CLI's exit code means: an unknown name 404, a usage error (a bad
    date, an empty name) 400, a database that cannot answer 503, another domain error
    (an ambiguous name...) 404 too: nothing here answers it."""
    if isinstance(exc, UsageError):
        return 400
    if isinstance(exc, DatabaseError):
        return 503
    return 404 if isinstance(exc, NotFound) else 400


def create_app(url: str | None = None, *, cache: bool = True) -> FastAPI:
    """The application over the database at `url` (default: as the CLI finds it), opened
    read-only; with `cache`, whole responses are kept until the data or the day changes
    (orgdb.web.cache)."""
    site = Site.open(url)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        site.start()
        yield
        site.db.close()

    app = FastAPI(title="orgdb", description="The reference database of "
                  "international-organization memberships, read-only. Every answer names "
                  "its sources.", version=site.version, docs_url="/docs", redoc_url=None,
                  lifespan=lifespan)
    app.state.site = site
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    if cache:
        from orgdb.web.cache import ResponseCache

        app.add_middleware(ResponseCache, site=site)
    app.add_middleware(SafeHeaders)

    def error(request: Request, status: int, message: str, hint: str | None) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message, "hint": hint}, status_code=status)
        return HTMLResponse(site.render("error.html", request, status=status,
                                        message=message, hint=hint), status_code=status)

    @app.exception_handler(OrgdbError)
    async def orgdb_error(request: Request, exc: OrgdbError) -> Response:
        return error(request, status_of(exc), site.scrub(str(exc)),
                     site.scrub(exc.hint) if exc.hint else None)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        where = ", ".join(".".join(str(p) for p in e.get("loc", ())) for e in exc.errors())
        return error(request, 400, f"invalid request: {where}", None)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error(request, exc.status_code, str(exc.detail), None)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        return error(request, 500, "internal error", "the server's log has the details")

    return app
