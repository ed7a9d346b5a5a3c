"""How the router forwards a tool's requests: every text through the privacy filter for its
destination (failing closed), reads scoped to the tool's access, model answers restored for the
tool. A mixin of ``RouterActor``."""
from __future__ import annotations

import json
import secrets
import time
from contextlib import contextmanager
from typing import Any, Iterator

import msgspec

from bus import Client, Request
from protocol import KINDS, Code, ProtocolError, new_id, to_builtins
from protocol.kinds import llm as L

from .. import policy
from ..registry import Tool


# the fields of a ModelInfo a tool sees (the rest keep their defaults)
TOOL_MODEL_FIELDS = ("name", "size_bytes", "roles", "loaded", "state", "queued", "rss_bytes")


class Forwarding:
    # ---- calling the services (a client per thread and role: a stream and a call may overlap) ---
    def _client(self, role: str) -> Client:
        c = getattr(self._clients, role, None)
        if c is None:
            c = self.env.client("router")
            setattr(self._clients, role, c)
        return c

    def _call(self, kind: str, body: Any, *, timeout: float, role: str = "main") -> Any:
        return self._client(role).request(kind, body, timeout=timeout)

    def _forward(self, kind: str, body: Any, *, timeout: float) -> Any:
        """A service's answer, checked against the kind's declared reply and relayed whole."""
        return _typed(self._call(kind, body, timeout=timeout), KINDS[kind].reply)

    def _relay(self, req: Request, kind: str, body: Any, timeout: float) -> Iterator:
        """Stream a request upstream; stop it when our own requester goes away (checked while waiting,
        so a model still reading the prompt is cancelled too)."""
        c = self._client("main")
        msg_id = c.send(kind, body, timeout=timeout)
        give_up = time.monotonic() + timeout + 0.5
        done = False
        try:
            while True:
                if req.cancelled.is_set() or req.expired():
                    req.check()
                if time.monotonic() > give_up:
                    raise ProtocolError(Code.TIMEOUT, f"no reply to {kind} within {timeout:g} s")
                reply = c.recv(timeout=0.05)
                if reply is None or reply.msg_id != msg_id:
                    continue
                if reply.is_error:
                    done = True
                    raise reply.error()
                done = reply.final
                yield reply
                if done:
                    return
        finally:
            if not done:
                c.cancel(msg_id)

    def _timeout(self, req: Request, default: float) -> float:
        left = req.remaining()
        return default if left is None else max(0.05, min(default, left))

    def _sanitize(self, tool: Tool, data: Any, destination: str, *, session: str | None, **extra) -> dict:
        """The privacy filter, failing closed: blocked -> forbidden, no answer -> unavailable.
        ``session``: the pseudonym scope (None: nothing is kept to restore)."""
        body = {"data": data, "source": tool.name, "destination": destination, "session": session,
                **{k: v for k, v in extra.items() if v is not None}}
        try:
            reply = self._call("privacy.sanitize", body, timeout=self.conf.privacy_timeout_s, role="privacy")
        except ProtocolError as e:
            if e.code == Code.FORBIDDEN:
                raise ProtocolError(Code.FORBIDDEN, f"privacy: {e.message}", details={"reason": "blocked"})
            raise ProtocolError(Code.UNAVAILABLE, f"the privacy filter did not answer ({e.code.value}: "
                                                  f"{e.message}); no data flows without it") from None
        if not isinstance(reply, dict) or "data" not in reply:
            raise ProtocolError(Code.UNAVAILABLE, "the privacy filter gave no usable answer; no data flows")
        if reply.get("blocked"):
            raise ProtocolError(Code.FORBIDDEN, f"privacy: {reply.get('reason') or 'blocked'}",
                                details={"reason": "blocked", "labels": reply.get("labels", [])})
        return reply

    # ---- pseudonym scopes --------------------------------------------------------------------------
    # A pseudonym is restored only in the answer to the request whose own input held the value: each
    # request (an HTTP request carries its whole conversation) gets a scope of its own, numbered from
    # 1, and the scope is forgotten when the answer is out. Nothing minted for one request can come
    # back in another's answer, whoever asks.
    @contextmanager
    def _scope(self) -> Iterator[str]:
        scope = "r-" + secrets.token_hex(12)
        try:
            yield scope
        finally:
            try:
                self._call("privacy.forget", {"session": scope}, timeout=self.conf.privacy_timeout_s,
                           role="privacy")
            except ProtocolError:
                pass            # it expires on its own; nothing in it can reach another request

    # ---- context and patterns ---------------------------------------------------------------------
    def preserve(self, req: Request, tool: Tool) -> Any:
        self.shares.write(tool.name)
        record = to_builtins(req.body.record)
        record["source"] = tool.name          # a tool writes as itself, whatever it claims
        meta = record.get("metadata") or {}
        path = meta.get("path") if isinstance(meta.get("path"), str) else None
        root = meta.get("project_root") if isinstance(meta.get("project_root"), str) else None
        # the tool's own scope: the same value reads the same in all its stored records (redacted:
        # nothing stored is ever restorable)
        clean = self._sanitize(tool, record, "context_store", session=tool.vault, path=path, project_root=root)
        # the context service publishes context.preserved itself (subscribers get it through the fanout)
        return self._forward("context.preserve", {"record": clean["data"], "seal": clean.get("seal") or ""},
                             timeout=self._timeout(req, self.conf.context_timeout_s))

    def read_scoped(self, req: Request, tool: Tool) -> Any:
        body = to_builtins(req.body)
        body["access"] = policy.access_scope(tool.name, tool.config)   # never the tool's own
        if body.get("text"):        # a query's words reach the store's index and metrics: filter them too
            body["text"] = self._sanitize(tool, body["text"], "context_store", session=None)["data"]
        return self._forward(req.kind.name, body, timeout=self._timeout(req, self.conf.context_timeout_s))

    def forward(self, req: Request, tool: Tool) -> Any:
        if req.kind.name == "pattern.feedback":
            self.shares.write(tool.name)
        return self._forward(req.kind.name, to_builtins(req.body),
                             timeout=self._timeout(req, self.conf.context_timeout_s))

    # ---- models -----------------------------------------------------------------------------------
    def models(self, req: Request, tool: Tool) -> L.ModelsReply:
        """What a tool may know of the models: names, roles, readiness. Not where their files are,
        which processes run them or their load errors (paths): those are the owner's."""
        reply = self._forward("llm.models", {}, timeout=self._timeout(req, self.conf.llm_timeout_s))
        reply.models = [L.ModelInfo(**{k: getattr(m, k) for k in TOOL_MODEL_FIELDS}) for m in reply.models]
        return reply

    def embed(self, req: Request, tool: Tool) -> Any:
        body = to_builtins(req.body)
        with self._scope() as scope:
            body["input"] = self._sanitize(tool, body["input"], "local_model", session=scope)["data"]
        return self._forward("llm.embed", body, timeout=self._timeout(req, self.conf.llm_timeout_s))

    def generate(self, req: Request, tool: Tool) -> Iterator:
        # a tool past its share of generations is ``busy`` before anything else happens
        with self.shares.generation(tool.name), self.generating.serving(), self._scope() as scope:
            body = to_builtins(req.body)
            asked, conversation, project = body.pop("memory", None), body.pop("conversation", None), \
                body.pop("project", None)
            said = body.get("messages")
            context_ids: list[str] = []
            if said and self._wants_memory(tool, asked):
                body["messages"], context_ids = self._recall(tool, said, project)
            # everything that reaches the model as text: the prompt, and what constrains the output
            text_fields = {k: body[k] for k in ("prompt", "suffix", "messages", "stop", "json_schema", "tools")
                           if body.get(k)}
            clean = self._sanitize(tool, text_fields, "local_model", session=scope)
            body.update(clean["data"])
            body["session"] = scope
            body["client"] = tool.name        # fair queuing in the model's queue: per tool, never as claimed
            final = yield from self._generate(req, tool, body, scope, sum(clean.get("summary", {}).values()),
                                              context_ids)
            if said and final is not None:
                self._keep_turn(tool, said, conversation, project, final.text,
                                [to_builtins(c) for c in final.tool_calls])
            return final

    def _generate(self, req: Request, tool: Tool, body: dict, scope: str, redactions: int,
                  context_ids: list[str]) -> Iterator:
        """Relay the model's tokens, restored for the tool. A piece held back by the restorer (a
        pseudonym may be split across tokens) travels with the next one, counts summed.

        The privacy service is asked only when there can be something to restore: the request had
        values replaced (a scope is this request's own, so with none there is nothing to give back),
        and the piece opens a pseudonym (``<``) or the restorer may be holding one back."""
        restore = policy.restores_pseudonyms(tool.config) and redactions > 0
        opening = _Opening()
        stream_id = new_id()
        index = held = 0
        final = None
        for reply in self._relay(req, "llm.generate", body, self._timeout(req, self.conf.llm_timeout_s)):
            if reply.final:
                final = _typed(reply.body, L.GenerateReply)
                break
            piece = _typed(reply.body, L.Token)
            if piece.queued:                  # the model is busy: tell the caller its place in line
                yield L.Token(text="", index=index, count=0, queued=piece.queued,
                              **_first(index, redactions, context_ids))
                index += 1
                continue
            text, held = piece.text, held + piece.count
            if restore and opening.needs_restore(text):
                text, restore = self._restore(tool, scope, text, stream_id, final=False)
            if text:
                yield L.Token(text=text, index=index, count=held, **_first(index, redactions, context_ids))
                index, held = index + 1, 0
        if restore and opening.open:
            tail, restore = self._restore(tool, scope, "", stream_id, final=True)
            if tail:
                yield L.Token(text=tail, index=index, count=held, **_first(index, redactions, context_ids))
        if restore and final is not None and final.text:
            final.text, _ = self._restore(tool, scope, final.text, None, final=True)
        if final is not None:
            final.redactions, final.context_ids = redactions, context_ids
        if restore and final is not None:
            for call in final.tool_calls:            # the arguments are the model's words too
                call.arguments = self._restore_json(tool, scope, call.arguments)
        return final

    def _restore_json(self, tool: Tool, scope: str, text: str) -> str:
        """Pseudonyms restored inside a JSON document's strings, the document kept valid (a restored
        value may hold a quote or a backslash)."""
        try:
            data = json.loads(text)
        except ValueError:
            return self._restore(tool, scope, text, None, final=True)[0]

        def walk(x):
            if isinstance(x, str):
                return self._restore(tool, scope, x, None, final=True)[0] if "<" in x else x
            if isinstance(x, list):
                return [walk(v) for v in x]
            if isinstance(x, dict):
                return {walk(k): walk(v) for k, v in x.items()}
            return x
        return json.dumps(walk(data), ensure_ascii=False)

    def _restore(self, tool: Tool, scope: str, text: str, stream_id: str | None, *,
                 final: bool) -> tuple[str, bool]:
        """Pseudonyms of this request's scope back to the tool's own values. If privacy fails, the
        text stays pseudonymized (safe: a pseudonym reveals nothing) and restoring stops."""
        body = {"data": text, "session": scope, "tool": tool.name, "final": final,
                "data_sharing": tool.config.data_sharing}
        if stream_id is not None:
            body["stream"] = stream_id
        try:
            reply = self._call("privacy.restore", body, timeout=self.conf.privacy_timeout_s, role="privacy")
            return reply["data"], True
        except (ProtocolError, KeyError, TypeError):
            return text, False


def _first(index: int, redactions: int, context_ids: list[str]) -> dict:
    """What only the first piece of an answer carries (the caller's headers come from it)."""
    return {"redactions": redactions, "context_ids": context_ids} if index == 0 else {}


class _Opening:
    """Whether the stream so far ends inside a possible pseudonym (an ``<`` not yet closed by ``>``):
    only then, or when a piece brings a ``<``, can the restorer change or hold back a piece."""

    def __init__(self):
        self.open = False

    def needs_restore(self, piece: str) -> bool:
        was = self.open
        lt, gt = piece.rfind("<"), piece.rfind(">")
        if lt > gt:
            self.open = True
        elif gt >= 0 or lt >= 0:
            self.open = lt > gt
        return was or lt >= 0


def _typed(body: Any, reply_type: type) -> Any:
    """An upstream body as its declared structure; a body that does not match is the upstream's bug."""
    try:
        return msgspec.convert(body, reply_type)
    except msgspec.ValidationError as e:
        raise ProtocolError(Code.INTERNAL, f"an upstream reply did not match {reply_type.__name__}: {e}") from None
