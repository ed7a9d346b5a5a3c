"""The in-process inference core a model worker wraps: one loaded GGUF, one request at a time.

- chat and plain completion, streamed as text pieces, with stop sequences, max_tokens, temperature,
  seed, and output constrained by a JSON schema (a llama.cpp grammar);
- embeddings (mean-pooled and normalised for decoder models);
- cancellation by a ``threading.Event`` and deadlines that also stop *prompt processing*: a ggml abort
  callback is installed while the prompt is evaluated (it costs a Python call per graph node, so it is
  removed once the first token is out; decoding checks between tokens);
- KV-cache prefix reuse: a request sharing a prefix with the previous one evaluates only the rest;
- timings on every result; ``set_threads`` at run time (``llama_set_n_threads``, no reload).

A ``Llama`` object is not thread-safe: the engine admits one generation at a time (a second one gets
``Busy``) and ``set_threads`` from another thread is applied by the generating thread between tokens.
ggml uses OpenMP, so a process that has run inference must not fork: start workers with spawn/exec.
"""
from __future__ import annotations

import codecs
import ctypes
import json
import logging
import math
import threading
import time
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Generator, Mapping, Sequence

from .errors import Busy, Cancelled, DeadlineExceeded, InvalidModelFile, InvalidRequest, LLMError
from .gguf import read_gguf

# ---- settings and requests -------------------------------------------------------------------------

@dataclass(frozen=True)
class ModelSettings:
    """A model's ``model_configs`` entry (seed keys), merged over ``model_configs["default"]``."""
    threads: int = 2
    context_size: int = 2048
    batch_size: int = 512          # llama.cpp n_batch: prompt tokens evaluated per step
    chat_format: str | None = None  # only for GGUFs without tokenizer.chat_template

    @classmethod
    def from_config(cls, model_configs: Mapping[str, Any], name: str,
                    chat_format: str | None = None) -> "ModelSettings":
        merged = {**(model_configs.get("default") or {}), **(model_configs.get(name) or {})}
        kw: dict[str, Any] = {}
        for key in ("threads", "context_size", "batch_size"):
            if key in merged:
                value = merged[key]
                if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                    raise InvalidRequest(f"model_configs.{name}.{key} must be a positive integer, "
                                         f"got {value!r}", field=f"model_configs.{name}.{key}")
                kw[key] = value
        kw["chat_format"] = merged.get("chat_format", chat_format)
        return cls(**kw)


@dataclass(frozen=True)
class GenerateParams:
    prompt: str | None = None                       # plain completion ...
    messages: Sequence[Mapping[str, str]] | None = None   # ... or chat
    max_tokens: int = 256
    temperature: float = 0.8
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.0
    seed: int | None = None
    stop: Sequence[str] = ()
    json_schema: Mapping[str, Any] | None = None
    deadline: float | None = None                   # time.monotonic() by which to finish

    @classmethod
    def from_dict(cls, body: Mapping[str, Any], deadline: float | None = None,
                  ignore: Sequence[str] = ("task", "model", "lane", "session")) -> "GenerateParams":
        """From a request body (e.g. ``llm.generate``; its routing fields in ``ignore`` are the
        manager's business); other unknown fields are an ``InvalidRequest``."""
        fields = set(cls.__dataclass_fields__) - {"deadline"}
        body = {k: v for k, v in body.items() if k not in ignore and v is not None}   # None: default
        unknown = sorted(set(body) - fields)
        if unknown:
            raise InvalidRequest(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}",
                                 field=unknown[0])
        params = cls(**{k: (tuple(v) if k == "stop" and isinstance(v, list) else v) for k, v in body.items()},
                     deadline=deadline)
        params.check()
        return params

    def check(self) -> None:
        if (self.prompt is None) == (self.messages is None):
            raise InvalidRequest("give exactly one of prompt or messages", field="prompt")
        if self.prompt is not None and not isinstance(self.prompt, str):
            raise InvalidRequest("prompt must be a string", field="prompt")
        if self.messages is not None:
            if not self.messages:
                raise InvalidRequest("messages must not be empty", field="messages")
            for i, m in enumerate(self.messages):
                if (not isinstance(m, Mapping) or not isinstance(m.get("role"), str)
                        or not isinstance(m.get("content"), str)):
                    raise InvalidRequest("each message needs a string role and content",
                                         field=f"messages[{i}]")
        _check_number("max_tokens", self.max_tokens, 1, 1 << 20, integer=True)
        _check_number("temperature", self.temperature, 0.0, 10.0)
        _check_number("top_p", self.top_p, 0.0, 1.0)
        _check_number("top_k", self.top_k, 0, 1 << 20, integer=True)
        _check_number("min_p", self.min_p, 0.0, 1.0)
        _check_number("repeat_penalty", self.repeat_penalty, 0.0, 10.0)
        if self.seed is not None:
            _check_number("seed", self.seed, 0, 2**32 - 2, integer=True)
        if isinstance(self.stop, str) or not all(isinstance(s, str) and s for s in self.stop):
            raise InvalidRequest("stop must be a list of non-empty strings", field="stop")
        if self.json_schema is not None and not isinstance(self.json_schema, Mapping):
            raise InvalidRequest("json_schema must be an object", field="json_schema")


