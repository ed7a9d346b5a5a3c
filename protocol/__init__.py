"""What is said on the enclave bus: frames, the envelope, every kind's schema, error codes.

Depends on nothing else in the project. See PROTOCOL.md next to this file.
"""
from . import frames, kinds
from .envelope import (DEFAULT_MAX_BYTES, ERROR_KIND, Envelope, check_size, decode, decode_any, encode,
                       encode_error, new_id, to_builtins)
from .errors import Code, CodedError, ProtocolError
from .kinds import KINDS, Body, Kind, decode_body, declare

__all__ = ["frames", "kinds", "DEFAULT_MAX_BYTES", "ERROR_KIND", "Envelope", "check_size", "decode",
           "decode_any", "encode", "encode_error", "new_id", "to_builtins", "Code", "CodedError", "ProtocolError",
           "KINDS", "Body", "Kind", "decode_body", "declare"]
