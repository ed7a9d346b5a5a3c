"""Shared helpers for the p211 corpus (standard library only)."""
import base64, hashlib, hmac, json, os, re, uuid, zlib

BRIEF_DIR = "/tmp/brief211"
BRIEF_FILES = ["README_twohundredsixth.md", "README_twohundredeighth.md"]
PREFIX = "p211"
PWPFX = "plotpw_"

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64U = B62 + "-_"
HEXL = "0123456789abcdef"
LOWALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# ------------------------------------------------------------------ deny-list
_TICK = re.compile(r"`([^`\n]{1,200})`")
_SNAKE = re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b")
_LANG = re.compile(r"`([a-z]{2,4})` \(([A-Z][^()`]{1,40}?)\)")
_SYN = re.compile(r"`([a-z]+pw_[a-z0-9_]+)`")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            t = fh.read()
        for m in _TICK.finditer(t):
            s = m.group(1).strip().lower()
            if re.fullmatch(r"[a-z0-9_.\-]+", s) and re.search(r"[a-z]", s):
                names.add(s)
                for p in s.split("__"):
                    if p:
                        names.add(p)
        for m in _SNAKE.finditer(t):
            s = m.group(0).lower()
            names.add(s)
            for p in s.split("__"):
                if p:
                    names.add(p)
        for m in _SYN.finditer(t):
            s = m.group(1).split("__")[0]
            syntaxes.add(re.sub(r"^[a-z]+pw_", "", s))
        for m in _LANG.finditer(t):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if len(w) > 2:
                    lnames.add(w)
    return {"source": brief_dir, "files": BRIEF_FILES, "names": sorted(names),
            "syntaxes": sorted(syntaxes), "language_codes": sorted(codes),
            "language_names": sorted(lnames)}


def name_hits(name, deny):
    """Return the deny-listed pieces of name (whole, or any __ part)."""
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    return sorted({p for p in parts if p in deny})

# ------------------------------------------------------------------ registry


class Registry:
    """Refuses repeats and 6+ char substring relations with earlier strings."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        if len(s) >= 6:
            for o in self.items:
                if len(o) >= 6 and (s in o or o in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            raise ValueError("registry refuses " + s)
        self.items.append(s)
        self.set.add(s)
        return s

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry: no fresh value")

# ------------------------------------------------------------------ generators


def rs(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def jwt_hs(rng, header, payload, alg="HS384"):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64u(sig)


def jwt_shaped(rng, header, payload, siglen):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(rng, siglen))


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc32_b62(body):
    return base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b32_nopad(b):
    return base64.b32encode(b).decode().rstrip("=")


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
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


ALNUM36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def mod3736_check(body):
    """ISO 7064 MOD 37,36 hybrid check character over 0-9A-Z."""
    p = 36
    for ch in body:
        s = (p + ALNUM36.index(ch)) % 36
        if s == 0:
            s = 36
        p = (s * 2) % 37
    return ALNUM36[(1 - p) % 36]


def mod3736_valid(full):
    p = 36
    for ch in full[:-1]:
        s = (p + ALNUM36.index(ch)) % 36
        if s == 0:
            s = 36
        p = (s * 2) % 37
    return (p + ALNUM36.index(full[-1])) % 36 == 1

# bech32 (for age recipients in negatives)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_valid(s):
    s = s.lower()
    hrp, _, d = s.rpartition("1")
    return _polymod(_hrp_expand(hrp) + [BECH.index(c) for c in d]) == 1


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_valid(s):
    return luhn_digit(s[:-1]) == s[-1]


def damm_digit(s):
    T = ["0317598642", "7092154863", "4206871359", "1750983426", "6123045978",
         "3674209581", "5869720134", "8945362017", "9438617205", "2581436790"]
    i = 0
    for ch in s:
        i = int(T[i][int(ch)])
    return str(i)


def damm_valid(s):
    return damm_digit(s) == "0"


def ean13_digit(d12):
    t = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - t % 10) % 10)

# ------------------------------------------------------------------ owner-chosen passwords

WORLD_WORDS = """allotment plot halfplot shed polytunnel greenhouse coldframe cloche compost
leafmould mulch manure comfrey nettle rhubarb runnerbean broadbean courgette marrow
pumpkin squash parsnip carrot beetroot chard kale leek onion shallot garlic potato
earlies maincrop brassica sprout cabbage cauliflower kohlrabi radish lettuce rocket
spinach sweetpea dahlia marigold nasturtium borage calendula raspberry gooseberry
blackcurrant redcurrant strawberry loganberry tayberry apple damson greengage quince
seedtray dibber trowel spade fork hoe rake wheelbarrow waterbutt hosepipe standpipe
trough netting canes twine trellis raisedbed seedling cutting tuber chitting
heirloom openpollinated seedswap seedbank packet sowing harvest glut bumper
scarecrow robin blackbird hedgehog worm ladybird lacewing bumblebee beehive
allotmenteer plotholder waitinglist rota workparty showbench marrowclass rosette
trophy fete""".split()

JOINERS_ALL = "-_.+!~"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def owner_pw(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_ALL)
    mid = rs(rng, "abcdefghijkmnpqrstuvwxyz23456789", rng.randint(3, 5))
    return w + j + mid + "%02d" % rng.randint(0, 99)

# ------------------------------------------------------------------ records

MARK = "\u0000V\u0000"


def place(template, value):
    """template contains MARK exactly once -> (text, start, end)."""
    assert template.count(MARK) == 1, template
    i = template.index(MARK)
    text = template.replace(MARK, value)
    return text, i, i + len(value)


def pos_record(rid, typ, container, template, value, source):
    text, s, e = place(template, value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ}],
            "source": source}


def dumps_jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


PUBLIC_HOSTS = ["db.plots.lan", "seedlib.lan", "shed-pi.lan", "rota.oakfield.lan",
                "api.greenlane-allotments.example", "minutes.hollybush.lan",
                "grants.brookside-gardens.example", "10.12.0.14", "192.168.40.7",
                "nas.plotholders.lan", "mq.shedkeys.lan", "water.meadowbank.lan"]
PUBLIC_USERS = ["plotsec", "treasurer", "seedkeeper", "shedwarden", "rota_admin",
                "minutes", "showsec", "waterrep", "lettings", "grantsbot", "mavis",
                "dev", "ops", "deploy", "gardenbot"]
