"""Hybrid ranking (pure functions): the lexical ranking (BM25 × recency) and the dense one fused by
reciprocal rank, then ordered in time where the question asks about time.

Why rank fusion: BM25 scores and cosines live on different scales; ranks do not, and a context
that both find rises above one that only one finds. Why the time step: several contexts about the
same subject (a decision, then its change) are all relevant; which one answers depends on the
question — "what did we try first" wants the earliest, every other question the newest (what is
true now). Contexts about the same subject are those nearly as close to the question as the best
one (within ``band`` of its cosine and at least ``floor`` times it), among the first few.
"""
from __future__ import annotations

import re
from typing import Callable

EARLIEST = re.compile(r"\b(first|firstly|originally|original|initially|initial|at the start|in the beginning|"
                      r"used to|before (?:we|the|switching|moving|changing)|earlier|earliest|"
                      r"started (?:with|out)|back then|old|previous|previously|prior)\b", re.I)


def wants_earliest(question: str) -> bool:
    return bool(EARLIEST.search(question))


def fuse(lexical: list[str], dense: list[str], *, k: int, dense_weight: float) -> list[tuple[str, float]]:
    """Reciprocal rank fusion of two rankings (ids, best first): (id, fused score), best first."""
    score: dict[str, float] = {}
    for r, rid in enumerate(lexical):
        score[rid] = score.get(rid, 0.0) + 1.0 / (k + r)
    for r, rid in enumerate(dense):
        score[rid] = score.get(rid, 0.0) + dense_weight / (k + r)
    return sorted(score.items(), key=lambda x: -x[1])


def in_time_order(ranked: list[str], cosine: dict[str, float], created: Callable[[str], float], question: str,
                  *, window: int, band: float, group: int, floor: float) -> list[str]:
    """``ranked`` with the contexts about the question's subject first, newest first (or earliest
    first when the question asks for the earliest)."""
    head = [rid for rid in ranked[:window] if rid in cosine]
    if not head:
        return ranked
    best = max(cosine[rid] for rid in head)
    same = [rid for rid in head if cosine[rid] >= max(best - band, floor * best)][:group]
    early = wants_earliest(question)
    same.sort(key=lambda rid: created(rid) if early else -created(rid))
    chosen = set(same)
    return same + [rid for rid in ranked if rid not in chosen]
