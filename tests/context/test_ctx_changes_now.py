"""A question about how things stand now ("where is the site hosted these days?") is answered by the
statement that its subject changed ("the site now lives on Cloudflare Pages"), even where other
contexts share more of its words: such a statement scores 1 + ``change_boost`` times as much."""
from __future__ import annotations

import pytest

from actors.context import ranking
from actors.shared.seal import seal
from ctx_helpers import DAY, record

FIRST = ("commit", "Host the site on Netlify with deploy previews per PR\n\n A netlify.toml\n M nuxt.config.ts")
MOVED = ("note", "Site now lives on Cloudflare Pages (nitro preset cloudflare-pages); the Netlify project is deleted.")
# older notes that share the question's words ("site", "hosted") more than the change does
WORDY = [("note", f"Site page {i}: the hosted seed list for swap group {i}, where the site shows who hosted it.")
         for i in range(12)]
FILLER = [("note", f"Seed packet {i}: {i + 2} grams, sown in tray {i % 7}.") for i in range(30)]


def _preserve(engine, key, clock, items):
    ids = []
    for i, (kind, content) in enumerate(items):
        r = record(content, kind=kind, source="git" if kind == "commit" else "editor", project="petalpost",
                   created=clock.t - (40 - i) * DAY)
        ids.append(engine.preserve(r, seal(key, r)).id)
    engine.process_pending(force=True)
    return ids


def test_changes_up_is_a_stable_weighting():
    fused = [("a", 1.0), ("b", 0.6), ("c", 0.55), ("d", 0.5)]
    assert ranking.changes_up(fused, {"c"}.__contains__, 1.0) == [("c", 1.1), ("a", 1.0), ("b", 0.6), ("d", 0.5)]
    assert ranking.changes_up(fused, lambda rid: False, 1.0) == fused
    assert ranking.subject_threshold(["a", "b"], {"a": 0.6, "b": 0.3}, band=0.2, floor=0.6) == pytest.approx(0.4)
    assert ranking.subject_threshold(["a"], {"a": 0.2}, band=0.2, floor=0.6) == pytest.approx(0.12)


@pytest.mark.parametrize("boost", [1.0, 0.0])
def test_a_question_about_now_is_answered_by_the_change(open_engine, key, clock, embedder, boost):
    engine = open_engine({"query": {"change_boost": boost}}, embedder=embedder)
    first, *wordy, moved = _preserve(engine, key, clock, [FIRST, *WORDY, MOVED, *FILLER])[:2 + len(WORDY)]
    question = "Where is the site hosted these days?"
    assert ranking.asks_current(question)
    hits = [h.id for h in engine.query(question, k=5, project="petalpost")]
    # the older notes share "site" and "hosted"; the statement that the hosting changed answers
    assert (hits[0] == moved) is (boost > 0) and (moved in hits) is (boost > 0)
    assert engine.why(moved, question, k=5).now == 1.0 + boost
    assert engine.why(wordy[0], question, k=5).now == 1.0          # no change stated
    # a question that is not about now gives no such factor
    assert engine.why(moved, "How did we set up hosting for the site?", k=5).now == 1.0
