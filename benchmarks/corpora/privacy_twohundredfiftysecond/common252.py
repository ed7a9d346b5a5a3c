"""Shared helpers for the p252 corpus (organic-box schemes, food co-ops, zero-waste refill shops).

Python 3 standard library only; every random choice goes through a seeded random.Random.
"""
import base64
import glob
import hashlib
import hmac
import json
import os
import re

PREFIX = "p252"
BRIEF_DIR = "/tmp/brief252"
OUT_NAME = "privacy_twohundredfiftysecond"

# ---------------------------------------------------------------- alphabets
DIGITS = "0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
ALPHA = UPPER + LOWER
AN = DIGITS + UPPER + LOWER              # base62, mixed case
LAN = DIGITS + LOWER
UAN = DIGITS + UPPER
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64U = AN + "-_"
B64 = UPPER + LOWER + DIGITS + "+/"
B32U = UPPER + "234567"
LB32 = LOWER + "234567"
ALPHABETS = {"an": AN, "lan": LAN, "uan": UAN, "hex": HEX, "HEX": UHEX, "b64u": B64U, "b64": B64,
             "dig": DIGITS, "alpha": ALPHA, "lower": LOWER, "b32u": B32U, "lb32": LB32}
ALPHA_RX = {"an": "A-Za-z0-9", "lan": "a-z0-9", "uan": "A-Z0-9", "hex": "0-9a-f", "HEX": "0-9A-F",
            "b64u": "A-Za-z0-9_-", "b64": "A-Za-z0-9+/", "dig": "0-9", "alpha": "A-Za-z",
            "lower": "a-z", "b32u": "A-Z2-7", "lb32": "a-z2-7"}
ALPHA_DESC = {"an": "alphanumerics", "lan": "lower-case alphanumerics", "uan": "upper-case alphanumerics",
              "hex": "lower-case hex", "HEX": "upper-case hex", "b64u": "base64url", "b64": "standard Base64",
              "dig": "digits", "alpha": "letters", "lower": "lower-case letters", "b32u": "upper-case Base32",
              "lb32": "lower-case Base32"}


def rstr(rng, alphabet, n):
    a = ALPHABETS.get(alphabet, alphabet)
    return "".join(rng.choice(a) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def uuid4(rng):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


UUID_RX = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")


def bad_uuids(text):
    out = []
    for m in UUID_RX.finditer(text):
        u = m.group(0).lower()
        if u[14] != "4" or u[19] not in "89ab":
            out.append(m.group(0))
    return out


# ---------------------------------------------------------------- JWT
JWT_SIG_BYTES = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}
JWT_RX = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")


def make_jwt(rng, header, payload, sign=True, sig_bytes=None):
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    alg = header["alg"]
    msg = (h + "." + p).encode()
    if alg.startswith("HS") and sign:
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(rbytes(rng, 48), msg, dig).digest()
    else:
        sig = rbytes(rng, sig_bytes or JWT_SIG_BYTES[alg])
    return h + "." + p + "." + b64u_nopad(sig)


def jwt_problem(tok):
    """None when tok is a structurally valid JWT (JSON header with a known alg, JSON payload,
    signature length that fits the alg); otherwise a description."""
    parts = tok.split(".")
    if len(parts) != 3:
        return "not three segments"
    try:
        hdr = json.loads(b64u_decode(parts[0]))
        pay = json.loads(b64u_decode(parts[1]))
        sig = b64u_decode(parts[2])
    except Exception as e:  # noqa
        return "undecodable: %s" % e
    if not isinstance(hdr, dict) or not isinstance(pay, dict):
        return "header or payload not an object"
    alg = hdr.get("alg")
    if alg not in JWT_SIG_BYTES:
        return "unknown alg %r" % alg
    if len(sig) not in ((256, 384, 512) if alg == "RS256" else (JWT_SIG_BYTES[alg],)):
        return "signature length %d for %s" % (len(sig), alg)
    if b64u_nopad(sig) != parts[2]:
        return "non-canonical signature"
    return None


