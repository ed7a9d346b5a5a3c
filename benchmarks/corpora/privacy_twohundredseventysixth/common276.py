"""Shared helpers for p276: hand-written check algorithms, a value registry,
password forms and the deny-list extraction.  Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import struct

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEXL = "0123456789abcdef"
B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
B64S = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# ---------------------------------------------------------------- passwords
# trade words (letters only, no firm, host, place or person name)
TRADE_WORDS = [
    "warp", "weft", "shuttle", "heddle", "treadle", "bobbin", "selvedge", "kilim",
    "soumak", "dhurrie", "tufting", "fringe", "berber", "jute", "sisal", "mohair",
    "alpaca", "lanolin", "madder", "indigo", "cochineal", "mordant", "skein",
    "spindle", "loom", "beater", "creel", "cartoon", "gobelin", "aubusson",
    "tabby", "twill", "ghiordes", "senneh", "chenille", "saxony", "axminster",
    "wilton", "underlay", "gripper", "bonnet", "extractor", "spotter", "wringer",
    "couching", "crepeline", "netting", "batten", "tapestry", "carding", "fleece",
    "worsted", "woollen", "yarn", "dyepot", "logwood", "runner", "shampoo",
    "centrifuge", "lampas", "brocade", "damask", "velvet", "shearling", "knotting",
    "heald", "raddle", "pirn", "temple",
]
TAIL_RE = r"(?:[0-9]{2,4}|Loom[1-9]|[1-9]0ppi)"
LOOSE_JOINERS = "-_.@!#"
STRICT_JOINERS = "-_."
PW_LOOSE_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.@!#]" + TAIL_RE + r"$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.]" + TAIL_RE + r"$")
# any world word + joiner + tail anywhere, any case (negatives, stray forms)
_W = "|".join(sorted(TRADE_WORDS, key=len, reverse=True))
PW_FORM_ANY = re.compile(r"(?i)(?<![A-Za-z])(?:" + _W + r")[-_.@!#+~*=&:/](?:[0-9]{2,4}|loom[1-9]|[1-9]0ppi)(?![0-9])")
HINT_RE = re.compile(r"(?i)pass|pwd|secret|pw")


def password(rng, joiners=LOOSE_JOINERS, cap=0.5, forbid=""):
    js = [j for j in joiners if j not in forbid]
    w = rng.choice(TRADE_WORDS)
    if rng.random() < cap:
        w = w[0].upper() + w[1:]
    k = rng.random()
    if k < 0.45:
        tail = str(rng.randint(10, 9999)) if rng.random() < 0.6 else str(rng.randint(1968, 2026))
        if len(tail) == 1:
            tail = "0" + tail
    elif k < 0.75:
        tail = "Loom%d" % rng.randint(1, 9)
    else:
        tail = "%d0ppi" % rng.randint(1, 9)
    return w + rng.choice(js) + tail


def is_password(v, strict=False):
    m = (PW_STRICT_RE if strict else PW_LOOSE_RE).match(v)
    if not m:
        return False
    word = re.match(r"[A-Za-z]+", v).group(0).lower()
    return word in TRADE_WORDS


# ---------------------------------------------------------------- registry
class Registry:
    """Every generated string goes through here: no repeats, no 6+ character
    substring relation with an earlier string, no non-v4 UUID."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        if not uuid_ok(s):
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
        self.set.add(s)
        return True

    def draw(self, fn, tries=500):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID4_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def uuid_ok(s):
    return all(UUID4_RE.match(u) for u in UUID_RE.findall(s))


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = bytes(b).hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}")

# ---------------------------------------------------------------- Luhn


def luhn_check_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_valid(num):
    return num[-1] == luhn_check_digit(num[:-1])

# ---------------------------------------------------------------- Verhoeff (dihedral group D5)


def _verhoeff_tables():
    # multiplication table of D5 built from its definition: elements 0..4 are
    # rotations r^k, 5..9 are reflections s r^k.
    def mul(a, b):
        if a < 5 and b < 5:
            return (a + b) % 5
        if a < 5 and b >= 5:
            return 5 + ((b - 5) + a) % 5
        if a >= 5 and b < 5:
            return 5 + ((a - 5) - b) % 5
        return ((a - 5) - (b - 5)) % 5
    d = [[mul(a, b) for b in range(10)] for a in range(10)]
    p0 = list(range(10))
    p1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]
    p = [p0, p1]
    for i in range(2, 8):
        p.append([p1[x] for x in p[i - 1]])
    inv = [next(b for b in range(10) if d[a][b] == 0) for a in range(10)]
    return d, p, inv


