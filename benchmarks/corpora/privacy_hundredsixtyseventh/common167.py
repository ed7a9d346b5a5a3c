"""Shared helpers for corpus p167 (pest-control, lawn-care and landscaping developers).

Standard library only. Every random choice goes through a random.Random passed in
by the caller; nothing reads the clock or the network.
"""
import base64
import binascii
import hashlib
import json
import re
import string
import uuid

SLOT = "\u27ea\u2606\u27eb"  # ⟪☆⟫ marks where the labelled value goes in a template

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
B62 = DIGITS + UPPER + LOWER
HEXL = "0123456789abcdef"
B64URL = UPPER + LOWER + DIGITS + "-_"

# Words of this world for owner-chosen passwords.
WORLD_WORDS = [
    "grubworm", "aphid", "thatch", "mulch", "crabgrass", "aerator", "dethatch", "fescue",
    "zoysia", "bermuda", "chinchbug", "termite", "boxelder", "silverfish", "earwig",
    "hornet", "yellowjacket", "sprinkler", "dripline", "rotor", "hedgerow", "topdress",
    "overseed", "edger", "trimmer", "boxwood", "hosta", "arborvitae", "mole", "vole",
    "gopher", "baitbox", "fogger", "loam", "compost", "sod", "bluegrass", "ryegrass",
    "dandelion", "clover", "nutsedge", "spurge", "cicada", "mosquito", "roach", "silverleaf",
    "juniper", "azalea", "hydrangea", "peatmoss", "rootzone", "spreader", "backpack",
    "sprayer", "nozzle", "wasp", "flea", "tick", "bedbug", "mouse", "rat", "burrow",
]
JOINERS_ALL = "-_.+~"
JOINERS_SAFE = "-_."

OWNER_PW_RE = re.compile(r"^[A-Za-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$")


def rand_str(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, joiners=JOINERS_ALL):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    mid = rand_str(rng, LOWER + DIGITS, rng.randint(3, 6))
    return w + rng.choice(joiners) + mid + rand_str(rng, DIGITS, 2)


def rand_bytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(rng, nbytes):
    return base64.b64encode(rand_bytes(rng, nbytes)).decode()


def b64url_nopad(rng, nbytes):
    return base64.urlsafe_b64encode(rand_bytes(rng, nbytes)).decode().rstrip("=")


def b64url_json(obj):
    raw = json.dumps(obj, separators=(",", ":"), sort_keys=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def hexs(rng, n, upper=False):
    s = rand_str(rng, HEXL, n)
    return s.upper() if upper else s


def uuid4(rng):
    return str(uuid.UUID(bytes=rand_bytes(rng, 16), version=4))


def jwt(rng, payload, alg="HS256", sig_bytes=32):
    head = b64url_json({"alg": alg, "typ": "JWT"})
    body = b64url_json(payload)
    return head + "." + body + "." + b64url_nopad(rng, sig_bytes)


def base62_encode_int(n, width):
    out = []
    while n:
        n, r = divmod(n, 62)
        out.append(B62[r])
    s = "".join(reversed(out)) or "0"
    return s.rjust(width, "0")


def github_classic_pat(rng):
    body = rand_str(rng, B62, 30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return "ghp_" + body + base62_encode_int(crc, 6)


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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def gtin_digit(digits):
    # GS1 check digit for EAN-13 / UPC-A bodies (weights 3,1 from the right)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


VIN_MAP = {**{str(d): d for d in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def vin(rng, wmi="1FT"):
    s = list(wmi + rand_str(rng, VIN_ALPHA, 5) + "0" + rand_str(rng, VIN_ALPHA, 8))
    total = sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W))
    r = total % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)


def vin_ok(v):
    total = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    r = total % 11
    return v[8] == ("X" if r == 10 else str(r))


def sha256_hex(s):
    return hashlib.sha256(s.encode()).hexdigest()


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    words = [w for w in words if w]
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "spaced":
        return " ".join(w.lower() for w in words)
    if style == "title":
        return " ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in words)
    raise ValueError(style)


# ---------------------------------------------------------------- registry
class Registry:
    """Hands out values; refuses any string in a substring relation with an earlier one."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for t in self.items:
            if s in t or t in s:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            raise ValueError("registry clash: %r" % s)
        self.items.append(s)
        self.seen.add(s)
        return s

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry could not draw a fresh value")


def place(template, value):
    """Put value at the single SLOT of template; return text, start, end."""
    if template.count(SLOT) != 1:
        raise ValueError("template must hold exactly one slot: %r" % template[:80])
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


def make_record(rid, source, container, stype, template, value, extra_span=None):
    text, s, e = place(template, value)
    span = {"value": value, "start": s, "end": e, "type": stype}
    if extra_span:
        span.update(extra_span)
    return {"id": rid, "type": stype, "container": container, "text": text,
            "secrets": [span], "source": source}


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


# ---------------------------------------------------------------- deny-list
LANG_PAIR_RE = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
BACKTICK_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"[a-z0-9]+(?:_+[a-z0-9]+)+")
PW_PREFIX_RE = re.compile(r"^[a-z]+pw_(.+)$")
SPARES_RE = re.compile(r"spares unused: ([^)]*)\)")

# Languages named in the two READMEs' prose without a `code` (Name) pair.
HAND_LANGUAGE_NAMES = ["german", "italian", "portuguese", "catalan", "galician", "norwegian",
                       "russian", "serbian", "bosnian", "japanese", "korean", "mandarin",
                       "malay", "esperanto", "haitian creole", "basque", "irish",
                       "scottish gaelic", "luxembourgish", "western frisian", "hebrew",
                       "cantonese", "hindi", "bengali", "javanese", "sundanese", "zulu",
                       "malagasy", "tajik", "kyrgyz", "mongolian", "tatar", "maori",
                       "occitan", "gujarati", "kannada", "malayalam", "khmer", "burmese",
                       "hausa", "yoruba", "asturian", "afrikaans", "faroese", "latin",
                       "nepali", "cebuano", "xhosa", "igbo", "kinyarwanda", "lao", "chinese"]


def extract_denylist(texts):
    names = set()

    def add(n):
        n = n.strip().lower()
        if not n:
            return
        names.add(n)
        for part in n.split("__"):
            part = part.strip()
            if part:
                names.add(part)
                m = PW_PREFIX_RE.match(part)
                if m:
                    names.add(m.group(1))
        m = PW_PREFIX_RE.match(n)
        if m:
            names.add(m.group(1))

    codes, lang_names = set(), set()
    for t in texts:
        for m in BACKTICK_RE.findall(t):
            add(m)
        for m in SNAKE_RE.findall(t.lower()):
            add(m)
        for code, name in LANG_PAIR_RE.findall(t):
            codes.add(code.lower())
            lang_names.add(name.lower())
            for w in re.split(r"[\s\-]+", name.lower()):
                if w:
                    lang_names.add(w)
        for block in SPARES_RE.findall(t):
            for c in re.findall(r"`([a-z]{3})`", block):
                codes.add(c)
    for n in HAND_LANGUAGE_NAMES:
        lang_names.add(n)
        for w in n.split():
            lang_names.add(w)
    return {"names": sorted(names), "language_codes": sorted(codes),
            "language_names": sorted(lang_names)}


def denied(name, deny_names):
    n = name.lower()
    if n in deny_names:
        return True
    return any(p in deny_names for p in n.split("__") if p)
