"""Shared helpers for the p251 corpus (puppet theatres, toy shops, toy libraries).

Python 3 standard library only. Everything random goes through random.Random
instances created by the callers with fixed seeds; nothing here reads the clock
or the network.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string

BRIEF_DIR = "/tmp/brief251"
BRIEF_FILES = ["README_twohundredfortyeighth.md", "README_twohundredfortyninth.md"]

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"


# ---------------------------------------------------------------- deny-list

def extract_denylist(text_by_file):
    """Every backticked name and snake_case identifier (lower-cased, also split
    at '__'), the positional syntaxes with their '<letters>pw_' prefix
    stripped, and the codes / names / name words of every `code` (Name) pair."""
    names = set()
    syntaxes = set()
    codes = set()
    lang_names = set()
    for text in text_by_file.values():
        for m in re.finditer(r"`([^`\n]{1,200})`", text):
            tok = m.group(1).strip().lower()
            if not tok:
                continue
            names.add(tok)
            for part in tok.split("__"):
                if part:
                    names.add(part)
            pm = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", tok)
            if pm:
                syntaxes.add(pm.group(1))
                for part in pm.group(1).split("__"):
                    syntaxes.add(part)
        for m in re.finditer(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", text.lower()):
            tok = m.group(0)
            names.add(tok)
            for part in tok.split("__"):
                if part:
                    names.add(part)
            pm = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", tok)
            if pm:
                syntaxes.add(pm.group(1))
        for m in re.finditer(r"`([a-z]{2,3})` \(([^()]{2,60})\)", text):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lang_names.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lang_names.add(w)
    return {
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def read_brief(brief_dir=BRIEF_DIR):
    out = {}
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            out[fn] = fh.read()
    return out


def load_denylist(outdir):
    """Load the frozen deny-list; if the brief directory exists, re-extract it
    and report whether it is identical."""
    path = os.path.join(outdir, "brief_names.json")
    with open(path, encoding="utf-8") as fh:
        frozen = json.load(fh)
    status = "brief directory absent; frozen list used"
    errors = []
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist(read_brief())
        same = all(fresh[k] == frozen[k] for k in ("names", "syntaxes", "language_codes", "language_names"))
        if same:
            status = "re-extracted from %s and identical" % BRIEF_DIR
        else:
            status = "re-extracted from %s and DIFFERENT" % BRIEF_DIR
            errors.append("deny-list: frozen brief_names.json differs from a fresh extraction")
    return frozen, status, errors


def freeze_denylist(outdir):
    d = extract_denylist(read_brief())
    d = {"source": BRIEF_DIR, "files": BRIEF_FILES, **d}
    with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return d


def denied(name, deny):
    """True when a name (or any of its '__' parts) is on the deny-list."""
    names = deny["_nameset"] if "_nameset" in deny else set(deny["names"])
    low = name.lower()
    if low in names:
        return True
    return any(p and p in names for p in low.split("__"))


# ---------------------------------------------------------------- registry

class Registry:
    """Refuses repeats and any 6+ character substring relation with an
    earlier string, so no value can hide inside another record."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.seen.add(s)
        self.items.append(s)
        return True

    def draw(self, fn, tries=500):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode("ascii")


def b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID_V4_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


# ---------------------------------------------------------------- CRC-16 / Fletcher-32

def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no xorout."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


def fletcher32(data: bytes) -> int:
    """Fletcher-32 over 16-bit little-endian words (odd tail padded with 0),
    sums modulo 65535, result (sum2 << 16) | sum1."""
    if len(data) % 2:
        data = data + b"\x00"
    s1 = 0
    s2 = 0
    for i in range(0, len(data), 2):
        w = data[i] | (data[i + 1] << 8)
        s1 = (s1 + w) % 65535
        s2 = (s2 + s1) % 65535
    return (s2 << 16) | s1


assert crc16_ccitt_false(b"123456789") == 0x29B1
assert fletcher32(b"abcde") == 0xF04FC729
assert fletcher32(b"abcdef") == 0x56502D2A
assert fletcher32(b"abcdefgh") == 0xEBE19591


# ---------------------------------------------------------------- Base58Check

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\x00"))
    return "1" * pad + out


def b58decode(s: str) -> bytes:
    n = 0
    for ch in s:
        n = n * 58 + B58.index(ch)
    full = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\x00" * pad + full


