"""Shared helpers for the p260 corpus (milliners, hatters and umbrella repairers).

Standard library only.  Everything that draws randomness takes an explicit
random.Random so that the build is deterministic.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string

MARK = "\ue000"          # placement marker for the labelled value (never left in a text)
PREFIX = "p260"

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
LETTERS = LOWER + UPPER
ALNUM = DIGITS + UPPER + LOWER            # base62
LOWER_ALNUM = DIGITS + LOWER
UPPER_ALNUM = DIGITS + UPPER
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CROCKFORD_CHECK = CROCKFORD + "*~$=U"
DJANGO_KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

CLASSES = {
    "digits": DIGITS, "lower": LOWER, "upper": UPPER, "letters": LETTERS,
    "alnum": ALNUM, "lower_alnum": LOWER_ALNUM, "upper_alnum": UPPER_ALNUM,
    "hex": HEX, "uhex": UHEX, "b64url": B64URL, "b64std": B64STD,
}
CLASS_WORDS = {
    "digits": "digits", "lower": "lower-case letters", "upper": "upper-case letters",
    "letters": "letters", "alnum": "alphanumerics", "lower_alnum": "lower-case alphanumerics",
    "upper_alnum": "upper-case alphanumerics", "hex": "lower-case hex", "uhex": "upper-case hex",
    "b64url": "base64url characters", "b64std": "standard Base64 characters",
}

SHELL_BARE = " \t'\"\\$`!#&;|()<>*?[]{}~"
QUOTE2 = "\"\\"
QUOTE1 = "'\\"
XML_ATTR = "&<>\"'"
XML_TEXT = "&<>"

# ---------------------------------------------------------------------------
# world
# ---------------------------------------------------------------------------
WORLD = {
    "brimwell": "brimwell-millinery.example",
    "ferrule": "ferrulecanopy.example",
    "hood": "hoodandblock.example",
    "studio": "crownband.example",
}
PEOPLE = [
    ("Philippa", "Achterberg", "pachterberg"), ("Rhys", "Okonjo", "rokonjo"),
    ("Marguerite", "Osei", "mosei"), ("Tadhg", "Devlin", "tdevlin"),
    ("Sunniva", "Haugen", "shaugen"), ("Bilal", "Qureshi", "bqureshi"),
    ("Jun", "Takahashi", "jtakahashi"), ("Agnieszka", "Wrobel", "awrobel"),
    ("Yetunde", "Balogun", "ybalogun"), ("Hester", "Pennington", "hpennington"),
    ("Oskar", "Lindgren", "olindgren"), ("Imogen", "Castellanos", "icastellanos"),
]
HOSTS = [
    "steam01.workroom.brimwell-millinery.example", "blockfarm.workroom.brimwell-millinery.example",
    "hire.brimwell-millinery.example", "till02.ferrulecanopy.example", "repairs.ferrulecanopy.example",
    "shop.hoodandblock.example", "b2b.hoodandblock.example", "ci.crownband.example",
    "k8s-prod.crownband.example", "git.crownband.example", "vault.crownband.example",
]
PRIVATE_IPS = ["10.47.%d.%d" % (a, b) for a in (2, 3, 5, 8, 12) for b in (11, 20, 34, 57, 101)]

# owner-chosen password words (letters only, >= 4; none is used in a host or file name)
TRADE_WORDS = [
    "sinamay", "petersham", "buckram", "crinoline", "fascinator", "cloche", "fedora",
    "trilby", "boater", "homburg", "bowler", "panama", "beret", "pillbox", "toque",
    "turban", "snood", "hatband", "blocking", "steamer", "feather", "quill", "veiling",
    "birdcage", "tulle", "jinsin", "parasisal", "velour", "peachbloom", "wirework",
    "headband", "stretcher", "tipcup", "crook", "tassel", "parasol", "brolly", "gamp",
    "whangee", "malacca", "spoke", "ribbon", "rosette", "cockade", "sideband", "milliner",
    "hatter", "pompom", "plume", "ostrich", "pheasant", "jute", "abaca", "straw", "beaver",
    "stiffener", "bodkin", "thimble", "hatpin", "topper", "deerstalker", "flatcap",
    "tweed", "organza", "taffeta", "percale", "cartwheel", "breton", "juliet", "calash",
    "pugree", "snapbrim", "porkpie", "cocked", "tricorn", "bicorne", "busby", "slouch",
    "sennit", "leghorn", "visca", "buntal", "sisal", "crin", "bandeau", "button",
]
JOINERS = "-_.!#&"
STRICT_JOINERS = "-_."
TAIL_RE = r"(?:[A-Z][0-9]{2,3}|[0-9]{1,2}[A-Z][a-z]{1,2}|[a-z]{2}[0-9]{3})"
PASSWORD_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.!#&]" + TAIL_RE + r"$")
STRICT_PASSWORD_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.]" + TAIL_RE + r"$")
PASSWORD_FORM_ANYWHERE = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:" + "|".join(sorted(TRADE_WORDS, key=len, reverse=True)) +
    r")[-_.!#&+~*@](?:[a-z][0-9]{2,3}|[0-9]{1,2}[a-z]{2,3}|[a-z]{2}[0-9]{3})(?![A-Za-z0-9])")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, strict=False, forbid="", cap_p=None):
    joiners = STRICT_JOINERS if strict else JOINERS
    joiners = "".join(j for j in joiners if j not in forbid) or "-"
    if cap_p is None:
        cap_p = 0.3 if strict else 0.45
    word = rng.choice(TRADE_WORDS)
    if rng.random() < cap_p:
        word = word.capitalize()
    kind = rng.randrange(3)
    if kind == 0:
        tail = rng.choice(UPPER) + rstr(rng, DIGITS, rng.choice((2, 3)))
    elif kind == 1:
        tail = rstr(rng, DIGITS, rng.choice((1, 2))) + rng.choice(UPPER) + rstr(rng, LOWER, rng.choice((1, 2)))
    else:
        tail = rstr(rng, LOWER, 2) + rstr(rng, DIGITS, 3)
    return word + rng.choice(joiners) + tail


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


UUID_ANY = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID_V4 = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")
JWT_SHAPED = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*")


def bad_uuids(text):
    return [u for u in UUID_ANY.findall(text) if not UUID_V4.match(u)]


# ---------------------------------------------------------------------------
# check algorithms of the everyday generated secrets
# ---------------------------------------------------------------------------
def oaat32(data):
    """Bob Jenkins' one-at-a-time hash (32 bit)."""
    h = 0
    for b in data:
        h = (h + b) & 0xFFFFFFFF
        h = (h + (h << 10)) & 0xFFFFFFFF
        h ^= h >> 6
    h = (h + (h << 3)) & 0xFFFFFFFF
    h ^= h >> 11
    h = (h + (h << 15)) & 0xFFFFFFFF
    return h


