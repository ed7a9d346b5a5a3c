"""The adapters as supervised children (`enclave up` with them in the list, or a Procfile line)."""
import anyio
import openai
from mcp import Client

from adapterutil import free_port
from meshutil import Mesh


def test_adapters_run_under_the_supervisor(tmp_path):
    gw, mcp_port = free_port(), free_port()
    config = {"adapters": {"openai": {"port": gw}, "mcp": {"http_port": mcp_port}}}
    with Mesh(tmp_path / "home", only=["bus", "privacy", "context", "router", "openai", "mcp"],
              config=config) as m:
        states = {p["name"]: p["state"] for p in m.processes()}
        assert states["openai"] == "running" and states["mcp"] == "running"
        assert m.request("sys.status", {}, target="adapter.openai")["details"]["url"].endswith(f":{gw}/v1")
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{gw}/v1", api_key="x", max_retries=0)
        assert "enclave" in {x.id for x in client.models.list()}

        async def tools():
            async with Client(f"http://127.0.0.1:{mcp_port}/mcp") as c:
                return {t.name for t in (await c.list_tools()).tools}
        assert "context_query" in anyio.run(tools)
        names = {t["name"] for t in m.request("tool.list", {}, target="router")["tools"]}
        assert {"openai", "mcp"} <= names
