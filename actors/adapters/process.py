"""The adapters as supervised processes (``enclave up`` children, Procfile lines).

Each serves its protocol in an asyncio loop and also answers ``sys.ping`` / ``sys.status`` as the
internal service ``adapter.<name>``, which is how a supervisor sees it running.
"""
from __future__ import annotations

import asyncio
import threading

import msgspec

from actors.base import Actor


class AdapterStatus(Actor):
    capacity = 1

    def __init__(self, env, log, name: str, details: dict):
        self.service = f"adapter.{name}"
        super().__init__(env, log)
        self.details = details

    def status_details(self) -> dict:
        return dict(self.details)


def _run(env, log, stop: threading.Event, name: str, details: dict, serve) -> None:
    status = AdapterStatus(env, log, name, details)
    threading.Thread(target=status.run, args=(stop,), name=f"{name}-status", daemon=True).start()

    async def main():
        done = asyncio.Event()
        loop = asyncio.get_running_loop()
        threading.Thread(target=lambda: (stop.wait(), loop.call_soon_threadsafe(done.set)), daemon=True).start()
        await serve(done)

    asyncio.run(main())


def run_openai(env, log, stop: threading.Event) -> None:
    from .openai_gateway import serve
    conf = msgspec.to_builtins(env.settings.adapters.openai)
    host, port = conf["host"], conf["port"]
    log.info("openai gateway listening", url=f"http://{host}:{port}/v1")
    _run(env, log, stop, "openai", {"url": f"http://{host}:{port}/v1"},
         lambda done: serve(conf, host=host, port=port, home=env.paths.home, stop=done))


def run_mcp(env, log, stop: threading.Event) -> None:
    from .mcp_server import serve_http
    conf = msgspec.to_builtins(env.settings.adapters.mcp)
    host, port = conf["host"], conf["http_port"]
    log.info("mcp server listening", url=f"http://{host}:{port}/mcp")
    _run(env, log, stop, "mcp", {"url": f"http://{host}:{port}/mcp"},
         lambda done: serve_http(conf, host=host, port=port, home=env.paths.home, stop=done))
