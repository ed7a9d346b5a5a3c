"""Reading what a command is given (a FILE or stdin), declared once: protected files are never
opened, only regular files are read (a FIFO or a device would hang or never end), and at most
``limit`` bytes are read, streaming (no 2 GB read of /dev/zero, no read past the message limit)."""
from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from . import EXIT_USAGE, Mesh, fail

CHUNK = 1 << 16


def read_text(mesh: Mesh, file: str) -> tuple[str, str | None]:
    """(text, absolute path or None for stdin); one-line errors (exit 2) for what cannot be read."""
    limit = mesh.env.settings.bus.max_message_bytes // 2      # the text travels inside a message
    if file == "-":
        return _decode(_bounded(sys.stdin.buffer, limit, "stdin"), "stdin"), None
    path = str(Path(file).absolute())
    verdict = mesh.request("privacy.check_path", {"path": path})
    if not verdict["allowed"]:                      # refused before it is opened
        fail(f"{file} is a protected path (rule {verdict.get('rule') or '?'}); it was not read")
    try:
        st = os.stat(path)
    except OSError as e:
        fail(f"cannot read {file}: {e.strerror or e}", EXIT_USAGE)
    if stat.S_ISDIR(st.st_mode):
        fail(f"{file} is a directory", EXIT_USAGE)
    if not stat.S_ISREG(st.st_mode):
        fail(f"{file} is not a regular file (a pipe or a device is read from stdin: `cat {file} | …`)",
             EXIT_USAGE)
    if st.st_size > limit:
        fail(f"{file} has {st.st_size} bytes; at most {limit} can be sent", EXIT_USAGE)
    try:
        with open(path, "rb") as f:
            raw = _bounded(f, limit, file)
    except OSError as e:
        fail(f"cannot read {file}: {e.strerror or e}", EXIT_USAGE)
    return _decode(raw, file), path


def _bounded(stream, limit: int, name: str) -> bytes:
    parts, size = [], 0
    while chunk := stream.read(CHUNK):
        size += len(chunk)
        if size > limit:
            fail(f"{name} has more than {limit} bytes; at most that many can be sent", EXIT_USAGE)
        parts.append(chunk)
    return b"".join(parts)


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        fail(f"{name} is not UTF-8 text", EXIT_USAGE)
