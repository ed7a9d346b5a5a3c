"""A question that asks why ("why did…", "how come…", "what made…") is answered by the statement that
explains the fault — a diagnosis, a fix and its reason — not by the complaint that shares its words."""
from __future__ import annotations

import pytest

from actors.context import ranking
from actors.shared.seal import seal
from ctx_helpers import DAY, record


@pytest.mark.parametrize("question, why", [
    ("Why did the printed rota show the wrong tower on Sundays?", True),
    ("how come the badge counter doubled after a refresh?", True),
    ("Remind me, why was the import so slow on Mondays?", True),
    ("What made the sync job hang overnight?", True),
    ("what went wrong with the nightly export?", True),
    ("So what caused the login loop?", True),
    ("which font does the printed rota use now?", False),
    ("what did we try first for the rota export?", False),
    ("how do I run the browser tests?", False),
    ("where is the why.py module?", False),
])
def test_a_question_that_asks_for_a_cause(question, why):
    assert ranking.asks_why(question) is why


@pytest.mark.parametrize("text, explains", [
    ("Fix tower lookup in the print view\n\nThe join used the home tower id instead of the service's.", True),
    ("The worker was OOM-killed while listing the bucket; it now pages through it.", True),
    ("Cache the lockfile's dependencies: the CI job went from 9 min to 2m40.", True),
    ("Uploads timed out behind the proxy because the body limit was 1 MB.", True),
    ("Dates were stored as local time, so durations across the clock change came out negative.", True),
    ("ValueError from the parser on an empty header row; skip blank rows.", True),
    ("Volunteers want a bigger font on the printed rota.", False),
    ("Sunday service at the east tower starts at 9:30.", False),
    ("Team lunch on Friday, bring a dish.", False),
])
def test_a_statement_that_explains_a_fault(text, explains):
    assert ranking.explains(text) is explains


@pytest.mark.parametrize("text, cause", [
    # a diagnosis in the words of its fault: what the part never did, lacked, got wrong
    ("Lane capacity counter never went down on cancellations: the decrement lived in the refund path only.", 1),
    ("Due-date job ran on the server in UTC at 23:30, so 'due tomorrow' was computed against the wrong date.", 1),
    ("Info.plist lacked the background mode, and Android had no foreground-service notification.", 1),
    ("The unknown header fell back to the default Good.", 1),
    # a wish, a request or a plan that shares a why-question's words
    ("The club wants the last column of lights in maroon when a wicket falls.", -1),
    ("Cellar tablet: the dashboard page should show blank rows for empty tanks.", -1),
    ("Drivers asked for yesterday's pickups to stay visible until the morning.", -1),
    ("Idea: a small public API for the cleaned readings.", -1),
    # neither, or both: left as it is
    ("Sunday service at the east tower starts at 9:30.", 0),
    ("Two wardens on one street should split by house number; editing one list from two phones causes double "
     "counting.", 0),
])
def test_what_a_statement_is_to_a_why_question(text, cause):
    assert ranking.cause_of(text) == cause


def test_causes_up_is_a_stable_weighting():
    fused = [("complaint", 1.0), ("wish", 0.9), ("fix", 0.7), ("other", 0.69), ("tie", 0.5), ("tie2", 0.5)]
    cause = {"fix": 1, "tie2": 1, "wish": -1}
    up = ranking.causes_up(fused, lambda rid: cause.get(rid, 0), 0.6)
    assert up == [("fix", pytest.approx(1.12)), ("complaint", 1.0), ("tie2", pytest.approx(0.8)), ("other", 0.69),
                  ("tie", 0.5), ("wish", pytest.approx(0.9 / 1.6 ** 3))]     # (a request: the cube's inverse)
    assert ranking.causes_up(fused, lambda rid: 0, 0.6) == fused


COMPLAINT = ("note", "Volunteers want the printed rota for Sundays in a bigger font, with each tower on its "
                     "own page.")
FIX = ("commit", "Join services on their own tower id in the print view\n\nThe query joined on the ringer's home "
                 "tower instead of the service's, so people were listed at the wrong church.\n\n M src/print.clj")
FILLER = [("note", f"Practice night {i}: rang plain hunt on {i + 4} bells, tea after.") for i in range(30)]


def _preserve(engine, key, clock, items):
    ids = []
    for i, (kind, content) in enumerate(items):
        r = record(content, kind=kind, source="git" if kind == "commit" else "editor",
                   created=clock.t - (40 - i) * DAY)
        ids.append(engine.preserve(r, seal(key, r)).id)
    engine.process_pending(force=True)
    return ids


@pytest.mark.parametrize("hybrid", [True, False])
@pytest.mark.parametrize("boost", [0.6, 0.0])
def test_why_is_answered_by_the_fix_not_the_complaint(open_engine, key, clock, embedder, hybrid, boost):
    engine = open_engine({"query": {"cause_boost": boost}}, embedder=embedder if hybrid else None)
    complaint, fix = _preserve(engine, key, clock, [COMPLAINT, FIX, *FILLER])[:2]
    question = "Why did the printed rota put people under the wrong tower on Sundays?"
    hits = [h.id for h in engine.query(question, k=5)]
    whys = {rid: engine.why(rid, question, k=5) for rid in (complaint, fix)}
    assert whys[complaint].cause == pytest.approx(1.0 / (1.0 + boost) ** 3)    # it asks for something
    assert whys[fix].cause == pytest.approx(1.0 + boost)
    # the complaint shares more of the question's words; the fix explains it in others: it ranks
    # first only when the question's asking why counts (in the hybrid ranking: before the time step,
    # which then puts the context closest to the question first, whatever it says)
    if hybrid:
        w = whys[fix]
        assert round((w.lexical.contribution + w.dense.contribution) * w.cause, 6) == w.score
        assert (w.time.fused_rank < whys[complaint].time.fused_rank) is bool(boost)
    else:
        assert (hits.index(fix) < hits.index(complaint)) is bool(boost)
    # a question that does not ask why is ranked as before, whatever the boost
    plain = [h.id for h in engine.query("the printed rota and the wrong tower on Sundays", k=5)]
    assert plain.index(complaint) < plain.index(fix)
