"""Shared helpers for corpus p181 (standard library only, no clock, no network)."""
import base64, hashlib, hmac, json, os, re, zlib

PREFIX = "p181"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
HEX = "0123456789abcdef"
LOWAN = "abcdefghijklmnopqrstuvwxyz0123456789"
UPAN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# words of the climbing-gym / bowling-alley / indoor-recreation world
WORLD_WORDS = [
    "crimp", "jug", "sloper", "pinch", "dyno", "campus", "belay", "carabiner", "quickdraw",
    "chalkbag", "hangboard", "crashpad", "topout", "deadpoint", "heelhook", "toehook", "gaston",
    "undercling", "mantle", "smear", "overhang", "slab", "arete", "dihedral", "crux", "onsight",
    "redpoint", "flash", "grigri", "harness", "rappel", "anchor", "boltline", "chalkup",
    "strike", "spare", "gutter", "turkey", "split", "bumper", "pinsetter", "sweeper", "kingpin",
    "headpin", "foulline", "tenpin", "duckpin", "candlepin", "hambone", "brooklyn", "hookset",
    "skeeball", "token", "jackpot", "plinko", "clawgame", "pinball", "joystick", "trampoline",
    "foampit", "dodgeball", "ninjacourse", "phaser", "blaster", "nachos", "pretzel", "slushie",
    "corndog", "bouldering", "toprope", "leadwall", "autobelay", "lanemaster", "approach",
    "backend", "bowlingball", "rentalshoe", "redemption", "prizewall",
]

def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))

def hexs(r, n):
    return rs(r, HEX, n)

def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))

def uuid4(r):
    b = bytearray(rbytes(r, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

UUID_RE = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")

def uuid_is_v4(u):
    u = u.lower()
    return u[14] == "4" and u[19] in "89ab"

def base62_num(n, width):
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s.rjust(width, "0")

def gh_token(r, prefix):
    body = rs(r, B62, 30)
    return prefix + body + base62_num(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)

def gh_checksum_ok(tok):
    body = tok.split("_", 1)[1]
    return len(body) == 36 and base62_num(zlib.crc32(body[:30].encode()) & 0xFFFFFFFF, 6) == body[30:]

def jwt_hs256(r, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(r, 32)  # thrown away
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)

def b64url_json(seg):
    pad = "=" * (-len(seg) % 4)
    return json.loads(base64.urlsafe_b64decode(seg + pad).decode())

def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        h = b64url_json(parts[0]); p = b64url_json(parts[1])
        return isinstance(h, dict) and "alg" in h and isinstance(p, dict)
    except Exception:
        return False

def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0

def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c

def gs1_check(body):
    # GS1 mod-10 (EAN-8 / EAN-13 / UPC-A): weights 3,1 from the right
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)

def gs1_ok(code):
    return gs1_check(code[:-1]) == code[-1]

# ---------------------------------------------------------------- passwords
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,6}[0-9]{2}$")
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$")

def owner_password(r, strict=False):
    w = r.choice(WORLD_WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    j = r.choice("-_." if strict else "-_.+~")
    mid = rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", r.randint(3, 6))
    return w + j + mid + "%02d" % r.randint(0, 99)

# ---------------------------------------------------------------- case styles
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

# ---------------------------------------------------------------- registry
class Registry:
    """Refuses any string that is a substring of, or contains, an earlier one."""
    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        for t in self.items:
            if s in t or t in s:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s); self.set.add(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry: could not draw a fresh value")

# ---------------------------------------------------------------- slot filling
MARK = "@@V@@"

def place(template, value, **subs):
    t = template
    for k, v in subs.items():
        t = t.replace("@@%s@@" % k, v)
    if t.count(MARK) != 1:
        raise ValueError("template must hold exactly one value slot: %r" % template[:80])
    i = t.index(MARK)
    text = t[:i] + value + t[i + len(MARK):]
    return text, i, i + len(value)

def span_record(rid, typ, container, text, start, end, source):
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": text[start:end], "start": start, "end": end, "type": typ}],
            "source": source}

# ---------------------------------------------------------------- deny-list
SPARE_NAMES = {"oci": "Occitan", "lat": "Latin", "xho": "Xhosa", "kin": "Kinyarwanda",
               "mri": "Maori", "haw": "Hawaiian"}

def extract_denylist(folder):
    files = sorted(f for f in os.listdir(folder) if f.endswith(".md"))
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for f in files:
        txt = open(os.path.join(folder, f), encoding="utf-8").read()
        cands = set()
        for m in re.findall(r"`([^`\n]+)`", txt):
            cands.add(m.strip().lower())
        for m in re.findall(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", txt):
            cands.add(m.lower())
        for c in list(cands):
            for part in c.split("__"):
                if part:
                    cands.add(part)
        for c in list(cands):
            m = re.match(r"^[a-z]+pw_(.+)$", c)
            if m:
                cands.add(m.group(1))
                syntaxes.add(m.group(1).split("__")[0])
        names |= {c for c in cands if c}
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", txt):
            codes.add(code); lnames.add(name.lower())
            for w in re.split(r"[\s-]+", name.lower()):
                lnames.add(w)
        for blob in re.findall(r"spares unused: ([^)]*)\)", txt):
            for code in re.findall(r"`([a-z]{3})`", blob):
                codes.add(code)
                if code in SPARE_NAMES:
                    lnames.add(SPARE_NAMES[code].lower())
    # unused-tail syntaxes are listed without their prefix: keep them as syntaxes too
    for f in files:
        txt = open(os.path.join(folder, f), encoding="utf-8").read()
        for blob in re.findall(r"Positional passwords \d+ \(([^\n]*?)\)\. Prose", txt):
            for m in re.findall(r"`([a-z0-9_]+)`", blob):
                syntaxes.add(m)
    return {"source": files, "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}

def deny_hits(label, deny_names):
    """Return the parts of a label (whole and each __ part) found in the deny-list."""
    lab = label.lower()
    hits = []
    if lab in deny_names:
        hits.append(lab)
    for part in lab.split("__"):
        if part and part in deny_names and part not in hits:
            hits.append(part)
    return hits
