"""Shared helpers for corpus p240 (choirs and orchestras). Standard library only."""
import base64
import hashlib
import json
import os
import re
import string
import zlib

PREFIX = "p240"
BRIEF_DIR = "/tmp/brief240"
BRIEF_FILES = ["README_twohundredthirtyseventh.md", "README_twohundredthirtyeighth.md"]

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"

# Words of this world (letters only) used for owner-chosen passwords.
WORLD_WORDS = sorted(set("""
accelerando adagio allegro alto andante anthem antiphon arpeggio aria ballad baritone baroque bass
bassoon baton bellows bowing bourree brass bravura cadence cadenza canon cantata cantor canzona carol
celesta cello chaconne chamber chanson chant chorale chorister chorus clarinet clef coda concertino
concerto conductor continuo contralto cornet counterpoint crescendo crotchet descant diminuendo dirge
divisi dolce duet encore ensemble etude evensong fanfare fermata fugue gavotte glissando gloria harmony
harp harpsichord hymn interlude intermezzo introit kapellmeister kyrie largo legato leitmotif libretto
lute lyre madrigal maestro magnificat mallet manuscript marimba mazurka mezzo minim minuet motet
nocturne nonet oboe octave octet offertory opus oratorio organ ostinato overture partita piccolo
pizzicato plainsong prelude psalm quartet quaver quintet recital recorder refrain requiem rondo
rosin sanctus sarabande scherzo semibreve septet serenade sextet sinfonia soloist sonata soprano
staccato stave subito suite symphony tacet tempo tenor timbre timpani toccata treble tremolo trio
trombone trumpet tuba tutti unison vespers vibrato viola violin virtuoso vivace xylophone zither
""".split()))

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_FORM_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9])(?:" + "|".join(sorted(WORLD_WORDS, key=len, reverse=True)) +
    r")[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])", re.IGNORECASE)
UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")

PUBLIC_HOSTS = [
    "riversidehall.example", "stcecilia-chorale.example", "northgate-philharmonic.example",
    "harbourlights-youth-orchestra.example", "lindenvale-choral-society.example",
]
INTERNAL_HOSTS = [
    "boxoffice.riverside.internal", "scores.northgate.internal", "av.riverside.internal",
    "db.stcecilia.internal", "stream.harbourlights.internal", "crm.lindenvale.internal",
]
USERS = ["boxoffice_svc", "mthornbury", "librarian", "fohmanager", "avtech", "concertmaster",
         "choiradmin", "tourops", "kiosk01", "patronsync", "streamdesk", "hallops"]
PEOPLE = ["Margaret Ellory", "Tomasz Wrona", "Aisha Okafor", "Declan Rourke", "Ingrid Halvorsen",
          "Priya Raman", "Lucas Ferreira", "Hannah Whitcombe", "Sione Latu", "Mei Takeda"]


def rand_str(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False, max_word=None):
    words = WORLD_WORDS if max_word is None else [w for w in WORLD_WORDS if len(w) <= max_word]
    w = rng.choice(words)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    tail = rand_str(rng, LALNUM, rng.randint(3, 5)) + rand_str(rng, DIGITS, 2)
    return w + j + tail


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return s.upper() if upper else s


def is_uuid4(s):
    return bool(re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}", s))


def rand_bytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------- check digits
DAMM_TABLE = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
]


def damm_digit(digits):
    i = 0
    for ch in digits:
        i = DAMM_TABLE[i][int(ch)]
    return str(i)


def damm_ok(digits_with_check):
    return damm_digit(digits_with_check) == "0"


assert damm_digit("572") == "4" and damm_ok("5724")


def iso7064_97_10_check(body):
    """Two check digits (ISO 7064 MOD 97-10, IBAN style: letters A=10 .. Z=35, then 98 - n*100 mod 97)."""
    num = "".join(str(int(c, 36)) for c in body)
    return "%02d" % (98 - (int(num) * 100) % 97)


def iso7064_97_10_ok(s):
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def _iban_ok(iban):
    r = iban[4:] + iban[:4]
    return iso7064_97_10_ok(r)


assert _iban_ok("GB82WEST12345698765432")


