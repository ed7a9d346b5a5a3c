"""The CLI as a user meets it: one-line errors, JSON output, status fields."""
import json
import subprocess
import sys

from meshutil import mesh_env

PROCESS_FIELDS = {"name", "pid", "uptime_s", "restarts", "state", "cpu_percent", "rss_bytes"}


def cli(home, *args, env=None):
    return subprocess.run([sys.executable, "-m", "actors.cli", *args], env=env or mesh_env(home),
                          capture_output=True, text=True, timeout=60)


def test_every_mesh_command_says_when_the_mesh_is_not_running(home):
    for args in (["ping"], ["status"], ["status", "--json"], ["send", "sys.ping", "--target", "bus"]):
        out = cli(home, *args)
        assert out.returncode == 3, args
        assert out.stderr.count("\n") == 1 and "not running" in out.stderr and "enclave up" in out.stderr
        assert "Traceback" not in out.stderr


def test_user_errors_are_one_line(home):
    out = cli(home, "send", "sys.ping", "--body", "{not json")
    assert out.returncode == 2 and "Traceback" not in out.stderr and "not valid JSON" in out.stderr
    out = cli(home, "run", "nonsense")
    assert out.returncode == 2 and "unknown process" in out.stderr


def test_a_data_directory_that_cannot_be_made_is_one_line(home, tmp_path):
    """Another user's home, or a file where the directory should be: a clear error, not a traceback."""
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    for args in (["ping"], ["privacy", "scan", str(blocker)]):
        out = cli(home, *args, env=mesh_env(blocker / "enclave"))
        assert out.returncode == 2, (args, out.stderr)
        assert out.stderr.count("\n") == 1 and "data directory" in out.stderr and "ENCLAVE_HOME" in out.stderr
        assert "Traceback" not in out.stderr


def test_status_send_and_ping_against_a_mesh(mesh_factory, home):
    mesh_factory()
    st = json.loads(cli(home, "status", "--json").stdout)
    names = {p["name"] for p in st["processes"]}
    assert {"bus", "router", "privacy", "context", "llm", "supervisor.main"} <= names
    for p in st["processes"]:
        assert set(p) >= PROCESS_FIELDS
    for s in st["services"]:
        assert {"name", "workers", "queued"} <= set(s)
    assert cli(home, "ping").returncode == 0
    assert cli(home, "ping", "context").returncode == 0
    out = cli(home, "send", "sys.echo", "--target", "context", "--body", '{"data": 7, "repeat": 2}', "--stream")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(x["final"], x["body"]) for x in lines] == [(False, {"data": 7, "index": 0}),
                                                        (False, {"data": 7, "index": 1}),
                                                        (True, {"data": 7, "index": None})]
    out = cli(home, "send", "sys.echo", "--target", "context", "--body", '{"delay_ms": "soon"}')
    err = json.loads(out.stdout)
    assert out.returncode == 1 and err["body"]["code"] == "invalid" and err["body"]["field"] == "body.delay_ms"


def test_keys_commands(home):
    assert cli(home, "keys", "new", "editor").returncode == 0
    listed = json.loads(cli(home, "keys", "list", "--json").stdout)["clients"]
    assert [c["name"] for c in listed] == ["editor"] and len(listed[0]["public_key"]) == 40
    assert cli(home, "keys", "new", "editor").returncode == 2
    assert cli(home, "keys", "new", "../evil").returncode == 2
    assert cli(home, "keys", "revoke", "editor").returncode == 0
