"""Shared helpers for the p188 corpus (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p188"
DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"

# words of the bingo-hall / raffle / charitable-gaming world for owner-chosen passwords
WORDS = [
    "dabber", "dauber", "caller", "jackpot", "bonanza", "housie", "tombola", "blackout",
    "coverall", "daub", "raffle", "ticket", "pulltab", "flare", "float", "session",
    "prize", "marker", "rainbow", "diamond", "keno", "lotto", "lucky", "winner", "bingo",
    "fullhouse", "hardway", "cashbox", "drawdrum", "hopper", "blower", "ballmix", "tumbler",
    "cardset", "payout", "halfpot", "fiftyfifty", "sweepstake", "progressive",
    "consolation", "earlybird", "nightowl", "matinee", "packet", "strip", "booklet",
    "flashboard", "console", "keypad", "cashier", "voucher", "stub", "drawing",
    "gamesheet", "perm", "series", "faces", "houseline", "twoline", "postage", "stamp",
    "corners", "pickle", "quickie", "wildball", "letterx", "bowtie", "kite", "crazyl",
    "treasure", "seal", "counter", "bankroll", "tally", "cage", "lanyard", "stubbox",
    "bluechip", "redball", "goldball", "bumper", "starburst", "finale", "interval",
    "warmup", "doorprize", "chase", "pennant", "bunting",
]
JOINERS_EVERYDAY = "-_.+~!"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~!][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def chars(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode("ascii")


def b64url(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode("ascii")
    return s if pad else s.rstrip("=")


def b64url_json(obj):
    return b64url(json.dumps(obj, separators=(",", ":")).encode("utf-8"))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return s.upper() if upper else s


def is_uuid4(s):
    s = s.lower()
    return s[14] == "4" and s[19] in "89ab"


def password(rng, strict=False):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_EVERYDAY)
    mid = chars(rng, LOWER_ALNUM, rng.randint(3, 5))
    return w + j + mid + chars(rng, DIGITS, 2)


def jwt_hs(rng, alg, payload, header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64url_json(header)
    p = b64url_json(payload)
    key = rbytes(rng, 48)  # discarded signing key
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode("ascii"), dig).digest()
    return h + "." + p + "." + b64url(sig)


def jwt_parts_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        for p in parts[:2]:
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)).decode("utf-8"))
    except Exception:
        return False
    return True


def crc16_ccitt(data):
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def base62_fixed(n, width):
    out = ""
    for _ in range(width):
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out


def crc32_b62(body):
    return base62_fixed(zlib.crc32(body.encode("ascii")) & 0xFFFFFFFF, 6)


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


def key_name(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    if style == "spaced":
        return " ".join(w.lower() for w in words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


MARK = "\u27e6V\u27e7"


def render(template, value, fields=None):
    """Fill {{NAME}} fields, then put value at the single {{V}} slot; return (text, start, end)."""
    t = template
    for k, v in (fields or {}).items():
        t = t.replace("{{" + k + "}}", v)
    if t.count("{{V}}") != 1:
        raise ValueError("template needs exactly one {{V}}: %r" % template[:80])
    if "{{" in t.replace("{{V}}", ""):
        raise ValueError("unfilled field in %r" % t[:200])
    a, b = t.split("{{V}}")
    text = a + value + b
    return text, len(a), len(a) + len(value)


class Registry:
    """Refuses any string in a substring relation (6+ chars) with an earlier one."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.seen.add(s)
        self.items.append(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")

    def contains_any(self, text):
        return any(len(t) >= 6 and t in text for t in self.items)


def pos_record(rid, typ, container, text, start, end, source):
    return {
        "id": rid, "type": typ, "container": container, "text": text,
        "secrets": [{"value": text[start:end], "start": start, "end": end, "type": typ}],
        "source": source,
    }


# ---------------------------------------------------------------- deny-list extraction
BRIEF_DIR = "/tmp/brief188"
BRIEF_FILES = ["README_hundredeightyfifth.md", "README_hundredeightysixth.md"]
_PW_PREFIX = re.compile(r"^[a-z]+pw_")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lang_names = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            txt = fh.read()
        cands = [m.group(1) for m in re.finditer(r"`([^`\n]+)`", txt)]
        cands += re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", txt)
        for c in cands:
            c = c.strip().lower()
            if not c:
                continue
            forms = {c}
            forms.update(p for p in c.split("__") if p)
            for f in list(forms):
                if _PW_PREFIX.match(f):
                    s = _PW_PREFIX.sub("", f)
                    forms.add(s)
                    syntaxes.add(s)
            names.update(forms)
        for m in re.finditer(r"`([a-z]{3})` \(([^)]+)\)", txt):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lang_names.add(nm)
            lang_names.update(w for w in re.split(r"[\s/,-]+", nm) if w)
    return {
        "source": "backticked names and snake_case identifiers of %s (lower-cased, split at __, earlier <letters>pw_ prefix also stripped); language codes and names of `code` (Name) pairs" % ", ".join(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def deny_hits(name, deny):
    """Return the deny-listed forms (whole name or any __ part) of a name."""
    n = name.lower()
    forms = {n} | {p for p in n.split("__") if p}
    dn = deny["_nameset"]
    return sorted(f for f in forms if f in dn)
