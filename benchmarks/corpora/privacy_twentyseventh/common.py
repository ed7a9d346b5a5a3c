"""Shared helpers: seeded value generators, template rendering, structured-format helpers."""
import base64, binascii, hashlib, hmac, json, re, string, zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = UPPER + LOWER + DIG
B62 = DIG + UPPER + LOWER
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
PWCH = ALNUM + "._-"


class Gen:
    """Value generator bound to one random.Random stream and a global used-value set."""

    def __init__(self, rng, used):
        self.r = rng
        self.used = used

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("cannot make unique value")

    def hexs(self, n):
        return self.s(HEX, n)

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])

    def password(self, lo=12, hi=20):
        while True:
            n = self.r.randint(lo, hi)
            p = self.s(ALNUM, 1) + self.s(PWCH, n - 2) + self.s(ALNUM, 1)
            if any(c in UPPER for c in p) and any(c in LOWER for c in p) and any(c in DIG for c in p) \
                    and ".." not in p and "--" not in p:
                return p

    def word(self, words):
        return self.r.choice(words)


# ---------------- checksummed / structured formats ----------------

def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def crc_token(prefix, body):
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_token_ok(tok):
    m = re.fullmatch(r"(ghp_|gho_|ghu_|ghs_|ghr_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})", tok)
    return bool(m) and b62(zlib.crc32(m.group(2).encode()) & 0xFFFFFFFF, 6) == m.group(3)


CRC_RE = re.compile(r"(?:ghp_|gho_|ghu_|ghs_|ghr_|npm_)[A-Za-z0-9]{36}")


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_like(g, payload, alg="HS256"):
    h = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64url(bytes(g.r.randrange(256) for _ in range(32)))
    return h + "." + p + "." + sig


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        for seg in parts[:2]:
            json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))
        return True
    except Exception:
        return False


# ---------------- template rendering ----------------
MARK = re.compile(r"«([A-Za-z0-9_]+)»")


def render(tpl, mapping):
    """tpl uses «name» markers. mapping value: str (plain text) or list of pieces, a piece being
    a str or a (value, span_type) tuple (labelled). Returns (text, spans)."""
    text = []
    spans = []
    pos = 0
    last = 0
    for m in MARK.finditer(tpl):
        lit = tpl[last:m.start()]
        text.append(lit)
        pos += len(lit)
        val = mapping[m.group(1)]
        pieces = [val] if isinstance(val, (str, tuple)) else val
        for pc in pieces:
            if isinstance(pc, tuple):
                v, t = pc
                spans.append({"value": v, "start": pos, "end": pos + len(v), "type": t})
                text.append(v)
                pos += len(v)
            else:
                text.append(pc)
                pos += len(pc)
        last = m.end()
    text.append(tpl[last:])
    return "".join(text), spans


def pos_record(rid, container, text, spans, source):
    return {"id": rid, "type": spans[0]["type"], "container": container, "text": text,
            "secrets": spans, "source": source}


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False, sort_keys=False)
