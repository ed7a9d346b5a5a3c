"""Shared helpers for the p170 corpus (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = string.ascii_letters + string.digits + "-_"
SLOT = "\u27ea V \u27eb"          # slot marker, never left in a text

# Words of the locksmith / safe / access-control world used for owner-chosen passwords.
WORDS = [
    "deadbolt", "mortise", "tumbler", "keyway", "bitting", "shearline", "cylinder", "padlock",
    "latchbolt", "rekey", "masterpin", "driverpin", "sidebar", "transponder", "lockbox",
    "keysafe", "dialring", "relocker", "boltwork", "hasp", "escutcheon", "tailpiece",
    "deadlatch", "cremone", "keyblank", "impression", "thumbturn", "spindle", "rosette",
    "strikeplate", "coreplug", "wafer", "dimple", "tubular", "codecutter", "keymachine",
    "changekey", "grandmaster", "lockout", "keyfob", "immobiliser", "pinkit", "follower",
    "cam", "shackle", "hardplate", "combodial", "timelock", "lockbolt", "panicbar",
]
PW_RE = re.compile(r"^[A-Za-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$")
PW_RE_PROSE = re.compile(r"^[A-Za-z]+[-_.][a-z0-9]{3,6}[0-9]{2}$")
UUID4_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def owner_password(r, joiners="-_.+~"):
    w = r.choice(WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice(joiners) + rs(r, LOWER + DIGITS, r.randint(3, 6)) + rs(r, DIGITS, 2)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def uuid4(r):
    b = bytearray(rbytes(r, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def is_uuid4(s):
    return bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", s))


def jwt(r, payload, alg="HS256", kid=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    msg = (h + "." + p).encode()
    if alg == "HS256":
        sig = hmac.new(rbytes(r, 32), msg, hashlib.sha256).digest()
    else:  # RS256-shaped: 256 random signature bytes (no private key is made)
        sig = rbytes(r, 256)
    return h + "." + p + "." + b64url(sig)


def jwt_ok(s):
    parts = s.split(".")
    if len(parts) != 3:
        return False
    try:
        for part in parts[:2]:
            json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)).decode())
    except Exception:
        return False
    return True


def base62_encode(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def gh_style_token(r, prefix, body_len=30):
    body = rs(r, ALNUM, body_len)
    return prefix + body + base62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_style_ok(tok, prefix):
    body = tok[len(prefix):-6]
    return tok[-6:] == base62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


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


def gs1_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


VIN_TRANS = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(r, wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = wmi + rs(r, chars, 5) + "0" + rs(r, "ABCDEFGHJKLMNPRSTVWXY123456789", 1) + rs(r, chars, 1) + rs(r, DIGITS, 6)
    s = sum(VIN_TRANS[c] * w for c, w in zip(body, VIN_W)) % 11
    cd = "X" if s == 10 else str(s)
    return body[:8] + cd + body[9:]


def vin_ok(v):
    s = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[8] == ("X" if s == 10 else str(s))


# ----------------------------------------------------------------------------- key-name styles
def style_key(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "train":
        return "-".join(x.capitalize() for x in w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.upper() if len(x) <= 4 and x in ("db", "api", "osdp", "jwt", "id") else x.capitalize() for x in w)
    raise ValueError(style)


# ----------------------------------------------------------------------------- registry
class Registry:
    """Every value, plain and run is drawn through here; refuses any substring relation."""

    def __init__(self):
        self.items = []

    def ok(self, s):
        for t in self.items:
            if s in t or t in s:
                return False
        return True

    def take(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.ok(v):
                self.items.append(v)
                return v
        raise RuntimeError("registry could not draw a fresh value")


def place(tpl, value):
    """Replace the single slot in tpl by value; return (text, start, end)."""
    if tpl.count(SLOT) != 1:
        raise ValueError("template must hold exactly one slot: " + tpl[:80])
    start = tpl.index(SLOT)
    text = tpl.replace(SLOT, value)
    return text, start, start + len(value)


def pos_record(rid, typ, container, tpl, value, source):
    text, s, e = place(tpl, value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": source}


# ----------------------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief170"
BRIEF_FILES = ["README_hundredsixtyseventh.md", "README_hundredsixtyeighth.md"]
SPARE_NAMES = {"isl": "Icelandic", "cym": "Welsh", "amh": "Amharic", "som": "Somali",
               "gle": "Irish", "mlt": "Maltese"}


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()

    def add(n):
        n = n.strip().lower()
        if not n:
            return
        for cand in {n, n.strip("_")}:
            if not cand:
                continue
            names.add(cand)
            for part in cand.split("__"):
                if part:
                    names.add(part)
            m = re.match(r"^[a-z]+pw_(.+)$", cand)
            if m:
                names.add(m.group(1))
                syntaxes.add(m.group(1).split("__")[0])
                for part in m.group(1).split("__"):
                    names.add(part)

    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            txt = fh.read()
        for m in re.findall(r"`([^`\n]+)`", txt):
            add(m)
        for m in re.findall(r"[A-Za-z0-9_]+", txt):
            if "_" in m.strip("_") and re.search(r"[A-Za-z0-9]", m):
                add(m)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", txt):
            codes.add(code)
            lnames.add(name.lower())
            for w in re.split(r"[\s-]+", name.lower()):
                lnames.add(w)
        for line in txt.splitlines():
            if "spare" in line.lower():
                for code in re.findall(r"`([a-z]{3})`", line[line.lower().index("spare"):]):
                    codes.add(code)
                    if code in SPARE_NAMES:
                        lnames.add(SPARE_NAMES[code].lower())
    return {"source": BRIEF_FILES, "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def denied(name, deny_names):
    n = name.lower()
    if n in deny_names:
        return True
    return any(p in deny_names for p in n.split("__") if p)
