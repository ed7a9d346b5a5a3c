"""Shared helpers for the p187 corpus (charity-shop / thrift-store / donation-logistics world)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string

PREFIX = "p187"
BRIEF_DIR = "/tmp/brief187"
BRIEF_FILES = ["README_hundredeightysecond.md", "README_hundredeightyfourth.md"]

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
B62 = DIGITS + UPPER + LOWER
ALNUM_LOWER = DIGITS + LOWER
ALNUM_UPPER = DIGITS + UPPER
HEX = "0123456789abcdef"
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"

SEEDS = {"everyday": 18701, "vendor": 18702, "password": 18703, "prose": 18704,
         "evasion": 18705, "negative": 18706, "pairing": 19701}

# words of the charity-shop / thrift-store / donation-logistics world
WORLD_WORDS = [
    "hanger", "tagger", "rummage", "bricabrac", "jumble", "donation", "giftaid", "thrift",
    "vintage", "bookshelf", "teapot", "jigsaw", "coathanger", "stockroom", "sorting", "bagtag",
    "textile", "ragbag", "weighbridge", "collection", "vanroute", "volunteer", "rota", "till",
    "receipt", "pricegun", "pricetag", "barcode", "upcycle", "preloved", "bargain", "shopfront",
    "mannequin", "cardigan", "tweed", "brogue", "handbag", "scarf", "vinyl", "paperback",
    "hardback", "crockery", "saucer", "curtain", "duvet", "bundle", "bale", "sack", "rollcage",
    "pallet", "forklift", "loadingbay", "picker", "packer", "parcel", "courier", "listing",
    "markdown", "clearance", "woollen", "denim", "knitwear", "linen", "brooch", "bangle",
    "trinket", "ornament", "wardrobe", "dresser", "overcoat", "gilet", "cashbox", "floatbag",
    "steamer", "rail", "shoebox", "boardgame",
]


def rand_str(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rand_bytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rand_bytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


UUID_RE = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")


def uuid_is_v4(u):
    return u[14] == "4" and u[19].lower() in "89ab"


def owner_password(rng, strict=False, cap_rate=0.4):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < cap_rate:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+~!")
    mid = rand_str(rng, LOWER + DIGITS, rng.randint(3, 5))
    return w + j + mid + rand_str(rng, DIGITS, 2)


PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~!][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def jwt_hs(rng, alg, payload):
    header = {"alg": alg, "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rand_bytes(rng, 48)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


# ---- bech32 (BIP-173 constant 1, as used by age) ----
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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
    polymod = _polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data + checksum)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH32_CHARSET for c in data):
        return False
    return _polymod(_hrp_expand(hrp) + [BECH32_CHARSET.find(c) for c in data]) == 1


def age_secret_key(rng):
    return bech32_encode("age-secret-key-", rand_bytes(rng, 32)).upper()


def age_recipient(rng):
    return bech32_encode("age", rand_bytes(rng, 32))


# ---- base62 CRC-32 tails (GitHub-style tokens) ----
def b62_encode_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_style_token(rng, prefix):
    import zlib
    body = rand_str(rng, B62, 30)
    return prefix + body + b62_encode_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def github_style_ok(tok, prefix):
    import zlib
    body = tok[len(prefix):len(prefix) + 30]
    return tok[len(prefix) + 30:] == b62_encode_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


# ---- case styles for key names ----
def key_style(words, style):
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


# ---- registry: every secret-ish string is drawn through it ----
class Registry:
    def __init__(self):
        self.items = []

    def ok(self, s):
        for x in self.items:
            if s in x or x in s:
                return False
        return True

    def draw(self, fn, *a, **k):
        for _ in range(200):
            s = fn(*a, **k)
            if self.ok(s):
                self.items.append(s)
                return s
        raise RuntimeError("registry could not draw a fresh value")

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        return True


def fill(template, subs, value):
    """Replace @X@ slots from subs, then the single @V@ slot with value; return text, start, end."""
    t = template
    for k, v in subs.items():
        t = t.replace("@" + k + "@", v)
    if t.count("@V@") != 1:
        raise ValueError("template must hold exactly one @V@: " + template[:60])
    i = t.index("@V@")
    text = t[:i] + value + t[i + 3:]
    return text, i, i + len(value)


# ---- neighbours (public, unlabelled) ----
USERS = ["svc_intake", "till_admin", "rota_mailer", "wb_export", "lister", "gaid_app", "vanops",
         "sorter", "shopmgr", "warehouse", "donorsync", "labelbot", "fulfil", "areamgr"]
HOSTS = ["intake.shop.lan", "db1.charityretail.internal", "rota.volunteers.lan", "wb-pc.recycling.lan",
         "lister.resale.internal", "sftp.textiles.internal", "pos-bo.shop.lan", "10.40.2.15",
         "192.168.50.20", "wms.warehouse.internal", "routing.vans.internal", "print.shop.lan"]


def neighbours(rng):
    return {"U": rng.choice(USERS), "H": rng.choice(HOSTS), "N": str(rng.randint(100, 9999)),
            "D": "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
            "S": "%03d" % rng.randint(1, 480), "P": str(rng.choice([22, 2222, 5432, 3306, 1433, 587, 8443]))}


# ---- deny-list extraction from the two earlier READMEs ----
def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        cands = [c.strip().lower() for c in re.findall(r"`([^`\n]+)`", txt)]
        cands += [c.lower() for c in re.findall(r"\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b", txt)]
        for c in cands:
            if not c:
                continue
            names.add(c)
            for part in c.split("__"):
                if part:
                    names.add(part)
        for c in list(names):
            m = re.match(r"^[a-z]+pw_(.+)$", c)
            if m:
                syntaxes.add(m.group(1).split("__")[0])
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", txt):
            codes.add(code)
            lnames.add(name.lower())
            for w in re.split(r"[\s\-]+", name.lower()):
                if w:
                    lnames.add(w)
    return {"source": "re-extracted from " + brief_dir + " (" + ", ".join(BRIEF_FILES) + ")",
            "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
