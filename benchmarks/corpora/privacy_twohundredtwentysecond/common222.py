"""Shared helpers for corpus p222 (locksmiths). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import uuid

MARK = "\u27e6V\u27e7"  # slot marker, never left in a text
PREFIX = "p222"
BRIEF_DIR = "/tmp/brief222"
BRIEF_FILES = ["README_twohundrednineteenth.md", "README_twohundredtwentieth.md"]

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
ALPHABETS = {
    "an": ALNUM,
    "lan": LOWER + DIGITS,
    "uan": UPPER + DIGITS,
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "b64u": ALNUM + "-_",
    "b64": ALNUM + "+/",
    "d": DIGITS,
    "l": LOWER,
    "u": UPPER,
    "b32": UPPER + "234567",
    "lb32": LOWER + "234567",
}
ALPHA_DESC = {
    "an": "alphanumerics", "lan": "lower-case alphanumerics", "uan": "upper-case alphanumerics",
    "hex": "lower-case hex", "HEX": "upper-case hex", "b64u": "base64url", "b64": "standard Base64 characters",
    "d": "digits", "l": "lower-case letters", "u": "upper-case letters", "b32": "upper-case Base32",
    "lb32": "lower-case Base32",
}

# ---------------------------------------------------------------- world words
LOCK_WORDS = [
    "latch", "deadbolt", "mortice", "cylinder", "tumbler", "lever", "warded", "bitting", "blank", "keyway",
    "shackle", "hasp", "padlock", "escutcheon", "keeper", "strike", "spindle", "cam", "plug", "shear",
    "driver", "spring", "pick", "tension", "rake", "impression", "decoder", "dial", "wheelpack", "relocker",
    "vault", "strongbox", "hinge", "bolt", "keyring", "fob", "transponder", "immobiliser", "nightlatch",
    "sashlock", "deadlock", "multipoint", "thumbturn", "gearbox", "keycutter", "duplicator", "codebook",
    "grandmaster", "snib", "forend", "faceplate", "backset", "wafer", "disc", "pinning", "masterkey",
    "timelock", "combination", "keysafe", "lockbox", "handle", "doorstop", "latchbolt", "rebate",
    "chubby", "bramah", "skeleton", "tubular", "dimple", "sidebar", "keyblank", "clutch", "rekey",
]
JOINERS_ALL = "-_.+!~"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def owner_password(rng, strict=False):
    w = rng.choice(LOCK_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_ALL)
    mid = "".join(rng.choice(LOWER + DIGITS) for _ in range(rng.randint(3, 5)))
    return w + j + mid + "".join(rng.choice(DIGITS) for _ in range(2))


def rand(rng, alpha, n):
    a = ALPHABETS.get(alpha, alpha)
    return "".join(rng.choice(a) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, alg, header_extra, payload, key=None):
    header = {"alg": alg, "typ": "JWT"}
    header.update(header_extra)
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    if alg.startswith("HS"):
        k = key if key is not None else rbytes(rng, 32)
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(k, signing, dig).digest()
    else:
        sig = rbytes(rng, {"RS256": 256, "ES256": 64, "ES384": 96, "ES512": 132, "EdDSA": 64}[alg])
    return h + "." + p + "." + b64u_nopad(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "ES384": 96, "ES512": 132, "EdDSA": 64}


# ---------------------------------------------------------------- case styles
def words_of(name):
    return [w for w in name.split("_") if w]


def style_key(name, style):
    w = words_of(name)
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    raise ValueError(style)


def fill(template, value, **kw):
    """Replace {k} placeholders by kw and the single MARK by value; return (text, start)."""
    t = template
    for k, v in kw.items():
        t = t.replace("{" + k + "}", v)
    parts = t.split(MARK)
    if len(parts) != 2:
        raise ValueError("template needs exactly one slot: %r" % template[:80])
    return parts[0] + value + parts[1], len(parts[0])


class Registry:
    """Refuses repeats and any 6+ char substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
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

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def positive(rid, typ, container, text, start, value, source):
    assert text[start:start + len(value)] == value
    return {
        "id": rid, "type": typ, "container": container, "text": text,
        "secrets": [{"value": value, "start": start, "end": start + len(value), "type": typ}],
        "source": source,
    }


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------- deny-list
BT_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b")
LANGPAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
SYN_RE = re.compile(r"`([a-z]+)pw_([a-z0-9_]+)`")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        for m in BT_RE.finditer(txt):
            n = m.group(1).strip().lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in SNAKE_RE.finditer(txt):
            n = m.group(0).lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in SYN_RE.finditer(txt):
            syntaxes.add(m.group(2).lower())
        for m in LANGPAIR_RE.finditer(txt):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,()]+", nm):
                if len(w) > 2:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def load_denylist(here):
    with open(os.path.join(here, "brief_names.json"), encoding="utf-8") as f:
        return json.load(f)


def denied(name, deny):
    n = name.lower()
    names = set(deny["names"])
    if n in names:
        return True
    return any(p in names for p in n.split("__") if p)
