"""`orgdb serve`: the web interface and JSON API (orgdb.web), from the `web` extra."""

from __future__ import annotations

from typing import Annotated

import typer

from orgdb.cli.options import DbOption
from orgdb.cli.output import guarded, say


def serve(db: DbOption = None,
          host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it "
                                            "to this machine.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
          cache: Annotated[bool, typer.Option(
              "--cache/--no-cache", help="Keep whole responses until the data or the day "
              "changes.")] = True) -> None:
    """Serve a read-only web interface and JSON API (pages for organizations, states,
    persons and treaties; /api/...; /docs) over the database.

    Example: orgdb serve --port 8000
    """
    from orgdb.errors import UsageError

    try:
        import uvicorn

        from orgdb.web.app import create_app
    except ImportError as exc:
        raise UsageError(f"orgdb serve needs the web extra ({exc.name} is missing)",
                         "pip install 'orgdb[web]'") from None
    app = create_app(db, cache=cache)
    say(f"orgdb: serving {app.state.site.scrub(app.state.site.db.target.url)} read-only at "
        f"http://{host}:{port}/ (data revision {app.state.site.revision}); Ctrl-C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(guarded(serve))
