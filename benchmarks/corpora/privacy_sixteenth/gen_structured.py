"""Structured / checksummed credential generators and their independent validators.

SPECIAL[name] = (generator(g) -> value | (value, plain), check_name)
CHECKS[check_name] = validator(value, plain) -> bool  (run by build.py on every span of that generator)
"""
import base64
import json
import re
import zlib

import gen_crypto as C
from gen_common import b64, b64u, b64decode_any, crc32

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


# ------------------------------------------------------------ token families with checksums
def gh_family(prefix):
    def f(g):
        body = g.chars("an", 30)
        return prefix + body + base62(crc32(body.encode()), 6)
    return f


def chk_gh(v, plain=None):
    m = re.fullmatch(r"(ghp|gho|ghu|ghs|ghr|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", v)
    return bool(m) and base62(crc32(m.group(2).encode()), 6) == m.group(3)


def atlassian_cloud(prefix):
    def f(g):
        head = prefix + g.chars("b64u", 171) + "="
        return head + "%08X" % crc32(head.encode())
    return f


def chk_atlassian_cloud(v, plain=None):
    return re.fullmatch(r"AT[A-Z]{3}3xFfG[FN]0[A-Za-z0-9_-]{171}=[0-9A-F]{8}", v) is not None and \
        int(v[-8:], 16) == crc32(v[:-8].encode())


def atlassian_dc(prefix):
    def f(g):
        ident = str(g.r.randrange(10 ** 11, 10 ** 12))
        raw = ident.encode() + b":" + g.randbytes(20)
        return prefix + b64(raw)
    return f


def chk_atlassian_dc(v, plain=None):
    body = v[5:] if v.startswith("BBDC-") else v
    raw = base64.b64decode(body)
    ident, _, rest = raw.partition(b":")
    return ident.isdigit() and int(ident) > 0 and len(rest) == 20


def grafana_sa(g):
    key = "glsa_" + g.chars("an", 32)
    c = crc32(key.encode()).to_bytes(4, "little").hex()
    return key + "_" + c


def chk_grafana(v, plain=None):
    m = re.fullmatch(r"(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})", v)
    return bool(m) and crc32(m.group(1).encode()).to_bytes(4, "little").hex() == m.group(2)


def synapse_token(g):
    local = g.pick(["alice", "ops-bot", "maintenance", "bridge-admin", "grafana-alerts", "m.svc"])
    base = "syt_%s_%s" % (b64(local.encode()).rstrip("="), g.chars("an", 20).translate(str.maketrans("0123456789", "abcdefghij")))
    return base + "_" + base62(crc32(base.encode()), 6)


def chk_synapse(v, plain=None):
    base, _, c = v.rpartition("_")
    return v.startswith("syt_") and base62(crc32(base.encode()), 6) == c


# ------------------------------------------------------------ PyPI macaroon (v2 binary)
def _field(t, data):
    n = len(data)
    var = b""
    while True:
        byte = n & 0x7F
        n >>= 7
        var += bytes([byte | (0x80 if n else 0)])
        if not n:
            break
    return bytes([t]) + var + data


def pypi_token(g):
    root = g.randbytes(32)
    ident = g.uuid().encode()
    caveat = json.dumps({"permissions": {"projects": [g.pick(["hexmill-sdk", "parcel-tools", "quokka-cli"])]}, "version": 1},
                        separators=(", ", ": ")).encode()
    k = C.hmac_sha256(b"macaroons-key-generator", root)
    sig = C.hmac_sha256(k, ident)
    sig = C.hmac_sha256(sig, caveat)
    raw = b"\x02" + _field(1, b"pypi.org") + _field(2, ident) + b"\x00" + _field(2, caveat) + b"\x00" + b"\x00" + _field(6, sig)
    return "pypi-" + b64u(raw)


def chk_pypi(v, plain=None):
    raw = b64decode_any(v[5:])
    if raw[:2] != b"\x02\x01" or raw[3:11] != b"pypi.org":
        return False
    return raw[-34:-32] == b"\x06\x20"


