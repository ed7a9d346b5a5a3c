"""What the shell and git hooks share: send one context as a passive tool, then leave.

A recorder is a short-lived background process started by a hook. It never prints, never waits
longer than its timeout, and a stopped mesh costs it one failed stat (the hook checks the socket
before it even starts this).
"""
from __future__ import annotations

from pathlib import Path

from bus import Endpoints, mesh_pid
from bus.addresses import home_dir
from bus.tool import ToolPeer
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
    if mesh_pid(Endpoints.for_home(), tools=True, timeout=TIMEOUT_S) is None:
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
    """What a hook passes to its recorder (run by this Python, which has enclave installed) so it
    finds this mesh."""
    return {"ENCLAVE_HOME": str(home_dir())}
