"""Shared helpers for privacy_eleventh: deterministic randomness, alphabets,
checksummed token formats, key material and a span-tracking template filler.
Python 3 standard library only; no clock, no environment, no network."""
import base64
import binascii
import hashlib
import hmac
import json
import random
import re
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
LHEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
LALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64CH = B62 + "+/"
B64URL = B62 + "-_"
DIG = "0123456789"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rng(seed):
    return random.Random(seed)


def rs(r, alph, n):
    return "".join(r.choice(alph) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


# ---------------------------------------------------------------- checksums
def base62_int(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def gh_token(r, prefix):
    """GitHub/npm style: 30 random base62 + base62(CRC32(body)) padded to 6."""
    body = rs(r, B62, 30)
    return prefix + body + base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_token_ok(tok):
    body, chk = tok.split("_", 1)[1][:30], tok.split("_", 1)[1][30:]
    return base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == chk


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def bech32_encode(hrp, data_bytes):
    d = _convertbits(data_bytes, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + d + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[x] for x in d + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], [BECH.index(c) for c in s[pos + 1:]]
    return _polymod(_hrp_expand(hrp) + data) == 1


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, d = divmod(n, 58)
        out = B58[d] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def b58check_ok(s):
    raw = b58decode(s)
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


# ---------------------------------------------------------------- JWT
def jwt(r, header, payload, sig_bytes=32):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(r, sig_bytes))


# ---------------------------------------------------------------- DER / PEM
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def pem(label, blob, width=64):
    s = b64(blob)
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def ed25519_pkcs8(r):
    return pem("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + rbytes(r, 32))


def ec_sec1(r, curve="p384"):
    oid = {"p256": "06082a8648ce3d030107", "p384": "06052b81040022"}[curve]
    n = 32 if curve == "p256" else 48
    body = der_int(1) + der(0x04, rbytes(r, n)) + der(0xA0, bytes.fromhex(oid))
    return pem("EC PRIVATE KEY", der(0x30, body))


def ec_pkcs8_p256(r):
    inner = der(0x30, der_int(1) + der(0x04, rbytes(r, 32)))
    alg = der(0x30, bytes.fromhex("06072a8648ce3d0201") + bytes.fromhex("06082a8648ce3d030107"))
    return pem("PRIVATE KEY", der(0x30, der_int(0) + alg + der(0x04, inner)))


def _is_probable_prime(n, r):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(20):
        a = r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, r):
            return c


def rsa_pkcs1(r, bits=2048):
    e = 65537
    while True:
        p, q = _prime(r, bits // 2), _prime(r, bits // 2)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    n, d = p * q, pow(e, -1, phi)
    body = b"".join(der_int(x) for x in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p)))
    return pem("RSA PRIVATE KEY", der(0x30, body))


def pem_der_ok(p):
    """base64 body decodes to a DER SEQUENCE whose length matches."""
    lines = [l for l in p.strip().split("\n") if not l.startswith("-----")]
    raw = base64.b64decode("".join(lines))
    if raw[0] != 0x30:
        return False
    if raw[1] < 128:
        return raw[1] + 2 == len(raw)
    k = raw[1] & 0x7F
    return int.from_bytes(raw[2:2 + k], "big") + 2 + k == len(raw)


def pgp_secret_key_block(r, uid):
    """OpenPGP v4 EdDSA secret-key packet (unprotected) + user-id packet,
    ASCII-armoured with a correct CRC-24."""
    created = (1_650_000_000 + r.randrange(60_000_000)).to_bytes(4, "big")
    oid = bytes.fromhex("092b06010401da470f01")
    pub = b"\x40" + rbytes(r, 32)
    body = b"\x04" + created + b"\x16" + oid + (263).to_bytes(2, "big") + pub
    sec = rbytes(r, 32)
    sec = bytes([sec[0] | 0x80]) + sec[1:]
    s_mpi = (256).to_bytes(2, "big") + sec
    cks = (sum(s_mpi) & 0xFFFF).to_bytes(2, "big")
    body += b"\x00" + s_mpi + cks
    pkt = bytes([0xC5, len(body)]) + body
    u = uid.encode()
    pkt += bytes([0xCD, len(u)]) + u
    s = b64(pkt)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    crc = b64(crc24(pkt).to_bytes(3, "big"))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + crc
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


def pgp_crc_ok(block):
    lines = block.strip().split("\n")
    crc_line = [l for l in lines if l.startswith("=")][0]
    data = "".join(l for l in lines[2:] if not l.startswith("=") and not l.startswith("-----"))
    return b64(crc24(base64.b64decode(data)).to_bytes(3, "big")) == crc_line[1:]


