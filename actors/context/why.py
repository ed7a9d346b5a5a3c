"""Why a query retrieves a context where it does (``enclave context why``): each signal's value and
its part of the score, read from the ranking's own record of what it did (``ranking.Trace``, filled
by ``retrieval.ranked`` as it ranks), never recomputed beside it — so it cannot drift. The
answer is the protocol's ``WhyReply`` itself (its fields are documented there).

Ranks are 1-based. Finding a context past the rankings' depth reads them whole (every match, every
embedding): a diagnostic's cost, never a query's.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from protocol.kinds.context import DenseSignal, LexicalSignal, TimeSignal, WhyReply

from .access import Access
from .ranking import Trace, cause_weight

if TYPE_CHECKING:
    from .index import Filter
    from .record import Context
    from .store import ContextStore


def why_ranked(store: ContextStore, rid: str, text: str, *, k: int | None, project: Any, access: Any,
               now: float) -> WhyReply:
    """Run the query as ``store.query`` does, with a trace, and explain ``rid`` from it. NotFound for
    an unknown id or one the access scope hides, exactly as ``store.get``."""
    acc = Access.parse(access).require()
    ctx = store.get(rid, access=acc)
    trace = Trace()
    hits = store.query(text, k=k, project=project, access=acc, now=now, trace=trace)
    lexical, parts = trace.lexical, trace.lexical_parts
    if rid not in parts:            # past the depth (or not matching): the same ranking, all of it
        parts = {}
        lexical = store.index.search(trace.terms, k=max(1, len(store.index)), flt=trace.filter, now=now,
                                     parts=parts)
    dense, cosine = trace.dense, dict(trace.dense).get(rid)
    if not trace.hybrid:
        state = "unused" if store.dense is not None and not trace.terms else "no_embedder"
    else:
        if cosine is None:
            cosine = store.dense.similarity(trace.query_vector, [rid]).get(rid)
            if cosine is not None:
                nearest = store.dense.top(trace.query_vector, sys.maxsize)   # (clamped) all of them
                admitted = set(store.index.admits([r for r, _ in nearest], trace.filter))
                dense = [(r, c) for r, c in nearest if r in admitted]
        state = "not_embedded" if cosine is None else "embedded"
    filtered = "" if store.index.admits([rid], trace.filter) else _excluded_by(ctx, trace.filter)
    if not filtered and rid in trace.repeats:          # left out of the results: say why
        filtered = f"it repeats {trace.repeats[rid]} (the same content), which ranks above it and stands for both"
    cause = cause_weight(store.cause(rid), trace.cause_boost)
    since = trace.successor_since
    before = trace.successor_weight if since is not None and store.created_at(rid) >= since else 1.0
    return explain(rid, text, store.config["query"]["default_k"] if k is None else k, trace,
                   [(h.id, h.score) for h in hits], lexical=lexical, lexical_parts=parts,
                   dense_state=state, dense=dense, cosine=cosine, filtered=filtered, cause=cause,
                   before=before, now=1.0 + trace.change_boost if rid in trace.changed_up else 1.0)


def explain(rid: str, text: str, k: int, trace: Trace, hits: list[tuple[str, float]], *,
            lexical: list[tuple[str, float]], lexical_parts: dict[str, tuple[float, float, float]],
            dense_state: str, dense: list[tuple[str, float]], cosine: float | None, filtered: str,
            cause: float = 1.0, before: float = 1.0, now: float = 1.0) -> WhyReply:
    """The explanation of ``rid`` from the ``trace`` of the query that gave ``hits``. ``lexical``
    and ``dense`` are the trace's rankings, or — when ``rid`` lies past their depth — the same
    rankings taken further, so that its ranks are still known."""
    bm25, recency, tier = lexical_parts.get(rid, (0.0, 0.0, 0.0))
    lex_score = dict(lexical).get(rid, 0.0)
    from_lexical, from_dense = trace.parts.get(rid, (0.0, 0.0))
    if not trace.hybrid:
        from_lexical = lex_score if rid in lexical_parts else 0.0
    step = trace.time
    fused_rank = _rank(trace.fused, rid)
    time = TimeSignal("none", False, None, fused_rank) if step is None else TimeSignal(
        "earliest" if step.earliest else "newest", rid in step.group, step.threshold, fused_rank)
    score = dict(hits).get(rid, dict(trace.order).get(rid))
    return WhyReply(id=rid, text=text, k=k, depth=trace.depth, candidates=len(trace.order),
                    candidate_rank=_rank(trace.order, rid), rank=_rank(hits, rid), score=score, filtered=filtered,
                    lexical=LexicalSignal(_rank(lexical, rid), bm25, recency, tier, lex_score, from_lexical),
                    dense=DenseSignal(dense_state, _rank(dense, rid), cosine, from_dense),
                    time=time, cause=cause, before=before, now=now)


def _rank(rows: list[tuple[str, float]], rid: str) -> int | None:
    for i, (r, _) in enumerate(rows):
        if r == rid:
            return i + 1
    return None


def _excluded_by(ctx: Context, flt: Filter) -> str:
    """Which of the query's filters leaves ``ctx`` out (its access scope already lets it be seen)."""
    if flt.project is not None and ctx.project not in flt.project:
        asked = ", ".join(sorted(flt.project)) or "none it may see"
        return f"its project ({ctx.project or 'none'}) is not the one asked for ({asked})"
    return "the query's filters leave it out"
