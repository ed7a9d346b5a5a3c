"""The in-process inference core a model worker wraps: one loaded GGUF, one request at a time.

- chat and plain completion (a ``protocol`` ``GenerateRequest``, validated when it was decoded),
  streamed as text pieces, with stop sequences, max_tokens, sampling parameters, seed, and output
  constrained by a JSON schema (a llama.cpp grammar);
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

import msgspec
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Generator, Mapping, Sequence

from actors.shared.settings.schema import ModelConfig
from protocol.channel import EngineInfo
from protocol.kinds.llm import GenerateRequest, Timings, ToolSpec, Usage

from .errors import Busy, InvalidModelFile, InvalidRequest, LLMError
from .generation import (AbortState, EmbedResult, GenerateResult, Generation, partial_result,
                         split_on_stops)
from . import toolcalls
from .gguf import read_gguf


def model_config(model_configs: Mapping[str, ModelConfig], name: str,
                 chat_format: str | None = None) -> ModelConfig:
    """The settings model ``name`` runs with: its ``model_configs`` entry (already merged over the
    ``default`` entry by the loader) or the ``default`` entry; ``chat_format`` (a catalog model's)
    when the config names none."""
    conf = model_configs.get(name) or model_configs["default"]
    if conf.chat_format is None and chat_format is not None:
        conf = msgspec.structs.replace(conf, chat_format=chat_format)
    return conf

# ---- the engine ------------------------------------------------------------------------------------

class Engine:
    """One loaded model. Not for concurrent use: a second request while one runs gets ``Busy``."""

    def __init__(self, path: str | Path, settings: ModelConfig, log_level: int = logging.ERROR):
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
        self._abort: AbortState | None = None
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

    def describe(self) -> EngineInfo:
        """What a worker reports: file, architecture, context, threads, KV cache."""
        return EngineInfo(path=self.path, architecture=self.info.architecture, n_ctx=self.n_ctx,
                          batch_size=self.settings.batch_size, threads=self._threads,
                          embedding_only=self.embedding_only, cached_tokens=self._llama.n_tokens)

    def reset(self) -> None:
        """Forget the KV cache (the next request evaluates its whole prompt)."""
        with self._lock:
            self._llama.reset()

    def tokenize(self, text: str, add_bos: bool = True, special: bool = False) -> list[int]:
        return self._llama.tokenize(text.encode("utf-8"), add_bos=add_bos, special=special)

    def generate(self, params: GenerateRequest, cancel: threading.Event | None = None,
                 deadline: float | None = None) -> "Generation":
        """Start a generation; iterate the result for text pieces, then read ``.result``. ``deadline``
        is a ``time.monotonic()`` by which to finish."""
        started = time.perf_counter()
        if self.embedding_only:
            raise InvalidRequest(f"{Path(self.path).name} is an embedding model; it cannot generate")
        tokens, stops = self._prompt_tokens(params)
        if len(tokens) >= self.n_ctx:
            raise InvalidRequest(f"the prompt has {len(tokens)} tokens and this model's context holds "
                                 f"{self.n_ctx}: shorten it (nothing was cut)", field="prompt")
        calls = toolcalls.active(params.tools, params.tool_choice)
        if calls:
            spec = msgspec.json.encode(params.tools).decode()
            grammar = _tool_grammar(spec, params.tool_choice, params.max_tool_calls)
        else:
            grammar = _grammar(json.dumps(params.json_schema, sort_keys=True)) if params.json_schema else None
        if not self._lock.acquire(blocking=False):
            raise Busy("this model is generating another request", retry_after_s=1.0)
        run = self._run(params, tokens, stops, grammar, cancel, deadline, started)
        return Generation(_calls_held_back(run) if calls else run, self._lock.release)

    def complete(self, params: GenerateRequest, cancel: threading.Event | None = None,
                 deadline: float | None = None) -> GenerateResult:
        gen = self.generate(params, cancel, deadline)
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
        abort = AbortState(cancel, deadline)
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

    def _run(self, p: GenerateRequest, tokens: list[int], stops: tuple[str, ...], grammar: Any,
             cancel: threading.Event | None, deadline: float | None,
             started: float) -> Generator[str, None, GenerateResult]:
        llama, lc = self._llama, self._lc
        abort = AbortState(cancel, deadline)
        max_tokens = min(p.max_tokens, self.n_ctx - len(tokens))
        cached = self._reusable_prefix(tokens)
        usage = Usage(prompt_tokens=len(tokens), completion_tokens=0, cached_tokens=cached)
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
                        abort.raise_if_fired(partial_result("".join(text), usage))
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
                emit, pending, hit = split_on_stops(pending, stops)
                if emit:
                    text.append(emit)
                    yield emit
                if hit:
                    finish = "stop"
                    break
                if usage.completion_tokens >= max_tokens:
                    break
                if abort.check():
                    abort.raise_if_fired(partial_result("".join(text), usage))
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

    def _prompt_tokens(self, p: GenerateRequest) -> tuple[list[int], tuple[str, ...]]:
        if p.prompt is not None and p.suffix is not None:
            return self._fill_in_the_middle(p.prompt, p.suffix), tuple(p.stop)
        if p.prompt is not None:
            return self.tokenize(p.prompt, add_bos=True, special=False), tuple(p.stop)
        try:
            formatted = self._formatter(messages=toolcalls.render(p.messages or [], p.tools, p.tool_choice))
        except Exception as e:        # a template may reject a message order (raise_exception)
            raise InvalidRequest(f"the model's chat template rejected the messages: {e}",
                                 field="messages") from e
        extra = formatted.stop if isinstance(formatted.stop, list) else [formatted.stop]
        stops = tuple(dict.fromkeys([*p.stop, *(s for s in extra if s)]))
        return (self.tokenize(formatted.prompt, add_bos=not formatted.added_special, special=True),
                stops)

    def _fill_in_the_middle(self, prefix: str, suffix: str) -> list[int]:
        """<fim_prefix> prefix <fim_suffix> suffix <fim_middle>: the model writes the middle."""
        lc, vocab = self._lc, self._vocab
        pre, suf, mid = lc.llama_vocab_fim_pre(vocab), lc.llama_vocab_fim_suf(vocab), lc.llama_vocab_fim_mid(vocab)
        if min(pre, suf, mid) < 0:
            raise InvalidRequest(f"{Path(self.path).name} has no fill-in-the-middle tokens; suffix needs a "
                                 f"model trained for it", field="suffix")
        return [pre, *self.tokenize(prefix, add_bos=False), suf, *self.tokenize(suffix, add_bos=False), mid]

    def _chat_formatter(self) -> Callable[..., Any]:
        from llama_cpp import llama_chat_format as cf

        template = self.info.metadata.get("tokenizer.chat_template")
        if isinstance(template, str) and not self.settings.chat_format:
            llama = self._llama
            eos, bos = llama.token_eos(), llama.token_bos()
            return cf.Jinja2ChatFormatter(
                template=template, eos_token=self._token_text(eos), bos_token=self._token_text(bos),
                stop_token_ids=[eos])
        named = {"llama-2": cf.format_llama2, "llama-3": cf.format_llama3, "chatml": cf.format_chatml,
                 "gemma": cf.format_gemma, "alpaca": cf.format_alpaca, "zephyr": cf.format_zephyr,
                 "mistral-instruct": cf.format_mistral_instruct, "vicuna": cf.format}
        name = self.settings.chat_format or "llama-2"
        if name not in named:
            raise InvalidRequest(f"unknown chat_format {name!r}; known: {', '.join(sorted(named))}",
                                 field="chat_format")
        return named[name]

    def _token_text(self, token: int) -> str:
        if token == -1:
            return ""
        return self._lc.llama_vocab_get_text(self._vocab, token).decode("utf-8", "replace")

    def _reusable_prefix(self, tokens: list[int]) -> int:
        """How many prompt tokens ``Llama.generate`` will take from the KV cache (same rule)."""
        llama = self._llama
        if llama.n_tokens == 0:
            return 0
        common = 0
        for a, b in zip(llama.input_ids[:llama.n_tokens], tokens):
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

    def _set_abort(self, state: AbortState | None) -> None:
        self._abort = state
        self._lc.llama_set_abort_callback(self._ctx, self._abort_cb if state else self._null_cb, None)

    def _abort_check(self, _data: object) -> bool:
        state = self._abort
        return state is not None and state.check() is not None


# ---- helpers ---------------------------------------------------------------------------------------

@lru_cache(maxsize=32)
def _grammar(schema_json: str) -> Any:
    from llama_cpp.llama_grammar import LlamaGrammar

    try:
        return LlamaGrammar.from_json_schema(schema_json, verbose=False)
    except Exception as e:     # the converter raises assorted errors on schemas it cannot express
        raise InvalidRequest(f"json_schema cannot be turned into a grammar: {e}",
                             field="json_schema") from e


@lru_cache(maxsize=32)
def _tool_grammar(tools_json: str, tool_choice: str, max_calls: int) -> Any:
    from llama_cpp.llama_grammar import LlamaGrammar, json_schema_to_gbnf

    tools = msgspec.json.decode(tools_json, type=list[ToolSpec])
    try:
        return LlamaGrammar.from_string(toolcalls.grammar_text(tools, tool_choice, max_calls, json_schema_to_gbnf),
                                        verbose=False)
    except Exception as e:     # a parameters schema the converter cannot express
        raise InvalidRequest(f"a tool's parameters cannot be turned into a grammar: {e}",
                             field="tools") from e


def _calls_held_back(run: Generator[str, None, GenerateResult]) -> Generator[str, None, GenerateResult]:
    """The pieces of a generation that may call tools: text streams as usual, but an answer that
    opens with ``{`` is a call and is held back whole, then read into the result's ``tool_calls``."""
    held: list[str] = []
    decided = None                        # None until the first non-space character is out
    while True:
        try:
            piece = next(run)
        except StopIteration as stop:
            result: GenerateResult = stop.value
            break
        if decided is None:
            held.append(piece)
            first = "".join(held).lstrip()
            if first:
                decided = "call" if first.startswith(toolcalls.OPEN) else "text"
                if decided == "text":
                    yield "".join(held)
                    held = []
        elif decided == "text":
            yield piece
        else:
            held.append(piece)
    calls = toolcalls.parse(result.text) if decided == "call" else None
    if calls:
        result.tool_calls, result.text, result.finish_reason = calls, "", "tool_calls"
    elif held:                            # not a valid call after all (cut by max_tokens): it is text
        yield "".join(held)
    return result


def _mean(rows: list[list[float]]) -> list[float]:
    n = len(rows)
    return [sum(col) / n for col in zip(*rows)]


def _normalise(v: Sequence[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in v)) or 1.0
    return [x / norm for x in v]
