"""Shared helpers for the p249 corpus (thatchers, roofers and scaffolding firms).

Standard library only.  Every random choice goes through a random.Random
instance that the caller seeds; nothing here reads the clock or the network.
"""
import base64
import hashlib
import hmac
import json
import os
import re

PREFIX = "p249"
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_DIR = "/tmp/brief249"
BRIEF_FILES = ["README_twohundredfortysixth.md", "README_twohundredfortyseventh.md"]

DIGITS = "0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
ALNUM = DIGITS + UPPER + LOWER           # base62
LOWALNUM = DIGITS + LOWER
UPALNUM = DIGITS + UPPER
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64 = UPPER + LOWER + DIGITS + "+/"
B64U = UPPER + LOWER + DIGITS + "-_"
LETTERS = UPPER + LOWER

# ---------------------------------------------------------------- world --
# Words people of this trade build their passwords from (letters only).
WORLD_WORDS = [
    "thatch", "thatcher", "reed", "longstraw", "wheatreed", "sedge", "spar",
    "liggers", "sway", "yelm", "leggett", "hazel", "ridge", "eaves", "gable",
    "gablet", "valley", "slate", "slater", "tile", "tiler", "batten",
    "rafter", "purlin", "soffit", "fascia", "flashing", "leadwork", "felt",
    "gutter", "downpipe", "chimney", "dormer", "skylight", "scaffold",
    "ledger", "transom", "coupler", "soleboard", "toeboard", "guardrail",
    "ladder", "hoist", "putlog", "kwikstage", "puncheon", "crossbrace",
    "pitch", "finial", "bargeboard", "verge", "undercloak", "mortar",
    "pointing", "trowel", "hod", "cleat", "ridgetile", "cockscomb",
    "roofer", "rigger", "spire", "pantile", "shingle", "cedar", "oakpeg",
    "cornice", "parapet", "coping", "lathe", "ironmonger", "stillage",
    "harness", "lanyard", "scaffolder", "tarpaulin", "sheeting", "bracket",
    "baseplate", "castor", "trestle", "hatchway", "thatchhook", "legget",
    "spurtle", "mallet", "shearer", "eavesboard", "ridgeroll", "wattle",
    "combed", "bundle", "fathom", "stormclip", "nailbar", "leadsheet",
]
JOINERS_EVERYDAY = "-_.+!*"
JOINERS_STRICT = "-_."
PASSWORD_RE = re.compile(r"^[A-Za-z][a-z]{2,}[-_.+!*][a-z0-9]{2,4}[0-9]{2}$")
STRICT_PASSWORD_RE = re.compile(r"^[A-Za-z][a-z]{2,}[-_.][a-z0-9]{2,4}[0-9]{2}$")
_WW = "|".join(sorted(set(WORLD_WORDS), key=len, reverse=True))
PASSWORD_FORM_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9])(?i:" + _WW + r")[-_.+!*][a-z0-9]{2,4}[0-9]{2}(?![A-Za-z0-9])")

PEOPLE = {
    "martha": ("Martha Hollins", "martha"),
    "owen": ("Owen Reed", "owen.reed"),
    "dele": ("Dele Adeyemi", "dele"),
    "siobhan": ("Siobhán Byrne", "sbyrne"),
    "tomasz": ("Tomasz Kowalczyk", "tomasz.k"),
    "priya": ("Priya Natarajan", "priya"),
    "gareth": ("Gareth Pryce", "gpryce"),
    "lena": ("Lena Vogt", "lena.vogt"),
    "kwame": ("Kwame Mensah", "kmensah"),
    "jodie": ("Jodie Marsh", "jodie"),
    "rhys": ("Rhys Evans", "rhys.e"),
}
DOMAINS = {
    "roof": "greyslate-roofing.example",
    "thatch": "hollinsreed-thatch.example",
    "scaff": "castleford-scaffold.example",
    "dev": "ridgeline-trade.example",
}


