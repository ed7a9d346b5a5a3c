"""The privacy engine: detection, sanitization, pseudonym vault, protected paths and data flow.

A pure library (no bus, no ZeroMQ); the privacy actor wraps it and every actor's log processor
calls ``redact_for_log``. Importing it is cheap: RE2 is loaded and patterns are compiled when the
first engine is built (about 0.1 s), and each engine then serves any number of threads.

    engine = PrivacyEngine(config["privacy_rules"], audit_dir=data_dir / "logs", home=None, user=None)

``engine.scan(text, *, project_root=None) -> list[Finding]``                      -> ``privacy.scan``
    Every finding, non-overlapping, in text order; ``Finding.to_dict()`` is type, category,
    label, span and rule — never the value. Raises InvalidInput, InputTooLarge, ScanTimeout.
``engine.sanitize(text, *, source, destination, session=None, project_root=None, path=None)
        -> SanitizeResult(text, summary, labels, blocked, reason)``              -> ``privacy.sanitize``
    Replaces secrets, identities and paths as ``sanitization_rules`` and the ``data_flow`` policy
    for ``destination`` say: ``<aws_access_key_1>``, ``<user_1>``, ``src/app.py``, ``~/notes``.
    The same value gets the same pseudonym within a session (within the call without one).
    Idempotent; its own markers are never findings. ``path`` (where the text came from) is
    checked against ``protected_paths`` first. Never raises: a failure, a timeout or an
    oversize input comes back ``blocked`` with empty text, a reason naming the rule, and an
    audit line. Every call is audited (source, destination, labels, verdict, counts).
``engine.sanitize_data(data, *, source, destination, session=None, project_root=None, path=None)
        -> SanitizeResult``  (``.text`` has the shape of ``data``)               -> ``privacy.sanitize``
    The same for a string or a JSON-like value: every string inside (map keys too) in one pass,
    one session, one flow decision, one audit line; a secret found anywhere is also replaced where
    it is repeated without its context. Bytes, other objects, nesting deeper than 64 and keys that
    collide after sanitizing block it whole.
``engine.restore(text, *, session, tool, data_sharing) -> str``                  -> ``privacy.restore``
``engine.stream_restorer(*, session, tool, data_sharing) -> StreamRestorer(.feed(tok), .flush())``
    Maps the session's pseudonyms back (only values sanitized for a ``pseudonymize`` verdict are
    kept, in memory, for ``limits.vault_ttl_s``) for the tool that owns the session, if its
    ``data_sharing`` is in ``restore.data_sharing``; a marker split across tokens comes out whole.
    Raises Forbidden, UnknownSession. ``engine.end_session(session) -> bool`` forgets one now.
``engine.check_path(path, *, base=None) -> PathVerdict(allowed, rule)``
    Protected-path check from the path alone (and its symlink target), before anything opens it.
``engine.can_flow(labels, destination) -> FlowVerdict(allowed, verdict, rule, per_label)``
``redact_for_log(value) -> str``; ``configure_log_redaction(rules, *, audit_dir=None, home=None, user=None)``
    ``<redacted:kind>`` for secrets, no vault; never raises; a failure yields a fixed marker.

Labels: secret, pii, user-path, public. Destinations: context_store, local_model, local_tool,
remote_tool, log. Verdicts: allow, pseudonymize, sanitize, block. Errors subclass
``PrivacyError`` (a ``protocol.errors.ProtocolError``: ``err.to_body()`` is an error reply).
Config keys are described in ``rules.py``; detector types in ``detectors.py``.
"""
from __future__ import annotations

from .allowlist import allowlist_entry
from .detectors import DETECTORS, SECRET_TYPES, Detector
from .engine import PrivacyEngine
from .errors import (ConfigError, Forbidden, InputTooLarge, InvalidInput, PrivacyError, ScanTimeout,
                     UnknownSession)
from .logredact import configure_log_redaction, redact_for_log
from .model import Finding, FlowVerdict, PathVerdict, SanitizeResult
from .rules import DESTINATIONS, LABELS, Limits
from .vault import StreamRestorer

__all__ = [
    "PrivacyEngine", "Finding", "SanitizeResult", "PathVerdict", "FlowVerdict", "StreamRestorer",
    "redact_for_log", "configure_log_redaction", "allowlist_entry", "DETECTORS", "SECRET_TYPES", "Detector",
    "LABELS", "DESTINATIONS", "Limits", "PrivacyError", "ConfigError", "InvalidInput", "InputTooLarge",
    "ScanTimeout", "Forbidden", "UnknownSession",
]
