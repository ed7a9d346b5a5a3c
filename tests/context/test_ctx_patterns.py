import json

import pytest

from actors.context import InvalidRecord, NotFound
from actors.context.code_patterns import extract, naming_style
from actors.context.commands import actions
from actors.context.sequences import MinerConfig, mine
from actors.shared.seal import seal


@pytest.mark.parametrize("line, expected", [
    ("pytest -x tests/test_a.py", ["pytest"]),
    ("python -m pytest -k slow", ["pytest"]),
    ("python3 scripts/run.py --fast", ["python"]),
    ("git add -A && git commit -m 'wip: x && y'", ["git add", "git commit"]),
    ("git -C ../repo status", ["git status"]),
    ("vim src/app.py", ["edit"]),
    ("$ sudo -u www docker compose up -d", ["docker compose"]),
    ("FOO=1 BAR=2 make test", ["make test"]),
    ("npm run build; npm test", ["npm run build", "npm test"]),
    ("cat log.txt | grep ERROR", ["cat"]),
    ("echo 'unbalanced", ["echo"]),
    ("./manage.py migrate", ["manage.py migrate"]),
    ("", []),
])
def test_command_lines_become_actions_without_arguments(line, expected):
    assert actions(line) == expected


def _seq(*items):
    return [(a, f"id{i}") for i, a in enumerate(items)]


def test_a_repeated_loop_is_one_pattern_in_the_order_it_starts():
    loop = ["edit", "pytest", "git commit"]
    seq = _seq("git pull", *(loop * 5), "git push")
    found = mine({"s": seq}, MinerConfig(min_support=3, min_confidence=0.6))
    assert [p.items for p in found] == [tuple(loop)]
    assert found[0].support == 5 and found[0].confidence == 1.0


def test_noise_between_steps_and_trivial_actions_are_tolerated():
    seq = _seq("edit", "ls", "pytest", "git commit", "edit", "git diff", "pytest", "cd",
               "git commit", "edit", "pytest", "git status", "git commit")
    cfg = MinerConfig(min_support=3, min_confidence=0.6,
                      trivial=frozenset({"ls", "cd", "git status", "git diff"}))
    assert [p.items for p in mine({"s": seq}, cfg)] == [("edit", "pytest", "git commit")]


def test_random_sequences_yield_no_patterns():
    import random
    rng = random.Random(7)
    vocab = [f"cmd{i}" for i in range(25)]
    seqs = {k: _seq(*(rng.choice(vocab) for _ in range(60))) for k in range(20)}
    assert mine(seqs, MinerConfig(min_support=3, min_confidence=0.6)) == []


def test_support_and_confidence_thresholds_apply():
    # make -> make test four times; make alone twice: support 4, confidence 4/6
    seqs = {"a": _seq("make", "make test", "x", "make", "make test", "y", "make", "z",
                      "make", "make test", "w", "make", "v", "make", "make test", "u")}
    assert [p.items for p in mine(seqs, MinerConfig(min_support=3, min_confidence=0.6))] == [
        ("make", "make test")]
    assert mine(seqs, MinerConfig(min_support=5, min_confidence=0.6)) == []
    assert mine(seqs, MinerConfig(min_support=3, min_confidence=0.7)) == []


def test_privacy_recheck_drops_patterns():
    seq = _seq(*(["deploy", "curl token=abcd"] * 4))
    cfg = MinerConfig(min_support=3, min_confidence=0.6)
    assert mine({"s": seq}, cfg)
    assert mine({"s": seq}, cfg, is_clean=lambda t: "token" not in t) == []
    assert mine({"s": seq}, cfg, is_clean=lambda t: 1 / 0) == []  # fails closed


def _cmd(engine, key, line, session="s1", project="app", kind="command"):
    r = {"source": "shell", "project": project, "kind": kind, "content": line,
         "session": session}
    return engine.preserve(r, seal(key, r))


def test_shell_session_with_edit_pytest_commit_loop_yields_the_workflow(open_engine, key, clock):
    e = open_engine()
    _cmd(e, key, "cd ~/src/app")
    for i in range(4):
        for line in ("nvim app/models.py", "ls", f"pytest tests/test_{i}.py",
                     f"git commit -am 'step {i}'"):
            clock.advance(5)
            _cmd(e, key, line)
    e.process_pending(force=True)
    wf = e.patterns("workflow")
    assert [p["items"] for p in wf] == [["edit", "pytest", "git commit"]]
    p = wf[0]
    assert p["support"] == 4 and p["confidence"] == 1.0 and p["projects"] == ["app"]
    assert all(e.get(i).session == "s1" for i in p["evidence"])
    stored = json.loads((e.store.layout.patterns("workflow") / "patterns.json").read_text())
    assert stored["patterns"][0]["id"] == p["id"]


