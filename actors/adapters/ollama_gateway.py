"""The Ollama-compatible HTTP door (default ``127.0.0.1:11434``, so clients work with their default
settings): chat, generate, embeddings and model management, through the router (so the privacy
boundary) and the LLM manager.

    POST /api/chat  /api/generate  /api/embed  /api/embeddings      (NDJSON streaming by default)
    GET  /api/tags  /api/ps  /api/version      POST /api/show  /api/pull      DELETE /api/delete
    GET|HEAD /                                  ("Ollama is running")

``keep_alive`` reaches the manager (0: unload after the answer; negative: keep loaded; else: keep
loaded that long after the last request); ``/api/ps`` reports what is really loaded and its memory.
Ollama clients send no token: this door's ``auth`` is ``token_or_owner`` by default, so the owner's
own processes get in (the kernel says whose connection it is) and nobody else does.
"""
from __future__ import annotations

import asyncio
import json
from typing import AsyncIterator

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from bus import Endpoints
from bus.addresses import home_dir
from bus.aio import AsyncClient
from protocol import Code, ProtocolError

from . import ollama_api as api
from .http.door import Door
from .http.generation import Run, with_request_options
from .http.requests import DoorError, read_json
from .http.serving import serve as serve_door

NDJSON = "application/x-ndjson"


def _error_shape(status: int, code: str, message: str) -> dict:
    return api.error(message)


