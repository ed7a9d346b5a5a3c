"""A question filtered to a project may name it ("how do I cut a new ringlog release?"): every context
there belongs to it, so its name ranks nothing, and only pulls the commands that spell it out above
the note that answers in other words. The name is dropped from the question before it is ranked."""
from __future__ import annotations

import pytest

from actors.context.text import without_names
from actors.shared.seal import seal
from ctx_helpers import DAY, record


@pytest.mark.parametrize("text, names, out", [
    ("How do I cut a new ringlog release?", {"ringlog"}, "How do I cut a new   release?"),
    ("What are Petalpost's lint settings?", {"petalpost"}, "What are   lint settings?"),
    ("what does ringlog-cli print?", {"ringlog"}, "what does ringlog-cli print?"),   # another name
    ("ringlog", {"ringlog"}, "ringlog"),                                              # nothing else to ask
    ("how are versions numbered?", None, "how are versions numbered?"),
])
def test_the_filtered_projects_name_is_dropped_from_the_question(text, names, out):
    assert without_names(text, frozenset(names) if names else None) == out


ANSWER = "Release steps: tag it, build the tarball, publish to the package index, then open the opam PR."
COMMANDS = [f"dune exec ringlog -- export --format csv data/spring-{i}.ring > out/spring-{i}.csv" for i in range(12)]
OTHER = [f"quayline note {i}: berth search returns {i} results for the pontoon view" for i in range(40)]


@pytest.mark.parametrize("hybrid", [True, False])
def test_a_question_naming_its_project_finds_the_answer_that_does_not(open_engine, key, clock, embedder, hybrid):
    engine = open_engine(embedder=embedder if hybrid else None)
    items = [("ringlog", "note", ANSWER)] + [("ringlog", "command", c) for c in COMMANDS] + \
            [("quayline", "note", o) for o in OTHER]
    ids = []
    for i, (project, kind, content) in enumerate(items):
        r = record(content, project=project, kind=kind, created=clock.t - (60 - i * 0.5) * DAY)
        ids.append(engine.preserve(r, seal(key, r)).id)
    engine.process_pending(force=True)
    question = "How do I publish a new ringlog release?"
    hits = [h.id for h in engine.query(question, k=5, project="ringlog")]
    assert hits[0] == ids[0]
