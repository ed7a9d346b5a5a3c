"""Workflow mining over a mixed stream: a developer repeats edit → pytest → git add → git commit
while chats, notes, edits of other files and unrelated commands land between the steps."""
from __future__ import annotations

import random

import pytest

from actors.context.sequences import MinerConfig, mine
from actors.shared.seal import seal

LOOP = [("edit", "shop/cart.py"), ("command", "pytest -q tests/test_cart.py"),
        ("command", "git add -A"), ("command", "git commit -m 'cart: round half up'")]
LOOP_ACTIONS = ["edit", "pytest", "git add", "git commit"]
INTERLUDES = [
    ("chat", "why does 0.1 + 0.2 break the cart total test?"),
    ("chat", "use Decimal for money and quantize at the end"),
    ("note", "ask Dana whether the tax table changed"),
    ("note", "release train leaves on friday"),
    ("edit", "README.md"), ("edit", "shop/tax.py"), ("edit", "docs/rounding.md"),
    ("command", "docker ps"), ("command", "curl -s localhost:8000/health"), ("command", "htop"),
    ("command", "python scripts/seed_db.py"), ("command", "make lint"), ("command", "git push"),
    ("command", "git stash"), ("command", "tail -n 50 app.log"), ("command", "ls -la"),
]
SOURCE = {"edit": "editor", "note": "editor", "chat": "assistant", "command": "shell"}


def _preserve(engine, key, clock, rng, kind: str, content: str, session: str) -> None:
    clock.advance(rng.uniform(3, 90))
    r = {"source": SOURCE[kind], "project": "shop", "kind": kind, "session": session,
         "content": f"# {content}\nTOTAL_PLACES = 2\n" if kind == "edit" else content}
    if kind == "edit":
        r["metadata"] = {"path": content}
    engine.preserve(r, seal(key, r))


def _workflows(engine, key, clock, rng, steps_of, sessions: int = 4, rounds: int = 5) -> list:
    """Each session: ``rounds`` rounds of ``steps_of()``, three to six interludes in each, placed
    anywhere (before, between or after the steps) and differently every round."""
    for s in range(sessions):
        for _ in range(rounds):
            stream = list(steps_of())
            for _ in range(rng.randint(3, 6)):
                stream.insert(rng.randint(0, len(stream)), rng.choice(INTERLUDES))
            for kind, content in stream:
                _preserve(engine, key, clock, rng, kind, content, f"dev-{s}")
    engine.process_pending(force=True)
    return [p["items"] for p in engine.patterns("workflow")]


@pytest.mark.parametrize("seed", range(4))
def test_a_loop_with_other_contexts_interleaved_is_found_whole(open_engine, key, clock, seed):
    found = _workflows(open_engine(), key, clock, random.Random(seed), lambda: LOOP)
    assert LOOP_ACTIONS in found, found
    assert not any(set(p) < set(LOOP_ACTIONS) for p in found), found  # nor fragments besides


@pytest.mark.parametrize("seed", range(4))
def test_the_same_steps_in_a_random_order_each_round_are_no_workflow(open_engine, key, clock, seed):
    rng = random.Random(seed)
    found = _workflows(open_engine(), key, clock, rng, lambda: rng.sample(LOOP, len(LOOP)))
    assert not any(len(p) >= 3 for p in found), found


def test_a_tight_loop_among_confounders_is_judged_where_strays_do_not_blur_it():
    """Tight rounds of a → b → c in some sessions; in others a, two other actions, then b and no
    c. Within a wide gap those a → b count as well and c follows a → b only half the time; the
    loop holds where the steps are adjacent, so it is still found when wider gaps are allowed."""
    rng = random.Random(3)
    noise = [f"cmd{i}" for i in range(30)]
    seqs = {}
    for s in range(12):
        seq = []
        for _ in range(4):
            seq += ["a", "b", "c"] if s < 6 else ["a", *rng.sample(noise, 2), "b"]
            seq += rng.sample(noise, 3)
        seqs[s] = [(x, f"{s}-{i}") for i, x in enumerate(seq)]
    for gap in (1, 3):
        assert ("a", "b", "c") in [p.items for p in mine(seqs, MinerConfig(max_gap=gap))], gap


def test_random_interleavings_yield_no_patterns_at_any_gap():
    rng = random.Random(11)
    vocab = [*LOOP_ACTIONS, *(f"cmd{i}" for i in range(16))]
    seqs = {k: [(rng.choice(vocab), f"{k}-{i}") for i in range(80)] for k in range(12)}
    for gap in (1, 2, 3):
        assert [p.items for p in mine(seqs, MinerConfig(max_gap=gap))] == [], gap
