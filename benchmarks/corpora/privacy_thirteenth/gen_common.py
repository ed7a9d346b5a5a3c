"""Shared helpers for privacy_thirteenth (p13): value generators, record rendering, checksums."""
import base64
import hashlib
import random
import re
import string
import zlib

HEX = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
LALNUM = string.ascii_lowercase + string.digits
UALNUM = string.ascii_uppercase + string.digits
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
ALPH = {
    "h": HEX, "H": HEX.upper(), "a": B62, "l": LALNUM, "u": UALNUM, "d": string.digits,
    "b": B64, "w": B64U, "L": string.ascii_lowercase, "z": "abcdefghijklmnopqrstuvwxyz234567",
    "Z": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
}
MARKERS = ["§S", "§T", "§R", "§Q"]  # secret slots 0..3 in templates


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


_SPEC = re.compile(r"\{([a-zA-Z])(\d*)\}")


def spec(rng, s):
    """Expand a shape spec: {h32} hex, {a40} base62, {U} uuid4, {b44} base64 chars, ..."""
    def rep(m):
        k, n = m.group(1), m.group(2)
        if k == "U":
            return uuid4(rng)
        return rs(rng, ALPH[k], int(n))
    return _SPEC.sub(rep, s)


def b62(n):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out or "0"


def github_token(rng, prefix):
    body = rs(rng, B62, 30)
    return prefix + body + b62(zlib.crc32(body.encode())).rjust(6, "0")


def github_token_valid(tok):
    body, crc = tok[4:34], tok[34:]
    return len(tok) == 40 and b62(zlib.crc32(body.encode())).rjust(6, "0") == crc


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_like(rng, header, payload, siglen=32):
    import json
    return "%s.%s.%s" % (b64u(json.dumps(header, separators=(",", ":")).encode()),
                         b64u(json.dumps(payload, separators=(",", ":")).encode()),
                         b64u(bytes(rng.getrandbits(8) for _ in range(siglen))))


WORDS = ("amber anchor apricot aspen atlas badger basalt beacon birch bramble canyon cedar cinder cobalt comet "
         "copper coral cosmo crimson dahlia delta dune ember falcon fennel fjord flint garnet glacier granite "
         "harbor hazel heron indigo iris jasper juniper kelp kestrel lagoon lantern lemur lilac lotus lynx "
         "magma maple marlin meadow mesa mistral nebula nickel nimbus oasis obsidian onyx orchid osprey otter "
         "papaya pebble pepper pine plover prairie quartz quill raven reef ridge saffron sage sequoia sierra "
         "sparrow spruce summit tamarind thistle tundra umber valley velvet walnut willow yarrow zephyr").split()
SYMS = "!#%*+-.=?@^_~"


def human_pw(rng):
    k = rng.randrange(5)
    w1, w2 = rng.choice(WORDS), rng.choice(WORDS)
    if k == 0:
        return w1.capitalize() + rng.choice(SYMS) + w2.capitalize() + str(rng.randrange(10, 99))
    if k == 1:
        return w1.capitalize() + str(rng.randrange(1990, 2026)) + rng.choice(SYMS)
    if k == 2:
        t = str.maketrans("aeios", "43105")
        return (w1 + w2).translate(t).capitalize() + rng.choice(SYMS) + str(rng.randrange(10))
    if k == 3:
        return rs(rng, B62 + "!%*-_=+", rng.randrange(14, 22))
    return "%s-%s-%s%d" % (w1, w2.upper(), rng.choice(WORDS), rng.randrange(10, 999))


def render(template, secrets, plain=None):
    """Replace secret markers in template. secrets: list of (value, type) or (value, type, plain).
    Returns (text, spans) with spans sorted by position, every occurrence labelled."""
    out, spans, i = [], [], 0
    pos = 0
    pat = re.compile("|".join(re.escape(m) for m in MARKERS[:len(secrets)]))
    for m in pat.finditer(template):
        out.append(template[i:m.start()])
        pos += m.start() - i
        idx = MARKERS.index(m.group(0))
        sec = secrets[idx]
        d = {"value": sec[0], "start": pos, "end": pos + len(sec[0]), "type": sec[1]}
        if len(sec) > 2 and sec[2] is not None:
            d["plain"] = sec[2]
        spans.append(d)
        out.append(sec[0])
        pos += len(sec[0])
        i = m.end()
    out.append(template[i:])
    return "".join(out), spans


def fill(template, **kw):
    """Replace non-secret tokens like §K §k §c §N §H §U in a template."""
    for k in sorted(kw, key=lambda x: -len(x)):
        template = template.replace("§" + k, kw[k])
    return template


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


# ---------- bech32 (BIP-173) ----------
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


def _convertbits(data, frombits, tobits):
    acc, bits, ret = 0, 0, []
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & ((1 << tobits) - 1))
    if bits:
        ret.append((acc << (tobits - bits)) & ((1 << tobits) - 1))
    return ret


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_valid(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    return _polymod(_hrp_expand(hrp) + [BECH.index(c) for c in data]) == 1


# ---------- base58check ----------
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + out


def b58check(payload):
    return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def b58check_valid(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    raw = b"\0" * (len(s) - len(s.lstrip("1"))) + raw
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    body = "\n".join(b[i:i + width] for i in range(0, len(b), width))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label)
