"""Shared helpers for the p171 corpus (pool-service, aquatic-centre and water-park world).

Standard library only; every random choice goes through a seeded random.Random.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import uuid
import zlib

MARK = "\u27e6V\u27e7"  # slot marker, never left in a text
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
LOWNUM = LOWER + DIGITS
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"

# words of the pool / aquatic / water-park world for owner-chosen passwords
POOL_WORDS = [
    "chlorine", "skimmer", "backwash", "lifeguard", "lapsplash", "waveRider", "flume",
    "diatom", "sandfilter", "impeller", "turnover", "shallowend", "deepend", "kickboard",
    "noodle", "rescuetube", "whistle", "lanerope", "backstroke", "butterfly", "freestyle",
    "breaststroke", "lazyriver", "splashpad", "cannonball", "bromine", "muriatic", "cyanuric",
    "saltcell", "heatpump", "poolvac", "leafnet", "pooldeck", "coping", "plaster", "tilebead",
    "divingboard", "starblock", "touchpad", "flipturn", "wavepool", "tubeslide", "bodyslide",
    "wristband", "cabana", "poolside", "aquafit", "snorkel", "goggles", "swimcap",
]
POOL_WORDS = [w.lower() for w in POOL_WORDS]
OWNER_PW_RE = re.compile(r"^[A-Za-z]+[-_.+][a-z0-9]{3,5}[0-9]{2}$")


class Registry:
    """Every value / plain / run / public neighbour goes through here; refuses any string
    in a substring relation with an earlier one."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, v):
        if v in self.set:
            return False
        for o in self.items:
            if v in o or o in v:
                return False
        return True

    def add(self, v):
        if not self.ok(v):
            return False
        self.items.append(v)
        self.set.add(v)
        return True

    def draw(self, fn, *a, **k):
        for _ in range(200):
            v = fn(*a, **k)
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_pw(rng, joiners="-_.+"):
    w = rng.choice(POOL_WORDS)
    if rng.random() < 0.45:
        w = w[0].upper() + w[1:]
    return w + rng.choice(joiners) + rs(rng, LOWNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(rng, n):
    return base64.b64encode(rbytes(rng, n)).decode()


def b64url(rng, n):
    return base64.urlsafe_b64encode(rbytes(rng, n)).decode().rstrip("=")


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt_hs256(rng, payload, key=None):
    header = {"alg": "HS256", "typ": "JWT"}
    h = b64url_json(header)
    p = b64url_json(payload)
    key = key or rbytes(rng, 32)
    sig = base64.urlsafe_b64encode(hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()).decode().rstrip("=")
    return h + "." + p + "." + sig


def jwt_shaped(rng, header, payload, siglen=342):
    return b64url_json(header) + "." + b64url_json(payload) + "." + rs(rng, B64URL, siglen)


BASE62 = DIGITS + UPPER + LOWER


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix, body_len=30):
    body = rs(rng, ALNUM, body_len)
    return prefix + body + base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_token_ok(tok, prefix):
    body = tok[len(prefix):-6]
    return base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == tok[-6:]


def split_words(name):
    return [w for w in re.split(r"[_\s]+", name) if w]


def keyname(words, style):
    ws = [w.lower() for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in ws)
    if style == "snake":
        return "_".join(ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "dot":
        return ".".join(ws)
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    if style == "train":
        return "-".join(w.capitalize() for w in ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "title":
        return " ".join(w.capitalize() for w in ws)
    raise ValueError(style)


def place(text, value):
    """Replace the single slot marker with value; return (text, start, end)."""
    if text.count(MARK) != 1:
        raise ValueError("template must hold exactly one slot marker: %r" % text[:80])
    start = text.index(MARK)
    out = text.replace(MARK, value)
    return out, start, start + len(value)


def rec(rid, typ, container, text_with_mark, value, source):
    text, s, e = place(text_with_mark, value)
    return {
        "id": rid,
        "type": typ,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": s, "end": e, "type": typ}],
        "source": source,
    }


# ---------------------------------------------------------------- deny-list
LANG_PAIR_RE = re.compile(r"`([a-z]{3})` \(([^)]+)\)")


def extract_denylist(brief_dir):
    names, langs_codes, langs_names = set(), set(), set()
    files = sorted(f for f in os.listdir(brief_dir) if f.endswith(".md"))
    for fn in files:
        txt = open(os.path.join(brief_dir, fn), encoding="utf-8").read()
        cands = set()
        for m in re.finditer(r"`([^`\n]+)`", txt):
            cands.add(m.group(1).strip().lower())
        for m in re.finditer(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9])", txt):
            cands.add(m.group(0).lower())
        for c in list(cands):
            parts = [c] + c.split("__")
            for p in parts:
                p = p.strip()
                if not p:
                    continue
                names.add(p)
                m = re.match(r"^[a-z]+pw_(.+)$", p)
                if m:
                    names.add(m.group(1))
        for m in LANG_PAIR_RE.finditer(txt):
            langs_codes.add(m.group(1))
            nm = m.group(2).lower()
            langs_names.add(nm)
            for w in re.split(r"[\s\-/]+", nm):
                if w:
                    langs_names.add(w)
        # spare / unused language codes named on prose lines
        for line in txt.splitlines():
            if re.search(r"(?i)spare|prose", line):
                for m in re.finditer(r"`([a-z]{3})`", line):
                    langs_codes.add(m.group(1))
    return {
        "source": files,
        "names": sorted(names),
        "language_codes": sorted(langs_codes),
        "language_names": sorted(langs_names),
    }


def denied(name, deny):
    """True if name or any __ part is on the deny-list (case-insensitive)."""
    names = deny["_nameset"] if "_nameset" in deny else set(deny["names"])
    n = name.lower()
    parts = [n] + n.split("__")
    for p in parts:
        if p in names:
            return True
        m = re.match(r"^[a-z]+pw_(.+)$", p)
        if m and m.group(1) in names:
            return True
    return False


def lang_denied(code, name, deny):
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    if code.lower() in codes or code.lower() in lnames:
        return True
    if name.lower() in lnames:
        return True
    for w in re.split(r"[\s\-/]+", name.lower()):
        if w and w in lnames:
            return True
    return False
