"""Durable file primitives, declared once: fsync a directory, write or copy a file atomically."""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import stat
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


def read_secret(path: str | os.PathLike, max_bytes: int = 4096) -> bytes:
    """A secret file of ours: never through a symlink, refused if another user owns it, tightened to
    0600 if it is looser (it is still ours). FileNotFoundError if there is none."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        st = os.fstat(fd)
        if st.st_uid != os.getuid():
            raise PermissionError(f"{path} belongs to uid {st.st_uid}, not to this user")
        if stat.S_IMODE(st.st_mode) & 0o077:
            os.fchmod(fd, 0o600)
        return os.read(fd, max_bytes + 1)
    finally:
        os.close(fd)


def load_or_create_secret(path: str | os.PathLike, make, *, max_bytes: int = 4096) -> bytes:
    """The secret at ``path``, made with ``make()`` (mode 0600, parents 0700) if there is none.

    Creation is race-free between processes: the secret is written to a private temporary file and
    hard-linked into place, so a reader sees either no file or a complete secret."""
    path = Path(path)
    try:
        return read_secret(path, max_bytes)
    except FileNotFoundError:
        pass
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, make())
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # atomic; fails if another process won the race
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)
    fsync_dir(path.parent)
    return read_secret(path, max_bytes)
