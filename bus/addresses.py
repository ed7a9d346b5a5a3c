"""Where the bus lives: a private runtime directory and the endpoints inside it."""
from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

# sun_path holds 108 bytes; keep a margin for the longest socket name.
_MAX_IPC_PATH = 100
DEFAULT_HOME = "~/.local/share/enclave"     # the data dir, unless ENCLAVE_HOME says otherwise


def home_dir(home: str | os.PathLike | None = None) -> Path:
    """The data dir: ``home``, else ``$ENCLAVE_HOME``, else ``DEFAULT_HOME`` (absolute)."""
    return Path(os.path.expanduser(str(home or os.environ.get("ENCLAVE_HOME") or DEFAULT_HOME))).absolute()


def keys_dir(home: str | os.PathLike | None = None) -> Path:
    """The owner's credentials (0700): CURVE keys, the HTTP doors' token, tools' tokens."""
    return home_dir(home) / "keys"


def tool_token_file(name: str, home: str | os.PathLike | None = None) -> Path:
    """Where tool ``name``'s token lives: it presents it at ``tool.register`` (bus.tool reads it)."""
    return keys_dir(home) / "tools" / f"{name}.token"


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


class UnsafeDirectory(PermissionError):
    """A directory the sockets would live in that someone else could change: refused."""


def _owned_private(path: Path) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not stat.S_IMODE(st.st_mode) & 0o077


def _short_base() -> tuple[Path, str]:
    """Where sockets go when the runtime dir's path is too long for a unix socket: the user's own
    runtime dir (``$XDG_RUNTIME_DIR``, or ``/run/user/<uid>``) when it is private, else /tmp. /tmp is
    fixed (never ``$TMPDIR``), so every peer computes the same place."""
    for candidate in (os.environ.get("XDG_RUNTIME_DIR"), f"/run/user/{os.getuid()}"):
        if candidate and os.path.isabs(candidate) and _owned_private(Path(candidate)):
            return Path(candidate), "enclave"
    return Path("/tmp"), f"enclave-{os.getuid()}"


def socket_dir(runtime_dir: Path) -> Path:
    """The directory the ipc sockets go in: ``runtime_dir`` itself when its paths fit in sun_path,
    else a private directory derived from it (so every peer computes the same one)."""
    runtime_dir = Path(runtime_dir).absolute()
    if len(str(runtime_dir / "events.ipc")) <= _MAX_IPC_PATH:
        return runtime_dir
    digest = hashlib.sha256(str(runtime_dir).encode()).hexdigest()[:16]
    base, name = _short_base()
    return base / name / digest


def _unsafe_level(level: Path) -> str | None:
    """Why another user could swap what is inside ``level``, or None. Safe: owned by this user or
    root, and not writable by others unless sticky (then others cannot rename what is ours in it)."""
    st = os.lstat(level)
    if st.st_uid not in (0, os.getuid()):
        return f"{'a symlink' if stat.S_ISLNK(st.st_mode) else 'a directory'} of uid {st.st_uid}"
    if not stat.S_ISLNK(st.st_mode) and st.st_mode & 0o022 and not st.st_mode & stat.S_ISVTX:
        return f"writable by others (mode {oct(stat.S_IMODE(st.st_mode))})"
    return None


def ensure_socket_dir(path: Path) -> Path:
    """Create the socket dir (missing levels 0700) and check the whole way to it, as written and as
    resolved: no level another user owns or can change (a shared /tmp is fine: it is sticky), and
    the dir itself this user's and closed to others. Anything else is refused with a clear error,
    never used: whoever can rename a level can put their sockets where ours are looked for."""
    path = Path(path).absolute()
    for level in (*reversed(path.parents), path):          # top down: check before going deeper
        try:
            os.mkdir(level, 0o700)
        except FileExistsError:
            pass
        for seen in dict.fromkeys((level, *reversed(level.resolve().parents), level.resolve())):
            why = _unsafe_level(seen)
            if why:
                raise UnsafeDirectory(f"{level} is {why}: another user could swap the sockets under it; "
                                      f"remove it (or set ENCLAVE_RUNTIME_DIR to a short private directory)")
    real = path.resolve()
    if os.lstat(real).st_uid != os.getuid() or not real.is_dir():
        raise UnsafeDirectory(f"{path} is not a directory of this user")
    os.chmod(real, 0o700)
    return path


@dataclass(frozen=True)
class Endpoints:
    internal: str                 # actors and the owner's CLI: every service may be addressed
    tools: str                    # tool adapters: only public services
    events: str                   # PUB: events
    tcp_tools: str | None = None  # optional, CURVE only (events reach tcp tools via tool.subscribe)
    sockets: tuple[Path, ...] = field(default=(), compare=False)

    @classmethod
    def for_runtime_dir(cls, runtime_dir: Path, tcp: dict | None = None) -> "Endpoints":
        """``tcp``: the ``bus.tcp`` settings ({enabled, host, port}) or None."""
        d = socket_dir(runtime_dir)
        paths = tuple(d / n for n in ("bus.ipc", "tools.ipc", "events.ipc"))
        tcp_tools = None
        if tcp and tcp.get("enabled", True):
            tcp_tools = f"tcp://{tcp['host']}:{int(tcp['port'])}"
        return cls(*(f"ipc://{p}" for p in paths), tcp_tools, paths)

    @classmethod
    def for_home(cls, home: str | os.PathLike | None = None) -> "Endpoints":
        """The ipc endpoints of the mesh in ``home`` (default: $ENCLAVE_HOME), as every peer computes them."""
        return cls.for_runtime_dir(runtime_dir(home))

    def prepare(self) -> None:
        """Make the socket directory (0700, every level checked) before binding."""
        if self.sockets:
            ensure_socket_dir(self.sockets[0].parent)