def _check_number(name: str, value: Any, lo: float, hi: float, integer: bool = False) -> None:
    ok = isinstance(value, int) if integer else isinstance(value, (int, float))
    if not ok or isinstance(value, bool) or not (lo <= value <= hi) or (
            isinstance(value, float) and math.isnan(value)):
        kind = "an integer" if integer else "a number"
        raise InvalidRequest(f"{name} must be {kind} in [{lo}, {hi}], got {value!r}", field=name)


@dataclass
class Usage:
    prompt_tokens: int = 0
    cached_tokens: int = 0           # prompt tokens whose KV cache was reused
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class Timings:
    ttft_ms: float = 0.0             # request start -> first token sampled
    prompt_tps: float = 0.0          # evaluated prompt tokens / time to first token
    decode_tps: float = 0.0          # tokens after the first / time after the first
    total_ms: float = 0.0


@dataclass
class GenerateResult:
    text: str
    finish_reason: str               # "stop" (end of turn or stop sequence) | "length"
    usage: Usage
    timings: Timings

    def to_dict(self) -> dict:
        d = asdict(self)
        d["usage"]["total_tokens"] = self.usage.total_tokens
        return d


@dataclass
class EmbedResult:
    vectors: list[list[float]]
    prompt_tokens: int
    truncated: int = 0               # inputs cut to the batch size


# ---- the engine ------------------------------------------------------------------------------------

class _AbortState:
    """What the abort callback consults: the cancel event and the deadline."""

    __slots__ = ("cancel", "deadline", "fired")

    def __init__(self, cancel: threading.Event | None, deadline: float | None):
        self.cancel, self.deadline, self.fired = cancel, deadline, None

    def check(self) -> str | None:
        if self.cancel is not None and self.cancel.is_set():
            self.fired = "cancelled"
        elif self.deadline is not None and time.monotonic() >= self.deadline:
            self.fired = "deadline"
        return self.fired

    def raise_if_fired(self, partial: object = None) -> None:
        if self.fired == "cancelled" or (self.fired is None and self.check() == "cancelled"):
            raise Cancelled(partial=partial)
        if self.fired == "deadline":
            raise DeadlineExceeded(partial=partial)


