"""Where the bus lives: a private runtime directory and the endpoints inside it."""
from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

# sun_path holds 108 bytes; keep a margin for the longest socket name.
_MAX_IPC_PATH = 100
DEFAULT_HOME = "~/.local/share/enclave"     # the data dir, unless ENCLAVE_HOME says otherwise


def home_dir(home: str | os.PathLike | None = None) -> Path:
    """The data dir: ``home``, else ``$ENCLAVE_HOME``, else ``DEFAULT_HOME`` (absolute)."""
    return Path(os.path.expanduser(str(home or os.environ.get("ENCLAVE_HOME") or DEFAULT_HOME))).absolute()


def runtime_dir(home: str | os.PathLike | None = None) -> Path:
    """Where the mesh of ``home`` keeps its sockets: ``$ENCLAVE_RUNTIME_DIR``, else ``<home>/run``."""
    return Path(os.environ.get("ENCLAVE_RUNTIME_DIR") or home_dir(home) / "run").absolute()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` with mode 0700, or refuse one that another user owns or others can enter."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    st = path.stat()
    if st.st_uid != os.getuid():
        raise PermissionError(f"{path} belongs to uid {st.st_uid}, not to this user")
    if stat.S_IMODE(st.st_mode) & 0o077:
        os.chmod(path, 0o700)
    return path


def socket_dir(runtime_dir: Path) -> Path:
    """The directory the ipc sockets go in: ``runtime_dir`` itself when its paths fit in sun_path,
    else a private directory under /tmp derived from it (so every peer computes the same one)."""
    runtime_dir = Path(runtime_dir).absolute()
    if len(str(runtime_dir / "events.ipc")) <= _MAX_IPC_PATH:
        return runtime_dir
    digest = hashlib.sha256(str(runtime_dir).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"enclave-{os.getuid()}" / digest


@dataclass(frozen=True)
class Endpoints:
    internal: str                 # actors and the owner's CLI: every service may be addressed
    tools: str                    # tool adapters: only public services
    events: str                   # PUB: events
    tcp_tools: str | None = None  # optional, CURVE only
    tcp_events: str | None = None
    sockets: tuple[Path, ...] = field(default=(), compare=False)

    @classmethod
    def for_runtime_dir(cls, runtime_dir: Path, tcp: dict | None = None) -> "Endpoints":
        """``tcp``: the ``bus.tcp`` settings ({enabled, host, port, events_port}) or None."""
        d = socket_dir(runtime_dir)
        paths = tuple(d / n for n in ("bus.ipc", "tools.ipc", "events.ipc"))
        tcp_tools = tcp_events = None
        if tcp and tcp.get("enabled", True):
            host, port = tcp["host"], int(tcp["port"])
            tcp_tools = f"tcp://{host}:{port}"
            tcp_events = f"tcp://{host}:{int(tcp.get('events_port') or port + 1)}"
        return cls(*(f"ipc://{p}" for p in paths), tcp_tools, tcp_events, paths)

    @classmethod
    def for_home(cls, home: str | os.PathLike | None = None) -> "Endpoints":
        """The ipc endpoints of the mesh in ``home`` (default: $ENCLAVE_HOME), as every peer computes them."""
        return cls.for_runtime_dir(runtime_dir(home))

    def prepare(self) -> None:
        """Make the socket directory (0700) before binding."""
        if self.sockets:
            ensure_private_dir(self.sockets[0].parent)
