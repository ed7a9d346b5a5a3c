"""Typed errors of the llm area, each carrying one of the protocol's stable codes.

They subclass ``ProtocolError`` so an actor can answer with ``err.to_body()`` as it is.
"""
from __future__ import annotations

from protocol.errors import Code, CodedError


class LLMError(CodedError):
    """Base of every error raised by ``actors.llm``."""


class InvalidRequest(LLMError):
    """A request or argument that can never succeed as given."""
    code_default = Code.INVALID


class ModelNotFound(LLMError):
    """A model name that is not installed (the message lists what is)."""
    code_default = Code.NOT_FOUND

    def __init__(self, name: str, installed: list[str], *, message: str | None = None):
        have = ", ".join(sorted(installed)) or "none"
        super().__init__(message or f"unknown model {name!r}; installed: {have}",
                         details={"name": name, "installed": sorted(installed)})


class UnknownCatalogModel(LLMError):
    """``pull`` of a name the catalog does not publish (the message lists what it does)."""
    code_default = Code.NOT_FOUND

    def __init__(self, name: str, known: list[str]):
        super().__init__(f"no pullable model named {name!r}; available: {', '.join(sorted(known))}",
                         details={"name": name, "available": sorted(known)})


class InvalidModelFile(LLMError):
    """A file that is not a readable GGUF model."""
    code_default = Code.INVALID


class PullError(LLMError):
    """Fetching or assembling a model failed; nothing was left behind."""
    code_default = Code.UNAVAILABLE


class NetworkUnavailable(PullError):
    """The package index could not be reached."""


class ChecksumMismatch(PullError):
    """The assembled file's sha256 differs from the declared one."""
    code_default = Code.INTERNAL


class StoreError(LLMError):
    """The models directory or its manifest could not be used."""
    code_default = Code.INTERNAL


class Busy(LLMError):
    """Queue full, or every slot held by a busy model: retry after the hint."""
    code_default = Code.BUSY

    def __init__(self, message: str, retry_after_s: float):
        super().__init__(message, retry_after_ms=max(1, int(retry_after_s * 1000)))
        self.retry_after_s = retry_after_s


class DoesNotFit(LLMError):
    """A model that cannot be loaded within the configured or available memory, ever."""
    code_default = Code.UNAVAILABLE


class Cancelled(LLMError):
    """The request was cancelled (client gone or explicit cancel)."""
    code_default = Code.CANCELLED

    def __init__(self, message: str = "request cancelled", partial: object = None):
        super().__init__(message)
        self.partial = partial


class DeadlineExceeded(LLMError):
    """The request's deadline passed before it finished."""
    code_default = Code.TIMEOUT

    def __init__(self, message: str = "deadline exceeded", partial: object = None):
        super().__init__(message)
        self.partial = partial
