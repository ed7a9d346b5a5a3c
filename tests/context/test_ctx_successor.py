"""A question about what came before a name ("what was the backend originally, before PocketBase?")
names what replaced its answer: the answer was stated before that name first appears, so contexts
from then on count for less — however many of them share the question's words. A question about the
first attempt that names nothing is answered the same way from a statement that the subject changed
("Swapped the HTTP server: Jetty out, http-kit in")."""
from __future__ import annotations

import pytest

from actors.context import ranking
from actors.context.index import Filter
from actors.context.text import query_terms
from actors.shared.seal import seal
from ctx_helpers import DAY, record


@pytest.mark.parametrize("question, name", [
    ("What was the backend originally, before PocketBase?", "PocketBase"),
    ("what did we keep notes in on the device before sqlite?", "sqlite"),
    ("Before openFPGALoader, what flashed the board?", "openFPGALoader"),
    ("What was the lido site built on before we moved to Fresh?", "Fresh"),
    ("what ran it before the migration to k8s", "k8s"),
    ("what did we do before we had tests?", None),
    ("which tests ran before the release?", None),
    ("what did we try first for the backend?", None),
    ("How long does the scoreboard wait before blanking itself now?", None),      # a verb, and not the first attempt
    ("how long does the API wait for request headers before giving up?", None),
])
def test_the_name_a_question_says_came_next(question, name):
    assert ranking.named_successor(question) == name


def test_before_first_is_a_stable_weighting():
    created = {"new": 5.0, "old": 1.0, "older": 0.0, "newer": 9.0}.__getitem__
    fused = [("new", 1.0), ("old", 0.5), ("newer", 0.45), ("older", 0.3)]
    assert ranking.before_first(fused, created, 5.0, 0.25) == [("old", 0.5), ("older", 0.3), ("new", 0.25),
                                                               ("newer", pytest.approx(0.1125))]
    assert ranking.before_first(fused, created, 99.0, 0.25) == fused


FIRST = ("note", "Backend for the first trial: a Google Sheet behind an Apps Script web app.")
LATER = [("note", "Backend: PocketBase on the pockethost.io free tier."),
         ("note", "Backups: PocketBase keeps 7 nightly backups of the backend data."),
         ("note", "Local backend: PocketBase on 127.0.0.1:8090 for the phone app."),
         ("command", "./pocketbase serve --http 127.0.0.1:8090")]
FILLER = [("note", f"Route {i}: the minibus picks up at stop {i + 3} after the school run.") for i in range(30)]


def _preserve(engine, key, clock, items, project="hopline"):
    ids = []
    for i, (kind, content) in enumerate(items):
        r = record(content, kind=kind, source="shell" if kind == "command" else "editor", project=project,
                   created=clock.t - (40 - i) * DAY)
        ids.append(engine.preserve(r, seal(key, r)).id)
    engine.process_pending(force=True)
    return ids


def test_first_mention_is_the_earliest_context_holding_every_term(open_engine, key, clock):
    engine = open_engine()
    _preserve(engine, key, clock, [FIRST, *LATER], project="hopline")
    _preserve(engine, key, clock, [("note", "PocketBase tried once for the quiz app.")], project="other")
    index = engine.store.index
    seen = Filter(project=frozenset({"hopline"}))
    name, backups = query_terms("pocketbase"), query_terms("pocketbase backups")
    first = index.first_mention(name, seen)
    assert first == clock.t - 39 * DAY                                  # LATER[0], not the other project's
    assert index.first_mention(name, Filter()) == clock.t - 40 * DAY
    assert index.first_mention(backups, seen) == clock.t - 38 * DAY
    assert index.first_mention(["nowhere"], seen) is None
    assert index.first_mention([], seen) is None


@pytest.mark.parametrize("hybrid", [True, False])
@pytest.mark.parametrize("weight", [0.25, 1.0])
def test_before_a_name_is_answered_by_what_came_before_it(open_engine, key, clock, embedder, hybrid, weight):
    engine = open_engine({"query": {"successor_weight": weight}}, embedder=embedder if hybrid else None)
    first, *later = _preserve(engine, key, clock, [FIRST, *LATER, *FILLER])[:1 + len(LATER)]
    question = "What was the backend originally, before PocketBase?"
    hits = [h.id for h in engine.query(question, k=5, project="hopline")]
    # the later notes share more of the question's words ("PocketBase", "backend"); what came
    # before the name ranks first only when the name's first mention counts
    assert (hits[0] == first) is (weight < 1)
    why_first, why_later = engine.why(first, question, k=5), engine.why(later[0], question, k=5)
    assert why_first.before == 1.0
    assert why_later.before == weight
    # a question that names no successor is ranked as before, whatever the weight
    plain = [h.id for h in engine.query("which backend does the minibus app use, PocketBase?", k=5)]
    assert plain[0] != first



SERVED = ("commit", "Serve the app with ring-jetty-adapter\n\n:join? false in dev so the REPL stays usable.\n\n A src/app/server.clj")
SWAPPED = ("note", "Swapped the HTTP server: Jetty out, http-kit in, for a smaller jar and a faster boot.")
SINCE = [("note", "HTTP server: http-kit on port 3000, Caddy in front of it."),
         ("note", "http-kit server threads raised to 8 on the VPS; the HTTP pool was the bottleneck."),
         ("command", "curl -sI localhost:3000/health")]


@pytest.mark.parametrize("weight", [0.25, 1.0])
def test_a_change_statement_marks_where_the_first_attempt_ended(open_engine, key, clock, embedder, weight):
    engine = open_engine({"query": {"successor_weight": weight}}, embedder=embedder)
    served, swapped, *since = _preserve(engine, key, clock, [SERVED, SWAPPED, *SINCE, *FILLER])[:2 + len(SINCE)]
    question = "Which HTTP server did we begin with?"           # no name of what came next
    assert ranking.named_successor(question) is None
    hits = [h.id for h in engine.query(question, k=5, project="hopline")]
    # what came after the change shares the question's words ("HTTP server"); the statement of the
    # change says when the first attempt ended, so what was said before it ranks first
    assert (hits[0] == served) is (weight < 1)
    assert engine.why(since[0], question, k=5).before == weight
    assert engine.why(served, question, k=5).before == 1.0


def test_the_change_must_be_on_the_question_subject():
    created = {"a": 1.0, "b": 2.0, "c": 3.0, "d": 4.0}.__getitem__
    cosine = {"a": 0.6, "b": 0.2, "c": 0.58, "d": 0.5}
    change = {"b", "c"}.__contains__
    # b says a change but is about something else (its cosine far from the best); c is on the subject
    assert ranking.change_on_subject(["a", "b", "c", "d"], cosine, change, created=created, band=0.05, floor=0.8) == "c"
    # a change with nothing older among the first marks nothing
    assert ranking.change_on_subject(["c", "d"], cosine, change, created=created, band=0.05, floor=0.8) is None
    assert ranking.change_on_subject(["a", "d"], cosine, change, created=created, band=0.05, floor=0.8) is None
