"""Shared helpers for the p83 corpus (stdlib only)."""
import base64, binascii, json, random, string, uuid as _uuid, zlib

MARK = "\ue000"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64U = ALNUM + "-_"
B64 = ALNUM + "+/"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

PW_WORDS = ["sidecar", "backoff", "upstream", "partition", "gossip", "quorum", "broker",
            "mailbox", "genserver", "goroutine", "mutex", "tokio", "actor", "offset",
            "circuit", "bulkhead", "deadline", "keepalive", "protobuf", "shard", "ingress",
            "egress", "exchange", "jetstream", "tenant", "topic", "retry", "canary",
            "outbox", "saga", "consumer", "listener", "snapshot", "lease", "heartbeat",
            "supervisor", "channel", "stream", "envoy", "mesh"]


class Used:
    """Registry that guarantees every labelled value is drawn once."""
    def __init__(self):
        self.vals = set()

    def take(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.vals and not any(v in o or o in v for o in self.vals if len(o) >= 6 and len(v) >= 6):
                self.vals.add(v)
                return v
        raise RuntimeError("could not draw a fresh value")


def s(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))

an = lambda r, n: s(r, ALNUM, n)
lo = lambda r, n: s(r, LOWALNUM, n)
up = lambda r, n: s(r, UPALNUM, n)
hx = lambda r, n: s(r, HEX, n)
b64u = lambda r, n: s(r, B64U, n)


def b64(r, n):
    return s(r, B64, n)


def uid(r):
    return str(_uuid.UUID(int=r.getrandbits(128), version=4))


def pw(r):
    w = r.choice(PW_WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice("-_.") + lo(r, r.randint(4, 7)) + str(r.randint(10, 99))


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(r, payload, alg="HS256"):
    h = b64url_json({"alg": alg, "typ": "JWT"})
    return h + "." + b64url_json(payload) + "." + b64u(r, 43 if alg == "HS256" else 86)


BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = BASE62[d] + out
    return out.rjust(width, "0")


def github_token(r, prefix="ghp_"):
    body = an(r, 30)
    return prefix + body + base62(zlib.crc32(body.encode()), 6)


def crc16_xmodem(data):
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def nkey_public(r, letter):
    prefix = {"A": 0, "U": 20 << 3, "O": 14 << 3, "N": 13 << 3}[letter]
    raw = bytes([prefix]) + bytes(r.getrandbits(8) for _ in range(32))
    c = crc16_xmodem(raw)
    return base64.b32encode(raw + bytes([c & 0xFF, c >> 8])).decode().rstrip("=")


def nkey_seed(r, letter="U"):
    prefix = {"A": 0, "U": 20 << 3, "O": 14 << 3}[letter]
    b1 = (18 << 3) | (prefix >> 5)
    b2 = (prefix & 31) << 3
    raw = bytes([b1, b2]) + bytes(r.getrandbits(8) for _ in range(32))
    c = crc16_xmodem(raw)
    return base64.b32encode(raw + bytes([c & 0xFF, c >> 8])).decode().rstrip("=")


def place(tmpl, value):
    """tmpl contains MARK exactly once; returns text, start, end."""
    assert tmpl.count(MARK) == 1, tmpl
    i = tmpl.index(MARK)
    text = tmpl.replace(MARK, value)
    return text, i, i + len(value)


def pos_record(rid, typ, container, tmpl, value, source):
    text, a, b = place(tmpl, value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": a, "end": b, "type": typ}], "source": source}


HOSTS = ["orders", "billing", "ledger", "catalog", "payments", "inventory", "shipping", "search",
         "notify", "gateway", "profile", "pricing", "checkout", "audit", "fulfil", "routing"]


def host(r):
    return f"{r.choice(HOSTS)}-{r.choice(['svc','api','worker','grpc'])}.{r.choice(['prod','stg','qa'])}.internal.example"


def user(r):
    return r.choice(HOSTS) + "_" + r.choice(["svc", "app", "worker", "rw", "producer", "consumer"])


def dumps(recs):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)
