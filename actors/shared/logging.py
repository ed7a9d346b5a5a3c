"""Structured logging: a pipeline of small structlog processors.

Every event goes through the redaction step (the privacy engine's ``redact_for_log`` once it is
importable; plug more in with ``add_redactor``), then is written as one JSON line to
``logs/<process>.log`` and, when asked, rendered readably on stderr.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Any, Callable

import structlog

_redactors: list[Callable[[str], str]] = []
_lock = threading.Lock()
_LEVELS = {"debug": 10, "info": 20, "warning": 30, "error": 40}


def add_redactor(fn: Callable[[str], str]) -> None:
    """Register a function applied to every string in every log event (before anything is written)."""
    _redactors.append(fn)


def _default_redactors(rules: dict | None) -> None:
    """The privacy engine's log redaction, with this mesh's ``privacy_rules``."""
    if _redactors:
        return
    try:
        from actors.privacy.engine import configure_log_redaction, redact_for_log
    except ImportError:
        return
    if rules is not None:
        configure_log_redaction(rules)
    add_redactor(redact_for_log)


def _redact_value(value: Any) -> Any:
    if isinstance(value, str):
        for fn in _redactors:
            try:
                value = fn(value)
            except Exception:
                return "[redaction failed: value withheld]"   # fail closed
        return value
    if isinstance(value, dict):
        return {k: _redact_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_redact_value(v) for v in value]
    return value


def redact(_logger, _name, event_dict: dict) -> dict:
    if not _redactors:
        return event_dict
    return {k: _redact_value(v) for k, v in event_dict.items()}


class _Tee:
    """Final processor: a JSON line to the file, a readable line (or nothing) to the console."""

    def __init__(self, path: Path | None, console: bool):
        self.file = open(path, "a", buffering=1, encoding="utf-8") if path else None
        self.console = structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty()) if console else None

    def __call__(self, logger, name, event_dict: dict) -> str:
        if self.file is not None:
            line = json.dumps(event_dict, default=str, ensure_ascii=False)
            with _lock:
                self.file.write(line + "\n")
        if self.console is None:
            raise structlog.DropEvent
        return self.console(logger, name, dict(event_dict))


def configure(process: str, logs_dir: Path | None, *, level: str = "info", console: bool = True,
              privacy_rules: dict | None = None) -> Any:
    _default_redactors(privacy_rules)
    if logs_dir is not None:
        Path(logs_dir).mkdir(parents=True, exist_ok=True)
    path = Path(logs_dir) / f"{process}.log" if logs_dir is not None else None
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            redact,
            _Tee(path, console),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(_LEVELS.get(level, 20)),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=False,
    )
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    return structlog.get_logger().bind(process=process, pid=os.getpid())


def get_logger(**bind) -> Any:
    return structlog.get_logger().bind(**bind)
