"""Shared helpers for the p196 corpus (coworking / meeting-room / hot-desk booking world).

Python 3 standard library only.  No clock, no network.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p196"
MARK = "\ue000"          # slot marker, replaced by the value
BRIEF_DIR = "/tmp/brief196"

SEEDS = {
    "everyday": 19601, "pairing": 19611, "vendor": 19602, "positional": 19603,
    "prose": 19604, "evasions": 19605, "negatives": 19606,
}

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
BASE62 = DIGITS + UPPER + LOWER
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"

# words of the coworking world for owner-chosen passwords (lower-case letters only)
WORDS = """hotdesk cowork breakout boardroom phonebooth lounge standup whiteboard lanyard keycard
daypass locker mailroom printer scanner espresso flatwhite oatmilk beanbag mezzanine atrium rooftop
kitchenette podcast huddle focusroom pitchdeck networking workshop townhall lobby reception concierge
parcel pigeonhole visitor badge turnstile elevator bikestore plantwall monstera succulent deskbooking
membership community meetup demoday hackathon brunch catering canape buffet projector clicker dongle
webcam headset ringlight soundproof acoustic corkboard postit flipchart easel armchair hammock pingpong
foosball kombucha coldbrew matcha croissant bagel granola smoothie skylight loft brickwall terrace
courtyard studio annex floorplan seatmap coworker freelancer startup founder mentor caretaker
daylight deskfan footrest monitor standingdesk quietzone callbox wifi captive voucher lockerbank
parcelroom latte cortado teapot waterbar""".split()

JOINERS_ALL = "-_.+!~"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def password(rng, strict=False):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w[0].upper() + w[1:]
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_ALL)
    return w + j + rs(rng, LOWALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


def jwt(rng, header, payload, alg="HS256", sig_len=None):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    msg = (h + "." + p).encode()
    if alg.startswith("HS"):
        key = rbytes(rng, 32)           # discarded
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(key, msg, dig).digest()
    else:
        sig = rbytes(rng, sig_len or 64)
    return h + "." + p + "." + b64u(sig)


def crc16_ccitt_false(data):
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def crc32_b62(body):
    return base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def luhn_digit(digits):
    s = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def gs1_digit(digits):
    s = 0
    for i, d in enumerate(reversed(digits)):
        s += int(d) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm_digit(digits):
    i = 0
    for d in digits:
        i = DAMM[i][int(d)]
    return str(i)


def damm_ok(num):
    i = 0
    for d in num:
        i = DAMM[i][int(d)]
    return i == 0


def iso7064_97_10(s):
    """two check digits for a numeric string (ISO 7064 MOD 97-10)."""
    return "%02d" % (98 - (int(s + "00") % 97))


def iban(rng, country="GB", bank="COWK"):
    bban = bank + rs(rng, DIGITS, 14)
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(conv) % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_ok(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# ---------------------------------------------------------------- key styles
def keyname(words, style):
    words = [w.lower() for w in words]
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


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses a string equal to, or in a substring relation (6+ chars) with, an earlier one."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        for t in self.items:
            if len(s) >= 6 and s in t:
                return False
            if len(t) >= 6 and t in s:
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


def place(template, value):
    """template holds MARK once; returns text, start, end."""
    if template.count(MARK) != 1:
        raise ValueError("template must hold exactly one slot marker")
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def span(text, start, end, typ, **extra):
    d = {"value": text[start:end], "start": start, "end": end, "type": typ}
    d.update(extra)
    return d


# ---------------------------------------------------------------- deny-list
LANG_PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
TICK_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+")
SYN_RE = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(dirpath=BRIEF_DIR):
    files = sorted(f for f in os.listdir(dirpath) if f.startswith("README_") and f.endswith(".md"))
    names, syntaxes, codes, lnames = set(), set(), set(), set()

    def add(s):
        s = s.strip().lower()
        if not s:
            return
        names.add(s)
        for part in s.split("__"):
            if part:
                names.add(part)

    for f in files:
        with open(os.path.join(dirpath, f), encoding="utf-8") as fh:
            text = fh.read()
        for m in TICK_RE.finditer(text):
            add(m.group(1))
        for m in SNAKE_RE.finditer(text):
            add(m.group(0))
        for m in LANG_PAIR_RE.finditer(text):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,;/()-]+", nm):
                if w:
                    lnames.add(w)
    for n in list(names):
        m = SYN_RE.match(n)
        if m:
            syntaxes.add(m.group(1))
    return {"source": dirpath, "files": files, "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def denied(name, deny):
    """True if name (whole or any __ part) is in the deny-list names."""
    s = name.lower()
    names = deny["_names_set"]
    if s in names:
        return True
    return any(p in names for p in s.split("__") if p)


def load_deny(path):
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    d["_names_set"] = set(d["names"])
    d["_syn_set"] = set(d["syntaxes"])
    return d
