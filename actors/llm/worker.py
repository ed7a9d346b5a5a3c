"""A model worker: one OS process holding one loaded model, driven by the LLM manager.

    python -m actors.llm.worker --model NAME --path FILE --cmd ipc://... --evt ipc://... \
        --settings JSON --priority low

Started by exec (never fork: ggml/OpenMP hang a forked process that ran inference) with
``ENCLAVE_PARENT_PID`` set, so it dies with the manager. It lowers its own priority *before* loading
(the threads llama.cpp makes later inherit it), loads the model, says ``ready`` and serves one request
at a time. The channel is private to the manager (two PAIR sockets in the runtime dir, MessagePack
dicts, see ``channel.py``), not the public bus: a duty-cycled worker may be SIGSTOPped longer than
the bus heartbeat window, and the manager watches the process itself.

An I/O thread owns the command socket, so a ``cancel`` reaches the engine's abort callback while the
main thread is inside prompt processing; ``threads`` changes the running model's threads at once.
"""
from __future__ import annotations

import argparse
import json
import os
import queue
import sys
import threading
import time


def main(argv: list[str] | None = None) -> int:
    from actors.run import die_with_parent

    die_with_parent()
    ap = argparse.ArgumentParser(prog="actors.llm.worker")
    ap.add_argument("--model", required=True)
    ap.add_argument("--path", required=True)
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--evt", required=True)
    ap.add_argument("--settings", default="{}")
    ap.add_argument("--priority", default="low")
    args = ap.parse_args(argv)

    import zmq

    from actors.llm import channel
    from actors.llm.throttle import apply_priority

    priority = apply_priority(os.getpid(), args.priority)    # before any thread exists: all inherit
    ctx = zmq.Context()
    cmd, evt = channel.connect(ctx, args.cmd, args.evt)
    out = channel.Sender(evt, block_s=10.0)
    started = time.perf_counter()
    try:
        from actors.llm.engine import Engine, ModelSettings
        from actors.llm.errors import LLMError

        engine = Engine(args.path, ModelSettings(**json.loads(args.settings)))
    except Exception as e:  # noqa: BLE001 - any load failure is reported, then the process ends
        body = e.to_body() if hasattr(e, "to_body") else {"code": "internal",
                                                           "message": f"{type(e).__name__}: {e}"}
        out.send({"op": "load_failed", "error": body})
        time.sleep(0.2)                                      # let the message leave
        ctx.destroy(linger=0)
        return 2
    out.send({"op": "ready", "pid": os.getpid(), "load_ms": (time.perf_counter() - started) * 1000,
              "engine": engine.describe(), "priority": {"nice": priority.nice,
                                                        "sched_idle": priority.sched_idle}})
    jobs: queue.Queue = queue.Queue()
    current: dict = {}                                       # id -> cancel Event of the running job
    lock = threading.Lock()

    def io_loop() -> None:
        while True:
            msg = channel.recv(cmd)
            op = msg.get("op")
            if op in ("generate", "embed"):
                ev = threading.Event()
                with lock:
                    current[msg["id"]] = ev
                jobs.put((msg, ev))
            elif op == "cancel":
                with lock:
                    ev = current.get(msg.get("id"))
                if ev is not None:
                    ev.set()
            elif op == "threads":
                try:
                    engine.set_threads(int(msg["n"]))
                except (LLMError, ValueError, KeyError):
                    pass
            elif op == "stop":
                jobs.put(None)
                return

    threading.Thread(target=io_loop, name="worker-io", daemon=True).start()
    while True:
        job = jobs.get()
        if job is None:
            break
        msg, cancel = job
        try:
            _serve(engine, msg, cancel, out)
        finally:
            with lock:
                current.pop(msg["id"], None)
    engine.close()
    ctx.destroy(linger=0)
    return 0


# After the first token (sent at once), pieces that arrive within this long of the last send go out
# together: on 2 cores every message through manager, bus and client takes CPU from the model.
COALESCE_S = 0.015


def _serve(engine, msg: dict, cancel: threading.Event, out) -> None:
    from actors.llm.engine import GenerateParams
    from protocol.errors import ProtocolError

    rid = msg["id"]
    left = msg.get("deadline_s")
    deadline = None if left is None else time.monotonic() + left
    try:
        if msg["op"] == "embed":
            r = engine.embed(msg["input"], cancel=cancel, deadline=deadline)
            out.send({"op": "done", "id": rid, "result": {"vectors": r.vectors, "prompt_tokens": r.prompt_tokens,
                                                          "truncated": r.truncated}})
            return
        gen = engine.generate(GenerateParams.from_dict(msg["params"], deadline), cancel)
        index, pending, last = 0, [], 0.0
        for piece in gen:
            pending.append(piece)
            now = time.monotonic()
            if index == 0 or now - last >= COALESCE_S:
                out.send({"op": "token", "id": rid, "text": "".join(pending), "index": index,
                          "count": len(pending)})
                index, pending, last = index + 1, [], now
        if pending:
            out.send({"op": "token", "id": rid, "text": "".join(pending), "index": index, "count": len(pending)})
        out.send({"op": "done", "id": rid, "result": gen.result.to_dict(),
                  "engine": {"cached_tokens": engine.describe()["cached_tokens"], "threads": engine.threads}})
    except ProtocolError as e:
        partial = getattr(e, "partial", None)
        out.send({"op": "error", "id": rid, "error": e.to_body(),
                  "before_first_token": bool(partial is not None and not partial.get("completion_tokens"))})
    except Exception as e:  # noqa: BLE001 - a bug here must answer, not wedge the manager
        out.send({"op": "error", "id": rid, "error": {"code": "internal",
                                                      "message": f"worker failed: {type(e).__name__}: {e}"}})


if __name__ == "__main__":
    sys.exit(main())
