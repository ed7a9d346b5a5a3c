"""Kinds of the context actor (service ``context``): contexts, patterns, metrics, backups."""
from __future__ import annotations

from typing import Any

import msgspec

from ..vocab import AccessMode, DenseState, PatternKind, Tier, TimeOrder
from . import Body, ReplyBody, Empty, declare, default_of


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


class WhyRequest(Body):
    id: str                           # the context to explain
    text: str                         # the query, as context.query would be asked it
    k: int = default_of(QueryRequest, "k")   # k, project, access: as in that context.query
    project: str | None = None
    access: Access = msgspec.field(default_factory=Access)


class LexicalSignal(ReplyBody):
    rank: int | None                  # among every context the query matches (1 = best); nil: no match
    bm25: float                       # over content and metadata (1.0 for a query without terms)
    recency: float                    # 1 + recency_weight * 2^(-age / half-life)
    tier_weight: float
    score: float                      # bm25 * recency * tier_weight
    contribution: float               # its part of the score (score fusion: lexical_weight * score / best score; rank fusion: 1/(rrf_k + rank - 1); 0 past the depth)


class DenseSignal(ReplyBody):
    state: DenseState                 # no embedder installed, unused (no terms), not yet embedded, embedded
    rank: int | None                  # among the embedded contexts the filters admit
    cosine: float | None              # its similarity to the query (nil: not embedded)
    contribution: float               # score fusion: (1 - lexical_weight) * cosine scaled to the candidates' range; rank fusion: dense_weight/(rrf_k + rank - 1); 0 past the depth


class TimeSignal(ReplyBody):
    order: TimeOrder                  # the contexts about the question's subject went first so (none: no time step)
    same_subject: bool                # it is one of them
    cosine_threshold: float | None    # the cosine that made a context "about the same subject"
    fused_rank: int | None            # its place after fusion, before the time step


class WhyReply(ReplyBody):
    id: str
    text: str
    k: int
    depth: int                        # how deep each ranking's candidates go
    candidates: int                   # how many the ranking ordered
    candidate_rank: int | None        # its place among them (nil: not a candidate)
    rank: int | None                  # its place in context.query's results (nil: not returned)
    score: float | None               # the score context.query gives it
    filtered: str                     # why the query's filters leave it out ("": they do not)
    lexical: LexicalSignal
    dense: DenseSignal
    time: TimeSignal
    cause: float = 1.0                # the factor a question asking why gives it: > 1 explaining a fault, < 1 asking for something
    now: float = 1.0                  # the factor a question about how things stand now gives it: > 1 for a statement that its subject changed
    before: float = 1.0               # the factor a question about what came before a name gives it: < 1 from that name's first mention on (or, no name given, from a statement that the subject changed)


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
declare("context.why", service="context", request=WhyRequest, reply=WhyReply,
        doc="Why context.query ranks a context where it does: each signal, its part of the score, the rank.")
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
