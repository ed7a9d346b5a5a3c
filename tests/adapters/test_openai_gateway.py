"""The OpenAI-compatible gateway, driven by the official ``openai`` client."""
import subprocess
import sys

import openai
import pytest

from adapterutil import ROOT, Adapter, free_port
from meshutil import Mesh


@pytest.fixture(scope="module")
def gateway(mesh):
    port = free_port()
    a = Adapter(mesh, "openai", "--port", str(port), ready_url=f"http://127.0.0.1:{port}/v1/models")
    yield f"http://127.0.0.1:{port}/v1"
    a.stop()


def test_models_lists_the_configured_names(gateway):
    client = openai.OpenAI(base_url=gateway, api_key="unused", max_retries=0)
    ids = [m.id for m in client.models.list()]
    assert {"enclave", "enclave-code", "enclave-light"} <= set(ids)


def test_bad_requests_get_openai_shaped_errors(gateway):
    client = openai.OpenAI(base_url=gateway, api_key="unused", max_retries=0)
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


def test_an_api_key_is_required_when_set(mesh):
    port = free_port()
    a = Adapter(mesh, "openai", "--port", str(port), "--api-key", "s3cret-key",
                ready_url=f"http://127.0.0.1:{port}/v1/models")
    try:
        url = f"http://127.0.0.1:{port}/v1"
        with pytest.raises(openai.AuthenticationError):
            openai.OpenAI(base_url=url, api_key="wrong", max_retries=0).models.list()
        assert openai.OpenAI(base_url=url, api_key="s3cret-key", max_retries=0).models.list().data
    finally:
        a.stop()


def test_it_will_not_listen_on_the_network_without_a_key(mesh):
    out = subprocess.run([sys.executable, "-m", "actors.cli", "adapter", "openai", "--host", "0.0.0.0",
                          "--port", str(free_port())], env=mesh.env, cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 2 and "API key" in out.stderr


def test_no_privacy_filter_no_generation(tmp_path):
    """Fail closed: with the privacy actor absent, a prompt never reaches a model (503)."""
    with Mesh(tmp_path / "home", only=["bus", "router", "llm"]) as m:
        port = free_port()
        a = Adapter(m, "openai", "--port", str(port), ready_url=f"http://127.0.0.1:{port}/v1/models")
        try:
            client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="x", max_retries=0)
            with pytest.raises(openai.APIStatusError) as e:
                client.chat.completions.create(model="enclave", messages=[{"role": "user", "content": "hi"}])
            assert e.value.status_code == 503 and e.value.body["code"] == "unavailable"
        finally:
            a.stop()
