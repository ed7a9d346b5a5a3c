"""Shared helpers for the p178 corpus (standard library only, no clock, no network)."""
import base64, hashlib, hmac, json, os, re, string, zlib

PREFIX = "p178"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM_L = string.ascii_lowercase + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
UPALNUM = string.ascii_uppercase + string.digits
MARK = "\u27e6V\u27e7"          # slot marker, never left in a text

# words of the ice-rink / curling / winter-sports world used in owner-chosen passwords
RINK_WORDS = [
    "zamboni", "faceoff", "blueline", "slapshot", "hogline", "hackweight", "takeout", "sweeper",
    "toepick", "axel", "lutz", "salchow", "bonspiel", "pebble", "brine", "chiller", "dasher",
    "powerplay", "icing", "offside", "hattrick", "goalie", "backcheck", "deke", "wrister",
    "curlstone", "broom", "slider", "gripper", "icepad", "resurfacer", "rinkside", "toecap",
    "bladeguard", "skatelace", "crease", "breakaway", "shootout", "drawweight", "guardstone",
    "tickline", "backline", "houseline", "freeguard", "edgework", "crossover", "spiral",
    "camelspin", "flipjump", "loopjump", "twizzle", "sitspin", "zamboni", "hollow", "sharpen",
    "rinkboard", "penaltybox", "netminder", "forecheck", "onetimer", "snowmelt", "icemaker",
    "ammonia", "headerpipe", "glycol", "frostline", "benchgate", "bluepaint",
]
RINK_WORDS = sorted(set(RINK_WORDS))
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$")
PW_RE_STRICT = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,6}[0-9]{2}$")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, joiners="-_.+~"):
    w = rng.choice(RINK_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    mid = rstr(rng, ALNUM_L, rng.randint(3, 6))
    return w + rng.choice(joiners) + mid + rstr(rng, string.digits, 2)


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if upper else u


UUID_RE = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{12}(?![0-9a-f])")


def uuids_ok(s):
    for m in UUID_RE.finditer(s):
        if m.group(1) != "4" or m.group(2).lower() not in "89ab":
            return False
    return True


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(rng, n):
    return base64.b64encode(rbytes(rng, n)).decode()


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt_hs256(rng, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)                       # thrown away
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_parts_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        for part in parts[:2]:
            pad = "=" * (-len(part) % 4)
            obj = json.loads(base64.urlsafe_b64decode(part + pad).decode())
            if not isinstance(obj, dict):
                return False
    except Exception:
        return False
    return True


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_token(rng, prefix):
    body = rstr(rng, B62, 30)
    return prefix + body + base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def github_token_ok(tok):
    body = tok.split("_", 1)[1]
    return base62_int(zlib.crc32(body[:30].encode()) & 0xFFFFFFFF, 6) == body[30:]


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
    odd = sum(int(c) for c in d11[0::2])
    even = sum(int(c) for c in d11[1::2])
    return str((10 - (odd * 3 + even) % 10) % 10)


# ----- key-name styles ---------------------------------------------------------------
def style_key(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(w).upper()
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
        return " ".join(x.upper() if len(x) <= 4 and x in ("pos", "hmi", "db", "api", "jwt", "osdp", "scbk") else x.capitalize() for x in w)
    raise ValueError(style)


# ----- registry: refuses any string in a substring relation with an earlier one ------
class Registry:
    def __init__(self):
        self.items = []

    def ok(self, s):
        for t in self.items:
            if s in t or t in s:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def fill(template, value, subs):
    """Replace «X» fillers, then the value slot; returns (text, start, end)."""
    t = template
    for k, v in subs.items():
        t = t.replace("\u00ab" + k + "\u00bb", v)
    if "\u00ab" in t.replace("\u00abV\u00bb", ""):
        raise ValueError("unfilled slot in template: " + t[:80])
    if t.count("\u00abV\u00bb") != 1:
        raise ValueError("template must hold exactly one value slot: " + t[:80])
    start = t.index("\u00abV\u00bb")
    text = t[:start] + value + t[start + 3:]
    return text, start, start + len(value)


def make_record(rid, typ, container, text, start, end, source):
    value = text[start:end]
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": end, "type": typ}],
            "source": source}


# ----- filler pools ------------------------------------------------------------------
HOSTS = ["iceplant.rink.internal", "booking.arena.lan", "scoreboard.curlingclub.lan", "league-api.rink.internal",
         "pos01.concession.lan", "doors.arena.internal", "stream-relay.rink.internal", "wristband.arena.internal",
         "zamboni-gw.rink.lan", "lts-enrol.skateclub.internal", "db01.rink.internal", "10.40.2.17", "10.40.8.5",
         "192.168.60.12", "172.20.4.33", "bracket.tournament.lan"]
USERS = ["rinkops", "icetech", "zamboni_op", "league_admin", "scorekeeper", "skipper", "concession",
         "doorsvc", "streamer", "ltsadmin", "plantmon", "arena_it", "pucksvc", "curlsec", "sharpshop"]
DATES = ["2024-01-13", "2024-02-02", "2024-03-09", "2024-10-19", "2024-11-23", "2024-12-07", "2025-01-18",
         "2025-02-15", "2025-03-01", "2025-09-27", "2025-10-11", "2025-11-08"]


def subs_for(rng):
    return {"H": rng.choice(HOSTS), "U": rng.choice(USERS), "D": rng.choice(DATES),
            "N": str(rng.randint(2, 9)), "PORT": str(rng.choice([5432, 3306, 1433, 8443, 1883, 502, 4840, 6379])),
            "RINK": rng.choice(["North Pad", "Rink B", "Olympic sheet", "Practice pad", "Sheet 3", "Main bowl"])}


# ----- deny-list -----------------------------------------------------------------------
SPARE_NAMES = {"mlt": "Maltese", "sqi": "Albanian", "som": "Somali", "ast": "Asturian", "slk": "Slovak",
               "mkd": "Macedonian", "bel": "Belarusian", "lao": "Lao"}


def extract_denylist(dirpath):
    files = sorted(f for f in os.listdir(dirpath) if f.endswith(".md"))
    names, syntaxes, codes, lnames = set(), set(), set(), set()

    def add(n):
        n = n.strip().lower()
        if not n:
            return
        names.add(n)
        for part in n.split("__"):
            if part:
                names.add(part)

    for f in files:
        with open(os.path.join(dirpath, f), encoding="utf-8") as fh:
            t = fh.read()
        for m in re.findall(r"`([^`\n]+)`", t):
            add(m)
        for m in re.findall(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+(?![A-Za-z0-9])", t):
            add(m)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            codes.add(code)
            lnames.add(name.lower())
            for w in re.split(r"[\s/,-]+", name.lower()):
                if w:
                    lnames.add(w)
        for grp in re.findall(r"spares unused: ((?:`[a-z]{3}`(?:, )?)+)", t):
            for code in re.findall(r"`([a-z]{3})`", grp):
                codes.add(code)
                if code in SPARE_NAMES:
                    lnames.add(SPARE_NAMES[code].lower())
        for grp in re.findall(r"Positional passwords[^\n]*?unused tail: ((?:`[^`]+`(?:, )?)+)", t):
            for n in re.findall(r"`([^`]+)`", grp):
                syntaxes.add(n.lower())
    for n in list(names):
        m = re.match(r"^[a-z]+pw_(.+)$", n)
        if m:
            syntaxes.add(m.group(1))
            names.add(m.group(1))
    return {"source": files, "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def denied(name, deny):
    names = deny["_nameset"] if "_nameset" in deny else set(deny["names"])
    n = name.lower()
    if n in names:
        return True
    return any(p in names for p in n.split("__") if p)


def load_deny(path):
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    d["_nameset"] = set(d["names"])
    return d
