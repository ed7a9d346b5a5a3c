"""``PrivacyEngine``: scan, sanitize, restore, protected paths and data flow behind one object.

Every public entry point that decides about data fails closed: ``sanitize`` turns any exception,
a timeout or an oversize input into a blocked result plus an audit entry, never into the input.
"""
from __future__ import annotations

import getpass
import hashlib
import os
import time
from collections import Counter
from functools import lru_cache
from itertools import chain
from pathlib import Path

from actors.shared.settings.schema import scan_seconds

from .audit import AuditLog
from .decoding import Decoder
from .echoes import with_echoes
from .detectors import LABEL_OF_CATEGORY, Detector
from .errors import Forbidden, InputTooLarge, InvalidInput, PrivacyError, ScanTimeout
from .flow import can_flow
from .identity import IdentityFinder
from .matcher import byte_to_char_map, compiled
from .model import Finding, FlowVerdict, PathVerdict, SanitizeResult
from .pairs import StructureReader
from .protected import ProtectedPaths
from .public import is_public, public_in_context
from .rules import DESTINATIONS, parse_rules
from .unnamed import LAST_RESORT
from .structure import flatten, rebuild
from .vault import MARKER, Session, StreamRestorer, Vault, restore_text

_IDENTITY_PRIORITY = {"project_path": 0, "home_path": 1, "other_user": 2, "email": 3, "username": 4, "person_name": 5}
_IDENTITY_KINDS = ("user", "person", "path", "email", "secret", "password", "token")


def _default_user() -> str | None:
    try:
        return getpass.getuser()
    except Exception:   # no passwd entry and no LOGNAME: nothing to anonymize
        return None


