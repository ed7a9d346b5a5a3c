"""Shared helpers for the p180 corpus (bicycle-shop, bike-repair and cycling-club developers).

Python 3 standard library only; every random choice goes through a random.Random passed in.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import uuid

PREFIX = "p180"
BRIEF_DIR = "/tmp/brief180"
BRIEF_FILES = ("README_hundredseventyseventh.md", "README_hundredseventyeighth.md")

B62 = string.digits + string.ascii_letters
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
B64STD = string.ascii_letters + string.digits + "+/"

# words of the cycling world used for owner-chosen passwords
BIKE_WORDS = [
    "derailleur", "cassette", "chainring", "sprocket", "spoke", "crankset", "headset",
    "dropout", "seatpost", "saddle", "cleat", "peloton", "domestique", "echelon", "bidon",
    "musette", "criterium", "gravel", "singletrack", "cadence", "tubeless", "presta",
    "schrader", "freehub", "pawl", "chainstay", "seatstay", "toptube", "steerer",
    "handlebar", "brifter", "caliper", "rotor", "hubshell", "rimtape", "knobby", "fixie",
    "tandem", "velodrome", "sprinter", "climber", "switchback", "berm", "drivetrain",
    "quickrelease", "thruaxle", "bartape", "jockeywheel", "gruppo", "lugs", "fillet",
    "trueing", "dishing", "tensioner", "derby", "randonneur", "audax", "brevet", "velo",
    "cyclocross", "fatbike", "bmx", "roadie", "wheelie", "bunnyhop", "drafting", "paceline",
    "cobbles", "kermesse", "keirin", "madison", "omnium", "sportive", "gran",
]
SAFE_JOINERS = "-_."
EVERYDAY_JOINERS = "-_.+!"
PASSWORD_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PASSWORD_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rand_str(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rand_hex(rng, n, upper=False):
    s = rand_str(rng, HEX, n)
    return s.upper() if upper else s


def rand_bytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(bytes=rand_bytes(rng, 16), version=4))


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def owner_password(rng, strict=False):
    w = rng.choice(BIKE_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(SAFE_JOINERS if strict else EVERYDAY_JOINERS)
    mid = rand_str(rng, LOWER_ALNUM, rng.randint(3, 5))
    return w + j + mid + "%02d" % rng.randrange(100)


def jwt_hs256(rng, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rand_bytes(rng, 32)  # thrown away
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_random_sig(rng, payload, header, nsig):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rand_bytes(rng, nsig))


def b62_encode_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_style_token(rng, prefix):
    body = rand_str(rng, B62, 30)
    import zlib
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62_encode_int(crc, 6)


# ---------------------------------------------------------------- key styles
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
    if style == "dot":
        return ".".join(w)
    if style == "kebab":
        return "-".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    if style == "config_upper":
        return "CONFIG_" + "_".join(x.upper() for x in w)
    if style == "colon_pascal":
        return w[0].capitalize() + ":" + "".join(x.capitalize() for x in w[1:])
    if style == "puppet_snake":
        return "bikeshop::" + "_".join(w)
    raise ValueError(style)


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses any string that is in a substring relation with an earlier one."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if not s or s in self.set:
            return False
        for t in self.items:
            if s in t or t in s:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            raise ValueError("registry clash")
        self.items.append(s)
        self.set.add(s)

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.ok(v):
                self.add(v)
                return v
        raise RuntimeError("registry: could not draw a fresh value")


def place(template, value, fill=None):
    """template contains exactly one {V}; other {X} tokens are filled from fill (dict)."""
    t = template
    for k, v in (fill or {}).items():
        t = t.replace("{" + k + "}", v)
    parts = t.split("{V}")
    if len(parts) != 2:
        raise ValueError("template must hold exactly one {V}: %r" % template[:80])
    text = parts[0] + value + parts[1]
    return text, len(parts[0]), len(parts[0]) + len(value)


def record(rid, rtype, container, text, start, end, source):
    return {
        "id": rid, "type": rtype, "container": container, "text": text,
        "secrets": [{"value": text[start:end], "start": start, "end": end, "type": rtype}],
        "source": source,
    }


# ---------------------------------------------------------------- deny-list
def extract_denylist(brief_dir=BRIEF_DIR):
    names, codes, lnames = set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            text = f.read()
        cands = set()
        for m in re.findall(r"`([^`\n]+)`", text):
            cands.add(m.strip().lower())
        for m in re.findall(r"\b[a-z0-9]+(?:_+[a-z0-9]+)+\b", text.lower()):
            cands.add(m)
        for c in list(cands):
            if not c:
                continue
            names.add(c)
            for part in c.split("__"):
                if part:
                    names.add(part)
                    m = re.match(r"^[a-z]+pw_(.+)$", part)
                    if m:
                        names.add(m.group(1))
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", text):
            codes.add(code)
            lnames.add(name.lower())
            for w in re.split(r"[\s-]+", name.lower()):
                if w:
                    lnames.add(w)
        for block in re.findall(r"spares unused: ([^)]*\))", text):
            for code in re.findall(r"`([a-z]{3})`", block):
                codes.add(code)
    return {
        "source": "backticked names and snake_case identifiers of %s (lower-cased, also split at '__', "
                  "also with an earlier '<letters>pw_' prefix stripped); language codes of every `code` (Name) "
                  "pair and of the spare lists; language names and name words" % ", ".join(BRIEF_FILES),
        "names": sorted(names),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def denied(name, deny):
    n = name.lower()
    names = deny["_nameset"] if "_nameset" in deny else set(deny["names"])
    if n in names:
        return True
    for part in n.split("__"):
        if part in names:
            return True
    return False
