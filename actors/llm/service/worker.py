"""A model worker: one OS process holding one loaded model, driven by the LLM manager.

    python -m actors.llm.service.worker --model NAME --path FILE --cmd ipc://... --evt ipc://... \
        --settings JSON --priority low

Started by exec (never fork: ggml/OpenMP hang a forked process that ran inference) with
``ENCLAVE_PARENT_PID`` set, so it dies with the manager. It lowers its own priority *before* loading
(the threads llama.cpp makes later inherit it), loads the model, says ``Ready`` and serves one
request at a time. The channel is private to the manager (``protocol.channel``), not the public bus:
a duty-cycled worker may be SIGSTOPped longer than the bus heartbeat window, and the manager watches
the process itself.

An I/O thread owns the command socket, so a ``Cancel`` reaches the engine's abort callback while the
main thread is inside prompt processing; ``Threads`` changes the running model's threads at once.
"""
from __future__ import annotations

import argparse
import os
import queue
import sys
import threading
import time

# After the first token (sent at once), pieces that arrive within this long of the last send go out
# together: on 2 cores every message through manager, bus and client takes CPU from the model.
COALESCE_S = 0.015


def main(argv: list[str] | None = None) -> int:
    from actors.run import die_with_parent

    die_with_parent()
    ap = argparse.ArgumentParser(prog="actors.llm.service.worker")
    ap.add_argument("--model", required=True)
    ap.add_argument("--path", required=True)
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--evt", required=True)
    ap.add_argument("--settings", required=True)
    ap.add_argument("--priority", default="low")
    args = ap.parse_args(argv)

    import msgspec
    import zmq

    from actors.llm.service import channel
    from actors.llm.throttle import apply_priority
    from protocol import channel as ch
    from protocol.kinds.sys import ErrorBody

    priority = apply_priority(os.getpid(), args.priority)    # before any thread exists: all inherit
    ctx = zmq.Context()
    cmd, evt = channel.connect(ctx, args.cmd, args.evt)
    out = channel.Sender(evt, block_s=10.0)
    started = time.perf_counter()
    try:
        from actors.llm.engine import Engine
        from actors.llm.errors import LLMError
        from actors.shared.settings.schema import ModelConfig

        engine = Engine(args.path, msgspec.json.decode(args.settings, type=ModelConfig))
    except Exception as e:  # noqa: BLE001 - any load failure is reported, then the process ends
        body = e.to_body() if hasattr(e, "to_body") else {"code": "internal",
                                                           "message": f"{type(e).__name__}: {e}"}
        out.send(ch.LoadFailed(error=msgspec.convert(body, ErrorBody)))
        time.sleep(0.2)                                      # let the message leave
        ctx.destroy(linger=0)
        return 2
    out.send(ch.Ready(version=ch.VERSION, pid=os.getpid(), load_ms=(time.perf_counter() - started) * 1000,
                      engine=engine.describe(), nice=priority.nice, sched_idle=priority.sched_idle))
    jobs: queue.Queue = queue.Queue()
    current: dict = {}                                       # id -> cancel Event of the running job
    lock = threading.Lock()

    def io_loop() -> None:
        while True:
            try:
                msg = channel.recv(cmd, ch.decode_command)
            except channel.BadMessage:
                continue                                     # only the manager writes here
            if isinstance(msg, (ch.Generate, ch.Embed)):
                ev = threading.Event()
                with lock:
                    current[msg.id] = ev
                jobs.put((msg, ev))
            elif isinstance(msg, ch.Cancel):
                with lock:
                    ev = current.get(msg.id)
                if ev is not None:
                    ev.set()
            elif isinstance(msg, ch.Threads):
                try:
                    engine.set_threads(msg.n)
                except LLMError:
                    pass
            elif isinstance(msg, ch.Stop):
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
                current.pop(msg.id, None)
    engine.close()
    ctx.destroy(linger=0)
    return 0


def _serve(engine, msg, cancel: threading.Event, out) -> None:
    import msgspec

    from protocol import channel as ch
    from protocol.errors import ProtocolError
    from protocol.kinds.sys import ErrorBody

    deadline = None if msg.deadline_s is None else time.monotonic() + msg.deadline_s
    try:
        if isinstance(msg, ch.Embed):
            r = engine.embed(msg.input, cancel=cancel, deadline=deadline)
            out.send(ch.Embedded(id=msg.id, vectors=r.vectors, prompt_tokens=r.prompt_tokens,
                                 truncated=r.truncated))
            return
        gen = engine.generate(msg.request, cancel, deadline)
        index, pending, last = 0, [], 0.0
        for piece in gen:
            pending.append(piece)
            now = time.monotonic()
            if index == 0 or now - last >= COALESCE_S:
                out.send(ch.Piece(id=msg.id, text="".join(pending), index=index, count=len(pending)))
                index, pending, last = index + 1, [], now
        if pending:
            out.send(ch.Piece(id=msg.id, text="".join(pending), index=index, count=len(pending)))
        r = gen.result
        out.send(ch.Generated(id=msg.id, text=r.text, finish_reason=r.finish_reason, usage=r.usage,
                              timings=r.timings, cached_tokens=engine.describe().cached_tokens,
                              threads=engine.threads, tool_calls=r.tool_calls))
    except ProtocolError as e:
        partial = getattr(e, "partial", None)
        out.send(ch.Failed(id=msg.id, error=msgspec.convert(e.to_body(), ErrorBody),
                           before_first_token=bool(partial is not None and not partial.get("completion_tokens"))))
    except Exception as e:  # noqa: BLE001 - a bug here must answer, not wedge the manager
        out.send(ch.Failed(id=msg.id, error=ErrorBody(code="internal",
                                                      message=f"worker failed: {type(e).__name__}: {e}")))


if __name__ == "__main__":
    sys.exit(main())
