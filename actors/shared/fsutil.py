"""Durable file primitives, declared once: fsync a directory, write or copy a file atomically."""
from __future__ import annotations

import hashlib
import json
import os
import secrets
from pathlib import Path
from typing import Any


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that a reader (or a crash) sees the old file or the new one."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        if durable:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(tmp)
        raise
    os.close(fd)
    os.replace(tmp, path)
    if durable:
        fsync_dir(path.parent)


def atomic_write_json(path: Path, value: Any, *, durable: bool = True) -> None:
    data = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode()
    atomic_write_bytes(path, data, durable=durable)


def read_json(path: Path, default: Any = None) -> Any:
    """The JSON in ``path``, or ``default`` if it is missing or unreadable (a derived file)."""
    try:
        return json.loads(Path(path).read_bytes())
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        return default


def atomic_copy(src: Path, dest: Path) -> str:
    """Copy ``src`` to ``dest`` durably and atomically (no half file ever under ``dest``); returns
    the sha256 of what was copied."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.partial")
    digest = hashlib.sha256()
    try:
        with open(src, "rb") as i, open(tmp, "xb") as o:
            while block := i.read(1 << 20):
                o.write(block)
                digest.update(block)
            o.flush()
            os.fsync(o.fileno())
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return digest.hexdigest()
