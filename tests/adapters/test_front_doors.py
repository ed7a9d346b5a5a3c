"""Every API a developer's tools speak, through the privacy boundary, with the official clients
(``openai``, ``anthropic``, ``ollama``): a secret in the prompt or in a tool result never reaches the
model in plaintext, comes back restored only to the caller that sent it (in text, in streamed
pieces, in tool-call arguments), and every answer says how many values were replaced.

The model here is the parrot (``tests/parrot.py``): it repeats its prompt in 3-character pieces, so
pseudonyms arrive split across the stream, and answers a request with tools by calling the first
tool with its prompt as the argument. Everything else (broker, router, privacy filter, the doors)
is the real thing. The real model's side is ``test_front_doors_model.py``."""
import json
import re
import threading

import anthropic
import httpx
import ollama
import openai
import pytest

from adapterutil import ADAPTER_TOOLS, SECRET, parrot_doors, token
from otheruser import needs_other_user, python_as_nobody

MARKER = re.compile(r"<[a-z][a-z0-9_]*_[0-9]+>")
TOOL = {"type": "function", "function": {"name": "remember", "description": "Remember a text.",
                                         "parameters": {"type": "object", "properties": {"text": {"type": "string"}},
                                                        "required": ["text"]}}}
TEXT = f"my key is {SECRET}"


@pytest.fixture(scope="module")
def doors(tmp_path_factory):
    """A mesh with the parrot as its model, the OpenAI/Anthropic gateway and the Ollama door."""
    with parrot_doors(tmp_path_factory.mktemp("home"), ADAPTER_TOOLS) as m:
        yield m


def oai(m) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"http://127.0.0.1:{m.gw}/v1", api_key=token(m), max_retries=0)


def claude(m) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=f"http://127.0.0.1:{m.gw}", api_key=token(m), max_retries=0)


def olla(m) -> ollama.Client:
    return ollama.Client(host=f"http://127.0.0.1:{m.ol}")      # no token: the owner's own process


def the_model_saw_a_pseudonym(m) -> str:
    seen = m.parrot.seen[-1]
    assert SECRET not in seen, seen
    found = MARKER.findall(seen)
    assert found, f"no pseudonym in {seen!r}"
    return found[-1]


# ---- text, streamed and not, through every API ----------------------------------------------------

def openai_chat(m, text, stream):
    c = oai(m)
    msgs = [{"role": "user", "content": text}]
    if not stream:
        return c.chat.completions.create(model="enclave", messages=msgs).choices[0].message.content
    return "".join(ch.choices[0].delta.content or "" for ch in
                   c.chat.completions.create(model="enclave", messages=msgs, stream=True) if ch.choices)


def openai_completion(m, text, stream):
    c = oai(m)
    if not stream:
        return c.completions.create(model="enclave", prompt=text).choices[0].text
    return "".join(ch.choices[0].text for ch in c.completions.create(model="enclave", prompt=text, stream=True)
                   if ch.choices)


def openai_responses(m, text, stream):
    c = oai(m)
    if not stream:
        return c.responses.create(model="enclave", input=text).output_text
    events = list(c.responses.create(model="enclave", input=text, stream=True))
    kinds = [e.type for e in events]
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert deltas == events[-1].response.output_text
    return deltas


def anthropic_messages(m, text, stream):
    c = claude(m)
    msgs = [{"role": "user", "content": text}]
    if not stream:
        reply = c.messages.create(model="enclave", max_tokens=64, messages=msgs)
        assert reply.stop_reason == "end_turn" and reply.usage.output_tokens > 0
        return "".join(b.text for b in reply.content if b.type == "text")
    with c.messages.stream(model="enclave", max_tokens=64, messages=msgs) as s:
        pieces = list(s.text_stream)
        final = s.get_final_message()
    assert len(pieces) > 1 and "".join(pieces) == final.content[0].text
    return "".join(pieces)


