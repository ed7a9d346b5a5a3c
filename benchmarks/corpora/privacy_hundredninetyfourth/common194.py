"""Shared helpers for the p194 corpus (scuba-diving / dive-shop / dive-boat developers).

Standard library only; every random choice goes through a random.Random passed in.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p194"
MARK = "\x00"  # slot marker for the value inside a template

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
BASE62 = DIGITS + UPPER + LOWER
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"

# words of the diving world for owner-chosen passwords (letters only)
DIVE_WORDS = [
    "regulator", "wetsuit", "drysuit", "snorkel", "fins", "mask", "nitrox", "trimix",
    "rebreather", "cylinder", "valve", "yoke", "octopus", "weightbelt", "buoyancy",
    "reef", "wreck", "drift", "lagoon", "manta", "turtle", "moray", "grouper",
    "nudibranch", "seahorse", "dolphin", "barracuda", "hammerhead", "coral", "kelp",
    "thermocline", "deco", "safetystop", "divemaster", "liveaboard", "dinghy",
    "anchor", "mooring", "buoy", "reel", "spool", "torch", "compressor", "fillwhip",
    "hydrotest", "logbook", "descent", "ascent", "backroll", "giantstride",
    "clownfish", "whaleshark", "stingray", "cuttlefish", "pelagic", "cenote",
    "cavern", "bubbles", "fathom", "bowline", "jetfin", "hood", "bootie", "snoot",
    "wrasse", "parrotfish", "lionfish", "triggerfish", "eagleray", "sealion",
    "macro", "muckdive", "nightdive", "blueholes", "dropoff", "bommie", "pinnacle",
    "gorgonian", "seafan", "spongebed", "sandbar", "tanktruck", "o2cell",
    "jonline", "skipper", "mooringline", "seasick", "surfacing", "splashdown",
    "decostop", "drysuitvalve", "wingbcd", "sidemount", "backplate", "harnessclip",
    "ankleweight", "slate", "compass", "divelight", "strobe",
]
DIVE_WORDS = [w for w in DIVE_WORDS if re.fullmatch(r"[a-z]+", w)]

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


def uuid4(rng, upper=False):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if upper else u


def owner_password(rng, strict=False):
    word = rng.choice(DIVE_WORDS)
    if rng.random() < 0.4:
        word = word.capitalize()
    joiner = rng.choice("-_." if strict else "-_.+!~")
    mid = rs(rng, LALNUM, rng.randint(3, 5))
    return word + joiner + mid + rs(rng, DIGITS, 2)


def jwt_hs(rng, alg, header_extra, payload, key=None):
    header = {"alg": alg, "typ": "JWT"}
    header.update(header_extra or {})
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    key = key or rbytes(rng, 32)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, f"{h}.{p}".encode(), dig).digest()
    return f"{h}.{p}.{b64url(sig)}"


def jwt_unsigned_shape(rng, alg, payload, sig_len):
    header = {"alg": alg, "typ": "JWT"}
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64url(rbytes(rng, sig_len))}"


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def crc16_ccitt(data: bytes) -> int:
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def crc32_hex(data: bytes) -> str:
    return "%08x" % (zlib.crc32(data) & 0xFFFFFFFF)


def nmea_checksum(body: str) -> str:
    c = 0
    for ch in body:
        c ^= ord(ch)
    return "%02X" % c


# ---------------------------------------------------------------- case styles
def render_key(words, style):
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


def place(template, value):
    """template contains exactly one MARK; returns (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ char substring relation with earlier strings."""

    def __init__(self):
        self.items = []
        self.set = set()

    def clash(self, s):
        if s in self.set:
            return True
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return True
        return False

    def add(self, s):
        self.items.append(s)
        self.set.add(s)

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if not self.clash(v):
                self.add(v)
                return v
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief194"
BRIEF_FILES = ["README_hundredninetyfirst.md", "README_hundredninetysecond.md"]


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        toks = set()
        for m in re.findall(r"`([^`\n]+)`", txt):
            toks.add(m.strip().lower())
        for m in re.findall(r"[A-Za-z0-9_]+", txt):
            m = m.strip("_")
            if "_" in m:
                toks.add(m.lower())
        for t in toks:
            if not t:
                continue
            names.add(t)
            for part in t.split("__"):
                part = part.strip("_")
                if part:
                    names.add(part)
        for t in list(names):
            m = re.fullmatch(r"[a-z]+pw_([a-z0-9_]+)", t)
            if m:
                syntaxes.add(m.group(1))
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", txt):
            codes.add(code)
            lnames.add(name.lower())
            for w in re.findall(r"[^\W\d_]+", name.lower()):
                lnames.add(w)
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def deny_hits(name, deny):
    """Return the deny-listed pieces of a name (whole name and each __ part)."""
    names = deny["_names_set"]
    n = name.lower()
    hits = []
    if n in names:
        hits.append(n)
    for part in n.split("__"):
        if part and part in names and part not in hits:
            hits.append(part)
    return hits


def prepare_deny(d):
    d = dict(d)
    d["_names_set"] = set(d["names"])
    d["_syntax_set"] = set(d["syntaxes"])
    d["_codes_set"] = set(d["language_codes"])
    d["_lnames_set"] = set(d["language_names"])
    return d


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
