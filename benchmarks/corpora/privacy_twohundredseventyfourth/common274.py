"""Shared helpers of the p274 build: registry, text placement, case styles and the
hand-written algorithms (Reed-Solomon over GF(256), the RFC 1071 Internet checksum,
SM3, macaroon v2, JWT HS256/HS512, Ed25519 public keys, EC-number and UK VAT checks).
Python 3 standard library only."""
import base64
import hashlib
import hmac
import json
import re
import struct

MARK = "ZQXVALUESLOTQXZ"

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
B64STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
LOWALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


# ---------------------------------------------------------------- basics
def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def is_uuid4(s):
    return bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", s.lower()))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def place(template, value):
    """template holds MARK exactly once; returns (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def words_case(words, style):
    ws = [w.lower() for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in ws)
    if style == "snake":
        return "_".join(ws)
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "dotted":
        return ".".join(ws)
    if style == "title":
        return " ".join(w.capitalize() for w in ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "header":
        return "X-" + "-".join(w.capitalize() for w in ws)
    raise ValueError(style)


class Registry:
    """Every drawn string passes through here: no repeats, no 6+ character substring
    relation with an earlier string, no UUID-shaped substring that is not v4."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for m in UUID_RE.finditer(s):
            if not is_uuid4(m.group(0)):
                return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
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
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- Reed-Solomon GF(256)
GF_EXP = [0] * 512
GF_LOG = [0] * 256
_x = 1
for _i in range(255):
    GF_EXP[_i] = _x
    GF_LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    GF_EXP[_i] = GF_EXP[_i - 255]


def gf_mul(a, b):
    if a == 0 or b == 0:
        return 0
    return GF_EXP[GF_LOG[a] + GF_LOG[b]]


def rs_generator(n):
    g = [1]
    for i in range(n):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= gf_mul(c, GF_EXP[i])
        g = ng
    return g


def rs_parity(data, n):
    """Parity bytes of the systematic RS code used by QR codes (poly 0x11D, roots a^0..a^(n-1))."""
    gen = rs_generator(n)
    msg = list(data) + [0] * n
    for i in range(len(data)):
        coef = msg[i]
        if coef:
            for j in range(1, len(gen)):
                msg[i + j] ^= gf_mul(gen[j], coef)
    return msg[len(data):]


def rs_syndromes_zero(codeword, n):
    for i in range(n):
        s = 0
        for c in codeword:
            s = gf_mul(s, GF_EXP[i]) ^ c
        if s:
            return False
    return True


# ---------------------------------------------------------------- RFC 1071 Internet checksum
def inet_sum(data):
    if len(data) % 2:
        data = data + b"\x00"
    s = 0
    for i in range(0, len(data), 2):
        s += (data[i] << 8) | data[i + 1]
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return s


def inet_checksum(data):
    return (~inet_sum(data)) & 0xFFFF


# ---------------------------------------------------------------- SM3 (GB/T 32905)
_SM3_IV = [0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600, 0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E]


def _rotl(x, n):
    n %= 32
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def sm3(msg):
    ml = len(msg) * 8
    m = msg + b"\x80"
    m += b"\x00" * ((56 - len(m) % 64) % 64)
    m += struct.pack(">Q", ml)
    v = list(_SM3_IV)
    for off in range(0, len(m), 64):
        w = list(struct.unpack(">16I", m[off:off + 64]))
        for j in range(16, 68):
            x = w[j - 16] ^ w[j - 9] ^ _rotl(w[j - 3], 15)
            p1 = x ^ _rotl(x, 15) ^ _rotl(x, 23)
            w.append(p1 ^ _rotl(w[j - 13], 7) ^ w[j - 6])
        w1 = [w[j] ^ w[j + 4] for j in range(64)]
        a, b, c, d, e, f, g, h = v
        for j in range(64):
            t = 0x79CC4519 if j < 16 else 0x7A879D8A
            ss1 = _rotl((_rotl(a, 12) + e + _rotl(t, j)) & 0xFFFFFFFF, 7)
            ss2 = ss1 ^ _rotl(a, 12)
            if j < 16:
                ff = a ^ b ^ c
                gg = e ^ f ^ g
            else:
                ff = (a & b) | (a & c) | (b & c)
                gg = (e & f) | ((~e) & g)
            tt1 = (ff + d + ss2 + w1[j]) & 0xFFFFFFFF
            tt2 = (gg + h + ss1 + w[j]) & 0xFFFFFFFF
            d = c
            c = _rotl(b, 9)
            b = a
            a = tt1
            h = g
            g = _rotl(f, 19)
            f = e
            e = tt2 ^ _rotl(tt2, 9) ^ _rotl(tt2, 17)
        v = [x ^ y for x, y in zip(v, [a, b, c, d, e, f, g, h])]
    return b"".join(struct.pack(">I", x) for x in v)