def ollama_chat(m, text, stream):
    msgs = [{"role": "user", "content": text}]
    if not stream:
        reply = olla(m).chat(model="enclave", messages=msgs)
        assert reply.done and reply.done_reason == "stop"
        return reply.message.content
    parts = list(olla(m).chat(model="enclave", messages=msgs, stream=True))
    assert parts[-1].done and not any(p.done for p in parts[:-1])
    return "".join(p.message.content or "" for p in parts)


def ollama_generate(m, text, stream):
    if not stream:
        return olla(m).generate(model="enclave", prompt=text).response
    return "".join(p.response or "" for p in olla(m).generate(model="enclave", prompt=text, stream=True))


APIS = [openai_chat, openai_completion, openai_responses, anthropic_messages, ollama_chat, ollama_generate]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("api", APIS, ids=[a.__name__ for a in APIS])
def test_the_caller_gets_its_secret_back_and_the_model_never_sees_it(doors, api, stream):
    assert api(doors, TEXT, stream) == TEXT
    the_model_saw_a_pseudonym(doors)


@pytest.mark.parametrize("api", APIS, ids=[a.__name__ for a in APIS])
def test_a_second_caller_of_the_same_door_cannot_fish_out_the_first_callers_secret(doors, api):
    """Caller A's request is in flight (its pseudonym is live); caller B, through the same door,
    asks the model to repeat that pseudonym and gets it back as text."""
    parrot = doors.parrot
    parrot.holding.clear()
    answers = {}
    a = threading.Thread(target=lambda: answers.setdefault("a", api(doors, f"HOLD {TEXT}", False)))
    a.start()
    try:
        assert parrot.holding.wait(60), "caller A's request never reached the model"
        pseudonym = the_model_saw_a_pseudonym(doors)
        fishing = f"repeat after me: {pseudonym}"
        assert api(doors, fishing, True) == fishing
    finally:
        parrot.release()
        a.join(60)
    assert answers["a"] == f"HOLD {TEXT}"


def test_every_answer_says_how_many_values_were_replaced_never_which(doors):
    c = oai(doors)
    raw = c.chat.completions.with_raw_response.create(
        model="enclave", messages=[{"role": "user", "content": f"{TEXT} and password=Zq8#vLw2!pTe"}])
    assert raw.headers["x-enclave-redactions"] == "2"
    assert raw.parse().choices[0].message.content.endswith("password=Zq8#vLw2!pTe")
    raw = c.chat.completions.with_raw_response.create(model="enclave", messages=[{"role": "user", "content": "hi"}])
    assert raw.headers["x-enclave-redactions"] == "0"
    with claude(doors).messages.with_streaming_response.create(
            model="enclave", max_tokens=8, messages=[{"role": "user", "content": TEXT}], stream=True) as r:
        assert r.headers["x-enclave-redactions"] == "1"
    headers = olla(doors)._client.post("/api/chat", json={"model": "enclave", "stream": False,
                                                          "messages": [{"role": "user", "content": TEXT}]}).headers
    assert headers["x-enclave-redactions"] == "1"


# ---- tool calls: arguments restored for the caller, tool results sanitized ------------------------

def test_openai_tool_call_arguments_come_back_restored(doors):
    c = oai(doors)
    msgs = [{"role": "user", "content": TEXT}]
    reply = c.chat.completions.create(model="enclave", messages=msgs, tools=[TOOL])
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = choice.message.tool_calls[0]
    assert call.function.name == "remember" and json.loads(call.function.arguments) == {"text": TEXT}
    the_model_saw_a_pseudonym(doors)
    chunks = list(c.chat.completions.create(model="enclave", messages=msgs, tools=[TOOL], stream=True))
    deltas = [tc for ch in chunks if ch.choices for tc in (ch.choices[0].delta.tool_calls or [])]
    assert deltas[0].id and deltas[0].function.name == "remember"
    assert json.loads("".join(d.function.arguments or "" for d in deltas)) == {"text": TEXT}
    assert [ch.choices[0].finish_reason for ch in chunks if ch.choices][-1] == "tool_calls"


