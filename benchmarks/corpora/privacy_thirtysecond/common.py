"""Shared helpers for p32: alphabets, value generators, span rendering."""
import binascii

LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = UP + LOW + DIG
HEX = "0123456789abcdef"
HEXU = HEX.upper()
B64 = UP + LOW + DIG + "+/"
B64U = UP + LOW + DIG + "-_"
UPDIG = UP + DIG
LOWDIG = LOW + DIG
B62 = DIG + UP + LOW
ALPHA = {"A": ALNUM, "H": HEX, "X": HEXU, "b": B64, "u": B64U, "U": UPDIG, "L": LOWDIG, "D": DIG, "l": LOW}


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def shape(rng, parts):
    """parts: list of literal strings or (alphabet-code, n) tuples."""
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        else:
            code, n = p
            out.append(rs(rng, ALPHA.get(code, code), n))
    return "".join(out)


def password(rng, lo=12, hi=20):
    while True:
        n = rng.randint(lo, hi)
        s = [rng.choice(ALNUM)]
        while len(s) < n - 1:
            c = rng.choice(ALNUM + "._-" if s[-1] not in "._-" else ALNUM)
            s.append(c)
        s.append(rng.choice(ALNUM))
        p = "".join(s)
        if any(c in UP for c in p) and any(c in LOW for c in p) and any(c in DIG for c in p):
            return p


def b62(n, width=6):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_token(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + b62(binascii.crc32(body.encode()) & 0xFFFFFFFF)


def gh_crc_ok(tok):
    body, crc = tok[4:34], tok[34:40]
    return len(tok) == 40 and b62(binascii.crc32(body.encode()) & 0xFFFFFFFF) == crc


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def b64url_nopad(b):
    import base64
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_like(rng, payload):
    import json
    h = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(rng, B64U, 43)


def render(template, mapping, spans):
    """Fill a template. mapping: name -> str. spans: dict name -> (type) for
    markers whose value is a labelled secret. Marker syntax: {NAME}.
    Returns text and list of span dicts in order."""
    import re
    out, res, pos = [], [], 0
    for m in re.finditer(r"\{([A-Z][A-Z0-9_]*)\}", template):
        out.append(template[pos:m.start()])
        name = m.group(1)
        if name not in mapping:
            raise KeyError(name)
        val = mapping[name]
        start = sum(len(x) for x in out)
        out.append(val)
        if name in spans:
            res.append({"value": val, "start": start, "end": start + len(val), "type": spans[name]})
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    res.sort(key=lambda s: s["start"])
    return text, res
