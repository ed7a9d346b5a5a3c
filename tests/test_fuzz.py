"""A fast subset of the fuzz run: invalid messages at every service get only error replies, and
nothing crashes (the million-message run is `enclave bench fuzz`)."""
from benchmarks.fuzz import _mesh_rows, fuzz


def test_invalid_messages_get_only_errors_and_nothing_crashes(mesh_factory):
    mesh = mesh_factory()
    client = mesh.client()
    before = _mesh_rows(client)
    out = fuzz(mesh.endpoints, 3000, seed=11, reply_timeout=10)
    assert out["non_error_replies"] == 0, out
    assert out["errors"] > 0.8 * out["sent"], out     # only headerless garbage goes unanswered
    assert {"invalid", "too_large", "unsupported_version", "not_found", "forbidden"} <= set(out["codes"]), out
    after = _mesh_rows(client)
    assert all(after[k]["restarts"] == before[k]["restarts"] for k in before)
    assert all(after[k]["state"] == "running" for k in after)
    for service in ("router", "privacy", "context", "llm"):
        assert mesh.request("sys.ping", {}, target=service)["service"] == service
