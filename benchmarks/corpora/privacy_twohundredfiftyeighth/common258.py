"""Shared helpers of the p258 corpus: world, registry, value shapes, check algorithms,
JWT and RSA-PSS, key-name styles and the deny-list extraction.  Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import string

PREFIX = "p258"
BRIEF_DIR = "/tmp/brief258"
BRIEF_FILES = ["README_twohundredfiftyfifth.md", "README_twohundredfiftysixth.md"]

SEEDS = {
    "everyday": 25801, "pairing": 25811, "vendor": 25802, "positional": 25803,
    "prose": 25804, "evasions": 25805, "negatives": 25806, "rsa": 25807,
}

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
B64STD = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"

# --------------------------------------------------------------------------- world
FIRMS = {
    "drill": ("Deepcut Drilling Ltd", "deepcut-drilling.example"),
    "pump": ("Halloway & Reeve Pump Services", "hallowayreeve.example"),
    "hydro": ("Brackwater Hydrogeology", "brackwater-hydro.example"),
    "soft": ("Casing & Collar Software", "casingcollar.example"),
}
PEOPLE = [
    ("Morwenna", "Tregaskis"), ("Dafydd", "Prys"), ("Abimbola", "Okafor"),
    ("Ruairi", "Costigan"), ("Henrike", "Vos"), ("Tariq", "Mahmood"),
    ("Seren", "Bassett"), ("Lukas", "Nemeth"), ("Ines", "Carvalho"),
    ("Kofi", "Mensah"), ("Elspeth", "Rowntree"), ("Arjun", "Pillai"),
]
# Owner-chosen passwords are a word of this trade + a joiner + a short tail.
WORLD_WORDS = [
    "aquifer", "borehole", "grout", "bentonite", "gravelpack", "wellhead", "drawdown",
    "artesian", "headworks", "impeller", "diffuser", "stator", "riser", "footvalve",
    "checkvalve", "pitless", "auger", "tricone", "drillbit", "kelly", "mudpump", "baryte",
    "drillpipe", "tremie", "packer", "piezometer", "dipper", "transducer", "chalk",
    "greensand", "sandstone", "limestone", "granite", "gneiss", "gravel", "marl", "flint",
    "basalt", "dolomite", "mudstone", "shale", "siltstone", "karst", "cistern", "sump",
    "culvert", "recharge", "baseflow", "catchment", "watershed", "plume", "pumpset",
    "borepump", "submersible", "jetpump", "multistage", "wellpoint", "dewater", "swab",
    "airlift", "derrick", "rotary", "percussion", "bailer", "jetting", "standpipe",
    "headplate", "manifold", "flowmeter", "chlorinator", "softener", "turbidity",
    "aeration", "ironfilter", "manganese", "spring", "greywacke", "oolite", "tufa",
    "boulder", "hardpan", "caliper", "spudder", "sinker", "whipstock", "centraliser",
    "wireline", "mudlog", "casinghead", "drillfloor", "kellybar", "pipewrench", "slickline",
]
JOINERS_EVERYDAY = "-_.*~@"
JOINERS_STRICT = "-_."
PW_TAIL = r"(?:[A-Z]{2,3}[0-9]{2}|[0-9]{3,4}|[0-9][a-z]{2,3})"
PW_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.*~@]" + PW_TAIL + r"$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.]" + PW_TAIL + r"$")
PW_IN_TEXT_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:" + "|".join(sorted(WORLD_WORDS, key=len, reverse=True)) + r")[-_.*~@]"
    r"(?:[A-Z]{2,3}[0-9]{2}|[0-9]{3,4}|[0-9][a-z]{2,3})(?![A-Za-z0-9])", re.I)

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = f"{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return u.upper() if upper else u


def is_uuid_v4(s):
    return bool(re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}", s))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def owner_password(rng, strict=False, cap_p=0.5, forbid=""):
    joiners = JOINERS_STRICT if strict else JOINERS_EVERYDAY
    joiners = "".join(j for j in joiners if j not in forbid) or "-"
    w = rng.choice(WORLD_WORDS)
    if rng.random() < cap_p:
        w = w[0].upper() + w[1:]
    j = rng.choice(joiners)
    k = rng.randrange(3)
    if k == 0:
        tail = rstr(rng, string.ascii_uppercase, rng.choice([2, 3])) + rstr(rng, string.digits, 2)
    elif k == 1:
        tail = rstr(rng, string.digits, rng.choice([3, 4]))
    else:
        tail = rng.choice(string.digits) + rstr(rng, string.ascii_lowercase, rng.choice([2, 3]))
    return w + j + tail


# --------------------------------------------------------------------------- registry
class Registry:
    """Every drawn string (values, public neighbours, plains, runs) goes through here:
    no repeats, no 6+ character substring relation with an earlier one, UUIDs v4 only,
    JWT-shaped substrings valid."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        for t in self.items:
            if len(t) >= 6 and t in s:
                return False
            if len(s) >= 6 and s in t:
                return False
        for u in UUID_RE.findall(s):
            if not is_uuid_v4(u):
                return False
        for j in JWT_RE.findall(s):
            if not jwt_frame_ok(j):
                return False
        return True

    def take(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.set.add(s)
        return True

    def draw(self, fn, tries=500):
        for _ in range(tries):
            s = fn()
            if self.take(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


# --------------------------------------------------------------------------- key styles
def style_key(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    if style == "flat":
        return "".join(w)
    if style == "header":
        return "X-" + "-".join(x.capitalize() for x in w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    if style == "colons":
        return "casingcollar::" + "_".join(w)
    raise ValueError(style)


STYLE_RE = {
    "upper": r"[A-Z0-9]+(?:_[A-Z0-9]+)*",
    "snake": r"[a-z0-9]+(?:_[a-z0-9]+)*",
    "camel": r"[a-z0-9]+(?:[A-Z0-9][a-z0-9]*)*",
    "pascal": r"(?:[A-Z0-9][a-z0-9]*)+",
    "kebab": r"[a-z0-9]+(?:-[a-z0-9]+)*",
    "dot": r"[a-z0-9]+(?:\.[a-z0-9]+)*",
    "flat": r"[a-z0-9]+",
    "header": r"X(?:-[A-Z0-9][a-z0-9]*)+",
    "spaced": r"[a-z0-9]+(?: [a-z0-9]+)*",
    "title": r"[A-Z0-9][a-z0-9]*(?: [A-Z0-9][a-z0-9]*)*",
    "colons": r"casingcollar::[a-z0-9]+(?:_[a-z0-9]+)*",
}

# --------------------------------------------------------------------------- check algorithms
M32 = 0xFFFFFFFF


def _rotl32(x, r):
    return ((x << r) | (x >> (32 - r))) & M32


def xxh32(data, seed=0):
    P1, P2, P3, P4, P5 = 0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1
    n = len(data)
    i = 0
    if n >= 16:
        v = [(seed + P1 + P2) & M32, (seed + P2) & M32, seed & M32, (seed - P1) & M32]
        while i + 16 <= n:
            for k in range(4):
                lane = int.from_bytes(data[i:i + 4], "little")
                v[k] = (_rotl32((v[k] + lane * P2) & M32, 13) * P1) & M32
                i += 4
        h = (_rotl32(v[0], 1) + _rotl32(v[1], 7) + _rotl32(v[2], 12) + _rotl32(v[3], 18)) & M32
    else:
        h = (seed + P5) & M32
    h = (h + n) & M32
    while i + 4 <= n:
        h = (h + int.from_bytes(data[i:i + 4], "little") * P3) & M32
        h = (_rotl32(h, 17) * P4) & M32
        i += 4
    while i < n:
        h = (h + data[i] * P5) & M32
        h = (_rotl32(h, 11) * P1) & M32
        i += 1
    h ^= h >> 15
    h = (h * P2) & M32
    h ^= h >> 13
    h = (h * P3) & M32
    h ^= h >> 16
    return h


M64 = 0xFFFFFFFFFFFFFFFF


def _rotl64(x, r):
    return ((x << r) | (x >> (64 - r))) & M64


def siphash24(key16, data):
    k0 = int.from_bytes(key16[:8], "little")
    k1 = int.from_bytes(key16[8:], "little")
    v0 = k0 ^ 0x736F6D6570736575
    v1 = k1 ^ 0x646F72616E646F6D
    v2 = k0 ^ 0x6C7967656E657261
    v3 = k1 ^ 0x7465646279746573

    def rnd(v0, v1, v2, v3):
        v0 = (v0 + v1) & M64; v1 = _rotl64(v1, 13); v1 ^= v0; v0 = _rotl64(v0, 32)
        v2 = (v2 + v3) & M64; v3 = _rotl64(v3, 16); v3 ^= v2
        v0 = (v0 + v3) & M64; v3 = _rotl64(v3, 21); v3 ^= v0
        v2 = (v2 + v1) & M64; v1 = _rotl64(v1, 17); v1 ^= v2; v2 = _rotl64(v2, 32)
        return v0, v1, v2, v3

    n = len(data)
    full = n - n % 8
    for i in range(0, full, 8):
        m = int.from_bytes(data[i:i + 8], "little")
        v3 ^= m
        for _ in range(2):
            v0, v1, v2, v3 = rnd(v0, v1, v2, v3)
        v0 ^= m
    last = ((n & 0xFF) << 56) | int.from_bytes(data[full:] + b"\0" * (8 - (n - full)), "little")
    v3 ^= last
    for _ in range(2):
        v0, v1, v2, v3 = rnd(v0, v1, v2, v3)
    v0 ^= last
    v2 ^= 0xFF
    for _ in range(4):
        v0, v1, v2, v3 = rnd(v0, v1, v2, v3)
    return v0 ^ v1 ^ v2 ^ v3


SIP_KEY = bytes(range(16))   # the published test key 00 01 .. 0f (a checksum, not a secret)


def isbn10_check(nine_digits):
    s = sum((10 - i) * int(d) for i, d in enumerate(nine_digits))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def iban_make(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


def self_test():
    assert xxh32(b"") == 0x02CC5D05
    assert xxh32(b"a") == 0x550D7456
    assert xxh32(b"abc") == 0x32D153FF
    assert xxh32(b"Nobody inspects the spammish repetition") == 0xE2293B2F
    assert siphash24(SIP_KEY, bytes(range(15))) == 0xA129CA6149BE45E5
    assert siphash24(SIP_KEY, b"") == 0x726FDB47DD0E0E31
    assert isbn10_check("030640615") == "2"
    assert luhn_ok("79927398713")
    assert iban_ok("GB82WEST12345698765432")
    return True


# --------------------------------------------------------------------------- generated everyday shapes
def make_rtk(rng):
    body = rstr(rng, B62, 32)
    return f"rtk_{body}_{xxh32(body.encode()):08x}"


def rtk_ok(v):
    m = re.fullmatch(r"rtk_([0-9A-Za-z]{32})_([0-9a-f]{8})", v)
    return bool(m) and int(m.group(2), 16) == xxh32(m.group(1).encode())


def make_ppt(rng):
    body = rstr(rng, LOWALNUM, 26)
    return f"ppt.{body}.{siphash24(SIP_KEY, body.encode()):016x}"


def ppt_ok(v):
    m = re.fullmatch(r"ppt\.([a-z0-9]{26})\.([0-9a-f]{16})", v)
    return bool(m) and int(m.group(2), 16) == siphash24(SIP_KEY, m.group(1).encode())


def make_bsl(rng):
    d = rstr(rng, string.digits, 9)
    return f"BSL-{d[0:3]}-{d[3:6]}-{d[6:9]}-{isbn10_check(d)}"


def bsl_ok(v):
    m = re.fullmatch(r"BSL-([0-9]{3})-([0-9]{3})-([0-9]{3})-([0-9X])", v)
    return bool(m) and isbn10_check(m.group(1) + m.group(2) + m.group(3)) == m.group(4)


def make_laravel_key(rng):
    return "base64:" + base64.b64encode(rbytes(rng, 32)).decode()


def laravel_ok(v):
    if not v.startswith("base64:") or len(v) != 51:
        return False
    try:
        return len(base64.b64decode(v[7:], validate=True)) == 32
    except Exception:
        return False


def make_rails_skb(rng):
    return rbytes(rng, 64).hex()


def rails_ok(v):
    return bool(re.fullmatch(r"[0-9a-f]{128}", v))


# --------------------------------------------------------------------------- JWT
JWT_SIG_LEN = {"HS256": 32, "HS512": 64, "RS256": 256, "PS256": 256, "ES256": 64}


def jwt_hs256(rng, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(rbytes(rng, 32), f"{h}.{p}".encode(), hashlib.sha256).digest()
    return f"{h}.{p}.{b64u(sig)}"


def jwt_frame_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        hd = json.loads(b64u_dec(parts[0]))
        json.loads(b64u_dec(parts[1]))
        sig = b64u_dec(parts[2])
    except Exception:
        return False
    alg = hd.get("alg") if isinstance(hd, dict) else None
    return alg in JWT_SIG_LEN and len(sig) == JWT_SIG_LEN[alg]


# --------------------------------------------------------------------------- RSA / PS256
def _is_probable_prime(n, rng, rounds=24):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def rsa_keygen(rng, bits=2048, e=65537):
    def prime(b):
        while True:
            c = rng.getrandbits(b) | (1 << (b - 1)) | (1 << (b - 2)) | 1
            if c % e != 1 and _is_probable_prime(c, rng):
                return c
    while True:
        p, q = prime(bits // 2), prime(bits // 2)
        if p == q:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        phi = (p - 1) * (q - 1)
        d = pow(e, -1, phi)
        return {"n": n, "e": e, "d": d}


def _mgf1(seed, length):
    out = b""
    c = 0
    while len(out) < length:
        out += hashlib.sha256(seed + c.to_bytes(4, "big")).digest()
        c += 1
    return out[:length]


def pss_sign(key, msg, salt):
    n, d = key["n"], key["d"]
    mod_bits = n.bit_length()
    em_bits = mod_bits - 1
    em_len = (em_bits + 7) // 8
    mhash = hashlib.sha256(msg).digest()
    h = hashlib.sha256(b"\0" * 8 + mhash + salt).digest()
    ps = b"\0" * (em_len - len(salt) - 32 - 2)
    db = ps + b"\x01" + salt
    mask = _mgf1(h, em_len - 32 - 1)
    masked = bytearray(x ^ y for x, y in zip(db, mask))
    masked[0] &= 0xFF >> (8 * em_len - em_bits)
    em = bytes(masked) + h + b"\xbc"
    s = pow(int.from_bytes(em, "big"), d, n)
    return s.to_bytes((mod_bits + 7) // 8, "big")


def pss_verify(n, e, msg, sig, salt_len=32):
    mod_bits = n.bit_length()
    em_bits = mod_bits - 1
    em_len = (em_bits + 7) // 8
    if len(sig) != (mod_bits + 7) // 8:
        return False
    m = pow(int.from_bytes(sig, "big"), e, n)
    if m.bit_length() > em_bits:
        return False
    em = m.to_bytes(em_len, "big")
    if em[-1] != 0xBC:
        return False
    masked, h = em[:em_len - 33], em[em_len - 33:-1]
    if masked[0] & (0xFF << (8 - (8 * em_len - em_bits))) & 0xFF:
        return False
    db = bytearray(x ^ y for x, y in zip(masked, _mgf1(h, em_len - 33)))
    db[0] &= 0xFF >> (8 * em_len - em_bits)
    ps_len = em_len - 32 - salt_len - 2
    if any(db[:ps_len]) or db[ps_len] != 1:
        return False
    salt = bytes(db[ps_len + 1:])
    mhash = hashlib.sha256(msg).digest()
    return hashlib.sha256(b"\0" * 8 + mhash + salt).digest() == h


def jwt_ps256(rng, key, payload, kid):
    header = {"alg": "PS256", "typ": "JWT", "kid": kid}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = pss_sign(key, f"{h}.{p}".encode(), rbytes(rng, 32))
    return f"{h}.{p}.{b64u(sig)}"


def ps256_ok(tok, n, e):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(b64u_dec(h))
        pl = json.loads(b64u_dec(p))
    except Exception:
        return False
    if hd.get("alg") != "PS256" or not {"iss", "sub", "aud", "iat", "exp", "jti"} <= set(pl):
        return False
    return pss_verify(n, e, f"{h}.{p}".encode(), b64u_dec(s))


# --------------------------------------------------------------------------- deny-list
LANG_PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^()`]+)\)")


def extract_denylist(brief_dir=BRIEF_DIR, files=BRIEF_FILES):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in files:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        found = set()
        for m in re.findall(r"`([^`\n]+)`", txt):
            found.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b", txt):
            found.add(m.lower())
        for n in list(found):
            if "__" in n:
                for part in n.split("__"):
                    if part:
                        found.add(part.strip("_"))
        names |= {n for n in found if n}
        for n in found:
            m = re.fullmatch(r"[a-z]+pw_([a-z0-9_]+)", n)
            if m:
                syntaxes.add(m.group(1))
        for code, name in LANG_PAIR_RE.findall(txt):
            codes.add(code.lower())
            lnames.add(name.lower())
            for w in re.split(r"[\s-]+", name.lower()):
                if w:
                    lnames.add(w)
    return {
        "source": brief_dir, "files": list(files),
        "names": sorted(names), "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes), "language_names": sorted(lnames),
    }


def load_denylist(folder):
    with open(os.path.join(folder, "brief_names.json"), encoding="utf-8") as f:
        return json.load(f)


MARK = "\u2063V\u2063"   # placement marker (invisible separator); never left in a text


def place(text, value):
    """Replace the single marker by value; return (text, start, end)."""
    assert text.count(MARK) == 1, text
    i = text.index(MARK)
    return text[:i] + value + text[i + len(MARK):], i, i + len(value)
