"""Anchors for the llm benchmark, measured in one run with one model, prompt set and settings:

- raw: llama-cpp-python in this process (``Llama.create_completion(stream=True)``), what the mesh's
  time to first token and decode speed are compared against;
- engine: ``actors.llm.engine.Engine`` in this process (what a worker runs), against raw;
- server: ``python -m llama_cpp.server`` over HTTP (what a user would run instead), against raw, and
  whether it cuts off a first stream when a second request arrives;
- throttle: the CPU share a background generation process gets under the duty cycler while a
  foreground CPU load runs, against the budget.

``run()`` returns the raw numbers under ``"raw"`` (and the prompts used, so the mesh benchmark can send
exactly the same ones) plus result rows comparing engine and server to raw.
"""
from __future__ import annotations

import http.client
import json
import logging
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

if TYPE_CHECKING:
    from actors.shared.settings.schema import ModelConfig
    from protocol.kinds.llm import GenerateRequest

AREA = "llm_raw"
MODEL = "smollm2-135m"
SETTINGS = {"threads": 2, "context_size": 2048, "batch_size": 512}
PROMPT_TOKENS = 32
DECODE_TOKENS = 128
DECODE_PROMPT = "Count from one to one hundred in words: one, two, three,"
_TOPICS = ("Rivers", "Bridges", "Forests", "Comets", "Harbours", "Glaciers", "Deserts", "Volcanoes",
           "Islands", "Canyons", "Meadows", "Lighthouses")
_BODY = ("are described in a short report for a school project about the world around us, with notes "
         "on history, science, people and places, written clearly for young readers to enjoy and learn "
         "from every single day of the week")
_ENDING = "with maps pictures and stories for everyone to share at home or in class"


# ---- model and prompts --------------------------------------------------------------------------------

def model_path() -> str:
    """SmolLM2 from ``$ENCLAVE_HOME/models`` if installed there, else pulled into the shared cache."""
    from actors.llm.errors import ModelNotFound
    from actors.llm.store import ModelStore, pull

    from .common import model_cache
    home = Path(os.environ.get("ENCLAVE_HOME") or Path.home() / ".local" / "share" / "enclave")
    try:
        return ModelStore(home / "models").get(MODEL).path
    except ModelNotFound:
        return pull(MODEL, model_cache()).path


def make_prompts(tokenize: Callable[[str], list[int]], n: int) -> list[tuple[str, str]]:
    """``n`` pairs (fresh, follow-up) of exactly ``PROMPT_TOKENS``-token prompts. Fresh prompts differ
    from each other from their first word; a follow-up keeps all but the last few words of its fresh
    prompt and ends differently (the "shared prefix" case)."""
    def fill(head: str, words: list[str]) -> str:
        text = head
        for w in words:
            if len(tokenize(f"{text} {w}")) > PROMPT_TOKENS:
                break
            text = f"{text} {w}"
        while len(tokenize(text)) < PROMPT_TOKENS:
            text += "."
        return text

    pairs = []
    for i in range(n):
        fresh = fill(f"{_TOPICS[i % len(_TOPICS)]} {i}", _BODY.split())
        follow = fill(fresh.rsplit(" ", 3)[0], _ENDING.split())
        pairs.append((fresh, follow))
    return pairs


# ---- the three ways to run a model -------------------------------------------------------------------

def _time_stream(pieces: Iterator[int]) -> tuple[float, float, int, int]:
    """(seconds to the first piece, seconds from the first to the last piece, tokens in all, tokens in
    the first piece) of one stream whose items are the number of model tokens each piece carries."""
    t0 = time.perf_counter()
    first = last = None
    tokens = first_tokens = 0
    for count in pieces:
        last = time.perf_counter()
        if first is None:
            first, first_tokens = last, count
        tokens += count
    if first is None:
        raise RuntimeError("the stream produced nothing")
    return first - t0, last - first, tokens, first_tokens


def decode_tps(span: float, tokens: int, first_tokens: int) -> float:
    """Tokens that arrived after the first piece, over the time from the first to the last piece."""
    return (tokens - first_tokens) / span if span > 0 else 0.0


