"""Shared helpers for the p273 corpus: registry, alphabets, hand-written algorithms,
deny-list extraction and self-tests.  Python standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import struct
import zlib

DIGITS = "0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
ALNUM = DIGITS + UPPER + LOWER
LALNUM = DIGITS + LOWER
UALNUM = DIGITS + UPPER
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64URL = UPPER + LOWER + DIGITS + "-_"
B64 = UPPER + LOWER + DIGITS + "+/"
LETTERS = UPPER + LOWER
DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

MARK = "\u0000V\u0000"          # placement marker inside templates


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = f"{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return u.upper() if upper else u


UUID_RE = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")
UUID4_RE = re.compile(r"(?i)^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


def case_key(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(w).upper()
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "pascal_snake":
        return "_".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    if style == "dotted":
        return ".".join(w)
    raise ValueError(style)


class Registry:
    """Refuses repeats and any new string in a 6+ character substring relation
    with an earlier one; refuses non-v4 UUID-shaped substrings."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for m in UUID_RE.finditer(s):
            if not UUID4_RE.match(m.group(0)):
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


# ---------------------------------------------------------------- checks
def inet16(data):
    """RFC 1071 Internet checksum (ones' complement of the ones' complement sum)."""
    if len(data) % 2:
        data += b"\0"
    s = 0
    for i in range(0, len(data), 2):
        s += (data[i] << 8) | data[i + 1]
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


def inet16_ok(data_with_sum):
    s = 0
    d = data_with_sum
    for i in range(0, len(d), 2):
        s += (d[i] << 8) | d[i + 1]
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return s == 0xFFFF


def cpf_digits(nine):
    """Brazilian CPF: two mod-11 check digits over nine digits."""
    d = [int(c) for c in nine]
    s1 = sum(x * w for x, w in zip(d, range(10, 1, -1)))
    c1 = (s1 * 10) % 11 % 10
    d2 = d + [c1]
    s2 = sum(x * w for x, w in zip(d2, range(11, 1, -1)))
    c2 = (s2 * 10) % 11 % 10
    return f"{c1}{c2}"


def _rotl(x, n):
    n %= 32
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def sm3(msg):
    """SM3 (GB/T 32905-2016), written by hand."""
    iv = [0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600,
          0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E]
    ml = len(msg) * 8
    m = msg + b"\x80" + b"\0" * ((56 - (len(msg) + 1) % 64) % 64) + struct.pack(">Q", ml)
    v = iv[:]
    p0 = lambda x: x ^ _rotl(x, 9) ^ _rotl(x, 17)
    p1 = lambda x: x ^ _rotl(x, 15) ^ _rotl(x, 23)
    for off in range(0, len(m), 64):
        w = list(struct.unpack(">16I", m[off:off + 64]))
        for j in range(16, 68):
            w.append(p1(w[j - 16] ^ w[j - 9] ^ _rotl(w[j - 3], 15)) ^ _rotl(w[j - 13], 7) ^ w[j - 6])
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
            e = p0(tt2)
        v = [x ^ y for x, y in zip([a, b, c, d, e, f, g, h], v)]
    return b"".join(struct.pack(">I", x) for x in v)


