"""What the store keeps in memory about each live context (``Entry``), made from a context or
from a logged payload."""
from __future__ import annotations

from dataclasses import dataclass

from .log import Loc
from .ranking import cause_of, states_a_change
from .record import ACTIVE, Context

SNAPSHOT_NAME = "snapshot.bin"       # the index snapshot's file name (derived, rebuildable)


@dataclass(slots=True)
class Entry:
    """What the store keeps in memory about each live context."""
    loc: Loc
    seq: int
    tier: str
    created: float
    size: int
    project: str | None
    source: str
    kind: str
    session: str | None
    change: bool = False    # a statement of change (``ranking.states_a_change``), not a command
    cause: int = 0          # what it is to a why-question (``ranking.cause_of``); 0 for a command


def entry(ctx: Context, loc: Loc) -> Entry:
    return Entry(loc, ctx.seq, ctx.tier, ctx.created, ctx.size, ctx.project, ctx.source,
                 ctx.kind, ctx.session, *_statement(ctx.kind, ctx.content))


def entry_from_payload(payload: dict, loc: Loc) -> Entry:
    c = payload["ctx"]
    text = c["content"]
    size = len(text) if text.isascii() else len(text.encode("utf-8"))  # isascii() is O(1)
    return Entry(loc, int(payload["seq"]), c.get("tier", ACTIVE), float(c["created"]), size,
                 c.get("project"), c["source"], c["kind"], c.get("session"), *_statement(c["kind"], text))


def _statement(kind: str, text: str) -> tuple[bool, int]:
    """(a statement of change, what it is to a why-question): neither for a command."""
    if kind == "command":
        return False, 0
    head = text[:2000]
    return states_a_change(head), cause_of(head)