class Engine:
    """One loaded model. Not for concurrent use: a second request while one runs gets ``Busy``."""

    def __init__(self, path: str | Path, settings: ModelSettings = ModelSettings(),
                 log_level: int = logging.ERROR):
        import llama_cpp                                   # heavy: only in worker processes

        self._lc = llama_cpp
        logging.getLogger("llama-cpp-python").setLevel(log_level)
        self.path = str(path)
        self.settings = settings
        self.info = read_gguf(path)
        self.embedding_only = self.info.is_embedding_model
        try:
            self._llama = llama_cpp.Llama(
                model_path=self.path, n_ctx=settings.context_size, n_batch=settings.batch_size,
                n_ubatch=settings.batch_size, n_threads=settings.threads,
                n_threads_batch=settings.threads, embedding=self.embedding_only, verbose=False)
        except (ValueError, RuntimeError) as e:
            raise InvalidModelFile(f"llama.cpp could not load {self.path}: {e}") from e
        self._ctx = self._llama.ctx
        self._vocab = llama_cpp.llama_model_get_vocab(self._llama.model)
        self._pieces: dict[int, bytes] = {}
        self._lock = threading.Lock()
        self._threads = settings.threads
        self._want_threads = settings.threads
        self._abort: _AbortState | None = None
        self._abort_cb = llama_cpp.ggml_abort_callback(self._abort_check)   # keep a reference
        self._null_cb = ctypes.cast(None, llama_cpp.ggml_abort_callback)
        self._formatter = self._chat_formatter()
        self.n_ctx = min(settings.context_size, self._llama.n_ctx())   # llama.cpp may round up

    # ---- public API -----------------------------------------------------------------------------

    @property
    def threads(self) -> int:
        return self._threads

    def set_threads(self, n: int) -> None:
        """Change the threads of the loaded model; applied now if idle, else before the next token."""
        if not isinstance(n, int) or isinstance(n, bool) or n < 1:
            raise InvalidRequest(f"threads must be a positive integer, got {n!r}", field="threads")
        self._want_threads = n
        if self._lock.acquire(blocking=False):
            try:
                self._apply_threads()
            finally:
                self._lock.release()

    @property
    def busy(self) -> bool:
        return self._lock.locked()

    def describe(self) -> dict:
        """What a worker reports in status: file, architecture, context, threads, state."""
        return {"path": self.path, "architecture": self.info.architecture, "n_ctx": self.n_ctx,
                "batch_size": self.settings.batch_size, "threads": self._threads, "busy": self.busy,
                "embedding_only": self.embedding_only, "cached_tokens": self._llama.n_tokens}

    def reset(self) -> None:
        """Forget the KV cache (the next request evaluates its whole prompt)."""
        with self._lock:
            self._llama.reset()

    def tokenize(self, text: str, add_bos: bool = True, special: bool = False) -> list[int]:
        return self._llama.tokenize(text.encode("utf-8"), add_bos=add_bos, special=special)

    def generate(self, params: GenerateParams, cancel: threading.Event | None = None) -> "Generation":
        """Start a generation; iterate the result for text pieces, then read ``.result``."""
        started = time.perf_counter()
        params.check()
        if self.embedding_only:
            raise InvalidRequest(f"{Path(self.path).name} is an embedding model; it cannot generate")
        tokens, stops = self._prompt_tokens(params)
        if len(tokens) >= self.n_ctx:
            raise InvalidRequest(f"prompt has {len(tokens)} tokens; the context holds {self.n_ctx}",
                                 field="prompt")
        grammar = _grammar(json.dumps(params.json_schema, sort_keys=True)) if params.json_schema else None
        if not self._lock.acquire(blocking=False):
            raise Busy("this model is generating another request", retry_after_s=1.0)
        return Generation(self._run(params, tokens, stops, grammar, cancel, started), self._lock.release)

    def complete(self, params: GenerateParams, cancel: threading.Event | None = None) -> GenerateResult:
        gen = self.generate(params, cancel)
        for _ in gen:
            pass
        assert gen.result is not None
        return gen.result

    def embed(self, texts: Sequence[str], cancel: threading.Event | None = None,
              deadline: float | None = None) -> EmbedResult:
        if isinstance(texts, str) or not texts or not all(isinstance(t, str) for t in texts):
            raise InvalidRequest("input must be a non-empty list of strings", field="input")
        if not self._lock.acquire(blocking=False):
            raise Busy("this model is generating another request", retry_after_s=1.0)
        lc, llama = self._lc, self._llama
        abort = _AbortState(cancel, deadline)
        try:
            self._apply_threads()
            truncated = sum(len(self.tokenize(t)) > llama.n_batch for t in texts)
            if not self.embedding_only:
                lc.llama_set_embeddings(self._ctx, True)
                llama.context_params.embeddings = True
            self._set_abort(abort)
            try:
                raw, count = llama.embed(list(texts), normalize=False, truncate=True, return_count=True)
            except RuntimeError as e:
                llama.reset()
                abort.raise_if_fired()
                raise LLMError(f"embedding failed: {e}") from e
            finally:
                self._set_abort(None)
                if not self.embedding_only:
                    lc.llama_set_embeddings(self._ctx, False)
                    llama.context_params.embeddings = False
            vectors = [_normalise(_mean(v) if v and isinstance(v[0], list) else v) for v in raw]
            return EmbedResult(vectors=vectors, prompt_tokens=count, truncated=truncated)
        finally:
            self._lock.release()

    def close(self) -> None:
        with self._lock:
            self._llama.close()

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- internals --------------------------------------------------------------------------------

    def _run(self, p: GenerateParams, tokens: list[int], stops: tuple[str, ...], grammar: Any,
             cancel: threading.Event | None, started: float) -> Generator[str, None, GenerateResult]:
        llama, lc = self._llama, self._lc
        abort = _AbortState(cancel, p.deadline)
        max_tokens = min(p.max_tokens, self.n_ctx - len(tokens))
        cached = self._reusable_prefix(tokens)
        usage = Usage(prompt_tokens=len(tokens), cached_tokens=cached)
        text: list[str] = []
        pending = ""                          # decoded text held back: it may begin a stop sequence
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        finish, t_first, t_last, sampled, hit = "length", None, None, 0, False
        self._apply_threads()
        llama.set_seed(p.seed if p.seed is not None else lc.LLAMA_DEFAULT_SEED)
        self._set_abort(abort)
        stream = llama.generate(tokens, top_k=p.top_k, top_p=p.top_p, min_p=p.min_p,
                                temp=p.temperature, repeat_penalty=p.repeat_penalty, reset=True,
                                grammar=grammar)
        try:
            while True:
                try:
                    token = next(stream)
                except StopIteration:
                    break
                except RuntimeError as e:             # llama_decode failed or was aborted
                    if abort.fired:
                        abort.raise_if_fired(_partial("".join(text), usage))
                    llama.reset()
                    raise LLMError(f"inference failed: {e}") from e
                t_last = time.perf_counter()
                sampled += 1
                if t_first is None:
                    t_first = t_last
                    self._set_abort(None)             # prompt done: check between tokens from here
                if lc.llama_vocab_is_eog(self._vocab, token):
                    finish = "stop"
                    break
                usage.completion_tokens += 1
                pending += decoder.decode(self._piece(token))
                emit, pending, hit = _split_on_stops(pending, stops)
                if emit:
                    text.append(emit)
                    yield emit
                if hit:
                    finish = "stop"
                    break
                if usage.completion_tokens >= max_tokens:
                    break
                if abort.check():
                    abort.raise_if_fired(_partial("".join(text), usage))
                if self._want_threads != self._threads:
                    self._apply_threads()
            if not hit:                       # flush what was held back for a stop that never came
                tail = pending + decoder.decode(b"", final=True)
                if tail:
                    text.append(tail)
                    yield tail
        finally:
            stream.close()
            self._set_abort(None)
        done = time.perf_counter()
        t_first = t_first or done
        evaluated = max(len(tokens) - cached, 1)
        prefill = max(t_first - started, 1e-9)
        return GenerateResult(
            text="".join(text), finish_reason=finish, usage=usage,
            timings=Timings(ttft_ms=prefill * 1000, prompt_tps=evaluated / prefill,
                            decode_tps=(sampled - 1) / (t_last - t_first) if sampled > 1 and t_last
                            and t_last > t_first else 0.0,
                            total_ms=(done - started) * 1000))

    def _prompt_tokens(self, p: GenerateParams) -> tuple[list[int], tuple[str, ...]]:
        if p.prompt is not None:
            return self.tokenize(p.prompt, add_bos=True, special=False), tuple(p.stop)
        try:
            formatted = self._formatter(messages=[dict(m) for m in p.messages or ()])
        except Exception as e:        # a template may reject a message order (raise_exception)
            raise InvalidRequest(f"the model's chat template rejected the messages: {e}",
                                 field="messages") from e
        extra = formatted.stop if isinstance(formatted.stop, list) else [formatted.stop]
        stops = tuple(dict.fromkeys([*p.stop, *(s for s in extra if s)]))
        return (self.tokenize(formatted.prompt, add_bos=not formatted.added_special, special=True),
                stops)

    def _chat_formatter(self) -> Callable[..., Any]:
        from llama_cpp import llama_chat_format as cf

        template = self.info.metadata.get("tokenizer.chat_template")
        if isinstance(template, str) and not self.settings.chat_format:
            llama = self._llama
            eos, bos = llama.token_eos(), llama.token_bos()
            return cf.Jinja2ChatFormatter(
                template=template,
                eos_token=llama._model.token_get_text(eos) if eos != -1 else "",
                bos_token=llama._model.token_get_text(bos) if bos != -1 else "",
                stop_token_ids=[eos])
        named = {"llama-2": cf.format_llama2, "llama-3": cf.format_llama3, "chatml": cf.format_chatml,
                 "gemma": cf.format_gemma, "alpaca": cf.format_alpaca, "zephyr": cf.format_zephyr,
                 "mistral-instruct": cf.format_mistral_instruct, "vicuna": cf.format}
        name = self.settings.chat_format or "llama-2"
        if name not in named:
            raise InvalidRequest(f"unknown chat_format {name!r}; known: {', '.join(sorted(named))}",
                                 field="chat_format")
        return named[name]

    def _reusable_prefix(self, tokens: list[int]) -> int:
        """How many prompt tokens ``Llama.generate`` will take from the KV cache (same rule)."""
        llama = self._llama
        if llama.n_tokens == 0:
            return 0
        common = 0
        for a, b in zip(llama._input_ids, tokens):
            if a != b:
                break
            common += 1
        return common - 1 if common == len(tokens) else common

    def _piece(self, token: int) -> bytes:
        piece = self._pieces.get(token)
        if piece is None:
            size = 64
            while True:
                buf = ctypes.create_string_buffer(size)
                n = self._lc.llama_token_to_piece(self._vocab, token, buf, size, 0, False)
                if n >= 0:
                    break
                size = -n
            piece = self._pieces[token] = buf.raw[:n]
        return piece

    def _apply_threads(self) -> None:
        n = self._want_threads
        if n != self._threads:
            self._lc.llama_set_n_threads(self._ctx, n, n)
            self._threads = n

    def _set_abort(self, state: _AbortState | None) -> None:
        self._abort = state
        self._lc.llama_set_abort_callback(self._ctx, self._abort_cb if state else self._null_cb, None)

    def _abort_check(self, _data: object) -> bool:
        state = self._abort
        return state is not None and state.check() is not None


