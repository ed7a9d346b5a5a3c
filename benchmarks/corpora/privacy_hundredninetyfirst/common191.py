"""Shared helpers for the p191 corpus (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
B62 = DIGITS + UPPER + LOWER
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = UPPER + LOWER + DIGITS + "-_"
B32 = UPPER + "234567"

SLOT = "\x00"  # marks where the labelled value goes in a template

BRIEF_DIR = "/tmp/brief191"
BRIEF_FILES = ("README_hundredeightyeighth.md", "README_hundredeightyninth.md")

# words of the pet-grooming / kennel / daycare world for owner-chosen passwords
WORLD_WORDS = [
    "poodle", "spaniel", "terrier", "beagle", "collie", "kennel", "cattery", "daycare", "leash",
    "harness", "muzzle", "clipper", "deshed", "fluffy", "bathtime", "blowdry", "topknot", "bandana",
    "kibble", "biscuit", "walkies", "fetch", "pawprint", "whisker", "tabby", "furball", "dewclaw",
    "doodle", "shihtzu", "corgi", "husky", "dachshund", "bowtie", "shampoo", "scissors", "slicker",
    "undercoat", "handstrip", "bichon", "schnauzer", "greyhound", "whippet", "lurcher", "retriever",
    "labrador", "goldie", "puppy", "pupper", "doggo", "woofer", "snout", "crate", "playpen",
    "agility", "frisbee", "squeaky", "chewtoy", "rawhide", "catnip", "scratcher", "booster",
    "groomer", "dematt", "nailtrim", "pawbalm", "collar", "lurchie", "sheltie", "pomeranian",
    "cockapoo", "labradoodle", "cavapoo", "weimaraner", "vizsla", "dalmatian", "samoyed",
    "malamute", "akita", "shiba", "borzoi", "saluki", "basenji", "papillon", "westie", "scottie",
    "boxer", "pugsley", "frenchie", "bulldog", "mastiff", "newfie", "kelpie", "heeler", "grooming",
    "fleacomb", "tearstain", "puppycut", "teddycut", "lioncut", "furminator", "kongtoy", "tugrope",
]
PW_JOINERS = "-_.+!~"
STRICT_JOINERS = "-_."
OWNER_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_hs(rng, header, payload, alg="HS256"):
    h = dict(header)
    h["alg"] = alg
    hb = b64url(json.dumps(h, separators=(",", ":")).encode())
    pb = b64url(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)  # discarded
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (hb + "." + pb).encode(), dig).digest()
    return hb + "." + pb + "." + b64url(sig)


def jwt_random_sig(rng, header, payload, siglen=64):
    hb = b64url(json.dumps(header, separators=(",", ":")).encode())
    pb = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return hb + "." + pb + "." + b64url(rbytes(rng, siglen))


def base62_fixed(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc32_b62(s):
    return base62_fixed(zlib.crc32(s.encode()) & 0xFFFFFFFF, 6)


def adler32_hex(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xFFFFFFFF)


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def gs1_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def owner_pw(rng, joiners=PW_JOINERS, cap=0.4):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < cap:
        w = w.capitalize()
    return w + rng.choice(joiners) + rstr(rng, LALNUM, rng.randint(3, 5)) + rstr(rng, DIGITS, 2)


def strict_pw(rng):
    return owner_pw(rng, STRICT_JOINERS)


class Registry:
    """Every labelled value (and hidden plain) is drawn through here: no string may be in a
    substring relation (6+ characters) with an earlier one."""

    def __init__(self):
        self.values = []
        self._set = set()

    def ok(self, v):
        if v in self._set:
            return False
        for old in self.values:
            if len(old) >= 6 and old in v:
                return False
            if len(v) >= 6 and v in old:
                return False
        return True

    def take(self, gen):
        for _ in range(200):
            v = gen()
            if self.ok(v):
                self.values.append(v)
                self._set.add(v)
                return v
        raise RuntimeError("registry could not draw a fresh value")

    def add(self, v):
        if not self.ok(v):
            raise RuntimeError("registry refused %r" % v)
        self.values.append(v)
        self._set.add(v)
        return v


def place(template, value):
    """template holds SLOT exactly once; returns text, start, end."""
    if template.count(SLOT) != 1:
        raise ValueError("template must hold exactly one slot: %r" % template[:80])
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


def span_record(rid, typ, container, template, value, source, extra=None):
    text, s, e = place(template, value)
    span = {"value": value, "start": s, "end": e, "type": typ}
    if extra:
        span.update(extra)
    return {"id": rid, "type": typ, "container": container, "text": text, "secrets": [span], "source": source}


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
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


# ---------------------------------------------------------------- deny-list
_TICK = re.compile(r"`([^`\n]+)`")
_SNAKE = re.compile(r"(?<![A-Za-z0-9_])[a-z0-9]+(?:_+[a-z0-9]+)+(?![A-Za-z0-9_])")
_LANG = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
_PWPREFIX = re.compile(r"^[a-z]+pw_")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        cands = [m.group(1).strip().lower() for m in _TICK.finditer(txt)]
        cands += [m.group(0).lower() for m in _SNAKE.finditer(txt)]
        for c in cands:
            if not c:
                continue
            names.add(c)
            for part in c.split("__"):
                part = part.strip("_")
                if part:
                    names.add(part)
                    if _PWPREFIX.match(part):
                        stripped = _PWPREFIX.sub("", part)
                        syntaxes.add(stripped)
        for m in _LANG.finditer(txt):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-/]+", nm):
                if len(w) > 2:
                    lnames.add(w)
    return {
        "source": "backticked names and snake_case identifiers of %s in %s, lower-cased, also split at '__'; "
                  "syntaxes = names with a '<letters>pw_' prefix stripped; language codes, names and name words "
                  "from every `code` (Name) pair" % (" and ".join(BRIEF_FILES), brief_dir),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def denied(name, deny):
    """True when name (whole, or any __ part) is in the deny-list names."""
    n = name.lower()
    names = deny["_nameset"]
    if n in names:
        return True
    for part in n.split("__"):
        part = part.strip("_")
        if part and part in names:
            return True
    return False


def prep_deny(deny):
    d = dict(deny)
    d["_nameset"] = set(deny["names"])
    d["_syntaxset"] = set(deny["syntaxes"])
    d["_codes"] = set(deny["language_codes"])
    d["_lnames"] = set(deny["language_names"])
    return d
