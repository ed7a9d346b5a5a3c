"""Shared helpers for corpus p149 (standard library only)."""
import base64, hashlib, json, random, string, uuid, zlib

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
AN = LOW + UP + DIG
LD = LOW + DIG
HEXL = "0123456789abcdef"
B64U = AN + "-_"

STORAGE_WORDS = ["padlock", "rollup", "keypad", "dolly", "pallet", "crate", "wardrobe", "forklift",
                 "boxtruck", "liftgate", "tiedown", "moveday", "loadbar", "dockplate", "mezzanine",
                 "climate", "overlock", "bubblewrap", "tenant", "locker", "hallway", "cubby",
                 "handtruck", "furniturepad", "stretchwrap", "gatecode", "drivein", "kiosk",
                 "rampdoor", "movein", "moveout", "uhaul", "vaultdoor", "cubeft", "packer",
                 "shrinkwrap", "auction", "latchbox", "cornerunit", "storefront"]


class Gen:
    """Random value factory with a global no-reuse registry."""

    def __init__(self, seed, registry):
        self.R = random.Random(seed)
        self.reg = registry

    def _u(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.reg and not any(v in o or o in v for o in ()):
                self.reg.add(v)
                return v
        raise RuntimeError("could not make a unique value")

    def s(self, n, alpha=AN):
        return "".join(self.R.choice(alpha) for _ in range(n))

    def uniq(self, f):
        return self._u(f)

    def tok(self, prefix, n, alpha=AN, suffix=""):
        return self._u(lambda: prefix + self.s(n, alpha) + suffix)

    def hexs(self, n, prefix="", upper=False):
        a = "0123456789ABCDEF" if upper else HEXL
        return self._u(lambda: prefix + self.s(n, a))

    def b64(self, nbytes, prefix=""):
        return self._u(lambda: prefix + base64.b64encode(bytes(self.R.getrandbits(8) for _ in range(nbytes))).decode())

    def b64url_nopad(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")

    def uuid4(self, prefix="", upper=False):
        def f():
            u = str(uuid.UUID(int=self.R.getrandbits(128), version=4))
            return prefix + (u.upper() if upper else u)
        return self._u(f)

    def pw(self, words=STORAGE_WORDS):
        def f():
            w = self.R.choice(words)
            if self.R.random() < 0.45:
                w = w.capitalize()
            return w + self.R.choice("-_.") + self.s(self.R.randint(3, 6), LD) + self.s(2, DIG)
        return self._u(f)

    def jwt(self, payload, sig_bytes=32):
        h = {"alg": "HS256", "typ": "JWT"}
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return self._u(lambda: enc(h) + "." + enc(payload) + "." + self.b64url_nopad(sig_bytes))

    def pick(self, seq):
        return self.R.choice(seq)


def crc32_b62(body, width=6):
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    for _ in range(width):
        n, r = divmod(n, 62)
        out = (DIG + UP + LOW)[r] + out
    return out


def fill(template, value, **kw):
    """Replace {V} by value (once) and other slots; return text, start, end."""
    for k, v in kw.items():
        template = template.replace("{" + k + "}", v)
    assert template.count("{V}") == 1, template
    start = template.index("{V}")
    text = template.replace("{V}", value)
    return text, start, start + len(value)


def rec(rid, typ, container, text, start, end, source, value):
    assert text[start:end] == value
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": end, "type": typ}], "source": source}


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()
