def test_mesh_comes_up_and_answers(mesh_factory):
    mesh = mesh_factory()
    names = {p["name"] for p in mesh.processes()}
    assert {"bus", "router", "privacy", "context", "llm", "supervisor.main"} <= names
    for service in ("router", "privacy", "context", "llm"):
        assert mesh.request("sys.ping", {}, target=service)["service"] == service
