"""Shared helpers for corpus p198 (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p198"
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_DIR = "/tmp/brief198"
BRIEF_FILES = ["README_hundredninetyfifth.md", "README_hundredninetysixth.md"]

SEED_EVERYDAY = 19801
SEED_PAIRING = 19811
SEED_VENDOR = 19802
SEED_POSITIONAL = 19803
SEED_PROSE = 19804
SEED_EVASION = 19805
SEED_NEGATIVE = 19806

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
B62 = DIGITS + UPPER + LOWER
HEX = "0123456789abcdef"
B64U = UPPER + LOWER + DIGITS + "-_"
B64S = UPPER + LOWER + DIGITS + "+/"

# words of the window-cleaning / pressure-washing / gutter world used in owner-chosen passwords
WORLD_WORDS = [
    "squeegee", "chamois", "scrim", "waterfed", "gutter", "downpipe", "fascia", "soffit",
    "conservatory", "skylight", "windowsill", "ladder", "harness", "bucket", "applicator",
    "scraper", "purewater", "deioniser", "resin", "brush", "gooseneck", "hosereel", "pump",
    "lance", "patio", "decking", "driveway", "moss", "lichen", "softwash", "biocide",
    "roofline", "hopper", "guttervac", "round", "sunroom", "casement", "sash", "dormer",
    "cladding", "canopy", "sparkle", "spotless", "shine", "glint", "pane", "mopup",
    "wiper", "jetwash", "turbo", "nozzle", "surfacer", "rotary", "bristle", "telepole",
    "carbonpole", "trough", "gully", "leafguard", "cleanout", "stepstool", "stabiliser",
    "lanyard", "rope", "sill", "mullion", "transom", "leadlight", "frosting", "smudge",
    "streak", "rinse", "vanpack", "flowmeter", "tdsmeter", "prefilter", "membrane",
    "rodi", "bayview", "porch", "gable", "bargeboard", "ridgetile", "valley", "hedge",
    "cobweb", "birdmess", "grime", "sunshine", "drizzle", "puddle", "kerbside",
]

JOINERS_WIDE = "-_.+!~"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def owner_password(r, strict=False):
    w = r.choice(WORLD_WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    j = r.choice(JOINERS_STRICT if strict else JOINERS_WIDE)
    mid = rs(r, LOWER + DIGITS, r.randint(3, 5))
    return w + j + mid + rs(r, DIGITS, 2)


def uuid4(r):
    b = bytearray(rbytes(r, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_hs(r, payload, alg="HS256", header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(r, 48)  # discarded
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64u_nopad(sig)


def jwt_fake_sig(r, payload, alg, siglen, header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u_nopad(rbytes(r, siglen))


def b62_fixed(n, width):
    out = ""
    for _ in range(width):
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out


def crc32_b62_token(r, prefix, body_len):
    body = rs(r, B62, body_len)
    return prefix + body + b62_fixed(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def vin_check_digit(vin17):
    trans = {}
    vals = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]
    for ch, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", vals):
        trans[ch] = v
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = 0
    for ch, w in zip(vin17, weights):
        total += (int(ch) if ch.isdigit() else trans[ch]) * w
    c = total % 11
    return "X" if c == 10 else str(c)


# ---- key-name case styles -------------------------------------------------------------
def style_key(words, style):
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


SENT = "\ue000"


def place(template, value, subs):
    """Fill <<NAME>> tokens from subs and the single <<V>> token with value; return (text, start, end)."""
    t = template
    for k, v in subs.items():
        t = t.replace("<<" + k + ">>", v)
    if t.count("<<V>>") != 1:
        raise ValueError("template needs exactly one <<V>>: " + template[:60])
    if "<<" in t.replace("<<V>>", "") and re.search(r"<<[A-Z0-9_]+>>", t.replace("<<V>>", "")):
        raise ValueError("unfilled token in template: " + t[:80])
    start = t.index("<<V>>")
    text = t.replace("<<V>>", value)
    return text, start, start + len(value)


# ---- value registry ------------------------------------------------------------------
class Registry:
    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        if len(s) >= 6:
            for o in self.items:
                if len(o) >= 6 and (s in o or o in s):
                    return False
        return True

    def add(self, s):
        self.items.append(s)
        self.set.add(s)

    def draw(self, fn, *a, **k):
        for _ in range(200):
            v = fn(*a, **k)
            if self.ok(v):
                self.add(v)
                return v
        raise RuntimeError("registry could not draw a fresh value")


# ---- public neighbours ---------------------------------------------------------------
FIRST = ["dave", "shaz", "kev", "lou", "marek", "priya", "tomasz", "becky", "gaz", "imran",
         "jo", "nia", "rhys", "stu", "wes", "dee", "lukasz", "ade", "carys", "finn"]
HOST_BASES = ["rounds.lan", "squeegee.internal", "gutterpro.lan", "brightpane.example",
              "washcrew.internal", "clearview.example", "tankvan.lan", "roundhq.internal"]


def user(r):
    return r.choice(FIRST) + r.choice(["", "_ops", ".w", "01", "_admin", "_van2", ""])


def host(r, sub=None):
    sub = sub or r.choice(["db", "api", "nas", "gw", "sched", "files", "mq", "ops", "app", "map"])
    return "%s%d.%s" % (sub, r.randint(1, 9), r.choice(HOST_BASES))


def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 254), r.randint(2, 250))


# ---- deny-list -----------------------------------------------------------------------
def extract_denylist(brief_dir=BRIEF_DIR):
    names, syn, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        t = open(os.path.join(brief_dir, fn), encoding="utf-8").read()
        toks = [m.group(1) for m in re.finditer(r"`([^`\n]+)`", t)]
        toks += re.findall(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9_])", t)
        for tok in toks:
            tok = tok.strip().lower()
            if not tok:
                continue
            names.add(tok)
            for part in tok.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(m.group(1))
            nm = m.group(2).lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w)
    for n in names:
        m = re.match(r"^([a-z]+)pw_([a-z0-9_]+)$", n)
        if m:
            syn.add(m.group(2))
    return {
        "source": brief_dir,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syn),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def dumps_jsonl(records):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)
