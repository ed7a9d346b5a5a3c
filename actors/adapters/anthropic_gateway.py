"""The Anthropic Messages API on the gateway: ``POST /v1/messages`` (streamed or not) and
``POST /v1/messages/count_tokens``, in Anthropic's error shape, through the same door (guard, tool,
privacy boundary) as the OpenAI routes. ``x-api-key`` carries the door's token."""
from __future__ import annotations

import json
from typing import AsyncIterator

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from protocol import ProtocolError

from . import anthropic_api as api
from .http.door import STATUS_OF, Door
from .http.generation import Run, with_request_options
from .http.requests import DoorError, read_json


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def routes(door: Door, config: dict) -> list[Route]:
    def error(e: Exception) -> Response:
        response = door.error(e)                  # the status; Anthropic's body shape
        body = json.loads(response.body)
        message = body.get("error", {}).get("message", "") if isinstance(body.get("error"), dict) else ""
        return JSONResponse(api.error_shape(response.status_code, "", message), status_code=response.status_code,
                            headers={k: v for k, v in response.headers.items() if k.lower() == "retry-after"})

    async def messages(request: Request) -> Response:
        try:
            req = await read_json(request)
            run = Run(door.peer, with_request_options(request.headers, api.request(req, config), req.get("model")))
            await run.start()
        except (DoorError, ProtocolError) as e:
            return error(e)
        mid, model = api.new_message_id(), req.get("model") or config["default_task"]
        if not req.get("stream"):
            try:
                final = await run.collect()
            except ProtocolError as e:
                return error(e)
            return JSONResponse(api.response(mid, model, final), headers=run.headers)
        return StreamingResponse(_events(run, mid, model), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", **run.headers})

    async def _events(run: Run, mid: str, model: str) -> AsyncIterator[str]:
        stream = api.Stream(mid, model)
        try:
            for name, data in stream.opening():
                yield _sse(name, data)
            async for kind, value in run.events():
                if kind == "queued":
                    yield _sse("ping", {"type": "ping"})
                    continue
                for name, data in stream.text(value):
                    yield _sse(name, data)
            for name, data in stream.closing(run.final or {}):
                yield _sse(name, data)
        except ProtocolError as e:
            yield _sse("error", api.error_shape(STATUS_OF.get(e.code, 500), e.code.value, e.message))

    async def count_tokens(request: Request) -> Response:
        """The prompt's tokens as the model counts them: its template and tools applied, one token
        generated (the prompt is evaluated; a cached prefix makes a repeat cheap)."""
        try:
            req = await read_json(request)
            run = Run(door.peer, api.request({**req, "max_tokens": 1}, config, count_only=True))
            await run.start()
            final = await run.collect()
        except (DoorError, ProtocolError) as e:
            return error(e)
        return JSONResponse({"input_tokens": int((final.get("usage") or {}).get("prompt_tokens", 0))},
                            headers=run.headers)

    return [Route("/v1/messages", messages, methods=["POST"]),
            Route("/v1/messages/count_tokens", count_tokens, methods=["POST"])]
