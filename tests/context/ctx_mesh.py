"""Helpers for the context tests that run a real mesh (``enclave up``) in a private ENCLAVE_HOME.

Records reach the store sealed, as in production: either through the privacy actor
(``privacy.sanitize`` -> ``context.preserve``, the router's and the CLI's path) or, where a test is
about the store and not about the filter, sealed with the install's key file by the test itself
(the test then plays the privacy filter's part; the key is the one the actor created).
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from actors.shared.seal import load_or_create_key, seal
from meshutil import Mesh
from protocol import ProtocolError

CONTEXT_ONLY = ["bus", "context"]
WITH_PRIVACY = ["bus", "privacy", "context"]
# background work on every wake-up instead of every few seconds, so tests do not wait on intervals
EAGER = {"context": {"synthesis": {"refresh_interval_s": 0},
                     "pattern_learning": {"mine_interval_s": 0},
                     "actor": {"background_idle_s": 0.2}}}


def wait_until(fn, timeout: float = 30.0, step: float = 0.05):
    """Poll ``fn`` until it returns something truthy (a hang becomes a clear failure)."""
    end = time.monotonic() + timeout
    last = None
    while time.monotonic() < end:
        try:
            last = fn()
        except ProtocolError as e:  # e.g. the actor is restarting
            last = e
        if last and not isinstance(last, Exception):
            return last
        time.sleep(step)
    raise AssertionError(f"condition not met within {timeout} s (last: {last!r})")


def sealer(home: Path):
    key = load_or_create_key(Path(home) / "keys" / "seal.key")

    def make(record: dict) -> dict:
        return {"record": record, "seal": seal(key, record)}
    return make


def preserve(client, home: Path, record: dict, timeout: float = 10.0) -> str:
    return client.request("context.preserve", sealer(home)(record), timeout=timeout)["id"]


def preserve_via_privacy(client, record: dict, *, path: str | None = None) -> str:
    body = {"data": record, "source": record["source"], "destination": "context_store"}
    if path:
        body["path"] = path
    clean = client.request("privacy.sanitize", body, timeout=10)
    assert not clean.get("blocked"), clean
    return client.request("context.preserve", {"record": clean["data"], "seal": clean["seal"]})["id"]


def restarted(mesh: Mesh, name: str, old_pid: int, timeout: float = 60.0) -> int:
    """Wait until the supervisor has restarted ``name`` under a new pid and it is registered."""
    def check():
        for p in mesh.processes():
            if p["name"] == name and p.get("pid") and p["pid"] != old_pid and p["state"] == "running":
                return p["pid"]
        return None
    pid = wait_until(check, timeout)
    wait_until(lambda: mesh.request("sys.ping", {}, target=name, timeout=2)["pid"] == pid, timeout)
    return pid


def cli_json(mesh: Mesh, *args: str, input: str | None = None) -> dict:
    r = mesh.cli(*args, "--json", input=input)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)
