"""Shared helpers for the p206 corpus (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p206"
BRIEF_DIR = "/tmp/brief206"
BRIEF_FILES = ["README_twohundredfourth.md", "README_twohundredfifth.md"]
SLOT = "\ue000"  # value marker inside templates

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = UPPER + LOWER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# ---------------------------------------------------------------- words of this world
ANGLING_WORDS = """carp bream tench roach rudd perch pike chub barbel zander gudgeon dace grayling
trout boilie pellet maggot caster groundbait feeder waggler stickfloat keepnet landingnet bivvy
swim margin lilypad reedbed spillway weir sluice tackle hooklink leadcore backlead bobbin
baitrunner spod marker catapult throwstick bailiff syndicate fishery mere gravelpit millpond
oxbow backwater shoal swivel disgorger weighsling rodpod brolly quivertip hempseed sweetcorn
breadflake redworm lobworm pinkie squatt bloodworm deadbait spinner crankbait jighead dropshot
paternoster ledger zigrig chodrig seatbox keepsack mirrorcarp commoncarp leather ghostie
crucian silverfish splitshot olivette pikefloat trace snaghook bankstick buzzbar nightfishing
dawnpatrol matchday pegdraw weighin scales hookbait pva slider polemint topkit elastic
cuppingkit sinker pellettin stillwater canal riverbank""".split()


def password(rng, strict=False):
    """Owner-chosen password: word (+capital sometimes) + joiner + 3-5 [a-z0-9] + 2 digits."""
    w = rng.choice(ANGLING_WORDS)
    if rng.random() < 0.4:
        w = w[0].upper() + w[1:]
    j = rng.choice("-_." if strict else "-_.+!~")
    mid = "".join(rng.choice(LOWALNUM) for _ in range(rng.randint(3, 5)))
    return w + j + mid + "".join(rng.choice(DIGITS) for _ in range(2))


PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


UUID_RE = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")


def uuid_is_v4(s):
    return s[14] == "4" and s[19].lower() in "89ab"


def jwt_hs(rng, payload, alg="HS256", header_extra=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if header_extra:
        hdr.update(header_extra)
    h = b64url(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    key = rbytes(rng, 48)  # discarded
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64url(sig)


def jwt_shaped(rng, payload, alg, siglen, header_extra=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if header_extra:
        hdr.update(header_extra)
    h = b64url(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url(rbytes(rng, siglen))


JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}")
JWT_SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "ES256": 64, "RS256": 256, "EdDSA": 64}


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        hdr = json.loads(b64url_dec(h))
        json.loads(b64url_dec(p))
        return len(b64url_dec(s)) == JWT_SIGLEN.get(hdr.get("alg"), -1)
    except Exception:
        return False


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def luhn_mod_n_char(body, alphabet):
    """Luhn mod N check character (the generalised Luhn algorithm)."""
    n = len(alphabet)
    factor, total = 2, 0
    for ch in reversed(body):
        a = factor * alphabet.index(ch)
        factor = 1 if factor == 2 else 2
        total += a // n + a % n
    return alphabet[(n - total % n) % n]


def luhn_mod_n_ok(s, alphabet):
    n = len(alphabet)
    factor, total = 1, 0
    for ch in reversed(s):
        a = factor * alphabet.index(ch)
        factor = 2 if factor == 1 else 1
        total += a // n + a % n
    return total % n == 0


def gs1_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def adler32_hex(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xFFFFFFFF)


# ---------------------------------------------------------------- key-name styles
def keyname(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


def place(template, value):
    """template contains SLOT exactly once; returns (text, start, end)."""
    assert template.count(SLOT) == 1, template
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


# ---------------------------------------------------------------- registry of drawn strings
class Registry:
    """Refuses repeats and any string in a substring relation (6+ chars) with an earlier one."""

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

    def draw(self, fn, *a, **kw):
        for _ in range(200):
            v = fn(*a, **kw)
            if self.ok(v):
                self.items.append(v)
                self.set.add(v)
                return v
        raise RuntimeError("registry could not draw a fresh value")

    def add(self, s):
        if not self.ok(s):
            raise RuntimeError("registry refused " + s)
        self.items.append(s)
        self.set.add(s)
        return s


def positive(rid, typ, container, text, start, end, source):
    value = text[start:end]
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": end, "type": typ}],
            "source": source}


# ---------------------------------------------------------------- deny-list
def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            t = fh.read()
        for bt in re.findall(r"`([^`\n]+)`", t):
            n = bt.strip().lower()
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for ident in re.findall(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9_])", t):
            n = ident.lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"`[a-z]+pw_([a-z0-9_]+)`", t):
            syntaxes.add(m.split("__")[0])
        for code, name in re.findall(r"`([a-z]{2,4})` \(([^)`]+)\)", t):
            codes.add(code)
            lnames.add(name.strip().lower())
            for w in re.findall(r"[A-Za-z]+", name):
                lnames.add(w.lower())
    return {"source": brief_dir, "files": BRIEF_FILES,
            "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}
