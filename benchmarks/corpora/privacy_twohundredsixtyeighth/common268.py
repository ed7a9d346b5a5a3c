"""Shared helpers for corpus p268: alphabets, the value registry, hand-written
checks and ciphers, the deny-list extractor and the self-test.

Python 3 standard library only.  Nothing here reads the clock or the network.
"""
import base64
import hashlib
import hmac
import json
import re
import struct

PREFIX = "p268"
OUT_NAME = "privacy_twohundredsixtyeighth"

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
HEX_UP = HEX.upper()
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"
VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # no I, O, Q


def rand_str(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64u_dec(text):
    pad = "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(text + pad)


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


# --------------------------------------------------------------------------
# registry: every labelled value, generated neighbour, evasion plain and run
# --------------------------------------------------------------------------
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWS_RE = re.compile(r"eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*")
JWE_RE = re.compile(r"eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def uuids_ok(text):
    for m in UUID_RE.finditer(text):
        u = m.group(0)
        if u[14] != "4" or u[19].lower() not in "89ab":
            return False
    return True


class Registry:
    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        if not uuids_ok(s):
            return False
        if len(s) >= 6:
            for o in self.items:
                if len(o) >= 6 and (s in o or o in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, fn, forbid="", tries=20000):
        for _ in range(tries):
            s = fn()
            if forbid and any(c in s for c in forbid):
                continue
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


# --------------------------------------------------------------------------
# AES-128 (FIPS-197), written out; S-box computed from GF(2^8) inverses
# --------------------------------------------------------------------------
def _xtime(a):
    a <<= 1
    if a & 0x100:
        a ^= 0x11B
    return a & 0xFF


def _gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = _xtime(a)
        b >>= 1
    return r


def _make_sbox():
    inv = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if _gmul(a, b) == 1:
                inv[a] = b
                break
    sbox = []
    for a in range(256):
        x = inv[a]
        s = x
        for k in range(1, 5):
            s ^= ((x << k) | (x >> (8 - k))) & 0xFF
        sbox.append(s ^ 0x63)
    isbox = [0] * 256
    for i, s in enumerate(sbox):
        isbox[s] = i
    return sbox, isbox


SBOX, ISBOX = _make_sbox()


_KS_CACHE = {}


def _expand128(key):
    key = bytes(key)
    if key not in _KS_CACHE:
        _KS_CACHE[key] = _expand128_raw(key)
    return _KS_CACHE[key]


def _expand128_raw(key):
    w = [list(key[4 * i:4 * i + 4]) for i in range(4)]
    rcon = 1
    for i in range(4, 44):
        t = list(w[i - 1])
        if i % 4 == 0:
            t = t[1:] + t[:1]
            t = [SBOX[x] for x in t]
            t[0] ^= rcon
            rcon = _xtime(rcon)
        w.append([w[i - 4][j] ^ t[j] for j in range(4)])
    return [sum(w[4 * r:4 * r + 4], []) for r in range(11)]


def _add(s, k):
    return [a ^ b for a, b in zip(s, k)]


def _shift(s):
    return [s[(i + 4 * (i % 4)) % 16] for i in range(16)]


def _ishift(s):
    return [s[(i - 4 * (i % 4)) % 16] for i in range(16)]


_MUL = {m: [_gmul(x, m) for x in range(256)] for m in (1, 2, 3, 9, 11, 13, 14)}


def _mix(s, m):
    out = []
    for c in range(4):
        col = s[4 * c:4 * c + 4]
        for r in range(4):
            row = m[r]
            out.append(_MUL[row[0]][col[0]] ^ _MUL[row[1]][col[1]] ^ _MUL[row[2]][col[2]] ^ _MUL[row[3]][col[3]])
    return out


_M = [[2, 3, 1, 1], [1, 2, 3, 1], [1, 1, 2, 3], [3, 1, 1, 2]]
_IM = [[14, 11, 13, 9], [9, 14, 11, 13], [13, 9, 14, 11], [11, 13, 9, 14]]


def aes128_enc(key, block):
    ks = _expand128(key)
    s = _add(list(block), ks[0])
    for r in range(1, 10):
        s = _mix(_shift([SBOX[x] for x in s]), _M)
        s = _add(s, ks[r])
    s = _add(_shift([SBOX[x] for x in s]), ks[10])
    return bytes(s)


def aes128_dec(key, block):
    ks = _expand128(key)
    s = _add(list(block), ks[10])
    s = [ISBOX[x] for x in _ishift(s)]
    for r in range(9, 0, -1):
        s = _add(s, ks[r])
        s = _mix(s, _IM)
        s = [ISBOX[x] for x in _ishift(s)]
    return bytes(_add(s, ks[0]))


def aes_kw_wrap(kek, key):
    """RFC 3394 key wrap with the default IV A6A6A6A6A6A6A6A6."""
    n = len(key) // 8
    a = bytes.fromhex("A6A6A6A6A6A6A6A6")
    r = [key[8 * i:8 * i + 8] for i in range(n)]
    for j in range(6):
        for i in range(n):
            b = aes128_enc(kek, a + r[i])
            t = n * j + i + 1
            a = (int.from_bytes(b[:8], "big") ^ t).to_bytes(8, "big")
            r[i] = b[8:]
    return a + b"".join(r)


def aes_kw_unwrap(kek, wrapped):
    n = len(wrapped) // 8 - 1
    a = wrapped[:8]
    r = [wrapped[8 * (i + 1):8 * (i + 2)] for i in range(n)]
    for j in range(5, -1, -1):
        for i in range(n - 1, -1, -1):
            t = n * j + i + 1
            a2 = (int.from_bytes(a, "big") ^ t).to_bytes(8, "big")
            b = aes128_dec(kek, a2 + r[i])
            a = b[:8]
            r[i] = b[8:]
    if a != bytes.fromhex("A6A6A6A6A6A6A6A6"):
        raise ValueError("key unwrap integrity check failed")
    return b"".join(r)


def cbc_enc(key, iv, data):
    pad = 16 - len(data) % 16
    data = data + bytes([pad]) * pad
    out, prev = [], iv
    for i in range(0, len(data), 16):
        blk = aes128_enc(key, bytes(a ^ b for a, b in zip(data[i:i + 16], prev)))
        out.append(blk)
        prev = blk
    return b"".join(out)


def cbc_dec(key, iv, data):
    out, prev = [], iv
    for i in range(0, len(data), 16):
        blk = data[i:i + 16]
        out.append(bytes(a ^ b for a, b in zip(aes128_dec(key, blk), prev)))
        prev = blk
    p = b"".join(out)
    pad = p[-1]
    if pad < 1 or pad > 16 or p[-pad:] != bytes([pad]) * pad:
        raise ValueError("bad padding")
    return p[:-pad]


# --------------------------------------------------------------------------
# compact JWE, alg A128KW, enc A128CBC-HS256 (RFC 7516 / RFC 7518 5.2.3)
# --------------------------------------------------------------------------
def jwe_a128kw_encrypt(kek, header, claims, cek, iv):
    prot = b64u(json.dumps(header, separators=(",", ":")).encode())
    aad = prot.encode("ascii")
    mac_key, enc_key = cek[:16], cek[16:]
    ct = cbc_enc(enc_key, iv, json.dumps(claims, separators=(",", ":")).encode())
    al = struct.pack(">Q", len(aad) * 8)
    tag = hmac.new(mac_key, aad + iv + ct + al, hashlib.sha256).digest()[:16]
    ek = aes_kw_wrap(kek, cek)
    return ".".join([prot, b64u(ek), b64u(iv), b64u(ct), b64u(tag)])


def jwe_a128kw_decrypt(kek, token):
    parts = token.split(".")
    if len(parts) != 5:
        raise ValueError("not five parts")
    header = json.loads(b64u_dec(parts[0]))
    if header.get("alg") != "A128KW" or header.get("enc") != "A128CBC-HS256":
        raise ValueError("unexpected alg/enc")
    cek = aes_kw_unwrap(kek, b64u_dec(parts[1]))
    iv, ct, tag = b64u_dec(parts[2]), b64u_dec(parts[3]), b64u_dec(parts[4])
    aad = parts[0].encode("ascii")
    al = struct.pack(">Q", len(aad) * 8)
    want = hmac.new(cek[:16], aad + iv + ct + al, hashlib.sha256).digest()[:16]
    if not hmac.compare_digest(want, tag):
        raise ValueError("tag mismatch")
    return header, json.loads(cbc_dec(cek[16:], iv, ct))


# --------------------------------------------------------------------------
# ChaCha20, Poly1305, HChaCha20, XChaCha20-Poly1305 and PASETO v2.local
# --------------------------------------------------------------------------
def _rotl(v, c):
    return ((v << c) & 0xFFFFFFFF) | (v >> (32 - c))


def _qr(s, a, b, c, d):
    s[a] = (s[a] + s[b]) & 0xFFFFFFFF; s[d] = _rotl(s[d] ^ s[a], 16)
    s[c] = (s[c] + s[d]) & 0xFFFFFFFF; s[b] = _rotl(s[b] ^ s[c], 12)
    s[a] = (s[a] + s[b]) & 0xFFFFFFFF; s[d] = _rotl(s[d] ^ s[a], 8)
    s[c] = (s[c] + s[d]) & 0xFFFFFFFF; s[b] = _rotl(s[b] ^ s[c], 7)


_SIGMA = struct.unpack("<4I", b"expand 32-byte k")


def _rounds(s):
    for _ in range(10):
        _qr(s, 0, 4, 8, 12); _qr(s, 1, 5, 9, 13); _qr(s, 2, 6, 10, 14); _qr(s, 3, 7, 11, 15)
        _qr(s, 0, 5, 10, 15); _qr(s, 1, 6, 11, 12); _qr(s, 2, 7, 8, 13); _qr(s, 3, 4, 9, 14)


def chacha20_block(key, counter, nonce):
    init = list(_SIGMA) + list(struct.unpack("<8I", key)) + [counter] + list(struct.unpack("<3I", nonce))
    s = list(init)
    _rounds(s)
    return struct.pack("<16I", *[(a + b) & 0xFFFFFFFF for a, b in zip(s, init)])


def chacha20_xor(key, counter, nonce, data):
    out = bytearray()
    for i in range(0, len(data), 64):
        ks = chacha20_block(key, counter + i // 64, nonce)
        out += bytes(a ^ b for a, b in zip(data[i:i + 64], ks))
    return bytes(out)


def hchacha20(key, nonce16):
    s = list(_SIGMA) + list(struct.unpack("<8I", key)) + list(struct.unpack("<4I", nonce16))
    _rounds(s)
    return struct.pack("<8I", *(s[0:4] + s[12:16]))


def poly1305(key, msg):
    r = int.from_bytes(key[:16], "little") & 0x0FFFFFFC0FFFFFFC0FFFFFFC0FFFFFFF
    s = int.from_bytes(key[16:], "little")
    p = (1 << 130) - 5
    acc = 0
    for i in range(0, len(msg), 16):
        n = int.from_bytes(msg[i:i + 16] + b"\x01", "little")
        acc = ((acc + n) * r) % p
    return ((acc + s) & ((1 << 128) - 1)).to_bytes(16, "little")


def _pad16(b):
    return b"\x00" * (-len(b) % 16)


def chacha_aead_encrypt(key, nonce12, pt, aad):
    otk = chacha20_block(key, 0, nonce12)[:32]
    ct = chacha20_xor(key, 1, nonce12, pt)
    mac = aad + _pad16(aad) + ct + _pad16(ct) + struct.pack("<QQ", len(aad), len(ct))
    return ct + poly1305(otk, mac)


def chacha_aead_decrypt(key, nonce12, ctt, aad):
    ct, tag = ctt[:-16], ctt[-16:]
    otk = chacha20_block(key, 0, nonce12)[:32]
    mac = aad + _pad16(aad) + ct + _pad16(ct) + struct.pack("<QQ", len(aad), len(ct))
    if not hmac.compare_digest(poly1305(otk, mac), tag):
        raise ValueError("poly1305 tag mismatch")
    return chacha20_xor(key, 1, nonce12, ct)


def xchacha_encrypt(key, nonce24, pt, aad):
    sub = hchacha20(key, nonce24[:16])
    return chacha_aead_encrypt(sub, b"\x00" * 4 + nonce24[16:], pt, aad)


def xchacha_decrypt(key, nonce24, ctt, aad):
    sub = hchacha20(key, nonce24[:16])
    return chacha_aead_decrypt(sub, b"\x00" * 4 + nonce24[16:], ctt, aad)


def pae(pieces):
    def le64(n):
        return struct.pack("<Q", n & 0x7FFFFFFFFFFFFFFF)
    out = le64(len(pieces))
    for p in pieces:
        out += le64(len(p)) + p
    return out


def paseto_v2_local_encrypt(key, message, nonce_key, footer=b""):
    h = b"v2.local."
    n = hashlib.blake2b(message, key=nonce_key, digest_size=24).digest()
    c = xchacha_encrypt(key, n, message, pae([h, n, footer]))
    tok = h.decode() + b64u(n + c)
    if footer:
        tok += "." + b64u(footer)
    return tok


def paseto_v2_local_decrypt(key, token):
    if not token.startswith("v2.local."):
        raise ValueError("not v2.local")
    rest = token[len("v2.local."):]
    footer = b""
    if "." in rest:
        rest, f = rest.split(".", 1)
        footer = b64u_dec(f)
    raw = b64u_dec(rest)
    n, c = raw[:24], raw[24:]
    m = xchacha_decrypt(key, n, c, pae([b"v2.local.", n, footer]))
    return json.loads(m), footer


# --------------------------------------------------------------------------
# check digits and checksums (everyday layouts and negative identifiers)
# --------------------------------------------------------------------------
_VIN_VALUES = dict(zip("ABCDEFGH", range(1, 9)))
_VIN_VALUES.update(dict(zip("JKLMN", range(1, 6))))
_VIN_VALUES.update({"P": 7, "R": 9})
_VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10))))
_VIN_VALUES.update({d: int(d) for d in DIGITS})
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(vin17):
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin17, _VIN_WEIGHTS))
    r = total % 11
    return "X" if r == 10 else str(r)


