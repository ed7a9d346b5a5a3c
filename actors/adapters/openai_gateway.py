"""The OpenAI-compatible HTTP gateway: editors that speak the OpenAI API use the local models
through the router (so through the privacy boundary).

    GET  /v1/models            POST /v1/chat/completions   (stream: server-sent events)
    POST /v1/completions       POST /v1/embeddings

Behind the door's guard (``http.guard``): a credential also on loopback, Host and Origin checks, JSON
only, bounded bodies. Every request is its own pseudonym scope at the router, so a value one caller
sent can come back only in that caller's answer.
"""
from __future__ import annotations

import asyncio
import json
from typing import Any, AsyncIterator

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from protocol import Code, ProtocolError

from . import openai_api as api
from .http.door import STATUS_OF, Door
from .http.requests import DoorError, read_json
from .http.serving import serve as serve_door

LLM_TIMEOUT_S = 600.0


def _sse(obj: Any) -> str:
    return f"data: {json.dumps(obj, ensure_ascii=False)}\n\n"


def make_app(config: dict, http: dict, *, host: str, home=None, endpoint: str | None = None, peer=None):
    door = Door(config, http, home=home, endpoint=endpoint, peer=peer, error_shape=api.error_shape)

    async def models(request: Request) -> Response:
        try:
            installed = (await door.peer.request("llm.models", {}, timeout=5.0)).get("models", [])
        except ProtocolError:
            installed = []          # the table of names still answers
        return JSONResponse(api.models_response(config, installed))

    async def generate(request: Request, chat: bool) -> Response:
        try:
            req = await read_json(request)
            body = api.chat_request(req, config) if chat else api.completion_request(req, config)
        except (DoorError, ProtocolError) as e:
            return door.error(e)
        model = req.get("model") or config["default_task"]
        rid = api.new_id("chatcmpl" if chat else "cmpl")
        stream = door.peer.stream("llm.generate", body, timeout=LLM_TIMEOUT_S)
        try:
            first = await stream.__anext__()      # errors before the first token are HTTP errors
        except ProtocolError as e:
            await stream.aclose()
            return door.error(e)
        except StopAsyncIteration:
            return door.error(ProtocolError(Code.INTERNAL, "the model service ended without an answer"))
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
            yield _sse(api.error_shape(STATUS_OF.get(e.code, 500), e.code.value, e.message))
        finally:
            await stream.aclose()        # cancels the generation if the client went away

    async def chat_completions(request: Request) -> Response:
        return await generate(request, chat=True)

    async def completions(request: Request) -> Response:
        return await generate(request, chat=False)

    async def embeddings(request: Request) -> Response:
        try:
            body = api.embeddings_request(await read_json(request), config)
            final = await door.peer.request("llm.embed", body, timeout=120.0)
        except (DoorError, ProtocolError) as e:
            return door.error(e)
        return JSONResponse(api.embeddings_response(final))

    return door.app([
        Route("/v1/models", models, methods=["GET"]),
        Route("/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/v1/completions", completions, methods=["POST"]),
        Route("/v1/embeddings", embeddings, methods=["POST"]),
    ], host)


async def serve(config: dict, http: dict, *, host: str, port: int, home=None, unix_socket=None,
                stop: asyncio.Event | None = None) -> None:
    """Serve until ``stop`` is set (or SIGINT/SIGTERM when run in the main thread)."""
    await serve_door(make_app(config, http, host=host, home=home), host=host, port=port,
                     unix_socket=unix_socket, stop=stop)
