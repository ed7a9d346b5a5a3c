"""Shared helpers for privacy_twentieth (p20). Standard library only."""
import base64
import binascii
import random
import re
import string
import zlib

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
SAFE_PW = ALNUM + "._-"

CHARSETS = {"a": ALNUM, "l": LOWER_ALNUM, "U": UPPER_ALNUM, "h": HEX,
            "H": HEX.upper(), "b": B64URL, "d": string.digits,
            "L": string.ascii_lowercase}


def rs(r, n, cs=ALNUM):
    return "".join(r.choice(cs) for _ in range(n))


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(r, nbytes, urlsafe=False, pad=True):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
    s = s.decode()
    return s if pad else s.rstrip("=")


def password(r, lo=12, hi=20):
    n = r.randint(lo, hi)
    while True:
        p = r.choice(ALNUM) + rs(r, n - 2, SAFE_PW) + r.choice(ALNUM)
        if (any(c.isdigit() for c in p) and any(c.isupper() for c in p)
                and any(c.islower() for c in p) and ".." not in p):
            return p


def base62_int(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def crc32_b62_token(r, prefix, body_len=30):
    """GitHub / npm style: prefix + body + base62(CRC32(body)) padded to 6."""
    body = rs(r, body_len)
    return prefix + body + base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc32_b62_valid(tok, prefix):
    if not tok.startswith(prefix):
        return False
    rest = tok[len(prefix):]
    body, chk = rest[:-6], rest[-6:]
    return base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == chk


def build(parts):
    """parts: str or (value, type) or (value, type, plain). Returns text, spans."""
    text = ""
    spans = []
    for p in parts:
        if isinstance(p, str):
            text += p
        else:
            v, t = p[0], p[1]
            s = {"value": v, "start": len(text), "end": len(text) + len(v), "type": t}
            if len(p) > 2 and p[2] is not None:
                s["plain"] = p[2]
            text += v
            spans.append(s)
    return text, spans


TOKEN_RE = re.compile(r"\{\{|\}\}|\{([A-Za-z_0-9]+)\}")


def render(tpl, fill, payloads):
    """Render a template: {V} / {V2}.. insert payload part lists; other {x} from fill."""
    parts = []
    pos = 0
    for m in TOKEN_RE.finditer(tpl):
        parts.append(tpl[pos:m.start()])
        k = m.group(1)
        if k is None:
            parts.append(m.group(0)[0])
        elif k in payloads:
            parts.extend(payloads[k])
        else:
            parts.append(str(fill[k]))
        pos = m.end()
    parts.append(tpl[pos:])
    # merge adjacent strings
    out = []
    for p in parts:
        if isinstance(p, str) and out and isinstance(out[-1], str):
            out[-1] += p
        elif p != "":
            out.append(p)
    return out


FIRST = ["maria", "jonas", "priya", "tomasz", "aiko", "kwame", "lucia", "erik",
         "fatima", "diego", "hana", "olek", "noor", "sven", "ines", "ravi"]
HOSTS = ["db-2.internal", "pg-main.corp.lan", "10.20.4.17", "mq-1.svc.local",
         "cache-a.prod.lan", "sql7.int.example.net", "store-03.lan", "core-db.eu1.lan"]
ORGS = ["acme-labs", "northwind", "bluefin", "orbital-io", "kestrel", "lumen-dev",
        "tidewater", "quartzsoft"]


def filler(r):
    return {"user": r.choice(FIRST), "user2": r.choice(FIRST), "host": r.choice(HOSTS),
            "org": r.choice(ORGS), "n": r.randint(100, 9999), "n2": r.randint(10, 99),
            "port": r.choice([5432, 3306, 6379, 5672, 27017, 9092, 8443]),
            "date": "2026-%02d-%02d" % (r.randint(1, 11), r.randint(1, 28)),
            "time": "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
            "hexid": rs(r, 12, HEX), "sha": rs(r, 40, HEX), "uuid": uuid4(r),
            "ms": r.randint(3, 900), "pid": r.randint(1000, 60000)}
