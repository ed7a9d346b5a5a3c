"""The doors with the real model (SmolLM2-135M) behind them, through the official clients: tool calls
that a small model makes valid (grammar-constrained), their arguments restored for the caller only,
Ollama's model management (tags, ps with real memory, show, keep_alive, pull, delete, 404), the
clear errors (no FIM tokens, a prompt longer than the context), the queue position, and one real
application (the ``llm`` command-line tool with its Ollama plugin) completing a task."""
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import anthropic
import ollama
import openai
import pytest

from bus.tool import ToolPeer
from adapterutil import ADAPTER_TOOLS, SECRET, SMOLLM, Adapter, free_port, install_model, token
from meshutil import Mesh

TOOLS = {**ADAPTER_TOOLS,
         "blind": {"integration_type": "standard", "features": {"command_integration": True},
                   "privacy": {"data_sharing": "none", "context_access": "none"}}}
# The argument is forced (an enum) to be the secret: deterministic whatever the model prefers.
KEY_PARAMS = {"type": "object", "properties": {"key": {"type": "string", "enum": [SECRET]}}, "required": ["key"]}
SAVE = {"type": "function", "function": {"name": "save_key", "description": "Save an API key.",
                                         "parameters": KEY_PARAMS}}
ASK = [{"role": "user", "content": f"Save my key {SECRET} with the save_key tool."}]


@pytest.fixture(scope="module")
def doors(tmp_path_factory, smollm_path):
    home = tmp_path_factory.mktemp("home")
    install_model(home, smollm_path)
    m = Mesh(home, config={"tools": TOOLS}).start()
    gw, ol = free_port(), free_port()
    running = [Adapter(m, "openai", "--port", str(gw), ready_url=f"http://127.0.0.1:{gw}/v1/models"),
               Adapter(m, "ollama", "--port", str(ol), ready_url=f"http://127.0.0.1:{ol}/api/version")]
    m.gw, m.ol = gw, ol
    m.smollm_path = smollm_path
    yield m
    for d in running:
        d.stop()
    m.stop()


def oai(m) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"http://127.0.0.1:{m.gw}/v1", api_key=token(m), max_retries=0, timeout=300)


def olla(m) -> ollama.Client:
    return ollama.Client(host=f"http://127.0.0.1:{m.ol}", timeout=300)


def what_the_model_called(m) -> dict:
    """The same request from a tool that gets the model's words as they are (data_sharing none)."""
    with ToolPeer("blind", home=m.home) as blind:
        final = blind.request("llm.generate", {"messages": ASK, "tools": [SAVE["function"]],
                                               "tool_choice": "required", "max_tokens": 60}, timeout=300)
    assert final["finish_reason"] == "tool_calls"
    return json.loads(final["tool_calls"][0]["arguments"])


# ---- tool calls with the real model ---------------------------------------------------------------

