"""Shared helpers for the p219 corpus: alphabets, registry, case styles,
password words, check digits, JWT / UUID / bech32 builders, deny-list."""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p219"
BRIEF_DIR = "/tmp/brief219"
BRIEF_FILES = ["README_twohundredsixteenth.md", "README_twohundredseventeenth.md"]

SEEDS = {
    "everyday_values": 21901,
    "everyday_pairing": 21911,
    "vendor": 21902,
    "positional": 21903,
    "prose": 21904,
    "evasions": 21905,
    "negatives": 21906,
}

DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = LOW.upper()
HEX = "0123456789abcdef"
HEXU = HEX.upper()
AN = DIG + UPP + LOW
LAN = DIG + LOW
UAN = DIG + UPP
B64U = UPP + LOW + DIG + "-_"
B64 = UPP + LOW + DIG + "+/"
LET = UPP + LOW
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

ALPHABETS = {"dig": DIG, "low": LOW, "upp": UPP, "hex": HEX, "HEX": HEXU, "an": AN,
             "lan": LAN, "uan": UAN, "b64u": B64U, "b64": B64, "let": LET}

ALPHA_WORDS = {"dig": "digits", "low": "lower-case letters", "upp": "upper-case letters",
               "hex": "lower-case hex", "HEX": "upper-case hex", "an": "alphanumerics",
               "lan": "lower-case alphanumerics", "uan": "upper-case alphanumerics",
               "b64u": "base64url", "b64": "standard Base64 characters", "let": "letters"}


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any string in a substring relation (6+ chars)
    with an earlier one."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for t in self.items:
            if len(s) >= 6 and len(t) >= 6 and (s in t or t in s):
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            raise ValueError("registry refuses %r" % s)
        self.items.append(s)
        self.seen.add(s)
        return s

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry: could not draw a fresh string")


# ------------------------------------------------------------ case styles
def keyname(words, style):
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


# --------------------------------------------------------------- passwords
WORDS = """oak ash beech birch hornbeam sycamore alder hazel willow larch spruce cedar
yew holly rowan chestnut lime poplar elm maple cherry walnut chainsaw chipper stumper
grinder lanyard rigging pulley wedge felling pollard coppice crown canopy deadwood
heartwood sapwood cambium burr bole limb kindling logpile splitter billhook froe maul
cord stere seasoning kiln woodstore sawdust mulch arisings climber groundie spikes
flipline harness visor topping dismantle woodchip hardwood softwood veteran bracket
fungus ganoderma buttress lignin xylem phloem sapling whip standard seedling treeline
hedgerow spinney copse thicket woodland arbor bough twig acorn conker catkin samara
cone needle resin knot grain ring stump log billet faggot bundle crate netting tarp
trailer tipper winch grapple timberjack forwarder skidder sawhorse bucksaw frowe""".split()
# keep only letters, at least two, max 11 so values stay short
WORDS = [w for w in WORDS if re.fullmatch(r"[a-z]{2,11}", w)]
JOIN_ALL = "-_.+!~"
JOIN_STRICT = "-_."

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def owner_password(rng, strict=False):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOIN_STRICT if strict else JOIN_ALL)
    mid = rstr(rng, LAN, rng.randint(3, 5))
    return w + j + mid + rstr(rng, DIG, 2)


# ------------------------------------------------------------ check digits
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def luhn_mod_n_char(body, alphabet=LAN):
    n = len(alphabet)
    factor = 2
    total = 0
    for ch in reversed(body):
        addend = factor * alphabet.index(ch)
        factor = 1 if factor == 2 else 2
        addend = addend // n + addend % n
        total += addend
    return alphabet[(n - total % n) % n]


def luhn_mod_n_ok(s, alphabet=LAN):
    n = len(alphabet)
    factor = 1
    total = 0
    for ch in reversed(s):
        addend = factor * alphabet.index(ch)
        factor = 1 if factor == 2 else 2
        addend = addend // n + addend % n
        total += addend
    return total % n == 0


def adler_hex(body):
    return "%08x" % (zlib.adler32(body.encode()) & 0xFFFFFFFF)


def gs1_check(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def iban_make(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return country + "%02d" % check + bban


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ukvat_check(d7):
    s = sum(int(d) * w for d, w in zip(d7, [8, 7, 6, 5, 4, 3, 2]))
    c = (-s) % 97
    return "%02d" % c


def ukvat_ok(d9):
    s = sum(int(d) * w for d, w in zip(d9[:7], [8, 7, 6, 5, 4, 3, 2])) + int(d9[7:])
    return s % 97 == 0


# ------------------------------------------------------------------ bech32
B32CH = "qpzry9x8gf2tvdw0s3jn54khce6mual7"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits, pad=True):
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


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(B32CH[d] for d in data + chk)


def bech32_decode(s):
    s2 = s.lower()
    pos = s2.rfind("1")
    hrp, rest = s2[:pos], s2[pos + 1:]
    data = [B32CH.index(c) for c in rest]
    if _polymod(_hrp_expand(hrp) + data) != 1:
        return None, None
    return hrp, bytes(_convertbits(data[:-6], 5, 8, pad=False))


# --------------------------------------------------------------- encoders
def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def uuid4(rng):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


UUID_RE = re.compile(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def uuid_is_v4(u):
    return u[14] == "4" and u[19].lower() in "89ab"


SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "ES512": 132}


def jwt_hmac(rng, alg, payload, kid=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    h = b64u_nopad(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 48)  # discarded
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64u_nopad(sig)


def jwt_random_sig(rng, alg, payload, kid=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    h = b64u_nopad(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u_nopad(rbytes(rng, SIG_LEN[alg]))


JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        hdr = json.loads(b64u_dec(h))
        json.loads(b64u_dec(p))
        sig = b64u_dec(s)
    except Exception:
        return False
    return isinstance(hdr, dict) and SIG_LEN.get(hdr.get("alg")) == len(sig)


# ---------------------------------------------------------------- deny-list
def extract_denylist(paths):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for p in paths:
        with open(p, encoding="utf-8") as f:
            text = f.read()
        for m in re.findall(r"`([^`\n]+)`", text):
            n = m.strip().lower()
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"(?<![a-z0-9_])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![a-z0-9_])", text.lower()):
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for n in list(names):
            mm = re.match(r"^[a-z]+pw_(.+)$", n)
            if mm:
                syntaxes.add(mm.group(1))
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)`]+)\)", text):
            codes.add(code.lower())
            lnames.add(name.lower())
            for w in re.findall(r"[^\W\d_]+", name.lower()):
                lnames.add(w)
    return {
        "source": BRIEF_DIR,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def load_denylist(here):
    with open(os.path.join(here, "brief_names.json"), encoding="utf-8") as f:
        return json.load(f)


def name_denied(name, deny):
    n = name.lower()
    names = deny["_names_set"]
    if n in names:
        return True
    return any(part in names for part in n.split("__") if part)


def prep_deny(deny):
    deny = dict(deny)
    deny["_names_set"] = set(deny["names"])
    deny["_syn_set"] = set(deny["syntaxes"])
    deny["_codes_set"] = set(deny["language_codes"])
    deny["_lnames_set"] = set(deny["language_names"])
    return deny
