"""Serving a door: uvicorn on the configured tcp address and, where clients support it, on a unix
socket in the private runtime dir (0600, so only the owner's processes can connect)."""
from __future__ import annotations

import asyncio
import os
from pathlib import Path


async def serve(app, *, host: str, port: int, unix_socket: Path | None = None,
                stop: asyncio.Event | None = None, log_level: str = "warning") -> None:
    """Until ``stop`` is set (or SIGINT/SIGTERM when ``stop`` is None)."""
    import uvicorn
    servers = [uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="on"))]
    if unix_socket is not None:
        unix_socket.unlink(missing_ok=True)
        servers.append(uvicorn.Server(uvicorn.Config(app, uds=str(unix_socket), log_level=log_level,
                                                     lifespan="off")))
    tasks = [asyncio.create_task(s.serve()) for s in servers]
    if unix_socket is not None:
        while not servers[1].started and not tasks[1].done():
            await asyncio.sleep(0.01)
        if unix_socket.exists():
            os.chmod(unix_socket, 0o600)
    try:
        if stop is None:
            await asyncio.gather(*tasks)
        else:
            await stop.wait()
    finally:
        for s in servers:
            s.should_exit = True
        await asyncio.gather(*tasks, return_exceptions=True)
        if unix_socket is not None:
            unix_socket.unlink(missing_ok=True)
