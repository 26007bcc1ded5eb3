"""Options shared by every command, declared once."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    ndjson = "ndjson"
    markdown = "markdown"


DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="Database URL (default: $ORGDB_DATABASE_URL, else the embedded "
                 "SQLite file; see `orgdb db path`).", show_default=False),
]
FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]
AsOfOption = Annotated[
    Optional[str],
    typer.Option("--as-of", help="Date to answer for, YYYY-MM-DD (default: today); YYYY-MM "
                 "or YYYY answers for any time in that month or year.", show_default=False),
]
HistoryOption = Annotated[
    bool, typer.Option("--history", help="Every spell, past and present, not one date.")
]
WideOption = Annotated[
    bool, typer.Option("--wide", help="Show every cell whole, however wide the terminal.")
]
PredecessorsOption = Annotated[
    bool, typer.Option("--predecessors/--no-predecessors",
                       help="Answer a day before the organization was founded through its "
                       "predecessor (the OAU for the AU), and add the predecessors' rows to "
                       "--history.")
]
ColumnsOption = Annotated[
    Optional[str],
    typer.Option("--columns", help="Only these fields, in this order, comma-separated (e.g. "
                 "state,start,source); in every format.", show_default=False),
]
