#!/usr/bin/env python3
"""Build the `privacy_final` held-out evaluation corpus for a secret/PII detector.

Standard library only, fully deterministic: running

    python3 build_final.py

rewrites secrets.jsonl, evasions.jsonl, negatives.jsonl and README.md in this
directory byte-for-byte identically.  Every credential-looking value is
generated here with a seeded PRNG in the public *shape* of the format
(prefix / length / alphabet / checksum where one exists).  No value is copied
from a scanner's test fixtures; no value is a real credential.
"""
import base64
import binascii
import codecs
import collections
import gzip
import hashlib
import hmac
import json
import os
import quopri
import random
import re
import string
import struct
import sys
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
B62 = DG + UP + LO                      # base62 order used by GitHub checksums
AN = UP + LO + DG
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"
B32 = UP + "234567"


# --------------------------------------------------------------------------
# PRNG helpers.  One Random per section so editing one section does not shift
# the others.
# --------------------------------------------------------------------------
class Rng(random.Random):
    def s(self, n, alpha=AN):
        return "".join(self.choice(alpha) for _ in range(n))

    def hex(self, n):
        return self.s(n, HEX)

    def digits(self, n, first_nonzero=True):
        d = self.s(n, DG)
        if first_nonzero and d[0] == "0":
            d = self.choice("123456789") + d[1:]
        return d

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def b64(self, nbytes):
        return base64.b64encode(self.randbytes(nbytes)).decode()

    def b64u(self, nbytes):
        return base64.urlsafe_b64encode(self.randbytes(nbytes)).rstrip(b"=").decode()

    def pick(self, seq):
        return seq[self.randrange(len(seq))]


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def wrap(s, n=64):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


# --------------------------------------------------------------------------
# Checksums used by some token formats
# --------------------------------------------------------------------------
def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_style(rng, prefix):
    """GitHub / npm style: prefix + 30 base62 + 6 char base62(CRC32(random part))."""
    body = rng.s(30, B62)
    return prefix + body + base62_int(zlib.crc32(body.encode()), 6)


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data_bytes):
    acc = bits = 0
    data = []
    for b in data_bytes:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp_exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech32_polymod(hrp_exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + chk)


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


# --------------------------------------------------------------------------
# Minimal DER / key material (structurally valid keys, random numbers)
# --------------------------------------------------------------------------
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int(x):
    return der(0x02, x.to_bytes(x.bit_length() // 8 + 1, "big"))


def der_seq(*items):
    return der(0x30, b"".join(items))


def der_oid(dotted):
    parts = [int(p) for p in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(enc))
    return der(0x06, body)


def pem(label, der_bytes):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (
        label, wrap(base64.b64encode(der_bytes).decode(), 64), label)


_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(20):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits, rng):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(c, rng):
            return c


def rsa_numbers(rng, bits=2048):
    e = 65537
    while True:
        p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e:
            break
    if p < q:
        p, q = q, p
    n = p * q
    d = pow(e, -1, phi)
    return dict(n=n, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


def rsa_pkcs1_der(k):
    return der_seq(der_int(0), *(der_int(k[x]) for x in ("n", "e", "d", "p", "q", "dp", "dq", "qi")))


def rsa_pkcs8_der(k):
    return der_seq(der_int(0), der_seq(der_oid("1.2.840.113549.1.1.1"), b"\x05\x00"),
                   der(0x04, rsa_pkcs1_der(k)))


def rsa_spki_der(k):
    pub = der_seq(der_int(k["n"]), der_int(k["e"]))
    return der_seq(der_seq(der_oid("1.2.840.113549.1.1.1"), b"\x05\x00"), der(0x03, b"\x00" + pub))


# P-256
_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
_A = _P - 3
_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
_GX = 0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296
_GY = 0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5
_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
assert (_GY * _GY - (_GX ** 3 + _A * _GX + _B)) % _P == 0


def _ec_add(P1, P2):
    if P1 is None:
        return P2
    if P2 is None:
        return P1
    (x1, y1), (x2, y2) = P1, P2
    if x1 == x2 and (y1 + y2) % _P == 0:
        return None
    if P1 == P2:
        lam = (3 * x1 * x1 + _A) * pow(2 * y1, -1, _P) % _P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, _P) % _P
    x3 = (lam * lam - x1 - x2) % _P
    return x3, (lam * (x1 - x3) - y1) % _P


def _ec_mul(k, Pt):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, Pt)
        Pt = _ec_add(Pt, Pt)
        k >>= 1
    return R


def p256_key(rng):
    d = rng.randrange(1, _N)
    x, y = _ec_mul(d, (_GX, _GY))
    return d, b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")


def ec_sec1_der(d, pub, with_params=True):
    items = [der_int(1), der(0x04, d.to_bytes(32, "big"))]
    if with_params:
        items.append(der(0xA0, der_oid("1.2.840.10045.3.1.7")))
    items.append(der(0xA1, der(0x03, b"\x00" + pub)))
    return der_seq(*items)


def ec_pkcs8_der(d, pub):
    return der_seq(der_int(0), der_seq(der_oid("1.2.840.10045.2.1"), der_oid("1.2.840.10045.3.1.7")),
                   der(0x04, ec_sec1_der(d, pub, with_params=False)))


def ec_spki_der(pub):
    return der_seq(der_seq(der_oid("1.2.840.10045.2.1"), der_oid("1.2.840.10045.3.1.7")),
                   der(0x03, b"\x00" + pub))


# Ed25519 (public key derivation only)
_Q = 2 ** 255 - 19
_D = -121665 * pow(121666, -1, _Q) % _Q
_I = pow(2, (_Q - 1) // 4, _Q)


def _xrecover(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, -1, _Q)
    x = pow(xx, (_Q + 3) // 8, _Q)
    if (x * x - xx) % _Q:
        x = x * _I % _Q
    if x % 2:
        x = _Q - x
    return x


_BY = 4 * pow(5, -1, _Q) % _Q
_BP = (_xrecover(_BY), _BY)


def _ed_add(P1, P2):
    (x1, y1), (x2, y2) = P1, P2
    t = _D * x1 * x2 * y1 * y2
    return ((x1 * y2 + x2 * y1) * pow(1 + t, -1, _Q) % _Q,
            (y1 * y2 + x1 * x2) * pow(1 - t, -1, _Q) % _Q)


def _ed_mul(k, Pt):
    R = (0, 1)
    while k:
        if k & 1:
            R = _ed_add(R, Pt)
        Pt = _ed_add(Pt, Pt)
        k >>= 1
    return R


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = _ed_mul(a, _BP)
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(rng, comment):
    seed = rng.randbytes(32)
    pk = ed25519_pub(seed)
    pub_blob = sshstr("ssh-ed25519") + sshstr(pk)
    check = rng.randbytes(4)
    priv = check + check + sshstr("ssh-ed25519") + sshstr(pk) + sshstr(seed + pk) + sshstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + sshstr("none") + sshstr("none") + sshstr(b"") +
            struct.pack(">I", 1) + sshstr(pub_blob) + sshstr(priv))
    text = ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(base64.b64encode(blob).decode(), 70) +
            "\n-----END OPENSSH PRIVATE KEY-----")
    pub_line = "ssh-ed25519 " + base64.b64encode(pub_blob).decode() + " " + comment
    return text, pub_line


def putty_ed25519(rng, comment):
    seed = rng.randbytes(32)
    pk = ed25519_pub(seed)
    pub_blob = sshstr("ssh-ed25519") + sshstr(pk)
    priv_blob = sshstr(seed)
    mac_data = (sshstr("ssh-ed25519") + sshstr("none") + sshstr(comment) + sshstr(pub_blob) +
                sshstr(priv_blob))
    mac = hmac.new(b"", mac_data, hashlib.sha256).hexdigest()
    pub_b64 = wrap(base64.b64encode(pub_blob).decode(), 64).split("\n")
    prv_b64 = wrap(base64.b64encode(priv_blob).decode(), 64).split("\n")
    return ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: %s\nPublic-Lines: %d\n%s\n"
            "Private-Lines: %d\n%s\nPrivate-MAC: %s" % (comment, len(pub_b64), "\n".join(pub_b64),
                                                       len(prv_b64), "\n".join(prv_b64), mac))


def _mpi(b):
    n = int.from_bytes(b, "big")
    return struct.pack(">H", n.bit_length()) + n.to_bytes((n.bit_length() + 7) // 8, "big")


def _pgp_packet(tag, body):
    if len(body) < 192:
        ln = bytes([len(body)])
    elif len(body) < 8384:
        v = len(body) - 192
        ln = bytes([(v >> 8) + 192, v & 0xFF])
    else:
        ln = b"\xff" + struct.pack(">I", len(body))
    return bytes([0xC0 | tag]) + ln + body


def pgp_armor(kind, data, comment=None):
    lines = ["-----BEGIN PGP %s-----" % kind]
    if comment:
        lines.append("Comment: " + comment)
    lines.append("")
    lines += wrap(base64.b64encode(data).decode(), 64).split("\n")
    lines.append("=" + base64.b64encode(crc24(data).to_bytes(3, "big")).decode())
    lines.append("-----END PGP %s-----" % kind)
    return "\n".join(lines)


def pgp_ed25519(rng, uid, secret=True):
    seed = rng.randbytes(32)
    pk = ed25519_pub(seed)
    ctime = struct.pack(">I", 1600000000 + rng.randrange(100000000))
    oid = bytes([9]) + bytes.fromhex("2b06010401da470f01")
    pub_body = b"\x04" + ctime + bytes([22]) + oid + _mpi(b"\x40" + pk)
    uid_pkt = _pgp_packet(13, uid.encode())
    if secret:
        smpi = _mpi(seed)
        body = pub_body + b"\x00" + smpi + struct.pack(">H", sum(smpi) & 0xFFFF)
        return pgp_armor("PRIVATE KEY BLOCK", _pgp_packet(5, body) + uid_pkt)
    return pgp_armor("PUBLIC KEY BLOCK", _pgp_packet(6, pub_body) + uid_pkt)


def jwt_token(rng, payload, header=None, key=None, sig_len=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    if sig_len:
        sig = rng.randbytes(sig_len)
    else:
        sig = hmac.new(key if key is not None else rng.randbytes(32), (h + "." + p).encode(),
                       hashlib.sha256).digest()
    return h + "." + p + "." + b64u_nopad(sig)


# --------------------------------------------------------------------------
# Credential shapes.  Each entry: type label -> (generator, typical variable
# names, where the shape was read).  Generators take an Rng.
# --------------------------------------------------------------------------
PW_SAFE = AN + "-_.~!*+=@^:,?%"
PW_URL = AN + "-_.~"
WORDS = ["Falcon", "Harbor", "Juniper", "Copper", "Meadow", "Orbit", "Saffron", "Thistle", "Walnut",
         "Glacier", "Pepper", "Lantern", "Cobalt", "Maple", "Sparrow", "Tundra", "Velvet", "Quartz",
         "Nimbus", "Ember", "Kestrel", "Marble", "Hazel", "Pixel"]


def human_password(rng):
    w = rng.pick(WORDS)
    return rng.pick([w + rng.digits(4, False) + rng.pick("!?.@#*"),
                     w + rng.pick("!@#.") + rng.pick(WORDS).lower() + rng.digits(2, False),
                     rng.pick(WORDS).lower() + "-" + rng.pick(WORDS).lower() + "-" + rng.digits(3, False),
                     w[0].lower() + w[1:] + "_" + rng.digits(6, False)])


def strong_password(rng, n=None, alpha=PW_SAFE):
    n = n or rng.randrange(14, 28)
    while True:
        p = rng.s(n, alpha)
        if (any(c in DG for c in p) and any(c in UP for c in p) and any(c in LO for c in p)
                and p[0] in AN):
            return p


def password(rng, url_safe=False):
    if url_safe:
        return rng.pick([strong_password(rng, alpha=PW_URL),
                         rng.pick(WORDS) + rng.digits(4, False) + rng.pick(["", "-x", "_db"])])
    return rng.pick([human_password, strong_password])(rng)


def _slack_team(rng):
    return "T" + rng.s(rng.randrange(8, 11), UP + DG)


def _discord_id(rng):
    return str(rng.randrange(7 * 10 ** 17, 13 * 10 ** 17))


def _discord_bot(rng):
    first = base64.b64encode(_discord_id(rng).encode()).decode().rstrip("=")
    return first + "." + rng.s(6, B64U) + "." + rng.s(38, B64U)


def _mapbox(rng, pref):
    user = rng.pick(["acme-maps", "fleettrack", "geo-ops", "routeplanner"])
    mid = b64u_nopad(json.dumps({"u": user, "a": "cl" + rng.s(23, LO + DG)}, separators=(",", ":")).encode())
    return pref + "." + mid + "." + rng.s(22, B64U)


def _sentry_org(rng):
    org = rng.pick(["acme", "northwind", "globex", "initech"])
    payload = {"iat": 1700000000 + rng.randrange(30000000), "url": "https://sentry.io",
               "region_url": "https://us.sentry.io", "org": org}
    return "sntrys_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=") \
        + "_" + rng.s(43, B64[:-2] + "+/")


def _grafana_cloud(rng):
    payload = {"o": rng.digits(6), "n": "stack-" + rng.digits(6) + "-hm-read", "k": rng.s(24, AN),
               "m": {"r": rng.pick(["us", "eu", "prod-us-central-0"])}}
    return "glc_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


def _op_service_account(rng):
    sk = "A3-" + "-".join(rng.s(n, "ABCDEFGHJKLMNPQRSTVWXYZ23456789") for n in (6, 6, 5, 5, 5, 5))
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": rng.b64u(16)}, "email": rng.s(13, LO + DG) + "@1passwordserviceaccounts.com",
               "srpX": rng.hex(64), "muk": {"alg": "A256GCM", "ext": True, "k": rng.b64u(32), "key_ops": ["encrypt", "decrypt"],
               "kty": "oct", "kid": "mp"}, "secretKey": sk, "throttleSecret": {"seed": rng.hex(64), "uuid": rng.s(26, UP + DG)},
               "deviceUuid": rng.s(26, LO + DG)}
    return "ops_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def _atlassian(rng):
    return "ATATT3xFfGF0" + rng.s(171, B64U) + "=" + rng.s(8, HEXU)


def _ado_new(rng):
    return rng.s(52, AN) + "JQQJ99" + rng.s(2, UP + DG) + "ACAAAAAAAAAAAAAS" + "AZDO" + rng.s(4, AN)