def bad_jwts(text):
    return [m.group(0) for m in JWT_RX.finditer(text) if jwt_problem(m.group(0))]


# ---------------------------------------------------------------- check algorithms (everyday layouts)
def fletcher16(data):
    s1 = s2 = 0
    for x in data:
        s1 = (s1 + x) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def crc16_ccitt_false(data):
    c = 0xFFFF
    for x in data:
        c ^= x << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
    return c


MOD36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def iso7064_mod37_36(s):
    m, p = 36, 36
    for ch in s:
        p = (p + MOD36.index(ch)) % m
        if p == 0:
            p = m
        p = (p * 2) % (m + 1)
    return MOD36[(m + 1 - p) % m]


def iso7064_mod37_36_valid(s):
    m, p = 36, 36
    for ch in s[:-1]:
        p = (p + MOD36.index(ch)) % m
        if p == 0:
            p = m
        p = (p * 2) % (m + 1)
    return (p + MOD36.index(s[-1])) % m == 1


assert fletcher16(b"abcde") == 0xC8F0 and fletcher16(b"abcdef") == 0x2057 and fletcher16(b"abcdefgh") == 0x0627
assert crc16_ccitt_false(b"123456789") == 0x29B1
assert iso7064_mod37_36("A12425GABC1234002") == "M" and iso7064_mod37_36_valid("A12425GABC1234002M")


# ---------------------------------------------------------------- other real check digits (negatives)
def gs1_check(digits):
    s = 0
    for i, d in enumerate(reversed(digits)):
        s += int(d) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def s10_check(eight):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    s = sum(int(d) * k for d, k in zip(eight, w))
    c = 11 - s % 11
    return "5" if c == 11 else ("0" if c == 10 else str(c))


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    r = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


assert gs1_check("400638133393") == "1"          # EAN-13 4006381333931
assert s10_check("47312482") == "9"              # UPU S10 example RR 47312482 9 GB
assert iban_valid("GB82WEST12345698765432") and iban_check("GB", "WEST12345698765432") == "82"


# ---------------------------------------------------------------- world
FIRMS = {
    "furrow": ("Furrow & Fennel Veg Boxes", "furrowfennel.example"),
    "coop": ("Wheatsheaf Lane Food Co-op", "wheatsheaflane-coop.example"),
    "refill": ("Topped Up Refills", "toppedup-refills.example"),
    "dev": ("Compost Heap Digital", "compostheap.example"),
}
PEOPLE = ["Nell Ashby", "Tariq Osei", "Marguerite Lacombe", "Ifeoma Chukwu", "Bryn Talfryn",
          "Saoirse Kinsella", "Haruto Mori", "Agnieszka Wrobel", "Dev Chandra", "Rosa Penhallow",
          "Callum Straughan", "Yusra Haddad"]
FIRST = [p.split()[0] for p in PEOPLE]
HOSTS = ["boxes.furrowfennel.example", "packing.furrowfennel.example", "routes.furrowfennel.example",
         "members.wheatsheaflane-coop.example", "orders.wheatsheaflane-coop.example",
         "till.wheatsheaflane-coop.example", "shop.toppedup-refills.example", "scales.toppedup-refills.example",
         "ci.compostheap.example", "vault.compostheap.example", "grafana.compostheap.example",
         "git.compostheap.example"]

# words of this trade used in owner-chosen passwords (letters only)
WORLD_WORDS = [
    "kohlrabi", "beetroot", "celeriac", "parsnip", "romanesco", "salsify", "samphire", "mizuna",
    "radicchio", "borlotti", "kombucha", "sourdough", "sauerkraut", "kimchi", "bokashi", "wormery",
    "polytunnel", "allotment", "cloche", "dibber", "gooseberry", "rhubarb", "elderflower", "damson",
    "greengage", "quince", "medlar", "nettle", "sorrel", "purslane", "chard", "kale", "fennel", "swede",
    "turnip", "shallot", "courgette", "pumpkin", "squash", "savoy", "spelt", "buckwheat", "millet",
    "quinoa", "lentil", "chickpea", "tahini", "tamari", "muesli", "granola", "hazelnut", "walnut",
    "sultana", "apricot", "kilner", "hopper", "punnet", "hamper", "larder", "pantry", "furrow", "mulch",
    "compost", "gleaning", "biodynamic", "wholefood", "seedling", "trowel", "kefir", "oatmilk",
    "chutney", "pickle", "artichoke", "radish", "mangetout", "pakchoi", "tatsoi", "leek", "mooli",
    "jostaberry", "loganberry", "crabapple", "windrow", "rootstock", "greenhouse", "cropshare",
]
assert all(w.isalpha() and w.islower() for w in WORLD_WORDS) and len(set(WORLD_WORDS)) == len(WORLD_WORDS)

