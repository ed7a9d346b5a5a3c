"""Helpers for the llm mesh tests: a real mesh (bus + llm manager) with real models registered in its
ENCLAVE_HOME (the cached GGUF files, registered in place: nothing is copied)."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import psutil

from actors.llm.store import ModelStore
from meshutil import Mesh

QUIET = {"idle_preload_after_s": -1, "keep_alive_s": 3600}


def start_mesh(home: Path, models: dict[str, tuple[str, tuple[str, ...]]], config: dict, **kw) -> Mesh:
    """``models``: name -> (GGUF path, roles); ``kw`` goes to ``Mesh``."""
    store = ModelStore(home / "models")
    for name, (path, roles) in models.items():
        store.add(path, name=name, roles=roles)
    return Mesh(home, only=["bus", "llm"], config=config, **kw).start()


def wait_until(fn, timeout: float = 30.0, step: float = 0.02):
    """Poll ``fn`` until it returns something truthy (a hang becomes a clear failure, not a timing test)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = fn()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"condition not met within {timeout} s")


def exited(pid: int) -> bool:
    """Whether the process ``pid`` has exited (gone, or a zombie not reaped yet) — asked once, so that it
    exiting between two questions is no error."""
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def model_row(mesh: Mesh, name: str) -> dict:
    return next(m for m in mesh.request("llm.models", {})["models"] if m["name"] == name)


def long_prompt(tag: str, words: int = 1400) -> str:
    """A prompt of roughly ``words`` tokens that shares no prefix with any other tag's."""
    vocab = ("the river runs past a small town where people walk and talk about the day while birds "
             "sing over green fields and old stone walls").split()
    return f"{tag}: " + " ".join(vocab[i % len(vocab)] for i in range(words))


COUNTING = "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,"     # a plain completion that goes on and on


def cpu_hog() -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def cli_json(mesh: Mesh, *args: str) -> dict:
    r = mesh.cli(*args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)