def _measure(streams: dict[str, Callable[[str, int], Iterator[Any]]], pairs: list[tuple[str, str]],
             decode_runs: int) -> dict[str, dict]:
    """Median TTFT (fresh, shared prefix) and decode speed (tokens/s) of each stream function (its items:
    the model tokens of each piece). The runs are
    interleaved (A, B, C, A, B, C, ...) so that load from other processes on a shared machine falls
    on every contender alike."""
    fresh: dict[str, list[float]] = {n: [] for n in streams}
    prefix: dict[str, list[float]] = {n: [] for n in streams}
    decode: dict[str, list[float]] = {n: [] for n in streams}
    for stream in streams.values():
        _time_stream(stream(pairs[-1][0], 4))                      # warm up
    for text, follow in pairs:
        for name, stream in streams.items():
            fresh[name].append(_time_stream(stream(text, 1))[0])
        for name, stream in streams.items():
            prefix[name].append(_time_stream(stream(follow, 1))[0])
    for _ in range(decode_runs):
        for name, stream in streams.items():
            _, span, n, first = _time_stream(stream(DECODE_PROMPT, DECODE_TOKENS))
            decode[name].append(decode_tps(span, n, first))
    return {n: {"ttft_fresh_ms": statistics.median(fresh[n]) * 1000,
                "ttft_prefix_ms": statistics.median(prefix[n]) * 1000,
                "decode_tps": statistics.median(decode[n]),
                "best": {"ttft_fresh_ms": min(fresh[n]) * 1000, "ttft_prefix_ms": min(prefix[n]) * 1000,
                         "decode_tps": max(decode[n])},
                "samples": len(pairs), "decode_runs": decode_runs} for n in streams}


@contextmanager
def raw_streams(path: str) -> Iterator[dict[str, Callable[[str, int], Iterator[Any]]]]:
    """Two in-process anchors, each on its own loaded copy of the model (a shared one would hand the
    second the first's KV cache): the tight token loop (``Llama.generate`` plus detokenize, the least
    any wrapper can do) and ``create_completion(stream=True)``, the API a user would call."""
    import llama_cpp
    from llama_cpp import Llama

    def load() -> Llama:
        return Llama(path, n_ctx=SETTINGS["context_size"], n_batch=SETTINGS["batch_size"],
                     n_threads=SETTINGS["threads"], n_threads_batch=SETTINGS["threads"], verbose=False)

    loop_llama, api_llama = load(), load()
    vocab = llama_cpp.llama_model_get_vocab(loop_llama.model)

    def token_loop(prompt: str, max_tokens: int) -> Iterator[int]:
        tokens = loop_llama.tokenize(prompt.encode())
        for i, token in enumerate(loop_llama.generate(tokens, temp=0.0)):
            if llama_cpp.llama_vocab_is_eog(vocab, token):
                return
            loop_llama.detokenize([token])
            yield 1
            if i + 1 >= max_tokens:
                return

    def completion_api(prompt: str, max_tokens: int) -> Iterator[int]:
        for _ in api_llama.create_completion(prompt, max_tokens=max_tokens, temperature=0.0, stream=True):
            yield 1                                      # one chunk per token

    try:
        yield {"raw": token_loop, "completion_api": completion_api}
    finally:
        loop_llama.close()
        api_llama.close()


def model_settings(**overrides) -> ModelConfig:
    """``model_configs.default`` of the shipped settings with ``overrides`` (as the mesh builds it)."""
    import msgspec

    from actors.shared.settings import defaults
    from actors.shared.settings.schema import ModelConfig
    return msgspec.convert({**defaults()["model_configs"]["default"], **overrides}, ModelConfig)


def request(**body) -> GenerateRequest:
    """An ``llm.generate`` body as the bus decodes it (validated)."""
    import msgspec

    from protocol.kinds.llm import GenerateRequest
    return msgspec.convert(body, GenerateRequest)


@contextmanager
def engine_stream(path: str) -> Iterator[Callable[[str, int], Iterator[int]]]:
    """``actors.llm.engine.Engine`` in this process, what a model worker runs. Its pieces are text; a
    piece is one sampled token here (the engine holds text back only for stop sequences, none given)."""
    from actors.llm.engine import Engine

    with Engine(path, model_settings(**SETTINGS)) as engine:
        def stream(prompt: str, max_tokens: int) -> Iterator[int]:
            gen = engine.generate(request(prompt=prompt, max_tokens=max_tokens, temperature=0.0))
            for _ in gen:
                yield 1

        yield stream