def test_the_model_calls_tools_with_pseudonyms_and_the_openai_caller_gets_its_key(doors):
    said = what_the_model_called(doors)["key"]
    assert said.startswith("<") and SECRET not in said            # the model only ever had a pseudonym
    c = oai(doors)
    reply = c.chat.completions.create(model="enclave", messages=ASK, tools=[SAVE], tool_choice="required",
                                      max_tokens=60)
    call = reply.choices[0].message.tool_calls[0]
    assert reply.choices[0].finish_reason == "tool_calls" and call.function.name == "save_key"
    assert json.loads(call.function.arguments) == {"key": SECRET}
    chunks = list(c.chat.completions.create(model="enclave", messages=ASK, tools=[SAVE], max_tokens=60, stream=True,
                                            tool_choice={"type": "function", "function": {"name": "save_key"}}))
    deltas = [tc for ch in chunks if ch.choices for tc in (ch.choices[0].delta.tool_calls or [])]
    assert json.loads("".join(d.function.arguments or "" for d in deltas)) == {"key": SECRET}
    # the round trip: the client runs the tool and sends the result; the model answers in text
    follow = c.chat.completions.create(model="enclave", max_tokens=20, tools=[SAVE], messages=[
        *ASK, reply.choices[0].message.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": call.id, "content": "saved"}])
    assert follow.choices[0].finish_reason in ("stop", "length") and follow.choices[0].message.content


def test_anthropic_tool_use_with_the_real_model(doors):
    c = anthropic.Anthropic(base_url=f"http://127.0.0.1:{doors.gw}", api_key=token(doors), max_retries=0, timeout=300)
    tool = {"name": "save_key", "description": "Save an API key.", "input_schema": KEY_PARAMS}
    reply = c.messages.create(model="enclave", max_tokens=60, tools=[tool], tool_choice={"type": "any"}, messages=ASK)
    use = next(b for b in reply.content if b.type == "tool_use")
    assert reply.stop_reason == "tool_use" and use.input == {"key": SECRET}
    with c.messages.stream(model="enclave", max_tokens=60, tools=[tool], messages=ASK,
                           tool_choice={"type": "tool", "name": "save_key"}) as s:
        kinds = [e.type for e in s]
        final = s.get_final_message()
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    assert next(b for b in final.content if b.type == "tool_use").input == {"key": SECRET}
    counted = c.messages.count_tokens(model="enclave", messages=ASK).input_tokens
    longer = c.messages.count_tokens(model="enclave", messages=[*ASK, {"role": "assistant", "content": "Saved."},
                                                                {"role": "user", "content": "Thank you!"}])
    assert 0 < counted < longer.input_tokens


def test_ollama_tool_calls_with_the_real_model(doors):
    """The ollama client sends no tool_choice: its raw request carries one, as some clients do."""
    client = olla(doors)
    r = client._client.post("/api/chat", json={"model": SMOLLM, "messages": ASK, "tools": [SAVE], "stream": False,
                                               "tool_choice": "required", "options": {"num_predict": 60}})
    call = r.json()["message"]["tool_calls"][0]["function"]
    assert r.status_code == 200 and call == {"name": "save_key", "arguments": {"key": SECRET}}
    reply = client.chat(model=f"{SMOLLM}:latest", messages=ASK, tools=[SAVE], options={"num_predict": 60})
    assert reply.done and (reply.message.tool_calls or reply.message.content)   # auto: the model decides


def test_json_output_is_valid_json(doors):
    c = oai(doors)
    schema = {"type": "object", "properties": {"color": {"type": "string"}}, "required": ["color"],
              "additionalProperties": False}
    reply = c.chat.completions.create(model="enclave", max_tokens=60, temperature=0,
                                      messages=[{"role": "user", "content": "A color?"}],
                                      response_format={"type": "json_schema",
                                                       "json_schema": {"name": "c", "schema": schema, "strict": True}})
    assert reply.choices[0].finish_reason == "stop"
    assert isinstance(json.loads(reply.choices[0].message.content)["color"], str)
    c = anthropic.Anthropic(base_url=f"http://127.0.0.1:{doors.gw}", api_key=token(doors), max_retries=0, timeout=300)
    reply = c.messages.create(model="enclave", max_tokens=60, messages=[{"role": "user", "content": "A color?"}],
                              output_config={"format": {"type": "json_schema", "schema": schema}},
                              extra_body={"temperature": 0}, cache_control={"type": "ephemeral"})
    assert reply.stop_reason == "end_turn" and isinstance(json.loads(reply.content[0].text)["color"], str)
    out = olla(doors).generate(model=SMOLLM, prompt="Describe a cat as JSON.", format="json",
                               options={"num_predict": 40, "temperature": 0})
    assert out.done_reason in ("stop", "length")
    if out.done_reason == "stop":
        assert isinstance(json.loads(out.response), dict)


# ---- clear errors ---------------------------------------------------------------------------------

def test_fill_in_the_middle_on_a_model_without_fim_tokens_is_a_clear_400(doors):
    with pytest.raises(openai.BadRequestError) as e:
        oai(doors).completions.create(model=SMOLLM, prompt="def add(a, b):\n    ", suffix="\n", max_tokens=8)
    assert "fill-in-the-middle" in str(e.value) and e.value.body["param"] == "suffix"
    with pytest.raises(ollama.ResponseError) as e:
        olla(doors).generate(model=SMOLLM, prompt="def add(a, b):\n    ", suffix="\n")
    assert e.value.status_code == 400 and "fill-in-the-middle" in e.value.error


def test_a_prompt_longer_than_the_context_says_how_long_it_is_and_what_fits(doors):
    long = "word " * 20000
    with pytest.raises(openai.BadRequestError) as e:
        oai(doors).chat.completions.create(model="enclave", max_tokens=8, messages=[{"role": "user", "content": long}])
    message = str(e.value)
    assert "tokens" in message and any(ch.isdigit() for ch in message)
    with pytest.raises(ollama.ResponseError) as e:
        olla(doors).generate(model=SMOLLM, prompt=long)
    assert e.value.status_code == 400 and "tokens" in e.value.error


def test_unknown_models_are_ollamas_404(doors):
    with pytest.raises(ollama.ResponseError) as e:
        olla(doors).chat(model="llama9:70b", messages=[{"role": "user", "content": "hi"}])
    assert e.value.status_code == 404 and "not found" in e.value.error
    with pytest.raises(ollama.ResponseError) as e:
        olla(doors).show("llama9:70b")
    assert e.value.status_code == 404


def test_a_request_that_waits_is_told_its_place_in_the_queue(doors):
    """One model, one request at a time: the second caller hears that one is ahead of it."""
    c = oai(doors)
    first = c.chat.completions.create(model=SMOLLM, max_tokens=200, stream=True,
                                      messages=[{"role": "user", "content": "Count from 1 to 100."}])
    next(iter(first))                                   # the first is generating
    try:
        raw = c.chat.completions.with_raw_response.create(model=SMOLLM, max_tokens=4,
                                                          messages=[{"role": "user", "content": "Hi"}])
        # one ahead at least: an earlier test's cancelled stream may still be winding down under load
        # (seen in a CI run with a second process busy: "2")
        assert int(raw.headers["x-enclave-queue-position"]) >= 1
        assert raw.parse().choices[0].message is not None
    finally:
        first.close()


# ---- Ollama's model management --------------------------------------------------------------------

def loaded(m) -> dict:
    return {p.model: p for p in olla(m).ps().models}


def test_tags_show_and_ps_report_the_installed_and_the_really_loaded(doors):
    client = olla(doors)
    tags = {t.model: t for t in client.list().models}
    entry = tags[f"{SMOLLM}:latest"]
    assert entry.size == Path(doors.smollm_path).stat().st_size and entry.details.format == "gguf"
    assert entry.details.family and entry.details.quantization_level
    show = client.show(f"{SMOLLM}:latest")
    assert show.modelinfo["context_length"] > 0 and "tools" in show.capabilities
    client.generate(model=SMOLLM, prompt="Hi", options={"num_predict": 2})
    ps = loaded(doors)[f"{SMOLLM}:latest"]
    assert ps.size > 0 and ps.size != entry.size                  # the worker's resident memory, not the file
    assert ps.expires_at is not None


def _unloaded(doors) -> bool:
    """Whether the model leaves memory: the unload follows the answer, as Ollama's does."""
    deadline = time.monotonic() + 30
    while f"{SMOLLM}:latest" in loaded(doors) and time.monotonic() < deadline:
        time.sleep(0.2)
    return f"{SMOLLM}:latest" not in loaded(doors)


def test_keep_alive_zero_while_the_model_serves_unloads_it_once_idle(doors):
    """An unload asked while the model answers (another request, or this answer's own release still
    on its way) used to be dropped: the model stayed for the default keep-alive."""
    client = olla(doors)
    client.generate(model=SMOLLM, prompt="Hi", options={"num_predict": 2})
    stream = client.generate(model=SMOLLM, prompt="Count from one to two hundred.",
                             options={"num_predict": 120, "temperature": 0}, stream=True)
    next(stream)                                                  # it is serving now
    client.generate(model=SMOLLM, prompt="", keep_alive=0)        # Ollama's way to unload
    for _ in stream:
        pass
    assert _unloaded(doors)


def test_keep_alive_zero_while_a_pinned_model_serves_unloads_it_once_idle(doors):
    """keep_alive -1 then 0 (Ollama: the last one given wins) while the model still served: the
    unload became a keep-alive of 0, which a pin outlived (the flake of the test below in CI)."""
    client = olla(doors)
    client.generate(model=SMOLLM, prompt="", keep_alive=-1)
    stream = client.generate(model=SMOLLM, prompt="Count from one to two hundred.",
                             options={"num_predict": 120, "temperature": 0}, stream=True)
    next(stream)
    client.generate(model=SMOLLM, prompt="", keep_alive=0)
    for _ in stream:
        pass
    assert _unloaded(doors)


def test_keep_alive_zero_unloads_and_minus_one_pins(doors):
    client = olla(doors)
    client.generate(model=SMOLLM, prompt="Hi", options={"num_predict": 2}, keep_alive=0)
    assert _unloaded(doors)
    client.generate(model=SMOLLM, prompt="", keep_alive=-1)       # load only, pinned
    assert f"{SMOLLM}:latest" in loaded(doors)
    status = {m["name"]: m for m in doors.request("llm.models", {})["models"]}[SMOLLM]
    assert status["pinned"] is True
    client.generate(model=SMOLLM, prompt="", keep_alive=0)        # and an empty prompt with 0 unloads
    assert _unloaded(doors)


def test_pull_streams_progress_and_delete_removes(doors):
    client = olla(doors)
    steps = [p.status for p in client.pull(SMOLLM, stream=True)]
    assert steps[0] == "pulling manifest" and steps[-1] == "success"
    assert client.pull(SMOLLM).status == "success"                # not streamed: one answer
    for stream in (False, True):
        with pytest.raises(ollama.ResponseError) as e:
            list(client.pull("no-such-model-anywhere", stream=stream)) if stream else client.pull("no-such-model-anywhere")
        assert e.value.status_code == 404 and "no-such-model-anywhere" in e.value.error
    from actors.llm.store import ModelStore
    ModelStore(doors.home / "models").add(doors.smollm_path, name="spare")
    assert "spare:latest" in {t.model for t in client.list().models}
    client.delete("spare")
    assert "spare:latest" not in {t.model for t in client.list().models}
    with pytest.raises(ollama.ResponseError) as e:
        client.delete("spare")
    assert e.value.status_code == 404


# ---- a real application through the Ollama door -------------------------------------------------

@pytest.mark.skipif(not shutil.which("llm", path=str(Path(sys.executable).parent)), reason="the llm tool is a test extra")
def test_the_llm_command_line_tool_completes_a_task_through_the_ollama_door(doors, tmp_path):
    """``llm`` with its ``llm-ollama`` plugin, pointed at enclave by OLLAMA_HOST as at any Ollama."""
    exe = shutil.which("llm", path=str(Path(sys.executable).parent))
    env = {**os.environ, "OLLAMA_HOST": f"http://127.0.0.1:{doors.ol}", "LLM_USER_PATH": str(tmp_path)}
    listed = subprocess.run([exe, "models", "list"], env=env, capture_output=True, text=True, timeout=120)
    model = re.search(rf"(\S*{SMOLLM}:latest)", listed.stdout)          # the plugin's id for it
    assert model, listed.stdout + listed.stderr
    done = subprocess.run([exe, "-m", model.group(1), "-o", "num_predict", "24", "-o", "temperature", "0",
                           "Complete: The capital of France is"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stdout.strip(), done.stderr
    logs = subprocess.run([exe, "logs", "list", "--json", "-n", "1"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert json.loads(logs.stdout)[0]["response"].strip() == done.stdout.strip()


@pytest.mark.parametrize("door", ["ollama", "openai"])
def test_a_generation_through_each_door_is_one_request_to_the_model(doors, door):
    """Nothing in the door multiplies the work: one request, one generation in the manager's counts."""
    before = {m["name"]: m for m in doors.request("llm.models", {})["models"]}[SMOLLM]["counts"]
    if door == "ollama":
        olla(doors).chat(model=SMOLLM, messages=[{"role": "user", "content": "Hi"}], options={"num_predict": 2})
    else:
        oai(doors).chat.completions.create(model=SMOLLM, max_tokens=2, messages=[{"role": "user", "content": "Hi"}])
    after = {m["name"]: m for m in doors.request("llm.models", {})["models"]}[SMOLLM]["counts"]
    assert after["requests"] == before["requests"] + 1


def test_enclave_ask_with_memory_cites_the_contexts_it_was_given(doors):
    note = doors.cli("context", "preserve", "-", "--project", "mem", input="The staging database is tern-db-7.")
    assert note.returncode == 0, note.stderr
    cid = note.stdout.strip().split()[-1]
    asked = doors.cli("ask", "Which database does staging use?", "--memory", "--project", "mem",
                      "--max-tokens", "12", "--json", timeout=300)
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["context_ids"] == [cid]
    plain = doors.cli("ask", "Which database does staging use?", "--max-tokens", "4", "--json", timeout=300)
    assert json.loads(plain.stdout)["context_ids"] == []
