"""The loop from chats to the model: a conversation through one door is kept (each turn once,
sanitized) and given back to the model when a later question comes through another door — for a
tool allowed to read it, and never for one that is not. The model is the parrot (it repeats the last
message and keeps what it received), so what the model was given can be inspected exactly."""
import time

import httpx
import ollama
import openai
import pytest

from adapterutil import ADAPTER_TOOLS, SECRET, parrot_doors, token, wait_for
from bus.tool import ToolPeer

FEATURES = {"context_sync": True, "pattern_learning": False, "command_integration": True}
TOOLS = {**ADAPTER_TOOLS,
         # the Ollama door's conversations are kept; the OpenAI door may read them (and asks for memory)
         "ollama": {"integration_type": "standard", "features": {**FEATURES, "memory": False},
                    "privacy": {"data_sharing": "filtered", "context_access": "limited"}, "shared": True},
         "openai": {"integration_type": "standard", "features": {**FEATURES, "memory": False},
                    "privacy": {"data_sharing": "filtered", "context_access": "limited"}, "sources": ["ollama"],
                    "shared": True},
         "blind": {"integration_type": "standard", "features": {**FEATURES, "memory": True},
                   "privacy": {"data_sharing": "filtered", "context_access": "none"}}}
FACT = f"We deploy the billing service with blue-green switches on Fridays; the deploy key is {SECRET}."


@pytest.fixture(scope="module")
def doors(tmp_path_factory):
    with parrot_doors(tmp_path_factory.mktemp("home"), TOOLS) as m:
        yield m


def chats(m, text: str) -> list[dict]:
    return [h for h in m.request("context.query", {"text": text, "k": 20, "kind": "chat"})["results"]]


def test_each_turn_of_a_conversation_is_kept_once_and_sanitized(doors):
    client = ollama.Client(host=f"http://127.0.0.1:{doors.ol}")
    history = [{"role": "user", "content": FACT}]
    first = client.chat(model="enclave", messages=history)
    history += [{"role": "assistant", "content": first.message.content},
                {"role": "user", "content": "And staging deploys happen on Tuesdays."}]
    client.chat(model="enclave", messages=history)
    client.chat(model="enclave", messages=history)            # the client retries: the same turn again
    kept = wait_for(lambda: len(chats(doors, "blue-green staging Tuesdays Fridays")) >= 2 and
                    chats(doors, "blue-green staging Tuesdays Fridays"))
    time.sleep(1.0)                                             # a third would have arrived by now
    kept = chats(doors, "blue-green staging Tuesdays Fridays")
    assert len(kept) == 2 and {h["source"] for h in kept} == {"ollama"}
    full = [doors.request("context.get", {"id": h["id"]}) for h in kept]
    full = [c["context"] for c in full]
    assert len({c["session"] for c in full}) == 1               # one conversation
    assert all(SECRET not in c["content"] for c in full)        # kept as the store keeps everything: sanitized
    assert any("Fridays" in c["content"] for c in full) and any("Tuesdays" in c["content"] for c in full)


def test_a_later_question_through_another_door_gets_the_memory_it_may_read(doors):
    wait_for(lambda: chats(doors, "blue-green Fridays"))
    client = openai.OpenAI(base_url=f"http://127.0.0.1:{doors.gw}/v1", api_key=token(doors), max_retries=0)
    raw = client.chat.completions.with_raw_response.create(
        model="enclave", messages=[{"role": "user", "content": "which day do we deploy billing?"}],
        extra_headers={"X-Enclave-Memory": "on"})
    ids = raw.headers["x-enclave-context-ids"].split(",")
    given = doors.parrot.requests[-1].messages
    assert given[0].role == "system" and all(f"[{i}]" in given[0].content for i in ids)
    assert "Fridays" in given[0].content and SECRET not in given[0].content
    assert given[-1].content == "which day do we deploy billing?"
    # the model alias asks for it too; off (the tool's default) gives nothing
    client.chat.completions.create(model="enclave+memory", messages=[{"role": "user", "content": "deploy day?"}])
    assert doors.parrot.requests[-1].messages[0].role == "system"
    raw = client.chat.completions.with_raw_response.create(
        model="enclave", messages=[{"role": "user", "content": "which day do we deploy billing?"}])
    assert "x-enclave-context-ids" not in raw.headers and doors.parrot.requests[-1].messages[0].role == "user"


@pytest.mark.parametrize("tool", ["testgw", "blind"])
def test_never_for_a_tool_that_may_not_read_it(doors, tool):
    """testgw reads only its own contexts (limited, no sources); blind reads none at all."""
    wait_for(lambda: chats(doors, "blue-green Fridays"))
    with ToolPeer(tool, home=doors.home) as peer:
        final = peer.request("llm.generate", {"messages": [{"role": "user", "content": "which day do we deploy?"}],
                                              "memory": True}, timeout=60)
    assert final["context_ids"] == []
    assert [m.role for m in doors.parrot.requests[-1].messages] == ["user"]


def test_a_bad_memory_header_is_a_400(doors):
    r = httpx.post(f"http://127.0.0.1:{doors.gw}/v1/chat/completions",
                   headers={"Authorization": f"Bearer {token(doors)}", "X-Enclave-Memory": "maybe"},
                   json={"model": "enclave", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 400 and "X-Enclave-Memory" in r.text
