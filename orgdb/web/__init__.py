"""`orgdb serve`: the reference on the web, read-only (the `web` extra: FastAPI, Jinja2,
uvicorn). Pages for people (orgdb.web.pages) and a JSON API mirroring the command line
(orgdb.web.api), over one read-only handle and the same lookups as the CLI. The CLI's
lookup path never imports this package."""
