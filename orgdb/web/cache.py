"""A cache of whole responses, keyed by URL: the served database is read-only and an
answer changes only when its data does, or when "today" does. Each entry keeps the data
version it was answered at (SQLite's PRAGMA data_version, which moves when any other
connection commits; on PostgreSQL, a 30-second bucket) and the day; a request finds an
entry only where both still hold. A plain ASGI middleware, so a hit costs no handler."""

from __future__ import annotations

import datetime as dt
import time
from collections import OrderedDict
from typing import Any

MAX_ENTRIES = 512
MAX_BODY = 2_000_000  # a response larger than this is answered afresh each time
PG_SECONDS = 30


class ResponseCache:
    def __init__(self, app: Any, site: Any) -> None:
        self.app = app
        self.site = site
        self.entries: OrderedDict[bytes, tuple[Any, int, list, bytes]] = OrderedDict()

    def version(self) -> Any:
        db = self.site.db
        if db.target.backend == "sqlite":
            stamp = db._rows("PRAGMA data_version")[0]["data_version"]
        else:
            stamp = int(time.monotonic() // PG_SECONDS)
        return stamp, dt.date.today()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        key = scope["path"].encode() + b"?" + scope.get("query_string", b"")
        version = self.version()
        hit = self.entries.get(key)
        if hit is not None and hit[0] == version:
            self.entries.move_to_end(key)
            _, status, headers, body = hit
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def keep(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200:
                    body = b"".join(chunks)
                    if len(body) <= MAX_BODY:
                        self.entries[key] = (version, 200, list(start["headers"]), body)
                        if len(self.entries) > MAX_ENTRIES:
                            self.entries.popitem(last=False)
            await send(message)

        await self.app(scope, receive, keep)
