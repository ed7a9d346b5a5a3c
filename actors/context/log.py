"""An append-only, checksummed, segmented record log: the store's only source of truth.

Each tier directory (``contexts/active`` …) holds numbered segment files ``00000001.log``. A record
is ``MAGIC | u32 payload length | u32 crc32(payload) | payload`` where the payload is a JSON object.
MAGIC starts with a NUL byte, which JSON text never contains, so a reader can resynchronise after
a damaged region. An append is durable when ``append`` returns (``fdatasync``; a new segment's
directory entry is fsync'd when it is created).

A record is never rewritten except by ``scrub``: its bytes are replaced, in place and at the same
length, by a checksummed "hole" record, so deleted content is really gone from the file.
"""
from __future__ import annotations

import errno
import os
import struct
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import msgspec

from .errors import ContextError
from protocol.errors import Code

from actors.shared.fsutil import atomic_write_bytes, fsync_dir

MAGIC = b"\x00CX1"
HEADER = struct.Struct("<4sII")
HOLE = b'{"op":"hole"}'
SUFFIX = ".log"
RETRYABLE = frozenset({errno.ENOSPC, errno.EDQUOT})  # the disk is full: a later write may succeed


class StorageError(ContextError):
    """The disk refused a write; the store stops accepting writes rather than guess."""
    code_default = Code.UNAVAILABLE


@dataclass(frozen=True, slots=True)
class Loc:
    tier: str
    segno: int
    offset: int
    length: int  # header + payload


@dataclass
class Damage:
    """A region recovery could not read: a torn tail (never acknowledged) or a corrupt span."""
    tier: str
    segno: int
    offset: int
    length: int
    torn_tail: bool
    saved_to: str | None = None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Segment:
    tier: str
    segno: int
    path: Path
    fd: int
    size: int
    scrubs: int = 0  # bumped on every in-place change, so a compaction copy can detect races

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def encode(payload: dict) -> bytes:
    body = msgspec.json.encode(payload)  # control characters are escaped: no raw NUL in a body
    return HEADER.pack(MAGIC, len(body), zlib.crc32(body)) + body


def hole(length: int) -> bytes:
    body = HOLE + b" " * (length - HEADER.size - len(HOLE))
    return HEADER.pack(MAGIC, len(body), zlib.crc32(body)) + body


def parse(buf: bytes | memoryview, pos: int) -> tuple[int, dict] | None:
    """The record at ``pos`` as (end, payload), or None if there is no intact record there."""
    if len(buf) - pos < HEADER.size:
        return None
    magic, length, crc = HEADER.unpack_from(buf, pos)
    end = pos + HEADER.size + length
    if magic != MAGIC or end > len(buf):
        return None
    body = memoryview(buf)[pos + HEADER.size:end]  # no copy
    if zlib.crc32(body) != crc:
        return None
    try:
        payload = msgspec.json.decode(body)
    except (ValueError, msgspec.MsgspecError):
        return None
    return (end, payload) if isinstance(payload, dict) else None


def scan(buf: bytes) -> Iterator[tuple[int, int, dict | None]]:
    """Yield (offset, end, payload) for intact records and (offset, end, None) for damage."""
    pos, view = 0, memoryview(buf)
    while pos < len(buf):
        got = parse(view, pos)
        if got is not None:
            yield pos, got[0], got[1]
            pos = got[0]
            continue
        nxt = _resync(buf, pos + 1)
        yield pos, nxt, None
        pos = nxt


def _resync(buf: bytes, start: int) -> int:
    while True:
        i = buf.find(MAGIC, start)
        if i < 0:
            return len(buf)
        if parse(buf, i) is not None:
            return i
        start = i + 1


