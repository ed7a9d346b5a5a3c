"""Shared helpers for the p185 corpus (standard library only)."""
import base64, hashlib, hmac, json, os, re, zlib

OUT_PREFIX = "p185"
BRIEF_DIR = "/tmp/brief185"
BRIEF_FILES = ("README_hundredeightysecond.md", "README_hundredeightythird.md")

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
B62 = DIGITS + UPPER + LOWER
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
B64URL = UPPER + LOWER + DIGITS + "-_"
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS

# ---------------------------------------------------------------- deny-list
_BT = re.compile(r"`([^`\n]+)`")
_SNAKE = re.compile(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+")
_LANG = re.compile(r"`([a-z]{3})` \(([^)`]+)\)")
_PWTYPE = re.compile(r"^([a-z]+)pw_([a-z0-9_]+)$")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            txt = fh.read()
        cands = [m.group(1) for m in _BT.finditer(txt)] + [m.group(0) for m in _SNAKE.finditer(txt)]
        for c in cands:
            c = c.strip().lower()
            if not c:
                continue
            names.add(c)
            for part in c.split("__"):
                if part:
                    names.add(part)
                    m = _PWTYPE.match(part)
                    if m:
                        syntaxes.add(m.group(2))
                        names.add(m.group(2))
        for m in _LANG.finditer(txt):
            codes.add(m.group(1).lower())
            nm = m.group(2).lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w)
    return {"source": brief_dir + " (" + ", ".join(BRIEF_FILES) + ")",
            "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def load_denylist(here):
    with open(os.path.join(here, "brief_names.json"), encoding="utf-8") as fh:
        return json.load(fh)


def name_hits(name, deny):
    """Return the parts of name (whole and __ parts) that are deny-listed."""
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    s = set(deny["names"])
    return sorted({p for p in parts if p in s})

# ---------------------------------------------------------------- random pieces

def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def base62_encode(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_b62_token(rng, prefix, body_len=30):
    body = rs(rng, ALNUM, body_len)
    return prefix + body + base62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_b62_ok(tok, prefix, body_len=30):
    if not tok.startswith(prefix):
        return False
    rest = tok[len(prefix):]
    body, cs = rest[:body_len], rest[body_len:]
    return len(cs) == 6 and base62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == cs


def jwt(rng, alg, header_extra, payload):
    hdr = {"alg": alg, "typ": "JWT"}
    hdr.update(header_extra)
    h = b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)  # discarded
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = b64url_nopad(hmac.new(key, (h + "." + p).encode(), dig).digest())
    return h + "." + p + "." + sig


def b64url_json(seg):
    pad = "=" * (-len(seg) % 4)
    return json.loads(base64.urlsafe_b64decode(seg + pad).decode())

# ---------------------------------------------------------------- passwords
WORDS = """spinnaker genoa jib mainsail halyard bowline cleat keel rudder tiller transom gunwale
bollard pontoon mooring fender windlass anchor leeward windward starboard boom mast forestay
backstay shroud winch reef gybe regatta dinghy catamaran trimaran ketch yawl sloop schooner
cutter skipper bosun coxswain helmsman binnacle sextant lighthouse buoy marina berth slipway
drydock quay jetty harbour bowsprit capstan outhaul downhaul cunningham vang traveller batten
luff leech clew foresail topsail gennaker tackline laylines spreader chainplate bilge scupper
hawsepipe fairlead stanchion pulpit pushpit lifeline jackstay tender oilskin seacock
mizzen clubhouse committee handicap starthorn pennant burgee ensign
""".split()
JOIN_ALL = "-_.+~!"
JOIN_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~!][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def password(rng, strict=False):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOIN_STRICT if strict else JOIN_ALL)
    return w + j + rs(rng, LOWALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)

# ---------------------------------------------------------------- registry
class Registry:
    """Every value / plain / run / hidden password is drawn through here; refuses substring relations."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if len(s) < 6:
            return True if s not in self.set else False
        for t in self.items:
            if s in t or t in s:
                return False
        return True

    def add(self, s):
        self.items.append(s)
        self.set.add(s)
        return s

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry could not draw a fresh value")

# ---------------------------------------------------------------- key-name case styles

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
    if style == "dotted":
        return ".".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    if style == "lower":
        return "".join(w)
    raise ValueError(style)


def fill(template, value, **kw):
    """template with §V§ (the value, exactly once) and §name§ fields; returns (text, start, end)."""
    t = template
    for k, v in kw.items():
        t = t.replace("§" + k + "§", v)
    assert t.count("§V§") == 1, template[:80]
    assert "§" not in t.replace("§V§", ""), t[:200]
    pre, post = t.split("§V§")
    text = pre + value + post
    return text, len(pre), len(pre) + len(value)