class LlamaServer:
    """``python -m llama_cpp.server`` on a free loopback port, for the duration of a ``with``."""

    def __init__(self, path: str):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.cmd = [sys.executable, "-m", "llama_cpp.server", "--model", path, "--host", "127.0.0.1",
                    "--port", str(self.port), "--n_ctx", str(SETTINGS["context_size"]),
                    "--n_batch", str(SETTINGS["batch_size"]), "--n_threads", str(SETTINGS["threads"]),
                    "--n_threads_batch", str(SETTINGS["threads"]), "--verbose", "False"]

    def __enter__(self) -> "LlamaServer":
        self.proc = subprocess.Popen(self.cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        end = time.monotonic() + 60
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with {self.proc.returncode} "
                                   f"(are fastapi, uvicorn, sse-starlette, starlette-context installed?)")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/v1/models")
                if conn.getresponse().status == 200:
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("llama_cpp.server did not start within 60 s")

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def stream(self, prompt: str, max_tokens: int) -> Iterator[int]:
        """The server's SSE completion stream: 1 per chunk (it sends one chunk per token)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        body = json.dumps({"prompt": prompt, "max_tokens": max_tokens, "temperature": 0.0, "stream": True})
        conn.request("POST", "/v1/completions", body=body, headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        try:
            while line := resp.readline():
                if line.startswith(b"data: "):
                    data = line[6:].strip()
                    if data == b"[DONE]":
                        return
                    chunk = json.loads(data)
                    if chunk["choices"][0].get("text"):
                        yield 1
        finally:
            conn.close()


def _second_request_cuts_first(server: LlamaServer) -> dict:
    """Start a long stream, send a second request after a few tokens: how much of the first arrives?"""
    got: list[dict] = []
    started = threading.Event()

    def first() -> None:
        for chunk in server.stream(DECODE_PROMPT, DECODE_TOKENS):
            got.append(chunk)
            if len(got) == 5:
                started.set()
        started.set()

    t = threading.Thread(target=first)
    t.start()
    started.wait(60)
    second = sum(1 for _ in server.stream("Hello", 8))
    t.join(60)
    return {"first_requested": DECODE_TOKENS, "first_received": len(got), "second_received": second,
            "first_cut_off": len(got) < DECODE_TOKENS}


# ---- throttling --------------------------------------------------------------------------------------

_BACKGROUND = """
import sys
from benchmarks.llm_raw import model_settings, request
from actors.llm.engine import Engine
e = Engine(sys.argv[1], model_settings(threads=1, context_size=512, batch_size=256))
print("ready", flush=True)
while True:
    e.complete(request(prompt="Write about the sea.", max_tokens=200))