_VD, _VP, _VINV = _verhoeff_tables()


def verhoeff_check_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_valid(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

# ---------------------------------------------------------------- Damm (weakly totally anti-symmetric quasigroup of order 10)


DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
]


def damm_interim(s):
    c = 0
    for ch in s:
        c = DAMM[c][int(ch)]
    return c


def damm_check_digit(body):
    return str(damm_interim(body))


def damm_valid(num):
    return damm_interim(num) == 0

# ---------------------------------------------------------------- Base58Check


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58decode(s):
    n = 0
    for ch in s:
        n = n * 58 + B58.index(ch)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


def b58check_encode(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def b58check_decode(s):
    raw = b58decode(s)
    payload, chk = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != chk:
        return None
    return payload

# ---------------------------------------------------------------- SipHash-2-4


def _rotl(x, b):
    return ((x << b) | (x >> (64 - b))) & 0xFFFFFFFFFFFFFFFF


def siphash24(key, msg):
    M = 0xFFFFFFFFFFFFFFFF
    k0, k1 = struct.unpack("<QQ", key)
    v0 = k0 ^ 0x736F6D6570736575
    v1 = k1 ^ 0x646F72616E646F6D
    v2 = k0 ^ 0x6C7967656E657261
    v3 = k1 ^ 0x7465646279746573

    def rnd(v0, v1, v2, v3):
        v0 = (v0 + v1) & M; v1 = _rotl(v1, 13); v1 ^= v0; v0 = _rotl(v0, 32)
        v2 = (v2 + v3) & M; v3 = _rotl(v3, 16); v3 ^= v2
        v0 = (v0 + v3) & M; v3 = _rotl(v3, 21); v3 ^= v0
        v2 = (v2 + v1) & M; v1 = _rotl(v1, 17); v1 ^= v2; v2 = _rotl(v2, 32)
        return v0, v1, v2, v3
    n = len(msg)
    full = n // 8 * 8
    for i in range(0, full, 8):
        m = struct.unpack("<Q", msg[i:i + 8])[0]
        v3 ^= m
        v0, v1, v2, v3 = rnd(v0, v1, v2, v3)
        v0, v1, v2, v3 = rnd(v0, v1, v2, v3)
        v0 ^= m
    last = (n & 0xFF) << 56
    for i, c in enumerate(msg[full:]):
        last |= c << (8 * i)
    v3 ^= last
    v0, v1, v2, v3 = rnd(v0, v1, v2, v3)
    v0, v1, v2, v3 = rnd(v0, v1, v2, v3)
    v0 ^= last
    v2 ^= 0xFF
    for _ in range(4):
        v0, v1, v2, v3 = rnd(v0, v1, v2, v3)
    return v0 ^ v1 ^ v2 ^ v3

# ---------------------------------------------------------------- AES-128 and Fernet


def _gmul(a, b):
    p = 0
    while b:
        if b & 1:
            p ^= a
        a = ((a << 1) ^ 0x11B) if a & 0x80 else (a << 1)
        b >>= 1
    return p & 0xFF


def _sbox():
    inv = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if _gmul(a, b) == 1:
                inv[a] = b
                break
    s = []
    for a in range(256):
        x = inv[a]
        y = x
        for k in range(1, 5):
            y ^= ((x << k) | (x >> (8 - k))) & 0xFF
        s.append(y ^ 0x63)
    si = [0] * 256
    for i, v in enumerate(s):
        si[v] = i
    return s, si


SBOX, INV_SBOX = _sbox()


def _expand(key):
    w = [list(key[i:i + 4]) for i in range(0, 16, 4)]
    rcon = 1
    for i in range(4, 44):
        t = list(w[i - 1])
        if i % 4 == 0:
            t = t[1:] + t[:1]
            t = [SBOX[x] for x in t]
            t[0] ^= rcon
            rcon = _gmul(rcon, 2)
        w.append([w[i - 4][j] ^ t[j] for j in range(4)])
    return [sum(w[4 * r:4 * r + 4], []) for r in range(11)]


def _shift(s, inv=False):
    out = [0] * 16
    for c in range(4):
        for r in range(4):
            if inv:
                out[4 * ((c + r) % 4) + r] = s[4 * c + r]
            else:
                out[4 * c + r] = s[4 * ((c + r) % 4) + r]
    return out


def _mix(s, inv=False):
    m = [14, 11, 13, 9] if inv else [2, 3, 1, 1]
    out = []
    for c in range(4):
        col = s[4 * c:4 * c + 4]
        for r in range(4):
            v = 0
            for k in range(4):
                v ^= _gmul(col[k], m[(k - r) % 4])
            out.append(v)
    return out


def aes128_encrypt_block(key, block):
    rk = _expand(key)
    s = [b ^ k for b, k in zip(block, rk[0])]
    for r in range(1, 11):
        s = [SBOX[x] for x in s]
        s = _shift(s)
        if r != 10:
            s = _mix(s)
        s = [b ^ k for b, k in zip(s, rk[r])]
    return bytes(s)


def aes128_decrypt_block(key, block):
    rk = _expand(key)
    s = [b ^ k for b, k in zip(block, rk[10])]
    for r in range(9, -1, -1):
        s = _shift(s, inv=True)
        s = [INV_SBOX[x] for x in s]
        s = [b ^ k for b, k in zip(s, rk[r])]
        if r != 0:
            s = _mix(s, inv=True)
    return bytes(s)


def cbc_encrypt(key, iv, data):
    pad = 16 - len(data) % 16
    data = data + bytes([pad]) * pad
    out, prev = b"", iv
    for i in range(0, len(data), 16):
        blk = bytes(a ^ b for a, b in zip(data[i:i + 16], prev))
        prev = aes128_encrypt_block(key, blk)
        out += prev
    return out


def cbc_decrypt(key, iv, data):
    out, prev = b"", iv
    for i in range(0, len(data), 16):
        blk = data[i:i + 16]
        out += bytes(a ^ b for a, b in zip(aes128_decrypt_block(key, blk), prev))
        prev = blk
    pad = out[-1]
    if not 1 <= pad <= 16 or out[-pad:] != bytes([pad]) * pad:
        return None
    return out[:-pad]


def fernet_encrypt(key32, ts, iv, plain):
    sign, enc = key32[:16], key32[16:]
    body = b"\x80" + struct.pack(">Q", ts) + iv + cbc_encrypt(enc, iv, plain)
    mac = hmac.new(sign, body, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(body + mac).decode()


def fernet_decrypt(key32, token):
    try:
        raw = base64.urlsafe_b64decode(token.encode())
    except Exception:
        return None
    if len(raw) < 57 or raw[0] != 0x80:
        return None
    body, mac = raw[:-32], raw[-32:]
    if not hmac.compare_digest(hmac.new(key32[:16], body, hashlib.sha256).digest(), mac):
        return None
    return cbc_decrypt(key32[16:], body[9:25], body[25:])

# ---------------------------------------------------------------- negatives' public checks


def iso6346_check(code10):
    vals = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    s = 0
    for i, ch in enumerate(code10):
        n = int(ch) if ch.isdigit() else vals[ch]
        s += n * (2 ** i)
    return str(s % 11 % 10)


VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))


