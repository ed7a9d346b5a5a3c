"""Shared helpers for privacy_sixteenth: seeded randomness, value DSL, fillers, rendering.

Python 3 standard library only. No clock, no environment, no network.
"""
import base64
import hashlib
import random
import re
import string
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
CHARSETS = {
    "an": UPPER + LOWER + DIGITS,
    "ul": UPPER + LOWER,
    "al": LOWER + DIGITS,
    "AU": UPPER + DIGITS,
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "b64": UPPER + LOWER + DIGITS + "+/",
    "b64u": UPPER + LOWER + DIGITS + "-_",
    "d": DIGITS,
    "lo": LOWER,
    "up": UPPER,
    "b32": UPPER + "234567",
    "b32l": LOWER + "234567",
    "b58": "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
    "anx": UPPER + LOWER + DIGITS + "-_.",
    "bech": "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
    "pun": UPPER + LOWER + DIGITS + "!#%*+-._~",
}

WORDS = (
    "amber anchor apricot atlas autumn badger bamboo basil beacon birch biscuit blossom bramble breeze "
    "bronze cactus canyon cargo cedar cherry cinder citrus clover cobalt comet copper coral cricket "
    "crimson crystal cypress dahlia delta desert dolphin dragon drizzle eagle ember falcon fennel fern "
    "fjord flint forest fox galaxy garnet ginger glacier granite gravel harbor hazel heron hickory "
    "horizon indigo island ivory jasper juniper kestrel kiwi lagoon lantern lava lemon lilac lobster "
    "lotus lunar magnet mango maple marble meadow meteor mint mosaic mustard nectar nimbus nutmeg oasis "
    "ocean olive onyx orbit orchid otter paprika pebble pepper pine pixel planet plum polar poppy prairie "
    "quartz quill rabbit radish raven reef ripple river rocket saffron salmon sapphire sequoia shadow "
    "sierra silver spruce squirrel summit sunset tango thistle thunder tiger timber topaz tulip tundra "
    "umber valley velvet violet walnut willow winter yarrow zephyr zinc"
).split()

SYMS = "!#$%&*+?@^~"
SAFE_SYMS = "._-"


