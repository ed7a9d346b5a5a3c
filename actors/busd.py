"""The bus process: the broker bound to the endpoints the config names."""
from __future__ import annotations

from bus import Broker
from bus.security import Keyring


def run(env, log, stop) -> None:
    bus = env.settings.bus
    keyring = Keyring(env.paths.keys) if env.endpoints.tcp_tools else None
    broker = Broker(env.endpoints, ctx=env.ctx, heartbeat_ms=bus.heartbeat_ms, liveness=bus.liveness,
                    max_queue=bus.max_queue,
                    max_inflight_per_peer=bus.max_inflight_per_peer, max_message_bytes=bus.max_message_bytes,
                    public_services=tuple(bus.public_services), known_services=tuple(bus.known_services),
                    no_worker_wait_ms=bus.no_worker_wait_ms, keyring=keyring, log=log)
    broker.bind()
    log.info("bus listening", internal=env.endpoints.internal, tools=env.endpoints.tools,
             tcp=env.endpoints.tcp_tools)
    try:
        broker.run(stop)
    finally:
        broker.close()