class PrivacyEngine:
    """See the package docstring for the contract of each method."""

    def __init__(self, rules: dict | None, *, audit_dir: Path | str | None = None, home: str | None = None,
                 user: str | None = None):
        self.rules = parse_rules(rules)
        self.home = os.path.expanduser("~") if home is None else home
        self.user = _default_user() if user is None else user
        self._detectors: tuple[Detector, ...] = self.rules.detectors
        self._matcher = compiled(self._detectors)
        self._structure = StructureReader(self._detectors)
        self._decoder = Decoder(self._matcher, self._detectors, also=self._structure.find)
        self._identity = IdentityFinder(home=self.home, user=self.user)
        self._protected = ProtectedPaths(self.rules.protected_paths, home=self.home)
        self._vault = Vault(ttl_s=self.rules.limits.vault_ttl_s, max_sessions=self.rules.limits.max_sessions)
        self._audit = AuditLog(audit_dir)
        self._hash_key = os.urandom(32)
        self._kinds = frozenset({d.kind for d in self._detectors} | set(_IDENTITY_KINDS))
        import re2
        from re2 import _re2
        opts = re2.Options()
        opts.log_errors = False
        self._marker_rx = _re2.RE2(rb"<([a-z][a-z0-9_]{0,63}?)(?:_[0-9]{1,6}|#[0-9a-f]{8})>", opts)
        self._marker_anchor = _re2.RE2.Anchor.UNANCHORED

    # --- scan -----------------------------------------------------------------------------------------
    def scan(self, text: str, *, project_root: str | None = None) -> list[Finding]:
        """Every finding, non-overlapping, in text order. Raises InvalidInput, InputTooLarge, ScanTimeout."""
        self._check_text(text)
        return with_echoes([text], [self._scan(text, project_root, self._deadline(len(text)))])[0]

    def _deadline(self, chars: int = 0) -> float:
        return time.monotonic() + scan_seconds(self.rules.limits, chars)

    def _check_text(self, text) -> None:
        if not isinstance(text, str):
            raise InvalidInput("text must be a string", field="text")
        if len(text) > self.rules.limits.max_input_chars:
            raise InputTooLarge(f"input of {len(text)} characters exceeds limits.max_input_chars "
                                f"({self.rules.limits.max_input_chars})", field="text")

    def _scan(self, text: str, project_root: str | None, deadline: float) -> list[Finding]:
        found = self._secret_findings(text, deadline)
        found.extend(self._identity.find(text, project_root, self.rules.action("paths")))
        markers = self._marker_spans(text)
        if markers:
            found = [f for f in found if not _overlaps_any(f, markers)]
        return _resolve([f for f in found if f.label == "secret"], [f for f in found if f.label != "secret"])

    def _secret_findings(self, text: str, deadline: float) -> list[Finding]:
        lim = self.rules.limits
        step = lim.chunk_chars - lim.chunk_overlap
        seen: set[tuple[int, int, int]] = set()
        out: list[Finding] = []
        allow = self.rules.allowlist
        start = 0
        while True:
            chunk = text[start:start + lim.chunk_chars]
            for m in chain(self._matcher.find(chunk, deadline), self._decoder.find(chunk, deadline),
                           self._structure.find(chunk)):
                key = (m.detector, start + m.start, start + m.end)
                if key in seen or (len(allow) and m.value in allow):
                    continue
                seen.add(key)
                d = self._detectors[m.detector]
                if is_public(m.value) or public_in_context(m.value, text, key[1]):
                    continue
                out.append(Finding(d.name, d.category, LABEL_OF_CATEGORY.get(d.category, "secret"),
                                   key[1], key[2], f"sanitization_rules.{d.rule}", d.kind))
            if start + lim.chunk_chars >= len(text):
                return _with_companions(out, self._detectors)
            start += step

    def _marker_spans(self, text: str) -> list[tuple[int, int]]:
        """Pseudonyms this engine writes (``<kind_3>``, ``<kind#89abcdef>``): never findings again."""
        if "<" not in text:
            return []
        data = text.encode("utf-8", "surrogatepass")
        spans, pos, n = [], 0, len(data)
        while pos < n:
            m = self._marker_rx.Match(self._marker_anchor, data, pos, n)
            if m[0][0] < 0:
                break
            if data[m[1][0]:m[1][1]].decode() in self._kinds:
                spans.append(m[0])
            pos = m[0][1]
        if spans and not text.isascii():
            to_char = byte_to_char_map(data, {o for span in spans for o in span})
            spans = [(to_char[a], to_char[b]) for a, b in spans]
        return spans

    # --- sanitize -------------------------------------------------------------------------------------
    def sanitize(self, text: str, *, source: str, destination: str, session: str | None = None,
                 project_root: str | None = None, path: str | None = None) -> SanitizeResult:
        """Sanitized ``text`` for ``destination``; never raises — any failure blocks (fail closed)."""
        return self._guarded(lambda t0: self._sanitize_one(text, source, destination, session, project_root,
                                                           path, t0), source, destination, session, "")

    def sanitize_data(self, data, *, source: str, destination: str, session: str | None = None,
                      project_root: str | None = None, path: str | None = None) -> SanitizeResult:
        """``sanitize`` for a string or a JSON-like value: every string inside (map keys too) is
        sanitized in one pass with one session, so a value gets one pseudonym wherever it sits, and
        ``result.text`` has the same shape as ``data``. One flow decision over all labels, one audit
        line. Never raises; anything it cannot check (bytes, deep nesting) blocks it."""
        if isinstance(data, str):
            return self.sanitize(data, source=source, destination=destination, session=session,
                                 project_root=project_root, path=path)

        def run(t0):
            if path is not None:    # a protected path is refused before the content is looked at
                pv = self._protected.check(path, base=project_root)
                if not pv.allowed:
                    res = self._blocked(source, destination, session, pv.rule, frozenset(), t0, None)
                    return SanitizeResult(None, res.summary, res.labels, True, res.reason)
            strings: list[str] = []
            template = flatten(data, strings)
            res = self._sanitize_texts(strings, source, destination, session, project_root, None, t0)
            if res.blocked:
                return SanitizeResult(None, res.summary, res.labels, True, res.reason)
            return SanitizeResult(rebuild(template, res.text), res.summary, res.labels, False, None)
        return self._guarded(run, source, destination, session, None)

    def _guarded(self, fn, source, destination, session, empty) -> SanitizeResult:
        t0 = time.monotonic()
        try:
            return fn(t0)
        except Exception as e:  # fail closed: whatever went wrong, the data does not pass
            reason = _failure_reason(e)
            self._audit_quietly("sanitize", source=_name(source), destination=_name(destination),
                                session=_name(session), verdict="block", blocked=True, reason=reason,
                                error=type(e).__name__)
            return SanitizeResult(empty, {"verdict": "block", "error": type(e).__name__}, frozenset(), True, reason)

    def _audit_quietly(self, op: str, **fields) -> None:
        """Audit a failure; if even that fails (disk full), the caller still fails closed."""
        try:
            self._audit.record(op, **fields)
        except Exception:
            pass

    def _sanitize_one(self, text, source, destination, session, project_root, path, t0) -> SanitizeResult:
        res = self._sanitize_texts([text], source, destination, session, project_root, path, t0)
        return SanitizeResult("" if res.blocked else res.text[0], res.summary, res.labels, res.blocked, res.reason)

    def _sanitize_texts(self, texts: list, source, destination, session, project_root, path,
                        t0) -> SanitizeResult:
        """The core: ``texts`` sanitized together (``result.text`` is the list of outputs)."""
        if destination not in DESTINATIONS:
            raise InvalidInput(f"unknown destination (known: {', '.join(DESTINATIONS)})", field="destination")
        if not isinstance(source, str) or not source:
            raise InvalidInput("source must name the sender", field="source")
        if path is not None:
            pv = self._protected.check(path, base=project_root)
            if not pv.allowed:
                chars = sum(len(t) for t in texts if isinstance(t, str))
                return self._blocked(source, destination, session, pv.rule, frozenset(), t0, chars)
        for text in texts:
            self._check_text(text)
        chars = sum(len(t) for t in texts)
        if chars > self.rules.limits.max_input_chars:
            raise InputTooLarge(f"input of {chars} characters exceeds limits.max_input_chars "
                                f"({self.rules.limits.max_input_chars})", field="data")
        deadline = self._deadline(chars)
        found = with_echoes(texts, [self._scan(text, project_root, deadline) for text in texts])
        labels = frozenset(f.label for findings in found for f in findings) or frozenset({"public"})
        flow = can_flow(self.rules, labels, destination)
        if not flow.allowed:
            return self._blocked(source, destination, session, flow.rule, labels, t0, chars)
        sess = self._vault.session(session, source) if session else Session("call", source, self._hash_key)
        typed = frozenset(m for text in texts for m in MARKER.findall(text))   # pseudonyms given as text
        outputs: list[str] = []
        replaced: Counter = Counter()
        kept: Counter = Counter()
        for text, findings in zip(texts, found):
            pieces: list[str] = []
            pos = 0
            for f in findings:
                action = self._action_for(f, destination, restorable=session is not None)
                if action == "keep":
                    kept[f.type] += 1
                    continue
                if action == "block":
                    return self._blocked(source, destination, session, f"{f.rule}: block", labels, t0, chars)
                pieces.append(text[pos:f.start])
                pieces.append(self._replacement(f, text[f.start:f.end], action, sess, typed))
                pos = f.end
                replaced[f.type] += 1
            pieces.append(text[pos:])
            outputs.append("".join(pieces))
        summary = {"verdict": flow.verdict, "rule": flow.rule, "replaced": dict(replaced), "kept": dict(kept),
                   "findings": sum(map(len, found)), "ms": round((time.monotonic() - t0) * 1000, 3)}
        self._audit.record("sanitize", source=_name(source), destination=destination, session=_name(session),
                           labels=sorted(labels), verdict=flow.verdict, rule=flow.rule, blocked=False,
                           replaced=dict(replaced), kept=dict(kept), chars=chars)
        return SanitizeResult(outputs, summary, labels, False, None)

    def _action_for(self, f: Finding, destination: str, *, restorable: bool) -> str:
        verdict = self.rules.verdict(f.label, destination)
        if verdict == "allow":
            return "keep"
        action = self.rules.action(f.rule.rsplit(".", 1)[-1])
        if verdict == "pseudonymize" and action in ("redact", "anonymize", "hash"):
            action = "pseudonymize"
        if action == "pseudonymize" and not restorable:
            action = "redact"   # no session to restore from: an irreversible marker, same look
        if action == "relativize" and f.replacement is None:
            action = "redact"
        return action

    def _replacement(self, f: Finding, value: str, action: str, sess: Session, typed: frozenset) -> str:
        if action == "relativize":
            return f.replacement
        if action == "hash":
            digest = hashlib.blake2b(f"{f.kind}\0{value}".encode("utf-8", "surrogatepass"), key=self._hash_key,
                                     digest_size=4).hexdigest()
            return f"<{f.kind}#{digest}>"
        return sess.marker(f.kind, value, keep=action == "pseudonymize", reserved=typed)

    def _blocked(self, source, destination, session, rule, labels, t0, chars) -> SanitizeResult:
        self._audit.record("sanitize", source=_name(source), destination=destination, session=_name(session),
                           labels=sorted(labels), verdict="block", rule=rule, blocked=True, chars=chars)
        summary = {"verdict": "block", "rule": rule, "ms": round((time.monotonic() - t0) * 1000, 3)}
        return SanitizeResult("", summary, labels, True, f"forbidden by {rule}")

    # --- log redaction --------------------------------------------------------------------------------
    def redact(self, text: str, *, destination: str = "log") -> str:
        """Redaction without a vault (``<redacted:kind>``), for log lines; fails closed to a marker."""
        try:
            self._check_text(text)
            findings = self._scan(text, None, self._deadline(len(text)))
            if not findings:
                return text
            pieces, pos = [], 0
            for f in findings:
                action = self._action_for(f, destination, restorable=False)
                if action == "keep":
                    continue
                if action == "block":
                    return "<redacted>"
                pieces.append(text[pos:f.start])
                pieces.append(f.replacement if action == "relativize" else f"<redacted:{f.kind}>")
                pos = f.end
            pieces.append(text[pos:])
            return "".join(pieces)
        except Exception as e:
            self._audit_quietly("redact", destination=destination, verdict="block", blocked=True,
                                reason=_failure_reason(e), error=type(e).__name__)
            return "<redacted: privacy check failed>"

    # --- restore --------------------------------------------------------------------------------------
    def restore(self, text: str, *, session: str, tool: str, data_sharing: str) -> str:
        """Map the session's pseudonyms in ``text`` back, for the tool that owns the session, if its
        ``data_sharing`` is one of ``restore.data_sharing``. Raises Forbidden / UnknownSession."""
        if not isinstance(text, str):
            raise InvalidInput("text must be a string", field="text")
        sess = self._restore_session(session, tool, data_sharing)
        out = restore_text(text, sess)
        self._audit.record("restore", session=_name(session), tool=_name(tool), verdict="allow", chars=len(text))
        return out

    def stream_restorer(self, *, session: str, tool: str, data_sharing: str) -> StreamRestorer:
        """A restorer for a token stream; a pseudonym split across tokens comes out whole."""
        sess = self._restore_session(session, tool, data_sharing)
        self._audit.record("restore_stream", session=_name(session), tool=_name(tool), verdict="allow")
        return StreamRestorer(sess)

    def _restore_session(self, session: str, tool: str, data_sharing: str) -> Session:
        if data_sharing not in self.rules.restore_data_sharing:
            self._audit.record("restore", session=_name(session), tool=_name(tool), verdict="block",
                               rule="restore.data_sharing")
            raise Forbidden(f"restore is not allowed for data_sharing={data_sharing!r} (rule restore.data_sharing)",
                            field="data_sharing")
        try:
            return self._vault.existing(session, tool)
        except PrivacyError as e:
            self._audit.record("restore", session=_name(session), tool=_name(tool), verdict="block",
                               error=type(e).__name__)
            raise

    @property
    def live_sessions(self) -> int:
        """Pseudonym sessions in memory now (expired ones are not counted)."""
        return len(self._vault)

    def end_session(self, session: str) -> bool:
        """Forget a session's pseudonyms now (they also expire after ``limits.vault_ttl_s``)."""
        return self._vault.drop(session)

    # --- paths and flow -------------------------------------------------------------------------------
    def check_path(self, path, *, base: str | None = None) -> PathVerdict:
        """Whether data from ``path`` may be read at all; decided before anything opens it."""
        verdict = self._protected.check(path, base=base)
        if not verdict.allowed:
            self._audit.record("check_path", verdict="block", rule=verdict.rule)
        return verdict

    def can_flow(self, labels, destination: str) -> FlowVerdict:
        return can_flow(self.rules, labels, destination)


