"""The OpenAI- and Anthropic-compatible HTTP gateway: editors and agents that speak either API use
the local models through the router (so through the privacy boundary).

    GET  /v1/models              POST /v1/chat/completions   (stream: server-sent events)
    POST /v1/completions         POST /v1/embeddings         POST /v1/responses
    POST /v1/messages            POST /v1/messages/count_tokens      (Anthropic, ``anthropic_gateway``)

Behind the door's guard (``http.guard``): a credential also on loopback, Host and Origin checks, JSON
only, bounded bodies. Every request is its own pseudonym scope at the router, so a value one caller
sent can come back only in that caller's answer; every answer says how many values were replaced
(``X-Enclave-Redactions``).
"""
from __future__ import annotations

import asyncio
import json
from typing import Any, AsyncIterator

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from protocol import ProtocolError

from . import anthropic_gateway, openai_api as api, openai_responses as responses
from .http.door import STATUS_OF, Door
from .http.generation import Run, with_request_options
from .http.requests import DoorError, read_json
from .http.serving import serve as serve_door

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def sse(obj: Any, event: str | None = None) -> str:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {json.dumps(obj, ensure_ascii=False)}\n\n"


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
            run = Run(door.peer, with_request_options(request.headers, body, req.get("model")))
            await run.start()
        except (DoorError, ProtocolError) as e:
            return door.error(e)
        model = req.get("model") or config["default_task"]
        rid = api.new_id("chatcmpl" if chat else "cmpl")
        if not req.get("stream"):
            try:
                final = await run.collect()
            except ProtocolError as e:
                return door.error(e)
            out = api.chat_response(rid, model, final) if chat else api.completion_response(rid, model, final)
            return JSONResponse(out, headers=run.headers)
        include_usage = bool((req.get("stream_options") or {}).get("include_usage"))
        return StreamingResponse(_events(run, rid, model, chat, include_usage), media_type="text/event-stream",
                                 headers={**SSE_HEADERS, **run.headers})

    async def _events(run: Run, rid: str, model: str, chat: bool, include_usage: bool) -> AsyncIterator[str]:
        try:
            if chat:
                yield sse(api.chat_chunk(rid, model, content="", role=True))
            async for kind, value in run.events():
                if kind == "queued":
                    yield f": queued, {value} ahead\n\n"
                else:
                    yield sse(api.chat_chunk(rid, model, content=value) if chat else
                              api.completion_chunk(rid, model, value))
            final = run.final or {}
            finish = api.FINISH.get(final.get("finish_reason"), "stop")
            if chat and final.get("tool_calls"):
                yield sse(api.chat_chunk(rid, model, calls=final["tool_calls"]))
            yield sse(api.chat_chunk(rid, model, finish=finish) if chat else api.completion_chunk(rid, model, "", finish))
            if include_usage:
                chunk = api.chat_chunk(rid, model) if chat else api.completion_chunk(rid, model, "")
                chunk["choices"], chunk["usage"] = [], api.usage(final)
                yield sse(chunk)
            yield "data: [DONE]\n\n"
        except ProtocolError as e:       # mid-stream: the OpenAI way is an error event
            yield sse(api.error_shape(STATUS_OF.get(e.code, 500), e.code.value, e.message))

    async def chat_completions(request: Request) -> Response:
        return await generate(request, chat=True)

    async def completions(request: Request) -> Response:
        return await generate(request, chat=False)

    async def embeddings(request: Request) -> Response:
        try:
            req = await read_json(request)
            body = api.embeddings_request(req, config)
            final = await door.peer.request("llm.embed", body, timeout=120.0)
        except (DoorError, ProtocolError) as e:
            return door.error(e)
        return JSONResponse(api.embeddings_response(final, req.get("encoding_format")))

    async def responses_create(request: Request) -> Response:
        try:
            req = await read_json(request)
            body = responses.request(req, config)
            run = Run(door.peer, with_request_options(request.headers, body, req.get("model")))
            await run.start()
        except (DoorError, ProtocolError) as e:
            return door.error(e)
        model = req.get("model") or config["default_task"]
        rid = api.new_id("resp")
        if not req.get("stream"):
            try:
                final = await run.collect()
            except ProtocolError as e:
                return door.error(e)
            return JSONResponse(responses.response(rid, model, final), headers=run.headers)
        return StreamingResponse(_response_events(run, rid, model), media_type="text/event-stream",
                                 headers={**SSE_HEADERS, **run.headers})

    async def _response_events(run: Run, rid: str, model: str) -> AsyncIterator[str]:
        stream = responses.Stream(rid, model)
        try:
            for name, data in stream.opening():
                yield sse(data, name)
            async for kind, value in run.events():
                if kind == "text":
                    for name, data in stream.text(value):
                        yield sse(data, name)
            for name, data in stream.closing(run.final or {}):
                yield sse(data, name)
        except ProtocolError as e:
            yield sse({"type": "error", "code": e.code.value, "message": e.message}, "error")

    routes = [
        Route("/v1/models", models, methods=["GET"]),
        Route("/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/v1/completions", completions, methods=["POST"]),
        Route("/v1/embeddings", embeddings, methods=["POST"]),
        Route("/v1/responses", responses_create, methods=["POST"]),
        *anthropic_gateway.routes(door, config),
    ]
    return door.app(routes, host)


async def serve(config: dict, http: dict, *, host: str, port: int, home=None, unix_socket=None,
                stop: asyncio.Event | None = None) -> None:
    """Serve until ``stop`` is set (or SIGINT/SIGTERM when run in the main thread)."""
    await serve_door(make_app(config, http, host=host, home=home), host=host, port=port,
                     unix_socket=unix_socket, stop=stop)