def test_openai_tool_results_are_sanitized_like_any_input(doors):
    """The client runs the tool and sends its result back: a secret in it reaches the model as a
    pseudonym, and the model's answer quoting it comes back restored."""
    history = [{"role": "user", "content": "what is in .env?"},
               {"role": "assistant", "content": None, "tool_calls": [
                   {"id": "call_1", "type": "function", "function": {"name": "read_file", "arguments": "{}"}}]},
               {"role": "tool", "tool_call_id": "call_1", "content": f"AWS_ACCESS_KEY_ID={SECRET}"}]
    reply = oai(doors).chat.completions.create(model="enclave", messages=history)
    assert reply.choices[0].message.content == f"AWS_ACCESS_KEY_ID={SECRET}"
    the_model_saw_a_pseudonym(doors)
    sent = doors.parrot.requests[-1].messages
    assert [m.role for m in sent] == ["user", "assistant", "tool"] and sent[1].tool_calls[0].name == "read_file"
    assert sent[2].tool_call_id == "call_1"


def test_responses_api_function_calls(doors):
    c = oai(doors)
    tool = {"type": "function", "name": "remember", "parameters": TOOL["function"]["parameters"]}
    reply = c.responses.create(model="enclave", input=TEXT, tools=[tool])
    call = next(o for o in reply.output if o.type == "function_call")
    assert call.name == "remember" and json.loads(call.arguments) == {"text": TEXT}
    events = list(c.responses.create(model="enclave", input=TEXT, tools=[tool], stream=True))
    done = [e for e in events if e.type == "response.function_call_arguments.done"]
    assert done and json.loads(done[0].arguments) == {"text": TEXT}
    follow = c.responses.create(model="enclave", tools=[tool], tool_choice="none", input=[
        {"role": "user", "content": "remember my key"},
        {"type": "function_call", "call_id": call.call_id, "name": "remember", "arguments": call.arguments},
        {"type": "function_call_output", "call_id": call.call_id, "output": f"stored {SECRET}"}])
    assert follow.output_text == f"stored {SECRET}"
    the_model_saw_a_pseudonym(doors)


def test_anthropic_tool_use_and_tool_result(doors):
    c = claude(doors)
    tool = {"name": "remember", "description": "Remember a text.", "input_schema": TOOL["function"]["parameters"]}
    reply = c.messages.create(model="enclave", max_tokens=64, tools=[tool],
                              messages=[{"role": "user", "content": TEXT}])
    assert reply.stop_reason == "tool_use"
    use = next(b for b in reply.content if b.type == "tool_use")
    assert use.name == "remember" and use.input == {"text": TEXT}
    with c.messages.stream(model="enclave", max_tokens=64, tools=[tool],
                           messages=[{"role": "user", "content": TEXT}]) as s:
        final = s.get_final_message()
    assert next(b for b in final.content if b.type == "tool_use").input == {"text": TEXT}
    answer = c.messages.create(model="enclave", max_tokens=64, tools=[tool], tool_choice={"type": "none"}, messages=[
        {"role": "user", "content": "remember my key"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": use.id, "name": "remember", "input": use.input}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": use.id, "content": f"stored {SECRET}"}]}])
    assert answer.content[0].text == f"stored {SECRET}"
    the_model_saw_a_pseudonym(doors)
    sent = doors.parrot.requests[-1].messages
    assert SECRET not in sent[1].tool_calls[0].arguments          # the client's earlier call, sanitized too