def sha256d(b: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check_encode(payload: bytes) -> str:
    return b58encode(payload + sha256d(payload)[:4])


def b58check_decode(s: str):
    raw = b58decode(s)
    if len(raw) < 5:
        return None
    body, chk = raw[:-4], raw[-4:]
    if sha256d(body)[:4] != chk:
        return None
    return body


# the all-zero hash160 with version 0 is the well-known burn address
assert b58check_encode(b"\x00" * 21) == "1111111111111111111114oLvT2"
# Bitcoin wiki WIF example
assert b58check_encode(bytes.fromhex("800C28FCA386C7A227600B2FE50B7CAE11EC86D3BF1FBE471BE89827E19D72AA1D")) == \
    "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"


# ---------------------------------------------------------------- P-256 ECDSA (ES256)

P256_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
P256_A = P256_P - 3
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _on_curve(pt):
    if pt is None:
        return True
    x, y = pt
    return (y * y - (x * x * x + P256_A * x + P256_B)) % P256_P == 0


def _padd(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    x1, y1 = p1
    x2, y2 = p2
    if x1 == x2 and (y1 + y2) % P256_P == 0:
        return None
    if p1 == p2:
        lam = (3 * x1 * x1 + P256_A) * pow(2 * y1, -1, P256_P) % P256_P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, P256_P) % P256_P
    x3 = (lam * lam - x1 - x2) % P256_P
    return (x3, (lam * (x1 - x3) - y1) % P256_P)


def _pmul(k, pt):
    acc = None
    add = pt
    while k:
        if k & 1:
            acc = _padd(acc, add)
        add = _padd(add, add)
        k >>= 1
    return acc


assert _on_curve(P256_G)
assert _pmul(P256_N, P256_G) is None


def es256_keypair(rng):
    d = rng.randrange(1, P256_N)
    return d, _pmul(d, P256_G)


def es256_sign(d, msg: bytes, rng):
    e = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    while True:
        k = rng.randrange(1, P256_N)
        r = _pmul(k, P256_G)[0] % P256_N
        if r == 0:
            continue
        s = pow(k, -1, P256_N) * (e + r * d) % P256_N
        if s == 0:
            continue
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def es256_verify(pub, msg: bytes, sig: bytes) -> bool:
    if len(sig) != 64 or pub is None or not _on_curve(pub):
        return False
    r = int.from_bytes(sig[:32], "big")
    s = int.from_bytes(sig[32:], "big")
    if not (0 < r < P256_N and 0 < s < P256_N):
        return False
    e = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    w = pow(s, -1, P256_N)
    pt = _padd(_pmul(e * w % P256_N, P256_G), _pmul(r * w % P256_N, pub))
    return pt is not None and pt[0] % P256_N == r


# ---------------------------------------------------------------- JWTs

def jwt_hs(header, payload, key: bytes, alg="HS256"):
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64url(sig)


def jwt_es256(header, payload, d, rng):
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = es256_sign(d, (h + "." + p).encode(), rng)
    return h + "." + p + "." + b64url(sig)


def jwt_rs_frame(header, payload, rng, nbytes=256):
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url(rbytes(rng, nbytes))


SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "RS512": 256,
           "ES256": 64, "ES384": 96, "EdDSA": 64, "PS256": 256}


def jwt_valid(tok):
    """Frame check: base64url JSON header with a known alg, JSON payload, and a
    signature whose length fits the alg."""
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        hdr = json.loads(b64url_dec(parts[0]))
        pay = json.loads(b64url_dec(parts[1]))
        sig = b64url_dec(parts[2])
    except Exception:
        return False
    if not isinstance(hdr, dict) or not isinstance(pay, dict):
        return False
    alg = hdr.get("alg")
    if alg not in SIG_LEN:
        return False
    if b64url(b64url_dec(parts[0])) != parts[0] or b64url(sig) != parts[2]:
        return False
    return len(sig) == SIG_LEN[alg]


# ---------------------------------------------------------------- check digits for negatives

def isbn10_check(d9: str) -> str:
    s = sum((10 - i) * int(c) for i, c in enumerate(d9))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def issn_check(d7: str) -> str:
    s = sum((8 - i) * int(c) for i, c in enumerate(d7))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def s10_check(d8: str) -> str:
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    s = sum(a * int(b) for a, b in zip(w, d8))
    r = 11 - s % 11
    if r == 10:
        r = 0
    elif r == 11:
        r = 5
    return str(r)


def cas_check(body: str) -> str:
    digits = body[::-1]
    return str(sum((i + 1) * int(c) for i, c in enumerate(digits)) % 10)


def iswc_check(d9: str) -> str:
    s = 1 + sum((i + 1) * int(c) for i, c in enumerate(d9))
    return str((10 - s % 10) % 10)


def gs1_check(body: str) -> str:
    s = 0
    for i, c in enumerate(reversed(body)):
        s += int(c) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


assert isbn10_check("030640615") == "2"       # ISBN 0-306-40615-2
assert issn_check("0317847") == "1"           # ISSN 0317-8471
assert s10_check("47312482") == "9"           # UPU S10 example AA473124829GB
assert cas_check("773218") == "5"             # CAS 7732-18-5 (water)
assert iswc_check("034524680") == "1"         # ISWC T-034.524.680-1
assert gs1_check("400638133393") == "1"       # EAN-13 4006381333931


# ---------------------------------------------------------------- case styles

def words_of(key_words):
    return [w for w in re.split(r"[\s_\-]+", key_words) if w]


def style_key(key_words, style):
    w = words_of(key_words)
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(x.lower() for x in w)
    if style == "camel":
        return w[0].lower() + "".join(x[:1].upper() + x[1:].lower() for x in w[1:])
    if style == "pascal":
        return "".join(x[:1].upper() + x[1:].lower() for x in w)
    if style == "kebab":
        return "-".join(x.lower() for x in w)
    if style == "dot":
        return ".".join(x.lower() for x in w)
    if style == "title":
        return " ".join(x[:1].upper() + x[1:].lower() for x in w)
    if style == "spaced":
        return " ".join(x.lower() for x in w)
    if style == "header":
        return "X-" + "-".join(x[:1].upper() + x[1:].lower() for x in w)
    raise ValueError(style)


def dumps_line(rec):
    return json.dumps(rec, ensure_ascii=False, separators=(", ", ": "))