class SegmentLog:
    def __init__(self, tier_dirs: dict[str, Path], *, segment_max_bytes: int,
                 sync: str = "fdatasync"):
        if sync not in ("fdatasync", "fsync", "none"):
            raise ValueError("store.sync must be fdatasync, fsync or none")
        self._dirs = tier_dirs
        self._max = max(int(segment_max_bytes), 4096)
        self._sync = {"fdatasync": os.fdatasync, "fsync": os.fsync, "none": None}[sync]
        self._segments: dict[tuple[str, int], Segment] = {}
        self._current: dict[str, Segment] = {}
        self._lock = threading.RLock()
        self._failed: BaseException | None = None

    # ----------------------------------------------------------------- opening and recovery
    def open(self, lost_found: Path) -> tuple[list[tuple[Loc, dict]], list[Damage]]:
        """Open every segment, repair damage, and return every intact record in file order."""
        records: list[tuple[Loc, dict]] = []
        damage: list[Damage] = []
        for tier, d in self._dirs.items():
            for stale in d.glob(".*.tmp"):  # a repair interrupted by a crash (atomic_write_bytes)
                stale.unlink()
            for path in sorted(d.glob("*" + SUFFIX)):
                try:
                    segno = int(path.stem)
                except ValueError:
                    continue
                recs, dmg = self._open_segment(tier, segno, path, lost_found)
                records += recs
                damage += dmg
        return records, damage

    def _open_segment(self, tier: str, segno: int, path: Path, lost_found: Path):
        buf = path.read_bytes()
        recs, dmg = [], []
        for start, end, payload in scan(buf):
            if payload is None:
                dmg.append(Damage(tier, segno, start, end - start, torn_tail=end == len(buf)))
            else:
                recs.append((Loc(tier, segno, start, end - start), payload))
        if dmg:
            self._save_damage(buf, path, dmg, lost_found)
            mid = [d for d in dmg if not d.torn_tail]
            if mid:  # rewrite the segment from its intact records
                body = b"".join(buf[l.offset:l.offset + l.length] for l, _ in recs)
                _replace_file(path, body)
                recs = []
                for start, end, payload in scan(body):
                    recs.append((Loc(tier, segno, start, end - start), payload))
            else:  # only an unacknowledged torn tail: cut it off
                with open(path, "r+b") as f:
                    f.truncate(dmg[-1].offset)
                    os.fsync(f.fileno())
        fd = os.open(path, os.O_RDWR)
        size = os.fstat(fd).st_size
        seg = Segment(tier, segno, path, fd, size)
        self._segments[(tier, segno)] = seg
        cur = self._current.get(tier)
        if cur is None or segno > cur.segno:
            self._current[tier] = seg
        return recs, dmg

    @staticmethod
    def _save_damage(buf: bytes, path: Path, dmg: list[Damage], lost_found: Path) -> None:
        lost_found.mkdir(mode=0o700, parents=True, exist_ok=True)
        for d in dmg:
            if d.length == 0:
                continue
            target = lost_found / f"{d.tier}-{path.stem}-{d.offset}.bin"
            target.write_bytes(buf[d.offset:d.offset + d.length])
            os.chmod(target, 0o600)
            d.saved_to = str(target)

    # ----------------------------------------------------------------------------- writing
    def append(self, tier: str, payloads: list[dict], *, durable: bool = True) -> list[Loc]:
        """Append records to ``tier``'s current segment; durable on return unless asked not to."""
        blobs = [encode(p) for p in payloads]
        with self._lock:
            self._check_ok()
            seg = self._writable(tier, sum(map(len, blobs)))
            locs, pos, data = [], seg.size, b"".join(blobs)
            for b in blobs:
                locs.append(Loc(tier, seg.segno, pos, len(b)))
                pos += len(b)
            try:
                _pwrite_all(seg.fd, data, seg.size)
                if durable and self._sync:
                    self._sync(seg.fd)
            except OSError as e:
                self._fail(seg, e)
            seg.size = pos
            return locs

    def scrub(self, locs: list[Loc], *, durable: bool = True) -> None:
        """Overwrite records in place with holes (same length, valid checksum)."""
        with self._lock:
            self._check_ok()
            touched = {}
            for loc in locs:
                seg = self._segments.get((loc.tier, loc.segno))
                if seg is None or loc.offset + loc.length > seg.size:
                    continue
                try:
                    _pwrite_all(seg.fd, hole(loc.length), loc.offset)
                except OSError as e:
                    self._fail(seg, e)
                seg.scrubs += 1
                touched[(loc.tier, loc.segno)] = seg
            if durable and self._sync:
                for seg in touched.values():
                    try:
                        self._sync(seg.fd)
                    except OSError as e:
                        self._fail(seg, e)

    def sync(self) -> None:
        with self._lock:
            for seg in self._segments.values():
                if seg.fd >= 0:
                    os.fsync(seg.fd)

    def _writable(self, tier: str, need: int) -> Segment:
        seg = self._current.get(tier)
        if seg is None or (seg.size > 0 and seg.size + need > self._max):
            seg = self._new_segment(tier)
        return seg

    def _new_segment(self, tier: str) -> Segment:
        segno = 1 + max((n for t, n in self._segments if t == tier), default=0)
        path = self._dirs[tier] / f"{segno:08d}{SUFFIX}"
        fd = -1
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            fsync_dir(path.parent)  # the new name must survive power loss before any ack
        except OSError as e:
            if fd >= 0:
                os.close(fd)
                try:
                    os.unlink(path)  # nothing was acknowledged in it; a retry creates it again
                except OSError:
                    self._failed = e
            if e.errno not in RETRYABLE:
                self._failed = e
            raise StorageError(f"cannot create {path}: {e.strerror}") from e
        seg = Segment(tier, segno, path, fd, 0)
        self._segments[(tier, segno)] = seg
        self._current[tier] = seg
        return seg

    def _fail(self, seg: Segment, e: OSError) -> None:
        """A write failed: cut the segment back to its last acknowledged byte. A full disk is
        retried by the next write (the file is exactly as before); any other error, or a cut that
        fails, leaves the log read-only until it is reopened (and recovery has checked it)."""
        try:
            os.ftruncate(seg.fd, seg.size)
            clean = e.errno in RETRYABLE
        except OSError:
            clean = False
        if clean:
            raise StorageError(f"write to {seg.path} failed: {e.strerror}; nothing was stored") from e
        self._failed = e
        raise StorageError(f"write to {seg.path} failed: {e.strerror}; the store is read-only "
                           "until restarted") from e

    def _check_ok(self) -> None:
        if self._failed is not None:
            raise StorageError(f"an earlier write failed ({self._failed}); restart the store")

    # ----------------------------------------------------------------------------- reading
    def read(self, loc: Loc) -> dict:
        with self._lock:
            seg = self._segments.get((loc.tier, loc.segno))
            if seg is None:
                raise ContextError(f"segment {loc.tier}/{loc.segno} is gone")
            buf = os.pread(seg.fd, loc.length, loc.offset)
        got = parse(buf, 0)
        if got is None:
            raise ContextError(f"record at {loc} failed its checksum")
        return got[1]

    def segments(self) -> list[Segment]:
        with self._lock:
            return list(self._segments.values())

    def is_current(self, seg: Segment) -> bool:
        return self._current.get(seg.tier) is seg

    # -------------------------------------------------------------------------- compaction
    def copy_live(self, seg: Segment, keep: set[int]) -> tuple[Path, int, dict[int, int]] | None:
        """Write the records of ``seg`` at offsets ``keep`` into a new segment file (not yet
        registered). Returns (path, scrub counter seen, old offset -> new offset)."""
        with self._lock:
            scrubs, size = seg.scrubs, seg.size
            buf = os.pread(seg.fd, size, 0)
        moved, out, pos = {}, [], 0
        for start, end, payload in scan(buf):
            if payload is not None and start in keep:
                out.append(buf[start:end])
                moved[start] = pos
                pos += end - start
        with self._lock:
            segno = 1 + max((n for t, n in self._segments if t == seg.tier), default=0)
            path = self._dirs[seg.tier] / f"{segno:08d}{SUFFIX}"
            # reserve the number so no append can take it while the file is being written
            self._segments[(seg.tier, segno)] = Segment(seg.tier, segno, path, -1, 0)
        try:
            _write_new(path, b"".join(out))
        except OSError:
            with self._lock:
                del self._segments[(seg.tier, segno)]
            raise
        return path, scrubs, moved

    def swap(self, old: Segment, path: Path, scrubs_seen: int) -> int | None:
        """Register the compacted file and drop ``old``; None if ``old`` changed meanwhile."""
        segno = int(path.stem)
        with self._lock:
            if old.scrubs != scrubs_seen or self.is_current(old):
                del self._segments[(old.tier, segno)]
                path.unlink(missing_ok=True)
                fsync_dir(path.parent)
                return None
            fd = os.open(path, os.O_RDWR)
            self._segments[(old.tier, segno)] = Segment(old.tier, segno, path, fd,
                                                        os.fstat(fd).st_size)
            self.drop(old)
            return segno

    def drop(self, seg: Segment) -> None:
        with self._lock:
            self._segments.pop((seg.tier, seg.segno), None)
            seg.close()
            seg.path.unlink(missing_ok=True)
            fsync_dir(seg.path.parent)

    def close(self) -> None:
        with self._lock:
            for seg in self._segments.values():
                seg.close()
            self._segments.clear()
            self._current.clear()


def _pwrite_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        n = os.pwrite(fd, view, offset)
        view, offset = view[n:], offset + n


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        _pwrite_all(fd, data, 0)
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_dir(path.parent)


def _replace_file(path: Path, data: bytes) -> None:
    atomic_write_bytes(path, data)
