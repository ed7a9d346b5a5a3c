"""Shared helpers for privacy_fifteenth: records, random values, encodings, small crypto."""
import base64, hashlib, hmac, random, re, struct, zlib

MARK = re.compile(r"\u27e6(\d+)\u27e7")  # ⟦n⟧ placeholders

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
LOWALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid4(r, upper=False):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


SPEC = re.compile(r"\{([a-zA-Z]+):?(\d*)\}")
ALPH = {"h": HEX, "H": HEX.upper(), "a": B62, "l": LOWALNUM, "u": UPALNUM,
        "d": "0123456789", "b": B64, "w": B64U, "L": "abcdefghijklmnopqrstuvwxyz",
        "A": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "m": B58}


def expand(r, spec):
    """Expand a shape spec such as 'glpat-{w:20}' or '{uuid}'."""
    def sub(m):
        k, n = m.group(1), m.group(2)
        if k == "uuid":
            return uuid4(r)
        if k == "UUID":
            return uuid4(r, True)
        return rs(r, ALPH[k], int(n))
    return SPEC.sub(sub, spec)


def fill(tmpl, vals):
    """Build text and spans from a template containing ⟦i⟧ markers.
    vals: list of (value, type) or (value, type, plain)."""
    text, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(tmpl):
        text.append(tmpl[last:m.start()])
        pos += len(tmpl[last:m.start()])
        v = vals[int(m.group(1))]
        sp = {"value": v[0], "start": pos, "end": pos + len(v[0]), "type": v[1]}
        if len(v) > 2 and v[2] is not None:
            sp["plain"] = v[2]
        spans.append(sp)
        text.append(v[0])
        pos += len(v[0])
        last = m.end()
    text.append(tmpl[last:])
    return "".join(text), spans


def rec(kind, tmpl, vals, source):
    text, spans = fill(tmpl, vals)
    return {"type": spans[0]["type"], "container": kind, "text": text,
            "secrets": spans, "source": source}


# ---------------------------------------------------------------- people / places
FIRST = ["amara", "bo", "chidi", "dagny", "eitan", "farah", "goran", "hana", "ilse", "jun",
         "kofi", "leila", "mateo", "nkechi", "oskar", "priya", "quinn", "rui", "saoirse", "tomas",
         "ulla", "viktor", "wen", "ximena", "yusuf", "zofia", "anouk", "bilal", "carmen", "dmitri"]
WORDS = ["harbor", "maple", "quartz", "ember", "falcon", "glacier", "lantern", "meadow", "nebula",
         "orchid", "pepper", "raven", "saffron", "thistle", "umber", "velvet", "willow", "zephyr",
         "cobalt", "juniper", "kestrel", "lagoon", "marble", "nectar", "otter", "pebble", "quill",
         "russet", "sparrow", "tundra", "walnut", "yarrow", "basalt", "cinder", "dune", "fjord",
         "granite", "heron", "iris", "jasper", "krill", "lichen", "mistral", "nutmeg", "onyx"]
DOMAINS = ["corp.example", "lab.example.org", "acme.test", "intra.example.net", "ops.example.com"]


def user(r):
    sep = r.choice(["", ".", "_"])
    return r.choice(FIRST) + sep + r.choice(["ops", "adm", "dev", str(r.randint(1, 99)), "svc"] + ([""] if not sep else []))


def host(r):
    return "%s-%s%02d.%s" % (r.choice(["db", "app", "edge", "gw", "mq", "nas", "ci", "vpn"]),
                             r.choice(WORDS), r.randint(1, 40), r.choice(DOMAINS))


def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 254))


def ts(r, sep="T"):
    return "2025-%02d-%02d%s%02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), sep,
                                               r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def password(r, safe=False):
    """Human-ish password. safe=True -> [A-Za-z0-9._-] only."""
    style = r.randint(0, 4)
    syms = "._-" if safe else "!#%*+?@^~._-"
    if style == 0:
        w = r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize()
        return w + str(r.randint(10, 2025)) + r.choice(syms)
    if style == 1:
        return "-".join(r.choice(WORDS) for _ in range(3)) + str(r.randint(2, 99))
    if style == 2:
        w = r.choice(WORDS)
        w = w.replace("a", "4").replace("e", "3").replace("o", "0")
        return w.capitalize() + r.choice(syms) + str(r.randint(100, 9999)) + r.choice(WORDS)[:3].upper()
    if style == 3:
        alpha = B62 + ("._-" if safe else "!#%*+?@^~._-")
        s = rs(r, alpha, r.randint(12, 21))
        return r.choice(B62) + s[1:-1] + r.choice(B62)
    return r.choice(FIRST).capitalize() + str(r.randint(1970, 2024)) + r.choice(syms) + r.choice(WORDS)


# ---------------------------------------------------------------- encodings / checksums
def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def gh_token(r, prefix):
    body = rs(r, B62, 30)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def gh_check(tok):
    body, ck = tok.split("_", 1)[1][:30], tok[-6:]
    return b62(zlib.crc32(body.encode()), 6) == ck