class Gen:
    """Seeded value factory; every module owns one."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    # --- primitive pieces -------------------------------------------------
    def chars(self, cls, n):
        cs = CHARSETS[cls]
        return "".join(self.r.choice(cs) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def randbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def uuid(self):
        h = self.chars("hex", 32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def spec(self, s):
        """Expand a DSL string: literal text plus <cls:n> pieces and <uuid>."""
        def rep(m):
            body = m.group(1)
            if body == "uuid":
                return self.uuid()
            cls, n = body.split(":")
            return self.chars(cls, int(n))
        return re.sub(r"<([A-Za-z0-9]+(?::\d+)?)>", rep, s)

    # --- human passwords -----------------------------------------------------
    def pw(self, safe=False):
        """A human-chosen password; safe=True restricts to [A-Za-z0-9._-]."""
        syms = SAFE_SYMS if safe else SYMS
        k = self.r.randrange(6)
        w = self.pick(WORDS)
        if k == 0:
            return w.capitalize() + str(self.r.randrange(10, 99)) + self.pick(syms) + str(self.r.randrange(1990, 2026))
        if k == 1:
            return "-".join(self.pick(WORDS) for _ in range(3)) + str(self.r.randrange(2, 99))
        if k == 2:
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            return leet.capitalize() + self.pick(syms) + self.pick(WORDS).capitalize() + str(self.r.randrange(100, 999))
        if k == 3:
            return self.chars("an", self.r.randrange(12, 21))
        if k == 4:
            return self.pick(WORDS).capitalize() + self.pick(WORDS).capitalize() + self.pick(syms) + str(self.r.randrange(1, 9999))
        cs = CHARSETS["an"] + (SAFE_SYMS if safe else "!#%*+-._~")
        return "".join(self.r.choice(cs) for _ in range(self.r.randrange(14, 24)))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def b64decode_any(s):
    s = s.strip()
    s = s + "=" * (-len(s) % 4)
    if "-" in s or "_" in s:
        return base64.urlsafe_b64decode(s)
    return base64.b64decode(s)


def crc32(b):
    return zlib.crc32(b) & 0xFFFFFFFF


def sha256(b):
    return hashlib.sha256(b).digest()


# --- fillers (public, non-secret neighbour values) -----------------------------
FIRST = "ana ben chloe dmitri emeka farah goran hana ivo jonas kemal lena malik nadia oren priya quentin rosa sami tomas uma vera wei xenia yusuf zara".split()
HOSTS = "db-01 api-gw build-03 edge-2 cache-7 ops-bastion web-4 worker-12 mq-1 vault-a etl-5 ci-runner-9".split()
DOMS = "acme-logistics.io northwind.dev fjordline.net orbitcart.com tealpost.org quarrylabs.co hexmill.app brightpaw.eu".split()
REGIONS = "us-east-1 eu-west-1 eu-central-1 ap-southeast-2 us-west-2 ca-central-1".split()


def make_filler(g):
    cache = {}

    def filler(name):
        if name in cache:
            return cache[name]
        r = g.r
        if ":" in name:
            _, cls, n = name.split(":")
            v = g.uuid() if cls == "uuid" else g.chars(cls, int(n))
            cache[name] = v
            return v
        base = name if name in ("sha7",) else re.sub(r"\d+$", "", name)
        if base == "user":
            v = g.pick(FIRST) + (g.pick(["", ".ops", "_dev", str(r.randrange(1, 99))]))
        elif base == "first":
            v = g.pick(FIRST).capitalize()
        elif base == "host":
            v = g.pick(HOSTS) + "." + g.pick(DOMS)
        elif base == "domain":
            v = g.pick(DOMS)
        elif base == "ip":
            v = "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(2, 250))
        elif base == "pubip":
            v = "203.0.113.%d" % r.randrange(2, 250)
        elif base == "email":
            v = g.pick(FIRST) + "@" + g.pick(DOMS)
        elif base == "uuid":
            v = g.uuid()
        elif base == "sha":
            v = g.chars("hex", 40)
        elif base == "sha7":
            v = g.chars("hex", 7)
        elif base == "date":
            v = "2025-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 29))
        elif base == "time":
            v = "%02d:%02d:%02d" % (r.randrange(24), r.randrange(60), r.randrange(60))
        elif base == "iso":
            v = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000))
        elif base == "unix":
            v = str(r.randrange(1735700000, 1767000000))
        elif base == "pid":
            v = str(r.randrange(300, 65000))
        elif base == "port":
            v = str(r.choice([5432, 3306, 6379, 8443, 9000, 27017, 5672, 8080]))
        elif base == "n":
            v = str(r.randrange(2, 999))
        elif base == "region":
            v = g.pick(REGIONS)
        elif base == "proj":
            v = g.pick(["billing", "atlas", "helios", "ledger", "parcel", "quokka", "sparrow", "tundra"]) + "-" + g.pick(["api", "web", "svc", "etl", "app"])
        elif base == "org":
            v = g.pick(["acme", "northwind", "fjordline", "orbitcart", "tealpost", "quarrylabs", "hexmill"])
        elif base == "reqid":
            v = g.chars("hex", 16)
        elif base == "ver":
            v = "%d.%d.%d" % (r.randrange(1, 9), r.randrange(0, 30), r.randrange(0, 20))
        elif base == "acct":
            v = "".join(r.choice(DIGITS) for _ in range(12))
        elif base == "akid":
            v = "AKIA" + g.chars("b32", 16)
        else:
            raise KeyError("unknown filler " + name)
        cache[name] = v
        return v
    return filler


SLOT = re.compile(r"⟦([^⟧]+)⟧")


def render(tpl, secrets, filler):
    """Render a template. secrets: dict slot -> dict(value, type, [plain]).
    Returns (text, spans)."""
    out = []
    spans = []
    pos = 0
    last = 0
    for m in SLOT.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        name = m.group(1)
        if "." in name and name.split(".")[0] in secrets:
            v = secrets[name.split(".")[0]]["extra"][name.split(".", 1)[1]]
        elif name in secrets:
            s = secrets[name]
            v = s["value"]
            sp = {"value": v, "start": pos, "end": pos + len(v), "type": s["type"]}
            if "plain" in s:
                sp["plain"] = s["plain"]
            spans.append(sp)
        else:
            v = filler(name)
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), spans


# --- value factory + record builder ------------------------------------------------
USED = set()          # every credential value produced anywhere in the build
CHECKED = []          # (check_name, value, plain) for structured values


def make_value(g, gen):
    """gen: DSL string, '@pw' / '@pws' (human password), '@<special>' or callable(g).
    Returns dict(value, [plain]) and records structured checks."""
    import gen_structured as S
    for _ in range(50):
        check = None
        if callable(gen):
            v = gen(g)
        elif gen == "@pw":
            v = g.pw()
        elif gen == "@pws":
            v = g.pw(safe=True)
        elif gen.startswith("@"):
            fn, check = S.SPECIAL[gen[1:]]
            v = fn(g)
        else:
            v = g.spec(gen)
        plain = None
        extra = None
        if isinstance(v, dict):
            v, plain, extra = v["value"], v.get("plain"), v.get("extra")
        if isinstance(v, tuple):
            v, plain = v
        if v in USED:
            continue
        USED.add(v)
        if check:
            CHECKED.append((check, v, plain if extra is None else extra))
        d = {"value": v}
        if plain is not None:
            d["plain"] = plain
        if extra:
            d["extra"] = extra
        return d
    raise RuntimeError("could not draw a fresh value for %r" % (gen,))


def build(g, specs, prefix, source, start=1):
    """specs: list of (container, [(type, gen), ...], template). Slots S, S2, S3 ... map to
    the list entries in order."""
    recs = []
    for i, (container, slots, tpl) in enumerate(specs):
        filler = make_filler(g)
        secrets = {}
        for j, (typ, gen) in enumerate(slots):
            d = make_value(g, gen)
            d["type"] = typ
            secrets["S" if j == 0 else "S%d" % (j + 1)] = d
        text, spans = render(tpl, secrets, filler)
        spans.sort(key=lambda s: s["start"])
        recs.append({"id": None, "type": spans[0]["type"], "container": container, "text": text,
                     "secrets": spans, "source": source})
    return recs
