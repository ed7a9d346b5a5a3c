"""Shared helpers for corpus p225 (farriers, equine vets, livery yards).

Standard library only; every random draw goes through an explicit random.Random.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string

PREFIX = "p225"
PWPFX = "frrpw_"
BRIEF_DIR = "/tmp/brief225"
BRIEF_FILES = ["README_twohundredtwentysecond.md", "README_twohundredtwentythird.md"]

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = DIGITS + UPPER + LOWER
LOWALNUM = DIGITS + LOWER
UPALNUM = DIGITS + UPPER
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"

# words of this world for owner-chosen passwords (letters only)
WORLD_WORDS = [
    "anvil", "forge", "hoof", "rasp", "clinch", "clincher", "nipper", "nippers", "pastern",
    "fetlock", "coronet", "gelding", "mare", "stallion", "filly", "colt", "paddock", "stable",
    "livery", "saddle", "bridle", "halter", "farrier", "hoofpick", "toeclip", "calkin",
    "stud", "wedge", "shoeing", "heel", "frog", "sole", "laminae", "canter", "gallop", "trot",
    "chestnut", "dun", "roan", "piebald", "skewbald", "cob", "hunter", "pony", "shire",
    "clydesdale", "haynet", "haylage", "bedding", "muckheap", "stirrup", "girth", "numnah",
    "tackroom", "manege", "snaffle", "martingale", "lunge", "headcollar", "farriery",
    "horseshoe", "hoofoil", "buffer", "pritchel", "fuller", "creaser", "swage", "tongs",
    "stallbox", "feedroom", "turnout", "poultice", "thrush", "navicular", "splint", "hock",
    "withers", "mane", "forelock", "dapple", "appaloosa", "welshcob", "connemara", "exmoor",
    "dartmoor", "highland", "shetland", "percheron", "arab", "warmblood", "eventer",
    "dressage", "showjump", "bitless", "pelham", "kimblewick", "noseband", "surcingle",
    "crupper", "hackamore", "farrierbox", "quarters", "bulbs",
]
JOINERS_WIDE = "-_.+!~"
JOINERS_STRICT = "-_."
PW_WIDE_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
# negatives must not contain a world word + joiner + tail (the password form)
PW_FORM_IN_TEXT = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + "|".join(sorted(WORLD_WORDS, key=len, reverse=True))
    + r")[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w[0].upper() + w[1:]
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_WIDE)
    tail = rstr(rng, LOWALNUM, rng.randint(3, 5)) + rstr(rng, DIGITS, 2)
    return w + j + tail


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


UUID_RE = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")
UUID4_RE = re.compile(r"(?i)^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")

JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}


def make_jwt(rng, payload, alg="HS256", kid=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    if alg.startswith("HS"):
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(rbytes(rng, 32), signing, dig).digest()
    else:
        sig = rbytes(rng, JWT_SIG_LEN[alg])
    return h + "." + p + "." + b64url_nopad(sig)


JWT_FIND_RE = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+")


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(b64url_decode(h))
        json.loads(b64url_decode(p))
        sig = b64url_decode(s)
    except Exception:
        return False
    alg = hd.get("alg")
    return alg in JWT_SIG_LEN and len(sig) == JWT_SIG_LEN[alg]


# ---------------------------------------------------------------- key styles
def key_in_style(words, style):
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
    """Refuses repeats and any string in a substring relation (6+ chars) with an earlier one."""

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
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- records
def span_record(rid, rtype, container, text, value, source, extra=None):
    start = text.find(value)
    if start < 0:
        raise ValueError(f"{rid}: value not in text")
    rec = {"id": rid, "type": rtype, "container": container, "text": text,
           "secrets": [{"value": value, "start": start, "end": start + len(value), "type": rtype}],
           "source": source}
    if extra:
        rec["secrets"][0].update(extra)
    return rec


def fill(template, value, **kw):
    """Render a template with {v} as the value slot; other {names} from kw.
    Literal braces in templates are written {{ and }}."""
    before, after = template.split("{v}", 1)
    return before.format(**kw) + value + after.format(**kw)


# ---------------------------------------------------------------- deny-list
BACKTICK_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
LANG_PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
SYNTAX_RE = re.compile(r"`([a-z]{2,6}pw_[a-z0-9_]+)`")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            text = fh.read()
        for m in BACKTICK_RE.finditer(text):
            tok = m.group(1).strip().lower()
            names.add(tok)
            for part in tok.split("__"):
                if part:
                    names.add(part)
        for m in SNAKE_RE.finditer(text.lower()):
            tok = m.group(0)
            names.add(tok)
            for part in tok.split("__"):
                if part:
                    names.add(part)
        for m in SYNTAX_RE.finditer(text):
            full = m.group(1).split("__")[0]
            syntaxes.add(full.split("pw_", 1)[1])
        for m in LANG_PAIR_RE.finditer(text):
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


def name_hits(name, deny):
    """Return the parts of a name that hit the deny-list (whole name or any __ part)."""
    nm = name.lower()
    names = deny["_nameset"]
    hits = []
    for part in [nm] + nm.split("__"):
        if part in names:
            hits.append(part)
    return hits


def prep_deny(deny):
    deny = dict(deny)
    deny["_nameset"] = set(deny["names"])
    deny["_syntaxset"] = set(deny["syntaxes"])
    deny["_codeset"] = set(deny["language_codes"])
    deny["_langset"] = set(deny["language_names"])
    return deny


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
