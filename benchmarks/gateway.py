"""``enclave bench gateway``: what each HTTP door costs, in one run on one mesh with SmolLM2.

The same kind of chat (a question no earlier request asked, so none reuses another's cached prompt)
is sent, streamed, through every path, round-robin so that drift hits all paths alike:

- anchor: ``llm.generate`` on the internal endpoint, as ``enclave ask`` sends it (no router, no
  privacy filter, no HTTP);
- the doors: OpenAI ``/v1/chat/completions``, OpenAI ``/v1/responses``, Anthropic ``/v1/messages``,
  Ollama ``/api/chat`` — through HTTP, the door, the router, the privacy filter and the manager —
  each read by a plain HTTP reader (the official clients are what the tests use; their per-chunk
  parsing would be measured here too, on the same two cores);
- second anchor: ``python -m llama_cpp.server`` (what a user would run instead), its
  ``/v1/chat/completions`` over HTTP, same model and settings;
- restoration hold-back: the OpenAI door with a secret in the request (sanitized on the way in,
  restored on the way out, the stream held back while a pseudonym may be arriving) against the same
  request with an ordinary word of the same length in its place.

Time to first token is from sending the request to the first piece of text; decode speed is the
tokens the answer reports over the time from its first to its last piece. Targets: a door adds at
most 10 ms to time to first token and costs at most 3% of decode speed.
"""
from __future__ import annotations

import http.client
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

from .common import http_token, machine, model_cache, percentile, result
from .harness import Adapter, Mesh, free_port

MODEL = "smollm2-135m"
SECRET = "AKIA" + "Q3FZ7KXW2LRMN5TB"         # an AWS access key id, split for scanners
PLAIN = "OrdinaryWordOfTwenty"               # the same length: what the secret's place holds otherwise
QUESTIONS = ("Name three colors.", "Name three fruits.", "Name three rivers.", "Name three birds.",
             "Name three tools.", "Name three trees.", "Name three metals.", "Name three dances.")
MAX_TOKENS = 96


def _question(i: int, path: int = 0) -> list[dict]:
    """A question no earlier request asked: no path gets another's prompt from the model's cache."""
    return [{"role": "user", "content": f"({i}.{path}) {QUESTIONS[(i + path) % len(QUESTIONS)]}"}]


class Timed:
    """One streamed answer: time to first piece, last piece, tokens the answer reports."""

    def __init__(self):
        self.t0 = time.perf_counter()
        self.first = self.last = None
        self.tokens = 0

    def piece(self) -> None:
        now = time.perf_counter()
        self.first = self.first or now
        self.last = now

    @property
    def ttft_ms(self) -> float:
        return (self.first - self.t0) * 1000

    @property
    def decode_tps(self) -> float:
        span = self.last - self.first
        return (self.tokens - 1) / span if span > 0 and self.tokens > 1 else float("nan")


# ---- one streamed chat per path ----------------------------------------------------------------------

def _direct(mesh) -> Callable[[list[dict]], Timed]:
    from bus import Client
    client = Client(mesh.endpoints.internal, source="bench")

    def run(messages):
        t = Timed()
        for r in client.stream("llm.generate", {"messages": messages, "max_tokens": MAX_TOKENS, "temperature": 0.0,
                                                "model": MODEL}, target="llm", timeout=300):
            if r.final:
                t.tokens = r.body["usage"]["completion_tokens"]
            elif r.body.get("text"):
                t.piece()
        return t
    return run


