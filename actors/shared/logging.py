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


def _redact_text(text: str) -> str:
    for fn in _redactors:
        try:
            text = fn(text)
        except Exception:
            return "[redaction failed: value withheld]"   # fail closed
    return text


def _redact_value(value: Any) -> Any:
    """Every string in the event, keys included; anything that is not a plain scalar is redacted as
    its text (bytes, exceptions, objects could all carry a secret in their repr)."""
    if isinstance(value, str):
        return _redact_text(value)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, dict):
        return {_redact_text(str(k)): _redact_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_redact_value(v) for v in value]
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _redact_text(bytes(value).decode("utf-8", "replace"))
    try:
        return _redact_text(str(value))
    except Exception:
        return "[redaction failed: value withheld]"


def redact(_logger, _name, event_dict: dict) -> dict:
    if not _redactors:
        return event_dict
    return _redact_value(event_dict)


class _Tee:
    """Final processor: a JSON line to the file, a readable line (or nothing) to the console."""

    def __init__(self, path: Path | None, console: bool):
        self.file = None
        if path:   # the user's alone: 0600 in a 0700 directory
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            self.file = open(fd, "a", buffering=1, encoding="utf-8")
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
        Path(logs_dir).mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(logs_dir, 0o700)
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
