"""The owner's credentials, each a 0600 file under ``<data dir>/keys`` (a 0700 directory):

- ``http.token``: what every HTTP door (OpenAI, Anthropic, Ollama, MCP) requires, also on loopback,
  made on first start; ``enclave token show`` prints it.
- ``tools/<name>.token`` (``bus.addresses.tool_token_file``): a tool's proof that it is that tool. A tool named in the owner's ``tools``
  config (or built in) must present it at ``tool.register``; ``enclave tools add NAME`` makes one.

Comparisons are constant-time. Tokens never travel in logs or events.
"""
from __future__ import annotations

import hmac
import os
import re
import secrets

from bus.addresses import keys_dir, tool_token_file

from .fsutil import atomic_write_bytes, load_or_create_secret, read_secret

HTTP_TOKEN = "http.token"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def _new_token() -> bytes:
    return ("enc-" + secrets.token_urlsafe(32)).encode()


def http_token(home: str | os.PathLike) -> str:
    """The HTTP doors' token of the mesh in ``home``, made on first use."""
    return load_or_create_secret(keys_dir(home) / HTTP_TOKEN, _new_token).decode().strip()


def rotate_http_token(home: str | os.PathLike) -> str:
    """A new token; the old one stops working when the doors restart."""
    path = keys_dir(home) / HTTP_TOKEN
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write_bytes(path, _new_token())
    return http_token(home)


def tool_token_file_checked(name: str, home: str | os.PathLike | None = None):
    """Where tool ``name``'s token lives; ValueError for a name that cannot be a tool's."""
    if not _NAME.match(name) or name == "default":
        raise ValueError(f"bad tool name {name!r}: 1-64 letters, digits, '-', '_', '.'")
    return tool_token_file(name, home)


def tool_token(home: str | os.PathLike, name: str, *, create: bool = False) -> str | None:
    """The token of tool ``name`` in the mesh of ``home`` (made when ``create``); None if none."""
    path = tool_token_file_checked(name, home)
    try:
        raw = load_or_create_secret(path, _new_token) if create else read_secret(path)
    except FileNotFoundError:
        return None
    return raw.decode().strip()


def matches(expected: str | None, presented: str | None) -> bool:
    """Constant-time comparison; nothing matches a missing token."""
    if not expected or not isinstance(presented, str) or not presented:
        return False
    return hmac.compare_digest(expected.encode(), presented.encode())
