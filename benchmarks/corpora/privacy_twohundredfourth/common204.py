"""Shared helpers for the p204 corpus (standard library only)."""
import base64
import hashlib
import hmac
import json
import os
import re
import uuid
import zlib

PREFIX = "p204"
MARK = "\x00"  # slot marker inside templates, replaced by the value

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = B62
LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz"
UPPER_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
HEX = "0123456789abcdef"
B64URL = B62 + "-_"
B64STD = B62 + "+/"
LETTERS = "abcdefghijklmnopqrstuvwxyz"

# Words of the ferry / water-taxi / harbour-pilot world (owner-chosen passwords)
WORDS = """ferry slipway bollard gangway hawser capstan windlass linkspan pontoon quayside
harbour lighthouse buoy beacon mooring cleat fender sternramp bowvisor tiller rudder keel
ballast bilge galley wheelhouse helm compass sextant chart springtide neaptide ebbtide
floodtide slackwater swell breakwater jetty wharf marina sluice lifejacket liferaft muster
lookout deckhand bosun purser skipper pilotladder launch tender watertaxi crossing sailing
manifest foredeck afterdeck starboard portside leeward windward fathom anchor shackle davit
lifeboat radar sounding draught freeboard plimsoll bulkhead hatch porthole pennant ensign
headland estuary causeway ferryman boatyard drydock laybay kelp puffin gannet cormorant
seagull hovercraft catamaran roro cardeck carferry gunwale transom sternway headway
bowline clovehitch fairlead warp springline moorline tidegauge leadline kedge""".split()

STRICT_JOIN = "-_."
LOOSE_JOIN = "-_.+!~"
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(bytes=rbytes(rng, 16), version=4))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def b62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc32_b62(body):
    return b62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def jwt(rng, header, payload, alg_key=None, sig_len=None):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    si = (h + "." + p).encode()
    if alg_key is not None:
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[header["alg"]]
        sig = hmac.new(alg_key, si, dig).digest()
    else:
        sig = rbytes(rng, sig_len)
    return h + "." + p + "." + b64u(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "ES384": 96,
               "ES512": 132, "EdDSA": 64, "PS256": 256}


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        pad = lambda x: x + "=" * (-len(x) % 4)
        hd = json.loads(base64.urlsafe_b64decode(pad(h)))
        json.loads(base64.urlsafe_b64decode(pad(p)))
        sig = base64.urlsafe_b64decode(pad(s))
        return len(sig) == JWT_SIG_LEN.get(hd.get("alg"), -1)
    except Exception:
        return False


def password(rng, strict=False):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(STRICT_JOIN if strict else LOOSE_JOIN)
    mid = rs(rng, LOWER_ALNUM, rng.randint(3, 5))
    return w + j + mid + rs(rng, "0123456789", 2)


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


CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CROCKFORD_CHECK = CROCKFORD + "*~$=U"


def crockford_check(body):
    n = 0
    for ch in body:
        n = n * 32 + CROCKFORD.index(ch)
    return CROCKFORD_CHECK[n % 37]


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ character substring relation with earlier strings."""

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
            raise ValueError("registry clash: %r" % s)
        self.seen.add(s)
        self.items.append(s)
        return s

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.ok(v):
                return self.add(v)
        raise RuntimeError("registry could not draw a fresh value")


def place(template, value):
    """Replace the single slot marker by value; return (text, start, end)."""
    if template.count(MARK) != 1:
        raise ValueError("template needs exactly one marker: %r" % template[:80])
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def record(rid, typ, container, template, value, source, **extra):
    text, s, e = place(template, value)
    span = {"value": value, "start": s, "end": e, "type": typ}
    span.update(extra.pop("span_extra", {}))
    rec = {"id": rid, "type": typ, "container": container}
    rec.update(extra)
    rec["text"] = text
    rec["secrets"] = [span]
    rec["source"] = source
    return rec


def dumps_jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief204"
BRIEF_FILES = ["README_twohundredsecond.md", "README_twohundredth.md"]


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            txt = fh.read()
        found = [m.strip().lower() for m in re.findall(r"`([^`\n]+)`", txt)]
        found += re.findall(r"[a-z0-9]+(?:_+[a-z0-9]+)+", txt.lower())
        for n in found:
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for n in list(names):
            m = re.match(r"^[a-z]+pw_(.+)$", n)
            if m:
                syntaxes.add(m.group(1))
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", txt):
            codes.add(code.lower())
            lnames.add(name.lower())
            for w in re.split(r"[^\w]+", name.lower()):
                if w:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def name_parts(name):
    n = name.lower()
    return [n] + [p for p in n.split("__") if p]
