"""Config changes that keep the previous version: ``<dir>/.history/<file name>/<UTC time>``.

``save_config`` writes atomically (a reader or a crash sees the old file or the new one) after
copying the old one into the history. ``rollback_config`` steps back one version at a time: the
version in place after a rollback is remembered (``.current`` in the history), so the next
rollback goes one further back instead of undoing the last one; the version a rollback replaced is
kept, so ``rollback_config(path, version)`` can go forward again. A plain save forgets the place.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from ..fsutil import atomic_write_bytes, fsync_dir

HISTORY_DIR = ".history"
CURRENT = ".current"          # in a file's history dir: the kept version now in place, if any


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


def _write(path: Path, raw: bytes, keep: int, now: float | None) -> Path | None:
    kept = None
    if path.exists():
        old = path.read_bytes()
        if old == raw:
            return None  # no change, no new version
        if not any(v.read_bytes() == old for v in config_versions(path)):
            kept = _keep(path, old, time.time() if now is None else now)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write_bytes(path, raw, mode=0o600)
    _prune(path, keep)
    return kept


def save_config(path: str | os.PathLike, data: Any, *, keep: int = 20,
                now: float | None = None) -> Path | None:
    """Write ``data`` to ``path``; returns where the previous version was kept (None if new or
    already kept)."""
    path = Path(path)
    raw = _encode(path, data)
    kept = _write(path, raw, keep, now)
    (history_dir(path) / CURRENT).unlink(missing_ok=True)     # a new version: no place in history
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


def current_version(path: str | os.PathLike) -> str | None:
    """The kept version now in place after a rollback (None after a plain save)."""
    try:
        return (history_dir(Path(path)) / CURRENT).read_text().strip() or None
    except FileNotFoundError:
        return None


def rollback_config(path: str | os.PathLike, version: str | os.PathLike | None = None, *,
                    keep: int = 20, dry_run: bool = False) -> Path:
    """Put back ``version``, or by default the version before the one in place; returns it
    (``dry_run``: only which one it would be)."""
    path = Path(path)
    versions = config_versions(path)
    if version is None:
        here = current_version(path)
        names = [v.name for v in versions]
        older = versions[names.index(here) + 1:] if here in names else versions
        if not older:
            raise ConfigHistoryError(f"{path.name}: no older version kept")
        chosen = older[0]
    else:
        chosen = Path(version) if Path(version).is_absolute() else history_dir(path) / Path(version).name
        if chosen not in versions:
            raise ConfigHistoryError(f"{path.name}: no kept version {Path(version).name}")
    if dry_run:
        return chosen
    _write(path, chosen.read_bytes(), keep, None)
    atomic_write_bytes(history_dir(path) / CURRENT, chosen.name.encode())
    return chosen


def _prune(path: Path, keep: int) -> None:
    versions = config_versions(path)
    for old in versions[max(1, keep):]:
        old.unlink(missing_ok=True)
    if versions[max(1, keep):]:
        fsync_dir(history_dir(path))
