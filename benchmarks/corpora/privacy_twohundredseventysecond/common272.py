"""Shared helpers for the p272 corpus: registry, alphabets, hand-written check
algorithms, P-256 ECDSA / ES256 JWTs, HS256 JWTs, deny-list extraction and the
self-test.  Python 3 standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re

PREFIX = "p272"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

# ---------------------------------------------------------------------------
# small helpers


def draw(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


UUID_RE = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")


def uuid_is_v4(s):
    return s[14] == "4" and s[19].lower() in "89ab"


def bad_uuids(text):
    return [m.group(0) for m in UUID_RE.finditer(text) if not uuid_is_v4(m.group(0))]


JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]+")


# ---------------------------------------------------------------------------
# registry: refuses repeats, 6+ character substring relations and non-v4 UUIDs


class Registry:
    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        if bad_uuids(s):
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (t in s or s in t):
                    return False
        else:
            for t in self.items:
                if len(t) >= 6 and s in t and len(s) >= 6:
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.set.add(s)
        return True

    def draw(self, fn, tries=400):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not place a value")


# ---------------------------------------------------------------------------
# owner-chosen passwords of this world

WORLD_WORDS = [
    "oyster", "gigas", "cultch", "trestle", "mussel", "cockle", "scallop",
    "whelk", "winkle", "limpet", "barnacle", "byssus", "nacre", "kelp",
    "wrack", "dulse", "laver", "carrageen", "kombu", "samphire", "oarweed",
    "thongweed", "eelgrass", "foreshore", "tideline", "estuary", "saltmarsh",
    "shucker", "shucking", "depuration", "flupsy", "seawater", "brine",
    "neaptide", "lugworm", "pontoon", "slipway", "mooring", "dredge", "bushel",
    "firkin", "rockweed", "sugarkelp", "haliotis", "ostrea", "crassostrea",
    "mytilus", "pecten", "broodstock", "seedling", "longline",
    "headrope", "grader", "hopper", "tumbler", "oysterbar", "creel", "tangle",
    "sealoch", "machair", "kelpie", "selkie", "skerry", "carrack",
    "shellbed", "tidepool", "razorclam", "sandbar",
]
TAIL_RE = r"(?:[0-9]{2,4}|Tank[1-9]|No[1-5]|Bed[1-9][0-9]?|[1-9][0-9]h)"
FULL_JOINERS = "-_.!@+~#*="
STRICT_JOINERS = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]{3,}[" + re.escape(FULL_JOINERS) + r"]" + TAIL_RE + r"$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]{3,}[" + re.escape(STRICT_JOINERS) + r"]" + TAIL_RE + r"$")
# any password-form string inside a text (used on negatives and stray checks)
_WORDALT = "|".join(sorted(WORLD_WORDS, key=len, reverse=True))
PW_FORM_IN_TEXT = re.compile(r"(?i)(?<![A-Za-z])(?:" + _WORDALT + r")[-_.!@+~#*=&:/](?:[0-9]{2,4}|tank[1-9]|no[1-5]|bed[1-9][0-9]?|[1-9][0-9]h)(?![0-9A-Za-z])")


def password(rng, joiners=FULL_JOINERS, cap_p=0.5, forbid=""):
    js = [j for j in joiners if j not in forbid]
    w = rng.choice(WORLD_WORDS)
    if rng.random() < cap_p:
        w = w[0].upper() + w[1:]
    k = rng.randrange(6)
    if k == 0:
        tail = str(rng.randrange(10, 100))
    elif k == 1:
        tail = str(rng.choice([rng.randrange(100, 1000), rng.randrange(1995, 2027)]))
    elif k == 2:
        tail = "Tank%d" % rng.randrange(1, 10)
    elif k == 3:
        tail = "No%d" % rng.randrange(1, 6)
    elif k == 4:
        tail = "Bed%d" % rng.randrange(1, 60)
    else:
        tail = "%dh" % rng.choice([24, 36, 42, 44, 48, 72])
    return w + rng.choice(js) + tail


def is_password(v, strict=False):
    r = PW_STRICT_RE if strict else PW_RE
    if not r.match(v):
        return False
    m = re.match(r"^([A-Za-z][a-z]+)", v)
    return m.group(1).lower() in WORLD_WORDS


# ---------------------------------------------------------------------------
# hand-written check algorithms (none of them used by the two READMEs)

NRIC_ST = "JZIHGFEDCBA"
NRIC_W = (2, 7, 6, 5, 4, 3, 2)


def nric_letter(series, digits7):
    """Singapore NRIC check letter for the S / T series (weights 2 7 6 5 4 3 2,
    +4 for T, remainder mod 11 read through JZIHGFEDCBA)."""
    s = sum(int(d) * w for d, w in zip(digits7, NRIC_W))
    if series == "T":
        s += 4
    return NRIC_ST[s % 11]


def tckn_digits(first9):
    """Turkish identity-number rule: 10th digit = (7 x odd-place sum - even-place
    sum) mod 10, 11th digit = sum of the first ten mod 10."""
    d = [int(c) for c in first9]
    odd = d[0] + d[2] + d[4] + d[6] + d[8]
    even = d[1] + d[3] + d[5] + d[7]
    d10 = (odd * 7 - even) % 10
    d11 = (sum(d) + d10) % 10
    return "%d%d" % (d10, d11)


def ref731_check(base):
    """Finnish bank reference number check digit: weights 7, 3, 1 repeating from
    the right, 10 minus the sum mod 10 (10 read as 0)."""
    w = (7, 3, 1)
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
    return str((10 - s % 10) % 10)


def rfc1071(data):
    """Internet checksum of RFC 1071: ones' complement of the ones' complement
    sum of big-endian 16-bit words (odd length padded with a zero byte)."""
    if len(data) % 2:
        data = data + b"\x00"
    s = 0
    for i in range(0, len(data), 2):
        s += (data[i] << 8) | data[i + 1]
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


def imo_check(six):
    """IMO ship number check digit: weights 7 6 5 4 3 2, sum mod 10."""
    return str(sum(int(c) * w for c, w in zip(six, (7, 6, 5, 4, 3, 2))) % 10)


def issn_check(seven):
    s = sum(int(c) * w for c, w in zip(seven, (8, 7, 6, 5, 4, 3, 2)))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def iso11649_ref(body):
    """RF creditor reference (ISO 11649): RF + two check digits (mod 97 on the
    body with RF00 moved to the end, letters as 10..35) + body."""
    def num(s):
        return "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num(body + "RF00")) % 97
    return "RF%02d%s" % (chk, body)


def iso11649_ok(ref):
    s = ref[4:] + ref[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


# ---------------------------------------------------------------------------
# P-256 ECDSA with RFC 6979 nonces, written out by hand

P256_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
P256_A = P256_P - 3
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _jadd(P, Q):
    # Jacobian coordinates; None is the point at infinity
    if P is None:
        return Q
    if Q is None:
        return P
    p = P256_P
    X1, Y1, Z1 = P
    X2, Y2, Z2 = Q
    Z1Z1 = Z1 * Z1 % p
    Z2Z2 = Z2 * Z2 % p
    U1 = X1 * Z2Z2 % p
    U2 = X2 * Z1Z1 % p
    S1 = Y1 * Z2 * Z2Z2 % p
    S2 = Y2 * Z1 * Z1Z1 % p
    if U1 == U2:
        if S1 != S2:
            return None
        return _jdbl(P)
    H = (U2 - U1) % p
    R = (S2 - S1) % p
    HH = H * H % p
    HHH = H * HH % p
    V = U1 * HH % p
    X3 = (R * R - HHH - 2 * V) % p
    Y3 = (R * (V - X3) - S1 * HHH) % p
    Z3 = Z1 * Z2 * H % p
    return (X3, Y3, Z3)


def _jdbl(P):
    if P is None:
        return None
    p = P256_P
    X1, Y1, Z1 = P
    if Y1 == 0:
        return None
    YY = Y1 * Y1 % p
    S = 4 * X1 * YY % p
    ZZ = Z1 * Z1 % p
    M = (3 * X1 * X1 + P256_A * ZZ * ZZ) % p
    X3 = (M * M - 2 * S) % p
    Y3 = (M * (S - X3) - 8 * YY * YY) % p
    Z3 = 2 * Y1 * Z1 % p
    return (X3, Y3, Z3)


def _to_affine(P):
    if P is None:
        return None
    p = P256_P
    X, Y, Z = P
    zi = pow(Z, -1, p)
    zi2 = zi * zi % p
    return (X * zi2 % p, Y * zi2 * zi % p)


def p256_mul(k, pt=P256_G):
    R = None
    Q = (pt[0], pt[1], 1)
    for bit in bin(k)[2:]:
        R = _jdbl(R)
        if bit == "1":
            R = _jadd(R, Q)
    return _to_affine(R)


def p256_on_curve(pt):
    x, y = pt
    return (y * y - (x * x * x + P256_A * x + P256_B)) % P256_P == 0


def _int2octets(x):
    return x.to_bytes(32, "big")


def _bits2octets(h):
    z = int.from_bytes(h, "big") % P256_N
    return _int2octets(z)


def rfc6979_k(x, h):
    V = b"\x01" * 32
    K = b"\x00" * 32
    K = hmac.new(K, V + b"\x00" + _int2octets(x) + _bits2octets(h), hashlib.sha256).digest()
    V = hmac.new(K, V, hashlib.sha256).digest()
    K = hmac.new(K, V + b"\x01" + _int2octets(x) + _bits2octets(h), hashlib.sha256).digest()
    V = hmac.new(K, V, hashlib.sha256).digest()
    while True:
        V = hmac.new(K, V, hashlib.sha256).digest()
        k = int.from_bytes(V, "big")
        if 1 <= k < P256_N:
            return k
        K = hmac.new(K, V + b"\x00", hashlib.sha256).digest()
        V = hmac.new(K, V, hashlib.sha256).digest()


def ecdsa_sign(x, msg):
    h = hashlib.sha256(msg).digest()
    e = int.from_bytes(h, "big")
    k = rfc6979_k(x, h)
    R = p256_mul(k)
    r = R[0] % P256_N
    s = pow(k, -1, P256_N) * (e + r * x) % P256_N
    return r, s


def ecdsa_verify(pub, msg, r, s):
    if not (1 <= r < P256_N and 1 <= s < P256_N):
        return False
    e = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    w = pow(s, -1, P256_N)
    u1 = e * w % P256_N
    u2 = r * w % P256_N
    A = p256_mul(u1)
    B = p256_mul(u2, pub)
    Aj = None if A is None else (A[0], A[1], 1)
    Bj = None if B is None else (B[0], B[1], 1)
    X = _to_affine(_jadd(Aj, Bj))
    return X is not None and X[0] % P256_N == r


def p256_keypair(rng):
    while True:
        x = rng.getrandbits(256)
        if 1 <= x < P256_N:
            return x, p256_mul(x)


def jwt_es256(x, header, claims):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    c = b64u(json.dumps(claims, separators=(",", ":")).encode())
    signing = (h + "." + c).encode()
    r, s = ecdsa_sign(x, signing)
    return h + "." + c + "." + b64u(r.to_bytes(32, "big") + s.to_bytes(32, "big"))


def jwt_es256_verify(pub, token):
    try:
        h, c, sig = token.split(".")
        head = json.loads(b64u_dec(h))
        if head.get("alg") != "ES256":
            return False
        raw = b64u_dec(sig)
        if len(raw) != 64:
            return False
        json.loads(b64u_dec(c))
        return ecdsa_verify(pub, (h + "." + c).encode(), int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    except Exception:
        return False


def jwt_hs256(key, header, claims):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    c = b64u(json.dumps(claims, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + c).encode(), hashlib.sha256).digest()
    return h + "." + c + "." + b64u(sig)


def jwt_hs256_verify(key, token):
    try:
        h, c, sig = token.split(".")
        if json.loads(b64u_dec(h)).get("alg") != "HS256":
            return False
        json.loads(b64u_dec(c))
        want = hmac.new(key, (h + "." + c).encode(), hashlib.sha256).digest()
        return hmac.compare_digest(want, b64u_dec(sig))
    except Exception:
        return False


def jwk_p256(pub, kid):
    return {"kty": "EC", "crv": "P-256", "kid": kid,
            "x": b64u(pub[0].to_bytes(32, "big")), "y": b64u(pub[1].to_bytes(32, "big"))}


# ---------------------------------------------------------------------------
# key-name case styles


def style_key(words, style):
    ws = [w for w in words if w]
    if style == "upper":
        return "_".join(w.upper() for w in ws)
    if style == "snake":
        return "_".join(w.lower() for w in ws)
    if style == "camel":
        return ws[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in ws[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in ws)
    if style == "kebab":
        return "-".join(w.lower() for w in ws)
    if style == "dotted":
        return ".".join(w.lower() for w in ws)
    if style == "header":
        return "X-" + "-".join(w[:1].upper() + w[1:].lower() for w in ws)
    if style == "title":
        return " ".join(w[:1].upper() + w[1:].lower() for w in ws)
    if style == "spaced":
        return " ".join(w.lower() for w in ws)
    if style == "colonpascal":
        return ws[0][:1].upper() + ws[0][1:].lower() + ":" + "".join(w[:1].upper() + w[1:].lower() for w in ws[1:])
    raise ValueError(style)


# ---------------------------------------------------------------------------
# deny-list extraction from the two earlier READMEs

BRIEF_DIR = "/tmp/brief272"
BRIEF_FILES = ["README_twohundredsixtyninth.md", "README_twohundredseventieth.md"]


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syn, codes, lnames, encs = set(), set(), set(), set(), set()
    for f in BRIEF_FILES:
        with open(os.path.join(brief_dir, f), encoding="utf-8") as fh:
            t = fh.read()
        for m in re.finditer(r"`([^`\n]+)`", t):
            s = m.group(1).strip().lower()
            names.add(s)
            for p in s.split("__"):
                if p:
                    names.add(p)
        for m in re.finditer(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = m.group(0).lower()
            names.add(s)
            for p in s.split("__"):
                if p:
                    names.add(p)
        for m in re.finditer(r"`([a-z]+pw_[a-z0-9_]+)`", t):
            syn.add(re.sub(r"^[a-z]+pw_", "", m.group(1)))
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(m.group(1))
            nm = m.group(2).lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w)
        for m in re.finditer(r"`([a-z0-9_]+)` = \"", t):
            encs.add(m.group(1))
    return {"source": brief_dir, "files": BRIEF_FILES, "names": sorted(names),
            "syntaxes": sorted(syn), "language_codes": sorted(codes),
            "language_names": sorted(lnames), "earlier_encodings": sorted(encs)}


# ---------------------------------------------------------------------------
# self-test on published or hand-worked vectors


def selftest():
    errs = []
    if "S1234567" + nric_letter("S", "1234567") != "S1234567D":
        errs.append("nric S1234567D")
    if "100000001" + tckn_digits("100000001") != "10000000146":
        errs.append("tckn 10000000146")
    if "123456" + ref731_check("123456") != "1234561":
        errs.append("ref731 1234561")
    if rfc1071(bytes.fromhex("0001f203f4f5f6f7")) != 0x220D:
        errs.append("rfc1071 example")
    hdr = bytes.fromhex("45000073000040004011" + "0000" + "c0a80001c0a800c7")
    if rfc1071(hdr) != 0xB861:
        errs.append("rfc1071 ipv4 header")
    if imo_check("907472") != "9":
        errs.append("imo 9074729")
    if issn_check("0378595") != "5":
        errs.append("issn 0378-5955")
    if not iso11649_ok("RF18539007547034"):
        errs.append("rf18539007547034")
    if iso11649_ref("539007547034") != "RF18539007547034":
        errs.append("rf build")
    # RFC 6979 A.2.5, P-256 / SHA-256, message "sample"
    x = 0xC9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721
    U = p256_mul(x)
    if U != (0x60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6,
             0x7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299):
        errs.append("p256 public key")
    h = hashlib.sha256(b"sample").digest()
    if rfc6979_k(x, h) != 0xA6E3C57DD01ABE90086538398355DD4C3B17AA873382B0F24D6129493D8AAD60:
        errs.append("rfc6979 k")
    r, s = ecdsa_sign(x, b"sample")
    if (r, s) != (0xEFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716,
                  0xF7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8):
        errs.append("ecdsa sample signature")
    if not ecdsa_verify(U, b"sample", r, s) or ecdsa_verify(U, b"samplf", r, s):
        errs.append("ecdsa verify")
    if not p256_on_curve(U):
        errs.append("on curve")
    tok = jwt_hs256(b"k" * 32, {"alg": "HS256", "typ": "JWT"}, {"a": 1})
    if not jwt_hs256_verify(b"k" * 32, tok) or jwt_hs256_verify(b"j" * 32, tok):
        errs.append("hs256 round trip")
    return errs
