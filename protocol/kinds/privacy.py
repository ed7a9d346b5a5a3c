"""Kinds of the privacy filter (service ``privacy``)."""
from __future__ import annotations

from typing import Any

from ..vocab import DataSharing, Destination, Label, Verdict
from . import Body, ReplyBody, declare


class ScanRequest(Body):
    text: str
    source: str = ""


class Finding(ReplyBody):
    type: str        # e.g. aws_access_key, github_token, private_key, password_assignment, user_path
    start: int       # character offsets into the scanned text; never the value itself
    end: int
    rule: str
    label: Label


class ScanReply(ReplyBody):
    findings: list[Finding]
    labels: list[Label]


class SanitizeRequest(Body):
    data: Any                                   # a string, or a map/list whose strings are sanitized
    source: str
    destination: Destination
    session: str | None = None                  # pseudonyms are stable within a session
    project_root: str | None = None             # absolute paths are made relative to it
    path: str | None = None                     # where the data came from (protected-path check)


class SanitizeReply(ReplyBody):
    data: Any
    blocked: bool = False
    reason: str | None = None
    labels: list[Label] = []
    summary: dict[str, int] = {}                # finding type -> count replaced (or kept, if allowed)
    seal: str | None = None                     # proof for the context store that this passed
    verdict: Verdict | None = None


class RestoreRequest(Body):
    data: str
    session: str
    tool: str = ""
    stream: str | None = None                   # restore a token stream piece by piece
    final: bool = True                          # with ``stream``: the last piece (flush)
    # the tool's effective privacy.data_sharing (the router knows it); it can only lower what the
    # owner configured for the tool in ``tools``, which is used when this is not given
    data_sharing: DataSharing | None = None


class RestoreReply(ReplyBody):
    data: str
    restored: int = 0


class PathRequest(Body):
    path: str


class PathReply(ReplyBody):
    allowed: bool
    rule: str | None = None


declare("privacy.scan", service="privacy", request=ScanRequest, reply=ScanReply,
        doc="Find secrets, identities and user paths; findings name type, span and rule, never the value.")
declare("privacy.sanitize", service="privacy", request=SanitizeRequest, reply=SanitizeReply,
        doc="Sanitize data for a destination per the rules (redact, relativize, anonymize, pseudonymize, "
            "hash, block). Fails closed: any error blocks the data.")
declare("privacy.restore", service="privacy", request=RestoreRequest, reply=RestoreReply,
        doc="Map pseudonyms in a model's answer back to the values, for the tool that sent them, in the "
            "same session, if its data_sharing allows it.")
class ForgetRequest(Body):
    session: str


class ForgetReply(ReplyBody):
    forgotten: bool                             # false: there was no such session (or it had expired)


declare("privacy.check_path", service="privacy", request=PathRequest, reply=PathReply,
        doc="Is a path protected? Answered before anything is read.")
declare("privacy.forget", service="privacy", request=ForgetRequest, reply=ForgetReply,
        doc="Forget a pseudonym session now (the router ends each request's scope with it); sessions "
            "also expire on their own.")
