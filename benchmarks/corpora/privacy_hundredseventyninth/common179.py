"""Shared helpers for corpus p179 (florist, wedding and event-planning developers)."""
import base64
import hashlib
import hmac
import json
import os
import random
import re
import string
import uuid
import zlib

PREFIX = "p179"
MARK = "\ue000"          # slot marker, replaced by the value
B62 = string.digits + string.ascii_letters
B64U = string.ascii_letters + string.digits + "-_"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$")

WORLD_WORDS = [
    "peony", "ranunculus", "hydrangea", "gypsophila", "eucalyptus", "boutonniere",
    "corsage", "bouquet", "garland", "centrepiece", "tulle", "chiffon", "organza",
    "veil", "tiara", "confetti", "marquee", "gazebo", "pergola", "canape",
    "prosecco", "macaron", "fondant", "buttercream", "lisianthus", "freesia",
    "dahlia", "anemone", "magnolia", "gardenia", "camellia", "stephanotis",
    "calla", "orchid", "lilac", "wisteria", "foxglove", "snapdragon", "carnation",
    "sweetpea", "larkspur", "delphinium", "protea", "amaryllis", "bridesmaid",
    "groomsman", "ringbearer", "flowergirl", "aisle", "altar", "chapel",
    "banquet", "ballroom", "firstdance", "cakestand", "placecard", "seatingplan",
    "guestbook", "favours", "invitation", "savethedate", "honeymoon", "trousseau",
    "rosepetal", "ribbon", "twine", "vase", "archway", "candelabra", "lantern",
    "fairylights", "dancefloor", "photobooth", "posy", "buttonhole", "nosegay",
    "cascade", "ranchhouse", "coldroom", "stemwrap",
]


def rng(seed):
    return random.Random(seed)


def rstr(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(r):
    return str(uuid.UUID(bytes=bytes(r.getrandbits(8) for _ in range(16)), version=4))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def owner_password(r, joiners="-_.+~"):
    w = r.choice(WORLD_WORDS)
    if r.random() < 0.42:
        w = w.capitalize()
    mid = rstr(r, LOWALNUM, r.randint(3, 6))
    return w + r.choice(joiners) + mid + rstr(r, string.digits, 2)


def jwt_hs256(r, payload):
    h = b64u_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(r, 32)
    s = b64u_nopad(hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest())
    return h + "." + p + "." + s


def jwt_shaped(r, alg, payload, sig_len, kid=None):
    hd = {"alg": alg, "typ": "JWT"}
    if kid:
        hd["kid"] = kid
    h = b64u_nopad(json.dumps(hd, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u_nopad(rbytes(r, sig_len))


def b62_encode_int(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


def crc_token(r, prefix, body_len=30):
    body = rstr(r, B62, body_len)
    return prefix + body + b62_encode_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


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


def gs1_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


VIN_MAP = {**{str(d): d for d in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin):
    s = sum(VIN_MAP[c] * w for c, w in zip(vin, VIN_W)) % 11
    return "X" if s == 10 else str(s)


# ---------------------------------------------------------------- case styles
def style_key(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(w).upper()
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
    if style == "colon":
        return w[0].capitalize() + ":" + "".join(x.capitalize() for x in w[1:])
    if style == "lower":
        return "".join(w)
    raise ValueError(style)


# ---------------------------------------------------------------- value registry
class Registry:
    """Every value, neighbour, plain and run is drawn through here; a string in a
    substring relation with an earlier one is refused."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        for t in self.items:
            if (len(s) >= 4 and len(t) >= 4) and (s in t or t in s):
                return False
        return True

    def add(self, s):
        self.items.append(s)
        self.set.add(s)
        return s

    def draw(self, fn, *a, **k):
        for _ in range(500):
            v = fn(*a, **k)
            if self.ok(v):
                return self.add(v)
        raise RuntimeError("registry could not draw a fresh value")


def place(template, value):
    """template contains MARK exactly once; returns (text, start, end)."""
    if template.count(MARK) != 1:
        raise ValueError("template must hold exactly one slot")
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def make_record(rid, typ, container, template, value, source):
    text, s, e = place(template, value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ}],
            "source": source}


def dumps_jsonl(records):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in records)


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief179"
BRIEF_FILES = ["README_hundredseventysixth.md", "README_hundredseventyseventh.md"]
SNAKE_RE = re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b")
TICK_RE = re.compile(r"`([^`\n]+)`")
LANG_PAIR_RE = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
SPARE_RE = re.compile(r"spares unused: ([^)]*(?:\([^)]*\)[^)]*)*)\)")
PW_PREFIX_RE = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(texts):
    names, syntaxes, codes, lnames = set(), set(), set(), set()

    def add(n):
        n = n.strip().lower()
        if not n:
            return
        names.add(n)
        m = PW_PREFIX_RE.match(n)
        if m:
            names.add(m.group(1))
            syntaxes.add(m.group(1).split("__")[0])
        if "__" in n:
            for part in n.split("__"):
                if part:
                    names.add(part)
                    m2 = PW_PREFIX_RE.match(part)
                    if m2:
                        names.add(m2.group(1))

    for t in texts:
        for m in TICK_RE.finditer(t):
            add(m.group(1))
        for m in SNAKE_RE.finditer(t):
            add(m.group(0))
        for m in LANG_PAIR_RE.finditer(t):
            codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in nm.split():
                lnames.add(w)
        for m in SPARE_RE.finditer(t):
            for c in re.findall(r"`([a-z]{3})`", m.group(1)):
                codes.add(c)
    return {"source": "/tmp/brief179 (" + ", ".join(BRIEF_FILES) + ")",
            "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def read_brief():
    texts = []
    for f in BRIEF_FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    return texts


def denied(label, deny_names):
    lab = label.lower()
    if lab in deny_names:
        return True
    return any(p in deny_names for p in lab.split("__") if p)