def b58enc(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, d = divmod(n, 58)
        out = B58[d] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58dec(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def b58check(payload):
    return b58enc(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def b58check_ok(s):
    raw = b58dec(s)
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


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


def _hrp_exp(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _bits(data, f, t, pad=True):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << f) | v
        bits += f
        while bits >= t:
            bits -= t
            out.append((acc >> bits) & ((1 << t) - 1))
    if pad and bits:
        out.append((acc << (t - bits)) & ((1 << t) - 1))
    return out


def bech32(hrp, data):
    d = _bits(data, 8, 5)
    pm = _polymod(_hrp_exp(hrp) + d + [0] * 6) ^ 1
    return hrp + "1" + "".join(BECH[x] for x in d + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def bech32_ok(s):
    hrp, _, data = s.rpartition("1")
    return _polymod(_hrp_exp(hrp) + [BECH.index(c) for c in data]) == 1


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pem(label, der, width=64):
    s = b64(der)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (
        label, "\n".join(s[i:i + width] for i in range(0, len(s), width)), label)


def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(n):
    b = n.to_bytes((n.bit_length() + 8) // 8 or 1, "big")
    return der(2, b)


def der_oid(dotted):
    p = [int(x) for x in dotted.split(".")]
    out = bytes([40 * p[0] + p[1]])
    for v in p[2:]:
        enc = [v & 0x7f]
        v >>= 7
        while v:
            enc.append(0x80 | (v & 0x7f))
            v >>= 7
        out += bytes(reversed(enc))
    return der(6, out)


def der_seq_ok(pem_text):
    body = "".join(l for l in pem_text.splitlines() if not l.startswith("-----"))
    raw = base64.b64decode(body)
    if raw[0] != 0x30:
        return False
    if raw[1] < 128:
        return raw[1] + 2 == len(raw)
    k = raw[1] & 0x7f
    return int.from_bytes(raw[2:2 + k], "big") + 2 + k == len(raw)


# ---------------------------------------------------------------- Ed25519 / X25519 / EC
_P = 2 ** 255 - 19
_D = -121665 * pow(121666, _P - 2, _P) % _P
_GY = 4 * pow(5, _P - 2, _P) % _P


def _xrec(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P)
    x = pow(xx, (_P + 3) // 8, _P)
    if (x * x - xx) % _P:
        x = x * pow(2, (_P - 1) // 4, _P) % _P
    return _P - x if x & 1 else x


_G = (_xrec(_GY), _GY)


def _eadd(a, b):
    x1, y1 = a
    x2, y2 = b
    t = _D * x1 * x2 * y1 * y2
    return ((x1 * y2 + x2 * y1) * pow(1 + t, _P - 2, _P) % _P,
            (y1 * y2 + x1 * x2) * pow(1 - t, _P - 2, _P) % _P)


def _emul(k, pt):
    q = (0, 1)
    while k:
        if k & 1:
            q = _eadd(q, pt)
        pt = _eadd(pt, pt)
        k >>= 1
    return q


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = _emul(a, _G)
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def x25519_base(k):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    n = int.from_bytes(k, "little")
    x1, x2, z2, x3, z3, sw = 9, 1, 0, 9, 1, 0
    for t in reversed(range(255)):
        kt = (n >> t) & 1
        sw ^= kt
        if sw:
            x2, x3, z2, z3 = x3, x2, z3, z2
        sw = kt
        A, B = (x2 + z2) % _P, (x2 - z2) % _P
        AA, BB = A * A % _P, B * B % _P
        E = (AA - BB) % _P
        C, D = (x3 + z3) % _P, (x3 - z3) % _P
        DA, CB = D * A % _P, C * B % _P
        x3 = (DA + CB) ** 2 % _P
        z3 = x1 * (DA - CB) ** 2 % _P
        x2 = AA * BB % _P
        z2 = E * (AA + 121665 * E) % _P
    if sw:
        x2, z2 = x3, z3
    return (x2 * pow(z2, _P - 2, _P) % _P).to_bytes(32, "little")


CURVES = {
    "P-256": dict(p=2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1, a=-3,
                  b=0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b,
                  g=(0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
                     0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5),
                  n=0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551,
                  oid="1.2.840.10045.3.1.7", size=32),
    "P-521": dict(p=2 ** 521 - 1, a=-3,
                  b=0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00,
                  g=(0x00c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66,
                     0x011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650),
                  n=0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409,
                  oid="1.3.132.0.35", size=66),
}


def ec_mul(cv, k, pt=None):
    c = CURVES[cv]
    p = c["p"]
    pt = pt or c["g"]

    def add(P, Q):
        if P is None:
            return Q
        if Q is None:
            return P
        if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
            return None
        if P == Q:
            l = (3 * P[0] * P[0] + c["a"]) * pow(2 * P[1], p - 2, p) % p
        else:
            l = (Q[1] - P[1]) * pow(Q[0] - P[0], p - 2, p) % p
        x = (l * l - P[0] - Q[0]) % p
        return (x, (l * (P[0] - x) - P[1]) % p)
    R = None
    while k:
        if k & 1:
            R = add(R, pt)
        pt = add(pt, pt)
        k >>= 1
    return R


def ec_on_curve(cv, P):
    c = CURVES[cv]
    return (P[1] ** 2 - P[0] ** 3 - c["a"] * P[0] - c["b"]) % c["p"] == 0


def ec_keypair(r, cv):
    c = CURVES[cv]
    d = r.randrange(1, c["n"])
    return d, ec_mul(cv, d)


def ssh_str(b):
    return struct.pack(">I", len(b)) + b
