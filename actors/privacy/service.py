"""The privacy filter actor: one ``PrivacyEngine`` per process behind the ``privacy.*`` kinds.

Everything here fails closed. A sanitize that goes wrong in any way comes back ``blocked`` (the
router turns that into ``forbidden``); a path or flow check that goes wrong says "not allowed"; a
restore that goes wrong is an error, so the caller keeps the pseudonyms. Nothing a handler logs
or raises quotes the data: errors are reduced to their type name.

Pseudonym sessions and stream restorers live in this process's memory only (the engine's vault,
``StreamTable``); the audit trail (names, labels, verdicts, counts) goes to
``<data dir>/audit/privacy``. Sanitized records bound for the context store are sealed with the
key the context actor verifies against (``keys/seal.key``).
"""
from __future__ import annotations

import functools
import threading
from collections import Counter

from actors.base import Actor, handles
from actors.privacy.engine import PrivacyEngine
from actors.privacy.streams import StreamTable
from actors.shared import seal, toolconfig
from bus import Request
from protocol import Code, ProtocolError
from protocol.kinds import privacy as P


def _failure(kind: str, e: BaseException) -> ProtocolError:
    """An error reply that names what failed, never the data (messages may quote input)."""
    if isinstance(e, ProtocolError):
        return e
    return ProtocolError(Code.INTERNAL, f"{kind} failed ({type(e).__name__}); nothing passed")


def closed_on_error(on_error):
    """Run a handler; any exception becomes ``on_error(self, req, exc)`` — a refusal, never the input."""
    def wrap(fn):
        @functools.wraps(fn)
        def run(self, req: Request):
            try:
                return fn(self, req)
            except Exception as e:
                if not isinstance(e, ProtocolError):
                    self._count("errors")
                if self.log and not isinstance(e, ProtocolError):
                    self.log.warning("privacy handler failed", kind=req.kind.name, error=type(e).__name__)
                return on_error(self, req, e)
        return run
    return wrap


def _raise(self, req, e):
    raise _failure(req.kind.name, e) from None


class PrivacyActor(Actor):
    service = "privacy"
    capacity = 4
    tick_ms = 30_000            # expiring idle stream restorers (their TTL is minutes)

    def setup(self) -> None:
        paths = self.env.paths
        audit_dir = paths.home / "audit" / "privacy"
        audit_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.engine = PrivacyEngine(self.env.config["privacy_rules"], audit_dir=audit_dir)
        self.seal_key = seal.load_or_create_key(paths.keys / "seal.key")
        opts = self.env.settings.privacy
        self.streams = StreamTable(ttl_s=opts.stream_ttl_s, max_streams=opts.max_streams)
        self._counts: Counter = Counter()
        self._counts_lock = threading.Lock()

    def _count(self, what: str, n: int = 1) -> None:
        with self._counts_lock:
            self._counts[what] += n

    def tick(self) -> None:
        self.streams.expire()

    def status_details(self) -> dict:
        with self._counts_lock:
            counts = dict(self._counts)
        return {**{k: counts.get(k, 0) for k in ("scans", "sanitizations", "blocks", "restores", "path_checks",
                                                   "errors")},
                "sessions": self.engine.live_sessions, "streams": len(self.streams)}

    # ---- privacy.scan ---------------------------------------------------------------------------
    @handles("privacy.scan")
    @closed_on_error(_raise)
    def scan(self, req: Request) -> P.ScanReply:
        self._count("scans")
        findings = self.engine.scan(req.body.text)
        return P.ScanReply(findings=[P.Finding(type=f.type, start=f.start, end=f.end, rule=f.rule, label=f.label)
                                     for f in findings],
                           labels=sorted({f.label for f in findings} or {"public"}))

    # ---- privacy.sanitize -----------------------------------------------------------------------
    def _sanitize_failed(self, req: Request, e: BaseException) -> dict:
        if isinstance(e, ProtocolError) and e.code == Code.FORBIDDEN:
            raise e                                   # a protected path: refused, naming the rule
        self._count("blocks")
        return P.SanitizeReply(data=None, blocked=True, verdict="block",
                               reason=f"privacy check failed ({type(e).__name__}); nothing passed")

    @handles("privacy.sanitize")
    @closed_on_error(_sanitize_failed)
    def sanitize(self, req: Request) -> P.SanitizeReply:
        body = req.body
        self._count("sanitizations")
        if body.path is not None:                     # before any content is looked at
            verdict = self.engine.check_path(body.path, base=body.project_root)
            if not verdict.allowed:
                self._count("blocks")
                raise ProtocolError(Code.FORBIDDEN, f"a protected path is never read or stored "
                                                    f"(rule {verdict.rule})", field="body.path")
        res = self.engine.sanitize_data(body.data, source=body.source, destination=body.destination,
                                        session=body.session, project_root=body.project_root)
        summary = res.summary or {}
        verdict = summary.get("verdict")
        if res.blocked:
            self._count("blocks")
            return P.SanitizeReply(data=None, blocked=True, reason=res.reason, labels=sorted(res.labels),
                                   verdict="block")
        counts = Counter(summary.get("replaced") or {})
        counts.update(summary.get("kept") or {})
        sealed = None
        if body.destination == "context_store" and isinstance(res.text, dict):
            sealed = seal.seal(self.seal_key, res.text)   # over exactly the data returned
        return P.SanitizeReply(data=res.text, labels=sorted(res.labels), summary=dict(counts), verdict=verdict,
                               seal=sealed)

    # ---- privacy.restore ------------------------------------------------------------------------
    @handles("privacy.restore")
    @closed_on_error(_raise)
    def restore(self, req: Request) -> P.RestoreReply:
        body = req.body
        self._count("restores")
        s = self.env.settings
        data_sharing = toolconfig.data_sharing(s.tools, body.tool, body.data_sharing,
                                               allow_unknown=s.router.allow_unknown_tools)

        def make():
            return self.engine.stream_restorer(session=body.session, tool=body.tool, data_sharing=data_sharing)

        if body.stream is None:
            restorer = make()
            text = restorer.feed(body.data) + restorer.flush()
            return P.RestoreReply(data=text, restored=restorer.restored)
        try:
            entry = self.streams.get(body.session, body.stream, body.tool, make)
            with entry.lock:
                before = entry.restorer.restored
                text = entry.restorer.feed(body.data)
                if body.final:
                    text += entry.restorer.flush()
                restored = entry.restorer.restored - before
        except Exception:
            self.streams.drop(body.session, body.stream)   # a broken stream holds nothing back
            raise
        if body.final:
            self.streams.drop(body.session, body.stream)
        return P.RestoreReply(data=text, restored=restored)

    # ---- checks ---------------------------------------------------------------------------------
    def _not_allowed(self, req: Request, e: BaseException) -> dict:
        if isinstance(e, ProtocolError) and e.code == Code.INVALID:
            raise e
        return P.PathReply(allowed=False, rule=f"privacy check failed ({type(e).__name__})")

    @handles("privacy.forget")
    @closed_on_error(_raise)
    def forget(self, req: Request) -> P.ForgetReply:
        return P.ForgetReply(forgotten=self.engine.end_session(req.body.session))

    @handles("privacy.check_path")
    @closed_on_error(_not_allowed)
    def check_path(self, req: Request) -> P.PathReply:
        self._count("path_checks")
        v = self.engine.check_path(req.body.path)
        return P.PathReply(allowed=v.allowed, rule=v.rule)