# ------------------------------------------------------------ wallets
def wif(version):
    def f(g):
        return C.b58check_encode(bytes([version]) + g.randbytes(32) + b"\x01")
    return f


def chk_wif(v, plain=None):
    body = C.b58check_decode(v)
    return len(body) == 34 and body[0] in (0xB0, 0x9E) and body[-1] == 1


def ltpv(g):
    ser = bytes.fromhex("019d9cfe") + bytes([3]) + g.randbytes(4) + (0x80000000 + g.r.randrange(3)).to_bytes(4, "big") \
        + g.randbytes(32) + b"\x00" + g.randbytes(32)
    return C.b58check_encode(ser)


def chk_ltpv(v, plain=None):
    body = C.b58check_decode(v)
    return len(body) == 78 and body[:4] == bytes.fromhex("019d9cfe") and body[45] == 0


def tezos_edsk(g):
    return C.b58check_encode(bytes([13, 15, 58, 7]) + g.randbytes(32))


def chk_tezos(v, plain=None):
    body = C.b58check_decode(v)
    return body[:4] == bytes([13, 15, 58, 7]) and len(body) == 36


def avax_key(g):
    return "PrivateKey-" + C.cb58_encode(g.randbytes(32))


def chk_avax(v, plain=None):
    return len(C.cb58_decode(v[len("PrivateKey-"):])) == 32


def cardano_sk(g):
    return C.bech32_encode("ed25519_sk", g.randbytes(32))


def chk_bech32(v, plain=None):
    hrp, data = C.bech32_decode(v)
    return len(data) == 32


def nats_seed(g):
    seed = g.randbytes(32)
    raw = bytes([144 | (160 >> 5), (160 & 31) << 3]) + seed
    raw += C.crc16_xmodem(raw).to_bytes(2, "little")
    return base64.b32encode(raw).decode().rstrip("=")


def nats_public_from_seed(v):
    raw = base64.b32decode(v + "=" * (-len(v) % 8))
    pub = bytes([160]) + C.ed25519_public(raw[2:34])
    pub += C.crc16_xmodem(pub).to_bytes(2, "little")
    return base64.b32encode(pub).decode().rstrip("=")


def chk_nats(v, plain=None):
    raw = base64.b32decode(v + "=" * (-len(v) % 8))
    return v.startswith("SU") and C.crc16_xmodem(raw[:-2]).to_bytes(2, "little") == raw[-2:]


# ------------------------------------------------------------ structured bearer tokens
def discord_bot(g):
    uid = str(g.r.randrange(10 ** 17, 2 * 10 ** 18))
    return b64(uid.encode()).rstrip("=") + "." + g.chars("b64u", 6) + "." + g.chars("b64u", 38)


def chk_discord(v, plain=None):
    first = v.split(".")[0]
    return int(base64.b64decode(first + "=" * (-len(first) % 4))) >= 1000


def mapbox_sk(g):
    payload = json.dumps({"u": g.pick(["fjordmaps", "orbitcart", "tealpost-geo"]), "a": "cl" + g.chars("al", 23)}, separators=(",", ":"))
    return "sk." + b64u(payload.encode()) + "." + g.chars("b64u", 22)


def chk_mapbox(v, plain=None):
    return "u" in json.loads(b64decode_any(v.split(".")[1]))


def sentry_org(g):
    payload = json.dumps({"iat": g.r.randrange(1735700000, 1767000000) + 0.123456, "url": "https://sentry.io",
                          "region_url": "https://de.sentry.io", "org": g.pick(["hexmill", "orbitcart", "tealpost"])},
                         separators=(",", ":"))
    return "sntrys_" + b64(payload.encode()) + "_" + g.chars("b64", 43)


def chk_sentry(v, plain=None):
    body = v[len("sntrys_"):].rsplit("_", 1)[0]
    d = json.loads(base64.b64decode(body))
    return {"iat", "url", "region_url", "org"} <= set(d)


def fleet_enroll(g):
    return b64((g.chars("b64u", 20) + ":" + g.chars("b64u", 22)).encode())


def chk_fleet(v, plain=None):
    a, sep, b = base64.b64decode(v).decode().partition(":")
    return sep == ":" and len(a) == 20 and len(b) == 22


