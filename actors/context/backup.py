"""``enclave backup`` / ``enclave restore``: a consistent snapshot of the data dir (the user's
``config.json`` and its history included; the shipped defaults are code and never restored).

Consistency while the mesh runs: the open ``ContextStore`` freezes in-place changes (scrubs,
compaction) and reports each segment's size; the copy takes every segment up to that size, so
appends made during the copy are simply after the cut. Other files are replaced atomically or
only appended to (a torn last JSON line is skipped by their readers). Without an open store the
data dir's lock is taken, so no other process can be writing.

The archive is a tar (gzip if the name ends in .gz/.tgz) with ``MANIFEST.json`` holding every
file's size and SHA-256; restore verifies all of them before it changes anything, and moves
what it replaces aside (reported as ``previous_state``) rather than deleting it.
"""
from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
import shutil
import stat
import tarfile
import time
from pathlib import Path

from actors.shared.fsutil import fsync_dir

from .errors import BackupError, StoreLocked
from .layout import Layout

FORMAT = 1
MANIFEST = "MANIFEST.json"
# sockets; backups of backups; and credentials (tokens, CURVE keys and their allowlist, the seal key):
# a backup never carries them, and a restore never replaces them (a crafted one could plant its own)
EXCLUDE_CONTEXTS = {"index", ".lock"}       # derived / process state
# what a backup may hold under data/: the data dir's own entries, nothing else
# what a backup holds (and the only names a restore accepts): never keys/ (credentials stay on the
# machine), run/ (sockets), backups/, nor anything else lying in the data dir
RESTORABLE_TOP = {"contexts", "patterns", "metrics", "models", "logs", "audit", "config.json", ".history"}
CHUNK = 1 << 20


def _tar_mode(path: Path) -> str:
    return "w:gz" if path.name.endswith((".gz", ".tgz")) else "w"


def default_name(now: float) -> str:
    return time.strftime("enclave-backup-%Y%m%dT%H%M%SZ.tar.gz", time.gmtime(now))


