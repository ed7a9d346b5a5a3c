"""Shared helpers for the p182 corpus (car-wash, auto-detailing and tyre-shop world).

Python 3 standard library only; every random choice goes through a random.Random
passed in by the caller (fixed seeds in build.py); no clock, no network.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = string.ascii_letters + string.digits + "-_"
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits

SLOT = "\uE000"  # value slot marker inside templates (never left in output)

# words of the car-wash / detailing / tyre-shop world for owner-chosen passwords
WORLD_WORDS = [
    "foamer", "chamois", "squeegee", "wheelbrush", "tyreshine", "undercoat", "ceramic",
    "carnauba", "polisher", "buffer", "claybar", "snowfoam", "presoak", "spotfree",
    "conveyor", "tunnel", "blower", "hubcap", "lugnut", "valvestem", "tread", "sidewall",
    "camber", "caster", "toein", "balancer", "rimclamp", "torque", "jackstand", "sealant",
    "detailer", "vacuum", "upholstery", "windscreen", "mudflap", "wheelarch", "tyrehotel",
    "winterset", "summerset", "aquaplane", "hydrophobic", "microfibre", "degreaser",
    "tarremover", "gantry", "rollover", "triplefoam", "rinsearch", "dryer", "mitter",
    "wraparound", "tirebead", "retread", "studless", "allseason", "lowprofile", "runflat",
    "tpms", "relearn", "alignment", "thrustangle", "kingpin", "wheelweight", "beadbreaker",
    "tyrechanger", "nitrogen", "inflator", "tokenbox", "paystation", "washclub",
    "platecam", "reclaim", "ozonator", "dosingpump", "bugoff", "waxglaze", "tiredressing",
]


def world_password(rng, joiners="-_.+~!"):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    mid = "".join(rng.choice(LOWER_ALNUM) for _ in range(rng.randint(3, 5)))
    return w + rng.choice(joiners) + mid + "%02d" % rng.randint(0, 99)


PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~!][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return s.upper() if upper else s


UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")


def uuid_is_v4(s):
    return s[14] == "4" and s[19].lower() in "89ab"


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_json(obj):
    return b64url_nopad(json.dumps(obj, separators=(",", ":")).encode())


def jwt_hs(rng, payload, header_extra=None, alg="HS256"):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    signing = b64url_json(header) + "." + b64url_json(payload)
    key = rbytes(rng, 32)  # discarded key
    dig = {"HS256": hashlib.sha256, "HS512": hashlib.sha512, "HS384": hashlib.sha384}[alg]
    sig = hmac.new(key, signing.encode(), dig).digest()
    return signing + "." + b64url_nopad(sig)


def jwt_asym(rng, payload, alg="ES256", kid=None, sig_len=64):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    return b64url_json(header) + "." + b64url_json(payload) + "." + b64url_nopad(rbytes(rng, sig_len))


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_parts_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(b64url_decode(parts[0]))
        p = json.loads(b64url_decode(parts[1]))
        return isinstance(h, dict) and isinstance(p, dict) and "alg" in h
    except Exception:
        return False


def base62_crc(body):
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    for _ in range(6):
        out = B62[n % 62] + out
        n //= 62
    return out


def gh_token(rng, prefix):
    body = prefix + rstr(rng, ALNUM, 30)
    return body + base62_crc(body[len(prefix):])


def gh_token_ok(tok, prefix):
    body = tok[len(prefix):]
    return tok.startswith(prefix) and len(body) == 36 and base62_crc(body[:30]) == body[30:]


def wireguard_private_key(rng):
    b = bytearray(rbytes(rng, 32))
    b[0] &= 248
    b[31] &= 127
    b[31] |= 64
    return b64(bytes(b))


def wireguard_key_ok(s):
    try:
        b = base64.b64decode(s, validate=True)
    except Exception:
        return False
    return len(b) == 32 and (b[0] & 7) == 0 and (b[31] & 128) == 0 and (b[31] & 64) == 64


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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def gs1_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def cas_number(rng):
    first = str(rng.randint(50, 99999))
    second = "%02d" % rng.randint(0, 99)
    digits = first + second
    chk = sum(int(d) * (i + 1) for i, d in enumerate(reversed(digits))) % 10
    return "%s-%s-%d" % (first, second, chk)


def cas_ok(cas):
    a, b, c = cas.split("-")
    digits = a + b
    return sum(int(d) * (i + 1) for i, d in enumerate(reversed(digits))) % 10 == int(c)


VIN_TRANS = {**{str(d): d for d in range(10)},
             "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
             "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
             "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng, wmi):
    body = wmi + rstr(rng, VIN_ALPHA, 5) + "0" + rstr(rng, "ABCDEFGHJKLMNPRSTVWXY123456789", 1) + rstr(rng, VIN_ALPHA, 1) + "%06d" % rng.randint(0, 999999)
    s = sum(VIN_TRANS[c] * w for c, w in zip(body, VIN_W)) % 11
    chk = "X" if s == 10 else str(s)
    return body[:8] + chk + body[9:]


def vin_ok(v):
    if len(v) != 17:
        return False
    s = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[8] == ("X" if s == 10 else str(s))


# ---------------------------------------------------------------- key styles
def key_style(words, style):
    w = [x for x in words]
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(x.lower() for x in w)
    if style == "camel":
        return w[0].lower() + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(x.lower() for x in w)
    if style == "dot":
        return ".".join(x.lower() for x in w)
    if style == "lower":
        return "".join(x.lower() for x in w)
    if style == "spaced":
        return " ".join(x.lower() for x in w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    if style == "screaming_kebab":
        return "-".join(x.upper() for x in w)
    raise ValueError(style)


# ---------------------------------------------------------------- registry
class Registry:
    """Every secret value, hidden password, evasion plain and run and every
    random public neighbour goes through here; a string in a substring relation
    with an earlier one is refused (the caller redraws)."""

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
        self.items.append(s)
        self._set.add(s)
        return s

    def draw(self, fn, *a, **kw):
        for _ in range(200):
            v = fn(*a, **kw)
            if self.ok(v):
                return self.add(v)
        raise RuntimeError("registry could not draw a fresh value")


def fill(template, value, **kw):
    """template uses «V» for the value slot and «name» for keyword slots."""
    t = template
    for k, v in kw.items():
        t = t.replace("«" + k + "»", v)
    assert t.count("«V»") == 1, template
    i = t.index("«V»")
    text = t[:i] + value + t[i + 3:]
    assert "«" not in text and "»" not in text, template
    return text, i, i + len(value)


def span_record(rid, typ, container, text, start, end, source):
    value = text[start:end]
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": end, "type": typ}],
            "source": source}


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief182"
BRIEF_FILES = ["README_hundredseventyninth.md", "README_hundredeightieth.md"]
SNAKE_RE = re.compile(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+")
BACKTICK_RE = re.compile(r"`([^`\n]+)`")
LANG_RE = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
PW_PREFIX_RE = re.compile(r"^[a-z]+pw_")


def extract_denylist(brief_dir=BRIEF_DIR):
    names = set()
    syntaxes = set()
    codes = set()
    lang_names = set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        found = [m.group(1) for m in BACKTICK_RE.finditer(txt)] + [m.group(0) for m in SNAKE_RE.finditer(txt)]
        for raw in found:
            n = raw.strip().lower()
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
                    m = PW_PREFIX_RE.match(part)
                    if m and len(part) > len(m.group(0)):
                        syntaxes.add(part[len(m.group(0)):])
        for m in LANG_RE.finditer(txt):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lang_names.add(nm)
            for w in re.split(r"[\s/,()-]+", nm):
                if len(w) > 2:
                    lang_names.add(w)
        # spare lists like "(spares unused: `cym` (Welsh), ...)" are covered by LANG_RE
    return {"source": brief_dir + " (" + ", ".join(BRIEF_FILES) + ")",
            "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lang_names)}


def dump_json(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
