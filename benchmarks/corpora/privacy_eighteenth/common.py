"""Shared helpers for privacy_eighteenth: record assembly, value generators, checksums."""
import base64
import binascii
import hashlib
import hmac
import json
import random
import string
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"


class S:
    """A labelled secret inside a text template."""
    __slots__ = ("value", "type", "plain")

    def __init__(self, value, type_, plain=None):
        self.value = value
        self.type = type_
        self.plain = plain


def assemble(parts):
    """parts: list of str or S. Returns (text, spans)."""
    out = []
    spans = []
    pos = 0
    for p in parts:
        if isinstance(p, S):
            sp = {"value": p.value, "start": pos, "end": pos + len(p.value), "type": p.type}
            if p.plain is not None:
                sp["plain"] = p.plain
            spans.append(sp)
            out.append(p.value)
            pos += len(p.value)
        else:
            out.append(p)
            pos += len(p)
    return "".join(out), spans


def tpl(template, **slots):
    """Split a template on {name} markers; slot values may be str or S."""
    parts = []
    i = 0
    while i < len(template):
        j = template.find("{{", i)
        if j < 0:
            parts.append(template[i:])
            break
        parts.append(template[i:j])
        k = template.index("}}", j)
        name = template[j + 2:k]
        v = slots[name]
        if isinstance(v, list):
            parts.extend(v)
        else:
            parts.append(v)
        i = k + 2
    return [p for p in parts if p != ""]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n):
    return rs(rng, HEX, n)


def rb64(rng, nbytes, url=False, pad=True):
    b = bytes(rng.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
    return s if pad else s.rstrip("=")


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def ruuid(rng):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_like(rng, header, payload, sig_bytes=32):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(rng, sig_bytes))


# ---------- checksums ----------

def base62_fixed(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def github_token(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + base62_fixed(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def github_token_valid(tok):
    for pre in ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"):
        if tok.startswith(pre) and len(tok) == 40:
            body = tok[4:34]
            return base62_fixed(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == tok[34:]
    return False


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + s


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    full = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + full


def b58check(payload):
    return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def b58check_valid(s):
    raw = b58decode(s)
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


# bech32 (BIP-173)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits, pad=True):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = convertbits(data_bytes, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_valid(s):
    pos = s.rfind("1")
    hrp, data = s[:pos], [BECH.index(c) for c in s[pos + 1:]]
    return _polymod(_hrp_expand(hrp) + data) == 1


def crc16_xmodem(data):
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


# ---------- human passwords ----------

WORDS = ["harbor", "lantern", "cobalt", "meadow", "falcon", "granite", "willow", "copper", "saffron",
         "glacier", "thistle", "ember", "quartz", "juniper", "canyon", "velvet", "orchid", "tundra",
         "marble", "pepper", "summit", "harvest", "beacon", "cinder", "driftwood", "maple", "nimbus",
         "pixel", "rocket", "salmon", "tiger", "violet", "walnut", "zephyr", "anchor", "bramble",
         "cactus", "dolphin", "fjord", "gecko", "hazel", "iris", "jasper", "kettle", "lemur", "mango",
         "nectar", "olive", "puffin", "raven", "sparrow", "tulip", "umber", "vortex", "wombat", "yarrow"]


def pw_safe(rng):
    """password safe for unquoted contexts: [A-Za-z0-9._-]"""
    k = rng.randrange(4)
    if k == 0:
        return rs(rng, ALNUM, rng.randrange(14, 22))
    if k == 1:
        w = [rng.choice(WORDS) for _ in range(3)]
        return "-".join(w) + str(rng.randrange(10, 99))
    if k == 2:
        return rng.choice(WORDS).capitalize() + rng.choice(WORDS).capitalize() + "." + str(rng.randrange(1000, 9999))
    return rs(rng, ALNUM + "._-", rng.randrange(16, 24)).strip(".-_") + rs(rng, ALNUM, 2)


def pw_sym(rng):
    """password with symbols for quoted contexts"""
    k = rng.randrange(3)
    if k == 0:
        return rng.choice(WORDS).capitalize() + rng.choice("!#%&*+?@^~") + rng.choice(WORDS) + str(rng.randrange(1990, 2030))
    if k == 1:
        return rs(rng, ALNUM, 6) + rng.choice("!#%*+?@^") + rs(rng, ALNUM, 6) + rng.choice("!#%*?@") + rs(rng, ALNUM, 3)
    return rng.choice(WORDS).capitalize() + "_" + rng.choice(WORDS) + rng.choice("!#?@") + str(rng.randrange(10, 99))


def rec_pos(rid, type_, container, parts, source):
    text, spans = assemble(parts)
    return {"id": rid, "type": spans[0]["type"] if spans else type_, "container": container,
            "text": text, "secrets": spans, "source": source}
