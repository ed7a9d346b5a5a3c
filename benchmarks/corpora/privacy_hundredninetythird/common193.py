"""Shared helpers for corpus p193 (bookshop, comic-store and second-hand-book dealer developers).

Standard library only.  Nothing here reads the clock or the network.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p193"
POS_PREFIX = "shelfpw_"           # span-type prefix of the positional-password source
SLOT = "\x00"                     # marks where the value goes in a template

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
ALNUM = UPPER + LOWER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

# ---------------------------------------------------------------------------
# words of this world for owner-chosen passwords
BOOK_WORDS = [
    "paperback", "hardback", "folio", "quarto", "octavo", "colophon", "endpaper",
    "frontis", "vellum", "foxing", "marbled", "deckle", "spine", "errata", "galley",
    "imprint", "reprint", "slipcase", "jacket", "blurb", "bookmark", "bookworm",
    "remainder", "backlist", "frontlist", "novella", "omnibus", "anthology", "manga",
    "panel", "inker", "penciller", "letterer", "variant", "oneshot", "annual",
    "keyissue", "longbox", "mylar", "backboard", "splash", "tankobon", "chapbook",
    "zine", "fanzine", "almanac", "atlas", "lexicon", "thesaurus", "primer", "codex",
    "incunable", "ephemera", "provenance", "bookplate", "exlibris", "marginalia",
    "gilt", "buckram", "boards", "signature", "gathering", "verso", "recto",
    "headband", "dustwrapper", "uncut", "unopened", "tipped", "inscribed", "proofcopy",
    "arc", "shelfmark", "catalogue", "isbn", "barcode", "pulllist", "subscriber",
    "wednesday", "newday", "standingorder", "specialorder", "bookclub", "storytime",
    "signing", "launch", "bookfair", "bookstall", "antiquarian", "secondhand",
    "bindery", "letterpress", "typeset", "quire", "broadside", "pamphlet",
]

JOIN_ALL = "-_.+~!"
JOIN_STRICT = "-_."

PW_LOOSE_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~!][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def owner_password(rng, strict=False):
    w = rng.choice(BOOK_WORDS)
    if rng.random() < 0.4:
        w = w[0].upper() + w[1:]
    j = rng.choice(JOIN_STRICT if strict else JOIN_ALL)
    mid = "".join(rng.choice(LOWALNUM) for _ in range(rng.randint(3, 5)))
    return w + j + mid + "%02d" % rng.randint(0, 99)


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64std(b):
    return base64.b64encode(b).decode()


def uuid4(rng):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc32_b62(body):
    return base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def jwt(rng, header, payload, alg_hash=None, sig_len=None):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    if alg_hash is not None:
        key = rbytes(rng, 48)      # discarded
        sig = hmac.new(key, signing, alg_hash).digest()
    else:
        sig = rbytes(rng, sig_len or 64)
    return h + "." + p + "." + b64url_nopad(sig)


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def ean13_digit(body12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    return str((10 - s % 10) % 10)


def upc12_digit(body11):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body11))
    return str((10 - s % 10) % 10)


def isbn10_digit(body9):
    s = sum((10 - i) * int(c) for i, c in enumerate(body9))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def issn_digit(body7):
    s = sum((8 - i) * int(c) for i, c in enumerate(body7))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def s10_digit(serial8):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    s = sum(int(c) * x for c, x in zip(serial8, w))
    r = 11 - s % 11
    return {10: "0", 11: "5"}.get(r, str(r))


def san_digit(body6):
    # Standard Address Number: weights 7..2, mod 11
    s = sum(int(c) * w for c, w in zip(body6, [7, 6, 5, 4, 3, 2]))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


# bech32 (BIP-173) for age recipients in the negatives
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech_polymod(values):
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


def bech32_encode(hrp, data_bytes):
    acc = 0
    bits = 0
    data = []
    for b in data_bytes:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    poly = _bech_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_ok(s):
    hrp, _, rest = s.rpartition("1")
    try:
        data = [BECH.index(c) for c in rest]
    except ValueError:
        return False
    return _bech_polymod(_hrp_expand(hrp) + data) == 1


# ---------------------------------------------------------------------------
# key naming styles

def style_key(words, style):
    ws = [w.lower() for w in words]
    if style == "upper":
        return "_".join(ws).upper()
    if style == "snake":
        return "_".join(ws)
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "dot":
        return ".".join(ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "title":
        return " ".join(w.upper() if w in ("db", "api", "edi", "sftp", "epos", "id", "jwt", "qr", "isbn", "pc", "url", "smtp", "aws", "oauth", "sdk", "ci") else w.capitalize() for w in ws)
    raise ValueError(style)


# ---------------------------------------------------------------------------
# value registry: refuses repeats and substring relations (6+ characters)

class Registry:
    def __init__(self):
        self.items = []
        self.set = set()

    def clash(self, s):
        if s in self.set:
            return True
        for t in self.items:
            if len(s) >= 6 and s in t:
                return True
            if len(t) >= 6 and t in s:
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


def fill(template, value):
    """Put value at the single SLOT of template, return (text, start, end)."""
    if template.count(SLOT) != 1:
        raise ValueError("template must hold exactly one slot: %r" % template[:80])
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


def record(rid, rtype, container, text, start, end, source, extra_span=None, extra_rec=None):
    span = {"value": text[start:end], "start": start, "end": end, "type": rtype}
    if extra_span:
        span.update(extra_span)
    rec = {"id": rid, "type": rtype, "container": container}
    if extra_rec:
        rec.update(extra_rec)
    rec["text"] = text
    rec["secrets"] = [span]
    rec["source"] = source
    return rec


# ---------------------------------------------------------------------------
# deny-list extraction from the two briefing READMEs

BRIEF_DIR = "/tmp/brief193"
BRIEF_FILES = ["README_hundredeightyeighth.md", "README_hundredninetieth.md"]
_PW_PREFIX_RE = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(brief_dir=BRIEF_DIR):
    names = set()
    syntaxes = set()
    codes = set()
    lnames = set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            t = fh.read()
        raw = set()
        for m in re.finditer(r"`([^`\n]+)`", t):
            raw.add(m.group(1).strip().lower())
        for m in re.finditer(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", t):
            raw.add(m.group(0).lower())
        for n in raw:
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
                    pm = _PW_PREFIX_RE.match(part)
                    if pm:
                        names.add(pm.group(1))
                        syntaxes.add(pm.group(1))
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(m.group(1))
            nm = m.group(2).lower()
            lnames.add(nm)
            for w in re.split(r"[\s,/-]+", nm):
                if w:
                    lnames.add(w)
    return {
        "source": "extracted from " + ", ".join(BRIEF_FILES),
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def load_denylist(here):
    with open(os.path.join(here, "brief_names.json"), encoding="utf-8") as fh:
        return json.load(fh)


def deny_hits(name, deny):
    """Return the parts of name (whole or any __ part) that are deny-listed."""
    n = name.lower()
    names = set(deny["names"])
    hits = []
    for part in [n] + n.split("__"):
        if part in names:
            hits.append(part)
    return hits


def sha256_hex(b):
    return hashlib.sha256(b).hexdigest()