def adler32_hex(s):
    return "%08x" % zlib.adler32(s.encode())


assert zlib.adler32(b"Wikipedia") == 0x11E60398

BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits, pad=True):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    elif not pad and (bits >= frombits or ((acc << (tobits - bits)) & maxv)):
        return None
    return ret


def bech32_encode(hrp, data5):
    values = bech32_hrp_expand(hrp) + data5
    polymod = bech32_polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data5 + checksum)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH32_CHARSET for c in data):
        return False
    return bech32_polymod(bech32_hrp_expand(hrp) + [BECH32_CHARSET.find(c) for c in data]) == 1


assert bech32_encode("a", []) == "a12uel5l"


def age_secret_key(rng):
    return bech32_encode("age-secret-key-", convertbits(list(rand_bytes(rng, 32)), 8, 5)).upper()


def age_recipient(rng):
    return bech32_encode("age", convertbits(list(rand_bytes(rng, 32)), 8, 5))


def ean13_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


assert ean13_check("978030640615") == "7"


def luhn_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


assert luhn_check("7992739871") == "3"


def iswc_check(d9):
    s = 1 + sum((i + 1) * int(c) for i, c in enumerate(d9))
    return str((10 - s % 10) % 10)


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    w = [x.lower() for x in words]
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
    if style == "dot":
        return ".".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    raise ValueError(style)


def fill(template, value, **fields):
    """Replace ⟦NAME⟧ fields, then place the value at the single ⟦V⟧ marker; return (text, start)."""
    t = template
    for k, v in fields.items():
        t = t.replace("⟦%s⟧" % k, v)
    if t.count("⟦V⟧") != 1:
        raise ValueError("template needs exactly one value marker")
    if "⟦" in t.replace("⟦V⟧", ""):
        raise ValueError("unfilled field in template: %r" % t[:80])
    start = t.index("⟦V⟧")
    return t[:start] + value + t[start + 3:], start


def make_span(value, start, typ, **extra):
    d = {"value": value, "start": start, "end": start + len(value), "type": typ}
    d.update(extra)
    return d


class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.public = set()
        self._set = set()

    def ok(self, s):
        if s in self._set:
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return False
        return True

    def add(self, s, public=False):
        if not self.ok(s):
            return False
        self.items.append(s)
        self._set.add(s)
        if public:
            self.public.add(s)
        return True

    def draw(self, fn, public=False, tries=200):
        for _ in range(tries):
            s = fn()
            if self.add(s, public=public):
                return s
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- deny-list
def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lang_names = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            text = f.read()
        found = []
        for m in re.findall(r"`([^`\n]+)`", text):
            found.append(m.strip().lower())
        for m in re.findall(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+", text):
            found.append(m.lower())
        for n in found:
            if not n:
                continue
            parts = [n] + [p for p in n.split("__") if p]
            for p in parts:
                names.add(p)
                m = re.match(r"^([a-z]+)pw_(.+)$", p)
                if m:
                    syntaxes.add(m.group(2))
        for code, lname in re.findall(r"`([a-z]{2,3})` \(([^)`]+)\)", text):
            codes.add(code)
            lang_names.add(lname.strip().lower())
            for w in re.split(r"[\s\-]+", lname.strip().lower()):
                if w:
                    lang_names.add(w)
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


class Deny:
    def __init__(self, d):
        self.d = d
        self.names = set(d["names"])
        self.syntaxes = set(d["syntaxes"])
        self.codes = set(d["language_codes"])
        self.lang_names = set(d["language_names"])

    def name_hit(self, name):
        n = name.lower()
        parts = [n] + [p for p in n.split("__") if p]
        return [p for p in parts if p in self.names]

    def syntax_hit(self, syntax):
        s = syntax.lower()
        return s in self.syntaxes or s in self.names

    def language_hit(self, code, lname):
        hits = []
        if code.lower() in self.codes or code.lower() in self.names:
            hits.append(code)
        ln = lname.lower()
        if ln in self.lang_names:
            hits.append(lname)
        for w in re.split(r"[\s\-]+", ln):
            if w in self.lang_names:
                hits.append(w)
        return hits


def jdump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def sha256_hex(b):
    return hashlib.sha256(b).hexdigest()
