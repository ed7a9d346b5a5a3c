"""``enclave context why`` against a real mesh with the embedder installed: the signals it prints are
those of the ranking ``context.query`` returns; an unknown id is a one-line error; a tool learns
nothing about what its ``context_access`` does not cover."""
from __future__ import annotations


import pytest

from actors.context import embedders
from bus.tool import ToolPeer
from meshutil import Mesh
from protocol import Code, ProtocolError
from ctx_mesh import EAGER, WITH_PRIVACY, cli_json, preserve, wait_until
from benchmarks.common import model_cache

NOTES = [("app", "Nightly reports are produced by a cron entry on the build box at 02:00."),
         ("app", "The login page uses a two column layout with the logo on the left."),
         ("app", "Replaced the cron entry with a systemd timer: reports now run at 03:30 and survive reboots."),
         ("app", "Coffee machine on the third floor is broken again."),
         ("ops", "The ops runbook says the cron reports box is rebooted on Sundays.")]
QUERY = "cron reports"


@pytest.fixture(scope="module")
def mesh(tmp_path_factory):
    cache = model_cache()
    home = tmp_path_factory.mktemp("home")
    installed = home / "models" / embedders.DIR
    installed.mkdir(parents=True)
    (installed / "all-minilm-l6-v2").symlink_to(embedders.pull("all-minilm-l6-v2", cache))   # as `models pull`
    m = Mesh(home, only=WITH_PRIVACY + ["router"], config=EAGER).start()
    try:
        c = m.client()
        ids = [preserve(c, home, {"source": "editor", "project": p, "kind": "note", "content": text})
               for p, text in NOTES]
        # the dense side is derived in the background once the service is quiet (embed_quiet_s): ask
        # seldom, or every question defers it until embed_wait_max_s
        wait_until(lambda: all(m.request("context.why", {"id": rid, "text": QUERY})["dense"]["state"] == "embedded"
                               for rid in ids), timeout=60, step=1.0)
        m.ids = ids
        yield m
    finally:
        m.stop()


def test_why_shows_the_signals_of_the_ranking_the_query_returns(mesh):
    results = mesh.request("context.query", {"text": QUERY, "k": 3})["results"]
    for i, hit in enumerate(results):
        w = cli_json(mesh, "context", "why", hit["id"], "--query", QUERY, "--k", "3")
        assert w["rank"] == i + 1 and w["score"] == hit["score"]
        assert round(w["lexical"]["contribution"] + w["dense"]["contribution"], 6) == hit["score"]
    top = cli_json(mesh, "context", "why", results[0]["id"], "--query", QUERY)
    assert top["lexical"]["rank"] and top["lexical"]["bm25"] > 0 and top["lexical"]["recency"] >= 1.0
    assert top["dense"]["state"] == "embedded" and top["dense"]["rank"] and top["dense"]["cosine"] > 0
    shown = mesh.cli("context", "why", results[0]["id"], "--query", QUERY)
    assert shown.returncode == 0, shown.stderr
    for word in ("SIGNAL", "CONTRIBUTION", "bm25", "recency", "cosine", "fused", "final rank"):
        assert word in shown.stdout
    assert f"{results[0]['id']} for {QUERY!r}: rank 1" in shown.stdout


def test_a_context_the_query_does_not_return_says_where_it_stands(mesh):
    coffee, ops = mesh.ids[3], mesh.ids[4]
    past = mesh.cli("context", "why", coffee, "--query", QUERY, "--k", "1")
    assert past.returncode == 0 and "not returned: candidate" in past.stdout and "no match" in past.stdout
    other = mesh.cli("context", "why", ops, "--query", QUERY, "--project", "app")
    assert other.returncode == 0
    assert ("not among the candidates for this query: filtered out, its project (ops) is not the one "
            "asked for (app)") in other.stdout


def test_an_unknown_id_is_a_clear_error(mesh):
    r = mesh.cli("context", "why", "c0000000000000000000", "--query", QUERY)
    assert r.returncode == 1 and "no context c0000000000000000000" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    missing = mesh.cli("context", "why", mesh.ids[0])
    assert missing.returncode == 2 and "--query" in missing.stderr


def test_a_tool_learns_nothing_beyond_its_access(mesh):
    ops = mesh.ids[4]
    # the context actor applies the scope the router sets for a tool, exactly as for context.get
    limited = {"mode": "limited", "projects": ["app"], "sources": ["editor"]}
    with pytest.raises(ProtocolError) as hidden:
        mesh.request("context.why", {"id": ops, "text": QUERY, "access": limited})
    assert hidden.value.code == Code.NOT_FOUND
    seen = mesh.request("context.why", {"id": mesh.ids[2], "text": QUERY, "access": limited})
    assert seen["rank"] is not None
    with pytest.raises(ProtocolError) as none:
        mesh.request("context.why", {"id": mesh.ids[2], "text": QUERY, "access": {"mode": "none"}})
    assert none.value.code == Code.FORBIDDEN
    # through the router a tool gets its own scope, whatever it asks for: another tool's context is
    # as unknown to it as a made-up id; its own is explained
    with ToolPeer("probe", endpoint=mesh.endpoints.tools) as tool:
        tool.register()
        for rid in (mesh.ids[2], "f" * 32):
            with pytest.raises(ProtocolError) as hidden_by_router:
                tool.request("context.why", {"id": rid, "text": QUERY, "access": {"mode": "full"}})
            assert hidden_by_router.value.code == Code.NOT_FOUND
        own = tool.request("context.preserve", {"record": {"source": "probe", "kind": "note", "project": "app",
                                                           "content": "The cron reports job moved to the probe box."}})
        assert tool.request("context.why", {"id": own["id"], "text": QUERY})["rank"] is not None
