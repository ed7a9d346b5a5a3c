"""Typed errors of the privacy engine, each carrying one of the protocol's stable codes.

Messages name the rule, the field or the limit — never the data that was being checked.
"""
from __future__ import annotations

from actors.shared.settings.loader import ConfigError  # noqa: F401  (the one configuration error)
from protocol.errors import Code, CodedError


class PrivacyError(CodedError):
    """Base of every error raised by ``actors.privacy.engine``."""


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