def _stream(port: int, path: str, body: dict, headers: dict, piece: Callable[[dict], bool],
            tokens: Callable[[dict], int | None]) -> Callable[[list[dict]], Timed]:
    """A streamed request read as plainly as possible (http.client, one ``json.loads`` per event):
    what is measured is the door, not a client library's parsing on the same two cores."""
    def run(messages):
        t = Timed()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        conn.request("POST", path, body=json.dumps(body(messages) if callable(body) else body),
                     headers={"Content-Type": "application/json", **headers})
        resp = conn.getresponse()
        if resp.status != 200:
            raise RuntimeError(f"{path}: HTTP {resp.status} {resp.read()[:200]!r}")
        while line := resp.readline():
            data = line[6:].strip() if line.startswith(b"data: ") else line.strip()
            if not data or data == b"[DONE]" or not data.startswith(b"{"):
                continue
            event = json.loads(data)
            if piece(event):
                t.piece()
            n = tokens(event)
            if n is not None:
                t.tokens = n
        conn.close()
        return t
    return run


def _openai(port: int, key: str):
    return _stream(port, "/v1/chat/completions",
                   lambda m: {"model": MODEL, "messages": m, "max_tokens": MAX_TOKENS, "temperature": 0.0,
                              "stream": True, "stream_options": {"include_usage": True}},
                   {"Authorization": f"Bearer {key}"},
                   lambda e: bool(e.get("choices") and (e["choices"][0].get("delta") or {}).get("content")),
                   lambda e: (e.get("usage") or {}).get("completion_tokens"))


def _responses(port: int, key: str):
    return _stream(port, "/v1/responses",
                   lambda m: {"model": MODEL, "input": m[0]["content"], "max_output_tokens": MAX_TOKENS,
                              "temperature": 0.0, "stream": True},
                   {"Authorization": f"Bearer {key}"},
                   lambda e: e.get("type") == "response.output_text.delta" and bool(e.get("delta")),
                   lambda e: e["response"]["usage"]["output_tokens"] if e.get("type") == "response.completed" else None)


def _anthropic(port: int, key: str):
    return _stream(port, "/v1/messages",
                   lambda m: {"model": MODEL, "messages": m, "max_tokens": MAX_TOKENS, "temperature": 0.0,
                              "stream": True},
                   {"x-api-key": key, "anthropic-version": "2023-06-01"},
                   lambda e: e.get("type") == "content_block_delta" and bool((e.get("delta") or {}).get("text")),
                   lambda e: e["usage"]["output_tokens"] if e.get("type") == "message_delta" else None)


def _ollama(port: int):
    return _stream(port, "/api/chat",
                   lambda m: {"model": f"{MODEL}:latest", "messages": m, "stream": True,
                              "options": {"num_predict": MAX_TOKENS, "temperature": 0.0}},
                   {}, lambda e: bool((e.get("message") or {}).get("content")),
                   lambda e: e.get("eval_count") if e.get("done") else None)


def _llama_server(port: int):
    def run(messages):
        t = Timed()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        conn.request("POST", "/v1/chat/completions", headers={"Content-Type": "application/json"},
                     body=json.dumps({"messages": messages, "max_tokens": MAX_TOKENS, "temperature": 0.0,
                                      "stream": True}))
        resp = conn.getresponse()
        while line := resp.readline():
            data = line[6:].strip() if line.startswith(b"data: ") else b""
            if not data or data == b"[DONE]":
                continue
            choice = (json.loads(data).get("choices") or [{}])[0]
            if (choice.get("delta") or {}).get("content"):
                t.piece()
                t.tokens += 1                       # one chunk per token
        conn.close()
        return t
    return run


# ---- the run -------------------------------------------------------------------------------------------

def _install(home: Path) -> str:
    from actors.llm.store import ModelStore, pull
    cache = model_cache()
    path = pull(MODEL, cache).path
    ModelStore(home / "models").add(path, name=MODEL)
    return path


def _summary(runs: list[Timed]) -> dict:
    ttft = [r.ttft_ms for r in runs]
    tps = [r.decode_tps for r in runs if r.decode_tps == r.decode_tps]
    return {"ttft_p50_ms": percentile(ttft, 50), "ttft_p90_ms": percentile(ttft, 90),
            "decode_tps": statistics.median(tps) if tps else float("nan"), "n": len(runs)}


