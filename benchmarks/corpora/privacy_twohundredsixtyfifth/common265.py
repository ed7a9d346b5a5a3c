"""Shared helpers of the p265 corpus (typewriter repairers, fountain-pen restorers, stationers).

Python 3 standard library only.  No clock, no network.  Everything random goes through
random.Random objects seeded by the callers.
"""
import base64
import hashlib
import hmac
import json
import re
import string

PREFIX = "p265"
MARK = "\u27e6V\u27e7"          # placement marker, never left in a text

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
LETTERS = UPPER + LOWER

SEEDS = {
    "everyday_values": 26501, "everyday_pairing": 26511, "ed448_key": 26521,
    "vendor": 26502, "positional": 26503, "prose": 26504, "evasions": 26505,
    "negatives": 26506,
}


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng):
    h = list(rstr(rng, HEXL, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
UUID4_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")


def non_v4_uuids(text):
    return [m.group(0) for m in UUID_RE.finditer(text) if not UUID4_RE.match(m.group(0))]


# ---------------------------------------------------------------- case styles
def words_to_style(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    if style == "header":
        return "X-" + "-".join(w.capitalize() for w in words)
    if style == "nsnake":
        return "profile::marbury::" + "_".join(words)
    raise ValueError(style)


# ---------------------------------------------------------------- passwords
# Words of this trade (letters only).  None of them is used in a host, firm or file name.
TRADE_WORDS = [
    "platen", "ribbon", "typebar", "carriage", "escapement", "drawband", "spool", "keytop",
    "tabulator", "bellcrank", "linefeed", "segment", "margin", "feed", "converter", "piston",
    "lever", "celluloid", "ebonite", "iridium", "tines", "barrel", "nib", "sac", "quire",
    "ream", "foolscap", "vellum", "deckle", "blotter", "inkwell", "letterpress", "parchment",
    "notebook", "pencil", "eraser", "stapler", "ledger", "calligraphy", "flex", "italic",
    "stub", "oblique", "broadnib", "fude", "guilloche", "chased", "hatchet", "lapis",
    "cobalt", "sepia", "oxblood", "bluegrey", "turquoise", "vermilion", "waterman", "onoto",
    "remington", "imperial", "olympia", "hermes", "underwood", "corona", "smithcorona",
    "olivetti", "lettera", "valentine", "erika", "adler", "triumph", "royal", "quiet",
    "portable", "elite", "pica", "courier", "shift", "platenknob", "pressbar", "jewel",
    "swan", "eversharp", "conklin", "crescent", "snorkel", "touchdown", "aerometric",
    "vacumatic", "duofold", "envelope", "wax", "sealing", "bookbinder", "marbled", "gilt",
]
JOIN_WIDE = "-_.!+^="
JOIN_STRICT = "-_."
TAIL_RE = r"(?:(?:EF|OB|BB|[FMB])[0-9]{2}|No[0-9]{1,3}|[0-9]{3,4}[a-z]|[a-z][0-9]{2}[A-Z])"
PW_WIDE_RE = re.compile(r"^[A-Za-z][a-z]{1,}[-_.!+^=]" + TAIL_RE + r"$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]{1,}[-_.]" + TAIL_RE + r"$")
_WORDALT = "|".join(sorted(TRADE_WORDS, key=len, reverse=True))
# any trade word + any joiner-like character + a tail of this corpus, any case, alnum bounded
PW_FORM_ANY_RE = re.compile(r"(?i)(?<![A-Za-z0-9])(?:" + _WORDALT + r")[-_.!+^=#@&*~:]" +
                            r"(?-i:(?:(?:EF|OB|BB|[FMB])[0-9]{2}|No[0-9]{1,3}|[0-9]{3,4}[a-z]|[a-z][0-9]{2}[A-Z]))(?![A-Za-z0-9])")


def tail(rng):
    k = rng.randrange(4)
    if k == 0:
        return rng.choice(["EF", "F", "M", "B", "BB", "OB"]) + rstr(rng, DIGITS, 2)
    if k == 1:
        return "No" + str(rng.randrange(1, 1000 if rng.random() < 0.5 else 100))
    if k == 2:
        return str(rng.randrange(100, 1000) if rng.random() < 0.4 else rng.randrange(1000, 10000)) + rng.choice(LOWER)
    return rng.choice(LOWER) + rstr(rng, DIGITS, 2) + rng.choice(UPPER)


def owner_password(rng, joiners=JOIN_WIDE, cap_p=0.45, maxlen=None):
    while True:
        w = rng.choice(TRADE_WORDS)
        if rng.random() < cap_p:
            w = w.capitalize()
        v = w + rng.choice(joiners) + tail(rng)
        if maxlen and len(v) > maxlen:
            continue
        rx = PW_STRICT_RE if set(joiners) <= set(JOIN_STRICT) else PW_WIDE_RE
        if rx.match(v):
            return v


HINT_RE = re.compile(r"(?i)pass|pwd|secret|(?<![A-Za-z0-9])pw(?![A-Za-z0-9])")


# ---------------------------------------------------------------- check algorithms
def sha3_tail(body, n=12):
    """first n lower-case hex digits of SHA3-256 (FIPS 202) of the body."""
    return hashlib.sha3_256(body.encode()).hexdigest()[:n]


def elf_hash(data):
    """PJW / ELF hash of the System V ABI (symbol hash table), 28 significant bits."""
    h = 0
    for c in data:
        h = ((h << 4) + c) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h


CODE39 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def code39_check(body):
    """Code 39 modulo-43 check character over the body's symbols."""
    return CODE39[sum(CODE39.index(ch) for ch in body) % 43]


def self_test_checks():
    assert hashlib.sha3_256(b"abc").hexdigest() == \
        "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"   # FIPS 202 / NIST example
    assert hashlib.sha3_256(b"").hexdigest() == \
        "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"
    assert hashlib.shake_256(b"").hexdigest(8) == "46b9dd2b0ba88d13"
    # ELF hash: hand-worked values (h<<4 + c, fold of the top nibble)
    assert elf_hash(b"") == 0
    assert elf_hash(b"A") == 0x41
    assert elf_hash(b"AB") == (0x41 << 4) + 0x42
    assert elf_hash(b"abcdefgh") == _elf_reference(b"abcdefgh")
    # Code 39 mod 43: hand-worked: 'A1' -> (10 + 1) % 43 = 11 -> 'B'; 'ZZ' -> 70 % 43 = 27 -> 'R'
    assert code39_check("A1") == "B" and code39_check("ZZ") == "R"
    ed448_self_test()


def _elf_reference(data):
    # the textbook C loop written out differently: keep 32-bit unsigned, xor and mask separately
    h = 0
    for c in data:
        h = (h * 16 + c) % (1 << 32)
        top = h >> 28
        if top:
            h = h ^ (top << 4)
            h = h % (1 << 28)
    return h


# ---------------------------------------------------------------- Ed448 (RFC 8032) by hand
ED_P = 2 ** 448 - 2 ** 224 - 1
ED_D = (-39081) % ED_P
ED_L = 2 ** 446 - 13818066809895115352007386748515426880336692474882178609894547503885
ED_B = (224580040295924300187604334099896036246789641632564134246125461686950415467406032909029192869357953282578032075146446173674602635247710,
        298819210078481492676017930443930673437544040154080242095928241372331506189835876003536878655418784733982303233503462500531545062832660)


def _ed_add(P, Q):
    """projective (X:Y:Z) addition on the untwisted Edwards curve (RFC 8032 section 5.2.4)."""
    X1, Y1, Z1 = P
    X2, Y2, Z2 = Q
    p = ED_P
    A = Z1 * Z2 % p
    B = A * A % p
    C = X1 * X2 % p
    D = Y1 * Y2 % p
    E = ED_D * C % p * D % p
    F = (B - E) % p
    G = (B + E) % p
    H = (X1 + Y1) * (X2 + Y2) % p
    return (A * F % p * ((H - C - D) % p) % p, A * G % p * ((D - C) % p) % p, F * G % p)


def _ed_mul(k, P):
    if len(P) == 2:
        P = (P[0], P[1], 1)
    R = (0, 1, 1)
    Q = P
    while k:
        if k & 1:
            R = _ed_add(R, Q)
        Q = _ed_add(Q, Q)
        k >>= 1
    return R


def _ed_affine(P):
    if len(P) == 2:
        return P
    zi = pow(P[2], ED_P - 2, ED_P)
    return (P[0] * zi % ED_P, P[1] * zi % ED_P)


def _ed_enc(P):
    x, y = _ed_affine(P)
    b = bytearray(y.to_bytes(57, "little"))
    b[56] |= (x & 1) << 7
    return bytes(b)


def _ed_dec(b):
    if len(b) != 57:
        return None
    y = int.from_bytes(b, "little") & ((1 << 455) - 1)
    sign = b[56] >> 7
    if y >= ED_P:
        return None
    u = (y * y - 1) % ED_P
    v = (ED_D * y * y - 1) % ED_P
    w = u * pow(v, ED_P - 2, ED_P) % ED_P
    x = pow(w, (ED_P + 1) // 4, ED_P)
    if x * x % ED_P != w:
        return None
    if x & 1 != sign:
        x = ED_P - x
    return (x, y)


def _shake(m):
    return hashlib.shake_256(m).digest(114)


def _dom4():
    return b"SigEd448" + bytes([0, 0])


def _clamp(h):
    a = bytearray(h[:57])
    a[0] &= 0xFC
    a[56] = 0
    a[55] |= 0x80
    return int.from_bytes(a, "little")


def ed448_public(sk):
    return _ed_enc(_ed_mul(_clamp(_shake(sk)), ED_B))


def ed448_sign(sk, msg):
    h = _shake(sk)
    s = _clamp(h)
    A = _ed_enc(_ed_mul(s, ED_B))
    r = int.from_bytes(_shake(_dom4() + h[57:] + msg), "little") % ED_L
    R = _ed_enc(_ed_mul(r, ED_B))
    k = int.from_bytes(_shake(_dom4() + R + A + msg), "little") % ED_L
    S = (r + k * s) % ED_L
    return R + S.to_bytes(57, "little")


def ed448_verify(pub, msg, sig):
    if len(sig) != 114:
        return False
    A = _ed_dec(pub)
    R = _ed_dec(sig[:57])
    if A is None or R is None:
        return False
    S = int.from_bytes(sig[57:], "little")
    if S >= ED_L:
        return False
    k = int.from_bytes(_shake(_dom4() + sig[:57] + pub + msg), "little") % ED_L
    return _ed_affine(_ed_mul(S, ED_B)) == _ed_affine(_ed_add(_ed_mul(k, A), (R[0], R[1], 1)))


def ed448_self_test():
    x, y = ED_B
    assert (x * x + y * y - 1 - ED_D * x * x * y * y) % ED_P == 0
    assert _ed_affine(_ed_mul(ED_L, ED_B)) == (0, 1)
    # RFC 8032 section 7.4, test "blank"
    sk = bytes.fromhex("6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b")
    pk = ed448_public(sk)
    assert pk.hex() == "5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180"
    sig = ed448_sign(sk, b"")
    assert sig.hex() == ("533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f2b233f034f628281f2fd7a22ddd47d7828c59bd0a21bfd3980ff0d2028d4b18a"
                         "9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4dbb61149f05a7363268c71d95808ff2e652600")
    assert ed448_verify(pk, b"", sig)
    assert not ed448_verify(pk, b"x", sig)


# ---------------------------------------------------------------- JWTs
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*")
JWT_SIGLEN = {"HS256": 32, "EdDSA": 114}
ED448_KEYS = {}          # kid -> public key bytes, filled by the everyday module


def jwt_encode(header, payload, signer):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    si = (h + "." + p).encode()
    return h + "." + p + "." + b64u(signer(si))


def jwt_hs256(header, payload, key):
    return jwt_encode(header, payload, lambda m: hmac.new(key, m, hashlib.sha256).digest())


def jwt_problem(tok):
    """None if tok is a well-formed JWT of a known alg (EdDSA ones verified), else a reason."""
    parts = tok.split(".")
    if len(parts) != 3:
        return "parts"
    try:
        hdr = json.loads(b64u_dec(parts[0]))
        pay = json.loads(b64u_dec(parts[1]))
        sig = b64u_dec(parts[2])
    except Exception:
        return "decode"
    if not isinstance(hdr, dict) or not isinstance(pay, dict):
        return "json"
    alg = hdr.get("alg")
    if alg not in JWT_SIGLEN:
        return "alg"
    if len(sig) != JWT_SIGLEN[alg]:
        return "siglen"
    if b64u(b64u_dec(parts[2])) != parts[2]:
        return "sig-b64"
    if alg == "EdDSA":
        pub = ED448_KEYS.get(hdr.get("kid"))
        if pub is None:
            return "unknown-kid"
        if not ed448_verify(pub, (parts[0] + "." + parts[1]).encode(), sig):
            return "bad-signature"
    return None


def jwt_problems_in(text):
    return [(m.group(0), jwt_problem(m.group(0))) for m in JWT_RE.finditer(text) if jwt_problem(m.group(0))]


# ---------------------------------------------------------------- registry
class Registry:
    """Every value, neighbour, plain and run goes through one registry that refuses repeats,
    6+ character substring relations, non-v4 UUIDs and invalid JWTs."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        if non_v4_uuids(s) or jwt_problems_in(s):
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


def place(template, value):
    """template holds MARK once; returns (text, start, end)."""
    assert template.count(MARK) == 1, template
    pre, post = template.split(MARK)
    return pre + value + post, len(pre), len(pre) + len(value)


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False, separators=(", ", ": "))


# ---------------------------------------------------------------- deny-list
def extract_denylist(paths):
    names, syn, codes, lnames = set(), set(), set(), set()
    for p in paths:
        t = open(p, encoding="utf-8").read()
        for m in re.finditer(r"`([^`\n]+)`", t):
            s = m.group(1).strip().lower()
            if s:
                names.add(s)
                for part in s.split("__"):
                    if part:
                        names.add(part)
        for m in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9])", t):
            s = m.group(0).lower()
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"`([a-z]+pw)_([a-z0-9_]+)`", t):
            syn.add(m.group(2))
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(m.group(1))
            n = m.group(2).strip().lower()
            lnames.add(n)
            for w in re.split(r"[\s,;/-]+", n):
                if w:
                    lnames.add(w)
    return {"names": sorted(names), "syntaxes": sorted(syn),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}
