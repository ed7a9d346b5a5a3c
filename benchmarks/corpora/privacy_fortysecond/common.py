"""Shared helpers: value generators, uniqueness pool, record assembly."""
import base64, json, string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
URL = ALNUM + "-_"
B32 = UP + "234567"
MARK = "\u00abV\u00bb"  # «V»


class Pool:
    def __init__(self):
        self.seen = set()

    def take(self, rng, fn):
        for _ in range(1000):
            v = fn(rng)
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError("pool exhausted")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng, upper=False):
    h = rs(rng, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
    return u.upper() if upper else u


def b64url_json(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(rng, header, payload, siglen=43):
    return b64url_json(header) + "." + b64url_json(payload) + "." + rs(rng, URL, siglen)


def b64bytes(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def password(rng, n=None, extra="._-"):
    n = n or rng.randint(12, 18)
    while True:
        core = rs(rng, ALNUM, n - 1)
        pos = rng.randrange(2, n - 2)
        p = core[:pos] + rng.choice(extra) + core[pos:] if extra else rs(rng, ALNUM, n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
            return p


def alnum_password(rng, n=None):
    n = n or rng.randint(12, 18)
    while True:
        p = rs(rng, ALNUM, n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
            return p


def fill(template, value):
    """Split a template containing exactly one MARK; return (text, start, end)."""
    assert template.count(MARK) == 1, template[:80]
    before, after = template.split(MARK)
    return before + value + after, len(before), len(before) + len(value)


def positive(rid, typ, container, template, value, source):
    text, s, e = fill(template, value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": source}


def sub(template, **kw):
    for k, v in kw.items():
        template = template.replace("{" + k + "}", v)
    return template
