"""The rows a command answers with, built once for every front end: the command line's
--format json and csv, and the web interface's pages and JSON API (orgdb serve) give the
same rows because they come from here."""

from __future__ import annotations

from typing import Any

from orgdb.read.records import Member, MemberCount, StateRef

# What `members` lists unless a status is asked for: what `orgs` counts.
COUNTED = ("member", "suspended")


def every_status(status: str | None) -> bool:
    """`--status all`: every status, observers and partners included."""
    return status is not None and status.strip().casefold() == "all"


def members(d: Any, ref: Any, *, as_of: Any = None, history: bool = False,
            status: str | None = None, predecessors: bool = True
            ) -> tuple[list[Member], list[Member]]:
    """(every spell the lookup found, the spells shown): full members and suspended ones
    by default, one status when asked, every status for 'all'."""
    every = every_status(status)
    spells = d.members(ref, as_of=as_of, history=history, status=None if every else status,
                       predecessors=predecessors)
    return spells, shown(spells, status)


def shown(spells: list[Member], status: str | None) -> list[Member]:
    """The spells `members` lists of those found with `status` (None: every status)."""
    return spells if status else [m for m in spells if m.status in COUNTED]


def count(d: Any, spells: list[Member]) -> str:
    """The line `members` ends with, as the organization that answered counts its members:
    '53 member states, 1 suspended, 7 partners' ('' for no spell)."""
    if not spells:
        return ""
    return MemberCount.of(spells, d.counted_as(spells[0].organization)).text()


def combined(d: Any, expression: str, *, as_of: Any = None, status: str | None = None
             ) -> list[Any]:
    """The states a set expression selects: full members by default, one status when
    asked, every status for 'all'."""
    return d.combine(expression, as_of=as_of,
                     status=None if every_status(status) else (status or "member"))


def state(d: Any, ref: StateRef, *, as_of: Any = None, history: bool = False
          ) -> tuple[list[Any], list[Any], list[Any]]:
    """A state's memberships, treaty actions and successions."""
    return (d.memberships_of(ref, as_of=as_of, history=history),
            d.actions_of(ref, as_of=as_of, history=history), d.successions_of(ref))


def state_rows(ref: StateRef, spells: list[Any], actions: list[Any], links: list[Any]
               ) -> list[dict[str, Any]]:
    """The three as one list of rows, each saying in `kind` which it is (one row type, as
    pandas and R want it)."""
    return ([{"kind": "membership", **m.as_dict()} for m in spells]
            + [{"kind": "treaty action", **a.as_dict()} for a in actions]
            + [{"kind": x.side, "state_code": ref.code, **x.as_dict()} for x in links])
