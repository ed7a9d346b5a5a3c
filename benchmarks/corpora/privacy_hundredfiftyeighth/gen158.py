"""Shared helpers for p158: value registry and shape generators (stdlib only)."""
import base64, binascii, hashlib, random, string, uuid

LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

WORDS = ["sallyport", "cellblock", "commissary", "dayroom", "bookin", "headcount",
         "lockdown", "trustfund", "visitation", "rollcall", "sergeant", "warden",
         "intake", "mugshot", "docket", "parole", "bailiff", "escort", "tierwalk",
         "pod", "mantrap", "keyring", "kiosk", "canteen", "slammer", "gatehouse",
         "perimeter", "turnkey", "jailer", "transport", "sheriff", "cellcheck"]


class Registry:
    """Refuses any value in a substring relation with an earlier one."""
    def __init__(self):
        self.values = []

    def ok(self, v):
        for w in self.values:
            if v in w or w in v:
                return False
        return True

    def take(self, fn):
        for _ in range(200):
            v = fn()
            if self.ok(v):
                self.values.append(v)
                return v
        raise RuntimeError("registry exhausted")


def rs(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def owner_password(rng):
    w = rng.choice(WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    return w + rng.choice("-_.") + rs(rng, LOW + string.digits, rng.randint(3, 6)) + rs(rng, string.digits, 2)


def hexs(rng, n):
    return rs(rng, HEXL, n)


def b64(rng, nbytes, urlsafe=False, pad=True):
    raw = bytes(rng.randrange(256) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw).decode() if urlsafe else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b62int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_style(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + b62int(binascii.crc32(body.encode()) & 0xffffffff, 6)


def sha256hex(rng):
    return hashlib.sha256(rs(rng, ALNUM, 24).encode()).hexdigest()


def jwt_like(rng, payload):
    import json
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return h + "." + p + "." + b64(rng, 32, True, False)


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
