"""``redact_for_log``: the same engine behind every actor's structlog redaction processor.

The engine is built on first use (so importing or configuring this costs nothing) from the rules
given to ``configure_log_redaction`` — or, if nobody configured it, from empty rules, which means
every detector and the strict defaults.
"""
from __future__ import annotations

import threading
from pathlib import Path

_lock = threading.Lock()
_engine = None
_settings: tuple = (None, None, None, None)     # (rules, audit_dir, home, user) of the next build


def configure_log_redaction(rules: dict | None = None, *, audit_dir: Path | str | None = None,
                            home: str | None = None, user: str | None = None) -> None:
    """Use these ``privacy_rules`` for log redaction in this process (call once at startup). The
    engine is built at the first log event, so a process starts its work (a supervisor its
    children) before paying for it."""
    global _engine, _settings
    with _lock:
        _engine, _settings = None, (rules, audit_dir, home, user)


def _get():
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                from .engine import PrivacyEngine
                rules, audit_dir, home, user = _settings
                _engine = PrivacyEngine(rules, audit_dir=audit_dir, home=home, user=user)
    return _engine


def redact_for_log(value: str) -> str:
    """``value`` with every secret replaced by ``<redacted:kind>``; never raises, never passes a
    value it could not check (that comes back as ``<redacted: privacy check failed>``)."""
    if not isinstance(value, str):
        try:
            value = str(value)
        except Exception:
            return "<redacted: privacy check failed>"
    try:
        engine = _get()
    except Exception:
        return "<redacted: privacy check failed>"
    return engine.redact(value)
