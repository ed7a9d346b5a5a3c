"""The bus process: the broker bound to the endpoints the config names."""
from __future__ import annotations

from bus import Broker
from bus.security import Keyring


def run(env, log, stop) -> None:
    bus = env.bus
    keyring = Keyring(env.paths.keys) if env.endpoints.tcp_tools else None
    broker = Broker(env.endpoints, ctx=env.ctx, heartbeat_ms=bus.get("heartbeat_ms", 500),
                    liveness=bus.get("liveness", 3), max_queue=bus.get("max_queue", 256),
                    max_message_bytes=bus.get("max_message_bytes", 8 << 20),
                    public_services=tuple(bus.get("public_services", ["router"])),
                    known_services=tuple(bus.get("known_services", [])),
                    no_worker_wait_ms=bus.get("no_worker_wait_ms", 3000), keyring=keyring, log=log)
    broker.bind()
    log.info("bus listening", internal=env.endpoints.internal, tools=env.endpoints.tools,
             tcp=env.endpoints.tcp_tools)
    try:
        broker.run(stop)
    finally:
        broker.close()