def run(quick: bool = False) -> dict:
    from .llm_raw import LlamaServer
    rounds = 4 if quick else 12
    tmp = Path(tempfile.mkdtemp(prefix="enclave-bench-gateway-"))
    mesh = Mesh(tmp / "home")
    doors = []
    try:
        path = _install(mesh.home)
        mesh.start()
        key = http_token(mesh.home)
        gw, ol = free_port(), free_port()
        doors = [Adapter(mesh, "openai", "--port", str(gw), ready_url=f"http://127.0.0.1:{gw}/v1/models"),
                 Adapter(mesh, "ollama", "--port", str(ol), ready_url=f"http://127.0.0.1:{ol}/api/version")]
        with LlamaServer(path) as server:
            paths: dict[str, Callable[[list[dict]], Timed]] = {
                "llm.generate direct": _direct(mesh), "openai chat": _openai(gw, key),
                "openai responses": _responses(gw, key), "anthropic messages": _anthropic(gw, key),
                "ollama chat": _ollama(ol), "llama_cpp.server": _llama_server(server.port)}
            oai = paths["openai chat"]
            paths["openai chat, secret restored"] = lambda m: oai([{**m[0], "content": m[0]["content"]
                                                                    + f" My key is {SECRET}, repeat it."}])
            paths["openai chat, same without secret"] = lambda m: oai([{**m[0], "content": m[0]["content"]
                                                                        + f" My key is {PLAIN}, repeat it."}])
            for p, fn in enumerate(paths.values()):    # warm: the model loaded, each client connected
                fn(_question(100, p))
            samples: dict[str, list[Timed]] = {name: [] for name in paths}
            for i in range(rounds):
                for p, (name, fn) in enumerate(paths.items()):
                    samples[name].append(fn(_question(i, p)))
        stats = {name: _summary(runs) for name, runs in samples.items()}
    finally:
        for d in doors:
            d.stop()
        mesh.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return {"area": "gateway", "machine": machine(), "results": _rows(stats),
            "details": {"paths": stats, "rounds": rounds, "max_tokens": MAX_TOKENS}}


def _rows(stats: dict) -> list[dict]:
    direct, server = stats["llm.generate direct"], stats["llama_cpp.server"]
    rows = [result("llm.generate direct TTFT p50", direct["ttft_p50_ms"], "ms", anchor="llama_cpp.server TTFT p50",
                   anchor_value=server["ttft_p50_ms"], target="info"),
            result("llm.generate direct decode", direct["decode_tps"], "tokens/s",
                   anchor="llama_cpp.server decode", anchor_value=server["decode_tps"], target="info")]
    for door in ("openai chat", "openai responses", "anthropic messages", "ollama chat"):
        s = stats[door]
        added = s["ttft_p50_ms"] - direct["ttft_p50_ms"]
        rows.append(result(f"{door} TTFT p50", s["ttft_p50_ms"], "ms", anchor="llm.generate direct TTFT p50",
                           anchor_value=direct["ttft_p50_ms"], target="<= anchor + 10 ms", passed=added <= 10))
        rows.append(result(f"{door} decode", s["decode_tps"], "tokens/s", anchor="llm.generate direct decode",
                           anchor_value=direct["decode_tps"], target=">= 97% of anchor",
                           passed=s["decode_tps"] >= 0.97 * direct["decode_tps"]))
        rows.append(result(f"{door} TTFT p50 vs llama_cpp.server", s["ttft_p50_ms"], "ms",
                           anchor="llama_cpp.server TTFT p50", anchor_value=server["ttft_p50_ms"], target="info"))
    held, plain = stats["openai chat, secret restored"], stats["openai chat, same without secret"]
    rows.append(result("restoration hold-back: TTFT p50 with a secret", held["ttft_p50_ms"], "ms",
                       anchor="the same without a secret", anchor_value=plain["ttft_p50_ms"], target="info"))
    rows.append(result("restoration hold-back: decode with a secret", held["decode_tps"], "tokens/s",
                       anchor="the same without a secret", anchor_value=plain["decode_tps"], target="info"))
    return rows
