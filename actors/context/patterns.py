"""The seed's PatternLearner, PatternValidator and PatternStore, and pattern effectiveness.

- workflow: shell/git/editor actions per session, mined by ``sequences.mine``;
- code: imports, idiom lines and conventions recurring across a project's files;
- integration: tool -> tool message sequences (the ``message`` contexts the router preserves).

Observation is cheap and incremental; mining recomputes a kind's patterns from the observations
(the actor's background thread calls it at most every ``mine_interval_s``). Every pattern is
validated (support, confidence, not trivial, and the privacy re-check ``is_clean``) before it is
stored under ``patterns/<kind>/patterns.json``. Feedback updates ``metrics/effectiveness``.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable

from .code_patterns import extract
from .commands import actions
from .cooperate import Yielder
from .errors import InvalidRecord, NotFound
from actors.shared.fsutil import atomic_write_json, read_json
from .layout import PATTERN_KINDS, Layout
from .record import SYNTHESIZED, Context
from .sequences import MinerConfig, mine

WORKFLOW, CODE, INTEGRATION = PATTERN_KINDS
EDIT_ACTION, COMMIT_ACTION = "edit", "git commit"
NEUTRAL_STYLES = ("lowercase", "other")
MAX_IDIOMS_PER_FILE = 300  # bounds memory when "edits" are long prose or generated files

# A last line of defence when no privacy filter is injected: shapes of common secrets.
_SECRET_RE = re.compile(
    r"AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|sk-[A-Za-z0-9_-]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}"
    r"|-----BEGIN [A-Z ]*PRIVATE KEY|(?i:password|passwd|secret|api[_-]?key|token)\s*[:=]\s*\S{4,}"
    r"|\b[A-Fa-f0-9]{40,}\b|\b[A-Za-z0-9+/]{48,}={0,2}")


def basic_is_clean(text: str) -> bool:
    return _SECRET_RE.search(text) is None


def pattern_id(kind: str, project: str | None, items: list) -> str:
    raw = json.dumps([kind, project, items], ensure_ascii=False, sort_keys=True)
    return kind[:2] + "_" + hashlib.sha256(raw.encode()).hexdigest()[:16]


class PatternValidator:
    """The gate every pattern passes before it is stored."""

    def __init__(self, cfg: dict, is_clean: Callable[[str], bool]):
        self.cfg = cfg
        self.is_clean = is_clean
        self.trivial = frozenset(cfg.get("trivial_actions", ()))

    def reason(self, p: dict) -> str | None:
        """Why ``p`` is rejected, or None if it is valid."""
        if p["support"] < self.cfg["min_support"]:
            return "support below minimum"
        if p["confidence"] < self._min_confidence(p):
            return "confidence below minimum"
        if p["kind"] in (WORKFLOW, INTEGRATION):
            items = p["items"]
            if len(items) < 2 or len(set(items)) < len(items) or self.trivial & set(items):
                return "trivial"
        try:
            clean = bool(self.is_clean(p["description"]))
        except Exception:
            clean = False
        return None if clean else "sensitive data"

    def _min_confidence(self, p: dict) -> float:
        if p["kind"] == CODE and p["items"][0] == "convention":
            return self.cfg.get("convention_min_confidence", self.cfg["min_confidence"])
        return self.cfg["min_confidence"]


class PatternStore:
    """``patterns/<kind>/patterns.json``, replaced atomically."""

    def __init__(self, layout: Layout):
        self.layout = layout

    def path(self, kind: str):
        return self.layout.patterns(kind) / "patterns.json"

    def load(self, kind: str) -> list[dict]:
        data = read_json(self.path(kind), {})
        return data.get("patterns", []) if isinstance(data, dict) else []

    def save(self, kind: str, patterns: list[dict]) -> None:
        atomic_write_json(self.path(kind), {"kind": kind, "patterns": patterns})


class Effectiveness:
    """Accepted/rejected counts and success rate per pattern, under metrics/effectiveness."""

    def __init__(self, layout: Layout, clock=time.time):
        self.path = layout.metrics("effectiveness") / "patterns.json"
        self.clock = clock
        self._lock = threading.Lock()
        data = read_json(self.path, {})
        self._data: dict[str, dict] = data if isinstance(data, dict) else {}

    def record(self, pid: str, accepted: bool) -> dict:
        with self._lock:
            e = dict(self._data.get(pid) or {"accepted": 0, "rejected": 0})
            e["accepted" if accepted else "rejected"] += 1
            e["success_rate"] = round(e["accepted"] / (e["accepted"] + e["rejected"]), 4)
            e["updated"] = self.clock()
            self._data[pid] = e
            atomic_write_json(self.path, self._data)  # durable: feedback is user input
            return dict(e)

    def get(self, pid: str) -> dict | None:
        with self._lock:
            e = self._data.get(pid)
            return dict(e) if e else None

    def all(self) -> dict[str, dict]:
        with self._lock:
            return {k: dict(v) for k, v in self._data.items()}


@dataclass
class _FileAgg:
    """What a project's file (or a path-less edit) has shown across its edits."""
    project: str | None
    language: str
    rids: list[str] = field(default_factory=list)
    imports: set = field(default_factory=set)
    idioms: set = field(default_factory=set)
    conventions: Counter = field(default_factory=Counter)


