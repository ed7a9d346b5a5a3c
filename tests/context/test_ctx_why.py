"""Why a context was retrieved (``ContextStore.why``): every signal is the ranking's own — the ranks,
scores and contributions it reports are those that ordered the query's results — for the hybrid
ranking (with the real all-MiniLM-L6-v2) and for the lexical one alone; unknown, hidden and
filtered-out contexts are told apart only as far as the access scope allows."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from actors.context import ContextStore, NotFound, ranking
from actors.shared.seal import seal
from ctx_helpers import DAY, NOTES, Clock, record



def _preserve(engine, key, clock, items, project="app"):
    ids = []
    for days_ago, kind, content in items:
        r = record(content, kind=kind, project=project, created=clock.t - days_ago * DAY)
        ids.append(engine.preserve(r, seal(key, r)).id)
    engine.process_pending(force=True)
    return ids


def _every_rank_is_the_querys(engine, ids, text, k):
    """Each id's reported rank and score are those of ``query``; ranks of the candidates are the order."""
    hits = engine.query(text, k=k)
    whys = {rid: engine.why(rid, text, k=k) for rid in ids}
    assert [h.id for h in hits] == sorted((r for r in ids if whys[r].rank), key=lambda r: whys[r].rank)
    for i, h in enumerate(hits):
        assert whys[h.id].rank == i + 1 and whys[h.id].score == h.score
    ranked = sorted((r for r in ids if whys[r].candidate_rank), key=lambda r: whys[r].candidate_rank)
    assert [h.id for h in hits] == ranked[:k]                      # the results are the candidates' head
    assert [whys[r].candidate_rank for r in ranked] == list(range(1, len(ranked) + 1))
    return whys


@pytest.mark.parametrize("fusion", ["score", "rrf"])
def test_the_hybrid_signals_add_up_to_the_rank_they_explain(open_engine, key, clock, embedder, fusion):
    engine = open_engine({"query": {"fusion": fusion}}, embedder=embedder)
    ids = _preserve(engine, key, clock, NOTES)
    q = engine.config["query"]
    text = "cron reports"
    whys = _every_rank_is_the_querys(engine, ids, text, k=3)
    top = whys[ids[3]]                                             # the newer statement on the subject
    assert top.rank == 1 and top.lexical.rank is not None and top.dense.state == "embedded"
    if fusion == "rrf":
        assert top.lexical.contribution == pytest.approx(1.0 / (q["rrf_k"] + top.lexical.rank - 1))
        assert top.dense.contribution == pytest.approx(q["dense_weight"] / (q["rrf_k"] + top.dense.rank - 1))
    else:
        best = max(w.lexical.score for w in whys.values())
        assert top.lexical.contribution == pytest.approx(q["lexical_weight"] * top.lexical.score / best)
        assert 0.0 <= top.dense.contribution <= 1 - q["lexical_weight"]
    assert round(top.lexical.contribution + top.dense.contribution, 6) == top.score
    assert top.lexical.score == pytest.approx(top.lexical.bm25 * top.lexical.recency * top.lexical.tier_weight)
    age = DAY * 20
    assert top.lexical.recency == pytest.approx(1 + q["recency_weight"] * 2 ** (-age / (q["recency_half_life_days"] * DAY)))
    assert top.time.order == "newest" and top.time.same_subject and top.dense.cosine >= top.time.cosine_threshold
    coffee = whys[ids[4]]                                          # shares no word with the query
    assert coffee.rank is None and coffee.lexical.rank is None and coffee.lexical.contribution == 0.0
    assert coffee.dense.rank is not None and not coffee.time.same_subject


def test_the_time_step_is_told(open_engine, key, clock, embedder):
    # (the newest note states a change: with change_boost, fusion alone would put it first)
    engine = open_engine({"query": {"change_boost": 0.0}}, embedder=embedder)
    ids = _preserve(engine, key, clock, NOTES)
    now = _every_rank_is_the_querys(engine, ids, "what schedules the overnight jobs these days?", k=3)
    first = _every_rank_is_the_querys(engine, ids, "what scheduled the overnight jobs originally?", k=3)
    assert now[ids[3]].rank == 1 and now[ids[3]].time.order == "newest" and now[ids[3]].time.same_subject
    assert first[ids[0]].rank == 1 and first[ids[0]].time.order == "earliest" and first[ids[0]].time.same_subject
    # fusion put another first (a higher fused score); the time step moved the newer statement up
    fused_first = next(w for w in now.values() if w.time.fused_rank == 1)
    assert now[ids[3]].time.fused_rank > 1 and fused_first.score > now[ids[3]].score


def test_a_context_not_yet_embedded_says_so(open_engine, key, clock, embedder):
    engine = open_engine({"query": {"embed_batch": 1}}, embedder=embedder)
    ids = _preserve(engine, key, clock, NOTES[:1])
    r = record(NOTES[3][2], created=clock.t)
    late = engine.preserve(r, seal(key, r)).id
    engine.store.apply_pending()                                   # indexed, not embedded
    w = engine.why(late, "cron reports")
    assert w.dense.state == "not_embedded" and w.dense.cosine is None and w.lexical.rank is not None
    assert engine.why(ids[0], "cron reports").dense.state == "embedded"


