"""The router's memory library (pure): a conversation's new turn, its id, the cited note."""
from actors.router import memory

KEY = b"k" * 32
CHAT = [{"role": "system", "content": "be brief"}, {"role": "user", "content": "first question"},
        {"role": "assistant", "content": "first answer"}, {"role": "user", "content": "second question"},
        {"role": "tool", "content": "a tool result"}]


def test_the_new_turn_is_what_follows_the_last_assistant_message():
    assert memory.new_turn(CHAT) == (3, CHAT[3:])
    assert memory.new_turn(CHAT[:2]) == (0, CHAT[:2])


def test_a_conversation_resent_keeps_its_id_and_the_id_is_keyed():
    one = memory.conversation_id(CHAT[:2], None, KEY)
    assert one == memory.conversation_id(CHAT, None, KEY)                  # the whole history resent
    assert one != memory.conversation_id(CHAT, None, b"x" * 32)            # another router's key
    assert one != memory.conversation_id([{"role": "user", "content": "other"}], None, KEY)
    assert memory.conversation_id(CHAT, "client-42", KEY) == "client-42"


def test_a_turn_is_kept_once():
    seen = memory.SeenTurns(size=2)
    assert seen.first_time("t", "c", 3, CHAT[3:])
    assert not seen.first_time("t", "c", 3, CHAT[3:])
    assert seen.first_time("other-tool", "c", 3, CHAT[3:])
    assert seen.first_time("t", "c", 5, CHAT[3:]) and seen.first_time("t", "d", 3, CHAT[3:])
    assert seen.first_time("t", "c", 3, CHAT[3:])                          # forgotten: bounded


def test_the_note_cites_ids_within_its_budget_and_joins_the_system_message():
    hits = [{"id": f"c{i}", "snippet": "x" * 100, "source": "shell", "kind": "command", "created_at": 0}
            for i in range(10)]
    note, ids = memory.memory_message(hits, 500)
    assert len(note) <= 500 and ids == ["c0", "c1"] and all(f"[{i}]" in note for i in ids)   # a third: > 500
    assert memory.memory_message([], 500) == ("", [])
    merged = memory.with_memory(CHAT, note)
    assert merged[0]["content"].startswith("be brief") and note in merged[0]["content"] and merged[1:] == CHAT[1:]
    alone = memory.with_memory(CHAT[1:2], note)
    assert alone[0] == {"role": "system", "content": note} and alone[1:] == CHAT[1:2]


def test_a_turn_record_holds_the_turn_and_the_answer():
    rec = memory.turn_record("conv-1", "proj", CHAT[3:], "the answer", [{"name": "f", "arguments": "{}"}], 3)
    assert rec["kind"] == "chat" and rec["session"] == "conv-1" and rec["project"] == "proj"
    assert rec["content"].splitlines() == ["User: second question", "Tool: a tool result",
                                           "Assistant: the answer", "Assistant called f({})"]
    assert memory.turn_record("c", None, [], "", [], 0) is None
