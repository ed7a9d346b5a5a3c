"""The adapters as supervised children (`enclave up` with them in the list, or a Procfile line)."""
import subprocess
import sys

import anyio
import openai
from mcp import Client

from adapterutil import auth, free_port, mcp_http, token, wait_for
from meshutil import ROOT, Adapter, Mesh
from protocol import ProtocolError


def test_adapters_run_under_the_supervisor(tmp_path):
    gw, mcp_port = free_port(), free_port()
    config = {"adapters": {"openai": {"port": gw}, "mcp": {"http_port": mcp_port}}}
    with Mesh(tmp_path / "home", only=["bus", "privacy", "context", "router", "openai", "mcp"],
              config=config) as m:
        states = {p["name"]: p["state"] for p in m.processes()}
        assert states["openai"] == "running" and states["mcp"] == "running"
        assert m.request("sys.status", {}, target="adapter.openai")["details"]["url"].endswith(f":{gw}/v1")
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{gw}/v1", api_key=token(m), max_retries=0)
        assert "enclave" in {x.id for x in client.models.list()}

        async def tools():
            async with Client(mcp_http(f"http://127.0.0.1:{mcp_port}/mcp", auth(m))) as c:
                return {t.name for t in (await c.list_tools()).tools}
        assert "context_query" in anyio.run(tools)
        assert wait_for(lambda: tools_named(m, {"openai", "mcp"}))
        status = subprocess.run([sys.executable, "-m", "actors.cli", "status"], env=m.env, capture_output=True,
                                text=True, timeout=60)
        doors = {line.split()[0]: line.split()[1] for line in status.stdout.split("DOOR", 1)[1].splitlines()[1:]
                 if line.strip()}
        assert doors == {"openai": "token", "mcp": "token"} and "WARNING" not in status.stderr


def test_a_door_without_a_credential_is_the_owners_choice_and_status_warns(tmp_path):
    gw = free_port()
    config = {"adapters": {"openai": {"port": gw}, "http": {"auth": "none"}}}
    with Mesh(tmp_path / "home", only=["bus", "router", "openai"], config=config) as m:
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{gw}/v1", api_key="anything", max_retries=0)
        assert "enclave" in {x.id for x in client.models.list()}
        status = subprocess.run([sys.executable, "-m", "actors.cli", "status"], env=m.env, capture_output=True,
                                text=True, timeout=60)
        assert "WARNING: the openai door asks no credential" in status.stderr


def tools_named(m: Mesh, wanted: set[str]) -> bool:
    """Whether the router lists every tool in ``wanted`` (not while it is not there yet)."""
    try:
        return wanted <= {t["name"] for t in m.request("tool.list", {}, target="router")["tools"]}
    except ProtocolError:
        return False


def test_doors_started_before_the_router_show_up_once_it_comes(tmp_path):
    """Nobody calls the doors: they register by themselves when the router answers."""
    gw, mcp_port = free_port(), free_port()
    with Mesh(tmp_path / "home", only=["bus", "privacy", "context"]) as m:
        doors = [Adapter(m, "openai", "--port", str(gw), ready_url=f"http://127.0.0.1:{gw}/v1/models"),
                 Adapter(m, "mcp", "--http", str(mcp_port), ready_url=f"http://127.0.0.1:{mcp_port}/mcp")]
        router = subprocess.Popen([sys.executable, "-m", "actors.cli", "run", "router"], env=m.env, cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert wait_for(lambda: tools_named(m, {"openai", "mcp"}))
        finally:
            router.terminate()
            router.wait(15)
            for door in doors:
                door.stop()
