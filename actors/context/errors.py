"""Typed errors of the context library; ``code`` is the protocol's stable error code."""
from __future__ import annotations


class ContextError(Exception):
    code = "internal"


class InvalidRecord(ContextError):
    """A record, query or argument is malformed (names the field)."""
    code = "invalid"


class NotSanitized(ContextError):
    """The record carries no valid privacy-filter seal: the store refuses it."""
    code = "forbidden"


class AccessDenied(ContextError):
    """The asking tool's ``context_access`` does not allow this operation."""
    code = "forbidden"


class NotFound(ContextError):
    code = "not_found"


class Conflict(ContextError):
    """A caller-chosen id already names a different context."""
    code = "invalid"


class StoreLocked(ContextError):
    """Another process has the store open (there is one writer per data dir)."""
    code = "unavailable"


class StoreClosed(ContextError):
    code = "unavailable"


class BackupError(ContextError):
    code = "invalid"