assert oaat32(b"a") == 0xCA2E9442
assert oaat32(b"aa") == 0x7081738E
assert oaat32(b"hello world") == 0x3E4A5A57
assert oaat32(b"The quick brown fox jumps over the lazy dog") == 0x519E91F5


def blake2s64(data):
    return hashlib.blake2s(data, digest_size=8).hexdigest()


assert hashlib.blake2s(b"abc").hexdigest() == \
    "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"   # RFC 7693 appendix B


def crockford_value(symbols):
    v = 0
    for ch in symbols:
        v = v * 32 + CROCKFORD.index(ch)
    return v


def crockford_encode(n):
    out = ""
    while True:
        out = CROCKFORD[n % 32] + out
        n //= 32
        if n == 0:
            return out


def crockford_check(symbols):
    return CROCKFORD_CHECK[crockford_value(symbols) % 37]


for _n, _enc, _chk in ((1, "1", "1"), (194, "62", "9"), (398373, "C515", "Z"),
                       (3838385658376483, "3D2ZQ6TVC93", "5"),
                       (18446744073709551615, "FZZZZZZZZZZZZ", "B")):
    assert crockford_encode(_n) == _enc and crockford_check(_enc) == _chk


# ---------------------------------------------------------------------------
# secp256k1 ECDSA (ES256K, RFC 8812) written out by hand
# ---------------------------------------------------------------------------
SECP_P = 2 ** 256 - 2 ** 32 - 977
SECP_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
SECP_G = (0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
          0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8)


