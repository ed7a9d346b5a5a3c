"""Acting as another OS user on the same machine (``nobody``), for the tests of what such a user can
reach: needs root (to switch users) and ``setpriv``; the attacker's scripts run on the system's own
Python (stdlib only), which any user can execute."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

NOBODY = 65534
SYSTEM_PYTHON = "/usr/bin/python3"

needs_other_user = pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("setpriv"),
    reason="switching to another user needs root and setpriv")


def as_nobody(*argv: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *argv],
                          check=check, capture_output=True, text=True, timeout=timeout, cwd="/")


def python_as_nobody(code: str, *args: str) -> dict:
    """Run ``code`` (which prints one JSON object) as nobody; that object."""
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        pytest.skip(f"no {SYSTEM_PYTHON} for the other user")
    out = as_nobody(SYSTEM_PYTHON, "-I", "-c", code, *args)
    return json.loads(out.stdout.strip().splitlines()[-1])


def shared_dir() -> Path:
    """A directory like /tmp (sticky, open to all) that another user can reach; remove it after."""
    d = Path(tempfile.mkdtemp(prefix="enclave-shared-", dir="/tmp"))
    os.chmod(d, 0o1777)
    return d