def _overlaps_any(f: Finding, spans: list[tuple[int, int]]) -> bool:
    return any(s < f.end and f.start < e for s, e in spans)


def _resolve(secrets: list[Finding], identities: list[Finding]) -> list[Finding]:
    """Non-overlapping findings. Overlapping secrets merge into one span named by the longest (a
    shape alone names it only when nothing else found it);
    identities (paths, names, emails) yield to secrets and to each other by priority."""
    merged: list[Finding] = []
    for f in sorted(secrets, key=lambda f: (f.start, -f.end)):
        if merged and f.start < merged[-1].end:
            last = merged[-1]
            name = max((last, f), key=lambda g: (g.type not in LAST_RESORT, g.end - g.start))
            if f.end > last.end or name is not last:
                merged[-1] = Finding(name.type, name.category, name.label, last.start, max(f.end, last.end),
                                     name.rule, name.kind)
            continue
        merged.append(f)
    taken = [(f.start, f.end) for f in merged]
    out = list(merged)
    for f in sorted(identities, key=lambda f: (_IDENTITY_PRIORITY.get(f.type, 9), f.start)):
        if not _overlaps_any(f, taken):
            taken.append((f.start, f.end))
            out.append(f)
    out.sort(key=lambda f: f.start)
    return out


def _failure_reason(e: BaseException) -> str:
    """Why data was blocked — from the error's type, never its message (which may quote input)."""
    if isinstance(e, InputTooLarge):
        return "input too large (limits.max_input_chars)"
    if isinstance(e, ScanTimeout):
        return "privacy check timed out (limits.timeout_ms)"
    if isinstance(e, PrivacyError):
        return f"{e.code.value}: {type(e).__name__}" + (f" ({e.field})" if e.field else "")
    return f"privacy check failed ({type(e).__name__})"


def _name(value) -> str | None:
    """Ids for the audit: strings only, bounded and redacted, so no payload can ride along (a tool
    may name itself after a key; the audit must not keep it)."""
    if value is None:
        return None
    if not isinstance(value, str):
        return type(value).__name__
    return _redacted_id(value[:128])


@lru_cache(maxsize=4096)
def _redacted_id(value: str) -> str:
    """Ids repeat (tool names, sessions): each is checked once per process."""
    from .logredact import redact_for_log
    return redact_for_log(value)


def _with_companions(found: list[Finding], detectors) -> list[Finding]:
    """A key id names which key; it only opens something beside its secret half, so it is a finding
    only where another secret is (``access_key_id`` next to ``secret_access_key``) — and where no
    other detector found the same value for what it is."""
    companion = {d.name for d in detectors if d.companion}
    ids = [f for f in found if f.type in companion]
    if not ids:
        return found
    others = [f for f in found if f.type not in companion]
    keep = [f for f in ids if others and not _overlaps_any(f, [(o.start, o.end) for o in others])]
    return others + keep
