"""The OpenAI-compatible gateway, driven by the official ``openai`` client."""
import subprocess
import sys

import openai
import pytest

from adapterutil import ROOT, Adapter, free_port, token
from meshutil import Mesh


@pytest.fixture(scope="module")
def gateway(mesh):
    port = free_port()
    a = Adapter(mesh, "openai", "--port", str(port), ready_url=f"http://127.0.0.1:{port}/v1/models")
    yield f"http://127.0.0.1:{port}/v1"
    a.stop()


def client_of(mesh, url: str, key: str | None = None) -> openai.OpenAI:
    return openai.OpenAI(base_url=url, api_key=key or token(mesh), max_retries=0)


def test_models_lists_the_configured_names(gateway, mesh):
    ids = [m.id for m in client_of(mesh, gateway).models.list()]
    assert {"enclave", "enclave-code", "enclave-light"} <= set(ids)


def test_bad_requests_get_openai_shaped_errors(gateway, mesh):
    client = client_of(mesh, gateway)
    with pytest.raises(openai.BadRequestError) as e:
        client.chat.completions.create(model="enclave", messages=[])
    assert e.value.body["code"] == "invalid" and e.value.body["param"] == "messages"
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="enclave", messages=[{"role": "wizard", "content": "x"}])
    with pytest.raises(openai.BadRequestError):
        client.completions.create(model="enclave", prompt="x", max_tokens=0)


def test_the_gateway_registers_as_a_tool(gateway, mesh):
    names = {t["name"] for t in mesh.request("tool.list", {}, target="router")["tools"]}
    assert "openai" in names


def test_the_token_is_required_also_on_loopback(gateway, mesh):
    """Any process of any user can reach a loopback port: the token is what makes the door the owner's."""
    with pytest.raises(openai.AuthenticationError) as e:
        client_of(mesh, gateway, key="enc-wrong").models.list()
    assert e.value.body["code"] == "invalid_api_key"
    with pytest.raises(openai.AuthenticationError):
        client_of(mesh, gateway, key=token(mesh)[:-1]).models.list()


def test_with_auth_none_it_will_not_listen_on_the_network(mesh):
    out = subprocess.run([sys.executable, "-m", "actors.cli", "adapter", "openai", "--host", "0.0.0.0",
                          "--port", str(free_port())], env={**mesh.env, "ENCLAVE__adapters__http__auth": "none"},
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "without a credential" in out.stderr


def test_no_privacy_filter_no_generation(tmp_path):
    """Fail closed: with the privacy actor absent, a prompt never reaches a model (503)."""
    # (the broker waits no_worker_wait_ms for a privacy filter to come before it says unavailable)
    with Mesh(tmp_path / "home", only=["bus", "router", "llm"], config={"bus": {"no_worker_wait_ms": 300}}) as m:
        port = free_port()
        a = Adapter(m, "openai", "--port", str(port), ready_url=f"http://127.0.0.1:{port}/v1/models")
        try:
            with pytest.raises(openai.APIStatusError) as e:
                client_of(m, f"http://127.0.0.1:{port}/v1").chat.completions.create(
                    model="enclave", messages=[{"role": "user", "content": "hi"}])
            assert e.value.status_code == 503 and e.value.body["code"] == "unavailable"
            assert e.value.response.headers["retry-after"]
        finally:
            a.stop()
