"""Shared helpers for the p201 corpus (board-game cafe, tabletop store, LAN-party developers).

Python 3 standard library only. No clock, no network.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p201"
MARK = "\x00V\x00"          # slot marker, replaced by the value
BRIEF_DIR = "/tmp/brief201"
BRIEF_FILES = ["README_hundredninetyeighth.md", "README_hundredninetyninth.md"]

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
B64STD = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
BASE62 = DIGITS + UPPER + LOWER

# words of this world for owner-chosen passwords (lower-case letters only)
WORLD_WORDS = (
    "meeple dice catan carcassonne pandemic gloomhaven wingspan azul dominion scrabble "
    "cluedo risk tabletop sleeve deckbox booster foil mulligan sideboard playmat token "
    "miniature primer drybrush basecoat highlight terrain dungeon dragon paladin rogue "
    "wizard goblin warband skirmish initiative campaign fragger respawn headshot lobby "
    "ethernet joystick gamepad arcade pixel quest loot raid guild pawn rook bishop knight "
    "checkmate gambit domino mahjong backgammon cribbage yahtzee jenga trivia bingo chess "
    "draughts tiles worker boardgame cardboard shuffle draft commander planeswalker "
    "mana tapland graveyard decklist buylist binder toploader slab grading proxy "
    "stamp loyalty badge cosplay convention demo tournament pairing swiss topcut "
    "bye judge stream lanparty frag clutch speedrun cartridge console ludo othello "
    "hexmap miniatures varnish airbrush spraycan sprue resin plinth diorama tavern"
).split()

JOINERS_LOOSE = "-_.+!~"
JOINERS_STRICT = "-_."
PW_LOOSE_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_LOOSE)
    mid = rstr(rng, LALNUM, rng.randint(3, 5))
    return w + j + mid + rstr(rng, DIGITS, 2)


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_hmac(rng, alg, payload):
    """Real HS256/384/512 JWT under a random key that is thrown away."""
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    header = {"alg": alg, "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)
    sig = hmac.new(key, (h + "." + p).encode(), digest).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_rs_shaped(rng, alg, payload, sig_len=256, kid=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rbytes(rng, sig_len))


def crc32_hex(s):
    return "%08x" % (zlib.crc32(s.encode()) & 0xFFFFFFFF)


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


def ean13_digit(body12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    return str((10 - s % 10) % 10)


# Damm algorithm (quasigroup of order 10)
DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm_digit(num):
    i = 0
    for c in num:
        i = DAMM[i][int(c)]
    return str(i)


# Verhoeff
V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return str(V_INV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = V_D[c][V_P[i % 8][int(ch)]]
    return c == 0


class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

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

    def draw(self, fn, *a, **kw):
        for _ in range(1000):
            v = fn(*a, **kw)
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


def words_of(name):
    return [w for w in name.split("_") if w]


def keyname(words, style):
    ws = [w.lower() for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in ws)
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


def fill(template, value, **kw):
    """Format template (with {V} slot) and return (text, start, end)."""
    t = template.format(V=MARK, **kw)
    if t.count(MARK) != 1:
        raise ValueError("template must hold exactly one slot")
    start = t.index(MARK)
    text = t.replace(MARK, value)
    return text, start, start + len(value)


def positive(rid, typ, container, text, start, end, source, extra=None):
    span = {"value": text[start:end], "start": start, "end": end, "type": typ}
    if extra:
        span.update(extra)
    rec = {"id": rid, "type": typ, "container": container, "text": text,
           "secrets": [span], "source": source}
    return rec


# ---------------------------------------------------------------- deny list
def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            t = f.read()
        found = re.findall(r"`([^`\n]+)`", t)
        found += re.findall(r"\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b", t)
        for n in found:
            n = n.strip().lower()
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
            m = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", n)
            if m:
                syntaxes.add(m.group(1))
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s/,]+", nm):
                if w:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def load_frozen(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def name_denied(name, deny):
    names = deny["_nameset"] if "_nameset" in deny else set(deny["names"])
    n = name.lower()
    if n in names:
        return True
    return any(p in names for p in n.split("__") if p)


# ---------------------------------------------------------------- Bech32 (BIP 173), for age recipients
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32_encode(hrp, data8):
    acc, bits, data = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _bech32_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data + chk)


def bech32_ok(s):
    hrp, _, rest = s.rpartition("1")
    try:
        vals = [BECH32_CHARSET.index(c) for c in rest]
    except ValueError:
        return False
    return _bech32_polymod(_hrp_expand(hrp) + vals) == 1
