"""What the shell and git hooks share: send one context as a passive tool, then leave.

A recorder is a short-lived background process started by a hook. It never prints, never waits
longer than its timeout, and a stopped mesh costs it one failed stat (the hook checks the socket
before it even starts this).
"""
from __future__ import annotations

import os
from pathlib import Path

from bus.tool import ToolPeer, mesh_running
from protocol import ProtocolError

TIMEOUT_S = 5.0


def project_of(path: str) -> tuple[str, str | None]:
    """(name, root) of the git work tree containing ``path``; else (the directory's name, None)."""
    p = Path(path).absolute()
    for d in (p, *p.parents):
        if (d / ".git").exists():
            return d.name, str(d)
    return p.name, None


def record(tool: str, record: dict) -> str | None:
    """Preserve ``record`` as tool ``tool``; the context id, or None when the mesh is not there."""
    if not mesh_running():
        return None
    peer = ToolPeer(tool, timeout=TIMEOUT_S)
    try:
        peer.register()
        return peer.request("context.preserve", {"record": record})["id"]
    except ProtocolError:
        return None
    finally:
        peer.close()


def hook_environment() -> dict:
    """What a hook passes to its recorder so it finds this checkout and this mesh."""
    root = Path(__file__).resolve().parents[2]
    home = os.path.expanduser(os.environ.get("ENCLAVE_HOME") or "~/.local/share/enclave")
    return {"PYTHONPATH": str(root), "ENCLAVE_HOME": os.path.abspath(home)}
