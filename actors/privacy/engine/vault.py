"""Per-session pseudonyms: stable numbering, a reversible map for local models, and restoration.

A session numbers each distinct value per kind (``<secret_1>``, ``<secret_2>``) through a keyed hash
(BLAKE2b with a per-session random key),
so a value seen again gets the same pseudonym without the session keeping the value. Only values
sanitized with the ``pseudonymize`` action are kept, in memory, so ``restore`` can map a local
model's answer back for the tool that sent them. Nothing here is ever serialized: sessions refuse
pickling, hide their contents from ``repr`` and expire after ``ttl_s`` without use.
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
import time

from .errors import Forbidden, UnknownSession

MARKER_MAX = 64   # longest marker the stream restorer holds back: <kind_123456>
MARKER = re.compile(r"<[a-z][a-z0-9_]*_[0-9]+>")   # the shape of a pseudonym


class Session:
    __slots__ = ("id", "owner", "_key", "_numbers", "_counters", "_values", "last_used", "_lock")

    def __init__(self, session_id: str, owner: str | None, key: bytes | None = None):
        self.id = session_id
        self.owner = owner
        self._key = key or os.urandom(32)
        self._numbers: dict[bytes, int] = {}
        self._counters: dict[str, int] = {}
        self._values: dict[str, str] = {}     # marker -> value, pseudonymized values only
        self.last_used = time.monotonic()
        self._lock = threading.Lock()

    def marker(self, kind: str, value: str, *, keep: bool, reserved: frozenset = frozenset()) -> str:
        """The stable pseudonym of ``value``; ``keep`` stores the value for ``restore``. A new number
        skips the markers in ``reserved`` (ones the input already holds as text: a pseudonym someone
        typed must never become one that restores)."""
        digest = hashlib.blake2b(f"{kind}\0{value}".encode("utf-8", "surrogatepass"), key=self._key,
                                 digest_size=16).digest()
        with self._lock:
            n = self._numbers.get(digest)
            if n is None:
                n = self._counters.get(kind, 0) + 1
                while f"<{kind}_{n}>" in reserved:
                    n += 1
                self._counters[kind] = n
                self._numbers[digest] = n
            m = f"<{kind}_{n}>"
            if keep:
                self._values[m] = value
            self.last_used = time.monotonic()
        return m

    def lookup(self, marker: str) -> str | None:
        return self._values.get(marker)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Session(id={self.id!r}, owner={self.owner!r}, restorable={len(self._values)})"

    def __reduce__(self):
        raise TypeError("pseudonym sessions never leave memory")


class Vault:
    """Sessions by id, each expiring ``ttl_s`` after its last use; at most ``max_sessions``."""

    def __init__(self, *, ttl_s: float, max_sessions: int):
        self.ttl_s = ttl_s
        self.max_sessions = max_sessions
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def session(self, session_id: str, owner: str | None) -> Session:
        """The live session of that id, created for ``owner`` if there is none."""
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            s = self._sessions.get(session_id)
            if s is None:
                if len(self._sessions) >= self.max_sessions:
                    oldest = min(self._sessions.values(), key=lambda x: x.last_used)
                    del self._sessions[oldest.id]
                s = self._sessions[session_id] = Session(session_id, owner)
            s.last_used = now
            return s

    def existing(self, session_id: str, tool: str | None) -> Session:
        """The session to restore from; only its owner may (``tool=None`` skips that check)."""
        with self._lock:
            self._expire(time.monotonic())
            s = self._sessions.get(session_id)
        if s is None:
            raise UnknownSession("no such pseudonym session (unknown or expired)", field="session")
        if tool is not None and s.owner is not None and tool != s.owner:
            raise Forbidden("session belongs to another tool", field="tool")
        return s

    def drop(self, session_id: str) -> bool:
        with self._lock:
            return self._sessions.pop(session_id, None) is not None

    def __len__(self) -> int:
        with self._lock:
            self._expire(time.monotonic())
            return len(self._sessions)

    def _expire(self, now: float) -> None:
        dead = [k for k, s in self._sessions.items() if now - s.last_used > self.ttl_s]
        for k in dead:
            del self._sessions[k]

    def __reduce__(self):
        raise TypeError("the pseudonym vault never leaves memory")


def restore_text(text: str, session: Session) -> str:
    """Replace every restorable marker of the session; other ``<...>`` text is left alone."""
    return restore_counted(text, session)[0]


def restore_counted(text: str, session: Session) -> tuple[str, int]:
    """``restore_text`` and how many markers it replaced."""
    if "<" not in text:
        return text, 0
    count = 0
    out = []
    i = 0
    n = len(text)
    while True:
        j = text.find("<", i)
        if j < 0:
            break
        k = text.find(">", j + 1, j + MARKER_MAX)
        if k < 0:
            out.append(text[i:j + 1])
            i = j + 1
            continue
        value = session.lookup(text[j:k + 1])
        if value is None:
            out.append(text[i:j + 1])
            i = j + 1
            continue
        out.append(text[i:j])
        out.append(value)
        count += 1
        i = k + 1
    out.append(text[i:n])
    return "".join(out), count


class StreamRestorer:
    """Restores a token stream: a marker split across tokens (``<sec`` ``ret_`` ``1>``) is held back
    until it is complete or cannot be a marker, so output never shows half a pseudonym."""

    def __init__(self, session: Session):
        self._session = session
        self._pending = ""
        self.restored = 0       # markers mapped back so far

    def feed(self, token: str) -> str:
        buf = self._pending + token
        cut = _holdback_start(buf)
        self._pending = buf[cut:]
        return self._restore(buf[:cut])

    def flush(self) -> str:
        buf, self._pending = self._pending, ""
        return self._restore(buf)

    def _restore(self, text: str) -> str:
        out, n = restore_counted(text, self._session)
        self.restored += n
        return out


_MARKER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_#")


def _holdback_start(buf: str) -> int:
    """Index where a possibly-incomplete marker begins at the end of ``buf`` (len(buf) if none)."""
    j = buf.rfind("<", max(0, len(buf) - MARKER_MAX))
    if j < 0 or ">" in buf[j:]:
        return len(buf)
    if all(c in _MARKER_CHARS for c in buf[j + 1:]):
        return j
    return len(buf)
