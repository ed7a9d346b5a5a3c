"""One HTTP door: its tool on the mesh (an ``AsyncToolPeer``), the guard in front of it, and the
mapping of the mesh's errors onto HTTP statuses in the door's own error shape."""
from __future__ import annotations

import asyncio
import math
from contextlib import asynccontextmanager
from typing import Any, Callable

from starlette.applications import Starlette
from starlette.responses import JSONResponse

from actors.shared import credentials
from bus.tool import AsyncToolPeer
from protocol import Code

from .guard import DoorGuard, DoorPolicy, ErrorShape, is_loopback
from .requests import DoorError

# the mesh's stable error codes as HTTP statuses
STATUS_OF = {
    Code.INVALID: 400, Code.FORBIDDEN: 403, Code.NOT_FOUND: 404, Code.BUSY: 429, Code.TOO_LARGE: 413,
    Code.TIMEOUT: 504, Code.UNAVAILABLE: 503, Code.CANCELLED: 499, Code.UNSUPPORTED_VERSION: 400,
    Code.INTERNAL: 500,
}


class DoorRefused(ValueError):
    """A door that cannot start as configured (e.g. open to the network without a credential)."""


def check_bind(host: str, auth: str) -> None:
    if auth == "none" and not is_loopback(host):
        raise DoorRefused(f"refusing to serve on {host} without a credential (adapters.http.auth is "
                          f"'none'): the door would be open to the network")


class Door:
    def __init__(self, conf: dict, http: dict, *, home, endpoint: str | None = None,
                 peer: AsyncToolPeer | None = None, error_shape: ErrorShape):
        self.conf, self.http, self.home, self.endpoint = conf, http, home, endpoint
        self.error_shape = error_shape
        self._peer = peer

    @property
    def peer(self) -> AsyncToolPeer:
        if self._peer is None:              # made inside the running loop (zmq.asyncio)
            self._peer = AsyncToolPeer(self.conf["tool"], home=self.home, endpoint=self.endpoint)
        return self._peer

    @property
    def auth(self) -> str:
        """The door's own setting (the Ollama door's), else what every door shares."""
        return self.conf.get("auth") or self.http["auth"]

    def policy(self, host: str) -> DoorPolicy:
        check_bind(host, self.auth)
        token = None if self.auth == "none" else credentials.http_token(self.home)
        return DoorPolicy(bound_host=host, token=token, owner_ok=self.auth == "token_or_owner",
                          allowed_origins=frozenset(self.http["allowed_origins"]),
                          max_body_bytes=self.http["max_body_bytes"], error_shape=self.error_shape)

    def error(self, e: Exception) -> JSONResponse:
        """A ``DoorError`` or a mesh ``ProtocolError`` as the door's error response."""
        if isinstance(e, DoorError):
            status, code, message, param, retry = e.status, e.code, e.message, e.param, e.retry_after_s
        else:
            status = STATUS_OF.get(e.code, 500)
            code, message, param = e.code.value, e.message, (e.field or "").removeprefix("body.") or None
            retry = e.retry_after_ms / 1000 if e.retry_after_ms else (1.0 if status == 503 else None)
        body = self.error_shape(status, code, message)
        if param and isinstance(body.get("error"), dict) and "param" in body["error"]:
            body["error"]["param"] = param
        headers = {"Retry-After": str(max(1, math.ceil(retry)))} if retry else None
        return JSONResponse(body, status_code=status, headers=headers)

    def app(self, routes: list, host: str, *, on_start: Callable | None = None) -> Any:
        """The door's routes behind its guard; the peer registers from the start (in the background
        until the router answers: the mesh may come later) and leaves at stop."""
        @asynccontextmanager
        async def lifespan(app):
            registering = asyncio.create_task(self.peer.keep_registering())
            yield
            registering.cancel()
            if self._peer is not None:
                await self._peer.close()
        return DoorGuard(Starlette(routes=routes, lifespan=lifespan), self.policy(host))
