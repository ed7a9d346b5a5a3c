"""Shared helpers for corpus p202 (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import random
import re
import uuid

PREFIX = "p202"
BRIEF_DIR = "/tmp/brief202"
BRIEF_FILES = ["README_hundredninetyseventh.md", "README_hundredninetyninth.md"]
HERE = os.path.dirname(os.path.abspath(__file__))

SEEDS = {
    "everyday": 20201, "pairing": 20211, "vendor": 20202, "password": 20203,
    "prose": 20204, "evasion": 20205, "negative": 20206,
}

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# words of this world for owner-chosen passwords (letters only, lower case)
WORLD_WORDS = """
hawk falcon merlin kestrel goshawk sparrowhawk peregrine gyrfalcon lanner saker hobby
barnowl tawny eagleowl buzzard redkite osprey jesses hood lure creance perch mews bewit
aylmeri swivel leash gauntlet tiercel eyass haggard austringer cadge bowperch weathering
tidbit casting mantle stoop hacking quarry hedgehog badger otter swan fawn leveret fledgling
squirrel pipistrelle noctule dormouse shrew robin wren dunnock blackbird magpie jackdaw rook
heron grebe gannet puffin kittiwake triage incubator splint nestling brooder aviary flightpen
mannequin glasseye borax tanning fleshing diorama plinth habitat groundwork armature pedestal
specimen antler pelt plumage talon keel moult primaries coverts tailfeather ringing microchip
release softrelease rehab fostering owlet kit cub hoglet cygnet gosling roost hedgerow
""".split()


def rint(rng, a, b):
    return rng.randint(a, b)


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64(data):
    return base64.b64encode(data).decode("ascii")


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def jdump(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def make_jwt(rng, header, payload, alg_hash=None, sig_len=None):
    """Real base64url JSON header/payload; HMAC signature under a discarded key when
    alg_hash is given, otherwise sig_len random bytes."""
    h = b64url_nopad(jdump(header).encode())
    p = b64url_nopad(jdump(payload).encode())
    signing_input = (h + "." + p).encode()
    if alg_hash is not None:
        key = rbytes(rng, 64)
        sig = hmac.new(key, signing_input, alg_hash).digest()
    else:
        sig = rbytes(rng, sig_len)
    return h + "." + p + "." + b64url_nopad(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}


def owner_password(rng, joiners="-_.+!~"):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w[0].upper() + w[1:]
    return w + rng.choice(joiners) + rs(rng, LOWER_ALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)


def strict_password(rng):
    return owner_password(rng, "-_.")


PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def case_key(words, style):
    words = [w.lower() for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:] for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w[:1].upper() + w[1:] for w in words)
    raise ValueError(style)


class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for t in self.items:
            if len(s) >= 6 and len(t) >= 6 and (s in t or t in s):
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, fn):
        for _ in range(200):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


def fill(template, value, subs=None):
    """Replace {V} (exactly once) by value, other slots by subs; return (text, start)."""
    t = template
    for k, v in (subs or {}).items():
        t = t.replace("{" + k + "}", v)
    if t.count("{V}") != 1:
        raise ValueError("template must contain {V} exactly once: " + template[:60])
    start = t.index("{V}")
    return t.replace("{V}", value), start


def span_record(rid, typ, container, text, start, value, source):
    return {
        "id": rid, "type": typ, "container": container, "text": text,
        "secrets": [{"value": value, "start": start, "end": start + len(value), "type": typ}],
        "source": source,
    }


# ---------------------------------------------------------------- deny-list
LANG_PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^()]+)\)")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            text = fh.read()
        for m in re.findall(r"`([^`\n]+)`", text):
            m = m.strip().lower()
            if not m:
                continue
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
            sm = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", m)
            if sm:
                syntaxes.add(sm.group(1).split("__")[0])
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", text):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for code, name in LANG_PAIR_RE.findall(text):
            codes.add(code.lower())
            lnames.add(name.lower())
            for w in re.split(r"[\s\-/]+", name.lower()):
                if w:
                    lnames.add(w)
    # syntaxes named in set-aside lists without prefix are already in names
    return {
        "source": brief_dir,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def load_denylist():
    with open(os.path.join(HERE, "brief_names.json"), encoding="utf-8") as fh:
        return json.load(fh)


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def luhn_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def luhn_mod_n_char(body, alphabet):
    n = len(alphabet)
    factor = 2
    total = 0
    for ch in reversed(body):
        addend = factor * alphabet.index(ch)
        factor = 1 if factor == 2 else 2
        addend = addend // n + addend % n
        total += addend
    return alphabet[(n - total % n) % n]


def luhn_mod_n_ok(s, alphabet):
    n = len(alphabet)
    factor = 1
    total = 0
    for ch in reversed(s):
        addend = factor * alphabet.index(ch)
        factor = 1 if factor == 2 else 2
        addend = addend // n + addend % n
        total += addend
    return total % n == 0


def crc16_ccitt(data, crc=0xFFFF):
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc
