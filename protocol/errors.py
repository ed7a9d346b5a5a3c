"""Stable error codes and the exception that carries them.

An error travels as a final reply of kind ``error`` whose body is ``ErrorBody``. Codes are part of the
protocol: they never change meaning, new ones are only added.
"""
from __future__ import annotations

from enum import Enum


class Code(str, Enum):
    INVALID = "invalid"                      # the message or its body failed validation
    FORBIDDEN = "forbidden"                  # the sender may not do this (access, privacy, endpoint)
    BUSY = "busy"                            # queue full; retry after ``retry_after_ms``
    TIMEOUT = "timeout"                      # the deadline passed before a final reply
    UNAVAILABLE = "unavailable"              # no live worker for the service / the worker died
    NOT_FOUND = "not_found"                  # unknown service, kind or object
    INTERNAL = "internal"                    # a bug on the answering side; details are in its log
    UNSUPPORTED_VERSION = "unsupported_version"  # the peer speaks another major protocol version
    TOO_LARGE = "too_large"                  # a frame exceeded the size limit; refused undecoded
    CANCELLED = "cancelled"                  # the requester cancelled


class ProtocolError(Exception):
    """An error with a stable code; ``field`` names the offending field (``body.max_tokens``)."""

    def __init__(self, code: Code | str, message: str, *, field: str | None = None,
                 retry_after_ms: int | None = None, details: dict | None = None):
        super().__init__(message)
        self.code = Code(code)
        self.message = message
        self.field = field
        self.retry_after_ms = retry_after_ms
        self.details = details or {}

    def to_body(self) -> dict:
        body = {"code": self.code.value, "message": self.message}
        if self.field is not None:
            body["field"] = self.field
        if self.retry_after_ms is not None:
            body["retry_after_ms"] = int(self.retry_after_ms)
        if self.details:
            body["details"] = self.details
        return body

    @classmethod
    def from_body(cls, body: dict) -> "ProtocolError":
        code = body.get("code", "internal")
        try:
            Code(code)
        except ValueError:
            code = "internal"
        return cls(code, str(body.get("message", "")), field=body.get("field"),
                   retry_after_ms=body.get("retry_after_ms"), details=body.get("details") or {})

    def __str__(self) -> str:
        where = f" (field {self.field})" if self.field else ""
        return f"{self.code.value}: {self.message}{where}"


class CodedError(ProtocolError):
    """Base of a library's typed errors: each subclass names its stable code once (``code_default``),
    so a service answers with ``err.to_body()`` as it is."""

    code_default: Code = Code.INTERNAL

    def __init__(self, message: str = "", *, field: str | None = None, retry_after_ms: int | None = None,
                 details: dict | None = None):
        super().__init__(self.code_default, message, field=field, retry_after_ms=retry_after_ms,
                         details=details)

    def __str__(self) -> str:           # a library's error reads as its message (it names the field)
        return self.message