class Generation:
    """An iterator of text pieces; ``result`` is set once it is exhausted. Exhaust it or ``close()`` it
    so the engine takes the next request (dropping the last reference does the same: no cycles)."""

    def __init__(self, it: Generator[str, None, GenerateResult], release: Callable[[], None]):
        self._it = it
        self._release: Callable[[], None] | None = release
        self.result: GenerateResult | None = None

    def __iter__(self) -> "Generation":
        return self

    def __next__(self) -> str:
        try:
            return next(self._it)
        except StopIteration as stop:
            self.result = stop.value
            self._finish()
            raise StopIteration from None
        except BaseException:
            self._finish()
            raise

    def close(self) -> None:
        try:
            self._it.close()
        finally:
            self._finish()

    def _finish(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release()

    def __del__(self) -> None:
        if self._release is not None:
            self.close()


# ---- helpers ---------------------------------------------------------------------------------------

def _partial(text: str, usage: Usage) -> dict:
    return {"text": text, "completion_tokens": usage.completion_tokens}


def _split_on_stops(pending: str, stops: Sequence[str]) -> tuple[str, str, bool]:
    """(text safe to emit, text to hold back, whether a stop sequence was found)."""
    if not stops:
        return pending, "", False
    first = min((i for i in (pending.find(s) for s in stops) if i >= 0), default=-1)
    if first >= 0:
        return pending[:first], "", True
    hold = 0                       # longest suffix that is a prefix of some stop sequence
    for s in stops:
        for k in range(min(len(s) - 1, len(pending)), hold, -1):
            if pending.endswith(s[:k]):
                hold = k
                break
    return pending[:len(pending) - hold], pending[len(pending) - hold:], False


@lru_cache(maxsize=32)
def _grammar(schema_json: str) -> Any:
    from llama_cpp.llama_grammar import LlamaGrammar

    try:
        return LlamaGrammar.from_json_schema(schema_json, verbose=False)
    except Exception as e:     # the converter raises assorted errors on schemas it cannot express
        raise InvalidRequest(f"json_schema cannot be turned into a grammar: {e}",
                             field="json_schema") from e


def _mean(rows: list[list[float]]) -> list[float]:
    n = len(rows)
    return [sum(col) / n for col in zip(*rows)]


def _normalise(v: Sequence[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in v)) or 1.0
    return [x / norm for x in v]
