"""The guard in front of every HTTP door, as ASGI middleware.

A request passes only when:
- its ``Host`` is the bound address or a loopback name (a DNS-rebinding page sends its own name);
- it has no ``Origin``, or one the owner allowed (a web page in the owner's browser always sends one);
- it carries the door's credential (``Authorization: Bearer <token>``, ``x-api-key: <token>``, or
  the token as a Basic-auth password: ``http://enclave:<token>@127.0.0.1:11434`` for clients that
  take a URL only), compared in constant time — or, where the door allows it (``token_or_owner``, for
  clients that cannot send a token at all), the kernel says the connection is the owner's: a unix
  socket (0600), or a loopback TCP connection whose client socket belongs to the owner's uid in
  ``/proc/net/tcp`` (another user's process is refused like any stranger); ``none`` only on loopback;
- a body, if any, is declared JSON (a page's "simple" ``text/plain`` POST never reaches a handler)
  and is no larger than the limit: a ``Content-Length`` over it is refused at once, and a body that
  grows past it while streaming is cut off with 413, never buffered whole.
Refusals are JSON in the door's own error shape, never a traceback.
"""
from __future__ import annotations

import base64
import ipaddress
import json
import os
from dataclasses import dataclass, field
from typing import Callable

from actors.shared.credentials import matches

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}
JSON_TYPES = ("application/json",)

# (status, code, message) -> the door's error body
ErrorShape = Callable[[int, str, str], dict]


def plain_error(status: int, code: str, message: str) -> dict:
    return {"error": {"message": message, "code": code}}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class DoorPolicy:
    bound_host: str
    token: str | None                       # None: no credential asked (loopback doors only)
    owner_ok: bool = False                  # a connection the kernel says is the owner's needs no token
    allowed_origins: frozenset[str] = frozenset()
    max_body_bytes: int = 8 << 20
    error_shape: ErrorShape = field(default=plain_error)

    def host_allowed(self, header: str | None) -> bool:
        if not header:
            return False
        host = header.strip().lower()
        if host.startswith("["):                                # [::1]:8765
            host = host[:host.index("]") + 1] if "]" in host else host
        elif host.count(":") == 1:                              # name:port
            host = host.split(":", 1)[0]
        return is_loopback(host) or host == self.bound_host.lower()


class DoorGuard:
    def __init__(self, app, policy: DoorPolicy):
        self.app, self.policy = app, policy

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            return await self._refuse(send, *refusal)
        await self.app(scope, self._bounded(receive, send), send)

    def _refusal(self, scope, headers: dict) -> tuple[int, str, str] | None:
        p = self.policy
        if not p.host_allowed(headers.get("host")):
            return 403, "host_not_allowed", "this door answers only requests addressed to it by its own name"
        origin = headers.get("origin")
        if origin is not None and origin not in p.allowed_origins:
            return 403, "origin_not_allowed", "requests from web pages are refused (add the origin to " \
                                              "adapters.http.allowed_origins to allow one)"
        if p.token is not None and not matches(p.token, _presented(headers)) and \
                not (p.owner_ok and peer_is_owner(scope)):
            return 401, "invalid_api_key", "a valid token is required: `enclave token show` prints it"
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            ctype = headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype not in JSON_TYPES and not ctype.endswith("+json"):
                return 415, "unsupported_media_type", "the body must be JSON (Content-Type: application/json)"
            length = headers.get("content-length")
            if length is not None and (not length.isdigit() or int(length) > p.max_body_bytes):
                return 413, "request_too_large", f"the body is over {p.max_body_bytes} bytes"
        return None

    def _bounded(self, receive, send):
        """``receive`` that counts the body and stops it past the limit."""
        seen = 0
        limit = self.policy.max_body_bytes

        async def bounded():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message
        return bounded

    async def _refuse(self, send, status: int, code: str, message: str) -> None:
        body = json.dumps(self.policy.error_shape(status, code, message)).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if status == 401:
            headers.append((b"www-authenticate", b"Bearer"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _presented(headers: dict) -> str | None:
    auth = headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer":
        return value.strip()
    if scheme.lower() == "basic":                 # user:token, as a URL's userinfo sends it
        try:
            return base64.b64decode(value.strip(), validate=True).decode().partition(":")[2]
        except (ValueError, UnicodeDecodeError):
            return None
    return headers.get("x-api-key")


def peer_is_owner(scope) -> bool:
    """Whether the connection comes from a process of this OS user: a unix socket (the door's is
    0600), or a loopback TCP connection whose client end belongs to our uid."""
    client, server = scope.get("client"), scope.get("server")
    if not client:
        return bool(server) and server[1] is None          # uvicorn on a unix socket
    host, port = client[0], client[1]
    if not is_loopback(host) or not server or server[1] is None:
        return False
    return _socket_uid(host, port, server[1]) == os.getuid()


def _socket_uid(host: str, port: int, server_port: int) -> int | None:
    """The uid owning the local TCP socket ``host:port`` connected to ``server_port`` (Linux)."""
    v6 = ":" in host
    want_local = f"{port:04X}"
    for table in ("/proc/net/tcp6", "/proc/net/tcp") if v6 else ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    parts = line.split()
                    if len(parts) < 8:
                        continue
                    local, remote, uid = parts[1], parts[2], parts[7]
                    if local.endswith(":" + want_local) and remote.endswith(f":{server_port:04X}"):
                        return int(uid)
        except OSError:
            continue
    return None


class BodyTooLarge(Exception):
    """Raised inside a handler reading a body past the door's limit (the handler answers 413)."""

    def __init__(self, limit: int):
        super().__init__(f"the body is over {limit} bytes")
        self.limit = limit
