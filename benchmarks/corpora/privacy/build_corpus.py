#!/usr/bin/env python3
"""Deterministic generator for the enclave privacy-filter evaluation corpus.

Standard library only.  Run:  python3 build_corpus.py
Writes secrets.jsonl, evasions.jsonl, negatives.jsonl, pii.jsonl and README.md
next to this file.

The corpus was written from public format descriptions only (vendor docs and
the public rule sets of gitleaks, Betterleaks, Kingfisher, CredSweeper,
detect-secrets, TruffleHog, microsoft/security-utilities).  It was NOT written
against the detector under test.  Every "secret" below is produced by a seeded
PRNG: none of them is, or ever was, a real credential.
"""
import base64
import collections
import json
import os
import random
import re
import string
import struct
import sys
import urllib.parse
import zlib

SEED = 0x5EC12E7
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
LALNUM = LO + DIG
UALNUM = UP + DIG
B62 = DIG + UP + LO            # order used by GitHub/npm checksum encoders
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
B32 = UP + "234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def rhex(n):
    return rs(n, HEX)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def ruuid(upper=False):
    b = bytearray(rbytes(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if upper else u


def rdigits(n, first_nonzero=True):
    s = rs(n, DIG)
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def pick(seq):
    return R.choice(seq)


ROT = collections.Counter()


def rot(key, seq):
    """Deterministic round-robin over template variants so every variant is covered."""
    v = seq[ROT[key] % len(seq)]
    ROT[key] += 1
    return v


def b64e(b):
    return base64.b64encode(b).decode()


def b64u(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def b62_int(n):
    if n == 0:
        return "0"
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out


# --------------------------------------------------------------------------
# checksummed token formats
# --------------------------------------------------------------------------
def gh_checksum(body):
    """GitHub/npm: CRC32 of the random part, base62 (0-9A-Za-z), 6 chars.
    (github.blog 2021-04-05 'Behind GitHub's new authentication token formats';
    npm blog 2021-09-23; CredSweeper ValueGitHubCheck)."""
    c = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return b62_int(c).rjust(6, "0")


def gh_token(prefix):
    body = rs(30, B62)
    return f"{prefix}_{body}{gh_checksum(body)}"


def gh_fine_grained():
    # github_pat_ + 22 + '_' + 59 (gitleaks github-fine-grained-pat: \w{82}).
    # The scope of the trailing 6-char CRC32 is not publicly documented for
    # fine-grained PATs; we apply the classic construction to the 76 chars
    # that precede it.
    a = "11" + rs(20, UALNUM)
    b = rs(53, ALNUM)
    body = a + "_" + b
    return "github_pat_" + body + gh_checksum(body)


def npm_token():
    body = rs(30, B62)
    return "npm_" + body + gh_checksum(body)


def grafana_sa_token():
    # CredSweeper ValueGrafanaServiceCheck: last 8 hex = little-endian CRC32
    # of the first 37 chars ("glsa_" + 32).
    head = "glsa_" + rs(32, ALNUM)
    crc = zlib.crc32(head.encode()) & 0xFFFFFFFF
    return head + "_" + struct.pack("<I", crc).hex()


def atlassian_api_token():
    # gitleaks: ATATT3[A-Za-z0-9_\-=]{186}; CredSweeper: ATATT3xFfGF0...=XXXXXXXX
    # where the trailing 8 upper-hex chars are CRC32 of everything before them.
    head = "ATATT3xFfGF0" + rs(171, ALNUM + "_-") + "="
    return head + "%08X" % (zlib.crc32(head.encode()) & 0xFFFFFFFF)


def bitbucket_app_password():
    head = "ATBB" + rs(24, ALNUM)
    return head + "%08X" % (zlib.crc32(head.encode()) & 0xFFFFFFFF)


def atlassian_dc_pat(prefix=""):
    # Jira/Confluence/Bitbucket Data Center PAT: base64("<id>:<20 random bytes>")
    ident = rdigits(12)
    raw = ident.encode() + b":" + rbytes(20)
    return prefix + b64e(raw).replace("+", "x").replace("/", "z")


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data8):
    acc = 0
    bits = 0
    data5 = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data5.append((acc >> bits) & 31)
    if bits:
        data5.append((acc << (5 - bits)) & 31)
    values = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data5
    pm = bech32_polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data5 + chk)


def age_secret_key():
    # age spec: Bech32 with HRP "age-secret-key-", upper-cased.
    return bech32_encode("age-secret-key-", rbytes(32)).upper()


# ---- Marvin32 + Azure DevOps "legacy CASK" 84-char PAT --------------------
def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def marvin32(data, seed):
    p0 = seed & 0xFFFFFFFF
    p1 = (seed >> 32) & 0xFFFFFFFF

    def block(p0, p1):
        p1 ^= p0
        p0 = _rotl(p0, 20)
        p0 = (p0 + p1) & 0xFFFFFFFF
        p1 = _rotl(p1, 9)
        p1 ^= p0
        p0 = _rotl(p0, 27)
        p0 = (p0 + p1) & 0xFFFFFFFF
        p1 = _rotl(p1, 19)
        return p0, p1

    n4 = len(data) // 4 * 4
    for i in range(0, n4, 4):
        p0 = (p0 + struct.unpack("<I", data[i:i + 4])[0]) & 0xFFFFFFFF
        p0, p1 = block(p0, p1)
    rem = data[n4:]
    if len(rem) == 0:
        fin = 0x80
    elif len(rem) == 1:
        fin = 0x8000 | rem[0]
    elif len(rem) == 2:
        fin = 0x800000 | (rem[1] << 8) | rem[0]
    else:
        fin = 0x80000000 | (rem[2] << 16) | (rem[1] << 8) | rem[0]
    p0 = (p0 + fin) & 0xFFFFFFFF
    p0, p1 = block(p0, p1)
    p0, p1 = block(p0, p1)
    return (p1 << 32) | p0


def marvin32_hash32(data, seed):
    h = marvin32(data, seed)
    return ((h >> 32) ^ h) & 0xFFFFFFFF


# test vectors from microsoft/security-utilities marvin_tests.rs (SymCrypt)
assert marvin32(b"abc", 0xD53CD9CECD0893B7) == 0x22C74339492769BF
assert marvin32(b"abcdefghijklmnopqrstuvwxyz", 0xDDDDEEEEFFFF000) == 0xA128EB7E7260ACA2

CASK_SEED = int.from_bytes(b"Default0", "big")  # ComputeHisV1ChecksumSeed("Default0")


def _cs_base62_bytes(b):
    return b62_int(int.from_bytes(b, "big"))


def azure_devops_pat():
    """84-char Azure DevOps PAT (legacy CASK layout, provider signature AZDO):
    52 random base62 | JQQJ | 9 9 | year month | 12 platform | 4 provider |
    AZDO | 4-char base62 Marvin32 checksum.  Layout and checksum from
    microsoft/security-utilities IdentifiableSecrets.GenerateCommonAnnotatedTestKey."""
    while True:
        rnd = rs(85, B62) + "Q=="
        kb = bytearray(base64.b64decode(rnd))  # 64 bytes
        L = len(kb)
        jb, qb = ord("J") - ord("A"), ord("Q") - ord("A")
        reserved = (jb << 18) | (qb << 12) | (qb << 6) | jb
        kb[L - 25:L - 22] = reserved.to_bytes(3, "big")
        year = R.randint(0, 1)  # 2024/2025
        month = R.randint(0, 11)
        meta = (61 << 18) | (61 << 12) | (year << 6) | month
        kb[L - 22:L - 19] = meta.to_bytes(3, "big")
        plat = bytearray(9)
        plat[1] = R.choice([0x20, 0x10, 0x40])
        kb[L - 19:L - 10] = bytes(plat)
        kb[L - 10:L - 7] = bytes(3)
        kb[L - 7:L - 4] = base64.b64decode("AZDO")
        chk = marvin32_hash32(bytes(kb[:L - 4]), CASK_SEED)
        ctext = _cs_base62_bytes(struct.pack("<I", chk))
        ctext = (ctext + "0" * 6)[:6]
        key = base64.b64encode(bytes(kb)).decode()[:80] + ctext[:4]
        if re.fullmatch(r"[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9][A-L][A-Za-z0-9]{16}AZDO[A-Za-z0-9]{4}", key):
            return key


def azure_devops_pat_check(key):
    kb = bytearray(base64.b64decode(key + "AA=="))[:63]
    kb = bytes(kb) + b"\0"
    chk = marvin32_hash32(kb[:60], CASK_SEED)
    ctext = (_cs_base62_bytes(struct.pack("<I", chk)) + "000000")[:6]
    return ctext.startswith(key[-4:])


def azure_ad_client_secret():
    return rs(3, ALNUM) + R.choice("78") + "Q~" + rs(34, ALNUM + "_~.-")


# --------------------------------------------------------------------------
# ASN.1 DER and key material builders (structurally valid, random numbers)
# --------------------------------------------------------------------------
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int_bytes(b):
    b = b.lstrip(b"\0") or b"\0"
    if b[0] & 0x80:
        b = b"\0" + b
    return der(0x02, b)


def der_int(n):
    return der_int_bytes(n.to_bytes(max(1, (n.bit_length() + 7) // 8), "big"))


def rand_big(nbytes, top=True, odd=False):
    b = bytearray(rbytes(nbytes))
    if top:
        b[0] |= 0x80
    if odd:
        b[-1] |= 1
    return bytes(b)


def seq(*parts):
    return der(0x30, b"".join(parts))


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")
OID_PBES2 = bytes.fromhex("06092a864886f70d01050d")
OID_PBKDF2 = bytes.fromhex("06092a864886f70d01050c")
OID_HMACSHA256 = bytes.fromhex("06082a864886f70d0209")
OID_AES256CBC = bytes.fromhex("060960864801650304012a")


def rsa_pkcs1_der(bits=2048):
    nb = bits // 8
    return seq(
        der_int(0), der_int_bytes(rand_big(nb, odd=True)), der_int(65537),
        der_int_bytes(rand_big(nb, top=False)), der_int_bytes(rand_big(nb // 2, odd=True)),
        der_int_bytes(rand_big(nb // 2, odd=True)), der_int_bytes(rand_big(nb // 2, top=False)),
        der_int_bytes(rand_big(nb // 2, top=False)), der_int_bytes(rand_big(nb // 2, top=False)))


def pkcs8_rsa_der(bits=2048):
    return seq(der_int(0), seq(OID_RSA, b"\x05\x00"), der(0x04, rsa_pkcs1_der(bits)))


def ec_der():
    pub = b"\x04" + rbytes(64)
    return seq(der_int(1), der(0x04, rbytes(32)), der(0xA0, OID_P256), der(0xA1, der(0x03, b"\x00" + pub)))


def pkcs8_ec_der():
    inner = seq(der_int(1), der(0x04, rbytes(32)), der(0xA1, der(0x03, b"\x00\x04" + rbytes(64))))
    return seq(der_int(0), seq(OID_EC, OID_P256), der(0x04, inner))


def dsa_der():
    return seq(der_int(0), der_int_bytes(rand_big(128, odd=True)), der_int_bytes(rand_big(20, odd=True)),
               der_int_bytes(rand_big(128, top=False)), der_int_bytes(rand_big(128, top=False)),
               der_int_bytes(rand_big(20, top=False)))


def enc_pkcs8_der():
    params = seq(OID_PBES2, seq(seq(OID_PBKDF2, seq(der(0x04, rbytes(8)), der_int(2048), seq(OID_HMACSHA256, b"\x05\x00"))),
                                seq(OID_AES256CBC, der(0x04, rbytes(16)))))
    return seq(params, der(0x04, rbytes(1232)))


def wrap64(s, w=64):
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


def pem(label, der_bytes, headers=None, w=64):
    body = wrap64(b64e(der_bytes), w)
    h = ""
    if headers:
        h = "".join(f"{k}: {v}\n" for k, v in headers) + "\n"
    return f"-----BEGIN {label}-----\n{h}{body}\n-----END {label}-----"


def ssh_str(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(comment):
    pk = rbytes(32)
    sk = rbytes(32)
    pub = ssh_str("ssh-ed25519") + ssh_str(pk)
    chk = rbytes(4)
    priv = chk + chk + ssh_str("ssh-ed25519") + ssh_str(pk) + ssh_str(sk + pk) + ssh_str(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\0" + ssh_str("none") + ssh_str("none") + ssh_str(b"") + struct.pack(">I", 1) + ssh_str(pub) + ssh_str(priv)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap64(b64e(blob), 70) + "\n-----END OPENSSH PRIVATE KEY-----", pk


def ssh_mpint(b):
    b = b.lstrip(b"\0")
    if b and b[0] & 0x80:
        b = b"\0" + b
    return ssh_str(b)


def openssh_rsa(comment):
    n = rand_big(384, odd=True)
    e = (65537).to_bytes(3, "big")
    pub = ssh_str("ssh-rsa") + ssh_mpint(e) + ssh_mpint(n)
    chk = rbytes(4)
    priv = (chk + chk + ssh_str("ssh-rsa") + ssh_mpint(n) + ssh_mpint(e) + ssh_mpint(rand_big(384, top=False))
            + ssh_mpint(rand_big(192, top=False)) + ssh_mpint(rand_big(192, odd=True)) + ssh_mpint(rand_big(192, odd=True))
            + ssh_str(comment))
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\0" + ssh_str("none") + ssh_str("none") + ssh_str(b"") + struct.pack(">I", 1) + ssh_str(pub) + ssh_str(priv)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap64(b64e(blob), 70) + "\n-----END OPENSSH PRIVATE KEY-----"


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_mpi(b):
    b = b.lstrip(b"\0")
    return struct.pack(">H", len(b) * 8 - (8 - b[0].bit_length())) + b


def pgp_private_block(uid):
    body = (b"\x04" + struct.pack(">I", R.randint(1600000000, 1720000000)) + b"\x01" + pgp_mpi(rand_big(256, odd=True))
            + pgp_mpi(b"\x01\x00\x01") + b"\x00")
    secret = pgp_mpi(rand_big(256)) + pgp_mpi(rand_big(128, odd=True)) + pgp_mpi(rand_big(128, odd=True)) + pgp_mpi(rand_big(128))
    body += secret + struct.pack(">H", sum(secret) & 0xFFFF)
    pkt = b"\x95" + struct.pack(">H", len(body)) + body
    u = uid.encode()
    pkt += b"\xb4" + bytes([len(u)]) + u
    armor = wrap64(b64e(pkt), 64)
    ck = b64e(crc24(pkt).to_bytes(3, "big"))
    return f"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{armor}\n={ck}\n-----END PGP PRIVATE KEY BLOCK-----"


def pgp_public_block(uid):
    body = (b"\x04" + struct.pack(">I", R.randint(1500000000, 1700000000)) + b"\x01" + pgp_mpi(rand_big(256, odd=True))
            + pgp_mpi(b"\x01\x00\x01"))
    pkt = b"\x99" + struct.pack(">H", len(body)) + body
    u = uid.encode()
    pkt += b"\xb4" + bytes([len(u)]) + u
    armor = wrap64(b64e(pkt), 64)
    ck = b64e(crc24(pkt).to_bytes(3, "big"))
    return f"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n{armor}\n={ck}\n-----END PGP PUBLIC KEY BLOCK-----"


def x509_cert_pem():
    # structurally plausible certificate (public material)
    tbs = seq(der(0xA0, der_int(2)), der_int_bytes(rbytes(16)), seq(bytes.fromhex("06092a864886f70d01010b"), b"\x05\x00"),
              seq(der(0x31, seq(bytes.fromhex("0603550403"), der(0x0C, b"build-ca.internal")))),
              seq(der(0x17, b"240101000000Z"), der(0x17, b"260101000000Z")),
              seq(der(0x31, seq(bytes.fromhex("0603550403"), der(0x0C, b"api.internal")))),
              seq(seq(OID_RSA, b"\x05\x00"), der(0x03, b"\x00" + seq(der_int_bytes(rand_big(256, odd=True)), der_int(65537)))))
    cert = seq(tbs, seq(bytes.fromhex("06092a864886f70d01010b"), b"\x05\x00"), der(0x03, b"\x00" + rbytes(256)))
    return pem("CERTIFICATE", cert)


def ssh_pub_ed25519(comment=""):
    blob = ssh_str("ssh-ed25519") + ssh_str(rbytes(32))
    return "ssh-ed25519 " + b64e(blob) + (" " + comment if comment else "")


def ssh_pub_rsa(comment=""):
    blob = ssh_str("ssh-rsa") + ssh_mpint(b"\x01\x00\x01") + ssh_mpint(rand_big(384, odd=True))
    return "ssh-rsa " + b64e(blob) + (" " + comment if comment else "")


def putty_ppk(comment):
    pk = rbytes(32)
    pub = b64e(ssh_str("ssh-ed25519") + ssh_str(pk))
    priv = b64e(ssh_str(rbytes(32)))
    return (f"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: {comment}\nPublic-Lines: 2\n"
            f"{pub[:64]}\n{pub[64:]}\nPrivate-Lines: 1\n"), priv, f"\nPrivate-MAC: {rhex(64)}\n"


# --------------------------------------------------------------------------
# JWT and other structured tokens
# --------------------------------------------------------------------------
def jwt(header, payload, sig_bytes=32):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64u(rbytes(sig_bytes))}"


def now_ts():
    return R.randint(1690000000, 1760000000)


def jwt_generic():
    iat = now_ts()
    alg = R.choice(["HS256", "HS256", "RS256", "HS512", "ES256"])
    sig = {"HS256": 32, "HS512": 64, "RS256": 256, "ES256": 64}[alg]
    payload = R.choice([
        {"sub": rdigits(7), "role": "admin", "iat": iat, "exp": iat + 86400 * 30},
        {"iss": "https://auth.internal.example", "sub": ruuid(), "aud": "orders-api", "scope": "read write", "iat": iat, "exp": iat + 3600},
        {"user_id": R.randint(1000, 99999), "tenant": rs(6, LO), "iat": iat},
        {"sub": "svc-reporting", "permissions": ["reports:read", "exports:write"], "iat": iat, "exp": iat + 31536000},
    ])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and R.random() < 0.6:
        hdr["kid"] = rs(12, B64URL)
    return jwt(hdr, payload, sig)


def supabase_service_jwt():
    iat = now_ts()
    return jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(20, LO), "role": "service_role", "iat": iat, "exp": iat + 315360000})


def supabase_anon_jwt():
    iat = now_ts()
    return jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(20, LO), "role": "anon", "iat": iat, "exp": iat + 315360000})


def k8s_sa_jwt():
    iat = now_ts()
    ns = R.choice(["default", "ci", "payments", "kube-system"])
    sa = R.choice(["deployer", "argocd-manager", "gitlab-runner", "backup"])
    return jwt({"alg": "RS256", "kid": rs(43, B64URL)},
               {"aud": ["https://kubernetes.default.svc"], "exp": iat + 31536000, "iat": iat, "iss": "https://kubernetes.default.svc",
                "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": ruuid()}}, "nbf": iat,
                "sub": f"system:serviceaccount:{ns}:{sa}"}, 256)


def monday_jwt():
    iat = now_ts()
    return jwt({"alg": "HS256"}, {"tid": R.randint(100000000, 999999999), "aai": 11, "uid": R.randint(10000000, 99999999),
                                  "iad": "2024-05-02T10:11:12.000Z", "per": "me:write", "actid": R.randint(1000000, 9999999), "rgn": "use1"})


def grafana_legacy_key():
    j = json.dumps({"k": rs(32, ALNUM), "n": R.choice(["ci-deploy", "alerts", "dashboards-sync"]), "id": R.randint(1, 40)}, separators=(",", ":"))
    return b64e(j.encode())


def grafana_cloud_token():
    j = json.dumps({"o": str(R.randint(100000, 999999)), "n": "stack-" + rdigits(6) + "-hm-read", "k": rs(24, ALNUM),
                    "m": {"r": R.choice(["prod-us-east-0", "prod-eu-west-2"])}}, separators=(",", ":"))
    return "glc_" + b64e(j.encode())


def sentry_org_token():
    j = json.dumps({"iat": round(R.uniform(1.7e9, 1.76e9), 6), "url": "https://sentry.io", "region_url": "https://us.sentry.io",
                    "org": R.choice(["acme-co", "northwind", "blueharbor", "tinyapps"])}, separators=(",", ":"))
    return "sntrys_" + b64e(j.encode()) + "_" + rs(43, ALNUM + "+/")


def onepassword_sa_token():
    j = json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                    "salt": b64u(rbytes(16))}, "email": rs(26, LO) + "@1passwordserviceaccounts.com", "srpX": rhex(64),
                    "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
                    "secretKey": "A3-" + rs(6, UALNUM) + "-" + rs(6, UALNUM) + "-" + rs(5, UALNUM) + "-" + rs(5, UALNUM) + "-" + rs(5, UALNUM) + "-" + rs(5, UALNUM),
                    "throttleSecret": {"seed": rhex(64), "uuid": rs(26, UALNUM)}, "deviceUuid": rs(26, LALNUM)}, separators=(",", ":"))
    return "ops_" + b64u(j.encode())


def pypi_token():
    # macaroon v2 binary serialisation, base64url without padding
    ident = ruuid().encode()
    caveat = json.dumps({"version": 1, "permissions": R.choice(["user", {"projects": [R.choice(["acme-utils", "fastgrid", "tinyorm"])]}])}).encode()
    body = (b"\x02" + b"\x01\x08pypi.org" + b"\x02" + bytes([len(ident)]) + ident + b"\x00"
            + b"\x02" + bytes([len(caveat)]) + caveat + b"\x00\x00" + b"\x06\x20" + rbytes(32))
    return "pypi-" + b64u(body)


def aws_session_token():
    return R.choice(["IQoJb3JpZ2luX2VjE", "FwoGZXIvYXdzE"]) + rs(R.randint(300, 420), B64) + R.choice(["", "=", "=="])


def jfrog_reference_token():
    raw = "reftkn:01:" + str(R.randint(1700000000, 1790000000)) + ":" + rs(27, ALNUM)
    return b64e(raw.encode()).rstrip("=")


def discord_bot_token():
    uid = "1" + rdigits(17, False)
    return b64u(uid.encode()) + "." + rs(6, B64URL) + "." + rs(38, B64URL)


def vault_hvs():
    return "hvs." + "CAESI" + rs(R.randint(86, 95), B64URL)


def vault_hvb():
    return "hvb." + "AAAAAQ" + rs(R.randint(140, 160), B64URL)


def wireguard_key():
    k = bytearray(rbytes(32))
    k[0] &= 248
    k[31] = (k[31] & 127) | 64
    return b64e(bytes(k))


def fernet_key():
    return b64u(rbytes(32), pad=True)


def laravel_key():
    return "base64:" + b64e(rbytes(32))


def django_key():
    return "django-insecure-" + rs(50, LO + DIG + "!@#%^&*(-_=+)") if R.random() < 0.3 else rs(50, LO + DIG + "!@#%^&*(-_=+)")


def azure_storage_key():
    return b64e(rbytes(64))


def azure_sas_sig():
    return urllib.parse.quote(b64e(rbytes(32)), safe="")


def slack_bot():
    return f"xoxb-{rdigits(R.choice([11, 12, 13]))}-{rdigits(13)}-{rs(24, ALNUM)}"


def slack_user():
    return f"xoxp-{rdigits(12)}-{rdigits(12)}-{rdigits(13)}-{rhex(32)}"


def slack_app():
    return f"xapp-1-A{rs(10, UALNUM)}-{rdigits(13)}-{rhex(64)}"


def slack_webhook_path():
    return f"T{rs(R.choice([8, 10]), UALNUM)}/B{rs(R.choice([9, 10, 11]), UALNUM)}/{rs(24, ALNUM)}"


def stripe_sk(mode="live", p="sk"):
    if R.random() < 0.7:
        return f"{p}_{mode}_51" + rs(12, ALNUM) + rs(85, ALNUM)
    return f"{p}_{mode}_" + rs(24, ALNUM)


def telegram_bot():
    return f"{rdigits(R.choice([9, 10]))}:AA{rs(33, ALNUM + '_-')}"


def twitter_bearer():
    return "A" * 22 + rs(20, ALNUM) + "%2F" + rs(6, ALNUM) + "%3D" + rs(50, ALNUM)


def mapbox_secret():
    j = json.dumps({"u": rs(8, LO), "a": "cl" + rs(23, LALNUM)}, separators=(",", ":"))
    return "sk." + b64u(j.encode()) + "." + rs(22, ALNUM + "_-")


def mapbox_public():
    j = json.dumps({"u": rs(8, LO), "a": "cl" + rs(23, LALNUM)}, separators=(",", ":"))
    return "pk." + b64u(j.encode()) + "." + rs(22, ALNUM + "_-")


def new_relic_license():
    return rhex(36) + "NRAL"


def salesforce_token():
    return "00D" + rs(12, ALNUM) + "!" + rs(96, ALNUM + "._")


def intercom_token():
    return b64e(("tok:" + ruuid() + ":1:0").encode())[:59] + "="


def heroku_v2():
    return "HRKU-AA" + rs(58, ALNUM + "_-")


def tailscale_auth():
    return f"tskey-auth-k{rs(6, ALNUM)}CNTRL-{rs(33, ALNUM)}"


def tailscale_api():
    return f"tskey-api-k{rs(6, ALNUM)}CNTRL-{rs(33, ALNUM)}"


def doppler_service():
    return "dp.st." + R.choice(["prd", "dev", "stg", "prd_api", "ci"]) + "." + rs(43, ALNUM)


def tf_cloud():
    return rs(14, ALNUM) + ".atlasv1." + rs(67, ALNUM)


def ngrok_authtoken():
    return R.choice("123") + rs(26, ALNUM) + "_" + rs(21, ALNUM)


def fcm_server_key():
    return rs(11, ALNUM + "_-") + ":APA91b" + rs(134, ALNUM + "_-")


def google_refresh():
    return "1//0" + rs(R.choice([99, 100, 101]), ALNUM + "_-")


def google_access():
    return "ya29.a0A" + rs(R.randint(180, 220), ALNUM + "_-")


def jenkins_token():
    return "11" + rhex(32)


def octopus_key():
    return "API-" + rs(26, UALNUM)


def openai_proj(kind="proj"):
    n = R.choice([58, 74])
    return f"sk-{kind}-" + rs(n, ALNUM + "_-") + "T3BlbkFJ" + rs(n, ALNUM + "_-")


def groq_key():
    return "gsk_" + rs(20, ALNUM) + "WGdyb3FY" + rs(24, ALNUM)


def cloudflare_origin_ca():
    return "v1.0-" + rhex(24) + "-" + rhex(146)


def dropbox_short():
    return "sl.u." + rs(R.choice([135, 140, 150]), ALNUM + "_-")


def facebook_token():
    return "EAA" + R.choice("BCGM") + rs(R.randint(150, 200), ALNUM)


def braintree_token():
    return f"access_token$production${rs(16, LALNUM)}${rhex(32)}"


def square_token():
    return "EAAA" + rs(60, ALNUM + "-_")


def pinecone_key():
    return "pcsk_" + rs(5, ALNUM) + "_" + rs(63, ALNUM)


def langsmith_key():
    return "lsv2_pt_" + rhex(32) + "_" + rhex(10)


def harness_pat():
    return "pat." + rs(22, ALNUM + "_-") + "." + rhex(24) + "." + rs(20, ALNUM)


def airtable_pat():
    return "pat" + rs(14, ALNUM) + "." + rhex(64)


def asana_pat():
    return f"2/{rdigits(16)}/{rdigits(16)}:{rhex(32)}"


def trello_token():
    return "ATTA" + rhex(64) + rs(8, UHEX)


def bedrock_key():
    return "ABSK" + b64e(("BedrockAPIKey-" + rs(4, LALNUM) + "-at-" + rdigits(12) + ":" + b64e(rbytes(40))).encode())


def recaptcha_secret():
    return "6L" + rs(6, ALNUM + "_-") + "AAAAA" + rs(31, ALNUM + "_-")


def recaptcha_site():
    return "6L" + rs(6, ALNUM + "_-") + "AAAAA" + rs(31, ALNUM + "_-")


def gitlab_routable():
    return "glpat-" + rs(R.choice([27, 36]), ALNUM + "_-") + ".01." + rs(9, LALNUM)


def circleci_pat():
    return "CCIPAT_" + rs(22, ALNUM) + "_" + rhex(40)


def jfrog_api_key():
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    return "AKCp" + R.choice("5678") + rs(68, b58)


def elastic_api_key():
    return b64e((rs(20, ALNUM + "_-") + ":" + rs(22, ALNUM + "_-")).encode())


def sparkpost_key():
    return rhex(40)


def paystack_key():
    return "sk_live_" + rhex(40)


def flutterwave_key():
    return "FLWSECK-" + rhex(32) + "-X"


def ibm_cloud_key():
    return rs(44, ALNUM + "_-")


def minio_secret():
    return rs(40, ALNUM + "/+")


def aws_secret():
    return rs(40, ALNUM + "/+")


def aws_akid(prefix="AKIA"):
    return prefix + rs(16, B32)


def hf_token(p="hf_"):
    return p + rs(34, UP + LO)


def password(style=None, urlsafe=False):
    style = style or R.choice(["random", "random", "phrase", "human", "long"])
    sym = "-._~" if urlsafe else "!%*+-.?@^_~#"
    if style == "random":
        n = R.randint(12, 22)
        while True:
            p = R.choice(UP + LO) + rs(n - 1, ALNUM + sym * 2)
            if any(c in DIG for c in p) and any(c in sym for c in p):
                return p
    if style == "phrase":
        w = ["velvet", "harbor", "quartz", "meadow", "cobalt", "lantern", "thistle", "ember", "falcon", "juniper", "orbit",
             "saffron", "tundra", "willow", "basalt", "cinder", "glacier", "marble", "pepper", "rocket", "summit", "violet"]
        parts = R.sample(w, R.choice([3, 4]))
        if R.random() < 0.6:
            parts = [p.capitalize() for p in parts]
        return R.choice(["-", "_", "."]).join(parts) + str(R.randint(2, 99))
    if style == "human":
        w = R.choice(["Marigold", "Snowboard", "Bluebird", "Sunflower", "Kilimanjaro", "Pancake", "Dolphin", "Aurora", "Hamburg", "Tigerlily"])
        return w + str(R.choice([1987, 1991, 2019, 2022, 2023, 2024, 2025])) + ("" if urlsafe else R.choice(["!", "#", "?", "*"])) + ("" if R.random() < 0.5 else rs(2, DIG))
    return rs(R.choice([24, 32, 40]), ALNUM)


# --------------------------------------------------------------------------
# credential type registry
# --------------------------------------------------------------------------
GL = "gitleaks config/gitleaks.toml"
BL = "Betterleaks config/betterleaks.toml"
KF = "Kingfisher data/rules"
CS = "CredSweeper credsweeper/rules/config.yaml"
DS = "detect-secrets detect_secrets/plugins"
TH = "TruffleHog pkg/detectors"

TYPES = collections.OrderedDict()


def reg(t, g, src, v, kind="token", svc=None, hdr="Authorization: Bearer {}", api=None, n=5, only=None, extra=(), conn=None, user=None):
    TYPES[t] = dict(t=t, g=g, src=src, v=list(v), kind=kind, svc=svc or t.replace("_", " "), hdr=hdr, api=api,
                    n=n, only=only, extra=list(extra), conn=conn, user=user)


NOHDR = None
# ---- cloud: AWS ----
reg("aws_access_key_id", lambda: aws_akid("AKIA"), f"{GL} aws-access-token; AWS IAM docs (AKIA + 16 base32 chars)",
    ["AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY", "S3_ACCESS_KEY_ID", "AWS_KEY_ID"], svc="AWS", hdr=NOHDR, n=6, extra=["aws_credentials_file", "aws_configure_set"])
reg("aws_secret_access_key", aws_secret, f"{KF}/aws.yml AWS Secret Access Key; {BL} aws-secret-access-key (40 chars [A-Za-z0-9/+])",
    ["AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY", "S3_SECRET", "aws_secret_access_key"], svc="AWS", hdr=NOHDR, n=8, extra=["aws_credentials_file", "aws_configure_set", "aws_configure_set", "boto3_client"])
reg("aws_temporary_access_key_id", lambda: aws_akid("ASIA"), f"{GL} aws-access-token (ASIA prefix = STS temporary credentials)",
    ["AWS_ACCESS_KEY_ID"], svc="AWS STS", hdr=NOHDR, n=4, extra=["aws_credentials_file"])
reg("aws_session_token", aws_session_token, "AWS STS docs (session token blob, IQoJb3JpZ2luX2Vj... / FwoGZXIvYXdz...)",
    ["AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"], svc="AWS STS", hdr=NOHDR, n=4, extra=["aws_credentials_file"])
reg("aws_bedrock_api_key", bedrock_key, f"{GL} aws-amazon-bedrock-api-key-long-lived (ABSK + base64)",
    ["AWS_BEARER_TOKEN_BEDROCK", "BEDROCK_API_KEY"], svc="Amazon Bedrock", n=4)
reg("aws_mws_auth_token", lambda: "amzn.mws." + ruuid(), f"{CS} AWS MWS Key (amzn.mws.<uuid>)",
    ["MWS_AUTH_TOKEN", "AMAZON_MWS_TOKEN"], svc="Amazon MWS", hdr=NOHDR, n=4)
# ---- cloud: GCP / Google ----
reg("gcp_api_key", lambda: "AIza" + rs(35, ALNUM + "_-"), f"{GL} gcp-api-key (AIza + 35) used server-side",
    ["GOOGLE_API_KEY", "GCP_API_KEY", "MAPS_SERVER_KEY", "YOUTUBE_API_KEY"], svc="Google Cloud", hdr="X-Goog-Api-Key: {}", n=5)
reg("google_gemini_api_key", lambda: "AIza" + rs(35, ALNUM + "_-"), "Google AI Studio docs (Gemini keys use the AIza API-key format)",
    ["GEMINI_API_KEY", "GOOGLE_GENERATIVE_AI_API_KEY"], svc="Gemini", hdr="x-goog-api-key: {}", n=4)
reg("gcp_service_account_private_key", lambda: None, f"{BL} gcp-service-account; Google IAM docs (service-account key JSON)",
    [], kind="special", svc="GCP", n=6)
reg("google_oauth_client_secret", lambda: "GOCSPX-" + rs(28, ALNUM + "_-"), f"{KF}/google.yml Google Client secret (GOCSPX-28)",
    ["GOOGLE_CLIENT_SECRET", "OAUTH_CLIENT_SECRET"], svc="Google OAuth", hdr=NOHDR, n=5)
reg("google_oauth_access_token", google_access, f"{KF}/google.yml Google OAuth Access Token (ya29.)",
    ["GOOGLE_ACCESS_TOKEN", "GCLOUD_ACCESS_TOKEN"], svc="Google OAuth", n=4)
reg("google_oauth_refresh_token", google_refresh, f"{CS} Google OAuth Refresh Token (1//0...)",
    ["GOOGLE_REFRESH_TOKEN", "GDRIVE_REFRESH_TOKEN"], svc="Google OAuth", hdr=NOHDR, n=4)
reg("firebase_fcm_server_key", fcm_server_key, "Firebase legacy FCM server key format (<11>:APA91b...)",
    ["FCM_SERVER_KEY", "FIREBASE_SERVER_KEY"], svc="Firebase Cloud Messaging", hdr="Authorization: key={}", n=4)
reg("recaptcha_secret_key", recaptcha_secret, "Google reCAPTCHA docs (secret key, 40 chars, 6L...)",
    ["RECAPTCHA_SECRET_KEY", "RECAPTCHA_SECRET"], svc="reCAPTCHA", hdr=NOHDR, n=4)
# ---- cloud: Azure ----
reg("azure_storage_account_key", azure_storage_key, f"{BL} azure-storage-account-key; {KF}/azurestorage.yml (88-char base64)",
    ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY", "STORAGE_ACCOUNT_KEY"], svc="Azure Storage", hdr=NOHDR, n=5)
reg("azure_storage_connection_string", azure_storage_key, f"{KF}/azure.yml Azure Connection String (AccountKey=)",
    ["AZURE_STORAGE_CONNECTION_STRING", "AzureWebJobsStorage", "BLOB_CONNECTION_STRING"], kind="conn", svc="Azure Storage", hdr=NOHDR, n=6,
    conn=lambda: "DefaultEndpointsProtocol=https;AccountName=" + rs(R.randint(6, 14), LALNUM) + ";AccountKey={S};EndpointSuffix=core.windows.net")
reg("azure_sas_token", azure_sas_sig, "Azure Storage SAS docs (sig= query parameter)",
    ["AZURE_SAS_URL", "BLOB_SAS_URL", "SAS_TOKEN"], kind="conn", svc="Azure Storage SAS", hdr=NOHDR, n=5,
    conn=lambda: f"https://{rs(10, LALNUM)}.blob.core.windows.net/{pick(['backups', 'uploads', 'exports'])}?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2026-01-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig={{S}}")
reg("azure_ad_client_secret", azure_ad_client_secret, f"{GL} azure-ad-client-secret (xxx8Q~...)",
    ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET", "AAD_CLIENT_SECRET", "ClientSecret"], svc="Entra ID", hdr=NOHDR, n=6)
reg("azure_devops_pat", azure_devops_pat, "Azure DevOps release notes sprint 241 (84-char PAT); microsoft/security-utilities legacy CASK (JQQJ99..AZDO + Marvin32 checksum); Kingfisher azuredevops.yml",
    ["AZURE_DEVOPS_PAT", "AZURE_DEVOPS_EXT_PAT", "ADO_PAT", "SYSTEM_ACCESSTOKEN_OVERRIDE"], svc="Azure DevOps", hdr=NOHDR, n=7, extra=["git_remote_url", "npmrc_password"])
reg("azure_devops_pat_legacy", lambda: rs(52, LO + "234567"), f"{TH}/azuredevopspersonalaccesstoken (52 chars [a-z2-7])",
    ["AZURE_DEVOPS_TOKEN", "ADO_TOKEN", "AZDO_PAT"], svc="Azure DevOps", hdr=NOHDR, n=4)
reg("azure_service_bus_shared_access_key", lambda: b64e(rbytes(32)), f"{BL} azure-servicebus-connection-string",
    ["SERVICEBUS_CONNECTION_STRING", "AZURE_SERVICEBUS_CONNECTION"], kind="conn", svc="Azure Service Bus", hdr=NOHDR, n=4,
    conn=lambda: f"Endpoint=sb://{rs(8, LALNUM)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={{S}}")
reg("azure_cosmosdb_key", lambda: b64e(rbytes(64)), "Azure Cosmos DB docs (AccountKey, 88-char base64)",
    ["COSMOS_KEY", "COSMOSDB_PRIMARY_KEY"], kind="conn", svc="Cosmos DB", hdr=NOHDR, n=4,
    conn=lambda: f"AccountEndpoint=https://{rs(8, LALNUM)}.documents.azure.com:443/;AccountKey={{S}};")
reg("azure_app_configuration_secret", lambda: b64e(rbytes(32)), f"{BL} azure-app-configuration-connection-string",
    ["AZURE_APPCONFIG_CONNECTION_STRING"], kind="conn", svc="Azure App Configuration", hdr=NOHDR, n=4,
    conn=lambda: f"Endpoint=https://{rs(8, LALNUM)}.azconfig.io;Id={rs(4, ALNUM)}-l1-s0:{rs(20, ALNUM)};Secret={{S}}")
reg("azure_openai_api_key", lambda: rhex(32), f"{KF}/azureopenai.yml Azure OpenAI API Key (32 hex)",
    ["AZURE_OPENAI_API_KEY", "AZURE_OPENAI_KEY"], svc="Azure OpenAI", hdr="api-key: {}", n=4)
# ---- other clouds / hosting ----
reg("alibaba_access_key_id", lambda: "LTAI5t" + rs(18, ALNUM), f"{GL} alibaba-access-key-id (LTAI...)",
    ["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY"], svc="Alibaba Cloud", hdr=NOHDR, n=4)
reg("alibaba_access_key_secret", lambda: rs(30, ALNUM), f"{GL} alibaba-secret-key (30 alnum)",
    ["ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALICLOUD_SECRET_KEY"], svc="Alibaba Cloud", hdr=NOHDR, n=4)
reg("digitalocean_pat", lambda: "dop_v1_" + rhex(64), f"{GL} digitalocean-pat",
    ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN"], svc="DigitalOcean", api="https://api.digitalocean.com/v2/droplets", n=5)
reg("digitalocean_oauth_token", lambda: "doo_v1_" + rhex(64), f"{GL} digitalocean-access-token", ["DO_OAUTH_TOKEN"], svc="DigitalOcean", n=3)
reg("digitalocean_refresh_token", lambda: "dor_v1_" + rhex(64), f"{GL} digitalocean-refresh-token", ["DO_REFRESH_TOKEN"], svc="DigitalOcean", hdr=NOHDR, n=3)
reg("heroku_api_key", lambda: ruuid(), f"{GL} heroku-api-key (UUID near 'heroku')",
    ["HEROKU_API_KEY", "HEROKU_AUTH_TOKEN"], svc="Heroku", api="https://api.heroku.com/apps", n=5, extra=["netrc_heroku"])
reg("heroku_api_key_v2", heroku_v2, f"{GL} heroku-api-key-v2 (HRKU-AA + 58)", ["HEROKU_API_KEY"], svc="Heroku", api="https://api.heroku.com/apps", n=4)
reg("linode_api_token", lambda: rhex(64), "Linode API docs (64-hex personal access token)", ["LINODE_TOKEN", "LINODE_CLI_TOKEN"], svc="Linode", n=3)
reg("vultr_api_key", lambda: rs(36, UALNUM), f"{KF}/vultrapikey.yml (36 upper alnum)", ["VULTR_API_KEY"], svc="Vultr", n=3)
reg("hetzner_cloud_token", lambda: rs(64, ALNUM), "Hetzner Cloud API docs (64-char project token)", ["HCLOUD_TOKEN", "HETZNER_TOKEN"], svc="Hetzner", n=3)
reg("scaleway_secret_key", lambda: ruuid(), f"{BL} scaleway-secret-key (UUID near scw)", ["SCW_SECRET_KEY"], svc="Scaleway", hdr="X-Auth-Token: {}", n=3)
reg("ibm_cloud_api_key", ibm_cloud_key, f"{KF}/ibm.yml IBM Cloud User Key (44 chars)", ["IBMCLOUD_API_KEY", "IC_API_KEY"], svc="IBM Cloud", hdr=NOHDR, n=3)
reg("cloudflare_api_token", lambda: rs(40, ALNUM + "_-"), f"{GL} cloudflare-api-key (40 chars)",
    ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], svc="Cloudflare", api="https://api.cloudflare.com/client/v4/user/tokens/verify", n=5)
reg("cloudflare_global_api_key", lambda: rhex(37), f"{GL} cloudflare-global-api-key (37 hex)", ["CLOUDFLARE_API_KEY", "CF_API_KEY"], svc="Cloudflare", hdr="X-Auth-Key: {}", n=4)
reg("cloudflare_origin_ca_key", cloudflare_origin_ca, f"{GL} cloudflare-origin-ca-key (v1.0-...)", ["CF_ORIGIN_CA_KEY"], svc="Cloudflare", hdr="X-Auth-User-Service-Key: {}", n=3)
reg("fly_io_token", lambda: "fo1_" + rs(43, ALNUM + "_-"), f"{GL} flyio-access-token (fo1_)", ["FLY_API_TOKEN", "FLY_ACCESS_TOKEN"], svc="Fly.io", n=4)
reg("vercel_token", lambda: rs(24, ALNUM), f"{KF}/vercel.yml Vercel API Key (24 alnum)", ["VERCEL_TOKEN"], svc="Vercel", api="https://api.vercel.com/v2/user", n=4)
reg("vercel_personal_access_token", lambda: "vcp_" + rs(56, ALNUM), f"{BL} vercel-personal-access-token (vcp_)", ["VERCEL_TOKEN", "VERCEL_ACCESS_TOKEN"], svc="Vercel", n=3)
reg("netlify_pat", lambda: "nfp_" + rs(36, ALNUM), f"{CS} Netlify Token (nfp_)", ["NETLIFY_AUTH_TOKEN"], svc="Netlify", n=4)
reg("render_api_key", lambda: "rnd_" + rs(28, ALNUM), f"{BL} render-api-key (rnd_ + 28)", ["RENDER_API_KEY", "RENDER_TOKEN"], svc="Render", api="https://api.render.com/v1/services", n=5)
reg("supabase_access_token", lambda: "sbp_" + rhex(40), f"{BL} supabase-management-token (sbp_)", ["SUPABASE_ACCESS_TOKEN"], svc="Supabase", n=4)
reg("supabase_service_role_key", supabase_service_jwt, "Supabase docs (service_role JWT is secret, anon is public)", ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY"], svc="Supabase", hdr="apikey: {}", n=5)
reg("supabase_secret_key", lambda: "sb_secret_" + rs(31, ALNUM + "_-"), f"{BL} supabase-project-api-key (sb_secret_)", ["SUPABASE_SECRET_KEY"], svc="Supabase", hdr="apikey: {}", n=3)
reg("planetscale_password", lambda: "pscale_pw_" + rs(43, ALNUM + "_"), f"{GL} planetscale-password", ["DATABASE_PASSWORD", "PSCALE_PASSWORD"], svc="PlanetScale", hdr=NOHDR, n=4)
reg("planetscale_service_token", lambda: "pscale_tkn_" + rs(43, ALNUM + "_"), f"{GL} planetscale-api-token", ["PLANETSCALE_SERVICE_TOKEN"], svc="PlanetScale", n=3)
reg("neon_api_key", lambda: "napi_" + rs(64, ALNUM), f"{BL} neon-api-key (napi_ + 64)", ["NEON_API_KEY"], svc="Neon", n=3)
reg("databricks_token", lambda: "dapi" + rhex(32) + R.choice(["", "", "-2", "-3"]), f"{GL} databricks-api-token", ["DATABRICKS_TOKEN"], svc="Databricks", api="https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/clusters/list", n=5)
reg("mongodb_atlas_sa_secret", lambda: "mdb_sa_sk_" + rs(40, ALNUM + "_-"), f"{BL} mongodb-atlas-service-account-secret", ["MONGODB_ATLAS_CLIENT_SECRET"], svc="MongoDB Atlas", hdr=NOHDR, n=3)
reg("clickhouse_cloud_secret", lambda: "4b1d" + rs(38, ALNUM), f"{GL} clickhouse-cloud-api-secret-key", ["CLICKHOUSE_KEY_SECRET"], svc="ClickHouse Cloud", hdr=NOHDR, n=3)
reg("cockroachdb_cloud_api_key", lambda: "CCDB1_" + rs(22, ALNUM) + "_" + rs(40, ALNUM), f"{BL} cockroachlabs-cloud-api-key", ["COCKROACH_API_KEY"], svc="CockroachDB Cloud", n=3)
# ---- secrets managers / infra ----
reg("tailscale_auth_key", tailscale_auth, "Tailscale docs (auth keys tskey-auth-<id>CNTRL-<secret>); Kingfisher tailscale.yml",
    ["TS_AUTHKEY", "TAILSCALE_AUTHKEY", "TS_AUTH_KEY"], svc="Tailscale", hdr=NOHDR, n=5, extra=["tailscale_up"])
reg("tailscale_api_key", tailscale_api, f"{BL} tailscale-api-key (tskey-api-)", ["TAILSCALE_API_KEY", "TS_API_KEY"], svc="Tailscale", api="https://api.tailscale.com/api/v2/tailnet/-/devices", n=4)
reg("doppler_service_token", doppler_service, f"{KF}/doppler.yml Doppler Service Token (dp.st.<env>.<40-44>)", ["DOPPLER_TOKEN"], svc="Doppler", n=5)
reg("doppler_personal_token", lambda: "dp.pt." + rs(43, ALNUM), f"{GL} doppler-api-token (dp.pt.)", ["DOPPLER_TOKEN", "DOPPLER_PERSONAL_TOKEN"], svc="Doppler", n=3)
reg("doppler_cli_token", lambda: "dp.ct." + rs(43, ALNUM), f"{KF}/doppler.yml Doppler CLI Token", ["DOPPLER_CLI_TOKEN"], svc="Doppler", n=3)
reg("vault_service_token", vault_hvs, f"{GL} vault-service-token (hvs.)", ["VAULT_TOKEN"], svc="HashiCorp Vault", hdr="X-Vault-Token: {}", n=6, extra=["vault_login"])
reg("vault_batch_token", vault_hvb, f"{GL} vault-batch-token (hvb.)", ["VAULT_TOKEN"], svc="HashiCorp Vault", hdr="X-Vault-Token: {}", n=3)
reg("vault_legacy_token", lambda: "s." + rs(24, ALNUM), f"{GL} vault-service-token (legacy s. + 24)", ["VAULT_TOKEN"], svc="HashiCorp Vault", hdr="X-Vault-Token: {}", n=3)
reg("terraform_cloud_token", tf_cloud, f"{GL} hashicorp-tf-api-token (.atlasv1.)", ["TFE_TOKEN", "TF_TOKEN_app_terraform_io", "ATLAS_TOKEN"], svc="Terraform Cloud", n=5, extra=["terraformrc"])
reg("pulumi_access_token", lambda: "pul-" + rhex(40), f"{GL} pulumi-api-token (pul- + 40 hex)", ["PULUMI_ACCESS_TOKEN"], svc="Pulumi", n=5)
reg("onepassword_service_account_token", onepassword_sa_token, f"{GL} 1password-service-account-token (ops_eyJ...)", ["OP_SERVICE_ACCOUNT_TOKEN"], svc="1Password", hdr=NOHDR, n=4)
reg("onepassword_secret_key", lambda: "A3-" + rs(6, UALNUM) + "-" + rs(6, UALNUM) + "-" + rs(5, UALNUM) + "-" + rs(5, UALNUM) + "-" + rs(5, UALNUM),
    f"{GL} 1password-secret-key", ["OP_SECRET_KEY"], svc="1Password", hdr=NOHDR, n=3)
reg("age_secret_key", age_secret_key, f"{GL} age-secret-key; age spec (Bech32, valid checksum)", ["SOPS_AGE_KEY", "AGE_SECRET_KEY"], svc="age", hdr=NOHDR, n=4, extra=["age_key_file"])
reg("consul_acl_token", lambda: ruuid(), "Consul docs (ACL token = UUID secret id)", ["CONSUL_HTTP_TOKEN"], svc="Consul", hdr="X-Consul-Token: {}", n=3)
reg("nomad_token", lambda: ruuid(), "Nomad docs (ACL secret id UUID)", ["NOMAD_TOKEN"], svc="Nomad", hdr="X-Nomad-Token: {}", n=3)
reg("kubernetes_service_account_token", k8s_sa_jwt, "Kubernetes docs (service account JWT)", ["K8S_TOKEN", "KUBE_TOKEN"], svc="Kubernetes", n=4, extra=["kubeconfig_token"])
reg("docker_swarm_join_token", lambda: "SWMTKN-1-" + rs(50, LALNUM) + "-" + rs(25, LALNUM), f"{CS} Docker Swarm Token", ["SWARM_JOIN_TOKEN"], svc="Docker Swarm", hdr=NOHDR, n=3)
reg("minio_secret_key", minio_secret, "MinIO docs (secret key 40 chars)", ["MINIO_SECRET_KEY", "MINIO_ROOT_PASSWORD"], svc="MinIO", hdr=NOHDR, n=3)
reg("wireguard_private_key", wireguard_key, "WireGuard wg(8) (base64 Curve25519 private key)", [], kind="special", svc="WireGuard", n=4)
# ---- source hosting / CI / package registries ----
GHSRC = "GitHub docs 'About authentication to GitHub' + github.blog 2021-04-05 token formats (prefix + 30 base62 + CRC32 base62); "
reg("github_pat", lambda: gh_token("ghp"), GHSRC + f"{GL} github-pat", ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "GH_PAT", "HOMEBREW_GITHUB_API_TOKEN"],
    svc="GitHub", hdr=R.choice(["Authorization: token {}", "Authorization: Bearer {}"]), api="https://api.github.com/user", n=9, extra=["git_remote_url", "gh_auth_login", "netrc_generic"])
reg("github_oauth_token", lambda: gh_token("gho"), GHSRC + f"{GL} github-oauth", ["GITHUB_OAUTH_TOKEN", "GH_TOKEN"], svc="GitHub", api="https://api.github.com/user", n=5)
reg("github_app_installation_token", lambda: gh_token("ghs"), GHSRC + f"{GL} github-app-token (ghs_)", ["GITHUB_TOKEN", "INSTALLATION_TOKEN"], svc="GitHub", api="https://api.github.com/installation/repositories", n=5, extra=["git_remote_url"])
reg("github_user_to_server_token", lambda: gh_token("ghu"), GHSRC + f"{GL} github-app-token (ghu_)", ["GITHUB_USER_TOKEN"], svc="GitHub", n=4)
reg("github_refresh_token", lambda: gh_token("ghr"), GHSRC + f"{GL} github-refresh-token", ["GITHUB_REFRESH_TOKEN"], svc="GitHub", hdr=NOHDR, n=4)
reg("github_fine_grained_pat", gh_fine_grained, GHSRC + f"{GL} github-fine-grained-pat (github_pat_ + 82)", ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], svc="GitHub", api="https://api.github.com/repos/acme/infra", n=7, extra=["git_remote_url"])
reg("gitlab_pat", lambda: "glpat-" + rs(20, ALNUM + "_-"), f"{GL} gitlab-pat (glpat- + 20)", ["GITLAB_TOKEN", "GL_TOKEN", "CI_PUSH_TOKEN", "GITLAB_PRIVATE_TOKEN"],
    svc="GitLab", hdr="PRIVATE-TOKEN: {}", api="https://gitlab.com/api/v4/projects", n=7, extra=["git_remote_url"])
reg("gitlab_pat_routable", gitlab_routable, f"{BL} gitlab-pat-routable-versioned (glpat-....01.xxxxxxxxx)", ["GITLAB_TOKEN"], svc="GitLab", hdr="PRIVATE-TOKEN: {}", api="https://gitlab.com/api/v4/user", n=4)
reg("gitlab_runner_token", lambda: "glrt-" + rs(20, ALNUM + "_-"), f"{GL} gitlab-runner-authentication-token", ["RUNNER_TOKEN", "CI_SERVER_TOKEN"], svc="GitLab Runner", hdr=NOHDR, n=4, extra=["gitlab_runner_toml"])
reg("gitlab_runner_registration_token", lambda: "GR1348941" + rs(20, ALNUM + "_-"), f"{GL} gitlab-rrt", ["REGISTRATION_TOKEN"], svc="GitLab Runner", hdr=NOHDR, n=3)
reg("gitlab_deploy_token", lambda: "gldt-" + rs(20, ALNUM + "_-"), f"{GL} gitlab-deploy-token", ["GITLAB_DEPLOY_TOKEN", "CI_DEPLOY_PASSWORD"], svc="GitLab", hdr=NOHDR, n=3)
reg("gitlab_pipeline_trigger_token", lambda: "glptt-" + rhex(40), f"{GL} gitlab-ptt", ["TRIGGER_TOKEN"], svc="GitLab", hdr=NOHDR, n=3)
reg("gitlab_feed_token", lambda: "glft-" + rs(20, ALNUM + "_-"), f"{GL} gitlab-feed-token", ["GITLAB_FEED_TOKEN"], svc="GitLab", hdr=NOHDR, n=3)
reg("gitlab_oauth_app_secret", lambda: "gloas-" + rs(64, ALNUM + "_-"), f"{GL} gitlab-oauth-app-secret", ["GITLAB_APP_SECRET"], svc="GitLab", hdr=NOHDR, n=3)
reg("gitlab_agent_token", lambda: "glagent-" + rs(50, ALNUM + "_-"), f"{GL} gitlab-kubernetes-agent-token", ["GITLAB_AGENT_TOKEN"], svc="GitLab agent", hdr=NOHDR, n=3)
reg("gitlab_ci_job_token", lambda: "glcbt-" + rs(R.choice([2, 3, 4]), ALNUM) + "_" + rs(20, ALNUM + "_-"), f"{GL} gitlab-cicd-job-token", ["CI_JOB_TOKEN"], svc="GitLab", hdr="JOB-TOKEN: {}", n=3)
reg("bitbucket_app_password", bitbucket_app_password, f"{CS} Bitbucket App Password (ATBB + 24 + CRC32)", ["BITBUCKET_APP_PASSWORD", "BB_APP_PASSWORD"], svc="Bitbucket", hdr=NOHDR, n=5, extra=["git_remote_url"])
reg("bitbucket_client_secret", lambda: rs(32, ALNUM), f"{GL} bitbucket-client-secret", ["BITBUCKET_CLIENT_SECRET", "BITBUCKET_OAUTH_SECRET"], svc="Bitbucket", hdr=NOHDR, n=3)
reg("bitbucket_http_access_token", lambda: atlassian_dc_pat("BBDC-"), f"{CS} Bitbucket HTTP Access Token (BBDC- + base64 id:bytes)", ["BITBUCKET_TOKEN"], svc="Bitbucket Data Center", n=3)
reg("atlassian_api_token", atlassian_api_token, f"{GL} atlassian-api-token (ATATT3 + 186); {CS} ValueAtlassianTokenCheck (CRC32 suffix)",
    ["JIRA_API_TOKEN", "CONFLUENCE_API_TOKEN", "ATLASSIAN_API_TOKEN"], svc="Atlassian", hdr=NOHDR, n=6, extra=["basic_auth_header"])
reg("jira_datacenter_pat", lambda: atlassian_dc_pat(), f"{CS} Jira / Confluence PAT token (base64 of '<id>:<bytes>')", ["JIRA_PAT", "CONFLUENCE_PAT"], svc="Jira Data Center", n=4)
reg("circleci_personal_token", circleci_pat, f"{BL} circleci-personal-token (CCIPAT_)", ["CIRCLECI_TOKEN", "CIRCLE_TOKEN"], svc="CircleCI", hdr="Circle-Token: {}", n=4)
reg("circleci_project_token", lambda: rhex(40), f"{KF}/circleci.yml CircleCI API Project Token (40 hex)", ["CIRCLECI_PROJECT_TOKEN"], svc="CircleCI", hdr="Circle-Token: {}", n=3)
reg("travis_ci_token", lambda: rs(22, ALNUM), f"{GL} travisci-access-token (22)", ["TRAVIS_TOKEN", "TRAVIS_API_TOKEN"], svc="Travis CI", hdr="Authorization: token {}", n=3)
reg("buildkite_token", lambda: "bkua_" + rs(40, LALNUM), f"{KF}/buildkite.yml (bkua_)", ["BUILDKITE_API_TOKEN", "BUILDKITE_TOKEN"], svc="Buildkite", n=4)
reg("drone_ci_token", lambda: rs(32, ALNUM), f"{GL} droneci-access-token (32)", ["DRONE_TOKEN"], svc="Drone CI", n=3)
reg("jenkins_api_token", jenkins_token, "Jenkins docs (user API token, 34 hex starting 11)", ["JENKINS_API_TOKEN", "JENKINS_TOKEN"], svc="Jenkins", hdr=NOHDR, n=4, extra=["curl_user"])
reg("sonarqube_token", lambda: R.choice(["squ_", "sqp_", "sqa_"]) + rhex(40), f"{CS} SonarQube Credentials (squ_/sqp_/sqa_ + 40 hex)", ["SONAR_TOKEN", "SONAR_LOGIN"], svc="SonarQube", n=4)
reg("snyk_token", lambda: ruuid(), f"{GL} snyk-api-token (UUID)", ["SNYK_TOKEN", "SNYK_API_TOKEN"], svc="Snyk", hdr="Authorization: token {}", n=3)
reg("codecov_token", lambda: ruuid(), f"{GL} codecov-access-token", ["CODECOV_TOKEN"], svc="Codecov", hdr="Authorization: token {}", n=3)
reg("octopus_deploy_api_key", octopus_key, f"{GL} octopus-deploy-api-key (API- + 26)", ["OCTOPUS_API_KEY", "OCTOPUS_CLI_API_KEY"], svc="Octopus Deploy", hdr="X-Octopus-ApiKey: {}", n=3)
reg("harness_pat", harness_pat, f"{GL} harness-api-key", ["HARNESS_API_KEY", "HARNESS_PLATFORM_API_KEY"], svc="Harness", hdr="x-api-key: {}", n=3)
reg("npm_access_token", npm_token, "npm blog 2021-09-23 new access token format (npm_ + 30 + CRC32); " + f"{GL} npm-access-token",
    ["NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_AUTH_TOKEN"], svc="npm", hdr=NOHDR, n=7, extra=["npmrc_authtoken", "npmrc_authtoken"])
reg("npm_legacy_auth_token", lambda: ruuid(), f"{KF}/npm.yml NPM Access Token (old format, UUID after _authToken)", ["NPM_TOKEN"], kind="token", svc="npm", hdr=NOHDR, n=3, only=["npmrc_authtoken", "dotenv", "github_actions_env"])
reg("npmrc_basic_password", lambda: b64e(password().encode()), "npm docs .npmrc (_password is base64 of the password)", [], kind="special", svc="npm", n=4)
reg("pypi_upload_token", pypi_token, f"{GL} pypi-upload-token (pypi-AgEIcHlwaS5vcmc...); PyPI docs (macaroon)", ["PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN"],
    svc="PyPI", hdr=NOHDR, n=6, extra=["pypirc"])
reg("rubygems_api_key", lambda: "rubygems_" + rhex(48), f"{GL} rubygems-api-token", ["GEM_HOST_API_KEY", "RUBYGEMS_API_KEY"], svc="RubyGems", hdr="Authorization: {}", n=4, extra=["gem_credentials"])
reg("nuget_api_key", lambda: "oy2" + rs(43, LALNUM), f"{CS} NuGet API key (oy2 + 43)", ["NUGET_API_KEY"], svc="NuGet", hdr="X-NuGet-ApiKey: {}", n=4)
reg("crates_io_token", lambda: "cio" + rs(32, ALNUM), f"{BL} crates-io-api-key (cio + 32)", ["CARGO_REGISTRY_TOKEN"], svc="crates.io", hdr="Authorization: {}", n=3, extra=["cargo_credentials"])
reg("clojars_token", lambda: "CLOJARS_" + rhex(60), f"{GL} clojars-api-token", ["CLOJARS_PASSWORD", "CLOJARS_TOKEN"], svc="Clojars", hdr=NOHDR, n=3)
reg("dockerhub_pat", lambda: "dckr_pat_" + rs(27, ALNUM + "_-"), f"{GL} dockerhub-personal-access-token (dckr_pat_ + 27)", ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD", "DOCKER_HUB_TOKEN"],
    svc="Docker Hub", hdr=NOHDR, n=6, extra=["docker_login"])
reg("dockerhub_oat", lambda: "dckr_oat_" + rs(32, ALNUM + "_-"), f"{BL} dockerhub-organization-access-token", ["DOCKERHUB_ORG_TOKEN"], svc="Docker Hub", hdr=NOHDR, n=3)
reg("docker_registry_auth", lambda: None, "Docker docs config.json / Kubernetes docs kubernetes.io/dockerconfigjson (auth = base64(user:pass))", [], kind="special", svc="registry", n=12)
reg("jfrog_api_key", jfrog_api_key, f"{GL} artifactory-api-key (AKCp + 69)", ["ARTIFACTORY_API_KEY", "JFROG_API_KEY"], svc="JFrog Artifactory", hdr="X-JFrog-Art-Api: {}", n=3)
reg("jfrog_reference_token", jfrog_reference_token, f"{GL} artifactory-reference-token (cmVmd...); {CS} ValueJfrogTokenCheck", ["JFROG_ACCESS_TOKEN", "ARTIFACTORY_TOKEN"], svc="JFrog", n=3)
# ---- AI providers ----
reg("openai_api_key", lambda: openai_proj("proj"), f"{GL} openai-api-key (sk-proj-...T3BlbkFJ...)", ["OPENAI_API_KEY", "OPENAI_KEY", "OPENAI_TOKEN"],
    svc="OpenAI", api="https://api.openai.com/v1/chat/completions", n=9)
reg("openai_legacy_api_key", lambda: "sk-" + rs(20, ALNUM) + "T3BlbkFJ" + rs(20, ALNUM), f"{GL} openai-api-key (legacy sk-20T3BlbkFJ20)", ["OPENAI_API_KEY"], svc="OpenAI", api="https://api.openai.com/v1/models", n=4)
reg("openai_service_account_key", lambda: openai_proj("svcacct"), f"{GL} openai-api-key (sk-svcacct-)", ["OPENAI_API_KEY"], svc="OpenAI", n=3)
reg("openai_admin_key", lambda: openai_proj("admin"), f"{BL} openai-api-key (sk-admin-)", ["OPENAI_ADMIN_KEY"], svc="OpenAI", n=3)
reg("anthropic_api_key", lambda: "sk-ant-api03-" + rs(93, ALNUM + "_-") + "AA", f"{GL} anthropic-api-key (sk-ant-api03- + 93 + AA)", ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"],
    svc="Anthropic", hdr="x-api-key: {}", api="https://api.anthropic.com/v1/messages", n=9)
reg("anthropic_admin_key", lambda: "sk-ant-admin01-" + rs(93, ALNUM + "_-") + "AA", f"{GL} anthropic-admin-api-key", ["ANTHROPIC_ADMIN_KEY"], svc="Anthropic", hdr="x-api-key: {}", n=3)
reg("huggingface_token", hf_token, f"{GL} huggingface-access-token (hf_ + 34 letters)", ["HF_TOKEN", "HUGGINGFACE_TOKEN", "HUGGING_FACE_HUB_TOKEN"], svc="Hugging Face", api="https://huggingface.co/api/whoami-v2", n=7)
reg("huggingface_org_token", lambda: hf_token("api_org_"), f"{GL} huggingface-organization-api-token", ["HF_ORG_TOKEN"], svc="Hugging Face", n=3)
reg("groq_api_key", groq_key, f"{KF}/groq.yml (gsk_ + 52); {CS} Groq API Key (WGdyb3FY marker)", ["GROQ_API_KEY"], svc="Groq", api="https://api.groq.com/openai/v1/chat/completions", n=5)
reg("replicate_api_token", lambda: "r8_" + rs(37, ALNUM), f"{BL} replicate-api-token (r8_ + 37)", ["REPLICATE_API_TOKEN"], svc="Replicate", api="https://api.replicate.com/v1/predictions", n=5)
reg("cohere_api_key", lambda: rs(40, ALNUM), f"{GL} cohere-api-token (40 alnum)", ["COHERE_API_KEY", "CO_API_KEY"], svc="Cohere", n=3)
reg("mistral_api_key", lambda: rs(32, ALNUM), f"{BL} mistral-api-key (32)", ["MISTRAL_API_KEY"], svc="Mistral", n=3)
reg("perplexity_api_key", lambda: "pplx-" + rs(48, ALNUM), f"{GL} perplexity-api-key", ["PERPLEXITY_API_KEY", "PPLX_API_KEY"], svc="Perplexity", n=3)
reg("xai_api_key", lambda: "xai-" + rs(80, ALNUM), f"{KF}/xai.yml (xai- + 80)", ["XAI_API_KEY", "GROK_API_KEY"], svc="xAI", n=3)
reg("deepseek_api_key", lambda: "sk-" + rhex(32), f"{BL} deepseek-api-key (sk- + 32 hex)", ["DEEPSEEK_API_KEY"], svc="DeepSeek", n=3)
reg("openrouter_api_key", lambda: "sk-or-v1-" + rhex(64), f"{BL} openrouter-api-key", ["OPENROUTER_API_KEY"], svc="OpenRouter", n=3)
reg("together_api_key", lambda: "tgp_v1_" + rs(43, ALNUM + "_-"), f"{CS} Together AI API Key (tgp_v1_)", ["TOGETHER_API_KEY"], svc="Together AI", n=3)
reg("elevenlabs_api_key", lambda: "sk_" + rhex(48), f"{KF}/elevenlabs.yml (sk_ + 48 hex)", ["ELEVENLABS_API_KEY", "XI_API_KEY"], svc="ElevenLabs", hdr="xi-api-key: {}", n=3)
reg("deepgram_api_key", lambda: rhex(40), f"{BL} deepgram-api-key (40 hex)", ["DEEPGRAM_API_KEY"], svc="Deepgram", hdr="Authorization: Token {}", n=3)
reg("assemblyai_api_key", lambda: rhex(32), f"{KF}/assemblyai.yml (32)", ["ASSEMBLYAI_API_KEY"], svc="AssemblyAI", hdr="authorization: {}", n=3)
reg("pinecone_api_key", pinecone_key, f"{BL} pinecone-api-key.2 (pcsk_)", ["PINECONE_API_KEY"], svc="Pinecone", hdr="Api-Key: {}", n=3)
reg("langsmith_api_key", langsmith_key, f"{BL} langchain-langsmith-personal-access-token (lsv2_pt_)", ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"], svc="LangSmith", hdr="x-api-key: {}", n=3)
reg("wandb_api_key", lambda: rhex(40), f"{GL} weights-and-biases-api-key (40 hex)", ["WANDB_API_KEY"], svc="Weights & Biases", hdr=NOHDR, n=3, extra=["netrc_wandb"])
reg("stability_api_key", lambda: "sk-" + rs(48, ALNUM), f"{BL} stability-ai-api-key", ["STABILITY_API_KEY"], svc="Stability AI", n=3)
reg("nvidia_api_key", lambda: "nvapi-" + rs(64, ALNUM + "_-"), f"{BL} nvidia-api-key (nvapi-)", ["NVIDIA_API_KEY", "NGC_API_KEY"], svc="NVIDIA", n=3)
reg("cerebras_api_key", lambda: "csk-" + rs(48, LALNUM), f"{BL} cerebras-api-key", ["CEREBRAS_API_KEY"], svc="Cerebras", n=3)
# ---- payments / commerce ----
reg("stripe_secret_key", lambda: stripe_sk("live"), f"{GL} stripe-access-token (sk_live_)", ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_SK"],
    svc="Stripe", api="https://api.stripe.com/v1/charges", n=8, extra=["curl_user_stripe"])
reg("stripe_test_secret_key", lambda: stripe_sk("test"), f"{GL} stripe-access-token (sk_test_ keys still grant API access)", ["STRIPE_SECRET_KEY", "STRIPE_TEST_KEY"], svc="Stripe", api="https://api.stripe.com/v1/customers", n=4)
reg("stripe_restricted_key", lambda: stripe_sk("live", "rk"), f"{GL} stripe-access-token (rk_live_)", ["STRIPE_RESTRICTED_KEY"], svc="Stripe", n=4)
reg("stripe_webhook_secret", lambda: "whsec_" + rs(32, ALNUM), f"{CS} Stripe Credentials (whsec_)", ["STRIPE_WEBHOOK_SECRET", "STRIPE_ENDPOINT_SECRET"], svc="Stripe", hdr=NOHDR, n=4)
reg("braintree_access_token", braintree_token, f"{CS} PayPal Braintree Access Token", ["BRAINTREE_ACCESS_TOKEN"], svc="Braintree", n=3)
reg("paypal_client_secret", lambda: "E" + rs(79, ALNUM + "_-"), f"{KF}/paypal.yml PayPal OAuth Secret", ["PAYPAL_CLIENT_SECRET", "PAYPAL_SECRET"], svc="PayPal", hdr=NOHDR, n=3)
reg("square_access_token", square_token, f"{GL} square-access-token (EAAA + 60)", ["SQUARE_ACCESS_TOKEN"], svc="Square", api="https://connect.squareup.com/v2/locations", n=4)
reg("square_oauth_secret", lambda: "sq0csp-" + rs(43, ALNUM + "_-"), f"{CS} Square Credentials (sq0csp-)", ["SQUARE_APPLICATION_SECRET"], svc="Square", hdr=NOHDR, n=3)
reg("plaid_secret", lambda: rhex(30), f"{GL} plaid-secret-key (30)", ["PLAID_SECRET"], svc="Plaid", hdr=NOHDR, n=3)
reg("plaid_access_token", lambda: "access-production-" + ruuid(), f"{GL} plaid-api-token", ["PLAID_ACCESS_TOKEN"], svc="Plaid", hdr=NOHDR, n=3)
reg("paystack_secret_key", paystack_key, f"{KF}/paystack.yml (sk_live_ + 40)", ["PAYSTACK_SECRET_KEY"], svc="Paystack", n=3)
reg("flutterwave_secret_key", flutterwave_key, f"{GL} flutterwave-secret-key", ["FLW_SECRET_KEY"], svc="Flutterwave", n=3)
reg("razorpay_key_secret", lambda: rs(24, ALNUM), "Razorpay docs (key_secret, 24 alnum, paired with rzp_live_ key id)", ["RAZORPAY_KEY_SECRET"], svc="Razorpay", hdr=NOHDR, n=3)
reg("shopify_access_token", lambda: "shpat_" + rhex(32), f"{GL} shopify-access-token", ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"], svc="Shopify", hdr="X-Shopify-Access-Token: {}", api="https://acme-store.myshopify.com/admin/api/2024-07/shop.json", n=5)
reg("shopify_shared_secret", lambda: "shpss_" + rhex(32), f"{GL} shopify-shared-secret", ["SHOPIFY_API_SECRET", "SHOPIFY_SHARED_SECRET"], svc="Shopify", hdr=NOHDR, n=3)
reg("shopify_custom_app_token", lambda: "shpca_" + rhex(32), f"{GL} shopify-custom-access-token", ["SHOPIFY_CUSTOM_APP_TOKEN"], svc="Shopify", hdr="X-Shopify-Access-Token: {}", n=3)
reg("shopify_private_app_password", lambda: "shppa_" + rhex(32), f"{GL} shopify-private-app-access-token", ["SHOPIFY_PASSWORD"], svc="Shopify", hdr="X-Shopify-Access-Token: {}", n=3)
reg("coinbase_api_secret", lambda: rs(64, ALNUM + "_-"), f"{GL} coinbase-access-token (64)", ["COINBASE_API_SECRET"], svc="Coinbase", hdr=NOHDR, n=3)
reg("easypost_api_key", lambda: "EZAK" + rs(54, ALNUM), f"{GL} easypost-api-token", ["EASYPOST_API_KEY"], svc="EasyPost", n=3)
reg("shippo_api_token", lambda: "shippo_live_" + rhex(40), f"{GL} shippo-api-token", ["SHIPPO_API_TOKEN"], svc="Shippo", hdr="Authorization: ShippoToken {}", n=3)
reg("lob_api_key", lambda: "live_" + rhex(35), f"{GL} lob-api-key", ["LOB_API_KEY"], svc="Lob", hdr=NOHDR, n=3)
reg("duffel_api_token", lambda: "duffel_live_" + rs(43, ALNUM + "_-"), f"{GL} duffel-api-token", ["DUFFEL_ACCESS_TOKEN"], svc="Duffel", n=3)
# ---- SaaS / productivity ----
reg("hubspot_private_app_token", lambda: "pat-" + R.choice(["na1", "eu1"]) + "-" + ruuid(), f"{KF}/hubspot.yml (pat-na1-<uuid>)", ["HUBSPOT_ACCESS_TOKEN", "HUBSPOT_PRIVATE_APP_TOKEN"], svc="HubSpot", api="https://api.hubapi.com/crm/v3/objects/contacts", n=5)
reg("hubspot_api_key", lambda: ruuid(), f"{GL} hubspot-api-key (legacy hapikey UUID)", ["HUBSPOT_API_KEY", "HAPIKEY"], svc="HubSpot", hdr=NOHDR, n=3)
reg("salesforce_access_token", salesforce_token, f"{KF}/salesforce.yml (00D...!...)", ["SALESFORCE_ACCESS_TOKEN", "SF_ACCESS_TOKEN"], svc="Salesforce", api="https://acme.my.salesforce.com/services/data/v60.0/sobjects", n=4)
reg("zendesk_api_token", lambda: rs(40, ALNUM), f"{GL} zendesk-secret-key (40)", ["ZENDESK_API_TOKEN"], svc="Zendesk", hdr=NOHDR, n=3)
reg("intercom_access_token", intercom_token, f"{KF}/intercom.yml (base64 'tok:...', 60 chars)", ["INTERCOM_ACCESS_TOKEN"], svc="Intercom", n=3)
reg("linear_api_key", lambda: "lin_api_" + rs(40, ALNUM), f"{GL} linear-api-key", ["LINEAR_API_KEY"], svc="Linear", hdr="Authorization: {}", api="https://api.linear.app/graphql", n=5)
reg("notion_integration_token", lambda: "ntn_" + rdigits(11) + rs(35, ALNUM), f"{GL} notion-api-token (ntn_ + 11 digits + 35)", ["NOTION_TOKEN", "NOTION_API_KEY"], svc="Notion", api="https://api.notion.com/v1/search", n=5)
reg("notion_legacy_secret", lambda: "secret_" + rs(43, ALNUM), f"{KF}/notion.yml (secret_ + 43)", ["NOTION_TOKEN", "NOTION_SECRET"], svc="Notion", n=3)
reg("figma_pat", lambda: "figd_" + rs(40, ALNUM + "_-"), f"{BL} figma-personal-access-token (figd_)", ["FIGMA_TOKEN", "FIGMA_ACCESS_TOKEN"], svc="Figma", hdr="X-Figma-Token: {}", api="https://api.figma.com/v1/me", n=5)
reg("postman_api_key", lambda: "PMAK-" + rhex(24) + "-" + rhex(34), f"{GL} postman-api-token (PMAK-24-34)", ["POSTMAN_API_KEY"], svc="Postman", hdr="X-Api-Key: {}", api="https://api.getpostman.com/collections", n=5)
reg("airtable_pat", airtable_pat, f"{GL} airtable-personnal-access-token (pat + 14 . 64 hex)", ["AIRTABLE_API_KEY", "AIRTABLE_TOKEN"], svc="Airtable", n=4)
reg("asana_pat", asana_pat, f"{KF}/asana.yml (2/<id>/<id>:<32 hex>)", ["ASANA_ACCESS_TOKEN", "ASANA_PAT"], svc="Asana", n=3)
reg("clickup_pat", lambda: "pk_" + rdigits(8) + "_" + rs(32, UALNUM), f"{KF}/clickup.yml (pk_<digits>_<32>)", ["CLICKUP_API_TOKEN"], svc="ClickUp", hdr="Authorization: {}", n=3)
reg("monday_api_token", monday_jwt, f"{KF}/monday.yml (JWT)", ["MONDAY_API_TOKEN"], svc="monday.com", hdr="Authorization: {}", n=3)
reg("trello_token", trello_token, "Trello docs (ATTA token)", ["TRELLO_TOKEN"], svc="Trello", hdr=NOHDR, n=3)
reg("contentful_pat", lambda: "CFPAT-" + rs(43, ALNUM + "_-"), f"{KF}/contentful.yml (CFPAT-)", ["CONTENTFUL_MANAGEMENT_TOKEN"], svc="Contentful", n=3)
reg("typeform_token", lambda: "tfp_" + rs(59, ALNUM + "_"), f"{GL} typeform-api-token (tfp_)", ["TYPEFORM_TOKEN"], svc="Typeform", n=3)
reg("readme_api_key", lambda: "rdme_" + rs(70, LALNUM), f"{GL} readme-api-token", ["README_API_KEY"], svc="ReadMe", hdr=NOHDR, n=3)
reg("prefect_api_key", lambda: "pnu_" + rs(36, ALNUM), f"{GL} prefect-api-token", ["PREFECT_API_KEY"], svc="Prefect", n=3)
reg("infracost_api_key", lambda: "ico-" + rs(32, ALNUM), f"{GL} infracost-api-token", ["INFRACOST_API_KEY"], svc="Infracost", hdr="X-Api-Key: {}", n=3)
reg("launchdarkly_sdk_key", lambda: "sdk-" + ruuid(), "LaunchDarkly docs (server-side SDK key sdk-<uuid>)", ["LAUNCHDARKLY_SDK_KEY", "LD_SDK_KEY"], svc="LaunchDarkly", hdr=NOHDR, n=3)
reg("launchdarkly_api_token", lambda: "api-" + ruuid(), "LaunchDarkly docs (API access token api-<uuid>)", ["LAUNCHDARKLY_ACCESS_TOKEN"], svc="LaunchDarkly", hdr="Authorization: {}", n=3)
reg("segment_public_api_token", lambda: "sgp_" + rs(64, ALNUM), f"{BL} segment-public-api-token", ["SEGMENT_API_TOKEN"], svc="Segment", n=3)
reg("posthog_personal_api_key", lambda: "phx_" + rs(43, ALNUM), f"{BL} posthog-personal-api-key (phx_, secret; phc_ is public)", ["POSTHOG_PERSONAL_API_KEY"], svc="PostHog", n=3)
reg("mixpanel_api_secret", lambda: rhex(32), "Mixpanel docs (project API secret 32 hex)", ["MIXPANEL_API_SECRET"], svc="Mixpanel", hdr=NOHDR, n=3)
reg("algolia_admin_api_key", lambda: rhex(32), f"{GL} algolia-api-key (32)", ["ALGOLIA_ADMIN_KEY", "ALGOLIA_API_KEY"], svc="Algolia", hdr="X-Algolia-API-Key: {}", n=3)
reg("dropbox_access_token", dropbox_short, f"{CS} Dropbox OAuth2 API Access Token (sl.u.)", ["DROPBOX_ACCESS_TOKEN"], svc="Dropbox", api="https://api.dropboxapi.com/2/files/list_folder", n=3)
reg("okta_api_token", lambda: "00" + rs(40, ALNUM + "_-"), f"{GL} okta-access-token (00 + 40)", ["OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"], svc="Okta", hdr="Authorization: SSWS {}", n=4)
reg("auth0_client_secret", lambda: rs(64, ALNUM + "_-"), f"{KF}/auth0.yml Auth0 Client Secret (64)", ["AUTH0_CLIENT_SECRET"], svc="Auth0", hdr=NOHDR, n=4)
reg("duo_secret_key", lambda: rs(40, ALNUM), "Duo docs (skey, 40 chars)", ["DUO_SKEY", "DUO_SECRET_KEY"], svc="Duo", hdr=NOHDR, n=3)
reg("twitter_bearer_token", twitter_bearer, f"{GL} twitter-bearer-token (22 'A' + ...)", ["TWITTER_BEARER_TOKEN", "X_BEARER_TOKEN"], svc="Twitter/X", api="https://api.twitter.com/2/tweets/search/recent", n=4)
reg("twitter_api_secret", lambda: rs(50, ALNUM), f"{GL} twitter-api-secret (50)", ["TWITTER_API_SECRET", "TWITTER_CONSUMER_SECRET"], svc="Twitter/X", hdr=NOHDR, n=3)
reg("facebook_access_token", facebook_token, f"{GL} facebook-page-access-token (EAA...)", ["FACEBOOK_ACCESS_TOKEN", "FB_PAGE_TOKEN", "META_ACCESS_TOKEN"], svc="Meta Graph API", api="https://graph.facebook.com/v19.0/me", n=4)
reg("facebook_app_secret", lambda: rhex(32), f"{GL} facebook-secret (32 hex)", ["FACEBOOK_APP_SECRET", "FB_APP_SECRET"], svc="Facebook", hdr=NOHDR, n=3)
reg("linkedin_client_secret", lambda: rs(16, ALNUM), f"{GL} linkedin-client-secret (16)", ["LINKEDIN_CLIENT_SECRET"], svc="LinkedIn", hdr=NOHDR, n=3)
reg("mapbox_secret_token", mapbox_secret, "Mapbox docs (sk. secret tokens; pk. tokens are public)", ["MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"], svc="Mapbox", hdr=NOHDR, n=4, extra=["netrc_mapbox"])
reg("cloudinary_api_secret", lambda: rs(27, ALNUM + "_-"), f"{BL} cloudinary-api-secret", ["CLOUDINARY_URL"], kind="conn", svc="Cloudinary", hdr=NOHDR, n=3,
    conn=lambda: f"cloudinary://{rdigits(15)}:{{S}}@{pick(['acme', 'dx7h2k', 'media-prod'])}")
reg("ngrok_authtoken", ngrok_authtoken, f"{KF}/ngrok.yml (<27>_<21>)", ["NGROK_AUTHTOKEN"], svc="ngrok", hdr=NOHDR, n=4, extra=["ngrok_yml"])
reg("yandex_api_key", lambda: "AQVN" + rs(36, ALNUM + "_-"), f"{GL} yandex-api-key (AQVN)", ["YC_API_KEY", "YANDEX_API_KEY"], svc="Yandex Cloud", hdr="Authorization: Api-Key {}", n=3)
reg("wechat_app_secret", lambda: rhex(32), "WeChat Official Accounts docs (AppSecret 32 hex)", ["WECHAT_APP_SECRET"], svc="WeChat", hdr=NOHDR, n=3)
reg("line_channel_secret", lambda: rhex(32), "LINE Messaging API docs (channel secret 32 hex)", ["LINE_CHANNEL_SECRET"], svc="LINE", hdr=NOHDR, n=3)
# ---- messaging / email ----
reg("slack_bot_token", slack_bot, f"{GL} slack-bot-token (xoxb-)", ["SLACK_BOT_TOKEN", "SLACK_TOKEN"], svc="Slack", api="https://slack.com/api/chat.postMessage", n=7)
reg("slack_user_token", slack_user, f"{GL} slack-user-token (xoxp-)", ["SLACK_USER_TOKEN", "SLACK_TOKEN"], svc="Slack", api="https://slack.com/api/users.list", n=4)
reg("slack_app_token", slack_app, f"{GL} slack-app-token (xapp-)", ["SLACK_APP_TOKEN"], svc="Slack", n=4)
reg("slack_config_token", lambda: "xoxe.xoxp-1-" + rs(163, UALNUM + LO), f"{GL} slack-config-access-token (xoxe.xoxp-)", ["SLACK_CONFIG_TOKEN"], svc="Slack", n=3)
reg("slack_webhook_url", slack_webhook_path, f"{GL} slack-webhook-url (hooks.slack.com/services/T.../B.../...)", ["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK"], kind="conn", svc="Slack", hdr=NOHDR, n=6,
    conn=lambda: "https://hooks.slack.com/services/{S}")
reg("discord_bot_token", discord_bot_token, f"{CS} Discord Bot Token (base64 id . 6 . 38)", ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"], svc="Discord", hdr="Authorization: Bot {}", n=5)
reg("discord_webhook_url", lambda: rs(68, ALNUM + "_-"), f"{CS} Discord Webhook (discord.com/api/webhooks/<id>/<token>)", ["DISCORD_WEBHOOK_URL"], kind="conn", svc="Discord", hdr=NOHDR, n=4,
    conn=lambda: f"https://discord.com/api/webhooks/{rdigits(19)}/{{S}}")
reg("telegram_bot_token", telegram_bot, f"{GL} telegram-bot-api-token; Telegram Bot API docs (<bot id>:<35 chars>)", ["TELEGRAM_BOT_TOKEN", "TG_BOT_TOKEN", "BOT_TOKEN"], svc="Telegram", hdr=NOHDR, n=8, extra=["telegram_url", "telegram_url", "telegram_url"])
reg("microsoft_teams_webhook", lambda: rhex(32), f"{GL} microsoft-teams-webhook", ["TEAMS_WEBHOOK_URL"], kind="conn", svc="Microsoft Teams", hdr=NOHDR, n=3,
    conn=lambda: f"https://acme.webhook.office.com/webhookb2/{ruuid()}@{ruuid()}/IncomingWebhook/{{S}}/{ruuid()}")
reg("zapier_webhook_url", lambda: rdigits(7) + "/" + rs(7, LALNUM), f"{KF}/zapierwebhook.yml", ["ZAPIER_HOOK_URL"], kind="conn", svc="Zapier", hdr=NOHDR, n=3,
    conn=lambda: "https://hooks.zapier.com/hooks/catch/{S}/")
reg("twilio_auth_token", lambda: rhex(32), f"{KF}/twilio.yml Twilio API Key (32 near 'twilio')", ["TWILIO_AUTH_TOKEN"], svc="Twilio", hdr=NOHDR, n=5, extra=["twilio_pair"])
reg("twilio_api_key_secret", lambda: rs(32, ALNUM), "Twilio docs (API key SK... + 32-char secret)", ["TWILIO_API_SECRET"], svc="Twilio", hdr=NOHDR, n=3)
reg("sendgrid_api_key", lambda: "SG." + rs(22, ALNUM + "_-") + "." + rs(43, ALNUM + "_-"), f"{GL} sendgrid-api-token (SG.22.43)", ["SENDGRID_API_KEY"], svc="SendGrid", api="https://api.sendgrid.com/v3/mail/send", n=6)
reg("mailgun_api_key", lambda: "key-" + rhex(32), f"{GL} mailgun-private-api-token (key- + 32 hex)", ["MAILGUN_API_KEY"], svc="Mailgun", hdr=NOHDR, n=4, extra=["curl_user_mailgun"])
reg("mailgun_private_key", lambda: rhex(32) + "-" + rhex(8) + "-" + rhex(8), f"{CS} MailGun API Key (32-8-8 hex)", ["MAILGUN_API_KEY", "MAILGUN_PRIVATE_KEY"], svc="Mailgun", hdr=NOHDR, n=3)
reg("mailgun_webhook_signing_key", lambda: rhex(32) + "-" + rhex(8) + "-" + rhex(8), f"{GL} mailgun-signing-key", ["MAILGUN_WEBHOOK_SIGNING_KEY"], svc="Mailgun", hdr=NOHDR, n=3)
reg("mailchimp_api_key", lambda: rhex(32) + "-us" + str(R.randint(1, 21)), f"{GL} mailchimp-api-key (32 hex + -usNN)", ["MAILCHIMP_API_KEY"], svc="Mailchimp", hdr=NOHDR, n=4)
reg("mandrill_api_key", lambda: "md-" + rs(22, ALNUM + "_-"), f"{KF}/mandrill.yml (20-24 chars); Mailchimp Transactional docs (md- prefixed keys)", ["MANDRILL_API_KEY", "MANDRILL_KEY"], svc="Mandrill", hdr=NOHDR, n=4)
reg("brevo_api_key", lambda: "xkeysib-" + rhex(64) + "-" + rs(16, ALNUM), f"{GL} sendinblue-api-token (xkeysib-)", ["BREVO_API_KEY", "SENDINBLUE_API_KEY"], svc="Brevo", hdr="api-key: {}", n=3)
reg("postmark_server_token", lambda: ruuid(), f"{KF}/postmark.yml (UUID)", ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN"], svc="Postmark", hdr="X-Postmark-Server-Token: {}", n=3)
reg("sparkpost_api_key", sparkpost_key, f"{KF}/sparkpost.yml (40)", ["SPARKPOST_API_KEY"], svc="SparkPost", hdr="Authorization: {}", n=3)
reg("mattermost_token", lambda: rs(26, LALNUM), f"{GL} mattermost-access-token (26)", ["MATTERMOST_TOKEN"], svc="Mattermost", n=3)
reg("vonage_api_secret", lambda: rs(16, ALNUM), "Vonage/Nexmo docs (api_secret 16)", ["VONAGE_API_SECRET", "NEXMO_API_SECRET"], svc="Vonage", hdr=NOHDR, n=3)
reg("telnyx_api_key", lambda: "KEY" + rs(55, ALNUM + "_-"), f"{BL} telnyx-api-v2-key", ["TELNYX_API_KEY"], svc="Telnyx", n=3)
reg("messagebird_api_key", lambda: rs(25, ALNUM), f"{GL} messagebird-api-token (25)", ["MESSAGEBIRD_API_KEY"], svc="MessageBird", hdr="Authorization: AccessKey {}", n=3)
# ---- observability ----
reg("datadog_api_key", lambda: rhex(32), f"{BL} datadog-api-key (32); {KF}/datadog.yml", ["DD_API_KEY", "DATADOG_API_KEY"], svc="Datadog", hdr="DD-API-KEY: {}", api="https://api.datadoghq.com/api/v1/validate", n=6)
reg("datadog_app_key", lambda: rhex(40), f"{BL} datadog-application-key (40)", ["DD_APP_KEY", "DATADOG_APP_KEY"], svc="Datadog", hdr="DD-APPLICATION-KEY: {}", n=4)
reg("new_relic_user_api_key", lambda: "NRAK-" + rs(27, UALNUM), f"{GL} new-relic-user-api-key (NRAK-)", ["NEW_RELIC_API_KEY", "NEWRELIC_API_KEY"], svc="New Relic", hdr="API-Key: {}", api="https://api.newrelic.com/graphql", n=5)
reg("new_relic_license_key", new_relic_license, f"{CS} NewRelic Credentials (36 hex + NRAL)", ["NEW_RELIC_LICENSE_KEY", "NRIA_LICENSE_KEY"], svc="New Relic", hdr=NOHDR, n=4, extra=["newrelic_yml"])
reg("new_relic_insert_key", lambda: "NRII-" + rs(32, ALNUM + "_-"), f"{GL} new-relic-insert-key", ["NEW_RELIC_INSERT_KEY"], svc="New Relic", hdr="X-Insert-Key: {}", n=3)
reg("sentry_user_auth_token", lambda: "sntryu_" + rhex(64), f"{GL} sentry-user-token (sntryu_ + 64 hex)", ["SENTRY_AUTH_TOKEN"], svc="Sentry", api="https://sentry.io/api/0/projects/", n=5, extra=["sentryclirc"])
reg("sentry_org_auth_token", sentry_org_token, f"{GL} sentry-org-token (sntrys_eyJ...)", ["SENTRY_AUTH_TOKEN"], svc="Sentry", n=5, extra=["sentryclirc"])
reg("sentry_legacy_dsn_secret", lambda: rhex(32), "Sentry legacy DSN docs (https://<public>:<secret>@host/<project>; secret part deprecated)", ["SENTRY_DSN"], kind="conn", svc="Sentry", hdr=NOHDR, n=3,
    conn=lambda: f"https://{rhex(32)}:{{S}}@sentry.internal.example/{R.randint(2, 90)}")
reg("sentry_auth_token_legacy", lambda: rhex(64), f"{GL} sentry-access-token (64 hex near sentry)", ["SENTRY_AUTH_TOKEN"], svc="Sentry", n=3)
reg("splunk_hec_token", lambda: ruuid(), "Splunk HTTP Event Collector docs (Authorization: Splunk <token-uuid>)", ["SPLUNK_HEC_TOKEN", "HEC_TOKEN"], svc="Splunk HEC", hdr="Authorization: Splunk {}",
    api="https://splunk.internal:8088/services/collector/event", n=7, extra=["http_request_dump", "curl_header", "fetch_devtools", "http_request_dump"])
reg("splunk_observability_token", lambda: rs(22, ALNUM), f"{KF}/splunk.yml Splunk Observability Token (22)", ["SPLUNK_ACCESS_TOKEN", "SFX_TOKEN"], svc="Splunk Observability", hdr="X-SF-Token: {}", n=3)
reg("grafana_service_account_token", grafana_sa_token, f"{GL} grafana-service-account-token; {CS} ValueGrafanaServiceCheck (CRC32 suffix)", ["GRAFANA_TOKEN", "GRAFANA_SERVICE_ACCOUNT_TOKEN"], svc="Grafana", n=5)
reg("grafana_cloud_token", grafana_cloud_token, f"{GL} grafana-cloud-api-token (glc_ + base64 JSON)", ["GRAFANA_CLOUD_API_KEY", "GRAFANA_CLOUD_TOKEN"], svc="Grafana Cloud", n=4)
reg("grafana_api_key", grafana_legacy_key, f"{GL} grafana-api-key (eyJrIjoi...)", ["GRAFANA_API_KEY"], svc="Grafana", n=3)
reg("honeycomb_api_key", lambda: rs(22, ALNUM), f"{BL} honeycomb-api-key (22)", ["HONEYCOMB_API_KEY", "HONEYCOMB_WRITEKEY"], svc="Honeycomb", hdr="X-Honeycomb-Team: {}", n=3)
reg("dynatrace_api_token", lambda: "dt0c01." + rs(24, UALNUM) + "." + rs(64, UALNUM), f"{GL} dynatrace-api-token (dt0c01.)", ["DT_API_TOKEN", "DYNATRACE_API_TOKEN"], svc="Dynatrace", hdr="Authorization: Api-Token {}", n=3)
reg("logzio_token", lambda: rs(32, ALNUM), "Logz.io docs (shipping token 32)", ["LOGZIO_TOKEN"], svc="Logz.io", hdr=NOHDR, n=3)
reg("elastic_api_key", elastic_api_key, "Elasticsearch docs (ApiKey = base64(id:api_key))", ["ELASTIC_API_KEY", "ES_API_KEY"], svc="Elasticsearch", hdr="Authorization: ApiKey {}", n=3)
reg("pagerduty_api_key", lambda: "u+" + rs(18, ALNUM + "_-"), "PagerDuty docs (REST API key, 20 chars)", ["PAGERDUTY_TOKEN", "PD_API_KEY"], svc="PagerDuty", hdr="Authorization: Token token={}", n=3)
reg("opsgenie_api_key", lambda: ruuid(), f"{KF}/opsgenie.yml (UUID)", ["OPSGENIE_API_KEY"], svc="Opsgenie", hdr="Authorization: GenieKey {}", n=3)
reg("bugsnag_api_key", lambda: rhex(32), "Bugsnag docs (notifier API key 32 hex)", ["BUGSNAG_API_KEY"], svc="Bugsnag", hdr=NOHDR, n=3)
reg("rollbar_access_token", lambda: rhex(32), "Rollbar docs (post_server_item token 32 hex)", ["ROLLBAR_ACCESS_TOKEN"], svc="Rollbar", hdr="X-Rollbar-Access-Token: {}", n=3)
# ---- framework / crypto material ----
reg("django_secret_key", django_key, f"{KF}/django.yml Django Secret Key (50 chars)", ["DJANGO_SECRET_KEY", "SECRET_KEY"], svc="Django", hdr=NOHDR, n=5, extra=["django_settings", "django_settings", "python_assign"])
reg("laravel_app_key", laravel_key, "Laravel docs (APP_KEY=base64:<32 bytes>)", ["APP_KEY"], svc="Laravel", hdr=NOHDR, n=6, extra=["laravel_env", "laravel_env"], only=["laravel_env", "dotenv", "docker_compose_env_map", "k8s_secret_stringdata", "php_array", "github_actions_env"])
reg("rails_secret_key_base", lambda: rhex(128), "Rails docs (secret_key_base, 128 hex)", ["SECRET_KEY_BASE", "RAILS_MASTER_KEY_BASE"], svc="Rails", hdr=NOHDR, n=4)
reg("rails_master_key", lambda: rhex(32), "Rails docs (config/master.key, 32 hex)", ["RAILS_MASTER_KEY"], svc="Rails", hdr=NOHDR, n=4, extra=["rails_master_key_file"])
reg("fernet_key", fernet_key, "cryptography.io Fernet spec (32 bytes url-safe base64, 44 chars)", ["FERNET_KEY", "AIRFLOW__CORE__FERNET_KEY", "ENCRYPTION_KEY"], svc="Fernet", hdr=NOHDR, n=5)
reg("flask_secret_key", lambda: rhex(R.choice([32, 48, 64])), "Flask docs (SECRET_KEY, secrets.token_hex())", ["FLASK_SECRET_KEY", "SECRET_KEY"], svc="Flask", hdr=NOHDR, n=4)
reg("nextauth_secret", lambda: b64e(rbytes(32)), "NextAuth.js docs (NEXTAUTH_SECRET, openssl rand -base64 32)", ["NEXTAUTH_SECRET", "AUTH_SECRET"], svc="NextAuth", hdr=NOHDR, n=4)
reg("jwt_signing_secret", lambda: R.choice([rs(48, ALNUM), b64e(rbytes(48)), rhex(64)]), f"{CS} SECRET_PAIR (HMAC signing secret)", ["JWT_SECRET", "JWT_SIGNING_KEY", "TOKEN_SECRET"], svc="JWT", hdr=NOHDR, n=5)
reg("aes_encryption_key_hex", lambda: rhex(64), f"{CS} SECRET_PAIR / KEY (256-bit hex key)", ["ENCRYPTION_KEY", "AES_KEY", "DATA_KEY"], svc="AES", hdr=NOHDR, n=4)
reg("session_secret", lambda: rs(R.choice([32, 40, 64]), ALNUM), f"{GL} generic-api-key (secret keyword)", ["SESSION_SECRET", "COOKIE_SECRET", "EXPRESS_SESSION_SECRET"], svc="session", hdr=NOHDR, n=4)
reg("webhook_signing_secret", lambda: R.choice(["whsec_", "wh_", ""]) + rs(40, ALNUM), f"{GL} generic-api-key (secret keyword)", ["WEBHOOK_SECRET", "GITHUB_WEBHOOK_SECRET", "SIGNING_SECRET"], svc="webhook", hdr=NOHDR, n=4)
reg("otp_totp_seed", lambda: rs(32, B32), f"{CS} OTP / 2FA Secret (base32)", ["TOTP_SECRET", "MFA_SEED", "OTP_SECRET"], svc="TOTP", hdr=NOHDR, n=4, extra=["otpauth_uri"])
reg("generic_api_key", lambda: R.choice([rs(32, ALNUM), rhex(40), rs(48, ALNUM + "_-"), b64e(rbytes(30))]), f"{GL} generic-api-key; {DS} keyword.py / high_entropy_strings.py",
    ["API_KEY", "X_API_KEY", "SERVICE_API_KEY", "PARTNER_API_KEY", "INTERNAL_API_TOKEN", "BACKEND_TOKEN"], svc="internal API", hdr="X-API-Key: {}", n=9)
reg("generic_bearer_token", lambda: R.choice([rs(40, ALNUM), b64u(rbytes(36)), rhex(48)]), f"{CS} Bearer Authorization", ["ACCESS_TOKEN", "AUTH_TOKEN", "BEARER_TOKEN"], svc="API", hdr="Authorization: Bearer {}", n=7)
reg("generic_client_secret", lambda: rs(R.choice([32, 40, 48]), ALNUM + "_-~."), f"{KF}/generic.yml Generic Secret", ["CLIENT_SECRET", "OAUTH_CLIENT_SECRET", "APP_SECRET"], svc="OAuth", hdr=NOHDR, n=5)
reg("jwt_token", jwt_generic, f"{GL} jwt; {KF}/jwt.yml (base64url header.payload.signature, decodes to JSON)", ["JWT", "ACCESS_TOKEN", "ID_TOKEN", "AUTH_JWT"], svc="JWT", n=9)
reg("basic_auth_credentials", lambda: None, f"{CS} Basic Authorization; RFC 7617", [], kind="special", svc="HTTP Basic", n=6)
# ---- private keys (PEM and friends) ----
reg("private_key_rsa", lambda: pem("RSA PRIVATE KEY", rsa_pkcs1_der(R.choice([2048, 2048, 4096]))), f"{GL} private-key; RFC 8017 PKCS#1", [], kind="pem", svc="RSA", n=7)
reg("private_key_pkcs8", lambda: pem("PRIVATE KEY", pkcs8_rsa_der(2048) if R.random() < 0.7 else pkcs8_ec_der()), f"{GL} private-key; RFC 5208 PKCS#8", [], kind="pem", svc="PKCS#8", n=6)
reg("private_key_ec", lambda: pem("EC PRIVATE KEY", ec_der()), f"{GL} private-key; RFC 5915 SEC1", [], kind="pem", svc="EC", n=5)
reg("private_key_openssh", lambda: openssh_ed25519(pick(["deploy@ci", "backup-key", "gitlab-runner", "ansible"]))[0] if R.random() < 0.7 else openssh_rsa("deploy@ci"),
    f"{KF}/privkey.yml Contains Private Key; OpenSSH PROTOCOL.key", [], kind="pem", svc="OpenSSH", n=6)
reg("private_key_dsa", lambda: pem("DSA PRIVATE KEY", dsa_der()), f"{KF}/privkey.yml (DSA)", [], kind="pem", svc="DSA", n=3)
reg("private_key_encrypted_pkcs8", lambda: pem("ENCRYPTED PRIVATE KEY", enc_pkcs8_der()), f"{KF}/privkey.yml (ENCRYPTED); RFC 5958", [], kind="pem", svc="PKCS#8 encrypted", n=3)
reg("private_key_rsa_legacy_encrypted", lambda: pem("RSA PRIVATE KEY", rbytes(1192), headers=[("Proc-Type", "4,ENCRYPTED"), ("DEK-Info", "AES-128-CBC," + rhex(32).upper())]),
    f"{KF}/privkey.yml Contains encrypted RSA private key", [], kind="pem", svc="RSA encrypted", n=3)
reg("pgp_private_key", lambda: pgp_private_block(pick(["Release Signing <release@build.example>", "CI Bot <ci@pipelines.example>"])), f"{KF}/privkey.yml (PGP PRIVATE KEY BLOCK); RFC 4880", [], kind="pem", svc="OpenPGP", n=4)
reg("putty_private_key", lambda: None, "PuTTY docs (PPK v3 Private-Lines)", [], kind="special", svc="PuTTY", n=3)
reg("kubeconfig_client_key", lambda: None, "Kubernetes docs kubeconfig (client-key-data = base64 PEM)", [], kind="special", svc="kubeconfig", n=4)
# ---- passwords ----
PWSRC = f"{CS} PASSWD_PAIR; {GL} generic-api-key (passw(or)d keyword); {DS} keyword.py"
reg("database_password", password, PWSRC, ["DB_PASSWORD", "DATABASE_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_PASSWORD", "PGPASSWORD", "MYSQL_ROOT_PASSWORD", "MONGO_INITDB_ROOT_PASSWORD"],
    kind="password", svc="database", hdr=NOHDR, n=24, extra=["sql_create_user", "sql_create_user", "sql_with_password", "sql_with_password", "sql_with_password", "sql_alter_login", "sql_alter_login", "pgpass", "pgpass", "mysql_cli", "mysql_cli", "psql_env", "my_cnf", "hibernate_properties", "wp_config", "odbc_ini", "db_yaml_rails"])
reg("admin_password", password, PWSRC, ["ADMIN_PASSWORD", "GRAFANA_ADMIN_PASSWORD", "KEYCLOAK_ADMIN_PASSWORD", "SUPERUSER_PASSWORD", "ROOT_PASSWORD"], kind="password", svc="admin console", hdr=NOHDR, n=9,
    extra=["cloud_init_chpasswd", "htpasswd_cmd"])
reg("smtp_password", password, PWSRC, ["SMTP_PASSWORD", "EMAIL_HOST_PASSWORD", "MAIL_PASSWORD"], kind="password", svc="SMTP", hdr=NOHDR, n=7, extra=["smtp_swaks", "netrc_generic"])
reg("ldap_bind_password", password, PWSRC, ["LDAP_BIND_PASSWORD", "LDAP_PASSWORD", "AD_BIND_PASSWORD"], kind="password", svc="LDAP", hdr=NOHDR, n=6, extra=["ldapsearch", "ldapsearch", "sssd_conf"])
reg("ssh_password", password, PWSRC, ["SSH_PASSWORD", "SSHPASS", "ansible_password"], kind="password", svc="SSH", hdr=NOHDR, n=6, extra=["sshpass_cmd", "ansible_inventory"])
reg("redis_password", password, PWSRC, ["REDIS_PASSWORD", "REDIS_AUTH"], kind="password", svc="Redis", hdr=NOHDR, n=6, extra=["redis_cli", "redis_conf"])
reg("rabbitmq_password", password, PWSRC, ["RABBITMQ_DEFAULT_PASS", "RABBITMQ_PASSWORD", "AMQP_PASSWORD"], kind="password", svc="RabbitMQ", hdr=NOHDR, n=4)
reg("kafka_sasl_password", password, PWSRC, ["KAFKA_SASL_PASSWORD", "SASL_PASSWORD"], kind="password", svc="Kafka", hdr=NOHDR, n=4, extra=["kafka_jaas"])
reg("keystore_password", password, f"{CS} CMD Password (-storepass/-passout)", ["KEYSTORE_PASSWORD", "STORE_PASSWORD", "KEY_PASSWORD", "SIGNING_KEY_PASSWORD"], kind="password", svc="keystore", hdr=NOHDR, n=6,
    extra=["keytool_cmd", "openssl_passout", "gradle_signing"])
reg("wifi_psk", lambda: password(R.choice(["phrase", "human", "random"])), "wpa_supplicant.conf(5) psk=", [], kind="password", svc="Wi-Fi", hdr=NOHDR, n=4, only=["wpa_supplicant", "nmcli_wifi", "chat_message", "markdown_doc"])
reg("registry_password", password, PWSRC, ["REGISTRY_PASSWORD", "NEXUS_PASSWORD", "ARTIFACTORY_PASSWORD", "MAVEN_PASSWORD"], kind="password", svc="artifact registry", hdr=NOHDR, n=6,
    extra=["maven_settings", "nuget_config", "pip_conf", "docker_login", "netrc_generic"])
reg("service_account_password", password, PWSRC, ["SERVICE_PASSWORD", "SVC_PASSWORD", "BIND_PASSWORD", "APP_PASSWORD"], kind="password", svc="service account", hdr=NOHDR, n=7,
    extra=["powershell_securestring", "windows_net_user", "jenkins_credentials_xml"])
reg("vpn_preshared_key", lambda: password("long"), "strongSwan ipsec.secrets / OpenVPN docs", ["VPN_PSK", "IPSEC_PSK"], kind="password", svc="VPN", hdr=NOHDR, n=3, extra=["ipsec_secrets"])
reg("snmp_community_string", lambda: rs(R.choice([12, 16]), ALNUM), "net-snmp snmpd.conf (rocommunity) - community strings act as passwords", [], kind="password", svc="SNMP", hdr=NOHDR, n=3, only=["snmpd_conf", "log_line", "ansible_vars"])
# ---- connection strings / URLs with embedded passwords ----
URLSRC = f"{KF}/uri.yml + postgres.yml/mongodb.yml/rabbitmq.yml; {CS} URL Credentials; {BL} mongodb-connection-string"
DBUSERS = ["app", "api_rw", "svc_orders", "postgres", "reporting", "analytics_ro", "billing", "admin", "etl_loader", "django"]
DBHOSTS = ["db.internal", "pg-prod-1.c9akq2xv1lrb.eu-west-1.rds.amazonaws.com", "10.20.4.17", "postgres", "db", "orders-db.prod.svc.cluster.local",
           "mydb.postgres.database.azure.com", "127.0.0.1"]
DBNAMES = ["orders", "app_production", "inventory", "billing", "analytics", "core", "users", "metrics"]


def upw():
    return password(urlsafe=True)


reg("postgres_connection_uri", upw, URLSRC, ["DATABASE_URL", "POSTGRES_URL", "PG_DSN", "SQLALCHEMY_DATABASE_URI"], kind="conn", svc="PostgreSQL", hdr=NOHDR, n=12,
    conn=lambda: f"{pick(['postgresql', 'postgres', 'postgresql+psycopg2', 'postgresql+asyncpg'])}://{pick(DBUSERS)}:{{S}}@{pick(DBHOSTS)}:5432/{pick(DBNAMES)}" + pick(["", "", "?sslmode=require", "?sslmode=verify-full&application_name=worker"]))
reg("mysql_connection_uri", upw, URLSRC, ["DATABASE_URL", "MYSQL_URL", "DB_DSN"], kind="conn", svc="MySQL", hdr=NOHDR, n=8,
    conn=lambda: f"{pick(['mysql', 'mysql+pymysql', 'mysql2', 'mariadb'])}://{pick(DBUSERS)}:{{S}}@{pick(['mysql', 'db.internal', 'aurora-cluster.cluster-cxy7.us-east-1.rds.amazonaws.com', '10.0.3.9'])}:3306/{pick(DBNAMES)}")
reg("mongodb_connection_uri", upw, URLSRC, ["MONGODB_URI", "MONGO_URL", "MONGO_CONNECTION_STRING"], kind="conn", svc="MongoDB", hdr=NOHDR, n=9,
    conn=lambda: pick([f"mongodb+srv://{pick(DBUSERS)}:{{S}}@cluster0.{rs(5, LALNUM)}.mongodb.net/{pick(DBNAMES)}?retryWrites=true&w=majority",
                       f"mongodb://{pick(DBUSERS)}:{{S}}@mongo-0.mongo:27017,mongo-1.mongo:27017/{pick(DBNAMES)}?replicaSet=rs0&authSource=admin"]))
reg("redis_connection_uri", upw, URLSRC, ["REDIS_URL", "CELERY_BROKER_URL", "CACHE_URL"], kind="conn", svc="Redis", hdr=NOHDR, n=7,
    conn=lambda: pick([f"redis://default:{{S}}@redis-{rdigits(5)}.c{rdigits(3)}.us-east-1-2.ec2.redns.redis-cloud.com:{rdigits(5)}", "rediss://:{S}@cache.internal:6380/0",
                       "redis://:{S}@redis:6379/1", f"rediss://default:{{S}}@{rs(8, LO)}-{rs(5, LO)}-{rdigits(5)}.upstash.io:6379"]))
reg("amqp_connection_uri", upw, URLSRC, ["AMQP_URL", "RABBITMQ_URL", "BROKER_URL", "CLOUDAMQP_URL"], kind="conn", svc="RabbitMQ", hdr=NOHDR, n=6,
    conn=lambda: pick(["amqps://worker:{S}@rabbit.internal:5671/prod", "amqp://guest_admin:{S}@rabbitmq:5672/%2F", f"amqps://{rs(8, LO)}:{{S}}@puffin.rmq2.cloudamqp.com/{rs(8, LO)}"]))
reg("mssql_connection_string", lambda: password(), f"{KF}/odbc.yml Credentials in ODBC Connection String; ADO.NET docs", ["ConnectionStrings__Default", "SQLCONNSTR_Main", "MSSQL_CONNECTION"], kind="conn", svc="SQL Server", hdr=NOHDR, n=7,
    conn=lambda: pick([f"Server=tcp:{rs(8, LO)}.database.windows.net,1433;Initial Catalog={pick(DBNAMES)};Persist Security Info=False;User ID={pick(DBUSERS)};Password={{S}};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",
                       f"Data Source=sql01.corp.local;Initial Catalog={pick(DBNAMES)};User Id=sa;Password={{S}};",
                       f"Driver={{{{ODBC Driver 18 for SQL Server}}}};Server=sqlprod,1433;Database={pick(DBNAMES)};Uid={pick(DBUSERS)};Pwd={{S}};Encrypt=yes;"]))
reg("jdbc_connection_url", upw, f"{CS} URL Credentials / PASSWD_PAIR (JDBC password= parameter)", ["SPRING_DATASOURCE_URL", "JDBC_URL", "DB_URL"], kind="conn", svc="JDBC", hdr=NOHDR, n=5,
    conn=lambda: pick([f"jdbc:postgresql://{pick(DBHOSTS)}:5432/{pick(DBNAMES)}?user={pick(DBUSERS)}&password={{S}}&ssl=true",
                       f"jdbc:mysql://mysql.internal:3306/{pick(DBNAMES)}?user={pick(DBUSERS)}&password={{S}}&useSSL=true",
                       f"jdbc:sqlserver://sql01:1433;databaseName={pick(DBNAMES)};user=sa;password={{S}};encrypt=true"]))
reg("ftp_url_password", upw, f"{KF}/ftp.yml FTP URI Password", ["FTP_URL", "SFTP_URL", "BACKUP_TARGET"], kind="conn", svc="FTP", hdr=NOHDR, n=4,
    conn=lambda: pick(["ftp://backup:{S}@ftp.internal.example/nightly/", "sftp://deploy:{S}@files.partner.example:22/inbound", "ftps://edi_user:{S}@edi.example.net:990/"]))
reg("smtp_url_password", upw, f"{KF}/uri.yml URI with Username and Secret", ["EMAIL_URL", "SMTP_URL", "MAILER_DSN"], kind="conn", svc="SMTP", hdr=NOHDR, n=4,
    conn=lambda: pick(["smtp://apikey:{S}@smtp.sendgrid.net:587", "smtps://noreply%40acme.example:{S}@smtp.gmail.com:465", "submission://mailer:{S}@mail.internal:587/?tls=true"]))
reg("http_basic_auth_url", upw, f"{KF}/uri.yml URI with Username and Secret; {DS} basic_auth.py", ["REGISTRY_URL", "PROXY_URL", "WEBHOOK_URL", "PIP_INDEX_URL", "HTTPS_PROXY"], kind="conn", svc="HTTP", hdr=NOHDR, n=8,
    conn=lambda: pick(["https://ci-bot:{S}@nexus.internal.example/repository/pypi/simple", "http://proxyuser:{S}@proxy.corp.example:3128",
                       "https://admin:{S}@jenkins.internal.example/job/deploy/build", "https://deploy:{S}@registry.internal.example/v2/",
                       "https://elastic:{S}@es-prod.internal:9200", "https://grafana:{S}@grafana.internal.example/api/dashboards"]))
reg("snowflake_connection_uri", upw, f"{KF}/snowflake.yml Snowflake Password", ["SNOWFLAKE_URL", "SNOWFLAKE_SQLALCHEMY_URL"], kind="conn", svc="Snowflake", hdr=NOHDR, n=3,
    conn=lambda: f"snowflake://{pick(['etl_user', 'dbt_runner', 'looker_svc'])}:{{S}}@{rs(7, LO)}-{rs(7, LALNUM)}/{pick(['ANALYTICS', 'RAW'])}/PUBLIC?warehouse=COMPUTE_WH&role=TRANSFORMER")
reg("ldap_url_password", upw, f"{KF}/uri.yml (credentials in ldap:// URL)", ["LDAP_URL"], kind="conn", svc="LDAP", hdr=NOHDR, n=3,
    conn=lambda: "ldaps://svc_ldap:{S}@dc01.corp.example:636/DC=corp,DC=example")
reg("clickhouse_connection_uri", upw, URLSRC, ["CLICKHOUSE_URL", "CLICKHOUSE_DSN"], kind="conn", svc="ClickHouse", hdr=NOHDR, n=3,
    conn=lambda: pick(["clickhouse://default:{S}@clickhouse.internal:9000/events", f"https://default:{{S}}@{rs(10, LALNUM)}.eu-central-1.aws.clickhouse.cloud:8443"]))


# --------------------------------------------------------------------------
# rendering: templates carry markers \ue000<i>\ue001 for secret i
# --------------------------------------------------------------------------
MK_RE = re.compile("\ue000(\\d+)\ue001")


def M(i=0):
    return f"\ue000{i}\ue001"


S0 = M(0)


def json_esc(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def b64_esc(v):
    return b64e(v.encode())


ESC = {None: None, "json": json_esc, "b64": b64_esc, "xml": lambda v: v.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;"),
       "sql": lambda v: v.replace("'", "''")}


def render(tpl, vals, esc=None, types=None):
    f = ESC[esc] if (esc is None or isinstance(esc, str)) else esc
    out, secs, pos, last = [], [], 0, 0
    for m in MK_RE.finditer(tpl):
        chunk = tpl[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        k = int(m.group(1))
        v = vals[k]
        app = f(v) if f else v
        d = {"value": app, "start": pos, "end": pos + len(app)}
        if app != v:
            d["plain"] = v
        if types:
            d["type"] = types[k]
        secs.append(d)
        out.append(app)
        pos += len(app)
        last = m.end()
    out.append(tpl[last:])
    text = "".join(out)
    assert "\ue000" not in text and "\ue001" not in text and "\\ue000" not in text, tpl
    for s in secs:
        assert text[s["start"]:s["end"]] == s["value"]
    return text, secs


def camel(v):
    p = [x for x in v.lower().split("_") if x]
    return p[0] + "".join(x.capitalize() for x in p[1:]) if p else v


def pascal(v):
    return "".join(x.capitalize() for x in v.lower().split("_") if x)


def snake(v):
    return v.lower().strip("_")


def kebab(v):
    return snake(v).replace("_", "-")


def dotted(v):
    return snake(v).replace("_", ".")


ENV_FILLERS = ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info", "APP_NAME=orders-api", "TZ=UTC", "FEATURE_FLAGS=beta_checkout,new_nav",
               "REDIS_HOST=redis", "DB_HOST=db.internal", "DB_PORT=5432", "S3_BUCKET=acme-uploads-prod", "AWS_REGION=eu-west-1",
               "SENTRY_ENVIRONMENT=staging", "WEB_CONCURRENCY=4", "CACHE_TTL=300", "ALLOWED_HOSTS=api.acme.example,localhost", "DEBUG=false",
               "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317", "PUBLIC_URL=https://app.acme.example", "MAX_UPLOAD_MB=25",
               "QUEUE_NAME=default", "RATE_LIMIT_PER_MIN=600", "DEFAULT_LOCALE=en-GB", "METRICS_PORT=9102", "HTTP_TIMEOUT=15"]
SERVICES = ["api", "worker", "web", "scheduler", "ingest", "billing", "notifier", "gateway"]
HOSTS = ["api.acme.example", "internal.northwind.example", "svc.blueharbor.example", "backend.tinyapps.example"]


def env_lines(var, F, q="", k=None, sep="="):
    k = R.randint(2, 6) if k is None else k
    lines = R.sample(ENV_FILLERS, k)
    lines.insert(R.randint(0, len(lines)), f"{var}{sep}{q}{F}{q}")
    return lines


class X:
    def __init__(self, spec, vals, frag):
        self.spec, self.vals, self.F = spec, vals, frag
        self.var = pick(spec["v"]) if spec["v"] else "SECRET"
        self.svc = spec["svc"]
        self.kind = spec["kind"]


def hdr_line(x):
    return x.spec["hdr"].format(x.F)


def api_url(x):
    return x.spec["api"] or f"https://{pick(HOSTS)}/v1/{pick(['status', 'events', 'reports', 'items'])}"


def pname(x):
    """query/parameter-ish key name"""
    v = snake(x.var)
    return v


# ---------------- generic containers ----------------
GEN = collections.OrderedDict()


def container(name, kinds=("token", "password", "conn"), hdr=False, raw=False):
    def deco(fn):
        GEN[name] = dict(fn=fn, kinds=set(kinds), hdr=hdr, raw=raw)
        return fn
    return deco


@container("dotenv")
def c_dotenv(x):
    hdr = pick(["", "# production settings\n", "# generated by setup.sh - do not commit\n", ""])
    return hdr + "\n".join(env_lines(x.var, x.F)) + "\n", None


@container("dotenv_quoted")
def c_dotenv_q(x):
    q = pick(['"', "'"])
    return "\n".join(env_lines(x.var, x.F, q)) + "\n", None


@container("shell_export")
def c_shell(x):
    q = pick(['"', "'", ""])
    pre = pick(["#!/usr/bin/env bash\nset -euo pipefail\n\n", "# ~/.bashrc\n", "#!/bin/sh\n", ""])
    post = pick(["\n./bin/start-worker --queue default\n", "\nexec python -m app.main\n", "\n", "\nterraform apply -auto-approve\n"])
    return f"{pre}export AWS_REGION=eu-central-1\nexport {x.var}={q}{x.F}{q}{post}", None


@container("docker_compose_env_list")
def c_dc_list(x):
    s = pick(SERVICES)
    return (f"services:\n  {s}:\n    image: ghcr.io/acme/{s}:1.{R.randint(2, 30)}.{R.randint(0, 9)}\n    restart: unless-stopped\n"
            f"    environment:\n      - LOG_LEVEL=info\n      - {x.var}={x.F}\n      - PORT=8080\n    ports:\n      - \"8080:8080\"\n"), None


@container("docker_compose_env_map")
def c_dc_map(x):
    s = pick(SERVICES)
    q = pick(['"', "", "'"])
    return (f"version: \"3.9\"\nservices:\n  {s}:\n    build: .\n    depends_on: [db]\n    environment:\n      TZ: UTC\n"
            f"      {x.var}: {q}{x.F}{q}\n      WORKERS: \"2\"\n"), None


@container("k8s_secret_data", kinds=("token", "password"))
def c_k8s_data(x):
    key = pick([kebab(x.var), snake(x.var), x.var])
    other = b64e(pick([b"orders", b"production", b"eu-west-1", b"8443"]))
    return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {pick(SERVICES)}-credentials\n  namespace: {pick(['default', 'prod', 'payments'])}\n"
            f"type: Opaque\ndata:\n  environment: {other}\n  {key}: {x.F}\n"), "b64"


@container("k8s_secret_stringdata")
def c_k8s_sd(x):
    key = pick([kebab(x.var), x.var])
    return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {pick(SERVICES)}-env\n  labels:\n    app.kubernetes.io/part-of: acme\n"
            f"type: Opaque\nstringData:\n  {key}: \"{x.F}\"\n"), None


@container("k8s_deployment_env")
def c_k8s_env(x):
    s = pick(SERVICES)
    return (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {s}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n"
            f"        - name: {s}\n          image: registry.acme.example/{s}:2024.{R.randint(1, 12)}\n          env:\n            - name: LOG_FORMAT\n              value: json\n"
            f"            - name: {x.var}\n              value: \"{x.F}\"\n"), None


@container("helm_values")
def c_helm(x):
    return (f"replicaCount: 3\nimage:\n  repository: ghcr.io/acme/{pick(SERVICES)}\n  tag: \"v{R.randint(1, 5)}.{R.randint(0, 20)}.0\"\n"
            f"config:\n  {camel(x.var)}: \"{x.F}\"\n  timeoutSeconds: 30\nresources:\n  limits:\n    memory: 512Mi\n"), None


@container("terraform_tfvars")
def c_tfvars(x):
    return f"region      = \"eu-west-1\"\nenvironment = \"prod\"\n{snake(x.var)} = \"{x.F}\"\ninstance_count = 3\n", None


@container("terraform_resource")
def c_tf_res(x):
    if x.kind == "password":
        return (f"resource \"aws_db_instance\" \"main\" {{\n  identifier        = \"orders-prod\"\n  engine            = \"postgres\"\n  instance_class    = \"db.t3.medium\"\n"
                f"  username          = \"orders\"\n  password          = \"{x.F}\"\n  skip_final_snapshot = true\n}}\n"), None
    return (f"resource \"kubernetes_secret\" \"{snake(x.var)[:20]}\" {{\n  metadata {{\n    name = \"{kebab(x.var)}\"\n  }}\n  data = {{\n"
            f"    {snake(x.var)} = \"{x.F}\"\n  }}\n}}\n"), None


@container("json_config")
def c_json(x):
    d = {"service": pick(SERVICES), "region": "eu-west-1", "integrations": {x.svc.split()[0].lower(): {camel(x.var): x.F, "timeout_ms": 5000}}}
    return json.dumps(d, indent=pick([2, 4]), ensure_ascii=False) + "\n", "json"


@container("appsettings_json")
def c_appsettings(x):
    d = {"Logging": {"LogLevel": {"Default": "Information"}}, "AllowedHosts": "*", pascal(x.var.split("__")[0] if "__" in x.var else "Integrations"): {pascal(x.var): x.F}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n", "json"


@container("toml_config")
def c_toml(x):
    return f"[server]\nhost = \"0.0.0.0\"\nport = 8000\n\n[{pick(['auth', 'upstream', 'integrations', 'secrets'])}]\n{snake(x.var)} = \"{x.F}\"\nretries = 3\n", None


@container("ini_config")
def c_ini(x):
    sep = pick([" = ", "=", ": "])
    return f"[DEFAULT]\nregion{sep}eu-west-1\n\n[{pick(['credentials', 'service', 'database', 'api'])}]\n{snake(x.var)}{sep}{x.F}\nverify_ssl{sep}true\n", None


@container("python_assign")
def c_py(x):
    q = pick(['"', "'"])
    return (f"import logging\n\nlog = logging.getLogger(__name__)\n\n{x.var} = {q}{x.F}{q}  # TODO move to vault\nBASE_URL = \"https://{pick(HOSTS)}\"\n\n"
            f"def client():\n    return Client(BASE_URL, {snake(x.var)}={x.var})\n"), None


@container("python_getenv_default")
def c_py_env(x):
    return f"import os\n\n{snake(x.var)} = os.getenv(\"{x.var}\", \"{x.F}\")\ntimeout = int(os.getenv(\"HTTP_TIMEOUT\", \"15\"))\n", None


@container("python_requests_call", kinds=("token", "password"))
def c_py_req(x):
    if x.kind == "password" or not x.spec["hdr"]:
        return (f"import requests\n\nresp = requests.get(\n    \"https://{pick(HOSTS)}/api/v2/export\",\n    auth=(\"svc-export\", \"{x.F}\"),\n    timeout=30,\n)\nresp.raise_for_status()\n"), None
    h, v = hdr_line(x).split(": ", 1)
    return (f"import requests\n\nheaders = {{\n    \"{h}\": \"{v}\",\n    \"Accept\": \"application/json\",\n}}\nr = requests.post(\"{api_url(x)}\", headers=headers, json={{\"limit\": 50}})\nprint(r.status_code)\n"), None


@container("js_const")
def c_js(x):
    q = pick(["'", '"', "`"])
    return f"// config.js\nconst {camel(x.var)} = {q}{x.F}{q};\nconst baseUrl = 'https://{pick(HOSTS)}';\n\nmodule.exports = {{ {camel(x.var)}, baseUrl }};\n", None


@container("js_env_fallback")
def c_js_env(x):
    return f"const {camel(x.var)} = process.env.{x.var} || \"{x.F}\";\nconst port = Number(process.env.PORT ?? 3000);\n", None


@container("ts_config_object")
def c_ts(x):
    return (f"export const config = {{\n  env: 'production',\n  {x.svc.split()[0].lower().replace('.', '')}: {{\n    {camel(x.var)}: '{x.F}',\n    retries: 3,\n  }},\n}} as const;\n"), None


@container("go_const")
def c_go(x):
    return f"package config\n\nconst (\n\tDefaultRegion = \"eu-west-1\"\n\t{pascal(x.var)} = \"{x.F}\"\n)\n", None


@container("go_struct_literal")
def c_go2(x):
    return (f"func newClient() *Client {{\n\treturn &Client{{\n\t\tBaseURL: \"https://{pick(HOSTS)}\",\n\t\t{pascal(x.var)}: \"{x.F}\",\n\t\tTimeout: 10 * time.Second,\n\t}}\n}}\n"), None


@container("java_constant")
def c_java(x):
    return (f"public final class Settings {{\n    private static final String {x.var.upper()} = \"{x.F}\";\n    private static final int TIMEOUT_MS = 5000;\n}}\n"), None


@container("java_properties")
def c_props(x):
    return f"server.port=8080\nspring.application.name={pick(SERVICES)}\n{pick(['app', 'integration', 'client'])}.{dotted(x.var)}={x.F}\nmanagement.endpoints.web.exposure.include=health\n", None


@container("spring_application_yaml")
def c_spring(x):
    if x.kind in ("password", "conn"):
        return (f"spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: app\n    password: {x.F}\n  jpa:\n    open-in-view: false\n"), None
    return f"app:\n  integrations:\n    {kebab(x.var)}: {x.F}\nserver:\n  port: 8080\n", None


@container("gradle_properties")
def c_gradle(x):
    return f"org.gradle.jvmargs=-Xmx2g\nandroid.useAndroidX=true\n{camel(x.var)}={x.F}\n", None


@container("ruby_source")
def c_ruby(x):
    return pick([f"{x.var} = ENV.fetch(\"{x.var}\", \"{x.F}\")\n", f"Rails.application.configure do\n  config.x.{snake(x.var)} = \"{x.F}\"\nend\n",
                 f"client = ApiClient.new(\n  base_url: \"https://{pick(HOSTS)}\",\n  {snake(x.var)}: '{x.F}'\n)\n"]), None


@container("php_define")
def c_php(x):
    return f"<?php\n// config.php\ndefine('{x.var}', '{x.F}');\ndefine('APP_DEBUG', false);\n", None


@container("php_array")
def c_php_arr(x):
    return f"<?php\n\nreturn [\n    'driver' => 'default',\n    '{snake(x.var)}' => '{x.F}',\n    'timeout' => 30,\n];\n", None


@container("rust_const")
def c_rust(x):
    return f"// src/config.rs\npub const {x.var.upper()}: &str = \"{x.F}\";\npub const MAX_RETRIES: u32 = 5;\n", None


@container("csharp_const")
def c_cs(x):
    return (f"namespace Acme.Integrations\n{{\n    internal static class Secrets\n    {{\n        public const string {pascal(x.var)} = \"{x.F}\";\n    }}\n}}\n"), None


@container("swift_source")
def c_swift(x):
    return f"enum Config {{\n    static let baseURL = URL(string: \"https://{pick(HOSTS)}\")!\n    static let {camel(x.var)} = \"{x.F}\"\n}}\n", None


@container("kotlin_source")
def c_kotlin(x):
    return f"object BuildSecrets {{\n    const val {x.var.upper()} = \"{x.F}\"\n}}\n", None


@container("web_config_xml")
def c_webconfig(x):
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"Production\" />\n"
            f"    <add key=\"{pascal(x.var)}\" value=\"{x.F}\" />\n  </appSettings>\n</configuration>\n"), "xml"


@container("curl_header", kinds=("token",), hdr=True)
def c_curl(x):
    q = pick(['"', "'"])
    return pick([f"curl -sS {q}{hdr_line(x)}{q} {api_url(x)}\n", f"$ curl -X POST {api_url(x)} \\\n  -H {q}Content-Type: application/json{q} \\\n  -H {q}{hdr_line(x)}{q} \\\n  -d '{{\"dry_run\": true}}'\n",
                 f"curl --fail --header {q}{hdr_line(x)}{q} --url {api_url(x)} | jq .\n"]), None


@container("http_request_dump", kinds=("token",), hdr=True)
def c_http(x):
    u = urllib.parse.urlparse(api_url(x))
    return (f"{pick(['GET', 'POST'])} {u.path or '/'} HTTP/1.1\r\nHost: {u.netloc}\r\nUser-Agent: {pick(['python-requests/2.32.3', 'curl/8.5.0', 'okhttp/4.12.0'])}\r\n"
            f"Accept: */*\r\n{hdr_line(x)}\r\nContent-Length: 0\r\n\r\n"), None


@container("fetch_devtools", kinds=("token",), hdr=True)
def c_fetch(x):
    h, v = hdr_line(x).split(": ", 1)
    return (f"fetch(\"{api_url(x)}\", {{\n  \"headers\": {{\n    \"accept\": \"application/json\",\n    \"{h.lower()}\": \"{v}\"\n  }},\n  \"method\": \"GET\",\n  \"mode\": \"cors\"\n}});\n"), None


@container("nginx_conf", kinds=("token",), hdr=True)
def c_nginx(x):
    h, v = hdr_line(x).split(": ", 1)
    return (f"location /upstream/ {{\n    proxy_pass {api_url(x).rsplit('/', 1)[0]}/;\n    proxy_set_header Host $proxy_host;\n    proxy_set_header {h} \"{v}\";\n}}\n"), None


@container("github_actions_env")
def c_gha(x):
    return (f"name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {x.var}: {x.F}\n"
            f"    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n"), None


@container("github_actions_run_step", kinds=("token",), hdr=True)
def c_gha_run(x):
    return (f"    steps:\n      - name: Notify\n        run: |\n          curl -fsS -H \"{hdr_line(x)}\" \\\n            {api_url(x)}\n"), None


@container("gitlab_ci_variables")
def c_glci(x):
    return (f"stages: [test, deploy]\n\nvariables:\n  DOCKER_DRIVER: overlay2\n  {x.var}: \"{x.F}\"\n\ndeploy:\n  stage: deploy\n  script:\n    - ./scripts/deploy.sh\n"), None


@container("circleci_config")
def c_circle(x):
    return (f"version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/python:3.12\n        environment:\n          {x.var}: {x.F}\n    steps:\n      - checkout\n"), None


@container("jenkinsfile")
def c_jenkins(x):
    return (f"pipeline {{\n  agent any\n  environment {{\n    {x.var} = '{x.F}'\n    GRADLE_OPTS = '-Xmx1g'\n  }}\n  stages {{\n    stage('Build') {{ steps {{ sh './gradlew build' }} }}\n  }}\n}}\n"), None


@container("azure_pipelines_yaml")
def c_azp(x):
    return (f"trigger:\n- main\n\nvariables:\n- name: buildConfiguration\n  value: Release\n- name: {x.var}\n  value: '{x.F}'\n\npool:\n  vmImage: ubuntu-latest\n"), None


@container("jupyter_cell")
def c_ipynb(x):
    src = ["import os\n", f"os.environ[\"{x.var}\"] = \"{x.F}\"\n", "client = make_client()"]
    nb = {"cells": [{"cell_type": "code", "execution_count": R.randint(1, 40), "metadata": {}, "outputs": [], "source": src}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n", "json"


@container("jupyter_output")
def c_ipynb_out(x):
    return (f"In [{R.randint(3, 30)}]: settings.dict()\nOut[{R.randint(3, 30)}]:\n{{'environment': 'staging',\n '{snake(x.var)}': '{x.F}',\n 'timeout': 30}}\n"), None


@container("log_line")
def c_log(x):
    ts = f"2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}Z"
    return pick([f"{ts} DEBUG [{pick(SERVICES)}] loaded config {snake(x.var)}={x.F} region=eu-west-1\n",
                 f"{ts} level=info msg=\"starting client\" {snake(x.var)}=\"{x.F}\" retries=3\n",
                 f"[{ts}] WARN  HttpClient - retrying request, {x.var}={x.F}, attempt=2\n",
                 f"{{\"ts\":\"{ts}\",\"level\":\"debug\",\"msg\":\"env dump\",\"{x.var}\":\"{x.F}\"}}\n"]), None


@container("stack_trace")
def c_trace(x):
    return (f"Traceback (most recent call last):\n  File \"/srv/app/worker.py\", line {R.randint(20, 300)}, in run\n    client = Client({snake(x.var)}=cfg.{snake(x.var)})\n"
            f"  File \"/srv/app/client.py\", line {R.randint(20, 90)}, in __init__\n    raise AuthError(f\"rejected credentials: {{{snake(x.var)}}}\")\n"
            f"app.errors.AuthError: rejected credentials: {x.F}\n"), None


def distinctive(v):
    """True when the format itself identifies a credential (prefix/structure), so an unlabeled paste is still recognisable."""
    if v is None:
        return False
    if re.match(r"(AKIA|ASIA|AIza|ATBB|dapi|4b1d|EZAK|AKCp|cmVmd|ATTA|EAAA|eyJrIjoi|dG9rOj|pat[A-Za-z0-9]{14}\.|LTAI)", v) or any(k in v for k in [".atlasv1.", "Q~", "JQQJ99", "NRAL"]):
        return True
    if re.fullmatch(r"[0-9a-fA-F-]{16,}", v) or re.fullmatch(r"[A-Za-z0-9]{12,64}", v) or re.fullmatch(r"[A-Za-z0-9+/_~.-]{12,90}={0,2}", v) and not re.match(r"[A-Za-z0-9]{1,12}[_.:-]", v):
        return False
    return True


@container("chat_message")
def c_chat(x):
    if x.kind == "password":
        return pick([f"the {x.svc} password is {x.F} btw, can you log in and check the job queue?\n",
                     f"pw for the {x.svc} box: {x.F}\n", f"Hier ist das Passwort für {x.svc}: {x.F} – bitte nicht weitergeben\n",
                     f"contraseña de {x.svc}: {x.F}\n"]), None
    if not distinctive(x.vals[0]) or x.kind == "conn":
        return pick([f"here's my {x.svc} key: {x.F} - why does it keep returning 401?\n", f"the {x.svc} token is {x.F}, can you wire it into the job?\n",
                     f"Hier ist mein {x.svc}-Token: {x.F}\n", f"ok the new {x.svc} secret: {x.F}\n"]), None
    return pick([f"here's my key: {x.F} - why does it keep returning 401?\n", f"can you check this? {x.F}\n",
                 f"I rotated it, new one is {x.F}\n", f"use {x.F} for staging, prod one is in the vault\n",
                 f"Hier ist mein Token: {x.F}\nKannst du schauen, warum der Build fehlschlägt?\n", f"voici la clé : {x.F} (elle expire vendredi)\n",
                 f"これが新しいキーです {x.F} よろしく\n", f"mi clave es {x.F}, ¿por qué falla la petición?\n"]), None


@container("markdown_doc")
def c_md(x):
    return (f"## Local setup\n\n1. Copy `.env.example` to `.env`.\n2. Set the {x.svc} credential:\n\n```bash\nexport {x.var}={x.F}\n```\n\n"
            f"3. Run `make dev`.\n"), None


@container("csv_export", kinds=("token", "password"))
def c_csv(x):
    col = pick(["api_key", "secret", "token", "password", "credential"]) if x.kind != "password" else pick(["password", "pwd", "initial_password"])
    rows = [f"{rs(6, LO)},{pick(['dev', 'staging', 'prod'])},{rs(8, LALNUM)},2024-0{R.randint(1, 9)}-1{R.randint(0, 9)}" for _ in range(3)]
    i = R.randint(0, 2)
    r = rows[i].split(",")
    r[2] = x.F
    rows[i] = ",".join(r)
    return f"name,environment,{col},created\n" + "\n".join(rows) + "\n", None


@container("url_query", kinds=("token", "password"))
def c_urlq(x):
    if x.kind == "password":
        return f"GET https://{pick(HOSTS)}/login?user={pick(['svc-sync', 'admin', 'api'])}&password={x.F}&redirect=%2Fhome\n", None
    return pick([f"https://{pick(HOSTS)}/v1/export?{pname(x)}={x.F}&format=json\n", f"wget -q \"https://{pick(HOSTS)}/feed.xml?token={x.F}\"\n",
                 f"<img src=\"https://{pick(HOSTS)}/pixel.gif?key={x.F}&uid=42\">\n"]), None


@container("yaml_block_scalar")
def c_yblock(x):
    ind = pick(["  ", "    "])
    return f"{pick(SERVICES)}:\n{ind}{snake(x.var)}: {pick(['>-', '|-', '|', '>'])}\n{ind}{ind}{x.F}\n{ind}enabled: true\n", None


@container("dockerfile")
def c_dockerfile(x):
    return pick([f"FROM python:3.12-slim\nWORKDIR /app\nENV {x.var}={x.F}\nCOPY . .\nRUN pip install -r requirements.txt\nCMD [\"python\", \"main.py\"]\n",
                 f"FROM node:20-alpine\nARG {x.var}={x.F}\nRUN npm ci && npm run build\n"]), None


@container("docker_run")
def c_docker_run(x):
    return f"docker run -d --name {pick(SERVICES)} -e {x.var}={x.F} -p 8080:8080 ghcr.io/acme/{pick(SERVICES)}:latest\n", None


@container("systemd_unit")
def c_systemd(x):
    return (f"[Unit]\nDescription={pick(SERVICES)} service\nAfter=network-online.target\n\n[Service]\nUser=svc\nEnvironment=\"{x.var}={x.F}\"\n"
            f"ExecStart=/opt/app/bin/server\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n"), None


@container("crontab")
def c_cron(x):
    return f"# m h dom mon dow command\n*/15 * * * * {x.var}={x.F} /usr/local/bin/sync-reports >> /var/log/sync.log 2>&1\n", None


@container("powershell_env")
def c_ps(x):
    return f"$env:{x.var} = \"{x.F}\"\n& .\\deploy.ps1 -Environment Production\n", None


@container("windows_cmd_set")
def c_cmd(x):
    return f"@echo off\nset {x.var}={x.F}\ncall build.cmd\n", None


@container("ansible_vars")
def c_ansible(x):
    return f"---\n# group_vars/prod.yml\napp_port: 8080\n{snake(x.var)}: \"{x.F}\"\nenable_tls: true\n", None


@container("mcp_server_config")
def c_mcp(x):
    d = {"mcpServers": {x.svc.split()[0].lower(): {"command": "npx", "args": ["-y", f"@acme/{kebab(x.svc.split()[0])}-mcp"], "env": {x.var: x.F}}}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n", "json"


@container("vscode_settings_json")
def c_vscode(x):
    d = {"editor.formatOnSave": True, f"{x.svc.split()[0].lower()}.{camel(x.var)}": x.F, "files.exclude": {"**/.git": True}}
    return json.dumps(d, indent=4, ensure_ascii=False) + "\n", "json"


@container("git_diff")
def c_diff(x):
    return (f"diff --git a/.env.production b/.env.production\nindex 3f2a1c4..9b7e0d2 100644\n--- a/.env.production\n+++ b/.env.production\n"
            f"@@ -3,3 +3,4 @@ LOG_LEVEL=info\n PORT=8080\n REDIS_HOST=redis\n+{x.var}={x.F}\n"), None


@container("issue_comment")
def c_issue(x):
    return (f"**Steps to reproduce**\n\nI configured the client like this:\n\n```yaml\n{snake(x.var)}: {x.F}\n```\n\nand then every request fails with `403 Forbidden`. Any idea?\n"), None


@container("slack_export_json")
def c_slackexp(x):
    d = [{"type": "message", "user": "U0" + rs(8, UALNUM), "text": f"new {x.svc} creds for the pipeline: {x.F}", "ts": f"{R.randint(1700000000, 1750000000)}.{rdigits(6, False)}"}]
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n", "json"


@container("http_response_json", kinds=("token",))
def c_httpresp(x):
    d = {"access_token": x.F, "token_type": "bearer", "expires_in": 3600, "scope": "read write"}
    return "HTTP/1.1 200 OK\nContent-Type: application/json\nCache-Control: no-store\n\n" + json.dumps(d, ensure_ascii=False) + "\n", "json"


@container("sql_insert", kinds=("token", "password"))
def c_sqlins(x):
    col = "api_key" if x.kind == "token" else "password"
    return f"INSERT INTO integrations (name, environment, {col}, created_at)\nVALUES ('{x.svc}', 'prod', '{x.F}', NOW());\n", "sql"


@container("kubectl_create_secret", kinds=("token", "password", "conn"))
def c_kubectl(x):
    return f"kubectl -n {pick(['prod', 'staging', 'default'])} create secret generic {pick(SERVICES)}-secrets \\\n  --from-literal={x.var}='{x.F}' \\\n  --dry-run=client -o yaml | kubectl apply -f -\n", None


@container("helm_set")
def c_helmset(x):
    return f"helm upgrade --install {pick(SERVICES)} ./charts/app -n prod \\\n  --set image.tag=1.4.2 \\\n  --set secrets.{camel(x.var)}={x.F}\n", None


@container("terraform_state")
def c_tfstate(x):
    d = {"version": 4, "terraform_version": "1.7.5", "resources": [{"mode": "managed", "type": "random_password", "name": snake(x.var),
         "instances": [{"schema_version": 3, "attributes": {"id": "none", "result": x.F, "length": len(x.vals[0]) if x.vals[0] else 24}, "sensitive_attributes": []}]}]}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n", "json"


@container("cloudformation_yaml")
def c_cfn(x):
    return (f"Resources:\n  {pascal(pick(SERVICES))}Function:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Handler: app.handler\n"
            f"      Environment:\n        Variables:\n          {x.var}: {x.F}\n"), None


@container("serverless_yml")
def c_sls(x):
    return f"service: {pick(SERVICES)}\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    {x.var}: '{x.F}'\n", None


@container("apache_conf")
def c_apache(x):
    return f"<VirtualHost *:443>\n    ServerName {pick(HOSTS)}\n    SetEnv {x.var} \"{x.F}\"\n</VirtualHost>\n", None


@container("supervisord_conf")
def c_supervisor(x):
    return f"[program:{pick(SERVICES)}]\ncommand=/opt/venv/bin/python -m app\nenvironment=LOG_LEVEL=\"info\",{x.var}=\"{x.F}\"\nautorestart=true\n", None


@container("pm2_ecosystem")
def c_pm2(x):
    return f"module.exports = {{\n  apps: [{{\n    name: '{pick(SERVICES)}',\n    script: 'dist/index.js',\n    env_production: {{\n      NODE_ENV: 'production',\n      {x.var}: '{x.F}',\n    }},\n  }}],\n}};\n", None


@container("makefile")
def c_make(x):
    return f"{x.var} ?= {x.F}\n\ndeploy:\n\t./scripts/deploy.sh --token $({x.var})\n", None


@container("python_pydantic_settings")
def c_pyd(x):
    return f"class Settings(BaseSettings):\n    environment: str = \"prod\"\n    {snake(x.var)}: str = \"{x.F}\"\n\n    model_config = SettingsConfigDict(env_file=\".env\")\n", None


@container("jest_setup")
def c_jest(x):
    return f"// jest.setup.js\nprocess.env.TZ = 'UTC';\nprocess.env.{x.var} = '{x.F}';\n", None


@container("elixir_config")
def c_ex(x):
    return f"import Config\n\nconfig :acme, Acme.Client,\n  base_url: \"https://{pick(HOSTS)}\",\n  {snake(x.var)}: \"{x.F}\"\n", None


@container("dart_source")
def c_dart(x):
    return f"class Env {{\n  static const String {camel(x.var)} = '{x.F}';\n}}\n", None


@container("shell_heredoc")
def c_heredoc(x):
    d = pick(SERVICES)
    return f"cat > /etc/{d}/env <<'EOF'\nLOG_LEVEL=info\n{x.var}={x.F}\nEOF\nchmod 600 /etc/{d}/env\n", None


@container("xml_spring_bean")
def c_xmlbean(x):
    return (f"<bean id=\"client\" class=\"com.acme.integration.Client\">\n    <property name=\"endpoint\" value=\"https://{pick(HOSTS)}\"/>\n"
            f"    <property name=\"{camel(x.var)}\" value=\"{x.F}\"/>\n</bean>\n"), "xml"


@container("shell_history")
def c_hist(x):
    n = R.randint(100, 900)
    return f"  {n}  cd ~/src/infra\n  {n + 1}  export {x.var}={x.F}\n  {n + 2}  make plan\n  {n + 3}  history | tail\n", None


@container("python_repr_output")
def c_repr(x):
    return f">>> print(cfg)\nConfig(environment='prod', {snake(x.var)}='{x.F}', timeout=30)\n", None


@container("api_error_response", kinds=("token",))
def c_apierr(x):
    d = {"error": {"code": 401, "message": "invalid credentials", "received": x.F}}
    return json.dumps(d, ensure_ascii=False) + "\n", "json"


@container("access_log", kinds=("token",))
def c_access(x):
    return (f"10.0.{R.randint(0, 9)}.{R.randint(2, 250)} - - [12/Mar/2025:10:{R.randint(10, 59)}:{R.randint(10, 59)} +0000] \"GET /api/v1/sync?{pname(x)}={x.F} HTTP/1.1\" 200 {R.randint(200, 9000)} \"-\" \"Go-http-client/1.1\"\n"), None


@container("email_body")
def c_email(x):
    return (f"Subject: {x.svc} credentials for the new environment\n\nHi team,\n\nthe {x.svc} credential for staging is below, please store it in the vault and delete this mail:\n\n    {x.F}\n\nThanks\n"), None


@container("process_listing")
def c_ps_aux(x):
    flag = "--password" if x.kind == "password" else pick(["--token", "--api-key", "--secret"])
    return (f"USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\nsvc       {R.randint(1000, 30000)}  0.3  1.2 812344 98120 ?        Ssl  09:14   0:42 "
            f"/opt/agent/bin/agent run {flag} {x.F} --region eu-west-1\n"), None


@container("kustomization_literals")
def c_kustom(x):
    return f"secretGenerator:\n  - name: {pick(SERVICES)}-secrets\n    literals:\n      - {x.var}={x.F}\n      - REGION=eu-west-1\n", None


@container("ecs_task_definition")
def c_ecs(x):
    d = {"family": pick(SERVICES), "containerDefinitions": [{"name": "app", "image": "acme/app:1.9", "environment": [{"name": "LOG_LEVEL", "value": "info"}, {"name": x.var, "value": x.F}]}]}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n", "json"


@container("python_dict_settings", kinds=("password", "conn", "token"))
def c_pysettings(x):
    if x.kind == "password":
        return (f"DATABASES = {{\n    \"default\": {{\n        \"ENGINE\": \"django.db.backends.postgresql\",\n        \"NAME\": \"app\",\n        \"USER\": \"app\",\n"
                f"        \"PASSWORD\": \"{x.F}\",\n        \"HOST\": \"db\",\n    }}\n}}\n"), None
    return f"SETTINGS = {{\n    \"{snake(x.var)}\": \"{x.F}\",\n    \"retries\": 3,\n}}\n", None


# ---------------- type-specific containers ----------------
SPEC = {}


def special(name):
    def deco(fn):
        SPEC[name] = fn
        return fn
    return deco


@special("aws_credentials_file")
def s_awscred(x):
    t = x.spec["t"]
    prof = pick(["default", "prod", "deploy", "ci"])
    if t == "aws_access_key_id":
        return f"[{prof}]\naws_access_key_id = {x.F}\nregion = eu-west-1\n", None
    if t == "aws_temporary_access_key_id" or t == "aws_session_token":
        return f"[{prof}]\nregion = us-east-1\naws_session_token = {x.F}\n" if t == "aws_session_token" else f"[{prof}]\naws_access_key_id = {x.F}\n", None
    return f"# ~/.aws/credentials\n[{prof}]\naws_secret_access_key = {x.F}\noutput = json\n", None


@special("aws_configure_set")
def s_awsconf(x):
    key = "aws_access_key_id" if x.spec["t"] == "aws_access_key_id" else "aws_secret_access_key"
    return f"aws configure set {key} {x.F} --profile {pick(['default', 'deploy', 'backup'])}\naws sts get-caller-identity\n", None


@special("boto3_client")
def s_boto(x):
    return (f"import boto3\n\ns3 = boto3.client(\n    \"s3\",\n    region_name=\"eu-west-1\",\n    aws_secret_access_key=\"{x.F}\",\n)\n"), None


@special("git_remote_url")
def s_gitremote(x):
    user = {"azure_devops_pat": "build", "bitbucket_app_password": "deploy-bot", "gitlab_pat": "oauth2", "github_app_installation_token": "x-access-token"}.get(x.spec["t"], rot("s_gitremote", ["x-access-token", "ci-bot", "oauth2"]))
    host = {"azure_devops_pat": "dev.azure.com/acme/platform/_git/infra", "bitbucket_app_password": "bitbucket.org/acme/infra.git", "gitlab_pat": "gitlab.com/acme/infra.git"}.get(x.spec["t"], "github.com/acme/infra.git")
    return pick([f"git remote set-url origin https://{user}:{x.F}@{host}\ngit push origin HEAD:main\n",
                 f"[remote \"origin\"]\n\turl = https://{user}:{x.F}@{host}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n",
                 f"$ git clone https://{user}:{x.F}@{host}\nCloning into 'infra'...\n"]), None


@special("gh_auth_login")
def s_gh(x):
    return f"echo {x.F} | gh auth login --with-token\ngh repo list acme --limit 5\n", None


@special("npmrc_authtoken")
def s_npmrc(x):
    return rot("s_npmrc", [f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={x.F}\n",
                 f"@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={x.F}\nalways-auth=true\n"]), None


@special("npmrc_password")
def s_npmrc_pw(x):
    return f"registry=https://pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/\n//pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/:username=acme\n//pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/:_password={x.F}\n", "b64"


@special("pypirc")
def s_pypirc(x):
    return f"[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = {x.F}\n", None


@special("gem_credentials")
def s_gem(x):
    return f"---\n:rubygems_api_key: {x.F}\n", None


@special("cargo_credentials")
def s_cargo(x):
    return f"# ~/.cargo/credentials.toml\n[registry]\ntoken = \"{x.F}\"\n", None


@special("docker_login")
def s_dlogin(x):
    reg_ = rot("s_dlogin", ["", "registry.acme.example ", "ghcr.io "])
    return pick([f"docker login {reg_}-u ci-bot -p {x.F}\n", f"echo \"{x.F}\" | docker login {reg_}--username ci-bot --password-stdin\n"]), None


@special("telegram_url")
def s_tg(x):
    return rot("s_tg", [f"curl -s \"https://api.telegram.org/bot{x.F}/sendMessage?chat_id=-100{rdigits(10)}&text=deploy%20done\"\n",
                 f"WEBHOOK=https://api.telegram.org/bot{x.F}/setWebhook?url=https://bot.acme.example/hook\n",
                 f"requests.post(f\"https://api.telegram.org/bot{x.F}/sendMessage\", json={{\"chat_id\": CHAT_ID, \"text\": msg}})\n"]), None


@special("tailscale_up")
def s_ts(x):
    return f"sudo tailscale up --authkey={x.F} --advertise-tags=tag:ci --hostname=runner-{R.randint(1, 40)}\n", None


@special("vault_login")
def s_vault(x):
    return f"export VAULT_ADDR=https://vault.internal.example:8200\nvault login {x.F}\nvault kv get secret/prod/db\n", None


@special("terraformrc")
def s_tfrc(x):
    return f"credentials \"app.terraform.io\" {{\n  token = \"{x.F}\"\n}}\n", None


@special("gitlab_runner_toml")
def s_glr(x):
    return f"concurrent = 4\n\n[[runners]]\n  name = \"docker-runner-{R.randint(1, 9)}\"\n  url = \"https://gitlab.com\"\n  token = \"{x.F}\"\n  executor = \"docker\"\n", None


@special("basic_auth_header")
def s_basic(x):
    return f"curl -u ops@acme.example:{x.F} https://acme.atlassian.net/rest/api/3/myself\n", None


@special("curl_user")
def s_curl_user(x):
    return f"curl -X POST -u deploy:{x.F} https://jenkins.internal.example/job/release/buildWithParameters?TAG=v1.4.0\n", None


@special("curl_user_stripe")
def s_curl_stripe(x):
    return f"curl https://api.stripe.com/v1/charges \\\n  -u {x.F}: \\\n  -d amount=2000 -d currency=eur\n", None


@special("curl_user_mailgun")
def s_curl_mg(x):
    return f"curl -s --user 'api:{x.F}' https://api.mailgun.net/v3/mg.acme.example/messages -F to=ops@acme.example -F text=test\n", None


@special("netrc_heroku")
def s_netrc_h(x):
    return f"machine api.heroku.com\n  login deploy@acme.example\n  password {x.F}\nmachine git.heroku.com\n  login deploy@acme.example\n  password {x.F}\n", None


@special("netrc_wandb")
def s_netrc_w(x):
    return f"machine api.wandb.ai\n  login user\n  password {x.F}\n", None


@special("netrc_mapbox")
def s_netrc_m(x):
    return f"machine api.mapbox.com\nlogin mapbox\npassword {x.F}\n", None


@special("netrc_generic")
def s_netrc_gen(x):
    host = {"github_pat": "github.com", "gitlab_pat": "gitlab.com", "registry_password": "nexus.internal.example", "smtp_password": "smtp.acme.example"}.get(x.spec["t"], pick(HOSTS))
    login = {"github_pat": "x-access-token", "gitlab_pat": "oauth2"}.get(x.spec["t"], pick(["deploy", "ci-bot", "svc-sync"]))
    return pick([f"machine {host}\n  login {login}\n  password {x.F}\n", f"machine {host} login {login} password {x.F}\n"]), None


@special("sentryclirc")
def s_sentryrc(x):
    return f"[defaults]\norg = acme\nproject = web\n\n[auth]\ntoken={x.F}\n", None


@special("newrelic_yml")
def s_nr(x):
    return f"common: &default_settings\n  license_key: '{x.F}'\n  app_name: {pick(SERVICES)}\n  distributed_tracing:\n    enabled: true\n", None


@special("ngrok_yml")
def s_ngrok(x):
    return f"version: \"2\"\nauthtoken: {x.F}\ntunnels:\n  web:\n    proto: http\n    addr: 3000\n", None


@special("age_key_file")
def s_age(x):
    return f"# created: 2025-0{R.randint(1, 9)}-1{R.randint(0, 9)}T10:11:12Z\n# public key: age1{rs(58, BECH32)}\n{x.F}\n", None


@special("kubeconfig_token")
def s_kubetok(x):
    return (f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: deployer\n  name: prod\n"
            f"current-context: prod\nusers:\n- name: deployer\n  user:\n    token: {x.F}\n"), None


@special("twilio_pair")
def s_twilio(x):
    return f"TWILIO_ACCOUNT_SID=AC{rhex(32)}\nTWILIO_AUTH_TOKEN={x.F}\nTWILIO_FROM=+1415555010{R.randint(0, 9)}\n", None


@special("django_settings")
def s_django(x):
    return f"# settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\nSECRET_KEY = '{x.F}'\nALLOWED_HOSTS = [\"app.acme.example\"]\n", None


@special("laravel_env")
def s_laravel(x):
    return f"APP_NAME=Acme\nAPP_ENV=production\nAPP_KEY={x.F}\nAPP_DEBUG=false\nAPP_URL=https://acme.example\n", None


@special("rails_master_key_file")
def s_rmk(x):
    return f"$ cat config/master.key\n{x.F}\n", None


@special("otpauth_uri")
def s_otp(x):
    return f"otpauth://totp/Acme:ops?secret={x.F}&issuer=Acme&algorithm=SHA1&digits=6&period=30\n", None


# password-specific
@special("sql_create_user")
def s_sql_cu(x):
    u = pick(DBUSERS)
    return rot("s_sql_cu", [f"CREATE USER '{u}'@'%' IDENTIFIED BY '{x.F}';\nGRANT SELECT, INSERT ON orders.* TO '{u}'@'%';\n",
                 f"CREATE USER {u} IDENTIFIED BY \"{x.F}\";\nGRANT CONNECT TO {u};\n"]), "sql"


@special("sql_with_password")
def s_sql_wp(x):
    return rot("s_sql_wp", [f"CREATE ROLE {pick(DBUSERS)} WITH LOGIN PASSWORD '{x.F}' VALID UNTIL 'infinity';\n",
                 f"ALTER USER {pick(DBUSERS)} WITH PASSWORD '{x.F}';\n", f"CREATE USER replicator WITH REPLICATION ENCRYPTED PASSWORD '{x.F}';\n"]), "sql"


@special("sql_alter_login")
def s_sql_al(x):
    return rot("s_sql_al", [f"ALTER LOGIN [sa] WITH PASSWORD = '{x.F}';\nGO\n", f"CREATE LOGIN app_login WITH PASSWORD = '{x.F}', CHECK_POLICY = ON;\nGO\n"]), "sql"


@special("pgpass")
def s_pgpass(x):
    return f"# ~/.pgpass (chmod 0600)\n{pick(DBHOSTS)}:5432:{pick(DBNAMES)}:{pick(DBUSERS)}:{x.F}\n", None


@special("mysql_cli")
def s_mysql(x):
    return rot("s_mysql", [f"mysql -h db.internal -u root -p{x.F} orders < dump.sql\n", f"mysqldump --user=backup --password={x.F} --single-transaction orders > orders.sql\n"]), None


@special("psql_env")
def s_psql(x):
    return f"PGPASSWORD={x.F} psql -h {pick(DBHOSTS)} -U {pick(DBUSERS)} -d {pick(DBNAMES)} -c 'select count(*) from orders'\n", None


@special("my_cnf")
def s_mycnf(x):
    return f"[client]\nuser=backup\npassword={x.F}\nhost=127.0.0.1\n", None


@special("hibernate_properties")
def s_hib(x):
    return f"hibernate.connection.url=jdbc:mysql://db:3306/shop\nhibernate.connection.username=shop\nhibernate.connection.password={x.F}\n", None


@special("wp_config")
def s_wp(x):
    return f"<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp_user' );\ndefine( 'DB_PASSWORD', '{x.F}' );\ndefine( 'DB_HOST', 'localhost' );\n", None


@special("odbc_ini")
def s_odbc(x):
    return f"[ReportingDSN]\nDriver=PostgreSQL Unicode\nServername=db.internal\nDatabase=reports\nUserName=report_ro\nPassword={x.F}\nPort=5432\n", None


@special("db_yaml_rails")
def s_dbyml(x):
    return f"production:\n  adapter: postgresql\n  database: app_production\n  username: app\n  password: <%= ENV.fetch(\"DB_PASSWORD\", \"{x.F}\") %>\n  host: db\n", None


@special("cloud_init_chpasswd")
def s_cloudinit(x):
    return f"#cloud-config\nchpasswd:\n  expire: false\n  users:\n    - name: ubuntu\n      password: {x.F}\n      type: text\nssh_pwauth: true\n", None


@special("htpasswd_cmd")
def s_htpasswd(x):
    return f"htpasswd -bc /etc/nginx/.htpasswd admin {x.F}\n", None


@special("smtp_swaks")
def s_swaks(x):
    return f"swaks --to ops@acme.example --server smtp.acme.example:587 -tls --auth LOGIN --auth-user alerts --auth-password '{x.F}'\n", None


@special("ldapsearch")
def s_ldap(x):
    return rot("s_ldap", [f"ldapsearch -x -H ldaps://dc01.corp.example -D \"cn=svc_ldap,ou=Service,dc=corp,dc=example\" -w '{x.F}' -b \"dc=corp,dc=example\" \"(sAMAccountName=jdoe)\"\n",
                 f"ldapsearch -LLL -x -H ldap://ldap.internal -D cn=admin,dc=acme,dc=example -w {x.F} -b ou=people,dc=acme,dc=example uid\n"]), None


@special("sssd_conf")
def s_sssd(x):
    return f"[domain/corp.example]\nid_provider = ldap\nldap_uri = ldaps://dc01.corp.example\nldap_default_bind_dn = cn=sssd,ou=Service,dc=corp,dc=example\nldap_default_authtok = {x.F}\n", None


@special("sshpass_cmd")
def s_sshpass(x):
    return f"sshpass -p '{x.F}' ssh -o StrictHostKeyChecking=no deploy@10.0.{R.randint(1, 9)}.{R.randint(2, 250)} 'sudo systemctl restart app'\n", None


@special("ansible_inventory")
def s_ansinv(x):
    return f"[web]\nweb1 ansible_host=10.0.1.11 ansible_user=deploy ansible_password={x.F}\nweb2 ansible_host=10.0.1.12\n", None


@special("redis_cli")
def s_rcli(x):
    return f"redis-cli -h cache.internal -p 6379 -a '{x.F}' --no-auth-warning INFO keyspace\n", None


@special("redis_conf")
def s_rconf(x):
    return f"bind 0.0.0.0\nport 6379\nrequirepass {x.F}\nmaxmemory 2gb\n", None


@special("kafka_jaas")
def s_jaas(x):
    return f"sasl.mechanism=PLAIN\nsecurity.protocol=SASL_SSL\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"svc-orders\" password=\"{x.F}\";\n", None


@special("keytool_cmd")
def s_keytool(x):
    return f"keytool -importcert -noprompt -alias internal-ca -file ca.crt -keystore truststore.jks -storepass {x.F}\n", None


@special("openssl_passout")
def s_openssl(x):
    return f"openssl pkcs12 -export -in tls.crt -inkey tls.key -out tls.p12 -name api -passout pass:{x.F}\n", None


@special("gradle_signing")
def s_gsign(x):
    return f"signing.keyId=24875D73\nsigning.password={x.F}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\n", None


@special("wpa_supplicant")
def s_wpa(x):
    return f"ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\ncountry=DE\n\nnetwork={{\n    ssid=\"Lab-5G\"\n    psk=\"{x.F}\"\n    key_mgmt=WPA-PSK\n}}\n", None


@special("nmcli_wifi")
def s_nmcli(x):
    return f"nmcli dev wifi connect \"Office-Guest\" password \"{x.F}\"\n", None


@special("maven_settings")
def s_mvn(x):
    return (f"<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>{x.F}</password>\n    </server>\n  </servers>\n</settings>\n"), "xml"


@special("nuget_config")
def s_nuget(x):
    return (f"<configuration>\n  <packageSourceCredentials>\n    <AcmeFeed>\n      <add key=\"Username\" value=\"build\" />\n      <add key=\"ClearTextPassword\" value=\"{x.F}\" />\n"
            f"    </AcmeFeed>\n  </packageSourceCredentials>\n</configuration>\n"), "xml"


@special("pip_conf")
def s_pipconf(x):
    return f"[global]\nindex-url = https://build:{x.F}@pypi.internal.example/simple\ntimeout = 60\n", None


@special("powershell_securestring")
def s_pss(x):
    return f"$pw = ConvertTo-SecureString '{x.F}' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc_deploy', $pw)\n", None


@special("windows_net_user")
def s_netuser(x):
    return f"net user svc_backup {x.F} /add /passwordchg:no\nnet localgroup \"Backup Operators\" svc_backup /add\n", None


@special("jenkins_credentials_xml")
def s_jcx(x):
    return (f"<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>deploy-creds</id>\n  <username>deploy</username>\n"
            f"  <password>{x.F}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n"), "xml"


@special("ipsec_secrets")
def s_ipsec(x):
    return f"# /etc/ipsec.secrets\n%any 203.0.113.10 : PSK \"{x.F}\"\n", None


@special("snmpd_conf")
def s_snmp(x):
    return f"sysLocation    Rack 4, DC1\nrocommunity {x.F} 10.0.0.0/16\n", None


# --------------------------------------------------------------------------
# special-kind case builders (PEM blocks, JSON key files, registry auth ...)
# each returns (container, template, vals, esc, plains_override)
# --------------------------------------------------------------------------
def indent_esc(n):
    pad = " " * n
    return lambda v: v.replace("\n", "\n" + pad)


def nl_esc(v):
    return v.replace("\n", "\\n")


PEM_CONTAINERS = ["pem_file", "k8s_tls_secret", "json_escaped_pem", "dotenv_multiline", "dotenv_escaped_newlines", "terraform_heredoc",
                  "python_triple_quoted", "terminal_cat", "chat_paste_key", "github_actions_heredoc", "ansible_block_scalar", "js_template_literal",
                  "markdown_code_block", "vault_kv_json", "helm_values_block"]


def pem_case(kind_label, key):
    c = PEM_CONTAINERS[pem_case.i % len(PEM_CONTAINERS)]
    pem_case.i += 1
    fname = pick(["id_rsa", "deploy_key", "server.key", "tls.key", "signing.pem", "id_ed25519"])
    if c == "pem_file":
        pre = pick(["", f"==> /etc/ssl/private/{fname} <==\n", ""])
        return c, pre + S0 + "\n", [key], None
    if c == "k8s_tls_secret":
        return c, (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: |\n    -----BEGIN CERTIFICATE-----\n"
                   f"    {b64e(rbytes(48))}\n    -----END CERTIFICATE-----\n  tls.key: |\n    {S0}\n"), [key], indent_esc(4)
    if c == "json_escaped_pem":
        d = {"issuer": "deploy-bot", "key_id": rs(12, LALNUM), "private_key": S0, "algorithm": "RS256"}
        return c, json.dumps(d, indent=2, ensure_ascii=False) + "\n", [key], "json"
    if c == "dotenv_multiline":
        return c, f"APP_ID={rdigits(6)}\n{pick(['PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY', 'SSH_PRIVATE_KEY', 'JWT_PRIVATE_KEY'])}=\"{S0}\"\nWEBHOOK_PATH=/api/github/webhooks\n", [key], None
    if c == "dotenv_escaped_newlines":
        return c, f"{pick(['PRIVATE_KEY', 'SIGNING_KEY', 'FIREBASE_PRIVATE_KEY'])}=\"{S0}\"\n", [key], nl_esc
    if c == "terraform_heredoc":
        return c, f"locals {{\n  {pick(['signing_key', 'deploy_key', 'bootstrap_key'])} = <<-EOT\n{S0}\n  EOT\n}}\n", [key], None
    if c == "python_triple_quoted":
        return c, f"SIGNING_KEY = \"\"\"{S0}\n\"\"\"\n\ndef sign(payload):\n    return jwt.encode(payload, SIGNING_KEY, algorithm=\"RS256\")\n", [key], None
    if c == "terminal_cat":
        return c, f"ci@runner-07:~$ cat ~/.ssh/{fname}\n{S0}\nci@runner-07:~$ \n", [key], None
    if c == "chat_paste_key":
        return c, f"ssh keeps saying 'invalid format' with this key, what's wrong?\n\n{S0}\n", [key], None
    if c == "github_actions_heredoc":
        return c, f"      - name: Write deploy key\n        run: |\n          cat > ~/.ssh/id_deploy <<'EOF'\n          {S0}\n          EOF\n          chmod 600 ~/.ssh/id_deploy\n", [key], indent_esc(10)
    if c == "ansible_block_scalar":
        return c, f"---\ndeploy_user: deploy\ndeploy_private_key: |\n  {S0}\n", [key], indent_esc(2)
    if c == "js_template_literal":
        return c, f"const privateKey = `{S0}`;\n\nexport const signer = createSigner({{ key: privateKey }});\n", [key], None
    if c == "markdown_code_block":
        return c, f"### Deploy key\n\nPaste this into the server's `~/.ssh/{fname}`:\n\n```\n{S0}\n```\n", [key], None
    if c == "vault_kv_json":
        d = {"request_id": ruuid(), "lease_duration": 0, "data": {"data": {"private_key": S0, "username": "deploy"}, "metadata": {"version": R.randint(1, 9)}}}
        return c, json.dumps(d, indent=2, ensure_ascii=False) + "\n", [key], "json"
    return "helm_values_block", f"sshKeys:\n  enabled: true\n  privateKey: |-\n    {S0}\n", [key], indent_esc(4)


pem_case.i = 0


def gcp_sa_case():
    proj = pick(["acme-prod", "northwind-data", "tinyapps-ml", "blueharbor-ci"]) + "-" + rdigits(6)
    email = f"{pick(['deployer', 'terraform', 'bq-loader', 'ci-runner'])}@{proj}.iam.gserviceaccount.com"
    key = pem("PRIVATE KEY", pkcs8_rsa_der(2048))
    sa = collections.OrderedDict([("type", "service_account"), ("project_id", proj), ("private_key_id", rhex(40)), ("private_key", S0 + "\n"),
                                  ("client_email", email), ("client_id", rdigits(21)), ("auth_uri", "https://accounts.google.com/o/oauth2/auth"),
                                  ("token_uri", "https://oauth2.googleapis.com/token"),
                                  ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
                                  ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/" + urllib.parse.quote(email)),
                                  ("universe_domain", "googleapis.com")])
    c = ["gcp_sa_json_file", "gcp_sa_env_single_line", "gcp_sa_k8s_secret", "gcp_sa_terraform_var", "gcp_sa_github_actions", "gcp_sa_python_dict"][gcp_sa_case.i % 6]
    gcp_sa_case.i += 1
    if c == "gcp_sa_json_file":
        return c, json.dumps(sa, indent=2, ensure_ascii=False) + "\n", [key], "json"
    if c == "gcp_sa_env_single_line":
        return c, "GOOGLE_CREDENTIALS_JSON='" + json.dumps(sa, ensure_ascii=False) + "'\n", [key], "json"
    if c == "gcp_sa_k8s_secret":
        body = json.dumps(sa, indent=2, ensure_ascii=False).replace("\n", "\n    ")
        return c, f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: gcp-sa\nstringData:\n  key.json: |\n    {body}\n", [key], "json"
    if c == "gcp_sa_terraform_var":
        return c, "provider \"google\" {\n  project     = \"" + proj + "\"\n  credentials = <<EOF\n" + json.dumps(sa, indent=2, ensure_ascii=False) + "\nEOF\n}\n", [key], "json"
    if c == "gcp_sa_github_actions":
        return c, "      - uses: google-github-actions/auth@v2\n        with:\n          credentials_json: '" + json.dumps(sa, ensure_ascii=False) + "'\n", [key], "json"
    d = "credentials_info = " + json.dumps(sa, indent=4, ensure_ascii=False) + "\ncreds = service_account.Credentials.from_service_account_info(credentials_info)\n"
    return c, d, [key], "json"


gcp_sa_case.i = 0


def docker_auth_case():
    user = pick(["ci-bot", "deploy", "robot$acme+pusher", "AWS", "_json_key_base64", "oauth2accesstoken", "builder"])
    pw = pick([lambda: password(), lambda: "dckr_pat_" + rs(27, ALNUM + "_-"), lambda: gh_token("ghp"), lambda: rs(32, ALNUM)])()
    regy = pick(["https://index.docker.io/v1/", "ghcr.io", "registry.gitlab.com", "harbor.internal.example", "acme.azurecr.io", "quay.io"])
    c = ["docker_config_json", "k8s_dockerconfigjson_b64", "k8s_dockerconfigjson_stringdata", "podman_auth_json", "gitlab_docker_auth_config", "dockerconfigjson_cli"][docker_auth_case.i % 6]
    docker_auth_case.i += 1
    auth = b64e(f"{user}:{pw}".encode())
    if c == "docker_config_json":
        tpl = json.dumps({"auths": {regy: {"auth": S0}}, "credsStore": "", "currentContext": "default"}, indent="\t", ensure_ascii=False) + "\n"
        return c, tpl, [auth], None, pw
    if c == "k8s_dockerconfigjson_b64":
        blob = b64e(json.dumps({"auths": {regy: {"username": user, "password": pw, "auth": auth}}}, separators=(",", ":")).encode())
        return c, (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n  namespace: {pick(['default', 'ci', 'prod'])}\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: {S0}\n"), [blob], None, pw
    if c == "k8s_dockerconfigjson_stringdata":
        js = json.dumps({"auths": {regy: {"auth": S0}}}, ensure_ascii=False)
        return c, f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: pull-secret\ntype: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: '{js}'\n", [auth], None, pw
    if c == "podman_auth_json":
        return c, json.dumps({"auths": {regy: {"auth": S0}}}, indent=2, ensure_ascii=False) + "\n", [auth], None, pw
    if c == "gitlab_docker_auth_config":
        js = json.dumps({"auths": {regy: {"auth": S0}}}, ensure_ascii=False)
        return c, f"variables:\n  DOCKER_AUTH_CONFIG: '{js}'\n", [auth], None, pw
    blob = b64e(json.dumps({"auths": {regy: {"auth": auth}}}, separators=(",", ":")).encode())
    return c, f"kubectl patch serviceaccount default -p '{{\"imagePullSecrets\": [{{\"name\": \"regcred\"}}]}}'\necho {S0} | base64 -d > ~/.docker/config.json\n", [blob], None, pw


docker_auth_case.i = 0


def basic_auth_case():
    user = pick(["admin", "svc-metrics", "deploy", "api", "jenkins", "ops"])
    pw = password()
    b = b64e(f"{user}:{pw}".encode())
    c = ["http_basic_header_dump", "curl_basic_header", "python_basic_header", "nginx_basic_header", "log_basic_header", "prometheus_scrape_basic"][basic_auth_case.i % 6]
    basic_auth_case.i += 1
    if c == "http_basic_header_dump":
        return c, f"GET /api/metrics HTTP/1.1\r\nHost: metrics.internal.example\r\nAuthorization: Basic {S0}\r\nAccept: */*\r\n\r\n", [b], None, pw
    if c == "curl_basic_header":
        return c, f"curl -H 'Authorization: Basic {S0}' https://jenkins.internal.example/api/json\n", [b], None, pw
    if c == "python_basic_header":
        return c, f"HEADERS = {{\"Authorization\": \"Basic {S0}\", \"Content-Type\": \"application/json\"}}\n", [b], None, pw
    if c == "nginx_basic_header":
        return c, f"proxy_set_header Authorization \"Basic {S0}\";\n", [b], None, pw
    if c == "log_basic_header":
        return c, f"2025-03-02 11:04:55,120 DEBUG urllib3 send: b'GET /v2/_catalog HTTP/1.1\\r\\nHost: registry.internal\\r\\nAuthorization: Basic {S0}\\r\\n\\r\\n'\n", [b], None, pw
    return c, f"scrape_configs:\n  - job_name: node\n    authorization:\n      type: Basic\n      credentials: {S0}\n    static_configs:\n      - targets: ['10.0.0.5:9100']\n", [b], None, pw


basic_auth_case.i = 0


def npmrc_pw_case():
    pw = password()
    b = b64e(pw.encode())
    c = pick(["npmrc_password", "npmrc_password_yarnrc"])
    if c == "npmrc_password":
        return c, f"registry=https://nexus.internal.example/repository/npm-group/\n//nexus.internal.example/repository/npm-group/:username=ci\n//nexus.internal.example/repository/npm-group/:_password={S0}\n//nexus.internal.example/repository/npm-group/:email=ci@acme.example\n", [b], None, pw
    return c, f"npmRegistryServer: \"https://nexus.internal.example/repository/npm-group/\"\nnpmAuthIdent: \"ci:{S0}\"\n", [pw], None, None


def putty_case():
    head, priv, tail = putty_ppk(pick(["eddsa-key-20240312", "deploy@bastion", "imported-openssh-key"]))
    return "putty_ppk_file", head + S0 + tail, [priv], None, None


def kubeconfig_case():
    keypem = pem("RSA PRIVATE KEY", rsa_pkcs1_der(2048)) + "\n"
    b = b64e(keypem.encode())
    tpl = (f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: {b64e(rbytes(60))}\n    server: https://{pick(['10.0.0.10', 'k8s.internal.example', '192.168.49.2'])}:6443\n  name: kubernetes\n"
           f"users:\n- name: kubernetes-admin\n  user:\n    client-certificate-data: {b64e(rbytes(90))}\n    client-key-data: {S0}\n"
           f"contexts:\n- context:\n    cluster: kubernetes\n    user: kubernetes-admin\n  name: kubernetes-admin@kubernetes\ncurrent-context: kubernetes-admin@kubernetes\n")
    return "kubeconfig_yaml", tpl, [b], None, keypem


def wireguard_case():
    k = wireguard_key()
    c = pick(["wireguard_conf", "wireguard_conf", "gluetun_compose_env", "wg_set_cmd"])
    if c == "wireguard_conf":
        if R.random() < 0.5:
            psk = wireguard_key()
            return c, (f"[Interface]\nAddress = 10.8.0.{R.randint(2, 200)}/32\nPrivateKey = {M(0)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = {wireguard_key()}\nPresharedKey = {M(1)}\n"
                       f"Endpoint = vpn.acme.example:51820\nAllowedIPs = 0.0.0.0/0\n"), [k, psk], None, None
        return c, f"[Interface]\nPrivateKey = {S0}\nListenPort = 51820\n\n[Peer]\nPublicKey = {wireguard_key()}\nAllowedIPs = 10.8.0.2/32\n", [k], None, None
    if c == "gluetun_compose_env":
        return c, f"  gluetun:\n    image: qmcgaw/gluetun\n    environment:\n      - VPN_SERVICE_PROVIDER=custom\n      - VPN_TYPE=wireguard\n      - WIREGUARD_PRIVATE_KEY={S0}\n", [k], None, None
    return c, f"wg set wg0 private-key <(echo {S0}) peer {wireguard_key()} endpoint 198.51.100.7:51820\n", [k], None, None


SPECIAL_BUILDERS = {"gcp_service_account_private_key": gcp_sa_case, "docker_registry_auth": docker_auth_case, "basic_auth_credentials": basic_auth_case,
                    "npmrc_basic_password": npmrc_pw_case, "putty_private_key": putty_case, "kubeconfig_client_key": kubeconfig_case,
                    "wireguard_private_key": wireguard_case}


# --------------------------------------------------------------------------
# multi-secret combos
# --------------------------------------------------------------------------
def combo_cases():
    out = []
    g = lambda t: TYPES[t]["g"]()  # noqa: E731
    for i in range(5):
        ak, sk = aws_akid(), aws_secret()
        c = ["aws_credentials_file", "dotenv", "terraform_provider_aws", "java_aws_sdk", "github_actions_env"][i]
        if c == "aws_credentials_file":
            tpl = f"[default]\naws_access_key_id = {M(0)}\naws_secret_access_key = {M(1)}\nregion = eu-west-1\n\n[readonly]\nrole_arn = arn:aws:iam::{rdigits(12)}:role/ReadOnly\nsource_profile = default\n"
        elif c == "dotenv":
            tpl = f"AWS_ACCESS_KEY_ID={M(0)}\nAWS_SECRET_ACCESS_KEY={M(1)}\nAWS_DEFAULT_REGION=us-east-1\nS3_BUCKET=acme-exports\n"
        elif c == "terraform_provider_aws":
            tpl = f"provider \"aws\" {{\n  region     = \"us-west-2\"\n  access_key = \"{M(0)}\"\n  secret_key = \"{M(1)}\"\n}}\n"
        elif c == "java_aws_sdk":
            tpl = f"BasicAWSCredentials creds = new BasicAWSCredentials(\"{M(0)}\", \"{M(1)}\");\nAmazonS3 s3 = AmazonS3ClientBuilder.standard().withRegion(Regions.EU_WEST_1).withCredentials(new AWSStaticCredentialsProvider(creds)).build();\n"
        else:
            tpl = f"    env:\n      AWS_ACCESS_KEY_ID: {M(0)}\n      AWS_SECRET_ACCESS_KEY: {M(1)}\n      AWS_REGION: eu-west-1\n"
        out.append(("aws_access_key_id", c, tpl, [ak, sk], None, ["aws_access_key_id", "aws_secret_access_key"], None))
    # sts triple
    ak, sk, st = aws_akid("ASIA"), aws_secret(), aws_session_token()
    out.append(("aws_temporary_access_key_id", "aws_cli_export_json", json.dumps({"Credentials": {"AccessKeyId": M(0), "SecretAccessKey": M(1), "SessionToken": M(2), "Expiration": "2025-06-01T12:00:00Z"}}, indent=4, ensure_ascii=False) + "\n",
                [ak, sk, st], None, ["aws_temporary_access_key_id", "aws_secret_access_key", "aws_session_token"], None))
    # .env with several services
    for i in range(6):
        pw = password(urlsafe=True)
        picks = R.sample(["stripe_secret_key", "sendgrid_api_key", "openai_api_key", "sentry_user_auth_token", "slack_bot_token", "twilio_auth_token", "mailgun_api_key", "datadog_api_key", "github_pat", "anthropic_api_key"], 2)
        v1, v2 = g(picks[0]), g(picks[1])
        n1, n2 = TYPES[picks[0]]["v"][0], TYPES[picks[1]]["v"][0]
        c = ["dotenv", "docker_compose_env_map", "k8s_secret_stringdata", "github_actions_env", "helm_values", "dotenv"][i]
        if c == "dotenv":
            tpl = f"APP_ENV=production\nDATABASE_URL=postgresql://app:{M(0)}@db.internal:5432/app\n{n1}={M(1)}\n{n2}={M(2)}\nLOG_LEVEL=warn\n"
        elif c == "docker_compose_env_map":
            tpl = f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {M(0)}\n  web:\n    image: acme/web:latest\n    environment:\n      {n1}: {M(1)}\n      {n2}: {M(2)}\n"
        elif c == "k8s_secret_stringdata":
            tpl = f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-env\nstringData:\n  DB_PASSWORD: \"{M(0)}\"\n  {n1}: \"{M(1)}\"\n  {n2}: \"{M(2)}\"\n"
        elif c == "github_actions_env":
            tpl = f"jobs:\n  e2e:\n    runs-on: ubuntu-latest\n    env:\n      DB_PASSWORD: {M(0)}\n      {n1}: {M(1)}\n      {n2}: {M(2)}\n    steps:\n      - run: npm test\n"
        else:
            tpl = f"secrets:\n  dbPassword: {M(0)}\n  {camel(n1)}: {M(1)}\n  {camel(n2)}: {M(2)}\n"
        out.append(("database_password", c, tpl, [pw, v1, v2], None, ["database_password", picks[0], picks[1]], None))
    # same password twice (compose)
    pw = password(urlsafe=True)
    tpl = f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: {M(0)}\n  api:\n    environment:\n      DATABASE_URL: postgres://postgres:{M(1)}@db:5432/postgres\n"
    out.append(("database_password", "docker_compose_env_map", tpl, [pw, pw], None, ["database_password", "postgres_connection_uri"], None))
    # k8s Secret with several base64 entries
    for i in range(3):
        a, b_ = password(), g("generic_api_key")
        tpl = f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\ndata:\n  username: {b64e(b'app')}\n  password: {M(0)}\n  api-key: {M(1)}\n"
        out.append(("database_password", "k8s_secret_data", tpl, [a, b_], "b64", ["database_password", "generic_api_key"], None))
    # OAuth app: id (not secret) + secret
    for t in ["google_oauth_client_secret", "auth0_client_secret", "azure_ad_client_secret", "github_oauth_token"]:
        v = g(t)
        if t == "google_oauth_client_secret":
            tpl = json.dumps({"web": {"client_id": f"{rdigits(12)}-{rs(32, LALNUM)}.apps.googleusercontent.com", "project_id": "acme-web-" + rdigits(6),
                                      "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token", "client_secret": M(0),
                                      "redirect_uris": ["https://app.acme.example/oauth2/callback"]}}, indent=2, ensure_ascii=False) + "\n"
            out.append((t, "google_client_secret_json", tpl, [v], None, [t], None))
        elif t == "auth0_client_secret":
            tpl = f"AUTH0_DOMAIN=acme.eu.auth0.com\nAUTH0_CLIENT_ID={rs(32, ALNUM)}\nAUTH0_CLIENT_SECRET={M(0)}\n"
            out.append((t, "dotenv", tpl, [v], None, [t], None))
        elif t == "azure_ad_client_secret":
            tpl = f"az login --service-principal -u {ruuid()} -p {M(0)} --tenant {ruuid()}\n"
            out.append((t, "az_cli_login", tpl, [v], None, [t], None))
        else:
            tpl = f"access_token={M(0)}&scope=repo%2Cgist&token_type=bearer\n"
            out.append((t, "oauth_token_response_form", tpl, [v], None, [t], None))
    # slack bot + app token (socket mode)
    for i in range(2):
        tpl = f"SLACK_BOT_TOKEN={M(0)}\nSLACK_APP_TOKEN={M(1)}\nSLACK_SIGNING_SECRET={M(2)}\n"
        out.append(("slack_bot_token", "dotenv", tpl, [slack_bot(), slack_app(), rhex(32)], None, ["slack_bot_token", "slack_app_token", "webhook_signing_secret"], None))
    # minio pair
    tpl = f"mc alias set prod https://minio.internal.example:9000 {M(0)} {M(1)}\n"
    out.append(("minio_secret_key", "mc_alias_set", tpl, [rs(20, UALNUM), minio_secret()], None, ["minio_access_key", "minio_secret_key"], None))
    # rclone config (obscured password still credential) + s3 keys
    tpl = f"[s3-backup]\ntype = s3\nprovider = AWS\naccess_key_id = {M(0)}\nsecret_access_key = {M(1)}\nregion = eu-central-1\n"
    out.append(("aws_access_key_id", "rclone_conf", tpl, [aws_akid(), aws_secret()], None, ["aws_access_key_id", "aws_secret_access_key"], None))
    # twilio api key sid + secret
    tpl = f"client = Client(\"SK{rhex(32)}\", \"{M(0)}\", \"AC{rhex(32)}\")\n"
    out.append(("twilio_api_key_secret", "python_twilio_client", tpl, [rs(32, ALNUM)], None, ["twilio_api_key_secret"], None))
    return out


# --------------------------------------------------------------------------
# build secrets.jsonl
# --------------------------------------------------------------------------
def build_secrets():
    cases = []
    usage = collections.Counter()
    for t, spec in TYPES.items():
        n = spec["n"]
        if spec["kind"] == "pem":
            for _ in range(n):
                c, tpl, vals, esc = pem_case(t, spec["g"]())
                cases.append((t, c, tpl, vals, esc, [t] * len(vals), None, spec["src"]))
            continue
        if spec["kind"] == "special":
            for _ in range(n):
                r = SPECIAL_BUILDERS[t]()
                c, tpl, vals, esc, plain = (tuple(r) + (None,))[:5]
                cases.append((t, c, tpl, vals, esc, [t] * len(vals), plain, spec["src"]))
            continue
        # candidate containers
        if spec["only"]:
            cands = list(spec["only"])
            extra = list(spec["extra"])
        else:
            extra = list(spec["extra"])
            cands = [k for k, c in GEN.items() if spec["kind"] in c["kinds"] and (not c["hdr"] or spec["hdr"])]
        chosen = extra[:n]
        rest = n - len(chosen)
        pool = [c for c in cands if c not in chosen]
        R.shuffle(pool)
        pool.sort(key=lambda c: usage[c])
        chosen += pool[:rest]
        for c in chosen:
            v = spec["g"]()
            frag = S0
            if spec["kind"] == "conn":
                frag = spec["conn"]().replace("{S}", S0)
            x = X(spec, [v], frag)
            fn = SPEC[c] if c in SPEC else GEN[c]["fn"]
            tpl, esc = fn(x)
            usage[c] += 1
            cases.append((t, c, tpl, [v], esc, [t], None, spec["src"]))
    for (t, c, tpl, vals, esc, types, plain) in combo_cases():
        cases.append((t, c, tpl, vals, esc, types, plain, TYPES.get(t, {}).get("src", GL)))
    R.shuffle(cases)
    recs = []
    for i, (t, c, tpl, vals, esc, types, plain, src) in enumerate(cases, 1):
        text, secs = render(tpl, vals, esc, types)
        if plain is not None:
            for s in secs:
                s["plain"] = plain
        recs.append(collections.OrderedDict([("id", f"s{i:04d}"), ("type", t), ("container", c), ("text", text), ("secrets", secs), ("source", src)]))
    return recs


# --------------------------------------------------------------------------
# evasions.jsonl
# --------------------------------------------------------------------------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
BIDI = ["\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f", "\u200e"]
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443", "A": "\u0410", "B": "\u0412",
        "E": "\u0415", "K": "\u041a", "M": "\u041c", "H": "\u041d", "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425"}


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c) for c in s)


def rot13(s):
    return s.translate(str.maketrans(UP + LO, UP[13:] + UP[:13] + LO[13:] + LO[:13]))


EV_POOL = ["github_pat", "github_fine_grained_pat", "aws_access_key_id", "aws_secret_access_key", "anthropic_api_key", "openai_api_key", "slack_bot_token",
           "gitlab_pat", "huggingface_token", "npm_access_token", "sendgrid_api_key", "stripe_secret_key", "gcp_api_key", "digitalocean_pat", "slack_app_token",
           "pypi_upload_token", "dockerhub_pat", "shopify_access_token", "tailscale_auth_key", "doppler_service_token", "vault_service_token",
           "telegram_bot_token", "jwt_token", "groq_api_key", "replicate_api_token", "linear_api_key", "postman_api_key", "azure_devops_pat",
           "database_password", "sentry_user_auth_token", "new_relic_user_api_key", "figma_pat", "notion_integration_token", "pulumi_access_token"]


def ev_secret():
    t = pick(EV_POOL)
    return t, TYPES[t]["g"](), TYPES[t]


def build_evasions():
    cases = []

    def add(t, container, enc, tpl, vals, plains, src, extra_types=None):
        cases.append((t, container, enc, tpl, vals, plains, src))

    per = 7
    # 1 base64 of NAME=secret
    for i in range(per):
        t, v, sp = ev_secret()
        name = (sp["v"] or ["SECRET"])[0]
        blob = b64e(f"{name}={v}\n".encode())
        tpl = pick([f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-env\ndata:\n  env.b64: {S0}\n",
                    f"echo '{S0}' | base64 -d >> .env\n", f"ENV_BUNDLE={S0}\n", f"{{\"bootstrap\": \"{S0}\"}}\n",
                    f"      - name: restore env\n        run: echo \"{S0}\" | base64 --decode > .env\n"])
        add(t, ("k8s_configmap" if "ConfigMap" in tpl else "shell_pipeline" if "base64 -d" in tpl else "dotenv" if tpl.startswith("ENV_") else "json_config" if tpl.startswith("{") else "github_actions_run_step"),
            "base64", tpl, [blob], [v], sp["src"])
    # 2 base64 of JSON blob
    for i in range(per):
        t, v, sp = ev_secret()
        blob = b64e(json.dumps({"service": sp["svc"], "credentials": {"token": v}, "region": "eu-west-1"}, separators=(",", ":")).encode())
        tpl = pick([f"X-Client-Config: {S0}\n", f"config_blob = \"{S0}\"\n", f"<input type=\"hidden\" name=\"state\" value=\"{S0}\">\n", f"2025-04-01T10:00:00Z INFO boot payload={S0}\n"])
        c = "http_header" if tpl.startswith("X-") else "python_assign" if tpl.startswith("config") else "html_form" if tpl.startswith("<") else "log_line"
        add(t, c, "base64_json", tpl, [blob], [v], sp["src"])
    # 3 raw base64 / base64url / double base64 / gzip+base64 / base32
    for enc in ["base64", "base64url", "double_base64", "gzip_base64", "base32"]:
        for i in range(per if enc != "base64" else 5):
            t, v, sp = ev_secret()
            if enc == "base64":
                val = b64e(v.encode())
            elif enc == "base64url":
                val = b64u(v.encode())
            elif enc == "double_base64":
                val = b64e(b64e(v.encode()).encode())
            elif enc == "gzip_base64":
                val = b64e(zlib.compress(f"{(sp['v'] or ['SECRET'])[0]}={v}".encode(), 9))
            else:
                val = base64.b32encode(v.encode()).decode()
            nm = pick(["blob", "data", "payload", "cfg", "x"])
            tpl = pick([f"{nm} = \"{S0}\"\nsecret = {'base64.b64decode' if 'url' not in enc else 'base64.urlsafe_b64decode'}({nm})\n",
                        f"const {nm} = atob(\"{S0}\");\n", f"{nm}: {S0}\n", f"curl -H \"X-Payload: {S0}\" https://{pick(HOSTS)}/ingest\n"])
            c = "python_assign" if "decode" in tpl else "js_const" if "atob" in tpl else "yaml" if tpl.startswith(nm + ":") else "curl_header"
            add(t, c, enc, tpl, [val], [v], sp["src"])
    # 4 hex
    for i in range(per):
        t, v, sp = ev_secret()
        hx = v.encode().hex()
        tpl = pick([f"key = bytes.fromhex(\"{S0}\").decode()\n", f"static const char *k = \"{S0}\";  /* hex */\n", f"TOKEN_HEX={S0}\n",
                    f"$ xxd -p -r <<< {S0}\n"])
        c = "python_source" if "fromhex" in tpl else "c_source" if "static" in tpl else "dotenv" if tpl.startswith("TOKEN") else "shell_command"
        add(t, c, "hex", tpl, [hx], [v], sp["src"])
    # 5 url encoding (full and partial)
    for i in range(per):
        t, v, sp = ev_secret()
        full = "".join("%%%02X" % b for b in v.encode()) if i % 2 == 0 else urllib.parse.quote(v, safe="").replace("_", "%5F").replace("-", "%2D")
        tpl = pick([f"https://{pick(HOSTS)}/cb?state=ok&access_token={S0}\n", f"POST /login HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nuser=svc&secret={S0}\r\n",
                    f"redirect_uri=https%3A%2F%2Fapp.acme.example%2Fcb&token={S0}\n"])
        c = "url_query" if tpl.startswith("https") else "http_request_dump" if tpl.startswith("POST") else "form_body"
        add(t, c, "url", tpl, [full], [v], sp["src"])
    # 6 json \u escapes
    for i in range(per):
        t, v, sp = ev_secret()
        if i % 2 == 0:
            esc = "".join("\\u%04x" % ord(c) for c in v)
        else:
            esc = "".join("\\u%04x" % ord(c) if c.isalpha() and R.random() < 0.5 else c for c in v)
        tpl = pick([f"{{\"name\": \"ci\", \"apiKey\": \"{S0}\"}}\n", f"[{{\"k\":\"auth\",\"v\":\"{S0}\"}}]\n"])
        add(t, "json_config", "json_escape", tpl, [esc], [v], sp["src"])
    # 7 html entities
    for i in range(per):
        t, v, sp = ev_secret()
        if i % 3 == 0:
            ent = "&#x%x;" % ord(v[0]) + v[1:]
        elif i % 3 == 1:
            ent = "".join("&#%d;" % ord(c) for c in v)
        else:
            ent = "".join(("&#x%x;" % ord(c)) if R.random() < 0.4 else c for c in v)
        tpl = pick([f"<meta name=\"api-key\" content=\"{S0}\">\n", f"<p>Your token: <code>{S0}</code></p>\n", f"<input value=\"{S0}\" type=\"password\">\n"])
        add(t, "html_page", "html_entity", tpl, [ent], [v], sp["src"])
    # 8 fullwidth
    for i in range(per):
        t, v, sp = ev_secret()
        fw = fullwidth(v) if i % 2 == 0 else fullwidth(v[:len(v) // 2]) + v[len(v) // 2:]
        tpl = pick([f"トークン: {S0}\n", f"here you go {S0}\n", f"{(sp['v'] or ['TOKEN'])[0]}={S0}\n"])
        add(t, "chat_message" if not tpl.startswith(tuple(UP)) else "dotenv", "fullwidth", tpl, [fw], [v], sp["src"])
    # 9 zero width
    for i in range(per + 3):
        t, v, sp = ev_secret()
        k = R.randint(3, len(v) - 2)
        z = pick(ZW)
        zv = v[:k] + z + v[k:]
        if i % 3 == 0:
            k2 = R.randint(k + 1, len(zv) - 1)
            zv = zv[:k2] + pick(ZW) + zv[k2:]
        tpl = pick([f"{(sp['v'] or ['TOKEN'])[0]}={S0}\n", f"the key is {S0}\n", f"  token: \"{S0}\"\n", f"const key = '{S0}';\n"])
        add(t, "dotenv" if "=" in tpl.split(S0)[0] and "const" not in tpl else "chat_message" if "key is" in tpl else "yaml" if "token:" in tpl else "js_const", "zero_width", tpl, [zv], [v], sp["src"])
    # 10 bidi controls
    for i in range(per + 1):
        t, v, sp = ev_secret()
        if i % 3 == 2:
            bv = "\u202e" + v[::-1] + "\u202c"
            enc = "bidi_reversed"
        else:
            k = R.randint(2, len(v) - 2)
            bv = v[:k] + pick(BIDI) + v[k:]
            enc = "bidi"
        tpl = pick([f"# config\n{(sp['v'] or ['TOKEN'])[0]}=\"{S0}\"\n", f"token = \"{S0}\"  # do not edit\n", f"> {S0}\n"])
        add(t, "dotenv" if tpl.startswith("#") else "python_assign" if tpl.startswith("token") else "chat_message", enc, tpl, [bv], [v], sp["src"])
    # 11 backslash line continuation / string concatenation
    for i in range(per + 1):
        t, v, sp = ev_secret()
        k = R.randint(4, len(v) - 4)
        if i % 2 == 0:
            val = v[:k] + "\\\n" + v[k:]
            tpl = f"export {(sp['v'] or ['TOKEN'])[0]}=\"{S0}\"\n./run.sh\n"
            add(t, "shell_export", "line_continuation", tpl, [val], [v], sp["src"])
        else:
            val = v[:k] + "\\\n  " + v[k:]
            tpl = f"#define API_TOKEN \"{S0}\"\n"
            add(t, "c_source", "line_continuation", tpl, [val], [v], sp["src"])
    for i in range(per + 1):
        t, v, sp = ev_secret()
        k = R.randint(4, len(v) - 4)
        if i % 3 == 0:
            val = f"\"{v[:k]}\" + \"{v[k:]}\""
            tpl = f"const token = {S0};\n"
            c = "js_const"
        elif i % 3 == 1:
            val = f"\"{v[:k]}\"\n    \"{v[k:]}\""
            tpl = f"API_KEY = (\n    {S0}\n)\n"
            c = "python_source"
        else:
            k2 = R.randint(k + 1, len(v) - 1)
            val = f"'{v[:k]}' . '{v[k:k2]}' . '{v[k2:]}'"
            tpl = f"<?php $token = {S0};\n"
            c = "php_source"
        add(t, c, "string_concat", tpl, [val], [v], sp["src"])
    # 12 bare hf_ tokens (and other bare tokens) without label
    for i in range(per + 3):
        if i < 7:
            t, sp = "huggingface_token", TYPES["huggingface_token"]
        else:
            t = pick(["anthropic_api_key", "github_pat", "slack_bot_token"])
            sp = TYPES[t]
        v = sp["g"]()
        tpl = pick([f"{S0}\n", f"{S0}", f"ok\n{S0}\nthanks\n", f"  {S0}  \n", f"from_pretrained(\"meta-llama/Llama-3.1-8B\", token=\"{S0}\")\n" if t == "huggingface_token" else f"{S0}\n"])
        add(t, "bare_token" if "from_pretrained" not in tpl else "python_source", "bare", tpl, [v], [v], sp["src"])
    # 13 token inside longer URL path
    for i in range(per + 1):
        t = pick(["telegram_bot_token", "github_pat", "slack_bot_token", "gitlab_pat", "huggingface_token", "generic_api_key", "npm_access_token"])
        sp = TYPES[t]
        v = sp["g"]()
        if t == "telegram_bot_token":
            tpl = f"GET https://api.telegram.org/bot{S0}/getUpdates?offset=-1\n"
        else:
            tpl = pick([f"https://{pick(HOSTS)}/hooks/{S0}/deploy?ref=main\n", f"https://cdn.{pick(HOSTS)}/v2/{S0}/assets/app.js\n", f"git clone https://{S0}@github.com/acme/infra.git\n"])
        add(t, "url", "url_path", tpl, [v], [v], sp["src"])
    # 14 rot13 / reversed / char codes / shell & python escapes / spaced / homoglyph / soft hyphen / html markup / quoted-printable / ansi
    for enc in ["rot13", "reversed", "char_codes", "shell_escape", "python_hex_escape", "spaced", "homoglyph", "soft_hyphen", "html_markup", "quoted_printable", "ansi_escape"]:
        for i in range(per if enc not in ("quoted_printable", "ansi_escape") else 5):
            t, v, sp = ev_secret()
            if enc == "rot13":
                val, tpl, c = rot13(v), f"# rot13 so scanners don't see it\nK = codecs.decode(\"{S0}\", \"rot13\")\n", "python_source"
            elif enc == "reversed":
                val, tpl, c = v[::-1], pick([f"TOKEN = \"{S0}\"[::-1]\n", f"const k = '{S0}'.split('').reverse().join('');\n"]), "source_code"
            elif enc == "char_codes":
                codes = ",".join(str(ord(ch)) for ch in v)
                val, tpl, c = codes, pick([f"const k = String.fromCharCode({S0});\n", f"k = ''.join(map(chr, [{S0}]))\n"]), "source_code"
            elif enc == "shell_escape":
                val, tpl, c = "".join("\\x%02x" % ord(ch) for ch in v), f"export TOKEN=$'{S0}'\n", "shell_export"
            elif enc == "python_hex_escape":
                val, tpl, c = "".join("\\x%02x" % ord(ch) if R.random() < 0.6 else ch for ch in v), f"TOKEN = b\"{S0}\".decode()\n", "python_source"
            elif enc == "spaced":
                sepc = " "
                val, tpl, c = sepc.join(v), f"key (typed out so it doesn't get flagged): {S0}\n", "chat_message"
            elif enc == "homoglyph":
                chars = list(v)
                idx = [j for j, ch in enumerate(chars) if ch in HOMO]
                for j in R.sample(idx, min(len(idx), R.randint(1, 3))):
                    chars[j] = HOMO[chars[j]]
                val, tpl, c = "".join(chars), pick([f"{(sp['v'] or ['TOKEN'])[0]}={S0}\n", f"here is the token {S0}\n"]), "dotenv"
                if val == v:
                    val = v + "\u0435"  # degenerate; never happens for tokens with Latin letters
            elif enc == "soft_hyphen":
                k = R.randint(3, len(v) - 3)
                val, tpl, c = v[:k] + "\u00ad" + v[k:], f"<p>API key: {S0}</p>\n", "html_page"
            elif enc == "html_markup":
                k = R.randint(3, len(v) - 3)
                val, tpl, c = f"{v[:k]}<span class=\"hl\">{v[k:]}</span>", f"<td class=\"secret\">{S0}</td>\n", "html_page"
            elif enc == "quoted_printable":
                k = R.randint(10, len(v) - 5)
                qp = v.replace("=", "=3D")
                val, tpl, c = qp[:k] + "=\n" + qp[k:], f"Content-Transfer-Encoding: quoted-printable\n\nNew key for prod: {S0}\n", "email_body"
            else:
                val, tpl, c = f"\x1b[1;31m{v}\x1b[0m", f"$ ./show-config\nSTATUS ok\nTOKEN  {S0}\n", "terminal_output"
            add(t, c, enc, tpl, [val], [v], sp["src"])
    R.shuffle(cases)
    recs = []
    for i, (t, c, enc, tpl, vals, plains, src) in enumerate(cases, 1):
        text, secs = render(tpl, vals)
        for s_, p in zip(secs, plains):
            s_["plain"] = p
            s_["type"] = t
        recs.append(collections.OrderedDict([("id", f"e{i:04d}"), ("type", t), ("container", c), ("encoding", enc), ("text", text), ("secrets", secs), ("source", src)]))
    return recs


# --------------------------------------------------------------------------
# negatives.jsonl
# --------------------------------------------------------------------------
AWS_DOC_AKID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AWS_DOC_SESSION_AKID = "ASIAIOSFODNN7EXAMPLE"
JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
GH_DOC_TOKENS = ["gho_16C7e42F292c6912E7710c838347Ae178B4a", "ghu_16C7e42F292c6912E7710c838347Ae178B4a", "e72e16c7e42f292c6912e7710c838347ae178b4a",
                 "ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"]
PLACEHOLDERS = ["YOUR_API_KEY", "<token>", "xxxxxxxxxxxxxxxxxxxxxxxx", "sk-...", "<YOUR_TOKEN_HERE>", "your-api-key-here", "REPLACE_ME", "changeme-in-production",
                "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "AKIAXXXXXXXXXXXXXXXX", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "xoxb-your-bot-token", "<redacted>",
                "[REDACTED]", "TODO", "dummy", "example-token", "insert-key-here", "$API_KEY", "%API_KEY%", "{{ api_key }}", "<%= ENV['API_KEY'] %>",
                "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-ant-api03-...", "glpat-xxxxxxxxxxxxxxxxxxxx", "<your-password>", "YOUR_SECRET_HERE",
                "<password>", "••••••••", "***", "null", "None", "xxxx-xxxx-xxxx-xxxx", "sk-proj-XXXXXXXXXXXXXXXX", "AIzaSy...", "your_password_here", "PLACEHOLDER_DO_NOT_USE",
                "0000000000000000000000000000000000000000", "EXAMPLE_KEY_1234"]


def infer_container(t):
    """Name the container of a negative sample from its content."""
    s = t.lstrip()
    rules = [
        (r"^(GET|POST) /", "http_request_dump"), (r"^commit [0-9a-f]{40}", "git_log"), (r"^(Checking out|HEAD is now)", "ci_log"),
        (r"^FROM ", "dockerfile"), (r"^SELECT ", "sql"), (r"^\$ANSIBLE_VAULT", "ansible_vault"), (r"^-----BEGIN", "pem_file"),
        (r"^<script|^<div|^<img|^<meta|^<p>|^<input", "html_page"), (r"^<", "xml"), (r"^!\[|^\| |^```|^For example|^The response|^Paste|^Set your", "markdown_doc"),
        (r"^\.[a-z-]+ ?\{|^\.css-|^color:", "css"), (r"^!function|^var _0x", "minified_js"), (r"^\{\"main\.js", "webpack_manifest"),
        (r"^(const|let|var|export const|Sentry\.init|posthog\.init|gtag\(|import |it\(|describe\()", "js_source"),
        (r"^(sentry_sdk|customer = |payment_intent|client = |assert |def |if not|password = |api_key = |token = |self\.|AZURITE|SAMPLE_JWT|k = |K = )", "python_source"),
        (r"^(curl|export |op |mysql |aws |wget |git |ssh )", "shell_command"), (r"^\{|^\[", "json"), (r"^data \"|^provider \"|^resource \"", "hcl"),
        (r"^(services:|  [a-z]+:\n    image:|    environment:|    env:|  script:|  - script:|      - run:|env:|spec:|apiVersion:)", "yaml_ci_or_k8s"),
        (r"^[a-z0-9-]+\.[a-z]+ ssh-|^github\.com ssh-", "known_hosts"), (r"^ssh-(ed25519|rsa) ", "authorized_keys"), (r"^ssh_authorized_keys:", "cloud_init"),
        (r"^/(home|Users|var|etc|srv)/", "path_in_text"), (r"^[a-z0-9_.-]+@[a-z0-9.-]+:[~/]", "shell_prompt"), (r"^[a-z-]+@[a-z0-9-]+ [~/]", "shell_prompt"),
        (r"^\$ |^[a-z]+ +\d+ ", "terminal_output"), (r"^(drwx|-rw)", "ls_long_listing"), (r"^[A-Z][A-Z0-9_]* = ", "config_assignment"),
        (r"^//", "js_source"), (r"^- (script|run|name):|^(environment|script|steps):", "yaml_ci_or_k8s"), (r"^\"[a-zA-Z]+\": ", "json_fragment"),
        (r"^Authorization:", "http_header"), (r"^GTM-", "tag_manager_id"), (r"^[a-z_]+ =\s*$", "config_assignment"), (r"^[A-Za-z][A-Za-z0-9_.]*: ", "yaml_config"),
        (r"^[A-Z][A-Z0-9_]*=", "dotenv"), (r"^[a-z_.]+: ", "yaml_config"), (r"^[a-z_]+ = ", "config_assignment"), (r"^\d{4}-\d\d-\d\d|^\[|^[a-z_]+=", "log_line"),
    ]
    for pat, name in rules:
        if re.search(pat, s):
            return name
    return "prose"


def build_negatives():
    cases = []

    def add(cls, container, text, src):
        cases.append((cls, container or infer_container(text), text, src))

    # --- placeholders in many containers
    for i, ph in enumerate(PLACEHOLDERS):
        var = next((v for pre, v in [("ghp_", "GITHUB_TOKEN"), ("AKIA", "AWS_ACCESS_KEY_ID"), ("sk_live", "STRIPE_SECRET_KEY"), ("xoxb", "SLACK_BOT_TOKEN"),
                                     ("hf_", "HF_TOKEN"), ("sk-ant", "ANTHROPIC_API_KEY"), ("glpat", "GITLAB_TOKEN"), ("sk-", "OPENAI_API_KEY"), ("AIza", "GOOGLE_API_KEY")]
                    if ph.startswith(pre)), None)
        if var is None:
            var = pick(["DB_PASSWORD", "ADMIN_PASSWORD"]) if "pass" in ph.lower() else pick(["API_KEY", "AUTH_TOKEN", "CLIENT_SECRET", "SERVICE_TOKEN", "WEBHOOK_SECRET"])
        for j in range(2):
            c = pick(["dotenv_example", "markdown_doc", "yaml_config", "python_source", "json_config", "curl_command"])
            if c == "dotenv_example":
                text = f"# .env.example - copy to .env and fill in\n{var}={ph}\nLOG_LEVEL=info\n"
            elif c == "markdown_doc":
                text = f"Set your key before running the examples:\n\n```bash\nexport {var}=\"{ph}\"\n```\n"
            elif c == "yaml_config":
                text = f"# config.sample.yaml\n{snake(var)}: \"{ph}\"  # replace with your own value\n"
            elif c == "python_source":
                text = f"client = Client(api_key=\"{ph}\")  # see README for how to obtain a key\n"
            elif c == "json_config":
                text = json.dumps({"apiKey": ph, "endpoint": "https://api.example.com"}, indent=2, ensure_ascii=False) + "\n"
            else:
                text = f"curl https://api.example.com/v1/items -H \"Authorization: Bearer {ph}\"\n"
            add("placeholder", c, text, "documentation placeholder conventions; gitleaks/detect-secrets allowlists")
    # --- vendor documentation example credentials
    for c, text in [("aws_credentials_file", f"[default]\naws_access_key_id = {AWS_DOC_AKID}\naws_secret_access_key = {AWS_DOC_SECRET}\n"),
                    ("markdown_doc", f"For example, `AWS_ACCESS_KEY_ID={AWS_DOC_AKID}` and `AWS_SECRET_ACCESS_KEY={AWS_DOC_SECRET}` as shown in the AWS CLI guide.\n"),
                    ("shell_export", f"export AWS_ACCESS_KEY_ID={AWS_DOC_AKID}\nexport AWS_SECRET_ACCESS_KEY={AWS_DOC_SECRET}\nexport AWS_DEFAULT_REGION=us-west-2\n"),
                    ("python_test", f"def test_signing():\n    creds = Credentials(\"{AWS_DOC_AKID}\", \"{AWS_DOC_SECRET}\")\n    assert sign(creds, REQ) == EXPECTED\n"),
                    ("aws_cli_output", f"{{\n    \"AccessKey\": {{\n        \"UserName\": \"Bob\",\n        \"AccessKeyId\": \"{AWS_DOC_AKID}\",\n        \"Status\": \"Active\",\n        \"SecretAccessKey\": \"{AWS_DOC_SECRET}\"\n    }}\n}}\n"),
                    ("terraform_example", f"provider \"aws\" {{\n  access_key = \"{AWS_DOC_AKID}\"\n  secret_key = \"{AWS_DOC_SECRET}\"\n}}\n"),
                    ("java_docs", f"// from the SDK docs\nBasicAWSCredentials awsCreds = new BasicAWSCredentials(\"{AWS_DOC_AKID}\", \"{AWS_DOC_SECRET}\");\n"),
                    ("sts_doc", f"\"AccessKeyId\": \"{AWS_DOC_SESSION_AKID}\",\n\"SecretAccessKey\": \"{AWS_DOC_SECRET}\",\n"),
                    ("dotenv_example", f"AWS_ACCESS_KEY_ID={AWS_DOC_AKID}\n"), ("yaml_config", f"aws:\n  key_id: {AWS_DOC_AKID}\n  secret: {AWS_DOC_SECRET}\n"),
                    ("log_line", f"botocore.credentials: Found credentials in environment variables. key={AWS_DOC_AKID}\n"),
                    ("markdown_table", f"| Variable | Example |\n|---|---|\n| `AWS_ACCESS_KEY_ID` | `{AWS_DOC_AKID}` |\n| `AWS_SECRET_ACCESS_KEY` | `{AWS_DOC_SECRET}` |\n")]:
        add("aws_documentation_example", c, text, "AWS IAM docs 'Managing access keys' example key pair")
    for c, text in [("markdown_doc", f"Paste your token into the debugger at jwt.io, e.g. `{JWT_IO}`\n"),
                    ("python_test", f"SAMPLE_JWT = \"{JWT_IO}\"  # jwt.io default example\n\ndef test_decode():\n    assert decode(SAMPLE_JWT)[\"name\"] == \"John Doe\"\n"),
                    ("http_example", f"GET /protected HTTP/1.1\nAuthorization: Bearer {JWT_IO}\n"), ("js_test", f"it('parses header', () => {{\n  expect(parse('{JWT_IO}').alg).toBe('HS256');\n}});\n"),
                    ("curl_command", f"curl -H \"Authorization: Bearer {JWT_IO}\" http://localhost:3000/me   # jwt.io sample token\n"),
                    ("json_fixture", json.dumps({"token": JWT_IO, "note": "jwt.io sample"}, indent=2) + "\n"), ("yaml_config", f"example_token: {JWT_IO}\n"),
                    ("rst_doc", f".. code-block:: text\n\n   {JWT_IO}\n"), ("go_test", f"const sampleToken = \"{JWT_IO}\" // jwt.io\n"),
                    ("chat_message", f"is this the format? {JWT_IO} (copied from jwt.io)\n")]:
        add("jwt_io_sample", c, text, "jwt.io default example token (HS256, secret 'your-256-bit-secret')")
    for k, tok in enumerate(GH_DOC_TOKENS):
        add("github_documentation_example", None,
            pick([f"The response looks like `access_token={tok}&scope=repo%2Cgist&token_type=bearer`\n",
                  f"```json\n{{\n  \"access_token\": \"{tok}\",\n  \"expires_in\": 28800,\n  \"token_type\": \"bearer\"\n}}\n```\n",
                  f"Authorization: Bearer {tok}\n(example from the GitHub REST API docs)\n"]), "GitHub Docs OAuth/App example tokens")
        add("github_documentation_example", "docs_snippet", f"# Example: GitHub Docs\ncurl -H \"Authorization: token {tok}\" https://api.github.com/user\n", "GitHub Docs example tokens")
    for c, text in [("dotenv", "AZURE_STORAGE_CONNECTION_STRING=UseDevelopmentStorage=true\n"),
                    ("appsettings_json", json.dumps({"ConnectionStrings": {"Storage": f"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"}}, indent=2) + "\n"),
                    ("docker_compose", f"  azurite:\n    image: mcr.microsoft.com/azure-storage/azurite\n  app:\n    environment:\n      AZURE_STORAGE_KEY: \"{AZURITE_KEY}\"\n      AZURE_STORAGE_ACCOUNT: devstoreaccount1\n"),
                    ("python_test", f"AZURITE = (\"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;\"\n           \"AccountKey={AZURITE_KEY};\"\n           \"BlobEndpoint=http://localhost:10000/devstoreaccount1\")\n"),
                    ("markdown_doc", f"Azurite uses the well-known account `devstoreaccount1` with key `{AZURITE_KEY}`.\n"),
                    ("github_actions", f"    services:\n      azurite:\n        image: mcr.microsoft.com/azure-storage/azurite\n    env:\n      STORAGE_KEY: {AZURITE_KEY}\n"),
                    ("csharp_test", f"const string DevKey = \"{AZURITE_KEY}\"; // Azurite emulator\n"), ("local_settings_json", json.dumps({"IsEncrypted": False, "Values": {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated"}}, indent=2) + "\n")]:
        add("azurite_emulator_key", c, text, "Microsoft Learn: Azurite well-known storage account key")
    # --- public-by-design keys
    for i in range(10):
        pk = mapbox_public()
        add("mapbox_public_token", None, pick([f"<script>mapboxgl.accessToken = '{pk}';</script>\n", f"export const MAPBOX_PUBLIC_TOKEN = \"{pk}\";\n",
                                                                                     f"NEXT_PUBLIC_MAPBOX_TOKEN={pk}\n"]), "Mapbox docs: pk. default public tokens are meant for clients")
    for i in range(12):
        mode = pick(["test", "live"])
        pkk = f"pk_{mode}_" + ("51" + rs(97, ALNUM) if R.random() < 0.6 else rs(24, ALNUM))
        add("stripe_publishable_key", None, pick([f"const stripe = Stripe('{pkk}');\n", f"NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY={pkk}\n",
                                                                                       f"<script src=\"https://js.stripe.com/v3\" data-key=\"{pkk}\"></script>\n"]), "Stripe docs: publishable keys are public")
    for i in range(12):
        dsn = f"https://{rhex(32)}@o{rdigits(6)}.ingest.{pick(['', 'us.', 'de.'])}sentry.io/{rdigits(7)}"
        add("sentry_public_dsn", None, pick([f"Sentry.init({{ dsn: \"{dsn}\", tracesSampleRate: 0.1 }});\n",
                                                                                                   f"SENTRY_DSN={dsn}\n", f"sentry_sdk.init(dsn=\"{dsn}\")\n", f"<script>window.SENTRY_DSN='{dsn}'</script>\n"]),
            "Sentry docs: DSNs are not secret (public key only)")
    for i in range(4):
        local = rhex(32)
        add("dsn_like_email_string", "log_line", f"sending event to {local}@o{rdigits(6)}.ingest.sentry.io (project {rdigits(7)})\n", "Sentry DSN host part; looks like an e-mail address but is not")
    for i in range(10):
        cfg = {"apiKey": "AIza" + rs(35, ALNUM + "_-"), "authDomain": f"{rs(8, LO)}-{rdigits(5)}.firebaseapp.com", "projectId": f"{rs(8, LO)}-{rdigits(5)}",
               "storageBucket": f"{rs(8, LO)}-{rdigits(5)}.appspot.com", "messagingSenderId": rdigits(12), "appId": f"1:{rdigits(12)}:web:{rhex(22)}"}
        body = ",\n  ".join(f"{k}: \"{v}\"" for k, v in cfg.items())
        add("firebase_web_config", None, f"// Firebase web config (public)\nconst firebaseConfig = {{\n  {body}\n}};\nconst app = initializeApp(firebaseConfig);\n",
            "Firebase docs: web API keys in firebaseConfig are public identifiers")
    for i in range(5):
        add("recaptcha_site_key", "html_page", f"<div class=\"g-recaptcha\" data-sitekey=\"{recaptcha_site()}\"></div>\n", "reCAPTCHA docs: site key is public")
    for i in range(5):
        add("posthog_project_key", "js_source", f"posthog.init('phc_{rs(43, ALNUM)}', {{ api_host: 'https://eu.i.posthog.com' }})\n", "PostHog docs: phc_ project API key is public")
    for i in range(6):
        add("supabase_anon_key", None, pick([f"const supabase = createClient('https://{rs(20, LO)}.supabase.co', '{supabase_anon_jwt()}')\n",
                                                                       f"NEXT_PUBLIC_SUPABASE_ANON_KEY={supabase_anon_jwt()}\n"]), "Supabase docs: anon key is safe to expose (RLS)")
    for i in range(5):
        add("public_identifier", "dotenv", f"TWILIO_ACCOUNT_SID=AC{rhex(32)}\nTWILIO_AUTH_TOKEN=${{TWILIO_AUTH_TOKEN}}\n", "Twilio docs: Account SID is an identifier, the auth token is the secret")
    # --- references to secrets (not secrets themselves)
    for i in range(10):
        add("secret_manager_reference", None, pick([f"DB_PASSWORD=op://{pick(['Private', 'Engineering', 'Prod'])}/{pick(['postgres', 'stripe', 'github'])}/{pick(['password', 'credential', 'token'])}\n",
                                                                                        "op run --env-file=.env -- ./deploy.sh   # .env holds op://vault/item/field references\n",
                                                                                        "export GITHUB_TOKEN=$(op read \"op://Engineering/GitHub PAT/token\")\n"]), "1Password CLI docs: secret references")
    for i in range(8):
        v = pick(SERVICES)
        add("kubernetes_secret_reference", "k8s_manifest", f"env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: {v}-db\n        key: password\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: {v}-api\n        key: token\n",
            "Kubernetes docs: secretKeyRef")
    for i in range(8):
        add("vault_reference", None, pick(["password: vault:secret/data/prod/db#password\n", "data \"vault_generic_secret\" \"db\" {\n  path = \"secret/prod/db\"\n}\npassword = data.vault_generic_secret.db.data[\"password\"]\n",
                                                                                 json.dumps({"password": "{{resolve:secretsmanager:prod/db:SecretString:password}}", "apiKey": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api-AbCdEf"}, indent=2) + "\n",
                                                                                 "apiKey: ${ssm:/prod/api/key}\n"]), "Vault / AWS Secrets Manager / SSM references")
    for i in range(12):
        add("ci_secret_interpolation", None,
            pick(["    env:\n      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n",
                  "  script:\n    - docker login -u \"$CI_REGISTRY_USER\" -p \"$CI_REGISTRY_PASSWORD\" $CI_REGISTRY\n",
                  "  - script: az login --service-principal -u $(clientId) -p $(clientSecret) --tenant $(tenantId)\n",
                  "      - run: echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > ~/.npmrc\n",
                  "    environment:\n      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?must be set}\n",
                  "password: \"{{ lookup('env', 'DB_PASSWORD') }}\"\n"]), "GitHub Actions / GitLab CI / Azure Pipelines variable syntax")
    for i in range(10):
        add("env_var_interpolation", None, pick(["DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app\n",
                                                                                         "    environment:\n      - API_KEY=${API_KEY}\n      - REDIS_PASSWORD=${REDIS_PASSWORD:-}\n",
                                                                                         "curl -H \"Authorization: Bearer $TOKEN\" \"$API_URL/items\"\n", "mysql -u root -p\"$MYSQL_ROOT_PASSWORD\" app < schema.sql\n",
                                                                                         "aws configure set aws_secret_access_key \"$AWS_SECRET_ACCESS_KEY\"\n"]), "shell/compose interpolation")
    # --- identifiers and hashes
    for i in range(14):
        sha = rhex(40)
        add("git_commit_sha", None, pick([f"commit {sha}\nMerge: {rhex(7)} {rhex(7)}\nDate:   Tue Mar 4 10:12:44 2025 +0000\n\n    Merge pull request #{R.randint(100, 9999)} from feature/retry-backoff\n",
                                                                                   f"Checking out {sha} (refs/remotes/origin/main)\nHEAD is now at {sha[:7]} fix: retry on 503\n",
                                                                                   f"Fixed in {sha[:12]} (see https://github.com/acme/api/commit/{sha})\n",
                                                                                   f"GITHUB_SHA={sha}\nGITHUB_REF=refs/heads/main\n"]), "git object ids")
    for i in range(12):
        u = ruuid()
        add("uuid_identifier", None, pick([f"request_id={u} status=200 duration_ms={R.randint(3, 900)}\n", json.dumps({"orderId": u, "status": "shipped"}) + "\n",
                                                                         f"SELECT * FROM orders WHERE id = '{u}';\n", f"X-Request-ID: {u}\n", f"tenant_id: {u}\nsubscription_id: {ruuid()}\n"]), "RFC 9562 UUIDs as identifiers")
    for i in range(22):
        c = pick(["package_lock", "poetry_lock", "go_sum", "cargo_lock", "yarn_lock", "requirements_hashes", "sri_script_tag", "pnpm_lock"])
        if c == "package_lock":
            text = f"    \"node_modules/{pick(['lodash', 'react', 'debug', 'semver'])}\": {{\n      \"version\": \"{R.randint(1, 18)}.{R.randint(0, 20)}.{R.randint(0, 9)}\",\n      \"resolved\": \"https://registry.npmjs.org/x/-/x-1.0.0.tgz\",\n      \"integrity\": \"sha512-{b64e(rbytes(64))}\"\n    }},\n"
        elif c == "poetry_lock":
            text = f"[[package]]\nname = \"{pick(['requests', 'idna', 'certifi'])}\"\nversion = \"2.{R.randint(0, 32)}.0\"\nfiles = [\n    {{file = \"pkg-2.0.0-py3-none-any.whl\", hash = \"sha256:{rhex(64)}\"}},\n]\n"
        elif c == "go_sum":
            text = f"github.com/{pick(['spf13/cobra', 'stretchr/testify', 'google/uuid'])} v1.{R.randint(0, 9)}.{R.randint(0, 9)} h1:{b64e(rbytes(32))}\ngithub.com/google/uuid v1.6.0/go.mod h1:{b64e(rbytes(32))}\n"
        elif c == "cargo_lock":
            text = f"[[package]]\nname = \"serde\"\nversion = \"1.0.{R.randint(100, 210)}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{rhex(64)}\"\n"
        elif c == "yarn_lock":
            text = f"\"chalk@^4.1.0\":\n  version \"4.1.2\"\n  resolved \"https://registry.yarnpkg.com/chalk/-/chalk-4.1.2.tgz#{rhex(40)}\"\n  integrity sha512-{b64e(rbytes(64))}\n"
        elif c == "requirements_hashes":
            text = f"urllib3==2.2.{R.randint(0, 3)} \\\n    --hash=sha256:{rhex(64)} \\\n    --hash=sha256:{rhex(64)}\n"
        elif c == "pnpm_lock":
            text = f"  /ms@2.1.3:\n    resolution: {{integrity: sha512-{b64e(rbytes(64))}}}\n    dev: false\n"
        else:
            text = f"<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-{b64e(rbytes(48))}\" crossorigin=\"anonymous\"></script>\n"
        add("lockfile_integrity_hash", c, text, "npm/yarn/pnpm/poetry/go.sum/Cargo.lock integrity formats; W3C SRI")
    for i in range(8):
        add("docker_image_digest", None, pick([f"        image: ghcr.io/acme/api@sha256:{rhex(64)}\n", f"FROM python:3.12-slim@sha256:{rhex(64)}\n",
                                                                                          f"latest: digest: sha256:{rhex(64)} size: {R.randint(1000, 4000)}\n"]), "OCI image digests")
    for i in range(10):
        c = pick(["sha256sum_output", "checksums_file", "md5_manifest", "etag_header"])
        text = {"sha256sum_output": f"{rhex(64)}  terraform_1.9.{R.randint(0, 8)}_linux_amd64.zip\n", "checksums_file": f"SHA512 ({pick(['app.tar.gz', 'release.zip'])}) = {rhex(128)}\n",
                "md5_manifest": f"{rhex(32)}  data/part-0000{R.randint(0, 9)}.parquet\n", "etag_header": f"ETag: \"{rhex(32)}\"\nLast-Modified: Tue, 04 Mar 2025 10:00:00 GMT\n"}[c]
        add("file_checksum", c, text, "checksum/ETag output")
    for i in range(8):
        png = b64e(b"\x89PNG\r\n\x1a\n" + rbytes(R.randint(60, 120)))
        add("data_uri_image", None, pick([f".icon {{ background-image: url(\"data:image/png;base64,{png}\"); }}\n",
                                                                               f"<img alt=\"logo\" src=\"data:image/png;base64,{png}\">\n", f"![spinner](data:image/png;base64,{png})\n"]), "RFC 2397 data URIs")
    for i in range(10):
        add("minified_code_identifier", None, pick([f"!function(e){{var t={{}};function n(r){{if(t[r])return t[r].exports}}n.p=\"/static/\";n(n.s=\"{rs(20, LALNUM)}\")}}([]);\n",
                                                                                                f".css-{rs(6, LALNUM)}{{display:flex}}.sc-{rs(6, ALNUM)}-0.{rs(6, ALNUM)}{{color:#1a1a1a}}\n",
                                                                                                json.dumps({"main.js": f"/static/js/main.{rhex(8)}.js", "vendor.js": f"/static/js/vendor.{rhex(20)}.chunk.js"}) + "\n",
                                                                                                f"var _0x{rhex(4)}=['{rs(12, ALNUM)}','{rs(10, ALNUM)}'];\n"]), "bundler/CSS-in-JS generated identifiers")
    for i in range(5):
        add("pgp_public_key", "key_file", pgp_public_block(pick(["Release Signing <release@build.example>", "Packages <packages@repo.example>"])) + "\n", "RFC 4880 public key block")
    for i in range(10):
        key = ssh_pub_ed25519() if R.random() < 0.6 else ssh_pub_rsa()
        add("ssh_public_key", None, pick([f"{key} deploy@ci\n", f"github.com {key.split(' ', 2)[0]} {key.split(' ')[1]}\n",
                                                                                           f"ssh_authorized_keys:\n  - {key} ops-bastion\n"]), "OpenSSH public key formats")
    for i in range(6):
        add("x509_certificate", None, x509_cert_pem() + "\n", "RFC 5280 certificate (public)")
    for i in range(5):
        add("ssh_host_key_fingerprint", "ssh_output", f"ED25519 key fingerprint is SHA256:{b64e(rbytes(32)).rstrip('=')}.\nThis key is not known by any other names.\n", "OpenSSH fingerprint output")
    # --- RFC test vectors
    for c, text in [("rfc_test_vector", "Key  = 0x0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b\nData = 0x4869205468657265  (\"Hi There\")\nHMAC-SHA-256 = b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7\n"),
                    ("rfc_test_vector", "TOTP test seed (RFC 6238 Appendix B): \"12345678901234567890\" -> T=59 gives 94287082\n"),
                    ("rfc_test_vector", "BASE64(\"foobar\") = \"Zm9vYmFy\"   (RFC 4648 section 10)\n"),
                    ("rfc_test_vector", "AES-128 key 2b7e151628aed2a6abf7158809cf4f3c, plaintext 6bc1bee22e409f96e93d7e117393172a (NIST SP 800-38A F.1.1)\n"),
                    ("rfc_test_vector", "The SHA-256 of the empty string is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.\n"),
                    ("rfc_test_vector", "Example from RFC 7617: Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n"),
                    ("rfc_test_vector", "RFC 6749 4.1.2: HTTP/1.1 302 Found\nLocation: https://client.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz\n"),
                    ("rfc_test_vector", "RFC 6749 5.1 example response: {\"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",\"token_type\":\"example\",\"expires_in\":3600}\n"),
                    ("rfc_test_vector", "MD5(\"\") = d41d8cd98f00b204e9800998ecf8427e\n"),
                    ("rfc_test_vector", "Wycheproof / RFC 8032 test 1 secret key: 9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60\n")]:
        add("rfc_test_vector", c, text, "RFC 4231 / 6238 / 4648 / 7617 / 6749 / 8032, NIST SP 800-38A published test vectors")
    # --- password mentioned without a value / policies / code reading secrets
    prose = ["Enter your password to continue.", "Forgot your password? We'll send you a reset link.", "The password field must not be empty.",
             "Passwords are hashed with Argon2id before storage.", "Rotate the API key every 90 days.", "Never commit your token to git.",
             "Set the password via the PGPASSWORD environment variable instead of the command line.", "If the token has expired, generate a new one in Settings > Developer settings.",
             "The secret is stored in AWS Secrets Manager under prod/db.", "Ask in #platform if you need access to the deploy key.",
             "Your password was changed successfully.", "Invalid username or password.", "Password reset requested for your account.",
             "Use a password manager to generate a strong passphrase.", "API keys are scoped per project.", "Token refresh failed; please log in again."]
    for p in prose:
        add("password_prose_no_value", None, p + "\n", "prose mentioning credentials without a value")
    for p in ["Password requirements: at least 12 characters, one uppercase letter, one number and one symbol (!@#$%^&*).",
              "PASSWORD_MIN_LENGTH=12\nPASSWORD_REQUIRE_SYMBOL=true\nPASSWORD_MAX_AGE_DAYS=90\n",
              "AUTH_PASSWORD_VALIDATORS = [\n    {\"NAME\": \"django.contrib.auth.password_validation.MinimumLengthValidator\", \"OPTIONS\": {\"min_length\": 12}},\n]",
              "minimum_password_length = 14\nrequire_lowercase_characters = true\npassword_reuse_prevention = 24",
              "Passwords must not contain the username and must differ from the last 5 passwords.",
              "password_regex = r'^(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,}$'", "Your new password must be different from previously used passwords.",
              "{\"passwordPolicy\": {\"minLength\": 10, \"requireNumbers\": true, \"requireSymbols\": false}}"]:
        add("password_policy_text", None, p + "\n", "password policy descriptions")
    for t in ["password = input(\"Password: \")", "password = getpass.getpass()", "password = os.environ[\"DB_PASSWORD\"]", "db_password = os.getenv(\"DB_PASSWORD\")",
              "const token = process.env.GITHUB_TOKEN;", "String pw = System.getenv(\"DB_PASSWORD\");", "apiKey := os.Getenv(\"API_KEY\")", "password = ENV.fetch(\"DB_PASSWORD\")",
              "$password = getenv('DB_PASSWORD');", "let token = std::env::var(\"API_TOKEN\")?;", "var secret = builder.Configuration[\"Jwt:Secret\"];",
              "read -s -p \"Password: \" PASSWORD", "password = keyring.get_password(\"acme\", username)", "token = vault_client.secrets.kv.read_secret_version(path=\"api\")[\"data\"][\"data\"][\"token\"]",
              "api_key = settings.API_KEY", "if not password:\n    raise ValueError(\"password is required\")", "password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())",
              "self.password = password", "def login(username: str, password: str) -> Session:", "token = request.headers.get(\"Authorization\", \"\").removeprefix(\"Bearer \")"]:
        add("credential_read_from_input_or_env", "source_code", t + "\n", "code that reads credentials at runtime")
    for t in ["DB_PASSWORD=", "API_KEY=\"\"", "token: ''", "password: null", "api_key = None", "\"secret\": \"\"", "SMTP_PASSWORD=\nSMTP_USER=", "<password></password>",
              "password =", "export GITHUB_TOKEN=", "secretKey: ~", "REDIS_PASSWORD=''"]:
        add("empty_value", None, t + "\n", "empty credential values")
    for t in ["DB_PASSWORD=********", "api_key: \"sk-...abcd\"", "Token: ghp_****************************wXyZ", "password: \"<hidden>\"", "AWS_SECRET_ACCESS_KEY=****************************************",
              "Authorization: Bearer [FILTERED]", "stripe key sk_live_••••••••••••4242", "token=REDACTED&user=svc", "\"password\": \"[MASKED]\"", "SLACK_BOT_TOKEN=xoxb-***",
              "secret: ${masked}", "Using API key ending in ...7f3a", "password=****** (masked by CI)", "HF_TOKEN=hf_***", "client_secret: xxxxx-xxxxx-xxxxx"]:
        add("masked_value", None, t + "\n", "masked/redacted values")
    # --- high-entropy but non-secret identifiers
    for i in range(6):
        add("analytics_id", None, pick([f"<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-{rs(10, UALNUM)}\"></script>\n",
                                                                    f"gtag('config', 'UA-{rdigits(8)}-{R.randint(1, 9)}');\n", f"GTM-{rs(7, UALNUM)}\n"]), "Google Analytics / GTM measurement IDs")
    for i in range(10):
        add("stripe_object_id", None, pick([f"\"price\": \"price_1{rs(23, ALNUM)}\",\n", f"customer = stripe.Customer.retrieve(\"cus_{rs(14, ALNUM)}\")\n",
                                                                                f"payment_intent = \"pi_3{rs(23, ALNUM)}\"\n", f"PRO_PLAN_PRICE_ID=price_1{rs(23, ALNUM)}\n",
                                                                                f"subscription: sub_1{rs(23, ALNUM)}\n"]), "Stripe object IDs (not keys)")
    for i in range(6):
        add("slack_object_id", None, pick([f"SLACK_CHANNEL_ID=C0{rs(9, UALNUM)}\n", json.dumps({"channel": "C0" + rs(9, UALNUM), "user": "U0" + rs(9, UALNUM), "team": "T0" + rs(9, UALNUM)}) + "\n"]),
            "Slack channel/user/team IDs")
    for i in range(8):
        add("public_identifier", None, pick([f"AWS_ACCOUNT_ID={rdigits(12)}\nROLE_ARN=arn:aws:iam::{rdigits(12)}:role/deploy\n",
                                                                              f"AZURE_SUBSCRIPTION_ID={ruuid()}\nAZURE_TENANT_ID={ruuid()}\n", f"GOOGLE_CLOUD_PROJECT=acme-prod-{rdigits(6)}\n",
                                                                              f"OAUTH_CLIENT_ID={rdigits(12)}-{rs(32, LALNUM)}.apps.googleusercontent.com\n", f"STRIPE_ACCOUNT=acct_1{rs(15, ALNUM)}\n",
                                                                              f"ALGOLIA_APP_ID={rs(10, UALNUM)}\nALGOLIA_INDEX=products\n"]), "account/project/client identifiers")
    for i in range(5):
        add("crypto_public_address", "markdown_doc", pick([f"Donate (ETH): 0x{rhex(40)}\n", f"BTC: bc1q{rs(38, BECH32)}\n"]), "public cryptocurrency addresses")
    # --- ciphertexts safe to commit
    for i in range(10):
        c = pick(["sops_yaml", "ansible_vault", "sealed_secret", "rails_credentials_enc"])
        if c == "sops_yaml":
            text = f"db_password: ENC[AES256_GCM,data:{b64e(rbytes(18))},iv:{b64e(rbytes(32))},tag:{b64e(rbytes(16))},type:str]\nsops:\n    kms: []\n    version: 3.8.1\n"
        elif c == "ansible_vault":
            text = "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(rhex(80) for _ in range(4)) + "\n"
        elif c == "sealed_secret":
            text = f"apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgB{b64e(rbytes(180))}\n"
        else:
            text = f"$ cat config/credentials.yml.enc\n{b64e(rbytes(120))}--{b64e(rbytes(12))}--{b64e(rbytes(16))}\n"
        add("encrypted_ciphertext", c, text, "SOPS / ansible-vault / Sealed Secrets / Rails encrypted credentials (safe to commit)")
    # --- config keys that merely name a secret / code identifiers
    for t in ["API_KEY_HEADER = \"X-Api-Key\"", "TOKEN_ENDPOINT = \"https://oauth2.googleapis.com/token\"", "password_field = \"password\"", "secret_name: db-credentials",
              "SECRET_KEY_SETTING = \"DJANGO_SECRET_KEY\"", "auth_type: oauth2_client_credentials", "token_type: Bearer", "key_vault_name: kv-prod-weu",
              "PASSWORD_RESET_TIMEOUT = 259200", "grant_type=client_credentials&scope=api.read", "private_key_path: /etc/ssl/private/tls.key",
              "credentials_file: ~/.config/gcloud/application_default_credentials.json", "x-api-key: (see 1Password item 'Partner API')", "SESSION_COOKIE_NAME = \"__Host-session\""]:
        add("credential_name_not_value", None, t + "\n", "identifiers naming a credential")
    # --- random looking non-secret test data
    for i in range(8):
        add("non_secret_random_data", None, pick(["assert b64encode(b\"hello world\") == b\"aGVsbG8gd29ybGQ=\"\n", f"color: #{rhex(6)}; border-color: #{rhex(6)};\n",
                                                                                       f"cache key {rhex(16)} miss, fetching /api/products\n", f"trace_id={rhex(32)} span_id={rhex(16)}\n",
                                                                                       f"nonce-{b64e(rbytes(16))}  (CSP nonce, regenerated per response)\n"]), "hex colours, cache keys, trace ids, CSP nonces")
    # --- non-personal system accounts and paths (not PII)
    for t in ["runner@fv-az123-456:~/work/acme/acme$ ", "/home/runner/work/acme/acme/node_modules/.bin/jest", "root@a1b2c3d4e5f6:/app# ls", "/home/ubuntu/.cache/pip",
              "/home/node/app/dist/server.js", "git@github.com:acme/infra.git", "noreply@github.com", "USER=root\nHOME=/root\n", "drwxr-xr-x 2 root root 4096 Mar  4 10:00 /etc/nginx",
              "postgres@db-0:~$ psql", "www-data   1234  0.0  0.1  nginx: worker process", "/Users/Shared/Jenkins/Home/workspace", "ec2-user@ip-10-0-1-23 ~]$ ",
              "-rw-r--r-- 1 nobody nogroup  220 Jan  1  2024 .profile", "jenkins@build-agent-3:/var/lib/jenkins$ "]:
        add("system_account_not_personal", None, t + ("\n" if not t.endswith("\n") else ""), "service/system accounts, not a person")
    R.shuffle(cases)
    recs = []
    for i, (cls, c, text, src) in enumerate(cases, 1):
        recs.append(collections.OrderedDict([("id", f"n{i:04d}"), ("class", cls), ("container", c), ("text", text), ("source", src)]))
    return recs


# --------------------------------------------------------------------------
# pii.jsonl
# --------------------------------------------------------------------------
PEOPLE = [("Erin", "Example"), ("Mara", "Lindqvist"), ("Tomasz", "Wiśniewski"), ("Aiko", "Tanaka"), ("Chidi", "Okafor"), ("Lucía", "Fernández"),
          ("Rahul", "Mehta"), ("Sofia", "Rossi"), ("Jonas", "Becker"), ("Priya", "Raghunathan"), ("Mateus", "Carvalho"), ("Hannah", "O'Connell"),
          ("Dmitri", "Volkov"), ("Fatima", "Haddad"), ("Liam", "Gallagher"), ("Yuki", "Morita"), ("Amara", "Nwosu"), ("Carlos", "Mendoza"),
          ("Ingrid", "Solberg"), ("Kwame", "Mensah"), ("Zoe", "Papadopoulos"), ("Noah", "Friedman"), ("Leila", "Karimi"), ("Bruno", "Lefèvre"),
          ("Anika", "Schröder"), ("Tariq", "Aziz"), ("Elena", "Popescu"), ("Wei", "Zhang"), ("Olivia", "Brennan"), ("Santiago", "Ruiz"),
          ("Carol", "Whitfield"), ("Dave", "Kowalczyk"), ("Bob", "Thornbury"), ("Alice", "Marchetti"), ("Frank", "Oyelaran"), ("Grace", "Ishikawa")]
COMPANY_DOMAINS = ["corp.example", "acme.example", "northwind.example", "mail.example.com", "example.org", "lab.example.net", "uni-musterstadt.example",
                   "consulting.example", "blueharbor.example", "tinyapps.example"]
FREEMAIL = ["gmail.com", "outlook.com", "proton.me", "yahoo.co.jp", "web.de", "icloud.com", "gmx.net", "hotmail.co.uk"]
UNI = {"ś": "s", "í": "i", "á": "a", "é": "e", "è": "e", "ö": "o", "ü": "u", "'": ""}


def ascii_name(s):
    return "".join(UNI.get(c, c) for c in s)


def person():
    f, l = pick(PEOPLE)
    fa, la = ascii_name(f).lower(), ascii_name(l).lower()
    user = pick([fa, fa[0] + la, f"{fa}.{la}", fa + la[0], la + fa[0]])[:16]
    if R.random() < 0.5:
        email = f"{pick([fa + '.' + la, fa[0] + la, fa, fa + '_' + la[:3]])}@{pick(COMPANY_DOMAINS)}"
    else:
        email = f"{pick([fa + '.' + la, fa + la, la + '.' + fa])}{R.randint(7, 99)}@{pick(FREEMAIL)}"
    return dict(first=f, last=l, name=f"{f} {l}", user=user, email=email)


def phone():
    k = R.randint(0, 5)
    if k == 0:
        return f"+1 ({R.choice(['312', '415', '646', '206', '512'])}) 555-01{R.randint(0, 99):02d}"
    if k == 1:
        return f"+1-{R.choice(['303', '617', '702'])}-555-01{R.randint(0, 99):02d}"
    if k == 2:
        return f"07700 900{R.randint(0, 999):03d}"
    if k == 3:
        return f"+44 20 7946 0{R.randint(0, 999):03d}"
    if k == 4:
        return f"+33 6 39 98 {R.randint(0, 99):02d} {R.randint(0, 99):02d}"
    return f"+61 491 570 {R.choice(['006', '156', '157', '158', '159', '110', '313', '737'])}"


HOST = ["build-01", "dev-vm", "ws-042", "laptop", "gpu-node-3", "bastion", "staging-app-2", "ThinkPad-X1", "rpi4"]


def build_pii():
    cases = []

    def add(typ, container, tpl, vals, types, src):
        cases.append((typ, container, tpl, vals, types, src))

    N = 10
    for _ in range(N + 2):  # shell prompt
        p = person()
        h = pick(HOST)
        cmd = pick(["ls -la", "git status", "docker ps", "kubectl get pods -n prod", "python3 train.py --epochs 5", "sudo systemctl restart nginx"])
        path = pick(["~", "~/src/api", "/srv/app", "~/projects/infra"])
        add("username", "shell_prompt", f"{M(0)}@{h}:{path}$ {cmd}\n" + pick(["", "On branch main\nnothing to commit, working tree clean\n", "CONTAINER ID   IMAGE   STATUS\n"]), [p["user"]], ["username"],
            "shell prompt PS1 '\\u@\\h:\\w\\$'")
    for _ in range(N):  # zsh / fish style prompt
        p = person()
        add("username", "shell_prompt", pick([f"({pick(['venv', 'base'])}) {M(0)}@{pick(HOST)} ~/code % make test\n", f"[{M(0)}@{pick(HOST)} ~]$ tail -f /var/log/app.log\n",
                                              f"PS C:\\Users\\{M(0)}\\source\\repos> dotnet build\n"]), [p["user"]], ["username"], "zsh/bash/PowerShell prompts")
    for _ in range(N + 1):  # env dump
        p = person()
        tpl = pick([f"USER={M(0)}\nLOGNAME={M(1)}\nHOME=/home/{M(2)}\nSHELL=/bin/bash\nLANG=en_US.UTF-8\n",
                    f"$ env | grep -E 'USER|HOME'\nUSER={M(0)}\nHOME=/home/{M(1)}\n", f"declare -x LOGNAME=\"{M(0)}\"\ndeclare -x PWD=\"/home/{M(1)}/src\"\n"])
        n = tpl.count("\ue000")
        types = ["username"] * n
        types = [("home_path" if "HOME=/home/" + M(k) in tpl or "/home/" + M(k) in tpl else "username") for k in range(n)]
        add("username", "env_dump", tpl, [p["user"]] * n, types, "POSIX environ (USER/LOGNAME/HOME)")
    for _ in range(N + 1):  # ls -l
        p = person()
        q = person()
        grp = pick(["staff", "users", "developers", p["user"]])
        vals, types = [p["user"]], ["username"]
        g_tpl = grp
        if grp == p["user"]:
            g_tpl = M(1)
            vals.append(p["user"])
            types.append("username")
        k = len(vals)
        tpl = (f"total 24\ndrwxr-xr-x  5 {M(0)} {g_tpl} 4096 Mar  3 09:12 .\n-rw-r--r--  1 {M(0)} {g_tpl}  812 Mar  3 09:10 notes.md\n"
               f"-rw-------  1 {M(k)} {pick(['staff', 'users'])} 1675 Feb 28 17:44 report.xlsx\n")
        vals2 = [p["user"]] + vals[1:] + [q["user"]]
        # M(0) appears twice -> render handles repeated markers
        add("username", "ls_long_listing", tpl, vals2, types + ["username"], "ls(1) -l owner/group columns")
    for _ in range(N + 3):  # home paths
        p = person()
        tpl = pick([f"  File \"/home/{M(0)}/projects/etl/pipeline.py\", line 88, in load\n    df = pd.read_csv(path)\nFileNotFoundError: [Errno 2] No such file or directory: 'data/input.csv'\n",
                    f"docker run -v /home/{M(0)}/datasets:/data -it pytorch/pytorch:latest\n", f"cp ~{M(0)}/shared/config.yaml ./config.yaml\n",
                    f"Error: ENOENT: no such file or directory, open '/Users/{M(0)}/Code/web/.env.local'\n", f"C:\\Users\\{M(0)}\\AppData\\Local\\Temp\\pip-build-x7y2\\setup.py\n",
                    f"Jupyter server running at /home/{M(0)}/notebooks\n", f"  -> /home/{M(0)}/.cache/huggingface/hub/models--bert-base-uncased\n",
                    f"cd ~{M(0)}/public_html && ls\n"])
        add("home_path", "path_in_text", tpl, [p["user"]], ["home_path"], "home directory paths reveal user names")
    for _ in range(N + 3):  # git author lines
        p = person()
        tpl = pick([f"commit {rhex(40)}\nAuthor: {M(0)} <{M(1)}>\nDate:   Mon Feb 17 14:03:11 2025 +0100\n\n    fix: handle empty payloads\n",
                    f"Signed-off-by: {M(0)} <{M(1)}>\n", f"Co-authored-by: {M(0)} <{M(1)}>\n",
                    f"{rhex(7)} ({M(0)} 2024-11-02 10:44:19 +0000 42)     return retry(fn)\n"])
        if tpl.count("\ue000") == 2:
            add("git_author", "git_metadata", tpl, [p["name"], p["email"]], ["person_name", "email"], "git log / trailers (Author, Signed-off-by, Co-authored-by)")
        else:
            add("git_author", "git_blame", tpl, [p["name"]], ["person_name"], "git blame output")
    for _ in range(N + 3):  # e-mails in various places
        p = person()
        q = person()
        c = pick(["email_header", "log_line", "package_json", "pyproject", "codeowners", "csv_export", "support_ticket", "mailmap", "git_config"])
        if c == "email_header":
            tpl, vals, types = f"From: {M(0)} <{M(1)}>\nTo: {M(2)}\nSubject: Re: invoice 2025-031\n", [p["name"], p["email"], q["email"]], ["person_name", "email", "email"]
        elif c == "log_line":
            tpl, vals, types = f"2025-03-11T08:15:02Z INFO auth login succeeded user={M(0)} ip=10.2.3.4\n", [p["email"]], ["email"]
        elif c == "package_json":
            tpl, vals, types = "{\n  \"name\": \"@acme/ui\",\n  \"version\": \"2.3.1\",\n  \"author\": \"" + M(0) + " <" + M(1) + ">\",\n  \"license\": \"MIT\"\n}\n", [p["name"], p["email"]], ["person_name", "email"]
        elif c == "pyproject":
            tpl, vals, types = f"[project]\nname = \"tinyorm\"\nauthors = [{{ name = \"{M(0)}\", email = \"{M(1)}\" }}]\n", [p["name"], p["email"]], ["person_name", "email"]
        elif c == "codeowners":
            tpl, vals, types = f"/infra/ @acme/platform {M(0)}\n/docs/ {M(1)}\n", [p["email"], q["email"]], ["email", "email"]
        elif c == "csv_export":
            tpl, vals, types = f"name,email,phone,plan\n{M(0)},{M(1)},{M(2)},pro\n", [p["name"], p["email"], phone()], ["person_name", "email", "phone"]
        elif c == "support_ticket":
            tpl, vals, types = f"Ticket #48213 opened by {M(0)} ({M(1)}): the export button returns 500 since Monday.\n", [p["name"], p["email"]], ["person_name", "email"]
        elif c == "mailmap":
            tpl, vals, types = f"{M(0)} <{M(1)}> <{M(2)}>\n", [p["name"], p["email"], p["user"] + "@laptop.local"], ["person_name", "email", "email"]
        else:
            tpl, vals, types = f"[user]\n\tname = {M(0)}\n\temail = {M(1)}\n", [p["name"], p["email"]], ["person_name", "email"]
        add("email", c, tpl, vals, types, "RFC 5322 addresses in headers, manifests, logs")
    for _ in range(N + 3):  # phones
        p = person()
        c = pick(["email_signature", "vcard", "chat_message", "crm_json", "sms_log"])
        ph = phone()
        if c == "email_signature":
            tpl, vals, types = f"Best regards,\n{M(0)}\nSenior Engineer\nMobile: {M(1)}\n", [p["name"], ph], ["person_name", "phone"]
        elif c == "vcard":
            tpl, vals, types = f"BEGIN:VCARD\nVERSION:3.0\nFN:{M(0)}\nTEL;TYPE=cell:{M(1)}\nEMAIL:{M(2)}\nEND:VCARD\n", [p["name"], ph, p["email"]], ["person_name", "phone", "email"]
        elif c == "chat_message":
            tpl, vals, types = pick([f"call me on {M(0)} if the deploy breaks again\n", f"meine Nummer: {M(0)}\n"]), [ph], ["phone"]
        elif c == "crm_json":
            tpl = json.dumps({"contact": {"name": M(0), "phone": M(1), "company": "Northwind"}}, ensure_ascii=False) + "\n"
            vals, types = [p["name"], ph], ["person_name", "phone"]
        else:
            tpl, vals, types = f"2025-02-03 12:01:55 SMS sent to {M(0)} status=delivered\n", [ph], ["phone"]
        add("phone", c, tpl, vals, types, "phone numbers from fictional/drama ranges (NANP 555-01xx, Ofcom 07700 900xxx / 020 7946 0xxx, ARCEP 06 39 98, ACMA 0491 570)")
    for _ in range(N):  # /etc/passwd and id output
        p = person()
        tpl = pick([f"{M(0)}:x:{R.randint(1000, 1100)}:{R.randint(1000, 1100)}:{M(1)},,,:/home/{M(2)}:/bin/bash\n",
                    f"$ id\nuid=1001({M(0)}) gid=1001({M(1)}) groups=1001({M(2)}),27(sudo),999(docker)\n"])
        if "/home/" in tpl:
            add("username", "etc_passwd", tpl, [p["user"], p["name"], p["user"]], ["username", "person_name", "home_path"], "passwd(5) entries")
        else:
            add("username", "id_output", tpl, [p["user"]] * 3, ["username"] * 3, "id(1) output")
    for _ in range(N):  # who/last/ps
        p = person()
        q = person()
        tpl = pick([f"$ who\n{M(0)}    pts/0        2025-03-04 09:12 (10.8.0.6)\n{M(1)}    pts/1        2025-03-04 09:40 (10.8.0.9)\n",
                    f"$ last -n 2\n{M(0)}    pts/2        10.8.0.6         Tue Mar  4 09:12   still logged in\n{M(1)}    pts/1        10.8.0.9         Mon Mar  3 17:20 - 18:02  (00:41)\n",
                    f"USER       PID %CPU %MEM COMMAND\n{M(0)}    4412  99.1 12.3 python train.py\n{M(1)}    5120   0.0  0.1 -bash\n"])
        add("username", pick(["who_output", "last_output", "ps_output"]) if False else ("who_output" if "who" in tpl else "last_output" if "last" in tpl else "ps_output"),
            tpl, [p["user"], q["user"]], ["username", "username"], "who(1)/last(1)/ps(1) user columns")
    for _ in range(N):  # ssh/scp targets and ssh config
        p = person()
        tpl = pick([f"scp report.pdf {M(0)}@fileserver.corp.example:~/inbox/\n", f"ssh -l {M(0)} bastion.corp.example\n", f"Host gpu\n    HostName 10.40.2.7\n    User {M(0)}\n    IdentityFile ~/.ssh/id_ed25519\n",
                    f"rsync -avz ./build/ {M(0)}@staging.acme.example:/var/www/\n"])
        add("username", "ssh_command", tpl, [p["user"]], ["username"], "ssh/scp/rsync user@host targets")
    for _ in range(N):  # home IP addresses
        p = person()
        ip = pick(["198.51.100.", "203.0.113.", "192.0.2."]) + str(R.randint(2, 254))
        tpl = pick([f"my home IP is {M(0)}, can you add it to the allowlist for the bastion?\n",
                    f"Accepted publickey for {M(1)} from {M(0)} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{b64e(rbytes(32)).rstrip('=')}\n",
                    f"ddclient[811]: SUCCESS: updated {M(1)}-home.dyndns.example to IP address {M(0)}\n",
                    f"# allow {M(1)} from home\nallow {M(0)};\n"])
        if "\ue0001\ue001" in tpl:
            second = "person_name" if "# allow" in tpl else "username"
            add("ip_address", "log_line" if "Accepted" in tpl else "ddns_log" if "ddclient" in tpl else "nginx_conf", tpl, [ip, p["name"] if second == "person_name" else p["user"]], ["ip_address", second],
                "home/residential IP addresses (RFC 5737 documentation ranges used)")
        else:
            add("ip_address", "chat_message" if "my home" in tpl else "ddns_log", tpl, [ip], ["ip_address"], "home/residential IP addresses (RFC 5737 documentation ranges used)")
    for _ in range(N):  # LICENSE / copyright / AUTHORS
        p = person()
        tpl = pick([f"MIT License\n\nCopyright (c) 2023 {M(0)}\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n",
                    f"# Maintainer: {M(0)} <{M(1)}>\npkgname=tinyorm\npkgver=0.4.2\n", f"AUTHORS\n=======\n\n* {M(0)} <{M(1)}>\n"])
        n = tpl.count("\ue000")
        add("person_name", "license_or_authors", tpl, [p["name"], p["email"]][:n], ["person_name", "email"][:n], "copyright/AUTHORS/PKGBUILD maintainer lines")
    for _ in range(N):  # crontab / sudoers / mail spool
        p = person()
        tpl = pick([f"# crontab for {M(0)}\n0 3 * * * /home/{M(1)}/bin/backup.sh\n", f"{M(0)} ALL=(ALL) NOPASSWD: /usr/bin/systemctl\n",
                    f"You have new mail in /var/mail/{M(0)}\n", f"MAIL=/var/spool/mail/{M(0)}\n"])
        n = tpl.count("\ue000")
        types = ["username"] + (["home_path"] if n == 2 else [])
        add("username", "system_file", tpl, [p["user"]] * n, types, "crontab/sudoers/mail spool")
    for _ in range(N):  # chat mentions, tickets, calendar, access logs, SQL rows
        p = person()
        q = person()
        c = pick(["chat_mention", "jira_json", "calendar_invite", "apache_access_log", "sql_insert", "kubeconfig_user"])
        if c == "chat_mention":
            tpl, vals, types = f"@{M(0)} can you review #1423? {M(1)} ({M(2)}) said it blocks the release\n", [p["user"], q["name"], q["email"]], ["username", "person_name", "email"]
        elif c == "jira_json":
            tpl = json.dumps({"key": "OPS-" + rdigits(4), "fields": {"assignee": {"displayName": M(0), "emailAddress": M(1)}, "status": {"name": "In Progress"}}}, ensure_ascii=False) + "\n"
            vals, types = [p["name"], p["email"]], ["person_name", "email"]
        elif c == "calendar_invite":
            tpl, vals, types = f"BEGIN:VEVENT\nSUMMARY:Incident review\nORGANIZER;CN={M(0)}:mailto:{M(1)}\nATTENDEE;CN={M(2)}:mailto:{M(3)}\nEND:VEVENT\n", [p["name"], p["email"], q["name"], q["email"]], ["person_name", "email", "person_name", "email"]
        elif c == "apache_access_log":
            tpl, vals, types = f"10.1.4.22 - {M(0)} [04/Mar/2025:10:21:07 +0000] \"GET /admin/reports HTTP/1.1\" 200 5120\n", [p["user"]], ["username"]
        elif c == "sql_insert":
            tpl, vals, types = f"INSERT INTO customers (full_name, email, phone) VALUES ('{M(0)}', '{M(1)}', '{M(2)}');\n", [p["name"].replace("'", "''"), p["email"], phone()], ["person_name", "email", "phone"]
        else:
            tpl, vals, types = f"users:\n- name: {M(0)}\n  user:\n    exec:\n      command: kubelogin\n", [p["email"]], ["email"]
        add(types[0] if types[0] != "person_name" else "person_name", c, tpl, vals, types, "mentions, tickets, calendar, access logs, SQL")
    R.shuffle(cases)
    recs = []
    for i, (typ, c, tpl, vals, types, src) in enumerate(cases, 1):
        text, secs = render(tpl, vals, None, types)
        recs.append(collections.OrderedDict([("id", f"p{i:04d}"), ("type", typ), ("container", c), ("text", text), ("secrets", secs), ("source", src)]))
    return recs


# --------------------------------------------------------------------------
# validation helpers
# --------------------------------------------------------------------------
def gh_valid(tok):
    m = re.fullmatch(r"(ghp|gho|ghs|ghu|ghr|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", tok)
    return bool(m) and gh_checksum(m.group(2)) == m.group(3)


def bech32_valid(s):
    s = s.lower()
    hrp, data = s.rsplit("1", 1)
    vals = [BECH32.index(c) for c in data]
    return bech32_polymod([ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + vals) == 1


def b64url_json(seg):
    return json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))


FORMAT_CHECKS = {
    "aws_access_key_id": lambda v: re.fullmatch(r"AKIA[A-Z2-7]{16}", v),
    "aws_temporary_access_key_id": lambda v: re.fullmatch(r"ASIA[A-Z2-7]{16}", v),
    "aws_secret_access_key": lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v),
    "github_pat": lambda v: v.startswith("ghp_") and gh_valid(v), "github_oauth_token": lambda v: v.startswith("gho_") and gh_valid(v),
    "github_app_installation_token": lambda v: v.startswith("ghs_") and gh_valid(v), "github_user_to_server_token": lambda v: v.startswith("ghu_") and gh_valid(v),
    "github_refresh_token": lambda v: v.startswith("ghr_") and gh_valid(v), "npm_access_token": lambda v: gh_valid(v),
    "github_fine_grained_pat": lambda v: re.fullmatch(r"github_pat_\w{82}", v) and gh_checksum(v[11:-6]) == v[-6:],
    "azure_devops_pat": lambda v: len(v) == 84 and azure_devops_pat_check(v) and v[76:80] == "AZDO",
    "age_secret_key": lambda v: v.startswith("AGE-SECRET-KEY-1") and len(v) == 74 and bech32_valid(v),
    "grafana_service_account_token": lambda v: struct.pack("<I", zlib.crc32(v[:37].encode()) & 0xFFFFFFFF).hex() == v[38:],
    "atlassian_api_token": lambda v: len(v) == 192 and int(v[-8:], 16) == zlib.crc32(v[:-8].encode()) & 0xFFFFFFFF,
    "bitbucket_app_password": lambda v: int(v[-8:], 16) == zlib.crc32(v[:-8].encode()) & 0xFFFFFFFF,
    "anthropic_api_key": lambda v: re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", v),
    "openai_api_key": lambda v: re.fullmatch(r"sk-proj-[A-Za-z0-9_-]{58,74}T3BlbkFJ[A-Za-z0-9_-]{58,74}", v),
    "huggingface_token": lambda v: re.fullmatch(r"hf_[A-Za-z]{34}", v), "groq_api_key": lambda v: re.fullmatch(r"gsk_[A-Za-z0-9]{52}", v) and "WGdyb3FY" in v,
    "replicate_api_token": lambda v: re.fullmatch(r"r8_[A-Za-z0-9]{37}", v), "gitlab_pat": lambda v: re.fullmatch(r"glpat-[\w-]{20}", v),
    "slack_bot_token": lambda v: re.fullmatch(r"xoxb-[0-9]{10,13}-[0-9]{10,13}-[a-zA-Z0-9]{24}", v),
    "telegram_bot_token": lambda v: re.fullmatch(r"[0-9]{9,10}:AA[A-Za-z0-9_-]{33}", v),
    "sendgrid_api_key": lambda v: re.fullmatch(r"SG\.[\w-]{22}\.[\w-]{43}", v), "tailscale_auth_key": lambda v: v.startswith("tskey-auth-"),
    "doppler_service_token": lambda v: re.fullmatch(r"dp\.st\.[a-z_]+\.[A-Za-z0-9]{43}", v), "pypi_upload_token": lambda v: v.startswith("pypi-AgEIcHlwaS5vcmc"),
    "dockerhub_pat": lambda v: re.fullmatch(r"dckr_pat_[\w-]{27}", v), "digitalocean_pat": lambda v: re.fullmatch(r"dop_v1_[a-f0-9]{64}", v),
    "stripe_secret_key": lambda v: re.fullmatch(r"sk_live_[A-Za-z0-9]{24,99}", v), "render_api_key": lambda v: re.fullmatch(r"rnd_[A-Za-z0-9]{28}", v),
    "azure_ad_client_secret": lambda v: re.fullmatch(r"[a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{34}", v),
    "terraform_cloud_token": lambda v: re.fullmatch(r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}", v),
    "vault_service_token": lambda v: re.fullmatch(r"hvs\.[\w-]{90,120}", v), "pulumi_access_token": lambda v: re.fullmatch(r"pul-[a-f0-9]{40}", v),
    "linear_api_key": lambda v: re.fullmatch(r"lin_api_[A-Za-z0-9]{40}", v), "notion_integration_token": lambda v: re.fullmatch(r"ntn_[0-9]{11}[A-Za-z0-9]{35}", v),
    "figma_pat": lambda v: re.fullmatch(r"figd_[\w-]{40}", v), "postman_api_key": lambda v: re.fullmatch(r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}", v),
    "heroku_api_key_v2": lambda v: re.fullmatch(r"HRKU-AA[\w-]{58}", v), "new_relic_user_api_key": lambda v: re.fullmatch(r"NRAK-[A-Z0-9]{27}", v),
    "sentry_user_auth_token": lambda v: re.fullmatch(r"sntryu_[a-f0-9]{64}", v),
    "sentry_org_auth_token": lambda v: v.startswith("sntrys_eyJpYXQiO") and json.loads(base64.b64decode(v[7:].rsplit("_", 1)[0])),
    "splunk_hec_token": lambda v: re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", v),
    "wireguard_private_key": lambda v: len(base64.b64decode(v)) == 32, "fernet_key": lambda v: len(base64.urlsafe_b64decode(v)) == 32,
    "laravel_app_key": lambda v: v.startswith("base64:") and len(base64.b64decode(v[7:])) == 32,
    "azure_storage_account_key": lambda v: len(base64.b64decode(v)) == 64,
}


def check_value(t, v):
    if t in FORMAT_CHECKS:
        return bool(FORMAT_CHECKS[t](v))
    if t in ("jwt_token", "supabase_service_role_key", "kubernetes_service_account_token", "monday_api_token"):
        h, p, s_ = v.split(".")
        return isinstance(b64url_json(h), dict) and isinstance(b64url_json(p), dict) and len(s_) > 20
    if t.startswith("private_key_") or t == "pgp_private_key":
        body = "".join(l for l in v.splitlines() if l and not l.startswith("-----") and ":" not in l and not l.startswith("="))
        base64.b64decode(body, validate=True)
        return v.startswith("-----BEGIN") and v.rstrip().endswith("-----")
    return True


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------
LINE_SEPS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085", "\x1c": "\\u001c", "\x1d": "\\u001d", "\x1e": "\\u001e"}


def dump_jsonl(path, recs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            line = json.dumps(r, ensure_ascii=False)
            for k, v in LINE_SEPS.items():
                line = line.replace(k, v)
            assert "\n" not in line
            f.write(line + "\n")


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f]


def validate(sec, eva, neg, pii):
    problems = []
    ids = [r["id"] for r in sec + eva + neg + pii]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for name, recs in (("secrets", sec), ("evasions", eva), ("pii", pii)):
        for r in recs:
            if not r["secrets"]:
                problems.append(f"{r['id']} has no spans")
            for s_ in r["secrets"]:
                if r["text"][s_["start"]:s_["end"]] != s_["value"]:
                    problems.append(f"{r['id']} span mismatch")
                if name == "evasions" and "plain" not in s_:
                    problems.append(f"{r['id']} missing plain")
    for r in sec:
        for s_ in r["secrets"]:
            t = s_.get("type", r["type"])
            raw = s_.get("plain", s_["value"]) if r["container"] not in ("k8s_dockerconfigjson_b64", "dockerconfigjson_cli") else None
            if raw is None or "\\n" in s_["value"] and not raw.startswith("-----"):
                continue
            if t in ("docker_registry_auth", "basic_auth_credentials", "npmrc_basic_password", "kubeconfig_client_key", "putty_private_key"):
                continue
            try:
                ok = check_value(t, raw)
            except Exception:  # noqa: BLE001
                ok = False
            if not ok:
                problems.append(f"{r['id']} {t} format check failed: {raw[:40]!r}")
    for r in eva:
        for s_ in r["secrets"]:
            try:
                ok = check_value(r["type"], s_["plain"])
            except Exception:  # noqa: BLE001
                ok = False
            if not ok:
                problems.append(f"{r['id']} {r['type']} plain format check failed")
    # negatives must not contain any positive value, nor a checksum-valid GitHub/npm token
    pos_values = set()
    for r in sec + eva:
        for s_ in r["secrets"]:
            pos_values.add(s_.get("plain", s_["value"]))
    negtext = "\n".join(r["text"] for r in neg)
    for v in pos_values:
        if len(v) >= 12 and v in negtext:
            problems.append(f"positive value leaked into negatives: {v[:30]}")
    for m in re.finditer(r"\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b", negtext):
        if gh_valid(m.group(0)):
            problems.append(f"negatives contain a checksum-valid token {m.group(0)[:12]}")
    for recs in (sec, eva, neg, pii):
        for r in recs:
            if any(0x10000 <= ord(c) for c in r["text"]):
                problems.append(f"{r['id']} contains astral-plane characters (offset ambiguity)")
    return problems


def counts_table(counter, head):
    rows = [f"| {head} | cases |", "|---|---:|"]
    rows += [f"| `{k}` | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows)


def write_readme(sec, eva, neg, pii):
    tcount = collections.Counter(r["type"] for r in sec)
    span_types = collections.Counter(s_.get("type", r["type"]) for r in sec for s_ in r["secrets"])
    ccount = collections.Counter(r["container"] for r in sec)
    ecount = collections.Counter(r["encoding"] for r in eva)
    etype = collections.Counter(r["type"] for r in eva)
    ncount = collections.Counter(r["class"] for r in neg)
    ncont = collections.Counter(r["container"] for r in neg)
    ptype = collections.Counter(s_["type"] for r in pii for s_ in r["secrets"])
    pcase = collections.Counter(r["type"] for r in pii)
    pcont = collections.Counter(r["container"] for r in pii)
    src_rows = ["| credential type | cases | format source |", "|---|---:|---|"]
    for t, spec in TYPES.items():
        src_rows.append(f"| `{t}` | {tcount.get(t, 0)} | {spec['src'].replace('|', '/')} |")
    extra_types = sorted(set(span_types) - set(TYPES))
    nspans = sum(len(r["secrets"]) for r in sec)
    text = f"""# Privacy-filter evaluation corpus (held-out)

This folder is an independent, held-out evaluation corpus for enclave's secret/PII
detector ("privacy filter").  It was written **without looking at the detector**:
no file under `actors/`, `tests/`, `bus/`, `protocol/` or `docs/` was opened, read,
grepped or listed while building it.  Formats were taken only from public format
descriptions (vendor documentation and public secret-scanner rule sets), so that
the measured recall and false-positive rate are free to fail.

## Files

| file | records | what |
|---|---:|---|
| `secrets.jsonl` | {len(sec)} | positives: {nspans} labelled secret spans, {len(tcount)} case-level credential types ({len(span_types)} span types), {len(ccount)} container kinds |
| `evasions.jsonl` | {len(eva)} | positives hidden by encoding/obfuscation ({len(ecount)} encodings) |
| `negatives.jsonl` | {len(neg)} | hard negatives that must NOT be reported as secrets ({len(ncount)} classes) |
| `pii.jsonl` | {len(pii)} | personal data that must be anonymised ({sum(ptype.values())} spans, {len(pcont)} containers) |
| `build_corpus.py` | - | deterministic generator (Python 3.11, standard library only, seed `{SEED:#x}`) |

Regenerate with `python3 build_corpus.py` (byte-identical output for the same script).

## Record format

`secrets.jsonl` / `pii.jsonl`:

```json
{{"id": "s0001", "type": "<snake_case type>", "container": "<container kind>", "text": "<whole sample>",
 "secrets": [{{"value": "<exact span>", "start": 12, "end": 52, "type": "<span type>"}}], "source": "<format source>"}}
```

* `start`/`end` are offsets in Unicode code points into the decoded `text`
  (Python `str` semantics; `text[start:end] == value` holds for every span).  The corpus
  contains no characters outside the Basic Multilingual Plane, so UTF-16 offsets are identical.
* `secrets[].type` names the credential type of each span (multi-secret cases, e.g. an AWS key
  id + secret pair, carry different span types; the case-level `type` is the primary one).
* When the labelled span is an encoded form of the credential (Kubernetes `data:` base64,
  `.dockerconfigjson`, `Authorization: Basic`, `.npmrc _password`, `client-key-data`,
  JSON-escaped PEM with literal `\\n`, YAML-indented PEM), the span additionally carries
  `"plain"`: the underlying credential (password/token/PEM) in clear.
* Spans are the credential part only: the password inside a URL / connection string (not the
  URL), the token after `Bearer`, the `AccountKey=` value, the `sig=` value of a SAS URL.
  Two deliberate exceptions: webhook URLs whose path *is* the capability (Slack
  `T…/B…/…`, Discord/Teams/Zapier token path segment) are labelled on the secret path part only,
  and PEM/OpenSSH/PGP blocks are labelled from `-----BEGIN` to the end of `-----END …-----`.
* `pii.jsonl` span types: `username`, `person_name`, `email`, `home_path` (the user-name
  component of `/home/<u>/`, `/Users/<u>/`, `C:\\Users\\<u>\\`, `~<u>/`, `/var/mail/<u>`), `phone`,
  `ip_address`.

`evasions.jsonl` has the same fields plus `"encoding"`, and every span has `"plain"` (the decoded
secret).  `value` is the span exactly as it appears (e.g. the whole base64 blob when a secret is
hidden inside base64 of `NAME=secret`; the token including the zero-width/bidi character;
the two halves including the backslash-newline).

`negatives.jsonl`: `{{"id", "class", "container", "text", "source"}}` – no span may be reported as a secret.

## How it was made

1. Formats were read from public sources only: gitleaks `config/gitleaks.toml`
   (commit b58d3f1), Betterleaks `config/betterleaks.toml` (6381fa4), Kingfisher
   `data/rules/*.yml` (ee7c0db), CredSweeper `credsweeper/rules/config.yaml` and its filters
   (1ed2ca5), detect-secrets plugin list, TruffleHog detector list, microsoft/security-utilities
   (legacy CASK / Marvin32 checksum, 638ad20), plus vendor docs (GitHub token-format blog post,
   npm token-format blog post, Azure DevOps sprint-241 release notes, AWS IAM, Google, Stripe,
   Slack, Telegram Bot API, Splunk HEC, Tailscale, Doppler, Laravel, Django, Fernet, age spec,
   RFC 4880/5208/5915/7519/8017).  Rule **test fixtures were not copied**; every value is
   generated from the format description.
2. Every secret is produced by a seeded PRNG, so none is, or ever was, a real credential.  They
   nevertheless have the exact real shape: prefix, length, alphabet and, where the format has one,
   a valid checksum:
   * GitHub `ghp_/gho_/ghs_/ghu_/ghr_` and npm `npm_`: CRC32 of the 30-char body, base62
     (`0-9A-Za-z`), left-padded to 6 chars.  `github_pat_` (82 chars after the prefix): the same
     construction applied to the 76 chars before the checksum – GitHub does not document the scope
     of that checksum, so this is a best-effort assumption.
   * Azure DevOps 84-char PATs: legacy CASK layout (52 random base62, `JQQJ99`, date, reserved
     bytes, provider signature `AZDO`, 4-char base62 Marvin32 checksum with seed `Default0`);
     the Marvin32 implementation is checked against the SymCrypt test vectors.
   * Atlassian `ATATT3xFfGF0…=XXXXXXXX` and Bitbucket `ATBB…`: trailing CRC32 (upper hex).
   * Grafana `glsa_…_xxxxxxxx`: little-endian CRC32 of the first 37 chars.
   * `AGE-SECRET-KEY-1…`: valid Bech32 checksum.
   * JWTs: header and payload decode to JSON; Grafana `glc_`/`eyJrIjoi`, Sentry `sntrys_`,
     1Password `ops_`, Intercom `dG9rOj…`, Jira DC PATs, JFrog reference tokens, PyPI macaroons
     (`pypi-AgEIcHlwaS5vcmc…`) decode to the documented structure.
   * Private keys are DER-valid ASN.1 structures (PKCS#1, PKCS#8, SEC1 EC, DSA, PBES2-encrypted
     PKCS#8, legacy `Proc-Type: 4,ENCRYPTED`), `openssh-key-v1` blobs, OpenPGP secret-key packets
     with a correct CRC-24 armor checksum, PuTTY PPK v3 – with random (not mathematically
     consistent) numbers.
3. Each credential type is embedded in several container kinds (round-robin over the least used
   compatible containers, plus type-specific containers such as `~/.aws/credentials`, `.npmrc`,
   `.pypirc`, `.pgpass`, `.netrc`, SQL DDL, `ldapsearch -w`, `mysql -p…`,
   `aws configure set`, Telegram bot URLs, git remote URLs with credentials).  Variable names,
   quoting, indentation, surrounding prose (English, German, French, Spanish, Japanese) are varied.
4. `build_corpus.py` validates before writing: all spans match, ids are unique, minimum counts,
   checksum/format self-checks for the checksummed and structured formats, no positive value leaks
   into negatives, no checksum-valid GitHub/npm token in negatives, no astral-plane characters.

## Rules followed

* Independence: the detector and its tests were never consulted; only the public sources above.
* Realistic but fake: random values with real formats; no real credential, no real person.
  Person names are invented; phone numbers come from ranges reserved for fiction (NANP
  555-0100…0199, Ofcom 07700 900xxx / 020 7946 0xxx, ARCEP 06 39 98 xx xx, ACMA 0491 570 xxx);
  "home" IP addresses use RFC 5737 documentation ranges; e-mail domains are `*.example` /
  `example.org` or free-mail providers with invented local parts.
* Hard negatives are things a good filter must leave alone (documentation examples, public-by-design
  keys, references/interpolations, hashes, ids, ciphertexts, masked values, prose).  Some of them are
  genuinely debatable for some users (e.g. Twilio Account SIDs, Supabase anon keys, Firebase web
  API keys, system accounts like `runner`/`ubuntu`); they are kept in their own classes so they can be
  excluded from a score.
* Identifiers that accompany a credential are deliberately left unlabelled in positive samples
  (AWS account ids/ARNs, Twilio `AC…`/`SK…` SIDs, OAuth client ids, GCP `private_key_id`, public
  certificates, WireGuard `PublicKey`, a non-secret `environment:` value in Kubernetes `data:`),
  so a detector that flags them pays for it in precision.
* Known limitations: `secrets.jsonl` labels only credentials – incidental role addresses such as
  `ops@acme.example` or private IPs in positive samples are not labelled as PII.  Values in the
  corpus will be flagged by hosted secret scanners (e.g. GitHub push protection, since the GitHub/npm
  tokens carry valid checksums); they are fake and can be allow-listed.

## Counts

### secrets.jsonl – cases per case-level type (with format sources)

{chr(10).join(src_rows)}

Additional span-level types used only inside multi-secret cases: {", ".join(f"`{t}`" for t in extra_types) or "none"}.

### secrets.jsonl – cases per container

{counts_table(ccount, "container")}

### evasions.jsonl – per encoding

{counts_table(ecount, "encoding")}

### evasions.jsonl – per credential type

{counts_table(etype, "type")}

### negatives.jsonl – per class

{counts_table(ncount, "class")}

### negatives.jsonl – per container

{counts_table(ncont, "container")}

### pii.jsonl – per case type / span type / container

{counts_table(pcase, "case type")}

{counts_table(ptype, "span type")}

{counts_table(pcont, "container")}
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    sec = build_secrets()
    eva = build_evasions()
    neg = build_negatives()
    pii = build_pii()
    paths = {n: os.path.join(HERE, n + ".jsonl") for n in ("secrets", "evasions", "negatives", "pii")}
    dump_jsonl(paths["secrets"], sec)
    dump_jsonl(paths["evasions"], eva)
    dump_jsonl(paths["negatives"], neg)
    dump_jsonl(paths["pii"], pii)
    sec, eva, neg, pii = (load_jsonl(paths[n]) for n in ("secrets", "evasions", "negatives", "pii"))
    problems = validate(sec, eva, neg, pii)
    ntypes = len(set(r["type"] for r in sec))
    nconts = len(set(r["container"] for r in sec))
    mins = [(len(sec) >= 1000, "secrets >= 1000"), (ntypes >= 200, "types >= 200"), (nconts >= 90, "containers >= 90"),
            (len(eva) >= 150, "evasions >= 150"), (len(neg) >= 400, "negatives >= 400"), (len(pii) >= 150, "pii >= 150")]
    problems += [f"minimum not met: {msg}" for ok, msg in mins if not ok]
    write_readme(sec, eva, neg, pii)
    print(f"secrets={len(sec)} types={ntypes} containers={nconts} evasions={len(eva)} negatives={len(neg)} pii={len(pii)}")
    if problems:
        print("VALIDATION PROBLEMS:")
        for p in problems[:50]:
            print("  ", p)
        sys.exit(1)
    print("validation ok")


if __name__ == "__main__":
    main()
