"""Shared helpers for corpus p238 (photographers). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p238"
MARK = "\u00a7V\u00a7"  # value marker used inside templates

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALPHA = {
    "an": UPPER + LOWER + DIGITS,
    "lan": LOWER + DIGITS,
    "uan": UPPER + DIGITS,
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "b64u": UPPER + LOWER + DIGITS + "-_",
    "b64": UPPER + LOWER + DIGITS + "+/",
    "dig": DIGITS,
    "let": UPPER + LOWER,
    "lo": LOWER,
    "ulid": "0123456789abcdefghjkmnpqrstvwxyz",
}
ALPHA_DESC = {
    "an": "alphanumerics", "lan": "lower-case alphanumerics", "uan": "upper-case alphanumerics",
    "hex": "lower-case hex", "HEX": "upper-case hex", "b64u": "base64url", "b64": "standard Base64 characters",
    "dig": "digits", "let": "letters", "lo": "lower-case letters", "ulid": "lower-case Crockford base32",
}

# Words of the photographers' world (letters only) for owner-chosen passwords.
WORLD_WORDS = sorted(set("""
aperture shutter bokeh lens tripod darkroom fixer emulsion halide silver exposure flash strobe softbox
gobo reflector diffuser vignette sepia tintype ambrotype cyanotype platinum gelatin albumen chrome velvia
portra ektar monochrome grain contact proof enlarger easel loupe focus prime zoom telephoto macro fisheye
viewfinder rangefinder bellows polaroid instax film reel stopbath toner selenium dodge burn crop frame
matte gloss lustre canvas album bouquet veil bride groom vows confetti ceremony reception firstdance
goldenhour bluehour backlight rimlight keylight hairlight snoot beautydish umbrella octabox stripbox
backdrop seamless cyclorama headshot portrait panorama timelapse histogram retouch airbrush negative
slide transparency lightbox densitometer agitation developer hypo glassplate daguerreotype collodion
pinhole obscura mirrorless shutterbug lightmeter gaffer sandbag boom cstand flag scrim bounce catchlight
midtone highlight shadow contrast saturation hue whitebalance kelvin iso fstop bracket
""".split()))

HOSTS = ["silverhalide-studio.example", "goldenhour-weddings.example", "fixerbath-lab.example",
         "apertureandoak.example", "bellowsandbloom.example"]
USERS = ["mara", "theo", "ines", "kofi", "lena", "ravi", "sofia", "jonah", "amara", "niko", "priya", "oskar",
         "leila", "tomas", "hana", "felix", "yusuf", "greta", "bruno", "selin"]
STUDIO_NAMES = ["Silver Halide Studio", "Golden Hour Weddings", "Fixer Bath Photo Lab", "Aperture & Oak",
                "Bellows and Bloom"]

PW_WIDE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
_WORD_ALT = "|".join(sorted(WORLD_WORDS, key=len, reverse=True))
PW_FORM_IN_TEXT = re.compile(r"(?<![A-Za-z0-9])(?i:" + _WORD_ALT + r")[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")
UUID_ANY = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID_V4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
JWT_ANY = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def rs(rng, alpha, n):
    a = ALPHA.get(alpha, alpha)
    return "".join(rng.choice(a) for _ in range(n))


def password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    tail = rs(rng, "lan", rng.randint(3, 5)) + rs(rng, "dig", 2)
    return w + j + tail


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_hs(rng, alg, payload):
    header = {"alg": alg, "typ": "JWT"}
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 48)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, f"{h}.{p}".encode(), dig).digest()
    return f"{h}.{p}.{b64u_nopad(sig)}"


def jwt_shaped(rng, alg, payload, siglen, kid=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64u_nopad(rbytes(rng, siglen))}"


SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "RS512": 256, "ES256": 64, "EdDSA": 64}


def jwt_problem(tok):
    """Return None if tok is a structurally valid JWT, else a reason."""
    parts = tok.split(".")
    if len(parts) != 3:
        return "not three parts"
    try:
        hd = json.loads(b64u_decode(parts[0]))
        json.loads(b64u_decode(parts[1]))
        sig = b64u_decode(parts[2])
    except Exception as e:  # noqa
        return f"undecodable: {e}"
    alg = hd.get("alg") if isinstance(hd, dict) else None
    if alg not in SIG_LEN:
        return f"alg {alg}"
    if len(sig) != SIG_LEN[alg]:
        return f"sig length {len(sig)} for {alg}"
    return None


# ---- check digit algorithms -------------------------------------------------
_V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _V_D[c][_V_P[(i + 1) % 8][int(ch)]]
    return str(_V_INV[c])


def verhoeff_ok(num_with_check):
    c = 0
    for i, ch in enumerate(reversed(num_with_check)):
        c = _V_D[c][_V_P[i % 8][int(ch)]]
    return c == 0


def crc32_hex(s):
    return format(zlib.crc32(s.encode()) & 0xFFFFFFFF, "08x")


def gs1_check(digits12):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    return str((10 - s % 10) % 10)


def isbn13_ok(code):
    return len(code) == 13 and code.isdigit() and gs1_check(code[:12]) == code[12]


def upca_check(d11):
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(d11))
    return str((10 - s % 10) % 10)


def aba_check(d8):
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    return str((10 - sum(int(a) * b for a, b in zip(d8, w)) % 10) % 10)


def aba_ok(r):
    w = [3, 7, 1, 3, 7, 1, 3, 7, 1]
    return len(r) == 9 and r.isdigit() and sum(int(a) * b for a, b in zip(r, w)) % 10 == 0


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def wg_clamped(b):
    return len(b) == 32 and (b[0] & 7) == 0 and (b[31] & 0x80) == 0 and (b[31] & 0x40) == 0x40


# ---- case styles --------------------------------------------------------------
def key_name(words, style, dot_prefix="studio"):
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
    if style == "dot":
        return dot_prefix + "." + ".".join(ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "title":
        return " ".join(w.capitalize() for w in ws)
    raise ValueError(style)


def split_marker(text):
    """Split a rendered template at the value marker; return (prefix, suffix)."""
    if text.count(MARK) != 1:
        raise ValueError("template must hold exactly one value marker")
    a, b = text.split(MARK)
    return a, b


def make_record(rid, typ, container, prefix, value, suffix, source):
    text = prefix + value + suffix
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": len(prefix), "end": len(prefix) + len(value), "type": typ}],
            "source": source}


class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.secret_items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return False
        return True

    def add(self, s, secret=True):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.seen.add(s)
        if secret:
            self.secret_items.append(s)
        return True

    def draw(self, fn, secret=True, tries=200):
        for _ in range(tries):
            s = fn()
            if self.add(s, secret):
                return s
        raise RuntimeError("registry could not draw a fresh string")


# ---- deny-list extraction -------------------------------------------------------
BRIEF_DIR = "/tmp/brief238"
BRIEF_FILES = ["README_twohundredthirtythird.md", "README_twohundredthirtyfifth.md"]


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            t = f.read()
        for m in re.findall(r"`([^`\n]+)`", t):
            s = m.strip().lower()
            if not s:
                continue
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
        for m in re.findall(r"`([a-z]+pw_[a-z0-9_]+)`", t):
            syntaxes.add(m.split("pw_", 1)[1].split("__")[0])
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)`]+)\)", t):
            codes.add(code)
            lnames.add(name.strip().lower())
            for w in re.split(r"[\s,/-]+", name.strip().lower()):
                if w:
                    lnames.add(w)
    return {"source": brief_dir, "files": BRIEF_FILES, "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def deny_hits(name, deny_names):
    """Whole name or any __ part, case-insensitive."""
    n = name.lower()
    hits = []
    if n in deny_names:
        hits.append(n)
    for part in n.split("__"):
        if part and part in deny_names and part not in hits:
            hits.append(part)
    return hits
