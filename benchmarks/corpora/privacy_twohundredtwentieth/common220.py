"""Shared helpers for corpus p220 (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p220"
OUT_NAME = "privacy_twohundredtwentieth"
BRIEF_DIR = "/tmp/brief220"
BRIEF_FILES = ["README_twohundredfifteenth.md", "README_twohundredseventeenth.md"]
SLOT = "\u00a7"  # slot marker, must never survive into a text

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
B62 = DIGITS + UPPER + LOWER
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS

# words of this world for owner-chosen passwords (letters only)
WORLD_WORDS = """
chicane hairpin apex kerb gridslot pitlane chequered podium laptimer transponder
slipstream oversteer understeer hotlap qualifier heatsheet pole marshal flagpost
tyrewall barrier helmet balaclava racesuit gokart twinengine rotax pitboard
paintball marker hopper squeegee barrel chrono visor bunker airball snake dorito
splat speedball woodsball tagger phaser vest arena fogger strobe blacklight
maze lasertag respawn hitpoint sniper medic recon capture flagrun scoreboard
leaderboard league season trophy voucher birthday partyroom waiver wristband
briefing incident throttle brakepad sprocket chain clutch bumper pitstop
redflag yellowflag blueflag overtake lapboard endurance sprintrace rookie
veteran juniorcup cadet bambino minikart checkpoint hydro tank regulator
""".split()

# hosts and neutral neighbours of this world
HOSTS = [
    "booking.ridgewaykarting.example", "timing.ridgewaykarting.lan", "lapboard.ridgewaykarting.lan",
    "api.splatzonepaintball.example", "armoury.splatzonepaintball.lan", "waivers.splatzonepaintball.example",
    "arena.photonquest-lasertag.lan", "scores.photonquest-lasertag.example", "dmx.photonquest-lasertag.lan",
    "league.apexcircuitclub.example", "db.apexcircuitclub.lan", "vouchers.apexcircuitclub.example",
]
USERS = ["race_control", "pitdesk", "marshal_lead", "frontdesk", "arena_ops", "timing_svc",
         "league_admin", "waiver_kiosk", "armourer", "venue_mgr", "party_host", "scorekeeper"]


class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.set = set()
        self.hidden = []

    def ok(self, s):
        if s in self.set:
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.set.add(s)
        return True

    def draw(self, fn, tries=500):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_json(obj):
    return b64u(json.dumps(obj, separators=(",", ":")).encode())


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def owner_password(rng, joiners="-_.+!~"):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    return w + rng.choice(joiners) + rs(rng, LALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)


PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_ANY = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")


def jwt(rng, alg, payload, sig_len=None, key=None):
    header = {"alg": alg, "typ": "JWT"}
    h = b64u_json(header)
    p = b64u_json(payload)
    signing = (h + "." + p).encode()
    if alg.startswith("HS") and key is not None:
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(key, signing, dig).digest()
    else:
        sig = rbytes(rng, sig_len)
    return h + "." + p + "." + b64u(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}


def b64u_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


# --- base62 CRC-32 (GitHub-like token tail) ---
def base62_fixed(n, width):
    out = []
    for _ in range(width):
        n, r = divmod(n, 62)
        out.append(B62[r])
    return "".join(reversed(out))


def crc32_b62(body):
    return base62_fixed(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


# --- Bech32 (BIP-173) ---
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
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
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = convertbits(data_bytes, 8, 5)
    values = bech32_hrp_expand(hrp) + data
    polymod = bech32_polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_verify(s):
    s2 = s.lower()
    pos = s2.rfind("1")
    hrp, data = s2[:pos], s2[pos + 1:]
    if any(c not in BECH for c in data) or len(data) < 7:
        return False
    vals = [BECH.index(c) for c in data]
    return bech32_polymod(bech32_hrp_expand(hrp) + vals) == 1


# --- Crockford base32 with mod-37 check symbol ---
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CROCK_CHECK = CROCK + "*~$=U"


def crockford_with_check(b):
    n = int.from_bytes(b, "big")
    nchars = (len(b) * 8 + 4) // 5
    s = "".join(CROCK[(n >> (5 * (nchars - 1 - i))) & 31] for i in range(nchars))
    return s + CROCK_CHECK[n % 37]


def crockford_check_ok(s):
    body, chk = s[:-1], s[-1]
    n = 0
    for c in body:
        if c not in CROCK:
            return False
        n = n * 32 + CROCK.index(c)
    return CROCK_CHECK[n % 37] == chk


# --- check digits used by negatives ---
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def ean13_digit(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def uk_vat_ok(d9):
    s = sum(int(d9[i]) * (8 - i) for i in range(7)) + int(d9[7:])
    return s % 97 == 0 or (s + 55) % 97 == 0


def uk_vat_make(rng):
    while True:
        d7 = rs(rng, DIGITS, 7)
        if d7[0] == "0":
            continue
        s = sum(int(d7[i]) * (8 - i) for i in range(7))
        chk = (-s) % 97
        cand = d7 + "%02d" % chk
        if uk_vat_ok(cand):
            return cand


# --- key-name case styles ---
def key_name(words, style):
    if style == "upper":
        return "_".join(words).upper()
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


def place(template, value):
    """Put value at the single slot marker; return (text, start, end)."""
    assert template.count(SLOT) == 1, template
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


def positive(rid, typ, container, template, value, source):
    text, s, e = place(template, value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": source}


# --- deny-list extraction from the two briefing READMEs ---
def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            t = f.read()
        for m in re.findall(r"`([^`\n]+)`", t):
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
        for m in re.findall(r"[a-z0-9]+(?:_[a-z0-9]+)+", t.lower()):
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)`]+)\)", t):
            codes.add(code.lower())
            lnames.add(name.lower())
            for w in re.split(r"[\s,;/]+", name.lower()):
                if w:
                    lnames.add(w)
    return {"source": brief_dir, "files": BRIEF_FILES, "names": sorted(names),
            "syntaxes": sorted(syntaxes), "language_codes": sorted(codes),
            "language_names": sorted(lnames)}


def load_denylist(here):
    with open(os.path.join(here, "brief_names.json"), encoding="utf-8") as f:
        return json.load(f)


def denied(name, deny):
    names = deny["_nameset"]
    n = name.lower()
    if n in names:
        return True
    return any(p in names for p in n.split("__") if p)