class PatternLearner:
    def __init__(self, store, config: dict, *, is_clean: Callable[[str], bool] | None = None,
                 clock=time.time):
        self.store = store
        self.cfg = config
        self.clock = clock
        self.is_clean = is_clean or basic_is_clean
        self.layout: Layout = store.layout
        self.patterns_store = PatternStore(self.layout)
        self.effectiveness = Effectiveness(self.layout, clock)
        self._lock = threading.RLock()
        self._seqs: dict[str, dict[Any, list]] = {WORKFLOW: defaultdict(list),
                                                  INTEGRATION: defaultdict(list)}
        self._seq_of: dict[str, tuple[str, Any]] = {}
        self._files: dict[tuple, _FileAgg] = {}
        self._file_of: dict[str, tuple] = {}
        self._dirty: set[str] = set()
        self._events = self.layout.patterns(INTEGRATION) / "events.jsonl"
        self._load_events()

    # ------------------------------------------------------------------------ observing
    def observe(self, ctx: Context) -> None:
        if not self.cfg["enabled"] or ctx.tier == SYNTHESIZED:
            return
        with self._lock:
            if ctx.id in self._seq_of or ctx.id in self._file_of:
                return
            if ctx.kind in self.cfg[WORKFLOW]["kinds"]:
                self._observe_workflow(ctx)
            if ctx.kind in self.cfg[INTEGRATION]["kinds"]:
                self._observe_message_ctx(ctx)
            if ctx.kind in self.cfg[CODE]["kinds"]:
                self._observe_code(ctx)

    def _observe_workflow(self, ctx: Context) -> None:
        if ctx.kind == "edit":
            acts = [EDIT_ACTION]
        elif ctx.kind == "commit":
            acts = [COMMIT_ACTION]
        else:
            line = ctx.metadata.get("command") if isinstance(ctx.metadata.get("command"), str) \
                else ctx.content.splitlines()[0] if ctx.content else ""
            acts = actions(line)
        if not acts:
            return
        key = (ctx.project, ctx.session or f"{ctx.source}:{int(ctx.created // 86400)}")
        seq = self._seqs[WORKFLOW][key]
        for a in acts:
            seq.append((ctx.created, ctx.seq, a, ctx.id, ctx.project))
        self._seq_of[ctx.id] = (WORKFLOW, key)
        self._dirty.add(WORKFLOW)

    def _observe_message_ctx(self, ctx: Context) -> None:
        m = ctx.metadata
        src = m.get("from") or ctx.source
        dst = m.get("to") or m.get("target")
        if not isinstance(dst, str) or not isinstance(src, str):
            return
        key = m.get("correlation") or ctx.session or f"{ctx.project}:{ctx.source}"
        self._add_message(str(key), src, dst, m.get("message_kind") or m.get("type"),
                          ctx.created, ctx.seq, ctx.id, ctx.project)
        self._seq_of[ctx.id] = (INTEGRATION, str(key))

    def _add_message(self, key, src, dst, kind, ts, seq, rid, project) -> None:
        item = f"{src}->{dst}" + (f":{kind}" if isinstance(kind, str) and kind else "")
        self._seqs[INTEGRATION][key].append((ts, seq, item, rid, project))
        self._dirty.add(INTEGRATION)

    def _load_events(self) -> None:
        try:
            lines = self._events.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return
        for ln in lines[-100_000:]:
            try:
                e = json.loads(ln)
                self._add_message(e["session"], e["s"], e["t"], e.get("k"), float(e["ts"]), 0,
                                  "", None)
            except (ValueError, KeyError, TypeError):
                continue  # a torn last line after a crash

    def _observe_code(self, ctx: Context) -> None:
        path = next((ctx.metadata[k] for k in ("path", "file")
                     if isinstance(ctx.metadata.get(k), str)), None)
        hint = ctx.metadata.get("language") if isinstance(ctx.metadata.get("language"), str) \
            else None
        feats = extract(ctx.content, path, hint)
        if feats.language is None:
            return
        key = (ctx.project, feats.language, path or ctx.id)
        agg = self._files.get(key)
        if agg is None:
            agg = self._files[key] = _FileAgg(ctx.project, feats.language)
        agg.rids.append(ctx.id)
        agg.imports |= feats.imports
        room = MAX_IDIOMS_PER_FILE - len(agg.idioms)
        if room > 0:
            agg.idioms.update(sorted(feats.idioms)[:room])
        agg.conventions.update(feats.conventions)
        self._file_of[ctx.id] = key
        self._dirty.add(CODE)

    def forget(self, rid: str) -> set[str]:
        """A context was deleted: drop what it contributed, now, from memory and from disk.
        Returns the pattern kinds it had contributed to (they need mining again)."""
        touched: set[str] = set()
        with self._lock:
            where = self._seq_of.pop(rid, None)
            if where:
                kind, key = where
                seq = self._seqs[kind][key]
                seq[:] = [s for s in seq if s[3] != rid]
                touched.add(kind)
            fkey = self._file_of.pop(rid, None)
            if fkey:
                self._rebuild_file(fkey, rid)
                touched.add(CODE)
            for kind in PATTERN_KINDS:
                pats = self.patterns_store.load(kind)
                if any(rid in p.get("evidence", ()) for p in pats):
                    for p in pats:
                        p["evidence"] = [e for e in p.get("evidence", ()) if e != rid]
                    self.patterns_store.save(kind, pats)
                    touched.add(kind)
            self._dirty |= touched
        return touched

    def _rebuild_file(self, fkey: tuple, removed: str) -> None:
        old = self._files.pop(fkey)
        for rid in old.rids:
            if rid == removed:
                continue
            self._file_of.pop(rid, None)
            try:
                self._observe_code(self.store.get(rid))
            except NotFound:
                continue

    def pending(self) -> set[str]:
        return set(self._dirty)

    # --------------------------------------------------------------------------- mining
    def mine(self, kinds: list[str] | None = None) -> dict[str, int]:
        """Recompute, validate and store the patterns of ``kinds`` (default: the dirty ones)."""
        with self._lock:
            todo = sorted(set(kinds) if kinds is not None else set(self._dirty))
            self._dirty -= set(todo)
            found = {}
            for kind in todo:
                if kind in (WORKFLOW, INTEGRATION):
                    found[kind] = self._mine_sequences(kind)
                elif kind == CODE:
                    found[kind] = self._mine_code()
        return {k: self._store(k, v) for k, v in found.items()}

    def _mine_sequences(self, kind: str) -> list[dict]:
        cfg = self.cfg[kind]
        sequences, project_of = {}, {}
        pause = Yielder()
        for key, seq in self._seqs[kind].items():
            pause()
            seq.sort(key=lambda s: (s[0], s[1]))
            sequences[key] = [(s[2], s[3]) for s in seq]
            for s in seq:
                if s[3]:
                    project_of[s[3]] = s[4]
        mined = mine(sequences, MinerConfig.from_dict(cfg, self.cfg["max_evidence"]),
                     self.is_clean)
        out = []
        for m in mined:
            evidence = [e for e in m.evidence if e]
            out.append({"kind": kind, "project": None, "items": list(m.items),
                        "description": " → ".join(m.items), "support": m.support,
                        "confidence": m.confidence, "sequences": m.sequences,
                        "projects": sorted({p for e in evidence if (p := project_of.get(e))}),
                        "evidence": evidence})
        return out

    def _mine_code(self) -> list[dict]:
        cfg = self.cfg[CODE]
        by_scope: dict[tuple, list[_FileAgg]] = defaultdict(list)
        for agg in self._files.values():
            by_scope[(agg.project, agg.language)].append(agg)
        out = []
        for (project, lang), files in sorted(by_scope.items(), key=lambda kv: str(kv[0])):
            total = len(files)
            for category, attr in (("import", "imports"), ("idiom", "idioms")):
                where: dict[str, list[_FileAgg]] = defaultdict(list)
                pause = Yielder()
                for f in files:
                    pause()
                    for feat in getattr(f, attr):
                        where[feat].append(f)
                for feat, fs in where.items():
                    if len(fs) < cfg["min_support"]:
                        continue
                    out.append(self._code_pattern(project, lang, category, feat, len(fs),
                                                  len(fs) / total, fs))
            sightings: dict[str, Counter] = defaultdict(Counter)
            for f in files:
                for (name, value), n in f.conventions.items():
                    if value not in NEUTRAL_STYLES:
                        sightings[name][value] += n
            for name, values in sightings.items():
                value, n = values.most_common(1)[0]
                out.append(self._code_pattern(project, lang, "convention", f"{name}: {value}", n,
                                              n / sum(values.values()), files))
        return out

    def _code_pattern(self, project, lang, category, text, support, confidence, files) -> dict:
        return {"kind": CODE, "project": project, "items": [category, text],
                "language": lang, "description": f"{lang} {category}: {text}",
                "support": support, "confidence": round(confidence, 4), "sequences": len(files),
                "projects": [project] if project else [],
                "evidence": [f.rids[0] for f in files[: self.cfg["max_evidence"]]]}

    def _store(self, kind: str, found: list[dict]) -> int:
        validator = PatternValidator(self.cfg[kind], self.is_clean)
        previous = {p["id"]: p for p in self.patterns_store.load(kind)}
        now = self.clock()
        valid = []
        for p in found:
            if validator.reason(p) is not None:
                continue
            p["id"] = pattern_id(kind, p["project"], p["items"])
            p["first_seen"] = previous.get(p["id"], {}).get("first_seen", now)
            p["last_mined"] = now
            valid.append(p)
        valid.sort(key=lambda p: (-p["support"], p["id"]))
        self.patterns_store.save(kind, valid)
        return len(valid)

    # -------------------------------------------------------------------------- reading
    def patterns(self, kind: str | None = None, *, project: str | None = None,
                 access=None) -> list[dict]:
        """Stored patterns with their effectiveness; ``access`` hides patterns of projects the
        tool may not see and evidence it may not read."""
        from .access import Access
        acc = Access.parse(access).require()
        kinds = PATTERN_KINDS if kind is None else [kind]
        if kind is not None and kind not in PATTERN_KINDS:
            raise InvalidRecord(f"kind: one of {', '.join(PATTERN_KINDS)}")
        eff = self.effectiveness.all()
        out = []
        for k in kinds:
            for p in self.patterns_store.load(k):
                projects = p.get("projects") or []
                if project is not None and project not in projects:
                    continue
                if acc.project_filter is not None and not (set(projects) & acc.project_filter):
                    continue
                p = dict(p)
                if acc.mode != "full":
                    p["evidence"] = [e for e in p.get("evidence", []) if self._visible(e, acc)]
                e = eff.get(p["id"]) or {}
                p["accepted"] = e.get("accepted", 0)
                p["rejected"] = e.get("rejected", 0)
                p["success_rate"] = e.get("success_rate")
                out.append(p)
        return out

    def _visible(self, rid: str, acc) -> bool:
        try:
            self.store.get(rid, access=acc)
            return True
        except NotFound:
            return False

    def feedback(self, pid: str, accepted: bool) -> dict:
        if not isinstance(accepted, bool):
            raise InvalidRecord("accepted: true or false")
        if not any(p["id"] == pid for k in PATTERN_KINDS for p in self.patterns_store.load(k)):
            raise NotFound(f"no pattern {pid}")
        return {"id": pid, **self.effectiveness.record(pid, accepted)}
