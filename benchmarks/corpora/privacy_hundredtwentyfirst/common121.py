"""Shared helpers for corpus p121 (printing / prepress / print-on-demand)."""
import base64, hashlib, json, random, re, string, uuid, os

MARK = "\u00abS\u00bb"   # slot marker for the secret
HEX = "0123456789abcdef"; HEXU = HEX.upper()
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
CS = {"h": HEX, "H": HEXU, "a": ALNUM, "l": LOWALNUM, "u": UPALNUM, "d": string.digits,
      "b": B64URL, "B": B64, "L": string.ascii_lowercase, "U": string.ascii_uppercase,
      "c": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"}

PRINT_WORDS = ["halftone", "duotone", "gutter", "kerning", "overprint", "trapping", "imposition",
    "letterpress", "flexo", "gravure", "squeegee", "colophon", "ligature", "densitometer",
    "laminate", "perforate", "creasing", "guillotine", "saddlestitch", "broadsheet", "folio",
    "quire", "vellum", "magenta", "platesetter", "blanket", "emboss", "foilstamp", "bleedmark",
    "cropmark", "proofsheet", "tabloid", "pica", "serif", "deckle", "spotvarnish", "screenruling",
    "rosette", "moire", "linotype", "inkfountain", "cylinder", "anilox", "doctorblade"]

def owner_pw(r):
    w = r.choice(PRINT_WORDS)
    if r.random() < 0.45: w = w.capitalize()
    mid = "".join(r.choice(LOWALNUM) for _ in range(r.randint(3, 6)))
    return w + r.choice("-_.") + mid + "".join(r.choice(string.digits) for _ in range(2))

def rs(r, cs, n):
    return "".join(r.choice(CS[cs]) for _ in range(n))

def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))

def jwt(r, iss, sub_prefix):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps({"iss": iss, "sub": sub_prefix + str(r.randint(10000, 99999)),
                           "iat": 1700000000 + r.randint(0, 9999999)}, separators=(",", ":")).encode())
    s = b64url(bytes(r.getrandbits(8) for _ in range(32)))
    return h + "." + p + "." + s

def shape(r, spec):
    """spec: list of literals (str) and (charset, n) tuples, or ('uuid',), ('jwt', iss), ('pw',), ('b64bytes', n)."""
    out = []
    for p in spec:
        if isinstance(p, str): out.append(p)
        elif p[0] == "uuid": out.append(uuid4(r))
        elif p[0] == "jwt": out.append(jwt(r, p[1], "acct_"))
        elif p[0] == "pw": out.append(owner_pw(r))
        elif p[0] == "b64bytes": out.append(base64.b64encode(bytes(r.getrandbits(8) for _ in range(p[1]))).decode())
        else: out.append(rs(r, p[0], p[1]))
    return "".join(out)

def fill(template, value, extra=None):
    """Replace the slot marker by value, other «X» markers by extra; return text, start, end."""
    t = template
    for k, v in (extra or {}).items():
        t = t.replace("\u00ab" + k + "\u00bb", v)
    assert t.count(MARK) == 1, template[:80]
    i = t.index(MARK)
    text = t[:i] + value + t[i + len(MARK):]
    assert "\u00ab" not in text and "\u00bb" not in text, text[:120]
    return text, i, i + len(value)

def rec(id_, type_, container, text, s, e, source):
    return {"id": id_, "type": type_, "container": container, "text": text,
            "secrets": [{"value": text[s:e], "start": s, "end": e, "type": type_}], "source": source}

# ---------------- deny-list ----------------
LANG_HAND = ["esperanto", "persian", "tamil", "malay", "odia", "frisian", "romansh", "lingala",
             "cyrillic", "devanagari", "greek", "gurmukhi", "lao", "latin", "perso", "arabic", "thai",
             "myanmar", "kannada", "malayalam", "gujarati", "ge'ez", "geez", "tigrinya", "burmese"]

def extract_denylist(paths):
    names, langs, words, tokens = set(), set(), set(), set()
    for p in paths:
        txt = open(p, encoding="utf-8").read()
        for m in re.findall(r"`([^`]+)`", txt):
            n = m.strip().lower()
            names.add(n)
            for part in n.split("__"): names.add(part)
        for m in re.findall(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", txt):
            n = m.lower(); names.add(n)
            for part in n.split("__"):
                if part: names.add(part)
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", txt):
            langs.add(code); langs.add(nm.lower())
            for w in re.findall(r"[A-Za-z']+", nm): langs.add(w.lower())
        for line in txt.splitlines():
            if "onfidence is" in line or "Scripts:" in line or line.startswith("Prose") or "Languages (" in line:
                for w in re.findall(r"\b[A-Z][a-z']+\b", line): langs.add(w.lower())
        for w in re.findall(r"[A-Za-z]+", txt): words.add(w.lower())
        for t in txt.split():
            n = re.sub(r"[^a-z0-9]", "", t.lower())
            if n: tokens.add(n)
    langs.update(LANG_HAND)
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words), "tokens": sorted(tokens)}

def name_overlaps(name, deny_names):
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    return [p for p in parts if p in deny_names]