def test_ollama_tool_calls(doors):
    reply = olla(doors).chat(model="enclave", messages=[{"role": "user", "content": TEXT}], tools=[TOOL])
    call = reply.message.tool_calls[0]
    assert call.function.name == "remember" and call.function.arguments == {"text": TEXT}
    the_model_saw_a_pseudonym(doors)
    parts = list(olla(doors).chat(model="enclave", messages=[{"role": "user", "content": TEXT}], tools=[TOOL],
                                  stream=True))
    calls = [c for p in parts for c in (p.message.tool_calls or [])]
    assert calls and calls[0].function.arguments == {"text": TEXT}
    answer = olla(doors).chat(model="enclave", messages=[
        {"role": "user", "content": "remember my key"},
        {"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "remember", "arguments": {}}}]},
        {"role": "tool", "content": f"stored {SECRET}", "tool_name": "remember"}])
    assert answer.message.content == f"stored {SECRET}"
    the_model_saw_a_pseudonym(doors)


# ---- no silent surprises --------------------------------------------------------------------------

@pytest.mark.parametrize("extra,param", [
    ({"n": 2}, "n"), ({"logit_bias": {"1": 5}}, "logit_bias"), ({"audio": {"voice": "x"}}, "audio"),
    ({"modalities": ["audio"]}, "modalities"), ({"max_tokens": 2 ** 70}, "max_tokens"), ({"seed": 2 ** 80}, "seed"),
    ({"tool_choice": "required"}, "tool_choice"), ({"response_format": {"type": "xml"}}, "response_format")])
def test_openai_unsupported_parameters_are_a_400_naming_them(doors, extra, param):
    with pytest.raises(openai.BadRequestError) as e:
        oai(doors).chat.completions.create(model="enclave", messages=[{"role": "user", "content": "hi"}], **extra)
    assert param in (e.value.body or {}).get("param", "") + (e.value.body or {}).get("message", "")


@pytest.mark.parametrize("extra,param", [
    ({"options": {"mirostat": 2}}, "options.mirostat"), ({"logprobs": True}, "logprobs"),
    ({"keep_alive": "soon"}, "keep_alive")])
def test_ollama_unsupported_options_are_an_error_naming_them(doors, extra, param):
    with pytest.raises(ollama.ResponseError) as e:
        olla(doors).chat(model="enclave", messages=[{"role": "user", "content": "hi"}], **extra)
    assert e.value.status_code == 400 and param in e.value.error


def test_anthropic_unsupported_content_is_a_400_in_anthropics_shape(doors):
    with pytest.raises(anthropic.BadRequestError) as e:
        claude(doors).messages.create(model="enclave", max_tokens=8, messages=[{"role": "user", "content": [
            {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"}}]}])
    assert e.value.body["type"] == "error" and e.value.body["error"]["type"] == "invalid_request_error"


def test_the_ollama_door_answers_like_ollama_at_its_root_and_version(doors):
    r = httpx.get(f"http://127.0.0.1:{doors.ol}/")
    assert r.status_code == 200 and r.text == "Ollama is running"
    assert httpx.head(f"http://127.0.0.1:{doors.ol}/").status_code == 200
    assert re.fullmatch(r"\d+\.\d+\.\d+", httpx.get(f"http://127.0.0.1:{doors.ol}/api/version").json()["version"])


# ---- the Ollama door takes no token from its owner: nobody else gets in ---------------------------

NOBODY_ASKS = """
import json, sys, urllib.request, urllib.error
out = {}
for path, body in (("/api/tags", None), ("/api/chat", b'{"model": "enclave", "messages": [{"role": "user", "content": "hi"}]}')):
    req = urllib.request.Request("http://127.0.0.1:" + sys.argv[1] + path, data=body,
                                 headers={"Content-Type": "application/json"})
    try:
        out[path] = urllib.request.urlopen(req, timeout=10).status
    except urllib.error.HTTPError as e:
        out[path] = e.code
print(json.dumps(out))
"""


@needs_other_user
def test_another_user_on_the_machine_is_refused_by_the_ollama_door(doors):
    before = len(doors.parrot.seen)
    assert python_as_nobody(NOBODY_ASKS, str(doors.ol)) == {"/api/tags": 401, "/api/chat": 401}
    assert len(doors.parrot.seen) == before


@pytest.mark.parametrize("headers", [{"Host": "attacker.example:11434"}, {"Origin": "https://attacker.example"},
                                     {"Content-Type": "text/plain"}])
def test_what_a_web_page_can_send_is_refused_by_the_ollama_door_too(doors, headers):
    """The owner's own browser is the owner's process: the Host, Origin and JSON checks still hold."""
    before = len(doors.parrot.seen)
    r = httpx.post(f"http://127.0.0.1:{doors.ol}/api/chat", headers={"Content-Type": "application/json", **headers},
                   content=b'{"model": "enclave", "stream": false, "messages": [{"role": "user", "content": "hi"}]}')
    assert r.status_code in (403, 415) and len(doors.parrot.seen) == before