def test_feedback_updates_success_rate_under_metrics(open_engine, key, clock, data_dir):
    e = open_engine()
    for i in range(3):
        for line in ("make", "make test"):
            clock.advance(1)
            _cmd(e, key, line)
    e.process_pending(force=True)
    pid = e.patterns("workflow")[0]["id"]
    e.feedback(pid, True)
    e.feedback(pid, True)
    assert e.feedback(pid, False)["success_rate"] == pytest.approx(2 / 3, abs=1e-3)
    assert e.patterns("workflow")[0]["success_rate"] == pytest.approx(0.6667, abs=1e-3)
    saved = json.loads((data_dir / "metrics" / "effectiveness" / "patterns.json").read_text())
    assert saved[pid]["accepted"] == 2 and saved[pid]["rejected"] == 1
    with pytest.raises(NotFound):
        e.feedback("wo_nonexistent", True)
    with pytest.raises(InvalidRecord):
        e.feedback(pid, "yes")


PY_FILE = '''import logging
from pathlib import Path

logger = logging.getLogger(__name__)


def load_{n}(path):
    with open(path, "r") as f:
        return f.read()


def save_item_{n}(item):
    logger.info("saving %s", item)
'''


def test_code_patterns_across_files(open_engine, key):
    e = open_engine()
    for n in range(4):
        r = {"source": "editor", "project": "app", "kind": "edit",
             "content": PY_FILE.format(n=n), "metadata": {"path": f"app/mod{n}.py"}}
        e.preserve(r, seal(key, r))
    e.process_pending(force=True)
    code = {tuple(p["items"]) for p in e.patterns("code")}
    assert ("import", "import logging") in code
    assert ("import", "from pathlib import Path") in code
    assert ("idiom", "logger = logging.getLogger(__name__)") in code
    assert ("idiom", "with open(path, STR) as f:") in code
    assert ("convention", "function naming: snake_case") in code
    assert ("convention", "indentation: 4 spaces") in code
    assert not any("load_0" in t for _, t in code)  # one-off lines are not idioms


def test_code_feature_extraction_details():
    diff = "--- a/x.py\n+++ b/x.py\n@@ -1 +1 @@\n-import os\n+import sys\n"
    assert extract(diff, "x.py").imports == {"import sys"}
    js = "import React from 'react'\nconst x = require(\"lodash\")\nfunction doThing() {}\n"
    f = extract(js, "a.js")
    assert f.imports == {"'react'", '"lodash"'}
    assert ("function naming", "camelCase") in f.conventions
    assert naming_style("HTTPServer") == "PascalCase" and naming_style("_x") == "lowercase"


def test_integration_patterns_from_messages(open_engine, sealed, clock):
    """From the ``message`` contexts the router preserves for tool-to-tool traffic (metadata only)."""
    e = open_engine()
    for s in range(4):
        for src, dst, kind in (("editor", "shell", "tool.command"),
                               ("shell", "editor", "tool.result"),
                               ("editor", "git", "tool.notify")):
            clock.advance(1)
            e.preserve(*sealed(f"{src} -> {dst}: {kind}", source=src, kind="message", project=None,
                               session=f"req{s}", metadata={"from": src, "to": dst, "message_kind": kind}))
    e.process_pending(force=True)
    assert [p["items"] for p in e.patterns("integration")] == [
        ["editor->shell:tool.command", "shell->editor:tool.result", "editor->git:tool.notify"]]
    e.close()
    e2 = open_engine()  # message events persist across restarts
    e2.process_pending(force=True)
    assert len(e2.patterns("integration")) == 1


def test_deleting_evidence_removes_it_from_patterns(open_engine, key, clock):
    e = open_engine()
    ids = []
    for i in range(4):
        for line in ("make", "make test"):
            clock.advance(1)
            ids.append(_cmd(e, key, line).id)
    e.process_pending(force=True)
    assert ids[0] in e.patterns("workflow")[0]["evidence"]
    e.delete(ids[0])
    assert ids[0] not in e.patterns("workflow")[0]["evidence"]
    e.process_pending(force=True)
    p = e.patterns("workflow")[0]
    assert ids[0] not in p["evidence"] and p["support"] == 3


def test_patterns_honour_access(open_engine, key, clock):
    e = open_engine()
    for i in range(3):
        for line in ("make", "make test"):
            clock.advance(1)
            _cmd(e, key, line, project="secret-proj")
    e.process_pending(force=True)
    assert e.patterns("workflow", access={"mode": "limited", "projects": ["other"]}) == []
    assert e.patterns("workflow", access={"mode": "limited", "projects": ["secret-proj"]})
    with pytest.raises(InvalidRecord):
        e.patterns("bogus")
