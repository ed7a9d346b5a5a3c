"""The MCP server: context query / get / preserve, patterns and a local-model ``ask``, as MCP tools
and resources, over stdio (and streamable HTTP, behind the HTTP doors' guard). It is one tool on the
mesh (``mcp`` by default),
so the router scopes every call by that tool's rights: a limited ``context_access`` sees only its own
and its configured sources' contexts, and everything it stores or asks passes the privacy filter.
"""
from __future__ import annotations

import asyncio
import json
from typing import Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ToolError

from actors.router import memory
from actors.shared.settings import resolve_section
from bus.tool import AsyncToolPeer
from protocol import ProtocolError

from .http.door import Door
from .http.guard import DoorGuard, plain_error
from .http.serving import serve as serve_door

INSTRUCTIONS = ("enclave: the developer's private local context and models. Query earlier work with "
                "context_query, keep notes with context_preserve, list learned patterns with patterns_list.")


def build_server(config: dict, *, home=None, endpoint: str | None = None) -> MCPServer:
    tool_name = config["tool"]
    state: dict[str, Any] = {"peer": None, "registering": None}

    def peer() -> AsyncToolPeer:
        if state["peer"] is None:      # created inside the running loop (zmq.asyncio)
            state["peer"] = AsyncToolPeer(tool_name, home=home, endpoint=endpoint)
        return state["peer"]

    async def call(kind: str, body: dict, timeout: float = 30.0, error: type = ToolError) -> Any:
        """A mesh error reaches the MCP client with its stable code (forbidden, unavailable, ...)."""
        try:
            return await peer().request(kind, body, timeout=timeout)
        except ProtocolError as e:
            raise error(str(e)) from None

    server = MCPServer(name="enclave", instructions=INSTRUCTIONS, log_level="WARNING")

    @server.tool(description="Search the developer's stored contexts (ranked; within this tool's access).")
    async def context_query(text: str, k: int = 10, project: str | None = None, kind: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"text": text, "k": k}
        if project:
            body["project"] = project
        if kind:
            body["kind"] = kind
        return await call("context.query", body)

    @server.tool(description="One stored context by id (within this tool's access).")
    async def context_get(id: str) -> dict[str, Any]:
        return (await call("context.get", {"id": id}))["context"]

    @server.tool(description="Store a context (a note, a decision, a snippet); secrets are filtered out first.")
    async def context_preserve(content: str, kind: str = "note", project: str = "",
                               metadata: dict[str, Any] | None = None) -> dict[str, Any]:
        record = {"source": tool_name, "kind": kind, "content": content, "project": project,
                  "metadata": metadata or {}}
        return await call("context.preserve", {"record": record})

    @server.tool(description="Learned workflow, code and integration patterns.")
    async def patterns_list(kind: str | None = None, project: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {}
        if kind:
            body["kind"] = kind
        if project:
            body["project"] = project
        return await call("pattern.list", body)

    @server.tool(description="Ask the local model (through the privacy filter).")
    async def ask(prompt: str, max_tokens: int = 256, task: str = "primary") -> str:
        reply = await call("llm.generate", {"messages": [{"role": "user", "content": prompt}],
                                            "max_tokens": max_tokens, "task": task}, timeout=600.0)
        return reply.get("text", "")

    @server.prompt(name="memory", description="What the developer's stored work says about a question, as the "
                                              "system note enclave gives its models (context ids cited).")
    async def memory_prompt(question: str, project: str | None = None) -> str:
        limits = resolve_section("router")
        body: dict[str, Any] = {"text": memory.last_user_text([{"role": "user", "content": question}]),
                                "k": limits["memory_contexts"]}
        if project:
            body["project"] = project
        hits = (await call("context.query", body))["results"]
        note, _ = memory.memory_message(hits, limits["memory_chars"])
        return f"{note}\n\n{question}" if note else question

    @server.resource("enclave://patterns", name="patterns", mime_type="application/json",
                     description="Learned patterns (JSON).")
    async def patterns_resource() -> str:
        return json.dumps(await call("pattern.list", {}, error=ResourceError))

    @server.resource("enclave://context/{id}", name="context", mime_type="text/plain",
                     description="A stored context's content.")
    async def context_resource(id: str) -> str:
        return (await call("context.get", {"id": id}, error=ResourceError))["context"]["content"]

    async def connect() -> None:
        """Register now, so `enclave tools` shows the server (in the background until the router
        answers, if it does not now: the mesh may come later)."""
        try:
            await peer().register()
        except ProtocolError:
            state["registering"] = asyncio.create_task(peer().keep_registering())

    async def close() -> None:
        if state["registering"] is not None:
            state["registering"].cancel()
        if state["peer"] is not None:
            await state["peer"].close()

    server.enclave_connect, server.enclave_close = connect, close
    return server


async def serve_stdio(config: dict, *, home=None) -> None:
    """Until the client closes stdin; then leave the mesh at once (an editor restarting its MCP server
    gets a fresh registration, not a name still held by the old process)."""
    server = build_server(config, home=home)
    await server.enclave_connect()
    try:
        await server.run_stdio_async()
    finally:
        await server.enclave_close()


async def serve_http(config: dict, http: dict, *, host: str, port: int, home=None, unix_socket=None,
                     stop: asyncio.Event | None = None) -> None:
    """Streamable HTTP at http://HOST:PORT/mcp, behind the door's guard (the owner's token, also on
    loopback: another OS user on the machine must not read the owner's contexts through it)."""
    server = build_server(config, home=home)
    await server.enclave_connect()
    door = Door(config, http, home=home, error_shape=plain_error)
    app = DoorGuard(server.streamable_http_app(host=host), door.policy(host))
    try:
        await serve_door(app, host=host, port=port, unix_socket=unix_socket, stop=stop)
    finally:
        await server.enclave_close()