def make_app(config: dict, http: dict, *, host: str, home=None, endpoint: str | None = None, peer=None):
    door = Door(config, http, home=home, endpoint=endpoint, peer=peer, error_shape=_error_shape)
    owner: dict[str, AsyncClient] = {}

    def manager() -> AsyncClient:
        """The owner's client (internal endpoint) for what only the owner may do: load, unload."""
        if "client" not in owner:
            owner["client"] = AsyncClient(Endpoints.for_home(home).internal, source="ollama-door")
        return owner["client"]

    def store():
        from actors.llm.store import ModelStore
        return ModelStore(home_dir(home) / "models")

    async def keep_alive(model: str | None, value) -> str | None:
        """Apply ``keep_alive`` to ``model``; "unload" when it asked for an unload."""
        seconds = api.keep_alive_s(value)
        if seconds is None or model is None:
            return None
        if seconds == 0:
            try:
                await manager().request("llm.unload", {"model": model}, target="llm", timeout=30)
            except ProtocolError as e:
                if e.code != Code.BUSY:
                    return "unload"
                # still serving (this answer's own release may come after its last word reached us,
                # or another request): a keep-alive of 0 unloads it as soon as it is idle
                try:
                    await manager().request("llm.load", {"model": model, "keep_alive_s": 0}, target="llm", timeout=30)
                except ProtocolError:
                    pass
            return "unload"
        await manager().request("llm.load", {"model": model, "pin": seconds < 0,
                                             "keep_alive_s": None if seconds < 0 else seconds},
                                target="llm", timeout=600)
        return None

    async def chat(request: Request) -> Response:
        return await _generate(request, chat=True)

    async def generate(request: Request) -> Response:
        return await _generate(request, chat=False)

    async def _generate(request: Request, chat: bool) -> Response:
        name = None
        try:
            req = await read_json(request)
            name = _model_name(req)
            empty = (not req.get("messages")) if chat else not req.get("prompt")
            if empty:                              # Ollama's way to load (or, keep_alive 0, unload)
                model = _resolve(name)
                reason = await keep_alive(model, req.get("keep_alive")) or "load"
                if reason == "load":
                    await manager().request("llm.load", {"model": model}, target="llm", timeout=600)
                return JSONResponse(api.done_without_generation(name, reason, chat))
            body = api.chat_request(req, config) if chat else api.generate_request(req, config)
            run = Run(door.peer, with_request_options(request.headers, body, name))
            await run.start()
        except (DoorError, ProtocolError) as e:
            return _error(e, name)
        if req.get("stream", True) is False:
            try:
                final = await run.collect()
                await keep_alive(final.get("model"), req.get("keep_alive"))
            except ProtocolError as e:
                return _error(e)
            out = api.chat_final(name, final) if chat else api.generate_final(name, final)
            return JSONResponse(out, headers=run.headers)
        return StreamingResponse(_lines(run, name, chat, req.get("keep_alive")), media_type=NDJSON,
                                 headers=run.headers)

    async def _lines(run: Run, name: str, chat: bool, alive) -> AsyncIterator[str]:
        try:
            async for kind, value in run.events():
                if kind == "text":
                    yield api.ndjson(api.chat_piece(name, value) if chat else api.generate_piece(name, value))
            final = run.final or {}
            yield api.ndjson(api.chat_final(name, final, text="") if chat else api.generate_final(name, final, text=""))
            await keep_alive(final.get("model"), alive)
        except ProtocolError as e:
            yield api.ndjson(api.error(e.message))

    async def embed(request: Request) -> Response:
        return await _embed(request, legacy=False)

    async def embeddings(request: Request) -> Response:
        return await _embed(request, legacy=True)

    async def _embed(request: Request, legacy: bool) -> Response:
        try:
            req = await read_json(request)
            final = await door.peer.request("llm.embed", api.embed_request(req, config, legacy=legacy), timeout=120)
        except (DoorError, ProtocolError) as e:
            return _error(e)
        if legacy:
            return JSONResponse({"embedding": final["embeddings"][0]})
        return JSONResponse({"model": _model_name(req), "embeddings": final["embeddings"],
                             "prompt_eval_count": int((final.get("usage") or {}).get("prompt_tokens", 0))})

    async def tags(request: Request) -> Response:
        records = [r.to_json() for r in store().list() if r.exists]
        return JSONResponse({"models": [api.model_entry(r) for r in records]})

    async def ps(request: Request) -> Response:
        try:
            loaded = {m["name"]: m for m in (await door.peer.request("llm.models", {}, timeout=10))["models"]
                      if m.get("loaded")}
        except ProtocolError as e:
            return _error(e)
        records = [r.to_json() for r in store().list() if r.name in loaded]
        return JSONResponse({"models": [api.model_entry(r, loaded[r["name"]]) for r in records]})

    async def show(request: Request) -> Response:
        try:
            req = await read_json(request)
            rec = store().get(_resolve(_model_name(req)))
        except (DoorError, ProtocolError) as e:
            return _error(e)
        return JSONResponse(api.show_response(rec.to_json(), (rec.gguf or {}).get("context_length")))

    async def pull(request: Request) -> Response:
        from actors.llm.catalog import CATALOG
        try:
            req = await read_json(request)
            name = _model_name(req).removesuffix(":latest")
            if name not in CATALOG:
                raise ProtocolError(Code.NOT_FOUND, f'pull model manifest: model "{name}" not found; '
                                                    f'available: {", ".join(sorted(CATALOG))}')
        except (DoorError, ProtocolError) as e:
            return _error(e)
        if req.get("stream", True) is False:          # one answer when it is done
            lines = [line async for line in _pull(name)]
            last = json.loads(lines[-1])
            return JSONResponse(last, status_code=500 if "error" in last else 200)
        return StreamingResponse(_pull(name), media_type=NDJSON)

    async def _pull(name: str) -> AsyncIterator[str]:
        """``models pull`` with its progress as Ollama's status lines."""
        loop, queue = asyncio.get_running_loop(), asyncio.Queue()

        def progress(p) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, {"status": "downloading", "digest": name,
                                                         "total": p.total, "completed": p.done})

        def work():
            try:
                store().pull(name, progress=progress)
                return None
            except ProtocolError as e:
                return e.message
            except Exception as e:  # noqa: BLE001 - a failed download is the caller's error line
                return f"pull failed: {e}"
        yield api.ndjson({"status": "pulling manifest"})
        task = loop.run_in_executor(None, work)
        while not task.done() or not queue.empty():
            try:
                yield api.ndjson(await asyncio.wait_for(queue.get(), 0.5))
            except asyncio.TimeoutError:
                continue
        failed = await task
        yield api.ndjson(api.error(failed) if failed else {"status": "success"})

    async def delete(request: Request) -> Response:
        try:
            req = await read_json(request)
            name = _resolve(_model_name(req))
            try:
                await manager().request("llm.unload", {"model": name}, target="llm", timeout=30)
            except ProtocolError:
                pass
            store().remove(name)
        except (DoorError, ProtocolError) as e:
            return _error(e)
        return Response(status_code=200)

    async def version(request: Request) -> Response:
        return JSONResponse({"version": api.VERSION})

    async def root(request: Request) -> Response:
        return PlainTextResponse("Ollama is running")

    def _model_name(req) -> str:
        name = (req.get("model") or req.get("name")) if isinstance(req, dict) else None
        if not isinstance(name, str) or not name:
            raise ProtocolError(Code.INVALID, "model is required", field="model")
        return name

    def _resolve(name: str) -> str:
        """An installed model's name for ``name`` (``name:latest``, or a role name)."""
        route = api.route_model(name, config["models"], config["default_task"])
        records = [r for r in store().list() if r.exists]
        if "model" in route:
            if route["model"] in {r.name for r in records}:
                return route["model"]
            raise ProtocolError(Code.NOT_FOUND, f'model "{name}" not found, try pulling it first')
        served = [r.name for r in records if route["task"] in r.roles] or [r.name for r in records]
        if not served:
            raise ProtocolError(Code.NOT_FOUND, f'model "{name}" not found, try pulling it first')
        return served[0]

    def _error(e: Exception, name: str | None = None) -> Response:
        if isinstance(e, ProtocolError) and e.code == Code.NOT_FOUND and "model" in e.message.lower():
            message = f'model "{name}" not found, try pulling it first' if name else e.message
            return JSONResponse(api.error(message), status_code=404)
        response = door.error(e)
        return JSONResponse(api.error(_message(e)), status_code=response.status_code,
                            headers={k: v for k, v in response.headers.items() if k.lower() == "retry-after"})

    app = door.app([
        Route("/", root, methods=["GET", "HEAD"]),
        Route("/api/chat", chat, methods=["POST"]),
        Route("/api/generate", generate, methods=["POST"]),
        Route("/api/embed", embed, methods=["POST"]),
        Route("/api/embeddings", embeddings, methods=["POST"]),
        Route("/api/tags", tags, methods=["GET"]),
        Route("/api/ps", ps, methods=["GET"]),
        Route("/api/show", show, methods=["POST"]),
        Route("/api/pull", pull, methods=["POST"]),
        Route("/api/delete", delete, methods=["DELETE"]),
        Route("/api/version", version, methods=["GET"]),
    ], host)
    return app


def _message(e: Exception) -> str:
    return e.message if isinstance(e, (DoorError, ProtocolError)) else str(e)


async def serve(config: dict, http: dict, *, host: str, port: int, home=None, unix_socket=None,
                stop: asyncio.Event | None = None) -> None:
    await serve_door(make_app(config, http, host=host, home=home), host=host, port=port,
                     unix_socket=unix_socket, stop=stop)

