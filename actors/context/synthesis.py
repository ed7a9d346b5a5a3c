"""The seed's ContextSynthesizer: related active contexts merge into synthesized contexts.

Contexts are related when they share a project and a session, a file, or a topic (the
``topic``, ``branch`` or ``issue`` metadata a tool attaches). Each group with at least
``min_sources`` members gets one synthesized context (id derived from the group, so it is
replaced in place as the group grows) holding a summary and ``links`` back to every member.
Sources are never changed. The summary comes from the injected ``summarize(texts)`` (the local
model) when it gives one that passes the privacy re-check, else it is extractive.
"""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from typing import Callable

from .cooperate import Yielder
from .errors import ContextError, NotFound
from .record import ACTIVE, SYNTHESIZED, Context
from .summary import extractive

log = logging.getLogger(__name__)

SOURCE, KIND = "synthesizer", "synthesis"
SEP = "\x1f"
TOPIC_KEYS = ("topic", "branch", "issue")
FILE_KEYS = ("path", "file")


def group_keys(ctx: Context, group_by: list[str]) -> list[str]:
    if ctx.tier != ACTIVE:
        return []
    project, meta = ctx.project or "", ctx.metadata
    keys = []
    if "session" in group_by and ctx.session:
        keys.append(SEP.join(("session", project, ctx.session)))
    if "file" in group_by:
        f = next((meta[k] for k in FILE_KEYS if isinstance(meta.get(k), str) and meta[k]), None)
        if f:
            keys.append(SEP.join(("file", project, f)))
    if "topic" in group_by:
        for k in TOPIC_KEYS:
            v = meta.get(k)
            if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v):
                keys.append(SEP.join(("topic", project, f"{k}:{v}")))
    return keys


def synthesized_id(key: str) -> str:
    return "s" + hashlib.sha256(key.encode()).hexdigest()[:20]


class Synthesizer:
    def __init__(self, store, config: dict, *, summarize: Callable | None = None,
                 is_clean: Callable | None = None, clock=time.time):
        self.store = store
        self.cfg = config
        self.summarize = summarize
        self.is_clean = is_clean
        self.clock = clock
        self._lock = threading.RLock()
        self._groups: dict[str, list[str]] = {}   # group key -> member ids, in arrival order
        self._member_of: dict[str, set[str]] = {}
        self._dirty: set[str] = set()

    # -------------------------------------------------------------------------- membership
    def load(self) -> None:
        """Rebuild membership from the stored synthesized contexts' links and active contexts."""
        with self._lock:
            for ctx in self.store.iter_contexts(SYNTHESIZED):
                key = ctx.metadata.get("group")
                if isinstance(key, str) and synthesized_id(key) == ctx.id:
                    for rid in ctx.links:
                        if rid in self.store:
                            self._add(key, rid)
            pause = Yielder()
            for ctx in self.store.iter_contexts(ACTIVE):
                pause()
                self.observe(ctx)
            self._dirty = {k for k in self._groups
                           if self._stale(k)}  # only groups whose summary is out of date

    def _stale(self, key: str) -> bool:
        try:
            have = self.store.get(synthesized_id(key))
        except NotFound:
            return len(self._groups[key]) >= self.cfg["min_sources"]
        return set(have.links) != set(self._groups[key])

    def observe(self, ctx: Context) -> None:
        if not self.cfg["enabled"] or ctx.tier != ACTIVE or ctx.source == SOURCE:
            return
        with self._lock:
            for key in group_keys(ctx, self.cfg["group_by"]):
                if self._add(key, ctx.id):
                    self._dirty.add(key)

    def _add(self, key: str, rid: str) -> bool:
        members = self._groups.setdefault(key, [])
        if key in self._member_of.get(rid, set()):
            return False
        members.append(rid)
        self._member_of.setdefault(rid, set()).add(key)
        return True

    def forget(self, rid: str) -> list[str]:
        """A source was deleted: its groups must be rebuilt without it. Returns those groups."""
        with self._lock:
            keys = self._member_of.pop(rid, set())
            for key in keys:
                self._groups[key] = [m for m in self._groups[key] if m != rid]
                self._dirty.add(key)
            for key, members in self._groups.items():  # a deleted synthesized context
                if synthesized_id(key) == rid:
                    self._dirty.add(key)
            return sorted(keys)

    def pending(self) -> int:
        return len(self._dirty)

    # ----------------------------------------------------------------------------- refresh
    def refresh(self, keys: list[str] | None = None, limit: int | None = None) -> int:
        """Re-synthesize dirty groups (or ``keys``); returns how many were written or removed."""
        with self._lock:
            todo = sorted(self._dirty if keys is None else set(keys) & self._dirty)
            if limit is not None:
                todo = todo[:limit]
            self._dirty -= set(todo)
            work = [(k, list(self._groups.get(k, []))) for k in todo]
        done = 0
        for key, members in work:
            try:
                done += self._refresh_group(key, members)
            except ContextError as e:  # e.g. store closed: retry on the next pass
                log.warning("synthesis of a group failed: %s", e)
                with self._lock:
                    self._dirty.add(key)
        return done

    def _refresh_group(self, key: str, members: list[str]) -> int:
        sources, pause = [], Yielder()
        for rid in members:
            pause()
            try:
                sources.append(self.store.get(rid))
            except NotFound:
                continue
        sid = synthesized_id(key)
        if len(sources) < self.cfg["min_sources"]:
            if sid in self.store:
                self.store.delete(sid)
                return 1
            return 0
        sources.sort(key=lambda c: (c.created, c.seq))
        kind, project, name = key.split(SEP, 2)
        recent = sources[-int(self.cfg["max_sources_per_summary"]):]
        body, method = self._summary(recent)
        tools = sorted({c.source for c in sources})
        kinds = sorted({c.kind for c in sources})
        header = (f"{kind} {name}" + (f" in {project}" if project else "") +
                  f": {len(sources)} contexts ({', '.join(kinds)}) from {', '.join(tools)}")
        ctx = Context(
            id=sid, source=SOURCE, project=project or None, kind=KIND,
            content=header + "\n" + body,
            metadata={"group": key, "group_by": kind, "method": method, "source_tools": tools,
                      "members": len(sources), "summarized": len(recent)},
            session=name if kind == "session" else None,
            created=sources[-1].created, updated=self.clock(), tier=SYNTHESIZED,
            links=tuple(c.id for c in sources))
        self.store.put_synthesized(ctx)
        return 1

    def _summary(self, contexts: list[Context]) -> tuple[str, str]:
        limit = int(self.cfg["summary_max_chars"])
        if self.summarize is not None:
            try:
                text = self.summarize([c.content for c in contexts])
            except Exception as e:  # a model failure must never stop synthesis
                log.warning("model summary failed, using an extractive one: %s", e)
                text = None
            if isinstance(text, str) and text.strip() and self._clean(text):
                return text.strip()[: limit * 2], "model"
        return extractive(contexts, limit), "extractive"

    def _clean(self, text: str) -> bool:
        if self.is_clean is None:
            return True
        try:
            return bool(self.is_clean(text))
        except Exception:
            return False  # fail closed