def gs1_check(digits):
    """GS1 mod-10 check digit (weights 3,1 from the right) for GTIN / SSCC / ISBN-13."""
    s = 0
    for i, ch in enumerate(reversed(digits)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def cas_check(body):
    """CAS Registry Number check digit: digits weighted 1, 2, 3 ... from the right, mod 10."""
    d = [int(c) for c in body if c.isdigit()]
    return str(sum(x * (i + 1) for i, x in enumerate(reversed(d))) % 10)


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


# ---------------------------------------------------------------- signatures / frames
def hs256_jwt(header, payload, key):
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest()
    return f"{h}.{p}.{b64u_nopad(sig)}"


def hs256_verify(tok, key):
    try:
        h, p, s = tok.split(".")
        hdr = json.loads(b64u_decode(h))
        if hdr.get("alg") != "HS256":
            return False
        json.loads(b64u_decode(p))
        exp = hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest()
        return hmac.compare_digest(exp, b64u_decode(s))
    except Exception:
        return False


def _int_to_bytes(n):
    return n.to_bytes((n.bit_length() + 7) // 8 or 1, "big")


def flask_cookie(obj, secret_key, ts):
    """itsdangerous URLSafeTimedSerializer as Flask sessions use it:
    salt 'cookie-session', key derivation 'hmac', HMAC-SHA1, zlib when shorter."""
    raw = json.dumps(obj, separators=(",", ":")).encode()
    comp = zlib.compress(raw)
    if len(comp) < len(raw) - 1:
        payload = "." + b64u_nopad(comp)
    else:
        payload = b64u_nopad(raw)
    value = payload + "." + b64u_nopad(_int_to_bytes(ts))
    dk = hmac.new(secret_key, b"cookie-session", hashlib.sha1).digest()
    sig = hmac.new(dk, value.encode(), hashlib.sha1).digest()
    return value + "." + b64u_nopad(sig)


def flask_cookie_verify(cookie, secret_key):
    try:
        value, sig = cookie.rsplit(".", 1)
        dk = hmac.new(secret_key, b"cookie-session", hashlib.sha1).digest()
        if not hmac.compare_digest(hmac.new(dk, value.encode(), hashlib.sha1).digest(), b64u_decode(sig)):
            return False
        payload, ts = value.rsplit(".", 1)
        if payload.startswith("."):
            data = zlib.decompress(b64u_decode(payload[1:]))
        else:
            data = b64u_decode(payload)
        json.loads(data)
        return int.from_bytes(b64u_decode(ts), "big") > 1_600_000_000
    except Exception:
        return False


def ses_smtp_password(secret_key, region):
    """AWS SES SMTP password derived from an IAM secret access key (version 4 scheme)."""
    def s(k, m):
        return hmac.new(k, m.encode(), hashlib.sha256).digest()
    sig = s(("AWS4" + secret_key).encode(), "11111111")
    sig = s(sig, region)
    sig = s(sig, "ses")
    sig = s(sig, "aws4_request")
    sig = s(sig, "SendRawEmail")
    return base64.b64encode(b"\x04" + sig).decode()


# ---------------------------------------------------------------- P-256
P256_P = 2**256 - 2**224 + 2**192 + 2**96 - 1
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def p256_on_curve(pt):
    if pt is None:
        return False
    x, y = pt
    return (y * y - (x * x * x - 3 * x + P256_B)) % P256_P == 0


def _p256_add(a, b):
    p = P256_P
    if a is None:
        return b
    if b is None:
        return a
    x1, y1 = a
    x2, y2 = b
    if x1 == x2:
        if (y1 + y2) % p == 0:
            return None
        lam = (3 * x1 * x1 - 3) * pow(2 * y1, -1, p) % p
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, p) % p
    x3 = (lam * lam - x1 - x2) % p
    return (x3, (lam * (x1 - x3) - y1) % p)


def p256_mul(k, pt=P256_G):
    r = None
    while k:
        if k & 1:
            r = _p256_add(r, pt)
        pt = _p256_add(pt, pt)
        k >>= 1
    return r


# ---------------------------------------------------------------- RSA (key generation, DER, PEM)
_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rng, rounds=24):
    if n < 2:
        return False
    for q in _SMALL_PRIMES:
        if n % q == 0:
            return n == q
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
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def rsa_keygen(rng, bits=2048, e=65537):
    while True:
        ps = []
        while len(ps) < 2:
            c = rng.getrandbits(bits // 2) | (3 << (bits // 2 - 2)) | 1
            if (c - 1) % e and _is_probable_prime(c, rng):
                ps.append(c)
        p, q = ps
        if p == q:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        lam = (p - 1) * (q - 1) // _gcd(p - 1, q - 1)
        d = pow(e, -1, lam)
        return dict(n=n, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = _int_to_bytes(n)
    return bytes([0x80 | len(b)]) + b


def _der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(v):
    b = _int_to_bytes(v)
    if b[0] & 0x80:
        b = b"\0" + b
    return _der(0x02, b)


def rsa_pkcs1_der(k):
    return _der(0x30, b"".join(_der_int(x) for x in
                               (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qi"])))


def rsa_pkcs8_der(k):
    alg = _der(0x30, _der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    return _der(0x30, _der_int(0) + alg + _der(0x04, rsa_pkcs1_der(k)))


def pem(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def _der_read(buf, i):
    tag = buf[i]
    ln = buf[i + 1]
    i += 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(buf[i:i + k], "big")
        i += k
    return tag, buf[i:i + ln], i + ln


def _der_seq_ints(body):
    out, i = [], 0
    while i < len(body):
        tag, v, i = _der_read(body, i)
        if tag != 0x02:
            raise ValueError("not int")
        out.append(int.from_bytes(v, "big"))
    return out


def rsa_pem_valid(text):
    """Parse a PKCS#1 or PKCS#8 RSA private key PEM and check that it is a consistent key."""
    m = re.match(r"-----BEGIN (RSA PRIVATE KEY|PRIVATE KEY)-----\n((?:[A-Za-z0-9+/=]{1,64}\n)+)-----END \1-----$", text)
    if not m:
        return False
    der = base64.b64decode(m.group(2).replace("\n", ""))
    tag, body, end = _der_read(der, 0)
    if tag != 0x30 or end != len(der):
        return False
    if m.group(1) == "PRIVATE KEY":
        t1, v1, i = _der_read(body, 0)
        t2, v2, i = _der_read(body, i)
        t3, v3, i = _der_read(body, i)
        if t3 != 0x04 or b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01" not in v2:
            return False
        tag, body, _ = _der_read(v3, 0)
    ints = _der_seq_ints(body)
    if len(ints) != 9:
        return False
    _, n, e, d, p, q, dp, dq, qi = ints
    return (p * q == n and n.bit_length() == 2048 and pow(pow(12345, e, n), d, n) == 12345
            and dp == d % (p - 1) and dq == d % (q - 1) and (qi * q) % p == 1)


# ---------------------------------------------------------------- macaroon v2 (PyPI tokens)
def _varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def macaroon_v2(location, ident, caveats, root_key):
    """libmacaroons binary v2 serialisation with an HMAC-SHA256 chain (root key derived
    with the 'macaroons-key-generator' HMAC, as pymacaroons does)."""
    k = hmac.new(b"macaroons-key-generator", root_key, hashlib.sha256).digest()
    sig = hmac.new(k, ident, hashlib.sha256).digest()
    out = b"\x02"
    out += b"\x01" + _varint(len(location)) + location
    out += b"\x02" + _varint(len(ident)) + ident + b"\x00"
    for c in caveats:
        out += b"\x02" + _varint(len(c)) + c + b"\x00"
        sig = hmac.new(sig, c, hashlib.sha256).digest()
    out += b"\x00"
    out += b"\x06" + _varint(32) + sig
    return out


def macaroon_v2_verify(raw, root_key):
    try:
        if raw[0] != 2:
            return False
        i = 1
        fields = []
        section = []
        while i < len(raw):
            t = raw[i]
            i += 1
            if t == 0:
                fields.append(section)
                section = []
                if len(fields) >= 1 and raw[i] == 6:
                    break
                continue
            ln = 0
            shift = 0
            while True:
                b = raw[i]
                i += 1
                ln |= (b & 0x7F) << shift
                shift += 7
                if not b & 0x80:
                    break
            section.append((t, raw[i:i + ln]))
            i += ln
        # after the terminating 0, signature field
        t = raw[i]
        ln = raw[i + 1]
        sig = raw[i + 2:i + 2 + ln]
        if t != 6 or i + 2 + ln != len(raw):
            return False
        head = fields[0]
        ident = [v for tt, v in head if tt == 2][0]
        k = hmac.new(b"macaroons-key-generator", root_key, hashlib.sha256).digest()
        s = hmac.new(k, ident, hashlib.sha256).digest()
        for sec in fields[1:]:
            for tt, v in sec:
                if tt == 2:
                    s = hmac.new(s, v, hashlib.sha256).digest()
        return hmac.compare_digest(s, sig)
    except Exception:
        return False


# ---------------------------------------------------------------- SAS
def azure_sas(account, account_key_b64, perms, start, expiry, version="2022-11-02"):
    """Azure Storage account SAS (services b, resource types co, https only)."""
    sts = "\n".join([account, perms, "b", "co", start, expiry, "", "https", version, ""]) + "\n"
    sig = base64.b64encode(hmac.new(base64.b64decode(account_key_b64), sts.encode(), hashlib.sha256).digest()).decode()
    q = f"sv={version}&ss=b&srt=co&sp={perms}&se={expiry}&st={start}&spr=https&sig=" + \
        sig.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return q


def azure_sas_verify(q, account, account_key_b64):
    try:
        kv = dict(p.split("=", 1) for p in q.split("&"))
        exp = azure_sas(account, account_key_b64, kv["sp"], kv["st"], kv["se"], kv["sv"])
        return exp == q
    except Exception:
        return False


# ---------------------------------------------------------------- SCRAM / SSHA / MySQL native
def scram_sha256(pw, salt, it=4096):
    sp = hashlib.pbkdf2_hmac("sha256", pw, salt, it)
    ck = hmac.new(sp, b"Client Key", hashlib.sha256).digest()
    sk = hashlib.sha256(ck).digest()
    svk = hmac.new(sp, b"Server Key", hashlib.sha256).digest()
    e = lambda b: base64.b64encode(b).decode()
    return f"SCRAM-SHA-256${it}:{e(salt)}${e(sk)}:{e(svk)}"


def ssha(pw, salt):
    return "{SSHA}" + base64.b64encode(hashlib.sha1(pw + salt).digest() + salt).decode()


def mysql_native(pw):
    return "*" + hashlib.sha1(hashlib.sha1(pw).digest()).hexdigest().upper()


# ---------------------------------------------------------------- deny-list
def _lang_pairs(text):
    return re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", text)


def extract_denylist(folder):
    files = sorted(f for f in os.listdir(folder) if f.endswith(".md"))
    names, syntaxes, codes, lnames, idea = set(), set(), set(), set(), set()
    for f in files:
        t = open(os.path.join(folder, f), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            s = m.strip().lower()
            if not s:
                continue
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
            mm = re.match(r"^[a-z]{2,4}pw_([a-z0-9_]+)$", s)
            if mm:
                syntaxes.add(mm.group(1))
        for m in re.findall(r"(?<![A-Za-z0-9_])[a-z0-9]+(?:_[a-z0-9]+)+(?![A-Za-z0-9_])", t):
            s = m.lower()
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for c, n in _lang_pairs(t):
            codes.add(c)
            lnames.add(n.lower())
            for w in re.split(r"[^\w]+", n.lower()):
                if w:
                    lnames.add(w)
        # idea words: the evasion sections (encodings, families, avoided and set-aside lists)
        sec = re.search(r"## Evasion encodings\n(.*?)\n## Negative classes", t, re.S)
        if sec:
            for w in re.findall(r"[A-Za-z][A-Za-z'-]*", sec.group(1)):
                for x in re.split(r"[-']", w.lower()):
                    if len(x) >= 3:
                        idea.add(x)
    return {
        "source": folder,
        "files": files,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
        "idea_words": sorted(idea),
    }


def fold_plural(w):
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("es") and w[-3] in "sxz":
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


# ---------------------------------------------------------------- self-test
def selftest():
    errs = []

    def want(cond, what):
        if not cond:
            errs.append("selftest: " + what)

    want(inet16(bytes.fromhex("0001f203f4f5f6f7")) == 0x220D, "RFC 1071 example 0001 f203 f4f5 f6f7 -> 220d")
    want(cpf_digits("111444777") == "35", "CPF 111.444.777-35")
    want(sm3(b"abc").hex() == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", "SM3('abc')")
    want(sm3(b"abcd" * 16).hex() == "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
         "SM3('abcd'*16)")
    if "sm3" in hashlib.algorithms_available:
        try:
            want(hashlib.new("sm3", b"wigmaker").digest() == sm3(b"wigmaker"), "SM3 vs hashlib")
        except Exception:
            pass
    want(gs1_check("400638133393") == "1", "GTIN-13 4006381333931")
    want(gs1_check("978030640615") == "7", "ISBN-13 978-0-306-40615-7")
    want(cas_check("773218") == "5" and cas_check("6417") == "5" and cas_check("6763") == "0",
         "CAS 7732-18-5, 64-17-5, 67-63-0")
    want(crc24(b"123456789") == 0x21CF02, "CRC-24/OpenPGP check value")
    want(p256_on_curve(P256_G) and p256_mul(P256_N) is None and p256_on_curve(p256_mul(0xC0FFEE)),
         "P-256 generator, order and a multiple")
    k = b"k" * 32
    t = hs256_jwt({"alg": "HS256", "typ": "JWT"}, {"a": 1}, k)
    want(hs256_verify(t, k) and not hs256_verify(t, b"x" * 32), "HS256 round trip")
    c = flask_cookie({"_user_id": "3"}, b"s" * 24, 1_700_000_000)
    want(flask_cookie_verify(c, b"s" * 24) and not flask_cookie_verify(c, b"t" * 24), "Flask cookie round trip")
    mac = macaroon_v2(b"pypi.org", b"\x01ident", [b'{"version": 1}'], b"r" * 32)
    want(mac[:11] == b"\x02\x01\x08pypi.org" and b64u_nopad(mac).startswith("AgEIcHlwaS5vcmc"), "macaroon v2 head")
    want(macaroon_v2_verify(mac, b"r" * 32) and not macaroon_v2_verify(mac, b"q" * 32), "macaroon v2 chain")
    key = base64.b64encode(b"z" * 64).decode()
    q = azure_sas("acct", key, "rl", "2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z")
    want(azure_sas_verify(q, "acct", key), "SAS round trip")
    want(len(ses_smtp_password("x" * 40, "eu-west-2")) == 44, "SES SMTP password length")
    return errs