def host(kind, sub):
    return sub + "." + DOMAINS[kind]


# ------------------------------------------------------------ randomness --
def rs(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64_std(b):
    return base64.b64encode(b).decode()


def owner_password(rng, strict=False):
    word = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        word = word[0].upper() + word[1:]
    joiner = rng.choice(JOINERS_STRICT if strict else JOINERS_EVERYDAY)
    tail = rs(rng, rng.randint(2, 4), LOWALNUM) + rs(rng, 2, DIGITS)
    return word + joiner + tail


# ----------------------------------------------------------- case styles --
def style_key(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x[:1].upper() + x[1:] for x in w[1:])
    if style == "pascal":
        return "".join(x[:1].upper() + x[1:] for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x[:1].upper() + x[1:] for x in w)
    if style == "header":
        return "X-" + "-".join(x[:1].upper() + x[1:] for x in w)
    raise ValueError(style)


STYLES = ("upper", "snake", "camel", "pascal", "kebab", "dot", "spaced", "title", "header")

# ------------------------------------------------------- check algorithms --
# Verhoeff (dihedral group D5); tables typed from the published scheme.
_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_valid(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


assert verhoeff_check("236") == "3" and verhoeff_valid("2363")
assert verhoeff_check("12345") == "1" and verhoeff_valid("123451")


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


assert adler32(b"Wikipedia") == 0x11E60398


def iso7064_mod11_2(digits):
    total = 0
    for ch in digits:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


assert iso7064_mod11_2("000000021825009") == "7"     # ORCID 0000-0002-1825-0097
assert iso7064_mod11_2("000000021694233") == "X"     # ORCID 0000-0002-1694-233X

BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits, pad=True):
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
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data5):
    values = _hrp_expand(hrp) + data5
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data5 + checksum)


def bech32_verify(s):
    s2 = s.lower()
    if s2 != s and s.upper() != s:
        return False
    pos = s2.rfind("1")
    if pos < 1 or pos + 7 > len(s2):
        return False
    hrp, data = s2[:pos], s2[pos + 1:]
    if any(c not in BECH32_CHARSET for c in data):
        return False
    vals = [BECH32_CHARSET.find(c) for c in data]
    return _bech32_polymod(_hrp_expand(hrp) + vals) == 1


assert bech32_verify("A12UEL5L")
assert bech32_verify("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")
assert not bech32_verify("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx")


def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


assert luhn_digit("7992739871") == "3"

# ISO 6346 container check digit
_ISO6346_VALUES = {}
_v = 10
for _ch in UPPER:
    if _v % 11 == 0:
        _v += 1
    _ISO6346_VALUES[_ch] = _v
    _v += 1


def iso6346_check(code10):
    total = 0
    for i, ch in enumerate(code10):
        val = int(ch) if ch.isdigit() else _ISO6346_VALUES[ch]
        total += val * (2 ** i)
    return str(total % 11 % 10)


assert iso6346_check("CSQU305438") == "3"

# VIN check digit (position 9), ISO 3779 / North American scheme
_VIN_TRANS = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                      [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin17):
    total = 0
    for ch, w in zip(vin17, _VIN_W):
        val = int(ch) if ch.isdigit() else _VIN_TRANS[ch]
        total += val * w
    r = total % 11
    return "X" if r == 10 else str(r)


assert vin_check("1M8GDM9AXKP042788") == "X"


def uk_vat_valid(nine):
    """UK VAT: weights 8..2 on the first 7 digits plus the 2-digit check, mod 97
    (old scheme: sum ≡ 0; newer '9755' scheme: sum + 55 ≡ 0)."""
    total = sum(int(d) * w for d, w in zip(nine[:7], [8, 7, 6, 5, 4, 3, 2]))
    total += int(nine[7:])
    return total % 97 == 0 or (total + 55) % 97 == 0


