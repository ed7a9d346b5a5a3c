"""The one envelope every message travels in, and its MessagePack codec.

Decoding is two-step: the envelope first (its body kept as raw bytes), then the body against the
schema its kind declares (``protocol.kinds``). Size is checked before either step.
"""
from __future__ import annotations

import itertools
import os
import re
from typing import Any

import msgspec

from .errors import Code, ProtocolError
from .frames import MAJOR, VERSION

DEFAULT_MAX_BYTES = 8 * 1024 * 1024
ERROR_KIND = "error"


class Envelope(msgspec.Struct, omit_defaults=True):
    """As decoded: ``body`` stays MessagePack until its kind's schema decodes it."""
    version: str
    id: str
    kind: str
    source: str = ""
    target: str = ""
    correlation_id: str | None = None
    deadline: int | None = None          # absolute unix time, milliseconds
    body: msgspec.Raw = msgspec.Raw(b"\x80")


class _OutEnvelope(msgspec.Struct, omit_defaults=True):
    version: str
    id: str
    kind: str
    source: str = ""
    target: str = ""
    correlation_id: str | None = None
    deadline: int | None = None
    body: Any = None


_encoder = msgspec.msgpack.Encoder()
_envelope_decoder = msgspec.msgpack.Decoder(Envelope)
_any_decoder = msgspec.msgpack.Decoder()
_ids = itertools.count(1)
_id_prefix = os.urandom(4).hex()


def new_id() -> str:
    """Unique per process run: a random prefix and a counter (cheaper than uuid4 on the hot path)."""
    return f"{_id_prefix}{os.getpid():x}-{next(_ids)}"


def encode(kind: str, body: Any, *, id: str | None = None, source: str = "", target: str = "",
           correlation_id: str | None = None, deadline: int | None = None) -> bytes:
    return _encoder.encode(_OutEnvelope(VERSION, id or new_id(), kind, source, target,
                                        correlation_id, deadline, {} if body is None else body))


def encode_error(err: ProtocolError, *, correlation_id: str | None, source: str = "") -> bytes:
    return encode(ERROR_KIND, err.to_body(), source=source, correlation_id=correlation_id)


def check_size(data: bytes | memoryview, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    if len(data) > max_bytes:
        raise ProtocolError(Code.TOO_LARGE, f"message of {len(data)} bytes exceeds the limit of "
                                            f"{max_bytes} bytes")


_NAMED = re.compile(r"(?:missing required|unknown) field `([^`]*)`")
_INDEX = re.compile(r"\[(\d+)\]")


def field_of(error: msgspec.ValidationError, prefix: str = "") -> str | None:
    """msgspec says '... - at `$.record`' (and names a missing or unknown field in the message);
    we say 'body.record.content' (and 'body.stop.0' for '$.stop[0]')."""
    text = str(error)
    mark = text.rfind("at `$")
    path = _INDEX.sub(r".\1", text[mark + 5:].rstrip("`")).lstrip(".") if mark >= 0 else ""
    named = _NAMED.search(text)
    if named:
        path = f"{path}.{named.group(1)}" if path else named.group(1)
    return (prefix + path).rstrip(".") or None


def _message_of(error: Exception) -> str:
    return str(error).split(" - at `")[0]


def decode(data: bytes | memoryview, max_bytes: int = DEFAULT_MAX_BYTES) -> Envelope:
    """Bytes -> Envelope, or ProtocolError (too_large, invalid, unsupported_version)."""
    check_size(data, max_bytes)
    try:
        env = _envelope_decoder.decode(data)
    except msgspec.ValidationError as e:
        raise ProtocolError(Code.INVALID, f"bad envelope: {_message_of(e)}", field=field_of(e)) from None
    except (msgspec.DecodeError, RecursionError, ValueError, TypeError, OverflowError) as e:
        raise ProtocolError(Code.INVALID, f"not a MessagePack envelope: {e}") from None
    major = env.version.partition(".")[0]
    if major != str(MAJOR):
        raise ProtocolError(Code.UNSUPPORTED_VERSION,
                            f"protocol version {env.version!r} is not supported; this peer speaks "
                            f"{VERSION}", field="version")
    return env


def decode_any(raw: bytes | msgspec.Raw) -> Any:
    """A body with no declared schema (events, error bodies)."""
    try:
        return _any_decoder.decode(raw)
    except (msgspec.DecodeError, RecursionError, ValueError, TypeError, OverflowError) as e:
        raise ProtocolError(Code.INVALID, f"body is not valid MessagePack: {e}", field="body") from None


def to_builtins(obj: Any) -> Any:
    """Structs -> plain dicts/lists (for JSON output and for callers that want dicts)."""
    return msgspec.to_builtins(obj)
