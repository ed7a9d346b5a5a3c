"""Typed errors of the privacy engine, each carrying one of the protocol's stable codes.

Messages name the rule, the field or the limit — never the data that was being checked.
"""
from __future__ import annotations

from protocol.errors import Code, ProtocolError


class PrivacyError(ProtocolError):
    """Base of every error raised by ``actors.privacy.engine``."""

    code_default: Code = Code.INTERNAL

    def __init__(self, message: str, *, field: str | None = None, details: dict | None = None):
        super().__init__(self.code_default, message, field=field, details=details)


class ConfigError(PrivacyError):
    """The ``privacy_rules`` section is malformed (names the key)."""
    code_default = Code.INVALID


class InvalidInput(PrivacyError):
    """An argument of the wrong type or value (names the argument, not its content)."""
    code_default = Code.INVALID


class InputTooLarge(PrivacyError):
    """The input exceeds ``limits.max_input_chars``; it is refused whole, never partly scanned."""
    code_default = Code.TOO_LARGE


class ScanTimeout(PrivacyError):
    """The scan ran past its deadline; callers fail closed."""
    code_default = Code.TIMEOUT


class Forbidden(PrivacyError):
    """A protected path, a blocked flow or a restore the tool may not have."""
    code_default = Code.FORBIDDEN


class UnknownSession(PrivacyError):
    """The pseudonym session does not exist or has expired."""
    code_default = Code.NOT_FOUND
