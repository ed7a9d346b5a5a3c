"""Shared helpers for corpus p242 (ice-cream makers). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import uuid

PREFIX = "p242"
BRIEF_DIR = "/tmp/brief242"
BRIEF_FILES = ["README_twohundredthirtyninth.md", "README_twohundredfortieth.md"]

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
DIGITS = string.digits

# ---------------------------------------------------------------- deny-list

LANG_PAIR = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
TICKED = re.compile(r"`([^`\n]+)`")
SYNTAX = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(texts):
    names = set()
    for t in texts:
        for m in TICKED.findall(t):
            names.add(m.strip().lower())
        for m in SNAKE.findall(t.lower()):
            names.add(m)
    for n in list(names):
        if "__" in n:
            for part in n.split("__"):
                if part:
                    names.add(part)
    syntaxes = set()
    for n in names:
        m = SYNTAX.match(n)
        if m:
            syntaxes.add(m.group(1))
    codes, lnames = set(), set()
    for t in texts:
        for code, name in LANG_PAIR.findall(t):
            codes.add(code.lower())
            nm = name.strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,;/()-]+", nm):
                if w:
                    lnames.add(w)
    names.discard("")
    return {
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def read_brief():
    texts = []
    for f in BRIEF_FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    return texts


def name_hits(name, names_set):
    """A name overlaps if it, or any of its `__` parts, is on the list."""
    n = name.lower()
    if n in names_set:
        return True
    return any(p in names_set for p in n.split("__") if p)


# ---------------------------------------------------------------- random helpers

def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(bytes=bytes(rng.getrandbits(8) for _ in range(16)), version=4))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_jwt(rng, header, payload, alg_sig=None):
    """Real JWT: base64url JSON; HS* signed with a discarded random key, others random in frame."""
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    alg = header["alg"]
    if alg.startswith("HS"):
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(rbytes(rng, 32), signing, dig).digest()
    elif alg.startswith("RS"):
        sig = rbytes(rng, 256)
    elif alg == "ES256":
        sig = rbytes(rng, 64)
    else:
        raise ValueError(alg)
    return h + "." + p + "." + b64u_nopad(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64}


def jwt_valid(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        def dec(s):
            return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
        hdr = json.loads(dec(parts[0]))
        json.loads(dec(parts[1]))
        sig = dec(parts[2])
    except Exception:
        return False
    return isinstance(hdr, dict) and JWT_SIG_LEN.get(hdr.get("alg")) == len(sig)


# ---------------------------------------------------------------- check digits

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
    return luhn_digit(num[:-1]) == num[-1]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 8, 5]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def crc16_xmodem(data):
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def gs1_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


VIN_MAP = {**{str(d): d for d in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin17):
    s = sum(VIN_MAP[c] * w for c, w in zip(vin17, VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


# published examples, asserted at import
assert luhn_digit("7992739871") == "3"
assert verhoeff_digit("236") == "3" and verhoeff_ok("2363")
assert crc16_xmodem(b"123456789") == 0x31C3
assert gs1_check("400638133393") == "1"  # EAN 4006381333931
assert vin_check("11111111111111111") == "1"
assert vin_check("1M8GDM9AXKP042788") == "X"

# ---------------------------------------------------------------- world passwords

WORLD_WORDS = """affogato amarena amaretto banana bacio biscotti blizzard brownie buttermilk
cannoli caramel cassata chocolate churro cinnamon coconut cone cookie cornetto cream crumble
custard dondurma fiordilatte frappe freezer fudge gelato gianduja granita hazelnut honeycomb
kulfi lemon licorice malaga malted mango maple marshmallow meringue mint mochi neapolitan
nougat overrun parfait pecan pistachio popsicle praline raspberry ripple rocky sherbet
sorbet sprinkles stracciatella strawberry sundae tartufo toffee tiramisu tub vanilla waffle
whippy yogurt zabaione zuppa scoop sundae splits float shake swirl softserve spatola vetrina
mantecatore pozzetto""".split()
WORLD_WORDS = sorted(set(WORLD_WORDS))
JOINERS_ALL = "-_.+!~"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_FORM_ANY = re.compile(r"(?i)\b(?:%s)[-_.+!~][a-z0-9]{3,5}[0-9]{2}" % "|".join(WORLD_WORDS))


def world_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_ALL)
    tail = rs(rng, LOWER_ALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)
    return w + j + tail


# ---------------------------------------------------------------- registry

class Registry:
    """Refuses repeats and any 6+-character substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        for t in self.items:
            if len(s) >= 6 and len(t) >= 6 and (s in t or t in s):
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.set.add(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- case styles

def words_to(style, words):
    ws = [w.lower() for w in words]
    if style == "upper":
        return "_".join(ws).upper()
    if style == "snake":
        return "_".join(ws)
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "dot":
        return ".".join(ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "title":
        return " ".join(w.capitalize() for w in ws)
    raise ValueError(style)


# ---------------------------------------------------------------- record helpers

def span_record(rid, typ, container, text, value, source):
    start = text.index(value)
    return {
        "id": rid,
        "type": typ,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": start, "end": start + len(value), "type": typ}],
        "source": source,
    }


MARK = "\u0000VALUE\u0000"


def place(template, value):
    """Template holds MARK exactly once; returns text."""
    assert template.count(MARK) == 1, template
    return template.replace(MARK, value)


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