def uk_vat_make(rng):
    while True:
        seven = rs(rng, 7, DIGITS)
        if seven[0] == "0":
            continue
        total = sum(int(d) * w for d, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
        chk = (-(total + 55)) % 97
        s = seven + "%02d" % chk
        if uk_vat_valid(s):
            return s


assert uk_vat_valid("980780684")


# ------------------------------------------------------------------ JWT --
SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "PS256": 256,
          "ES256": 64, "EdDSA": 64}
_HASH = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}


def make_jwt(rng, alg, payload, extra_header=None):
    header = {"alg": alg, "typ": "JWT"}
    if extra_header:
        header.update(extra_header)
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    msg = (h + "." + p).encode()
    if alg in _HASH:
        key = rbytes(rng, 64)
        sig = hmac.new(key, msg, _HASH[alg]).digest()
    else:
        sig = rbytes(rng, SIGLEN[alg])
    return h + "." + p + "." + b64u_nopad(sig)


def _b64u_dec(seg):
    pad = "=" * (-len(seg) % 4)
    return base64.urlsafe_b64decode(seg + pad)


def jwt_valid(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        header = json.loads(_b64u_dec(parts[0]))
        payload = json.loads(_b64u_dec(parts[1]))
        sig = _b64u_dec(parts[2])
    except Exception:
        return False
    if not isinstance(header, dict) or not isinstance(payload, dict):
        return False
    alg = header.get("alg")
    if alg not in SIGLEN:
        return False
    if b64u_nopad(sig) != parts[2]:
        return False
    return len(sig) == SIGLEN[alg]


UUID_SHAPE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def uuid_is_v4(u):
    return u[14] == "4" and u[19].lower() in "89ab"


def text_shape_problems(text):
    probs = []
    for m in UUID_SHAPE.finditer(text):
        if not uuid_is_v4(m.group(0)):
            probs.append("non-v4 uuid " + m.group(0))
    for m in JWT_SHAPE.finditer(text):
        if not jwt_valid(m.group(0)):
            probs.append("invalid jwt " + m.group(0)[:40])
    return probs


# -------------------------------------------------------------- registry --
class Registry:
    """Refuses repeats and any 6+ character substring relation with an
    earlier string, and strings carrying a bad UUID or JWT shape."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def acceptable(self, s):
        if s in self.seen:
            return False
        if text_shape_problems(s):
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return False
        return True

    def add(self, s):
        if not self.acceptable(s):
            raise ValueError("registry refuses " + s[:40])
        self.items.append(s)
        self.seen.add(s)
        return s

    def draw(self, fn, check=None, tries=2000):
        for _ in range(tries):
            s = fn()
            if check is not None and not check(s):
                continue
            if self.acceptable(s):
                return self.add(s)
        raise RuntimeError("registry could not draw")


MARK = "\x00"


def place(template_text, value):
    """template_text holds exactly one MARK where the value goes."""
    assert template_text.count(MARK) == 1, template_text[:80]
    start = template_text.index(MARK)
    text = template_text.replace(MARK, value)
    return text, start, start + len(value)


# ------------------------------------------------------------- deny-list --
LANG_PAIR = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")


def extract_denylist(brief_dir=BRIEF_DIR, files=BRIEF_FILES):
    names = set()
    syntaxes = set()
    codes = set()
    lang_names = set()
    for fn in files:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            text = fh.read()
        for m in re.finditer(r"`([^`\n]+)`", text):
            n = m.group(1).strip().lower()
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
            sm = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", n)
            if sm:
                syntaxes.add(sm.group(1))
        for m in re.finditer(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+", text):
            n = m.group(0).lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
            sm = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", n)
            if sm:
                syntaxes.add(sm.group(1))
        for m in LANG_PAIR.finditer(text):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lang_names.add(nm)
            for w in re.split(r"[\s,/]+", nm):
                if w:
                    lang_names.add(w)
    return {
        "source": brief_dir,
        "files": list(files),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def load_denylist():
    with open(os.path.join(HERE, "brief_names.json"), encoding="utf-8") as fh:
        return json.load(fh)
