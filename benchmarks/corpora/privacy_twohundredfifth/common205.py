"""Shared helpers for corpus p205 (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string

PREFIX = "p205"
MARK = "\x00V\x00"          # slot marker, replaced by the value (never left in output)
BRIEF_DIR = "/tmp/brief205"
BRIEF_FILES = ["README_twohundredfirst.md", "README_twohundredth.md"]

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"

SHOPS = ["brisketandbone", "tidelinefish", "hollowfarmshop", "oakhangerbutchers",
         "quaysidecatch", "greenacrelarder", "saltmarshgame", "wolds-hampers"]


# --------------------------------------------------------------------------- rng helpers
def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64std(b):
    return base64.b64encode(b).decode()


def uuid4(rng):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def jwt_hs(rng, payload, alg="HS256"):
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    head = b64url_nopad(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)  # discarded
    sig = hmac.new(key, f"{head}.{body}".encode(), digest).digest()
    return f"{head}.{body}.{b64url_nopad(sig)}"


def jwt_random_sig(rng, header, payload, sig_len):
    head = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    body = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url_nopad(rbytes(rng, sig_len))}"


# --------------------------------------------------------------------------- checksums
def fletcher16(data):
    s1 = s2 = 0
    for c in data:
        s1 = (s1 + c) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def gs1_check(digits):
    """GS1 mod-10 check digit for a digit string without its check digit."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def imo_check(six):
    return str(sum(int(d) * w for d, w in zip(six, [7, 6, 5, 4, 3, 2])) % 10)


def uk_vat_check(seven):
    """Old-style UK VAT mod-97 check: weighted sum + check = 0 mod 97."""
    s = sum(int(d) * w for d, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
    c = (-s) % 97
    return f"{c:02d}"


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# --------------------------------------------------------------------------- passwords
WORDS = """brisket sirloin ribeye topside silverside oxtail haslet chipolata pancetta gammon
hogget mutton venison pheasant partridge grouse mallard woodcock rabbit turbot halibut haddock
kipper mackerel herring sardine langoustine scallop mussel oyster cockle lobster monkfish plaice
brill bream pollock salmon smokie cleaver bandsaw mincer skewer fillet cutlet tomahawk dryage
marbling barrow orchard hamper chutney marmalade sourdough cheddar stilton wensleydale rhubarb
damson quince heather cider hedgerow haybale tractor paddock heifer bullock saddleback tamworth
hereford angus longhorn dexter shorthorn galloway herdwick swaledale texel jacob capon forerib
flatiron picanha bavette onglet hanger rillette terrine pork chop crackling trotter sweetbread
crayfish whelk winkle samphire cullen arbroath bloater gravlax carcass sawdust butcherblock
larder icebox chiller rosette provenance farmgate eggbox honeycomb""".split()

JOINERS_EVERYDAY = "-_.+!~"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def owner_password(rng, strict=False):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_EVERYDAY)
    mid = rs(rng, LOWER_ALNUM, rng.randint(3, 5))
    return f"{w}{j}{mid}{rng.randint(0, 99):02d}"


# --------------------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any substring relation (6+ characters) with an earlier string."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for e in self.items:
            if (len(e) >= 6 and e in s) or (len(s) >= 6 and s in e):
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
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


# --------------------------------------------------------------------------- key styles
def key(words, style):
    if isinstance(words, str):
        words = words.split("_")
    if style == "upper":
        return "_".join(w.upper() for w in words)
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


def place(template, value):
    """Replace the single slot marker; return (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def record(rid, typ, container, text, start, end, value, source, **extra):
    span = {"value": value, "start": start, "end": end, "type": typ}
    span.update(extra)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [span], "source": source}


# --------------------------------------------------------------------------- deny-list
CODE_PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^)`]+)\)")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    files = []
    for fn in BRIEF_FILES:
        p = os.path.join(brief_dir, fn)
        with open(p, encoding="utf-8") as f:
            t = f.read()
        files.append(fn)
        found = []
        for m in re.finditer(r"`([^`\n]+)`", t):
            found.append(m.group(1).strip().lower())
        for m in re.finditer(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", t):
            found.append(m.group(0).lower())
        for s in found:
            if not s:
                continue
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"(?<![A-Za-z0-9])[a-z]+pw_([a-z0-9_]+)", t):
            syntaxes.add(m.group(1).split("__")[0].strip("_"))
        for m in CODE_PAIR_RE.finditer(t):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,]+", nm):
                if w:
                    lnames.add(w)
    return {"source": brief_dir, "files": files, "names": sorted(names),
            "syntaxes": sorted(syntaxes), "language_codes": sorted(codes),
            "language_names": sorted(lnames)}


def denied(name, deny):
    """Return the offending piece if name (or any __ part) is deny-listed."""
    n = name.lower()
    pool = deny["_names"]
    if n in pool:
        return n
    for part in n.split("__"):
        if part in pool:
            return part
    return None


def prepare_deny(deny):
    d = dict(deny)
    d["_names"] = set(deny["names"])
    d["_syntaxes"] = set(deny["syntaxes"])
    d["_codes"] = set(deny["language_codes"])
    d["_lnames"] = set(deny["language_names"])
    return d


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
