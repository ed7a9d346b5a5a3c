"""Helpers the adapter tests share (a module of its own: every test dir has a conftest)."""
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
