"""The MCP server, driven by the official ``mcp`` client over stdio and streamable HTTP."""
import json
import sys
import time
import urllib.error
import urllib.request

import anyio
import pytest
from mcp import Client, StdioServerParameters

from adapterutil import ROOT, SECRET, Adapter, auth, free_port, mcp_http

TOOL_NAMES = {"context_query", "context_get", "context_preserve", "patterns_list", "ask"}


def stdio(mesh) -> StdioServerParameters:
    return StdioServerParameters(command=sys.executable, args=["-m", "actors.cli", "adapter", "mcp"],
                                 env=mesh.env, cwd=str(ROOT))


def text_of(result) -> str:
    return "".join(getattr(c, "text", "") for c in result.content)


async def _session(server, fn):
    async with Client(server) as client:
        return await fn(client)


def run(server, fn):
    return anyio.run(_session, server, fn)


def test_lists_the_context_tools_and_resources(mesh):
    async def check(c):
        tools = {t.name for t in (await c.list_tools()).tools}
        resources = {str(r.uri) for r in (await c.list_resources()).resources}
        templates = {t.uri_template for t in (await c.list_resource_templates()).resource_templates}
        return tools, resources, templates
    tools, resources, templates = run(stdio(mesh), check)
    assert TOOL_NAMES <= tools
    assert "enclave://patterns" in resources and "enclave://context/{id}" in templates
    # the client closed stdin: the server left the mesh at once, not after the idle timeout
    deadline = time.monotonic() + 5
    while "mcp" in {t["name"] for t in mesh.request("tool.list", {}, target="router")["tools"]}:
        assert time.monotonic() < deadline, "the stdio MCP server stayed registered after its client left"
        time.sleep(0.1)


def test_preserve_query_get_through_the_privacy_boundary(mesh):
    async def check(c):
        saved = await c.call_tool("context_preserve", {"content": f"mcp note: quokka deploy uses {SECRET}",
                                                       "project": "mcpdemo"})
        assert not saved.is_error, text_of(saved)
        cid = saved.structured_content["id"]
        found = await c.call_tool("context_query", {"text": "quokka"})
        assert not found.is_error, text_of(found)
        got = await c.call_tool("context_get", {"id": cid})
        res = await c.read_resource(f"enclave://context/{cid}")
        return cid, found.structured_content, got.structured_content, res
    cid, found, got, res = run(stdio(mesh), check)
    assert cid in {h["id"] for h in found["results"]}
    assert "quokka" in got["content"] and SECRET not in got["content"]
    assert got["source"] == "mcp"
    assert "quokka" in res.contents[0].text


def test_the_memory_prompt_gives_what_the_store_knows_with_ids(mesh):
    async def check(c):
        saved = await c.call_tool("context_preserve", {"content": "mcp note: the numbat cache is flushed hourly",
                                                       "project": "mcpmem"})
        cid = saved.structured_content["id"]
        names = {p.name for p in (await c.list_prompts()).prompts}
        prompt = await c.get_prompt("memory", {"question": "how often is the numbat cache flushed?",
                                               "project": "mcpmem"})
        return cid, names, prompt
    cid, names, prompt = run(stdio(mesh), check)
    text = "".join(m.content.text for m in prompt.messages)
    assert "memory" in names and f"[{cid}]" in text and text.endswith("how often is the numbat cache flushed?")


def test_the_adapter_is_scoped_by_its_access(mesh):
    """The mcp tool has limited access: another tool's contexts are invisible to it."""
    from bus.tool import ToolPeer
    with ToolPeer("cursor", home=mesh.home) as other:
        theirs = other.request("context.preserve", {"record": {"source": "cursor", "kind": "note",
                                                                "content": "wombat secret plan"}})["id"]

    async def check(c):
        found = await c.call_tool("context_query", {"text": "wombat"})
        got = await c.call_tool("context_get", {"id": theirs})
        return found, got
    found, got = run(stdio(mesh), check)
    assert not found.is_error, text_of(found)
    assert theirs not in {h["id"] for h in found.structured_content["results"]}
    assert got.is_error and ("forbidden" in text_of(got) or "not_found" in text_of(got))


def test_streamable_http_needs_the_token(mesh):
    """Over HTTP the contexts are behind the owner's token: without it the official client gets 401."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/mcp"
    a = Adapter(mesh, "mcp", "--http", str(port))
    try:
        a.wait(url, {})

        async def check(c):
            return {t.name for t in (await c.list_tools()).tools}
        assert TOOL_NAMES <= run(mcp_http(url, auth(mesh)), check)
        with pytest.raises(Exception):                   # the official client, without the token
            run(mcp_http(url, {}), check)
        init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}
        request = urllib.request.Request(url, data=json.dumps(init).encode(), headers={
            "Content-Type": "application/json", "Accept": "application/json, text/event-stream"})
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(request, timeout=30)
        assert e.value.code == 401
    finally:
        a.stop()
