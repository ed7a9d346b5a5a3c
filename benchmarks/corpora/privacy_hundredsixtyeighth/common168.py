"""Shared helpers for the p168 corpus (tattoo-studio, piercing and body-art developers).

Standard library only; every random choice goes through a random.Random passed in.
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

PREFIX = "p168"
BRIEF_DIR = "/tmp/brief168"
BRIEF_FILES = ["README_hundredsixtyfifth.md", "README_hundredsixtysixth.md"]

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"

MARK = "\u27e6V\u27e7"  # slot marker for the labelled value; must never survive

# ---------------------------------------------------------------- world words
STUDIO_WORDS = [
    "stencil", "flashsheet", "linework", "blackwork", "dotwork", "sleeve", "neotrad",
    "coilmachine", "rotary", "cartridge", "needlebar", "greenwash", "autoclave",
    "sporestrip", "aftercare", "septum", "helix", "tragus", "daith", "labret",
    "barbell", "tunnel", "thermofax", "shader", "roundliner", "magnum", "whipshade",
    "irezumi", "tebori", "koipond", "peony", "dagger", "swallow", "anchor", "mandala",
    "inkcap", "gripcover", "saniwrap", "bellybutton", "conch", "rook", "snakebite",
    "tattoogun", "fineline", "bodysuit", "backpiece", "flashday", "walkin",
]


def owner_password(rng, joiners="-_.+"):
    w = rng.choice(STUDIO_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    mid = "".join(rng.choice(LOWER_ALNUM) for _ in range(rng.randint(3, 5)))
    return w + rng.choice(joiners) + mid + "%02d" % rng.randint(0, 99)


OWNER_PW_RE = re.compile(r"^[A-Za-z]+[-_.+][a-z0-9]{3,5}[0-9]{2}$")


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n):
    return rs(rng, n, HEX)


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(bytes=rbytes(rng, 16), version=4))


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_hs256(rng, payload, key=None):
    header = {"alg": "HS256", "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = key or rbytes(rng, 32)
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_rs256_shape(rng, payload, kid=None):
    header = {"alg": "RS256", "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rbytes(rng, 256))


B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62_fixed(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_token(rng, prefix):
    body = rs(rng, 30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + base62_fixed(crc, 6)


# bech32 (BIP-173) for the age secret key
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    vals = [_BECH.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


# check digits
def gs1_check(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += int(d) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def luhn_check(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    return luhn_check(num[:-1]) == num[-1]


# ---------------------------------------------------------------- key styles
def key_style(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "train":
        return "-".join(w.capitalize() for w in words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


def fill(template, mapping):
    out = template
    for k, v in mapping.items():
        out = out.replace("\u00ab" + k + "\u00bb", str(v))
    return out


def place(template, mapping, value):
    """Fill «name» slots, then put value at the single MARK; return (text, start, end)."""
    text = fill(template, mapping)
    if "\u00ab" in text or "\u00bb" in text:
        raise ValueError("unfilled slot in template: " + text[:200])
    if text.count(MARK) != 1:
        raise ValueError("template needs exactly one value marker")
    start = text.index(MARK)
    text = text.replace(MARK, value)
    return text, start, start + len(value)


# ---------------------------------------------------------------- context pools
STUDIOS = ["Black Lotus Tattoo", "Iron Swallow Studio", "Needle & Thread Collective",
           "Koi Pond Ink", "Sacred Dagger Tattoo", "Little Anchor Piercing",
           "Velvet Rook Body Art", "Northside Flash Parlour", "Hollow Moon Tattoo"]
ARTISTS = ["mara", "jonah", "kenji", "ilse", "dario", "priya", "tove", "rafa", "noor",
           "bex", "oskar", "lupe", "ines", "yuki", "cal", "sami"]
HOSTS = ["db01.blacklotus.internal", "pos.ironswallow.lan", "10.20.0.14", "192.168.50.8",
         "booking-db.inkstudio.internal", "nas.koipond.lan", "vault.sacreddagger.internal",
         "autoclave-pi.anchorpiercing.lan", "api.flashparlour.example", "172.16.4.22",
         "files.velvetrook.internal", "mail.hollowmoon.example"]


def ctx(rng):
    a = rng.choice(ARTISTS)
    return {
        "studio": rng.choice(STUDIOS),
        "artist": a,
        "artist2": rng.choice([x for x in ARTISTS if x != a]),
        "host": rng.choice(HOSTS),
        "port": rng.choice([5432, 3306, 6379, 8443, 5672, 1433, 22, 443]),
        "db": rng.choice(["bookings", "studio_pos", "consent_forms", "ink_lots", "aftercare"]),
        "user": rng.choice(["studio_app", "booking_svc", "frontdesk", "pos_admin",
                             "consent_sync", "inkops", "owner"]),
        "date": "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "time": "%02d:%02d" % (rng.randint(8, 21), rng.randint(0, 59)),
        "n": rng.randint(2, 9),
        "ticket": rng.randint(1200, 9800),
        "acct": rng.randint(100000, 999999),
    }


# ---------------------------------------------------------------- value registry
class Registry:
    """Refuses any value in a substring relation with an earlier one."""

    def __init__(self):
        self.values = []
        self._set = set()

    def ok(self, v):
        if v in self._set:
            return False
        for old in self.values:
            if v in old or old in v:
                return False
        return True

    def add(self, v):
        if not self.ok(v):
            raise ValueError("reused value")
        self.values.append(v)
        self._set.add(v)
        return v

    def draw(self, fn, tries=50):
        for _ in range(tries):
            v = fn()
            if self.ok(v):
                return self.add(v)
        raise RuntimeError("could not draw a fresh value")


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
_BT = re.compile(r"`([^`\n]+)`")
_SNAKE = re.compile(r"\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b")
_LANG_PAIR = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
_PW_PREFIX = re.compile(r"^[a-z]+pw_")


def _add_name(names, raw):
    n = raw.strip().lower()
    if not n:
        return
    names.add(n)
    for part in n.split("__"):
        part = part.strip("_")
        if part:
            names.add(part)
    m = _PW_PREFIX.match(n)
    if m:
        names.add(n[m.end():])


def extract_denylist(texts):
    names = set()
    lang_codes = set()
    lang_names = set()
    syntaxes = set()
    for t in texts:
        for m in _BT.finditer(t):
            _add_name(names, m.group(1))
            inner = m.group(1).strip().lower()
            pm = _PW_PREFIX.match(inner)
            if pm and re.fullmatch(r"[a-z0-9_]+", inner):
                syntaxes.add(inner[pm.end():])
        for m in _SNAKE.finditer(t):
            _add_name(names, m.group(0))
        for m in _LANG_PAIR.finditer(t):
            lang_codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            lang_names.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lang_names.add(w)
        # spare language codes listed as backticked three-letter codes on prose lines
        for line in t.splitlines():
            low = line.lower()
            if "prose" in low or "spares" in low or "languages" in low:
                for m in _BT.finditer(line):
                    c = m.group(1).strip().lower()
                    if re.fullmatch(r"[a-z]{3}", c):
                        lang_codes.add(c)
    return {
        "source": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(lang_codes),
        "language_names": sorted(lang_names),
    }


def load_brief_texts():
    out = []
    for f in BRIEF_FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            out.append(fh.read())
    return out


def deny_hits(name, deny_names):
    """Return the deny-listed names that the given name (whole or any __ part) equals."""
    n = name.lower()
    hits = []
    if n in deny_names:
        hits.append(n)
    for part in n.split("__"):
        if part in deny_names and part not in hits:
            hits.append(part)
    return hits
