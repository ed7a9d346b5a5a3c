"""Shared helpers for the p270 corpus: alphabets, a string registry, hand-written
check and crypto algorithms, password forms and the deny-list extraction.
Python 3 standard library only."""
import base64
import hashlib
import hmac
import json
import re
import string

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = DIGITS + UPPER + LOWER
LOWALNUM = DIGITS + LOWER
UPALNUM = DIGITS + UPPER
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
LETTERS = UPPER + LOWER


def pick(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


UUID_RE = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")


def uuid_is_v4(u):
    u = u.lower()
    return u[14] == "4" and u[19] in "89ab"


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any string in a 6+ character substring relation
    with an earlier one (in either direction)."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for t in self.items:
            if len(t) >= 6 and t in s:
                return False
            if len(s) >= 6 and s in t:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, fn, tries=500):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh string")


# ---------------------------------------------------------------- case styles
def style_key(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(w).upper()
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
    if style == "header":
        return "X-" + "-".join(x.capitalize() for x in w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    if style == "native":
        return "_".join(w)
    raise ValueError(style)


# ---------------------------------------------------------------- check algorithms
_CF_ODD = {}
for _c, _v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    _CF_ODD[_c] = _v
for _c, _v in zip(UPPER, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    _CF_ODD[_c] = _v
_CF_EVEN = {}
for _i, _c in enumerate("0123456789"):
    _CF_EVEN[_c] = _i
for _i, _c in enumerate(UPPER):
    _CF_EVEN[_c] = _i


def cf26_check(s):
    """Italian codice fiscale control character: odd positions (1st, 3rd, ...)
    through the odd table, even positions through the even table, sum mod 26."""
    tot = 0
    for i, ch in enumerate(s):
        tot += _CF_ODD[ch] if i % 2 == 0 else _CF_EVEN[ch]
    return UPPER[tot % 26]


ABN_W = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]


def abn_valid(digits):
    if len(digits) != 11 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    d[0] -= 1
    return sum(a * b for a, b in zip(d, ABN_W)) % 89 == 0


def abn_complete(nine):
    """Given the nine trailing digits, return the 11-digit number whose two
    leading digits make the ABN weighted sum divisible by 89."""
    s = sum(int(c) * w for c, w in zip(nine, ABN_W[2:]))
    lead = 10 + ((-s) % 89)
    return "%02d%s" % (lead, nine)


def sdbm(s):
    h = 0
    for ch in s.encode():
        h = (ch + (h << 6) + (h << 16) - h) & 0xFFFFFFFF
    return h


S10_W = [8, 6, 4, 2, 3, 5, 9, 7]


def s10_check(eight):
    s = sum(int(c) * w for c, w in zip(eight, S10_W))
    c = 11 - s % 11
    if c == 10:
        c = 0
    elif c == 11:
        c = 5
    return str(c)


def uic_check(eleven):
    tot = 0
    for i, c in enumerate(eleven):
        v = int(c) * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    return str((10 - tot % 10) % 10)


# ---------------------------------------------------------------- bech32 (BIP 173)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frm, to):
    acc = 0
    bits = 0
    out = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_verify(s):
    s2 = s.lower()
    if "1" not in s2:
        return False
    pos = s2.rfind("1")
    hrp, data = s2[:pos], s2[pos + 1:]
    if any(c not in BECH for c in data) or len(data) < 6:
        return False
    return _polymod(_hrp_expand(hrp) + [BECH.index(c) for c in data]) == 1


# ---------------------------------------------------------------- X25519 (RFC 7748)
P25519 = 2 ** 255 - 19


def x25519(k, u):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    kn = int.from_bytes(k, "little")
    x1 = int.from_bytes(u, "little") & ((1 << 255) - 1)
    x2, z2, x3, z3 = 1, 0, x1, 1
    swap = 0
    p = P25519
    for t in reversed(range(255)):
        kt = (kn >> t) & 1
        swap ^= kt
        if swap:
            x2, x3 = x3, x2
            z2, z3 = z3, z2
        swap = kt
        A = (x2 + z2) % p
        AA = A * A % p
        B = (x2 - z2) % p
        BB = B * B % p
        E = (AA - BB) % p
        C = (x3 + z3) % p
        D = (x3 - z3) % p
        DA = D * A % p
        CB = C * B % p
        x3 = (DA + CB) ** 2 % p
        z3 = x1 * (DA - CB) ** 2 % p
        x2 = AA * BB % p
        z2 = E * (AA + 121665 * E) % p
    if swap:
        x2, x3 = x3, x2
        z2, z3 = z3, z2
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, "little")


def x25519_base(k):
    return x25519(k, (9).to_bytes(32, "little"))


# ---------------------------------------------------------------- Ed25519 public keys (RFC 8032)
_ED_D = (-121665 * pow(121666, P25519 - 2, P25519)) % P25519
_ED_I = pow(2, (P25519 - 1) // 4, P25519)


def _ed_xrecover(y):
    p = P25519
    xx = (y * y - 1) * pow(_ED_D * y * y + 1, p - 2, p)
    x = pow(xx, (p + 3) // 8, p)
    if (x * x - xx) % p:
        x = x * _ED_I % p
    if x % 2:
        x = p - x
    return x


_ED_BY = 4 * pow(5, P25519 - 2, P25519) % P25519
_ED_B = (_ed_xrecover(_ED_BY), _ED_BY)


def _ed_add(P, Q):
    p = P25519
    x1, y1 = P
    x2, y2 = Q
    t = _ED_D * x1 * x2 * y1 * y2 % p
    x3 = (x1 * y2 + x2 * y1) * pow(1 + t, p - 2, p)
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, p - 2, p)
    return (x3 % p, y3 % p)


def _ed_mul(P, e):
    Q = (0, 1)
    while e:
        if e & 1:
            Q = _ed_add(Q, P)
        P = _ed_add(P, P)
        e >>= 1
    return Q


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = _ed_mul(_ED_B, a)
    b = bytearray(y.to_bytes(32, "little"))
    b[31] |= (x & 1) << 7
    return bytes(b)


def ed25519_on_curve(pub):
    p = P25519
    y = int.from_bytes(pub, "little") & ((1 << 255) - 1)
    sign = pub[31] >> 7
    if y >= p:
        return False
    x = _ed_xrecover(y)
    return (-x * x + y * y - 1 - _ED_D * x * x * y * y) % p == 0 and not (x == 0 and sign)


# ---------------------------------------------------------------- JWT (HS256)
def jwt_hs256(header, payload, key):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_hs256_verify(tok, key):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    sig = hmac.new(key, (parts[0] + "." + parts[1]).encode(), hashlib.sha256).digest()
    try:
        json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
    except Exception:
        return False
    return hmac.compare_digest(b64url_nopad(sig), parts[2])


JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}")


# ---------------------------------------------------------------- macaroons (libmacaroons v1)
def _mpacket(key, value):
    body = key + b" " + value + b"\n"
    return ("%04x" % (len(body) + 4)).encode() + body


def macaroon_v1(root_key, location, identifier, caveats):
    dk = hmac.new(b"macaroons-key-generator", root_key, hashlib.sha256).digest()
    sig = hmac.new(dk, identifier.encode(), hashlib.sha256).digest()
    for c in caveats:
        sig = hmac.new(sig, c.encode(), hashlib.sha256).digest()
    raw = _mpacket(b"location", location.encode()) + _mpacket(b"identifier", identifier.encode())
    for c in caveats:
        raw += _mpacket(b"cid", c.encode())
    raw += _mpacket(b"signature", sig)
    return b64url_nopad(raw)


def macaroon_v1_parse(tok):
    raw = b64url_decode(tok)
    out = []
    i = 0
    while i < len(raw):
        n = int(raw[i:i + 4], 16)
        body = raw[i + 4:i + n]
        if not body.endswith(b"\n") or b" " not in body:
            raise ValueError("bad packet")
        k, v = body[:-1].split(b" ", 1)
        out.append((k.decode(), v))
        i += n
    return out


def macaroon_v1_verify(tok, root_key):
    try:
        pk = macaroon_v1_parse(tok)
    except Exception:
        return False
    keys = [k for k, _ in pk]
    if keys[0] != "location" or keys[1] != "identifier" or keys[-1] != "signature":
        return False
    dk = hmac.new(b"macaroons-key-generator", root_key, hashlib.sha256).digest()
    sig = hmac.new(dk, pk[1][1], hashlib.sha256).digest()
    for k, v in pk[2:-1]:
        if k != "cid":
            return False
        sig = hmac.new(sig, v, hashlib.sha256).digest()
    return hmac.compare_digest(sig, pk[-1][1])


# ---------------------------------------------------------------- self-test
def selftest():
    assert cf26_check("RSSMRA85T10A562") == "S", cf26_check("RSSMRA85T10A562")
    assert abn_valid("51824753556")
    assert not abn_valid("51824753557")
    assert abn_complete("824753556") == "51824753556"
    assert sdbm("") == 0 and sdbm("a") == 97 and sdbm("ab") == 6363201
    assert s10_check("12345678") == "5"
    assert uic_check("21812471217") == "3"
    assert bech32_verify("A12UEL5L")
    assert x25519_base(bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")).hex() == \
        "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
    assert ed25519_public(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")).hex() == \
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    k = b"k" * 32
    t = jwt_hs256({"alg": "HS256"}, {"a": 1}, k)
    assert jwt_hs256_verify(t, k) and not jwt_hs256_verify(t, b"x" * 32)
    m = macaroon_v1(b"root", "https://x.example", "id1", ["a = 1", "b < 2"])
    assert macaroon_v1_verify(m, b"root") and not macaroon_v1_verify(m, b"rooT")
    return True


# ---------------------------------------------------------------- deny-list extraction
BACKTICK_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
PAIR_RE = re.compile(r"`([A-Za-z0-9_-]+)` \(([^()]+)\)")
SYNTAX_RE = re.compile(r"`([a-z]{1,4}pw_[a-z0-9_]+)`")


def extract_denylist(texts):
    names = set()
    syntaxes = set()
    codes = set()
    lang_names = set()
    for text in texts:
        for m in BACKTICK_RE.finditer(text):
            s = m.group(1).strip().lower()
            if not s:
                continue
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for m in SNAKE_RE.finditer(text.lower()):
            s = m.group(0)
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for m in SYNTAX_RE.finditer(text):
            s = m.group(1)
            syntaxes.add(re.sub(r"^[a-z]{1,4}pw_", "", s))
        for m in PAIR_RE.finditer(text):
            code, nm = m.group(1), m.group(2)
            if re.fullmatch(r"[a-z]{3}", code):
                codes.add(code)
                nml = nm.strip().lower()
                if len(nml) < 40:
                    lang_names.add(nml)
                    for w in re.split(r"[\s/-]+", nml):
                        if len(w) >= 3:
                            lang_names.add(w)
    return {
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def encoding_names_of(texts):
    out = set()
    for text in texts:
        for m in re.finditer(r"`([a-z0-9_]+)` = \"", text):
            out.add(m.group(1))
    return sorted(out)