"""


def measure_throttle(path: str, budget: float = 0.30, seconds: float = 6.0) -> dict:
    """CPU share of a low-priority background generation process held by the duty cycler while one
    foreground process keeps a core busy (so a core is free for the worker: nice alone would let it
    take a whole core, i.e. 1/cores of the machine)."""
    import psutil

    from actors.llm.throttle import DutyCycler, apply_priority
    from actors.shared.settings import defaults

    throttle = defaults()["llm_throttle"]           # the shipped duty-cycle settings
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    worker = subprocess.Popen([sys.executable, "-c", _BACKGROUND, path], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, env=env)
    load = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    cycler = None
    try:
        if worker.stdout is None or worker.stdout.readline().strip() != b"ready":
            raise RuntimeError("the background generation process did not start")
        apply_priority(worker.pid, defaults()["llm_resources"]["cpu_priority"])
        cycler = DutyCycler(worker.pid, budget, period_s=throttle["period_s"], window_s=throttle["window_s"],
                            idle_below=throttle["idle_below"]).start()
        time.sleep(2.0)                                   # let the controller settle
        proc, fg = psutil.Process(worker.pid), psutil.Process(load.pid)
        c0, f0, t0 = sum(proc.cpu_times()[:2]), sum(fg.cpu_times()[:2]), time.monotonic()
        time.sleep(seconds)
        c1, f1, t1 = sum(proc.cpu_times()[:2]), sum(fg.cpu_times()[:2]), time.monotonic()
        cores = os.cpu_count() or 1
        return {"budget": budget, "background_share": (c1 - c0) / ((t1 - t0) * cores),
                "foreground_core_use": (f1 - f0) / (t1 - t0), "throttled": cycler.throttled,
                "cores": cores}
    finally:
        if cycler:
            cycler.stop()
        for p in (worker, load):
            p.kill()
            p.wait()


# ---- the benchmark -----------------------------------------------------------------------------------

def _row(name: str, value: float, unit: str, anchor: str | None, anchor_value: float | None,
         target: str, ok: bool | None) -> dict:
    ratio = value / anchor_value if anchor_value else None
    return {"name": name, "value": round(value, 3), "unit": unit, "anchor": anchor,
            "anchor_value": None if anchor_value is None else round(anchor_value, 3),
            "ratio": None if ratio is None else round(ratio, 3), "target": target,
            "pass": None if ok is None else bool(ok)}


def run(quick: bool = False, path: str | None = None) -> dict:
    path = path or model_path()
    from llama_cpp import Llama

    logging.getLogger("llama-cpp-python").setLevel(logging.ERROR)
    vocab = Llama(path, vocab_only=True, verbose=False)
    pairs = make_prompts(lambda t: vocab.tokenize(t.encode()), 5 if quick else 15)
    with raw_streams(path) as anchors, engine_stream(path) as engine_fn, LlamaServer(path) as server:
        m = _measure({**anchors, "engine": engine_fn, "server": server.stream}, pairs,
                     decode_runs=3 if quick else 7)
        cut_off = _second_request_cuts_first(server)
    raw, api, engine, server_m = m["raw"], m["completion_api"], m["engine"], m["server"]
    server_m["cut_off"] = cut_off
    throttle = measure_throttle(path, seconds=3.0 if quick else 6.0)
    results = [
        _row("engine ttft, fresh 32-token prompt", engine["ttft_fresh_ms"], "ms", "raw token loop",
             raw["ttft_fresh_ms"], "<= 1.10x raw", engine["ttft_fresh_ms"] <= 1.10 * raw["ttft_fresh_ms"]),
        _row("engine ttft, shared prefix", engine["ttft_prefix_ms"], "ms", "raw token loop",
             raw["ttft_prefix_ms"], "<= 1.10x raw and < 100 ms",
             engine["ttft_prefix_ms"] <= 1.10 * raw["ttft_prefix_ms"] and engine["ttft_prefix_ms"] < 100),
        _row("engine decode", engine["decode_tps"], "tokens/s", "raw token loop", raw["decode_tps"],
             ">= 0.97x raw", engine["decode_tps"] >= 0.97 * raw["decode_tps"]),
        _row("raw ttft, shared prefix vs fresh", raw["ttft_prefix_ms"], "ms", "raw ttft fresh",
             raw["ttft_fresh_ms"], "< 1x (prefix reuse)", raw["ttft_prefix_ms"] < raw["ttft_fresh_ms"]),
        _row("engine ttft, shared prefix vs fresh", engine["ttft_prefix_ms"], "ms", "engine ttft fresh",
             engine["ttft_fresh_ms"], "< 1x (prefix reuse)",
             engine["ttft_prefix_ms"] < engine["ttft_fresh_ms"]),
        _row("llama-cpp-python create_completion ttft, fresh", api["ttft_fresh_ms"], "ms",
             "raw token loop", raw["ttft_fresh_ms"], "info", None),
        _row("llama-cpp-python create_completion decode", api["decode_tps"], "tokens/s", "raw token loop",
             raw["decode_tps"], "info", None),
        _row("llama_cpp.server ttft, fresh (HTTP)", server_m["ttft_fresh_ms"], "ms", "raw token loop",
             raw["ttft_fresh_ms"], "info", None),
        _row("llama_cpp.server ttft, shared prefix (HTTP)", server_m["ttft_prefix_ms"], "ms",
             "raw token loop", raw["ttft_prefix_ms"], "info", None),
        _row("llama_cpp.server decode (HTTP)", server_m["decode_tps"], "tokens/s", "raw token loop",
             raw["decode_tps"], "info", None),
        _row("llama_cpp.server: first stream's tokens when a 2nd request arrives",
             server_m["cut_off"]["first_received"], "tokens", "tokens requested",
             server_m["cut_off"]["first_requested"], "info (< 1x = cut off)", None),
        _row("background cpu share under foreground load (duty cycle)", throttle["background_share"],
             "share of machine", "cpu_budget", throttle["budget"], "<= budget + 0.05",
             throttle["background_share"] <= throttle["budget"] + 0.05),
    ]
    return {"area": AREA, "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
            "model": MODEL, "settings": SETTINGS, "prompts": pairs, "decode_prompt": DECODE_PROMPT,
            "raw": {"raw": raw, "completion_api": api, "engine": engine, "server": server_m,
                    "throttle": throttle},
            "results": results}


if __name__ == "__main__":
    out = run(quick="--quick" in sys.argv)
    if "--json" in sys.argv:
        print(json.dumps(out, indent=2))
    else:
        for r in out["results"]:
            print(f"{r['name']:<70} {r['value']:>10} {r['unit']:<16} anchor {r['anchor_value']!s:>9} "
                  f"ratio {r['ratio']!s:>6} {r['target']:<26} {({True: 'PASS', False: 'FAIL'}).get(r['pass'], '-')}")
