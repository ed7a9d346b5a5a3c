"""Shared helpers for corpus p209 (standard library only)."""
import base64, hashlib, hmac, json, os, re, string, uuid, zlib

PREFIX = "p209"
BRIEF_DIR = "/tmp/brief209"
BRIEF_FILES = ["README_twohundredsixth.md", "README_twohundredseventh.md"]

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(bytes=rbytes(rng, 16), version=4))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64std(b):
    return base64.b64encode(b).decode()


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def jwt(rng, header, payload, sigbytes=None, key=None):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    msg = (h + "." + p).encode()
    if key is not None:
        alg = header["alg"]
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(key, msg, dig).digest()
    else:
        sig = rbytes(rng, sigbytes)
    return h + "." + p + "." + b64url_nopad(sig)


def luhn_digit(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


ISO7064_ALPHA = DIGITS + UPPER  # 36 symbols


def iso7064_mod37_36(body):
    """ISO/IEC 7064 MOD 37,36 hybrid check character over 0-9A-Z."""
    m = 36
    p = m
    for c in body:
        s = (p + ISO7064_ALPHA.index(c)) % m
        if s == 0:
            s = m
        p = (2 * s) % (m + 1)
    return ISO7064_ALPHA[(m + 1 - p) % m]


def iso7064_ok(code):
    m = 36
    p = m
    for c in code[:-1]:
        s = (p + ISO7064_ALPHA.index(c)) % m
        if s == 0:
            s = m
        p = (2 * s) % (m + 1)
    return (p + ISO7064_ALPHA.index(code[-1])) % m == 1


def gtin_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


# ------------------------------------------------------------------ passwords
WORLD_WORDS = [
    "digitizer", "flexcable", "backglass", "taptic", "faceid", "touchid", "chargeport", "lightning",
    "usbc", "battery", "swollen", "bezel", "midframe", "oleda", "incell", "softoled", "lcdpanel",
    "earpiece", "loudspeaker", "vibrator", "simtray", "logicboard", "motherboard", "reflow", "rework",
    "microsolder", "jumper", "heatgun", "spudger", "pentalobe", "tristar", "tigris", "baseband",
    "imei", "meid", "bootloop", "recovery", "dfumode", "fastboot", "odin", "frp", "icloud", "activation",
    "blacklist", "carrier", "unlocked", "refurb", "gradea", "gradeb", "pristine", "buyback", "tradein",
    "resale", "warranty", "rma", "triage", "diagnostic", "intake", "bench", "workbench", "esdmat",
    "antistatic", "tweezers", "loupe", "microscope", "ultrasonic", "isopropyl", "flux", "solder",
    "hotplate", "separator", "laminator", "ocaglue", "b7000", "adhesive", "gasket", "shredder",
    "degausser", "wipe", "nwipe", "sanitize", "weee", "ewaste", "recycler", "palletise", "cullet",
    "harddrive", "ssdcaddy", "nvme", "chromebook", "thinkpad", "macbook", "ipad", "pixel", "galaxy",
    "handset", "powerbank", "charger", "cable", "stocktake", "grading", "scratch", "deadpixel",
    "burnin", "ghosttouch", "waterdamage", "corrosion", "camera", "lensring", "housing", "screwkit",
    "kiosk", "counter", "repairbay",
]
JOINERS_ALL = "-_.+!~"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z0-9]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z0-9]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w[0].upper() + w[1:]
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_ALL)
    return w + j + rs(rng, LOWALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)


# ------------------------------------------------------------------ registry
class Registry:
    """Refuses repeats and any 6+ char substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        for t in self.items:
            if len(s) >= 6 and len(t) >= 6 and (s in t or t in s):
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            raise ValueError("registry refused " + s)
        self.items.append(s)
        self.set.add(s)
        return s

    def draw(self, fn):
        for _ in range(1000):
            s = fn()
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry could not draw")


# ------------------------------------------------------------------ key styles
def style_key(words, style):
    """words: list of lower-case words -> key in a case style."""
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


# ------------------------------------------------------------------ deny-list
def extract_denylist(brief_dir=BRIEF_DIR, files=BRIEF_FILES):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in files:
        text = open(os.path.join(brief_dir, fn), encoding="utf-8").read()
        toks = []
        for m in re.findall(r"`([^`\n]+)`", text):
            toks.append(m.strip().lower())
        for m in re.findall(r"[A-Za-z0-9_]*_[A-Za-z0-9_]*", text):
            m = m.strip("_").lower()
            if m and re.search(r"[a-z]", m):
                toks.append(m)
        for t in toks:
            if not t:
                continue
            names.add(t)
            for part in t.split("__"):
                if part:
                    names.add(part)
        for t in list(names):
            m = re.match(r"^[a-z]+pw_(.+)$", t)
            if m:
                syntaxes.add(m.group(1))
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)`]+)\)", text):
            codes.add(code.lower())
            lnames.add(name.lower())
            for w in re.split(r"[\s,]+", name.lower()):
                if w:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": list(files),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def deny_hits(name, deny):
    """Return list of offending parts of name (case-insensitive, whole and each __ part)."""
    nm = set(deny["names"]) | set(deny["syntaxes"])
    out = []
    low = name.lower()
    for p in [low] + low.split("__"):
        if p in nm:
            out.append(p)
    return out


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
