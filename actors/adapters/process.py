"""The HTTP doors as processes: supervised (``enclave up`` children, Procfile lines) or in the
foreground (``enclave adapter NAME``), both wired here once.

Each serves its protocol in an asyncio loop; a supervised one also answers ``sys.ping`` /
``sys.status`` as the internal service ``adapter.<name>``, which is how a supervisor sees it running
(and how ``enclave status`` warns about a door without a credential).
"""
from __future__ import annotations

import asyncio
import importlib
import threading

import msgspec

from actors.base import Actor
from bus.addresses import socket_dir

# door -> (its serve function, the config key of its port, the path its API lives under)
DOORS = {
    "openai": ("actors.adapters.openai_gateway:serve", "port", "/v1"),
    "ollama": ("actors.adapters.ollama_gateway:serve", "port", "/api"),
    "mcp": ("actors.adapters.mcp_server:serve_http", "http_port", "/mcp"),
}


SERVICE_PREFIX = "adapter."      # a door answers sys.status as adapter.<name> (what `enclave status` lists)
STATUS_KEYS = ("url", "unix_socket", "auth")


class AdapterStatus(Actor):
    capacity = 1

    def __init__(self, env, log, name: str, details: dict):
        self.service = SERVICE_PREFIX + name
        super().__init__(env, log)
        self.details = details

    def status_details(self) -> dict:
        return dict(self.details)


def door(env, name: str, *, host: str | None = None, port: int | None = None):
    """(the door's serve coroutine function bound to its settings, its URL, its status details)."""
    ref, port_key, path = DOORS[name]
    module, _, attr = ref.partition(":")
    serve = getattr(importlib.import_module(module), attr)
    conf = msgspec.to_builtins(getattr(env.settings.adapters, name))
    http = msgspec.to_builtins(env.settings.adapters.http)
    host = host or conf["host"]
    port = conf[port_key] if port is None else port
    unix = socket_dir(env.paths.runtime) / f"{name}.sock" if http["unix_sockets"] else None
    url = f"http://{host}:{port}{path}"
    details = dict(zip(STATUS_KEYS, (url, str(unix) if unix else None, conf.get("auth") or http["auth"])))

    def run(stop: asyncio.Event | None = None):
        return serve(conf, http, host=host, port=port, home=env.paths.home, unix_socket=unix, stop=stop)
    return run, url, details


def _supervised(name: str):
    def run_process(env, log, stop: threading.Event) -> None:
        run, url, details = door(env, name)
        if details["auth"] == "none":
            log.warning("an HTTP door without a credential (adapters.http.auth is none)", door=name)
        log.info("door listening", door=name, url=url)
        status = AdapterStatus(env, log, name, details)
        threading.Thread(target=status.run, args=(stop,), name=f"{name}-status", daemon=True).start()

        async def main():
            done = asyncio.Event()
            loop = asyncio.get_running_loop()
            threading.Thread(target=lambda: (stop.wait(), loop.call_soon_threadsafe(done.set)),
                             daemon=True).start()
            await run(done)

        asyncio.run(main())
    return run_process


run_openai = _supervised("openai")
run_ollama = _supervised("ollama")
run_mcp = _supervised("mcp")
