"""How the store ranks a query's candidates: the lexical ranking alone, or fused with the dense one
when an embedder is installed; then the question's own weights (``weighted``: a why-question's, one
asking what came before a name; in the hybrid ranking also one about the first attempt that names
none, from the statement among the first that the subject changed: ``until_a_change``, and one about
how things stand now, which puts the subject's statements of change up) and, in the hybrid ranking,
the time step. With a ``trace``, each step is recorded as it is taken (the lexical
ranking alone then goes as deep as the hybrid one, of which the top ``k`` is the same), so
``why.py`` explains a ranking from what it did."""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import ranking
from .index import Filter
from .text import query_terms

if TYPE_CHECKING:
    from .store import ContextStore


def ranked(store: ContextStore, text: str, terms: list[str], k: int, flt: Filter, now: float,
           trace: ranking.Trace | None = None) -> list[tuple[str, float]]:
    """The top ``k`` (id, score) for the query ``text`` (its ``terms``), best first."""
    q = store.config["query"]
    depth = max(k, q["hybrid_depth"])
    lexical_parts = None if trace is None else trace.lexical_parts
    why = bool(q["cause_boost"]) and ranking.asks_why(text)
    name = ranking.named_successor(text) if q["successor_weight"] != 1 else None
    # lower-cased: the name as one word ("pocketbase"), not also its camel-case parts ("pocket", "base")
    whole = query_terms(name.lower()) if name is not None else []
    since = store.index.first_mention(whole, flt) if whole else None
    if since is not None:
        # the words are searched without the name: it is what the answer came before, and a context
        # naming it (camel-case parts and all) would outweigh the answer on it alone
        named = set(query_terms(name)) | set(whole)
        terms = [t for t in terms if t not in named] or terms
    if trace is not None:
        trace.terms = terms
        trace.cause_boost = q["cause_boost"] if why else 0.0
        trace.successor_since, trace.successor_weight = since, q["successor_weight"]
    if store.dense is None or not terms:
        deep = trace is not None or why or since is not None
        found = store.index.search(terms, k=depth if deep else k, flt=flt, now=now, parts=lexical_parts)
        order = weighted(store, found, why, since)
        if trace is not None:
            trace.depth, trace.lexical, trace.order = depth, found, order
        return order[:k]
    rare: dict[str, frozenset] = {}
    asked = store.dense.query_vector_soon(text)        # embedded while the words are searched
    lexical = store.index.search(terms, k=depth, flt=flt, now=now, parts=lexical_parts,
                                 rare=(q["subject_idf"], rare))
    top = store.dense.top(qvec := asked.result(), 4 * depth)
    near = store.index.admits([rid for rid, _ in top], flt)[:depth]
    # every candidate's vector, read once (one lock): its cosine to the question, and how close
    # candidates are to each other (supersession, repeats)
    candidates = list(dict.fromkeys([rid for rid, _ in lexical] + near))
    vectors = store.dense.vectors(candidates)
    cosine = {rid: float(v @ qvec) for rid, v in vectors.items()}
    if q["fusion"] == "score":
        parts = ranking.score_contributions(lexical, cosine, lexical_weight=q["lexical_weight"])
    else:
        parts = ranking.contributions([rid for rid, _ in lexical], near, k=q["rrf_k"],
                                      dense_weight=q["dense_weight"])
    fused = weighted(store, ranking.by_total(parts), why, since)
    if since is None and q["successor_weight"] != 1 and not why and ranking.wants_earliest(text):
        since = until_a_change(store, fused, cosine)
        if since is not None:
            fused = ranking.before_first(fused, store.created_at, since, q["successor_weight"])
            if trace is not None:
                trace.successor_since = since
    if q["change_boost"] and not why and ranking.asks_current(text):
        changed = changes_on_subject(store, fused, cosine)
        fused = ranking.changes_up(fused, changed.__contains__, q["change_boost"])
        if trace is not None:
            trace.change_boost, trace.changed_up = q["change_boost"], changed
    score = dict(fused)
    entry = store.entry
    kept, step, superseded, repeats = ranking.in_time(
        [rid for rid, _ in fused], cosine, vectors, rare, text, q, depth=depth, k=k, created=store.created_at,
        statement=lambda rid: (e := entry(rid)) is not None and e.kind != "command",
        change=store.is_change, until=since)
    order = [(rid, score[rid]) for rid in kept]
    if trace is not None:
        cosine = dict(top)
        trace.depth, trace.lexical, trace.hybrid, trace.query_vector = depth, lexical, True, qvec
        trace.dense = [(rid, cosine[rid]) for rid in near]
        trace.parts, trace.fused, trace.time, trace.order = parts, fused, step, order
        trace.superseded, trace.repeats = superseded, repeats
    return order[:k]


def weighted(store: ContextStore, found: list[tuple[str, float]], why: bool,
             since: float | None) -> list[tuple[str, float]]:
    """The question's own weights on a ranking: a why-question's (``ranking.causes_up``), then one
    asking what came before a name (``ranking.before_first``)."""
    q = store.config["query"]
    if why:
        found = ranking.causes_up(found, store.cause, q["cause_boost"])
    if since is not None:
        found = ranking.before_first(found, store.created_at, since, q["successor_weight"])
    return found


def until_a_change(store: ContextStore, fused: list[tuple[str, float]], cosine: dict[str, float]) -> float | None:
    """For a question about the first attempt that names no successor: when the best-ranked statement
    that the subject changed ("Swapped Jetty for http-kit") was made — the first attempt came before
    it, as before a named successor's first mention. None: no such statement among the first."""
    q = store.config["query"]
    change = ranking.change_on_subject(_head(store, fused), cosine, store.is_change,
                                       created=store.created_at, band=q["time_band"], floor=q["time_floor"])
    return None if change is None else store.created_at(change)


def changes_on_subject(store: ContextStore, fused: list[tuple[str, float]], cosine: dict[str, float]) -> frozenset:
    """For a question about how things stand now: the candidates that state their subject changed ("Move
    prod deploys to Argo CD", "On Node 22 now"), on the question's subject by the time step's band,
    wherever they ranked."""
    q = store.config["query"]
    threshold = ranking.subject_threshold(_head(store, fused), cosine, band=q["time_band"], floor=q["time_floor"])
    return frozenset(rid for rid, _ in fused if cosine.get(rid, 0.0) >= threshold and store.is_change(rid))


def _head(store: ContextStore, fused: list[tuple[str, float]]) -> list[str]:
    """The candidates the time step reads the question's subject from: the first ``time_window``."""
    return [rid for rid, _ in fused[:store.config["query"]["time_window"]]]
