"""Shared helpers for corpus p212 (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p212"
BRIEF_DIR = "/tmp/brief212"
BRIEF_FILES = ["README_twohundredninth.md", "README_twohundredtenth.md"]

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B62 = DIGITS + UPPER + LOWER
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


# ---------------------------------------------------------------- deny-list
def extract_denylist(brief_dir=BRIEF_DIR):
    names = set()
    syntaxes = set()
    codes = set()
    lang_names = set()
    for fn in BRIEF_FILES:
        text = open(os.path.join(brief_dir, fn), encoding="utf-8").read()
        found = []
        for m in re.findall(r"`([^`\n]+)`", text):
            found.append(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", text):
            found.append(m.lower())
        for n in found:
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
            m = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", n)
            if m:
                syntaxes.add(m.group(1))
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)`]+)\)", text):
            codes.add(code.lower())
            lang_names.add(name.strip().lower())
            for w in re.split(r"[\s,;]+", name):
                w = w.strip().lower()
                if len(w) >= 3 and w.isalpha():
                    lang_names.add(w)
    return {
        "source": brief_dir,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def deny_hits(name, deny):
    """Return the deny-listed pieces of a name (whole or any __ part)."""
    n = name.lower()
    pool = set(deny["names"]) | set(deny["language_codes"]) | set(deny["language_names"])
    hits = []
    for piece in [n] + [p for p in n.split("__") if p]:
        if piece in pool:
            hits.append(piece)
    return hits


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ character substring relation with earlier strings."""

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
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- random shapes
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
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


UUID_RE = re.compile(r"\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b")


def is_uuid4(s):
    s = s.lower()
    return bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", s))


def base58(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def jwt(rng, header, payload, sig_len=None, key=None):
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    alg = header.get("alg")
    if key is not None and alg in ("HS256", "HS384", "HS512"):
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(key, signing, dig).digest()
    else:
        sig = rbytes(rng, sig_len)
    return h + "." + p + "." + b64url(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "ES512": 132, "EdDSA": 64}
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_jwt(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return "not three parts"
    try:
        h = json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
        sig = b64url_decode(parts[2])
    except Exception as e:  # noqa
        return "bad json/base64: %s" % e
    alg = h.get("alg")
    if alg not in JWT_SIG_LEN:
        return "unknown alg %r" % alg
    if len(sig) != JWT_SIG_LEN[alg]:
        return "signature length %d does not fit %s" % (len(sig), alg)
    return None


# ---------------------------------------------------------------- check digits
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def gs1_digit(body):
    """GS1 mod-10 check digit (GTIN-8/12/13/14, SSCC-18)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def luhn_mod_n_char(body, alphabet):
    """Luhn mod N check character over the given alphabet."""
    n = len(alphabet)
    factor = 2
    total = 0
    for ch in reversed(body):
        cp = alphabet.index(ch)
        addend = factor * cp
        factor = 1 if factor == 2 else 2
        addend = addend // n + addend % n
        total += addend
    return alphabet[(n - total % n) % n]


def luhn_mod_n_ok(s, alphabet):
    n = len(alphabet)
    factor = 1
    total = 0
    for ch in reversed(s):
        cp = alphabet.index(ch)
        addend = factor * cp
        factor = 1 if factor == 2 else 2
        addend = addend // n + addend % n
        total += addend
    return total % n == 0


def iso7064_mod97_10(digits):
    """Return two check digits such that int(digits+cd) % 97 == 1."""
    return "%02d" % (98 - (int(digits) * 100) % 97)


def adler8(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xFFFFFFFF)


def crc32_b62(s):
    return base62_int(zlib.crc32(s.encode()) & 0xFFFFFFFF, 6)


# bech32 (BIP-173), used for the age identity
def _bech32_polymod(values):
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
    acc = 0
    bits = 0
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
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + checksum)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [BECH32.index(c) for c in data]
    except ValueError:
        return False
    return _bech32_polymod(_hrp_expand(hrp) + vals) == 1


# ---------------------------------------------------------------- key-name styles
def words_to_style(words, style):
    w = [x.lower() for x in words]
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


# ---------------------------------------------------------------- world words for owner-chosen passwords
WORLD_WORDS = (
    "bridal veil tulle organza chiffon satin taffeta lace bodice corset bustle train hemline "
    "petticoat crinoline tiara garter bouquet boutonniere cravat waistcoat tuxedo tailcoat "
    "morningsuit cummerbund bowtie cufflink lapel pocketsquare kilt sporran sgiandubh tartan "
    "brogue gown sequin beading applique pinning fitting alteration seamstress tailor "
    "thimble bobbin overlocker serger dartline tapeline chalk pinpad mannequin dressform "
    "costume wig cape tabard doublet ruff bonnet crown tutu leotard pantomime panto "
    "wardrobe rail hanger garmentbag drycleaner steamer pressing hire rental deposit "
    "fascinator millinery tophat gloves stole bolero shrug jumpsuit promdress "
    "bridesmaid groomsman pageboy flowergirl mother ballgown mermaid aline sheath "
    "empire princess ivory champagne blush"
).split()


def owner_password(rng, joiners="-_.+!~"):
    word = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        word = word.capitalize()
    j = rng.choice(joiners)
    mid = rs(rng, LOWER_ALNUM, rng.randint(3, 5))
    return word + j + mid + rs(rng, DIGITS, 2)


OWNER_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False)


def span_record(rid, typ, container, text, value, source, extra_span=None, extra_rec=None):
    start = text.find(value)
    if start < 0:
        raise ValueError("value not in text for %s" % rid)
    rec = {"id": rid, "type": typ, "container": container, "text": text}
    if extra_rec:
        rec.update(extra_rec)
    span = {"value": value, "start": start, "end": start + len(value), "type": typ}
    if extra_span:
        span.update(extra_span)
    rec["secrets"] = [span]
    rec["source"] = source
    return rec
