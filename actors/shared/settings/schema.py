"""The typed shape of the configuration: every section, every key, its type and range.

No defaults here: the values live in ``configs/*.json`` (declared once, there). A section is
decoded from the merged configuration, so a misspelt key or a wrong type is an error naming the
key. Maps whose entries share a template (``tools``, ``model_configs``) merge each entry over
their ``default`` entry before decoding (see ``loader.ENTRY_MAPS``).
"""
from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from protocol import DEFAULT_MAX_BYTES
from protocol.vocab import (AccessMode, DataSharing, Destination, IntegrationType, Label, Task,
                            Verdict)

Positive = Annotated[int, Meta(ge=1)]
NonNegative = Annotated[int, Meta(ge=0)]
Seconds = Annotated[float, Meta(ge=0)]
Fraction = Annotated[float, Meta(ge=0, le=1)]
Amount = Annotated[float, Meta(ge=0)]             # a quantity that is not a time (a weight, an idf)
Port = Annotated[int, Meta(ge=0, le=65535)]
Size = Annotated[str, Meta(pattern=r"^\s*\d+(\.\d+)?\s*[KMGT]?i?B?\s*$")]   # "512M", "1G", "1.5GiB"


class Section(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    """Base of every section: unknown keys are errors."""


# ---- bus ----------------------------------------------------------------------------------------
class Tcp(Section):
    enabled: bool
    host: str
    port: Port


class Bus(Section):
    heartbeat_ms: Annotated[int, Meta(ge=10)]
    liveness: Annotated[int, Meta(ge=2)]
    max_queue: Positive
    max_inflight_per_peer: Positive   # a tool connection's requests in flight (the internal endpoint: no cap)
    no_worker_wait_ms: NonNegative
    public_services: list[str]
    known_services: list[str]
    tcp: Tcp
    # the protocol declares the limit every peer assumes; a mesh may lower or raise it here
    max_message_bytes: Annotated[int, Meta(ge=65536)] = DEFAULT_MAX_BYTES


# ---- supervisor and logging -----------------------------------------------------------------------
class Restart(Section):
    max_restarts: NonNegative
    window_s: Seconds
    backoff_initial_ms: NonNegative
    backoff_max_ms: NonNegative
    stable_after_s: Seconds


class Supervisor(Section):
    children: list[str]
    restart: Restart
    stop_grace_s: Seconds
    resource_sample_s: Annotated[float, Meta(gt=0)]
    extra_processes: dict[str, Annotated[str, Meta(pattern=r"^[\w.]+:\w+$")]]


class Logging(Section):
    level: Literal["debug", "info", "warning", "error"]
    console: bool


# ---- tools, router, adapters ----------------------------------------------------------------------
class ToolFeatures(Section):
    context_sync: bool               # reads and writes contexts; its conversations are kept as contexts
    pattern_learning: bool
    command_integration: bool
    memory: bool                     # its generations get what the context store knows (opt-in)


class ToolPrivacy(Section):
    data_sharing: DataSharing
    context_access: AccessMode


class ToolEntry(Section):
    integration_type: IntegrationType
    features: ToolFeatures
    privacy: ToolPrivacy
    sources: list[str]               # with limited access: also contexts these tools wrote
    projects: list[str]              # with limited access: also these projects' contexts
    shared: bool                     # several connections may hold the name at once (hooks)


class Router(Section):
    allow_unknown_tools: bool
    capacity: Positive
    max_streams: Positive
    streams_per_connection: Positive
    idle_timeout_s: Annotated[float, Meta(gt=0)]
    keepalive_s: Annotated[float, Meta(gt=0)]
    privacy_timeout_s: Annotated[float, Meta(gt=0)]
    context_timeout_s: Annotated[float, Meta(gt=0)]
    llm_timeout_s: Annotated[float, Meta(gt=0)]
    mailbox_size: Positive
    event_topics: list[str]
    record_messages_per_s: Seconds
    max_tools: Positive                  # registered tool connections at once (then ``busy``)
    max_generations_per_tool: Positive   # a tool's llm.generate running or queued at once
    writes_per_s: Annotated[float, Meta(gt=0)]   # a tool's preserves and messages, sustained ...
    write_burst: Positive                # ... and at once
    memory_chars: Positive               # what memory gives the model at most (characters) ...
    memory_contexts: Positive            # ... from at most this many contexts
    capture_queue: Positive              # conversation turns waiting to be kept (then dropped, logged)
    capture_quiet_s: Seconds             # a turn is kept once no generation ran for this long ...
    capture_wait_max_s: Seconds          # ... or once it waited this long (back-to-back requests)


DoorAuth = Literal["token", "token_or_owner", "none"]
# token: the owner's token; token_or_owner: the token, or a loopback connection the kernel says is the
# owner's own process (for clients that cannot send a token); none: nothing (loopback doors only)


class HttpDoors(Section):
    """What every HTTP door shares."""
    auth: DoorAuth
    allowed_origins: list[str]       # web origins allowed to call the doors (none by default)
    max_body_bytes: Positive
    unix_sockets: bool               # also serve each door on <runtime dir>/<door>.sock (0600)


class OpenAIAdapter(Section):
    host: str
    port: Port
    tool: str
    models: dict[str, Task]
    default_task: Task
    max_tokens: Positive


class OllamaAdapter(Section):
    host: str
    port: Port
    tool: str
    auth: DoorAuth                   # this door's own: Ollama clients send no token
    models: dict[str, Task]          # names (also name:latest) that stand for a role
    default_task: Task
    max_tokens: Positive             # num_predict when a request gives none


class McpAdapter(Section):
    host: str
    http_port: Port
    tool: str


class ShellAdapter(Section):
    tool: str
    project: str


class GitAdapter(Section):
    tool: str


class Adapters(Section):
    http: HttpDoors
    openai: OpenAIAdapter
    ollama: OllamaAdapter
    mcp: McpAdapter
    shell: ShellAdapter
    git: GitAdapter


# ---- models -------------------------------------------------------------------------------------
class LlmQueue(Section):
    interactive: NonNegative
    background: NonNegative


CpuPriority = Literal["low", "normal"]        # low: nice 19, idle I/O, SCHED_IDLE where permitted


class LlmResources(Section):
    max_concurrent: Positive
    memory_per_model: Size
    cpu_priority: CpuPriority
    interactive_priority: CpuPriority
    gpu_enabled: bool
    memory_headroom: Size
    keep_alive_s: float              # < 0: never unload for idleness
    idle_preload_after_s: float | None   # None or < 0: never preload
    pinned: list[str]
    queue: LlmQueue


class LlmThrottle(Section):
    cpu_budget: Fraction
    interactive_cpu_budget: Fraction
    idle_below: Fraction             # the machine counts as idle below this CPU share (1: always)
    period_s: Annotated[float, Meta(gt=0)]
    window_s: Annotated[float, Meta(gt=0)]


class ModelConfig(Section):
    threads: Positive
    context_size: Positive
    batch_size: Positive
    chat_format: str | None          # only for GGUFs without tokenizer.chat_template
    memory_limit: Size | None        # None: llm_resources.memory_per_model


# ---- privacy ------------------------------------------------------------------------------------
class CustomPattern(Section):
    """A user's own detector in ``sensitive_patterns``."""
    name: str
    pattern: str
    keywords: list[str] = []
    rule: str = "api_keys"
    edges: bool = True


class DataFlow(Section):
    policy: dict[Label, dict[Destination, Verdict]]


class Restore(Section):
    data_sharing: list[DataSharing]


class Allowlist(Section):
    salt: str
    hashes: list[str]


def scan_seconds(limits, chars: int) -> float:
    """How long the privacy filter may work on ``chars`` characters before it fails closed
    (``timeout_ms`` and ``timeout_ms_per_mib`` of a ``PrivacyLimits``, or of the engine's copy)."""
    return (limits.timeout_ms + limits.timeout_ms_per_mib * chars / (1 << 20)) / 1000


class PrivacyLimits(Section):
    max_input_chars: Positive        # above: refused whole (fail closed)
    chunk_chars: Positive            # above: scanned in chunks ...
    chunk_overlap: Positive          # ... overlapping by more than the longest secret
    timeout_ms: Positive             # per call ...
    timeout_ms_per_mib: Positive     # ... plus this per MiB of input; past it: fail closed
    vault_ttl_s: Annotated[float, Meta(gt=0)]   # a pseudonym session's life after its last use
    max_sessions: Positive


class PrivacyRules(Section):
    sensitive_patterns: list[str | CustomPattern]
    protected_paths: list[str]
    sanitization_rules: dict[str, str]
    data_flow: DataFlow
    restore: Restore
    allowlist: Allowlist
    limits: PrivacyLimits


class Privacy(Section):
    stream_ttl_s: Annotated[float, Meta(gt=0)]
    max_streams: Positive


# ---- context ------------------------------------------------------------------------------------
class ContextStoreSettings(Section):
    sync: Literal["fdatasync", "fsync", "none"]
    segment_max_bytes: Positive
    compact_dead_ratio: Fraction
    max_content_bytes: Positive
    max_metadata_bytes: Positive
    max_batch: Positive


class TierWeights(Section):
    active: Seconds
    archived: Seconds
    synthesized: Seconds


class ContextQuery(Section):
    default_k: Positive
    max_k: Positive
    max_query_chars: Positive
    max_terms: Positive
    bm25_k1: Seconds
    bm25_b: Fraction
    metadata_weight: Seconds
    recency_weight: Seconds
    recency_half_life_days: Annotated[float, Meta(gt=0)]
    tier_weights: TierWeights
    snippet_chars: Positive
    embedder: str                 # the sentence-embedding model for hybrid retrieval ("" = lexical only)
    hybrid_depth: Positive        # how deep each ranking goes before they are fused
    fusion: Literal["score", "rrf"]  # how the two rankings combine: by scaled score, or by reciprocal rank
    lexical_weight: Fraction      # score fusion: the lexical score's share (the cosine's: the rest)
    rrf_k: Positive               # reciprocal rank fusion's constant
    dense_weight: Seconds         # the dense ranking's weight in the rank fusion (lexical: 1)
    embed_batch: Positive         # contexts embedded per background round ...
    embed_quiet_s: Seconds        # ... once no request came for this long (requests keep the cores) ...
    embed_wait_max_s: Seconds     # ... or once the oldest has waited this long
    time_window: Positive         # the first N of the fused ranking are ordered in time ...
    time_band: Fraction           # ... those within this cosine of the best (about the same subject) ...
    time_floor: Fraction          # ... and at least this fraction of the best cosine ...
    time_group: Positive          # ... at most this many: newest first, or earliest for "first" questions
    repeat_cosine: Fraction       # a context this close to one ranked above it repeats it: one place for both
    supersede_cosine: Fraction    # a newer statement (not a command) this close to an older one supersedes it (1: off)
    subject_idf: Amount           # ... or, for a question about now, one sharing a question term this rare (high: off)
    successor_weight: Amount      # "what did we use before X": a statement from X's first mention on scores this times as much; no X named, from a statement that the subject changed (1: off)
    change_boost: Amount          # a question about now: a statement that its subject changed ("moved to Argo CD") scores 1 + this times as much (0: off)
    cause_boost: Amount           # a "why" question: a statement that explains a fault scores 1 + this times as much, one that asks for something 1 / (1 + this)³ (0: off)


class ContextIndex(Section):
    snapshot_after_changes: Positive
    compact_dead_ratio: Fraction


class ContextArchive(Section):
    enabled: bool
    max_age_days: Seconds
    max_active_count: Positive
    max_active_bytes: Positive
    check_interval_s: Annotated[float, Meta(gt=0)]
    batch: Positive


class ContextSynthesis(Section):
    enabled: bool
    group_by: list[str]
    min_sources: Positive
    max_sources_per_summary: Positive
    summary_max_chars: Positive
    refresh_interval_s: Seconds          # 0: on every background round


class SequenceMining(Section):
    kinds: list[str]
    min_support: Positive
    min_confidence: Fraction
    significance: Fraction
    prior_actions: Positive
    max_length: Annotated[int, Meta(ge=2)]
    max_gap: NonNegative
    closed_ratio: Fraction
    extension_ratio: Fraction


class WorkflowMining(SequenceMining):
    trivial_actions: list[str]


class CodeMining(Section):
    kinds: list[str]
    min_support: Positive
    min_confidence: Fraction
    convention_min_confidence: Fraction


class PatternLearning(Section):
    enabled: bool
    mine_interval_s: Seconds             # 0: on every background round
    max_evidence: Positive
    workflow: WorkflowMining
    code: CodeMining
    integration: SequenceMining


class ContextMetrics(Section):
    flush_interval_s: Annotated[float, Meta(gt=0)]
    resources_retention_days: Annotated[float, Meta(gt=0)]


class ContextBackup(Section):
    include_models: bool
    config_history_keep: Positive


class ContextActor(Section):
    summarize_with_llm: bool
    summary_timeout_s: Annotated[float, Meta(gt=0)]
    summary_max_tokens: Positive
    summary_chars_per_context: Positive
    llm_retry_after_s: Seconds
    privacy_timeout_s: Annotated[float, Meta(gt=0)]
    background_idle_s: Annotated[float, Meta(gt=0)]


class Context(Section):
    store: ContextStoreSettings
    query: ContextQuery
    index: ContextIndex
    archive: ContextArchive
    synthesis: ContextSynthesis
    pattern_learning: PatternLearning
    metrics: ContextMetrics
    backup: ContextBackup
    actor: ContextActor


# ---- the whole --------------------------------------------------------------------------------
class Settings(Section):
    bus: Bus
    supervisor: Supervisor
    logging: Logging
    tools: dict[str, ToolEntry]
    router: Router
    adapters: Adapters
    llm_resources: LlmResources
    llm_throttle: LlmThrottle
    llm_roles: dict[Task, list[str]]
    model_configs: dict[str, ModelConfig]
    privacy_rules: PrivacyRules
    privacy: Privacy
    context: Context

    def to_dict(self) -> dict[str, Any]:
        """Plain data (for libraries that take a section as a dict)."""
        return msgspec.to_builtins(self)
