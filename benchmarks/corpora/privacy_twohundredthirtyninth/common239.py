"""Shared helpers for corpus p239 (coffee roasters). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p239"
BRIEF_DIR = "/tmp/brief239"

DIGITS = "0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
ALNUM = UPPER + LOWER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
LETTERS = UPPER + LOWER

ALPHABETS = {
    "digits": (DIGITS, "digits", "[0-9]"),
    "lower": (LOWER, "lower-case letters", "[a-z]"),
    "letters": (LETTERS, "letters", "[A-Za-z]"),
    "alnum": (ALNUM, "alphanumerics", "[A-Za-z0-9]"),
    "lowalnum": (LOWALNUM, "lower-case alphanumerics", "[a-z0-9]"),
    "upalnum": (UPALNUM, "upper-case alphanumerics", "[A-Z0-9]"),
    "hex": (HEX, "lower-case hex", "[0-9a-f]"),
    "uhex": (UHEX, "upper-case hex", "[0-9A-F]"),
    "b64url": (B64URL, "base64url", "[A-Za-z0-9_-]"),
    "b64std": (B64STD, "standard Base64 characters", "[A-Za-z0-9+/]"),
    "ahex": ("abcdefgh" + DIGITS, "a-h / digits", "[a-h0-9]"),
}

# Words of the coffee world (letters only) for owner-chosen passwords.
WORDS = (
    "aeropress affogato agtron anaerobic antigua arabica aroma assam barista bloom bourbon "
    "burr cafecito cappuccino caturra catuai cascara ceylon cezve chaff chai chemex cherry "
    "cortado cortadito crema cupping darjeeling degas demitasse doppio drip drum espresso "
    "excelsior filter firstcrack frappe gaiwan genmaicha gesha gyokuro harrar hojicha honey "
    "hopper huila ibrik kalita keemun kenya kettle kona lapsang latte liberica lungo macchiato "
    "maillard mandheling matcha microfoam mocha moka narino natural nitro oolong pacamara "
    "peaberry piccolo pitcher portafilter pourover puerh ristretto roaster robusta rooibos "
    "rosetta saucer sencha sidamo sidra siphon steamwand sumatra tamper tarrazu tulip typica "
    "washed yirgacheffe yixing guji cerrado villalobos maragogype kyusha"
).split()

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
# password form searched inside free text (negatives must not contain it)
PW_FORM_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9])(?:%s)[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])"
    % "|".join(sorted(set(WORDS + [w.capitalize() for w in WORDS]), key=lambda s: (-len(s), s)))
)

HOSTS = [
    "roast01.emberandbean.internal", "db.emberandbean.internal", "shop.emberandbean.example",
    "api.kettleleaf-tea.example", "erp.kettleleaf.internal", "cafe-pos.northquay-roasters.example",
    "grafana.northquay.internal", "mqtt.cremacollective.internal", "10.20.4.17", "192.168.40.12",
    "172.16.9.30", "files.cremacollective.example", "vpn.northquay-roasters.example",
]
USERS = ["roastmaster", "ines.barista", "tomasz", "greenbuyer", "cafe_ops", "kofi", "mira.tea",
         "deploy", "svc_roastlog", "ana.q", "packline", "wholesale", "liam_cupping", "sasha"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, strict=False, max_word=None):
    words = WORDS if max_word is None else [w for w in WORDS if len(w) <= max_word]
    w = rng.choice(words)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    tail = rs(rng, LOWALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)
    return w + j + tail


def keyname(words, style):
    words = [w.lower() for w in words]
    if style == "upper":
        return "_".join(words).upper()
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        if len(s) >= 6:
            for e in self.items:
                if len(e) >= 6 and (s in e or e in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


UUID_ANY = re.compile(r"(?<![0-9a-fA-F])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-fA-F])")
UUID_V4 = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def cjson(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


JWT_ALGS = {"HS256": (hashlib.sha256, 43), "HS384": (hashlib.sha384, 64), "HS512": (hashlib.sha512, 86)}
JWT_ANY = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def jwt_hs(rng, alg, payload, header=None):
    h = {"alg": alg, "typ": "JWT"}
    if header:
        h.update(header)
    signing = b64u(cjson(h).encode()) + "." + b64u(cjson(payload).encode())
    key = rbytes(rng, 32)
    sig = hmac.new(key, signing.encode(), JWT_ALGS[alg][0]).digest()
    return signing + "." + b64u(sig)


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(b64u_dec(h))
        json.loads(b64u_dec(p))
        alg = hd.get("alg")
        return alg in JWT_ALGS and len(s) == JWT_ALGS[alg][1]
    except Exception:
        return False


# ---- check digits -------------------------------------------------------
DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
]


def damm(digits):
    i = 0
    for c in digits:
        i = DAMM[i][int(c)]
    return str(i)


assert damm("572") == "4" and damm("5724") == "0"


def crc32hex(s):
    return "%08x" % (zlib.crc32(s.encode()) & 0xFFFFFFFF)


assert crc32hex("123456789") == "cbf43926"


def mod97_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def mod97_check(body):
    return "%02d" % (98 - mod97_num(body + "00") % 97)


assert mod97_num("GB82WEST12345698765432"[4:] + "GB82WEST12345698765432"[:4]) % 97 == 1


def gs1_check(digits):
    s = 0
    for i, c in enumerate(reversed(digits)):
        s += int(c) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


assert gs1_check("400638133393") == "1"


def iso6346_check(code10):
    vals = {}
    v = 10
    for ch in UPPER:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    tot = 0
    for i, ch in enumerate(code10):
        n = int(ch) if ch.isdigit() else vals[ch]
        tot += n * (2 ** i)
    return str(tot % 11 % 10)


assert iso6346_check("CSQU305438") == "3"


def iban(rng, country, bban):
    chk = 98 - mod97_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def ups_check(body):  # 1Z tracking number check digit over the 15 characters after 1Z
    tot = 0
    for i, ch in enumerate(body):
        n = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        tot += n * (2 if i % 2 == 1 else 1)
    return str((10 - tot % 10) % 10)


def place(template, value, fill=None):
    """Replace %V% by value (exactly once) and other %X% fillers; return text, start, end."""
    if template.count("%V%") != 1:
        raise ValueError("template needs exactly one %V%: " + template[:60])
    if fill:
        for k, v in fill.items():
            template = template.replace("%" + k + "%", v)
    left, right = template.split("%V%")
    text = left + value + right
    if re.search(r"%[A-Z0-9]{1,3}%", text.replace(value, "")):
        raise ValueError("unfilled placeholder in " + template[:80])
    return text, len(left), len(left) + len(value)


def fillers(rng):
    return {
        "H": rng.choice(HOSTS),
        "U": rng.choice(USERS),
        "P": str(rng.choice([5432, 3306, 1883, 8086, 6379, 443, 8443, 9000, 1433])),
        "N": str(rng.randint(2, 97)),
        "D": "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "T": "%02d:%02d" % (rng.randint(6, 22), rng.randint(0, 59)),
        "L": "L%04d" % rng.randint(1000, 9999),
    }


# ---- deny-list ------------------------------------------------------------
def extract_denylist(dirpath=BRIEF_DIR):
    files = sorted(f for f in os.listdir(dirpath) if f.endswith(".md"))
    names, codes, lnames = set(), set(), set()
    for f in files:
        with open(os.path.join(dirpath, f), encoding="utf-8") as fh:
            t = fh.read()
        found = [m.strip().lower() for m in re.findall(r"`([^`\n]+)`", t)]
        found += [m.lower() for m in re.findall(r"\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b", t)]
        for s in found:
            if not s:
                continue
            names.add(s)
            for p in s.split("__"):
                p = p.strip("_")
                if p:
                    names.add(p)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            codes.add(code)
            nm = name.lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w)
    syntaxes = set()
    for n in names:
        m = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", n)
        if m:
            syntaxes.add(m.group(1))
    return {
        "source": dirpath,
        "files": files,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def denied(name, deny):
    """True if name (whole or any __ part) is deny-listed."""
    names = deny["_names_set"]
    n = name.lower()
    if n in names:
        return True
    return any(p in names for p in n.split("__") if p)


def prep_deny(deny):
    d = dict(deny)
    d["_names_set"] = set(deny["names"])
    d["_syn_set"] = set(deny["syntaxes"])
    d["_codes_set"] = set(deny["language_codes"])
    d["_lnames_set"] = set(deny["language_names"])
    return d
