"""The context library: store, query, synthesis, pattern learning, metrics, backup (issue 5).

A pure library — no bus code — that the context actor drives. Everything takes paths and the
``context`` config section (a plain dict; defaults in ``configs/context.json``).

Main entry point, for the actor::

    engine = ContextEngine(data_dir, config_section, seal_key=load_or_create_key(key_path),
                           summarize=None | (lambda texts: str | None),   # the local model
                           is_clean=None | (lambda text: bool))           # privacy re-check
    engine.recovery                       # what start-up found/repaired (dict)
    ctx = engine.preserve(record, seal)   # durable on return; NotSanitized if the seal is bad
    engine.preserve_many([(record, seal), ...])
    engine.get(id, access=scope)          # Context; NotFound (also when access hides it)
    engine.query(text, k=10, project=, source=, kind=, tier=, session=, since=, until=,
                 access=scope)            # [Hit(id, score, snippet, project, source, kind, tier,
                                          #      created, session)]
    engine.why(id, text, k=10, project=, access=scope)  # Why: each signal of its rank (why.py)
    engine.archive(ids=None, policy=None) # -> archived ids
    engine.delete(id)                     # gone from log, index, synthesized contexts, evidence
    engine.patterns(kind=None, project=None, access=scope) -> [pattern dict]
    engine.feedback(pattern_id, accepted: bool) -> effectiveness dict
    engine.record_resources([{actor, pid, cpu_percent, rss_bytes, ts}])
    engine.metrics_snapshot() -> dict     # for `enclave metrics`
    engine.reindex(); engine.check_and_repair(deep=False)
    engine.backup(dest, configs_dir)      # consistent while writes continue
    # background thread:
    engine.wait_for_work(engine.idle_wait(busy_s)); engine.process_pending()
    engine.close()

``restore(src, data_dir, configs_dir)`` needs the engine closed. ``scope`` is a tool's ``context_access``:
``{"mode": "full"|"limited"|"none", "projects": [...], "sources": [...]}`` (None = full).
Errors are ``ContextError`` subclasses with a protocol ``code``.

The actor (``actor.py``, service ``context``) maps every ``context.*``, ``pattern.*`` and
``metrics.*`` kind onto the engine. Seal contract: the seal covers ``protocol.to_builtins(record)``
(the ContextRecord Struct as builtins, default-valued fields omitted) exactly; the privacy actor
seals the ``data`` it returns from ``privacy.sanitize`` for ``context_store`` with the key in
``<data dir>/keys/seal.key``.
"""
from .access import Access
from .backup import backup, restore, verify as verify_backup
from .engine import ContextEngine
from .errors import (AccessDenied, BackupError, Conflict, ContextError, InvalidRecord, NotFound,
                     NotSanitized, StoreClosed, StoreLocked)
from .log import StorageError
from .metrics import Metrics
from .patterns import PatternLearner, PatternStore, PatternValidator
from .record import Context
from .store import ContextStore, Hit
from .synthesis import Synthesizer

__all__ = [
    "Access", "AccessDenied", "BackupError", "Conflict", "Context", "ContextEngine",
    "ContextError", "ContextStore", "Hit", "InvalidRecord", "Metrics", "NotFound", "NotSanitized",
    "PatternLearner", "PatternStore", "PatternValidator", "StorageError", "StoreClosed",
    "StoreLocked", "Synthesizer", "backup", "restore", "verify_backup",
]
