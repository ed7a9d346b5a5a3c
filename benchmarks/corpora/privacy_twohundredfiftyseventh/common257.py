"""Shared helpers for the p257 corpus: alphabets, registry, check algorithms,
JWT / RSA-PSS / X25519 / Ed25519 arithmetic, key-name styles, world words,
password drawing and the deny-list extraction.  Standard library only."""

import base64
import hashlib
import hmac
import json
import os
import re
import string

PREFIX = "p257"

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = string.ascii_letters + string.digits + "-_"
B64STD = string.ascii_letters + string.digits + "+/"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
WORDCH = string.ascii_letters + string.digits + "_"

CHARSETS = {
    "digits": DIGITS, "lower": LOWER, "upper": UPPER, "alnum": ALNUM,
    "lower_alnum": LOWER_ALNUM, "upper_alnum": UPPER_ALNUM, "hex": HEX,
    "uhex": UHEX, "b64url": B64URL, "b64std": B64STD, "b32": B32,
    "word": WORDCH, "letters": string.ascii_letters,
}
CHARSET_RE = {
    "digits": "[0-9]", "lower": "[a-z]", "upper": "[A-Z]", "alnum": "[A-Za-z0-9]",
    "lower_alnum": "[a-z0-9]", "upper_alnum": "[A-Z0-9]", "hex": "[0-9a-f]",
    "uhex": "[0-9A-F]", "b64url": "[A-Za-z0-9_-]", "b64std": "[A-Za-z0-9+/]",
    "b32": "[A-Z2-7]", "word": "[A-Za-z0-9_]", "letters": "[A-Za-z]",
}
CHARSET_WORDS = {
    "digits": "digits", "lower": "lower-case letters", "upper": "upper-case letters",
    "alnum": "alphanumerics", "lower_alnum": "lower-case alphanumerics",
    "upper_alnum": "upper-case alphanumerics", "hex": "lower-case hex",
    "uhex": "upper-case hex", "b64url": "base64url characters",
    "b64std": "standard Base64 characters", "b32": "Base32 characters (A-Z2-7)",
    "word": "characters of A-Za-z0-9_", "letters": "letters",
}


def rstr(rng, alphabet, n):
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


UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def uuid_is_v4(u):
    return u[14] == "4" and u[19].lower() in "89ab"


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def b64s(data):
    return base64.b64encode(data).decode()


