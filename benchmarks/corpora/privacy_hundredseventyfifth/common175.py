"""Shared helpers for corpus p175 (hearing-aid / audiology-clinic / hearing-care world).

Standard library only. No clock, no network. All randomness comes from the
random.Random instances handed in by the callers.
"""
import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import string
import uuid

PREFIX = "p175"
PWPREFIX = "audpw_"
SLOT = "\u27eaV\u27eb"  # slot marker used in templates, never left in a text

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = string.ascii_letters + string.digits + "-_"

# ---------------------------------------------------------------- words
WORLD_WORDS = [
    "audiogram", "tympan", "cochlea", "stapes", "incus", "malleus", "pinna",
    "tinnitus", "earmould", "receiver", "decibel", "otoscope", "vestibule",
    "helix", "tragus", "concha", "eardrum", "ossicle", "earhook", "telecoil",
    "domefit", "ventline", "masking", "loudness", "hearloop", "lobule",
    "speechband", "audiometer", "impedance", "cerumen", "otoblock", "waxguard",
    "zincair", "boneconduct", "hertz", "earpiece", "slimtube", "tonepip",
    "recruitment", "warble", "otoacoustic", "earbud", "minifit", "powerdome",
]
JOINERS_ALL = "-_.+~"
JOINERS_SAFE = "-_."
PW_RE = re.compile(r"^(?:%s)[-_.+~][a-z0-9]{3,6}[0-9]{2}$" % "|".join(
    sorted({w for w in WORLD_WORDS} | {w.capitalize() for w in WORLD_WORDS}, key=len, reverse=True)))
PW_SAFE_RE = re.compile(r"^[A-Za-z]+[-_.][a-z0-9]{3,6}[0-9]{2}$")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, safe=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    j = rng.choice(JOINERS_SAFE if safe else JOINERS_ALL)
    mid = rstr(rng, LOWALNUM, rng.randint(3, 6))
    return w + j + mid + "%02d" % rng.randint(0, 99)


def is_password(v):
    return bool(PW_RE.match(v))


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_json(obj):
    return b64url_nopad(json.dumps(obj, separators=(",", ":")).encode())


def jwt_hs256(rng, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    signing_input = b64url_json(header) + "." + b64url_json(payload)
    key = rbytes(rng, 32)
    sig = hmac.new(key, signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + b64url_nopad(sig)


def jwt_rs256_shape(rng, payload, kid=None):
    header = {"alg": "RS256", "typ": "JWT"}
    if kid:
        header["kid"] = kid
    return b64url_json(header) + "." + b64url_json(payload) + "." + b64url_nopad(rbytes(rng, 256))


def b62_encode_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix):
    body = rstr(rng, ALNUM, 30)
    return prefix + body + b62_encode_int(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_token_ok(tok, prefix):
    if not tok.startswith(prefix):
        return False
    body, chk = tok[len(prefix):-6], tok[-6:]
    return len(body) == 30 and b62_encode_int(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6) == chk


def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def gs1_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def nhs_check(nine):
    s = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        return "0"
    if c == 10:
        return None
    return str(c)


# ---------------------------------------------------------------- case styles
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
    if style == "train":
        return "-".join(x.capitalize() for x in w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.upper() if len(x) <= 3 else x.capitalize() for x in w)
    raise ValueError(style)


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses any string in a substring relation with an earlier one."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if not s or s in self.set:
            return False
        for e in self.items:
            if s in e or e in s:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.set.add(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry: could not draw a fresh value")


def fill(template, value, **kw):
    """Put value into the single slot of template; return (text, start, end)."""
    t = template
    for k, v in kw.items():
        t = t.replace("{" + k + "}", str(v))
    if t.count(SLOT) != 1:
        raise ValueError("template must hold exactly one slot: %r" % template[:80])
    start = t.index(SLOT)
    text = t.replace(SLOT, value)
    return text, start, start + len(value)


def record(rid, typ, container, text, start, end, source):
    return {
        "id": rid,
        "type": typ,
        "container": container,
        "text": text,
        "secrets": [{"value": text[start:end], "start": start, "end": end, "type": typ}],
        "source": source,
    }


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief175"
BRIEF_FILES = ["README_hundredseventieth.md", "README_hundredseventysecond.md"]
SPARE_NAMES = {  # names of spare codes that the READMEs list without a name
    "kin": "Kinyarwanda", "ceb": "Cebuano", "mri": "Maori", "tuk": "Turkmen",
    "tat": "Tatar", "ibo": "Igbo", "sun": "Sundanese",
}
EXTRA_LANGUAGE_NAMES = ["English", "German"]  # named in the p172 README as excluded / used


def extract_denylist(texts):
    names = set()
    for t in texts:
        for m in re.finditer(r"`([^`\n]+)`", t):
            raw = m.group(1).strip().lower()
            if not raw:
                continue
            names.add(raw)
            for part in raw.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t.lower()):
            ident = m.group(0)
            names.add(ident)
            for part in ident.split("__"):
                if part:
                    names.add(part)
    stripped = set()
    for n in names:
        m = re.match(r"^[a-z]+pw_(.+)$", n)
        if m:
            stripped.add(m.group(1))
    names |= stripped
    codes, lnames = set(), set()
    for t in texts:
        for m in re.finditer(r"`([a-z]{3})` \(([^)]+)\)", t):
            codes.add(m.group(1))
            nm = m.group(2).strip()
            lnames.add(nm.lower())
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w.lower())
        for m in re.finditer(r"spares(?: unused)?: ((?:`[a-z]{3}`(?:, )?)+)", t):
            for c in re.findall(r"`([a-z]{3})`", m.group(1)):
                codes.add(c)
                if c in SPARE_NAMES:
                    lnames.add(SPARE_NAMES[c].lower())
    for n in EXTRA_LANGUAGE_NAMES:
        lnames.add(n.lower())
    syntaxes = set()
    for t in texts:
        for m in re.finditer(r"`([a-z]+)pw_([a-z0-9_]+)`", t):
            syntaxes.add(m.group(2))
    return {
        "source": ["/tmp/brief175/" + f for f in BRIEF_FILES],
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def read_brief():
    texts = []
    for f in BRIEF_FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    return texts


def denied(name, deny):
    """True if name (or any __ part) is on the deny-list."""
    names = deny["_nameset"] if "_nameset" in deny else set(deny["names"])
    n = name.lower()
    if n in names:
        return True
    for part in n.split("__"):
        if part in names:
            return True
    return False


def prepare_deny(deny):
    d = dict(deny)
    d["_nameset"] = set(deny["names"])
    return d
