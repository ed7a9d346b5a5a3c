"""Shared helpers for corpus p203 (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p203"
PWPREFIX = "kilnpw_"
BRIEF_DIR = "/tmp/brief203"
BRIEF_FILES = ["README_twohundredfirst.md", "README_twohundredsecond.md"]

SEEDS = {
    "everyday": 20301, "pairing": 20311, "vendor": 20302, "positional": 20303,
    "prose": 20304, "evasions": 20305, "negatives": 20306,
}

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
B64STD = string.ascii_letters + string.digits + "+/"

MARK = "\u27e6V\u27e7"  # slot marker, must never survive into a text

# ----------------------------------------------------------------- words
WORLD_WORDS = """
clay kiln glaze bisque slip stoneware porcelain terracotta raku celadon tenmoku shino
wedging throwing wheel trimming grog feldspar kaolin cone saggar anagama crawl crackle
sgraffito slipware majolica lustre underglaze oxide cobalt rutile ochre leatherhard greenware
batt bat banding pugmill extruder coil pinch slab engobe terrasig flashing woodfire soda
gaffer blowpipe punty marver gloryhole annealer cullet frit murrine millefiori latticino
cane gather jacks paddle borosilicate dichroic glassblock torchwork lampwork bead bullseye
furnace crucible pipewarmer optic mould tweezers shears blocks
anvil hammer tongs forge quench temper damascus billet tuyere swage fuller hardy drift
flux bellows clinker farrier hearth bloom wootz chisel rivet scroll twist punch mandrel
bickern pritchel slack coke firepot striker smithy ironwork
""".split()

JOINERS = "-_.+!~"
STRICT_JOINERS = "-_."

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(STRICT_JOINERS if strict else JOINERS)
    mid = rs(rng, LOWALNUM, rng.randint(3, 5))
    return w + j + mid + rs(rng, string.digits, 2)


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = bytes(b).hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


def b64u_json(obj):
    return b64u(json.dumps(obj, separators=(",", ":")).encode())


def jwt_hs(rng, alg, header_extra, payload, key=None):
    h = {"alg": alg, "typ": "JWT"}
    h.update(header_extra)
    hb = b64u_json(h)
    pb = b64u_json(payload)
    key = key or rbytes(rng, 32)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (hb + "." + pb).encode(), dig).digest()
    return hb + "." + pb + "." + b64u(sig)


SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "RS384": 384, "RS512": 512,
          "ES256": 64, "ES384": 96, "ES512": 132, "EdDSA": 64, "PS256": 256}


def jwt_random_sig(rng, alg, header_extra, payload):
    h = {"alg": alg, "typ": "JWT"}
    h.update(header_extra)
    return b64u_json(h) + "." + b64u_json(payload) + "." + b64u(rbytes(rng, SIGLEN[alg]))


def crc16_xmodem(data):
    crc = 0
    for b in data:
        crc ^= b << 8
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


def crc32_b62(s):
    return base62_fixed(zlib.crc32(s.encode()) & 0xFFFFFFFF, 6)


# ----------------------------------------------------------------- key styles
def keyname(words, style):
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
        return " ".join(w.upper() if w in ("api", "pos", "db", "id", "tls", "psk", "hmac", "jwt", "mqtt") else w.capitalize() for w in words)
    raise ValueError(style)


# ----------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

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

    def draw(self, fn, *a, **k):
        for _ in range(200):
            v = fn(*a, **k)
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


# ----------------------------------------------------------------- records
def fill(template, value):
    """Replace the single slot marker by value; return (text, start, end)."""
    if template.count(MARK) != 1:
        raise ValueError("template must hold exactly one slot marker")
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def pos_record(rid, typ, container, template, value, source):
    text, s, e = fill(template, value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": source}


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ----------------------------------------------------------------- deny-list
SNAKE_RE = re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b")
TICK_RE = re.compile(r"`([^`\n]+)`")
LANG_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
SYNTAX_RE = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(brief_dir=BRIEF_DIR, files=BRIEF_FILES):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in files:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            t = fh.read()
        raw = [m.group(1) for m in TICK_RE.finditer(t)] + [m.group(0) for m in SNAKE_RE.finditer(t)]
        for n in raw:
            n = n.strip().lower()
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for n in list(names):
            m = SYNTAX_RE.match(n)
            if m:
                syntaxes.add(m.group(1).split("__")[0])
        for m in LANG_RE.finditer(t):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w)
    return {"source": brief_dir, "files": list(files), "names": sorted(names),
            "syntaxes": sorted(syntaxes), "language_codes": sorted(codes),
            "language_names": sorted(lnames)}


def load_denylist(here):
    with open(os.path.join(here, "brief_names.json"), encoding="utf-8") as fh:
        return json.load(fh)
