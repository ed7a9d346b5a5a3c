"""Done means: the official openai client streams a chat completion from the local model through
the gateway, with a secret in the prompt that never reaches the model in plaintext and comes back
restored only for that client."""
import json
import time

import openai
import pytest

from bus.tool import ToolPeer
from adapterutil import ADAPTER_TOOLS, SECRET, SMOLLM, Adapter, free_port, install_model, token
from meshutil import Mesh

ECHO = [{"role": "system", "content": "Repeat the user's message exactly, and nothing else."},
        {"role": "user", "content": f"my key is {SECRET}"}]
TOOLS = {**ADAPTER_TOOLS,
         "blind": {"integration_type": "standard", "features": {"command_integration": True},
                   "privacy": {"data_sharing": "none", "context_access": "none"}},
         "sighted": {"integration_type": "standard", "features": {"command_integration": True},
                     "privacy": {"data_sharing": "filtered", "context_access": "none"}}}


@pytest.fixture(scope="module")
def model_mesh(tmp_path_factory, smollm_path):
    home = tmp_path_factory.mktemp("home")
    install_model(home, smollm_path)
    m = Mesh(home, config={"tools": TOOLS}).start()
    yield m
    m.stop()


@pytest.fixture(scope="module")
def gateway(model_mesh):
    port = free_port()
    a = Adapter(model_mesh, "openai", "--port", str(port), ready_url=f"http://127.0.0.1:{port}/v1/models")
    yield f"http://127.0.0.1:{port}/v1"
    a.stop()


# The answer is forced (a JSON schema) to repeat the secret: deterministic, whatever the model.
SCHEMA = {"type": "object", "properties": {"key": {"type": "string", "enum": [SECRET]}}, "required": ["key"]}


def ask(peer, messages, **extra):
    tokens, final = [], None
    for r in peer.stream("llm.generate", {"messages": messages, "max_tokens": 40, "temperature": 0.0, **extra},
                         timeout=300):
        if r.final:
            final = r.body
        else:
            tokens.append(r.body["text"])
    return "".join(tokens), final


def test_the_model_sees_pseudonyms_and_only_the_sender_gets_the_secret_back(model_mesh):
    with ToolPeer("blind", home=model_mesh.home) as blind, ToolPeer("sighted", home=model_mesh.home) as sighted:
        raw, raw_final = ask(blind, ECHO, json_schema=SCHEMA)        # data_sharing none: as the model said it
        restored, final = ask(sighted, ECHO, json_schema=SCHEMA)
    said = json.loads(raw)["key"]
    assert said and said != SECRET and SECRET not in raw and SECRET not in raw_final["text"]
    assert json.loads(restored)["key"] == SECRET             # the sender gets its own value back ...
    assert restored == final["text"]                          # ... in the stream and in the final reply


def test_openai_client_streams_through_the_gateway(gateway, model_mesh):
    client = openai.OpenAI(base_url=gateway, api_key=token(model_mesh), max_retries=0)
    assert SMOLLM in {m.id for m in client.models.list()}
    stream = client.chat.completions.create(
        model="enclave", messages=ECHO, max_tokens=40, temperature=0.0, stream=True,
        stream_options={"include_usage": True},
        response_format={"type": "json_schema", "json_schema": {"name": "echo", "schema": SCHEMA}})
    pieces, finish, usage = [], None, None
    for chunk in stream:
        if chunk.usage:
            usage = chunk.usage
        for choice in chunk.choices:
            if choice.delta.content:
                pieces.append(choice.delta.content)
            finish = choice.finish_reason or finish
    assert len(pieces) > 1 and finish in ("stop", "length")
    assert usage and usage.completion_tokens > 0
    assert json.loads("".join(pieces))["key"] == SECRET      # restored for this client only
    with ToolPeer("blind", home=model_mesh.home) as blind:
        raw, _ = ask(blind, ECHO, json_schema=SCHEMA)
    assert SECRET not in raw                                  # what the model itself produced


def test_streaming_plain_chat(gateway, model_mesh):
    client = openai.OpenAI(base_url=gateway, api_key=token(model_mesh), max_retries=0)
    pieces = [c.choices[0].delta.content for c in client.chat.completions.create(
        model="enclave", messages=[{"role": "user", "content": "Name three colors."}], max_tokens=16, stream=True)
        if c.choices and c.choices[0].delta.content]
    assert len(pieces) > 1 and "".join(pieces).strip()


def test_openai_non_streaming_completion_and_chat(gateway, model_mesh):
    client = openai.OpenAI(base_url=gateway, api_key=token(model_mesh), max_retries=0)
    chat = client.chat.completions.create(model="enclave-light", max_tokens=8,
                                          messages=[{"role": "user", "content": "Say hello."}])
    assert chat.choices[0].message.content and chat.usage.completion_tokens > 0
    comp = client.completions.create(model=SMOLLM, prompt="The capital of France is", max_tokens=5)
    assert comp.choices[0].text


def test_openai_embeddings(gateway, model_mesh):
    client = openai.OpenAI(base_url=gateway, api_key=token(model_mesh), max_retries=0)
    out = client.embeddings.create(model="enclave-light", input=["hello world", f"key {SECRET}"])
    assert len(out.data) == 2 and len(out.data[0].embedding) > 8
    assert out.data[0].embedding != out.data[1].embedding
    # the client asks for base64 by default; the float form is the same vectors
    floats = client.embeddings.create(model="enclave-light", input=["hello world"], encoding_format="float")
    assert floats.data[0].embedding == pytest.approx(out.data[0].embedding, rel=1e-6)


def test_a_client_that_goes_away_stops_the_generation(gateway, model_mesh):
    client = openai.OpenAI(base_url=gateway, api_key=token(model_mesh), max_retries=0)
    stream = client.chat.completions.create(model="enclave", max_tokens=2000, stream=True,
                                            messages=[{"role": "user", "content": "Count from 1 to 1000."}])
    for i, _chunk in enumerate(stream):
        if i > 3:
            break
    stream.close()
    # the router's forward of llm.generate ends soon after (the model stops); nothing stays in flight
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        services = {s["name"]: s for s in model_mesh.request("sys.status", {}, target="bus")["details"]["services"]}
        if services["llm"]["inflight"] == 0 and services["router"]["inflight"] == 0:
            break
        time.sleep(0.2)
    else:
        pytest.fail(f"generation still in flight: {services}")


def test_a_tool_sees_model_names_not_paths_or_processes(model_mesh):
    owner = {m["name"]: m for m in model_mesh.request("llm.models", {})["models"]}
    assert owner[SMOLLM]["path"]                                  # the owner sees where the file is
    with ToolPeer("sighted", home=model_mesh.home) as tool:
        seen = tool.request("llm.models", {})
    models = {m["name"]: m for m in seen["models"]}
    assert set(models) == set(owner) and seen["roles"]
    for m in models.values():
        assert m["path"] is None and m["worker_pid"] is None and m["error"] is None
