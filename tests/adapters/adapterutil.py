"""Helpers the adapter tests share (a module of its own: every test dir has a conftest)."""
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from meshutil import Mesh

ROOT = Path(__file__).resolve().parents[2]
SMOLLM = "smollm2-135m"
SECRET = "AKIA" + "Q3FZ7KXW2LRMN5TB"       # an AWS access key id (not the docs example, which is allowlisted; split for scanners)

ADAPTER_TOOLS = {"testgw": {"integration_type": "standard",
                            "features": {"context_sync": True, "command_integration": True},
                            "privacy": {"data_sharing": "filtered", "context_access": "limited"}}}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Adapter:
    """``enclave adapter ...`` as a real process beside a mesh."""

    def __init__(self, mesh: Mesh, *args: str, ready_url: str | None = None, headers: dict | None = None):
        self.log = open(mesh.home / f"adapter-{args[0]}-{time.monotonic_ns()}.log", "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "actors.cli", "adapter", *args], env=mesh.env,
                                     stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT)
        if ready_url:
            self.wait(ready_url, headers or {})

    def wait(self, url: str, headers: dict, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"adapter exited with {self.proc.returncode}; see {self.log.name}")
            try:
                urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=2).read()
                return
            except urllib.error.HTTPError:
                return                      # it answers (an error status is an answer)
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        raise TimeoutError(f"adapter not ready at {url}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()



def install_model(home: Path, path: str) -> None:
    from actors.llm.store import ModelStore
    ModelStore(home / "models").add(path, name=SMOLLM)