def vin_valid(vin17):
    return (len(vin17) == 17 and all(c in VIN_ALPHABET for c in vin17)
            and vin17[8] == vin_check_char(vin17))


def make_vin(rng, wmi=None):
    body = list(rand_str(rng, VIN_ALPHABET, 17))
    if wmi:
        body[:3] = list(wmi)
    body[8] = "0"
    body[8] = vin_check_char("".join(body))
    return "".join(body)


def bsd_sum16(data):
    """BSD `sum` checksum: rotate right by one bit, add the byte, keep 16 bits."""
    c = 0
    for b in data:
        c = (c >> 1) + ((c & 1) << 15)
        c = (c + b) & 0xFFFF
    return c


def gs1_check(digits):
    """GS1 mod-10 check digit for a string of digits without its check digit."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += int(d) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def cas_check(digits):
    """CAS Registry Number check digit of the digits before the check."""
    total = sum(int(d) * (i + 1) for i, d in enumerate(reversed(digits)))
    return str(total % 10)


def iso7064_mod97_ok(s):
    """ISO 7064 MOD 97-10 over an alphanumeric string (letters A=10 .. Z=35)."""
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def lei_with_check(base18):
    num = "".join(str(int(c, 36)) for c in base18 + "00")
    return base18 + "%02d" % (98 - int(num) % 97)


def uk_vat_valid(nine):
    d = [int(c) for c in nine]
    total = sum(a * b for a, b in zip(d[:7], [8, 7, 6, 5, 4, 3, 2])) + int(nine[7:])
    return total % 97 == 0 or (total + 55) % 97 == 0


def uk_vat_make(rng):
    while True:
        seven = "".join(rng.choice(DIGITS) for _ in range(7))
        if seven[0] == "0":
            continue
        t = sum(int(a) * b for a, b in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
        chk = (-(t + 55)) % 97 if rng.random() < 0.5 else (-t) % 97
        v = seven + "%02d" % chk
        if uk_vat_valid(v):
            return v


def isbn13_check(twelve):
    return gs1_check(twelve)


_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32_encode(hrp, data8):
    acc, bits, data = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _bech32_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


def bech32_valid(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], [_B32.find(c) for c in s[pos + 1:]]
    if -1 in data:
        return False
    return _bech32_polymod(_hrp_expand(hrp) + data) == 1


# --------------------------------------------------------------------------
# JWT helpers used by checks
# --------------------------------------------------------------------------
KNOWN_JWS_ALGS = {"HS256": 32, "HS384": 48, "HS512": 64}


def hs256_jwt(key, header, claims):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


def jws_frame_ok(tok):
    try:
        h, p, s = tok.split(".")
        header = json.loads(b64u_dec(h))
        json.loads(b64u_dec(p))
        alg = header.get("alg")
        return alg in KNOWN_JWS_ALGS and len(b64u_dec(s)) == KNOWN_JWS_ALGS[alg]
    except Exception:
        return False


# --------------------------------------------------------------------------
# deny-list extraction from the two earlier READMEs
# --------------------------------------------------------------------------
def extract_denylist(texts):
    names, syntaxes, codes, lang_names = set(), set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            n = m.strip().lower()
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"(?<![A-Za-z0-9_])([A-Za-z0-9]+(?:_[A-Za-z0-9]+)+)(?![A-Za-z0-9_])", t):
            n = m.lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"`([a-z]+pw_[a-z0-9_]+)`", t):
            syntaxes.add(re.sub(r"^[a-z]+pw_", "", m.lower()))
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(code.lower())
            lang_names.add(name.lower())
            for w in re.split(r"[\s\-]+", name.lower()):
                if w:
                    lang_names.add(w)
    return {
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


# --------------------------------------------------------------------------
# self-test against published vectors
# --------------------------------------------------------------------------
def selftest():
    errs = []

    def need(cond, what):
        if not cond:
            errs.append("selftest: " + what)

    k = bytes(range(16))
    need(aes128_enc(k, bytes.fromhex("00112233445566778899aabbccddeeff")).hex()
         == "69c4e0d86a7b0430d8cdb78070b4c55a", "FIPS-197 C.1 encrypt")
    need(aes128_dec(k, bytes.fromhex("69c4e0d86a7b0430d8cdb78070b4c55a")).hex()
         == "00112233445566778899aabbccddeeff", "FIPS-197 C.1 decrypt")
    w = aes_kw_wrap(k, bytes.fromhex("00112233445566778899AABBCCDDEEFF"))
    need(w.hex().upper() == "1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5", "RFC 3394 4.1 wrap")
    need(aes_kw_unwrap(k, w).hex().upper() == "00112233445566778899AABBCCDDEEFF", "RFC 3394 4.1 unwrap")
    key32 = bytes(range(32))
    blk = chacha20_block(key32, 1, bytes.fromhex("000000090000004a00000000"))
    need(blk[:16].hex() == "10f1e7e4d13b5915500fdd1fa32071c4", "RFC 8439 2.3.2 block")
    need(poly1305(bytes.fromhex("85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b"),
                  b"Cryptographic Forum Research Group").hex() == "a8061dc1305136c6c22b8baf0c0127a9",
         "RFC 8439 2.5.2 poly1305")
    need(hchacha20(key32, bytes.fromhex("000000090000004a0000000031415927")).hex()
         == "82413b4227b27bfed30e42508a877d73a0f9e4d58a74a853c12ec41326d3ecdc", "HChaCha20 2.2.1")
    pt = (b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip "
          b"for the future, sunscreen would be it.")
    ctt = chacha_aead_encrypt(bytes(range(0x80, 0xA0)), bytes.fromhex("070000004041424344454647"),
                              pt, bytes.fromhex("50515253c0c1c2c3c4c5c6c7"))
    need(ctt[-16:].hex() == "1ae10b594f09e26a7e902ecbd0600691", "RFC 8439 2.8.2 AEAD tag")
    need(ctt[:4].hex() == "d31a8d34", "RFC 8439 2.8.2 AEAD ciphertext head")
    need(vin_valid("1M8GDM9AXKP042788"), "VIN 1M8GDM9AXKP042788")
    need(gs1_check("400638133393") == "1", "EAN 4006381333931")
    need(isbn13_check("978030640615") == "7", "ISBN 978-0-306-40615-7")
    need(cas_check("773218") == "5", "CAS 7732-18-5 (water)")
    need(iso7064_mod97_ok("WEST12345698765432GB82"), "IBAN GB82 WEST (MOD 97-10)")
    need(bsd_sum16(b"a") == 97 and bsd_sum16(b"ab") == 32914, "BSD sum worked values")
    need(bech32_valid("A12UEL5L") and bech32_valid("a12uel5l"), "BIP-173 A12UEL5L")
    return errs
