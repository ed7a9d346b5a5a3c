"""Shared helpers for the p263 corpus: registry, alphabets, hand-written
check algorithms and crypto primitives (standard library only).

Hand-written here: Keccak-f[1600] / Keccak-256 (and the EIP-55 style
mixed-case hex checksum built on it), AES-128 (encryption), AES-CBC and
AES-GCM (GHASH), X25519, ISO 6346, UPU S10, IBAN mod 97-10 and the IMO
number check.  `selftest()` asserts published vectors for every one of them.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string

OUT_PREFIX = "p263"
DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = DIGITS + UPPER + LOWER
LOWER_ALNUM = DIGITS + LOWER
UPPER_ALNUM = DIGITS + UPPER
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWS_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
# JWE compact with an empty encrypted-key part (alg "dir")
JWE_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
MARK = "@@V@@"


# ---------------------------------------------------------------- basics
def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def b64s(b):
    return base64.b64encode(b).decode()


def uuid4(rng):
    h = rstr(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def is_uuid4(u):
    return bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", u.lower()))


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


def place(text_with_marker, value):
    """Replace the single marker by value; return (text, start, end)."""
    assert text_with_marker.count(MARK) == 1, text_with_marker[:200]
    start = text_with_marker.index(MARK)
    text = text_with_marker.replace(MARK, value)
    return text, start, start + len(value)


# ---------------------------------------------------------------- Keccak
def _rc_bit(t):
    if t % 255 == 0:
        return 1
    r = 1
    for _ in range(t % 255):
        r <<= 1
        if r & 0x100:
            r ^= 0x171
    return r & 1


_RC = []
for _ir in range(24):
    _v = 0
    for _j in range(7):
        if _rc_bit(_j + 7 * _ir):
            _v |= 1 << ((1 << _j) - 1)
    _RC.append(_v)
_ROT = [[0] * 5 for _ in range(5)]
_x, _y = 1, 0
for _t in range(24):
    _ROT[_x][_y] = ((_t + 1) * (_t + 2) // 2) % 64
    _x, _y = _y, (2 * _x + 3 * _y) % 5
_M64 = (1 << 64) - 1


def _rol(v, n):
    n %= 64
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a):
    for rnd in range(24):
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y] & _M64) for y in range(5)] for x in range(5)]
        a[0][0] ^= _RC[rnd]
    return a


def _sponge256(data, pad_byte):
    rate = 136
    msg = bytearray(data)
    msg.append(pad_byte)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            a[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        a = _keccak_f(a)
    out = b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out


def keccak256(data):
    return _sponge256(data, 0x01)


def sha3_256_by_hand(data):
    return _sponge256(data, 0x06)


def keccak_case(hex40):
    """EIP-55 rule: upper-case a letter where the matching nibble of
    Keccak-256(lower-case hex text) is 8 or more."""
    low = hex40.lower()
    h = keccak256(low.encode()).hex()
    return "".join(ch.upper() if ch.isalpha() and int(h[i], 16) >= 8 else ch for i, ch in enumerate(low))


# ---------------------------------------------------------------- AES-128
def _gmul(a, b):
    p = 0
    for _ in range(8):
        if b & 1:
            p ^= a
        hi = a & 0x80
        a = (a << 1) & 0xFF
        if hi:
            a ^= 0x1B
        b >>= 1
    return p


def _ginv(a):
    if a == 0:
        return 0
    r = 1
    for _ in range(254):
        r = _gmul(r, a)
    return r


def _affine(b):
    c = 0x63
    out = 0
    for i in range(8):
        bit = ((b >> i) ^ (b >> ((i + 4) % 8)) ^ (b >> ((i + 5) % 8)) ^ (b >> ((i + 6) % 8)) ^ (b >> ((i + 7) % 8)) ^ (c >> i)) & 1
        out |= bit << i
    return out


SBOX = [_affine(_ginv(i)) for i in range(256)]


def _expand128(key):
    w = [list(key[4 * i:4 * i + 4]) for i in range(4)]
    rcon = 1
    for i in range(4, 44):
        t = list(w[i - 1])
        if i % 4 == 0:
            t = t[1:] + t[:1]
            t = [SBOX[v] for v in t]
            t[0] ^= rcon
            rcon = _gmul(rcon, 2)
        w.append([w[i - 4][j] ^ t[j] for j in range(4)])
    return [sum(w[4 * r:4 * r + 4], []) for r in range(11)]


_MUL2 = [_gmul(i, 2) for i in range(256)]
_MUL3 = [_gmul(i, 3) for i in range(256)]
_RK_CACHE = {}


def aes128_encrypt_block(key, block):
    rk = _RK_CACHE.get(key)
    if rk is None:
        rk = _RK_CACHE[key] = _expand128(key)
    s = [block[i] ^ rk[0][i] for i in range(16)]
    for rnd in range(1, 11):
        s = [SBOX[v] for v in s]
        # shift rows (state is column-major: index = 4*col + row)
        s = [s[4 * ((c + r) % 4) + r] for c in range(4) for r in range(4)]
        if rnd != 10:
            ns = []
            for c in range(4):
                a0, a1, a2, a3 = s[4 * c:4 * c + 4]
                ns += [_MUL2[a0] ^ _MUL3[a1] ^ a2 ^ a3,
                       a0 ^ _MUL2[a1] ^ _MUL3[a2] ^ a3,
                       a0 ^ a1 ^ _MUL2[a2] ^ _MUL3[a3],
                       _MUL3[a0] ^ a1 ^ a2 ^ _MUL2[a3]]
            s = ns
        s = [s[i] ^ rk[rnd][i] for i in range(16)]
    return bytes(s)


def aes128_cbc_encrypt(key, iv, plain):
    pad = 16 - len(plain) % 16
    data = plain + bytes([pad]) * pad
    out, prev = b"", iv
    for i in range(0, len(data), 16):
        blk = bytes(x ^ y for x, y in zip(data[i:i + 16], prev))
        prev = aes128_encrypt_block(key, blk)
        out += prev
    return out


def _gf128(x, y):
    r = 0xE1 << 120
    z, v = 0, y
    for i in range(127, -1, -1):
        if (x >> i) & 1:
            z ^= v
        v = (v >> 1) ^ r if v & 1 else v >> 1
    return z


def _ghash(h, aad, ct):
    def blocks(b):
        b = b + b"\x00" * (-len(b) % 16)
        return [int.from_bytes(b[i:i + 16], "big") for i in range(0, len(b), 16)]
    y = 0
    for blk in blocks(aad) + blocks(ct) + [((len(aad) * 8) << 64) | (len(ct) * 8)]:
        y = _gf128(y ^ blk, h)
    return y


def aes128_gcm(key, iv12, plain, aad=b""):
    """Encrypt; return (ciphertext, tag).  Decryption = same keystream."""
    h = int.from_bytes(aes128_encrypt_block(key, b"\x00" * 16), "big")
    j0 = iv12 + b"\x00\x00\x00\x01"
    ct = bytearray()
    ctr = int.from_bytes(j0, "big")
    for i in range(0, len(plain), 16):
        ctr = (ctr & ~0xFFFFFFFF) | ((ctr + 1) & 0xFFFFFFFF)
        ks = aes128_encrypt_block(key, ctr.to_bytes(16, "big"))
        ct += bytes(a ^ b for a, b in zip(plain[i:i + 16], ks))
    s = _ghash(h, aad, bytes(ct))
    tag = (int.from_bytes(aes128_encrypt_block(key, j0), "big") ^ s).to_bytes(16, "big")
    return bytes(ct), tag


def aes128_gcm_open(key, iv12, ct, tag, aad=b""):
    plain, _ = aes128_gcm(key, iv12, ct, b"")  # CTR keystream is symmetric
    _, tag2 = aes128_gcm(key, iv12, plain, aad)
    if not hmac.compare_digest(tag, tag2):
        return None
    return plain


# ---------------------------------------------------------------- X25519
_P25519 = 2 ** 255 - 19


def x25519(k_bytes, u_bytes):
    k = int.from_bytes(k_bytes, "little")
    k &= ~7
    k &= ~(128 << 248)
    k |= 64 << 248
    u = int.from_bytes(u_bytes, "little") & ((1 << 255) - 1)
    p = _P25519
    x1, x2, z2, x3, z3, swap = u, 1, 0, u, 1, 0
    for t in reversed(range(255)):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        a = (x2 + z2) % p
        aa = a * a % p
        b = (x2 - z2) % p
        bb = b * b % p
        e = (aa - bb) % p
        c = (x3 + z3) % p
        d = (x3 - z3) % p
        da = d * a % p
        cb = c * b % p
        x3 = (da + cb) ** 2 % p
        z3 = x1 * (da - cb) ** 2 % p
        x2 = aa * bb % p
        z2 = e * (aa + 121665 * e) % p
    if swap:
        x2, x3, z2, z3 = x3, x2, z3, z2
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, "little")


def x25519_public(priv):
    return x25519(priv, (9).to_bytes(32, "little"))


def wg_clamp(raw32):
    b = bytearray(raw32)
    b[0] &= 248
    b[31] &= 127
    b[31] |= 64
    return bytes(b)


# ---------------------------------------------------------------- identifiers
_ISO6346 = {}
_v = 10
for _ch in UPPER:
    if _v % 11 == 0:
        _v += 1
    _ISO6346[_ch] = _v
    _v += 1


def iso6346_check(body10):
    total = 0
    for i, ch in enumerate(body10):
        val = int(ch) if ch.isdigit() else _ISO6346[ch]
        total += val * (2 ** i)
    return (total % 11) % 10


def upu_s10_check(d8):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    s = sum(int(c) * k for c, k in zip(d8, w))
    c = 11 - s % 11
    return 0 if c == 10 else 5 if c == 11 else c


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def iban_make(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (country, chk, bban)


def imo_check(d6):
    return sum(int(c) * w for c, w in zip(d6, [7, 6, 5, 4, 3, 2])) % 10


# ---------------------------------------------------------------- JWT / JWE
def jws_hs256(header, payload, key):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


def jwe_dir_a128gcm(header, claims, key, iv):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    ct, tag = aes128_gcm(key, iv, json.dumps(claims, separators=(",", ":")).encode(), h.encode())
    return h + ".." + b64u(iv) + "." + b64u(ct) + "." + b64u(tag)


def jwe_open(token, key):
    h, ek, iv, ct, tag = token.split(".")
    if ek != "":
        return None
    plain = aes128_gcm_open(key, b64u_dec(iv), b64u_dec(ct), b64u_dec(tag), h.encode())
    if plain is None:
        return None
    return json.loads(b64u_dec(h)), json.loads(plain)


JWS_ALG_SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "ES256": 64, "EdDSA": 64}


def jws_frame_ok(tok):
    try:
        h, p, s = tok.split(".")
        hj = json.loads(b64u_dec(h))
        json.loads(b64u_dec(p))
        sig = b64u_dec(s)
    except Exception:
        return False
    alg = hj.get("alg")
    return alg in JWS_ALG_SIGLEN and len(sig) == JWS_ALG_SIGLEN[alg]


# ---------------------------------------------------------------- registry
class Registry:
    """Every generated value goes through here: refuses repeats, any 6+
    character substring relation with an earlier string, non-v4 UUIDs and
    JWT frames that do not parse."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return False
        for m in UUID_RE.findall(s):
            if not is_uuid4(m):
                return False
        for m in JWS_RE.findall(s):
            if not jws_frame_ok(m):
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.set.add(s)
        return True

    def draw(self, fn, forbid="", tries=4000):
        for _ in range(tries):
            v = fn()
            if forbid and any(c in v for c in forbid):
                continue
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a value")


