"""Shared helpers for corpus p184 (court reporting / stenography / legal transcription).

Standard library only; every random choice goes through a random.Random passed in.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p184"
MARK = "\ue000"          # slot marker, replaced by the value; never left in a text
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"

# Owner-chosen password words of the court-reporting / stenography world (80).
PW_WORDS = """
steno stenotype shorthand verbatim realtime deposition transcript exhibit affidavit subpoena
errata witness counsel bailiff gavel docket chambers courtroom voirdire plaintiff
defendant testimony objection sustained overruled recess adjourn notary jurat apostille
scopist proofreader readback playback stenomask voicewriter fingerspell misstroke briefs outline
caption colloquy parenthetical stipulate sidebar lectern podium tribunal magistrate arraignment
indictment pleading paralegal mediator arbitrator certiorari mandamus amicus habeas estoppel
codicil escrow folio ledger minutes verdict juror hearing motion rebuttal
crossexam redirect hearsay exhibitlist rough certified keystroke chord asterisk numberbar
""".split()
assert len(PW_WORDS) == 80, len(PW_WORDS)

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,6}[0-9]{2}$")


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def password(r, strict=False):
    w = r.choice(PW_WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    j = r.choice("-_." if strict else "-_.+~")
    mid = rs(r, LOWALNUM, r.randint(3, 6))
    return w + j + mid + "%02d" % r.randrange(100)


def uuid4(r, upper=False):
    b = bytearray(rbytes(r, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def uuid_is_v4(u):
    return u[14] == "4" and u[19].lower() in "89ab"


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt(r, header, payload, sig="random", sig_len=64, key=None):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    if sig == "hmac":
        s = b64url_nopad(hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest())
    else:
        s = b64url_nopad(rbytes(r, sig_len))
    return h + "." + p + "." + s


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(b64url_decode(parts[0]))
        p = json.loads(b64url_decode(parts[1]))
        b64url_decode(parts[2])
    except Exception:
        return False
    return isinstance(h, dict) and "alg" in h and isinstance(p, dict)


def b62_encode_int(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def github_style_token(r, prefix, body_len=30):
    body = rs(r, B62, body_len)
    return prefix + body + b62_encode_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def github_style_ok(tok, prefix):
    body = tok[len(prefix):-6]
    return tok.startswith(prefix) and b62_encode_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == tok[-6:]


def crc_hex8(s):
    return "%08x" % (zlib.crc32(s.encode()) & 0xFFFFFFFF)


def aba_check(d8):
    w = [3, 7, 1] * 3
    s = sum(int(c) * w[i] for i, c in enumerate(d8))
    return str((10 - s % 10) % 10)


def aba_ok(n):
    w = [3, 7, 1] * 3
    return len(n) == 9 and n.isdigit() and sum(int(c) * w[i] for i, c in enumerate(n)) % 10 == 0


def odd_parity(b7):
    return b7 | (0x80 if bin(b7).count("1") % 2 == 0 else 0)


def odd_parity_ok(b):
    return bin(b).count("1") % 2 == 1


# ---------------------------------------------------------------- key-name styles

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
    if style == "lower":
        return "".join(ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "title":
        return " ".join(w.capitalize() for w in ws)
    if style == "train":
        return "-".join(w.capitalize() for w in ws)
    raise ValueError(style)


# ---------------------------------------------------------------- registry

class Registry:
    """Every labelled value, hidden password, evasion plain and run goes through here.
    A string is refused if it is in a substring relation with anything registered earlier."""

    def __init__(self):
        self.items = []

    def ok(self, s):
        for t in self.items:
            if s in t or t in s:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        return True

    def draw(self, fn, *extra):
        for _ in range(200):
            v = fn()
            if isinstance(v, tuple):
                cand = [x for x in v if x]
            else:
                cand = [v]
            if all(self.ok(c) for c in cand) and len(set(cand)) == len(cand):
                for c in cand:
                    self.items.append(c)
                return v
        raise RuntimeError("registry could not draw a fresh value")


def place(template, value):
    """Replace the single slot marker by value, return (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def record(rid, typ, container, text, start, end, source, extra=None):
    value = text[start:end]
    span = {"value": value, "start": start, "end": end, "type": typ}
    if extra:
        span.update(extra)
    rec = {"id": rid, "type": typ, "container": container, "text": text, "secrets": [span], "source": source}
    return rec


# ---------------------------------------------------------------- deny-list

BRIEF_DIR = "/tmp/brief184"
BRIEF_FILES = ["README_hundredseventyninth.md", "README_hundredeightyfirst.md"]

_SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
_BT = re.compile(r"`([^`\n]+)`")
_LANGPAIR = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
_PWPREFIX = re.compile(r"^[a-z]+pw_")


def extract_denylist(texts):
    names = set()
    syntaxes = set()
    codes = set()
    langnames = set()
    for t in texts:
        found = [m.group(1) for m in _BT.finditer(t)] + _SNAKE.findall(t)
        for f in found:
            f = f.strip().lower()
            if not f:
                continue
            parts = [f] + f.split("__")
            for p in parts:
                if not p:
                    continue
                names.add(p)
                m = _PWPREFIX.match(p)
                if m:
                    s = p[m.end():]
                    names.add(s)
                    syntaxes.add(s)
        for m in _LANGPAIR.finditer(t):
            codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            langnames.add(nm)
            for w in re.split(r"[\s,/-]+", nm):
                if len(w) > 2:
                    langnames.add(w)
    return {
        "source": "extracted from " + ", ".join(BRIEF_FILES) + " (backticked names and snake_case identifiers, lower-cased, "
                  "also split at __ and with any <letters>pw_ prefix stripped; language code/name pairs)",
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(langnames),
    }


def fresh_denylist():
    if not os.path.isdir(BRIEF_DIR):
        return None
    texts = []
    for f in BRIEF_FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    return extract_denylist(texts)


def denied(name, deny):
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    s = set(deny["names"])
    return [p for p in parts if p in s]
