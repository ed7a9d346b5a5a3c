"""The OpenAI-compatible HTTP gateway: editors that speak the OpenAI API use the local models
through the router (so through the privacy boundary).

    GET  /v1/models            POST /v1/chat/completions   (stream: server-sent events)
    POST /v1/completions       POST /v1/embeddings

Binds to 127.0.0.1 by default; another address needs an API key. With ``api_key`` set, every
request must carry ``Authorization: Bearer <key>``. Starlette + uvicorn.
"""
from __future__ import annotations

import asyncio
import ipaddress
import json
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from bus.tool import AsyncToolPeer
from protocol import Code, ProtocolError

from . import openai_api as api

LLM_TIMEOUT_S = 600.0


class GatewayError(ValueError):
    """A gateway that cannot start as configured (e.g. exposed without an API key)."""


def check_bind(host: str, api_key: str | None) -> None:
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not api_key:
        raise GatewayError(f"refusing to serve on {host} without an API key (--api-key or "
                           f"adapters.openai.api_key): the gateway would be open to the network")


def _error(e: ProtocolError) -> JSONResponse:
    status, body = api.error_body(e)
    return JSONResponse(body, status_code=status)


def _sse(obj: Any) -> str:
    return f"data: {json.dumps(obj, ensure_ascii=False)}\n\n"


def make_app(config: dict, *, home=None, endpoint: str | None = None, peer: AsyncToolPeer | None = None) -> Starlette:
    api_key = config.get("api_key")
    tool_name = config["tool"]
    state: dict[str, Any] = {"peer": peer}

    def the_peer() -> AsyncToolPeer:
        if state["peer"] is None:
            state["peer"] = AsyncToolPeer(tool_name, home=home, endpoint=endpoint)
        return state["peer"]

    @asynccontextmanager
    async def lifespan(app):
        try:
            await the_peer().register()
        except ProtocolError:
            pass          # the mesh may come later: the peer registers on first use
        yield
        if state["peer"] is not None:
            await state["peer"].close()

    def authorized(request: Request) -> bool:
        if not api_key:
            return True
        return request.headers.get("authorization", "") == f"Bearer {api_key}"

    def unauthorized() -> JSONResponse:
        return JSONResponse({"error": {"message": "invalid or missing API key", "type": "invalid_request_error",
                                       "param": None, "code": "invalid_api_key"}}, status_code=401)

    async def json_body(request: Request) -> Any:
        try:
            return await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise api.bad("the request body is not valid JSON") from None

    async def models(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        try:
            installed = (await the_peer().request("llm.models", {}, timeout=5.0)).get("models", [])
        except ProtocolError:
            installed = []          # the table of names still answers
        return JSONResponse(api.models_response(config, installed))

    async def generate(request: Request, chat: bool) -> Response:
        if not authorized(request):
            return unauthorized()
        try:
            req = await json_body(request)
            body = api.chat_request(req, config) if chat else api.completion_request(req, config)
        except ProtocolError as e:
            return _error(e)
        model = req.get("model") or config["default_task"]
        rid = api.new_id("chatcmpl" if chat else "cmpl")
        stream = the_peer().stream("llm.generate", body, timeout=LLM_TIMEOUT_S)
        try:
            first = await stream.__anext__()      # errors before the first token are HTTP errors
        except ProtocolError as e:
            await stream.aclose()
            return _error(e)
        except StopAsyncIteration:
            return _error(ProtocolError(Code.INTERNAL, "the model service ended without an answer"))
        if not req.get("stream"):
            final = first
            async for final in stream:
                pass
            if chat:
                return JSONResponse(api.chat_response(rid, model, final.body))
            return JSONResponse(api.completion_response(rid, model, final.body))
        include_usage = bool((req.get("stream_options") or {}).get("include_usage"))
        return StreamingResponse(_events(stream, first, rid, model, chat, include_usage),
                                 media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    async def _events(stream, first, rid: str, model: str, chat: bool, include_usage: bool) -> AsyncIterator[str]:
        reply = first
        try:
            if chat:
                yield _sse(api.chat_chunk(rid, model, content="", role=True))
            while not reply.final:
                text = reply.body.get("text", "")
                if text:
                    yield _sse(api.chat_chunk(rid, model, content=text) if chat else
                               api.completion_chunk(rid, model, text))
                reply = await stream.__anext__()
            final = reply.body
            finish = api.FINISH.get(final.get("finish_reason"), "stop")
            yield _sse(api.chat_chunk(rid, model, finish=finish) if chat else
                       api.completion_chunk(rid, model, "", finish))
            if include_usage:
                chunk = api.chat_chunk(rid, model) if chat else api.completion_chunk(rid, model, "")
                chunk["choices"], chunk["usage"] = [], api.usage(final)
                yield _sse(chunk)
            yield "data: [DONE]\n\n"
        except ProtocolError as e:       # mid-stream: the OpenAI way is an error event
            yield _sse(api.error_body(e)[1])
        finally:
            await stream.aclose()        # cancels the generation if the client went away

    async def chat_completions(request: Request) -> Response:
        return await generate(request, chat=True)

    async def completions(request: Request) -> Response:
        return await generate(request, chat=False)

    async def embeddings(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        try:
            body = api.embeddings_request(await json_body(request), config)
            final = await the_peer().request("llm.embed", body, timeout=120.0)
        except ProtocolError as e:
            return _error(e)
        return JSONResponse(api.embeddings_response(final))

    return Starlette(routes=[
        Route("/v1/models", models, methods=["GET"]),
        Route("/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/v1/completions", completions, methods=["POST"]),
        Route("/v1/embeddings", embeddings, methods=["POST"]),
    ], lifespan=lifespan)


async def serve(config: dict, *, host: str, port: int, home=None, stop: asyncio.Event | None = None,
                log_level: str = "warning") -> None:
    """Serve until ``stop`` is set (or SIGINT/SIGTERM when run in the main thread)."""
    import uvicorn
    check_bind(host, config.get("api_key"))
    server = uvicorn.Server(uvicorn.Config(make_app(config, home=home), host=host, port=port,
                                           log_level=log_level, lifespan="on"))
    if stop is None:
        await server.serve()
        return
    task = asyncio.create_task(server.serve())
    await stop.wait()
    server.should_exit = True
    await task