# ---------------------------------------------------------------- JWT
def jwt_sign(header, claims, key, alg):
    digest = {"HS256": hashlib.sha256, "HS512": hashlib.sha512}[alg]
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    c = b64u(json.dumps(claims, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + c).encode(), digest).digest()
    return h + "." + c + "." + b64u(sig)


def jwt_verify(token, keys):
    """keys: list of bytes; True if the HS256/HS512 signature verifies under one of them."""
    try:
        h, c, s = token.split(".")
        header = json.loads(b64u_dec(h))
        json.loads(b64u_dec(c))
        digest = {"HS256": hashlib.sha256, "HS512": hashlib.sha512}[header["alg"]]
        sig = b64u_dec(s)
    except Exception:
        return False
    for k in keys:
        if hmac.compare_digest(hmac.new(k, (h + "." + c).encode(), digest).digest(), sig):
            return True
    return False


# ---------------------------------------------------------------- macaroon v2 (libmacaroons binary format)
def _varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _field(t, data):
    return bytes([t]) + _varint(len(data)) + data


def macaroon_derived_key(root):
    return hmac.new(b"macaroons-key-generator", root, hashlib.sha256).digest()


def macaroon_v2(location, identifier, caveats, root):
    sig = hmac.new(macaroon_derived_key(root), identifier, hashlib.sha256).digest()
    for cav in caveats:
        sig = hmac.new(sig, cav, hashlib.sha256).digest()
    out = bytearray(b"\x02")
    if location:
        out += _field(1, location)
    out += _field(2, identifier)
    out += b"\x00"
    for cav in caveats:
        out += _field(2, cav) + b"\x00"
    out += b"\x00"
    out += _field(6, sig)
    return bytes(out)


def macaroon_parse(raw):
    """Returns (location, identifier, [caveats], signature) of a v2 binary macaroon."""
    pos = 0

    def rd_varint():
        nonlocal pos
        shift = 0
        n = 0
        while True:
            b = raw[pos]
            pos += 1
            n |= (b & 0x7F) << shift
            if not b & 0x80:
                return n
            shift += 7

    def rd_field():
        nonlocal pos
        t = raw[pos]
        pos += 1
        if t == 0:
            return 0, None
        ln = rd_varint()
        d = raw[pos:pos + ln]
        pos += ln
        return t, d

    if raw[0] != 2:
        raise ValueError("not v2")
    pos = 1
    loc = None
    ident = None
    while True:
        t, d = rd_field()
        if t == 0:
            break
        if t == 1:
            loc = d
        elif t == 2:
            ident = d
    cavs = []
    while True:
        t, d = rd_field()
        if t == 0:
            break
        cav = None
        while t != 0:
            if t == 2:
                cav = d
            t, d = rd_field()
        cavs.append(cav)
    t, sig = rd_field()
    if t != 6 or pos != len(raw):
        raise ValueError("bad tail")
    return loc, ident, cavs, sig


def macaroon_verify(raw, root):
    loc, ident, cavs, sig = macaroon_parse(raw)
    s = hmac.new(macaroon_derived_key(root), ident, hashlib.sha256).digest()
    for c in cavs:
        s = hmac.new(s, c, hashlib.sha256).digest()
    return hmac.compare_digest(s, sig)


# ---------------------------------------------------------------- Ed25519 public keys (RFC 8032)
_P = 2 ** 255 - 19
_L = 2 ** 252 + 27742317777372353535851937790883648493
_D = (-121665 * pow(121666, _P - 2, _P)) % _P


def _inv(x):
    return pow(x, _P - 2, _P)


