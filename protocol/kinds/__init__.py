"""Every message kind, declared once as data: name, service, request / reply / partial schemas, doc.

The same declaration drives validation (``decode_body``), the JSON Schema export
(``protocol.schema``) and the kinds table in the protocol document. Area modules below each call
``declare`` for their kinds; importing this package imports them all.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec

from ..errors import Code, ProtocolError
from ..envelope import field_of, _message_of


class Body(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """Base of every body schema: unknown fields are an error, so typos are caught and named."""


class ReplyBody(Body, omit_defaults=False):
    """Base of reply and partial bodies (and what they contain): every field travels, defaults
    included, so a peer reads a complete answer without knowing the defaults."""


class Empty(Body):
    pass


@dataclass(frozen=True)
class Kind:
    name: str
    service: str | None          # None: every service answers it (sys.*); the sender names a target
    request: type
    reply: type
    partial: type | None = None  # schema of streamed partial replies, if the kind streams
    doc: str = ""
    decoder: Any = None

    @property
    def streams(self) -> bool:
        return self.partial is not None


KINDS: dict[str, Kind] = {}


def declare(name: str, *, service: str | None, request: type, reply: type, partial: type | None = None,
            doc: str = "") -> Kind:
    if name in KINDS:
        raise ValueError(f"kind {name} declared twice")
    kind = Kind(name, service, request, reply, partial, doc.strip(),
                msgspec.msgpack.Decoder(request))
    KINDS[name] = kind
    return kind


def get(name: str) -> Kind:
    kind = KINDS.get(name)
    if kind is None:
        raise ProtocolError(Code.NOT_FOUND, f"unknown message kind {name!r}", field="kind")
    return kind


def decode_body(kind: Kind, raw: bytes | msgspec.Raw) -> Any:
    """Validate a body against its kind's request schema; errors name the field (``body.k``)."""
    try:
        return kind.decoder.decode(raw)
    except msgspec.ValidationError as e:
        raise ProtocolError(Code.INVALID, f"{kind.name}: {_message_of(e)}",
                            field=field_of(e, "body.")) from None
    except (msgspec.DecodeError, RecursionError, ValueError, TypeError, OverflowError) as e:
        raise ProtocolError(Code.INVALID, f"{kind.name}: body is not valid MessagePack: {e}",
                            field="body") from None


def default_of(body: type, name: str) -> Any:
    """The declared default of field ``name`` of a body structure (derive it, never repeat it)."""
    for f in msgspec.structs.fields(body):
        if f.name == name:
            if f.default is msgspec.NODEFAULT:
                raise KeyError(f"{body.__name__}.{name} has no default")
            return f.default
    raise KeyError(f"{body.__name__} has no field {name}")


def default_service(kind_name: str) -> str | None:
    kind = KINDS.get(kind_name)
    return kind.service if kind else None


# Import the area modules so their declarations run (order = order in the docs).
from . import sys as _sys  # noqa: E402,F401
from . import _areas  # noqa: E402,F401