def k3s_token(g):
    return "K10" + g.chars("hex", 64) + "::server:" + g.chars("hex", 32)


def swarm_token(g):
    digest = int.from_bytes(g.randbytes(32), "big")
    s = ""
    while digest:
        digest, r = divmod(digest, 36)
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + s
    return "SWMTKN-1-" + s.rjust(50, "0") + "-" + g.chars("al", 25)


def cisco7(g):
    pw = g.pw(safe=True)[:20]
    x = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"
    s = g.r.randrange(16)
    enc = "%02d" % s + "".join("%02X" % (ord(ch) ^ ord(x[(s + i) % len(x)])) for i, ch in enumerate(pw))
    return enc, pw


def chk_cisco7(v, plain):
    x = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"
    s = int(v[:2])
    dec = "".join(chr(int(v[i:i + 2], 16) ^ ord(x[(s + (i - 2) // 2) % len(x)])) for i in range(2, len(v), 2))
    return dec == plain


def basic_b64(g):
    u = g.pick(["deploy", "ci-bot", "svc_reports", "admin", "grafana", "backup"])
    p = g.pw(safe=True)
    return b64((u + ":" + p).encode()), u + ":" + p


def chk_b64plain(v, plain):
    return base64.b64decode(v).decode() == plain


def tink_keyset_value(g):
    return b64(b"\x1a\x20" + g.randbytes(32))


def chk_tink(v, plain=None):
    raw = base64.b64decode(v)
    return raw[:2] == b"\x1a\x20" and len(raw) == 34


# ------------------------------------------------------------ private keys (real structure)
def ec_sec1(curve):
    def f(g):
        c = C.CURVES[curve]
        d = g.r.randrange(1, c["n"])
        X, Y = C.ec_mul(c, d)
        pub = b"\x04" + X.to_bytes(c["size"], "big") + Y.to_bytes(c["size"], "big")
        body = C.der_seq(C.der_int(1), C.der_octet(d.to_bytes(c["size"], "big")),
                         C.der(0xA0, C.der_oid(c["oid"])), C.der(0xA1, C.der_bitstring(pub)))
        return C.pem("EC PRIVATE KEY", body)
    return f


def chk_ec_sec1(v, plain=None):
    raw = C.pem_body(v.replace("\\n", "\n"))
    _, seq, _ = C.der_parse(raw)
    _, ver, o = C.der_parse(seq)
    _, dbytes, o = C.der_parse(seq, o)
    _, oidw, o = C.der_parse(seq, o)
    _, pubw, o = C.der_parse(seq, o)
    _, bits, _ = C.der_parse(pubw)
    curve = {48: "P-384", 32: "P-256"}[len(dbytes)]
    c = C.CURVES[curve]
    X, Y = C.ec_mul(c, int.from_bytes(dbytes, "big"))
    return bits[2:] == X.to_bytes(c["size"], "big") + Y.to_bytes(c["size"], "big") and C.ec_on_curve(c, (X, Y))


def pkcs8_raw(oid):
    def f(g):
        n = {"1.3.101.113": 57, "1.3.101.110": 32}[oid]
        k = bytearray(g.randbytes(n))
        if oid == "1.3.101.110":
            k[0] &= 248
            k[31] &= 127
            k[31] |= 64
        body = C.der_seq(C.der_int(0), C.der_seq(C.der_oid(oid)), C.der_octet(C.der_octet(bytes(k))))
        return C.pem("PRIVATE KEY", body)
    return f


def chk_pkcs8_raw(v, plain=None):
    raw = C.pem_body(v)
    _, seq, _ = C.der_parse(raw)
    _, _, o = C.der_parse(seq)
    _, alg, o = C.der_parse(seq, o)
    _, inner, _ = C.der_parse(seq, o)
    _, key, _ = C.der_parse(inner)
    return len(key) in (32, 57) and alg[0] == 0x06


def dsa_key(g):
    q = C.random_prime(160, g.r)
    while True:
        k = g.r.getrandbits(1024 - 160) | (1 << (1024 - 161))
        p = k * q + 1
        if p.bit_length() == 1024 and C.is_probable_prime(p, g.r):
            break
    h = 2
    while True:
        gg = pow(h, (p - 1) // q, p)
        if gg > 1:
            break
        h += 1
    x = g.r.randrange(1, q)
    y = pow(gg, x, p)
    body = C.der_seq(C.der_int(0), C.der_int(p), C.der_int(q), C.der_int(gg), C.der_int(y), C.der_int(x))
    return C.pem("DSA PRIVATE KEY", body)


def chk_dsa(v, plain=None):
    raw = C.pem_body(v)
    _, seq, _ = C.der_parse(raw)
    vals, o = [], 0
    while o < len(seq):
        _, b, o = C.der_parse(seq, o)
        vals.append(int.from_bytes(b, "big"))
    _, p, q, gg, y, x = vals
    return pow(gg, x, p) == y and (p - 1) % q == 0


def rsa_pkcs8(g, bits=2048):
    e = 65537
    while True:
        p = C.random_prime(bits // 2, g.r)
        q = C.random_prime(bits // 2, g.r)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    n = p * q
    d = pow(e, -1, phi)
    rsa = C.der_seq(*[C.der_int(x) for x in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p))])
    body = C.der_seq(C.der_int(0), C.der_seq(C.der_oid("1.2.840.113549.1.1.1"), b"\x05\x00"), C.der_octet(rsa))
    return C.pem("PRIVATE KEY", body)


def chk_rsa_pkcs8(v, plain=None):
    raw = C.pem_body(v.replace("\\n", "\n"))
    _, seq, _ = C.der_parse(raw)
    _, _, o = C.der_parse(seq)
    _, _, o = C.der_parse(seq, o)
    _, octet, _ = C.der_parse(seq, o)
    _, rsa, _ = C.der_parse(octet)
    vals, o = [], 0
    while o < len(rsa):
        _, b, o = C.der_parse(rsa, o)
        vals.append(int.from_bytes(b, "big"))
    _, n, e, d, p, q = vals[:6]
    return p * q == n and pow(pow(7, e, n), d, n) == 7


def gcp_sa_key(g):
    k = rsa_pkcs8(g)
    return k.replace("\n", "\\n") + "\\n", k + "\n"


def k8s_tls_key(g):
    k = ec_sec1("P-256")(g)
    return b64((k + "\n").encode()), k + "\n"


def chk_k8s_tls(v, plain):
    return base64.b64decode(v).decode() == plain and chk_ec_sec1(plain)


def escaped_pem_ok(v, plain):
    return v.replace("\\n", "\n") == plain and chk_rsa_pkcs8(plain)


def okp_jwk(g):
    seed = g.randbytes(32)
    return b64u(seed), b64u(C.ed25519_public(seed))


def chk_okp_pair(d, x):
    return b64u(C.ed25519_public(b64decode_any(d))) == x


def okp_jwk_special(g):
    d, x = okp_jwk(g)
    return {"value": d, "extra": {"x": x}}


def chk_okp_special(v, extra):
    return chk_okp_pair(v, extra["x"])


def dendrite_key(g):
    seed = g.randbytes(32)
    kid = "ed25519:" + g.chars("an", 6)
    return "-----BEGIN MATRIX PRIVATE KEY-----\nKey-ID: %s\n\n%s\n-----END MATRIX PRIVATE KEY-----" % (kid, b64(seed))


def chk_dendrite(v, plain=None):
    body = v.strip().split("\n")[3]
    return len(base64.b64decode(body)) == 32


def synapse_signing(g):
    return b64(g.randbytes(32)).rstrip("=")


def chk_seed32(v, plain=None):
    return len(b64decode_any(v)) == 32


SPECIAL = {
    "ghp": (gh_family("ghp_"), "github_crc32_base62"),
    "gho": (gh_family("gho_"), "github_crc32_base62"),
    "ghu": (gh_family("ghu_"), "github_crc32_base62"),
    "ghr": (gh_family("ghr_"), "github_crc32_base62"),
    "npm": (gh_family("npm_"), "github_crc32_base62"),
    "atatt": (atlassian_cloud("ATATT3xFfGF0"), "atlassian_crc32_hex"),
    "atctt": (atlassian_cloud("ATCTT3xFfGN0"), "atlassian_crc32_hex"),
    "jira_dc": (atlassian_dc(""), "atlassian_int_colon_struct"),
    "bbdc": (atlassian_dc("BBDC-"), "atlassian_int_colon_struct"),
    "glsa": (grafana_sa, "grafana_crc32_le_hex"),
    "syt": (synapse_token, "synapse_crc32_base62"),
    "pypi": (pypi_token, "pypi_macaroon_v2"),
    "ltc_wif": (wif(0xB0), "wif_base58check"),
    "doge_wif": (wif(0x9E), "wif_base58check"),
    "ltpv": (ltpv, "bip32_ltpv_base58check"),
    "edsk": (tezos_edsk, "tezos_base58check"),
    "avax": (avax_key, "avalanche_cb58"),
    "cardano_sk": (cardano_sk, "bech32_checksum"),
    "nats_seed": (nats_seed, "nats_nkey_crc16"),
    "discord_bot": (discord_bot, "discord_b64_snowflake"),
    "mapbox_sk": (mapbox_sk, "mapbox_jwt_like_payload"),
    "sentry_org": (sentry_org, "sentry_org_payload"),
    "fleet": (fleet_enroll, "elastic_enrollment_b64"),
    "k3s": (k3s_token, None),
    "swarm": (swarm_token, None),
    "cisco7": (cisco7, "cisco_type7_reversible"),
    "basic_b64": (basic_b64, "base64_plain_roundtrip"),
    "tink": (tink_keyset_value, "tink_aesgcm_proto"),
    "ec_p384": (ec_sec1("P-384"), "sec1_public_point"),
    "ed448_pkcs8": (pkcs8_raw("1.3.101.113"), "pkcs8_der"),
    "x25519_pkcs8": (pkcs8_raw("1.3.101.110"), "pkcs8_der"),
    "dsa": (dsa_key, "dsa_y_equals_g_x"),
    "gcp_sa_key": (gcp_sa_key, "rsa_pkcs8_escaped"),
    "k8s_tls_key": (k8s_tls_key, "k8s_b64_sec1"),
    "dendrite": (dendrite_key, "ed25519_seed_32"),
    "okp_jwk": (okp_jwk_special, "ed25519_jwk_pair"),
    "synapse_signing": (synapse_signing, "ed25519_seed_32"),
}

CHECKS = {
    "github_crc32_base62": chk_gh,
    "atlassian_crc32_hex": chk_atlassian_cloud,
    "atlassian_int_colon_struct": chk_atlassian_dc,
    "grafana_crc32_le_hex": chk_grafana,
    "synapse_crc32_base62": chk_synapse,
    "pypi_macaroon_v2": chk_pypi,
    "wif_base58check": chk_wif,
    "bip32_ltpv_base58check": chk_ltpv,
    "tezos_base58check": chk_tezos,
    "avalanche_cb58": chk_avax,
    "bech32_checksum": chk_bech32,
    "nats_nkey_crc16": chk_nats,
    "discord_b64_snowflake": chk_discord,
    "mapbox_jwt_like_payload": chk_mapbox,
    "sentry_org_payload": chk_sentry,
    "elastic_enrollment_b64": chk_fleet,
    "cisco_type7_reversible": chk_cisco7,
    "base64_plain_roundtrip": chk_b64plain,
    "tink_aesgcm_proto": chk_tink,
    "sec1_public_point": chk_ec_sec1,
    "pkcs8_der": chk_pkcs8_raw,
    "dsa_y_equals_g_x": chk_dsa,
    "rsa_pkcs8_escaped": escaped_pem_ok,
    "k8s_b64_sec1": chk_k8s_tls,
    "ed25519_jwk_pair": chk_okp_special,
    "ed25519_seed_32": lambda v, p=None: chk_dendrite(v) if v.startswith("-----") else chk_seed32(v),
}
