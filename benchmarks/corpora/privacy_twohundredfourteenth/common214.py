"""Shared helpers for the p214 corpus (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p214"
BRIEF_DIR = "/tmp/brief214"
BRIEF_FILES = ["README_twohundredninth.md", "README_twohundredeleventh.md"]
MARK = "\u0000V\u0000"

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64U = ALNUM + "-_"
B64 = UPPER + LOWER + DIGITS + "+/"
B32L = "abcdefghijklmnopqrstuvwxyz234567"

# Words of this world (language school, tutoring agency, exam centre); letters only.
WORLD_WORDS = """placement leveltest cefr grammar vocab idioms phonics phoneme diphthong speaking
listening reading writing essay dictation cloze homestay hostfamily tutor tutee lesson credits
timetable classroom roombook staffroom whiteboard flashcard coursebook workbook syllabus module
semester intake enrolment visaletter invigilator proctor candidate examhall examdesk seatplan
certificate transcript diploma ielts toefl cambridge trinity delf dele goethe hsk jlpt topik testdaf
celta tefl esol beginner elementary intermediate advanced proficiency fluency accent pronounce
conjugate subjunctive preterite gerund infinitive adverb pronoun kanji hiragana katakana hangul
pinyin umlaut cedilla tilde register attendance fieldtrip excursion welcomepack induction buddy
conversation tandem immersion summerschool juniorcamp lingua polyglot bilingual translate
interpret mocktest bandscore shadowing minimalpair idiom collocation paraphrase""".split()
assert all(re.fullmatch(r"[a-z]+", w) for w in WORLD_WORDS)

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def pick(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    mid = pick(rng, LALNUM, rng.randint(3, 5))
    return w + j + mid + pick(rng, DIGITS, 2)


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt(rng, alg, payload, header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    si = (h + "." + p).encode()
    key = rbytes(rng, 32)  # discarded
    if alg == "HS256":
        sig = hmac.new(key, si, hashlib.sha256).digest()
    elif alg == "HS384":
        sig = hmac.new(key, si, hashlib.sha384).digest()
    elif alg == "HS512":
        sig = hmac.new(key, si, hashlib.sha512).digest()
    elif alg == "RS256":
        sig = rbytes(rng, 256)
    elif alg == "ES256":
        sig = rbytes(rng, 64)
    else:
        raise ValueError(alg)
    return h + "." + p + "." + b64u_nopad(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64}
JWT_FIND = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
UUID_FIND = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def jwt_problem(tok):
    parts = tok.split(".")
    try:
        h = json.loads(b64u_dec(parts[0]))
        json.loads(b64u_dec(parts[1]))
        sig = b64u_dec(parts[2])
    except Exception as e:  # noqa
        return "jwt not decodable: %s" % e
    if JWT_SIG_LEN.get(h.get("alg")) != len(sig):
        return "jwt signature length %d does not fit %s" % (len(sig), h.get("alg"))
    return None


def uuid_is_v4(u):
    u = u.lower()
    return u[14] == "4" and u[19] in "89ab"


# ---- check-digit helpers (real) ----
def fletcher16_hex(s):
    a = b = 0
    for ch in s.encode():
        a = (a + ch) % 255
        b = (b + a) % 255
    return "%02x%02x" % (b, a)


CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CROCKFORD_CHECK = CROCKFORD + "*~$=U"


def crockford_b32(b):
    n = int.from_bytes(b, "big")
    bits = len(b) * 8
    nchars = (bits + 4) // 5
    n <<= nchars * 5 - bits
    out = []
    for i in range(nchars):
        out.append(CROCKFORD[(n >> (5 * (nchars - 1 - i))) & 31])
    return "".join(out)


def crockford_check(b):
    return CROCKFORD_CHECK[int.from_bytes(b, "big") % 37]


def crockford_b32_decode(s, nbytes):
    n = 0
    for ch in s:
        n = n * 32 + CROCKFORD.index(ch)
    n >>= len(s) * 5 - nbytes * 8
    return n.to_bytes(nbytes, "big")


B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def luhn_mod_n_check(s, alphabet=B36):
    n = len(alphabet)
    factor = 2
    total = 0
    for ch in reversed(s):
        addend = factor * alphabet.index(ch)
        factor = 1 if factor == 2 else 2
        addend = addend // n + addend % n
        total += addend
    return alphabet[(n - total % n) % n]


def iban_check_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban_make(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    cd = 98 - int(num) % 97
    return "%s%02d%s" % (country, cd, bban)


def mod11_2_check(digits):
    total = 0
    for d in digits:
        total = (total + int(d)) * 2
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# ---- key-name styles ----
def keyname(words, style):
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


def place(template, value):
    """Replace the single MARK in template by value and return (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


class Registry:
    """Refuses repeats and any substring relation (6+ chars) with earlier strings."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        if len(s) >= 6:
            for e in self.items:
                if len(e) >= 6 and (s in e or e in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.set.add(s)
        self.items.append(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


def positive_record(rid, typ, container, text, start, end, source):
    value = text[start:end]
    return {
        "id": rid,
        "type": typ,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": start, "end": end, "type": typ}],
        "source": source,
    }


# ---- deny-list extraction ----
def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            t = f.read()
        for m in re.finditer(r"`([^`\n]+)`", t):
            n = m.group(1).strip().lower()
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
            sm = re.match(r"^([a-z]+)pw_(.+)$", n)
            if sm:
                syntaxes.add(sm.group(2))
        for m in re.finditer(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", t):
            n = m.group(0).lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,;/-]+", nm):
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


def name_hits(name, deny):
    """Return deny-listed hits for a name (whole name or any __ part, case-insensitive)."""
    n = name.lower()
    dn = deny["_names_set"]
    hits = []
    if n in dn:
        hits.append(n)
    for part in n.split("__"):
        if part and part != n and part in dn:
            hits.append(part)
    return hits


def load_deny(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    d["_names_set"] = set(d["names"])
    d["_syn_set"] = set(d["syntaxes"])
    return d


def crc32_hex(s):
    return "%08x" % (zlib.crc32(s.encode()) & 0xFFFFFFFF)