def _supabase_jwt(rng, role):
    ref = rng.s(20, LO)
    iat = 1690000000 + rng.randrange(40000000)
    return jwt_token(rng, {"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315360000})


def _aws_session(rng):
    return "IQoJb3JpZ2luX2Vj" + rng.s(2, "EF") + rng.s(rng.randrange(360, 420), B64[:-2] + "/+") + rng.s(2, AN) + "="


def _gen_jwt(rng):
    iat = 1714000000 + rng.randrange(20000000)
    payload = rng.pick([
        {"sub": rng.uuid(), "email": rng.pick(["m.keller", "a.silva", "j.tanaka", "r.osei"]) + "@corp-mail.net",
         "scope": "openid profile orders:write", "iat": iat, "exp": iat + 3600},
        {"sub": str(rng.randrange(10 ** 6, 10 ** 8)), "role": "admin", "tenant": rng.pick(["eu1", "us2", "ap1"]),
         "iat": iat, "exp": iat + 86400, "jti": rng.hex(16)},
        {"iss": "https://auth.internal.fleetdash.io/", "aud": "fleetdash-api", "sub": "auth0|" + rng.hex(24),
         "iat": iat, "exp": iat + 7200, "azp": rng.s(32, AN), "gty": "client-credentials"},
    ])
    if rng.random() < 0.5:
        return jwt_token(rng, payload, header={"alg": "RS256", "typ": "JWT", "kid": rng.s(22, B64U)}, sig_len=256)
    return jwt_token(rng, payload)


def _k8s_sa_jwt(rng):
    iat = 1716000000 + rng.randrange(10000000)
    ns = rng.pick(["ci", "payments", "monitoring", "default"])
    sa = rng.pick(["deployer", "argocd-manager", "gitlab-runner", "prometheus"])
    payload = {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + 31536000, "iat": iat,
               "iss": "https://kubernetes.default.svc.cluster.local",
               "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": rng.uuid()}},
               "nbf": iat, "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    return jwt_token(rng, payload, header={"alg": "RS256", "kid": rng.s(43, B64U)}, sig_len=256)


def _azure_access_jwt(rng):
    iat = 1718000000 + rng.randrange(5000000)
    tid = rng.uuid()
    payload = {"aud": "https://management.core.windows.net/", "iss": "https://sts.windows.net/%s/" % tid,
               "iat": iat, "nbf": iat, "exp": iat + 4473, "appid": "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
               "name": "Priya Raman", "oid": rng.uuid(), "scp": "user_impersonation", "tid": tid,
               "upn": "priya.raman@contoso-eng.com", "ver": "1.0"}
    return jwt_token(rng, payload, header={"typ": "JWT", "alg": "RS256", "x5t": rng.s(27, B64U),
                                           "kid": rng.s(27, B64U)}, sig_len=256)


def _basic(rng):
    user = rng.pick(["deploy", "ci-bot", "admin", "svc_reports", "jenkins", "grafana"])
    pw = password(rng)
    return user, pw


T = collections.OrderedDict()


def reg(name, env, ref, kind="token"):
    def deco(fn):
        T[name] = dict(gen=fn, env=env, ref=ref, kind=kind)
        return fn
    return deco


def R(name, env, ref, fn, kind="token"):
    T[name] = dict(gen=fn, env=env, ref=ref, kind=kind)


GL = "gitleaks config/gitleaks.toml"
KF = "kingfisher data/rules"
R("github_pat", ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], "GitHub blog 2021 token formats (CRC32/base62 checksum); " + GL, lambda r: gh_style(r, "ghp_"))
R("github_oauth_token", ["GH_OAUTH_TOKEN", "GITHUB_OAUTH_TOKEN"], "GitHub token formats; " + GL, lambda r: gh_style(r, "gho_"))
R("github_app_installation_token", ["GITHUB_APP_TOKEN", "GH_INSTALLATION_TOKEN"], "GitHub token formats; " + GL, lambda r: gh_style(r, "ghs_"))
R("github_user_to_server_token", ["GITHUB_USER_TOKEN"], "GitHub token formats; " + GL, lambda r: gh_style(r, "ghu_"))
R("github_refresh_token", ["GITHUB_REFRESH_TOKEN"], "GitHub token formats; " + GL, lambda r: gh_style(r, "ghr_"))
R("github_fine_grained_pat", ["GITHUB_TOKEN", "GH_PAT"], GL + " github-fine-grained-pat", lambda r: "github_pat_11" + r.s(20, UP + DG) + "_" + r.s(59, AN))
R("gitlab_pat", ["GITLAB_TOKEN", "GL_TOKEN", "CI_PUSH_TOKEN"], GL + " gitlab-pat", lambda r: "glpat-" + r.s(20, AN + "-_"))
R("gitlab_runner_token", ["RUNNER_TOKEN", "CI_SERVER_TOKEN"], GL + " gitlab-runner-authentication-token", lambda r: "glrt-" + r.s(20, AN + "-_"))
R("gitlab_deploy_token", ["GITLAB_DEPLOY_TOKEN", "CI_DEPLOY_PASSWORD"], GL + " gitlab-deploy-token", lambda r: "gldt-" + r.s(20, AN + "-_"))
R("gitlab_pipeline_trigger_token", ["TRIGGER_TOKEN"], GL + " gitlab-ptt", lambda r: "glptt-" + r.hex(40))
R("aws_access_key_id", ["AWS_ACCESS_KEY_ID"], GL + " aws-access-token", lambda r: "AKIA" + r.s(16, B32))
R("aws_secret_access_key", ["AWS_SECRET_ACCESS_KEY"], "AWS IAM docs (40 chars base64 alphabet); identified by name", lambda r: r.s(40, AN + "+/"))
R("aws_session_token", ["AWS_SESSION_TOKEN"], "AWS STS output shape (IQoJb3JpZ2luX2Vj... base64); identified by name", _aws_session)
R("slack_bot_token", ["SLACK_BOT_TOKEN", "SLACK_TOKEN"], GL + " slack-bot-token", lambda r: "xoxb-%s-%s-%s" % (r.digits(12), r.digits(13), r.s(24, AN)))
R("slack_user_token", ["SLACK_USER_TOKEN"], GL + " slack-user-token", lambda r: "xoxp-%s-%s-%s-%s" % (r.digits(12), r.digits(12), r.digits(13), r.hex(32)))
R("slack_app_token", ["SLACK_APP_TOKEN"], GL + " slack-app-token", lambda r: "xapp-1-A%s-%s-%s" % (r.s(10, UP + DG), r.digits(13), r.hex(64)))
R("slack_webhook_url", ["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK"], GL + " slack-webhook-url", lambda r: "https://hooks.slack.com/services/%s/B%s/%s" % (_slack_team(r), r.s(10, UP + DG), r.s(24, AN)))
R("stripe_secret_key", ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], GL + " stripe-access-token", lambda r: "sk_live_" + r.pick([r.s(24, AN), "51" + r.s(97, AN)]))
R("stripe_restricted_key", ["STRIPE_RESTRICTED_KEY"], GL + " stripe-access-token (rk_)", lambda r: "rk_live_51" + r.s(97, AN))
R("stripe_webhook_secret", ["STRIPE_WEBHOOK_SECRET"], "Stripe docs (whsec_ signing secret)", lambda r: "whsec_" + r.s(32, AN))
R("openai_api_key", ["OPENAI_API_KEY"], GL + " openai-api-key", lambda r: r.pick(["sk-proj-", "sk-svcacct-"]) + r.s(74, AN + "-_") + "T3BlbkFJ" + r.s(74, AN + "-_"))
R("anthropic_api_key", ["ANTHROPIC_API_KEY"], GL + " anthropic-api-key", lambda r: "sk-ant-api03-" + r.s(93, AN + "-_") + "AA")
R("google_api_key", ["GOOGLE_API_KEY", "GEMINI_API_KEY", "MAPS_SERVER_KEY"], GL + " gcp-api-key", lambda r: "AIzaSy" + r.s(33, AN + "-_"))
R("google_oauth_client_secret", ["GOOGLE_CLIENT_SECRET"], "Google OAuth client secret GOCSPX- prefix (" + KF + "/google.yml)", lambda r: "GOCSPX-" + r.s(28, AN + "-_"))
R("google_oauth_refresh_token", ["GOOGLE_REFRESH_TOKEN"], KF + "/googleoauth2.yml (1// refresh tokens)", lambda r: "1//0" + r.s(1, "5deg") + r.s(98, AN + "-_"))
R("google_oauth_access_token", ["GOOGLE_ACCESS_TOKEN"], "Google ya29. access token shape", lambda r: "ya29.a0A" + r.s(180, AN + "-_") + "0175")
R("azure_storage_account_key", ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY"], KF + "/azurestorage.yml (88 char base64)", lambda r: r.b64(64))
R("azure_ad_client_secret", ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET"], GL + " azure-ad-client-secret", lambda r: r.s(3, AN) + r.s(1, DG) + "Q~" + r.s(34, AN + "_~.-"))
R("azure_devops_pat", ["AZURE_DEVOPS_PAT", "AZURE_DEVOPS_EXT_PAT", "SYSTEM_ACCESSTOKEN"], KF + "/azuredevops.yml (84 char, AZDO marker)", _ado_new)
R("azure_devops_pat_legacy", ["ADO_PAT", "AZDO_PERSONAL_ACCESS_TOKEN"], "Azure DevOps legacy PAT (52 char lowercase base32); by name", lambda r: r.s(52, LO + "234567"))
R("azure_servicebus_shared_access_key", ["SERVICEBUS_CONNECTION"], KF + "/azure.yml connection string", lambda r: r.b64(32))
R("azure_cosmosdb_key", ["COSMOS_KEY", "COSMOSDB_PRIMARY_KEY"], KF + "/azure.yml AccountKey", lambda r: r.b64(64))
R("azure_sas_signature", ["AZURE_SAS"], "Azure SAS sig= parameter (base64 HMAC-SHA256, URL-encoded)", lambda r: urllib.parse.quote(r.b64(32), safe=""))
R("twilio_auth_token", ["TWILIO_AUTH_TOKEN"], KF + "/twilio.yml; 32 hex by name", lambda r: r.hex(32))
R("twilio_api_key_secret", ["TWILIO_API_SECRET"], "Twilio API key secret (32 alnum); by name", lambda r: r.s(32, AN))
R("sendgrid_api_key", ["SENDGRID_API_KEY"], KF + "/sendgrid.yml", lambda r: "SG." + r.s(22, AN + "-_") + "." + r.s(43, AN + "-_"))
R("mailgun_api_key", ["MAILGUN_API_KEY"], GL + " mailgun-private-api-token", lambda r: r.pick(["key-" + r.hex(32), r.hex(32) + "-" + r.hex(8) + "-" + r.hex(8)]))
R("mailchimp_api_key", ["MAILCHIMP_API_KEY"], GL + " mailchimp-api-key", lambda r: r.hex(32) + "-us" + str(r.randrange(2, 22)))
R("postmark_server_token", ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN"], KF + "/postmark.yml (uuid by name)", lambda r: r.uuid())
R("brevo_api_key", ["BREVO_API_KEY", "SENDINBLUE_API_KEY"], GL + " sendinblue-api-token", lambda r: "xkeysib-" + r.hex(64) + "-" + r.s(16, AN))
R("npm_access_token", ["NPM_TOKEN", "NODE_AUTH_TOKEN"], GL + " npm-access-token; GitHub blog npm format (checksum)", lambda r: gh_style(r, "npm_"))
R("pypi_upload_token", ["PYPI_TOKEN", "TWINE_PASSWORD", "UV_PUBLISH_TOKEN"], GL + " pypi-upload-token", lambda r: "pypi-AgEIcHlwaS5vcmcCJ" + r.s(rng_len(r, 150, 190), AN + "-_"))
R("rubygems_api_key", ["GEM_HOST_API_KEY", "RUBYGEMS_API_KEY"], GL + " rubygems-api-token", lambda r: "rubygems_" + r.hex(48))
R("nuget_api_key", ["NUGET_API_KEY"], KF + "/nuget.yml (oy2 + 43)", lambda r: "oy2" + r.s(43, LO + DG))
R("dockerhub_pat", ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], KF + "/dockerhub.yml", lambda r: "dckr_pat_" + r.s(27, AN + "-_"))
R("huggingface_token", ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], GL + " huggingface-access-token", lambda r: "hf_" + r.s(34, UP + LO))
R("databricks_token", ["DATABRICKS_TOKEN"], GL + " databricks-api-token", lambda r: "dapi" + r.hex(32))
R("digitalocean_pat", ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"], GL + " digitalocean-pat", lambda r: "dop_v1_" + r.hex(64))
R("heroku_api_key", ["HEROKU_API_KEY"], GL + " heroku-api-key-v2", lambda r: "HRKU-AA" + r.s(58, AN + "-_"))
R("shopify_access_token", ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"], GL + " shopify-access-token", lambda r: "shpat_" + r.hex(32))
R("shopify_shared_secret", ["SHOPIFY_API_SECRET"], GL + " shopify-shared-secret", lambda r: "shpss_" + r.hex(32))
R("atlassian_api_token", ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN", "ATLASSIAN_TOKEN"], GL + " atlassian-api-token (ATATT3)", _atlassian)
R("bitbucket_app_password", ["BITBUCKET_APP_PASSWORD"], "public scanner patterns ATBB + 32 alnum (found via code search)", lambda r: "ATBB" + r.s(32, AN))
R("linear_api_key", ["LINEAR_API_KEY"], GL + " linear-api-key", lambda r: "lin_api_" + r.s(40, AN))
R("notion_token", ["NOTION_TOKEN", "NOTION_API_KEY"], GL + " notion-api-token", lambda r: r.pick(["ntn_" + r.digits(11) + r.s(35, AN), "secret_" + r.s(43, AN)]))
R("figma_pat", ["FIGMA_TOKEN"], KF + "/figma.yml", lambda r: "figd_" + r.s(40, AN + "-_"))
R("vercel_token", ["VERCEL_TOKEN"], KF + "/vercel.yml (24 alnum by name)", lambda r: r.s(24, AN))
R("netlify_token", ["NETLIFY_AUTH_TOKEN"], "public scanner patterns nfp_ + 40 alnum (code search)", lambda r: "nfp_" + r.s(40, AN))
R("cloudflare_api_token", ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], GL + " cloudflare-api-key (40, by name)", lambda r: r.s(40, AN + "-_"))
R("cloudflare_global_api_key", ["CLOUDFLARE_API_KEY", "CF_API_KEY"], GL + " cloudflare-global-api-key (37 hex)", lambda r: r.hex(37))
R("cloudflare_origin_ca_key", ["CF_ORIGIN_CA_KEY"], GL + " cloudflare-origin-ca-key", lambda r: "v1.0-" + r.hex(24) + "-" + r.hex(146))
R("datadog_api_key", ["DD_API_KEY", "DATADOG_API_KEY"], GL + " datadog-access-token / Datadog docs (32 hex)", lambda r: r.hex(32))
R("datadog_app_key", ["DD_APP_KEY", "DATADOG_APP_KEY"], "Datadog docs application key (40 hex)", lambda r: r.hex(40))
R("newrelic_user_api_key", ["NEW_RELIC_API_KEY", "NEWRELIC_API_KEY"], GL + " new-relic-user-api-key", lambda r: "NRAK-" + r.s(27, UP + DG))
R("newrelic_license_key", ["NEW_RELIC_LICENSE_KEY", "NRIA_LICENSE_KEY"], "New Relic ingest license key (36 hex + NRAL)", lambda r: r.hex(36) + "NRAL")
R("sentry_user_token", ["SENTRY_AUTH_TOKEN"], GL + " sentry-user-token", lambda r: "sntryu_" + r.hex(64))
R("sentry_org_token", ["SENTRY_AUTH_TOKEN"], GL + " sentry-org-token", _sentry_org)
R("grafana_service_account_token", ["GRAFANA_TOKEN", "GF_SA_TOKEN"], GL + " grafana-service-account-token", lambda r: "glsa_" + r.s(32, AN) + "_" + r.hex(8))
R("grafana_cloud_token", ["GRAFANA_CLOUD_TOKEN"], GL + " grafana-cloud-api-token", _grafana_cloud)
R("vault_token", ["VAULT_TOKEN"], GL + " vault-service-token", lambda r: "hvs.CAESI" + r.s(86, AN + "-_"))
R("terraform_cloud_token", ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"], GL + " hashicorp-tf-api-token", lambda r: r.s(14, AN) + ".atlasv1." + r.s(67, AN))
R("pulumi_access_token", ["PULUMI_ACCESS_TOKEN"], GL + " pulumi-api-token", lambda r: "pul-" + r.hex(40))
R("doppler_token", ["DOPPLER_TOKEN"], KF + "/doppler.yml", lambda r: r.pick(["dp.st.prd." + r.s(43, AN), "dp.pt." + r.s(43, AN)]))
R("planetscale_password", ["DATABASE_PASSWORD", "PSCALE_PASSWORD"], GL + " planetscale-password", lambda r: "pscale_pw_" + r.s(43, AN + "-_"))
R("planetscale_token", ["PLANETSCALE_SERVICE_TOKEN"], GL + " planetscale-api-token", lambda r: "pscale_tkn_" + r.s(43, AN + "-_"))
R("supabase_service_role_key", ["SUPABASE_SERVICE_ROLE_KEY"], "Supabase docs: service_role JWT is secret (HS256 JWT, role claim)", lambda r: _supabase_jwt(r, "service_role"))
R("supabase_access_token", ["SUPABASE_ACCESS_TOKEN"], KF + "/supabasetoken.yml", lambda r: "sbp_" + r.hex(40))
R("supabase_secret_key", ["SUPABASE_SECRET_KEY"], "Supabase docs new API keys (sb_secret_)", lambda r: "sb_secret_" + r.s(31, AN + "-_"))
R("mapbox_secret_token", ["MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"], GL + " mapbox-api-token (sk. = secret scope)", lambda r: _mapbox(r, "sk"))
R("telegram_bot_token", ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], GL + " telegram-bot-api-token", lambda r: r.digits(10) + ":AA" + r.s(33, AN + "-_"))
R("discord_bot_token", ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"], KF + "/discord.yml", _discord_bot)
R("discord_webhook_url", ["DISCORD_WEBHOOK_URL"], KF + "/discord.yml", lambda r: "https://discord.com/api/webhooks/%s/%s" % (_discord_id(r), r.s(68, AN + "-_")))
R("teams_webhook_url", ["TEAMS_WEBHOOK_URL"], GL + " microsoft-teams-webhook", lambda r: "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (r.pick(["contoso", "fabrikamhq", "northwind"]), r.uuid(), r.uuid(), r.hex(32), r.uuid()))
R("twitter_bearer_token", ["TWITTER_BEARER_TOKEN", "X_BEARER_TOKEN"], GL + " twitter-bearer-token", lambda r: "A" * 22 + r.s(9, AN) + "AAAAAA" + r.s(12, AN) + "%2B" + r.s(14, AN) + "%3D" + r.s(50, AN))
R("facebook_access_token", ["FB_ACCESS_TOKEN", "META_PAGE_TOKEN"], GL + " facebook-page-access-token", lambda r: "EAA" + r.pick("BGI") + r.s(r.randrange(150, 200), AN))
R("square_access_token", ["SQUARE_ACCESS_TOKEN"], GL + " square-access-token", lambda r: "EAAA" + r.s(60, AN + "-_"))
R("square_oauth_secret", ["SQUARE_APPLICATION_SECRET"], KF + "/square.yml", lambda r: "sq0csp-" + r.s(43, AN + "-_"))
R("braintree_access_token", ["BRAINTREE_ACCESS_TOKEN"], "Braintree/PayPal access_token$production$ shape (" + KF + "/paypal.yml)", lambda r: "access_token$production$" + r.s(16, LO + DG) + "$" + r.hex(32))
R("easypost_api_key", ["EASYPOST_API_KEY"], GL + " easypost-api-token", lambda r: "EZAK" + r.s(54, LO + DG))
R("okta_api_token", ["OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"], GL + " okta-access-token", lambda r: "00" + r.s(40, AN + "-_"))
R("auth0_client_secret", ["AUTH0_CLIENT_SECRET"], KF + "/auth0.yml (64 chars by name)", lambda r: r.s(64, AN + "-_"))
R("algolia_admin_api_key", ["ALGOLIA_ADMIN_KEY", "ALGOLIA_API_KEY"], GL + " algolia-api-key (32 hex; admin vs search by name)", lambda r: r.hex(32))
R("age_secret_key", ["SOPS_AGE_KEY"], GL + " age-secret-key (bech32 with checksum)", lambda r: bech32_encode("age-secret-key-", r.randbytes(32)).upper())
R("wireguard_private_key", ["WG_PRIVATE_KEY"], KF + "/wireguard.yml", lambda r: base64.b64encode(bytes([r.randrange(256) & 248]) + r.randbytes(30) + bytes([(r.randrange(256) & 127) | 64])).decode())
R("jwt", ["ACCESS_TOKEN", "AUTH_TOKEN", "API_JWT"], GL + " jwt", _gen_jwt)
R("kubernetes_service_account_token", ["K8S_TOKEN", "KUBE_TOKEN"], "Kubernetes bound SA token (RS256 JWT)", _k8s_sa_jwt)
R("azure_access_token", ["AZURE_ACCESS_TOKEN"], "Azure AD v1 access token (JWT)", _azure_access_jwt)
R("circleci_pat", ["CIRCLECI_TOKEN", "CIRCLE_TOKEN"], KF + "/circleci.yml", lambda r: "CCIPAT_" + r.s(22, AN) + "_" + r.hex(40))
R("buildkite_token", ["BUILDKITE_API_TOKEN"], KF + "/buildkite.yml", lambda r: "bkua_" + r.hex(40))
R("groq_api_key", ["GROQ_API_KEY"], KF + "/groq.yml", lambda r: "gsk_" + r.s(52, AN))
R("xai_api_key", ["XAI_API_KEY"], KF + "/xai.yml", lambda r: "xai-" + r.s(80, AN))
R("replicate_api_token", ["REPLICATE_API_TOKEN"], KF + "/replicate.yml", lambda r: "r8_" + r.s(37, AN))
R("perplexity_api_key", ["PERPLEXITY_API_KEY", "PPLX_API_KEY"], GL + " perplexity-api-key", lambda r: "pplx-" + r.s(48, AN))
R("mistral_api_key", ["MISTRAL_API_KEY"], "Mistral API key (32 alnum); by name", lambda r: r.s(32, AN))
R("cohere_api_key", ["COHERE_API_KEY", "CO_API_KEY"], GL + " cohere-api-token", lambda r: r.s(40, AN))
R("langsmith_api_key", ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"], "LangSmith lsv2_pt_/lsv2_sk_ keys (public scanner patterns)", lambda r: r.pick(["lsv2_pt_", "lsv2_sk_"]) + r.hex(32) + "_" + r.hex(10))
R("pinecone_api_key", ["PINECONE_API_KEY"], "Pinecone pcsk_ keys (public scanner patterns via code search)", lambda r: "pcsk_" + r.s(6, AN) + "_" + r.s(63, AN))
R("tailscale_auth_key", ["TS_AUTHKEY", "TAILSCALE_AUTHKEY"], KF + "/tailscale.yml", lambda r: "tskey-auth-k" + r.s(10, AN) + "CNTRL-" + r.s(33, AN))
R("ngrok_authtoken", ["NGROK_AUTHTOKEN"], KF + "/ngrok.yml (authtoken by name)", lambda r: r.digits(1) + r.s(26, AN) + "_" + r.s(21, AN))
R("dynatrace_api_token", ["DT_API_TOKEN"], GL + " dynatrace-api-token", lambda r: "dt0c01." + r.s(24, UP + DG) + "." + r.s(64, UP + DG))
R("postman_api_key", ["POSTMAN_API_KEY"], GL + " postman-api-token", lambda r: "PMAK-" + r.hex(24) + "-" + r.hex(34))
R("fcm_server_key", ["FCM_SERVER_KEY"], "Firebase legacy server key AAAA...:APA91b (public scanner patterns)", lambda r: "AAAA" + r.s(7, AN + "-_") + ":APA91b" + r.s(134, AN + "-_"))
R("artifactory_api_key", ["ARTIFACTORY_API_KEY", "JFROG_API_KEY"], GL + " artifactory-api-key", lambda r: "AKCp" + r.s(69, AN))
R("sonarqube_token", ["SONAR_TOKEN"], GL + " sonar-api-token", lambda r: r.pick(["squ_", "sqp_", "sqa_"]) + r.hex(40))
R("snyk_token", ["SNYK_TOKEN"], GL + " snyk-api-token (uuid by name)", lambda r: r.uuid())
R("codecov_token", ["CODECOV_TOKEN"], GL + " codecov-access-token (uuid by name)", lambda r: r.uuid())
R("openshift_token", ["OPENSHIFT_TOKEN", "OC_TOKEN"], GL + " openshift-user-token", lambda r: "sha256~" + r.s(43, AN + "-_"))
R("adobe_client_secret", ["ADOBE_CLIENT_SECRET"], GL + " adobe-client-secret", lambda r: "p8e-" + r.s(32, AN))
R("onepassword_service_account_token", ["OP_SERVICE_ACCOUNT_TOKEN"], GL + " 1password-service-account-token", _op_service_account)
R("onepassword_secret_key", ["OP_SECRET_KEY"], GL + " 1password-secret-key", lambda r: "A3-" + "-".join(r.s(n, "ABCDEFGHJKLMNPQRSTVWXYZ23456789") for n in (6, 6, 5, 5, 5, 5)))
R("contentful_management_token", ["CONTENTFUL_MANAGEMENT_TOKEN"], KF + "/contentful.yml (CFPAT-)", lambda r: "CFPAT-" + r.s(43, AN + "-_"))
R("typeform_token", ["TYPEFORM_TOKEN"], GL + " typeform-api-token", lambda r: "tfp_" + r.s(59, AN + "_"))
R("flyio_token", ["FLY_API_TOKEN"], GL + " flyio-access-token", lambda r: "fo1_" + r.s(43, AN + "-_"))
R("prefect_api_key", ["PREFECT_API_KEY"], GL + " prefect-api-token", lambda r: "pnu_" + r.s(36, AN))
R("maxmind_license_key", ["MAXMIND_LICENSE_KEY"], GL + " maxmind-license-key", lambda r: r.s(6, AN) + "_" + r.s(29, AN) + "_mmk")
R("yandex_api_key", ["YC_API_KEY"], GL + " yandex-api-key", lambda r: "AQVN" + r.s(36, AN + "-_"))
R("alibaba_access_key_id", ["ALIBABA_CLOUD_ACCESS_KEY_ID"], GL + " alibaba-access-key-id", lambda r: "LTAI5t" + r.s(18, AN))
R("alibaba_access_key_secret", ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"], GL + " alibaba-secret-key (30, by name)", lambda r: r.s(30, AN))
R("ibm_cloud_api_key", ["IBMCLOUD_API_KEY", "IC_API_KEY"], "IBM Cloud API key (44 chars) by name", lambda r: r.s(44, AN + "-_"))
R("salesforce_access_token", ["SF_ACCESS_TOKEN", "SALESFORCE_TOKEN"], KF + "/salesforce.yml", lambda r: "00D" + r.s(12, AN) + "!" + r.s(96, AN + "._"))
R("hubspot_private_app_token", ["HUBSPOT_ACCESS_TOKEN"], "HubSpot private app token pat-na1-<uuid>", lambda r: "pat-" + r.pick(["na1", "eu1"]) + "-" + r.uuid())
R("asana_pat", ["ASANA_PAT", "ASANA_ACCESS_TOKEN"], KF + "/asana.yml", lambda r: "2/%s/%s:%s" % (r.digits(16), r.digits(16), r.hex(32)))
R("clickup_token", ["CLICKUP_API_TOKEN"], KF + "/clickup.yml", lambda r: "pk_" + r.digits(8) + "_" + r.s(32, UP + DG))
R("trello_token", ["TRELLO_TOKEN"], KF + "/trello.yml (ATTA tokens; shape partly guessed)", lambda r: "ATTA" + r.hex(64) + r.s(8, HEXU))
R("airtable_pat", ["AIRTABLE_TOKEN", "AIRTABLE_API_KEY"], GL + " airtable-personnal-access-token", lambda r: "pat" + r.s(14, AN) + "." + r.hex(64))
R("zendesk_api_token", ["ZENDESK_API_TOKEN"], GL + " zendesk-secret-key (40 alnum by name)", lambda r: r.s(40, AN))
R("pagerduty_api_key", ["PAGERDUTY_TOKEN", "PD_API_KEY"], KF + "/pagerdutyapikey.yml (20 chars)", lambda r: r.pick(["u+", "y_"]) + r.s(18, AN + "-_"))
R("splunk_hec_token", ["SPLUNK_HEC_TOKEN"], "Splunk HEC token (GUID) by name", lambda r: r.uuid().upper())
R("consul_acl_token", ["CONSUL_HTTP_TOKEN"], "Consul ACL secret ID (uuid) by name", lambda r: r.uuid())
R("jenkins_api_token", ["JENKINS_API_TOKEN", "JENKINS_TOKEN"], KF + "/jenkins.yml (11 + 32 hex)", lambda r: "11" + r.hex(32))
R("elastic_api_key", ["ELASTIC_API_KEY", "ES_API_KEY"], "Elasticsearch API key = base64(id:api_key)", lambda r: base64.b64encode((r.s(20, AN + "-_") + ":" + r.s(22, AN + "-_")).encode()).decode())
R("honeycomb_api_key", ["HONEYCOMB_API_KEY"], KF + "/honeycomb.yml (by name)", lambda r: r.s(22, AN))
R("sumologic_access_key", ["SUMO_ACCESS_KEY"], GL + " sumologic-access-token", lambda r: r.s(64, AN))
R("lob_api_key", ["LOB_API_KEY"], GL + " lob-api-key", lambda r: "live_" + r.hex(35))
R("plaid_secret", ["PLAID_SECRET"], GL + " plaid-secret-key (30 by name)", lambda r: r.hex(30))
R("frameio_token", ["FRAMEIO_TOKEN"], GL + " frameio-api-token", lambda r: "fio-u-" + r.s(64, AN + "-_"))
R("render_api_key", ["RENDER_API_KEY"], "public scanner patterns rnd_ + 32 alnum (code search)", lambda r: "rnd_" + r.s(32, AN))
R("infracost_api_key", ["INFRACOST_API_KEY"], GL + " infracost-api-token", lambda r: "ico-" + r.s(32, AN))
R("scalingo_token", ["SCALINGO_API_TOKEN"], GL + " scalingo-api-token", lambda r: "tk-us-" + r.s(48, AN + "-_"))
R("readme_api_key", ["README_API_KEY"], GL + " readme-api-token", lambda r: "rdme_" + r.s(70, LO + DG))
R("mongodb_atlas_private_key", ["MONGODB_ATLAS_PRIVATE_KEY", "ATLAS_PRIVATE_KEY"], KF + "/mongodb.yml (uuid by name)", lambda r: r.uuid())
R("vault_unseal_key", [], "`vault operator init` output (base64 shares)", lambda r: r.b64(33))
R("gmail_app_password", ["SMTP_PASSWORD", "EMAIL_HOST_PASSWORD"], "Google app password (16 lowercase letters, shown in 4 groups)", lambda r: " ".join(r.s(4, LO) for _ in range(4)))
R("password", ["PASSWORD", "DB_PASSWORD", "ADMIN_PASSWORD"], "generic: identified by field name", lambda r: password(r), kind="pw")
R("database_password", ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_PASSWORD", "PGPASSWORD"], "generic DB password by name / URL userinfo (RFC 3986)", lambda r: password(r, url_safe=True), kind="pw")
R("django_secret_key", ["DJANGO_SECRET_KEY", "SECRET_KEY"], "Django get_random_secret_key alphabet (50 chars)", lambda r: r.s(50, LO + DG + "!@%^&*(-_=+)"))
R("rails_secret_key_base", ["SECRET_KEY_BASE"], "Rails secret_key_base (128 hex)", lambda r: r.hex(128))
R("flask_secret_key", ["FLASK_SECRET_KEY", "SECRET_KEY"], "Flask SECRET_KEY (secrets.token_hex(32))", lambda r: r.hex(64))
R("laravel_app_key", ["APP_KEY"], "Laravel APP_KEY base64:<32 bytes>", lambda r: "base64:" + r.b64(32))
R("jwt_signing_secret", ["JWT_SECRET", "JWT_SIGNING_KEY", "NEXTAUTH_SECRET"], "generic HMAC signing secret by name", lambda r: r.pick([r.b64(32), r.hex(64), r.s(40, AN)]))
R("encryption_key", ["ENCRYPTION_KEY", "DATA_KEY", "FIELD_ENCRYPTION_KEY"], "generic symmetric key by name", lambda r: r.pick([r.hex(64), r.b64(32), r.b64u(32) + "="]))
R("generic_api_key", ["API_KEY", "X_API_KEY", "SERVICE_API_KEY"], "generic: identified by name", lambda r: r.pick([r.s(32, AN), r.hex(40), r.s(48, AN + "-_")]))
R("generic_secret", ["CLIENT_SECRET", "APP_SECRET", "WEBHOOK_SECRET"], "generic: identified by name", lambda r: r.pick([r.s(40, AN), r.b64u(32), r.hex(48)]))
R("generic_token", ["API_TOKEN", "ACCESS_TOKEN", "SERVICE_TOKEN"], "generic: identified by name/Bearer", lambda r: r.pick([r.s(40, AN), r.b64u(30), "tok_" + r.s(32, AN)]))
R("http_basic_auth", [], "RFC 7617 Basic credentials (base64 user:password)", None, kind="basic")
R("bearer_token", [], "RFC 6750 Bearer token (opaque)", lambda r: r.pick([r.s(40, AN), r.b64u(36), r.hex(48)]))
R("session_cookie", [], "session cookie values (" + GL + " gitlab-session-cookie etc.)", lambda r: r.s(32, LO + DG))
R("keystore_password", ["KEYSTORE_PASSWORD", "storePassword"], "Android/Java keystore password by name", lambda r: password(r))
R("smtp_password", ["SMTP_PASSWORD", "MAIL_PASSWORD"], "generic by name", lambda r: password(r))
R("ldap_bind_password", ["LDAP_BIND_PASSWORD"], "generic by name", lambda r: password(r))
R("redis_password", ["REDIS_PASSWORD"], "generic by name / URL userinfo", lambda r: password(r, url_safe=True))
R("private_key_rsa", [], GL + " private-key (PKCS#1 PEM, structurally valid)", None, kind="multi")
R("private_key_pkcs8", [], GL + " private-key (PKCS#8 PEM)", None, kind="multi")
R("private_key_ec", [], GL + " private-key (SEC1 EC PEM)", None, kind="multi")
R("private_key_openssh", [], "OpenSSH PROTOCOL.key format (ed25519, unencrypted)", None, kind="multi")
R("private_key_pgp", [], "RFC 4880 armored secret key (EdDSA, CRC24)", None, kind="multi")
R("private_key_putty", [], "PuTTY PPK v3 (unencrypted, HMAC-SHA-256 MAC)", None, kind="multi")
R("gcp_service_account_key", [], "Google service account JSON (private_key field)", None, kind="multi")


def rng_len(r, a, b):
    return r.randrange(a, b)


def gen(rng, t):
    return T[t]["gen"](rng)


# --------------------------------------------------------------------------
# Record assembly.  Templates carry markers ⟪name⟫; secrets are substituted
# and their code-point offsets recorded, so text[start:end] == value holds by
# construction.
# --------------------------------------------------------------------------
MARK_RE = re.compile("\u27ea(\\w+)\u27eb")


def M(name):
    return "\u27ea%s\u27eb" % name


class Sec:
    def __init__(self, value, typ, plain=None, ref=None):
        self.value, self.type, self.plain = value, typ, plain
        self.ref = ref if ref is not None else (T[typ]["ref"] if typ in T else "")


def render(template, secs):
    out, spans, pos, last = [], [], 0, 0
    for m in MARK_RE.finditer(template):
        chunk = template[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        s = secs[m.group(1)]
        out.append(s.value)
        sp = {"value": s.value, "start": pos, "end": pos + len(s.value), "type": s.type}
        if s.plain is not None:
            sp["plain"] = s.plain
        spans.append(sp)
        pos += len(s.value)
        last = m.end()
    out.append(template[last:])
    text = "".join(out)
    assert "\u27ea" not in text and "\u27eb" not in text, template[:200]
    return text, spans


def make_source(container, secs, note=None):
    refs = []
    for s in secs.values():
        if s.ref and s.ref not in refs:
            refs.append(s.ref)
    src = "synthetic (build_final.py): %s" % container
    if note:
        src += " - " + note
    if refs:
        src += "; shape: " + " | ".join(refs)
    return src


FORBID = {
    "xml": "&<>\"'",
    "json": "\"\\",
    "shell": "\"'$`\\!",
    "url": "@:/?#[]%",
    "yaml": "\"\\'#",
    "plain": "",
}


def new_sec(rng, typ, forbid=""):
    for _ in range(200):
        v = T[typ]["gen"](rng)
        if not any(c in v for c in forbid):
            return Sec(v, typ)
    raise RuntimeError("cannot generate %s without %r" % (typ, forbid))


# Non-secret neighbours that make configs look real.
DECOYS = [
    ("NODE_ENV", "production"), ("LOG_LEVEL", "info"), ("PORT", "8080"), ("AWS_REGION", "eu-central-1"),
    ("DB_HOST", "db-primary.internal"), ("DB_PORT", "5432"), ("DB_NAME", "orders"), ("DB_USER", "orders_app"),
    ("REDIS_HOST", "cache.internal"), ("APP_URL", "https://app.fleetdash.io"), ("TZ", "Europe/Berlin"),
    ("FEATURE_NEW_CHECKOUT", "true"), ("SENTRY_ENVIRONMENT", "staging"), ("WORKERS", "4"),
    ("S3_BUCKET", "fleetdash-uploads-prod"), ("SMTP_HOST", "smtp.mailgun.org"), ("SMTP_PORT", "587"),
    ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317"), ("CACHE_TTL", "300"),
    ("ALLOWED_HOSTS", "app.fleetdash.io,api.fleetdash.io"), ("PYTHONUNBUFFERED", "1"),
    ("JAVA_TOOL_OPTIONS", "-Xmx2g"), ("GIN_MODE", "release"), ("RAILS_ENV", "production"),
    ("KAFKA_BROKERS", "kafka-0:9092,kafka-1:9092"), ("MAX_UPLOAD_MB", "25"), ("DEBUG", "false"),
]


def decoys(rng, k):
    return rng.sample(DECOYS, k)


# ----- KV containers: each takes rng and items [(name, value_or_marker)] -----
def kv_dotenv(rng, items):
    lines = ["# %s" % rng.pick(["local overrides - do not commit", "generated by setup.sh", ".env.production", "copied from 1Password on deploy box"])]
    for k, v in items:
        q = rng.pick(["", "", '"'])
        lines.append("%s=%s%s%s" % (k, q, v, q))
    return "\n".join(lines) + "\n"


def kv_shell_export(rng, items):
    head = rng.pick(["# ~/.zshrc\nalias k=kubectl\nexport PATH=\"$HOME/.local/bin:$PATH\"\n",
                     "#!/usr/bin/env bash\n# .envrc (direnv)\n", "# ~/.bashrc additions\n"])
    return head + "".join("export %s='%s'\n" % (k, v) for k, v in items)


def kv_zsh_history(rng, items):
    t = 1716800000 + rng.randrange(5000000)
    out = []
    cmds = ["git status", "kubectl get pods -n staging", "vim docker-compose.yml", "make test", "ls -la"]
    for k, v in items:
        out.append(": %d:0;%s" % (t, rng.pick(cmds)))
        t += rng.randrange(5, 400)
        out.append(": %d:0;export %s=%s" % (t, k, v))
        t += rng.randrange(5, 400)
    out.append(": %d:0;./scripts/deploy.sh staging" % t)
    return "\n".join(out) + "\n"


def kv_printenv(rng, items):
    base = [("HOSTNAME", "worker-%s-%s" % (rng.hex(10), rng.s(5, LO + DG))), ("HOME", "/root"),
            ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"), ("SHLVL", "1"),
            ("LANG", "C.UTF-8"), ("KUBERNETES_SERVICE_HOST", "10.96.0.1"), ("KUBERNETES_SERVICE_PORT", "443")]
    allv = base + list(items)
    rng.shuffle(allv)
    return "$ printenv\n" + "\n".join("%s=%s" % kv for kv in allv) + "\n"


def kv_proc_environ(rng, items):
    pid = rng.randrange(200, 40000)
    base = [("PATH", "/usr/local/bin:/usr/bin:/bin"), ("HOSTNAME", "api-" + rng.hex(6)), ("HOME", "/app")]
    allv = base + list(items) + [("PYTHONUNBUFFERED", "1")]
    return "root@api:/# cat /proc/%d/environ\n%s\x00\nroot@api:/# " % (pid, "\x00".join("%s=%s" % kv for kv in allv))


def kv_docker_inspect(rng, items):
    cid = rng.hex(64)
    env = ",\n                ".join('"%s=%s"' % kv for kv in list(items) + [("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")])
    return ("$ docker inspect %s\n[\n    {\n        \"Id\": \"%s\",\n        \"Created\": \"2024-05-14T09:12:44.512Z\",\n"
            "        \"Path\": \"/docker-entrypoint.sh\",\n        \"Name\": \"/billing-worker-1\",\n        \"Config\": {\n"
            "            \"Hostname\": \"%s\",\n            \"Env\": [\n                %s\n            ],\n"
            "            \"Image\": \"registry.fleetdash.io/billing-worker:2.14.1\",\n            \"WorkingDir\": \"/srv\"\n        }\n    }\n]\n"
            % (cid[:12], cid, cid[:12], env))


def kv_kubectl_describe(rng, items):
    pod = "checkout-api-%s-%s" % (rng.s(10, LO + DG), rng.s(5, LO + DG))
    env = "".join("      %s:%s%s\n" % (k, " " * max(2, 28 - len(k)), v) for k, v in items)
    return ("$ kubectl describe pod %s -n payments\nName:             %s\nNamespace:        payments\nNode:             ip-10-42-3-17.eu-central-1.compute.internal/10.42.3.17\n"
            "Status:           Running\nContainers:\n  api:\n    Image:          registry.fleetdash.io/checkout-api:1.9.3\n    Port:           8080/TCP\n"
            "    Environment:\n%s      DB_PASSWORD:                 <set to the key 'password' in secret 'checkout-db'>  Optional: false\n"
            "    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)\n" % (pod, pod, env, rng.s(5, LO + DG)))


def kv_k8s_manifest(rng, items):
    env = "".join("            - name: %s\n              value: \"%s\"\n" % kv for kv in items)
    return ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: notifier\n  namespace: ops\nspec:\n  replicas: 2\n  template:\n    spec:\n"
            "      containers:\n        - name: notifier\n          image: ghcr.io/fleetdash/notifier:0.7.2\n          env:\n%s" % env)


def kv_docker_compose(rng, items):
    if rng.random() < 0.5:
        env = "".join("      %s: \"%s\"\n" % kv for kv in items)
    else:
        env = "".join("      - %s=%s\n" % kv for kv in items)
    return ("services:\n  app:\n    build: .\n    ports:\n      - \"8000:8000\"\n    environment:\n%s    depends_on:\n      - db\n"
            "  db:\n    image: postgres:16\n" % env)


def kv_dockerfile(rng, items):
    lines = ["FROM python:3.12-slim", "WORKDIR /app", "COPY requirements.txt ."]
    for k, v in items:
        lines.append(rng.pick(["ENV %s=%s", "ENV %s=\"%s\"", "ARG %s=%s"]) % (k, v))
    lines += ["RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "CMD [\"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:8000\"]"]
    return "\n".join(lines) + "\n"


def kv_gha_workflow(rng, items):
    env = "".join("      %s: %s\n" % kv for kv in items)
    return ("name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n%s"
            "    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n" % env)


def kv_gitlab_ci(rng, items):
    env = "".join("  %s: \"%s\"\n" % kv for kv in items)
    return ("stages: [build, deploy]\nvariables:\n%s\ndeploy:prod:\n  stage: deploy\n  image: alpine:3.20\n  script:\n    - ./deploy.sh\n  only: [main]\n" % env)


def kv_circleci(rng, items):
    env = "".join("          %s: %s\n" % kv for kv in items)
    return ("version: 2.1\njobs:\n  release:\n    docker:\n      - image: cimg/node:20.11\n        environment:\n%s    steps:\n      - checkout\n"
            "      - run: npm ci && npm run release\n" % env)


def kv_azure_pipelines(rng, items):
    env = "".join("  %s: '%s'\n" % kv for kv in items)
    return "trigger:\n- main\npool:\n  vmImage: ubuntu-latest\nvariables:\n%ssteps:\n- script: dotnet publish -c Release\n" % env


def kv_heroku_config(rng, items):
    app = rng.pick(["fleetdash-api", "invoice-bot", "shopsync-prod"])
    w = max(len(k) for k, _ in items) + 2
    return "$ heroku config -a %s\n=== %s Config Vars\n%s" % (app, app, "".join("%s %s\n" % ((k + ":").ljust(w), v) for k, v in items))


def kv_systemd(rng, items):
    env = "".join("Environment=\"%s=%s\"\n" % kv for kv in items)
    return ("[Unit]\nDescription=Metrics shipper\nAfter=network-online.target\n\n[Service]\nType=simple\nUser=shipper\n%s"
            "ExecStart=/usr/local/bin/shipper --config /etc/shipper.yml\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n" % env)


def kv_crontab(rng, items):
    head = "".join("%s=%s\n" % kv for kv in items)
    return ("# m h  dom mon dow   command\nSHELL=/bin/bash\nMAILTO=ops@fleetdash.io\n%s15 2 * * * /opt/backup/run.sh >> /var/log/backup.log 2>&1\n"
            "*/10 * * * * /usr/bin/flock -n /tmp/sync.lock /opt/sync/sync.py\n" % head)


def kv_idea_workspace(rng, items):
    envs = "".join("        <env name=\"%s\" value=\"%s\" />\n" % kv for kv in items)
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project version=\"4\">\n  <component name=\"RunManager\" selected=\"Spring Boot.ApiApplication\">\n"
            "    <configuration name=\"ApiApplication\" type=\"SpringBootApplicationConfigurationType\" factoryName=\"Spring Boot\">\n"
            "      <module name=\"api\" />\n      <envs>\n%s      </envs>\n      <option name=\"SPRING_BOOT_MAIN_CLASS\" value=\"io.fleetdash.api.ApiApplication\" />\n"
            "      <method v=\"2\">\n        <option name=\"Make\" enabled=\"true\" />\n      </method>\n    </configuration>\n  </component>\n</project>\n" % envs)


def kv_vscode_launch(rng, items):
    env = ",\n                ".join("\"%s\": \"%s\"" % kv for kv in items)
    return ("{\n    \"version\": \"0.2.0\",\n    \"configurations\": [\n        {\n            \"name\": \"Python: FastAPI\",\n            \"type\": \"debugpy\",\n"
            "            \"request\": \"launch\",\n            \"module\": \"uvicorn\",\n            \"args\": [\"app.main:app\", \"--reload\"],\n"
            "            \"env\": {\n                %s\n            },\n            \"jinja\": true\n        }\n    ]\n}\n" % env)


def kv_postman_env(rng, items):
    vals = ",\n".join("\t\t{\n\t\t\t\"key\": \"%s\",\n\t\t\t\"value\": \"%s\",\n\t\t\t\"type\": \"%s\",\n\t\t\t\"enabled\": true\n\t\t}"
                      % (k, v, "secret" if v.startswith("\u27ea") else "default") for k, v in items)
    return ("{\n\t\"id\": \"%s\",\n\t\"name\": \"Staging\",\n\t\"values\": [\n%s\n\t],\n\t\"_postman_variable_scope\": \"environment\",\n"
            "\t\"_postman_exported_at\": \"2024-06-02T10:41:07.118Z\",\n\t\"_postman_exported_using\": \"Postman/11.1.14\"\n}\n" % (rng.uuid(), vals))


def kv_tfvars(rng, items):
    return "region = \"eu-west-1\"\nenvironment = \"prod\"\n" + "".join("%s = \"%s\"\n" % (k.lower(), v) for k, v in items)


def kv_terraform_plan(rng, items):
    vars_ = "".join("              + %s = \"%s\"\n" % kv for kv in items)
    return ("Terraform will perform the following actions:\n\n  # aws_lambda_function.ingest will be updated in-place\n  ~ resource \"aws_lambda_function\" \"ingest\" {\n"
            "        id            = \"ingest-prod\"\n      ~ last_modified = \"2024-05-30T08:11:02.000+0000\" -> (known after apply)\n        # (18 unchanged attributes hidden)\n\n"
            "      ~ environment {\n          ~ variables = {\n%s                # (3 unchanged elements hidden)\n            }\n        }\n    }\n\n"
            "Plan: 0 to add, 1 to change, 0 to destroy.\n" % vars_)


def kv_ansible_vars(rng, items):
    return ("---\n# group_vars/prod/main.yml\nnginx_worker_processes: auto\napp_user: deploy\n" +
            "".join("%s: \"%s\"\n" % (k.lower(), v) for k, v in items))


def kv_helm_values(rng, items):
    return ("replicaCount: 3\nimage:\n  repository: ghcr.io/fleetdash/api\n  tag: \"4.2.0\"\nenv:\n" +
            "".join("  %s: \"%s\"\n" % kv for kv in items) + "resources:\n  limits:\n    memory: 512Mi\n")


def kv_json_config(rng, items):
    body = ",\n".join("    \"%s\": \"%s\"" % (camel(k), v) for k, v in items)
    return "{\n    \"service\": \"reporting\",\n%s,\n    \"timeoutMs\": 15000\n}\n" % body


def camel(k):
    parts = k.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def kv_yaml_config(rng, items):
    return "app:\n  name: reporting\n  port: 8080\nintegrations:\n" + "".join("  %s: \"%s\"\n" % (k.lower(), v) for k, v in items)


def kv_toml_config(rng, items):
    return "[server]\nhost = \"0.0.0.0\"\nport = 9000\n\n[integrations]\n" + "".join("%s = \"%s\"\n" % (k.lower(), v) for k, v in items)


def kv_ini_config(rng, items):
    return "[general]\nenvironment = production\n\n[credentials]\n" + "".join("%s = %s\n" % (k.lower(), v) for k, v in items)


def kv_python_settings(rng, items):
    return ("# settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\n" +
            "".join("%s = \"%s\"\n" % kv for kv in items))


def kv_js_config(rng, items):
    return ("// config/production.js\nmodule.exports = {\n  port: process.env.PORT || 3000,\n" +
            "".join("  %s: '%s',\n" % (camel(k), v) for k, v in items) + "};\n")


def kv_go_source(rng, items):
    return ("package config\n\n// TODO: move to env before release\nconst (\n" +
            "".join("\t%s = \"%s\"\n" % (camel(k)[0].upper() + camel(k)[1:], v) for k, v in items) + ")\n")


def kv_java_properties(rng, items):
    return ("spring.application.name=ledger\nserver.port=8081\n" +
            "".join("%s=%s\n" % (k.lower().replace("_", "."), v) for k, v in items))


def kv_appsettings(rng, items):
    body = ",\n".join("    \"%s\": \"%s\"" % ("".join(p.capitalize() for p in k.lower().split("_")), v) for k, v in items)
    return ("{\n  \"Logging\": {\n    \"LogLevel\": { \"Default\": \"Information\" }\n  },\n  \"AllowedHosts\": \"*\",\n  \"Integrations\": {\n%s\n  }\n}\n" % body)


def kv_notebook(rng, items):
    src = ",\n".join("    \"os.environ[\\\"%s\\\"] = \\\"%s\\\"\\n\"" % kv for kv in items)
    return ("{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n"
            "    \"import os\\n\",\n%s,\n    \"client = build_client()\"\n   ]\n  }\n ],\n \"metadata\": {\n  \"kernelspec\": {\"display_name\": \"Python 3\", \"language\": \"python\", \"name\": \"python3\"}\n },\n"
            " \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n" % src)


def kv_makefile(rng, items):
    return ("".join("%s ?= %s\n" % kv for kv in items) +
            "\n.PHONY: deploy\ndeploy:\n\t./scripts/push.sh --env prod\n")


def kv_powershell(rng, items):
    return ("# profile.ps1\nSet-Alias k kubectl\n" + "".join("$env:%s = \"%s\"\n" % kv for kv in items))


def kv_windows_bat(rng, items):
    return ("@echo off\nREM run_local.bat\n" + "".join("set %s=%s\n" % kv for kv in items) + "python manage.py runserver 0.0.0.0:8000\n")


def kv_supervisor(rng, items):
    env = ",".join("%s=\"%s\"" % kv for kv in items)
    return "[program:worker]\ncommand=/srv/venv/bin/celery -A app worker -l info\ndirectory=/srv/app\nuser=www-data\nenvironment=%s\nautorestart=true\n" % env


def kv_launchd(rng, items):
    env = "".join("        <key>%s</key>\n        <string>%s</string>\n" % kv for kv in items)
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            "<plist version=\"1.0\">\n<dict>\n    <key>Label</key>\n    <string>io.fleetdash.agent</string>\n    <key>EnvironmentVariables</key>\n    <dict>\n%s    </dict>\n"
            "    <key>ProgramArguments</key>\n    <array>\n        <string>/usr/local/bin/fd-agent</string>\n    </array>\n</dict>\n</plist>\n" % env)


def kv_serverless(rng, items):
    return ("service: image-resizer\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n" +
            "".join("    %s: %s\n" % kv for kv in items) + "functions:\n  resize:\n    handler: handler.resize\n")


def kv_lambda_config(rng, items):
    env = ",\n".join("            \"%s\": \"%s\"" % kv for kv in items)
    return ("$ aws lambda get-function-configuration --function-name ingest-prod\n{\n    \"FunctionName\": \"ingest-prod\",\n"
            "    \"FunctionArn\": \"arn:aws:lambda:eu-west-1:%s:function:ingest-prod\",\n    \"Runtime\": \"python3.12\",\n    \"Handler\": \"app.handler\",\n"
            "    \"Environment\": {\n        \"Variables\": {\n%s\n        }\n    },\n    \"MemorySize\": 512\n}\n" % (rng.digits(12), env))


def kv_ecs_taskdef(rng, items):
    env = ",\n".join("        { \"name\": \"%s\", \"value\": \"%s\" }" % kv for kv in items)
    return ("{\n  \"family\": \"api\",\n  \"containerDefinitions\": [\n    {\n      \"name\": \"api\",\n      \"image\": \"%s.dkr.ecr.us-east-1.amazonaws.com/api:latest\",\n"
            "      \"environment\": [\n%s\n      ],\n      \"portMappings\": [{ \"containerPort\": 8080 }]\n    }\n  ]\n}\n" % (rng.digits(12), env))


def kv_nomad(rng, items):
    return ("job \"ingest\" {\n  datacenters = [\"dc1\"]\n  group \"ingest\" {\n    task \"worker\" {\n      driver = \"docker\"\n      env {\n" +
            "".join("        %s = \"%s\"\n" % kv for kv in items) + "      }\n    }\n  }\n}\n")


def kv_pulumi_config(rng, items):
    return "config:\n  aws:region: us-west-2\n" + "".join("  infra:%s: %s\n" % (camel(k), v) for k, v in items)


def kv_docker_run(rng, items):
    flags = " \\\n  ".join("-e %s=%s" % kv for kv in items)
    return "$ docker run -d --name api \\\n  %s \\\n  -p 8080:8080 registry.fleetdash.io/api:3.1.0\n" % flags


def kv_ps_aux(rng, items):
    args = " ".join("--%s=%s" % (k.lower().replace("_", "-"), v) for k, v in items)
    pid = rng.randrange(1000, 60000)
    return ("USER         PID %%CPU %%MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\nroot           1  0.0  0.1 167800 11200 ?        Ss   May12   0:09 /sbin/init\n"
            "app        %d  2.3  4.1 1844212 331024 ?     Sl   09:02   3:41 /usr/bin/java -jar /opt/sync/sync.jar %s\n"
            "app        %d  0.0  0.0   6480  2260 pts/0    S+   11:20   0:00 grep sync\n" % (pid, args, pid + 877))


def kv_kubectl_create_secret(rng, items):
    lits = " ".join("--from-literal=%s=%s" % kv for kv in items)
    return "$ kubectl -n prod create secret generic app-secrets %s\nsecret/app-secrets created\n" % lits


def kv_cli_set_secrets(rng, items):
    tool = rng.pick(["fly secrets set %s", "heroku config:set %s -a fleetdash-api", "vercel env add", "railway variables --set %s"])
    if tool == "vercel env add":
        return "".join("$ echo -n '%s' | vercel env add %s production\n✅  Added Environment Variable %s to Project fleetdash\n" % (v, k, k) for k, v in items)
    return "$ " + tool % " ".join("%s=%s" % kv for kv in items) + "\n"


def kv_gha_log(rng, items):
    ts = "2024-06-0%dT%02d:%02d:%02d.%07dZ" % (rng.randrange(1, 9), rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(10 ** 7))
    lines = ["%s ##[group]Run env | sort" % ts, "%s env | sort" % ts, "%s shell: /usr/bin/bash -e {0}" % ts, "%s ##[endgroup]" % ts]
    allv = list(items) + [("GITHUB_ACTIONS", "true"), ("RUNNER_OS", "Linux"), ("GITHUB_REF", "refs/heads/main")]
    allv.sort()
    lines += ["%s %s=%s" % (ts, k, v) for k, v in allv]
    return "\n".join(lines) + "\n"


def kv_jenkins_log(rng, items):
    n = rng.randrange(100, 3000)
    out = ["Started by user deploy-bot", "Running in Durability level: MAX_SURVIVABILITY", "[Pipeline] sh",
           "+ set -x"]
    for k, v in items:
        out.append("+ export %s=%s" % (k, v))
    out += ["+ ./gradlew publish", "> Task :publish", "BUILD SUCCESSFUL in 41s", "Finished: SUCCESS"]
    return "\n".join(out) + "\n"


def kv_gitlab_job_log(rng, items):
    out = ["Running with gitlab-runner 17.0.0 (44feccdf)", "  on docker-autoscaler-2 t3_Xk9s, system ID: s_5f1e0c7d",
           "Preparing the \"docker\" executor", "$ echo \"debug env\" && env | grep -v PATH"]
    out += ["%s=%s" % kv for kv in items]
    out += ["$ make release", "Job succeeded"]
    return "\n".join(out) + "\n"


def kv_slack_env_paste(rng, items):
    who = rng.pick(["Tomasz", "Ana", "Dev", "Kenji", "Lina"])
    body = "\n".join("%s=%s" % kv for kv in items)
    return ("%s  %s\nanyone know why the worker keeps crashing on boot? here's what I have in my .env\n```\n%s\n```\n"
            "(staging only, will rotate later)\n" % (who, rng.pick(["10:42 AM", "4:17 PM", "9:03 AM"]), body))


def kv_github_issue_env(rng, items):
    body = "\n".join("%s=%s" % kv for kv in items)
    return ("### Describe the bug\nThe SDK throws `401 Unauthorized` right after upgrading to 3.2.0.\n\n### To Reproduce\nMy environment:\n\n```env\n%s\n```\n\n"
            "### Expected behavior\nRequests should succeed like on 3.1.x.\n\n### Environment\n- OS: Ubuntu 22.04\n- Node: 20.11.1\n" % body)


def kv_sentry_event(rng, items):
    env = ",\n".join("      \"%s\": \"%s\"" % kv for kv in items)
    return ("{\n  \"event_id\": \"%s\",\n  \"platform\": \"python\",\n  \"level\": \"error\",\n  \"exception\": {\"values\": [{\"type\": \"KeyError\", \"value\": \"'customer_id'\"}]},\n"
            "  \"extra\": {\n    \"sys.argv\": [\"worker.py\"],\n    \"os.environ\": {\n%s\n    }\n  }\n}\n" % (rng.hex(32), env))


def kv_node_report(rng, items):
    env = ",\n".join("    \"%s\": \"%s\"" % kv for kv in items)
    return ("{\n  \"header\": {\n    \"reportVersion\": 3,\n    \"event\": \"Allocation failed - JavaScript heap out of memory\",\n    \"trigger\": \"FatalError\",\n"
            "    \"filename\": \"report.20240603.101533.4412.0.001.json\",\n    \"nodejsVersion\": \"v20.11.1\"\n  },\n  \"environmentVariables\": {\n%s,\n"
            "    \"NODE_OPTIONS\": \"--max-old-space-size=2048\"\n  }\n}\n" % env)


def kv_python_locals(rng, items):
    loc = "".join("    %s = '%s'\n" % (k.lower(), v) for k, v in items)
    return ("Traceback (most recent call last):\n  File \"/srv/app/jobs/sync.py\", line 88, in run\n    resp.raise_for_status()\n"
            "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.partner-hub.io/v2/orders\n\n"
            "Locals at frame sync.run:\n%s    retries = 3\n" % loc)


def kv_fish(rng, items):
    return "# ~/.config/fish/config.fish\nset -gx EDITOR nvim\n" + "".join("set -gx %s %s\n" % kv for kv in items)


def kv_cloudformation(rng, items):
    env = "".join("          %s: \"%s\"\n" % kv for kv in items)
    return ("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  IngestFunction:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n"
            "      Handler: app.handler\n      Environment:\n        Variables:\n%s" % env)


def kv_vault_put(rng, items):
    return "$ vault kv put secret/apps/billing %s\n======= Secret Path =======\nsecret/data/apps/billing\n\n======= Metadata =======\nKey                Value\n---                -----\nversion            4\n" % " ".join("%s=%s" % (k.lower(), v) for k, v in items)


KV = [
    ("dotenv", kv_dotenv, "shell"), ("shell_rc_export", kv_shell_export, "shell"), ("zsh_history", kv_zsh_history, "shell"),
    ("printenv_output", kv_printenv, ""), ("proc_environ", kv_proc_environ, ""), ("docker_inspect", kv_docker_inspect, "json"),
    ("kubectl_describe_pod", kv_kubectl_describe, ""), ("k8s_deployment_yaml", kv_k8s_manifest, "yaml"),
    ("docker_compose", kv_docker_compose, "yaml"), ("dockerfile", kv_dockerfile, "shell"), ("github_actions_workflow", kv_gha_workflow, "yaml"),
    ("gitlab_ci_yml", kv_gitlab_ci, "yaml"), ("circleci_config", kv_circleci, "yaml"), ("azure_pipelines_yml", kv_azure_pipelines, "yaml"),
    ("heroku_config_output", kv_heroku_config, ""), ("systemd_unit", kv_systemd, "shell"), ("crontab", kv_crontab, "shell"),
    ("idea_workspace_xml", kv_idea_workspace, "xml"), ("vscode_launch_json", kv_vscode_launch, "json"), ("postman_environment", kv_postman_env, "json"),
    ("terraform_tfvars", kv_tfvars, "json"), ("terraform_plan_output", kv_terraform_plan, "json"), ("ansible_group_vars", kv_ansible_vars, "yaml"),
    ("helm_values", kv_helm_values, "yaml"), ("json_config", kv_json_config, "json"), ("yaml_config", kv_yaml_config, "yaml"),
    ("toml_config", kv_toml_config, "json"), ("ini_config", kv_ini_config, "shell"), ("python_settings", kv_python_settings, "json"),
    ("js_config", kv_js_config, "shell"), ("go_source", kv_go_source, "json"), ("java_properties", kv_java_properties, "shell"),
    ("appsettings_json", kv_appsettings, "json"), ("jupyter_notebook", kv_notebook, "json"), ("makefile", kv_makefile, "shell"),
    ("powershell_profile", kv_powershell, "shell"), ("windows_batch", kv_windows_bat, "shell"), ("supervisor_conf", kv_supervisor, "shell"),
    ("launchd_plist", kv_launchd, "xml"), ("serverless_yml", kv_serverless, "yaml"), ("aws_lambda_config_output", kv_lambda_config, "json"),
    ("ecs_task_definition", kv_ecs_taskdef, "json"), ("nomad_job", kv_nomad, "json"), ("pulumi_stack_config", kv_pulumi_config, "yaml"),
    ("docker_run_command", kv_docker_run, "shell"), ("ps_aux_output", kv_ps_aux, "shell"), ("kubectl_create_secret_cmd", kv_kubectl_create_secret, "shell"),
    ("paas_cli_secrets_cmd", kv_cli_set_secrets, "shell"), ("github_actions_log", kv_gha_log, ""), ("jenkins_console_log", kv_jenkins_log, "shell"),
    ("gitlab_job_log", kv_gitlab_job_log, ""), ("slack_message", kv_slack_env_paste, ""), ("github_issue", kv_github_issue_env, ""),
    ("sentry_event_json", kv_sentry_event, "json"), ("node_diagnostic_report", kv_node_report, "json"), ("python_traceback", kv_python_locals, "json"),
    ("fish_config", kv_fish, "shell"), ("cloudformation_template", kv_cloudformation, "yaml"), ("vault_kv_put_cmd", kv_vault_put, "shell"),
]


R("crates_io_token", ["CARGO_REGISTRY_TOKEN"], "crates.io API token (cio + 32 alnum; " + KF + "/crates.io.yml)", lambda r: "cio" + r.s(32, AN))
R("confluent_api_secret", ["CONFLUENT_API_SECRET", "KAFKA_SASL_PASSWORD"], GL + " confluent-secret-key (64 by name)", lambda r: r.s(64, AN + "+/"))
R("wireguard_preshared_key", [], KF + "/wireguard.yml PresharedKey", lambda r: r.b64(32))
R("azure_ad_refresh_token", [], "Azure AD refresh token (opaque 0.A... string) in MSAL cache", lambda r: "0.A" + r.s(3, AN) + "A" + r.s(rng_len(r, 700, 900), AN + "-_"))
R("wordpress_salt", [], "WordPress wp-config.php AUTH_KEY/SALT (64 printable chars)", lambda r: r.s(64, AN + "!#%()*+,-./:;<=>?@[]^_{|}~ "))
R("sidekiq_license", ["BUNDLE_GEMS__CONTRIBSYS__COM", "BUNDLE_ENTERPRISE__CONTRIBSYS__COM"], GL + " sidekiq-secret", lambda r: r.hex(8) + ":" + r.hex(8))
R("fernet_key", ["AIRFLOW__CORE__FERNET_KEY", "FERNET_KEY"], "cryptography Fernet key (urlsafe base64 of 32 bytes)", lambda r: base64.urlsafe_b64encode(r.randbytes(32)).decode())
R("snowflake_password", ["SNOWFLAKE_PASSWORD"], KF + "/snowflake.yml password", lambda r: password(r))
R("mssql_sa_password", ["MSSQL_SA_PASSWORD", "SA_PASSWORD"], "generic by name", lambda r: strong_password(r, alpha=AN + "!#*-_")) 
R("elastic_password", ["ELASTIC_PASSWORD"], "generic by name", lambda r: r.s(20, AN))
R("ansible_become_password", [], "Ansible inventory ansible_password/ansible_become_pass", lambda r: password(r))
R("cifs_password", [], "mount.cifs password= option", lambda r: password(r, url_safe=True))
R("vnc_password", ["VNC_PASSWORD"], "generic by name", lambda r: r.s(8, AN))
R("wifi_psk", [], "wpa_supplicant psk= / nmcli wifi password", lambda r: human_password(r))


def ns(rng, t, forbid=""):
    return new_sec(rng, t, forbid)


def aws_pair(rng, temp=False):
    kid = Sec(("ASIA" if temp else "AKIA") + rng.s(16, B32), "aws_access_key_id")
    return kid, ns(rng, "aws_secret_access_key")


def host(rng):
    return rng.pick(["db-prod-1.c9akciq32.eu-west-1.rds.amazonaws.com", "pg.internal.fleetdash.io", "10.20.4.11",
                     "mysql-primary.shop.svc.cluster.local", "orders-db.postgres.database.azure.com", "localhost"])


def user(rng):
    return rng.pick(["app", "orders_rw", "etl", "postgres", "admin", "svc_billing", "reporting", "root", "deploy"])


# ----- special containers -----------------------------------------------------------------
def sp_git_config(rng):
    t = rng.pick(["github_pat", "github_fine_grained_pat", "gitlab_pat", "bitbucket_app_password", "azure_devops_pat", "github_app_installation_token"])
    s = ns(rng, t)
    url = {"github_pat": "https://mkeller:%s@github.com/fleetdash/infra.git", "github_fine_grained_pat": "https://%s@github.com/fleetdash/billing.git",
           "gitlab_pat": "https://oauth2:%s@gitlab.com/acme-group/platform/api.git", "bitbucket_app_password": "https://jdoe-acme:%s@bitbucket.org/acme/mobile-app.git",
           "azure_devops_pat": "https://fabrikam:%s@dev.azure.com/fabrikam/Payments/_git/payments-api",
           "github_app_installation_token": "https://x-access-token:%s@github.com/fleetdash/deploy-configs.git"}[t] % M("a")
    return "git_config", ("[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n[remote \"origin\"]\n\turl = %s\n"
                          "\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch \"main\"]\n\tremote = origin\n\tmerge = refs/heads/main\n" % url), {"a": s}


def sp_git_credentials(rng):
    a, b = ns(rng, "github_pat"), ns(rng, "gitlab_pat")
    return "git_credentials_store", "https://octo-dev:%s@github.com\nhttps://oauth2:%s@gitlab.example-corp.com\n" % (M("a"), M("b")), {"a": a, "b": b}


def sp_pip_conf(rng):
    t = rng.pick(["database_password", "artifactory_api_key", "gitlab_deploy_token"])
    s = ns(rng, t, FORBID["url"])
    u = {"database_password": "ci-reader", "artifactory_api_key": "svc-pypi", "gitlab_deploy_token": "gitlab+deploy-token-4471"}[t]
    if t == "database_password":
        s.type = "password"
    return "pip_conf", ("# ~/.config/pip/pip.conf\n[global]\ntimeout = 60\nindex-url = https://%s:%s@artifacts.fleetdash.io/artifactory/api/pypi/pypi-virtual/simple\n"
                        "trusted-host = artifacts.fleetdash.io\n" % (u, M("a"))), {"a": s}


def sp_requirements(rng):
    a = ns(rng, rng.pick(["github_pat", "github_oauth_token"]))
    b = ns(rng, "gitlab_deploy_token")
    return "requirements_txt", ("--extra-index-url https://gitlab+deploy-token-12:%s@gitlab.com/api/v4/projects/4471/packages/pypi/simple\n"
                                "fastapi==0.111.0\nuvicorn[standard]==0.30.1\npydantic==2.7.4\n"
                                "git+https://%s@github.com/fleetdash/fd-common.git@v1.4.2#egg=fd-common\nsqlalchemy==2.0.30\n" % (M("b"), M("a"))), {"a": a, "b": b}


def sp_pypirc(rng):
    a, b = ns(rng, "pypi_upload_token"), ns(rng, "pypi_upload_token")
    return "pypirc", ("[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\nusername = __token__\npassword = %s\n\n[testpypi]\n"
                      "repository = https://test.pypi.org/legacy/\nusername = __token__\npassword = %s\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_npmrc(rng):
    a = ns(rng, "npm_access_token")
    b = ns(rng, rng.pick(["github_pat", "gitlab_pat"]))
    line2 = "//npm.pkg.github.com/:_authToken=%s\n@fleetdash:registry=https://npm.pkg.github.com/\n" if b.type == "github_pat" else \
        "@acme:registry=https://gitlab.com/api/v4/projects/4471/packages/npm/\n//gitlab.com/api/v4/projects/4471/packages/npm/:_authToken=%s\n"
    return "npmrc", ("registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\n" % M("a")) + line2 % M("b") + "always-auth=true\n", {"a": a, "b": b}


def sp_yarnrc(rng):
    a = ns(rng, "npm_access_token")
    return "yarnrc_yml", ("nodeLinker: node-modules\nnpmScopes:\n  fleetdash:\n    npmRegistryServer: \"https://registry.npmjs.org\"\n    npmAuthToken: \"%s\"\n"
                          "yarnPath: .yarn/releases/yarn-4.2.2.cjs\n" % M("a")), {"a": a}


def sp_maven_settings(rng):
    a = ns(rng, "password", FORBID["xml"])
    b = ns(rng, "artifactory_api_key")
    return "maven_settings_xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<settings xmlns=\"http://maven.apache.org/SETTINGS/1.2.0\">\n  <servers>\n"
                                  "    <server>\n      <id>nexus-releases</id>\n      <username>deployment</username>\n      <password>%s</password>\n    </server>\n"
                                  "    <server>\n      <id>artifactory</id>\n      <username>ci-publisher</username>\n      <password>%s</password>\n    </server>\n"
                                  "  </servers>\n  <mirrors>\n    <mirror>\n      <id>nexus-releases</id>\n      <mirrorOf>*</mirrorOf>\n"
                                  "      <url>https://nexus.fleetdash.io/repository/maven-public/</url>\n    </mirror>\n  </mirrors>\n</settings>\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_gradle_properties(rng):
    a = ns(rng, "password", " ")
    b = ns(rng, "keystore_password", " ")
    c = ns(rng, "github_pat")
    return "gradle_properties", ("org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\nossrhUsername=fleetdash-release\nossrhPassword=%s\n"
                                 "signing.keyId=%s\nsigning.password=%s\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\ngpr.user=fd-bot\ngpr.key=%s\n"
                                 % (M("a"), rng.s(8, HEXU), M("b"), M("c"))), {"a": a, "b": b, "c": c}


def sp_nuget_config(rng):
    t = rng.pick(["azure_devops_pat", "github_pat", "password"])
    a = ns(rng, t, FORBID["xml"])
    feed = "https://pkgs.dev.azure.com/fabrikam/_packaging/internal/nuget/v3/index.json" if t != "github_pat" else "https://nuget.pkg.github.com/fleetdash/index.json"
    return "nuget_config", ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n"
                            "    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />\n    <add key=\"internal\" value=\"%s\" />\n"
                            "  </packageSources>\n  <packageSourceCredentials>\n    <internal>\n      <add key=\"Username\" value=\"build-agent\" />\n"
                            "      <add key=\"ClearTextPassword\" value=\"%s\" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>\n" % (feed, M("a"))), {"a": a}


def sp_composer_auth(rng):
    a, b = ns(rng, "github_oauth_token"), ns(rng, "password", FORBID["json"])
    return "composer_auth_json", ("{\n    \"github-oauth\": {\n        \"github.com\": \"%s\"\n    },\n    \"http-basic\": {\n        \"repo.packagist.com\": {\n"
                                  "            \"username\": \"token\",\n            \"password\": \"%s\"\n        }\n    }\n}\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_cargo_credentials(rng):
    a = ns(rng, "crates_io_token")
    return "cargo_credentials_toml", "# ~/.cargo/credentials.toml\n[registry]\ntoken = \"%s\"\n" % M("a"), {"a": a}


def sp_gem_credentials(rng):
    a = ns(rng, "rubygems_api_key")
    return "gem_credentials", "---\n:rubygems_api_key: %s\n" % M("a"), {"a": a}


def sp_bundler_config(rng):
    a = ns(rng, "sidekiq_license")
    return "bundler_config", "---\nBUNDLE_PATH: \"vendor/bundle\"\nBUNDLE_JOBS: \"4\"\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"%s\"\n" % M("a"), {"a": a}


def sp_netrc(rng):
    a, b = ns(rng, "heroku_api_key"), ns(rng, rng.pick(["github_pat", "password"]), " ")
    return "netrc", ("machine api.heroku.com\n  login ops@fleetdash.io\n  password %s\nmachine git.heroku.com\n  login ops@fleetdash.io\n  password %s\n"
                     "machine github.com login fd-ci password %s\n" % (M("a"), M("a"), M("b"))), {"a": a, "b": b}


def sp_pgpass(rng):
    a, b = ns(rng, "database_password", ":\\"), ns(rng, "database_password", ":\\")
    return "pgpass", ("# hostname:port:database:username:password\n%s:5432:orders:orders_rw:%s\nanalytics.internal:5432:*:etl:%s\n" % (host(rng), M("a"), M("b"))), {"a": a, "b": b}


def sp_my_cnf(rng):
    a = ns(rng, "database_password")
    return "my_cnf", "[client]\nuser=root\npassword=\"%s\"\nhost=%s\n\n[mysqldump]\nsingle-transaction\n" % (M("a"), host(rng)), {"a": a}


def sp_redis_conf(rng):
    a = ns(rng, "redis_password", " \"")
    return "redis_conf", ("bind 0.0.0.0\nprotected-mode yes\nport 6379\nrequirepass %s\nmasterauth %s\nmaxmemory 2gb\nmaxmemory-policy allkeys-lru\n" % (M("a"), M("a"))), {"a": a}


def sp_sqlalchemy(rng):
    a = ns(rng, "database_password")
    drv = rng.pick(["postgresql+psycopg2", "mysql+pymysql", "postgresql+asyncpg"])
    return "sqlalchemy_config", ("import os\n\nclass ProductionConfig:\n    SQLALCHEMY_DATABASE_URI = \"%s://%s:%s@%s:5432/orders\"\n"
                                 "    SQLALCHEMY_TRACK_MODIFICATIONS = False\n    SQLALCHEMY_ENGINE_OPTIONS = {\"pool_pre_ping\": True}\n" % (drv, user(rng), M("a"), host(rng))), {"a": a}


def sp_prisma(rng):
    a = ns(rng, "database_password")
    if rng.random() < 0.5:
        return "prisma_schema", ("generator client {\n  provider = \"prisma-client-js\"\n}\n\ndatasource db {\n  provider = \"postgresql\"\n"
                                 "  url      = \"postgresql://%s:%s@%s:5432/shop?schema=public\"\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n"
                                 "  email String @unique\n}\n" % (user(rng), M("a"), host(rng))), {"a": a}
    return "prisma_env", ("# Environment variables declared in this file are automatically made available to Prisma.\n"
                          "# See the documentation for more detail: https://pris.ly/d/prisma-schema#accessing-environment-variables-from-the-schema\n\n"
                          "DATABASE_URL=\"mysql://%s:%s@%s:3306/shop\"\nSHADOW_DATABASE_URL=\"mysql://root@localhost:3306/shop_shadow\"\n" % (user(rng), M("a"), host(rng))), {"a": a}


def sp_django_databases(rng):
    a = ns(rng, "database_password", "'\\")
    b = ns(rng, "django_secret_key", "'\\")
    return "django_settings", ("SECRET_KEY = '%s'\n\nDEBUG = False\nALLOWED_HOSTS = ['api.fleetdash.io']\n\nDATABASES = {\n    'default': {\n"
                               "        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'fleetdash',\n        'USER': 'fleetdash',\n        'PASSWORD': '%s',\n"
                               "        'HOST': '%s',\n        'PORT': '5432',\n    }\n}\n" % (M("b"), M("a"), host(rng))), {"a": a, "b": b}


def sp_rails_database_yml(rng):
    a = ns(rng, "database_password", FORBID["yaml"])
    return "rails_database_yml", ("default: &default\n  adapter: postgresql\n  encoding: unicode\n  pool: <%%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %%>\n\n"
                                  "development:\n  <<: *default\n  database: shop_development\n\nproduction:\n  <<: *default\n  database: shop_production\n"
                                  "  username: shop\n  password: %s\n  host: %s\n" % (M("a"), host(rng))), {"a": a}


def sp_rails_secrets_yml(rng):
    a = ns(rng, "rails_secret_key_base")
    return "rails_secrets_yml", ("development:\n  secret_key_base: <%%= ENV[\"SECRET_KEY_BASE\"] %%>\n\nproduction:\n  secret_key_base: %s\n" % M("a")), {"a": a}


def sp_spring_datasource(rng):
    a = ns(rng, "database_password", FORBID["yaml"])
    b = ns(rng, rng.pick(["stripe_secret_key", "sendgrid_api_key", "generic_api_key"]))
    return "spring_application_yml", ("spring:\n  datasource:\n    url: jdbc:postgresql://%s:5432/ledger\n    username: ledger\n    password: %s\n"
                                      "    hikari:\n      maximum-pool-size: 10\n  jpa:\n    hibernate:\n      ddl-auto: validate\napp:\n  payments:\n    api-key: %s\n"
                                      % (host(rng), M("a"), M("b"))), {"a": a, "b": b}


def sp_jdbc_properties(rng):
    a = ns(rng, "database_password", "&;")
    return "jdbc_properties", ("db.driver=com.mysql.cj.jdbc.Driver\ndb.url=jdbc:mysql://%s:3306/inventory?user=inventory&password=%s&useSSL=true\n"
                               "db.pool.max=20\n" % (host(rng), M("a"))), {"a": a}


def sp_hibernate_xml(rng):
    a = ns(rng, "database_password", FORBID["xml"])
    return "hibernate_cfg_xml", ("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE hibernate-configuration PUBLIC \"-//Hibernate/Hibernate Configuration DTD 3.0//EN\"\n"
                                 "  \"http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd\">\n<hibernate-configuration>\n  <session-factory>\n"
                                 "    <property name=\"hibernate.connection.driver_class\">org.postgresql.Driver</property>\n"
                                 "    <property name=\"hibernate.connection.url\">jdbc:postgresql://%s:5432/erp</property>\n"
                                 "    <property name=\"hibernate.connection.username\">erp</property>\n    <property name=\"hibernate.connection.password\">%s</property>\n"
                                 "  </session-factory>\n</hibernate-configuration>\n" % (host(rng), M("a"))), {"a": a}


def sp_tomcat_context(rng):
    a = ns(rng, "database_password", FORBID["xml"])
    return "tomcat_context_xml", ("<Context>\n  <Resource name=\"jdbc/AppDB\" auth=\"Container\" type=\"javax.sql.DataSource\"\n            maxTotal=\"50\" maxIdle=\"10\"\n"
                                  "            username=\"appuser\" password=\"%s\" driverClassName=\"oracle.jdbc.OracleDriver\"\n"
                                  "            url=\"jdbc:oracle:thin:@ora-prod.internal:1521/APPDB\"/>\n</Context>\n" % M("a")), {"a": a}


def sp_dotnet_connstring(rng):
    a = ns(rng, "mssql_sa_password", ";\"")
    return "appsettings_connection_string", ("{\n  \"ConnectionStrings\": {\n    \"DefaultConnection\": \"Server=tcp:fabrikam-sql.database.windows.net,1433;Initial Catalog=orders;"
                                            "Persist Security Info=False;User ID=sqladmin;Password=%s;MultipleActiveResultSets=False;Encrypt=True;Connection Timeout=30;\"\n"
                                            "  },\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } }\n}\n" % M("a")), {"a": a}


def sp_web_config(rng):
    a = ns(rng, "database_password", FORBID["xml"] + ";")
    return "web_config", ("<?xml version=\"1.0\"?>\n<configuration>\n  <connectionStrings>\n    <add name=\"Main\" providerName=\"System.Data.SqlClient\"\n"
                          "         connectionString=\"Data Source=SQL01\\PROD;Initial Catalog=Intranet;User Id=intranet_app;Password=%s;\" />\n  </connectionStrings>\n"
                          "  <appSettings>\n    <add key=\"webpages:Version\" value=\"3.0.0.0\" />\n  </appSettings>\n</configuration>\n" % M("a")), {"a": a}


def sp_azure_storage_connstr(rng):
    a = ns(rng, "azure_storage_account_key")
    acct = rng.pick(["fdprodassets", "contosobackups01", "shopimgstore"])
    return "azure_storage_connection_string", ("{\n  \"IsEncrypted\": false,\n  \"Values\": {\n    \"AzureWebJobsStorage\": \"DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net\",\n"
                                              "    \"FUNCTIONS_WORKER_RUNTIME\": \"dotnet-isolated\"\n  }\n}\n" % (acct, M("a"))), {"a": a}


def sp_servicebus(rng):
    a = ns(rng, "azure_servicebus_shared_access_key")
    return "azure_servicebus_connection_string", ("ServiceBus__ConnectionString=\"Endpoint=sb://fabrikam-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s\"\n"
                                                 "ServiceBus__Queue=orders-created\n" % M("a")), {"a": a}


def sp_cosmos(rng):
    a = ns(rng, "azure_cosmosdb_key")
    return "csharp_source", ("using Microsoft.Azure.Cosmos;\n\npublic static class Db\n{\n    private const string Endpoint = \"https://fabrikam-catalog.documents.azure.com:443/\";\n"
                             "    private const string PrimaryKey = \"%s\";\n    public static CosmosClient Client = new CosmosClient(Endpoint, PrimaryKey);\n}\n" % M("a")), {"a": a}


def sp_mongo_node(rng):
    a = ns(rng, "database_password")
    return "nodejs_source", ("const mongoose = require('mongoose');\n\nmongoose\n  .connect('mongodb+srv://%s:%s@cluster0.x7kq2.mongodb.net/shop?retryWrites=true&w=majority')\n"
                             "  .then(() => console.log('MongoDB connected'))\n  .catch((err) => console.error(err));\n" % (user(rng), M("a"))), {"a": a}


def sp_celery(rng):
    a, b = ns(rng, "database_password"), ns(rng, "redis_password")
    return "celery_config", ("# celeryconfig.py\nbroker_url = 'amqp://worker:%s@rabbitmq.internal:5672/prod'\nresult_backend = 'redis://:%s@redis.internal:6379/1'\n"
                             "task_serializer = 'json'\ntimezone = 'UTC'\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_airflow_conn(rng):
    a = ns(rng, "database_password")
    b = ns(rng, "fernet_key")
    return "airflow_env", ("AIRFLOW__CORE__EXECUTOR=CeleryExecutor\nAIRFLOW__CORE__FERNET_KEY=%s\nAIRFLOW_CONN_WAREHOUSE='postgres://etl:%s@warehouse.internal:5432/dw'\n"
                           "AIRFLOW__WEBSERVER__EXPOSE_CONFIG=False\n" % (M("b"), M("a"))), {"a": a, "b": b}


def sp_kafka_jaas(rng):
    a = ns(rng, "confluent_api_secret")
    return "kafka_client_properties", ("bootstrap.servers=pkc-4r087.europe-west1.gcp.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n"
                                       "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"%s\";\n"
                                       "client.dns.lookup=use_all_dns_ips\n" % (rng.s(16, UP + DG), M("a"))), {"a": a}


def sp_sssd(rng):
    a = ns(rng, "ldap_bind_password", " ")
    return "sssd_conf", ("[domain/corp.fabrikam.com]\nid_provider = ldap\nauth_provider = ldap\nldap_uri = ldaps://ldap.corp.fabrikam.com\n"
                         "ldap_search_base = dc=corp,dc=fabrikam,dc=com\nldap_default_bind_dn = cn=svc-sssd,ou=service,dc=corp,dc=fabrikam,dc=com\n"
                         "ldap_default_authtok_type = password\nldap_default_authtok = %s\n" % M("a")), {"a": a}


def sp_postfix_sasl(rng):
    a = ns(rng, "sendgrid_api_key")
    return "postfix_sasl_passwd", "# /etc/postfix/sasl_passwd\n[smtp.sendgrid.net]:587 apikey:%s\n" % M("a"), {"a": a}


def sp_grafana_datasource(rng):
    a, b = ns(rng, "database_password", FORBID["yaml"]), ns(rng, "password", FORBID["yaml"])
    return "grafana_datasource_yaml", ("apiVersion: 1\ndatasources:\n  - name: Postgres\n    type: postgres\n    url: %s:5432\n    user: grafana_ro\n"
                                       "    secureJsonData:\n      password: '%s'\n  - name: Loki\n    type: loki\n    url: https://logs-prod-eu-west-0.grafana.net\n"
                                       "    basicAuth: true\n    basicAuthUser: 412877\n    secureJsonData:\n      basicAuthPassword: '%s'\n" % (host(rng), M("a"), M("b"))), {"a": a, "b": b}


def sp_prometheus(rng):
    a, b = ns(rng, "password", FORBID["yaml"]), ns(rng, "bearer_token")
    return "prometheus_yml", ("global:\n  scrape_interval: 30s\nscrape_configs:\n  - job_name: node\n    static_configs:\n      - targets: ['10.0.1.5:9100']\n"
                              "    basic_auth:\n      username: prom\n      password: '%s'\n  - job_name: app\n    scheme: https\n    bearer_token: '%s'\n"
                              "    static_configs:\n      - targets: ['api.fleetdash.io']\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_logstash(rng):
    a = ns(rng, "elastic_password")
    return "logstash_conf", ("input { beats { port => 5044 } }\noutput {\n  elasticsearch {\n    hosts => [\"https://es01.internal:9200\"]\n    user => \"elastic\"\n"
                             "    password => \"%s\"\n    index => \"app-%%{+YYYY.MM.dd}\"\n  }\n}\n" % M("a")), {"a": a}


def sp_wireguard(rng):
    a, b = ns(rng, "wireguard_private_key"), ns(rng, "wireguard_preshared_key")
    pub = base64.b64encode(rng.randbytes(32)).decode()
    return "wireguard_conf", ("[Interface]\nAddress = 10.8.0.3/32\nPrivateKey = %s\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = %s\nPresharedKey = %s\n"
                              "Endpoint = vpn.fleetdash.io:51820\nAllowedIPs = 10.8.0.0/24, 10.20.0.0/16\nPersistentKeepalive = 25\n" % (M("a"), pub, M("b"))), {"a": a, "b": b}


def sp_aws_credentials(rng):
    a, b = aws_pair(rng)
    c, d = aws_pair(rng, temp=True)
    e = ns(rng, "aws_session_token")
    return "aws_credentials_file", ("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n\n[prod-admin]\naws_access_key_id = %s\n"
                                    "aws_secret_access_key = %s\naws_session_token = %s\nregion = us-east-1\n" % (M("a"), M("b"), M("c"), M("d"), M("e"))), \
        {"a": a, "b": b, "c": c, "d": d, "e": e}


def sp_aws_assume_role(rng):
    c, d = aws_pair(rng, temp=True)
    e = ns(rng, "aws_session_token")
    return "aws_cli_output", ("$ aws sts assume-role --role-arn arn:aws:iam::%s:role/deployer --role-session-name ci\n{\n    \"Credentials\": {\n"
                              "        \"AccessKeyId\": \"%s\",\n        \"SecretAccessKey\": \"%s\",\n        \"SessionToken\": \"%s\",\n"
                              "        \"Expiration\": \"2024-06-03T11:52:09+00:00\"\n    },\n    \"AssumedRoleUser\": {\n        \"AssumedRoleId\": \"AROA%s:ci\",\n"
                              "        \"Arn\": \"arn:aws:sts::%s:assumed-role/deployer/ci\"\n    }\n}\n" % (rng.digits(12), M("c"), M("d"), M("e"), rng.s(17, UP + DG), rng.digits(12))), \
        {"c": c, "d": d, "e": e}


def sp_aws_iam_csv(rng):
    a, b = aws_pair(rng)
    c = ns(rng, "password", ",\"")
    return "aws_iam_credentials_csv", ("User name,Password,Access key ID,Secret access key,Console login link\nci-deployer,%s,%s,%s,https://%s.signin.aws.amazon.com/console\n"
                                       % (M("c"), M("a"), M("b"), rng.digits(12))), {"a": a, "b": b, "c": c}


def sp_terraform_provider(rng):
    a, b = aws_pair(rng)
    return "terraform_hcl", ("terraform {\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n      version = \"~> 5.0\"\n    }\n  }\n}\n\n"
                             "provider \"aws\" {\n  region     = \"us-west-2\"\n  access_key = \"%s\"\n  secret_key = \"%s\"\n}\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_tfstate(rng):
    a = ns(rng, "database_password", FORBID["json"])
    b, c = aws_pair(rng)
    return "terraform_state", ("{\n  \"version\": 4,\n  \"terraform_version\": \"1.8.4\",\n  \"serial\": 57,\n  \"resources\": [\n    {\n      \"mode\": \"managed\",\n"
                               "      \"type\": \"aws_db_instance\",\n      \"name\": \"main\",\n      \"instances\": [\n        {\n          \"attributes\": {\n"
                               "            \"identifier\": \"orders-prod\",\n            \"username\": \"orders_admin\",\n            \"password\": \"%s\",\n"
                               "            \"engine\": \"postgres\"\n          }\n        }\n      ]\n    },\n    {\n      \"mode\": \"managed\",\n"
                               "      \"type\": \"aws_iam_access_key\",\n      \"name\": \"ci\",\n      \"instances\": [\n        {\n          \"attributes\": {\n"
                               "            \"id\": \"%s\",\n            \"secret\": \"%s\",\n            \"user\": \"ci\"\n          }\n        }\n      ]\n    }\n  ]\n}\n"
                               % (M("a"), M("b"), M("c"))), {"a": a, "b": b, "c": c}


def sp_rclone(rng):
    a, b = aws_pair(rng)
    c, d = ns(rng, "google_oauth_access_token"), ns(rng, "google_oauth_refresh_token")
    return "rclone_conf", ("[s3-backup]\ntype = s3\nprovider = AWS\naccess_key_id = %s\nsecret_access_key = %s\nregion = eu-west-1\n\n[gdrive]\ntype = drive\nscope = drive\n"
                           "token = {\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"refresh_token\":\"%s\",\"expiry\":\"2024-06-03T12:01:44.51+02:00\"}\n"
                           % (M("a"), M("b"), M("c"), M("d"))), {"a": a, "b": b, "c": c, "d": d}


def sp_s3cfg(rng):
    a, b = aws_pair(rng)
    return "s3cfg", "[default]\naccess_key = %s\nsecret_key = %s\nhost_base = s3.amazonaws.com\nuse_https = True\n" % (M("a"), M("b")), {"a": a, "b": b}


def sp_gcloud_adc(rng):
    a, b = ns(rng, "google_oauth_client_secret"), ns(rng, "google_oauth_refresh_token")
    cid = rng.digits(12) + "-" + rng.s(32, LO + DG) + ".apps.googleusercontent.com"
    return "gcloud_adc_json", ("{\n  \"account\": \"\",\n  \"client_id\": \"%s\",\n  \"client_secret\": \"%s\",\n  \"quota_project_id\": \"fleetdash-prod\",\n"
                               "  \"refresh_token\": \"%s\",\n  \"type\": \"authorized_user\",\n  \"universe_domain\": \"googleapis.com\"\n}\n" % (cid, M("a"), M("b"))), {"a": a, "b": b}


_RSA_CACHE = []


def rsa_key(rng):
    k = rsa_numbers(rng, 2048)
    return k


def sp_gcp_sa_json(rng):
    k = rsa_key(rng)
    pem_text = pem("PRIVATE KEY", rsa_pkcs8_der(k)) + "\n"
    escaped = json.dumps(pem_text)[1:-1]
    a = Sec(escaped, "gcp_service_account_key", plain=pem_text)
    proj = rng.pick(["fleetdash-prod", "acme-analytics-381207", "shopsync-staging"])
    sa = rng.pick(["terraform", "bq-loader", "firebase-adminsdk-" + rng.s(5, LO + DG)])
    cont = "gcp_service_account_json"
    return cont, ("{\n  \"type\": \"service_account\",\n  \"project_id\": \"%s\",\n  \"private_key_id\": \"%s\",\n  \"private_key\": \"%s\",\n"
                  "  \"client_email\": \"%s@%s.iam.gserviceaccount.com\",\n  \"client_id\": \"%s\",\n  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
                  "  \"token_uri\": \"https://oauth2.googleapis.com/token\",\n  \"auth_provider_x509_cert_url\": \"https://www.googleapis.com/oauth2/v1/certs\",\n"
                  "  \"client_x509_cert_url\": \"https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com\",\n  \"universe_domain\": \"googleapis.com\"\n}\n"
                  % (proj, rng.hex(40), M("a"), sa, proj, rng.digits(21), sa, proj)), {"a": a}


def sp_az_sp_create(rng):
    a = ns(rng, "azure_ad_client_secret")
    return "azure_cli_output", ("$ az ad sp create-for-rbac --name gh-actions-deployer --role contributor --scopes /subscriptions/%s/resourceGroups/rg-prod\n"
                                "Creating 'contributor' role assignment under scope '/subscriptions/%s/resourceGroups/rg-prod'\n"
                                "The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control.\n"
                                "{\n  \"appId\": \"%s\",\n  \"displayName\": \"gh-actions-deployer\",\n  \"password\": \"%s\",\n  \"tenant\": \"%s\"\n}\n"
                                % ((sub := rng.uuid()), sub, rng.uuid(), M("a"), rng.uuid())), {"a": a}


def sp_msal_cache(rng):
    a, b = ns(rng, "azure_access_token"), ns(rng, "azure_ad_refresh_token")
    oid, tid = rng.uuid(), rng.uuid()
    hid = "%s.%s" % (oid, tid)
    return "azure_msal_token_cache", ("{\n    \"AccessToken\": {\n        \"%s-login.microsoftonline.com-accesstoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46-%s-https://management.core.windows.net//user_impersonation https://management.core.windows.net//.default\": {\n"
                                      "            \"credential_type\": \"AccessToken\",\n            \"secret\": \"%s\",\n            \"home_account_id\": \"%s\",\n"
                                      "            \"environment\": \"login.microsoftonline.com\",\n            \"client_id\": \"04b07795-8ddb-461a-bbee-02f9e1bf7b46\",\n"
                                      "            \"expires_on\": \"1718004473\"\n        }\n    },\n    \"RefreshToken\": {\n        \"%s-login.microsoftonline.com-refreshtoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46--\": {\n"
                                      "            \"credential_type\": \"RefreshToken\",\n            \"secret\": \"%s\",\n            \"home_account_id\": \"%s\",\n"
                                      "            \"environment\": \"login.microsoftonline.com\",\n            \"client_id\": \"04b07795-8ddb-461a-bbee-02f9e1bf7b46\"\n        }\n    }\n}\n"
                                      % (hid, tid, M("a"), hid, hid, M("b"), hid)), {"a": a, "b": b}


def sp_kubeconfig_token(rng):
    t = rng.pick(["kubernetes_service_account_token", "openshift_token", "kubernetes_service_account_token"])
    a = ns(rng, t)
    ca = base64.b64encode(("-----BEGIN CERTIFICATE-----\n" + wrap(rng.b64(600), 64) + "\n-----END CERTIFICATE-----\n").encode()).decode()
    return "kubeconfig", ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://%s.gr7.eu-central-1.eks.amazonaws.com\n"
                          "  name: prod\ncontexts:\n- context:\n    cluster: prod\n    namespace: ci\n    user: deployer\n  name: prod\ncurrent-context: prod\n"
                          "users:\n- name: deployer\n  user:\n    token: %s\n" % (ca, rng.hex(32).upper(), M("a"))), {"a": a}


def sp_kubeconfig_clientkey(rng):
    d, pub = p256_key(rng)
    key_pem = pem("EC PRIVATE KEY", ec_sec1_der(d, pub)) + "\n"
    a = Sec(base64.b64encode(key_pem.encode()).decode(), "private_key_ec", plain=key_pem)
    cert = base64.b64encode(("-----BEGIN CERTIFICATE-----\n" + wrap(rng.b64(420), 64) + "\n-----END CERTIFICATE-----\n").encode()).decode()
    return "kubeconfig", ("apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://127.0.0.1:6443\n  name: kind-dev\n"
                          "contexts:\n- context:\n    cluster: kind-dev\n    user: kind-dev\n  name: kind-dev\ncurrent-context: kind-dev\nkind: Config\npreferences: {}\n"
                          "users:\n- name: kind-dev\n  user:\n    client-certificate-data: %s\n    client-key-data: %s\n" % (cert[:400], cert, M("a"))), {"a": a}


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def sp_k8s_secret(rng):
    pw = ns(rng, "database_password")
    tok = ns(rng, rng.pick(["stripe_secret_key", "sendgrid_api_key", "slack_bot_token", "openai_api_key", "datadog_api_key"]))
    a = Sec(b64s(pw.value), pw.type, plain=pw.value)
    b = Sec(b64s(tok.value), tok.type, plain=tok.value)
    return "k8s_secret_yaml", ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-secrets\n  namespace: prod\ntype: Opaque\ndata:\n  DB_USER: %s\n  DB_PASSWORD: %s\n"
                               "  %s: %s\n" % (b64s("orders_app"), M("a"), T[tok.type]["env"][0], M("b"))), {"a": a, "b": b}


def sp_k8s_secret_stringdata(rng):
    a = ns(rng, "database_password", FORBID["yaml"])
    b = ns(rng, rng.pick(["github_app_installation_token", "gitlab_deploy_token", "npm_access_token"]))
    return "k8s_secret_yaml", ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci-credentials\n  namespace: build\ntype: Opaque\nstringData:\n  db-password: \"%s\"\n"
                               "  registry-token: \"%s\"\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_kubectl_get_secret(rng):
    tok = ns(rng, rng.pick(["vault_token", "grafana_service_account_token", "jwt_signing_secret", "encryption_key"]))
    a = Sec(b64s(tok.value), tok.type, plain=tok.value)
    return "kubectl_get_secret_output", ("$ kubectl get secret app-env -n prod -o yaml\napiVersion: v1\ndata:\n  %s: %s\n  LOG_LEVEL: %s\nkind: Secret\nmetadata:\n"
                                         "  creationTimestamp: \"2024-04-11T08:15:22Z\"\n  name: app-env\n  namespace: prod\n  resourceVersion: \"%s\"\n  uid: %s\ntype: Opaque\n"
                                         % (T[tok.type]["env"][0], M("a"), b64s("info"), rng.digits(8), rng.uuid())), {"a": a}


def sp_dockerconfigjson(rng):
    t = rng.pick(["github_pat", "dockerhub_pat", "gitlab_deploy_token", "password"])
    s = ns(rng, t, ":")
    u = {"github_pat": "fd-ci", "dockerhub_pat": "fleetdash", "gitlab_deploy_token": "gitlab+deploy-token-99", "password": "robot$ci"}[t]
    reg_ = {"github_pat": "ghcr.io", "dockerhub_pat": "https://index.docker.io/v1/", "gitlab_deploy_token": "registry.gitlab.com", "password": "harbor.fleetdash.io"}[t]
    dec = u + ":" + s.value
    a = Sec(b64s(dec), t, plain=dec)
    if rng.random() < 0.5:
        return "docker_config_json", ("{\n\t\"auths\": {\n\t\t\"%s\": {\n\t\t\t\"auth\": \"%s\"\n\t\t}\n\t},\n\t\"currentContext\": \"desktop-linux\"\n}\n" % (reg_, M("a"))), {"a": a}
    return "dockerconfigjson", ("{\"auths\":{\"%s\":{\"username\":\"%s\",\"auth\":\"%s\"}}}" % (reg_, u, M("a"))), {"a": a}


def sp_ssh_config_key(rng):
    comment = rng.pick(["deploy@ci-runner-3", "mkeller@MacBook-Pro.local", "bastion-access"])
    if rng.random() < 0.6:
        key, pub = openssh_ed25519(rng, comment)
        t = "private_key_openssh"
        fname = "id_ed25519_bastion"
    else:
        k = rsa_key(rng)
        key = pem("RSA PRIVATE KEY", rsa_pkcs1_der(k))
        t = "private_key_rsa"
        fname = "legacy_rsa"
    a = Sec(key, t)
    return "ssh_config_and_key", ("$ cat ~/.ssh/config\nHost bastion\n    HostName 52.29.%d.%d\n    User ec2-user\n    IdentityFile ~/.ssh/%s\n    IdentitiesOnly yes\n\n"
                                  "Host *.internal\n    ProxyJump bastion\n\n$ cat ~/.ssh/%s\n%s\n" % (rng.randrange(256), rng.randrange(256), fname, fname, M("a"))), {"a": a}


def sp_vault_init(rng):
    keys = [ns(rng, "vault_unseal_key") for _ in range(5)]
    root = ns(rng, "vault_token")
    d = {"k%d" % i: k for i, k in enumerate(keys)}
    d["r"] = root
    lines = "".join("Unseal Key %d: %s\n" % (i + 1, M("k%d" % i)) for i in range(5))
    return "vault_operator_init_output", ("$ vault operator init\n%s\nInitial Root Token: %s\n\nVault initialized with 5 key shares and a key threshold of 3. Please securely\n"
                                          "distribute the key shares printed above.\n" % (lines, M("r"))), d


def sp_gh_hosts(rng):
    a = ns(rng, "github_oauth_token")
    return "gh_cli_hosts_yml", "github.com:\n    users:\n        mkeller:\n            oauth_token: %s\n    git_protocol: https\n    oauth_token: %s\n    user: mkeller\n" % (M("a"), M("a")), {"a": a}


def sp_doctl(rng):
    a = ns(rng, "digitalocean_pat")
    return "doctl_config_yaml", "access-token: %s\ncontext: default\noutput: text\n" % M("a"), {"a": a}


def sp_terraformrc(rng):
    a = ns(rng, "terraform_cloud_token")
    return "terraform_credentials_json", "{\n  \"credentials\": {\n    \"app.terraform.io\": {\n      \"token\": \"%s\"\n    }\n  }\n}\n" % M("a"), {"a": a}


def sp_helm_repos(rng):
    a = ns(rng, "password", FORBID["yaml"])
    return "helm_repositories_yaml", ("apiVersion: \"\"\ngenerated: \"0001-01-01T00:00:00Z\"\nrepositories:\n- caFile: \"\"\n  name: bitnami\n  url: https://charts.bitnami.com/bitnami\n"
                                      "- name: internal\n  url: https://charts.fleetdash.io\n  username: helm-reader\n  password: '%s'\n  pass_credentials_all: false\n" % M("a")), {"a": a}


def sp_gitlab_runner_toml(rng):
    a = ns(rng, "gitlab_runner_token")
    return "gitlab_runner_config_toml", ("concurrent = 4\ncheck_interval = 0\n\n[[runners]]\n  name = \"docker-autoscaler-2\"\n  url = \"https://gitlab.com\"\n"
                                         "  token = \"%s\"\n  executor = \"docker\"\n  [runners.docker]\n    image = \"alpine:3.20\"\n    privileged = false\n" % M("a")), {"a": a}


def sp_info_plist(rng):
    t = rng.pick(["stripe_secret_key", "algolia_admin_api_key", "twilio_auth_token", "aws_secret_access_key", "generic_secret"])
    a = ns(rng, t, FORBID["xml"])
    key = {"stripe_secret_key": "StripeSecretKey", "algolia_admin_api_key": "AlgoliaAdminAPIKey", "twilio_auth_token": "TwilioAuthToken",
           "aws_secret_access_key": "AWSSecretAccessKey", "generic_secret": "BackendClientSecret"}[t]
    return "ios_info_plist", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                              "<plist version=\"1.0\">\n<dict>\n\t<key>CFBundleDisplayName</key>\n\t<string>FleetDash</string>\n\t<key>CFBundleIdentifier</key>\n"
                              "\t<string>io.fleetdash.driver</string>\n\t<key>CFBundleShortVersionString</key>\n\t<string>3.8.1</string>\n\t<key>%s</key>\n\t<string>%s</string>\n"
                              "\t<key>UIBackgroundModes</key>\n\t<array>\n\t\t<string>location</string>\n\t</array>\n</dict>\n</plist>\n" % (key, M("a"))), {"a": a}


def sp_android_signing(rng):
    a, b = ns(rng, "keystore_password", "\"'\\$"), ns(rng, "keystore_password", "\"'\\$")
    if rng.random() < 0.5:
        return "android_build_gradle", ("android {\n    compileSdk 34\n    signingConfigs {\n        release {\n            storeFile file(\"../keystore/release.jks\")\n"
                                        "            storePassword \"%s\"\n            keyAlias \"upload\"\n            keyPassword \"%s\"\n        }\n    }\n"
                                        "    buildTypes {\n        release {\n            signingConfig signingConfigs.release\n            minifyEnabled true\n        }\n    }\n}\n" % (M("a"), M("b"))), {"a": a, "b": b}
    return "android_keystore_properties", "storePassword=%s\nkeyPassword=%s\nkeyAlias=upload\nstoreFile=../upload-keystore.jks\n" % (M("a"), M("b")), {"a": a, "b": b}


def sp_wp_config(rng):
    a = ns(rng, "database_password", "'\\")
    salts = [ns(rng, "wordpress_salt", "'\\") for _ in range(4)]
    d = {"a": a}
    d.update({"s%d" % i: s for i, s in enumerate(salts)})
    names = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY"]
    return "php_wp_config", ("<?php\n/** The name of the database for WordPress */\ndefine( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_shop' );\n"
                             "define( 'DB_PASSWORD', '%s' );\ndefine( 'DB_HOST', 'localhost' );\n\n%s\n$table_prefix = 'wp_';\n" %
                             (M("a"), "".join("define( '%s', %s'%s' );\n" % (n, " " * (16 - len(n)), M("s%d" % i)) for i, n in enumerate(names)))), d


def sp_nextcloud(rng):
    a, b = ns(rng, "database_password", "'\\"), ns(rng, "generic_secret", "'\\")
    return "php_nextcloud_config", ("<?php\n$CONFIG = array (\n  'instanceid' => 'oc%s',\n  'passwordsalt' => '%s',\n  'secret' => '%s',\n  'trusted_domains' =>\n"
                                    "  array (\n    0 => 'cloud.fabrikam.net',\n  ),\n  'dbtype' => 'pgsql',\n  'dbname' => 'nextcloud',\n  'dbhost' => 'localhost',\n"
                                    "  'dbuser' => 'oc_admin',\n  'dbpassword' => '%s',\n);\n" % (rng.s(10, LO + DG), rng.s(30, AN + "/+"), M("b"), M("a"))), {"a": a, "b": b}


def sp_flask(rng):
    a = ns(rng, "flask_secret_key")
    b = ns(rng, rng.pick(["stripe_secret_key", "openai_api_key", "mailgun_api_key"]))
    return "python_source", ("from flask import Flask\nimport stripe\nimport openai\n\napp = Flask(__name__)\napp.config['SECRET_KEY'] = '%s'\n%s = '%s'\n\n@app.route('/health')\n"
                             "def health():\n    return {'ok': True}\n" % (M("a"), {"stripe_secret_key": "stripe.api_key", "openai_api_key": "openai.api_key", "mailgun_api_key": "MAILGUN_KEY"}[b.type], M("b"))), {"a": a, "b": b}


def sp_streamlit(rng):
    a, b = ns(rng, "snowflake_password", FORBID["json"]), ns(rng, "openai_api_key")
    return "streamlit_secrets_toml", ("# .streamlit/secrets.toml\nOPENAI_API_KEY = \"%s\"\n\n[connections.snowflake]\naccount = \"xy12345.eu-central-1\"\nuser = \"ANALYST_SVC\"\n"
                                      "password = \"%s\"\nwarehouse = \"COMPUTE_WH\"\ndatabase = \"ANALYTICS\"\n" % (M("b"), M("a"))), {"a": a, "b": b}


def sp_dbt_profiles(rng):
    a = ns(rng, "snowflake_password", FORBID["yaml"])
    return "dbt_profiles_yml", ("analytics:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: xy12345.eu-central-1\n      user: DBT_PROD\n"
                                "      password: \"%s\"\n      role: TRANSFORMER\n      database: ANALYTICS\n      warehouse: TRANSFORMING\n      schema: marts\n      threads: 8\n" % M("a")), {"a": a}


def sp_grafana_ini(rng):
    a, b = ns(rng, "password", " ;#"), ns(rng, "smtp_password", " ;#")
    return "grafana_ini", ("[server]\nhttp_port = 3000\nroot_url = https://grafana.fleetdash.io/\n\n[security]\nadmin_user = admin\nadmin_password = %s\n\n[smtp]\nenabled = true\n"
                           "host = smtp.office365.com:587\nuser = alerts@fleetdash.io\npassword = %s\nfrom_address = alerts@fleetdash.io\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_symfony_mailer(rng):
    a = ns(rng, "smtp_password", FORBID["url"] + " ")
    return "symfony_env", ("###> symfony/mailer ###\nMAILER_DSN=smtp://alerts%%40fabrikam.net:%s@smtp.office365.com:587\n###< symfony/mailer ###\n"
                           "APP_ENV=prod\n" % M("a")), {"a": a}


def sp_elastic_url(rng):
    a = ns(rng, "elastic_password")
    return "python_source", ("from elasticsearch import Elasticsearch\n\nes = Elasticsearch(\n    \"https://elastic:%s@es01.internal:9200\",\n    verify_certs=False,\n)\n"
                             "print(es.info())\n" % M("a")), {"a": a}


def sp_ansible_inventory(rng):
    a, b = ns(rng, "ansible_become_password", " '\""), ns(rng, "ansible_become_password", " '\"")
    return "ansible_inventory_ini", ("[web]\nweb01 ansible_host=10.0.4.21\nweb02 ansible_host=10.0.4.22\n\n[db]\ndb01 ansible_host=10.0.5.10 ansible_user=dbadmin ansible_password=%s\n\n"
                                     "[all:vars]\nansible_user=deploy\nansible_become=yes\nansible_become_pass=%s\nansible_python_interpreter=/usr/bin/python3\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_helm_set(rng):
    a, b = ns(rng, "database_password", FORBID["shell"] + ",= "), ns(rng, rng.pick(["stripe_secret_key", "slack_webhook_url", "sentry_user_token"]))
    return "helm_install_command", ("$ helm upgrade --install billing ./charts/billing -n prod \\\n    --set image.tag=2.14.1 \\\n    --set postgresql.auth.password=%s \\\n"
                                    "    --set secrets.integration=%s\nRelease \"billing\" has been upgraded. Happy Helming!\nNAME: billing\nREVISION: 42\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_docker_login(rng):
    t = rng.pick(["dockerhub_pat", "github_pat", "gitlab_deploy_token", "azure_ad_client_secret"])
    a = ns(rng, t, FORBID["shell"])
    reg_ = {"dockerhub_pat": "", "github_pat": " ghcr.io", "gitlab_deploy_token": " registry.gitlab.com", "azure_ad_client_secret": " fabrikamacr.azurecr.io"}[t]
    return "ci_log", ("$ docker login%s -u %s -p %s\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\n"
                      "WARNING! Your password will be stored unencrypted in /root/.docker/config.json.\nConfigure a credential helper to remove this warning. See\n"
                      "https://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\nLogin Succeeded\n" % (reg_, rng.pick(["fd-ci", "fleetdash", "deployer"]), M("a"))), {"a": a}


def sp_docker_history(rng):
    a = ns(rng, rng.pick(["npm_access_token", "github_pat", "pypi_upload_token"]))
    var = {"npm_access_token": "NPM_TOKEN", "github_pat": "GH_TOKEN", "pypi_upload_token": "PIP_TOKEN"}[a.type]
    return "docker_history_output", ("$ docker history --no-trunc registry.fleetdash.io/web:latest | head -4\nIMAGE          CREATED       CREATED BY                                                                                                   SIZE\n"
                                     "sha256:%s   2 days ago    CMD [\"node\" \"server.js\"]                                                                                        0B\n"
                                     "<missing>      2 days ago    RUN |1 %s=%s /bin/sh -c npm ci --omit=dev # buildkit                       148MB\n"
                                     "<missing>      2 days ago    ARG %s                                                                                                  0B\n" % (rng.hex(64), var, M("a"), var)), {"a": a}


def sp_curl(rng):
    v = rng.randrange(5)
    if v == 0:
        a = ns(rng, rng.pick(["github_pat", "github_fine_grained_pat", "gitlab_pat", "jwt", "bearer_token", "openai_api_key", "databricks_token", "digitalocean_pat"]))
        hdr = {"github_pat": "Authorization: token ", "gitlab_pat": "PRIVATE-TOKEN: "}.get(a.type, "Authorization: Bearer ")
        return "curl_command", ("curl -sS -X POST \"https://api.partner-hub.io/v2/exports\" \\\n  -H \"%s%s\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\"format\":\"csv\"}'\n" % (hdr, M("a"))), {"a": a}
    if v == 1:
        a = ns(rng, "password", FORBID["shell"] + ": ")
        return "curl_command", "curl -u admin:%s -X GET 'http://jenkins.internal:8080/job/release/api/json?pretty=true'\n" % M("a"), {"a": a}
    if v == 2:
        a = ns(rng, rng.pick(["sendgrid_api_key", "mailchimp_api_key", "generic_api_key", "datadog_api_key", "postmark_server_token"]))
        hdr = {"datadog_api_key": "DD-API-KEY", "postmark_server_token": "X-Postmark-Server-Token"}.get(a.type, "X-API-Key")
        return "curl_command", ("curl -X POST \"https://api.datadoghq.eu/api/v2/series\" \\\n-H \"Accept: application/json\" \\\n-H \"Content-Type: application/json\" \\\n"
                                "-H \"%s: %s\" \\\n-d @metrics.json\n" % (hdr, M("a"))), {"a": a}
    if v == 3:
        a = ns(rng, rng.pick(["google_api_key", "generic_api_key", "maxmind_license_key"]))
        return "curl_command", "curl \"https://internal-geo.fleetdash.io/v1/lookup?ip=81.2.69.160&key=%s\" | jq .\n" % M("a"), {"a": a}
    a, b = ns(rng, "google_oauth_client_secret"), ns(rng, "google_oauth_refresh_token")
    return "curl_command", ("curl -s https://oauth2.googleapis.com/token \\\n  -d client_id=%s-%s.apps.googleusercontent.com \\\n  -d client_secret=%s \\\n"
                            "  -d refresh_token=%s \\\n  -d grant_type=refresh_token\n" % (rng.digits(12), rng.s(32, LO + DG), M("a"), M("b"))), {"a": a, "b": b}


def sp_httpie(rng):
    if rng.random() < 0.5:
        a = ns(rng, rng.pick(["linear_api_key", "notion_token", "airtable_pat", "figma_pat", "jwt"]))
        hdr = {"notion_token": "Authorization:'Bearer %s' Notion-Version:2022-06-28", "figma_pat": "X-Figma-Token:%s", "linear_api_key": "Authorization:%s"}.get(a.type, "Authorization:'Bearer %s'")
        return "httpie_command", "$ http GET https://api.example-saas.com/v1/me %s\n" % (hdr % M("a")), {"a": a}
    a = ns(rng, "password", FORBID["shell"] + ": ")
    return "httpie_command", "$ http -a ops:%s POST https://rabbitmq.internal:15672/api/definitions < defs.json\n" % M("a"), {"a": a}


def sp_wget(rng):
    if rng.random() < 0.5:
        a = ns(rng, rng.pick(["github_pat", "gitlab_pat", "artifactory_api_key"]))
        hdr = {"github_pat": "Authorization: token ", "gitlab_pat": "PRIVATE-TOKEN: ", "artifactory_api_key": "X-JFrog-Art-Api: "}[a.type]
        return "wget_command", "wget --header=\"%s%s\" -O release.tar.gz https://artifacts.fleetdash.io/releases/agent-2.4.0.tar.gz\n" % (hdr, M("a")), {"a": a}
    a = ns(rng, "password", FORBID["shell"] + " ")
    return "wget_command", "wget --user=backup --password='%s' ftp://files.fabrikam.net/exports/2024-06-01.sql.gz\n" % M("a"), {"a": a}


def sp_har(rng):
    a = ns(rng, rng.pick(["jwt", "azure_access_token", "bearer_token"]))
    b = Sec(rng.s(32, LO + DG), "session_cookie")
    return "har_file", ("{\n  \"log\": {\n    \"version\": \"1.2\",\n    \"creator\": { \"name\": \"WebInspector\", \"version\": \"537.36\" },\n    \"entries\": [\n      {\n"
                        "        \"startedDateTime\": \"2024-06-03T09:14:51.201Z\",\n        \"request\": {\n          \"method\": \"GET\",\n"
                        "          \"url\": \"https://app.fleetdash.io/api/v3/vehicles?page=2\",\n          \"httpVersion\": \"http/2.0\",\n          \"headers\": [\n"
                        "            { \"name\": \"accept\", \"value\": \"application/json\" },\n            { \"name\": \"authorization\", \"value\": \"Bearer %s\" },\n"
                        "            { \"name\": \"cookie\", \"value\": \"_fd_session=%s; theme=dark\" }\n          ],\n          \"cookies\": [\n"
                        "            { \"name\": \"_fd_session\", \"value\": \"%s\", \"httpOnly\": true, \"secure\": true }\n          ]\n        },\n"
                        "        \"response\": { \"status\": 200, \"statusText\": \"\" },\n        \"time\": 84.2\n      }\n    ]\n  }\n}\n" % (M("a"), M("b"), M("b"))), {"a": a, "b": b}


def sp_copy_as_fetch(rng):
    a = ns(rng, rng.pick(["jwt", "bearer_token"]))
    b = Sec(rng.s(40, AN), "session_cookie")
    return "devtools_copy_as_fetch", ("fetch(\"https://api.fleetdash.io/graphql\", {\n  \"headers\": {\n    \"accept\": \"*/*\",\n    \"accept-language\": \"en-US,en;q=0.9,de;q=0.8\",\n"
                                      "    \"authorization\": \"Bearer %s\",\n    \"content-type\": \"application/json\",\n    \"sec-fetch-mode\": \"cors\",\n"
                                      "    \"cookie\": \"sessionid=%s; csrftoken=%s\"\n  },\n  \"referrer\": \"https://app.fleetdash.io/\",\n"
                                      "  \"body\": \"{\\\"operationName\\\":\\\"Vehicles\\\",\\\"variables\\\":{}}\",\n  \"method\": \"POST\",\n  \"mode\": \"cors\",\n  \"credentials\": \"include\"\n});\n"
                                      % (M("a"), M("b"), rng.s(32, AN))), {"a": a, "b": b}


def sp_copy_as_curl(rng):
    b = Sec(rng.s(rng.pick([32, 48]), AN + "%"), "session_cookie")
    if rng.random() < 0.5:
        b = Sec("s%3A" + rng.s(32, AN + "-_") + "." + rng.s(43, AN + "%"), "session_cookie")
    return "devtools_copy_as_curl", ("curl 'https://admin.shopsync.io/api/orders/export' \\\n  -H 'accept: application/json, text/plain, */*' \\\n"
                                     "  -H 'accept-language: de-DE,de;q=0.9' \\\n  -H 'cookie: connect.sid=%s; _ga=GA1.1.%s.%s' \\\n"
                                     "  -H 'referer: https://admin.shopsync.io/orders' \\\n  -H 'user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36' \\\n"
                                     "  --compressed\n" % (M("b"), rng.digits(10), rng.digits(10))), {"b": b}


def sp_powershell_irm(rng):
    a = ns(rng, rng.pick(["azure_devops_pat", "azure_devops_pat_legacy"]))
    dec = ":" + a.value
    s = Sec(b64s(dec), a.type, plain=dec)
    return "powershell_script", ("$headers = @{\n    Authorization = \"Basic %s\"\n    \"Content-Type\" = \"application/json\"\n}\n"
                                 "Invoke-RestMethod -Uri \"https://dev.azure.com/fabrikam/_apis/projects?api-version=7.1\" -Headers $headers -Method Get\n" % M("a")), {"a": s}


def sp_postman_collection(rng):
    v = rng.randrange(3)
    if v == 0:
        a = ns(rng, rng.pick(["jwt", "hubspot_private_app_token", "clickup_token", "bearer_token"]))
        auth = "\"auth\": {\n\t\t\t\t\t\"type\": \"bearer\",\n\t\t\t\t\t\"bearer\": [\n\t\t\t\t\t\t{\n\t\t\t\t\t\t\t\"key\": \"token\",\n\t\t\t\t\t\t\t\"value\": \"%s\",\n\t\t\t\t\t\t\t\"type\": \"string\"\n\t\t\t\t\t\t}\n\t\t\t\t\t]\n\t\t\t\t}" % M("a")
    elif v == 1:
        a = ns(rng, "password", FORBID["json"])
        auth = "\"auth\": {\n\t\t\t\t\t\"type\": \"basic\",\n\t\t\t\t\t\"basic\": [\n\t\t\t\t\t\t{ \"key\": \"password\", \"value\": \"%s\", \"type\": \"string\" },\n\t\t\t\t\t\t{ \"key\": \"username\", \"value\": \"integration\", \"type\": \"string\" }\n\t\t\t\t\t]\n\t\t\t\t}" % M("a")
    else:
        a = ns(rng, rng.pick(["generic_api_key", "zendesk_api_token", "newrelic_user_api_key", "postman_api_key"]))
        auth = "\"auth\": {\n\t\t\t\t\t\"type\": \"apikey\",\n\t\t\t\t\t\"apikey\": [\n\t\t\t\t\t\t{ \"key\": \"value\", \"value\": \"%s\", \"type\": \"string\" },\n\t\t\t\t\t\t{ \"key\": \"key\", \"value\": \"X-API-Key\", \"type\": \"string\" }\n\t\t\t\t\t]\n\t\t\t\t}" % M("a")
    return "postman_collection", ("{\n\t\"info\": {\n\t\t\"_postman_id\": \"%s\",\n\t\t\"name\": \"Partner API\",\n\t\t\"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"\n\t},\n"
                                  "\t\"item\": [\n\t\t{\n\t\t\t\"name\": \"List orders\",\n\t\t\t\"request\": {\n\t\t\t\t%s,\n\t\t\t\t\"method\": \"GET\",\n\t\t\t\t\"url\": {\n"
                                  "\t\t\t\t\t\"raw\": \"https://api.partner-hub.io/v2/orders?limit=50\",\n\t\t\t\t\t\"protocol\": \"https\"\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t]\n}\n" % (rng.uuid(), auth)), {"a": a}


def sp_nginx(rng):
    u, p = "svc-proxy", ns(rng, "password", ":")
    dec = u + ":" + p.value
    a = Sec(b64s(dec), "http_basic_auth", plain=dec)
    b = ns(rng, rng.pick(["bearer_token", "generic_api_key"]))
    return "nginx_conf", ("upstream legacy_api { server 10.0.8.14:8080; }\n\nserver {\n    listen 443 ssl;\n    server_name api.fleetdash.io;\n\n    location /legacy/ {\n"
                          "        proxy_pass http://legacy_api/;\n        proxy_set_header Authorization \"Basic %s\";\n    }\n\n    location /partner/ {\n"
                          "        proxy_pass https://api.partner-hub.io/;\n        proxy_set_header X-Api-Key %s;\n    }\n}\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_raw_http(rng):
    u, p = rng.pick(["admin", "api", "monitor"]), ns(rng, "password", ":")
    dec = u + ":" + p.value
    a = Sec(b64s(dec), "http_basic_auth", plain=dec)
    b = Sec(rng.s(26, LO + DG), "session_cookie")
    return "raw_http_request", ("POST /api/v1/users/invite HTTP/1.1\r\nHost: staging.fleetdash.io\r\nUser-Agent: python-requests/2.32.3\r\nAccept: */*\r\n"
                                "Authorization: Basic %s\r\nCookie: PHPSESSID=%s\r\nContent-Type: application/json\r\nContent-Length: 37\r\n\r\n{\"email\":\"new.hire@fleetdash.io\"}\r\n"
                                % (M("a"), M("b"))), {"a": a, "b": b}


def sp_git_curl_verbose(rng):
    t = rng.pick(["github_pat", "gitlab_pat", "bitbucket_app_password"])
    tok = ns(rng, t)
    u = {"github_pat": "fd-ci", "gitlab_pat": "oauth2", "bitbucket_app_password": "jdoe-acme"}[t]
    dec = u + ":" + tok.value
    a = Sec(b64s(dec), t, plain=dec)
    return "git_trace_curl_log", ("$ GIT_TRACE_CURL=1 git push origin main\n09:41:12.204121 http.c:845              == Info: Connected to github.com (140.82.121.4) port 443 (#0)\n"
                                  "09:41:12.311873 http.c:792              => Send header, 0000000262 bytes (0x00000106)\n09:41:12.311890 http.c:804              => Send header: GET /fleetdash/infra.git/info/refs?service=git-receive-pack HTTP/1.1\n"
                                  "09:41:12.311898 http.c:804              => Send header: Host: github.com\n09:41:12.311905 http.c:804              => Send header: Authorization: Basic %s\n"
                                  "09:41:12.311911 http.c:804              => Send header: User-Agent: git/2.45.1\n" % M("a")), {"a": a}


def sp_python_requests(rng):
    v = rng.randrange(3)
    if v == 0:
        a = ns(rng, rng.pick(["github_pat", "gitlab_pat", "hubspot_private_app_token", "square_access_token", "shopify_access_token"]))
        hdr = {"github_pat": "\"Authorization\": \"token %s\"", "gitlab_pat": "\"PRIVATE-TOKEN\": \"%s\"", "shopify_access_token": "\"X-Shopify-Access-Token\": \"%s\""}.get(a.type, "\"Authorization\": \"Bearer %s\"")
        return "python_source", ("import requests\n\nHEADERS = {%s, \"Accept\": \"application/json\"}\n\ndef fetch(path):\n    r = requests.get(BASE + path, headers=HEADERS, timeout=10)\n"
                                 "    r.raise_for_status()\n    return r.json()\n" % (hdr % M("a"))), {"a": a}
    if v == 1:
        a = ns(rng, "password", "\"\\")
        return "python_source", ("import requests\n\nresp = requests.post(\n    \"https://jira.fabrikam.net/rest/api/2/issue\",\n    auth=(\"svc-jira-bot\", \"%s\"),\n"
                                 "    json=payload,\n)\n" % M("a")), {"a": a}
    a, b = ns(rng, "twilio_auth_token"), None
    return "python_source", ("from twilio.rest import Client\n\naccount_sid = \"AC%s\"\nauth_token = \"%s\"\nclient = Client(account_sid, auth_token)\n"
                             "message = client.messages.create(body=\"Your code is 481516\", from_=\"+15017122661\", to=to_number)\n" % (rng.hex(32), M("a"))), {"a": a}


def sp_node_axios(rng):
    a = ns(rng, rng.pick(["generic_api_key", "algolia_admin_api_key", "brevo_api_key", "cohere_api_key", "mistral_api_key", "groq_api_key", "anthropic_api_key", "xai_api_key"]))
    hdr = {"anthropic_api_key": "x-api-key", "brevo_api_key": "api-key", "algolia_admin_api_key": "X-Algolia-API-Key",
           "generic_api_key": "X-API-Key"}.get(a.type, "Authorization")
    val = M("a") if hdr != "Authorization" else "Bearer " + M("a")
    return "nodejs_source", ("import axios from 'axios';\n\nexport const client = axios.create({\n  baseURL: 'https://api.provider.example/v1',\n  timeout: 20000,\n"
                             "  headers: {\n    '%s': '%s',\n    'Content-Type': 'application/json',\n  },\n});\n" % (hdr, val)), {"a": a}


def sp_java_okhttp(rng):
    a = ns(rng, rng.pick(["bearer_token", "salesforce_access_token", "okta_api_token", "jwt"]))
    scheme = "SSWS " if a.type == "okta_api_token" else "Bearer "
    return "java_source", ("Request request = new Request.Builder()\n        .url(\"https://fabrikam.okta.com/api/v1/users?limit=200\")\n"
                           "        .addHeader(\"Authorization\", \"%s%s\")\n        .addHeader(\"Accept\", \"application/json\")\n        .build();\n"
                           "try (Response response = client.newCall(request).execute()) {\n    log.info(\"status={}\", response.code());\n}\n" % (scheme, M("a"))), {"a": a}


def sp_go_http(rng):
    a = ns(rng, rng.pick(["cloudflare_api_token", "digitalocean_pat", "vercel_token", "flyio_token", "render_api_key"]))
    return "go_source", ("func purgeCache(zone string) error {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.cloudflare.com/client/v4/zones/\"+zone+\"/purge_cache\", body)\n"
                         "\treq.Header.Set(\"Authorization\", \"Bearer %s\")\n\treq.Header.Set(\"Content-Type\", \"application/json\")\n\t_, err := http.DefaultClient.Do(req)\n\treturn err\n}\n" % M("a")), {"a": a}


def sp_csharp_http(rng):
    a = ns(rng, rng.pick(["bearer_token", "sendgrid_api_key", "ibm_cloud_api_key"]))
    return "csharp_source", ("var client = new HttpClient();\nclient.DefaultRequestHeaders.Authorization =\n    new AuthenticationHeaderValue(\"Bearer\", \"%s\");\n"
                             "var response = await client.GetAsync(\"https://api.sendgrid.com/v3/user/account\");\n" % M("a")), {"a": a}


def sp_misc_source(rng):
    v = rng.randrange(6)
    if v == 0:
        a = ns(rng, "stripe_secret_key")
        return "ruby_source", "# config/initializers/stripe.rb\nStripe.api_key = '%s'\nStripe.api_version = '2024-04-10'\n" % M("a"), {"a": a}
    if v == 1:
        a = ns(rng, rng.pick(["generic_api_key", "google_api_key", "fcm_server_key"]))
        return "swift_source", "enum Secrets {\n    static let backendKey = \"%s\"\n}\n" % M("a"), {"a": a}
    if v == 2:
        a = ns(rng, rng.pick(["generic_secret", "twilio_api_key_secret", "adobe_client_secret"]))
        return "kotlin_source", "object BuildSecrets {\n    const val API_SECRET = \"%s\"\n    const val API_HOST = \"api.fleetdash.io\"\n}\n" % M("a"), {"a": a}
    if v == 3:
        a = ns(rng, rng.pick(["discord_bot_token", "telegram_bot_token"]))
        return "rust_source", "const BOT_TOKEN: &str = \"%s\";\n\n#[tokio::main]\nasync fn main() {\n    let bot = Bot::new(BOT_TOKEN);\n    run(bot).await;\n}\n" % M("a"), {"a": a}
    if v == 4:
        a = ns(rng, "smtp_password", "'\\")
        return "php_source", ("$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.office365.com';\n$mail->SMTPAuth = true;\n$mail->Username = 'noreply@fabrikam.net';\n"
                              "$mail->Password = '%s';\n$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;\n$mail->Port = 587;\n" % M("a")), {"a": a}
    a = ns(rng, rng.pick(["openai_api_key", "replicate_api_token", "huggingface_token"]))
    return "r_script", "library(httr2)\nSys.setenv(%s = \"%s\")\nresp <- request(\"https://api.openai.com/v1/models\") |> req_auth_bearer_token(Sys.getenv(\"%s\")) |> req_perform()\n" % (
        T[a.type]["env"][0], M("a"), T[a.type]["env"][0]), {"a": a}


def sp_access_log(rng):
    a = ns(rng, rng.pick(["generic_token", "google_oauth_access_token", "generic_api_key", "slack_bot_token"]))
    ip = "%d.%d.%d.%d" % (rng.randrange(1, 223), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
    param = rng.pick(["access_token", "api_key", "token", "key"])
    return "nginx_access_log", ('%s - - [03/Jun/2024:09:21:%02d +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n'
                                '%s - - [03/Jun/2024:09:21:%02d +0000] "GET /api/v2/reports/export?format=csv&%s=%s HTTP/1.1" 200 48213 "-" "python-requests/2.31.0"\n'
                                % (ip, rng.randrange(60), ip, rng.randrange(60), param, M("a"))), {"a": a}


def sp_azure_sas_url(rng):
    a = ns(rng, "azure_sas_signature")
    acct = rng.pick(["fdprodassets", "contosobackups01"])
    return "azure_sas_url", ("Download the dump here (link valid until Friday):\nhttps://%s.blob.core.windows.net/db-dumps/orders-2024-06-01.bak?sv=2022-11-02&ss=b&srt=co&sp=rl"
                             "&se=2024-06-07T18:00:00Z&st=2024-06-03T08:00:00Z&spr=https&sig=%s\n" % (acct, M("a"))), {"a": a}


def sp_traceback_url(rng):
    a = ns(rng, rng.pick(["generic_api_key", "google_api_key", "maxmind_license_key"]))
    return "python_traceback", ("Traceback (most recent call last):\n  File \"/usr/local/lib/python3.11/site-packages/urllib3/connectionpool.py\", line 793, in urlopen\n"
                                "    response = self._make_request(\n  File \"/usr/local/lib/python3.11/site-packages/requests/adapters.py\", line 519, in send\n"
                                "    raise ConnectionError(e, request=request)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='geo.partner-hub.io', port=443): "
                                "Max retries exceeded with url: /v1/lookup?ip=10.2.3.4&apikey=%s (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f3a2c1d5e50>: "
                                "Failed to resolve 'geo.partner-hub.io' ([Errno -3] Temporary failure in name resolution)\"))\n" % M("a")), {"a": a}


def sp_traceback_db(rng):
    a = ns(rng, "redis_password")
    return "python_traceback", ("Traceback (most recent call last):\n  File \"/srv/app/cache.py\", line 14, in <module>\n    r = redis.Redis.from_url(REDIS_URL)\n"
                                "  File \"/srv/app/cache.py\", line 21, in warm\n    r.ping()\nredis.exceptions.ConnectionError: Error 111 connecting to redis://default:%s@cache.internal:6379/0. Connection refused.\n" % M("a")), {"a": a}


def sp_spring_bind_failure(rng):
    a = ns(rng, rng.pick(["stripe_secret_key", "sendgrid_api_key", "twilio_auth_token", "generic_secret"]))
    return "java_stack_trace", ("\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to bind properties under 'app.billing.secret-key' to java.time.Duration:\n\n"
                                "    Property: app.billing.secret-key\n    Value: \"%s\"\n    Origin: class path resource [application-prod.yml] - 41:19\n"
                                "    Reason: failed to convert java.lang.String to java.time.Duration (caused by java.lang.IllegalArgumentException: '%s' is not a valid duration)\n\n"
                                "Action:\n\nUpdate your application's configuration\n" % (M("a"), M("a"))), {"a": a}


def sp_java_jdbc_trace(rng):
    a = ns(rng, "database_password", "&;")
    return "java_stack_trace", ("2024-06-03 09:12:44.118 ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.\n"
                                "java.sql.SQLNonTransientConnectionException: Could not create connection to database server. Attempted reconnect 3 times. Giving up.\n"
                                "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:111)\n\tat com.mysql.cj.jdbc.ConnectionImpl.connectWithRetries(ConnectionImpl.java:905)\n"
                                "Caused by: com.mysql.cj.exceptions.CJCommunicationsException: Communications link failure for url jdbc:mysql://%s:3306/inventory?user=inventory&password=%s&useSSL=false\n"
                                "\tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)\n" % (host(rng), M("a"))), {"a": a}


def sp_django_debug(rng):
    a = ns(rng, "database_password")
    b = ns(rng, "redis_password")
    return "django_debug_page_html", ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">\n  <title>OperationalError at /api/orders/</title>\n"
                                      "</head>\n<body>\n<div id=\"summary\">\n  <h1>OperationalError at /api/orders/</h1>\n  <pre class=\"exception_value\">could not translate host name &quot;db&quot; to address</pre>\n</div>\n"
                                      "<div id=\"settings\">\n<h3 id=\"settings-info\">Settings</h3>\n<table class=\"req\">\n<tbody>\n"
                                      "<tr><td>CELERY_BROKER_URL</td><td class=\"code\"><pre>&#x27;amqp://app:%s@rabbit:5672/prod&#x27;</pre></td></tr>\n"
                                      "<tr><td>CACHE_URL</td><td class=\"code\"><pre>&#x27;redis://:%s@cache:6379/2&#x27;</pre></td></tr>\n"
                                      "<tr><td>SECRET_KEY</td><td class=\"code\"><pre>&#x27;********************&#x27;</pre></td></tr>\n"
                                      "<tr><td>DATABASES</td><td class=\"code\"><pre>{&#x27;default&#x27;: {&#x27;PASSWORD&#x27;: &#x27;********************&#x27;}}</pre></td></tr>\n"
                                      "</tbody>\n</table>\n</div>\n</body>\n</html>\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_app_log_json(rng):
    a = ns(rng, rng.pick(["jwt", "bearer_token", "stripe_secret_key", "square_access_token", "shopify_access_token"]))
    hdr = "Bearer " if a.type in ("jwt", "bearer_token", "stripe_secret_key", "square_access_token") else ""
    name = "X-Shopify-Access-Token" if a.type == "shopify_access_token" else "Authorization"
    return "application_log_json", ('{"ts":"2024-06-03T09:30:11.482Z","level":"info","msg":"request completed","status":200,"duration_ms":41}\n'
                                    '{"ts":"2024-06-03T09:30:12.007Z","level":"debug","msg":"outgoing request","method":"POST","url":"https://api.partner-hub.io/v2/charges",'
                                    '"headers":{"%s":"%s%s","Content-Type":"application/json","Idempotency-Key":"%s"}}\n' % (name, hdr, M("a"), rng.uuid())), {"a": a}


def sp_sudo_authlog(rng):
    a = ns(rng, "database_password", FORBID["shell"] + " ")
    return "auth_log", ("Jun  3 09:41:02 db01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart mysql\n"
                        "Jun  3 09:41:37 db01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p%s -e SHOW PROCESSLIST\n"
                        "Jun  3 09:41:37 db01 sudo: pam_unix(sudo:session): session opened for user root(uid=0) by deploy(uid=1001)\n" % M("a")), {"a": a}


def sp_bash_history_cmds(rng):
    v = rng.randrange(9)
    if v == 0:
        a = ns(rng, "database_password", FORBID["shell"] + " ")
        cmd = "PGPASSWORD=%s psql -h %s -U orders_rw -d orders" % (M("a"), host(rng))
    elif v == 1:
        a = ns(rng, "database_password", FORBID["shell"] + " ")
        cmd = "mysql -h %s -u root -p%s shop < dump.sql" % (host(rng), M("a"))
    elif v == 2:
        a = ns(rng, "mssql_sa_password", FORBID["shell"] + " ")
        cmd = "sqlcmd -S tcp:sql01.corp.local,1433 -U sa -P '%s' -Q \"SELECT @@VERSION\"" % M("a")
    elif v == 3:
        a = ns(rng, "redis_password", FORBID["shell"] + " ")
        cmd = "redis-cli -h cache.internal -p 6379 -a %s --no-auth-warning INFO keyspace" % M("a")
    elif v == 4:
        a = ns(rng, "password", FORBID["shell"] + " ")
        cmd = "sshpass -p '%s' ssh -o StrictHostKeyChecking=no root@10.0.5.10" % M("a")
    elif v == 5:
        a = ns(rng, "keystore_password", FORBID["shell"] + " ")
        cmd = "keytool -importkeystore -srckeystore upload.jks -srcstorepass '%s' -destkeystore upload.p12 -deststoretype PKCS12" % M("a")
    elif v == 6:
        a = ns(rng, "password", FORBID["shell"] + " ")
        cmd = "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:%s" % M("a")
    elif v == 7:
        a = ns(rng, "database_password", FORBID["shell"] + " ")
        cmd = "mongosh \"mongodb://admin:%s@mongo-0.mongo.svc:27017/admin?authSource=admin\"" % M("a")
    else:
        a = ns(rng, "cifs_password", FORBID["shell"] + ", ")
        cmd = "sudo mount -t cifs //fs01.corp.local/finance /mnt/finance -o username=svc_backup,password=%s,vers=3.0" % M("a")
    pre = rng.sample(["cd ~/projects/fleetdash", "git pull --rebase", "docker ps", "kubectl config use-context prod", "htop", "history | tail"], 3)
    return "bash_history", "\n".join(pre[:2] + [cmd] + pre[2:]) + "\n", {"a": a}


def sp_fstab(rng):
    a = ns(rng, "cifs_password", FORBID["shell"] + ", ")
    return "fstab", ("# /etc/fstab\nUUID=%s /               ext4    errors=remount-ro 0       1\n"
                     "//nas.home.lan/media  /mnt/media  cifs  username=kodi,password=%s,uid=1000,iocharset=utf8  0  0\n" % (rng.uuid(), M("a"))), {"a": a}


def sp_wpa(rng):
    a = ns(rng, "wifi_psk", "\"")
    return "wpa_supplicant_conf", ("ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=DE\n\nnetwork={\n    ssid=\"Office-5G\"\n"
                                   "    psk=\"%s\"\n    key_mgmt=WPA-PSK\n}\n" % M("a")), {"a": a}


def sp_sql_script(rng):
    a, b = ns(rng, "database_password", "'"), ns(rng, "database_password", "'")
    return "sql_migration", ("-- V12__create_reporting_user.sql\nCREATE USER reporting WITH PASSWORD '%s';\nGRANT CONNECT ON DATABASE orders TO reporting;\n"
                             "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;\n\n-- mysql side\nCREATE USER 'etl'@'%%' IDENTIFIED BY '%s';\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_password_manager_csv(rng):
    a, b, c = ns(rng, "password", ",\""), ns(rng, "password", ",\""), ns(rng, "password", ",\"")
    return "browser_password_export_csv", ("name,url,username,password,note\ngrafana.fleetdash.io,https://grafana.fleetdash.io/login,admin,%s,\n"
                                           "console.aws.amazon.com,https://signin.aws.amazon.com/,root-billing@fleetdash.io,%s,\n"
                                           "router.home,http://192.168.1.1/,admin,%s,\n" % (M("a"), M("b"), M("c"))), {"a": a, "b": b, "c": c}


def sp_git_diff(rng):
    a = ns(rng, rng.pick(["stripe_secret_key", "slack_webhook_url", "sendgrid_api_key", "openai_api_key", "anthropic_api_key", "twilio_auth_token", "github_pat", "sentry_user_token"]))
    env = T[a.type]["env"][0]
    return "git_diff", ("diff --git a/config/.env.production b/config/.env.production\nindex 3f1c2ab..9d0e7f4 100644\n--- a/config/.env.production\n+++ b/config/.env.production\n"
                        "@@ -4,6 +4,7 @@ APP_URL=https://app.fleetdash.io\n LOG_LEVEL=info\n SENTRY_ENVIRONMENT=production\n-%s=\n+%s=%s\n FEATURE_NEW_CHECKOUT=true\n" % (env, env, M("a"))), {"a": a}


def sp_terraform_outputs(rng):
    a = ns(rng, rng.pick(["database_password", "generic_secret"]), FORBID["json"])
    b = ns(rng, "azure_storage_account_key")
    return "terraform_output_json", ("$ terraform output -json\n{\n  \"db_admin_password\": {\n    \"sensitive\": false,\n    \"type\": \"string\",\n    \"value\": \"%s\"\n  },\n"
                                     "  \"storage_primary_access_key\": {\n    \"sensitive\": false,\n    \"type\": \"string\",\n    \"value\": \"%s\"\n  }\n}\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_helm_get_values(rng):
    a = ns(rng, rng.pick(["newrelic_license_key", "datadog_api_key", "grafana_cloud_token"]))
    b = ns(rng, "database_password", FORBID["yaml"])
    return "helm_get_values_output", ("$ helm get values monitoring -n observability\nUSER-SUPPLIED VALUES:\nglobal:\n  licenseKey: %s\n  cluster: prod-eu\n"
                                      "postgresql:\n  auth:\n    postgresPassword: %s\n" % (M("a"), M("b"))), {"a": a, "b": b}


def sp_cli_auth_output(rng):
    v = rng.randrange(4)
    if v == 0:
        a = ns(rng, "github_oauth_token")
        return "terminal_session", "$ gh auth token\n%s\n$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account mkeller (keyring)\n" % M("a"), {"a": a}
    if v == 1:
        a = ns(rng, "google_oauth_access_token")
        return "terminal_session", "$ gcloud auth print-access-token\n%s\n$ curl -H \"Authorization: Bearer $(gcloud auth print-access-token)\" ...\n" % M("a"), {"a": a}
    if v == 2:
        a = ns(rng, "vault_token")
        return "terminal_session", ("$ vault login -method=oidc\nSuccess! You are now authenticated. The token information displayed below\nis already stored in the token helper.\n\n"
                                    "Key                  Value\n---                  -----\ntoken                %s\ntoken_accessor       %s\ntoken_duration       768h\n"
                                    "token_renewable      true\ntoken_policies       [\"default\" \"dev\"]\n" % (M("a"), rng.s(24, AN))), {"a": a}
    a = ns(rng, "heroku_api_key")
    return "terminal_session", "$ heroku auth:token\n ›   Warning: token will expire 06/03/2025\n ›   Use heroku authorizations:create to generate a long-term token\n%s\n" % M("a"), {"a": a}


def sp_jupyter_output(rng):
    a, b = aws_pair(rng)
    return "jupyter_notebook", ("{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 7,\n   \"metadata\": {},\n   \"outputs\": [\n    {\n"
                                "     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n     \"text\": [\n      \"{'AccessKeyId': '%s', 'SecretAccessKey': '%s', 'Expiration': '2024-06-03'}\\n\"\n"
                                "     ]\n    }\n   ],\n   \"source\": [\n    \"creds = boto3.client('sts').get_session_token()['Credentials']\\n\",\n    \"print(creds)\"\n   ]\n  }\n ],\n"
                                " \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n" % (M("a"), M("b"))), {"a": a, "b": b}


_PK_CYCLE = [0]


def sp_private_key_file(rng):
    v = _PK_CYCLE[0] % 6
    _PK_CYCLE[0] += 1
    if v == 0:
        a = Sec(pem("RSA PRIVATE KEY", rsa_pkcs1_der(rsa_key(rng))), "private_key_rsa")
        return "pem_file", "%s\n" % M("a"), {"a": a}, "server.key"
    if v == 1:
        a = Sec(pem("PRIVATE KEY", rsa_pkcs8_der(rsa_key(rng))), "private_key_pkcs8")
        return "pem_file", "%s\n" % M("a"), {"a": a}, "tls.key"
    if v == 2:
        d, pub = p256_key(rng)
        a = Sec(pem("EC PRIVATE KEY", ec_sec1_der(d, pub)), "private_key_ec")
        return "pem_file", "%s\n" % M("a"), {"a": a}, "ec.key"
    if v == 3:
        d, pub = p256_key(rng)
        a = Sec(pem("PRIVATE KEY", ec_pkcs8_der(d, pub)), "private_key_pkcs8")
        return "apple_p8_key", "%s" % M("a"), {"a": a}, "AuthKey_%s.p8" % rng.s(10, UP + DG)
    if v == 4:
        a = Sec(pgp_ed25519(rng, rng.pick(["Release Signing <release@fleetdash.io>", "Maria Keller <m.keller@fleetdash.io>"])), "private_key_pgp")
        return "pgp_armored_key", "%s\n" % M("a"), {"a": a}, "release-signing.asc"
    a = Sec(putty_ed25519(rng, "eddsa-key-2024%02d%02d" % (rng.randrange(1, 13), rng.randrange(1, 28))), "private_key_putty")
    return "putty_ppk", "%s\n" % M("a"), {"a": a}, "jumpbox.ppk"


def sp_key_in_ci_yaml(rng):
    key, _ = openssh_ed25519(rng, "github-actions-deploy")
    a = Sec(key.replace("\n", "\n          "), "private_key_openssh", plain=key)
    return "github_actions_workflow", ("name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
                                       "      - name: install deploy key\n        env:\n          DEPLOY_KEY: |\n          %s\n        run: |\n"
                                       "          mkdir -p ~/.ssh && echo \"$DEPLOY_KEY\" > ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519\n" % M("a")), {"a": a}


def sp_key_in_json_string(rng):
    d, pub = p256_key(rng)
    key = pem("PRIVATE KEY", ec_pkcs8_der(d, pub)) + "\n"
    a = Sec(json.dumps(key)[1:-1], "private_key_pkcs8", plain=key)
    return "firebase_app_store_config_json", ("{\n  \"appStoreConnect\": {\n    \"issuerId\": \"%s\",\n    \"keyId\": \"%s\",\n    \"privateKey\": \"%s\"\n  }\n}\n"
                                              % (rng.uuid(), rng.s(10, UP + DG), M("a"))), {"a": a}


def sp_key_in_env_oneline(rng):
    k = rsa_key(rng)
    key = pem("RSA PRIVATE KEY", rsa_pkcs1_der(k))
    esc = key.replace("\n", "\\n")
    a = Sec(esc, "private_key_rsa", plain=key)
    return "dotenv", "GITHUB_APP_ID=%s\nGITHUB_APP_PRIVATE_KEY=\"%s\"\nWEBHOOK_PROXY_URL=https://smee.io/%s\n" % (rng.digits(6), M("a"), rng.s(16, AN)), {"a": a}


# ----- prose: chats, tickets, e-mail, reviews, several natural languages -----
PROSE = [
    ("slack_message", "en", "Maya Chen  11:02 AM\nhere's the key for the staging bucket, don't paste it anywhere public pls: {S}\n:thumbsup: 2"),
    ("slack_message", "en", "Jon  3:47 PM\nok I regenerated it. new token is {S} - the old one is revoked\nJon  3:48 PM\nping me if the deploy still fails"),
    ("slack_message", "en", "@channel heads up: prod db password changed to `{S}` — update your local .env before running migrations"),
    ("teams_message", "en", "[09:14] Priya Raman\nCan you try with this one? {S}\n[09:15] Priya Raman\nIt's the service principal secret for the dev subscription only."),
    ("teams_message", "en", "Lukas Weber (External) 14:02\nHi all, as discussed the API credentials for the sandbox are:\nClient secret: {S}\nPlease store them in Key Vault."),
    ("discord_message", "en", "kaito — Today at 8:31 PM\nbot keeps disconnecting?? token is {S} if someone wants to try locally"),
    ("email", "en", "From: it-support@fabrikam.net\nTo: n.ivanova@fabrikam.net\nSubject: Your VPN account\n\nHi Natalia,\n\nyour VPN account has been created.\nUsername: nivanova\nTemporary password: {S}\n\nPlease change it after your first login.\n\nBest regards,\nIT Service Desk"),
    ("email", "en", "Subject: RE: API access for the integration\n\nHi Tom,\n\nThanks for signing the DPA. Your production API key is:\n\n    {S}\n\nRate limit is 600 req/min. Let us know if you need a second key for staging.\n\n-- \nPartner Success Team"),
    ("jira_comment", "en", "*Steps to reproduce*\n# Log in as the QA admin (qa-admin / {S})\n# Go to Settings > Billing\n# Click \"Download invoices\"\n\n*Actual:* 500 error\n*Expected:* ZIP download"),
    ("jira_comment", "en", "Rotated the webhook secret as part of INC-2291. New value for the runbook: {S} (will move to Vault next sprint)"),
    ("github_pr_review_comment", "en", "**src/integrations/mailer.ts** line 12\n> const apiKey = '{S}';\n\nThis looks like a live key — please move it to the secrets manager and rotate it before merging."),
    ("github_issue_comment", "en", "Same problem here. I'm calling it like this and still get 403:\n\n```python\nclient = Client(api_key=\"{S}\", region=\"eu\")\nclient.projects.list()\n```\n\nVersion 4.1.2, Python 3.12."),
    ("stackoverflow_question", "en", "**Why does my request return 401 even though the token is valid?**\n\nI'm sending this header:\n\n    Authorization: Bearer {S}\n\nbut the API keeps saying `invalid_token`. What am I doing wrong?\n\n[python] [oauth-2.0] [requests]"),
    ("commit_message", "en", "commit 4c1f0e2a9b7d3e5f6a8c1b2d3e4f5a6b7c8d9e0f\nAuthor: Dev Bot <dev-bot@fleetdash.io>\nDate:   Mon Jun 3 10:12:44 2024 +0200\n\n    temp: hardcode token {S} until vault is fixed\n"),
    ("markdown_readme", "en", "## Quick start\n\n1. Clone the repo\n2. Export the shared dev token (ask in #platform if it stops working):\n\n```bash\nexport FD_TOKEN={S}\n```\n\n3. Run `make dev`\n"),
    ("pastebin_note", "en", "server: 10.20.4.11\nuser: administrator\npass: {S}\nrdp only from office vpn"),
    ("chat_message", "de", "Hi Stefan, hier ist der API-Schlüssel für die Testumgebung: {S}\nBitte nicht ins Repo committen!"),
    ("chat_message", "de", "Das neue Passwort für den Datenbank-Admin lautet {S} – gilt ab sofort, das alte ist gesperrt."),
    ("email", "fr", "Bonjour Julien,\n\nVoici le jeton d'accès pour l'API de production : {S}\nIl expire dans 90 jours.\n\nCordialement,\nL'équipe Plateforme"),
    ("chat_message", "fr", "le mot de passe du compte de service c'est {S}, je l'ai mis aussi dans le coffre"),
    ("chat_message", "es", "Oye, te paso la clave de la API para que pruebes: {S}\nNo la compartas fuera del equipo, porfa."),
    ("email", "es", "Hola Marta:\n\nTu contraseña temporal para el portal de proveedores es {S}\nDeberás cambiarla al iniciar sesión.\n\nSaludos,\nSoporte TI"),
    ("chat_message", "pt", "Segue o token de acesso do GitHub Actions: {S} — depois eu troco por um secret do repositório."),
    ("chat_message", "pt", "a senha do banco de homologação é {S}, usuário app_hml"),
    ("chat_message", "it", "Ciao! La chiave segreta per il webhook è {S}, mettila nel file di configurazione."),
    ("chat_message", "nl", "Hoi, het wachtwoord voor de SFTP-server is {S}. Gebruikersnaam blijft hetzelfde."),
    ("chat_message", "pl", "Cześć, tu jest token do API: {S} – ważny do końca miesiąca."),
    ("chat_message", "ru", "Привет! Вот ключ API для стенда: {S}\nНе публикуй его в общем чате, ок?"),
    ("chat_message", "ru", "Пароль от админки: {S} (логин admin)"),
    ("chat_message", "uk", "Ось токен доступу до реєстру: {S}, він діє 30 днів."),
    ("chat_message", "ja", "お疲れ様です。検証環境のAPIキーはこちらです：{S}\n取り扱いにご注意ください。"),
    ("chat_message", "ja", "DBのパスワードを変更しました。新しいパスワードは {S} です。"),
    ("chat_message", "zh", "这是测试环境的访问令牌：{S}，请不要提交到代码仓库。"),
    ("chat_message", "zh", "服务器root密码是 {S} ，用完记得改掉。"),
    ("chat_message", "ko", "안녕하세요, 스테이징 서버 API 키 공유드립니다: {S}\n외부에 공유하지 말아주세요."),
    ("chat_message", "tr", "Merhaba, veritabanı şifresi {S} olarak güncellendi."),
    ("chat_message", "sv", "Hej! Här är API-nyckeln till testmiljön: {S}"),
    ("chat_message", "cs", "Ahoj, heslo k serveru je {S}, uživatel deploy."),
    ("chat_message", "vi", "Đây là khóa API cho môi trường thử nghiệm: {S}"),
    ("chat_message", "hi", "यह स्टेजिंग सर्वर का पासवर्ड है: {S} — कृपया इसे किसी के साथ साझा न करें।"),
    ("chat_message", "ar", "مرحباً، هذا مفتاح الواجهة البرمجية لبيئة الاختبار: {S}"),
    ("chat_message", "id", "Ini token untuk deploy ke staging: {S}, jangan dibagikan ya."),
]

PROSE_TYPES_PW = ["password", "database_password", "ldap_bind_password", "smtp_password"]
PROSE_TYPES_TOKEN = ["github_pat", "stripe_secret_key", "openai_api_key", "slack_bot_token", "aws_secret_access_key", "sendgrid_api_key",
                     "gitlab_pat", "azure_ad_client_secret", "generic_api_key", "anthropic_api_key", "huggingface_token", "discord_bot_token",
                     "telegram_bot_token", "dockerhub_pat", "npm_access_token", "generic_secret", "jwt", "stripe_webhook_secret",
                     "mailchimp_api_key", "linear_api_key", "groq_api_key", "datadog_api_key", "twilio_auth_token", "shopify_access_token",
                     "doppler_token", "pulumi_access_token", "vault_token", "tailscale_auth_key", "perplexity_api_key", "figma_pat"]
PW_WORDS = re.compile(r"password|passwort|mot de passe|contraseña|senha|wachtwoord|пароль|パスワード|密码|şifre|heslo|पासवर्ड|pass:|qa-admin")


def prose_record(rng, i):
    cont, lang, tpl = PROSE[i % len(PROSE)]
    low = tpl.lower()
    if PW_WORDS.search(low):
        t = "database_password" if re.search(r"datenbank|db|banco|veritaban|base de donn", low) else "password"
    elif "webhook" in low:
        t = rng.pick(["stripe_webhook_secret", "generic_secret"])
    elif "service principal" in low or "client secret" in low:
        t = "azure_ad_client_secret"
    elif "bot" in low and cont == "discord_message":
        t = "discord_bot_token"
    elif "github actions" in low:
        t = "github_pat"
    elif "regist" in low or "реєстру" in low:
        t = rng.pick(["dockerhub_pat", "npm_access_token"])
    elif "bucket" in low:
        t = "aws_secret_access_key"
    else:
        t = rng.pick(PROSE_TYPES_TOKEN)
    s = ns(rng, t, " `'\"")
    return cont, tpl.replace("{S}", M("a")), {"a": s}, "language=" + lang


R("posthog_personal_api_key", ["POSTHOG_PERSONAL_API_KEY"], KF + "/posthog.yml (phx_)", lambda r: "phx_" + r.s(43, AN))
R("launchdarkly_sdk_key", ["LAUNCHDARKLY_SDK_KEY", "LD_SDK_KEY"], GL + " launchdarkly-access-token / LD docs (sdk- server-side key)", lambda r: "sdk-" + r.uuid())
R("recaptcha_secret_key", ["RECAPTCHA_SECRET_KEY"], KF + "/recaptcha.yml (6L... 40 chars; secret vs site key by name)", lambda r: "6L" + r.s(38, AN + "-_"))

# Public-by-design companions (never labelled) used inside positive records.
PUBLIC_COMPANIONS = {
    "aws_access_key_id": [("AWS_SECRET_ACCESS_KEY", "aws_secret_access_key")],
    "alibaba_access_key_id": [("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "alibaba_access_key_secret")],
    "datadog_api_key": [("DD_APP_KEY", "datadog_app_key")],
}


def public_decoys(rng, t):
    """Non-secret neighbours that are public by design (unlabelled on purpose)."""
    if t == "stripe_secret_key":
        return [("STRIPE_PUBLISHABLE_KEY", "pk_live_51" + rng.s(97, AN))]
    if t == "supabase_service_role_key":
        ref = rng.s(20, LO)
        return [("SUPABASE_URL", "https://%s.supabase.co" % ref), ("NEXT_PUBLIC_SUPABASE_ANON_KEY", _supabase_jwt(rng, "anon"))]
    if t == "twilio_auth_token":
        return [("TWILIO_ACCOUNT_SID", "AC" + rng.hex(32))]
    if t == "mapbox_secret_token":
        return [("NEXT_PUBLIC_MAPBOX_TOKEN", _mapbox(rng, "pk"))]
    if t == "algolia_admin_api_key":
        return [("ALGOLIA_APP_ID", rng.s(10, UP + DG)), ("NEXT_PUBLIC_ALGOLIA_SEARCH_KEY", rng.hex(32))]
    if t == "google_oauth_client_secret":
        return [("GOOGLE_CLIENT_ID", rng.digits(12) + "-" + rng.s(32, LO + DG) + ".apps.googleusercontent.com")]
    if t == "auth0_client_secret":
        return [("AUTH0_DOMAIN", "fleetdash.eu.auth0.com"), ("AUTH0_CLIENT_ID", rng.s(32, AN))]
    if t == "posthog_personal_api_key":
        return [("NEXT_PUBLIC_POSTHOG_KEY", "phc_" + rng.s(43, AN))]
    if t == "launchdarkly_sdk_key":
        return [("NEXT_PUBLIC_LD_CLIENT_SIDE_ID", rng.hex(24))]
    if t == "recaptcha_secret_key":
        return [("NEXT_PUBLIC_RECAPTCHA_SITE_KEY", "6L" + rng.s(38, AN + "-_"))]
    if t in ("sentry_user_token", "sentry_org_token"):
        return [("SENTRY_DSN", "https://%s@o%s.ingest.us.sentry.io/%s" % (rng.hex(32), rng.digits(6), rng.digits(7)))]
    return []


SPECIALS = [
    (sp_git_config, 4), (sp_git_credentials, 2), (sp_pip_conf, 3), (sp_requirements, 2), (sp_pypirc, 2), (sp_npmrc, 3), (sp_yarnrc, 1),
    (sp_maven_settings, 2), (sp_gradle_properties, 2), (sp_nuget_config, 3), (sp_composer_auth, 1), (sp_cargo_credentials, 2),
    (sp_gem_credentials, 1), (sp_bundler_config, 1), (sp_netrc, 2), (sp_pgpass, 2), (sp_my_cnf, 2), (sp_redis_conf, 1), (sp_sqlalchemy, 3),
    (sp_prisma, 3), (sp_django_databases, 2), (sp_rails_database_yml, 2), (sp_rails_secrets_yml, 1), (sp_spring_datasource, 3),
    (sp_jdbc_properties, 2), (sp_hibernate_xml, 1), (sp_tomcat_context, 1), (sp_dotnet_connstring, 2), (sp_web_config, 2),
    (sp_azure_storage_connstr, 2), (sp_servicebus, 2), (sp_cosmos, 1), (sp_mongo_node, 2), (sp_celery, 2), (sp_airflow_conn, 2),
    (sp_kafka_jaas, 2), (sp_sssd, 1), (sp_postfix_sasl, 1), (sp_grafana_datasource, 1), (sp_prometheus, 2), (sp_logstash, 1),
    (sp_wireguard, 2), (sp_aws_credentials, 3), (sp_aws_assume_role, 2), (sp_aws_iam_csv, 1), (sp_terraform_provider, 2), (sp_tfstate, 2),
    (sp_rclone, 1), (sp_s3cfg, 1), (sp_gcloud_adc, 2), (sp_gcp_sa_json, 3), (sp_az_sp_create, 2), (sp_msal_cache, 1),
    (sp_kubeconfig_token, 3), (sp_kubeconfig_clientkey, 2), (sp_k8s_secret, 4), (sp_k8s_secret_stringdata, 2), (sp_kubectl_get_secret, 2),
    (sp_dockerconfigjson, 4), (sp_ssh_config_key, 3), (sp_vault_init, 1), (sp_gh_hosts, 1), (sp_doctl, 1), (sp_terraformrc, 1),
    (sp_helm_repos, 1), (sp_gitlab_runner_toml, 2), (sp_info_plist, 3), (sp_android_signing, 3), (sp_wp_config, 1), (sp_nextcloud, 1),
    (sp_flask, 2), (sp_streamlit, 1), (sp_dbt_profiles, 1), (sp_grafana_ini, 1), (sp_symfony_mailer, 1), (sp_elastic_url, 1),
    (sp_ansible_inventory, 2), (sp_helm_set, 2), (sp_docker_login, 3), (sp_docker_history, 2), (sp_curl, 8), (sp_httpie, 3),
    (sp_wget, 3), (sp_har, 3), (sp_copy_as_fetch, 2), (sp_copy_as_curl, 2), (sp_powershell_irm, 2), (sp_postman_collection, 4),
    (sp_nginx, 2), (sp_raw_http, 2), (sp_git_curl_verbose, 2), (sp_python_requests, 4), (sp_node_axios, 3), (sp_java_okhttp, 2),
    (sp_go_http, 2), (sp_csharp_http, 1), (sp_misc_source, 6), (sp_access_log, 3), (sp_azure_sas_url, 2), (sp_traceback_url, 2),
    (sp_traceback_db, 1), (sp_spring_bind_failure, 2), (sp_java_jdbc_trace, 1), (sp_django_debug, 1), (sp_app_log_json, 3),
    (sp_sudo_authlog, 1), (sp_bash_history_cmds, 9), (sp_fstab, 1), (sp_wpa, 1), (sp_sql_script, 2), (sp_password_manager_csv, 1),
    (sp_git_diff, 4), (sp_terraform_outputs, 1), (sp_helm_get_values, 1), (sp_cli_auth_output, 4), (sp_jupyter_output, 1),
    (sp_private_key_file, 12), (sp_key_in_ci_yaml, 1), (sp_key_in_json_string, 1), (sp_key_in_env_oneline, 1),
]

TARGET_POSITIVES = 450


def build_positives():
    rng = Rng("privacy_final/positives/v1")
    _PK_CYCLE[0] = 0
    recs = []

    def add(cont, tpl, secs, note=None):
        text, spans = render(tpl, secs)
        recs.append({"id": "pf-pos-%04d" % (len(recs) + 1), "type": spans[0]["type"], "container": cont, "text": text,
                     "secrets": spans, "source": make_source(cont, secs, note)})

    for fn, n in SPECIALS:
        for _ in range(n):
            out = fn(rng)
            note = out[3] if len(out) > 3 else None
            add(out[0], out[1], out[2], ("file " + note) if note else None)
    for i in range(len(PROSE)):
        cont, tpl, secs, note = prose_record(rng, i)
        add(cont, tpl, secs, note)

    kv_types = [t for t, v in T.items() if v["env"] and v["gen"] is not None
                and t not in ("aws_secret_access_key", "alibaba_access_key_secret", "datadog_app_key")]
    kv_i = [0]

    def kv_record(types):
        for attempt in range(len(KV)):
            cont, fn, fcat = KV[(kv_i[0] + attempt) % len(KV)]
            forbid = FORBID.get(fcat, "") if fcat else ""
            try:
                mains = []
                for t in types:
                    mains.append((rng.pick(T[t]["env"]), new_sec(rng, t, forbid)))
                    mains += [(env, new_sec(rng, et, forbid)) for env, et in PUBLIC_COMPANIONS.get(t, [])]
            except RuntimeError:
                continue
            if len(set(e for e, _ in mains)) != len(mains):
                continue
            kv_i[0] += attempt + 1
            secs, head = {}, []
            for j, (env, sec_) in enumerate(mains):
                head.append((env, M("s%d" % j)))
                secs["s%d" % j] = sec_
            tail = []
            for t in types:
                tail += public_decoys(rng, t)
            tail += decoys(rng, rng.randrange(1, 4))
            rng.shuffle(tail)
            cut = rng.randrange(0, len(tail) + 1)
            add(cont, fn(rng, tail[:cut] + head + tail[cut:]), secs)
            return
        raise RuntimeError("no KV container for %r" % (types,))

    cnt = collections.Counter(s["type"] for r in recs for s in r["secrets"])
    need = []
    for t in kv_types:
        need += [t] * max(0, 2 - cnt[t])
    # first pass: one type per record for the never-seen types, then bundle
    # the rest two or three to a file, as real .env files hold several.
    singles = [t for t in kv_types if cnt[t] == 0]
    for t in singles:
        kv_record([t])
        need.remove(t)
    rng.shuffle(need)
    while need:
        k = min(len(need), rng.pick([1, 2, 2, 3]))
        chunk = []
        for t in list(need):
            if t not in chunk:
                chunk.append(t)
                need.remove(t)
            if len(chunk) == k:
                break
        kv_record(chunk)
    popular = ["github_pat", "aws_access_key_id", "stripe_secret_key", "openai_api_key", "slack_bot_token", "database_password",
               "password", "generic_api_key", "jwt", "anthropic_api_key", "gitlab_pat", "sendgrid_api_key", "generic_secret",
               "google_api_key", "npm_access_token", "azure_ad_client_secret", "twilio_auth_token", "huggingface_token"]
    while len(recs) < TARGET_POSITIVES:
        kv_record(rng.sample(popular, rng.pick([1, 1, 2])))
    return recs


# --------------------------------------------------------------------------
# Evasions: the credential is present but encoded / obfuscated.  `value` is
# the span exactly as it appears in the text, `plain` the credential.
# --------------------------------------------------------------------------
# Strong-prefix / self-identifying shapes only, so that the evasion (not the
# missing variable name) is what makes these records hard.
EV_TYPES = ["github_pat", "stripe_secret_key", "slack_bot_token", "openai_api_key", "anthropic_api_key", "gitlab_pat",
            "sendgrid_api_key", "npm_access_token", "huggingface_token", "slack_webhook_url", "google_api_key",
            "digitalocean_pat", "shopify_access_token", "groq_api_key", "github_fine_grained_pat", "dockerhub_pat",
            "vault_token", "telegram_bot_token", "linear_api_key", "pypi_upload_token", "azure_ad_client_secret",
            "sentry_user_token", "discord_webhook_url", "xai_api_key", "brevo_api_key", "doppler_token", "age_secret_key",
            "postman_api_key", "perplexity_api_key"]

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
BIDI = ["\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u202a", "\u202c"]
HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445", "y": "\u0443",
        "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c",
        "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7", "Z": "\u0396", "I": "\u0399", "N": "\u039d", "i": "\u0456"}


def insert_every(s, rng, chars, k):
    out, i = [], 0
    positions = sorted(rng.sample(range(1, len(s)), k))
    last = 0
    for p in positions:
        out.append(s[last:p])
        out.append(rng.pick(chars))
        last = p
    out.append(s[last:])
    return "".join(out)


def qp_encode(text):
    return quopri.encodestring(text.encode()).decode()


def ev_var(t):
    return T[t]["env"][0] if T[t]["env"] else "SECRET"


def build_evasions():
    rng = Rng("privacy_final/evasions/v1")
    recs = []
    ti = [0]

    def tok(forbid=""):
        for _ in range(50):
            t = EV_TYPES[ti[0] % len(EV_TYPES)]
            ti[0] += 1
            try:
                return new_sec(rng, t, forbid)
            except RuntimeError:
                pass
        raise RuntimeError

    def add(enc, cont, tpl, secs, note):
        text, spans = render(tpl, secs)
        for sp in spans:
            assert "plain" in sp
        recs.append({"id": "pf-ev-%04d" % (len(recs) + 1), "type": spans[0]["type"], "container": cont, "encoding": enc,
                     "text": text, "secrets": spans, "source": make_source(cont, secs, note)})

    def E(s, value, plain=None):
        return Sec(value, s.type, plain=plain if plain is not None else s.value, ref=s.ref)

    # base64 of the bare token
    for i in range(6):
        s = tok()
        b = base64.b64encode(s.value.encode()).decode()
        v = [("yaml_config", "integrations:\n  provider: partner-hub\n  # base64 so the scanner stops complaining\n  api_token_b64: \"%s\"\n" % M("a")),
             ("shell_script", "#!/bin/sh\nexport %s=\"$(echo '%s' | base64 -d)\"\nexec ./server\n" % (ev_var(s.type), M("a"))),
             ("python_source", "import base64, os\nos.environ[\"%s\"] = base64.b64decode(\"%s\").decode()\n" % (ev_var(s.type), M("a"))),
             ("slack_message", "Marco  2:12 PM\nencoded it so it doesn't get auto-revoked when I paste it :upside_down_face: `%s`\n" % M("a")),
             ("json_config", "{\n  \"service\": \"notifier\",\n  \"credentials\": {\n    \"encoding\": \"base64\",\n    \"token\": \"%s\"\n  }\n}\n" % M("a")),
             ("github_actions_log", "2024-06-03T10:01:12.3349381Z + echo %s\n2024-06-03T10:01:12.3351110Z + base64 --decode\n" % M("a"))][i]
        add("base64", v[0], v[1], {"a": E(s, b)}, "base64 of the token")
    # base64 of NAME=token lines
    for i in range(6):
        s = tok()
        envtxt = "%s=%s\nLOG_LEVEL=info\n" % (ev_var(s.type), s.value) if i % 2 == 0 else "APP_ENV=production\n%s=%s\n" % (ev_var(s.type), s.value)
        b = base64.b64encode(envtxt.encode()).decode()
        v = [("gitlab_ci_yml", "deploy:\n  script:\n    - echo \"%s\" | base64 -d > .env\n    - docker compose up -d\n" % M("a")),
             ("github_actions_workflow", "      - name: write env\n        run: echo %s | base64 --decode > .env\n" % M("a")),
             ("k8s_configmap_yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-env\nbinaryData:\n  env: %s\n" % M("a")),
             ("dockerfile", "FROM node:20-alpine\nRUN echo \"%s\" | base64 -d > /app/.env\nCMD [\"node\", \"server.js\"]\n" % M("a")),
             ("terraform_hcl", "resource \"aws_instance\" \"worker\" {\n  ami           = \"ami-0c55b159cbfafe1f0\"\n  instance_type = \"t3.small\"\n  user_data_base64 = \"%s\"\n}\n" % M("a")),
             ("dotenv", "ENV_FILE_B64=%s\n" % M("a"))][i]
        add("base64_env_line", v[0], v[1], {"a": E(s, b)}, "base64 of NAME=token lines")
    # hex
    for i in range(6):
        s = tok()
        h = s.value.encode().hex()
        if i == 5:
            h = h.upper()
        v = [("python_source", "KEY = bytes.fromhex(\"%s\").decode()\n" % M("a")),
             ("go_source", "var secret, _ = hex.DecodeString(\"%s\")\n" % M("a")),
             ("application_log", "2024-06-03 10:14:02 DEBUG payload_hex=%s len=%d\n" % (M("a"), len(s.value))),
             ("shell_script", "TOKEN=$(echo %s | xxd -r -p)\n" % M("a")),
             ("yaml_config", "auth:\n  token_hex: %s\n" % M("a")),
             ("java_source", "String apiKey = new String(HexFormat.of().parseHex(\"%s\"));\n" % M("a"))][i]
        add("hex", v[0], v[1], {"a": E(s, h)}, "hex of the token")
    # URL encoding
    for i in range(6):
        if i < 3:
            pw = strong_password(rng, 18, AN + "@:/#?&%+=!")
            while not any(c in pw for c in "@:/#?&%"):
                pw = strong_password(rng, 18, AN + "@:/#?&%+=!")
            s = Sec(pw, "database_password")
            enc = urllib.parse.quote(pw, safe="")
            v = [("sqlalchemy_config", "SQLALCHEMY_DATABASE_URI = \"postgresql://orders:%s@db.internal:5432/orders\"\n" % M("a")),
                 ("dotenv", "DATABASE_URL=mysql://shop:%s@mysql.internal:3306/shop\n" % M("a")),
                 ("curl_command", "curl -X POST https://login.fabrikam.net/oauth/token -d 'grant_type=password&username=ops&password=%s'\n" % M("a"))][i]
            add("url_encoding", v[0], v[1], {"a": E(s, enc)}, "percent-encoded password")
        else:
            s = tok()
            enc = "".join("%%%02X" % b for b in s.value.encode())
            v = [("nginx_access_log", "10.0.0.7 - - [03/Jun/2024:10:11:12 +0000] \"GET /hook?token=%s HTTP/1.1\" 200 2\n" % M("a")),
                 ("har_file", "{\"request\": {\"url\": \"https://api.fleetdash.io/v1/sync?key=%s\", \"method\": \"GET\"}}\n" % M("a")),
                 ("browser_url", "https://app.fleetdash.io/oauth/callback#access_token=%s&token_type=bearer\n" % M("a"))][i - 3]
            add("url_encoding", v[0], v[1], {"a": E(s, enc)}, "every byte percent-encoded")
    # JSON \u escapes
    for i in range(6):
        s = tok("\"\\")
        if i % 2 == 0:
            enc = "".join("\\u%04x" % ord(c) for c in s.value)
        else:
            enc = "".join(("\\u%04x" % ord(c)) if rng.random() < 0.5 else c for c in s.value)
        v = [("json_config", "{\"name\": \"partner\", \"apiKey\": \"%s\"}\n" % M("a")),
             ("sentry_event_json", "{\"extra\": {\"headers\": {\"Authorization\": \"Bearer %s\"}}}\n" % M("a")),
             ("postman_environment", "{\"values\": [{\"key\": \"token\", \"value\": \"%s\", \"enabled\": true}]}\n" % M("a")),
             ("application_log_json", "{\"level\":\"warn\",\"msg\":\"retrying\",\"cfg\":{\"token\":\"%s\"}}\n" % M("a")),
             ("nodejs_source", "const cfg = JSON.parse('{\"key\":\"%s\"}');\n" % M("a")),
             ("har_file", "{\"name\": \"x-api-key\", \"value\": \"%s\"}\n" % M("a"))][i]
        add("json_unicode_escape", v[0], v[1], {"a": E(s, enc)}, "JSON \\u escapes")
    # HTML entities
    for i in range(5):
        s = tok()
        if i % 2 == 0:
            enc = "".join("&#%d;" % ord(c) for c in s.value)
        else:
            enc = "".join(("&#x%x;" % ord(c)) if rng.random() < 0.6 else c for c in s.value)
        v = [("html_page", "<div class=\"debug\">token: <code>%s</code></div>\n" % M("a")),
             ("django_debug_page_html", "<tr><td>PARTNER_KEY</td><td class=\"code\"><pre>&#x27;%s&#x27;</pre></td></tr>\n" % M("a")),
             ("confluence_page_html", "<p>Shared service key: <span>%s</span></p>\n" % M("a")),
             ("email_html", "<html><body><p>Your new API key is <b>%s</b></p></body></html>\n" % M("a")),
             ("xml_config", "<setting name=\"ApiKey\" value=\"%s\" />\n" % M("a"))][i]
        add("html_entities", v[0], v[1], {"a": E(s, enc)}, "HTML numeric character references")
    # zero-width characters inside the token
    for i in range(6):
        s = tok()
        enc = insert_every(s.value, rng, ZW, rng.randrange(1, 4))
        v = [("slack_message", "Nina  9:40 AM\nhere you go: %s\n" % M("a")), ("dotenv", "%s=%s\n" % (ev_var(s.type), M("a"))),
             ("markdown_readme", "Use this key for the demo: `%s`\n" % M("a")), ("python_source", "API_KEY = \"%s\"\n" % M("a")),
             ("teams_message", "[10:02] Ops Bot\nNew credential: %s\n" % M("a")), ("yaml_config", "token: %s\n" % M("a"))][i]
        add("zero_width", v[0], v[1], {"a": E(s, enc)}, "zero-width characters inside the token")
    # bidi controls
    for i in range(5):
        s = tok()
        enc = insert_every(s.value, rng, BIDI, rng.randrange(1, 3))
        v = [("github_pr_review_comment", "please remove `%s` from the fixture\n" % M("a")), ("js_config", "module.exports = { key: '%s' };\n" % M("a")),
             ("chat_message", "el token es %s\n" % M("a")), ("ini_config", "[auth]\ntoken = %s\n" % M("a")), ("email", "Key: %s\nRegards\n" % M("a"))][i]
        add("bidi_controls", v[0], v[1], {"a": E(s, enc)}, "Unicode bidi control characters inside the token")
    # full-width forms
    for i in range(5):
        s = tok()
        enc = "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s.value)
        v = [("chat_message", "トークン：%s\n" % M("a")), ("chat_message", "密钥是 %s\n" % M("a")), ("slack_message", "key → %s\n" % M("a")),
             ("email", "API キー：%s\nよろしくお願いします。\n" % M("a")), ("jira_comment", "Token (copied from the Japanese IME): %s\n" % M("a"))][i]
        add("fullwidth", v[0], v[1], {"a": E(s, enc)}, "full-width compatibility forms")
    # homoglyphs
    for i in range(6):
        s = tok()
        chars = list(s.value)
        idx = [j for j, c in enumerate(chars) if c in HOMO]
        for j in rng.sample(idx, min(len(idx), rng.randrange(2, 5))):
            chars[j] = HOMO[chars[j]]
        enc = "".join(chars)
        if enc == s.value:
            continue
        v = [("slack_message", "try %s\n" % M("a")), ("dotenv", "%s=%s\n" % (ev_var(s.type), M("a"))), ("python_source", "TOKEN = '%s'\n" % M("a")),
             ("github_issue_comment", "I set `%s=%s` and it still fails\n" % (ev_var(s.type), M("a"))), ("yaml_config", "key: \"%s\"\n" % M("a")),
             ("chat_message", "ключ: %s\n" % M("a"))][i]
        add("homoglyph", v[0], v[1], {"a": E(s, enc)}, "Cyrillic/Greek look-alike letters substituted")
    # ANSI colour codes inside the token
    for i in range(5):
        s = tok()
        cut = rng.randrange(3, len(s.value) - 3)
        col = rng.pick(["\x1b[32m", "\x1b[1;33m", "\x1b[36m", "\x1b[38;5;208m"])
        enc = s.value[:cut] + "\x1b[0m" + col + s.value[cut:]
        v = [("terminal_session", "$ ./bootstrap --show-config\n\x1b[1mtoken\x1b[0m: \x1b[32m%s\x1b[0m\n" % M("a")),
             ("ci_log", "\x1b[36;1m%s=\x1b[0m\x1b[33m%s\x1b[0m\n" % (ev_var(s.type), M("a"))),
             ("docker_compose_logs", "api-1  | \x1b[2m2024-06-03T10:00:01Z\x1b[0m \x1b[34mINFO\x1b[0m using key \x1b[35m%s\x1b[0m\n" % M("a")),
             ("terminal_session", "\x1b[1;32m✔\x1b[0m Created token \x1b[1m%s\x1b[0m\n" % M("a")),
             ("jenkins_console_log", "[Pipeline] echo\n\x1b[8mha:////4A==\x1b[0m\x1b[31m%s\x1b[0m\n" % M("a"))][i]
        add("ansi_escape", v[0], v[1], {"a": E(s, enc)}, "ANSI SGR colour codes inside the token")
    # split across lines
    for i in range(5):
        s = tok()
        cut = rng.randrange(6, len(s.value) - 4)
        if i == 0:
            enc = s.value[:cut] + "\\\n" + s.value[cut:]
            tpl = "export %s=%s\n" % (ev_var(s.type), M("a"))
        elif i == 1:
            parts = [s.value[j:j + 16] for j in range(0, len(s.value), 16)]
            enc = "\\\n  ".join(parts)
            tpl = "token: \"%s\"\nother: 1\n" % M("a")
        elif i == 2:
            enc = s.value[:cut] + "\n" + s.value[cut:]
            tpl = "Maya  4:02 PM\nsorry my client wrapped it:\n%s\n" % M("a")
        elif i == 3:
            enc = s.value[:cut] + "\r\n " + s.value[cut:]
            tpl = "X-Partner-Key: %s\r\nContent-Type: application/json\r\n" % M("a")
        else:
            parts = [s.value[j:j + 20] for j in range(0, len(s.value), 20)]
            enc = "\n".join(parts)
            tpl = "-- paste --\n%s\n-- end --\n" % M("a")
        cont = ["shell_rc_export", "yaml_config", "slack_message", "raw_http_request", "pastebin_note"][i]
        add("line_split", cont, tpl, {"a": E(s, enc)}, "token broken across lines")
    # string concatenation
    for i in range(6):
        s = tok("\"'")
        n = rng.pick([2, 3])
        cuts = sorted(rng.sample(range(2, len(s.value) - 1), n - 1))
        parts = [s.value[a:b] for a, b in zip([0] + cuts, cuts + [len(s.value)])]
        if i == 0:
            enc = "\" + \"".join(parts); tpl = "API_KEY = \"%s\"\n" % M("a"); cont = "python_source"
        elif i == 1:
            enc = "' +\n  '".join(parts); tpl = "const key =\n  '%s';\n" % M("a"); cont = "nodejs_source"
        elif i == 2:
            enc = "\" + \"".join(parts); tpl = "private static final String TOKEN = \"%s\";\n" % M("a"); cont = "java_source"
        elif i == 3:
            enc = "\"\n    \"".join(parts); tpl = "TOKEN = (\n    \"%s\"\n)\n" % M("a"); cont = "python_source"
        elif i == 4:
            enc = "\" . \"".join(parts); tpl = "$key = \"%s\";\n" % M("a"); cont = "php_source"
        else:
            enc = "\"\"".join(parts); tpl = "export %s=\"%s\"\n" % (ev_var(s.type), M("a")); cont = "shell_script"
        add("string_concatenation", cont, tpl, {"a": E(s, enc)}, "token assembled from string literals")
    # reversed
    for i in range(5):
        s = tok()
        enc = s.value[::-1]
        v = [("python_source", "KEY = \"%s\"[::-1]\n" % M("a")), ("nodejs_source", "const k = '%s'.split('').reverse().join('');\n" % M("a")),
             ("shell_script", "TOKEN=$(echo '%s' | rev)\n" % M("a")), ("yaml_config", "token_reversed: \"%s\"\n" % M("a")),
             ("slack_message", "reversed it so bots don't catch it lol: %s\n" % M("a"))][i]
        add("reversed", v[0], v[1], {"a": E(s, enc)}, "reversed string")
    # rot13
    for i in range(5):
        s = tok()
        enc = codecs.encode(s.value, "rot13")
        v = [("python_source", "import codecs\nTOKEN = codecs.decode(\"%s\", \"rot13\")\n" % M("a")),
             ("shell_script", "KEY=$(echo '%s' | tr 'A-Za-z' 'N-ZA-Mn-za-m')\n" % M("a")),
             ("yaml_config", "obfuscated_key: %s  # rot13\n" % M("a")), ("chat_message", "rot13: %s\n" % M("a")),
             ("ruby_source", "KEY = '%s'.tr('A-Za-z', 'N-ZA-Mn-za-m')\n" % M("a"))][i]
        add("rot13", v[0], v[1], {"a": E(s, enc)}, "ROT13")
    # gzip + base64
    for i in range(5):
        s = tok()
        payload = s.value if i % 2 == 0 else "%s=%s\nREGION=eu-west-1\n" % (ev_var(s.type), s.value)
        enc = base64.b64encode(gzip.compress(payload.encode(), compresslevel=9, mtime=0)).decode()
        v = [("shell_script", "echo '%s' | base64 -d | gunzip > .env\n" % M("a")),
             ("k8s_configmap_yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bootstrap\ndata:\n  env.gz.b64: %s\n" % M("a")),
             ("python_source", "import base64, gzip\nCFG = gzip.decompress(base64.b64decode(\"%s\"))\n" % M("a")),
             ("terraform_hcl", "user_data = \"%s\"\n" % M("a")), ("json_config", "{\"blob\": \"%s\", \"codec\": \"gzip+base64\"}\n" % M("a"))][i]
        add("gzip_base64", v[0], v[1], {"a": E(s, enc)}, "gzip then base64")
    # quoted-printable e-mail bodies
    intros = ["Hello Tom, as requested we have created credentials for the integration account.",
              "Hi Aylin, following up on ticket #48211 - the sandbox has been provisioned for your team.",
              "Dear customer, thank you for upgrading. Below you will find the credentials for your workspace.",
              "Bonjour Julien, voici les identifiants de production pour le connecteur de facturation.",
              "Hallo Stefan, anbei die Zugangsdaten fuer die neue Schnittstelle zum Lagerverwaltungssystem."]
    for i in range(5):
        for attempt in range(40):
            s = tok()
            pad = intros[i] + " " * rng.randrange(0, 3)
            prefix = pad + " Your new key="
            body = qp_encode(prefix + s.value + " (expires in 90 days)")
            start = end = None
            for k in range(len(body) + 1):
                if quopri.decodestring(body[:k].encode()).decode() == prefix and body[k:k + 1] not in ("=", "\n"):
                    start = k
                    break
            if start is None:
                continue
            for k in range(start, len(body) + 1):
                if quopri.decodestring(body[start:k].encode()).decode() == s.value:
                    end = k
                    break
            if end is not None and "=\n" in body[start:end]:
                break
        else:
            raise RuntimeError("qp")
        enc = body[start:end]
        tpl = ("MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\nSubject: API access\n\n"
               + body[:start] + M("a") + body[end:])
        add("quoted_printable", "email_mime", tpl, {"a": E(s, enc)}, "quoted-printable body (soft line breaks, =3D)")
    # base32
    for i in range(3):
        s = tok()
        enc = base64.b32encode(s.value.encode()).decode()
        v = [("python_source", "SECRET = base64.b32decode(\"%s\").decode()\n" % M("a")), ("yaml_config", "key_b32: %s\n" % M("a")),
             ("dotenv", "PARTNER_KEY_B32=%s\n" % M("a"))][i]
        add("base32", v[0], v[1], {"a": E(s, enc)}, "base32")
    # double base64
    for i in range(3):
        s = tok()
        enc = base64.b64encode(base64.b64encode(s.value.encode())).decode()
        v = [("k8s_secret_yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: double-encoded\ndata:\n  token: %s\n" % M("a")),
             ("json_config", "{\"token\": \"%s\"}\n" % M("a")), ("shell_script", "T=$(echo %s | base64 -d | base64 -d)\n" % M("a"))][i]
        add("double_base64", v[0], v[1], {"a": E(s, enc)}, "base64 applied twice")
    # char-code arrays
    for i in range(3):
        s = tok()
        codes = ",".join(str(ord(c)) for c in s.value)
        v = [("nodejs_source", "const key = String.fromCharCode(%s);\n" % M("a")), ("python_source", "KEY = ''.join(map(chr, [%s]))\n" % M("a")),
             ("java_source", "String k = new String(new char[]{%s});\n" % M("a"))][i]
        add("char_codes", v[0], v[1], {"a": E(s, codes)}, "decimal character codes")
    # \x escapes in C / shell
    for i in range(3):
        s = tok()
        enc = "".join("\\x%02x" % ord(c) for c in s.value)
        v = [("c_source", "static const char *TOKEN = \"%s\";\n" % M("a")), ("shell_script", "printf '%s' > ~/.token\n" % M("a")),
             ("python_source", "TOKEN = \"%s\"\n" % M("a"))][i]
        add("hex_escape", v[0], v[1], {"a": E(s, enc)}, "\\xNN escapes")
    # base64 of a private key (CI variable)
    for i in range(2):
        key, _ = openssh_ed25519(rng, "ci-deploy-%d" % i)
        enc = base64.b64encode((key + "\n").encode()).decode()
        s = Sec(enc, "private_key_openssh", plain=key + "\n")
        tpl = ["      - run: echo \"%s\" | base64 -d > ~/.ssh/id_ed25519\n" % M("a"), "SSH_PRIVATE_KEY_B64=%s\n" % M("a")][i]
        add("base64", ["github_actions_workflow", "dotenv"][i], tpl, {"a": s}, "base64 of an OpenSSH private key")
    return recs


# --------------------------------------------------------------------------
# Hard negatives: nothing here may be reported.
# --------------------------------------------------------------------------
def _png_data_uri(rng, w=12, h=12):
    raw = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(png).decode()


def _fake_cert_pem(rng, label="CERTIFICATE"):
    d, pub = p256_key(rng)
    tbs = der_seq(der(0xA0, der_int(2)), der_int(rng.getrandbits(120)), der_seq(der_oid("1.2.840.10045.4.3.2")),
                  der_seq(der(0x31, der_seq(der_oid("2.5.4.3"), der(0x0C, b"fleetdash-internal-ca")))),
                  der_seq(der(0x17, b"240101000000Z"), der(0x17, b"260101000000Z")),
                  der_seq(der(0x31, der_seq(der_oid("2.5.4.3"), der(0x0C, b"api.fleetdash.io")))), ec_spki_der(pub))
    sig = der_seq(der_int(rng.getrandbits(255)), der_int(rng.getrandbits(255)))
    return pem(label, der_seq(tbs, der_seq(der_oid("1.2.840.10045.4.3.2")), der(0x03, b"\x00" + sig)))


def _sri(rng, alg="sha384"):
    n = {"sha256": 32, "sha384": 48, "sha512": 64}[alg]
    return alg + "-" + base64.b64encode(rng.randbytes(n)).decode()


def build_negatives():
    rng = Rng("privacy_final/negatives/v1")
    recs = []

    def neg(cls, cont, text, note):
        recs.append({"id": "pf-neg-%04d" % (len(recs) + 1), "class": cls, "container": cont, "text": text,
                     "source": "synthetic (build_final.py): %s - %s" % (cont, note)})

    # ---- documentation example values ------------------------------------------------
    neg("doc_example", "markdown_docs", "```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n\nReplace the example values above with your own keys.\n",
        "AWS documentation example key pair (published by AWS, EXAMPLE marker)")
    neg("doc_example", "python_source", "# Example from the AWS docs - not a real key\nclient = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"AKIAIOSFODNN7EXAMPLE\",\n    aws_secret_access_key=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\",\n)\n",
        "AWS documentation example key pair in a code sample")
    neg("doc_example", "markdown_docs", "The client authenticates with HTTP Basic using the client identifier `s6BhdRkqt3` and password `7Fjfp0ZBr1KtDRbnfVdmIw`:\n\n    Authorization: Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3\n",
        "RFC 6749 section 2.3.1 example client credentials")
    neg("doc_example", "markdown_docs", "Example (RFC 6750, section 2.1):\n\n    GET /resource HTTP/1.1\n    Host: server.example.com\n    Authorization: Bearer mF_9.B5f-4.1JqM\n",
        "RFC 6750 example bearer token")
    neg("doc_example", "markdown_docs", "As in RFC 7617, the user-id \"Aladdin\" with password \"open sesame\" is sent as:\n\n    Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n",
        "RFC 7617 Basic example credentials")
    neg("doc_example", "markdown_docs", "Token response example (RFC 6749 section 5.1):\n\n```json\n{\n  \"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",\n  \"token_type\":\"example\",\n  \"expires_in\":3600,\n  \"refresh_token\":\"tGzv3JOkF0XG5Qx2TlKWIA\"\n}\n```\n",
        "RFC 6749 example access/refresh tokens")
    jwt_doc = jwt_token(rng, {"sub": "1234567890", "name": "John Doe", "iat": 1516239022}, key=b"your-256-bit-secret")
    neg("doc_example", "markdown_docs", "Paste a token into the debugger to decode it, e.g. the default sample:\n\n    %s\n\nThe signature is verified with the secret `your-256-bit-secret`.\n" % jwt_doc,
        "jwt.io default sample token (recomputed: HS256 over the well-known sample claims)")
    neg("doc_example", "docker_compose", "services:\n  azurite:\n    image: mcr.microsoft.com/azure-storage/azurite\n    ports: [\"10000:10000\"]\n  app:\n    environment:\n"
        "      # well-known Azurite development account, documented by Microsoft\n      AZURE_STORAGE_CONNECTION_STRING: \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;\"\n",
        "Azurite/Storage Emulator well-known development key (Microsoft docs)")
    neg("doc_example", "markdown_docs", "Set up an incoming webhook and paste its URL, which looks like\n`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.\n",
        "Slack documentation placeholder webhook")
    neg("doc_example", "markdown_docs", "Connection string format:\n\n    mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true&w=majority\n",
        "MongoDB documentation connection string template")
    neg("doc_example", "markdown_docs", "Use a URL of the form `postgresql://user:password@localhost:5432/mydb` (see libpq connection URIs).\n",
        "PostgreSQL-style documentation URI with literal user:password")
    neg("doc_example", "markdown_docs", "### Authentication\nAll requests must include your key in the `X-API-Key` header:\n\n```bash\ncurl -H \"X-API-Key: YOUR_API_KEY\" https://api.example.com/v1/items\n```\n",
        "API docs with placeholder key")
    neg("doc_example", "markdown_docs", "For local testing, Stripe test mode keys start with `sk_test_` and publishable keys with `pk_test_`. Never use `sk_live_` keys in CI.\n",
        "prose naming key prefixes only")
    neg("doc_example", "openapi_yaml", "components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n  examples:\n    TokenExample:\n      value:\n        access_token: \"<JWT>\"\n        token_type: Bearer\n        expires_in: 3600\n",
        "OpenAPI security scheme with placeholder")
    neg("doc_example", "markdown_docs", "```yaml\n# values.yaml (example)\npostgresql:\n  auth:\n    password: \"changeme-in-production\"   # example only, override with --set\n```\n",
        "chart README example value explicitly marked as example")
    neg("doc_example", "env_example", "# .env.example - copy to .env and fill in\nDATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DBNAME\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nOPENAI_API_KEY=sk-...\nGITHUB_TOKEN=ghp_your_token\nSESSION_SECRET=replace-with-a-long-random-string\n",
        ".env.example template")
    neg("doc_example", "markdown_docs", "Example SSH config entry:\n\n```\nHost github.com\n  IdentityFile ~/.ssh/id_ed25519\n  AddKeysToAgent yes\n```\n\nThe private key itself stays in `~/.ssh` and is never shared.\n",
        "SSH config without key material")
    neg("doc_example", "markdown_docs", "The header should look like `Authorization: token ghp_<your-40-character-token>` - replace it with your own token.\n",
        "docs with a bracketed placeholder after a real prefix")

    # ---- public by design -----------------------------------------------------------
    for i in range(3):
        pk = "pk_live_51" + rng.s(97, AN)
        neg("public_by_design", rng.pick(["html_page", "nextjs_env", "js_config"]),
            ["<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('%s');\n  const elements = stripe.elements();\n</script>\n" % pk,
             "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s\nNEXT_PUBLIC_APP_URL=https://shop.fleetdash.io\n" % pk,
             "export const stripeConfig = {\n  publishableKey: '%s',\n  locale: 'auto',\n};\n" % pk][i], "Stripe publishable key (designed for browsers)")
    for i in range(3):
        api = "AIzaSy" + rng.s(33, AN + "-_")
        proj = rng.pick(["fleetdash-web", "shopsync-prod", "acme-chat-4f2a1"])
        if i < 2:
            neg("public_by_design", "firebase_web_config",
                "// Firebase web app config (safe to expose; access is enforced by Security Rules)\nconst firebaseConfig = {\n  apiKey: \"%s\",\n  authDomain: \"%s.firebaseapp.com\",\n"
                "  projectId: \"%s\",\n  storageBucket: \"%s.appspot.com\",\n  messagingSenderId: \"%s\",\n  appId: \"1:%s:web:%s\",\n  measurementId: \"G-%s\"\n};\n"
                % (api, proj, proj, proj, rng.digits(12), rng.digits(12), rng.hex(22), rng.s(10, UP + DG)), "Firebase web config (public by design)")
        else:
            num = rng.digits(12)
            neg("public_by_design", "google_services_json",
                "{\n  \"project_info\": {\n    \"project_number\": \"%s\",\n    \"project_id\": \"%s\",\n    \"storage_bucket\": \"%s.appspot.com\"\n  },\n  \"client\": [\n    {\n"
                "      \"client_info\": {\n        \"mobilesdk_app_id\": \"1:%s:android:%s\",\n        \"android_client_info\": { \"package_name\": \"io.fleetdash.driver\" }\n      },\n"
                "      \"api_key\": [ { \"current_key\": \"%s\" } ]\n    }\n  ],\n  \"configuration_version\": \"1\"\n}\n" % (num, proj, proj, num, rng.hex(16), api),
                "Android google-services.json (API key is an app identifier)")
    for i in range(2):
        anon = _supabase_jwt(rng, "anon")
        ref = rng.s(20, LO)
        neg("public_by_design", "nextjs_env", "NEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=%s\n" % (ref, anon),
            "Supabase anon key (JWT with role=anon; meant for clients, protected by RLS)")
    neg("public_by_design", "js_config", "import { createClient } from '@supabase/supabase-js'\nexport const supabase = createClient(\n  'https://%s.supabase.co',\n  '%s'\n)\n" % (rng.s(20, LO), "sb_publishable_" + rng.s(31, AN + "-_")),
        "Supabase publishable key")
    for i in range(2):
        sk = "6L" + rng.s(38, AN + "-_")
        neg("public_by_design", "html_page", "<form action=\"/signup\" method=\"POST\">\n  <input name=\"email\" type=\"email\">\n  <div class=\"g-recaptcha\" data-sitekey=\"%s\"></div>\n  <button>Sign up</button>\n</form>\n" % sk,
            "reCAPTCHA site key in HTML (public)")
    neg("public_by_design", "html_page", "<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\" data-theme=\"light\"></div>\n" % rng.s(14, AN + "_-"), "Cloudflare Turnstile site key")
    neg("public_by_design", "html_page", "<div class=\"h-captcha\" data-sitekey=\"%s\"></div>\n<script src=\"https://js.hcaptcha.com/1/api.js\" async defer></script>\n" % rng.uuid(), "hCaptcha site key")
    for i in range(2):
        neg("public_by_design", "js_config", "mapboxgl.accessToken = '%s';\nconst map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12' });\n" % _mapbox(rng, "pk"),
            "Mapbox public (pk.) token")
    neg("public_by_design", "js_config", "import algoliasearch from 'algoliasearch/lite';\n// search-only key, safe for the browser\nconst searchClient = algoliasearch('%s', '%s');\n" % (rng.s(10, UP + DG), rng.hex(32)),
        "Algolia search-only API key in front-end code")
    for i in range(2):
        neg("public_by_design", "js_config", "Sentry.init({\n  dsn: \"https://%s@o%s.ingest.us.sentry.io/%s\",\n  tracesSampleRate: 0.2,\n  environment: \"production\",\n});\n" % (rng.hex(32), rng.digits(6), rng.digits(7)),
            "Sentry DSN (public client key)")
    neg("public_by_design", "js_config", "posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com', person_profiles: 'identified_only' })\n" % rng.s(43, AN), "PostHog project API key (phc_, write-only public)")
    neg("public_by_design", "html_page", "<script>\n  !function(){var analytics=window.analytics=window.analytics||[];analytics.load(\"%s\");analytics.page();}();\n</script>\n" % rng.s(32, AN), "Segment write key in analytics.js snippet")
    neg("public_by_design", "js_config", "mixpanel.init('%s', { debug: false, track_pageview: true, persistence: 'localStorage' });\n" % rng.hex(32), "Mixpanel project token")
    neg("public_by_design", "js_config", "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init('%s', { defaultTracking: true });\n" % rng.hex(32), "Amplitude browser API key")
    neg("public_by_design", "js_config", "const ldClient = LDClient.initialize('%s', { kind: 'user', key: userId });\n" % rng.hex(24), "LaunchDarkly client-side ID")
    neg("public_by_design", "js_config", "datadogRum.init({\n  applicationId: '%s',\n  clientToken: 'pub%s',\n  site: 'datadoghq.eu',\n  service: 'web',\n  sessionSampleRate: 20,\n});\n" % (rng.uuid(), rng.hex(32)),
        "Datadog RUM client token (pub..., public)")
    neg("public_by_design", "html_page", "<meta name=\"google-signin-client_id\" content=\"%s-%s.apps.googleusercontent.com\">\n" % (rng.digits(12), rng.s(32, LO + DG)), "Google OAuth client ID (public)")
    neg("public_by_design", "js_config", "export const auth0Config = {\n  domain: 'fleetdash.eu.auth0.com',\n  clientId: '%s',\n  authorizationParams: { redirect_uri: window.location.origin },\n};\n" % rng.s(32, AN),
        "Auth0 SPA client ID (public)")
    neg("public_by_design", "html_page", "<script async src=\"https://maps.googleapis.com/maps/api/js?key=%s&callback=initMap&libraries=places\"></script>\n" % ("AIzaSy" + rng.s(33, AN + "-_")),
        "Google Maps JavaScript API key (browser key restricted by HTTP referrer)")
    neg("public_by_design", "html_page", "<script src=\"https://www.paypal.com/sdk/js?client-id=A%s&currency=EUR\"></script>\n" % rng.s(79, AN + "-_"), "PayPal JS SDK client-id (public)")
    neg("public_by_design", "js_config", "const pusher = new Pusher('%s', { cluster: 'eu', forceTLS: true });\n" % rng.hex(20), "Pusher app key (public; secret stays server-side)")
    neg("public_by_design", "html_page", "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-%s\"></script>\n<script>gtag('config', 'G-%s');</script>\n" % ((g := rng.s(10, UP + DG)), g), "GA4 measurement ID")
    neg("public_by_design", "wireguard_conf", "[Peer]\n# laptop-anna\nPublicKey = %s\nAllowedIPs = 10.8.0.7/32\n" % base64.b64encode(rng.randbytes(32)).decode(), "WireGuard peer public key only")

    # ---- placeholders -------------------------------------------------------------
    ph = [
        ("dotenv", "OPENAI_API_KEY=<your-openai-api-key>\nANTHROPIC_API_KEY=<your-anthropic-key>\n"),
        ("yaml_config", "slack:\n  bot_token: xoxb-your-bot-token-here\n  signing_secret: YOUR_SIGNING_SECRET\n"),
        ("python_source", "API_KEY = \"REPLACE_ME\"  # set via environment in production\n"),
        ("json_config", "{\n  \"apiKey\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\n  \"apiSecret\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n}\n"),
        ("dotenv", "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n"),
        ("markdown_docs", "Set `AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX` and `AWS_SECRET_ACCESS_KEY=****************************************`.\n"),
        ("terraform_tfvars", "db_password = \"CHANGE_ME\"\napi_token   = \"TODO\"\n"),
        ("k8s_secret_yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: example\nstringData:\n  password: \"<set-me>\"\n  token: \"\"\n"),
        ("docker_compose", "    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}\n"),
        ("ini_config", "[auth]\nusername = your_username\npassword = your_password\n"),
        ("java_properties", "spring.datasource.password=\nspring.mail.password=\n"),
        ("xml_config", "<add key=\"ClearTextPassword\" value=\"%PAT%\" />\n"),
        ("php_source", "define( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\n"),
        ("curl_command", "curl -H \"Authorization: Bearer <ACCESS_TOKEN>\" https://api.example.com/v1/me\n"),
        ("python_source", "client = OpenAI(api_key=\"sk-...\")  # replace with your key\n"),
        ("npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"),
        ("pypirc", "[pypi]\nusername = __token__\npassword = pypi-<your-token>\n"),
        ("maven_settings_xml", "<server>\n  <id>ossrh</id>\n  <username>${env.OSSRH_USERNAME}</username>\n  <password>${env.OSSRH_PASSWORD}</password>\n</server>\n"),
        ("dotenv", "SECRET_KEY=dummy-secret-key-for-tests-only\nDATABASE_URL=sqlite:///test.db\n"),
        ("yaml_config", "stripe:\n  secret_key: sk_test_XXXXXXXXXXXXXXXXXXXXXXXX\n"),
        ("js_config", "const firebaseAdminKey = process.env.FIREBASE_ADMIN_KEY ?? 'MISSING';\n"),
        ("aws_credentials_file", "[default]\naws_access_key_id = YOUR_ACCESS_KEY_ID\naws_secret_access_key = YOUR_SECRET_ACCESS_KEY\n"),
        ("kubeconfig", "users:\n- name: ci\n  user:\n    token: REDACTED_TOKEN_PLACEHOLDER\n"),
        ("slack_message", "Use `export VAULT_TOKEN=<paste token from vault login here>` before running the script\n"),
        ("github_issue", "My config (keys removed):\n```\napi_key: \"my-api-key\"\nsecret: \"my-secret\"\n```\n"),
        ("ssh_config_and_key", "-----BEGIN OPENSSH PRIVATE KEY-----\n<redacted - paste your key here>\n-----END OPENSSH PRIVATE KEY-----\n"),
        ("terraform_hcl", "variable \"db_password\" {\n  type      = string\n  sensitive = true\n  default   = \"\"\n}\n"),
    ]
    for cont, text in ph:
        neg("placeholder", cont, text, "placeholder / empty / template value")

    # ---- template variables ----------------------------------------------------------
    tv = [
        ("helm_template", "env:\n  - name: DB_PASSWORD\n    value: {{ .Values.db.password | quote }}\n  - name: API_TOKEN\n    value: {{ required \"apiToken is required\" .Values.apiToken }}\n"),
        ("jinja_template", "[client]\nuser={{ mysql_user }}\npassword={{ mysql_password }}\n"),
        ("erb_template", "production:\n  password: <%= ENV['DATABASE_PASSWORD'] %>\n  secret_key_base: <%= Rails.application.credentials.secret_key_base %>\n"),
        ("python_source", "DSN = \"postgresql://%(user)s:%(password)s@%(host)s/%(db)s\" % cfg\n"),
        ("python_source", "url = f\"https://{user}:{password}@{host}/repo.git\"\n"),
        ("terraform_hcl", "resource \"aws_db_instance\" \"main\" {\n  username = var.db_username\n  password = var.db_password\n}\n"),
        ("azure_pipelines_yml", "- script: az login --service-principal -u $(ARM_CLIENT_ID) -p $(ARM_CLIENT_SECRET) --tenant $(ARM_TENANT_ID)\n"),
        ("github_actions_workflow", "      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"),
        ("go_template", "password: {{ .Password }}\ntoken: {{ index .Secrets \"token\" }}\n"),
        ("mustache_template", "Authorization: Bearer {{access_token}}\n"),
        ("octopus_config", "<add key=\"ApiKey\" value=\"#{Partner.ApiKey}\" />\n"),
        ("replace_tokens_config", "{ \"ConnectionStrings\": { \"Default\": \"Server=sql01;User Id=app;Password=__DB_PASSWORD__;\" } }\n"),
        ("shell_script", "curl -u \"$JENKINS_USER:$JENKINS_API_TOKEN\" \"$JENKINS_URL/job/release/build\"\n"),
        ("docker_compose", "    environment:\n      - DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\n"),
        ("spring_application_yml", "spring:\n  datasource:\n    password: ${DB_PASSWORD:}\n    username: ${DB_USER:app}\n"),
        ("ansible_playbook", "- name: create db user\n  community.postgresql.postgresql_user:\n    name: app\n    password: \"{{ vault_app_db_password }}\"\n"),
        ("postman_collection", "{\"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"{{accessToken}}\", \"type\": \"string\"}]}}\n"),
        ("kustomization_yaml", "secretGenerator:\n- name: app-secrets\n  envs:\n  - secrets.env\n"),
    ]
    for cont, text in tv:
        neg("template_variable", cont, text, "template variable / interpolation, no value")

    # ---- references to env vars / secret managers ------------------------------------
    sm = [
        ("python_source", "import os\nSTRIPE_KEY = os.environ[\"STRIPE_SECRET_KEY\"]\nDB_PASSWORD = os.getenv(\"DB_PASSWORD\")\n"),
        ("nodejs_source", "const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n"),
        ("k8s_deployment_yaml", "        env:\n          - name: DB_PASSWORD\n            valueFrom:\n              secretKeyRef:\n                name: checkout-db\n                key: password\n"),
        ("ecs_task_definition", "\"secrets\": [{\"name\": \"DB_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:eu-west-1:%s:secret:prod/orders/db-%s\"}]\n" % (rng.digits(12), rng.s(6, AN))),
        ("serverless_yml", "  environment:\n    API_KEY: ${ssm:/prod/partner/api-key}\n    DB_PASSWORD: ${ssm:/prod/orders/db-password}\n"),
        ("dotenv", "DB_PASSWORD=op://Engineering/orders-db/password\nSTRIPE_SECRET_KEY=op://Engineering/Stripe/credential\n"),
        ("yaml_config", "database:\n  password: vault:secret/data/orders/db#password\n"),
        ("appsettings_json", "{ \"PartnerApiKey\": \"@Microsoft.KeyVault(SecretUri=https://fd-prod-kv.vault.azure.net/secrets/PartnerApiKey/)\" }\n"),
        ("gcp_config", "secretEnv:\n  - DB_PASSWORD\navailableSecrets:\n  secretManager:\n  - versionName: projects/%s/secrets/db-password/versions/latest\n    env: DB_PASSWORD\n" % rng.digits(12)),
        ("external_secret_yaml", "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: orders-db\nspec:\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  data:\n  - secretKey: password\n    remoteRef:\n      key: prod/orders/db\n      property: password\n"),
        ("docker_compose", "secrets:\n  db_password:\n    file: ./secrets/db_password.txt\nservices:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n"),
        ("systemd_unit", "[Service]\nLoadCredential=api-token:/etc/credstore/api-token\nExecStart=/usr/local/bin/agent --token-file=${CREDENTIALS_DIRECTORY}/api-token\n"),
        ("shell_script", "export GITHUB_TOKEN=$(gh auth token)\nexport VAULT_TOKEN=$(cat ~/.vault-token)\n"),
        ("shell_script", "doppler run --project api --config prd -- ./start.sh\n"),
        ("java_source", "String password = System.getenv(\"DB_PASSWORD\");\nif (password == null) throw new IllegalStateException(\"DB_PASSWORD not set\");\n"),
        ("csharp_source", "var apiKey = builder.Configuration[\"Partner:ApiKey\"];\n"),
        ("ruby_source", "Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)\n"),
        ("kubectl_describe_pod", "    Environment:\n      DB_PASSWORD:  <set to the key 'password' in secret 'orders-db'>  Optional: false\n      API_TOKEN:    <set to the key 'token' in secret 'partner'>     Optional: false\n"),
        ("terraform_hcl", "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"prod/orders/db\"\n}\n"),
        ("github_actions_workflow", "    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::%s:role/gha-deployer\n          aws-region: eu-west-1\n" % rng.digits(12)),
    ]
    for cont, text in sm:
        neg("secret_reference", cont, text, "reference to a secret store / environment, not the value")

    # ---- encrypted at rest (safe to commit by design) --------------------------------
    def sops_val(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (rng.b64(n), rng.b64(32), rng.b64(16))
    neg("encrypted_value", "sops_yaml", "db:\n    password: %s\n    user: %s\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:%s:key/%s\n          created_at: \"2024-05-02T10:11:12Z\"\n    lastmodified: \"2024-05-02T10:11:13Z\"\n    mac: %s\n    version: 3.8.1\n"
        % (sops_val(18), sops_val(6), rng.digits(12), rng.uuid(), sops_val(32)), "SOPS-encrypted values")
    av = "\n".join(rng.hex(80) for _ in range(5))
    neg("encrypted_value", "ansible_vault", "db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          " + av.replace("\n", "\n          ") + "\n", "Ansible Vault ciphertext")
    neg("encrypted_value", "jenkins_credentials_xml", "<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>nexus</id>\n  <username>deployment</username>\n"
        "  <password>{%s}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n" % rng.b64(120), "Jenkins credential stored encrypted ({AQAAABAAAAA...} form)")
    neg("encrypted_value", "sealed_secret_yaml", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: orders-db\n  namespace: prod\nspec:\n  encryptedData:\n    password: %s\n" % rng.b64(380),
        "Bitnami SealedSecret (encrypted for the cluster key)")
    neg("encrypted_value", "travis_yml", "env:\n  global:\n    - secure: \"%s\"\n" % rng.b64(256), "Travis CI encrypted variable")
    neg("encrypted_value", "rails_credentials_enc", "%s--%s--%s\n" % (rng.b64(420), rng.b64(12), rng.b64(16)), "Rails credentials.yml.enc ciphertext")
    neg("encrypted_value", "age_encrypted", "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % wrap(base64.b64encode(b"age-encryption.org/v1\n-> X25519 " + rng.randbytes(180)).decode(), 64),
        "age-encrypted file (ciphertext)")
    neg("encrypted_value", "pgp_message", pgp_armor("MESSAGE", bytes([0xC1]) + rng.randbytes(200)), "PGP encrypted message")

    # ---- hashes, checksums, SRI, lockfiles -------------------------------------------
    neg("hash_checksum", "sha256sums", "".join("%s  %s\n" % (rng.hex(64), f) for f in ["fd-agent_2.4.0_linux_amd64.tar.gz", "fd-agent_2.4.0_linux_arm64.tar.gz", "fd-agent_2.4.0_darwin_arm64.tar.gz"]), "SHA256SUMS file")
    neg("hash_checksum", "package_lock_json", "    \"node_modules/lodash\": {\n      \"version\": \"4.17.21\",\n      \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n      \"integrity\": \"%s\"\n    },\n" % _sri(rng, "sha512"), "npm lockfile integrity")
    neg("hash_checksum", "yarn_lock", "\"react@^18.2.0\":\n  version \"18.3.1\"\n  resolved \"https://registry.yarnpkg.com/react/-/react-18.3.1.tgz#%s\"\n  integrity %s\n" % (rng.hex(40), _sri(rng, "sha512")), "yarn.lock entry")
    neg("hash_checksum", "requirements_txt", "requests==2.32.3 \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n" % (rng.hex(64), rng.hex(64)), "pip hash-checking mode")
    neg("hash_checksum", "go_sum", "github.com/google/uuid v1.6.0 h1:%s=\ngithub.com/google/uuid v1.6.0/go.mod h1:%s=\n" % (rng.b64(32)[:43], rng.b64(32)[:43]), "go.sum")
    neg("hash_checksum", "cargo_lock", "[[package]]\nname = \"serde\"\nversion = \"1.0.203\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n" % rng.hex(64), "Cargo.lock checksum")
    neg("hash_checksum", "terraform_lock_hcl", "provider \"registry.terraform.io/hashicorp/aws\" {\n  version     = \"5.52.0\"\n  constraints = \"~> 5.0\"\n  hashes = [\n    \"h1:%s=\",\n    \"zh:%s\",\n    \"zh:%s\",\n  ]\n}\n" % (rng.b64(32)[:43], rng.hex(64), rng.hex(64)), ".terraform.lock.hcl")
    neg("hash_checksum", "html_page", "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\" integrity=\"%s\" crossorigin=\"anonymous\"></script>\n" % _sri(rng), "Subresource Integrity")
    neg("hash_checksum", "dockerfile", "FROM python:3.12-slim@sha256:%s\nRUN pip install --no-cache-dir uv\n" % rng.hex(64), "pinned image digest")
    neg("hash_checksum", "git_lfs_pointer", "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (rng.hex(64), rng.randrange(10 ** 5, 10 ** 8)), "Git LFS pointer")
    neg("hash_checksum", "http_headers", "Content-Security-Policy: script-src 'self' 'sha256-%s' 'sha256-%s'\n" % (rng.b64(32), rng.b64(32)), "CSP hash sources")
    neg("hash_checksum", "poetry_lock", "[[package]]\nname = \"pydantic\"\nversion = \"2.7.4\"\nfiles = [\n    {file = \"pydantic-2.7.4-py3-none-any.whl\", hash = \"sha256:%s\"},\n]\n" % rng.hex(64), "poetry.lock file hash")
    neg("hash_checksum", "maven_checksum", "%s  commons-lang3-3.14.0.jar\n" % rng.hex(40), "Maven .sha1 checksum")
    neg("hash_checksum", "nix_expression", "src = fetchFromGitHub {\n  owner = \"fleetdash\";\n  repo = \"agent\";\n  rev = \"v2.4.0\";\n  hash = \"sha256-%s\";\n};\n" % rng.b64(32), "Nix SRI hash")
    neg("hash_checksum", "s3_listing", "2024-06-01 03:00:12   48213771 backups/orders-2024-06-01.sql.gz  ETag: \"%s-6\"\n" % rng.hex(32), "S3 multipart ETag")
    neg("hash_checksum", "composer_lock", "\"dist\": {\n    \"type\": \"zip\",\n    \"url\": \"https://api.github.com/repos/laravel/framework/zipball/%s\",\n    \"reference\": \"%s\",\n    \"shasum\": \"\"\n}\n" % ((ref := rng.hex(40)), ref), "composer.lock dist reference")

    # ---- identifiers (UUIDs, IDs, account numbers) -----------------------------------
    neg("identifier", "azure_cli_output", "{\n  \"environmentName\": \"AzureCloud\",\n  \"id\": \"%s\",\n  \"isDefault\": true,\n  \"name\": \"Fabrikam Production\",\n  \"tenantId\": \"%s\",\n  \"user\": { \"name\": \"priya.raman@contoso-eng.com\", \"type\": \"user\" }\n}\n" % (rng.uuid(), rng.uuid()), "az account show (subscription/tenant IDs)")
    neg("identifier", "aws_cli_output", "{\n    \"UserId\": \"AIDA%s\",\n    \"Account\": \"%s\",\n    \"Arn\": \"arn:aws:iam::%s:user/ci-deployer\"\n}\n" % (rng.s(17, UP + DG), (acct := rng.digits(12)), acct), "aws sts get-caller-identity")
    neg("identifier", "kms_policy_json", "{\"KeyId\": \"%s\", \"Arn\": \"arn:aws:kms:eu-west-1:%s:key/%s\"}\n" % ((kid := rng.uuid()), rng.digits(12), kid), "KMS key identifiers")
    neg("identifier", "stripe_webhook_payload", "{\n  \"id\": \"evt_1P%s\",\n  \"object\": \"event\",\n  \"data\": { \"object\": { \"id\": \"pi_3P%s\", \"customer\": \"cus_%s\", \"amount\": 4200, \"currency\": \"eur\" } },\n  \"type\": \"payment_intent.succeeded\"\n}\n" % (rng.s(22, AN), rng.s(22, AN), rng.s(14, AN)), "Stripe object IDs")
    neg("identifier", "python_source", "# Twilio account identifier (not secret); auth token comes from the environment\nTWILIO_ACCOUNT_SID = \"AC%s\"\nTWILIO_AUTH_TOKEN = os.environ[\"TWILIO_AUTH_TOKEN\"]\n" % rng.hex(32), "Twilio Account SID (identifier)")
    neg("identifier", "kubectl_get_yaml", "metadata:\n  name: orders-7d9c6b8f5d-x2k8q\n  namespace: payments\n  resourceVersion: \"%s\"\n  uid: %s\n  ownerReferences:\n  - kind: ReplicaSet\n    uid: %s\n" % (rng.digits(9), rng.uuid(), rng.uuid()), "Kubernetes object UIDs")
    neg("identifier", "slack_api_json", "{\"ok\": true, \"channel\": \"C0%s\", \"ts\": \"17174%s.%s\", \"message\": {\"user\": \"U0%s\", \"text\": \"deploy finished\"}}\n" % (rng.s(9, UP + DG), rng.digits(5), rng.digits(6), rng.s(9, UP + DG)), "Slack channel/user IDs")
    neg("identifier", "openai_response_json", "{\"id\": \"chatcmpl-%s\", \"object\": \"chat.completion\", \"model\": \"gpt-4o-2024-05-13\", \"system_fingerprint\": \"fp_%s\"}\n" % (rng.s(29, AN), rng.hex(10)), "API response IDs")
    neg("identifier", "github_api_json", "{\"id\": %s, \"node_id\": \"R_kgDO%s\", \"full_name\": \"fleetdash/infra\", \"private\": true}\n" % (rng.digits(9), rng.s(8, AN + "-_")), "GitHub node IDs")
    neg("identifier", "gcp_config", "project_id = \"fleetdash-prod\"\nproject_number = \"%s\"\nservice_account = \"terraform@fleetdash-prod.iam.gserviceaccount.com\"\n" % rng.digits(12), "GCP project identifiers")
    neg("identifier", "okta_config", "okta:\n  issuer: https://fabrikam.okta.com/oauth2/default\n  clientId: 0oa%s\n" % rng.s(17, AN), "Okta OIDC client ID (public client)")
    neg("identifier", "sql_dump", "INSERT INTO orders (id, customer_id, external_ref) VALUES ('%s', '%s', 'ORD-%s');\n" % (rng.uuid(), rng.uuid(), rng.s(10, UP + DG)), "row identifiers")

    # ---- git SHAs --------------------------------------------------------------------
    neg("git_sha", "git_log", "".join("commit %s\nAuthor: %s\nDate:   Mon Jun 3 %02d:12:44 2024 +0200\n\n    %s\n\n" % (rng.hex(40), a, rng.randrange(24), m) for a, m in [
        ("Maria Keller <m.keller@fleetdash.io>", "fix: retry token refresh on 401"), ("Dev Bot <dev-bot@fleetdash.io>", "chore(deps): bump lodash"), ("Kenji Sato <k.sato@fleetdash.io>", "feat: rotate api keys nightly")]), "git log output")
    neg("git_sha", "ci_log", "HEAD is now at %s Merge pull request #4412 from fleetdash/feat/token-rotation\n$ git rev-parse HEAD\n%s\n" % (rng.hex(7), rng.hex(40)), "CI checkout output")
    neg("git_sha", "go_mod", "require (\n\tgithub.com/fleetdash/fd-common v0.0.0-20240603101044-%s\n\tgolang.org/x/crypto v0.24.0\n)\n" % rng.hex(12), "Go pseudo-version")
    neg("git_sha", "git_submodule_status", " %s vendor/fd-proto (v1.9.0)\n+%s vendor/openapi (heads/main)\n" % (rng.hex(40), rng.hex(40)), "git submodule status")
    neg("git_sha", "github_actions_workflow", "      - uses: actions/checkout@%s # v4.1.7\n      - uses: actions/setup-node@%s # v4.0.2\n" % (rng.hex(40), rng.hex(40)), "actions pinned by commit SHA")
    neg("git_sha", "github_pr_comment", "Fixed in %s, see https://github.com/fleetdash/infra/commit/%s\n" % (rng.hex(7), rng.hex(40)), "commit links")

    # ---- public keys and certificates --------------------------------------------------
    for i in range(3):
        _, pub = openssh_ed25519(rng, rng.pick(["m.keller@laptop", "ci@runner", "kenji@mbp"]))
        neg("public_key", "authorized_keys", "# ~/.ssh/authorized_keys\n%s\n" % pub, "OpenSSH public key")
    k = rsa_numbers(rng, 2048)
    neg("public_key", "pem_public_key", pem("PUBLIC KEY", rsa_spki_der(k)) + "\n", "RSA SubjectPublicKeyInfo")
    d, pub = p256_key(rng)
    neg("public_key", "pem_public_key", "# JWT verification key\n" + pem("PUBLIC KEY", ec_spki_der(pub)) + "\n", "EC public key")
    neg("public_key", "jwks_json", "{\n  \"keys\": [\n    {\n      \"kty\": \"RSA\",\n      \"use\": \"sig\",\n      \"kid\": \"%s\",\n      \"alg\": \"RS256\",\n      \"n\": \"%s\",\n      \"e\": \"AQAB\"\n    }\n  ]\n}\n" % (rng.s(22, B64U), b64u_nopad(k["n"].to_bytes(256, "big"))), "JWKS (public RSA modulus)")
    for i in range(2):
        neg("public_key", "pem_certificate", _fake_cert_pem(rng) + "\n", "X.509 certificate (public)")
    neg("public_key", "nginx_conf", "ssl_certificate     /etc/ssl/certs/api.fleetdash.io.crt;\nssl_certificate_key /etc/ssl/private/api.fleetdash.io.key;\n", "paths to key files, no key material")
    neg("public_key", "pgp_public_key", pgp_ed25519(rng, "Release Signing <release@fleetdash.io>", secret=False) + "\n", "PGP public key block")
    neg("public_key", "known_hosts", "github.com ssh-ed25519 %s\n|1|%s|%s ecdsa-sha2-nistp256 %s\n" % (
        base64.b64encode(sshstr("ssh-ed25519") + sshstr(rng.randbytes(32))).decode(), rng.b64(20), rng.b64(20),
        base64.b64encode(sshstr("ecdsa-sha2-nistp256") + sshstr("nistp256") + sshstr(b"\x04" + rng.randbytes(64))).decode()), "known_hosts")
    neg("public_key", "age_recipients", "# .sops.yaml recipients\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: %s\n" % bech32_encode("age", rng.randbytes(32)), "age recipient (public key)")
    neg("public_key", "dns_zone", "selector1._domainkey.fleetdash.io. 3600 IN TXT \"v=DKIM1; k=rsa; p=%s\"\n" % base64.b64encode(rsa_spki_der(k)).decode(), "DKIM public key TXT record")
    neg("public_key", "ssh_keygen_output", "The key fingerprint is:\nSHA256:%s deploy@ci\nThe key's randomart image is:\n+--[ED25519 256]--+\n|        .o+*=    |\n+----[SHA256]-----+\n" % rng.b64(32).rstrip("="), "SSH key fingerprint")
    neg("public_key", "gpg_output", "pub   ed25519 2024-01-12 [SC] [expires: 2026-01-11]\n      %s\nuid           [ultimate] Release Signing <release@fleetdash.io>\n" % rng.hex(40).upper(), "GPG fingerprint")
    neg("public_key", "pem_csr", _fake_cert_pem(rng, "CERTIFICATE REQUEST") + "\n", "certificate signing request")
    neg("public_key", "hpkp_pins", "pin-sha256=\"%s\"; pin-sha256=\"%s\"; max-age=5184000\n" % (rng.b64(32), rng.b64(32)), "public key pins")

    # ---- base64 media / binary -------------------------------------------------------
    for i in range(3):
        neg("base64_binary", rng.pick(["html_page", "css_file", "markdown_docs"]),
            ["<img alt=\"logo\" width=\"12\" height=\"12\" src=\"%s\">\n", ".icon-ok {\n  background-image: url(\"%s\");\n}\n", "![status](%s)\n"][i] % _png_data_uri(rng), "inline PNG data URI")
    neg("base64_binary", "css_file", "@font-face {\n  font-family: 'Inter';\n  src: url(data:font/woff2;base64,%s) format('woff2');\n}\n" % base64.b64encode(b"wOF2\x00\x01\x00\x00" + rng.randbytes(600)).decode(), "inline WOFF2 font")
    neg("base64_binary", "email_mime", "Content-Type: application/pdf; name=\"invoice-2024-05.pdf\"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment\n\n%s\n" % wrap(base64.b64encode(b"%PDF-1.7\n" + rng.randbytes(500)).decode(), 76), "MIME attachment")
    neg("base64_binary", "application_log", "DEBUG grpc frame=%s\n" % base64.b64encode(b"\x0a\x24" + rng.uuid().encode() + b"\x12\x08checkout\x18\x01").decode(), "base64 protobuf in log")
    neg("base64_binary", "svg_data_uri", "<link rel=\"icon\" href=\"data:image/svg+xml;base64,%s\">\n" % base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><circle cx='8' cy='8' r='7' fill='#2f6fed'/></svg>").decode(), "SVG favicon")
    neg("base64_binary", "pagination_json", "{\"items\": [], \"next_cursor\": \"%s\"}\n" % base64.b64encode(json.dumps({"id": rng.randrange(10 ** 6), "ts": "2024-06-03T10:00:00Z"}).encode()).decode(), "opaque pagination cursor")
    neg("base64_binary", "k8s_configmap_yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: logo\nbinaryData:\n  logo.png: %s\n" % _png_data_uri(rng).split(",", 1)[1], "binary config map data")

    # ---- minified / generated code ------------------------------------------------------
    ids = lambda: rng.s(rng.randrange(1, 3), LO)
    neg("minified_code", "minified_js", "!function(e,t){\"object\"==typeof exports?module.exports=t():e.%s=t()}(this,function(){var %s=\"%s\",%s=function(n){return n.replace(/[A-Z]/g,function(r){return\"-\"+r.toLowerCase()})};return{v:%s,k:%s}});\n//# sourceMappingURL=app.%s.js.map\n" % (ids(), ids(), rng.s(24, AN), ids(), ids(), ids(), rng.hex(8)), "minified UMD bundle")
    neg("minified_code", "webpack_manifest", "{\n  \"main.js\": \"/static/js/main.%s.js\",\n  \"main.css\": \"/static/css/main.%s.css\",\n  \"static/js/787.%s.chunk.js\": \"/static/js/787.%s.chunk.js\"\n}\n" % (rng.hex(8), rng.hex(8), rng.hex(8), rng.hex(8)), "asset manifest with content hashes")
    neg("minified_code", "source_map", "{\"version\":3,\"file\":\"app.min.js\",\"sources\":[\"../src/app.ts\"],\"names\":[\"init\",\"token\"],\"mappings\":\"%s\"}\n" % ";".join(",".join(rng.s(rng.randrange(4, 7), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(4)) for _ in range(6)), "source map mappings")
    neg("minified_code", "css_modules", "<div class=\"Button_root__%s Button_primary__%s\">Save</div>\n" % (rng.s(5, AN + "_-"), rng.s(5, AN + "_-")), "hashed CSS module classes")
    neg("minified_code", "nextjs_html", "<script src=\"/_next/static/chunks/pages/_app-%s.js\" defer=\"\"></script><script id=\"__NEXT_DATA__\" type=\"application/json\">{\"buildId\":\"%s\",\"isFallback\":false}</script>\n" % (rng.hex(16), rng.s(21, AN + "_-")), "Next.js build ID and chunk hashes")
    neg("minified_code", "generated_go", "var fileDescriptor_%s = []byte{\n\t0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xff, %s\n}\n" % (rng.hex(16), ", ".join("0x%02x" % b for b in rng.randbytes(24))), "protoc-generated descriptor bytes")
    neg("minified_code", "wasm_js_glue", "const bytes = Uint8Array.from(atob('%s'), c => c.charCodeAt(0));\n" % base64.b64encode(b"\x00asm\x01\x00\x00\x00" + rng.randbytes(90)).decode(), "inline wasm module")
    neg("minified_code", "lodash_template", "function(obj){obj||(obj={});var __t,__p='';with(obj){__p+='<a href=\"'+((__t=(url))==null?'':__t)+'\">'+((__t=(label))==null?'':__t)+'</a>';}return __p}\n", "compiled template")

    # ---- masked / redacted -----------------------------------------------------------
    mk = [
        ("github_actions_log", "2024-06-03T10:01:12.33Z Run ./deploy.sh --token ***\n2024-06-03T10:01:13.01Z Using registry token ***\n"),
        ("stripe_dashboard_text", "Secret key   sk_live_...%s   Created Jun 3, 2024   Last used 2 minutes ago\n" % rng.s(4, AN)),
        ("terraform_plan_output", "      + password = (sensitive value)\n      ~ api_key  = (sensitive value)\n"),
        ("application_log_json", "{\"level\":\"info\",\"msg\":\"calling partner\",\"headers\":{\"Authorization\":\"Bearer [REDACTED]\",\"X-Api-Key\":\"<redacted>\"}}\n"),
        ("aws_console_text", "Access key ID: ****************%s  Status: Active  Last used: 2024-06-02\n" % rng.s(4, UP + DG)),
        ("ci_log", "Using GITHUB_TOKEN=ghp_****************************%s\n" % rng.s(4, AN)),
        ("heroku_config_output", "DATABASE_URL: postgres://u8f2:********@ec2-54-1-2-3.compute-1.amazonaws.com:5432/d9k1\n"),
        ("django_debug_page_html", "<tr><td>STRIPE_SECRET_KEY</td><td class=\"code\"><pre>&#x27;********************&#x27;</pre></td></tr>\n"),
        ("openai_error", "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************%s. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}\n" % rng.s(4, AN)),
        ("slack_message", "rotated the key, new one ends in …%s (it's in 1Password under 'Partner API')\n" % rng.s(4, AN)),
        ("vercel_cli_output", "> Environment Variables found for fleetdash/web [120ms]\n\n name                   value               environments\n STRIPE_SECRET_KEY      Encrypted           Production\n DATABASE_URL           Encrypted           Production, Preview\n"),
        ("kubectl_get_secret_output", "Name:         orders-db\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  9 bytes\n"),
        ("psql_log", "LOG:  statement: ALTER ROLE app WITH PASSWORD '********';\n"),
        ("docker_inspect", "\"Env\": [\n    \"DB_PASSWORD=<hidden>\",\n    \"API_TOKEN=xxxx-xxxx-xxxx\"\n]\n"),
    ]
    for cont, text in mk:
        neg("masked_value", cont, text, "masked / redacted value")

    # ---- high-entropy values that are not secrets -------------------------------------
    he = [
        ("http_headers", "HTTP/1.1 403 Forbidden\nx-amz-request-id: %s\nx-amz-id-2: %s\nContent-Type: application/xml\n" % (rng.s(16, UP + DG), rng.b64(57))),
        ("http_headers", "traceparent: 00-%s-%s-01\ntracestate: dd=s:1;o:rum\nx-request-id: %s\n" % (rng.hex(32), rng.hex(16), rng.uuid())),
        ("http_headers", "X-Amz-Cf-Id: %s==\nVia: 1.1 %s.cloudfront.net (CloudFront)\n" % (rng.s(54, AN + "_-"), rng.hex(32))),
        ("application_log", "2024-06-03T10:12:01Z INFO request_id=%s trace_id=%s span_id=%s status=200 dur=41ms\n" % (rng.hex(32), rng.hex(32), rng.hex(16))),
        ("ci_log", "Cache restored from key: node-cache-Linux-x64-npm-%s\nRun ID: %s  Artifact ID: %s\n" % (rng.hex(64), rng.digits(10), rng.digits(10))),
        ("html_page", "<script nonce=\"%s\">window.__INITIAL_STATE__={}</script>\n" % rng.b64(16)),
        ("ipfs_links", "Pinned: ipfs://bafybei%s\nGateway: https://%s.ipfs.dweb.link/\n" % (rng.s(52, "abcdefghijklmnopqrstuvwxyz234567"), "bafybei" + rng.s(52, "abcdefghijklmnopqrstuvwxyz234567"))),
        ("cdn_urls", "https://cdn.fleetdash.io/assets/%s/logo.svg\nhttps://unpkg.com/react@18.3.1/umd/react.production.min.js\n" % rng.hex(40)),
        ("sentry_event_json", "{\"event_id\": \"%s\", \"release\": \"web@%s\", \"dist\": \"%s\"}\n" % (rng.hex(32), rng.hex(12), rng.s(8, AN))),
        ("blockchain_tx", "Tx hash: 0x%s\nFrom: 0x%s\nTo:   0x%s\n" % (rng.hex(64), rng.hex(40), rng.hex(40))),
        ("bitcoin_address", "Donations welcome: bc1q%s\n" % rng.s(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")),
        ("ulid_list", "\n".join(rng.s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(4)) + "\n"),
        ("python_source", "# test vector from FIPS 180-2\nassert sha256(b\"abc\").hexdigest() == \"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"\n"),
        ("python_source", "RANDOM_SEED = 0x%s\nrng = np.random.default_rng(RANDOM_SEED)\n" % rng.hex(16)),
        ("idempotency_log", "POST /v1/charges Idempotency-Key: %s -> 200 (replayed)\n" % rng.uuid()),
        ("s3_listing", "VersionId: %s\nKey: exports/2024/06/03/orders.parquet\n" % rng.s(32, AN + "._")),
        ("docker_output", "Successfully built %s\nSuccessfully tagged registry.fleetdash.io/api:%s\n" % (rng.hex(12), rng.hex(7))),
        ("k8s_events", "Normal  Pulled  12s  kubelet  Successfully pulled image \"ghcr.io/fleetdash/api@sha256:%s\" in 2.1s\n" % rng.hex(64)),
        ("google_analytics_cookie", "Cookie: _ga=GA1.1.%s.%s; _ga_%s=GS1.1.%s.3.1.%s.0.0.0\n" % (rng.digits(10), rng.digits(10), rng.s(10, UP + DG), rng.digits(10), rng.digits(10))),
        ("excalidraw_json", "{\"type\":\"excalidraw\",\"elements\":[{\"id\":\"%s\",\"seed\":%s,\"versionNonce\":%s}]}\n" % (rng.s(21, AN + "_-"), rng.digits(9), rng.digits(10))),
        ("color_palette_css", ":root { --brand: #2f6fed; --accent: #%s; --bg: #%s; }\n" % (rng.hex(6), rng.hex(6))),
        ("uuid_list", "\n".join(rng.uuid() for _ in range(5)) + "\n"),
        ("gitlab_job_log", "Uploading artifacts as \"archive\" to coordinator... 201 Created  id=%s responseStatus=201 Created token=%s\n" % (rng.digits(10), rng.s(8, AN))),
    ]
    for cont, text in he:
        neg("high_entropy_non_secret", cont, text, "high-entropy value that grants no access")

    # ---- prose about secrets (no values) ---------------------------------------------
    pr = [
        ("security_policy", "en", "Passwords must be at least 14 characters long and are rotated every 90 days. Never share your password or API token in chat, e-mail or tickets."),
        ("slack_message", "en", "reminder: the staging API key expires on Friday, please generate a new one in the dashboard and store it in Vault, not in the repo"),
        ("changelog", "en", "### Fixed\n- Access tokens are no longer written to debug logs (#4412)\n- Password reset e-mails now expire after 30 minutes"),
        ("github_issue", "en", "When the token is expired the CLI prints `Error: invalid token` instead of asking me to log in again."),
        ("jira_comment", "en", "Root cause: the service account password was rotated but the CronJob still used the old secret. Action item: switch to workload identity."),
        ("email", "en", "Hi team, as part of the audit please confirm that no one stores production credentials in spreadsheets. Use the password manager instead."),
        ("chat_message", "de", "Bitte ändert euer Passwort bis Ende der Woche, das alte läuft ab. Das neue Passwort muss mindestens zwölf Zeichen haben."),
        ("chat_message", "fr", "Le mot de passe doit contenir au moins 12 caractères, dont un chiffre et un symbole."),
        ("chat_message", "es", "Olvidé mi contraseña, ¿alguien sabe cómo restablecerla desde el portal?"),
        ("chat_message", "pt", "O token de acesso expirou, precisa gerar outro no painel."),
        ("chat_message", "ru", "Не храните пароли и токены в репозитории, используйте Vault."),
        ("chat_message", "ja", "パスワードを忘れた場合は、ログイン画面の「パスワードをリセット」から再設定してください。"),
        ("chat_message", "zh", "请不要在群里发送密码或API密钥，统一放到密钥管理系统里。"),
        ("chat_message", "ko", "비밀번호는 90일마다 변경해야 합니다."),
        ("chat_message", "it", "La chiave API va ruotata ogni tre mesi, ricordatevelo."),
        ("chat_message", "pl", "Token wygasł, trzeba wygenerować nowy w ustawieniach konta."),
        ("ui_strings_json", "en", "{\n  \"login.password\": \"Password\",\n  \"login.forgot\": \"Forgot your password?\",\n  \"apikeys.create\": \"Create API key\",\n  \"apikeys.warning\": \"This key is shown only once. Store it somewhere safe.\"\n}"),
        ("html_form", "en", "<form method=\"post\" action=\"/login\">\n  <label for=\"pw\">Password</label>\n  <input id=\"pw\" type=\"password\" name=\"password\" autocomplete=\"current-password\" required minlength=\"12\">\n  <input type=\"hidden\" name=\"next\" value=\"/dashboard\">\n</form>"),
        ("runbook_markdown", "en", "## Rotating the database password\n1. Generate a new password in the secrets manager.\n2. Update the `orders-db` secret.\n3. Restart the deployment: `kubectl rollout restart deploy/orders`.\n4. Revoke the old password."),
        ("commit_message", "en", "refactor: read API key from environment instead of config file"),
    ]
    for cont, lang, text in pr:
        neg("prose_about_secrets", cont, text + "\n", "prose about credentials without a value; language=" + lang)

    # ---- code that handles secrets without containing any ------------------------------
    cd = [
        ("python_source", "import getpass\npassword = getpass.getpass(\"DB password: \")\nconn = psycopg.connect(host=HOST, user=USER, password=password)\n"),
        ("python_source", "import secrets\n\ndef new_api_key() -> str:\n    return \"fd_\" + secrets.token_urlsafe(32)\n"),
        ("python_source", "hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))\nuser.password_hash = hashed.decode()\n"),
        ("sql_query", "SELECT id, email FROM users WHERE email = %s AND password_hash = crypt(%s, password_hash);\n"),
        ("nodejs_source", "if (!process.env.API_TOKEN) {\n  throw new Error('API_TOKEN is not set');\n}\nconst token = process.env.API_TOKEN.trim();\n"),
        ("scanner_rules_yaml", "rules:\n  - id: github-pat\n    regex: 'ghp_[0-9a-zA-Z]{36}'\n  - id: aws-access-key\n    regex: '(AKIA|ASIA)[A-Z2-7]{16}'\n"),
        ("json_schema", "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"password\": { \"type\": \"string\", \"minLength\": 12, \"writeOnly\": true },\n    \"apiKey\": { \"type\": \"string\", \"pattern\": \"^fd_[A-Za-z0-9_-]{43}$\" }\n  }\n}\n"),
        ("go_source", "token := os.Getenv(\"GITHUB_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"GITHUB_TOKEN required\")\n}\nclient := github.NewClient(nil).WithAuthToken(token)\n"),
        ("unit_test", "def test_masks_token(caplog):\n    log_request({\"Authorization\": \"Bearer \" + \"x\" * 40})\n    assert \"Bearer ***\" in caplog.text\n"),
        ("shell_script", "read -rsp 'Vault token: ' VAULT_TOKEN\nexport VAULT_TOKEN\nvault kv get secret/apps/billing\n"),
        ("java_source", "@Value(\"${app.partner.api-key}\")\nprivate String partnerApiKey;\n"),
        ("csharp_source", "services.Configure<PartnerOptions>(configuration.GetSection(\"Partner\"));\n// Partner:ApiKey is provided by Azure Key Vault at runtime\n"),
        ("gitleaks_allowlist", "[allowlist]\ndescription = \"test fixtures\"\npaths = ['''testdata/.*''']\nregexes = ['''EXAMPLE''']\n"),
        ("dockerfile", "RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci\n"),
        ("terraform_hcl", "resource \"random_password\" \"db\" {\n  length  = 32\n  special = true\n}\n\nresource \"aws_db_instance\" \"main\" {\n  password = random_password.db.result\n}\n"),
    ]
    for cont, text in cd:
        neg("code_without_secret", cont, text, "code that handles credentials without containing one")
    return recs


# --------------------------------------------------------------------------
# Output, self-checks, README
# --------------------------------------------------------------------------
def check(pos, ev, negs):
    ids = set()
    for r in pos + ev + negs:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
    for r in pos + ev:
        assert r["secrets"], r["id"]
        for s in r["secrets"]:
            assert r["text"][s["start"]:s["end"]] == s["value"], r["id"]
            assert s["value"], r["id"]
    for r in ev:
        assert r.get("encoding")
        for s in r["secrets"]:
            assert "plain" in s and s["plain"] != s["value"], r["id"]
    # decodable spans must decode to their plain text
    for r in pos:
        for s in r["secrets"]:
            if "plain" in s and re.fullmatch(r"[A-Za-z0-9+/]+=*", s["value"]):
                assert base64.b64decode(s["value"]).decode() == s["plain"], r["id"]
    for r in ev:
        for s in r["secrets"]:
            enc, v, p = r["encoding"], s["value"], s["plain"]
            if enc == "base64":
                assert base64.b64decode(v).decode() == p
            elif enc == "base64_env_line":
                assert p in base64.b64decode(v).decode()
            elif enc == "hex":
                assert bytes.fromhex(v).decode() == p
            elif enc == "url_encoding":
                assert urllib.parse.unquote(v) == p
            elif enc == "json_unicode_escape":
                assert json.loads('"%s"' % v) == p
            elif enc == "reversed":
                assert v[::-1] == p
            elif enc == "rot13":
                assert codecs.decode(v, "rot13") == p
            elif enc == "gzip_base64":
                assert p in gzip.decompress(base64.b64decode(v)).decode()
            elif enc == "quoted_printable":
                assert quopri.decodestring(v.encode()).decode() == p
            elif enc in ("zero_width", "bidi_controls"):
                assert "".join(c for c in v if c not in ZW and c not in BIDI) == p
            elif enc == "fullwidth":
                assert "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in v) == p
            elif enc == "base32":
                assert base64.b32decode(v).decode() == p
            elif enc == "double_base64":
                assert base64.b64decode(base64.b64decode(v)).decode() == p
            elif enc == "char_codes":
                assert "".join(chr(int(x)) for x in v.split(",")) == p
            elif enc == "hex_escape":
                assert bytes.fromhex(v.replace("\\x", "")).decode() == p
            elif enc == "homoglyph":
                inv = {b: a for a, b in HOMO.items()}
                assert "".join(inv.get(c, c) for c in v) == p
    for r in negs:
        assert "secrets" not in r and r["class"] and r["text"]
    assert "\u27ea" not in json.dumps(pos + ev + negs, ensure_ascii=False)


def dump(path, recs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def table(counter, head):
    lines = ["| %s | count |" % head, "| --- | ---: |"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("| %s | %d |" % (k, v))
    return "\n".join(lines)


README_HEAD = """# privacy_final — held-out evaluation corpus for the secret/PII detector

This directory is a **held-out** corpus meant only for a final measurement of the
privacy filter.  It was written from scratch without opening the detector, its
tests or any other corpus in this repository; the only inputs were public
format descriptions (scanner rule sets, vendor docs, RFCs — see *Sources*).
Every credential-shaped value is produced by `build_final.py` with a seeded
PRNG in the right *shape* (prefix, length, alphabet, and checksum where the
format has one).  **Nothing here is a real credential**; the few fixed strings
are well-known public documentation examples that appear only in
`negatives.jsonl`.

Regenerate (Python 3.11, standard library only, deterministic, about 10 s):

    python3 build_final.py

The script rewrites the three JSONL files and this README byte-for-byte
identically and runs its own consistency checks before writing.

## Files and record format

All files are JSON Lines, UTF-8, one record per line; offsets are Python `str`
(code point) offsets.

* `secrets.jsonl` — positives
  `{"id", "type", "container", "text", "secrets": [{"value", "start", "end", "type", "plain"?}], "source"}`.
  `text[start:end] == value` for every span.  `type` at record level is the
  type of the first span.
* `evasions.jsonl` — positives whose credential is encoded/obfuscated.  Same
  fields plus record-level `"encoding"`; **every** span has `"plain"` (the
  credential in clear) and `value` is the span exactly as it appears in `text`.
* `negatives.jsonl` — hard negatives, nothing in them should be reported:
  `{"id", "class", "container", "text", "source"}`.

### Span conventions (what is labelled)

* Only the credential part is labelled: the password inside a URL or DSN (not
  the user name or host), the token after `Bearer`/`token`/`SSWS`, the value
  after `NAME=`/`key:`, the cookie value (not its name).
* Private keys (PEM, OpenSSH, PGP, PuTTY) are labelled as the whole armoured
  block, from the first character of the `-----BEGIN`/`PuTTY-User-Key-File`
  line to the last character of the END line / `Private-MAC` line.
* Encoded spans carry `plain`:
  * Kubernetes `Secret` `data:` values, `kubectl get secret -o yaml` output:
    `value` = base64 as written, `plain` = decoded value.
  * HTTP Basic (`Authorization: Basic …`, nginx `proxy_set_header`, git
    `GIT_TRACE_CURL`, PowerShell `Invoke-RestMethod` with an Azure DevOps PAT)
    and Docker `auth` fields (`config.json` / `.dockerconfigjson`):
    `value` = base64 blob, `plain` = the decoded `user:password` string
    (the whole decoded pair, because that is what the encoding contains).
  * kubeconfig `client-key-data`: `value` = base64, `plain` = the PEM key.
  * Service-account JSON / JSON config `private_key`: `value` = the JSON-escaped
    text as it appears (with literal `\\n`), `plain` = the PEM.
  * A PEM key stored on one line in a `.env` (`\\n` escapes) or indented inside
    a YAML block scalar: `value` = the text as it appears, `plain` = the PEM.
* Deliberately **unlabelled** neighbours inside positive records (a detector
  that reports them is over-reporting): Stripe `pk_live_` publishable keys,
  Supabase URL + anon key, Twilio Account SID (`AC…`), Google OAuth client IDs,
  Auth0 domain/client ID, Algolia app ID and search-only key, PostHog `phc_`
  project keys, LaunchDarkly client-side IDs, reCAPTCHA site keys, Sentry DSNs,
  Mapbox `pk.` tokens, WireGuard peer public keys, certificate data, AWS account
  IDs, ARNs, UUIDs, image digests and the usual config noise (ports, hosts…).
* AWS access key IDs (`AKIA…`/`ASIA…`) *are* labelled (`aws_access_key_id`),
  always next to their secret, since most scanners and incident playbooks
  treat the pair as the leak.

"""

README_SOURCES = """## Sources read (formats only — no values copied)

* gitleaks `config/gitleaks.toml` (github.com/gitleaks/gitleaks, snapshot
  commit b58d3f1): prefixes, lengths and alphabets for ~100 rules (GitHub,
  GitLab, Slack, Stripe, OpenAI, Anthropic, AWS, Azure AD, Shopify, Atlassian,
  Databricks, DigitalOcean, Doppler, Dynatrace, EasyPost, Grafana, HashiCorp,
  Heroku, HuggingFace, Linear, Mailchimp, Mailgun, MaxMind, New Relic, Notion,
  npm, Okta, OpenShift, PlanetScale, Postman, Prefect, Pulumi, PyPI, ReadMe,
  RubyGems, Scalingo, Sendinblue, Sentry, SonarQube, Square, Telegram, Twitter,
  Typeform, Vault, Yandex, age, private keys, JWT, curl, Kubernetes secrets,
  NuGet config, Sidekiq, 1Password …).
* Kingfisher `data/rules/*.yml` (github.com/mongodb/kingfisher, snapshot commit
  ee7c0db): Azure Storage / DevOps / connection strings, Docker Hub, Groq, xAI,
  Replicate, Supabase, Vercel, Tailscale, Netlify, CircleCI, Buildkite, Figma,
  Doppler, NuGet, Stripe, SendGrid, Postmark, Terraform Cloud, Discord,
  Telegram, Salesforce, NVIDIA, Weights & Biases, Zapier, Okta, MongoDB,
  PostHog, WireGuard, age, Square, PayPal, Auth0, Snowflake, ngrok.
* CredSweeper `credsweeper/filters/value_github_check.py`: confirms the GitHub
  classic-token checksum = CRC32 of the 30 random characters, base62
  (0-9A-Za-z), 6 characters, left-padded with `0`.  The same construction is
  used here for `ghp_/gho_/ghs_/ghu_/ghr_` and for `npm_` tokens.
* Public code search (patterns only) for shapes missing from the two rule
  sets: Bitbucket `ATBB` app passwords, Pinecone `pcsk_`, Netlify `nfp_`,
  Render `rnd_`.
* From general knowledge of public specifications / vendor docs: RFC 6749,
  6750, 7617 examples (used verbatim **only** as negatives, they are published
  examples), RFC 3986 userinfo, RFC 4880 (OpenPGP armour, CRC-24, v4 EdDSA
  secret-key packet), OpenSSH `PROTOCOL.key`, PuTTY PPK v3, PKCS#1/#8, SEC1,
  bech32 (age identities), AWS documentation example key pair and the Azurite
  well-known development key (negatives only), Fernet, Laravel `APP_KEY`, Django
  `get_random_secret_key` alphabet, Rails `secret_key_base`, WordPress salts,
  Google `GOCSPX-`/`ya29.`/`1//` tokens, Azure SAS `sig=`, Supabase service-role
  vs anon JWTs, FCM legacy server keys.

Structural validity of generated key material was checked while writing the
generator with `ssh-keygen -y` (OpenSSH ed25519 — the derived public key matched),
`openssl pkey -check` / `openssl rsa -check` (RSA PKCS#1, PKCS#8, EC SEC1 and
PKCS#8) and `gpg --list-packets` (PGP secret-key packet).  The generator itself
needs none of these tools.

## What had to be guessed

* Exact lengths / inner structure of several vendor tokens where public rule
  sets disagree or only give a loose bound: Atlassian `ATATT3…` (shape
  `ATATT3xFfGF0` + 171 + `=` + 8 hex), Azure DevOps 84-character PATs (`…JQQJ99…AZDO…`
  layout), Bitbucket `ATBB`, Trello `ATTA`, Pinecone `pcsk_`, Netlify `nfp_`,
  Render `rnd_`, Tailscale `tskey-auth-`, ngrok authtokens, Sentry org tokens,
  Grafana Cloud `glc_` payload, 1Password service-account token payload,
  PyPI macaroon body (random after the fixed `pypi-AgEIcHlwaS5vcmc` prefix),
  AWS session tokens, Google refresh/access tokens, Azure AD refresh tokens,
  Salesforce session IDs, Braintree access tokens, Stripe key lengths.
* Checksums were implemented only where the algorithm is public and certain
  (GitHub/npm CRC32-base62, bech32 for age keys, CRC-24 for PGP armour, the
  PuTTY v3 MAC for unencrypted keys).  Grafana `glsa_` and Atlassian trailing
  hex groups are random, not real checksums.
* PuTTY ed25519 private blob is written as an SSH `string` of the 32-byte seed;
  PuTTY itself may encode it as an mpint — the file looks right but may not
  load in PuTTYgen.
* Type labels are this corpus's own vocabulary (e.g. `database_password` vs
  `password`, `generic_api_key` vs vendor keys identified only by variable
  name).  A scorer should probably compare spans first and treat the type as
  secondary; several vendor keys (Datadog, Algolia, Twilio auth token,
  Mistral, Cohere, Vercel, Cloudflare, Zendesk, Postmark, Snyk, Codecov …) are
  *only* identifiable from the variable name or header.
* Borderline calls made deliberately: Firebase/Maps browser API keys,
  Supabase anon keys, Sentry DSNs, Twilio Account SIDs, AWS doc example keys,
  the Azurite key and the jwt.io sample token are negatives; Google API keys
  used server side (`GEMINI_API_KEY`, `MAPS_SERVER_KEY`, `key=` in a back-end
  call) are positives.  Encrypted blobs (SOPS, Ansible Vault, SealedSecrets,
  Jenkins `{AQAAAB…}`, Travis `secure:`) are negatives.  Truncated/masked
  values are negatives.
* `gmail_app_password` values contain spaces (`abcd efgh ijkl mnop`) as shown
  by Google; the span covers the four groups.
* Evasion `plain` for homoglyph / full-width / zero-width / bidi records is the
  ASCII credential the author intended; for `line_split` the plain value is the
  token with the break removed (an HTTP obs-fold or YAML escaped line break
  may not reassemble it byte-exactly by spec).
"""


def main():
    pos = build_positives()
    ev = build_evasions()
    negs = build_negatives()
    check(pos, ev, negs)
    dump(os.path.join(HERE, "secrets.jsonl"), pos)
    dump(os.path.join(HERE, "evasions.jsonl"), ev)
    dump(os.path.join(HERE, "negatives.jsonl"), negs)

    ptypes = collections.Counter(s["type"] for r in pos for s in r["secrets"])
    etypes = collections.Counter(s["type"] for r in ev for s in r["secrets"])
    pconts = collections.Counter(r["container"] for r in pos)
    econts = collections.Counter(r["container"] for r in ev)
    nconts = collections.Counter(r["container"] for r in negs)
    all_types = set(ptypes) | set(etypes)
    all_conts = set(pconts) | set(econts) | set(nconts)
    parts = [README_HEAD, "## Counts\n",
             "| file | records | labelled spans | distinct types | distinct containers |\n| --- | ---: | ---: | ---: | ---: |",
             "| secrets.jsonl | %d | %d | %d | %d |" % (len(pos), sum(ptypes.values()), len(ptypes), len(pconts)),
             "| evasions.jsonl | %d | %d | %d | %d |" % (len(ev), sum(etypes.values()), len(etypes), len(econts)),
             "| negatives.jsonl | %d | – | – | %d |" % (len(negs), len(nconts)),
             "\nAcross positives and evasions: %d credential types; across all files: %d container kinds.\n" % (len(all_types), len(all_conts)),
             "### Negatives by class\n", table(collections.Counter(r["class"] for r in negs), "class"),
             "\n### Evasions by encoding\n", table(collections.Counter(r["encoding"] for r in ev), "encoding"),
             "\n### Labelled spans by type (secrets.jsonl)\n", table(ptypes, "type"),
             "\n### Labelled spans by type (evasions.jsonl)\n", table(etypes, "type"),
             "\n### Records by container (secrets.jsonl)\n", table(pconts, "container"),
             "\n### Records by container (evasions.jsonl)\n", table(econts, "container"),
             "\n### Records by container (negatives.jsonl)\n", table(nconts, "container"),
             "\n### Where each shape comes from\n",
             "| type | shape reference |\n| --- | --- |"]
    for t in sorted(all_types):
        parts.append("| %s | %s |" % (t, T[t]["ref"].replace("|", "/")))
    parts.append("")
    parts.append(README_SOURCES)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(parts))
    print("secrets.jsonl: %d records, %d spans, %d types, %d containers" % (len(pos), sum(ptypes.values()), len(ptypes), len(pconts)))
    print("evasions.jsonl: %d records" % len(ev))
    print("negatives.jsonl: %d records" % len(negs))
    print("types overall: %d, containers overall: %d" % (len(all_types), len(all_conts)))


if __name__ == "__main__":
    main()