def _ssh_str(b):
    return len(b).to_bytes(4, "big") + b


def putty_ppk3_ed25519(r, comment):
    pub = _ssh_str(b"ssh-ed25519") + _ssh_str(rbytes(r, 32))
    priv = _ssh_str(rbytes(r, 32))
    macdata = b"".join(_ssh_str(x) for x in (b"ssh-ed25519", b"none", comment.encode(), pub, priv))
    mac = hmac.new(b"", macdata, hashlib.sha256).hexdigest()
    pb, vb = b64(pub), b64(priv)
    pl = [pb[i:i + 64] for i in range(0, len(pb), 64)]
    vl = [vb[i:i + 64] for i in range(0, len(vb), 64)]
    return ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: %s\n"
            "Public-Lines: %d\n%s\nPrivate-Lines: %d\n%s\nPrivate-MAC: %s"
            % (comment, len(pl), "\n".join(pl), len(vl), "\n".join(vl), mac))


def openvpn_static_key(r):
    h = rbytes(r, 256).hex()
    rows = [h[i:i + 32] for i in range(0, len(h), 32)]
    return ("-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(rows)
            + "\n-----END OpenVPN Static key V1-----")


# ---------------------------------------------------------------- passwords
WORDS = ("amber anchor apricot aurora badger bamboo basalt beacon birch bison blossom bramble "
         "cactus canyon caramel cedar cinder citrus cobalt comet copper coral cricket dune "
         "ember falcon fennel fjord garnet ginger glacier granite harbor hazel heron indigo "
         "jasper juniper kestrel lagoon lantern lemon lilac lynx magnet maple marble meadow "
         "mercury mint monsoon nectar nimbus nutmeg oasis ocelot olive onyx orchid otter "
         "paprika pebble pepper pine plum polar prism quartz quill raven reef river saffron "
         "sage sapphire sierra spruce squid summit tamarind thistle thunder tidal topaz "
         "tulip tundra umber velvet walnut willow wombat zephyr").split()
SYMS = "!#$%&*+-=?@^_~."


def human_pw(r):
    k = r.randrange(5)
    w = r.choice(WORDS)
    if k == 0:
        return w.capitalize() + str(r.randrange(1970, 2026)) + r.choice(SYMS)
    if k == 1:
        t = w.replace("a", "4").replace("e", "3").replace("o", "0")
        return t.capitalize() + r.choice(SYMS) + str(r.randrange(10, 99))
    if k == 2:
        return r.choice(WORDS).capitalize() + r.choice(SYMS) + w.capitalize() + str(r.randrange(1, 999))
    if k == 3:
        return rs(r, B62 + "!#%*-_=+", r.randrange(14, 22))
    return w + r.choice("_.-") + r.choice(WORDS) + r.choice(SYMS) + str(r.randrange(100, 9999))


def passphrase(r, sep=None):
    sep = sep or r.choice(["-", " ", ".", "_"])
    return sep.join(r.choice(WORDS) for _ in range(r.choice([3, 4]))) + sep + str(r.randrange(10, 999))


def safe_pw(r):
    """password without quote/backslash/space/colon/@/#/% so it survives any host syntax"""
    while True:
        p = human_pw(r)
        if not any(c in p for c in "'\"\\ :@#%/&=?+$`^~"):
            return p


# ---------------------------------------------------------------- records
MARK = re.compile("\u27ea(\\w+)\u27eb")


class S:
    """a secret placeholder value"""
    __slots__ = ("value", "type", "plain")

    def __init__(self, value, typ, plain=None):
        self.value, self.type, self.plain = value, typ, plain


def fill(template, m):
    """Replace \u27eaname\u27eb markers; S values become spans. Returns (text, spans)."""
    out, spans, pos, last = [], [], 0, 0
    for mo in MARK.finditer(template):
        lit = template[last:mo.start()]
        out.append(lit)
        pos += len(lit)
        v = m[mo.group(1)]
        if isinstance(v, S):
            sp = {"value": v.value, "start": pos, "end": pos + len(v.value), "type": v.type}
            if v.plain is not None:
                sp["plain"] = v.plain
            spans.append(sp)
            out.append(v.value)
            pos += len(v.value)
        else:
            out.append(str(v))
            pos += len(str(v))
        last = mo.end()
    out.append(template[last:])
    return "".join(out), spans


def M(name):
    return "\u27ea" + name + "\u27eb"
