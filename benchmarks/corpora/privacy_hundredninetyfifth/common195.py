"""Shared helpers for the p195 corpus (standard library only)."""
import base64, hashlib, hmac, json, os, re, string, zlib

PREFIX = "p195"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"

WORLD_WORDS = """tailor hemline inseam lapel bespoke buttonhole selvedge gusset pleat bobbin thimble
pinking seamripper overlocker tapeline chalk basting interfacing lining zipper placket yoke
waistband turnup cobbler heel sole welt insole vamp eyelet aglet bootlace shoehorn stitcher
resole brogue oxford loafer chelsea dubbin keyway keyblank bitting cutter keyring keyfob
tumbler deadbolt padlock mortice shackle locksmith engraver plaque trophy tankard signet
cufflink locker stampcard voucher tailcoat waistcoat tweed serge worsted gabardine cashmere
corduroy seersucker herringbone houndstooth twill calico muslin toile mannequin dressform
fitting letout takein needle thread tacking cordwainer awl hobnail toecap heelbar
grindstone duplicator blankrack""".split()

SAFE_JOINERS = "-_."
ALL_JOINERS = "-_.+!~"
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
UUID_RE = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(SAFE_JOINERS if strict else ALL_JOINERS)
    mid = rs(rng, LOWALNUM, rng.randint(3, 5))
    return w + j + mid + "%02d" % rng.randrange(100)


def uuid4(rng, upper=False):
    h = list(rs(rng, HEX, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    s = "".join(h)
    u = "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])
    return u.upper() if upper else u


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_hs(rng, alg, payload, header_extra=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if header_extra:
        hdr.update(header_extra)
    h = b64url(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 64)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64url(sig)


def jwt_random_sig(rng, alg, payload, header_extra=None, typ="JWT"):
    hdr = {"alg": alg}
    if typ:
        hdr["typ"] = typ
    if header_extra:
        hdr.update(header_extra)
    h = b64url(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    n = {"RS256": 256, "ES256": 64, "EdDSA": 64, "RS512": 512}[alg]
    return h + "." + p + "." + b64url(rbytes(rng, n))


SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "RS512": 512, "ES256": 64, "EdDSA": 64}


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        hdr = json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
        sig = b64url_decode(parts[2])
    except Exception:
        return False
    return SIG_LEN.get(hdr.get("alg")) == len(sig)


def adler_tail(body):
    return "%08x" % (zlib.adler32(body.encode()) & 0xFFFFFFFF)


# bech32 (BIP-173) for age secret keys
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [BECH.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


class Registry:
    """Refuses repeats and 6+ character substring relations."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, v):
        if v in self.seen:
            return False
        for o in self.items:
            if len(v) >= 6 and v in o:
                return False
            if len(o) >= 6 and o in v:
                return False
        return True

    def add(self, v):
        if not self.ok(v):
            raise ValueError("registry refuses %r" % v)
        self.items.append(v)
        self.seen.add(v)
        return v

    def draw(self, fn, *a, **kw):
        for _ in range(200):
            v = fn(*a, **kw)
            if self.ok(v):
                return self.add(v)
        raise RuntimeError("registry could not draw")


def make_record(rid, typ, container, text, value, source, extra_span=None, start=None):
    if start is None:
        start = text.index(value)
    span = {"value": value, "start": start, "end": start + len(value), "type": typ}
    if extra_span:
        span.update(extra_span)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [span], "source": source}


def fill(template, value, **kw):
    """template contains {V} exactly once; other {names} are filled from kw."""
    before, after = template.split("{V}")
    before = before.format(**kw)
    after = after.format(**kw)
    return before + value + after, len(before)


# ---------------------------------------------------------------- deny-list
def extract_denylist(folder):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    files = sorted(f for f in os.listdir(folder) if f.endswith(".md"))
    for fn in files:
        txt = open(os.path.join(folder, fn), encoding="utf-8").read()
        found = [m.strip().lower() for m in re.findall(r"`([^`\n]+)`", txt)]
        found += [m.lower() for m in re.findall(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+", txt)]
        for n in found:
            if not n:
                continue
            parts = [n] + ([p for p in n.split("__") if p] if "__" in n else [])
            for p in parts:
                names.add(p)
                m = re.match(r"^[a-z]+pw_(.+)$", p)
                if m:
                    syntaxes.add(m.group(1))
                    names.add(m.group(1))
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", txt):
            codes.add(code)
            lnames.add(nm.lower())
            for w in nm.lower().split():
                lnames.add(w)
    return {"source": folder, "files": files, "names": sorted(names),
            "syntaxes": sorted(syntaxes), "language_codes": sorted(codes),
            "language_names": sorted(lnames)}
