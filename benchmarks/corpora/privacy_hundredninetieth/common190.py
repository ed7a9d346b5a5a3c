"""Shared helpers for the p190 corpus (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p190"
BRIEF_DIR = "/tmp/brief190"
BRIEF_FILES = ["README_hundredeightyfifth.md", "README_hundredeightyseventh.md"]
HERE = os.path.dirname(os.path.abspath(__file__))

SLOT = "\u0000SLOT\u0000"

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = B62
LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz"
UPPER_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = B62 + "-_"
B64STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# words of the garden-centre / nursery world used in owner-chosen passwords
GARDEN_WORDS = (
    "fern hosta begonia fuchsia petunia geranium lavender rosemary clematis wisteria peony dahlia "
    "tulip daffodil crocus snowdrop hellebore heuchera astilbe salvia verbena lupin foxglove "
    "delphinium hydrangea camellia magnolia azalea acer buxus topiary trellis compost mulch loam "
    "perlite vermiculite seedling cutting propagator cloche polytunnel greenhouse potting trowel "
    "dibber secateurs hosepipe sprinkler dripline corm tuber rhizome perennial biennial shrub "
    "hedge pergola bedding planter terracotta seedtray plugplant rootball bareroot mistbench "
    "heatmat birdbath wheelbarrow allotment orchard espalier cordon bonsai succulent cactus orchid "
    "snapdragon sweetpea nasturtium marigold calendula zinnia cosmos aster sedum yarrow catmint "
    "thyme oregano chive sorrel courgette runnerbean hornbeam laurel privet bluebell primrose"
).split()

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~!][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID4_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")


class Registry:
    """Every drawn value goes through here; refuses substring relations (6+ chars) and repeats."""

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
        self.items.append(s)
        self.seen.add(s)
        return s

    def draw(self, fn, *a):
        for _ in range(200):
            s = fn(*a)
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry could not draw a fresh value")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64std(b):
    return base64.b64encode(b).decode()


def password(rng, strict=False):
    w = rng.choice(GARDEN_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+~!")
    mid = rs(rng, "abcdefghijklmnopqrstuvwxyz0123456789", rng.randint(3, 5))
    return w + j + mid + "%02d" % rng.randrange(100)


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc32_b62(body):
    return base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def jwt_hs(rng, alg, payload, header_extra=None):
    hashes = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}
    hdr = {"alg": alg, "typ": "JWT"}
    if header_extra:
        hdr.update(header_extra)
    h = b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)  # discarded
    sig = hmac.new(key, (h + "." + p).encode(), hashes[alg]).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_json_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return None
    try:
        out = []
        for part in parts[:2]:
            pad = "=" * (-len(part) % 4)
            out.append(json.loads(base64.urlsafe_b64decode(part + pad).decode()))
        return out
    except Exception:
        return None


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def ean13_digit(s12):
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s12))
    return str((10 - tot % 10) % 10)


# ---------------------------------------------------------------- case styles
def words_of(key):
    return key.replace("-", " ").replace("_", " ").split()


def style_key(words, style):
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
    if style == "dotted":
        return ".".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    raise ValueError(style)


def fill(template, value, **kw):
    """Put value into the single SLOT of template; return text, start, end."""
    t = template.format(**kw) if kw else template
    assert t.count(SLOT) == 1, t
    start = t.index(SLOT)
    text = t.replace(SLOT, value)
    return text, start, start + len(value)


def make_record(rid, typ, container, text, start, end, source, extra_span=None, encoding=None):
    span = {"value": text[start:end], "start": start, "end": end, "type": typ}
    if extra_span:
        span.update(extra_span)
    rec = {"id": rid, "type": typ, "container": container}
    if encoding is not None:
        rec["encoding"] = encoding
    rec["text"] = text
    rec["secrets"] = [span]
    rec["source"] = source
    return rec


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------- deny-list
SNAKE_RE = re.compile(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+")
BACKTICK_RE = re.compile(r"`([^`\n]+)`")
LANG_RE = re.compile(r"`([a-z]{3})` \(([A-Z][^)`]*)\)")
PW_PREFIX_RE = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()

    def add(n):
        n = n.strip().lower()
        if not n:
            return
        names.add(n)
        if "__" in n:
            for part in n.split("__"):
                if part:
                    names.add(part)
        m = PW_PREFIX_RE.match(n)
        if m:
            rest = m.group(1)
            syntaxes.add(rest.split("__")[0])
            names.add(rest)

    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            txt = fh.read()
        for m in BACKTICK_RE.finditer(txt):
            add(m.group(1))
        for m in SNAKE_RE.finditer(txt):
            add(m.group(0))
        for m in LANG_RE.finditer(txt):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s/,-]+", nm):
                if w:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def load_denylist():
    with open(os.path.join(HERE, "brief_names.json"), encoding="utf-8") as fh:
        return json.load(fh)


def denied(label, deny):
    """Return the offending piece if label (or any __ part) is deny-listed, else None."""
    names = deny["_names_set"] if "_names_set" in deny else set(deny["names"])
    lab = label.lower()
    if lab in names:
        return lab
    for part in lab.split("__"):
        if part in names:
            return part
    return None
