"""The audit trail: one JSON line per decision under the data dir. Names, counts and verdicts only.

Callers pass only rule names, type names, counts, labels and ids — no field can hold the data that
was decided on, and exception messages (which may quote input) are reduced to their type name.
"""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

AUDIT_FILE = "privacy-audit.jsonl"


class AuditLog:
    """Appends with O_APPEND on a descriptor kept open; reopened if the file is rotated away (looked
    for at most once a second, so a rotation loses nothing but may land a line in the old file)."""

    def __init__(self, directory: Path | str | None):
        self.path = None if directory is None else Path(directory) / AUDIT_FILE
        self._lock = threading.Lock()
        self._fd: int | None = None
        self._ino: int | None = None
        self._checked = 0.0
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)

    def record(self, op: str, **fields) -> None:
        if self.path is None:
            return
        import msgspec   # already loaded by the protocol package; a JSON line in about a microsecond
        entry = {"ts": round(time.time(), 3), "op": op}
        entry.update({k: v for k, v in fields.items() if v is not None})
        line = msgspec.json.encode(entry, enc_hook=str) + b"\n"
        with self._lock:
            os.write(self._descriptor(), line)

    def _descriptor(self) -> int:
        now = time.monotonic()
        if self._fd is not None and now < self._checked + 1.0:
            return self._fd          # rotation is looked for at most once a second
        self._checked = now
        try:
            ino = os.stat(self.path).st_ino
        except FileNotFoundError:
            ino = None
        if self._fd is None or ino != self._ino:
            if self._fd is not None:
                os.close(self._fd)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
            self._ino = os.fstat(self._fd).st_ino
        return self._fd

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None

    def __del__(self):
        if self._fd is not None:
            try:
                os.close(self._fd)
            except (OSError, AttributeError, TypeError):   # at interpreter exit ``os`` may be gone
                pass
