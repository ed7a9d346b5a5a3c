"""Shared helpers for corpus p173 (equestrian-centre / stable-management / horse-racing world).

Standard library only. Every random choice goes through a random.Random passed in by the caller.
"""
import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p173"
MARK = "\u27eaV\u27eb"          # slot marker, must never survive into a text
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = string.ascii_letters + string.digits + "-_"

# words of the equestrian / racing world used for owner-chosen passwords
WORLD_WORDS = [
    "haynet", "farrier", "paddock", "bridle", "saddle", "stirrup", "girth", "martingale",
    "fetlock", "withers", "canter", "gallop", "dressage", "livery", "hoofpick", "numnah",
    "snaffle", "gelding", "filly", "yearling", "furlong", "steeplechase", "hurdle", "oxer",
    "cavaletti", "lunge", "halter", "poultice", "horsebox", "manger", "muckheap", "haylage",
    "chaff", "pelham", "surcingle", "crupper", "breastplate", "jodhpur", "gymkhana",
    "eventing", "showjump", "handicap", "photofinish", "racecard", "silks", "jockey",
    "broodmare", "studbook", "chestnut", "palomino", "skewbald", "piebald", "roan",
    "horseshoe", "coronet", "pastern", "stifle", "pommel", "cantle", "farriery", "shavings",
    "tackroom", "winnerspost", "startgate", "bitguard", "overreach", "curbchain", "noseband",
]
JOINERS = "-_.+~"
SAFE_JOINERS = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$")
SAFE_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,6}[0-9]{2}$")


class Registry:
    """Refuses any string that is in a substring relation with an earlier one."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        for t in self.items:
            if s in t or t in s:
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
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, safe=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    j = rng.choice(SAFE_JOINERS if safe else JOINERS)
    mid = rs(rng, LOWALNUM, rng.randint(3, 6))
    return w + j + mid + rs(rng, string.digits, 2)


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


UUID_ANY = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def uuid_is_v4(s):
    return s[14] == "4" and s[19].lower() in "89ab"


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_hs256(rng, payload):
    header = {"alg": "HS256", "typ": "JWT"}
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url(sig)


def jwt_rs256_shape(rng, payload, kid=None):
    header = {"alg": "RS256", "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url(rbytes(rng, 256))


def jwt_parts_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
    except Exception:
        return False
    return True


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_token_ok(tok, prefix):
    body = tok[len(prefix):]
    return len(body) == 36 and base62_int(zlib.crc32(body[:30].encode()) & 0xFFFFFFFF, 6) == body[30:]


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


def gs1_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


# ---- key-name case styles -------------------------------------------------------------
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
    if style == "train":
        return "-".join(x.capitalize() for x in w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    raise ValueError(style)


def place(template, value):
    """Replace the single slot marker by value; return (text, start, end)."""
    if template.count(MARK) != 1:
        raise ValueError("template must hold exactly one slot marker")
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def make_record(rid, typ, container, text, start, end, source):
    value = text[start:end]
    return {
        "id": rid,
        "type": typ,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": start, "end": end, "type": typ}],
        "source": source,
    }


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---- deny-list --------------------------------------------------------------------------
BRIEF_DIR = "/tmp/brief173"
BRIEF_FILES = ["README_hundredseventieth.md", "README_hundredseventyfirst.md"]
EARLIER_PW_PREFIX = re.compile(r"^[a-z]+pw_")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lang_names = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            text = fh.read()
        found = [m.lower() for m in re.findall(r"`([^`\n]+)`", text)]
        found += re.findall(r"[a-z0-9]+(?:_+[a-z0-9]+)+", text.lower())
        for n in found:
            n = n.strip()
            if not n:
                continue
            for part in [n] + n.split("__"):
                if not part:
                    continue
                names.add(part)
                if EARLIER_PW_PREFIX.match(part):
                    stripped = EARLIER_PW_PREFIX.sub("", part, count=1)
                    names.add(stripped)
                    syntaxes.add(stripped)
        for line in text.splitlines():
            if "Languages (" in line or "spares" in line or line.startswith("Prose"):
                for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", line):
                    codes.add(code)
                    lang_names.add(name.lower())
                    for word in re.split(r"[\s\-]+", name.lower()):
                        if word:
                            lang_names.add(word)
            if "spares" in line:
                m = re.search(r"spares[^;)]*", line)
                if m:
                    for code in re.findall(r"`([a-z]{3})`", m.group(0)):
                        codes.add(code)
    return {
        "source": sorted(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def name_denied(name, deny):
    """True when the name or any of its __ parts is deny-listed (case-insensitive)."""
    names = deny["_names_set"]
    low = name.lower()
    for part in [low] + low.split("__"):
        if part in names:
            return True
    return False


def prepare_deny(deny):
    deny = dict(deny)
    deny["_names_set"] = set(deny["names"])
    deny["_syntax_set"] = set(deny["syntaxes"])
    deny["_codes_set"] = set(deny["language_codes"])
    deny["_lang_names_set"] = set(deny["language_names"])
    return deny