def vin_check(vin17):
    s = 0
    for i, ch in enumerate(vin17):
        s += (int(ch) if ch.isdigit() else VIN_T[ch]) * VIN_W[i]
    r = s % 11
    return "X" if r == 10 else str(r)


def iso7064_mod11_2(digits15):
    t = 0
    for ch in digits15:
        t = (t + int(ch)) * 2
    r = (12 - t % 11) % 11
    return "X" if r == 10 else str(r)

# ---------------------------------------------------------------- Miller-Rabin and RSA public keys


def is_probable_prime(n, rng=None):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
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


def rand_prime(rng, bits):
    while True:
        n = rng.getrandbits(bits) | (1 << (bits - 1)) | (3 << (bits - 2)) | 1
        if is_probable_prime(n):
            return n


def ssh_string(b):
    return struct.pack(">I", len(b)) + b


def ssh_mpint(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "big")
    return ssh_string(b)


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

# ---------------------------------------------------------------- self-test


def selftest():
    errs = []

    def eq(name, got, want):
        if got != want:
            errs.append("selftest %s: got %r want %r" % (name, got, want))
    eq("luhn 7992739871", luhn_check_digit("7992739871"), "3")
    eq("luhn imei", luhn_valid("490154203237518"), True)
    eq("luhn bad", luhn_valid("79927398710"), False)
    eq("verhoeff 236", verhoeff_check_digit("236"), "3")
    eq("verhoeff 12345", verhoeff_check_digit("12345"), "1")
    eq("verhoeff valid 2363", verhoeff_valid("2363"), True)
    eq("verhoeff invalid 2364", verhoeff_valid("2364"), False)
    eq("damm 572", damm_check_digit("572"), "4")
    eq("damm valid 5724", damm_valid("5724"), True)
    eq("damm invalid 5723", damm_valid("5723"), False)
    eq("base58 hello", b58encode(b"Hello World!"), "2NEpo7TZRRrLZSi2U")
    eq("base58check wif", b58check_encode(bytes.fromhex("80" + "0C28FCA386C7A227600B2FE50B7CAE11EC86D3BF1FBE471BE89827E19D72AA1D")),
       "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ")
    eq("base58check roundtrip", b58check_decode("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ")[1:2], b"\x0c")
    k = bytes(range(16))
    eq("siphash empty", siphash24(k, b""), 0x726FDB47DD0E0E31)
    eq("siphash 15", siphash24(k, bytes(range(15))), 0xA129CA6149BE45E5)
    eq("aes fips197", aes128_encrypt_block(bytes(range(16)), bytes.fromhex("00112233445566778899aabbccddeeff")).hex(),
       "69c4e0d86a7b0430d8cdb78070b4c55a")
    eq("aes fips197 inverse", aes128_decrypt_block(bytes(range(16)), bytes.fromhex("69c4e0d86a7b0430d8cdb78070b4c55a")).hex(),
       "00112233445566778899aabbccddeeff")
    fk = base64.urlsafe_b64decode("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=")
    eq("fernet spec vector", fernet_encrypt(fk, 499162800, bytes(range(16)), b"hello"),
       "gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==")
    eq("fernet decrypt", fernet_decrypt(fk, "gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA=="), b"hello")
    eq("fernet wrong key", fernet_decrypt(bytes(32), "gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA=="), None)
    eq("iso6346 CSQU305438", iso6346_check("CSQU305438"), "3")
    eq("vin 1M8GDM9AXKP042788", vin_check("1M8GDM9A" + "0" + "KP042788"), "X")
    eq("orcid 000000021825009", iso7064_mod11_2("000000021825009"), "7")
    eq("miller-rabin 2^127-1", is_probable_prime(2 ** 127 - 1), True)
    eq("miller-rabin 561", is_probable_prime(561), False)
    eq("miller-rabin 2^61-1", is_probable_prime(2 ** 61 - 1), True)
    return errs

# ---------------------------------------------------------------- deny-list


def extract_denylist(paths):
    names, syntaxes, codes, lnames, enc_tokens = set(), set(), set(), set(), set()
    for p in paths:
        t = open(p, encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            s = m.strip().lower()
            if s:
                names.add(s)
                for part in s.split("__"):
                    if part:
                        names.add(part)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = m.lower()
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"\b([a-z]{2,4}pw_)([a-z0-9_]+)", t):
            syntaxes.add(m.group(1) + m.group(2))
            syntaxes.add(m.group(2))
        for m in re.finditer(r"`([a-z]{2,3})` \(([A-Z][^)]{1,40})\)", t):
            codes.add(m.group(1))
            nm = m.group(2).lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w)
        if "## Evasion encodings" in t:
            sec = t[t.index("## Evasion encodings"):]
            nx = sec.find("\n## ", 5)
            sec = sec[:nx] if nx > 0 else sec
            for m in re.finditer(r"`([a-z0-9_]+)` = ", sec):
                for tok in m.group(1).split("_"):
                    enc_tokens.add(tok)
    return {
        "source": "extracted by common276.extract_denylist",
        "files": [os.path.basename(p) for p in paths],
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
        "encoding_tokens": sorted(enc_tokens),
    }


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