PW_JOINERS = "-_.!+@*"
STRICT_JOINERS = "-_."
_WW = "|".join(sorted(WORLD_WORDS, key=len, reverse=True))
PASSWORD_RX = re.compile(r"^[A-Za-z][a-z]{3,}[-_.!+@*](?=[a-z0-9]*[0-9])[a-z0-9]{2,5}$")
STRICT_PASSWORD_RX = re.compile(r"^[A-Za-z][a-z]{3,}[-_.](?=[a-z0-9]*[0-9])[a-z0-9]{2,5}$")
PASSWORD_FORM_RX = re.compile(r"(?i)(?<![A-Za-z0-9])(?:%s)[-_.!+@*][a-z0-9]{2,5}(?![A-Za-z0-9])" % _WW)


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    j = rng.choice(STRICT_JOINERS if strict else PW_JOINERS)
    kind = rng.randrange(4)
    if kind == 0:
        tail = rstr(rng, DIGITS, rng.choice([2, 3, 4]))
    elif kind == 1:
        tail = rstr(rng, LOWER, rng.choice([2, 3])) + rstr(rng, DIGITS, 2)
    elif kind == 2:
        tail = str(rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]))
    else:
        tail = rstr(rng, DIGITS, 2) + rstr(rng, LOWER, rng.choice([1, 2]))
    return w + j + tail


