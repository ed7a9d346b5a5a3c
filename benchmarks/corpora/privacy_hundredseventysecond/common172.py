"""Shared helpers for the p172 corpus (driving-school / traffic-school / licensing-test world).

Standard library only.  Everything random goes through an explicit random.Random.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import uuid

PREFIX = "p172"
SLOT = "\u27e6V\u27e7"          # ⟦V⟧ marks where the labelled value goes in a template
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
LOWD = string.ascii_lowercase + string.digits

# Words of the driving-school world for owner-chosen passwords.
DRIVE_WORDS = [
    "clutch", "mirror", "handbrake", "roundabout", "overtake", "indicator", "gearstick",
    "learner", "dualcontrol", "theory", "junction", "crossroads", "tailgate", "steering",
    "odometer", "kerbside", "brakepad", "throttle", "wiper", "headlamp", "seatbelt",
    "ignition", "speedo", "chevron", "zebra", "pelican", "toucan", "hillstart",
    "blindspot", "roadtest", "footbrake", "gearbox", "dipstick", "flyover", "layby",
    "sliproad", "dashcam", "examiner", "permit", "provisional", "parking", "threepoint",
    "manoeuvre", "motorway", "foglight", "wheelspin", "tachometer", "carburettor",
]
JOINERS_ALL = "-_.+~"
JOINERS_SAFE = "-_."

OWNER_PW_RE = re.compile(r"^[A-Za-z]+[-_.+~][a-z0-9]{3,5}[0-9]{2}$")
OWNER_PW_SAFE_RE = re.compile(r"^[A-Za-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


class Registry:
    """Refuses any string in a substring relation with an earlier registered one."""

    def __init__(self):
        self.items = []
        self._set = set()

    def ok(self, s):
        if s in self._set:
            return False
        for t in self.items:
            if s in t or t in s:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            raise ValueError("registry clash: %r" % s)
        self.items.append(s)
        self._set.add(s)
        return s

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry: could not draw a fresh value")


# ---------------------------------------------------------------- random shapes
def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62(rng, n):
    return rs(rng, B62, n)


def hexl(rng, n):
    return rs(rng, HEXL, n)


def hexu(rng, n):
    return rs(rng, HEXU, n)


def lowd(rng, n):
    return rs(rng, LOWD, n)


def digits(rng, n):
    return rs(rng, string.digits, n)


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(rng, nbytes):
    return base64.b64encode(rbytes(rng, nbytes)).decode()


def b64url(rng, nbytes, pad=False):
    s = base64.urlsafe_b64encode(rbytes(rng, nbytes)).decode()
    return s if pad else s.rstrip("=")


def uuid4(rng):
    return str(uuid.UUID(bytes=rbytes(rng, 16), version=4))


def b64url_json(obj):
    raw = json.dumps(obj, separators=(",", ":"), sort_keys=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt_hs256(rng, payload, key=None):
    head = b64url_json({"alg": "HS256", "typ": "JWT"})
    body = b64url_json(payload)
    key = key or rbytes(rng, 32)
    sig = hmac.new(key, (head + "." + body).encode(), hashlib.sha256).digest()
    return head + "." + body + "." + base64.urlsafe_b64encode(sig).decode().rstrip("=")


def owner_pw(rng, safe=False, word=None):
    w = word or rng.choice(DRIVE_WORDS)
    if rng.random() < 0.45:
        w = w[0].upper() + w[1:]
    j = rng.choice(JOINERS_SAFE if safe else JOINERS_ALL)
    mid = lowd(rng, rng.randint(3, 5))
    return w + j + mid + digits(rng, 2)


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng):
    s = list(rs(rng, VIN_CHARS, 17))
    s[9] = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
    tot = sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W))
    r = tot % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)


def vin_ok(v):
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    r = tot % 11
    return v[8] == ("X" if r == 10 else str(r))


# ---------------------------------------------------------------- key styles
def words_of(name):
    return [w for w in re.split(r"[_\s]+", name) if w]


def keyname(name, style):
    w = words_of(name)
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
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    raise ValueError(style)


# ---------------------------------------------------------------- records
def fill(template, value):
    """Put value into the single slot of template; return (text, start, end)."""
    if template.count(SLOT) != 1:
        raise ValueError("template must hold exactly one slot: %r" % template[:80])
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


def positive(rid, typ, container, template, value, source):
    text, s, e = fill(template, value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ}],
            "source": source}


# ---------------------------------------------------------------- deny-list
LANG_PAIR_RE = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
SPARE_NAMES = {"isl": "Icelandic", "cym": "Welsh", "amh": "Amharic", "som": "Somali",
               "mlt": "Maltese", "sqi": "Albanian", "xho": "Xhosa"}
PROSE_LANG_NAMES = ["English", "German"]


def _add_name(names, s):
    s = s.strip().lower()
    if not s:
        return
    names.add(s)
    for part in s.split("__"):
        part = part.strip("_ ")
        if part:
            names.add(part)
            stripped = re.sub(r"^[a-z]+pw_", "", part)
            if stripped != part and stripped:
                names.add(stripped)
    stripped = re.sub(r"^[a-z]+pw_", "", s)
    if stripped != s and stripped:
        names.add(stripped)


def extract_denylist(texts):
    names = set()
    codes = set()
    lnames = set()
    for t in texts:
        for m in re.finditer(r"`([^`\n]+)`", t):
            _add_name(names, m.group(1))
        for m in re.finditer(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_{1,2}[A-Za-z0-9]+)+(?![A-Za-z0-9_])", t):
            _add_name(names, m.group(0))
        for m in LANG_PAIR_RE.finditer(t):
            codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s-]+", nm):
                lnames.add(w)
        for line in t.splitlines():
            if "spare" in line.lower():
                for m in re.finditer(r"spares?[^`]{0,40}((?:`[a-z]{3}`[,;]?\s*)+)", line):
                    for c in re.findall(r"`([a-z]{3})`", m.group(1)):
                        codes.add(c)
                        if c in SPARE_NAMES:
                            lnames.add(SPARE_NAMES[c].lower())
    for n in PROSE_LANG_NAMES:
        lnames.add(n.lower())
    return {"names": sorted(names), "language_codes": sorted(codes),
            "language_names": sorted(lnames)}


def name_hits(label, deny_names):
    """Return the deny-listed pieces of a label (whole or any __ part)."""
    hits = []
    low = label.lower()
    cands = [low] + [p.strip("_") for p in low.split("__") if p.strip("_")]
    for c in cands:
        if c in deny_names:
            hits.append(c)
    return hits


def lang_hits(code, name, deny):
    hits = []
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    if code.lower() in codes or code.lower() in lnames or code.lower() in set(deny["names"]):
        hits.append(code)
    nm = name.lower()
    if nm in lnames:
        hits.append(name)
    for w in re.split(r"[\s-]+", nm):
        if w in lnames:
            hits.append(w)
    return hits


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
