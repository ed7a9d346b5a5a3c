"""Config changes that keep the previous version: ``<dir>/.history/<file name>/<UTC time>``.

``save_config`` writes atomically (a reader or a crash sees the old file or the new one) after
copying the old one into the history; ``rollback_config`` puts a kept version back (keeping the
current one too, so a rollback can itself be undone).
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from .fsutil import atomic_write_bytes, fsync_dir

HISTORY_DIR = ".history"


class ConfigHistoryError(ValueError):
    pass


def history_dir(path: Path) -> Path:
    path = Path(path)
    return path.parent / HISTORY_DIR / path.name


def _encode(path: Path, data: Any) -> bytes:
    if isinstance(data, (dict, list)):
        return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode()
    raw = data.encode() if isinstance(data, str) else data
    if not isinstance(raw, bytes):
        raise ConfigHistoryError("config: a dict, str or bytes")
    if path.suffix == ".json":
        try:
            json.loads(raw)
        except ValueError as e:
            raise ConfigHistoryError(f"{path.name}: not valid JSON ({e})") from None
    return raw


def _stamp(now: float) -> str:
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f".{int(now % 1 * 1e6):06d}Z"


def save_config(path: str | os.PathLike, data: Any, *, keep: int = 20,
                now: float | None = None) -> Path | None:
    """Write ``data`` to ``path``; returns where the previous version was kept (None if new)."""
    path = Path(path)
    raw = _encode(path, data)
    kept = None
    if path.exists():
        old = path.read_bytes()
        if old == raw:
            return None  # no change, no new version
        kept = _keep(path, old, time.time() if now is None else now)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, raw, mode=0o600)
    _prune(path, keep)
    return kept


def _keep(path: Path, data: bytes, now: float) -> Path:
    hist = history_dir(path)
    hist.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = hist / _stamp(now)
    n = 0
    while target.exists():
        n += 1
        target = hist / f"{_stamp(now)}-{n}"
    atomic_write_bytes(target, data)
    return target


def config_versions(path: str | os.PathLike) -> list[Path]:
    """Kept versions of ``path``, newest first."""
    hist = history_dir(Path(path))
    if not hist.is_dir():
        return []
    return sorted((p for p in hist.iterdir() if p.is_file() and not p.name.startswith(".")),
                  key=lambda p: p.name, reverse=True)


def rollback_config(path: str | os.PathLike, version: str | os.PathLike | None = None, *,
                    keep: int = 20) -> Path:
    """Put back ``version`` (default: the newest kept one); returns the version restored."""
    path = Path(path)
    versions = config_versions(path)
    if not versions:
        raise ConfigHistoryError(f"{path.name}: no previous version kept")
    chosen = versions[0] if version is None else Path(version)
    if not chosen.is_absolute():
        chosen = history_dir(path) / chosen
    if chosen not in versions:
        raise ConfigHistoryError(f"{path.name}: no kept version {Path(version).name}")
    save_config(path, chosen.read_bytes(), keep=keep)
    return chosen


def _prune(path: Path, keep: int) -> None:
    versions = config_versions(path)
    for old in versions[max(1, keep):]:
        old.unlink(missing_ok=True)
    if versions[max(1, keep):]:
        fsync_dir(history_dir(path))
