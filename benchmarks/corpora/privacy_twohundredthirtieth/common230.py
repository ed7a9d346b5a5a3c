"""Shared helpers for corpus p230 (vineyards, wineries, cellar doors).

Standard library only; every random draw goes through a random.Random that
the caller seeds, so the build is deterministic.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p230"
BRIEF_DIR = "/tmp/brief230"
BRIEF_FILES = ["README_twohundredtwentyseventh.md", "README_twohundredtwentyeighth.md"]

LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = UP + LOW + DIG
B62 = DIG + UP + LOW
LALNUM = LOW + DIG
UALNUM = UP + DIG
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
B64URL = UP + LOW + DIG + "-_"
B64STD = UP + LOW + DIG + "+/"
ALPH = {
    "an": ALNUM, "lan": LALNUM, "uan": UALNUM, "hex": HEXL, "HEX": HEXU,
    "b64u": B64URL, "b64": B64STD, "dig": DIG, "let": UP + LOW, "low": LOW,
    "up": UP,
}
ALPH_RE = {
    "an": "[A-Za-z0-9]", "lan": "[a-z0-9]", "uan": "[A-Z0-9]", "hex": "[0-9a-f]",
    "HEX": "[0-9A-F]", "b64u": "[A-Za-z0-9_-]", "b64": "[A-Za-z0-9+/]",
    "dig": "[0-9]", "let": "[A-Za-z]", "low": "[a-z]", "up": "[A-Z]",
}
ALPH_DESC = {
    "an": "alphanumerics", "lan": "lower-case alphanumerics", "uan": "upper-case alphanumerics",
    "hex": "lower-case hex", "HEX": "upper-case hex", "b64u": "base64url",
    "b64": "standard Base64 characters", "dig": "digits", "let": "letters",
    "low": "lower-case letters", "up": "upper-case letters",
}

# Words of this world for owner-chosen passwords (letters only).
WORLD_WORDS = sorted(set("""
vineyard trellis canopy pruning veraison harvest crush press barrel cask cooper
stave bung cellar tasting decanter cork capsule bottling riddling disgorge lees
must pomace tannin terroir vintage cuvee blend rootstock graft budbreak cordon
spur cane tendril bunch berry brix acidity yeast ferment racking fining filter
tank vat amphora oak toast hogshead puncheon barrique magnum jeroboam sommelier
vigneron secateur gondola destemmer crusher chiller glycol sulphur bentonite
topping sediment aroma bouquet palate finish rose blanc rouge sparkling dosage
solera terrace slope vine grapevine estate chateau domaine bodega winery
corkscrew carafe goblet riesling merlot syrah shiraz malbec gamay grenache
tempranillo chardonnay semillon viognier nebbiolo sangiovese zinfandel muscat
pinot cabernet mourvedre carignan verdelho marsanne picpoul furmint albarino
clairette fiano aglianico dolcetto barbera lagrein trousseau savagnin tokaji
noble botrytis icewine passito amarone ripasso claret hock sherry madeira
""".split()))

JOINERS_WIDE = "-_.+!~"
JOINERS_STRICT = "-_."
PW_WIDE_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
UUID_ANY_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID4_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def rs(rng, alph, n):
    a = ALPH.get(alph, alph)
    return "".join(rng.choice(a) for _ in range(n))


def uuid4(rng):
    h = [rng.choice(HEXL) for _ in range(32)]
    h[12] = "4"
    h[16] = rng.choice("89ab")
    s = "".join(h)
    return f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:]}"


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_hs(rng, alg, payload):
    """A real HS256/384/512 JWT signed with a random key that is thrown away."""
    hdr = {"alg": alg, "typ": "JWT"}
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    key = bytes(rng.randrange(256) for _ in range(32))
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, f"{h}.{p}".encode(), dig).digest()
    return f"{h}.{p}.{b64u(sig)}"


def jwt_rs_shaped(rng, payload, kid=None):
    hdr = {"alg": "RS256", "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = bytes(rng.randrange(256) for _ in range(256))
    return f"{h}.{p}.{b64u(sig)}"


JWT_SIG_LEN = {"HS256": 43, "HS384": 64, "HS512": 86, "RS256": 342, "RS384": 342, "RS512": 342}


def jwt_problem(tok):
    """None if tok is a JWT with JSON header/payload and a fitting signature length."""
    parts = tok.split(".")
    if len(parts) != 3:
        return "not three parts"
    try:
        hdr = json.loads(b64u_dec(parts[0]))
        json.loads(b64u_dec(parts[1]))
    except Exception:
        return "header or payload not base64url JSON"
    alg = hdr.get("alg")
    if alg not in JWT_SIG_LEN:
        return "unknown alg"
    if len(parts[2]) != JWT_SIG_LEN[alg]:
        return f"signature length {len(parts[2])} does not fit {alg}"
    return None


def password(rng, strict=False, minlen=0, maxlen=99):
    while True:
        w = rng.choice(WORLD_WORDS)
        if rng.random() < 0.4:
            w = w.capitalize()
        j = rng.choice(JOINERS_STRICT if strict else JOINERS_WIDE)
        tail = rs(rng, LALNUM, rng.randint(3, 5)) + rs(rng, DIG, 2)
        pw = w + j + tail
        if minlen <= len(pw) <= maxlen:
            return pw


# --- check characters -------------------------------------------------------
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num_with_check):
    c = 0
    for i, ch in enumerate(reversed(num_with_check)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def luhn36_char(body):
    """Luhn mod N over 0-9a-z: the character that makes the whole string valid."""
    n = 36
    factor, total = 2, 0
    for ch in reversed(body):
        cp = int(ch, 36) * factor
        total += cp // n + cp % n
        factor = 1 if factor == 2 else 2
    return "0123456789abcdefghijklmnopqrstuvwxyz"[(n - total % n) % n]


def luhn36_ok(s):
    n = 36
    factor, total = 1, 0
    for ch in reversed(s):
        cp = int(ch, 36) * factor
        total += cp // n + cp % n
        factor = 2 if factor == 1 else 1
    return total % n == 0


def base62_fixed(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc32_b62(body):
    return base62_fixed(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gs1_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gs1_ok(code):
    return gs1_check(code[:-1]) == code[-1]


# --- key-name styles ----------------------------------------------------------
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


# --- registry of drawn strings -----------------------------------------------
class Registry:
    """Refuses repeats and any 6+ character substring relation with earlier strings."""

    def __init__(self):
        self.items = []
        self.seen = set()
        self.public = set()  # public neighbours drawn through the registry (not secrets)

    def ok(self, s):
        if s in self.seen:
            return False
        for t in self.items:
            a, b = (s, t) if len(s) <= len(t) else (t, s)
            if len(a) >= 6 and a in b:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, fn):
        for _ in range(1000):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


# --- records -------------------------------------------------------------------
MARK = "\u0000VALUE\u0000"


def place(template_text, value):
    """template_text contains MARK exactly once; returns (text, start, end)."""
    assert template_text.count(MARK) == 1, template_text
    start = template_text.index(MARK)
    text = template_text.replace(MARK, value)
    return text, start, start + len(value)


def fill(template, value, **ctx):
    """Replace <<S>> with the value and <<NAME>> with ctx[NAME]."""
    t = template
    for k, v in ctx.items():
        t = t.replace(f"<<{k}>>", str(v))
    assert "<<" not in t.replace("<<S>>", "") or True
    t = t.replace("<<S>>", MARK)
    left = re.findall(r"<<[A-Z0-9_]+>>", t)
    if left:
        raise KeyError(f"unfilled slots {left} in {template[:60]!r}")
    return place(t, value)


def record(rid, rtype, container, text, start, end, source, extra_span=None, extra_rec=None):
    span = {"value": text[start:end], "start": start, "end": end, "type": rtype}
    if extra_span:
        span.update(extra_span)
    rec = {"id": rid, "type": rtype, "container": container}
    if extra_rec:
        rec.update(extra_rec)
    rec["text"] = text
    rec["secrets"] = [span]
    rec["source"] = source
    return rec


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# --- deny-list ----------------------------------------------------------------
LANG_PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")


def extract_denylist(brief_dir=BRIEF_DIR, files=BRIEF_FILES):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in files:
        txt = open(os.path.join(brief_dir, fn), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", txt):
            m2 = m.strip().lower()
            if re.fullmatch(r"[a-z0-9_]+", m2) and re.search(r"[a-z]", m2):
                names.add(m2)
                for part in m2.split("__"):
                    if part:
                        names.add(part)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", txt):
            m2 = m.lower()
            names.add(m2)
            for part in m2.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"`([a-z]+)pw_([a-z0-9_]+)`", txt):
            syn = m[1].split("__")[0]
            syntaxes.add(syn)
        for code, name in LANG_PAIR_RE.findall(txt):
            codes.add(code)
            nm = name.strip().lower()
            lnames.add(nm)
            for w in re.split(r"[^a-zà-ÿ0-9']+", nm):
                if w:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": list(files),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def denied(name, deny):
    """Case-insensitive: whole name or any __ part in the deny-list names."""
    n = name.lower()
    names = deny["_names_set"]
    if n in names:
        return True
    return any(p in names for p in n.split("__") if p)


def prepare_deny(deny):
    d = dict(deny)
    d["_names_set"] = set(deny["names"])
    d["_syn_set"] = set(deny["syntaxes"])
    d["_codes_set"] = set(deny["language_codes"])
    d["_lnames_set"] = set(deny["language_names"])
    return d
