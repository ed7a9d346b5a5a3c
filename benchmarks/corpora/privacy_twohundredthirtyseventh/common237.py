"""Shared helpers for corpus p237 (dentists). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import uuid

PREFIX = "p237"
BRIEF_DIR = "/tmp/brief237"
BRIEF_FILES = ["README_twohundredthirtyfourth.md", "README_twohundredthirtyfifth.md"]
MARK = "\u0000VALUE\u0000"

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64U = ALNUM + "-_"
B64 = ALNUM + "+/"

# Words of the dental world for owner-chosen passwords (letters only).
WORLD_WORDS = [
    "abutment", "alginate", "aligner", "amalgam", "apex", "archwire", "articulator", "autoclave",
    "bicuspid", "bitewing", "bleaching", "bracket", "bridge", "bruxism", "buccal", "burnisher",
    "calculus", "canine", "caries", "cementum", "cephalo", "chairside", "clasp", "composite",
    "crossbite", "crown", "curette", "cusp", "dentine", "denture", "diastema", "elastic",
    "enamel", "endo", "explorer", "facebow", "fissure", "floss", "fluoride", "forceps",
    "frenum", "gingiva", "glaze", "gumline", "gutta", "handpiece", "headgear", "hygienist",
    "implant", "impression", "incisor", "inlay", "ionomer", "lingual", "ligature", "mandible",
    "maxilla", "molar", "mouthguard", "occlusal", "onlay", "operatory", "overbite", "palate",
    "panoramic", "percha", "perio", "plaque", "pontic", "porcelain", "premolar", "prophy",
    "pulp", "recall", "resin", "retainer", "rootcanal", "saliva", "scaler", "sealant",
    "sextant", "sinter", "smile", "spittoon", "sprue", "sulcus", "suction", "tartar",
    "toothbrush", "underbite", "veneer", "vita", "whitening", "wisdom", "zirconia", "bite",
    "jaw", "gum", "wax", "root", "tray", "mold",
]
SHORT_WORDS = [w for w in WORLD_WORDS if len(w) <= 4]
JOINERS_WIDE = "-_.+!~"
JOINERS_STRICT = "-_."
PW_WIDE_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
WORLD_PW_SEARCH = re.compile(
    r"(?<![A-Za-z0-9])(?:%s)[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])"
    % "|".join(sorted({w for w in WORLD_WORDS} | {w.capitalize() for w in WORLD_WORDS}, key=len, reverse=True)))


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False, maxlen=None, words=None):
    while True:
        w = rng.choice(words or WORLD_WORDS)
        if rng.random() < 0.4:
            w = w.capitalize()
        j = rng.choice(JOINERS_STRICT if strict else JOINERS_WIDE)
        tail = rstr(rng, LALNUM, rng.randint(3, 5)) + rstr(rng, DIGITS, 2)
        v = w + j + tail
        if maxlen is None or len(v) <= maxlen:
            return v


def uuid4(rng):
    return str(uuid.UUID(bytes=bytes(rng.getrandbits(8) for _ in range(16)), version=4))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def make_jwt(rng, alg, payload, header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64url_nopad(sig)


JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
UUID_RE = re.compile(r"(?<![0-9a-fA-F])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-([0-9a-fA-F])[0-9a-fA-F]{3}-([0-9a-fA-F])[0-9a-fA-F]{3}-[0-9a-fA-F]{12}(?![0-9a-fA-F])")


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        hd = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        sig = base64.urlsafe_b64decode(parts[2] + "=" * (-len(parts[2]) % 4))
    except Exception:
        return False
    want = {"HS256": 32, "HS384": 48, "HS512": 64}.get(hd.get("alg"))
    return want is None or len(sig) == want


def uuids_v4_ok(text):
    for m in UUID_RE.finditer(text):
        if m.group(1) != "4" or m.group(2).lower() not in "89ab":
            return False
    return True


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    words = [w.lower() for w in words]
    if style == "upper":
        return "_".join(words).upper()
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
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ char substring relation with earlier strings."""

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
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.set.add(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def place(template, value):
    """template holds MARK once; returns (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


# ---------------------------------------------------------------- deny-list
SNAKE_RE = re.compile(r"(?<![A-Za-z0-9])[a-z0-9]+(?:_[a-z0-9]+)+(?![A-Za-z0-9])")
TICK_RE = re.compile(r"`([^`\n]+)`")
PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
PW_PREFIX_RE = re.compile(r"^[a-z]+pw_")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            text = fh.read()
        found = [m.group(1).strip().lower() for m in TICK_RE.finditer(text)]
        found += [m.group(0).lower() for m in SNAKE_RE.finditer(text)]
        for f in found:
            if not f:
                continue
            names.add(f)
            if "__" in f:
                for part in f.split("__"):
                    if part:
                        names.add(part)
            if PW_PREFIX_RE.match(f) and re.fullmatch(r"[a-z0-9_]+", f):
                syntaxes.add(PW_PREFIX_RE.sub("", f.split("__")[0]))
        for m in PAIR_RE.finditer(text):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,/-]+", nm):
                if len(w) >= 3:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def denied(name, deny):
    """True if name (whole or any __ part) is on the deny-list."""
    n = name.lower()
    names = deny["_nameset"]
    if n in names:
        return True
    for part in n.split("__"):
        if part and part in names:
            return True
    return False


def prepare_deny(d):
    d = dict(d)
    d["_nameset"] = set(d["names"])
    d["_syntaxset"] = set(d["syntaxes"])
    d["_codes"] = set(d["language_codes"])
    d["_lnames"] = set(d["language_names"])
    return d
