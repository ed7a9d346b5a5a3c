import pytest

from actors.context import NotFound
from actors.context.synthesis import synthesized_id

from ctx_helpers import record


def _preserve(engine, key_seal, content, **kw):
    r, s = key_seal(content, **kw)
    return engine.preserve(r, s)


def test_session_contexts_merge_into_a_linked_synthesized_context(open_engine, sealed, clock):
    e = open_engine()
    a = _preserve(e, sealed, "We chose postgres for the billing ledger.", session="s1")
    clock.advance(60)
    b = _preserve(e, sealed, "The billing ledger migration adds an index on invoice_id.",
                  session="s1", kind="chat")
    _preserve(e, sealed, "unrelated session note", session="s2")
    assert e.process_pending(force=True)["synthesized"] == 1
    syn = e.query("", tier="synthesized")
    assert len(syn) == 1
    ctx = e.get(syn[0].id)
    assert ctx.tier == "synthesized" and ctx.links == (a.id, b.id)
    assert ctx.metadata["method"] == "extractive" and ctx.metadata["source_tools"] == ["editor"]
    assert "billing ledger" in ctx.content and ctx.session == "s1" and ctx.project == "app"
    # sources are untouched
    assert e.get(a.id).content == "We chose postgres for the billing ledger."


def test_synthesis_refreshes_as_contexts_arrive(open_engine, sealed, clock):
    e = open_engine()
    ids = [_preserve(e, sealed, f"step {i} of the parser rewrite", session="s1").id
           for i in range(2)]
    e.process_pending(force=True)
    sid = e.query("", tier="synthesized")[0].id
    ids.append(_preserve(e, sealed, "step 2: tokenizer now streams", session="s1").id)
    e.process_pending(force=True)
    assert list(e.get(sid).links) == ids
    assert "tokenizer now streams" in e.get(sid).content
    assert len(e.query("", tier="synthesized")) == 1  # replaced, not duplicated


def test_groups_by_file_and_topic(open_engine, sealed):
    e = open_engine()
    for i in range(2):
        _preserve(e, sealed, f"edit {i} to the auth module", kind="edit",
                  metadata={"path": "src/auth.py"})
        _preserve(e, sealed, f"discussion {i} of the release", kind="chat",
                  metadata={"branch": "release-2.1"})
    e.process_pending(force=True)
    groups = {e.get(h.id).metadata["group"].split("\x1f")[0] for h in
              e.query("", tier="synthesized")}
    assert groups == {"file", "topic"}


def test_model_summary_is_used_when_clean_else_extractive(open_engine, sealed):
    calls = []

    def summarize(texts):
        calls.append(texts)
        return "MODEL SUMMARY password=hunter22" if len(calls) == 1 else "A clean model summary."

    e = open_engine(summarize=summarize, is_clean=lambda t: "password" not in t)
    for i in range(2):
        _preserve(e, sealed, f"note {i} about caching", session="s1")
    e.process_pending(force=True)
    sid = e.query("", tier="synthesized")[0].id
    first = e.get(sid)
    assert first.metadata["method"] == "extractive" and "MODEL" not in first.content
    _preserve(e, sealed, "note 2 about caching", session="s1")
    e.process_pending(force=True)
    second = e.get(sid)
    assert second.metadata["method"] == "model" and "A clean model summary." in second.content
    assert calls[-1] == ["note 0 about caching", "note 1 about caching", "note 2 about caching"]


def test_a_failing_model_falls_back_to_extractive(open_engine, sealed):
    def broken(texts):
        raise RuntimeError("model crashed")
    e = open_engine(summarize=broken)
    for i in range(2):
        _preserve(e, sealed, f"note {i} about caching", session="s1")
    e.process_pending(force=True)
    assert e.get(e.query("", tier="synthesized")[0].id).metadata["method"] == "extractive"


def test_deleting_a_source_rewrites_or_removes_the_synthesis(open_engine, sealed, data_dir):
    e = open_engine()
    a = _preserve(e, sealed, "the quokkamarine detail lives here", session="s1")
    b = _preserve(e, sealed, "second note in the session", session="s1")
    c = _preserve(e, sealed, "third note in the session", session="s1")
    e.process_pending(force=True)
    key = "\x1f".join(("session", "app", "s1"))
    sid = synthesized_id(key)
    assert "quokkamarine" in e.get(sid).content
    assert e.delete(a.id)["resynthesized"] == 1
    assert e.get(sid).links == (b.id, c.id) and "quokkamarine" not in e.get(sid).content
    e.process_pending(force=True)
    files = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert b"quokkamarine" not in files
    e.delete(b.id)  # fewer than min_sources remain: the synthesized context goes
    with pytest.raises(NotFound):
        e.get(sid)


def test_synthesis_survives_a_restart(open_engine, sealed, data_dir, key, clock):
    e = open_engine()
    ids = [_preserve(e, sealed, f"note {i}", session="s9").id for i in range(3)]
    e.process_pending(force=True)
    e.close()
    e2 = open_engine()
    done = e2.process_pending(force=True)
    assert done.get("synthesized", 0) == 0  # nothing was stale
    d = _preserve(e2, sealed, "note 3", session="s9")
    e2.process_pending(force=True)
    sid = e2.query("", tier="synthesized")[0].id
    assert list(e2.get(sid).links) == ids + [d.id]


def test_synthesized_contexts_respect_access_to_every_source_tool(open_engine, key):
    from actors.shared.seal import seal
    e = open_engine()
    for src in ("editor", "shell"):
        r = record(f"work from {src}", source=src, session="mix")
        e.preserve(r, seal(key, r))
    e.process_pending(force=True)
    assert e.query("", tier="synthesized", access={"mode": "limited", "sources": ["editor"]}) == []
    assert len(e.query("", tier="synthesized",
                       access={"mode": "limited", "sources": ["editor", "shell"]})) == 1


def test_a_changed_statement_is_summarized_as_it_stands_now(open_engine, sealed, clock):
    """Two versions of one statement in a group: the summary keeps the later one; both sources stay."""
    e = open_engine()
    old = _preserve(e, sealed, "Background sync runs every 15 minutes on any network.", session="s1")
    clock.advance(60)
    _preserve(e, sealed, "The sync screen shows the last sync time.", session="s1")
    clock.advance(60)
    _preserve(e, sealed, "Background sync runs every 30 minutes on any network.", session="s1")
    e.process_pending(force=True)
    summary = e.get(e.query("", tier="synthesized")[0].id).content
    assert "every 30 minutes" in summary and "every 15 minutes" not in summary
    assert e.get(old.id).content.endswith("every 15 minutes on any network.")
