"""Shared helpers for corpus p165 (fire / EMS / dispatch developers).

Standard library only; every random choice goes through a random.Random
instance passed in by the caller (fixed seeds live in build.py)."""
import base64
import hashlib
import json
import os
import re
import string
import zlib

PREFIX = "p165"
PW_PREFIX = "frpw_"
MARK = "\u27e6V\u27e7"          # slot marker for the labelled value
ALNUM = string.ascii_letters + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
HEXD = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

# ---------------------------------------------------------------- words
FIRE_WORDS = [
    "halligan", "hydrant", "standpipe", "turnout", "nozzle", "pumper", "tanker",
    "ladder", "quint", "engine", "tiller", "pikepole", "airpack", "bunkergear",
    "firehouse", "callbox", "dispatch", "tailboard", "jumpseat", "siren",
    "rescue", "medic", "defib", "gurney", "backboard", "tourniquet", "triage",
    "mayday", "overhaul", "staging", "brushtruck", "foamline", "hoseline",
    "wye", "knoxbox", "thermalcam", "firepole", "bayfloor", "apparatus",
    "battalion", "redline", "scba", "cribbing", "rehab", "salvage", "smokehouse",
    "squadcar", "helmet", "axehead", "lifeline", "cistern", "deluge",
    "flashover", "watchdesk", "ambulance", "stretcher", "paramedic", "pulseox",
    "stokes", "ventline",
]
JOINERS_ALL = "-_.+"
JOINERS_SAFE = "-_."


class Registry:
    """Every labelled value, plain and evasion run is drawn through here.
    A value is refused if it is in a substring relation with an earlier one."""

    def __init__(self):
        self.values = []
        self.seen = set()

    def ok(self, v):
        if v in self.seen:
            return False
        for w in self.values:
            if v in w or w in v:
                return False
        return True

    def add(self, v):
        if not self.ok(v):
            raise ValueError("registry clash: %r" % v)
        self.values.append(v)
        self.seen.add(v)
        return v

    def draw(self, fn, *a):
        for _ in range(200):
            v = fn(*a)
            if self.ok(v):
                return self.add(v)
        raise RuntimeError("could not draw a fresh value")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, joiners=JOINERS_ALL, words=FIRE_WORDS):
    w = rng.choice(words)
    if rng.random() < 0.45:
        w = w.capitalize()
    mid = rstr(rng, LOWER_DIGITS, rng.randint(3, 6))
    return w + rng.choice(joiners) + mid + "%02d" % rng.randint(0, 99)


def hexs(rng, n):
    return rstr(rng, HEXD, n)


def b64(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(rng, nbytes):
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def uuid4(rng):
    h = list(hexs(rng, 32))
    h[12] = "4"
    h[16] = "89ab"[rng.randrange(4)]
    s = "".join(h)
    return "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])


def b64url_json(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(rng, payload, alg="HS256"):
    head = b64url_json({"alg": alg, "typ": "JWT"})
    body = b64url_json(payload)
    sig = b64url(rng, 32)
    return head + "." + body + "." + sig


def base62_crc32(s):
    n = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def github_token(rng, prefix):
    body = rstr(rng, ALNUM, 30)
    return prefix + body + base62_crc32(body)


def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


VIN_TRANS = {**{str(d): d for d in range(10)},
             "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
             "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
             "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng, wmi):
    body = wmi + rstr(rng, VIN_CHARS, 5) + "0" + rng.choice("LMNPRST") + rstr(rng, VIN_CHARS, 1) + rstr(rng, "0123456789", 6)
    total = sum(VIN_TRANS[c] * w for c, w in zip(body, VIN_WEIGHTS))
    chk = total % 11
    chk = "X" if chk == 10 else str(chk)
    return body[:8] + chk + body[9:]


def vin_valid(v):
    total = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_WEIGHTS))
    chk = total % 11
    return v[8] == ("X" if chk == 10 else str(chk))


def sha256_of(s):
    return hashlib.sha256(s.encode()).hexdigest()


def md5_of(s):
    return hashlib.md5(s.encode()).hexdigest()


# ---------------------------------------------------------------- key-name styles
def words_of(name):
    return [w for w in re.split(r"[_\s]+", name) if w]


def style(words, st):
    if st == "upper":
        return "_".join(w.upper() for w in words)
    if st == "snake":
        return "_".join(words)
    if st == "kebab":
        return "-".join(words)
    if st == "dot":
        return ".".join(words)
    if st == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if st == "pascal":
        return "".join(w.capitalize() for w in words)
    if st == "spaced":
        return " ".join(words)
    if st == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(st)


# ---------------------------------------------------------------- records
def span_record(rid, rtype, container, text, value, source):
    assert text.count(MARK) == 1, (rid, text)
    start = text.index(MARK)
    full = text.replace(MARK, value)
    return {
        "id": rid, "type": rtype, "container": container, "text": full,
        "secrets": [{"value": value, "start": start, "end": start + len(value), "type": rtype}],
        "source": source,
    }


def fill(tmpl, **kw):
    """Replace ⟦NAME⟧ slots (except ⟦V⟧) with keyword values."""
    out = tmpl
    for k, v in kw.items():
        out = out.replace("\u27e6" + k + "\u27e7", v)
    return out


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief165"
BRIEF_FILES = ["README_hundredsixtysecond.md", "README_hundredsixtythird.md"]


def extract_denylist(texts):
    names = set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            if not m:
                continue
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9])", t):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"[A-Za-z0-9]+(?:__[A-Za-z0-9_]+)+", t):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
    codes, lnames = set(), set()
    for t in texts:
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            codes.add(code)
            lnames.add(name.lower())
            for w in name.split():
                lnames.add(w.lower())
    syntaxes = set()
    for t in texts:
        for m in re.findall(r"`(?:hcpw|bkpw)_([a-z0-9_]+)`", t):
            syntaxes.add(m.split("__")[0])
    return {
        "names": sorted(names),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
        "earlier_syntaxes": sorted(syntaxes),
    }


def load_denylist(here):
    with open(os.path.join(here, "brief_names.json"), encoding="utf-8") as f:
        return json.load(f)


def deny_hit(name, deny_names):
    n = name.lower()
    if n in deny_names:
        return n
    for part in n.split("__"):
        if part in deny_names:
            return part
    return None
