"""Typed errors of the context library, each carrying one of the protocol's stable codes."""
from __future__ import annotations

from protocol.errors import Code, CodedError


class ContextError(CodedError):
    """Base of every error raised by ``actors.context``."""


class InvalidRecord(ContextError):
    """A record, query or argument is malformed (names the field)."""
    code_default = Code.INVALID


class NotSanitized(ContextError):
    """The record carries no valid privacy-filter seal: the store refuses it."""
    code_default = Code.FORBIDDEN


class AccessDenied(ContextError):
    """The asking tool's ``context_access`` does not allow this operation."""
    code_default = Code.FORBIDDEN


class NotFound(ContextError):
    code_default = Code.NOT_FOUND


class Conflict(ContextError):
    """A caller-chosen id already names a different context."""
    code_default = Code.INVALID


class StoreLocked(ContextError):
    """Another process has the store open (there is one writer per data dir)."""
    code_default = Code.UNAVAILABLE


class StoreClosed(ContextError):
    code_default = Code.UNAVAILABLE


class BackupError(ContextError):
    code_default = Code.INVALID
