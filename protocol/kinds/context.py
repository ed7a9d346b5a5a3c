"""Kinds of the context actor (service ``context``): contexts, patterns, metrics, backups."""
from __future__ import annotations

from typing import Any

import msgspec

from ..vocab import AccessMode, PatternKind, Tier
from . import Body, ReplyBody, Empty, declare


class Access(Body):
    mode: AccessMode = "full"
    projects: list[str] = []          # with ``limited``: only these projects ...
    sources: list[str] = []           # ... or contexts from these sources


class ContextRecord(Body):
    source: str                       # the tool that produced it
    kind: str                         # edit | chat | command | commit | file | note | ...
    content: str
    project: str = ""
    session: str | None = None
    metadata: dict[str, Any] = {}


class PreserveRequest(Body):
    record: ContextRecord
    seal: str = ""                    # from privacy.sanitize (the router adds it); unsealed: forbidden


class PreserveReply(ReplyBody):
    id: str
    tier: Tier
    created_at: float


class QueryRequest(Body):
    text: str
    k: int = 10
    project: str | None = None
    source: str | None = None
    kind: str | None = None
    tier: Tier | None = None
    since: float | None = None        # unix seconds
    until: float | None = None
    access: Access = msgspec.field(default_factory=Access)


class Hit(ReplyBody):
    id: str
    score: float
    snippet: str
    project: str = ""
    source: str = ""
    kind: str = ""
    tier: str = "active"
    created_at: float = 0.0
    session: str | None = None


class QueryReply(ReplyBody):
    results: list[Hit]


class GetRequest(Body):
    id: str
    access: Access = msgspec.field(default_factory=Access)


class Context(ReplyBody):
    id: str
    source: str
    kind: str
    content: str
    project: str = ""
    session: str | None = None
    metadata: dict[str, Any] = {}
    tier: str = "active"
    created_at: float = 0.0
    updated_at: float = 0.0
    links: list[str] = []             # synthesized: the contexts it was made from


class GetReply(ReplyBody):
    context: Context


class ArchiveRequest(Body):
    ids: list[str] = []               # archive these; empty: apply the configured policy


class ArchiveReply(ReplyBody):
    archived: list[str]


class DeleteRequest(Body):
    id: str


class DeleteReply(ReplyBody):
    deleted: bool
    resynthesized: int = 0            # synthesized contexts rewritten (or removed) without it


class ReindexReply(ReplyBody):
    contexts: int
    seconds: float


class PatternListRequest(Body):
    kind: PatternKind | None = None
    project: str | None = None
    access: Access = msgspec.field(default_factory=Access)


class Pattern(ReplyBody):
    id: str
    kind: str
    description: str
    support: float = 0.0
    confidence: float = 0.0
    success_rate: float | None = None
    items: list[str] = []
    project: str = ""
    projects: list[str] = []          # projects whose contexts support it
    evidence: list[str] = []          # ids of supporting contexts (those the asker may see)
    sequences: int = 0                # sessions (or files) it occurs in
    accepted: int = 0
    rejected: int = 0


class PatternListReply(ReplyBody):
    patterns: list[Pattern]


class FeedbackRequest(Body):
    id: str
    accepted: bool


class FeedbackReply(ReplyBody):
    id: str
    success_rate: float


class MetricsReply(ReplyBody):
    usage: dict[str, Any] = {}        # operation -> count, errors, latency percentiles
    effectiveness: dict[str, Any] = {}  # pattern id -> accepted, rejected, success rate
    resources: dict[str, Any] = {}    # process -> CPU and RSS summary
    store: dict[str, Any] = {}        # contexts per tier, bytes, index, pending work
    since: float = 0.0


class ResourcesRequest(Body):
    samples: list[dict[str, Any]]     # {name, pid, cpu_percent, rss_bytes, t}


class BackupRequest(Body):
    path: str = ""                    # a .tar/.tar.gz file or a directory; empty: <data dir>/backups
    include_models: bool | None = None  # None: the configured default


class BackupReply(ReplyBody):
    path: str
    bytes: int
    contexts: int
    files: int = 0


declare("context.preserve", service="context", request=PreserveRequest, reply=PreserveReply,
        doc="Store a sanitized context durably (the reply comes after fsync).")
declare("context.query", service="context", request=QueryRequest, reply=QueryReply,
        doc="Ranked retrieval (BM25 with recency) within scope and access; ids, scores, snippets.")
declare("context.get", service="context", request=GetRequest, reply=GetReply, doc="One context by id.")
declare("context.archive", service="context", request=ArchiveRequest, reply=ArchiveReply,
        doc="Move contexts from active to archived (named ids, or per the configured policy).")
declare("context.delete", service="context", request=DeleteRequest, reply=DeleteReply,
        doc="Remove a context from the store, every index and every derived item.")
declare("context.reindex", service="context", request=Empty, reply=ReindexReply,
        doc="Rebuild the index from the stored contexts.")
declare("pattern.list", service="context", request=PatternListRequest, reply=PatternListReply,
        doc="Learned workflow, code and integration patterns with support, confidence and success rate.")
declare("pattern.feedback", service="context", request=FeedbackRequest, reply=FeedbackReply,
        doc="A pattern's suggestion was accepted or rejected; updates its success rate.")
declare("metrics.get", service="context", request=Empty, reply=MetricsReply,
        doc="Usage, effectiveness and resource metrics.")
declare("metrics.resources", service="context", request=ResourcesRequest, reply=Empty,
        doc="Resource samples (CPU, RSS per process) from a supervisor, persisted under metrics/resources.")
declare("context.backup", service="context", request=BackupRequest, reply=BackupReply,
        doc="A consistent snapshot of the data dir and configs, taken while the mesh runs.")