def _xrecover(y):
    xx = (y * y - 1) * _inv(_D * y * y + 1)
    x = pow(xx, (_P + 3) // 8, _P)
    if (x * x - xx) % _P != 0:
        x = (x * pow(2, (_P - 1) // 4, _P)) % _P
    if x % 2 != 0:
        x = _P - x
    return x


_BY = (4 * _inv(5)) % _P
_B = (_xrecover(_BY), _BY, 1, (_xrecover(_BY) * _BY) % _P)


def _padd(p, q):
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % _P
    b = (y1 + x1) * (y2 + x2) % _P
    c = t1 * 2 * _D * t2 % _P
    dd = z1 * 2 * z2 % _P
    e, f, g, h = b - a, dd - c, dd + c, b + a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _smul(s, p):
    q = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            q = _padd(q, p)
        p = _padd(p, p)
        s >>= 1
    return q


def _encode_point(p):
    x, y, z, _ = p
    zi = _inv(z)
    x = x * zi % _P
    y = y * zi % _P
    return int.to_bytes(y | ((x & 1) << 255), 32, "little")


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return _encode_point(_smul(a, _B))


def ed25519_on_curve(pub):
    y = int.from_bytes(pub, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    if y >= _P:
        return False
    xx = (y * y - 1) * _inv(_D * y * y + 1) % _P
    x = pow(xx, (_P + 3) // 8, _P)
    if (x * x - xx) % _P != 0:
        x = (x * pow(2, (_P - 1) // 4, _P)) % _P
    if (x * x - xx) % _P != 0:
        return False
    return not (x == 0 and sign == 1)


def ssh_ed25519_line(pub, comment):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + pub
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def minisign_pub(keyid, pub):
    return base64.b64encode(b"Ed" + keyid + pub).decode()


# ---------------------------------------------------------------- public identifiers with checks
def ec_check(six):
    return sum((i + 1) * int(c) for i, c in enumerate(six)) % 11


def ec_valid(ec):
    m = re.fullmatch(r"(\d{3})-(\d{3})-(\d)", ec)
    if not m:
        return False
    six = m.group(1) + m.group(2)
    r = ec_check(six)
    return r != 10 and r == int(m.group(3))


def vat_valid(nine):
    d = [int(c) for c in nine]
    s = sum(w * x for w, x in zip([8, 7, 6, 5, 4, 3, 2], d[:7])) + d[7] * 10 + d[8]
    return s % 97 == 0 or (s + 55) % 97 == 0


def vat_make(seven, scheme55):
    d = [int(c) for c in seven]
    s = sum(w * x for w, x in zip([8, 7, 6, 5, 4, 3, 2], d))
    if scheme55:
        s += 55
    chk = (-s) % 97
    return seven + "%02d" % chk


# ---------------------------------------------------------------- deny-list extraction
DENY_SOURCE_DIR = "/tmp/brief274"
DENY_FILES = ["README_twohundredseventyfirst.md", "README_twohundredsixtyninth.md"]


def extract_denylist(texts):
    names = set()
    for t in texts:
        for m in re.finditer(r"`([^`\n]+)`", t):
            s = m.group(1).strip().lower()
            if s:
                names.add(s)
                for part in s.split("__"):
                    if part:
                        names.add(part)
        for m in re.finditer(r"\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b", t):
            s = m.group(0).lower()
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
    syntaxes = set()
    for t in texts:
        for m in re.finditer(r"`([a-z]{1,4}pw_[a-z0-9_]+)`", t):
            full = m.group(1)
            syntaxes.add(full)
            syntaxes.add(full.split("pw_", 1)[1])
    codes = set()
    lnames = set()
    for t in texts:
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w)
    enc_tokens = set()
    for t in texts:
        for sec in re.findall(r"## Evasion encodings\n(.*?)\n## ", t, re.S):
            for m in re.finditer(r"`([a-z0-9]+(?:_[a-z0-9]+)+)` = ", sec):
                for tok in m.group(1).split("_"):
                    enc_tokens.add(tok)
    return {
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
        "encoding_tokens": sorted(enc_tokens),
    }


def load_texts(d=DENY_SOURCE_DIR):
    out = []
    for f in DENY_FILES:
        with open(d + "/" + f, encoding="utf-8") as fh:
            out.append(fh.read())
    return out


# ---------------------------------------------------------------- self-test
def selftest():
    # Reed-Solomon: QR code "HELLO WORLD" version 1-M codewords (published in QR tutorials)
    data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_parity(data, 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    assert rs_syndromes_zero(data + [196, 35, 39, 119, 235, 215, 231, 226, 93, 23], 10)
    assert not rs_syndromes_zero(data + [196, 35, 39, 119, 235, 215, 231, 226, 93, 24], 10)
    # RFC 1071 section 3 example
    ex = bytes.fromhex("0001f203f4f5f6f7")
    assert inet_sum(ex) == 0xDDF2 and inet_checksum(ex) == 0x220D
    # SM3 published vectors (GB/T 32905 appendix A)
    assert sm3(b"abc").hex() == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
    assert sm3(b"abcd" * 16).hex() == "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"
    if "sm3" in hashlib.algorithms_available:
        for probe in (b"", b"kiln", bytes(range(200))):
            assert hashlib.new("sm3", probe).digest() == sm3(probe)
    # RFC 8032 section 7.1 test 1
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    assert ed25519_public(seed).hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    assert ed25519_on_curve(ed25519_public(seed))
    # EC numbers: carbon 231-153-3, water 231-791-2, formaldehyde 200-001-8
    for ec in ("231-153-3", "231-791-2", "200-001-8"):
        assert ec_valid(ec), ec
    assert not ec_valid("231-153-4")
    # UK VAT: the commonly cited example 123 4567 82 (old scheme)
    assert vat_valid("123456782") and not vat_valid("123456783")
    # macaroon round trip and tamper
    root = b"k" * 32
    m = macaroon_v2(b"kiln", b"id-1", [b"a = 1", b"b < 2"], root)
    assert macaroon_verify(m, root) and not macaroon_verify(m, b"j" * 32)
    assert macaroon_parse(m)[2] == [b"a = 1", b"b < 2"]
    # JWT round trip
    t = jwt_sign({"alg": "HS512", "typ": "JWT"}, {"a": 1}, b"x" * 64, "HS512")
    assert jwt_verify(t, [b"x" * 64]) and not jwt_verify(t, [b"y" * 64])
    return True
