"""The broker: a ROUTER in the spirit of Majordomo (zguide RFC 7/18), one thread, blocking sockets.

It routes on the frames named in ``protocol.frames`` and never decodes a body (it only encodes the
errors it originates). Workers register a service with a capacity (requests in flight at once);
requests go to the worker with the most free slots; a bounded queue per service absorbs bursts and
answers ``busy`` past its bound; deadlines, cancellation, heartbeats and dead peers all end in exactly
one final reply to the client.
"""
from __future__ import annotations

import heapq
import itertools
import time

import zmq

from protocol import DEFAULT_MAX_BYTES, Code, ProtocolError, decode_any, encode, encode_error, frames as F
from protocol.envelope import decode as decode_envelope
from protocol.frames import CAN, DIS, FINAL, HBT, PARTIAL, PUB, RDY, REP, REQ, SIGNATURE

from . import builtin, listen, wakeup
from .listen import TAG_INTERNAL, TAG_TCP
from .addresses import Endpoints
from .tables import Pending, PendingTable, Service, Worker, now_ms

NOBLOCK = int(zmq.NOBLOCK)  # a plain int: enum flag arithmetic shows up in profiles

BUS_SERVICE = b"bus"
_HBT = F.header(HBT)
CHILD_EXITED = b"supervisor.child.exited"   # published by a supervisor with the child's pid
_DIS = F.header(DIS)



