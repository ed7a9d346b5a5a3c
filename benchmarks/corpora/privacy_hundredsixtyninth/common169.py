"""Shared helpers for the p169 corpus (golf-course, country-club and tee-time booking developers).

Python 3 standard library only; every random draw goes through a random.Random passed in.
"""
import base64
import hashlib
import hmac
import json
import re
import string

MARK = "\u00abV\u00bb"  # «V» slot marker, replaced by the value

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"

GOLF_WORDS = [
    "fairway", "bunker", "birdie", "mulligan", "divot", "niblick", "putter", "wedge",
    "albatross", "bogey", "caddie", "clubhouse", "dogleg", "fescue", "bentgrass", "teebox",
    "backspin", "flagstick", "pitchmark", "sandtrap", "links", "eagle", "condor", "handicap",
    "scorecard", "yardage", "stimpmeter", "chipshot", "hosel", "greenside", "mashie", "spoon",
    "brassie", "foursome", "gimme", "shotgun", "hazard", "roughcut", "aeration", "topdress",
    "ballmark", "halfway", "starter", "marshal", "bagdrop", "drivingrange", "pinsheet", "holeout",
]


class Registry:
    """Hands out values; refuses any string in a substring relation with an earlier one."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, v):
        if v in self.seen:
            return False
        for o in self.items:
            if v in o or o in v:
                return False
        return True

    def add(self, v):
        if not self.ok(v):
            return False
        self.items.append(v)
        self.seen.add(v)
        return True

    def draw(self, fn, *a, **k):
        for _ in range(200):
            v = fn(*a, **k)
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n):
    return rs(rng, HEX, n)


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(rng, n, pad=True):
    s = base64.b64encode(rbytes(rng, n)).decode()
    return s if pad else s.rstrip("=")


def b64url(rng, n):
    return base64.urlsafe_b64encode(rbytes(rng, n)).decode().rstrip("=")


def uuid4(rng):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt_hs256(rng, payload):
    h = b64u_json({"alg": "HS256", "typ": "JWT"})
    p = b64u_json(payload)
    key = rbytes(rng, 32)
    sig = base64.urlsafe_b64encode(hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest()).decode().rstrip("=")
    return f"{h}.{p}.{sig}"


def password(rng, joiners="-_.+~"):
    w = rng.choice(GOLF_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    return w + rng.choice(joiners) + rs(rng, LOWER_ALNUM, rng.randint(3, 5)) + rs(rng, string.digits, 2)


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


def upc_check(d11):
    odd = sum(int(d11[i]) for i in range(0, 11, 2))
    even = sum(int(d11[i]) for i in range(1, 11, 2))
    return str((10 - (odd * 3 + even) % 10) % 10)


def iban_gb(rng):
    bank = rs(rng, string.ascii_uppercase, 4)
    rest = bank + rs(rng, string.digits, 14)
    num = "".join(str(int(c, 36)) for c in rest + "GB00")
    chk = 98 - int(num) % 97
    return f"GB{chk:02d}{rest}"


# ---- key-name case styles -------------------------------------------------
def words(name):
    return [w for w in re.split(r"[_\s]+", name) if w]


def case(style, name):
    w = words(name)
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
    raise ValueError(style)


def place(text_with_mark, value):
    """Replace the single slot marker with value; return (text, start, end)."""
    assert text_with_mark.count(MARK) == 1, text_with_mark
    start = text_with_mark.index(MARK)
    text = text_with_mark.replace(MARK, value)
    return text, start, start + len(value)


def record(rid, source, container, typ, text_with_mark, value, extra_span=None, extra_rec=None):
    text, s, e = place(text_with_mark, value)
    span = {"value": value, "start": s, "end": e, "type": typ}
    if extra_span:
        span.update(extra_span)
    rec = {"id": rid, "type": typ, "container": container, "text": text, "secrets": [span], "source": source}
    if extra_rec:
        rec.update(extra_rec)
    return rec


def host(rng):
    return rng.choice(["teesheet", "proshop-pos", "members", "scoring", "turfnet", "cartfleet", "fnb", "dues",
                       "caddie", "rangebox", "lockers", "handicap"]) + "-" + rs(rng, string.digits, 2) + "." + \
        rng.choice(["pinehollow.internal", "oakridgecc.lan", "club.example", "links.example.net", "heronbay.local"])


def user(rng):
    return rng.choice(["starter", "proshop", "greenkeeper", "svc_teesheet", "fnb_kds", "duesbot", "caddiemaster",
                       "clubadmin", "scoring", "turfops", "rangeboss", "gm_office", "handicap_sync", "it_contractor"]) + \
        rng.choice(["", "", "2", "_ops", "_ro"])