# ---------------------------------------------------------------- styles
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
    if style == "title":
        return " ".join(w.upper() if w in ("hmi", "api", "jwe", "sm", "io", "ai", "pc", "nvr", "aws") else w.capitalize() for w in words)
    if style == "spaced":
        return " ".join(w.upper() if w in ("hmi", "api", "jwe", "nvr") else w for w in words)
    raise ValueError(style)


# ---------------------------------------------------------------- deny-list
LANG_PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
SYNTAX_PREFIX_RE = re.compile(r"^[a-z]{2,4}pw_(.+)$")


def extract_denylist(paths):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for p in paths:
        text = open(p, encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", text):
            low = m.strip().lower()
            if not low:
                continue
            names.add(low)
            for part in low.split("__"):
                if part:
                    names.add(part)
            sm = SYNTAX_PREFIX_RE.match(low)
            if sm:
                syntaxes.add(sm.group(1))
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", text):
            low = m.lower()
            names.add(low)
            for part in low.split("__"):
                if part:
                    names.add(part)
            sm = SYNTAX_PREFIX_RE.match(low)
            if sm:
                syntaxes.add(sm.group(1))
        for code, name in LANG_PAIR_RE.findall(text):
            codes.add(code.lower())
            lnames.add(name.lower())
            for w in re.split(r"[\s,;/-]+", name.lower()):
                if w:
                    lnames.add(w)
    return {"names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


# ---------------------------------------------------------------- selftest
def selftest():
    # Keccak: the SHA-3 padding of the same sponge must agree with hashlib
    for msg in [b"", b"abc", b"willow" * 50, bytes(range(200))]:
        assert sha3_256_by_hand(msg) == hashlib.sha3_256(msg).digest()
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    for addr in ["5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                 "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"]:
        assert keccak_case(addr) == addr, addr
    # AES-128 (FIPS-197 appendix C.1) and GCM (test cases 1-3 of the GCM spec)
    assert aes128_encrypt_block(bytes(range(16)), bytes.fromhex("00112233445566778899aabbccddeeff")).hex() == "69c4e0d86a7b0430d8cdb78070b4c55a"
    ct, tag = aes128_gcm(bytes(16), bytes(12), b"")
    assert tag.hex() == "58e2fccefa7e3061367f1d57a4e7455a"
    ct, tag = aes128_gcm(bytes(16), bytes(12), bytes(16))
    assert ct.hex() == "0388dace60b6a392f328c2b971b2fe78" and tag.hex() == "ab6e47d42cec13bdf53a67b21257bddf"
    k3 = bytes.fromhex("feffe9928665731c6d6a8f9467308308")
    iv3 = bytes.fromhex("cafebabefacedbaddecaf888")
    p3 = bytes.fromhex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255")
    ct, tag = aes128_gcm(k3, iv3, p3)
    assert ct.hex() == "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985"
    assert tag.hex() == "4d5c2af327cd64a62cf35abd2ba6fab4"
    assert aes128_gcm_open(k3, iv3, ct, tag) == p3
    # X25519 (RFC 7748 sections 5.2 and 6.1)
    assert x25519(bytes.fromhex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"),
                  bytes.fromhex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c")).hex() == \
        "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"
    alice = bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
    bob = bytes.fromhex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")
    assert x25519_public(alice).hex() == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
    assert x25519_public(bob).hex() == "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"
    assert x25519(alice, x25519_public(bob)).hex() == "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"
    # ISO 6346 (CSQU 305438 3), UPU S10 (EE 87654321 6 CA), IBAN (GB82 WEST ...), IMO 9074729
    assert iso6346_check("CSQU305438") == 3
    assert upu_s10_check("87654321") == 6
    assert iban_valid("GB82WEST12345698765432") and not iban_valid("GB83WEST12345698765432")
    assert iban_make("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert imo_check("907472") == 9
    return True
