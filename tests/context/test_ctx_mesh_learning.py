"""Through a real mesh: workflow patterns from a shell session, integration patterns from tools
messaging each other through the router, synthesized contexts that link to their sources, metrics."""
from __future__ import annotations

from bus.tool import ToolPeer
from ctx_mesh import CONTEXT_ONLY, EAGER, WITH_PRIVACY, cli_json, preserve, preserve_via_privacy, wait_until

LOOP = ["vim src/cart.py", "pytest -q tests/test_cart.py", "git commit -am 'cart: fix rounding'"]
NOISE = ["ls -la", "git status", "cd src", "git diff"]


def _patterns(mesh, kind: str) -> list[dict]:
    return mesh.request("pattern.list", {"kind": kind})["patterns"]


def test_a_shell_loop_of_edit_pytest_commit_becomes_a_workflow_pattern(mesh_factory):
    mesh = mesh_factory(only=WITH_PRIVACY, config=EAGER)
    c = mesh.client()
    for i in range(5):
        for line in LOOP + NOISE[i % len(NOISE):][:1]:
            preserve_via_privacy(c, {"source": "shell", "project": "shop", "kind": "command",
                                     "content": line, "session": "term-1"})

    def found():
        return [p for p in _patterns(mesh, "workflow") if p["items"] == ["edit", "pytest", "git commit"]]
    pattern = wait_until(found)[0]
    assert pattern["support"] >= 4 and pattern["confidence"] >= 0.6
    assert pattern["projects"] == ["shop"] and len(pattern["evidence"]) >= 3
    assert not any(set(p["items"]) & {"ls", "cd", "git status"} for p in _patterns(mesh, "workflow"))

    fb = mesh.request("pattern.feedback", {"id": pattern["id"], "accepted": True})
    assert fb == {"id": pattern["id"], "success_rate": 1.0}
    mesh.request("pattern.feedback", {"id": pattern["id"], "accepted": False})
    eff = mesh.request("metrics.get", {})["effectiveness"][pattern["id"]]
    assert (eff["accepted"], eff["rejected"], eff["success_rate"]) == (1, 1, 0.5)
    shown = mesh.cli("patterns", "--kind", "workflow")
    assert shown.returncode == 0 and "edit → pytest → git commit" in shown.stdout


def test_tool_messages_through_the_router_become_integration_patterns(mesh_factory):
    """Tools message each other through the router, which preserves who sent what kind to whom
    (never the data) as ``message`` contexts; the context actor mines them."""
    mesh = mesh_factory(only=WITH_PRIVACY + ["router"],
                        config={**EAGER, "router": {"record_messages_per_s": 1000}})
    alpha, beta = ToolPeer("alpha", endpoint=mesh.endpoints.tools), ToolPeer("beta", endpoint=mesh.endpoints.tools)
    try:
        alpha.register()
        beta.register()
        for s in range(5):
            alpha.send("beta", {"cmd": f"run {s}"}, topic="tool.command")
            beta.send("alpha", {"ok": s}, topic="tool.result")
        want = ["alpha->beta:tool.command", "beta->alpha:tool.result"]
        got = wait_until(lambda: [p for p in _patterns(mesh, "integration") if p["items"][:2] == want])
        assert got[0]["support"] >= 3
        recorded = mesh.request("context.query", {"text": "alpha beta", "kind": "message", "k": 20})["results"]
        assert recorded and all("run" not in h["snippet"] for h in recorded)     # metadata, not data
    finally:
        alpha.close()
        beta.close()


def test_synthesized_contexts_link_to_their_sources_and_follow_deletes(mesh_factory, home):
    mesh = mesh_factory(only=CONTEXT_ONLY, config=EAGER)
    c = mesh.client()
    texts = ["Checkout fails when the coupon code has lowercase letters.",
             "Normalized coupon codes to upper case before the lookup.",
             "Added a regression test for lowercase coupon codes at checkout.",
             "Coupon lookup now also trims whitespace around the code."]
    ids = [preserve(c, home, {"source": "editor", "project": "shop", "kind": "chat", "content": t,
                              "session": "coupon-bug"}) for t in texts]
    preserve(c, home, {"source": "editor", "project": "shop", "kind": "chat", "content": "unrelated",
                       "session": "other"})

    def synthesized(n):
        hits = c.request("context.query", {"text": "coupon codes checkout", "tier": "synthesized"})["results"]
        for h in hits:
            ctx = c.request("context.get", {"id": h["id"]})["context"]
            if len(ctx["links"]) == n:
                return ctx
        return None
    syn = wait_until(lambda: synthesized(4))
    assert syn["tier"] == "synthesized" and set(syn["links"]) == set(ids)
    assert syn["session"] == "coupon-bug" and syn["project"] == "shop"
    for rid in syn["links"]:   # non-destructive: every source is still there, active
        assert c.request("context.get", {"id": rid})["context"]["tier"] == "active"

    gone = c.request("context.delete", {"id": ids[0]})
    assert gone["deleted"] and gone["resynthesized"] >= 1
    after = c.request("context.get", {"id": syn["id"]})["context"]
    assert set(after["links"]) == set(ids[1:]) and "lowercase letters" not in after["content"]


def test_metrics_show_operations_and_the_supervisors_resource_samples(mesh_factory, home):
    mesh = mesh_factory(only=CONTEXT_ONLY)
    c = mesh.client()
    preserve(c, home, {"source": "editor", "kind": "note", "content": "one"})
    c.request("context.query", {"text": "one"})
    c.request("metrics.resources", {"samples": [{"name": "llm", "pid": 4242, "cpu_percent": 12.5,
                                                 "rss_bytes": 123 << 20, "t": 1_795_000_000.0}]})
    m = cli_json(mesh, "metrics")
    assert m["usage"]["preserve"]["count"] >= 1 and m["usage"]["query"]["count"] >= 1
    assert m["resources"]["llm"]["rss_max_bytes"] == 123 << 20
    assert m["store"]["contexts"]["active"] == 1


def test_cli_archive_reindex_delete(mesh_factory, home):
    mesh = mesh_factory(only=CONTEXT_ONLY)
    c = mesh.client()
    rid = preserve(c, home, {"source": "editor", "kind": "note", "content": "retire the legacy queue"})
    other = preserve(c, home, {"source": "editor", "kind": "note", "content": "keep the new queue"})
    assert cli_json(mesh, "context", "archive", rid)["archived"] == [rid]
    assert cli_json(mesh, "context", "get", rid)["tier"] == "archived"
    hits = cli_json(mesh, "context", "query", "legacy queue", "--tier", "archived")["results"]
    assert [h["id"] for h in hits] == [rid]
    r = mesh.cli("context", "reindex")
    assert r.returncode == 0 and r.stdout.startswith("reindexed 2 context")
    r = mesh.cli("context", "delete", rid)
    assert r.returncode == 0 and rid in r.stdout
    gone = mesh.cli("context", "get", rid)
    assert gone.returncode == 1 and "not_found" in gone.stderr and len(gone.stderr.splitlines()) == 1
    assert [h["id"] for h in cli_json(mesh, "context", "query", "queue")["results"]] == [other]