class Broker:
    def __init__(self, endpoints: Endpoints, *, ctx: zmq.Context | None = None, heartbeat_ms: int,
                 liveness: int, max_queue: int, max_inflight_per_peer: int,
                 max_message_bytes: int = DEFAULT_MAX_BYTES,
                 public_services: tuple[str, ...], known_services: tuple[str, ...] = (),
                 no_worker_wait_ms: int, keyring=None, log=None):
        """The settings (``bus`` section) come from the caller: the mesh's configuration."""
        self.ctx = ctx or zmq.Context.instance()
        self.endpoints = endpoints
        self.heartbeat_s = heartbeat_ms / 1000
        self.idle_heartbeat_s = self.heartbeat_s * F.IDLE_HEARTBEAT_FACTOR
        self.liveness = liveness
        self.max_queue = max_queue
        self.max_inflight_per_peer = max_inflight_per_peer
        self.max_bytes = max_message_bytes
        self.public = {s.encode() for s in public_services} | {BUS_SERVICE}
        self.known = {s.encode() for s in known_services}
        self.no_worker_wait_ms = no_worker_wait_ms
        self.keyring = keyring
        self.log = log
        self.services: dict[bytes, Service] = {}
        self.workers: dict[bytes, Worker] = {}
        self.pending = PendingTable()
        self.timers: list = []                # heap of (when_ms, seq, key)
        self._seq = itertools.count()
        self.started = time.time()
        self.counters = {"requests": 0, "replies": 0, "errors": 0, "unroutable": 0, "dropped_workers": 0}
        self._sockets: dict[bytes, zmq.Socket] = {}
        self._auth = None
        self.events: list[zmq.Socket] = []

    # ---- lifecycle -------------------------------------------------------------------------------
    def bind(self) -> None:
        self._sockets, self.events, self._auth = listen.bind(self.ctx, self.endpoints, self.max_bytes,
                                                             self.keyring)

    def close(self) -> None:
        for sock in list(self._sockets.values()) + self.events:
            sock.close(linger=0)
        if self._auth is not None:
            self._auth.stop()

    def run(self, stop=None) -> None:
        """Serve until ``stop`` (a threading.Event or None) is set."""
        with wakeup.signal_fd() as woken:                 # a stop signal ends the poll
            poller, by_socket = wakeup.Poller(woken), {}
            for tag, sock in self._sockets.items():
                poller.register(sock, zmq.POLLIN)
                by_socket[sock] = tag
            next_beat = time.monotonic() + self.heartbeat_s
            while stop is None or not stop.is_set():
                wait = max(0.0, next_beat - time.monotonic())
                if self.timers:
                    wait = min(wait, max(0.0, (self.timers[0][0] - now_ms()) / 1000))
                for sock, _ in poller.poll(wait * 1000):
                    tag = by_socket[sock]
                    for _ in range(512):          # drain a burst before polling again
                        try:
                            msg = sock.recv_multipart(NOBLOCK, copy=tag != TAG_TCP)
                        except zmq.Again:
                            break
                        self._handle(tag, sock, msg)
                if self.timers and self.timers[0][0] <= now_ms():
                    self._expire_timers()
                if time.monotonic() >= next_beat:
                    next_beat = self._heartbeat()

    # ---- inbound ---------------------------------------------------------------------------------
    def _handle(self, tag: bytes, sock: zmq.Socket, msg: list) -> None:
        peer = b"ipc"
        if tag == TAG_TCP:
            user = msg[0].get("User-Id") if len(msg) else ""
            peer = b"curve:" + (user or "").encode()
            msg = [m.bytes for m in msg]
        ident = msg[0]
        if len(msg) < 2 or len(msg[1]) > F.MAX_HEADER:
            return self._error_to(sock, ident, b"-", ProtocolError(
                Code.INVALID, "the first frame must be a header like b'enclave/1.0 REQ <service> <msg_id> "
                              "<deadline_ms>' (at most 512 bytes)"))
        head = msg[1].split(b" ")
        if head[0] != SIGNATURE:
            parsed = F.parse_version(head[0])
            if parsed is None:
                return self._error_to(sock, ident, b"-", ProtocolError(
                    Code.INVALID, "the header must start with the version, e.g. b'enclave/1.0 REQ ...'"))
            if parsed[0] != F.MAJOR:
                return self._error_to(sock, ident, F.msg_id_guess(head), ProtocolError(
                    Code.UNSUPPORTED_VERSION,
                    f"protocol major {parsed[0]} is not supported; this broker speaks {F.VERSION}"))
        cmd = head[1] if len(head) > 1 else b""
        client = tag + ident
        if cmd == REQ:
            if len(head) != 5 or len(msg) != 3:
                return self._error_to(sock, ident, F.msg_id_guess(head), ProtocolError(
                    Code.INVALID, "REQ is [header 'enclave/1.0 REQ <service> <msg_id> <deadline_ms>', "
                                  f"envelope]; got {len(head)} header fields and {len(msg) - 1} frames"))
            return self._on_request(tag, sock, client, head[2], head[3], head[4], msg[2], peer)
        if cmd == CAN and len(head) == 3:
            return self._on_cancel(client, head[2])
        if cmd == HBT:
            w = self.workers.get(ident) if tag == TAG_INTERNAL else None
            if w is not None:
                self._heard(w)
            elif tag == TAG_INTERNAL:
                self._send(sock, [ident, _DIS])   # a worker we do not know (we restarted): register again
            return
        if tag != TAG_INTERNAL:
            return self._error_to(sock, ident, F.msg_id_guess(head), ProtocolError(
                Code.FORBIDDEN, f"command {cmd[:16]!r} is not allowed on the tools endpoint"))
        if cmd == REP and len(head) == 4 and len(msg) == 4:
            return self._on_reply(ident, msg[2], head[2], head[3], msg[3])
        if cmd == RDY and len(head) == 5:
            return self._on_ready(ident, head[2], head[3], head[4])
        if cmd == DIS:
            w = self.workers.get(ident)
            if w is not None:
                self._drop_worker(w, "the worker disconnected")
            return
        if cmd == PUB and len(head) == 3 and len(msg) == 3:
            if len(msg[2]) <= self.max_bytes and F.valid_token(head[2]):
                for ev in self.events:
                    ev.send_multipart([head[2], msg[2]], NOBLOCK)
                if head[2] == CHILD_EXITED:
                    self._on_child_exited(msg[2])
            return
        self._error_to(sock, ident, F.msg_id_guess(head), ProtocolError(
            Code.INVALID, f"unknown command {cmd[:16]!r} or wrong number of fields/frames"))

    def _on_request(self, tag, sock, client, service, msg_id, deadline_frame, envelope, peer) -> None:
        self.counters["requests"] += 1
        if not (F.valid_token(msg_id) and F.valid_token(service)):
            return self._error_to(sock, client[1:], b"-", ProtocolError(
                Code.INVALID, "service and msg_id are 1..128 printable ASCII characters without spaces"))
        if len(envelope) > self.max_bytes:
            return self._error_to(sock, client[1:], msg_id, ProtocolError(
                Code.TOO_LARGE, f"message of {len(envelope)} bytes exceeds the limit of "
                                f"{self.max_bytes} bytes"))
        try:
            deadline = F.parse_deadline(deadline_frame)
        except ValueError:
            return self._error_to(sock, client[1:], msg_id, ProtocolError(
                Code.INVALID, "deadline_ms must be decimal unix milliseconds, or 0 for none"))
        if tag != TAG_INTERNAL and service not in self.public:
            return self._error_to(sock, client[1:], msg_id, ProtocolError(
                Code.FORBIDDEN, f"tools may address only {sorted(s.decode() for s in self.public)}; "
                                f"{service.decode(errors='replace')!r} is internal"))
        if service == BUS_SERVICE:
            return self._builtin(sock, client, msg_id, envelope)
        if deadline is not None and deadline <= now_ms():
            return self._error_to(sock, client[1:], msg_id, ProtocolError(
                Code.TIMEOUT, "the deadline had passed when the request reached the bus"))
        key = (client, msg_id)
        if key in self.pending:
            return self._error_to(sock, client[1:], msg_id, ProtocolError(
                Code.INVALID, "a request with this msg_id is still in flight"))
        if tag != TAG_INTERNAL and self.pending.of(client) >= self.max_inflight_per_peer:
            # one tool connection cannot fill the queues the others share
            typical = self.services[service].ewma_ms if service in self.services else 100.0
            return self._error_to(sock, client[1:], msg_id, ProtocolError(
                Code.BUSY, f"this connection has {self.max_inflight_per_peer} requests in flight (the most a "
                           f"tool may have)", retry_after_ms=int(min(5000, max(10, typical)))))
        svc = self.services.get(service)
        if svc is None:
            if service not in self.known:
                names = sorted(s.decode() for s in self.services) or ["(none)"]
                return self._error_to(sock, client[1:], msg_id, ProtocolError(
                    Code.NOT_FOUND, f"no service {service.decode(errors='replace')!r}; registered: "
                                    f"{', '.join(names)}"))
            svc = self.services[service] = Service(service)
        req = Pending(client, msg_id, deadline, envelope, peer, svc)
        worker = svc.pick()
        if worker is not None and not svc.queue:
            self.pending[key] = req
            self._dispatch(worker, req)
        elif len(svc.queue) >= self.max_queue:
            retry = int(min(5000, max(10, svc.ewma_ms * (len(svc.queue) + 1) /
                                      max(1, sum(w.capacity for w in svc.workers)))))
            return self._error_to(sock, client[1:], msg_id, ProtocolError(
                Code.BUSY, f"{service.decode()} has {len(svc.queue)} requests queued", retry_after_ms=retry))
        else:
            self.pending[key] = req
            svc.queue.append(req)
            if not svc.workers:
                wait_until = now_ms() + self.no_worker_wait_ms
                heapq.heappush(self.timers, (wait_until, next(self._seq), key))
        if deadline is not None:
            heapq.heappush(self.timers, (deadline, next(self._seq), key))

    def _on_ready(self, ident: bytes, service: bytes, capacity: bytes, pid: bytes) -> None:
        old = self.workers.get(ident)
        if old is not None:   # the same identity registering again: a restarted worker
            self._drop_worker(old, "the worker restarted")
        try:
            cap, pid_n = max(1, min(int(capacity), 4096)), int(pid)
        except ValueError:
            return self._send(self._sockets[TAG_INTERNAL], [ident, _DIS])
        svc = self.services.get(service) or self.services.setdefault(service, Service(service))
        now = time.monotonic()
        w = Worker(ident, svc, cap, pid_n, now + self.idle_heartbeat_s * self.liveness, next_beat=now)
        self.workers[ident] = w
        svc.workers.append(w)
        self._publish("bus.worker.ready", {"service": service.decode(errors="replace"),
                                            "identity": ident.hex(), "pid": pid_n})
        self._drain_queue(svc)

    def _on_reply(self, ident, client, msg_id, flag, envelope) -> None:
        w = self.workers.get(ident)
        if w is None:
            return self._send(self._sockets[TAG_INTERNAL], [ident, _DIS])
        self._heard(w)
        key = (client, msg_id)
        req = w.inflight.get(key)
        if req is None:
            return                        # late reply for a request already answered
        final = flag != PARTIAL
        if final:
            del w.inflight[key]
            self.pending.pop(key, None)
            w.service.ewma_ms = 0.9 * w.service.ewma_ms + 0.1 * (now_ms() - req.sent_at)
            w.service.served += 1
        if not req.cancelled:
            if len(envelope) > self.max_bytes:
                envelope = encode_error(ProtocolError(Code.TOO_LARGE, "the reply exceeded the size limit"),
                                        correlation_id=None, source="bus")
                flag = FINAL
                if not final:   # turn it into the end of the stream
                    req.cancelled = True
                    self._send(self._sockets[TAG_INTERNAL], [w.identity, F.header(CAN, msg_id), client])
            if not self._to_client(client, msg_id, FINAL if final else flag, envelope):
                # the client is gone: stop the work it asked for
                if not final:
                    req.cancelled = True
                    self._send(self._sockets[TAG_INTERNAL], [w.identity, F.header(CAN, msg_id), client])
            else:
                self.counters["replies"] += final
        if final:
            self._drain_queue(w.service)

    def _on_cancel(self, client: bytes, msg_id: bytes) -> None:
        req = self.pending.get((client, msg_id))
        if req is None or req.cancelled:
            return
        self._finish(req, ProtocolError(Code.CANCELLED, "cancelled by the requester"))

    # ---- outbound --------------------------------------------------------------------------------
    def _dispatch(self, w: Worker, req: Pending) -> None:
        ok = self._send(self._sockets[TAG_INTERNAL], [
            w.identity, b" ".join((SIGNATURE, REQ, req.msg_id, F.deadline_frame(req.deadline), req.peer)),
            req.client, req.envelope])
        if not ok:                         # the worker went away while idle: another one takes it
            req.service.queue.appendleft(req)
            self._drop_worker(w, "the worker is unreachable")
            return
        req.worker, req.sent_at = w, now_ms()
        w.inflight[(req.client, req.msg_id)] = req
        w.last_dispatch = req.sent_at
        now = time.monotonic()             # busy from now on: it heartbeats every interval
        w.expiry = min(w.expiry, now + self.heartbeat_s * self.liveness)
        w.next_beat = min(w.next_beat, now + self.heartbeat_s)

    def _drain_queue(self, svc: Service) -> None:
        while svc.queue:
            w = svc.pick()
            if w is None:
                return
            req = svc.queue.popleft()
            if req.cancelled:
                continue
            self._dispatch(w, req)

    def _finish(self, req: Pending, err: ProtocolError) -> None:
        """End a request with an error: tell the client, tell the worker (if any) to stop."""
        key = (req.client, req.msg_id)
        req.cancelled = True
        if req.worker is not None:
            # keep the slot until the worker's final reply, but stop it now
            self._send(self._sockets[TAG_INTERNAL], [req.worker.identity, F.header(CAN, req.msg_id), req.client])
        else:
            self.pending.pop(key, None)
            try:
                req.service.queue.remove(req)
            except ValueError:
                pass
        self.counters["errors"] += 1
        self._to_client(req.client, req.msg_id, FINAL, encode_error(err, correlation_id=None, source="bus"))

    def _to_client(self, client: bytes, msg_id: bytes, flag: bytes, envelope: bytes) -> bool:
        sock = self._sockets.get(client[:1])
        if sock is None:
            return False
        return self._send(sock, [client[1:], b" ".join((SIGNATURE, REP, msg_id, flag)), envelope])

    def _send(self, sock: zmq.Socket, frames: list) -> bool:
        try:
            sock.send_multipart(frames, NOBLOCK)
            return True
        except zmq.Again:          # peer's queue is full: treat like unroutable
            self.counters["unroutable"] += 1
            return False
        except zmq.ZMQError as e:
            if e.errno == zmq.EHOSTUNREACH:
                self.counters["unroutable"] += 1
                return False
            raise

    def _error_to(self, sock: zmq.Socket, ident: bytes, msg_id: bytes, err: ProtocolError) -> None:
        self.counters["errors"] += 1
        self._send(sock, [ident, b" ".join((SIGNATURE, REP, msg_id or b"-", FINAL)),
                          encode_error(err, correlation_id=None, source="bus")])

    def _publish(self, topic: str, body: dict) -> None:
        data = encode(topic, body, source="bus")
        for ev in self.events:
            try:
                ev.send_multipart([topic.encode(), data], NOBLOCK)
            except zmq.ZMQError:
                pass

    # ---- time ------------------------------------------------------------------------------------
    def _expire_timers(self) -> None:
        now = now_ms()
        while self.timers and self.timers[0][0] <= now:
            when, _, key = heapq.heappop(self.timers)
            req = self.pending.get(key)
            if req is None or req.cancelled:
                continue
            if req.deadline is not None and req.deadline <= now:
                self._finish(req, ProtocolError(Code.TIMEOUT, f"no final reply from "
                                                              f"{req.service.name.decode()} by the deadline"))
            elif req.worker is None and not req.service.workers:
                self._finish(req, ProtocolError(
                    Code.UNAVAILABLE, f"no live worker for {req.service.name.decode()} "
                                      f"(waited {self.no_worker_wait_ms} ms)"))

    def _heard(self, w: Worker) -> None:
        """A sign of life: the next is due within ``liveness`` intervals of the worker's cadence."""
        w.expiry = time.monotonic() + (self.heartbeat_s if w.inflight else self.idle_heartbeat_s) * self.liveness

    def _heartbeat(self) -> float:
        """Heartbeat the workers that are due (busy ones every interval, idle ones less often) and
        drop the silent ones; returns when to look again."""
        now = time.monotonic()
        sock = self._sockets[TAG_INTERNAL]
        for w in list(self.workers.values()):
            if w.expiry < now:
                self._drop_worker(w, "the worker stopped answering heartbeats")
            elif w.next_beat <= now:
                if not self._send(sock, [w.identity, _HBT]):
                    self._drop_worker(w, "the worker is unreachable")
                w.next_beat = now + (self.heartbeat_s if w.inflight else self.idle_heartbeat_s)
        # cancelled requests whose worker never sent a final reply: free the slot after a while
        cutoff = now_ms() - 30_000
        for w in list(self.workers.values()):
            for key, req in list(w.inflight.items()):
                if req.cancelled and req.sent_at < cutoff:
                    del w.inflight[key]
                    self.pending.pop(key, None)
        due = [now + self.idle_heartbeat_s] + [min(w.next_beat, w.expiry) for w in self.workers.values()]
        return max(min(due), now + 0.001)

    def _on_child_exited(self, envelope: bytes) -> None:
        """A supervisor saw a child die: its workers are gone now, not at their heartbeat expiry
        (a request sent to a dead peer in between would be lost until its deadline)."""
        try:
            pid = decode_any(decode_envelope(envelope, self.max_bytes).body).get("pid")
        except (ProtocolError, AttributeError):
            return
        for w in [w for w in self.workers.values() if w.pid == pid]:
            self._drop_worker(w, "the worker's process exited")

    def _drop_worker(self, w: Worker, why: str) -> None:
        self.workers.pop(w.identity, None)
        if w in w.service.workers:
            w.service.workers.remove(w)
        self.counters["dropped_workers"] += 1
        for key, req in list(w.inflight.items()):
            req.worker = None
            if not req.cancelled:
                self._finish(req, ProtocolError(Code.UNAVAILABLE, f"{w.service.name.decode()}: {why}"))
            self.pending.pop(key, None)
        w.inflight.clear()
        if not w.service.workers:
            # requests still queued now wait a bounded time for a worker to come back
            wait_until = now_ms() + self.no_worker_wait_ms
            for req in w.service.queue:
                heapq.heappush(self.timers, (wait_until, next(self._seq), (req.client, req.msg_id)))
        self._publish("bus.worker.lost", {"service": w.service.name.decode(errors="replace"),
                                           "identity": w.identity.hex(), "pid": w.pid, "why": why})

    # ---- the bus's own service -------------------------------------------------------------------
    def _builtin(self, sock, client: bytes, msg_id: bytes, envelope: bytes) -> None:
        try:
            env = decode_envelope(envelope, self.max_bytes)
            body = builtin.answer(self, env, internal=client[:1] == TAG_INTERNAL)
            reply = encode(env.kind, body, source="bus", correlation_id=env.id)
        except ProtocolError as e:
            return self._error_to(sock, client[1:], msg_id, e)
        self._to_client(client, msg_id, FINAL, reply)

    def status(self) -> dict:
        """The whole picture, for the owner (internal endpoint): services, workers, counters, endpoints."""
        return {
            "services": [{"name": s.name.decode(errors="replace"), "workers": len(s.workers),
                          "queued": len(s.queue), "inflight": sum(len(w.inflight) for w in s.workers),
                          "capacity": sum(w.capacity for w in s.workers), "served": s.served}
                         for s in sorted(self.services.values(), key=lambda s: s.name)],
            "workers": [{"identity": w.identity.hex(), "service": w.service.name.decode(errors="replace"),
                         "pid": w.pid, "capacity": w.capacity, "inflight": len(w.inflight)}
                        for w in self.workers.values()],
            "counters": dict(self.counters),
            "endpoints": {"internal": self.endpoints.internal, "tools": self.endpoints.tools,
                          "events": self.endpoints.events, "tcp_tools": self.endpoints.tcp_tools},
        }