# ---------------------------------------------------------------- key styles
def key_name(words, style):
    ws = [w.lower() for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in ws)
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
    if style == "flat":
        return "".join(ws)
    if style == "header":
        return "x-" + "-".join(ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "title":
        small = {"pc": "PC", "api": "API", "jwt": "JWT", "db": "DB", "hs384": "HS384", "crc16": "CRC-16"}
        return " ".join(small.get(w, w.capitalize()) for w in ws)
    raise ValueError(style)


# ---------------------------------------------------------------- registry
class Registry:
    """Every drawn string (values, public neighbours, evasion plains and runs) goes through here.
    It refuses exact repeats, any 6+ character substring relation with an earlier string, any
    non-v4 UUID and any invalid JWT inside the string."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        if bad_uuids(s) or bad_jwts(s):
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return False
        return True

    def add(self, s):
        self.items.append(s)
        self.seen.add(s)
        return s

    def draw(self, fn, forbid=""):
        for _ in range(400):
            s = fn()
            if forbid and any(c in s for c in forbid):
                continue
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry could not draw a fresh string")


# ---------------------------------------------------------------- placing a value in a text
MARK = "\u2063VALUE\u2063"


def place(template, value):
    """template holds MARK exactly once; returns (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def positive(type_, container, template, value, source):
    text, s, e = place(template, value)
    return {"id": None, "type": type_, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": type_}], "source": source}


# ---------------------------------------------------------------- deny-list
HAND_LANGUAGES = {
    # number-word, evasion, set-aside and spare languages named in the READMEs' prose, plus neighbours
    "fin": "finnish", "ita": "italian", "tur": "turkish", "fra": "french", "nld": "dutch", "deu": "german",
    "spa": "spanish", "eus": "basque", "heb": "hebrew", "ell": "greek", "lat": "latin", "lit": "lithuanian",
    "isl": "icelandic", "est": "estonian", "swh": "swahili", "swa": "swahili", "mri": "maori",
    "epo": "esperanto", "jpn": "japanese", "dan": "danish", "ind": "indonesian", "hun": "hungarian",
    "swe": "swedish", "cat": "catalan", "fur": "friulian", "sna": "shona", "cos": "corsican", "wol": "wolof",
    "zho": "chinese", "cmn": "mandarin", "msa": "malay", "zsm": "malay", "por": "portuguese",
    "bod": "tibetan", "tha": "thai", "tam": "tamil", "haw": "hawaiian", "tat": "tatar", "tpi": "tok pisin",
    "ton": "tongan", "ory": "odia", "dsb": "lower sorbian", "hrv": "croatian",
}

# encoding ideas the READMEs name (as encodings or in their avoided lists); no encoding name of ours may
# contain one of these tokens
HAND_ENCODING_TOKENS = [
    "base64", "base32", "base58", "base62", "base85", "base91", "base45", "uuencode", "quoted_printable",
    "morse", "braille", "nato", "caesar", "rot13", "rot47", "vigenere", "atbash", "octal", "negabinary",
    "bcd", "gray", "zeckendorf", "factoradic", "roman", "mayan", "hill", "playfair", "polybius", "bacon",
    "semaphore", "emoji", "dingbat", "zalgo", "leet", "reverse", "delta", "residue", "cantor", "morton",
    "elias", "seven_segment", "soroban", "quipu", "dna", "dice", "card", "chess", "hexagram", "colour",
    "color", "luhn", "damm", "mod97", "isbn", "ebcdic", "hamming", "midi", "brainfuck", "look_and_say",
    "prime", "gcd", "rsa", "utf16", "utf7", "overlong", "ulam", "combinadic", "pi_", "kerning", "ledger",
    "quire", "folio", "tally", "esperanto", "acrostic", "robber", "reciprocal", "permission", "midpoint",
    "move_to_front", "code128", "gsm", "septet", "tape", "lead_", "cwt", "price_code", "pitchfork",
    "uart", "mirror", "run_length", "fraction", "glyph", "mojibake_utf16", "powers", "triangular",
    "square", "times_seven", "continued", "four_b_five_b", "postnet", "keyboard", "keycap", "regional",
    "unicode_name", "html_entit", "escape", "char_", "concat", "chaff", "spacing", "capitalis",
    "word_length", "nibble", "binary", "superscript", "turned", "gothic", "deseret", "osage", "runic",
    "ogham", "coptic", "tifinagh", "cherokee", "glagolitic", "zero_width", "tag_char", "clock",
    "compass", "coin", "spelling", "book_cipher", "keyword", "intel_hex", "xxd", "shuffle", "interleave",
]


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    files = sorted(glob.glob(os.path.join(brief_dir, "README_*.md")))
    for f in files:
        t = open(f, encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            n = m.strip().lower()
            names.add(n)
            for p in n.split("__"):
                if p:
                    names.add(p)
        for m in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t.lower()):
            names.add(m)
            for p in m.split("__"):
                if p:
                    names.add(p)
        for m in re.findall(r"`([a-z]+pw_[a-z0-9_]+)`", t):
            syntaxes.add(re.sub(r"^[a-z]+pw_", "", m))
        for c, nm in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(c)
            lnames.add(nm.lower())
            for w in re.split(r"[\s\-]+", nm.lower()):
                if w:
                    lnames.add(w)
    return {"source": brief_dir, "files": [os.path.basename(f) for f in files], "names": sorted(names),
            "syntaxes": sorted(syntaxes), "language_codes": sorted(codes), "language_names": sorted(lnames)}


def load_denylist(outdir):
    path = os.path.join(outdir, "brief_names.json")
    with open(path, encoding="utf-8") as fh:
        frozen = json.load(fh)
    status = "frozen copy only (%s not present)" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist(BRIEF_DIR)
        if fresh != frozen:
            raise SystemExit("deny-list re-extracted from %s differs from brief_names.json" % BRIEF_DIR)
        status = "re-extracted from %s and identical" % BRIEF_DIR
    return frozen, status


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def jsonl_bytes(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