def test_unknown_hidden_and_filtered_out(open_engine, key, clock):
    engine = open_engine()
    ids = _preserve(engine, key, clock, NOTES[:2])
    with pytest.raises(NotFound):
        engine.why("c0000000000000000000", "cron")
    with pytest.raises(NotFound):                                  # hidden: told exactly as unknown
        engine.why(ids[0], "cron", access={"mode": "limited", "projects": ["other"]})
    seen = engine.why(ids[0], "cron", access={"mode": "limited", "projects": ["app"]})
    assert seen.rank == 1 and seen.dense.state == "no_embedder" and seen.time.order == "none"
    out = engine.why(ids[0], "cron", project="elsewhere")
    assert out.rank is None and out.candidate_rank is None and "project (app)" in out.filtered


def test_without_terms_recency_alone_is_explained(open_engine, key, clock):
    engine = open_engine()
    ids = _preserve(engine, key, clock, NOTES)
    whys = _every_rank_is_the_querys(engine, ids, "", k=2)
    assert whys[ids[5]].rank == 1 and whys[ids[5]].lexical.bm25 == 1.0     # the newest


# ---- properties ----------------------------------------------------------------------------------
WORDS = ["cron", "timer", "report", "deploy", "login", "cache", "parser", "queue"]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(docs=st.lists(st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
                               st.integers(0, 60), st.sampled_from(["a", "b"])), min_size=1, max_size=12),
       words=st.lists(st.sampled_from(WORDS), max_size=3), k=st.integers(1, 5), depth=st.integers(1, 6))
def test_lexical_explanations_are_the_ranking(key, docs, words, k, depth):
    """Any store, any query: the reported ranks are the query's order, the lexical score is its
    factors' product and is the whole score, a context matching no term is not a candidate, and a
    context past the ranking's depth still gets its rank among every match."""
    text = " ".join(words)
    with tempfile.TemporaryDirectory() as d:
        clock = Clock()
        with ContextStore(Path(d), {"query": {"hybrid_depth": depth}}, seal_key=key, clock=clock) as s:
            ids = []
            for content, days, project in docs:
                r = record(" ".join(content), project=project, created=clock.t - days * DAY)
                ids.append(s.preserve(r, seal(key, r)).id)
            whys = _every_rank_is_the_querys(s, ids, text, k)
            everything = s.query(text, k=100)
            for rid, w in whys.items():
                assert w.dense.state == "no_embedder" and w.time.order == "none" and w.filtered == ""
                matched = not words or bool(set(words) & set(docs[ids.index(rid)][0]))
                assert (w.lexical.rank is not None) == matched
                if w.lexical.rank is None:
                    assert w.candidate_rank is None and w.score is None
                    continue
                assert everything[w.lexical.rank - 1].id == rid           # its place among every match
                assert round(w.lexical.score, 6) == everything[w.lexical.rank - 1].score
                assert w.lexical.score == pytest.approx(w.lexical.bm25 * w.lexical.recency * w.lexical.tier_weight)
                assert w.lexical.contribution == w.lexical.score
                assert (w.candidate_rank is not None) == (w.lexical.rank <= w.depth)


@given(lexical=st.lists(st.sampled_from("abcdefgh"), unique=True, max_size=8),
       dense=st.lists(st.sampled_from("abcdefgh"), unique=True, max_size=8),
       k=st.integers(1, 60), weight=st.floats(0.0, 3.0))
def test_fusion_is_the_sum_of_the_parts_it_reports(lexical, dense, k, weight):
    """Rank fusion (``fusion: rrf``)."""
    parts = ranking.contributions(lexical, dense, k=k, dense_weight=weight)
    assert set(parts) == set(lexical) | set(dense)
    for rid, (lex, den) in parts.items():
        assert lex == (1.0 / (k + lexical.index(rid)) if rid in lexical else 0.0)
        assert den == (weight / (k + dense.index(rid)) if rid in dense else 0.0)
    fused = ranking.fuse(lexical, dense, k=k, dense_weight=weight)
    assert fused == ranking.by_total(parts)
    assert all(score == parts[rid][0] + parts[rid][1] for rid, score in fused)
    assert [s for _, s in fused] == sorted((s for _, s in fused), reverse=True)


@given(lexical=st.dictionaries(st.sampled_from("abcdefgh"), st.floats(0.01, 50.0), max_size=8),
       cosine=st.dictionaries(st.sampled_from("abcdefgh"), st.floats(-1.0, 1.0), max_size=8),
       weight=st.one_of(st.just(0.0), st.floats(0.01, 1.0)))
def test_score_fusion_scales_each_ranking_to_its_best(lexical, cosine, weight):
    """Score fusion (the default): each part within its share, the best lexical match at its full
    share, the best cosine at its full share (when the cosines differ), every candidate kept."""
    ranked = sorted(lexical.items(), key=lambda x: -x[1])
    parts = ranking.score_contributions(ranked, cosine, lexical_weight=weight)
    assert set(parts) == set(lexical) | set(cosine)
    for rid, (lex, den) in parts.items():
        assert 0.0 <= lex <= weight + 1e-9 and 0.0 <= den <= (1 - weight) + 1e-9
        assert (lex == 0.0) == (rid not in lexical or weight == 0.0)
    if ranked:
        assert parts[ranked[0][0]][0] == pytest.approx(weight)
    if cosine and max(cosine.values()) > min(cosine.values()):
        assert parts[max(cosine, key=cosine.get)][1] == pytest.approx(1 - weight)
    fused = ranking.by_total(parts)
    assert [s for _, s in fused] == sorted((s for _, s in fused), reverse=True)