# ---------------------------------------------------------------- registry
class Registry:
    """Every value, vendor neighbour, evasion plain and run is drawn through
    one registry: it refuses repeats and any 6+ character substring relation
    with an earlier string."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        for t in self.items:
            if len(s) >= 6 and len(t) >= 6 and (s in t or t in s):
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
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh string")


# ---------------------------------------------------------------- Damm
DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
]


def damm_digit(digits):
    i = 0
    for ch in digits:
        i = DAMM[i][int(ch)]
    return str(i)


def damm_valid(digits):
    return damm_digit(digits) == "0"


def _assert_damm():
    assert damm_digit("572") == "4" and damm_valid("5724")
    for a in range(10):
        assert DAMM[a][a] == 0
        assert sorted(DAMM[a]) == list(range(10))
        assert sorted(DAMM[r][a] for r in range(10)) == list(range(10))
    # every single-digit error and every adjacent transposition is caught
    import itertools
    for x in itertools.product(range(10), repeat=3):
        s = "".join(map(str, x))
        full = s + damm_digit(s)
        for p in range(4):
            for d in "0123456789":
                if d != full[p]:
                    assert not damm_valid(full[:p] + d + full[p + 1:])
        for p in range(3):
            if full[p] != full[p + 1]:
                t = full[:p] + full[p + 1] + full[p] + full[p + 2:]
                assert not damm_valid(t)


# ---------------------------------------------------------------- FNV-1a
def fnv1a32(data):
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def _assert_fnv():
    assert fnv1a32(b"") == 0x811C9DC5
    assert fnv1a32(b"a") == 0xE40C292C
    assert fnv1a32(b"foobar") == 0xBF9CF968


# ---------------------------------------------------------------- GS1 / ISBN / IBAN / Luhn-free ids
def gs1_check(digits):
    """GS1 mod-10 check digit (weights 3,1 from the right of the payload)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def isbn10_check(nine):
    s = sum((10 - i) * int(c) for i, c in enumerate(nine))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def iban_make(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return country + "%02d" % (98 - n % 97) + bban


def _assert_ids():
    assert gs1_check("400638133393") == "1"
    assert isbn10_check("030640615") == "2"
    assert gs1_check("978030640615") == "7"
    assert iban_valid("GB82WEST12345698765432")
    assert iban_make("GB", "WEST12345698765432") == "GB82WEST12345698765432"


# ---------------------------------------------------------------- RSA / PSS
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def is_probable_prime(n, rng, rounds=24):
    if n < 2:
        return False
    for p in SMALL_PRIMES:
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


def rand_prime(rng, bits):
    while True:
        n = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if is_probable_prime(n, rng):
            return n


def rsa_keygen(rng, bits=2048, e=65537):
    while True:
        p = rand_prime(rng, bits // 2)
        q = rand_prime(rng, bits // 2)
        if p == q:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        return {"n": n, "e": e, "d": d, "p": p, "q": q}


def mgf1(seed, length):
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
    h = hashlib.sha256(b"\x00" * 8 + mhash + salt).digest()
    ps = b"\x00" * (em_len - len(salt) - 32 - 2)
    db = ps + b"\x01" + salt
    mask = mgf1(h, em_len - 32 - 1)
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
    try:
        em = m.to_bytes(em_len, "big")
    except OverflowError:
        return False
    if em[-1] != 0xBC:
        return False
    masked, h = em[:em_len - 33], em[em_len - 33:-1]
    if masked[0] & ~(0xFF >> (8 * em_len - em_bits)) & 0xFF:
        return False
    db = bytearray(x ^ y for x, y in zip(masked, mgf1(h, em_len - 33)))
    db[0] &= 0xFF >> (8 * em_len - em_bits)
    sep = em_len - 32 - salt_len - 2
    if any(db[:sep]) or db[sep] != 1:
        return False
    salt = bytes(db[sep + 1:])
    mhash = hashlib.sha256(msg).digest()
    return hashlib.sha256(b"\x00" * 8 + mhash + salt).digest() == h


# ---------------------------------------------------------------- JWT
SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "PS256": 256,
           "ES256": 64, "ES384": 96, "EdDSA": 64}


def jwt_hs256(header, payload, key):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


def jwt_ps256(header, payload, key, salt):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = pss_sign(key, (h + "." + p).encode(), salt)
    return h + "." + p + "." + b64u(sig)


JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


def jwt_frame_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        hdr = json.loads(b64u_dec(parts[0]))
        json.loads(b64u_dec(parts[1]))
        sig = b64u_dec(parts[2])
    except Exception:
        return False
    if not isinstance(hdr, dict) or hdr.get("alg") not in SIG_LEN:
        return False
    if b64u(b64u_dec(parts[0])) != parts[0] or b64u(sig) != parts[2]:
        return False
    return len(sig) == SIG_LEN[hdr["alg"]]


# ---------------------------------------------------------------- X25519 / Ed25519
P25519 = 2 ** 255 - 19


def x25519(k_bytes, u_bytes):
    k = bytearray(k_bytes)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(k, "little")
    u = int.from_bytes(u_bytes, "little") & ((1 << 255) - 1)
    x1, x2, z2, x3, z3, swap = u, 1, 0, u, 1, 0
    a24 = 121665
    p = P25519
    for t in reversed(range(255)):
        kt = (k >> t) & 1
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
        z2 = E * (AA + a24 * E) % p
    if swap:
        x2, x3 = x3, x2
        z2, z3 = z3, z2
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, "little")


def x25519_public(priv):
    return x25519(priv, (9).to_bytes(32, "little"))


ED_D = (-121665 * pow(121666, P25519 - 2, P25519)) % P25519
ED_I = pow(2, (P25519 - 1) // 4, P25519)


def _ed_xrecover(y):
    p = P25519
    xx = (y * y - 1) * pow(ED_D * y * y + 1, p - 2, p)
    x = pow(xx, (p + 3) // 8, p)
    if (x * x - xx) % p:
        x = x * ED_I % p
    if x % 2:
        x = p - x
    return x


ED_BY = 4 * pow(5, P25519 - 2, P25519) % P25519
ED_B = (_ed_xrecover(ED_BY), ED_BY, 1, _ed_xrecover(ED_BY) * ED_BY % P25519)


def _ed_add(P, Q):
    p = P25519
    x1, y1, z1, t1 = P
    x2, y2, z2, t2 = Q
    A = (y1 - x1) * (y2 - x2) % p
    B = (y1 + x1) * (y2 + x2) % p
    C = t1 * 2 * ED_D * t2 % p
    D = z1 * 2 * z2 % p
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % p, G * H % p, F * G % p, E * H % p)


def _ed_mul(s, P):
    Q = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            Q = _ed_add(Q, P)
        P = _ed_add(P, P)
        s >>= 1
    return Q


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = bytearray(h[:32])
    a[0] &= 248
    a[31] &= 127
    a[31] |= 64
    A = _ed_mul(int.from_bytes(a, "little"), ED_B)
    x, y, z, _ = A
    zi = pow(z, P25519 - 2, P25519)
    x, y = x * zi % P25519, y * zi % P25519
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed25519_on_curve(pub):
    y = int.from_bytes(pub, "little") & ((1 << 255) - 1)
    sign = pub[31] >> 7
    if y >= P25519:
        return False
    x = _ed_xrecover(y)
    if (x & 1) != sign:
        x = P25519 - x
    return (-x * x + y * y - 1 - ED_D * x * x * y * y) % P25519 == 0


def _assert_curves():
    alice = bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
    assert x25519_public(alice).hex() == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    assert ed25519_public(seed).hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"


def self_test():
    _assert_damm()
    _assert_fnv()
    _assert_ids()
    _assert_curves()


# ---------------------------------------------------------------- key-name styles
def style_name(words, style):
    w = [x for x in words if x]
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(x.lower() for x in w)
    if style == "camel":
        return w[0].lower() + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(x.lower() for x in w)
    if style == "dot":
        return ".".join(x.lower() for x in w)
    if style == "spaced":
        return " ".join(x.lower() for x in w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    raise ValueError(style)


# ---------------------------------------------------------------- world words and passwords
WORLD_WORDS = """
grisaille silverstain roundel rondel quarry leadlight cutline grozing cullet lancet
tracery mullion transom quatrefoil trefoil cinquefoil mandorla vesica lunette spandrel
tympanum oculus saddlebar ferramenta stanchion casement fanlight glazier enamel frit
diapason bourdon gedackt principal trompette posaune sesquialtera tierce nazard larigot
cymbel tremulant windchest pallet tracker languid shallot resonator swellbox rankett
krummhorn dulciana salicional gemshorn quintaton celeste bombarde clarion cornopean
spitzflute rohrflute blockflute chamade bellows wellboard rollerboard squares backfall
sticker abstract trundle pipemetal spotted hoodwink scroll architrave sashcord parting
pulley beading putty glazing bullseye crown cylinder muntin oriel rosette cartoon
cutline canopy reredos chancel sedilia piscina clerestory triforium narthex
""".split()
WORLD_WORDS = sorted(set(WORLD_WORDS))

PW_TAIL_RE = r"(?:[0-9]{2,4}|[a-z]{2,3}[0-9]{2,3}|[0-9]{2}[a-z]{1,2}|[A-Z]{2}[0-9]{2})"
PW_LOOSE_JOIN = "-_.!@#*+~"
PW_STRICT_JOIN = "-_."
PW_LOOSE_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.!@#*+~]" + PW_TAIL_RE + r"$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.]" + PW_TAIL_RE + r"$")
PW_FORM_IN_TEXT = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:" + "|".join(WORLD_WORDS) + r")[-_.!@#*+~]"
    r"(?:[0-9]{2,4}|[a-z]{2,3}[0-9]{2,3}|[0-9]{2}[a-z]{1,2}|[A-Z]{2}[0-9]{2})(?![A-Za-z0-9])")


def draw_password(rng, strict=False, cap_p=0.4):
    word = rng.choice(WORLD_WORDS)
    if rng.random() < cap_p:
        word = word.capitalize()
    joiner = rng.choice(PW_STRICT_JOIN if strict else PW_LOOSE_JOIN)
    k = rng.randrange(5)
    if k == 0:
        tail = str(rng.choice([1987, 1993, 1999, 2004, 2011, 2016, 2019, 2021, 2023, 2024, 2025]))
    elif k == 1:
        tail = rstr(rng, DIGITS, rng.choice([2, 3, 4]))
    elif k == 2:
        tail = rstr(rng, LOWER, rng.choice([2, 3])) + rstr(rng, DIGITS, rng.choice([2, 3]))
    elif k == 3:
        tail = rstr(rng, DIGITS, 2) + rstr(rng, LOWER, rng.choice([1, 2]))
    else:
        tail = rng.choice(["YO", "LS", "HG", "BD", "NE", "WF", "DN", "SE"]) + rstr(rng, DIGITS, 2)
    return word + joiner + tail


# ---------------------------------------------------------------- deny-list
DENY_SOURCE = "/tmp/brief257"
DENY_FILES = ["README_twohundredfiftyfourth.md", "README_twohundredfiftyfifth.md"]


def extract_denylist(folder=DENY_SOURCE):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in DENY_FILES:
        text = open(os.path.join(folder, fn), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", text):
            n = m.strip().lower()
            if n:
                names.add(n)
                for part in n.split("__"):
                    if part:
                        names.add(part)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b", text):
            n = m.lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"\b[a-z]{1,6}pw_([a-z0-9_]+)", text):
            syntaxes.add(m.lower())
        for code, lname in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", text):
            codes.add(code.lower())
            ln = lname.strip().lower()
            lnames.add(ln)
            for w in re.split(r"[\s,/-]+", ln):
                if w:
                    lnames.add(w)
    return {
        "source": folder,
        "files": DENY_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


# Languages named in the two READMEs' prose (their hand lists, spares and
# neighbours) - refused by hand in addition to the extracted pairs.
HAND_LANGUAGES = """
arabic basque bosnian cantonese catalan chinese danish dutch english esperanto
estonian finnish french german greek hebrew hungarian icelandic iloko indonesian
italian japanese kalaallisut latin lingala lithuanian lower sorbian malay mandarin
maori māori occitan portuguese serbian sorbian spanish sundanese swahili swedish tamil
thai tibetan turkish upper sorbian wolof croatian fijian friulian odia tongan
papiamento asturian romansh fij fur ory ton pap ast roh hrv srp bos
""".split()

# Encoding ideas the two READMEs used or avoided; no encoding name of this
# corpus may contain one of these as an underscore-separated token.
HAND_ENCODING_TOKENS = """
base base32 base58 base64 base85 hex octal binary ternary decimal radix escape escapes
caesar rot13 vigenere atbash hill playfair keyword xor morse braille nato spelling
numeral numerals roman words look alike lookalike homoglyph combining zerowidth chaff
decoy decoys shuffle shuffled reversal reversed reverse expression expressions power
powers prime primes square squares triangular fibonacci zeckendorf factoradic combinadic
combinadics gray bcd cantor morton ulam residue residues delta elias gamma check barcode
barcodes segment pixel keyboard keypad compass soroban coin change mixed semaphore dtmf
tarot element elements constellation constellations errno e96 resistor colour colours
color hue hsl xterm palette day clock calkin wilf collatz shamir inverse ieee754 overlong
latin1 varint varints logarithm logarithms bubblebabble zlib lzw rc4 aes sbox md5 crc
hollerith ita2 seat seats dmx servo fridge fahrenheit plu burrows wheeler hilbert hangul
syscall ec scalar 4b5b manchester bingo messier chess chess960 scharnagl hanoi queens
bowling tenpin plain bob change ringing pruefer bruijn bracket brackets catalan continued
fraction quadratic determinant determinants matrix shoelace variance boolean dct
mulaw g711 nec infrared xtea pt100 ohm ohms darts josephus scrabble inversion
taxicab carryless gf2 road routes shortest gcms nominal mass burn fragrance candle hexagon
axial progression magic spanning rugby linear simultaneous equation equations dice cards
dna hexagrams midi acrostic acrostics utf7 utf16 html entity entities unicode keycap
keycaps qr dump dumps
""".split()
