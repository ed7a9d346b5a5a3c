"""Helpers the adapter tests share (a module of its own: every test dir has a conftest)."""
import time
from contextlib import contextmanager
from pathlib import Path

from meshutil import Adapter, Mesh, free_port  # noqa: F401  (the adapter tests import them from here)

ROOT = Path(__file__).resolve().parents[2]
SMOLLM = "smollm2-135m"
SECRET = "AKIA" + "Q3FZ7KXW2LRMN5TB"       # an AWS access key id (not the docs example, which is allowlisted; split for scanners)

ADAPTER_TOOLS = {"testgw": {"integration_type": "standard",
                            "features": {"context_sync": True, "command_integration": True},
                            "privacy": {"data_sharing": "filtered", "context_access": "limited"}}}


def token(mesh: Mesh) -> str:
    """The HTTP doors' credential of ``mesh`` (what `enclave token show` prints)."""
    from actors.shared.credentials import http_token
    return http_token(mesh.home)


def auth(mesh: Mesh) -> dict:
    return {"Authorization": f"Bearer {token(mesh)}"}


def mcp_http(url: str, headers: dict):
    """The official MCP client's streamable-HTTP transport, sending ``headers`` with every request."""
    from mcp.client.streamable_http import streamable_http_client
    from mcp.shared._httpx_utils import create_mcp_http_client
    return streamable_http_client(url, http_client=create_mcp_http_client(headers=headers))


def install_model(home: Path, path: str) -> None:
    from actors.llm.store import ModelStore
    ModelStore(home / "models").add(path, name=SMOLLM)


def wait_for(fn, timeout: float = 30.0):
    """``fn()`` once it is truthy (polled), else its last value: the assertion after it says what failed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = fn()
        if got:
            return got
        time.sleep(0.2)
    return fn()


PARROT_SERVICES = ["bus", "privacy", "context", "router"]


@contextmanager
def parrot_doors(home: Path, tools: dict):
    """A mesh with the parrot as its model (``tests/parrot.py``) and the OpenAI/Anthropic gateway and
    the Ollama door in front of it: ``mesh.parrot``, ``mesh.gw``, ``mesh.ol``."""
    from parrot import Parrot
    m = Mesh(home, only=PARROT_SERVICES, config={"tools": tools}).start()
    parrot = Parrot(m).__enter__()
    running = []
    try:
        m.parrot, m.gw, m.ol = parrot, free_port(), free_port()
        running.append(Adapter(m, "openai", "--port", str(m.gw), ready_url=f"http://127.0.0.1:{m.gw}/v1/models"))
        running.append(Adapter(m, "ollama", "--port", str(m.ol), ready_url=f"http://127.0.0.1:{m.ol}/api/version"))
        yield m
    finally:
        for d in running:
            d.stop()
        parrot.__exit__()
        m.stop()