def backup(data_dir: str | os.PathLike, dest: str | os.PathLike, *, store=None,
           include_models: bool = False) -> dict:
    """Write a snapshot archive to ``dest`` (a .tar/.tar.gz file, or a directory to put one in)."""
    data_dir, dest = Path(data_dir).absolute(), Path(dest).absolute()
    if not dest.name.endswith((".tar", ".tar.gz", ".tgz")):
        dest = dest / default_name(time.time())
    dest.parent.mkdir(parents=True, exist_ok=True)
    layout = Layout(data_dir)
    lock_fd = None
    if store is not None:
        cut = {p.absolute(): n for p, n in store.begin_backup()}
    else:
        lock_fd = _lock(layout) if layout.contexts.exists() else None
        cut = {}
    tmp = dest.with_name(f".{dest.name}.partial")
    try:
        files = list(_walk(data_dir, include_models, exclude={dest, tmp}))
        manifest = {"format": FORMAT, "created": time.time(), "files": {}}
        with tarfile.open(tmp, _tar_mode(dest)) as tar:
            for path in files:
                arc = "data/" + path.relative_to(data_dir).as_posix()
                _add(tar, path, arc, cut.get(path), manifest)
            raw = json.dumps(manifest, indent=1, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime, info.mode = len(raw), int(time.time()), 0o600
            tar.addfile(info, io.BytesIO(raw))
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if store is not None:
            store.end_backup()
        if lock_fd is not None:
            os.close(lock_fd)
    return {"path": str(dest), "files": len(manifest["files"]),
            "bytes": sum(f["size"] for f in manifest["files"].values())}


def _lock(layout: Layout) -> int:
    fd = os.open(layout.lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise StoreLocked("the context store is open in another process: back up through the "
                          "running context actor, or stop it first") from None
    return fd


def _walk(root: Path, include_models: bool, exclude: set):
    for dirpath, dirnames, filenames in os.walk(root):
        d = Path(dirpath)
        rel = d.relative_to(root).parts
        if not rel:
            dirnames[:] = [n for n in dirnames if n in RESTORABLE_TOP and (include_models or n != "models")]
        elif rel == ("contexts",):
            dirnames[:] = [n for n in dirnames if n not in EXCLUDE_CONTEXTS]
        dirnames.sort()
        for name in sorted(filenames):
            p = d / name
            if p in exclude or (not rel and name not in RESTORABLE_TOP) or \
                    (rel == ("contexts",) and name in EXCLUDE_CONTEXTS):
                continue
            if name.endswith((".tmp", ".partial")):
                continue
            st = os.lstat(p)
            if stat.S_ISREG(st.st_mode):
                yield p


def _add(tar: tarfile.TarFile, path: Path, arc: str, limit: int | None, manifest: dict) -> None:
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        return  # replaced or removed meanwhile (e.g. an atomic rewrite): skip
    with f:
        size = os.fstat(f.fileno()).st_size if limit is None else limit
        info = tarfile.TarInfo(arc)
        info.size, info.mtime, info.mode = size, int(time.time()), 0o600
        reader = _HashingReader(f, size)
        tar.addfile(info, reader)
    manifest["files"][arc] = {"size": size, "sha256": reader.sha.hexdigest()}


class _HashingReader:
    """Reads at most ``size`` bytes (zero-padding if the file shrank, which the checksum then
    reveals) and hashes what it hands out."""

    def __init__(self, f, size: int):
        self.f, self.left, self.sha = f, size, hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        n = self.left if n is None or n < 0 else min(n, self.left)
        data = self.f.read(n)
        if len(data) < n:
            data += b"\0" * (n - len(data))
        self.left -= len(data)
        self.sha.update(data)
        return data


def verify(src: str | os.PathLike) -> dict:
    """Check an archive against its manifest without extracting it."""
    with tarfile.open(src, "r:*") as tar:
        manifest, members = _manifest(tar)
        for m in members:
            _check_member(tar, m, manifest)
    return manifest


def restore(src: str | os.PathLike, data_dir: str | os.PathLike) -> dict:
    """Put a backup back. The context store must be closed (its lock is taken here)."""
    src, data_dir = Path(src), Path(data_dir).absolute()
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    layout = Layout(data_dir)
    layout.contexts.mkdir(mode=0o700, exist_ok=True)
    lock_fd = _lock(layout)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    staging = data_dir.parent / f".{data_dir.name}.restore-{stamp}"
    aside = data_dir.parent / f".{data_dir.name}.pre-restore-{stamp}"
    try:
        try:
            tar = tarfile.open(src, "r:*")
        except (tarfile.TarError, OSError) as e:
            raise BackupError(f"{src}: not a readable backup ({e})") from None
        with tar:
            manifest, members = _manifest(tar)
            for m in members:          # every name is checked before anything is created
                _check_name(m, manifest)
            staging.mkdir(mode=0o700)
            for m in members:          # then the contents, into the staging dir, before the swap
                target = staging / m.name
                _private_dirs(staging, target.parent)
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
                with os.fdopen(fd, "wb") as out:
                    _check_member(tar, m, manifest, out)
                    out.flush()
                    os.fsync(out.fileno())
        restored = _swap_data(staging / "data", data_dir, aside)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        os.close(lock_fd)
    return {"files": len(manifest["files"]), "data_dir": str(data_dir),
            "replaced": restored, "previous_state": str(aside) if aside.exists() else None}


def _manifest(tar: tarfile.TarFile) -> tuple[dict, list[tarfile.TarInfo]]:
    try:
        m = tar.getmember(MANIFEST)
        manifest = json.loads(tar.extractfile(m).read())
    except (KeyError, ValueError, AttributeError):
        raise BackupError("not an enclave backup (no readable MANIFEST.json)") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("unsupported backup format")
    members = [m for m in tar.getmembers() if m.name != MANIFEST]
    names = {m.name for m in members}
    missing = set(manifest.get("files", {})) - names
    if missing:
        raise BackupError(f"backup is missing {sorted(missing)[0]}")
    return manifest, members


def _check_name(m: tarfile.TarInfo, manifest: dict) -> None:
    """A member may only be a regular file under ``data/`` at a path the data dir can hold: no
    absolute name, no ``..``, no link, no device, nothing outside the expected entries."""
    parts = m.name.split("/")
    if (not m.isreg() or m.name.startswith("/") or "\\" in m.name or any(p in ("", ".", "..") for p in parts)
            or len(parts) < 3 and parts[-1] != "config.json" or parts[0] != "data"
            or parts[1] not in RESTORABLE_TOP or "\0" in m.name):
        raise BackupError(f"unsafe or unexpected entry in backup: {m.name!r}")
    if m.name not in manifest["files"]:
        raise BackupError(f"{m.name} is not in the manifest")


def _private_dirs(root: Path, d: Path) -> None:
    """Make ``d`` (inside ``root``) and its parents, each 0700, refusing anything that is not a plain
    directory of ours (a link planted there would lead out)."""
    path = root
    for part in d.relative_to(root).parts:
        path = path / part
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            st = os.lstat(path)
            if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
                raise BackupError(f"unexpected entry while restoring: {path}") from None


def _check_member(tar: tarfile.TarFile, m: tarfile.TarInfo, manifest: dict,
                  out=None) -> None:
    """Stream a member (into ``out`` if given) and check it against the manifest."""
    _check_name(m, manifest)
    want = manifest["files"][m.name]
    src, sha, n = tar.extractfile(m), hashlib.sha256(), 0
    while True:
        chunk = src.read(CHUNK)
        if not chunk:
            break
        sha.update(chunk)
        n += len(chunk)
        if out is not None:
            out.write(chunk)
    if n != want["size"] or sha.hexdigest() != want["sha256"]:
        raise BackupError(f"{m.name} does not match its checksum: the backup is damaged")


def _swap_data(new: Path, data_dir: Path, aside: Path) -> list[str]:
    """Replace each top-level entry the backup holds; move the current ones to ``aside``."""
    if not new.is_dir():
        return []
    replaced = []
    for entry in sorted(new.iterdir()):
        current = data_dir / entry.name
        if current.exists():
            aside.mkdir(mode=0o700, exist_ok=True)
            if entry.name == "contexts":  # keep the lock file in place; move the rest
                (aside / "contexts").mkdir(mode=0o700, exist_ok=True)
                for child in current.iterdir():
                    if child.name != ".lock":
                        os.replace(child, aside / "contexts" / child.name)
            else:
                os.replace(current, aside / entry.name)
        if entry.name == "contexts":
            current.mkdir(mode=0o700, exist_ok=True)
            for child in entry.iterdir():
                os.replace(child, current / child.name)
        else:
            os.replace(entry, current)
        replaced.append(entry.name)
    fsync_dir(data_dir)
    return replaced