def _ec_add(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % SECP_P == 0:
        return None
    if a == b:
        lam = 3 * a[0] * a[0] * pow(2 * a[1], -1, SECP_P) % SECP_P
    else:
        lam = (b[1] - a[1]) * pow(b[0] - a[0], -1, SECP_P) % SECP_P
    x = (lam * lam - a[0] - b[0]) % SECP_P
    return (x, (lam * (a[0] - x) - a[1]) % SECP_P)


def ec_mul(k, p=SECP_G):
    r = None
    while k:
        if k & 1:
            r = _ec_add(r, p)
        p = _ec_add(p, p)
        k >>= 1
    return r


assert (SECP_G[1] ** 2 - SECP_G[0] ** 3 - 7) % SECP_P == 0
assert ec_mul(SECP_N) is None
assert ec_mul(2)[0] == 0xC6047F9441ED7D6D3045406E95C07CD85C778E4B8CEF3CA7ABAC09B95C709EE5


def _rfc6979_k(d, h1):
    x = d.to_bytes(32, "big")
    h = (int.from_bytes(h1, "big") % SECP_N).to_bytes(32, "big")
    v = b"\x01" * 32
    k = b"\x00" * 32
    k = hmac.new(k, v + b"\x00" + x + h, hashlib.sha256).digest()
    v = hmac.new(k, v, hashlib.sha256).digest()
    k = hmac.new(k, v + b"\x01" + x + h, hashlib.sha256).digest()
    v = hmac.new(k, v, hashlib.sha256).digest()
    while True:
        v = hmac.new(k, v, hashlib.sha256).digest()
        cand = int.from_bytes(v, "big")
        if 1 <= cand < SECP_N:
            return cand
        k = hmac.new(k, v + b"\x00", hashlib.sha256).digest()
        v = hmac.new(k, v, hashlib.sha256).digest()


def es256k_sign(d, msg):
    h1 = hashlib.sha256(msg).digest()
    z = int.from_bytes(h1, "big")
    while True:
        k = _rfc6979_k(d, h1)
        r = ec_mul(k)[0] % SECP_N
        s = pow(k, -1, SECP_N) * (z + r * d) % SECP_N
        if r and s:
            break
    if s > SECP_N // 2:
        s = SECP_N - s
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def es256k_verify(pub, msg, sig):
    if len(sig) != 64:
        return False
    r = int.from_bytes(sig[:32], "big")
    s = int.from_bytes(sig[32:], "big")
    if not (1 <= r < SECP_N and 1 <= s < SECP_N):
        return False
    z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    w = pow(s, -1, SECP_N)
    pt = _ec_add(ec_mul(z * w % SECP_N), ec_mul(r * w % SECP_N, pub))
    return pt is not None and pt[0] % SECP_N == r


def es256k_keypair(rng):
    d = rng.randrange(1, SECP_N)
    return d, ec_mul(d)


def jwt_es256k(d, header, payload):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = es256k_sign(d, (h + "." + p).encode())
    return h + "." + p + "." + b64u(sig)


def jwt_hs256(key, header, payload):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


JWT_SIG_LEN = {"HS256": 32, "ES256K": 64}


def jwt_frame_ok(tok):
    """A JWT-shaped string is valid if header and payload are base64url JSON objects,
    the alg is known and the signature length fits it."""
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        hdr = json.loads(b64u_dec(parts[0]))
        pay = json.loads(b64u_dec(parts[1]))
        sig = b64u_dec(parts[2])
    except Exception:
        return False
    if not isinstance(hdr, dict) or not isinstance(pay, dict):
        return False
    if b64u(b64u_dec(parts[0])) != parts[0] or b64u(sig) != parts[2]:
        return False
    return hdr.get("alg") in JWT_SIG_LEN and len(sig) == JWT_SIG_LEN[hdr["alg"]]


def bad_jwts(text):
    return [t for t in JWT_SHAPED.findall(text) if not jwt_frame_ok(t)]


# ---------------------------------------------------------------------------
# key naming in a container's own case style
# ---------------------------------------------------------------------------
ACRONYMS = {"hmi", "rfid", "cad", "jwt", "api", "id", "url", "oauth", "ai", "io", "rest", "sdk",
            "nvr", "lan", "ql", "tm", "aws"}


def keyname(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.upper() if x in ACRONYMS else x.capitalize() for x in w)
    if style == "train":
        return "-".join(x.capitalize() for x in w)
    raise ValueError(style)


def place(template, value):
    """Replace the single marker by the value; return text, start, end."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


# ---------------------------------------------------------------------------
# registry: one place that refuses repeats and near-repeats
# ---------------------------------------------------------------------------
class Registry:
    def __init__(self):
        self.items = []
        self.seen = set()

    def conflicts(self, s):
        if s in self.seen:
            return True
        if bad_uuids(s) or bad_jwts(s):
            return True
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return True
        return False

    def add(self, s):
        if self.conflicts(s):
            return False
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, gen, ok=None, tries=5000):
        for _ in range(tries):
            s = gen()
            if ok is not None and not ok(s):
                continue
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def clean_for(value, forbid, allow_space=False):
    if not allow_space and any(c.isspace() for c in value):
        return False
    return not any(c in forbid for c in value)


# ---------------------------------------------------------------------------
# deny-list of the two earlier READMEs
# ---------------------------------------------------------------------------
BRIEF_DIR = "/tmp/brief260"
BRIEF_FILES = ["README_twohundredfiftyeighth.md", "README_twohundredfiftyninth.md"]


def extract_denylist(texts):
    names = set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            n = m.strip().lower()
            if n:
                names.add(n)
                for part in n.split("__"):
                    if part:
                        names.add(part)
        for m in re.findall(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", t):
            n = m.lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
    syntaxes = set()
    for t in texts:
        for m in re.findall(r"\b[a-z]{2,4}pw_([a-z0-9_]+)", t):
            syntaxes.add(m.lower().strip("_"))
    codes, lnames = set(), set()
    for t in texts:
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]{2,40})\)", t):
            codes.add(code.lower())
            lnames.add(name.lower())
            for w in re.split(r"[\s,/;-]+", name.lower()):
                if len(w) > 2:
                    lnames.add(w)
    return {"names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def read_brief():
    if not os.path.isdir(BRIEF_DIR):
        return None
    texts = []
    for f in BRIEF_FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    return texts
