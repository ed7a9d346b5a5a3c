"""Extractive summaries: the most central sentences of a group of contexts, in time order.

Used whenever no local model is available (or its summary fails the privacy re-check). A unit is
a sentence of prose, a command line, or an "edited <file>" line for code; its score is how many
of the group's contexts share its terms, so what the group keeps coming back to wins.
"""
from __future__ import annotations

import re
from collections import Counter

from .record import Context
from .text import terms

SENTENCE_RE = re.compile(r"(?<=[.!?])\s+|\n+")
CODE_KINDS = ("edit", "file", "diff")
COMMAND_KINDS = ("command", "commit")
MAX_UNIT = 240


def units(ctx: Context) -> list[str]:
    """The candidate summary lines one context offers."""
    first = next((ln.strip() for ln in ctx.content.splitlines() if ln.strip()), "")
    if ctx.kind in COMMAND_KINDS:
        return [f"{ctx.kind}: {first[:MAX_UNIT]}"]
    if ctx.kind in CODE_KINDS:
        path = ctx.metadata.get("path") or ctx.metadata.get("file")
        return [f"edited {path}: {first[:MAX_UNIT]}" if path else f"edit: {first[:MAX_UNIT]}"]
    out = []
    for piece in SENTENCE_RE.split(ctx.content):
        piece = " ".join(piece.split())
        if len(piece) >= 12:
            out.append(piece[:MAX_UNIT])
    return out[:20]


def extractive(contexts: list[Context], max_chars: int) -> str:
    cands = []  # (order, text, term set)
    df: Counter = Counter()
    for order, ctx in enumerate(contexts):
        seen: set[str] = set()
        for u in units(ctx):
            ts = set(terms(u))
            if ts:
                cands.append((order, u, ts))
                seen |= ts
        df.update(seen)
    scored = sorted(cands, key=lambda c: (-sum(df[t] for t in c[2]) / (len(c[2]) ** 0.5 + 1),
                                          c[0]))
    chosen: list[tuple[int, str, set]] = []
    used = 0
    for c in scored:
        twin = next((i for i, o in enumerate(chosen) if _jaccard(c[2], o[2]) > 0.6), None)
        if twin is not None:      # the same statement again: the later one says what holds now
            old = chosen[twin]
            if c[0] > old[0] and used - len(old[1]) + len(c[1]) <= max_chars:
                chosen[twin] = c
                used += len(c[1]) - len(old[1])
            continue
        if used + len(c[1]) + 3 > max_chars:
            continue
        chosen.append(c)
        used += len(c[1]) + 3
    chosen.sort(key=lambda c: c[0])
    return "\n".join(f"- {c[1]}" for c in chosen)


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0
