"""Shared helpers for the p28 corpus (standard library only)."""
import base64, re, string, zlib

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = UP + LOW + DIG
B62 = DIG + UP + LOW
B64 = UP + LOW + DIG + "+/"
B64URL = UP + LOW + DIG + "-_"
HEX = "0123456789abcdef"

def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))

def password(rng, lo=12, hi=20):
    n = rng.randint(lo, hi)
    while True:
        body = rs(rng, ALNUM + "._-", n - 2)
        p = rng.choice(ALNUM) + body + rng.choice(ALNUM)
        if (any(c in UP for c in p) and any(c in LOW for c in p) and any(c in DIG for c in p)
                and ".." not in p and "--" not in p):
            return p

def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")

def jwt_like(rng, payload):
    import json
    hdr = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    pl = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return hdr + "." + pl + "." + rs(rng, B64URL, 43)

def crc_b62(body):
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")

def gh_token(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + crc_b62(body)

_TOK = re.compile(r"\{([a-zA-Z]+)(\d*)\}")

def shape(rng, spec):
    """Expand a shape spec: {hN} hex, {HN} upper hex, {aN} alnum, {lN} lower alnum,
    {uN} upper alnum, {dN} digits, {bN} base64 chars, {sN} base64url chars,
    {uuid}, {rawN} base64 of N random bytes (padded)."""
    def rep(m):
        k, n = m.group(1), m.group(2)
        n = int(n) if n else 0
        if k == "h": return rs(rng, HEX, n)
        if k == "H": return rs(rng, HEX.upper(), n)
        if k == "a": return rs(rng, ALNUM, n)
        if k == "l": return rs(rng, LOW + DIG, n)
        if k == "u": return rs(rng, UP + DIG, n)
        if k == "d": return rng.choice("123456789") + rs(rng, DIG, n - 1)
        if k == "b": return rs(rng, B64, n)
        if k == "s": return rs(rng, B64URL, n)
        if k == "uuid": return uuid4(rng)
        if k == "raw": return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()
        if k == "U": return rs(rng, UP, n)
        raise ValueError(k)
    return _TOK.sub(rep, spec)

# ---- text building with spans -------------------------------------------
class S:
    """A labelled span inside a template value."""
    def __init__(self, value, typ):
        self.value, self.typ = value, typ

_PH = re.compile("«([A-Za-z0-9_]+)»")

def fill(template, **vals):
    """Fill «NAME» placeholders; a value is a str, an S, or a list of str / S.
    Returns (text, spans)."""
    out, spans, pos = [], [], 0
    def emit(piece):
        nonlocal pos
        if isinstance(piece, S):
            spans.append({"value": piece.value, "start": pos, "end": pos + len(piece.value), "type": piece.typ})
            out.append(piece.value); pos += len(piece.value)
        elif isinstance(piece, list):
            for p in piece: emit(p)
        else:
            out.append(piece); pos += len(piece)
    last = 0
    for m in _PH.finditer(template):
        emit(template[last:m.start()])
        emit(vals[m.group(1)])
        last = m.end()
    emit(template[last:])
    return "".join(out), spans

def pos_record(rid, container, text, spans, source):
    spans = sorted(spans, key=lambda s: s["start"])
    return {"id": rid, "type": spans[0]["type"], "container": container, "text": text,
            "secrets": spans, "source": source}

def least_used_assign(rng, items, slots, per_slot=None):
    """Seeded least-used pairing: each item gets the slot used least so far (ties random)."""
    use = {s: 0 for s in slots}
    out = []
    for it in items:
        m = min(use.values())
        cands = [s for s in slots if use[s] == m]
        s = rng.choice(sorted(cands))
        use[s] += 1
        out.append((it, s))
    return out

USERS = ["alice", "bkoenig", "deploy", "svc_app", "mrossi", "ops", "jdoe", "appuser", "etl", "backup"]
HOSTS = ["db1.internal.example", "10.20.3.14", "pg.staging.example", "mail.example.net",
         "nas.home.example", "192.168.1.20", "bastion.corp.example", "cache.prod.example"]
